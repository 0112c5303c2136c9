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
fn reduce_sum_subgroup(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>, @builtin(subgroup_id) subgroup_id: u32, @builtin(subgroup_invocation_id) subgroup_invocation_id: u32, @builtin(subgroup_size) subgroup_size: u32, @builtin(num_subgroups) num_subgroups: u32) {
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
    var local_12: f32;
    var local_13: vec2<u32>;
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
    local_12 = 0f;
    local_13 = vec2<u32>(0u, 0u);
    let _e34 = stack_pointer;
    local = (_e34 - 32u);
    let _e39 = local;
    stack_pointer = _e39;
    local_1 = 4096u;
    let _e47 = params[0];
    local_2 = _e47;
    local_3 = 4096u;
    let _e55 = params[2];
    local_4 = _e55;
    local_5 = 4096u;
    local_6 = workgroup_id.x;
    local_7 = 256u;
    local_8 = local_id.x;
    local_9 = workgroup_id.y;
    local_10 = 1u;
    local_11 = local_id.y;
    local_12 = 0f;
    loop {
        let _e87 = local_8;
        let _e89 = local_7;
        let _e91 = local_6;
        let _e97 = local_11;
        let _e99 = local_10;
        let _e101 = local_9;
        local_6 = ((_e87 + (_e89 * _e91)) + ((num_workgroups.x * (_e97 + (_e99 * _e101))) * 256u));
        let _e111 = local_6;
        let _e113 = local_2;
        let _e114 = (_e111 >= _e113);
        if _e114 {
            break;
        }
        let _e119 = local_1;
        let _e121 = local_6;
        let _e132 = input[(((_e119 + (_e121 << 2u)) + 4294963200u) >> 2u)];
        local_12 = _e132;
        break;
    }
    let _e135 = local_12;
    let _e136 = subgroupAdd(_e135);
    local_12 = _e136;
    local_6 = subgroup_id;
    local_2 = subgroup_invocation_id;
    local_7 = subgroup_size;
    loop {
        loop {
            let _e145 = local_2;
            if (_e145 != 0u) {
                break;
            }
            let _e149 = local;
            let _e151 = local_6;
            stack[((_e149 + 4293918760u) >> 2u)] = _e151;
            let _e159 = local;
            stack[((_e159 + 4293918764u) >> 2u)] = 256u;
            let _e168 = local_6;
            let _e170 = (_e168 > 255u);
            if _e170 {
                pending = 3u;
                break;
            }
            let _e178 = local_5;
            let _e180 = local_6;
            let _e186 = local_12;
            sums[(((_e178 + (_e180 << 2u)) + 4294963200u) >> 2u)] = _e186;
            break;
        }
        let _e194 = pending;
        if (_e194 == 3u) {
            pending = 0u;
            break;
        }
        workgroupBarrier();
        local_12 = 0f;
        loop {
            loop {
                loop {
                    let _e204 = local_6;
                    if (_e204 != 0u) {
                        break;
                    }
                    local_12 = 0f;
                    loop {
                        let _e210 = local_2;
                        let _e212 = (_e210 >= num_subgroups);
                        if _e212 {
                            break;
                        }
                        let _e217 = local_7;
                        local_8 = (_e217 << 2u);
                        let _e223 = local_5;
                        let _e225 = local_2;
                        local_6 = (_e223 + (_e225 << 2u));
                        local_12 = 0f;
                        loop {
                            let _e234 = local;
                            let _e236 = local_2;
                            stack[((_e234 + 4293918760u) >> 2u)] = _e236;
                            let _e244 = local;
                            stack[((_e244 + 4293918764u) >> 2u)] = 256u;
                            let _e253 = local_2;
                            let _e255 = (_e253 > 255u);
                            if _e255 {
                                pending = 6u;
                                break;
                            }
                            let _e262 = local_12;
                            let _e264 = local_6;
                            let _e271 = sums[((_e264 + 4294963200u) >> 2u)];
                            local_12 = (_e262 + _e271);
                            let _e275 = local_6;
                            let _e277 = local_8;
                            local_6 = (_e275 + _e277);
                            let _e281 = local_2;
                            let _e283 = local_7;
                            local_2 = (_e281 + _e283);
                            let _e287 = local_2;
                            let _e288 = (_e287 < num_subgroups);
                            if _e288 {
                                continue;
                            }
                            break;
                        }
                        let _e293 = pending;
                        if (_e293 == 8u) {
                            pending = 0u;
                            break;
                        } else {
                            if (_e293 != 0u) {
                                break;
                            }
                        }
                        break;
                    }
                    let _e301 = pending;
                    if (_e301 == 7u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e301 != 0u) {
                            break;
                        }
                    }
                    let _e309 = local_12;
                    let _e310 = subgroupAdd(_e309);
                    local_12 = _e310;
                    break;
                }
                let _e313 = pending;
                if (_e313 == 6u) {
                    pending = 0u;
                    break;
                }
                local_2 = local_id.x;
                loop {
                    let _e328 = local_2;
                    if (_e328 != 0u) {
                        break;
                    }
                    local_2 = workgroup_id.x;
                    let _e339 = local_2;
                    let _e341 = local_4;
                    let _e342 = (_e339 >= _e341);
                    if _e342 {
                        pending = 5u;
                        break;
                    }
                    let _e349 = local_3;
                    let _e351 = local_2;
                    let _e357 = local_12;
                    partial[(((_e349 + (_e351 << 2u)) + 4294963200u) >> 2u)] = _e357;
                    break;
                }
                let _e365 = pending;
                if (_e365 == 6u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e365 != 0u) {
                        break;
                    }
                }
                let _e373 = local;
                stack_pointer = (_e373 + 32u);
                return;
                break;
            }
            let _e378 = pending;
            if (_e378 == 5u) {
                pending = 0u;
                break;
            }
            let _e386 = local;
            let _e389 = vec2<u32>(1u, 0u);
            let _e392 = vec2<u32>(32u, 0u);
            let _e398 = (_e392.x & 31u);
            let _e402 = ((_e392.x & 32u) != 0u);
            let _e403 = (_e389.x << _e398);
            local_13 = vec2<u32>(select(_e403, 0u, _e402), select(((_e389.y << _e398) | ((_e389.x >> 1u) >> (31u - _e398))), _e403, _e402));
            let _e417 = local_13;
            let _e419 = local;
            let _e424 = (_e417 | vec2<u32>((_e419 + 8u), 0u));
            let _e428 = ((_e386 + 4293918776u) >> 2u);
            stack[_e428] = _e424.x;
            stack[(_e428 + 1u)] = _e424.y;
            let _e438 = local;
            let _e440 = local_13;
            let _e442 = local;
            let _e447 = (_e440 | vec2<u32>((_e442 + 12u), 0u));
            let _e451 = ((_e438 + 4293918768u) >> 2u);
            stack[_e451] = _e447.x;
            stack[(_e451 + 1u)] = _e447.y;
            let _e462 = local;
            let _e472 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e472.exchanged {
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
            break;
        }
        let _e519 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
        if _e519.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 344u);
            atomicStore((&status[8]), 9u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e556 = local;
    let _e559 = vec2<u32>(1u, 0u);
    let _e562 = vec2<u32>(32u, 0u);
    let _e568 = (_e562.x & 31u);
    let _e572 = ((_e562.x & 32u) != 0u);
    let _e573 = (_e559.x << _e568);
    local_13 = vec2<u32>(select(_e573, 0u, _e572), select(((_e559.y << _e568) | ((_e559.x >> 1u) >> (31u - _e568))), _e573, _e572));
    let _e587 = local_13;
    let _e589 = local;
    let _e594 = (_e587 | vec2<u32>((_e589 + 8u), 0u));
    let _e598 = ((_e556 + 4293918776u) >> 2u);
    stack[_e598] = _e594.x;
    stack[(_e598 + 1u)] = _e594.y;
    let _e608 = local;
    let _e610 = local_13;
    let _e612 = local;
    let _e617 = (_e610 | vec2<u32>((_e612 + 12u), 0u));
    let _e621 = ((_e608 + 4293918768u) >> 2u);
    stack[_e621] = _e617.x;
    stack[(_e621 + 1u)] = _e617.y;
    let _e632 = local;
    let _e642 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
    if _e642.exchanged {
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
}
