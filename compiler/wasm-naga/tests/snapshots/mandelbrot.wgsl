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
            let _e90 = (_e87 >= _e89);
            if _e90 {
                break;
            }
            let _e95 = local_8;
            let _e97 = local_7;
            let _e100 = local_9;
            local_6 = ((_e95 * _e97) + _e100);
            let _e104 = local_6;
            let _e106 = local;
            let _e107 = (_e104 >= _e106);
            if _e107 {
                break;
            }
            let _e113 = local;
            local_4 = (805306368u / _e113);
            loop {
                loop {
                    let _e117 = local_1;
                    if (_e117 != 0u) {
                        break;
                    }
                    local_4 = 0u;
                    pending = 4u;
                    break;
                    break;
                }
                let _e126 = pending;
                if (_e126 == 4u) {
                    pending = 0u;
                    break;
                }
                let _e134 = local_4;
                local_10 = u64(_e134);
                let _e138 = local_10;
                let _e140 = local_6;
                local_11 = ((_e138 * u64(_e140)) + 18446744073306898432lu);
                let _e147 = local_10;
                let _e149 = local_5;
                local_12 = ((_e147 * u64(_e149)) + 18446744073172680704lu);
                local_4 = 0u;
                local_10 = 0lu;
                local_13 = 0lu;
                loop {
                    let _e162 = local_13;
                    let _e164 = local_13;
                    local_14 = bitcast<u64>((bitcast<i64>((_e162 * _e164)) >> 28u));
                    let _e173 = local_14;
                    let _e175 = local_10;
                    let _e177 = local_10;
                    local_15 = bitcast<u64>((bitcast<i64>((_e175 * _e177)) >> 28u));
                    let _e186 = local_15;
                    let _e191 = (bitcast<i64>((_e173 + _e186)) >= bitcast<i64>(1073741825lu));
                    if _e191 {
                        pending = 4u;
                        break;
                    }
                    let _e198 = local_11;
                    let _e200 = local_10;
                    let _e202 = local_13;
                    local_13 = (_e198 + bitcast<u64>((bitcast<i64>(((_e200 * _e202) << 1u)) >> 28u)));
                    let _e215 = local_12;
                    let _e217 = local_15;
                    let _e220 = local_14;
                    local_10 = ((_e215 + _e217) - _e220);
                    let _e224 = local_1;
                    let _e226 = local_4;
                    local_4 = (_e226 + 1u);
                    let _e231 = local_4;
                    let _e232 = (_e224 != _e231);
                    if _e232 {
                        continue;
                    }
                    break;
                }
                let _e237 = pending;
                if (_e237 == 4u) {
                    pending = 0u;
                    break;
                }
                let _e245 = local_1;
                local_4 = _e245;
                break;
            }
            let _e248 = local_6;
            let _e250 = local;
            let _e253 = local_5;
            local_1 = ((_e248 * _e250) + _e253);
            let _e257 = local_1;
            let _e259 = local_3;
            let _e260 = (_e257 >= _e259);
            if _e260 {
                pending = 2u;
                break;
            }
            let _e267 = local_2;
            let _e269 = local_1;
            let _e275 = local_4;
            counts[(((_e267 + (_e269 << 2u)) + 4294963200u) >> 2u)] = _e275;
            break;
        }
        let _e283 = pending;
        if (_e283 == 2u) {
            pending = 0u;
            break;
        }
        return;
        break;
    }
    let _e301 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e301.exchanged {
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
