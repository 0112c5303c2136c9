@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> a: array<f32>;
@group(0) @binding(3) 
var<storage> b: array<f32>;
@group(0) @binding(4) 
var<storage, read_write> c: array<f32>;
var<workgroup> ta: array<f32, 256>;
var<workgroup> tb: array<f32, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(16, 16, 1) 
fn matmul_tiled(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_16: u32;
    var local_17: u32;
    var local_18: u32;
    var local_19: u32;
    var local_20: u32;
    var local_21: f32;
    var local_22: u32;
    var local_23: u32;
    var local_24: u32;
    var local_25: vec2<u32>;
    var local_26: u32;
    var local_27: u32;
    var local_28: u32;
    var local_29: u32;
    var local_30: u32;
    var local_31: u32;
    var local_32: u32;
    var local_33: u32;
    var local_34: u32;
    var local_35: u32;
    var local_36: u32;
    var local_37: u32;
    var local_38: u32;
    var local_39: u32;
    var local_40: u32;
    var local_41: u32;
    var local_42: u32;
    var local_43: u32;
    var local_44: u32;
    var local_45: u32;
    var local_46: u32;
    var local_47: u32;
    var local_48: u32;
    var local_49: u32;
    var local_50: u32;
    var local_51: u32;
    var local_52: u32;
    var local_53: u32;
    var local_54: u32;
    var local_55: f32;
    var local_56: f32;
    var local_57: f32;
    var local_58: f32;
    var local_59: f32;
    var local_60: f32;
    var local_61: f32;
    var local_62: f32;
    var local_63: f32;
    var local_64: f32;
    var local_65: f32;
    var local_66: f32;
    var local_67: f32;
    var local_68: f32;
    var local_69: f32;
    var local_70: f32;
    var local_71: f32;
    var local_72: f32;
    var local_73: f32;
    var local_74: f32;
    var local_75: f32;
    var local_76: f32;
    var local_77: f32;
    var local_78: f32;
    var local_79: f32;
    var local_80: f32;
    var local_81: f32;
    var local_82: f32;
    var local_83: f32;
    var local_84: f32;
    var local_85: f32;
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
    local_16 = 0u;
    local_17 = 0u;
    local_18 = 0u;
    local_19 = 0u;
    local_20 = 0u;
    local_21 = 0f;
    local_22 = 0u;
    local_23 = 0u;
    local_24 = 0u;
    local_25 = vec2<u32>(0u, 0u);
    local_26 = 0u;
    local_27 = 0u;
    local_28 = 0u;
    local_29 = 0u;
    local_30 = 0u;
    local_31 = 0u;
    local_32 = 0u;
    local_33 = 0u;
    local_34 = 0u;
    local_35 = 0u;
    local_36 = 0u;
    local_37 = 0u;
    local_38 = 0u;
    local_39 = 0u;
    local_40 = 0u;
    local_41 = 0u;
    local_42 = 0u;
    local_43 = 0u;
    local_44 = 0u;
    local_45 = 0u;
    local_46 = 0u;
    local_47 = 0u;
    local_48 = 0u;
    local_49 = 0u;
    local_50 = 0u;
    local_51 = 0u;
    local_52 = 0u;
    local_53 = 0u;
    local_54 = 0u;
    local_55 = 0f;
    local_56 = 0f;
    local_57 = 0f;
    local_58 = 0f;
    local_59 = 0f;
    local_60 = 0f;
    local_61 = 0f;
    local_62 = 0f;
    local_63 = 0f;
    local_64 = 0f;
    local_65 = 0f;
    local_66 = 0f;
    local_67 = 0f;
    local_68 = 0f;
    local_69 = 0f;
    local_70 = 0f;
    local_71 = 0f;
    local_72 = 0f;
    local_73 = 0f;
    local_74 = 0f;
    local_75 = 0f;
    local_76 = 0f;
    local_77 = 0f;
    local_78 = 0f;
    local_79 = 0f;
    local_80 = 0f;
    local_81 = 0f;
    local_82 = 0f;
    local_83 = 0f;
    local_84 = 0f;
    local_85 = 0f;
    let _e178 = stack_pointer;
    local = (_e178 - 32u);
    let _e183 = local;
    stack_pointer = _e183;
    let _e188 = params[0];
    local_1 = _e188;
    local_2 = 4096u;
    let _e196 = params[2];
    local_3 = _e196;
    local_4 = 4096u;
    let _e204 = params[4];
    local_5 = _e204;
    local_6 = 4096u;
    let _e212 = params[6];
    local_7 = _e212;
    local_8 = 4096u;
    local_9 = 4096u;
    local_10 = local_id.x;
    local_11 = local_id.y;
    local_12 = workgroup_id.x;
    local_13 = 16u;
    local_14 = local_id.x;
    local_15 = workgroup_id.y;
    local_16 = 16u;
    local_17 = local_id.y;
    let _e253 = local_14;
    let _e255 = local_13;
    let _e257 = local_12;
    local_18 = (_e255 * _e257);
    let _e261 = local_18;
    local_19 = (_e253 + _e261);
    let _e265 = local_17;
    let _e267 = local_16;
    let _e269 = local_15;
    local_20 = (_e265 + (_e267 * _e269));
    loop {
        loop {
            loop {
                let _e274 = local_1;
                if (_e274 != 0u) {
                    break;
                }
                local_21 = 0f;
                pending = 3u;
                break;
                break;
            }
            let _e283 = pending;
            if (_e283 == 3u) {
                pending = 0u;
                break;
            }
            let _e291 = local_20;
            let _e293 = local_1;
            local_22 = (_e291 * _e293);
            loop {
                loop {
                    loop {
                        loop {
                            loop {
                                loop {
                                    loop {
                                        loop {
                                            let _e297 = local_11;
                                            local_23 = (_e297 << 4u);
                                            let _e303 = local_23;
                                            let _e305 = local_10;
                                            local_13 = (_e303 + _e305);
                                            let _e309 = local_13;
                                            let _e311 = (_e309 < 256u);
                                            if _e311 {
                                                break;
                                            }
                                            loop {
                                                let _e316 = local_20;
                                                let _e318 = local_1;
                                                let _e319 = (_e316 >= _e318);
                                                if _e319 {
                                                    break;
                                                }
                                                let _e324 = local_10;
                                                let _e326 = local_1;
                                                let _e327 = (_e324 >= _e326);
                                                if _e327 {
                                                    break;
                                                }
                                                let _e332 = local_22;
                                                let _e334 = local_10;
                                                local_24 = (_e332 + _e334);
                                                let _e338 = local_24;
                                                let _e340 = local_3;
                                                let _e341 = (_e338 >= _e340);
                                                if _e341 {
                                                    pending = 11u;
                                                    break;
                                                }
                                                break;
                                            }
                                            let _e348 = pending;
                                            if (_e348 == 12u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e348 != 0u) {
                                                    break;
                                                }
                                            }
                                            let _e356 = local;
                                            let _e358 = local_13;
                                            stack[((_e356 + 4293918760u) >> 2u)] = _e358;
                                            let _e366 = local;
                                            stack[((_e366 + 4293918764u) >> 2u)] = 256u;
                                            let _e375 = local;
                                            let _e378 = vec2<u32>(1u, 0u);
                                            let _e381 = vec2<u32>(32u, 0u);
                                            let _e387 = (_e381.x & 31u);
                                            let _e391 = ((_e381.x & 32u) != 0u);
                                            let _e392 = (_e378.x << _e387);
                                            local_25 = vec2<u32>(select(_e392, 0u, _e391), select(((_e378.y << _e387) | ((_e378.x >> 1u) >> (31u - _e387))), _e392, _e391));
                                            let _e406 = local_25;
                                            let _e408 = local;
                                            let _e413 = (_e406 | vec2<u32>((_e408 + 8u), 0u));
                                            let _e417 = ((_e375 + 4293918776u) >> 2u);
                                            stack[_e417] = _e413.x;
                                            stack[(_e417 + 1u)] = _e413.y;
                                            let _e427 = local;
                                            let _e429 = local_25;
                                            let _e431 = local;
                                            let _e436 = (_e429 | vec2<u32>((_e431 + 12u), 0u));
                                            let _e440 = ((_e427 + 4293918768u) >> 2u);
                                            stack[_e440] = _e436.x;
                                            stack[(_e440 + 1u)] = _e436.y;
                                            let _e451 = local;
                                            let _e461 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                                            if _e461.exchanged {
                                                atomicStore((&status[1]), local_id.x);
                                                atomicStore((&status[2]), local_id.y);
                                                atomicStore((&status[3]), local_id.z);
                                                atomicStore((&status[4]), workgroup_id.x);
                                                atomicStore((&status[5]), workgroup_id.y);
                                                atomicStore((&status[6]), workgroup_id.z);
                                                atomicStore((&status[7]), 184u);
                                                atomicStore((&status[8]), 12u);
                                                atomicStore((&status[9]), 10u);
                                                atomicStore((&status[10]), 795046515u);
                                                atomicStore((&status[11]), 778201452u);
                                                atomicStore((&status[12]), 29554u);
                                            }
                                            return;
                                            break;
                                        }
                                        let _e498 = pending;
                                        if (_e498 == 11u) {
                                            pending = 0u;
                                            break;
                                        }
                                        let _e506 = local_1;
                                        let _e511 = local_1;
                                        local_12 = ((_e506 >> 4u) + select(0u, 1u, ((_e511 & 15u) != 0u)));
                                        let _e522 = local_9;
                                        let _e524 = local_13;
                                        local_13 = (_e524 << 2u);
                                        let _e530 = local_13;
                                        local_15 = (_e522 + _e530);
                                        let _e534 = local_8;
                                        let _e536 = local_13;
                                        local_13 = (_e534 + _e536);
                                        let _e540 = local_9;
                                        let _e542 = local_10;
                                        local_16 = (_e540 + (_e542 << 2u));
                                        let _e549 = local_8;
                                        let _e551 = local_23;
                                        local_8 = (_e549 + (_e551 << 2u));
                                        let _e558 = local_9;
                                        let _e560 = local_10;
                                        local_26 = (_e560 + 240u);
                                        let _e565 = local_26;
                                        local_27 = (_e558 + (_e565 << 2u));
                                        let _e572 = local_9;
                                        let _e574 = local_10;
                                        local_28 = (_e574 + 224u);
                                        let _e579 = local_28;
                                        local_29 = (_e572 + (_e579 << 2u));
                                        let _e586 = local_9;
                                        let _e588 = local_10;
                                        local_30 = (_e588 + 208u);
                                        let _e593 = local_30;
                                        local_31 = (_e586 + (_e593 << 2u));
                                        let _e600 = local_9;
                                        let _e602 = local_10;
                                        local_32 = (_e602 + 192u);
                                        let _e607 = local_32;
                                        local_33 = (_e600 + (_e607 << 2u));
                                        let _e614 = local_9;
                                        let _e616 = local_10;
                                        local_34 = (_e616 + 176u);
                                        let _e621 = local_34;
                                        local_35 = (_e614 + (_e621 << 2u));
                                        let _e628 = local_9;
                                        let _e630 = local_10;
                                        local_36 = (_e630 + 160u);
                                        let _e635 = local_36;
                                        local_37 = (_e628 + (_e635 << 2u));
                                        let _e642 = local_9;
                                        let _e644 = local_10;
                                        local_38 = (_e644 + 144u);
                                        let _e649 = local_38;
                                        local_39 = (_e642 + (_e649 << 2u));
                                        let _e656 = local_9;
                                        let _e658 = local_10;
                                        local_40 = (_e658 + 128u);
                                        let _e663 = local_40;
                                        local_41 = (_e656 + (_e663 << 2u));
                                        let _e670 = local_9;
                                        let _e672 = local_10;
                                        local_42 = (_e672 + 112u);
                                        let _e677 = local_42;
                                        local_17 = (_e670 + (_e677 << 2u));
                                        let _e684 = local_9;
                                        let _e686 = local_10;
                                        local_43 = (_e686 + 96u);
                                        let _e691 = local_43;
                                        local_44 = (_e684 + (_e691 << 2u));
                                        let _e698 = local_9;
                                        let _e700 = local_10;
                                        local_45 = (_e700 + 80u);
                                        let _e705 = local_45;
                                        local_46 = (_e698 + (_e705 << 2u));
                                        let _e712 = local_9;
                                        let _e714 = local_10;
                                        local_47 = (_e714 + 64u);
                                        let _e719 = local_47;
                                        local_48 = (_e712 + (_e719 << 2u));
                                        let _e726 = local_9;
                                        let _e728 = local_10;
                                        local_49 = (_e728 + 48u);
                                        let _e733 = local_49;
                                        local_50 = (_e726 + (_e733 << 2u));
                                        let _e740 = local_9;
                                        let _e742 = local_10;
                                        local_51 = (_e742 + 32u);
                                        let _e747 = local_51;
                                        local_52 = (_e740 + (_e747 << 2u));
                                        let _e754 = local_9;
                                        let _e756 = local_10;
                                        local_53 = (_e756 + 16u);
                                        let _e761 = local_53;
                                        local_54 = (_e754 + (_e761 << 2u));
                                        loop {
                                            loop {
                                                loop {
                                                    loop {
                                                        loop {
                                                            loop {
                                                                loop {
                                                                    loop {
                                                                        loop {
                                                                            loop {
                                                                                loop {
                                                                                    loop {
                                                                                        loop {
                                                                                            loop {
                                                                                                loop {
                                                                                                    loop {
                                                                                                        loop {
                                                                                                            loop {
                                                                                                                loop {
                                                                                                                    loop {
                                                                                                                        loop {
                                                                                                                            loop {
                                                                                                                                loop {
                                                                                                                                    loop {
                                                                                                                                        loop {
                                                                                                                                            loop {
                                                                                                                                                loop {
                                                                                                                                                    loop {
                                                                                                                                                        loop {
                                                                                                                                                            loop {
                                                                                                                                                                let _e768 = local_19;
                                                                                                                                                                let _e770 = local_1;
                                                                                                                                                                let _e771 = (_e768 < _e770);
                                                                                                                                                                if _e771 {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e776 = local_20;
                                                                                                                                                                    let _e778 = local_1;
                                                                                                                                                                    let _e779 = (_e776 >= _e778);
                                                                                                                                                                    if _e779 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e784 = local_23;
                                                                                                                                                                        let _e786 = (_e784 < 256u);
                                                                                                                                                                        if _e786 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e795 = local_10;
                                                                                                                                                                            let _e797 = local_1;
                                                                                                                                                                            let _e798 = (_e795 >= _e797);
                                                                                                                                                                            if _e798 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e803 = local_22;
                                                                                                                                                                            let _e805 = local_10;
                                                                                                                                                                            local_24 = (_e803 + _e805);
                                                                                                                                                                            let _e809 = local_24;
                                                                                                                                                                            let _e811 = local_3;
                                                                                                                                                                            let _e812 = (_e809 >= _e811);
                                                                                                                                                                            if _e812 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e819 = local_2;
                                                                                                                                                                            let _e821 = local_24;
                                                                                                                                                                            let _e832 = a[(((_e819 + (_e821 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e832;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e835 = pending;
                                                                                                                                                                        if (_e835 == 45u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e835 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e843 = local_13;
                                                                                                                                                                        let _e845 = local_55;
                                                                                                                                                                        ta[((_e843 + 4294963200u) >> 2u)] = _e845;
                                                                                                                                                                        pending = 2u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e855 = pending;
                                                                                                                                                                    if (_e855 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e855 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e863 = local_10;
                                                                                                                                                                        let _e865 = (_e863 < 256u);
                                                                                                                                                                        if _e865 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e874 = local_10;
                                                                                                                                                                            let _e876 = local_1;
                                                                                                                                                                            let _e877 = (_e874 >= _e876);
                                                                                                                                                                            if _e877 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e882 = local_22;
                                                                                                                                                                            let _e884 = local_10;
                                                                                                                                                                            local_24 = (_e882 + _e884);
                                                                                                                                                                            let _e888 = local_24;
                                                                                                                                                                            let _e890 = local_3;
                                                                                                                                                                            let _e891 = (_e888 >= _e890);
                                                                                                                                                                            if _e891 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e898 = local_2;
                                                                                                                                                                            let _e900 = local_24;
                                                                                                                                                                            let _e911 = a[(((_e898 + (_e900 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e911;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e914 = pending;
                                                                                                                                                                        if (_e914 == 47u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e914 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e922 = local_13;
                                                                                                                                                                        let _e924 = local_55;
                                                                                                                                                                        ta[((_e922 + 4294963200u) >> 2u)] = _e924;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e934 = pending;
                                                                                                                                                                    if (_e934 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e934 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e942 = local_10;
                                                                                                                                                                        let _e944 = (_e942 < 240u);
                                                                                                                                                                        if _e944 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e953 = local_10;
                                                                                                                                                                            let _e955 = local_1;
                                                                                                                                                                            let _e956 = (_e953 >= _e955);
                                                                                                                                                                            if _e956 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e961 = local_22;
                                                                                                                                                                            let _e963 = local_10;
                                                                                                                                                                            local_24 = (_e961 + _e963);
                                                                                                                                                                            let _e967 = local_24;
                                                                                                                                                                            let _e969 = local_3;
                                                                                                                                                                            let _e970 = (_e967 >= _e969);
                                                                                                                                                                            if _e970 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e977 = local_2;
                                                                                                                                                                            let _e979 = local_24;
                                                                                                                                                                            let _e990 = a[(((_e977 + (_e979 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e990;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e993 = pending;
                                                                                                                                                                        if (_e993 == 49u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e993 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1001 = local_13;
                                                                                                                                                                        let _e1003 = local_55;
                                                                                                                                                                        ta[((_e1001 + 4294963200u) >> 2u)] = _e1003;
                                                                                                                                                                        let _e1011 = local_53;
                                                                                                                                                                        local_10 = _e1011;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1016 = pending;
                                                                                                                                                                    if (_e1016 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1016 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1024 = local_10;
                                                                                                                                                                        let _e1026 = (_e1024 < 224u);
                                                                                                                                                                        if _e1026 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1035 = local_10;
                                                                                                                                                                            let _e1037 = local_1;
                                                                                                                                                                            let _e1038 = (_e1035 >= _e1037);
                                                                                                                                                                            if _e1038 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1043 = local_22;
                                                                                                                                                                            let _e1045 = local_10;
                                                                                                                                                                            local_24 = (_e1043 + _e1045);
                                                                                                                                                                            let _e1049 = local_24;
                                                                                                                                                                            let _e1051 = local_3;
                                                                                                                                                                            let _e1052 = (_e1049 >= _e1051);
                                                                                                                                                                            if _e1052 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1059 = local_2;
                                                                                                                                                                            let _e1061 = local_24;
                                                                                                                                                                            let _e1072 = a[(((_e1059 + (_e1061 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1072;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1075 = pending;
                                                                                                                                                                        if (_e1075 == 51u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1075 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1083 = local_13;
                                                                                                                                                                        let _e1085 = local_55;
                                                                                                                                                                        ta[((_e1083 + 4294963200u) >> 2u)] = _e1085;
                                                                                                                                                                        let _e1093 = local_51;
                                                                                                                                                                        local_10 = _e1093;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1098 = pending;
                                                                                                                                                                    if (_e1098 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1098 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1106 = local_10;
                                                                                                                                                                        let _e1108 = (_e1106 < 208u);
                                                                                                                                                                        if _e1108 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1117 = local_10;
                                                                                                                                                                            let _e1119 = local_1;
                                                                                                                                                                            let _e1120 = (_e1117 >= _e1119);
                                                                                                                                                                            if _e1120 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1125 = local_22;
                                                                                                                                                                            let _e1127 = local_10;
                                                                                                                                                                            local_24 = (_e1125 + _e1127);
                                                                                                                                                                            let _e1131 = local_24;
                                                                                                                                                                            let _e1133 = local_3;
                                                                                                                                                                            let _e1134 = (_e1131 >= _e1133);
                                                                                                                                                                            if _e1134 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1141 = local_2;
                                                                                                                                                                            let _e1143 = local_24;
                                                                                                                                                                            let _e1154 = a[(((_e1141 + (_e1143 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1154;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1157 = pending;
                                                                                                                                                                        if (_e1157 == 53u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1157 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1165 = local_13;
                                                                                                                                                                        let _e1167 = local_55;
                                                                                                                                                                        ta[((_e1165 + 4294963200u) >> 2u)] = _e1167;
                                                                                                                                                                        let _e1175 = local_49;
                                                                                                                                                                        local_10 = _e1175;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1180 = pending;
                                                                                                                                                                    if (_e1180 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1180 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1188 = local_10;
                                                                                                                                                                        let _e1190 = (_e1188 < 192u);
                                                                                                                                                                        if _e1190 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1199 = local_10;
                                                                                                                                                                            let _e1201 = local_1;
                                                                                                                                                                            let _e1202 = (_e1199 >= _e1201);
                                                                                                                                                                            if _e1202 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1207 = local_22;
                                                                                                                                                                            let _e1209 = local_10;
                                                                                                                                                                            local_24 = (_e1207 + _e1209);
                                                                                                                                                                            let _e1213 = local_24;
                                                                                                                                                                            let _e1215 = local_3;
                                                                                                                                                                            let _e1216 = (_e1213 >= _e1215);
                                                                                                                                                                            if _e1216 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1223 = local_2;
                                                                                                                                                                            let _e1225 = local_24;
                                                                                                                                                                            let _e1236 = a[(((_e1223 + (_e1225 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1236;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1239 = pending;
                                                                                                                                                                        if (_e1239 == 55u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1239 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1247 = local_13;
                                                                                                                                                                        let _e1249 = local_55;
                                                                                                                                                                        ta[((_e1247 + 4294963200u) >> 2u)] = _e1249;
                                                                                                                                                                        let _e1257 = local_47;
                                                                                                                                                                        local_10 = _e1257;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1262 = pending;
                                                                                                                                                                    if (_e1262 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1262 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1270 = local_10;
                                                                                                                                                                        let _e1272 = (_e1270 < 176u);
                                                                                                                                                                        if _e1272 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1281 = local_10;
                                                                                                                                                                            let _e1283 = local_1;
                                                                                                                                                                            let _e1284 = (_e1281 >= _e1283);
                                                                                                                                                                            if _e1284 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1289 = local_22;
                                                                                                                                                                            let _e1291 = local_10;
                                                                                                                                                                            local_24 = (_e1289 + _e1291);
                                                                                                                                                                            let _e1295 = local_24;
                                                                                                                                                                            let _e1297 = local_3;
                                                                                                                                                                            let _e1298 = (_e1295 >= _e1297);
                                                                                                                                                                            if _e1298 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1305 = local_2;
                                                                                                                                                                            let _e1307 = local_24;
                                                                                                                                                                            let _e1318 = a[(((_e1305 + (_e1307 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1318;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1321 = pending;
                                                                                                                                                                        if (_e1321 == 57u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1321 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1329 = local_13;
                                                                                                                                                                        let _e1331 = local_55;
                                                                                                                                                                        ta[((_e1329 + 4294963200u) >> 2u)] = _e1331;
                                                                                                                                                                        let _e1339 = local_45;
                                                                                                                                                                        local_10 = _e1339;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1344 = pending;
                                                                                                                                                                    if (_e1344 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1344 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1352 = local_10;
                                                                                                                                                                        let _e1354 = (_e1352 < 160u);
                                                                                                                                                                        if _e1354 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1363 = local_10;
                                                                                                                                                                            let _e1365 = local_1;
                                                                                                                                                                            let _e1366 = (_e1363 >= _e1365);
                                                                                                                                                                            if _e1366 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1371 = local_22;
                                                                                                                                                                            let _e1373 = local_10;
                                                                                                                                                                            local_24 = (_e1371 + _e1373);
                                                                                                                                                                            let _e1377 = local_24;
                                                                                                                                                                            let _e1379 = local_3;
                                                                                                                                                                            let _e1380 = (_e1377 >= _e1379);
                                                                                                                                                                            if _e1380 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1387 = local_2;
                                                                                                                                                                            let _e1389 = local_24;
                                                                                                                                                                            let _e1400 = a[(((_e1387 + (_e1389 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1400;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1403 = pending;
                                                                                                                                                                        if (_e1403 == 59u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1403 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1411 = local_13;
                                                                                                                                                                        let _e1413 = local_55;
                                                                                                                                                                        ta[((_e1411 + 4294963200u) >> 2u)] = _e1413;
                                                                                                                                                                        let _e1421 = local_43;
                                                                                                                                                                        local_10 = _e1421;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1426 = pending;
                                                                                                                                                                    if (_e1426 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1426 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1434 = local_10;
                                                                                                                                                                        let _e1436 = (_e1434 > 143u);
                                                                                                                                                                        if _e1436 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1441 = local_10;
                                                                                                                                                                            let _e1443 = (_e1441 < 128u);
                                                                                                                                                                            if _e1443 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            local_21 = 0f;
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e1452 = local_10;
                                                                                                                                                                                let _e1454 = local_1;
                                                                                                                                                                                let _e1455 = (_e1452 >= _e1454);
                                                                                                                                                                                if _e1455 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1460 = local_10;
                                                                                                                                                                                let _e1462 = local_22;
                                                                                                                                                                                local_24 = (_e1460 + _e1462);
                                                                                                                                                                                let _e1466 = local_24;
                                                                                                                                                                                let _e1468 = local_3;
                                                                                                                                                                                let _e1469 = (_e1466 >= _e1468);
                                                                                                                                                                                if _e1469 {
                                                                                                                                                                                    pending = 11u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1476 = local_2;
                                                                                                                                                                                let _e1478 = local_24;
                                                                                                                                                                                let _e1489 = a[(((_e1476 + (_e1478 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e1489;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1492 = pending;
                                                                                                                                                                            if (_e1492 == 62u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                break;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e1492 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e1500 = local_13;
                                                                                                                                                                            let _e1502 = local_55;
                                                                                                                                                                            ta[((_e1500 + 4294963200u) >> 2u)] = _e1502;
                                                                                                                                                                            let _e1510 = local_40;
                                                                                                                                                                            local_10 = _e1510;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1515 = pending;
                                                                                                                                                                        if (_e1515 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1515 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1523 = local_10;
                                                                                                                                                                            let _e1525 = (_e1523 < 112u);
                                                                                                                                                                            if _e1525 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            local_21 = 0f;
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e1534 = local_10;
                                                                                                                                                                                let _e1536 = local_1;
                                                                                                                                                                                let _e1537 = (_e1534 >= _e1536);
                                                                                                                                                                                if _e1537 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1542 = local_10;
                                                                                                                                                                                let _e1544 = local_22;
                                                                                                                                                                                local_24 = (_e1542 + _e1544);
                                                                                                                                                                                let _e1548 = local_24;
                                                                                                                                                                                let _e1550 = local_3;
                                                                                                                                                                                let _e1551 = (_e1548 >= _e1550);
                                                                                                                                                                                if _e1551 {
                                                                                                                                                                                    pending = 11u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1558 = local_2;
                                                                                                                                                                                let _e1560 = local_24;
                                                                                                                                                                                let _e1571 = a[(((_e1558 + (_e1560 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e1571;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1574 = pending;
                                                                                                                                                                            if (_e1574 == 64u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                break;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e1574 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e1582 = local_13;
                                                                                                                                                                            let _e1584 = local_55;
                                                                                                                                                                            ta[((_e1582 + 4294963200u) >> 2u)] = _e1584;
                                                                                                                                                                            let _e1592 = local_38;
                                                                                                                                                                            local_10 = _e1592;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1597 = pending;
                                                                                                                                                                        if (_e1597 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1597 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1605 = local_10;
                                                                                                                                                                            let _e1607 = (_e1605 < 96u);
                                                                                                                                                                            if _e1607 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            local_21 = 0f;
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e1616 = local_10;
                                                                                                                                                                                let _e1618 = local_1;
                                                                                                                                                                                let _e1619 = (_e1616 >= _e1618);
                                                                                                                                                                                if _e1619 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1624 = local_10;
                                                                                                                                                                                let _e1626 = local_22;
                                                                                                                                                                                local_24 = (_e1624 + _e1626);
                                                                                                                                                                                let _e1630 = local_24;
                                                                                                                                                                                let _e1632 = local_3;
                                                                                                                                                                                let _e1633 = (_e1630 >= _e1632);
                                                                                                                                                                                if _e1633 {
                                                                                                                                                                                    pending = 11u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1640 = local_2;
                                                                                                                                                                                let _e1642 = local_24;
                                                                                                                                                                                let _e1653 = a[(((_e1640 + (_e1642 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e1653;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1656 = pending;
                                                                                                                                                                            if (_e1656 == 66u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                break;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e1656 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e1664 = local_13;
                                                                                                                                                                            let _e1666 = local_55;
                                                                                                                                                                            ta[((_e1664 + 4294963200u) >> 2u)] = _e1666;
                                                                                                                                                                            let _e1674 = local_36;
                                                                                                                                                                            local_10 = _e1674;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1679 = pending;
                                                                                                                                                                        if (_e1679 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1679 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1687 = local_10;
                                                                                                                                                                            let _e1689 = (_e1687 > 79u);
                                                                                                                                                                            if _e1689 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1694 = local_2;
                                                                                                                                                                            let _e1696 = local_10;
                                                                                                                                                                            let _e1698 = local_22;
                                                                                                                                                                            local_11 = (_e1694 + ((_e1696 + _e1698) << 2u));
                                                                                                                                                                            local_21 = 0f;
                                                                                                                                                                            let _e1708 = local_10;
                                                                                                                                                                            local_9 = select(0u, 1u, (_e1708 > 63u));
                                                                                                                                                                            let _e1716 = local_10;
                                                                                                                                                                            local_23 = select(0u, 1u, (_e1716 > 47u));
                                                                                                                                                                            let _e1724 = local_10;
                                                                                                                                                                            local_14 = select(0u, 1u, (_e1724 > 31u));
                                                                                                                                                                            let _e1732 = local_10;
                                                                                                                                                                            local_5 = select(0u, 1u, (_e1732 > 15u));
                                                                                                                                                                            loop {
                                                                                                                                                                                local_55 = 0f;
                                                                                                                                                                                loop {
                                                                                                                                                                                    let _e1742 = local_10;
                                                                                                                                                                                    let _e1744 = local_1;
                                                                                                                                                                                    let _e1745 = (_e1742 >= _e1744);
                                                                                                                                                                                    if _e1745 {
                                                                                                                                                                                        break;
                                                                                                                                                                                    }
                                                                                                                                                                                    let _e1750 = local_22;
                                                                                                                                                                                    let _e1752 = local_10;
                                                                                                                                                                                    local_24 = (_e1750 + _e1752);
                                                                                                                                                                                    let _e1756 = local_24;
                                                                                                                                                                                    let _e1758 = local_3;
                                                                                                                                                                                    let _e1759 = (_e1756 >= _e1758);
                                                                                                                                                                                    if _e1759 {
                                                                                                                                                                                        pending = 11u;
                                                                                                                                                                                        break;
                                                                                                                                                                                    }
                                                                                                                                                                                    let _e1766 = local_11;
                                                                                                                                                                                    let _e1773 = a[((_e1766 + 4294963200u) >> 2u)];
                                                                                                                                                                                    local_55 = _e1773;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1776 = pending;
                                                                                                                                                                                if (_e1776 == 69u) {
                                                                                                                                                                                    pending = 0u;
                                                                                                                                                                                    continue;
                                                                                                                                                                                } else {
                                                                                                                                                                                    if (_e1776 != 0u) {
                                                                                                                                                                                        break;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                let _e1784 = local_13;
                                                                                                                                                                                let _e1786 = local_55;
                                                                                                                                                                                ta[((_e1784 + 4294963200u) >> 2u)] = _e1786;
                                                                                                                                                                                let _e1794 = local_15;
                                                                                                                                                                                tb[((_e1794 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                                workgroupBarrier();
                                                                                                                                                                                let _e1804 = local_8;
                                                                                                                                                                                let _e1811 = ta[((_e1804 + 4294963248u) >> 2u)];
                                                                                                                                                                                local_55 = _e1811;
                                                                                                                                                                                let _e1814 = local_35;
                                                                                                                                                                                let _e1821 = tb[((_e1814 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_56 = _e1821;
                                                                                                                                                                                let _e1824 = local_8;
                                                                                                                                                                                let _e1831 = ta[((_e1824 + 4294963244u) >> 2u)];
                                                                                                                                                                                local_57 = _e1831;
                                                                                                                                                                                let _e1834 = local_37;
                                                                                                                                                                                let _e1841 = tb[((_e1834 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_58 = _e1841;
                                                                                                                                                                                let _e1844 = local_8;
                                                                                                                                                                                let _e1851 = ta[((_e1844 + 4294963240u) >> 2u)];
                                                                                                                                                                                local_59 = _e1851;
                                                                                                                                                                                let _e1854 = local_39;
                                                                                                                                                                                let _e1861 = tb[((_e1854 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_60 = _e1861;
                                                                                                                                                                                let _e1864 = local_8;
                                                                                                                                                                                let _e1871 = ta[((_e1864 + 4294963236u) >> 2u)];
                                                                                                                                                                                local_61 = _e1871;
                                                                                                                                                                                let _e1874 = local_41;
                                                                                                                                                                                let _e1881 = tb[((_e1874 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_62 = _e1881;
                                                                                                                                                                                let _e1884 = local_8;
                                                                                                                                                                                let _e1891 = ta[((_e1884 + 4294963232u) >> 2u)];
                                                                                                                                                                                local_63 = _e1891;
                                                                                                                                                                                let _e1894 = local_17;
                                                                                                                                                                                let _e1901 = tb[((_e1894 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_64 = _e1901;
                                                                                                                                                                                let _e1904 = local_8;
                                                                                                                                                                                let _e1911 = ta[((_e1904 + 4294963228u) >> 2u)];
                                                                                                                                                                                local_65 = _e1911;
                                                                                                                                                                                let _e1914 = local_44;
                                                                                                                                                                                let _e1921 = tb[((_e1914 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_66 = _e1921;
                                                                                                                                                                                let _e1924 = local_8;
                                                                                                                                                                                let _e1931 = ta[((_e1924 + 4294963224u) >> 2u)];
                                                                                                                                                                                local_67 = _e1931;
                                                                                                                                                                                let _e1934 = local_46;
                                                                                                                                                                                let _e1941 = tb[((_e1934 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_68 = _e1941;
                                                                                                                                                                                let _e1944 = local_8;
                                                                                                                                                                                let _e1951 = ta[((_e1944 + 4294963220u) >> 2u)];
                                                                                                                                                                                local_69 = _e1951;
                                                                                                                                                                                let _e1954 = local_48;
                                                                                                                                                                                let _e1961 = tb[((_e1954 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_70 = _e1961;
                                                                                                                                                                                let _e1964 = local_8;
                                                                                                                                                                                let _e1971 = ta[((_e1964 + 4294963216u) >> 2u)];
                                                                                                                                                                                local_71 = _e1971;
                                                                                                                                                                                let _e1974 = local_50;
                                                                                                                                                                                let _e1981 = tb[((_e1974 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_72 = _e1981;
                                                                                                                                                                                let _e1984 = local_8;
                                                                                                                                                                                let _e1991 = ta[((_e1984 + 4294963212u) >> 2u)];
                                                                                                                                                                                local_73 = _e1991;
                                                                                                                                                                                let _e1994 = local_52;
                                                                                                                                                                                let _e2001 = tb[((_e1994 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_74 = _e2001;
                                                                                                                                                                                let _e2004 = local_8;
                                                                                                                                                                                let _e2011 = ta[((_e2004 + 4294963208u) >> 2u)];
                                                                                                                                                                                local_75 = _e2011;
                                                                                                                                                                                let _e2014 = local_54;
                                                                                                                                                                                let _e2021 = tb[((_e2014 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_76 = _e2021;
                                                                                                                                                                                let _e2024 = local_8;
                                                                                                                                                                                let _e2031 = ta[((_e2024 + 4294963204u) >> 2u)];
                                                                                                                                                                                local_77 = _e2031;
                                                                                                                                                                                let _e2034 = local_16;
                                                                                                                                                                                let _e2041 = tb[((_e2034 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_78 = _e2041;
                                                                                                                                                                                let _e2044 = local_8;
                                                                                                                                                                                let _e2051 = ta[((_e2044 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_79 = _e2051;
                                                                                                                                                                                let _e2054 = local;
                                                                                                                                                                                let _e2056 = local_32;
                                                                                                                                                                                stack[((_e2054 + 4293918760u) >> 2u)] = _e2056;
                                                                                                                                                                                let _e2064 = local;
                                                                                                                                                                                stack[((_e2064 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                                let _e2073 = local_9;
                                                                                                                                                                                if (_e2073 != 0u) {
                                                                                                                                                                                    pending = 5u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e2079 = local_8;
                                                                                                                                                                                let _e2086 = ta[((_e2079 + 4294963252u) >> 2u)];
                                                                                                                                                                                local_80 = _e2086;
                                                                                                                                                                                let _e2089 = local_33;
                                                                                                                                                                                let _e2096 = tb[((_e2089 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_81 = _e2096;
                                                                                                                                                                                let _e2099 = local;
                                                                                                                                                                                let _e2101 = local_30;
                                                                                                                                                                                stack[((_e2099 + 4293918760u) >> 2u)] = _e2101;
                                                                                                                                                                                let _e2109 = local;
                                                                                                                                                                                stack[((_e2109 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                                let _e2118 = local_23;
                                                                                                                                                                                if (_e2118 != 0u) {
                                                                                                                                                                                    pending = 5u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e2124 = local_8;
                                                                                                                                                                                let _e2131 = ta[((_e2124 + 4294963256u) >> 2u)];
                                                                                                                                                                                local_82 = _e2131;
                                                                                                                                                                                let _e2134 = local_31;
                                                                                                                                                                                let _e2141 = tb[((_e2134 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_83 = _e2141;
                                                                                                                                                                                let _e2144 = local;
                                                                                                                                                                                let _e2146 = local_28;
                                                                                                                                                                                stack[((_e2144 + 4293918760u) >> 2u)] = _e2146;
                                                                                                                                                                                let _e2154 = local;
                                                                                                                                                                                stack[((_e2154 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                                let _e2163 = local_14;
                                                                                                                                                                                if (_e2163 != 0u) {
                                                                                                                                                                                    pending = 5u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e2169 = local_8;
                                                                                                                                                                                let _e2176 = ta[((_e2169 + 4294963260u) >> 2u)];
                                                                                                                                                                                local_84 = _e2176;
                                                                                                                                                                                let _e2179 = local_29;
                                                                                                                                                                                let _e2186 = tb[((_e2179 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_85 = _e2186;
                                                                                                                                                                                let _e2189 = local;
                                                                                                                                                                                let _e2191 = local_26;
                                                                                                                                                                                stack[((_e2189 + 4293918760u) >> 2u)] = _e2191;
                                                                                                                                                                                let _e2199 = local;
                                                                                                                                                                                stack[((_e2199 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                                let _e2208 = local_5;
                                                                                                                                                                                if (_e2208 != 0u) {
                                                                                                                                                                                    pending = 5u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e2214 = local_21;
                                                                                                                                                                                let _e2216 = local_79;
                                                                                                                                                                                let _e2218 = local_78;
                                                                                                                                                                                let _e2222 = local_77;
                                                                                                                                                                                let _e2224 = local_76;
                                                                                                                                                                                let _e2228 = local_75;
                                                                                                                                                                                let _e2230 = local_74;
                                                                                                                                                                                let _e2234 = local_73;
                                                                                                                                                                                let _e2236 = local_72;
                                                                                                                                                                                let _e2240 = local_71;
                                                                                                                                                                                let _e2242 = local_70;
                                                                                                                                                                                let _e2246 = local_69;
                                                                                                                                                                                let _e2248 = local_68;
                                                                                                                                                                                let _e2252 = local_67;
                                                                                                                                                                                let _e2254 = local_66;
                                                                                                                                                                                let _e2258 = local_65;
                                                                                                                                                                                let _e2260 = local_64;
                                                                                                                                                                                let _e2264 = local_63;
                                                                                                                                                                                let _e2266 = local_62;
                                                                                                                                                                                let _e2270 = local_61;
                                                                                                                                                                                let _e2272 = local_60;
                                                                                                                                                                                let _e2276 = local_59;
                                                                                                                                                                                let _e2278 = local_58;
                                                                                                                                                                                let _e2282 = local_57;
                                                                                                                                                                                let _e2284 = local_56;
                                                                                                                                                                                let _e2288 = local_55;
                                                                                                                                                                                let _e2290 = local_81;
                                                                                                                                                                                let _e2294 = local_80;
                                                                                                                                                                                let _e2296 = local_83;
                                                                                                                                                                                let _e2300 = local_82;
                                                                                                                                                                                let _e2302 = local_85;
                                                                                                                                                                                let _e2306 = local_84;
                                                                                                                                                                                let _e2308 = local_27;
                                                                                                                                                                                let _e2315 = tb[((_e2308 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_21 = ((((((((((((((((_e2214 + (_e2216 * _e2218)) + (_e2222 * _e2224)) + (_e2228 * _e2230)) + (_e2234 * _e2236)) + (_e2240 * _e2242)) + (_e2246 * _e2248)) + (_e2252 * _e2254)) + (_e2258 * _e2260)) + (_e2264 * _e2266)) + (_e2270 * _e2272)) + (_e2276 * _e2278)) + (_e2282 * _e2284)) + (_e2288 * _e2290)) + (_e2294 * _e2296)) + (_e2300 * _e2302)) + (_e2306 * _e2315));
                                                                                                                                                                                let _e2320 = local_11;
                                                                                                                                                                                local_11 = (_e2320 + 64u);
                                                                                                                                                                                let _e2325 = local_10;
                                                                                                                                                                                local_10 = (_e2325 + 16u);
                                                                                                                                                                                workgroupBarrier();
                                                                                                                                                                                let _e2330 = local_12;
                                                                                                                                                                                local_12 = (_e2330 + 4294967295u);
                                                                                                                                                                                let _e2335 = local_12;
                                                                                                                                                                                if (_e2335 != 0u) {
                                                                                                                                                                                    continue;
                                                                                                                                                                                }
                                                                                                                                                                                pending = 3u;
                                                                                                                                                                                break;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e2341 = pending;
                                                                                                                                                                            if (_e2341 == 68u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                break;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e2341 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e2349 = pending;
                                                                                                                                                                        if (_e2349 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e2349 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e2361 = local_10;
                                                                                                                                                                            let _e2363 = local_1;
                                                                                                                                                                            let _e2364 = (_e2361 >= _e2363);
                                                                                                                                                                            if _e2364 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e2369 = local_10;
                                                                                                                                                                            let _e2371 = local_22;
                                                                                                                                                                            local_24 = (_e2369 + _e2371);
                                                                                                                                                                            let _e2375 = local_24;
                                                                                                                                                                            let _e2377 = local_3;
                                                                                                                                                                            let _e2378 = (_e2375 >= _e2377);
                                                                                                                                                                            if _e2378 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e2385 = local_2;
                                                                                                                                                                            let _e2387 = local_24;
                                                                                                                                                                            let _e2398 = a[(((_e2385 + (_e2387 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e2398;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e2401 = pending;
                                                                                                                                                                        if (_e2401 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e2401 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e2409 = local_13;
                                                                                                                                                                        let _e2411 = local_55;
                                                                                                                                                                        ta[((_e2409 + 4294963200u) >> 2u)] = _e2411;
                                                                                                                                                                        let _e2419 = local_34;
                                                                                                                                                                        local_10 = _e2419;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2424 = pending;
                                                                                                                                                                    if (_e2424 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e2424 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e2436 = local_10;
                                                                                                                                                                        let _e2438 = local_1;
                                                                                                                                                                        let _e2439 = (_e2436 >= _e2438);
                                                                                                                                                                        if _e2439 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e2444 = local_22;
                                                                                                                                                                        let _e2446 = local_10;
                                                                                                                                                                        local_24 = (_e2444 + _e2446);
                                                                                                                                                                        let _e2450 = local_24;
                                                                                                                                                                        let _e2452 = local_3;
                                                                                                                                                                        let _e2453 = (_e2450 >= _e2452);
                                                                                                                                                                        if _e2453 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e2460 = local_2;
                                                                                                                                                                        let _e2462 = local_24;
                                                                                                                                                                        let _e2473 = a[(((_e2460 + (_e2462 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e2473;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2476 = pending;
                                                                                                                                                                    if (_e2476 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e2476 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e2484 = local_13;
                                                                                                                                                                    let _e2486 = local_55;
                                                                                                                                                                    ta[((_e2484 + 4294963200u) >> 2u)] = _e2486;
                                                                                                                                                                    let _e2494 = local_42;
                                                                                                                                                                    local_10 = _e2494;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2499 = pending;
                                                                                                                                                                if (_e2499 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2499 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2507 = local_23;
                                                                                                                                                                    let _e2509 = (_e2507 < 256u);
                                                                                                                                                                    if _e2509 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2514 = local_13;
                                                                                                                                                                    ta[((_e2514 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    pending = 2u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2528 = pending;
                                                                                                                                                                if (_e2528 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2528 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2536 = local_10;
                                                                                                                                                                    let _e2538 = (_e2536 < 256u);
                                                                                                                                                                    if _e2538 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2543 = local_13;
                                                                                                                                                                    ta[((_e2543 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2557 = pending;
                                                                                                                                                                if (_e2557 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2557 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2565 = local_10;
                                                                                                                                                                    let _e2567 = (_e2565 < 240u);
                                                                                                                                                                    if _e2567 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2572 = local_13;
                                                                                                                                                                    ta[((_e2572 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 42u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2584 = pending;
                                                                                                                                                                if (_e2584 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2584 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2592 = local_10;
                                                                                                                                                                    let _e2594 = (_e2592 < 224u);
                                                                                                                                                                    if _e2594 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2599 = local_13;
                                                                                                                                                                    ta[((_e2599 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 39u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2611 = pending;
                                                                                                                                                                if (_e2611 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2611 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2619 = local_10;
                                                                                                                                                                    let _e2621 = (_e2619 < 208u);
                                                                                                                                                                    if _e2621 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2626 = local_13;
                                                                                                                                                                    ta[((_e2626 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 36u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2638 = pending;
                                                                                                                                                                if (_e2638 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2638 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2646 = local_10;
                                                                                                                                                                    let _e2648 = (_e2646 < 192u);
                                                                                                                                                                    if _e2648 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2653 = local_13;
                                                                                                                                                                    ta[((_e2653 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 33u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2665 = pending;
                                                                                                                                                                if (_e2665 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2665 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2673 = local_10;
                                                                                                                                                                    let _e2675 = (_e2673 < 176u);
                                                                                                                                                                    if _e2675 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2680 = local_13;
                                                                                                                                                                    ta[((_e2680 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 30u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2692 = pending;
                                                                                                                                                                if (_e2692 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2692 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2700 = local_10;
                                                                                                                                                                    let _e2702 = (_e2700 < 160u);
                                                                                                                                                                    if _e2702 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2707 = local_13;
                                                                                                                                                                    ta[((_e2707 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 27u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2719 = pending;
                                                                                                                                                                if (_e2719 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2719 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2727 = local_10;
                                                                                                                                                                    let _e2729 = (_e2727 < 144u);
                                                                                                                                                                    if _e2729 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2734 = local_13;
                                                                                                                                                                    ta[((_e2734 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 15u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2746 = pending;
                                                                                                                                                                if (_e2746 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2746 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2754 = local_10;
                                                                                                                                                                    let _e2756 = (_e2754 < 128u);
                                                                                                                                                                    if _e2756 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2761 = local_13;
                                                                                                                                                                    ta[((_e2761 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 24u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2773 = pending;
                                                                                                                                                                if (_e2773 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2773 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e2781 = local_10;
                                                                                                                                                                let _e2783 = (_e2781 > 111u);
                                                                                                                                                                if _e2783 {
                                                                                                                                                                    pending = 8u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2790 = local_10;
                                                                                                                                                                    let _e2792 = (_e2790 < 96u);
                                                                                                                                                                    if _e2792 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2797 = local_13;
                                                                                                                                                                    ta[((_e2797 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 21u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2809 = pending;
                                                                                                                                                                if (_e2809 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2809 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2817 = local_10;
                                                                                                                                                                    let _e2819 = (_e2817 < 80u);
                                                                                                                                                                    if _e2819 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2824 = local_13;
                                                                                                                                                                    ta[((_e2824 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 18u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2836 = pending;
                                                                                                                                                                if (_e2836 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2836 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2844 = local_10;
                                                                                                                                                                    let _e2846 = (_e2844 < 64u);
                                                                                                                                                                    if _e2846 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2851 = local_13;
                                                                                                                                                                    ta[((_e2851 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    let _e2863 = local_32;
                                                                                                                                                                    local_10 = _e2863;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2868 = pending;
                                                                                                                                                                if (_e2868 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2868 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2876 = local_10;
                                                                                                                                                                    let _e2878 = (_e2876 < 48u);
                                                                                                                                                                    if _e2878 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2883 = local_13;
                                                                                                                                                                    ta[((_e2883 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    let _e2895 = local_30;
                                                                                                                                                                    local_10 = _e2895;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2900 = pending;
                                                                                                                                                                if (_e2900 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2900 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2908 = local_10;
                                                                                                                                                                    let _e2910 = (_e2908 < 32u);
                                                                                                                                                                    if _e2910 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2915 = local_13;
                                                                                                                                                                    ta[((_e2915 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    let _e2927 = local_28;
                                                                                                                                                                    local_10 = _e2927;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2932 = pending;
                                                                                                                                                                if (_e2932 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2932 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e2940 = local_10;
                                                                                                                                                                let _e2942 = (_e2940 > 15u);
                                                                                                                                                                if _e2942 {
                                                                                                                                                                    pending = 9u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                local_21 = 0f;
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2951 = local_13;
                                                                                                                                                                    ta[((_e2951 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    let _e2961 = local_15;
                                                                                                                                                                    tb[((_e2961 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    workgroupBarrier();
                                                                                                                                                                    let _e2971 = local_21;
                                                                                                                                                                    let _e2973 = local_8;
                                                                                                                                                                    let _e2980 = ta[((_e2973 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e2982 = local_16;
                                                                                                                                                                    let _e2989 = tb[((_e2982 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e2993 = local_8;
                                                                                                                                                                    let _e3000 = ta[((_e2993 + 4294963204u) >> 2u)];
                                                                                                                                                                    let _e3002 = local_54;
                                                                                                                                                                    let _e3009 = tb[((_e3002 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3013 = local_8;
                                                                                                                                                                    let _e3020 = ta[((_e3013 + 4294963208u) >> 2u)];
                                                                                                                                                                    let _e3022 = local_52;
                                                                                                                                                                    let _e3029 = tb[((_e3022 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3033 = local_8;
                                                                                                                                                                    let _e3040 = ta[((_e3033 + 4294963212u) >> 2u)];
                                                                                                                                                                    let _e3042 = local_50;
                                                                                                                                                                    let _e3049 = tb[((_e3042 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3053 = local_8;
                                                                                                                                                                    let _e3060 = ta[((_e3053 + 4294963216u) >> 2u)];
                                                                                                                                                                    let _e3062 = local_48;
                                                                                                                                                                    let _e3069 = tb[((_e3062 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3073 = local_8;
                                                                                                                                                                    let _e3080 = ta[((_e3073 + 4294963220u) >> 2u)];
                                                                                                                                                                    let _e3082 = local_46;
                                                                                                                                                                    let _e3089 = tb[((_e3082 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3093 = local_8;
                                                                                                                                                                    let _e3100 = ta[((_e3093 + 4294963224u) >> 2u)];
                                                                                                                                                                    let _e3102 = local_44;
                                                                                                                                                                    let _e3109 = tb[((_e3102 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3113 = local_8;
                                                                                                                                                                    let _e3120 = ta[((_e3113 + 4294963228u) >> 2u)];
                                                                                                                                                                    let _e3122 = local_17;
                                                                                                                                                                    let _e3129 = tb[((_e3122 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3133 = local_8;
                                                                                                                                                                    let _e3140 = ta[((_e3133 + 4294963232u) >> 2u)];
                                                                                                                                                                    let _e3142 = local_41;
                                                                                                                                                                    let _e3149 = tb[((_e3142 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3153 = local_8;
                                                                                                                                                                    let _e3160 = ta[((_e3153 + 4294963236u) >> 2u)];
                                                                                                                                                                    let _e3162 = local_39;
                                                                                                                                                                    let _e3169 = tb[((_e3162 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3173 = local_8;
                                                                                                                                                                    let _e3180 = ta[((_e3173 + 4294963240u) >> 2u)];
                                                                                                                                                                    let _e3182 = local_37;
                                                                                                                                                                    let _e3189 = tb[((_e3182 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3193 = local_8;
                                                                                                                                                                    let _e3200 = ta[((_e3193 + 4294963244u) >> 2u)];
                                                                                                                                                                    let _e3202 = local_35;
                                                                                                                                                                    let _e3209 = tb[((_e3202 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3213 = local_8;
                                                                                                                                                                    let _e3220 = ta[((_e3213 + 4294963248u) >> 2u)];
                                                                                                                                                                    let _e3222 = local_33;
                                                                                                                                                                    let _e3229 = tb[((_e3222 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3233 = local_8;
                                                                                                                                                                    let _e3240 = ta[((_e3233 + 4294963252u) >> 2u)];
                                                                                                                                                                    let _e3242 = local_31;
                                                                                                                                                                    let _e3249 = tb[((_e3242 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3253 = local_8;
                                                                                                                                                                    let _e3260 = ta[((_e3253 + 4294963256u) >> 2u)];
                                                                                                                                                                    let _e3262 = local_29;
                                                                                                                                                                    let _e3269 = tb[((_e3262 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3273 = local_8;
                                                                                                                                                                    let _e3280 = ta[((_e3273 + 4294963260u) >> 2u)];
                                                                                                                                                                    let _e3282 = local_27;
                                                                                                                                                                    let _e3289 = tb[((_e3282 + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = ((((((((((((((((_e2971 + (_e2980 * _e2989)) + (_e3000 * _e3009)) + (_e3020 * _e3029)) + (_e3040 * _e3049)) + (_e3060 * _e3069)) + (_e3080 * _e3089)) + (_e3100 * _e3109)) + (_e3120 * _e3129)) + (_e3140 * _e3149)) + (_e3160 * _e3169)) + (_e3180 * _e3189)) + (_e3200 * _e3209)) + (_e3220 * _e3229)) + (_e3240 * _e3249)) + (_e3260 * _e3269)) + (_e3280 * _e3289));
                                                                                                                                                                    workgroupBarrier();
                                                                                                                                                                    let _e3294 = local_12;
                                                                                                                                                                    local_12 = (_e3294 + 4294967295u);
                                                                                                                                                                    let _e3299 = local_12;
                                                                                                                                                                    if (_e3299 != 0u) {
                                                                                                                                                                        continue;
                                                                                                                                                                    }
                                                                                                                                                                    pending = 3u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3305 = pending;
                                                                                                                                                                if (_e3305 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3305 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e3313 = pending;
                                                                                                                                                            if (_e3313 == 42u) {
                                                                                                                                                                pending = 0u;
                                                                                                                                                                break;
                                                                                                                                                            } else {
                                                                                                                                                                if (_e3313 != 0u) {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            loop {
                                                                                                                                                                let _e3321 = local_20;
                                                                                                                                                                let _e3323 = local_1;
                                                                                                                                                                let _e3324 = (_e3321 >= _e3323);
                                                                                                                                                                if _e3324 {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3329 = local_23;
                                                                                                                                                                    let _e3331 = (_e3329 < 256u);
                                                                                                                                                                    if _e3331 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3340 = local_10;
                                                                                                                                                                        let _e3342 = local_1;
                                                                                                                                                                        let _e3343 = (_e3340 >= _e3342);
                                                                                                                                                                        if _e3343 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3348 = local_22;
                                                                                                                                                                        let _e3350 = local_10;
                                                                                                                                                                        local_24 = (_e3348 + _e3350);
                                                                                                                                                                        let _e3354 = local_24;
                                                                                                                                                                        let _e3356 = local_3;
                                                                                                                                                                        let _e3357 = (_e3354 >= _e3356);
                                                                                                                                                                        if _e3357 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3364 = local_2;
                                                                                                                                                                        let _e3366 = local_24;
                                                                                                                                                                        let _e3377 = a[(((_e3364 + (_e3366 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3377;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3380 = pending;
                                                                                                                                                                    if (_e3380 == 90u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3380 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3388 = local_13;
                                                                                                                                                                    let _e3390 = local_55;
                                                                                                                                                                    ta[((_e3388 + 4294963200u) >> 2u)] = _e3390;
                                                                                                                                                                    let _e3398 = local_11;
                                                                                                                                                                    let _e3400 = local_1;
                                                                                                                                                                    let _e3401 = (_e3398 >= _e3400);
                                                                                                                                                                    if _e3401 {
                                                                                                                                                                        pending = 2u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3408 = local_19;
                                                                                                                                                                    let _e3410 = local_11;
                                                                                                                                                                    let _e3412 = local_1;
                                                                                                                                                                    local_9 = (_e3408 + (_e3410 * _e3412));
                                                                                                                                                                    let _e3417 = local_9;
                                                                                                                                                                    let _e3419 = local_5;
                                                                                                                                                                    let _e3420 = (_e3417 >= _e3419);
                                                                                                                                                                    if _e3420 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3427 = local_4;
                                                                                                                                                                    let _e3429 = local_9;
                                                                                                                                                                    let _e3440 = b[(((_e3427 + (_e3429 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3440;
                                                                                                                                                                    pending = 2u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3445 = pending;
                                                                                                                                                                if (_e3445 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3445 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3453 = local_10;
                                                                                                                                                                    let _e3455 = (_e3453 < 256u);
                                                                                                                                                                    if _e3455 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3464 = local_10;
                                                                                                                                                                        let _e3466 = local_1;
                                                                                                                                                                        let _e3467 = (_e3464 >= _e3466);
                                                                                                                                                                        if _e3467 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3472 = local_22;
                                                                                                                                                                        let _e3474 = local_10;
                                                                                                                                                                        local_24 = (_e3472 + _e3474);
                                                                                                                                                                        let _e3478 = local_24;
                                                                                                                                                                        let _e3480 = local_3;
                                                                                                                                                                        let _e3481 = (_e3478 >= _e3480);
                                                                                                                                                                        if _e3481 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3488 = local_2;
                                                                                                                                                                        let _e3490 = local_24;
                                                                                                                                                                        let _e3501 = a[(((_e3488 + (_e3490 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3501;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3504 = pending;
                                                                                                                                                                    if (_e3504 == 92u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3504 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3512 = local_13;
                                                                                                                                                                    let _e3514 = local_55;
                                                                                                                                                                    ta[((_e3512 + 4294963200u) >> 2u)] = _e3514;
                                                                                                                                                                    let _e3522 = local_11;
                                                                                                                                                                    let _e3524 = local_1;
                                                                                                                                                                    let _e3525 = (_e3522 >= _e3524);
                                                                                                                                                                    if _e3525 {
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3532 = local_19;
                                                                                                                                                                    let _e3534 = local_11;
                                                                                                                                                                    let _e3536 = local_1;
                                                                                                                                                                    local_9 = (_e3532 + (_e3534 * _e3536));
                                                                                                                                                                    let _e3541 = local_9;
                                                                                                                                                                    let _e3543 = local_5;
                                                                                                                                                                    let _e3544 = (_e3541 >= _e3543);
                                                                                                                                                                    if _e3544 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3551 = local_4;
                                                                                                                                                                    let _e3553 = local_9;
                                                                                                                                                                    let _e3564 = b[(((_e3551 + (_e3553 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3564;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3569 = pending;
                                                                                                                                                                if (_e3569 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3569 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3577 = local_10;
                                                                                                                                                                    let _e3579 = (_e3577 < 240u);
                                                                                                                                                                    if _e3579 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3588 = local_10;
                                                                                                                                                                        let _e3590 = local_1;
                                                                                                                                                                        let _e3591 = (_e3588 >= _e3590);
                                                                                                                                                                        if _e3591 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3596 = local_22;
                                                                                                                                                                        let _e3598 = local_10;
                                                                                                                                                                        local_24 = (_e3596 + _e3598);
                                                                                                                                                                        let _e3602 = local_24;
                                                                                                                                                                        let _e3604 = local_3;
                                                                                                                                                                        let _e3605 = (_e3602 >= _e3604);
                                                                                                                                                                        if _e3605 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3612 = local_2;
                                                                                                                                                                        let _e3614 = local_24;
                                                                                                                                                                        let _e3625 = a[(((_e3612 + (_e3614 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3625;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3628 = pending;
                                                                                                                                                                    if (_e3628 == 94u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3628 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3636 = local_13;
                                                                                                                                                                    let _e3638 = local_55;
                                                                                                                                                                    ta[((_e3636 + 4294963200u) >> 2u)] = _e3638;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3646 = local_11;
                                                                                                                                                                        let _e3648 = local_1;
                                                                                                                                                                        let _e3649 = (_e3646 < _e3648);
                                                                                                                                                                        if _e3649 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3654 = local_53;
                                                                                                                                                                        local_10 = _e3654;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3659 = pending;
                                                                                                                                                                    if (_e3659 == 94u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3659 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3667 = local_19;
                                                                                                                                                                    let _e3669 = local_11;
                                                                                                                                                                    let _e3671 = local_1;
                                                                                                                                                                    local_9 = (_e3667 + (_e3669 * _e3671));
                                                                                                                                                                    let _e3676 = local_9;
                                                                                                                                                                    let _e3678 = local_5;
                                                                                                                                                                    let _e3679 = (_e3676 >= _e3678);
                                                                                                                                                                    if _e3679 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3686 = local_4;
                                                                                                                                                                    let _e3688 = local_9;
                                                                                                                                                                    let _e3699 = b[(((_e3686 + (_e3688 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3699;
                                                                                                                                                                    let _e3702 = local_53;
                                                                                                                                                                    local_10 = _e3702;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3707 = pending;
                                                                                                                                                                if (_e3707 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3707 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3715 = local_10;
                                                                                                                                                                    let _e3717 = (_e3715 < 224u);
                                                                                                                                                                    if _e3717 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3726 = local_10;
                                                                                                                                                                        let _e3728 = local_1;
                                                                                                                                                                        let _e3729 = (_e3726 >= _e3728);
                                                                                                                                                                        if _e3729 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3734 = local_22;
                                                                                                                                                                        let _e3736 = local_10;
                                                                                                                                                                        local_24 = (_e3734 + _e3736);
                                                                                                                                                                        let _e3740 = local_24;
                                                                                                                                                                        let _e3742 = local_3;
                                                                                                                                                                        let _e3743 = (_e3740 >= _e3742);
                                                                                                                                                                        if _e3743 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3750 = local_2;
                                                                                                                                                                        let _e3752 = local_24;
                                                                                                                                                                        let _e3763 = a[(((_e3750 + (_e3752 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3763;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3766 = pending;
                                                                                                                                                                    if (_e3766 == 97u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3766 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3774 = local_13;
                                                                                                                                                                    let _e3776 = local_55;
                                                                                                                                                                    ta[((_e3774 + 4294963200u) >> 2u)] = _e3776;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3784 = local_11;
                                                                                                                                                                        let _e3786 = local_1;
                                                                                                                                                                        let _e3787 = (_e3784 < _e3786);
                                                                                                                                                                        if _e3787 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3792 = local_51;
                                                                                                                                                                        local_10 = _e3792;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3797 = pending;
                                                                                                                                                                    if (_e3797 == 97u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3797 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3805 = local_19;
                                                                                                                                                                    let _e3807 = local_11;
                                                                                                                                                                    let _e3809 = local_1;
                                                                                                                                                                    local_9 = (_e3805 + (_e3807 * _e3809));
                                                                                                                                                                    let _e3814 = local_9;
                                                                                                                                                                    let _e3816 = local_5;
                                                                                                                                                                    let _e3817 = (_e3814 >= _e3816);
                                                                                                                                                                    if _e3817 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3824 = local_4;
                                                                                                                                                                    let _e3826 = local_9;
                                                                                                                                                                    let _e3837 = b[(((_e3824 + (_e3826 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3837;
                                                                                                                                                                    let _e3840 = local_51;
                                                                                                                                                                    local_10 = _e3840;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3845 = pending;
                                                                                                                                                                if (_e3845 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3845 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3853 = local_10;
                                                                                                                                                                    let _e3855 = (_e3853 < 208u);
                                                                                                                                                                    if _e3855 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3864 = local_10;
                                                                                                                                                                        let _e3866 = local_1;
                                                                                                                                                                        let _e3867 = (_e3864 >= _e3866);
                                                                                                                                                                        if _e3867 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3872 = local_22;
                                                                                                                                                                        let _e3874 = local_10;
                                                                                                                                                                        local_24 = (_e3872 + _e3874);
                                                                                                                                                                        let _e3878 = local_24;
                                                                                                                                                                        let _e3880 = local_3;
                                                                                                                                                                        let _e3881 = (_e3878 >= _e3880);
                                                                                                                                                                        if _e3881 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3888 = local_2;
                                                                                                                                                                        let _e3890 = local_24;
                                                                                                                                                                        let _e3901 = a[(((_e3888 + (_e3890 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3901;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3904 = pending;
                                                                                                                                                                    if (_e3904 == 100u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3904 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3912 = local_13;
                                                                                                                                                                    let _e3914 = local_55;
                                                                                                                                                                    ta[((_e3912 + 4294963200u) >> 2u)] = _e3914;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3922 = local_11;
                                                                                                                                                                        let _e3924 = local_1;
                                                                                                                                                                        let _e3925 = (_e3922 < _e3924);
                                                                                                                                                                        if _e3925 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3930 = local_49;
                                                                                                                                                                        local_10 = _e3930;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3935 = pending;
                                                                                                                                                                    if (_e3935 == 100u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3935 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3943 = local_19;
                                                                                                                                                                    let _e3945 = local_11;
                                                                                                                                                                    let _e3947 = local_1;
                                                                                                                                                                    local_9 = (_e3943 + (_e3945 * _e3947));
                                                                                                                                                                    let _e3952 = local_9;
                                                                                                                                                                    let _e3954 = local_5;
                                                                                                                                                                    let _e3955 = (_e3952 >= _e3954);
                                                                                                                                                                    if _e3955 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3962 = local_4;
                                                                                                                                                                    let _e3964 = local_9;
                                                                                                                                                                    let _e3975 = b[(((_e3962 + (_e3964 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3975;
                                                                                                                                                                    let _e3978 = local_49;
                                                                                                                                                                    local_10 = _e3978;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3983 = pending;
                                                                                                                                                                if (_e3983 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3983 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3991 = local_10;
                                                                                                                                                                    let _e3993 = (_e3991 > 191u);
                                                                                                                                                                    if _e3993 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3998 = local_10;
                                                                                                                                                                        let _e4000 = (_e3998 < 176u);
                                                                                                                                                                        if _e4000 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e4009 = local_10;
                                                                                                                                                                            let _e4011 = local_1;
                                                                                                                                                                            let _e4012 = (_e4009 >= _e4011);
                                                                                                                                                                            if _e4012 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4017 = local_10;
                                                                                                                                                                            let _e4019 = local_22;
                                                                                                                                                                            local_24 = (_e4017 + _e4019);
                                                                                                                                                                            let _e4023 = local_24;
                                                                                                                                                                            let _e4025 = local_3;
                                                                                                                                                                            let _e4026 = (_e4023 >= _e4025);
                                                                                                                                                                            if _e4026 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4033 = local_2;
                                                                                                                                                                            let _e4035 = local_24;
                                                                                                                                                                            let _e4046 = a[(((_e4033 + (_e4035 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e4046;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4049 = pending;
                                                                                                                                                                        if (_e4049 == 104u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e4049 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e4057 = local_13;
                                                                                                                                                                        let _e4059 = local_55;
                                                                                                                                                                        ta[((_e4057 + 4294963200u) >> 2u)] = _e4059;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e4067 = local_11;
                                                                                                                                                                            let _e4069 = local_1;
                                                                                                                                                                            let _e4070 = (_e4067 < _e4069);
                                                                                                                                                                            if _e4070 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4075 = local_45;
                                                                                                                                                                            local_10 = _e4075;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4080 = pending;
                                                                                                                                                                        if (_e4080 == 104u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e4080 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e4088 = local_11;
                                                                                                                                                                        let _e4090 = local_1;
                                                                                                                                                                        let _e4093 = local_19;
                                                                                                                                                                        local_9 = ((_e4088 * _e4090) + _e4093);
                                                                                                                                                                        let _e4097 = local_9;
                                                                                                                                                                        let _e4099 = local_5;
                                                                                                                                                                        let _e4100 = (_e4097 >= _e4099);
                                                                                                                                                                        if _e4100 {
                                                                                                                                                                            pending = 10u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4107 = local_4;
                                                                                                                                                                        let _e4109 = local_9;
                                                                                                                                                                        let _e4120 = b[(((_e4107 + (_e4109 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_21 = _e4120;
                                                                                                                                                                        let _e4123 = local_45;
                                                                                                                                                                        local_10 = _e4123;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e4128 = pending;
                                                                                                                                                                    if (_e4128 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e4128 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e4136 = local_10;
                                                                                                                                                                        let _e4138 = (_e4136 < 160u);
                                                                                                                                                                        if _e4138 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e4147 = local_10;
                                                                                                                                                                            let _e4149 = local_1;
                                                                                                                                                                            let _e4150 = (_e4147 >= _e4149);
                                                                                                                                                                            if _e4150 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4155 = local_10;
                                                                                                                                                                            let _e4157 = local_22;
                                                                                                                                                                            local_24 = (_e4155 + _e4157);
                                                                                                                                                                            let _e4161 = local_24;
                                                                                                                                                                            let _e4163 = local_3;
                                                                                                                                                                            let _e4164 = (_e4161 >= _e4163);
                                                                                                                                                                            if _e4164 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4171 = local_2;
                                                                                                                                                                            let _e4173 = local_24;
                                                                                                                                                                            let _e4184 = a[(((_e4171 + (_e4173 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e4184;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4187 = pending;
                                                                                                                                                                        if (_e4187 == 107u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e4187 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e4195 = local_13;
                                                                                                                                                                        let _e4197 = local_55;
                                                                                                                                                                        ta[((_e4195 + 4294963200u) >> 2u)] = _e4197;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e4205 = local_11;
                                                                                                                                                                            let _e4207 = local_1;
                                                                                                                                                                            let _e4208 = (_e4205 < _e4207);
                                                                                                                                                                            if _e4208 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4213 = local_43;
                                                                                                                                                                            local_10 = _e4213;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4218 = pending;
                                                                                                                                                                        if (_e4218 == 107u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e4218 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e4226 = local_11;
                                                                                                                                                                        let _e4228 = local_1;
                                                                                                                                                                        let _e4231 = local_19;
                                                                                                                                                                        local_9 = ((_e4226 * _e4228) + _e4231);
                                                                                                                                                                        let _e4235 = local_9;
                                                                                                                                                                        let _e4237 = local_5;
                                                                                                                                                                        let _e4238 = (_e4235 >= _e4237);
                                                                                                                                                                        if _e4238 {
                                                                                                                                                                            pending = 10u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4245 = local_4;
                                                                                                                                                                        let _e4247 = local_9;
                                                                                                                                                                        let _e4258 = b[(((_e4245 + (_e4247 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_21 = _e4258;
                                                                                                                                                                        let _e4261 = local_43;
                                                                                                                                                                        local_10 = _e4261;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e4266 = pending;
                                                                                                                                                                    if (_e4266 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e4266 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e4274 = local_10;
                                                                                                                                                                        let _e4276 = (_e4274 > 143u);
                                                                                                                                                                        if _e4276 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4281 = local_1;
                                                                                                                                                                        local_43 = (_e4281 << 6u);
                                                                                                                                                                        let _e4287 = local_1;
                                                                                                                                                                        local_42 = (_e4287 << 4u);
                                                                                                                                                                        let _e4293 = local_2;
                                                                                                                                                                        let _e4295 = local_10;
                                                                                                                                                                        let _e4297 = local_22;
                                                                                                                                                                        local_23 = (_e4293 + ((_e4295 + _e4297) << 2u));
                                                                                                                                                                        let _e4305 = local_4;
                                                                                                                                                                        let _e4307 = local_14;
                                                                                                                                                                        let _e4309 = local_1;
                                                                                                                                                                        let _e4311 = local_11;
                                                                                                                                                                        let _e4315 = local_18;
                                                                                                                                                                        local_9 = ((_e4307 + (_e4309 * _e4311)) + _e4315);
                                                                                                                                                                        let _e4319 = local_9;
                                                                                                                                                                        local_14 = (_e4305 + (_e4319 << 2u));
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        let _e4328 = local_10;
                                                                                                                                                                        local_2 = select(0u, 1u, (_e4328 > 127u));
                                                                                                                                                                        let _e4336 = local_10;
                                                                                                                                                                        local_4 = select(0u, 1u, (_e4336 > 111u));
                                                                                                                                                                        let _e4344 = local_10;
                                                                                                                                                                        local_18 = select(0u, 1u, (_e4344 > 95u));
                                                                                                                                                                        let _e4352 = local_10;
                                                                                                                                                                        local_53 = select(0u, 1u, (_e4352 > 79u));
                                                                                                                                                                        let _e4360 = local_10;
                                                                                                                                                                        local_51 = select(0u, 1u, (_e4360 > 63u));
                                                                                                                                                                        let _e4368 = local_10;
                                                                                                                                                                        local_49 = select(0u, 1u, (_e4368 > 47u));
                                                                                                                                                                        let _e4376 = local_10;
                                                                                                                                                                        local_47 = select(0u, 1u, (_e4376 > 31u));
                                                                                                                                                                        let _e4384 = local_10;
                                                                                                                                                                        local_45 = select(0u, 1u, (_e4384 > 15u));
                                                                                                                                                                        loop {
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e4394 = local_10;
                                                                                                                                                                                let _e4396 = local_1;
                                                                                                                                                                                let _e4397 = (_e4394 >= _e4396);
                                                                                                                                                                                if _e4397 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e4402 = local_22;
                                                                                                                                                                                let _e4404 = local_10;
                                                                                                                                                                                local_24 = (_e4402 + _e4404);
                                                                                                                                                                                let _e4408 = local_24;
                                                                                                                                                                                let _e4410 = local_3;
                                                                                                                                                                                let _e4411 = (_e4408 >= _e4410);
                                                                                                                                                                                if _e4411 {
                                                                                                                                                                                    pending = 11u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e4418 = local_23;
                                                                                                                                                                                let _e4425 = a[((_e4418 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e4425;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4428 = pending;
                                                                                                                                                                            if (_e4428 == 111u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                continue;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e4428 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e4436 = local_13;
                                                                                                                                                                            let _e4438 = local_55;
                                                                                                                                                                            ta[((_e4436 + 4294963200u) >> 2u)] = _e4438;
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e4448 = local_11;
                                                                                                                                                                                let _e4450 = local_1;
                                                                                                                                                                                let _e4451 = (_e4448 >= _e4450);
                                                                                                                                                                                if _e4451 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e4456 = local_9;
                                                                                                                                                                                let _e4458 = local_5;
                                                                                                                                                                                let _e4459 = (_e4456 >= _e4458);
                                                                                                                                                                                if _e4459 {
                                                                                                                                                                                    pending = 10u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e4466 = local_14;
                                                                                                                                                                                let _e4473 = b[((_e4466 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e4473;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4476 = pending;
                                                                                                                                                                            if (_e4476 == 111u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                continue;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e4476 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e4484 = local_15;
                                                                                                                                                                            let _e4486 = local_55;
                                                                                                                                                                            tb[((_e4484 + 4294963200u) >> 2u)] = _e4486;
                                                                                                                                                                            workgroupBarrier();
                                                                                                                                                                            let _e4494 = local_8;
                                                                                                                                                                            let _e4501 = ta[((_e4494 + 4294963232u) >> 2u)];
                                                                                                                                                                            local_55 = _e4501;
                                                                                                                                                                            let _e4504 = local_17;
                                                                                                                                                                            let _e4511 = tb[((_e4504 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_56 = _e4511;
                                                                                                                                                                            let _e4514 = local_8;
                                                                                                                                                                            let _e4521 = ta[((_e4514 + 4294963228u) >> 2u)];
                                                                                                                                                                            local_57 = _e4521;
                                                                                                                                                                            let _e4524 = local_44;
                                                                                                                                                                            let _e4531 = tb[((_e4524 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_58 = _e4531;
                                                                                                                                                                            let _e4534 = local_8;
                                                                                                                                                                            let _e4541 = ta[((_e4534 + 4294963224u) >> 2u)];
                                                                                                                                                                            local_59 = _e4541;
                                                                                                                                                                            let _e4544 = local_46;
                                                                                                                                                                            let _e4551 = tb[((_e4544 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_60 = _e4551;
                                                                                                                                                                            let _e4554 = local_8;
                                                                                                                                                                            let _e4561 = ta[((_e4554 + 4294963220u) >> 2u)];
                                                                                                                                                                            local_61 = _e4561;
                                                                                                                                                                            let _e4564 = local_48;
                                                                                                                                                                            let _e4571 = tb[((_e4564 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_62 = _e4571;
                                                                                                                                                                            let _e4574 = local_8;
                                                                                                                                                                            let _e4581 = ta[((_e4574 + 4294963216u) >> 2u)];
                                                                                                                                                                            local_63 = _e4581;
                                                                                                                                                                            let _e4584 = local_50;
                                                                                                                                                                            let _e4591 = tb[((_e4584 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_64 = _e4591;
                                                                                                                                                                            let _e4594 = local_8;
                                                                                                                                                                            let _e4601 = ta[((_e4594 + 4294963212u) >> 2u)];
                                                                                                                                                                            local_65 = _e4601;
                                                                                                                                                                            let _e4604 = local_52;
                                                                                                                                                                            let _e4611 = tb[((_e4604 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_66 = _e4611;
                                                                                                                                                                            let _e4614 = local_8;
                                                                                                                                                                            let _e4621 = ta[((_e4614 + 4294963208u) >> 2u)];
                                                                                                                                                                            local_67 = _e4621;
                                                                                                                                                                            let _e4624 = local_54;
                                                                                                                                                                            let _e4631 = tb[((_e4624 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_68 = _e4631;
                                                                                                                                                                            let _e4634 = local_8;
                                                                                                                                                                            let _e4641 = ta[((_e4634 + 4294963204u) >> 2u)];
                                                                                                                                                                            local_69 = _e4641;
                                                                                                                                                                            let _e4644 = local_16;
                                                                                                                                                                            let _e4651 = tb[((_e4644 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_70 = _e4651;
                                                                                                                                                                            let _e4654 = local_8;
                                                                                                                                                                            let _e4661 = ta[((_e4654 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_71 = _e4661;
                                                                                                                                                                            let _e4664 = local;
                                                                                                                                                                            let _e4666 = local_40;
                                                                                                                                                                            stack[((_e4664 + 4293918760u) >> 2u)] = _e4666;
                                                                                                                                                                            let _e4674 = local;
                                                                                                                                                                            stack[((_e4674 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4683 = local_2;
                                                                                                                                                                            if (_e4683 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4689 = local_8;
                                                                                                                                                                            let _e4696 = ta[((_e4689 + 4294963236u) >> 2u)];
                                                                                                                                                                            local_72 = _e4696;
                                                                                                                                                                            let _e4699 = local_41;
                                                                                                                                                                            let _e4706 = tb[((_e4699 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_73 = _e4706;
                                                                                                                                                                            let _e4709 = local;
                                                                                                                                                                            let _e4711 = local_38;
                                                                                                                                                                            stack[((_e4709 + 4293918760u) >> 2u)] = _e4711;
                                                                                                                                                                            let _e4719 = local;
                                                                                                                                                                            stack[((_e4719 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4728 = local_4;
                                                                                                                                                                            if (_e4728 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4734 = local_8;
                                                                                                                                                                            let _e4741 = ta[((_e4734 + 4294963240u) >> 2u)];
                                                                                                                                                                            local_74 = _e4741;
                                                                                                                                                                            let _e4744 = local_39;
                                                                                                                                                                            let _e4751 = tb[((_e4744 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_75 = _e4751;
                                                                                                                                                                            let _e4754 = local;
                                                                                                                                                                            let _e4756 = local_36;
                                                                                                                                                                            stack[((_e4754 + 4293918760u) >> 2u)] = _e4756;
                                                                                                                                                                            let _e4764 = local;
                                                                                                                                                                            stack[((_e4764 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4773 = local_18;
                                                                                                                                                                            if (_e4773 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4779 = local_8;
                                                                                                                                                                            let _e4786 = ta[((_e4779 + 4294963244u) >> 2u)];
                                                                                                                                                                            local_76 = _e4786;
                                                                                                                                                                            let _e4789 = local_37;
                                                                                                                                                                            let _e4796 = tb[((_e4789 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_77 = _e4796;
                                                                                                                                                                            let _e4799 = local;
                                                                                                                                                                            let _e4801 = local_34;
                                                                                                                                                                            stack[((_e4799 + 4293918760u) >> 2u)] = _e4801;
                                                                                                                                                                            let _e4809 = local;
                                                                                                                                                                            stack[((_e4809 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4818 = local_53;
                                                                                                                                                                            if (_e4818 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4824 = local_8;
                                                                                                                                                                            let _e4831 = ta[((_e4824 + 4294963248u) >> 2u)];
                                                                                                                                                                            local_78 = _e4831;
                                                                                                                                                                            let _e4834 = local_35;
                                                                                                                                                                            let _e4841 = tb[((_e4834 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_79 = _e4841;
                                                                                                                                                                            let _e4844 = local;
                                                                                                                                                                            let _e4846 = local_32;
                                                                                                                                                                            stack[((_e4844 + 4293918760u) >> 2u)] = _e4846;
                                                                                                                                                                            let _e4854 = local;
                                                                                                                                                                            stack[((_e4854 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4863 = local_51;
                                                                                                                                                                            if (_e4863 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4869 = local_8;
                                                                                                                                                                            let _e4876 = ta[((_e4869 + 4294963252u) >> 2u)];
                                                                                                                                                                            local_80 = _e4876;
                                                                                                                                                                            let _e4879 = local_33;
                                                                                                                                                                            let _e4886 = tb[((_e4879 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_81 = _e4886;
                                                                                                                                                                            let _e4889 = local;
                                                                                                                                                                            let _e4891 = local_30;
                                                                                                                                                                            stack[((_e4889 + 4293918760u) >> 2u)] = _e4891;
                                                                                                                                                                            let _e4899 = local;
                                                                                                                                                                            stack[((_e4899 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4908 = local_49;
                                                                                                                                                                            if (_e4908 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4914 = local_8;
                                                                                                                                                                            let _e4921 = ta[((_e4914 + 4294963256u) >> 2u)];
                                                                                                                                                                            local_82 = _e4921;
                                                                                                                                                                            let _e4924 = local_31;
                                                                                                                                                                            let _e4931 = tb[((_e4924 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_83 = _e4931;
                                                                                                                                                                            let _e4934 = local;
                                                                                                                                                                            let _e4936 = local_28;
                                                                                                                                                                            stack[((_e4934 + 4293918760u) >> 2u)] = _e4936;
                                                                                                                                                                            let _e4944 = local;
                                                                                                                                                                            stack[((_e4944 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4953 = local_47;
                                                                                                                                                                            if (_e4953 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4959 = local_8;
                                                                                                                                                                            let _e4966 = ta[((_e4959 + 4294963260u) >> 2u)];
                                                                                                                                                                            local_84 = _e4966;
                                                                                                                                                                            let _e4969 = local_29;
                                                                                                                                                                            let _e4976 = tb[((_e4969 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_85 = _e4976;
                                                                                                                                                                            let _e4979 = local;
                                                                                                                                                                            let _e4981 = local_26;
                                                                                                                                                                            stack[((_e4979 + 4293918760u) >> 2u)] = _e4981;
                                                                                                                                                                            let _e4989 = local;
                                                                                                                                                                            stack[((_e4989 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4998 = local_45;
                                                                                                                                                                            if (_e4998 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e5004 = local_21;
                                                                                                                                                                            let _e5006 = local_71;
                                                                                                                                                                            let _e5008 = local_70;
                                                                                                                                                                            let _e5012 = local_69;
                                                                                                                                                                            let _e5014 = local_68;
                                                                                                                                                                            let _e5018 = local_67;
                                                                                                                                                                            let _e5020 = local_66;
                                                                                                                                                                            let _e5024 = local_65;
                                                                                                                                                                            let _e5026 = local_64;
                                                                                                                                                                            let _e5030 = local_63;
                                                                                                                                                                            let _e5032 = local_62;
                                                                                                                                                                            let _e5036 = local_61;
                                                                                                                                                                            let _e5038 = local_60;
                                                                                                                                                                            let _e5042 = local_59;
                                                                                                                                                                            let _e5044 = local_58;
                                                                                                                                                                            let _e5048 = local_57;
                                                                                                                                                                            let _e5050 = local_56;
                                                                                                                                                                            let _e5054 = local_55;
                                                                                                                                                                            let _e5056 = local_73;
                                                                                                                                                                            let _e5060 = local_72;
                                                                                                                                                                            let _e5062 = local_75;
                                                                                                                                                                            let _e5066 = local_74;
                                                                                                                                                                            let _e5068 = local_77;
                                                                                                                                                                            let _e5072 = local_76;
                                                                                                                                                                            let _e5074 = local_79;
                                                                                                                                                                            let _e5078 = local_78;
                                                                                                                                                                            let _e5080 = local_81;
                                                                                                                                                                            let _e5084 = local_80;
                                                                                                                                                                            let _e5086 = local_83;
                                                                                                                                                                            let _e5090 = local_82;
                                                                                                                                                                            let _e5092 = local_85;
                                                                                                                                                                            let _e5096 = local_84;
                                                                                                                                                                            let _e5098 = local_27;
                                                                                                                                                                            let _e5105 = tb[((_e5098 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_21 = ((((((((((((((((_e5004 + (_e5006 * _e5008)) + (_e5012 * _e5014)) + (_e5018 * _e5020)) + (_e5024 * _e5026)) + (_e5030 * _e5032)) + (_e5036 * _e5038)) + (_e5042 * _e5044)) + (_e5048 * _e5050)) + (_e5054 * _e5056)) + (_e5060 * _e5062)) + (_e5066 * _e5068)) + (_e5072 * _e5074)) + (_e5078 * _e5080)) + (_e5084 * _e5086)) + (_e5090 * _e5092)) + (_e5096 * _e5105));
                                                                                                                                                                            let _e5110 = local_23;
                                                                                                                                                                            local_23 = (_e5110 + 64u);
                                                                                                                                                                            let _e5115 = local_10;
                                                                                                                                                                            local_10 = (_e5115 + 16u);
                                                                                                                                                                            let _e5120 = local_11;
                                                                                                                                                                            local_11 = (_e5120 + 16u);
                                                                                                                                                                            let _e5125 = local_14;
                                                                                                                                                                            let _e5127 = local_43;
                                                                                                                                                                            local_14 = (_e5125 + _e5127);
                                                                                                                                                                            let _e5131 = local_9;
                                                                                                                                                                            let _e5133 = local_42;
                                                                                                                                                                            local_9 = (_e5131 + _e5133);
                                                                                                                                                                            workgroupBarrier();
                                                                                                                                                                            let _e5137 = local_12;
                                                                                                                                                                            local_12 = (_e5137 + 4294967295u);
                                                                                                                                                                            let _e5142 = local_12;
                                                                                                                                                                            let _e5144 = (_e5142 == 0u);
                                                                                                                                                                            if _e5144 {
                                                                                                                                                                                pending = 3u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            continue;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e5151 = pending;
                                                                                                                                                                        if (_e5151 == 110u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e5151 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5159 = pending;
                                                                                                                                                                    if (_e5159 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e5159 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e5171 = local_10;
                                                                                                                                                                        let _e5173 = local_1;
                                                                                                                                                                        let _e5174 = (_e5171 >= _e5173);
                                                                                                                                                                        if _e5174 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e5179 = local_10;
                                                                                                                                                                        let _e5181 = local_22;
                                                                                                                                                                        local_24 = (_e5179 + _e5181);
                                                                                                                                                                        let _e5185 = local_24;
                                                                                                                                                                        let _e5187 = local_3;
                                                                                                                                                                        let _e5188 = (_e5185 >= _e5187);
                                                                                                                                                                        if _e5188 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e5195 = local_2;
                                                                                                                                                                        let _e5197 = local_24;
                                                                                                                                                                        let _e5208 = a[(((_e5195 + (_e5197 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e5208;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5211 = pending;
                                                                                                                                                                    if (_e5211 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e5211 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e5219 = local_13;
                                                                                                                                                                    let _e5221 = local_55;
                                                                                                                                                                    ta[((_e5219 + 4294963200u) >> 2u)] = _e5221;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e5229 = local_11;
                                                                                                                                                                        let _e5231 = local_1;
                                                                                                                                                                        let _e5232 = (_e5229 < _e5231);
                                                                                                                                                                        if _e5232 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e5237 = local_42;
                                                                                                                                                                        local_10 = _e5237;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5242 = pending;
                                                                                                                                                                    if (_e5242 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e5242 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e5250 = local_11;
                                                                                                                                                                    let _e5252 = local_1;
                                                                                                                                                                    let _e5255 = local_19;
                                                                                                                                                                    local_9 = ((_e5250 * _e5252) + _e5255);
                                                                                                                                                                    let _e5259 = local_9;
                                                                                                                                                                    let _e5261 = local_5;
                                                                                                                                                                    let _e5262 = (_e5259 >= _e5261);
                                                                                                                                                                    if _e5262 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5269 = local_4;
                                                                                                                                                                    let _e5271 = local_9;
                                                                                                                                                                    let _e5282 = b[(((_e5269 + (_e5271 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e5282;
                                                                                                                                                                    let _e5285 = local_42;
                                                                                                                                                                    local_10 = _e5285;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5290 = pending;
                                                                                                                                                                if (_e5290 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e5290 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                local_21 = 0f;
                                                                                                                                                                local_55 = 0f;
                                                                                                                                                                loop {
                                                                                                                                                                    let _e5302 = local_10;
                                                                                                                                                                    let _e5304 = local_1;
                                                                                                                                                                    let _e5305 = (_e5302 >= _e5304);
                                                                                                                                                                    if _e5305 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5310 = local_22;
                                                                                                                                                                    let _e5312 = local_10;
                                                                                                                                                                    local_24 = (_e5310 + _e5312);
                                                                                                                                                                    let _e5316 = local_24;
                                                                                                                                                                    let _e5318 = local_3;
                                                                                                                                                                    let _e5319 = (_e5316 >= _e5318);
                                                                                                                                                                    if _e5319 {
                                                                                                                                                                        pending = 11u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5326 = local_2;
                                                                                                                                                                    let _e5328 = local_24;
                                                                                                                                                                    let _e5339 = a[(((_e5326 + (_e5328 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_55 = _e5339;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5342 = pending;
                                                                                                                                                                if (_e5342 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e5342 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e5350 = local_13;
                                                                                                                                                                let _e5352 = local_55;
                                                                                                                                                                ta[((_e5350 + 4294963200u) >> 2u)] = _e5352;
                                                                                                                                                                loop {
                                                                                                                                                                    let _e5360 = local_11;
                                                                                                                                                                    let _e5362 = local_1;
                                                                                                                                                                    let _e5363 = (_e5360 < _e5362);
                                                                                                                                                                    if _e5363 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5368 = local_47;
                                                                                                                                                                    local_10 = _e5368;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5373 = pending;
                                                                                                                                                                if (_e5373 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e5373 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e5381 = local_19;
                                                                                                                                                                let _e5383 = local_11;
                                                                                                                                                                let _e5385 = local_1;
                                                                                                                                                                local_9 = (_e5381 + (_e5383 * _e5385));
                                                                                                                                                                let _e5390 = local_9;
                                                                                                                                                                let _e5392 = local_5;
                                                                                                                                                                let _e5393 = (_e5390 >= _e5392);
                                                                                                                                                                if _e5393 {
                                                                                                                                                                    pending = 10u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5400 = local_4;
                                                                                                                                                                let _e5402 = local_9;
                                                                                                                                                                let _e5413 = b[(((_e5400 + (_e5402 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                local_21 = _e5413;
                                                                                                                                                                let _e5416 = local_47;
                                                                                                                                                                local_10 = _e5416;
                                                                                                                                                                pending = 6u;
                                                                                                                                                                break;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e5421 = pending;
                                                                                                                                                            if (_e5421 == 42u) {
                                                                                                                                                                pending = 0u;
                                                                                                                                                                break;
                                                                                                                                                            } else {
                                                                                                                                                                if (_e5421 != 0u) {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            loop {
                                                                                                                                                                let _e5429 = local_23;
                                                                                                                                                                let _e5431 = (_e5429 < 256u);
                                                                                                                                                                if _e5431 {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5436 = local_13;
                                                                                                                                                                ta[((_e5436 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                local_21 = 0f;
                                                                                                                                                                let _e5448 = local_11;
                                                                                                                                                                let _e5450 = local_1;
                                                                                                                                                                let _e5451 = (_e5448 >= _e5450);
                                                                                                                                                                if _e5451 {
                                                                                                                                                                    pending = 2u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5458 = local_19;
                                                                                                                                                                let _e5460 = local_11;
                                                                                                                                                                let _e5462 = local_1;
                                                                                                                                                                local_9 = (_e5458 + (_e5460 * _e5462));
                                                                                                                                                                let _e5467 = local_9;
                                                                                                                                                                let _e5469 = local_5;
                                                                                                                                                                let _e5470 = (_e5467 >= _e5469);
                                                                                                                                                                if _e5470 {
                                                                                                                                                                    pending = 10u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5477 = local_4;
                                                                                                                                                                let _e5479 = local_9;
                                                                                                                                                                let _e5490 = b[(((_e5477 + (_e5479 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                local_21 = _e5490;
                                                                                                                                                                pending = 2u;
                                                                                                                                                                break;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e5495 = pending;
                                                                                                                                                            if (_e5495 == 42u) {
                                                                                                                                                                pending = 0u;
                                                                                                                                                                break;
                                                                                                                                                            } else {
                                                                                                                                                                if (_e5495 != 0u) {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            loop {
                                                                                                                                                                let _e5503 = local_10;
                                                                                                                                                                let _e5505 = (_e5503 < 256u);
                                                                                                                                                                if _e5505 {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5510 = local_13;
                                                                                                                                                                ta[((_e5510 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                loop {
                                                                                                                                                                    let _e5520 = local_11;
                                                                                                                                                                    let _e5522 = local_1;
                                                                                                                                                                    let _e5523 = (_e5520 < _e5522);
                                                                                                                                                                    if _e5523 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5532 = pending;
                                                                                                                                                                if (_e5532 == 119u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e5532 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e5540 = local_19;
                                                                                                                                                                let _e5542 = local_11;
                                                                                                                                                                let _e5544 = local_1;
                                                                                                                                                                local_9 = (_e5540 + (_e5542 * _e5544));
                                                                                                                                                                let _e5549 = local_9;
                                                                                                                                                                let _e5551 = local_5;
                                                                                                                                                                let _e5552 = (_e5549 >= _e5551);
                                                                                                                                                                if _e5552 {
                                                                                                                                                                    pending = 10u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5559 = local_4;
                                                                                                                                                                let _e5561 = local_9;
                                                                                                                                                                let _e5572 = b[(((_e5559 + (_e5561 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                local_21 = _e5572;
                                                                                                                                                                pending = 6u;
                                                                                                                                                                break;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e5577 = pending;
                                                                                                                                                            if (_e5577 == 42u) {
                                                                                                                                                                pending = 0u;
                                                                                                                                                                break;
                                                                                                                                                            } else {
                                                                                                                                                                if (_e5577 != 0u) {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            let _e5585 = local_10;
                                                                                                                                                            let _e5587 = (_e5585 < 240u);
                                                                                                                                                            if _e5587 {
                                                                                                                                                                pending = 40u;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e5594 = local_13;
                                                                                                                                                            ta[((_e5594 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                            let _e5604 = local_11;
                                                                                                                                                            let _e5606 = local_1;
                                                                                                                                                            let _e5607 = (_e5604 < _e5606);
                                                                                                                                                            if _e5607 {
                                                                                                                                                                pending = 41u;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            break;
                                                                                                                                                        }
                                                                                                                                                        let _e5614 = pending;
                                                                                                                                                        if (_e5614 == 41u) {
                                                                                                                                                            pending = 0u;
                                                                                                                                                            break;
                                                                                                                                                        } else {
                                                                                                                                                            if (_e5614 != 0u) {
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        local_21 = 0f;
                                                                                                                                                        let _e5624 = local_53;
                                                                                                                                                        local_10 = _e5624;
                                                                                                                                                        pending = 6u;
                                                                                                                                                        break;
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                    let _e5629 = pending;
                                                                                                                                                    if (_e5629 == 40u) {
                                                                                                                                                        pending = 0u;
                                                                                                                                                        break;
                                                                                                                                                    } else {
                                                                                                                                                        if (_e5629 != 0u) {
                                                                                                                                                            break;
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    let _e5637 = local_19;
                                                                                                                                                    let _e5639 = local_11;
                                                                                                                                                    let _e5641 = local_1;
                                                                                                                                                    local_9 = (_e5637 + (_e5639 * _e5641));
                                                                                                                                                    let _e5646 = local_9;
                                                                                                                                                    let _e5648 = local_5;
                                                                                                                                                    let _e5649 = (_e5646 >= _e5648);
                                                                                                                                                    if _e5649 {
                                                                                                                                                        pending = 10u;
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                    let _e5656 = local_4;
                                                                                                                                                    let _e5658 = local_9;
                                                                                                                                                    let _e5669 = b[(((_e5656 + (_e5658 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                    local_21 = _e5669;
                                                                                                                                                    let _e5672 = local_53;
                                                                                                                                                    local_10 = _e5672;
                                                                                                                                                    pending = 6u;
                                                                                                                                                    break;
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                                let _e5677 = pending;
                                                                                                                                                if (_e5677 == 39u) {
                                                                                                                                                    pending = 0u;
                                                                                                                                                    break;
                                                                                                                                                } else {
                                                                                                                                                    if (_e5677 != 0u) {
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                let _e5685 = local_10;
                                                                                                                                                let _e5687 = (_e5685 < 224u);
                                                                                                                                                if _e5687 {
                                                                                                                                                    pending = 37u;
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                                let _e5694 = local_13;
                                                                                                                                                ta[((_e5694 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                let _e5704 = local_11;
                                                                                                                                                let _e5706 = local_1;
                                                                                                                                                let _e5707 = (_e5704 < _e5706);
                                                                                                                                                if _e5707 {
                                                                                                                                                    pending = 38u;
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                                break;
                                                                                                                                            }
                                                                                                                                            let _e5714 = pending;
                                                                                                                                            if (_e5714 == 38u) {
                                                                                                                                                pending = 0u;
                                                                                                                                                break;
                                                                                                                                            } else {
                                                                                                                                                if (_e5714 != 0u) {
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            local_21 = 0f;
                                                                                                                                            let _e5724 = local_51;
                                                                                                                                            local_10 = _e5724;
                                                                                                                                            pending = 6u;
                                                                                                                                            break;
                                                                                                                                            break;
                                                                                                                                        }
                                                                                                                                        let _e5729 = pending;
                                                                                                                                        if (_e5729 == 37u) {
                                                                                                                                            pending = 0u;
                                                                                                                                            break;
                                                                                                                                        } else {
                                                                                                                                            if (_e5729 != 0u) {
                                                                                                                                                break;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        let _e5737 = local_19;
                                                                                                                                        let _e5739 = local_11;
                                                                                                                                        let _e5741 = local_1;
                                                                                                                                        local_9 = (_e5737 + (_e5739 * _e5741));
                                                                                                                                        let _e5746 = local_9;
                                                                                                                                        let _e5748 = local_5;
                                                                                                                                        let _e5749 = (_e5746 >= _e5748);
                                                                                                                                        if _e5749 {
                                                                                                                                            pending = 10u;
                                                                                                                                            break;
                                                                                                                                        }
                                                                                                                                        let _e5756 = local_4;
                                                                                                                                        let _e5758 = local_9;
                                                                                                                                        let _e5769 = b[(((_e5756 + (_e5758 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                        local_21 = _e5769;
                                                                                                                                        let _e5772 = local_51;
                                                                                                                                        local_10 = _e5772;
                                                                                                                                        pending = 6u;
                                                                                                                                        break;
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                    let _e5777 = pending;
                                                                                                                                    if (_e5777 == 36u) {
                                                                                                                                        pending = 0u;
                                                                                                                                        break;
                                                                                                                                    } else {
                                                                                                                                        if (_e5777 != 0u) {
                                                                                                                                            break;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    let _e5785 = local_10;
                                                                                                                                    let _e5787 = (_e5785 < 208u);
                                                                                                                                    if _e5787 {
                                                                                                                                        pending = 34u;
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                    let _e5794 = local_13;
                                                                                                                                    ta[((_e5794 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                    let _e5804 = local_11;
                                                                                                                                    let _e5806 = local_1;
                                                                                                                                    let _e5807 = (_e5804 < _e5806);
                                                                                                                                    if _e5807 {
                                                                                                                                        pending = 35u;
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                    break;
                                                                                                                                }
                                                                                                                                let _e5814 = pending;
                                                                                                                                if (_e5814 == 35u) {
                                                                                                                                    pending = 0u;
                                                                                                                                    break;
                                                                                                                                } else {
                                                                                                                                    if (_e5814 != 0u) {
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                local_21 = 0f;
                                                                                                                                let _e5824 = local_49;
                                                                                                                                local_10 = _e5824;
                                                                                                                                pending = 6u;
                                                                                                                                break;
                                                                                                                                break;
                                                                                                                            }
                                                                                                                            let _e5829 = pending;
                                                                                                                            if (_e5829 == 34u) {
                                                                                                                                pending = 0u;
                                                                                                                                break;
                                                                                                                            } else {
                                                                                                                                if (_e5829 != 0u) {
                                                                                                                                    break;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            let _e5837 = local_19;
                                                                                                                            let _e5839 = local_11;
                                                                                                                            let _e5841 = local_1;
                                                                                                                            local_9 = (_e5837 + (_e5839 * _e5841));
                                                                                                                            let _e5846 = local_9;
                                                                                                                            let _e5848 = local_5;
                                                                                                                            let _e5849 = (_e5846 >= _e5848);
                                                                                                                            if _e5849 {
                                                                                                                                pending = 10u;
                                                                                                                                break;
                                                                                                                            }
                                                                                                                            let _e5856 = local_4;
                                                                                                                            let _e5858 = local_9;
                                                                                                                            let _e5869 = b[(((_e5856 + (_e5858 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                            local_21 = _e5869;
                                                                                                                            let _e5872 = local_49;
                                                                                                                            local_10 = _e5872;
                                                                                                                            pending = 6u;
                                                                                                                            break;
                                                                                                                            break;
                                                                                                                        }
                                                                                                                        let _e5877 = pending;
                                                                                                                        if (_e5877 == 33u) {
                                                                                                                            pending = 0u;
                                                                                                                            break;
                                                                                                                        } else {
                                                                                                                            if (_e5877 != 0u) {
                                                                                                                                break;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        let _e5885 = local_10;
                                                                                                                        let _e5887 = (_e5885 < 192u);
                                                                                                                        if _e5887 {
                                                                                                                            pending = 31u;
                                                                                                                            break;
                                                                                                                        }
                                                                                                                        let _e5894 = local_13;
                                                                                                                        ta[((_e5894 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                        let _e5904 = local_11;
                                                                                                                        let _e5906 = local_1;
                                                                                                                        let _e5907 = (_e5904 < _e5906);
                                                                                                                        if _e5907 {
                                                                                                                            pending = 32u;
                                                                                                                            break;
                                                                                                                        }
                                                                                                                        break;
                                                                                                                    }
                                                                                                                    let _e5914 = pending;
                                                                                                                    if (_e5914 == 32u) {
                                                                                                                        pending = 0u;
                                                                                                                        break;
                                                                                                                    } else {
                                                                                                                        if (_e5914 != 0u) {
                                                                                                                            break;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    local_21 = 0f;
                                                                                                                    let _e5924 = local_47;
                                                                                                                    local_10 = _e5924;
                                                                                                                    pending = 6u;
                                                                                                                    break;
                                                                                                                    break;
                                                                                                                }
                                                                                                                let _e5929 = pending;
                                                                                                                if (_e5929 == 31u) {
                                                                                                                    pending = 0u;
                                                                                                                    break;
                                                                                                                } else {
                                                                                                                    if (_e5929 != 0u) {
                                                                                                                        break;
                                                                                                                    }
                                                                                                                }
                                                                                                                let _e5937 = local_19;
                                                                                                                let _e5939 = local_11;
                                                                                                                let _e5941 = local_1;
                                                                                                                local_9 = (_e5937 + (_e5939 * _e5941));
                                                                                                                let _e5946 = local_9;
                                                                                                                let _e5948 = local_5;
                                                                                                                let _e5949 = (_e5946 >= _e5948);
                                                                                                                if _e5949 {
                                                                                                                    pending = 10u;
                                                                                                                    break;
                                                                                                                }
                                                                                                                let _e5956 = local_4;
                                                                                                                let _e5958 = local_9;
                                                                                                                let _e5969 = b[(((_e5956 + (_e5958 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                local_21 = _e5969;
                                                                                                                let _e5972 = local_47;
                                                                                                                local_10 = _e5972;
                                                                                                                pending = 6u;
                                                                                                                break;
                                                                                                                break;
                                                                                                            }
                                                                                                            let _e5977 = pending;
                                                                                                            if (_e5977 == 30u) {
                                                                                                                pending = 0u;
                                                                                                                break;
                                                                                                            } else {
                                                                                                                if (_e5977 != 0u) {
                                                                                                                    break;
                                                                                                                }
                                                                                                            }
                                                                                                            let _e5985 = local_10;
                                                                                                            let _e5987 = (_e5985 < 176u);
                                                                                                            if _e5987 {
                                                                                                                pending = 28u;
                                                                                                                break;
                                                                                                            }
                                                                                                            let _e5994 = local_13;
                                                                                                            ta[((_e5994 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                            let _e6004 = local_11;
                                                                                                            let _e6006 = local_1;
                                                                                                            let _e6007 = (_e6004 < _e6006);
                                                                                                            if _e6007 {
                                                                                                                pending = 29u;
                                                                                                                break;
                                                                                                            }
                                                                                                            break;
                                                                                                        }
                                                                                                        let _e6014 = pending;
                                                                                                        if (_e6014 == 29u) {
                                                                                                            pending = 0u;
                                                                                                            break;
                                                                                                        } else {
                                                                                                            if (_e6014 != 0u) {
                                                                                                                break;
                                                                                                            }
                                                                                                        }
                                                                                                        local_21 = 0f;
                                                                                                        let _e6024 = local_45;
                                                                                                        local_10 = _e6024;
                                                                                                        pending = 6u;
                                                                                                        break;
                                                                                                        break;
                                                                                                    }
                                                                                                    let _e6029 = pending;
                                                                                                    if (_e6029 == 28u) {
                                                                                                        pending = 0u;
                                                                                                        break;
                                                                                                    } else {
                                                                                                        if (_e6029 != 0u) {
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                    let _e6037 = local_19;
                                                                                                    let _e6039 = local_11;
                                                                                                    let _e6041 = local_1;
                                                                                                    local_9 = (_e6037 + (_e6039 * _e6041));
                                                                                                    let _e6046 = local_9;
                                                                                                    let _e6048 = local_5;
                                                                                                    let _e6049 = (_e6046 >= _e6048);
                                                                                                    if _e6049 {
                                                                                                        pending = 10u;
                                                                                                        break;
                                                                                                    }
                                                                                                    let _e6056 = local_4;
                                                                                                    let _e6058 = local_9;
                                                                                                    let _e6069 = b[(((_e6056 + (_e6058 << 2u)) + 4294963200u) >> 2u)];
                                                                                                    local_21 = _e6069;
                                                                                                    let _e6072 = local_45;
                                                                                                    local_10 = _e6072;
                                                                                                    pending = 6u;
                                                                                                    break;
                                                                                                    break;
                                                                                                }
                                                                                                let _e6077 = pending;
                                                                                                if (_e6077 == 27u) {
                                                                                                    pending = 0u;
                                                                                                    break;
                                                                                                } else {
                                                                                                    if (_e6077 != 0u) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                                let _e6085 = local_10;
                                                                                                let _e6087 = (_e6085 < 160u);
                                                                                                if _e6087 {
                                                                                                    pending = 25u;
                                                                                                    break;
                                                                                                }
                                                                                                let _e6094 = local_13;
                                                                                                ta[((_e6094 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                let _e6104 = local_11;
                                                                                                let _e6106 = local_1;
                                                                                                let _e6107 = (_e6104 < _e6106);
                                                                                                if _e6107 {
                                                                                                    pending = 26u;
                                                                                                    break;
                                                                                                }
                                                                                                break;
                                                                                            }
                                                                                            let _e6114 = pending;
                                                                                            if (_e6114 == 26u) {
                                                                                                pending = 0u;
                                                                                                break;
                                                                                            } else {
                                                                                                if (_e6114 != 0u) {
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                            local_21 = 0f;
                                                                                            let _e6124 = local_43;
                                                                                            local_10 = _e6124;
                                                                                            pending = 6u;
                                                                                            break;
                                                                                            break;
                                                                                        }
                                                                                        let _e6129 = pending;
                                                                                        if (_e6129 == 25u) {
                                                                                            pending = 0u;
                                                                                            break;
                                                                                        } else {
                                                                                            if (_e6129 != 0u) {
                                                                                                break;
                                                                                            }
                                                                                        }
                                                                                        let _e6137 = local_19;
                                                                                        let _e6139 = local_11;
                                                                                        let _e6141 = local_1;
                                                                                        local_9 = (_e6137 + (_e6139 * _e6141));
                                                                                        let _e6146 = local_9;
                                                                                        let _e6148 = local_5;
                                                                                        let _e6149 = (_e6146 >= _e6148);
                                                                                        if _e6149 {
                                                                                            pending = 10u;
                                                                                            break;
                                                                                        }
                                                                                        let _e6156 = local_4;
                                                                                        let _e6158 = local_9;
                                                                                        let _e6169 = b[(((_e6156 + (_e6158 << 2u)) + 4294963200u) >> 2u)];
                                                                                        local_21 = _e6169;
                                                                                        let _e6172 = local_43;
                                                                                        local_10 = _e6172;
                                                                                        pending = 6u;
                                                                                        break;
                                                                                        break;
                                                                                    }
                                                                                    let _e6177 = pending;
                                                                                    if (_e6177 == 24u) {
                                                                                        pending = 0u;
                                                                                        break;
                                                                                    } else {
                                                                                        if (_e6177 != 0u) {
                                                                                            break;
                                                                                        }
                                                                                    }
                                                                                    let _e6185 = local_10;
                                                                                    let _e6187 = (_e6185 > 143u);
                                                                                    if _e6187 {
                                                                                        pending = 16u;
                                                                                        break;
                                                                                    }
                                                                                    let _e6194 = local_10;
                                                                                    let _e6196 = (_e6194 < 128u);
                                                                                    if _e6196 {
                                                                                        pending = 22u;
                                                                                        break;
                                                                                    }
                                                                                    let _e6203 = local_13;
                                                                                    ta[((_e6203 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                    let _e6213 = local_11;
                                                                                    let _e6215 = local_1;
                                                                                    let _e6216 = (_e6213 < _e6215);
                                                                                    if _e6216 {
                                                                                        pending = 23u;
                                                                                        break;
                                                                                    }
                                                                                    break;
                                                                                }
                                                                                let _e6223 = pending;
                                                                                if (_e6223 == 23u) {
                                                                                    pending = 0u;
                                                                                    break;
                                                                                } else {
                                                                                    if (_e6223 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                }
                                                                                local_21 = 0f;
                                                                                let _e6233 = local_40;
                                                                                local_10 = _e6233;
                                                                                pending = 6u;
                                                                                break;
                                                                                break;
                                                                            }
                                                                            let _e6238 = pending;
                                                                            if (_e6238 == 22u) {
                                                                                pending = 0u;
                                                                                break;
                                                                            } else {
                                                                                if (_e6238 != 0u) {
                                                                                    break;
                                                                                }
                                                                            }
                                                                            let _e6246 = local_11;
                                                                            let _e6248 = local_1;
                                                                            let _e6251 = local_19;
                                                                            local_9 = ((_e6246 * _e6248) + _e6251);
                                                                            let _e6255 = local_9;
                                                                            let _e6257 = local_5;
                                                                            let _e6258 = (_e6255 >= _e6257);
                                                                            if _e6258 {
                                                                                pending = 10u;
                                                                                break;
                                                                            }
                                                                            let _e6265 = local_4;
                                                                            let _e6267 = local_9;
                                                                            let _e6278 = b[(((_e6265 + (_e6267 << 2u)) + 4294963200u) >> 2u)];
                                                                            local_21 = _e6278;
                                                                            let _e6281 = local_40;
                                                                            local_10 = _e6281;
                                                                            pending = 6u;
                                                                            break;
                                                                            break;
                                                                        }
                                                                        let _e6286 = pending;
                                                                        if (_e6286 == 21u) {
                                                                            pending = 0u;
                                                                            break;
                                                                        } else {
                                                                            if (_e6286 != 0u) {
                                                                                break;
                                                                            }
                                                                        }
                                                                        loop {
                                                                            let _e6294 = local_10;
                                                                            let _e6296 = (_e6294 < 112u);
                                                                            if _e6296 {
                                                                                break;
                                                                            }
                                                                            let _e6301 = local_13;
                                                                            ta[((_e6301 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                            let _e6311 = local_11;
                                                                            let _e6313 = local_1;
                                                                            let _e6314 = (_e6311 >= _e6313);
                                                                            if _e6314 {
                                                                                pending = 7u;
                                                                                break;
                                                                            }
                                                                            let _e6321 = local_11;
                                                                            let _e6323 = local_1;
                                                                            let _e6326 = local_19;
                                                                            local_9 = ((_e6321 * _e6323) + _e6326);
                                                                            let _e6330 = local_9;
                                                                            let _e6332 = local_5;
                                                                            let _e6333 = (_e6330 >= _e6332);
                                                                            if _e6333 {
                                                                                pending = 10u;
                                                                                break;
                                                                            }
                                                                            let _e6340 = local_4;
                                                                            let _e6342 = local_9;
                                                                            let _e6353 = b[(((_e6340 + (_e6342 << 2u)) + 4294963200u) >> 2u)];
                                                                            local_21 = _e6353;
                                                                            let _e6356 = local_38;
                                                                            local_10 = _e6356;
                                                                            pending = 6u;
                                                                            break;
                                                                            break;
                                                                        }
                                                                        let _e6361 = pending;
                                                                        if (_e6361 == 21u) {
                                                                            pending = 0u;
                                                                            break;
                                                                        } else {
                                                                            if (_e6361 != 0u) {
                                                                                break;
                                                                            }
                                                                        }
                                                                        let _e6369 = local_10;
                                                                        let _e6371 = (_e6369 < 96u);
                                                                        if _e6371 {
                                                                            pending = 19u;
                                                                            break;
                                                                        }
                                                                        let _e6378 = local_13;
                                                                        ta[((_e6378 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                        let _e6388 = local_11;
                                                                        let _e6390 = local_1;
                                                                        let _e6391 = (_e6388 < _e6390);
                                                                        if _e6391 {
                                                                            pending = 20u;
                                                                            break;
                                                                        }
                                                                        break;
                                                                    }
                                                                    let _e6398 = pending;
                                                                    if (_e6398 == 20u) {
                                                                        pending = 0u;
                                                                        break;
                                                                    } else {
                                                                        if (_e6398 != 0u) {
                                                                            break;
                                                                        }
                                                                    }
                                                                    local_21 = 0f;
                                                                    let _e6408 = local_36;
                                                                    local_10 = _e6408;
                                                                    pending = 6u;
                                                                    break;
                                                                    break;
                                                                }
                                                                let _e6413 = pending;
                                                                if (_e6413 == 19u) {
                                                                    pending = 0u;
                                                                    break;
                                                                } else {
                                                                    if (_e6413 != 0u) {
                                                                        break;
                                                                    }
                                                                }
                                                                let _e6421 = local_11;
                                                                let _e6423 = local_1;
                                                                let _e6426 = local_19;
                                                                local_9 = ((_e6421 * _e6423) + _e6426);
                                                                let _e6430 = local_9;
                                                                let _e6432 = local_5;
                                                                let _e6433 = (_e6430 >= _e6432);
                                                                if _e6433 {
                                                                    pending = 10u;
                                                                    break;
                                                                }
                                                                let _e6440 = local_4;
                                                                let _e6442 = local_9;
                                                                let _e6453 = b[(((_e6440 + (_e6442 << 2u)) + 4294963200u) >> 2u)];
                                                                local_21 = _e6453;
                                                                let _e6456 = local_36;
                                                                local_10 = _e6456;
                                                                pending = 6u;
                                                                break;
                                                                break;
                                                            }
                                                            let _e6461 = pending;
                                                            if (_e6461 == 18u) {
                                                                pending = 0u;
                                                                break;
                                                            } else {
                                                                if (_e6461 != 0u) {
                                                                    break;
                                                                }
                                                            }
                                                            loop {
                                                                let _e6469 = local_10;
                                                                let _e6471 = (_e6469 > 79u);
                                                                if _e6471 {
                                                                    break;
                                                                }
                                                                let _e6476 = local_1;
                                                                local_40 = (_e6476 << 6u);
                                                                let _e6482 = local_1;
                                                                local_38 = (_e6482 << 4u);
                                                                let _e6488 = local_4;
                                                                let _e6490 = local_14;
                                                                let _e6492 = local_1;
                                                                let _e6494 = local_11;
                                                                let _e6498 = local_18;
                                                                local_9 = ((_e6490 + (_e6492 * _e6494)) + _e6498);
                                                                let _e6502 = local_9;
                                                                local_23 = (_e6488 + (_e6502 << 2u));
                                                                local_21 = 0f;
                                                                let _e6511 = local_10;
                                                                local_14 = select(0u, 1u, (_e6511 > 63u));
                                                                let _e6519 = local_10;
                                                                local_3 = select(0u, 1u, (_e6519 > 47u));
                                                                let _e6527 = local_10;
                                                                local_22 = select(0u, 1u, (_e6527 > 31u));
                                                                let _e6535 = local_10;
                                                                local_10 = select(0u, 1u, (_e6535 > 15u));
                                                                loop {
                                                                    let _e6543 = local_13;
                                                                    ta[((_e6543 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                    local_55 = 0f;
                                                                    loop {
                                                                        let _e6555 = local_11;
                                                                        let _e6557 = local_1;
                                                                        let _e6558 = (_e6555 >= _e6557);
                                                                        if _e6558 {
                                                                            break;
                                                                        }
                                                                        let _e6563 = local_9;
                                                                        let _e6565 = local_5;
                                                                        let _e6566 = (_e6563 >= _e6565);
                                                                        if _e6566 {
                                                                            pending = 10u;
                                                                            break;
                                                                        }
                                                                        let _e6573 = local_23;
                                                                        let _e6580 = b[((_e6573 + 4294963200u) >> 2u)];
                                                                        local_55 = _e6580;
                                                                        break;
                                                                    }
                                                                    let _e6583 = pending;
                                                                    if (_e6583 == 123u) {
                                                                        pending = 0u;
                                                                        continue;
                                                                    } else {
                                                                        if (_e6583 != 0u) {
                                                                            break;
                                                                        }
                                                                    }
                                                                    let _e6591 = local_15;
                                                                    let _e6593 = local_55;
                                                                    tb[((_e6591 + 4294963200u) >> 2u)] = _e6593;
                                                                    workgroupBarrier();
                                                                    let _e6601 = local_8;
                                                                    let _e6608 = ta[((_e6601 + 4294963248u) >> 2u)];
                                                                    local_55 = _e6608;
                                                                    let _e6611 = local_35;
                                                                    let _e6618 = tb[((_e6611 + 4294963200u) >> 2u)];
                                                                    local_56 = _e6618;
                                                                    let _e6621 = local_8;
                                                                    let _e6628 = ta[((_e6621 + 4294963244u) >> 2u)];
                                                                    local_57 = _e6628;
                                                                    let _e6631 = local_37;
                                                                    let _e6638 = tb[((_e6631 + 4294963200u) >> 2u)];
                                                                    local_58 = _e6638;
                                                                    let _e6641 = local_8;
                                                                    let _e6648 = ta[((_e6641 + 4294963240u) >> 2u)];
                                                                    local_59 = _e6648;
                                                                    let _e6651 = local_39;
                                                                    let _e6658 = tb[((_e6651 + 4294963200u) >> 2u)];
                                                                    local_60 = _e6658;
                                                                    let _e6661 = local_8;
                                                                    let _e6668 = ta[((_e6661 + 4294963236u) >> 2u)];
                                                                    local_61 = _e6668;
                                                                    let _e6671 = local_41;
                                                                    let _e6678 = tb[((_e6671 + 4294963200u) >> 2u)];
                                                                    local_62 = _e6678;
                                                                    let _e6681 = local_8;
                                                                    let _e6688 = ta[((_e6681 + 4294963232u) >> 2u)];
                                                                    local_63 = _e6688;
                                                                    let _e6691 = local_17;
                                                                    let _e6698 = tb[((_e6691 + 4294963200u) >> 2u)];
                                                                    local_64 = _e6698;
                                                                    let _e6701 = local_8;
                                                                    let _e6708 = ta[((_e6701 + 4294963228u) >> 2u)];
                                                                    local_65 = _e6708;
                                                                    let _e6711 = local_44;
                                                                    let _e6718 = tb[((_e6711 + 4294963200u) >> 2u)];
                                                                    local_66 = _e6718;
                                                                    let _e6721 = local_8;
                                                                    let _e6728 = ta[((_e6721 + 4294963224u) >> 2u)];
                                                                    local_67 = _e6728;
                                                                    let _e6731 = local_46;
                                                                    let _e6738 = tb[((_e6731 + 4294963200u) >> 2u)];
                                                                    local_68 = _e6738;
                                                                    let _e6741 = local_8;
                                                                    let _e6748 = ta[((_e6741 + 4294963220u) >> 2u)];
                                                                    local_69 = _e6748;
                                                                    let _e6751 = local_48;
                                                                    let _e6758 = tb[((_e6751 + 4294963200u) >> 2u)];
                                                                    local_70 = _e6758;
                                                                    let _e6761 = local_8;
                                                                    let _e6768 = ta[((_e6761 + 4294963216u) >> 2u)];
                                                                    local_71 = _e6768;
                                                                    let _e6771 = local_50;
                                                                    let _e6778 = tb[((_e6771 + 4294963200u) >> 2u)];
                                                                    local_72 = _e6778;
                                                                    let _e6781 = local_8;
                                                                    let _e6788 = ta[((_e6781 + 4294963212u) >> 2u)];
                                                                    local_73 = _e6788;
                                                                    let _e6791 = local_52;
                                                                    let _e6798 = tb[((_e6791 + 4294963200u) >> 2u)];
                                                                    local_74 = _e6798;
                                                                    let _e6801 = local_8;
                                                                    let _e6808 = ta[((_e6801 + 4294963208u) >> 2u)];
                                                                    local_75 = _e6808;
                                                                    let _e6811 = local_54;
                                                                    let _e6818 = tb[((_e6811 + 4294963200u) >> 2u)];
                                                                    local_76 = _e6818;
                                                                    let _e6821 = local_8;
                                                                    let _e6828 = ta[((_e6821 + 4294963204u) >> 2u)];
                                                                    local_77 = _e6828;
                                                                    let _e6831 = local_16;
                                                                    let _e6838 = tb[((_e6831 + 4294963200u) >> 2u)];
                                                                    local_78 = _e6838;
                                                                    let _e6841 = local_8;
                                                                    let _e6848 = ta[((_e6841 + 4294963200u) >> 2u)];
                                                                    local_79 = _e6848;
                                                                    let _e6851 = local;
                                                                    let _e6853 = local_32;
                                                                    stack[((_e6851 + 4293918760u) >> 2u)] = _e6853;
                                                                    let _e6861 = local;
                                                                    stack[((_e6861 + 4293918764u) >> 2u)] = 256u;
                                                                    let _e6870 = local_14;
                                                                    if (_e6870 != 0u) {
                                                                        pending = 5u;
                                                                        break;
                                                                    }
                                                                    let _e6876 = local_8;
                                                                    let _e6883 = ta[((_e6876 + 4294963252u) >> 2u)];
                                                                    local_80 = _e6883;
                                                                    let _e6886 = local_33;
                                                                    let _e6893 = tb[((_e6886 + 4294963200u) >> 2u)];
                                                                    local_81 = _e6893;
                                                                    let _e6896 = local;
                                                                    let _e6898 = local_30;
                                                                    stack[((_e6896 + 4293918760u) >> 2u)] = _e6898;
                                                                    let _e6906 = local;
                                                                    stack[((_e6906 + 4293918764u) >> 2u)] = 256u;
                                                                    let _e6915 = local_3;
                                                                    if (_e6915 != 0u) {
                                                                        pending = 5u;
                                                                        break;
                                                                    }
                                                                    let _e6921 = local_8;
                                                                    let _e6928 = ta[((_e6921 + 4294963256u) >> 2u)];
                                                                    local_82 = _e6928;
                                                                    let _e6931 = local_31;
                                                                    let _e6938 = tb[((_e6931 + 4294963200u) >> 2u)];
                                                                    local_83 = _e6938;
                                                                    let _e6941 = local;
                                                                    let _e6943 = local_28;
                                                                    stack[((_e6941 + 4293918760u) >> 2u)] = _e6943;
                                                                    let _e6951 = local;
                                                                    stack[((_e6951 + 4293918764u) >> 2u)] = 256u;
                                                                    let _e6960 = local_22;
                                                                    if (_e6960 != 0u) {
                                                                        pending = 5u;
                                                                        break;
                                                                    }
                                                                    let _e6966 = local_8;
                                                                    let _e6973 = ta[((_e6966 + 4294963260u) >> 2u)];
                                                                    local_84 = _e6973;
                                                                    let _e6976 = local_29;
                                                                    let _e6983 = tb[((_e6976 + 4294963200u) >> 2u)];
                                                                    local_85 = _e6983;
                                                                    let _e6986 = local;
                                                                    let _e6988 = local_26;
                                                                    stack[((_e6986 + 4293918760u) >> 2u)] = _e6988;
                                                                    let _e6996 = local;
                                                                    stack[((_e6996 + 4293918764u) >> 2u)] = 256u;
                                                                    let _e7005 = local_10;
                                                                    if (_e7005 != 0u) {
                                                                        pending = 5u;
                                                                        break;
                                                                    }
                                                                    let _e7011 = local_21;
                                                                    let _e7013 = local_79;
                                                                    let _e7015 = local_78;
                                                                    let _e7019 = local_77;
                                                                    let _e7021 = local_76;
                                                                    let _e7025 = local_75;
                                                                    let _e7027 = local_74;
                                                                    let _e7031 = local_73;
                                                                    let _e7033 = local_72;
                                                                    let _e7037 = local_71;
                                                                    let _e7039 = local_70;
                                                                    let _e7043 = local_69;
                                                                    let _e7045 = local_68;
                                                                    let _e7049 = local_67;
                                                                    let _e7051 = local_66;
                                                                    let _e7055 = local_65;
                                                                    let _e7057 = local_64;
                                                                    let _e7061 = local_63;
                                                                    let _e7063 = local_62;
                                                                    let _e7067 = local_61;
                                                                    let _e7069 = local_60;
                                                                    let _e7073 = local_59;
                                                                    let _e7075 = local_58;
                                                                    let _e7079 = local_57;
                                                                    let _e7081 = local_56;
                                                                    let _e7085 = local_55;
                                                                    let _e7087 = local_81;
                                                                    let _e7091 = local_80;
                                                                    let _e7093 = local_83;
                                                                    let _e7097 = local_82;
                                                                    let _e7099 = local_85;
                                                                    let _e7103 = local_84;
                                                                    let _e7105 = local_27;
                                                                    let _e7112 = tb[((_e7105 + 4294963200u) >> 2u)];
                                                                    local_21 = ((((((((((((((((_e7011 + (_e7013 * _e7015)) + (_e7019 * _e7021)) + (_e7025 * _e7027)) + (_e7031 * _e7033)) + (_e7037 * _e7039)) + (_e7043 * _e7045)) + (_e7049 * _e7051)) + (_e7055 * _e7057)) + (_e7061 * _e7063)) + (_e7067 * _e7069)) + (_e7073 * _e7075)) + (_e7079 * _e7081)) + (_e7085 * _e7087)) + (_e7091 * _e7093)) + (_e7097 * _e7099)) + (_e7103 * _e7112));
                                                                    let _e7117 = local_11;
                                                                    local_11 = (_e7117 + 16u);
                                                                    let _e7122 = local_23;
                                                                    let _e7124 = local_40;
                                                                    local_23 = (_e7122 + _e7124);
                                                                    let _e7128 = local_9;
                                                                    let _e7130 = local_38;
                                                                    local_9 = (_e7128 + _e7130);
                                                                    workgroupBarrier();
                                                                    let _e7134 = local_12;
                                                                    local_12 = (_e7134 + 4294967295u);
                                                                    let _e7139 = local_12;
                                                                    let _e7141 = (_e7139 == 0u);
                                                                    if _e7141 {
                                                                        pending = 3u;
                                                                        break;
                                                                    }
                                                                    continue;
                                                                    break;
                                                                }
                                                                let _e7148 = pending;
                                                                if (_e7148 == 122u) {
                                                                    pending = 0u;
                                                                    break;
                                                                } else {
                                                                    if (_e7148 != 0u) {
                                                                        break;
                                                                    }
                                                                }
                                                                break;
                                                            }
                                                            let _e7156 = pending;
                                                            if (_e7156 == 18u) {
                                                                pending = 0u;
                                                                break;
                                                            } else {
                                                                if (_e7156 != 0u) {
                                                                    break;
                                                                }
                                                            }
                                                            let _e7164 = local_13;
                                                            ta[((_e7164 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                            let _e7174 = local_11;
                                                            let _e7176 = local_1;
                                                            let _e7177 = (_e7174 < _e7176);
                                                            if _e7177 {
                                                                pending = 17u;
                                                                break;
                                                            }
                                                            break;
                                                        }
                                                        let _e7184 = pending;
                                                        if (_e7184 == 17u) {
                                                            pending = 0u;
                                                            break;
                                                        } else {
                                                            if (_e7184 != 0u) {
                                                                break;
                                                            }
                                                        }
                                                        local_21 = 0f;
                                                        let _e7194 = local_34;
                                                        local_10 = _e7194;
                                                        pending = 6u;
                                                        break;
                                                        break;
                                                    }
                                                    let _e7199 = pending;
                                                    if (_e7199 == 16u) {
                                                        pending = 0u;
                                                        break;
                                                    } else {
                                                        if (_e7199 != 0u) {
                                                            break;
                                                        }
                                                    }
                                                    let _e7207 = local_11;
                                                    let _e7209 = local_1;
                                                    let _e7212 = local_19;
                                                    local_9 = ((_e7207 * _e7209) + _e7212);
                                                    let _e7216 = local_9;
                                                    let _e7218 = local_5;
                                                    let _e7219 = (_e7216 >= _e7218);
                                                    if _e7219 {
                                                        pending = 10u;
                                                        break;
                                                    }
                                                    let _e7226 = local_4;
                                                    let _e7228 = local_9;
                                                    let _e7239 = b[(((_e7226 + (_e7228 << 2u)) + 4294963200u) >> 2u)];
                                                    local_21 = _e7239;
                                                    let _e7242 = local_34;
                                                    local_10 = _e7242;
                                                    pending = 6u;
                                                    break;
                                                    break;
                                                }
                                                let _e7247 = pending;
                                                if (_e7247 == 15u) {
                                                    pending = 0u;
                                                    break;
                                                } else {
                                                    if (_e7247 != 0u) {
                                                        break;
                                                    }
                                                }
                                                let _e7255 = local_13;
                                                ta[((_e7255 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                let _e7265 = local_11;
                                                let _e7267 = local_1;
                                                let _e7268 = (_e7265 < _e7267);
                                                if _e7268 {
                                                    pending = 14u;
                                                    break;
                                                }
                                                break;
                                            }
                                            let _e7275 = pending;
                                            if (_e7275 == 14u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e7275 != 0u) {
                                                    break;
                                                }
                                            }
                                            local_21 = 0f;
                                            let _e7285 = local_42;
                                            local_10 = _e7285;
                                            pending = 6u;
                                            break;
                                            break;
                                        }
                                        let _e7290 = pending;
                                        if (_e7290 == 11u) {
                                            pending = 0u;
                                            break;
                                        } else {
                                            if (_e7290 != 0u) {
                                                break;
                                            }
                                        }
                                        let _e7298 = local_19;
                                        let _e7300 = local_11;
                                        let _e7302 = local_1;
                                        local_9 = (_e7298 + (_e7300 * _e7302));
                                        let _e7307 = local_9;
                                        let _e7309 = local_5;
                                        let _e7310 = (_e7307 >= _e7309);
                                        if _e7310 {
                                            pending = 10u;
                                            break;
                                        }
                                        let _e7317 = local_4;
                                        let _e7319 = local_9;
                                        let _e7330 = b[(((_e7317 + (_e7319 << 2u)) + 4294963200u) >> 2u)];
                                        local_21 = _e7330;
                                        let _e7333 = local_42;
                                        local_10 = _e7333;
                                        pending = 6u;
                                        break;
                                        break;
                                    }
                                    let _e7338 = pending;
                                    if (_e7338 == 10u) {
                                        pending = 0u;
                                        break;
                                    } else {
                                        if (_e7338 != 0u) {
                                            break;
                                        }
                                    }
                                    let _e7356 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                                    if _e7356.exchanged {
                                        atomicStore((&status[1]), local_id.x);
                                        atomicStore((&status[2]), local_id.y);
                                        atomicStore((&status[3]), local_id.z);
                                        atomicStore((&status[4]), workgroup_id.x);
                                        atomicStore((&status[5]), workgroup_id.y);
                                        atomicStore((&status[6]), workgroup_id.z);
                                        atomicStore((&status[7]), 184u);
                                        atomicStore((&status[8]), 55u);
                                        atomicStore((&status[9]), 10u);
                                        atomicStore((&status[10]), 795046515u);
                                        atomicStore((&status[11]), 778201452u);
                                        atomicStore((&status[12]), 29554u);
                                    }
                                    return;
                                    break;
                                }
                                let _e7393 = pending;
                                if (_e7393 == 9u) {
                                    pending = 0u;
                                    break;
                                } else {
                                    if (_e7393 != 0u) {
                                        break;
                                    }
                                }
                                let _e7411 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
                                if _e7411.exchanged {
                                    atomicStore((&status[1]), local_id.x);
                                    atomicStore((&status[2]), local_id.y);
                                    atomicStore((&status[3]), local_id.z);
                                    atomicStore((&status[4]), workgroup_id.x);
                                    atomicStore((&status[5]), workgroup_id.y);
                                    atomicStore((&status[6]), workgroup_id.z);
                                    atomicStore((&status[7]), 185u);
                                    atomicStore((&status[8]), 55u);
                                    atomicStore((&status[9]), 10u);
                                    atomicStore((&status[10]), 795046515u);
                                    atomicStore((&status[11]), 778201452u);
                                    atomicStore((&status[12]), 29554u);
                                }
                                return;
                                break;
                            }
                            let _e7448 = pending;
                            if (_e7448 == 8u) {
                                pending = 0u;
                                break;
                            } else {
                                if (_e7448 != 0u) {
                                    break;
                                }
                            }
                            let _e7456 = local_13;
                            ta[((_e7456 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                            local_21 = 0f;
                            let _e7468 = local_26;
                            local_10 = _e7468;
                            pending = 6u;
                            break;
                            break;
                        }
                        let _e7473 = pending;
                        if (_e7473 == 7u) {
                            pending = 0u;
                            break;
                        } else {
                            if (_e7473 != 0u) {
                                break;
                            }
                        }
                        let _e7481 = local_13;
                        ta[((_e7481 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        break;
                    }
                    let _e7491 = pending;
                    if (_e7491 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e7491 != 0u) {
                            break;
                        }
                    }
                    local_21 = 0f;
                    let _e7501 = local_38;
                    local_10 = _e7501;
                    break;
                }
                let _e7504 = pending;
                if (_e7504 == 5u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e7504 != 0u) {
                        break;
                    }
                }
                let _e7512 = local_15;
                let _e7514 = local_21;
                tb[((_e7512 + 4294963200u) >> 2u)] = _e7514;
                workgroupBarrier();
                let _e7522 = local;
                let _e7524 = local_10;
                stack[((_e7522 + 4293918760u) >> 2u)] = _e7524;
                let _e7532 = local;
                stack[((_e7532 + 4293918764u) >> 2u)] = 256u;
                break;
            }
            let _e7541 = pending;
            if (_e7541 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e7541 != 0u) {
                    break;
                }
            }
            let _e7549 = local;
            let _e7552 = vec2<u32>(1u, 0u);
            let _e7555 = vec2<u32>(32u, 0u);
            let _e7561 = (_e7555.x & 31u);
            let _e7565 = ((_e7555.x & 32u) != 0u);
            let _e7566 = (_e7552.x << _e7561);
            local_25 = vec2<u32>(select(_e7566, 0u, _e7565), select(((_e7552.y << _e7561) | ((_e7552.x >> 1u) >> (31u - _e7561))), _e7566, _e7565));
            let _e7580 = local_25;
            let _e7582 = local;
            let _e7587 = (_e7580 | vec2<u32>((_e7582 + 8u), 0u));
            let _e7591 = ((_e7549 + 4293918776u) >> 2u);
            stack[_e7591] = _e7587.x;
            stack[(_e7591 + 1u)] = _e7587.y;
            let _e7601 = local;
            let _e7603 = local_25;
            let _e7605 = local;
            let _e7610 = (_e7603 | vec2<u32>((_e7605 + 12u), 0u));
            let _e7614 = ((_e7601 + 4293918768u) >> 2u);
            stack[_e7614] = _e7610.x;
            stack[(_e7614 + 1u)] = _e7610.y;
            let _e7625 = local;
            let _e7635 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
            if _e7635.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 188u);
                atomicStore((&status[8]), 47u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e7672 = pending;
        if (_e7672 == 2u) {
            pending = 0u;
            break;
        }
        loop {
            let _e7680 = local_19;
            let _e7682 = local_1;
            let _e7683 = (_e7680 >= _e7682);
            if _e7683 {
                break;
            }
            let _e7688 = local_20;
            let _e7690 = local_1;
            let _e7691 = (_e7688 >= _e7690);
            if _e7691 {
                break;
            }
            loop {
                let _e7696 = local_20;
                let _e7698 = local_1;
                let _e7701 = local_19;
                local_8 = ((_e7696 * _e7698) + _e7701);
                let _e7705 = local_8;
                let _e7707 = local_7;
                let _e7708 = (_e7705 >= _e7707);
                if _e7708 {
                    break;
                }
                let _e7713 = local_6;
                let _e7715 = local_8;
                let _e7721 = local_21;
                c[(((_e7713 + (_e7715 << 2u)) + 4294963200u) >> 2u)] = _e7721;
                pending = 125u;
                break;
                break;
            }
            let _e7731 = pending;
            if (_e7731 == 125u) {
                pending = 0u;
                break;
            }
            let _e7749 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
            if _e7749.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 193u);
                atomicStore((&status[8]), 9u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e7786 = local;
        stack_pointer = (_e7786 + 32u);
        return;
        break;
    }
    let _e7791 = local_15;
    let _e7793 = local_21;
    tb[((_e7791 + 4294963200u) >> 2u)] = _e7793;
    workgroupBarrier();
    let _e7801 = local;
    let _e7803 = local_23;
    stack[((_e7801 + 4293918760u) >> 2u)] = _e7803;
    let _e7811 = local;
    stack[((_e7811 + 4293918764u) >> 2u)] = 256u;
    let _e7820 = local;
    let _e7823 = vec2<u32>(1u, 0u);
    let _e7826 = vec2<u32>(32u, 0u);
    let _e7832 = (_e7826.x & 31u);
    let _e7836 = ((_e7826.x & 32u) != 0u);
    let _e7837 = (_e7823.x << _e7832);
    local_25 = vec2<u32>(select(_e7837, 0u, _e7836), select(((_e7823.y << _e7832) | ((_e7823.x >> 1u) >> (31u - _e7832))), _e7837, _e7836));
    let _e7851 = local_25;
    let _e7853 = local;
    let _e7858 = (_e7851 | vec2<u32>((_e7853 + 8u), 0u));
    let _e7862 = ((_e7820 + 4293918776u) >> 2u);
    stack[_e7862] = _e7858.x;
    stack[(_e7862 + 1u)] = _e7858.y;
    let _e7872 = local;
    let _e7874 = local_25;
    let _e7876 = local;
    let _e7881 = (_e7874 | vec2<u32>((_e7876 + 12u), 0u));
    let _e7885 = ((_e7872 + 4293918768u) >> 2u);
    stack[_e7885] = _e7881.x;
    stack[(_e7885 + 1u)] = _e7881.y;
    let _e7896 = local;
    let _e7906 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
    if _e7906.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 188u);
        atomicStore((&status[8]), 23u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
