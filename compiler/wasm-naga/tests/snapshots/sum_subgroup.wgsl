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
    var local_19: vec2<u32>;
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
    local_19 = vec2<u32>(0u, 0u);
    let _e46 = stack_pointer;
    local = (_e46 - 32u);
    let _e51 = local;
    stack_pointer = _e51;
    local_1 = 4096u;
    let _e59 = params[0];
    local_2 = _e59;
    local_3 = 4096u;
    let _e67 = params[2];
    local_4 = _e67;
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
                        let _e96 = local_8;
                        let _e98 = local_6;
                        local_10 = (_e98 << 8u);
                        let _e104 = local_10;
                        local_11 = (_e96 + _e104);
                        let _e108 = local_11;
                        let _e110 = local_7;
                        local_12 = (_e110 << 8u);
                        let _e116 = local_12;
                        local_13 = (_e108 + _e116);
                        let _e120 = local_13;
                        let _e122 = local_2;
                        let _e123 = (_e120 < _e122);
                        if _e123 {
                            break;
                        }
                        local_14 = 0f;
                        pending = 5u;
                        break;
                        break;
                    }
                    let _e133 = pending;
                    if (_e133 == 5u) {
                        pending = 0u;
                        break;
                    }
                    let _e141 = local_1;
                    let _e143 = local_6;
                    let _e148 = local_8;
                    local_15 = (_e141 + ((_e143 << 10u) + (_e148 << 2u)));
                    let _e156 = local_10;
                    let _e158 = local_12;
                    local_16 = (_e156 + _e158);
                    let _e162 = local_7;
                    local_17 = (_e162 << 11u);
                    let _e168 = local_7;
                    local_7 = (_e168 << 9u);
                    local_9 = 0f;
                    local_14 = 0f;
                    loop {
                        let _e178 = local_10;
                        let _e180 = local_8;
                        local_18 = (_e178 + _e180);
                        let _e184 = local_18;
                        let _e186 = local_2;
                        let _e187 = (_e184 >= _e186);
                        if _e187 {
                            pending = 4u;
                            break;
                        }
                        let _e194 = local_9;
                        let _e196 = local_15;
                        let _e203 = input[((_e196 + 4294963200u) >> 2u)];
                        local_9 = (_e194 + _e203);
                        let _e207 = local_14;
                        let _e209 = local_1;
                        let _e211 = local_13;
                        let _e222 = input[(((_e209 + (_e211 << 2u)) + 4294963200u) >> 2u)];
                        local_14 = (_e207 + _e222);
                        let _e226 = local_15;
                        let _e228 = local_17;
                        local_15 = (_e226 + _e228);
                        let _e232 = local_11;
                        let _e234 = local_7;
                        local_11 = (_e232 + _e234);
                        let _e238 = local_11;
                        let _e240 = local_12;
                        local_13 = (_e238 + _e240);
                        let _e244 = local_16;
                        let _e246 = local_8;
                        let _e248 = local_7;
                        local_8 = (_e246 + _e248);
                        let _e252 = local_8;
                        let _e255 = local_2;
                        let _e256 = ((_e244 + _e252) < _e255);
                        if _e256 {
                            continue;
                        }
                        break;
                    }
                    let _e261 = pending;
                    if (_e261 == 5u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e261 != 0u) {
                            break;
                        }
                    }
                    let _e269 = local_10;
                    let _e271 = local_8;
                    local_11 = (_e269 + _e271);
                    break;
                }
                let _e275 = pending;
                if (_e275 == 4u) {
                    pending = 0u;
                    break;
                }
                let _e283 = local_11;
                let _e285 = local_2;
                let _e286 = (_e283 < _e285);
                if _e286 {
                    pending = 3u;
                    break;
                }
                pending = 2u;
                break;
                break;
            }
            let _e295 = pending;
            if (_e295 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e295 != 0u) {
                    break;
                }
            }
            let _e313 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e313.exchanged {
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
        let _e350 = pending;
        if (_e350 == 2u) {
            pending = 0u;
            break;
        }
        let _e358 = local_9;
        let _e360 = local_1;
        let _e362 = local_11;
        let _e373 = input[(((_e360 + (_e362 << 2u)) + 4294963200u) >> 2u)];
        local_9 = (_e358 + _e373);
        break;
    }
    let _e377 = local_14;
    let _e379 = local_9;
    let _e381 = subgroupAdd((_e377 + _e379));
    local_9 = _e381;
    local_15 = subgroup_id;
    local_8 = subgroup_invocation_id;
    local_2 = subgroup_size;
    loop {
        loop {
            loop {
                loop {
                    let _e390 = local_8;
                    if (_e390 != 0u) {
                        break;
                    }
                    let _e394 = local;
                    let _e396 = local_15;
                    stack[((_e394 + 4293918760u) >> 2u)] = _e396;
                    let _e404 = local;
                    stack[((_e404 + 4293918764u) >> 2u)] = 256u;
                    let _e413 = local_15;
                    let _e415 = (_e413 > 255u);
                    if _e415 {
                        pending = 10u;
                        break;
                    }
                    let _e422 = local_5;
                    let _e424 = local_15;
                    let _e430 = local_9;
                    sums[(((_e422 + (_e424 << 2u)) + 4294963200u) >> 2u)] = _e430;
                    break;
                }
                let _e438 = pending;
                if (_e438 == 10u) {
                    pending = 0u;
                    break;
                }
                workgroupBarrier();
                local_9 = 0f;
                loop {
                    let _e448 = local_15;
                    if (_e448 != 0u) {
                        break;
                    }
                    local_9 = 0f;
                    loop {
                        let _e454 = local_8;
                        let _e456 = (_e454 >= num_subgroups);
                        if _e456 {
                            break;
                        }
                        let _e461 = local_2;
                        local_11 = (_e461 << 2u);
                        let _e467 = local_5;
                        let _e469 = local_8;
                        local_15 = (_e467 + (_e469 << 2u));
                        local_9 = 0f;
                        loop {
                            let _e478 = local;
                            let _e480 = local_8;
                            stack[((_e478 + 4293918760u) >> 2u)] = _e480;
                            let _e488 = local;
                            stack[((_e488 + 4293918764u) >> 2u)] = 256u;
                            let _e497 = local_8;
                            let _e499 = (_e497 > 255u);
                            if _e499 {
                                pending = 8u;
                                break;
                            }
                            let _e506 = local_9;
                            let _e508 = local_15;
                            let _e515 = sums[((_e508 + 4294963200u) >> 2u)];
                            local_9 = (_e506 + _e515);
                            let _e519 = local_15;
                            let _e521 = local_11;
                            local_15 = (_e519 + _e521);
                            let _e525 = local_8;
                            let _e527 = local_2;
                            local_8 = (_e525 + _e527);
                            let _e531 = local_8;
                            let _e532 = (_e531 < num_subgroups);
                            if _e532 {
                                continue;
                            }
                            break;
                        }
                        let _e537 = pending;
                        if (_e537 == 13u) {
                            pending = 0u;
                            break;
                        } else {
                            if (_e537 != 0u) {
                                break;
                            }
                        }
                        break;
                    }
                    let _e545 = pending;
                    if (_e545 == 12u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e545 != 0u) {
                            break;
                        }
                    }
                    let _e553 = local_9;
                    let _e554 = subgroupAdd(_e553);
                    local_9 = _e554;
                    break;
                }
                let _e557 = pending;
                if (_e557 == 10u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e557 != 0u) {
                        break;
                    }
                }
                local_8 = local_id.x;
                loop {
                    let _e572 = local_8;
                    if (_e572 != 0u) {
                        break;
                    }
                    let _e576 = local_6;
                    let _e578 = local_4;
                    let _e579 = (_e576 >= _e578);
                    if _e579 {
                        pending = 9u;
                        break;
                    }
                    let _e586 = local_3;
                    let _e588 = local_6;
                    let _e594 = local_9;
                    partial[(((_e586 + (_e588 << 2u)) + 4294963200u) >> 2u)] = _e594;
                    break;
                }
                let _e602 = pending;
                if (_e602 == 10u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e602 != 0u) {
                        break;
                    }
                }
                let _e610 = local;
                stack_pointer = (_e610 + 32u);
                return;
                break;
            }
            let _e615 = pending;
            if (_e615 == 9u) {
                pending = 0u;
                break;
            } else {
                if (_e615 != 0u) {
                    break;
                }
            }
            let _e623 = local;
            let _e626 = vec2<u32>(1u, 0u);
            let _e629 = vec2<u32>(32u, 0u);
            let _e635 = (_e629.x & 31u);
            let _e639 = ((_e629.x & 32u) != 0u);
            let _e640 = (_e626.x << _e635);
            local_19 = vec2<u32>(select(_e640, 0u, _e639), select(((_e626.y << _e635) | ((_e626.x >> 1u) >> (31u - _e635))), _e640, _e639));
            let _e654 = local_19;
            let _e656 = local;
            let _e661 = (_e654 | vec2<u32>((_e656 + 8u), 0u));
            let _e665 = ((_e623 + 4293918776u) >> 2u);
            stack[_e665] = _e661.x;
            stack[(_e665 + 1u)] = _e661.y;
            let _e675 = local;
            let _e677 = local_19;
            let _e679 = local;
            let _e684 = (_e677 | vec2<u32>((_e679 + 12u), 0u));
            let _e688 = ((_e675 + 4293918768u) >> 2u);
            stack[_e688] = _e684.x;
            stack[(_e688 + 1u)] = _e684.y;
            let _e699 = local;
            let _e709 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e709.exchanged {
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
        let _e746 = pending;
        if (_e746 == 8u) {
            pending = 0u;
            break;
        }
        let _e764 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
        if _e764.exchanged {
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
    let _e801 = local;
    let _e804 = vec2<u32>(1u, 0u);
    let _e807 = vec2<u32>(32u, 0u);
    let _e813 = (_e807.x & 31u);
    let _e817 = ((_e807.x & 32u) != 0u);
    let _e818 = (_e804.x << _e813);
    local_19 = vec2<u32>(select(_e818, 0u, _e817), select(((_e804.y << _e813) | ((_e804.x >> 1u) >> (31u - _e813))), _e818, _e817));
    let _e832 = local_19;
    let _e834 = local;
    let _e839 = (_e832 | vec2<u32>((_e834 + 8u), 0u));
    let _e843 = ((_e801 + 4293918776u) >> 2u);
    stack[_e843] = _e839.x;
    stack[(_e843 + 1u)] = _e839.y;
    let _e853 = local;
    let _e855 = local_19;
    let _e857 = local;
    let _e862 = (_e855 | vec2<u32>((_e857 + 12u), 0u));
    let _e866 = ((_e853 + 4293918768u) >> 2u);
    stack[_e866] = _e862.x;
    stack[(_e866 + 1u)] = _e862.y;
    let _e877 = local;
    let _e887 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
    if _e887.exchanged {
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
