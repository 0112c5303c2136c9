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
    let _e274 = local_1;
    if !((_e274 != 0u)) {
        local_21 = 0f;
        pending = 3u;
    }
    let _e284 = pending;
    if (_e284 == 0u) {
        let _e288 = local_20;
        let _e290 = local_1;
        local_22 = (_e288 * _e290);
        let _e294 = local_11;
        local_23 = (_e294 << 4u);
        let _e300 = local_23;
        let _e302 = local_10;
        local_13 = (_e300 + _e302);
        let _e306 = local_13;
        let _e308 = (_e306 < 256u);
        if !(_e308) {
            let _e314 = local_20;
            let _e316 = local_1;
            let _e317 = (_e314 >= _e316);
            if !(_e317) {
                let _e323 = local_10;
                let _e325 = local_1;
                let _e326 = (_e323 >= _e325);
                if !(_e326) {
                    let _e332 = local_22;
                    let _e334 = local_10;
                    local_24 = (_e332 + _e334);
                    let _e338 = local_24;
                    let _e340 = local_3;
                    let _e341 = (_e338 >= _e340);
                    if _e341 {
                        pending = 11u;
                    }
                }
            }
            let _e348 = pending;
            if (_e348 == 0u) {
                let _e352 = local;
                let _e354 = local_13;
                stack[min(((_e352 + 4293918760u) >> 2u), 7u)] = _e354;
                let _e364 = local;
                stack[min(((_e364 + 4293918764u) >> 2u), 7u)] = 256u;
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
                stack[min(_e417, 7u)] = _e413.x;
                stack[min((_e417 + 1u), 7u)] = _e413.y;
                let _e431 = local;
                let _e433 = local_25;
                let _e435 = local;
                let _e440 = (_e433 | vec2<u32>((_e435 + 12u), 0u));
                let _e444 = ((_e431 + 4293918768u) >> 2u);
                stack[min(_e444, 7u)] = _e440.x;
                stack[min((_e444 + 1u), 7u)] = _e440.y;
                let _e459 = local;
                let _e469 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                if _e469.exchanged {
                    atomicStore((&status[1]), local_id.x);
                    atomicStore((&status[2]), local_id.y);
                    atomicStore((&status[3]), local_id.z);
                    atomicStore((&status[4]), workgroup_id.x);
                    atomicStore((&status[5]), workgroup_id.y);
                    atomicStore((&status[6]), workgroup_id.z);
                    atomicStore((&status[7]), 39u);
                    atomicStore((&status[8]), 12u);
                    atomicStore((&status[9]), 13u);
                    atomicStore((&status[10]), 795046515u);
                    atomicStore((&status[11]), 1836343661u);
                    atomicStore((&status[12]), 1915645045u);
                    atomicStore((&status[13]), 115u);
                }
                return;
            }
        }
        let _e509 = pending;
        if (_e509 == 0u) {
            let _e513 = local_1;
            let _e518 = local_1;
            local_12 = ((_e513 >> 4u) + select(0u, 1u, ((_e518 & 15u) != 0u)));
            let _e529 = local_9;
            let _e531 = local_13;
            local_13 = (_e531 << 2u);
            let _e537 = local_13;
            local_15 = (_e529 + _e537);
            let _e541 = local_8;
            let _e543 = local_13;
            local_13 = (_e541 + _e543);
            let _e547 = local_9;
            let _e549 = local_10;
            local_16 = (_e547 + (_e549 << 2u));
            let _e556 = local_8;
            let _e558 = local_23;
            local_8 = (_e556 + (_e558 << 2u));
            let _e565 = local_9;
            let _e567 = local_10;
            local_26 = (_e567 + 240u);
            let _e572 = local_26;
            local_27 = (_e565 + (_e572 << 2u));
            let _e579 = local_9;
            let _e581 = local_10;
            local_28 = (_e581 + 224u);
            let _e586 = local_28;
            local_29 = (_e579 + (_e586 << 2u));
            let _e593 = local_9;
            let _e595 = local_10;
            local_30 = (_e595 + 208u);
            let _e600 = local_30;
            local_31 = (_e593 + (_e600 << 2u));
            let _e607 = local_9;
            let _e609 = local_10;
            local_32 = (_e609 + 192u);
            let _e614 = local_32;
            local_33 = (_e607 + (_e614 << 2u));
            let _e621 = local_9;
            let _e623 = local_10;
            local_34 = (_e623 + 176u);
            let _e628 = local_34;
            local_35 = (_e621 + (_e628 << 2u));
            let _e635 = local_9;
            let _e637 = local_10;
            local_36 = (_e637 + 160u);
            let _e642 = local_36;
            local_37 = (_e635 + (_e642 << 2u));
            let _e649 = local_9;
            let _e651 = local_10;
            local_38 = (_e651 + 144u);
            let _e656 = local_38;
            local_39 = (_e649 + (_e656 << 2u));
            let _e663 = local_9;
            let _e665 = local_10;
            local_40 = (_e665 + 128u);
            let _e670 = local_40;
            local_41 = (_e663 + (_e670 << 2u));
            let _e677 = local_9;
            let _e679 = local_10;
            local_42 = (_e679 + 112u);
            let _e684 = local_42;
            local_17 = (_e677 + (_e684 << 2u));
            let _e691 = local_9;
            let _e693 = local_10;
            local_43 = (_e693 + 96u);
            let _e698 = local_43;
            local_44 = (_e691 + (_e698 << 2u));
            let _e705 = local_9;
            let _e707 = local_10;
            local_45 = (_e707 + 80u);
            let _e712 = local_45;
            local_46 = (_e705 + (_e712 << 2u));
            let _e719 = local_9;
            let _e721 = local_10;
            local_47 = (_e721 + 64u);
            let _e726 = local_47;
            local_48 = (_e719 + (_e726 << 2u));
            let _e733 = local_9;
            let _e735 = local_10;
            local_49 = (_e735 + 48u);
            let _e740 = local_49;
            local_50 = (_e733 + (_e740 << 2u));
            let _e747 = local_9;
            let _e749 = local_10;
            local_51 = (_e749 + 32u);
            let _e754 = local_51;
            local_52 = (_e747 + (_e754 << 2u));
            let _e761 = local_9;
            let _e763 = local_10;
            local_53 = (_e763 + 16u);
            let _e768 = local_53;
            local_54 = (_e761 + (_e768 << 2u));
            let _e775 = local_19;
            let _e777 = local_1;
            let _e778 = (_e775 < _e777);
            if !(_e778) {
                let _e784 = local_20;
                let _e786 = local_1;
                let _e787 = (_e784 >= _e786);
                if !(_e787) {
                    let _e793 = local_23;
                    let _e795 = (_e793 < 256u);
                    if !(_e795) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e805 = local_10;
                        let _e807 = local_1;
                        let _e808 = (_e805 >= _e807);
                        if !(_e808) {
                            let _e814 = local_22;
                            let _e816 = local_10;
                            local_24 = (_e814 + _e816);
                            let _e820 = local_24;
                            let _e822 = local_3;
                            let _e823 = (_e820 >= _e822);
                            if _e823 {
                                pending = 11u;
                            }
                            let _e830 = pending;
                            if (_e830 == 0u) {
                                let _e834 = local_2;
                                let _e836 = local_24;
                                let _e851 = a[min((((_e834 + (_e836 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                local_55 = _e851;
                            }
                        }
                        let _e854 = pending;
                        if (_e854 == 0u) {
                            let _e858 = local_13;
                            let _e860 = local_55;
                            let _e864 = ((_e858 + 4294963200u) >> 2u);
                            ta[_e864] = _e860;
                            pending = 2u;
                        }
                    }
                    let _e872 = pending;
                    if (_e872 == 0u) {
                        let _e876 = local_10;
                        let _e878 = (_e876 < 256u);
                        if !(_e878) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e888 = local_10;
                            let _e890 = local_1;
                            let _e891 = (_e888 >= _e890);
                            if !(_e891) {
                                let _e897 = local_22;
                                let _e899 = local_10;
                                local_24 = (_e897 + _e899);
                                let _e903 = local_24;
                                let _e905 = local_3;
                                let _e906 = (_e903 >= _e905);
                                if _e906 {
                                    pending = 11u;
                                }
                                let _e913 = pending;
                                if (_e913 == 0u) {
                                    let _e917 = local_2;
                                    let _e919 = local_24;
                                    let _e934 = a[min((((_e917 + (_e919 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e934;
                                }
                            }
                            let _e937 = pending;
                            if (_e937 == 0u) {
                                let _e941 = local_13;
                                let _e943 = local_55;
                                let _e947 = ((_e941 + 4294963200u) >> 2u);
                                ta[_e947] = _e943;
                                pending = 6u;
                            }
                        }
                    }
                    let _e955 = pending;
                    if (_e955 == 0u) {
                        let _e959 = local_10;
                        let _e961 = (_e959 < 240u);
                        if !(_e961) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e971 = local_10;
                            let _e973 = local_1;
                            let _e974 = (_e971 >= _e973);
                            if !(_e974) {
                                let _e980 = local_22;
                                let _e982 = local_10;
                                local_24 = (_e980 + _e982);
                                let _e986 = local_24;
                                let _e988 = local_3;
                                let _e989 = (_e986 >= _e988);
                                if _e989 {
                                    pending = 11u;
                                }
                                let _e996 = pending;
                                if (_e996 == 0u) {
                                    let _e1000 = local_2;
                                    let _e1002 = local_24;
                                    let _e1017 = a[min((((_e1000 + (_e1002 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1017;
                                }
                            }
                            let _e1020 = pending;
                            if (_e1020 == 0u) {
                                let _e1024 = local_13;
                                let _e1026 = local_55;
                                let _e1030 = ((_e1024 + 4294963200u) >> 2u);
                                ta[_e1030] = _e1026;
                                let _e1036 = local_53;
                                local_10 = _e1036;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1041 = pending;
                    if (_e1041 == 0u) {
                        let _e1045 = local_10;
                        let _e1047 = (_e1045 < 224u);
                        if !(_e1047) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1057 = local_10;
                            let _e1059 = local_1;
                            let _e1060 = (_e1057 >= _e1059);
                            if !(_e1060) {
                                let _e1066 = local_22;
                                let _e1068 = local_10;
                                local_24 = (_e1066 + _e1068);
                                let _e1072 = local_24;
                                let _e1074 = local_3;
                                let _e1075 = (_e1072 >= _e1074);
                                if _e1075 {
                                    pending = 11u;
                                }
                                let _e1082 = pending;
                                if (_e1082 == 0u) {
                                    let _e1086 = local_2;
                                    let _e1088 = local_24;
                                    let _e1103 = a[min((((_e1086 + (_e1088 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1103;
                                }
                            }
                            let _e1106 = pending;
                            if (_e1106 == 0u) {
                                let _e1110 = local_13;
                                let _e1112 = local_55;
                                let _e1116 = ((_e1110 + 4294963200u) >> 2u);
                                ta[_e1116] = _e1112;
                                let _e1122 = local_51;
                                local_10 = _e1122;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1127 = pending;
                    if (_e1127 == 0u) {
                        let _e1131 = local_10;
                        let _e1133 = (_e1131 < 208u);
                        if !(_e1133) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1143 = local_10;
                            let _e1145 = local_1;
                            let _e1146 = (_e1143 >= _e1145);
                            if !(_e1146) {
                                let _e1152 = local_22;
                                let _e1154 = local_10;
                                local_24 = (_e1152 + _e1154);
                                let _e1158 = local_24;
                                let _e1160 = local_3;
                                let _e1161 = (_e1158 >= _e1160);
                                if _e1161 {
                                    pending = 11u;
                                }
                                let _e1168 = pending;
                                if (_e1168 == 0u) {
                                    let _e1172 = local_2;
                                    let _e1174 = local_24;
                                    let _e1189 = a[min((((_e1172 + (_e1174 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1189;
                                }
                            }
                            let _e1192 = pending;
                            if (_e1192 == 0u) {
                                let _e1196 = local_13;
                                let _e1198 = local_55;
                                let _e1202 = ((_e1196 + 4294963200u) >> 2u);
                                ta[_e1202] = _e1198;
                                let _e1208 = local_49;
                                local_10 = _e1208;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1213 = pending;
                    if (_e1213 == 0u) {
                        let _e1217 = local_10;
                        let _e1219 = (_e1217 < 192u);
                        if !(_e1219) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1229 = local_10;
                            let _e1231 = local_1;
                            let _e1232 = (_e1229 >= _e1231);
                            if !(_e1232) {
                                let _e1238 = local_22;
                                let _e1240 = local_10;
                                local_24 = (_e1238 + _e1240);
                                let _e1244 = local_24;
                                let _e1246 = local_3;
                                let _e1247 = (_e1244 >= _e1246);
                                if _e1247 {
                                    pending = 11u;
                                }
                                let _e1254 = pending;
                                if (_e1254 == 0u) {
                                    let _e1258 = local_2;
                                    let _e1260 = local_24;
                                    let _e1275 = a[min((((_e1258 + (_e1260 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1275;
                                }
                            }
                            let _e1278 = pending;
                            if (_e1278 == 0u) {
                                let _e1282 = local_13;
                                let _e1284 = local_55;
                                let _e1288 = ((_e1282 + 4294963200u) >> 2u);
                                ta[_e1288] = _e1284;
                                let _e1294 = local_47;
                                local_10 = _e1294;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1299 = pending;
                    if (_e1299 == 0u) {
                        let _e1303 = local_10;
                        let _e1305 = (_e1303 < 176u);
                        if !(_e1305) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1315 = local_10;
                            let _e1317 = local_1;
                            let _e1318 = (_e1315 >= _e1317);
                            if !(_e1318) {
                                let _e1324 = local_22;
                                let _e1326 = local_10;
                                local_24 = (_e1324 + _e1326);
                                let _e1330 = local_24;
                                let _e1332 = local_3;
                                let _e1333 = (_e1330 >= _e1332);
                                if _e1333 {
                                    pending = 11u;
                                }
                                let _e1340 = pending;
                                if (_e1340 == 0u) {
                                    let _e1344 = local_2;
                                    let _e1346 = local_24;
                                    let _e1361 = a[min((((_e1344 + (_e1346 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1361;
                                }
                            }
                            let _e1364 = pending;
                            if (_e1364 == 0u) {
                                let _e1368 = local_13;
                                let _e1370 = local_55;
                                let _e1374 = ((_e1368 + 4294963200u) >> 2u);
                                ta[_e1374] = _e1370;
                                let _e1380 = local_45;
                                local_10 = _e1380;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1385 = pending;
                    if (_e1385 == 0u) {
                        let _e1389 = local_10;
                        let _e1391 = (_e1389 < 160u);
                        if !(_e1391) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1401 = local_10;
                            let _e1403 = local_1;
                            let _e1404 = (_e1401 >= _e1403);
                            if !(_e1404) {
                                let _e1410 = local_22;
                                let _e1412 = local_10;
                                local_24 = (_e1410 + _e1412);
                                let _e1416 = local_24;
                                let _e1418 = local_3;
                                let _e1419 = (_e1416 >= _e1418);
                                if _e1419 {
                                    pending = 11u;
                                }
                                let _e1426 = pending;
                                if (_e1426 == 0u) {
                                    let _e1430 = local_2;
                                    let _e1432 = local_24;
                                    let _e1447 = a[min((((_e1430 + (_e1432 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1447;
                                }
                            }
                            let _e1450 = pending;
                            if (_e1450 == 0u) {
                                let _e1454 = local_13;
                                let _e1456 = local_55;
                                let _e1460 = ((_e1454 + 4294963200u) >> 2u);
                                ta[_e1460] = _e1456;
                                let _e1466 = local_43;
                                local_10 = _e1466;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1471 = pending;
                    if (_e1471 == 0u) {
                        let _e1475 = local_10;
                        let _e1477 = (_e1475 > 143u);
                        if !(_e1477) {
                            let _e1483 = local_10;
                            let _e1485 = (_e1483 < 128u);
                            if !(_e1485) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e1495 = local_10;
                                let _e1497 = local_1;
                                let _e1498 = (_e1495 >= _e1497);
                                if !(_e1498) {
                                    let _e1504 = local_10;
                                    let _e1506 = local_22;
                                    local_24 = (_e1504 + _e1506);
                                    let _e1510 = local_24;
                                    let _e1512 = local_3;
                                    let _e1513 = (_e1510 >= _e1512);
                                    if _e1513 {
                                        pending = 11u;
                                    }
                                    let _e1520 = pending;
                                    if (_e1520 == 0u) {
                                        let _e1524 = local_2;
                                        let _e1526 = local_24;
                                        let _e1541 = a[min((((_e1524 + (_e1526 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e1541;
                                    }
                                }
                                let _e1544 = pending;
                                if (_e1544 == 0u) {
                                    let _e1548 = local_13;
                                    let _e1550 = local_55;
                                    let _e1554 = ((_e1548 + 4294963200u) >> 2u);
                                    ta[_e1554] = _e1550;
                                    let _e1560 = local_40;
                                    local_10 = _e1560;
                                    pending = 6u;
                                }
                            }
                            let _e1565 = pending;
                            if (_e1565 == 0u) {
                                let _e1569 = local_10;
                                let _e1571 = (_e1569 < 112u);
                                if !(_e1571) {
                                    local_21 = 0f;
                                    local_55 = 0f;
                                    let _e1581 = local_10;
                                    let _e1583 = local_1;
                                    let _e1584 = (_e1581 >= _e1583);
                                    if _e1584 {
                                        pending = 65u;
                                    }
                                    let _e1591 = pending;
                                    if (_e1591 == 0u) {
                                        let _e1595 = local_10;
                                        let _e1597 = local_22;
                                        local_24 = (_e1595 + _e1597);
                                        let _e1601 = local_24;
                                        let _e1603 = local_3;
                                        let _e1604 = (_e1601 >= _e1603);
                                        if _e1604 {
                                            pending = 11u;
                                        }
                                    }
                                    let _e1611 = pending;
                                    if (_e1611 == 0u) {
                                        let _e1615 = local_2;
                                        let _e1617 = local_24;
                                        let _e1632 = a[min((((_e1615 + (_e1617 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e1632;
                                    }
                                    let _e1635 = pending;
                                    if (_e1635 == 65u) {
                                        pending = 0u;
                                    }
                                    let _e1641 = pending;
                                    if (_e1641 == 0u) {
                                        let _e1645 = local_13;
                                        let _e1647 = local_55;
                                        let _e1651 = ((_e1645 + 4294963200u) >> 2u);
                                        ta[_e1651] = _e1647;
                                        let _e1657 = local_38;
                                        local_10 = _e1657;
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e1662 = pending;
                            if (_e1662 == 0u) {
                                let _e1666 = local_10;
                                let _e1668 = (_e1666 < 96u);
                                if !(_e1668) {
                                    local_21 = 0f;
                                    local_55 = 0f;
                                    let _e1678 = local_10;
                                    let _e1680 = local_1;
                                    let _e1681 = (_e1678 >= _e1680);
                                    if _e1681 {
                                        pending = 67u;
                                    }
                                    let _e1688 = pending;
                                    if (_e1688 == 0u) {
                                        let _e1692 = local_10;
                                        let _e1694 = local_22;
                                        local_24 = (_e1692 + _e1694);
                                        let _e1698 = local_24;
                                        let _e1700 = local_3;
                                        let _e1701 = (_e1698 >= _e1700);
                                        if _e1701 {
                                            pending = 11u;
                                        }
                                    }
                                    let _e1708 = pending;
                                    if (_e1708 == 0u) {
                                        let _e1712 = local_2;
                                        let _e1714 = local_24;
                                        let _e1729 = a[min((((_e1712 + (_e1714 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e1729;
                                    }
                                    let _e1732 = pending;
                                    if (_e1732 == 67u) {
                                        pending = 0u;
                                    }
                                    let _e1738 = pending;
                                    if (_e1738 == 0u) {
                                        let _e1742 = local_13;
                                        let _e1744 = local_55;
                                        let _e1748 = ((_e1742 + 4294963200u) >> 2u);
                                        ta[_e1748] = _e1744;
                                        let _e1754 = local_36;
                                        local_10 = _e1754;
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e1759 = pending;
                            if (_e1759 == 0u) {
                                let _e1763 = local_10;
                                let _e1765 = (_e1763 > 79u);
                                if !(_e1765) {
                                    let _e1771 = local_2;
                                    let _e1773 = local_10;
                                    let _e1775 = local_22;
                                    local_11 = (_e1771 + ((_e1773 + _e1775) << 2u));
                                    local_21 = 0f;
                                    let _e1785 = local_10;
                                    local_9 = select(0u, 1u, (_e1785 > 63u));
                                    let _e1793 = local_10;
                                    local_23 = select(0u, 1u, (_e1793 > 47u));
                                    let _e1801 = local_10;
                                    local_14 = select(0u, 1u, (_e1801 > 31u));
                                    let _e1809 = local_10;
                                    local_5 = select(0u, 1u, (_e1809 > 15u));
                                    loop {
                                        local_55 = 0f;
                                        let _e1819 = local_10;
                                        let _e1821 = local_1;
                                        let _e1822 = (_e1819 >= _e1821);
                                        if _e1822 {
                                            pending = 70u;
                                        }
                                        let _e1829 = pending;
                                        if (_e1829 == 0u) {
                                            let _e1833 = local_22;
                                            let _e1835 = local_10;
                                            local_24 = (_e1833 + _e1835);
                                            let _e1839 = local_24;
                                            let _e1841 = local_3;
                                            let _e1842 = (_e1839 >= _e1841);
                                            if _e1842 {
                                                pending = 11u;
                                                break;
                                            }
                                            let _e1849 = local_11;
                                            let _e1860 = a[min(((_e1849 + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                            local_55 = _e1860;
                                        }
                                        let _e1863 = pending;
                                        if (_e1863 == 70u) {
                                            pending = 0u;
                                        }
                                        let _e1869 = local_13;
                                        let _e1871 = local_55;
                                        let _e1875 = ((_e1869 + 4294963200u) >> 2u);
                                        ta[_e1875] = _e1871;
                                        let _e1881 = local_15;
                                        let _e1886 = ((_e1881 + 4294963200u) >> 2u);
                                        tb[_e1886] = bitcast<f32>(0u);
                                        workgroupBarrier();
                                        let _e1893 = local_8;
                                        let _e1897 = ((_e1893 + 4294963248u) >> 2u);
                                        let _e1902 = ta[_e1897];
                                        local_55 = _e1902;
                                        let _e1905 = local_35;
                                        let _e1909 = ((_e1905 + 4294963200u) >> 2u);
                                        let _e1914 = tb[_e1909];
                                        local_56 = _e1914;
                                        let _e1917 = local_8;
                                        let _e1921 = ((_e1917 + 4294963244u) >> 2u);
                                        let _e1926 = ta[_e1921];
                                        local_57 = _e1926;
                                        let _e1929 = local_37;
                                        let _e1933 = ((_e1929 + 4294963200u) >> 2u);
                                        let _e1938 = tb[_e1933];
                                        local_58 = _e1938;
                                        let _e1941 = local_8;
                                        let _e1945 = ((_e1941 + 4294963240u) >> 2u);
                                        let _e1950 = ta[_e1945];
                                        local_59 = _e1950;
                                        let _e1953 = local_39;
                                        let _e1957 = ((_e1953 + 4294963200u) >> 2u);
                                        let _e1962 = tb[_e1957];
                                        local_60 = _e1962;
                                        let _e1965 = local_8;
                                        let _e1969 = ((_e1965 + 4294963236u) >> 2u);
                                        let _e1974 = ta[_e1969];
                                        local_61 = _e1974;
                                        let _e1977 = local_41;
                                        let _e1981 = ((_e1977 + 4294963200u) >> 2u);
                                        let _e1986 = tb[_e1981];
                                        local_62 = _e1986;
                                        let _e1989 = local_8;
                                        let _e1993 = ((_e1989 + 4294963232u) >> 2u);
                                        let _e1998 = ta[_e1993];
                                        local_63 = _e1998;
                                        let _e2001 = local_17;
                                        let _e2005 = ((_e2001 + 4294963200u) >> 2u);
                                        let _e2010 = tb[_e2005];
                                        local_64 = _e2010;
                                        let _e2013 = local_8;
                                        let _e2017 = ((_e2013 + 4294963228u) >> 2u);
                                        let _e2022 = ta[_e2017];
                                        local_65 = _e2022;
                                        let _e2025 = local_44;
                                        let _e2029 = ((_e2025 + 4294963200u) >> 2u);
                                        let _e2034 = tb[_e2029];
                                        local_66 = _e2034;
                                        let _e2037 = local_8;
                                        let _e2041 = ((_e2037 + 4294963224u) >> 2u);
                                        let _e2046 = ta[_e2041];
                                        local_67 = _e2046;
                                        let _e2049 = local_46;
                                        let _e2053 = ((_e2049 + 4294963200u) >> 2u);
                                        let _e2058 = tb[_e2053];
                                        local_68 = _e2058;
                                        let _e2061 = local_8;
                                        let _e2065 = ((_e2061 + 4294963220u) >> 2u);
                                        let _e2070 = ta[_e2065];
                                        local_69 = _e2070;
                                        let _e2073 = local_48;
                                        let _e2077 = ((_e2073 + 4294963200u) >> 2u);
                                        let _e2082 = tb[_e2077];
                                        local_70 = _e2082;
                                        let _e2085 = local_8;
                                        let _e2089 = ((_e2085 + 4294963216u) >> 2u);
                                        let _e2094 = ta[_e2089];
                                        local_71 = _e2094;
                                        let _e2097 = local_50;
                                        let _e2101 = ((_e2097 + 4294963200u) >> 2u);
                                        let _e2106 = tb[_e2101];
                                        local_72 = _e2106;
                                        let _e2109 = local_8;
                                        let _e2113 = ((_e2109 + 4294963212u) >> 2u);
                                        let _e2118 = ta[_e2113];
                                        local_73 = _e2118;
                                        let _e2121 = local_52;
                                        let _e2125 = ((_e2121 + 4294963200u) >> 2u);
                                        let _e2130 = tb[_e2125];
                                        local_74 = _e2130;
                                        let _e2133 = local_8;
                                        let _e2137 = ((_e2133 + 4294963208u) >> 2u);
                                        let _e2142 = ta[_e2137];
                                        local_75 = _e2142;
                                        let _e2145 = local_54;
                                        let _e2149 = ((_e2145 + 4294963200u) >> 2u);
                                        let _e2154 = tb[_e2149];
                                        local_76 = _e2154;
                                        let _e2157 = local_8;
                                        let _e2161 = ((_e2157 + 4294963204u) >> 2u);
                                        let _e2166 = ta[_e2161];
                                        local_77 = _e2166;
                                        let _e2169 = local_16;
                                        let _e2173 = ((_e2169 + 4294963200u) >> 2u);
                                        let _e2178 = tb[_e2173];
                                        local_78 = _e2178;
                                        let _e2181 = local_8;
                                        let _e2185 = ((_e2181 + 4294963200u) >> 2u);
                                        let _e2190 = ta[_e2185];
                                        local_79 = _e2190;
                                        let _e2193 = local;
                                        let _e2195 = local_32;
                                        stack[min(((_e2193 + 4293918760u) >> 2u), 7u)] = _e2195;
                                        let _e2205 = local;
                                        stack[min(((_e2205 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e2216 = local_9;
                                        if (_e2216 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e2222 = local_8;
                                        let _e2226 = ((_e2222 + 4294963252u) >> 2u);
                                        let _e2231 = ta[_e2226];
                                        local_80 = _e2231;
                                        let _e2234 = local_33;
                                        let _e2238 = ((_e2234 + 4294963200u) >> 2u);
                                        let _e2243 = tb[_e2238];
                                        local_81 = _e2243;
                                        let _e2246 = local;
                                        let _e2248 = local_30;
                                        stack[min(((_e2246 + 4293918760u) >> 2u), 7u)] = _e2248;
                                        let _e2258 = local;
                                        stack[min(((_e2258 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e2269 = local_23;
                                        if (_e2269 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e2275 = local_8;
                                        let _e2279 = ((_e2275 + 4294963256u) >> 2u);
                                        let _e2284 = ta[_e2279];
                                        local_82 = _e2284;
                                        let _e2287 = local_31;
                                        let _e2291 = ((_e2287 + 4294963200u) >> 2u);
                                        let _e2296 = tb[_e2291];
                                        local_83 = _e2296;
                                        let _e2299 = local;
                                        let _e2301 = local_28;
                                        stack[min(((_e2299 + 4293918760u) >> 2u), 7u)] = _e2301;
                                        let _e2311 = local;
                                        stack[min(((_e2311 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e2322 = local_14;
                                        if (_e2322 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e2328 = local_8;
                                        let _e2332 = ((_e2328 + 4294963260u) >> 2u);
                                        let _e2337 = ta[_e2332];
                                        local_84 = _e2337;
                                        let _e2340 = local_29;
                                        let _e2344 = ((_e2340 + 4294963200u) >> 2u);
                                        let _e2349 = tb[_e2344];
                                        local_85 = _e2349;
                                        let _e2352 = local;
                                        let _e2354 = local_26;
                                        stack[min(((_e2352 + 4293918760u) >> 2u), 7u)] = _e2354;
                                        let _e2364 = local;
                                        stack[min(((_e2364 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e2375 = local_5;
                                        if (_e2375 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e2381 = local_21;
                                        let _e2383 = local_79;
                                        let _e2385 = local_78;
                                        let _e2389 = local_77;
                                        let _e2391 = local_76;
                                        let _e2395 = local_75;
                                        let _e2397 = local_74;
                                        let _e2401 = local_73;
                                        let _e2403 = local_72;
                                        let _e2407 = local_71;
                                        let _e2409 = local_70;
                                        let _e2413 = local_69;
                                        let _e2415 = local_68;
                                        let _e2419 = local_67;
                                        let _e2421 = local_66;
                                        let _e2425 = local_65;
                                        let _e2427 = local_64;
                                        let _e2431 = local_63;
                                        let _e2433 = local_62;
                                        let _e2437 = local_61;
                                        let _e2439 = local_60;
                                        let _e2443 = local_59;
                                        let _e2445 = local_58;
                                        let _e2449 = local_57;
                                        let _e2451 = local_56;
                                        let _e2455 = local_55;
                                        let _e2457 = local_81;
                                        let _e2461 = local_80;
                                        let _e2463 = local_83;
                                        let _e2467 = local_82;
                                        let _e2469 = local_85;
                                        let _e2473 = local_84;
                                        let _e2475 = local_27;
                                        let _e2479 = ((_e2475 + 4294963200u) >> 2u);
                                        let _e2484 = tb[_e2479];
                                        local_21 = ((((((((((((((((_e2381 + (_e2383 * _e2385)) + (_e2389 * _e2391)) + (_e2395 * _e2397)) + (_e2401 * _e2403)) + (_e2407 * _e2409)) + (_e2413 * _e2415)) + (_e2419 * _e2421)) + (_e2425 * _e2427)) + (_e2431 * _e2433)) + (_e2437 * _e2439)) + (_e2443 * _e2445)) + (_e2449 * _e2451)) + (_e2455 * _e2457)) + (_e2461 * _e2463)) + (_e2467 * _e2469)) + (_e2473 * _e2484));
                                        let _e2489 = local_11;
                                        local_11 = (_e2489 + 64u);
                                        let _e2494 = local_10;
                                        local_10 = (_e2494 + 16u);
                                        workgroupBarrier();
                                        let _e2499 = local_12;
                                        local_12 = (_e2499 + 4294967295u);
                                        let _e2504 = local_12;
                                        if (_e2504 != 0u) {
                                            continue;
                                        }
                                        pending = 3u;
                                        break;
                                        break;
                                    }
                                }
                            }
                            let _e2510 = pending;
                            if (_e2510 == 0u) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e2518 = local_10;
                                let _e2520 = local_1;
                                let _e2521 = (_e2518 >= _e2520);
                                if !(_e2521) {
                                    let _e2527 = local_10;
                                    let _e2529 = local_22;
                                    local_24 = (_e2527 + _e2529);
                                    let _e2533 = local_24;
                                    let _e2535 = local_3;
                                    let _e2536 = (_e2533 >= _e2535);
                                    if _e2536 {
                                        pending = 11u;
                                    }
                                    let _e2543 = pending;
                                    if (_e2543 == 0u) {
                                        let _e2547 = local_2;
                                        let _e2549 = local_24;
                                        let _e2564 = a[min((((_e2547 + (_e2549 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e2564;
                                    }
                                }
                            }
                            let _e2567 = pending;
                            if (_e2567 == 0u) {
                                let _e2571 = local_13;
                                let _e2573 = local_55;
                                let _e2577 = ((_e2571 + 4294963200u) >> 2u);
                                ta[_e2577] = _e2573;
                                let _e2583 = local_34;
                                local_10 = _e2583;
                                pending = 6u;
                            }
                        }
                    }
                    let _e2588 = pending;
                    if (_e2588 == 0u) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e2596 = local_10;
                        let _e2598 = local_1;
                        let _e2599 = (_e2596 >= _e2598);
                        if !(_e2599) {
                            let _e2605 = local_22;
                            let _e2607 = local_10;
                            local_24 = (_e2605 + _e2607);
                            let _e2611 = local_24;
                            let _e2613 = local_3;
                            let _e2614 = (_e2611 >= _e2613);
                            if _e2614 {
                                pending = 11u;
                            }
                            let _e2621 = pending;
                            if (_e2621 == 0u) {
                                let _e2625 = local_2;
                                let _e2627 = local_24;
                                let _e2642 = a[min((((_e2625 + (_e2627 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                local_55 = _e2642;
                            }
                        }
                    }
                    let _e2645 = pending;
                    if (_e2645 == 0u) {
                        let _e2649 = local_13;
                        let _e2651 = local_55;
                        let _e2655 = ((_e2649 + 4294963200u) >> 2u);
                        ta[_e2655] = _e2651;
                        let _e2661 = local_42;
                        local_10 = _e2661;
                        pending = 6u;
                    }
                }
                let _e2666 = pending;
                if (_e2666 == 0u) {
                    let _e2670 = local_23;
                    let _e2672 = (_e2670 < 256u);
                    if !(_e2672) {
                        let _e2678 = local_13;
                        let _e2683 = ((_e2678 + 4294963200u) >> 2u);
                        ta[_e2683] = bitcast<f32>(0u);
                        local_21 = 0f;
                        pending = 2u;
                    }
                }
                let _e2694 = pending;
                if (_e2694 == 0u) {
                    let _e2698 = local_10;
                    let _e2700 = (_e2698 < 256u);
                    if !(_e2700) {
                        let _e2706 = local_13;
                        let _e2711 = ((_e2706 + 4294963200u) >> 2u);
                        ta[_e2711] = bitcast<f32>(0u);
                        local_21 = 0f;
                        pending = 6u;
                    }
                }
                let _e2722 = pending;
                if (_e2722 == 0u) {
                    let _e2726 = local_10;
                    let _e2728 = (_e2726 < 240u);
                    if !(_e2728) {
                        let _e2734 = local_13;
                        let _e2739 = ((_e2734 + 4294963200u) >> 2u);
                        ta[_e2739] = bitcast<f32>(0u);
                        pending = 42u;
                    }
                }
                let _e2748 = pending;
                if (_e2748 == 0u) {
                    let _e2752 = local_10;
                    let _e2754 = (_e2752 < 224u);
                    if !(_e2754) {
                        let _e2760 = local_13;
                        let _e2765 = ((_e2760 + 4294963200u) >> 2u);
                        ta[_e2765] = bitcast<f32>(0u);
                        pending = 39u;
                    }
                }
                let _e2774 = pending;
                if (_e2774 == 0u) {
                    let _e2778 = local_10;
                    let _e2780 = (_e2778 < 208u);
                    if !(_e2780) {
                        let _e2786 = local_13;
                        let _e2791 = ((_e2786 + 4294963200u) >> 2u);
                        ta[_e2791] = bitcast<f32>(0u);
                        pending = 36u;
                    }
                }
                let _e2800 = pending;
                if (_e2800 == 0u) {
                    let _e2804 = local_10;
                    let _e2806 = (_e2804 < 192u);
                    if !(_e2806) {
                        let _e2812 = local_13;
                        let _e2817 = ((_e2812 + 4294963200u) >> 2u);
                        ta[_e2817] = bitcast<f32>(0u);
                        pending = 33u;
                    }
                }
                let _e2826 = pending;
                if (_e2826 == 0u) {
                    let _e2830 = local_10;
                    let _e2832 = (_e2830 < 176u);
                    if !(_e2832) {
                        let _e2838 = local_13;
                        let _e2843 = ((_e2838 + 4294963200u) >> 2u);
                        ta[_e2843] = bitcast<f32>(0u);
                        pending = 30u;
                    }
                }
                let _e2852 = pending;
                if (_e2852 == 0u) {
                    let _e2856 = local_10;
                    let _e2858 = (_e2856 < 160u);
                    if !(_e2858) {
                        let _e2864 = local_13;
                        let _e2869 = ((_e2864 + 4294963200u) >> 2u);
                        ta[_e2869] = bitcast<f32>(0u);
                        pending = 27u;
                    }
                }
                let _e2878 = pending;
                if (_e2878 == 0u) {
                    let _e2882 = local_10;
                    let _e2884 = (_e2882 < 144u);
                    if !(_e2884) {
                        let _e2890 = local_13;
                        let _e2895 = ((_e2890 + 4294963200u) >> 2u);
                        ta[_e2895] = bitcast<f32>(0u);
                        pending = 15u;
                    }
                }
                let _e2904 = pending;
                if (_e2904 == 0u) {
                    let _e2908 = local_10;
                    let _e2910 = (_e2908 < 128u);
                    if !(_e2910) {
                        let _e2916 = local_13;
                        let _e2921 = ((_e2916 + 4294963200u) >> 2u);
                        ta[_e2921] = bitcast<f32>(0u);
                        pending = 24u;
                    }
                }
                let _e2930 = pending;
                if (_e2930 == 0u) {
                    let _e2934 = local_10;
                    let _e2936 = (_e2934 > 111u);
                    if _e2936 {
                        pending = 8u;
                    }
                }
                let _e2943 = pending;
                if (_e2943 == 0u) {
                    let _e2947 = local_10;
                    let _e2949 = (_e2947 < 96u);
                    if !(_e2949) {
                        let _e2955 = local_13;
                        let _e2960 = ((_e2955 + 4294963200u) >> 2u);
                        ta[_e2960] = bitcast<f32>(0u);
                        pending = 21u;
                    }
                }
                let _e2969 = pending;
                if (_e2969 == 0u) {
                    let _e2973 = local_10;
                    let _e2975 = (_e2973 < 80u);
                    if !(_e2975) {
                        let _e2981 = local_13;
                        let _e2986 = ((_e2981 + 4294963200u) >> 2u);
                        ta[_e2986] = bitcast<f32>(0u);
                        pending = 18u;
                    }
                }
                let _e2995 = pending;
                if (_e2995 == 0u) {
                    let _e2999 = local_10;
                    let _e3001 = (_e2999 < 64u);
                    if !(_e3001) {
                        let _e3007 = local_13;
                        let _e3012 = ((_e3007 + 4294963200u) >> 2u);
                        ta[_e3012] = bitcast<f32>(0u);
                        local_21 = 0f;
                        let _e3021 = local_32;
                        local_10 = _e3021;
                        pending = 6u;
                    }
                }
                let _e3026 = pending;
                if (_e3026 == 0u) {
                    let _e3030 = local_10;
                    let _e3032 = (_e3030 < 48u);
                    if !(_e3032) {
                        let _e3038 = local_13;
                        let _e3043 = ((_e3038 + 4294963200u) >> 2u);
                        ta[_e3043] = bitcast<f32>(0u);
                        local_21 = 0f;
                        let _e3052 = local_30;
                        local_10 = _e3052;
                        pending = 6u;
                    }
                }
                let _e3057 = pending;
                if (_e3057 == 0u) {
                    let _e3061 = local_10;
                    let _e3063 = (_e3061 < 32u);
                    if !(_e3063) {
                        let _e3069 = local_13;
                        let _e3074 = ((_e3069 + 4294963200u) >> 2u);
                        ta[_e3074] = bitcast<f32>(0u);
                        local_21 = 0f;
                        let _e3083 = local_28;
                        local_10 = _e3083;
                        pending = 6u;
                    }
                }
                let _e3088 = pending;
                if (_e3088 == 0u) {
                    let _e3092 = local_10;
                    let _e3094 = (_e3092 > 15u);
                    if _e3094 {
                        pending = 9u;
                    }
                }
                let _e3101 = pending;
                if (_e3101 == 0u) {
                    local_21 = 0f;
                    loop {
                        let _e3107 = local_13;
                        let _e3112 = ((_e3107 + 4294963200u) >> 2u);
                        ta[_e3112] = bitcast<f32>(0u);
                        let _e3119 = local_15;
                        let _e3124 = ((_e3119 + 4294963200u) >> 2u);
                        tb[_e3124] = bitcast<f32>(0u);
                        workgroupBarrier();
                        let _e3131 = local_21;
                        let _e3133 = local_8;
                        let _e3137 = ((_e3133 + 4294963200u) >> 2u);
                        let _e3142 = ta[_e3137];
                        let _e3144 = local_16;
                        let _e3148 = ((_e3144 + 4294963200u) >> 2u);
                        let _e3153 = tb[_e3148];
                        let _e3157 = local_8;
                        let _e3161 = ((_e3157 + 4294963204u) >> 2u);
                        let _e3166 = ta[_e3161];
                        let _e3168 = local_54;
                        let _e3172 = ((_e3168 + 4294963200u) >> 2u);
                        let _e3177 = tb[_e3172];
                        let _e3181 = local_8;
                        let _e3185 = ((_e3181 + 4294963208u) >> 2u);
                        let _e3190 = ta[_e3185];
                        let _e3192 = local_52;
                        let _e3196 = ((_e3192 + 4294963200u) >> 2u);
                        let _e3201 = tb[_e3196];
                        let _e3205 = local_8;
                        let _e3209 = ((_e3205 + 4294963212u) >> 2u);
                        let _e3214 = ta[_e3209];
                        let _e3216 = local_50;
                        let _e3220 = ((_e3216 + 4294963200u) >> 2u);
                        let _e3225 = tb[_e3220];
                        let _e3229 = local_8;
                        let _e3233 = ((_e3229 + 4294963216u) >> 2u);
                        let _e3238 = ta[_e3233];
                        let _e3240 = local_48;
                        let _e3244 = ((_e3240 + 4294963200u) >> 2u);
                        let _e3249 = tb[_e3244];
                        let _e3253 = local_8;
                        let _e3257 = ((_e3253 + 4294963220u) >> 2u);
                        let _e3262 = ta[_e3257];
                        let _e3264 = local_46;
                        let _e3268 = ((_e3264 + 4294963200u) >> 2u);
                        let _e3273 = tb[_e3268];
                        let _e3277 = local_8;
                        let _e3281 = ((_e3277 + 4294963224u) >> 2u);
                        let _e3286 = ta[_e3281];
                        let _e3288 = local_44;
                        let _e3292 = ((_e3288 + 4294963200u) >> 2u);
                        let _e3297 = tb[_e3292];
                        let _e3301 = local_8;
                        let _e3305 = ((_e3301 + 4294963228u) >> 2u);
                        let _e3310 = ta[_e3305];
                        let _e3312 = local_17;
                        let _e3316 = ((_e3312 + 4294963200u) >> 2u);
                        let _e3321 = tb[_e3316];
                        let _e3325 = local_8;
                        let _e3329 = ((_e3325 + 4294963232u) >> 2u);
                        let _e3334 = ta[_e3329];
                        let _e3336 = local_41;
                        let _e3340 = ((_e3336 + 4294963200u) >> 2u);
                        let _e3345 = tb[_e3340];
                        let _e3349 = local_8;
                        let _e3353 = ((_e3349 + 4294963236u) >> 2u);
                        let _e3358 = ta[_e3353];
                        let _e3360 = local_39;
                        let _e3364 = ((_e3360 + 4294963200u) >> 2u);
                        let _e3369 = tb[_e3364];
                        let _e3373 = local_8;
                        let _e3377 = ((_e3373 + 4294963240u) >> 2u);
                        let _e3382 = ta[_e3377];
                        let _e3384 = local_37;
                        let _e3388 = ((_e3384 + 4294963200u) >> 2u);
                        let _e3393 = tb[_e3388];
                        let _e3397 = local_8;
                        let _e3401 = ((_e3397 + 4294963244u) >> 2u);
                        let _e3406 = ta[_e3401];
                        let _e3408 = local_35;
                        let _e3412 = ((_e3408 + 4294963200u) >> 2u);
                        let _e3417 = tb[_e3412];
                        let _e3421 = local_8;
                        let _e3425 = ((_e3421 + 4294963248u) >> 2u);
                        let _e3430 = ta[_e3425];
                        let _e3432 = local_33;
                        let _e3436 = ((_e3432 + 4294963200u) >> 2u);
                        let _e3441 = tb[_e3436];
                        let _e3445 = local_8;
                        let _e3449 = ((_e3445 + 4294963252u) >> 2u);
                        let _e3454 = ta[_e3449];
                        let _e3456 = local_31;
                        let _e3460 = ((_e3456 + 4294963200u) >> 2u);
                        let _e3465 = tb[_e3460];
                        let _e3469 = local_8;
                        let _e3473 = ((_e3469 + 4294963256u) >> 2u);
                        let _e3478 = ta[_e3473];
                        let _e3480 = local_29;
                        let _e3484 = ((_e3480 + 4294963200u) >> 2u);
                        let _e3489 = tb[_e3484];
                        let _e3493 = local_8;
                        let _e3497 = ((_e3493 + 4294963260u) >> 2u);
                        let _e3502 = ta[_e3497];
                        let _e3504 = local_27;
                        let _e3508 = ((_e3504 + 4294963200u) >> 2u);
                        let _e3513 = tb[_e3508];
                        local_21 = ((((((((((((((((_e3131 + (_e3142 * _e3153)) + (_e3166 * _e3177)) + (_e3190 * _e3201)) + (_e3214 * _e3225)) + (_e3238 * _e3249)) + (_e3262 * _e3273)) + (_e3286 * _e3297)) + (_e3310 * _e3321)) + (_e3334 * _e3345)) + (_e3358 * _e3369)) + (_e3382 * _e3393)) + (_e3406 * _e3417)) + (_e3430 * _e3441)) + (_e3454 * _e3465)) + (_e3478 * _e3489)) + (_e3502 * _e3513));
                        workgroupBarrier();
                        let _e3518 = local_12;
                        local_12 = (_e3518 + 4294967295u);
                        let _e3523 = local_12;
                        if (_e3523 != 0u) {
                            continue;
                        }
                        pending = 3u;
                        break;
                        break;
                    }
                }
            }
            let _e3529 = pending;
            if (_e3529 == 0u) {
                let _e3533 = local_20;
                let _e3535 = local_1;
                let _e3536 = (_e3533 >= _e3535);
                if !(_e3536) {
                    let _e3542 = local_23;
                    let _e3544 = (_e3542 < 256u);
                    if !(_e3544) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e3554 = local_10;
                        let _e3556 = local_1;
                        let _e3557 = (_e3554 >= _e3556);
                        if !(_e3557) {
                            let _e3563 = local_22;
                            let _e3565 = local_10;
                            local_24 = (_e3563 + _e3565);
                            let _e3569 = local_24;
                            let _e3571 = local_3;
                            let _e3572 = (_e3569 >= _e3571);
                            if _e3572 {
                                pending = 11u;
                            }
                            let _e3579 = pending;
                            if (_e3579 == 0u) {
                                let _e3583 = local_2;
                                let _e3585 = local_24;
                                let _e3600 = a[min((((_e3583 + (_e3585 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                local_55 = _e3600;
                            }
                        }
                        let _e3603 = pending;
                        if (_e3603 == 0u) {
                            let _e3607 = local_13;
                            let _e3609 = local_55;
                            let _e3613 = ((_e3607 + 4294963200u) >> 2u);
                            ta[_e3613] = _e3609;
                            let _e3619 = local_11;
                            let _e3621 = local_1;
                            let _e3622 = (_e3619 >= _e3621);
                            if _e3622 {
                                pending = 2u;
                            }
                        }
                        let _e3629 = pending;
                        if (_e3629 == 0u) {
                            let _e3633 = local_19;
                            let _e3635 = local_11;
                            let _e3637 = local_1;
                            local_9 = (_e3633 + (_e3635 * _e3637));
                            let _e3642 = local_9;
                            let _e3644 = local_5;
                            let _e3645 = (_e3642 >= _e3644);
                            if _e3645 {
                                pending = 10u;
                            }
                        }
                        let _e3652 = pending;
                        if (_e3652 == 0u) {
                            let _e3656 = local_4;
                            let _e3658 = local_9;
                            let _e3673 = b[min((((_e3656 + (_e3658 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                            local_21 = _e3673;
                            pending = 2u;
                        }
                    }
                    let _e3678 = pending;
                    if (_e3678 == 0u) {
                        let _e3682 = local_10;
                        let _e3684 = (_e3682 < 256u);
                        if !(_e3684) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3694 = local_10;
                            let _e3696 = local_1;
                            let _e3697 = (_e3694 >= _e3696);
                            if !(_e3697) {
                                let _e3703 = local_22;
                                let _e3705 = local_10;
                                local_24 = (_e3703 + _e3705);
                                let _e3709 = local_24;
                                let _e3711 = local_3;
                                let _e3712 = (_e3709 >= _e3711);
                                if _e3712 {
                                    pending = 11u;
                                }
                                let _e3719 = pending;
                                if (_e3719 == 0u) {
                                    let _e3723 = local_2;
                                    let _e3725 = local_24;
                                    let _e3740 = a[min((((_e3723 + (_e3725 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e3740;
                                }
                            }
                            let _e3743 = pending;
                            if (_e3743 == 0u) {
                                let _e3747 = local_13;
                                let _e3749 = local_55;
                                let _e3753 = ((_e3747 + 4294963200u) >> 2u);
                                ta[_e3753] = _e3749;
                                let _e3759 = local_11;
                                let _e3761 = local_1;
                                let _e3762 = (_e3759 >= _e3761);
                                if _e3762 {
                                    pending = 6u;
                                }
                            }
                            let _e3769 = pending;
                            if (_e3769 == 0u) {
                                let _e3773 = local_19;
                                let _e3775 = local_11;
                                let _e3777 = local_1;
                                local_9 = (_e3773 + (_e3775 * _e3777));
                                let _e3782 = local_9;
                                let _e3784 = local_5;
                                let _e3785 = (_e3782 >= _e3784);
                                if _e3785 {
                                    pending = 10u;
                                }
                            }
                            let _e3792 = pending;
                            if (_e3792 == 0u) {
                                let _e3796 = local_4;
                                let _e3798 = local_9;
                                let _e3813 = b[min((((_e3796 + (_e3798 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e3813;
                                pending = 6u;
                            }
                        }
                    }
                    let _e3818 = pending;
                    if (_e3818 == 0u) {
                        let _e3822 = local_10;
                        let _e3824 = (_e3822 < 240u);
                        if !(_e3824) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3834 = local_10;
                            let _e3836 = local_1;
                            let _e3837 = (_e3834 >= _e3836);
                            if !(_e3837) {
                                let _e3843 = local_22;
                                let _e3845 = local_10;
                                local_24 = (_e3843 + _e3845);
                                let _e3849 = local_24;
                                let _e3851 = local_3;
                                let _e3852 = (_e3849 >= _e3851);
                                if _e3852 {
                                    pending = 11u;
                                }
                                let _e3859 = pending;
                                if (_e3859 == 0u) {
                                    let _e3863 = local_2;
                                    let _e3865 = local_24;
                                    let _e3880 = a[min((((_e3863 + (_e3865 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e3880;
                                }
                            }
                            let _e3883 = pending;
                            if (_e3883 == 0u) {
                                let _e3887 = local_13;
                                let _e3889 = local_55;
                                let _e3893 = ((_e3887 + 4294963200u) >> 2u);
                                ta[_e3893] = _e3889;
                                let _e3899 = local_11;
                                let _e3901 = local_1;
                                let _e3902 = (_e3899 < _e3901);
                                if !(_e3902) {
                                    let _e3908 = local_53;
                                    local_10 = _e3908;
                                    pending = 6u;
                                }
                            }
                            let _e3913 = pending;
                            if (_e3913 == 0u) {
                                let _e3917 = local_19;
                                let _e3919 = local_11;
                                let _e3921 = local_1;
                                local_9 = (_e3917 + (_e3919 * _e3921));
                                let _e3926 = local_9;
                                let _e3928 = local_5;
                                let _e3929 = (_e3926 >= _e3928);
                                if _e3929 {
                                    pending = 10u;
                                }
                            }
                            let _e3936 = pending;
                            if (_e3936 == 0u) {
                                let _e3940 = local_4;
                                let _e3942 = local_9;
                                let _e3957 = b[min((((_e3940 + (_e3942 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e3957;
                                let _e3960 = local_53;
                                local_10 = _e3960;
                                pending = 6u;
                            }
                        }
                    }
                    let _e3965 = pending;
                    if (_e3965 == 0u) {
                        let _e3969 = local_10;
                        let _e3971 = (_e3969 < 224u);
                        if !(_e3971) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3981 = local_10;
                            let _e3983 = local_1;
                            let _e3984 = (_e3981 >= _e3983);
                            if !(_e3984) {
                                let _e3990 = local_22;
                                let _e3992 = local_10;
                                local_24 = (_e3990 + _e3992);
                                let _e3996 = local_24;
                                let _e3998 = local_3;
                                let _e3999 = (_e3996 >= _e3998);
                                if _e3999 {
                                    pending = 11u;
                                }
                                let _e4006 = pending;
                                if (_e4006 == 0u) {
                                    let _e4010 = local_2;
                                    let _e4012 = local_24;
                                    let _e4027 = a[min((((_e4010 + (_e4012 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e4027;
                                }
                            }
                            let _e4030 = pending;
                            if (_e4030 == 0u) {
                                let _e4034 = local_13;
                                let _e4036 = local_55;
                                let _e4040 = ((_e4034 + 4294963200u) >> 2u);
                                ta[_e4040] = _e4036;
                                let _e4046 = local_11;
                                let _e4048 = local_1;
                                let _e4049 = (_e4046 < _e4048);
                                if !(_e4049) {
                                    let _e4055 = local_51;
                                    local_10 = _e4055;
                                    pending = 6u;
                                }
                            }
                            let _e4060 = pending;
                            if (_e4060 == 0u) {
                                let _e4064 = local_19;
                                let _e4066 = local_11;
                                let _e4068 = local_1;
                                local_9 = (_e4064 + (_e4066 * _e4068));
                                let _e4073 = local_9;
                                let _e4075 = local_5;
                                let _e4076 = (_e4073 >= _e4075);
                                if _e4076 {
                                    pending = 10u;
                                }
                            }
                            let _e4083 = pending;
                            if (_e4083 == 0u) {
                                let _e4087 = local_4;
                                let _e4089 = local_9;
                                let _e4104 = b[min((((_e4087 + (_e4089 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e4104;
                                let _e4107 = local_51;
                                local_10 = _e4107;
                                pending = 6u;
                            }
                        }
                    }
                    let _e4112 = pending;
                    if (_e4112 == 0u) {
                        let _e4116 = local_10;
                        let _e4118 = (_e4116 < 208u);
                        if !(_e4118) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e4128 = local_10;
                            let _e4130 = local_1;
                            let _e4131 = (_e4128 >= _e4130);
                            if !(_e4131) {
                                let _e4137 = local_22;
                                let _e4139 = local_10;
                                local_24 = (_e4137 + _e4139);
                                let _e4143 = local_24;
                                let _e4145 = local_3;
                                let _e4146 = (_e4143 >= _e4145);
                                if _e4146 {
                                    pending = 11u;
                                }
                                let _e4153 = pending;
                                if (_e4153 == 0u) {
                                    let _e4157 = local_2;
                                    let _e4159 = local_24;
                                    let _e4174 = a[min((((_e4157 + (_e4159 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e4174;
                                }
                            }
                            let _e4177 = pending;
                            if (_e4177 == 0u) {
                                let _e4181 = local_13;
                                let _e4183 = local_55;
                                let _e4187 = ((_e4181 + 4294963200u) >> 2u);
                                ta[_e4187] = _e4183;
                                let _e4193 = local_11;
                                let _e4195 = local_1;
                                let _e4196 = (_e4193 < _e4195);
                                if !(_e4196) {
                                    let _e4202 = local_49;
                                    local_10 = _e4202;
                                    pending = 6u;
                                }
                            }
                            let _e4207 = pending;
                            if (_e4207 == 0u) {
                                let _e4211 = local_19;
                                let _e4213 = local_11;
                                let _e4215 = local_1;
                                local_9 = (_e4211 + (_e4213 * _e4215));
                                let _e4220 = local_9;
                                let _e4222 = local_5;
                                let _e4223 = (_e4220 >= _e4222);
                                if _e4223 {
                                    pending = 10u;
                                }
                            }
                            let _e4230 = pending;
                            if (_e4230 == 0u) {
                                let _e4234 = local_4;
                                let _e4236 = local_9;
                                let _e4251 = b[min((((_e4234 + (_e4236 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e4251;
                                let _e4254 = local_49;
                                local_10 = _e4254;
                                pending = 6u;
                            }
                        }
                    }
                    let _e4259 = pending;
                    if (_e4259 == 0u) {
                        let _e4263 = local_10;
                        let _e4265 = (_e4263 > 191u);
                        if !(_e4265) {
                            let _e4271 = local_10;
                            let _e4273 = (_e4271 < 176u);
                            if !(_e4273) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e4283 = local_10;
                                let _e4285 = local_1;
                                let _e4286 = (_e4283 >= _e4285);
                                if !(_e4286) {
                                    let _e4292 = local_10;
                                    let _e4294 = local_22;
                                    local_24 = (_e4292 + _e4294);
                                    let _e4298 = local_24;
                                    let _e4300 = local_3;
                                    let _e4301 = (_e4298 >= _e4300);
                                    if _e4301 {
                                        pending = 11u;
                                    }
                                    let _e4308 = pending;
                                    if (_e4308 == 0u) {
                                        let _e4312 = local_2;
                                        let _e4314 = local_24;
                                        let _e4329 = a[min((((_e4312 + (_e4314 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e4329;
                                    }
                                }
                                let _e4332 = pending;
                                if (_e4332 == 0u) {
                                    let _e4336 = local_13;
                                    let _e4338 = local_55;
                                    let _e4342 = ((_e4336 + 4294963200u) >> 2u);
                                    ta[_e4342] = _e4338;
                                    let _e4348 = local_11;
                                    let _e4350 = local_1;
                                    let _e4351 = (_e4348 < _e4350);
                                    if _e4351 {
                                        pending = 106u;
                                    }
                                    let _e4358 = pending;
                                    if (_e4358 == 0u) {
                                        let _e4362 = local_45;
                                        local_10 = _e4362;
                                        pending = 6u;
                                    }
                                    let _e4367 = pending;
                                    if (_e4367 == 106u) {
                                        pending = 0u;
                                    }
                                }
                                let _e4373 = pending;
                                if (_e4373 == 0u) {
                                    let _e4377 = local_11;
                                    let _e4379 = local_1;
                                    let _e4382 = local_19;
                                    local_9 = ((_e4377 * _e4379) + _e4382);
                                    let _e4386 = local_9;
                                    let _e4388 = local_5;
                                    let _e4389 = (_e4386 >= _e4388);
                                    if _e4389 {
                                        pending = 10u;
                                    }
                                }
                                let _e4396 = pending;
                                if (_e4396 == 0u) {
                                    let _e4400 = local_4;
                                    let _e4402 = local_9;
                                    let _e4417 = b[min((((_e4400 + (_e4402 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                    local_21 = _e4417;
                                    let _e4420 = local_45;
                                    local_10 = _e4420;
                                    pending = 6u;
                                }
                            }
                            let _e4425 = pending;
                            if (_e4425 == 0u) {
                                let _e4429 = local_10;
                                let _e4431 = (_e4429 < 160u);
                                if !(_e4431) {
                                    local_21 = 0f;
                                    local_55 = 0f;
                                    let _e4441 = local_10;
                                    let _e4443 = local_1;
                                    let _e4444 = (_e4441 >= _e4443);
                                    if _e4444 {
                                        pending = 108u;
                                    }
                                    let _e4451 = pending;
                                    if (_e4451 == 0u) {
                                        let _e4455 = local_10;
                                        let _e4457 = local_22;
                                        local_24 = (_e4455 + _e4457);
                                        let _e4461 = local_24;
                                        let _e4463 = local_3;
                                        let _e4464 = (_e4461 >= _e4463);
                                        if _e4464 {
                                            pending = 11u;
                                        }
                                    }
                                    let _e4471 = pending;
                                    if (_e4471 == 0u) {
                                        let _e4475 = local_2;
                                        let _e4477 = local_24;
                                        let _e4492 = a[min((((_e4475 + (_e4477 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e4492;
                                    }
                                    let _e4495 = pending;
                                    if (_e4495 == 108u) {
                                        pending = 0u;
                                    }
                                    let _e4501 = pending;
                                    if (_e4501 == 0u) {
                                        let _e4505 = local_13;
                                        let _e4507 = local_55;
                                        let _e4511 = ((_e4505 + 4294963200u) >> 2u);
                                        ta[_e4511] = _e4507;
                                        let _e4517 = local_11;
                                        let _e4519 = local_1;
                                        let _e4520 = (_e4517 < _e4519);
                                        if _e4520 {
                                            pending = 109u;
                                        }
                                        let _e4527 = pending;
                                        if (_e4527 == 0u) {
                                            let _e4531 = local_43;
                                            local_10 = _e4531;
                                            pending = 6u;
                                        }
                                        let _e4536 = pending;
                                        if (_e4536 == 109u) {
                                            pending = 0u;
                                        }
                                    }
                                    let _e4542 = pending;
                                    if (_e4542 == 0u) {
                                        let _e4546 = local_11;
                                        let _e4548 = local_1;
                                        let _e4551 = local_19;
                                        local_9 = ((_e4546 * _e4548) + _e4551);
                                        let _e4555 = local_9;
                                        let _e4557 = local_5;
                                        let _e4558 = (_e4555 >= _e4557);
                                        if _e4558 {
                                            pending = 10u;
                                        }
                                    }
                                    let _e4565 = pending;
                                    if (_e4565 == 0u) {
                                        let _e4569 = local_4;
                                        let _e4571 = local_9;
                                        let _e4586 = b[min((((_e4569 + (_e4571 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                        local_21 = _e4586;
                                        let _e4589 = local_43;
                                        local_10 = _e4589;
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e4594 = pending;
                            if (_e4594 == 0u) {
                                let _e4598 = local_10;
                                let _e4600 = (_e4598 > 143u);
                                if !(_e4600) {
                                    let _e4606 = local_1;
                                    local_43 = (_e4606 << 6u);
                                    let _e4612 = local_1;
                                    local_42 = (_e4612 << 4u);
                                    let _e4618 = local_2;
                                    let _e4620 = local_10;
                                    let _e4622 = local_22;
                                    local_23 = (_e4618 + ((_e4620 + _e4622) << 2u));
                                    let _e4630 = local_4;
                                    let _e4632 = local_14;
                                    let _e4634 = local_1;
                                    let _e4636 = local_11;
                                    let _e4640 = local_18;
                                    local_9 = ((_e4632 + (_e4634 * _e4636)) + _e4640);
                                    let _e4644 = local_9;
                                    local_14 = (_e4630 + (_e4644 << 2u));
                                    local_21 = 0f;
                                    let _e4653 = local_10;
                                    local_2 = select(0u, 1u, (_e4653 > 127u));
                                    let _e4661 = local_10;
                                    local_4 = select(0u, 1u, (_e4661 > 111u));
                                    let _e4669 = local_10;
                                    local_18 = select(0u, 1u, (_e4669 > 95u));
                                    let _e4677 = local_10;
                                    local_53 = select(0u, 1u, (_e4677 > 79u));
                                    let _e4685 = local_10;
                                    local_51 = select(0u, 1u, (_e4685 > 63u));
                                    let _e4693 = local_10;
                                    local_49 = select(0u, 1u, (_e4693 > 47u));
                                    let _e4701 = local_10;
                                    local_47 = select(0u, 1u, (_e4701 > 31u));
                                    let _e4709 = local_10;
                                    local_45 = select(0u, 1u, (_e4709 > 15u));
                                    loop {
                                        local_55 = 0f;
                                        let _e4719 = local_10;
                                        let _e4721 = local_1;
                                        let _e4722 = (_e4719 >= _e4721);
                                        if _e4722 {
                                            pending = 112u;
                                        }
                                        let _e4729 = pending;
                                        if (_e4729 == 0u) {
                                            let _e4733 = local_22;
                                            let _e4735 = local_10;
                                            local_24 = (_e4733 + _e4735);
                                            let _e4739 = local_24;
                                            let _e4741 = local_3;
                                            let _e4742 = (_e4739 >= _e4741);
                                            if _e4742 {
                                                pending = 11u;
                                                break;
                                            }
                                            let _e4749 = local_23;
                                            let _e4760 = a[min(((_e4749 + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                            local_55 = _e4760;
                                        }
                                        let _e4763 = pending;
                                        if (_e4763 == 112u) {
                                            pending = 0u;
                                        }
                                        let _e4769 = local_13;
                                        let _e4771 = local_55;
                                        let _e4775 = ((_e4769 + 4294963200u) >> 2u);
                                        ta[_e4775] = _e4771;
                                        local_55 = 0f;
                                        let _e4783 = local_11;
                                        let _e4785 = local_1;
                                        let _e4786 = (_e4783 >= _e4785);
                                        if _e4786 {
                                            pending = 113u;
                                        }
                                        let _e4793 = pending;
                                        if (_e4793 == 0u) {
                                            let _e4797 = local_9;
                                            let _e4799 = local_5;
                                            let _e4800 = (_e4797 >= _e4799);
                                            if _e4800 {
                                                pending = 10u;
                                                break;
                                            }
                                            let _e4807 = local_14;
                                            let _e4818 = b[min(((_e4807 + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_55 = _e4818;
                                        }
                                        let _e4821 = pending;
                                        if (_e4821 == 113u) {
                                            pending = 0u;
                                        }
                                        let _e4827 = local_15;
                                        let _e4829 = local_55;
                                        let _e4833 = ((_e4827 + 4294963200u) >> 2u);
                                        tb[_e4833] = _e4829;
                                        workgroupBarrier();
                                        let _e4839 = local_8;
                                        let _e4843 = ((_e4839 + 4294963232u) >> 2u);
                                        let _e4848 = ta[_e4843];
                                        local_55 = _e4848;
                                        let _e4851 = local_17;
                                        let _e4855 = ((_e4851 + 4294963200u) >> 2u);
                                        let _e4860 = tb[_e4855];
                                        local_56 = _e4860;
                                        let _e4863 = local_8;
                                        let _e4867 = ((_e4863 + 4294963228u) >> 2u);
                                        let _e4872 = ta[_e4867];
                                        local_57 = _e4872;
                                        let _e4875 = local_44;
                                        let _e4879 = ((_e4875 + 4294963200u) >> 2u);
                                        let _e4884 = tb[_e4879];
                                        local_58 = _e4884;
                                        let _e4887 = local_8;
                                        let _e4891 = ((_e4887 + 4294963224u) >> 2u);
                                        let _e4896 = ta[_e4891];
                                        local_59 = _e4896;
                                        let _e4899 = local_46;
                                        let _e4903 = ((_e4899 + 4294963200u) >> 2u);
                                        let _e4908 = tb[_e4903];
                                        local_60 = _e4908;
                                        let _e4911 = local_8;
                                        let _e4915 = ((_e4911 + 4294963220u) >> 2u);
                                        let _e4920 = ta[_e4915];
                                        local_61 = _e4920;
                                        let _e4923 = local_48;
                                        let _e4927 = ((_e4923 + 4294963200u) >> 2u);
                                        let _e4932 = tb[_e4927];
                                        local_62 = _e4932;
                                        let _e4935 = local_8;
                                        let _e4939 = ((_e4935 + 4294963216u) >> 2u);
                                        let _e4944 = ta[_e4939];
                                        local_63 = _e4944;
                                        let _e4947 = local_50;
                                        let _e4951 = ((_e4947 + 4294963200u) >> 2u);
                                        let _e4956 = tb[_e4951];
                                        local_64 = _e4956;
                                        let _e4959 = local_8;
                                        let _e4963 = ((_e4959 + 4294963212u) >> 2u);
                                        let _e4968 = ta[_e4963];
                                        local_65 = _e4968;
                                        let _e4971 = local_52;
                                        let _e4975 = ((_e4971 + 4294963200u) >> 2u);
                                        let _e4980 = tb[_e4975];
                                        local_66 = _e4980;
                                        let _e4983 = local_8;
                                        let _e4987 = ((_e4983 + 4294963208u) >> 2u);
                                        let _e4992 = ta[_e4987];
                                        local_67 = _e4992;
                                        let _e4995 = local_54;
                                        let _e4999 = ((_e4995 + 4294963200u) >> 2u);
                                        let _e5004 = tb[_e4999];
                                        local_68 = _e5004;
                                        let _e5007 = local_8;
                                        let _e5011 = ((_e5007 + 4294963204u) >> 2u);
                                        let _e5016 = ta[_e5011];
                                        local_69 = _e5016;
                                        let _e5019 = local_16;
                                        let _e5023 = ((_e5019 + 4294963200u) >> 2u);
                                        let _e5028 = tb[_e5023];
                                        local_70 = _e5028;
                                        let _e5031 = local_8;
                                        let _e5035 = ((_e5031 + 4294963200u) >> 2u);
                                        let _e5040 = ta[_e5035];
                                        local_71 = _e5040;
                                        let _e5043 = local;
                                        let _e5045 = local_40;
                                        stack[min(((_e5043 + 4293918760u) >> 2u), 7u)] = _e5045;
                                        let _e5055 = local;
                                        stack[min(((_e5055 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5066 = local_2;
                                        if (_e5066 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5072 = local_8;
                                        let _e5076 = ((_e5072 + 4294963236u) >> 2u);
                                        let _e5081 = ta[_e5076];
                                        local_72 = _e5081;
                                        let _e5084 = local_41;
                                        let _e5088 = ((_e5084 + 4294963200u) >> 2u);
                                        let _e5093 = tb[_e5088];
                                        local_73 = _e5093;
                                        let _e5096 = local;
                                        let _e5098 = local_38;
                                        stack[min(((_e5096 + 4293918760u) >> 2u), 7u)] = _e5098;
                                        let _e5108 = local;
                                        stack[min(((_e5108 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5119 = local_4;
                                        if (_e5119 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5125 = local_8;
                                        let _e5129 = ((_e5125 + 4294963240u) >> 2u);
                                        let _e5134 = ta[_e5129];
                                        local_74 = _e5134;
                                        let _e5137 = local_39;
                                        let _e5141 = ((_e5137 + 4294963200u) >> 2u);
                                        let _e5146 = tb[_e5141];
                                        local_75 = _e5146;
                                        let _e5149 = local;
                                        let _e5151 = local_36;
                                        stack[min(((_e5149 + 4293918760u) >> 2u), 7u)] = _e5151;
                                        let _e5161 = local;
                                        stack[min(((_e5161 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5172 = local_18;
                                        if (_e5172 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5178 = local_8;
                                        let _e5182 = ((_e5178 + 4294963244u) >> 2u);
                                        let _e5187 = ta[_e5182];
                                        local_76 = _e5187;
                                        let _e5190 = local_37;
                                        let _e5194 = ((_e5190 + 4294963200u) >> 2u);
                                        let _e5199 = tb[_e5194];
                                        local_77 = _e5199;
                                        let _e5202 = local;
                                        let _e5204 = local_34;
                                        stack[min(((_e5202 + 4293918760u) >> 2u), 7u)] = _e5204;
                                        let _e5214 = local;
                                        stack[min(((_e5214 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5225 = local_53;
                                        if (_e5225 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5231 = local_8;
                                        let _e5235 = ((_e5231 + 4294963248u) >> 2u);
                                        let _e5240 = ta[_e5235];
                                        local_78 = _e5240;
                                        let _e5243 = local_35;
                                        let _e5247 = ((_e5243 + 4294963200u) >> 2u);
                                        let _e5252 = tb[_e5247];
                                        local_79 = _e5252;
                                        let _e5255 = local;
                                        let _e5257 = local_32;
                                        stack[min(((_e5255 + 4293918760u) >> 2u), 7u)] = _e5257;
                                        let _e5267 = local;
                                        stack[min(((_e5267 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5278 = local_51;
                                        if (_e5278 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5284 = local_8;
                                        let _e5288 = ((_e5284 + 4294963252u) >> 2u);
                                        let _e5293 = ta[_e5288];
                                        local_80 = _e5293;
                                        let _e5296 = local_33;
                                        let _e5300 = ((_e5296 + 4294963200u) >> 2u);
                                        let _e5305 = tb[_e5300];
                                        local_81 = _e5305;
                                        let _e5308 = local;
                                        let _e5310 = local_30;
                                        stack[min(((_e5308 + 4293918760u) >> 2u), 7u)] = _e5310;
                                        let _e5320 = local;
                                        stack[min(((_e5320 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5331 = local_49;
                                        if (_e5331 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5337 = local_8;
                                        let _e5341 = ((_e5337 + 4294963256u) >> 2u);
                                        let _e5346 = ta[_e5341];
                                        local_82 = _e5346;
                                        let _e5349 = local_31;
                                        let _e5353 = ((_e5349 + 4294963200u) >> 2u);
                                        let _e5358 = tb[_e5353];
                                        local_83 = _e5358;
                                        let _e5361 = local;
                                        let _e5363 = local_28;
                                        stack[min(((_e5361 + 4293918760u) >> 2u), 7u)] = _e5363;
                                        let _e5373 = local;
                                        stack[min(((_e5373 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5384 = local_47;
                                        if (_e5384 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5390 = local_8;
                                        let _e5394 = ((_e5390 + 4294963260u) >> 2u);
                                        let _e5399 = ta[_e5394];
                                        local_84 = _e5399;
                                        let _e5402 = local_29;
                                        let _e5406 = ((_e5402 + 4294963200u) >> 2u);
                                        let _e5411 = tb[_e5406];
                                        local_85 = _e5411;
                                        let _e5414 = local;
                                        let _e5416 = local_26;
                                        stack[min(((_e5414 + 4293918760u) >> 2u), 7u)] = _e5416;
                                        let _e5426 = local;
                                        stack[min(((_e5426 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5437 = local_45;
                                        if (_e5437 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5443 = local_21;
                                        let _e5445 = local_71;
                                        let _e5447 = local_70;
                                        let _e5451 = local_69;
                                        let _e5453 = local_68;
                                        let _e5457 = local_67;
                                        let _e5459 = local_66;
                                        let _e5463 = local_65;
                                        let _e5465 = local_64;
                                        let _e5469 = local_63;
                                        let _e5471 = local_62;
                                        let _e5475 = local_61;
                                        let _e5477 = local_60;
                                        let _e5481 = local_59;
                                        let _e5483 = local_58;
                                        let _e5487 = local_57;
                                        let _e5489 = local_56;
                                        let _e5493 = local_55;
                                        let _e5495 = local_73;
                                        let _e5499 = local_72;
                                        let _e5501 = local_75;
                                        let _e5505 = local_74;
                                        let _e5507 = local_77;
                                        let _e5511 = local_76;
                                        let _e5513 = local_79;
                                        let _e5517 = local_78;
                                        let _e5519 = local_81;
                                        let _e5523 = local_80;
                                        let _e5525 = local_83;
                                        let _e5529 = local_82;
                                        let _e5531 = local_85;
                                        let _e5535 = local_84;
                                        let _e5537 = local_27;
                                        let _e5541 = ((_e5537 + 4294963200u) >> 2u);
                                        let _e5546 = tb[_e5541];
                                        local_21 = ((((((((((((((((_e5443 + (_e5445 * _e5447)) + (_e5451 * _e5453)) + (_e5457 * _e5459)) + (_e5463 * _e5465)) + (_e5469 * _e5471)) + (_e5475 * _e5477)) + (_e5481 * _e5483)) + (_e5487 * _e5489)) + (_e5493 * _e5495)) + (_e5499 * _e5501)) + (_e5505 * _e5507)) + (_e5511 * _e5513)) + (_e5517 * _e5519)) + (_e5523 * _e5525)) + (_e5529 * _e5531)) + (_e5535 * _e5546));
                                        let _e5551 = local_23;
                                        local_23 = (_e5551 + 64u);
                                        let _e5556 = local_10;
                                        local_10 = (_e5556 + 16u);
                                        let _e5561 = local_11;
                                        local_11 = (_e5561 + 16u);
                                        let _e5566 = local_14;
                                        let _e5568 = local_43;
                                        local_14 = (_e5566 + _e5568);
                                        let _e5572 = local_9;
                                        let _e5574 = local_42;
                                        local_9 = (_e5572 + _e5574);
                                        workgroupBarrier();
                                        let _e5578 = local_12;
                                        local_12 = (_e5578 + 4294967295u);
                                        let _e5583 = local_12;
                                        let _e5585 = (_e5583 == 0u);
                                        if _e5585 {
                                            pending = 3u;
                                            break;
                                        }
                                        continue;
                                        break;
                                    }
                                }
                            }
                            let _e5592 = pending;
                            if (_e5592 == 0u) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e5600 = local_10;
                                let _e5602 = local_1;
                                let _e5603 = (_e5600 >= _e5602);
                                if !(_e5603) {
                                    let _e5609 = local_10;
                                    let _e5611 = local_22;
                                    local_24 = (_e5609 + _e5611);
                                    let _e5615 = local_24;
                                    let _e5617 = local_3;
                                    let _e5618 = (_e5615 >= _e5617);
                                    if _e5618 {
                                        pending = 11u;
                                    }
                                    let _e5625 = pending;
                                    if (_e5625 == 0u) {
                                        let _e5629 = local_2;
                                        let _e5631 = local_24;
                                        let _e5646 = a[min((((_e5629 + (_e5631 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e5646;
                                    }
                                }
                            }
                            let _e5649 = pending;
                            if (_e5649 == 0u) {
                                let _e5653 = local_13;
                                let _e5655 = local_55;
                                let _e5659 = ((_e5653 + 4294963200u) >> 2u);
                                ta[_e5659] = _e5655;
                                let _e5665 = local_11;
                                let _e5667 = local_1;
                                let _e5668 = (_e5665 < _e5667);
                                if !(_e5668) {
                                    let _e5674 = local_42;
                                    local_10 = _e5674;
                                    pending = 6u;
                                }
                            }
                            let _e5679 = pending;
                            if (_e5679 == 0u) {
                                let _e5683 = local_11;
                                let _e5685 = local_1;
                                let _e5688 = local_19;
                                local_9 = ((_e5683 * _e5685) + _e5688);
                                let _e5692 = local_9;
                                let _e5694 = local_5;
                                let _e5695 = (_e5692 >= _e5694);
                                if _e5695 {
                                    pending = 10u;
                                }
                            }
                            let _e5702 = pending;
                            if (_e5702 == 0u) {
                                let _e5706 = local_4;
                                let _e5708 = local_9;
                                let _e5723 = b[min((((_e5706 + (_e5708 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e5723;
                                let _e5726 = local_42;
                                local_10 = _e5726;
                                pending = 6u;
                            }
                        }
                    }
                    let _e5731 = pending;
                    if (_e5731 == 0u) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e5739 = local_10;
                        let _e5741 = local_1;
                        let _e5742 = (_e5739 >= _e5741);
                        if !(_e5742) {
                            let _e5748 = local_22;
                            let _e5750 = local_10;
                            local_24 = (_e5748 + _e5750);
                            let _e5754 = local_24;
                            let _e5756 = local_3;
                            let _e5757 = (_e5754 >= _e5756);
                            if _e5757 {
                                pending = 11u;
                            }
                            let _e5764 = pending;
                            if (_e5764 == 0u) {
                                let _e5768 = local_2;
                                let _e5770 = local_24;
                                let _e5785 = a[min((((_e5768 + (_e5770 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                local_55 = _e5785;
                            }
                        }
                    }
                    let _e5788 = pending;
                    if (_e5788 == 0u) {
                        let _e5792 = local_13;
                        let _e5794 = local_55;
                        let _e5798 = ((_e5792 + 4294963200u) >> 2u);
                        ta[_e5798] = _e5794;
                        let _e5804 = local_11;
                        let _e5806 = local_1;
                        let _e5807 = (_e5804 < _e5806);
                        if !(_e5807) {
                            let _e5813 = local_47;
                            local_10 = _e5813;
                            pending = 6u;
                        }
                    }
                    let _e5818 = pending;
                    if (_e5818 == 0u) {
                        let _e5822 = local_19;
                        let _e5824 = local_11;
                        let _e5826 = local_1;
                        local_9 = (_e5822 + (_e5824 * _e5826));
                        let _e5831 = local_9;
                        let _e5833 = local_5;
                        let _e5834 = (_e5831 >= _e5833);
                        if _e5834 {
                            pending = 10u;
                        }
                    }
                    let _e5841 = pending;
                    if (_e5841 == 0u) {
                        let _e5845 = local_4;
                        let _e5847 = local_9;
                        let _e5862 = b[min((((_e5845 + (_e5847 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                        local_21 = _e5862;
                        let _e5865 = local_47;
                        local_10 = _e5865;
                        pending = 6u;
                    }
                }
            }
            let _e5870 = pending;
            if (_e5870 == 0u) {
                let _e5874 = local_23;
                let _e5876 = (_e5874 < 256u);
                if !(_e5876) {
                    let _e5882 = local_13;
                    let _e5887 = ((_e5882 + 4294963200u) >> 2u);
                    ta[_e5887] = bitcast<f32>(0u);
                    local_21 = 0f;
                    let _e5896 = local_11;
                    let _e5898 = local_1;
                    let _e5899 = (_e5896 >= _e5898);
                    if _e5899 {
                        pending = 2u;
                    }
                    let _e5906 = pending;
                    if (_e5906 == 0u) {
                        let _e5910 = local_19;
                        let _e5912 = local_11;
                        let _e5914 = local_1;
                        local_9 = (_e5910 + (_e5912 * _e5914));
                        let _e5919 = local_9;
                        let _e5921 = local_5;
                        let _e5922 = (_e5919 >= _e5921);
                        if _e5922 {
                            pending = 10u;
                        }
                    }
                    let _e5929 = pending;
                    if (_e5929 == 0u) {
                        let _e5933 = local_4;
                        let _e5935 = local_9;
                        let _e5950 = b[min((((_e5933 + (_e5935 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                        local_21 = _e5950;
                        pending = 2u;
                    }
                }
            }
            let _e5955 = pending;
            if (_e5955 == 0u) {
                let _e5959 = local_10;
                let _e5961 = (_e5959 < 256u);
                if !(_e5961) {
                    let _e5967 = local_13;
                    let _e5972 = ((_e5967 + 4294963200u) >> 2u);
                    ta[_e5972] = bitcast<f32>(0u);
                    let _e5979 = local_11;
                    let _e5981 = local_1;
                    let _e5982 = (_e5979 < _e5981);
                    if !(_e5982) {
                        local_21 = 0f;
                        pending = 6u;
                    }
                    let _e5992 = pending;
                    if (_e5992 == 0u) {
                        let _e5996 = local_19;
                        let _e5998 = local_11;
                        let _e6000 = local_1;
                        local_9 = (_e5996 + (_e5998 * _e6000));
                        let _e6005 = local_9;
                        let _e6007 = local_5;
                        let _e6008 = (_e6005 >= _e6007);
                        if _e6008 {
                            pending = 10u;
                        }
                    }
                    let _e6015 = pending;
                    if (_e6015 == 0u) {
                        let _e6019 = local_4;
                        let _e6021 = local_9;
                        let _e6036 = b[min((((_e6019 + (_e6021 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                        local_21 = _e6036;
                        pending = 6u;
                    }
                }
            }
            let _e6041 = pending;
            if (_e6041 == 0u) {
                let _e6045 = local_10;
                let _e6047 = (_e6045 < 240u);
                if _e6047 {
                    pending = 40u;
                }
            }
            let _e6054 = pending;
            if (_e6054 == 0u) {
                let _e6058 = local_13;
                let _e6063 = ((_e6058 + 4294963200u) >> 2u);
                ta[_e6063] = bitcast<f32>(0u);
                let _e6070 = local_11;
                let _e6072 = local_1;
                let _e6073 = (_e6070 < _e6072);
                if _e6073 {
                    pending = 41u;
                }
            }
            let _e6080 = pending;
            if (_e6080 == 42u) {
                pending = 0u;
            }
            let _e6086 = pending;
            if (_e6086 == 0u) {
                local_21 = 0f;
                let _e6092 = local_53;
                local_10 = _e6092;
                pending = 6u;
            }
            let _e6097 = pending;
            if (_e6097 == 41u) {
                pending = 0u;
            }
            let _e6103 = pending;
            if (_e6103 == 0u) {
                let _e6107 = local_19;
                let _e6109 = local_11;
                let _e6111 = local_1;
                local_9 = (_e6107 + (_e6109 * _e6111));
                let _e6116 = local_9;
                let _e6118 = local_5;
                let _e6119 = (_e6116 >= _e6118);
                if _e6119 {
                    pending = 10u;
                }
            }
            let _e6126 = pending;
            if (_e6126 == 0u) {
                let _e6130 = local_4;
                let _e6132 = local_9;
                let _e6147 = b[min((((_e6130 + (_e6132 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6147;
                let _e6150 = local_53;
                local_10 = _e6150;
                pending = 6u;
            }
            let _e6155 = pending;
            if (_e6155 == 40u) {
                pending = 0u;
            }
            let _e6161 = pending;
            if (_e6161 == 0u) {
                let _e6165 = local_10;
                let _e6167 = (_e6165 < 224u);
                if _e6167 {
                    pending = 37u;
                }
            }
            let _e6174 = pending;
            if (_e6174 == 0u) {
                let _e6178 = local_13;
                let _e6183 = ((_e6178 + 4294963200u) >> 2u);
                ta[_e6183] = bitcast<f32>(0u);
                let _e6190 = local_11;
                let _e6192 = local_1;
                let _e6193 = (_e6190 < _e6192);
                if _e6193 {
                    pending = 38u;
                }
            }
            let _e6200 = pending;
            if (_e6200 == 39u) {
                pending = 0u;
            }
            let _e6206 = pending;
            if (_e6206 == 0u) {
                local_21 = 0f;
                let _e6212 = local_51;
                local_10 = _e6212;
                pending = 6u;
            }
            let _e6217 = pending;
            if (_e6217 == 38u) {
                pending = 0u;
            }
            let _e6223 = pending;
            if (_e6223 == 0u) {
                let _e6227 = local_19;
                let _e6229 = local_11;
                let _e6231 = local_1;
                local_9 = (_e6227 + (_e6229 * _e6231));
                let _e6236 = local_9;
                let _e6238 = local_5;
                let _e6239 = (_e6236 >= _e6238);
                if _e6239 {
                    pending = 10u;
                }
            }
            let _e6246 = pending;
            if (_e6246 == 0u) {
                let _e6250 = local_4;
                let _e6252 = local_9;
                let _e6267 = b[min((((_e6250 + (_e6252 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6267;
                let _e6270 = local_51;
                local_10 = _e6270;
                pending = 6u;
            }
            let _e6275 = pending;
            if (_e6275 == 37u) {
                pending = 0u;
            }
            let _e6281 = pending;
            if (_e6281 == 0u) {
                let _e6285 = local_10;
                let _e6287 = (_e6285 < 208u);
                if _e6287 {
                    pending = 34u;
                }
            }
            let _e6294 = pending;
            if (_e6294 == 0u) {
                let _e6298 = local_13;
                let _e6303 = ((_e6298 + 4294963200u) >> 2u);
                ta[_e6303] = bitcast<f32>(0u);
                let _e6310 = local_11;
                let _e6312 = local_1;
                let _e6313 = (_e6310 < _e6312);
                if _e6313 {
                    pending = 35u;
                }
            }
            let _e6320 = pending;
            if (_e6320 == 36u) {
                pending = 0u;
            }
            let _e6326 = pending;
            if (_e6326 == 0u) {
                local_21 = 0f;
                let _e6332 = local_49;
                local_10 = _e6332;
                pending = 6u;
            }
            let _e6337 = pending;
            if (_e6337 == 35u) {
                pending = 0u;
            }
            let _e6343 = pending;
            if (_e6343 == 0u) {
                let _e6347 = local_19;
                let _e6349 = local_11;
                let _e6351 = local_1;
                local_9 = (_e6347 + (_e6349 * _e6351));
                let _e6356 = local_9;
                let _e6358 = local_5;
                let _e6359 = (_e6356 >= _e6358);
                if _e6359 {
                    pending = 10u;
                }
            }
            let _e6366 = pending;
            if (_e6366 == 0u) {
                let _e6370 = local_4;
                let _e6372 = local_9;
                let _e6387 = b[min((((_e6370 + (_e6372 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6387;
                let _e6390 = local_49;
                local_10 = _e6390;
                pending = 6u;
            }
            let _e6395 = pending;
            if (_e6395 == 34u) {
                pending = 0u;
            }
            let _e6401 = pending;
            if (_e6401 == 0u) {
                let _e6405 = local_10;
                let _e6407 = (_e6405 < 192u);
                if _e6407 {
                    pending = 31u;
                }
            }
            let _e6414 = pending;
            if (_e6414 == 0u) {
                let _e6418 = local_13;
                let _e6423 = ((_e6418 + 4294963200u) >> 2u);
                ta[_e6423] = bitcast<f32>(0u);
                let _e6430 = local_11;
                let _e6432 = local_1;
                let _e6433 = (_e6430 < _e6432);
                if _e6433 {
                    pending = 32u;
                }
            }
            let _e6440 = pending;
            if (_e6440 == 33u) {
                pending = 0u;
            }
            let _e6446 = pending;
            if (_e6446 == 0u) {
                local_21 = 0f;
                let _e6452 = local_47;
                local_10 = _e6452;
                pending = 6u;
            }
            let _e6457 = pending;
            if (_e6457 == 32u) {
                pending = 0u;
            }
            let _e6463 = pending;
            if (_e6463 == 0u) {
                let _e6467 = local_19;
                let _e6469 = local_11;
                let _e6471 = local_1;
                local_9 = (_e6467 + (_e6469 * _e6471));
                let _e6476 = local_9;
                let _e6478 = local_5;
                let _e6479 = (_e6476 >= _e6478);
                if _e6479 {
                    pending = 10u;
                }
            }
            let _e6486 = pending;
            if (_e6486 == 0u) {
                let _e6490 = local_4;
                let _e6492 = local_9;
                let _e6507 = b[min((((_e6490 + (_e6492 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6507;
                let _e6510 = local_47;
                local_10 = _e6510;
                pending = 6u;
            }
            let _e6515 = pending;
            if (_e6515 == 31u) {
                pending = 0u;
            }
            let _e6521 = pending;
            if (_e6521 == 0u) {
                let _e6525 = local_10;
                let _e6527 = (_e6525 < 176u);
                if _e6527 {
                    pending = 28u;
                }
            }
            let _e6534 = pending;
            if (_e6534 == 0u) {
                let _e6538 = local_13;
                let _e6543 = ((_e6538 + 4294963200u) >> 2u);
                ta[_e6543] = bitcast<f32>(0u);
                let _e6550 = local_11;
                let _e6552 = local_1;
                let _e6553 = (_e6550 < _e6552);
                if _e6553 {
                    pending = 29u;
                }
            }
            let _e6560 = pending;
            if (_e6560 == 30u) {
                pending = 0u;
            }
            let _e6566 = pending;
            if (_e6566 == 0u) {
                local_21 = 0f;
                let _e6572 = local_45;
                local_10 = _e6572;
                pending = 6u;
            }
            let _e6577 = pending;
            if (_e6577 == 29u) {
                pending = 0u;
            }
            let _e6583 = pending;
            if (_e6583 == 0u) {
                let _e6587 = local_19;
                let _e6589 = local_11;
                let _e6591 = local_1;
                local_9 = (_e6587 + (_e6589 * _e6591));
                let _e6596 = local_9;
                let _e6598 = local_5;
                let _e6599 = (_e6596 >= _e6598);
                if _e6599 {
                    pending = 10u;
                }
            }
            let _e6606 = pending;
            if (_e6606 == 0u) {
                let _e6610 = local_4;
                let _e6612 = local_9;
                let _e6627 = b[min((((_e6610 + (_e6612 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6627;
                let _e6630 = local_45;
                local_10 = _e6630;
                pending = 6u;
            }
            let _e6635 = pending;
            if (_e6635 == 28u) {
                pending = 0u;
            }
            let _e6641 = pending;
            if (_e6641 == 0u) {
                let _e6645 = local_10;
                let _e6647 = (_e6645 < 160u);
                if _e6647 {
                    pending = 25u;
                }
            }
            let _e6654 = pending;
            if (_e6654 == 0u) {
                let _e6658 = local_13;
                let _e6663 = ((_e6658 + 4294963200u) >> 2u);
                ta[_e6663] = bitcast<f32>(0u);
                let _e6670 = local_11;
                let _e6672 = local_1;
                let _e6673 = (_e6670 < _e6672);
                if _e6673 {
                    pending = 26u;
                }
            }
            let _e6680 = pending;
            if (_e6680 == 27u) {
                pending = 0u;
            }
            let _e6686 = pending;
            if (_e6686 == 0u) {
                local_21 = 0f;
                let _e6692 = local_43;
                local_10 = _e6692;
                pending = 6u;
            }
            let _e6697 = pending;
            if (_e6697 == 26u) {
                pending = 0u;
            }
            let _e6703 = pending;
            if (_e6703 == 0u) {
                let _e6707 = local_19;
                let _e6709 = local_11;
                let _e6711 = local_1;
                local_9 = (_e6707 + (_e6709 * _e6711));
                let _e6716 = local_9;
                let _e6718 = local_5;
                let _e6719 = (_e6716 >= _e6718);
                if _e6719 {
                    pending = 10u;
                }
            }
            let _e6726 = pending;
            if (_e6726 == 0u) {
                let _e6730 = local_4;
                let _e6732 = local_9;
                let _e6747 = b[min((((_e6730 + (_e6732 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6747;
                let _e6750 = local_43;
                local_10 = _e6750;
                pending = 6u;
            }
            let _e6755 = pending;
            if (_e6755 == 25u) {
                pending = 0u;
            }
            let _e6761 = pending;
            if (_e6761 == 0u) {
                let _e6765 = local_10;
                let _e6767 = (_e6765 > 143u);
                if _e6767 {
                    pending = 16u;
                }
            }
            let _e6774 = pending;
            if (_e6774 == 0u) {
                let _e6778 = local_10;
                let _e6780 = (_e6778 < 128u);
                if _e6780 {
                    pending = 22u;
                }
            }
            let _e6787 = pending;
            if (_e6787 == 0u) {
                let _e6791 = local_13;
                let _e6796 = ((_e6791 + 4294963200u) >> 2u);
                ta[_e6796] = bitcast<f32>(0u);
                let _e6803 = local_11;
                let _e6805 = local_1;
                let _e6806 = (_e6803 < _e6805);
                if _e6806 {
                    pending = 23u;
                }
            }
            let _e6813 = pending;
            if (_e6813 == 24u) {
                pending = 0u;
            }
            let _e6819 = pending;
            if (_e6819 == 0u) {
                local_21 = 0f;
                let _e6825 = local_40;
                local_10 = _e6825;
                pending = 6u;
            }
            let _e6830 = pending;
            if (_e6830 == 23u) {
                pending = 0u;
            }
            let _e6836 = pending;
            if (_e6836 == 0u) {
                let _e6840 = local_11;
                let _e6842 = local_1;
                let _e6845 = local_19;
                local_9 = ((_e6840 * _e6842) + _e6845);
                let _e6849 = local_9;
                let _e6851 = local_5;
                let _e6852 = (_e6849 >= _e6851);
                if _e6852 {
                    pending = 10u;
                }
            }
            let _e6859 = pending;
            if (_e6859 == 0u) {
                let _e6863 = local_4;
                let _e6865 = local_9;
                let _e6880 = b[min((((_e6863 + (_e6865 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6880;
                let _e6883 = local_40;
                local_10 = _e6883;
                pending = 6u;
            }
            let _e6888 = pending;
            if (_e6888 == 22u) {
                pending = 0u;
            }
            let _e6894 = pending;
            if (_e6894 == 0u) {
                let _e6898 = local_10;
                let _e6900 = (_e6898 < 112u);
                if !(_e6900) {
                    let _e6906 = local_13;
                    let _e6911 = ((_e6906 + 4294963200u) >> 2u);
                    ta[_e6911] = bitcast<f32>(0u);
                    let _e6918 = local_11;
                    let _e6920 = local_1;
                    let _e6921 = (_e6918 >= _e6920);
                    if _e6921 {
                        pending = 7u;
                    }
                    let _e6928 = pending;
                    if (_e6928 == 0u) {
                        let _e6932 = local_11;
                        let _e6934 = local_1;
                        let _e6937 = local_19;
                        local_9 = ((_e6932 * _e6934) + _e6937);
                        let _e6941 = local_9;
                        let _e6943 = local_5;
                        let _e6944 = (_e6941 >= _e6943);
                        if _e6944 {
                            pending = 10u;
                        }
                    }
                    let _e6951 = pending;
                    if (_e6951 == 0u) {
                        let _e6955 = local_4;
                        let _e6957 = local_9;
                        let _e6972 = b[min((((_e6955 + (_e6957 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                        local_21 = _e6972;
                        let _e6975 = local_38;
                        local_10 = _e6975;
                        pending = 6u;
                    }
                }
            }
            let _e6980 = pending;
            if (_e6980 == 0u) {
                let _e6984 = local_10;
                let _e6986 = (_e6984 < 96u);
                if _e6986 {
                    pending = 19u;
                }
            }
            let _e6993 = pending;
            if (_e6993 == 0u) {
                let _e6997 = local_13;
                let _e7002 = ((_e6997 + 4294963200u) >> 2u);
                ta[_e7002] = bitcast<f32>(0u);
                let _e7009 = local_11;
                let _e7011 = local_1;
                let _e7012 = (_e7009 < _e7011);
                if _e7012 {
                    pending = 20u;
                }
            }
            let _e7019 = pending;
            if (_e7019 == 21u) {
                pending = 0u;
            }
            let _e7025 = pending;
            if (_e7025 == 0u) {
                local_21 = 0f;
                let _e7031 = local_36;
                local_10 = _e7031;
                pending = 6u;
            }
            let _e7036 = pending;
            if (_e7036 == 20u) {
                pending = 0u;
            }
            let _e7042 = pending;
            if (_e7042 == 0u) {
                let _e7046 = local_11;
                let _e7048 = local_1;
                let _e7051 = local_19;
                local_9 = ((_e7046 * _e7048) + _e7051);
                let _e7055 = local_9;
                let _e7057 = local_5;
                let _e7058 = (_e7055 >= _e7057);
                if _e7058 {
                    pending = 10u;
                }
            }
            let _e7065 = pending;
            if (_e7065 == 0u) {
                let _e7069 = local_4;
                let _e7071 = local_9;
                let _e7086 = b[min((((_e7069 + (_e7071 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e7086;
                let _e7089 = local_36;
                local_10 = _e7089;
                pending = 6u;
            }
            let _e7094 = pending;
            if (_e7094 == 19u) {
                pending = 0u;
            }
            let _e7100 = pending;
            if (_e7100 == 0u) {
                let _e7104 = local_10;
                let _e7106 = (_e7104 > 79u);
                if !(_e7106) {
                    let _e7112 = local_1;
                    local_40 = (_e7112 << 6u);
                    let _e7118 = local_1;
                    local_38 = (_e7118 << 4u);
                    let _e7124 = local_4;
                    let _e7126 = local_14;
                    let _e7128 = local_1;
                    let _e7130 = local_11;
                    let _e7134 = local_18;
                    local_9 = ((_e7126 + (_e7128 * _e7130)) + _e7134);
                    let _e7138 = local_9;
                    local_23 = (_e7124 + (_e7138 << 2u));
                    local_21 = 0f;
                    let _e7147 = local_10;
                    local_14 = select(0u, 1u, (_e7147 > 63u));
                    let _e7155 = local_10;
                    local_3 = select(0u, 1u, (_e7155 > 47u));
                    let _e7163 = local_10;
                    local_22 = select(0u, 1u, (_e7163 > 31u));
                    let _e7171 = local_10;
                    local_10 = select(0u, 1u, (_e7171 > 15u));
                    loop {
                        let _e7179 = local_13;
                        let _e7184 = ((_e7179 + 4294963200u) >> 2u);
                        ta[_e7184] = bitcast<f32>(0u);
                        local_55 = 0f;
                        let _e7193 = local_11;
                        let _e7195 = local_1;
                        let _e7196 = (_e7193 >= _e7195);
                        if !(_e7196) {
                            let _e7202 = local_9;
                            let _e7204 = local_5;
                            let _e7205 = (_e7202 >= _e7204);
                            if _e7205 {
                                pending = 10u;
                                break;
                            }
                            let _e7212 = local_23;
                            let _e7223 = b[min(((_e7212 + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                            local_55 = _e7223;
                        }
                        let _e7226 = local_15;
                        let _e7228 = local_55;
                        let _e7232 = ((_e7226 + 4294963200u) >> 2u);
                        tb[_e7232] = _e7228;
                        workgroupBarrier();
                        let _e7238 = local_8;
                        let _e7242 = ((_e7238 + 4294963248u) >> 2u);
                        let _e7247 = ta[_e7242];
                        local_55 = _e7247;
                        let _e7250 = local_35;
                        let _e7254 = ((_e7250 + 4294963200u) >> 2u);
                        let _e7259 = tb[_e7254];
                        local_56 = _e7259;
                        let _e7262 = local_8;
                        let _e7266 = ((_e7262 + 4294963244u) >> 2u);
                        let _e7271 = ta[_e7266];
                        local_57 = _e7271;
                        let _e7274 = local_37;
                        let _e7278 = ((_e7274 + 4294963200u) >> 2u);
                        let _e7283 = tb[_e7278];
                        local_58 = _e7283;
                        let _e7286 = local_8;
                        let _e7290 = ((_e7286 + 4294963240u) >> 2u);
                        let _e7295 = ta[_e7290];
                        local_59 = _e7295;
                        let _e7298 = local_39;
                        let _e7302 = ((_e7298 + 4294963200u) >> 2u);
                        let _e7307 = tb[_e7302];
                        local_60 = _e7307;
                        let _e7310 = local_8;
                        let _e7314 = ((_e7310 + 4294963236u) >> 2u);
                        let _e7319 = ta[_e7314];
                        local_61 = _e7319;
                        let _e7322 = local_41;
                        let _e7326 = ((_e7322 + 4294963200u) >> 2u);
                        let _e7331 = tb[_e7326];
                        local_62 = _e7331;
                        let _e7334 = local_8;
                        let _e7338 = ((_e7334 + 4294963232u) >> 2u);
                        let _e7343 = ta[_e7338];
                        local_63 = _e7343;
                        let _e7346 = local_17;
                        let _e7350 = ((_e7346 + 4294963200u) >> 2u);
                        let _e7355 = tb[_e7350];
                        local_64 = _e7355;
                        let _e7358 = local_8;
                        let _e7362 = ((_e7358 + 4294963228u) >> 2u);
                        let _e7367 = ta[_e7362];
                        local_65 = _e7367;
                        let _e7370 = local_44;
                        let _e7374 = ((_e7370 + 4294963200u) >> 2u);
                        let _e7379 = tb[_e7374];
                        local_66 = _e7379;
                        let _e7382 = local_8;
                        let _e7386 = ((_e7382 + 4294963224u) >> 2u);
                        let _e7391 = ta[_e7386];
                        local_67 = _e7391;
                        let _e7394 = local_46;
                        let _e7398 = ((_e7394 + 4294963200u) >> 2u);
                        let _e7403 = tb[_e7398];
                        local_68 = _e7403;
                        let _e7406 = local_8;
                        let _e7410 = ((_e7406 + 4294963220u) >> 2u);
                        let _e7415 = ta[_e7410];
                        local_69 = _e7415;
                        let _e7418 = local_48;
                        let _e7422 = ((_e7418 + 4294963200u) >> 2u);
                        let _e7427 = tb[_e7422];
                        local_70 = _e7427;
                        let _e7430 = local_8;
                        let _e7434 = ((_e7430 + 4294963216u) >> 2u);
                        let _e7439 = ta[_e7434];
                        local_71 = _e7439;
                        let _e7442 = local_50;
                        let _e7446 = ((_e7442 + 4294963200u) >> 2u);
                        let _e7451 = tb[_e7446];
                        local_72 = _e7451;
                        let _e7454 = local_8;
                        let _e7458 = ((_e7454 + 4294963212u) >> 2u);
                        let _e7463 = ta[_e7458];
                        local_73 = _e7463;
                        let _e7466 = local_52;
                        let _e7470 = ((_e7466 + 4294963200u) >> 2u);
                        let _e7475 = tb[_e7470];
                        local_74 = _e7475;
                        let _e7478 = local_8;
                        let _e7482 = ((_e7478 + 4294963208u) >> 2u);
                        let _e7487 = ta[_e7482];
                        local_75 = _e7487;
                        let _e7490 = local_54;
                        let _e7494 = ((_e7490 + 4294963200u) >> 2u);
                        let _e7499 = tb[_e7494];
                        local_76 = _e7499;
                        let _e7502 = local_8;
                        let _e7506 = ((_e7502 + 4294963204u) >> 2u);
                        let _e7511 = ta[_e7506];
                        local_77 = _e7511;
                        let _e7514 = local_16;
                        let _e7518 = ((_e7514 + 4294963200u) >> 2u);
                        let _e7523 = tb[_e7518];
                        local_78 = _e7523;
                        let _e7526 = local_8;
                        let _e7530 = ((_e7526 + 4294963200u) >> 2u);
                        let _e7535 = ta[_e7530];
                        local_79 = _e7535;
                        let _e7538 = local;
                        let _e7540 = local_32;
                        stack[min(((_e7538 + 4293918760u) >> 2u), 7u)] = _e7540;
                        let _e7550 = local;
                        stack[min(((_e7550 + 4293918764u) >> 2u), 7u)] = 256u;
                        let _e7561 = local_14;
                        if (_e7561 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7567 = local_8;
                        let _e7571 = ((_e7567 + 4294963252u) >> 2u);
                        let _e7576 = ta[_e7571];
                        local_80 = _e7576;
                        let _e7579 = local_33;
                        let _e7583 = ((_e7579 + 4294963200u) >> 2u);
                        let _e7588 = tb[_e7583];
                        local_81 = _e7588;
                        let _e7591 = local;
                        let _e7593 = local_30;
                        stack[min(((_e7591 + 4293918760u) >> 2u), 7u)] = _e7593;
                        let _e7603 = local;
                        stack[min(((_e7603 + 4293918764u) >> 2u), 7u)] = 256u;
                        let _e7614 = local_3;
                        if (_e7614 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7620 = local_8;
                        let _e7624 = ((_e7620 + 4294963256u) >> 2u);
                        let _e7629 = ta[_e7624];
                        local_82 = _e7629;
                        let _e7632 = local_31;
                        let _e7636 = ((_e7632 + 4294963200u) >> 2u);
                        let _e7641 = tb[_e7636];
                        local_83 = _e7641;
                        let _e7644 = local;
                        let _e7646 = local_28;
                        stack[min(((_e7644 + 4293918760u) >> 2u), 7u)] = _e7646;
                        let _e7656 = local;
                        stack[min(((_e7656 + 4293918764u) >> 2u), 7u)] = 256u;
                        let _e7667 = local_22;
                        if (_e7667 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7673 = local_8;
                        let _e7677 = ((_e7673 + 4294963260u) >> 2u);
                        let _e7682 = ta[_e7677];
                        local_84 = _e7682;
                        let _e7685 = local_29;
                        let _e7689 = ((_e7685 + 4294963200u) >> 2u);
                        let _e7694 = tb[_e7689];
                        local_85 = _e7694;
                        let _e7697 = local;
                        let _e7699 = local_26;
                        stack[min(((_e7697 + 4293918760u) >> 2u), 7u)] = _e7699;
                        let _e7709 = local;
                        stack[min(((_e7709 + 4293918764u) >> 2u), 7u)] = 256u;
                        let _e7720 = local_10;
                        if (_e7720 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7726 = local_21;
                        let _e7728 = local_79;
                        let _e7730 = local_78;
                        let _e7734 = local_77;
                        let _e7736 = local_76;
                        let _e7740 = local_75;
                        let _e7742 = local_74;
                        let _e7746 = local_73;
                        let _e7748 = local_72;
                        let _e7752 = local_71;
                        let _e7754 = local_70;
                        let _e7758 = local_69;
                        let _e7760 = local_68;
                        let _e7764 = local_67;
                        let _e7766 = local_66;
                        let _e7770 = local_65;
                        let _e7772 = local_64;
                        let _e7776 = local_63;
                        let _e7778 = local_62;
                        let _e7782 = local_61;
                        let _e7784 = local_60;
                        let _e7788 = local_59;
                        let _e7790 = local_58;
                        let _e7794 = local_57;
                        let _e7796 = local_56;
                        let _e7800 = local_55;
                        let _e7802 = local_81;
                        let _e7806 = local_80;
                        let _e7808 = local_83;
                        let _e7812 = local_82;
                        let _e7814 = local_85;
                        let _e7818 = local_84;
                        let _e7820 = local_27;
                        let _e7824 = ((_e7820 + 4294963200u) >> 2u);
                        let _e7829 = tb[_e7824];
                        local_21 = ((((((((((((((((_e7726 + (_e7728 * _e7730)) + (_e7734 * _e7736)) + (_e7740 * _e7742)) + (_e7746 * _e7748)) + (_e7752 * _e7754)) + (_e7758 * _e7760)) + (_e7764 * _e7766)) + (_e7770 * _e7772)) + (_e7776 * _e7778)) + (_e7782 * _e7784)) + (_e7788 * _e7790)) + (_e7794 * _e7796)) + (_e7800 * _e7802)) + (_e7806 * _e7808)) + (_e7812 * _e7814)) + (_e7818 * _e7829));
                        let _e7834 = local_11;
                        local_11 = (_e7834 + 16u);
                        let _e7839 = local_23;
                        let _e7841 = local_40;
                        local_23 = (_e7839 + _e7841);
                        let _e7845 = local_9;
                        let _e7847 = local_38;
                        local_9 = (_e7845 + _e7847);
                        workgroupBarrier();
                        let _e7851 = local_12;
                        local_12 = (_e7851 + 4294967295u);
                        let _e7856 = local_12;
                        let _e7858 = (_e7856 == 0u);
                        if _e7858 {
                            pending = 3u;
                            break;
                        }
                        continue;
                        break;
                    }
                }
            }
            let _e7865 = pending;
            if (_e7865 == 0u) {
                let _e7869 = local_13;
                let _e7874 = ((_e7869 + 4294963200u) >> 2u);
                ta[_e7874] = bitcast<f32>(0u);
                let _e7881 = local_11;
                let _e7883 = local_1;
                let _e7884 = (_e7881 < _e7883);
                if _e7884 {
                    pending = 17u;
                }
            }
            let _e7891 = pending;
            if (_e7891 == 18u) {
                pending = 0u;
            }
            let _e7897 = pending;
            if (_e7897 == 0u) {
                local_21 = 0f;
                let _e7903 = local_34;
                local_10 = _e7903;
                pending = 6u;
            }
            let _e7908 = pending;
            if (_e7908 == 17u) {
                pending = 0u;
            }
            let _e7914 = pending;
            if (_e7914 == 0u) {
                let _e7918 = local_11;
                let _e7920 = local_1;
                let _e7923 = local_19;
                local_9 = ((_e7918 * _e7920) + _e7923);
                let _e7927 = local_9;
                let _e7929 = local_5;
                let _e7930 = (_e7927 >= _e7929);
                if _e7930 {
                    pending = 10u;
                }
            }
            let _e7937 = pending;
            if (_e7937 == 0u) {
                let _e7941 = local_4;
                let _e7943 = local_9;
                let _e7958 = b[min((((_e7941 + (_e7943 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e7958;
                let _e7961 = local_34;
                local_10 = _e7961;
                pending = 6u;
            }
            let _e7966 = pending;
            if (_e7966 == 16u) {
                pending = 0u;
            }
            let _e7972 = pending;
            if (_e7972 == 0u) {
                let _e7976 = local_13;
                let _e7981 = ((_e7976 + 4294963200u) >> 2u);
                ta[_e7981] = bitcast<f32>(0u);
                let _e7988 = local_11;
                let _e7990 = local_1;
                let _e7991 = (_e7988 < _e7990);
                if _e7991 {
                    pending = 14u;
                }
            }
            let _e7998 = pending;
            if (_e7998 == 15u) {
                pending = 0u;
            }
            let _e8004 = pending;
            if (_e8004 == 0u) {
                local_21 = 0f;
                let _e8010 = local_42;
                local_10 = _e8010;
                pending = 6u;
            }
            let _e8015 = pending;
            if (_e8015 == 14u) {
                pending = 0u;
            }
        }
        let _e8021 = pending;
        if (_e8021 == 0u) {
            let _e8025 = local_19;
            let _e8027 = local_11;
            let _e8029 = local_1;
            local_9 = (_e8025 + (_e8027 * _e8029));
            let _e8034 = local_9;
            let _e8036 = local_5;
            let _e8037 = (_e8034 >= _e8036);
            if _e8037 {
                pending = 10u;
            }
        }
        let _e8044 = pending;
        if (_e8044 == 0u) {
            let _e8048 = local_4;
            let _e8050 = local_9;
            let _e8065 = b[min((((_e8048 + (_e8050 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
            local_21 = _e8065;
            let _e8068 = local_42;
            local_10 = _e8068;
            pending = 6u;
        }
        let _e8073 = pending;
        if (_e8073 == 11u) {
            pending = 0u;
        }
        let _e8079 = pending;
        if (_e8079 == 0u) {
            let _e8083 = local_24;
            let _e8085 = local_3;
            let _e8093 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e8093.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 39u);
                atomicStore((&status[8]), 55u);
                atomicStore((&status[9]), 13u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 1836343661u);
                atomicStore((&status[12]), 1915645045u);
                atomicStore((&status[13]), 115u);
                atomicStore((&status[50]), _e8083);
                atomicStore((&status[51]), _e8085);
            }
            return;
        }
        let _e8137 = pending;
        if (_e8137 == 10u) {
            pending = 0u;
        }
        let _e8143 = pending;
        if (_e8143 == 0u) {
            let _e8147 = local_9;
            let _e8149 = local_5;
            let _e8157 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
            if _e8157.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 40u);
                atomicStore((&status[8]), 55u);
                atomicStore((&status[9]), 13u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 1836343661u);
                atomicStore((&status[12]), 1915645045u);
                atomicStore((&status[13]), 115u);
                atomicStore((&status[50]), _e8147);
                atomicStore((&status[51]), _e8149);
            }
            return;
        }
        let _e8201 = pending;
        if (_e8201 == 9u) {
            pending = 0u;
        }
        let _e8207 = pending;
        if (_e8207 == 0u) {
            let _e8211 = local_13;
            let _e8216 = ((_e8211 + 4294963200u) >> 2u);
            ta[_e8216] = bitcast<f32>(0u);
            local_21 = 0f;
            let _e8225 = local_26;
            local_10 = _e8225;
            pending = 6u;
        }
        let _e8230 = pending;
        if (_e8230 == 8u) {
            pending = 0u;
        }
        let _e8236 = pending;
        if (_e8236 == 0u) {
            let _e8240 = local_13;
            let _e8245 = ((_e8240 + 4294963200u) >> 2u);
            ta[_e8245] = bitcast<f32>(0u);
        }
        let _e8252 = pending;
        if (_e8252 == 7u) {
            pending = 0u;
        }
        let _e8258 = pending;
        if (_e8258 == 0u) {
            local_21 = 0f;
            let _e8264 = local_38;
            local_10 = _e8264;
        }
        let _e8267 = pending;
        if (_e8267 == 6u) {
            pending = 0u;
        }
        let _e8273 = pending;
        if (_e8273 == 0u) {
            let _e8277 = local_15;
            let _e8279 = local_21;
            let _e8283 = ((_e8277 + 4294963200u) >> 2u);
            tb[_e8283] = _e8279;
            workgroupBarrier();
            let _e8289 = local;
            let _e8291 = local_10;
            stack[min(((_e8289 + 4293918760u) >> 2u), 7u)] = _e8291;
            let _e8301 = local;
            stack[min(((_e8301 + 4293918764u) >> 2u), 7u)] = 256u;
        }
        let _e8312 = pending;
        if (_e8312 == 5u) {
            pending = 0u;
        }
    }
    let _e8318 = pending;
    if (_e8318 == 0u) {
        let _e8322 = local;
        let _e8325 = vec2<u32>(1u, 0u);
        let _e8328 = vec2<u32>(32u, 0u);
        let _e8334 = (_e8328.x & 31u);
        let _e8338 = ((_e8328.x & 32u) != 0u);
        let _e8339 = (_e8325.x << _e8334);
        local_25 = vec2<u32>(select(_e8339, 0u, _e8338), select(((_e8325.y << _e8334) | ((_e8325.x >> 1u) >> (31u - _e8334))), _e8339, _e8338));
        let _e8353 = local_25;
        let _e8355 = local;
        let _e8360 = (_e8353 | vec2<u32>((_e8355 + 8u), 0u));
        let _e8364 = ((_e8322 + 4293918776u) >> 2u);
        stack[min(_e8364, 7u)] = _e8360.x;
        stack[min((_e8364 + 1u), 7u)] = _e8360.y;
        let _e8378 = local;
        let _e8380 = local_25;
        let _e8382 = local;
        let _e8387 = (_e8380 | vec2<u32>((_e8382 + 12u), 0u));
        let _e8391 = ((_e8378 + 4293918768u) >> 2u);
        stack[min(_e8391, 7u)] = _e8387.x;
        stack[min((_e8391 + 1u), 7u)] = _e8387.y;
        let _e8406 = local;
        let _e8416 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
        if _e8416.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 43u);
            atomicStore((&status[8]), 47u);
            atomicStore((&status[9]), 13u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1836343661u);
            atomicStore((&status[12]), 1915645045u);
            atomicStore((&status[13]), 115u);
        }
        return;
    }
    let _e8456 = pending;
    if (_e8456 == 3u) {
        pending = 0u;
    }
    let _e8462 = pending;
    if (_e8462 == 0u) {
        let _e8466 = local_19;
        let _e8468 = local_1;
        let _e8469 = (_e8466 >= _e8468);
        if !(_e8469) {
            let _e8475 = local_20;
            let _e8477 = local_1;
            let _e8478 = (_e8475 >= _e8477);
            if !(_e8478) {
                let _e8484 = local_20;
                let _e8486 = local_1;
                let _e8489 = local_19;
                local_8 = ((_e8484 * _e8486) + _e8489);
                let _e8493 = local_8;
                let _e8495 = local_7;
                let _e8496 = (_e8493 >= _e8495);
                if !(_e8496) {
                    let _e8502 = local_6;
                    let _e8504 = local_8;
                    let _e8510 = local_21;
                    c[min((((_e8502 + (_e8504 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))] = _e8510;
                    pending = 125u;
                }
                let _e8524 = pending;
                if (_e8524 == 0u) {
                    let _e8528 = local_8;
                    let _e8530 = local_7;
                    let _e8538 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
                    if _e8538.exchanged {
                        atomicStore((&status[1]), local_id.x);
                        atomicStore((&status[2]), local_id.y);
                        atomicStore((&status[3]), local_id.z);
                        atomicStore((&status[4]), workgroup_id.x);
                        atomicStore((&status[5]), workgroup_id.y);
                        atomicStore((&status[6]), workgroup_id.z);
                        atomicStore((&status[7]), 48u);
                        atomicStore((&status[8]), 9u);
                        atomicStore((&status[9]), 13u);
                        atomicStore((&status[10]), 795046515u);
                        atomicStore((&status[11]), 1836343661u);
                        atomicStore((&status[12]), 1915645045u);
                        atomicStore((&status[13]), 115u);
                        atomicStore((&status[50]), _e8528);
                        atomicStore((&status[51]), _e8530);
                    }
                    return;
                }
            }
        }
        let _e8582 = pending;
        if (_e8582 == 125u) {
            pending = 0u;
        }
        let _e8588 = local;
        stack_pointer = (_e8588 + 32u);
        return;
    }
    let _e8593 = pending;
    if (_e8593 == 2u) {
        pending = 0u;
    }
    let _e8599 = local_15;
    let _e8601 = local_21;
    let _e8605 = ((_e8599 + 4294963200u) >> 2u);
    tb[_e8605] = _e8601;
    workgroupBarrier();
    let _e8611 = local;
    let _e8613 = local_23;
    stack[min(((_e8611 + 4293918760u) >> 2u), 7u)] = _e8613;
    let _e8623 = local;
    stack[min(((_e8623 + 4293918764u) >> 2u), 7u)] = 256u;
    let _e8634 = local;
    let _e8637 = vec2<u32>(1u, 0u);
    let _e8640 = vec2<u32>(32u, 0u);
    let _e8646 = (_e8640.x & 31u);
    let _e8650 = ((_e8640.x & 32u) != 0u);
    let _e8651 = (_e8637.x << _e8646);
    local_25 = vec2<u32>(select(_e8651, 0u, _e8650), select(((_e8637.y << _e8646) | ((_e8637.x >> 1u) >> (31u - _e8646))), _e8651, _e8650));
    let _e8665 = local_25;
    let _e8667 = local;
    let _e8672 = (_e8665 | vec2<u32>((_e8667 + 8u), 0u));
    let _e8676 = ((_e8634 + 4293918776u) >> 2u);
    stack[min(_e8676, 7u)] = _e8672.x;
    stack[min((_e8676 + 1u), 7u)] = _e8672.y;
    let _e8690 = local;
    let _e8692 = local_25;
    let _e8694 = local;
    let _e8699 = (_e8692 | vec2<u32>((_e8694 + 12u), 0u));
    let _e8703 = ((_e8690 + 4293918768u) >> 2u);
    stack[min(_e8703, 7u)] = _e8699.x;
    stack[min((_e8703 + 1u), 7u)] = _e8699.y;
    let _e8718 = local;
    let _e8728 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
    if _e8728.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 43u);
        atomicStore((&status[8]), 23u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1836343661u);
        atomicStore((&status[12]), 1915645045u);
        atomicStore((&status[13]), 115u);
    }
    return;
}
