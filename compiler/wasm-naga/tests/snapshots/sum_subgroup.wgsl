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
            let _e235 = input[min((((_e221 + _e223) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
            local_15 = (_e219 + _e235);
            let _e239 = local_21;
            let _e241 = local_8;
            let _e243 = local_11;
            let _e255 = input[min((((_e241 + _e243) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
            local_21 = (_e239 + _e255);
            let _e259 = local_10;
            let _e261 = local_8;
            let _e263 = local_20;
            let _e275 = input[min((((_e261 + _e263) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
            local_10 = (_e259 + _e275);
            let _e279 = local_16;
            let _e281 = local_8;
            let _e283 = local_17;
            let _e295 = input[min((((_e281 + _e283) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
            local_16 = (_e279 + _e295);
            let _e299 = local_8;
            let _e301 = local_18;
            local_8 = (_e299 + _e301);
            let _e305 = local_13;
            let _e307 = local_12;
            let _e309 = local_19;
            local_12 = (_e307 + _e309);
            let _e313 = local_12;
            let _e316 = local_2;
            let _e317 = ((_e305 + _e313) < _e316);
            if _e317 {
                continue;
            }
            break;
        }
        let _e322 = local_21;
        let _e324 = local_15;
        local_15 = (_e322 + _e324);
    }
    let _e328 = pending;
    if (_e328 == 2u) {
        pending = 0u;
    }
    let _e334 = local_12;
    let _e336 = local_2;
    let _e337 = (_e334 >= _e336);
    if !(_e337) {
        let _e343 = local_7;
        local_13 = (_e343 << 10u);
        let _e349 = local_1;
        let _e351 = local_12;
        local_8 = (_e349 + (_e351 << 2u));
        loop {
            let _e358 = local_16;
            let _e360 = local_8;
            let _e371 = input[min(((_e360 + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
            local_16 = (_e358 + _e371);
            let _e375 = local_8;
            let _e377 = local_13;
            local_8 = (_e375 + _e377);
            let _e381 = local_12;
            let _e383 = local_9;
            local_12 = (_e381 + _e383);
            let _e387 = local_12;
            let _e389 = local_2;
            let _e390 = (_e387 < _e389);
            if _e390 {
                continue;
            }
            break;
        }
    }
    let _e395 = local_15;
    let _e397 = local_10;
    let _e399 = local_16;
    let _e402 = subgroupAdd((_e395 + (_e397 + _e399)));
    local_16 = _e402;
    local_12 = subgroup_id;
    local_8 = subgroup_invocation_id;
    local_2 = subgroup_size;
    let _e411 = local_8;
    if !((_e411 != 0u)) {
        let _e416 = local;
        let _e418 = local_12;
        stack[min(((_e416 + 4293918760u) >> 2u), 7u)] = _e418;
        let _e428 = local;
        stack[min(((_e428 + 4293918764u) >> 2u), 7u)] = 256u;
        let _e439 = local_12;
        let _e441 = (_e439 > 255u);
        if _e441 {
            pending = 9u;
        }
        let _e448 = pending;
        if (_e448 == 0u) {
            let _e452 = local_5;
            let _e454 = local_12;
            let _e460 = local_16;
            sums[min((((_e452 + (_e454 << 2u)) + 4294963200u) >> 2u), 255u)] = _e460;
        }
    }
    let _e470 = pending;
    if (_e470 == 0u) {
        workgroupBarrier();
        local_16 = 0f;
        let _e476 = local_12;
        if !((_e476 != 0u)) {
            local_16 = 0f;
            let _e483 = local_8;
            let _e485 = (_e483 >= num_subgroups);
            if !(_e485) {
                let _e491 = local_2;
                local_9 = (_e491 << 2u);
                let _e497 = local_5;
                let _e499 = local_8;
                local_12 = (_e497 + (_e499 << 2u));
                local_16 = 0f;
                loop {
                    let _e508 = local;
                    let _e510 = local_8;
                    stack[min(((_e508 + 4293918760u) >> 2u), 7u)] = _e510;
                    let _e520 = local;
                    stack[min(((_e520 + 4293918764u) >> 2u), 7u)] = 256u;
                    let _e531 = local_8;
                    let _e533 = (_e531 > 255u);
                    if _e533 {
                        pending = 8u;
                        break;
                    }
                    let _e540 = local_16;
                    let _e542 = local_12;
                    let _e551 = sums[min(((_e542 + 4294963200u) >> 2u), 255u)];
                    local_16 = (_e540 + _e551);
                    let _e555 = local_12;
                    let _e557 = local_9;
                    local_12 = (_e555 + _e557);
                    let _e561 = local_8;
                    let _e563 = local_2;
                    local_8 = (_e561 + _e563);
                    let _e567 = local_8;
                    let _e568 = (_e567 < num_subgroups);
                    if _e568 {
                        continue;
                    }
                    break;
                }
            }
            let _e573 = pending;
            if (_e573 == 0u) {
                let _e577 = local_16;
                let _e578 = subgroupAdd(_e577);
                local_16 = _e578;
            }
        }
    }
    let _e581 = pending;
    if (_e581 == 0u) {
        local_8 = local_id.x;
        let _e592 = local_8;
        if !((_e592 != 0u)) {
            let _e597 = local_6;
            let _e599 = local_4;
            let _e600 = (_e597 >= _e599);
            if _e600 {
                pending = 7u;
            }
            let _e607 = pending;
            if (_e607 == 0u) {
                let _e611 = local_3;
                let _e613 = local_6;
                let _e619 = local_16;
                partial[min((((_e611 + (_e613 << 2u)) + 4294963200u) >> 2u), (arrayLength((&partial)) - 1u))] = _e619;
            }
        }
    }
    let _e631 = pending;
    if (_e631 == 0u) {
        let _e635 = local;
        stack_pointer = (_e635 + 32u);
        return;
    }
    let _e640 = pending;
    if (_e640 == 9u) {
        pending = 0u;
    }
    let _e646 = pending;
    if (_e646 == 0u) {
        let _e650 = local;
        let _e653 = vec2<u32>(1u, 0u);
        let _e656 = vec2<u32>(32u, 0u);
        let _e662 = (_e656.x & 31u);
        let _e666 = ((_e656.x & 32u) != 0u);
        let _e667 = (_e653.x << _e662);
        local_22 = vec2<u32>(select(_e667, 0u, _e666), select(((_e653.y << _e662) | ((_e653.x >> 1u) >> (31u - _e662))), _e667, _e666));
        let _e681 = local_22;
        let _e683 = local;
        let _e688 = (_e681 | vec2<u32>((_e683 + 8u), 0u));
        let _e692 = ((_e650 + 4293918776u) >> 2u);
        stack[min(_e692, 7u)] = _e688.x;
        stack[min((_e692 + 1u), 7u)] = _e688.y;
        let _e706 = local;
        let _e708 = local_22;
        let _e710 = local;
        let _e715 = (_e708 | vec2<u32>((_e710 + 12u), 0u));
        let _e719 = ((_e706 + 4293918768u) >> 2u);
        stack[min(_e719, 7u)] = _e715.x;
        stack[min((_e719 + 1u), 7u)] = _e715.y;
        let _e734 = local;
        let _e744 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e744.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 34u);
            atomicStore((&status[8]), 14u);
            atomicStore((&status[9]), 16u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1734505843u);
            atomicStore((&status[12]), 1886744434u);
            atomicStore((&status[13]), 1936862835u);
        }
        return;
    }
    let _e784 = pending;
    if (_e784 == 8u) {
        pending = 0u;
    }
    let _e790 = pending;
    if (_e790 == 0u) {
        let _e794 = local;
        let _e797 = vec2<u32>(1u, 0u);
        let _e800 = vec2<u32>(32u, 0u);
        let _e806 = (_e800.x & 31u);
        let _e810 = ((_e800.x & 32u) != 0u);
        let _e811 = (_e797.x << _e806);
        local_22 = vec2<u32>(select(_e811, 0u, _e810), select(((_e797.y << _e806) | ((_e797.x >> 1u) >> (31u - _e806))), _e811, _e810));
        let _e825 = local_22;
        let _e827 = local;
        let _e832 = (_e825 | vec2<u32>((_e827 + 8u), 0u));
        let _e836 = ((_e794 + 4293918776u) >> 2u);
        stack[min(_e836, 7u)] = _e832.x;
        stack[min((_e836 + 1u), 7u)] = _e832.y;
        let _e850 = local;
        let _e852 = local_22;
        let _e854 = local;
        let _e859 = (_e852 | vec2<u32>((_e854 + 12u), 0u));
        let _e863 = ((_e850 + 4293918768u) >> 2u);
        stack[min(_e863, 7u)] = _e859.x;
        stack[min((_e863 + 1u), 7u)] = _e859.y;
        let _e878 = local;
        let _e888 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
        if _e888.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 44u);
            atomicStore((&status[8]), 23u);
            atomicStore((&status[9]), 16u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1734505843u);
            atomicStore((&status[12]), 1886744434u);
            atomicStore((&status[13]), 1936862835u);
        }
        return;
    }
    let _e928 = pending;
    if (_e928 == 7u) {
        pending = 0u;
    }
    let _e934 = local_6;
    let _e936 = local_4;
    let _e944 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
    if _e944.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 80u);
        atomicStore((&status[8]), 9u);
        atomicStore((&status[9]), 16u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1734505843u);
        atomicStore((&status[12]), 1886744434u);
        atomicStore((&status[13]), 1936862835u);
        atomicStore((&status[50]), _e934);
        atomicStore((&status[51]), _e936);
    }
    return;
}
