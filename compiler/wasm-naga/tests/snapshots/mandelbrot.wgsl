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
    var local_10: u64;
    var local_11: u64;
    var local_12: u64;
    var local_13: u64;
    var local_14: u64;
    var local_15: u64;
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
    local_10 = 0lu;
    local_11 = 0lu;
    local_12 = 0lu;
    local_13 = 0lu;
    local_14 = 0lu;
    local_15 = 0lu;
    let _e38 = params[0];
    local = _e38;
    let _e43 = params[2];
    local_1 = _e43;
    local_2 = 4096u;
    let _e51 = params[4];
    local_3 = _e51;
    local_4 = workgroup_id.x;
    local_5 = 16u;
    local_6 = local_id.x;
    local_7 = workgroup_id.y;
    local_8 = 16u;
    local_9 = local_id.y;
    loop {
        loop {
            let _e78 = local_6;
            let _e80 = local_5;
            let _e82 = local_4;
            local_5 = (_e78 + (_e80 * _e82));
            let _e87 = local_5;
            let _e89 = local;
            if (select(0u, 1u, (_e87 >= _e89)) != 0u) {
                break;
            }
            let _e97 = local_8;
            let _e99 = local_7;
            let _e102 = local_9;
            local_6 = ((_e97 * _e99) + _e102);
            let _e106 = local_6;
            let _e108 = local;
            if (select(0u, 1u, (_e106 >= _e108)) != 0u) {
                break;
            }
            let _e117 = local;
            local_4 = (805306368u / _e117);
            loop {
                loop {
                    let _e121 = local_1;
                    if (_e121 != 0u) {
                        break;
                    }
                    local_4 = 0u;
                    pending = 4u;
                    break;
                    break;
                }
                let _e130 = pending;
                if (_e130 == 4u) {
                    pending = 0u;
                    break;
                }
                let _e138 = local_4;
                local_10 = u64(_e138);
                let _e142 = local_10;
                let _e144 = local_6;
                local_11 = ((_e142 * u64(_e144)) + 18446744073306898432lu);
                let _e151 = local_10;
                let _e153 = local_5;
                local_12 = ((_e151 * u64(_e153)) + 18446744073172680704lu);
                local_4 = 0u;
                local_10 = 0lu;
                local_13 = 0lu;
                loop {
                    let _e166 = local_13;
                    let _e168 = local_13;
                    local_14 = bitcast<u64>((bitcast<i64>((_e166 * _e168)) >> u32((28lu & 63lu))));
                    let _e179 = local_14;
                    let _e181 = local_10;
                    let _e183 = local_10;
                    local_15 = bitcast<u64>((bitcast<i64>((_e181 * _e183)) >> u32((28lu & 63lu))));
                    let _e194 = local_15;
                    if (select(0u, 1u, (bitcast<i64>((_e179 + _e194)) >= bitcast<i64>(1073741825lu))) != 0u) {
                        pending = 4u;
                        break;
                    }
                    let _e208 = local_11;
                    let _e210 = local_10;
                    let _e212 = local_13;
                    local_13 = (_e208 + bitcast<u64>((bitcast<i64>(((_e210 * _e212) << u32((1lu & 63lu)))) >> u32((28lu & 63lu)))));
                    let _e229 = local_12;
                    let _e231 = local_15;
                    let _e234 = local_14;
                    local_10 = ((_e229 + _e231) - _e234);
                    let _e238 = local_1;
                    let _e240 = local_4;
                    local_4 = (_e240 + 1u);
                    let _e245 = local_4;
                    if (select(0u, 1u, (_e238 != _e245)) != 0u) {
                        continue;
                    }
                    break;
                }
                let _e253 = pending;
                if (_e253 == 4u) {
                    pending = 0u;
                    break;
                }
                let _e261 = local_1;
                local_4 = _e261;
                break;
            }
            let _e264 = local_6;
            let _e266 = local;
            let _e269 = local_5;
            local_1 = ((_e264 * _e266) + _e269);
            let _e273 = local_1;
            let _e275 = local_3;
            if (select(0u, 1u, (_e273 >= _e275)) != 0u) {
                pending = 2u;
                break;
            }
            let _e285 = local_2;
            let _e287 = local_1;
            let _e294 = local_4;
            counts[(((_e285 + (_e287 << (2u & 31u))) + 4294963200u) >> 2u)] = _e294;
            break;
        }
        let _e302 = pending;
        if (_e302 == 2u) {
            pending = 0u;
            break;
        }
        return;
        break;
    }
    let _e320 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e320.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 260u);
        atomicStore((&status[8]), 5u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
