enable f16;
enable wgpu_cooperative_matrix;

@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> a: array<u32>;
@group(0) @binding(3) 
var<storage> b: array<u32>;
@group(0) @binding(4) 
var<storage, read_write> c: array<f32>;
var<workgroup> ta: array<f16, 6144>;
var<workgroup> tb: array<f16, 8448>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn hgemm(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>, @builtin(subgroup_id) subgroup_id: u32) {
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
    var local_10: vec2<u32>;
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
    var local_23: u32;
    var local_24: u32;
    var local_25: u32;
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
    var local_55: u32;
    var local_56: u32;
    var local_57: u32;
    var local_58: u32;
    var local_59: u32;
    var local_60: u32;
    var local_61: u32;
    var local_62: u32;
    var local_63: u32;
    var local_64: u32;
    var local_65: u32;
    var local_66: u32;
    var local_67: u32;
    var local_68: u32;
    var local_69: u32;
    var local_70: u32;
    var local_71: u32;
    var local_72: u32;
    var local_73: u32;
    var local_74: u32;
    var local_75: u32;
    var local_76: coop_mat16x16<f32,C>;
    var local_77: coop_mat16x16<f32,C>;
    var local_78: coop_mat16x16<f32,C>;
    var local_79: coop_mat16x16<f32,C>;
    var local_80: coop_mat16x16<f32,C>;
    var local_81: coop_mat16x16<f32,C>;
    var local_82: coop_mat16x16<f32,C>;
    var local_83: coop_mat16x16<f32,C>;
    var local_84: coop_mat16x16<f32,C>;
    var local_85: coop_mat16x16<f32,C>;
    var local_86: coop_mat16x16<f32,C>;
    var local_87: coop_mat16x16<f32,C>;
    var local_88: coop_mat16x16<f32,C>;
    var local_89: coop_mat16x16<f32,C>;
    var local_90: coop_mat16x16<f32,C>;
    var local_91: coop_mat16x16<f32,C>;
    var local_92: coop_mat16x16<f16,B>;
    var local_93: coop_mat16x16<f16,B>;
    var local_94: coop_mat16x16<f16,B>;
    var local_95: coop_mat16x16<f16,B>;
    var local_96: coop_mat16x16<f16,A>;
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
    local_10 = vec2<u32>(0u, 0u);
    local_11 = 0u;
    local_12 = 0u;
    local_13 = 0u;
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
    local_55 = 0u;
    local_56 = 0u;
    local_57 = 0u;
    local_58 = 0u;
    local_59 = 0u;
    local_60 = 0u;
    local_61 = 0u;
    local_62 = 0u;
    local_63 = 0u;
    local_64 = 0u;
    local_65 = 0u;
    local_66 = 0u;
    local_67 = 0u;
    local_68 = 0u;
    local_69 = 0u;
    local_70 = 0u;
    local_71 = 0u;
    let _e118 = stack_pointer;
    local = (_e118 - 32u);
    let _e123 = local;
    stack_pointer = _e123;
    let _e128 = params[0];
    local_1 = _e128;
    local_2 = 4096u;
    let _e136 = params[2];
    local_3 = _e136;
    local_4 = 4096u;
    let _e144 = params[4];
    local_5 = _e144;
    local_6 = 4096u;
    let _e152 = params[6];
    local_7 = _e152;
    local_8 = 4096u;
    local_9 = 4096u;
    let _e161 = local_1;
    switch 0u {
        default: {
            if ((_e161 & 255u) != 0u) {
                break;
            }
            let _e167 = local_1;
            local_10 = vec2<u32>(_e167, 0u);
            let _e172 = local_10;
            let _e174 = local_10;
            let _e182 = (_e172.x & 65535u);
            let _e183 = (_e172.x >> 16u);
            let _e184 = (_e174.x & 65535u);
            let _e185 = (_e174.x >> 16u);
            let _e187 = (_e182 * _e185);
            let _e188 = (_e183 * _e184);
            local_10 = vec2<u32>((_e172.x * _e174.x), ((((((_e183 * _e185) + (_e187 >> 16u)) + (_e188 >> 16u)) + (((((_e182 * _e184) >> 16u) + (_e187 & 65535u)) + (_e188 & 65535u)) >> 16u)) + (_e172.x * _e174.y)) + (_e172.y * _e174.x)));
            let _e208 = local_10;
            let _e211 = vec2<u32>(32u, 0u);
            let _e217 = (_e211.x & 31u);
            let _e221 = ((_e211.x & 32u) != 0u);
            let _e223 = (_e208.y >> _e217);
            switch 0u {
                default: {
                    if (vec2<u32>(select(((_e208.x >> _e217) | ((_e208.y << 1u) << (31u - _e217))), _e223, _e221), select(_e223, 0u, _e221)).x != 0u) {
                        break;
                    }
                    let _e238 = local_3;
                    let _e240 = local_10;
                    local_11 = _e240.x;
                    let _e244 = local_11;
                    let _e245 = (_e238 < _e244);
                    switch 0u {
                        default: {
                            if _e245 {
                                break;
                            }
                            let _e250 = local_5;
                            let _e252 = local_11;
                            let _e253 = (_e250 < _e252);
                            switch 0u {
                                default: {
                                    if _e253 {
                                        break;
                                    }
                                    let _e258 = local_7;
                                    let _e260 = local_11;
                                    let _e261 = (_e258 < _e260);
                                    switch 0u {
                                        default: {
                                            if _e261 {
                                                break;
                                            }
                                            local_3 = 0u;
                                            local_12 = workgroup_id.y;
                                            local_13 = workgroup_id.x;
                                            local_76 = coop_mat16x16<f32,C>();
                                            local_77 = coop_mat16x16<f32,C>();
                                            local_78 = coop_mat16x16<f32,C>();
                                            local_79 = coop_mat16x16<f32,C>();
                                            local_80 = coop_mat16x16<f32,C>();
                                            local_81 = coop_mat16x16<f32,C>();
                                            local_82 = coop_mat16x16<f32,C>();
                                            local_83 = coop_mat16x16<f32,C>();
                                            local_84 = coop_mat16x16<f32,C>();
                                            local_85 = coop_mat16x16<f32,C>();
                                            local_86 = coop_mat16x16<f32,C>();
                                            local_87 = coop_mat16x16<f32,C>();
                                            local_88 = coop_mat16x16<f32,C>();
                                            local_89 = coop_mat16x16<f32,C>();
                                            local_90 = coop_mat16x16<f32,C>();
                                            local_91 = coop_mat16x16<f32,C>();
                                            local_30 = local_id.x;
                                            let _e321 = local_4;
                                            let _e323 = local_30;
                                            local_31 = (_e323 & 255u);
                                            let _e328 = local_31;
                                            local_32 = (_e328 >> 7u);
                                            let _e334 = local_32;
                                            let _e338 = local_1;
                                            let _e345 = local_13;
                                            local_5 = (_e345 << 9u);
                                            let _e351 = local_5;
                                            let _e354 = local_31;
                                            local_33 = (_e354 << 1u);
                                            let _e360 = local_33;
                                            local_34 = (_e360 & 254u);
                                            let _e365 = local_34;
                                            local_11 = (_e365 << 1u);
                                            let _e371 = local_11;
                                            let _e383 = b[min((((((_e321 + (((_e334 | 14u) * _e338) << 1u)) + _e351) + _e371) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_35 = _e383;
                                            let _e386 = local_4;
                                            let _e388 = local_32;
                                            let _e392 = local_1;
                                            let _e399 = local_5;
                                            let _e402 = local_11;
                                            let _e414 = b[min((((((_e386 + (((_e388 | 12u) * _e392) << 1u)) + _e399) + _e402) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_36 = _e414;
                                            let _e417 = local_4;
                                            let _e419 = local_32;
                                            let _e423 = local_1;
                                            let _e430 = local_5;
                                            let _e433 = local_11;
                                            let _e445 = b[min((((((_e417 + (((_e419 | 10u) * _e423) << 1u)) + _e430) + _e433) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_37 = _e445;
                                            let _e448 = local_4;
                                            let _e450 = local_32;
                                            let _e454 = local_1;
                                            let _e461 = local_5;
                                            let _e464 = local_11;
                                            let _e476 = b[min((((((_e448 + (((_e450 | 8u) * _e454) << 1u)) + _e461) + _e464) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_38 = _e476;
                                            let _e479 = local_4;
                                            let _e481 = local_31;
                                            local_39 = (_e481 | 768u);
                                            let _e486 = local_39;
                                            local_40 = (_e486 >> 7u);
                                            let _e492 = local_40;
                                            let _e494 = local_1;
                                            let _e501 = local_5;
                                            let _e504 = local_11;
                                            let _e516 = b[min((((((_e479 + ((_e492 * _e494) << 1u)) + _e501) + _e504) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_41 = _e516;
                                            let _e519 = local_4;
                                            let _e521 = local_31;
                                            local_42 = (_e521 | 512u);
                                            let _e526 = local_42;
                                            local_43 = (_e526 >> 7u);
                                            let _e532 = local_43;
                                            let _e534 = local_1;
                                            let _e541 = local_5;
                                            let _e544 = local_11;
                                            let _e556 = b[min((((((_e519 + ((_e532 * _e534) << 1u)) + _e541) + _e544) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_44 = _e556;
                                            let _e559 = local_4;
                                            let _e561 = local_32;
                                            let _e563 = local_1;
                                            let _e570 = local_5;
                                            let _e573 = local_11;
                                            let _e585 = b[min((((((_e559 + ((_e561 * _e563) << 1u)) + _e570) + _e573) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_45 = _e585;
                                            let _e588 = local_4;
                                            let _e590 = local_31;
                                            local_46 = (_e590 | 256u);
                                            let _e595 = local_46;
                                            local_47 = (_e595 >> 7u);
                                            let _e601 = local_47;
                                            let _e603 = local_1;
                                            let _e610 = local_5;
                                            let _e613 = local_11;
                                            let _e625 = b[min((((((_e588 + ((_e601 * _e603) << 1u)) + _e610) + _e613) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                            local_48 = _e625;
                                            let _e628 = local_2;
                                            let _e630 = local_39;
                                            local_39 = (_e630 >> 3u);
                                            let _e636 = local_39;
                                            let _e638 = local_12;
                                            local_49 = (_e638 << 7u);
                                            let _e644 = local_49;
                                            let _e647 = local_1;
                                            local_50 = (_e628 + (((_e636 | _e644) * _e647) << 1u));
                                            let _e655 = local_50;
                                            let _e657 = local_33;
                                            local_51 = (_e657 & 14u);
                                            let _e662 = local_51;
                                            local_12 = (_e662 << 1u);
                                            let _e668 = local_12;
                                            let _e680 = a[min((((_e655 + _e668) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                            local_52 = _e680;
                                            let _e683 = local_2;
                                            let _e685 = local_42;
                                            local_33 = (_e685 >> 3u);
                                            let _e691 = local_33;
                                            let _e693 = local_49;
                                            let _e696 = local_1;
                                            local_53 = (_e683 + (((_e691 | _e693) * _e696) << 1u));
                                            let _e704 = local_53;
                                            let _e706 = local_12;
                                            let _e718 = a[min((((_e704 + _e706) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                            local_54 = _e718;
                                            let _e721 = local_2;
                                            let _e723 = local_31;
                                            local_31 = (_e723 >> 3u);
                                            let _e729 = local_31;
                                            let _e731 = local_49;
                                            let _e734 = local_1;
                                            local_55 = (_e721 + (((_e729 | _e731) * _e734) << 1u));
                                            let _e742 = local_55;
                                            let _e744 = local_12;
                                            let _e756 = a[min((((_e742 + _e744) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                            local_56 = _e756;
                                            let _e759 = local_8;
                                            let _e761 = local_46;
                                            local_42 = (_e761 >> 3u);
                                            let _e767 = local_42;
                                            local_57 = (_e759 + (_e767 * 48u));
                                            let _e773 = local_57;
                                            let _e775 = local_12;
                                            let _e778 = local_2;
                                            let _e780 = local_42;
                                            let _e782 = local_49;
                                            let _e785 = local_1;
                                            local_42 = (_e778 + (((_e780 | _e782) * _e785) << 1u));
                                            let _e793 = local_42;
                                            let _e795 = local_12;
                                            let _e807 = a[min((((_e793 + _e795) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                            local_58 = _e807;
                                            let _e810 = local_58;
                                            let _e814 = (((_e773 + _e775) + 4294963200u) >> 1u);
                                            let _e816 = vec2<f16>(unpack2x16float(_e810));
                                            ta[_e814] = _e816.x;
                                            let _e824 = (_e814 + 1u);
                                            ta[_e824] = _e816.y;
                                            let _e830 = local_8;
                                            let _e832 = local_31;
                                            local_59 = (_e830 + (_e832 * 48u));
                                            let _e838 = local_59;
                                            let _e840 = local_12;
                                            let _e843 = local_56;
                                            let _e847 = (((_e838 + _e840) + 4294963200u) >> 1u);
                                            let _e849 = vec2<f16>(unpack2x16float(_e843));
                                            ta[_e847] = _e849.x;
                                            let _e857 = (_e847 + 1u);
                                            ta[_e857] = _e849.y;
                                            let _e863 = local_8;
                                            let _e865 = local_33;
                                            local_60 = (_e863 + (_e865 * 48u));
                                            let _e871 = local_60;
                                            let _e873 = local_12;
                                            let _e876 = local_54;
                                            let _e880 = (((_e871 + _e873) + 4294963200u) >> 1u);
                                            let _e882 = vec2<f16>(unpack2x16float(_e876));
                                            ta[_e880] = _e882.x;
                                            let _e890 = (_e880 + 1u);
                                            ta[_e890] = _e882.y;
                                            let _e896 = local_8;
                                            let _e898 = local_39;
                                            local_61 = (_e896 + (_e898 * 48u));
                                            let _e904 = local_61;
                                            let _e906 = local_12;
                                            let _e909 = local_52;
                                            let _e913 = (((_e904 + _e906) + 4294963200u) >> 1u);
                                            let _e915 = vec2<f16>(unpack2x16float(_e909));
                                            ta[_e913] = _e915.x;
                                            let _e923 = (_e913 + 1u);
                                            ta[_e923] = _e915.y;
                                            let _e929 = local_9;
                                            let _e931 = local_47;
                                            local_62 = (_e929 + (_e931 * 528u));
                                            let _e937 = local_62;
                                            let _e939 = local_11;
                                            let _e942 = local_48;
                                            let _e946 = (((_e937 + _e939) + 4294963200u) >> 1u);
                                            let _e948 = vec2<f16>(unpack2x16float(_e942));
                                            tb[_e946] = _e948.x;
                                            let _e956 = (_e946 + 1u);
                                            tb[_e956] = _e948.y;
                                            let _e962 = local_9;
                                            let _e964 = local_32;
                                            local_63 = (_e962 + (_e964 * 528u));
                                            let _e970 = local_63;
                                            let _e972 = local_11;
                                            let _e975 = local_45;
                                            let _e979 = (((_e970 + _e972) + 4294963200u) >> 1u);
                                            let _e981 = vec2<f16>(unpack2x16float(_e975));
                                            tb[_e979] = _e981.x;
                                            let _e989 = (_e979 + 1u);
                                            tb[_e989] = _e981.y;
                                            let _e995 = local_9;
                                            let _e997 = local_43;
                                            local_64 = (_e995 + (_e997 * 528u));
                                            let _e1003 = local_64;
                                            let _e1005 = local_11;
                                            let _e1008 = local_44;
                                            let _e1012 = (((_e1003 + _e1005) + 4294963200u) >> 1u);
                                            let _e1014 = vec2<f16>(unpack2x16float(_e1008));
                                            tb[_e1012] = _e1014.x;
                                            let _e1022 = (_e1012 + 1u);
                                            tb[_e1022] = _e1014.y;
                                            let _e1028 = local_9;
                                            let _e1030 = local_40;
                                            local_65 = (_e1028 + (_e1030 * 528u));
                                            let _e1036 = local_65;
                                            let _e1038 = local_11;
                                            let _e1041 = local_41;
                                            let _e1045 = (((_e1036 + _e1038) + 4294963200u) >> 1u);
                                            let _e1047 = vec2<f16>(unpack2x16float(_e1041));
                                            tb[_e1045] = _e1047.x;
                                            let _e1055 = (_e1045 + 1u);
                                            tb[_e1055] = _e1047.y;
                                            let _e1061 = local_63;
                                            local_66 = (_e1061 + 4224u);
                                            let _e1066 = local_66;
                                            let _e1068 = local_11;
                                            let _e1071 = local_38;
                                            let _e1075 = (((_e1066 + _e1068) + 4294963200u) >> 1u);
                                            let _e1077 = vec2<f16>(unpack2x16float(_e1071));
                                            tb[_e1075] = _e1077.x;
                                            let _e1085 = (_e1075 + 1u);
                                            tb[_e1085] = _e1077.y;
                                            let _e1091 = local_63;
                                            local_67 = (_e1091 + 5280u);
                                            let _e1096 = local_67;
                                            let _e1098 = local_11;
                                            let _e1101 = local_37;
                                            let _e1105 = (((_e1096 + _e1098) + 4294963200u) >> 1u);
                                            let _e1107 = vec2<f16>(unpack2x16float(_e1101));
                                            tb[_e1105] = _e1107.x;
                                            let _e1115 = (_e1105 + 1u);
                                            tb[_e1115] = _e1107.y;
                                            let _e1121 = local_63;
                                            local_68 = (_e1121 + 6336u);
                                            let _e1126 = local_68;
                                            let _e1128 = local_11;
                                            let _e1131 = local_36;
                                            let _e1135 = (((_e1126 + _e1128) + 4294963200u) >> 1u);
                                            let _e1137 = vec2<f16>(unpack2x16float(_e1131));
                                            tb[_e1135] = _e1137.x;
                                            let _e1145 = (_e1135 + 1u);
                                            tb[_e1145] = _e1137.y;
                                            let _e1151 = local_63;
                                            local_69 = (_e1151 + 7392u);
                                            let _e1156 = local_69;
                                            let _e1158 = local_11;
                                            let _e1161 = local_35;
                                            let _e1165 = (((_e1156 + _e1158) + 4294963200u) >> 1u);
                                            let _e1167 = vec2<f16>(unpack2x16float(_e1161));
                                            tb[_e1165] = _e1167.x;
                                            let _e1175 = (_e1165 + 1u);
                                            tb[_e1175] = _e1167.y;
                                            let _e1181 = local_1;
                                            let _e1183 = (_e1181 == 0u);
                                            switch 0u {
                                                default: {
                                                    if _e1183 {
                                                        break;
                                                    }
                                                    let _e1188 = local_1;
                                                    local_70 = (_e1188 >> 4u);
                                                    let _e1194 = local_4;
                                                    let _e1196 = local_1;
                                                    let _e1198 = local_32;
                                                    let _e1206 = local_5;
                                                    local_12 = (_e1194 + (((_e1196 * (_e1198 | 16u)) << 1u) + _e1206));
                                                    let _e1211 = local_4;
                                                    let _e1213 = local_1;
                                                    let _e1215 = local_47;
                                                    let _e1223 = local_5;
                                                    local_31 = (_e1211 + (((_e1213 * (_e1215 | 16u)) << 1u) + _e1223));
                                                    let _e1228 = local_4;
                                                    let _e1230 = local_1;
                                                    let _e1232 = local_43;
                                                    let _e1240 = local_5;
                                                    local_2 = (_e1228 + (((_e1230 * (_e1232 | 16u)) << 1u) + _e1240));
                                                    let _e1245 = local_4;
                                                    let _e1247 = local_1;
                                                    let _e1249 = local_40;
                                                    let _e1257 = local_5;
                                                    local_40 = (_e1245 + (((_e1247 * (_e1249 | 16u)) << 1u) + _e1257));
                                                    let _e1262 = local_4;
                                                    let _e1264 = local_1;
                                                    let _e1266 = local_32;
                                                    let _e1274 = local_5;
                                                    local_43 = (_e1262 + (((_e1264 * (_e1266 | 24u)) << 1u) + _e1274));
                                                    let _e1279 = local_4;
                                                    let _e1281 = local_1;
                                                    let _e1283 = local_32;
                                                    let _e1291 = local_5;
                                                    local_47 = (_e1279 + (((_e1281 * (_e1283 | 26u)) << 1u) + _e1291));
                                                    let _e1296 = local_4;
                                                    let _e1298 = local_1;
                                                    let _e1300 = local_32;
                                                    let _e1308 = local_5;
                                                    local_33 = (_e1296 + (((_e1298 * (_e1300 | 28u)) << 1u) + _e1308));
                                                    let _e1313 = local_4;
                                                    let _e1315 = local_1;
                                                    let _e1317 = local_32;
                                                    let _e1325 = local_5;
                                                    local_39 = (_e1313 + (((_e1315 * (_e1317 | 30u)) << 1u) + _e1325));
                                                    let _e1330 = local_1;
                                                    local_11 = (_e1330 << 5u);
                                                    let _e1336 = local_30;
                                                    local_71 = ((_e1336 & 7u) << 2u);
                                                    let _e1344 = local_30;
                                                    local_4 = ((_e1344 & 127u) << 2u);
                                                    let _e1352 = local_55;
                                                    local_30 = (_e1352 + 32u);
                                                    let _e1357 = local_42;
                                                    local_42 = (_e1357 + 32u);
                                                    let _e1362 = local_53;
                                                    local_46 = (_e1362 + 32u);
                                                    let _e1367 = local_50;
                                                    local_50 = (_e1367 + 32u);
                                                    loop {
                                                        let _e1372 = local_3;
                                                        local_32 = (_e1372 + 1u);
                                                        let _e1377 = local_32;
                                                        let _e1379 = local_70;
                                                        local_53 = select(0u, 1u, (_e1377 < _e1379));
                                                        let _e1386 = local_53;
                                                        let _e1388 = (_e1386 == 0u);
                                                        switch 0u {
                                                            default: {
                                                                if _e1388 {
                                                                    break;
                                                                }
                                                                let _e1393 = local_39;
                                                                let _e1395 = local_4;
                                                                let _e1407 = b[min((((_e1393 + _e1395) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                                                local_35 = _e1407;
                                                                let _e1410 = local_33;
                                                                let _e1412 = local_4;
                                                                let _e1424 = b[min((((_e1410 + _e1412) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                                                local_36 = _e1424;
                                                                let _e1427 = local_47;
                                                                let _e1429 = local_4;
                                                                let _e1441 = b[min((((_e1427 + _e1429) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                                                local_37 = _e1441;
                                                                let _e1444 = local_43;
                                                                let _e1446 = local_4;
                                                                let _e1458 = b[min((((_e1444 + _e1446) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                                                local_38 = _e1458;
                                                                let _e1461 = local_40;
                                                                let _e1463 = local_4;
                                                                let _e1475 = b[min((((_e1461 + _e1463) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                                                local_41 = _e1475;
                                                                let _e1478 = local_2;
                                                                let _e1480 = local_4;
                                                                let _e1492 = b[min((((_e1478 + _e1480) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                                                local_44 = _e1492;
                                                                let _e1495 = local_31;
                                                                let _e1497 = local_4;
                                                                let _e1509 = b[min((((_e1495 + _e1497) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                                                local_48 = _e1509;
                                                                let _e1512 = local_12;
                                                                let _e1514 = local_4;
                                                                let _e1526 = b[min((((_e1512 + _e1514) + 4294963200u) >> 2u), (arrayLength((&b)) - 1u))];
                                                                local_45 = _e1526;
                                                                let _e1529 = local_50;
                                                                let _e1531 = local_71;
                                                                let _e1543 = a[min((((_e1529 + _e1531) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                                                local_52 = _e1543;
                                                                let _e1546 = local_46;
                                                                let _e1548 = local_71;
                                                                let _e1560 = a[min((((_e1546 + _e1548) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                                                local_54 = _e1560;
                                                                let _e1563 = local_42;
                                                                let _e1565 = local_71;
                                                                let _e1577 = a[min((((_e1563 + _e1565) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                                                local_58 = _e1577;
                                                                let _e1580 = local_30;
                                                                let _e1582 = local_71;
                                                                let _e1594 = a[min((((_e1580 + _e1582) + 4294963200u) >> 2u), (arrayLength((&a)) - 1u))];
                                                                local_56 = _e1594;
                                                            }
                                                        }
                                                        workgroupBarrier();
                                                        let _e1598 = local_9;
                                                        local_55 = subgroup_id;
                                                        let _e1602 = local_55;
                                                        let _e1610 = local_3;
                                                        local_5 = (_e1610 & 1u);
                                                        let _e1615 = local_5;
                                                        local_3 = ((_e1598 + ((_e1602 << 7u) & 384u)) + (_e1615 * 8448u));
                                                        let _e1621 = local_3;
                                                        let _e1626 = ((_e1621 + 4294963200u) >> 1u);
                                                        local_92 = coopLoadT<coop_mat16x16<f16,B>>((&tb[_e1626]), (528u >> 1u));
                                                        let _e1636 = local_3;
                                                        let _e1643 = (((_e1636 + 32u) + 4294963200u) >> 1u);
                                                        local_93 = coopLoadT<coop_mat16x16<f16,B>>((&tb[_e1643]), (528u >> 1u));
                                                        let _e1653 = local_3;
                                                        let _e1660 = (((_e1653 + 64u) + 4294963200u) >> 1u);
                                                        local_94 = coopLoadT<coop_mat16x16<f16,B>>((&tb[_e1660]), (528u >> 1u));
                                                        let _e1670 = local_3;
                                                        let _e1677 = (((_e1670 + 96u) + 4294963200u) >> 1u);
                                                        local_95 = coopLoadT<coop_mat16x16<f16,B>>((&tb[_e1677]), (528u >> 1u));
                                                        let _e1687 = local_76;
                                                        let _e1689 = local_8;
                                                        let _e1691 = local_55;
                                                        let _e1701 = local_5;
                                                        local_3 = ((_e1689 + (((_e1691 << 4u) & 64u) * 48u)) + (_e1701 * 6144u));
                                                        let _e1707 = local_3;
                                                        let _e1712 = ((_e1707 + 4294963200u) >> 1u);
                                                        local_96 = coopLoadT<coop_mat16x16<f16,A>>((&ta[_e1712]), (48u >> 1u));
                                                        let _e1722 = local_96;
                                                        let _e1724 = local_92;
                                                        local_76 = coopMultiplyAdd(_e1722, _e1724, _e1687);
                                                        let _e1728 = local_77;
                                                        let _e1730 = local_96;
                                                        let _e1732 = local_93;
                                                        local_77 = coopMultiplyAdd(_e1730, _e1732, _e1728);
                                                        let _e1736 = local_78;
                                                        let _e1738 = local_96;
                                                        let _e1740 = local_94;
                                                        local_78 = coopMultiplyAdd(_e1738, _e1740, _e1736);
                                                        let _e1744 = local_79;
                                                        let _e1746 = local_96;
                                                        let _e1748 = local_95;
                                                        local_79 = coopMultiplyAdd(_e1746, _e1748, _e1744);
                                                        let _e1752 = local_80;
                                                        let _e1754 = local_3;
                                                        let _e1761 = (((_e1754 + 768u) + 4294963200u) >> 1u);
                                                        local_96 = coopLoadT<coop_mat16x16<f16,A>>((&ta[_e1761]), (48u >> 1u));
                                                        let _e1771 = local_96;
                                                        let _e1773 = local_92;
                                                        local_80 = coopMultiplyAdd(_e1771, _e1773, _e1752);
                                                        let _e1777 = local_81;
                                                        let _e1779 = local_96;
                                                        let _e1781 = local_93;
                                                        local_81 = coopMultiplyAdd(_e1779, _e1781, _e1777);
                                                        let _e1785 = local_82;
                                                        let _e1787 = local_96;
                                                        let _e1789 = local_94;
                                                        local_82 = coopMultiplyAdd(_e1787, _e1789, _e1785);
                                                        let _e1793 = local_83;
                                                        let _e1795 = local_96;
                                                        let _e1797 = local_95;
                                                        local_83 = coopMultiplyAdd(_e1795, _e1797, _e1793);
                                                        let _e1801 = local_53;
                                                        let _e1803 = (_e1801 == 0u);
                                                        switch 0u {
                                                            default: {
                                                                if _e1803 {
                                                                    break;
                                                                }
                                                                let _e1808 = local_57;
                                                                let _e1810 = local_5;
                                                                local_53 = (_e1810 ^ 1u);
                                                                let _e1815 = local_53;
                                                                let _e1819 = local_51;
                                                                local_5 = (((_e1815 * 3072u) | _e1819) << 1u);
                                                                let _e1826 = local_5;
                                                                let _e1829 = local_58;
                                                                let _e1833 = (((_e1808 + _e1826) + 4294963200u) >> 1u);
                                                                let _e1835 = vec2<f16>(unpack2x16float(_e1829));
                                                                ta[_e1833] = _e1835.x;
                                                                let _e1843 = (_e1833 + 1u);
                                                                ta[_e1843] = _e1835.y;
                                                                let _e1849 = local_59;
                                                                let _e1851 = local_5;
                                                                let _e1854 = local_56;
                                                                let _e1858 = (((_e1849 + _e1851) + 4294963200u) >> 1u);
                                                                let _e1860 = vec2<f16>(unpack2x16float(_e1854));
                                                                ta[_e1858] = _e1860.x;
                                                                let _e1868 = (_e1858 + 1u);
                                                                ta[_e1868] = _e1860.y;
                                                                let _e1874 = local_60;
                                                                let _e1876 = local_5;
                                                                let _e1879 = local_54;
                                                                let _e1883 = (((_e1874 + _e1876) + 4294963200u) >> 1u);
                                                                let _e1885 = vec2<f16>(unpack2x16float(_e1879));
                                                                ta[min(_e1883, 6143u)] = _e1885.x;
                                                                ta[min((_e1883 + 1u), 6143u)] = _e1885.y;
                                                                let _e1899 = local_61;
                                                                let _e1901 = local_5;
                                                                let _e1904 = local_52;
                                                                let _e1908 = (((_e1899 + _e1901) + 4294963200u) >> 1u);
                                                                let _e1910 = vec2<f16>(unpack2x16float(_e1904));
                                                                ta[min(_e1908, 6143u)] = _e1910.x;
                                                                ta[min((_e1908 + 1u), 6143u)] = _e1910.y;
                                                                let _e1924 = local_62;
                                                                let _e1926 = local_53;
                                                                let _e1930 = local_34;
                                                                local_5 = (((_e1926 * 4224u) + _e1930) << 1u);
                                                                let _e1937 = local_5;
                                                                let _e1940 = local_48;
                                                                let _e1944 = (((_e1924 + _e1937) + 4294963200u) >> 1u);
                                                                let _e1946 = vec2<f16>(unpack2x16float(_e1940));
                                                                tb[_e1944] = _e1946.x;
                                                                let _e1954 = (_e1944 + 1u);
                                                                tb[_e1954] = _e1946.y;
                                                                let _e1960 = local_63;
                                                                let _e1962 = local_5;
                                                                let _e1965 = local_45;
                                                                let _e1969 = (((_e1960 + _e1962) + 4294963200u) >> 1u);
                                                                let _e1971 = vec2<f16>(unpack2x16float(_e1965));
                                                                tb[_e1969] = _e1971.x;
                                                                let _e1979 = (_e1969 + 1u);
                                                                tb[_e1979] = _e1971.y;
                                                                let _e1985 = local_64;
                                                                let _e1987 = local_5;
                                                                let _e1990 = local_44;
                                                                let _e1994 = (((_e1985 + _e1987) + 4294963200u) >> 1u);
                                                                let _e1996 = vec2<f16>(unpack2x16float(_e1990));
                                                                tb[_e1994] = _e1996.x;
                                                                let _e2004 = (_e1994 + 1u);
                                                                tb[_e2004] = _e1996.y;
                                                                let _e2010 = local_65;
                                                                let _e2012 = local_5;
                                                                let _e2015 = local_41;
                                                                let _e2019 = (((_e2010 + _e2012) + 4294963200u) >> 1u);
                                                                let _e2021 = vec2<f16>(unpack2x16float(_e2015));
                                                                tb[_e2019] = _e2021.x;
                                                                let _e2029 = (_e2019 + 1u);
                                                                tb[_e2029] = _e2021.y;
                                                                let _e2035 = local_66;
                                                                let _e2037 = local_5;
                                                                let _e2040 = local_38;
                                                                let _e2044 = (((_e2035 + _e2037) + 4294963200u) >> 1u);
                                                                let _e2046 = vec2<f16>(unpack2x16float(_e2040));
                                                                tb[_e2044] = _e2046.x;
                                                                let _e2054 = (_e2044 + 1u);
                                                                tb[_e2054] = _e2046.y;
                                                                let _e2060 = local_67;
                                                                let _e2062 = local_5;
                                                                let _e2065 = local_37;
                                                                let _e2069 = (((_e2060 + _e2062) + 4294963200u) >> 1u);
                                                                let _e2071 = vec2<f16>(unpack2x16float(_e2065));
                                                                tb[_e2069] = _e2071.x;
                                                                let _e2079 = (_e2069 + 1u);
                                                                tb[_e2079] = _e2071.y;
                                                                let _e2085 = local_68;
                                                                let _e2087 = local_5;
                                                                let _e2090 = local_36;
                                                                let _e2094 = (((_e2085 + _e2087) + 4294963200u) >> 1u);
                                                                let _e2096 = vec2<f16>(unpack2x16float(_e2090));
                                                                tb[_e2094] = _e2096.x;
                                                                let _e2104 = (_e2094 + 1u);
                                                                tb[_e2104] = _e2096.y;
                                                                let _e2110 = local_69;
                                                                let _e2112 = local_5;
                                                                let _e2115 = local_35;
                                                                let _e2119 = (((_e2110 + _e2112) + 4294963200u) >> 1u);
                                                                let _e2121 = vec2<f16>(unpack2x16float(_e2115));
                                                                tb[_e2119] = _e2121.x;
                                                                let _e2129 = (_e2119 + 1u);
                                                                tb[_e2129] = _e2121.y;
                                                            }
                                                        }
                                                        let _e2136 = local_30;
                                                        local_30 = (_e2136 + 32u);
                                                        let _e2141 = local_42;
                                                        local_42 = (_e2141 + 32u);
                                                        let _e2146 = local_46;
                                                        local_46 = (_e2146 + 32u);
                                                        let _e2151 = local_50;
                                                        local_50 = (_e2151 + 32u);
                                                        let _e2156 = local_12;
                                                        let _e2158 = local_11;
                                                        local_12 = (_e2156 + _e2158);
                                                        let _e2162 = local_31;
                                                        let _e2164 = local_11;
                                                        local_31 = (_e2162 + _e2164);
                                                        let _e2168 = local_2;
                                                        let _e2170 = local_11;
                                                        local_2 = (_e2168 + _e2170);
                                                        let _e2174 = local_40;
                                                        let _e2176 = local_11;
                                                        local_40 = (_e2174 + _e2176);
                                                        let _e2180 = local_43;
                                                        let _e2182 = local_11;
                                                        local_43 = (_e2180 + _e2182);
                                                        let _e2186 = local_47;
                                                        let _e2188 = local_11;
                                                        local_47 = (_e2186 + _e2188);
                                                        let _e2192 = local_33;
                                                        let _e2194 = local_11;
                                                        local_33 = (_e2192 + _e2194);
                                                        let _e2198 = local_39;
                                                        let _e2200 = local_11;
                                                        local_39 = (_e2198 + _e2200);
                                                        let _e2204 = local_84;
                                                        let _e2206 = local_3;
                                                        let _e2213 = (((_e2206 + 1536u) + 4294963200u) >> 1u);
                                                        local_96 = coopLoadT<coop_mat16x16<f16,A>>((&ta[_e2213]), (48u >> 1u));
                                                        let _e2223 = local_96;
                                                        let _e2225 = local_92;
                                                        local_84 = coopMultiplyAdd(_e2223, _e2225, _e2204);
                                                        let _e2229 = local_85;
                                                        let _e2231 = local_96;
                                                        let _e2233 = local_93;
                                                        local_85 = coopMultiplyAdd(_e2231, _e2233, _e2229);
                                                        let _e2237 = local_86;
                                                        let _e2239 = local_96;
                                                        let _e2241 = local_94;
                                                        local_86 = coopMultiplyAdd(_e2239, _e2241, _e2237);
                                                        let _e2245 = local_87;
                                                        let _e2247 = local_96;
                                                        let _e2249 = local_95;
                                                        local_87 = coopMultiplyAdd(_e2247, _e2249, _e2245);
                                                        let _e2253 = local_88;
                                                        let _e2255 = local_3;
                                                        let _e2262 = (((_e2255 + 2304u) + 4294963200u) >> 1u);
                                                        local_96 = coopLoadT<coop_mat16x16<f16,A>>((&ta[_e2262]), (48u >> 1u));
                                                        let _e2272 = local_96;
                                                        let _e2274 = local_92;
                                                        local_88 = coopMultiplyAdd(_e2272, _e2274, _e2253);
                                                        let _e2278 = local_89;
                                                        let _e2280 = local_96;
                                                        let _e2282 = local_93;
                                                        local_89 = coopMultiplyAdd(_e2280, _e2282, _e2278);
                                                        let _e2286 = local_90;
                                                        let _e2288 = local_96;
                                                        let _e2290 = local_94;
                                                        local_90 = coopMultiplyAdd(_e2288, _e2290, _e2286);
                                                        let _e2294 = local_91;
                                                        let _e2296 = local_96;
                                                        let _e2298 = local_95;
                                                        local_91 = coopMultiplyAdd(_e2296, _e2298, _e2294);
                                                        let _e2302 = local_32;
                                                        local_3 = _e2302;
                                                        let _e2305 = local_70;
                                                        let _e2307 = local_32;
                                                        let _e2308 = (_e2305 != _e2307);
                                                        if _e2308 {
                                                            continue;
                                                        }
                                                        break;
                                                    }
                                                }
                                            }
                                            local_11 = subgroup_id;
                                            let _e2315 = local;
                                            let _e2317 = local_7;
                                            stack[min(((_e2315 + 4293918760u) >> 2u), 7u)] = _e2317;
                                            let _e2327 = local_1;
                                            let _e2329 = (_e2327 <= 15u);
                                            switch 0u {
                                                default: {
                                                    if _e2329 {
                                                        break;
                                                    }
                                                    let _e2334 = local;
                                                    let _e2336 = local_11;
                                                    let _e2343 = local_49;
                                                    local_32 = (((_e2336 << 4u) & 64u) | _e2343);
                                                    let _e2347 = local_32;
                                                    let _e2349 = local_1;
                                                    let _e2352 = local_11;
                                                    let _e2359 = local_13;
                                                    local_12 = (((_e2352 << 6u) & 192u) | (_e2359 << 8u));
                                                    let _e2366 = local_12;
                                                    local_5 = ((_e2347 * _e2349) + _e2366);
                                                    let _e2370 = local_5;
                                                    let _e2372 = local_1;
                                                    local_4 = (_e2372 * 15u);
                                                    let _e2377 = local_4;
                                                    local_11 = ((_e2370 + _e2377) | 16u);
                                                    let _e2383 = local_11;
                                                    stack[min(((_e2334 + 4293918764u) >> 2u), 7u)] = _e2383;
                                                    let _e2393 = local_11;
                                                    let _e2395 = local_7;
                                                    let _e2396 = (_e2393 > _e2395);
                                                    if _e2396 {
                                                        pending = 22u;
                                                    }
                                                    let _e2404 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2404 != 0u) {
                                                                break;
                                                            }
                                                            let _e2408 = local_76;
                                                            let _e2410 = local_6;
                                                            let _e2412 = local_5;
                                                            let _e2418 = local_1;
                                                            local_11 = (_e2418 << 2u);
                                                            let _e2424 = local_11;
                                                            coopStoreT(_e2408, (&c[min((((_e2410 + (_e2412 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e2424 >> 2u));
                                                            let _e2438 = local;
                                                            let _e2440 = local_5;
                                                            local_2 = (_e2440 | 16u);
                                                            let _e2445 = local_2;
                                                            let _e2447 = local_4;
                                                            local_3 = (_e2447 | 16u);
                                                            let _e2452 = local_3;
                                                            local_31 = (_e2445 + _e2452);
                                                            let _e2456 = local_31;
                                                            stack[min(((_e2438 + 4293918764u) >> 2u), 7u)] = _e2456;
                                                            let _e2466 = local;
                                                            let _e2468 = local_7;
                                                            stack[min(((_e2466 + 4293918760u) >> 2u), 7u)] = _e2468;
                                                            let _e2478 = local_31;
                                                            let _e2480 = local_7;
                                                            let _e2481 = (_e2478 > _e2480);
                                                            if _e2481 {
                                                                pending = 21u;
                                                            }
                                                        }
                                                    }
                                                    let _e2489 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2489 != 0u) {
                                                                break;
                                                            }
                                                            let _e2493 = local_77;
                                                            let _e2495 = local_6;
                                                            let _e2497 = local_2;
                                                            let _e2503 = local_11;
                                                            coopStoreT(_e2493, (&c[min((((_e2495 + (_e2497 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e2503 >> 2u));
                                                            let _e2517 = local;
                                                            let _e2519 = local_5;
                                                            local_2 = (_e2519 | 32u);
                                                            let _e2524 = local_2;
                                                            let _e2526 = local_4;
                                                            local_31 = ((_e2524 + _e2526) | 16u);
                                                            let _e2532 = local_31;
                                                            stack[min(((_e2517 + 4293918764u) >> 2u), 7u)] = _e2532;
                                                            let _e2542 = local;
                                                            let _e2544 = local_7;
                                                            stack[min(((_e2542 + 4293918760u) >> 2u), 7u)] = _e2544;
                                                            let _e2554 = local_31;
                                                            let _e2556 = local_7;
                                                            let _e2557 = (_e2554 > _e2556);
                                                            if _e2557 {
                                                                pending = 20u;
                                                            }
                                                        }
                                                    }
                                                    let _e2565 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2565 != 0u) {
                                                                break;
                                                            }
                                                            let _e2569 = local_78;
                                                            let _e2571 = local_6;
                                                            let _e2573 = local_2;
                                                            let _e2579 = local_11;
                                                            coopStoreT(_e2569, (&c[min((((_e2571 + (_e2573 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e2579 >> 2u));
                                                            let _e2593 = local;
                                                            let _e2595 = local_5;
                                                            local_31 = (_e2595 | 48u);
                                                            let _e2600 = local_31;
                                                            let _e2602 = local_3;
                                                            local_5 = (_e2600 + _e2602);
                                                            let _e2606 = local_5;
                                                            stack[min(((_e2593 + 4293918764u) >> 2u), 7u)] = _e2606;
                                                            let _e2616 = local;
                                                            let _e2618 = local_7;
                                                            stack[min(((_e2616 + 4293918760u) >> 2u), 7u)] = _e2618;
                                                            let _e2628 = local_5;
                                                            let _e2630 = local_7;
                                                            let _e2631 = (_e2628 > _e2630);
                                                            if _e2631 {
                                                                pending = 19u;
                                                            }
                                                        }
                                                    }
                                                    let _e2639 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2639 != 0u) {
                                                                break;
                                                            }
                                                            let _e2643 = local_79;
                                                            let _e2645 = local_6;
                                                            let _e2647 = local_31;
                                                            let _e2653 = local_11;
                                                            coopStoreT(_e2643, (&c[min((((_e2645 + (_e2647 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e2653 >> 2u));
                                                            let _e2667 = local;
                                                            let _e2669 = local_32;
                                                            let _e2673 = local_1;
                                                            let _e2676 = local_12;
                                                            local_5 = (((_e2669 | 16u) * _e2673) + _e2676);
                                                            let _e2680 = local_5;
                                                            let _e2682 = local_4;
                                                            local_31 = ((_e2680 + _e2682) | 16u);
                                                            let _e2688 = local_31;
                                                            stack[min(((_e2667 + 4293918764u) >> 2u), 7u)] = _e2688;
                                                            let _e2698 = local;
                                                            let _e2700 = local_7;
                                                            stack[min(((_e2698 + 4293918760u) >> 2u), 7u)] = _e2700;
                                                            let _e2710 = local_31;
                                                            let _e2712 = local_7;
                                                            let _e2713 = (_e2710 > _e2712);
                                                            if _e2713 {
                                                                pending = 18u;
                                                            }
                                                        }
                                                    }
                                                    let _e2721 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2721 != 0u) {
                                                                break;
                                                            }
                                                            let _e2725 = local_80;
                                                            let _e2727 = local_6;
                                                            let _e2729 = local_5;
                                                            let _e2735 = local_11;
                                                            coopStoreT(_e2725, (&c[min((((_e2727 + (_e2729 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e2735 >> 2u));
                                                            let _e2749 = local;
                                                            let _e2751 = local_5;
                                                            local_2 = (_e2751 | 16u);
                                                            let _e2756 = local_2;
                                                            let _e2758 = local_3;
                                                            local_31 = (_e2756 + _e2758);
                                                            let _e2762 = local_31;
                                                            stack[min(((_e2749 + 4293918764u) >> 2u), 7u)] = _e2762;
                                                            let _e2772 = local;
                                                            let _e2774 = local_7;
                                                            stack[min(((_e2772 + 4293918760u) >> 2u), 7u)] = _e2774;
                                                            let _e2784 = local_31;
                                                            let _e2786 = local_7;
                                                            let _e2787 = (_e2784 > _e2786);
                                                            if _e2787 {
                                                                pending = 17u;
                                                            }
                                                        }
                                                    }
                                                    let _e2795 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2795 != 0u) {
                                                                break;
                                                            }
                                                            let _e2799 = local_81;
                                                            let _e2801 = local_6;
                                                            let _e2803 = local_2;
                                                            let _e2809 = local_11;
                                                            coopStoreT(_e2799, (&c[min((((_e2801 + (_e2803 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e2809 >> 2u));
                                                            let _e2823 = local;
                                                            let _e2825 = local_5;
                                                            local_2 = (_e2825 | 32u);
                                                            let _e2830 = local_2;
                                                            let _e2832 = local_4;
                                                            local_31 = ((_e2830 + _e2832) | 16u);
                                                            let _e2838 = local_31;
                                                            stack[min(((_e2823 + 4293918764u) >> 2u), 7u)] = _e2838;
                                                            let _e2848 = local;
                                                            let _e2850 = local_7;
                                                            stack[min(((_e2848 + 4293918760u) >> 2u), 7u)] = _e2850;
                                                            let _e2860 = local_31;
                                                            let _e2862 = local_7;
                                                            let _e2863 = (_e2860 > _e2862);
                                                            if _e2863 {
                                                                pending = 16u;
                                                            }
                                                        }
                                                    }
                                                    let _e2871 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2871 != 0u) {
                                                                break;
                                                            }
                                                            let _e2875 = local_82;
                                                            let _e2877 = local_6;
                                                            let _e2879 = local_2;
                                                            let _e2885 = local_11;
                                                            coopStoreT(_e2875, (&c[min((((_e2877 + (_e2879 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e2885 >> 2u));
                                                            let _e2899 = local;
                                                            let _e2901 = local_5;
                                                            local_31 = (_e2901 | 48u);
                                                            let _e2906 = local_31;
                                                            let _e2908 = local_3;
                                                            local_5 = (_e2906 + _e2908);
                                                            let _e2912 = local_5;
                                                            stack[min(((_e2899 + 4293918764u) >> 2u), 7u)] = _e2912;
                                                            let _e2922 = local;
                                                            let _e2924 = local_7;
                                                            stack[min(((_e2922 + 4293918760u) >> 2u), 7u)] = _e2924;
                                                            let _e2934 = local_5;
                                                            let _e2936 = local_7;
                                                            let _e2937 = (_e2934 > _e2936);
                                                            if _e2937 {
                                                                pending = 15u;
                                                            }
                                                        }
                                                    }
                                                    let _e2945 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2945 != 0u) {
                                                                break;
                                                            }
                                                            let _e2949 = local_83;
                                                            let _e2951 = local_6;
                                                            let _e2953 = local_31;
                                                            let _e2959 = local_11;
                                                            coopStoreT(_e2949, (&c[min((((_e2951 + (_e2953 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e2959 >> 2u));
                                                            let _e2973 = local;
                                                            let _e2975 = local_32;
                                                            let _e2979 = local_1;
                                                            let _e2982 = local_12;
                                                            local_5 = (((_e2975 | 32u) * _e2979) + _e2982);
                                                            let _e2986 = local_5;
                                                            let _e2988 = local_4;
                                                            local_31 = ((_e2986 + _e2988) | 16u);
                                                            let _e2994 = local_31;
                                                            stack[min(((_e2973 + 4293918764u) >> 2u), 7u)] = _e2994;
                                                            let _e3004 = local;
                                                            let _e3006 = local_7;
                                                            stack[min(((_e3004 + 4293918760u) >> 2u), 7u)] = _e3006;
                                                            let _e3016 = local_31;
                                                            let _e3018 = local_7;
                                                            let _e3019 = (_e3016 > _e3018);
                                                            if _e3019 {
                                                                pending = 14u;
                                                            }
                                                        }
                                                    }
                                                    let _e3027 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3027 != 0u) {
                                                                break;
                                                            }
                                                            let _e3031 = local_84;
                                                            let _e3033 = local_6;
                                                            let _e3035 = local_5;
                                                            let _e3041 = local_11;
                                                            coopStoreT(_e3031, (&c[min((((_e3033 + (_e3035 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e3041 >> 2u));
                                                            let _e3055 = local;
                                                            let _e3057 = local_5;
                                                            local_2 = (_e3057 | 16u);
                                                            let _e3062 = local_2;
                                                            let _e3064 = local_3;
                                                            local_31 = (_e3062 + _e3064);
                                                            let _e3068 = local_31;
                                                            stack[min(((_e3055 + 4293918764u) >> 2u), 7u)] = _e3068;
                                                            let _e3078 = local;
                                                            let _e3080 = local_7;
                                                            stack[min(((_e3078 + 4293918760u) >> 2u), 7u)] = _e3080;
                                                            let _e3090 = local_31;
                                                            let _e3092 = local_7;
                                                            let _e3093 = (_e3090 > _e3092);
                                                            if _e3093 {
                                                                pending = 13u;
                                                            }
                                                        }
                                                    }
                                                    let _e3101 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3101 != 0u) {
                                                                break;
                                                            }
                                                            let _e3105 = local_85;
                                                            let _e3107 = local_6;
                                                            let _e3109 = local_2;
                                                            let _e3115 = local_11;
                                                            coopStoreT(_e3105, (&c[min((((_e3107 + (_e3109 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e3115 >> 2u));
                                                            let _e3129 = local;
                                                            let _e3131 = local_5;
                                                            local_2 = (_e3131 | 32u);
                                                            let _e3136 = local_2;
                                                            let _e3138 = local_4;
                                                            local_31 = ((_e3136 + _e3138) | 16u);
                                                            let _e3144 = local_31;
                                                            stack[min(((_e3129 + 4293918764u) >> 2u), 7u)] = _e3144;
                                                            let _e3154 = local;
                                                            let _e3156 = local_7;
                                                            stack[min(((_e3154 + 4293918760u) >> 2u), 7u)] = _e3156;
                                                            let _e3166 = local_31;
                                                            let _e3168 = local_7;
                                                            let _e3169 = (_e3166 > _e3168);
                                                            if _e3169 {
                                                                pending = 12u;
                                                            }
                                                        }
                                                    }
                                                    let _e3177 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3177 != 0u) {
                                                                break;
                                                            }
                                                            let _e3181 = local_86;
                                                            let _e3183 = local_6;
                                                            let _e3185 = local_2;
                                                            let _e3191 = local_11;
                                                            coopStoreT(_e3181, (&c[min((((_e3183 + (_e3185 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e3191 >> 2u));
                                                            let _e3205 = local;
                                                            let _e3207 = local_5;
                                                            local_31 = (_e3207 | 48u);
                                                            let _e3212 = local_31;
                                                            let _e3214 = local_3;
                                                            local_5 = (_e3212 + _e3214);
                                                            let _e3218 = local_5;
                                                            stack[min(((_e3205 + 4293918764u) >> 2u), 7u)] = _e3218;
                                                            let _e3228 = local;
                                                            let _e3230 = local_7;
                                                            stack[min(((_e3228 + 4293918760u) >> 2u), 7u)] = _e3230;
                                                            let _e3240 = local_5;
                                                            let _e3242 = local_7;
                                                            let _e3243 = (_e3240 > _e3242);
                                                            if _e3243 {
                                                                pending = 11u;
                                                            }
                                                        }
                                                    }
                                                    let _e3251 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3251 != 0u) {
                                                                break;
                                                            }
                                                            let _e3255 = local_87;
                                                            let _e3257 = local_6;
                                                            let _e3259 = local_31;
                                                            let _e3265 = local_11;
                                                            coopStoreT(_e3255, (&c[min((((_e3257 + (_e3259 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e3265 >> 2u));
                                                            let _e3279 = local;
                                                            let _e3281 = local_32;
                                                            let _e3285 = local_1;
                                                            let _e3288 = local_12;
                                                            local_5 = (((_e3281 | 48u) * _e3285) + _e3288);
                                                            let _e3292 = local_5;
                                                            let _e3294 = local_4;
                                                            local_32 = ((_e3292 + _e3294) | 16u);
                                                            let _e3300 = local_32;
                                                            stack[min(((_e3279 + 4293918764u) >> 2u), 7u)] = _e3300;
                                                            let _e3310 = local;
                                                            let _e3312 = local_7;
                                                            stack[min(((_e3310 + 4293918760u) >> 2u), 7u)] = _e3312;
                                                            let _e3322 = local_32;
                                                            let _e3324 = local_7;
                                                            let _e3325 = (_e3322 > _e3324);
                                                            if _e3325 {
                                                                pending = 10u;
                                                            }
                                                        }
                                                    }
                                                    let _e3333 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3333 != 0u) {
                                                                break;
                                                            }
                                                            let _e3337 = local_88;
                                                            let _e3339 = local_6;
                                                            let _e3341 = local_5;
                                                            let _e3347 = local_11;
                                                            coopStoreT(_e3337, (&c[min((((_e3339 + (_e3341 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e3347 >> 2u));
                                                            let _e3361 = local;
                                                            let _e3363 = local_5;
                                                            local_12 = (_e3363 | 16u);
                                                            let _e3368 = local_12;
                                                            let _e3370 = local_3;
                                                            local_32 = (_e3368 + _e3370);
                                                            let _e3374 = local_32;
                                                            stack[min(((_e3361 + 4293918764u) >> 2u), 7u)] = _e3374;
                                                            let _e3384 = local;
                                                            let _e3386 = local_7;
                                                            stack[min(((_e3384 + 4293918760u) >> 2u), 7u)] = _e3386;
                                                            let _e3396 = local_32;
                                                            let _e3398 = local_7;
                                                            let _e3399 = (_e3396 > _e3398);
                                                            if _e3399 {
                                                                pending = 9u;
                                                            }
                                                        }
                                                    }
                                                    let _e3407 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3407 != 0u) {
                                                                break;
                                                            }
                                                            let _e3411 = local_89;
                                                            let _e3413 = local_6;
                                                            let _e3415 = local_12;
                                                            let _e3421 = local_11;
                                                            coopStoreT(_e3411, (&c[min((((_e3413 + (_e3415 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e3421 >> 2u));
                                                            let _e3435 = local;
                                                            let _e3437 = local_5;
                                                            local_32 = (_e3437 | 32u);
                                                            let _e3442 = local_32;
                                                            let _e3444 = local_4;
                                                            local_4 = ((_e3442 + _e3444) | 16u);
                                                            let _e3450 = local_4;
                                                            stack[min(((_e3435 + 4293918764u) >> 2u), 7u)] = _e3450;
                                                            let _e3460 = local;
                                                            let _e3462 = local_7;
                                                            stack[min(((_e3460 + 4293918760u) >> 2u), 7u)] = _e3462;
                                                            let _e3472 = local_4;
                                                            let _e3474 = local_7;
                                                            let _e3475 = (_e3472 > _e3474);
                                                            if _e3475 {
                                                                pending = 8u;
                                                            }
                                                        }
                                                    }
                                                    let _e3483 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3483 != 0u) {
                                                                break;
                                                            }
                                                            let _e3487 = local_90;
                                                            let _e3489 = local_6;
                                                            let _e3491 = local_32;
                                                            let _e3497 = local_11;
                                                            coopStoreT(_e3487, (&c[min((((_e3489 + (_e3491 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e3497 >> 2u));
                                                            let _e3511 = local;
                                                            let _e3513 = local_5;
                                                            local_5 = (_e3513 | 48u);
                                                            let _e3518 = local_5;
                                                            let _e3520 = local_3;
                                                            local_4 = (_e3518 + _e3520);
                                                            let _e3524 = local_4;
                                                            stack[min(((_e3511 + 4293918764u) >> 2u), 7u)] = _e3524;
                                                            let _e3534 = local;
                                                            let _e3536 = local_7;
                                                            stack[min(((_e3534 + 4293918760u) >> 2u), 7u)] = _e3536;
                                                            let _e3546 = local_4;
                                                            let _e3548 = local_7;
                                                            let _e3549 = (_e3546 > _e3548);
                                                            if _e3549 {
                                                                pending = 7u;
                                                            }
                                                        }
                                                    }
                                                    let _e3557 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3557 != 0u) {
                                                                break;
                                                            }
                                                            let _e3561 = local_91;
                                                            let _e3563 = local_6;
                                                            let _e3565 = local_5;
                                                            let _e3571 = local_11;
                                                            coopStoreT(_e3561, (&c[min((((_e3563 + (_e3565 << 2u)) + 4294963200u) >> 2u), (arrayLength((&c)) - 1u))]), (_e3571 >> 2u));
                                                            let _e3585 = local;
                                                            stack_pointer = (_e3585 + 32u);
                                                            return;
                                                        }
                                                    }
                                                }
                                            }
                                            let _e3592 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3592 != 0u) {
                                                        break;
                                                    }
                                                    let _e3604 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                                                    if _e3604.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 151u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e3645 = pending;
                                            if (_e3645 == 22u) {
                                                pending = 0u;
                                            }
                                            let _e3651 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3651 != 0u) {
                                                        break;
                                                    }
                                                    let _e3655 = local;
                                                    let _e3658 = vec2<u32>(1u, 0u);
                                                    let _e3661 = vec2<u32>(32u, 0u);
                                                    let _e3667 = (_e3661.x & 31u);
                                                    let _e3671 = ((_e3661.x & 32u) != 0u);
                                                    let _e3672 = (_e3658.x << _e3667);
                                                    local_10 = vec2<u32>(select(_e3672, 0u, _e3671), select(((_e3658.y << _e3667) | ((_e3658.x >> 1u) >> (31u - _e3667))), _e3672, _e3671));
                                                    let _e3686 = local_10;
                                                    let _e3688 = local;
                                                    let _e3693 = (_e3686 | vec2<u32>((_e3688 + 12u), 0u));
                                                    let _e3697 = ((_e3655 + 4293918776u) >> 2u);
                                                    stack[min(_e3697, 7u)] = _e3693.x;
                                                    stack[min((_e3697 + 1u), 7u)] = _e3693.y;
                                                    let _e3711 = local;
                                                    let _e3713 = local_10;
                                                    let _e3715 = local;
                                                    let _e3720 = (_e3713 | vec2<u32>((_e3715 + 8u), 0u));
                                                    let _e3724 = ((_e3711 + 4293918768u) >> 2u);
                                                    stack[min(_e3724, 7u)] = _e3720.x;
                                                    stack[min((_e3724 + 1u), 7u)] = _e3720.y;
                                                    let _e3739 = local;
                                                    let _e3749 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                                                    if _e3749.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 151u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e3790 = pending;
                                            if (_e3790 == 21u) {
                                                pending = 0u;
                                            }
                                            let _e3796 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3796 != 0u) {
                                                        break;
                                                    }
                                                    let _e3800 = local;
                                                    let _e3803 = vec2<u32>(1u, 0u);
                                                    let _e3806 = vec2<u32>(32u, 0u);
                                                    let _e3812 = (_e3806.x & 31u);
                                                    let _e3816 = ((_e3806.x & 32u) != 0u);
                                                    let _e3817 = (_e3803.x << _e3812);
                                                    local_10 = vec2<u32>(select(_e3817, 0u, _e3816), select(((_e3803.y << _e3812) | ((_e3803.x >> 1u) >> (31u - _e3812))), _e3817, _e3816));
                                                    let _e3831 = local_10;
                                                    let _e3833 = local;
                                                    let _e3838 = (_e3831 | vec2<u32>((_e3833 + 12u), 0u));
                                                    let _e3842 = ((_e3800 + 4293918776u) >> 2u);
                                                    stack[min(_e3842, 7u)] = _e3838.x;
                                                    stack[min((_e3842 + 1u), 7u)] = _e3838.y;
                                                    let _e3856 = local;
                                                    let _e3858 = local_10;
                                                    let _e3860 = local;
                                                    let _e3865 = (_e3858 | vec2<u32>((_e3860 + 8u), 0u));
                                                    let _e3869 = ((_e3856 + 4293918768u) >> 2u);
                                                    stack[min(_e3869, 7u)] = _e3865.x;
                                                    stack[min((_e3869 + 1u), 7u)] = _e3865.y;
                                                    let _e3884 = local;
                                                    let _e3894 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
                                                    if _e3894.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 152u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e3935 = pending;
                                            if (_e3935 == 20u) {
                                                pending = 0u;
                                            }
                                            let _e3941 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3941 != 0u) {
                                                        break;
                                                    }
                                                    let _e3945 = local;
                                                    let _e3948 = vec2<u32>(1u, 0u);
                                                    let _e3951 = vec2<u32>(32u, 0u);
                                                    let _e3957 = (_e3951.x & 31u);
                                                    let _e3961 = ((_e3951.x & 32u) != 0u);
                                                    let _e3962 = (_e3948.x << _e3957);
                                                    local_10 = vec2<u32>(select(_e3962, 0u, _e3961), select(((_e3948.y << _e3957) | ((_e3948.x >> 1u) >> (31u - _e3957))), _e3962, _e3961));
                                                    let _e3976 = local_10;
                                                    let _e3978 = local;
                                                    let _e3983 = (_e3976 | vec2<u32>((_e3978 + 12u), 0u));
                                                    let _e3987 = ((_e3945 + 4293918776u) >> 2u);
                                                    stack[min(_e3987, 7u)] = _e3983.x;
                                                    stack[min((_e3987 + 1u), 7u)] = _e3983.y;
                                                    let _e4001 = local;
                                                    let _e4003 = local_10;
                                                    let _e4005 = local;
                                                    let _e4010 = (_e4003 | vec2<u32>((_e4005 + 8u), 0u));
                                                    let _e4014 = ((_e4001 + 4293918768u) >> 2u);
                                                    stack[min(_e4014, 7u)] = _e4010.x;
                                                    stack[min((_e4014 + 1u), 7u)] = _e4010.y;
                                                    let _e4029 = local;
                                                    let _e4039 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
                                                    if _e4039.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 153u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4080 = pending;
                                            if (_e4080 == 19u) {
                                                pending = 0u;
                                            }
                                            let _e4086 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4086 != 0u) {
                                                        break;
                                                    }
                                                    let _e4090 = local;
                                                    let _e4093 = vec2<u32>(1u, 0u);
                                                    let _e4096 = vec2<u32>(32u, 0u);
                                                    let _e4102 = (_e4096.x & 31u);
                                                    let _e4106 = ((_e4096.x & 32u) != 0u);
                                                    let _e4107 = (_e4093.x << _e4102);
                                                    local_10 = vec2<u32>(select(_e4107, 0u, _e4106), select(((_e4093.y << _e4102) | ((_e4093.x >> 1u) >> (31u - _e4102))), _e4107, _e4106));
                                                    let _e4121 = local_10;
                                                    let _e4123 = local;
                                                    let _e4128 = (_e4121 | vec2<u32>((_e4123 + 12u), 0u));
                                                    let _e4132 = ((_e4090 + 4293918776u) >> 2u);
                                                    stack[min(_e4132, 7u)] = _e4128.x;
                                                    stack[min((_e4132 + 1u), 7u)] = _e4128.y;
                                                    let _e4146 = local;
                                                    let _e4148 = local_10;
                                                    let _e4150 = local;
                                                    let _e4155 = (_e4148 | vec2<u32>((_e4150 + 8u), 0u));
                                                    let _e4159 = ((_e4146 + 4293918768u) >> 2u);
                                                    stack[min(_e4159, 7u)] = _e4155.x;
                                                    stack[min((_e4159 + 1u), 7u)] = _e4155.y;
                                                    let _e4174 = local;
                                                    let _e4184 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
                                                    if _e4184.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 154u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4225 = pending;
                                            if (_e4225 == 18u) {
                                                pending = 0u;
                                            }
                                            let _e4231 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4231 != 0u) {
                                                        break;
                                                    }
                                                    let _e4235 = local;
                                                    let _e4238 = vec2<u32>(1u, 0u);
                                                    let _e4241 = vec2<u32>(32u, 0u);
                                                    let _e4247 = (_e4241.x & 31u);
                                                    let _e4251 = ((_e4241.x & 32u) != 0u);
                                                    let _e4252 = (_e4238.x << _e4247);
                                                    local_10 = vec2<u32>(select(_e4252, 0u, _e4251), select(((_e4238.y << _e4247) | ((_e4238.x >> 1u) >> (31u - _e4247))), _e4252, _e4251));
                                                    let _e4266 = local_10;
                                                    let _e4268 = local;
                                                    let _e4273 = (_e4266 | vec2<u32>((_e4268 + 12u), 0u));
                                                    let _e4277 = ((_e4235 + 4293918776u) >> 2u);
                                                    stack[min(_e4277, 7u)] = _e4273.x;
                                                    stack[min((_e4277 + 1u), 7u)] = _e4273.y;
                                                    let _e4291 = local;
                                                    let _e4293 = local_10;
                                                    let _e4295 = local;
                                                    let _e4300 = (_e4293 | vec2<u32>((_e4295 + 8u), 0u));
                                                    let _e4304 = ((_e4291 + 4293918768u) >> 2u);
                                                    stack[min(_e4304, 7u)] = _e4300.x;
                                                    stack[min((_e4304 + 1u), 7u)] = _e4300.y;
                                                    let _e4319 = local;
                                                    let _e4329 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
                                                    if _e4329.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 151u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4370 = pending;
                                            if (_e4370 == 17u) {
                                                pending = 0u;
                                            }
                                            let _e4376 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4376 != 0u) {
                                                        break;
                                                    }
                                                    let _e4380 = local;
                                                    let _e4383 = vec2<u32>(1u, 0u);
                                                    let _e4386 = vec2<u32>(32u, 0u);
                                                    let _e4392 = (_e4386.x & 31u);
                                                    let _e4396 = ((_e4386.x & 32u) != 0u);
                                                    let _e4397 = (_e4383.x << _e4392);
                                                    local_10 = vec2<u32>(select(_e4397, 0u, _e4396), select(((_e4383.y << _e4392) | ((_e4383.x >> 1u) >> (31u - _e4392))), _e4397, _e4396));
                                                    let _e4411 = local_10;
                                                    let _e4413 = local;
                                                    let _e4418 = (_e4411 | vec2<u32>((_e4413 + 12u), 0u));
                                                    let _e4422 = ((_e4380 + 4293918776u) >> 2u);
                                                    stack[min(_e4422, 7u)] = _e4418.x;
                                                    stack[min((_e4422 + 1u), 7u)] = _e4418.y;
                                                    let _e4436 = local;
                                                    let _e4438 = local_10;
                                                    let _e4440 = local;
                                                    let _e4445 = (_e4438 | vec2<u32>((_e4440 + 8u), 0u));
                                                    let _e4449 = ((_e4436 + 4293918768u) >> 2u);
                                                    stack[min(_e4449, 7u)] = _e4445.x;
                                                    stack[min((_e4449 + 1u), 7u)] = _e4445.y;
                                                    let _e4464 = local;
                                                    let _e4474 = atomicCompareExchangeWeak((&status[0]), 0u, 7u);
                                                    if _e4474.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 152u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4515 = pending;
                                            if (_e4515 == 16u) {
                                                pending = 0u;
                                            }
                                            let _e4521 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4521 != 0u) {
                                                        break;
                                                    }
                                                    let _e4525 = local;
                                                    let _e4528 = vec2<u32>(1u, 0u);
                                                    let _e4531 = vec2<u32>(32u, 0u);
                                                    let _e4537 = (_e4531.x & 31u);
                                                    let _e4541 = ((_e4531.x & 32u) != 0u);
                                                    let _e4542 = (_e4528.x << _e4537);
                                                    local_10 = vec2<u32>(select(_e4542, 0u, _e4541), select(((_e4528.y << _e4537) | ((_e4528.x >> 1u) >> (31u - _e4537))), _e4542, _e4541));
                                                    let _e4556 = local_10;
                                                    let _e4558 = local;
                                                    let _e4563 = (_e4556 | vec2<u32>((_e4558 + 12u), 0u));
                                                    let _e4567 = ((_e4525 + 4293918776u) >> 2u);
                                                    stack[min(_e4567, 7u)] = _e4563.x;
                                                    stack[min((_e4567 + 1u), 7u)] = _e4563.y;
                                                    let _e4581 = local;
                                                    let _e4583 = local_10;
                                                    let _e4585 = local;
                                                    let _e4590 = (_e4583 | vec2<u32>((_e4585 + 8u), 0u));
                                                    let _e4594 = ((_e4581 + 4293918768u) >> 2u);
                                                    stack[min(_e4594, 7u)] = _e4590.x;
                                                    stack[min((_e4594 + 1u), 7u)] = _e4590.y;
                                                    let _e4609 = local;
                                                    let _e4619 = atomicCompareExchangeWeak((&status[0]), 0u, 8u);
                                                    if _e4619.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 153u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4660 = pending;
                                            if (_e4660 == 15u) {
                                                pending = 0u;
                                            }
                                            let _e4666 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4666 != 0u) {
                                                        break;
                                                    }
                                                    let _e4670 = local;
                                                    let _e4673 = vec2<u32>(1u, 0u);
                                                    let _e4676 = vec2<u32>(32u, 0u);
                                                    let _e4682 = (_e4676.x & 31u);
                                                    let _e4686 = ((_e4676.x & 32u) != 0u);
                                                    let _e4687 = (_e4673.x << _e4682);
                                                    local_10 = vec2<u32>(select(_e4687, 0u, _e4686), select(((_e4673.y << _e4682) | ((_e4673.x >> 1u) >> (31u - _e4682))), _e4687, _e4686));
                                                    let _e4701 = local_10;
                                                    let _e4703 = local;
                                                    let _e4708 = (_e4701 | vec2<u32>((_e4703 + 12u), 0u));
                                                    let _e4712 = ((_e4670 + 4293918776u) >> 2u);
                                                    stack[min(_e4712, 7u)] = _e4708.x;
                                                    stack[min((_e4712 + 1u), 7u)] = _e4708.y;
                                                    let _e4726 = local;
                                                    let _e4728 = local_10;
                                                    let _e4730 = local;
                                                    let _e4735 = (_e4728 | vec2<u32>((_e4730 + 8u), 0u));
                                                    let _e4739 = ((_e4726 + 4293918768u) >> 2u);
                                                    stack[min(_e4739, 7u)] = _e4735.x;
                                                    stack[min((_e4739 + 1u), 7u)] = _e4735.y;
                                                    let _e4754 = local;
                                                    let _e4764 = atomicCompareExchangeWeak((&status[0]), 0u, 9u);
                                                    if _e4764.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 154u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4805 = pending;
                                            if (_e4805 == 14u) {
                                                pending = 0u;
                                            }
                                            let _e4811 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4811 != 0u) {
                                                        break;
                                                    }
                                                    let _e4815 = local;
                                                    let _e4818 = vec2<u32>(1u, 0u);
                                                    let _e4821 = vec2<u32>(32u, 0u);
                                                    let _e4827 = (_e4821.x & 31u);
                                                    let _e4831 = ((_e4821.x & 32u) != 0u);
                                                    let _e4832 = (_e4818.x << _e4827);
                                                    local_10 = vec2<u32>(select(_e4832, 0u, _e4831), select(((_e4818.y << _e4827) | ((_e4818.x >> 1u) >> (31u - _e4827))), _e4832, _e4831));
                                                    let _e4846 = local_10;
                                                    let _e4848 = local;
                                                    let _e4853 = (_e4846 | vec2<u32>((_e4848 + 12u), 0u));
                                                    let _e4857 = ((_e4815 + 4293918776u) >> 2u);
                                                    stack[min(_e4857, 7u)] = _e4853.x;
                                                    stack[min((_e4857 + 1u), 7u)] = _e4853.y;
                                                    let _e4871 = local;
                                                    let _e4873 = local_10;
                                                    let _e4875 = local;
                                                    let _e4880 = (_e4873 | vec2<u32>((_e4875 + 8u), 0u));
                                                    let _e4884 = ((_e4871 + 4293918768u) >> 2u);
                                                    stack[min(_e4884, 7u)] = _e4880.x;
                                                    stack[min((_e4884 + 1u), 7u)] = _e4880.y;
                                                    let _e4899 = local;
                                                    let _e4909 = atomicCompareExchangeWeak((&status[0]), 0u, 10u);
                                                    if _e4909.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 151u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4950 = pending;
                                            if (_e4950 == 13u) {
                                                pending = 0u;
                                            }
                                            let _e4956 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4956 != 0u) {
                                                        break;
                                                    }
                                                    let _e4960 = local;
                                                    let _e4963 = vec2<u32>(1u, 0u);
                                                    let _e4966 = vec2<u32>(32u, 0u);
                                                    let _e4972 = (_e4966.x & 31u);
                                                    let _e4976 = ((_e4966.x & 32u) != 0u);
                                                    let _e4977 = (_e4963.x << _e4972);
                                                    local_10 = vec2<u32>(select(_e4977, 0u, _e4976), select(((_e4963.y << _e4972) | ((_e4963.x >> 1u) >> (31u - _e4972))), _e4977, _e4976));
                                                    let _e4991 = local_10;
                                                    let _e4993 = local;
                                                    let _e4998 = (_e4991 | vec2<u32>((_e4993 + 12u), 0u));
                                                    let _e5002 = ((_e4960 + 4293918776u) >> 2u);
                                                    stack[min(_e5002, 7u)] = _e4998.x;
                                                    stack[min((_e5002 + 1u), 7u)] = _e4998.y;
                                                    let _e5016 = local;
                                                    let _e5018 = local_10;
                                                    let _e5020 = local;
                                                    let _e5025 = (_e5018 | vec2<u32>((_e5020 + 8u), 0u));
                                                    let _e5029 = ((_e5016 + 4293918768u) >> 2u);
                                                    stack[min(_e5029, 7u)] = _e5025.x;
                                                    stack[min((_e5029 + 1u), 7u)] = _e5025.y;
                                                    let _e5044 = local;
                                                    let _e5054 = atomicCompareExchangeWeak((&status[0]), 0u, 11u);
                                                    if _e5054.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 152u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e5095 = pending;
                                            if (_e5095 == 12u) {
                                                pending = 0u;
                                            }
                                            let _e5101 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e5101 != 0u) {
                                                        break;
                                                    }
                                                    let _e5105 = local;
                                                    let _e5108 = vec2<u32>(1u, 0u);
                                                    let _e5111 = vec2<u32>(32u, 0u);
                                                    let _e5117 = (_e5111.x & 31u);
                                                    let _e5121 = ((_e5111.x & 32u) != 0u);
                                                    let _e5122 = (_e5108.x << _e5117);
                                                    local_10 = vec2<u32>(select(_e5122, 0u, _e5121), select(((_e5108.y << _e5117) | ((_e5108.x >> 1u) >> (31u - _e5117))), _e5122, _e5121));
                                                    let _e5136 = local_10;
                                                    let _e5138 = local;
                                                    let _e5143 = (_e5136 | vec2<u32>((_e5138 + 12u), 0u));
                                                    let _e5147 = ((_e5105 + 4293918776u) >> 2u);
                                                    stack[min(_e5147, 7u)] = _e5143.x;
                                                    stack[min((_e5147 + 1u), 7u)] = _e5143.y;
                                                    let _e5161 = local;
                                                    let _e5163 = local_10;
                                                    let _e5165 = local;
                                                    let _e5170 = (_e5163 | vec2<u32>((_e5165 + 8u), 0u));
                                                    let _e5174 = ((_e5161 + 4293918768u) >> 2u);
                                                    stack[min(_e5174, 7u)] = _e5170.x;
                                                    stack[min((_e5174 + 1u), 7u)] = _e5170.y;
                                                    let _e5189 = local;
                                                    let _e5199 = atomicCompareExchangeWeak((&status[0]), 0u, 12u);
                                                    if _e5199.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 153u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e5240 = pending;
                                            if (_e5240 == 11u) {
                                                pending = 0u;
                                            }
                                            let _e5246 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e5246 != 0u) {
                                                        break;
                                                    }
                                                    let _e5250 = local;
                                                    let _e5253 = vec2<u32>(1u, 0u);
                                                    let _e5256 = vec2<u32>(32u, 0u);
                                                    let _e5262 = (_e5256.x & 31u);
                                                    let _e5266 = ((_e5256.x & 32u) != 0u);
                                                    let _e5267 = (_e5253.x << _e5262);
                                                    local_10 = vec2<u32>(select(_e5267, 0u, _e5266), select(((_e5253.y << _e5262) | ((_e5253.x >> 1u) >> (31u - _e5262))), _e5267, _e5266));
                                                    let _e5281 = local_10;
                                                    let _e5283 = local;
                                                    let _e5288 = (_e5281 | vec2<u32>((_e5283 + 12u), 0u));
                                                    let _e5292 = ((_e5250 + 4293918776u) >> 2u);
                                                    stack[min(_e5292, 7u)] = _e5288.x;
                                                    stack[min((_e5292 + 1u), 7u)] = _e5288.y;
                                                    let _e5306 = local;
                                                    let _e5308 = local_10;
                                                    let _e5310 = local;
                                                    let _e5315 = (_e5308 | vec2<u32>((_e5310 + 8u), 0u));
                                                    let _e5319 = ((_e5306 + 4293918768u) >> 2u);
                                                    stack[min(_e5319, 7u)] = _e5315.x;
                                                    stack[min((_e5319 + 1u), 7u)] = _e5315.y;
                                                    let _e5334 = local;
                                                    let _e5344 = atomicCompareExchangeWeak((&status[0]), 0u, 13u);
                                                    if _e5344.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 154u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e5385 = pending;
                                            if (_e5385 == 10u) {
                                                pending = 0u;
                                            }
                                            let _e5391 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e5391 != 0u) {
                                                        break;
                                                    }
                                                    let _e5395 = local;
                                                    let _e5398 = vec2<u32>(1u, 0u);
                                                    let _e5401 = vec2<u32>(32u, 0u);
                                                    let _e5407 = (_e5401.x & 31u);
                                                    let _e5411 = ((_e5401.x & 32u) != 0u);
                                                    let _e5412 = (_e5398.x << _e5407);
                                                    local_10 = vec2<u32>(select(_e5412, 0u, _e5411), select(((_e5398.y << _e5407) | ((_e5398.x >> 1u) >> (31u - _e5407))), _e5412, _e5411));
                                                    let _e5426 = local_10;
                                                    let _e5428 = local;
                                                    let _e5433 = (_e5426 | vec2<u32>((_e5428 + 12u), 0u));
                                                    let _e5437 = ((_e5395 + 4293918776u) >> 2u);
                                                    stack[min(_e5437, 7u)] = _e5433.x;
                                                    stack[min((_e5437 + 1u), 7u)] = _e5433.y;
                                                    let _e5451 = local;
                                                    let _e5453 = local_10;
                                                    let _e5455 = local;
                                                    let _e5460 = (_e5453 | vec2<u32>((_e5455 + 8u), 0u));
                                                    let _e5464 = ((_e5451 + 4293918768u) >> 2u);
                                                    stack[min(_e5464, 7u)] = _e5460.x;
                                                    stack[min((_e5464 + 1u), 7u)] = _e5460.y;
                                                    let _e5479 = local;
                                                    let _e5489 = atomicCompareExchangeWeak((&status[0]), 0u, 14u);
                                                    if _e5489.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 151u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e5530 = pending;
                                            if (_e5530 == 9u) {
                                                pending = 0u;
                                            }
                                            let _e5536 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e5536 != 0u) {
                                                        break;
                                                    }
                                                    let _e5540 = local;
                                                    let _e5543 = vec2<u32>(1u, 0u);
                                                    let _e5546 = vec2<u32>(32u, 0u);
                                                    let _e5552 = (_e5546.x & 31u);
                                                    let _e5556 = ((_e5546.x & 32u) != 0u);
                                                    let _e5557 = (_e5543.x << _e5552);
                                                    local_10 = vec2<u32>(select(_e5557, 0u, _e5556), select(((_e5543.y << _e5552) | ((_e5543.x >> 1u) >> (31u - _e5552))), _e5557, _e5556));
                                                    let _e5571 = local_10;
                                                    let _e5573 = local;
                                                    let _e5578 = (_e5571 | vec2<u32>((_e5573 + 12u), 0u));
                                                    let _e5582 = ((_e5540 + 4293918776u) >> 2u);
                                                    stack[min(_e5582, 7u)] = _e5578.x;
                                                    stack[min((_e5582 + 1u), 7u)] = _e5578.y;
                                                    let _e5596 = local;
                                                    let _e5598 = local_10;
                                                    let _e5600 = local;
                                                    let _e5605 = (_e5598 | vec2<u32>((_e5600 + 8u), 0u));
                                                    let _e5609 = ((_e5596 + 4293918768u) >> 2u);
                                                    stack[min(_e5609, 7u)] = _e5605.x;
                                                    stack[min((_e5609 + 1u), 7u)] = _e5605.y;
                                                    let _e5624 = local;
                                                    let _e5634 = atomicCompareExchangeWeak((&status[0]), 0u, 15u);
                                                    if _e5634.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 152u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e5675 = pending;
                                            if (_e5675 == 8u) {
                                                pending = 0u;
                                            }
                                            let _e5681 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e5681 != 0u) {
                                                        break;
                                                    }
                                                    let _e5685 = local;
                                                    let _e5688 = vec2<u32>(1u, 0u);
                                                    let _e5691 = vec2<u32>(32u, 0u);
                                                    let _e5697 = (_e5691.x & 31u);
                                                    let _e5701 = ((_e5691.x & 32u) != 0u);
                                                    let _e5702 = (_e5688.x << _e5697);
                                                    local_10 = vec2<u32>(select(_e5702, 0u, _e5701), select(((_e5688.y << _e5697) | ((_e5688.x >> 1u) >> (31u - _e5697))), _e5702, _e5701));
                                                    let _e5716 = local_10;
                                                    let _e5718 = local;
                                                    let _e5723 = (_e5716 | vec2<u32>((_e5718 + 12u), 0u));
                                                    let _e5727 = ((_e5685 + 4293918776u) >> 2u);
                                                    stack[min(_e5727, 7u)] = _e5723.x;
                                                    stack[min((_e5727 + 1u), 7u)] = _e5723.y;
                                                    let _e5741 = local;
                                                    let _e5743 = local_10;
                                                    let _e5745 = local;
                                                    let _e5750 = (_e5743 | vec2<u32>((_e5745 + 8u), 0u));
                                                    let _e5754 = ((_e5741 + 4293918768u) >> 2u);
                                                    stack[min(_e5754, 7u)] = _e5750.x;
                                                    stack[min((_e5754 + 1u), 7u)] = _e5750.y;
                                                    let _e5769 = local;
                                                    let _e5779 = atomicCompareExchangeWeak((&status[0]), 0u, 16u);
                                                    if _e5779.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 153u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 13u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 1835885927u);
                                                        atomicStore((&status[12]), 1915631153u);
                                                        atomicStore((&status[13]), 115u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e5820 = pending;
                                            if (_e5820 == 7u) {
                                                pending = 0u;
                                            }
                                            let _e5826 = local;
                                            let _e5829 = vec2<u32>(1u, 0u);
                                            let _e5832 = vec2<u32>(32u, 0u);
                                            let _e5838 = (_e5832.x & 31u);
                                            let _e5842 = ((_e5832.x & 32u) != 0u);
                                            let _e5843 = (_e5829.x << _e5838);
                                            local_10 = vec2<u32>(select(_e5843, 0u, _e5842), select(((_e5829.y << _e5838) | ((_e5829.x >> 1u) >> (31u - _e5838))), _e5843, _e5842));
                                            let _e5857 = local_10;
                                            let _e5859 = local;
                                            let _e5864 = (_e5857 | vec2<u32>((_e5859 + 12u), 0u));
                                            let _e5868 = ((_e5826 + 4293918776u) >> 2u);
                                            stack[min(_e5868, 7u)] = _e5864.x;
                                            stack[min((_e5868 + 1u), 7u)] = _e5864.y;
                                            let _e5882 = local;
                                            let _e5884 = local_10;
                                            let _e5886 = local;
                                            let _e5891 = (_e5884 | vec2<u32>((_e5886 + 8u), 0u));
                                            let _e5895 = ((_e5882 + 4293918768u) >> 2u);
                                            stack[min(_e5895, 7u)] = _e5891.x;
                                            stack[min((_e5895 + 1u), 7u)] = _e5891.y;
                                            let _e5910 = local;
                                            let _e5920 = atomicCompareExchangeWeak((&status[0]), 0u, 17u);
                                            if _e5920.exchanged {
                                                atomicStore((&status[1]), local_id.x);
                                                atomicStore((&status[2]), local_id.y);
                                                atomicStore((&status[3]), local_id.z);
                                                atomicStore((&status[4]), workgroup_id.x);
                                                atomicStore((&status[5]), workgroup_id.y);
                                                atomicStore((&status[6]), workgroup_id.z);
                                                atomicStore((&status[7]), 154u);
                                                atomicStore((&status[8]), 8u);
                                                atomicStore((&status[9]), 13u);
                                                atomicStore((&status[10]), 795046515u);
                                                atomicStore((&status[11]), 1835885927u);
                                                atomicStore((&status[12]), 1915631153u);
                                                atomicStore((&status[13]), 115u);
                                            }
                                            return;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    let _e5973 = atomicCompareExchangeWeak((&status[0]), 0u, 18u);
    if _e5973.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 122u);
        atomicStore((&status[8]), 5u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1835885927u);
        atomicStore((&status[12]), 1915631153u);
        atomicStore((&status[13]), 115u);
    }
    return;
}
