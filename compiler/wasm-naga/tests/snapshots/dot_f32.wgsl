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
    if !(_e147) {
        local_17 = 0f;
        pending = 2u;
    }
    let _e158 = pending;
    if (_e158 == 0u) {
        let _e162 = local_9;
        let _e167 = local_8;
        local_2 = ((_e162 << 10u) + (_e167 << 2u));
        let _e174 = local_13;
        let _e176 = local_12;
        local_18 = (_e174 + _e176);
        let _e180 = local_10;
        local_19 = (_e180 << 11u);
        let _e186 = local_10;
        local_10 = (_e186 << 9u);
        local_11 = 0f;
        let _e194 = local_8;
        local_4 = _e194;
        local_17 = 0f;
        loop {
            let _e199 = local_11;
            let _e201 = local_1;
            let _e203 = local_2;
            let _e211 = a[(((_e201 + _e203) + 4294963200u) >> 2u)];
            let _e213 = local_3;
            let _e215 = local_2;
            let _e223 = b[(((_e213 + _e215) + 4294963200u) >> 2u)];
            local_11 = (_e199 + (_e211 * _e223));
            let _e228 = local_17;
            let _e230 = local_1;
            let _e232 = local_15;
            local_15 = (_e232 << 2u);
            let _e238 = local_15;
            let _e246 = a[(((_e230 + _e238) + 4294963200u) >> 2u)];
            let _e248 = local_3;
            let _e250 = local_15;
            let _e258 = b[(((_e248 + _e250) + 4294963200u) >> 2u)];
            local_17 = (_e228 + (_e246 * _e258));
            let _e263 = local_2;
            let _e265 = local_19;
            local_2 = (_e263 + _e265);
            let _e269 = local_14;
            let _e271 = local_10;
            local_14 = (_e269 + _e271);
            let _e275 = local_14;
            let _e277 = local_12;
            local_15 = (_e275 + _e277);
            let _e281 = local_18;
            let _e283 = local_4;
            let _e285 = local_10;
            local_4 = (_e283 + _e285);
            let _e289 = local_4;
            let _e292 = local_16;
            let _e293 = ((_e281 + _e289) < _e292);
            if _e293 {
                continue;
            }
            break;
        }
        let _e298 = local_13;
        let _e300 = local_4;
        local_14 = (_e298 + _e300);
    }
    let _e304 = pending;
    if (_e304 == 2u) {
        pending = 0u;
    }
    let _e310 = local_14;
    let _e312 = local_16;
    let _e313 = (_e310 >= _e312);
    if !(_e313) {
        let _e319 = local_11;
        let _e321 = local_1;
        let _e323 = local_14;
        local_2 = (_e323 << 2u);
        let _e329 = local_2;
        let _e337 = a[(((_e321 + _e329) + 4294963200u) >> 2u)];
        let _e339 = local_3;
        let _e341 = local_2;
        let _e349 = b[(((_e339 + _e341) + 4294963200u) >> 2u)];
        local_11 = (_e319 + (_e337 * _e349));
    }
    let _e354 = local;
    let _e356 = local_8;
    stack[((_e354 + 4293918760u) >> 2u)] = _e356;
    let _e364 = local;
    stack[((_e364 + 4293918764u) >> 2u)] = 256u;
    let _e373 = local_8;
    let _e375 = (_e373 > 255u);
    if !(_e375) {
        let _e381 = local_7;
        let _e383 = local_8;
        local_2 = (_e381 + (_e383 << 2u));
        let _e390 = local_2;
        let _e392 = local_17;
        let _e394 = local_11;
        tile[((_e390 + 4294963200u) >> 2u)] = (_e392 + _e394);
        workgroupBarrier();
        let _e403 = local_8;
        let _e405 = (_e403 < 128u);
        if !(_e405) {
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
        let _e413 = pending;
        if (_e413 == 0u) {
            let _e417 = local_2;
            let _e419 = local_2;
            let _e426 = tile[((_e419 + 4294963200u) >> 2u)];
            let _e428 = local_2;
            let _e435 = tile[((_e428 + 4294963712u) >> 2u)];
            tile[((_e417 + 4294963200u) >> 2u)] = (_e426 + _e435);
            workgroupBarrier();
            let _e444 = local_8;
            let _e446 = (_e444 < 64u);
            if !(_e446) {
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
        let _e454 = pending;
        if (_e454 == 0u) {
            let _e458 = local_2;
            let _e460 = local_2;
            let _e467 = tile[((_e460 + 4294963200u) >> 2u)];
            let _e469 = local_2;
            let _e476 = tile[((_e469 + 4294963456u) >> 2u)];
            tile[((_e458 + 4294963200u) >> 2u)] = (_e467 + _e476);
            workgroupBarrier();
            let _e485 = local_8;
            let _e487 = (_e485 < 32u);
            if !(_e487) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e495 = pending;
        if (_e495 == 0u) {
            let _e499 = local_2;
            let _e501 = local_2;
            let _e508 = tile[((_e501 + 4294963200u) >> 2u)];
            let _e510 = local_2;
            let _e517 = tile[((_e510 + 4294963328u) >> 2u)];
            tile[((_e499 + 4294963200u) >> 2u)] = (_e508 + _e517);
            workgroupBarrier();
            let _e526 = local_8;
            let _e528 = (_e526 < 16u);
            if !(_e528) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e536 = pending;
        if (_e536 == 0u) {
            let _e540 = local_2;
            let _e542 = local_2;
            let _e549 = tile[((_e542 + 4294963200u) >> 2u)];
            let _e551 = local_2;
            let _e558 = tile[((_e551 + 4294963264u) >> 2u)];
            tile[((_e540 + 4294963200u) >> 2u)] = (_e549 + _e558);
            workgroupBarrier();
            let _e567 = local_8;
            let _e569 = (_e567 < 8u);
            if !(_e569) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e577 = pending;
        if (_e577 == 0u) {
            let _e581 = local_2;
            let _e583 = local_2;
            let _e590 = tile[((_e583 + 4294963200u) >> 2u)];
            let _e592 = local_2;
            let _e599 = tile[((_e592 + 4294963232u) >> 2u)];
            tile[((_e581 + 4294963200u) >> 2u)] = (_e590 + _e599);
            workgroupBarrier();
            let _e608 = local_8;
            let _e610 = (_e608 < 4u);
            if !(_e610) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e618 = pending;
        if (_e618 == 0u) {
            let _e622 = local_2;
            let _e624 = local_2;
            let _e631 = tile[((_e624 + 4294963200u) >> 2u)];
            let _e633 = local_2;
            let _e640 = tile[((_e633 + 4294963216u) >> 2u)];
            tile[((_e622 + 4294963200u) >> 2u)] = (_e631 + _e640);
            workgroupBarrier();
            let _e649 = local_8;
            let _e651 = (_e649 < 2u);
            if !(_e651) {
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e659 = pending;
        if (_e659 == 0u) {
            let _e663 = local_2;
            let _e665 = local_2;
            let _e672 = tile[((_e665 + 4294963200u) >> 2u)];
            let _e674 = local_2;
            let _e681 = tile[((_e674 + 4294963208u) >> 2u)];
            tile[((_e663 + 4294963200u) >> 2u)] = (_e672 + _e681);
            workgroupBarrier();
            let _e690 = local_8;
            let _e692 = (_e690 == 0u);
            if _e692 {
                pending = 8u;
            }
        }
        let _e699 = pending;
        if (_e699 == 0u) {
            workgroupBarrier();
            pending = 7u;
        }
    }
    let _e705 = pending;
    if (_e705 == 0u) {
        let _e709 = local;
        let _e712 = vec2<u32>(1u, 0u);
        let _e715 = vec2<u32>(32u, 0u);
        let _e721 = (_e715.x & 31u);
        let _e725 = ((_e715.x & 32u) != 0u);
        let _e726 = (_e712.x << _e721);
        local_20 = vec2<u32>(select(_e726, 0u, _e725), select(((_e712.y << _e721) | ((_e712.x >> 1u) >> (31u - _e721))), _e726, _e725));
        let _e740 = local_20;
        let _e742 = local;
        let _e747 = (_e740 | vec2<u32>((_e742 + 8u), 0u));
        let _e751 = ((_e709 + 4293918776u) >> 2u);
        stack[_e751] = _e747.x;
        stack[(_e751 + 1u)] = _e747.y;
        let _e761 = local;
        let _e763 = local_20;
        let _e765 = local;
        let _e770 = (_e763 | vec2<u32>((_e765 + 12u), 0u));
        let _e774 = ((_e761 + 4293918768u) >> 2u);
        stack[_e774] = _e770.x;
        stack[(_e774 + 1u)] = _e770.y;
        let _e785 = local;
        let _e795 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e795.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 88u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e832 = pending;
    if (_e832 == 8u) {
        pending = 0u;
    }
    let _e838 = pending;
    if (_e838 == 0u) {
        let _e842 = local_2;
        let _e844 = local_2;
        let _e851 = tile[((_e844 + 4294963200u) >> 2u)];
        let _e853 = local_7;
        let _e860 = tile[((_e853 + 4294963204u) >> 2u)];
        tile[((_e842 + 4294963200u) >> 2u)] = (_e851 + _e860);
        workgroupBarrier();
        let _e869 = local_9;
        let _e871 = local_6;
        let _e872 = (_e869 >= _e871);
        if _e872 {
            pending = 6u;
        }
    }
    let _e879 = pending;
    if (_e879 == 0u) {
        let _e883 = local_5;
        let _e885 = local_9;
        let _e891 = local_7;
        let _e898 = tile[((_e891 + 4294963200u) >> 2u)];
        partial[(((_e883 + (_e885 << 2u)) + 4294963200u) >> 2u)] = _e898;
    }
    let _e906 = pending;
    if (_e906 == 7u) {
        pending = 0u;
    }
    let _e912 = pending;
    if (_e912 == 0u) {
        let _e916 = local;
        stack_pointer = (_e916 + 32u);
        return;
    }
    let _e921 = pending;
    if (_e921 == 6u) {
        pending = 0u;
    }
    let _e937 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e937.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 88u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
