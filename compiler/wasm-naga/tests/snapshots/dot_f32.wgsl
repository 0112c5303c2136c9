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
            let _e215 = a[min((((_e201 + _e203) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
            let _e217 = local_3;
            let _e219 = local_2;
            let _e231 = b[min((((_e217 + _e219) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
            local_11 = (_e199 + (_e215 * _e231));
            let _e236 = local_17;
            let _e238 = local_1;
            let _e240 = local_15;
            local_15 = (_e240 << 2u);
            let _e246 = local_15;
            let _e258 = a[min((((_e238 + _e246) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
            let _e260 = local_3;
            let _e262 = local_15;
            let _e274 = b[min((((_e260 + _e262) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
            local_17 = (_e236 + (_e258 * _e274));
            let _e279 = local_2;
            let _e281 = local_19;
            local_2 = (_e279 + _e281);
            let _e285 = local_14;
            let _e287 = local_10;
            local_14 = (_e285 + _e287);
            let _e291 = local_14;
            let _e293 = local_12;
            local_15 = (_e291 + _e293);
            let _e297 = local_18;
            let _e299 = local_4;
            let _e301 = local_10;
            local_4 = (_e299 + _e301);
            let _e305 = local_4;
            let _e308 = local_16;
            let _e309 = ((_e297 + _e305) < _e308);
            if _e309 {
                continue;
            }
            break;
        }
        let _e314 = local_13;
        let _e316 = local_4;
        local_14 = (_e314 + _e316);
    }
    let _e320 = pending;
    if (_e320 == 2u) {
        pending = 0u;
    }
    let _e326 = local_14;
    let _e328 = local_16;
    let _e329 = (_e326 >= _e328);
    if !(_e329) {
        let _e335 = local_11;
        let _e337 = local_1;
        let _e339 = local_14;
        local_2 = (_e339 << 2u);
        let _e345 = local_2;
        let _e357 = a[min((((_e337 + _e345) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
        let _e359 = local_3;
        let _e361 = local_2;
        let _e373 = b[min((((_e359 + _e361) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
        local_11 = (_e335 + (_e357 * _e373));
    }
    let _e378 = local;
    let _e380 = local_8;
    stack[min(((_e378 + 4293918760u) >> 2u), 7u)] = _e380;
    let _e390 = local;
    stack[min(((_e390 + 4293918764u) >> 2u), 7u)] = 256u;
    let _e401 = local_8;
    let _e403 = (_e401 > 255u);
    if !(_e403) {
        let _e409 = local_7;
        let _e411 = local_8;
        local_2 = (_e409 + (_e411 << 2u));
        let _e418 = local_2;
        let _e420 = local_17;
        let _e422 = local_11;
        let _e427 = ((_e418 + 4294963200u) >> 2u);
        tile[_e427] = (_e420 + _e422);
        workgroupBarrier();
        let _e433 = local_8;
        let _e435 = (_e433 < 128u);
        if !(_e435) {
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
        let _e443 = pending;
        if (_e443 == 0u) {
            let _e447 = local_2;
            let _e449 = local_2;
            let _e453 = ((_e449 + 4294963200u) >> 2u);
            let _e458 = tile[_e453];
            let _e460 = local_2;
            let _e469 = tile[min(((_e460 + 4294963712u) >> 2u), 255u)];
            let _e474 = ((_e447 + 4294963200u) >> 2u);
            tile[_e474] = (_e458 + _e469);
            workgroupBarrier();
            let _e480 = local_8;
            let _e482 = (_e480 < 64u);
            if !(_e482) {
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
        let _e490 = pending;
        if (_e490 == 0u) {
            let _e494 = local_2;
            let _e496 = local_2;
            let _e500 = ((_e496 + 4294963200u) >> 2u);
            let _e505 = tile[_e500];
            let _e507 = local_2;
            let _e516 = tile[min(((_e507 + 4294963456u) >> 2u), 255u)];
            let _e521 = ((_e494 + 4294963200u) >> 2u);
            tile[_e521] = (_e505 + _e516);
            workgroupBarrier();
            let _e527 = local_8;
            let _e529 = (_e527 < 32u);
            if !(_e529) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e537 = pending;
        if (_e537 == 0u) {
            let _e541 = local_2;
            let _e543 = local_2;
            let _e547 = ((_e543 + 4294963200u) >> 2u);
            let _e552 = tile[_e547];
            let _e554 = local_2;
            let _e563 = tile[min(((_e554 + 4294963328u) >> 2u), 255u)];
            let _e568 = ((_e541 + 4294963200u) >> 2u);
            tile[_e568] = (_e552 + _e563);
            workgroupBarrier();
            let _e574 = local_8;
            let _e576 = (_e574 < 16u);
            if !(_e576) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e584 = pending;
        if (_e584 == 0u) {
            let _e588 = local_2;
            let _e590 = local_2;
            let _e594 = ((_e590 + 4294963200u) >> 2u);
            let _e599 = tile[_e594];
            let _e601 = local_2;
            let _e610 = tile[min(((_e601 + 4294963264u) >> 2u), 255u)];
            let _e615 = ((_e588 + 4294963200u) >> 2u);
            tile[_e615] = (_e599 + _e610);
            workgroupBarrier();
            let _e621 = local_8;
            let _e623 = (_e621 < 8u);
            if !(_e623) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e631 = pending;
        if (_e631 == 0u) {
            let _e635 = local_2;
            let _e637 = local_2;
            let _e641 = ((_e637 + 4294963200u) >> 2u);
            let _e646 = tile[_e641];
            let _e648 = local_2;
            let _e657 = tile[min(((_e648 + 4294963232u) >> 2u), 255u)];
            let _e662 = ((_e635 + 4294963200u) >> 2u);
            tile[_e662] = (_e646 + _e657);
            workgroupBarrier();
            let _e668 = local_8;
            let _e670 = (_e668 < 4u);
            if !(_e670) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e678 = pending;
        if (_e678 == 0u) {
            let _e682 = local_2;
            let _e684 = local_2;
            let _e688 = ((_e684 + 4294963200u) >> 2u);
            let _e693 = tile[_e688];
            let _e695 = local_2;
            let _e704 = tile[min(((_e695 + 4294963216u) >> 2u), 255u)];
            let _e709 = ((_e682 + 4294963200u) >> 2u);
            tile[_e709] = (_e693 + _e704);
            workgroupBarrier();
            let _e715 = local_8;
            let _e717 = (_e715 < 2u);
            if !(_e717) {
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e725 = pending;
        if (_e725 == 0u) {
            let _e729 = local_2;
            let _e731 = local_2;
            let _e735 = ((_e731 + 4294963200u) >> 2u);
            let _e740 = tile[_e735];
            let _e742 = local_2;
            let _e751 = tile[min(((_e742 + 4294963208u) >> 2u), 255u)];
            let _e756 = ((_e729 + 4294963200u) >> 2u);
            tile[_e756] = (_e740 + _e751);
            workgroupBarrier();
            let _e762 = local_8;
            let _e764 = (_e762 == 0u);
            if _e764 {
                pending = 8u;
            }
        }
        let _e771 = pending;
        if (_e771 == 0u) {
            workgroupBarrier();
            pending = 7u;
        }
    }
    let _e777 = pending;
    if (_e777 == 0u) {
        let _e781 = local;
        let _e784 = vec2<u32>(1u, 0u);
        let _e787 = vec2<u32>(32u, 0u);
        let _e793 = (_e787.x & 31u);
        let _e797 = ((_e787.x & 32u) != 0u);
        let _e798 = (_e784.x << _e793);
        local_20 = vec2<u32>(select(_e798, 0u, _e797), select(((_e784.y << _e793) | ((_e784.x >> 1u) >> (31u - _e793))), _e798, _e797));
        let _e812 = local_20;
        let _e814 = local;
        let _e819 = (_e812 | vec2<u32>((_e814 + 8u), 0u));
        let _e823 = ((_e781 + 4293918776u) >> 2u);
        stack[min(_e823, 7u)] = _e819.x;
        stack[min((_e823 + 1u), 7u)] = _e819.y;
        let _e837 = local;
        let _e839 = local_20;
        let _e841 = local;
        let _e846 = (_e839 | vec2<u32>((_e841 + 12u), 0u));
        let _e850 = ((_e837 + 4293918768u) >> 2u);
        stack[min(_e850, 7u)] = _e846.x;
        stack[min((_e850 + 1u), 7u)] = _e846.y;
        let _e865 = local;
        let _e875 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e875.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 67u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 13u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1701999731u);
            atomicStore((&status[12]), 1915645281u);
            atomicStore((&status[13]), 115u);
        }
        return;
    }
    let _e915 = pending;
    if (_e915 == 8u) {
        pending = 0u;
    }
    let _e921 = pending;
    if (_e921 == 0u) {
        let _e925 = local_2;
        let _e927 = local_2;
        let _e931 = ((_e927 + 4294963200u) >> 2u);
        let _e936 = tile[_e931];
        let _e938 = local_7;
        let _e942 = ((_e938 + 4294963204u) >> 2u);
        let _e947 = tile[_e942];
        let _e952 = ((_e925 + 4294963200u) >> 2u);
        tile[_e952] = (_e936 + _e947);
        workgroupBarrier();
        let _e958 = local_9;
        let _e960 = local_6;
        let _e961 = (_e958 >= _e960);
        if _e961 {
            pending = 6u;
        }
    }
    let _e968 = pending;
    if (_e968 == 0u) {
        let _e972 = local_5;
        let _e974 = local_9;
        let _e980 = local_7;
        let _e984 = ((_e980 + 4294963200u) >> 2u);
        let _e989 = tile[_e984];
        partial[min((((_e972 + (_e974 << 2u)) + 4294963200u) >> 2u), (arrayLength((&partial)) - 1u))] = _e989;
    }
    let _e1001 = pending;
    if (_e1001 == 7u) {
        pending = 0u;
    }
    let _e1007 = pending;
    if (_e1007 == 0u) {
        let _e1011 = local;
        stack_pointer = (_e1011 + 32u);
        return;
    }
    let _e1016 = pending;
    if (_e1016 == 6u) {
        pending = 0u;
    }
    let _e1022 = local_9;
    let _e1024 = local_6;
    let _e1032 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e1032.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 67u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1701999731u);
        atomicStore((&status[12]), 1915645281u);
        atomicStore((&status[13]), 115u);
        atomicStore((&status[50]), _e1022);
        atomicStore((&status[51]), _e1024);
    }
    return;
}
