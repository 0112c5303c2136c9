@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> b: array<f32>;
@group(0) @binding(3) 
var<storage> c: array<f32>;
@group(0) @binding(4) 
var<storage, read_write> a: array<f32>;

@compute @workgroup_size(256, 1, 1) 
fn triad_f32_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_11: u32;
    var local_12: u32;
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
    local_11 = 0u;
    local_12 = 0u;
    let _e32 = params[0];
    local = bitcast<f32>(_e32);
    local_1 = 4096u;
    let _e41 = params[2];
    local_2 = _e41;
    local_3 = 4096u;
    let _e49 = params[4];
    local_4 = _e49;
    local_5 = 4096u;
    let _e57 = params[6];
    local_6 = _e57;
    local_7 = workgroup_id.x;
    local_8 = 256u;
    local_9 = local_id.x;
    local_10 = workgroup_id.y;
    local_11 = 1u;
    local_12 = local_id.y;
    let _e84 = local_9;
    let _e86 = local_8;
    let _e88 = local_7;
    let _e94 = local_12;
    let _e96 = local_11;
    let _e98 = local_10;
    local_7 = ((_e84 + (_e86 * _e88)) + ((num_workgroups.x * (_e94 + (_e96 * _e98))) * 256u));
    let _e108 = local_7;
    let _e110 = local_6;
    let _e111 = (_e108 >= _e110);
    if !(_e111) {
        let _e117 = local_7;
        let _e119 = local_2;
        let _e120 = (_e117 >= _e119);
        if _e120 {
            pending = 3u;
        }
        let _e128 = pending;
        if (_e128 == 0u) {
            let _e132 = local_7;
            let _e134 = local_4;
            let _e135 = (_e132 >= _e134);
            if _e135 {
                pending = 2u;
            }
        }
        let _e142 = pending;
        if (_e142 == 0u) {
            let _e146 = local_5;
            let _e148 = local_7;
            local_7 = (_e148 << 2u);
            let _e154 = local_7;
            let _e157 = local_1;
            let _e159 = local_7;
            let _e171 = b[min((((_e157 + _e159) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
            let _e173 = local;
            let _e175 = local_3;
            let _e177 = local_7;
            let _e189 = c[min((((_e175 + _e177) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))];
            a[min((((_e146 + _e154) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))] = (_e171 + (_e173 * _e189));
        }
    }
    let _e203 = pending;
    if (_e203 == 0u) {
        return;
    }
    let _e207 = pending;
    if (_e207 == 3u) {
        pending = 0u;
    }
    let _e213 = pending;
    if (_e213 == 0u) {
        let _e217 = local_7;
        let _e219 = local_2;
        let _e227 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e227.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 67u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 13u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1701999731u);
            atomicStore((&status[12]), 1915645281u);
            atomicStore((&status[13]), 115u);
            atomicStore((&status[50]), _e217);
            atomicStore((&status[51]), _e219);
        }
        return;
    }
    let _e271 = pending;
    if (_e271 == 2u) {
        pending = 0u;
    }
    let _e277 = local_7;
    let _e279 = local_4;
    let _e287 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e287.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 67u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1701999731u);
        atomicStore((&status[12]), 1915645281u);
        atomicStore((&status[13]), 115u);
        atomicStore((&status[50]), _e277);
        atomicStore((&status[51]), _e279);
    }
    return;
}
