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
var<workgroup> ta: array<f32, 2048>;
var<workgroup> tb: array<f32, 2048>;

@compute @workgroup_size(256, 1, 1) 
fn sgemm(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;
    var local_1: u32;
    var local_2: u32;
    var local_3: u32;
    var local_4: u32;
    var local_5: u32;
    var local_6: u32;
    var local_7: u32;
    var local_8: u32;
    var local_9: vec2<u32>;
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
    var local_21: u32;
    var local_22: u32;
    var local_23: f32;
    var local_24: f32;
    var local_25: f32;
    var local_26: f32;
    var local_27: f32;
    var local_28: f32;
    var local_29: f32;
    var local_30: f32;
    var local_31: u32;
    var local_32: u32;
    var local_33: u32;
    var local_34: u32;
    var local_35: u32;
    var local_36: u32;
    var local_37: u32;
    var local_38: u32;
    var local_39: f32;
    var local_40: f32;
    var local_41: f32;
    var local_42: f32;
    var local_43: f32;
    var local_44: f32;
    var local_45: f32;
    var local_46: f32;
    var local_47: f32;
    var local_48: f32;
    var local_49: f32;
    var local_50: f32;
    var local_51: f32;
    var local_52: f32;
    var local_53: f32;
    var local_54: f32;
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
    var local_86: f32;
    var local_87: f32;
    var local_88: f32;
    var local_89: f32;
    var local_90: f32;
    var local_91: f32;
    var local_92: f32;
    var local_93: f32;
    var local_94: f32;
    var local_95: f32;
    var local_96: f32;
    var local_97: f32;
    var local_98: f32;
    var local_99: f32;
    var local_100: f32;
    var local_101: f32;
    var local_102: f32;
    var local_103: u32;
    var local_104: u32;
    var local_105: u32;
    var local_106: u32;
    var local_107: u32;
    var local_108: u32;
    var local_109: u32;
    var local_110: u32;
    var local_111: u32;
    var local_112: u32;
    var local_113: u32;
    var local_114: u32;
    var local_115: u32;
    var local_116: u32;
    var local_117: f32;
    var local_118: f32;
    var local_119: f32;
    var local_120: f32;
    var local_121: f32;
    var local_122: f32;
    var local_123: f32;
    var local_124: f32;
    var local_125: f32;
    var local_126: f32;
    var local_127: f32;
    var local_128: f32;
    var local_129: f32;
    var local_130: f32;
    var local_131: f32;
    var local_132: f32;
    var local_133: f32;
    var local_134: f32;
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
    local_9 = vec2<u32>(0u, 0u);
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
    local_21 = 0u;
    local_22 = 0u;
    local_23 = 0f;
    local_24 = 0f;
    local_25 = 0f;
    local_26 = 0f;
    local_27 = 0f;
    local_28 = 0f;
    local_29 = 0f;
    local_30 = 0f;
    local_31 = 0u;
    local_32 = 0u;
    local_33 = 0u;
    local_34 = 0u;
    local_35 = 0u;
    local_36 = 0u;
    local_37 = 0u;
    local_38 = 0u;
    local_39 = 0f;
    local_40 = 0f;
    local_41 = 0f;
    local_42 = 0f;
    local_43 = 0f;
    local_44 = 0f;
    local_45 = 0f;
    local_46 = 0f;
    local_47 = 0f;
    local_48 = 0f;
    local_49 = 0f;
    local_50 = 0f;
    local_51 = 0f;
    local_52 = 0f;
    local_53 = 0f;
    local_54 = 0f;
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
    local_86 = 0f;
    local_87 = 0f;
    local_88 = 0f;
    local_89 = 0f;
    local_90 = 0f;
    local_91 = 0f;
    local_92 = 0f;
    local_93 = 0f;
    local_94 = 0f;
    local_95 = 0f;
    local_96 = 0f;
    local_97 = 0f;
    local_98 = 0f;
    local_99 = 0f;
    local_100 = 0f;
    local_101 = 0f;
    local_102 = 0f;
    local_103 = 0u;
    local_104 = 0u;
    local_105 = 0u;
    local_106 = 0u;
    local_107 = 0u;
    local_108 = 0u;
    local_109 = 0u;
    local_110 = 0u;
    local_111 = 0u;
    local_112 = 0u;
    local_113 = 0u;
    local_114 = 0u;
    local_115 = 0u;
    local_116 = 0u;
    local_117 = 0f;
    local_118 = 0f;
    local_119 = 0f;
    local_120 = 0f;
    local_121 = 0f;
    local_122 = 0f;
    local_123 = 0f;
    local_124 = 0f;
    local_125 = 0f;
    local_126 = 0f;
    local_127 = 0f;
    local_128 = 0f;
    local_129 = 0f;
    local_130 = 0f;
    local_131 = 0f;
    local_132 = 0f;
    local_133 = 0f;
    local_134 = 0f;
    let _e278 = params[0];
    local = _e278;
    local_1 = 4096u;
    let _e286 = params[2];
    local_2 = _e286;
    local_3 = 4096u;
    let _e294 = params[4];
    local_4 = _e294;
    local_5 = 4096u;
    let _e302 = params[6];
    local_6 = _e302;
    local_7 = 4096u;
    local_8 = 4096u;
    let _e311 = local;
    local_9 = vec2<u32>(_e311, 0u);
    let _e316 = local_9;
    let _e318 = local_9;
    let _e326 = (_e316.x & 65535u);
    let _e327 = (_e316.x >> 16u);
    let _e328 = (_e318.x & 65535u);
    let _e329 = (_e318.x >> 16u);
    let _e331 = (_e326 * _e329);
    let _e332 = (_e327 * _e328);
    local_9 = vec2<u32>((_e316.x * _e318.x), ((((((_e327 * _e329) + (_e331 >> 16u)) + (_e332 >> 16u)) + (((((_e326 * _e328) >> 16u) + (_e331 & 65535u)) + (_e332 & 65535u)) >> 16u)) + (_e316.x * _e318.y)) + (_e316.y * _e318.x)));
    let _e352 = local_9;
    let _e355 = vec2<u32>(32u, 0u);
    let _e361 = (_e355.x & 31u);
    let _e365 = ((_e355.x & 32u) != 0u);
    let _e367 = (_e352.y >> _e361);
    if !((vec2<u32>(select(((_e352.x >> _e361) | ((_e352.y << 1u) << (31u - _e361))), _e367, _e365), select(_e367, 0u, _e365)).x != 0u)) {
        let _e383 = local_2;
        let _e385 = local_9;
        local_10 = _e385.x;
        let _e389 = local_10;
        let _e390 = (_e383 < _e389);
        if !(_e390) {
            let _e396 = local_4;
            let _e398 = local_10;
            let _e399 = (_e396 < _e398);
            if !(_e399) {
                let _e405 = local_6;
                let _e407 = local_10;
                let _e408 = (_e405 < _e407);
                if !(_e408) {
                    local_2 = local_id.x;
                    local_10 = workgroup_id.x;
                    local_6 = workgroup_id.y;
                    let _e429 = local_10;
                    local_11 = (_e429 << 7u);
                    let _e435 = local_11;
                    let _e437 = local_2;
                    local_10 = (_e437 & 255u);
                    let _e442 = local_10;
                    local_4 = (_e442 << 2u);
                    let _e448 = local_4;
                    local_12 = (_e448 & 124u);
                    let _e453 = local_12;
                    local_13 = (_e435 | _e453);
                    let _e457 = local_13;
                    let _e459 = local_10;
                    local_14 = (_e459 >> 5u);
                    let _e465 = local_14;
                    let _e467 = local;
                    local_15 = (_e465 * _e467);
                    let _e471 = local_15;
                    local_16 = (_e457 + _e471);
                    let _e475 = local_6;
                    local_17 = (_e475 << 7u);
                    let _e481 = local_17;
                    let _e483 = local_10;
                    local_6 = (_e483 >> 1u);
                    let _e489 = local_6;
                    local_18 = (_e481 | _e489);
                    let _e493 = local_18;
                    let _e495 = local;
                    local_19 = (_e493 * _e495);
                    let _e499 = local_19;
                    let _e501 = local_4;
                    local_20 = (_e501 & 4u);
                    let _e506 = local_20;
                    local_21 = (_e499 + _e506);
                    let _e510 = local_11;
                    let _e514 = local;
                    let _e520 = local_17;
                    let _e524 = local;
                    local_22 = (select(0u, 1u, ((_e510 + 128u) > _e514)) | select(0u, 1u, ((_e520 + 128u) > _e524)));
                    let _e532 = local;
                    let _e534 = (_e532 < 8u);
                    if !(_e534) {
                        let _e540 = local_22;
                        if !((_e540 != 0u)) {
                            let _e545 = local_1;
                            let _e547 = local_19;
                            let _e553 = local_2;
                            local_19 = ((_e545 + (_e547 << 2u)) + ((_e553 << 4u) & 16u));
                            let _e562 = local_19;
                            let _e569 = a[((_e562 + 4294963212u) >> 2u)];
                            local_23 = _e569;
                            let _e572 = local_19;
                            let _e579 = a[((_e572 + 4294963208u) >> 2u)];
                            local_24 = _e579;
                            let _e582 = local_19;
                            let _e589 = a[((_e582 + 4294963204u) >> 2u)];
                            local_25 = _e589;
                            let _e592 = local_19;
                            let _e599 = a[((_e592 + 4294963200u) >> 2u)];
                            local_26 = _e599;
                            let _e602 = local_3;
                            let _e604 = local_12;
                            let _e606 = local_15;
                            let _e609 = local_11;
                            local_19 = (_e602 + (((_e604 + _e606) + _e609) << 2u));
                            let _e617 = local_19;
                            let _e624 = b[((_e617 + 4294963212u) >> 2u)];
                            local_27 = _e624;
                            let _e627 = local_19;
                            let _e634 = b[((_e627 + 4294963208u) >> 2u)];
                            local_28 = _e634;
                            let _e637 = local_19;
                            let _e644 = b[((_e637 + 4294963204u) >> 2u)];
                            local_29 = _e644;
                            let _e647 = local_19;
                            let _e654 = b[((_e647 + 4294963200u) >> 2u)];
                            local_30 = _e654;
                            pending = 2u;
                        }
                    }
                    let _e660 = pending;
                    if (_e660 == 0u) {
                        local_30 = 0f;
                        local_26 = 0f;
                        let _e668 = local_20;
                        let _e670 = local;
                        let _e671 = (_e668 >= _e670);
                        if _e671 {
                            pending = 3u;
                        }
                    }
                    let _e678 = pending;
                    if (_e678 == 0u) {
                        local_26 = 0f;
                        let _e684 = local_18;
                        let _e686 = local;
                        let _e687 = (_e684 < _e686);
                        if _e687 {
                            pending = 4u;
                        }
                    }
                    let _e694 = pending;
                    if (_e694 == 0u) {
                        pending = 3u;
                    }
                }
            }
        }
    }
    let _e700 = pending;
    if (_e700 == 0u) {
        let _e712 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e712.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 603u);
            atomicStore((&status[8]), 5u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e749 = pending;
    if (_e749 == 4u) {
        pending = 0u;
    }
    let _e755 = pending;
    if (_e755 == 0u) {
        let _e759 = local_1;
        let _e761 = local_21;
        let _e772 = a[(((_e759 + (_e761 << 2u)) + 4294963200u) >> 2u)];
        local_26 = _e772;
    }
    let _e775 = pending;
    if (_e775 == 3u) {
        pending = 0u;
    }
    let _e781 = pending;
    if (_e781 == 0u) {
        let _e785 = local_14;
        let _e787 = local;
        local_19 = select(0u, 1u, (_e785 >= _e787));
        let _e794 = local_19;
        if !((_e794 != 0u)) {
            let _e799 = local_13;
            let _e801 = local;
            let _e802 = (_e799 >= _e801);
            if !(_e802) {
                let _e808 = local_3;
                let _e810 = local_16;
                let _e821 = b[(((_e808 + (_e810 << 2u)) + 4294963200u) >> 2u)];
                local_30 = _e821;
            }
        }
        local_29 = 0f;
        local_25 = 0f;
        let _e828 = local_20;
        let _e832 = local;
        let _e833 = ((_e828 | 1u) >= _e832);
        if !(_e833) {
            local_25 = 0f;
            let _e841 = local_18;
            let _e843 = local;
            let _e844 = (_e841 >= _e843);
            if !(_e844) {
                let _e850 = local_21;
                let _e855 = local_1;
                let _e865 = a[(((((_e850 << 2u) + _e855) + 4u) + 4294963200u) >> 2u)];
                local_25 = _e865;
            }
        }
        let _e868 = local_19;
        if !((_e868 != 0u)) {
            let _e873 = local_13;
            let _e877 = local;
            let _e878 = ((_e873 | 1u) >= _e877);
            if !(_e878) {
                let _e884 = local_16;
                let _e889 = local_3;
                let _e899 = b[(((((_e884 << 2u) + _e889) + 4u) + 4294963200u) >> 2u)];
                local_29 = _e899;
            }
        }
        local_28 = 0f;
        local_24 = 0f;
        let _e906 = local_20;
        let _e910 = local;
        let _e911 = ((_e906 | 2u) >= _e910);
        if !(_e911) {
            local_24 = 0f;
            let _e919 = local_18;
            let _e921 = local;
            let _e922 = (_e919 >= _e921);
            if !(_e922) {
                let _e928 = local_21;
                let _e933 = local_1;
                let _e943 = a[(((((_e928 << 2u) + _e933) + 8u) + 4294963200u) >> 2u)];
                local_24 = _e943;
            }
        }
        let _e946 = local_19;
        if !((_e946 != 0u)) {
            let _e951 = local_13;
            let _e955 = local;
            let _e956 = ((_e951 | 2u) >= _e955);
            if !(_e956) {
                let _e962 = local_16;
                let _e967 = local_3;
                let _e977 = b[(((((_e962 << 2u) + _e967) + 8u) + 4294963200u) >> 2u)];
                local_28 = _e977;
            }
        }
        local_27 = 0f;
        local_23 = 0f;
        let _e984 = local_20;
        let _e988 = local;
        let _e989 = ((_e984 | 3u) >= _e988);
        if !(_e989) {
            local_23 = 0f;
            let _e997 = local_18;
            let _e999 = local;
            let _e1000 = (_e997 >= _e999);
            if !(_e1000) {
                let _e1006 = local_21;
                let _e1011 = local_1;
                let _e1021 = a[(((((_e1006 << 2u) + _e1011) + 12u) + 4294963200u) >> 2u)];
                local_23 = _e1021;
            }
        }
        let _e1024 = local_19;
        if !((_e1024 != 0u)) {
            let _e1029 = local_13;
            let _e1033 = local;
            let _e1034 = ((_e1029 | 3u) >= _e1033);
            if !(_e1034) {
                let _e1040 = local_16;
                let _e1045 = local_3;
                let _e1055 = b[(((((_e1040 << 2u) + _e1045) + 12u) + 4294963200u) >> 2u)];
                local_27 = _e1055;
            }
        }
    }
    let _e1058 = pending;
    if (_e1058 == 2u) {
        pending = 0u;
    }
    let _e1064 = local_2;
    local_2 = (_e1064 & 15u);
    let _e1069 = local_10;
    local_10 = (_e1069 >> 4u);
    let _e1075 = local_7;
    let _e1077 = local_6;
    local_31 = (_e1075 + (_e1077 << 2u));
    let _e1084 = local_31;
    let _e1086 = local_20;
    local_32 = (_e1086 << 9u);
    let _e1092 = local_32;
    local_33 = (_e1092 | 512u);
    let _e1097 = local_33;
    let _e1100 = local_25;
    ta[(((_e1084 + _e1097) + 4294963200u) >> 2u)] = _e1100;
    let _e1108 = local_31;
    let _e1110 = local_32;
    let _e1113 = local_26;
    ta[(((_e1108 + _e1110) + 4294963200u) >> 2u)] = _e1113;
    let _e1121 = local_31;
    let _e1123 = local_32;
    local_34 = (_e1123 | 1024u);
    let _e1128 = local_34;
    let _e1131 = local_24;
    ta[(((_e1121 + _e1128) + 4294963200u) >> 2u)] = _e1131;
    let _e1139 = local_31;
    let _e1141 = local_32;
    local_35 = (_e1141 | 1536u);
    let _e1146 = local_35;
    let _e1149 = local_23;
    ta[(((_e1139 + _e1146) + 4294963200u) >> 2u)] = _e1149;
    let _e1157 = local_8;
    let _e1159 = local_4;
    local_36 = (_e1157 + (_e1159 << 2u));
    let _e1166 = local_36;
    let _e1168 = local_27;
    tb[((_e1166 + 4294963212u) >> 2u)] = _e1168;
    let _e1176 = local_36;
    let _e1178 = local_28;
    tb[((_e1176 + 4294963208u) >> 2u)] = _e1178;
    let _e1186 = local_36;
    let _e1188 = local_29;
    tb[((_e1186 + 4294963204u) >> 2u)] = _e1188;
    let _e1196 = local_36;
    let _e1198 = local_30;
    tb[((_e1196 + 4294963200u) >> 2u)] = _e1198;
    workgroupBarrier();
    let _e1206 = local;
    if !((_e1206 != 0u)) {
        let _e1211 = local_2;
        local_37 = (_e1211 << 2u);
        let _e1217 = local_10;
        local_38 = (_e1217 << 2u);
        local_39 = 0f;
        local_40 = 0f;
        local_41 = 0f;
        local_42 = 0f;
        local_43 = 0f;
        local_44 = 0f;
        local_45 = 0f;
        local_46 = 0f;
        local_47 = 0f;
        local_48 = 0f;
        local_49 = 0f;
        local_50 = 0f;
        local_51 = 0f;
        local_52 = 0f;
        local_53 = 0f;
        local_54 = 0f;
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
        local_86 = 0f;
        local_87 = 0f;
        local_88 = 0f;
        local_89 = 0f;
        local_90 = 0f;
        local_91 = 0f;
        local_92 = 0f;
        local_93 = 0f;
        local_94 = 0f;
        local_95 = 0f;
        local_96 = 0f;
        local_97 = 0f;
        local_98 = 0f;
        local_99 = 0f;
        local_100 = 0f;
        local_101 = 0f;
        local_102 = 0f;
        pending = 13u;
    }
    let _e1353 = pending;
    if (_e1353 == 0u) {
        let _e1357 = local;
        let _e1362 = local;
        local_103 = ((_e1357 >> 3u) + select(0u, 1u, ((_e1362 & 7u) != 0u)));
        let _e1373 = local_103;
        let _e1376 = local_103;
        let _e1378 = (_e1376 > 1u);
        local_104 = select(1u, _e1373, _e1378);
        let _e1385 = local_1;
        local_105 = (_e1385 + 32u);
        let _e1390 = local_2;
        local_37 = (_e1390 << 2u);
        let _e1396 = local_10;
        local_38 = (_e1396 << 2u);
        let _e1402 = local;
        local_106 = (_e1402 << 3u);
        let _e1408 = local_7;
        let _e1410 = local_10;
        local_19 = (_e1408 + (_e1410 << 4u));
        let _e1417 = local_8;
        let _e1419 = local_2;
        local_12 = (_e1417 + (_e1419 << 4u));
        let _e1426 = local_3;
        let _e1428 = local;
        local_107 = (_e1426 + (_e1428 << 5u));
        local_39 = 0f;
        local_10 = 0u;
        let _e1439 = local_13;
        let _e1443 = local;
        local_108 = select(0u, 1u, ((_e1439 | 1u) >= _e1443));
        let _e1450 = local_13;
        let _e1454 = local;
        local_109 = select(0u, 1u, ((_e1450 | 2u) >= _e1454));
        let _e1461 = local_13;
        let _e1465 = local;
        local_110 = select(0u, 1u, ((_e1461 | 3u) >= _e1465));
        local_111 = 0u;
        local_40 = 0f;
        local_41 = 0f;
        local_42 = 0f;
        local_43 = 0f;
        local_44 = 0f;
        local_45 = 0f;
        local_46 = 0f;
        local_47 = 0f;
        local_48 = 0f;
        local_49 = 0f;
        local_50 = 0f;
        local_51 = 0f;
        local_52 = 0f;
        local_53 = 0f;
        local_54 = 0f;
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
        local_86 = 0f;
        local_87 = 0f;
        local_88 = 0f;
        local_89 = 0f;
        local_90 = 0f;
        local_91 = 0f;
        local_92 = 0f;
        local_93 = 0f;
        local_94 = 0f;
        local_95 = 0f;
        local_96 = 0f;
        local_97 = 0f;
        local_98 = 0f;
        local_99 = 0f;
        local_100 = 0f;
        local_101 = 0f;
        local_102 = 0f;
        local_112 = 0u;
        loop {
            let _e1602 = local_111;
            local_2 = ((_e1602 << 2u) & 4096u);
            let _e1610 = local_10;
            local_113 = (_e1610 + 1u);
            let _e1615 = local_113;
            let _e1617 = local_103;
            local_114 = select(0u, 1u, (_e1615 < _e1617));
            let _e1624 = local_114;
            let _e1626 = (_e1624 == 0u);
            if !(_e1626) {
                let _e1632 = local_16;
                let _e1634 = local_106;
                local_4 = (_e1632 + _e1634);
                let _e1638 = local_21;
                local_8 = (_e1638 + 8u);
                let _e1643 = local_112;
                local_7 = (_e1643 + 8u);
                let _e1648 = local_22;
                let _e1650 = local_112;
                let _e1654 = local;
                if !(((_e1648 | select(0u, 1u, ((_e1650 + 16u) > _e1654))) != 0u)) {
                    let _e1664 = local_107;
                    let _e1666 = local_16;
                    local_6 = (_e1664 + (_e1666 << 2u));
                    let _e1673 = local_6;
                    let _e1680 = b[((_e1673 + 4294963212u) >> 2u)];
                    local_27 = _e1680;
                    let _e1683 = local_6;
                    let _e1690 = b[((_e1683 + 4294963208u) >> 2u)];
                    local_28 = _e1690;
                    let _e1693 = local_6;
                    let _e1700 = b[((_e1693 + 4294963204u) >> 2u)];
                    local_29 = _e1700;
                    let _e1703 = local_6;
                    let _e1710 = b[((_e1703 + 4294963200u) >> 2u)];
                    local_30 = _e1710;
                    let _e1713 = local_105;
                    let _e1715 = local_21;
                    local_6 = (_e1713 + (_e1715 << 2u));
                    let _e1722 = local_6;
                    let _e1729 = a[((_e1722 + 4294963212u) >> 2u)];
                    local_23 = _e1729;
                    let _e1732 = local_6;
                    let _e1739 = a[((_e1732 + 4294963208u) >> 2u)];
                    local_24 = _e1739;
                    let _e1742 = local_6;
                    let _e1749 = a[((_e1742 + 4294963204u) >> 2u)];
                    local_25 = _e1749;
                    let _e1752 = local_6;
                    let _e1759 = a[((_e1752 + 4294963200u) >> 2u)];
                    local_26 = _e1759;
                    pending = 17u;
                }
                let _e1764 = pending;
                if (_e1764 == 0u) {
                    let _e1768 = local_7;
                    let _e1770 = local_20;
                    local_6 = (_e1768 + _e1770);
                    local_30 = 0f;
                    local_26 = 0f;
                    let _e1778 = local_18;
                    let _e1780 = local;
                    local_15 = select(0u, 1u, (_e1778 >= _e1780));
                    let _e1787 = local_15;
                    if !((_e1787 != 0u)) {
                        local_26 = 0f;
                        let _e1794 = local_6;
                        let _e1796 = local;
                        let _e1797 = (_e1794 >= _e1796);
                        if !(_e1797) {
                            let _e1803 = local_1;
                            let _e1805 = local_8;
                            let _e1816 = a[(((_e1803 + (_e1805 << 2u)) + 4294963200u) >> 2u)];
                            local_26 = _e1816;
                        }
                    }
                    let _e1819 = local_7;
                    let _e1821 = local_14;
                    local_115 = (_e1819 + _e1821);
                    let _e1825 = local_13;
                    let _e1827 = local;
                    let _e1828 = (_e1825 >= _e1827);
                    if !(_e1828) {
                        let _e1834 = local_115;
                        let _e1836 = local;
                        let _e1837 = (_e1834 >= _e1836);
                        if !(_e1837) {
                            let _e1843 = local_3;
                            let _e1845 = local_4;
                            let _e1856 = b[(((_e1843 + (_e1845 << 2u)) + 4294963200u) >> 2u)];
                            local_30 = _e1856;
                        }
                    }
                    local_29 = 0f;
                    local_25 = 0f;
                    let _e1863 = local_15;
                    if !((_e1863 != 0u)) {
                        local_25 = 0f;
                        let _e1870 = local_6;
                        let _e1874 = local;
                        let _e1875 = ((_e1870 + 1u) >= _e1874);
                        if !(_e1875) {
                            let _e1881 = local_21;
                            let _e1886 = local_1;
                            let _e1896 = a[(((((_e1881 << 2u) + _e1886) + 36u) + 4294963200u) >> 2u)];
                            local_25 = _e1896;
                        }
                    }
                    let _e1899 = local_108;
                    if !((_e1899 != 0u)) {
                        let _e1904 = local_115;
                        let _e1906 = local;
                        let _e1907 = (_e1904 >= _e1906);
                        if !(_e1907) {
                            let _e1913 = local_4;
                            let _e1918 = local_3;
                            let _e1928 = b[(((((_e1913 << 2u) + _e1918) + 4u) + 4294963200u) >> 2u)];
                            local_29 = _e1928;
                        }
                    }
                    local_28 = 0f;
                    local_24 = 0f;
                    let _e1935 = local_15;
                    if !((_e1935 != 0u)) {
                        local_24 = 0f;
                        let _e1942 = local_6;
                        let _e1946 = local;
                        let _e1947 = ((_e1942 + 2u) >= _e1946);
                        if !(_e1947) {
                            let _e1953 = local_21;
                            let _e1958 = local_1;
                            let _e1968 = a[(((((_e1953 << 2u) + _e1958) + 40u) + 4294963200u) >> 2u)];
                            local_24 = _e1968;
                        }
                    }
                    let _e1971 = local_109;
                    if !((_e1971 != 0u)) {
                        let _e1976 = local_115;
                        let _e1978 = local;
                        let _e1979 = (_e1976 >= _e1978);
                        if !(_e1979) {
                            let _e1985 = local_4;
                            let _e1990 = local_3;
                            let _e2000 = b[(((((_e1985 << 2u) + _e1990) + 8u) + 4294963200u) >> 2u)];
                            local_28 = _e2000;
                        }
                    }
                    local_27 = 0f;
                    local_23 = 0f;
                    let _e2007 = local_15;
                    if !((_e2007 != 0u)) {
                        local_23 = 0f;
                        let _e2014 = local_6;
                        let _e2018 = local;
                        let _e2019 = ((_e2014 + 3u) >= _e2018);
                        if !(_e2019) {
                            let _e2025 = local_21;
                            let _e2030 = local_1;
                            let _e2040 = a[(((((_e2025 << 2u) + _e2030) + 44u) + 4294963200u) >> 2u)];
                            local_23 = _e2040;
                        }
                    }
                    let _e2043 = local_110;
                    if !((_e2043 != 0u)) {
                        let _e2048 = local_115;
                        let _e2050 = local;
                        let _e2051 = (_e2048 >= _e2050);
                        if !(_e2051) {
                            let _e2057 = local_4;
                            let _e2062 = local_3;
                            let _e2072 = b[(((((_e2057 << 2u) + _e2062) + 12u) + 4294963200u) >> 2u)];
                            local_27 = _e2072;
                        }
                    }
                }
                let _e2075 = pending;
                if (_e2075 == 17u) {
                    pending = 0u;
                }
                let _e2081 = local_4;
                local_16 = _e2081;
                let _e2084 = local_8;
                local_21 = _e2084;
                let _e2087 = local_7;
                local_112 = _e2087;
            }
            let _e2090 = local_19;
            let _e2092 = local_2;
            local_15 = (_e2090 + _e2092);
            let _e2096 = local_12;
            let _e2098 = local_2;
            local_115 = (_e2096 + _e2098);
            local_8 = 0u;
            local_6 = 256u;
            let _e2106 = local_10;
            local_116 = ((_e2106 << 10u) & 1024u);
            let _e2114 = local_116;
            local_10 = _e2114;
            loop {
                let _e2117 = local_102;
                let _e2119 = local_12;
                let _e2121 = local_10;
                local_2 = (_e2121 << 2u);
                let _e2127 = local_2;
                local_10 = (_e2119 + _e2127);
                let _e2131 = local_10;
                let _e2138 = tb[((_e2131 + 4294963468u) >> 2u)];
                local_117 = _e2138;
                let _e2141 = local_117;
                let _e2143 = local_19;
                let _e2145 = local_2;
                local_2 = (_e2143 + _e2145);
                let _e2149 = local_2;
                let _e2156 = ta[((_e2149 + 4294963468u) >> 2u)];
                local_118 = _e2156;
                let _e2159 = local_118;
                let _e2163 = local_15;
                let _e2165 = local_8;
                local_4 = (_e2163 + _e2165);
                let _e2169 = local_4;
                let _e2178 = ta[(((_e2169 + 780u) + 4294963200u) >> 2u)];
                local_119 = _e2178;
                let _e2181 = local_119;
                let _e2183 = local_115;
                let _e2185 = local_8;
                local_7 = (_e2183 + _e2185);
                let _e2189 = local_7;
                let _e2198 = tb[(((_e2189 + 780u) + 4294963200u) >> 2u)];
                local_120 = _e2198;
                let _e2201 = local_120;
                local_102 = ((_e2117 + (_e2141 * _e2159)) + (_e2181 * _e2201));
                let _e2206 = local_101;
                let _e2208 = local_10;
                let _e2215 = tb[((_e2208 + 4294963464u) >> 2u)];
                local_121 = _e2215;
                let _e2218 = local_121;
                let _e2220 = local_118;
                let _e2224 = local_119;
                let _e2226 = local_7;
                let _e2235 = tb[(((_e2226 + 776u) + 4294963200u) >> 2u)];
                local_122 = _e2235;
                let _e2238 = local_122;
                local_101 = ((_e2206 + (_e2218 * _e2220)) + (_e2224 * _e2238));
                let _e2243 = local_100;
                let _e2245 = local_10;
                let _e2252 = tb[((_e2245 + 4294963460u) >> 2u)];
                local_123 = _e2252;
                let _e2255 = local_123;
                let _e2257 = local_118;
                let _e2261 = local_119;
                let _e2263 = local_7;
                let _e2272 = tb[(((_e2263 + 772u) + 4294963200u) >> 2u)];
                local_124 = _e2272;
                let _e2275 = local_124;
                local_100 = ((_e2243 + (_e2255 * _e2257)) + (_e2261 * _e2275));
                let _e2280 = local_99;
                let _e2282 = local_10;
                let _e2289 = tb[((_e2282 + 4294963456u) >> 2u)];
                local_125 = _e2289;
                let _e2292 = local_125;
                let _e2294 = local_118;
                let _e2298 = local_119;
                let _e2300 = local_7;
                let _e2309 = tb[(((_e2300 + 768u) + 4294963200u) >> 2u)];
                local_126 = _e2309;
                let _e2312 = local_126;
                local_99 = ((_e2280 + (_e2292 * _e2294)) + (_e2298 * _e2312));
                let _e2317 = local_98;
                let _e2319 = local_10;
                let _e2326 = tb[((_e2319 + 4294963212u) >> 2u)];
                local_127 = _e2326;
                let _e2329 = local_127;
                let _e2331 = local_118;
                let _e2335 = local_119;
                let _e2337 = local_7;
                let _e2346 = tb[(((_e2337 + 524u) + 4294963200u) >> 2u)];
                local_128 = _e2346;
                let _e2349 = local_128;
                local_98 = ((_e2317 + (_e2329 * _e2331)) + (_e2335 * _e2349));
                let _e2354 = local_97;
                let _e2356 = local_10;
                let _e2363 = tb[((_e2356 + 4294963208u) >> 2u)];
                local_129 = _e2363;
                let _e2366 = local_129;
                let _e2368 = local_118;
                let _e2372 = local_119;
                let _e2374 = local_7;
                let _e2383 = tb[(((_e2374 + 520u) + 4294963200u) >> 2u)];
                local_130 = _e2383;
                let _e2386 = local_130;
                local_97 = ((_e2354 + (_e2366 * _e2368)) + (_e2372 * _e2386));
                let _e2391 = local_96;
                let _e2393 = local_10;
                let _e2400 = tb[((_e2393 + 4294963204u) >> 2u)];
                local_131 = _e2400;
                let _e2403 = local_131;
                let _e2405 = local_118;
                let _e2409 = local_119;
                let _e2411 = local_7;
                let _e2420 = tb[(((_e2411 + 516u) + 4294963200u) >> 2u)];
                local_132 = _e2420;
                let _e2423 = local_132;
                local_96 = ((_e2391 + (_e2403 * _e2405)) + (_e2409 * _e2423));
                let _e2428 = local_95;
                let _e2430 = local_10;
                let _e2437 = tb[((_e2430 + 4294963200u) >> 2u)];
                local_133 = _e2437;
                let _e2440 = local_133;
                let _e2442 = local_118;
                let _e2446 = local_119;
                let _e2448 = local_7;
                let _e2457 = tb[(((_e2448 + 512u) + 4294963200u) >> 2u)];
                local_118 = _e2457;
                let _e2460 = local_118;
                local_95 = ((_e2428 + (_e2440 * _e2442)) + (_e2446 * _e2460));
                let _e2465 = local_94;
                let _e2467 = local_117;
                let _e2469 = local_2;
                let _e2476 = ta[((_e2469 + 4294963464u) >> 2u)];
                local_119 = _e2476;
                let _e2479 = local_119;
                let _e2483 = local_4;
                let _e2492 = ta[(((_e2483 + 776u) + 4294963200u) >> 2u)];
                local_134 = _e2492;
                let _e2495 = local_134;
                let _e2497 = local_120;
                local_94 = ((_e2465 + (_e2467 * _e2479)) + (_e2495 * _e2497));
                let _e2502 = local_93;
                let _e2504 = local_121;
                let _e2506 = local_119;
                let _e2510 = local_134;
                let _e2512 = local_122;
                local_93 = ((_e2502 + (_e2504 * _e2506)) + (_e2510 * _e2512));
                let _e2517 = local_92;
                let _e2519 = local_123;
                let _e2521 = local_119;
                let _e2525 = local_134;
                let _e2527 = local_124;
                local_92 = ((_e2517 + (_e2519 * _e2521)) + (_e2525 * _e2527));
                let _e2532 = local_91;
                let _e2534 = local_125;
                let _e2536 = local_119;
                let _e2540 = local_134;
                let _e2542 = local_126;
                local_91 = ((_e2532 + (_e2534 * _e2536)) + (_e2540 * _e2542));
                let _e2547 = local_90;
                let _e2549 = local_127;
                let _e2551 = local_119;
                let _e2555 = local_134;
                let _e2557 = local_128;
                local_90 = ((_e2547 + (_e2549 * _e2551)) + (_e2555 * _e2557));
                let _e2562 = local_89;
                let _e2564 = local_129;
                let _e2566 = local_119;
                let _e2570 = local_134;
                let _e2572 = local_130;
                local_89 = ((_e2562 + (_e2564 * _e2566)) + (_e2570 * _e2572));
                let _e2577 = local_88;
                let _e2579 = local_131;
                let _e2581 = local_119;
                let _e2585 = local_134;
                let _e2587 = local_132;
                local_88 = ((_e2577 + (_e2579 * _e2581)) + (_e2585 * _e2587));
                let _e2592 = local_87;
                let _e2594 = local_133;
                let _e2596 = local_119;
                let _e2600 = local_134;
                let _e2602 = local_118;
                local_87 = ((_e2592 + (_e2594 * _e2596)) + (_e2600 * _e2602));
                let _e2607 = local_86;
                let _e2609 = local_117;
                let _e2611 = local_2;
                let _e2618 = ta[((_e2611 + 4294963460u) >> 2u)];
                local_119 = _e2618;
                let _e2621 = local_119;
                let _e2625 = local_4;
                let _e2634 = ta[(((_e2625 + 772u) + 4294963200u) >> 2u)];
                local_134 = _e2634;
                let _e2637 = local_134;
                let _e2639 = local_120;
                local_86 = ((_e2607 + (_e2609 * _e2621)) + (_e2637 * _e2639));
                let _e2644 = local_85;
                let _e2646 = local_121;
                let _e2648 = local_119;
                let _e2652 = local_134;
                let _e2654 = local_122;
                local_85 = ((_e2644 + (_e2646 * _e2648)) + (_e2652 * _e2654));
                let _e2659 = local_84;
                let _e2661 = local_123;
                let _e2663 = local_119;
                let _e2667 = local_134;
                let _e2669 = local_124;
                local_84 = ((_e2659 + (_e2661 * _e2663)) + (_e2667 * _e2669));
                let _e2674 = local_83;
                let _e2676 = local_125;
                let _e2678 = local_119;
                let _e2682 = local_134;
                let _e2684 = local_126;
                local_83 = ((_e2674 + (_e2676 * _e2678)) + (_e2682 * _e2684));
                let _e2689 = local_82;
                let _e2691 = local_127;
                let _e2693 = local_119;
                let _e2697 = local_134;
                let _e2699 = local_128;
                local_82 = ((_e2689 + (_e2691 * _e2693)) + (_e2697 * _e2699));
                let _e2704 = local_81;
                let _e2706 = local_129;
                let _e2708 = local_119;
                let _e2712 = local_134;
                let _e2714 = local_130;
                local_81 = ((_e2704 + (_e2706 * _e2708)) + (_e2712 * _e2714));
                let _e2719 = local_80;
                let _e2721 = local_131;
                let _e2723 = local_119;
                let _e2727 = local_134;
                let _e2729 = local_132;
                local_80 = ((_e2719 + (_e2721 * _e2723)) + (_e2727 * _e2729));
                let _e2734 = local_79;
                let _e2736 = local_133;
                let _e2738 = local_119;
                let _e2742 = local_134;
                let _e2744 = local_118;
                local_79 = ((_e2734 + (_e2736 * _e2738)) + (_e2742 * _e2744));
                let _e2749 = local_78;
                let _e2751 = local_117;
                let _e2753 = local_2;
                let _e2760 = ta[((_e2753 + 4294963456u) >> 2u)];
                local_119 = _e2760;
                let _e2763 = local_119;
                let _e2767 = local_4;
                let _e2776 = ta[(((_e2767 + 768u) + 4294963200u) >> 2u)];
                local_134 = _e2776;
                let _e2779 = local_134;
                let _e2781 = local_120;
                local_78 = ((_e2749 + (_e2751 * _e2763)) + (_e2779 * _e2781));
                let _e2786 = local_77;
                let _e2788 = local_121;
                let _e2790 = local_119;
                let _e2794 = local_134;
                let _e2796 = local_122;
                local_77 = ((_e2786 + (_e2788 * _e2790)) + (_e2794 * _e2796));
                let _e2801 = local_76;
                let _e2803 = local_123;
                let _e2805 = local_119;
                let _e2809 = local_134;
                let _e2811 = local_124;
                local_76 = ((_e2801 + (_e2803 * _e2805)) + (_e2809 * _e2811));
                let _e2816 = local_75;
                let _e2818 = local_125;
                let _e2820 = local_119;
                let _e2824 = local_134;
                let _e2826 = local_126;
                local_75 = ((_e2816 + (_e2818 * _e2820)) + (_e2824 * _e2826));
                let _e2831 = local_74;
                let _e2833 = local_127;
                let _e2835 = local_119;
                let _e2839 = local_134;
                let _e2841 = local_128;
                local_74 = ((_e2831 + (_e2833 * _e2835)) + (_e2839 * _e2841));
                let _e2846 = local_73;
                let _e2848 = local_129;
                let _e2850 = local_119;
                let _e2854 = local_134;
                let _e2856 = local_130;
                local_73 = ((_e2846 + (_e2848 * _e2850)) + (_e2854 * _e2856));
                let _e2861 = local_72;
                let _e2863 = local_131;
                let _e2865 = local_119;
                let _e2869 = local_134;
                let _e2871 = local_132;
                local_72 = ((_e2861 + (_e2863 * _e2865)) + (_e2869 * _e2871));
                let _e2876 = local_71;
                let _e2878 = local_133;
                let _e2880 = local_119;
                let _e2884 = local_134;
                let _e2886 = local_118;
                local_71 = ((_e2876 + (_e2878 * _e2880)) + (_e2884 * _e2886));
                let _e2891 = local_70;
                let _e2893 = local_117;
                let _e2895 = local_2;
                let _e2902 = ta[((_e2895 + 4294963212u) >> 2u)];
                local_119 = _e2902;
                let _e2905 = local_119;
                let _e2909 = local_4;
                let _e2918 = ta[(((_e2909 + 524u) + 4294963200u) >> 2u)];
                local_134 = _e2918;
                let _e2921 = local_134;
                let _e2923 = local_120;
                local_70 = ((_e2891 + (_e2893 * _e2905)) + (_e2921 * _e2923));
                let _e2928 = local_69;
                let _e2930 = local_121;
                let _e2932 = local_119;
                let _e2936 = local_134;
                let _e2938 = local_122;
                local_69 = ((_e2928 + (_e2930 * _e2932)) + (_e2936 * _e2938));
                let _e2943 = local_68;
                let _e2945 = local_123;
                let _e2947 = local_119;
                let _e2951 = local_134;
                let _e2953 = local_124;
                local_68 = ((_e2943 + (_e2945 * _e2947)) + (_e2951 * _e2953));
                let _e2958 = local_67;
                let _e2960 = local_125;
                let _e2962 = local_119;
                let _e2966 = local_134;
                let _e2968 = local_126;
                local_67 = ((_e2958 + (_e2960 * _e2962)) + (_e2966 * _e2968));
                let _e2973 = local_66;
                let _e2975 = local_127;
                let _e2977 = local_119;
                let _e2981 = local_134;
                let _e2983 = local_128;
                local_66 = ((_e2973 + (_e2975 * _e2977)) + (_e2981 * _e2983));
                let _e2988 = local_65;
                let _e2990 = local_129;
                let _e2992 = local_119;
                let _e2996 = local_134;
                let _e2998 = local_130;
                local_65 = ((_e2988 + (_e2990 * _e2992)) + (_e2996 * _e2998));
                let _e3003 = local_64;
                let _e3005 = local_131;
                let _e3007 = local_119;
                let _e3011 = local_134;
                let _e3013 = local_132;
                local_64 = ((_e3003 + (_e3005 * _e3007)) + (_e3011 * _e3013));
                let _e3018 = local_63;
                let _e3020 = local_133;
                let _e3022 = local_119;
                let _e3026 = local_134;
                let _e3028 = local_118;
                local_63 = ((_e3018 + (_e3020 * _e3022)) + (_e3026 * _e3028));
                let _e3033 = local_62;
                let _e3035 = local_117;
                let _e3037 = local_2;
                let _e3044 = ta[((_e3037 + 4294963208u) >> 2u)];
                local_119 = _e3044;
                let _e3047 = local_119;
                let _e3051 = local_4;
                let _e3060 = ta[(((_e3051 + 520u) + 4294963200u) >> 2u)];
                local_134 = _e3060;
                let _e3063 = local_134;
                let _e3065 = local_120;
                local_62 = ((_e3033 + (_e3035 * _e3047)) + (_e3063 * _e3065));
                let _e3070 = local_61;
                let _e3072 = local_121;
                let _e3074 = local_119;
                let _e3078 = local_134;
                let _e3080 = local_122;
                local_61 = ((_e3070 + (_e3072 * _e3074)) + (_e3078 * _e3080));
                let _e3085 = local_60;
                let _e3087 = local_123;
                let _e3089 = local_119;
                let _e3093 = local_134;
                let _e3095 = local_124;
                local_60 = ((_e3085 + (_e3087 * _e3089)) + (_e3093 * _e3095));
                let _e3100 = local_59;
                let _e3102 = local_125;
                let _e3104 = local_119;
                let _e3108 = local_134;
                let _e3110 = local_126;
                local_59 = ((_e3100 + (_e3102 * _e3104)) + (_e3108 * _e3110));
                let _e3115 = local_58;
                let _e3117 = local_127;
                let _e3119 = local_119;
                let _e3123 = local_134;
                let _e3125 = local_128;
                local_58 = ((_e3115 + (_e3117 * _e3119)) + (_e3123 * _e3125));
                let _e3130 = local_57;
                let _e3132 = local_129;
                let _e3134 = local_119;
                let _e3138 = local_134;
                let _e3140 = local_130;
                local_57 = ((_e3130 + (_e3132 * _e3134)) + (_e3138 * _e3140));
                let _e3145 = local_56;
                let _e3147 = local_131;
                let _e3149 = local_119;
                let _e3153 = local_134;
                let _e3155 = local_132;
                local_56 = ((_e3145 + (_e3147 * _e3149)) + (_e3153 * _e3155));
                let _e3160 = local_55;
                let _e3162 = local_133;
                let _e3164 = local_119;
                let _e3168 = local_134;
                let _e3170 = local_118;
                local_55 = ((_e3160 + (_e3162 * _e3164)) + (_e3168 * _e3170));
                let _e3175 = local_54;
                let _e3177 = local_117;
                let _e3179 = local_2;
                let _e3186 = ta[((_e3179 + 4294963204u) >> 2u)];
                local_119 = _e3186;
                let _e3189 = local_119;
                let _e3193 = local_4;
                let _e3202 = ta[(((_e3193 + 516u) + 4294963200u) >> 2u)];
                local_134 = _e3202;
                let _e3205 = local_134;
                let _e3207 = local_120;
                local_54 = ((_e3175 + (_e3177 * _e3189)) + (_e3205 * _e3207));
                let _e3212 = local_53;
                let _e3214 = local_121;
                let _e3216 = local_119;
                let _e3220 = local_134;
                let _e3222 = local_122;
                local_53 = ((_e3212 + (_e3214 * _e3216)) + (_e3220 * _e3222));
                let _e3227 = local_52;
                let _e3229 = local_123;
                let _e3231 = local_119;
                let _e3235 = local_134;
                let _e3237 = local_124;
                local_52 = ((_e3227 + (_e3229 * _e3231)) + (_e3235 * _e3237));
                let _e3242 = local_51;
                let _e3244 = local_125;
                let _e3246 = local_119;
                let _e3250 = local_134;
                let _e3252 = local_126;
                local_51 = ((_e3242 + (_e3244 * _e3246)) + (_e3250 * _e3252));
                let _e3257 = local_50;
                let _e3259 = local_127;
                let _e3261 = local_119;
                let _e3265 = local_134;
                let _e3267 = local_128;
                local_50 = ((_e3257 + (_e3259 * _e3261)) + (_e3265 * _e3267));
                let _e3272 = local_49;
                let _e3274 = local_129;
                let _e3276 = local_119;
                let _e3280 = local_134;
                let _e3282 = local_130;
                local_49 = ((_e3272 + (_e3274 * _e3276)) + (_e3280 * _e3282));
                let _e3287 = local_48;
                let _e3289 = local_131;
                let _e3291 = local_119;
                let _e3295 = local_134;
                let _e3297 = local_132;
                local_48 = ((_e3287 + (_e3289 * _e3291)) + (_e3295 * _e3297));
                let _e3302 = local_47;
                let _e3304 = local_133;
                let _e3306 = local_119;
                let _e3310 = local_134;
                let _e3312 = local_118;
                local_47 = ((_e3302 + (_e3304 * _e3306)) + (_e3310 * _e3312));
                let _e3317 = local_46;
                let _e3319 = local_117;
                let _e3321 = local_2;
                let _e3328 = ta[((_e3321 + 4294963200u) >> 2u)];
                local_119 = _e3328;
                let _e3331 = local_119;
                let _e3335 = local_4;
                let _e3344 = ta[(((_e3335 + 512u) + 4294963200u) >> 2u)];
                local_117 = _e3344;
                let _e3347 = local_117;
                let _e3349 = local_120;
                local_46 = ((_e3317 + (_e3319 * _e3331)) + (_e3347 * _e3349));
                let _e3354 = local_45;
                let _e3356 = local_121;
                let _e3358 = local_119;
                let _e3362 = local_117;
                let _e3364 = local_122;
                local_45 = ((_e3354 + (_e3356 * _e3358)) + (_e3362 * _e3364));
                let _e3369 = local_44;
                let _e3371 = local_123;
                let _e3373 = local_119;
                let _e3377 = local_117;
                let _e3379 = local_124;
                local_44 = ((_e3369 + (_e3371 * _e3373)) + (_e3377 * _e3379));
                let _e3384 = local_43;
                let _e3386 = local_125;
                let _e3388 = local_119;
                let _e3392 = local_117;
                let _e3394 = local_126;
                local_43 = ((_e3384 + (_e3386 * _e3388)) + (_e3392 * _e3394));
                let _e3399 = local_42;
                let _e3401 = local_127;
                let _e3403 = local_119;
                let _e3407 = local_117;
                let _e3409 = local_128;
                local_42 = ((_e3399 + (_e3401 * _e3403)) + (_e3407 * _e3409));
                let _e3414 = local_41;
                let _e3416 = local_129;
                let _e3418 = local_119;
                let _e3422 = local_117;
                let _e3424 = local_130;
                local_41 = ((_e3414 + (_e3416 * _e3418)) + (_e3422 * _e3424));
                let _e3429 = local_40;
                let _e3431 = local_131;
                let _e3433 = local_119;
                let _e3437 = local_117;
                let _e3439 = local_132;
                local_40 = ((_e3429 + (_e3431 * _e3433)) + (_e3437 * _e3439));
                let _e3444 = local_39;
                let _e3446 = local_133;
                let _e3448 = local_119;
                let _e3452 = local_117;
                let _e3454 = local_118;
                local_39 = ((_e3444 + (_e3446 * _e3448)) + (_e3452 * _e3454));
                let _e3459 = local_6;
                let _e3463 = local_116;
                local_10 = ((_e3459 & 768u) | _e3463);
                let _e3467 = local_6;
                local_6 = (_e3467 + 256u);
                let _e3472 = local_8;
                local_8 = (_e3472 + 1024u);
                let _e3477 = local_8;
                let _e3479 = (_e3477 != 4096u);
                if _e3479 {
                    continue;
                }
                break;
            }
            let _e3484 = local_114;
            let _e3486 = (_e3484 == 0u);
            if !(_e3486) {
                let _e3492 = local_31;
                let _e3494 = local_113;
                local_2 = ((_e3494 << 12u) & 4096u);
                let _e3502 = local_2;
                local_10 = (_e3492 + _e3502);
                let _e3506 = local_10;
                let _e3508 = local_33;
                let _e3511 = local_25;
                ta[(((_e3506 + _e3508) + 4294963200u) >> 2u)] = _e3511;
                let _e3519 = local_10;
                let _e3521 = local_32;
                let _e3524 = local_26;
                ta[(((_e3519 + _e3521) + 4294963200u) >> 2u)] = _e3524;
                let _e3532 = local_10;
                let _e3534 = local_34;
                let _e3537 = local_24;
                ta[(((_e3532 + _e3534) + 4294963200u) >> 2u)] = _e3537;
                let _e3545 = local_10;
                let _e3547 = local_35;
                let _e3550 = local_23;
                ta[(((_e3545 + _e3547) + 4294963200u) >> 2u)] = _e3550;
                let _e3558 = local_36;
                let _e3560 = local_2;
                local_10 = (_e3558 + _e3560);
                let _e3564 = local_10;
                let _e3566 = local_27;
                tb[((_e3564 + 4294963212u) >> 2u)] = _e3566;
                let _e3574 = local_10;
                let _e3576 = local_28;
                tb[((_e3574 + 4294963208u) >> 2u)] = _e3576;
                let _e3584 = local_10;
                let _e3586 = local_29;
                tb[((_e3584 + 4294963204u) >> 2u)] = _e3586;
                let _e3594 = local_10;
                let _e3596 = local_30;
                tb[((_e3594 + 4294963200u) >> 2u)] = _e3596;
            }
            let _e3604 = local_111;
            local_111 = (_e3604 + 1024u);
            workgroupBarrier();
            let _e3609 = local_113;
            local_10 = _e3609;
            let _e3612 = local_113;
            let _e3614 = local_104;
            let _e3615 = (_e3612 != _e3614);
            if _e3615 {
                continue;
            }
            break;
        }
    }
    let _e3620 = pending;
    if (_e3620 == 13u) {
        pending = 0u;
    }
    let _e3626 = local_37;
    let _e3628 = local_11;
    local_10 = (_e3626 | _e3628);
    let _e3632 = local_38;
    let _e3634 = local_17;
    local_2 = (_e3632 | _e3634);
    let _e3638 = local_2;
    let _e3640 = local;
    let _e3641 = (_e3638 >= _e3640);
    if !(_e3641) {
        let _e3647 = local_5;
        let _e3649 = local_2;
        let _e3651 = local;
        local_4 = (_e3647 + ((_e3649 * _e3651) << 2u));
        let _e3659 = local_10;
        let _e3661 = local;
        let _e3662 = (_e3659 >= _e3661);
        if !(_e3662) {
            let _e3668 = local_4;
            let _e3670 = local_10;
            let _e3676 = local_39;
            c[(((_e3668 + (_e3670 << 2u)) + 4294963200u) >> 2u)] = _e3676;
        }
        let _e3684 = local_10;
        local_7 = (_e3684 | 1u);
        let _e3689 = local_7;
        let _e3691 = local;
        let _e3692 = (_e3689 >= _e3691);
        if !(_e3692) {
            let _e3698 = local_4;
            let _e3700 = local_7;
            let _e3706 = local_40;
            c[(((_e3698 + (_e3700 << 2u)) + 4294963200u) >> 2u)] = _e3706;
        }
        let _e3714 = local_10;
        local_7 = (_e3714 | 2u);
        let _e3719 = local_7;
        let _e3721 = local;
        let _e3722 = (_e3719 >= _e3721);
        if !(_e3722) {
            let _e3728 = local_4;
            let _e3730 = local_7;
            let _e3736 = local_41;
            c[(((_e3728 + (_e3730 << 2u)) + 4294963200u) >> 2u)] = _e3736;
        }
        let _e3744 = local_10;
        local_7 = (_e3744 | 3u);
        let _e3749 = local_7;
        let _e3751 = local;
        let _e3752 = (_e3749 >= _e3751);
        if !(_e3752) {
            let _e3758 = local_4;
            let _e3760 = local_7;
            let _e3766 = local_42;
            c[(((_e3758 + (_e3760 << 2u)) + 4294963200u) >> 2u)] = _e3766;
        }
        let _e3774 = local_10;
        local_7 = (_e3774 + 64u);
        let _e3779 = local_7;
        let _e3781 = local;
        let _e3782 = (_e3779 >= _e3781);
        if !(_e3782) {
            let _e3788 = local_4;
            let _e3790 = local_7;
            let _e3796 = local_43;
            c[(((_e3788 + (_e3790 << 2u)) + 4294963200u) >> 2u)] = _e3796;
        }
        let _e3804 = local_7;
        local_8 = (_e3804 | 1u);
        let _e3809 = local_8;
        let _e3811 = local;
        let _e3812 = (_e3809 >= _e3811);
        if !(_e3812) {
            let _e3818 = local_4;
            let _e3820 = local_8;
            let _e3826 = local_44;
            c[(((_e3818 + (_e3820 << 2u)) + 4294963200u) >> 2u)] = _e3826;
        }
        let _e3834 = local_7;
        local_8 = (_e3834 | 2u);
        let _e3839 = local_8;
        let _e3841 = local;
        let _e3842 = (_e3839 >= _e3841);
        if !(_e3842) {
            let _e3848 = local_4;
            let _e3850 = local_8;
            let _e3856 = local_45;
            c[(((_e3848 + (_e3850 << 2u)) + 4294963200u) >> 2u)] = _e3856;
        }
        let _e3864 = local_7;
        local_7 = (_e3864 | 3u);
        let _e3869 = local_7;
        let _e3871 = local;
        let _e3872 = (_e3869 >= _e3871);
        if !(_e3872) {
            let _e3878 = local_4;
            let _e3880 = local_7;
            let _e3886 = local_46;
            c[(((_e3878 + (_e3880 << 2u)) + 4294963200u) >> 2u)] = _e3886;
        }
    }
    let _e3894 = local_2;
    local_4 = (_e3894 | 1u);
    let _e3899 = local_4;
    let _e3901 = local;
    let _e3902 = (_e3899 >= _e3901);
    if !(_e3902) {
        let _e3908 = local_5;
        let _e3910 = local_4;
        let _e3912 = local;
        local_4 = (_e3908 + ((_e3910 * _e3912) << 2u));
        let _e3920 = local_10;
        let _e3922 = local;
        let _e3923 = (_e3920 >= _e3922);
        if !(_e3923) {
            let _e3929 = local_4;
            let _e3931 = local_10;
            let _e3937 = local_47;
            c[(((_e3929 + (_e3931 << 2u)) + 4294963200u) >> 2u)] = _e3937;
        }
        let _e3945 = local_10;
        local_7 = (_e3945 | 1u);
        let _e3950 = local_7;
        let _e3952 = local;
        let _e3953 = (_e3950 >= _e3952);
        if !(_e3953) {
            let _e3959 = local_4;
            let _e3961 = local_7;
            let _e3967 = local_48;
            c[(((_e3959 + (_e3961 << 2u)) + 4294963200u) >> 2u)] = _e3967;
        }
        let _e3975 = local_10;
        local_7 = (_e3975 | 2u);
        let _e3980 = local_7;
        let _e3982 = local;
        let _e3983 = (_e3980 >= _e3982);
        if !(_e3983) {
            let _e3989 = local_4;
            let _e3991 = local_7;
            let _e3997 = local_49;
            c[(((_e3989 + (_e3991 << 2u)) + 4294963200u) >> 2u)] = _e3997;
        }
        let _e4005 = local_10;
        local_7 = (_e4005 | 3u);
        let _e4010 = local_7;
        let _e4012 = local;
        let _e4013 = (_e4010 >= _e4012);
        if !(_e4013) {
            let _e4019 = local_4;
            let _e4021 = local_7;
            let _e4027 = local_50;
            c[(((_e4019 + (_e4021 << 2u)) + 4294963200u) >> 2u)] = _e4027;
        }
        let _e4035 = local_10;
        local_7 = (_e4035 + 64u);
        let _e4040 = local_7;
        let _e4042 = local;
        let _e4043 = (_e4040 >= _e4042);
        if !(_e4043) {
            let _e4049 = local_4;
            let _e4051 = local_7;
            let _e4057 = local_51;
            c[(((_e4049 + (_e4051 << 2u)) + 4294963200u) >> 2u)] = _e4057;
        }
        let _e4065 = local_7;
        local_8 = (_e4065 | 1u);
        let _e4070 = local_8;
        let _e4072 = local;
        let _e4073 = (_e4070 >= _e4072);
        if !(_e4073) {
            let _e4079 = local_4;
            let _e4081 = local_8;
            let _e4087 = local_52;
            c[(((_e4079 + (_e4081 << 2u)) + 4294963200u) >> 2u)] = _e4087;
        }
        let _e4095 = local_7;
        local_8 = (_e4095 | 2u);
        let _e4100 = local_8;
        let _e4102 = local;
        let _e4103 = (_e4100 >= _e4102);
        if !(_e4103) {
            let _e4109 = local_4;
            let _e4111 = local_8;
            let _e4117 = local_53;
            c[(((_e4109 + (_e4111 << 2u)) + 4294963200u) >> 2u)] = _e4117;
        }
        let _e4125 = local_7;
        local_7 = (_e4125 | 3u);
        let _e4130 = local_7;
        let _e4132 = local;
        let _e4133 = (_e4130 >= _e4132);
        if !(_e4133) {
            let _e4139 = local_4;
            let _e4141 = local_7;
            let _e4147 = local_54;
            c[(((_e4139 + (_e4141 << 2u)) + 4294963200u) >> 2u)] = _e4147;
        }
    }
    let _e4155 = local_2;
    local_4 = (_e4155 | 2u);
    let _e4160 = local_4;
    let _e4162 = local;
    let _e4163 = (_e4160 >= _e4162);
    if !(_e4163) {
        let _e4169 = local_5;
        let _e4171 = local_4;
        let _e4173 = local;
        local_4 = (_e4169 + ((_e4171 * _e4173) << 2u));
        let _e4181 = local_10;
        let _e4183 = local;
        let _e4184 = (_e4181 >= _e4183);
        if !(_e4184) {
            let _e4190 = local_4;
            let _e4192 = local_10;
            let _e4198 = local_55;
            c[(((_e4190 + (_e4192 << 2u)) + 4294963200u) >> 2u)] = _e4198;
        }
        let _e4206 = local_10;
        local_7 = (_e4206 | 1u);
        let _e4211 = local_7;
        let _e4213 = local;
        let _e4214 = (_e4211 >= _e4213);
        if !(_e4214) {
            let _e4220 = local_4;
            let _e4222 = local_7;
            let _e4228 = local_56;
            c[(((_e4220 + (_e4222 << 2u)) + 4294963200u) >> 2u)] = _e4228;
        }
        let _e4236 = local_10;
        local_7 = (_e4236 | 2u);
        let _e4241 = local_7;
        let _e4243 = local;
        let _e4244 = (_e4241 >= _e4243);
        if !(_e4244) {
            let _e4250 = local_4;
            let _e4252 = local_7;
            let _e4258 = local_57;
            c[(((_e4250 + (_e4252 << 2u)) + 4294963200u) >> 2u)] = _e4258;
        }
        let _e4266 = local_10;
        local_7 = (_e4266 | 3u);
        let _e4271 = local_7;
        let _e4273 = local;
        let _e4274 = (_e4271 >= _e4273);
        if !(_e4274) {
            let _e4280 = local_4;
            let _e4282 = local_7;
            let _e4288 = local_58;
            c[(((_e4280 + (_e4282 << 2u)) + 4294963200u) >> 2u)] = _e4288;
        }
        let _e4296 = local_10;
        local_7 = (_e4296 + 64u);
        let _e4301 = local_7;
        let _e4303 = local;
        let _e4304 = (_e4301 >= _e4303);
        if !(_e4304) {
            let _e4310 = local_4;
            let _e4312 = local_7;
            let _e4318 = local_59;
            c[(((_e4310 + (_e4312 << 2u)) + 4294963200u) >> 2u)] = _e4318;
        }
        let _e4326 = local_7;
        local_8 = (_e4326 | 1u);
        let _e4331 = local_8;
        let _e4333 = local;
        let _e4334 = (_e4331 >= _e4333);
        if !(_e4334) {
            let _e4340 = local_4;
            let _e4342 = local_8;
            let _e4348 = local_60;
            c[(((_e4340 + (_e4342 << 2u)) + 4294963200u) >> 2u)] = _e4348;
        }
        let _e4356 = local_7;
        local_8 = (_e4356 | 2u);
        let _e4361 = local_8;
        let _e4363 = local;
        let _e4364 = (_e4361 >= _e4363);
        if !(_e4364) {
            let _e4370 = local_4;
            let _e4372 = local_8;
            let _e4378 = local_61;
            c[(((_e4370 + (_e4372 << 2u)) + 4294963200u) >> 2u)] = _e4378;
        }
        let _e4386 = local_7;
        local_7 = (_e4386 | 3u);
        let _e4391 = local_7;
        let _e4393 = local;
        let _e4394 = (_e4391 >= _e4393);
        if !(_e4394) {
            let _e4400 = local_4;
            let _e4402 = local_7;
            let _e4408 = local_62;
            c[(((_e4400 + (_e4402 << 2u)) + 4294963200u) >> 2u)] = _e4408;
        }
    }
    let _e4416 = local_2;
    local_4 = (_e4416 | 64u);
    let _e4421 = local_2;
    local_7 = (_e4421 | 3u);
    let _e4426 = local_7;
    let _e4428 = local;
    let _e4429 = (_e4426 >= _e4428);
    if !(_e4429) {
        let _e4435 = local_5;
        let _e4437 = local_7;
        let _e4439 = local;
        local_7 = (_e4435 + ((_e4437 * _e4439) << 2u));
        let _e4447 = local_10;
        let _e4449 = local;
        let _e4450 = (_e4447 >= _e4449);
        if !(_e4450) {
            let _e4456 = local_7;
            let _e4458 = local_10;
            let _e4464 = local_63;
            c[(((_e4456 + (_e4458 << 2u)) + 4294963200u) >> 2u)] = _e4464;
        }
        let _e4472 = local_10;
        local_8 = (_e4472 | 1u);
        let _e4477 = local_8;
        let _e4479 = local;
        let _e4480 = (_e4477 >= _e4479);
        if !(_e4480) {
            let _e4486 = local_7;
            let _e4488 = local_8;
            let _e4494 = local_64;
            c[(((_e4486 + (_e4488 << 2u)) + 4294963200u) >> 2u)] = _e4494;
        }
        let _e4502 = local_10;
        local_8 = (_e4502 | 2u);
        let _e4507 = local_8;
        let _e4509 = local;
        let _e4510 = (_e4507 >= _e4509);
        if !(_e4510) {
            let _e4516 = local_7;
            let _e4518 = local_8;
            let _e4524 = local_65;
            c[(((_e4516 + (_e4518 << 2u)) + 4294963200u) >> 2u)] = _e4524;
        }
        let _e4532 = local_10;
        local_8 = (_e4532 | 3u);
        let _e4537 = local_8;
        let _e4539 = local;
        let _e4540 = (_e4537 >= _e4539);
        if !(_e4540) {
            let _e4546 = local_7;
            let _e4548 = local_8;
            let _e4554 = local_66;
            c[(((_e4546 + (_e4548 << 2u)) + 4294963200u) >> 2u)] = _e4554;
        }
        let _e4562 = local_10;
        local_8 = (_e4562 + 64u);
        let _e4567 = local_8;
        let _e4569 = local;
        let _e4570 = (_e4567 >= _e4569);
        if !(_e4570) {
            let _e4576 = local_7;
            let _e4578 = local_8;
            let _e4584 = local_67;
            c[(((_e4576 + (_e4578 << 2u)) + 4294963200u) >> 2u)] = _e4584;
        }
        let _e4592 = local_8;
        local_6 = (_e4592 | 1u);
        let _e4597 = local_6;
        let _e4599 = local;
        let _e4600 = (_e4597 >= _e4599);
        if !(_e4600) {
            let _e4606 = local_7;
            let _e4608 = local_6;
            let _e4614 = local_68;
            c[(((_e4606 + (_e4608 << 2u)) + 4294963200u) >> 2u)] = _e4614;
        }
        let _e4622 = local_8;
        local_6 = (_e4622 | 2u);
        let _e4627 = local_6;
        let _e4629 = local;
        let _e4630 = (_e4627 >= _e4629);
        if !(_e4630) {
            let _e4636 = local_7;
            let _e4638 = local_6;
            let _e4644 = local_69;
            c[(((_e4636 + (_e4638 << 2u)) + 4294963200u) >> 2u)] = _e4644;
        }
        let _e4652 = local_8;
        local_8 = (_e4652 | 3u);
        let _e4657 = local_8;
        let _e4659 = local;
        let _e4660 = (_e4657 >= _e4659);
        if !(_e4660) {
            let _e4666 = local_7;
            let _e4668 = local_8;
            let _e4674 = local_70;
            c[(((_e4666 + (_e4668 << 2u)) + 4294963200u) >> 2u)] = _e4674;
        }
    }
    let _e4682 = local_4;
    let _e4684 = local;
    let _e4685 = (_e4682 >= _e4684);
    if !(_e4685) {
        let _e4691 = local_5;
        let _e4693 = local_4;
        let _e4695 = local;
        local_4 = (_e4691 + ((_e4693 * _e4695) << 2u));
        let _e4703 = local_10;
        let _e4705 = local;
        let _e4706 = (_e4703 >= _e4705);
        if !(_e4706) {
            let _e4712 = local_4;
            let _e4714 = local_10;
            let _e4720 = local_71;
            c[(((_e4712 + (_e4714 << 2u)) + 4294963200u) >> 2u)] = _e4720;
        }
        let _e4728 = local_10;
        local_7 = (_e4728 | 1u);
        let _e4733 = local_7;
        let _e4735 = local;
        let _e4736 = (_e4733 >= _e4735);
        if !(_e4736) {
            let _e4742 = local_4;
            let _e4744 = local_7;
            let _e4750 = local_72;
            c[(((_e4742 + (_e4744 << 2u)) + 4294963200u) >> 2u)] = _e4750;
        }
        let _e4758 = local_10;
        local_7 = (_e4758 | 2u);
        let _e4763 = local_7;
        let _e4765 = local;
        let _e4766 = (_e4763 >= _e4765);
        if !(_e4766) {
            let _e4772 = local_4;
            let _e4774 = local_7;
            let _e4780 = local_73;
            c[(((_e4772 + (_e4774 << 2u)) + 4294963200u) >> 2u)] = _e4780;
        }
        let _e4788 = local_10;
        local_7 = (_e4788 | 3u);
        let _e4793 = local_7;
        let _e4795 = local;
        let _e4796 = (_e4793 >= _e4795);
        if !(_e4796) {
            let _e4802 = local_4;
            let _e4804 = local_7;
            let _e4810 = local_74;
            c[(((_e4802 + (_e4804 << 2u)) + 4294963200u) >> 2u)] = _e4810;
        }
        let _e4818 = local_10;
        local_7 = (_e4818 + 64u);
        let _e4823 = local_7;
        let _e4825 = local;
        let _e4826 = (_e4823 >= _e4825);
        if !(_e4826) {
            let _e4832 = local_4;
            let _e4834 = local_7;
            let _e4840 = local_75;
            c[(((_e4832 + (_e4834 << 2u)) + 4294963200u) >> 2u)] = _e4840;
        }
        let _e4848 = local_7;
        local_8 = (_e4848 | 1u);
        let _e4853 = local_8;
        let _e4855 = local;
        let _e4856 = (_e4853 >= _e4855);
        if !(_e4856) {
            let _e4862 = local_4;
            let _e4864 = local_8;
            let _e4870 = local_76;
            c[(((_e4862 + (_e4864 << 2u)) + 4294963200u) >> 2u)] = _e4870;
        }
        let _e4878 = local_7;
        local_8 = (_e4878 | 2u);
        let _e4883 = local_8;
        let _e4885 = local;
        let _e4886 = (_e4883 >= _e4885);
        if !(_e4886) {
            let _e4892 = local_4;
            let _e4894 = local_8;
            let _e4900 = local_77;
            c[(((_e4892 + (_e4894 << 2u)) + 4294963200u) >> 2u)] = _e4900;
        }
        let _e4908 = local_7;
        local_7 = (_e4908 | 3u);
        let _e4913 = local_7;
        let _e4915 = local;
        let _e4916 = (_e4913 >= _e4915);
        if !(_e4916) {
            let _e4922 = local_4;
            let _e4924 = local_7;
            let _e4930 = local_78;
            c[(((_e4922 + (_e4924 << 2u)) + 4294963200u) >> 2u)] = _e4930;
        }
    }
    let _e4938 = local_2;
    local_4 = (_e4938 | 65u);
    let _e4943 = local_4;
    let _e4945 = local;
    let _e4946 = (_e4943 >= _e4945);
    if !(_e4946) {
        let _e4952 = local_5;
        let _e4954 = local_4;
        let _e4956 = local;
        local_4 = (_e4952 + ((_e4954 * _e4956) << 2u));
        let _e4964 = local_10;
        let _e4966 = local;
        let _e4967 = (_e4964 >= _e4966);
        if !(_e4967) {
            let _e4973 = local_4;
            let _e4975 = local_10;
            let _e4981 = local_79;
            c[(((_e4973 + (_e4975 << 2u)) + 4294963200u) >> 2u)] = _e4981;
        }
        let _e4989 = local_10;
        local_7 = (_e4989 | 1u);
        let _e4994 = local_7;
        let _e4996 = local;
        let _e4997 = (_e4994 >= _e4996);
        if !(_e4997) {
            let _e5003 = local_4;
            let _e5005 = local_7;
            let _e5011 = local_80;
            c[(((_e5003 + (_e5005 << 2u)) + 4294963200u) >> 2u)] = _e5011;
        }
        let _e5019 = local_10;
        local_7 = (_e5019 | 2u);
        let _e5024 = local_7;
        let _e5026 = local;
        let _e5027 = (_e5024 >= _e5026);
        if !(_e5027) {
            let _e5033 = local_4;
            let _e5035 = local_7;
            let _e5041 = local_81;
            c[(((_e5033 + (_e5035 << 2u)) + 4294963200u) >> 2u)] = _e5041;
        }
        let _e5049 = local_10;
        local_7 = (_e5049 | 3u);
        let _e5054 = local_7;
        let _e5056 = local;
        let _e5057 = (_e5054 >= _e5056);
        if !(_e5057) {
            let _e5063 = local_4;
            let _e5065 = local_7;
            let _e5071 = local_82;
            c[(((_e5063 + (_e5065 << 2u)) + 4294963200u) >> 2u)] = _e5071;
        }
        let _e5079 = local_10;
        local_7 = (_e5079 + 64u);
        let _e5084 = local_7;
        let _e5086 = local;
        let _e5087 = (_e5084 >= _e5086);
        if !(_e5087) {
            let _e5093 = local_4;
            let _e5095 = local_7;
            let _e5101 = local_83;
            c[(((_e5093 + (_e5095 << 2u)) + 4294963200u) >> 2u)] = _e5101;
        }
        let _e5109 = local_7;
        local_8 = (_e5109 | 1u);
        let _e5114 = local_8;
        let _e5116 = local;
        let _e5117 = (_e5114 >= _e5116);
        if !(_e5117) {
            let _e5123 = local_4;
            let _e5125 = local_8;
            let _e5131 = local_84;
            c[(((_e5123 + (_e5125 << 2u)) + 4294963200u) >> 2u)] = _e5131;
        }
        let _e5139 = local_7;
        local_8 = (_e5139 | 2u);
        let _e5144 = local_8;
        let _e5146 = local;
        let _e5147 = (_e5144 >= _e5146);
        if !(_e5147) {
            let _e5153 = local_4;
            let _e5155 = local_8;
            let _e5161 = local_85;
            c[(((_e5153 + (_e5155 << 2u)) + 4294963200u) >> 2u)] = _e5161;
        }
        let _e5169 = local_7;
        local_7 = (_e5169 | 3u);
        let _e5174 = local_7;
        let _e5176 = local;
        let _e5177 = (_e5174 >= _e5176);
        if !(_e5177) {
            let _e5183 = local_4;
            let _e5185 = local_7;
            let _e5191 = local_86;
            c[(((_e5183 + (_e5185 << 2u)) + 4294963200u) >> 2u)] = _e5191;
        }
    }
    let _e5199 = local_2;
    local_4 = (_e5199 | 66u);
    let _e5204 = local_4;
    let _e5206 = local;
    let _e5207 = (_e5204 >= _e5206);
    if !(_e5207) {
        let _e5213 = local_5;
        let _e5215 = local_4;
        let _e5217 = local;
        local_4 = (_e5213 + ((_e5215 * _e5217) << 2u));
        let _e5225 = local_10;
        let _e5227 = local;
        let _e5228 = (_e5225 >= _e5227);
        if !(_e5228) {
            let _e5234 = local_4;
            let _e5236 = local_10;
            let _e5242 = local_87;
            c[(((_e5234 + (_e5236 << 2u)) + 4294963200u) >> 2u)] = _e5242;
        }
        let _e5250 = local_10;
        local_7 = (_e5250 | 1u);
        let _e5255 = local_7;
        let _e5257 = local;
        let _e5258 = (_e5255 >= _e5257);
        if !(_e5258) {
            let _e5264 = local_4;
            let _e5266 = local_7;
            let _e5272 = local_88;
            c[(((_e5264 + (_e5266 << 2u)) + 4294963200u) >> 2u)] = _e5272;
        }
        let _e5280 = local_10;
        local_7 = (_e5280 | 2u);
        let _e5285 = local_7;
        let _e5287 = local;
        let _e5288 = (_e5285 >= _e5287);
        if !(_e5288) {
            let _e5294 = local_4;
            let _e5296 = local_7;
            let _e5302 = local_89;
            c[(((_e5294 + (_e5296 << 2u)) + 4294963200u) >> 2u)] = _e5302;
        }
        let _e5310 = local_10;
        local_7 = (_e5310 | 3u);
        let _e5315 = local_7;
        let _e5317 = local;
        let _e5318 = (_e5315 >= _e5317);
        if !(_e5318) {
            let _e5324 = local_4;
            let _e5326 = local_7;
            let _e5332 = local_90;
            c[(((_e5324 + (_e5326 << 2u)) + 4294963200u) >> 2u)] = _e5332;
        }
        let _e5340 = local_10;
        local_7 = (_e5340 + 64u);
        let _e5345 = local_7;
        let _e5347 = local;
        let _e5348 = (_e5345 >= _e5347);
        if !(_e5348) {
            let _e5354 = local_4;
            let _e5356 = local_7;
            let _e5362 = local_91;
            c[(((_e5354 + (_e5356 << 2u)) + 4294963200u) >> 2u)] = _e5362;
        }
        let _e5370 = local_7;
        local_8 = (_e5370 | 1u);
        let _e5375 = local_8;
        let _e5377 = local;
        let _e5378 = (_e5375 >= _e5377);
        if !(_e5378) {
            let _e5384 = local_4;
            let _e5386 = local_8;
            let _e5392 = local_92;
            c[(((_e5384 + (_e5386 << 2u)) + 4294963200u) >> 2u)] = _e5392;
        }
        let _e5400 = local_7;
        local_8 = (_e5400 | 2u);
        let _e5405 = local_8;
        let _e5407 = local;
        let _e5408 = (_e5405 >= _e5407);
        if !(_e5408) {
            let _e5414 = local_4;
            let _e5416 = local_8;
            let _e5422 = local_93;
            c[(((_e5414 + (_e5416 << 2u)) + 4294963200u) >> 2u)] = _e5422;
        }
        let _e5430 = local_7;
        local_7 = (_e5430 | 3u);
        let _e5435 = local_7;
        let _e5437 = local;
        let _e5438 = (_e5435 >= _e5437);
        if !(_e5438) {
            let _e5444 = local_4;
            let _e5446 = local_7;
            let _e5452 = local_94;
            c[(((_e5444 + (_e5446 << 2u)) + 4294963200u) >> 2u)] = _e5452;
        }
    }
    let _e5460 = local_2;
    local_2 = (_e5460 | 67u);
    let _e5465 = local_2;
    let _e5467 = local;
    let _e5468 = (_e5465 >= _e5467);
    if !(_e5468) {
        let _e5474 = local_5;
        let _e5476 = local_2;
        let _e5478 = local;
        local_2 = (_e5474 + ((_e5476 * _e5478) << 2u));
        let _e5486 = local_10;
        let _e5488 = local;
        let _e5489 = (_e5486 >= _e5488);
        if !(_e5489) {
            let _e5495 = local_2;
            let _e5497 = local_10;
            let _e5503 = local_95;
            c[(((_e5495 + (_e5497 << 2u)) + 4294963200u) >> 2u)] = _e5503;
        }
        let _e5511 = local_10;
        local_4 = (_e5511 | 1u);
        let _e5516 = local_4;
        let _e5518 = local;
        let _e5519 = (_e5516 >= _e5518);
        if !(_e5519) {
            let _e5525 = local_2;
            let _e5527 = local_4;
            let _e5533 = local_96;
            c[(((_e5525 + (_e5527 << 2u)) + 4294963200u) >> 2u)] = _e5533;
        }
        let _e5541 = local_10;
        local_4 = (_e5541 | 2u);
        let _e5546 = local_4;
        let _e5548 = local;
        let _e5549 = (_e5546 >= _e5548);
        if !(_e5549) {
            let _e5555 = local_2;
            let _e5557 = local_4;
            let _e5563 = local_97;
            c[(((_e5555 + (_e5557 << 2u)) + 4294963200u) >> 2u)] = _e5563;
        }
        let _e5571 = local_10;
        local_4 = (_e5571 | 3u);
        let _e5576 = local_4;
        let _e5578 = local;
        let _e5579 = (_e5576 >= _e5578);
        if !(_e5579) {
            let _e5585 = local_2;
            let _e5587 = local_4;
            let _e5593 = local_98;
            c[(((_e5585 + (_e5587 << 2u)) + 4294963200u) >> 2u)] = _e5593;
        }
        let _e5601 = local_10;
        local_10 = (_e5601 + 64u);
        let _e5606 = local_10;
        let _e5608 = local;
        let _e5609 = (_e5606 >= _e5608);
        if !(_e5609) {
            let _e5615 = local_2;
            let _e5617 = local_10;
            let _e5623 = local_99;
            c[(((_e5615 + (_e5617 << 2u)) + 4294963200u) >> 2u)] = _e5623;
        }
        let _e5631 = local_10;
        local_4 = (_e5631 | 1u);
        let _e5636 = local_4;
        let _e5638 = local;
        let _e5639 = (_e5636 >= _e5638);
        if !(_e5639) {
            let _e5645 = local_2;
            let _e5647 = local_4;
            let _e5653 = local_100;
            c[(((_e5645 + (_e5647 << 2u)) + 4294963200u) >> 2u)] = _e5653;
        }
        let _e5661 = local_10;
        local_4 = (_e5661 | 2u);
        let _e5666 = local_4;
        let _e5668 = local;
        let _e5669 = (_e5666 >= _e5668);
        if !(_e5669) {
            let _e5675 = local_2;
            let _e5677 = local_4;
            let _e5683 = local_101;
            c[(((_e5675 + (_e5677 << 2u)) + 4294963200u) >> 2u)] = _e5683;
        }
        let _e5691 = local_10;
        local_10 = (_e5691 | 3u);
        let _e5696 = local_10;
        let _e5698 = local;
        let _e5699 = (_e5696 >= _e5698);
        if !(_e5699) {
            let _e5705 = local_2;
            let _e5707 = local_10;
            let _e5713 = local_102;
            c[(((_e5705 + (_e5707 << 2u)) + 4294963200u) >> 2u)] = _e5713;
        }
    }
}
