@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> bodies: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> accel: array<f32>;
var<private> runtime_zero: u32 = 0u;

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
    if !(_e117) {
        let _e123 = local_1;
        let _e125 = local_2;
        local_2 = (_e123 + (_e125 << 4u));
        let _e132 = local_1;
        let _e134 = local_5;
        local_6 = (_e132 + (_e134 << 4u));
        let _e141 = local_6;
        let _e148 = bodies[((_e141 + 4294963208u) >> 2u)];
        local_11 = bitcast<f32>(_e148);
        let _e152 = local_6;
        let _e159 = bodies[((_e152 + 4294963204u) >> 2u)];
        local_12 = bitcast<f32>(_e159);
        let _e163 = local_6;
        let _e170 = bodies[((_e163 + 4294963200u) >> 2u)];
        local_13 = bitcast<f32>(_e170);
        let _e174 = local;
        let _e176 = local;
        local_14 = (_e174 * _e176);
        local_15 = 0f;
        local_16 = 0f;
        local_17 = 0f;
        loop {
            let _e186 = local_15;
            let _e188 = local_1;
            let _e197 = bodies[(((_e188 + 8u) + 4294963200u) >> 2u)];
            let _e200 = local_11;
            local = (bitcast<f32>(_e197) - _e200);
            let _e204 = local;
            let _e207 = local_14;
            let _e209 = local_1;
            let _e216 = bodies[((_e209 + 4294963200u) >> 2u)];
            let _e219 = local_13;
            local_18 = (bitcast<f32>(_e216) - _e219);
            let _e223 = local_18;
            let _e225 = local_18;
            let _e228 = local_1;
            let _e237 = bodies[(((_e228 + 4u) + 4294963200u) >> 2u)];
            let _e240 = local_12;
            local_19 = (bitcast<f32>(_e237) - _e240);
            let _e244 = local_19;
            let _e246 = local_19;
            let _e250 = local;
            let _e252 = local;
            let _e256 = sqrt((_e207 + (((_e223 * _e225) + (_e244 * _e246)) + (_e250 * _e252))));
            let _e266 = runtime_zero;
            let _e271 = runtime_zero;
            local = select((1f / _e256), select(bitcast<f32>(((bitcast<u32>(bitcast<f32>((2139095040u | _e266))) & 2147483647u) | (bitcast<u32>(bitcast<f32>((bitcast<u32>(1f) ^ bitcast<u32>(_e256)))) & 2147483648u))), bitcast<f32>((2143289344u | _e271)), ((1f == 0f) || !((1f == 1f)))), (_e256 == 0f));
            let _e290 = local;
            let _e292 = local;
            let _e294 = local;
            let _e296 = local_1;
            let _e305 = bodies[(((_e296 + 12u) + 4294963200u) >> 2u)];
            local = (_e290 * (_e292 * (_e294 * bitcast<f32>(_e305))));
            let _e312 = local;
            local_15 = (_e186 + (_e204 * _e312));
            let _e317 = local_16;
            let _e319 = local_19;
            let _e321 = local;
            local_16 = (_e317 + (_e319 * _e321));
            let _e326 = local_17;
            let _e328 = local_18;
            let _e330 = local;
            local_17 = (_e326 + (_e328 * _e330));
            let _e335 = local_1;
            local_1 = (_e335 + 16u);
            let _e340 = local_1;
            let _e342 = local_2;
            let _e343 = (_e340 != _e342);
            if _e343 {
                continue;
            }
            break;
        }
        let _e348 = local_5;
        local_1 = (_e348 * 3u);
        let _e353 = local_1;
        local_2 = (_e353 + 3u);
        let _e358 = local_2;
        let _e360 = local_4;
        let _e361 = (_e358 > _e360);
        if _e361 {
            pending = 2u;
        }
        let _e369 = pending;
        if (_e369 == 0u) {
            let _e373 = local_3;
            let _e375 = local_1;
            local_1 = (_e373 + (_e375 << 2u));
            let _e382 = local_1;
            let _e384 = local_15;
            accel[((_e382 + 4294963208u) >> 2u)] = _e384;
            let _e392 = local_1;
            let _e394 = local_16;
            accel[((_e392 + 4294963204u) >> 2u)] = _e394;
            let _e402 = local_1;
            let _e404 = local_17;
            accel[((_e402 + 4294963200u) >> 2u)] = _e404;
        }
    }
    let _e412 = pending;
    if (_e412 == 0u) {
        return;
    }
    let _e416 = pending;
    if (_e416 == 2u) {
        pending = 0u;
    }
    let _e434 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e434.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 321u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
