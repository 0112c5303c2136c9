@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> a: array<f32>;
@group(0) @binding(3) 
var<storage> b: array<f32>;
@group(0) @binding(4) 
var<storage, read_write> partial: array<f32>;
var<workgroup> tile: array<f32, 256>;

@compute @workgroup_size(256, 1, 1) 
fn dot_f32_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_10: f32;
    var local_11: u32;
    var local_12: u32;
    var local_13: u32;
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
    local_10 = 0f;
    local_11 = 0u;
    local_12 = 0u;
    local_13 = 0u;
    local = 4096u;
    let _e37 = params[0];
    local_1 = _e37;
    local_2 = 4096u;
    let _e45 = params[2];
    local_3 = _e45;
    local_4 = 4096u;
    let _e53 = params[4];
    local_5 = _e53;
    local_6 = 4096u;
    local_7 = local_id.x;
    local_8 = workgroup_id.x;
    local_9 = num_workgroups.x;
    local_10 = 0f;
    loop {
        loop {
            let _e82 = local_7;
            let _e84 = local_8;
            local_11 = (_e82 + (_e84 << (8u & 31u)));
            let _e92 = local_11;
            let _e94 = local_1;
            if (select(0u, 1u, (_e92 >= _e94)) != 0u) {
                break;
            }
            let _e102 = local_9;
            local_12 = (_e102 << (8u & 31u));
            let _e109 = local_8;
            let _e115 = local_7;
            local_13 = ((_e109 << (10u & 31u)) + (_e115 << (2u & 31u)));
            let _e123 = local_9;
            local_9 = (_e123 << (10u & 31u));
            local_10 = 0f;
            loop {
                let _e132 = local_11;
                let _e134 = local_3;
                if (select(0u, 1u, (_e132 >= _e134)) != 0u) {
                    pending = 2u;
                    break;
                }
                let _e145 = local_10;
                let _e147 = local;
                let _e149 = local_13;
                let _e157 = a[(((_e147 + _e149) + 4294963200u) >> 2u)];
                let _e161 = local_2;
                let _e163 = local_13;
                let _e171 = b[(((_e161 + _e163) + 4294963200u) >> 2u)];
                local_10 = (_e145 + (bitcast<f32>(bitcast<u32>(_e157)) * bitcast<f32>(bitcast<u32>(_e171))));
                let _e178 = local_13;
                let _e180 = local_9;
                local_13 = (_e178 + _e180);
                let _e184 = local_11;
                let _e186 = local_12;
                local_11 = (_e184 + _e186);
                let _e190 = local_11;
                let _e192 = local_1;
                if (select(0u, 1u, (_e190 < _e192)) != 0u) {
                    continue;
                }
                break;
            }
            let _e200 = pending;
            if (_e200 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e200 != 0u) {
                    break;
                }
            }
            break;
        }
        let _e208 = pending;
        if (_e208 == 2u) {
            pending = 0u;
            break;
        }
        loop {
            loop {
                let _e216 = local_7;
                if (select(0u, 1u, (_e216 > 255u)) != 0u) {
                    break;
                }
                let _e225 = local_6;
                let _e227 = local_7;
                local_13 = (_e225 + (_e227 << (2u & 31u)));
                let _e235 = local_13;
                let _e237 = local_10;
                tile[((_e235 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e237));
                storageBarrier();
                workgroupBarrier();
                loop {
                    let _e247 = local_7;
                    if (select(0u, 1u, (_e247 < 128u)) != 0u) {
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
                let _e256 = local_13;
                let _e258 = local_10;
                let _e260 = local_13;
                let _e267 = tile[((_e260 + 4294963712u) >> 2u)];
                local_10 = (_e258 + bitcast<f32>(bitcast<u32>(_e267)));
                let _e273 = local_10;
                tile[((_e256 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e273));
                storageBarrier();
                workgroupBarrier();
                loop {
                    let _e283 = local_7;
                    if (select(0u, 1u, (_e283 < 64u)) != 0u) {
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
                let _e292 = local_13;
                let _e294 = local_10;
                let _e296 = local_13;
                let _e303 = tile[((_e296 + 4294963456u) >> 2u)];
                local_10 = (_e294 + bitcast<f32>(bitcast<u32>(_e303)));
                let _e309 = local_10;
                tile[((_e292 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e309));
                storageBarrier();
                workgroupBarrier();
                loop {
                    let _e319 = local_7;
                    if (select(0u, 1u, (_e319 < 32u)) != 0u) {
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
                let _e328 = local_13;
                let _e330 = local_10;
                let _e332 = local_13;
                let _e339 = tile[((_e332 + 4294963328u) >> 2u)];
                local_10 = (_e330 + bitcast<f32>(bitcast<u32>(_e339)));
                let _e345 = local_10;
                tile[((_e328 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e345));
                storageBarrier();
                workgroupBarrier();
                loop {
                    let _e355 = local_7;
                    if (select(0u, 1u, (_e355 < 16u)) != 0u) {
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
                let _e364 = local_13;
                let _e366 = local_10;
                let _e368 = local_13;
                let _e375 = tile[((_e368 + 4294963264u) >> 2u)];
                local_10 = (_e366 + bitcast<f32>(bitcast<u32>(_e375)));
                let _e381 = local_10;
                tile[((_e364 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e381));
                storageBarrier();
                workgroupBarrier();
                loop {
                    let _e391 = local_7;
                    if (select(0u, 1u, (_e391 < 8u)) != 0u) {
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
                let _e400 = local_13;
                let _e402 = local_10;
                let _e404 = local_13;
                let _e411 = tile[((_e404 + 4294963232u) >> 2u)];
                local_10 = (_e402 + bitcast<f32>(bitcast<u32>(_e411)));
                let _e417 = local_10;
                tile[((_e400 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e417));
                storageBarrier();
                workgroupBarrier();
                loop {
                    let _e427 = local_7;
                    if (select(0u, 1u, (_e427 < 4u)) != 0u) {
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
                let _e436 = local_13;
                let _e438 = local_10;
                let _e440 = local_13;
                let _e447 = tile[((_e440 + 4294963216u) >> 2u)];
                local_10 = (_e438 + bitcast<f32>(bitcast<u32>(_e447)));
                let _e453 = local_10;
                tile[((_e436 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e453));
                storageBarrier();
                workgroupBarrier();
                loop {
                    let _e463 = local_7;
                    if (select(0u, 1u, (_e463 < 2u)) != 0u) {
                        break;
                    }
                    storageBarrier();
                    workgroupBarrier();
                    storageBarrier();
                    workgroupBarrier();
                    return;
                    break;
                }
                let _e472 = local_13;
                let _e474 = local_10;
                let _e476 = local_13;
                let _e483 = tile[((_e476 + 4294963208u) >> 2u)];
                local_10 = (_e474 + bitcast<f32>(bitcast<u32>(_e483)));
                let _e489 = local_10;
                tile[((_e472 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e489));
                storageBarrier();
                workgroupBarrier();
                let _e499 = local_7;
                if (select(0u, 1u, (_e499 == 0u)) != 0u) {
                    pending = 5u;
                    break;
                }
                storageBarrier();
                workgroupBarrier();
                return;
                break;
            }
            let _e510 = pending;
            if (_e510 == 5u) {
                pending = 0u;
                break;
            }
            let _e527 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e527.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 82u);
                atomicStore((&status[8]), 1u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e564 = local_13;
        let _e566 = local_10;
        let _e568 = local_6;
        let _e575 = tile[((_e568 + 4294963204u) >> 2u)];
        tile[((_e564 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>((_e566 + bitcast<f32>(bitcast<u32>(_e575)))));
        storageBarrier();
        workgroupBarrier();
        loop {
            let _e588 = local_8;
            let _e590 = local_5;
            if (select(0u, 1u, (_e588 >= _e590)) != 0u) {
                break;
            }
            let _e598 = local_4;
            let _e600 = local_8;
            let _e607 = local_6;
            let _e614 = tile[((_e607 + 4294963200u) >> 2u)];
            partial[(((_e598 + (_e600 << (2u & 31u))) + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(bitcast<f32>(bitcast<u32>(_e614))));
            return;
            break;
        }
        let _e636 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
        if _e636.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 82u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e683 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
    if _e683.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 82u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
