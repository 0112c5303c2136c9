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
    if !(_e123) {
        local_14 = 0f;
        pending = 5u;
    }
    let _e134 = pending;
    if (_e134 == 0u) {
        let _e138 = local_1;
        let _e140 = local_6;
        let _e145 = local_8;
        local_15 = (_e138 + ((_e140 << 10u) + (_e145 << 2u)));
        let _e153 = local_10;
        let _e155 = local_12;
        local_16 = (_e153 + _e155);
        let _e159 = local_7;
        local_17 = (_e159 << 11u);
        let _e165 = local_7;
        local_7 = (_e165 << 9u);
        local_9 = 0f;
        local_14 = 0f;
        loop {
            let _e175 = local_10;
            let _e177 = local_8;
            local_18 = (_e175 + _e177);
            let _e181 = local_18;
            let _e183 = local_2;
            let _e184 = (_e181 >= _e183);
            if _e184 {
                pending = 4u;
                break;
            }
            let _e191 = local_9;
            let _e193 = local_15;
            let _e200 = input[((_e193 + 4294963200u) >> 2u)];
            local_9 = (_e191 + _e200);
            let _e204 = local_14;
            let _e206 = local_1;
            let _e208 = local_13;
            let _e219 = input[(((_e206 + (_e208 << 2u)) + 4294963200u) >> 2u)];
            local_14 = (_e204 + _e219);
            let _e223 = local_15;
            let _e225 = local_17;
            local_15 = (_e223 + _e225);
            let _e229 = local_11;
            let _e231 = local_7;
            local_11 = (_e229 + _e231);
            let _e235 = local_11;
            let _e237 = local_12;
            local_13 = (_e235 + _e237);
            let _e241 = local_16;
            let _e243 = local_8;
            let _e245 = local_7;
            local_8 = (_e243 + _e245);
            let _e249 = local_8;
            let _e252 = local_2;
            let _e253 = ((_e241 + _e249) < _e252);
            if _e253 {
                continue;
            }
            break;
        }
    }
    let _e258 = pending;
    if (_e258 == 0u) {
        let _e262 = local_10;
        let _e264 = local_8;
        local_11 = (_e262 + _e264);
    }
    let _e268 = pending;
    if (_e268 == 5u) {
        pending = 0u;
    }
    let _e274 = pending;
    if (_e274 == 0u) {
        let _e278 = local_11;
        let _e280 = local_2;
        let _e281 = (_e278 < _e280);
        if _e281 {
            pending = 3u;
        }
    }
    let _e288 = pending;
    if (_e288 == 0u) {
        pending = 2u;
    }
    let _e294 = pending;
    if (_e294 == 4u) {
        pending = 0u;
    }
    let _e300 = pending;
    if (_e300 == 0u) {
        let _e314 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e314.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 388u);
            atomicStore((&status[8]), 15u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e351 = pending;
    if (_e351 == 3u) {
        pending = 0u;
    }
    let _e357 = pending;
    if (_e357 == 0u) {
        let _e361 = local_9;
        let _e363 = local_1;
        let _e365 = local_11;
        let _e376 = input[(((_e363 + (_e365 << 2u)) + 4294963200u) >> 2u)];
        local_9 = (_e361 + _e376);
    }
    let _e380 = pending;
    if (_e380 == 2u) {
        pending = 0u;
    }
    let _e386 = local_14;
    let _e388 = local_9;
    let _e390 = subgroupAdd((_e386 + _e388));
    local_9 = _e390;
    local_15 = subgroup_id;
    local_8 = subgroup_invocation_id;
    local_2 = subgroup_size;
    let _e399 = local_8;
    if !((_e399 != 0u)) {
        let _e404 = local;
        let _e406 = local_15;
        stack[((_e404 + 4293918760u) >> 2u)] = _e406;
        let _e414 = local;
        stack[((_e414 + 4293918764u) >> 2u)] = 256u;
        let _e423 = local_15;
        let _e425 = (_e423 > 255u);
        if _e425 {
            pending = 10u;
        }
        let _e432 = pending;
        if (_e432 == 0u) {
            let _e436 = local_5;
            let _e438 = local_15;
            let _e444 = local_9;
            sums[(((_e436 + (_e438 << 2u)) + 4294963200u) >> 2u)] = _e444;
        }
    }
    let _e452 = pending;
    if (_e452 == 0u) {
        workgroupBarrier();
        local_9 = 0f;
        let _e458 = local_15;
        if !((_e458 != 0u)) {
            local_9 = 0f;
            let _e465 = local_8;
            let _e467 = (_e465 >= num_subgroups);
            if !(_e467) {
                let _e473 = local_2;
                local_11 = (_e473 << 2u);
                let _e479 = local_5;
                let _e481 = local_8;
                local_15 = (_e479 + (_e481 << 2u));
                local_9 = 0f;
                loop {
                    let _e490 = local;
                    let _e492 = local_8;
                    stack[((_e490 + 4293918760u) >> 2u)] = _e492;
                    let _e500 = local;
                    stack[((_e500 + 4293918764u) >> 2u)] = 256u;
                    let _e509 = local_8;
                    let _e511 = (_e509 > 255u);
                    if _e511 {
                        pending = 8u;
                        break;
                    }
                    let _e518 = local_9;
                    let _e520 = local_15;
                    let _e527 = sums[((_e520 + 4294963200u) >> 2u)];
                    local_9 = (_e518 + _e527);
                    let _e531 = local_15;
                    let _e533 = local_11;
                    local_15 = (_e531 + _e533);
                    let _e537 = local_8;
                    let _e539 = local_2;
                    local_8 = (_e537 + _e539);
                    let _e543 = local_8;
                    let _e544 = (_e543 < num_subgroups);
                    if _e544 {
                        continue;
                    }
                    break;
                }
            }
            let _e549 = pending;
            if (_e549 == 0u) {
                let _e553 = local_9;
                let _e554 = subgroupAdd(_e553);
                local_9 = _e554;
            }
        }
    }
    let _e557 = pending;
    if (_e557 == 0u) {
        local_8 = local_id.x;
        let _e568 = local_8;
        if !((_e568 != 0u)) {
            let _e573 = local_6;
            let _e575 = local_4;
            let _e576 = (_e573 >= _e575);
            if _e576 {
                pending = 9u;
            }
            let _e583 = pending;
            if (_e583 == 0u) {
                let _e587 = local_3;
                let _e589 = local_6;
                let _e595 = local_9;
                partial[(((_e587 + (_e589 << 2u)) + 4294963200u) >> 2u)] = _e595;
            }
        }
    }
    let _e603 = pending;
    if (_e603 == 0u) {
        let _e607 = local;
        stack_pointer = (_e607 + 32u);
        return;
    }
    let _e612 = pending;
    if (_e612 == 10u) {
        pending = 0u;
    }
    let _e618 = pending;
    if (_e618 == 0u) {
        let _e622 = local;
        let _e625 = vec2<u32>(1u, 0u);
        let _e628 = vec2<u32>(32u, 0u);
        let _e634 = (_e628.x & 31u);
        let _e638 = ((_e628.x & 32u) != 0u);
        let _e639 = (_e625.x << _e634);
        local_19 = vec2<u32>(select(_e639, 0u, _e638), select(((_e625.y << _e634) | ((_e625.x >> 1u) >> (31u - _e634))), _e639, _e638));
        let _e653 = local_19;
        let _e655 = local;
        let _e660 = (_e653 | vec2<u32>((_e655 + 8u), 0u));
        let _e664 = ((_e622 + 4293918776u) >> 2u);
        stack[_e664] = _e660.x;
        stack[(_e664 + 1u)] = _e660.y;
        let _e674 = local;
        let _e676 = local_19;
        let _e678 = local;
        let _e683 = (_e676 | vec2<u32>((_e678 + 12u), 0u));
        let _e687 = ((_e674 + 4293918768u) >> 2u);
        stack[_e687] = _e683.x;
        stack[(_e687 + 1u)] = _e683.y;
        let _e698 = local;
        let _e708 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
        if _e708.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 358u);
            atomicStore((&status[8]), 14u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e745 = pending;
    if (_e745 == 9u) {
        pending = 0u;
    }
    let _e751 = pending;
    if (_e751 == 0u) {
        let _e765 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
        if _e765.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 397u);
            atomicStore((&status[8]), 9u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e802 = pending;
    if (_e802 == 8u) {
        pending = 0u;
    }
    let _e808 = local;
    let _e811 = vec2<u32>(1u, 0u);
    let _e814 = vec2<u32>(32u, 0u);
    let _e820 = (_e814.x & 31u);
    let _e824 = ((_e814.x & 32u) != 0u);
    let _e825 = (_e811.x << _e820);
    local_19 = vec2<u32>(select(_e825, 0u, _e824), select(((_e811.y << _e820) | ((_e811.x >> 1u) >> (31u - _e820))), _e825, _e824));
    let _e839 = local_19;
    let _e841 = local;
    let _e846 = (_e839 | vec2<u32>((_e841 + 8u), 0u));
    let _e850 = ((_e808 + 4293918776u) >> 2u);
    stack[_e850] = _e846.x;
    stack[(_e850 + 1u)] = _e846.y;
    let _e860 = local;
    let _e862 = local_19;
    let _e864 = local;
    let _e869 = (_e862 | vec2<u32>((_e864 + 12u), 0u));
    let _e873 = ((_e860 + 4293918768u) >> 2u);
    stack[_e873] = _e869.x;
    stack[(_e873 + 1u)] = _e869.y;
    let _e884 = local;
    let _e894 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
    if _e894.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 368u);
        atomicStore((&status[8]), 23u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
