@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> b: array<u32>;
@group(0) @binding(3) 
var<storage> c: array<u32>;
@group(0) @binding(4) 
var<storage, read_write> a: array<u32>;

@compute @workgroup_size(256, 1, 1) 
fn triad_f32x4_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
            local_8 = (_e148 << 4u);
            let _e154 = local_8;
            local_7 = (_e146 + _e154);
            let _e158 = local_7;
            let _e160 = local_1;
            let _e162 = local_8;
            local_6 = (_e160 + _e162);
            let _e166 = local_6;
            let _e177 = b[min(((_e166 + 4294963212u) >> 2u), (arrayLength((&b)) - 1u))];
            let _e180 = local;
            let _e182 = local_3;
            let _e184 = local_8;
            local_8 = (_e182 + _e184);
            let _e188 = local_8;
            let _e199 = c[min(((_e188 + 4294963212u) >> 2u), (arrayLength((&c)) - 1u))];
            a[min(((_e158 + 4294963212u) >> 2u), (arrayLength((&a)) - 1u))] = bitcast<u32>((bitcast<f32>(_e177) + (_e180 * bitcast<f32>(_e199))));
            let _e215 = local_7;
            let _e217 = local_6;
            let _e228 = b[min(((_e217 + 4294963208u) >> 2u), (arrayLength((&b)) - 1u))];
            let _e231 = local;
            let _e233 = local_8;
            let _e244 = c[min(((_e233 + 4294963208u) >> 2u), (arrayLength((&c)) - 1u))];
            a[min(((_e215 + 4294963208u) >> 2u), (arrayLength((&a)) - 1u))] = bitcast<u32>((bitcast<f32>(_e228) + (_e231 * bitcast<f32>(_e244))));
            let _e260 = local_7;
            let _e262 = local_6;
            let _e273 = b[min(((_e262 + 4294963204u) >> 2u), (arrayLength((&b)) - 1u))];
            let _e276 = local;
            let _e278 = local_8;
            let _e289 = c[min(((_e278 + 4294963204u) >> 2u), (arrayLength((&c)) - 1u))];
            a[min(((_e260 + 4294963204u) >> 2u), (arrayLength((&a)) - 1u))] = bitcast<u32>((bitcast<f32>(_e273) + (_e276 * bitcast<f32>(_e289))));
            let _e305 = local_7;
            let _e307 = local_6;
            let _e318 = b[min(((_e307 + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
            let _e321 = local;
            let _e323 = local_8;
            let _e334 = c[min(((_e323 + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))];
            a[min(((_e305 + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))] = bitcast<u32>((bitcast<f32>(_e318) + (_e321 * bitcast<f32>(_e334))));
        }
    }
    let _e350 = pending;
    if (_e350 == 0u) {
        return;
    }
    let _e354 = pending;
    if (_e354 == 3u) {
        pending = 0u;
    }
    let _e360 = pending;
    if (_e360 == 0u) {
        let _e364 = local_7;
        let _e366 = local_2;
        let _e374 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e374.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 101u);
            atomicStore((&status[8]), 23u);
            atomicStore((&status[9]), 13u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1701999731u);
            atomicStore((&status[12]), 1915645281u);
            atomicStore((&status[13]), 115u);
            atomicStore((&status[50]), _e364);
            atomicStore((&status[51]), _e366);
        }
        return;
    }
    let _e418 = pending;
    if (_e418 == 2u) {
        pending = 0u;
    }
    let _e424 = local_7;
    let _e426 = local_4;
    let _e434 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e434.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 101u);
        atomicStore((&status[8]), 29u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1701999731u);
        atomicStore((&status[12]), 1915645281u);
        atomicStore((&status[13]), 115u);
        atomicStore((&status[50]), _e424);
        atomicStore((&status[51]), _e426);
    }
    return;
}
