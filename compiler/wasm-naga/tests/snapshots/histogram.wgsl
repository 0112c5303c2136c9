@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> values: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> bins: array<atomic<u32>>;
var<workgroup> local_bins: array<atomic<u32>, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

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
    var local_15: u32;
    var local_16: u64;
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
    local_15 = 0u;
    local_16 = 0lu;
    let _e38 = stack_pointer;
    local = (_e38 - 32u);
    let _e43 = local;
    stack_pointer = _e43;
    local_1 = 4096u;
    let _e51 = params[0];
    local_2 = _e51;
    local_3 = 4096u;
    let _e59 = params[2];
    local_4 = _e59;
    local_5 = 4096u;
    local_6 = workgroup_id.x;
    local_7 = 256u;
    local_8 = local_id.x;
    local_9 = workgroup_id.y;
    local_10 = 1u;
    local_11 = local_id.y;
    local_12 = num_workgroups.x;
    local_13 = 256u;
    local_14 = local_id.x;
    let _e102 = local;
    let _e104 = local_14;
    stack[((_e102 + 4293918760u) >> 2u)] = _e104;
    let _e112 = local;
    stack[((_e112 + 4293918764u) >> 2u)] = 256u;
    loop {
        loop {
            loop {
                let _e121 = local_14;
                let _e123 = (_e121 > 255u);
                if _e123 {
                    break;
                }
                let _e128 = local_5;
                let _e130 = local_14;
                local_15 = (_e128 + (_e130 << 2u));
                let _e137 = local_15;
                atomicStore((&local_bins[((_e137 + 4294963200u) >> 2u)]), 0u);
                workgroupBarrier();
                let _e146 = local_7;
                let _e148 = local_6;
                let _e151 = local_8;
                let _e154 = local_12;
                let _e156 = local_10;
                let _e158 = local_9;
                let _e161 = local_11;
                let _e165 = local_13;
                local_6 = (((_e146 * _e148) + _e151) + ((_e154 * ((_e156 * _e158) + _e161)) * _e165));
                let _e170 = local_6;
                let _e172 = local_2;
                let _e173 = (_e170 < _e172);
                if _e173 {
                    pending = 3u;
                    break;
                }
                pending = 2u;
                break;
                break;
            }
            let _e183 = pending;
            if (_e183 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e183 != 0u) {
                    break;
                }
            }
            let _e191 = local;
            local_16 = (u64(1u) << 32u);
            let _e199 = local_16;
            let _e201 = local;
            let _e205 = (_e199 | u64((_e201 + 8u)));
            let _e209 = ((_e191 + 4293918776u) >> 2u);
            stack[_e209] = u32(_e205);
            stack[(_e209 + 1u)] = u32((_e205 >> 32u));
            let _e221 = local;
            let _e223 = local_16;
            let _e225 = local;
            let _e229 = (_e223 | u64((_e225 + 12u)));
            let _e233 = ((_e221 + 4293918768u) >> 2u);
            stack[_e233] = u32(_e229);
            stack[(_e233 + 1u)] = u32((_e229 >> 32u));
            let _e246 = local;
            let _e256 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e256.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 124u);
                atomicStore((&status[8]), 16u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e293 = pending;
        if (_e293 == 2u) {
            pending = 0u;
            break;
        }
        let _e301 = local_5;
        let _e303 = local_1;
        let _e305 = local_6;
        let _e311 = ((_e303 + (_e305 << 2u)) + 4294963203u);
        let _e316 = values[(_e311 >> 2u)];
        let _e335 = atomicAdd((&local_bins[(((_e301 + (((_e316 >> ((_e311 & 3u) << 3u)) & 255u) << 2u)) + 4294963200u) >> 2u)]), 1u);
        break;
    }
    workgroupBarrier();
    loop {
        loop {
            let _e337 = local_15;
            let _e344 = atomicLoad((&local_bins[((_e337 + 4294963200u) >> 2u)]));
            local_5 = _e344;
            let _e347 = local_5;
            let _e349 = (_e347 == 0u);
            if _e349 {
                break;
            }
            let _e354 = local_14;
            let _e356 = local_4;
            let _e357 = (_e354 >= _e356);
            if _e357 {
                pending = 5u;
                break;
            }
            let _e364 = local_3;
            let _e366 = local_14;
            let _e372 = local_5;
            let _e379 = atomicAdd((&bins[(((_e364 + (_e366 << 2u)) + 4294963200u) >> 2u)]), _e372);
            break;
        }
        let _e381 = pending;
        if (_e381 == 5u) {
            pending = 0u;
            break;
        }
        let _e389 = local;
        stack_pointer = (_e389 + 32u);
        return;
        break;
    }
    let _e404 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e404.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 133u);
        atomicStore((&status[8]), 32u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
