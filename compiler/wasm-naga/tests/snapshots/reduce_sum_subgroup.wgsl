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
        let _e133 = input[(((_e120 + (_e122 << 2u)) + 4294963200u) >> 2u)];
        local_12 = _e133;
    }
    let _e136 = local_12;
    let _e137 = subgroupAdd(_e136);
    local_12 = _e137;
    local_6 = subgroup_id;
    local_2 = subgroup_invocation_id;
    local_7 = subgroup_size;
    let _e146 = local_2;
    if !((_e146 != 0u)) {
        let _e151 = local;
        let _e153 = local_6;
        stack[((_e151 + 4293918760u) >> 2u)] = _e153;
        let _e161 = local;
        stack[((_e161 + 4293918764u) >> 2u)] = 256u;
        let _e170 = local_6;
        let _e172 = (_e170 > 255u);
        if _e172 {
            pending = 3u;
        }
        let _e180 = pending;
        if (_e180 == 0u) {
            let _e184 = local_5;
            let _e186 = local_6;
            let _e192 = local_12;
            sums[(((_e184 + (_e186 << 2u)) + 4294963200u) >> 2u)] = _e192;
        }
    }
    let _e200 = pending;
    if (_e200 == 0u) {
        workgroupBarrier();
        local_12 = 0f;
        let _e206 = local_6;
        if !((_e206 != 0u)) {
            local_12 = 0f;
            let _e213 = local_2;
            let _e215 = (_e213 >= num_subgroups);
            if !(_e215) {
                let _e221 = local_7;
                local_8 = (_e221 << 2u);
                let _e227 = local_5;
                let _e229 = local_2;
                local_6 = (_e227 + (_e229 << 2u));
                local_12 = 0f;
                loop {
                    let _e238 = local;
                    let _e240 = local_2;
                    stack[((_e238 + 4293918760u) >> 2u)] = _e240;
                    let _e248 = local;
                    stack[((_e248 + 4293918764u) >> 2u)] = 256u;
                    let _e257 = local_2;
                    let _e259 = (_e257 > 255u);
                    if _e259 {
                        pending = 5u;
                        break;
                    }
                    let _e266 = local_12;
                    let _e268 = local_6;
                    let _e275 = sums[((_e268 + 4294963200u) >> 2u)];
                    local_12 = (_e266 + _e275);
                    let _e279 = local_6;
                    let _e281 = local_8;
                    local_6 = (_e279 + _e281);
                    let _e285 = local_2;
                    let _e287 = local_7;
                    local_2 = (_e285 + _e287);
                    let _e291 = local_2;
                    let _e292 = (_e291 < num_subgroups);
                    if _e292 {
                        continue;
                    }
                    break;
                }
            }
            let _e297 = pending;
            if (_e297 == 0u) {
                let _e301 = local_12;
                let _e302 = subgroupAdd(_e301);
                local_12 = _e302;
            }
        }
        let _e305 = pending;
        if (_e305 == 0u) {
            local_6 = workgroup_id.x;
            local_7 = workgroup_id.y;
            local_8 = workgroup_id.z;
            local_9 = num_workgroups.x;
            local_10 = num_workgroups.y;
            local_2 = local_id.x;
            let _e333 = local_2;
            if !((_e333 != 0u)) {
                let _e338 = local_10;
                let _e340 = local_8;
                let _e343 = local_7;
                let _e346 = local_9;
                let _e349 = local_6;
                local_2 = ((((_e338 * _e340) + _e343) * _e346) + _e349);
                let _e353 = local_2;
                let _e355 = local_4;
                let _e356 = (_e353 >= _e355);
                if !(_e356) {
                    let _e362 = local_3;
                    let _e364 = local_2;
                    let _e370 = local_12;
                    partial[(((_e362 + (_e364 << 2u)) + 4294963200u) >> 2u)] = _e370;
                }
            }
            let _e378 = local;
            stack_pointer = (_e378 + 32u);
            return;
        }
        let _e383 = pending;
        if (_e383 == 5u) {
            pending = 0u;
        }
        let _e389 = local;
        let _e392 = vec2<u32>(1u, 0u);
        let _e395 = vec2<u32>(32u, 0u);
        let _e401 = (_e395.x & 31u);
        let _e405 = ((_e395.x & 32u) != 0u);
        let _e406 = (_e392.x << _e401);
        local_13 = vec2<u32>(select(_e406, 0u, _e405), select(((_e392.y << _e401) | ((_e392.x >> 1u) >> (31u - _e401))), _e406, _e405));
        let _e420 = local_13;
        let _e422 = local;
        let _e427 = (_e420 | vec2<u32>((_e422 + 8u), 0u));
        let _e431 = ((_e389 + 4293918776u) >> 2u);
        stack[_e431] = _e427.x;
        stack[(_e431 + 1u)] = _e427.y;
        let _e441 = local;
        let _e443 = local_13;
        let _e445 = local;
        let _e450 = (_e443 | vec2<u32>((_e445 + 12u), 0u));
        let _e454 = ((_e441 + 4293918768u) >> 2u);
        stack[_e454] = _e450.x;
        stack[(_e454 + 1u)] = _e450.y;
        let _e465 = local;
        let _e475 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e475.exchanged {
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
    let _e512 = pending;
    if (_e512 == 3u) {
        pending = 0u;
    }
    let _e518 = local;
    let _e521 = vec2<u32>(1u, 0u);
    let _e524 = vec2<u32>(32u, 0u);
    let _e530 = (_e524.x & 31u);
    let _e534 = ((_e524.x & 32u) != 0u);
    let _e535 = (_e521.x << _e530);
    local_13 = vec2<u32>(select(_e535, 0u, _e534), select(((_e521.y << _e530) | ((_e521.x >> 1u) >> (31u - _e530))), _e535, _e534));
    let _e549 = local_13;
    let _e551 = local;
    let _e556 = (_e549 | vec2<u32>((_e551 + 8u), 0u));
    let _e560 = ((_e518 + 4293918776u) >> 2u);
    stack[_e560] = _e556.x;
    stack[(_e560 + 1u)] = _e556.y;
    let _e570 = local;
    let _e572 = local_13;
    let _e574 = local;
    let _e579 = (_e572 | vec2<u32>((_e574 + 12u), 0u));
    let _e583 = ((_e570 + 4293918768u) >> 2u);
    stack[_e583] = _e579.x;
    stack[(_e583 + 1u)] = _e579.y;
    let _e594 = local;
    let _e604 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e604.exchanged {
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
