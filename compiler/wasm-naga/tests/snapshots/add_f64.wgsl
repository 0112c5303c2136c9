@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> a: array<f64>;
@group(0) @binding(3) 
var<storage> b: array<f64>;
@group(0) @binding(4) 
var<storage, read_write> c: array<f64>;

@compute @workgroup_size(256, 1, 1) 
fn add_f64_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    local = 4096u;
    let _e33 = params[0];
    local_1 = _e33;
    local_2 = 4096u;
    let _e41 = params[2];
    local_3 = _e41;
    local_4 = 4096u;
    let _e49 = params[4];
    local_5 = _e49;
    local_6 = workgroup_id.x;
    local_7 = 256u;
    local_8 = local_id.x;
    local_9 = workgroup_id.y;
    local_10 = 1u;
    local_11 = local_id.y;
    let _e76 = local_8;
    let _e78 = local_7;
    let _e80 = local_6;
    let _e86 = local_11;
    let _e88 = local_10;
    let _e90 = local_9;
    local_6 = ((_e76 + (_e78 * _e80)) + ((num_workgroups.x * (_e86 + (_e88 * _e90))) * 256u));
    let _e100 = local_6;
    let _e102 = local_5;
    let _e103 = (_e100 >= _e102);
    if !(_e103) {
        let _e109 = local_6;
        let _e111 = local_1;
        let _e112 = (_e109 >= _e111);
        if _e112 {
            pending = 3u;
        }
        let _e120 = pending;
        if (_e120 == 0u) {
            let _e124 = local_6;
            let _e126 = local_3;
            let _e127 = (_e124 >= _e126);
            if _e127 {
                pending = 2u;
            }
        }
        let _e134 = pending;
        if (_e134 == 0u) {
            let _e138 = local_4;
            let _e140 = local_6;
            local_6 = (_e140 << 3u);
            let _e146 = local_6;
            let _e149 = local;
            let _e151 = local_6;
            let _e163 = a[min((((_e149 + _e151) + 4294963200u) >> 3u), (arrayLength((&a)) - 1u))];
            let _e165 = local_2;
            let _e167 = local_6;
            let _e179 = b[min((((_e165 + _e167) + 4294963200u) >> 3u), (arrayLength((&b)) - 1u))];
            c[min((((_e138 + _e146) + 4294963200u) >> 3u), (arrayLength((&c)) - 1u))] = (_e163 + _e179);
        }
    }
    let _e192 = pending;
    if (_e192 == 0u) {
        return;
    }
    let _e196 = pending;
    if (_e196 == 3u) {
        pending = 0u;
    }
    let _e202 = pending;
    if (_e202 == 0u) {
        let _e206 = local_6;
        let _e208 = local_1;
        let _e216 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e216.exchanged {
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
            atomicStore((&status[50]), _e206);
            atomicStore((&status[51]), _e208);
        }
        return;
    }
    let _e260 = pending;
    if (_e260 == 2u) {
        pending = 0u;
    }
    let _e266 = local_6;
    let _e268 = local_3;
    let _e276 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e276.exchanged {
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
        atomicStore((&status[50]), _e266);
        atomicStore((&status[51]), _e268);
    }
    return;
}
