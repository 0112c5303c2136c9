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
    loop {
        loop {
            let _e90 = local_6;
            let _e92 = local_5;
            let _e94 = local_4;
            local_5 = (_e90 + (_e92 * _e94));
            let _e99 = local_5;
            let _e101 = local;
            let _e102 = (_e99 >= _e101);
            if _e102 {
                break;
            }
            let _e107 = local_8;
            let _e109 = local_7;
            let _e112 = local_9;
            local_6 = ((_e107 * _e109) + _e112);
            let _e116 = local_6;
            let _e118 = local;
            let _e119 = (_e116 >= _e118);
            if _e119 {
                break;
            }
            let _e125 = local;
            local_4 = (805306368u / _e125);
            loop {
                loop {
                    let _e129 = local_1;
                    if (_e129 != 0u) {
                        break;
                    }
                    local_4 = 0u;
                    pending = 4u;
                    break;
                    break;
                }
                let _e138 = pending;
                if (_e138 == 4u) {
                    pending = 0u;
                    break;
                }
                let _e146 = local_4;
                local_10 = vec2<u32>(_e146, 0u);
                let _e151 = local_10;
                let _e153 = local_6;
                let _e155 = vec2<u32>(_e153, 0u);
                let _e163 = (_e151.x & 65535u);
                let _e164 = (_e151.x >> 16u);
                let _e165 = (_e155.x & 65535u);
                let _e166 = (_e155.x >> 16u);
                let _e168 = (_e163 * _e166);
                let _e169 = (_e164 * _e165);
                let _e186 = vec2<u32>((_e151.x * _e155.x), ((((((_e164 * _e166) + (_e168 >> 16u)) + (_e169 >> 16u)) + (((((_e163 * _e165) >> 16u) + (_e168 & 65535u)) + (_e169 & 65535u)) >> 16u)) + (_e151.x * _e155.y)) + (_e151.y * _e155.x)));
                let _e189 = vec2<u32>(3892314112u, 4294967295u);
                let _e194 = (_e186.x + _e189.x);
                local_11 = vec2<u32>(_e194, ((_e186.y + _e189.y) + select(0u, 1u, (_e194 < _e186.x))));
                let _e204 = local_10;
                let _e206 = local_5;
                let _e208 = vec2<u32>(_e206, 0u);
                let _e216 = (_e204.x & 65535u);
                let _e217 = (_e204.x >> 16u);
                let _e218 = (_e208.x & 65535u);
                let _e219 = (_e208.x >> 16u);
                let _e221 = (_e216 * _e219);
                let _e222 = (_e217 * _e218);
                let _e239 = vec2<u32>((_e204.x * _e208.x), ((((((_e217 * _e219) + (_e221 >> 16u)) + (_e222 >> 16u)) + (((((_e216 * _e218) >> 16u) + (_e221 & 65535u)) + (_e222 & 65535u)) >> 16u)) + (_e204.x * _e208.y)) + (_e204.y * _e208.x)));
                let _e242 = vec2<u32>(3758096384u, 4294967295u);
                let _e247 = (_e239.x + _e242.x);
                local_12 = vec2<u32>(_e247, ((_e239.y + _e242.y) + select(0u, 1u, (_e247 < _e239.x))));
                local_4 = 0u;
                local_10 = vec2<u32>(0u, 0u);
                local_13 = vec2<u32>(0u, 0u);
                loop {
                    let _e267 = local_13;
                    let _e269 = local_13;
                    let _e277 = (_e267.x & 65535u);
                    let _e278 = (_e267.x >> 16u);
                    let _e279 = (_e269.x & 65535u);
                    let _e280 = (_e269.x >> 16u);
                    let _e282 = (_e277 * _e280);
                    let _e283 = (_e278 * _e279);
                    let _e300 = vec2<u32>((_e267.x * _e269.x), ((((((_e278 * _e280) + (_e282 >> 16u)) + (_e283 >> 16u)) + (((((_e277 * _e279) >> 16u) + (_e282 & 65535u)) + (_e283 & 65535u)) >> 16u)) + (_e267.x * _e269.y)) + (_e267.y * _e269.x)));
                    let _e303 = vec2<u32>(28u, 0u);
                    let _e309 = (_e303.x & 31u);
                    let _e313 = ((_e303.x & 32u) != 0u);
                    let _e317 = bitcast<u32>((bitcast<i32>(_e300.y) >> _e309));
                    local_14 = vec2<u32>(select(((_e300.x >> _e309) | ((_e300.y << 1u) << (31u - _e309))), _e317, _e313), select(_e317, bitcast<u32>((bitcast<i32>(_e300.y) >> 31u)), _e313));
                    let _e333 = local_14;
                    let _e335 = local_10;
                    let _e337 = local_10;
                    let _e345 = (_e335.x & 65535u);
                    let _e346 = (_e335.x >> 16u);
                    let _e347 = (_e337.x & 65535u);
                    let _e348 = (_e337.x >> 16u);
                    let _e350 = (_e345 * _e348);
                    let _e351 = (_e346 * _e347);
                    let _e368 = vec2<u32>((_e335.x * _e337.x), ((((((_e346 * _e348) + (_e350 >> 16u)) + (_e351 >> 16u)) + (((((_e345 * _e347) >> 16u) + (_e350 & 65535u)) + (_e351 & 65535u)) >> 16u)) + (_e335.x * _e337.y)) + (_e335.y * _e337.x)));
                    let _e371 = vec2<u32>(28u, 0u);
                    let _e377 = (_e371.x & 31u);
                    let _e381 = ((_e371.x & 32u) != 0u);
                    let _e385 = bitcast<u32>((bitcast<i32>(_e368.y) >> _e377));
                    local_15 = vec2<u32>(select(((_e368.x >> _e377) | ((_e368.y << 1u) << (31u - _e377))), _e385, _e381), select(_e385, bitcast<u32>((bitcast<i32>(_e368.y) >> 31u)), _e381));
                    let _e401 = local_15;
                    let _e406 = (_e333.x + _e401.x);
                    let _e413 = vec2<u32>(_e406, ((_e333.y + _e401.y) + select(0u, 1u, (_e406 < _e333.x))));
                    let _e416 = vec2<u32>(1073741825u, 0u);
                    let _e427 = ((bitcast<i32>(_e413.y) > bitcast<i32>(_e416.y)) || ((_e413.y == _e416.y) && (_e413.x >= _e416.x)));
                    if _e427 {
                        pending = 4u;
                        break;
                    }
                    let _e434 = local_11;
                    let _e436 = local_10;
                    let _e438 = local_13;
                    let _e446 = (_e436.x & 65535u);
                    let _e447 = (_e436.x >> 16u);
                    let _e448 = (_e438.x & 65535u);
                    let _e449 = (_e438.x >> 16u);
                    let _e451 = (_e446 * _e449);
                    let _e452 = (_e447 * _e448);
                    let _e469 = vec2<u32>((_e436.x * _e438.x), ((((((_e447 * _e449) + (_e451 >> 16u)) + (_e452 >> 16u)) + (((((_e446 * _e448) >> 16u) + (_e451 & 65535u)) + (_e452 & 65535u)) >> 16u)) + (_e436.x * _e438.y)) + (_e436.y * _e438.x)));
                    let _e472 = vec2<u32>(1u, 0u);
                    let _e478 = (_e472.x & 31u);
                    let _e482 = ((_e472.x & 32u) != 0u);
                    let _e483 = (_e469.x << _e478);
                    let _e494 = vec2<u32>(select(_e483, 0u, _e482), select(((_e469.y << _e478) | ((_e469.x >> 1u) >> (31u - _e478))), _e483, _e482));
                    let _e497 = vec2<u32>(28u, 0u);
                    let _e503 = (_e497.x & 31u);
                    let _e507 = ((_e497.x & 32u) != 0u);
                    let _e511 = bitcast<u32>((bitcast<i32>(_e494.y) >> _e503));
                    let _e524 = vec2<u32>(select(((_e494.x >> _e503) | ((_e494.y << 1u) << (31u - _e503))), _e511, _e507), select(_e511, bitcast<u32>((bitcast<i32>(_e494.y) >> 31u)), _e507));
                    let _e529 = (_e434.x + _e524.x);
                    local_13 = vec2<u32>(_e529, ((_e434.y + _e524.y) + select(0u, 1u, (_e529 < _e434.x))));
                    let _e539 = local_12;
                    let _e541 = local_15;
                    let _e546 = (_e539.x + _e541.x);
                    let _e553 = vec2<u32>(_e546, ((_e539.y + _e541.y) + select(0u, 1u, (_e546 < _e539.x))));
                    let _e555 = local_14;
                    local_10 = vec2<u32>((_e553.x - _e555.x), ((_e553.y - _e555.y) - select(0u, 1u, (_e553.x < _e555.x))));
                    let _e570 = local_1;
                    let _e572 = local_4;
                    local_4 = (_e572 + 1u);
                    let _e577 = local_4;
                    let _e578 = (_e570 != _e577);
                    if _e578 {
                        continue;
                    }
                    break;
                }
                let _e583 = pending;
                if (_e583 == 4u) {
                    pending = 0u;
                    break;
                }
                let _e591 = local_1;
                local_4 = _e591;
                break;
            }
            let _e594 = local_6;
            let _e596 = local;
            let _e599 = local_5;
            local_1 = ((_e594 * _e596) + _e599);
            let _e603 = local_1;
            let _e605 = local_3;
            let _e606 = (_e603 >= _e605);
            if _e606 {
                pending = 2u;
                break;
            }
            let _e613 = local_2;
            let _e615 = local_1;
            let _e621 = local_4;
            counts[(((_e613 + (_e615 << 2u)) + 4294963200u) >> 2u)] = _e621;
            break;
        }
        let _e629 = pending;
        if (_e629 == 2u) {
            pending = 0u;
            break;
        }
        return;
        break;
    }
    let _e647 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e647.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 262u);
        atomicStore((&status[8]), 5u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
