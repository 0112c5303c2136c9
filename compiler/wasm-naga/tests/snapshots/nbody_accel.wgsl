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
        let _e152 = bodies[min(((_e141 + 4294963208u) >> 2u), (arrayLength((&bodies)) - 1u))];
        local_11 = bitcast<f32>(_e152);
        let _e156 = local_6;
        let _e167 = bodies[min(((_e156 + 4294963204u) >> 2u), (arrayLength((&bodies)) - 1u))];
        local_12 = bitcast<f32>(_e167);
        let _e171 = local_6;
        let _e182 = bodies[min(((_e171 + 4294963200u) >> 2u), (arrayLength((&bodies)) - 1u))];
        local_13 = bitcast<f32>(_e182);
        let _e186 = local;
        let _e188 = local;
        local_14 = (_e186 * _e188);
        local_15 = 0f;
        local_16 = 0f;
        local_17 = 0f;
        loop {
            let _e198 = local_17;
            let _e200 = local_1;
            let _e213 = bodies[min((((_e200 + 8u) + 4294963200u) >> 2u), (arrayLength((&bodies)) - 1u))];
            let _e216 = local_11;
            local = (bitcast<f32>(_e213) - _e216);
            let _e220 = local;
            let _e223 = local_14;
            let _e225 = local_1;
            let _e236 = bodies[min(((_e225 + 4294963200u) >> 2u), (arrayLength((&bodies)) - 1u))];
            let _e239 = local_13;
            local_18 = (bitcast<f32>(_e236) - _e239);
            let _e243 = local_18;
            let _e245 = local_18;
            let _e248 = local_1;
            let _e261 = bodies[min((((_e248 + 4u) + 4294963200u) >> 2u), (arrayLength((&bodies)) - 1u))];
            let _e264 = local_12;
            local_19 = (bitcast<f32>(_e261) - _e264);
            let _e268 = local_19;
            let _e270 = local_19;
            let _e274 = local;
            let _e276 = local;
            let _e280 = sqrt((_e223 + (((_e243 * _e245) + (_e268 * _e270)) + (_e274 * _e276))));
            let _e290 = runtime_zero;
            let _e295 = runtime_zero;
            local = select((1f / _e280), select(bitcast<f32>(((bitcast<u32>(bitcast<f32>((2139095040u | _e290))) & 2147483647u) | (bitcast<u32>(bitcast<f32>((bitcast<u32>(1f) ^ bitcast<u32>(_e280)))) & 2147483648u))), bitcast<f32>((2143289344u | _e295)), ((1f == 0f) || !((1f == 1f)))), (_e280 == 0f));
            let _e314 = local;
            let _e316 = local;
            let _e318 = local;
            let _e320 = local_1;
            let _e333 = bodies[min((((_e320 + 12u) + 4294963200u) >> 2u), (arrayLength((&bodies)) - 1u))];
            local = (_e314 * (_e316 * (_e318 * bitcast<f32>(_e333))));
            let _e340 = local;
            local_17 = (_e198 + (_e220 * _e340));
            let _e345 = local_16;
            let _e347 = local_19;
            let _e349 = local;
            local_16 = (_e345 + (_e347 * _e349));
            let _e354 = local_15;
            let _e356 = local_18;
            let _e358 = local;
            local_15 = (_e354 + (_e356 * _e358));
            let _e363 = local_1;
            local_1 = (_e363 + 16u);
            let _e368 = local_1;
            let _e370 = local_2;
            let _e371 = (_e368 != _e370);
            if _e371 {
                continue;
            }
            break;
        }
        let _e376 = local_5;
        local_1 = (_e376 * 3u);
        let _e381 = local_1;
        local_2 = (_e381 + 3u);
        let _e386 = local_2;
        let _e388 = local_4;
        let _e389 = (_e386 > _e388);
        if _e389 {
            pending = 2u;
        }
        let _e397 = pending;
        if (_e397 == 0u) {
            let _e401 = local_3;
            let _e403 = local_1;
            local_1 = (_e401 + (_e403 << 2u));
            let _e410 = local_1;
            let _e412 = local_17;
            accel[min(((_e410 + 4294963208u) >> 2u), (arrayLength((&accel)) - 1u))] = _e412;
            let _e424 = local_1;
            let _e426 = local_16;
            accel[min(((_e424 + 4294963204u) >> 2u), (arrayLength((&accel)) - 1u))] = _e426;
            let _e438 = local_1;
            let _e440 = local_15;
            accel[min(((_e438 + 4294963200u) >> 2u), (arrayLength((&accel)) - 1u))] = _e440;
        }
    }
    let _e452 = pending;
    if (_e452 == 0u) {
        return;
    }
    let _e456 = pending;
    if (_e456 == 2u) {
        pending = 0u;
    }
    let _e462 = local_1;
    let _e464 = local_2;
    let _e466 = local_4;
    let _e470 = (_e462 > _e466);
    let _e471 = (_e464 > _e466);
    let _e472 = (_e462 > _e464);
    let _e490 = atomicCompareExchangeWeak((&status[0]), 0u, (1u + select(select(select(1u, 2u, _e472), 1u, _e471), 0u, _e470)));
    if _e490.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 38u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 14u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1886220131u);
        atomicStore((&status[12]), 778400885u);
        atomicStore((&status[13]), 29554u);
        atomicStore((&status[50]), select(select(select(_e464, _e462, _e472), _e464, _e471), _e462, _e470));
        atomicStore((&status[51]), select(select(select(_e466, _e464, _e472), _e466, _e471), _e466, _e470));
    }
    return;
}
