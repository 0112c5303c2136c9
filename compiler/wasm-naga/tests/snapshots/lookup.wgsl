@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> input: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> out: array<u32>;

@compute @workgroup_size(256, 1, 1) 
fn lookup(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
        let _e99 = local_1;
        let _e100 = (_e97 >= _e99);
        if _e100 {
            pending = 2u;
        }
        let _e108 = pending;
        if (_e108 == 0u) {
            let _e112 = local_2;
            let _e114 = local_4;
            local_3 = (_e114 << 2u);
            let _e120 = local_3;
            let _e123 = local;
            let _e125 = local_3;
            let _e137 = input[min((((_e123 + _e125) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
            let _e153 = params[min(((((_e137 & 4095u) << 2u) + 692u) >> 2u), (arrayLength((&params)) - 1u))];
            out[min((((_e112 + _e120) + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = _e153;
        }
    }
    let _e165 = pending;
    if (_e165 == 0u) {
        return;
    }
    let _e169 = pending;
    if (_e169 == 2u) {
        pending = 0u;
    }
    let _e175 = local_4;
    let _e177 = local_1;
    let _e185 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e185.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 67u);
        atomicStore((&status[8]), 25u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1969513842u);
        atomicStore((&status[12]), 1915643235u);
        atomicStore((&status[13]), 115u);
        atomicStore((&status[50]), _e175);
        atomicStore((&status[51]), _e177);
    }
    return;
}
