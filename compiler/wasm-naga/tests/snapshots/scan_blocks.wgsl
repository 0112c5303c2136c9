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
    var local_18: u64;

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
    local_18 = 0lu;
    let _e42 = stack_pointer;
    local = (_e42 - 32u);
    let _e47 = local;
    stack_pointer = _e47;
    local_1 = 0u;
    local_2 = 4096u;
    let _e57 = params[0];
    local_3 = _e57;
    local_4 = 4096u;
    let _e65 = params[2];
    local_5 = _e65;
    local_6 = 4096u;
    let _e73 = params[4];
    local_7 = _e73;
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
    loop {
        let _e116 = local_11;
        let _e118 = local_10;
        let _e120 = local_9;
        let _e124 = local_16;
        let _e126 = local_15;
        let _e128 = local_14;
        let _e130 = local_13;
        let _e132 = local_12;
        local_9 = ((_e116 + (_e118 * _e120)) + (_e124 * (_e126 * (_e128 + (_e130 * _e132)))));
        let _e140 = local_9;
        let _e142 = local_3;
        let _e143 = (_e140 >= _e142);
        if _e143 {
            break;
        }
        let _e148 = local_2;
        let _e150 = local_9;
        let _e161 = input[(((_e148 + (_e150 << 2u)) + 4294963200u) >> 2u)];
        local_1 = _e161;
        break;
    }
    let _e164 = local;
    let _e166 = local_17;
    stack[((_e164 + 4293918760u) >> 2u)] = _e166;
    let _e174 = local;
    stack[((_e174 + 4293918764u) >> 2u)] = 256u;
    loop {
        let _e183 = local_17;
        let _e185 = (_e183 > 255u);
        if _e185 {
            break;
        }
        let _e190 = local_8;
        let _e192 = local_17;
        local_3 = (_e190 + (_e192 << 2u));
        let _e199 = local_3;
        let _e201 = local_1;
        tile[((_e199 + 4294963200u) >> 2u)] = _e201;
        workgroupBarrier();
        local_10 = 0u;
        local_1 = 0u;
        loop {
            let _e213 = local_17;
            let _e215 = (_e213 == 0u);
            if _e215 {
                break;
            }
            let _e220 = local_3;
            let _e229 = tile[(((_e220 + 4294967292u) + 4294963200u) >> 2u)];
            local_1 = _e229;
            break;
        }
        workgroupBarrier();
        let _e232 = local_3;
        let _e234 = local_3;
        let _e241 = tile[((_e234 + 4294963200u) >> 2u)];
        let _e243 = local_1;
        tile[((_e232 + 4294963200u) >> 2u)] = (_e241 + _e243);
        workgroupBarrier();
        loop {
            let _e252 = local_17;
            let _e254 = (_e252 < 2u);
            if _e254 {
                break;
            }
            let _e259 = local_3;
            let _e268 = tile[(((_e259 + 4294967288u) + 4294963200u) >> 2u)];
            local_10 = _e268;
            break;
        }
        workgroupBarrier();
        let _e271 = local_3;
        let _e273 = local_3;
        let _e280 = tile[((_e273 + 4294963200u) >> 2u)];
        let _e282 = local_10;
        tile[((_e271 + 4294963200u) >> 2u)] = (_e280 + _e282);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        loop {
            let _e295 = local_17;
            let _e297 = (_e295 < 4u);
            if _e297 {
                break;
            }
            let _e302 = local_3;
            let _e311 = tile[(((_e302 + 4294967280u) + 4294963200u) >> 2u)];
            local_10 = _e311;
            break;
        }
        workgroupBarrier();
        let _e314 = local_3;
        let _e316 = local_3;
        let _e323 = tile[((_e316 + 4294963200u) >> 2u)];
        let _e325 = local_10;
        tile[((_e314 + 4294963200u) >> 2u)] = (_e323 + _e325);
        workgroupBarrier();
        loop {
            let _e334 = local_17;
            let _e336 = (_e334 < 8u);
            if _e336 {
                break;
            }
            let _e341 = local_3;
            let _e350 = tile[(((_e341 + 4294967264u) + 4294963200u) >> 2u)];
            local_1 = _e350;
            break;
        }
        workgroupBarrier();
        let _e353 = local_3;
        let _e355 = local_3;
        let _e362 = tile[((_e355 + 4294963200u) >> 2u)];
        let _e364 = local_1;
        tile[((_e353 + 4294963200u) >> 2u)] = (_e362 + _e364);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        loop {
            let _e377 = local_17;
            let _e379 = (_e377 < 16u);
            if _e379 {
                break;
            }
            let _e384 = local_3;
            let _e393 = tile[(((_e384 + 4294967232u) + 4294963200u) >> 2u)];
            local_10 = _e393;
            break;
        }
        workgroupBarrier();
        let _e396 = local_3;
        let _e398 = local_3;
        let _e405 = tile[((_e398 + 4294963200u) >> 2u)];
        let _e407 = local_10;
        tile[((_e396 + 4294963200u) >> 2u)] = (_e405 + _e407);
        workgroupBarrier();
        loop {
            let _e416 = local_17;
            let _e418 = (_e416 < 32u);
            if _e418 {
                break;
            }
            let _e423 = local_3;
            let _e432 = tile[(((_e423 + 4294967168u) + 4294963200u) >> 2u)];
            local_1 = _e432;
            break;
        }
        workgroupBarrier();
        let _e435 = local_3;
        let _e437 = local_3;
        let _e444 = tile[((_e437 + 4294963200u) >> 2u)];
        let _e446 = local_1;
        tile[((_e435 + 4294963200u) >> 2u)] = (_e444 + _e446);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        loop {
            let _e459 = local_17;
            let _e461 = (_e459 < 64u);
            if _e461 {
                break;
            }
            let _e466 = local_3;
            let _e475 = tile[(((_e466 + 4294967040u) + 4294963200u) >> 2u)];
            local_10 = _e475;
            break;
        }
        workgroupBarrier();
        let _e478 = local_3;
        let _e480 = local_3;
        let _e487 = tile[((_e480 + 4294963200u) >> 2u)];
        let _e489 = local_10;
        tile[((_e478 + 4294963200u) >> 2u)] = (_e487 + _e489);
        workgroupBarrier();
        loop {
            let _e498 = local_17;
            let _e500 = (_e498 < 128u);
            if _e500 {
                break;
            }
            let _e505 = local_3;
            let _e514 = tile[(((_e505 + 4294966784u) + 4294963200u) >> 2u)];
            local_1 = _e514;
            break;
        }
        workgroupBarrier();
        let _e517 = local_3;
        let _e519 = local_3;
        let _e526 = tile[((_e519 + 4294963200u) >> 2u)];
        let _e528 = local_1;
        tile[((_e517 + 4294963200u) >> 2u)] = (_e526 + _e528);
        workgroupBarrier();
        loop {
            let _e537 = local_9;
            let _e539 = local_5;
            let _e540 = (_e537 >= _e539);
            if _e540 {
                break;
            }
            let _e545 = local_4;
            let _e547 = local_9;
            let _e553 = local_3;
            let _e560 = tile[((_e553 + 4294963200u) >> 2u)];
            output[(((_e545 + (_e547 << 2u)) + 4294963200u) >> 2u)] = _e560;
            break;
        }
        loop {
            let _e568 = local_17;
            let _e570 = (_e568 != 255u);
            if _e570 {
                break;
            }
            local_17 = workgroup_id.x;
            local_9 = workgroup_id.y;
            local_1 = num_workgroups.x;
            let _e596 = local_17;
            let _e598 = local_1;
            let _e600 = local_9;
            local_17 = (_e596 + (_e598 * _e600));
            let _e605 = local_17;
            let _e607 = local_7;
            let _e608 = (_e605 >= _e607);
            if _e608 {
                break;
            }
            let _e613 = local_6;
            let _e615 = local_17;
            let _e621 = local_3;
            let _e628 = tile[((_e621 + 4294963200u) >> 2u)];
            sums[(((_e613 + (_e615 << 2u)) + 4294963200u) >> 2u)] = _e628;
            break;
        }
        let _e636 = local;
        stack_pointer = (_e636 + 32u);
        return;
        break;
    }
    let _e641 = local;
    local_18 = (u64(1u) << 32u);
    let _e649 = local_18;
    let _e651 = local;
    let _e655 = (_e649 | u64((_e651 + 8u)));
    let _e659 = ((_e641 + 4293918776u) >> 2u);
    stack[_e659] = u32(_e655);
    stack[(_e659 + 1u)] = u32((_e655 >> 32u));
    let _e671 = local;
    let _e673 = local_18;
    let _e675 = local;
    let _e679 = (_e673 | u64((_e675 + 12u)));
    let _e683 = ((_e671 + 4293918768u) >> 2u);
    stack[_e683] = u32(_e679);
    stack[(_e683 + 1u)] = u32((_e679 >> 32u));
    let _e696 = local;
    let _e706 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e706.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 292u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
