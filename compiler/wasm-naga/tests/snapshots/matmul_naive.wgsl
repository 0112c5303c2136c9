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
    let _e87 = local_9;
    let _e89 = local_8;
    let _e91 = local_7;
    local_13 = (_e87 + (_e89 * _e91));
    let _e96 = local_13;
    let _e98 = local;
    let _e99 = (_e96 >= _e98);
    if !(_e99) {
        let _e105 = local_11;
        let _e107 = local_10;
        let _e110 = local_12;
        local_7 = ((_e105 * _e107) + _e110);
        let _e114 = local_7;
        let _e116 = local;
        let _e117 = (_e114 >= _e116);
        if !(_e117) {
            let _e123 = local;
            local_12 = (_e123 << 2u);
            let _e129 = local_3;
            let _e131 = local_13;
            local_9 = (_e129 + (_e131 << 2u));
            let _e138 = local_1;
            let _e140 = local_7;
            let _e142 = local;
            local_3 = (_e140 * _e142);
            let _e146 = local_3;
            local_10 = (_e138 + (_e146 << 2u));
            local_14 = 0f;
            let _e155 = local;
            local_11 = _e155;
            let _e158 = local_3;
            local_7 = _e158;
            let _e161 = local_13;
            local_8 = _e161;
            loop {
                let _e164 = local_7;
                let _e166 = local_2;
                let _e167 = (_e164 >= _e166);
                if _e167 {
                    pending = 3u;
                    break;
                }
                let _e175 = local_8;
                let _e177 = local_4;
                let _e178 = (_e175 >= _e177);
                if _e178 {
                    pending = 2u;
                    break;
                }
                let _e185 = local_7;
                local_7 = (_e185 + 1u);
                let _e190 = local_8;
                let _e192 = local;
                local_8 = (_e190 + _e192);
                let _e196 = local_14;
                let _e198 = local_10;
                let _e209 = a[min(((_e198 + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                let _e211 = local_9;
                let _e222 = b[min(((_e211 + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_14 = (_e196 + (_e209 * _e222));
                let _e227 = local_10;
                local_10 = (_e227 + 4u);
                let _e232 = local_9;
                let _e234 = local_12;
                local_9 = (_e232 + _e234);
                let _e238 = local_11;
                local_11 = (_e238 + 4294967295u);
                let _e243 = local_11;
                if (_e243 != 0u) {
                    continue;
                }
                break;
            }
            let _e247 = pending;
            if (_e247 == 0u) {
                let _e251 = local_3;
                let _e253 = local_13;
                local_7 = (_e251 + _e253);
                let _e257 = local_7;
                let _e259 = local_6;
                let _e260 = (_e257 >= _e259);
                if _e260 {
                    pending = 4u;
                }
            }
            let _e267 = pending;
            if (_e267 == 0u) {
                let _e271 = local_5;
                let _e273 = local_7;
                let _e279 = local_14;
                c[min((((_e271 + (_e273 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))] = _e279;
            }
        }
    }
    let _e291 = pending;
    if (_e291 == 0u) {
        return;
    }
    let _e295 = pending;
    if (_e295 == 4u) {
        pending = 0u;
    }
    let _e301 = pending;
    if (_e301 == 0u) {
        let _e305 = local_7;
        let _e307 = local_6;
        let _e315 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e315.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 15u);
            atomicStore((&status[8]), 9u);
            atomicStore((&status[9]), 13u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1836343661u);
            atomicStore((&status[12]), 1915645045u);
            atomicStore((&status[13]), 115u);
            atomicStore((&status[50]), _e305);
            atomicStore((&status[51]), _e307);
        }
        return;
    }
    let _e359 = pending;
    if (_e359 == 3u) {
        pending = 0u;
    }
    let _e365 = pending;
    if (_e365 == 0u) {
        let _e369 = local_2;
        let _e371 = local_3;
        let _e373 = local_2;
        let _e375 = local_3;
        let _e376 = (_e373 > _e375);
        let _e382 = local_2;
        let _e390 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
        if _e390.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 13u);
            atomicStore((&status[8]), 20u);
            atomicStore((&status[9]), 13u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1836343661u);
            atomicStore((&status[12]), 1915645045u);
            atomicStore((&status[13]), 115u);
            atomicStore((&status[50]), select(_e371, _e369, _e376));
            atomicStore((&status[51]), _e382);
        }
        return;
    }
    let _e434 = pending;
    if (_e434 == 2u) {
        pending = 0u;
    }
    let _e440 = local_8;
    let _e442 = local_4;
    let _e450 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
    if _e450.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 13u);
        atomicStore((&status[8]), 37u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1836343661u);
        atomicStore((&status[12]), 1915645045u);
        atomicStore((&status[13]), 115u);
        atomicStore((&status[50]), _e440);
        atomicStore((&status[51]), _e442);
    }
    return;
}
