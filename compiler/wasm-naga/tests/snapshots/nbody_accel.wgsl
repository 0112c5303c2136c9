@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> bodies: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> accel: array<f32>;

@compute @workgroup_size(256, 1, 1) 
fn nbody_accel(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_11: f32;
    var local_12: f32;
    var local_13: f32;
    var local_14: f32;
    var local_15: f32;
    var local_16: f32;
    var local_17: f32;
    var local_18: f32;
    var local_19: f32;
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
    local_11 = 0f;
    local_12 = 0f;
    local_13 = 0f;
    local_14 = 0f;
    local_15 = 0f;
    local_16 = 0f;
    local_17 = 0f;
    local_18 = 0f;
    local_19 = 0f;
    let _e46 = params[0];
    local = bitcast<f32>(_e46);
    local_1 = 4096u;
    let _e55 = params[2];
    local_2 = _e55;
    local_3 = 4096u;
    let _e63 = params[4];
    local_4 = _e63;
    local_5 = workgroup_id.x;
    local_6 = 256u;
    local_7 = local_id.x;
    local_8 = workgroup_id.y;
    local_9 = 1u;
    local_10 = local_id.y;
    loop {
        loop {
            let _e90 = local_7;
            let _e92 = local_6;
            let _e94 = local_5;
            let _e100 = local_10;
            let _e102 = local_9;
            let _e104 = local_8;
            local_5 = ((_e90 + (_e92 * _e94)) + ((num_workgroups.x * (_e100 + (_e102 * _e104))) * 256u));
            let _e114 = local_5;
            let _e116 = local_2;
            if (select(0u, 1u, (_e114 >= _e116)) != 0u) {
                break;
            }
            let _e124 = local_1;
            let _e126 = local_2;
            local_2 = (_e124 + (_e126 << (4u & 31u)));
            let _e134 = local_1;
            let _e136 = local_5;
            local_6 = (_e134 + (_e136 << (4u & 31u)));
            let _e144 = local_6;
            let _e151 = bodies[((_e144 + 4294963208u) >> 2u)];
            local_11 = bitcast<f32>(_e151);
            let _e155 = local_6;
            let _e162 = bodies[((_e155 + 4294963204u) >> 2u)];
            local_12 = bitcast<f32>(_e162);
            let _e166 = local_6;
            let _e173 = bodies[((_e166 + 4294963200u) >> 2u)];
            local_13 = bitcast<f32>(_e173);
            let _e177 = local;
            let _e179 = local;
            local_14 = (_e177 * _e179);
            local_15 = 0f;
            local_16 = 0f;
            local_17 = 0f;
            loop {
                let _e189 = local_17;
                let _e191 = local_1;
                let _e200 = bodies[(((_e191 + 8u) + 4294963200u) >> 2u)];
                let _e203 = local_11;
                local = (bitcast<f32>(_e200) - _e203);
                let _e207 = local;
                let _e210 = local_14;
                let _e212 = local_1;
                let _e219 = bodies[((_e212 + 4294963200u) >> 2u)];
                let _e222 = local_13;
                local_18 = (bitcast<f32>(_e219) - _e222);
                let _e226 = local_18;
                let _e228 = local_18;
                let _e231 = local_1;
                let _e240 = bodies[(((_e231 + 4u) + 4294963200u) >> 2u)];
                let _e243 = local_12;
                local_19 = (bitcast<f32>(_e240) - _e243);
                let _e247 = local_19;
                let _e249 = local_19;
                let _e253 = local;
                let _e255 = local;
                local = (1f / sqrt((_e210 + (((_e226 * _e228) + (_e247 * _e249)) + (_e253 * _e255)))));
                let _e263 = local;
                let _e265 = local;
                let _e267 = local;
                let _e269 = local_1;
                let _e278 = bodies[(((_e269 + 12u) + 4294963200u) >> 2u)];
                local = (_e263 * (_e265 * (_e267 * bitcast<f32>(_e278))));
                let _e285 = local;
                local_17 = (_e189 + (_e207 * _e285));
                let _e290 = local_16;
                let _e292 = local_19;
                let _e294 = local;
                local_16 = (_e290 + (_e292 * _e294));
                let _e299 = local_15;
                let _e301 = local_18;
                let _e303 = local;
                local_15 = (_e299 + (_e301 * _e303));
                let _e308 = local_1;
                local_1 = (_e308 + 16u);
                let _e313 = local_1;
                let _e315 = local_2;
                if (select(0u, 1u, (_e313 != _e315)) != 0u) {
                    continue;
                }
                break;
            }
            let _e323 = local_5;
            local_1 = (_e323 * 3u);
            let _e328 = local_1;
            local_2 = (_e328 + 3u);
            let _e333 = local_2;
            let _e335 = local_4;
            if (select(0u, 1u, (_e333 > _e335)) != 0u) {
                pending = 2u;
                break;
            }
            let _e346 = local_3;
            let _e348 = local_1;
            local_1 = (_e346 + (_e348 << (2u & 31u)));
            let _e356 = local_1;
            let _e358 = local_17;
            accel[((_e356 + 4294963208u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e358));
            let _e368 = local_1;
            let _e370 = local_16;
            accel[((_e368 + 4294963204u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e370));
            let _e380 = local_1;
            let _e382 = local_15;
            accel[((_e380 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e382));
            break;
        }
        let _e392 = pending;
        if (_e392 == 2u) {
            pending = 0u;
            break;
        }
        return;
        break;
    }
    let _e412 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e412.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 231u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
