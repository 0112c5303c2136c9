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
    var local_9: u32;
    var local_10: f32;
    var local_11: u32;
    var local_12: u32;
    var local_13: u32;
    var local_14: u32;
    var local_15: f32;
    var local_16: f32;
    var local_17: u32;
    var local_18: u32;
    var local_19: u32;
    var local_20: u32;
    var local_21: f32;
    var local_22: vec2<u32>;
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
    local_10 = 0f;
    local_11 = 0u;
    local_12 = 0u;
    local_13 = 0u;
    local_14 = 0u;
    local_15 = 0f;
    local_16 = 0f;
    local_17 = 0u;
    local_18 = 0u;
    local_19 = 0u;
    local_20 = 0u;
    local_21 = 0f;
    local_22 = vec2<u32>(0u, 0u);
    let _e52 = stack_pointer;
    local = (_e52 - 32u);
    let _e57 = local;
    stack_pointer = _e57;
    local_1 = 4096u;
    let _e65 = params[0];
    local_2 = _e65;
    local_3 = 4096u;
    let _e73 = params[2];
    local_4 = _e73;
    local_5 = 4096u;
    local_6 = workgroup_id.x;
    local_7 = num_workgroups.x;
    local_8 = local_id.x;
    let _e100 = local_7;
    local_9 = (_e100 << 8u);
    local_10 = 0f;
    let _e108 = local_8;
    let _e110 = local_6;
    local_11 = (_e110 << 8u);
    let _e116 = local_11;
    local_12 = (_e108 + _e116);
    let _e120 = local_12;
    let _e122 = local_7;
    local_13 = (_e122 * 768u);
    let _e127 = local_13;
    local_14 = (_e120 + _e127);
    let _e131 = local_14;
    let _e133 = local_2;
    let _e134 = (_e131 < _e133);
    if !(_e134) {
        local_15 = 0f;
        local_16 = 0f;
        pending = 2u;
    }
    let _e147 = pending;
    if (_e147 == 0u) {
        let _e151 = local_6;
        let _e156 = local_8;
        local_17 = ((_e151 << 10u) + (_e156 << 2u));
        let _e163 = local_8;
        let _e165 = local_11;
        local_8 = (_e163 + _e165);
        let _e169 = local_8;
        let _e171 = local_7;
        local_11 = ((_e169 + (_e171 << 9u)) << 2u);
        let _e181 = local_7;
        local_18 = (_e181 << 12u);
        let _e187 = local_14;
        local_14 = (_e187 << 2u);
        let _e193 = local_7;
        local_19 = (_e193 << 10u);
        let _e199 = local_8;
        let _e201 = local_9;
        local_20 = ((_e199 + _e201) << 2u);
        local_10 = 0f;
        let _e210 = local_1;
        local_8 = _e210;
        local_15 = 0f;
        local_21 = 0f;
        local_16 = 0f;
        loop {
            let _e219 = local_15;
            let _e221 = local_8;
            let _e223 = local_14;
            let _e231 = input[(((_e221 + _e223) + 4294963200u) >> 2u)];
            local_15 = (_e219 + _e231);
            let _e235 = local_21;
            let _e237 = local_8;
            let _e239 = local_11;
            let _e247 = input[(((_e237 + _e239) + 4294963200u) >> 2u)];
            local_21 = (_e235 + _e247);
            let _e251 = local_10;
            let _e253 = local_8;
            let _e255 = local_20;
            let _e263 = input[(((_e253 + _e255) + 4294963200u) >> 2u)];
            local_10 = (_e251 + _e263);
            let _e267 = local_16;
            let _e269 = local_8;
            let _e271 = local_17;
            let _e279 = input[(((_e269 + _e271) + 4294963200u) >> 2u)];
            local_16 = (_e267 + _e279);
            let _e283 = local_8;
            let _e285 = local_18;
            local_8 = (_e283 + _e285);
            let _e289 = local_13;
            let _e291 = local_12;
            let _e293 = local_19;
            local_12 = (_e291 + _e293);
            let _e297 = local_12;
            let _e300 = local_2;
            let _e301 = ((_e289 + _e297) < _e300);
            if _e301 {
                continue;
            }
            break;
        }
        let _e306 = local_21;
        let _e308 = local_15;
        local_15 = (_e306 + _e308);
    }
    let _e312 = pending;
    if (_e312 == 2u) {
        pending = 0u;
    }
    let _e318 = local_12;
    let _e320 = local_2;
    let _e321 = (_e318 >= _e320);
    if !(_e321) {
        let _e327 = local_7;
        local_13 = (_e327 << 10u);
        let _e333 = local_1;
        let _e335 = local_12;
        local_8 = (_e333 + (_e335 << 2u));
        loop {
            let _e342 = local_16;
            let _e344 = local_8;
            let _e351 = input[((_e344 + 4294963200u) >> 2u)];
            local_16 = (_e342 + _e351);
            let _e355 = local_8;
            let _e357 = local_13;
            local_8 = (_e355 + _e357);
            let _e361 = local_12;
            let _e363 = local_9;
            local_12 = (_e361 + _e363);
            let _e367 = local_12;
            let _e369 = local_2;
            let _e370 = (_e367 < _e369);
            if _e370 {
                continue;
            }
            break;
        }
    }
    let _e375 = local_15;
    let _e377 = local_10;
    let _e379 = local_16;
    let _e382 = subgroupAdd((_e375 + (_e377 + _e379)));
    local_16 = _e382;
    local_12 = subgroup_id;
    local_8 = subgroup_invocation_id;
    local_2 = subgroup_size;
    let _e391 = local_8;
    if !((_e391 != 0u)) {
        let _e396 = local;
        let _e398 = local_12;
        stack[((_e396 + 4293918760u) >> 2u)] = _e398;
        let _e406 = local;
        stack[((_e406 + 4293918764u) >> 2u)] = 256u;
        let _e415 = local_12;
        let _e417 = (_e415 > 255u);
        if _e417 {
            pending = 9u;
        }
        let _e424 = pending;
        if (_e424 == 0u) {
            let _e428 = local_5;
            let _e430 = local_12;
            let _e436 = local_16;
            sums[(((_e428 + (_e430 << 2u)) + 4294963200u) >> 2u)] = _e436;
        }
    }
    let _e444 = pending;
    if (_e444 == 0u) {
        workgroupBarrier();
        local_16 = 0f;
        let _e450 = local_12;
        if !((_e450 != 0u)) {
            local_16 = 0f;
            let _e457 = local_8;
            let _e459 = (_e457 >= num_subgroups);
            if !(_e459) {
                let _e465 = local_2;
                local_9 = (_e465 << 2u);
                let _e471 = local_5;
                let _e473 = local_8;
                local_12 = (_e471 + (_e473 << 2u));
                local_16 = 0f;
                loop {
                    let _e482 = local;
                    let _e484 = local_8;
                    stack[((_e482 + 4293918760u) >> 2u)] = _e484;
                    let _e492 = local;
                    stack[((_e492 + 4293918764u) >> 2u)] = 256u;
                    let _e501 = local_8;
                    let _e503 = (_e501 > 255u);
                    if _e503 {
                        pending = 8u;
                        break;
                    }
                    let _e510 = local_16;
                    let _e512 = local_12;
                    let _e519 = sums[((_e512 + 4294963200u) >> 2u)];
                    local_16 = (_e510 + _e519);
                    let _e523 = local_12;
                    let _e525 = local_9;
                    local_12 = (_e523 + _e525);
                    let _e529 = local_8;
                    let _e531 = local_2;
                    local_8 = (_e529 + _e531);
                    let _e535 = local_8;
                    let _e536 = (_e535 < num_subgroups);
                    if _e536 {
                        continue;
                    }
                    break;
                }
            }
            let _e541 = pending;
            if (_e541 == 0u) {
                let _e545 = local_16;
                let _e546 = subgroupAdd(_e545);
                local_16 = _e546;
            }
        }
    }
    let _e549 = pending;
    if (_e549 == 0u) {
        local_8 = local_id.x;
        let _e560 = local_8;
        if !((_e560 != 0u)) {
            let _e565 = local_6;
            let _e567 = local_4;
            let _e568 = (_e565 >= _e567);
            if _e568 {
                pending = 7u;
            }
            let _e575 = pending;
            if (_e575 == 0u) {
                let _e579 = local_3;
                let _e581 = local_6;
                let _e587 = local_16;
                partial[(((_e579 + (_e581 << 2u)) + 4294963200u) >> 2u)] = _e587;
            }
        }
    }
    let _e595 = pending;
    if (_e595 == 0u) {
        let _e599 = local;
        stack_pointer = (_e599 + 32u);
        return;
    }
    let _e604 = pending;
    if (_e604 == 9u) {
        pending = 0u;
    }
    let _e610 = pending;
    if (_e610 == 0u) {
        let _e614 = local;
        let _e617 = vec2<u32>(1u, 0u);
        let _e620 = vec2<u32>(32u, 0u);
        let _e626 = (_e620.x & 31u);
        let _e630 = ((_e620.x & 32u) != 0u);
        let _e631 = (_e617.x << _e626);
        local_22 = vec2<u32>(select(_e631, 0u, _e630), select(((_e617.y << _e626) | ((_e617.x >> 1u) >> (31u - _e626))), _e631, _e630));
        let _e645 = local_22;
        let _e647 = local;
        let _e652 = (_e645 | vec2<u32>((_e647 + 8u), 0u));
        let _e656 = ((_e614 + 4293918776u) >> 2u);
        stack[_e656] = _e652.x;
        stack[(_e656 + 1u)] = _e652.y;
        let _e666 = local;
        let _e668 = local_22;
        let _e670 = local;
        let _e675 = (_e668 | vec2<u32>((_e670 + 12u), 0u));
        let _e679 = ((_e666 + 4293918768u) >> 2u);
        stack[_e679] = _e675.x;
        stack[(_e679 + 1u)] = _e675.y;
        let _e690 = local;
        let _e700 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e700.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 443u);
            atomicStore((&status[8]), 14u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e737 = pending;
    if (_e737 == 8u) {
        pending = 0u;
    }
    let _e743 = pending;
    if (_e743 == 0u) {
        let _e747 = local;
        let _e750 = vec2<u32>(1u, 0u);
        let _e753 = vec2<u32>(32u, 0u);
        let _e759 = (_e753.x & 31u);
        let _e763 = ((_e753.x & 32u) != 0u);
        let _e764 = (_e750.x << _e759);
        local_22 = vec2<u32>(select(_e764, 0u, _e763), select(((_e750.y << _e759) | ((_e750.x >> 1u) >> (31u - _e759))), _e764, _e763));
        let _e778 = local_22;
        let _e780 = local;
        let _e785 = (_e778 | vec2<u32>((_e780 + 8u), 0u));
        let _e789 = ((_e747 + 4293918776u) >> 2u);
        stack[_e789] = _e785.x;
        stack[(_e789 + 1u)] = _e785.y;
        let _e799 = local;
        let _e801 = local_22;
        let _e803 = local;
        let _e808 = (_e801 | vec2<u32>((_e803 + 12u), 0u));
        let _e812 = ((_e799 + 4293918768u) >> 2u);
        stack[_e812] = _e808.x;
        stack[(_e812 + 1u)] = _e808.y;
        let _e823 = local;
        let _e833 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
        if _e833.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 453u);
            atomicStore((&status[8]), 23u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e870 = pending;
    if (_e870 == 7u) {
        pending = 0u;
    }
    let _e886 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
    if _e886.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 489u);
        atomicStore((&status[8]), 9u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
