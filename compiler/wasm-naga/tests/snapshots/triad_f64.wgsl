@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> b: array<f64>;
@group(0) @binding(3) 
var<storage> c: array<f64>;
@group(0) @binding(4) 
var<storage, read_write> a: array<f64>;

@compute @workgroup_size(256, 1, 1) 
fn triad_f64_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: f64;
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
    var pending: u32 = 0u;

    local = 0.0lf;
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
    let _e32 = params[0];
    let _e35 = params[1];
    local = bitcast<f64>((u64(_e32) | (u64(_e35) << 32u)));
    local_1 = 4096u;
    let _e49 = params[2];
    local_2 = _e49;
    local_3 = 4096u;
    let _e57 = params[4];
    local_4 = _e57;
    local_5 = 4096u;
    let _e65 = params[6];
    local_6 = _e65;
    local_7 = workgroup_id.x;
    local_8 = 256u;
    local_9 = local_id.x;
    local_10 = workgroup_id.y;
    local_11 = 1u;
    local_12 = local_id.y;
    loop {
        loop {
            loop {
                let _e92 = local_9;
                let _e94 = local_8;
                let _e96 = local_7;
                let _e102 = local_12;
                let _e104 = local_11;
                let _e106 = local_10;
                local_7 = ((_e92 + (_e94 * _e96)) + ((num_workgroups.x * (_e102 + (_e104 * _e106))) * 256u));
                let _e116 = local_7;
                let _e118 = local_6;
                let _e119 = (_e116 >= _e118);
                if _e119 {
                    break;
                }
                let _e124 = local_7;
                let _e126 = local_2;
                let _e127 = (_e124 >= _e126);
                if _e127 {
                    pending = 3u;
                    break;
                }
                let _e135 = local_7;
                let _e137 = local_4;
                let _e138 = (_e135 >= _e137);
                if _e138 {
                    pending = 2u;
                    break;
                }
                let _e145 = local_5;
                let _e147 = local_7;
                local_7 = (_e147 << 3u);
                let _e153 = local_7;
                let _e156 = local_1;
                let _e158 = local_7;
                let _e166 = b[(((_e156 + _e158) + 4294963200u) >> 3u)];
                let _e168 = local;
                let _e170 = local_3;
                let _e172 = local_7;
                let _e180 = c[(((_e170 + _e172) + 4294963200u) >> 3u)];
                a[(((_e145 + _e153) + 4294963200u) >> 3u)] = (_e166 + (_e168 * _e180));
                break;
            }
            let _e190 = pending;
            if (_e190 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e190 != 0u) {
                    break;
                }
            }
            return;
            break;
        }
        let _e198 = pending;
        if (_e198 == 2u) {
            pending = 0u;
            break;
        }
        let _e216 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e216.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 86u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e263 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e263.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 86u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
