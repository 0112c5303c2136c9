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
var<workgroup> totals: array<u32, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn scan_blocks_subgroup(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>, @builtin(subgroup_id) subgroup_id: u32, @builtin(subgroup_invocation_id) subgroup_invocation_id: u32, @builtin(subgroup_size) subgroup_size: u32, @builtin(num_subgroups) num_subgroups: u32) {
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
    var local_16: u64;
    var pending: u32 = 0u;

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
    local_16 = 0lu;
    let _e38 = stack_pointer;
    local = (_e38 - 32u);
    let _e43 = local;
    stack_pointer = _e43;
    local_1 = 0u;
    local_2 = 4096u;
    let _e53 = params[0];
    local_3 = _e53;
    local_4 = 4096u;
    let _e61 = params[2];
    local_5 = _e61;
    local_6 = 4096u;
    let _e69 = params[4];
    local_7 = _e69;
    local_8 = 4096u;
    local_9 = workgroup_id.x;
    local_10 = 256u;
    local_11 = local_id.x;
    local_12 = workgroup_id.y;
    local_13 = 1u;
    local_14 = local_id.y;
    loop {
        let _e99 = local_11;
        let _e101 = local_10;
        let _e103 = local_9;
        let _e109 = local_14;
        let _e111 = local_13;
        let _e113 = local_12;
        local_15 = ((_e99 + (_e101 * _e103)) + ((num_workgroups.x * (_e109 + (_e111 * _e113))) * 256u));
        let _e123 = local_15;
        let _e125 = local_3;
        let _e126 = (_e123 >= _e125);
        if _e126 {
            break;
        }
        let _e131 = local_2;
        let _e133 = local_15;
        let _e144 = input[(((_e131 + (_e133 << 2u)) + 4294963200u) >> 2u)];
        local_1 = _e144;
        break;
    }
    let _e147 = local_1;
    let _e148 = subgroupInclusiveAdd(_e147);
    local_2 = _e148;
    local_1 = subgroup_id;
    loop {
        local_11 = subgroup_invocation_id;
        let _e155 = local_11;
        local_12 = subgroup_size;
        let _e159 = local_12;
        local_13 = (_e159 + 4294967295u);
        let _e164 = local_13;
        let _e165 = (_e155 != _e164);
        if _e165 {
            break;
        }
        let _e170 = local;
        let _e172 = local_1;
        stack[((_e170 + 4293918760u) >> 2u)] = _e172;
        let _e180 = local;
        stack[((_e180 + 4293918764u) >> 2u)] = 256u;
        loop {
            let _e189 = local_1;
            let _e191 = (_e189 > 255u);
            if _e191 {
                break;
            }
            let _e196 = local_8;
            let _e198 = local_1;
            let _e204 = local_2;
            totals[(((_e196 + (_e198 << 2u)) + 4294963200u) >> 2u)] = _e204;
            pending = 3u;
            break;
            break;
        }
        let _e215 = pending;
        if (_e215 == 3u) {
            pending = 0u;
            break;
        }
        let _e223 = local;
        local_16 = (u64(1u) << 32u);
        let _e231 = local_16;
        let _e233 = local;
        let _e237 = (_e231 | u64((_e233 + 8u)));
        let _e241 = ((_e223 + 4293918776u) >> 2u);
        stack[_e241] = u32(_e237);
        stack[(_e241 + 1u)] = u32((_e237 >> 32u));
        let _e253 = local;
        let _e255 = local_16;
        let _e257 = local;
        let _e261 = (_e255 | u64((_e257 + 12u)));
        let _e265 = ((_e253 + 4293918768u) >> 2u);
        stack[_e265] = u32(_e261);
        stack[(_e265 + 1u)] = u32((_e261 >> 32u));
        let _e278 = local;
        let _e288 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e288.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 410u);
            atomicStore((&status[8]), 16u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    workgroupBarrier();
    loop {
        loop {
            loop {
                let _e325 = local_1;
                let _e327 = (_e325 == 0u);
                if _e327 {
                    break;
                }
                workgroupBarrier();
                let _e332 = local;
                let _e334 = local_1;
                local_1 = (_e334 + 4294967295u);
                let _e339 = local_1;
                stack[((_e332 + 4293918760u) >> 2u)] = _e339;
                let _e347 = local;
                stack[((_e347 + 4293918764u) >> 2u)] = 256u;
                let _e356 = local_1;
                let _e358 = (_e356 > 255u);
                if _e358 {
                    pending = 6u;
                    break;
                }
                let _e365 = local_8;
                let _e367 = local_1;
                let _e378 = totals[(((_e365 + (_e367 << 2u)) + 4294963200u) >> 2u)];
                local_1 = _e378;
                pending = 5u;
                break;
                break;
            }
            let _e383 = pending;
            if (_e383 == 6u) {
                pending = 0u;
                break;
            } else {
                if (_e383 != 0u) {
                    break;
                }
            }
            loop {
                local_3 = num_subgroups;
                let _e393 = local_3;
                let _e395 = (_e393 == 0u);
                if _e395 {
                    break;
                }
                let _e400 = local_12;
                local_14 = (_e400 << 2u);
                let _e406 = local_8;
                let _e408 = local_11;
                local_8 = (_e406 + (_e408 << 2u));
                local_1 = 0u;
                local_9 = 0u;
                loop {
                    loop {
                        loop {
                            let _e419 = local_11;
                            let _e421 = local_1;
                            local_10 = (_e419 + _e421);
                            let _e425 = local_10;
                            let _e427 = local_3;
                            let _e428 = (_e425 < _e427);
                            if _e428 {
                                break;
                            }
                            let _e433 = subgroupInclusiveAdd(0u);
                            let _e435 = local_9;
                            local_9 = (_e433 + _e435);
                            pending = 10u;
                            break;
                            break;
                        }
                        let _e441 = pending;
                        if (_e441 == 10u) {
                            pending = 0u;
                            break;
                        }
                        let _e449 = local;
                        let _e451 = local_10;
                        stack[((_e449 + 4293918760u) >> 2u)] = _e451;
                        let _e459 = local;
                        stack[((_e459 + 4293918764u) >> 2u)] = 256u;
                        loop {
                            let _e468 = local_10;
                            let _e470 = (_e468 > 255u);
                            if _e470 {
                                break;
                            }
                            let _e475 = local_8;
                            let _e477 = local_8;
                            let _e484 = totals[((_e477 + 4294963200u) >> 2u)];
                            let _e485 = subgroupInclusiveAdd(_e484);
                            let _e487 = local_9;
                            local_9 = (_e485 + _e487);
                            let _e491 = local_9;
                            totals[((_e475 + 4294963200u) >> 2u)] = _e491;
                            pending = 10u;
                            break;
                            break;
                        }
                        let _e501 = pending;
                        if (_e501 == 10u) {
                            pending = 0u;
                            break;
                        }
                        let _e509 = local;
                        local_16 = (u64(1u) << 32u);
                        let _e517 = local_16;
                        let _e519 = local;
                        let _e523 = (_e517 | u64((_e519 + 8u)));
                        let _e527 = ((_e509 + 4293918776u) >> 2u);
                        stack[_e527] = u32(_e523);
                        stack[(_e527 + 1u)] = u32((_e523 >> 32u));
                        let _e539 = local;
                        let _e541 = local_16;
                        let _e543 = local;
                        let _e547 = (_e541 | u64((_e543 + 12u)));
                        let _e551 = ((_e539 + 4293918768u) >> 2u);
                        stack[_e551] = u32(_e547);
                        stack[(_e551 + 1u)] = u32((_e547 >> 32u));
                        let _e564 = local;
                        let _e574 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                        if _e574.exchanged {
                            atomicStore((&status[1]), local_id.x);
                            atomicStore((&status[2]), local_id.y);
                            atomicStore((&status[3]), local_id.z);
                            atomicStore((&status[4]), workgroup_id.x);
                            atomicStore((&status[5]), workgroup_id.y);
                            atomicStore((&status[6]), workgroup_id.z);
                            atomicStore((&status[7]), 420u);
                            atomicStore((&status[8]), 43u);
                            atomicStore((&status[9]), 10u);
                            atomicStore((&status[10]), 795046515u);
                            atomicStore((&status[11]), 778201452u);
                            atomicStore((&status[12]), 29554u);
                        }
                        return;
                        break;
                    }
                    let _e611 = local_8;
                    let _e613 = local_14;
                    local_8 = (_e611 + _e613);
                    let _e617 = local_9;
                    let _e619 = local_13;
                    let _e620 = subgroupShuffle(_e617, _e619);
                    local_9 = _e620;
                    let _e623 = local_1;
                    let _e625 = local_12;
                    local_1 = (_e623 + _e625);
                    let _e629 = local_1;
                    let _e631 = local_3;
                    let _e632 = (_e629 < _e631);
                    if _e632 {
                        continue;
                    }
                    break;
                }
                break;
            }
            workgroupBarrier();
            local_1 = 0u;
            pending = 5u;
            break;
            break;
        }
        let _e641 = pending;
        if (_e641 == 5u) {
            pending = 0u;
            break;
        }
        let _e649 = local;
        local_16 = (u64(1u) << 32u);
        let _e657 = local_16;
        let _e659 = local;
        let _e663 = (_e657 | u64((_e659 + 8u)));
        let _e667 = ((_e649 + 4293918776u) >> 2u);
        stack[_e667] = u32(_e663);
        stack[(_e667 + 1u)] = u32((_e663 >> 32u));
        let _e679 = local;
        let _e681 = local_16;
        let _e683 = local;
        let _e687 = (_e681 | u64((_e683 + 12u)));
        let _e691 = ((_e679 + 4293918768u) >> 2u);
        stack[_e691] = u32(_e687);
        stack[(_e691 + 1u)] = u32((_e687 >> 32u));
        let _e704 = local;
        let _e714 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
        if _e714.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 430u);
            atomicStore((&status[8]), 37u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e751 = local_1;
    let _e753 = local_2;
    local_8 = (_e751 + _e753);
    loop {
        let _e757 = local_15;
        let _e759 = local_5;
        let _e760 = (_e757 >= _e759);
        if _e760 {
            break;
        }
        let _e765 = local_4;
        let _e767 = local_15;
        let _e773 = local_8;
        output[(((_e765 + (_e767 << 2u)) + 4294963200u) >> 2u)] = _e773;
        break;
    }
    local_1 = local_id.x;
    loop {
        let _e788 = local_1;
        let _e790 = (_e788 != 255u);
        if _e790 {
            break;
        }
        local_1 = workgroup_id.x;
        local_3 = workgroup_id.y;
        local_9 = num_workgroups.x;
        let _e816 = local_1;
        let _e818 = local_9;
        let _e820 = local_3;
        local_1 = (_e816 + (_e818 * _e820));
        let _e825 = local_1;
        let _e827 = local_7;
        let _e828 = (_e825 >= _e827);
        if _e828 {
            break;
        }
        let _e833 = local_6;
        let _e835 = local_1;
        let _e841 = local_8;
        sums[(((_e833 + (_e835 << 2u)) + 4294963200u) >> 2u)] = _e841;
        break;
    }
    let _e849 = local;
    stack_pointer = (_e849 + 32u);
}
