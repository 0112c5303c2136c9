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
                    let _e99 = (_e96 >= _e98);
                    if _e99 {
                        break;
                    }
                    let _e104 = local_11;
                    let _e106 = local_10;
                    let _e109 = local_12;
                    local_7 = ((_e104 * _e106) + _e109);
                    let _e113 = local_7;
                    let _e115 = local;
                    let _e116 = (_e113 >= _e115);
                    if _e116 {
                        break;
                    }
                    let _e121 = local;
                    local_12 = (_e121 << 2u);
                    let _e127 = local_3;
                    let _e129 = local_13;
                    local_9 = (_e127 + (_e129 << 2u));
                    let _e136 = local_1;
                    let _e138 = local_7;
                    let _e140 = local;
                    local_3 = (_e138 * _e140);
                    let _e144 = local_3;
                    local_10 = (_e136 + (_e144 << 2u));
                    local_14 = 0f;
                    let _e153 = local;
                    local_11 = _e153;
                    let _e156 = local_3;
                    local_7 = _e156;
                    let _e159 = local_13;
                    local_8 = _e159;
                    loop {
                        let _e162 = local_7;
                        let _e164 = local_2;
                        let _e165 = (_e162 >= _e164);
                        if _e165 {
                            pending = 3u;
                            break;
                        }
                        let _e173 = local_8;
                        let _e175 = local_4;
                        let _e176 = (_e173 >= _e175);
                        if _e176 {
                            pending = 2u;
                            break;
                        }
                        let _e183 = local_7;
                        local_7 = (_e183 + 1u);
                        let _e188 = local_8;
                        let _e190 = local;
                        local_8 = (_e188 + _e190);
                        let _e194 = local_14;
                        let _e196 = local_10;
                        let _e203 = a[((_e196 + 4294963200u) >> 2u)];
                        let _e205 = local_9;
                        let _e212 = b[((_e205 + 4294963200u) >> 2u)];
                        local_14 = (_e194 + (_e203 * _e212));
                        let _e217 = local_10;
                        local_10 = (_e217 + 4u);
                        let _e222 = local_9;
                        let _e224 = local_12;
                        local_9 = (_e222 + _e224);
                        let _e228 = local_11;
                        local_11 = (_e228 + 4294967295u);
                        let _e233 = local_11;
                        if (_e233 != 0u) {
                            continue;
                        }
                        break;
                    }
                    let _e237 = pending;
                    if (_e237 == 5u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e237 != 0u) {
                            break;
                        }
                    }
                    let _e245 = local_3;
                    let _e247 = local_13;
                    local_7 = (_e245 + _e247);
                    let _e251 = local_7;
                    let _e253 = local_6;
                    let _e254 = (_e251 >= _e253);
                    if _e254 {
                        pending = 4u;
                        break;
                    }
                    let _e261 = local_5;
                    let _e263 = local_7;
                    let _e269 = local_14;
                    c[(((_e261 + (_e263 << 2u)) + 4294963200u) >> 2u)] = _e269;
                    break;
                }
                let _e277 = pending;
                if (_e277 == 4u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e277 != 0u) {
                        break;
                    }
                }
                return;
                break;
            }
            let _e285 = pending;
            if (_e285 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e285 != 0u) {
                    break;
                }
            }
            let _e303 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e303.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 160u);
                atomicStore((&status[8]), 9u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e340 = pending;
        if (_e340 == 2u) {
            pending = 0u;
            break;
        }
        let _e348 = local_2;
        let _e350 = local_3;
        let _e352 = local_2;
        let _e354 = local_3;
        let _e355 = (_e352 > _e354);
        let _e369 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
        if _e369.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 158u);
            atomicStore((&status[8]), 20u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e416 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
    if _e416.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 158u);
        atomicStore((&status[8]), 37u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
