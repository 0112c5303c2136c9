@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> b: array<f64>;
@group(0) @binding(3) 
var<storage> c: array<f64>;
@group(0) @binding(4) 
var<storage, read_write> a: array<f64>;

@compute @workgroup_size(256, 1, 1) 
fn triad_f64_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_11: u32;
    var local_12: u32;
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
    local_11 = 0u;
    local_12 = 0u;
    let _e32 = params[0];
    let _e35 = params[1];
    local = bitcast<f64>((u64(_e32) | (u64(_e35) << 32u)));
    local_1 = 4096u;
    let _e49 = params[2];
    local_2 = _e49;
    local_3 = 4096u;
    let _e57 = params[4];
    local_4 = _e57;
    local_5 = 4096u;
    let _e65 = params[6];
    local_6 = _e65;
    local_7 = workgroup_id.x;
    local_8 = 256u;
    local_9 = local_id.x;
    local_10 = workgroup_id.y;
    local_11 = 1u;
    local_12 = local_id.y;
    let _e92 = local_9;
    let _e94 = local_8;
    let _e96 = local_7;
    let _e102 = local_12;
    let _e104 = local_11;
    let _e106 = local_10;
    local_7 = ((_e92 + (_e94 * _e96)) + ((num_workgroups.x * (_e102 + (_e104 * _e106))) * 256u));
    let _e116 = local_7;
    let _e118 = local_6;
    let _e119 = (_e116 >= _e118);
    if !(_e119) {
        let _e125 = local_7;
        let _e127 = local_2;
        let _e128 = (_e125 >= _e127);
        if _e128 {
            pending = 3u;
        }
        let _e136 = pending;
        if (_e136 == 0u) {
            let _e140 = local_7;
            let _e142 = local_4;
            let _e143 = (_e140 >= _e142);
            if _e143 {
                pending = 2u;
            }
        }
        let _e150 = pending;
        if (_e150 == 0u) {
            let _e154 = local_5;
            let _e156 = local_7;
            local_7 = (_e156 << 3u);
            let _e162 = local_7;
            let _e165 = local_1;
            let _e167 = local_7;
            let _e179 = b[min((((_e165 + _e167) + 4294963200u) >> 3u), (arrayLength((&b)) - 1u))];
            let _e181 = local;
            let _e183 = local_3;
            let _e185 = local_7;
            let _e197 = c[min((((_e183 + _e185) + 4294963200u) >> 3u), (arrayLength((&c)) - 1u))];
            a[min((((_e154 + _e162) + 4294963200u) >> 3u), (arrayLength((&a)) - 1u))] = (_e179 + (_e181 * _e197));
        }
    }
    let _e211 = pending;
    if (_e211 == 0u) {
        return;
    }
    let _e215 = pending;
    if (_e215 == 3u) {
        pending = 0u;
    }
    let _e221 = pending;
    if (_e221 == 0u) {
        let _e225 = local_7;
        let _e227 = local_2;
        let _e235 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e235.exchanged {
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
            atomicStore((&status[50]), _e225);
            atomicStore((&status[51]), _e227);
        }
        return;
    }
    let _e279 = pending;
    if (_e279 == 2u) {
        pending = 0u;
    }
    let _e285 = local_7;
    let _e287 = local_4;
    let _e295 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e295.exchanged {
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
        atomicStore((&status[50]), _e285);
        atomicStore((&status[51]), _e287);
    }
    return;
}
