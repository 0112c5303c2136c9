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
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

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
    var local_10: u32;
    var local_11: f32;
    var local_12: u32;
    var local_13: u32;
    var local_14: u32;
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
    local_10 = 0u;
    local_11 = 0f;
    local_12 = 0u;
    local_13 = 0u;
    local_14 = 0u;
    local_15 = 0lu;
    let _e36 = stack_pointer;
    local = (_e36 - 32u);
    let _e41 = local;
    stack_pointer = _e41;
    local_1 = 4096u;
    let _e49 = params[0];
    local_2 = _e49;
    local_3 = 4096u;
    let _e57 = params[2];
    local_4 = _e57;
    local_5 = 4096u;
    let _e65 = params[4];
    local_6 = _e65;
    local_7 = 4096u;
    local_8 = local_id.x;
    local_9 = workgroup_id.x;
    local_10 = num_workgroups.x;
    local_11 = 0f;
    loop {
        loop {
            loop {
                let _e94 = local_8;
                let _e96 = local_9;
                local_12 = (_e94 + (_e96 << 8u));
                let _e103 = local_12;
                let _e105 = local_2;
                let _e106 = (_e103 >= _e105);
                if _e106 {
                    break;
                }
                let _e111 = local_10;
                local_13 = (_e111 << 8u);
                let _e117 = local_9;
                let _e122 = local_8;
                local_14 = ((_e117 << 10u) + (_e122 << 2u));
                let _e129 = local_10;
                local_10 = (_e129 << 10u);
                local_11 = 0f;
                loop {
                    let _e137 = local_12;
                    let _e139 = local_4;
                    let _e140 = (_e137 >= _e139);
                    if _e140 {
                        pending = 3u;
                        break;
                    }
                    let _e148 = local_11;
                    let _e150 = local_1;
                    let _e152 = local_14;
                    let _e160 = a[(((_e150 + _e152) + 4294963200u) >> 2u)];
                    let _e162 = local_3;
                    let _e164 = local_14;
                    let _e172 = b[(((_e162 + _e164) + 4294963200u) >> 2u)];
                    local_11 = (_e148 + (_e160 * _e172));
                    let _e177 = local_14;
                    let _e179 = local_10;
                    local_14 = (_e177 + _e179);
                    let _e183 = local_12;
                    let _e185 = local_13;
                    local_12 = (_e183 + _e185);
                    let _e189 = local_12;
                    let _e191 = local_2;
                    let _e192 = (_e189 < _e191);
                    if _e192 {
                        continue;
                    }
                    break;
                }
                let _e197 = pending;
                if (_e197 == 4u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e197 != 0u) {
                        break;
                    }
                }
                break;
            }
            let _e205 = pending;
            if (_e205 == 3u) {
                pending = 0u;
                break;
            }
            let _e213 = local;
            let _e215 = local_8;
            stack[((_e213 + 4293918760u) >> 2u)] = _e215;
            let _e223 = local;
            stack[((_e223 + 4293918764u) >> 2u)] = 256u;
            loop {
                loop {
                    let _e232 = local_8;
                    let _e234 = (_e232 > 255u);
                    if _e234 {
                        break;
                    }
                    let _e239 = local_7;
                    let _e241 = local_8;
                    local_14 = (_e239 + (_e241 << 2u));
                    let _e248 = local_14;
                    let _e250 = local_11;
                    tile[((_e248 + 4294963200u) >> 2u)] = _e250;
                    storageBarrier();
                    workgroupBarrier();
                    loop {
                        loop {
                            let _e258 = local_8;
                            let _e260 = (_e258 < 128u);
                            if _e260 {
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
                            pending = 8u;
                            break;
                            break;
                        }
                        let _e267 = pending;
                        if (_e267 == 8u) {
                            pending = 0u;
                            break;
                        }
                        let _e275 = local_14;
                        let _e277 = local_14;
                        let _e284 = tile[((_e277 + 4294963200u) >> 2u)];
                        let _e286 = local_14;
                        let _e293 = tile[((_e286 + 4294963712u) >> 2u)];
                        tile[((_e275 + 4294963200u) >> 2u)] = (_e284 + _e293);
                        storageBarrier();
                        workgroupBarrier();
                        loop {
                            let _e302 = local_8;
                            let _e304 = (_e302 < 64u);
                            if _e304 {
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
                            pending = 8u;
                            break;
                            break;
                        }
                        let _e311 = pending;
                        if (_e311 == 8u) {
                            pending = 0u;
                            break;
                        }
                        let _e319 = local_14;
                        let _e321 = local_14;
                        let _e328 = tile[((_e321 + 4294963200u) >> 2u)];
                        let _e330 = local_14;
                        let _e337 = tile[((_e330 + 4294963456u) >> 2u)];
                        tile[((_e319 + 4294963200u) >> 2u)] = (_e328 + _e337);
                        storageBarrier();
                        workgroupBarrier();
                        loop {
                            let _e346 = local_8;
                            let _e348 = (_e346 < 32u);
                            if _e348 {
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
                            pending = 8u;
                            break;
                            break;
                        }
                        let _e355 = pending;
                        if (_e355 == 8u) {
                            pending = 0u;
                            break;
                        }
                        let _e363 = local_14;
                        let _e365 = local_14;
                        let _e372 = tile[((_e365 + 4294963200u) >> 2u)];
                        let _e374 = local_14;
                        let _e381 = tile[((_e374 + 4294963328u) >> 2u)];
                        tile[((_e363 + 4294963200u) >> 2u)] = (_e372 + _e381);
                        storageBarrier();
                        workgroupBarrier();
                        loop {
                            let _e390 = local_8;
                            let _e392 = (_e390 < 16u);
                            if _e392 {
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
                            pending = 8u;
                            break;
                            break;
                        }
                        let _e399 = pending;
                        if (_e399 == 8u) {
                            pending = 0u;
                            break;
                        }
                        let _e407 = local_14;
                        let _e409 = local_14;
                        let _e416 = tile[((_e409 + 4294963200u) >> 2u)];
                        let _e418 = local_14;
                        let _e425 = tile[((_e418 + 4294963264u) >> 2u)];
                        tile[((_e407 + 4294963200u) >> 2u)] = (_e416 + _e425);
                        storageBarrier();
                        workgroupBarrier();
                        loop {
                            let _e434 = local_8;
                            let _e436 = (_e434 < 8u);
                            if _e436 {
                                break;
                            }
                            storageBarrier();
                            workgroupBarrier();
                            storageBarrier();
                            workgroupBarrier();
                            storageBarrier();
                            workgroupBarrier();
                            pending = 8u;
                            break;
                            break;
                        }
                        let _e443 = pending;
                        if (_e443 == 8u) {
                            pending = 0u;
                            break;
                        }
                        let _e451 = local_14;
                        let _e453 = local_14;
                        let _e460 = tile[((_e453 + 4294963200u) >> 2u)];
                        let _e462 = local_14;
                        let _e469 = tile[((_e462 + 4294963232u) >> 2u)];
                        tile[((_e451 + 4294963200u) >> 2u)] = (_e460 + _e469);
                        storageBarrier();
                        workgroupBarrier();
                        loop {
                            let _e478 = local_8;
                            let _e480 = (_e478 < 4u);
                            if _e480 {
                                break;
                            }
                            storageBarrier();
                            workgroupBarrier();
                            storageBarrier();
                            workgroupBarrier();
                            pending = 8u;
                            break;
                            break;
                        }
                        let _e487 = pending;
                        if (_e487 == 8u) {
                            pending = 0u;
                            break;
                        }
                        let _e495 = local_14;
                        let _e497 = local_14;
                        let _e504 = tile[((_e497 + 4294963200u) >> 2u)];
                        let _e506 = local_14;
                        let _e513 = tile[((_e506 + 4294963216u) >> 2u)];
                        tile[((_e495 + 4294963200u) >> 2u)] = (_e504 + _e513);
                        storageBarrier();
                        workgroupBarrier();
                        loop {
                            let _e522 = local_8;
                            let _e524 = (_e522 < 2u);
                            if _e524 {
                                break;
                            }
                            storageBarrier();
                            workgroupBarrier();
                            pending = 8u;
                            break;
                            break;
                        }
                        let _e531 = pending;
                        if (_e531 == 8u) {
                            pending = 0u;
                            break;
                        }
                        let _e539 = local_14;
                        let _e541 = local_14;
                        let _e548 = tile[((_e541 + 4294963200u) >> 2u)];
                        let _e550 = local_14;
                        let _e557 = tile[((_e550 + 4294963208u) >> 2u)];
                        tile[((_e539 + 4294963200u) >> 2u)] = (_e548 + _e557);
                        storageBarrier();
                        workgroupBarrier();
                        let _e566 = local_8;
                        let _e568 = (_e566 == 0u);
                        if _e568 {
                            pending = 6u;
                            break;
                        }
                        break;
                    }
                    let _e575 = pending;
                    if (_e575 == 7u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e575 != 0u) {
                            break;
                        }
                    }
                    storageBarrier();
                    workgroupBarrier();
                    pending = 2u;
                    break;
                    break;
                }
                let _e585 = pending;
                if (_e585 == 6u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e585 != 0u) {
                        break;
                    }
                }
                let _e593 = local;
                local_15 = (u64(1u) << 32u);
                let _e601 = local_15;
                let _e603 = local;
                let _e607 = (_e601 | u64((_e603 + 8u)));
                let _e611 = ((_e593 + 4293918776u) >> 2u);
                stack[_e611] = u32(_e607);
                stack[(_e611 + 1u)] = u32((_e607 >> 32u));
                let _e623 = local;
                let _e625 = local_15;
                let _e627 = local;
                let _e631 = (_e625 | u64((_e627 + 12u)));
                let _e635 = ((_e623 + 4293918768u) >> 2u);
                stack[_e635] = u32(_e631);
                stack[(_e635 + 1u)] = u32((_e631 >> 32u));
                let _e648 = local;
                let _e658 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                if _e658.exchanged {
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
            let _e695 = pending;
            if (_e695 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e695 != 0u) {
                    break;
                }
            }
            let _e703 = local_14;
            let _e705 = local_14;
            let _e712 = tile[((_e705 + 4294963200u) >> 2u)];
            let _e714 = local_7;
            let _e721 = tile[((_e714 + 4294963204u) >> 2u)];
            tile[((_e703 + 4294963200u) >> 2u)] = (_e712 + _e721);
            storageBarrier();
            workgroupBarrier();
            loop {
                let _e730 = local_9;
                let _e732 = local_6;
                let _e733 = (_e730 >= _e732);
                if _e733 {
                    break;
                }
                let _e738 = local_5;
                let _e740 = local_9;
                let _e746 = local_7;
                let _e753 = tile[((_e746 + 4294963200u) >> 2u)];
                partial[(((_e738 + (_e740 << 2u)) + 4294963200u) >> 2u)] = _e753;
                pending = 2u;
                break;
                break;
            }
            let _e763 = pending;
            if (_e763 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e763 != 0u) {
                    break;
                }
            }
            let _e781 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e781.exchanged {
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
        let _e818 = pending;
        if (_e818 == 2u) {
            pending = 0u;
            break;
        }
        let _e836 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
        if _e836.exchanged {
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
    let _e873 = local;
    stack_pointer = (_e873 + 32u);
}
