@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> b: array<f32>;
@group(0) @binding(3) 
var<storage> c: array<f32>;
@group(0) @binding(4) 
var<storage, read_write> a: array<f32>;

@compute @workgroup_size(256, 1, 1) 
fn triad_f32_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_11: u32;
    var local_12: u32;
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
    local_11 = 0u;
    local_12 = 0u;
    let _e32 = params[0];
    local = bitcast<f32>(_e32);
    local_1 = 4096u;
    let _e41 = params[2];
    local_2 = _e41;
    local_3 = 4096u;
    let _e49 = params[4];
    local_4 = _e49;
    local_5 = 4096u;
    let _e57 = params[6];
    local_6 = _e57;
    local_7 = workgroup_id.x;
    local_8 = 256u;
    local_9 = local_id.x;
    local_10 = workgroup_id.y;
    local_11 = 1u;
    local_12 = local_id.y;
    loop {
        loop {
            loop {
                let _e84 = local_9;
                let _e86 = local_8;
                let _e88 = local_7;
                let _e94 = local_12;
                let _e96 = local_11;
                let _e98 = local_10;
                local_7 = ((_e84 + (_e86 * _e88)) + ((num_workgroups.x * (_e94 + (_e96 * _e98))) * 256u));
                let _e108 = local_7;
                let _e110 = local_6;
                let _e111 = (_e108 >= _e110);
                if _e111 {
                    break;
                }
                let _e116 = local_7;
                let _e118 = local_2;
                let _e119 = (_e116 >= _e118);
                if _e119 {
                    pending = 3u;
                    break;
                }
                let _e127 = local_7;
                let _e129 = local_4;
                let _e130 = (_e127 >= _e129);
                if _e130 {
                    pending = 2u;
                    break;
                }
                let _e137 = local_5;
                let _e139 = local_7;
                local_7 = (_e139 << 2u);
                let _e145 = local_7;
                let _e148 = local_1;
                let _e150 = local_7;
                let _e158 = b[(((_e148 + _e150) + 4294963200u) >> 2u)];
                let _e160 = local;
                let _e162 = local_3;
                let _e164 = local_7;
                let _e172 = c[(((_e162 + _e164) + 4294963200u) >> 2u)];
                a[(((_e137 + _e145) + 4294963200u) >> 2u)] = (_e158 + (_e160 * _e172));
                break;
            }
            let _e182 = pending;
            if (_e182 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e182 != 0u) {
                    break;
                }
            }
            return;
            break;
        }
        let _e190 = pending;
        if (_e190 == 2u) {
            pending = 0u;
            break;
        }
        let _e208 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e208.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 85u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e255 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e255.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 85u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
