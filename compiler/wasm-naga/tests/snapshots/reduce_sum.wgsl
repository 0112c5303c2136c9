@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> input: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> partial: array<f32>;
var<workgroup> tile: array<f32, 256>;

@compute @workgroup_size(256, 1, 1) 
fn reduce_sum(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_14: f32;
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
    local_14 = 0f;
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
    local_14 = 0f;
    loop {
        let _e92 = local_7;
        let _e94 = local_6;
        let _e96 = local_5;
        let _e100 = local_12;
        let _e102 = local_11;
        let _e104 = local_10;
        let _e106 = local_9;
        let _e108 = local_8;
        local_5 = ((_e92 + (_e94 * _e96)) + (_e100 * (_e102 * (_e104 + (_e106 * _e108)))));
        let _e116 = local_5;
        let _e118 = local_1;
        if (select(0u, 1u, (_e116 >= _e118)) != 0u) {
            break;
        }
        let _e126 = local;
        let _e128 = local_5;
        let _e140 = input[(((_e126 + (_e128 << (2u & 31u))) + 4294963200u) >> 2u)];
        local_14 = bitcast<f32>(bitcast<u32>(_e140));
        break;
    }
    loop {
        loop {
            let _e145 = local_13;
            if (select(0u, 1u, (_e145 > 255u)) != 0u) {
                break;
            }
            let _e154 = local_4;
            let _e156 = local_13;
            local_1 = (_e154 + (_e156 << (2u & 31u)));
            let _e164 = local_1;
            let _e166 = local_14;
            tile[((_e164 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e166));
            storageBarrier();
            workgroupBarrier();
            loop {
                let _e176 = local_13;
                if (select(0u, 1u, (_e176 < 128u)) != 0u) {
                    break;
                }
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                return;
                break;
            }
            let _e185 = local_1;
            let _e187 = local_14;
            let _e189 = local_1;
            let _e196 = tile[((_e189 + 4294963712u) >> 2u)];
            local_14 = (_e187 + bitcast<f32>(bitcast<u32>(_e196)));
            let _e202 = local_14;
            tile[((_e185 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e202));
            storageBarrier();
            workgroupBarrier();
            loop {
                let _e212 = local_13;
                if (select(0u, 1u, (_e212 < 64u)) != 0u) {
                    break;
                }
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                return;
                break;
            }
            let _e221 = local_1;
            let _e223 = local_14;
            let _e225 = local_1;
            let _e232 = tile[((_e225 + 4294963456u) >> 2u)];
            local_14 = (_e223 + bitcast<f32>(bitcast<u32>(_e232)));
            let _e238 = local_14;
            tile[((_e221 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e238));
            storageBarrier();
            workgroupBarrier();
            loop {
                let _e248 = local_13;
                if (select(0u, 1u, (_e248 < 32u)) != 0u) {
                    break;
                }
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                return;
                break;
            }
            let _e257 = local_1;
            let _e259 = local_14;
            let _e261 = local_1;
            let _e268 = tile[((_e261 + 4294963328u) >> 2u)];
            local_14 = (_e259 + bitcast<f32>(bitcast<u32>(_e268)));
            let _e274 = local_14;
            tile[((_e257 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e274));
            storageBarrier();
            workgroupBarrier();
            loop {
                let _e284 = local_13;
                if (select(0u, 1u, (_e284 < 16u)) != 0u) {
                    break;
                }
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                return;
                break;
            }
            let _e293 = local_1;
            let _e295 = local_14;
            let _e297 = local_1;
            let _e304 = tile[((_e297 + 4294963264u) >> 2u)];
            local_14 = (_e295 + bitcast<f32>(bitcast<u32>(_e304)));
            let _e310 = local_14;
            tile[((_e293 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e310));
            storageBarrier();
            workgroupBarrier();
            loop {
                let _e320 = local_13;
                if (select(0u, 1u, (_e320 < 8u)) != 0u) {
                    break;
                }
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                return;
                break;
            }
            let _e329 = local_1;
            let _e331 = local_14;
            let _e333 = local_1;
            let _e340 = tile[((_e333 + 4294963232u) >> 2u)];
            local_14 = (_e331 + bitcast<f32>(bitcast<u32>(_e340)));
            let _e346 = local_14;
            tile[((_e329 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e346));
            storageBarrier();
            workgroupBarrier();
            loop {
                let _e356 = local_13;
                if (select(0u, 1u, (_e356 < 4u)) != 0u) {
                    break;
                }
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                return;
                break;
            }
            let _e365 = local_1;
            let _e367 = local_14;
            let _e369 = local_1;
            let _e376 = tile[((_e369 + 4294963216u) >> 2u)];
            local_14 = (_e367 + bitcast<f32>(bitcast<u32>(_e376)));
            let _e382 = local_14;
            tile[((_e365 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e382));
            storageBarrier();
            workgroupBarrier();
            loop {
                let _e392 = local_13;
                if (select(0u, 1u, (_e392 < 2u)) != 0u) {
                    break;
                }
                storageBarrier();
                workgroupBarrier();
                storageBarrier();
                workgroupBarrier();
                return;
                break;
            }
            let _e401 = local_1;
            let _e403 = local_14;
            let _e405 = local_1;
            let _e412 = tile[((_e405 + 4294963208u) >> 2u)];
            local_14 = (_e403 + bitcast<f32>(bitcast<u32>(_e412)));
            let _e418 = local_14;
            tile[((_e401 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e418));
            storageBarrier();
            workgroupBarrier();
            let _e428 = local_13;
            if (select(0u, 1u, (_e428 == 0u)) != 0u) {
                pending = 3u;
                break;
            }
            storageBarrier();
            workgroupBarrier();
            return;
            break;
        }
        let _e440 = pending;
        if (_e440 == 3u) {
            pending = 0u;
            break;
        }
        let _e457 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e457.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 109u);
            atomicStore((&status[8]), 5u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e494 = local_1;
    let _e496 = local_14;
    let _e498 = local_4;
    let _e505 = tile[((_e498 + 4294963204u) >> 2u)];
    tile[((_e494 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>((_e496 + bitcast<f32>(bitcast<u32>(_e505)))));
    storageBarrier();
    workgroupBarrier();
    let _e518 = local_4;
    let _e525 = tile[((_e518 + 4294963200u) >> 2u)];
    local_14 = bitcast<f32>(bitcast<u32>(_e525));
    local_13 = workgroup_id.x;
    loop {
        let _e537 = local_13;
        let _e539 = local_3;
        if (select(0u, 1u, (_e537 >= _e539)) != 0u) {
            break;
        }
        let _e547 = local_2;
        let _e549 = local_13;
        let _e556 = local_14;
        partial[(((_e547 + (_e549 << (2u & 31u))) + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e556));
        return;
        break;
    }
    let _e576 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e576.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 112u);
        atomicStore((&status[8]), 9u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
