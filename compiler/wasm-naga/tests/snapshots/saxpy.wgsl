@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> x: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> y: array<f32>;

@compute @workgroup_size(256, 1, 1) 
fn saxpy(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: f32;
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
    var pending: u32 = 0u;

    local = 0f;
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
    let _e28 = params[0];
    local = bitcast<f32>(_e28);
    local_1 = 4096u;
    let _e37 = params[2];
    local_2 = _e37;
    local_3 = 4096u;
    let _e45 = params[4];
    local_4 = _e45;
    local_5 = workgroup_id.x;
    local_6 = 256u;
    local_7 = local_id.x;
    local_8 = workgroup_id.y;
    local_9 = 1u;
    local_10 = local_id.y;
    let _e72 = local_7;
    let _e74 = local_6;
    let _e76 = local_5;
    let _e82 = local_10;
    let _e84 = local_9;
    let _e86 = local_8;
    local_5 = ((_e72 + (_e74 * _e76)) + ((num_workgroups.x * (_e82 + (_e84 * _e86))) * 256u));
    let _e96 = local_5;
    let _e98 = local_4;
    let _e99 = (_e96 >= _e98);
    if !(_e99) {
        let _e105 = local_5;
        let _e107 = local_2;
        let _e108 = (_e105 >= _e107);
        if _e108 {
            pending = 2u;
        }
        let _e116 = pending;
        if (_e116 == 0u) {
            let _e120 = local_3;
            let _e122 = local_5;
            local_4 = (_e122 << 2u);
            let _e128 = local_4;
            local_5 = (_e120 + _e128);
            let _e132 = local_5;
            let _e134 = local;
            let _e136 = local_1;
            let _e138 = local_4;
            let _e150 = x[min((((_e136 + _e138) + 4294963200u) >> 2u), (arrayLength((&x)) - 1u))];
            let _e153 = local_5;
            let _e164 = y[min(((_e153 + 4294963200u) >> 2u), (arrayLength((&y)) - 1u))];
            y[min(((_e132 + 4294963200u) >> 2u), (arrayLength((&y)) - 1u))] = ((_e134 * _e150) + _e164);
        }
    }
    let _e177 = pending;
    if (_e177 == 0u) {
        return;
    }
    let _e181 = pending;
    if (_e181 == 2u) {
        pending = 0u;
    }
    let _e187 = local_5;
    let _e189 = local_2;
    let _e197 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e197.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 29u);
        atomicStore((&status[8]), 20u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
        atomicStore((&status[50]), _e187);
        atomicStore((&status[51]), _e189);
    }
    return;
}
