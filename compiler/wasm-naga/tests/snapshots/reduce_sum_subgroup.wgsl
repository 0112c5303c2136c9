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
    if !(_e114) {
        let _e120 = local_1;
        let _e122 = local_6;
        let _e137 = input[min((((_e120 + (_e122 << 2u)) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
        local_12 = _e137;
    }
    let _e140 = local_12;
    let _e141 = subgroupAdd(_e140);
    local_12 = _e141;
    local_6 = subgroup_id;
    local_2 = subgroup_invocation_id;
    local_7 = subgroup_size;
    let _e150 = local_2;
    if !((_e150 != 0u)) {
        let _e155 = local;
        let _e157 = local_6;
        stack[min(((_e155 + 4293918760u) >> 2u), 7u)] = _e157;
        let _e167 = local;
        stack[min(((_e167 + 4293918764u) >> 2u), 7u)] = 256u;
        let _e178 = local_6;
        let _e180 = (_e178 > 255u);
        if _e180 {
            pending = 3u;
        }
        let _e188 = pending;
        if (_e188 == 0u) {
            let _e192 = local_5;
            let _e194 = local_6;
            let _e200 = local_12;
            sums[min((((_e192 + (_e194 << 2u)) + 4294963200u) >> 2u), 255u)] = _e200;
        }
    }
    let _e210 = pending;
    if (_e210 == 0u) {
        workgroupBarrier();
        local_12 = 0f;
        let _e216 = local_6;
        if !((_e216 != 0u)) {
            local_12 = 0f;
            let _e223 = local_2;
            let _e225 = (_e223 >= num_subgroups);
            if !(_e225) {
                let _e231 = local_7;
                local_8 = (_e231 << 2u);
                let _e237 = local_5;
                let _e239 = local_2;
                local_6 = (_e237 + (_e239 << 2u));
                local_12 = 0f;
                loop {
                    let _e248 = local;
                    let _e250 = local_2;
                    stack[min(((_e248 + 4293918760u) >> 2u), 7u)] = _e250;
                    let _e260 = local;
                    stack[min(((_e260 + 4293918764u) >> 2u), 7u)] = 256u;
                    let _e271 = local_2;
                    let _e273 = (_e271 > 255u);
                    if _e273 {
                        pending = 5u;
                        break;
                    }
                    let _e280 = local_12;
                    let _e282 = local_6;
                    let _e291 = sums[min(((_e282 + 4294963200u) >> 2u), 255u)];
                    local_12 = (_e280 + _e291);
                    let _e295 = local_6;
                    let _e297 = local_8;
                    local_6 = (_e295 + _e297);
                    let _e301 = local_2;
                    let _e303 = local_7;
                    local_2 = (_e301 + _e303);
                    let _e307 = local_2;
                    let _e308 = (_e307 < num_subgroups);
                    if _e308 {
                        continue;
                    }
                    break;
                }
            }
            let _e313 = pending;
            if (_e313 == 0u) {
                let _e317 = local_12;
                let _e318 = subgroupAdd(_e317);
                local_12 = _e318;
            }
        }
        let _e321 = pending;
        if (_e321 == 0u) {
            local_6 = workgroup_id.x;
            local_7 = workgroup_id.y;
            local_8 = workgroup_id.z;
            local_9 = num_workgroups.x;
            local_10 = num_workgroups.y;
            local_2 = local_id.x;
            let _e349 = local_2;
            if !((_e349 != 0u)) {
                let _e354 = local_10;
                let _e356 = local_8;
                let _e359 = local_7;
                let _e362 = local_9;
                let _e365 = local_6;
                local_2 = ((((_e354 * _e356) + _e359) * _e362) + _e365);
                let _e369 = local_2;
                let _e371 = local_4;
                let _e372 = (_e369 >= _e371);
                if !(_e372) {
                    let _e378 = local_3;
                    let _e380 = local_2;
                    let _e386 = local_12;
                    partial[min((((_e378 + (_e380 << 2u)) + 4294963200u) >> 2u), (arrayLength((&partial)) - 1u))] = _e386;
                }
            }
            let _e398 = local;
            stack_pointer = (_e398 + 32u);
            return;
        }
        let _e403 = pending;
        if (_e403 == 5u) {
            pending = 0u;
        }
        let _e409 = local;
        let _e412 = vec2<u32>(1u, 0u);
        let _e415 = vec2<u32>(32u, 0u);
        let _e421 = (_e415.x & 31u);
        let _e425 = ((_e415.x & 32u) != 0u);
        let _e426 = (_e412.x << _e421);
        local_13 = vec2<u32>(select(_e426, 0u, _e425), select(((_e412.y << _e421) | ((_e412.x >> 1u) >> (31u - _e421))), _e426, _e425));
        let _e440 = local_13;
        let _e442 = local;
        let _e447 = (_e440 | vec2<u32>((_e442 + 8u), 0u));
        let _e451 = ((_e409 + 4293918776u) >> 2u);
        stack[min(_e451, 7u)] = _e447.x;
        stack[min((_e451 + 1u), 7u)] = _e447.y;
        let _e465 = local;
        let _e467 = local_13;
        let _e469 = local;
        let _e474 = (_e467 | vec2<u32>((_e469 + 12u), 0u));
        let _e478 = ((_e465 + 4293918768u) >> 2u);
        stack[min(_e478, 7u)] = _e474.x;
        stack[min((_e478 + 1u), 7u)] = _e474.y;
        let _e493 = local;
        let _e503 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e503.exchanged {
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
    let _e543 = pending;
    if (_e543 == 3u) {
        pending = 0u;
    }
    let _e549 = local;
    let _e552 = vec2<u32>(1u, 0u);
    let _e555 = vec2<u32>(32u, 0u);
    let _e561 = (_e555.x & 31u);
    let _e565 = ((_e555.x & 32u) != 0u);
    let _e566 = (_e552.x << _e561);
    local_13 = vec2<u32>(select(_e566, 0u, _e565), select(((_e552.y << _e561) | ((_e552.x >> 1u) >> (31u - _e561))), _e566, _e565));
    let _e580 = local_13;
    let _e582 = local;
    let _e587 = (_e580 | vec2<u32>((_e582 + 8u), 0u));
    let _e591 = ((_e549 + 4293918776u) >> 2u);
    stack[min(_e591, 7u)] = _e587.x;
    stack[min((_e591 + 1u), 7u)] = _e587.y;
    let _e605 = local;
    let _e607 = local_13;
    let _e609 = local;
    let _e614 = (_e607 | vec2<u32>((_e609 + 12u), 0u));
    let _e618 = ((_e605 + 4293918768u) >> 2u);
    stack[min(_e618, 7u)] = _e614.x;
    stack[min((_e618 + 1u), 7u)] = _e614.y;
    let _e633 = local;
    let _e643 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e643.exchanged {
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
