enable subgroups;
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
var<private> runtime_zero: u32 = 0u;

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
            let _e185 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e185.exchanged {
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
        }
        let _e222 = local_5;
        let _e224 = local_6;
        let _e230 = local_12;
        sums[(((_e222 + (_e224 << 2u)) + 4294963200u) >> 2u)] = _e230;
    }
    workgroupBarrier();
    local_12 = 0f;
    let _e240 = local_6;
    if !((_e240 != 0u)) {
        local_12 = 0f;
        let _e247 = local_2;
        let _e249 = (_e247 >= num_subgroups);
        if !(_e249) {
            let _e255 = local_7;
            local_8 = (_e255 << 2u);
            let _e261 = local_5;
            let _e263 = local_2;
            local_6 = (_e261 + (_e263 << 2u));
            local_12 = 0f;
            loop {
                let _e272 = local;
                let _e274 = local_2;
                stack[((_e272 + 4293918760u) >> 2u)] = _e274;
                let _e282 = local;
                stack[((_e282 + 4293918764u) >> 2u)] = 256u;
                let _e291 = local_2;
                let _e293 = (_e291 > 255u);
                if _e293 {
                    let _e306 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                    if _e306.exchanged {
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
                }
                let _e343 = local_12;
                let _e345 = local_6;
                let _e352 = sums[((_e345 + 4294963200u) >> 2u)];
                local_12 = (_e343 + _e352);
                let _e356 = local_6;
                let _e358 = local_8;
                local_6 = (_e356 + _e358);
                let _e362 = local_2;
                let _e364 = local_7;
                local_2 = (_e362 + _e364);
                let _e368 = local_2;
                let _e369 = (_e368 < num_subgroups);
                if _e369 {
                    continue;
                }
                break;
                continuing {
                    let _e374 = runtime_zero;
                    break if (_e374 != 0u);
                }
            }
        }
        let _e378 = local_12;
        let _e379 = subgroupAdd(_e378);
        local_12 = _e379;
    }
    local_6 = workgroup_id.x;
    local_7 = workgroup_id.y;
    local_8 = workgroup_id.z;
    local_9 = num_workgroups.x;
    local_10 = num_workgroups.y;
    local_2 = local_id.x;
    let _e406 = local_2;
    if !((_e406 != 0u)) {
        let _e411 = local_10;
        let _e413 = local_8;
        let _e416 = local_7;
        let _e419 = local_9;
        let _e422 = local_6;
        local_2 = ((((_e411 * _e413) + _e416) * _e419) + _e422);
        let _e426 = local_2;
        let _e428 = local_4;
        let _e429 = (_e426 >= _e428);
        if !(_e429) {
            let _e435 = local_3;
            let _e437 = local_2;
            let _e443 = local_12;
            partial[(((_e435 + (_e437 << 2u)) + 4294963200u) >> 2u)] = _e443;
        }
    }
    let _e451 = local;
    stack_pointer = (_e451 + 32u);
    return;
}
