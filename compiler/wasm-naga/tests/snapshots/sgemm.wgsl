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
    loop {
        loop {
            loop {
                loop {
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
                    if (vec2<u32>(select(((_e352.x >> _e361) | ((_e352.y << 1u) << (31u - _e361))), _e367, _e365), select(_e367, 0u, _e365)).x != 0u) {
                        break;
                    }
                    let _e382 = local_2;
                    let _e384 = local_9;
                    local_10 = _e384.x;
                    let _e388 = local_10;
                    let _e389 = (_e382 < _e388);
                    if _e389 {
                        break;
                    }
                    let _e394 = local_4;
                    let _e396 = local_10;
                    let _e397 = (_e394 < _e396);
                    if _e397 {
                        break;
                    }
                    let _e402 = local_6;
                    let _e404 = local_10;
                    let _e405 = (_e402 < _e404);
                    if _e405 {
                        break;
                    }
                    local_2 = local_id.x;
                    local_10 = workgroup_id.x;
                    local_6 = workgroup_id.y;
                    let _e425 = local_10;
                    local_11 = (_e425 << 7u);
                    let _e431 = local_11;
                    let _e433 = local_2;
                    local_10 = (_e433 & 255u);
                    let _e438 = local_10;
                    local_4 = (_e438 << 2u);
                    let _e444 = local_4;
                    local_12 = (_e444 & 124u);
                    let _e449 = local_12;
                    local_13 = (_e431 | _e449);
                    let _e453 = local_13;
                    let _e455 = local_10;
                    local_14 = (_e455 >> 5u);
                    let _e461 = local_14;
                    let _e463 = local;
                    local_15 = (_e461 * _e463);
                    let _e467 = local_15;
                    local_16 = (_e453 + _e467);
                    let _e471 = local_6;
                    local_17 = (_e471 << 7u);
                    let _e477 = local_17;
                    let _e479 = local_10;
                    local_6 = (_e479 >> 1u);
                    let _e485 = local_6;
                    local_18 = (_e477 | _e485);
                    let _e489 = local_18;
                    let _e491 = local;
                    local_19 = (_e489 * _e491);
                    let _e495 = local_19;
                    let _e497 = local_4;
                    local_20 = (_e497 & 4u);
                    let _e502 = local_20;
                    local_21 = (_e495 + _e502);
                    let _e506 = local_11;
                    let _e510 = local;
                    let _e516 = local_17;
                    let _e520 = local;
                    local_22 = (select(0u, 1u, ((_e506 + 128u) > _e510)) | select(0u, 1u, ((_e516 + 128u) > _e520)));
                    loop {
                        let _e528 = local;
                        let _e530 = (_e528 < 8u);
                        if _e530 {
                            break;
                        }
                        let _e535 = local_22;
                        if (_e535 != 0u) {
                            break;
                        }
                        let _e539 = local_1;
                        let _e541 = local_19;
                        let _e547 = local_2;
                        local_19 = ((_e539 + (_e541 << 2u)) + ((_e547 << 4u) & 16u));
                        let _e556 = local_19;
                        let _e563 = a[((_e556 + 4294963212u) >> 2u)];
                        local_23 = _e563;
                        let _e566 = local_19;
                        let _e573 = a[((_e566 + 4294963208u) >> 2u)];
                        local_24 = _e573;
                        let _e576 = local_19;
                        let _e583 = a[((_e576 + 4294963204u) >> 2u)];
                        local_25 = _e583;
                        let _e586 = local_19;
                        let _e593 = a[((_e586 + 4294963200u) >> 2u)];
                        local_26 = _e593;
                        let _e596 = local_3;
                        let _e598 = local_12;
                        let _e600 = local_15;
                        let _e603 = local_11;
                        local_19 = (_e596 + (((_e598 + _e600) + _e603) << 2u));
                        let _e611 = local_19;
                        let _e618 = b[((_e611 + 4294963212u) >> 2u)];
                        local_27 = _e618;
                        let _e621 = local_19;
                        let _e628 = b[((_e621 + 4294963208u) >> 2u)];
                        local_28 = _e628;
                        let _e631 = local_19;
                        let _e638 = b[((_e631 + 4294963204u) >> 2u)];
                        local_29 = _e638;
                        let _e641 = local_19;
                        let _e648 = b[((_e641 + 4294963200u) >> 2u)];
                        local_30 = _e648;
                        pending = 2u;
                        break;
                        break;
                    }
                    let _e654 = pending;
                    if (_e654 == 5u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e654 != 0u) {
                            break;
                        }
                    }
                    local_30 = 0f;
                    local_26 = 0f;
                    let _e666 = local_20;
                    let _e668 = local;
                    let _e669 = (_e666 >= _e668);
                    if _e669 {
                        pending = 3u;
                        break;
                    }
                    local_26 = 0f;
                    let _e678 = local_18;
                    let _e680 = local;
                    let _e681 = (_e678 < _e680);
                    if _e681 {
                        pending = 4u;
                        break;
                    }
                    pending = 3u;
                    break;
                    break;
                }
                let _e690 = pending;
                if (_e690 == 4u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e690 != 0u) {
                        break;
                    }
                }
                let _e706 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                if _e706.exchanged {
                    atomicStore((&status[1]), local_id.x);
                    atomicStore((&status[2]), local_id.y);
                    atomicStore((&status[3]), local_id.z);
                    atomicStore((&status[4]), workgroup_id.x);
                    atomicStore((&status[5]), workgroup_id.y);
                    atomicStore((&status[6]), workgroup_id.z);
                    atomicStore((&status[7]), 545u);
                    atomicStore((&status[8]), 5u);
                    atomicStore((&status[9]), 10u);
                    atomicStore((&status[10]), 795046515u);
                    atomicStore((&status[11]), 778201452u);
                    atomicStore((&status[12]), 29554u);
                }
                return;
                break;
            }
            let _e743 = pending;
            if (_e743 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e743 != 0u) {
                    break;
                }
            }
            let _e751 = local_1;
            let _e753 = local_21;
            let _e764 = a[(((_e751 + (_e753 << 2u)) + 4294963200u) >> 2u)];
            local_26 = _e764;
            break;
        }
        let _e767 = pending;
        if (_e767 == 2u) {
            pending = 0u;
            break;
        }
        loop {
            let _e775 = local_14;
            let _e777 = local;
            local_19 = select(0u, 1u, (_e775 >= _e777));
            let _e784 = local_19;
            if (_e784 != 0u) {
                break;
            }
            let _e788 = local_13;
            let _e790 = local;
            let _e791 = (_e788 >= _e790);
            if _e791 {
                break;
            }
            let _e796 = local_3;
            let _e798 = local_16;
            let _e809 = b[(((_e796 + (_e798 << 2u)) + 4294963200u) >> 2u)];
            local_30 = _e809;
            break;
        }
        local_29 = 0f;
        local_25 = 0f;
        loop {
            let _e816 = local_20;
            let _e820 = local;
            let _e821 = ((_e816 | 1u) >= _e820);
            if _e821 {
                break;
            }
            local_25 = 0f;
            let _e828 = local_18;
            let _e830 = local;
            let _e831 = (_e828 >= _e830);
            if _e831 {
                break;
            }
            let _e836 = local_21;
            let _e841 = local_1;
            let _e851 = a[(((((_e836 << 2u) + _e841) + 4u) + 4294963200u) >> 2u)];
            local_25 = _e851;
            break;
        }
        loop {
            let _e854 = local_19;
            if (_e854 != 0u) {
                break;
            }
            let _e858 = local_13;
            let _e862 = local;
            let _e863 = ((_e858 | 1u) >= _e862);
            if _e863 {
                break;
            }
            let _e868 = local_16;
            let _e873 = local_3;
            let _e883 = b[(((((_e868 << 2u) + _e873) + 4u) + 4294963200u) >> 2u)];
            local_29 = _e883;
            break;
        }
        local_28 = 0f;
        local_24 = 0f;
        loop {
            let _e890 = local_20;
            let _e894 = local;
            let _e895 = ((_e890 | 2u) >= _e894);
            if _e895 {
                break;
            }
            local_24 = 0f;
            let _e902 = local_18;
            let _e904 = local;
            let _e905 = (_e902 >= _e904);
            if _e905 {
                break;
            }
            let _e910 = local_21;
            let _e915 = local_1;
            let _e925 = a[(((((_e910 << 2u) + _e915) + 8u) + 4294963200u) >> 2u)];
            local_24 = _e925;
            break;
        }
        loop {
            let _e928 = local_19;
            if (_e928 != 0u) {
                break;
            }
            let _e932 = local_13;
            let _e936 = local;
            let _e937 = ((_e932 | 2u) >= _e936);
            if _e937 {
                break;
            }
            let _e942 = local_16;
            let _e947 = local_3;
            let _e957 = b[(((((_e942 << 2u) + _e947) + 8u) + 4294963200u) >> 2u)];
            local_28 = _e957;
            break;
        }
        local_27 = 0f;
        local_23 = 0f;
        loop {
            let _e964 = local_20;
            let _e968 = local;
            let _e969 = ((_e964 | 3u) >= _e968);
            if _e969 {
                break;
            }
            local_23 = 0f;
            let _e976 = local_18;
            let _e978 = local;
            let _e979 = (_e976 >= _e978);
            if _e979 {
                break;
            }
            let _e984 = local_21;
            let _e989 = local_1;
            let _e999 = a[(((((_e984 << 2u) + _e989) + 12u) + 4294963200u) >> 2u)];
            local_23 = _e999;
            break;
        }
        let _e1002 = local_19;
        if (_e1002 != 0u) {
            break;
        }
        let _e1006 = local_13;
        let _e1010 = local;
        let _e1011 = ((_e1006 | 3u) >= _e1010);
        if _e1011 {
            break;
        }
        let _e1016 = local_16;
        let _e1021 = local_3;
        let _e1031 = b[(((((_e1016 << 2u) + _e1021) + 12u) + 4294963200u) >> 2u)];
        local_27 = _e1031;
        break;
    }
    let _e1034 = local_2;
    local_2 = (_e1034 & 15u);
    let _e1039 = local_10;
    local_10 = (_e1039 >> 4u);
    let _e1045 = local_7;
    let _e1047 = local_6;
    local_31 = (_e1045 + (_e1047 << 2u));
    let _e1054 = local_31;
    let _e1056 = local_20;
    local_32 = (_e1056 << 9u);
    let _e1062 = local_32;
    let _e1065 = local_26;
    ta[(((_e1054 + _e1062) + 4294963200u) >> 2u)] = _e1065;
    let _e1073 = local_8;
    let _e1075 = local_4;
    local_33 = (_e1073 + (_e1075 << 2u));
    let _e1082 = local_33;
    let _e1084 = local_30;
    tb[((_e1082 + 4294963200u) >> 2u)] = _e1084;
    let _e1092 = local_31;
    let _e1094 = local_32;
    local_34 = (_e1094 | 512u);
    let _e1099 = local_34;
    let _e1102 = local_25;
    ta[(((_e1092 + _e1099) + 4294963200u) >> 2u)] = _e1102;
    let _e1110 = local_33;
    let _e1112 = local_29;
    tb[((_e1110 + 4294963204u) >> 2u)] = _e1112;
    let _e1120 = local_31;
    let _e1122 = local_32;
    local_35 = (_e1122 | 1024u);
    let _e1127 = local_35;
    let _e1130 = local_24;
    ta[(((_e1120 + _e1127) + 4294963200u) >> 2u)] = _e1130;
    let _e1138 = local_33;
    let _e1140 = local_28;
    tb[((_e1138 + 4294963208u) >> 2u)] = _e1140;
    let _e1148 = local_31;
    let _e1150 = local_32;
    local_36 = (_e1150 | 1536u);
    let _e1155 = local_36;
    let _e1158 = local_23;
    ta[(((_e1148 + _e1155) + 4294963200u) >> 2u)] = _e1158;
    let _e1166 = local_33;
    let _e1168 = local_27;
    tb[((_e1166 + 4294963212u) >> 2u)] = _e1168;
    workgroupBarrier();
    loop {
        loop {
            let _e1176 = local;
            if (_e1176 != 0u) {
                break;
            }
            let _e1180 = local_2;
            local_37 = (_e1180 << 2u);
            let _e1186 = local_10;
            local_38 = (_e1186 << 2u);
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
            break;
            break;
        }
        let _e1322 = pending;
        if (_e1322 == 13u) {
            pending = 0u;
            break;
        }
        let _e1330 = local;
        let _e1335 = local;
        local_103 = ((_e1330 >> 3u) + select(0u, 1u, ((_e1335 & 7u) != 0u)));
        let _e1346 = local_103;
        let _e1349 = local_103;
        let _e1351 = (_e1349 > 1u);
        local_104 = select(1u, _e1346, _e1351);
        let _e1358 = local_1;
        local_105 = (_e1358 + 32u);
        let _e1363 = local_2;
        local_37 = (_e1363 << 2u);
        let _e1369 = local_10;
        local_38 = (_e1369 << 2u);
        let _e1375 = local;
        local_106 = (_e1375 << 3u);
        let _e1381 = local_7;
        let _e1383 = local_10;
        local_19 = (_e1381 + (_e1383 << 4u));
        let _e1390 = local_8;
        let _e1392 = local_2;
        local_12 = (_e1390 + (_e1392 << 4u));
        let _e1399 = local_3;
        let _e1401 = local;
        local_107 = (_e1399 + (_e1401 << 5u));
        local_39 = 0f;
        local_10 = 0u;
        let _e1412 = local_13;
        let _e1416 = local;
        local_108 = select(0u, 1u, ((_e1412 | 1u) >= _e1416));
        let _e1423 = local_13;
        let _e1427 = local;
        local_109 = select(0u, 1u, ((_e1423 | 2u) >= _e1427));
        let _e1434 = local_13;
        let _e1438 = local;
        local_110 = select(0u, 1u, ((_e1434 | 3u) >= _e1438));
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
            let _e1575 = local_111;
            local_2 = ((_e1575 << 2u) & 4096u);
            loop {
                let _e1583 = local_10;
                local_113 = (_e1583 + 1u);
                let _e1588 = local_113;
                let _e1590 = local_103;
                local_114 = select(0u, 1u, (_e1588 < _e1590));
                let _e1597 = local_114;
                let _e1599 = (_e1597 == 0u);
                if _e1599 {
                    break;
                }
                let _e1604 = local_16;
                let _e1606 = local_106;
                local_4 = (_e1604 + _e1606);
                let _e1610 = local_21;
                local_8 = (_e1610 + 8u);
                let _e1615 = local_112;
                local_7 = (_e1615 + 8u);
                loop {
                    loop {
                        let _e1620 = local_22;
                        let _e1622 = local_112;
                        let _e1626 = local;
                        if ((_e1620 | select(0u, 1u, ((_e1622 + 16u) > _e1626))) != 0u) {
                            break;
                        }
                        let _e1635 = local_107;
                        let _e1637 = local_16;
                        local_6 = (_e1635 + (_e1637 << 2u));
                        let _e1644 = local_6;
                        let _e1651 = b[((_e1644 + 4294963212u) >> 2u)];
                        local_27 = _e1651;
                        let _e1654 = local_6;
                        let _e1661 = b[((_e1654 + 4294963208u) >> 2u)];
                        local_28 = _e1661;
                        let _e1664 = local_6;
                        let _e1671 = b[((_e1664 + 4294963204u) >> 2u)];
                        local_29 = _e1671;
                        let _e1674 = local_6;
                        let _e1681 = b[((_e1674 + 4294963200u) >> 2u)];
                        local_30 = _e1681;
                        let _e1684 = local_105;
                        let _e1686 = local_21;
                        local_6 = (_e1684 + (_e1686 << 2u));
                        let _e1693 = local_6;
                        let _e1700 = a[((_e1693 + 4294963212u) >> 2u)];
                        local_23 = _e1700;
                        let _e1703 = local_6;
                        let _e1710 = a[((_e1703 + 4294963208u) >> 2u)];
                        local_24 = _e1710;
                        let _e1713 = local_6;
                        let _e1720 = a[((_e1713 + 4294963204u) >> 2u)];
                        local_25 = _e1720;
                        let _e1723 = local_6;
                        let _e1730 = a[((_e1723 + 4294963200u) >> 2u)];
                        local_26 = _e1730;
                        pending = 17u;
                        break;
                        break;
                    }
                    let _e1735 = pending;
                    if (_e1735 == 17u) {
                        pending = 0u;
                        break;
                    }
                    let _e1743 = local_7;
                    let _e1745 = local_20;
                    local_6 = (_e1743 + _e1745);
                    local_30 = 0f;
                    local_26 = 0f;
                    loop {
                        let _e1753 = local_18;
                        let _e1755 = local;
                        local_15 = select(0u, 1u, (_e1753 >= _e1755));
                        let _e1762 = local_15;
                        if (_e1762 != 0u) {
                            break;
                        }
                        local_26 = 0f;
                        let _e1768 = local_6;
                        let _e1770 = local;
                        let _e1771 = (_e1768 >= _e1770);
                        if _e1771 {
                            break;
                        }
                        let _e1776 = local_1;
                        let _e1778 = local_8;
                        let _e1789 = a[(((_e1776 + (_e1778 << 2u)) + 4294963200u) >> 2u)];
                        local_26 = _e1789;
                        break;
                    }
                    let _e1792 = local_7;
                    let _e1794 = local_14;
                    local_115 = (_e1792 + _e1794);
                    loop {
                        let _e1798 = local_13;
                        let _e1800 = local;
                        let _e1801 = (_e1798 >= _e1800);
                        if _e1801 {
                            break;
                        }
                        let _e1806 = local_115;
                        let _e1808 = local;
                        let _e1809 = (_e1806 >= _e1808);
                        if _e1809 {
                            break;
                        }
                        let _e1814 = local_3;
                        let _e1816 = local_4;
                        let _e1827 = b[(((_e1814 + (_e1816 << 2u)) + 4294963200u) >> 2u)];
                        local_30 = _e1827;
                        break;
                    }
                    local_29 = 0f;
                    local_25 = 0f;
                    loop {
                        let _e1834 = local_15;
                        if (_e1834 != 0u) {
                            break;
                        }
                        local_25 = 0f;
                        let _e1840 = local_6;
                        let _e1844 = local;
                        let _e1845 = ((_e1840 + 1u) >= _e1844);
                        if _e1845 {
                            break;
                        }
                        let _e1850 = local_21;
                        let _e1855 = local_1;
                        let _e1865 = a[(((((_e1850 << 2u) + _e1855) + 36u) + 4294963200u) >> 2u)];
                        local_25 = _e1865;
                        break;
                    }
                    loop {
                        let _e1868 = local_108;
                        if (_e1868 != 0u) {
                            break;
                        }
                        let _e1872 = local_115;
                        let _e1874 = local;
                        let _e1875 = (_e1872 >= _e1874);
                        if _e1875 {
                            break;
                        }
                        let _e1880 = local_4;
                        let _e1885 = local_3;
                        let _e1895 = b[(((((_e1880 << 2u) + _e1885) + 4u) + 4294963200u) >> 2u)];
                        local_29 = _e1895;
                        break;
                    }
                    local_28 = 0f;
                    local_24 = 0f;
                    loop {
                        let _e1902 = local_15;
                        if (_e1902 != 0u) {
                            break;
                        }
                        local_24 = 0f;
                        let _e1908 = local_6;
                        let _e1912 = local;
                        let _e1913 = ((_e1908 + 2u) >= _e1912);
                        if _e1913 {
                            break;
                        }
                        let _e1918 = local_21;
                        let _e1923 = local_1;
                        let _e1933 = a[(((((_e1918 << 2u) + _e1923) + 40u) + 4294963200u) >> 2u)];
                        local_24 = _e1933;
                        break;
                    }
                    loop {
                        let _e1936 = local_109;
                        if (_e1936 != 0u) {
                            break;
                        }
                        let _e1940 = local_115;
                        let _e1942 = local;
                        let _e1943 = (_e1940 >= _e1942);
                        if _e1943 {
                            break;
                        }
                        let _e1948 = local_4;
                        let _e1953 = local_3;
                        let _e1963 = b[(((((_e1948 << 2u) + _e1953) + 8u) + 4294963200u) >> 2u)];
                        local_28 = _e1963;
                        break;
                    }
                    local_27 = 0f;
                    local_23 = 0f;
                    loop {
                        let _e1970 = local_15;
                        if (_e1970 != 0u) {
                            break;
                        }
                        local_23 = 0f;
                        let _e1976 = local_6;
                        let _e1980 = local;
                        let _e1981 = ((_e1976 + 3u) >= _e1980);
                        if _e1981 {
                            break;
                        }
                        let _e1986 = local_21;
                        let _e1991 = local_1;
                        let _e2001 = a[(((((_e1986 << 2u) + _e1991) + 44u) + 4294963200u) >> 2u)];
                        local_23 = _e2001;
                        break;
                    }
                    let _e2004 = local_110;
                    if (_e2004 != 0u) {
                        break;
                    }
                    let _e2008 = local_115;
                    let _e2010 = local;
                    let _e2011 = (_e2008 >= _e2010);
                    if _e2011 {
                        break;
                    }
                    let _e2016 = local_4;
                    let _e2021 = local_3;
                    let _e2031 = b[(((((_e2016 << 2u) + _e2021) + 12u) + 4294963200u) >> 2u)];
                    local_27 = _e2031;
                    break;
                }
                let _e2034 = local_4;
                local_16 = _e2034;
                let _e2037 = local_8;
                local_21 = _e2037;
                let _e2040 = local_7;
                local_112 = _e2040;
                break;
            }
            let _e2043 = local_19;
            let _e2045 = local_2;
            local_15 = (_e2043 + _e2045);
            let _e2049 = local_12;
            let _e2051 = local_2;
            local_115 = (_e2049 + _e2051);
            local_8 = 0u;
            local_6 = 256u;
            let _e2059 = local_10;
            local_116 = ((_e2059 << 10u) & 1024u);
            let _e2067 = local_116;
            local_10 = _e2067;
            loop {
                let _e2070 = local_102;
                let _e2072 = local_12;
                let _e2074 = local_10;
                local_2 = (_e2074 << 2u);
                let _e2080 = local_2;
                local_10 = (_e2072 + _e2080);
                let _e2084 = local_10;
                let _e2091 = tb[((_e2084 + 4294963468u) >> 2u)];
                local_117 = _e2091;
                let _e2094 = local_117;
                let _e2096 = local_19;
                let _e2098 = local_2;
                local_2 = (_e2096 + _e2098);
                let _e2102 = local_2;
                let _e2109 = ta[((_e2102 + 4294963468u) >> 2u)];
                local_118 = _e2109;
                let _e2112 = local_118;
                let _e2116 = local_15;
                let _e2118 = local_8;
                local_4 = (_e2116 + _e2118);
                let _e2122 = local_4;
                let _e2131 = ta[(((_e2122 + 780u) + 4294963200u) >> 2u)];
                local_119 = _e2131;
                let _e2134 = local_119;
                let _e2136 = local_115;
                let _e2138 = local_8;
                local_7 = (_e2136 + _e2138);
                let _e2142 = local_7;
                let _e2151 = tb[(((_e2142 + 780u) + 4294963200u) >> 2u)];
                local_120 = _e2151;
                let _e2154 = local_120;
                local_102 = ((_e2070 + (_e2094 * _e2112)) + (_e2134 * _e2154));
                let _e2159 = local_101;
                let _e2161 = local_10;
                let _e2168 = tb[((_e2161 + 4294963464u) >> 2u)];
                local_121 = _e2168;
                let _e2171 = local_121;
                let _e2173 = local_118;
                let _e2177 = local_119;
                let _e2179 = local_7;
                let _e2188 = tb[(((_e2179 + 776u) + 4294963200u) >> 2u)];
                local_122 = _e2188;
                let _e2191 = local_122;
                local_101 = ((_e2159 + (_e2171 * _e2173)) + (_e2177 * _e2191));
                let _e2196 = local_100;
                let _e2198 = local_10;
                let _e2205 = tb[((_e2198 + 4294963460u) >> 2u)];
                local_123 = _e2205;
                let _e2208 = local_123;
                let _e2210 = local_118;
                let _e2214 = local_119;
                let _e2216 = local_7;
                let _e2225 = tb[(((_e2216 + 772u) + 4294963200u) >> 2u)];
                local_124 = _e2225;
                let _e2228 = local_124;
                local_100 = ((_e2196 + (_e2208 * _e2210)) + (_e2214 * _e2228));
                let _e2233 = local_99;
                let _e2235 = local_10;
                let _e2242 = tb[((_e2235 + 4294963456u) >> 2u)];
                local_125 = _e2242;
                let _e2245 = local_125;
                let _e2247 = local_118;
                let _e2251 = local_119;
                let _e2253 = local_7;
                let _e2262 = tb[(((_e2253 + 768u) + 4294963200u) >> 2u)];
                local_126 = _e2262;
                let _e2265 = local_126;
                local_99 = ((_e2233 + (_e2245 * _e2247)) + (_e2251 * _e2265));
                let _e2270 = local_98;
                let _e2272 = local_10;
                let _e2279 = tb[((_e2272 + 4294963212u) >> 2u)];
                local_127 = _e2279;
                let _e2282 = local_127;
                let _e2284 = local_118;
                let _e2288 = local_119;
                let _e2290 = local_7;
                let _e2299 = tb[(((_e2290 + 524u) + 4294963200u) >> 2u)];
                local_128 = _e2299;
                let _e2302 = local_128;
                local_98 = ((_e2270 + (_e2282 * _e2284)) + (_e2288 * _e2302));
                let _e2307 = local_97;
                let _e2309 = local_10;
                let _e2316 = tb[((_e2309 + 4294963208u) >> 2u)];
                local_129 = _e2316;
                let _e2319 = local_129;
                let _e2321 = local_118;
                let _e2325 = local_119;
                let _e2327 = local_7;
                let _e2336 = tb[(((_e2327 + 520u) + 4294963200u) >> 2u)];
                local_130 = _e2336;
                let _e2339 = local_130;
                local_97 = ((_e2307 + (_e2319 * _e2321)) + (_e2325 * _e2339));
                let _e2344 = local_96;
                let _e2346 = local_10;
                let _e2353 = tb[((_e2346 + 4294963204u) >> 2u)];
                local_131 = _e2353;
                let _e2356 = local_131;
                let _e2358 = local_118;
                let _e2362 = local_119;
                let _e2364 = local_7;
                let _e2373 = tb[(((_e2364 + 516u) + 4294963200u) >> 2u)];
                local_132 = _e2373;
                let _e2376 = local_132;
                local_96 = ((_e2344 + (_e2356 * _e2358)) + (_e2362 * _e2376));
                let _e2381 = local_95;
                let _e2383 = local_10;
                let _e2390 = tb[((_e2383 + 4294963200u) >> 2u)];
                local_133 = _e2390;
                let _e2393 = local_133;
                let _e2395 = local_118;
                let _e2399 = local_119;
                let _e2401 = local_7;
                let _e2410 = tb[(((_e2401 + 512u) + 4294963200u) >> 2u)];
                local_118 = _e2410;
                let _e2413 = local_118;
                local_95 = ((_e2381 + (_e2393 * _e2395)) + (_e2399 * _e2413));
                let _e2418 = local_94;
                let _e2420 = local_117;
                let _e2422 = local_2;
                let _e2429 = ta[((_e2422 + 4294963464u) >> 2u)];
                local_119 = _e2429;
                let _e2432 = local_119;
                let _e2436 = local_4;
                let _e2445 = ta[(((_e2436 + 776u) + 4294963200u) >> 2u)];
                local_134 = _e2445;
                let _e2448 = local_134;
                let _e2450 = local_120;
                local_94 = ((_e2418 + (_e2420 * _e2432)) + (_e2448 * _e2450));
                let _e2455 = local_93;
                let _e2457 = local_121;
                let _e2459 = local_119;
                let _e2463 = local_134;
                let _e2465 = local_122;
                local_93 = ((_e2455 + (_e2457 * _e2459)) + (_e2463 * _e2465));
                let _e2470 = local_92;
                let _e2472 = local_123;
                let _e2474 = local_119;
                let _e2478 = local_134;
                let _e2480 = local_124;
                local_92 = ((_e2470 + (_e2472 * _e2474)) + (_e2478 * _e2480));
                let _e2485 = local_91;
                let _e2487 = local_125;
                let _e2489 = local_119;
                let _e2493 = local_134;
                let _e2495 = local_126;
                local_91 = ((_e2485 + (_e2487 * _e2489)) + (_e2493 * _e2495));
                let _e2500 = local_90;
                let _e2502 = local_127;
                let _e2504 = local_119;
                let _e2508 = local_134;
                let _e2510 = local_128;
                local_90 = ((_e2500 + (_e2502 * _e2504)) + (_e2508 * _e2510));
                let _e2515 = local_89;
                let _e2517 = local_129;
                let _e2519 = local_119;
                let _e2523 = local_134;
                let _e2525 = local_130;
                local_89 = ((_e2515 + (_e2517 * _e2519)) + (_e2523 * _e2525));
                let _e2530 = local_88;
                let _e2532 = local_131;
                let _e2534 = local_119;
                let _e2538 = local_134;
                let _e2540 = local_132;
                local_88 = ((_e2530 + (_e2532 * _e2534)) + (_e2538 * _e2540));
                let _e2545 = local_87;
                let _e2547 = local_133;
                let _e2549 = local_119;
                let _e2553 = local_134;
                let _e2555 = local_118;
                local_87 = ((_e2545 + (_e2547 * _e2549)) + (_e2553 * _e2555));
                let _e2560 = local_86;
                let _e2562 = local_117;
                let _e2564 = local_2;
                let _e2571 = ta[((_e2564 + 4294963460u) >> 2u)];
                local_119 = _e2571;
                let _e2574 = local_119;
                let _e2578 = local_4;
                let _e2587 = ta[(((_e2578 + 772u) + 4294963200u) >> 2u)];
                local_134 = _e2587;
                let _e2590 = local_134;
                let _e2592 = local_120;
                local_86 = ((_e2560 + (_e2562 * _e2574)) + (_e2590 * _e2592));
                let _e2597 = local_85;
                let _e2599 = local_121;
                let _e2601 = local_119;
                let _e2605 = local_134;
                let _e2607 = local_122;
                local_85 = ((_e2597 + (_e2599 * _e2601)) + (_e2605 * _e2607));
                let _e2612 = local_84;
                let _e2614 = local_123;
                let _e2616 = local_119;
                let _e2620 = local_134;
                let _e2622 = local_124;
                local_84 = ((_e2612 + (_e2614 * _e2616)) + (_e2620 * _e2622));
                let _e2627 = local_83;
                let _e2629 = local_125;
                let _e2631 = local_119;
                let _e2635 = local_134;
                let _e2637 = local_126;
                local_83 = ((_e2627 + (_e2629 * _e2631)) + (_e2635 * _e2637));
                let _e2642 = local_82;
                let _e2644 = local_127;
                let _e2646 = local_119;
                let _e2650 = local_134;
                let _e2652 = local_128;
                local_82 = ((_e2642 + (_e2644 * _e2646)) + (_e2650 * _e2652));
                let _e2657 = local_81;
                let _e2659 = local_129;
                let _e2661 = local_119;
                let _e2665 = local_134;
                let _e2667 = local_130;
                local_81 = ((_e2657 + (_e2659 * _e2661)) + (_e2665 * _e2667));
                let _e2672 = local_80;
                let _e2674 = local_131;
                let _e2676 = local_119;
                let _e2680 = local_134;
                let _e2682 = local_132;
                local_80 = ((_e2672 + (_e2674 * _e2676)) + (_e2680 * _e2682));
                let _e2687 = local_79;
                let _e2689 = local_133;
                let _e2691 = local_119;
                let _e2695 = local_134;
                let _e2697 = local_118;
                local_79 = ((_e2687 + (_e2689 * _e2691)) + (_e2695 * _e2697));
                let _e2702 = local_78;
                let _e2704 = local_117;
                let _e2706 = local_2;
                let _e2713 = ta[((_e2706 + 4294963456u) >> 2u)];
                local_119 = _e2713;
                let _e2716 = local_119;
                let _e2720 = local_4;
                let _e2729 = ta[(((_e2720 + 768u) + 4294963200u) >> 2u)];
                local_134 = _e2729;
                let _e2732 = local_134;
                let _e2734 = local_120;
                local_78 = ((_e2702 + (_e2704 * _e2716)) + (_e2732 * _e2734));
                let _e2739 = local_77;
                let _e2741 = local_121;
                let _e2743 = local_119;
                let _e2747 = local_134;
                let _e2749 = local_122;
                local_77 = ((_e2739 + (_e2741 * _e2743)) + (_e2747 * _e2749));
                let _e2754 = local_76;
                let _e2756 = local_123;
                let _e2758 = local_119;
                let _e2762 = local_134;
                let _e2764 = local_124;
                local_76 = ((_e2754 + (_e2756 * _e2758)) + (_e2762 * _e2764));
                let _e2769 = local_75;
                let _e2771 = local_125;
                let _e2773 = local_119;
                let _e2777 = local_134;
                let _e2779 = local_126;
                local_75 = ((_e2769 + (_e2771 * _e2773)) + (_e2777 * _e2779));
                let _e2784 = local_74;
                let _e2786 = local_127;
                let _e2788 = local_119;
                let _e2792 = local_134;
                let _e2794 = local_128;
                local_74 = ((_e2784 + (_e2786 * _e2788)) + (_e2792 * _e2794));
                let _e2799 = local_73;
                let _e2801 = local_129;
                let _e2803 = local_119;
                let _e2807 = local_134;
                let _e2809 = local_130;
                local_73 = ((_e2799 + (_e2801 * _e2803)) + (_e2807 * _e2809));
                let _e2814 = local_72;
                let _e2816 = local_131;
                let _e2818 = local_119;
                let _e2822 = local_134;
                let _e2824 = local_132;
                local_72 = ((_e2814 + (_e2816 * _e2818)) + (_e2822 * _e2824));
                let _e2829 = local_71;
                let _e2831 = local_133;
                let _e2833 = local_119;
                let _e2837 = local_134;
                let _e2839 = local_118;
                local_71 = ((_e2829 + (_e2831 * _e2833)) + (_e2837 * _e2839));
                let _e2844 = local_70;
                let _e2846 = local_117;
                let _e2848 = local_2;
                let _e2855 = ta[((_e2848 + 4294963212u) >> 2u)];
                local_119 = _e2855;
                let _e2858 = local_119;
                let _e2862 = local_4;
                let _e2871 = ta[(((_e2862 + 524u) + 4294963200u) >> 2u)];
                local_134 = _e2871;
                let _e2874 = local_134;
                let _e2876 = local_120;
                local_70 = ((_e2844 + (_e2846 * _e2858)) + (_e2874 * _e2876));
                let _e2881 = local_69;
                let _e2883 = local_121;
                let _e2885 = local_119;
                let _e2889 = local_134;
                let _e2891 = local_122;
                local_69 = ((_e2881 + (_e2883 * _e2885)) + (_e2889 * _e2891));
                let _e2896 = local_68;
                let _e2898 = local_123;
                let _e2900 = local_119;
                let _e2904 = local_134;
                let _e2906 = local_124;
                local_68 = ((_e2896 + (_e2898 * _e2900)) + (_e2904 * _e2906));
                let _e2911 = local_67;
                let _e2913 = local_125;
                let _e2915 = local_119;
                let _e2919 = local_134;
                let _e2921 = local_126;
                local_67 = ((_e2911 + (_e2913 * _e2915)) + (_e2919 * _e2921));
                let _e2926 = local_66;
                let _e2928 = local_127;
                let _e2930 = local_119;
                let _e2934 = local_134;
                let _e2936 = local_128;
                local_66 = ((_e2926 + (_e2928 * _e2930)) + (_e2934 * _e2936));
                let _e2941 = local_65;
                let _e2943 = local_129;
                let _e2945 = local_119;
                let _e2949 = local_134;
                let _e2951 = local_130;
                local_65 = ((_e2941 + (_e2943 * _e2945)) + (_e2949 * _e2951));
                let _e2956 = local_64;
                let _e2958 = local_131;
                let _e2960 = local_119;
                let _e2964 = local_134;
                let _e2966 = local_132;
                local_64 = ((_e2956 + (_e2958 * _e2960)) + (_e2964 * _e2966));
                let _e2971 = local_63;
                let _e2973 = local_133;
                let _e2975 = local_119;
                let _e2979 = local_134;
                let _e2981 = local_118;
                local_63 = ((_e2971 + (_e2973 * _e2975)) + (_e2979 * _e2981));
                let _e2986 = local_62;
                let _e2988 = local_117;
                let _e2990 = local_2;
                let _e2997 = ta[((_e2990 + 4294963208u) >> 2u)];
                local_119 = _e2997;
                let _e3000 = local_119;
                let _e3004 = local_4;
                let _e3013 = ta[(((_e3004 + 520u) + 4294963200u) >> 2u)];
                local_134 = _e3013;
                let _e3016 = local_134;
                let _e3018 = local_120;
                local_62 = ((_e2986 + (_e2988 * _e3000)) + (_e3016 * _e3018));
                let _e3023 = local_61;
                let _e3025 = local_121;
                let _e3027 = local_119;
                let _e3031 = local_134;
                let _e3033 = local_122;
                local_61 = ((_e3023 + (_e3025 * _e3027)) + (_e3031 * _e3033));
                let _e3038 = local_60;
                let _e3040 = local_123;
                let _e3042 = local_119;
                let _e3046 = local_134;
                let _e3048 = local_124;
                local_60 = ((_e3038 + (_e3040 * _e3042)) + (_e3046 * _e3048));
                let _e3053 = local_59;
                let _e3055 = local_125;
                let _e3057 = local_119;
                let _e3061 = local_134;
                let _e3063 = local_126;
                local_59 = ((_e3053 + (_e3055 * _e3057)) + (_e3061 * _e3063));
                let _e3068 = local_58;
                let _e3070 = local_127;
                let _e3072 = local_119;
                let _e3076 = local_134;
                let _e3078 = local_128;
                local_58 = ((_e3068 + (_e3070 * _e3072)) + (_e3076 * _e3078));
                let _e3083 = local_57;
                let _e3085 = local_129;
                let _e3087 = local_119;
                let _e3091 = local_134;
                let _e3093 = local_130;
                local_57 = ((_e3083 + (_e3085 * _e3087)) + (_e3091 * _e3093));
                let _e3098 = local_56;
                let _e3100 = local_131;
                let _e3102 = local_119;
                let _e3106 = local_134;
                let _e3108 = local_132;
                local_56 = ((_e3098 + (_e3100 * _e3102)) + (_e3106 * _e3108));
                let _e3113 = local_55;
                let _e3115 = local_133;
                let _e3117 = local_119;
                let _e3121 = local_134;
                let _e3123 = local_118;
                local_55 = ((_e3113 + (_e3115 * _e3117)) + (_e3121 * _e3123));
                let _e3128 = local_54;
                let _e3130 = local_117;
                let _e3132 = local_2;
                let _e3139 = ta[((_e3132 + 4294963204u) >> 2u)];
                local_119 = _e3139;
                let _e3142 = local_119;
                let _e3146 = local_4;
                let _e3155 = ta[(((_e3146 + 516u) + 4294963200u) >> 2u)];
                local_134 = _e3155;
                let _e3158 = local_134;
                let _e3160 = local_120;
                local_54 = ((_e3128 + (_e3130 * _e3142)) + (_e3158 * _e3160));
                let _e3165 = local_53;
                let _e3167 = local_121;
                let _e3169 = local_119;
                let _e3173 = local_134;
                let _e3175 = local_122;
                local_53 = ((_e3165 + (_e3167 * _e3169)) + (_e3173 * _e3175));
                let _e3180 = local_52;
                let _e3182 = local_123;
                let _e3184 = local_119;
                let _e3188 = local_134;
                let _e3190 = local_124;
                local_52 = ((_e3180 + (_e3182 * _e3184)) + (_e3188 * _e3190));
                let _e3195 = local_51;
                let _e3197 = local_125;
                let _e3199 = local_119;
                let _e3203 = local_134;
                let _e3205 = local_126;
                local_51 = ((_e3195 + (_e3197 * _e3199)) + (_e3203 * _e3205));
                let _e3210 = local_50;
                let _e3212 = local_127;
                let _e3214 = local_119;
                let _e3218 = local_134;
                let _e3220 = local_128;
                local_50 = ((_e3210 + (_e3212 * _e3214)) + (_e3218 * _e3220));
                let _e3225 = local_49;
                let _e3227 = local_129;
                let _e3229 = local_119;
                let _e3233 = local_134;
                let _e3235 = local_130;
                local_49 = ((_e3225 + (_e3227 * _e3229)) + (_e3233 * _e3235));
                let _e3240 = local_48;
                let _e3242 = local_131;
                let _e3244 = local_119;
                let _e3248 = local_134;
                let _e3250 = local_132;
                local_48 = ((_e3240 + (_e3242 * _e3244)) + (_e3248 * _e3250));
                let _e3255 = local_47;
                let _e3257 = local_133;
                let _e3259 = local_119;
                let _e3263 = local_134;
                let _e3265 = local_118;
                local_47 = ((_e3255 + (_e3257 * _e3259)) + (_e3263 * _e3265));
                let _e3270 = local_46;
                let _e3272 = local_117;
                let _e3274 = local_2;
                let _e3281 = ta[((_e3274 + 4294963200u) >> 2u)];
                local_119 = _e3281;
                let _e3284 = local_119;
                let _e3288 = local_4;
                let _e3297 = ta[(((_e3288 + 512u) + 4294963200u) >> 2u)];
                local_117 = _e3297;
                let _e3300 = local_117;
                let _e3302 = local_120;
                local_46 = ((_e3270 + (_e3272 * _e3284)) + (_e3300 * _e3302));
                let _e3307 = local_45;
                let _e3309 = local_121;
                let _e3311 = local_119;
                let _e3315 = local_117;
                let _e3317 = local_122;
                local_45 = ((_e3307 + (_e3309 * _e3311)) + (_e3315 * _e3317));
                let _e3322 = local_44;
                let _e3324 = local_123;
                let _e3326 = local_119;
                let _e3330 = local_117;
                let _e3332 = local_124;
                local_44 = ((_e3322 + (_e3324 * _e3326)) + (_e3330 * _e3332));
                let _e3337 = local_43;
                let _e3339 = local_125;
                let _e3341 = local_119;
                let _e3345 = local_117;
                let _e3347 = local_126;
                local_43 = ((_e3337 + (_e3339 * _e3341)) + (_e3345 * _e3347));
                let _e3352 = local_42;
                let _e3354 = local_127;
                let _e3356 = local_119;
                let _e3360 = local_117;
                let _e3362 = local_128;
                local_42 = ((_e3352 + (_e3354 * _e3356)) + (_e3360 * _e3362));
                let _e3367 = local_41;
                let _e3369 = local_129;
                let _e3371 = local_119;
                let _e3375 = local_117;
                let _e3377 = local_130;
                local_41 = ((_e3367 + (_e3369 * _e3371)) + (_e3375 * _e3377));
                let _e3382 = local_40;
                let _e3384 = local_131;
                let _e3386 = local_119;
                let _e3390 = local_117;
                let _e3392 = local_132;
                local_40 = ((_e3382 + (_e3384 * _e3386)) + (_e3390 * _e3392));
                let _e3397 = local_39;
                let _e3399 = local_133;
                let _e3401 = local_119;
                let _e3405 = local_117;
                let _e3407 = local_118;
                local_39 = ((_e3397 + (_e3399 * _e3401)) + (_e3405 * _e3407));
                let _e3412 = local_6;
                let _e3416 = local_116;
                local_10 = ((_e3412 & 768u) | _e3416);
                let _e3420 = local_6;
                local_6 = (_e3420 + 256u);
                let _e3425 = local_8;
                local_8 = (_e3425 + 1024u);
                let _e3430 = local_8;
                let _e3432 = (_e3430 != 4096u);
                if _e3432 {
                    continue;
                }
                break;
            }
            loop {
                let _e3437 = local_114;
                let _e3439 = (_e3437 == 0u);
                if _e3439 {
                    break;
                }
                let _e3444 = local_31;
                let _e3446 = local_113;
                local_2 = ((_e3446 << 12u) & 4096u);
                let _e3454 = local_2;
                local_10 = (_e3444 + _e3454);
                let _e3458 = local_10;
                let _e3460 = local_32;
                let _e3463 = local_26;
                ta[(((_e3458 + _e3460) + 4294963200u) >> 2u)] = _e3463;
                let _e3471 = local_33;
                let _e3473 = local_2;
                local_2 = (_e3471 + _e3473);
                let _e3477 = local_2;
                let _e3479 = local_30;
                tb[((_e3477 + 4294963200u) >> 2u)] = _e3479;
                let _e3487 = local_10;
                let _e3489 = local_34;
                let _e3492 = local_25;
                ta[(((_e3487 + _e3489) + 4294963200u) >> 2u)] = _e3492;
                let _e3500 = local_2;
                let _e3502 = local_29;
                tb[((_e3500 + 4294963204u) >> 2u)] = _e3502;
                let _e3510 = local_10;
                let _e3512 = local_35;
                let _e3515 = local_24;
                ta[(((_e3510 + _e3512) + 4294963200u) >> 2u)] = _e3515;
                let _e3523 = local_2;
                let _e3525 = local_28;
                tb[((_e3523 + 4294963208u) >> 2u)] = _e3525;
                let _e3533 = local_10;
                let _e3535 = local_36;
                let _e3538 = local_23;
                ta[(((_e3533 + _e3535) + 4294963200u) >> 2u)] = _e3538;
                let _e3546 = local_2;
                let _e3548 = local_27;
                tb[((_e3546 + 4294963212u) >> 2u)] = _e3548;
                break;
            }
            let _e3556 = local_111;
            local_111 = (_e3556 + 1024u);
            workgroupBarrier();
            let _e3561 = local_113;
            local_10 = _e3561;
            let _e3564 = local_113;
            let _e3566 = local_104;
            let _e3567 = (_e3564 != _e3566);
            if _e3567 {
                continue;
            }
            break;
        }
        break;
    }
    let _e3572 = local_37;
    let _e3574 = local_11;
    local_10 = (_e3572 | _e3574);
    loop {
        let _e3578 = local_38;
        let _e3580 = local_17;
        local_2 = (_e3578 | _e3580);
        let _e3584 = local_2;
        let _e3586 = local;
        let _e3587 = (_e3584 >= _e3586);
        if _e3587 {
            break;
        }
        let _e3592 = local_5;
        let _e3594 = local_2;
        let _e3596 = local;
        local_4 = (_e3592 + ((_e3594 * _e3596) << 2u));
        loop {
            let _e3604 = local_10;
            let _e3606 = local;
            let _e3607 = (_e3604 >= _e3606);
            if _e3607 {
                break;
            }
            let _e3612 = local_4;
            let _e3614 = local_10;
            let _e3620 = local_39;
            c[(((_e3612 + (_e3614 << 2u)) + 4294963200u) >> 2u)] = _e3620;
            break;
        }
        loop {
            let _e3628 = local_10;
            local_7 = (_e3628 | 1u);
            let _e3633 = local_7;
            let _e3635 = local;
            let _e3636 = (_e3633 >= _e3635);
            if _e3636 {
                break;
            }
            let _e3641 = local_4;
            let _e3643 = local_7;
            let _e3649 = local_40;
            c[(((_e3641 + (_e3643 << 2u)) + 4294963200u) >> 2u)] = _e3649;
            break;
        }
        loop {
            let _e3657 = local_10;
            local_7 = (_e3657 | 2u);
            let _e3662 = local_7;
            let _e3664 = local;
            let _e3665 = (_e3662 >= _e3664);
            if _e3665 {
                break;
            }
            let _e3670 = local_4;
            let _e3672 = local_7;
            let _e3678 = local_41;
            c[(((_e3670 + (_e3672 << 2u)) + 4294963200u) >> 2u)] = _e3678;
            break;
        }
        loop {
            let _e3686 = local_10;
            local_7 = (_e3686 | 3u);
            let _e3691 = local_7;
            let _e3693 = local;
            let _e3694 = (_e3691 >= _e3693);
            if _e3694 {
                break;
            }
            let _e3699 = local_4;
            let _e3701 = local_7;
            let _e3707 = local_42;
            c[(((_e3699 + (_e3701 << 2u)) + 4294963200u) >> 2u)] = _e3707;
            break;
        }
        loop {
            let _e3715 = local_10;
            local_7 = (_e3715 + 64u);
            let _e3720 = local_7;
            let _e3722 = local;
            let _e3723 = (_e3720 >= _e3722);
            if _e3723 {
                break;
            }
            let _e3728 = local_4;
            let _e3730 = local_7;
            let _e3736 = local_43;
            c[(((_e3728 + (_e3730 << 2u)) + 4294963200u) >> 2u)] = _e3736;
            break;
        }
        loop {
            let _e3744 = local_7;
            local_8 = (_e3744 | 1u);
            let _e3749 = local_8;
            let _e3751 = local;
            let _e3752 = (_e3749 >= _e3751);
            if _e3752 {
                break;
            }
            let _e3757 = local_4;
            let _e3759 = local_8;
            let _e3765 = local_44;
            c[(((_e3757 + (_e3759 << 2u)) + 4294963200u) >> 2u)] = _e3765;
            break;
        }
        loop {
            let _e3773 = local_7;
            local_8 = (_e3773 | 2u);
            let _e3778 = local_8;
            let _e3780 = local;
            let _e3781 = (_e3778 >= _e3780);
            if _e3781 {
                break;
            }
            let _e3786 = local_4;
            let _e3788 = local_8;
            let _e3794 = local_45;
            c[(((_e3786 + (_e3788 << 2u)) + 4294963200u) >> 2u)] = _e3794;
            break;
        }
        let _e3802 = local_7;
        local_7 = (_e3802 | 3u);
        let _e3807 = local_7;
        let _e3809 = local;
        let _e3810 = (_e3807 >= _e3809);
        if _e3810 {
            break;
        }
        let _e3815 = local_4;
        let _e3817 = local_7;
        let _e3823 = local_46;
        c[(((_e3815 + (_e3817 << 2u)) + 4294963200u) >> 2u)] = _e3823;
        break;
    }
    loop {
        let _e3831 = local_2;
        local_4 = (_e3831 | 1u);
        let _e3836 = local_4;
        let _e3838 = local;
        let _e3839 = (_e3836 >= _e3838);
        if _e3839 {
            break;
        }
        let _e3844 = local_5;
        let _e3846 = local_4;
        let _e3848 = local;
        local_4 = (_e3844 + ((_e3846 * _e3848) << 2u));
        loop {
            let _e3856 = local_10;
            let _e3858 = local;
            let _e3859 = (_e3856 >= _e3858);
            if _e3859 {
                break;
            }
            let _e3864 = local_4;
            let _e3866 = local_10;
            let _e3872 = local_47;
            c[(((_e3864 + (_e3866 << 2u)) + 4294963200u) >> 2u)] = _e3872;
            break;
        }
        loop {
            let _e3880 = local_10;
            local_7 = (_e3880 | 1u);
            let _e3885 = local_7;
            let _e3887 = local;
            let _e3888 = (_e3885 >= _e3887);
            if _e3888 {
                break;
            }
            let _e3893 = local_4;
            let _e3895 = local_7;
            let _e3901 = local_48;
            c[(((_e3893 + (_e3895 << 2u)) + 4294963200u) >> 2u)] = _e3901;
            break;
        }
        loop {
            let _e3909 = local_10;
            local_7 = (_e3909 | 2u);
            let _e3914 = local_7;
            let _e3916 = local;
            let _e3917 = (_e3914 >= _e3916);
            if _e3917 {
                break;
            }
            let _e3922 = local_4;
            let _e3924 = local_7;
            let _e3930 = local_49;
            c[(((_e3922 + (_e3924 << 2u)) + 4294963200u) >> 2u)] = _e3930;
            break;
        }
        loop {
            let _e3938 = local_10;
            local_7 = (_e3938 | 3u);
            let _e3943 = local_7;
            let _e3945 = local;
            let _e3946 = (_e3943 >= _e3945);
            if _e3946 {
                break;
            }
            let _e3951 = local_4;
            let _e3953 = local_7;
            let _e3959 = local_50;
            c[(((_e3951 + (_e3953 << 2u)) + 4294963200u) >> 2u)] = _e3959;
            break;
        }
        loop {
            let _e3967 = local_10;
            local_7 = (_e3967 + 64u);
            let _e3972 = local_7;
            let _e3974 = local;
            let _e3975 = (_e3972 >= _e3974);
            if _e3975 {
                break;
            }
            let _e3980 = local_4;
            let _e3982 = local_7;
            let _e3988 = local_51;
            c[(((_e3980 + (_e3982 << 2u)) + 4294963200u) >> 2u)] = _e3988;
            break;
        }
        loop {
            let _e3996 = local_7;
            local_8 = (_e3996 | 1u);
            let _e4001 = local_8;
            let _e4003 = local;
            let _e4004 = (_e4001 >= _e4003);
            if _e4004 {
                break;
            }
            let _e4009 = local_4;
            let _e4011 = local_8;
            let _e4017 = local_52;
            c[(((_e4009 + (_e4011 << 2u)) + 4294963200u) >> 2u)] = _e4017;
            break;
        }
        loop {
            let _e4025 = local_7;
            local_8 = (_e4025 | 2u);
            let _e4030 = local_8;
            let _e4032 = local;
            let _e4033 = (_e4030 >= _e4032);
            if _e4033 {
                break;
            }
            let _e4038 = local_4;
            let _e4040 = local_8;
            let _e4046 = local_53;
            c[(((_e4038 + (_e4040 << 2u)) + 4294963200u) >> 2u)] = _e4046;
            break;
        }
        let _e4054 = local_7;
        local_7 = (_e4054 | 3u);
        let _e4059 = local_7;
        let _e4061 = local;
        let _e4062 = (_e4059 >= _e4061);
        if _e4062 {
            break;
        }
        let _e4067 = local_4;
        let _e4069 = local_7;
        let _e4075 = local_54;
        c[(((_e4067 + (_e4069 << 2u)) + 4294963200u) >> 2u)] = _e4075;
        break;
    }
    loop {
        let _e4083 = local_2;
        local_4 = (_e4083 | 2u);
        let _e4088 = local_4;
        let _e4090 = local;
        let _e4091 = (_e4088 >= _e4090);
        if _e4091 {
            break;
        }
        let _e4096 = local_5;
        let _e4098 = local_4;
        let _e4100 = local;
        local_4 = (_e4096 + ((_e4098 * _e4100) << 2u));
        loop {
            let _e4108 = local_10;
            let _e4110 = local;
            let _e4111 = (_e4108 >= _e4110);
            if _e4111 {
                break;
            }
            let _e4116 = local_4;
            let _e4118 = local_10;
            let _e4124 = local_55;
            c[(((_e4116 + (_e4118 << 2u)) + 4294963200u) >> 2u)] = _e4124;
            break;
        }
        loop {
            let _e4132 = local_10;
            local_7 = (_e4132 | 1u);
            let _e4137 = local_7;
            let _e4139 = local;
            let _e4140 = (_e4137 >= _e4139);
            if _e4140 {
                break;
            }
            let _e4145 = local_4;
            let _e4147 = local_7;
            let _e4153 = local_56;
            c[(((_e4145 + (_e4147 << 2u)) + 4294963200u) >> 2u)] = _e4153;
            break;
        }
        loop {
            let _e4161 = local_10;
            local_7 = (_e4161 | 2u);
            let _e4166 = local_7;
            let _e4168 = local;
            let _e4169 = (_e4166 >= _e4168);
            if _e4169 {
                break;
            }
            let _e4174 = local_4;
            let _e4176 = local_7;
            let _e4182 = local_57;
            c[(((_e4174 + (_e4176 << 2u)) + 4294963200u) >> 2u)] = _e4182;
            break;
        }
        loop {
            let _e4190 = local_10;
            local_7 = (_e4190 | 3u);
            let _e4195 = local_7;
            let _e4197 = local;
            let _e4198 = (_e4195 >= _e4197);
            if _e4198 {
                break;
            }
            let _e4203 = local_4;
            let _e4205 = local_7;
            let _e4211 = local_58;
            c[(((_e4203 + (_e4205 << 2u)) + 4294963200u) >> 2u)] = _e4211;
            break;
        }
        loop {
            let _e4219 = local_10;
            local_7 = (_e4219 + 64u);
            let _e4224 = local_7;
            let _e4226 = local;
            let _e4227 = (_e4224 >= _e4226);
            if _e4227 {
                break;
            }
            let _e4232 = local_4;
            let _e4234 = local_7;
            let _e4240 = local_59;
            c[(((_e4232 + (_e4234 << 2u)) + 4294963200u) >> 2u)] = _e4240;
            break;
        }
        loop {
            let _e4248 = local_7;
            local_8 = (_e4248 | 1u);
            let _e4253 = local_8;
            let _e4255 = local;
            let _e4256 = (_e4253 >= _e4255);
            if _e4256 {
                break;
            }
            let _e4261 = local_4;
            let _e4263 = local_8;
            let _e4269 = local_60;
            c[(((_e4261 + (_e4263 << 2u)) + 4294963200u) >> 2u)] = _e4269;
            break;
        }
        loop {
            let _e4277 = local_7;
            local_8 = (_e4277 | 2u);
            let _e4282 = local_8;
            let _e4284 = local;
            let _e4285 = (_e4282 >= _e4284);
            if _e4285 {
                break;
            }
            let _e4290 = local_4;
            let _e4292 = local_8;
            let _e4298 = local_61;
            c[(((_e4290 + (_e4292 << 2u)) + 4294963200u) >> 2u)] = _e4298;
            break;
        }
        let _e4306 = local_7;
        local_7 = (_e4306 | 3u);
        let _e4311 = local_7;
        let _e4313 = local;
        let _e4314 = (_e4311 >= _e4313);
        if _e4314 {
            break;
        }
        let _e4319 = local_4;
        let _e4321 = local_7;
        let _e4327 = local_62;
        c[(((_e4319 + (_e4321 << 2u)) + 4294963200u) >> 2u)] = _e4327;
        break;
    }
    let _e4335 = local_2;
    local_4 = (_e4335 | 64u);
    loop {
        let _e4340 = local_2;
        local_7 = (_e4340 | 3u);
        let _e4345 = local_7;
        let _e4347 = local;
        let _e4348 = (_e4345 >= _e4347);
        if _e4348 {
            break;
        }
        let _e4353 = local_5;
        let _e4355 = local_7;
        let _e4357 = local;
        local_7 = (_e4353 + ((_e4355 * _e4357) << 2u));
        loop {
            let _e4365 = local_10;
            let _e4367 = local;
            let _e4368 = (_e4365 >= _e4367);
            if _e4368 {
                break;
            }
            let _e4373 = local_7;
            let _e4375 = local_10;
            let _e4381 = local_63;
            c[(((_e4373 + (_e4375 << 2u)) + 4294963200u) >> 2u)] = _e4381;
            break;
        }
        loop {
            let _e4389 = local_10;
            local_8 = (_e4389 | 1u);
            let _e4394 = local_8;
            let _e4396 = local;
            let _e4397 = (_e4394 >= _e4396);
            if _e4397 {
                break;
            }
            let _e4402 = local_7;
            let _e4404 = local_8;
            let _e4410 = local_64;
            c[(((_e4402 + (_e4404 << 2u)) + 4294963200u) >> 2u)] = _e4410;
            break;
        }
        loop {
            let _e4418 = local_10;
            local_8 = (_e4418 | 2u);
            let _e4423 = local_8;
            let _e4425 = local;
            let _e4426 = (_e4423 >= _e4425);
            if _e4426 {
                break;
            }
            let _e4431 = local_7;
            let _e4433 = local_8;
            let _e4439 = local_65;
            c[(((_e4431 + (_e4433 << 2u)) + 4294963200u) >> 2u)] = _e4439;
            break;
        }
        loop {
            let _e4447 = local_10;
            local_8 = (_e4447 | 3u);
            let _e4452 = local_8;
            let _e4454 = local;
            let _e4455 = (_e4452 >= _e4454);
            if _e4455 {
                break;
            }
            let _e4460 = local_7;
            let _e4462 = local_8;
            let _e4468 = local_66;
            c[(((_e4460 + (_e4462 << 2u)) + 4294963200u) >> 2u)] = _e4468;
            break;
        }
        loop {
            let _e4476 = local_10;
            local_8 = (_e4476 + 64u);
            let _e4481 = local_8;
            let _e4483 = local;
            let _e4484 = (_e4481 >= _e4483);
            if _e4484 {
                break;
            }
            let _e4489 = local_7;
            let _e4491 = local_8;
            let _e4497 = local_67;
            c[(((_e4489 + (_e4491 << 2u)) + 4294963200u) >> 2u)] = _e4497;
            break;
        }
        loop {
            let _e4505 = local_8;
            local_6 = (_e4505 | 1u);
            let _e4510 = local_6;
            let _e4512 = local;
            let _e4513 = (_e4510 >= _e4512);
            if _e4513 {
                break;
            }
            let _e4518 = local_7;
            let _e4520 = local_6;
            let _e4526 = local_68;
            c[(((_e4518 + (_e4520 << 2u)) + 4294963200u) >> 2u)] = _e4526;
            break;
        }
        loop {
            let _e4534 = local_8;
            local_6 = (_e4534 | 2u);
            let _e4539 = local_6;
            let _e4541 = local;
            let _e4542 = (_e4539 >= _e4541);
            if _e4542 {
                break;
            }
            let _e4547 = local_7;
            let _e4549 = local_6;
            let _e4555 = local_69;
            c[(((_e4547 + (_e4549 << 2u)) + 4294963200u) >> 2u)] = _e4555;
            break;
        }
        let _e4563 = local_8;
        local_8 = (_e4563 | 3u);
        let _e4568 = local_8;
        let _e4570 = local;
        let _e4571 = (_e4568 >= _e4570);
        if _e4571 {
            break;
        }
        let _e4576 = local_7;
        let _e4578 = local_8;
        let _e4584 = local_70;
        c[(((_e4576 + (_e4578 << 2u)) + 4294963200u) >> 2u)] = _e4584;
        break;
    }
    loop {
        let _e4592 = local_4;
        let _e4594 = local;
        let _e4595 = (_e4592 >= _e4594);
        if _e4595 {
            break;
        }
        let _e4600 = local_5;
        let _e4602 = local_4;
        let _e4604 = local;
        local_4 = (_e4600 + ((_e4602 * _e4604) << 2u));
        loop {
            let _e4612 = local_10;
            let _e4614 = local;
            let _e4615 = (_e4612 >= _e4614);
            if _e4615 {
                break;
            }
            let _e4620 = local_4;
            let _e4622 = local_10;
            let _e4628 = local_71;
            c[(((_e4620 + (_e4622 << 2u)) + 4294963200u) >> 2u)] = _e4628;
            break;
        }
        loop {
            let _e4636 = local_10;
            local_7 = (_e4636 | 1u);
            let _e4641 = local_7;
            let _e4643 = local;
            let _e4644 = (_e4641 >= _e4643);
            if _e4644 {
                break;
            }
            let _e4649 = local_4;
            let _e4651 = local_7;
            let _e4657 = local_72;
            c[(((_e4649 + (_e4651 << 2u)) + 4294963200u) >> 2u)] = _e4657;
            break;
        }
        loop {
            let _e4665 = local_10;
            local_7 = (_e4665 | 2u);
            let _e4670 = local_7;
            let _e4672 = local;
            let _e4673 = (_e4670 >= _e4672);
            if _e4673 {
                break;
            }
            let _e4678 = local_4;
            let _e4680 = local_7;
            let _e4686 = local_73;
            c[(((_e4678 + (_e4680 << 2u)) + 4294963200u) >> 2u)] = _e4686;
            break;
        }
        loop {
            let _e4694 = local_10;
            local_7 = (_e4694 | 3u);
            let _e4699 = local_7;
            let _e4701 = local;
            let _e4702 = (_e4699 >= _e4701);
            if _e4702 {
                break;
            }
            let _e4707 = local_4;
            let _e4709 = local_7;
            let _e4715 = local_74;
            c[(((_e4707 + (_e4709 << 2u)) + 4294963200u) >> 2u)] = _e4715;
            break;
        }
        loop {
            let _e4723 = local_10;
            local_7 = (_e4723 + 64u);
            let _e4728 = local_7;
            let _e4730 = local;
            let _e4731 = (_e4728 >= _e4730);
            if _e4731 {
                break;
            }
            let _e4736 = local_4;
            let _e4738 = local_7;
            let _e4744 = local_75;
            c[(((_e4736 + (_e4738 << 2u)) + 4294963200u) >> 2u)] = _e4744;
            break;
        }
        loop {
            let _e4752 = local_7;
            local_8 = (_e4752 | 1u);
            let _e4757 = local_8;
            let _e4759 = local;
            let _e4760 = (_e4757 >= _e4759);
            if _e4760 {
                break;
            }
            let _e4765 = local_4;
            let _e4767 = local_8;
            let _e4773 = local_76;
            c[(((_e4765 + (_e4767 << 2u)) + 4294963200u) >> 2u)] = _e4773;
            break;
        }
        loop {
            let _e4781 = local_7;
            local_8 = (_e4781 | 2u);
            let _e4786 = local_8;
            let _e4788 = local;
            let _e4789 = (_e4786 >= _e4788);
            if _e4789 {
                break;
            }
            let _e4794 = local_4;
            let _e4796 = local_8;
            let _e4802 = local_77;
            c[(((_e4794 + (_e4796 << 2u)) + 4294963200u) >> 2u)] = _e4802;
            break;
        }
        let _e4810 = local_7;
        local_7 = (_e4810 | 3u);
        let _e4815 = local_7;
        let _e4817 = local;
        let _e4818 = (_e4815 >= _e4817);
        if _e4818 {
            break;
        }
        let _e4823 = local_4;
        let _e4825 = local_7;
        let _e4831 = local_78;
        c[(((_e4823 + (_e4825 << 2u)) + 4294963200u) >> 2u)] = _e4831;
        break;
    }
    loop {
        let _e4839 = local_2;
        local_4 = (_e4839 | 65u);
        let _e4844 = local_4;
        let _e4846 = local;
        let _e4847 = (_e4844 >= _e4846);
        if _e4847 {
            break;
        }
        let _e4852 = local_5;
        let _e4854 = local_4;
        let _e4856 = local;
        local_4 = (_e4852 + ((_e4854 * _e4856) << 2u));
        loop {
            let _e4864 = local_10;
            let _e4866 = local;
            let _e4867 = (_e4864 >= _e4866);
            if _e4867 {
                break;
            }
            let _e4872 = local_4;
            let _e4874 = local_10;
            let _e4880 = local_79;
            c[(((_e4872 + (_e4874 << 2u)) + 4294963200u) >> 2u)] = _e4880;
            break;
        }
        loop {
            let _e4888 = local_10;
            local_7 = (_e4888 | 1u);
            let _e4893 = local_7;
            let _e4895 = local;
            let _e4896 = (_e4893 >= _e4895);
            if _e4896 {
                break;
            }
            let _e4901 = local_4;
            let _e4903 = local_7;
            let _e4909 = local_80;
            c[(((_e4901 + (_e4903 << 2u)) + 4294963200u) >> 2u)] = _e4909;
            break;
        }
        loop {
            let _e4917 = local_10;
            local_7 = (_e4917 | 2u);
            let _e4922 = local_7;
            let _e4924 = local;
            let _e4925 = (_e4922 >= _e4924);
            if _e4925 {
                break;
            }
            let _e4930 = local_4;
            let _e4932 = local_7;
            let _e4938 = local_81;
            c[(((_e4930 + (_e4932 << 2u)) + 4294963200u) >> 2u)] = _e4938;
            break;
        }
        loop {
            let _e4946 = local_10;
            local_7 = (_e4946 | 3u);
            let _e4951 = local_7;
            let _e4953 = local;
            let _e4954 = (_e4951 >= _e4953);
            if _e4954 {
                break;
            }
            let _e4959 = local_4;
            let _e4961 = local_7;
            let _e4967 = local_82;
            c[(((_e4959 + (_e4961 << 2u)) + 4294963200u) >> 2u)] = _e4967;
            break;
        }
        loop {
            let _e4975 = local_10;
            local_7 = (_e4975 + 64u);
            let _e4980 = local_7;
            let _e4982 = local;
            let _e4983 = (_e4980 >= _e4982);
            if _e4983 {
                break;
            }
            let _e4988 = local_4;
            let _e4990 = local_7;
            let _e4996 = local_83;
            c[(((_e4988 + (_e4990 << 2u)) + 4294963200u) >> 2u)] = _e4996;
            break;
        }
        loop {
            let _e5004 = local_7;
            local_8 = (_e5004 | 1u);
            let _e5009 = local_8;
            let _e5011 = local;
            let _e5012 = (_e5009 >= _e5011);
            if _e5012 {
                break;
            }
            let _e5017 = local_4;
            let _e5019 = local_8;
            let _e5025 = local_84;
            c[(((_e5017 + (_e5019 << 2u)) + 4294963200u) >> 2u)] = _e5025;
            break;
        }
        loop {
            let _e5033 = local_7;
            local_8 = (_e5033 | 2u);
            let _e5038 = local_8;
            let _e5040 = local;
            let _e5041 = (_e5038 >= _e5040);
            if _e5041 {
                break;
            }
            let _e5046 = local_4;
            let _e5048 = local_8;
            let _e5054 = local_85;
            c[(((_e5046 + (_e5048 << 2u)) + 4294963200u) >> 2u)] = _e5054;
            break;
        }
        let _e5062 = local_7;
        local_7 = (_e5062 | 3u);
        let _e5067 = local_7;
        let _e5069 = local;
        let _e5070 = (_e5067 >= _e5069);
        if _e5070 {
            break;
        }
        let _e5075 = local_4;
        let _e5077 = local_7;
        let _e5083 = local_86;
        c[(((_e5075 + (_e5077 << 2u)) + 4294963200u) >> 2u)] = _e5083;
        break;
    }
    loop {
        let _e5091 = local_2;
        local_4 = (_e5091 | 66u);
        let _e5096 = local_4;
        let _e5098 = local;
        let _e5099 = (_e5096 >= _e5098);
        if _e5099 {
            break;
        }
        let _e5104 = local_5;
        let _e5106 = local_4;
        let _e5108 = local;
        local_4 = (_e5104 + ((_e5106 * _e5108) << 2u));
        loop {
            let _e5116 = local_10;
            let _e5118 = local;
            let _e5119 = (_e5116 >= _e5118);
            if _e5119 {
                break;
            }
            let _e5124 = local_4;
            let _e5126 = local_10;
            let _e5132 = local_87;
            c[(((_e5124 + (_e5126 << 2u)) + 4294963200u) >> 2u)] = _e5132;
            break;
        }
        loop {
            let _e5140 = local_10;
            local_7 = (_e5140 | 1u);
            let _e5145 = local_7;
            let _e5147 = local;
            let _e5148 = (_e5145 >= _e5147);
            if _e5148 {
                break;
            }
            let _e5153 = local_4;
            let _e5155 = local_7;
            let _e5161 = local_88;
            c[(((_e5153 + (_e5155 << 2u)) + 4294963200u) >> 2u)] = _e5161;
            break;
        }
        loop {
            let _e5169 = local_10;
            local_7 = (_e5169 | 2u);
            let _e5174 = local_7;
            let _e5176 = local;
            let _e5177 = (_e5174 >= _e5176);
            if _e5177 {
                break;
            }
            let _e5182 = local_4;
            let _e5184 = local_7;
            let _e5190 = local_89;
            c[(((_e5182 + (_e5184 << 2u)) + 4294963200u) >> 2u)] = _e5190;
            break;
        }
        loop {
            let _e5198 = local_10;
            local_7 = (_e5198 | 3u);
            let _e5203 = local_7;
            let _e5205 = local;
            let _e5206 = (_e5203 >= _e5205);
            if _e5206 {
                break;
            }
            let _e5211 = local_4;
            let _e5213 = local_7;
            let _e5219 = local_90;
            c[(((_e5211 + (_e5213 << 2u)) + 4294963200u) >> 2u)] = _e5219;
            break;
        }
        loop {
            let _e5227 = local_10;
            local_7 = (_e5227 + 64u);
            let _e5232 = local_7;
            let _e5234 = local;
            let _e5235 = (_e5232 >= _e5234);
            if _e5235 {
                break;
            }
            let _e5240 = local_4;
            let _e5242 = local_7;
            let _e5248 = local_91;
            c[(((_e5240 + (_e5242 << 2u)) + 4294963200u) >> 2u)] = _e5248;
            break;
        }
        loop {
            let _e5256 = local_7;
            local_8 = (_e5256 | 1u);
            let _e5261 = local_8;
            let _e5263 = local;
            let _e5264 = (_e5261 >= _e5263);
            if _e5264 {
                break;
            }
            let _e5269 = local_4;
            let _e5271 = local_8;
            let _e5277 = local_92;
            c[(((_e5269 + (_e5271 << 2u)) + 4294963200u) >> 2u)] = _e5277;
            break;
        }
        loop {
            let _e5285 = local_7;
            local_8 = (_e5285 | 2u);
            let _e5290 = local_8;
            let _e5292 = local;
            let _e5293 = (_e5290 >= _e5292);
            if _e5293 {
                break;
            }
            let _e5298 = local_4;
            let _e5300 = local_8;
            let _e5306 = local_93;
            c[(((_e5298 + (_e5300 << 2u)) + 4294963200u) >> 2u)] = _e5306;
            break;
        }
        let _e5314 = local_7;
        local_7 = (_e5314 | 3u);
        let _e5319 = local_7;
        let _e5321 = local;
        let _e5322 = (_e5319 >= _e5321);
        if _e5322 {
            break;
        }
        let _e5327 = local_4;
        let _e5329 = local_7;
        let _e5335 = local_94;
        c[(((_e5327 + (_e5329 << 2u)) + 4294963200u) >> 2u)] = _e5335;
        break;
    }
    loop {
        let _e5343 = local_2;
        local_2 = (_e5343 | 67u);
        let _e5348 = local_2;
        let _e5350 = local;
        let _e5351 = (_e5348 >= _e5350);
        if _e5351 {
            break;
        }
        let _e5356 = local_5;
        let _e5358 = local_2;
        let _e5360 = local;
        local_2 = (_e5356 + ((_e5358 * _e5360) << 2u));
        loop {
            let _e5368 = local_10;
            let _e5370 = local;
            let _e5371 = (_e5368 >= _e5370);
            if _e5371 {
                break;
            }
            let _e5376 = local_2;
            let _e5378 = local_10;
            let _e5384 = local_95;
            c[(((_e5376 + (_e5378 << 2u)) + 4294963200u) >> 2u)] = _e5384;
            break;
        }
        loop {
            let _e5392 = local_10;
            local_4 = (_e5392 | 1u);
            let _e5397 = local_4;
            let _e5399 = local;
            let _e5400 = (_e5397 >= _e5399);
            if _e5400 {
                break;
            }
            let _e5405 = local_2;
            let _e5407 = local_4;
            let _e5413 = local_96;
            c[(((_e5405 + (_e5407 << 2u)) + 4294963200u) >> 2u)] = _e5413;
            break;
        }
        loop {
            let _e5421 = local_10;
            local_4 = (_e5421 | 2u);
            let _e5426 = local_4;
            let _e5428 = local;
            let _e5429 = (_e5426 >= _e5428);
            if _e5429 {
                break;
            }
            let _e5434 = local_2;
            let _e5436 = local_4;
            let _e5442 = local_97;
            c[(((_e5434 + (_e5436 << 2u)) + 4294963200u) >> 2u)] = _e5442;
            break;
        }
        loop {
            let _e5450 = local_10;
            local_4 = (_e5450 | 3u);
            let _e5455 = local_4;
            let _e5457 = local;
            let _e5458 = (_e5455 >= _e5457);
            if _e5458 {
                break;
            }
            let _e5463 = local_2;
            let _e5465 = local_4;
            let _e5471 = local_98;
            c[(((_e5463 + (_e5465 << 2u)) + 4294963200u) >> 2u)] = _e5471;
            break;
        }
        loop {
            let _e5479 = local_10;
            local_10 = (_e5479 + 64u);
            let _e5484 = local_10;
            let _e5486 = local;
            let _e5487 = (_e5484 >= _e5486);
            if _e5487 {
                break;
            }
            let _e5492 = local_2;
            let _e5494 = local_10;
            let _e5500 = local_99;
            c[(((_e5492 + (_e5494 << 2u)) + 4294963200u) >> 2u)] = _e5500;
            break;
        }
        loop {
            let _e5508 = local_10;
            local_4 = (_e5508 | 1u);
            let _e5513 = local_4;
            let _e5515 = local;
            let _e5516 = (_e5513 >= _e5515);
            if _e5516 {
                break;
            }
            let _e5521 = local_2;
            let _e5523 = local_4;
            let _e5529 = local_100;
            c[(((_e5521 + (_e5523 << 2u)) + 4294963200u) >> 2u)] = _e5529;
            break;
        }
        loop {
            let _e5537 = local_10;
            local_4 = (_e5537 | 2u);
            let _e5542 = local_4;
            let _e5544 = local;
            let _e5545 = (_e5542 >= _e5544);
            if _e5545 {
                break;
            }
            let _e5550 = local_2;
            let _e5552 = local_4;
            let _e5558 = local_101;
            c[(((_e5550 + (_e5552 << 2u)) + 4294963200u) >> 2u)] = _e5558;
            break;
        }
        let _e5566 = local_10;
        local_10 = (_e5566 | 3u);
        let _e5571 = local_10;
        let _e5573 = local;
        let _e5574 = (_e5571 >= _e5573);
        if _e5574 {
            break;
        }
        let _e5579 = local_2;
        let _e5581 = local_10;
        let _e5587 = local_102;
        c[(((_e5579 + (_e5581 << 2u)) + 4294963200u) >> 2u)] = _e5587;
        break;
    }
}
