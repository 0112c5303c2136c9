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
                atomicStore((&status[7]), 96u);
                atomicStore((&status[8]), 16u);
                atomicStore((&status[9]), 16u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 1734505843u);
                atomicStore((&status[12]), 1886744434u);
                atomicStore((&status[13]), 1936862835u);
            }
            return;
        }
    }
    let _e368 = pending;
    if (_e368 == 3u) {
        pending = 0u;
    }
    workgroupBarrier();
    let _e374 = local_1;
    let _e376 = (_e374 == 0u);
    if !(_e376) {
        workgroupBarrier();
        let _e382 = local;
        let _e384 = local_1;
        local_1 = (_e384 + 4294967295u);
        let _e389 = local_1;
        stack[min(((_e382 + 4293918760u) >> 2u), 7u)] = _e389;
        let _e399 = local;
        stack[min(((_e399 + 4293918764u) >> 2u), 7u)] = 256u;
        let _e410 = local_1;
        let _e412 = (_e410 > 255u);
        if _e412 {
            pending = 6u;
        }
        let _e419 = pending;
        if (_e419 == 0u) {
            let _e423 = local_8;
            let _e425 = local_1;
            let _e438 = totals[min((((_e423 + (_e425 << 2u)) + 4294963200u) >> 2u), 255u)];
            local_1 = _e438;
            pending = 5u;
        }
    }
    let _e443 = pending;
    if (_e443 == 0u) {
        local_3 = num_subgroups;
        let _e449 = local_3;
        let _e451 = (_e449 == 0u);
        if !(_e451) {
            let _e457 = local_12;
            local_14 = (_e457 << 2u);
            let _e463 = local_8;
            let _e465 = local_11;
            local_8 = (_e463 + (_e465 << 2u));
            local_1 = 0u;
            local_9 = 0u;
            loop {
                let _e476 = local_11;
                let _e478 = local_1;
                local_10 = (_e476 + _e478);
                let _e482 = local_10;
                let _e484 = local_3;
                let _e485 = (_e482 < _e484);
                if !(_e485) {
                    let _e491 = subgroupInclusiveAdd(0u);
                    let _e493 = local_9;
                    local_9 = (_e491 + _e493);
                    pending = 10u;
                }
                let _e499 = pending;
                if (_e499 == 0u) {
                    let _e503 = local;
                    let _e505 = local_10;
                    stack[min(((_e503 + 4293918760u) >> 2u), 7u)] = _e505;
                    let _e515 = local;
                    stack[min(((_e515 + 4293918764u) >> 2u), 7u)] = 256u;
                    let _e526 = local_10;
                    let _e528 = (_e526 > 255u);
                    if !(_e528) {
                        let _e534 = local_8;
                        let _e536 = local_8;
                        let _e545 = totals[min(((_e536 + 4294963200u) >> 2u), 255u)];
                        let _e546 = subgroupInclusiveAdd(_e545);
                        let _e548 = local_9;
                        local_9 = (_e546 + _e548);
                        let _e552 = local_9;
                        totals[min(((_e534 + 4294963200u) >> 2u), 255u)] = _e552;
                        pending = 10u;
                    }
                }
                let _e564 = pending;
                if (_e564 == 0u) {
                    let _e568 = local;
                    let _e571 = vec2<u32>(1u, 0u);
                    let _e574 = vec2<u32>(32u, 0u);
                    let _e580 = (_e574.x & 31u);
                    let _e584 = ((_e574.x & 32u) != 0u);
                    let _e585 = (_e571.x << _e580);
                    local_16 = vec2<u32>(select(_e585, 0u, _e584), select(((_e571.y << _e580) | ((_e571.x >> 1u) >> (31u - _e580))), _e585, _e584));
                    let _e599 = local_16;
                    let _e601 = local;
                    let _e606 = (_e599 | vec2<u32>((_e601 + 8u), 0u));
                    let _e610 = ((_e568 + 4293918776u) >> 2u);
                    stack[min(_e610, 7u)] = _e606.x;
                    stack[min((_e610 + 1u), 7u)] = _e606.y;
                    let _e624 = local;
                    let _e626 = local_16;
                    let _e628 = local;
                    let _e633 = (_e626 | vec2<u32>((_e628 + 12u), 0u));
                    let _e637 = ((_e624 + 4293918768u) >> 2u);
                    stack[min(_e637, 7u)] = _e633.x;
                    stack[min((_e637 + 1u), 7u)] = _e633.y;
                    let _e652 = local;
                    let _e662 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                    if _e662.exchanged {
                        atomicStore((&status[1]), local_id.x);
                        atomicStore((&status[2]), local_id.y);
                        atomicStore((&status[3]), local_id.z);
                        atomicStore((&status[4]), workgroup_id.x);
                        atomicStore((&status[5]), workgroup_id.y);
                        atomicStore((&status[6]), workgroup_id.z);
                        atomicStore((&status[7]), 106u);
                        atomicStore((&status[8]), 43u);
                        atomicStore((&status[9]), 16u);
                        atomicStore((&status[10]), 795046515u);
                        atomicStore((&status[11]), 1734505843u);
                        atomicStore((&status[12]), 1886744434u);
                        atomicStore((&status[13]), 1936862835u);
                    }
                    return;
                }
                let _e702 = pending;
                if (_e702 == 10u) {
                    pending = 0u;
                }
                let _e708 = local_8;
                let _e710 = local_14;
                local_8 = (_e708 + _e710);
                let _e714 = local_9;
                let _e716 = local_13;
                let _e717 = subgroupShuffle(_e714, _e716);
                local_9 = _e717;
                let _e720 = local_1;
                let _e722 = local_12;
                local_1 = (_e720 + _e722);
                let _e726 = local_1;
                let _e728 = local_3;
                let _e729 = (_e726 < _e728);
                if _e729 {
                    continue;
                }
                break;
            }
        }
        workgroupBarrier();
        local_1 = 0u;
        pending = 5u;
    }
    let _e738 = pending;
    if (_e738 == 6u) {
        pending = 0u;
    }
    let _e744 = pending;
    if (_e744 == 0u) {
        let _e748 = local;
        let _e751 = vec2<u32>(1u, 0u);
        let _e754 = vec2<u32>(32u, 0u);
        let _e760 = (_e754.x & 31u);
        let _e764 = ((_e754.x & 32u) != 0u);
        let _e765 = (_e751.x << _e760);
        local_16 = vec2<u32>(select(_e765, 0u, _e764), select(((_e751.y << _e760) | ((_e751.x >> 1u) >> (31u - _e760))), _e765, _e764));
        let _e779 = local_16;
        let _e781 = local;
        let _e786 = (_e779 | vec2<u32>((_e781 + 8u), 0u));
        let _e790 = ((_e748 + 4293918776u) >> 2u);
        stack[min(_e790, 7u)] = _e786.x;
        stack[min((_e790 + 1u), 7u)] = _e786.y;
        let _e804 = local;
        let _e806 = local_16;
        let _e808 = local;
        let _e813 = (_e806 | vec2<u32>((_e808 + 12u), 0u));
        let _e817 = ((_e804 + 4293918768u) >> 2u);
        stack[min(_e817, 7u)] = _e813.x;
        stack[min((_e817 + 1u), 7u)] = _e813.y;
        let _e832 = local;
        let _e842 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
        if _e842.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 116u);
            atomicStore((&status[8]), 37u);
            atomicStore((&status[9]), 16u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1734505843u);
            atomicStore((&status[12]), 1886744434u);
            atomicStore((&status[13]), 1936862835u);
        }
        return;
    }
    let _e882 = pending;
    if (_e882 == 5u) {
        pending = 0u;
    }
    let _e888 = local_1;
    let _e890 = local_2;
    local_8 = (_e888 + _e890);
    let _e894 = local_15;
    let _e896 = local_5;
    let _e897 = (_e894 >= _e896);
    if !(_e897) {
        let _e903 = local_4;
        let _e905 = local_15;
        let _e911 = local_8;
        output[min((((_e903 + (_e905 << 2u)) + 4294963200u) >> 2u), (arrayLength((&output)) - 1u))] = _e911;
    }
    local_1 = local_id.x;
    let _e930 = local_1;
    let _e932 = (_e930 != 255u);
    if !(_e932) {
        local_1 = workgroup_id.x;
        local_3 = workgroup_id.y;
        local_9 = workgroup_id.z;
        local_10 = num_workgroups.x;
        local_11 = num_workgroups.y;
        let _e955 = local_1;
        let _e957 = local_10;
        let _e959 = local_3;
        let _e961 = local_11;
        let _e963 = local_9;
        local_1 = (_e955 + (_e957 * (_e959 + (_e961 * _e963))));
        let _e970 = local_1;
        let _e972 = local_7;
        let _e973 = (_e970 >= _e972);
        if !(_e973) {
            let _e979 = local_6;
            let _e981 = local_1;
            let _e987 = local_8;
            sums[min((((_e979 + (_e981 << 2u)) + 4294963200u) >> 2u), (arrayLength((&sums)) - 1u))] = _e987;
        }
    }
    let _e999 = local;
    stack_pointer = (_e999 + 32u);
}
