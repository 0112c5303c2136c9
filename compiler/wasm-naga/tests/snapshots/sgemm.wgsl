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
    var local_9: u64;
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
    local_9 = 0lu;
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
    let _e276 = params[0];
    local = _e276;
    local_1 = 4096u;
    let _e284 = params[2];
    local_2 = _e284;
    local_3 = 4096u;
    let _e292 = params[4];
    local_4 = _e292;
    local_5 = 4096u;
    let _e300 = params[6];
    local_6 = _e300;
    local_7 = 4096u;
    local_8 = 4096u;
    loop {
        loop {
            loop {
                loop {
                    let _e309 = local;
                    local_9 = u64(_e309);
                    let _e313 = local_9;
                    let _e315 = local_9;
                    local_9 = (_e313 * _e315);
                    let _e319 = local_9;
                    if (u32((_e319 >> 32u)) != 0u) {
                        break;
                    }
                    let _e327 = local_2;
                    let _e329 = local_9;
                    local_10 = u32(_e329);
                    let _e333 = local_10;
                    let _e334 = (_e327 < _e333);
                    if _e334 {
                        break;
                    }
                    let _e339 = local_4;
                    let _e341 = local_10;
                    let _e342 = (_e339 < _e341);
                    if _e342 {
                        break;
                    }
                    let _e347 = local_6;
                    let _e349 = local_10;
                    let _e350 = (_e347 < _e349);
                    if _e350 {
                        break;
                    }
                    local_2 = local_id.x;
                    local_10 = workgroup_id.x;
                    local_6 = workgroup_id.y;
                    let _e370 = local_10;
                    local_11 = (_e370 << 7u);
                    let _e376 = local_11;
                    let _e378 = local_2;
                    local_10 = (_e378 & 255u);
                    let _e383 = local_10;
                    local_4 = (_e383 << 2u);
                    let _e389 = local_4;
                    local_12 = (_e389 & 124u);
                    let _e394 = local_12;
                    local_13 = (_e376 | _e394);
                    let _e398 = local_13;
                    let _e400 = local_10;
                    local_14 = (_e400 >> 5u);
                    let _e406 = local_14;
                    let _e408 = local;
                    local_15 = (_e406 * _e408);
                    let _e412 = local_15;
                    local_16 = (_e398 + _e412);
                    let _e416 = local_6;
                    local_17 = (_e416 << 7u);
                    let _e422 = local_17;
                    let _e424 = local_10;
                    local_6 = (_e424 >> 1u);
                    let _e430 = local_6;
                    local_18 = (_e422 | _e430);
                    let _e434 = local_18;
                    let _e436 = local;
                    local_19 = (_e434 * _e436);
                    let _e440 = local_19;
                    let _e442 = local_4;
                    local_20 = (_e442 & 4u);
                    let _e447 = local_20;
                    local_21 = (_e440 + _e447);
                    let _e451 = local_11;
                    let _e455 = local;
                    let _e461 = local_17;
                    let _e465 = local;
                    local_22 = (select(0u, 1u, ((_e451 + 128u) > _e455)) | select(0u, 1u, ((_e461 + 128u) > _e465)));
                    loop {
                        let _e473 = local;
                        let _e475 = (_e473 < 8u);
                        if _e475 {
                            break;
                        }
                        let _e480 = local_22;
                        if (_e480 != 0u) {
                            break;
                        }
                        let _e484 = local_1;
                        let _e486 = local_19;
                        let _e492 = local_2;
                        local_19 = ((_e484 + (_e486 << 2u)) + ((_e492 << 4u) & 16u));
                        let _e501 = local_19;
                        let _e508 = a[((_e501 + 4294963212u) >> 2u)];
                        local_23 = _e508;
                        let _e511 = local_19;
                        let _e518 = a[((_e511 + 4294963208u) >> 2u)];
                        local_24 = _e518;
                        let _e521 = local_19;
                        let _e528 = a[((_e521 + 4294963204u) >> 2u)];
                        local_25 = _e528;
                        let _e531 = local_19;
                        let _e538 = a[((_e531 + 4294963200u) >> 2u)];
                        local_26 = _e538;
                        let _e541 = local_3;
                        let _e543 = local_12;
                        let _e545 = local_15;
                        let _e548 = local_11;
                        local_19 = (_e541 + (((_e543 + _e545) + _e548) << 2u));
                        let _e556 = local_19;
                        let _e563 = b[((_e556 + 4294963212u) >> 2u)];
                        local_27 = _e563;
                        let _e566 = local_19;
                        let _e573 = b[((_e566 + 4294963208u) >> 2u)];
                        local_28 = _e573;
                        let _e576 = local_19;
                        let _e583 = b[((_e576 + 4294963204u) >> 2u)];
                        local_29 = _e583;
                        let _e586 = local_19;
                        let _e593 = b[((_e586 + 4294963200u) >> 2u)];
                        local_30 = _e593;
                        pending = 2u;
                        break;
                        break;
                    }
                    let _e599 = pending;
                    if (_e599 == 5u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e599 != 0u) {
                            break;
                        }
                    }
                    local_30 = 0f;
                    local_26 = 0f;
                    let _e611 = local_20;
                    let _e613 = local;
                    let _e614 = (_e611 >= _e613);
                    if _e614 {
                        pending = 3u;
                        break;
                    }
                    local_26 = 0f;
                    let _e623 = local_18;
                    let _e625 = local;
                    let _e626 = (_e623 < _e625);
                    if _e626 {
                        pending = 4u;
                        break;
                    }
                    pending = 3u;
                    break;
                    break;
                }
                let _e635 = pending;
                if (_e635 == 4u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e635 != 0u) {
                        break;
                    }
                }
                let _e651 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                if _e651.exchanged {
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
            let _e688 = pending;
            if (_e688 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e688 != 0u) {
                    break;
                }
            }
            let _e696 = local_1;
            let _e698 = local_21;
            let _e709 = a[(((_e696 + (_e698 << 2u)) + 4294963200u) >> 2u)];
            local_26 = _e709;
            break;
        }
        let _e712 = pending;
        if (_e712 == 2u) {
            pending = 0u;
            break;
        }
        loop {
            let _e720 = local_14;
            let _e722 = local;
            local_19 = select(0u, 1u, (_e720 >= _e722));
            let _e729 = local_19;
            if (_e729 != 0u) {
                break;
            }
            let _e733 = local_13;
            let _e735 = local;
            let _e736 = (_e733 >= _e735);
            if _e736 {
                break;
            }
            let _e741 = local_3;
            let _e743 = local_16;
            let _e754 = b[(((_e741 + (_e743 << 2u)) + 4294963200u) >> 2u)];
            local_30 = _e754;
            break;
        }
        local_29 = 0f;
        local_25 = 0f;
        loop {
            let _e761 = local_20;
            let _e765 = local;
            let _e766 = ((_e761 | 1u) >= _e765);
            if _e766 {
                break;
            }
            local_25 = 0f;
            let _e773 = local_18;
            let _e775 = local;
            let _e776 = (_e773 >= _e775);
            if _e776 {
                break;
            }
            let _e781 = local_21;
            let _e786 = local_1;
            let _e796 = a[(((((_e781 << 2u) + _e786) + 4u) + 4294963200u) >> 2u)];
            local_25 = _e796;
            break;
        }
        loop {
            let _e799 = local_19;
            if (_e799 != 0u) {
                break;
            }
            let _e803 = local_13;
            let _e807 = local;
            let _e808 = ((_e803 | 1u) >= _e807);
            if _e808 {
                break;
            }
            let _e813 = local_16;
            let _e818 = local_3;
            let _e828 = b[(((((_e813 << 2u) + _e818) + 4u) + 4294963200u) >> 2u)];
            local_29 = _e828;
            break;
        }
        local_28 = 0f;
        local_24 = 0f;
        loop {
            let _e835 = local_20;
            let _e839 = local;
            let _e840 = ((_e835 | 2u) >= _e839);
            if _e840 {
                break;
            }
            local_24 = 0f;
            let _e847 = local_18;
            let _e849 = local;
            let _e850 = (_e847 >= _e849);
            if _e850 {
                break;
            }
            let _e855 = local_21;
            let _e860 = local_1;
            let _e870 = a[(((((_e855 << 2u) + _e860) + 8u) + 4294963200u) >> 2u)];
            local_24 = _e870;
            break;
        }
        loop {
            let _e873 = local_19;
            if (_e873 != 0u) {
                break;
            }
            let _e877 = local_13;
            let _e881 = local;
            let _e882 = ((_e877 | 2u) >= _e881);
            if _e882 {
                break;
            }
            let _e887 = local_16;
            let _e892 = local_3;
            let _e902 = b[(((((_e887 << 2u) + _e892) + 8u) + 4294963200u) >> 2u)];
            local_28 = _e902;
            break;
        }
        local_27 = 0f;
        local_23 = 0f;
        loop {
            let _e909 = local_20;
            let _e913 = local;
            let _e914 = ((_e909 | 3u) >= _e913);
            if _e914 {
                break;
            }
            local_23 = 0f;
            let _e921 = local_18;
            let _e923 = local;
            let _e924 = (_e921 >= _e923);
            if _e924 {
                break;
            }
            let _e929 = local_21;
            let _e934 = local_1;
            let _e944 = a[(((((_e929 << 2u) + _e934) + 12u) + 4294963200u) >> 2u)];
            local_23 = _e944;
            break;
        }
        let _e947 = local_19;
        if (_e947 != 0u) {
            break;
        }
        let _e951 = local_13;
        let _e955 = local;
        let _e956 = ((_e951 | 3u) >= _e955);
        if _e956 {
            break;
        }
        let _e961 = local_16;
        let _e966 = local_3;
        let _e976 = b[(((((_e961 << 2u) + _e966) + 12u) + 4294963200u) >> 2u)];
        local_27 = _e976;
        break;
    }
    let _e979 = local_2;
    local_2 = (_e979 & 15u);
    let _e984 = local_10;
    local_10 = (_e984 >> 4u);
    let _e990 = local_7;
    let _e992 = local_6;
    local_31 = (_e990 + (_e992 << 2u));
    let _e999 = local_31;
    let _e1001 = local_20;
    local_32 = (_e1001 << 9u);
    let _e1007 = local_32;
    let _e1010 = local_26;
    ta[(((_e999 + _e1007) + 4294963200u) >> 2u)] = _e1010;
    let _e1018 = local_8;
    let _e1020 = local_4;
    local_33 = (_e1018 + (_e1020 << 2u));
    let _e1027 = local_33;
    let _e1029 = local_30;
    tb[((_e1027 + 4294963200u) >> 2u)] = _e1029;
    let _e1037 = local_31;
    let _e1039 = local_32;
    local_34 = (_e1039 | 512u);
    let _e1044 = local_34;
    let _e1047 = local_25;
    ta[(((_e1037 + _e1044) + 4294963200u) >> 2u)] = _e1047;
    let _e1055 = local_33;
    let _e1057 = local_29;
    tb[((_e1055 + 4294963204u) >> 2u)] = _e1057;
    let _e1065 = local_31;
    let _e1067 = local_32;
    local_35 = (_e1067 | 1024u);
    let _e1072 = local_35;
    let _e1075 = local_24;
    ta[(((_e1065 + _e1072) + 4294963200u) >> 2u)] = _e1075;
    let _e1083 = local_33;
    let _e1085 = local_28;
    tb[((_e1083 + 4294963208u) >> 2u)] = _e1085;
    let _e1093 = local_31;
    let _e1095 = local_32;
    local_36 = (_e1095 | 1536u);
    let _e1100 = local_36;
    let _e1103 = local_23;
    ta[(((_e1093 + _e1100) + 4294963200u) >> 2u)] = _e1103;
    let _e1111 = local_33;
    let _e1113 = local_27;
    tb[((_e1111 + 4294963212u) >> 2u)] = _e1113;
    workgroupBarrier();
    loop {
        loop {
            let _e1121 = local;
            if (_e1121 != 0u) {
                break;
            }
            let _e1125 = local_2;
            local_37 = (_e1125 << 2u);
            let _e1131 = local_10;
            local_38 = (_e1131 << 2u);
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
        let _e1267 = pending;
        if (_e1267 == 13u) {
            pending = 0u;
            break;
        }
        let _e1275 = local;
        let _e1280 = local;
        local_103 = ((_e1275 >> 3u) + select(0u, 1u, ((_e1280 & 7u) != 0u)));
        let _e1291 = local_103;
        let _e1294 = local_103;
        let _e1296 = (_e1294 > 1u);
        local_104 = select(1u, _e1291, _e1296);
        let _e1303 = local_1;
        local_105 = (_e1303 + 32u);
        let _e1308 = local_2;
        local_37 = (_e1308 << 2u);
        let _e1314 = local_10;
        local_38 = (_e1314 << 2u);
        let _e1320 = local;
        local_106 = (_e1320 << 3u);
        let _e1326 = local_7;
        let _e1328 = local_10;
        local_19 = (_e1326 + (_e1328 << 4u));
        let _e1335 = local_8;
        let _e1337 = local_2;
        local_12 = (_e1335 + (_e1337 << 4u));
        let _e1344 = local_3;
        let _e1346 = local;
        local_107 = (_e1344 + (_e1346 << 5u));
        local_39 = 0f;
        local_10 = 0u;
        let _e1357 = local_13;
        let _e1361 = local;
        local_108 = select(0u, 1u, ((_e1357 | 1u) >= _e1361));
        let _e1368 = local_13;
        let _e1372 = local;
        local_109 = select(0u, 1u, ((_e1368 | 2u) >= _e1372));
        let _e1379 = local_13;
        let _e1383 = local;
        local_110 = select(0u, 1u, ((_e1379 | 3u) >= _e1383));
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
            let _e1520 = local_111;
            local_2 = ((_e1520 << 2u) & 4096u);
            loop {
                let _e1528 = local_10;
                local_113 = (_e1528 + 1u);
                let _e1533 = local_113;
                let _e1535 = local_103;
                local_114 = select(0u, 1u, (_e1533 < _e1535));
                let _e1542 = local_114;
                let _e1544 = (_e1542 == 0u);
                if _e1544 {
                    break;
                }
                let _e1549 = local_16;
                let _e1551 = local_106;
                local_4 = (_e1549 + _e1551);
                let _e1555 = local_21;
                local_8 = (_e1555 + 8u);
                let _e1560 = local_112;
                local_7 = (_e1560 + 8u);
                loop {
                    loop {
                        let _e1565 = local_22;
                        let _e1567 = local_112;
                        let _e1571 = local;
                        if ((_e1565 | select(0u, 1u, ((_e1567 + 16u) > _e1571))) != 0u) {
                            break;
                        }
                        let _e1580 = local_107;
                        let _e1582 = local_16;
                        local_6 = (_e1580 + (_e1582 << 2u));
                        let _e1589 = local_6;
                        let _e1596 = b[((_e1589 + 4294963212u) >> 2u)];
                        local_27 = _e1596;
                        let _e1599 = local_6;
                        let _e1606 = b[((_e1599 + 4294963208u) >> 2u)];
                        local_28 = _e1606;
                        let _e1609 = local_6;
                        let _e1616 = b[((_e1609 + 4294963204u) >> 2u)];
                        local_29 = _e1616;
                        let _e1619 = local_6;
                        let _e1626 = b[((_e1619 + 4294963200u) >> 2u)];
                        local_30 = _e1626;
                        let _e1629 = local_105;
                        let _e1631 = local_21;
                        local_6 = (_e1629 + (_e1631 << 2u));
                        let _e1638 = local_6;
                        let _e1645 = a[((_e1638 + 4294963212u) >> 2u)];
                        local_23 = _e1645;
                        let _e1648 = local_6;
                        let _e1655 = a[((_e1648 + 4294963208u) >> 2u)];
                        local_24 = _e1655;
                        let _e1658 = local_6;
                        let _e1665 = a[((_e1658 + 4294963204u) >> 2u)];
                        local_25 = _e1665;
                        let _e1668 = local_6;
                        let _e1675 = a[((_e1668 + 4294963200u) >> 2u)];
                        local_26 = _e1675;
                        pending = 17u;
                        break;
                        break;
                    }
                    let _e1680 = pending;
                    if (_e1680 == 17u) {
                        pending = 0u;
                        break;
                    }
                    let _e1688 = local_7;
                    let _e1690 = local_20;
                    local_6 = (_e1688 + _e1690);
                    local_30 = 0f;
                    local_26 = 0f;
                    loop {
                        let _e1698 = local_18;
                        let _e1700 = local;
                        local_15 = select(0u, 1u, (_e1698 >= _e1700));
                        let _e1707 = local_15;
                        if (_e1707 != 0u) {
                            break;
                        }
                        local_26 = 0f;
                        let _e1713 = local_6;
                        let _e1715 = local;
                        let _e1716 = (_e1713 >= _e1715);
                        if _e1716 {
                            break;
                        }
                        let _e1721 = local_1;
                        let _e1723 = local_8;
                        let _e1734 = a[(((_e1721 + (_e1723 << 2u)) + 4294963200u) >> 2u)];
                        local_26 = _e1734;
                        break;
                    }
                    let _e1737 = local_7;
                    let _e1739 = local_14;
                    local_115 = (_e1737 + _e1739);
                    loop {
                        let _e1743 = local_13;
                        let _e1745 = local;
                        let _e1746 = (_e1743 >= _e1745);
                        if _e1746 {
                            break;
                        }
                        let _e1751 = local_115;
                        let _e1753 = local;
                        let _e1754 = (_e1751 >= _e1753);
                        if _e1754 {
                            break;
                        }
                        let _e1759 = local_3;
                        let _e1761 = local_4;
                        let _e1772 = b[(((_e1759 + (_e1761 << 2u)) + 4294963200u) >> 2u)];
                        local_30 = _e1772;
                        break;
                    }
                    local_29 = 0f;
                    local_25 = 0f;
                    loop {
                        let _e1779 = local_15;
                        if (_e1779 != 0u) {
                            break;
                        }
                        local_25 = 0f;
                        let _e1785 = local_6;
                        let _e1789 = local;
                        let _e1790 = ((_e1785 + 1u) >= _e1789);
                        if _e1790 {
                            break;
                        }
                        let _e1795 = local_21;
                        let _e1800 = local_1;
                        let _e1810 = a[(((((_e1795 << 2u) + _e1800) + 36u) + 4294963200u) >> 2u)];
                        local_25 = _e1810;
                        break;
                    }
                    loop {
                        let _e1813 = local_108;
                        if (_e1813 != 0u) {
                            break;
                        }
                        let _e1817 = local_115;
                        let _e1819 = local;
                        let _e1820 = (_e1817 >= _e1819);
                        if _e1820 {
                            break;
                        }
                        let _e1825 = local_4;
                        let _e1830 = local_3;
                        let _e1840 = b[(((((_e1825 << 2u) + _e1830) + 4u) + 4294963200u) >> 2u)];
                        local_29 = _e1840;
                        break;
                    }
                    local_28 = 0f;
                    local_24 = 0f;
                    loop {
                        let _e1847 = local_15;
                        if (_e1847 != 0u) {
                            break;
                        }
                        local_24 = 0f;
                        let _e1853 = local_6;
                        let _e1857 = local;
                        let _e1858 = ((_e1853 + 2u) >= _e1857);
                        if _e1858 {
                            break;
                        }
                        let _e1863 = local_21;
                        let _e1868 = local_1;
                        let _e1878 = a[(((((_e1863 << 2u) + _e1868) + 40u) + 4294963200u) >> 2u)];
                        local_24 = _e1878;
                        break;
                    }
                    loop {
                        let _e1881 = local_109;
                        if (_e1881 != 0u) {
                            break;
                        }
                        let _e1885 = local_115;
                        let _e1887 = local;
                        let _e1888 = (_e1885 >= _e1887);
                        if _e1888 {
                            break;
                        }
                        let _e1893 = local_4;
                        let _e1898 = local_3;
                        let _e1908 = b[(((((_e1893 << 2u) + _e1898) + 8u) + 4294963200u) >> 2u)];
                        local_28 = _e1908;
                        break;
                    }
                    local_27 = 0f;
                    local_23 = 0f;
                    loop {
                        let _e1915 = local_15;
                        if (_e1915 != 0u) {
                            break;
                        }
                        local_23 = 0f;
                        let _e1921 = local_6;
                        let _e1925 = local;
                        let _e1926 = ((_e1921 + 3u) >= _e1925);
                        if _e1926 {
                            break;
                        }
                        let _e1931 = local_21;
                        let _e1936 = local_1;
                        let _e1946 = a[(((((_e1931 << 2u) + _e1936) + 44u) + 4294963200u) >> 2u)];
                        local_23 = _e1946;
                        break;
                    }
                    let _e1949 = local_110;
                    if (_e1949 != 0u) {
                        break;
                    }
                    let _e1953 = local_115;
                    let _e1955 = local;
                    let _e1956 = (_e1953 >= _e1955);
                    if _e1956 {
                        break;
                    }
                    let _e1961 = local_4;
                    let _e1966 = local_3;
                    let _e1976 = b[(((((_e1961 << 2u) + _e1966) + 12u) + 4294963200u) >> 2u)];
                    local_27 = _e1976;
                    break;
                }
                let _e1979 = local_4;
                local_16 = _e1979;
                let _e1982 = local_8;
                local_21 = _e1982;
                let _e1985 = local_7;
                local_112 = _e1985;
                break;
            }
            let _e1988 = local_19;
            let _e1990 = local_2;
            local_15 = (_e1988 + _e1990);
            let _e1994 = local_12;
            let _e1996 = local_2;
            local_115 = (_e1994 + _e1996);
            local_8 = 0u;
            local_6 = 256u;
            let _e2004 = local_10;
            local_116 = ((_e2004 << 10u) & 1024u);
            let _e2012 = local_116;
            local_10 = _e2012;
            loop {
                let _e2015 = local_102;
                let _e2017 = local_12;
                let _e2019 = local_10;
                local_2 = (_e2019 << 2u);
                let _e2025 = local_2;
                local_10 = (_e2017 + _e2025);
                let _e2029 = local_10;
                let _e2036 = tb[((_e2029 + 4294963468u) >> 2u)];
                local_117 = _e2036;
                let _e2039 = local_117;
                let _e2041 = local_19;
                let _e2043 = local_2;
                local_2 = (_e2041 + _e2043);
                let _e2047 = local_2;
                let _e2054 = ta[((_e2047 + 4294963468u) >> 2u)];
                local_118 = _e2054;
                let _e2057 = local_118;
                let _e2061 = local_15;
                let _e2063 = local_8;
                local_4 = (_e2061 + _e2063);
                let _e2067 = local_4;
                let _e2076 = ta[(((_e2067 + 780u) + 4294963200u) >> 2u)];
                local_119 = _e2076;
                let _e2079 = local_119;
                let _e2081 = local_115;
                let _e2083 = local_8;
                local_7 = (_e2081 + _e2083);
                let _e2087 = local_7;
                let _e2096 = tb[(((_e2087 + 780u) + 4294963200u) >> 2u)];
                local_120 = _e2096;
                let _e2099 = local_120;
                local_102 = ((_e2015 + (_e2039 * _e2057)) + (_e2079 * _e2099));
                let _e2104 = local_101;
                let _e2106 = local_10;
                let _e2113 = tb[((_e2106 + 4294963464u) >> 2u)];
                local_121 = _e2113;
                let _e2116 = local_121;
                let _e2118 = local_118;
                let _e2122 = local_119;
                let _e2124 = local_7;
                let _e2133 = tb[(((_e2124 + 776u) + 4294963200u) >> 2u)];
                local_122 = _e2133;
                let _e2136 = local_122;
                local_101 = ((_e2104 + (_e2116 * _e2118)) + (_e2122 * _e2136));
                let _e2141 = local_100;
                let _e2143 = local_10;
                let _e2150 = tb[((_e2143 + 4294963460u) >> 2u)];
                local_123 = _e2150;
                let _e2153 = local_123;
                let _e2155 = local_118;
                let _e2159 = local_119;
                let _e2161 = local_7;
                let _e2170 = tb[(((_e2161 + 772u) + 4294963200u) >> 2u)];
                local_124 = _e2170;
                let _e2173 = local_124;
                local_100 = ((_e2141 + (_e2153 * _e2155)) + (_e2159 * _e2173));
                let _e2178 = local_99;
                let _e2180 = local_10;
                let _e2187 = tb[((_e2180 + 4294963456u) >> 2u)];
                local_125 = _e2187;
                let _e2190 = local_125;
                let _e2192 = local_118;
                let _e2196 = local_119;
                let _e2198 = local_7;
                let _e2207 = tb[(((_e2198 + 768u) + 4294963200u) >> 2u)];
                local_126 = _e2207;
                let _e2210 = local_126;
                local_99 = ((_e2178 + (_e2190 * _e2192)) + (_e2196 * _e2210));
                let _e2215 = local_98;
                let _e2217 = local_10;
                let _e2224 = tb[((_e2217 + 4294963212u) >> 2u)];
                local_127 = _e2224;
                let _e2227 = local_127;
                let _e2229 = local_118;
                let _e2233 = local_119;
                let _e2235 = local_7;
                let _e2244 = tb[(((_e2235 + 524u) + 4294963200u) >> 2u)];
                local_128 = _e2244;
                let _e2247 = local_128;
                local_98 = ((_e2215 + (_e2227 * _e2229)) + (_e2233 * _e2247));
                let _e2252 = local_97;
                let _e2254 = local_10;
                let _e2261 = tb[((_e2254 + 4294963208u) >> 2u)];
                local_129 = _e2261;
                let _e2264 = local_129;
                let _e2266 = local_118;
                let _e2270 = local_119;
                let _e2272 = local_7;
                let _e2281 = tb[(((_e2272 + 520u) + 4294963200u) >> 2u)];
                local_130 = _e2281;
                let _e2284 = local_130;
                local_97 = ((_e2252 + (_e2264 * _e2266)) + (_e2270 * _e2284));
                let _e2289 = local_96;
                let _e2291 = local_10;
                let _e2298 = tb[((_e2291 + 4294963204u) >> 2u)];
                local_131 = _e2298;
                let _e2301 = local_131;
                let _e2303 = local_118;
                let _e2307 = local_119;
                let _e2309 = local_7;
                let _e2318 = tb[(((_e2309 + 516u) + 4294963200u) >> 2u)];
                local_132 = _e2318;
                let _e2321 = local_132;
                local_96 = ((_e2289 + (_e2301 * _e2303)) + (_e2307 * _e2321));
                let _e2326 = local_95;
                let _e2328 = local_10;
                let _e2335 = tb[((_e2328 + 4294963200u) >> 2u)];
                local_133 = _e2335;
                let _e2338 = local_133;
                let _e2340 = local_118;
                let _e2344 = local_119;
                let _e2346 = local_7;
                let _e2355 = tb[(((_e2346 + 512u) + 4294963200u) >> 2u)];
                local_118 = _e2355;
                let _e2358 = local_118;
                local_95 = ((_e2326 + (_e2338 * _e2340)) + (_e2344 * _e2358));
                let _e2363 = local_94;
                let _e2365 = local_117;
                let _e2367 = local_2;
                let _e2374 = ta[((_e2367 + 4294963464u) >> 2u)];
                local_119 = _e2374;
                let _e2377 = local_119;
                let _e2381 = local_4;
                let _e2390 = ta[(((_e2381 + 776u) + 4294963200u) >> 2u)];
                local_134 = _e2390;
                let _e2393 = local_134;
                let _e2395 = local_120;
                local_94 = ((_e2363 + (_e2365 * _e2377)) + (_e2393 * _e2395));
                let _e2400 = local_93;
                let _e2402 = local_121;
                let _e2404 = local_119;
                let _e2408 = local_134;
                let _e2410 = local_122;
                local_93 = ((_e2400 + (_e2402 * _e2404)) + (_e2408 * _e2410));
                let _e2415 = local_92;
                let _e2417 = local_123;
                let _e2419 = local_119;
                let _e2423 = local_134;
                let _e2425 = local_124;
                local_92 = ((_e2415 + (_e2417 * _e2419)) + (_e2423 * _e2425));
                let _e2430 = local_91;
                let _e2432 = local_125;
                let _e2434 = local_119;
                let _e2438 = local_134;
                let _e2440 = local_126;
                local_91 = ((_e2430 + (_e2432 * _e2434)) + (_e2438 * _e2440));
                let _e2445 = local_90;
                let _e2447 = local_127;
                let _e2449 = local_119;
                let _e2453 = local_134;
                let _e2455 = local_128;
                local_90 = ((_e2445 + (_e2447 * _e2449)) + (_e2453 * _e2455));
                let _e2460 = local_89;
                let _e2462 = local_129;
                let _e2464 = local_119;
                let _e2468 = local_134;
                let _e2470 = local_130;
                local_89 = ((_e2460 + (_e2462 * _e2464)) + (_e2468 * _e2470));
                let _e2475 = local_88;
                let _e2477 = local_131;
                let _e2479 = local_119;
                let _e2483 = local_134;
                let _e2485 = local_132;
                local_88 = ((_e2475 + (_e2477 * _e2479)) + (_e2483 * _e2485));
                let _e2490 = local_87;
                let _e2492 = local_133;
                let _e2494 = local_119;
                let _e2498 = local_134;
                let _e2500 = local_118;
                local_87 = ((_e2490 + (_e2492 * _e2494)) + (_e2498 * _e2500));
                let _e2505 = local_86;
                let _e2507 = local_117;
                let _e2509 = local_2;
                let _e2516 = ta[((_e2509 + 4294963460u) >> 2u)];
                local_119 = _e2516;
                let _e2519 = local_119;
                let _e2523 = local_4;
                let _e2532 = ta[(((_e2523 + 772u) + 4294963200u) >> 2u)];
                local_134 = _e2532;
                let _e2535 = local_134;
                let _e2537 = local_120;
                local_86 = ((_e2505 + (_e2507 * _e2519)) + (_e2535 * _e2537));
                let _e2542 = local_85;
                let _e2544 = local_121;
                let _e2546 = local_119;
                let _e2550 = local_134;
                let _e2552 = local_122;
                local_85 = ((_e2542 + (_e2544 * _e2546)) + (_e2550 * _e2552));
                let _e2557 = local_84;
                let _e2559 = local_123;
                let _e2561 = local_119;
                let _e2565 = local_134;
                let _e2567 = local_124;
                local_84 = ((_e2557 + (_e2559 * _e2561)) + (_e2565 * _e2567));
                let _e2572 = local_83;
                let _e2574 = local_125;
                let _e2576 = local_119;
                let _e2580 = local_134;
                let _e2582 = local_126;
                local_83 = ((_e2572 + (_e2574 * _e2576)) + (_e2580 * _e2582));
                let _e2587 = local_82;
                let _e2589 = local_127;
                let _e2591 = local_119;
                let _e2595 = local_134;
                let _e2597 = local_128;
                local_82 = ((_e2587 + (_e2589 * _e2591)) + (_e2595 * _e2597));
                let _e2602 = local_81;
                let _e2604 = local_129;
                let _e2606 = local_119;
                let _e2610 = local_134;
                let _e2612 = local_130;
                local_81 = ((_e2602 + (_e2604 * _e2606)) + (_e2610 * _e2612));
                let _e2617 = local_80;
                let _e2619 = local_131;
                let _e2621 = local_119;
                let _e2625 = local_134;
                let _e2627 = local_132;
                local_80 = ((_e2617 + (_e2619 * _e2621)) + (_e2625 * _e2627));
                let _e2632 = local_79;
                let _e2634 = local_133;
                let _e2636 = local_119;
                let _e2640 = local_134;
                let _e2642 = local_118;
                local_79 = ((_e2632 + (_e2634 * _e2636)) + (_e2640 * _e2642));
                let _e2647 = local_78;
                let _e2649 = local_117;
                let _e2651 = local_2;
                let _e2658 = ta[((_e2651 + 4294963456u) >> 2u)];
                local_119 = _e2658;
                let _e2661 = local_119;
                let _e2665 = local_4;
                let _e2674 = ta[(((_e2665 + 768u) + 4294963200u) >> 2u)];
                local_134 = _e2674;
                let _e2677 = local_134;
                let _e2679 = local_120;
                local_78 = ((_e2647 + (_e2649 * _e2661)) + (_e2677 * _e2679));
                let _e2684 = local_77;
                let _e2686 = local_121;
                let _e2688 = local_119;
                let _e2692 = local_134;
                let _e2694 = local_122;
                local_77 = ((_e2684 + (_e2686 * _e2688)) + (_e2692 * _e2694));
                let _e2699 = local_76;
                let _e2701 = local_123;
                let _e2703 = local_119;
                let _e2707 = local_134;
                let _e2709 = local_124;
                local_76 = ((_e2699 + (_e2701 * _e2703)) + (_e2707 * _e2709));
                let _e2714 = local_75;
                let _e2716 = local_125;
                let _e2718 = local_119;
                let _e2722 = local_134;
                let _e2724 = local_126;
                local_75 = ((_e2714 + (_e2716 * _e2718)) + (_e2722 * _e2724));
                let _e2729 = local_74;
                let _e2731 = local_127;
                let _e2733 = local_119;
                let _e2737 = local_134;
                let _e2739 = local_128;
                local_74 = ((_e2729 + (_e2731 * _e2733)) + (_e2737 * _e2739));
                let _e2744 = local_73;
                let _e2746 = local_129;
                let _e2748 = local_119;
                let _e2752 = local_134;
                let _e2754 = local_130;
                local_73 = ((_e2744 + (_e2746 * _e2748)) + (_e2752 * _e2754));
                let _e2759 = local_72;
                let _e2761 = local_131;
                let _e2763 = local_119;
                let _e2767 = local_134;
                let _e2769 = local_132;
                local_72 = ((_e2759 + (_e2761 * _e2763)) + (_e2767 * _e2769));
                let _e2774 = local_71;
                let _e2776 = local_133;
                let _e2778 = local_119;
                let _e2782 = local_134;
                let _e2784 = local_118;
                local_71 = ((_e2774 + (_e2776 * _e2778)) + (_e2782 * _e2784));
                let _e2789 = local_70;
                let _e2791 = local_117;
                let _e2793 = local_2;
                let _e2800 = ta[((_e2793 + 4294963212u) >> 2u)];
                local_119 = _e2800;
                let _e2803 = local_119;
                let _e2807 = local_4;
                let _e2816 = ta[(((_e2807 + 524u) + 4294963200u) >> 2u)];
                local_134 = _e2816;
                let _e2819 = local_134;
                let _e2821 = local_120;
                local_70 = ((_e2789 + (_e2791 * _e2803)) + (_e2819 * _e2821));
                let _e2826 = local_69;
                let _e2828 = local_121;
                let _e2830 = local_119;
                let _e2834 = local_134;
                let _e2836 = local_122;
                local_69 = ((_e2826 + (_e2828 * _e2830)) + (_e2834 * _e2836));
                let _e2841 = local_68;
                let _e2843 = local_123;
                let _e2845 = local_119;
                let _e2849 = local_134;
                let _e2851 = local_124;
                local_68 = ((_e2841 + (_e2843 * _e2845)) + (_e2849 * _e2851));
                let _e2856 = local_67;
                let _e2858 = local_125;
                let _e2860 = local_119;
                let _e2864 = local_134;
                let _e2866 = local_126;
                local_67 = ((_e2856 + (_e2858 * _e2860)) + (_e2864 * _e2866));
                let _e2871 = local_66;
                let _e2873 = local_127;
                let _e2875 = local_119;
                let _e2879 = local_134;
                let _e2881 = local_128;
                local_66 = ((_e2871 + (_e2873 * _e2875)) + (_e2879 * _e2881));
                let _e2886 = local_65;
                let _e2888 = local_129;
                let _e2890 = local_119;
                let _e2894 = local_134;
                let _e2896 = local_130;
                local_65 = ((_e2886 + (_e2888 * _e2890)) + (_e2894 * _e2896));
                let _e2901 = local_64;
                let _e2903 = local_131;
                let _e2905 = local_119;
                let _e2909 = local_134;
                let _e2911 = local_132;
                local_64 = ((_e2901 + (_e2903 * _e2905)) + (_e2909 * _e2911));
                let _e2916 = local_63;
                let _e2918 = local_133;
                let _e2920 = local_119;
                let _e2924 = local_134;
                let _e2926 = local_118;
                local_63 = ((_e2916 + (_e2918 * _e2920)) + (_e2924 * _e2926));
                let _e2931 = local_62;
                let _e2933 = local_117;
                let _e2935 = local_2;
                let _e2942 = ta[((_e2935 + 4294963208u) >> 2u)];
                local_119 = _e2942;
                let _e2945 = local_119;
                let _e2949 = local_4;
                let _e2958 = ta[(((_e2949 + 520u) + 4294963200u) >> 2u)];
                local_134 = _e2958;
                let _e2961 = local_134;
                let _e2963 = local_120;
                local_62 = ((_e2931 + (_e2933 * _e2945)) + (_e2961 * _e2963));
                let _e2968 = local_61;
                let _e2970 = local_121;
                let _e2972 = local_119;
                let _e2976 = local_134;
                let _e2978 = local_122;
                local_61 = ((_e2968 + (_e2970 * _e2972)) + (_e2976 * _e2978));
                let _e2983 = local_60;
                let _e2985 = local_123;
                let _e2987 = local_119;
                let _e2991 = local_134;
                let _e2993 = local_124;
                local_60 = ((_e2983 + (_e2985 * _e2987)) + (_e2991 * _e2993));
                let _e2998 = local_59;
                let _e3000 = local_125;
                let _e3002 = local_119;
                let _e3006 = local_134;
                let _e3008 = local_126;
                local_59 = ((_e2998 + (_e3000 * _e3002)) + (_e3006 * _e3008));
                let _e3013 = local_58;
                let _e3015 = local_127;
                let _e3017 = local_119;
                let _e3021 = local_134;
                let _e3023 = local_128;
                local_58 = ((_e3013 + (_e3015 * _e3017)) + (_e3021 * _e3023));
                let _e3028 = local_57;
                let _e3030 = local_129;
                let _e3032 = local_119;
                let _e3036 = local_134;
                let _e3038 = local_130;
                local_57 = ((_e3028 + (_e3030 * _e3032)) + (_e3036 * _e3038));
                let _e3043 = local_56;
                let _e3045 = local_131;
                let _e3047 = local_119;
                let _e3051 = local_134;
                let _e3053 = local_132;
                local_56 = ((_e3043 + (_e3045 * _e3047)) + (_e3051 * _e3053));
                let _e3058 = local_55;
                let _e3060 = local_133;
                let _e3062 = local_119;
                let _e3066 = local_134;
                let _e3068 = local_118;
                local_55 = ((_e3058 + (_e3060 * _e3062)) + (_e3066 * _e3068));
                let _e3073 = local_54;
                let _e3075 = local_117;
                let _e3077 = local_2;
                let _e3084 = ta[((_e3077 + 4294963204u) >> 2u)];
                local_119 = _e3084;
                let _e3087 = local_119;
                let _e3091 = local_4;
                let _e3100 = ta[(((_e3091 + 516u) + 4294963200u) >> 2u)];
                local_134 = _e3100;
                let _e3103 = local_134;
                let _e3105 = local_120;
                local_54 = ((_e3073 + (_e3075 * _e3087)) + (_e3103 * _e3105));
                let _e3110 = local_53;
                let _e3112 = local_121;
                let _e3114 = local_119;
                let _e3118 = local_134;
                let _e3120 = local_122;
                local_53 = ((_e3110 + (_e3112 * _e3114)) + (_e3118 * _e3120));
                let _e3125 = local_52;
                let _e3127 = local_123;
                let _e3129 = local_119;
                let _e3133 = local_134;
                let _e3135 = local_124;
                local_52 = ((_e3125 + (_e3127 * _e3129)) + (_e3133 * _e3135));
                let _e3140 = local_51;
                let _e3142 = local_125;
                let _e3144 = local_119;
                let _e3148 = local_134;
                let _e3150 = local_126;
                local_51 = ((_e3140 + (_e3142 * _e3144)) + (_e3148 * _e3150));
                let _e3155 = local_50;
                let _e3157 = local_127;
                let _e3159 = local_119;
                let _e3163 = local_134;
                let _e3165 = local_128;
                local_50 = ((_e3155 + (_e3157 * _e3159)) + (_e3163 * _e3165));
                let _e3170 = local_49;
                let _e3172 = local_129;
                let _e3174 = local_119;
                let _e3178 = local_134;
                let _e3180 = local_130;
                local_49 = ((_e3170 + (_e3172 * _e3174)) + (_e3178 * _e3180));
                let _e3185 = local_48;
                let _e3187 = local_131;
                let _e3189 = local_119;
                let _e3193 = local_134;
                let _e3195 = local_132;
                local_48 = ((_e3185 + (_e3187 * _e3189)) + (_e3193 * _e3195));
                let _e3200 = local_47;
                let _e3202 = local_133;
                let _e3204 = local_119;
                let _e3208 = local_134;
                let _e3210 = local_118;
                local_47 = ((_e3200 + (_e3202 * _e3204)) + (_e3208 * _e3210));
                let _e3215 = local_46;
                let _e3217 = local_117;
                let _e3219 = local_2;
                let _e3226 = ta[((_e3219 + 4294963200u) >> 2u)];
                local_119 = _e3226;
                let _e3229 = local_119;
                let _e3233 = local_4;
                let _e3242 = ta[(((_e3233 + 512u) + 4294963200u) >> 2u)];
                local_117 = _e3242;
                let _e3245 = local_117;
                let _e3247 = local_120;
                local_46 = ((_e3215 + (_e3217 * _e3229)) + (_e3245 * _e3247));
                let _e3252 = local_45;
                let _e3254 = local_121;
                let _e3256 = local_119;
                let _e3260 = local_117;
                let _e3262 = local_122;
                local_45 = ((_e3252 + (_e3254 * _e3256)) + (_e3260 * _e3262));
                let _e3267 = local_44;
                let _e3269 = local_123;
                let _e3271 = local_119;
                let _e3275 = local_117;
                let _e3277 = local_124;
                local_44 = ((_e3267 + (_e3269 * _e3271)) + (_e3275 * _e3277));
                let _e3282 = local_43;
                let _e3284 = local_125;
                let _e3286 = local_119;
                let _e3290 = local_117;
                let _e3292 = local_126;
                local_43 = ((_e3282 + (_e3284 * _e3286)) + (_e3290 * _e3292));
                let _e3297 = local_42;
                let _e3299 = local_127;
                let _e3301 = local_119;
                let _e3305 = local_117;
                let _e3307 = local_128;
                local_42 = ((_e3297 + (_e3299 * _e3301)) + (_e3305 * _e3307));
                let _e3312 = local_41;
                let _e3314 = local_129;
                let _e3316 = local_119;
                let _e3320 = local_117;
                let _e3322 = local_130;
                local_41 = ((_e3312 + (_e3314 * _e3316)) + (_e3320 * _e3322));
                let _e3327 = local_40;
                let _e3329 = local_131;
                let _e3331 = local_119;
                let _e3335 = local_117;
                let _e3337 = local_132;
                local_40 = ((_e3327 + (_e3329 * _e3331)) + (_e3335 * _e3337));
                let _e3342 = local_39;
                let _e3344 = local_133;
                let _e3346 = local_119;
                let _e3350 = local_117;
                let _e3352 = local_118;
                local_39 = ((_e3342 + (_e3344 * _e3346)) + (_e3350 * _e3352));
                let _e3357 = local_6;
                let _e3361 = local_116;
                local_10 = ((_e3357 & 768u) | _e3361);
                let _e3365 = local_6;
                local_6 = (_e3365 + 256u);
                let _e3370 = local_8;
                local_8 = (_e3370 + 1024u);
                let _e3375 = local_8;
                let _e3377 = (_e3375 != 4096u);
                if _e3377 {
                    continue;
                }
                break;
            }
            loop {
                let _e3382 = local_114;
                let _e3384 = (_e3382 == 0u);
                if _e3384 {
                    break;
                }
                let _e3389 = local_31;
                let _e3391 = local_113;
                local_2 = ((_e3391 << 12u) & 4096u);
                let _e3399 = local_2;
                local_10 = (_e3389 + _e3399);
                let _e3403 = local_10;
                let _e3405 = local_32;
                let _e3408 = local_26;
                ta[(((_e3403 + _e3405) + 4294963200u) >> 2u)] = _e3408;
                let _e3416 = local_33;
                let _e3418 = local_2;
                local_2 = (_e3416 + _e3418);
                let _e3422 = local_2;
                let _e3424 = local_30;
                tb[((_e3422 + 4294963200u) >> 2u)] = _e3424;
                let _e3432 = local_10;
                let _e3434 = local_34;
                let _e3437 = local_25;
                ta[(((_e3432 + _e3434) + 4294963200u) >> 2u)] = _e3437;
                let _e3445 = local_2;
                let _e3447 = local_29;
                tb[((_e3445 + 4294963204u) >> 2u)] = _e3447;
                let _e3455 = local_10;
                let _e3457 = local_35;
                let _e3460 = local_24;
                ta[(((_e3455 + _e3457) + 4294963200u) >> 2u)] = _e3460;
                let _e3468 = local_2;
                let _e3470 = local_28;
                tb[((_e3468 + 4294963208u) >> 2u)] = _e3470;
                let _e3478 = local_10;
                let _e3480 = local_36;
                let _e3483 = local_23;
                ta[(((_e3478 + _e3480) + 4294963200u) >> 2u)] = _e3483;
                let _e3491 = local_2;
                let _e3493 = local_27;
                tb[((_e3491 + 4294963212u) >> 2u)] = _e3493;
                break;
            }
            let _e3501 = local_111;
            local_111 = (_e3501 + 1024u);
            workgroupBarrier();
            let _e3506 = local_113;
            local_10 = _e3506;
            let _e3509 = local_113;
            let _e3511 = local_104;
            let _e3512 = (_e3509 != _e3511);
            if _e3512 {
                continue;
            }
            break;
        }
        break;
    }
    let _e3517 = local_37;
    let _e3519 = local_11;
    local_10 = (_e3517 | _e3519);
    loop {
        let _e3523 = local_38;
        let _e3525 = local_17;
        local_2 = (_e3523 | _e3525);
        let _e3529 = local_2;
        let _e3531 = local;
        let _e3532 = (_e3529 >= _e3531);
        if _e3532 {
            break;
        }
        let _e3537 = local_5;
        let _e3539 = local_2;
        let _e3541 = local;
        local_4 = (_e3537 + ((_e3539 * _e3541) << 2u));
        loop {
            let _e3549 = local_10;
            let _e3551 = local;
            let _e3552 = (_e3549 >= _e3551);
            if _e3552 {
                break;
            }
            let _e3557 = local_4;
            let _e3559 = local_10;
            let _e3565 = local_39;
            c[(((_e3557 + (_e3559 << 2u)) + 4294963200u) >> 2u)] = _e3565;
            break;
        }
        loop {
            let _e3573 = local_10;
            local_7 = (_e3573 | 1u);
            let _e3578 = local_7;
            let _e3580 = local;
            let _e3581 = (_e3578 >= _e3580);
            if _e3581 {
                break;
            }
            let _e3586 = local_4;
            let _e3588 = local_7;
            let _e3594 = local_40;
            c[(((_e3586 + (_e3588 << 2u)) + 4294963200u) >> 2u)] = _e3594;
            break;
        }
        loop {
            let _e3602 = local_10;
            local_7 = (_e3602 | 2u);
            let _e3607 = local_7;
            let _e3609 = local;
            let _e3610 = (_e3607 >= _e3609);
            if _e3610 {
                break;
            }
            let _e3615 = local_4;
            let _e3617 = local_7;
            let _e3623 = local_41;
            c[(((_e3615 + (_e3617 << 2u)) + 4294963200u) >> 2u)] = _e3623;
            break;
        }
        loop {
            let _e3631 = local_10;
            local_7 = (_e3631 | 3u);
            let _e3636 = local_7;
            let _e3638 = local;
            let _e3639 = (_e3636 >= _e3638);
            if _e3639 {
                break;
            }
            let _e3644 = local_4;
            let _e3646 = local_7;
            let _e3652 = local_42;
            c[(((_e3644 + (_e3646 << 2u)) + 4294963200u) >> 2u)] = _e3652;
            break;
        }
        loop {
            let _e3660 = local_10;
            local_7 = (_e3660 + 64u);
            let _e3665 = local_7;
            let _e3667 = local;
            let _e3668 = (_e3665 >= _e3667);
            if _e3668 {
                break;
            }
            let _e3673 = local_4;
            let _e3675 = local_7;
            let _e3681 = local_43;
            c[(((_e3673 + (_e3675 << 2u)) + 4294963200u) >> 2u)] = _e3681;
            break;
        }
        loop {
            let _e3689 = local_7;
            local_8 = (_e3689 | 1u);
            let _e3694 = local_8;
            let _e3696 = local;
            let _e3697 = (_e3694 >= _e3696);
            if _e3697 {
                break;
            }
            let _e3702 = local_4;
            let _e3704 = local_8;
            let _e3710 = local_44;
            c[(((_e3702 + (_e3704 << 2u)) + 4294963200u) >> 2u)] = _e3710;
            break;
        }
        loop {
            let _e3718 = local_7;
            local_8 = (_e3718 | 2u);
            let _e3723 = local_8;
            let _e3725 = local;
            let _e3726 = (_e3723 >= _e3725);
            if _e3726 {
                break;
            }
            let _e3731 = local_4;
            let _e3733 = local_8;
            let _e3739 = local_45;
            c[(((_e3731 + (_e3733 << 2u)) + 4294963200u) >> 2u)] = _e3739;
            break;
        }
        let _e3747 = local_7;
        local_7 = (_e3747 | 3u);
        let _e3752 = local_7;
        let _e3754 = local;
        let _e3755 = (_e3752 >= _e3754);
        if _e3755 {
            break;
        }
        let _e3760 = local_4;
        let _e3762 = local_7;
        let _e3768 = local_46;
        c[(((_e3760 + (_e3762 << 2u)) + 4294963200u) >> 2u)] = _e3768;
        break;
    }
    loop {
        let _e3776 = local_2;
        local_4 = (_e3776 | 1u);
        let _e3781 = local_4;
        let _e3783 = local;
        let _e3784 = (_e3781 >= _e3783);
        if _e3784 {
            break;
        }
        let _e3789 = local_5;
        let _e3791 = local_4;
        let _e3793 = local;
        local_4 = (_e3789 + ((_e3791 * _e3793) << 2u));
        loop {
            let _e3801 = local_10;
            let _e3803 = local;
            let _e3804 = (_e3801 >= _e3803);
            if _e3804 {
                break;
            }
            let _e3809 = local_4;
            let _e3811 = local_10;
            let _e3817 = local_47;
            c[(((_e3809 + (_e3811 << 2u)) + 4294963200u) >> 2u)] = _e3817;
            break;
        }
        loop {
            let _e3825 = local_10;
            local_7 = (_e3825 | 1u);
            let _e3830 = local_7;
            let _e3832 = local;
            let _e3833 = (_e3830 >= _e3832);
            if _e3833 {
                break;
            }
            let _e3838 = local_4;
            let _e3840 = local_7;
            let _e3846 = local_48;
            c[(((_e3838 + (_e3840 << 2u)) + 4294963200u) >> 2u)] = _e3846;
            break;
        }
        loop {
            let _e3854 = local_10;
            local_7 = (_e3854 | 2u);
            let _e3859 = local_7;
            let _e3861 = local;
            let _e3862 = (_e3859 >= _e3861);
            if _e3862 {
                break;
            }
            let _e3867 = local_4;
            let _e3869 = local_7;
            let _e3875 = local_49;
            c[(((_e3867 + (_e3869 << 2u)) + 4294963200u) >> 2u)] = _e3875;
            break;
        }
        loop {
            let _e3883 = local_10;
            local_7 = (_e3883 | 3u);
            let _e3888 = local_7;
            let _e3890 = local;
            let _e3891 = (_e3888 >= _e3890);
            if _e3891 {
                break;
            }
            let _e3896 = local_4;
            let _e3898 = local_7;
            let _e3904 = local_50;
            c[(((_e3896 + (_e3898 << 2u)) + 4294963200u) >> 2u)] = _e3904;
            break;
        }
        loop {
            let _e3912 = local_10;
            local_7 = (_e3912 + 64u);
            let _e3917 = local_7;
            let _e3919 = local;
            let _e3920 = (_e3917 >= _e3919);
            if _e3920 {
                break;
            }
            let _e3925 = local_4;
            let _e3927 = local_7;
            let _e3933 = local_51;
            c[(((_e3925 + (_e3927 << 2u)) + 4294963200u) >> 2u)] = _e3933;
            break;
        }
        loop {
            let _e3941 = local_7;
            local_8 = (_e3941 | 1u);
            let _e3946 = local_8;
            let _e3948 = local;
            let _e3949 = (_e3946 >= _e3948);
            if _e3949 {
                break;
            }
            let _e3954 = local_4;
            let _e3956 = local_8;
            let _e3962 = local_52;
            c[(((_e3954 + (_e3956 << 2u)) + 4294963200u) >> 2u)] = _e3962;
            break;
        }
        loop {
            let _e3970 = local_7;
            local_8 = (_e3970 | 2u);
            let _e3975 = local_8;
            let _e3977 = local;
            let _e3978 = (_e3975 >= _e3977);
            if _e3978 {
                break;
            }
            let _e3983 = local_4;
            let _e3985 = local_8;
            let _e3991 = local_53;
            c[(((_e3983 + (_e3985 << 2u)) + 4294963200u) >> 2u)] = _e3991;
            break;
        }
        let _e3999 = local_7;
        local_7 = (_e3999 | 3u);
        let _e4004 = local_7;
        let _e4006 = local;
        let _e4007 = (_e4004 >= _e4006);
        if _e4007 {
            break;
        }
        let _e4012 = local_4;
        let _e4014 = local_7;
        let _e4020 = local_54;
        c[(((_e4012 + (_e4014 << 2u)) + 4294963200u) >> 2u)] = _e4020;
        break;
    }
    loop {
        let _e4028 = local_2;
        local_4 = (_e4028 | 2u);
        let _e4033 = local_4;
        let _e4035 = local;
        let _e4036 = (_e4033 >= _e4035);
        if _e4036 {
            break;
        }
        let _e4041 = local_5;
        let _e4043 = local_4;
        let _e4045 = local;
        local_4 = (_e4041 + ((_e4043 * _e4045) << 2u));
        loop {
            let _e4053 = local_10;
            let _e4055 = local;
            let _e4056 = (_e4053 >= _e4055);
            if _e4056 {
                break;
            }
            let _e4061 = local_4;
            let _e4063 = local_10;
            let _e4069 = local_55;
            c[(((_e4061 + (_e4063 << 2u)) + 4294963200u) >> 2u)] = _e4069;
            break;
        }
        loop {
            let _e4077 = local_10;
            local_7 = (_e4077 | 1u);
            let _e4082 = local_7;
            let _e4084 = local;
            let _e4085 = (_e4082 >= _e4084);
            if _e4085 {
                break;
            }
            let _e4090 = local_4;
            let _e4092 = local_7;
            let _e4098 = local_56;
            c[(((_e4090 + (_e4092 << 2u)) + 4294963200u) >> 2u)] = _e4098;
            break;
        }
        loop {
            let _e4106 = local_10;
            local_7 = (_e4106 | 2u);
            let _e4111 = local_7;
            let _e4113 = local;
            let _e4114 = (_e4111 >= _e4113);
            if _e4114 {
                break;
            }
            let _e4119 = local_4;
            let _e4121 = local_7;
            let _e4127 = local_57;
            c[(((_e4119 + (_e4121 << 2u)) + 4294963200u) >> 2u)] = _e4127;
            break;
        }
        loop {
            let _e4135 = local_10;
            local_7 = (_e4135 | 3u);
            let _e4140 = local_7;
            let _e4142 = local;
            let _e4143 = (_e4140 >= _e4142);
            if _e4143 {
                break;
            }
            let _e4148 = local_4;
            let _e4150 = local_7;
            let _e4156 = local_58;
            c[(((_e4148 + (_e4150 << 2u)) + 4294963200u) >> 2u)] = _e4156;
            break;
        }
        loop {
            let _e4164 = local_10;
            local_7 = (_e4164 + 64u);
            let _e4169 = local_7;
            let _e4171 = local;
            let _e4172 = (_e4169 >= _e4171);
            if _e4172 {
                break;
            }
            let _e4177 = local_4;
            let _e4179 = local_7;
            let _e4185 = local_59;
            c[(((_e4177 + (_e4179 << 2u)) + 4294963200u) >> 2u)] = _e4185;
            break;
        }
        loop {
            let _e4193 = local_7;
            local_8 = (_e4193 | 1u);
            let _e4198 = local_8;
            let _e4200 = local;
            let _e4201 = (_e4198 >= _e4200);
            if _e4201 {
                break;
            }
            let _e4206 = local_4;
            let _e4208 = local_8;
            let _e4214 = local_60;
            c[(((_e4206 + (_e4208 << 2u)) + 4294963200u) >> 2u)] = _e4214;
            break;
        }
        loop {
            let _e4222 = local_7;
            local_8 = (_e4222 | 2u);
            let _e4227 = local_8;
            let _e4229 = local;
            let _e4230 = (_e4227 >= _e4229);
            if _e4230 {
                break;
            }
            let _e4235 = local_4;
            let _e4237 = local_8;
            let _e4243 = local_61;
            c[(((_e4235 + (_e4237 << 2u)) + 4294963200u) >> 2u)] = _e4243;
            break;
        }
        let _e4251 = local_7;
        local_7 = (_e4251 | 3u);
        let _e4256 = local_7;
        let _e4258 = local;
        let _e4259 = (_e4256 >= _e4258);
        if _e4259 {
            break;
        }
        let _e4264 = local_4;
        let _e4266 = local_7;
        let _e4272 = local_62;
        c[(((_e4264 + (_e4266 << 2u)) + 4294963200u) >> 2u)] = _e4272;
        break;
    }
    let _e4280 = local_2;
    local_4 = (_e4280 | 64u);
    loop {
        let _e4285 = local_2;
        local_7 = (_e4285 | 3u);
        let _e4290 = local_7;
        let _e4292 = local;
        let _e4293 = (_e4290 >= _e4292);
        if _e4293 {
            break;
        }
        let _e4298 = local_5;
        let _e4300 = local_7;
        let _e4302 = local;
        local_7 = (_e4298 + ((_e4300 * _e4302) << 2u));
        loop {
            let _e4310 = local_10;
            let _e4312 = local;
            let _e4313 = (_e4310 >= _e4312);
            if _e4313 {
                break;
            }
            let _e4318 = local_7;
            let _e4320 = local_10;
            let _e4326 = local_63;
            c[(((_e4318 + (_e4320 << 2u)) + 4294963200u) >> 2u)] = _e4326;
            break;
        }
        loop {
            let _e4334 = local_10;
            local_8 = (_e4334 | 1u);
            let _e4339 = local_8;
            let _e4341 = local;
            let _e4342 = (_e4339 >= _e4341);
            if _e4342 {
                break;
            }
            let _e4347 = local_7;
            let _e4349 = local_8;
            let _e4355 = local_64;
            c[(((_e4347 + (_e4349 << 2u)) + 4294963200u) >> 2u)] = _e4355;
            break;
        }
        loop {
            let _e4363 = local_10;
            local_8 = (_e4363 | 2u);
            let _e4368 = local_8;
            let _e4370 = local;
            let _e4371 = (_e4368 >= _e4370);
            if _e4371 {
                break;
            }
            let _e4376 = local_7;
            let _e4378 = local_8;
            let _e4384 = local_65;
            c[(((_e4376 + (_e4378 << 2u)) + 4294963200u) >> 2u)] = _e4384;
            break;
        }
        loop {
            let _e4392 = local_10;
            local_8 = (_e4392 | 3u);
            let _e4397 = local_8;
            let _e4399 = local;
            let _e4400 = (_e4397 >= _e4399);
            if _e4400 {
                break;
            }
            let _e4405 = local_7;
            let _e4407 = local_8;
            let _e4413 = local_66;
            c[(((_e4405 + (_e4407 << 2u)) + 4294963200u) >> 2u)] = _e4413;
            break;
        }
        loop {
            let _e4421 = local_10;
            local_8 = (_e4421 + 64u);
            let _e4426 = local_8;
            let _e4428 = local;
            let _e4429 = (_e4426 >= _e4428);
            if _e4429 {
                break;
            }
            let _e4434 = local_7;
            let _e4436 = local_8;
            let _e4442 = local_67;
            c[(((_e4434 + (_e4436 << 2u)) + 4294963200u) >> 2u)] = _e4442;
            break;
        }
        loop {
            let _e4450 = local_8;
            local_6 = (_e4450 | 1u);
            let _e4455 = local_6;
            let _e4457 = local;
            let _e4458 = (_e4455 >= _e4457);
            if _e4458 {
                break;
            }
            let _e4463 = local_7;
            let _e4465 = local_6;
            let _e4471 = local_68;
            c[(((_e4463 + (_e4465 << 2u)) + 4294963200u) >> 2u)] = _e4471;
            break;
        }
        loop {
            let _e4479 = local_8;
            local_6 = (_e4479 | 2u);
            let _e4484 = local_6;
            let _e4486 = local;
            let _e4487 = (_e4484 >= _e4486);
            if _e4487 {
                break;
            }
            let _e4492 = local_7;
            let _e4494 = local_6;
            let _e4500 = local_69;
            c[(((_e4492 + (_e4494 << 2u)) + 4294963200u) >> 2u)] = _e4500;
            break;
        }
        let _e4508 = local_8;
        local_8 = (_e4508 | 3u);
        let _e4513 = local_8;
        let _e4515 = local;
        let _e4516 = (_e4513 >= _e4515);
        if _e4516 {
            break;
        }
        let _e4521 = local_7;
        let _e4523 = local_8;
        let _e4529 = local_70;
        c[(((_e4521 + (_e4523 << 2u)) + 4294963200u) >> 2u)] = _e4529;
        break;
    }
    loop {
        let _e4537 = local_4;
        let _e4539 = local;
        let _e4540 = (_e4537 >= _e4539);
        if _e4540 {
            break;
        }
        let _e4545 = local_5;
        let _e4547 = local_4;
        let _e4549 = local;
        local_4 = (_e4545 + ((_e4547 * _e4549) << 2u));
        loop {
            let _e4557 = local_10;
            let _e4559 = local;
            let _e4560 = (_e4557 >= _e4559);
            if _e4560 {
                break;
            }
            let _e4565 = local_4;
            let _e4567 = local_10;
            let _e4573 = local_71;
            c[(((_e4565 + (_e4567 << 2u)) + 4294963200u) >> 2u)] = _e4573;
            break;
        }
        loop {
            let _e4581 = local_10;
            local_7 = (_e4581 | 1u);
            let _e4586 = local_7;
            let _e4588 = local;
            let _e4589 = (_e4586 >= _e4588);
            if _e4589 {
                break;
            }
            let _e4594 = local_4;
            let _e4596 = local_7;
            let _e4602 = local_72;
            c[(((_e4594 + (_e4596 << 2u)) + 4294963200u) >> 2u)] = _e4602;
            break;
        }
        loop {
            let _e4610 = local_10;
            local_7 = (_e4610 | 2u);
            let _e4615 = local_7;
            let _e4617 = local;
            let _e4618 = (_e4615 >= _e4617);
            if _e4618 {
                break;
            }
            let _e4623 = local_4;
            let _e4625 = local_7;
            let _e4631 = local_73;
            c[(((_e4623 + (_e4625 << 2u)) + 4294963200u) >> 2u)] = _e4631;
            break;
        }
        loop {
            let _e4639 = local_10;
            local_7 = (_e4639 | 3u);
            let _e4644 = local_7;
            let _e4646 = local;
            let _e4647 = (_e4644 >= _e4646);
            if _e4647 {
                break;
            }
            let _e4652 = local_4;
            let _e4654 = local_7;
            let _e4660 = local_74;
            c[(((_e4652 + (_e4654 << 2u)) + 4294963200u) >> 2u)] = _e4660;
            break;
        }
        loop {
            let _e4668 = local_10;
            local_7 = (_e4668 + 64u);
            let _e4673 = local_7;
            let _e4675 = local;
            let _e4676 = (_e4673 >= _e4675);
            if _e4676 {
                break;
            }
            let _e4681 = local_4;
            let _e4683 = local_7;
            let _e4689 = local_75;
            c[(((_e4681 + (_e4683 << 2u)) + 4294963200u) >> 2u)] = _e4689;
            break;
        }
        loop {
            let _e4697 = local_7;
            local_8 = (_e4697 | 1u);
            let _e4702 = local_8;
            let _e4704 = local;
            let _e4705 = (_e4702 >= _e4704);
            if _e4705 {
                break;
            }
            let _e4710 = local_4;
            let _e4712 = local_8;
            let _e4718 = local_76;
            c[(((_e4710 + (_e4712 << 2u)) + 4294963200u) >> 2u)] = _e4718;
            break;
        }
        loop {
            let _e4726 = local_7;
            local_8 = (_e4726 | 2u);
            let _e4731 = local_8;
            let _e4733 = local;
            let _e4734 = (_e4731 >= _e4733);
            if _e4734 {
                break;
            }
            let _e4739 = local_4;
            let _e4741 = local_8;
            let _e4747 = local_77;
            c[(((_e4739 + (_e4741 << 2u)) + 4294963200u) >> 2u)] = _e4747;
            break;
        }
        let _e4755 = local_7;
        local_7 = (_e4755 | 3u);
        let _e4760 = local_7;
        let _e4762 = local;
        let _e4763 = (_e4760 >= _e4762);
        if _e4763 {
            break;
        }
        let _e4768 = local_4;
        let _e4770 = local_7;
        let _e4776 = local_78;
        c[(((_e4768 + (_e4770 << 2u)) + 4294963200u) >> 2u)] = _e4776;
        break;
    }
    loop {
        let _e4784 = local_2;
        local_4 = (_e4784 | 65u);
        let _e4789 = local_4;
        let _e4791 = local;
        let _e4792 = (_e4789 >= _e4791);
        if _e4792 {
            break;
        }
        let _e4797 = local_5;
        let _e4799 = local_4;
        let _e4801 = local;
        local_4 = (_e4797 + ((_e4799 * _e4801) << 2u));
        loop {
            let _e4809 = local_10;
            let _e4811 = local;
            let _e4812 = (_e4809 >= _e4811);
            if _e4812 {
                break;
            }
            let _e4817 = local_4;
            let _e4819 = local_10;
            let _e4825 = local_79;
            c[(((_e4817 + (_e4819 << 2u)) + 4294963200u) >> 2u)] = _e4825;
            break;
        }
        loop {
            let _e4833 = local_10;
            local_7 = (_e4833 | 1u);
            let _e4838 = local_7;
            let _e4840 = local;
            let _e4841 = (_e4838 >= _e4840);
            if _e4841 {
                break;
            }
            let _e4846 = local_4;
            let _e4848 = local_7;
            let _e4854 = local_80;
            c[(((_e4846 + (_e4848 << 2u)) + 4294963200u) >> 2u)] = _e4854;
            break;
        }
        loop {
            let _e4862 = local_10;
            local_7 = (_e4862 | 2u);
            let _e4867 = local_7;
            let _e4869 = local;
            let _e4870 = (_e4867 >= _e4869);
            if _e4870 {
                break;
            }
            let _e4875 = local_4;
            let _e4877 = local_7;
            let _e4883 = local_81;
            c[(((_e4875 + (_e4877 << 2u)) + 4294963200u) >> 2u)] = _e4883;
            break;
        }
        loop {
            let _e4891 = local_10;
            local_7 = (_e4891 | 3u);
            let _e4896 = local_7;
            let _e4898 = local;
            let _e4899 = (_e4896 >= _e4898);
            if _e4899 {
                break;
            }
            let _e4904 = local_4;
            let _e4906 = local_7;
            let _e4912 = local_82;
            c[(((_e4904 + (_e4906 << 2u)) + 4294963200u) >> 2u)] = _e4912;
            break;
        }
        loop {
            let _e4920 = local_10;
            local_7 = (_e4920 + 64u);
            let _e4925 = local_7;
            let _e4927 = local;
            let _e4928 = (_e4925 >= _e4927);
            if _e4928 {
                break;
            }
            let _e4933 = local_4;
            let _e4935 = local_7;
            let _e4941 = local_83;
            c[(((_e4933 + (_e4935 << 2u)) + 4294963200u) >> 2u)] = _e4941;
            break;
        }
        loop {
            let _e4949 = local_7;
            local_8 = (_e4949 | 1u);
            let _e4954 = local_8;
            let _e4956 = local;
            let _e4957 = (_e4954 >= _e4956);
            if _e4957 {
                break;
            }
            let _e4962 = local_4;
            let _e4964 = local_8;
            let _e4970 = local_84;
            c[(((_e4962 + (_e4964 << 2u)) + 4294963200u) >> 2u)] = _e4970;
            break;
        }
        loop {
            let _e4978 = local_7;
            local_8 = (_e4978 | 2u);
            let _e4983 = local_8;
            let _e4985 = local;
            let _e4986 = (_e4983 >= _e4985);
            if _e4986 {
                break;
            }
            let _e4991 = local_4;
            let _e4993 = local_8;
            let _e4999 = local_85;
            c[(((_e4991 + (_e4993 << 2u)) + 4294963200u) >> 2u)] = _e4999;
            break;
        }
        let _e5007 = local_7;
        local_7 = (_e5007 | 3u);
        let _e5012 = local_7;
        let _e5014 = local;
        let _e5015 = (_e5012 >= _e5014);
        if _e5015 {
            break;
        }
        let _e5020 = local_4;
        let _e5022 = local_7;
        let _e5028 = local_86;
        c[(((_e5020 + (_e5022 << 2u)) + 4294963200u) >> 2u)] = _e5028;
        break;
    }
    loop {
        let _e5036 = local_2;
        local_4 = (_e5036 | 66u);
        let _e5041 = local_4;
        let _e5043 = local;
        let _e5044 = (_e5041 >= _e5043);
        if _e5044 {
            break;
        }
        let _e5049 = local_5;
        let _e5051 = local_4;
        let _e5053 = local;
        local_4 = (_e5049 + ((_e5051 * _e5053) << 2u));
        loop {
            let _e5061 = local_10;
            let _e5063 = local;
            let _e5064 = (_e5061 >= _e5063);
            if _e5064 {
                break;
            }
            let _e5069 = local_4;
            let _e5071 = local_10;
            let _e5077 = local_87;
            c[(((_e5069 + (_e5071 << 2u)) + 4294963200u) >> 2u)] = _e5077;
            break;
        }
        loop {
            let _e5085 = local_10;
            local_7 = (_e5085 | 1u);
            let _e5090 = local_7;
            let _e5092 = local;
            let _e5093 = (_e5090 >= _e5092);
            if _e5093 {
                break;
            }
            let _e5098 = local_4;
            let _e5100 = local_7;
            let _e5106 = local_88;
            c[(((_e5098 + (_e5100 << 2u)) + 4294963200u) >> 2u)] = _e5106;
            break;
        }
        loop {
            let _e5114 = local_10;
            local_7 = (_e5114 | 2u);
            let _e5119 = local_7;
            let _e5121 = local;
            let _e5122 = (_e5119 >= _e5121);
            if _e5122 {
                break;
            }
            let _e5127 = local_4;
            let _e5129 = local_7;
            let _e5135 = local_89;
            c[(((_e5127 + (_e5129 << 2u)) + 4294963200u) >> 2u)] = _e5135;
            break;
        }
        loop {
            let _e5143 = local_10;
            local_7 = (_e5143 | 3u);
            let _e5148 = local_7;
            let _e5150 = local;
            let _e5151 = (_e5148 >= _e5150);
            if _e5151 {
                break;
            }
            let _e5156 = local_4;
            let _e5158 = local_7;
            let _e5164 = local_90;
            c[(((_e5156 + (_e5158 << 2u)) + 4294963200u) >> 2u)] = _e5164;
            break;
        }
        loop {
            let _e5172 = local_10;
            local_7 = (_e5172 + 64u);
            let _e5177 = local_7;
            let _e5179 = local;
            let _e5180 = (_e5177 >= _e5179);
            if _e5180 {
                break;
            }
            let _e5185 = local_4;
            let _e5187 = local_7;
            let _e5193 = local_91;
            c[(((_e5185 + (_e5187 << 2u)) + 4294963200u) >> 2u)] = _e5193;
            break;
        }
        loop {
            let _e5201 = local_7;
            local_8 = (_e5201 | 1u);
            let _e5206 = local_8;
            let _e5208 = local;
            let _e5209 = (_e5206 >= _e5208);
            if _e5209 {
                break;
            }
            let _e5214 = local_4;
            let _e5216 = local_8;
            let _e5222 = local_92;
            c[(((_e5214 + (_e5216 << 2u)) + 4294963200u) >> 2u)] = _e5222;
            break;
        }
        loop {
            let _e5230 = local_7;
            local_8 = (_e5230 | 2u);
            let _e5235 = local_8;
            let _e5237 = local;
            let _e5238 = (_e5235 >= _e5237);
            if _e5238 {
                break;
            }
            let _e5243 = local_4;
            let _e5245 = local_8;
            let _e5251 = local_93;
            c[(((_e5243 + (_e5245 << 2u)) + 4294963200u) >> 2u)] = _e5251;
            break;
        }
        let _e5259 = local_7;
        local_7 = (_e5259 | 3u);
        let _e5264 = local_7;
        let _e5266 = local;
        let _e5267 = (_e5264 >= _e5266);
        if _e5267 {
            break;
        }
        let _e5272 = local_4;
        let _e5274 = local_7;
        let _e5280 = local_94;
        c[(((_e5272 + (_e5274 << 2u)) + 4294963200u) >> 2u)] = _e5280;
        break;
    }
    loop {
        let _e5288 = local_2;
        local_2 = (_e5288 | 67u);
        let _e5293 = local_2;
        let _e5295 = local;
        let _e5296 = (_e5293 >= _e5295);
        if _e5296 {
            break;
        }
        let _e5301 = local_5;
        let _e5303 = local_2;
        let _e5305 = local;
        local_2 = (_e5301 + ((_e5303 * _e5305) << 2u));
        loop {
            let _e5313 = local_10;
            let _e5315 = local;
            let _e5316 = (_e5313 >= _e5315);
            if _e5316 {
                break;
            }
            let _e5321 = local_2;
            let _e5323 = local_10;
            let _e5329 = local_95;
            c[(((_e5321 + (_e5323 << 2u)) + 4294963200u) >> 2u)] = _e5329;
            break;
        }
        loop {
            let _e5337 = local_10;
            local_4 = (_e5337 | 1u);
            let _e5342 = local_4;
            let _e5344 = local;
            let _e5345 = (_e5342 >= _e5344);
            if _e5345 {
                break;
            }
            let _e5350 = local_2;
            let _e5352 = local_4;
            let _e5358 = local_96;
            c[(((_e5350 + (_e5352 << 2u)) + 4294963200u) >> 2u)] = _e5358;
            break;
        }
        loop {
            let _e5366 = local_10;
            local_4 = (_e5366 | 2u);
            let _e5371 = local_4;
            let _e5373 = local;
            let _e5374 = (_e5371 >= _e5373);
            if _e5374 {
                break;
            }
            let _e5379 = local_2;
            let _e5381 = local_4;
            let _e5387 = local_97;
            c[(((_e5379 + (_e5381 << 2u)) + 4294963200u) >> 2u)] = _e5387;
            break;
        }
        loop {
            let _e5395 = local_10;
            local_4 = (_e5395 | 3u);
            let _e5400 = local_4;
            let _e5402 = local;
            let _e5403 = (_e5400 >= _e5402);
            if _e5403 {
                break;
            }
            let _e5408 = local_2;
            let _e5410 = local_4;
            let _e5416 = local_98;
            c[(((_e5408 + (_e5410 << 2u)) + 4294963200u) >> 2u)] = _e5416;
            break;
        }
        loop {
            let _e5424 = local_10;
            local_10 = (_e5424 + 64u);
            let _e5429 = local_10;
            let _e5431 = local;
            let _e5432 = (_e5429 >= _e5431);
            if _e5432 {
                break;
            }
            let _e5437 = local_2;
            let _e5439 = local_10;
            let _e5445 = local_99;
            c[(((_e5437 + (_e5439 << 2u)) + 4294963200u) >> 2u)] = _e5445;
            break;
        }
        loop {
            let _e5453 = local_10;
            local_4 = (_e5453 | 1u);
            let _e5458 = local_4;
            let _e5460 = local;
            let _e5461 = (_e5458 >= _e5460);
            if _e5461 {
                break;
            }
            let _e5466 = local_2;
            let _e5468 = local_4;
            let _e5474 = local_100;
            c[(((_e5466 + (_e5468 << 2u)) + 4294963200u) >> 2u)] = _e5474;
            break;
        }
        loop {
            let _e5482 = local_10;
            local_4 = (_e5482 | 2u);
            let _e5487 = local_4;
            let _e5489 = local;
            let _e5490 = (_e5487 >= _e5489);
            if _e5490 {
                break;
            }
            let _e5495 = local_2;
            let _e5497 = local_4;
            let _e5503 = local_101;
            c[(((_e5495 + (_e5497 << 2u)) + 4294963200u) >> 2u)] = _e5503;
            break;
        }
        let _e5511 = local_10;
        local_10 = (_e5511 | 3u);
        let _e5516 = local_10;
        let _e5518 = local;
        let _e5519 = (_e5516 >= _e5518);
        if _e5519 {
            break;
        }
        let _e5524 = local_2;
        let _e5526 = local_10;
        let _e5532 = local_102;
        c[(((_e5524 + (_e5526 << 2u)) + 4294963200u) >> 2u)] = _e5532;
        break;
    }
}
