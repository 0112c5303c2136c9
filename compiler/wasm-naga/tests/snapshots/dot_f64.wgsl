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
            let _e213 = a[min((((_e199 + _e201) + 4294963200u) >> 3u), (arrayLength((&a)) - 1u))];
            let _e215 = local_3;
            let _e217 = local_2;
            let _e229 = b[min((((_e215 + _e217) + 4294963200u) >> 3u), (arrayLength((&b)) - 1u))];
            local_11 = (_e197 + (_e213 * _e229));
            let _e234 = local_17;
            let _e236 = local_1;
            let _e238 = local_15;
            local_15 = (_e238 << 3u);
            let _e244 = local_15;
            let _e256 = a[min((((_e236 + _e244) + 4294963200u) >> 3u), (arrayLength((&a)) - 1u))];
            let _e258 = local_3;
            let _e260 = local_15;
            let _e272 = b[min((((_e258 + _e260) + 4294963200u) >> 3u), (arrayLength((&b)) - 1u))];
            local_17 = (_e234 + (_e256 * _e272));
            let _e277 = local_2;
            let _e279 = local_19;
            local_2 = (_e277 + _e279);
            let _e283 = local_14;
            let _e285 = local_10;
            local_14 = (_e283 + _e285);
            let _e289 = local_14;
            let _e291 = local_12;
            local_15 = (_e289 + _e291);
            let _e295 = local_18;
            let _e297 = local_4;
            let _e299 = local_10;
            local_4 = (_e297 + _e299);
            let _e303 = local_4;
            let _e306 = local_16;
            let _e307 = ((_e295 + _e303) < _e306);
            if _e307 {
                continue;
            }
            break;
        }
        let _e312 = local_13;
        let _e314 = local_4;
        local_14 = (_e312 + _e314);
    }
    let _e318 = pending;
    if (_e318 == 2u) {
        pending = 0u;
    }
    let _e324 = local_14;
    let _e326 = local_16;
    let _e327 = (_e324 >= _e326);
    if !(_e327) {
        let _e333 = local_11;
        let _e335 = local_1;
        let _e337 = local_14;
        local_2 = (_e337 << 3u);
        let _e343 = local_2;
        let _e355 = a[min((((_e335 + _e343) + 4294963200u) >> 3u), (arrayLength((&a)) - 1u))];
        let _e357 = local_3;
        let _e359 = local_2;
        let _e371 = b[min((((_e357 + _e359) + 4294963200u) >> 3u), (arrayLength((&b)) - 1u))];
        local_11 = (_e333 + (_e355 * _e371));
    }
    let _e376 = local;
    let _e378 = local_8;
    stack[min(((_e376 + 4293918760u) >> 2u), 7u)] = _e378;
    let _e388 = local;
    stack[min(((_e388 + 4293918764u) >> 2u), 7u)] = 256u;
    let _e399 = local_8;
    let _e401 = (_e399 > 255u);
    if !(_e401) {
        let _e407 = local_7;
        let _e409 = local_8;
        local_2 = (_e407 + (_e409 << 3u));
        let _e416 = local_2;
        let _e418 = local_17;
        let _e420 = local_11;
        let _e425 = ((_e416 + 4294963200u) >> 3u);
        tile[_e425] = (_e418 + _e420);
        workgroupBarrier();
        let _e431 = local_8;
        let _e433 = (_e431 < 128u);
        if !(_e433) {
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
        let _e441 = pending;
        if (_e441 == 0u) {
            let _e445 = local_2;
            let _e447 = local_2;
            let _e451 = ((_e447 + 4294963200u) >> 3u);
            let _e456 = tile[_e451];
            let _e458 = local_2;
            let _e467 = tile[min(((_e458 + 4294964224u) >> 3u), 255u)];
            let _e472 = ((_e445 + 4294963200u) >> 3u);
            tile[_e472] = (_e456 + _e467);
            workgroupBarrier();
            let _e478 = local_8;
            let _e480 = (_e478 < 64u);
            if !(_e480) {
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
        let _e488 = pending;
        if (_e488 == 0u) {
            let _e492 = local_2;
            let _e494 = local_2;
            let _e498 = ((_e494 + 4294963200u) >> 3u);
            let _e503 = tile[_e498];
            let _e505 = local_2;
            let _e514 = tile[min(((_e505 + 4294963712u) >> 3u), 255u)];
            let _e519 = ((_e492 + 4294963200u) >> 3u);
            tile[_e519] = (_e503 + _e514);
            workgroupBarrier();
            let _e525 = local_8;
            let _e527 = (_e525 < 32u);
            if !(_e527) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e535 = pending;
        if (_e535 == 0u) {
            let _e539 = local_2;
            let _e541 = local_2;
            let _e545 = ((_e541 + 4294963200u) >> 3u);
            let _e550 = tile[_e545];
            let _e552 = local_2;
            let _e561 = tile[min(((_e552 + 4294963456u) >> 3u), 255u)];
            let _e566 = ((_e539 + 4294963200u) >> 3u);
            tile[_e566] = (_e550 + _e561);
            workgroupBarrier();
            let _e572 = local_8;
            let _e574 = (_e572 < 16u);
            if !(_e574) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e582 = pending;
        if (_e582 == 0u) {
            let _e586 = local_2;
            let _e588 = local_2;
            let _e592 = ((_e588 + 4294963200u) >> 3u);
            let _e597 = tile[_e592];
            let _e599 = local_2;
            let _e608 = tile[min(((_e599 + 4294963328u) >> 3u), 255u)];
            let _e613 = ((_e586 + 4294963200u) >> 3u);
            tile[_e613] = (_e597 + _e608);
            workgroupBarrier();
            let _e619 = local_8;
            let _e621 = (_e619 < 8u);
            if !(_e621) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e629 = pending;
        if (_e629 == 0u) {
            let _e633 = local_2;
            let _e635 = local_2;
            let _e639 = ((_e635 + 4294963200u) >> 3u);
            let _e644 = tile[_e639];
            let _e646 = local_2;
            let _e655 = tile[min(((_e646 + 4294963264u) >> 3u), 255u)];
            let _e660 = ((_e633 + 4294963200u) >> 3u);
            tile[_e660] = (_e644 + _e655);
            workgroupBarrier();
            let _e666 = local_8;
            let _e668 = (_e666 < 4u);
            if !(_e668) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e676 = pending;
        if (_e676 == 0u) {
            let _e680 = local_2;
            let _e682 = local_2;
            let _e686 = ((_e682 + 4294963200u) >> 3u);
            let _e691 = tile[_e686];
            let _e693 = local_2;
            let _e702 = tile[min(((_e693 + 4294963232u) >> 3u), 255u)];
            let _e707 = ((_e680 + 4294963200u) >> 3u);
            tile[_e707] = (_e691 + _e702);
            workgroupBarrier();
            let _e713 = local_8;
            let _e715 = (_e713 < 2u);
            if !(_e715) {
                workgroupBarrier();
                workgroupBarrier();
                pending = 7u;
            }
        }
        let _e723 = pending;
        if (_e723 == 0u) {
            let _e727 = local_2;
            let _e729 = local_2;
            let _e733 = ((_e729 + 4294963200u) >> 3u);
            let _e738 = tile[_e733];
            let _e740 = local_2;
            let _e749 = tile[min(((_e740 + 4294963216u) >> 3u), 255u)];
            let _e754 = ((_e727 + 4294963200u) >> 3u);
            tile[_e754] = (_e738 + _e749);
            workgroupBarrier();
            let _e760 = local_8;
            let _e762 = (_e760 == 0u);
            if _e762 {
                pending = 8u;
            }
        }
        let _e769 = pending;
        if (_e769 == 0u) {
            workgroupBarrier();
            pending = 7u;
        }
    }
    let _e775 = pending;
    if (_e775 == 0u) {
        let _e779 = local;
        local_20 = (u64(1u) << 32u);
        let _e787 = local_20;
        let _e789 = local;
        let _e793 = (_e787 | u64((_e789 + 8u)));
        let _e797 = ((_e779 + 4293918776u) >> 2u);
        stack[min(_e797, 7u)] = u32(_e793);
        stack[min((_e797 + 1u), 7u)] = u32((_e793 >> 32u));
        let _e813 = local;
        let _e815 = local_20;
        let _e817 = local;
        let _e821 = (_e815 | u64((_e817 + 12u)));
        let _e825 = ((_e813 + 4293918768u) >> 2u);
        stack[min(_e825, 7u)] = u32(_e821);
        stack[min((_e825 + 1u), 7u)] = u32((_e821 >> 32u));
        let _e842 = local;
        let _e852 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e852.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 68u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 13u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1701999731u);
            atomicStore((&status[12]), 1915645281u);
            atomicStore((&status[13]), 115u);
        }
        return;
    }
    let _e892 = pending;
    if (_e892 == 8u) {
        pending = 0u;
    }
    let _e898 = pending;
    if (_e898 == 0u) {
        let _e902 = local_2;
        let _e904 = local_2;
        let _e908 = ((_e904 + 4294963200u) >> 3u);
        let _e913 = tile[_e908];
        let _e915 = local_7;
        let _e919 = ((_e915 + 4294963208u) >> 3u);
        let _e924 = tile[_e919];
        let _e929 = ((_e902 + 4294963200u) >> 3u);
        tile[_e929] = (_e913 + _e924);
        workgroupBarrier();
        let _e935 = local_9;
        let _e937 = local_6;
        let _e938 = (_e935 >= _e937);
        if _e938 {
            pending = 6u;
        }
    }
    let _e945 = pending;
    if (_e945 == 0u) {
        let _e949 = local_5;
        let _e951 = local_9;
        let _e957 = local_7;
        let _e961 = ((_e957 + 4294963200u) >> 3u);
        let _e966 = tile[_e961];
        partial[min((((_e949 + (_e951 << 3u)) + 4294963200u) >> 3u), (arrayLength((&partial)) - 1u))] = _e966;
    }
    let _e978 = pending;
    if (_e978 == 7u) {
        pending = 0u;
    }
    let _e984 = pending;
    if (_e984 == 0u) {
        let _e988 = local;
        stack_pointer = (_e988 + 32u);
        return;
    }
    let _e993 = pending;
    if (_e993 == 6u) {
        pending = 0u;
    }
    let _e999 = local_9;
    let _e1001 = local_6;
    let _e1009 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e1009.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 68u);
        atomicStore((&status[8]), 1u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1701999731u);
        atomicStore((&status[12]), 1915645281u);
        atomicStore((&status[13]), 115u);
        atomicStore((&status[50]), _e999);
        atomicStore((&status[51]), _e1001);
    }
    return;
}
