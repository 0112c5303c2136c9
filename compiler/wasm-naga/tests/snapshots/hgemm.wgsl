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
var<workgroup> ta: array<f16, 10240>;
var<workgroup> tb: array<f16, 8704>;
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
    var local_57: coop_mat16x16<f32,C>;
    var local_58: coop_mat16x16<f32,C>;
    var local_59: coop_mat16x16<f32,C>;
    var local_60: coop_mat16x16<f32,C>;
    var local_61: coop_mat16x16<f32,C>;
    var local_62: coop_mat16x16<f32,C>;
    var local_63: coop_mat16x16<f32,C>;
    var local_64: coop_mat16x16<f32,C>;
    var pending: u32 = 0u;
    var local_65: coop_mat16x16<f16,B>;
    var local_66: coop_mat16x16<f16,B>;
    var local_67: coop_mat16x16<f16,A>;

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
    local_21 = 0u;
    local_22 = 0u;
    local_23 = 0u;
    local_24 = 0u;
    local_25 = 0u;
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
    local_54 = 0u;
    local_55 = 0u;
    local_56 = 0u;
    let _e100 = stack_pointer;
    local = (_e100 - 32u);
    let _e105 = local;
    stack_pointer = _e105;
    let _e110 = params[0];
    local_1 = _e110;
    local_2 = 4096u;
    let _e118 = params[2];
    local_3 = _e118;
    local_4 = 4096u;
    let _e126 = params[4];
    local_5 = _e126;
    local_6 = 4096u;
    let _e134 = params[6];
    local_7 = _e134;
    local_8 = 4096u;
    local_9 = 4096u;
    let _e143 = local_1;
    switch 0u {
        default: {
            if ((_e143 & 255u) != 0u) {
                break;
            }
            let _e149 = local_1;
            local_10 = vec2<u32>(_e149, 0u);
            let _e154 = local_10;
            let _e156 = local_10;
            let _e164 = (_e154.x & 65535u);
            let _e165 = (_e154.x >> 16u);
            let _e166 = (_e156.x & 65535u);
            let _e167 = (_e156.x >> 16u);
            let _e169 = (_e164 * _e167);
            let _e170 = (_e165 * _e166);
            local_10 = vec2<u32>((_e154.x * _e156.x), ((((((_e165 * _e167) + (_e169 >> 16u)) + (_e170 >> 16u)) + (((((_e164 * _e166) >> 16u) + (_e169 & 65535u)) + (_e170 & 65535u)) >> 16u)) + (_e154.x * _e156.y)) + (_e154.y * _e156.x)));
            let _e190 = local_10;
            let _e193 = vec2<u32>(32u, 0u);
            let _e199 = (_e193.x & 31u);
            let _e203 = ((_e193.x & 32u) != 0u);
            let _e205 = (_e190.y >> _e199);
            switch 0u {
                default: {
                    if (vec2<u32>(select(((_e190.x >> _e199) | ((_e190.y << 1u) << (31u - _e199))), _e205, _e203), select(_e205, 0u, _e203)).x != 0u) {
                        break;
                    }
                    let _e220 = local_3;
                    let _e222 = local_10;
                    local_11 = _e222.x;
                    let _e226 = local_11;
                    let _e227 = (_e220 < _e226);
                    switch 0u {
                        default: {
                            if _e227 {
                                break;
                            }
                            let _e232 = local_5;
                            let _e234 = local_11;
                            let _e235 = (_e232 < _e234);
                            switch 0u {
                                default: {
                                    if _e235 {
                                        break;
                                    }
                                    let _e240 = local_7;
                                    let _e242 = local_11;
                                    let _e243 = (_e240 < _e242);
                                    switch 0u {
                                        default: {
                                            if _e243 {
                                                break;
                                            }
                                            local_11 = workgroup_id.y;
                                            local_12 = workgroup_id.x;
                                            local_57 = coop_mat16x16<f32,C>();
                                            local_58 = coop_mat16x16<f32,C>();
                                            local_59 = coop_mat16x16<f32,C>();
                                            local_60 = coop_mat16x16<f32,C>();
                                            local_61 = coop_mat16x16<f32,C>();
                                            local_62 = coop_mat16x16<f32,C>();
                                            local_63 = coop_mat16x16<f32,C>();
                                            local_64 = coop_mat16x16<f32,C>();
                                            local_21 = local_id.x;
                                            let _e285 = local_21;
                                            local_22 = (_e285 & 255u);
                                            let _e290 = local_22;
                                            local_23 = (_e290 >> 2u);
                                            let _e296 = local_23;
                                            let _e298 = local_11;
                                            local_24 = (_e298 << 7u);
                                            let _e304 = local_24;
                                            local_25 = (_e296 | _e304);
                                            let _e308 = local_25;
                                            let _e310 = local_1;
                                            local_26 = (_e308 * _e310);
                                            let _e314 = local_26;
                                            let _e316 = local_22;
                                            local_27 = (_e316 << 3u);
                                            let _e322 = local_27;
                                            local_28 = (_e322 & 24u);
                                            let _e327 = local_28;
                                            local_11 = (_e314 | _e327);
                                            let _e331 = local_11;
                                            local_29 = (_e331 + 8u);
                                            local_30 = subgroup_id;
                                            let _e338 = local_11;
                                            let _e340 = (_e338 > 4294967287u);
                                            switch 0u {
                                                default: {
                                                    if _e340 {
                                                        break;
                                                    }
                                                    let _e345 = local_29;
                                                    let _e347 = local_3;
                                                    let _e348 = (_e345 > _e347);
                                                    switch 0u {
                                                        default: {
                                                            if _e348 {
                                                                break;
                                                            }
                                                            let _e353 = local_8;
                                                            let _e355 = local_23;
                                                            let _e360 = local_28;
                                                            local_31 = ((_e353 + (_e355 * 80u)) + (_e360 << 1u));
                                                            let _e367 = local_31;
                                                            let _e369 = local_2;
                                                            let _e371 = local_11;
                                                            local_11 = (_e369 + (_e371 << 1u));
                                                            let _e378 = local_11;
                                                            let _e382 = ((_e378 + 4294963208u) >> 2u);
                                                            let _e385 = a[_e382];
                                                            let _e390 = a[(_e382 + 1u)];
                                                            let _e391 = vec2<u32>(_e385, _e390);
                                                            let _e393 = (_e367 + 4294963208u);
                                                            let _e397 = (_e393 >> 1u);
                                                            ta[_e397] = f16(unpack2x16float(_e391.x).x);
                                                            ta[(_e397 + 1u)] = f16(unpack2x16float((_e391.x >> 16u)).x);
                                                            let _e415 = ((_e393 + 4u) >> 1u);
                                                            ta[_e415] = f16(unpack2x16float(_e391.y).x);
                                                            ta[(_e415 + 1u)] = f16(unpack2x16float((_e391.y >> 16u)).x);
                                                            let _e431 = local_31;
                                                            let _e433 = local_11;
                                                            let _e437 = ((_e433 + 4294963200u) >> 2u);
                                                            let _e440 = a[_e437];
                                                            let _e445 = a[(_e437 + 1u)];
                                                            let _e446 = vec2<u32>(_e440, _e445);
                                                            let _e448 = (_e431 + 4294963200u);
                                                            let _e452 = (_e448 >> 1u);
                                                            ta[_e452] = f16(unpack2x16float(_e446.x).x);
                                                            ta[(_e452 + 1u)] = f16(unpack2x16float((_e446.x >> 16u)).x);
                                                            let _e470 = ((_e448 + 4u) >> 1u);
                                                            ta[_e470] = f16(unpack2x16float(_e446.y).x);
                                                            ta[(_e470 + 1u)] = f16(unpack2x16float((_e446.y >> 16u)).x);
                                                            let _e486 = local_22;
                                                            local_23 = (_e486 >> 4u);
                                                            let _e492 = local_23;
                                                            let _e494 = local_1;
                                                            let _e497 = local_12;
                                                            local_32 = (_e497 << 8u);
                                                            let _e503 = local_32;
                                                            let _e506 = local_27;
                                                            local_27 = (_e506 & 120u);
                                                            let _e511 = local_27;
                                                            local_11 = (((_e492 * _e494) + _e503) | _e511);
                                                            let _e515 = local_11;
                                                            local_29 = (_e515 + 8u);
                                                            let _e520 = local_11;
                                                            let _e522 = (_e520 > 4294967287u);
                                                            if _e522 {
                                                                pending = 2u;
                                                            }
                                                            let _e530 = pending;
                                                            switch 0u {
                                                                default: {
                                                                    if (_e530 != 0u) {
                                                                        break;
                                                                    }
                                                                    let _e534 = local_29;
                                                                    let _e536 = local_5;
                                                                    let _e537 = (_e534 > _e536);
                                                                    if _e537 {
                                                                        pending = 2u;
                                                                    }
                                                                }
                                                            }
                                                            let _e545 = pending;
                                                            switch 0u {
                                                                default: {
                                                                    if (_e545 != 0u) {
                                                                        break;
                                                                    }
                                                                    let _e549 = local_9;
                                                                    let _e551 = local_23;
                                                                    let _e556 = local_27;
                                                                    local_33 = ((_e549 + (_e551 * 272u)) + (_e556 << 1u));
                                                                    let _e563 = local_33;
                                                                    let _e565 = local_4;
                                                                    let _e567 = local_11;
                                                                    local_11 = (_e565 + (_e567 << 1u));
                                                                    let _e574 = local_11;
                                                                    let _e578 = ((_e574 + 4294963208u) >> 2u);
                                                                    let _e581 = b[_e578];
                                                                    let _e586 = b[(_e578 + 1u)];
                                                                    let _e587 = vec2<u32>(_e581, _e586);
                                                                    let _e589 = (_e563 + 4294963208u);
                                                                    let _e593 = (_e589 >> 1u);
                                                                    tb[_e593] = f16(unpack2x16float(_e587.x).x);
                                                                    tb[(_e593 + 1u)] = f16(unpack2x16float((_e587.x >> 16u)).x);
                                                                    let _e611 = ((_e589 + 4u) >> 1u);
                                                                    tb[_e611] = f16(unpack2x16float(_e587.y).x);
                                                                    tb[(_e611 + 1u)] = f16(unpack2x16float((_e587.y >> 16u)).x);
                                                                    let _e627 = local_33;
                                                                    let _e629 = local_11;
                                                                    let _e633 = ((_e629 + 4294963200u) >> 2u);
                                                                    let _e636 = b[_e633];
                                                                    let _e641 = b[(_e633 + 1u)];
                                                                    let _e642 = vec2<u32>(_e636, _e641);
                                                                    let _e644 = (_e627 + 4294963200u);
                                                                    let _e648 = (_e644 >> 1u);
                                                                    tb[_e648] = f16(unpack2x16float(_e642.x).x);
                                                                    tb[(_e648 + 1u)] = f16(unpack2x16float((_e642.x >> 16u)).x);
                                                                    let _e666 = ((_e644 + 4u) >> 1u);
                                                                    tb[_e666] = f16(unpack2x16float(_e642.y).x);
                                                                    tb[(_e666 + 1u)] = f16(unpack2x16float((_e642.y >> 16u)).x);
                                                                    let _e682 = local_22;
                                                                    local_22 = (_e682 | 256u);
                                                                    let _e687 = local_22;
                                                                    local_27 = (_e687 >> 2u);
                                                                    let _e693 = local_27;
                                                                    let _e695 = local_24;
                                                                    local_34 = (_e693 | _e695);
                                                                    let _e699 = local_34;
                                                                    let _e701 = local_1;
                                                                    local_35 = (_e699 * _e701);
                                                                    let _e705 = local_35;
                                                                    let _e707 = local_22;
                                                                    local_36 = (_e707 << 3u);
                                                                    let _e713 = local_36;
                                                                    local_37 = (_e713 & 24u);
                                                                    let _e718 = local_37;
                                                                    local_11 = (_e705 | _e718);
                                                                    let _e722 = local_11;
                                                                    local_29 = (_e722 + 8u);
                                                                    let _e727 = local_11;
                                                                    let _e729 = (_e727 > 4294967287u);
                                                                    if _e729 {
                                                                        pending = 5u;
                                                                    }
                                                                }
                                                            }
                                                            let _e737 = pending;
                                                            switch 0u {
                                                                default: {
                                                                    if (_e737 != 0u) {
                                                                        break;
                                                                    }
                                                                    let _e741 = local_29;
                                                                    let _e743 = local_3;
                                                                    let _e744 = (_e741 <= _e743);
                                                                    if _e744 {
                                                                        pending = 3u;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                            let _e754 = pending;
                                            if (_e754 == 5u) {
                                                pending = 0u;
                                            }
                                            let _e760 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e760 != 0u) {
                                                        break;
                                                    }
                                                    let _e776 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                                                    if _e776.exchanged {
                                                        atomicStore((&status[1]), local_id.x);
                                                        atomicStore((&status[2]), local_id.y);
                                                        atomicStore((&status[3]), local_id.z);
                                                        atomicStore((&status[4]), workgroup_id.x);
                                                        atomicStore((&status[5]), workgroup_id.y);
                                                        atomicStore((&status[6]), workgroup_id.z);
                                                        atomicStore((&status[7]), 1303u);
                                                        atomicStore((&status[8]), 19u);
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
        }
    }
    let _e819 = pending;
    switch 0u {
        default: {
            if (_e819 != 0u) {
                break;
            }
            let _e831 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e831.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1024u);
                atomicStore((&status[8]), 5u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e869 = pending;
    if (_e869 == 3u) {
        pending = 0u;
    }
    let _e875 = pending;
    switch 0u {
        default: {
            if (_e875 != 0u) {
                break;
            }
            let _e879 = local_8;
            let _e881 = local_27;
            let _e886 = local_37;
            local_38 = ((_e879 + (_e881 * 80u)) + (_e886 << 1u));
            let _e893 = local_38;
            let _e895 = local_2;
            let _e897 = local_11;
            local_11 = (_e895 + (_e897 << 1u));
            let _e904 = local_11;
            let _e908 = ((_e904 + 4294963208u) >> 2u);
            let _e911 = a[_e908];
            let _e916 = a[(_e908 + 1u)];
            let _e917 = vec2<u32>(_e911, _e916);
            let _e919 = (_e893 + 4294963208u);
            let _e923 = (_e919 >> 1u);
            ta[_e923] = f16(unpack2x16float(_e917.x).x);
            ta[(_e923 + 1u)] = f16(unpack2x16float((_e917.x >> 16u)).x);
            let _e941 = ((_e919 + 4u) >> 1u);
            ta[_e941] = f16(unpack2x16float(_e917.y).x);
            ta[(_e941 + 1u)] = f16(unpack2x16float((_e917.y >> 16u)).x);
            let _e957 = local_38;
            let _e959 = local_11;
            let _e963 = ((_e959 + 4294963200u) >> 2u);
            let _e966 = a[_e963];
            let _e971 = a[(_e963 + 1u)];
            let _e972 = vec2<u32>(_e966, _e971);
            let _e974 = (_e957 + 4294963200u);
            let _e978 = (_e974 >> 1u);
            ta[_e978] = f16(unpack2x16float(_e972.x).x);
            ta[(_e978 + 1u)] = f16(unpack2x16float((_e972.x >> 16u)).x);
            let _e996 = ((_e974 + 4u) >> 1u);
            ta[_e996] = f16(unpack2x16float(_e972.y).x);
            ta[(_e996 + 1u)] = f16(unpack2x16float((_e972.y >> 16u)).x);
            let _e1012 = local_22;
            local_22 = (_e1012 >> 4u);
            let _e1018 = local_22;
            let _e1020 = local_1;
            let _e1023 = local_32;
            let _e1026 = local_36;
            local_39 = (_e1026 & 120u);
            let _e1031 = local_39;
            local_11 = (((_e1018 * _e1020) + _e1023) | _e1031);
            let _e1035 = local_11;
            local_29 = (_e1035 + 8u);
            let _e1040 = local_11;
            let _e1042 = (_e1040 > 4294967287u);
            switch 0u {
                default: {
                    if _e1042 {
                        break;
                    }
                    let _e1047 = local_29;
                    let _e1049 = local_5;
                    let _e1050 = (_e1047 > _e1049);
                    switch 0u {
                        default: {
                            if _e1050 {
                                break;
                            }
                            let _e1055 = local_1;
                            local_29 = (_e1055 >> 5u);
                            let _e1061 = local_9;
                            let _e1063 = local_22;
                            let _e1068 = local_39;
                            local_40 = ((_e1061 + (_e1063 * 272u)) + (_e1068 << 1u));
                            let _e1075 = local_40;
                            let _e1077 = local_4;
                            let _e1079 = local_11;
                            local_11 = (_e1077 + (_e1079 << 1u));
                            let _e1086 = local_11;
                            let _e1090 = ((_e1086 + 4294963208u) >> 2u);
                            let _e1093 = b[_e1090];
                            let _e1098 = b[(_e1090 + 1u)];
                            let _e1099 = vec2<u32>(_e1093, _e1098);
                            let _e1101 = (_e1075 + 4294963208u);
                            let _e1105 = (_e1101 >> 1u);
                            tb[_e1105] = f16(unpack2x16float(_e1099.x).x);
                            tb[(_e1105 + 1u)] = f16(unpack2x16float((_e1099.x >> 16u)).x);
                            let _e1123 = ((_e1101 + 4u) >> 1u);
                            tb[_e1123] = f16(unpack2x16float(_e1099.y).x);
                            tb[(_e1123 + 1u)] = f16(unpack2x16float((_e1099.y >> 16u)).x);
                            let _e1139 = local_40;
                            let _e1141 = local_11;
                            let _e1145 = ((_e1141 + 4294963200u) >> 2u);
                            let _e1148 = b[_e1145];
                            let _e1153 = b[(_e1145 + 1u)];
                            let _e1154 = vec2<u32>(_e1148, _e1153);
                            let _e1156 = (_e1139 + 4294963200u);
                            let _e1160 = (_e1156 >> 1u);
                            tb[_e1160] = f16(unpack2x16float(_e1154.x).x);
                            tb[(_e1160 + 1u)] = f16(unpack2x16float((_e1154.x >> 16u)).x);
                            let _e1178 = ((_e1156 + 4u) >> 1u);
                            tb[_e1178] = f16(unpack2x16float(_e1154.y).x);
                            tb[(_e1178 + 1u)] = f16(unpack2x16float((_e1154.y >> 16u)).x);
                            let _e1194 = local_1;
                            let _e1196 = (_e1194 == 0u);
                            switch 0u {
                                default: {
                                    if _e1196 {
                                        break;
                                    }
                                    let _e1201 = local_25;
                                    let _e1203 = local_1;
                                    let _e1209 = local_21;
                                    local_11 = ((_e1209 << 4u) & 48u);
                                    let _e1217 = local_11;
                                    let _e1220 = local_2;
                                    local_21 = (((((_e1201 * _e1203) << 1u) + _e1217) + _e1220) + 64u);
                                    let _e1226 = local_34;
                                    let _e1228 = local_1;
                                    let _e1234 = local_11;
                                    let _e1237 = local_2;
                                    local_27 = (((((_e1226 * _e1228) << 1u) + _e1234) + _e1237) + 64u);
                                    let _e1243 = local_1;
                                    local_25 = (_e1243 << 5u);
                                    let _e1249 = local_1;
                                    local_41 = (_e1249 << 6u);
                                    let _e1255 = local_9;
                                    let _e1257 = local_30;
                                    local_42 = (((_e1257 << 5u) & 96u) << 1u);
                                    let _e1268 = local_42;
                                    local_43 = (_e1255 + _e1268);
                                    let _e1272 = local_8;
                                    let _e1274 = local_30;
                                    local_37 = (_e1272 + ((_e1274 & 4u) * 1280u));
                                    let _e1282 = local_37;
                                    local_34 = (_e1282 + 3840u);
                                    let _e1287 = local_37;
                                    local_44 = (_e1287 + 2560u);
                                    let _e1292 = local_37;
                                    local_45 = (_e1292 + 1280u);
                                    let _e1297 = local_1;
                                    let _e1299 = local_23;
                                    let _e1304 = local_32;
                                    local_30 = ((_e1297 * (_e1299 | 32u)) + _e1304);
                                    let _e1308 = local_30;
                                    let _e1310 = local_39;
                                    local_46 = ((_e1308 + _e1310) << 1u);
                                    let _e1317 = local_1;
                                    let _e1319 = local_22;
                                    let _e1324 = local_32;
                                    local_36 = ((_e1317 * (_e1319 | 32u)) + _e1324);
                                    let _e1328 = local_36;
                                    let _e1330 = local_39;
                                    local_47 = ((_e1328 + _e1330) << 1u);
                                    local_22 = 0u;
                                    let _e1339 = local_4;
                                    local_23 = _e1339;
                                    loop {
                                        let _e1342 = local_22;
                                        local_11 = (_e1342 & 1u);
                                        let _e1347 = local_22;
                                        local_22 = (_e1347 + 1u);
                                        let _e1352 = local_22;
                                        let _e1354 = local_29;
                                        let _e1355 = (_e1352 >= _e1354);
                                        switch 0u {
                                            default: {
                                                if _e1355 {
                                                    break;
                                                }
                                                let _e1360 = local_28;
                                                let _e1362 = local_26;
                                                local_48 = (_e1360 + _e1362);
                                                let _e1366 = local_48;
                                                let _e1370 = ((_e1366 + 32u) > 4294967287u);
                                                switch 0u {
                                                    default: {
                                                        if _e1370 {
                                                            break;
                                                        }
                                                        let _e1375 = local_48;
                                                        let _e1379 = local_3;
                                                        let _e1380 = ((_e1375 + 40u) <= _e1379);
                                                        if _e1380 {
                                                            pending = 14u;
                                                        }
                                                    }
                                                }
                                                let _e1388 = pending;
                                                switch 0u {
                                                    default: {
                                                        if (_e1388 != 0u) {
                                                            break;
                                                        }
                                                        let _e1392 = local_48;
                                                        local_11 = (_e1392 + 40u);
                                                        let _e1397 = local_48;
                                                        local_22 = (_e1397 + 32u);
                                                        pending = 13u;
                                                    }
                                                }
                                                let _e1405 = pending;
                                                if (_e1405 == 14u) {
                                                    pending = 0u;
                                                }
                                                let _e1411 = pending;
                                                switch 0u {
                                                    default: {
                                                        if (_e1411 != 0u) {
                                                            break;
                                                        }
                                                        let _e1415 = local_31;
                                                        let _e1417 = local_11;
                                                        local_49 = (_e1417 ^ 1u);
                                                        let _e1422 = local_49;
                                                        local_50 = ((_e1422 * 5120u) << 1u);
                                                        let _e1430 = local_50;
                                                        local_48 = (_e1415 + _e1430);
                                                        let _e1434 = local_48;
                                                        let _e1436 = local_21;
                                                        let _e1440 = ((_e1436 + 4294963208u) >> 2u);
                                                        let _e1443 = a[_e1440];
                                                        let _e1448 = a[(_e1440 + 1u)];
                                                        let _e1449 = vec2<u32>(_e1443, _e1448);
                                                        let _e1451 = (_e1434 + 4294963208u);
                                                        let _e1455 = (_e1451 >> 1u);
                                                        ta[_e1455] = f16(unpack2x16float(_e1449.x).x);
                                                        ta[(_e1455 + 1u)] = f16(unpack2x16float((_e1449.x >> 16u)).x);
                                                        let _e1473 = ((_e1451 + 4u) >> 1u);
                                                        ta[_e1473] = f16(unpack2x16float(_e1449.y).x);
                                                        ta[(_e1473 + 1u)] = f16(unpack2x16float((_e1449.y >> 16u)).x);
                                                        let _e1489 = local_48;
                                                        let _e1491 = local_21;
                                                        let _e1495 = ((_e1491 + 4294963200u) >> 2u);
                                                        let _e1498 = a[_e1495];
                                                        let _e1503 = a[(_e1495 + 1u)];
                                                        let _e1504 = vec2<u32>(_e1498, _e1503);
                                                        let _e1506 = (_e1489 + 4294963200u);
                                                        let _e1510 = (_e1506 >> 1u);
                                                        ta[_e1510] = f16(unpack2x16float(_e1504.x).x);
                                                        ta[(_e1510 + 1u)] = f16(unpack2x16float((_e1504.x >> 16u)).x);
                                                        let _e1528 = ((_e1506 + 4u) >> 1u);
                                                        ta[_e1528] = f16(unpack2x16float(_e1504.y).x);
                                                        ta[(_e1528 + 1u)] = f16(unpack2x16float((_e1504.y >> 16u)).x);
                                                        let _e1544 = local_39;
                                                        let _e1546 = local_30;
                                                        local_48 = (_e1544 + _e1546);
                                                        let _e1550 = local_48;
                                                        let _e1552 = (_e1550 > 4294967287u);
                                                        switch 0u {
                                                            default: {
                                                                if _e1552 {
                                                                    break;
                                                                }
                                                                let _e1557 = local_48;
                                                                let _e1561 = local_5;
                                                                let _e1562 = ((_e1557 + 8u) <= _e1561);
                                                                if _e1562 {
                                                                    pending = 16u;
                                                                }
                                                            }
                                                        }
                                                        let _e1570 = pending;
                                                        switch 0u {
                                                            default: {
                                                                if (_e1570 != 0u) {
                                                                    break;
                                                                }
                                                                let _e1574 = local_48;
                                                                local_11 = (_e1574 + 8u);
                                                                pending = 7u;
                                                                break;
                                                            }
                                                        }
                                                        let _e1582 = pending;
                                                        if ((_e1582 - 1u) < 9u) {
                                                            break;
                                                        }
                                                        let _e1588 = pending;
                                                        if (_e1588 == 16u) {
                                                            pending = 0u;
                                                        }
                                                        let _e1594 = local_33;
                                                        let _e1596 = local_49;
                                                        local_51 = ((_e1596 * 4352u) << 1u);
                                                        let _e1604 = local_51;
                                                        local_48 = (_e1594 + _e1604);
                                                        let _e1608 = local_48;
                                                        let _e1610 = local_23;
                                                        let _e1612 = local_46;
                                                        local_49 = (_e1610 + _e1612);
                                                        let _e1616 = local_49;
                                                        let _e1620 = ((_e1616 + 4294963208u) >> 2u);
                                                        let _e1623 = b[_e1620];
                                                        let _e1628 = b[(_e1620 + 1u)];
                                                        let _e1629 = vec2<u32>(_e1623, _e1628);
                                                        let _e1631 = (_e1608 + 4294963208u);
                                                        let _e1635 = (_e1631 >> 1u);
                                                        tb[_e1635] = f16(unpack2x16float(_e1629.x).x);
                                                        tb[(_e1635 + 1u)] = f16(unpack2x16float((_e1629.x >> 16u)).x);
                                                        let _e1653 = ((_e1631 + 4u) >> 1u);
                                                        tb[_e1653] = f16(unpack2x16float(_e1629.y).x);
                                                        tb[(_e1653 + 1u)] = f16(unpack2x16float((_e1629.y >> 16u)).x);
                                                        let _e1669 = local_48;
                                                        let _e1671 = local_49;
                                                        let _e1675 = ((_e1671 + 4294963200u) >> 2u);
                                                        let _e1678 = b[_e1675];
                                                        let _e1683 = b[(_e1675 + 1u)];
                                                        let _e1684 = vec2<u32>(_e1678, _e1683);
                                                        let _e1686 = (_e1669 + 4294963200u);
                                                        let _e1690 = (_e1686 >> 1u);
                                                        tb[_e1690] = f16(unpack2x16float(_e1684.x).x);
                                                        tb[(_e1690 + 1u)] = f16(unpack2x16float((_e1684.x >> 16u)).x);
                                                        let _e1708 = ((_e1686 + 4u) >> 1u);
                                                        tb[_e1708] = f16(unpack2x16float(_e1684.y).x);
                                                        tb[(_e1708 + 1u)] = f16(unpack2x16float((_e1684.y >> 16u)).x);
                                                        let _e1724 = local_28;
                                                        let _e1726 = local_35;
                                                        local_48 = (_e1724 + _e1726);
                                                        let _e1730 = local_48;
                                                        let _e1734 = ((_e1730 + 32u) > 4294967287u);
                                                        switch 0u {
                                                            default: {
                                                                if _e1734 {
                                                                    break;
                                                                }
                                                                let _e1739 = local_48;
                                                                let _e1743 = local_3;
                                                                let _e1744 = ((_e1739 + 40u) <= _e1743);
                                                                if _e1744 {
                                                                    pending = 12u;
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                                let _e1753 = pending;
                                                if ((_e1753 - 1u) < 9u) {
                                                    break;
                                                }
                                                let _e1759 = pending;
                                                switch 0u {
                                                    default: {
                                                        if (_e1759 != 0u) {
                                                            break;
                                                        }
                                                        let _e1763 = local_48;
                                                        local_11 = (_e1763 + 40u);
                                                        let _e1768 = local_48;
                                                        local_22 = (_e1768 + 32u);
                                                    }
                                                }
                                                let _e1774 = pending;
                                                if (_e1774 == 13u) {
                                                    pending = 0u;
                                                }
                                                let _e1780 = pending;
                                                switch 0u {
                                                    default: {
                                                        if (_e1780 != 0u) {
                                                            break;
                                                        }
                                                        let _e1796 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
                                                        if _e1796.exchanged {
                                                            atomicStore((&status[1]), local_id.x);
                                                            atomicStore((&status[2]), local_id.y);
                                                            atomicStore((&status[3]), local_id.z);
                                                            atomicStore((&status[4]), workgroup_id.x);
                                                            atomicStore((&status[5]), workgroup_id.y);
                                                            atomicStore((&status[6]), workgroup_id.z);
                                                            atomicStore((&status[7]), 1303u);
                                                            atomicStore((&status[8]), 19u);
                                                            atomicStore((&status[9]), 10u);
                                                            atomicStore((&status[10]), 795046515u);
                                                            atomicStore((&status[11]), 778201452u);
                                                            atomicStore((&status[12]), 29554u);
                                                        }
                                                        return;
                                                    }
                                                }
                                                let _e1834 = pending;
                                                if (_e1834 == 12u) {
                                                    pending = 0u;
                                                }
                                                let _e1840 = local_38;
                                                let _e1842 = local_50;
                                                local_48 = (_e1840 + _e1842);
                                                let _e1846 = local_48;
                                                let _e1848 = local_27;
                                                let _e1852 = ((_e1848 + 4294963208u) >> 2u);
                                                let _e1855 = a[_e1852];
                                                let _e1860 = a[(_e1852 + 1u)];
                                                let _e1861 = vec2<u32>(_e1855, _e1860);
                                                let _e1863 = (_e1846 + 4294963208u);
                                                let _e1867 = (_e1863 >> 1u);
                                                ta[_e1867] = f16(unpack2x16float(_e1861.x).x);
                                                ta[(_e1867 + 1u)] = f16(unpack2x16float((_e1861.x >> 16u)).x);
                                                let _e1885 = ((_e1863 + 4u) >> 1u);
                                                ta[_e1885] = f16(unpack2x16float(_e1861.y).x);
                                                ta[(_e1885 + 1u)] = f16(unpack2x16float((_e1861.y >> 16u)).x);
                                                let _e1901 = local_48;
                                                let _e1903 = local_27;
                                                let _e1907 = ((_e1903 + 4294963200u) >> 2u);
                                                let _e1910 = a[_e1907];
                                                let _e1915 = a[(_e1907 + 1u)];
                                                let _e1916 = vec2<u32>(_e1910, _e1915);
                                                let _e1918 = (_e1901 + 4294963200u);
                                                let _e1922 = (_e1918 >> 1u);
                                                ta[_e1922] = f16(unpack2x16float(_e1916.x).x);
                                                ta[(_e1922 + 1u)] = f16(unpack2x16float((_e1916.x >> 16u)).x);
                                                let _e1940 = ((_e1918 + 4u) >> 1u);
                                                ta[_e1940] = f16(unpack2x16float(_e1916.y).x);
                                                ta[(_e1940 + 1u)] = f16(unpack2x16float((_e1916.y >> 16u)).x);
                                                let _e1956 = local_39;
                                                let _e1958 = local_36;
                                                local_48 = (_e1956 + _e1958);
                                                let _e1962 = local_48;
                                                let _e1964 = (_e1962 > 4294967287u);
                                                if _e1964 {
                                                    pending = 8u;
                                                    break;
                                                }
                                                let _e1971 = local_48;
                                                let _e1975 = local_5;
                                                let _e1976 = ((_e1971 + 8u) > _e1975);
                                                if _e1976 {
                                                    pending = 8u;
                                                    break;
                                                }
                                                let _e1983 = local_40;
                                                let _e1985 = local_51;
                                                local_48 = (_e1983 + _e1985);
                                                let _e1989 = local_48;
                                                let _e1991 = local_23;
                                                let _e1993 = local_47;
                                                local_49 = (_e1991 + _e1993);
                                                let _e1997 = local_49;
                                                let _e2001 = ((_e1997 + 4294963208u) >> 2u);
                                                let _e2004 = b[_e2001];
                                                let _e2009 = b[(_e2001 + 1u)];
                                                let _e2010 = vec2<u32>(_e2004, _e2009);
                                                let _e2012 = (_e1989 + 4294963208u);
                                                let _e2016 = (_e2012 >> 1u);
                                                tb[_e2016] = f16(unpack2x16float(_e2010.x).x);
                                                tb[(_e2016 + 1u)] = f16(unpack2x16float((_e2010.x >> 16u)).x);
                                                let _e2034 = ((_e2012 + 4u) >> 1u);
                                                tb[_e2034] = f16(unpack2x16float(_e2010.y).x);
                                                tb[(_e2034 + 1u)] = f16(unpack2x16float((_e2010.y >> 16u)).x);
                                                let _e2050 = local_48;
                                                let _e2052 = local_49;
                                                let _e2056 = ((_e2052 + 4294963200u) >> 2u);
                                                let _e2059 = b[_e2056];
                                                let _e2064 = b[(_e2056 + 1u)];
                                                let _e2065 = vec2<u32>(_e2059, _e2064);
                                                let _e2067 = (_e2050 + 4294963200u);
                                                let _e2071 = (_e2067 >> 1u);
                                                tb[_e2071] = f16(unpack2x16float(_e2065.x).x);
                                                tb[(_e2071 + 1u)] = f16(unpack2x16float((_e2065.x >> 16u)).x);
                                                let _e2089 = ((_e2067 + 4u) >> 1u);
                                                tb[_e2089] = f16(unpack2x16float(_e2065.y).x);
                                                tb[(_e2089 + 1u)] = f16(unpack2x16float((_e2065.y >> 16u)).x);
                                            }
                                        }
                                        let _e2106 = pending;
                                        if ((_e2106 - 1u) < 9u) {
                                            break;
                                        }
                                        let _e2112 = local_26;
                                        local_26 = (_e2112 + 32u);
                                        let _e2117 = local_21;
                                        local_21 = (_e2117 + 64u);
                                        let _e2122 = local_35;
                                        local_35 = (_e2122 + 32u);
                                        let _e2127 = local_27;
                                        local_27 = (_e2127 + 64u);
                                        let _e2132 = local_30;
                                        let _e2134 = local_25;
                                        local_30 = (_e2132 + _e2134);
                                        let _e2138 = local_36;
                                        let _e2140 = local_25;
                                        local_36 = (_e2138 + _e2140);
                                        let _e2144 = local_23;
                                        let _e2146 = local_41;
                                        local_23 = (_e2144 + _e2146);
                                        workgroupBarrier();
                                        let _e2150 = local_43;
                                        let _e2152 = local_11;
                                        local_48 = (_e2152 * 8704u);
                                        let _e2157 = local_48;
                                        local_49 = (_e2150 + _e2157);
                                        let _e2161 = local_49;
                                        local_65 = coopLoadT<coop_mat16x16<f16,B>>((&tb[((_e2161 + 4294963200u) >> 1u)]), (272u >> 1u));
                                        let _e2174 = local_49;
                                        local_66 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e2174 + 32u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                        let _e2189 = local_57;
                                        let _e2191 = local_37;
                                        let _e2193 = local_11;
                                        local_11 = (_e2193 * 10240u);
                                        let _e2198 = local_11;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2191 + _e2198) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2212 = local_67;
                                        let _e2214 = local_65;
                                        local_57 = coopMultiplyAdd(_e2212, _e2214, _e2189);
                                        let _e2218 = local_58;
                                        let _e2220 = local_67;
                                        let _e2222 = local_66;
                                        local_58 = coopMultiplyAdd(_e2220, _e2222, _e2218);
                                        let _e2226 = local_59;
                                        let _e2228 = local_45;
                                        let _e2230 = local_11;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2228 + _e2230) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2244 = local_67;
                                        let _e2246 = local_65;
                                        local_59 = coopMultiplyAdd(_e2244, _e2246, _e2226);
                                        let _e2250 = local_60;
                                        let _e2252 = local_67;
                                        let _e2254 = local_66;
                                        local_60 = coopMultiplyAdd(_e2252, _e2254, _e2250);
                                        let _e2258 = local_61;
                                        let _e2260 = local_44;
                                        let _e2262 = local_11;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2260 + _e2262) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2276 = local_67;
                                        let _e2278 = local_65;
                                        local_61 = coopMultiplyAdd(_e2276, _e2278, _e2258);
                                        let _e2282 = local_62;
                                        let _e2284 = local_67;
                                        let _e2286 = local_66;
                                        local_62 = coopMultiplyAdd(_e2284, _e2286, _e2282);
                                        let _e2290 = local_63;
                                        let _e2292 = local_34;
                                        let _e2294 = local_11;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2292 + _e2294) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2308 = local_67;
                                        let _e2310 = local_65;
                                        local_63 = coopMultiplyAdd(_e2308, _e2310, _e2290);
                                        let _e2314 = local_64;
                                        let _e2316 = local_67;
                                        let _e2318 = local_66;
                                        local_64 = coopMultiplyAdd(_e2316, _e2318, _e2314);
                                        let _e2322 = local_9;
                                        let _e2324 = local_48;
                                        let _e2327 = local_42;
                                        local_48 = ((_e2322 + _e2324) + _e2327);
                                        let _e2331 = local_48;
                                        local_65 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e2331 + 4352u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                        let _e2346 = local_48;
                                        local_66 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e2346 + 4384u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                        let _e2361 = local_57;
                                        let _e2363 = local_37;
                                        let _e2365 = local_11;
                                        local_11 = (_e2365 | 32u);
                                        let _e2370 = local_11;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2363 + _e2370) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2384 = local_67;
                                        let _e2386 = local_65;
                                        local_57 = coopMultiplyAdd(_e2384, _e2386, _e2361);
                                        let _e2390 = local_58;
                                        let _e2392 = local_67;
                                        let _e2394 = local_66;
                                        local_58 = coopMultiplyAdd(_e2392, _e2394, _e2390);
                                        let _e2398 = local_59;
                                        let _e2400 = local_45;
                                        let _e2402 = local_11;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2400 + _e2402) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2416 = local_67;
                                        let _e2418 = local_65;
                                        local_59 = coopMultiplyAdd(_e2416, _e2418, _e2398);
                                        let _e2422 = local_60;
                                        let _e2424 = local_67;
                                        let _e2426 = local_66;
                                        local_60 = coopMultiplyAdd(_e2424, _e2426, _e2422);
                                        let _e2430 = local_61;
                                        let _e2432 = local_44;
                                        let _e2434 = local_11;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2432 + _e2434) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2448 = local_67;
                                        let _e2450 = local_65;
                                        local_61 = coopMultiplyAdd(_e2448, _e2450, _e2430);
                                        let _e2454 = local_62;
                                        let _e2456 = local_67;
                                        let _e2458 = local_66;
                                        local_62 = coopMultiplyAdd(_e2456, _e2458, _e2454);
                                        let _e2462 = local_63;
                                        let _e2464 = local_34;
                                        let _e2466 = local_11;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2464 + _e2466) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2480 = local_67;
                                        let _e2482 = local_65;
                                        local_63 = coopMultiplyAdd(_e2480, _e2482, _e2462);
                                        let _e2486 = local_64;
                                        let _e2488 = local_67;
                                        let _e2490 = local_66;
                                        local_64 = coopMultiplyAdd(_e2488, _e2490, _e2486);
                                        workgroupBarrier();
                                        let _e2494 = local_29;
                                        let _e2496 = local_22;
                                        let _e2497 = (_e2494 != _e2496);
                                        if _e2497 {
                                            continue;
                                        }
                                        break;
                                    }
                                }
                            }
                            let _e2503 = pending;
                            switch 0u {
                                default: {
                                    if (_e2503 != 0u) {
                                        break;
                                    }
                                    local_22 = subgroup_id;
                                    let _e2508 = local_1;
                                    let _e2510 = (_e2508 > 15u);
                                    if _e2510 {
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e2518 = pending;
                            switch 0u {
                                default: {
                                    if (_e2518 != 0u) {
                                        break;
                                    }
                                    let _e2530 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
                                    if _e2530.exchanged {
                                        atomicStore((&status[1]), local_id.x);
                                        atomicStore((&status[2]), local_id.y);
                                        atomicStore((&status[3]), local_id.z);
                                        atomicStore((&status[4]), workgroup_id.x);
                                        atomicStore((&status[5]), workgroup_id.y);
                                        atomicStore((&status[6]), workgroup_id.z);
                                        atomicStore((&status[7]), 1062u);
                                        atomicStore((&status[8]), 15u);
                                        atomicStore((&status[9]), 10u);
                                        atomicStore((&status[10]), 795046515u);
                                        atomicStore((&status[11]), 778201452u);
                                        atomicStore((&status[12]), 29554u);
                                    }
                                    return;
                                }
                            }
                            let _e2568 = pending;
                            if (_e2568 == 8u) {
                                pending = 0u;
                            }
                            let _e2574 = pending;
                            switch 0u {
                                default: {
                                    if (_e2574 != 0u) {
                                        break;
                                    }
                                    let _e2578 = local_48;
                                    local_11 = (_e2578 + 8u);
                                }
                            }
                            let _e2584 = pending;
                            if (_e2584 == 7u) {
                                pending = 0u;
                            }
                            let _e2590 = pending;
                            switch 0u {
                                default: {
                                    if (_e2590 != 0u) {
                                        break;
                                    }
                                    let _e2606 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
                                    if _e2606.exchanged {
                                        atomicStore((&status[1]), local_id.x);
                                        atomicStore((&status[2]), local_id.y);
                                        atomicStore((&status[3]), local_id.z);
                                        atomicStore((&status[4]), workgroup_id.x);
                                        atomicStore((&status[5]), workgroup_id.y);
                                        atomicStore((&status[6]), workgroup_id.z);
                                        atomicStore((&status[7]), 1303u);
                                        atomicStore((&status[8]), 19u);
                                        atomicStore((&status[9]), 10u);
                                        atomicStore((&status[10]), 795046515u);
                                        atomicStore((&status[11]), 778201452u);
                                        atomicStore((&status[12]), 29554u);
                                    }
                                    return;
                                }
                            }
                            let _e2644 = pending;
                            if (_e2644 == 6u) {
                                pending = 0u;
                            }
                            let _e2650 = local;
                            let _e2652 = local_22;
                            let _e2659 = local_24;
                            local_11 = (((_e2652 << 4u) & 64u) | _e2659);
                            let _e2663 = local_11;
                            let _e2665 = local_1;
                            let _e2668 = local_22;
                            let _e2675 = local_32;
                            local_22 = (((_e2668 << 5u) & 96u) | _e2675);
                            let _e2679 = local_22;
                            local_21 = ((_e2663 * _e2665) + _e2679);
                            let _e2683 = local_21;
                            let _e2685 = local_1;
                            local_54 = ((_e2685 * 15u) | 16u);
                            let _e2692 = local_54;
                            local_23 = (_e2683 + _e2692);
                            let _e2696 = local_23;
                            stack[((_e2650 + 4293918764u) >> 2u)] = _e2696;
                            let _e2704 = local;
                            let _e2706 = local_7;
                            stack[((_e2704 + 4293918760u) >> 2u)] = _e2706;
                            let _e2714 = local_23;
                            let _e2716 = local_7;
                            let _e2717 = (_e2714 > _e2716);
                            switch 0u {
                                default: {
                                    if _e2717 {
                                        break;
                                    }
                                    let _e2722 = local_57;
                                    let _e2724 = local_6;
                                    let _e2726 = local_21;
                                    let _e2732 = local_1;
                                    local_55 = (_e2732 << 2u);
                                    let _e2738 = local_55;
                                    coopStoreT(_e2722, (&c[(((_e2724 + (_e2726 << 2u)) + 4294963200u) >> 2u)]), (_e2738 >> 2u));
                                    let _e2748 = local;
                                    let _e2750 = local_21;
                                    local_23 = (_e2750 | 16u);
                                    let _e2755 = local_23;
                                    let _e2757 = local_54;
                                    local_21 = (_e2755 + _e2757);
                                    let _e2761 = local_21;
                                    stack[((_e2748 + 4293918764u) >> 2u)] = _e2761;
                                    let _e2769 = local;
                                    let _e2771 = local_7;
                                    stack[((_e2769 + 4293918760u) >> 2u)] = _e2771;
                                    let _e2779 = local_21;
                                    let _e2781 = local_7;
                                    let _e2782 = (_e2779 > _e2781);
                                    switch 0u {
                                        default: {
                                            if _e2782 {
                                                break;
                                            }
                                            let _e2787 = local_58;
                                            let _e2789 = local_6;
                                            let _e2791 = local_23;
                                            let _e2797 = local_55;
                                            coopStoreT(_e2787, (&c[(((_e2789 + (_e2791 << 2u)) + 4294963200u) >> 2u)]), (_e2797 >> 2u));
                                            let _e2807 = local;
                                            let _e2809 = local_11;
                                            let _e2813 = local_1;
                                            let _e2816 = local_22;
                                            local_21 = (((_e2809 | 16u) * _e2813) + _e2816);
                                            let _e2820 = local_21;
                                            let _e2822 = local_54;
                                            local_23 = (_e2820 + _e2822);
                                            let _e2826 = local_23;
                                            stack[((_e2807 + 4293918764u) >> 2u)] = _e2826;
                                            let _e2834 = local;
                                            let _e2836 = local_7;
                                            stack[((_e2834 + 4293918760u) >> 2u)] = _e2836;
                                            let _e2844 = local_23;
                                            let _e2846 = local_7;
                                            let _e2847 = (_e2844 > _e2846);
                                            switch 0u {
                                                default: {
                                                    if _e2847 {
                                                        break;
                                                    }
                                                    let _e2852 = local_59;
                                                    let _e2854 = local_6;
                                                    let _e2856 = local_21;
                                                    let _e2862 = local_55;
                                                    coopStoreT(_e2852, (&c[(((_e2854 + (_e2856 << 2u)) + 4294963200u) >> 2u)]), (_e2862 >> 2u));
                                                    let _e2872 = local;
                                                    let _e2874 = local_21;
                                                    local_23 = (_e2874 | 16u);
                                                    let _e2879 = local_23;
                                                    let _e2881 = local_54;
                                                    local_21 = (_e2879 + _e2881);
                                                    let _e2885 = local_21;
                                                    stack[((_e2872 + 4293918764u) >> 2u)] = _e2885;
                                                    let _e2893 = local;
                                                    let _e2895 = local_7;
                                                    stack[((_e2893 + 4293918760u) >> 2u)] = _e2895;
                                                    let _e2903 = local_21;
                                                    let _e2905 = local_7;
                                                    let _e2906 = (_e2903 > _e2905);
                                                    switch 0u {
                                                        default: {
                                                            if _e2906 {
                                                                break;
                                                            }
                                                            let _e2911 = local_60;
                                                            let _e2913 = local_6;
                                                            let _e2915 = local_23;
                                                            let _e2921 = local_55;
                                                            coopStoreT(_e2911, (&c[(((_e2913 + (_e2915 << 2u)) + 4294963200u) >> 2u)]), (_e2921 >> 2u));
                                                            let _e2931 = local;
                                                            let _e2933 = local_11;
                                                            let _e2937 = local_1;
                                                            let _e2940 = local_22;
                                                            local_21 = (((_e2933 | 32u) * _e2937) + _e2940);
                                                            let _e2944 = local_21;
                                                            let _e2946 = local_54;
                                                            local_23 = (_e2944 + _e2946);
                                                            let _e2950 = local_23;
                                                            stack[((_e2931 + 4293918764u) >> 2u)] = _e2950;
                                                            let _e2958 = local;
                                                            let _e2960 = local_7;
                                                            stack[((_e2958 + 4293918760u) >> 2u)] = _e2960;
                                                            let _e2968 = local_23;
                                                            let _e2970 = local_7;
                                                            let _e2971 = (_e2968 > _e2970);
                                                            switch 0u {
                                                                default: {
                                                                    if _e2971 {
                                                                        break;
                                                                    }
                                                                    let _e2976 = local_61;
                                                                    let _e2978 = local_6;
                                                                    let _e2980 = local_21;
                                                                    let _e2986 = local_55;
                                                                    coopStoreT(_e2976, (&c[(((_e2978 + (_e2980 << 2u)) + 4294963200u) >> 2u)]), (_e2986 >> 2u));
                                                                    let _e2996 = local;
                                                                    let _e2998 = local_21;
                                                                    local_23 = (_e2998 | 16u);
                                                                    let _e3003 = local_23;
                                                                    let _e3005 = local_54;
                                                                    local_21 = (_e3003 + _e3005);
                                                                    let _e3009 = local_21;
                                                                    stack[((_e2996 + 4293918764u) >> 2u)] = _e3009;
                                                                    let _e3017 = local;
                                                                    let _e3019 = local_7;
                                                                    stack[((_e3017 + 4293918760u) >> 2u)] = _e3019;
                                                                    let _e3027 = local_21;
                                                                    let _e3029 = local_7;
                                                                    let _e3030 = (_e3027 > _e3029);
                                                                    if _e3030 {
                                                                        pending = 21u;
                                                                    }
                                                                    let _e3037 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e3037 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e3041 = local_62;
                                                                            let _e3043 = local_6;
                                                                            let _e3045 = local_23;
                                                                            let _e3051 = local_55;
                                                                            coopStoreT(_e3041, (&c[(((_e3043 + (_e3045 << 2u)) + 4294963200u) >> 2u)]), (_e3051 >> 2u));
                                                                            let _e3061 = local;
                                                                            let _e3063 = local_11;
                                                                            let _e3067 = local_1;
                                                                            let _e3070 = local_22;
                                                                            local_11 = (((_e3063 | 48u) * _e3067) + _e3070);
                                                                            let _e3074 = local_11;
                                                                            let _e3076 = local_54;
                                                                            local_22 = (_e3074 + _e3076);
                                                                            let _e3080 = local_22;
                                                                            stack[((_e3061 + 4293918764u) >> 2u)] = _e3080;
                                                                            let _e3088 = local;
                                                                            let _e3090 = local_7;
                                                                            stack[((_e3088 + 4293918760u) >> 2u)] = _e3090;
                                                                            let _e3098 = local_22;
                                                                            let _e3100 = local_7;
                                                                            let _e3101 = (_e3098 > _e3100);
                                                                            if _e3101 {
                                                                                pending = 21u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e3109 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e3109 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e3113 = local_63;
                                                                            let _e3115 = local_6;
                                                                            let _e3117 = local_11;
                                                                            let _e3123 = local_55;
                                                                            coopStoreT(_e3113, (&c[(((_e3115 + (_e3117 << 2u)) + 4294963200u) >> 2u)]), (_e3123 >> 2u));
                                                                            let _e3133 = local;
                                                                            let _e3135 = local_11;
                                                                            local_22 = (_e3135 | 16u);
                                                                            let _e3140 = local_22;
                                                                            let _e3142 = local_54;
                                                                            local_11 = (_e3140 + _e3142);
                                                                            let _e3146 = local_11;
                                                                            stack[((_e3133 + 4293918764u) >> 2u)] = _e3146;
                                                                            let _e3154 = local;
                                                                            let _e3156 = local_7;
                                                                            stack[((_e3154 + 4293918760u) >> 2u)] = _e3156;
                                                                            let _e3164 = local_11;
                                                                            let _e3166 = local_7;
                                                                            let _e3167 = (_e3164 > _e3166);
                                                                            if _e3167 {
                                                                                pending = 21u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e3175 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e3175 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e3179 = local_64;
                                                                            let _e3181 = local_6;
                                                                            let _e3183 = local_22;
                                                                            let _e3189 = local_55;
                                                                            coopStoreT(_e3179, (&c[(((_e3181 + (_e3183 << 2u)) + 4294963200u) >> 2u)]), (_e3189 >> 2u));
                                                                            local_57 = coop_mat16x16<f32,C>();
                                                                            local_58 = coop_mat16x16<f32,C>();
                                                                            local_59 = coop_mat16x16<f32,C>();
                                                                            local_60 = coop_mat16x16<f32,C>();
                                                                            local_61 = coop_mat16x16<f32,C>();
                                                                            local_62 = coop_mat16x16<f32,C>();
                                                                            local_63 = coop_mat16x16<f32,C>();
                                                                            local_64 = coop_mat16x16<f32,C>();
                                                                            local_26 = local_id.x;
                                                                            let _e3222 = local_26;
                                                                            local_22 = (_e3222 & 255u);
                                                                            let _e3227 = local_22;
                                                                            local_23 = (_e3227 >> 2u);
                                                                            let _e3233 = local_23;
                                                                            let _e3235 = local_24;
                                                                            local_36 = (_e3233 | _e3235);
                                                                            let _e3239 = local_36;
                                                                            let _e3241 = local_1;
                                                                            local_27 = (_e3239 * _e3241);
                                                                            let _e3245 = local_27;
                                                                            let _e3247 = local_22;
                                                                            local_35 = (_e3247 << 3u);
                                                                            let _e3253 = local_35;
                                                                            local_41 = (_e3253 & 24u);
                                                                            let _e3258 = local_41;
                                                                            local_11 = (_e3245 | _e3258);
                                                                            let _e3262 = local_11;
                                                                            local_21 = (_e3262 + 8u);
                                                                            local_25 = subgroup_id;
                                                                            let _e3268 = local_11;
                                                                            let _e3270 = (_e3268 > 4294967287u);
                                                                            if _e3270 {
                                                                                pending = 22u;
                                                                            }
                                                                            let _e3277 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3277 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3281 = local_21;
                                                                                    let _e3283 = local_3;
                                                                                    let _e3284 = (_e3281 > _e3283);
                                                                                    if _e3284 {
                                                                                        pending = 22u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3292 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3292 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3296 = local_8;
                                                                                    let _e3298 = local_23;
                                                                                    let _e3303 = local_41;
                                                                                    local_38 = ((_e3296 + (_e3298 * 80u)) + (_e3303 << 1u));
                                                                                    let _e3310 = local_38;
                                                                                    let _e3312 = local_2;
                                                                                    let _e3314 = local_11;
                                                                                    local_11 = (_e3312 + (_e3314 << 1u));
                                                                                    let _e3321 = local_11;
                                                                                    let _e3325 = ((_e3321 + 4294963208u) >> 2u);
                                                                                    let _e3328 = a[_e3325];
                                                                                    let _e3333 = a[(_e3325 + 1u)];
                                                                                    let _e3334 = vec2<u32>(_e3328, _e3333);
                                                                                    let _e3336 = (_e3310 + 4294963208u);
                                                                                    let _e3340 = (_e3336 >> 1u);
                                                                                    ta[_e3340] = f16(unpack2x16float(_e3334.x).x);
                                                                                    ta[(_e3340 + 1u)] = f16(unpack2x16float((_e3334.x >> 16u)).x);
                                                                                    let _e3358 = ((_e3336 + 4u) >> 1u);
                                                                                    ta[_e3358] = f16(unpack2x16float(_e3334.y).x);
                                                                                    ta[(_e3358 + 1u)] = f16(unpack2x16float((_e3334.y >> 16u)).x);
                                                                                    let _e3374 = local_38;
                                                                                    let _e3376 = local_11;
                                                                                    let _e3380 = ((_e3376 + 4294963200u) >> 2u);
                                                                                    let _e3383 = a[_e3380];
                                                                                    let _e3388 = a[(_e3380 + 1u)];
                                                                                    let _e3389 = vec2<u32>(_e3383, _e3388);
                                                                                    let _e3391 = (_e3374 + 4294963200u);
                                                                                    let _e3395 = (_e3391 >> 1u);
                                                                                    ta[_e3395] = f16(unpack2x16float(_e3389.x).x);
                                                                                    ta[(_e3395 + 1u)] = f16(unpack2x16float((_e3389.x >> 16u)).x);
                                                                                    let _e3413 = ((_e3391 + 4u) >> 1u);
                                                                                    ta[_e3413] = f16(unpack2x16float(_e3389.y).x);
                                                                                    ta[(_e3413 + 1u)] = f16(unpack2x16float((_e3389.y >> 16u)).x);
                                                                                    let _e3429 = local_22;
                                                                                    local_30 = (_e3429 >> 4u);
                                                                                    let _e3435 = local_30;
                                                                                    let _e3437 = local_1;
                                                                                    let _e3440 = local_32;
                                                                                    local_56 = (_e3440 | 128u);
                                                                                    let _e3445 = local_56;
                                                                                    let _e3448 = local_35;
                                                                                    local_42 = (_e3448 & 120u);
                                                                                    let _e3453 = local_42;
                                                                                    local_11 = (((_e3435 * _e3437) + _e3445) | _e3453);
                                                                                    let _e3457 = local_11;
                                                                                    local_21 = (_e3457 + 8u);
                                                                                    let _e3462 = local_11;
                                                                                    let _e3464 = (_e3462 > 4294967287u);
                                                                                    if _e3464 {
                                                                                        pending = 19u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3472 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3472 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3476 = local_21;
                                                                                    let _e3478 = local_5;
                                                                                    let _e3479 = (_e3476 > _e3478);
                                                                                    if _e3479 {
                                                                                        pending = 19u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3487 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3487 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3491 = local_9;
                                                                                    let _e3493 = local_30;
                                                                                    let _e3498 = local_42;
                                                                                    local_40 = ((_e3491 + (_e3493 * 272u)) + (_e3498 << 1u));
                                                                                    let _e3505 = local_40;
                                                                                    let _e3507 = local_4;
                                                                                    let _e3509 = local_11;
                                                                                    local_11 = (_e3507 + (_e3509 << 1u));
                                                                                    let _e3516 = local_11;
                                                                                    let _e3520 = ((_e3516 + 4294963208u) >> 2u);
                                                                                    let _e3523 = b[_e3520];
                                                                                    let _e3528 = b[(_e3520 + 1u)];
                                                                                    let _e3529 = vec2<u32>(_e3523, _e3528);
                                                                                    let _e3531 = (_e3505 + 4294963208u);
                                                                                    let _e3535 = (_e3531 >> 1u);
                                                                                    tb[_e3535] = f16(unpack2x16float(_e3529.x).x);
                                                                                    tb[(_e3535 + 1u)] = f16(unpack2x16float((_e3529.x >> 16u)).x);
                                                                                    let _e3553 = ((_e3531 + 4u) >> 1u);
                                                                                    tb[_e3553] = f16(unpack2x16float(_e3529.y).x);
                                                                                    tb[(_e3553 + 1u)] = f16(unpack2x16float((_e3529.y >> 16u)).x);
                                                                                    let _e3569 = local_40;
                                                                                    let _e3571 = local_11;
                                                                                    let _e3575 = ((_e3571 + 4294963200u) >> 2u);
                                                                                    let _e3578 = b[_e3575];
                                                                                    let _e3583 = b[(_e3575 + 1u)];
                                                                                    let _e3584 = vec2<u32>(_e3578, _e3583);
                                                                                    let _e3586 = (_e3569 + 4294963200u);
                                                                                    let _e3590 = (_e3586 >> 1u);
                                                                                    tb[_e3590] = f16(unpack2x16float(_e3584.x).x);
                                                                                    tb[(_e3590 + 1u)] = f16(unpack2x16float((_e3584.x >> 16u)).x);
                                                                                    let _e3608 = ((_e3586 + 4u) >> 1u);
                                                                                    tb[_e3608] = f16(unpack2x16float(_e3584.y).x);
                                                                                    tb[(_e3608 + 1u)] = f16(unpack2x16float((_e3584.y >> 16u)).x);
                                                                                    let _e3624 = local_22;
                                                                                    local_22 = (_e3624 | 256u);
                                                                                    let _e3629 = local_22;
                                                                                    local_23 = (_e3629 >> 2u);
                                                                                    let _e3635 = local_23;
                                                                                    let _e3637 = local_24;
                                                                                    local_44 = (_e3635 | _e3637);
                                                                                    let _e3641 = local_44;
                                                                                    let _e3643 = local_1;
                                                                                    local_35 = (_e3641 * _e3643);
                                                                                    let _e3647 = local_35;
                                                                                    let _e3649 = local_22;
                                                                                    local_37 = (_e3649 << 3u);
                                                                                    let _e3655 = local_37;
                                                                                    local_34 = (_e3655 & 24u);
                                                                                    let _e3660 = local_34;
                                                                                    local_11 = (_e3647 | _e3660);
                                                                                    let _e3664 = local_11;
                                                                                    local_21 = (_e3664 + 8u);
                                                                                    let _e3669 = local_11;
                                                                                    let _e3671 = (_e3669 > 4294967287u);
                                                                                    if _e3671 {
                                                                                        pending = 22u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3679 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3679 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3683 = local_21;
                                                                                    let _e3685 = local_3;
                                                                                    let _e3686 = (_e3683 <= _e3685);
                                                                                    if _e3686 {
                                                                                        pending = 20u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3694 = pending;
                                                                            if (_e3694 == 22u) {
                                                                                pending = 0u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e3701 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e3701 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e3717 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
                                                                            if _e3717.exchanged {
                                                                                atomicStore((&status[1]), local_id.x);
                                                                                atomicStore((&status[2]), local_id.y);
                                                                                atomicStore((&status[3]), local_id.z);
                                                                                atomicStore((&status[4]), workgroup_id.x);
                                                                                atomicStore((&status[5]), workgroup_id.y);
                                                                                atomicStore((&status[6]), workgroup_id.z);
                                                                                atomicStore((&status[7]), 1303u);
                                                                                atomicStore((&status[8]), 19u);
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
                                }
                            }
                            let _e3760 = pending;
                            if (_e3760 == 21u) {
                                pending = 0u;
                            }
                            let _e3766 = pending;
                            switch 0u {
                                default: {
                                    if (_e3766 != 0u) {
                                        break;
                                    }
                                    let _e3770 = local;
                                    let _e3773 = vec2<u32>(1u, 0u);
                                    let _e3776 = vec2<u32>(32u, 0u);
                                    let _e3782 = (_e3776.x & 31u);
                                    let _e3786 = ((_e3776.x & 32u) != 0u);
                                    let _e3787 = (_e3773.x << _e3782);
                                    local_10 = vec2<u32>(select(_e3787, 0u, _e3786), select(((_e3773.y << _e3782) | ((_e3773.x >> 1u) >> (31u - _e3782))), _e3787, _e3786));
                                    let _e3801 = local_10;
                                    let _e3803 = local;
                                    let _e3808 = (_e3801 | vec2<u32>((_e3803 + 12u), 0u));
                                    let _e3812 = ((_e3770 + 4293918776u) >> 2u);
                                    stack[_e3812] = _e3808.x;
                                    stack[(_e3812 + 1u)] = _e3808.y;
                                    let _e3822 = local;
                                    let _e3824 = local_10;
                                    let _e3826 = local;
                                    let _e3831 = (_e3824 | vec2<u32>((_e3826 + 8u), 0u));
                                    let _e3835 = ((_e3822 + 4293918768u) >> 2u);
                                    stack[_e3835] = _e3831.x;
                                    stack[(_e3835 + 1u)] = _e3831.y;
                                    let _e3846 = local;
                                    let _e3856 = atomicCompareExchangeWeak((&status[0]), 0u, 7u);
                                    if _e3856.exchanged {
                                        atomicStore((&status[1]), local_id.x);
                                        atomicStore((&status[2]), local_id.y);
                                        atomicStore((&status[3]), local_id.z);
                                        atomicStore((&status[4]), workgroup_id.x);
                                        atomicStore((&status[5]), workgroup_id.y);
                                        atomicStore((&status[6]), workgroup_id.z);
                                        atomicStore((&status[7]), 1062u);
                                        atomicStore((&status[8]), 15u);
                                        atomicStore((&status[9]), 10u);
                                        atomicStore((&status[10]), 795046515u);
                                        atomicStore((&status[11]), 778201452u);
                                        atomicStore((&status[12]), 29554u);
                                    }
                                    return;
                                }
                            }
                            let _e3894 = pending;
                            if (_e3894 == 20u) {
                                pending = 0u;
                            }
                            let _e3900 = pending;
                            switch 0u {
                                default: {
                                    if (_e3900 != 0u) {
                                        break;
                                    }
                                    let _e3904 = local_8;
                                    let _e3906 = local_23;
                                    let _e3911 = local_34;
                                    local_46 = ((_e3904 + (_e3906 * 80u)) + (_e3911 << 1u));
                                    let _e3918 = local_46;
                                    let _e3920 = local_2;
                                    let _e3922 = local_11;
                                    local_11 = (_e3920 + (_e3922 << 1u));
                                    let _e3929 = local_11;
                                    let _e3933 = ((_e3929 + 4294963208u) >> 2u);
                                    let _e3936 = a[_e3933];
                                    let _e3941 = a[(_e3933 + 1u)];
                                    let _e3942 = vec2<u32>(_e3936, _e3941);
                                    let _e3944 = (_e3918 + 4294963208u);
                                    let _e3948 = (_e3944 >> 1u);
                                    ta[_e3948] = f16(unpack2x16float(_e3942.x).x);
                                    ta[(_e3948 + 1u)] = f16(unpack2x16float((_e3942.x >> 16u)).x);
                                    let _e3966 = ((_e3944 + 4u) >> 1u);
                                    ta[_e3966] = f16(unpack2x16float(_e3942.y).x);
                                    ta[(_e3966 + 1u)] = f16(unpack2x16float((_e3942.y >> 16u)).x);
                                    let _e3982 = local_46;
                                    let _e3984 = local_11;
                                    let _e3988 = ((_e3984 + 4294963200u) >> 2u);
                                    let _e3991 = a[_e3988];
                                    let _e3996 = a[(_e3988 + 1u)];
                                    let _e3997 = vec2<u32>(_e3991, _e3996);
                                    let _e3999 = (_e3982 + 4294963200u);
                                    let _e4003 = (_e3999 >> 1u);
                                    ta[_e4003] = f16(unpack2x16float(_e3997.x).x);
                                    ta[(_e4003 + 1u)] = f16(unpack2x16float((_e3997.x >> 16u)).x);
                                    let _e4021 = ((_e3999 + 4u) >> 1u);
                                    ta[_e4021] = f16(unpack2x16float(_e3997.y).x);
                                    ta[(_e4021 + 1u)] = f16(unpack2x16float((_e3997.y >> 16u)).x);
                                    let _e4037 = local_22;
                                    local_22 = (_e4037 >> 4u);
                                    let _e4043 = local_22;
                                    let _e4045 = local_1;
                                    let _e4048 = local_56;
                                    let _e4051 = local_37;
                                    local_23 = (_e4051 & 120u);
                                    let _e4056 = local_23;
                                    local_11 = (((_e4043 * _e4045) + _e4048) | _e4056);
                                    let _e4060 = local_11;
                                    local_21 = (_e4060 + 8u);
                                    let _e4065 = local_11;
                                    let _e4067 = (_e4065 > 4294967287u);
                                    switch 0u {
                                        default: {
                                            if _e4067 {
                                                break;
                                            }
                                            let _e4072 = local_21;
                                            let _e4074 = local_5;
                                            let _e4075 = (_e4072 > _e4074);
                                            switch 0u {
                                                default: {
                                                    if _e4075 {
                                                        break;
                                                    }
                                                    let _e4080 = local_9;
                                                    let _e4082 = local_22;
                                                    let _e4087 = local_23;
                                                    local_47 = ((_e4080 + (_e4082 * 272u)) + (_e4087 << 1u));
                                                    let _e4094 = local_47;
                                                    let _e4096 = local_4;
                                                    let _e4098 = local_11;
                                                    local_11 = (_e4096 + (_e4098 << 1u));
                                                    let _e4105 = local_11;
                                                    let _e4109 = ((_e4105 + 4294963208u) >> 2u);
                                                    let _e4112 = b[_e4109];
                                                    let _e4117 = b[(_e4109 + 1u)];
                                                    let _e4118 = vec2<u32>(_e4112, _e4117);
                                                    let _e4120 = (_e4094 + 4294963208u);
                                                    let _e4124 = (_e4120 >> 1u);
                                                    tb[_e4124] = f16(unpack2x16float(_e4118.x).x);
                                                    tb[(_e4124 + 1u)] = f16(unpack2x16float((_e4118.x >> 16u)).x);
                                                    let _e4142 = ((_e4120 + 4u) >> 1u);
                                                    tb[_e4142] = f16(unpack2x16float(_e4118.y).x);
                                                    tb[(_e4142 + 1u)] = f16(unpack2x16float((_e4118.y >> 16u)).x);
                                                    let _e4158 = local_47;
                                                    let _e4160 = local_11;
                                                    let _e4164 = ((_e4160 + 4294963200u) >> 2u);
                                                    let _e4167 = b[_e4164];
                                                    let _e4172 = b[(_e4164 + 1u)];
                                                    let _e4173 = vec2<u32>(_e4167, _e4172);
                                                    let _e4175 = (_e4158 + 4294963200u);
                                                    let _e4179 = (_e4175 >> 1u);
                                                    tb[_e4179] = f16(unpack2x16float(_e4173.x).x);
                                                    tb[(_e4179 + 1u)] = f16(unpack2x16float((_e4173.x >> 16u)).x);
                                                    let _e4197 = ((_e4175 + 4u) >> 1u);
                                                    tb[_e4197] = f16(unpack2x16float(_e4173.y).x);
                                                    tb[(_e4197 + 1u)] = f16(unpack2x16float((_e4173.y >> 16u)).x);
                                                    let _e4213 = local_36;
                                                    let _e4215 = local_1;
                                                    let _e4221 = local_26;
                                                    local_11 = ((_e4221 << 4u) & 48u);
                                                    let _e4229 = local_11;
                                                    let _e4232 = local_2;
                                                    local_21 = (((((_e4213 * _e4215) << 1u) + _e4229) + _e4232) + 64u);
                                                    let _e4238 = local_44;
                                                    let _e4240 = local_1;
                                                    let _e4246 = local_11;
                                                    let _e4249 = local_2;
                                                    local_23 = (((((_e4238 * _e4240) << 1u) + _e4246) + _e4249) + 64u);
                                                    let _e4255 = local_1;
                                                    let _e4257 = local_30;
                                                    local_11 = (_e4255 * (_e4257 | 32u));
                                                    let _e4263 = local_11;
                                                    let _e4268 = local_12;
                                                    local_36 = (_e4268 << 9u);
                                                    let _e4274 = local_36;
                                                    let _e4277 = local_4;
                                                    local_30 = ((((_e4263 << 1u) + _e4274) + _e4277) + 256u);
                                                    let _e4283 = local_1;
                                                    let _e4285 = local_22;
                                                    local_22 = (_e4283 * (_e4285 | 32u));
                                                    let _e4291 = local_22;
                                                    let _e4296 = local_36;
                                                    let _e4299 = local_4;
                                                    local_37 = ((((_e4291 << 1u) + _e4296) + _e4299) + 256u);
                                                    let _e4305 = local_1;
                                                    local_34 = (_e4305 << 5u);
                                                    let _e4311 = local_1;
                                                    local_44 = (_e4311 << 6u);
                                                    let _e4317 = local_26;
                                                    local_51 = ((_e4317 & 15u) << 4u);
                                                    let _e4325 = local_9;
                                                    let _e4327 = local_25;
                                                    local_43 = (((_e4327 << 5u) & 96u) << 1u);
                                                    let _e4338 = local_43;
                                                    local_50 = (_e4325 + _e4338);
                                                    let _e4342 = local_11;
                                                    let _e4344 = local_32;
                                                    local_26 = (_e4342 + _e4344);
                                                    let _e4348 = local_22;
                                                    let _e4350 = local_32;
                                                    local_36 = (_e4348 + _e4350);
                                                    let _e4354 = local_8;
                                                    let _e4356 = local_25;
                                                    local_25 = (_e4354 + ((_e4356 & 4u) * 1280u));
                                                    let _e4364 = local_25;
                                                    local_45 = (_e4364 + 3840u);
                                                    let _e4369 = local_25;
                                                    local_48 = (_e4369 + 2560u);
                                                    let _e4374 = local_25;
                                                    local_49 = (_e4374 + 1280u);
                                                    local_22 = 0u;
                                                    loop {
                                                        let _e4381 = local_22;
                                                        local_11 = (_e4381 & 1u);
                                                        let _e4386 = local_22;
                                                        local_22 = (_e4386 + 1u);
                                                        let _e4391 = local_22;
                                                        let _e4393 = local_29;
                                                        let _e4394 = (_e4391 >= _e4393);
                                                        switch 0u {
                                                            default: {
                                                                if _e4394 {
                                                                    break;
                                                                }
                                                                let _e4399 = local_41;
                                                                let _e4401 = local_27;
                                                                local_39 = (_e4399 + _e4401);
                                                                let _e4405 = local_39;
                                                                let _e4409 = ((_e4405 + 32u) > 4294967287u);
                                                                switch 0u {
                                                                    default: {
                                                                        if _e4409 {
                                                                            break;
                                                                        }
                                                                        let _e4414 = local_39;
                                                                        let _e4418 = local_3;
                                                                        let _e4419 = ((_e4414 + 40u) <= _e4418);
                                                                        if _e4419 {
                                                                            pending = 30u;
                                                                        }
                                                                    }
                                                                }
                                                                let _e4427 = pending;
                                                                switch 0u {
                                                                    default: {
                                                                        if (_e4427 != 0u) {
                                                                            break;
                                                                        }
                                                                        let _e4431 = local_39;
                                                                        local_11 = (_e4431 + 40u);
                                                                        let _e4436 = local_39;
                                                                        local_22 = (_e4436 + 32u);
                                                                        pending = 29u;
                                                                    }
                                                                }
                                                                let _e4444 = pending;
                                                                if (_e4444 == 30u) {
                                                                    pending = 0u;
                                                                }
                                                                let _e4450 = pending;
                                                                switch 0u {
                                                                    default: {
                                                                        if (_e4450 != 0u) {
                                                                            break;
                                                                        }
                                                                        let _e4454 = local_38;
                                                                        let _e4456 = local_11;
                                                                        local_28 = (_e4456 ^ 1u);
                                                                        let _e4461 = local_28;
                                                                        local_31 = ((_e4461 * 5120u) << 1u);
                                                                        let _e4469 = local_31;
                                                                        local_39 = (_e4454 + _e4469);
                                                                        let _e4473 = local_39;
                                                                        let _e4475 = local_21;
                                                                        let _e4479 = ((_e4475 + 4294963208u) >> 2u);
                                                                        let _e4482 = a[_e4479];
                                                                        let _e4487 = a[(_e4479 + 1u)];
                                                                        let _e4488 = vec2<u32>(_e4482, _e4487);
                                                                        let _e4490 = (_e4473 + 4294963208u);
                                                                        let _e4494 = (_e4490 >> 1u);
                                                                        ta[_e4494] = f16(unpack2x16float(_e4488.x).x);
                                                                        ta[(_e4494 + 1u)] = f16(unpack2x16float((_e4488.x >> 16u)).x);
                                                                        let _e4512 = ((_e4490 + 4u) >> 1u);
                                                                        ta[_e4512] = f16(unpack2x16float(_e4488.y).x);
                                                                        ta[(_e4512 + 1u)] = f16(unpack2x16float((_e4488.y >> 16u)).x);
                                                                        let _e4528 = local_39;
                                                                        let _e4530 = local_21;
                                                                        let _e4534 = ((_e4530 + 4294963200u) >> 2u);
                                                                        let _e4537 = a[_e4534];
                                                                        let _e4542 = a[(_e4534 + 1u)];
                                                                        let _e4543 = vec2<u32>(_e4537, _e4542);
                                                                        let _e4545 = (_e4528 + 4294963200u);
                                                                        let _e4549 = (_e4545 >> 1u);
                                                                        ta[_e4549] = f16(unpack2x16float(_e4543.x).x);
                                                                        ta[(_e4549 + 1u)] = f16(unpack2x16float((_e4543.x >> 16u)).x);
                                                                        let _e4567 = ((_e4545 + 4u) >> 1u);
                                                                        ta[_e4567] = f16(unpack2x16float(_e4543.y).x);
                                                                        ta[(_e4567 + 1u)] = f16(unpack2x16float((_e4543.y >> 16u)).x);
                                                                        let _e4583 = local_42;
                                                                        let _e4585 = local_26;
                                                                        local_39 = (_e4583 + _e4585);
                                                                        let _e4589 = local_39;
                                                                        let _e4593 = ((_e4589 + 128u) > 4294967287u);
                                                                        if _e4593 {
                                                                            pending = 33u;
                                                                        }
                                                                        let _e4600 = pending;
                                                                        switch 0u {
                                                                            default: {
                                                                                if (_e4600 != 0u) {
                                                                                    break;
                                                                                }
                                                                                let _e4604 = local_39;
                                                                                let _e4608 = local_5;
                                                                                let _e4609 = ((_e4604 + 136u) <= _e4608);
                                                                                if _e4609 {
                                                                                    pending = 32u;
                                                                                }
                                                                            }
                                                                        }
                                                                        let _e4617 = pending;
                                                                        if (_e4617 == 33u) {
                                                                            pending = 0u;
                                                                        }
                                                                        let _e4623 = pending;
                                                                        switch 0u {
                                                                            default: {
                                                                                if (_e4623 != 0u) {
                                                                                    break;
                                                                                }
                                                                                let _e4627 = local_39;
                                                                                local_11 = (_e4627 + 136u);
                                                                                let _e4632 = local_39;
                                                                                local_22 = (_e4632 + 128u);
                                                                                pending = 24u;
                                                                                break;
                                                                            }
                                                                        }
                                                                        let _e4640 = pending;
                                                                        if ((_e4640 - 1u) < 25u) {
                                                                            break;
                                                                        }
                                                                        let _e4646 = pending;
                                                                        if (_e4646 == 32u) {
                                                                            pending = 0u;
                                                                        }
                                                                        let _e4652 = local_40;
                                                                        let _e4654 = local_28;
                                                                        local_33 = ((_e4654 * 4352u) << 1u);
                                                                        let _e4662 = local_33;
                                                                        local_39 = (_e4652 + _e4662);
                                                                        let _e4666 = local_39;
                                                                        let _e4668 = local_30;
                                                                        let _e4670 = local_51;
                                                                        local_28 = (_e4668 + _e4670);
                                                                        let _e4674 = local_28;
                                                                        let _e4678 = ((_e4674 + 4294963208u) >> 2u);
                                                                        let _e4681 = b[_e4678];
                                                                        let _e4686 = b[(_e4678 + 1u)];
                                                                        let _e4687 = vec2<u32>(_e4681, _e4686);
                                                                        let _e4689 = (_e4666 + 4294963208u);
                                                                        let _e4693 = (_e4689 >> 1u);
                                                                        tb[_e4693] = f16(unpack2x16float(_e4687.x).x);
                                                                        tb[(_e4693 + 1u)] = f16(unpack2x16float((_e4687.x >> 16u)).x);
                                                                        let _e4711 = ((_e4689 + 4u) >> 1u);
                                                                        tb[_e4711] = f16(unpack2x16float(_e4687.y).x);
                                                                        tb[(_e4711 + 1u)] = f16(unpack2x16float((_e4687.y >> 16u)).x);
                                                                        let _e4727 = local_39;
                                                                        let _e4729 = local_28;
                                                                        let _e4733 = ((_e4729 + 4294963200u) >> 2u);
                                                                        let _e4736 = b[_e4733];
                                                                        let _e4741 = b[(_e4733 + 1u)];
                                                                        let _e4742 = vec2<u32>(_e4736, _e4741);
                                                                        let _e4744 = (_e4727 + 4294963200u);
                                                                        let _e4748 = (_e4744 >> 1u);
                                                                        tb[_e4748] = f16(unpack2x16float(_e4742.x).x);
                                                                        tb[(_e4748 + 1u)] = f16(unpack2x16float((_e4742.x >> 16u)).x);
                                                                        let _e4766 = ((_e4744 + 4u) >> 1u);
                                                                        tb[_e4766] = f16(unpack2x16float(_e4742.y).x);
                                                                        tb[(_e4766 + 1u)] = f16(unpack2x16float((_e4742.y >> 16u)).x);
                                                                        let _e4782 = local_41;
                                                                        let _e4784 = local_35;
                                                                        local_39 = (_e4782 + _e4784);
                                                                        let _e4788 = local_39;
                                                                        let _e4792 = ((_e4788 + 32u) > 4294967287u);
                                                                        if _e4792 {
                                                                            pending = 34u;
                                                                        }
                                                                        let _e4799 = pending;
                                                                        switch 0u {
                                                                            default: {
                                                                                if (_e4799 != 0u) {
                                                                                    break;
                                                                                }
                                                                                let _e4803 = local_39;
                                                                                let _e4807 = local_3;
                                                                                let _e4808 = ((_e4803 + 40u) <= _e4807);
                                                                                if _e4808 {
                                                                                    pending = 28u;
                                                                                }
                                                                            }
                                                                        }
                                                                        let _e4816 = pending;
                                                                        if (_e4816 == 34u) {
                                                                            pending = 0u;
                                                                        }
                                                                    }
                                                                }
                                                                let _e4823 = pending;
                                                                if ((_e4823 - 1u) < 25u) {
                                                                    break;
                                                                }
                                                                let _e4829 = pending;
                                                                switch 0u {
                                                                    default: {
                                                                        if (_e4829 != 0u) {
                                                                            break;
                                                                        }
                                                                        let _e4833 = local_39;
                                                                        local_11 = (_e4833 + 40u);
                                                                        let _e4838 = local_39;
                                                                        local_22 = (_e4838 + 32u);
                                                                    }
                                                                }
                                                                let _e4844 = pending;
                                                                if (_e4844 == 29u) {
                                                                    pending = 0u;
                                                                }
                                                                let _e4850 = pending;
                                                                switch 0u {
                                                                    default: {
                                                                        if (_e4850 != 0u) {
                                                                            break;
                                                                        }
                                                                        let _e4866 = atomicCompareExchangeWeak((&status[0]), 0u, 8u);
                                                                        if _e4866.exchanged {
                                                                            atomicStore((&status[1]), local_id.x);
                                                                            atomicStore((&status[2]), local_id.y);
                                                                            atomicStore((&status[3]), local_id.z);
                                                                            atomicStore((&status[4]), workgroup_id.x);
                                                                            atomicStore((&status[5]), workgroup_id.y);
                                                                            atomicStore((&status[6]), workgroup_id.z);
                                                                            atomicStore((&status[7]), 1303u);
                                                                            atomicStore((&status[8]), 19u);
                                                                            atomicStore((&status[9]), 10u);
                                                                            atomicStore((&status[10]), 795046515u);
                                                                            atomicStore((&status[11]), 778201452u);
                                                                            atomicStore((&status[12]), 29554u);
                                                                        }
                                                                        return;
                                                                    }
                                                                }
                                                                let _e4904 = pending;
                                                                if (_e4904 == 28u) {
                                                                    pending = 0u;
                                                                }
                                                                let _e4910 = local_46;
                                                                let _e4912 = local_31;
                                                                local_39 = (_e4910 + _e4912);
                                                                let _e4916 = local_39;
                                                                let _e4918 = local_23;
                                                                let _e4922 = ((_e4918 + 4294963208u) >> 2u);
                                                                let _e4925 = a[_e4922];
                                                                let _e4930 = a[(_e4922 + 1u)];
                                                                let _e4931 = vec2<u32>(_e4925, _e4930);
                                                                let _e4933 = (_e4916 + 4294963208u);
                                                                let _e4937 = (_e4933 >> 1u);
                                                                ta[_e4937] = f16(unpack2x16float(_e4931.x).x);
                                                                ta[(_e4937 + 1u)] = f16(unpack2x16float((_e4931.x >> 16u)).x);
                                                                let _e4955 = ((_e4933 + 4u) >> 1u);
                                                                ta[_e4955] = f16(unpack2x16float(_e4931.y).x);
                                                                ta[(_e4955 + 1u)] = f16(unpack2x16float((_e4931.y >> 16u)).x);
                                                                let _e4971 = local_39;
                                                                let _e4973 = local_23;
                                                                let _e4977 = ((_e4973 + 4294963200u) >> 2u);
                                                                let _e4980 = a[_e4977];
                                                                let _e4985 = a[(_e4977 + 1u)];
                                                                let _e4986 = vec2<u32>(_e4980, _e4985);
                                                                let _e4988 = (_e4971 + 4294963200u);
                                                                let _e4992 = (_e4988 >> 1u);
                                                                ta[_e4992] = f16(unpack2x16float(_e4986.x).x);
                                                                ta[(_e4992 + 1u)] = f16(unpack2x16float((_e4986.x >> 16u)).x);
                                                                let _e5010 = ((_e4988 + 4u) >> 1u);
                                                                ta[_e5010] = f16(unpack2x16float(_e4986.y).x);
                                                                ta[(_e5010 + 1u)] = f16(unpack2x16float((_e4986.y >> 16u)).x);
                                                                let _e5026 = local_42;
                                                                let _e5028 = local_36;
                                                                local_39 = (_e5026 + _e5028);
                                                                let _e5032 = local_39;
                                                                let _e5036 = ((_e5032 + 128u) > 4294967287u);
                                                                if _e5036 {
                                                                    pending = 25u;
                                                                    break;
                                                                }
                                                                let _e5043 = local_39;
                                                                let _e5047 = local_5;
                                                                let _e5048 = ((_e5043 + 136u) > _e5047);
                                                                if _e5048 {
                                                                    pending = 25u;
                                                                    break;
                                                                }
                                                                let _e5055 = local_47;
                                                                let _e5057 = local_33;
                                                                local_39 = (_e5055 + _e5057);
                                                                let _e5061 = local_39;
                                                                let _e5063 = local_37;
                                                                let _e5065 = local_51;
                                                                local_28 = (_e5063 + _e5065);
                                                                let _e5069 = local_28;
                                                                let _e5073 = ((_e5069 + 4294963208u) >> 2u);
                                                                let _e5076 = b[_e5073];
                                                                let _e5081 = b[(_e5073 + 1u)];
                                                                let _e5082 = vec2<u32>(_e5076, _e5081);
                                                                let _e5084 = (_e5061 + 4294963208u);
                                                                let _e5088 = (_e5084 >> 1u);
                                                                tb[_e5088] = f16(unpack2x16float(_e5082.x).x);
                                                                tb[(_e5088 + 1u)] = f16(unpack2x16float((_e5082.x >> 16u)).x);
                                                                let _e5106 = ((_e5084 + 4u) >> 1u);
                                                                tb[_e5106] = f16(unpack2x16float(_e5082.y).x);
                                                                tb[(_e5106 + 1u)] = f16(unpack2x16float((_e5082.y >> 16u)).x);
                                                                let _e5122 = local_39;
                                                                let _e5124 = local_28;
                                                                let _e5128 = ((_e5124 + 4294963200u) >> 2u);
                                                                let _e5131 = b[_e5128];
                                                                let _e5136 = b[(_e5128 + 1u)];
                                                                let _e5137 = vec2<u32>(_e5131, _e5136);
                                                                let _e5139 = (_e5122 + 4294963200u);
                                                                let _e5143 = (_e5139 >> 1u);
                                                                tb[_e5143] = f16(unpack2x16float(_e5137.x).x);
                                                                tb[(_e5143 + 1u)] = f16(unpack2x16float((_e5137.x >> 16u)).x);
                                                                let _e5161 = ((_e5139 + 4u) >> 1u);
                                                                tb[_e5161] = f16(unpack2x16float(_e5137.y).x);
                                                                tb[(_e5161 + 1u)] = f16(unpack2x16float((_e5137.y >> 16u)).x);
                                                            }
                                                        }
                                                        let _e5178 = pending;
                                                        if ((_e5178 - 1u) < 25u) {
                                                            break;
                                                        }
                                                        let _e5184 = local_27;
                                                        local_27 = (_e5184 + 32u);
                                                        let _e5189 = local_21;
                                                        local_21 = (_e5189 + 64u);
                                                        let _e5194 = local_35;
                                                        local_35 = (_e5194 + 32u);
                                                        let _e5199 = local_23;
                                                        local_23 = (_e5199 + 64u);
                                                        let _e5204 = local_26;
                                                        let _e5206 = local_34;
                                                        local_26 = (_e5204 + _e5206);
                                                        let _e5210 = local_30;
                                                        let _e5212 = local_44;
                                                        local_30 = (_e5210 + _e5212);
                                                        let _e5216 = local_36;
                                                        let _e5218 = local_34;
                                                        local_36 = (_e5216 + _e5218);
                                                        let _e5222 = local_37;
                                                        let _e5224 = local_44;
                                                        local_37 = (_e5222 + _e5224);
                                                        workgroupBarrier();
                                                        let _e5228 = local_50;
                                                        let _e5230 = local_11;
                                                        local_39 = (_e5230 * 8704u);
                                                        let _e5235 = local_39;
                                                        local_28 = (_e5228 + _e5235);
                                                        let _e5239 = local_28;
                                                        local_65 = coopLoadT<coop_mat16x16<f16,B>>((&tb[((_e5239 + 4294963200u) >> 1u)]), (272u >> 1u));
                                                        let _e5252 = local_28;
                                                        local_66 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e5252 + 32u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                                        let _e5267 = local_57;
                                                        let _e5269 = local_25;
                                                        let _e5271 = local_11;
                                                        local_11 = (_e5271 * 10240u);
                                                        let _e5276 = local_11;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5269 + _e5276) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5290 = local_67;
                                                        let _e5292 = local_65;
                                                        local_57 = coopMultiplyAdd(_e5290, _e5292, _e5267);
                                                        let _e5296 = local_58;
                                                        let _e5298 = local_67;
                                                        let _e5300 = local_66;
                                                        local_58 = coopMultiplyAdd(_e5298, _e5300, _e5296);
                                                        let _e5304 = local_59;
                                                        let _e5306 = local_49;
                                                        let _e5308 = local_11;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5306 + _e5308) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5322 = local_67;
                                                        let _e5324 = local_65;
                                                        local_59 = coopMultiplyAdd(_e5322, _e5324, _e5304);
                                                        let _e5328 = local_60;
                                                        let _e5330 = local_67;
                                                        let _e5332 = local_66;
                                                        local_60 = coopMultiplyAdd(_e5330, _e5332, _e5328);
                                                        let _e5336 = local_61;
                                                        let _e5338 = local_48;
                                                        let _e5340 = local_11;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5338 + _e5340) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5354 = local_67;
                                                        let _e5356 = local_65;
                                                        local_61 = coopMultiplyAdd(_e5354, _e5356, _e5336);
                                                        let _e5360 = local_62;
                                                        let _e5362 = local_67;
                                                        let _e5364 = local_66;
                                                        local_62 = coopMultiplyAdd(_e5362, _e5364, _e5360);
                                                        let _e5368 = local_63;
                                                        let _e5370 = local_45;
                                                        let _e5372 = local_11;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5370 + _e5372) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5386 = local_67;
                                                        let _e5388 = local_65;
                                                        local_63 = coopMultiplyAdd(_e5386, _e5388, _e5368);
                                                        let _e5392 = local_64;
                                                        let _e5394 = local_67;
                                                        let _e5396 = local_66;
                                                        local_64 = coopMultiplyAdd(_e5394, _e5396, _e5392);
                                                        let _e5400 = local_9;
                                                        let _e5402 = local_39;
                                                        let _e5405 = local_43;
                                                        local_39 = ((_e5400 + _e5402) + _e5405);
                                                        let _e5409 = local_39;
                                                        local_65 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e5409 + 4352u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                                        let _e5424 = local_39;
                                                        local_66 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e5424 + 4384u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                                        let _e5439 = local_57;
                                                        let _e5441 = local_25;
                                                        let _e5443 = local_11;
                                                        local_11 = (_e5443 | 32u);
                                                        let _e5448 = local_11;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5441 + _e5448) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5462 = local_67;
                                                        let _e5464 = local_65;
                                                        local_57 = coopMultiplyAdd(_e5462, _e5464, _e5439);
                                                        let _e5468 = local_58;
                                                        let _e5470 = local_67;
                                                        let _e5472 = local_66;
                                                        local_58 = coopMultiplyAdd(_e5470, _e5472, _e5468);
                                                        let _e5476 = local_59;
                                                        let _e5478 = local_49;
                                                        let _e5480 = local_11;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5478 + _e5480) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5494 = local_67;
                                                        let _e5496 = local_65;
                                                        local_59 = coopMultiplyAdd(_e5494, _e5496, _e5476);
                                                        let _e5500 = local_60;
                                                        let _e5502 = local_67;
                                                        let _e5504 = local_66;
                                                        local_60 = coopMultiplyAdd(_e5502, _e5504, _e5500);
                                                        let _e5508 = local_61;
                                                        let _e5510 = local_48;
                                                        let _e5512 = local_11;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5510 + _e5512) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5526 = local_67;
                                                        let _e5528 = local_65;
                                                        local_61 = coopMultiplyAdd(_e5526, _e5528, _e5508);
                                                        let _e5532 = local_62;
                                                        let _e5534 = local_67;
                                                        let _e5536 = local_66;
                                                        local_62 = coopMultiplyAdd(_e5534, _e5536, _e5532);
                                                        let _e5540 = local_63;
                                                        let _e5542 = local_45;
                                                        let _e5544 = local_11;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5542 + _e5544) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5558 = local_67;
                                                        let _e5560 = local_65;
                                                        local_63 = coopMultiplyAdd(_e5558, _e5560, _e5540);
                                                        let _e5564 = local_64;
                                                        let _e5566 = local_67;
                                                        let _e5568 = local_66;
                                                        local_64 = coopMultiplyAdd(_e5566, _e5568, _e5564);
                                                        workgroupBarrier();
                                                        let _e5572 = local_29;
                                                        let _e5574 = local_22;
                                                        let _e5575 = (_e5572 != _e5574);
                                                        if _e5575 {
                                                            continue;
                                                        }
                                                        break;
                                                    }
                                                    let _e5580 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e5580 != 0u) {
                                                                break;
                                                            }
                                                            let _e5584 = local;
                                                            local_22 = subgroup_id;
                                                            let _e5587 = local_22;
                                                            let _e5594 = local_24;
                                                            local_11 = (((_e5587 << 4u) & 64u) | _e5594);
                                                            let _e5598 = local_11;
                                                            let _e5600 = local_1;
                                                            let _e5603 = local_22;
                                                            let _e5610 = local_56;
                                                            local_22 = (((_e5603 << 5u) & 96u) | _e5610);
                                                            let _e5614 = local_22;
                                                            local_29 = ((_e5598 * _e5600) + _e5614);
                                                            let _e5618 = local_29;
                                                            let _e5620 = local_54;
                                                            local_21 = (_e5618 + _e5620);
                                                            let _e5624 = local_21;
                                                            stack[((_e5584 + 4293918764u) >> 2u)] = _e5624;
                                                            let _e5632 = local;
                                                            let _e5634 = local_7;
                                                            stack[((_e5632 + 4293918760u) >> 2u)] = _e5634;
                                                            let _e5642 = local_21;
                                                            let _e5644 = local_7;
                                                            let _e5645 = (_e5642 > _e5644);
                                                            switch 0u {
                                                                default: {
                                                                    if _e5645 {
                                                                        break;
                                                                    }
                                                                    let _e5650 = local_57;
                                                                    let _e5652 = local_6;
                                                                    let _e5654 = local_29;
                                                                    let _e5660 = local_55;
                                                                    coopStoreT(_e5650, (&c[(((_e5652 + (_e5654 << 2u)) + 4294963200u) >> 2u)]), (_e5660 >> 2u));
                                                                    let _e5670 = local;
                                                                    let _e5672 = local_29;
                                                                    local_21 = (_e5672 | 16u);
                                                                    let _e5677 = local_21;
                                                                    let _e5679 = local_54;
                                                                    local_29 = (_e5677 + _e5679);
                                                                    let _e5683 = local_29;
                                                                    stack[((_e5670 + 4293918764u) >> 2u)] = _e5683;
                                                                    let _e5691 = local;
                                                                    let _e5693 = local_7;
                                                                    stack[((_e5691 + 4293918760u) >> 2u)] = _e5693;
                                                                    let _e5701 = local_29;
                                                                    let _e5703 = local_7;
                                                                    let _e5704 = (_e5701 > _e5703);
                                                                    if _e5704 {
                                                                        pending = 35u;
                                                                    }
                                                                    let _e5711 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5711 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5715 = local_58;
                                                                            let _e5717 = local_6;
                                                                            let _e5719 = local_21;
                                                                            let _e5725 = local_55;
                                                                            coopStoreT(_e5715, (&c[(((_e5717 + (_e5719 << 2u)) + 4294963200u) >> 2u)]), (_e5725 >> 2u));
                                                                            let _e5735 = local;
                                                                            let _e5737 = local_11;
                                                                            let _e5741 = local_1;
                                                                            let _e5744 = local_22;
                                                                            local_29 = (((_e5737 | 16u) * _e5741) + _e5744);
                                                                            let _e5748 = local_29;
                                                                            let _e5750 = local_54;
                                                                            local_21 = (_e5748 + _e5750);
                                                                            let _e5754 = local_21;
                                                                            stack[((_e5735 + 4293918764u) >> 2u)] = _e5754;
                                                                            let _e5762 = local;
                                                                            let _e5764 = local_7;
                                                                            stack[((_e5762 + 4293918760u) >> 2u)] = _e5764;
                                                                            let _e5772 = local_21;
                                                                            let _e5774 = local_7;
                                                                            let _e5775 = (_e5772 > _e5774);
                                                                            if _e5775 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e5783 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5783 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5787 = local_59;
                                                                            let _e5789 = local_6;
                                                                            let _e5791 = local_29;
                                                                            let _e5797 = local_55;
                                                                            coopStoreT(_e5787, (&c[(((_e5789 + (_e5791 << 2u)) + 4294963200u) >> 2u)]), (_e5797 >> 2u));
                                                                            let _e5807 = local;
                                                                            let _e5809 = local_29;
                                                                            local_21 = (_e5809 | 16u);
                                                                            let _e5814 = local_21;
                                                                            let _e5816 = local_54;
                                                                            local_29 = (_e5814 + _e5816);
                                                                            let _e5820 = local_29;
                                                                            stack[((_e5807 + 4293918764u) >> 2u)] = _e5820;
                                                                            let _e5828 = local;
                                                                            let _e5830 = local_7;
                                                                            stack[((_e5828 + 4293918760u) >> 2u)] = _e5830;
                                                                            let _e5838 = local_29;
                                                                            let _e5840 = local_7;
                                                                            let _e5841 = (_e5838 > _e5840);
                                                                            if _e5841 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e5849 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5849 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5853 = local_60;
                                                                            let _e5855 = local_6;
                                                                            let _e5857 = local_21;
                                                                            let _e5863 = local_55;
                                                                            coopStoreT(_e5853, (&c[(((_e5855 + (_e5857 << 2u)) + 4294963200u) >> 2u)]), (_e5863 >> 2u));
                                                                            let _e5873 = local;
                                                                            let _e5875 = local_11;
                                                                            let _e5879 = local_1;
                                                                            let _e5882 = local_22;
                                                                            local_29 = (((_e5875 | 32u) * _e5879) + _e5882);
                                                                            let _e5886 = local_29;
                                                                            let _e5888 = local_54;
                                                                            local_21 = (_e5886 + _e5888);
                                                                            let _e5892 = local_21;
                                                                            stack[((_e5873 + 4293918764u) >> 2u)] = _e5892;
                                                                            let _e5900 = local;
                                                                            let _e5902 = local_7;
                                                                            stack[((_e5900 + 4293918760u) >> 2u)] = _e5902;
                                                                            let _e5910 = local_21;
                                                                            let _e5912 = local_7;
                                                                            let _e5913 = (_e5910 > _e5912);
                                                                            if _e5913 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e5921 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5921 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5925 = local_61;
                                                                            let _e5927 = local_6;
                                                                            let _e5929 = local_29;
                                                                            let _e5935 = local_55;
                                                                            coopStoreT(_e5925, (&c[(((_e5927 + (_e5929 << 2u)) + 4294963200u) >> 2u)]), (_e5935 >> 2u));
                                                                            let _e5945 = local;
                                                                            let _e5947 = local_29;
                                                                            local_21 = (_e5947 | 16u);
                                                                            let _e5952 = local_21;
                                                                            let _e5954 = local_54;
                                                                            local_29 = (_e5952 + _e5954);
                                                                            let _e5958 = local_29;
                                                                            stack[((_e5945 + 4293918764u) >> 2u)] = _e5958;
                                                                            let _e5966 = local;
                                                                            let _e5968 = local_7;
                                                                            stack[((_e5966 + 4293918760u) >> 2u)] = _e5968;
                                                                            let _e5976 = local_29;
                                                                            let _e5978 = local_7;
                                                                            let _e5979 = (_e5976 > _e5978);
                                                                            if _e5979 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e5987 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5987 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5991 = local_62;
                                                                            let _e5993 = local_6;
                                                                            let _e5995 = local_21;
                                                                            let _e6001 = local_55;
                                                                            coopStoreT(_e5991, (&c[(((_e5993 + (_e5995 << 2u)) + 4294963200u) >> 2u)]), (_e6001 >> 2u));
                                                                            let _e6011 = local;
                                                                            let _e6013 = local_11;
                                                                            let _e6017 = local_1;
                                                                            let _e6020 = local_22;
                                                                            local_11 = (((_e6013 | 48u) * _e6017) + _e6020);
                                                                            let _e6024 = local_11;
                                                                            let _e6026 = local_54;
                                                                            local_22 = (_e6024 + _e6026);
                                                                            let _e6030 = local_22;
                                                                            stack[((_e6011 + 4293918764u) >> 2u)] = _e6030;
                                                                            let _e6038 = local;
                                                                            let _e6040 = local_7;
                                                                            stack[((_e6038 + 4293918760u) >> 2u)] = _e6040;
                                                                            let _e6048 = local_22;
                                                                            let _e6050 = local_7;
                                                                            let _e6051 = (_e6048 > _e6050);
                                                                            if _e6051 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e6059 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e6059 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e6063 = local_63;
                                                                            let _e6065 = local_6;
                                                                            let _e6067 = local_11;
                                                                            let _e6073 = local_55;
                                                                            coopStoreT(_e6063, (&c[(((_e6065 + (_e6067 << 2u)) + 4294963200u) >> 2u)]), (_e6073 >> 2u));
                                                                            let _e6083 = local;
                                                                            let _e6085 = local_11;
                                                                            local_22 = (_e6085 | 16u);
                                                                            let _e6090 = local_22;
                                                                            let _e6092 = local_54;
                                                                            local_11 = (_e6090 + _e6092);
                                                                            let _e6096 = local_11;
                                                                            stack[((_e6083 + 4293918764u) >> 2u)] = _e6096;
                                                                            let _e6104 = local;
                                                                            let _e6106 = local_7;
                                                                            stack[((_e6104 + 4293918760u) >> 2u)] = _e6106;
                                                                            let _e6114 = local_11;
                                                                            let _e6116 = local_7;
                                                                            let _e6117 = (_e6114 <= _e6116);
                                                                            if _e6117 {
                                                                                pending = 23u;
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            let _e6126 = pending;
                                                            if (_e6126 == 35u) {
                                                                pending = 0u;
                                                            }
                                                        }
                                                    }
                                                    let _e6133 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e6133 != 0u) {
                                                                break;
                                                            }
                                                            let _e6137 = local;
                                                            let _e6140 = vec2<u32>(1u, 0u);
                                                            let _e6143 = vec2<u32>(32u, 0u);
                                                            let _e6149 = (_e6143.x & 31u);
                                                            let _e6153 = ((_e6143.x & 32u) != 0u);
                                                            let _e6154 = (_e6140.x << _e6149);
                                                            local_10 = vec2<u32>(select(_e6154, 0u, _e6153), select(((_e6140.y << _e6149) | ((_e6140.x >> 1u) >> (31u - _e6149))), _e6154, _e6153));
                                                            let _e6168 = local_10;
                                                            let _e6170 = local;
                                                            let _e6175 = (_e6168 | vec2<u32>((_e6170 + 12u), 0u));
                                                            let _e6179 = ((_e6137 + 4293918776u) >> 2u);
                                                            stack[_e6179] = _e6175.x;
                                                            stack[(_e6179 + 1u)] = _e6175.y;
                                                            let _e6189 = local;
                                                            let _e6191 = local_10;
                                                            let _e6193 = local;
                                                            let _e6198 = (_e6191 | vec2<u32>((_e6193 + 8u), 0u));
                                                            let _e6202 = ((_e6189 + 4293918768u) >> 2u);
                                                            stack[_e6202] = _e6198.x;
                                                            stack[(_e6202 + 1u)] = _e6198.y;
                                                            let _e6213 = local;
                                                            let _e6223 = atomicCompareExchangeWeak((&status[0]), 0u, 9u);
                                                            if _e6223.exchanged {
                                                                atomicStore((&status[1]), local_id.x);
                                                                atomicStore((&status[2]), local_id.y);
                                                                atomicStore((&status[3]), local_id.z);
                                                                atomicStore((&status[4]), workgroup_id.x);
                                                                atomicStore((&status[5]), workgroup_id.y);
                                                                atomicStore((&status[6]), workgroup_id.z);
                                                                atomicStore((&status[7]), 1062u);
                                                                atomicStore((&status[8]), 15u);
                                                                atomicStore((&status[9]), 10u);
                                                                atomicStore((&status[10]), 795046515u);
                                                                atomicStore((&status[11]), 778201452u);
                                                                atomicStore((&status[12]), 29554u);
                                                            }
                                                            return;
                                                        }
                                                    }
                                                    let _e6261 = pending;
                                                    if (_e6261 == 25u) {
                                                        pending = 0u;
                                                    }
                                                    let _e6267 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e6267 != 0u) {
                                                                break;
                                                            }
                                                            let _e6271 = local_39;
                                                            local_11 = (_e6271 + 136u);
                                                            let _e6276 = local_39;
                                                            local_22 = (_e6276 + 128u);
                                                        }
                                                    }
                                                    let _e6282 = pending;
                                                    if (_e6282 == 24u) {
                                                        pending = 0u;
                                                    }
                                                    let _e6288 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e6288 != 0u) {
                                                                break;
                                                            }
                                                            let _e6304 = atomicCompareExchangeWeak((&status[0]), 0u, 10u);
                                                            if _e6304.exchanged {
                                                                atomicStore((&status[1]), local_id.x);
                                                                atomicStore((&status[2]), local_id.y);
                                                                atomicStore((&status[3]), local_id.z);
                                                                atomicStore((&status[4]), workgroup_id.x);
                                                                atomicStore((&status[5]), workgroup_id.y);
                                                                atomicStore((&status[6]), workgroup_id.z);
                                                                atomicStore((&status[7]), 1303u);
                                                                atomicStore((&status[8]), 19u);
                                                                atomicStore((&status[9]), 10u);
                                                                atomicStore((&status[10]), 795046515u);
                                                                atomicStore((&status[11]), 778201452u);
                                                                atomicStore((&status[12]), 29554u);
                                                            }
                                                            return;
                                                        }
                                                    }
                                                    let _e6342 = pending;
                                                    if (_e6342 == 23u) {
                                                        pending = 0u;
                                                    }
                                                    let _e6348 = local_64;
                                                    let _e6350 = local_6;
                                                    let _e6352 = local_22;
                                                    let _e6358 = local_55;
                                                    coopStoreT(_e6348, (&c[(((_e6350 + (_e6352 << 2u)) + 4294963200u) >> 2u)]), (_e6358 >> 2u));
                                                    let _e6368 = local;
                                                    stack_pointer = (_e6368 + 32u);
                                                    return;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            let _e6376 = pending;
                            if (_e6376 == 19u) {
                                pending = 0u;
                            }
                            let _e6394 = atomicCompareExchangeWeak((&status[0]), 0u, 11u);
                            if _e6394.exchanged {
                                atomicStore((&status[1]), local_id.x);
                                atomicStore((&status[2]), local_id.y);
                                atomicStore((&status[3]), local_id.z);
                                atomicStore((&status[4]), workgroup_id.x);
                                atomicStore((&status[5]), workgroup_id.y);
                                atomicStore((&status[6]), workgroup_id.z);
                                atomicStore((&status[7]), 1303u);
                                atomicStore((&status[8]), 19u);
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
    let _e6434 = pending;
    if (_e6434 == 2u) {
        pending = 0u;
    }
    let _e6452 = atomicCompareExchangeWeak((&status[0]), 0u, 12u);
    if _e6452.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 1303u);
        atomicStore((&status[8]), 19u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
