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
                stack[((_e352 + 4293918760u) >> 2u)] = _e354;
                let _e362 = local;
                stack[((_e362 + 4293918764u) >> 2u)] = 256u;
                let _e371 = local;
                let _e374 = vec2<u32>(1u, 0u);
                let _e377 = vec2<u32>(32u, 0u);
                let _e383 = (_e377.x & 31u);
                let _e387 = ((_e377.x & 32u) != 0u);
                let _e388 = (_e374.x << _e383);
                local_25 = vec2<u32>(select(_e388, 0u, _e387), select(((_e374.y << _e383) | ((_e374.x >> 1u) >> (31u - _e383))), _e388, _e387));
                let _e402 = local_25;
                let _e404 = local;
                let _e409 = (_e402 | vec2<u32>((_e404 + 8u), 0u));
                let _e413 = ((_e371 + 4293918776u) >> 2u);
                stack[_e413] = _e409.x;
                stack[(_e413 + 1u)] = _e409.y;
                let _e423 = local;
                let _e425 = local_25;
                let _e427 = local;
                let _e432 = (_e425 | vec2<u32>((_e427 + 12u), 0u));
                let _e436 = ((_e423 + 4293918768u) >> 2u);
                stack[_e436] = _e432.x;
                stack[(_e436 + 1u)] = _e432.y;
                let _e447 = local;
                let _e457 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                if _e457.exchanged {
                    atomicStore((&status[1]), local_id.x);
                    atomicStore((&status[2]), local_id.y);
                    atomicStore((&status[3]), local_id.z);
                    atomicStore((&status[4]), workgroup_id.x);
                    atomicStore((&status[5]), workgroup_id.y);
                    atomicStore((&status[6]), workgroup_id.z);
                    atomicStore((&status[7]), 272u);
                    atomicStore((&status[8]), 12u);
                    atomicStore((&status[9]), 10u);
                    atomicStore((&status[10]), 795046515u);
                    atomicStore((&status[11]), 778201452u);
                    atomicStore((&status[12]), 29554u);
                }
                return;
            }
        }
        let _e494 = pending;
        if (_e494 == 0u) {
            let _e498 = local_1;
            let _e503 = local_1;
            local_12 = ((_e498 >> 4u) + select(0u, 1u, ((_e503 & 15u) != 0u)));
            let _e514 = local_9;
            let _e516 = local_13;
            local_13 = (_e516 << 2u);
            let _e522 = local_13;
            local_15 = (_e514 + _e522);
            let _e526 = local_8;
            let _e528 = local_13;
            local_13 = (_e526 + _e528);
            let _e532 = local_9;
            let _e534 = local_10;
            local_16 = (_e532 + (_e534 << 2u));
            let _e541 = local_8;
            let _e543 = local_23;
            local_8 = (_e541 + (_e543 << 2u));
            let _e550 = local_9;
            let _e552 = local_10;
            local_26 = (_e552 + 240u);
            let _e557 = local_26;
            local_27 = (_e550 + (_e557 << 2u));
            let _e564 = local_9;
            let _e566 = local_10;
            local_28 = (_e566 + 224u);
            let _e571 = local_28;
            local_29 = (_e564 + (_e571 << 2u));
            let _e578 = local_9;
            let _e580 = local_10;
            local_30 = (_e580 + 208u);
            let _e585 = local_30;
            local_31 = (_e578 + (_e585 << 2u));
            let _e592 = local_9;
            let _e594 = local_10;
            local_32 = (_e594 + 192u);
            let _e599 = local_32;
            local_33 = (_e592 + (_e599 << 2u));
            let _e606 = local_9;
            let _e608 = local_10;
            local_34 = (_e608 + 176u);
            let _e613 = local_34;
            local_35 = (_e606 + (_e613 << 2u));
            let _e620 = local_9;
            let _e622 = local_10;
            local_36 = (_e622 + 160u);
            let _e627 = local_36;
            local_37 = (_e620 + (_e627 << 2u));
            let _e634 = local_9;
            let _e636 = local_10;
            local_38 = (_e636 + 144u);
            let _e641 = local_38;
            local_39 = (_e634 + (_e641 << 2u));
            let _e648 = local_9;
            let _e650 = local_10;
            local_40 = (_e650 + 128u);
            let _e655 = local_40;
            local_41 = (_e648 + (_e655 << 2u));
            let _e662 = local_9;
            let _e664 = local_10;
            local_42 = (_e664 + 112u);
            let _e669 = local_42;
            local_17 = (_e662 + (_e669 << 2u));
            let _e676 = local_9;
            let _e678 = local_10;
            local_43 = (_e678 + 96u);
            let _e683 = local_43;
            local_44 = (_e676 + (_e683 << 2u));
            let _e690 = local_9;
            let _e692 = local_10;
            local_45 = (_e692 + 80u);
            let _e697 = local_45;
            local_46 = (_e690 + (_e697 << 2u));
            let _e704 = local_9;
            let _e706 = local_10;
            local_47 = (_e706 + 64u);
            let _e711 = local_47;
            local_48 = (_e704 + (_e711 << 2u));
            let _e718 = local_9;
            let _e720 = local_10;
            local_49 = (_e720 + 48u);
            let _e725 = local_49;
            local_50 = (_e718 + (_e725 << 2u));
            let _e732 = local_9;
            let _e734 = local_10;
            local_51 = (_e734 + 32u);
            let _e739 = local_51;
            local_52 = (_e732 + (_e739 << 2u));
            let _e746 = local_9;
            let _e748 = local_10;
            local_53 = (_e748 + 16u);
            let _e753 = local_53;
            local_54 = (_e746 + (_e753 << 2u));
            let _e760 = local_19;
            let _e762 = local_1;
            let _e763 = (_e760 < _e762);
            if !(_e763) {
                let _e769 = local_20;
                let _e771 = local_1;
                let _e772 = (_e769 >= _e771);
                if !(_e772) {
                    let _e778 = local_23;
                    let _e780 = (_e778 < 256u);
                    if !(_e780) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e790 = local_10;
                        let _e792 = local_1;
                        let _e793 = (_e790 >= _e792);
                        if !(_e793) {
                            let _e799 = local_22;
                            let _e801 = local_10;
                            local_24 = (_e799 + _e801);
                            let _e805 = local_24;
                            let _e807 = local_3;
                            let _e808 = (_e805 >= _e807);
                            if _e808 {
                                pending = 11u;
                            }
                            let _e815 = pending;
                            if (_e815 == 0u) {
                                let _e819 = local_2;
                                let _e821 = local_24;
                                let _e832 = a[(((_e819 + (_e821 << 2u)) + 4294963200u) >> 2u)];
                                local_55 = _e832;
                            }
                        }
                        let _e835 = pending;
                        if (_e835 == 0u) {
                            let _e839 = local_13;
                            let _e841 = local_55;
                            ta[((_e839 + 4294963200u) >> 2u)] = _e841;
                            pending = 2u;
                        }
                    }
                    let _e851 = pending;
                    if (_e851 == 0u) {
                        let _e855 = local_10;
                        let _e857 = (_e855 < 256u);
                        if !(_e857) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e867 = local_10;
                            let _e869 = local_1;
                            let _e870 = (_e867 >= _e869);
                            if !(_e870) {
                                let _e876 = local_22;
                                let _e878 = local_10;
                                local_24 = (_e876 + _e878);
                                let _e882 = local_24;
                                let _e884 = local_3;
                                let _e885 = (_e882 >= _e884);
                                if _e885 {
                                    pending = 11u;
                                }
                                let _e892 = pending;
                                if (_e892 == 0u) {
                                    let _e896 = local_2;
                                    let _e898 = local_24;
                                    let _e909 = a[(((_e896 + (_e898 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e909;
                                }
                            }
                            let _e912 = pending;
                            if (_e912 == 0u) {
                                let _e916 = local_13;
                                let _e918 = local_55;
                                ta[((_e916 + 4294963200u) >> 2u)] = _e918;
                                pending = 6u;
                            }
                        }
                    }
                    let _e928 = pending;
                    if (_e928 == 0u) {
                        let _e932 = local_10;
                        let _e934 = (_e932 < 240u);
                        if !(_e934) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e944 = local_10;
                            let _e946 = local_1;
                            let _e947 = (_e944 >= _e946);
                            if !(_e947) {
                                let _e953 = local_22;
                                let _e955 = local_10;
                                local_24 = (_e953 + _e955);
                                let _e959 = local_24;
                                let _e961 = local_3;
                                let _e962 = (_e959 >= _e961);
                                if _e962 {
                                    pending = 11u;
                                }
                                let _e969 = pending;
                                if (_e969 == 0u) {
                                    let _e973 = local_2;
                                    let _e975 = local_24;
                                    let _e986 = a[(((_e973 + (_e975 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e986;
                                }
                            }
                            let _e989 = pending;
                            if (_e989 == 0u) {
                                let _e993 = local_13;
                                let _e995 = local_55;
                                ta[((_e993 + 4294963200u) >> 2u)] = _e995;
                                let _e1003 = local_53;
                                local_10 = _e1003;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1008 = pending;
                    if (_e1008 == 0u) {
                        let _e1012 = local_10;
                        let _e1014 = (_e1012 < 224u);
                        if !(_e1014) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1024 = local_10;
                            let _e1026 = local_1;
                            let _e1027 = (_e1024 >= _e1026);
                            if !(_e1027) {
                                let _e1033 = local_22;
                                let _e1035 = local_10;
                                local_24 = (_e1033 + _e1035);
                                let _e1039 = local_24;
                                let _e1041 = local_3;
                                let _e1042 = (_e1039 >= _e1041);
                                if _e1042 {
                                    pending = 11u;
                                }
                                let _e1049 = pending;
                                if (_e1049 == 0u) {
                                    let _e1053 = local_2;
                                    let _e1055 = local_24;
                                    let _e1066 = a[(((_e1053 + (_e1055 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e1066;
                                }
                            }
                            let _e1069 = pending;
                            if (_e1069 == 0u) {
                                let _e1073 = local_13;
                                let _e1075 = local_55;
                                ta[((_e1073 + 4294963200u) >> 2u)] = _e1075;
                                let _e1083 = local_51;
                                local_10 = _e1083;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1088 = pending;
                    if (_e1088 == 0u) {
                        let _e1092 = local_10;
                        let _e1094 = (_e1092 < 208u);
                        if !(_e1094) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1104 = local_10;
                            let _e1106 = local_1;
                            let _e1107 = (_e1104 >= _e1106);
                            if !(_e1107) {
                                let _e1113 = local_22;
                                let _e1115 = local_10;
                                local_24 = (_e1113 + _e1115);
                                let _e1119 = local_24;
                                let _e1121 = local_3;
                                let _e1122 = (_e1119 >= _e1121);
                                if _e1122 {
                                    pending = 11u;
                                }
                                let _e1129 = pending;
                                if (_e1129 == 0u) {
                                    let _e1133 = local_2;
                                    let _e1135 = local_24;
                                    let _e1146 = a[(((_e1133 + (_e1135 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e1146;
                                }
                            }
                            let _e1149 = pending;
                            if (_e1149 == 0u) {
                                let _e1153 = local_13;
                                let _e1155 = local_55;
                                ta[((_e1153 + 4294963200u) >> 2u)] = _e1155;
                                let _e1163 = local_49;
                                local_10 = _e1163;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1168 = pending;
                    if (_e1168 == 0u) {
                        let _e1172 = local_10;
                        let _e1174 = (_e1172 < 192u);
                        if !(_e1174) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1184 = local_10;
                            let _e1186 = local_1;
                            let _e1187 = (_e1184 >= _e1186);
                            if !(_e1187) {
                                let _e1193 = local_22;
                                let _e1195 = local_10;
                                local_24 = (_e1193 + _e1195);
                                let _e1199 = local_24;
                                let _e1201 = local_3;
                                let _e1202 = (_e1199 >= _e1201);
                                if _e1202 {
                                    pending = 11u;
                                }
                                let _e1209 = pending;
                                if (_e1209 == 0u) {
                                    let _e1213 = local_2;
                                    let _e1215 = local_24;
                                    let _e1226 = a[(((_e1213 + (_e1215 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e1226;
                                }
                            }
                            let _e1229 = pending;
                            if (_e1229 == 0u) {
                                let _e1233 = local_13;
                                let _e1235 = local_55;
                                ta[((_e1233 + 4294963200u) >> 2u)] = _e1235;
                                let _e1243 = local_47;
                                local_10 = _e1243;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1248 = pending;
                    if (_e1248 == 0u) {
                        let _e1252 = local_10;
                        let _e1254 = (_e1252 < 176u);
                        if !(_e1254) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1264 = local_10;
                            let _e1266 = local_1;
                            let _e1267 = (_e1264 >= _e1266);
                            if !(_e1267) {
                                let _e1273 = local_22;
                                let _e1275 = local_10;
                                local_24 = (_e1273 + _e1275);
                                let _e1279 = local_24;
                                let _e1281 = local_3;
                                let _e1282 = (_e1279 >= _e1281);
                                if _e1282 {
                                    pending = 11u;
                                }
                                let _e1289 = pending;
                                if (_e1289 == 0u) {
                                    let _e1293 = local_2;
                                    let _e1295 = local_24;
                                    let _e1306 = a[(((_e1293 + (_e1295 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e1306;
                                }
                            }
                            let _e1309 = pending;
                            if (_e1309 == 0u) {
                                let _e1313 = local_13;
                                let _e1315 = local_55;
                                ta[((_e1313 + 4294963200u) >> 2u)] = _e1315;
                                let _e1323 = local_45;
                                local_10 = _e1323;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1328 = pending;
                    if (_e1328 == 0u) {
                        let _e1332 = local_10;
                        let _e1334 = (_e1332 < 160u);
                        if !(_e1334) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1344 = local_10;
                            let _e1346 = local_1;
                            let _e1347 = (_e1344 >= _e1346);
                            if !(_e1347) {
                                let _e1353 = local_22;
                                let _e1355 = local_10;
                                local_24 = (_e1353 + _e1355);
                                let _e1359 = local_24;
                                let _e1361 = local_3;
                                let _e1362 = (_e1359 >= _e1361);
                                if _e1362 {
                                    pending = 11u;
                                }
                                let _e1369 = pending;
                                if (_e1369 == 0u) {
                                    let _e1373 = local_2;
                                    let _e1375 = local_24;
                                    let _e1386 = a[(((_e1373 + (_e1375 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e1386;
                                }
                            }
                            let _e1389 = pending;
                            if (_e1389 == 0u) {
                                let _e1393 = local_13;
                                let _e1395 = local_55;
                                ta[((_e1393 + 4294963200u) >> 2u)] = _e1395;
                                let _e1403 = local_43;
                                local_10 = _e1403;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1408 = pending;
                    if (_e1408 == 0u) {
                        let _e1412 = local_10;
                        let _e1414 = (_e1412 > 143u);
                        if !(_e1414) {
                            let _e1420 = local_10;
                            let _e1422 = (_e1420 < 128u);
                            if !(_e1422) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e1432 = local_10;
                                let _e1434 = local_1;
                                let _e1435 = (_e1432 >= _e1434);
                                if !(_e1435) {
                                    let _e1441 = local_10;
                                    let _e1443 = local_22;
                                    local_24 = (_e1441 + _e1443);
                                    let _e1447 = local_24;
                                    let _e1449 = local_3;
                                    let _e1450 = (_e1447 >= _e1449);
                                    if _e1450 {
                                        pending = 11u;
                                    }
                                    let _e1457 = pending;
                                    if (_e1457 == 0u) {
                                        let _e1461 = local_2;
                                        let _e1463 = local_24;
                                        let _e1474 = a[(((_e1461 + (_e1463 << 2u)) + 4294963200u) >> 2u)];
                                        local_55 = _e1474;
                                    }
                                }
                                let _e1477 = pending;
                                if (_e1477 == 0u) {
                                    let _e1481 = local_13;
                                    let _e1483 = local_55;
                                    ta[((_e1481 + 4294963200u) >> 2u)] = _e1483;
                                    let _e1491 = local_40;
                                    local_10 = _e1491;
                                    pending = 6u;
                                }
                            }
                            let _e1496 = pending;
                            if (_e1496 == 0u) {
                                let _e1500 = local_10;
                                let _e1502 = (_e1500 < 112u);
                                if !(_e1502) {
                                    local_21 = 0f;
                                    local_55 = 0f;
                                    let _e1512 = local_10;
                                    let _e1514 = local_1;
                                    let _e1515 = (_e1512 >= _e1514);
                                    if _e1515 {
                                        pending = 65u;
                                    }
                                    let _e1522 = pending;
                                    if (_e1522 == 0u) {
                                        let _e1526 = local_10;
                                        let _e1528 = local_22;
                                        local_24 = (_e1526 + _e1528);
                                        let _e1532 = local_24;
                                        let _e1534 = local_3;
                                        let _e1535 = (_e1532 >= _e1534);
                                        if _e1535 {
                                            pending = 11u;
                                        }
                                    }
                                    let _e1542 = pending;
                                    if (_e1542 == 0u) {
                                        let _e1546 = local_2;
                                        let _e1548 = local_24;
                                        let _e1559 = a[(((_e1546 + (_e1548 << 2u)) + 4294963200u) >> 2u)];
                                        local_55 = _e1559;
                                    }
                                    let _e1562 = pending;
                                    if (_e1562 == 65u) {
                                        pending = 0u;
                                    }
                                    let _e1568 = pending;
                                    if (_e1568 == 0u) {
                                        let _e1572 = local_13;
                                        let _e1574 = local_55;
                                        ta[((_e1572 + 4294963200u) >> 2u)] = _e1574;
                                        let _e1582 = local_38;
                                        local_10 = _e1582;
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e1587 = pending;
                            if (_e1587 == 0u) {
                                let _e1591 = local_10;
                                let _e1593 = (_e1591 < 96u);
                                if !(_e1593) {
                                    local_21 = 0f;
                                    local_55 = 0f;
                                    let _e1603 = local_10;
                                    let _e1605 = local_1;
                                    let _e1606 = (_e1603 >= _e1605);
                                    if _e1606 {
                                        pending = 67u;
                                    }
                                    let _e1613 = pending;
                                    if (_e1613 == 0u) {
                                        let _e1617 = local_10;
                                        let _e1619 = local_22;
                                        local_24 = (_e1617 + _e1619);
                                        let _e1623 = local_24;
                                        let _e1625 = local_3;
                                        let _e1626 = (_e1623 >= _e1625);
                                        if _e1626 {
                                            pending = 11u;
                                        }
                                    }
                                    let _e1633 = pending;
                                    if (_e1633 == 0u) {
                                        let _e1637 = local_2;
                                        let _e1639 = local_24;
                                        let _e1650 = a[(((_e1637 + (_e1639 << 2u)) + 4294963200u) >> 2u)];
                                        local_55 = _e1650;
                                    }
                                    let _e1653 = pending;
                                    if (_e1653 == 67u) {
                                        pending = 0u;
                                    }
                                    let _e1659 = pending;
                                    if (_e1659 == 0u) {
                                        let _e1663 = local_13;
                                        let _e1665 = local_55;
                                        ta[((_e1663 + 4294963200u) >> 2u)] = _e1665;
                                        let _e1673 = local_36;
                                        local_10 = _e1673;
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e1678 = pending;
                            if (_e1678 == 0u) {
                                let _e1682 = local_10;
                                let _e1684 = (_e1682 > 79u);
                                if !(_e1684) {
                                    let _e1690 = local_2;
                                    let _e1692 = local_10;
                                    let _e1694 = local_22;
                                    local_11 = (_e1690 + ((_e1692 + _e1694) << 2u));
                                    local_21 = 0f;
                                    let _e1704 = local_10;
                                    local_9 = select(0u, 1u, (_e1704 > 63u));
                                    let _e1712 = local_10;
                                    local_23 = select(0u, 1u, (_e1712 > 47u));
                                    let _e1720 = local_10;
                                    local_14 = select(0u, 1u, (_e1720 > 31u));
                                    let _e1728 = local_10;
                                    local_5 = select(0u, 1u, (_e1728 > 15u));
                                    loop {
                                        local_55 = 0f;
                                        let _e1738 = local_10;
                                        let _e1740 = local_1;
                                        let _e1741 = (_e1738 >= _e1740);
                                        if _e1741 {
                                            pending = 70u;
                                        }
                                        let _e1748 = pending;
                                        if (_e1748 == 0u) {
                                            let _e1752 = local_22;
                                            let _e1754 = local_10;
                                            local_24 = (_e1752 + _e1754);
                                            let _e1758 = local_24;
                                            let _e1760 = local_3;
                                            let _e1761 = (_e1758 >= _e1760);
                                            if _e1761 {
                                                pending = 11u;
                                                break;
                                            }
                                            let _e1768 = local_11;
                                            let _e1775 = a[((_e1768 + 4294963200u) >> 2u)];
                                            local_55 = _e1775;
                                        }
                                        let _e1778 = pending;
                                        if (_e1778 == 70u) {
                                            pending = 0u;
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
                                }
                            }
                            let _e2341 = pending;
                            if (_e2341 == 0u) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e2349 = local_10;
                                let _e2351 = local_1;
                                let _e2352 = (_e2349 >= _e2351);
                                if !(_e2352) {
                                    let _e2358 = local_10;
                                    let _e2360 = local_22;
                                    local_24 = (_e2358 + _e2360);
                                    let _e2364 = local_24;
                                    let _e2366 = local_3;
                                    let _e2367 = (_e2364 >= _e2366);
                                    if _e2367 {
                                        pending = 11u;
                                    }
                                    let _e2374 = pending;
                                    if (_e2374 == 0u) {
                                        let _e2378 = local_2;
                                        let _e2380 = local_24;
                                        let _e2391 = a[(((_e2378 + (_e2380 << 2u)) + 4294963200u) >> 2u)];
                                        local_55 = _e2391;
                                    }
                                }
                            }
                            let _e2394 = pending;
                            if (_e2394 == 0u) {
                                let _e2398 = local_13;
                                let _e2400 = local_55;
                                ta[((_e2398 + 4294963200u) >> 2u)] = _e2400;
                                let _e2408 = local_34;
                                local_10 = _e2408;
                                pending = 6u;
                            }
                        }
                    }
                    let _e2413 = pending;
                    if (_e2413 == 0u) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e2421 = local_10;
                        let _e2423 = local_1;
                        let _e2424 = (_e2421 >= _e2423);
                        if !(_e2424) {
                            let _e2430 = local_22;
                            let _e2432 = local_10;
                            local_24 = (_e2430 + _e2432);
                            let _e2436 = local_24;
                            let _e2438 = local_3;
                            let _e2439 = (_e2436 >= _e2438);
                            if _e2439 {
                                pending = 11u;
                            }
                            let _e2446 = pending;
                            if (_e2446 == 0u) {
                                let _e2450 = local_2;
                                let _e2452 = local_24;
                                let _e2463 = a[(((_e2450 + (_e2452 << 2u)) + 4294963200u) >> 2u)];
                                local_55 = _e2463;
                            }
                        }
                    }
                    let _e2466 = pending;
                    if (_e2466 == 0u) {
                        let _e2470 = local_13;
                        let _e2472 = local_55;
                        ta[((_e2470 + 4294963200u) >> 2u)] = _e2472;
                        let _e2480 = local_42;
                        local_10 = _e2480;
                        pending = 6u;
                    }
                }
                let _e2485 = pending;
                if (_e2485 == 0u) {
                    let _e2489 = local_23;
                    let _e2491 = (_e2489 < 256u);
                    if !(_e2491) {
                        let _e2497 = local_13;
                        ta[((_e2497 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        local_21 = 0f;
                        pending = 2u;
                    }
                }
                let _e2511 = pending;
                if (_e2511 == 0u) {
                    let _e2515 = local_10;
                    let _e2517 = (_e2515 < 256u);
                    if !(_e2517) {
                        let _e2523 = local_13;
                        ta[((_e2523 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        local_21 = 0f;
                        pending = 6u;
                    }
                }
                let _e2537 = pending;
                if (_e2537 == 0u) {
                    let _e2541 = local_10;
                    let _e2543 = (_e2541 < 240u);
                    if !(_e2543) {
                        let _e2549 = local_13;
                        ta[((_e2549 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 42u;
                    }
                }
                let _e2561 = pending;
                if (_e2561 == 0u) {
                    let _e2565 = local_10;
                    let _e2567 = (_e2565 < 224u);
                    if !(_e2567) {
                        let _e2573 = local_13;
                        ta[((_e2573 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 39u;
                    }
                }
                let _e2585 = pending;
                if (_e2585 == 0u) {
                    let _e2589 = local_10;
                    let _e2591 = (_e2589 < 208u);
                    if !(_e2591) {
                        let _e2597 = local_13;
                        ta[((_e2597 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 36u;
                    }
                }
                let _e2609 = pending;
                if (_e2609 == 0u) {
                    let _e2613 = local_10;
                    let _e2615 = (_e2613 < 192u);
                    if !(_e2615) {
                        let _e2621 = local_13;
                        ta[((_e2621 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 33u;
                    }
                }
                let _e2633 = pending;
                if (_e2633 == 0u) {
                    let _e2637 = local_10;
                    let _e2639 = (_e2637 < 176u);
                    if !(_e2639) {
                        let _e2645 = local_13;
                        ta[((_e2645 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 30u;
                    }
                }
                let _e2657 = pending;
                if (_e2657 == 0u) {
                    let _e2661 = local_10;
                    let _e2663 = (_e2661 < 160u);
                    if !(_e2663) {
                        let _e2669 = local_13;
                        ta[((_e2669 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 27u;
                    }
                }
                let _e2681 = pending;
                if (_e2681 == 0u) {
                    let _e2685 = local_10;
                    let _e2687 = (_e2685 < 144u);
                    if !(_e2687) {
                        let _e2693 = local_13;
                        ta[((_e2693 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 15u;
                    }
                }
                let _e2705 = pending;
                if (_e2705 == 0u) {
                    let _e2709 = local_10;
                    let _e2711 = (_e2709 < 128u);
                    if !(_e2711) {
                        let _e2717 = local_13;
                        ta[((_e2717 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 24u;
                    }
                }
                let _e2729 = pending;
                if (_e2729 == 0u) {
                    let _e2733 = local_10;
                    let _e2735 = (_e2733 > 111u);
                    if _e2735 {
                        pending = 8u;
                    }
                }
                let _e2742 = pending;
                if (_e2742 == 0u) {
                    let _e2746 = local_10;
                    let _e2748 = (_e2746 < 96u);
                    if !(_e2748) {
                        let _e2754 = local_13;
                        ta[((_e2754 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 21u;
                    }
                }
                let _e2766 = pending;
                if (_e2766 == 0u) {
                    let _e2770 = local_10;
                    let _e2772 = (_e2770 < 80u);
                    if !(_e2772) {
                        let _e2778 = local_13;
                        ta[((_e2778 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        pending = 18u;
                    }
                }
                let _e2790 = pending;
                if (_e2790 == 0u) {
                    let _e2794 = local_10;
                    let _e2796 = (_e2794 < 64u);
                    if !(_e2796) {
                        let _e2802 = local_13;
                        ta[((_e2802 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        local_21 = 0f;
                        let _e2814 = local_32;
                        local_10 = _e2814;
                        pending = 6u;
                    }
                }
                let _e2819 = pending;
                if (_e2819 == 0u) {
                    let _e2823 = local_10;
                    let _e2825 = (_e2823 < 48u);
                    if !(_e2825) {
                        let _e2831 = local_13;
                        ta[((_e2831 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        local_21 = 0f;
                        let _e2843 = local_30;
                        local_10 = _e2843;
                        pending = 6u;
                    }
                }
                let _e2848 = pending;
                if (_e2848 == 0u) {
                    let _e2852 = local_10;
                    let _e2854 = (_e2852 < 32u);
                    if !(_e2854) {
                        let _e2860 = local_13;
                        ta[((_e2860 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        local_21 = 0f;
                        let _e2872 = local_28;
                        local_10 = _e2872;
                        pending = 6u;
                    }
                }
                let _e2877 = pending;
                if (_e2877 == 0u) {
                    let _e2881 = local_10;
                    let _e2883 = (_e2881 > 15u);
                    if _e2883 {
                        pending = 9u;
                    }
                }
                let _e2890 = pending;
                if (_e2890 == 0u) {
                    local_21 = 0f;
                    loop {
                        let _e2896 = local_13;
                        ta[((_e2896 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        let _e2906 = local_15;
                        tb[((_e2906 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        workgroupBarrier();
                        let _e2916 = local_21;
                        let _e2918 = local_8;
                        let _e2925 = ta[((_e2918 + 4294963200u) >> 2u)];
                        let _e2927 = local_16;
                        let _e2934 = tb[((_e2927 + 4294963200u) >> 2u)];
                        let _e2938 = local_8;
                        let _e2945 = ta[((_e2938 + 4294963204u) >> 2u)];
                        let _e2947 = local_54;
                        let _e2954 = tb[((_e2947 + 4294963200u) >> 2u)];
                        let _e2958 = local_8;
                        let _e2965 = ta[((_e2958 + 4294963208u) >> 2u)];
                        let _e2967 = local_52;
                        let _e2974 = tb[((_e2967 + 4294963200u) >> 2u)];
                        let _e2978 = local_8;
                        let _e2985 = ta[((_e2978 + 4294963212u) >> 2u)];
                        let _e2987 = local_50;
                        let _e2994 = tb[((_e2987 + 4294963200u) >> 2u)];
                        let _e2998 = local_8;
                        let _e3005 = ta[((_e2998 + 4294963216u) >> 2u)];
                        let _e3007 = local_48;
                        let _e3014 = tb[((_e3007 + 4294963200u) >> 2u)];
                        let _e3018 = local_8;
                        let _e3025 = ta[((_e3018 + 4294963220u) >> 2u)];
                        let _e3027 = local_46;
                        let _e3034 = tb[((_e3027 + 4294963200u) >> 2u)];
                        let _e3038 = local_8;
                        let _e3045 = ta[((_e3038 + 4294963224u) >> 2u)];
                        let _e3047 = local_44;
                        let _e3054 = tb[((_e3047 + 4294963200u) >> 2u)];
                        let _e3058 = local_8;
                        let _e3065 = ta[((_e3058 + 4294963228u) >> 2u)];
                        let _e3067 = local_17;
                        let _e3074 = tb[((_e3067 + 4294963200u) >> 2u)];
                        let _e3078 = local_8;
                        let _e3085 = ta[((_e3078 + 4294963232u) >> 2u)];
                        let _e3087 = local_41;
                        let _e3094 = tb[((_e3087 + 4294963200u) >> 2u)];
                        let _e3098 = local_8;
                        let _e3105 = ta[((_e3098 + 4294963236u) >> 2u)];
                        let _e3107 = local_39;
                        let _e3114 = tb[((_e3107 + 4294963200u) >> 2u)];
                        let _e3118 = local_8;
                        let _e3125 = ta[((_e3118 + 4294963240u) >> 2u)];
                        let _e3127 = local_37;
                        let _e3134 = tb[((_e3127 + 4294963200u) >> 2u)];
                        let _e3138 = local_8;
                        let _e3145 = ta[((_e3138 + 4294963244u) >> 2u)];
                        let _e3147 = local_35;
                        let _e3154 = tb[((_e3147 + 4294963200u) >> 2u)];
                        let _e3158 = local_8;
                        let _e3165 = ta[((_e3158 + 4294963248u) >> 2u)];
                        let _e3167 = local_33;
                        let _e3174 = tb[((_e3167 + 4294963200u) >> 2u)];
                        let _e3178 = local_8;
                        let _e3185 = ta[((_e3178 + 4294963252u) >> 2u)];
                        let _e3187 = local_31;
                        let _e3194 = tb[((_e3187 + 4294963200u) >> 2u)];
                        let _e3198 = local_8;
                        let _e3205 = ta[((_e3198 + 4294963256u) >> 2u)];
                        let _e3207 = local_29;
                        let _e3214 = tb[((_e3207 + 4294963200u) >> 2u)];
                        let _e3218 = local_8;
                        let _e3225 = ta[((_e3218 + 4294963260u) >> 2u)];
                        let _e3227 = local_27;
                        let _e3234 = tb[((_e3227 + 4294963200u) >> 2u)];
                        local_21 = ((((((((((((((((_e2916 + (_e2925 * _e2934)) + (_e2945 * _e2954)) + (_e2965 * _e2974)) + (_e2985 * _e2994)) + (_e3005 * _e3014)) + (_e3025 * _e3034)) + (_e3045 * _e3054)) + (_e3065 * _e3074)) + (_e3085 * _e3094)) + (_e3105 * _e3114)) + (_e3125 * _e3134)) + (_e3145 * _e3154)) + (_e3165 * _e3174)) + (_e3185 * _e3194)) + (_e3205 * _e3214)) + (_e3225 * _e3234));
                        workgroupBarrier();
                        let _e3239 = local_12;
                        local_12 = (_e3239 + 4294967295u);
                        let _e3244 = local_12;
                        if (_e3244 != 0u) {
                            continue;
                        }
                        pending = 3u;
                        break;
                        break;
                    }
                }
            }
            let _e3250 = pending;
            if (_e3250 == 0u) {
                let _e3254 = local_20;
                let _e3256 = local_1;
                let _e3257 = (_e3254 >= _e3256);
                if !(_e3257) {
                    let _e3263 = local_23;
                    let _e3265 = (_e3263 < 256u);
                    if !(_e3265) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e3275 = local_10;
                        let _e3277 = local_1;
                        let _e3278 = (_e3275 >= _e3277);
                        if !(_e3278) {
                            let _e3284 = local_22;
                            let _e3286 = local_10;
                            local_24 = (_e3284 + _e3286);
                            let _e3290 = local_24;
                            let _e3292 = local_3;
                            let _e3293 = (_e3290 >= _e3292);
                            if _e3293 {
                                pending = 11u;
                            }
                            let _e3300 = pending;
                            if (_e3300 == 0u) {
                                let _e3304 = local_2;
                                let _e3306 = local_24;
                                let _e3317 = a[(((_e3304 + (_e3306 << 2u)) + 4294963200u) >> 2u)];
                                local_55 = _e3317;
                            }
                        }
                        let _e3320 = pending;
                        if (_e3320 == 0u) {
                            let _e3324 = local_13;
                            let _e3326 = local_55;
                            ta[((_e3324 + 4294963200u) >> 2u)] = _e3326;
                            let _e3334 = local_11;
                            let _e3336 = local_1;
                            let _e3337 = (_e3334 >= _e3336);
                            if _e3337 {
                                pending = 2u;
                            }
                        }
                        let _e3344 = pending;
                        if (_e3344 == 0u) {
                            let _e3348 = local_19;
                            let _e3350 = local_11;
                            let _e3352 = local_1;
                            local_9 = (_e3348 + (_e3350 * _e3352));
                            let _e3357 = local_9;
                            let _e3359 = local_5;
                            let _e3360 = (_e3357 >= _e3359);
                            if _e3360 {
                                pending = 10u;
                            }
                        }
                        let _e3367 = pending;
                        if (_e3367 == 0u) {
                            let _e3371 = local_4;
                            let _e3373 = local_9;
                            let _e3384 = b[(((_e3371 + (_e3373 << 2u)) + 4294963200u) >> 2u)];
                            local_21 = _e3384;
                            pending = 2u;
                        }
                    }
                    let _e3389 = pending;
                    if (_e3389 == 0u) {
                        let _e3393 = local_10;
                        let _e3395 = (_e3393 < 256u);
                        if !(_e3395) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3405 = local_10;
                            let _e3407 = local_1;
                            let _e3408 = (_e3405 >= _e3407);
                            if !(_e3408) {
                                let _e3414 = local_22;
                                let _e3416 = local_10;
                                local_24 = (_e3414 + _e3416);
                                let _e3420 = local_24;
                                let _e3422 = local_3;
                                let _e3423 = (_e3420 >= _e3422);
                                if _e3423 {
                                    pending = 11u;
                                }
                                let _e3430 = pending;
                                if (_e3430 == 0u) {
                                    let _e3434 = local_2;
                                    let _e3436 = local_24;
                                    let _e3447 = a[(((_e3434 + (_e3436 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e3447;
                                }
                            }
                            let _e3450 = pending;
                            if (_e3450 == 0u) {
                                let _e3454 = local_13;
                                let _e3456 = local_55;
                                ta[((_e3454 + 4294963200u) >> 2u)] = _e3456;
                                let _e3464 = local_11;
                                let _e3466 = local_1;
                                let _e3467 = (_e3464 >= _e3466);
                                if _e3467 {
                                    pending = 6u;
                                }
                            }
                            let _e3474 = pending;
                            if (_e3474 == 0u) {
                                let _e3478 = local_19;
                                let _e3480 = local_11;
                                let _e3482 = local_1;
                                local_9 = (_e3478 + (_e3480 * _e3482));
                                let _e3487 = local_9;
                                let _e3489 = local_5;
                                let _e3490 = (_e3487 >= _e3489);
                                if _e3490 {
                                    pending = 10u;
                                }
                            }
                            let _e3497 = pending;
                            if (_e3497 == 0u) {
                                let _e3501 = local_4;
                                let _e3503 = local_9;
                                let _e3514 = b[(((_e3501 + (_e3503 << 2u)) + 4294963200u) >> 2u)];
                                local_21 = _e3514;
                                pending = 6u;
                            }
                        }
                    }
                    let _e3519 = pending;
                    if (_e3519 == 0u) {
                        let _e3523 = local_10;
                        let _e3525 = (_e3523 < 240u);
                        if !(_e3525) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3535 = local_10;
                            let _e3537 = local_1;
                            let _e3538 = (_e3535 >= _e3537);
                            if !(_e3538) {
                                let _e3544 = local_22;
                                let _e3546 = local_10;
                                local_24 = (_e3544 + _e3546);
                                let _e3550 = local_24;
                                let _e3552 = local_3;
                                let _e3553 = (_e3550 >= _e3552);
                                if _e3553 {
                                    pending = 11u;
                                }
                                let _e3560 = pending;
                                if (_e3560 == 0u) {
                                    let _e3564 = local_2;
                                    let _e3566 = local_24;
                                    let _e3577 = a[(((_e3564 + (_e3566 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e3577;
                                }
                            }
                            let _e3580 = pending;
                            if (_e3580 == 0u) {
                                let _e3584 = local_13;
                                let _e3586 = local_55;
                                ta[((_e3584 + 4294963200u) >> 2u)] = _e3586;
                                let _e3594 = local_11;
                                let _e3596 = local_1;
                                let _e3597 = (_e3594 < _e3596);
                                if !(_e3597) {
                                    let _e3603 = local_53;
                                    local_10 = _e3603;
                                    pending = 6u;
                                }
                            }
                            let _e3608 = pending;
                            if (_e3608 == 0u) {
                                let _e3612 = local_19;
                                let _e3614 = local_11;
                                let _e3616 = local_1;
                                local_9 = (_e3612 + (_e3614 * _e3616));
                                let _e3621 = local_9;
                                let _e3623 = local_5;
                                let _e3624 = (_e3621 >= _e3623);
                                if _e3624 {
                                    pending = 10u;
                                }
                            }
                            let _e3631 = pending;
                            if (_e3631 == 0u) {
                                let _e3635 = local_4;
                                let _e3637 = local_9;
                                let _e3648 = b[(((_e3635 + (_e3637 << 2u)) + 4294963200u) >> 2u)];
                                local_21 = _e3648;
                                let _e3651 = local_53;
                                local_10 = _e3651;
                                pending = 6u;
                            }
                        }
                    }
                    let _e3656 = pending;
                    if (_e3656 == 0u) {
                        let _e3660 = local_10;
                        let _e3662 = (_e3660 < 224u);
                        if !(_e3662) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3672 = local_10;
                            let _e3674 = local_1;
                            let _e3675 = (_e3672 >= _e3674);
                            if !(_e3675) {
                                let _e3681 = local_22;
                                let _e3683 = local_10;
                                local_24 = (_e3681 + _e3683);
                                let _e3687 = local_24;
                                let _e3689 = local_3;
                                let _e3690 = (_e3687 >= _e3689);
                                if _e3690 {
                                    pending = 11u;
                                }
                                let _e3697 = pending;
                                if (_e3697 == 0u) {
                                    let _e3701 = local_2;
                                    let _e3703 = local_24;
                                    let _e3714 = a[(((_e3701 + (_e3703 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e3714;
                                }
                            }
                            let _e3717 = pending;
                            if (_e3717 == 0u) {
                                let _e3721 = local_13;
                                let _e3723 = local_55;
                                ta[((_e3721 + 4294963200u) >> 2u)] = _e3723;
                                let _e3731 = local_11;
                                let _e3733 = local_1;
                                let _e3734 = (_e3731 < _e3733);
                                if !(_e3734) {
                                    let _e3740 = local_51;
                                    local_10 = _e3740;
                                    pending = 6u;
                                }
                            }
                            let _e3745 = pending;
                            if (_e3745 == 0u) {
                                let _e3749 = local_19;
                                let _e3751 = local_11;
                                let _e3753 = local_1;
                                local_9 = (_e3749 + (_e3751 * _e3753));
                                let _e3758 = local_9;
                                let _e3760 = local_5;
                                let _e3761 = (_e3758 >= _e3760);
                                if _e3761 {
                                    pending = 10u;
                                }
                            }
                            let _e3768 = pending;
                            if (_e3768 == 0u) {
                                let _e3772 = local_4;
                                let _e3774 = local_9;
                                let _e3785 = b[(((_e3772 + (_e3774 << 2u)) + 4294963200u) >> 2u)];
                                local_21 = _e3785;
                                let _e3788 = local_51;
                                local_10 = _e3788;
                                pending = 6u;
                            }
                        }
                    }
                    let _e3793 = pending;
                    if (_e3793 == 0u) {
                        let _e3797 = local_10;
                        let _e3799 = (_e3797 < 208u);
                        if !(_e3799) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3809 = local_10;
                            let _e3811 = local_1;
                            let _e3812 = (_e3809 >= _e3811);
                            if !(_e3812) {
                                let _e3818 = local_22;
                                let _e3820 = local_10;
                                local_24 = (_e3818 + _e3820);
                                let _e3824 = local_24;
                                let _e3826 = local_3;
                                let _e3827 = (_e3824 >= _e3826);
                                if _e3827 {
                                    pending = 11u;
                                }
                                let _e3834 = pending;
                                if (_e3834 == 0u) {
                                    let _e3838 = local_2;
                                    let _e3840 = local_24;
                                    let _e3851 = a[(((_e3838 + (_e3840 << 2u)) + 4294963200u) >> 2u)];
                                    local_55 = _e3851;
                                }
                            }
                            let _e3854 = pending;
                            if (_e3854 == 0u) {
                                let _e3858 = local_13;
                                let _e3860 = local_55;
                                ta[((_e3858 + 4294963200u) >> 2u)] = _e3860;
                                let _e3868 = local_11;
                                let _e3870 = local_1;
                                let _e3871 = (_e3868 < _e3870);
                                if !(_e3871) {
                                    let _e3877 = local_49;
                                    local_10 = _e3877;
                                    pending = 6u;
                                }
                            }
                            let _e3882 = pending;
                            if (_e3882 == 0u) {
                                let _e3886 = local_19;
                                let _e3888 = local_11;
                                let _e3890 = local_1;
                                local_9 = (_e3886 + (_e3888 * _e3890));
                                let _e3895 = local_9;
                                let _e3897 = local_5;
                                let _e3898 = (_e3895 >= _e3897);
                                if _e3898 {
                                    pending = 10u;
                                }
                            }
                            let _e3905 = pending;
                            if (_e3905 == 0u) {
                                let _e3909 = local_4;
                                let _e3911 = local_9;
                                let _e3922 = b[(((_e3909 + (_e3911 << 2u)) + 4294963200u) >> 2u)];
                                local_21 = _e3922;
                                let _e3925 = local_49;
                                local_10 = _e3925;
                                pending = 6u;
                            }
                        }
                    }
                    let _e3930 = pending;
                    if (_e3930 == 0u) {
                        let _e3934 = local_10;
                        let _e3936 = (_e3934 > 191u);
                        if !(_e3936) {
                            let _e3942 = local_10;
                            let _e3944 = (_e3942 < 176u);
                            if !(_e3944) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e3954 = local_10;
                                let _e3956 = local_1;
                                let _e3957 = (_e3954 >= _e3956);
                                if !(_e3957) {
                                    let _e3963 = local_10;
                                    let _e3965 = local_22;
                                    local_24 = (_e3963 + _e3965);
                                    let _e3969 = local_24;
                                    let _e3971 = local_3;
                                    let _e3972 = (_e3969 >= _e3971);
                                    if _e3972 {
                                        pending = 11u;
                                    }
                                    let _e3979 = pending;
                                    if (_e3979 == 0u) {
                                        let _e3983 = local_2;
                                        let _e3985 = local_24;
                                        let _e3996 = a[(((_e3983 + (_e3985 << 2u)) + 4294963200u) >> 2u)];
                                        local_55 = _e3996;
                                    }
                                }
                                let _e3999 = pending;
                                if (_e3999 == 0u) {
                                    let _e4003 = local_13;
                                    let _e4005 = local_55;
                                    ta[((_e4003 + 4294963200u) >> 2u)] = _e4005;
                                    let _e4013 = local_11;
                                    let _e4015 = local_1;
                                    let _e4016 = (_e4013 < _e4015);
                                    if _e4016 {
                                        pending = 106u;
                                    }
                                    let _e4023 = pending;
                                    if (_e4023 == 0u) {
                                        let _e4027 = local_45;
                                        local_10 = _e4027;
                                        pending = 6u;
                                    }
                                    let _e4032 = pending;
                                    if (_e4032 == 106u) {
                                        pending = 0u;
                                    }
                                }
                                let _e4038 = pending;
                                if (_e4038 == 0u) {
                                    let _e4042 = local_11;
                                    let _e4044 = local_1;
                                    let _e4047 = local_19;
                                    local_9 = ((_e4042 * _e4044) + _e4047);
                                    let _e4051 = local_9;
                                    let _e4053 = local_5;
                                    let _e4054 = (_e4051 >= _e4053);
                                    if _e4054 {
                                        pending = 10u;
                                    }
                                }
                                let _e4061 = pending;
                                if (_e4061 == 0u) {
                                    let _e4065 = local_4;
                                    let _e4067 = local_9;
                                    let _e4078 = b[(((_e4065 + (_e4067 << 2u)) + 4294963200u) >> 2u)];
                                    local_21 = _e4078;
                                    let _e4081 = local_45;
                                    local_10 = _e4081;
                                    pending = 6u;
                                }
                            }
                            let _e4086 = pending;
                            if (_e4086 == 0u) {
                                let _e4090 = local_10;
                                let _e4092 = (_e4090 < 160u);
                                if !(_e4092) {
                                    local_21 = 0f;
                                    local_55 = 0f;
                                    let _e4102 = local_10;
                                    let _e4104 = local_1;
                                    let _e4105 = (_e4102 >= _e4104);
                                    if _e4105 {
                                        pending = 108u;
                                    }
                                    let _e4112 = pending;
                                    if (_e4112 == 0u) {
                                        let _e4116 = local_10;
                                        let _e4118 = local_22;
                                        local_24 = (_e4116 + _e4118);
                                        let _e4122 = local_24;
                                        let _e4124 = local_3;
                                        let _e4125 = (_e4122 >= _e4124);
                                        if _e4125 {
                                            pending = 11u;
                                        }
                                    }
                                    let _e4132 = pending;
                                    if (_e4132 == 0u) {
                                        let _e4136 = local_2;
                                        let _e4138 = local_24;
                                        let _e4149 = a[(((_e4136 + (_e4138 << 2u)) + 4294963200u) >> 2u)];
                                        local_55 = _e4149;
                                    }
                                    let _e4152 = pending;
                                    if (_e4152 == 108u) {
                                        pending = 0u;
                                    }
                                    let _e4158 = pending;
                                    if (_e4158 == 0u) {
                                        let _e4162 = local_13;
                                        let _e4164 = local_55;
                                        ta[((_e4162 + 4294963200u) >> 2u)] = _e4164;
                                        let _e4172 = local_11;
                                        let _e4174 = local_1;
                                        let _e4175 = (_e4172 < _e4174);
                                        if _e4175 {
                                            pending = 109u;
                                        }
                                        let _e4182 = pending;
                                        if (_e4182 == 0u) {
                                            let _e4186 = local_43;
                                            local_10 = _e4186;
                                            pending = 6u;
                                        }
                                        let _e4191 = pending;
                                        if (_e4191 == 109u) {
                                            pending = 0u;
                                        }
                                    }
                                    let _e4197 = pending;
                                    if (_e4197 == 0u) {
                                        let _e4201 = local_11;
                                        let _e4203 = local_1;
                                        let _e4206 = local_19;
                                        local_9 = ((_e4201 * _e4203) + _e4206);
                                        let _e4210 = local_9;
                                        let _e4212 = local_5;
                                        let _e4213 = (_e4210 >= _e4212);
                                        if _e4213 {
                                            pending = 10u;
                                        }
                                    }
                                    let _e4220 = pending;
                                    if (_e4220 == 0u) {
                                        let _e4224 = local_4;
                                        let _e4226 = local_9;
                                        let _e4237 = b[(((_e4224 + (_e4226 << 2u)) + 4294963200u) >> 2u)];
                                        local_21 = _e4237;
                                        let _e4240 = local_43;
                                        local_10 = _e4240;
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e4245 = pending;
                            if (_e4245 == 0u) {
                                let _e4249 = local_10;
                                let _e4251 = (_e4249 > 143u);
                                if !(_e4251) {
                                    let _e4257 = local_1;
                                    local_43 = (_e4257 << 6u);
                                    let _e4263 = local_1;
                                    local_42 = (_e4263 << 4u);
                                    let _e4269 = local_2;
                                    let _e4271 = local_10;
                                    let _e4273 = local_22;
                                    local_23 = (_e4269 + ((_e4271 + _e4273) << 2u));
                                    let _e4281 = local_4;
                                    let _e4283 = local_14;
                                    let _e4285 = local_1;
                                    let _e4287 = local_11;
                                    let _e4291 = local_18;
                                    local_9 = ((_e4283 + (_e4285 * _e4287)) + _e4291);
                                    let _e4295 = local_9;
                                    local_14 = (_e4281 + (_e4295 << 2u));
                                    local_21 = 0f;
                                    let _e4304 = local_10;
                                    local_2 = select(0u, 1u, (_e4304 > 127u));
                                    let _e4312 = local_10;
                                    local_4 = select(0u, 1u, (_e4312 > 111u));
                                    let _e4320 = local_10;
                                    local_18 = select(0u, 1u, (_e4320 > 95u));
                                    let _e4328 = local_10;
                                    local_53 = select(0u, 1u, (_e4328 > 79u));
                                    let _e4336 = local_10;
                                    local_51 = select(0u, 1u, (_e4336 > 63u));
                                    let _e4344 = local_10;
                                    local_49 = select(0u, 1u, (_e4344 > 47u));
                                    let _e4352 = local_10;
                                    local_47 = select(0u, 1u, (_e4352 > 31u));
                                    let _e4360 = local_10;
                                    local_45 = select(0u, 1u, (_e4360 > 15u));
                                    loop {
                                        local_55 = 0f;
                                        let _e4370 = local_10;
                                        let _e4372 = local_1;
                                        let _e4373 = (_e4370 >= _e4372);
                                        if _e4373 {
                                            pending = 112u;
                                        }
                                        let _e4380 = pending;
                                        if (_e4380 == 0u) {
                                            let _e4384 = local_22;
                                            let _e4386 = local_10;
                                            local_24 = (_e4384 + _e4386);
                                            let _e4390 = local_24;
                                            let _e4392 = local_3;
                                            let _e4393 = (_e4390 >= _e4392);
                                            if _e4393 {
                                                pending = 11u;
                                                break;
                                            }
                                            let _e4400 = local_23;
                                            let _e4407 = a[((_e4400 + 4294963200u) >> 2u)];
                                            local_55 = _e4407;
                                        }
                                        let _e4410 = pending;
                                        if (_e4410 == 112u) {
                                            pending = 0u;
                                        }
                                        let _e4416 = local_13;
                                        let _e4418 = local_55;
                                        ta[((_e4416 + 4294963200u) >> 2u)] = _e4418;
                                        local_55 = 0f;
                                        let _e4428 = local_11;
                                        let _e4430 = local_1;
                                        let _e4431 = (_e4428 >= _e4430);
                                        if _e4431 {
                                            pending = 113u;
                                        }
                                        let _e4438 = pending;
                                        if (_e4438 == 0u) {
                                            let _e4442 = local_9;
                                            let _e4444 = local_5;
                                            let _e4445 = (_e4442 >= _e4444);
                                            if _e4445 {
                                                pending = 10u;
                                                break;
                                            }
                                            let _e4452 = local_14;
                                            let _e4459 = b[((_e4452 + 4294963200u) >> 2u)];
                                            local_55 = _e4459;
                                        }
                                        let _e4462 = pending;
                                        if (_e4462 == 113u) {
                                            pending = 0u;
                                        }
                                        let _e4468 = local_15;
                                        let _e4470 = local_55;
                                        tb[((_e4468 + 4294963200u) >> 2u)] = _e4470;
                                        workgroupBarrier();
                                        let _e4478 = local_8;
                                        let _e4485 = ta[((_e4478 + 4294963232u) >> 2u)];
                                        local_55 = _e4485;
                                        let _e4488 = local_17;
                                        let _e4495 = tb[((_e4488 + 4294963200u) >> 2u)];
                                        local_56 = _e4495;
                                        let _e4498 = local_8;
                                        let _e4505 = ta[((_e4498 + 4294963228u) >> 2u)];
                                        local_57 = _e4505;
                                        let _e4508 = local_44;
                                        let _e4515 = tb[((_e4508 + 4294963200u) >> 2u)];
                                        local_58 = _e4515;
                                        let _e4518 = local_8;
                                        let _e4525 = ta[((_e4518 + 4294963224u) >> 2u)];
                                        local_59 = _e4525;
                                        let _e4528 = local_46;
                                        let _e4535 = tb[((_e4528 + 4294963200u) >> 2u)];
                                        local_60 = _e4535;
                                        let _e4538 = local_8;
                                        let _e4545 = ta[((_e4538 + 4294963220u) >> 2u)];
                                        local_61 = _e4545;
                                        let _e4548 = local_48;
                                        let _e4555 = tb[((_e4548 + 4294963200u) >> 2u)];
                                        local_62 = _e4555;
                                        let _e4558 = local_8;
                                        let _e4565 = ta[((_e4558 + 4294963216u) >> 2u)];
                                        local_63 = _e4565;
                                        let _e4568 = local_50;
                                        let _e4575 = tb[((_e4568 + 4294963200u) >> 2u)];
                                        local_64 = _e4575;
                                        let _e4578 = local_8;
                                        let _e4585 = ta[((_e4578 + 4294963212u) >> 2u)];
                                        local_65 = _e4585;
                                        let _e4588 = local_52;
                                        let _e4595 = tb[((_e4588 + 4294963200u) >> 2u)];
                                        local_66 = _e4595;
                                        let _e4598 = local_8;
                                        let _e4605 = ta[((_e4598 + 4294963208u) >> 2u)];
                                        local_67 = _e4605;
                                        let _e4608 = local_54;
                                        let _e4615 = tb[((_e4608 + 4294963200u) >> 2u)];
                                        local_68 = _e4615;
                                        let _e4618 = local_8;
                                        let _e4625 = ta[((_e4618 + 4294963204u) >> 2u)];
                                        local_69 = _e4625;
                                        let _e4628 = local_16;
                                        let _e4635 = tb[((_e4628 + 4294963200u) >> 2u)];
                                        local_70 = _e4635;
                                        let _e4638 = local_8;
                                        let _e4645 = ta[((_e4638 + 4294963200u) >> 2u)];
                                        local_71 = _e4645;
                                        let _e4648 = local;
                                        let _e4650 = local_40;
                                        stack[((_e4648 + 4293918760u) >> 2u)] = _e4650;
                                        let _e4658 = local;
                                        stack[((_e4658 + 4293918764u) >> 2u)] = 256u;
                                        let _e4667 = local_2;
                                        if (_e4667 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e4673 = local_8;
                                        let _e4680 = ta[((_e4673 + 4294963236u) >> 2u)];
                                        local_72 = _e4680;
                                        let _e4683 = local_41;
                                        let _e4690 = tb[((_e4683 + 4294963200u) >> 2u)];
                                        local_73 = _e4690;
                                        let _e4693 = local;
                                        let _e4695 = local_38;
                                        stack[((_e4693 + 4293918760u) >> 2u)] = _e4695;
                                        let _e4703 = local;
                                        stack[((_e4703 + 4293918764u) >> 2u)] = 256u;
                                        let _e4712 = local_4;
                                        if (_e4712 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e4718 = local_8;
                                        let _e4725 = ta[((_e4718 + 4294963240u) >> 2u)];
                                        local_74 = _e4725;
                                        let _e4728 = local_39;
                                        let _e4735 = tb[((_e4728 + 4294963200u) >> 2u)];
                                        local_75 = _e4735;
                                        let _e4738 = local;
                                        let _e4740 = local_36;
                                        stack[((_e4738 + 4293918760u) >> 2u)] = _e4740;
                                        let _e4748 = local;
                                        stack[((_e4748 + 4293918764u) >> 2u)] = 256u;
                                        let _e4757 = local_18;
                                        if (_e4757 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e4763 = local_8;
                                        let _e4770 = ta[((_e4763 + 4294963244u) >> 2u)];
                                        local_76 = _e4770;
                                        let _e4773 = local_37;
                                        let _e4780 = tb[((_e4773 + 4294963200u) >> 2u)];
                                        local_77 = _e4780;
                                        let _e4783 = local;
                                        let _e4785 = local_34;
                                        stack[((_e4783 + 4293918760u) >> 2u)] = _e4785;
                                        let _e4793 = local;
                                        stack[((_e4793 + 4293918764u) >> 2u)] = 256u;
                                        let _e4802 = local_53;
                                        if (_e4802 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e4808 = local_8;
                                        let _e4815 = ta[((_e4808 + 4294963248u) >> 2u)];
                                        local_78 = _e4815;
                                        let _e4818 = local_35;
                                        let _e4825 = tb[((_e4818 + 4294963200u) >> 2u)];
                                        local_79 = _e4825;
                                        let _e4828 = local;
                                        let _e4830 = local_32;
                                        stack[((_e4828 + 4293918760u) >> 2u)] = _e4830;
                                        let _e4838 = local;
                                        stack[((_e4838 + 4293918764u) >> 2u)] = 256u;
                                        let _e4847 = local_51;
                                        if (_e4847 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e4853 = local_8;
                                        let _e4860 = ta[((_e4853 + 4294963252u) >> 2u)];
                                        local_80 = _e4860;
                                        let _e4863 = local_33;
                                        let _e4870 = tb[((_e4863 + 4294963200u) >> 2u)];
                                        local_81 = _e4870;
                                        let _e4873 = local;
                                        let _e4875 = local_30;
                                        stack[((_e4873 + 4293918760u) >> 2u)] = _e4875;
                                        let _e4883 = local;
                                        stack[((_e4883 + 4293918764u) >> 2u)] = 256u;
                                        let _e4892 = local_49;
                                        if (_e4892 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e4898 = local_8;
                                        let _e4905 = ta[((_e4898 + 4294963256u) >> 2u)];
                                        local_82 = _e4905;
                                        let _e4908 = local_31;
                                        let _e4915 = tb[((_e4908 + 4294963200u) >> 2u)];
                                        local_83 = _e4915;
                                        let _e4918 = local;
                                        let _e4920 = local_28;
                                        stack[((_e4918 + 4293918760u) >> 2u)] = _e4920;
                                        let _e4928 = local;
                                        stack[((_e4928 + 4293918764u) >> 2u)] = 256u;
                                        let _e4937 = local_47;
                                        if (_e4937 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e4943 = local_8;
                                        let _e4950 = ta[((_e4943 + 4294963260u) >> 2u)];
                                        local_84 = _e4950;
                                        let _e4953 = local_29;
                                        let _e4960 = tb[((_e4953 + 4294963200u) >> 2u)];
                                        local_85 = _e4960;
                                        let _e4963 = local;
                                        let _e4965 = local_26;
                                        stack[((_e4963 + 4293918760u) >> 2u)] = _e4965;
                                        let _e4973 = local;
                                        stack[((_e4973 + 4293918764u) >> 2u)] = 256u;
                                        let _e4982 = local_45;
                                        if (_e4982 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e4988 = local_21;
                                        let _e4990 = local_71;
                                        let _e4992 = local_70;
                                        let _e4996 = local_69;
                                        let _e4998 = local_68;
                                        let _e5002 = local_67;
                                        let _e5004 = local_66;
                                        let _e5008 = local_65;
                                        let _e5010 = local_64;
                                        let _e5014 = local_63;
                                        let _e5016 = local_62;
                                        let _e5020 = local_61;
                                        let _e5022 = local_60;
                                        let _e5026 = local_59;
                                        let _e5028 = local_58;
                                        let _e5032 = local_57;
                                        let _e5034 = local_56;
                                        let _e5038 = local_55;
                                        let _e5040 = local_73;
                                        let _e5044 = local_72;
                                        let _e5046 = local_75;
                                        let _e5050 = local_74;
                                        let _e5052 = local_77;
                                        let _e5056 = local_76;
                                        let _e5058 = local_79;
                                        let _e5062 = local_78;
                                        let _e5064 = local_81;
                                        let _e5068 = local_80;
                                        let _e5070 = local_83;
                                        let _e5074 = local_82;
                                        let _e5076 = local_85;
                                        let _e5080 = local_84;
                                        let _e5082 = local_27;
                                        let _e5089 = tb[((_e5082 + 4294963200u) >> 2u)];
                                        local_21 = ((((((((((((((((_e4988 + (_e4990 * _e4992)) + (_e4996 * _e4998)) + (_e5002 * _e5004)) + (_e5008 * _e5010)) + (_e5014 * _e5016)) + (_e5020 * _e5022)) + (_e5026 * _e5028)) + (_e5032 * _e5034)) + (_e5038 * _e5040)) + (_e5044 * _e5046)) + (_e5050 * _e5052)) + (_e5056 * _e5058)) + (_e5062 * _e5064)) + (_e5068 * _e5070)) + (_e5074 * _e5076)) + (_e5080 * _e5089));
                                        let _e5094 = local_23;
                                        local_23 = (_e5094 + 64u);
                                        let _e5099 = local_10;
                                        local_10 = (_e5099 + 16u);
                                        let _e5104 = local_11;
                                        local_11 = (_e5104 + 16u);
                                        let _e5109 = local_14;
                                        let _e5111 = local_43;
                                        local_14 = (_e5109 + _e5111);
                                        let _e5115 = local_9;
                                        let _e5117 = local_42;
                                        local_9 = (_e5115 + _e5117);
                                        workgroupBarrier();
                                        let _e5121 = local_12;
                                        local_12 = (_e5121 + 4294967295u);
                                        let _e5126 = local_12;
                                        let _e5128 = (_e5126 == 0u);
                                        if _e5128 {
                                            pending = 3u;
                                            break;
                                        }
                                        continue;
                                        break;
                                    }
                                }
                            }
                            let _e5135 = pending;
                            if (_e5135 == 0u) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e5143 = local_10;
                                let _e5145 = local_1;
                                let _e5146 = (_e5143 >= _e5145);
                                if !(_e5146) {
                                    let _e5152 = local_10;
                                    let _e5154 = local_22;
                                    local_24 = (_e5152 + _e5154);
                                    let _e5158 = local_24;
                                    let _e5160 = local_3;
                                    let _e5161 = (_e5158 >= _e5160);
                                    if _e5161 {
                                        pending = 11u;
                                    }
                                    let _e5168 = pending;
                                    if (_e5168 == 0u) {
                                        let _e5172 = local_2;
                                        let _e5174 = local_24;
                                        let _e5185 = a[(((_e5172 + (_e5174 << 2u)) + 4294963200u) >> 2u)];
                                        local_55 = _e5185;
                                    }
                                }
                            }
                            let _e5188 = pending;
                            if (_e5188 == 0u) {
                                let _e5192 = local_13;
                                let _e5194 = local_55;
                                ta[((_e5192 + 4294963200u) >> 2u)] = _e5194;
                                let _e5202 = local_11;
                                let _e5204 = local_1;
                                let _e5205 = (_e5202 < _e5204);
                                if !(_e5205) {
                                    let _e5211 = local_42;
                                    local_10 = _e5211;
                                    pending = 6u;
                                }
                            }
                            let _e5216 = pending;
                            if (_e5216 == 0u) {
                                let _e5220 = local_11;
                                let _e5222 = local_1;
                                let _e5225 = local_19;
                                local_9 = ((_e5220 * _e5222) + _e5225);
                                let _e5229 = local_9;
                                let _e5231 = local_5;
                                let _e5232 = (_e5229 >= _e5231);
                                if _e5232 {
                                    pending = 10u;
                                }
                            }
                            let _e5239 = pending;
                            if (_e5239 == 0u) {
                                let _e5243 = local_4;
                                let _e5245 = local_9;
                                let _e5256 = b[(((_e5243 + (_e5245 << 2u)) + 4294963200u) >> 2u)];
                                local_21 = _e5256;
                                let _e5259 = local_42;
                                local_10 = _e5259;
                                pending = 6u;
                            }
                        }
                    }
                    let _e5264 = pending;
                    if (_e5264 == 0u) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e5272 = local_10;
                        let _e5274 = local_1;
                        let _e5275 = (_e5272 >= _e5274);
                        if !(_e5275) {
                            let _e5281 = local_22;
                            let _e5283 = local_10;
                            local_24 = (_e5281 + _e5283);
                            let _e5287 = local_24;
                            let _e5289 = local_3;
                            let _e5290 = (_e5287 >= _e5289);
                            if _e5290 {
                                pending = 11u;
                            }
                            let _e5297 = pending;
                            if (_e5297 == 0u) {
                                let _e5301 = local_2;
                                let _e5303 = local_24;
                                let _e5314 = a[(((_e5301 + (_e5303 << 2u)) + 4294963200u) >> 2u)];
                                local_55 = _e5314;
                            }
                        }
                    }
                    let _e5317 = pending;
                    if (_e5317 == 0u) {
                        let _e5321 = local_13;
                        let _e5323 = local_55;
                        ta[((_e5321 + 4294963200u) >> 2u)] = _e5323;
                        let _e5331 = local_11;
                        let _e5333 = local_1;
                        let _e5334 = (_e5331 < _e5333);
                        if !(_e5334) {
                            let _e5340 = local_47;
                            local_10 = _e5340;
                            pending = 6u;
                        }
                    }
                    let _e5345 = pending;
                    if (_e5345 == 0u) {
                        let _e5349 = local_19;
                        let _e5351 = local_11;
                        let _e5353 = local_1;
                        local_9 = (_e5349 + (_e5351 * _e5353));
                        let _e5358 = local_9;
                        let _e5360 = local_5;
                        let _e5361 = (_e5358 >= _e5360);
                        if _e5361 {
                            pending = 10u;
                        }
                    }
                    let _e5368 = pending;
                    if (_e5368 == 0u) {
                        let _e5372 = local_4;
                        let _e5374 = local_9;
                        let _e5385 = b[(((_e5372 + (_e5374 << 2u)) + 4294963200u) >> 2u)];
                        local_21 = _e5385;
                        let _e5388 = local_47;
                        local_10 = _e5388;
                        pending = 6u;
                    }
                }
            }
            let _e5393 = pending;
            if (_e5393 == 0u) {
                let _e5397 = local_23;
                let _e5399 = (_e5397 < 256u);
                if !(_e5399) {
                    let _e5405 = local_13;
                    ta[((_e5405 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                    local_21 = 0f;
                    let _e5417 = local_11;
                    let _e5419 = local_1;
                    let _e5420 = (_e5417 >= _e5419);
                    if _e5420 {
                        pending = 2u;
                    }
                    let _e5427 = pending;
                    if (_e5427 == 0u) {
                        let _e5431 = local_19;
                        let _e5433 = local_11;
                        let _e5435 = local_1;
                        local_9 = (_e5431 + (_e5433 * _e5435));
                        let _e5440 = local_9;
                        let _e5442 = local_5;
                        let _e5443 = (_e5440 >= _e5442);
                        if _e5443 {
                            pending = 10u;
                        }
                    }
                    let _e5450 = pending;
                    if (_e5450 == 0u) {
                        let _e5454 = local_4;
                        let _e5456 = local_9;
                        let _e5467 = b[(((_e5454 + (_e5456 << 2u)) + 4294963200u) >> 2u)];
                        local_21 = _e5467;
                        pending = 2u;
                    }
                }
            }
            let _e5472 = pending;
            if (_e5472 == 0u) {
                let _e5476 = local_10;
                let _e5478 = (_e5476 < 256u);
                if !(_e5478) {
                    let _e5484 = local_13;
                    ta[((_e5484 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                    let _e5494 = local_11;
                    let _e5496 = local_1;
                    let _e5497 = (_e5494 < _e5496);
                    if !(_e5497) {
                        local_21 = 0f;
                        pending = 6u;
                    }
                    let _e5507 = pending;
                    if (_e5507 == 0u) {
                        let _e5511 = local_19;
                        let _e5513 = local_11;
                        let _e5515 = local_1;
                        local_9 = (_e5511 + (_e5513 * _e5515));
                        let _e5520 = local_9;
                        let _e5522 = local_5;
                        let _e5523 = (_e5520 >= _e5522);
                        if _e5523 {
                            pending = 10u;
                        }
                    }
                    let _e5530 = pending;
                    if (_e5530 == 0u) {
                        let _e5534 = local_4;
                        let _e5536 = local_9;
                        let _e5547 = b[(((_e5534 + (_e5536 << 2u)) + 4294963200u) >> 2u)];
                        local_21 = _e5547;
                        pending = 6u;
                    }
                }
            }
            let _e5552 = pending;
            if (_e5552 == 0u) {
                let _e5556 = local_10;
                let _e5558 = (_e5556 < 240u);
                if _e5558 {
                    pending = 40u;
                }
            }
            let _e5565 = pending;
            if (_e5565 == 0u) {
                let _e5569 = local_13;
                ta[((_e5569 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e5579 = local_11;
                let _e5581 = local_1;
                let _e5582 = (_e5579 < _e5581);
                if _e5582 {
                    pending = 41u;
                }
            }
            let _e5589 = pending;
            if (_e5589 == 42u) {
                pending = 0u;
            }
            let _e5595 = pending;
            if (_e5595 == 0u) {
                local_21 = 0f;
                let _e5601 = local_53;
                local_10 = _e5601;
                pending = 6u;
            }
            let _e5606 = pending;
            if (_e5606 == 41u) {
                pending = 0u;
            }
            let _e5612 = pending;
            if (_e5612 == 0u) {
                let _e5616 = local_19;
                let _e5618 = local_11;
                let _e5620 = local_1;
                local_9 = (_e5616 + (_e5618 * _e5620));
                let _e5625 = local_9;
                let _e5627 = local_5;
                let _e5628 = (_e5625 >= _e5627);
                if _e5628 {
                    pending = 10u;
                }
            }
            let _e5635 = pending;
            if (_e5635 == 0u) {
                let _e5639 = local_4;
                let _e5641 = local_9;
                let _e5652 = b[(((_e5639 + (_e5641 << 2u)) + 4294963200u) >> 2u)];
                local_21 = _e5652;
                let _e5655 = local_53;
                local_10 = _e5655;
                pending = 6u;
            }
            let _e5660 = pending;
            if (_e5660 == 40u) {
                pending = 0u;
            }
            let _e5666 = pending;
            if (_e5666 == 0u) {
                let _e5670 = local_10;
                let _e5672 = (_e5670 < 224u);
                if _e5672 {
                    pending = 37u;
                }
            }
            let _e5679 = pending;
            if (_e5679 == 0u) {
                let _e5683 = local_13;
                ta[((_e5683 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e5693 = local_11;
                let _e5695 = local_1;
                let _e5696 = (_e5693 < _e5695);
                if _e5696 {
                    pending = 38u;
                }
            }
            let _e5703 = pending;
            if (_e5703 == 39u) {
                pending = 0u;
            }
            let _e5709 = pending;
            if (_e5709 == 0u) {
                local_21 = 0f;
                let _e5715 = local_51;
                local_10 = _e5715;
                pending = 6u;
            }
            let _e5720 = pending;
            if (_e5720 == 38u) {
                pending = 0u;
            }
            let _e5726 = pending;
            if (_e5726 == 0u) {
                let _e5730 = local_19;
                let _e5732 = local_11;
                let _e5734 = local_1;
                local_9 = (_e5730 + (_e5732 * _e5734));
                let _e5739 = local_9;
                let _e5741 = local_5;
                let _e5742 = (_e5739 >= _e5741);
                if _e5742 {
                    pending = 10u;
                }
            }
            let _e5749 = pending;
            if (_e5749 == 0u) {
                let _e5753 = local_4;
                let _e5755 = local_9;
                let _e5766 = b[(((_e5753 + (_e5755 << 2u)) + 4294963200u) >> 2u)];
                local_21 = _e5766;
                let _e5769 = local_51;
                local_10 = _e5769;
                pending = 6u;
            }
            let _e5774 = pending;
            if (_e5774 == 37u) {
                pending = 0u;
            }
            let _e5780 = pending;
            if (_e5780 == 0u) {
                let _e5784 = local_10;
                let _e5786 = (_e5784 < 208u);
                if _e5786 {
                    pending = 34u;
                }
            }
            let _e5793 = pending;
            if (_e5793 == 0u) {
                let _e5797 = local_13;
                ta[((_e5797 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e5807 = local_11;
                let _e5809 = local_1;
                let _e5810 = (_e5807 < _e5809);
                if _e5810 {
                    pending = 35u;
                }
            }
            let _e5817 = pending;
            if (_e5817 == 36u) {
                pending = 0u;
            }
            let _e5823 = pending;
            if (_e5823 == 0u) {
                local_21 = 0f;
                let _e5829 = local_49;
                local_10 = _e5829;
                pending = 6u;
            }
            let _e5834 = pending;
            if (_e5834 == 35u) {
                pending = 0u;
            }
            let _e5840 = pending;
            if (_e5840 == 0u) {
                let _e5844 = local_19;
                let _e5846 = local_11;
                let _e5848 = local_1;
                local_9 = (_e5844 + (_e5846 * _e5848));
                let _e5853 = local_9;
                let _e5855 = local_5;
                let _e5856 = (_e5853 >= _e5855);
                if _e5856 {
                    pending = 10u;
                }
            }
            let _e5863 = pending;
            if (_e5863 == 0u) {
                let _e5867 = local_4;
                let _e5869 = local_9;
                let _e5880 = b[(((_e5867 + (_e5869 << 2u)) + 4294963200u) >> 2u)];
                local_21 = _e5880;
                let _e5883 = local_49;
                local_10 = _e5883;
                pending = 6u;
            }
            let _e5888 = pending;
            if (_e5888 == 34u) {
                pending = 0u;
            }
            let _e5894 = pending;
            if (_e5894 == 0u) {
                let _e5898 = local_10;
                let _e5900 = (_e5898 < 192u);
                if _e5900 {
                    pending = 31u;
                }
            }
            let _e5907 = pending;
            if (_e5907 == 0u) {
                let _e5911 = local_13;
                ta[((_e5911 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e5921 = local_11;
                let _e5923 = local_1;
                let _e5924 = (_e5921 < _e5923);
                if _e5924 {
                    pending = 32u;
                }
            }
            let _e5931 = pending;
            if (_e5931 == 33u) {
                pending = 0u;
            }
            let _e5937 = pending;
            if (_e5937 == 0u) {
                local_21 = 0f;
                let _e5943 = local_47;
                local_10 = _e5943;
                pending = 6u;
            }
            let _e5948 = pending;
            if (_e5948 == 32u) {
                pending = 0u;
            }
            let _e5954 = pending;
            if (_e5954 == 0u) {
                let _e5958 = local_19;
                let _e5960 = local_11;
                let _e5962 = local_1;
                local_9 = (_e5958 + (_e5960 * _e5962));
                let _e5967 = local_9;
                let _e5969 = local_5;
                let _e5970 = (_e5967 >= _e5969);
                if _e5970 {
                    pending = 10u;
                }
            }
            let _e5977 = pending;
            if (_e5977 == 0u) {
                let _e5981 = local_4;
                let _e5983 = local_9;
                let _e5994 = b[(((_e5981 + (_e5983 << 2u)) + 4294963200u) >> 2u)];
                local_21 = _e5994;
                let _e5997 = local_47;
                local_10 = _e5997;
                pending = 6u;
            }
            let _e6002 = pending;
            if (_e6002 == 31u) {
                pending = 0u;
            }
            let _e6008 = pending;
            if (_e6008 == 0u) {
                let _e6012 = local_10;
                let _e6014 = (_e6012 < 176u);
                if _e6014 {
                    pending = 28u;
                }
            }
            let _e6021 = pending;
            if (_e6021 == 0u) {
                let _e6025 = local_13;
                ta[((_e6025 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e6035 = local_11;
                let _e6037 = local_1;
                let _e6038 = (_e6035 < _e6037);
                if _e6038 {
                    pending = 29u;
                }
            }
            let _e6045 = pending;
            if (_e6045 == 30u) {
                pending = 0u;
            }
            let _e6051 = pending;
            if (_e6051 == 0u) {
                local_21 = 0f;
                let _e6057 = local_45;
                local_10 = _e6057;
                pending = 6u;
            }
            let _e6062 = pending;
            if (_e6062 == 29u) {
                pending = 0u;
            }
            let _e6068 = pending;
            if (_e6068 == 0u) {
                let _e6072 = local_19;
                let _e6074 = local_11;
                let _e6076 = local_1;
                local_9 = (_e6072 + (_e6074 * _e6076));
                let _e6081 = local_9;
                let _e6083 = local_5;
                let _e6084 = (_e6081 >= _e6083);
                if _e6084 {
                    pending = 10u;
                }
            }
            let _e6091 = pending;
            if (_e6091 == 0u) {
                let _e6095 = local_4;
                let _e6097 = local_9;
                let _e6108 = b[(((_e6095 + (_e6097 << 2u)) + 4294963200u) >> 2u)];
                local_21 = _e6108;
                let _e6111 = local_45;
                local_10 = _e6111;
                pending = 6u;
            }
            let _e6116 = pending;
            if (_e6116 == 28u) {
                pending = 0u;
            }
            let _e6122 = pending;
            if (_e6122 == 0u) {
                let _e6126 = local_10;
                let _e6128 = (_e6126 < 160u);
                if _e6128 {
                    pending = 25u;
                }
            }
            let _e6135 = pending;
            if (_e6135 == 0u) {
                let _e6139 = local_13;
                ta[((_e6139 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e6149 = local_11;
                let _e6151 = local_1;
                let _e6152 = (_e6149 < _e6151);
                if _e6152 {
                    pending = 26u;
                }
            }
            let _e6159 = pending;
            if (_e6159 == 27u) {
                pending = 0u;
            }
            let _e6165 = pending;
            if (_e6165 == 0u) {
                local_21 = 0f;
                let _e6171 = local_43;
                local_10 = _e6171;
                pending = 6u;
            }
            let _e6176 = pending;
            if (_e6176 == 26u) {
                pending = 0u;
            }
            let _e6182 = pending;
            if (_e6182 == 0u) {
                let _e6186 = local_19;
                let _e6188 = local_11;
                let _e6190 = local_1;
                local_9 = (_e6186 + (_e6188 * _e6190));
                let _e6195 = local_9;
                let _e6197 = local_5;
                let _e6198 = (_e6195 >= _e6197);
                if _e6198 {
                    pending = 10u;
                }
            }
            let _e6205 = pending;
            if (_e6205 == 0u) {
                let _e6209 = local_4;
                let _e6211 = local_9;
                let _e6222 = b[(((_e6209 + (_e6211 << 2u)) + 4294963200u) >> 2u)];
                local_21 = _e6222;
                let _e6225 = local_43;
                local_10 = _e6225;
                pending = 6u;
            }
            let _e6230 = pending;
            if (_e6230 == 25u) {
                pending = 0u;
            }
            let _e6236 = pending;
            if (_e6236 == 0u) {
                let _e6240 = local_10;
                let _e6242 = (_e6240 > 143u);
                if _e6242 {
                    pending = 16u;
                }
            }
            let _e6249 = pending;
            if (_e6249 == 0u) {
                let _e6253 = local_10;
                let _e6255 = (_e6253 < 128u);
                if _e6255 {
                    pending = 22u;
                }
            }
            let _e6262 = pending;
            if (_e6262 == 0u) {
                let _e6266 = local_13;
                ta[((_e6266 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e6276 = local_11;
                let _e6278 = local_1;
                let _e6279 = (_e6276 < _e6278);
                if _e6279 {
                    pending = 23u;
                }
            }
            let _e6286 = pending;
            if (_e6286 == 24u) {
                pending = 0u;
            }
            let _e6292 = pending;
            if (_e6292 == 0u) {
                local_21 = 0f;
                let _e6298 = local_40;
                local_10 = _e6298;
                pending = 6u;
            }
            let _e6303 = pending;
            if (_e6303 == 23u) {
                pending = 0u;
            }
            let _e6309 = pending;
            if (_e6309 == 0u) {
                let _e6313 = local_11;
                let _e6315 = local_1;
                let _e6318 = local_19;
                local_9 = ((_e6313 * _e6315) + _e6318);
                let _e6322 = local_9;
                let _e6324 = local_5;
                let _e6325 = (_e6322 >= _e6324);
                if _e6325 {
                    pending = 10u;
                }
            }
            let _e6332 = pending;
            if (_e6332 == 0u) {
                let _e6336 = local_4;
                let _e6338 = local_9;
                let _e6349 = b[(((_e6336 + (_e6338 << 2u)) + 4294963200u) >> 2u)];
                local_21 = _e6349;
                let _e6352 = local_40;
                local_10 = _e6352;
                pending = 6u;
            }
            let _e6357 = pending;
            if (_e6357 == 22u) {
                pending = 0u;
            }
            let _e6363 = pending;
            if (_e6363 == 0u) {
                let _e6367 = local_10;
                let _e6369 = (_e6367 < 112u);
                if !(_e6369) {
                    let _e6375 = local_13;
                    ta[((_e6375 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                    let _e6385 = local_11;
                    let _e6387 = local_1;
                    let _e6388 = (_e6385 >= _e6387);
                    if _e6388 {
                        pending = 7u;
                    }
                    let _e6395 = pending;
                    if (_e6395 == 0u) {
                        let _e6399 = local_11;
                        let _e6401 = local_1;
                        let _e6404 = local_19;
                        local_9 = ((_e6399 * _e6401) + _e6404);
                        let _e6408 = local_9;
                        let _e6410 = local_5;
                        let _e6411 = (_e6408 >= _e6410);
                        if _e6411 {
                            pending = 10u;
                        }
                    }
                    let _e6418 = pending;
                    if (_e6418 == 0u) {
                        let _e6422 = local_4;
                        let _e6424 = local_9;
                        let _e6435 = b[(((_e6422 + (_e6424 << 2u)) + 4294963200u) >> 2u)];
                        local_21 = _e6435;
                        let _e6438 = local_38;
                        local_10 = _e6438;
                        pending = 6u;
                    }
                }
            }
            let _e6443 = pending;
            if (_e6443 == 0u) {
                let _e6447 = local_10;
                let _e6449 = (_e6447 < 96u);
                if _e6449 {
                    pending = 19u;
                }
            }
            let _e6456 = pending;
            if (_e6456 == 0u) {
                let _e6460 = local_13;
                ta[((_e6460 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e6470 = local_11;
                let _e6472 = local_1;
                let _e6473 = (_e6470 < _e6472);
                if _e6473 {
                    pending = 20u;
                }
            }
            let _e6480 = pending;
            if (_e6480 == 21u) {
                pending = 0u;
            }
            let _e6486 = pending;
            if (_e6486 == 0u) {
                local_21 = 0f;
                let _e6492 = local_36;
                local_10 = _e6492;
                pending = 6u;
            }
            let _e6497 = pending;
            if (_e6497 == 20u) {
                pending = 0u;
            }
            let _e6503 = pending;
            if (_e6503 == 0u) {
                let _e6507 = local_11;
                let _e6509 = local_1;
                let _e6512 = local_19;
                local_9 = ((_e6507 * _e6509) + _e6512);
                let _e6516 = local_9;
                let _e6518 = local_5;
                let _e6519 = (_e6516 >= _e6518);
                if _e6519 {
                    pending = 10u;
                }
            }
            let _e6526 = pending;
            if (_e6526 == 0u) {
                let _e6530 = local_4;
                let _e6532 = local_9;
                let _e6543 = b[(((_e6530 + (_e6532 << 2u)) + 4294963200u) >> 2u)];
                local_21 = _e6543;
                let _e6546 = local_36;
                local_10 = _e6546;
                pending = 6u;
            }
            let _e6551 = pending;
            if (_e6551 == 19u) {
                pending = 0u;
            }
            let _e6557 = pending;
            if (_e6557 == 0u) {
                let _e6561 = local_10;
                let _e6563 = (_e6561 > 79u);
                if !(_e6563) {
                    let _e6569 = local_1;
                    local_40 = (_e6569 << 6u);
                    let _e6575 = local_1;
                    local_38 = (_e6575 << 4u);
                    let _e6581 = local_4;
                    let _e6583 = local_14;
                    let _e6585 = local_1;
                    let _e6587 = local_11;
                    let _e6591 = local_18;
                    local_9 = ((_e6583 + (_e6585 * _e6587)) + _e6591);
                    let _e6595 = local_9;
                    local_23 = (_e6581 + (_e6595 << 2u));
                    local_21 = 0f;
                    let _e6604 = local_10;
                    local_14 = select(0u, 1u, (_e6604 > 63u));
                    let _e6612 = local_10;
                    local_3 = select(0u, 1u, (_e6612 > 47u));
                    let _e6620 = local_10;
                    local_22 = select(0u, 1u, (_e6620 > 31u));
                    let _e6628 = local_10;
                    local_10 = select(0u, 1u, (_e6628 > 15u));
                    loop {
                        let _e6636 = local_13;
                        ta[((_e6636 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        local_55 = 0f;
                        let _e6648 = local_11;
                        let _e6650 = local_1;
                        let _e6651 = (_e6648 >= _e6650);
                        if !(_e6651) {
                            let _e6657 = local_9;
                            let _e6659 = local_5;
                            let _e6660 = (_e6657 >= _e6659);
                            if _e6660 {
                                pending = 10u;
                                break;
                            }
                            let _e6667 = local_23;
                            let _e6674 = b[((_e6667 + 4294963200u) >> 2u)];
                            local_55 = _e6674;
                        }
                        let _e6677 = local_15;
                        let _e6679 = local_55;
                        tb[((_e6677 + 4294963200u) >> 2u)] = _e6679;
                        workgroupBarrier();
                        let _e6687 = local_8;
                        let _e6694 = ta[((_e6687 + 4294963248u) >> 2u)];
                        local_55 = _e6694;
                        let _e6697 = local_35;
                        let _e6704 = tb[((_e6697 + 4294963200u) >> 2u)];
                        local_56 = _e6704;
                        let _e6707 = local_8;
                        let _e6714 = ta[((_e6707 + 4294963244u) >> 2u)];
                        local_57 = _e6714;
                        let _e6717 = local_37;
                        let _e6724 = tb[((_e6717 + 4294963200u) >> 2u)];
                        local_58 = _e6724;
                        let _e6727 = local_8;
                        let _e6734 = ta[((_e6727 + 4294963240u) >> 2u)];
                        local_59 = _e6734;
                        let _e6737 = local_39;
                        let _e6744 = tb[((_e6737 + 4294963200u) >> 2u)];
                        local_60 = _e6744;
                        let _e6747 = local_8;
                        let _e6754 = ta[((_e6747 + 4294963236u) >> 2u)];
                        local_61 = _e6754;
                        let _e6757 = local_41;
                        let _e6764 = tb[((_e6757 + 4294963200u) >> 2u)];
                        local_62 = _e6764;
                        let _e6767 = local_8;
                        let _e6774 = ta[((_e6767 + 4294963232u) >> 2u)];
                        local_63 = _e6774;
                        let _e6777 = local_17;
                        let _e6784 = tb[((_e6777 + 4294963200u) >> 2u)];
                        local_64 = _e6784;
                        let _e6787 = local_8;
                        let _e6794 = ta[((_e6787 + 4294963228u) >> 2u)];
                        local_65 = _e6794;
                        let _e6797 = local_44;
                        let _e6804 = tb[((_e6797 + 4294963200u) >> 2u)];
                        local_66 = _e6804;
                        let _e6807 = local_8;
                        let _e6814 = ta[((_e6807 + 4294963224u) >> 2u)];
                        local_67 = _e6814;
                        let _e6817 = local_46;
                        let _e6824 = tb[((_e6817 + 4294963200u) >> 2u)];
                        local_68 = _e6824;
                        let _e6827 = local_8;
                        let _e6834 = ta[((_e6827 + 4294963220u) >> 2u)];
                        local_69 = _e6834;
                        let _e6837 = local_48;
                        let _e6844 = tb[((_e6837 + 4294963200u) >> 2u)];
                        local_70 = _e6844;
                        let _e6847 = local_8;
                        let _e6854 = ta[((_e6847 + 4294963216u) >> 2u)];
                        local_71 = _e6854;
                        let _e6857 = local_50;
                        let _e6864 = tb[((_e6857 + 4294963200u) >> 2u)];
                        local_72 = _e6864;
                        let _e6867 = local_8;
                        let _e6874 = ta[((_e6867 + 4294963212u) >> 2u)];
                        local_73 = _e6874;
                        let _e6877 = local_52;
                        let _e6884 = tb[((_e6877 + 4294963200u) >> 2u)];
                        local_74 = _e6884;
                        let _e6887 = local_8;
                        let _e6894 = ta[((_e6887 + 4294963208u) >> 2u)];
                        local_75 = _e6894;
                        let _e6897 = local_54;
                        let _e6904 = tb[((_e6897 + 4294963200u) >> 2u)];
                        local_76 = _e6904;
                        let _e6907 = local_8;
                        let _e6914 = ta[((_e6907 + 4294963204u) >> 2u)];
                        local_77 = _e6914;
                        let _e6917 = local_16;
                        let _e6924 = tb[((_e6917 + 4294963200u) >> 2u)];
                        local_78 = _e6924;
                        let _e6927 = local_8;
                        let _e6934 = ta[((_e6927 + 4294963200u) >> 2u)];
                        local_79 = _e6934;
                        let _e6937 = local;
                        let _e6939 = local_32;
                        stack[((_e6937 + 4293918760u) >> 2u)] = _e6939;
                        let _e6947 = local;
                        stack[((_e6947 + 4293918764u) >> 2u)] = 256u;
                        let _e6956 = local_14;
                        if (_e6956 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e6962 = local_8;
                        let _e6969 = ta[((_e6962 + 4294963252u) >> 2u)];
                        local_80 = _e6969;
                        let _e6972 = local_33;
                        let _e6979 = tb[((_e6972 + 4294963200u) >> 2u)];
                        local_81 = _e6979;
                        let _e6982 = local;
                        let _e6984 = local_30;
                        stack[((_e6982 + 4293918760u) >> 2u)] = _e6984;
                        let _e6992 = local;
                        stack[((_e6992 + 4293918764u) >> 2u)] = 256u;
                        let _e7001 = local_3;
                        if (_e7001 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7007 = local_8;
                        let _e7014 = ta[((_e7007 + 4294963256u) >> 2u)];
                        local_82 = _e7014;
                        let _e7017 = local_31;
                        let _e7024 = tb[((_e7017 + 4294963200u) >> 2u)];
                        local_83 = _e7024;
                        let _e7027 = local;
                        let _e7029 = local_28;
                        stack[((_e7027 + 4293918760u) >> 2u)] = _e7029;
                        let _e7037 = local;
                        stack[((_e7037 + 4293918764u) >> 2u)] = 256u;
                        let _e7046 = local_22;
                        if (_e7046 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7052 = local_8;
                        let _e7059 = ta[((_e7052 + 4294963260u) >> 2u)];
                        local_84 = _e7059;
                        let _e7062 = local_29;
                        let _e7069 = tb[((_e7062 + 4294963200u) >> 2u)];
                        local_85 = _e7069;
                        let _e7072 = local;
                        let _e7074 = local_26;
                        stack[((_e7072 + 4293918760u) >> 2u)] = _e7074;
                        let _e7082 = local;
                        stack[((_e7082 + 4293918764u) >> 2u)] = 256u;
                        let _e7091 = local_10;
                        if (_e7091 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7097 = local_21;
                        let _e7099 = local_79;
                        let _e7101 = local_78;
                        let _e7105 = local_77;
                        let _e7107 = local_76;
                        let _e7111 = local_75;
                        let _e7113 = local_74;
                        let _e7117 = local_73;
                        let _e7119 = local_72;
                        let _e7123 = local_71;
                        let _e7125 = local_70;
                        let _e7129 = local_69;
                        let _e7131 = local_68;
                        let _e7135 = local_67;
                        let _e7137 = local_66;
                        let _e7141 = local_65;
                        let _e7143 = local_64;
                        let _e7147 = local_63;
                        let _e7149 = local_62;
                        let _e7153 = local_61;
                        let _e7155 = local_60;
                        let _e7159 = local_59;
                        let _e7161 = local_58;
                        let _e7165 = local_57;
                        let _e7167 = local_56;
                        let _e7171 = local_55;
                        let _e7173 = local_81;
                        let _e7177 = local_80;
                        let _e7179 = local_83;
                        let _e7183 = local_82;
                        let _e7185 = local_85;
                        let _e7189 = local_84;
                        let _e7191 = local_27;
                        let _e7198 = tb[((_e7191 + 4294963200u) >> 2u)];
                        local_21 = ((((((((((((((((_e7097 + (_e7099 * _e7101)) + (_e7105 * _e7107)) + (_e7111 * _e7113)) + (_e7117 * _e7119)) + (_e7123 * _e7125)) + (_e7129 * _e7131)) + (_e7135 * _e7137)) + (_e7141 * _e7143)) + (_e7147 * _e7149)) + (_e7153 * _e7155)) + (_e7159 * _e7161)) + (_e7165 * _e7167)) + (_e7171 * _e7173)) + (_e7177 * _e7179)) + (_e7183 * _e7185)) + (_e7189 * _e7198));
                        let _e7203 = local_11;
                        local_11 = (_e7203 + 16u);
                        let _e7208 = local_23;
                        let _e7210 = local_40;
                        local_23 = (_e7208 + _e7210);
                        let _e7214 = local_9;
                        let _e7216 = local_38;
                        local_9 = (_e7214 + _e7216);
                        workgroupBarrier();
                        let _e7220 = local_12;
                        local_12 = (_e7220 + 4294967295u);
                        let _e7225 = local_12;
                        let _e7227 = (_e7225 == 0u);
                        if _e7227 {
                            pending = 3u;
                            break;
                        }
                        continue;
                        break;
                    }
                }
            }
            let _e7234 = pending;
            if (_e7234 == 0u) {
                let _e7238 = local_13;
                ta[((_e7238 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e7248 = local_11;
                let _e7250 = local_1;
                let _e7251 = (_e7248 < _e7250);
                if _e7251 {
                    pending = 17u;
                }
            }
            let _e7258 = pending;
            if (_e7258 == 18u) {
                pending = 0u;
            }
            let _e7264 = pending;
            if (_e7264 == 0u) {
                local_21 = 0f;
                let _e7270 = local_34;
                local_10 = _e7270;
                pending = 6u;
            }
            let _e7275 = pending;
            if (_e7275 == 17u) {
                pending = 0u;
            }
            let _e7281 = pending;
            if (_e7281 == 0u) {
                let _e7285 = local_11;
                let _e7287 = local_1;
                let _e7290 = local_19;
                local_9 = ((_e7285 * _e7287) + _e7290);
                let _e7294 = local_9;
                let _e7296 = local_5;
                let _e7297 = (_e7294 >= _e7296);
                if _e7297 {
                    pending = 10u;
                }
            }
            let _e7304 = pending;
            if (_e7304 == 0u) {
                let _e7308 = local_4;
                let _e7310 = local_9;
                let _e7321 = b[(((_e7308 + (_e7310 << 2u)) + 4294963200u) >> 2u)];
                local_21 = _e7321;
                let _e7324 = local_34;
                local_10 = _e7324;
                pending = 6u;
            }
            let _e7329 = pending;
            if (_e7329 == 16u) {
                pending = 0u;
            }
            let _e7335 = pending;
            if (_e7335 == 0u) {
                let _e7339 = local_13;
                ta[((_e7339 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                let _e7349 = local_11;
                let _e7351 = local_1;
                let _e7352 = (_e7349 < _e7351);
                if _e7352 {
                    pending = 14u;
                }
            }
            let _e7359 = pending;
            if (_e7359 == 15u) {
                pending = 0u;
            }
            let _e7365 = pending;
            if (_e7365 == 0u) {
                local_21 = 0f;
                let _e7371 = local_42;
                local_10 = _e7371;
                pending = 6u;
            }
            let _e7376 = pending;
            if (_e7376 == 14u) {
                pending = 0u;
            }
        }
        let _e7382 = pending;
        if (_e7382 == 0u) {
            let _e7386 = local_19;
            let _e7388 = local_11;
            let _e7390 = local_1;
            local_9 = (_e7386 + (_e7388 * _e7390));
            let _e7395 = local_9;
            let _e7397 = local_5;
            let _e7398 = (_e7395 >= _e7397);
            if _e7398 {
                pending = 10u;
            }
        }
        let _e7405 = pending;
        if (_e7405 == 0u) {
            let _e7409 = local_4;
            let _e7411 = local_9;
            let _e7422 = b[(((_e7409 + (_e7411 << 2u)) + 4294963200u) >> 2u)];
            local_21 = _e7422;
            let _e7425 = local_42;
            local_10 = _e7425;
            pending = 6u;
        }
        let _e7430 = pending;
        if (_e7430 == 11u) {
            pending = 0u;
        }
        let _e7436 = pending;
        if (_e7436 == 0u) {
            let _e7450 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e7450.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 272u);
                atomicStore((&status[8]), 55u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
        let _e7487 = pending;
        if (_e7487 == 10u) {
            pending = 0u;
        }
        let _e7493 = pending;
        if (_e7493 == 0u) {
            let _e7507 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
            if _e7507.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 273u);
                atomicStore((&status[8]), 55u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
        let _e7544 = pending;
        if (_e7544 == 9u) {
            pending = 0u;
        }
        let _e7550 = pending;
        if (_e7550 == 0u) {
            let _e7554 = local_13;
            ta[((_e7554 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
            local_21 = 0f;
            let _e7566 = local_26;
            local_10 = _e7566;
            pending = 6u;
        }
        let _e7571 = pending;
        if (_e7571 == 8u) {
            pending = 0u;
        }
        let _e7577 = pending;
        if (_e7577 == 0u) {
            let _e7581 = local_13;
            ta[((_e7581 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
        }
        let _e7591 = pending;
        if (_e7591 == 7u) {
            pending = 0u;
        }
        let _e7597 = pending;
        if (_e7597 == 0u) {
            local_21 = 0f;
            let _e7603 = local_38;
            local_10 = _e7603;
        }
        let _e7606 = pending;
        if (_e7606 == 6u) {
            pending = 0u;
        }
        let _e7612 = pending;
        if (_e7612 == 0u) {
            let _e7616 = local_15;
            let _e7618 = local_21;
            tb[((_e7616 + 4294963200u) >> 2u)] = _e7618;
            workgroupBarrier();
            let _e7626 = local;
            let _e7628 = local_10;
            stack[((_e7626 + 4293918760u) >> 2u)] = _e7628;
            let _e7636 = local;
            stack[((_e7636 + 4293918764u) >> 2u)] = 256u;
        }
        let _e7645 = pending;
        if (_e7645 == 5u) {
            pending = 0u;
        }
    }
    let _e7651 = pending;
    if (_e7651 == 0u) {
        let _e7655 = local;
        let _e7658 = vec2<u32>(1u, 0u);
        let _e7661 = vec2<u32>(32u, 0u);
        let _e7667 = (_e7661.x & 31u);
        let _e7671 = ((_e7661.x & 32u) != 0u);
        let _e7672 = (_e7658.x << _e7667);
        local_25 = vec2<u32>(select(_e7672, 0u, _e7671), select(((_e7658.y << _e7667) | ((_e7658.x >> 1u) >> (31u - _e7667))), _e7672, _e7671));
        let _e7686 = local_25;
        let _e7688 = local;
        let _e7693 = (_e7686 | vec2<u32>((_e7688 + 8u), 0u));
        let _e7697 = ((_e7655 + 4293918776u) >> 2u);
        stack[_e7697] = _e7693.x;
        stack[(_e7697 + 1u)] = _e7693.y;
        let _e7707 = local;
        let _e7709 = local_25;
        let _e7711 = local;
        let _e7716 = (_e7709 | vec2<u32>((_e7711 + 12u), 0u));
        let _e7720 = ((_e7707 + 4293918768u) >> 2u);
        stack[_e7720] = _e7716.x;
        stack[(_e7720 + 1u)] = _e7716.y;
        let _e7731 = local;
        let _e7741 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
        if _e7741.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 276u);
            atomicStore((&status[8]), 47u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e7778 = pending;
    if (_e7778 == 3u) {
        pending = 0u;
    }
    let _e7784 = pending;
    if (_e7784 == 0u) {
        let _e7788 = local_19;
        let _e7790 = local_1;
        let _e7791 = (_e7788 >= _e7790);
        if !(_e7791) {
            let _e7797 = local_20;
            let _e7799 = local_1;
            let _e7800 = (_e7797 >= _e7799);
            if !(_e7800) {
                let _e7806 = local_20;
                let _e7808 = local_1;
                let _e7811 = local_19;
                local_8 = ((_e7806 * _e7808) + _e7811);
                let _e7815 = local_8;
                let _e7817 = local_7;
                let _e7818 = (_e7815 >= _e7817);
                if !(_e7818) {
                    let _e7824 = local_6;
                    let _e7826 = local_8;
                    let _e7832 = local_21;
                    c[(((_e7824 + (_e7826 << 2u)) + 4294963200u) >> 2u)] = _e7832;
                    pending = 125u;
                }
                let _e7842 = pending;
                if (_e7842 == 0u) {
                    let _e7856 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
                    if _e7856.exchanged {
                        atomicStore((&status[1]), local_id.x);
                        atomicStore((&status[2]), local_id.y);
                        atomicStore((&status[3]), local_id.z);
                        atomicStore((&status[4]), workgroup_id.x);
                        atomicStore((&status[5]), workgroup_id.y);
                        atomicStore((&status[6]), workgroup_id.z);
                        atomicStore((&status[7]), 281u);
                        atomicStore((&status[8]), 9u);
                        atomicStore((&status[9]), 10u);
                        atomicStore((&status[10]), 795046515u);
                        atomicStore((&status[11]), 778201452u);
                        atomicStore((&status[12]), 29554u);
                    }
                    return;
                }
            }
        }
        let _e7893 = pending;
        if (_e7893 == 125u) {
            pending = 0u;
        }
        let _e7899 = local;
        stack_pointer = (_e7899 + 32u);
        return;
    }
    let _e7904 = pending;
    if (_e7904 == 2u) {
        pending = 0u;
    }
    let _e7910 = local_15;
    let _e7912 = local_21;
    tb[((_e7910 + 4294963200u) >> 2u)] = _e7912;
    workgroupBarrier();
    let _e7920 = local;
    let _e7922 = local_23;
    stack[((_e7920 + 4293918760u) >> 2u)] = _e7922;
    let _e7930 = local;
    stack[((_e7930 + 4293918764u) >> 2u)] = 256u;
    let _e7939 = local;
    let _e7942 = vec2<u32>(1u, 0u);
    let _e7945 = vec2<u32>(32u, 0u);
    let _e7951 = (_e7945.x & 31u);
    let _e7955 = ((_e7945.x & 32u) != 0u);
    let _e7956 = (_e7942.x << _e7951);
    local_25 = vec2<u32>(select(_e7956, 0u, _e7955), select(((_e7942.y << _e7951) | ((_e7942.x >> 1u) >> (31u - _e7951))), _e7956, _e7955));
    let _e7970 = local_25;
    let _e7972 = local;
    let _e7977 = (_e7970 | vec2<u32>((_e7972 + 8u), 0u));
    let _e7981 = ((_e7939 + 4293918776u) >> 2u);
    stack[_e7981] = _e7977.x;
    stack[(_e7981 + 1u)] = _e7977.y;
    let _e7991 = local;
    let _e7993 = local_25;
    let _e7995 = local;
    let _e8000 = (_e7993 | vec2<u32>((_e7995 + 12u), 0u));
    let _e8004 = ((_e7991 + 4293918768u) >> 2u);
    stack[_e8004] = _e8000.x;
    stack[(_e8004 + 1u)] = _e8000.y;
    let _e8015 = local;
    let _e8025 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
    if _e8025.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 276u);
        atomicStore((&status[8]), 23u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
