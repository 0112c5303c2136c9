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
    var local_15: u32;
    var local_16: u32;
    var local_17: f32;
    var local_18: u32;
    var local_19: u32;
    var local_20: vec2<u32>;
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
    local_15 = 0u;
    local_16 = 0u;
    local_17 = 0f;
    local_18 = 0u;
    local_19 = 0u;
    local_20 = vec2<u32>(0u, 0u);
    let _e48 = stack_pointer;
    local = (_e48 - 32u);
    let _e53 = local;
    stack_pointer = _e53;
    local_1 = 4096u;
    let _e61 = params[0];
    local_2 = _e61;
    local_3 = 4096u;
    let _e69 = params[2];
    local_4 = _e69;
    local_5 = 4096u;
    let _e77 = params[4];
    local_6 = _e77;
    local_7 = 4096u;
    local_8 = local_id.x;
    local_9 = workgroup_id.x;
    local_10 = num_workgroups.x;
    local_11 = 0f;
    loop {
        loop {
            let _e106 = local_10;
            local_12 = (_e106 << 8u);
            let _e112 = local_12;
            let _e114 = local_8;
            let _e116 = local_9;
            local_13 = (_e116 << 8u);
            let _e122 = local_13;
            local_14 = (_e114 + _e122);
            let _e126 = local_14;
            local_15 = (_e112 + _e126);
            let _e130 = local_15;
            let _e132 = local_4;
            let _e134 = local_2;
            let _e136 = local_4;
            let _e138 = local_2;
            let _e139 = (_e136 < _e138);
            local_16 = select(_e134, _e132, _e139);
            let _e146 = local_16;
            let _e147 = (_e130 < _e146);
            if _e147 {
                break;
            }
            local_17 = 0f;
            pending = 2u;
            break;
            break;
        }
        let _e157 = pending;
        if (_e157 == 2u) {
            pending = 0u;
            break;
        }
        let _e165 = local_9;
        let _e170 = local_8;
        local_2 = ((_e165 << 10u) + (_e170 << 2u));
        let _e177 = local_13;
        let _e179 = local_12;
        local_18 = (_e177 + _e179);
        let _e183 = local_10;
        local_19 = (_e183 << 11u);
        let _e189 = local_10;
        local_10 = (_e189 << 9u);
        local_11 = 0f;
        let _e197 = local_8;
        local_4 = _e197;
        local_17 = 0f;
        loop {
            let _e202 = local_11;
            let _e204 = local_1;
            let _e206 = local_2;
            let _e214 = a[(((_e204 + _e206) + 4294963200u) >> 2u)];
            let _e216 = local_3;
            let _e218 = local_2;
            let _e226 = b[(((_e216 + _e218) + 4294963200u) >> 2u)];
            local_11 = (_e202 + (_e214 * _e226));
            let _e231 = local_17;
            let _e233 = local_1;
            let _e235 = local_15;
            local_15 = (_e235 << 2u);
            let _e241 = local_15;
            let _e249 = a[(((_e233 + _e241) + 4294963200u) >> 2u)];
            let _e251 = local_3;
            let _e253 = local_15;
            let _e261 = b[(((_e251 + _e253) + 4294963200u) >> 2u)];
            local_17 = (_e231 + (_e249 * _e261));
            let _e266 = local_2;
            let _e268 = local_19;
            local_2 = (_e266 + _e268);
            let _e272 = local_14;
            let _e274 = local_10;
            local_14 = (_e272 + _e274);
            let _e278 = local_14;
            let _e280 = local_12;
            local_15 = (_e278 + _e280);
            let _e284 = local_18;
            let _e286 = local_4;
            let _e288 = local_10;
            local_4 = (_e286 + _e288);
            let _e292 = local_4;
            let _e295 = local_16;
            let _e296 = ((_e284 + _e292) < _e295);
            if _e296 {
                continue;
            }
            break;
        }
        let _e301 = local_13;
        let _e303 = local_4;
        local_14 = (_e301 + _e303);
        break;
    }
    loop {
        let _e307 = local_14;
        let _e309 = local_16;
        let _e310 = (_e307 >= _e309);
        if _e310 {
            break;
        }
        let _e315 = local_11;
        let _e317 = local_1;
        let _e319 = local_14;
        local_2 = (_e319 << 2u);
        let _e325 = local_2;
        let _e333 = a[(((_e317 + _e325) + 4294963200u) >> 2u)];
        let _e335 = local_3;
        let _e337 = local_2;
        let _e345 = b[(((_e335 + _e337) + 4294963200u) >> 2u)];
        local_11 = (_e315 + (_e333 * _e345));
        break;
    }
    let _e350 = local;
    let _e352 = local_8;
    stack[((_e350 + 4293918760u) >> 2u)] = _e352;
    let _e360 = local;
    stack[((_e360 + 4293918764u) >> 2u)] = 256u;
    loop {
        loop {
            loop {
                loop {
                    let _e369 = local_8;
                    let _e371 = (_e369 > 255u);
                    if _e371 {
                        break;
                    }
                    let _e376 = local_7;
                    let _e378 = local_8;
                    local_2 = (_e376 + (_e378 << 2u));
                    let _e385 = local_2;
                    let _e387 = local_17;
                    let _e389 = local_11;
                    tile[((_e385 + 4294963200u) >> 2u)] = (_e387 + _e389);
                    workgroupBarrier();
                    loop {
                        let _e398 = local_8;
                        let _e400 = (_e398 < 128u);
                        if _e400 {
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
                    let _e407 = pending;
                    if (_e407 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e407 != 0u) {
                            break;
                        }
                    }
                    let _e415 = local_2;
                    let _e417 = local_2;
                    let _e424 = tile[((_e417 + 4294963200u) >> 2u)];
                    let _e426 = local_2;
                    let _e433 = tile[((_e426 + 4294963712u) >> 2u)];
                    tile[((_e415 + 4294963200u) >> 2u)] = (_e424 + _e433);
                    workgroupBarrier();
                    loop {
                        let _e442 = local_8;
                        let _e444 = (_e442 < 64u);
                        if _e444 {
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
                    let _e451 = pending;
                    if (_e451 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e451 != 0u) {
                            break;
                        }
                    }
                    let _e459 = local_2;
                    let _e461 = local_2;
                    let _e468 = tile[((_e461 + 4294963200u) >> 2u)];
                    let _e470 = local_2;
                    let _e477 = tile[((_e470 + 4294963456u) >> 2u)];
                    tile[((_e459 + 4294963200u) >> 2u)] = (_e468 + _e477);
                    workgroupBarrier();
                    loop {
                        let _e486 = local_8;
                        let _e488 = (_e486 < 32u);
                        if _e488 {
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
                    let _e495 = pending;
                    if (_e495 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e495 != 0u) {
                            break;
                        }
                    }
                    let _e503 = local_2;
                    let _e505 = local_2;
                    let _e512 = tile[((_e505 + 4294963200u) >> 2u)];
                    let _e514 = local_2;
                    let _e521 = tile[((_e514 + 4294963328u) >> 2u)];
                    tile[((_e503 + 4294963200u) >> 2u)] = (_e512 + _e521);
                    workgroupBarrier();
                    loop {
                        let _e530 = local_8;
                        let _e532 = (_e530 < 16u);
                        if _e532 {
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
                    let _e539 = pending;
                    if (_e539 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e539 != 0u) {
                            break;
                        }
                    }
                    let _e547 = local_2;
                    let _e549 = local_2;
                    let _e556 = tile[((_e549 + 4294963200u) >> 2u)];
                    let _e558 = local_2;
                    let _e565 = tile[((_e558 + 4294963264u) >> 2u)];
                    tile[((_e547 + 4294963200u) >> 2u)] = (_e556 + _e565);
                    workgroupBarrier();
                    loop {
                        let _e574 = local_8;
                        let _e576 = (_e574 < 8u);
                        if _e576 {
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
                    let _e583 = pending;
                    if (_e583 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e583 != 0u) {
                            break;
                        }
                    }
                    let _e591 = local_2;
                    let _e593 = local_2;
                    let _e600 = tile[((_e593 + 4294963200u) >> 2u)];
                    let _e602 = local_2;
                    let _e609 = tile[((_e602 + 4294963232u) >> 2u)];
                    tile[((_e591 + 4294963200u) >> 2u)] = (_e600 + _e609);
                    workgroupBarrier();
                    loop {
                        let _e618 = local_8;
                        let _e620 = (_e618 < 4u);
                        if _e620 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 7u;
                        break;
                        break;
                    }
                    let _e627 = pending;
                    if (_e627 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e627 != 0u) {
                            break;
                        }
                    }
                    let _e635 = local_2;
                    let _e637 = local_2;
                    let _e644 = tile[((_e637 + 4294963200u) >> 2u)];
                    let _e646 = local_2;
                    let _e653 = tile[((_e646 + 4294963216u) >> 2u)];
                    tile[((_e635 + 4294963200u) >> 2u)] = (_e644 + _e653);
                    workgroupBarrier();
                    loop {
                        let _e662 = local_8;
                        let _e664 = (_e662 < 2u);
                        if _e664 {
                            break;
                        }
                        workgroupBarrier();
                        workgroupBarrier();
                        pending = 7u;
                        break;
                        break;
                    }
                    let _e671 = pending;
                    if (_e671 == 9u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e671 != 0u) {
                            break;
                        }
                    }
                    let _e679 = local_2;
                    let _e681 = local_2;
                    let _e688 = tile[((_e681 + 4294963200u) >> 2u)];
                    let _e690 = local_2;
                    let _e697 = tile[((_e690 + 4294963208u) >> 2u)];
                    tile[((_e679 + 4294963200u) >> 2u)] = (_e688 + _e697);
                    workgroupBarrier();
                    let _e706 = local_8;
                    let _e708 = (_e706 == 0u);
                    if _e708 {
                        pending = 8u;
                        break;
                    }
                    workgroupBarrier();
                    pending = 7u;
                    break;
                    break;
                }
                let _e717 = pending;
                if (_e717 == 8u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e717 != 0u) {
                        break;
                    }
                }
                let _e725 = local;
                let _e728 = vec2<u32>(1u, 0u);
                let _e731 = vec2<u32>(32u, 0u);
                let _e737 = (_e731.x & 31u);
                let _e741 = ((_e731.x & 32u) != 0u);
                let _e742 = (_e728.x << _e737);
                local_20 = vec2<u32>(select(_e742, 0u, _e741), select(((_e728.y << _e737) | ((_e728.x >> 1u) >> (31u - _e737))), _e742, _e741));
                let _e756 = local_20;
                let _e758 = local;
                let _e763 = (_e756 | vec2<u32>((_e758 + 8u), 0u));
                let _e767 = ((_e725 + 4293918776u) >> 2u);
                stack[_e767] = _e763.x;
                stack[(_e767 + 1u)] = _e763.y;
                let _e777 = local;
                let _e779 = local_20;
                let _e781 = local;
                let _e786 = (_e779 | vec2<u32>((_e781 + 12u), 0u));
                let _e790 = ((_e777 + 4293918768u) >> 2u);
                stack[_e790] = _e786.x;
                stack[(_e790 + 1u)] = _e786.y;
                let _e801 = local;
                let _e811 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                if _e811.exchanged {
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
            let _e848 = pending;
            if (_e848 == 7u) {
                pending = 0u;
                break;
            }
            let _e856 = local_2;
            let _e858 = local_2;
            let _e865 = tile[((_e858 + 4294963200u) >> 2u)];
            let _e867 = local_7;
            let _e874 = tile[((_e867 + 4294963204u) >> 2u)];
            tile[((_e856 + 4294963200u) >> 2u)] = (_e865 + _e874);
            workgroupBarrier();
            let _e883 = local_9;
            let _e885 = local_6;
            let _e886 = (_e883 >= _e885);
            if _e886 {
                pending = 6u;
                break;
            }
            let _e893 = local_5;
            let _e895 = local_9;
            let _e901 = local_7;
            let _e908 = tile[((_e901 + 4294963200u) >> 2u)];
            partial[(((_e893 + (_e895 << 2u)) + 4294963200u) >> 2u)] = _e908;
            break;
        }
        let _e916 = pending;
        if (_e916 == 6u) {
            pending = 0u;
            break;
        }
        let _e924 = local;
        stack_pointer = (_e924 + 32u);
        return;
        break;
    }
    let _e939 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e939.exchanged {
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
