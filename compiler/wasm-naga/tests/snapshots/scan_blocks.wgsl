@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> input: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> output: array<u32>;
@group(0) @binding(4) 
var<storage, read_write> sums: array<u32>;
var<workgroup> tile: array<u32, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn scan_blocks(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;
    var local_1: u32;
    var local_2: u32;
    var local_3: u32;
    var local_4: u32;
    var local_5: u32;
    var local_6: u32;
    var local_7: u32;
    var local_8: u32;
    var local_9: u32;
    var local_10: u32;
    var local_11: u32;
    var local_12: u32;
    var local_13: u32;
    var local_14: u32;
    var local_15: u32;
    var local_16: u32;
    var local_17: u32;
    var local_18: vec2<u32>;

    local = 0u;
    local_1 = 0u;
    local_2 = 0u;
    local_3 = 0u;
    local_4 = 0u;
    local_5 = 0u;
    local_6 = 0u;
    local_7 = 0u;
    local_8 = 0u;
    local_9 = 0u;
    local_10 = 0u;
    local_11 = 0u;
    local_12 = 0u;
    local_13 = 0u;
    local_14 = 0u;
    local_15 = 0u;
    local_16 = 0u;
    local_17 = 0u;
    local_18 = vec2<u32>(0u, 0u);
    let _e44 = stack_pointer;
    local = (_e44 - 32u);
    let _e49 = local;
    stack_pointer = _e49;
    local_1 = 0u;
    local_2 = 4096u;
    let _e59 = params[0];
    local_3 = _e59;
    local_4 = 4096u;
    let _e67 = params[2];
    local_5 = _e67;
    local_6 = 4096u;
    let _e75 = params[4];
    local_7 = _e75;
    local_8 = 4096u;
    local_9 = workgroup_id.x;
    local_10 = 256u;
    local_11 = local_id.x;
    local_12 = workgroup_id.y;
    local_13 = 1u;
    local_14 = local_id.y;
    local_15 = num_workgroups.x;
    local_16 = 256u;
    local_17 = local_id.x;
    let _e118 = local_11;
    let _e120 = local_10;
    let _e122 = local_9;
    let _e126 = local_16;
    let _e128 = local_15;
    let _e130 = local_14;
    let _e132 = local_13;
    let _e134 = local_12;
    local_9 = ((_e118 + (_e120 * _e122)) + (_e126 * (_e128 * (_e130 + (_e132 * _e134)))));
    let _e142 = local_9;
    let _e144 = local_3;
    let _e145 = (_e142 >= _e144);
    if !(_e145) {
        let _e151 = local_2;
        let _e153 = local_9;
        let _e168 = input[min((((_e151 + (_e153 << 2u)) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
        local_1 = _e168;
    }
    let _e171 = local;
    let _e173 = local_17;
    stack[min(((_e171 + 4293918760u) >> 2u), 7u)] = _e173;
    let _e183 = local;
    stack[min(((_e183 + 4293918764u) >> 2u), 7u)] = 256u;
    let _e194 = local_17;
    let _e196 = (_e194 > 255u);
    if !(_e196) {
        let _e202 = local_8;
        let _e204 = local_17;
        local_3 = (_e202 + (_e204 << 2u));
        let _e211 = local_3;
        let _e213 = local_1;
        let _e217 = ((_e211 + 4294963200u) >> 2u);
        tile[_e217] = _e213;
        workgroupBarrier();
        local_10 = 0u;
        local_1 = 0u;
        let _e227 = local_17;
        let _e229 = (_e227 == 0u);
        if !(_e229) {
            let _e235 = local_3;
            let _e246 = tile[min((((_e235 + 4294967292u) + 4294963200u) >> 2u), 255u)];
            local_1 = _e246;
        }
        workgroupBarrier();
        let _e249 = local_3;
        let _e251 = local_3;
        let _e255 = ((_e251 + 4294963200u) >> 2u);
        let _e260 = tile[_e255];
        let _e262 = local_1;
        let _e267 = ((_e249 + 4294963200u) >> 2u);
        tile[_e267] = (_e260 + _e262);
        workgroupBarrier();
        let _e273 = local_17;
        let _e275 = (_e273 < 2u);
        if !(_e275) {
            let _e281 = local_3;
            let _e292 = tile[min((((_e281 + 4294967288u) + 4294963200u) >> 2u), 255u)];
            local_10 = _e292;
        }
        workgroupBarrier();
        let _e295 = local_3;
        let _e297 = local_3;
        let _e301 = ((_e297 + 4294963200u) >> 2u);
        let _e306 = tile[_e301];
        let _e308 = local_10;
        let _e313 = ((_e295 + 4294963200u) >> 2u);
        tile[_e313] = (_e306 + _e308);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        let _e323 = local_17;
        let _e325 = (_e323 < 4u);
        if !(_e325) {
            let _e331 = local_3;
            let _e342 = tile[min((((_e331 + 4294967280u) + 4294963200u) >> 2u), 255u)];
            local_10 = _e342;
        }
        workgroupBarrier();
        let _e345 = local_3;
        let _e347 = local_3;
        let _e351 = ((_e347 + 4294963200u) >> 2u);
        let _e356 = tile[_e351];
        let _e358 = local_10;
        let _e363 = ((_e345 + 4294963200u) >> 2u);
        tile[_e363] = (_e356 + _e358);
        workgroupBarrier();
        let _e369 = local_17;
        let _e371 = (_e369 < 8u);
        if !(_e371) {
            let _e377 = local_3;
            let _e388 = tile[min((((_e377 + 4294967264u) + 4294963200u) >> 2u), 255u)];
            local_1 = _e388;
        }
        workgroupBarrier();
        let _e391 = local_3;
        let _e393 = local_3;
        let _e397 = ((_e393 + 4294963200u) >> 2u);
        let _e402 = tile[_e397];
        let _e404 = local_1;
        let _e409 = ((_e391 + 4294963200u) >> 2u);
        tile[_e409] = (_e402 + _e404);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        let _e419 = local_17;
        let _e421 = (_e419 < 16u);
        if !(_e421) {
            let _e427 = local_3;
            let _e438 = tile[min((((_e427 + 4294967232u) + 4294963200u) >> 2u), 255u)];
            local_10 = _e438;
        }
        workgroupBarrier();
        let _e441 = local_3;
        let _e443 = local_3;
        let _e447 = ((_e443 + 4294963200u) >> 2u);
        let _e452 = tile[_e447];
        let _e454 = local_10;
        let _e459 = ((_e441 + 4294963200u) >> 2u);
        tile[_e459] = (_e452 + _e454);
        workgroupBarrier();
        let _e465 = local_17;
        let _e467 = (_e465 < 32u);
        if !(_e467) {
            let _e473 = local_3;
            let _e484 = tile[min((((_e473 + 4294967168u) + 4294963200u) >> 2u), 255u)];
            local_1 = _e484;
        }
        workgroupBarrier();
        let _e487 = local_3;
        let _e489 = local_3;
        let _e493 = ((_e489 + 4294963200u) >> 2u);
        let _e498 = tile[_e493];
        let _e500 = local_1;
        let _e505 = ((_e487 + 4294963200u) >> 2u);
        tile[_e505] = (_e498 + _e500);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        let _e515 = local_17;
        let _e517 = (_e515 < 64u);
        if !(_e517) {
            let _e523 = local_3;
            let _e534 = tile[min((((_e523 + 4294967040u) + 4294963200u) >> 2u), 255u)];
            local_10 = _e534;
        }
        workgroupBarrier();
        let _e537 = local_3;
        let _e539 = local_3;
        let _e543 = ((_e539 + 4294963200u) >> 2u);
        let _e548 = tile[_e543];
        let _e550 = local_10;
        let _e555 = ((_e537 + 4294963200u) >> 2u);
        tile[_e555] = (_e548 + _e550);
        workgroupBarrier();
        let _e561 = local_17;
        let _e563 = (_e561 < 128u);
        if !(_e563) {
            let _e569 = local_3;
            let _e580 = tile[min((((_e569 + 4294966784u) + 4294963200u) >> 2u), 255u)];
            local_1 = _e580;
        }
        workgroupBarrier();
        let _e583 = local_3;
        let _e585 = local_3;
        let _e589 = ((_e585 + 4294963200u) >> 2u);
        let _e594 = tile[_e589];
        let _e596 = local_1;
        let _e601 = ((_e583 + 4294963200u) >> 2u);
        tile[_e601] = (_e594 + _e596);
        workgroupBarrier();
        let _e607 = local_9;
        let _e609 = local_5;
        let _e610 = (_e607 >= _e609);
        if !(_e610) {
            let _e616 = local_4;
            let _e618 = local_9;
            let _e624 = local_3;
            let _e628 = ((_e624 + 4294963200u) >> 2u);
            let _e633 = tile[_e628];
            output[min((((_e616 + (_e618 << 2u)) + 4294963200u) >> 2u), (arrayLength((&output)) - 1u))] = _e633;
        }
        let _e645 = local_17;
        let _e647 = (_e645 != 255u);
        if !(_e647) {
            local_17 = workgroup_id.x;
            local_9 = workgroup_id.y;
            local_1 = workgroup_id.z;
            local_10 = num_workgroups.x;
            local_11 = num_workgroups.y;
            let _e670 = local_17;
            let _e672 = local_10;
            let _e674 = local_9;
            let _e676 = local_11;
            let _e678 = local_1;
            local_17 = (_e670 + (_e672 * (_e674 + (_e676 * _e678))));
            let _e685 = local_17;
            let _e687 = local_7;
            let _e688 = (_e685 >= _e687);
            if !(_e688) {
                let _e694 = local_6;
                let _e696 = local_17;
                let _e702 = local_3;
                let _e706 = ((_e702 + 4294963200u) >> 2u);
                let _e711 = tile[_e706];
                sums[min((((_e694 + (_e696 << 2u)) + 4294963200u) >> 2u), (arrayLength((&sums)) - 1u))] = _e711;
            }
        }
        let _e723 = local;
        stack_pointer = (_e723 + 32u);
        return;
    }
    let _e728 = local;
    let _e731 = vec2<u32>(1u, 0u);
    let _e734 = vec2<u32>(32u, 0u);
    let _e740 = (_e734.x & 31u);
    let _e744 = ((_e734.x & 32u) != 0u);
    let _e745 = (_e731.x << _e740);
    local_18 = vec2<u32>(select(_e745, 0u, _e744), select(((_e731.y << _e740) | ((_e731.x >> 1u) >> (31u - _e740))), _e745, _e744));
    let _e759 = local_18;
    let _e761 = local;
    let _e766 = (_e759 | vec2<u32>((_e761 + 8u), 0u));
    let _e770 = ((_e728 + 4293918776u) >> 2u);
    stack[min(_e770, 7u)] = _e766.x;
    stack[min((_e770 + 1u), 7u)] = _e766.y;
    let _e784 = local;
    let _e786 = local_18;
    let _e788 = local;
    let _e793 = (_e786 | vec2<u32>((_e788 + 12u), 0u));
    let _e797 = ((_e784 + 4293918768u) >> 2u);
    stack[min(_e797, 7u)] = _e793.x;
    stack[min((_e797 + 1u), 7u)] = _e793.y;
    let _e812 = local;
    let _e822 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e822.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 29u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 11u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1953656691u);
        atomicStore((&status[12]), 7565870u);
    }
    return;
}
