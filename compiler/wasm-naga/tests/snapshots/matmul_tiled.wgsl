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
                    atomicStore((&status[7]), 274u);
                    atomicStore((&status[8]), 12u);
                    atomicStore((&status[9]), 10u);
                    atomicStore((&status[10]), 795046515u);
                    atomicStore((&status[11]), 778201452u);
                    atomicStore((&status[12]), 29554u);
                }
                return;
            }
        }
        let _e506 = pending;
        if (_e506 == 0u) {
            let _e510 = local_1;
            let _e515 = local_1;
            local_12 = ((_e510 >> 4u) + select(0u, 1u, ((_e515 & 15u) != 0u)));
            let _e526 = local_9;
            let _e528 = local_13;
            local_13 = (_e528 << 2u);
            let _e534 = local_13;
            local_15 = (_e526 + _e534);
            let _e538 = local_8;
            let _e540 = local_13;
            local_13 = (_e538 + _e540);
            let _e544 = local_9;
            let _e546 = local_10;
            local_16 = (_e544 + (_e546 << 2u));
            let _e553 = local_8;
            let _e555 = local_23;
            local_8 = (_e553 + (_e555 << 2u));
            let _e562 = local_9;
            let _e564 = local_10;
            local_26 = (_e564 + 240u);
            let _e569 = local_26;
            local_27 = (_e562 + (_e569 << 2u));
            let _e576 = local_9;
            let _e578 = local_10;
            local_28 = (_e578 + 224u);
            let _e583 = local_28;
            local_29 = (_e576 + (_e583 << 2u));
            let _e590 = local_9;
            let _e592 = local_10;
            local_30 = (_e592 + 208u);
            let _e597 = local_30;
            local_31 = (_e590 + (_e597 << 2u));
            let _e604 = local_9;
            let _e606 = local_10;
            local_32 = (_e606 + 192u);
            let _e611 = local_32;
            local_33 = (_e604 + (_e611 << 2u));
            let _e618 = local_9;
            let _e620 = local_10;
            local_34 = (_e620 + 176u);
            let _e625 = local_34;
            local_35 = (_e618 + (_e625 << 2u));
            let _e632 = local_9;
            let _e634 = local_10;
            local_36 = (_e634 + 160u);
            let _e639 = local_36;
            local_37 = (_e632 + (_e639 << 2u));
            let _e646 = local_9;
            let _e648 = local_10;
            local_38 = (_e648 + 144u);
            let _e653 = local_38;
            local_39 = (_e646 + (_e653 << 2u));
            let _e660 = local_9;
            let _e662 = local_10;
            local_40 = (_e662 + 128u);
            let _e667 = local_40;
            local_41 = (_e660 + (_e667 << 2u));
            let _e674 = local_9;
            let _e676 = local_10;
            local_42 = (_e676 + 112u);
            let _e681 = local_42;
            local_17 = (_e674 + (_e681 << 2u));
            let _e688 = local_9;
            let _e690 = local_10;
            local_43 = (_e690 + 96u);
            let _e695 = local_43;
            local_44 = (_e688 + (_e695 << 2u));
            let _e702 = local_9;
            let _e704 = local_10;
            local_45 = (_e704 + 80u);
            let _e709 = local_45;
            local_46 = (_e702 + (_e709 << 2u));
            let _e716 = local_9;
            let _e718 = local_10;
            local_47 = (_e718 + 64u);
            let _e723 = local_47;
            local_48 = (_e716 + (_e723 << 2u));
            let _e730 = local_9;
            let _e732 = local_10;
            local_49 = (_e732 + 48u);
            let _e737 = local_49;
            local_50 = (_e730 + (_e737 << 2u));
            let _e744 = local_9;
            let _e746 = local_10;
            local_51 = (_e746 + 32u);
            let _e751 = local_51;
            local_52 = (_e744 + (_e751 << 2u));
            let _e758 = local_9;
            let _e760 = local_10;
            local_53 = (_e760 + 16u);
            let _e765 = local_53;
            local_54 = (_e758 + (_e765 << 2u));
            let _e772 = local_19;
            let _e774 = local_1;
            let _e775 = (_e772 < _e774);
            if !(_e775) {
                let _e781 = local_20;
                let _e783 = local_1;
                let _e784 = (_e781 >= _e783);
                if !(_e784) {
                    let _e790 = local_23;
                    let _e792 = (_e790 < 256u);
                    if !(_e792) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e802 = local_10;
                        let _e804 = local_1;
                        let _e805 = (_e802 >= _e804);
                        if !(_e805) {
                            let _e811 = local_22;
                            let _e813 = local_10;
                            local_24 = (_e811 + _e813);
                            let _e817 = local_24;
                            let _e819 = local_3;
                            let _e820 = (_e817 >= _e819);
                            if _e820 {
                                pending = 11u;
                            }
                            let _e827 = pending;
                            if (_e827 == 0u) {
                                let _e831 = local_2;
                                let _e833 = local_24;
                                let _e848 = a[min((((_e831 + (_e833 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                local_55 = _e848;
                            }
                        }
                        let _e851 = pending;
                        if (_e851 == 0u) {
                            let _e855 = local_13;
                            let _e857 = local_55;
                            let _e861 = ((_e855 + 4294963200u) >> 2u);
                            ta[_e861] = _e857;
                            pending = 2u;
                        }
                    }
                    let _e869 = pending;
                    if (_e869 == 0u) {
                        let _e873 = local_10;
                        let _e875 = (_e873 < 256u);
                        if !(_e875) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e885 = local_10;
                            let _e887 = local_1;
                            let _e888 = (_e885 >= _e887);
                            if !(_e888) {
                                let _e894 = local_22;
                                let _e896 = local_10;
                                local_24 = (_e894 + _e896);
                                let _e900 = local_24;
                                let _e902 = local_3;
                                let _e903 = (_e900 >= _e902);
                                if _e903 {
                                    pending = 11u;
                                }
                                let _e910 = pending;
                                if (_e910 == 0u) {
                                    let _e914 = local_2;
                                    let _e916 = local_24;
                                    let _e931 = a[min((((_e914 + (_e916 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e931;
                                }
                            }
                            let _e934 = pending;
                            if (_e934 == 0u) {
                                let _e938 = local_13;
                                let _e940 = local_55;
                                let _e944 = ((_e938 + 4294963200u) >> 2u);
                                ta[_e944] = _e940;
                                pending = 6u;
                            }
                        }
                    }
                    let _e952 = pending;
                    if (_e952 == 0u) {
                        let _e956 = local_10;
                        let _e958 = (_e956 < 240u);
                        if !(_e958) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e968 = local_10;
                            let _e970 = local_1;
                            let _e971 = (_e968 >= _e970);
                            if !(_e971) {
                                let _e977 = local_22;
                                let _e979 = local_10;
                                local_24 = (_e977 + _e979);
                                let _e983 = local_24;
                                let _e985 = local_3;
                                let _e986 = (_e983 >= _e985);
                                if _e986 {
                                    pending = 11u;
                                }
                                let _e993 = pending;
                                if (_e993 == 0u) {
                                    let _e997 = local_2;
                                    let _e999 = local_24;
                                    let _e1014 = a[min((((_e997 + (_e999 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1014;
                                }
                            }
                            let _e1017 = pending;
                            if (_e1017 == 0u) {
                                let _e1021 = local_13;
                                let _e1023 = local_55;
                                let _e1027 = ((_e1021 + 4294963200u) >> 2u);
                                ta[_e1027] = _e1023;
                                let _e1033 = local_53;
                                local_10 = _e1033;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1038 = pending;
                    if (_e1038 == 0u) {
                        let _e1042 = local_10;
                        let _e1044 = (_e1042 < 224u);
                        if !(_e1044) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1054 = local_10;
                            let _e1056 = local_1;
                            let _e1057 = (_e1054 >= _e1056);
                            if !(_e1057) {
                                let _e1063 = local_22;
                                let _e1065 = local_10;
                                local_24 = (_e1063 + _e1065);
                                let _e1069 = local_24;
                                let _e1071 = local_3;
                                let _e1072 = (_e1069 >= _e1071);
                                if _e1072 {
                                    pending = 11u;
                                }
                                let _e1079 = pending;
                                if (_e1079 == 0u) {
                                    let _e1083 = local_2;
                                    let _e1085 = local_24;
                                    let _e1100 = a[min((((_e1083 + (_e1085 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1100;
                                }
                            }
                            let _e1103 = pending;
                            if (_e1103 == 0u) {
                                let _e1107 = local_13;
                                let _e1109 = local_55;
                                let _e1113 = ((_e1107 + 4294963200u) >> 2u);
                                ta[_e1113] = _e1109;
                                let _e1119 = local_51;
                                local_10 = _e1119;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1124 = pending;
                    if (_e1124 == 0u) {
                        let _e1128 = local_10;
                        let _e1130 = (_e1128 < 208u);
                        if !(_e1130) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1140 = local_10;
                            let _e1142 = local_1;
                            let _e1143 = (_e1140 >= _e1142);
                            if !(_e1143) {
                                let _e1149 = local_22;
                                let _e1151 = local_10;
                                local_24 = (_e1149 + _e1151);
                                let _e1155 = local_24;
                                let _e1157 = local_3;
                                let _e1158 = (_e1155 >= _e1157);
                                if _e1158 {
                                    pending = 11u;
                                }
                                let _e1165 = pending;
                                if (_e1165 == 0u) {
                                    let _e1169 = local_2;
                                    let _e1171 = local_24;
                                    let _e1186 = a[min((((_e1169 + (_e1171 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1186;
                                }
                            }
                            let _e1189 = pending;
                            if (_e1189 == 0u) {
                                let _e1193 = local_13;
                                let _e1195 = local_55;
                                let _e1199 = ((_e1193 + 4294963200u) >> 2u);
                                ta[_e1199] = _e1195;
                                let _e1205 = local_49;
                                local_10 = _e1205;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1210 = pending;
                    if (_e1210 == 0u) {
                        let _e1214 = local_10;
                        let _e1216 = (_e1214 < 192u);
                        if !(_e1216) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1226 = local_10;
                            let _e1228 = local_1;
                            let _e1229 = (_e1226 >= _e1228);
                            if !(_e1229) {
                                let _e1235 = local_22;
                                let _e1237 = local_10;
                                local_24 = (_e1235 + _e1237);
                                let _e1241 = local_24;
                                let _e1243 = local_3;
                                let _e1244 = (_e1241 >= _e1243);
                                if _e1244 {
                                    pending = 11u;
                                }
                                let _e1251 = pending;
                                if (_e1251 == 0u) {
                                    let _e1255 = local_2;
                                    let _e1257 = local_24;
                                    let _e1272 = a[min((((_e1255 + (_e1257 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1272;
                                }
                            }
                            let _e1275 = pending;
                            if (_e1275 == 0u) {
                                let _e1279 = local_13;
                                let _e1281 = local_55;
                                let _e1285 = ((_e1279 + 4294963200u) >> 2u);
                                ta[_e1285] = _e1281;
                                let _e1291 = local_47;
                                local_10 = _e1291;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1296 = pending;
                    if (_e1296 == 0u) {
                        let _e1300 = local_10;
                        let _e1302 = (_e1300 < 176u);
                        if !(_e1302) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1312 = local_10;
                            let _e1314 = local_1;
                            let _e1315 = (_e1312 >= _e1314);
                            if !(_e1315) {
                                let _e1321 = local_22;
                                let _e1323 = local_10;
                                local_24 = (_e1321 + _e1323);
                                let _e1327 = local_24;
                                let _e1329 = local_3;
                                let _e1330 = (_e1327 >= _e1329);
                                if _e1330 {
                                    pending = 11u;
                                }
                                let _e1337 = pending;
                                if (_e1337 == 0u) {
                                    let _e1341 = local_2;
                                    let _e1343 = local_24;
                                    let _e1358 = a[min((((_e1341 + (_e1343 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1358;
                                }
                            }
                            let _e1361 = pending;
                            if (_e1361 == 0u) {
                                let _e1365 = local_13;
                                let _e1367 = local_55;
                                let _e1371 = ((_e1365 + 4294963200u) >> 2u);
                                ta[_e1371] = _e1367;
                                let _e1377 = local_45;
                                local_10 = _e1377;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1382 = pending;
                    if (_e1382 == 0u) {
                        let _e1386 = local_10;
                        let _e1388 = (_e1386 < 160u);
                        if !(_e1388) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e1398 = local_10;
                            let _e1400 = local_1;
                            let _e1401 = (_e1398 >= _e1400);
                            if !(_e1401) {
                                let _e1407 = local_22;
                                let _e1409 = local_10;
                                local_24 = (_e1407 + _e1409);
                                let _e1413 = local_24;
                                let _e1415 = local_3;
                                let _e1416 = (_e1413 >= _e1415);
                                if _e1416 {
                                    pending = 11u;
                                }
                                let _e1423 = pending;
                                if (_e1423 == 0u) {
                                    let _e1427 = local_2;
                                    let _e1429 = local_24;
                                    let _e1444 = a[min((((_e1427 + (_e1429 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e1444;
                                }
                            }
                            let _e1447 = pending;
                            if (_e1447 == 0u) {
                                let _e1451 = local_13;
                                let _e1453 = local_55;
                                let _e1457 = ((_e1451 + 4294963200u) >> 2u);
                                ta[_e1457] = _e1453;
                                let _e1463 = local_43;
                                local_10 = _e1463;
                                pending = 6u;
                            }
                        }
                    }
                    let _e1468 = pending;
                    if (_e1468 == 0u) {
                        let _e1472 = local_10;
                        let _e1474 = (_e1472 > 143u);
                        if !(_e1474) {
                            let _e1480 = local_10;
                            let _e1482 = (_e1480 < 128u);
                            if !(_e1482) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e1492 = local_10;
                                let _e1494 = local_1;
                                let _e1495 = (_e1492 >= _e1494);
                                if !(_e1495) {
                                    let _e1501 = local_10;
                                    let _e1503 = local_22;
                                    local_24 = (_e1501 + _e1503);
                                    let _e1507 = local_24;
                                    let _e1509 = local_3;
                                    let _e1510 = (_e1507 >= _e1509);
                                    if _e1510 {
                                        pending = 11u;
                                    }
                                    let _e1517 = pending;
                                    if (_e1517 == 0u) {
                                        let _e1521 = local_2;
                                        let _e1523 = local_24;
                                        let _e1538 = a[min((((_e1521 + (_e1523 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e1538;
                                    }
                                }
                                let _e1541 = pending;
                                if (_e1541 == 0u) {
                                    let _e1545 = local_13;
                                    let _e1547 = local_55;
                                    let _e1551 = ((_e1545 + 4294963200u) >> 2u);
                                    ta[_e1551] = _e1547;
                                    let _e1557 = local_40;
                                    local_10 = _e1557;
                                    pending = 6u;
                                }
                            }
                            let _e1562 = pending;
                            if (_e1562 == 0u) {
                                let _e1566 = local_10;
                                let _e1568 = (_e1566 < 112u);
                                if !(_e1568) {
                                    local_21 = 0f;
                                    local_55 = 0f;
                                    let _e1578 = local_10;
                                    let _e1580 = local_1;
                                    let _e1581 = (_e1578 >= _e1580);
                                    if _e1581 {
                                        pending = 65u;
                                    }
                                    let _e1588 = pending;
                                    if (_e1588 == 0u) {
                                        let _e1592 = local_10;
                                        let _e1594 = local_22;
                                        local_24 = (_e1592 + _e1594);
                                        let _e1598 = local_24;
                                        let _e1600 = local_3;
                                        let _e1601 = (_e1598 >= _e1600);
                                        if _e1601 {
                                            pending = 11u;
                                        }
                                    }
                                    let _e1608 = pending;
                                    if (_e1608 == 0u) {
                                        let _e1612 = local_2;
                                        let _e1614 = local_24;
                                        let _e1629 = a[min((((_e1612 + (_e1614 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e1629;
                                    }
                                    let _e1632 = pending;
                                    if (_e1632 == 65u) {
                                        pending = 0u;
                                    }
                                    let _e1638 = pending;
                                    if (_e1638 == 0u) {
                                        let _e1642 = local_13;
                                        let _e1644 = local_55;
                                        let _e1648 = ((_e1642 + 4294963200u) >> 2u);
                                        ta[_e1648] = _e1644;
                                        let _e1654 = local_38;
                                        local_10 = _e1654;
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e1659 = pending;
                            if (_e1659 == 0u) {
                                let _e1663 = local_10;
                                let _e1665 = (_e1663 < 96u);
                                if !(_e1665) {
                                    local_21 = 0f;
                                    local_55 = 0f;
                                    let _e1675 = local_10;
                                    let _e1677 = local_1;
                                    let _e1678 = (_e1675 >= _e1677);
                                    if _e1678 {
                                        pending = 67u;
                                    }
                                    let _e1685 = pending;
                                    if (_e1685 == 0u) {
                                        let _e1689 = local_10;
                                        let _e1691 = local_22;
                                        local_24 = (_e1689 + _e1691);
                                        let _e1695 = local_24;
                                        let _e1697 = local_3;
                                        let _e1698 = (_e1695 >= _e1697);
                                        if _e1698 {
                                            pending = 11u;
                                        }
                                    }
                                    let _e1705 = pending;
                                    if (_e1705 == 0u) {
                                        let _e1709 = local_2;
                                        let _e1711 = local_24;
                                        let _e1726 = a[min((((_e1709 + (_e1711 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e1726;
                                    }
                                    let _e1729 = pending;
                                    if (_e1729 == 67u) {
                                        pending = 0u;
                                    }
                                    let _e1735 = pending;
                                    if (_e1735 == 0u) {
                                        let _e1739 = local_13;
                                        let _e1741 = local_55;
                                        let _e1745 = ((_e1739 + 4294963200u) >> 2u);
                                        ta[_e1745] = _e1741;
                                        let _e1751 = local_36;
                                        local_10 = _e1751;
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e1756 = pending;
                            if (_e1756 == 0u) {
                                let _e1760 = local_10;
                                let _e1762 = (_e1760 > 79u);
                                if !(_e1762) {
                                    let _e1768 = local_2;
                                    let _e1770 = local_10;
                                    let _e1772 = local_22;
                                    local_11 = (_e1768 + ((_e1770 + _e1772) << 2u));
                                    local_21 = 0f;
                                    let _e1782 = local_10;
                                    local_9 = select(0u, 1u, (_e1782 > 63u));
                                    let _e1790 = local_10;
                                    local_23 = select(0u, 1u, (_e1790 > 47u));
                                    let _e1798 = local_10;
                                    local_14 = select(0u, 1u, (_e1798 > 31u));
                                    let _e1806 = local_10;
                                    local_5 = select(0u, 1u, (_e1806 > 15u));
                                    loop {
                                        local_55 = 0f;
                                        let _e1816 = local_10;
                                        let _e1818 = local_1;
                                        let _e1819 = (_e1816 >= _e1818);
                                        if _e1819 {
                                            pending = 70u;
                                        }
                                        let _e1826 = pending;
                                        if (_e1826 == 0u) {
                                            let _e1830 = local_22;
                                            let _e1832 = local_10;
                                            local_24 = (_e1830 + _e1832);
                                            let _e1836 = local_24;
                                            let _e1838 = local_3;
                                            let _e1839 = (_e1836 >= _e1838);
                                            if _e1839 {
                                                pending = 11u;
                                                break;
                                            }
                                            let _e1846 = local_11;
                                            let _e1857 = a[min(((_e1846 + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                            local_55 = _e1857;
                                        }
                                        let _e1860 = pending;
                                        if (_e1860 == 70u) {
                                            pending = 0u;
                                        }
                                        let _e1866 = local_13;
                                        let _e1868 = local_55;
                                        let _e1872 = ((_e1866 + 4294963200u) >> 2u);
                                        ta[_e1872] = _e1868;
                                        let _e1878 = local_15;
                                        let _e1883 = ((_e1878 + 4294963200u) >> 2u);
                                        tb[_e1883] = bitcast<f32>(0u);
                                        workgroupBarrier();
                                        let _e1890 = local_8;
                                        let _e1894 = ((_e1890 + 4294963248u) >> 2u);
                                        let _e1899 = ta[_e1894];
                                        local_55 = _e1899;
                                        let _e1902 = local_35;
                                        let _e1906 = ((_e1902 + 4294963200u) >> 2u);
                                        let _e1911 = tb[_e1906];
                                        local_56 = _e1911;
                                        let _e1914 = local_8;
                                        let _e1918 = ((_e1914 + 4294963244u) >> 2u);
                                        let _e1923 = ta[_e1918];
                                        local_57 = _e1923;
                                        let _e1926 = local_37;
                                        let _e1930 = ((_e1926 + 4294963200u) >> 2u);
                                        let _e1935 = tb[_e1930];
                                        local_58 = _e1935;
                                        let _e1938 = local_8;
                                        let _e1942 = ((_e1938 + 4294963240u) >> 2u);
                                        let _e1947 = ta[_e1942];
                                        local_59 = _e1947;
                                        let _e1950 = local_39;
                                        let _e1954 = ((_e1950 + 4294963200u) >> 2u);
                                        let _e1959 = tb[_e1954];
                                        local_60 = _e1959;
                                        let _e1962 = local_8;
                                        let _e1966 = ((_e1962 + 4294963236u) >> 2u);
                                        let _e1971 = ta[_e1966];
                                        local_61 = _e1971;
                                        let _e1974 = local_41;
                                        let _e1978 = ((_e1974 + 4294963200u) >> 2u);
                                        let _e1983 = tb[_e1978];
                                        local_62 = _e1983;
                                        let _e1986 = local_8;
                                        let _e1990 = ((_e1986 + 4294963232u) >> 2u);
                                        let _e1995 = ta[_e1990];
                                        local_63 = _e1995;
                                        let _e1998 = local_17;
                                        let _e2002 = ((_e1998 + 4294963200u) >> 2u);
                                        let _e2007 = tb[_e2002];
                                        local_64 = _e2007;
                                        let _e2010 = local_8;
                                        let _e2014 = ((_e2010 + 4294963228u) >> 2u);
                                        let _e2019 = ta[_e2014];
                                        local_65 = _e2019;
                                        let _e2022 = local_44;
                                        let _e2026 = ((_e2022 + 4294963200u) >> 2u);
                                        let _e2031 = tb[_e2026];
                                        local_66 = _e2031;
                                        let _e2034 = local_8;
                                        let _e2038 = ((_e2034 + 4294963224u) >> 2u);
                                        let _e2043 = ta[_e2038];
                                        local_67 = _e2043;
                                        let _e2046 = local_46;
                                        let _e2050 = ((_e2046 + 4294963200u) >> 2u);
                                        let _e2055 = tb[_e2050];
                                        local_68 = _e2055;
                                        let _e2058 = local_8;
                                        let _e2062 = ((_e2058 + 4294963220u) >> 2u);
                                        let _e2067 = ta[_e2062];
                                        local_69 = _e2067;
                                        let _e2070 = local_48;
                                        let _e2074 = ((_e2070 + 4294963200u) >> 2u);
                                        let _e2079 = tb[_e2074];
                                        local_70 = _e2079;
                                        let _e2082 = local_8;
                                        let _e2086 = ((_e2082 + 4294963216u) >> 2u);
                                        let _e2091 = ta[_e2086];
                                        local_71 = _e2091;
                                        let _e2094 = local_50;
                                        let _e2098 = ((_e2094 + 4294963200u) >> 2u);
                                        let _e2103 = tb[_e2098];
                                        local_72 = _e2103;
                                        let _e2106 = local_8;
                                        let _e2110 = ((_e2106 + 4294963212u) >> 2u);
                                        let _e2115 = ta[_e2110];
                                        local_73 = _e2115;
                                        let _e2118 = local_52;
                                        let _e2122 = ((_e2118 + 4294963200u) >> 2u);
                                        let _e2127 = tb[_e2122];
                                        local_74 = _e2127;
                                        let _e2130 = local_8;
                                        let _e2134 = ((_e2130 + 4294963208u) >> 2u);
                                        let _e2139 = ta[_e2134];
                                        local_75 = _e2139;
                                        let _e2142 = local_54;
                                        let _e2146 = ((_e2142 + 4294963200u) >> 2u);
                                        let _e2151 = tb[_e2146];
                                        local_76 = _e2151;
                                        let _e2154 = local_8;
                                        let _e2158 = ((_e2154 + 4294963204u) >> 2u);
                                        let _e2163 = ta[_e2158];
                                        local_77 = _e2163;
                                        let _e2166 = local_16;
                                        let _e2170 = ((_e2166 + 4294963200u) >> 2u);
                                        let _e2175 = tb[_e2170];
                                        local_78 = _e2175;
                                        let _e2178 = local_8;
                                        let _e2182 = ((_e2178 + 4294963200u) >> 2u);
                                        let _e2187 = ta[_e2182];
                                        local_79 = _e2187;
                                        let _e2190 = local;
                                        let _e2192 = local_32;
                                        stack[min(((_e2190 + 4293918760u) >> 2u), 7u)] = _e2192;
                                        let _e2202 = local;
                                        stack[min(((_e2202 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e2213 = local_9;
                                        if (_e2213 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e2219 = local_8;
                                        let _e2223 = ((_e2219 + 4294963252u) >> 2u);
                                        let _e2228 = ta[_e2223];
                                        local_80 = _e2228;
                                        let _e2231 = local_33;
                                        let _e2235 = ((_e2231 + 4294963200u) >> 2u);
                                        let _e2240 = tb[_e2235];
                                        local_81 = _e2240;
                                        let _e2243 = local;
                                        let _e2245 = local_30;
                                        stack[min(((_e2243 + 4293918760u) >> 2u), 7u)] = _e2245;
                                        let _e2255 = local;
                                        stack[min(((_e2255 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e2266 = local_23;
                                        if (_e2266 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e2272 = local_8;
                                        let _e2276 = ((_e2272 + 4294963256u) >> 2u);
                                        let _e2281 = ta[_e2276];
                                        local_82 = _e2281;
                                        let _e2284 = local_31;
                                        let _e2288 = ((_e2284 + 4294963200u) >> 2u);
                                        let _e2293 = tb[_e2288];
                                        local_83 = _e2293;
                                        let _e2296 = local;
                                        let _e2298 = local_28;
                                        stack[min(((_e2296 + 4293918760u) >> 2u), 7u)] = _e2298;
                                        let _e2308 = local;
                                        stack[min(((_e2308 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e2319 = local_14;
                                        if (_e2319 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e2325 = local_8;
                                        let _e2329 = ((_e2325 + 4294963260u) >> 2u);
                                        let _e2334 = ta[_e2329];
                                        local_84 = _e2334;
                                        let _e2337 = local_29;
                                        let _e2341 = ((_e2337 + 4294963200u) >> 2u);
                                        let _e2346 = tb[_e2341];
                                        local_85 = _e2346;
                                        let _e2349 = local;
                                        let _e2351 = local_26;
                                        stack[min(((_e2349 + 4293918760u) >> 2u), 7u)] = _e2351;
                                        let _e2361 = local;
                                        stack[min(((_e2361 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e2372 = local_5;
                                        if (_e2372 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e2378 = local_21;
                                        let _e2380 = local_79;
                                        let _e2382 = local_78;
                                        let _e2386 = local_77;
                                        let _e2388 = local_76;
                                        let _e2392 = local_75;
                                        let _e2394 = local_74;
                                        let _e2398 = local_73;
                                        let _e2400 = local_72;
                                        let _e2404 = local_71;
                                        let _e2406 = local_70;
                                        let _e2410 = local_69;
                                        let _e2412 = local_68;
                                        let _e2416 = local_67;
                                        let _e2418 = local_66;
                                        let _e2422 = local_65;
                                        let _e2424 = local_64;
                                        let _e2428 = local_63;
                                        let _e2430 = local_62;
                                        let _e2434 = local_61;
                                        let _e2436 = local_60;
                                        let _e2440 = local_59;
                                        let _e2442 = local_58;
                                        let _e2446 = local_57;
                                        let _e2448 = local_56;
                                        let _e2452 = local_55;
                                        let _e2454 = local_81;
                                        let _e2458 = local_80;
                                        let _e2460 = local_83;
                                        let _e2464 = local_82;
                                        let _e2466 = local_85;
                                        let _e2470 = local_84;
                                        let _e2472 = local_27;
                                        let _e2476 = ((_e2472 + 4294963200u) >> 2u);
                                        let _e2481 = tb[_e2476];
                                        local_21 = ((((((((((((((((_e2378 + (_e2380 * _e2382)) + (_e2386 * _e2388)) + (_e2392 * _e2394)) + (_e2398 * _e2400)) + (_e2404 * _e2406)) + (_e2410 * _e2412)) + (_e2416 * _e2418)) + (_e2422 * _e2424)) + (_e2428 * _e2430)) + (_e2434 * _e2436)) + (_e2440 * _e2442)) + (_e2446 * _e2448)) + (_e2452 * _e2454)) + (_e2458 * _e2460)) + (_e2464 * _e2466)) + (_e2470 * _e2481));
                                        let _e2486 = local_11;
                                        local_11 = (_e2486 + 64u);
                                        let _e2491 = local_10;
                                        local_10 = (_e2491 + 16u);
                                        workgroupBarrier();
                                        let _e2496 = local_12;
                                        local_12 = (_e2496 + 4294967295u);
                                        let _e2501 = local_12;
                                        if (_e2501 != 0u) {
                                            continue;
                                        }
                                        pending = 3u;
                                        break;
                                        break;
                                    }
                                }
                            }
                            let _e2507 = pending;
                            if (_e2507 == 0u) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e2515 = local_10;
                                let _e2517 = local_1;
                                let _e2518 = (_e2515 >= _e2517);
                                if !(_e2518) {
                                    let _e2524 = local_10;
                                    let _e2526 = local_22;
                                    local_24 = (_e2524 + _e2526);
                                    let _e2530 = local_24;
                                    let _e2532 = local_3;
                                    let _e2533 = (_e2530 >= _e2532);
                                    if _e2533 {
                                        pending = 11u;
                                    }
                                    let _e2540 = pending;
                                    if (_e2540 == 0u) {
                                        let _e2544 = local_2;
                                        let _e2546 = local_24;
                                        let _e2561 = a[min((((_e2544 + (_e2546 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e2561;
                                    }
                                }
                            }
                            let _e2564 = pending;
                            if (_e2564 == 0u) {
                                let _e2568 = local_13;
                                let _e2570 = local_55;
                                let _e2574 = ((_e2568 + 4294963200u) >> 2u);
                                ta[_e2574] = _e2570;
                                let _e2580 = local_34;
                                local_10 = _e2580;
                                pending = 6u;
                            }
                        }
                    }
                    let _e2585 = pending;
                    if (_e2585 == 0u) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e2593 = local_10;
                        let _e2595 = local_1;
                        let _e2596 = (_e2593 >= _e2595);
                        if !(_e2596) {
                            let _e2602 = local_22;
                            let _e2604 = local_10;
                            local_24 = (_e2602 + _e2604);
                            let _e2608 = local_24;
                            let _e2610 = local_3;
                            let _e2611 = (_e2608 >= _e2610);
                            if _e2611 {
                                pending = 11u;
                            }
                            let _e2618 = pending;
                            if (_e2618 == 0u) {
                                let _e2622 = local_2;
                                let _e2624 = local_24;
                                let _e2639 = a[min((((_e2622 + (_e2624 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                local_55 = _e2639;
                            }
                        }
                    }
                    let _e2642 = pending;
                    if (_e2642 == 0u) {
                        let _e2646 = local_13;
                        let _e2648 = local_55;
                        let _e2652 = ((_e2646 + 4294963200u) >> 2u);
                        ta[_e2652] = _e2648;
                        let _e2658 = local_42;
                        local_10 = _e2658;
                        pending = 6u;
                    }
                }
                let _e2663 = pending;
                if (_e2663 == 0u) {
                    let _e2667 = local_23;
                    let _e2669 = (_e2667 < 256u);
                    if !(_e2669) {
                        let _e2675 = local_13;
                        let _e2680 = ((_e2675 + 4294963200u) >> 2u);
                        ta[_e2680] = bitcast<f32>(0u);
                        local_21 = 0f;
                        pending = 2u;
                    }
                }
                let _e2691 = pending;
                if (_e2691 == 0u) {
                    let _e2695 = local_10;
                    let _e2697 = (_e2695 < 256u);
                    if !(_e2697) {
                        let _e2703 = local_13;
                        let _e2708 = ((_e2703 + 4294963200u) >> 2u);
                        ta[_e2708] = bitcast<f32>(0u);
                        local_21 = 0f;
                        pending = 6u;
                    }
                }
                let _e2719 = pending;
                if (_e2719 == 0u) {
                    let _e2723 = local_10;
                    let _e2725 = (_e2723 < 240u);
                    if !(_e2725) {
                        let _e2731 = local_13;
                        let _e2736 = ((_e2731 + 4294963200u) >> 2u);
                        ta[_e2736] = bitcast<f32>(0u);
                        pending = 42u;
                    }
                }
                let _e2745 = pending;
                if (_e2745 == 0u) {
                    let _e2749 = local_10;
                    let _e2751 = (_e2749 < 224u);
                    if !(_e2751) {
                        let _e2757 = local_13;
                        let _e2762 = ((_e2757 + 4294963200u) >> 2u);
                        ta[_e2762] = bitcast<f32>(0u);
                        pending = 39u;
                    }
                }
                let _e2771 = pending;
                if (_e2771 == 0u) {
                    let _e2775 = local_10;
                    let _e2777 = (_e2775 < 208u);
                    if !(_e2777) {
                        let _e2783 = local_13;
                        let _e2788 = ((_e2783 + 4294963200u) >> 2u);
                        ta[_e2788] = bitcast<f32>(0u);
                        pending = 36u;
                    }
                }
                let _e2797 = pending;
                if (_e2797 == 0u) {
                    let _e2801 = local_10;
                    let _e2803 = (_e2801 < 192u);
                    if !(_e2803) {
                        let _e2809 = local_13;
                        let _e2814 = ((_e2809 + 4294963200u) >> 2u);
                        ta[_e2814] = bitcast<f32>(0u);
                        pending = 33u;
                    }
                }
                let _e2823 = pending;
                if (_e2823 == 0u) {
                    let _e2827 = local_10;
                    let _e2829 = (_e2827 < 176u);
                    if !(_e2829) {
                        let _e2835 = local_13;
                        let _e2840 = ((_e2835 + 4294963200u) >> 2u);
                        ta[_e2840] = bitcast<f32>(0u);
                        pending = 30u;
                    }
                }
                let _e2849 = pending;
                if (_e2849 == 0u) {
                    let _e2853 = local_10;
                    let _e2855 = (_e2853 < 160u);
                    if !(_e2855) {
                        let _e2861 = local_13;
                        let _e2866 = ((_e2861 + 4294963200u) >> 2u);
                        ta[_e2866] = bitcast<f32>(0u);
                        pending = 27u;
                    }
                }
                let _e2875 = pending;
                if (_e2875 == 0u) {
                    let _e2879 = local_10;
                    let _e2881 = (_e2879 < 144u);
                    if !(_e2881) {
                        let _e2887 = local_13;
                        let _e2892 = ((_e2887 + 4294963200u) >> 2u);
                        ta[_e2892] = bitcast<f32>(0u);
                        pending = 15u;
                    }
                }
                let _e2901 = pending;
                if (_e2901 == 0u) {
                    let _e2905 = local_10;
                    let _e2907 = (_e2905 < 128u);
                    if !(_e2907) {
                        let _e2913 = local_13;
                        let _e2918 = ((_e2913 + 4294963200u) >> 2u);
                        ta[_e2918] = bitcast<f32>(0u);
                        pending = 24u;
                    }
                }
                let _e2927 = pending;
                if (_e2927 == 0u) {
                    let _e2931 = local_10;
                    let _e2933 = (_e2931 > 111u);
                    if _e2933 {
                        pending = 8u;
                    }
                }
                let _e2940 = pending;
                if (_e2940 == 0u) {
                    let _e2944 = local_10;
                    let _e2946 = (_e2944 < 96u);
                    if !(_e2946) {
                        let _e2952 = local_13;
                        let _e2957 = ((_e2952 + 4294963200u) >> 2u);
                        ta[_e2957] = bitcast<f32>(0u);
                        pending = 21u;
                    }
                }
                let _e2966 = pending;
                if (_e2966 == 0u) {
                    let _e2970 = local_10;
                    let _e2972 = (_e2970 < 80u);
                    if !(_e2972) {
                        let _e2978 = local_13;
                        let _e2983 = ((_e2978 + 4294963200u) >> 2u);
                        ta[_e2983] = bitcast<f32>(0u);
                        pending = 18u;
                    }
                }
                let _e2992 = pending;
                if (_e2992 == 0u) {
                    let _e2996 = local_10;
                    let _e2998 = (_e2996 < 64u);
                    if !(_e2998) {
                        let _e3004 = local_13;
                        let _e3009 = ((_e3004 + 4294963200u) >> 2u);
                        ta[_e3009] = bitcast<f32>(0u);
                        local_21 = 0f;
                        let _e3018 = local_32;
                        local_10 = _e3018;
                        pending = 6u;
                    }
                }
                let _e3023 = pending;
                if (_e3023 == 0u) {
                    let _e3027 = local_10;
                    let _e3029 = (_e3027 < 48u);
                    if !(_e3029) {
                        let _e3035 = local_13;
                        let _e3040 = ((_e3035 + 4294963200u) >> 2u);
                        ta[_e3040] = bitcast<f32>(0u);
                        local_21 = 0f;
                        let _e3049 = local_30;
                        local_10 = _e3049;
                        pending = 6u;
                    }
                }
                let _e3054 = pending;
                if (_e3054 == 0u) {
                    let _e3058 = local_10;
                    let _e3060 = (_e3058 < 32u);
                    if !(_e3060) {
                        let _e3066 = local_13;
                        let _e3071 = ((_e3066 + 4294963200u) >> 2u);
                        ta[_e3071] = bitcast<f32>(0u);
                        local_21 = 0f;
                        let _e3080 = local_28;
                        local_10 = _e3080;
                        pending = 6u;
                    }
                }
                let _e3085 = pending;
                if (_e3085 == 0u) {
                    let _e3089 = local_10;
                    let _e3091 = (_e3089 > 15u);
                    if _e3091 {
                        pending = 9u;
                    }
                }
                let _e3098 = pending;
                if (_e3098 == 0u) {
                    local_21 = 0f;
                    loop {
                        let _e3104 = local_13;
                        let _e3109 = ((_e3104 + 4294963200u) >> 2u);
                        ta[_e3109] = bitcast<f32>(0u);
                        let _e3116 = local_15;
                        let _e3121 = ((_e3116 + 4294963200u) >> 2u);
                        tb[_e3121] = bitcast<f32>(0u);
                        workgroupBarrier();
                        let _e3128 = local_21;
                        let _e3130 = local_8;
                        let _e3134 = ((_e3130 + 4294963200u) >> 2u);
                        let _e3139 = ta[_e3134];
                        let _e3141 = local_16;
                        let _e3145 = ((_e3141 + 4294963200u) >> 2u);
                        let _e3150 = tb[_e3145];
                        let _e3154 = local_8;
                        let _e3158 = ((_e3154 + 4294963204u) >> 2u);
                        let _e3163 = ta[_e3158];
                        let _e3165 = local_54;
                        let _e3169 = ((_e3165 + 4294963200u) >> 2u);
                        let _e3174 = tb[_e3169];
                        let _e3178 = local_8;
                        let _e3182 = ((_e3178 + 4294963208u) >> 2u);
                        let _e3187 = ta[_e3182];
                        let _e3189 = local_52;
                        let _e3193 = ((_e3189 + 4294963200u) >> 2u);
                        let _e3198 = tb[_e3193];
                        let _e3202 = local_8;
                        let _e3206 = ((_e3202 + 4294963212u) >> 2u);
                        let _e3211 = ta[_e3206];
                        let _e3213 = local_50;
                        let _e3217 = ((_e3213 + 4294963200u) >> 2u);
                        let _e3222 = tb[_e3217];
                        let _e3226 = local_8;
                        let _e3230 = ((_e3226 + 4294963216u) >> 2u);
                        let _e3235 = ta[_e3230];
                        let _e3237 = local_48;
                        let _e3241 = ((_e3237 + 4294963200u) >> 2u);
                        let _e3246 = tb[_e3241];
                        let _e3250 = local_8;
                        let _e3254 = ((_e3250 + 4294963220u) >> 2u);
                        let _e3259 = ta[_e3254];
                        let _e3261 = local_46;
                        let _e3265 = ((_e3261 + 4294963200u) >> 2u);
                        let _e3270 = tb[_e3265];
                        let _e3274 = local_8;
                        let _e3278 = ((_e3274 + 4294963224u) >> 2u);
                        let _e3283 = ta[_e3278];
                        let _e3285 = local_44;
                        let _e3289 = ((_e3285 + 4294963200u) >> 2u);
                        let _e3294 = tb[_e3289];
                        let _e3298 = local_8;
                        let _e3302 = ((_e3298 + 4294963228u) >> 2u);
                        let _e3307 = ta[_e3302];
                        let _e3309 = local_17;
                        let _e3313 = ((_e3309 + 4294963200u) >> 2u);
                        let _e3318 = tb[_e3313];
                        let _e3322 = local_8;
                        let _e3326 = ((_e3322 + 4294963232u) >> 2u);
                        let _e3331 = ta[_e3326];
                        let _e3333 = local_41;
                        let _e3337 = ((_e3333 + 4294963200u) >> 2u);
                        let _e3342 = tb[_e3337];
                        let _e3346 = local_8;
                        let _e3350 = ((_e3346 + 4294963236u) >> 2u);
                        let _e3355 = ta[_e3350];
                        let _e3357 = local_39;
                        let _e3361 = ((_e3357 + 4294963200u) >> 2u);
                        let _e3366 = tb[_e3361];
                        let _e3370 = local_8;
                        let _e3374 = ((_e3370 + 4294963240u) >> 2u);
                        let _e3379 = ta[_e3374];
                        let _e3381 = local_37;
                        let _e3385 = ((_e3381 + 4294963200u) >> 2u);
                        let _e3390 = tb[_e3385];
                        let _e3394 = local_8;
                        let _e3398 = ((_e3394 + 4294963244u) >> 2u);
                        let _e3403 = ta[_e3398];
                        let _e3405 = local_35;
                        let _e3409 = ((_e3405 + 4294963200u) >> 2u);
                        let _e3414 = tb[_e3409];
                        let _e3418 = local_8;
                        let _e3422 = ((_e3418 + 4294963248u) >> 2u);
                        let _e3427 = ta[_e3422];
                        let _e3429 = local_33;
                        let _e3433 = ((_e3429 + 4294963200u) >> 2u);
                        let _e3438 = tb[_e3433];
                        let _e3442 = local_8;
                        let _e3446 = ((_e3442 + 4294963252u) >> 2u);
                        let _e3451 = ta[_e3446];
                        let _e3453 = local_31;
                        let _e3457 = ((_e3453 + 4294963200u) >> 2u);
                        let _e3462 = tb[_e3457];
                        let _e3466 = local_8;
                        let _e3470 = ((_e3466 + 4294963256u) >> 2u);
                        let _e3475 = ta[_e3470];
                        let _e3477 = local_29;
                        let _e3481 = ((_e3477 + 4294963200u) >> 2u);
                        let _e3486 = tb[_e3481];
                        let _e3490 = local_8;
                        let _e3494 = ((_e3490 + 4294963260u) >> 2u);
                        let _e3499 = ta[_e3494];
                        let _e3501 = local_27;
                        let _e3505 = ((_e3501 + 4294963200u) >> 2u);
                        let _e3510 = tb[_e3505];
                        local_21 = ((((((((((((((((_e3128 + (_e3139 * _e3150)) + (_e3163 * _e3174)) + (_e3187 * _e3198)) + (_e3211 * _e3222)) + (_e3235 * _e3246)) + (_e3259 * _e3270)) + (_e3283 * _e3294)) + (_e3307 * _e3318)) + (_e3331 * _e3342)) + (_e3355 * _e3366)) + (_e3379 * _e3390)) + (_e3403 * _e3414)) + (_e3427 * _e3438)) + (_e3451 * _e3462)) + (_e3475 * _e3486)) + (_e3499 * _e3510));
                        workgroupBarrier();
                        let _e3515 = local_12;
                        local_12 = (_e3515 + 4294967295u);
                        let _e3520 = local_12;
                        if (_e3520 != 0u) {
                            continue;
                        }
                        pending = 3u;
                        break;
                        break;
                    }
                }
            }
            let _e3526 = pending;
            if (_e3526 == 0u) {
                let _e3530 = local_20;
                let _e3532 = local_1;
                let _e3533 = (_e3530 >= _e3532);
                if !(_e3533) {
                    let _e3539 = local_23;
                    let _e3541 = (_e3539 < 256u);
                    if !(_e3541) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e3551 = local_10;
                        let _e3553 = local_1;
                        let _e3554 = (_e3551 >= _e3553);
                        if !(_e3554) {
                            let _e3560 = local_22;
                            let _e3562 = local_10;
                            local_24 = (_e3560 + _e3562);
                            let _e3566 = local_24;
                            let _e3568 = local_3;
                            let _e3569 = (_e3566 >= _e3568);
                            if _e3569 {
                                pending = 11u;
                            }
                            let _e3576 = pending;
                            if (_e3576 == 0u) {
                                let _e3580 = local_2;
                                let _e3582 = local_24;
                                let _e3597 = a[min((((_e3580 + (_e3582 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                local_55 = _e3597;
                            }
                        }
                        let _e3600 = pending;
                        if (_e3600 == 0u) {
                            let _e3604 = local_13;
                            let _e3606 = local_55;
                            let _e3610 = ((_e3604 + 4294963200u) >> 2u);
                            ta[_e3610] = _e3606;
                            let _e3616 = local_11;
                            let _e3618 = local_1;
                            let _e3619 = (_e3616 >= _e3618);
                            if _e3619 {
                                pending = 2u;
                            }
                        }
                        let _e3626 = pending;
                        if (_e3626 == 0u) {
                            let _e3630 = local_19;
                            let _e3632 = local_11;
                            let _e3634 = local_1;
                            local_9 = (_e3630 + (_e3632 * _e3634));
                            let _e3639 = local_9;
                            let _e3641 = local_5;
                            let _e3642 = (_e3639 >= _e3641);
                            if _e3642 {
                                pending = 10u;
                            }
                        }
                        let _e3649 = pending;
                        if (_e3649 == 0u) {
                            let _e3653 = local_4;
                            let _e3655 = local_9;
                            let _e3670 = b[min((((_e3653 + (_e3655 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                            local_21 = _e3670;
                            pending = 2u;
                        }
                    }
                    let _e3675 = pending;
                    if (_e3675 == 0u) {
                        let _e3679 = local_10;
                        let _e3681 = (_e3679 < 256u);
                        if !(_e3681) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3691 = local_10;
                            let _e3693 = local_1;
                            let _e3694 = (_e3691 >= _e3693);
                            if !(_e3694) {
                                let _e3700 = local_22;
                                let _e3702 = local_10;
                                local_24 = (_e3700 + _e3702);
                                let _e3706 = local_24;
                                let _e3708 = local_3;
                                let _e3709 = (_e3706 >= _e3708);
                                if _e3709 {
                                    pending = 11u;
                                }
                                let _e3716 = pending;
                                if (_e3716 == 0u) {
                                    let _e3720 = local_2;
                                    let _e3722 = local_24;
                                    let _e3737 = a[min((((_e3720 + (_e3722 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e3737;
                                }
                            }
                            let _e3740 = pending;
                            if (_e3740 == 0u) {
                                let _e3744 = local_13;
                                let _e3746 = local_55;
                                let _e3750 = ((_e3744 + 4294963200u) >> 2u);
                                ta[_e3750] = _e3746;
                                let _e3756 = local_11;
                                let _e3758 = local_1;
                                let _e3759 = (_e3756 >= _e3758);
                                if _e3759 {
                                    pending = 6u;
                                }
                            }
                            let _e3766 = pending;
                            if (_e3766 == 0u) {
                                let _e3770 = local_19;
                                let _e3772 = local_11;
                                let _e3774 = local_1;
                                local_9 = (_e3770 + (_e3772 * _e3774));
                                let _e3779 = local_9;
                                let _e3781 = local_5;
                                let _e3782 = (_e3779 >= _e3781);
                                if _e3782 {
                                    pending = 10u;
                                }
                            }
                            let _e3789 = pending;
                            if (_e3789 == 0u) {
                                let _e3793 = local_4;
                                let _e3795 = local_9;
                                let _e3810 = b[min((((_e3793 + (_e3795 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e3810;
                                pending = 6u;
                            }
                        }
                    }
                    let _e3815 = pending;
                    if (_e3815 == 0u) {
                        let _e3819 = local_10;
                        let _e3821 = (_e3819 < 240u);
                        if !(_e3821) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3831 = local_10;
                            let _e3833 = local_1;
                            let _e3834 = (_e3831 >= _e3833);
                            if !(_e3834) {
                                let _e3840 = local_22;
                                let _e3842 = local_10;
                                local_24 = (_e3840 + _e3842);
                                let _e3846 = local_24;
                                let _e3848 = local_3;
                                let _e3849 = (_e3846 >= _e3848);
                                if _e3849 {
                                    pending = 11u;
                                }
                                let _e3856 = pending;
                                if (_e3856 == 0u) {
                                    let _e3860 = local_2;
                                    let _e3862 = local_24;
                                    let _e3877 = a[min((((_e3860 + (_e3862 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e3877;
                                }
                            }
                            let _e3880 = pending;
                            if (_e3880 == 0u) {
                                let _e3884 = local_13;
                                let _e3886 = local_55;
                                let _e3890 = ((_e3884 + 4294963200u) >> 2u);
                                ta[_e3890] = _e3886;
                                let _e3896 = local_11;
                                let _e3898 = local_1;
                                let _e3899 = (_e3896 < _e3898);
                                if !(_e3899) {
                                    let _e3905 = local_53;
                                    local_10 = _e3905;
                                    pending = 6u;
                                }
                            }
                            let _e3910 = pending;
                            if (_e3910 == 0u) {
                                let _e3914 = local_19;
                                let _e3916 = local_11;
                                let _e3918 = local_1;
                                local_9 = (_e3914 + (_e3916 * _e3918));
                                let _e3923 = local_9;
                                let _e3925 = local_5;
                                let _e3926 = (_e3923 >= _e3925);
                                if _e3926 {
                                    pending = 10u;
                                }
                            }
                            let _e3933 = pending;
                            if (_e3933 == 0u) {
                                let _e3937 = local_4;
                                let _e3939 = local_9;
                                let _e3954 = b[min((((_e3937 + (_e3939 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e3954;
                                let _e3957 = local_53;
                                local_10 = _e3957;
                                pending = 6u;
                            }
                        }
                    }
                    let _e3962 = pending;
                    if (_e3962 == 0u) {
                        let _e3966 = local_10;
                        let _e3968 = (_e3966 < 224u);
                        if !(_e3968) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e3978 = local_10;
                            let _e3980 = local_1;
                            let _e3981 = (_e3978 >= _e3980);
                            if !(_e3981) {
                                let _e3987 = local_22;
                                let _e3989 = local_10;
                                local_24 = (_e3987 + _e3989);
                                let _e3993 = local_24;
                                let _e3995 = local_3;
                                let _e3996 = (_e3993 >= _e3995);
                                if _e3996 {
                                    pending = 11u;
                                }
                                let _e4003 = pending;
                                if (_e4003 == 0u) {
                                    let _e4007 = local_2;
                                    let _e4009 = local_24;
                                    let _e4024 = a[min((((_e4007 + (_e4009 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e4024;
                                }
                            }
                            let _e4027 = pending;
                            if (_e4027 == 0u) {
                                let _e4031 = local_13;
                                let _e4033 = local_55;
                                let _e4037 = ((_e4031 + 4294963200u) >> 2u);
                                ta[_e4037] = _e4033;
                                let _e4043 = local_11;
                                let _e4045 = local_1;
                                let _e4046 = (_e4043 < _e4045);
                                if !(_e4046) {
                                    let _e4052 = local_51;
                                    local_10 = _e4052;
                                    pending = 6u;
                                }
                            }
                            let _e4057 = pending;
                            if (_e4057 == 0u) {
                                let _e4061 = local_19;
                                let _e4063 = local_11;
                                let _e4065 = local_1;
                                local_9 = (_e4061 + (_e4063 * _e4065));
                                let _e4070 = local_9;
                                let _e4072 = local_5;
                                let _e4073 = (_e4070 >= _e4072);
                                if _e4073 {
                                    pending = 10u;
                                }
                            }
                            let _e4080 = pending;
                            if (_e4080 == 0u) {
                                let _e4084 = local_4;
                                let _e4086 = local_9;
                                let _e4101 = b[min((((_e4084 + (_e4086 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e4101;
                                let _e4104 = local_51;
                                local_10 = _e4104;
                                pending = 6u;
                            }
                        }
                    }
                    let _e4109 = pending;
                    if (_e4109 == 0u) {
                        let _e4113 = local_10;
                        let _e4115 = (_e4113 < 208u);
                        if !(_e4115) {
                            local_21 = 0f;
                            local_55 = 0f;
                            let _e4125 = local_10;
                            let _e4127 = local_1;
                            let _e4128 = (_e4125 >= _e4127);
                            if !(_e4128) {
                                let _e4134 = local_22;
                                let _e4136 = local_10;
                                local_24 = (_e4134 + _e4136);
                                let _e4140 = local_24;
                                let _e4142 = local_3;
                                let _e4143 = (_e4140 >= _e4142);
                                if _e4143 {
                                    pending = 11u;
                                }
                                let _e4150 = pending;
                                if (_e4150 == 0u) {
                                    let _e4154 = local_2;
                                    let _e4156 = local_24;
                                    let _e4171 = a[min((((_e4154 + (_e4156 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                    local_55 = _e4171;
                                }
                            }
                            let _e4174 = pending;
                            if (_e4174 == 0u) {
                                let _e4178 = local_13;
                                let _e4180 = local_55;
                                let _e4184 = ((_e4178 + 4294963200u) >> 2u);
                                ta[_e4184] = _e4180;
                                let _e4190 = local_11;
                                let _e4192 = local_1;
                                let _e4193 = (_e4190 < _e4192);
                                if !(_e4193) {
                                    let _e4199 = local_49;
                                    local_10 = _e4199;
                                    pending = 6u;
                                }
                            }
                            let _e4204 = pending;
                            if (_e4204 == 0u) {
                                let _e4208 = local_19;
                                let _e4210 = local_11;
                                let _e4212 = local_1;
                                local_9 = (_e4208 + (_e4210 * _e4212));
                                let _e4217 = local_9;
                                let _e4219 = local_5;
                                let _e4220 = (_e4217 >= _e4219);
                                if _e4220 {
                                    pending = 10u;
                                }
                            }
                            let _e4227 = pending;
                            if (_e4227 == 0u) {
                                let _e4231 = local_4;
                                let _e4233 = local_9;
                                let _e4248 = b[min((((_e4231 + (_e4233 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e4248;
                                let _e4251 = local_49;
                                local_10 = _e4251;
                                pending = 6u;
                            }
                        }
                    }
                    let _e4256 = pending;
                    if (_e4256 == 0u) {
                        let _e4260 = local_10;
                        let _e4262 = (_e4260 > 191u);
                        if !(_e4262) {
                            let _e4268 = local_10;
                            let _e4270 = (_e4268 < 176u);
                            if !(_e4270) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e4280 = local_10;
                                let _e4282 = local_1;
                                let _e4283 = (_e4280 >= _e4282);
                                if !(_e4283) {
                                    let _e4289 = local_10;
                                    let _e4291 = local_22;
                                    local_24 = (_e4289 + _e4291);
                                    let _e4295 = local_24;
                                    let _e4297 = local_3;
                                    let _e4298 = (_e4295 >= _e4297);
                                    if _e4298 {
                                        pending = 11u;
                                    }
                                    let _e4305 = pending;
                                    if (_e4305 == 0u) {
                                        let _e4309 = local_2;
                                        let _e4311 = local_24;
                                        let _e4326 = a[min((((_e4309 + (_e4311 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e4326;
                                    }
                                }
                                let _e4329 = pending;
                                if (_e4329 == 0u) {
                                    let _e4333 = local_13;
                                    let _e4335 = local_55;
                                    let _e4339 = ((_e4333 + 4294963200u) >> 2u);
                                    ta[_e4339] = _e4335;
                                    let _e4345 = local_11;
                                    let _e4347 = local_1;
                                    let _e4348 = (_e4345 < _e4347);
                                    if _e4348 {
                                        pending = 106u;
                                    }
                                    let _e4355 = pending;
                                    if (_e4355 == 0u) {
                                        let _e4359 = local_45;
                                        local_10 = _e4359;
                                        pending = 6u;
                                    }
                                    let _e4364 = pending;
                                    if (_e4364 == 106u) {
                                        pending = 0u;
                                    }
                                }
                                let _e4370 = pending;
                                if (_e4370 == 0u) {
                                    let _e4374 = local_11;
                                    let _e4376 = local_1;
                                    let _e4379 = local_19;
                                    local_9 = ((_e4374 * _e4376) + _e4379);
                                    let _e4383 = local_9;
                                    let _e4385 = local_5;
                                    let _e4386 = (_e4383 >= _e4385);
                                    if _e4386 {
                                        pending = 10u;
                                    }
                                }
                                let _e4393 = pending;
                                if (_e4393 == 0u) {
                                    let _e4397 = local_4;
                                    let _e4399 = local_9;
                                    let _e4414 = b[min((((_e4397 + (_e4399 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                    local_21 = _e4414;
                                    let _e4417 = local_45;
                                    local_10 = _e4417;
                                    pending = 6u;
                                }
                            }
                            let _e4422 = pending;
                            if (_e4422 == 0u) {
                                let _e4426 = local_10;
                                let _e4428 = (_e4426 < 160u);
                                if !(_e4428) {
                                    local_21 = 0f;
                                    local_55 = 0f;
                                    let _e4438 = local_10;
                                    let _e4440 = local_1;
                                    let _e4441 = (_e4438 >= _e4440);
                                    if _e4441 {
                                        pending = 108u;
                                    }
                                    let _e4448 = pending;
                                    if (_e4448 == 0u) {
                                        let _e4452 = local_10;
                                        let _e4454 = local_22;
                                        local_24 = (_e4452 + _e4454);
                                        let _e4458 = local_24;
                                        let _e4460 = local_3;
                                        let _e4461 = (_e4458 >= _e4460);
                                        if _e4461 {
                                            pending = 11u;
                                        }
                                    }
                                    let _e4468 = pending;
                                    if (_e4468 == 0u) {
                                        let _e4472 = local_2;
                                        let _e4474 = local_24;
                                        let _e4489 = a[min((((_e4472 + (_e4474 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e4489;
                                    }
                                    let _e4492 = pending;
                                    if (_e4492 == 108u) {
                                        pending = 0u;
                                    }
                                    let _e4498 = pending;
                                    if (_e4498 == 0u) {
                                        let _e4502 = local_13;
                                        let _e4504 = local_55;
                                        let _e4508 = ((_e4502 + 4294963200u) >> 2u);
                                        ta[_e4508] = _e4504;
                                        let _e4514 = local_11;
                                        let _e4516 = local_1;
                                        let _e4517 = (_e4514 < _e4516);
                                        if _e4517 {
                                            pending = 109u;
                                        }
                                        let _e4524 = pending;
                                        if (_e4524 == 0u) {
                                            let _e4528 = local_43;
                                            local_10 = _e4528;
                                            pending = 6u;
                                        }
                                        let _e4533 = pending;
                                        if (_e4533 == 109u) {
                                            pending = 0u;
                                        }
                                    }
                                    let _e4539 = pending;
                                    if (_e4539 == 0u) {
                                        let _e4543 = local_11;
                                        let _e4545 = local_1;
                                        let _e4548 = local_19;
                                        local_9 = ((_e4543 * _e4545) + _e4548);
                                        let _e4552 = local_9;
                                        let _e4554 = local_5;
                                        let _e4555 = (_e4552 >= _e4554);
                                        if _e4555 {
                                            pending = 10u;
                                        }
                                    }
                                    let _e4562 = pending;
                                    if (_e4562 == 0u) {
                                        let _e4566 = local_4;
                                        let _e4568 = local_9;
                                        let _e4583 = b[min((((_e4566 + (_e4568 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                        local_21 = _e4583;
                                        let _e4586 = local_43;
                                        local_10 = _e4586;
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e4591 = pending;
                            if (_e4591 == 0u) {
                                let _e4595 = local_10;
                                let _e4597 = (_e4595 > 143u);
                                if !(_e4597) {
                                    let _e4603 = local_1;
                                    local_43 = (_e4603 << 6u);
                                    let _e4609 = local_1;
                                    local_42 = (_e4609 << 4u);
                                    let _e4615 = local_2;
                                    let _e4617 = local_10;
                                    let _e4619 = local_22;
                                    local_23 = (_e4615 + ((_e4617 + _e4619) << 2u));
                                    let _e4627 = local_4;
                                    let _e4629 = local_14;
                                    let _e4631 = local_1;
                                    let _e4633 = local_11;
                                    let _e4637 = local_18;
                                    local_9 = ((_e4629 + (_e4631 * _e4633)) + _e4637);
                                    let _e4641 = local_9;
                                    local_14 = (_e4627 + (_e4641 << 2u));
                                    local_21 = 0f;
                                    let _e4650 = local_10;
                                    local_2 = select(0u, 1u, (_e4650 > 127u));
                                    let _e4658 = local_10;
                                    local_4 = select(0u, 1u, (_e4658 > 111u));
                                    let _e4666 = local_10;
                                    local_18 = select(0u, 1u, (_e4666 > 95u));
                                    let _e4674 = local_10;
                                    local_53 = select(0u, 1u, (_e4674 > 79u));
                                    let _e4682 = local_10;
                                    local_51 = select(0u, 1u, (_e4682 > 63u));
                                    let _e4690 = local_10;
                                    local_49 = select(0u, 1u, (_e4690 > 47u));
                                    let _e4698 = local_10;
                                    local_47 = select(0u, 1u, (_e4698 > 31u));
                                    let _e4706 = local_10;
                                    local_45 = select(0u, 1u, (_e4706 > 15u));
                                    loop {
                                        local_55 = 0f;
                                        let _e4716 = local_10;
                                        let _e4718 = local_1;
                                        let _e4719 = (_e4716 >= _e4718);
                                        if _e4719 {
                                            pending = 112u;
                                        }
                                        let _e4726 = pending;
                                        if (_e4726 == 0u) {
                                            let _e4730 = local_22;
                                            let _e4732 = local_10;
                                            local_24 = (_e4730 + _e4732);
                                            let _e4736 = local_24;
                                            let _e4738 = local_3;
                                            let _e4739 = (_e4736 >= _e4738);
                                            if _e4739 {
                                                pending = 11u;
                                                break;
                                            }
                                            let _e4746 = local_23;
                                            let _e4757 = a[min(((_e4746 + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                            local_55 = _e4757;
                                        }
                                        let _e4760 = pending;
                                        if (_e4760 == 112u) {
                                            pending = 0u;
                                        }
                                        let _e4766 = local_13;
                                        let _e4768 = local_55;
                                        let _e4772 = ((_e4766 + 4294963200u) >> 2u);
                                        ta[_e4772] = _e4768;
                                        local_55 = 0f;
                                        let _e4780 = local_11;
                                        let _e4782 = local_1;
                                        let _e4783 = (_e4780 >= _e4782);
                                        if _e4783 {
                                            pending = 113u;
                                        }
                                        let _e4790 = pending;
                                        if (_e4790 == 0u) {
                                            let _e4794 = local_9;
                                            let _e4796 = local_5;
                                            let _e4797 = (_e4794 >= _e4796);
                                            if _e4797 {
                                                pending = 10u;
                                                break;
                                            }
                                            let _e4804 = local_14;
                                            let _e4815 = b[min(((_e4804 + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_55 = _e4815;
                                        }
                                        let _e4818 = pending;
                                        if (_e4818 == 113u) {
                                            pending = 0u;
                                        }
                                        let _e4824 = local_15;
                                        let _e4826 = local_55;
                                        let _e4830 = ((_e4824 + 4294963200u) >> 2u);
                                        tb[_e4830] = _e4826;
                                        workgroupBarrier();
                                        let _e4836 = local_8;
                                        let _e4840 = ((_e4836 + 4294963232u) >> 2u);
                                        let _e4845 = ta[_e4840];
                                        local_55 = _e4845;
                                        let _e4848 = local_17;
                                        let _e4852 = ((_e4848 + 4294963200u) >> 2u);
                                        let _e4857 = tb[_e4852];
                                        local_56 = _e4857;
                                        let _e4860 = local_8;
                                        let _e4864 = ((_e4860 + 4294963228u) >> 2u);
                                        let _e4869 = ta[_e4864];
                                        local_57 = _e4869;
                                        let _e4872 = local_44;
                                        let _e4876 = ((_e4872 + 4294963200u) >> 2u);
                                        let _e4881 = tb[_e4876];
                                        local_58 = _e4881;
                                        let _e4884 = local_8;
                                        let _e4888 = ((_e4884 + 4294963224u) >> 2u);
                                        let _e4893 = ta[_e4888];
                                        local_59 = _e4893;
                                        let _e4896 = local_46;
                                        let _e4900 = ((_e4896 + 4294963200u) >> 2u);
                                        let _e4905 = tb[_e4900];
                                        local_60 = _e4905;
                                        let _e4908 = local_8;
                                        let _e4912 = ((_e4908 + 4294963220u) >> 2u);
                                        let _e4917 = ta[_e4912];
                                        local_61 = _e4917;
                                        let _e4920 = local_48;
                                        let _e4924 = ((_e4920 + 4294963200u) >> 2u);
                                        let _e4929 = tb[_e4924];
                                        local_62 = _e4929;
                                        let _e4932 = local_8;
                                        let _e4936 = ((_e4932 + 4294963216u) >> 2u);
                                        let _e4941 = ta[_e4936];
                                        local_63 = _e4941;
                                        let _e4944 = local_50;
                                        let _e4948 = ((_e4944 + 4294963200u) >> 2u);
                                        let _e4953 = tb[_e4948];
                                        local_64 = _e4953;
                                        let _e4956 = local_8;
                                        let _e4960 = ((_e4956 + 4294963212u) >> 2u);
                                        let _e4965 = ta[_e4960];
                                        local_65 = _e4965;
                                        let _e4968 = local_52;
                                        let _e4972 = ((_e4968 + 4294963200u) >> 2u);
                                        let _e4977 = tb[_e4972];
                                        local_66 = _e4977;
                                        let _e4980 = local_8;
                                        let _e4984 = ((_e4980 + 4294963208u) >> 2u);
                                        let _e4989 = ta[_e4984];
                                        local_67 = _e4989;
                                        let _e4992 = local_54;
                                        let _e4996 = ((_e4992 + 4294963200u) >> 2u);
                                        let _e5001 = tb[_e4996];
                                        local_68 = _e5001;
                                        let _e5004 = local_8;
                                        let _e5008 = ((_e5004 + 4294963204u) >> 2u);
                                        let _e5013 = ta[_e5008];
                                        local_69 = _e5013;
                                        let _e5016 = local_16;
                                        let _e5020 = ((_e5016 + 4294963200u) >> 2u);
                                        let _e5025 = tb[_e5020];
                                        local_70 = _e5025;
                                        let _e5028 = local_8;
                                        let _e5032 = ((_e5028 + 4294963200u) >> 2u);
                                        let _e5037 = ta[_e5032];
                                        local_71 = _e5037;
                                        let _e5040 = local;
                                        let _e5042 = local_40;
                                        stack[min(((_e5040 + 4293918760u) >> 2u), 7u)] = _e5042;
                                        let _e5052 = local;
                                        stack[min(((_e5052 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5063 = local_2;
                                        if (_e5063 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5069 = local_8;
                                        let _e5073 = ((_e5069 + 4294963236u) >> 2u);
                                        let _e5078 = ta[_e5073];
                                        local_72 = _e5078;
                                        let _e5081 = local_41;
                                        let _e5085 = ((_e5081 + 4294963200u) >> 2u);
                                        let _e5090 = tb[_e5085];
                                        local_73 = _e5090;
                                        let _e5093 = local;
                                        let _e5095 = local_38;
                                        stack[min(((_e5093 + 4293918760u) >> 2u), 7u)] = _e5095;
                                        let _e5105 = local;
                                        stack[min(((_e5105 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5116 = local_4;
                                        if (_e5116 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5122 = local_8;
                                        let _e5126 = ((_e5122 + 4294963240u) >> 2u);
                                        let _e5131 = ta[_e5126];
                                        local_74 = _e5131;
                                        let _e5134 = local_39;
                                        let _e5138 = ((_e5134 + 4294963200u) >> 2u);
                                        let _e5143 = tb[_e5138];
                                        local_75 = _e5143;
                                        let _e5146 = local;
                                        let _e5148 = local_36;
                                        stack[min(((_e5146 + 4293918760u) >> 2u), 7u)] = _e5148;
                                        let _e5158 = local;
                                        stack[min(((_e5158 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5169 = local_18;
                                        if (_e5169 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5175 = local_8;
                                        let _e5179 = ((_e5175 + 4294963244u) >> 2u);
                                        let _e5184 = ta[_e5179];
                                        local_76 = _e5184;
                                        let _e5187 = local_37;
                                        let _e5191 = ((_e5187 + 4294963200u) >> 2u);
                                        let _e5196 = tb[_e5191];
                                        local_77 = _e5196;
                                        let _e5199 = local;
                                        let _e5201 = local_34;
                                        stack[min(((_e5199 + 4293918760u) >> 2u), 7u)] = _e5201;
                                        let _e5211 = local;
                                        stack[min(((_e5211 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5222 = local_53;
                                        if (_e5222 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5228 = local_8;
                                        let _e5232 = ((_e5228 + 4294963248u) >> 2u);
                                        let _e5237 = ta[_e5232];
                                        local_78 = _e5237;
                                        let _e5240 = local_35;
                                        let _e5244 = ((_e5240 + 4294963200u) >> 2u);
                                        let _e5249 = tb[_e5244];
                                        local_79 = _e5249;
                                        let _e5252 = local;
                                        let _e5254 = local_32;
                                        stack[min(((_e5252 + 4293918760u) >> 2u), 7u)] = _e5254;
                                        let _e5264 = local;
                                        stack[min(((_e5264 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5275 = local_51;
                                        if (_e5275 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5281 = local_8;
                                        let _e5285 = ((_e5281 + 4294963252u) >> 2u);
                                        let _e5290 = ta[_e5285];
                                        local_80 = _e5290;
                                        let _e5293 = local_33;
                                        let _e5297 = ((_e5293 + 4294963200u) >> 2u);
                                        let _e5302 = tb[_e5297];
                                        local_81 = _e5302;
                                        let _e5305 = local;
                                        let _e5307 = local_30;
                                        stack[min(((_e5305 + 4293918760u) >> 2u), 7u)] = _e5307;
                                        let _e5317 = local;
                                        stack[min(((_e5317 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5328 = local_49;
                                        if (_e5328 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5334 = local_8;
                                        let _e5338 = ((_e5334 + 4294963256u) >> 2u);
                                        let _e5343 = ta[_e5338];
                                        local_82 = _e5343;
                                        let _e5346 = local_31;
                                        let _e5350 = ((_e5346 + 4294963200u) >> 2u);
                                        let _e5355 = tb[_e5350];
                                        local_83 = _e5355;
                                        let _e5358 = local;
                                        let _e5360 = local_28;
                                        stack[min(((_e5358 + 4293918760u) >> 2u), 7u)] = _e5360;
                                        let _e5370 = local;
                                        stack[min(((_e5370 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5381 = local_47;
                                        if (_e5381 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5387 = local_8;
                                        let _e5391 = ((_e5387 + 4294963260u) >> 2u);
                                        let _e5396 = ta[_e5391];
                                        local_84 = _e5396;
                                        let _e5399 = local_29;
                                        let _e5403 = ((_e5399 + 4294963200u) >> 2u);
                                        let _e5408 = tb[_e5403];
                                        local_85 = _e5408;
                                        let _e5411 = local;
                                        let _e5413 = local_26;
                                        stack[min(((_e5411 + 4293918760u) >> 2u), 7u)] = _e5413;
                                        let _e5423 = local;
                                        stack[min(((_e5423 + 4293918764u) >> 2u), 7u)] = 256u;
                                        let _e5434 = local_45;
                                        if (_e5434 != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e5440 = local_21;
                                        let _e5442 = local_71;
                                        let _e5444 = local_70;
                                        let _e5448 = local_69;
                                        let _e5450 = local_68;
                                        let _e5454 = local_67;
                                        let _e5456 = local_66;
                                        let _e5460 = local_65;
                                        let _e5462 = local_64;
                                        let _e5466 = local_63;
                                        let _e5468 = local_62;
                                        let _e5472 = local_61;
                                        let _e5474 = local_60;
                                        let _e5478 = local_59;
                                        let _e5480 = local_58;
                                        let _e5484 = local_57;
                                        let _e5486 = local_56;
                                        let _e5490 = local_55;
                                        let _e5492 = local_73;
                                        let _e5496 = local_72;
                                        let _e5498 = local_75;
                                        let _e5502 = local_74;
                                        let _e5504 = local_77;
                                        let _e5508 = local_76;
                                        let _e5510 = local_79;
                                        let _e5514 = local_78;
                                        let _e5516 = local_81;
                                        let _e5520 = local_80;
                                        let _e5522 = local_83;
                                        let _e5526 = local_82;
                                        let _e5528 = local_85;
                                        let _e5532 = local_84;
                                        let _e5534 = local_27;
                                        let _e5538 = ((_e5534 + 4294963200u) >> 2u);
                                        let _e5543 = tb[_e5538];
                                        local_21 = ((((((((((((((((_e5440 + (_e5442 * _e5444)) + (_e5448 * _e5450)) + (_e5454 * _e5456)) + (_e5460 * _e5462)) + (_e5466 * _e5468)) + (_e5472 * _e5474)) + (_e5478 * _e5480)) + (_e5484 * _e5486)) + (_e5490 * _e5492)) + (_e5496 * _e5498)) + (_e5502 * _e5504)) + (_e5508 * _e5510)) + (_e5514 * _e5516)) + (_e5520 * _e5522)) + (_e5526 * _e5528)) + (_e5532 * _e5543));
                                        let _e5548 = local_23;
                                        local_23 = (_e5548 + 64u);
                                        let _e5553 = local_10;
                                        local_10 = (_e5553 + 16u);
                                        let _e5558 = local_11;
                                        local_11 = (_e5558 + 16u);
                                        let _e5563 = local_14;
                                        let _e5565 = local_43;
                                        local_14 = (_e5563 + _e5565);
                                        let _e5569 = local_9;
                                        let _e5571 = local_42;
                                        local_9 = (_e5569 + _e5571);
                                        workgroupBarrier();
                                        let _e5575 = local_12;
                                        local_12 = (_e5575 + 4294967295u);
                                        let _e5580 = local_12;
                                        let _e5582 = (_e5580 == 0u);
                                        if _e5582 {
                                            pending = 3u;
                                            break;
                                        }
                                        continue;
                                        break;
                                    }
                                }
                            }
                            let _e5589 = pending;
                            if (_e5589 == 0u) {
                                local_21 = 0f;
                                local_55 = 0f;
                                let _e5597 = local_10;
                                let _e5599 = local_1;
                                let _e5600 = (_e5597 >= _e5599);
                                if !(_e5600) {
                                    let _e5606 = local_10;
                                    let _e5608 = local_22;
                                    local_24 = (_e5606 + _e5608);
                                    let _e5612 = local_24;
                                    let _e5614 = local_3;
                                    let _e5615 = (_e5612 >= _e5614);
                                    if _e5615 {
                                        pending = 11u;
                                    }
                                    let _e5622 = pending;
                                    if (_e5622 == 0u) {
                                        let _e5626 = local_2;
                                        let _e5628 = local_24;
                                        let _e5643 = a[min((((_e5626 + (_e5628 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                        local_55 = _e5643;
                                    }
                                }
                            }
                            let _e5646 = pending;
                            if (_e5646 == 0u) {
                                let _e5650 = local_13;
                                let _e5652 = local_55;
                                let _e5656 = ((_e5650 + 4294963200u) >> 2u);
                                ta[_e5656] = _e5652;
                                let _e5662 = local_11;
                                let _e5664 = local_1;
                                let _e5665 = (_e5662 < _e5664);
                                if !(_e5665) {
                                    let _e5671 = local_42;
                                    local_10 = _e5671;
                                    pending = 6u;
                                }
                            }
                            let _e5676 = pending;
                            if (_e5676 == 0u) {
                                let _e5680 = local_11;
                                let _e5682 = local_1;
                                let _e5685 = local_19;
                                local_9 = ((_e5680 * _e5682) + _e5685);
                                let _e5689 = local_9;
                                let _e5691 = local_5;
                                let _e5692 = (_e5689 >= _e5691);
                                if _e5692 {
                                    pending = 10u;
                                }
                            }
                            let _e5699 = pending;
                            if (_e5699 == 0u) {
                                let _e5703 = local_4;
                                let _e5705 = local_9;
                                let _e5720 = b[min((((_e5703 + (_e5705 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                local_21 = _e5720;
                                let _e5723 = local_42;
                                local_10 = _e5723;
                                pending = 6u;
                            }
                        }
                    }
                    let _e5728 = pending;
                    if (_e5728 == 0u) {
                        local_21 = 0f;
                        local_55 = 0f;
                        let _e5736 = local_10;
                        let _e5738 = local_1;
                        let _e5739 = (_e5736 >= _e5738);
                        if !(_e5739) {
                            let _e5745 = local_22;
                            let _e5747 = local_10;
                            local_24 = (_e5745 + _e5747);
                            let _e5751 = local_24;
                            let _e5753 = local_3;
                            let _e5754 = (_e5751 >= _e5753);
                            if _e5754 {
                                pending = 11u;
                            }
                            let _e5761 = pending;
                            if (_e5761 == 0u) {
                                let _e5765 = local_2;
                                let _e5767 = local_24;
                                let _e5782 = a[min((((_e5765 + (_e5767 << 2u)) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                local_55 = _e5782;
                            }
                        }
                    }
                    let _e5785 = pending;
                    if (_e5785 == 0u) {
                        let _e5789 = local_13;
                        let _e5791 = local_55;
                        let _e5795 = ((_e5789 + 4294963200u) >> 2u);
                        ta[_e5795] = _e5791;
                        let _e5801 = local_11;
                        let _e5803 = local_1;
                        let _e5804 = (_e5801 < _e5803);
                        if !(_e5804) {
                            let _e5810 = local_47;
                            local_10 = _e5810;
                            pending = 6u;
                        }
                    }
                    let _e5815 = pending;
                    if (_e5815 == 0u) {
                        let _e5819 = local_19;
                        let _e5821 = local_11;
                        let _e5823 = local_1;
                        local_9 = (_e5819 + (_e5821 * _e5823));
                        let _e5828 = local_9;
                        let _e5830 = local_5;
                        let _e5831 = (_e5828 >= _e5830);
                        if _e5831 {
                            pending = 10u;
                        }
                    }
                    let _e5838 = pending;
                    if (_e5838 == 0u) {
                        let _e5842 = local_4;
                        let _e5844 = local_9;
                        let _e5859 = b[min((((_e5842 + (_e5844 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                        local_21 = _e5859;
                        let _e5862 = local_47;
                        local_10 = _e5862;
                        pending = 6u;
                    }
                }
            }
            let _e5867 = pending;
            if (_e5867 == 0u) {
                let _e5871 = local_23;
                let _e5873 = (_e5871 < 256u);
                if !(_e5873) {
                    let _e5879 = local_13;
                    let _e5884 = ((_e5879 + 4294963200u) >> 2u);
                    ta[_e5884] = bitcast<f32>(0u);
                    local_21 = 0f;
                    let _e5893 = local_11;
                    let _e5895 = local_1;
                    let _e5896 = (_e5893 >= _e5895);
                    if _e5896 {
                        pending = 2u;
                    }
                    let _e5903 = pending;
                    if (_e5903 == 0u) {
                        let _e5907 = local_19;
                        let _e5909 = local_11;
                        let _e5911 = local_1;
                        local_9 = (_e5907 + (_e5909 * _e5911));
                        let _e5916 = local_9;
                        let _e5918 = local_5;
                        let _e5919 = (_e5916 >= _e5918);
                        if _e5919 {
                            pending = 10u;
                        }
                    }
                    let _e5926 = pending;
                    if (_e5926 == 0u) {
                        let _e5930 = local_4;
                        let _e5932 = local_9;
                        let _e5947 = b[min((((_e5930 + (_e5932 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                        local_21 = _e5947;
                        pending = 2u;
                    }
                }
            }
            let _e5952 = pending;
            if (_e5952 == 0u) {
                let _e5956 = local_10;
                let _e5958 = (_e5956 < 256u);
                if !(_e5958) {
                    let _e5964 = local_13;
                    let _e5969 = ((_e5964 + 4294963200u) >> 2u);
                    ta[_e5969] = bitcast<f32>(0u);
                    let _e5976 = local_11;
                    let _e5978 = local_1;
                    let _e5979 = (_e5976 < _e5978);
                    if !(_e5979) {
                        local_21 = 0f;
                        pending = 6u;
                    }
                    let _e5989 = pending;
                    if (_e5989 == 0u) {
                        let _e5993 = local_19;
                        let _e5995 = local_11;
                        let _e5997 = local_1;
                        local_9 = (_e5993 + (_e5995 * _e5997));
                        let _e6002 = local_9;
                        let _e6004 = local_5;
                        let _e6005 = (_e6002 >= _e6004);
                        if _e6005 {
                            pending = 10u;
                        }
                    }
                    let _e6012 = pending;
                    if (_e6012 == 0u) {
                        let _e6016 = local_4;
                        let _e6018 = local_9;
                        let _e6033 = b[min((((_e6016 + (_e6018 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                        local_21 = _e6033;
                        pending = 6u;
                    }
                }
            }
            let _e6038 = pending;
            if (_e6038 == 0u) {
                let _e6042 = local_10;
                let _e6044 = (_e6042 < 240u);
                if _e6044 {
                    pending = 40u;
                }
            }
            let _e6051 = pending;
            if (_e6051 == 0u) {
                let _e6055 = local_13;
                let _e6060 = ((_e6055 + 4294963200u) >> 2u);
                ta[_e6060] = bitcast<f32>(0u);
                let _e6067 = local_11;
                let _e6069 = local_1;
                let _e6070 = (_e6067 < _e6069);
                if _e6070 {
                    pending = 41u;
                }
            }
            let _e6077 = pending;
            if (_e6077 == 42u) {
                pending = 0u;
            }
            let _e6083 = pending;
            if (_e6083 == 0u) {
                local_21 = 0f;
                let _e6089 = local_53;
                local_10 = _e6089;
                pending = 6u;
            }
            let _e6094 = pending;
            if (_e6094 == 41u) {
                pending = 0u;
            }
            let _e6100 = pending;
            if (_e6100 == 0u) {
                let _e6104 = local_19;
                let _e6106 = local_11;
                let _e6108 = local_1;
                local_9 = (_e6104 + (_e6106 * _e6108));
                let _e6113 = local_9;
                let _e6115 = local_5;
                let _e6116 = (_e6113 >= _e6115);
                if _e6116 {
                    pending = 10u;
                }
            }
            let _e6123 = pending;
            if (_e6123 == 0u) {
                let _e6127 = local_4;
                let _e6129 = local_9;
                let _e6144 = b[min((((_e6127 + (_e6129 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6144;
                let _e6147 = local_53;
                local_10 = _e6147;
                pending = 6u;
            }
            let _e6152 = pending;
            if (_e6152 == 40u) {
                pending = 0u;
            }
            let _e6158 = pending;
            if (_e6158 == 0u) {
                let _e6162 = local_10;
                let _e6164 = (_e6162 < 224u);
                if _e6164 {
                    pending = 37u;
                }
            }
            let _e6171 = pending;
            if (_e6171 == 0u) {
                let _e6175 = local_13;
                let _e6180 = ((_e6175 + 4294963200u) >> 2u);
                ta[_e6180] = bitcast<f32>(0u);
                let _e6187 = local_11;
                let _e6189 = local_1;
                let _e6190 = (_e6187 < _e6189);
                if _e6190 {
                    pending = 38u;
                }
            }
            let _e6197 = pending;
            if (_e6197 == 39u) {
                pending = 0u;
            }
            let _e6203 = pending;
            if (_e6203 == 0u) {
                local_21 = 0f;
                let _e6209 = local_51;
                local_10 = _e6209;
                pending = 6u;
            }
            let _e6214 = pending;
            if (_e6214 == 38u) {
                pending = 0u;
            }
            let _e6220 = pending;
            if (_e6220 == 0u) {
                let _e6224 = local_19;
                let _e6226 = local_11;
                let _e6228 = local_1;
                local_9 = (_e6224 + (_e6226 * _e6228));
                let _e6233 = local_9;
                let _e6235 = local_5;
                let _e6236 = (_e6233 >= _e6235);
                if _e6236 {
                    pending = 10u;
                }
            }
            let _e6243 = pending;
            if (_e6243 == 0u) {
                let _e6247 = local_4;
                let _e6249 = local_9;
                let _e6264 = b[min((((_e6247 + (_e6249 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6264;
                let _e6267 = local_51;
                local_10 = _e6267;
                pending = 6u;
            }
            let _e6272 = pending;
            if (_e6272 == 37u) {
                pending = 0u;
            }
            let _e6278 = pending;
            if (_e6278 == 0u) {
                let _e6282 = local_10;
                let _e6284 = (_e6282 < 208u);
                if _e6284 {
                    pending = 34u;
                }
            }
            let _e6291 = pending;
            if (_e6291 == 0u) {
                let _e6295 = local_13;
                let _e6300 = ((_e6295 + 4294963200u) >> 2u);
                ta[_e6300] = bitcast<f32>(0u);
                let _e6307 = local_11;
                let _e6309 = local_1;
                let _e6310 = (_e6307 < _e6309);
                if _e6310 {
                    pending = 35u;
                }
            }
            let _e6317 = pending;
            if (_e6317 == 36u) {
                pending = 0u;
            }
            let _e6323 = pending;
            if (_e6323 == 0u) {
                local_21 = 0f;
                let _e6329 = local_49;
                local_10 = _e6329;
                pending = 6u;
            }
            let _e6334 = pending;
            if (_e6334 == 35u) {
                pending = 0u;
            }
            let _e6340 = pending;
            if (_e6340 == 0u) {
                let _e6344 = local_19;
                let _e6346 = local_11;
                let _e6348 = local_1;
                local_9 = (_e6344 + (_e6346 * _e6348));
                let _e6353 = local_9;
                let _e6355 = local_5;
                let _e6356 = (_e6353 >= _e6355);
                if _e6356 {
                    pending = 10u;
                }
            }
            let _e6363 = pending;
            if (_e6363 == 0u) {
                let _e6367 = local_4;
                let _e6369 = local_9;
                let _e6384 = b[min((((_e6367 + (_e6369 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6384;
                let _e6387 = local_49;
                local_10 = _e6387;
                pending = 6u;
            }
            let _e6392 = pending;
            if (_e6392 == 34u) {
                pending = 0u;
            }
            let _e6398 = pending;
            if (_e6398 == 0u) {
                let _e6402 = local_10;
                let _e6404 = (_e6402 < 192u);
                if _e6404 {
                    pending = 31u;
                }
            }
            let _e6411 = pending;
            if (_e6411 == 0u) {
                let _e6415 = local_13;
                let _e6420 = ((_e6415 + 4294963200u) >> 2u);
                ta[_e6420] = bitcast<f32>(0u);
                let _e6427 = local_11;
                let _e6429 = local_1;
                let _e6430 = (_e6427 < _e6429);
                if _e6430 {
                    pending = 32u;
                }
            }
            let _e6437 = pending;
            if (_e6437 == 33u) {
                pending = 0u;
            }
            let _e6443 = pending;
            if (_e6443 == 0u) {
                local_21 = 0f;
                let _e6449 = local_47;
                local_10 = _e6449;
                pending = 6u;
            }
            let _e6454 = pending;
            if (_e6454 == 32u) {
                pending = 0u;
            }
            let _e6460 = pending;
            if (_e6460 == 0u) {
                let _e6464 = local_19;
                let _e6466 = local_11;
                let _e6468 = local_1;
                local_9 = (_e6464 + (_e6466 * _e6468));
                let _e6473 = local_9;
                let _e6475 = local_5;
                let _e6476 = (_e6473 >= _e6475);
                if _e6476 {
                    pending = 10u;
                }
            }
            let _e6483 = pending;
            if (_e6483 == 0u) {
                let _e6487 = local_4;
                let _e6489 = local_9;
                let _e6504 = b[min((((_e6487 + (_e6489 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6504;
                let _e6507 = local_47;
                local_10 = _e6507;
                pending = 6u;
            }
            let _e6512 = pending;
            if (_e6512 == 31u) {
                pending = 0u;
            }
            let _e6518 = pending;
            if (_e6518 == 0u) {
                let _e6522 = local_10;
                let _e6524 = (_e6522 < 176u);
                if _e6524 {
                    pending = 28u;
                }
            }
            let _e6531 = pending;
            if (_e6531 == 0u) {
                let _e6535 = local_13;
                let _e6540 = ((_e6535 + 4294963200u) >> 2u);
                ta[_e6540] = bitcast<f32>(0u);
                let _e6547 = local_11;
                let _e6549 = local_1;
                let _e6550 = (_e6547 < _e6549);
                if _e6550 {
                    pending = 29u;
                }
            }
            let _e6557 = pending;
            if (_e6557 == 30u) {
                pending = 0u;
            }
            let _e6563 = pending;
            if (_e6563 == 0u) {
                local_21 = 0f;
                let _e6569 = local_45;
                local_10 = _e6569;
                pending = 6u;
            }
            let _e6574 = pending;
            if (_e6574 == 29u) {
                pending = 0u;
            }
            let _e6580 = pending;
            if (_e6580 == 0u) {
                let _e6584 = local_19;
                let _e6586 = local_11;
                let _e6588 = local_1;
                local_9 = (_e6584 + (_e6586 * _e6588));
                let _e6593 = local_9;
                let _e6595 = local_5;
                let _e6596 = (_e6593 >= _e6595);
                if _e6596 {
                    pending = 10u;
                }
            }
            let _e6603 = pending;
            if (_e6603 == 0u) {
                let _e6607 = local_4;
                let _e6609 = local_9;
                let _e6624 = b[min((((_e6607 + (_e6609 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6624;
                let _e6627 = local_45;
                local_10 = _e6627;
                pending = 6u;
            }
            let _e6632 = pending;
            if (_e6632 == 28u) {
                pending = 0u;
            }
            let _e6638 = pending;
            if (_e6638 == 0u) {
                let _e6642 = local_10;
                let _e6644 = (_e6642 < 160u);
                if _e6644 {
                    pending = 25u;
                }
            }
            let _e6651 = pending;
            if (_e6651 == 0u) {
                let _e6655 = local_13;
                let _e6660 = ((_e6655 + 4294963200u) >> 2u);
                ta[_e6660] = bitcast<f32>(0u);
                let _e6667 = local_11;
                let _e6669 = local_1;
                let _e6670 = (_e6667 < _e6669);
                if _e6670 {
                    pending = 26u;
                }
            }
            let _e6677 = pending;
            if (_e6677 == 27u) {
                pending = 0u;
            }
            let _e6683 = pending;
            if (_e6683 == 0u) {
                local_21 = 0f;
                let _e6689 = local_43;
                local_10 = _e6689;
                pending = 6u;
            }
            let _e6694 = pending;
            if (_e6694 == 26u) {
                pending = 0u;
            }
            let _e6700 = pending;
            if (_e6700 == 0u) {
                let _e6704 = local_19;
                let _e6706 = local_11;
                let _e6708 = local_1;
                local_9 = (_e6704 + (_e6706 * _e6708));
                let _e6713 = local_9;
                let _e6715 = local_5;
                let _e6716 = (_e6713 >= _e6715);
                if _e6716 {
                    pending = 10u;
                }
            }
            let _e6723 = pending;
            if (_e6723 == 0u) {
                let _e6727 = local_4;
                let _e6729 = local_9;
                let _e6744 = b[min((((_e6727 + (_e6729 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6744;
                let _e6747 = local_43;
                local_10 = _e6747;
                pending = 6u;
            }
            let _e6752 = pending;
            if (_e6752 == 25u) {
                pending = 0u;
            }
            let _e6758 = pending;
            if (_e6758 == 0u) {
                let _e6762 = local_10;
                let _e6764 = (_e6762 > 143u);
                if _e6764 {
                    pending = 16u;
                }
            }
            let _e6771 = pending;
            if (_e6771 == 0u) {
                let _e6775 = local_10;
                let _e6777 = (_e6775 < 128u);
                if _e6777 {
                    pending = 22u;
                }
            }
            let _e6784 = pending;
            if (_e6784 == 0u) {
                let _e6788 = local_13;
                let _e6793 = ((_e6788 + 4294963200u) >> 2u);
                ta[_e6793] = bitcast<f32>(0u);
                let _e6800 = local_11;
                let _e6802 = local_1;
                let _e6803 = (_e6800 < _e6802);
                if _e6803 {
                    pending = 23u;
                }
            }
            let _e6810 = pending;
            if (_e6810 == 24u) {
                pending = 0u;
            }
            let _e6816 = pending;
            if (_e6816 == 0u) {
                local_21 = 0f;
                let _e6822 = local_40;
                local_10 = _e6822;
                pending = 6u;
            }
            let _e6827 = pending;
            if (_e6827 == 23u) {
                pending = 0u;
            }
            let _e6833 = pending;
            if (_e6833 == 0u) {
                let _e6837 = local_11;
                let _e6839 = local_1;
                let _e6842 = local_19;
                local_9 = ((_e6837 * _e6839) + _e6842);
                let _e6846 = local_9;
                let _e6848 = local_5;
                let _e6849 = (_e6846 >= _e6848);
                if _e6849 {
                    pending = 10u;
                }
            }
            let _e6856 = pending;
            if (_e6856 == 0u) {
                let _e6860 = local_4;
                let _e6862 = local_9;
                let _e6877 = b[min((((_e6860 + (_e6862 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e6877;
                let _e6880 = local_40;
                local_10 = _e6880;
                pending = 6u;
            }
            let _e6885 = pending;
            if (_e6885 == 22u) {
                pending = 0u;
            }
            let _e6891 = pending;
            if (_e6891 == 0u) {
                let _e6895 = local_10;
                let _e6897 = (_e6895 < 112u);
                if !(_e6897) {
                    let _e6903 = local_13;
                    let _e6908 = ((_e6903 + 4294963200u) >> 2u);
                    ta[_e6908] = bitcast<f32>(0u);
                    let _e6915 = local_11;
                    let _e6917 = local_1;
                    let _e6918 = (_e6915 >= _e6917);
                    if _e6918 {
                        pending = 7u;
                    }
                    let _e6925 = pending;
                    if (_e6925 == 0u) {
                        let _e6929 = local_11;
                        let _e6931 = local_1;
                        let _e6934 = local_19;
                        local_9 = ((_e6929 * _e6931) + _e6934);
                        let _e6938 = local_9;
                        let _e6940 = local_5;
                        let _e6941 = (_e6938 >= _e6940);
                        if _e6941 {
                            pending = 10u;
                        }
                    }
                    let _e6948 = pending;
                    if (_e6948 == 0u) {
                        let _e6952 = local_4;
                        let _e6954 = local_9;
                        let _e6969 = b[min((((_e6952 + (_e6954 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                        local_21 = _e6969;
                        let _e6972 = local_38;
                        local_10 = _e6972;
                        pending = 6u;
                    }
                }
            }
            let _e6977 = pending;
            if (_e6977 == 0u) {
                let _e6981 = local_10;
                let _e6983 = (_e6981 < 96u);
                if _e6983 {
                    pending = 19u;
                }
            }
            let _e6990 = pending;
            if (_e6990 == 0u) {
                let _e6994 = local_13;
                let _e6999 = ((_e6994 + 4294963200u) >> 2u);
                ta[_e6999] = bitcast<f32>(0u);
                let _e7006 = local_11;
                let _e7008 = local_1;
                let _e7009 = (_e7006 < _e7008);
                if _e7009 {
                    pending = 20u;
                }
            }
            let _e7016 = pending;
            if (_e7016 == 21u) {
                pending = 0u;
            }
            let _e7022 = pending;
            if (_e7022 == 0u) {
                local_21 = 0f;
                let _e7028 = local_36;
                local_10 = _e7028;
                pending = 6u;
            }
            let _e7033 = pending;
            if (_e7033 == 20u) {
                pending = 0u;
            }
            let _e7039 = pending;
            if (_e7039 == 0u) {
                let _e7043 = local_11;
                let _e7045 = local_1;
                let _e7048 = local_19;
                local_9 = ((_e7043 * _e7045) + _e7048);
                let _e7052 = local_9;
                let _e7054 = local_5;
                let _e7055 = (_e7052 >= _e7054);
                if _e7055 {
                    pending = 10u;
                }
            }
            let _e7062 = pending;
            if (_e7062 == 0u) {
                let _e7066 = local_4;
                let _e7068 = local_9;
                let _e7083 = b[min((((_e7066 + (_e7068 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e7083;
                let _e7086 = local_36;
                local_10 = _e7086;
                pending = 6u;
            }
            let _e7091 = pending;
            if (_e7091 == 19u) {
                pending = 0u;
            }
            let _e7097 = pending;
            if (_e7097 == 0u) {
                let _e7101 = local_10;
                let _e7103 = (_e7101 > 79u);
                if !(_e7103) {
                    let _e7109 = local_1;
                    local_40 = (_e7109 << 6u);
                    let _e7115 = local_1;
                    local_38 = (_e7115 << 4u);
                    let _e7121 = local_4;
                    let _e7123 = local_14;
                    let _e7125 = local_1;
                    let _e7127 = local_11;
                    let _e7131 = local_18;
                    local_9 = ((_e7123 + (_e7125 * _e7127)) + _e7131);
                    let _e7135 = local_9;
                    local_23 = (_e7121 + (_e7135 << 2u));
                    local_21 = 0f;
                    let _e7144 = local_10;
                    local_14 = select(0u, 1u, (_e7144 > 63u));
                    let _e7152 = local_10;
                    local_3 = select(0u, 1u, (_e7152 > 47u));
                    let _e7160 = local_10;
                    local_22 = select(0u, 1u, (_e7160 > 31u));
                    let _e7168 = local_10;
                    local_10 = select(0u, 1u, (_e7168 > 15u));
                    loop {
                        let _e7176 = local_13;
                        let _e7181 = ((_e7176 + 4294963200u) >> 2u);
                        ta[_e7181] = bitcast<f32>(0u);
                        local_55 = 0f;
                        let _e7190 = local_11;
                        let _e7192 = local_1;
                        let _e7193 = (_e7190 >= _e7192);
                        if !(_e7193) {
                            let _e7199 = local_9;
                            let _e7201 = local_5;
                            let _e7202 = (_e7199 >= _e7201);
                            if _e7202 {
                                pending = 10u;
                                break;
                            }
                            let _e7209 = local_23;
                            let _e7220 = b[min(((_e7209 + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                            local_55 = _e7220;
                        }
                        let _e7223 = local_15;
                        let _e7225 = local_55;
                        let _e7229 = ((_e7223 + 4294963200u) >> 2u);
                        tb[_e7229] = _e7225;
                        workgroupBarrier();
                        let _e7235 = local_8;
                        let _e7239 = ((_e7235 + 4294963248u) >> 2u);
                        let _e7244 = ta[_e7239];
                        local_55 = _e7244;
                        let _e7247 = local_35;
                        let _e7251 = ((_e7247 + 4294963200u) >> 2u);
                        let _e7256 = tb[_e7251];
                        local_56 = _e7256;
                        let _e7259 = local_8;
                        let _e7263 = ((_e7259 + 4294963244u) >> 2u);
                        let _e7268 = ta[_e7263];
                        local_57 = _e7268;
                        let _e7271 = local_37;
                        let _e7275 = ((_e7271 + 4294963200u) >> 2u);
                        let _e7280 = tb[_e7275];
                        local_58 = _e7280;
                        let _e7283 = local_8;
                        let _e7287 = ((_e7283 + 4294963240u) >> 2u);
                        let _e7292 = ta[_e7287];
                        local_59 = _e7292;
                        let _e7295 = local_39;
                        let _e7299 = ((_e7295 + 4294963200u) >> 2u);
                        let _e7304 = tb[_e7299];
                        local_60 = _e7304;
                        let _e7307 = local_8;
                        let _e7311 = ((_e7307 + 4294963236u) >> 2u);
                        let _e7316 = ta[_e7311];
                        local_61 = _e7316;
                        let _e7319 = local_41;
                        let _e7323 = ((_e7319 + 4294963200u) >> 2u);
                        let _e7328 = tb[_e7323];
                        local_62 = _e7328;
                        let _e7331 = local_8;
                        let _e7335 = ((_e7331 + 4294963232u) >> 2u);
                        let _e7340 = ta[_e7335];
                        local_63 = _e7340;
                        let _e7343 = local_17;
                        let _e7347 = ((_e7343 + 4294963200u) >> 2u);
                        let _e7352 = tb[_e7347];
                        local_64 = _e7352;
                        let _e7355 = local_8;
                        let _e7359 = ((_e7355 + 4294963228u) >> 2u);
                        let _e7364 = ta[_e7359];
                        local_65 = _e7364;
                        let _e7367 = local_44;
                        let _e7371 = ((_e7367 + 4294963200u) >> 2u);
                        let _e7376 = tb[_e7371];
                        local_66 = _e7376;
                        let _e7379 = local_8;
                        let _e7383 = ((_e7379 + 4294963224u) >> 2u);
                        let _e7388 = ta[_e7383];
                        local_67 = _e7388;
                        let _e7391 = local_46;
                        let _e7395 = ((_e7391 + 4294963200u) >> 2u);
                        let _e7400 = tb[_e7395];
                        local_68 = _e7400;
                        let _e7403 = local_8;
                        let _e7407 = ((_e7403 + 4294963220u) >> 2u);
                        let _e7412 = ta[_e7407];
                        local_69 = _e7412;
                        let _e7415 = local_48;
                        let _e7419 = ((_e7415 + 4294963200u) >> 2u);
                        let _e7424 = tb[_e7419];
                        local_70 = _e7424;
                        let _e7427 = local_8;
                        let _e7431 = ((_e7427 + 4294963216u) >> 2u);
                        let _e7436 = ta[_e7431];
                        local_71 = _e7436;
                        let _e7439 = local_50;
                        let _e7443 = ((_e7439 + 4294963200u) >> 2u);
                        let _e7448 = tb[_e7443];
                        local_72 = _e7448;
                        let _e7451 = local_8;
                        let _e7455 = ((_e7451 + 4294963212u) >> 2u);
                        let _e7460 = ta[_e7455];
                        local_73 = _e7460;
                        let _e7463 = local_52;
                        let _e7467 = ((_e7463 + 4294963200u) >> 2u);
                        let _e7472 = tb[_e7467];
                        local_74 = _e7472;
                        let _e7475 = local_8;
                        let _e7479 = ((_e7475 + 4294963208u) >> 2u);
                        let _e7484 = ta[_e7479];
                        local_75 = _e7484;
                        let _e7487 = local_54;
                        let _e7491 = ((_e7487 + 4294963200u) >> 2u);
                        let _e7496 = tb[_e7491];
                        local_76 = _e7496;
                        let _e7499 = local_8;
                        let _e7503 = ((_e7499 + 4294963204u) >> 2u);
                        let _e7508 = ta[_e7503];
                        local_77 = _e7508;
                        let _e7511 = local_16;
                        let _e7515 = ((_e7511 + 4294963200u) >> 2u);
                        let _e7520 = tb[_e7515];
                        local_78 = _e7520;
                        let _e7523 = local_8;
                        let _e7527 = ((_e7523 + 4294963200u) >> 2u);
                        let _e7532 = ta[_e7527];
                        local_79 = _e7532;
                        let _e7535 = local;
                        let _e7537 = local_32;
                        stack[min(((_e7535 + 4293918760u) >> 2u), 7u)] = _e7537;
                        let _e7547 = local;
                        stack[min(((_e7547 + 4293918764u) >> 2u), 7u)] = 256u;
                        let _e7558 = local_14;
                        if (_e7558 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7564 = local_8;
                        let _e7568 = ((_e7564 + 4294963252u) >> 2u);
                        let _e7573 = ta[_e7568];
                        local_80 = _e7573;
                        let _e7576 = local_33;
                        let _e7580 = ((_e7576 + 4294963200u) >> 2u);
                        let _e7585 = tb[_e7580];
                        local_81 = _e7585;
                        let _e7588 = local;
                        let _e7590 = local_30;
                        stack[min(((_e7588 + 4293918760u) >> 2u), 7u)] = _e7590;
                        let _e7600 = local;
                        stack[min(((_e7600 + 4293918764u) >> 2u), 7u)] = 256u;
                        let _e7611 = local_3;
                        if (_e7611 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7617 = local_8;
                        let _e7621 = ((_e7617 + 4294963256u) >> 2u);
                        let _e7626 = ta[_e7621];
                        local_82 = _e7626;
                        let _e7629 = local_31;
                        let _e7633 = ((_e7629 + 4294963200u) >> 2u);
                        let _e7638 = tb[_e7633];
                        local_83 = _e7638;
                        let _e7641 = local;
                        let _e7643 = local_28;
                        stack[min(((_e7641 + 4293918760u) >> 2u), 7u)] = _e7643;
                        let _e7653 = local;
                        stack[min(((_e7653 + 4293918764u) >> 2u), 7u)] = 256u;
                        let _e7664 = local_22;
                        if (_e7664 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7670 = local_8;
                        let _e7674 = ((_e7670 + 4294963260u) >> 2u);
                        let _e7679 = ta[_e7674];
                        local_84 = _e7679;
                        let _e7682 = local_29;
                        let _e7686 = ((_e7682 + 4294963200u) >> 2u);
                        let _e7691 = tb[_e7686];
                        local_85 = _e7691;
                        let _e7694 = local;
                        let _e7696 = local_26;
                        stack[min(((_e7694 + 4293918760u) >> 2u), 7u)] = _e7696;
                        let _e7706 = local;
                        stack[min(((_e7706 + 4293918764u) >> 2u), 7u)] = 256u;
                        let _e7717 = local_10;
                        if (_e7717 != 0u) {
                            pending = 5u;
                            break;
                        }
                        let _e7723 = local_21;
                        let _e7725 = local_79;
                        let _e7727 = local_78;
                        let _e7731 = local_77;
                        let _e7733 = local_76;
                        let _e7737 = local_75;
                        let _e7739 = local_74;
                        let _e7743 = local_73;
                        let _e7745 = local_72;
                        let _e7749 = local_71;
                        let _e7751 = local_70;
                        let _e7755 = local_69;
                        let _e7757 = local_68;
                        let _e7761 = local_67;
                        let _e7763 = local_66;
                        let _e7767 = local_65;
                        let _e7769 = local_64;
                        let _e7773 = local_63;
                        let _e7775 = local_62;
                        let _e7779 = local_61;
                        let _e7781 = local_60;
                        let _e7785 = local_59;
                        let _e7787 = local_58;
                        let _e7791 = local_57;
                        let _e7793 = local_56;
                        let _e7797 = local_55;
                        let _e7799 = local_81;
                        let _e7803 = local_80;
                        let _e7805 = local_83;
                        let _e7809 = local_82;
                        let _e7811 = local_85;
                        let _e7815 = local_84;
                        let _e7817 = local_27;
                        let _e7821 = ((_e7817 + 4294963200u) >> 2u);
                        let _e7826 = tb[_e7821];
                        local_21 = ((((((((((((((((_e7723 + (_e7725 * _e7727)) + (_e7731 * _e7733)) + (_e7737 * _e7739)) + (_e7743 * _e7745)) + (_e7749 * _e7751)) + (_e7755 * _e7757)) + (_e7761 * _e7763)) + (_e7767 * _e7769)) + (_e7773 * _e7775)) + (_e7779 * _e7781)) + (_e7785 * _e7787)) + (_e7791 * _e7793)) + (_e7797 * _e7799)) + (_e7803 * _e7805)) + (_e7809 * _e7811)) + (_e7815 * _e7826));
                        let _e7831 = local_11;
                        local_11 = (_e7831 + 16u);
                        let _e7836 = local_23;
                        let _e7838 = local_40;
                        local_23 = (_e7836 + _e7838);
                        let _e7842 = local_9;
                        let _e7844 = local_38;
                        local_9 = (_e7842 + _e7844);
                        workgroupBarrier();
                        let _e7848 = local_12;
                        local_12 = (_e7848 + 4294967295u);
                        let _e7853 = local_12;
                        let _e7855 = (_e7853 == 0u);
                        if _e7855 {
                            pending = 3u;
                            break;
                        }
                        continue;
                        break;
                    }
                }
            }
            let _e7862 = pending;
            if (_e7862 == 0u) {
                let _e7866 = local_13;
                let _e7871 = ((_e7866 + 4294963200u) >> 2u);
                ta[_e7871] = bitcast<f32>(0u);
                let _e7878 = local_11;
                let _e7880 = local_1;
                let _e7881 = (_e7878 < _e7880);
                if _e7881 {
                    pending = 17u;
                }
            }
            let _e7888 = pending;
            if (_e7888 == 18u) {
                pending = 0u;
            }
            let _e7894 = pending;
            if (_e7894 == 0u) {
                local_21 = 0f;
                let _e7900 = local_34;
                local_10 = _e7900;
                pending = 6u;
            }
            let _e7905 = pending;
            if (_e7905 == 17u) {
                pending = 0u;
            }
            let _e7911 = pending;
            if (_e7911 == 0u) {
                let _e7915 = local_11;
                let _e7917 = local_1;
                let _e7920 = local_19;
                local_9 = ((_e7915 * _e7917) + _e7920);
                let _e7924 = local_9;
                let _e7926 = local_5;
                let _e7927 = (_e7924 >= _e7926);
                if _e7927 {
                    pending = 10u;
                }
            }
            let _e7934 = pending;
            if (_e7934 == 0u) {
                let _e7938 = local_4;
                let _e7940 = local_9;
                let _e7955 = b[min((((_e7938 + (_e7940 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                local_21 = _e7955;
                let _e7958 = local_34;
                local_10 = _e7958;
                pending = 6u;
            }
            let _e7963 = pending;
            if (_e7963 == 16u) {
                pending = 0u;
            }
            let _e7969 = pending;
            if (_e7969 == 0u) {
                let _e7973 = local_13;
                let _e7978 = ((_e7973 + 4294963200u) >> 2u);
                ta[_e7978] = bitcast<f32>(0u);
                let _e7985 = local_11;
                let _e7987 = local_1;
                let _e7988 = (_e7985 < _e7987);
                if _e7988 {
                    pending = 14u;
                }
            }
            let _e7995 = pending;
            if (_e7995 == 15u) {
                pending = 0u;
            }
            let _e8001 = pending;
            if (_e8001 == 0u) {
                local_21 = 0f;
                let _e8007 = local_42;
                local_10 = _e8007;
                pending = 6u;
            }
            let _e8012 = pending;
            if (_e8012 == 14u) {
                pending = 0u;
            }
        }
        let _e8018 = pending;
        if (_e8018 == 0u) {
            let _e8022 = local_19;
            let _e8024 = local_11;
            let _e8026 = local_1;
            local_9 = (_e8022 + (_e8024 * _e8026));
            let _e8031 = local_9;
            let _e8033 = local_5;
            let _e8034 = (_e8031 >= _e8033);
            if _e8034 {
                pending = 10u;
            }
        }
        let _e8041 = pending;
        if (_e8041 == 0u) {
            let _e8045 = local_4;
            let _e8047 = local_9;
            let _e8062 = b[min((((_e8045 + (_e8047 << 2u)) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
            local_21 = _e8062;
            let _e8065 = local_42;
            local_10 = _e8065;
            pending = 6u;
        }
        let _e8070 = pending;
        if (_e8070 == 11u) {
            pending = 0u;
        }
        let _e8076 = pending;
        if (_e8076 == 0u) {
            let _e8080 = local_24;
            let _e8082 = local_3;
            let _e8090 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e8090.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 274u);
                atomicStore((&status[8]), 55u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
                atomicStore((&status[50]), _e8080);
                atomicStore((&status[51]), _e8082);
            }
            return;
        }
        let _e8131 = pending;
        if (_e8131 == 10u) {
            pending = 0u;
        }
        let _e8137 = pending;
        if (_e8137 == 0u) {
            let _e8141 = local_9;
            let _e8143 = local_5;
            let _e8151 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
            if _e8151.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 275u);
                atomicStore((&status[8]), 55u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
                atomicStore((&status[50]), _e8141);
                atomicStore((&status[51]), _e8143);
            }
            return;
        }
        let _e8192 = pending;
        if (_e8192 == 9u) {
            pending = 0u;
        }
        let _e8198 = pending;
        if (_e8198 == 0u) {
            let _e8202 = local_13;
            let _e8207 = ((_e8202 + 4294963200u) >> 2u);
            ta[_e8207] = bitcast<f32>(0u);
            local_21 = 0f;
            let _e8216 = local_26;
            local_10 = _e8216;
            pending = 6u;
        }
        let _e8221 = pending;
        if (_e8221 == 8u) {
            pending = 0u;
        }
        let _e8227 = pending;
        if (_e8227 == 0u) {
            let _e8231 = local_13;
            let _e8236 = ((_e8231 + 4294963200u) >> 2u);
            ta[_e8236] = bitcast<f32>(0u);
        }
        let _e8243 = pending;
        if (_e8243 == 7u) {
            pending = 0u;
        }
        let _e8249 = pending;
        if (_e8249 == 0u) {
            local_21 = 0f;
            let _e8255 = local_38;
            local_10 = _e8255;
        }
        let _e8258 = pending;
        if (_e8258 == 6u) {
            pending = 0u;
        }
        let _e8264 = pending;
        if (_e8264 == 0u) {
            let _e8268 = local_15;
            let _e8270 = local_21;
            let _e8274 = ((_e8268 + 4294963200u) >> 2u);
            tb[_e8274] = _e8270;
            workgroupBarrier();
            let _e8280 = local;
            let _e8282 = local_10;
            stack[min(((_e8280 + 4293918760u) >> 2u), 7u)] = _e8282;
            let _e8292 = local;
            stack[min(((_e8292 + 4293918764u) >> 2u), 7u)] = 256u;
        }
        let _e8303 = pending;
        if (_e8303 == 5u) {
            pending = 0u;
        }
    }
    let _e8309 = pending;
    if (_e8309 == 0u) {
        let _e8313 = local;
        let _e8316 = vec2<u32>(1u, 0u);
        let _e8319 = vec2<u32>(32u, 0u);
        let _e8325 = (_e8319.x & 31u);
        let _e8329 = ((_e8319.x & 32u) != 0u);
        let _e8330 = (_e8316.x << _e8325);
        local_25 = vec2<u32>(select(_e8330, 0u, _e8329), select(((_e8316.y << _e8325) | ((_e8316.x >> 1u) >> (31u - _e8325))), _e8330, _e8329));
        let _e8344 = local_25;
        let _e8346 = local;
        let _e8351 = (_e8344 | vec2<u32>((_e8346 + 8u), 0u));
        let _e8355 = ((_e8313 + 4293918776u) >> 2u);
        stack[min(_e8355, 7u)] = _e8351.x;
        stack[min((_e8355 + 1u), 7u)] = _e8351.y;
        let _e8369 = local;
        let _e8371 = local_25;
        let _e8373 = local;
        let _e8378 = (_e8371 | vec2<u32>((_e8373 + 12u), 0u));
        let _e8382 = ((_e8369 + 4293918768u) >> 2u);
        stack[min(_e8382, 7u)] = _e8378.x;
        stack[min((_e8382 + 1u), 7u)] = _e8378.y;
        let _e8397 = local;
        let _e8407 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
        if _e8407.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 278u);
            atomicStore((&status[8]), 47u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e8444 = pending;
    if (_e8444 == 3u) {
        pending = 0u;
    }
    let _e8450 = pending;
    if (_e8450 == 0u) {
        let _e8454 = local_19;
        let _e8456 = local_1;
        let _e8457 = (_e8454 >= _e8456);
        if !(_e8457) {
            let _e8463 = local_20;
            let _e8465 = local_1;
            let _e8466 = (_e8463 >= _e8465);
            if !(_e8466) {
                let _e8472 = local_20;
                let _e8474 = local_1;
                let _e8477 = local_19;
                local_8 = ((_e8472 * _e8474) + _e8477);
                let _e8481 = local_8;
                let _e8483 = local_7;
                let _e8484 = (_e8481 >= _e8483);
                if !(_e8484) {
                    let _e8490 = local_6;
                    let _e8492 = local_8;
                    let _e8498 = local_21;
                    c[min((((_e8490 + (_e8492 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))] = _e8498;
                    pending = 125u;
                }
                let _e8512 = pending;
                if (_e8512 == 0u) {
                    let _e8516 = local_8;
                    let _e8518 = local_7;
                    let _e8526 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
                    if _e8526.exchanged {
                        atomicStore((&status[1]), local_id.x);
                        atomicStore((&status[2]), local_id.y);
                        atomicStore((&status[3]), local_id.z);
                        atomicStore((&status[4]), workgroup_id.x);
                        atomicStore((&status[5]), workgroup_id.y);
                        atomicStore((&status[6]), workgroup_id.z);
                        atomicStore((&status[7]), 283u);
                        atomicStore((&status[8]), 9u);
                        atomicStore((&status[9]), 10u);
                        atomicStore((&status[10]), 795046515u);
                        atomicStore((&status[11]), 778201452u);
                        atomicStore((&status[12]), 29554u);
                        atomicStore((&status[50]), _e8516);
                        atomicStore((&status[51]), _e8518);
                    }
                    return;
                }
            }
        }
        let _e8567 = pending;
        if (_e8567 == 125u) {
            pending = 0u;
        }
        let _e8573 = local;
        stack_pointer = (_e8573 + 32u);
        return;
    }
    let _e8578 = pending;
    if (_e8578 == 2u) {
        pending = 0u;
    }
    let _e8584 = local_15;
    let _e8586 = local_21;
    let _e8590 = ((_e8584 + 4294963200u) >> 2u);
    tb[_e8590] = _e8586;
    workgroupBarrier();
    let _e8596 = local;
    let _e8598 = local_23;
    stack[min(((_e8596 + 4293918760u) >> 2u), 7u)] = _e8598;
    let _e8608 = local;
    stack[min(((_e8608 + 4293918764u) >> 2u), 7u)] = 256u;
    let _e8619 = local;
    let _e8622 = vec2<u32>(1u, 0u);
    let _e8625 = vec2<u32>(32u, 0u);
    let _e8631 = (_e8625.x & 31u);
    let _e8635 = ((_e8625.x & 32u) != 0u);
    let _e8636 = (_e8622.x << _e8631);
    local_25 = vec2<u32>(select(_e8636, 0u, _e8635), select(((_e8622.y << _e8631) | ((_e8622.x >> 1u) >> (31u - _e8631))), _e8636, _e8635));
    let _e8650 = local_25;
    let _e8652 = local;
    let _e8657 = (_e8650 | vec2<u32>((_e8652 + 8u), 0u));
    let _e8661 = ((_e8619 + 4293918776u) >> 2u);
    stack[min(_e8661, 7u)] = _e8657.x;
    stack[min((_e8661 + 1u), 7u)] = _e8657.y;
    let _e8675 = local;
    let _e8677 = local_25;
    let _e8679 = local;
    let _e8684 = (_e8677 | vec2<u32>((_e8679 + 12u), 0u));
    let _e8688 = ((_e8675 + 4293918768u) >> 2u);
    stack[min(_e8688, 7u)] = _e8684.x;
    stack[min((_e8688 + 1u), 7u)] = _e8684.y;
    let _e8703 = local;
    let _e8713 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
    if _e8713.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 278u);
        atomicStore((&status[8]), 23u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
