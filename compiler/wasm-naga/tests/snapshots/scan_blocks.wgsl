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
        let _e164 = input[(((_e151 + (_e153 << 2u)) + 4294963200u) >> 2u)];
        local_1 = _e164;
    }
    let _e167 = local;
    let _e169 = local_17;
    stack[((_e167 + 4293918760u) >> 2u)] = _e169;
    let _e177 = local;
    stack[((_e177 + 4293918764u) >> 2u)] = 256u;
    let _e186 = local_17;
    let _e188 = (_e186 > 255u);
    if !(_e188) {
        let _e194 = local_8;
        let _e196 = local_17;
        local_3 = (_e194 + (_e196 << 2u));
        let _e203 = local_3;
        let _e205 = local_1;
        tile[((_e203 + 4294963200u) >> 2u)] = _e205;
        workgroupBarrier();
        local_10 = 0u;
        local_1 = 0u;
        let _e217 = local_17;
        let _e219 = (_e217 == 0u);
        if !(_e219) {
            let _e225 = local_3;
            let _e234 = tile[(((_e225 + 4294967292u) + 4294963200u) >> 2u)];
            local_1 = _e234;
        }
        workgroupBarrier();
        let _e237 = local_3;
        let _e239 = local_3;
        let _e246 = tile[((_e239 + 4294963200u) >> 2u)];
        let _e248 = local_1;
        tile[((_e237 + 4294963200u) >> 2u)] = (_e246 + _e248);
        workgroupBarrier();
        let _e257 = local_17;
        let _e259 = (_e257 < 2u);
        if !(_e259) {
            let _e265 = local_3;
            let _e274 = tile[(((_e265 + 4294967288u) + 4294963200u) >> 2u)];
            local_10 = _e274;
        }
        workgroupBarrier();
        let _e277 = local_3;
        let _e279 = local_3;
        let _e286 = tile[((_e279 + 4294963200u) >> 2u)];
        let _e288 = local_10;
        tile[((_e277 + 4294963200u) >> 2u)] = (_e286 + _e288);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        let _e301 = local_17;
        let _e303 = (_e301 < 4u);
        if !(_e303) {
            let _e309 = local_3;
            let _e318 = tile[(((_e309 + 4294967280u) + 4294963200u) >> 2u)];
            local_10 = _e318;
        }
        workgroupBarrier();
        let _e321 = local_3;
        let _e323 = local_3;
        let _e330 = tile[((_e323 + 4294963200u) >> 2u)];
        let _e332 = local_10;
        tile[((_e321 + 4294963200u) >> 2u)] = (_e330 + _e332);
        workgroupBarrier();
        let _e341 = local_17;
        let _e343 = (_e341 < 8u);
        if !(_e343) {
            let _e349 = local_3;
            let _e358 = tile[(((_e349 + 4294967264u) + 4294963200u) >> 2u)];
            local_1 = _e358;
        }
        workgroupBarrier();
        let _e361 = local_3;
        let _e363 = local_3;
        let _e370 = tile[((_e363 + 4294963200u) >> 2u)];
        let _e372 = local_1;
        tile[((_e361 + 4294963200u) >> 2u)] = (_e370 + _e372);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        let _e385 = local_17;
        let _e387 = (_e385 < 16u);
        if !(_e387) {
            let _e393 = local_3;
            let _e402 = tile[(((_e393 + 4294967232u) + 4294963200u) >> 2u)];
            local_10 = _e402;
        }
        workgroupBarrier();
        let _e405 = local_3;
        let _e407 = local_3;
        let _e414 = tile[((_e407 + 4294963200u) >> 2u)];
        let _e416 = local_10;
        tile[((_e405 + 4294963200u) >> 2u)] = (_e414 + _e416);
        workgroupBarrier();
        let _e425 = local_17;
        let _e427 = (_e425 < 32u);
        if !(_e427) {
            let _e433 = local_3;
            let _e442 = tile[(((_e433 + 4294967168u) + 4294963200u) >> 2u)];
            local_1 = _e442;
        }
        workgroupBarrier();
        let _e445 = local_3;
        let _e447 = local_3;
        let _e454 = tile[((_e447 + 4294963200u) >> 2u)];
        let _e456 = local_1;
        tile[((_e445 + 4294963200u) >> 2u)] = (_e454 + _e456);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        let _e469 = local_17;
        let _e471 = (_e469 < 64u);
        if !(_e471) {
            let _e477 = local_3;
            let _e486 = tile[(((_e477 + 4294967040u) + 4294963200u) >> 2u)];
            local_10 = _e486;
        }
        workgroupBarrier();
        let _e489 = local_3;
        let _e491 = local_3;
        let _e498 = tile[((_e491 + 4294963200u) >> 2u)];
        let _e500 = local_10;
        tile[((_e489 + 4294963200u) >> 2u)] = (_e498 + _e500);
        workgroupBarrier();
        let _e509 = local_17;
        let _e511 = (_e509 < 128u);
        if !(_e511) {
            let _e517 = local_3;
            let _e526 = tile[(((_e517 + 4294966784u) + 4294963200u) >> 2u)];
            local_1 = _e526;
        }
        workgroupBarrier();
        let _e529 = local_3;
        let _e531 = local_3;
        let _e538 = tile[((_e531 + 4294963200u) >> 2u)];
        let _e540 = local_1;
        tile[((_e529 + 4294963200u) >> 2u)] = (_e538 + _e540);
        workgroupBarrier();
        let _e549 = local_9;
        let _e551 = local_5;
        let _e552 = (_e549 >= _e551);
        if !(_e552) {
            let _e558 = local_4;
            let _e560 = local_9;
            let _e566 = local_3;
            let _e573 = tile[((_e566 + 4294963200u) >> 2u)];
            output[(((_e558 + (_e560 << 2u)) + 4294963200u) >> 2u)] = _e573;
        }
        let _e581 = local_17;
        let _e583 = (_e581 != 255u);
        if !(_e583) {
            local_17 = workgroup_id.x;
            local_9 = workgroup_id.y;
            local_1 = workgroup_id.z;
            local_10 = num_workgroups.x;
            local_11 = num_workgroups.y;
            let _e606 = local_17;
            let _e608 = local_10;
            let _e610 = local_9;
            let _e612 = local_11;
            let _e614 = local_1;
            local_17 = (_e606 + (_e608 * (_e610 + (_e612 * _e614))));
            let _e621 = local_17;
            let _e623 = local_7;
            let _e624 = (_e621 >= _e623);
            if !(_e624) {
                let _e630 = local_6;
                let _e632 = local_17;
                let _e638 = local_3;
                let _e645 = tile[((_e638 + 4294963200u) >> 2u)];
                sums[(((_e630 + (_e632 << 2u)) + 4294963200u) >> 2u)] = _e645;
            }
        }
        let _e653 = local;
        stack_pointer = (_e653 + 32u);
        return;
    }
    let _e658 = local;
    let _e661 = vec2<u32>(1u, 0u);
    let _e664 = vec2<u32>(32u, 0u);
    let _e670 = (_e664.x & 31u);
    let _e674 = ((_e664.x & 32u) != 0u);
    let _e675 = (_e661.x << _e670);
    local_18 = vec2<u32>(select(_e675, 0u, _e674), select(((_e661.y << _e670) | ((_e661.x >> 1u) >> (31u - _e670))), _e675, _e674));
    let _e689 = local_18;
    let _e691 = local;
    let _e696 = (_e689 | vec2<u32>((_e691 + 8u), 0u));
    let _e700 = ((_e658 + 4293918776u) >> 2u);
    stack[_e700] = _e696.x;
    stack[(_e700 + 1u)] = _e696.y;
    let _e710 = local;
    let _e712 = local_18;
    let _e714 = local;
    let _e719 = (_e712 | vec2<u32>((_e714 + 12u), 0u));
    let _e723 = ((_e710 + 4293918768u) >> 2u);
    stack[_e723] = _e719.x;
    stack[(_e723 + 1u)] = _e719.y;
    let _e734 = local;
    let _e744 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e744.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 380u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
