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
            let _e117 = (_e114 >= _e116);
            if _e117 {
                break;
            }
            let _e122 = local_1;
            let _e124 = local_2;
            local_2 = (_e122 + (_e124 << 4u));
            let _e131 = local_1;
            let _e133 = local_5;
            local_6 = (_e131 + (_e133 << 4u));
            let _e140 = local_6;
            let _e147 = bodies[((_e140 + 4294963208u) >> 2u)];
            local_11 = bitcast<f32>(_e147);
            let _e151 = local_6;
            let _e158 = bodies[((_e151 + 4294963204u) >> 2u)];
            local_12 = bitcast<f32>(_e158);
            let _e162 = local_6;
            let _e169 = bodies[((_e162 + 4294963200u) >> 2u)];
            local_13 = bitcast<f32>(_e169);
            let _e173 = local;
            let _e175 = local;
            local_14 = (_e173 * _e175);
            local_15 = 0f;
            local_16 = 0f;
            local_17 = 0f;
            loop {
                let _e185 = local_17;
                let _e187 = local_1;
                let _e196 = bodies[(((_e187 + 8u) + 4294963200u) >> 2u)];
                let _e199 = local_11;
                local = (bitcast<f32>(_e196) - _e199);
                let _e203 = local;
                let _e206 = local_14;
                let _e208 = local_1;
                let _e215 = bodies[((_e208 + 4294963200u) >> 2u)];
                let _e218 = local_13;
                local_18 = (bitcast<f32>(_e215) - _e218);
                let _e222 = local_18;
                let _e224 = local_18;
                let _e227 = local_1;
                let _e236 = bodies[(((_e227 + 4u) + 4294963200u) >> 2u)];
                let _e239 = local_12;
                local_19 = (bitcast<f32>(_e236) - _e239);
                let _e243 = local_19;
                let _e245 = local_19;
                let _e249 = local;
                let _e251 = local;
                let _e255 = sqrt((_e206 + (((_e222 * _e224) + (_e243 * _e245)) + (_e249 * _e251))));
                local = select((1f / _e255), select(bitcast<f32>(((bitcast<u32>(bitcast<f32>(2139095040u)) & 2147483647u) | (bitcast<u32>(bitcast<f32>((bitcast<u32>(1f) ^ bitcast<u32>(_e255)))) & 2147483648u))), bitcast<f32>(2143289344u), ((1f == 0f) || !((1f == 1f)))), (_e255 == 0f));
                let _e283 = local;
                let _e285 = local;
                let _e287 = local;
                let _e289 = local_1;
                let _e298 = bodies[(((_e289 + 12u) + 4294963200u) >> 2u)];
                local = (_e283 * (_e285 * (_e287 * bitcast<f32>(_e298))));
                let _e305 = local;
                local_17 = (_e185 + (_e203 * _e305));
                let _e310 = local_16;
                let _e312 = local_19;
                let _e314 = local;
                local_16 = (_e310 + (_e312 * _e314));
                let _e319 = local_15;
                let _e321 = local_18;
                let _e323 = local;
                local_15 = (_e319 + (_e321 * _e323));
                let _e328 = local_1;
                local_1 = (_e328 + 16u);
                let _e333 = local_1;
                let _e335 = local_2;
                let _e336 = (_e333 != _e335);
                if _e336 {
                    continue;
                }
                break;
            }
            let _e341 = local_5;
            local_1 = (_e341 * 3u);
            let _e346 = local_1;
            local_2 = (_e346 + 3u);
            let _e351 = local_2;
            let _e353 = local_4;
            let _e354 = (_e351 > _e353);
            if _e354 {
                pending = 2u;
                break;
            }
            let _e362 = local_3;
            let _e364 = local_1;
            local_1 = (_e362 + (_e364 << 2u));
            let _e371 = local_1;
            let _e373 = local_17;
            accel[((_e371 + 4294963208u) >> 2u)] = _e373;
            let _e381 = local_1;
            let _e383 = local_16;
            accel[((_e381 + 4294963204u) >> 2u)] = _e383;
            let _e391 = local_1;
            let _e393 = local_15;
            accel[((_e391 + 4294963200u) >> 2u)] = _e393;
            break;
        }
        let _e401 = pending;
        if (_e401 == 2u) {
            pending = 0u;
            break;
        }
        return;
        break;
    }
    let _e421 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e421.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 233u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
