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
var<workgroup> ta: array<vec4<f32>, 512>;
var<workgroup> tb: array<vec4<f32>, 512>;

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
    var local_117: u32;
    var local_118: u32;
    var local_119: u32;
    var local_120: u32;
    var local_121: u32;
    var local_122: u32;
    var local_123: u32;
    var local_124: u32;
    var local_125: u32;
    var local_126: u32;
    var local_127: u32;
    var local_128: u32;
    var local_129: u32;
    var local_130: u32;
    var local_131: u32;
    var local_132: u32;
    var local_133: u32;
    var local_134: u32;
    var local_135: u32;
    var local_136: u32;
    var local_137: f32;
    var local_138: f32;
    var local_139: f32;
    var local_140: f32;
    var local_141: f32;
    var local_142: f32;
    var local_143: f32;
    var local_144: f32;
    var local_145: f32;
    var local_146: f32;
    var local_147: f32;
    var local_148: f32;
    var local_149: f32;
    var local_150: f32;
    var local_151: f32;
    var local_152: f32;
    var local_153: f32;
    var local_154: f32;
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
    local_117 = 0u;
    local_118 = 0u;
    local_119 = 0u;
    local_120 = 0u;
    local_121 = 0u;
    local_122 = 0u;
    local_123 = 0u;
    local_124 = 0u;
    local_125 = 0u;
    local_126 = 0u;
    local_127 = 0u;
    local_128 = 0u;
    local_129 = 0u;
    local_130 = 0u;
    local_131 = 0u;
    local_132 = 0u;
    local_133 = 0u;
    local_134 = 0u;
    local_135 = 0u;
    local_136 = 0u;
    local_137 = 0f;
    local_138 = 0f;
    local_139 = 0f;
    local_140 = 0f;
    local_141 = 0f;
    local_142 = 0f;
    local_143 = 0f;
    local_144 = 0f;
    local_145 = 0f;
    local_146 = 0f;
    local_147 = 0f;
    local_148 = 0f;
    local_149 = 0f;
    local_150 = 0f;
    local_151 = 0f;
    local_152 = 0f;
    local_153 = 0f;
    local_154 = 0f;
    let _e318 = params[0];
    local = _e318;
    local_1 = 4096u;
    let _e326 = params[2];
    local_2 = _e326;
    local_3 = 4096u;
    let _e334 = params[4];
    local_4 = _e334;
    local_5 = 4096u;
    let _e342 = params[6];
    local_6 = _e342;
    local_7 = 4096u;
    local_8 = 4096u;
    let _e351 = local;
    local_9 = vec2<u32>(_e351, 0u);
    let _e356 = local_9;
    let _e358 = local_9;
    let _e366 = (_e356.x & 65535u);
    let _e367 = (_e356.x >> 16u);
    let _e368 = (_e358.x & 65535u);
    let _e369 = (_e358.x >> 16u);
    let _e371 = (_e366 * _e369);
    let _e372 = (_e367 * _e368);
    local_9 = vec2<u32>((_e356.x * _e358.x), ((((((_e367 * _e369) + (_e371 >> 16u)) + (_e372 >> 16u)) + (((((_e366 * _e368) >> 16u) + (_e371 & 65535u)) + (_e372 & 65535u)) >> 16u)) + (_e356.x * _e358.y)) + (_e356.y * _e358.x)));
    let _e392 = local_9;
    let _e395 = vec2<u32>(32u, 0u);
    let _e401 = (_e395.x & 31u);
    let _e405 = ((_e395.x & 32u) != 0u);
    let _e407 = (_e392.y >> _e401);
    if !((vec2<u32>(select(((_e392.x >> _e401) | ((_e392.y << 1u) << (31u - _e401))), _e407, _e405), select(_e407, 0u, _e405)).x != 0u)) {
        let _e423 = local_2;
        let _e425 = local_9;
        local_10 = _e425.x;
        let _e429 = local_10;
        let _e430 = (_e423 < _e429);
        if !(_e430) {
            let _e436 = local_4;
            let _e438 = local_10;
            let _e439 = (_e436 < _e438);
            if !(_e439) {
                let _e445 = local_6;
                let _e447 = local_10;
                let _e448 = (_e445 < _e447);
                if !(_e448) {
                    local_2 = local_id.x;
                    local_10 = workgroup_id.x;
                    local_6 = workgroup_id.y;
                    let _e469 = local_10;
                    local_11 = (_e469 << 7u);
                    let _e475 = local_11;
                    let _e477 = local_2;
                    local_10 = (_e477 & 255u);
                    let _e482 = local_10;
                    local_4 = (_e482 << 2u);
                    let _e488 = local_4;
                    local_12 = (_e488 & 124u);
                    let _e493 = local_12;
                    local_13 = (_e475 | _e493);
                    let _e497 = local_13;
                    let _e499 = local_10;
                    local_14 = (_e499 >> 5u);
                    let _e505 = local_14;
                    let _e507 = local;
                    local_15 = (_e505 * _e507);
                    let _e511 = local_15;
                    local_16 = (_e497 + _e511);
                    let _e515 = local_6;
                    local_17 = (_e515 << 7u);
                    let _e521 = local_17;
                    let _e523 = local_10;
                    local_6 = (_e523 >> 1u);
                    let _e529 = local_6;
                    local_18 = (_e521 | _e529);
                    let _e533 = local_18;
                    let _e535 = local;
                    local_19 = (_e533 * _e535);
                    let _e539 = local_19;
                    let _e541 = local_4;
                    local_20 = (_e541 & 4u);
                    let _e546 = local_20;
                    local_21 = (_e539 + _e546);
                    let _e550 = local_11;
                    let _e554 = local;
                    let _e560 = local_17;
                    let _e564 = local;
                    local_22 = (select(0u, 1u, ((_e550 + 128u) > _e554)) | select(0u, 1u, ((_e560 + 128u) > _e564)));
                    let _e572 = local;
                    let _e574 = (_e572 < 8u);
                    if !(_e574) {
                        let _e580 = local_22;
                        if !((_e580 != 0u)) {
                            let _e585 = local_1;
                            let _e587 = local_19;
                            let _e593 = local_2;
                            local_19 = ((_e585 + (_e587 << 2u)) + ((_e593 << 4u) & 16u));
                            let _e602 = local_19;
                            let _e609 = a[((_e602 + 4294963212u) >> 2u)];
                            local_23 = _e609;
                            let _e612 = local_19;
                            let _e619 = a[((_e612 + 4294963208u) >> 2u)];
                            local_24 = _e619;
                            let _e622 = local_19;
                            let _e629 = a[((_e622 + 4294963204u) >> 2u)];
                            local_25 = _e629;
                            let _e632 = local_19;
                            let _e639 = a[((_e632 + 4294963200u) >> 2u)];
                            local_26 = _e639;
                            let _e642 = local_3;
                            let _e644 = local_12;
                            let _e646 = local_15;
                            let _e649 = local_11;
                            local_19 = (_e642 + (((_e644 + _e646) + _e649) << 2u));
                            let _e657 = local_19;
                            let _e664 = b[((_e657 + 4294963212u) >> 2u)];
                            local_27 = bitcast<u32>(_e664);
                            let _e668 = local_19;
                            let _e675 = b[((_e668 + 4294963208u) >> 2u)];
                            local_28 = bitcast<u32>(_e675);
                            let _e679 = local_19;
                            let _e686 = b[((_e679 + 4294963204u) >> 2u)];
                            local_29 = bitcast<u32>(_e686);
                            let _e690 = local_19;
                            let _e697 = b[((_e690 + 4294963200u) >> 2u)];
                            local_30 = bitcast<u32>(_e697);
                            pending = 2u;
                        }
                    }
                    let _e704 = pending;
                    if (_e704 == 0u) {
                        local_26 = 0f;
                        let _e710 = local_20;
                        let _e712 = local;
                        let _e713 = (_e710 >= _e712);
                        if _e713 {
                            pending = 3u;
                        }
                    }
                    let _e720 = pending;
                    if (_e720 == 0u) {
                        let _e724 = local_18;
                        let _e726 = local;
                        let _e727 = (_e724 < _e726);
                        if _e727 {
                            pending = 4u;
                        }
                    }
                    let _e734 = pending;
                    if (_e734 == 0u) {
                        pending = 3u;
                    }
                }
            }
        }
    }
    let _e740 = pending;
    if (_e740 == 0u) {
        let _e752 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e752.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 646u);
            atomicStore((&status[8]), 5u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e789 = pending;
    if (_e789 == 4u) {
        pending = 0u;
    }
    let _e795 = pending;
    if (_e795 == 0u) {
        let _e799 = local_1;
        let _e801 = local_21;
        let _e812 = a[(((_e799 + (_e801 << 2u)) + 4294963200u) >> 2u)];
        local_26 = _e812;
    }
    let _e815 = pending;
    if (_e815 == 3u) {
        pending = 0u;
    }
    let _e821 = pending;
    if (_e821 == 0u) {
        local_30 = 0u;
        let _e827 = local_14;
        let _e829 = local;
        local_19 = select(0u, 1u, (_e827 >= _e829));
        let _e836 = local_19;
        if !((_e836 != 0u)) {
            let _e841 = local_13;
            let _e843 = local;
            let _e844 = (_e841 >= _e843);
            if !(_e844) {
                let _e850 = local_3;
                let _e852 = local_16;
                let _e863 = b[(((_e850 + (_e852 << 2u)) + 4294963200u) >> 2u)];
                local_30 = bitcast<u32>(_e863);
            }
        }
        local_25 = 0f;
        let _e869 = local_20;
        let _e873 = local;
        let _e874 = ((_e869 | 1u) >= _e873);
        if !(_e874) {
            let _e880 = local_18;
            let _e882 = local;
            let _e883 = (_e880 >= _e882);
            if !(_e883) {
                let _e889 = local_21;
                let _e894 = local_1;
                let _e904 = a[(((((_e889 << 2u) + _e894) + 4u) + 4294963200u) >> 2u)];
                local_25 = _e904;
            }
        }
        local_29 = 0u;
        let _e909 = local_19;
        if !((_e909 != 0u)) {
            let _e914 = local_13;
            let _e918 = local;
            let _e919 = ((_e914 | 1u) >= _e918);
            if !(_e919) {
                let _e925 = local_16;
                let _e930 = local_3;
                let _e940 = b[(((((_e925 << 2u) + _e930) + 4u) + 4294963200u) >> 2u)];
                local_29 = bitcast<u32>(_e940);
            }
        }
        local_24 = 0f;
        let _e946 = local_20;
        let _e950 = local;
        let _e951 = ((_e946 | 2u) >= _e950);
        if !(_e951) {
            let _e957 = local_18;
            let _e959 = local;
            let _e960 = (_e957 >= _e959);
            if !(_e960) {
                let _e966 = local_21;
                let _e971 = local_1;
                let _e981 = a[(((((_e966 << 2u) + _e971) + 8u) + 4294963200u) >> 2u)];
                local_24 = _e981;
            }
        }
        local_28 = 0u;
        let _e986 = local_19;
        if !((_e986 != 0u)) {
            let _e991 = local_13;
            let _e995 = local;
            let _e996 = ((_e991 | 2u) >= _e995);
            if !(_e996) {
                let _e1002 = local_16;
                let _e1007 = local_3;
                let _e1017 = b[(((((_e1002 << 2u) + _e1007) + 8u) + 4294963200u) >> 2u)];
                local_28 = bitcast<u32>(_e1017);
            }
        }
        local_23 = 0f;
        let _e1023 = local_20;
        let _e1027 = local;
        let _e1028 = ((_e1023 | 3u) >= _e1027);
        if !(_e1028) {
            let _e1034 = local_18;
            let _e1036 = local;
            let _e1037 = (_e1034 >= _e1036);
            if !(_e1037) {
                let _e1043 = local_21;
                let _e1048 = local_1;
                let _e1058 = a[(((((_e1043 << 2u) + _e1048) + 12u) + 4294963200u) >> 2u)];
                local_23 = _e1058;
            }
        }
        local_27 = 0u;
        let _e1063 = local_19;
        if !((_e1063 != 0u)) {
            let _e1068 = local_13;
            let _e1072 = local;
            let _e1073 = ((_e1068 | 3u) >= _e1072);
            if !(_e1073) {
                let _e1079 = local_16;
                let _e1084 = local_3;
                let _e1094 = b[(((((_e1079 << 2u) + _e1084) + 12u) + 4294963200u) >> 2u)];
                local_27 = bitcast<u32>(_e1094);
            }
        }
    }
    let _e1098 = pending;
    if (_e1098 == 2u) {
        pending = 0u;
    }
    let _e1104 = local_2;
    local_2 = (_e1104 & 15u);
    let _e1109 = local_10;
    local_10 = (_e1109 >> 4u);
    let _e1115 = local_7;
    let _e1117 = local_6;
    local_31 = (_e1115 + (_e1117 << 2u));
    let _e1124 = local_31;
    let _e1126 = local_20;
    local_32 = (_e1126 << 9u);
    let _e1132 = local_32;
    local_33 = (_e1132 | 512u);
    let _e1137 = local_33;
    let _e1140 = local_25;
    let _e1144 = (((_e1124 + _e1137) + 4294963200u) >> 2u);
    ta[(_e1144 >> 2u)][(_e1144 & 3u)] = _e1140;
    let _e1153 = local_31;
    let _e1155 = local_32;
    let _e1158 = local_26;
    let _e1162 = (((_e1153 + _e1155) + 4294963200u) >> 2u);
    ta[(_e1162 >> 2u)][(_e1162 & 3u)] = _e1158;
    let _e1171 = local_31;
    let _e1173 = local_32;
    local_34 = (_e1173 | 1024u);
    let _e1178 = local_34;
    let _e1181 = local_24;
    let _e1185 = (((_e1171 + _e1178) + 4294963200u) >> 2u);
    ta[(_e1185 >> 2u)][(_e1185 & 3u)] = _e1181;
    let _e1194 = local_31;
    let _e1196 = local_32;
    local_35 = (_e1196 | 1536u);
    let _e1201 = local_35;
    let _e1204 = local_23;
    let _e1208 = (((_e1194 + _e1201) + 4294963200u) >> 2u);
    ta[(_e1208 >> 2u)][(_e1208 & 3u)] = _e1204;
    let _e1217 = local_8;
    let _e1219 = local_4;
    local_36 = (_e1217 + (_e1219 << 2u));
    let _e1226 = local_36;
    let _e1228 = local_30;
    let _e1230 = local_29;
    let _e1232 = local_28;
    let _e1234 = local_27;
    tb[((_e1226 + 4294963200u) >> 4u)] = vec4<f32>(bitcast<f32>(_e1228), bitcast<f32>(_e1230), bitcast<f32>(_e1232), bitcast<f32>(_e1234));
    workgroupBarrier();
    let _e1247 = local;
    if !((_e1247 != 0u)) {
        let _e1252 = local_2;
        local_37 = (_e1252 << 2u);
        let _e1258 = local_10;
        local_38 = (_e1258 << 2u);
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
    let _e1394 = pending;
    if (_e1394 == 0u) {
        let _e1398 = local;
        let _e1403 = local;
        local_103 = ((_e1398 >> 3u) + select(0u, 1u, ((_e1403 & 7u) != 0u)));
        let _e1414 = local_103;
        let _e1417 = local_103;
        let _e1419 = (_e1417 > 1u);
        local_104 = select(1u, _e1414, _e1419);
        let _e1426 = local_1;
        local_105 = (_e1426 + 32u);
        let _e1431 = local_2;
        local_37 = (_e1431 << 2u);
        let _e1437 = local_10;
        local_38 = (_e1437 << 2u);
        let _e1443 = local;
        local_106 = (_e1443 << 3u);
        let _e1449 = local_7;
        let _e1451 = local_10;
        local_107 = (_e1449 + (_e1451 << 4u));
        let _e1458 = local_8;
        let _e1460 = local_2;
        local_108 = (_e1458 + (_e1460 << 4u));
        let _e1467 = local_3;
        let _e1469 = local;
        local_109 = (_e1467 + (_e1469 << 5u));
        local_39 = 0f;
        let _e1478 = local_13;
        let _e1482 = local;
        local_110 = select(0u, 1u, ((_e1478 | 1u) >= _e1482));
        let _e1489 = local_13;
        let _e1493 = local;
        local_111 = select(0u, 1u, ((_e1489 | 2u) >= _e1493));
        let _e1500 = local_13;
        let _e1504 = local;
        local_112 = select(0u, 1u, ((_e1500 | 3u) >= _e1504));
        local_113 = 0u;
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
        local_10 = 0u;
        local_114 = 0u;
        loop {
            let _e1643 = local_113;
            local_2 = ((_e1643 << 2u) & 4096u);
            let _e1651 = local_10;
            local_115 = (_e1651 + 1u);
            let _e1656 = local_115;
            let _e1658 = local_103;
            local_116 = select(0u, 1u, (_e1656 < _e1658));
            let _e1665 = local_116;
            let _e1667 = (_e1665 == 0u);
            if !(_e1667) {
                let _e1673 = local_16;
                let _e1675 = local_106;
                local_4 = (_e1673 + _e1675);
                let _e1679 = local_21;
                local_8 = (_e1679 + 8u);
                let _e1684 = local_114;
                local_7 = (_e1684 + 8u);
                let _e1689 = local_22;
                let _e1691 = local_114;
                let _e1695 = local;
                if !(((_e1689 | select(0u, 1u, ((_e1691 + 16u) > _e1695))) != 0u)) {
                    let _e1705 = local_109;
                    let _e1707 = local_16;
                    local_6 = (_e1705 + (_e1707 << 2u));
                    let _e1714 = local_6;
                    let _e1721 = b[((_e1714 + 4294963212u) >> 2u)];
                    local_27 = bitcast<u32>(_e1721);
                    let _e1725 = local_6;
                    let _e1732 = b[((_e1725 + 4294963208u) >> 2u)];
                    local_28 = bitcast<u32>(_e1732);
                    let _e1736 = local_6;
                    let _e1743 = b[((_e1736 + 4294963204u) >> 2u)];
                    local_29 = bitcast<u32>(_e1743);
                    let _e1747 = local_6;
                    let _e1754 = b[((_e1747 + 4294963200u) >> 2u)];
                    local_30 = bitcast<u32>(_e1754);
                    let _e1758 = local_105;
                    let _e1760 = local_21;
                    local_6 = (_e1758 + (_e1760 << 2u));
                    let _e1767 = local_6;
                    let _e1774 = a[((_e1767 + 4294963212u) >> 2u)];
                    local_23 = _e1774;
                    let _e1777 = local_6;
                    let _e1784 = a[((_e1777 + 4294963208u) >> 2u)];
                    local_24 = _e1784;
                    let _e1787 = local_6;
                    let _e1794 = a[((_e1787 + 4294963204u) >> 2u)];
                    local_25 = _e1794;
                    let _e1797 = local_6;
                    let _e1804 = a[((_e1797 + 4294963200u) >> 2u)];
                    local_26 = _e1804;
                    pending = 17u;
                }
                let _e1809 = pending;
                if (_e1809 == 0u) {
                    let _e1813 = local_7;
                    let _e1815 = local_20;
                    local_6 = (_e1813 + _e1815);
                    local_26 = 0f;
                    let _e1821 = local_18;
                    let _e1823 = local;
                    local_19 = select(0u, 1u, (_e1821 >= _e1823));
                    let _e1830 = local_19;
                    if !((_e1830 != 0u)) {
                        let _e1835 = local_6;
                        let _e1837 = local;
                        let _e1838 = (_e1835 >= _e1837);
                        if !(_e1838) {
                            let _e1844 = local_1;
                            let _e1846 = local_8;
                            let _e1857 = a[(((_e1844 + (_e1846 << 2u)) + 4294963200u) >> 2u)];
                            local_26 = _e1857;
                        }
                    }
                    let _e1860 = local_7;
                    let _e1862 = local_14;
                    local_12 = (_e1860 + _e1862);
                    local_30 = 0u;
                    let _e1868 = local_13;
                    let _e1870 = local;
                    let _e1871 = (_e1868 >= _e1870);
                    if !(_e1871) {
                        let _e1877 = local_12;
                        let _e1879 = local;
                        let _e1880 = (_e1877 >= _e1879);
                        if !(_e1880) {
                            let _e1886 = local_3;
                            let _e1888 = local_4;
                            let _e1899 = b[(((_e1886 + (_e1888 << 2u)) + 4294963200u) >> 2u)];
                            local_30 = bitcast<u32>(_e1899);
                        }
                    }
                    local_25 = 0f;
                    let _e1905 = local_19;
                    if !((_e1905 != 0u)) {
                        let _e1910 = local_6;
                        let _e1914 = local;
                        let _e1915 = ((_e1910 + 1u) >= _e1914);
                        if !(_e1915) {
                            let _e1921 = local_21;
                            let _e1926 = local_1;
                            let _e1936 = a[(((((_e1921 << 2u) + _e1926) + 36u) + 4294963200u) >> 2u)];
                            local_25 = _e1936;
                        }
                    }
                    local_29 = 0u;
                    let _e1941 = local_110;
                    if !((_e1941 != 0u)) {
                        let _e1946 = local_12;
                        let _e1948 = local;
                        let _e1949 = (_e1946 >= _e1948);
                        if !(_e1949) {
                            let _e1955 = local_4;
                            let _e1960 = local_3;
                            let _e1970 = b[(((((_e1955 << 2u) + _e1960) + 4u) + 4294963200u) >> 2u)];
                            local_29 = bitcast<u32>(_e1970);
                        }
                    }
                    local_24 = 0f;
                    let _e1976 = local_19;
                    if !((_e1976 != 0u)) {
                        let _e1981 = local_6;
                        let _e1985 = local;
                        let _e1986 = ((_e1981 + 2u) >= _e1985);
                        if !(_e1986) {
                            let _e1992 = local_21;
                            let _e1997 = local_1;
                            let _e2007 = a[(((((_e1992 << 2u) + _e1997) + 40u) + 4294963200u) >> 2u)];
                            local_24 = _e2007;
                        }
                    }
                    local_28 = 0u;
                    let _e2012 = local_111;
                    if !((_e2012 != 0u)) {
                        let _e2017 = local_12;
                        let _e2019 = local;
                        let _e2020 = (_e2017 >= _e2019);
                        if !(_e2020) {
                            let _e2026 = local_4;
                            let _e2031 = local_3;
                            let _e2041 = b[(((((_e2026 << 2u) + _e2031) + 8u) + 4294963200u) >> 2u)];
                            local_28 = bitcast<u32>(_e2041);
                        }
                    }
                    local_23 = 0f;
                    let _e2047 = local_19;
                    if !((_e2047 != 0u)) {
                        let _e2052 = local_6;
                        let _e2056 = local;
                        let _e2057 = ((_e2052 + 3u) >= _e2056);
                        if !(_e2057) {
                            let _e2063 = local_21;
                            let _e2068 = local_1;
                            let _e2078 = a[(((((_e2063 << 2u) + _e2068) + 44u) + 4294963200u) >> 2u)];
                            local_23 = _e2078;
                        }
                    }
                    local_27 = 0u;
                    let _e2083 = local_112;
                    if !((_e2083 != 0u)) {
                        let _e2088 = local_12;
                        let _e2090 = local;
                        let _e2091 = (_e2088 >= _e2090);
                        if !(_e2091) {
                            let _e2097 = local_4;
                            let _e2102 = local_3;
                            let _e2112 = b[(((((_e2097 << 2u) + _e2102) + 12u) + 4294963200u) >> 2u)];
                            local_27 = bitcast<u32>(_e2112);
                        }
                    }
                }
                let _e2116 = pending;
                if (_e2116 == 17u) {
                    pending = 0u;
                }
                let _e2122 = local_4;
                local_16 = _e2122;
                let _e2125 = local_8;
                local_21 = _e2125;
                let _e2128 = local_7;
                local_114 = _e2128;
            }
            let _e2131 = local_107;
            let _e2133 = local_2;
            local_117 = (_e2131 + _e2133);
            let _e2137 = local_108;
            let _e2139 = local_2;
            local_118 = (_e2137 + _e2139);
            local_4 = 256u;
            local_2 = 0u;
            let _e2147 = local_107;
            let _e2149 = local_10;
            local_119 = ((_e2149 << 10u) & 1024u);
            let _e2157 = local_119;
            local_120 = (_e2157 << 2u);
            let _e2163 = local_120;
            local_10 = (_e2147 + _e2163);
            let _e2167 = local_10;
            let _e2175 = ta[((_e2167 + 4294963200u) >> 4u)];
            local_7 = bitcast<u32>(_e2175.x);
            let _e2180 = local_10;
            let _e2188 = ta[((_e2180 + 4294963200u) >> 4u)];
            local_8 = bitcast<u32>(_e2188.y);
            let _e2193 = local_10;
            let _e2201 = ta[((_e2193 + 4294963200u) >> 4u)];
            local_6 = bitcast<u32>(_e2201.z);
            let _e2206 = local_10;
            let _e2214 = ta[((_e2206 + 4294963200u) >> 4u)];
            local_19 = bitcast<u32>(_e2214.w);
            let _e2219 = local_10;
            local_10 = (_e2219 + 256u);
            let _e2224 = local_10;
            let _e2232 = ta[((_e2224 + 4294963200u) >> 4u)];
            local_12 = bitcast<u32>(_e2232.x);
            let _e2237 = local_10;
            let _e2245 = ta[((_e2237 + 4294963200u) >> 4u)];
            local_15 = bitcast<u32>(_e2245.y);
            let _e2250 = local_10;
            let _e2258 = ta[((_e2250 + 4294963200u) >> 4u)];
            local_121 = bitcast<u32>(_e2258.z);
            let _e2263 = local_10;
            let _e2271 = ta[((_e2263 + 4294963200u) >> 4u)];
            local_122 = bitcast<u32>(_e2271.w);
            let _e2276 = local_108;
            let _e2278 = local_120;
            local_10 = (_e2276 + _e2278);
            let _e2282 = local_10;
            let _e2290 = tb[((_e2282 + 4294963200u) >> 4u)];
            local_120 = bitcast<u32>(_e2290.x);
            let _e2295 = local_10;
            let _e2303 = tb[((_e2295 + 4294963200u) >> 4u)];
            local_123 = bitcast<u32>(_e2303.y);
            let _e2308 = local_10;
            let _e2316 = tb[((_e2308 + 4294963200u) >> 4u)];
            local_124 = bitcast<u32>(_e2316.z);
            let _e2321 = local_10;
            let _e2329 = tb[((_e2321 + 4294963200u) >> 4u)];
            local_125 = bitcast<u32>(_e2329.w);
            let _e2334 = local_10;
            local_10 = (_e2334 + 256u);
            let _e2339 = local_10;
            let _e2347 = tb[((_e2339 + 4294963200u) >> 4u)];
            local_126 = bitcast<u32>(_e2347.x);
            let _e2352 = local_10;
            let _e2360 = tb[((_e2352 + 4294963200u) >> 4u)];
            local_127 = bitcast<u32>(_e2360.y);
            let _e2365 = local_10;
            let _e2373 = tb[((_e2365 + 4294963200u) >> 4u)];
            local_128 = bitcast<u32>(_e2373.z);
            let _e2378 = local_10;
            let _e2386 = tb[((_e2378 + 4294963200u) >> 4u)];
            local_129 = bitcast<u32>(_e2386.w);
            loop {
                let _e2391 = local_117;
                let _e2393 = local_2;
                local_130 = (_e2391 + _e2393);
                let _e2397 = local_130;
                local_10 = (_e2397 + 512u);
                let _e2402 = local_10;
                let _e2410 = ta[((_e2402 + 4294963200u) >> 4u)];
                local_131 = bitcast<u32>(_e2410.x);
                let _e2415 = local_10;
                let _e2423 = ta[((_e2415 + 4294963200u) >> 4u)];
                local_132 = bitcast<u32>(_e2423.y);
                let _e2428 = local_10;
                let _e2436 = ta[((_e2428 + 4294963200u) >> 4u)];
                local_133 = bitcast<u32>(_e2436.z);
                let _e2441 = local_10;
                let _e2449 = ta[((_e2441 + 4294963200u) >> 4u)];
                local_134 = bitcast<u32>(_e2449.w);
                let _e2454 = local_130;
                local_10 = (_e2454 + 768u);
                let _e2459 = local_10;
                let _e2467 = ta[((_e2459 + 4294963200u) >> 4u)];
                local_130 = bitcast<u32>(_e2467.x);
                let _e2472 = local_10;
                let _e2480 = ta[((_e2472 + 4294963200u) >> 4u)];
                local_135 = bitcast<u32>(_e2480.y);
                let _e2485 = local_10;
                let _e2493 = ta[((_e2485 + 4294963200u) >> 4u)];
                local_136 = bitcast<u32>(_e2493.z);
                let _e2498 = local_95;
                let _e2500 = local_122;
                local_137 = bitcast<f32>(_e2500);
                let _e2504 = local_137;
                let _e2506 = local_120;
                local_138 = bitcast<f32>(_e2506);
                let _e2510 = local_138;
                let _e2514 = local_10;
                let _e2522 = ta[((_e2514 + 4294963200u) >> 4u)];
                local_139 = bitcast<f32>(bitcast<u32>(_e2522.w));
                let _e2528 = local_139;
                let _e2530 = local_118;
                let _e2532 = local_2;
                local_122 = (_e2530 + _e2532);
                let _e2536 = local_122;
                local_10 = (_e2536 + 512u);
                let _e2541 = local_10;
                let _e2549 = tb[((_e2541 + 4294963200u) >> 4u)];
                local_140 = bitcast<f32>(bitcast<u32>(_e2549.x));
                let _e2555 = local_140;
                local_95 = ((_e2498 + (_e2504 * _e2510)) + (_e2528 * _e2555));
                let _e2560 = local_87;
                let _e2562 = local_121;
                local_141 = bitcast<f32>(_e2562);
                let _e2566 = local_141;
                let _e2568 = local_138;
                let _e2572 = local_136;
                local_142 = bitcast<f32>(_e2572);
                let _e2576 = local_142;
                let _e2578 = local_140;
                local_87 = ((_e2560 + (_e2566 * _e2568)) + (_e2576 * _e2578));
                let _e2583 = local_79;
                let _e2585 = local_15;
                local_143 = bitcast<f32>(_e2585);
                let _e2589 = local_143;
                let _e2591 = local_138;
                let _e2595 = local_135;
                local_144 = bitcast<f32>(_e2595);
                let _e2599 = local_144;
                let _e2601 = local_140;
                local_79 = ((_e2583 + (_e2589 * _e2591)) + (_e2599 * _e2601));
                let _e2606 = local_71;
                let _e2608 = local_12;
                local_145 = bitcast<f32>(_e2608);
                let _e2612 = local_145;
                let _e2614 = local_138;
                let _e2618 = local_130;
                local_146 = bitcast<f32>(_e2618);
                let _e2622 = local_146;
                let _e2624 = local_140;
                local_71 = ((_e2606 + (_e2612 * _e2614)) + (_e2622 * _e2624));
                let _e2629 = local_63;
                let _e2631 = local_19;
                local_147 = bitcast<f32>(_e2631);
                let _e2635 = local_147;
                let _e2637 = local_138;
                let _e2641 = local_134;
                local_148 = bitcast<f32>(_e2641);
                let _e2645 = local_148;
                let _e2647 = local_140;
                local_63 = ((_e2629 + (_e2635 * _e2637)) + (_e2645 * _e2647));
                let _e2652 = local_55;
                let _e2654 = local_6;
                local_149 = bitcast<f32>(_e2654);
                let _e2658 = local_149;
                let _e2660 = local_138;
                let _e2664 = local_133;
                local_150 = bitcast<f32>(_e2664);
                let _e2668 = local_150;
                let _e2670 = local_140;
                local_55 = ((_e2652 + (_e2658 * _e2660)) + (_e2668 * _e2670));
                let _e2675 = local_47;
                let _e2677 = local_8;
                local_151 = bitcast<f32>(_e2677);
                let _e2681 = local_151;
                let _e2683 = local_138;
                let _e2687 = local_132;
                local_152 = bitcast<f32>(_e2687);
                let _e2691 = local_152;
                let _e2693 = local_140;
                local_47 = ((_e2675 + (_e2681 * _e2683)) + (_e2691 * _e2693));
                let _e2698 = local_39;
                let _e2700 = local_7;
                local_153 = bitcast<f32>(_e2700);
                let _e2704 = local_153;
                let _e2706 = local_138;
                let _e2710 = local_131;
                local_138 = bitcast<f32>(_e2710);
                let _e2714 = local_138;
                let _e2716 = local_140;
                local_39 = ((_e2698 + (_e2704 * _e2706)) + (_e2714 * _e2716));
                let _e2721 = local_96;
                let _e2723 = local_137;
                let _e2725 = local_123;
                local_140 = bitcast<f32>(_e2725);
                let _e2729 = local_140;
                let _e2733 = local_139;
                let _e2735 = local_10;
                let _e2743 = tb[((_e2735 + 4294963200u) >> 4u)];
                local_154 = bitcast<f32>(bitcast<u32>(_e2743.y));
                let _e2749 = local_154;
                local_96 = ((_e2721 + (_e2723 * _e2729)) + (_e2733 * _e2749));
                let _e2754 = local_88;
                let _e2756 = local_141;
                let _e2758 = local_140;
                let _e2762 = local_142;
                let _e2764 = local_154;
                local_88 = ((_e2754 + (_e2756 * _e2758)) + (_e2762 * _e2764));
                let _e2769 = local_80;
                let _e2771 = local_143;
                let _e2773 = local_140;
                let _e2777 = local_144;
                let _e2779 = local_154;
                local_80 = ((_e2769 + (_e2771 * _e2773)) + (_e2777 * _e2779));
                let _e2784 = local_72;
                let _e2786 = local_145;
                let _e2788 = local_140;
                let _e2792 = local_146;
                let _e2794 = local_154;
                local_72 = ((_e2784 + (_e2786 * _e2788)) + (_e2792 * _e2794));
                let _e2799 = local_64;
                let _e2801 = local_147;
                let _e2803 = local_140;
                let _e2807 = local_148;
                let _e2809 = local_154;
                local_64 = ((_e2799 + (_e2801 * _e2803)) + (_e2807 * _e2809));
                let _e2814 = local_56;
                let _e2816 = local_149;
                let _e2818 = local_140;
                let _e2822 = local_150;
                let _e2824 = local_154;
                local_56 = ((_e2814 + (_e2816 * _e2818)) + (_e2822 * _e2824));
                let _e2829 = local_48;
                let _e2831 = local_151;
                let _e2833 = local_140;
                let _e2837 = local_152;
                let _e2839 = local_154;
                local_48 = ((_e2829 + (_e2831 * _e2833)) + (_e2837 * _e2839));
                let _e2844 = local_40;
                let _e2846 = local_153;
                let _e2848 = local_140;
                let _e2852 = local_138;
                let _e2854 = local_154;
                local_40 = ((_e2844 + (_e2846 * _e2848)) + (_e2852 * _e2854));
                let _e2859 = local_97;
                let _e2861 = local_137;
                let _e2863 = local_124;
                local_140 = bitcast<f32>(_e2863);
                let _e2867 = local_140;
                let _e2871 = local_139;
                let _e2873 = local_10;
                let _e2881 = tb[((_e2873 + 4294963200u) >> 4u)];
                local_154 = bitcast<f32>(bitcast<u32>(_e2881.z));
                let _e2887 = local_154;
                local_97 = ((_e2859 + (_e2861 * _e2867)) + (_e2871 * _e2887));
                let _e2892 = local_89;
                let _e2894 = local_141;
                let _e2896 = local_140;
                let _e2900 = local_142;
                let _e2902 = local_154;
                local_89 = ((_e2892 + (_e2894 * _e2896)) + (_e2900 * _e2902));
                let _e2907 = local_81;
                let _e2909 = local_143;
                let _e2911 = local_140;
                let _e2915 = local_144;
                let _e2917 = local_154;
                local_81 = ((_e2907 + (_e2909 * _e2911)) + (_e2915 * _e2917));
                let _e2922 = local_73;
                let _e2924 = local_145;
                let _e2926 = local_140;
                let _e2930 = local_146;
                let _e2932 = local_154;
                local_73 = ((_e2922 + (_e2924 * _e2926)) + (_e2930 * _e2932));
                let _e2937 = local_65;
                let _e2939 = local_147;
                let _e2941 = local_140;
                let _e2945 = local_148;
                let _e2947 = local_154;
                local_65 = ((_e2937 + (_e2939 * _e2941)) + (_e2945 * _e2947));
                let _e2952 = local_57;
                let _e2954 = local_149;
                let _e2956 = local_140;
                let _e2960 = local_150;
                let _e2962 = local_154;
                local_57 = ((_e2952 + (_e2954 * _e2956)) + (_e2960 * _e2962));
                let _e2967 = local_49;
                let _e2969 = local_151;
                let _e2971 = local_140;
                let _e2975 = local_152;
                let _e2977 = local_154;
                local_49 = ((_e2967 + (_e2969 * _e2971)) + (_e2975 * _e2977));
                let _e2982 = local_41;
                let _e2984 = local_153;
                let _e2986 = local_140;
                let _e2990 = local_138;
                let _e2992 = local_154;
                local_41 = ((_e2982 + (_e2984 * _e2986)) + (_e2990 * _e2992));
                let _e2997 = local_98;
                let _e2999 = local_137;
                let _e3001 = local_125;
                local_140 = bitcast<f32>(_e3001);
                let _e3005 = local_140;
                let _e3009 = local_139;
                let _e3011 = local_10;
                let _e3019 = tb[((_e3011 + 4294963200u) >> 4u)];
                local_154 = bitcast<f32>(bitcast<u32>(_e3019.w));
                let _e3025 = local_154;
                local_98 = ((_e2997 + (_e2999 * _e3005)) + (_e3009 * _e3025));
                let _e3030 = local_90;
                let _e3032 = local_141;
                let _e3034 = local_140;
                let _e3038 = local_142;
                let _e3040 = local_154;
                local_90 = ((_e3030 + (_e3032 * _e3034)) + (_e3038 * _e3040));
                let _e3045 = local_82;
                let _e3047 = local_143;
                let _e3049 = local_140;
                let _e3053 = local_144;
                let _e3055 = local_154;
                local_82 = ((_e3045 + (_e3047 * _e3049)) + (_e3053 * _e3055));
                let _e3060 = local_74;
                let _e3062 = local_145;
                let _e3064 = local_140;
                let _e3068 = local_146;
                let _e3070 = local_154;
                local_74 = ((_e3060 + (_e3062 * _e3064)) + (_e3068 * _e3070));
                let _e3075 = local_66;
                let _e3077 = local_147;
                let _e3079 = local_140;
                let _e3083 = local_148;
                let _e3085 = local_154;
                local_66 = ((_e3075 + (_e3077 * _e3079)) + (_e3083 * _e3085));
                let _e3090 = local_58;
                let _e3092 = local_149;
                let _e3094 = local_140;
                let _e3098 = local_150;
                let _e3100 = local_154;
                local_58 = ((_e3090 + (_e3092 * _e3094)) + (_e3098 * _e3100));
                let _e3105 = local_50;
                let _e3107 = local_151;
                let _e3109 = local_140;
                let _e3113 = local_152;
                let _e3115 = local_154;
                local_50 = ((_e3105 + (_e3107 * _e3109)) + (_e3113 * _e3115));
                let _e3120 = local_42;
                let _e3122 = local_153;
                let _e3124 = local_140;
                let _e3128 = local_138;
                let _e3130 = local_154;
                local_42 = ((_e3120 + (_e3122 * _e3124)) + (_e3128 * _e3130));
                let _e3135 = local_99;
                let _e3137 = local_137;
                let _e3139 = local_126;
                local_140 = bitcast<f32>(_e3139);
                let _e3143 = local_140;
                let _e3147 = local_139;
                let _e3149 = local_122;
                local_10 = (_e3149 + 768u);
                let _e3154 = local_10;
                let _e3162 = tb[((_e3154 + 4294963200u) >> 4u)];
                local_154 = bitcast<f32>(bitcast<u32>(_e3162.x));
                let _e3168 = local_154;
                local_99 = ((_e3135 + (_e3137 * _e3143)) + (_e3147 * _e3168));
                let _e3173 = local_91;
                let _e3175 = local_141;
                let _e3177 = local_140;
                let _e3181 = local_142;
                let _e3183 = local_154;
                local_91 = ((_e3173 + (_e3175 * _e3177)) + (_e3181 * _e3183));
                let _e3188 = local_83;
                let _e3190 = local_143;
                let _e3192 = local_140;
                let _e3196 = local_144;
                let _e3198 = local_154;
                local_83 = ((_e3188 + (_e3190 * _e3192)) + (_e3196 * _e3198));
                let _e3203 = local_75;
                let _e3205 = local_145;
                let _e3207 = local_140;
                let _e3211 = local_146;
                let _e3213 = local_154;
                local_75 = ((_e3203 + (_e3205 * _e3207)) + (_e3211 * _e3213));
                let _e3218 = local_67;
                let _e3220 = local_147;
                let _e3222 = local_140;
                let _e3226 = local_148;
                let _e3228 = local_154;
                local_67 = ((_e3218 + (_e3220 * _e3222)) + (_e3226 * _e3228));
                let _e3233 = local_59;
                let _e3235 = local_149;
                let _e3237 = local_140;
                let _e3241 = local_150;
                let _e3243 = local_154;
                local_59 = ((_e3233 + (_e3235 * _e3237)) + (_e3241 * _e3243));
                let _e3248 = local_51;
                let _e3250 = local_151;
                let _e3252 = local_140;
                let _e3256 = local_152;
                let _e3258 = local_154;
                local_51 = ((_e3248 + (_e3250 * _e3252)) + (_e3256 * _e3258));
                let _e3263 = local_43;
                let _e3265 = local_153;
                let _e3267 = local_140;
                let _e3271 = local_138;
                let _e3273 = local_154;
                local_43 = ((_e3263 + (_e3265 * _e3267)) + (_e3271 * _e3273));
                let _e3278 = local_100;
                let _e3280 = local_137;
                let _e3282 = local_127;
                local_140 = bitcast<f32>(_e3282);
                let _e3286 = local_140;
                let _e3290 = local_139;
                let _e3292 = local_10;
                let _e3300 = tb[((_e3292 + 4294963200u) >> 4u)];
                local_154 = bitcast<f32>(bitcast<u32>(_e3300.y));
                let _e3306 = local_154;
                local_100 = ((_e3278 + (_e3280 * _e3286)) + (_e3290 * _e3306));
                let _e3311 = local_92;
                let _e3313 = local_141;
                let _e3315 = local_140;
                let _e3319 = local_142;
                let _e3321 = local_154;
                local_92 = ((_e3311 + (_e3313 * _e3315)) + (_e3319 * _e3321));
                let _e3326 = local_84;
                let _e3328 = local_143;
                let _e3330 = local_140;
                let _e3334 = local_144;
                let _e3336 = local_154;
                local_84 = ((_e3326 + (_e3328 * _e3330)) + (_e3334 * _e3336));
                let _e3341 = local_76;
                let _e3343 = local_145;
                let _e3345 = local_140;
                let _e3349 = local_146;
                let _e3351 = local_154;
                local_76 = ((_e3341 + (_e3343 * _e3345)) + (_e3349 * _e3351));
                let _e3356 = local_68;
                let _e3358 = local_147;
                let _e3360 = local_140;
                let _e3364 = local_148;
                let _e3366 = local_154;
                local_68 = ((_e3356 + (_e3358 * _e3360)) + (_e3364 * _e3366));
                let _e3371 = local_60;
                let _e3373 = local_149;
                let _e3375 = local_140;
                let _e3379 = local_150;
                let _e3381 = local_154;
                local_60 = ((_e3371 + (_e3373 * _e3375)) + (_e3379 * _e3381));
                let _e3386 = local_52;
                let _e3388 = local_151;
                let _e3390 = local_140;
                let _e3394 = local_152;
                let _e3396 = local_154;
                local_52 = ((_e3386 + (_e3388 * _e3390)) + (_e3394 * _e3396));
                let _e3401 = local_44;
                let _e3403 = local_153;
                let _e3405 = local_140;
                let _e3409 = local_138;
                let _e3411 = local_154;
                local_44 = ((_e3401 + (_e3403 * _e3405)) + (_e3409 * _e3411));
                let _e3416 = local_101;
                let _e3418 = local_137;
                let _e3420 = local_128;
                local_140 = bitcast<f32>(_e3420);
                let _e3424 = local_140;
                let _e3428 = local_139;
                let _e3430 = local_10;
                let _e3438 = tb[((_e3430 + 4294963200u) >> 4u)];
                local_154 = bitcast<f32>(bitcast<u32>(_e3438.z));
                let _e3444 = local_154;
                local_101 = ((_e3416 + (_e3418 * _e3424)) + (_e3428 * _e3444));
                let _e3449 = local_93;
                let _e3451 = local_141;
                let _e3453 = local_140;
                let _e3457 = local_142;
                let _e3459 = local_154;
                local_93 = ((_e3449 + (_e3451 * _e3453)) + (_e3457 * _e3459));
                let _e3464 = local_85;
                let _e3466 = local_143;
                let _e3468 = local_140;
                let _e3472 = local_144;
                let _e3474 = local_154;
                local_85 = ((_e3464 + (_e3466 * _e3468)) + (_e3472 * _e3474));
                let _e3479 = local_77;
                let _e3481 = local_145;
                let _e3483 = local_140;
                let _e3487 = local_146;
                let _e3489 = local_154;
                local_77 = ((_e3479 + (_e3481 * _e3483)) + (_e3487 * _e3489));
                let _e3494 = local_69;
                let _e3496 = local_147;
                let _e3498 = local_140;
                let _e3502 = local_148;
                let _e3504 = local_154;
                local_69 = ((_e3494 + (_e3496 * _e3498)) + (_e3502 * _e3504));
                let _e3509 = local_61;
                let _e3511 = local_149;
                let _e3513 = local_140;
                let _e3517 = local_150;
                let _e3519 = local_154;
                local_61 = ((_e3509 + (_e3511 * _e3513)) + (_e3517 * _e3519));
                let _e3524 = local_53;
                let _e3526 = local_151;
                let _e3528 = local_140;
                let _e3532 = local_152;
                let _e3534 = local_154;
                local_53 = ((_e3524 + (_e3526 * _e3528)) + (_e3532 * _e3534));
                let _e3539 = local_45;
                let _e3541 = local_153;
                let _e3543 = local_140;
                let _e3547 = local_138;
                let _e3549 = local_154;
                local_45 = ((_e3539 + (_e3541 * _e3543)) + (_e3547 * _e3549));
                let _e3554 = local_102;
                let _e3556 = local_137;
                let _e3558 = local_129;
                local_140 = bitcast<f32>(_e3558);
                let _e3562 = local_140;
                let _e3566 = local_139;
                let _e3568 = local_10;
                let _e3576 = tb[((_e3568 + 4294963200u) >> 4u)];
                local_137 = bitcast<f32>(bitcast<u32>(_e3576.w));
                let _e3582 = local_137;
                local_102 = ((_e3554 + (_e3556 * _e3562)) + (_e3566 * _e3582));
                let _e3587 = local_94;
                let _e3589 = local_141;
                let _e3591 = local_140;
                let _e3595 = local_142;
                let _e3597 = local_137;
                local_94 = ((_e3587 + (_e3589 * _e3591)) + (_e3595 * _e3597));
                let _e3602 = local_86;
                let _e3604 = local_143;
                let _e3606 = local_140;
                let _e3610 = local_144;
                let _e3612 = local_137;
                local_86 = ((_e3602 + (_e3604 * _e3606)) + (_e3610 * _e3612));
                let _e3617 = local_78;
                let _e3619 = local_145;
                let _e3621 = local_140;
                let _e3625 = local_146;
                let _e3627 = local_137;
                local_78 = ((_e3617 + (_e3619 * _e3621)) + (_e3625 * _e3627));
                let _e3632 = local_70;
                let _e3634 = local_147;
                let _e3636 = local_140;
                let _e3640 = local_148;
                let _e3642 = local_137;
                local_70 = ((_e3632 + (_e3634 * _e3636)) + (_e3640 * _e3642));
                let _e3647 = local_62;
                let _e3649 = local_149;
                let _e3651 = local_140;
                let _e3655 = local_150;
                let _e3657 = local_137;
                local_62 = ((_e3647 + (_e3649 * _e3651)) + (_e3655 * _e3657));
                let _e3662 = local_54;
                let _e3664 = local_151;
                let _e3666 = local_140;
                let _e3670 = local_152;
                let _e3672 = local_137;
                local_54 = ((_e3662 + (_e3664 * _e3666)) + (_e3670 * _e3672));
                let _e3677 = local_46;
                let _e3679 = local_153;
                let _e3681 = local_140;
                let _e3685 = local_138;
                let _e3687 = local_137;
                local_46 = ((_e3677 + (_e3679 * _e3681)) + (_e3685 * _e3687));
                let _e3692 = local_107;
                let _e3694 = local_4;
                let _e3698 = local_119;
                local_120 = (((_e3694 & 768u) | _e3698) << 2u);
                let _e3705 = local_120;
                local_10 = (_e3692 + _e3705);
                let _e3709 = local_10;
                let _e3717 = ta[((_e3709 + 4294963200u) >> 4u)];
                local_7 = bitcast<u32>(_e3717.x);
                let _e3722 = local_10;
                let _e3730 = ta[((_e3722 + 4294963200u) >> 4u)];
                local_8 = bitcast<u32>(_e3730.y);
                let _e3735 = local_10;
                let _e3743 = ta[((_e3735 + 4294963200u) >> 4u)];
                local_6 = bitcast<u32>(_e3743.z);
                let _e3748 = local_10;
                let _e3756 = ta[((_e3748 + 4294963200u) >> 4u)];
                local_19 = bitcast<u32>(_e3756.w);
                let _e3761 = local_10;
                local_10 = (_e3761 + 256u);
                let _e3766 = local_10;
                let _e3774 = ta[((_e3766 + 4294963200u) >> 4u)];
                local_12 = bitcast<u32>(_e3774.x);
                let _e3779 = local_10;
                let _e3787 = ta[((_e3779 + 4294963200u) >> 4u)];
                local_15 = bitcast<u32>(_e3787.y);
                let _e3792 = local_10;
                let _e3800 = ta[((_e3792 + 4294963200u) >> 4u)];
                local_121 = bitcast<u32>(_e3800.z);
                let _e3805 = local_10;
                let _e3813 = ta[((_e3805 + 4294963200u) >> 4u)];
                local_122 = bitcast<u32>(_e3813.w);
                let _e3818 = local_108;
                let _e3820 = local_120;
                local_10 = (_e3818 + _e3820);
                let _e3824 = local_10;
                let _e3832 = tb[((_e3824 + 4294963200u) >> 4u)];
                local_120 = bitcast<u32>(_e3832.x);
                let _e3837 = local_10;
                let _e3845 = tb[((_e3837 + 4294963200u) >> 4u)];
                local_123 = bitcast<u32>(_e3845.y);
                let _e3850 = local_10;
                let _e3858 = tb[((_e3850 + 4294963200u) >> 4u)];
                local_124 = bitcast<u32>(_e3858.z);
                let _e3863 = local_10;
                let _e3871 = tb[((_e3863 + 4294963200u) >> 4u)];
                local_125 = bitcast<u32>(_e3871.w);
                let _e3876 = local_10;
                local_10 = (_e3876 + 256u);
                let _e3881 = local_10;
                let _e3889 = tb[((_e3881 + 4294963200u) >> 4u)];
                local_126 = bitcast<u32>(_e3889.x);
                let _e3894 = local_10;
                let _e3902 = tb[((_e3894 + 4294963200u) >> 4u)];
                local_127 = bitcast<u32>(_e3902.y);
                let _e3907 = local_10;
                let _e3915 = tb[((_e3907 + 4294963200u) >> 4u)];
                local_128 = bitcast<u32>(_e3915.z);
                let _e3920 = local_10;
                let _e3928 = tb[((_e3920 + 4294963200u) >> 4u)];
                local_129 = bitcast<u32>(_e3928.w);
                let _e3933 = local_4;
                local_4 = (_e3933 + 256u);
                let _e3938 = local_2;
                local_2 = (_e3938 + 1024u);
                let _e3943 = local_2;
                let _e3945 = (_e3943 != 4096u);
                if _e3945 {
                    continue;
                }
                break;
            }
            let _e3950 = local_116;
            let _e3952 = (_e3950 == 0u);
            if !(_e3952) {
                let _e3958 = local_31;
                let _e3960 = local_115;
                local_2 = ((_e3960 << 12u) & 4096u);
                let _e3968 = local_2;
                local_10 = (_e3958 + _e3968);
                let _e3972 = local_10;
                let _e3974 = local_33;
                let _e3977 = local_25;
                let _e3981 = (((_e3972 + _e3974) + 4294963200u) >> 2u);
                ta[(_e3981 >> 2u)][(_e3981 & 3u)] = _e3977;
                let _e3990 = local_10;
                let _e3992 = local_32;
                let _e3995 = local_26;
                let _e3999 = (((_e3990 + _e3992) + 4294963200u) >> 2u);
                ta[(_e3999 >> 2u)][(_e3999 & 3u)] = _e3995;
                let _e4008 = local_10;
                let _e4010 = local_34;
                let _e4013 = local_24;
                let _e4017 = (((_e4008 + _e4010) + 4294963200u) >> 2u);
                ta[(_e4017 >> 2u)][(_e4017 & 3u)] = _e4013;
                let _e4026 = local_10;
                let _e4028 = local_35;
                let _e4031 = local_23;
                let _e4035 = (((_e4026 + _e4028) + 4294963200u) >> 2u);
                ta[(_e4035 >> 2u)][(_e4035 & 3u)] = _e4031;
                let _e4044 = local_36;
                let _e4046 = local_2;
                let _e4049 = local_30;
                let _e4051 = local_29;
                let _e4053 = local_28;
                let _e4055 = local_27;
                tb[(((_e4044 + _e4046) + 4294963200u) >> 4u)] = vec4<f32>(bitcast<f32>(_e4049), bitcast<f32>(_e4051), bitcast<f32>(_e4053), bitcast<f32>(_e4055));
            }
            let _e4068 = local_113;
            local_113 = (_e4068 + 1024u);
            workgroupBarrier();
            let _e4073 = local_115;
            local_10 = _e4073;
            let _e4076 = local_115;
            let _e4078 = local_104;
            let _e4079 = (_e4076 != _e4078);
            if _e4079 {
                continue;
            }
            break;
        }
    }
    let _e4084 = pending;
    if (_e4084 == 13u) {
        pending = 0u;
    }
    let _e4090 = local_37;
    let _e4092 = local_11;
    local_10 = (_e4090 | _e4092);
    let _e4096 = local_38;
    let _e4098 = local_17;
    local_2 = (_e4096 | _e4098);
    let _e4102 = local_2;
    let _e4104 = local;
    let _e4105 = (_e4102 >= _e4104);
    if !(_e4105) {
        let _e4111 = local_5;
        let _e4113 = local_2;
        let _e4115 = local;
        local_4 = (_e4111 + ((_e4113 * _e4115) << 2u));
        let _e4123 = local_10;
        let _e4125 = local;
        let _e4126 = (_e4123 >= _e4125);
        if !(_e4126) {
            let _e4132 = local_4;
            let _e4134 = local_10;
            let _e4140 = local_39;
            c[(((_e4132 + (_e4134 << 2u)) + 4294963200u) >> 2u)] = _e4140;
        }
        let _e4148 = local_10;
        local_7 = (_e4148 | 1u);
        let _e4153 = local_7;
        let _e4155 = local;
        let _e4156 = (_e4153 >= _e4155);
        if !(_e4156) {
            let _e4162 = local_4;
            let _e4164 = local_7;
            let _e4170 = local_40;
            c[(((_e4162 + (_e4164 << 2u)) + 4294963200u) >> 2u)] = _e4170;
        }
        let _e4178 = local_10;
        local_7 = (_e4178 | 2u);
        let _e4183 = local_7;
        let _e4185 = local;
        let _e4186 = (_e4183 >= _e4185);
        if !(_e4186) {
            let _e4192 = local_4;
            let _e4194 = local_7;
            let _e4200 = local_41;
            c[(((_e4192 + (_e4194 << 2u)) + 4294963200u) >> 2u)] = _e4200;
        }
        let _e4208 = local_10;
        local_7 = (_e4208 | 3u);
        let _e4213 = local_7;
        let _e4215 = local;
        let _e4216 = (_e4213 >= _e4215);
        if !(_e4216) {
            let _e4222 = local_4;
            let _e4224 = local_7;
            let _e4230 = local_42;
            c[(((_e4222 + (_e4224 << 2u)) + 4294963200u) >> 2u)] = _e4230;
        }
        let _e4238 = local_10;
        local_7 = (_e4238 + 64u);
        let _e4243 = local_7;
        let _e4245 = local;
        let _e4246 = (_e4243 >= _e4245);
        if !(_e4246) {
            let _e4252 = local_4;
            let _e4254 = local_7;
            let _e4260 = local_43;
            c[(((_e4252 + (_e4254 << 2u)) + 4294963200u) >> 2u)] = _e4260;
        }
        let _e4268 = local_7;
        local_8 = (_e4268 | 1u);
        let _e4273 = local_8;
        let _e4275 = local;
        let _e4276 = (_e4273 >= _e4275);
        if !(_e4276) {
            let _e4282 = local_4;
            let _e4284 = local_8;
            let _e4290 = local_44;
            c[(((_e4282 + (_e4284 << 2u)) + 4294963200u) >> 2u)] = _e4290;
        }
        let _e4298 = local_7;
        local_8 = (_e4298 | 2u);
        let _e4303 = local_8;
        let _e4305 = local;
        let _e4306 = (_e4303 >= _e4305);
        if !(_e4306) {
            let _e4312 = local_4;
            let _e4314 = local_8;
            let _e4320 = local_45;
            c[(((_e4312 + (_e4314 << 2u)) + 4294963200u) >> 2u)] = _e4320;
        }
        let _e4328 = local_7;
        local_7 = (_e4328 | 3u);
        let _e4333 = local_7;
        let _e4335 = local;
        let _e4336 = (_e4333 >= _e4335);
        if !(_e4336) {
            let _e4342 = local_4;
            let _e4344 = local_7;
            let _e4350 = local_46;
            c[(((_e4342 + (_e4344 << 2u)) + 4294963200u) >> 2u)] = _e4350;
        }
    }
    let _e4358 = local_2;
    local_4 = (_e4358 | 1u);
    let _e4363 = local_4;
    let _e4365 = local;
    let _e4366 = (_e4363 >= _e4365);
    if !(_e4366) {
        let _e4372 = local_5;
        let _e4374 = local_4;
        let _e4376 = local;
        local_4 = (_e4372 + ((_e4374 * _e4376) << 2u));
        let _e4384 = local_10;
        let _e4386 = local;
        let _e4387 = (_e4384 >= _e4386);
        if !(_e4387) {
            let _e4393 = local_4;
            let _e4395 = local_10;
            let _e4401 = local_47;
            c[(((_e4393 + (_e4395 << 2u)) + 4294963200u) >> 2u)] = _e4401;
        }
        let _e4409 = local_10;
        local_7 = (_e4409 | 1u);
        let _e4414 = local_7;
        let _e4416 = local;
        let _e4417 = (_e4414 >= _e4416);
        if !(_e4417) {
            let _e4423 = local_4;
            let _e4425 = local_7;
            let _e4431 = local_48;
            c[(((_e4423 + (_e4425 << 2u)) + 4294963200u) >> 2u)] = _e4431;
        }
        let _e4439 = local_10;
        local_7 = (_e4439 | 2u);
        let _e4444 = local_7;
        let _e4446 = local;
        let _e4447 = (_e4444 >= _e4446);
        if !(_e4447) {
            let _e4453 = local_4;
            let _e4455 = local_7;
            let _e4461 = local_49;
            c[(((_e4453 + (_e4455 << 2u)) + 4294963200u) >> 2u)] = _e4461;
        }
        let _e4469 = local_10;
        local_7 = (_e4469 | 3u);
        let _e4474 = local_7;
        let _e4476 = local;
        let _e4477 = (_e4474 >= _e4476);
        if !(_e4477) {
            let _e4483 = local_4;
            let _e4485 = local_7;
            let _e4491 = local_50;
            c[(((_e4483 + (_e4485 << 2u)) + 4294963200u) >> 2u)] = _e4491;
        }
        let _e4499 = local_10;
        local_7 = (_e4499 + 64u);
        let _e4504 = local_7;
        let _e4506 = local;
        let _e4507 = (_e4504 >= _e4506);
        if !(_e4507) {
            let _e4513 = local_4;
            let _e4515 = local_7;
            let _e4521 = local_51;
            c[(((_e4513 + (_e4515 << 2u)) + 4294963200u) >> 2u)] = _e4521;
        }
        let _e4529 = local_7;
        local_8 = (_e4529 | 1u);
        let _e4534 = local_8;
        let _e4536 = local;
        let _e4537 = (_e4534 >= _e4536);
        if !(_e4537) {
            let _e4543 = local_4;
            let _e4545 = local_8;
            let _e4551 = local_52;
            c[(((_e4543 + (_e4545 << 2u)) + 4294963200u) >> 2u)] = _e4551;
        }
        let _e4559 = local_7;
        local_8 = (_e4559 | 2u);
        let _e4564 = local_8;
        let _e4566 = local;
        let _e4567 = (_e4564 >= _e4566);
        if !(_e4567) {
            let _e4573 = local_4;
            let _e4575 = local_8;
            let _e4581 = local_53;
            c[(((_e4573 + (_e4575 << 2u)) + 4294963200u) >> 2u)] = _e4581;
        }
        let _e4589 = local_7;
        local_7 = (_e4589 | 3u);
        let _e4594 = local_7;
        let _e4596 = local;
        let _e4597 = (_e4594 >= _e4596);
        if !(_e4597) {
            let _e4603 = local_4;
            let _e4605 = local_7;
            let _e4611 = local_54;
            c[(((_e4603 + (_e4605 << 2u)) + 4294963200u) >> 2u)] = _e4611;
        }
    }
    let _e4619 = local_2;
    local_4 = (_e4619 | 2u);
    let _e4624 = local_4;
    let _e4626 = local;
    let _e4627 = (_e4624 >= _e4626);
    if !(_e4627) {
        let _e4633 = local_5;
        let _e4635 = local_4;
        let _e4637 = local;
        local_4 = (_e4633 + ((_e4635 * _e4637) << 2u));
        let _e4645 = local_10;
        let _e4647 = local;
        let _e4648 = (_e4645 >= _e4647);
        if !(_e4648) {
            let _e4654 = local_4;
            let _e4656 = local_10;
            let _e4662 = local_55;
            c[(((_e4654 + (_e4656 << 2u)) + 4294963200u) >> 2u)] = _e4662;
        }
        let _e4670 = local_10;
        local_7 = (_e4670 | 1u);
        let _e4675 = local_7;
        let _e4677 = local;
        let _e4678 = (_e4675 >= _e4677);
        if !(_e4678) {
            let _e4684 = local_4;
            let _e4686 = local_7;
            let _e4692 = local_56;
            c[(((_e4684 + (_e4686 << 2u)) + 4294963200u) >> 2u)] = _e4692;
        }
        let _e4700 = local_10;
        local_7 = (_e4700 | 2u);
        let _e4705 = local_7;
        let _e4707 = local;
        let _e4708 = (_e4705 >= _e4707);
        if !(_e4708) {
            let _e4714 = local_4;
            let _e4716 = local_7;
            let _e4722 = local_57;
            c[(((_e4714 + (_e4716 << 2u)) + 4294963200u) >> 2u)] = _e4722;
        }
        let _e4730 = local_10;
        local_7 = (_e4730 | 3u);
        let _e4735 = local_7;
        let _e4737 = local;
        let _e4738 = (_e4735 >= _e4737);
        if !(_e4738) {
            let _e4744 = local_4;
            let _e4746 = local_7;
            let _e4752 = local_58;
            c[(((_e4744 + (_e4746 << 2u)) + 4294963200u) >> 2u)] = _e4752;
        }
        let _e4760 = local_10;
        local_7 = (_e4760 + 64u);
        let _e4765 = local_7;
        let _e4767 = local;
        let _e4768 = (_e4765 >= _e4767);
        if !(_e4768) {
            let _e4774 = local_4;
            let _e4776 = local_7;
            let _e4782 = local_59;
            c[(((_e4774 + (_e4776 << 2u)) + 4294963200u) >> 2u)] = _e4782;
        }
        let _e4790 = local_7;
        local_8 = (_e4790 | 1u);
        let _e4795 = local_8;
        let _e4797 = local;
        let _e4798 = (_e4795 >= _e4797);
        if !(_e4798) {
            let _e4804 = local_4;
            let _e4806 = local_8;
            let _e4812 = local_60;
            c[(((_e4804 + (_e4806 << 2u)) + 4294963200u) >> 2u)] = _e4812;
        }
        let _e4820 = local_7;
        local_8 = (_e4820 | 2u);
        let _e4825 = local_8;
        let _e4827 = local;
        let _e4828 = (_e4825 >= _e4827);
        if !(_e4828) {
            let _e4834 = local_4;
            let _e4836 = local_8;
            let _e4842 = local_61;
            c[(((_e4834 + (_e4836 << 2u)) + 4294963200u) >> 2u)] = _e4842;
        }
        let _e4850 = local_7;
        local_7 = (_e4850 | 3u);
        let _e4855 = local_7;
        let _e4857 = local;
        let _e4858 = (_e4855 >= _e4857);
        if !(_e4858) {
            let _e4864 = local_4;
            let _e4866 = local_7;
            let _e4872 = local_62;
            c[(((_e4864 + (_e4866 << 2u)) + 4294963200u) >> 2u)] = _e4872;
        }
    }
    let _e4880 = local_2;
    local_4 = (_e4880 | 64u);
    let _e4885 = local_2;
    local_7 = (_e4885 | 3u);
    let _e4890 = local_7;
    let _e4892 = local;
    let _e4893 = (_e4890 >= _e4892);
    if !(_e4893) {
        let _e4899 = local_5;
        let _e4901 = local_7;
        let _e4903 = local;
        local_7 = (_e4899 + ((_e4901 * _e4903) << 2u));
        let _e4911 = local_10;
        let _e4913 = local;
        let _e4914 = (_e4911 >= _e4913);
        if !(_e4914) {
            let _e4920 = local_7;
            let _e4922 = local_10;
            let _e4928 = local_63;
            c[(((_e4920 + (_e4922 << 2u)) + 4294963200u) >> 2u)] = _e4928;
        }
        let _e4936 = local_10;
        local_8 = (_e4936 | 1u);
        let _e4941 = local_8;
        let _e4943 = local;
        let _e4944 = (_e4941 >= _e4943);
        if !(_e4944) {
            let _e4950 = local_7;
            let _e4952 = local_8;
            let _e4958 = local_64;
            c[(((_e4950 + (_e4952 << 2u)) + 4294963200u) >> 2u)] = _e4958;
        }
        let _e4966 = local_10;
        local_8 = (_e4966 | 2u);
        let _e4971 = local_8;
        let _e4973 = local;
        let _e4974 = (_e4971 >= _e4973);
        if !(_e4974) {
            let _e4980 = local_7;
            let _e4982 = local_8;
            let _e4988 = local_65;
            c[(((_e4980 + (_e4982 << 2u)) + 4294963200u) >> 2u)] = _e4988;
        }
        let _e4996 = local_10;
        local_8 = (_e4996 | 3u);
        let _e5001 = local_8;
        let _e5003 = local;
        let _e5004 = (_e5001 >= _e5003);
        if !(_e5004) {
            let _e5010 = local_7;
            let _e5012 = local_8;
            let _e5018 = local_66;
            c[(((_e5010 + (_e5012 << 2u)) + 4294963200u) >> 2u)] = _e5018;
        }
        let _e5026 = local_10;
        local_8 = (_e5026 + 64u);
        let _e5031 = local_8;
        let _e5033 = local;
        let _e5034 = (_e5031 >= _e5033);
        if !(_e5034) {
            let _e5040 = local_7;
            let _e5042 = local_8;
            let _e5048 = local_67;
            c[(((_e5040 + (_e5042 << 2u)) + 4294963200u) >> 2u)] = _e5048;
        }
        let _e5056 = local_8;
        local_6 = (_e5056 | 1u);
        let _e5061 = local_6;
        let _e5063 = local;
        let _e5064 = (_e5061 >= _e5063);
        if !(_e5064) {
            let _e5070 = local_7;
            let _e5072 = local_6;
            let _e5078 = local_68;
            c[(((_e5070 + (_e5072 << 2u)) + 4294963200u) >> 2u)] = _e5078;
        }
        let _e5086 = local_8;
        local_6 = (_e5086 | 2u);
        let _e5091 = local_6;
        let _e5093 = local;
        let _e5094 = (_e5091 >= _e5093);
        if !(_e5094) {
            let _e5100 = local_7;
            let _e5102 = local_6;
            let _e5108 = local_69;
            c[(((_e5100 + (_e5102 << 2u)) + 4294963200u) >> 2u)] = _e5108;
        }
        let _e5116 = local_8;
        local_8 = (_e5116 | 3u);
        let _e5121 = local_8;
        let _e5123 = local;
        let _e5124 = (_e5121 >= _e5123);
        if !(_e5124) {
            let _e5130 = local_7;
            let _e5132 = local_8;
            let _e5138 = local_70;
            c[(((_e5130 + (_e5132 << 2u)) + 4294963200u) >> 2u)] = _e5138;
        }
    }
    let _e5146 = local_4;
    let _e5148 = local;
    let _e5149 = (_e5146 >= _e5148);
    if !(_e5149) {
        let _e5155 = local_5;
        let _e5157 = local_4;
        let _e5159 = local;
        local_4 = (_e5155 + ((_e5157 * _e5159) << 2u));
        let _e5167 = local_10;
        let _e5169 = local;
        let _e5170 = (_e5167 >= _e5169);
        if !(_e5170) {
            let _e5176 = local_4;
            let _e5178 = local_10;
            let _e5184 = local_71;
            c[(((_e5176 + (_e5178 << 2u)) + 4294963200u) >> 2u)] = _e5184;
        }
        let _e5192 = local_10;
        local_7 = (_e5192 | 1u);
        let _e5197 = local_7;
        let _e5199 = local;
        let _e5200 = (_e5197 >= _e5199);
        if !(_e5200) {
            let _e5206 = local_4;
            let _e5208 = local_7;
            let _e5214 = local_72;
            c[(((_e5206 + (_e5208 << 2u)) + 4294963200u) >> 2u)] = _e5214;
        }
        let _e5222 = local_10;
        local_7 = (_e5222 | 2u);
        let _e5227 = local_7;
        let _e5229 = local;
        let _e5230 = (_e5227 >= _e5229);
        if !(_e5230) {
            let _e5236 = local_4;
            let _e5238 = local_7;
            let _e5244 = local_73;
            c[(((_e5236 + (_e5238 << 2u)) + 4294963200u) >> 2u)] = _e5244;
        }
        let _e5252 = local_10;
        local_7 = (_e5252 | 3u);
        let _e5257 = local_7;
        let _e5259 = local;
        let _e5260 = (_e5257 >= _e5259);
        if !(_e5260) {
            let _e5266 = local_4;
            let _e5268 = local_7;
            let _e5274 = local_74;
            c[(((_e5266 + (_e5268 << 2u)) + 4294963200u) >> 2u)] = _e5274;
        }
        let _e5282 = local_10;
        local_7 = (_e5282 + 64u);
        let _e5287 = local_7;
        let _e5289 = local;
        let _e5290 = (_e5287 >= _e5289);
        if !(_e5290) {
            let _e5296 = local_4;
            let _e5298 = local_7;
            let _e5304 = local_75;
            c[(((_e5296 + (_e5298 << 2u)) + 4294963200u) >> 2u)] = _e5304;
        }
        let _e5312 = local_7;
        local_8 = (_e5312 | 1u);
        let _e5317 = local_8;
        let _e5319 = local;
        let _e5320 = (_e5317 >= _e5319);
        if !(_e5320) {
            let _e5326 = local_4;
            let _e5328 = local_8;
            let _e5334 = local_76;
            c[(((_e5326 + (_e5328 << 2u)) + 4294963200u) >> 2u)] = _e5334;
        }
        let _e5342 = local_7;
        local_8 = (_e5342 | 2u);
        let _e5347 = local_8;
        let _e5349 = local;
        let _e5350 = (_e5347 >= _e5349);
        if !(_e5350) {
            let _e5356 = local_4;
            let _e5358 = local_8;
            let _e5364 = local_77;
            c[(((_e5356 + (_e5358 << 2u)) + 4294963200u) >> 2u)] = _e5364;
        }
        let _e5372 = local_7;
        local_7 = (_e5372 | 3u);
        let _e5377 = local_7;
        let _e5379 = local;
        let _e5380 = (_e5377 >= _e5379);
        if !(_e5380) {
            let _e5386 = local_4;
            let _e5388 = local_7;
            let _e5394 = local_78;
            c[(((_e5386 + (_e5388 << 2u)) + 4294963200u) >> 2u)] = _e5394;
        }
    }
    let _e5402 = local_2;
    local_4 = (_e5402 | 65u);
    let _e5407 = local_4;
    let _e5409 = local;
    let _e5410 = (_e5407 >= _e5409);
    if !(_e5410) {
        let _e5416 = local_5;
        let _e5418 = local_4;
        let _e5420 = local;
        local_4 = (_e5416 + ((_e5418 * _e5420) << 2u));
        let _e5428 = local_10;
        let _e5430 = local;
        let _e5431 = (_e5428 >= _e5430);
        if !(_e5431) {
            let _e5437 = local_4;
            let _e5439 = local_10;
            let _e5445 = local_79;
            c[(((_e5437 + (_e5439 << 2u)) + 4294963200u) >> 2u)] = _e5445;
        }
        let _e5453 = local_10;
        local_7 = (_e5453 | 1u);
        let _e5458 = local_7;
        let _e5460 = local;
        let _e5461 = (_e5458 >= _e5460);
        if !(_e5461) {
            let _e5467 = local_4;
            let _e5469 = local_7;
            let _e5475 = local_80;
            c[(((_e5467 + (_e5469 << 2u)) + 4294963200u) >> 2u)] = _e5475;
        }
        let _e5483 = local_10;
        local_7 = (_e5483 | 2u);
        let _e5488 = local_7;
        let _e5490 = local;
        let _e5491 = (_e5488 >= _e5490);
        if !(_e5491) {
            let _e5497 = local_4;
            let _e5499 = local_7;
            let _e5505 = local_81;
            c[(((_e5497 + (_e5499 << 2u)) + 4294963200u) >> 2u)] = _e5505;
        }
        let _e5513 = local_10;
        local_7 = (_e5513 | 3u);
        let _e5518 = local_7;
        let _e5520 = local;
        let _e5521 = (_e5518 >= _e5520);
        if !(_e5521) {
            let _e5527 = local_4;
            let _e5529 = local_7;
            let _e5535 = local_82;
            c[(((_e5527 + (_e5529 << 2u)) + 4294963200u) >> 2u)] = _e5535;
        }
        let _e5543 = local_10;
        local_7 = (_e5543 + 64u);
        let _e5548 = local_7;
        let _e5550 = local;
        let _e5551 = (_e5548 >= _e5550);
        if !(_e5551) {
            let _e5557 = local_4;
            let _e5559 = local_7;
            let _e5565 = local_83;
            c[(((_e5557 + (_e5559 << 2u)) + 4294963200u) >> 2u)] = _e5565;
        }
        let _e5573 = local_7;
        local_8 = (_e5573 | 1u);
        let _e5578 = local_8;
        let _e5580 = local;
        let _e5581 = (_e5578 >= _e5580);
        if !(_e5581) {
            let _e5587 = local_4;
            let _e5589 = local_8;
            let _e5595 = local_84;
            c[(((_e5587 + (_e5589 << 2u)) + 4294963200u) >> 2u)] = _e5595;
        }
        let _e5603 = local_7;
        local_8 = (_e5603 | 2u);
        let _e5608 = local_8;
        let _e5610 = local;
        let _e5611 = (_e5608 >= _e5610);
        if !(_e5611) {
            let _e5617 = local_4;
            let _e5619 = local_8;
            let _e5625 = local_85;
            c[(((_e5617 + (_e5619 << 2u)) + 4294963200u) >> 2u)] = _e5625;
        }
        let _e5633 = local_7;
        local_7 = (_e5633 | 3u);
        let _e5638 = local_7;
        let _e5640 = local;
        let _e5641 = (_e5638 >= _e5640);
        if !(_e5641) {
            let _e5647 = local_4;
            let _e5649 = local_7;
            let _e5655 = local_86;
            c[(((_e5647 + (_e5649 << 2u)) + 4294963200u) >> 2u)] = _e5655;
        }
    }
    let _e5663 = local_2;
    local_4 = (_e5663 | 66u);
    let _e5668 = local_4;
    let _e5670 = local;
    let _e5671 = (_e5668 >= _e5670);
    if !(_e5671) {
        let _e5677 = local_5;
        let _e5679 = local_4;
        let _e5681 = local;
        local_4 = (_e5677 + ((_e5679 * _e5681) << 2u));
        let _e5689 = local_10;
        let _e5691 = local;
        let _e5692 = (_e5689 >= _e5691);
        if !(_e5692) {
            let _e5698 = local_4;
            let _e5700 = local_10;
            let _e5706 = local_87;
            c[(((_e5698 + (_e5700 << 2u)) + 4294963200u) >> 2u)] = _e5706;
        }
        let _e5714 = local_10;
        local_7 = (_e5714 | 1u);
        let _e5719 = local_7;
        let _e5721 = local;
        let _e5722 = (_e5719 >= _e5721);
        if !(_e5722) {
            let _e5728 = local_4;
            let _e5730 = local_7;
            let _e5736 = local_88;
            c[(((_e5728 + (_e5730 << 2u)) + 4294963200u) >> 2u)] = _e5736;
        }
        let _e5744 = local_10;
        local_7 = (_e5744 | 2u);
        let _e5749 = local_7;
        let _e5751 = local;
        let _e5752 = (_e5749 >= _e5751);
        if !(_e5752) {
            let _e5758 = local_4;
            let _e5760 = local_7;
            let _e5766 = local_89;
            c[(((_e5758 + (_e5760 << 2u)) + 4294963200u) >> 2u)] = _e5766;
        }
        let _e5774 = local_10;
        local_7 = (_e5774 | 3u);
        let _e5779 = local_7;
        let _e5781 = local;
        let _e5782 = (_e5779 >= _e5781);
        if !(_e5782) {
            let _e5788 = local_4;
            let _e5790 = local_7;
            let _e5796 = local_90;
            c[(((_e5788 + (_e5790 << 2u)) + 4294963200u) >> 2u)] = _e5796;
        }
        let _e5804 = local_10;
        local_7 = (_e5804 + 64u);
        let _e5809 = local_7;
        let _e5811 = local;
        let _e5812 = (_e5809 >= _e5811);
        if !(_e5812) {
            let _e5818 = local_4;
            let _e5820 = local_7;
            let _e5826 = local_91;
            c[(((_e5818 + (_e5820 << 2u)) + 4294963200u) >> 2u)] = _e5826;
        }
        let _e5834 = local_7;
        local_8 = (_e5834 | 1u);
        let _e5839 = local_8;
        let _e5841 = local;
        let _e5842 = (_e5839 >= _e5841);
        if !(_e5842) {
            let _e5848 = local_4;
            let _e5850 = local_8;
            let _e5856 = local_92;
            c[(((_e5848 + (_e5850 << 2u)) + 4294963200u) >> 2u)] = _e5856;
        }
        let _e5864 = local_7;
        local_8 = (_e5864 | 2u);
        let _e5869 = local_8;
        let _e5871 = local;
        let _e5872 = (_e5869 >= _e5871);
        if !(_e5872) {
            let _e5878 = local_4;
            let _e5880 = local_8;
            let _e5886 = local_93;
            c[(((_e5878 + (_e5880 << 2u)) + 4294963200u) >> 2u)] = _e5886;
        }
        let _e5894 = local_7;
        local_7 = (_e5894 | 3u);
        let _e5899 = local_7;
        let _e5901 = local;
        let _e5902 = (_e5899 >= _e5901);
        if !(_e5902) {
            let _e5908 = local_4;
            let _e5910 = local_7;
            let _e5916 = local_94;
            c[(((_e5908 + (_e5910 << 2u)) + 4294963200u) >> 2u)] = _e5916;
        }
    }
    let _e5924 = local_2;
    local_2 = (_e5924 | 67u);
    let _e5929 = local_2;
    let _e5931 = local;
    let _e5932 = (_e5929 >= _e5931);
    if !(_e5932) {
        let _e5938 = local_5;
        let _e5940 = local_2;
        let _e5942 = local;
        local_2 = (_e5938 + ((_e5940 * _e5942) << 2u));
        let _e5950 = local_10;
        let _e5952 = local;
        let _e5953 = (_e5950 >= _e5952);
        if !(_e5953) {
            let _e5959 = local_2;
            let _e5961 = local_10;
            let _e5967 = local_95;
            c[(((_e5959 + (_e5961 << 2u)) + 4294963200u) >> 2u)] = _e5967;
        }
        let _e5975 = local_10;
        local_4 = (_e5975 | 1u);
        let _e5980 = local_4;
        let _e5982 = local;
        let _e5983 = (_e5980 >= _e5982);
        if !(_e5983) {
            let _e5989 = local_2;
            let _e5991 = local_4;
            let _e5997 = local_96;
            c[(((_e5989 + (_e5991 << 2u)) + 4294963200u) >> 2u)] = _e5997;
        }
        let _e6005 = local_10;
        local_4 = (_e6005 | 2u);
        let _e6010 = local_4;
        let _e6012 = local;
        let _e6013 = (_e6010 >= _e6012);
        if !(_e6013) {
            let _e6019 = local_2;
            let _e6021 = local_4;
            let _e6027 = local_97;
            c[(((_e6019 + (_e6021 << 2u)) + 4294963200u) >> 2u)] = _e6027;
        }
        let _e6035 = local_10;
        local_4 = (_e6035 | 3u);
        let _e6040 = local_4;
        let _e6042 = local;
        let _e6043 = (_e6040 >= _e6042);
        if !(_e6043) {
            let _e6049 = local_2;
            let _e6051 = local_4;
            let _e6057 = local_98;
            c[(((_e6049 + (_e6051 << 2u)) + 4294963200u) >> 2u)] = _e6057;
        }
        let _e6065 = local_10;
        local_10 = (_e6065 + 64u);
        let _e6070 = local_10;
        let _e6072 = local;
        let _e6073 = (_e6070 >= _e6072);
        if !(_e6073) {
            let _e6079 = local_2;
            let _e6081 = local_10;
            let _e6087 = local_99;
            c[(((_e6079 + (_e6081 << 2u)) + 4294963200u) >> 2u)] = _e6087;
        }
        let _e6095 = local_10;
        local_4 = (_e6095 | 1u);
        let _e6100 = local_4;
        let _e6102 = local;
        let _e6103 = (_e6100 >= _e6102);
        if !(_e6103) {
            let _e6109 = local_2;
            let _e6111 = local_4;
            let _e6117 = local_100;
            c[(((_e6109 + (_e6111 << 2u)) + 4294963200u) >> 2u)] = _e6117;
        }
        let _e6125 = local_10;
        local_4 = (_e6125 | 2u);
        let _e6130 = local_4;
        let _e6132 = local;
        let _e6133 = (_e6130 >= _e6132);
        if !(_e6133) {
            let _e6139 = local_2;
            let _e6141 = local_4;
            let _e6147 = local_101;
            c[(((_e6139 + (_e6141 << 2u)) + 4294963200u) >> 2u)] = _e6147;
        }
        let _e6155 = local_10;
        local_10 = (_e6155 | 3u);
        let _e6160 = local_10;
        let _e6162 = local;
        let _e6163 = (_e6160 >= _e6162);
        if !(_e6163) {
            let _e6169 = local_2;
            let _e6171 = local_10;
            let _e6177 = local_102;
            c[(((_e6169 + (_e6171 << 2u)) + 4294963200u) >> 2u)] = _e6177;
        }
    }
}
