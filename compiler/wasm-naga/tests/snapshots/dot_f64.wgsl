@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> a: array<f64>;
@group(0) @binding(3) 
var<storage> b: array<f64>;
@group(0) @binding(4) 
var<storage, read_write> partial: array<f64>;
var<workgroup> tile: array<f64, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn dot_f64_(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_11: f64;
    var local_12: u32;
    var local_13: u32;
    var local_14: u32;
    var local_15: u32;
    var local_16: u32;
    var local_17: f64;
    var local_18: u32;
    var local_19: u32;
    var local_20: u64;
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
    local_11 = 0.0lf;
    local_12 = 0u;
    local_13 = 0u;
    local_14 = 0u;
    local_15 = 0u;
    local_16 = 0u;
    local_17 = 0.0lf;
    local_18 = 0u;
    local_19 = 0u;
    local_20 = 0lu;
    let _e46 = stack_pointer;
    local = (_e46 - 32u);
    let _e51 = local;
    stack_pointer = _e51;
    local_1 = 4096u;
    let _e59 = params[0];
    local_2 = _e59;
    local_3 = 4096u;
    let _e67 = params[2];
    local_4 = _e67;
    local_5 = 4096u;
    let _e75 = params[4];
    local_6 = _e75;
    local_7 = 4096u;
    local_8 = local_id.x;
    local_9 = workgroup_id.x;
    local_10 = num_workgroups.x;
    local_11 = 0.0lf;
    loop {
        loop {
            let _e104 = local_10;
            local_12 = (_e104 << 8u);
            let _e110 = local_12;
            let _e112 = local_8;
            let _e114 = local_9;
            local_13 = (_e114 << 8u);
            let _e120 = local_13;
            local_14 = (_e112 + _e120);
            let _e124 = local_14;
            local_15 = (_e110 + _e124);
            let _e128 = local_15;
            let _e130 = local_4;
            let _e132 = local_2;
            let _e134 = local_4;
            let _e136 = local_2;
            let _e137 = (_e134 < _e136);
            local_16 = select(_e132, _e130, _e137);
            let _e144 = local_16;
            let _e145 = (_e128 < _e144);
            if _e145 {
                break;
            }
            local_17 = 0.0lf;
            pending = 2u;
            break;
            break;
        }
        let _e155 = pending;
        if (_e155 == 2u) {
            pending = 0u;
            break;
        }
        let _e163 = local_9;
        let _e168 = local_8;
        local_2 = ((_e163 << 11u) + (_e168 << 3u));
        let _e175 = local_13;
        let _e177 = local_12;
        local_18 = (_e175 + _e177);
        let _e181 = local_10;
        local_19 = (_e181 << 12u);
        let _e187 = local_10;
        local_10 = (_e187 << 9u);
        local_11 = 0.0lf;
        let _e195 = local_8;
        local_4 = _e195;
        local_17 = 0.0lf;
        loop {
            let _e200 = local_11;
            let _e202 = local_1;
            let _e204 = local_2;
            let _e212 = a[(((_e202 + _e204) + 4294963200u) >> 3u)];
            let _e214 = local_3;
            let _e216 = local_2;
            let _e224 = b[(((_e214 + _e216) + 4294963200u) >> 3u)];
            local_11 = (_e200 + (_e212 * _e224));
            let _e229 = local_17;
            let _e231 = local_1;
            let _e233 = local_15;
            local_15 = (_e233 << 3u);
            let _e239 = local_15;
            let _e247 = a[(((_e231 + _e239) + 4294963200u) >> 3u)];
            let _e249 = local_3;
            let _e251 = local_15;
            let _e259 = b[(((_e249 + _e251) + 4294963200u) >> 3u)];
            local_17 = (_e229 + (_e247 * _e259));
            let _e264 = local_2;
            let _e266 = local_19;
            local_2 = (_e264 + _e266);
            let _e270 = local_14;
            let _e272 = local_10;
            local_14 = (_e270 + _e272);
            let _e276 = local_14;
            let _e278 = local_12;
            local_15 = (_e276 + _e278);
            let _e282 = local_18;
            let _e284 = local_4;
            let _e286 = local_10;
            local_4 = (_e284 + _e286);
            let _e290 = local_4;
            let _e293 = local_16;
            let _e294 = ((_e282 + _e290) < _e293);
            if _e294 {
                continue;
            }
            break;
        }
        let _e299 = local_13;
        let _e301 = local_4;
        local_14 = (_e299 + _e301);
        break;
    }
    loop {
        let _e305 = local_14;
        let _e307 = local_16;
        let _e308 = (_e305 >= _e307);
        if _e308 {
            break;
        }
        let _e313 = local_11;
        let _e315 = local_1;
        let _e317 = local_14;
        local_2 = (_e317 << 3u);
        let _e323 = local_2;
        let _e331 = a[(((_e315 + _e323) + 4294963200u) >> 3u)];
        let _e333 = local_3;
        let _e335 = local_2;
        let _e343 = b[(((_e333 + _e335) + 4294963200u) >> 3u)];
        local_11 = (_e313 + (_e331 * _e343));
        break;
    }
    let _e348 = local;
    let _e350 = local_8;
    stack[((_e348 + 4293918760u) >> 2u)] = _e350;
    let _e358 = local;
    stack[((_e358 + 4293918764u) >> 2u)] = 256u;
    loop {
        loop {
            loop {
                loop {
                    let _e367 = local_8;
                    let _e369 = (_e367 > 255u);
                    if _e369 {
                        break;
                    }
                    let _e374 = local_7;
                    let _e376 = local_8;
                    local_2 = (_e374 + (_e376 << 3u));
                    let _e383 = local_2;
                    let _e385 = local_17;
                    let _e387 = local_11;
                    tile[((_e383 + 4294963200u) >> 3u)] = (_e385 + _e387);
                    workgroupBarrier();
                    loop {
                        let _e396 = local_8;
                        let _e398 = (_e396 < 128u);
                        if _e398 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 7u;
                        break;
                        break;
                    }
                    let _e405 = pending;
                    if (_e405 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e405 != 0u) {
                            break;
                        }
                    }
                    let _e413 = local_2;
                    let _e415 = local_2;
                    let _e422 = tile[((_e415 + 4294963200u) >> 3u)];
                    let _e424 = local_2;
                    let _e431 = tile[((_e424 + 4294964224u) >> 3u)];
                    tile[((_e413 + 4294963200u) >> 3u)] = (_e422 + _e431);
                    workgroupBarrier();
                    loop {
                        let _e440 = local_8;
                        let _e442 = (_e440 < 64u);
                        if _e442 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 7u;
                        break;
                        break;
                    }
                    let _e449 = pending;
                    if (_e449 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e449 != 0u) {
                            break;
                        }
                    }
                    let _e457 = local_2;
                    let _e459 = local_2;
                    let _e466 = tile[((_e459 + 4294963200u) >> 3u)];
                    let _e468 = local_2;
                    let _e475 = tile[((_e468 + 4294963712u) >> 3u)];
                    tile[((_e457 + 4294963200u) >> 3u)] = (_e466 + _e475);
                    workgroupBarrier();
                    loop {
                        let _e484 = local_8;
                        let _e486 = (_e484 < 32u);
                        if _e486 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 7u;
                        break;
                        break;
                    }
                    let _e493 = pending;
                    if (_e493 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e493 != 0u) {
                            break;
                        }
                    }
                    let _e501 = local_2;
                    let _e503 = local_2;
                    let _e510 = tile[((_e503 + 4294963200u) >> 3u)];
                    let _e512 = local_2;
                    let _e519 = tile[((_e512 + 4294963456u) >> 3u)];
                    tile[((_e501 + 4294963200u) >> 3u)] = (_e510 + _e519);
                    workgroupBarrier();
                    loop {
                        let _e528 = local_8;
                        let _e530 = (_e528 < 16u);
                        if _e530 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 7u;
                        break;
                        break;
                    }
                    let _e537 = pending;
                    if (_e537 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e537 != 0u) {
                            break;
                        }
                    }
                    let _e545 = local_2;
                    let _e547 = local_2;
                    let _e554 = tile[((_e547 + 4294963200u) >> 3u)];
                    let _e556 = local_2;
                    let _e563 = tile[((_e556 + 4294963328u) >> 3u)];
                    tile[((_e545 + 4294963200u) >> 3u)] = (_e554 + _e563);
                    workgroupBarrier();
                    loop {
                        let _e572 = local_8;
                        let _e574 = (_e572 < 8u);
                        if _e574 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 7u;
                        break;
                        break;
                    }
                    let _e581 = pending;
                    if (_e581 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e581 != 0u) {
                            break;
                        }
                    }
                    let _e589 = local_2;
                    let _e591 = local_2;
                    let _e598 = tile[((_e591 + 4294963200u) >> 3u)];
                    let _e600 = local_2;
                    let _e607 = tile[((_e600 + 4294963264u) >> 3u)];
                    tile[((_e589 + 4294963200u) >> 3u)] = (_e598 + _e607);
                    workgroupBarrier();
                    loop {
                        let _e616 = local_8;
                        let _e618 = (_e616 < 4u);
                        if _e618 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 7u;
                        break;
                        break;
                    }
                    let _e625 = pending;
                    if (_e625 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e625 != 0u) {
                            break;
                        }
                    }
                    let _e633 = local_2;
                    let _e635 = local_2;
                    let _e642 = tile[((_e635 + 4294963200u) >> 3u)];
                    let _e644 = local_2;
                    let _e651 = tile[((_e644 + 4294963232u) >> 3u)];
                    tile[((_e633 + 4294963200u) >> 3u)] = (_e642 + _e651);
                    workgroupBarrier();
                    loop {
                        let _e660 = local_8;
                        let _e662 = (_e660 < 2u);
                        if _e662 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 7u;
                        break;
                        break;
                    }
                    let _e669 = pending;
                    if (_e669 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e669 != 0u) {
                            break;
                        }
                    }
                    let _e677 = local_2;
                    let _e679 = local_2;
                    let _e686 = tile[((_e679 + 4294963200u) >> 3u)];
                    let _e688 = local_2;
                    let _e695 = tile[((_e688 + 4294963216u) >> 3u)];
                    tile[((_e677 + 4294963200u) >> 3u)] = (_e686 + _e695);
                    workgroupBarrier();
                    let _e704 = local_8;
                    let _e706 = (_e704 == 0u);
                    if _e706 {
                        pending = 8u;
                        break;
                    }
                    workgroupBarrier();
                    pending = 7u;
                    break;
                    break;
                }
                let _e715 = pending;
                if (_e715 == 8u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e715 != 0u) {
                        break;
                    }
                }
                let _e723 = local;
                local_20 = (u64(1u) << 32u);
                let _e731 = local_20;
                let _e733 = local;
                let _e737 = (_e731 | u64((_e733 + 8u)));
                let _e741 = ((_e723 + 4293918776u) >> 2u);
                stack[_e741] = u32(_e737);
                stack[(_e741 + 1u)] = u32((_e737 >> 32u));
                let _e753 = local;
                let _e755 = local_20;
                let _e757 = local;
                let _e761 = (_e755 | u64((_e757 + 12u)));
                let _e765 = ((_e753 + 4293918768u) >> 2u);
                stack[_e765] = u32(_e761);
                stack[(_e765 + 1u)] = u32((_e761 >> 32u));
                let _e778 = local;
                let _e788 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                if _e788.exchanged {
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
            let _e825 = pending;
            if (_e825 == 7u) {
                pending = 0u;
                break;
            }
            let _e833 = local_2;
            let _e835 = local_2;
            let _e842 = tile[((_e835 + 4294963200u) >> 3u)];
            let _e844 = local_7;
            let _e851 = tile[((_e844 + 4294963208u) >> 3u)];
            tile[((_e833 + 4294963200u) >> 3u)] = (_e842 + _e851);
            workgroupBarrier();
            let _e860 = local_9;
            let _e862 = local_6;
            let _e863 = (_e860 >= _e862);
            if _e863 {
                pending = 6u;
                break;
            }
            let _e870 = local_5;
            let _e872 = local_9;
            let _e878 = local_7;
            let _e885 = tile[((_e878 + 4294963200u) >> 3u)];
            partial[(((_e870 + (_e872 << 3u)) + 4294963200u) >> 3u)] = _e885;
            break;
        }
        let _e893 = pending;
        if (_e893 == 6u) {
            pending = 0u;
            break;
        }
        let _e901 = local;
        stack_pointer = (_e901 + 32u);
        return;
        break;
    }
    let _e916 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e916.exchanged {
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
