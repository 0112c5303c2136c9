@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> a: array<f32>;
@group(0) @binding(3) 
var<storage> b: array<f32>;
@group(0) @binding(4) 
var<storage, read_write> c: array<f32>;

@compute @workgroup_size(16, 16, 1) 
fn matmul_naive(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_12: u32;
    var local_13: u32;
    var local_14: f32;
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
    local_12 = 0u;
    local_13 = 0u;
    local_14 = 0f;
    let _e36 = params[0];
    local = _e36;
    local_1 = 4096u;
    let _e44 = params[2];
    local_2 = _e44;
    local_3 = 4096u;
    let _e52 = params[4];
    local_4 = _e52;
    local_5 = 4096u;
    let _e60 = params[6];
    local_6 = _e60;
    local_7 = workgroup_id.x;
    local_8 = 16u;
    local_9 = local_id.x;
    local_10 = workgroup_id.y;
    local_11 = 16u;
    local_12 = local_id.y;
    loop {
        loop {
            loop {
                loop {
                    let _e87 = local_9;
                    let _e89 = local_8;
                    let _e91 = local_7;
                    local_13 = (_e87 + (_e89 * _e91));
                    let _e96 = local_13;
                    let _e98 = local;
                    if (select(0u, 1u, (_e96 >= _e98)) != 0u) {
                        break;
                    }
                    let _e106 = local_11;
                    let _e108 = local_10;
                    let _e111 = local_12;
                    local_7 = ((_e106 * _e108) + _e111);
                    let _e115 = local_7;
                    let _e117 = local;
                    if (select(0u, 1u, (_e115 >= _e117)) != 0u) {
                        break;
                    }
                    let _e125 = local;
                    local_12 = (_e125 << (2u & 31u));
                    let _e132 = local_3;
                    let _e134 = local_13;
                    local_9 = (_e132 + (_e134 << (2u & 31u)));
                    let _e142 = local_1;
                    let _e144 = local_7;
                    let _e146 = local;
                    local_3 = (_e144 * _e146);
                    let _e150 = local_3;
                    local_10 = (_e142 + (_e150 << (2u & 31u)));
                    local_14 = 0f;
                    let _e160 = local;
                    local_11 = _e160;
                    let _e163 = local_3;
                    local_7 = _e163;
                    let _e166 = local_13;
                    local_8 = _e166;
                    loop {
                        let _e169 = local_7;
                        let _e171 = local_2;
                        if (select(0u, 1u, (_e169 >= _e171)) != 0u) {
                            pending = 3u;
                            break;
                        }
                        let _e182 = local_8;
                        let _e184 = local_4;
                        if (select(0u, 1u, (_e182 >= _e184)) != 0u) {
                            pending = 2u;
                            break;
                        }
                        let _e194 = local_7;
                        local_7 = (_e194 + 1u);
                        let _e199 = local_8;
                        let _e201 = local;
                        local_8 = (_e199 + _e201);
                        let _e205 = local_14;
                        let _e207 = local_10;
                        let _e214 = a[((_e207 + 4294963200u) >> 2u)];
                        let _e218 = local_9;
                        let _e225 = b[((_e218 + 4294963200u) >> 2u)];
                        local_14 = (_e205 + (bitcast<f32>(bitcast<u32>(_e214)) * bitcast<f32>(bitcast<u32>(_e225))));
                        let _e232 = local_10;
                        local_10 = (_e232 + 4u);
                        let _e237 = local_9;
                        let _e239 = local_12;
                        local_9 = (_e237 + _e239);
                        let _e243 = local_11;
                        local_11 = (_e243 + 4294967295u);
                        let _e248 = local_11;
                        if (_e248 != 0u) {
                            continue;
                        }
                        break;
                    }
                    let _e252 = pending;
                    if (_e252 == 5u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e252 != 0u) {
                            break;
                        }
                    }
                    let _e260 = local_3;
                    let _e262 = local_13;
                    local_7 = (_e260 + _e262);
                    let _e266 = local_7;
                    let _e268 = local_6;
                    if (select(0u, 1u, (_e266 >= _e268)) != 0u) {
                        pending = 4u;
                        break;
                    }
                    let _e278 = local_5;
                    let _e280 = local_7;
                    let _e287 = local_14;
                    c[(((_e278 + (_e280 << (2u & 31u))) + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e287));
                    break;
                }
                let _e297 = pending;
                if (_e297 == 4u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e297 != 0u) {
                        break;
                    }
                }
                return;
                break;
            }
            let _e305 = pending;
            if (_e305 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e305 != 0u) {
                    break;
                }
            }
            let _e323 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e323.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 158u);
                atomicStore((&status[8]), 9u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e360 = pending;
        if (_e360 == 2u) {
            pending = 0u;
            break;
        }
        let _e368 = local_2;
        let _e370 = local_3;
        let _e372 = local_2;
        let _e374 = local_3;
        let _e391 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
        if _e391.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 156u);
            atomicStore((&status[8]), 20u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e438 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
    if _e438.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 156u);
        atomicStore((&status[8]), 37u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
