@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> input: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> partial: array<f32>;
var<workgroup> sums: array<f32, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn sum_subgroup(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>, @builtin(subgroup_id) subgroup_id: u32, @builtin(subgroup_invocation_id) subgroup_invocation_id: u32, @builtin(subgroup_size) subgroup_size: u32, @builtin(num_subgroups) num_subgroups: u32) {
    var local: u32;
    var local_1: u32;
    var local_2: u32;
    var local_3: u32;
    var local_4: u32;
    var local_5: u32;
    var local_6: u32;
    var local_7: u32;
    var local_8: u32;
    var local_9: f32;
    var local_10: u32;
    var local_11: u32;
    var local_12: u32;
    var local_13: u32;
    var local_14: f32;
    var local_15: u32;
    var local_16: u32;
    var local_17: u32;
    var local_18: u32;
    var local_19: u64;
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
    local_9 = 0f;
    local_10 = 0u;
    local_11 = 0u;
    local_12 = 0u;
    local_13 = 0u;
    local_14 = 0f;
    local_15 = 0u;
    local_16 = 0u;
    local_17 = 0u;
    local_18 = 0u;
    local_19 = 0lu;
    let _e44 = stack_pointer;
    local = (_e44 - 32u);
    let _e49 = local;
    stack_pointer = _e49;
    local_1 = 4096u;
    let _e57 = params[0];
    local_2 = _e57;
    local_3 = 4096u;
    let _e65 = params[2];
    local_4 = _e65;
    local_5 = 4096u;
    local_6 = workgroup_id.x;
    local_7 = num_workgroups.x;
    local_8 = local_id.x;
    local_9 = 0f;
    loop {
        loop {
            loop {
                loop {
                    loop {
                        let _e94 = local_8;
                        let _e96 = local_6;
                        local_10 = (_e96 << 8u);
                        let _e102 = local_10;
                        local_11 = (_e94 + _e102);
                        let _e106 = local_11;
                        let _e108 = local_7;
                        local_12 = (_e108 << 8u);
                        let _e114 = local_12;
                        local_13 = (_e106 + _e114);
                        let _e118 = local_13;
                        let _e120 = local_2;
                        let _e121 = (_e118 < _e120);
                        if _e121 {
                            break;
                        }
                        local_14 = 0f;
                        pending = 5u;
                        break;
                        break;
                    }
                    let _e131 = pending;
                    if (_e131 == 5u) {
                        pending = 0u;
                        break;
                    }
                    let _e139 = local_1;
                    let _e141 = local_6;
                    let _e146 = local_8;
                    local_15 = (_e139 + ((_e141 << 10u) + (_e146 << 2u)));
                    let _e154 = local_10;
                    let _e156 = local_12;
                    local_16 = (_e154 + _e156);
                    let _e160 = local_7;
                    local_17 = (_e160 << 11u);
                    let _e166 = local_7;
                    local_7 = (_e166 << 9u);
                    local_9 = 0f;
                    local_14 = 0f;
                    loop {
                        let _e176 = local_10;
                        let _e178 = local_8;
                        local_18 = (_e176 + _e178);
                        let _e182 = local_18;
                        let _e184 = local_2;
                        let _e185 = (_e182 >= _e184);
                        if _e185 {
                            pending = 4u;
                            break;
                        }
                        let _e192 = local_9;
                        let _e194 = local_15;
                        let _e201 = input[((_e194 + 4294963200u) >> 2u)];
                        local_9 = (_e192 + _e201);
                        let _e205 = local_14;
                        let _e207 = local_1;
                        let _e209 = local_13;
                        let _e220 = input[(((_e207 + (_e209 << 2u)) + 4294963200u) >> 2u)];
                        local_14 = (_e205 + _e220);
                        let _e224 = local_15;
                        let _e226 = local_17;
                        local_15 = (_e224 + _e226);
                        let _e230 = local_11;
                        let _e232 = local_7;
                        local_11 = (_e230 + _e232);
                        let _e236 = local_11;
                        let _e238 = local_12;
                        local_13 = (_e236 + _e238);
                        let _e242 = local_16;
                        let _e244 = local_8;
                        let _e246 = local_7;
                        local_8 = (_e244 + _e246);
                        let _e250 = local_8;
                        let _e253 = local_2;
                        let _e254 = ((_e242 + _e250) < _e253);
                        if _e254 {
                            continue;
                        }
                        break;
                    }
                    let _e259 = pending;
                    if (_e259 == 5u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e259 != 0u) {
                            break;
                        }
                    }
                    let _e267 = local_10;
                    let _e269 = local_8;
                    local_11 = (_e267 + _e269);
                    break;
                }
                let _e273 = pending;
                if (_e273 == 4u) {
                    pending = 0u;
                    break;
                }
                let _e281 = local_11;
                let _e283 = local_2;
                let _e284 = (_e281 < _e283);
                if _e284 {
                    pending = 3u;
                    break;
                }
                pending = 2u;
                break;
                break;
            }
            let _e293 = pending;
            if (_e293 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e293 != 0u) {
                    break;
                }
            }
            let _e311 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e311.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 385u);
                atomicStore((&status[8]), 15u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e348 = pending;
        if (_e348 == 2u) {
            pending = 0u;
            break;
        }
        let _e356 = local_9;
        let _e358 = local_1;
        let _e360 = local_11;
        let _e371 = input[(((_e358 + (_e360 << 2u)) + 4294963200u) >> 2u)];
        local_9 = (_e356 + _e371);
        break;
    }
    let _e375 = local_14;
    let _e377 = local_9;
    let _e379 = subgroupAdd((_e375 + _e377));
    local_9 = _e379;
    local_15 = subgroup_id;
    local_8 = subgroup_invocation_id;
    local_2 = subgroup_size;
    loop {
        loop {
            loop {
                loop {
                    let _e388 = local_8;
                    if (_e388 != 0u) {
                        break;
                    }
                    let _e392 = local;
                    let _e394 = local_15;
                    stack[((_e392 + 4293918760u) >> 2u)] = _e394;
                    let _e402 = local;
                    stack[((_e402 + 4293918764u) >> 2u)] = 256u;
                    let _e411 = local_15;
                    let _e413 = (_e411 > 255u);
                    if _e413 {
                        pending = 10u;
                        break;
                    }
                    let _e420 = local_5;
                    let _e422 = local_15;
                    let _e428 = local_9;
                    sums[(((_e420 + (_e422 << 2u)) + 4294963200u) >> 2u)] = _e428;
                    break;
                }
                let _e436 = pending;
                if (_e436 == 10u) {
                    pending = 0u;
                    break;
                }
                workgroupBarrier();
                local_9 = 0f;
                loop {
                    let _e446 = local_15;
                    if (_e446 != 0u) {
                        break;
                    }
                    local_9 = 0f;
                    loop {
                        let _e452 = local_8;
                        let _e454 = (_e452 >= num_subgroups);
                        if _e454 {
                            break;
                        }
                        let _e459 = local_2;
                        local_11 = (_e459 << 2u);
                        let _e465 = local_5;
                        let _e467 = local_8;
                        local_15 = (_e465 + (_e467 << 2u));
                        local_9 = 0f;
                        loop {
                            let _e476 = local;
                            let _e478 = local_8;
                            stack[((_e476 + 4293918760u) >> 2u)] = _e478;
                            let _e486 = local;
                            stack[((_e486 + 4293918764u) >> 2u)] = 256u;
                            let _e495 = local_8;
                            let _e497 = (_e495 > 255u);
                            if _e497 {
                                pending = 8u;
                                break;
                            }
                            let _e504 = local_9;
                            let _e506 = local_15;
                            let _e513 = sums[((_e506 + 4294963200u) >> 2u)];
                            local_9 = (_e504 + _e513);
                            let _e517 = local_15;
                            let _e519 = local_11;
                            local_15 = (_e517 + _e519);
                            let _e523 = local_8;
                            let _e525 = local_2;
                            local_8 = (_e523 + _e525);
                            let _e529 = local_8;
                            let _e530 = (_e529 < num_subgroups);
                            if _e530 {
                                continue;
                            }
                            break;
                        }
                        let _e535 = pending;
                        if (_e535 == 13u) {
                            pending = 0u;
                            break;
                        } else {
                            if (_e535 != 0u) {
                                break;
                            }
                        }
                        break;
                    }
                    let _e543 = pending;
                    if (_e543 == 12u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e543 != 0u) {
                            break;
                        }
                    }
                    let _e551 = local_9;
                    let _e552 = subgroupAdd(_e551);
                    local_9 = _e552;
                    break;
                }
                let _e555 = pending;
                if (_e555 == 10u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e555 != 0u) {
                        break;
                    }
                }
                local_8 = local_id.x;
                loop {
                    let _e570 = local_8;
                    if (_e570 != 0u) {
                        break;
                    }
                    let _e574 = local_6;
                    let _e576 = local_4;
                    let _e577 = (_e574 >= _e576);
                    if _e577 {
                        pending = 9u;
                        break;
                    }
                    let _e584 = local_3;
                    let _e586 = local_6;
                    let _e592 = local_9;
                    partial[(((_e584 + (_e586 << 2u)) + 4294963200u) >> 2u)] = _e592;
                    break;
                }
                let _e600 = pending;
                if (_e600 == 10u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e600 != 0u) {
                        break;
                    }
                }
                let _e608 = local;
                stack_pointer = (_e608 + 32u);
                return;
                break;
            }
            let _e613 = pending;
            if (_e613 == 9u) {
                pending = 0u;
                break;
            } else {
                if (_e613 != 0u) {
                    break;
                }
            }
            let _e621 = local;
            local_19 = (u64(1u) << 32u);
            let _e629 = local_19;
            let _e631 = local;
            let _e635 = (_e629 | u64((_e631 + 8u)));
            let _e639 = ((_e621 + 4293918776u) >> 2u);
            stack[_e639] = u32(_e635);
            stack[(_e639 + 1u)] = u32((_e635 >> 32u));
            let _e651 = local;
            let _e653 = local_19;
            let _e655 = local;
            let _e659 = (_e653 | u64((_e655 + 12u)));
            let _e663 = ((_e651 + 4293918768u) >> 2u);
            stack[_e663] = u32(_e659);
            stack[(_e663 + 1u)] = u32((_e659 >> 32u));
            let _e676 = local;
            let _e686 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e686.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 355u);
                atomicStore((&status[8]), 14u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e723 = pending;
        if (_e723 == 8u) {
            pending = 0u;
            break;
        }
        let _e741 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
        if _e741.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 394u);
            atomicStore((&status[8]), 9u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e778 = local;
    local_19 = (u64(1u) << 32u);
    let _e786 = local_19;
    let _e788 = local;
    let _e792 = (_e786 | u64((_e788 + 8u)));
    let _e796 = ((_e778 + 4293918776u) >> 2u);
    stack[_e796] = u32(_e792);
    stack[(_e796 + 1u)] = u32((_e792 >> 32u));
    let _e808 = local;
    let _e810 = local_19;
    let _e812 = local;
    let _e816 = (_e810 | u64((_e812 + 12u)));
    let _e820 = ((_e808 + 4293918768u) >> 2u);
    stack[_e820] = u32(_e816);
    stack[(_e820 + 1u)] = u32((_e816 >> 32u));
    let _e833 = local;
    let _e843 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
    if _e843.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 365u);
        atomicStore((&status[8]), 23u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
