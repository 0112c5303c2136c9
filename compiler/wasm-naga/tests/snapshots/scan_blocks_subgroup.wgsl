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
    local_15 = 0u;
    local_16 = vec2<u32>(0u, 0u);
    let _e40 = stack_pointer;
    local = (_e40 - 32u);
    let _e45 = local;
    stack_pointer = _e45;
    local_1 = 0u;
    local_2 = 4096u;
    let _e55 = params[0];
    local_3 = _e55;
    local_4 = 4096u;
    let _e63 = params[2];
    local_5 = _e63;
    local_6 = 4096u;
    let _e71 = params[4];
    local_7 = _e71;
    local_8 = 4096u;
    local_9 = workgroup_id.x;
    local_10 = 256u;
    local_11 = local_id.x;
    local_12 = workgroup_id.y;
    local_13 = 1u;
    local_14 = local_id.y;
    let _e101 = local_11;
    let _e103 = local_10;
    let _e105 = local_9;
    let _e111 = local_14;
    let _e113 = local_13;
    let _e115 = local_12;
    local_15 = ((_e101 + (_e103 * _e105)) + ((num_workgroups.x * (_e111 + (_e113 * _e115))) * 256u));
    let _e125 = local_15;
    let _e127 = local_3;
    let _e128 = (_e125 >= _e127);
    if !(_e128) {
        let _e134 = local_2;
        let _e136 = local_15;
        let _e151 = input[min((((_e134 + (_e136 << 2u)) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
        local_1 = _e151;
    }
    let _e154 = local_1;
    let _e155 = subgroupInclusiveAdd(_e154);
    local_2 = _e155;
    local_1 = subgroup_id;
    local_11 = subgroup_invocation_id;
    let _e162 = local_11;
    local_12 = subgroup_size;
    let _e166 = local_12;
    local_13 = (_e166 + 4294967295u);
    let _e171 = local_13;
    let _e172 = (_e162 != _e171);
    if !(_e172) {
        let _e178 = local;
        let _e180 = local_1;
        stack[min(((_e178 + 4293918760u) >> 2u), 7u)] = _e180;
        let _e190 = local;
        stack[min(((_e190 + 4293918764u) >> 2u), 7u)] = 256u;
        let _e201 = local_1;
        let _e203 = (_e201 > 255u);
        if !(_e203) {
            let _e209 = local_8;
            let _e211 = local_1;
            let _e217 = local_2;
            totals[min((((_e209 + (_e211 << 2u)) + 4294963200u) >> 2u), 255u)] = _e217;
            pending = 3u;
        }
        let _e230 = pending;
        if (_e230 == 0u) {
            let _e234 = local;
            let _e237 = vec2<u32>(1u, 0u);
            let _e240 = vec2<u32>(32u, 0u);
            let _e246 = (_e240.x & 31u);
            let _e250 = ((_e240.x & 32u) != 0u);
            let _e251 = (_e237.x << _e246);
            local_16 = vec2<u32>(select(_e251, 0u, _e250), select(((_e237.y << _e246) | ((_e237.x >> 1u) >> (31u - _e246))), _e251, _e250));
            let _e265 = local_16;
            let _e267 = local;
            let _e272 = (_e265 | vec2<u32>((_e267 + 8u), 0u));
            let _e276 = ((_e234 + 4293918776u) >> 2u);
            stack[min(_e276, 7u)] = _e272.x;
            stack[min((_e276 + 1u), 7u)] = _e272.y;
            let _e290 = local;
            let _e292 = local_16;
            let _e294 = local;
            let _e299 = (_e292 | vec2<u32>((_e294 + 12u), 0u));
            let _e303 = ((_e290 + 4293918768u) >> 2u);
            stack[min(_e303, 7u)] = _e299.x;
            stack[min((_e303 + 1u), 7u)] = _e299.y;
            let _e318 = local;
            let _e328 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e328.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 507u);
                atomicStore((&status[8]), 16u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e365 = pending;
    if (_e365 == 3u) {
        pending = 0u;
    }
    workgroupBarrier();
    let _e371 = local_1;
    let _e373 = (_e371 == 0u);
    if !(_e373) {
        workgroupBarrier();
        let _e379 = local;
        let _e381 = local_1;
        local_1 = (_e381 + 4294967295u);
        let _e386 = local_1;
        stack[min(((_e379 + 4293918760u) >> 2u), 7u)] = _e386;
        let _e396 = local;
        stack[min(((_e396 + 4293918764u) >> 2u), 7u)] = 256u;
        let _e407 = local_1;
        let _e409 = (_e407 > 255u);
        if _e409 {
            pending = 6u;
        }
        let _e416 = pending;
        if (_e416 == 0u) {
            let _e420 = local_8;
            let _e422 = local_1;
            let _e435 = totals[min((((_e420 + (_e422 << 2u)) + 4294963200u) >> 2u), 255u)];
            local_1 = _e435;
            pending = 5u;
        }
    }
    let _e440 = pending;
    if (_e440 == 0u) {
        local_3 = num_subgroups;
        let _e446 = local_3;
        let _e448 = (_e446 == 0u);
        if !(_e448) {
            let _e454 = local_12;
            local_14 = (_e454 << 2u);
            let _e460 = local_8;
            let _e462 = local_11;
            local_8 = (_e460 + (_e462 << 2u));
            local_1 = 0u;
            local_9 = 0u;
            loop {
                let _e473 = local_11;
                let _e475 = local_1;
                local_10 = (_e473 + _e475);
                let _e479 = local_10;
                let _e481 = local_3;
                let _e482 = (_e479 < _e481);
                if !(_e482) {
                    let _e488 = subgroupInclusiveAdd(0u);
                    let _e490 = local_9;
                    local_9 = (_e488 + _e490);
                    pending = 10u;
                }
                let _e496 = pending;
                if (_e496 == 0u) {
                    let _e500 = local;
                    let _e502 = local_10;
                    stack[min(((_e500 + 4293918760u) >> 2u), 7u)] = _e502;
                    let _e512 = local;
                    stack[min(((_e512 + 4293918764u) >> 2u), 7u)] = 256u;
                    let _e523 = local_10;
                    let _e525 = (_e523 > 255u);
                    if !(_e525) {
                        let _e531 = local_8;
                        let _e533 = local_8;
                        let _e542 = totals[min(((_e533 + 4294963200u) >> 2u), 255u)];
                        let _e543 = subgroupInclusiveAdd(_e542);
                        let _e545 = local_9;
                        local_9 = (_e543 + _e545);
                        let _e549 = local_9;
                        totals[min(((_e531 + 4294963200u) >> 2u), 255u)] = _e549;
                        pending = 10u;
                    }
                }
                let _e561 = pending;
                if (_e561 == 0u) {
                    let _e565 = local;
                    let _e568 = vec2<u32>(1u, 0u);
                    let _e571 = vec2<u32>(32u, 0u);
                    let _e577 = (_e571.x & 31u);
                    let _e581 = ((_e571.x & 32u) != 0u);
                    let _e582 = (_e568.x << _e577);
                    local_16 = vec2<u32>(select(_e582, 0u, _e581), select(((_e568.y << _e577) | ((_e568.x >> 1u) >> (31u - _e577))), _e582, _e581));
                    let _e596 = local_16;
                    let _e598 = local;
                    let _e603 = (_e596 | vec2<u32>((_e598 + 8u), 0u));
                    let _e607 = ((_e565 + 4293918776u) >> 2u);
                    stack[min(_e607, 7u)] = _e603.x;
                    stack[min((_e607 + 1u), 7u)] = _e603.y;
                    let _e621 = local;
                    let _e623 = local_16;
                    let _e625 = local;
                    let _e630 = (_e623 | vec2<u32>((_e625 + 12u), 0u));
                    let _e634 = ((_e621 + 4293918768u) >> 2u);
                    stack[min(_e634, 7u)] = _e630.x;
                    stack[min((_e634 + 1u), 7u)] = _e630.y;
                    let _e649 = local;
                    let _e659 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                    if _e659.exchanged {
                        atomicStore((&status[1]), local_id.x);
                        atomicStore((&status[2]), local_id.y);
                        atomicStore((&status[3]), local_id.z);
                        atomicStore((&status[4]), workgroup_id.x);
                        atomicStore((&status[5]), workgroup_id.y);
                        atomicStore((&status[6]), workgroup_id.z);
                        atomicStore((&status[7]), 517u);
                        atomicStore((&status[8]), 43u);
                        atomicStore((&status[9]), 10u);
                        atomicStore((&status[10]), 795046515u);
                        atomicStore((&status[11]), 778201452u);
                        atomicStore((&status[12]), 29554u);
                    }
                    return;
                }
                let _e696 = pending;
                if (_e696 == 10u) {
                    pending = 0u;
                }
                let _e702 = local_8;
                let _e704 = local_14;
                local_8 = (_e702 + _e704);
                let _e708 = local_9;
                let _e710 = local_13;
                let _e711 = subgroupShuffle(_e708, _e710);
                local_9 = _e711;
                let _e714 = local_1;
                let _e716 = local_12;
                local_1 = (_e714 + _e716);
                let _e720 = local_1;
                let _e722 = local_3;
                let _e723 = (_e720 < _e722);
                if _e723 {
                    continue;
                }
                break;
            }
        }
        workgroupBarrier();
        local_1 = 0u;
        pending = 5u;
    }
    let _e732 = pending;
    if (_e732 == 6u) {
        pending = 0u;
    }
    let _e738 = pending;
    if (_e738 == 0u) {
        let _e742 = local;
        let _e745 = vec2<u32>(1u, 0u);
        let _e748 = vec2<u32>(32u, 0u);
        let _e754 = (_e748.x & 31u);
        let _e758 = ((_e748.x & 32u) != 0u);
        let _e759 = (_e745.x << _e754);
        local_16 = vec2<u32>(select(_e759, 0u, _e758), select(((_e745.y << _e754) | ((_e745.x >> 1u) >> (31u - _e754))), _e759, _e758));
        let _e773 = local_16;
        let _e775 = local;
        let _e780 = (_e773 | vec2<u32>((_e775 + 8u), 0u));
        let _e784 = ((_e742 + 4293918776u) >> 2u);
        stack[min(_e784, 7u)] = _e780.x;
        stack[min((_e784 + 1u), 7u)] = _e780.y;
        let _e798 = local;
        let _e800 = local_16;
        let _e802 = local;
        let _e807 = (_e800 | vec2<u32>((_e802 + 12u), 0u));
        let _e811 = ((_e798 + 4293918768u) >> 2u);
        stack[min(_e811, 7u)] = _e807.x;
        stack[min((_e811 + 1u), 7u)] = _e807.y;
        let _e826 = local;
        let _e836 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
        if _e836.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 527u);
            atomicStore((&status[8]), 37u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e873 = pending;
    if (_e873 == 5u) {
        pending = 0u;
    }
    let _e879 = local_1;
    let _e881 = local_2;
    local_8 = (_e879 + _e881);
    let _e885 = local_15;
    let _e887 = local_5;
    let _e888 = (_e885 >= _e887);
    if !(_e888) {
        let _e894 = local_4;
        let _e896 = local_15;
        let _e902 = local_8;
        output[min((((_e894 + (_e896 << 2u)) + 4294963200u) >> 2u), (arrayLength((&output)) - 1u))] = _e902;
    }
    local_1 = local_id.x;
    let _e921 = local_1;
    let _e923 = (_e921 != 255u);
    if !(_e923) {
        local_1 = workgroup_id.x;
        local_3 = workgroup_id.y;
        local_9 = workgroup_id.z;
        local_10 = num_workgroups.x;
        local_11 = num_workgroups.y;
        let _e946 = local_1;
        let _e948 = local_10;
        let _e950 = local_3;
        let _e952 = local_11;
        let _e954 = local_9;
        local_1 = (_e946 + (_e948 * (_e950 + (_e952 * _e954))));
        let _e961 = local_1;
        let _e963 = local_7;
        let _e964 = (_e961 >= _e963);
        if !(_e964) {
            let _e970 = local_6;
            let _e972 = local_1;
            let _e978 = local_8;
            sums[min((((_e970 + (_e972 << 2u)) + 4294963200u) >> 2u), (arrayLength((&sums)) - 1u))] = _e978;
        }
    }
    let _e990 = local;
    stack_pointer = (_e990 + 32u);
}
