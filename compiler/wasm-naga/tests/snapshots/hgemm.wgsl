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
                                            let _e379 = b[(((((_e321 + (((_e334 | 14u) * _e338) << 1u)) + _e351) + _e371) + 4294963200u) >> 2u)];
                                            local_35 = _e379;
                                            let _e382 = local_4;
                                            let _e384 = local_32;
                                            let _e388 = local_1;
                                            let _e395 = local_5;
                                            let _e398 = local_11;
                                            let _e406 = b[(((((_e382 + (((_e384 | 12u) * _e388) << 1u)) + _e395) + _e398) + 4294963200u) >> 2u)];
                                            local_36 = _e406;
                                            let _e409 = local_4;
                                            let _e411 = local_32;
                                            let _e415 = local_1;
                                            let _e422 = local_5;
                                            let _e425 = local_11;
                                            let _e433 = b[(((((_e409 + (((_e411 | 10u) * _e415) << 1u)) + _e422) + _e425) + 4294963200u) >> 2u)];
                                            local_37 = _e433;
                                            let _e436 = local_4;
                                            let _e438 = local_32;
                                            let _e442 = local_1;
                                            let _e449 = local_5;
                                            let _e452 = local_11;
                                            let _e460 = b[(((((_e436 + (((_e438 | 8u) * _e442) << 1u)) + _e449) + _e452) + 4294963200u) >> 2u)];
                                            local_38 = _e460;
                                            let _e463 = local_4;
                                            let _e465 = local_31;
                                            local_39 = (_e465 | 768u);
                                            let _e470 = local_39;
                                            local_40 = (_e470 >> 7u);
                                            let _e476 = local_40;
                                            let _e478 = local_1;
                                            let _e485 = local_5;
                                            let _e488 = local_11;
                                            let _e496 = b[(((((_e463 + ((_e476 * _e478) << 1u)) + _e485) + _e488) + 4294963200u) >> 2u)];
                                            local_41 = _e496;
                                            let _e499 = local_4;
                                            let _e501 = local_31;
                                            local_42 = (_e501 | 512u);
                                            let _e506 = local_42;
                                            local_43 = (_e506 >> 7u);
                                            let _e512 = local_43;
                                            let _e514 = local_1;
                                            let _e521 = local_5;
                                            let _e524 = local_11;
                                            let _e532 = b[(((((_e499 + ((_e512 * _e514) << 1u)) + _e521) + _e524) + 4294963200u) >> 2u)];
                                            local_44 = _e532;
                                            let _e535 = local_4;
                                            let _e537 = local_32;
                                            let _e539 = local_1;
                                            let _e546 = local_5;
                                            let _e549 = local_11;
                                            let _e557 = b[(((((_e535 + ((_e537 * _e539) << 1u)) + _e546) + _e549) + 4294963200u) >> 2u)];
                                            local_45 = _e557;
                                            let _e560 = local_4;
                                            let _e562 = local_31;
                                            local_46 = (_e562 | 256u);
                                            let _e567 = local_46;
                                            local_47 = (_e567 >> 7u);
                                            let _e573 = local_47;
                                            let _e575 = local_1;
                                            let _e582 = local_5;
                                            let _e585 = local_11;
                                            let _e593 = b[(((((_e560 + ((_e573 * _e575) << 1u)) + _e582) + _e585) + 4294963200u) >> 2u)];
                                            local_48 = _e593;
                                            let _e596 = local_2;
                                            let _e598 = local_39;
                                            local_39 = (_e598 >> 3u);
                                            let _e604 = local_39;
                                            let _e606 = local_12;
                                            local_49 = (_e606 << 7u);
                                            let _e612 = local_49;
                                            let _e615 = local_1;
                                            local_50 = (_e596 + (((_e604 | _e612) * _e615) << 1u));
                                            let _e623 = local_50;
                                            let _e625 = local_33;
                                            local_51 = (_e625 & 14u);
                                            let _e630 = local_51;
                                            local_12 = (_e630 << 1u);
                                            let _e636 = local_12;
                                            let _e644 = a[(((_e623 + _e636) + 4294963200u) >> 2u)];
                                            local_52 = _e644;
                                            let _e647 = local_2;
                                            let _e649 = local_42;
                                            local_33 = (_e649 >> 3u);
                                            let _e655 = local_33;
                                            let _e657 = local_49;
                                            let _e660 = local_1;
                                            local_53 = (_e647 + (((_e655 | _e657) * _e660) << 1u));
                                            let _e668 = local_53;
                                            let _e670 = local_12;
                                            let _e678 = a[(((_e668 + _e670) + 4294963200u) >> 2u)];
                                            local_54 = _e678;
                                            let _e681 = local_2;
                                            let _e683 = local_31;
                                            local_31 = (_e683 >> 3u);
                                            let _e689 = local_31;
                                            let _e691 = local_49;
                                            let _e694 = local_1;
                                            local_55 = (_e681 + (((_e689 | _e691) * _e694) << 1u));
                                            let _e702 = local_55;
                                            let _e704 = local_12;
                                            let _e712 = a[(((_e702 + _e704) + 4294963200u) >> 2u)];
                                            local_56 = _e712;
                                            let _e715 = local_8;
                                            let _e717 = local_46;
                                            local_42 = (_e717 >> 3u);
                                            let _e723 = local_42;
                                            local_57 = (_e715 + (_e723 * 48u));
                                            let _e729 = local_57;
                                            let _e731 = local_12;
                                            let _e734 = local_2;
                                            let _e736 = local_42;
                                            let _e738 = local_49;
                                            let _e741 = local_1;
                                            local_42 = (_e734 + (((_e736 | _e738) * _e741) << 1u));
                                            let _e749 = local_42;
                                            let _e751 = local_12;
                                            let _e759 = a[(((_e749 + _e751) + 4294963200u) >> 2u)];
                                            local_58 = _e759;
                                            let _e762 = local_58;
                                            let _e766 = (((_e729 + _e731) + 4294963200u) >> 1u);
                                            let _e768 = vec2<f16>(unpack2x16float(_e762));
                                            ta[_e766] = _e768.x;
                                            ta[(_e766 + 1u)] = _e768.y;
                                            let _e778 = local_8;
                                            let _e780 = local_31;
                                            local_59 = (_e778 + (_e780 * 48u));
                                            let _e786 = local_59;
                                            let _e788 = local_12;
                                            let _e791 = local_56;
                                            let _e795 = (((_e786 + _e788) + 4294963200u) >> 1u);
                                            let _e797 = vec2<f16>(unpack2x16float(_e791));
                                            ta[_e795] = _e797.x;
                                            ta[(_e795 + 1u)] = _e797.y;
                                            let _e807 = local_8;
                                            let _e809 = local_33;
                                            local_60 = (_e807 + (_e809 * 48u));
                                            let _e815 = local_60;
                                            let _e817 = local_12;
                                            let _e820 = local_54;
                                            let _e824 = (((_e815 + _e817) + 4294963200u) >> 1u);
                                            let _e826 = vec2<f16>(unpack2x16float(_e820));
                                            ta[_e824] = _e826.x;
                                            ta[(_e824 + 1u)] = _e826.y;
                                            let _e836 = local_8;
                                            let _e838 = local_39;
                                            local_61 = (_e836 + (_e838 * 48u));
                                            let _e844 = local_61;
                                            let _e846 = local_12;
                                            let _e849 = local_52;
                                            let _e853 = (((_e844 + _e846) + 4294963200u) >> 1u);
                                            let _e855 = vec2<f16>(unpack2x16float(_e849));
                                            ta[_e853] = _e855.x;
                                            ta[(_e853 + 1u)] = _e855.y;
                                            let _e865 = local_9;
                                            let _e867 = local_47;
                                            local_62 = (_e865 + (_e867 * 528u));
                                            let _e873 = local_62;
                                            let _e875 = local_11;
                                            let _e878 = local_48;
                                            let _e882 = (((_e873 + _e875) + 4294963200u) >> 1u);
                                            let _e884 = vec2<f16>(unpack2x16float(_e878));
                                            tb[_e882] = _e884.x;
                                            tb[(_e882 + 1u)] = _e884.y;
                                            let _e894 = local_9;
                                            let _e896 = local_32;
                                            local_63 = (_e894 + (_e896 * 528u));
                                            let _e902 = local_63;
                                            let _e904 = local_11;
                                            let _e907 = local_45;
                                            let _e911 = (((_e902 + _e904) + 4294963200u) >> 1u);
                                            let _e913 = vec2<f16>(unpack2x16float(_e907));
                                            tb[_e911] = _e913.x;
                                            tb[(_e911 + 1u)] = _e913.y;
                                            let _e923 = local_9;
                                            let _e925 = local_43;
                                            local_64 = (_e923 + (_e925 * 528u));
                                            let _e931 = local_64;
                                            let _e933 = local_11;
                                            let _e936 = local_44;
                                            let _e940 = (((_e931 + _e933) + 4294963200u) >> 1u);
                                            let _e942 = vec2<f16>(unpack2x16float(_e936));
                                            tb[_e940] = _e942.x;
                                            tb[(_e940 + 1u)] = _e942.y;
                                            let _e952 = local_9;
                                            let _e954 = local_40;
                                            local_65 = (_e952 + (_e954 * 528u));
                                            let _e960 = local_65;
                                            let _e962 = local_11;
                                            let _e965 = local_41;
                                            let _e969 = (((_e960 + _e962) + 4294963200u) >> 1u);
                                            let _e971 = vec2<f16>(unpack2x16float(_e965));
                                            tb[_e969] = _e971.x;
                                            tb[(_e969 + 1u)] = _e971.y;
                                            let _e981 = local_63;
                                            local_66 = (_e981 + 4224u);
                                            let _e986 = local_66;
                                            let _e988 = local_11;
                                            let _e991 = local_38;
                                            let _e995 = (((_e986 + _e988) + 4294963200u) >> 1u);
                                            let _e997 = vec2<f16>(unpack2x16float(_e991));
                                            tb[_e995] = _e997.x;
                                            tb[(_e995 + 1u)] = _e997.y;
                                            let _e1007 = local_63;
                                            local_67 = (_e1007 + 5280u);
                                            let _e1012 = local_67;
                                            let _e1014 = local_11;
                                            let _e1017 = local_37;
                                            let _e1021 = (((_e1012 + _e1014) + 4294963200u) >> 1u);
                                            let _e1023 = vec2<f16>(unpack2x16float(_e1017));
                                            tb[_e1021] = _e1023.x;
                                            tb[(_e1021 + 1u)] = _e1023.y;
                                            let _e1033 = local_63;
                                            local_68 = (_e1033 + 6336u);
                                            let _e1038 = local_68;
                                            let _e1040 = local_11;
                                            let _e1043 = local_36;
                                            let _e1047 = (((_e1038 + _e1040) + 4294963200u) >> 1u);
                                            let _e1049 = vec2<f16>(unpack2x16float(_e1043));
                                            tb[_e1047] = _e1049.x;
                                            tb[(_e1047 + 1u)] = _e1049.y;
                                            let _e1059 = local_63;
                                            local_69 = (_e1059 + 7392u);
                                            let _e1064 = local_69;
                                            let _e1066 = local_11;
                                            let _e1069 = local_35;
                                            let _e1073 = (((_e1064 + _e1066) + 4294963200u) >> 1u);
                                            let _e1075 = vec2<f16>(unpack2x16float(_e1069));
                                            tb[_e1073] = _e1075.x;
                                            tb[(_e1073 + 1u)] = _e1075.y;
                                            let _e1085 = local_1;
                                            let _e1087 = (_e1085 == 0u);
                                            switch 0u {
                                                default: {
                                                    if _e1087 {
                                                        break;
                                                    }
                                                    let _e1092 = local_1;
                                                    local_70 = (_e1092 >> 4u);
                                                    let _e1098 = local_4;
                                                    let _e1100 = local_1;
                                                    let _e1102 = local_32;
                                                    let _e1110 = local_5;
                                                    local_12 = (_e1098 + (((_e1100 * (_e1102 | 16u)) << 1u) + _e1110));
                                                    let _e1115 = local_4;
                                                    let _e1117 = local_1;
                                                    let _e1119 = local_47;
                                                    let _e1127 = local_5;
                                                    local_31 = (_e1115 + (((_e1117 * (_e1119 | 16u)) << 1u) + _e1127));
                                                    let _e1132 = local_4;
                                                    let _e1134 = local_1;
                                                    let _e1136 = local_43;
                                                    let _e1144 = local_5;
                                                    local_2 = (_e1132 + (((_e1134 * (_e1136 | 16u)) << 1u) + _e1144));
                                                    let _e1149 = local_4;
                                                    let _e1151 = local_1;
                                                    let _e1153 = local_40;
                                                    let _e1161 = local_5;
                                                    local_40 = (_e1149 + (((_e1151 * (_e1153 | 16u)) << 1u) + _e1161));
                                                    let _e1166 = local_4;
                                                    let _e1168 = local_1;
                                                    let _e1170 = local_32;
                                                    let _e1178 = local_5;
                                                    local_43 = (_e1166 + (((_e1168 * (_e1170 | 24u)) << 1u) + _e1178));
                                                    let _e1183 = local_4;
                                                    let _e1185 = local_1;
                                                    let _e1187 = local_32;
                                                    let _e1195 = local_5;
                                                    local_47 = (_e1183 + (((_e1185 * (_e1187 | 26u)) << 1u) + _e1195));
                                                    let _e1200 = local_4;
                                                    let _e1202 = local_1;
                                                    let _e1204 = local_32;
                                                    let _e1212 = local_5;
                                                    local_33 = (_e1200 + (((_e1202 * (_e1204 | 28u)) << 1u) + _e1212));
                                                    let _e1217 = local_4;
                                                    let _e1219 = local_1;
                                                    let _e1221 = local_32;
                                                    let _e1229 = local_5;
                                                    local_39 = (_e1217 + (((_e1219 * (_e1221 | 30u)) << 1u) + _e1229));
                                                    let _e1234 = local_1;
                                                    local_11 = (_e1234 << 5u);
                                                    let _e1240 = local_30;
                                                    local_71 = ((_e1240 & 7u) << 2u);
                                                    let _e1248 = local_30;
                                                    local_4 = ((_e1248 & 127u) << 2u);
                                                    let _e1256 = local_55;
                                                    local_30 = (_e1256 + 32u);
                                                    let _e1261 = local_42;
                                                    local_42 = (_e1261 + 32u);
                                                    let _e1266 = local_53;
                                                    local_46 = (_e1266 + 32u);
                                                    let _e1271 = local_50;
                                                    local_50 = (_e1271 + 32u);
                                                    loop {
                                                        let _e1276 = local_3;
                                                        local_32 = (_e1276 + 1u);
                                                        let _e1281 = local_32;
                                                        let _e1283 = local_70;
                                                        local_53 = select(0u, 1u, (_e1281 < _e1283));
                                                        let _e1290 = local_53;
                                                        let _e1292 = (_e1290 == 0u);
                                                        switch 0u {
                                                            default: {
                                                                if _e1292 {
                                                                    break;
                                                                }
                                                                let _e1297 = local_39;
                                                                let _e1299 = local_4;
                                                                let _e1307 = b[(((_e1297 + _e1299) + 4294963200u) >> 2u)];
                                                                local_35 = _e1307;
                                                                let _e1310 = local_33;
                                                                let _e1312 = local_4;
                                                                let _e1320 = b[(((_e1310 + _e1312) + 4294963200u) >> 2u)];
                                                                local_36 = _e1320;
                                                                let _e1323 = local_47;
                                                                let _e1325 = local_4;
                                                                let _e1333 = b[(((_e1323 + _e1325) + 4294963200u) >> 2u)];
                                                                local_37 = _e1333;
                                                                let _e1336 = local_43;
                                                                let _e1338 = local_4;
                                                                let _e1346 = b[(((_e1336 + _e1338) + 4294963200u) >> 2u)];
                                                                local_38 = _e1346;
                                                                let _e1349 = local_40;
                                                                let _e1351 = local_4;
                                                                let _e1359 = b[(((_e1349 + _e1351) + 4294963200u) >> 2u)];
                                                                local_41 = _e1359;
                                                                let _e1362 = local_2;
                                                                let _e1364 = local_4;
                                                                let _e1372 = b[(((_e1362 + _e1364) + 4294963200u) >> 2u)];
                                                                local_44 = _e1372;
                                                                let _e1375 = local_31;
                                                                let _e1377 = local_4;
                                                                let _e1385 = b[(((_e1375 + _e1377) + 4294963200u) >> 2u)];
                                                                local_48 = _e1385;
                                                                let _e1388 = local_12;
                                                                let _e1390 = local_4;
                                                                let _e1398 = b[(((_e1388 + _e1390) + 4294963200u) >> 2u)];
                                                                local_45 = _e1398;
                                                                let _e1401 = local_50;
                                                                let _e1403 = local_71;
                                                                let _e1411 = a[(((_e1401 + _e1403) + 4294963200u) >> 2u)];
                                                                local_52 = _e1411;
                                                                let _e1414 = local_46;
                                                                let _e1416 = local_71;
                                                                let _e1424 = a[(((_e1414 + _e1416) + 4294963200u) >> 2u)];
                                                                local_54 = _e1424;
                                                                let _e1427 = local_42;
                                                                let _e1429 = local_71;
                                                                let _e1437 = a[(((_e1427 + _e1429) + 4294963200u) >> 2u)];
                                                                local_58 = _e1437;
                                                                let _e1440 = local_30;
                                                                let _e1442 = local_71;
                                                                let _e1450 = a[(((_e1440 + _e1442) + 4294963200u) >> 2u)];
                                                                local_56 = _e1450;
                                                            }
                                                        }
                                                        workgroupBarrier();
                                                        let _e1454 = local_9;
                                                        local_55 = subgroup_id;
                                                        let _e1458 = local_55;
                                                        let _e1466 = local_3;
                                                        local_5 = (_e1466 & 1u);
                                                        let _e1471 = local_5;
                                                        local_3 = ((_e1454 + ((_e1458 << 7u) & 384u)) + (_e1471 * 8448u));
                                                        let _e1477 = local_3;
                                                        local_92 = coopLoadT<coop_mat16x16<f16,B>>((&tb[((_e1477 + 4294963200u) >> 1u)]), (528u >> 1u));
                                                        let _e1490 = local_3;
                                                        local_93 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e1490 + 32u) + 4294963200u) >> 1u)]), (528u >> 1u));
                                                        let _e1505 = local_3;
                                                        local_94 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e1505 + 64u) + 4294963200u) >> 1u)]), (528u >> 1u));
                                                        let _e1520 = local_3;
                                                        local_95 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e1520 + 96u) + 4294963200u) >> 1u)]), (528u >> 1u));
                                                        let _e1535 = local_76;
                                                        let _e1537 = local_8;
                                                        let _e1539 = local_55;
                                                        let _e1549 = local_5;
                                                        local_3 = ((_e1537 + (((_e1539 << 4u) & 64u) * 48u)) + (_e1549 * 6144u));
                                                        let _e1555 = local_3;
                                                        local_96 = coopLoadT<coop_mat16x16<f16,A>>((&ta[((_e1555 + 4294963200u) >> 1u)]), (48u >> 1u));
                                                        let _e1568 = local_96;
                                                        let _e1570 = local_92;
                                                        local_76 = coopMultiplyAdd(_e1568, _e1570, _e1535);
                                                        let _e1574 = local_77;
                                                        let _e1576 = local_96;
                                                        let _e1578 = local_93;
                                                        local_77 = coopMultiplyAdd(_e1576, _e1578, _e1574);
                                                        let _e1582 = local_78;
                                                        let _e1584 = local_96;
                                                        let _e1586 = local_94;
                                                        local_78 = coopMultiplyAdd(_e1584, _e1586, _e1582);
                                                        let _e1590 = local_79;
                                                        let _e1592 = local_96;
                                                        let _e1594 = local_95;
                                                        local_79 = coopMultiplyAdd(_e1592, _e1594, _e1590);
                                                        let _e1598 = local_80;
                                                        let _e1600 = local_3;
                                                        local_96 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e1600 + 768u) + 4294963200u) >> 1u)]), (48u >> 1u));
                                                        let _e1615 = local_96;
                                                        let _e1617 = local_92;
                                                        local_80 = coopMultiplyAdd(_e1615, _e1617, _e1598);
                                                        let _e1621 = local_81;
                                                        let _e1623 = local_96;
                                                        let _e1625 = local_93;
                                                        local_81 = coopMultiplyAdd(_e1623, _e1625, _e1621);
                                                        let _e1629 = local_82;
                                                        let _e1631 = local_96;
                                                        let _e1633 = local_94;
                                                        local_82 = coopMultiplyAdd(_e1631, _e1633, _e1629);
                                                        let _e1637 = local_83;
                                                        let _e1639 = local_96;
                                                        let _e1641 = local_95;
                                                        local_83 = coopMultiplyAdd(_e1639, _e1641, _e1637);
                                                        let _e1645 = local_53;
                                                        let _e1647 = (_e1645 == 0u);
                                                        switch 0u {
                                                            default: {
                                                                if _e1647 {
                                                                    break;
                                                                }
                                                                let _e1652 = local_57;
                                                                let _e1654 = local_5;
                                                                local_53 = (_e1654 ^ 1u);
                                                                let _e1659 = local_53;
                                                                let _e1663 = local_51;
                                                                local_5 = (((_e1659 * 3072u) | _e1663) << 1u);
                                                                let _e1670 = local_5;
                                                                let _e1673 = local_58;
                                                                let _e1677 = (((_e1652 + _e1670) + 4294963200u) >> 1u);
                                                                let _e1679 = vec2<f16>(unpack2x16float(_e1673));
                                                                ta[_e1677] = _e1679.x;
                                                                ta[(_e1677 + 1u)] = _e1679.y;
                                                                let _e1689 = local_59;
                                                                let _e1691 = local_5;
                                                                let _e1694 = local_56;
                                                                let _e1698 = (((_e1689 + _e1691) + 4294963200u) >> 1u);
                                                                let _e1700 = vec2<f16>(unpack2x16float(_e1694));
                                                                ta[_e1698] = _e1700.x;
                                                                ta[(_e1698 + 1u)] = _e1700.y;
                                                                let _e1710 = local_60;
                                                                let _e1712 = local_5;
                                                                let _e1715 = local_54;
                                                                let _e1719 = (((_e1710 + _e1712) + 4294963200u) >> 1u);
                                                                let _e1721 = vec2<f16>(unpack2x16float(_e1715));
                                                                ta[_e1719] = _e1721.x;
                                                                ta[(_e1719 + 1u)] = _e1721.y;
                                                                let _e1731 = local_61;
                                                                let _e1733 = local_5;
                                                                let _e1736 = local_52;
                                                                let _e1740 = (((_e1731 + _e1733) + 4294963200u) >> 1u);
                                                                let _e1742 = vec2<f16>(unpack2x16float(_e1736));
                                                                ta[_e1740] = _e1742.x;
                                                                ta[(_e1740 + 1u)] = _e1742.y;
                                                                let _e1752 = local_62;
                                                                let _e1754 = local_53;
                                                                let _e1758 = local_34;
                                                                local_5 = (((_e1754 * 4224u) + _e1758) << 1u);
                                                                let _e1765 = local_5;
                                                                let _e1768 = local_48;
                                                                let _e1772 = (((_e1752 + _e1765) + 4294963200u) >> 1u);
                                                                let _e1774 = vec2<f16>(unpack2x16float(_e1768));
                                                                tb[_e1772] = _e1774.x;
                                                                tb[(_e1772 + 1u)] = _e1774.y;
                                                                let _e1784 = local_63;
                                                                let _e1786 = local_5;
                                                                let _e1789 = local_45;
                                                                let _e1793 = (((_e1784 + _e1786) + 4294963200u) >> 1u);
                                                                let _e1795 = vec2<f16>(unpack2x16float(_e1789));
                                                                tb[_e1793] = _e1795.x;
                                                                tb[(_e1793 + 1u)] = _e1795.y;
                                                                let _e1805 = local_64;
                                                                let _e1807 = local_5;
                                                                let _e1810 = local_44;
                                                                let _e1814 = (((_e1805 + _e1807) + 4294963200u) >> 1u);
                                                                let _e1816 = vec2<f16>(unpack2x16float(_e1810));
                                                                tb[_e1814] = _e1816.x;
                                                                tb[(_e1814 + 1u)] = _e1816.y;
                                                                let _e1826 = local_65;
                                                                let _e1828 = local_5;
                                                                let _e1831 = local_41;
                                                                let _e1835 = (((_e1826 + _e1828) + 4294963200u) >> 1u);
                                                                let _e1837 = vec2<f16>(unpack2x16float(_e1831));
                                                                tb[_e1835] = _e1837.x;
                                                                tb[(_e1835 + 1u)] = _e1837.y;
                                                                let _e1847 = local_66;
                                                                let _e1849 = local_5;
                                                                let _e1852 = local_38;
                                                                let _e1856 = (((_e1847 + _e1849) + 4294963200u) >> 1u);
                                                                let _e1858 = vec2<f16>(unpack2x16float(_e1852));
                                                                tb[_e1856] = _e1858.x;
                                                                tb[(_e1856 + 1u)] = _e1858.y;
                                                                let _e1868 = local_67;
                                                                let _e1870 = local_5;
                                                                let _e1873 = local_37;
                                                                let _e1877 = (((_e1868 + _e1870) + 4294963200u) >> 1u);
                                                                let _e1879 = vec2<f16>(unpack2x16float(_e1873));
                                                                tb[_e1877] = _e1879.x;
                                                                tb[(_e1877 + 1u)] = _e1879.y;
                                                                let _e1889 = local_68;
                                                                let _e1891 = local_5;
                                                                let _e1894 = local_36;
                                                                let _e1898 = (((_e1889 + _e1891) + 4294963200u) >> 1u);
                                                                let _e1900 = vec2<f16>(unpack2x16float(_e1894));
                                                                tb[_e1898] = _e1900.x;
                                                                tb[(_e1898 + 1u)] = _e1900.y;
                                                                let _e1910 = local_69;
                                                                let _e1912 = local_5;
                                                                let _e1915 = local_35;
                                                                let _e1919 = (((_e1910 + _e1912) + 4294963200u) >> 1u);
                                                                let _e1921 = vec2<f16>(unpack2x16float(_e1915));
                                                                tb[_e1919] = _e1921.x;
                                                                tb[(_e1919 + 1u)] = _e1921.y;
                                                            }
                                                        }
                                                        let _e1932 = local_30;
                                                        local_30 = (_e1932 + 32u);
                                                        let _e1937 = local_42;
                                                        local_42 = (_e1937 + 32u);
                                                        let _e1942 = local_46;
                                                        local_46 = (_e1942 + 32u);
                                                        let _e1947 = local_50;
                                                        local_50 = (_e1947 + 32u);
                                                        let _e1952 = local_12;
                                                        let _e1954 = local_11;
                                                        local_12 = (_e1952 + _e1954);
                                                        let _e1958 = local_31;
                                                        let _e1960 = local_11;
                                                        local_31 = (_e1958 + _e1960);
                                                        let _e1964 = local_2;
                                                        let _e1966 = local_11;
                                                        local_2 = (_e1964 + _e1966);
                                                        let _e1970 = local_40;
                                                        let _e1972 = local_11;
                                                        local_40 = (_e1970 + _e1972);
                                                        let _e1976 = local_43;
                                                        let _e1978 = local_11;
                                                        local_43 = (_e1976 + _e1978);
                                                        let _e1982 = local_47;
                                                        let _e1984 = local_11;
                                                        local_47 = (_e1982 + _e1984);
                                                        let _e1988 = local_33;
                                                        let _e1990 = local_11;
                                                        local_33 = (_e1988 + _e1990);
                                                        let _e1994 = local_39;
                                                        let _e1996 = local_11;
                                                        local_39 = (_e1994 + _e1996);
                                                        let _e2000 = local_84;
                                                        let _e2002 = local_3;
                                                        local_96 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2002 + 1536u) + 4294963200u) >> 1u)]), (48u >> 1u));
                                                        let _e2017 = local_96;
                                                        let _e2019 = local_92;
                                                        local_84 = coopMultiplyAdd(_e2017, _e2019, _e2000);
                                                        let _e2023 = local_85;
                                                        let _e2025 = local_96;
                                                        let _e2027 = local_93;
                                                        local_85 = coopMultiplyAdd(_e2025, _e2027, _e2023);
                                                        let _e2031 = local_86;
                                                        let _e2033 = local_96;
                                                        let _e2035 = local_94;
                                                        local_86 = coopMultiplyAdd(_e2033, _e2035, _e2031);
                                                        let _e2039 = local_87;
                                                        let _e2041 = local_96;
                                                        let _e2043 = local_95;
                                                        local_87 = coopMultiplyAdd(_e2041, _e2043, _e2039);
                                                        let _e2047 = local_88;
                                                        let _e2049 = local_3;
                                                        local_96 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2049 + 2304u) + 4294963200u) >> 1u)]), (48u >> 1u));
                                                        let _e2064 = local_96;
                                                        let _e2066 = local_92;
                                                        local_88 = coopMultiplyAdd(_e2064, _e2066, _e2047);
                                                        let _e2070 = local_89;
                                                        let _e2072 = local_96;
                                                        let _e2074 = local_93;
                                                        local_89 = coopMultiplyAdd(_e2072, _e2074, _e2070);
                                                        let _e2078 = local_90;
                                                        let _e2080 = local_96;
                                                        let _e2082 = local_94;
                                                        local_90 = coopMultiplyAdd(_e2080, _e2082, _e2078);
                                                        let _e2086 = local_91;
                                                        let _e2088 = local_96;
                                                        let _e2090 = local_95;
                                                        local_91 = coopMultiplyAdd(_e2088, _e2090, _e2086);
                                                        let _e2094 = local_32;
                                                        local_3 = _e2094;
                                                        let _e2097 = local_70;
                                                        let _e2099 = local_32;
                                                        let _e2100 = (_e2097 != _e2099);
                                                        if _e2100 {
                                                            continue;
                                                        }
                                                        break;
                                                    }
                                                }
                                            }
                                            local_11 = subgroup_id;
                                            let _e2107 = local;
                                            let _e2109 = local_7;
                                            stack[((_e2107 + 4293918760u) >> 2u)] = _e2109;
                                            let _e2117 = local_1;
                                            let _e2119 = (_e2117 <= 15u);
                                            switch 0u {
                                                default: {
                                                    if _e2119 {
                                                        break;
                                                    }
                                                    let _e2124 = local;
                                                    let _e2126 = local_11;
                                                    let _e2133 = local_49;
                                                    local_32 = (((_e2126 << 4u) & 64u) | _e2133);
                                                    let _e2137 = local_32;
                                                    let _e2139 = local_1;
                                                    let _e2142 = local_11;
                                                    let _e2149 = local_13;
                                                    local_12 = (((_e2142 << 6u) & 192u) | (_e2149 << 8u));
                                                    let _e2156 = local_12;
                                                    local_5 = ((_e2137 * _e2139) + _e2156);
                                                    let _e2160 = local_5;
                                                    let _e2162 = local_1;
                                                    local_4 = (_e2162 * 15u);
                                                    let _e2167 = local_4;
                                                    local_11 = ((_e2160 + _e2167) | 16u);
                                                    let _e2173 = local_11;
                                                    stack[((_e2124 + 4293918764u) >> 2u)] = _e2173;
                                                    let _e2181 = local_11;
                                                    let _e2183 = local_7;
                                                    let _e2184 = (_e2181 > _e2183);
                                                    if _e2184 {
                                                        pending = 22u;
                                                    }
                                                    let _e2192 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2192 != 0u) {
                                                                break;
                                                            }
                                                            let _e2196 = local_76;
                                                            let _e2198 = local_6;
                                                            let _e2200 = local_5;
                                                            let _e2206 = local_1;
                                                            local_11 = (_e2206 << 2u);
                                                            let _e2212 = local_11;
                                                            coopStoreT(_e2196, (&c[(((_e2198 + (_e2200 << 2u)) + 4294963200u) >> 2u)]), (_e2212 >> 2u));
                                                            let _e2222 = local;
                                                            let _e2224 = local_5;
                                                            local_2 = (_e2224 | 16u);
                                                            let _e2229 = local_2;
                                                            let _e2231 = local_4;
                                                            local_3 = (_e2231 | 16u);
                                                            let _e2236 = local_3;
                                                            local_31 = (_e2229 + _e2236);
                                                            let _e2240 = local_31;
                                                            stack[((_e2222 + 4293918764u) >> 2u)] = _e2240;
                                                            let _e2248 = local;
                                                            let _e2250 = local_7;
                                                            stack[((_e2248 + 4293918760u) >> 2u)] = _e2250;
                                                            let _e2258 = local_31;
                                                            let _e2260 = local_7;
                                                            let _e2261 = (_e2258 > _e2260);
                                                            if _e2261 {
                                                                pending = 21u;
                                                            }
                                                        }
                                                    }
                                                    let _e2269 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2269 != 0u) {
                                                                break;
                                                            }
                                                            let _e2273 = local_77;
                                                            let _e2275 = local_6;
                                                            let _e2277 = local_2;
                                                            let _e2283 = local_11;
                                                            coopStoreT(_e2273, (&c[(((_e2275 + (_e2277 << 2u)) + 4294963200u) >> 2u)]), (_e2283 >> 2u));
                                                            let _e2293 = local;
                                                            let _e2295 = local_5;
                                                            local_2 = (_e2295 | 32u);
                                                            let _e2300 = local_2;
                                                            let _e2302 = local_4;
                                                            local_31 = ((_e2300 + _e2302) | 16u);
                                                            let _e2308 = local_31;
                                                            stack[((_e2293 + 4293918764u) >> 2u)] = _e2308;
                                                            let _e2316 = local;
                                                            let _e2318 = local_7;
                                                            stack[((_e2316 + 4293918760u) >> 2u)] = _e2318;
                                                            let _e2326 = local_31;
                                                            let _e2328 = local_7;
                                                            let _e2329 = (_e2326 > _e2328);
                                                            if _e2329 {
                                                                pending = 20u;
                                                            }
                                                        }
                                                    }
                                                    let _e2337 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2337 != 0u) {
                                                                break;
                                                            }
                                                            let _e2341 = local_78;
                                                            let _e2343 = local_6;
                                                            let _e2345 = local_2;
                                                            let _e2351 = local_11;
                                                            coopStoreT(_e2341, (&c[(((_e2343 + (_e2345 << 2u)) + 4294963200u) >> 2u)]), (_e2351 >> 2u));
                                                            let _e2361 = local;
                                                            let _e2363 = local_5;
                                                            local_31 = (_e2363 | 48u);
                                                            let _e2368 = local_31;
                                                            let _e2370 = local_3;
                                                            local_5 = (_e2368 + _e2370);
                                                            let _e2374 = local_5;
                                                            stack[((_e2361 + 4293918764u) >> 2u)] = _e2374;
                                                            let _e2382 = local;
                                                            let _e2384 = local_7;
                                                            stack[((_e2382 + 4293918760u) >> 2u)] = _e2384;
                                                            let _e2392 = local_5;
                                                            let _e2394 = local_7;
                                                            let _e2395 = (_e2392 > _e2394);
                                                            if _e2395 {
                                                                pending = 19u;
                                                            }
                                                        }
                                                    }
                                                    let _e2403 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2403 != 0u) {
                                                                break;
                                                            }
                                                            let _e2407 = local_79;
                                                            let _e2409 = local_6;
                                                            let _e2411 = local_31;
                                                            let _e2417 = local_11;
                                                            coopStoreT(_e2407, (&c[(((_e2409 + (_e2411 << 2u)) + 4294963200u) >> 2u)]), (_e2417 >> 2u));
                                                            let _e2427 = local;
                                                            let _e2429 = local_32;
                                                            let _e2433 = local_1;
                                                            let _e2436 = local_12;
                                                            local_5 = (((_e2429 | 16u) * _e2433) + _e2436);
                                                            let _e2440 = local_5;
                                                            let _e2442 = local_4;
                                                            local_31 = ((_e2440 + _e2442) | 16u);
                                                            let _e2448 = local_31;
                                                            stack[((_e2427 + 4293918764u) >> 2u)] = _e2448;
                                                            let _e2456 = local;
                                                            let _e2458 = local_7;
                                                            stack[((_e2456 + 4293918760u) >> 2u)] = _e2458;
                                                            let _e2466 = local_31;
                                                            let _e2468 = local_7;
                                                            let _e2469 = (_e2466 > _e2468);
                                                            if _e2469 {
                                                                pending = 18u;
                                                            }
                                                        }
                                                    }
                                                    let _e2477 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2477 != 0u) {
                                                                break;
                                                            }
                                                            let _e2481 = local_80;
                                                            let _e2483 = local_6;
                                                            let _e2485 = local_5;
                                                            let _e2491 = local_11;
                                                            coopStoreT(_e2481, (&c[(((_e2483 + (_e2485 << 2u)) + 4294963200u) >> 2u)]), (_e2491 >> 2u));
                                                            let _e2501 = local;
                                                            let _e2503 = local_5;
                                                            local_2 = (_e2503 | 16u);
                                                            let _e2508 = local_2;
                                                            let _e2510 = local_3;
                                                            local_31 = (_e2508 + _e2510);
                                                            let _e2514 = local_31;
                                                            stack[((_e2501 + 4293918764u) >> 2u)] = _e2514;
                                                            let _e2522 = local;
                                                            let _e2524 = local_7;
                                                            stack[((_e2522 + 4293918760u) >> 2u)] = _e2524;
                                                            let _e2532 = local_31;
                                                            let _e2534 = local_7;
                                                            let _e2535 = (_e2532 > _e2534);
                                                            if _e2535 {
                                                                pending = 17u;
                                                            }
                                                        }
                                                    }
                                                    let _e2543 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2543 != 0u) {
                                                                break;
                                                            }
                                                            let _e2547 = local_81;
                                                            let _e2549 = local_6;
                                                            let _e2551 = local_2;
                                                            let _e2557 = local_11;
                                                            coopStoreT(_e2547, (&c[(((_e2549 + (_e2551 << 2u)) + 4294963200u) >> 2u)]), (_e2557 >> 2u));
                                                            let _e2567 = local;
                                                            let _e2569 = local_5;
                                                            local_2 = (_e2569 | 32u);
                                                            let _e2574 = local_2;
                                                            let _e2576 = local_4;
                                                            local_31 = ((_e2574 + _e2576) | 16u);
                                                            let _e2582 = local_31;
                                                            stack[((_e2567 + 4293918764u) >> 2u)] = _e2582;
                                                            let _e2590 = local;
                                                            let _e2592 = local_7;
                                                            stack[((_e2590 + 4293918760u) >> 2u)] = _e2592;
                                                            let _e2600 = local_31;
                                                            let _e2602 = local_7;
                                                            let _e2603 = (_e2600 > _e2602);
                                                            if _e2603 {
                                                                pending = 16u;
                                                            }
                                                        }
                                                    }
                                                    let _e2611 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2611 != 0u) {
                                                                break;
                                                            }
                                                            let _e2615 = local_82;
                                                            let _e2617 = local_6;
                                                            let _e2619 = local_2;
                                                            let _e2625 = local_11;
                                                            coopStoreT(_e2615, (&c[(((_e2617 + (_e2619 << 2u)) + 4294963200u) >> 2u)]), (_e2625 >> 2u));
                                                            let _e2635 = local;
                                                            let _e2637 = local_5;
                                                            local_31 = (_e2637 | 48u);
                                                            let _e2642 = local_31;
                                                            let _e2644 = local_3;
                                                            local_5 = (_e2642 + _e2644);
                                                            let _e2648 = local_5;
                                                            stack[((_e2635 + 4293918764u) >> 2u)] = _e2648;
                                                            let _e2656 = local;
                                                            let _e2658 = local_7;
                                                            stack[((_e2656 + 4293918760u) >> 2u)] = _e2658;
                                                            let _e2666 = local_5;
                                                            let _e2668 = local_7;
                                                            let _e2669 = (_e2666 > _e2668);
                                                            if _e2669 {
                                                                pending = 15u;
                                                            }
                                                        }
                                                    }
                                                    let _e2677 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2677 != 0u) {
                                                                break;
                                                            }
                                                            let _e2681 = local_83;
                                                            let _e2683 = local_6;
                                                            let _e2685 = local_31;
                                                            let _e2691 = local_11;
                                                            coopStoreT(_e2681, (&c[(((_e2683 + (_e2685 << 2u)) + 4294963200u) >> 2u)]), (_e2691 >> 2u));
                                                            let _e2701 = local;
                                                            let _e2703 = local_32;
                                                            let _e2707 = local_1;
                                                            let _e2710 = local_12;
                                                            local_5 = (((_e2703 | 32u) * _e2707) + _e2710);
                                                            let _e2714 = local_5;
                                                            let _e2716 = local_4;
                                                            local_31 = ((_e2714 + _e2716) | 16u);
                                                            let _e2722 = local_31;
                                                            stack[((_e2701 + 4293918764u) >> 2u)] = _e2722;
                                                            let _e2730 = local;
                                                            let _e2732 = local_7;
                                                            stack[((_e2730 + 4293918760u) >> 2u)] = _e2732;
                                                            let _e2740 = local_31;
                                                            let _e2742 = local_7;
                                                            let _e2743 = (_e2740 > _e2742);
                                                            if _e2743 {
                                                                pending = 14u;
                                                            }
                                                        }
                                                    }
                                                    let _e2751 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2751 != 0u) {
                                                                break;
                                                            }
                                                            let _e2755 = local_84;
                                                            let _e2757 = local_6;
                                                            let _e2759 = local_5;
                                                            let _e2765 = local_11;
                                                            coopStoreT(_e2755, (&c[(((_e2757 + (_e2759 << 2u)) + 4294963200u) >> 2u)]), (_e2765 >> 2u));
                                                            let _e2775 = local;
                                                            let _e2777 = local_5;
                                                            local_2 = (_e2777 | 16u);
                                                            let _e2782 = local_2;
                                                            let _e2784 = local_3;
                                                            local_31 = (_e2782 + _e2784);
                                                            let _e2788 = local_31;
                                                            stack[((_e2775 + 4293918764u) >> 2u)] = _e2788;
                                                            let _e2796 = local;
                                                            let _e2798 = local_7;
                                                            stack[((_e2796 + 4293918760u) >> 2u)] = _e2798;
                                                            let _e2806 = local_31;
                                                            let _e2808 = local_7;
                                                            let _e2809 = (_e2806 > _e2808);
                                                            if _e2809 {
                                                                pending = 13u;
                                                            }
                                                        }
                                                    }
                                                    let _e2817 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2817 != 0u) {
                                                                break;
                                                            }
                                                            let _e2821 = local_85;
                                                            let _e2823 = local_6;
                                                            let _e2825 = local_2;
                                                            let _e2831 = local_11;
                                                            coopStoreT(_e2821, (&c[(((_e2823 + (_e2825 << 2u)) + 4294963200u) >> 2u)]), (_e2831 >> 2u));
                                                            let _e2841 = local;
                                                            let _e2843 = local_5;
                                                            local_2 = (_e2843 | 32u);
                                                            let _e2848 = local_2;
                                                            let _e2850 = local_4;
                                                            local_31 = ((_e2848 + _e2850) | 16u);
                                                            let _e2856 = local_31;
                                                            stack[((_e2841 + 4293918764u) >> 2u)] = _e2856;
                                                            let _e2864 = local;
                                                            let _e2866 = local_7;
                                                            stack[((_e2864 + 4293918760u) >> 2u)] = _e2866;
                                                            let _e2874 = local_31;
                                                            let _e2876 = local_7;
                                                            let _e2877 = (_e2874 > _e2876);
                                                            if _e2877 {
                                                                pending = 12u;
                                                            }
                                                        }
                                                    }
                                                    let _e2885 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2885 != 0u) {
                                                                break;
                                                            }
                                                            let _e2889 = local_86;
                                                            let _e2891 = local_6;
                                                            let _e2893 = local_2;
                                                            let _e2899 = local_11;
                                                            coopStoreT(_e2889, (&c[(((_e2891 + (_e2893 << 2u)) + 4294963200u) >> 2u)]), (_e2899 >> 2u));
                                                            let _e2909 = local;
                                                            let _e2911 = local_5;
                                                            local_31 = (_e2911 | 48u);
                                                            let _e2916 = local_31;
                                                            let _e2918 = local_3;
                                                            local_5 = (_e2916 + _e2918);
                                                            let _e2922 = local_5;
                                                            stack[((_e2909 + 4293918764u) >> 2u)] = _e2922;
                                                            let _e2930 = local;
                                                            let _e2932 = local_7;
                                                            stack[((_e2930 + 4293918760u) >> 2u)] = _e2932;
                                                            let _e2940 = local_5;
                                                            let _e2942 = local_7;
                                                            let _e2943 = (_e2940 > _e2942);
                                                            if _e2943 {
                                                                pending = 11u;
                                                            }
                                                        }
                                                    }
                                                    let _e2951 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e2951 != 0u) {
                                                                break;
                                                            }
                                                            let _e2955 = local_87;
                                                            let _e2957 = local_6;
                                                            let _e2959 = local_31;
                                                            let _e2965 = local_11;
                                                            coopStoreT(_e2955, (&c[(((_e2957 + (_e2959 << 2u)) + 4294963200u) >> 2u)]), (_e2965 >> 2u));
                                                            let _e2975 = local;
                                                            let _e2977 = local_32;
                                                            let _e2981 = local_1;
                                                            let _e2984 = local_12;
                                                            local_5 = (((_e2977 | 48u) * _e2981) + _e2984);
                                                            let _e2988 = local_5;
                                                            let _e2990 = local_4;
                                                            local_32 = ((_e2988 + _e2990) | 16u);
                                                            let _e2996 = local_32;
                                                            stack[((_e2975 + 4293918764u) >> 2u)] = _e2996;
                                                            let _e3004 = local;
                                                            let _e3006 = local_7;
                                                            stack[((_e3004 + 4293918760u) >> 2u)] = _e3006;
                                                            let _e3014 = local_32;
                                                            let _e3016 = local_7;
                                                            let _e3017 = (_e3014 > _e3016);
                                                            if _e3017 {
                                                                pending = 10u;
                                                            }
                                                        }
                                                    }
                                                    let _e3025 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3025 != 0u) {
                                                                break;
                                                            }
                                                            let _e3029 = local_88;
                                                            let _e3031 = local_6;
                                                            let _e3033 = local_5;
                                                            let _e3039 = local_11;
                                                            coopStoreT(_e3029, (&c[(((_e3031 + (_e3033 << 2u)) + 4294963200u) >> 2u)]), (_e3039 >> 2u));
                                                            let _e3049 = local;
                                                            let _e3051 = local_5;
                                                            local_12 = (_e3051 | 16u);
                                                            let _e3056 = local_12;
                                                            let _e3058 = local_3;
                                                            local_32 = (_e3056 + _e3058);
                                                            let _e3062 = local_32;
                                                            stack[((_e3049 + 4293918764u) >> 2u)] = _e3062;
                                                            let _e3070 = local;
                                                            let _e3072 = local_7;
                                                            stack[((_e3070 + 4293918760u) >> 2u)] = _e3072;
                                                            let _e3080 = local_32;
                                                            let _e3082 = local_7;
                                                            let _e3083 = (_e3080 > _e3082);
                                                            if _e3083 {
                                                                pending = 9u;
                                                            }
                                                        }
                                                    }
                                                    let _e3091 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3091 != 0u) {
                                                                break;
                                                            }
                                                            let _e3095 = local_89;
                                                            let _e3097 = local_6;
                                                            let _e3099 = local_12;
                                                            let _e3105 = local_11;
                                                            coopStoreT(_e3095, (&c[(((_e3097 + (_e3099 << 2u)) + 4294963200u) >> 2u)]), (_e3105 >> 2u));
                                                            let _e3115 = local;
                                                            let _e3117 = local_5;
                                                            local_32 = (_e3117 | 32u);
                                                            let _e3122 = local_32;
                                                            let _e3124 = local_4;
                                                            local_4 = ((_e3122 + _e3124) | 16u);
                                                            let _e3130 = local_4;
                                                            stack[((_e3115 + 4293918764u) >> 2u)] = _e3130;
                                                            let _e3138 = local;
                                                            let _e3140 = local_7;
                                                            stack[((_e3138 + 4293918760u) >> 2u)] = _e3140;
                                                            let _e3148 = local_4;
                                                            let _e3150 = local_7;
                                                            let _e3151 = (_e3148 > _e3150);
                                                            if _e3151 {
                                                                pending = 8u;
                                                            }
                                                        }
                                                    }
                                                    let _e3159 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3159 != 0u) {
                                                                break;
                                                            }
                                                            let _e3163 = local_90;
                                                            let _e3165 = local_6;
                                                            let _e3167 = local_32;
                                                            let _e3173 = local_11;
                                                            coopStoreT(_e3163, (&c[(((_e3165 + (_e3167 << 2u)) + 4294963200u) >> 2u)]), (_e3173 >> 2u));
                                                            let _e3183 = local;
                                                            let _e3185 = local_5;
                                                            local_5 = (_e3185 | 48u);
                                                            let _e3190 = local_5;
                                                            let _e3192 = local_3;
                                                            local_4 = (_e3190 + _e3192);
                                                            let _e3196 = local_4;
                                                            stack[((_e3183 + 4293918764u) >> 2u)] = _e3196;
                                                            let _e3204 = local;
                                                            let _e3206 = local_7;
                                                            stack[((_e3204 + 4293918760u) >> 2u)] = _e3206;
                                                            let _e3214 = local_4;
                                                            let _e3216 = local_7;
                                                            let _e3217 = (_e3214 > _e3216);
                                                            if _e3217 {
                                                                pending = 7u;
                                                            }
                                                        }
                                                    }
                                                    let _e3225 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e3225 != 0u) {
                                                                break;
                                                            }
                                                            let _e3229 = local_91;
                                                            let _e3231 = local_6;
                                                            let _e3233 = local_5;
                                                            let _e3239 = local_11;
                                                            coopStoreT(_e3229, (&c[(((_e3231 + (_e3233 << 2u)) + 4294963200u) >> 2u)]), (_e3239 >> 2u));
                                                            let _e3249 = local;
                                                            stack_pointer = (_e3249 + 32u);
                                                            return;
                                                        }
                                                    }
                                                }
                                            }
                                            let _e3256 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3256 != 0u) {
                                                        break;
                                                    }
                                                    let _e3268 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                                                    if _e3268.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1079u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e3306 = pending;
                                            if (_e3306 == 22u) {
                                                pending = 0u;
                                            }
                                            let _e3312 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3312 != 0u) {
                                                        break;
                                                    }
                                                    let _e3316 = local;
                                                    let _e3319 = vec2<u32>(1u, 0u);
                                                    let _e3322 = vec2<u32>(32u, 0u);
                                                    let _e3328 = (_e3322.x & 31u);
                                                    let _e3332 = ((_e3322.x & 32u) != 0u);
                                                    let _e3333 = (_e3319.x << _e3328);
                                                    local_10 = vec2<u32>(select(_e3333, 0u, _e3332), select(((_e3319.y << _e3328) | ((_e3319.x >> 1u) >> (31u - _e3328))), _e3333, _e3332));
                                                    let _e3347 = local_10;
                                                    let _e3349 = local;
                                                    let _e3354 = (_e3347 | vec2<u32>((_e3349 + 12u), 0u));
                                                    let _e3358 = ((_e3316 + 4293918776u) >> 2u);
                                                    stack[_e3358] = _e3354.x;
                                                    stack[(_e3358 + 1u)] = _e3354.y;
                                                    let _e3368 = local;
                                                    let _e3370 = local_10;
                                                    let _e3372 = local;
                                                    let _e3377 = (_e3370 | vec2<u32>((_e3372 + 8u), 0u));
                                                    let _e3381 = ((_e3368 + 4293918768u) >> 2u);
                                                    stack[_e3381] = _e3377.x;
                                                    stack[(_e3381 + 1u)] = _e3377.y;
                                                    let _e3392 = local;
                                                    let _e3402 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                                                    if _e3402.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1079u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e3440 = pending;
                                            if (_e3440 == 21u) {
                                                pending = 0u;
                                            }
                                            let _e3446 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3446 != 0u) {
                                                        break;
                                                    }
                                                    let _e3450 = local;
                                                    let _e3453 = vec2<u32>(1u, 0u);
                                                    let _e3456 = vec2<u32>(32u, 0u);
                                                    let _e3462 = (_e3456.x & 31u);
                                                    let _e3466 = ((_e3456.x & 32u) != 0u);
                                                    let _e3467 = (_e3453.x << _e3462);
                                                    local_10 = vec2<u32>(select(_e3467, 0u, _e3466), select(((_e3453.y << _e3462) | ((_e3453.x >> 1u) >> (31u - _e3462))), _e3467, _e3466));
                                                    let _e3481 = local_10;
                                                    let _e3483 = local;
                                                    let _e3488 = (_e3481 | vec2<u32>((_e3483 + 12u), 0u));
                                                    let _e3492 = ((_e3450 + 4293918776u) >> 2u);
                                                    stack[_e3492] = _e3488.x;
                                                    stack[(_e3492 + 1u)] = _e3488.y;
                                                    let _e3502 = local;
                                                    let _e3504 = local_10;
                                                    let _e3506 = local;
                                                    let _e3511 = (_e3504 | vec2<u32>((_e3506 + 8u), 0u));
                                                    let _e3515 = ((_e3502 + 4293918768u) >> 2u);
                                                    stack[_e3515] = _e3511.x;
                                                    stack[(_e3515 + 1u)] = _e3511.y;
                                                    let _e3526 = local;
                                                    let _e3536 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
                                                    if _e3536.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1080u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e3574 = pending;
                                            if (_e3574 == 20u) {
                                                pending = 0u;
                                            }
                                            let _e3580 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3580 != 0u) {
                                                        break;
                                                    }
                                                    let _e3584 = local;
                                                    let _e3587 = vec2<u32>(1u, 0u);
                                                    let _e3590 = vec2<u32>(32u, 0u);
                                                    let _e3596 = (_e3590.x & 31u);
                                                    let _e3600 = ((_e3590.x & 32u) != 0u);
                                                    let _e3601 = (_e3587.x << _e3596);
                                                    local_10 = vec2<u32>(select(_e3601, 0u, _e3600), select(((_e3587.y << _e3596) | ((_e3587.x >> 1u) >> (31u - _e3596))), _e3601, _e3600));
                                                    let _e3615 = local_10;
                                                    let _e3617 = local;
                                                    let _e3622 = (_e3615 | vec2<u32>((_e3617 + 12u), 0u));
                                                    let _e3626 = ((_e3584 + 4293918776u) >> 2u);
                                                    stack[_e3626] = _e3622.x;
                                                    stack[(_e3626 + 1u)] = _e3622.y;
                                                    let _e3636 = local;
                                                    let _e3638 = local_10;
                                                    let _e3640 = local;
                                                    let _e3645 = (_e3638 | vec2<u32>((_e3640 + 8u), 0u));
                                                    let _e3649 = ((_e3636 + 4293918768u) >> 2u);
                                                    stack[_e3649] = _e3645.x;
                                                    stack[(_e3649 + 1u)] = _e3645.y;
                                                    let _e3660 = local;
                                                    let _e3670 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
                                                    if _e3670.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1081u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e3708 = pending;
                                            if (_e3708 == 19u) {
                                                pending = 0u;
                                            }
                                            let _e3714 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3714 != 0u) {
                                                        break;
                                                    }
                                                    let _e3718 = local;
                                                    let _e3721 = vec2<u32>(1u, 0u);
                                                    let _e3724 = vec2<u32>(32u, 0u);
                                                    let _e3730 = (_e3724.x & 31u);
                                                    let _e3734 = ((_e3724.x & 32u) != 0u);
                                                    let _e3735 = (_e3721.x << _e3730);
                                                    local_10 = vec2<u32>(select(_e3735, 0u, _e3734), select(((_e3721.y << _e3730) | ((_e3721.x >> 1u) >> (31u - _e3730))), _e3735, _e3734));
                                                    let _e3749 = local_10;
                                                    let _e3751 = local;
                                                    let _e3756 = (_e3749 | vec2<u32>((_e3751 + 12u), 0u));
                                                    let _e3760 = ((_e3718 + 4293918776u) >> 2u);
                                                    stack[_e3760] = _e3756.x;
                                                    stack[(_e3760 + 1u)] = _e3756.y;
                                                    let _e3770 = local;
                                                    let _e3772 = local_10;
                                                    let _e3774 = local;
                                                    let _e3779 = (_e3772 | vec2<u32>((_e3774 + 8u), 0u));
                                                    let _e3783 = ((_e3770 + 4293918768u) >> 2u);
                                                    stack[_e3783] = _e3779.x;
                                                    stack[(_e3783 + 1u)] = _e3779.y;
                                                    let _e3794 = local;
                                                    let _e3804 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
                                                    if _e3804.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1082u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e3842 = pending;
                                            if (_e3842 == 18u) {
                                                pending = 0u;
                                            }
                                            let _e3848 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3848 != 0u) {
                                                        break;
                                                    }
                                                    let _e3852 = local;
                                                    let _e3855 = vec2<u32>(1u, 0u);
                                                    let _e3858 = vec2<u32>(32u, 0u);
                                                    let _e3864 = (_e3858.x & 31u);
                                                    let _e3868 = ((_e3858.x & 32u) != 0u);
                                                    let _e3869 = (_e3855.x << _e3864);
                                                    local_10 = vec2<u32>(select(_e3869, 0u, _e3868), select(((_e3855.y << _e3864) | ((_e3855.x >> 1u) >> (31u - _e3864))), _e3869, _e3868));
                                                    let _e3883 = local_10;
                                                    let _e3885 = local;
                                                    let _e3890 = (_e3883 | vec2<u32>((_e3885 + 12u), 0u));
                                                    let _e3894 = ((_e3852 + 4293918776u) >> 2u);
                                                    stack[_e3894] = _e3890.x;
                                                    stack[(_e3894 + 1u)] = _e3890.y;
                                                    let _e3904 = local;
                                                    let _e3906 = local_10;
                                                    let _e3908 = local;
                                                    let _e3913 = (_e3906 | vec2<u32>((_e3908 + 8u), 0u));
                                                    let _e3917 = ((_e3904 + 4293918768u) >> 2u);
                                                    stack[_e3917] = _e3913.x;
                                                    stack[(_e3917 + 1u)] = _e3913.y;
                                                    let _e3928 = local;
                                                    let _e3938 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
                                                    if _e3938.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1079u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e3976 = pending;
                                            if (_e3976 == 17u) {
                                                pending = 0u;
                                            }
                                            let _e3982 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e3982 != 0u) {
                                                        break;
                                                    }
                                                    let _e3986 = local;
                                                    let _e3989 = vec2<u32>(1u, 0u);
                                                    let _e3992 = vec2<u32>(32u, 0u);
                                                    let _e3998 = (_e3992.x & 31u);
                                                    let _e4002 = ((_e3992.x & 32u) != 0u);
                                                    let _e4003 = (_e3989.x << _e3998);
                                                    local_10 = vec2<u32>(select(_e4003, 0u, _e4002), select(((_e3989.y << _e3998) | ((_e3989.x >> 1u) >> (31u - _e3998))), _e4003, _e4002));
                                                    let _e4017 = local_10;
                                                    let _e4019 = local;
                                                    let _e4024 = (_e4017 | vec2<u32>((_e4019 + 12u), 0u));
                                                    let _e4028 = ((_e3986 + 4293918776u) >> 2u);
                                                    stack[_e4028] = _e4024.x;
                                                    stack[(_e4028 + 1u)] = _e4024.y;
                                                    let _e4038 = local;
                                                    let _e4040 = local_10;
                                                    let _e4042 = local;
                                                    let _e4047 = (_e4040 | vec2<u32>((_e4042 + 8u), 0u));
                                                    let _e4051 = ((_e4038 + 4293918768u) >> 2u);
                                                    stack[_e4051] = _e4047.x;
                                                    stack[(_e4051 + 1u)] = _e4047.y;
                                                    let _e4062 = local;
                                                    let _e4072 = atomicCompareExchangeWeak((&status[0]), 0u, 7u);
                                                    if _e4072.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1080u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4110 = pending;
                                            if (_e4110 == 16u) {
                                                pending = 0u;
                                            }
                                            let _e4116 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4116 != 0u) {
                                                        break;
                                                    }
                                                    let _e4120 = local;
                                                    let _e4123 = vec2<u32>(1u, 0u);
                                                    let _e4126 = vec2<u32>(32u, 0u);
                                                    let _e4132 = (_e4126.x & 31u);
                                                    let _e4136 = ((_e4126.x & 32u) != 0u);
                                                    let _e4137 = (_e4123.x << _e4132);
                                                    local_10 = vec2<u32>(select(_e4137, 0u, _e4136), select(((_e4123.y << _e4132) | ((_e4123.x >> 1u) >> (31u - _e4132))), _e4137, _e4136));
                                                    let _e4151 = local_10;
                                                    let _e4153 = local;
                                                    let _e4158 = (_e4151 | vec2<u32>((_e4153 + 12u), 0u));
                                                    let _e4162 = ((_e4120 + 4293918776u) >> 2u);
                                                    stack[_e4162] = _e4158.x;
                                                    stack[(_e4162 + 1u)] = _e4158.y;
                                                    let _e4172 = local;
                                                    let _e4174 = local_10;
                                                    let _e4176 = local;
                                                    let _e4181 = (_e4174 | vec2<u32>((_e4176 + 8u), 0u));
                                                    let _e4185 = ((_e4172 + 4293918768u) >> 2u);
                                                    stack[_e4185] = _e4181.x;
                                                    stack[(_e4185 + 1u)] = _e4181.y;
                                                    let _e4196 = local;
                                                    let _e4206 = atomicCompareExchangeWeak((&status[0]), 0u, 8u);
                                                    if _e4206.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1081u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4244 = pending;
                                            if (_e4244 == 15u) {
                                                pending = 0u;
                                            }
                                            let _e4250 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4250 != 0u) {
                                                        break;
                                                    }
                                                    let _e4254 = local;
                                                    let _e4257 = vec2<u32>(1u, 0u);
                                                    let _e4260 = vec2<u32>(32u, 0u);
                                                    let _e4266 = (_e4260.x & 31u);
                                                    let _e4270 = ((_e4260.x & 32u) != 0u);
                                                    let _e4271 = (_e4257.x << _e4266);
                                                    local_10 = vec2<u32>(select(_e4271, 0u, _e4270), select(((_e4257.y << _e4266) | ((_e4257.x >> 1u) >> (31u - _e4266))), _e4271, _e4270));
                                                    let _e4285 = local_10;
                                                    let _e4287 = local;
                                                    let _e4292 = (_e4285 | vec2<u32>((_e4287 + 12u), 0u));
                                                    let _e4296 = ((_e4254 + 4293918776u) >> 2u);
                                                    stack[_e4296] = _e4292.x;
                                                    stack[(_e4296 + 1u)] = _e4292.y;
                                                    let _e4306 = local;
                                                    let _e4308 = local_10;
                                                    let _e4310 = local;
                                                    let _e4315 = (_e4308 | vec2<u32>((_e4310 + 8u), 0u));
                                                    let _e4319 = ((_e4306 + 4293918768u) >> 2u);
                                                    stack[_e4319] = _e4315.x;
                                                    stack[(_e4319 + 1u)] = _e4315.y;
                                                    let _e4330 = local;
                                                    let _e4340 = atomicCompareExchangeWeak((&status[0]), 0u, 9u);
                                                    if _e4340.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1082u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4378 = pending;
                                            if (_e4378 == 14u) {
                                                pending = 0u;
                                            }
                                            let _e4384 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4384 != 0u) {
                                                        break;
                                                    }
                                                    let _e4388 = local;
                                                    let _e4391 = vec2<u32>(1u, 0u);
                                                    let _e4394 = vec2<u32>(32u, 0u);
                                                    let _e4400 = (_e4394.x & 31u);
                                                    let _e4404 = ((_e4394.x & 32u) != 0u);
                                                    let _e4405 = (_e4391.x << _e4400);
                                                    local_10 = vec2<u32>(select(_e4405, 0u, _e4404), select(((_e4391.y << _e4400) | ((_e4391.x >> 1u) >> (31u - _e4400))), _e4405, _e4404));
                                                    let _e4419 = local_10;
                                                    let _e4421 = local;
                                                    let _e4426 = (_e4419 | vec2<u32>((_e4421 + 12u), 0u));
                                                    let _e4430 = ((_e4388 + 4293918776u) >> 2u);
                                                    stack[_e4430] = _e4426.x;
                                                    stack[(_e4430 + 1u)] = _e4426.y;
                                                    let _e4440 = local;
                                                    let _e4442 = local_10;
                                                    let _e4444 = local;
                                                    let _e4449 = (_e4442 | vec2<u32>((_e4444 + 8u), 0u));
                                                    let _e4453 = ((_e4440 + 4293918768u) >> 2u);
                                                    stack[_e4453] = _e4449.x;
                                                    stack[(_e4453 + 1u)] = _e4449.y;
                                                    let _e4464 = local;
                                                    let _e4474 = atomicCompareExchangeWeak((&status[0]), 0u, 10u);
                                                    if _e4474.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1079u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4512 = pending;
                                            if (_e4512 == 13u) {
                                                pending = 0u;
                                            }
                                            let _e4518 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4518 != 0u) {
                                                        break;
                                                    }
                                                    let _e4522 = local;
                                                    let _e4525 = vec2<u32>(1u, 0u);
                                                    let _e4528 = vec2<u32>(32u, 0u);
                                                    let _e4534 = (_e4528.x & 31u);
                                                    let _e4538 = ((_e4528.x & 32u) != 0u);
                                                    let _e4539 = (_e4525.x << _e4534);
                                                    local_10 = vec2<u32>(select(_e4539, 0u, _e4538), select(((_e4525.y << _e4534) | ((_e4525.x >> 1u) >> (31u - _e4534))), _e4539, _e4538));
                                                    let _e4553 = local_10;
                                                    let _e4555 = local;
                                                    let _e4560 = (_e4553 | vec2<u32>((_e4555 + 12u), 0u));
                                                    let _e4564 = ((_e4522 + 4293918776u) >> 2u);
                                                    stack[_e4564] = _e4560.x;
                                                    stack[(_e4564 + 1u)] = _e4560.y;
                                                    let _e4574 = local;
                                                    let _e4576 = local_10;
                                                    let _e4578 = local;
                                                    let _e4583 = (_e4576 | vec2<u32>((_e4578 + 8u), 0u));
                                                    let _e4587 = ((_e4574 + 4293918768u) >> 2u);
                                                    stack[_e4587] = _e4583.x;
                                                    stack[(_e4587 + 1u)] = _e4583.y;
                                                    let _e4598 = local;
                                                    let _e4608 = atomicCompareExchangeWeak((&status[0]), 0u, 11u);
                                                    if _e4608.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1080u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4646 = pending;
                                            if (_e4646 == 12u) {
                                                pending = 0u;
                                            }
                                            let _e4652 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4652 != 0u) {
                                                        break;
                                                    }
                                                    let _e4656 = local;
                                                    let _e4659 = vec2<u32>(1u, 0u);
                                                    let _e4662 = vec2<u32>(32u, 0u);
                                                    let _e4668 = (_e4662.x & 31u);
                                                    let _e4672 = ((_e4662.x & 32u) != 0u);
                                                    let _e4673 = (_e4659.x << _e4668);
                                                    local_10 = vec2<u32>(select(_e4673, 0u, _e4672), select(((_e4659.y << _e4668) | ((_e4659.x >> 1u) >> (31u - _e4668))), _e4673, _e4672));
                                                    let _e4687 = local_10;
                                                    let _e4689 = local;
                                                    let _e4694 = (_e4687 | vec2<u32>((_e4689 + 12u), 0u));
                                                    let _e4698 = ((_e4656 + 4293918776u) >> 2u);
                                                    stack[_e4698] = _e4694.x;
                                                    stack[(_e4698 + 1u)] = _e4694.y;
                                                    let _e4708 = local;
                                                    let _e4710 = local_10;
                                                    let _e4712 = local;
                                                    let _e4717 = (_e4710 | vec2<u32>((_e4712 + 8u), 0u));
                                                    let _e4721 = ((_e4708 + 4293918768u) >> 2u);
                                                    stack[_e4721] = _e4717.x;
                                                    stack[(_e4721 + 1u)] = _e4717.y;
                                                    let _e4732 = local;
                                                    let _e4742 = atomicCompareExchangeWeak((&status[0]), 0u, 12u);
                                                    if _e4742.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1081u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4780 = pending;
                                            if (_e4780 == 11u) {
                                                pending = 0u;
                                            }
                                            let _e4786 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4786 != 0u) {
                                                        break;
                                                    }
                                                    let _e4790 = local;
                                                    let _e4793 = vec2<u32>(1u, 0u);
                                                    let _e4796 = vec2<u32>(32u, 0u);
                                                    let _e4802 = (_e4796.x & 31u);
                                                    let _e4806 = ((_e4796.x & 32u) != 0u);
                                                    let _e4807 = (_e4793.x << _e4802);
                                                    local_10 = vec2<u32>(select(_e4807, 0u, _e4806), select(((_e4793.y << _e4802) | ((_e4793.x >> 1u) >> (31u - _e4802))), _e4807, _e4806));
                                                    let _e4821 = local_10;
                                                    let _e4823 = local;
                                                    let _e4828 = (_e4821 | vec2<u32>((_e4823 + 12u), 0u));
                                                    let _e4832 = ((_e4790 + 4293918776u) >> 2u);
                                                    stack[_e4832] = _e4828.x;
                                                    stack[(_e4832 + 1u)] = _e4828.y;
                                                    let _e4842 = local;
                                                    let _e4844 = local_10;
                                                    let _e4846 = local;
                                                    let _e4851 = (_e4844 | vec2<u32>((_e4846 + 8u), 0u));
                                                    let _e4855 = ((_e4842 + 4293918768u) >> 2u);
                                                    stack[_e4855] = _e4851.x;
                                                    stack[(_e4855 + 1u)] = _e4851.y;
                                                    let _e4866 = local;
                                                    let _e4876 = atomicCompareExchangeWeak((&status[0]), 0u, 13u);
                                                    if _e4876.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1082u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e4914 = pending;
                                            if (_e4914 == 10u) {
                                                pending = 0u;
                                            }
                                            let _e4920 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e4920 != 0u) {
                                                        break;
                                                    }
                                                    let _e4924 = local;
                                                    let _e4927 = vec2<u32>(1u, 0u);
                                                    let _e4930 = vec2<u32>(32u, 0u);
                                                    let _e4936 = (_e4930.x & 31u);
                                                    let _e4940 = ((_e4930.x & 32u) != 0u);
                                                    let _e4941 = (_e4927.x << _e4936);
                                                    local_10 = vec2<u32>(select(_e4941, 0u, _e4940), select(((_e4927.y << _e4936) | ((_e4927.x >> 1u) >> (31u - _e4936))), _e4941, _e4940));
                                                    let _e4955 = local_10;
                                                    let _e4957 = local;
                                                    let _e4962 = (_e4955 | vec2<u32>((_e4957 + 12u), 0u));
                                                    let _e4966 = ((_e4924 + 4293918776u) >> 2u);
                                                    stack[_e4966] = _e4962.x;
                                                    stack[(_e4966 + 1u)] = _e4962.y;
                                                    let _e4976 = local;
                                                    let _e4978 = local_10;
                                                    let _e4980 = local;
                                                    let _e4985 = (_e4978 | vec2<u32>((_e4980 + 8u), 0u));
                                                    let _e4989 = ((_e4976 + 4293918768u) >> 2u);
                                                    stack[_e4989] = _e4985.x;
                                                    stack[(_e4989 + 1u)] = _e4985.y;
                                                    let _e5000 = local;
                                                    let _e5010 = atomicCompareExchangeWeak((&status[0]), 0u, 14u);
                                                    if _e5010.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1079u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e5048 = pending;
                                            if (_e5048 == 9u) {
                                                pending = 0u;
                                            }
                                            let _e5054 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e5054 != 0u) {
                                                        break;
                                                    }
                                                    let _e5058 = local;
                                                    let _e5061 = vec2<u32>(1u, 0u);
                                                    let _e5064 = vec2<u32>(32u, 0u);
                                                    let _e5070 = (_e5064.x & 31u);
                                                    let _e5074 = ((_e5064.x & 32u) != 0u);
                                                    let _e5075 = (_e5061.x << _e5070);
                                                    local_10 = vec2<u32>(select(_e5075, 0u, _e5074), select(((_e5061.y << _e5070) | ((_e5061.x >> 1u) >> (31u - _e5070))), _e5075, _e5074));
                                                    let _e5089 = local_10;
                                                    let _e5091 = local;
                                                    let _e5096 = (_e5089 | vec2<u32>((_e5091 + 12u), 0u));
                                                    let _e5100 = ((_e5058 + 4293918776u) >> 2u);
                                                    stack[_e5100] = _e5096.x;
                                                    stack[(_e5100 + 1u)] = _e5096.y;
                                                    let _e5110 = local;
                                                    let _e5112 = local_10;
                                                    let _e5114 = local;
                                                    let _e5119 = (_e5112 | vec2<u32>((_e5114 + 8u), 0u));
                                                    let _e5123 = ((_e5110 + 4293918768u) >> 2u);
                                                    stack[_e5123] = _e5119.x;
                                                    stack[(_e5123 + 1u)] = _e5119.y;
                                                    let _e5134 = local;
                                                    let _e5144 = atomicCompareExchangeWeak((&status[0]), 0u, 15u);
                                                    if _e5144.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1080u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e5182 = pending;
                                            if (_e5182 == 8u) {
                                                pending = 0u;
                                            }
                                            let _e5188 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e5188 != 0u) {
                                                        break;
                                                    }
                                                    let _e5192 = local;
                                                    let _e5195 = vec2<u32>(1u, 0u);
                                                    let _e5198 = vec2<u32>(32u, 0u);
                                                    let _e5204 = (_e5198.x & 31u);
                                                    let _e5208 = ((_e5198.x & 32u) != 0u);
                                                    let _e5209 = (_e5195.x << _e5204);
                                                    local_10 = vec2<u32>(select(_e5209, 0u, _e5208), select(((_e5195.y << _e5204) | ((_e5195.x >> 1u) >> (31u - _e5204))), _e5209, _e5208));
                                                    let _e5223 = local_10;
                                                    let _e5225 = local;
                                                    let _e5230 = (_e5223 | vec2<u32>((_e5225 + 12u), 0u));
                                                    let _e5234 = ((_e5192 + 4293918776u) >> 2u);
                                                    stack[_e5234] = _e5230.x;
                                                    stack[(_e5234 + 1u)] = _e5230.y;
                                                    let _e5244 = local;
                                                    let _e5246 = local_10;
                                                    let _e5248 = local;
                                                    let _e5253 = (_e5246 | vec2<u32>((_e5248 + 8u), 0u));
                                                    let _e5257 = ((_e5244 + 4293918768u) >> 2u);
                                                    stack[_e5257] = _e5253.x;
                                                    stack[(_e5257 + 1u)] = _e5253.y;
                                                    let _e5268 = local;
                                                    let _e5278 = atomicCompareExchangeWeak((&status[0]), 0u, 16u);
                                                    if _e5278.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1081u);
                                                        atomicStore((&status[8]), 8u);
                                                        atomicStore((&status[9]), 10u);
                                                        atomicStore((&status[10]), 795046515u);
                                                        atomicStore((&status[11]), 778201452u);
                                                        atomicStore((&status[12]), 29554u);
                                                    }
                                                    return;
                                                }
                                            }
                                            let _e5316 = pending;
                                            if (_e5316 == 7u) {
                                                pending = 0u;
                                            }
                                            let _e5322 = local;
                                            let _e5325 = vec2<u32>(1u, 0u);
                                            let _e5328 = vec2<u32>(32u, 0u);
                                            let _e5334 = (_e5328.x & 31u);
                                            let _e5338 = ((_e5328.x & 32u) != 0u);
                                            let _e5339 = (_e5325.x << _e5334);
                                            local_10 = vec2<u32>(select(_e5339, 0u, _e5338), select(((_e5325.y << _e5334) | ((_e5325.x >> 1u) >> (31u - _e5334))), _e5339, _e5338));
                                            let _e5353 = local_10;
                                            let _e5355 = local;
                                            let _e5360 = (_e5353 | vec2<u32>((_e5355 + 12u), 0u));
                                            let _e5364 = ((_e5322 + 4293918776u) >> 2u);
                                            stack[_e5364] = _e5360.x;
                                            stack[(_e5364 + 1u)] = _e5360.y;
                                            let _e5374 = local;
                                            let _e5376 = local_10;
                                            let _e5378 = local;
                                            let _e5383 = (_e5376 | vec2<u32>((_e5378 + 8u), 0u));
                                            let _e5387 = ((_e5374 + 4293918768u) >> 2u);
                                            stack[_e5387] = _e5383.x;
                                            stack[(_e5387 + 1u)] = _e5383.y;
                                            let _e5398 = local;
                                            let _e5408 = atomicCompareExchangeWeak((&status[0]), 0u, 17u);
                                            if _e5408.exchanged {
                                                atomicStore((&status[1]), local_id.x);
                                                atomicStore((&status[2]), local_id.y);
                                                atomicStore((&status[3]), local_id.z);
                                                atomicStore((&status[4]), workgroup_id.x);
                                                atomicStore((&status[5]), workgroup_id.y);
                                                atomicStore((&status[6]), workgroup_id.z);
                                                atomicStore((&status[7]), 1082u);
                                                atomicStore((&status[8]), 8u);
                                                atomicStore((&status[9]), 10u);
                                                atomicStore((&status[10]), 795046515u);
                                                atomicStore((&status[11]), 778201452u);
                                                atomicStore((&status[12]), 29554u);
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
    let _e5458 = atomicCompareExchangeWeak((&status[0]), 0u, 18u);
    if _e5458.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 1050u);
        atomicStore((&status[8]), 5u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
