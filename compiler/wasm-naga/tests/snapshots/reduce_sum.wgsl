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
    var local_16: vec2<u32>;
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
    local_16 = vec2<u32>(0u, 0u);
    let _e40 = stack_pointer;
    local = (_e40 - 32u);
    let _e45 = local;
    stack_pointer = _e45;
    local_1 = 4096u;
    let _e53 = params[0];
    local_2 = _e53;
    local_3 = 4096u;
    let _e61 = params[2];
    local_4 = _e61;
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
        let _e106 = local_8;
        let _e108 = local_7;
        let _e110 = local_6;
        let _e114 = local_13;
        let _e116 = local_12;
        let _e118 = local_11;
        let _e120 = local_10;
        let _e122 = local_9;
        local_6 = ((_e106 + (_e108 * _e110)) + (_e114 * (_e116 * (_e118 + (_e120 * _e122)))));
        let _e130 = local_6;
        let _e132 = local_2;
        let _e133 = (_e130 >= _e132);
        if _e133 {
            break;
        }
        let _e138 = local_1;
        let _e140 = local_6;
        let _e151 = input[(((_e138 + (_e140 << 2u)) + 4294963200u) >> 2u)];
        local_15 = _e151;
        break;
    }
    let _e154 = local;
    let _e156 = local_14;
    stack[((_e154 + 4293918760u) >> 2u)] = _e156;
    let _e164 = local;
    stack[((_e164 + 4293918764u) >> 2u)] = 256u;
    loop {
        loop {
            loop {
                loop {
                    let _e173 = local_14;
                    let _e175 = (_e173 > 255u);
                    if _e175 {
                        break;
                    }
                    let _e180 = local_5;
                    let _e182 = local_14;
                    local_2 = (_e180 + (_e182 << 2u));
                    let _e189 = local_2;
                    let _e191 = local_15;
                    tile[((_e189 + 4294963200u) >> 2u)] = _e191;
                    workgroupBarrier();
                    loop {
                        let _e199 = local_14;
                        let _e201 = (_e199 < 128u);
                        if _e201 {
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
                    let _e209 = pending;
                    if (_e209 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e209 != 0u) {
                            break;
                        }
                    }
                    let _e217 = local_2;
                    let _e219 = local_2;
                    let _e226 = tile[((_e219 + 4294963200u) >> 2u)];
                    let _e228 = local_2;
                    let _e235 = tile[((_e228 + 4294963712u) >> 2u)];
                    tile[((_e217 + 4294963200u) >> 2u)] = (_e226 + _e235);
                    workgroupBarrier();
                    loop {
                        let _e244 = local_14;
                        let _e246 = (_e244 < 64u);
                        if _e246 {
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
                    let _e253 = pending;
                    if (_e253 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e253 != 0u) {
                            break;
                        }
                    }
                    let _e261 = local_2;
                    let _e263 = local_2;
                    let _e270 = tile[((_e263 + 4294963200u) >> 2u)];
                    let _e272 = local_2;
                    let _e279 = tile[((_e272 + 4294963456u) >> 2u)];
                    tile[((_e261 + 4294963200u) >> 2u)] = (_e270 + _e279);
                    workgroupBarrier();
                    loop {
                        let _e288 = local_14;
                        let _e290 = (_e288 < 32u);
                        if _e290 {
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
                    let _e297 = pending;
                    if (_e297 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e297 != 0u) {
                            break;
                        }
                    }
                    let _e305 = local_2;
                    let _e307 = local_2;
                    let _e314 = tile[((_e307 + 4294963200u) >> 2u)];
                    let _e316 = local_2;
                    let _e323 = tile[((_e316 + 4294963328u) >> 2u)];
                    tile[((_e305 + 4294963200u) >> 2u)] = (_e314 + _e323);
                    workgroupBarrier();
                    loop {
                        let _e332 = local_14;
                        let _e334 = (_e332 < 16u);
                        if _e334 {
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
                    let _e341 = pending;
                    if (_e341 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e341 != 0u) {
                            break;
                        }
                    }
                    let _e349 = local_2;
                    let _e351 = local_2;
                    let _e358 = tile[((_e351 + 4294963200u) >> 2u)];
                    let _e360 = local_2;
                    let _e367 = tile[((_e360 + 4294963264u) >> 2u)];
                    tile[((_e349 + 4294963200u) >> 2u)] = (_e358 + _e367);
                    workgroupBarrier();
                    loop {
                        let _e376 = local_14;
                        let _e378 = (_e376 < 8u);
                        if _e378 {
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
                    let _e385 = pending;
                    if (_e385 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e385 != 0u) {
                            break;
                        }
                    }
                    let _e393 = local_2;
                    let _e395 = local_2;
                    let _e402 = tile[((_e395 + 4294963200u) >> 2u)];
                    let _e404 = local_2;
                    let _e411 = tile[((_e404 + 4294963232u) >> 2u)];
                    tile[((_e393 + 4294963200u) >> 2u)] = (_e402 + _e411);
                    workgroupBarrier();
                    loop {
                        let _e420 = local_14;
                        let _e422 = (_e420 < 4u);
                        if _e422 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 4u;
                        break;
                        break;
                    }
                    let _e429 = pending;
                    if (_e429 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e429 != 0u) {
                            break;
                        }
                    }
                    let _e437 = local_2;
                    let _e439 = local_2;
                    let _e446 = tile[((_e439 + 4294963200u) >> 2u)];
                    let _e448 = local_2;
                    let _e455 = tile[((_e448 + 4294963216u) >> 2u)];
                    tile[((_e437 + 4294963200u) >> 2u)] = (_e446 + _e455);
                    workgroupBarrier();
                    loop {
                        let _e464 = local_14;
                        let _e466 = (_e464 < 2u);
                        if _e466 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 4u;
                        break;
                        break;
                    }
                    let _e473 = pending;
                    if (_e473 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e473 != 0u) {
                            break;
                        }
                    }
                    let _e481 = local_2;
                    let _e483 = local_2;
                    let _e490 = tile[((_e483 + 4294963200u) >> 2u)];
                    let _e492 = local_2;
                    let _e499 = tile[((_e492 + 4294963208u) >> 2u)];
                    tile[((_e481 + 4294963200u) >> 2u)] = (_e490 + _e499);
                    workgroupBarrier();
                    let _e508 = local_14;
                    let _e510 = (_e508 == 0u);
                    if _e510 {
                        pending = 5u;
                        break;
                    }
                    workgroupBarrier();
                    pending = 4u;
                    break;
                    break;
                }
                let _e519 = pending;
                if (_e519 == 5u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e519 != 0u) {
                        break;
                    }
                }
                let _e527 = local;
                let _e530 = vec2<u32>(1u, 0u);
                let _e533 = vec2<u32>(32u, 0u);
                let _e539 = (_e533.x & 31u);
                let _e543 = ((_e533.x & 32u) != 0u);
                let _e544 = (_e530.x << _e539);
                local_16 = vec2<u32>(select(_e544, 0u, _e543), select(((_e530.y << _e539) | ((_e530.x >> 1u) >> (31u - _e539))), _e544, _e543));
                let _e558 = local_16;
                let _e560 = local;
                let _e565 = (_e558 | vec2<u32>((_e560 + 8u), 0u));
                let _e569 = ((_e527 + 4293918776u) >> 2u);
                stack[_e569] = _e565.x;
                stack[(_e569 + 1u)] = _e565.y;
                let _e579 = local;
                let _e581 = local_16;
                let _e583 = local;
                let _e588 = (_e581 | vec2<u32>((_e583 + 12u), 0u));
                let _e592 = ((_e579 + 4293918768u) >> 2u);
                stack[_e592] = _e588.x;
                stack[(_e592 + 1u)] = _e588.y;
                let _e603 = local;
                let _e613 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                if _e613.exchanged {
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
            let _e650 = pending;
            if (_e650 == 4u) {
                pending = 0u;
                break;
            }
            let _e658 = local_2;
            let _e660 = local_2;
            let _e667 = tile[((_e660 + 4294963200u) >> 2u)];
            let _e669 = local_5;
            let _e676 = tile[((_e669 + 4294963204u) >> 2u)];
            tile[((_e658 + 4294963200u) >> 2u)] = (_e667 + _e676);
            workgroupBarrier();
            let _e685 = local_5;
            let _e692 = tile[((_e685 + 4294963200u) >> 2u)];
            local_15 = _e692;
            local_14 = workgroup_id.x;
            let _e702 = local_14;
            let _e704 = local_4;
            let _e705 = (_e702 >= _e704);
            if _e705 {
                pending = 3u;
                break;
            }
            let _e712 = local_3;
            let _e714 = local_14;
            let _e720 = local_15;
            partial[(((_e712 + (_e714 << 2u)) + 4294963200u) >> 2u)] = _e720;
            break;
        }
        let _e728 = pending;
        if (_e728 == 3u) {
            pending = 0u;
            break;
        }
        let _e736 = local;
        stack_pointer = (_e736 + 32u);
        return;
        break;
    }
    let _e751 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e751.exchanged {
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
