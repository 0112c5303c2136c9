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
    var local_13: u64;
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
    local_13 = 0lu;
    let _e32 = stack_pointer;
    local = (_e32 - 32u);
    let _e37 = local;
    stack_pointer = _e37;
    local_1 = 4096u;
    let _e45 = params[0];
    local_2 = _e45;
    local_3 = 4096u;
    let _e53 = params[2];
    local_4 = _e53;
    local_5 = 4096u;
    local_6 = workgroup_id.x;
    local_7 = 256u;
    local_8 = local_id.x;
    local_9 = workgroup_id.y;
    local_10 = 1u;
    local_11 = local_id.y;
    local_12 = 0f;
    loop {
        let _e85 = local_8;
        let _e87 = local_7;
        let _e89 = local_6;
        let _e95 = local_11;
        let _e97 = local_10;
        let _e99 = local_9;
        local_6 = ((_e85 + (_e87 * _e89)) + ((num_workgroups.x * (_e95 + (_e97 * _e99))) * 256u));
        let _e109 = local_6;
        let _e111 = local_2;
        let _e112 = (_e109 >= _e111);
        if _e112 {
            break;
        }
        let _e117 = local_1;
        let _e119 = local_6;
        let _e130 = input[(((_e117 + (_e119 << 2u)) + 4294963200u) >> 2u)];
        local_12 = _e130;
        break;
    }
    let _e133 = local_12;
    let _e134 = subgroupAdd(_e133);
    local_12 = _e134;
    local_6 = subgroup_id;
    local_2 = subgroup_invocation_id;
    local_7 = subgroup_size;
    loop {
        loop {
            let _e143 = local_2;
            if (_e143 != 0u) {
                break;
            }
            let _e147 = local;
            let _e149 = local_6;
            stack[((_e147 + 4293918760u) >> 2u)] = _e149;
            let _e157 = local;
            stack[((_e157 + 4293918764u) >> 2u)] = 256u;
            let _e166 = local_6;
            let _e168 = (_e166 > 255u);
            if _e168 {
                pending = 3u;
                break;
            }
            let _e176 = local_5;
            let _e178 = local_6;
            let _e184 = local_12;
            sums[(((_e176 + (_e178 << 2u)) + 4294963200u) >> 2u)] = _e184;
            break;
        }
        let _e192 = pending;
        if (_e192 == 3u) {
            pending = 0u;
            break;
        }
        workgroupBarrier();
        local_12 = 0f;
        loop {
            loop {
                loop {
                    let _e202 = local_6;
                    if (_e202 != 0u) {
                        break;
                    }
                    local_12 = 0f;
                    loop {
                        let _e208 = local_2;
                        let _e210 = (_e208 >= num_subgroups);
                        if _e210 {
                            break;
                        }
                        let _e215 = local_7;
                        local_8 = (_e215 << 2u);
                        let _e221 = local_5;
                        let _e223 = local_2;
                        local_6 = (_e221 + (_e223 << 2u));
                        local_12 = 0f;
                        loop {
                            let _e232 = local;
                            let _e234 = local_2;
                            stack[((_e232 + 4293918760u) >> 2u)] = _e234;
                            let _e242 = local;
                            stack[((_e242 + 4293918764u) >> 2u)] = 256u;
                            let _e251 = local_2;
                            let _e253 = (_e251 > 255u);
                            if _e253 {
                                pending = 6u;
                                break;
                            }
                            let _e260 = local_12;
                            let _e262 = local_6;
                            let _e269 = sums[((_e262 + 4294963200u) >> 2u)];
                            local_12 = (_e260 + _e269);
                            let _e273 = local_6;
                            let _e275 = local_8;
                            local_6 = (_e273 + _e275);
                            let _e279 = local_2;
                            let _e281 = local_7;
                            local_2 = (_e279 + _e281);
                            let _e285 = local_2;
                            let _e286 = (_e285 < num_subgroups);
                            if _e286 {
                                continue;
                            }
                            break;
                        }
                        let _e291 = pending;
                        if (_e291 == 8u) {
                            pending = 0u;
                            break;
                        } else {
                            if (_e291 != 0u) {
                                break;
                            }
                        }
                        break;
                    }
                    let _e299 = pending;
                    if (_e299 == 7u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e299 != 0u) {
                            break;
                        }
                    }
                    let _e307 = local_12;
                    let _e308 = subgroupAdd(_e307);
                    local_12 = _e308;
                    break;
                }
                let _e311 = pending;
                if (_e311 == 6u) {
                    pending = 0u;
                    break;
                }
                local_2 = local_id.x;
                loop {
                    let _e326 = local_2;
                    if (_e326 != 0u) {
                        break;
                    }
                    local_2 = workgroup_id.x;
                    let _e337 = local_2;
                    let _e339 = local_4;
                    let _e340 = (_e337 >= _e339);
                    if _e340 {
                        pending = 5u;
                        break;
                    }
                    let _e347 = local_3;
                    let _e349 = local_2;
                    let _e355 = local_12;
                    partial[(((_e347 + (_e349 << 2u)) + 4294963200u) >> 2u)] = _e355;
                    break;
                }
                let _e363 = pending;
                if (_e363 == 6u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e363 != 0u) {
                        break;
                    }
                }
                let _e371 = local;
                stack_pointer = (_e371 + 32u);
                return;
                break;
            }
            let _e376 = pending;
            if (_e376 == 5u) {
                pending = 0u;
                break;
            }
            let _e384 = local;
            local_13 = (u64(1u) << 32u);
            let _e392 = local_13;
            let _e394 = local;
            let _e398 = (_e392 | u64((_e394 + 8u)));
            let _e402 = ((_e384 + 4293918776u) >> 2u);
            stack[_e402] = u32(_e398);
            stack[(_e402 + 1u)] = u32((_e398 >> 32u));
            let _e414 = local;
            let _e416 = local_13;
            let _e418 = local;
            let _e422 = (_e416 | u64((_e418 + 12u)));
            let _e426 = ((_e414 + 4293918768u) >> 2u);
            stack[_e426] = u32(_e422);
            stack[(_e426 + 1u)] = u32((_e422 >> 32u));
            let _e439 = local;
            let _e449 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e449.exchanged {
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
        let _e496 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
        if _e496.exchanged {
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
    let _e533 = local;
    local_13 = (u64(1u) << 32u);
    let _e541 = local_13;
    let _e543 = local;
    let _e547 = (_e541 | u64((_e543 + 8u)));
    let _e551 = ((_e533 + 4293918776u) >> 2u);
    stack[_e551] = u32(_e547);
    stack[(_e551 + 1u)] = u32((_e547 >> 32u));
    let _e563 = local;
    let _e565 = local_13;
    let _e567 = local;
    let _e571 = (_e565 | u64((_e567 + 12u)));
    let _e575 = ((_e563 + 4293918768u) >> 2u);
    stack[_e575] = u32(_e571);
    stack[(_e575 + 1u)] = u32((_e571 >> 32u));
    let _e588 = local;
    let _e598 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
    if _e598.exchanged {
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
