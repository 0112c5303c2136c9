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
            let _e193 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e193.exchanged {
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
        }
        let _e233 = local_5;
        let _e235 = local_6;
        let _e241 = local_12;
        sums[min((((_e233 + (_e235 << 2u)) + 4294963200u) >> 2u), 255u)] = _e241;
    }
    workgroupBarrier();
    local_12 = 0f;
    let _e253 = local_6;
    if !((_e253 != 0u)) {
        local_12 = 0f;
        let _e260 = local_2;
        let _e262 = (_e260 >= num_subgroups);
        if !(_e262) {
            let _e268 = local_7;
            local_8 = (_e268 << 2u);
            let _e274 = local_5;
            let _e276 = local_2;
            local_6 = (_e274 + (_e276 << 2u));
            local_12 = 0f;
            loop {
                let _e285 = local;
                let _e287 = local_2;
                stack[min(((_e285 + 4293918760u) >> 2u), 7u)] = _e287;
                let _e297 = local;
                stack[min(((_e297 + 4293918764u) >> 2u), 7u)] = 256u;
                let _e308 = local_2;
                let _e310 = (_e308 > 255u);
                if _e310 {
                    let _e323 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                    if _e323.exchanged {
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
                }
                let _e363 = local_12;
                let _e365 = local_6;
                let _e374 = sums[min(((_e365 + 4294963200u) >> 2u), 255u)];
                local_12 = (_e363 + _e374);
                let _e378 = local_6;
                let _e380 = local_8;
                local_6 = (_e378 + _e380);
                let _e384 = local_2;
                let _e386 = local_7;
                local_2 = (_e384 + _e386);
                let _e390 = local_2;
                let _e391 = (_e390 < num_subgroups);
                if _e391 {
                    continue;
                }
                break;
                continuing {
                    let _e396 = runtime_zero;
                    break if (_e396 != 0u);
                }
            }
        }
        let _e400 = local_12;
        let _e401 = subgroupAdd(_e400);
        local_12 = _e401;
    }
    local_6 = workgroup_id.x;
    local_7 = workgroup_id.y;
    local_8 = workgroup_id.z;
    local_9 = num_workgroups.x;
    local_10 = num_workgroups.y;
    local_2 = local_id.x;
    let _e428 = local_2;
    if !((_e428 != 0u)) {
        let _e433 = local_10;
        let _e435 = local_8;
        let _e438 = local_7;
        let _e441 = local_9;
        let _e444 = local_6;
        local_2 = ((((_e433 * _e435) + _e438) * _e441) + _e444);
        let _e448 = local_2;
        let _e450 = local_4;
        let _e451 = (_e448 >= _e450);
        if !(_e451) {
            let _e457 = local_3;
            let _e459 = local_2;
            let _e465 = local_12;
            partial[min((((_e457 + (_e459 << 2u)) + 4294963200u) >> 2u), (arrayLength((&partial)) - 1u))] = _e465;
        }
    }
    let _e477 = local;
    stack_pointer = (_e477 + 32u);
    return;
}
