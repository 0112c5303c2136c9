@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> c: array<f64>;
@group(0) @binding(3) 
var<storage, read_write> b: array<f64>;

@compute @workgroup_size(256, 1, 1) 
fn mul_f64_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: f64;
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

    local = 0.0lf;
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
    let _e31 = params[1];
    local = bitcast<f64>((u64(_e28) | (u64(_e31) << 32u)));
    local_1 = 4096u;
    let _e45 = params[2];
    local_2 = _e45;
    local_3 = 4096u;
    let _e53 = params[4];
    local_4 = _e53;
    local_5 = workgroup_id.x;
    local_6 = 256u;
    local_7 = local_id.x;
    local_8 = workgroup_id.y;
    local_9 = 1u;
    local_10 = local_id.y;
    let _e80 = local_7;
    let _e82 = local_6;
    let _e84 = local_5;
    let _e90 = local_10;
    let _e92 = local_9;
    let _e94 = local_8;
    local_5 = ((_e80 + (_e82 * _e84)) + ((num_workgroups.x * (_e90 + (_e92 * _e94))) * 256u));
    let _e104 = local_5;
    let _e106 = local_4;
    let _e107 = (_e104 >= _e106);
    if !(_e107) {
        let _e113 = local_5;
        let _e115 = local_2;
        let _e116 = (_e113 >= _e115);
        if _e116 {
            pending = 2u;
        }
        let _e124 = pending;
        if (_e124 == 0u) {
            let _e128 = local_3;
            let _e130 = local_5;
            local_4 = (_e130 << 3u);
            let _e136 = local_4;
            let _e139 = local;
            let _e141 = local_1;
            let _e143 = local_4;
            let _e155 = c[min((((_e141 + _e143) + 4294963200u) >> 3u), (arrayLength((&c)) - 1u))];
            b[min((((_e128 + _e136) + 4294963200u) >> 3u), (arrayLength((&b)) - 1u))] = (_e139 * _e155);
        }
    }
    let _e168 = pending;
    if (_e168 == 0u) {
        return;
    }
    let _e172 = pending;
    if (_e172 == 2u) {
        pending = 0u;
    }
    let _e178 = local_5;
    let _e180 = local_2;
    let _e188 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e188.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 68u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1701999731u);
        atomicStore((&status[12]), 1915645281u);
        atomicStore((&status[13]), 115u);
        atomicStore((&status[50]), _e178);
        atomicStore((&status[51]), _e180);
    }
    return;
}
