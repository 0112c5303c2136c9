@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> values: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> bins: array<atomic<u32>>;
var<workgroup> local_bins: array<atomic<u32>, 256>;

@compute @workgroup_size(256, 1, 1) 
fn histogram(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_10: u32;
    var local_11: u32;
    var local_12: u32;
    var local_13: u32;
    var local_14: u32;
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
    local_10 = 0u;
    local_11 = 0u;
    local_12 = 0u;
    local_13 = 0u;
    local_14 = 0u;
    local = 4096u;
    let _e39 = params[0];
    local_1 = _e39;
    local_2 = 4096u;
    let _e47 = params[2];
    local_3 = _e47;
    local_4 = 4096u;
    local_5 = workgroup_id.x;
    local_6 = 256u;
    local_7 = local_id.x;
    local_8 = workgroup_id.y;
    local_9 = 1u;
    local_10 = local_id.y;
    local_11 = num_workgroups.x;
    local_12 = 256u;
    local_13 = local_id.x;
    loop {
        loop {
            loop {
                let _e90 = local_13;
                if (select(0u, 1u, (_e90 > 255u)) != 0u) {
                    break;
                }
                let _e99 = local_4;
                let _e101 = local_13;
                local_14 = (_e99 + (_e101 << (2u & 31u)));
                let _e109 = local_14;
                atomicStore((&local_bins[((_e109 + 4294963200u) >> 2u)]), 0u);
                storageBarrier();
                workgroupBarrier();
                let _e118 = local_6;
                let _e120 = local_5;
                let _e123 = local_7;
                let _e126 = local_11;
                let _e128 = local_9;
                let _e130 = local_8;
                let _e133 = local_10;
                let _e137 = local_12;
                local_5 = (((_e118 * _e120) + _e123) + ((_e126 * ((_e128 * _e130) + _e133)) * _e137));
                let _e142 = local_5;
                let _e144 = local_1;
                if (select(0u, 1u, (_e142 < _e144)) != 0u) {
                    pending = 3u;
                    break;
                }
                pending = 2u;
                break;
                break;
            }
            let _e157 = pending;
            if (_e157 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e157 != 0u) {
                    break;
                }
            }
            let _e174 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e174.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 122u);
                atomicStore((&status[8]), 5u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e211 = pending;
        if (_e211 == 2u) {
            pending = 0u;
            break;
        }
        let _e219 = local_4;
        let _e221 = local;
        let _e223 = local_5;
        let _e230 = ((_e221 + (_e223 << (2u & 31u))) + 4294963203u);
        let _e235 = values[(_e230 >> 2u)];
        let _e255 = atomicAdd((&local_bins[(((_e219 + (((_e235 >> ((_e230 & 3u) << 3u)) & 255u) << (2u & 31u))) + 4294963200u) >> 2u)]), 1u);
        break;
    }
    storageBarrier();
    workgroupBarrier();
    loop {
        loop {
            let _e257 = local_14;
            let _e265 = atomicAdd((&local_bins[((_e257 + 4294963200u) >> 2u)]), 0u);
            local_4 = _e265;
            let _e268 = local_4;
            if (select(0u, 1u, (_e268 == 0u)) != 0u) {
                break;
            }
            let _e277 = local_13;
            let _e279 = local_3;
            if (select(0u, 1u, (_e277 >= _e279)) != 0u) {
                pending = 5u;
                break;
            }
            let _e289 = local_2;
            let _e291 = local_13;
            let _e298 = local_4;
            let _e305 = atomicAdd((&bins[(((_e289 + (_e291 << (2u & 31u))) + 4294963200u) >> 2u)]), _e298);
            break;
        }
        let _e307 = pending;
        if (_e307 == 5u) {
            pending = 0u;
            break;
        }
        return;
        break;
    }
    let _e325 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e325.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 131u);
        atomicStore((&status[8]), 32u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
