@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> offsets: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> output: array<u32>;

@compute @workgroup_size(256, 1, 1) 
fn scan_add(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    local = 4096u;
    let _e29 = params[0];
    local_1 = _e29;
    local_2 = 4096u;
    let _e37 = params[2];
    local_3 = _e37;
    local_4 = workgroup_id.x;
    local_5 = 256u;
    local_6 = local_id.x;
    local_7 = workgroup_id.y;
    local_8 = 1u;
    local_9 = local_id.y;
    let _e64 = local_6;
    let _e66 = local_5;
    let _e68 = local_4;
    let _e74 = local_9;
    let _e76 = local_8;
    let _e78 = local_7;
    local_4 = ((_e64 + (_e66 * _e68)) + ((num_workgroups.x * (_e74 + (_e76 * _e78))) * 256u));
    let _e88 = local_4;
    let _e90 = local_3;
    let _e91 = (_e88 >= _e90);
    if !(_e91) {
        let _e97 = local_4;
        local_3 = (_e97 >> 8u);
        let _e103 = local_3;
        let _e105 = (_e103 == 0u);
        if !(_e105) {
            let _e111 = local_3;
            local_3 = (_e111 + 4294967295u);
            let _e116 = local_3;
            let _e118 = local_1;
            let _e119 = (_e116 >= _e118);
            if _e119 {
                pending = 2u;
            }
            let _e127 = pending;
            if (_e127 == 0u) {
                let _e131 = local_2;
                let _e133 = local_4;
                local_4 = (_e131 + (_e133 << 2u));
                let _e140 = local_4;
                let _e142 = local;
                let _e144 = local_3;
                let _e159 = offsets[min((((_e142 + (_e144 << 2u)) + 4294963200u) >> 2u), (arrayLength((&offsets)) - 1u))];
                let _e161 = local_4;
                let _e172 = output[min(((_e161 + 4294963200u) >> 2u), (arrayLength((&output)) - 1u))];
                output[min(((_e140 + 4294963200u) >> 2u), (arrayLength((&output)) - 1u))] = (_e159 + _e172);
            }
        }
    }
    let _e185 = pending;
    if (_e185 == 0u) {
        return;
    }
    let _e189 = pending;
    if (_e189 == 2u) {
        pending = 0u;
    }
    let _e195 = local_3;
    let _e197 = local_1;
    let _e205 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e205.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 56u);
        atomicStore((&status[8]), 44u);
        atomicStore((&status[9]), 11u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1953656691u);
        atomicStore((&status[12]), 7565870u);
        atomicStore((&status[50]), _e195);
        atomicStore((&status[51]), _e197);
    }
    return;
}
