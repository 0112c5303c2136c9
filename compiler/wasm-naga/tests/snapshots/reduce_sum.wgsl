@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> input: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> partial: array<f32>;
var<workgroup> tile: array<f32, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn reduce_sum(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_15: f32;
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
    local_15 = 0f;
    local_16 = 0lu;
    let _e38 = stack_pointer;
    local = (_e38 - 32u);
    let _e43 = local;
    stack_pointer = _e43;
    local_1 = 4096u;
    let _e51 = params[0];
    local_2 = _e51;
    local_3 = 4096u;
    let _e59 = params[2];
    local_4 = _e59;
    local_5 = 4096u;
    local_6 = workgroup_id.x;
    local_7 = 256u;
    local_8 = local_id.x;
    local_9 = workgroup_id.y;
    local_10 = 1u;
    local_11 = local_id.y;
    local_12 = num_workgroups.x;
    local_13 = 256u;
    local_14 = local_id.x;
    local_15 = 0f;
    loop {
        let _e104 = local_8;
        let _e106 = local_7;
        let _e108 = local_6;
        let _e112 = local_13;
        let _e114 = local_12;
        let _e116 = local_11;
        let _e118 = local_10;
        let _e120 = local_9;
        local_6 = ((_e104 + (_e106 * _e108)) + (_e112 * (_e114 * (_e116 + (_e118 * _e120)))));
        let _e128 = local_6;
        let _e130 = local_2;
        let _e131 = (_e128 >= _e130);
        if _e131 {
            break;
        }
        let _e136 = local_1;
        let _e138 = local_6;
        let _e149 = input[(((_e136 + (_e138 << 2u)) + 4294963200u) >> 2u)];
        local_15 = _e149;
        break;
    }
    let _e152 = local;
    let _e154 = local_14;
    stack[((_e152 + 4293918760u) >> 2u)] = _e154;
    let _e162 = local;
    stack[((_e162 + 4293918764u) >> 2u)] = 256u;
    loop {
        loop {
            loop {
                loop {
                    let _e171 = local_14;
                    let _e173 = (_e171 > 255u);
                    if _e173 {
                        break;
                    }
                    let _e178 = local_5;
                    let _e180 = local_14;
                    local_2 = (_e178 + (_e180 << 2u));
                    let _e187 = local_2;
                    let _e189 = local_15;
                    tile[((_e187 + 4294963200u) >> 2u)] = _e189;
                    workgroupBarrier();
                    loop {
                        let _e197 = local_14;
                        let _e199 = (_e197 < 128u);
                        if _e199 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 4u;
                        break;
                        break;
                    }
                    let _e207 = pending;
                    if (_e207 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e207 != 0u) {
                            break;
                        }
                    }
                    let _e215 = local_2;
                    let _e217 = local_2;
                    let _e224 = tile[((_e217 + 4294963200u) >> 2u)];
                    let _e226 = local_2;
                    let _e233 = tile[((_e226 + 4294963712u) >> 2u)];
                    tile[((_e215 + 4294963200u) >> 2u)] = (_e224 + _e233);
                    workgroupBarrier();
                    loop {
                        let _e242 = local_14;
                        let _e244 = (_e242 < 64u);
                        if _e244 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 4u;
                        break;
                        break;
                    }
                    let _e251 = pending;
                    if (_e251 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e251 != 0u) {
                            break;
                        }
                    }
                    let _e259 = local_2;
                    let _e261 = local_2;
                    let _e268 = tile[((_e261 + 4294963200u) >> 2u)];
                    let _e270 = local_2;
                    let _e277 = tile[((_e270 + 4294963456u) >> 2u)];
                    tile[((_e259 + 4294963200u) >> 2u)] = (_e268 + _e277);
                    workgroupBarrier();
                    loop {
                        let _e286 = local_14;
                        let _e288 = (_e286 < 32u);
                        if _e288 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 4u;
                        break;
                        break;
                    }
                    let _e295 = pending;
                    if (_e295 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e295 != 0u) {
                            break;
                        }
                    }
                    let _e303 = local_2;
                    let _e305 = local_2;
                    let _e312 = tile[((_e305 + 4294963200u) >> 2u)];
                    let _e314 = local_2;
                    let _e321 = tile[((_e314 + 4294963328u) >> 2u)];
                    tile[((_e303 + 4294963200u) >> 2u)] = (_e312 + _e321);
                    workgroupBarrier();
                    loop {
                        let _e330 = local_14;
                        let _e332 = (_e330 < 16u);
                        if _e332 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 4u;
                        break;
                        break;
                    }
                    let _e339 = pending;
                    if (_e339 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e339 != 0u) {
                            break;
                        }
                    }
                    let _e347 = local_2;
                    let _e349 = local_2;
                    let _e356 = tile[((_e349 + 4294963200u) >> 2u)];
                    let _e358 = local_2;
                    let _e365 = tile[((_e358 + 4294963264u) >> 2u)];
                    tile[((_e347 + 4294963200u) >> 2u)] = (_e356 + _e365);
                    workgroupBarrier();
                    loop {
                        let _e374 = local_14;
                        let _e376 = (_e374 < 8u);
                        if _e376 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 4u;
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
                    let _e391 = local_2;
                    let _e393 = local_2;
                    let _e400 = tile[((_e393 + 4294963200u) >> 2u)];
                    let _e402 = local_2;
                    let _e409 = tile[((_e402 + 4294963232u) >> 2u)];
                    tile[((_e391 + 4294963200u) >> 2u)] = (_e400 + _e409);
                    workgroupBarrier();
                    loop {
                        let _e418 = local_14;
                        let _e420 = (_e418 < 4u);
                        if _e420 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 4u;
                        break;
                        break;
                    }
                    let _e427 = pending;
                    if (_e427 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e427 != 0u) {
                            break;
                        }
                    }
                    let _e435 = local_2;
                    let _e437 = local_2;
                    let _e444 = tile[((_e437 + 4294963200u) >> 2u)];
                    let _e446 = local_2;
                    let _e453 = tile[((_e446 + 4294963216u) >> 2u)];
                    tile[((_e435 + 4294963200u) >> 2u)] = (_e444 + _e453);
                    workgroupBarrier();
                    loop {
                        let _e462 = local_14;
                        let _e464 = (_e462 < 2u);
                        if _e464 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 4u;
                        break;
                        break;
                    }
                    let _e471 = pending;
                    if (_e471 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e471 != 0u) {
                            break;
                        }
                    }
                    let _e479 = local_2;
                    let _e481 = local_2;
                    let _e488 = tile[((_e481 + 4294963200u) >> 2u)];
                    let _e490 = local_2;
                    let _e497 = tile[((_e490 + 4294963208u) >> 2u)];
                    tile[((_e479 + 4294963200u) >> 2u)] = (_e488 + _e497);
                    workgroupBarrier();
                    let _e506 = local_14;
                    let _e508 = (_e506 == 0u);
                    if _e508 {
                        pending = 5u;
                        break;
                    }
                    workgroupBarrier();
                    pending = 4u;
                    break;
                    break;
                }
                let _e517 = pending;
                if (_e517 == 5u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e517 != 0u) {
                        break;
                    }
                }
                let _e525 = local;
                local_16 = (u64(1u) << 32u);
                let _e533 = local_16;
                let _e535 = local;
                let _e539 = (_e533 | u64((_e535 + 8u)));
                let _e543 = ((_e525 + 4293918776u) >> 2u);
                stack[_e543] = u32(_e539);
                stack[(_e543 + 1u)] = u32((_e539 >> 32u));
                let _e555 = local;
                let _e557 = local_16;
                let _e559 = local;
                let _e563 = (_e557 | u64((_e559 + 12u)));
                let _e567 = ((_e555 + 4293918768u) >> 2u);
                stack[_e567] = u32(_e563);
                stack[(_e567 + 1u)] = u32((_e563 >> 32u));
                let _e580 = local;
                let _e590 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                if _e590.exchanged {
                    atomicStore((&status[1]), local_id.x);
                    atomicStore((&status[2]), local_id.y);
                    atomicStore((&status[3]), local_id.z);
                    atomicStore((&status[4]), workgroup_id.x);
                    atomicStore((&status[5]), workgroup_id.y);
                    atomicStore((&status[6]), workgroup_id.z);
                    atomicStore((&status[7]), 111u);
                    atomicStore((&status[8]), 10u);
                    atomicStore((&status[9]), 10u);
                    atomicStore((&status[10]), 795046515u);
                    atomicStore((&status[11]), 778201452u);
                    atomicStore((&status[12]), 29554u);
                }
                return;
                break;
            }
            let _e627 = pending;
            if (_e627 == 4u) {
                pending = 0u;
                break;
            }
            let _e635 = local_2;
            let _e637 = local_2;
            let _e644 = tile[((_e637 + 4294963200u) >> 2u)];
            let _e646 = local_5;
            let _e653 = tile[((_e646 + 4294963204u) >> 2u)];
            tile[((_e635 + 4294963200u) >> 2u)] = (_e644 + _e653);
            workgroupBarrier();
            let _e662 = local_5;
            let _e669 = tile[((_e662 + 4294963200u) >> 2u)];
            local_15 = _e669;
            local_14 = workgroup_id.x;
            let _e679 = local_14;
            let _e681 = local_4;
            let _e682 = (_e679 >= _e681);
            if _e682 {
                pending = 3u;
                break;
            }
            let _e689 = local_3;
            let _e691 = local_14;
            let _e697 = local_15;
            partial[(((_e689 + (_e691 << 2u)) + 4294963200u) >> 2u)] = _e697;
            break;
        }
        let _e705 = pending;
        if (_e705 == 3u) {
            pending = 0u;
            break;
        }
        let _e713 = local;
        stack_pointer = (_e713 + 32u);
        return;
        break;
    }
    let _e728 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e728.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 114u);
        atomicStore((&status[8]), 9u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
