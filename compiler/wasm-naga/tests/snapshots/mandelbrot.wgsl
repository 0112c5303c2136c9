@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage, read_write> counts: array<u32>;

@compute @workgroup_size(16, 16, 1) 
fn mandelbrot(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_10: vec2<u32>;
    var local_11: vec2<u32>;
    var local_12: vec2<u32>;
    var local_13: vec2<u32>;
    var local_14: vec2<u32>;
    var local_15: vec2<u32>;
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
    local_10 = vec2<u32>(0u, 0u);
    local_11 = vec2<u32>(0u, 0u);
    local_12 = vec2<u32>(0u, 0u);
    local_13 = vec2<u32>(0u, 0u);
    local_14 = vec2<u32>(0u, 0u);
    local_15 = vec2<u32>(0u, 0u);
    let _e50 = params[0];
    local = _e50;
    let _e55 = params[2];
    local_1 = _e55;
    local_2 = 4096u;
    let _e63 = params[4];
    local_3 = _e63;
    local_4 = workgroup_id.x;
    local_5 = 16u;
    local_6 = local_id.x;
    local_7 = workgroup_id.y;
    local_8 = 16u;
    local_9 = local_id.y;
    let _e90 = local_6;
    let _e92 = local_5;
    let _e94 = local_4;
    local_5 = (_e90 + (_e92 * _e94));
    let _e99 = local_5;
    let _e101 = local;
    let _e102 = (_e99 >= _e101);
    if !(_e102) {
        let _e108 = local_8;
        let _e110 = local_7;
        let _e113 = local_9;
        local_6 = ((_e108 * _e110) + _e113);
        let _e117 = local_6;
        let _e119 = local;
        let _e120 = (_e117 >= _e119);
        if !(_e120) {
            let _e127 = local;
            local_4 = (805306368u / _e127);
            let _e131 = local_1;
            if !((_e131 != 0u)) {
                local_4 = 0u;
                pending = 4u;
            }
            let _e141 = pending;
            if (_e141 == 0u) {
                let _e145 = local_4;
                local_10 = vec2<u32>(_e145, 0u);
                let _e150 = local_10;
                let _e152 = local_6;
                let _e154 = vec2<u32>(_e152, 0u);
                let _e162 = (_e150.x & 65535u);
                let _e163 = (_e150.x >> 16u);
                let _e164 = (_e154.x & 65535u);
                let _e165 = (_e154.x >> 16u);
                let _e167 = (_e162 * _e165);
                let _e168 = (_e163 * _e164);
                let _e185 = vec2<u32>((_e150.x * _e154.x), ((((((_e163 * _e165) + (_e167 >> 16u)) + (_e168 >> 16u)) + (((((_e162 * _e164) >> 16u) + (_e167 & 65535u)) + (_e168 & 65535u)) >> 16u)) + (_e150.x * _e154.y)) + (_e150.y * _e154.x)));
                let _e188 = vec2<u32>(3892314112u, 4294967295u);
                let _e193 = (_e185.x + _e188.x);
                local_11 = vec2<u32>(_e193, ((_e185.y + _e188.y) + select(0u, 1u, (_e193 < _e185.x))));
                let _e203 = local_10;
                let _e205 = local_5;
                let _e207 = vec2<u32>(_e205, 0u);
                let _e215 = (_e203.x & 65535u);
                let _e216 = (_e203.x >> 16u);
                let _e217 = (_e207.x & 65535u);
                let _e218 = (_e207.x >> 16u);
                let _e220 = (_e215 * _e218);
                let _e221 = (_e216 * _e217);
                let _e238 = vec2<u32>((_e203.x * _e207.x), ((((((_e216 * _e218) + (_e220 >> 16u)) + (_e221 >> 16u)) + (((((_e215 * _e217) >> 16u) + (_e220 & 65535u)) + (_e221 & 65535u)) >> 16u)) + (_e203.x * _e207.y)) + (_e203.y * _e207.x)));
                let _e241 = vec2<u32>(3758096384u, 4294967295u);
                let _e246 = (_e238.x + _e241.x);
                local_12 = vec2<u32>(_e246, ((_e238.y + _e241.y) + select(0u, 1u, (_e246 < _e238.x))));
                local_4 = 0u;
                local_10 = vec2<u32>(0u, 0u);
                local_13 = vec2<u32>(0u, 0u);
                loop {
                    let _e266 = local_13;
                    let _e268 = local_13;
                    let _e276 = (_e266.x & 65535u);
                    let _e277 = (_e266.x >> 16u);
                    let _e278 = (_e268.x & 65535u);
                    let _e279 = (_e268.x >> 16u);
                    let _e281 = (_e276 * _e279);
                    let _e282 = (_e277 * _e278);
                    let _e299 = vec2<u32>((_e266.x * _e268.x), ((((((_e277 * _e279) + (_e281 >> 16u)) + (_e282 >> 16u)) + (((((_e276 * _e278) >> 16u) + (_e281 & 65535u)) + (_e282 & 65535u)) >> 16u)) + (_e266.x * _e268.y)) + (_e266.y * _e268.x)));
                    let _e302 = vec2<u32>(28u, 0u);
                    let _e308 = (_e302.x & 31u);
                    let _e312 = ((_e302.x & 32u) != 0u);
                    let _e316 = bitcast<u32>((bitcast<i32>(_e299.y) >> _e308));
                    local_14 = vec2<u32>(select(((_e299.x >> _e308) | ((_e299.y << 1u) << (31u - _e308))), _e316, _e312), select(_e316, bitcast<u32>((bitcast<i32>(_e299.y) >> 31u)), _e312));
                    let _e332 = local_14;
                    let _e334 = local_10;
                    let _e336 = local_10;
                    let _e344 = (_e334.x & 65535u);
                    let _e345 = (_e334.x >> 16u);
                    let _e346 = (_e336.x & 65535u);
                    let _e347 = (_e336.x >> 16u);
                    let _e349 = (_e344 * _e347);
                    let _e350 = (_e345 * _e346);
                    let _e367 = vec2<u32>((_e334.x * _e336.x), ((((((_e345 * _e347) + (_e349 >> 16u)) + (_e350 >> 16u)) + (((((_e344 * _e346) >> 16u) + (_e349 & 65535u)) + (_e350 & 65535u)) >> 16u)) + (_e334.x * _e336.y)) + (_e334.y * _e336.x)));
                    let _e370 = vec2<u32>(28u, 0u);
                    let _e376 = (_e370.x & 31u);
                    let _e380 = ((_e370.x & 32u) != 0u);
                    let _e384 = bitcast<u32>((bitcast<i32>(_e367.y) >> _e376));
                    local_15 = vec2<u32>(select(((_e367.x >> _e376) | ((_e367.y << 1u) << (31u - _e376))), _e384, _e380), select(_e384, bitcast<u32>((bitcast<i32>(_e367.y) >> 31u)), _e380));
                    let _e400 = local_15;
                    let _e405 = (_e332.x + _e400.x);
                    let _e412 = vec2<u32>(_e405, ((_e332.y + _e400.y) + select(0u, 1u, (_e405 < _e332.x))));
                    let _e415 = vec2<u32>(1073741825u, 0u);
                    let _e426 = ((bitcast<i32>(_e412.y) > bitcast<i32>(_e415.y)) || ((_e412.y == _e415.y) && (_e412.x >= _e415.x)));
                    if _e426 {
                        pending = 4u;
                        break;
                    }
                    let _e433 = local_11;
                    let _e435 = local_10;
                    let _e437 = local_13;
                    let _e445 = (_e435.x & 65535u);
                    let _e446 = (_e435.x >> 16u);
                    let _e447 = (_e437.x & 65535u);
                    let _e448 = (_e437.x >> 16u);
                    let _e450 = (_e445 * _e448);
                    let _e451 = (_e446 * _e447);
                    let _e468 = vec2<u32>((_e435.x * _e437.x), ((((((_e446 * _e448) + (_e450 >> 16u)) + (_e451 >> 16u)) + (((((_e445 * _e447) >> 16u) + (_e450 & 65535u)) + (_e451 & 65535u)) >> 16u)) + (_e435.x * _e437.y)) + (_e435.y * _e437.x)));
                    let _e471 = vec2<u32>(1u, 0u);
                    let _e477 = (_e471.x & 31u);
                    let _e481 = ((_e471.x & 32u) != 0u);
                    let _e482 = (_e468.x << _e477);
                    let _e493 = vec2<u32>(select(_e482, 0u, _e481), select(((_e468.y << _e477) | ((_e468.x >> 1u) >> (31u - _e477))), _e482, _e481));
                    let _e496 = vec2<u32>(28u, 0u);
                    let _e502 = (_e496.x & 31u);
                    let _e506 = ((_e496.x & 32u) != 0u);
                    let _e510 = bitcast<u32>((bitcast<i32>(_e493.y) >> _e502));
                    let _e523 = vec2<u32>(select(((_e493.x >> _e502) | ((_e493.y << 1u) << (31u - _e502))), _e510, _e506), select(_e510, bitcast<u32>((bitcast<i32>(_e493.y) >> 31u)), _e506));
                    let _e528 = (_e433.x + _e523.x);
                    local_13 = vec2<u32>(_e528, ((_e433.y + _e523.y) + select(0u, 1u, (_e528 < _e433.x))));
                    let _e538 = local_12;
                    let _e540 = local_15;
                    let _e545 = (_e538.x + _e540.x);
                    let _e552 = vec2<u32>(_e545, ((_e538.y + _e540.y) + select(0u, 1u, (_e545 < _e538.x))));
                    let _e554 = local_14;
                    local_10 = vec2<u32>((_e552.x - _e554.x), ((_e552.y - _e554.y) - select(0u, 1u, (_e552.x < _e554.x))));
                    let _e569 = local_1;
                    let _e571 = local_4;
                    local_4 = (_e571 + 1u);
                    let _e576 = local_4;
                    let _e577 = (_e569 != _e576);
                    if _e577 {
                        continue;
                    }
                    break;
                }
            }
            let _e582 = pending;
            if (_e582 == 0u) {
                let _e586 = local_1;
                local_4 = _e586;
            }
            let _e589 = pending;
            if (_e589 == 4u) {
                pending = 0u;
            }
            let _e595 = local_6;
            let _e597 = local;
            let _e600 = local_5;
            local_1 = ((_e595 * _e597) + _e600);
            let _e604 = local_1;
            let _e606 = local_3;
            let _e607 = (_e604 >= _e606);
            if _e607 {
                pending = 2u;
            }
            let _e614 = pending;
            if (_e614 == 0u) {
                let _e618 = local_2;
                let _e620 = local_1;
                let _e626 = local_4;
                counts[min((((_e618 + (_e620 << 2u)) + 4294963200u) >> 2u), (arrayLength((&counts)) - 1u))] = _e626;
            }
        }
    }
    let _e638 = pending;
    if (_e638 == 0u) {
        return;
    }
    let _e642 = pending;
    if (_e642 == 2u) {
        pending = 0u;
    }
    let _e648 = local_1;
    let _e650 = local_3;
    let _e658 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e658.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 67u);
        atomicStore((&status[8]), 5u);
        atomicStore((&status[9]), 14u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1886220131u);
        atomicStore((&status[12]), 778400885u);
        atomicStore((&status[13]), 29554u);
        atomicStore((&status[50]), _e648);
        atomicStore((&status[51]), _e650);
    }
    return;
}
