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
    if !(_e145) {
        local_17 = 0.0lf;
        pending = 2u;
    }
    let _e156 = pending;
    if (_e156 == 0u) {
        let _e160 = local_9;
        let _e165 = local_8;
        local_2 = ((_e160 << 11u) + (_e165 << 3u));
        let _e172 = local_13;
        let _e174 = local_12;
        local_18 = (_e172 + _e174);
        let _e178 = local_10;
        local_19 = (_e178 << 12u);
        let _e184 = local_10;
        local_10 = (_e184 << 9u);
        local_11 = 0.0lf;
        let _e192 = local_8;
        local_4 = _e192;
        local_17 = 0.0lf;
        loop {
            let _e197 = local_11;
            let _e199 = local_1;
            let _e201 = local_2;
            let _e209 = a[(((_e199 + _e201) + 4294963200u) >> 3u)];
            let _e211 = local_3;
            let _e213 = local_2;
            let _e221 = b[(((_e211 + _e213) + 4294963200u) >> 3u)];
            local_11 = (_e197 + (_e209 * _e221));
            let _e226 = local_17;
            let _e228 = local_1;
            let _e230 = local_15;
            local_15 = (_e230 << 3u);
            let _e236 = local_15;
            let _e244 = a[(((_e228 + _e236) + 4294963200u) >> 3u)];
            let _e246 = local_3;
            let _e248 = local_15;
            let _e256 = b[(((_e246 + _e248) + 4294963200u) >> 3u)];
            local_17 = (_e226 + (_e244 * _e256));
            let _e261 = local_2;
            let _e263 = local_19;
            local_2 = (_e261 + _e263);
            let _e267 = local_14;
            let _e269 = local_10;
            local_14 = (_e267 + _e269);
            let _e273 = local_14;
            let _e275 = local_12;
            local_15 = (_e273 + _e275);
            let _e279 = local_18;
            let _e281 = local_4;
            let _e283 = local_10;
            local_4 = (_e281 + _e283);
            let _e287 = local_4;
            let _e290 = local_16;
            let _e291 = ((_e279 + _e287) < _e290);
            if _e291 {
                continue;
            }
            break;
        }
        let _e296 = local_13;
        let _e298 = local_4;
        local_14 = (_e296 + _e298);
    }
    let _e302 = pending;
    if (_e302 == 2u) {
        pending = 0u;
    }
    let _e308 = local_14;
    let _e310 = local_16;
    let _e311 = (_e308 >= _e310);
    if !(_e311) {
        let _e317 = local_11;
        let _e319 = local_1;
        let _e321 = local_14;
        local_2 = (_e321 << 3u);
        let _e327 = local_2;
        let _e335 = a[(((_e319 + _e327) + 4294963200u) >> 3u)];
        let _e337 = local_3;
        let _e339 = local_2;
        let _e347 = b[(((_e337 + _e339) + 4294963200u) >> 3u)];
        local_11 = (_e317 + (_e335 * _e347));
    }
    let _e352 = local;
    let _e354 = local_8;
    stack[((_e352 + 4293918760u) >> 2u)] = _e354;
    let _e362 = local;
    stack[((_e362 + 4293918764u) >> 2u)] = 256u;
    let _e371 = local_8;
    let _e373 = (_e371 > 255u);
    if !(_e373) {
        let _e379 = local_7;
        let _e381 = local_8;
        local_2 = (_e379 + (_e381 << 3u));
        let _e388 = local_2;
        let _e390 = local_17;
        let _e392 = local_11;
        tile[((_e388 + 4294963200u) >> 3u)] = (_e390 + _e392);
        workgroupBarrier();
        let _e401 = local_8;
        let _e403 = (_e401 < 128u);
        if !(_e403) {
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            pending = 7u;
        }
        let _e411 = pending;
        if (_e411 == 0u) {
            let _e415 = local_2;
            let _e417 = local_2;
            let _e424 = tile[((_e417 + 4294963200u) >> 3u)];
            let _e426 = local_2;
            let _e433 = tile[((_e426 + 4294964224u) >> 3u)];
            tile[((_e415 + 4294963200u) >> 3u)] = (_e424 + _e433);
            workgroupBarrier();
            let _e442 = local_8;
            let _e444 = (_e442 < 64u);
            if !(_e444) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e452 = pending;
        if (_e452 == 0u) {
            let _e456 = local_2;
            let _e458 = local_2;
            let _e465 = tile[((_e458 + 4294963200u) >> 3u)];
            let _e467 = local_2;
            let _e474 = tile[((_e467 + 4294963712u) >> 3u)];
            tile[((_e456 + 4294963200u) >> 3u)] = (_e465 + _e474);
            workgroupBarrier();
            let _e483 = local_8;
            let _e485 = (_e483 < 32u);
            if !(_e485) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e493 = pending;
        if (_e493 == 0u) {
            let _e497 = local_2;
            let _e499 = local_2;
            let _e506 = tile[((_e499 + 4294963200u) >> 3u)];
            let _e508 = local_2;
            let _e515 = tile[((_e508 + 4294963456u) >> 3u)];
            tile[((_e497 + 4294963200u) >> 3u)] = (_e506 + _e515);
            workgroupBarrier();
            let _e524 = local_8;
            let _e526 = (_e524 < 16u);
            if !(_e526) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e534 = pending;
        if (_e534 == 0u) {
            let _e538 = local_2;
            let _e540 = local_2;
            let _e547 = tile[((_e540 + 4294963200u) >> 3u)];
            let _e549 = local_2;
            let _e556 = tile[((_e549 + 4294963328u) >> 3u)];
            tile[((_e538 + 4294963200u) >> 3u)] = (_e547 + _e556);
            workgroupBarrier();
            let _e565 = local_8;
            let _e567 = (_e565 < 8u);
            if !(_e567) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e575 = pending;
        if (_e575 == 0u) {
            let _e579 = local_2;
            let _e581 = local_2;
            let _e588 = tile[((_e581 + 4294963200u) >> 3u)];
            let _e590 = local_2;
            let _e597 = tile[((_e590 + 4294963264u) >> 3u)];
            tile[((_e579 + 4294963200u) >> 3u)] = (_e588 + _e597);
            workgroupBarrier();
            let _e606 = local_8;
            let _e608 = (_e606 < 4u);
            if !(_e608) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e616 = pending;
        if (_e616 == 0u) {
            let _e620 = local_2;
            let _e622 = local_2;
            let _e629 = tile[((_e622 + 4294963200u) >> 3u)];
            let _e631 = local_2;
            let _e638 = tile[((_e631 + 4294963232u) >> 3u)];
            tile[((_e620 + 4294963200u) >> 3u)] = (_e629 + _e638);
            workgroupBarrier();
            let _e647 = local_8;
            let _e649 = (_e647 < 2u);
            if !(_e649) {
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e657 = pending;
        if (_e657 == 0u) {
            let _e661 = local_2;
            let _e663 = local_2;
            let _e670 = tile[((_e663 + 4294963200u) >> 3u)];
            let _e672 = local_2;
            let _e679 = tile[((_e672 + 4294963216u) >> 3u)];
            tile[((_e661 + 4294963200u) >> 3u)] = (_e670 + _e679);
            workgroupBarrier();
            let _e688 = local_8;
            let _e690 = (_e688 == 0u);
            if _e690 {
                pending = 8u;
            }
        }
        let _e697 = pending;
        if (_e697 == 0u) {
            workgroupBarrier();
            pending = 7u;
        }
    }
    let _e703 = pending;
    if (_e703 == 0u) {
        let _e707 = local;
        local_20 = (u64(1u) << 32u);
        let _e715 = local_20;
        let _e717 = local;
        let _e721 = (_e715 | u64((_e717 + 8u)));
        let _e725 = ((_e707 + 4293918776u) >> 2u);
        stack[_e725] = u32(_e721);
        stack[(_e725 + 1u)] = u32((_e721 >> 32u));
        let _e737 = local;
        let _e739 = local_20;
        let _e741 = local;
        let _e745 = (_e739 | u64((_e741 + 12u)));
        let _e749 = ((_e737 + 4293918768u) >> 2u);
        stack[_e749] = u32(_e745);
        stack[(_e749 + 1u)] = u32((_e745 >> 32u));
        let _e762 = local;
        let _e772 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e772.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 89u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e809 = pending;
    if (_e809 == 8u) {
        pending = 0u;
    }
    let _e815 = pending;
    if (_e815 == 0u) {
        let _e819 = local_2;
        let _e821 = local_2;
        let _e828 = tile[((_e821 + 4294963200u) >> 3u)];
        let _e830 = local_7;
        let _e837 = tile[((_e830 + 4294963208u) >> 3u)];
        tile[((_e819 + 4294963200u) >> 3u)] = (_e828 + _e837);
        workgroupBarrier();
        let _e846 = local_9;
        let _e848 = local_6;
        let _e849 = (_e846 >= _e848);
        if _e849 {
            pending = 6u;
        }
    }
    let _e856 = pending;
    if (_e856 == 0u) {
        let _e860 = local_5;
        let _e862 = local_9;
        let _e868 = local_7;
        let _e875 = tile[((_e868 + 4294963200u) >> 3u)];
        partial[(((_e860 + (_e862 << 3u)) + 4294963200u) >> 3u)] = _e875;
    }
    let _e883 = pending;
    if (_e883 == 7u) {
        pending = 0u;
    }
    let _e889 = pending;
    if (_e889 == 0u) {
        let _e893 = local;
        stack_pointer = (_e893 + 32u);
        return;
    }
    let _e898 = pending;
    if (_e898 == 6u) {
        pending = 0u;
    }
    let _e914 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e914.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 89u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
