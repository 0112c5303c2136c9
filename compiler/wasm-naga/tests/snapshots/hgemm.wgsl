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
                                                        atomicStore((&status[7]), 1334u);
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
                atomicStore((&status[7]), 1059u);
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
                                    local_37 = (_e1243 << 5u);
                                    let _e1249 = local_1;
                                    local_41 = (_e1249 << 6u);
                                    let _e1255 = local_9;
                                    let _e1257 = local_30;
                                    local_42 = (((_e1257 << 5u) & 96u) << 1u);
                                    let _e1268 = local_42;
                                    local_43 = (_e1255 + _e1268);
                                    let _e1272 = local_8;
                                    let _e1274 = local_30;
                                    local_44 = (_e1272 + ((_e1274 & 4u) * 1280u));
                                    let _e1282 = local_44;
                                    local_45 = (_e1282 + 3840u);
                                    let _e1287 = local_44;
                                    local_46 = (_e1287 + 2560u);
                                    let _e1292 = local_44;
                                    local_47 = (_e1292 + 1280u);
                                    let _e1297 = local_1;
                                    let _e1299 = local_23;
                                    let _e1304 = local_32;
                                    local_30 = ((_e1297 * (_e1299 | 32u)) + _e1304);
                                    let _e1308 = local_30;
                                    let _e1310 = local_39;
                                    local_48 = ((_e1308 + _e1310) << 1u);
                                    let _e1317 = local_1;
                                    let _e1319 = local_22;
                                    let _e1324 = local_32;
                                    local_36 = ((_e1317 * (_e1319 | 32u)) + _e1324);
                                    let _e1328 = local_36;
                                    let _e1330 = local_39;
                                    local_49 = ((_e1328 + _e1330) << 1u);
                                    local_11 = 0u;
                                    let _e1339 = local_4;
                                    local_23 = _e1339;
                                    loop {
                                        let _e1342 = local_11;
                                        local_22 = (_e1342 & 1u);
                                        let _e1347 = local_11;
                                        local_11 = (_e1347 + 1u);
                                        let _e1352 = local_11;
                                        let _e1354 = local_29;
                                        let _e1355 = (_e1352 >= _e1354);
                                        switch 0u {
                                            default: {
                                                if _e1355 {
                                                    break;
                                                }
                                                let _e1360 = local_28;
                                                let _e1362 = local_26;
                                                local_25 = (_e1360 + _e1362);
                                                let _e1366 = local_25;
                                                let _e1370 = ((_e1366 + 32u) > 4294967287u);
                                                switch 0u {
                                                    default: {
                                                        if _e1370 {
                                                            break;
                                                        }
                                                        let _e1375 = local_25;
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
                                                        let _e1392 = local_25;
                                                        local_11 = (_e1392 + 40u);
                                                        let _e1397 = local_25;
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
                                                        let _e1417 = local_22;
                                                        local_34 = (_e1417 ^ 1u);
                                                        let _e1422 = local_34;
                                                        local_50 = ((_e1422 * 5120u) << 1u);
                                                        let _e1430 = local_50;
                                                        local_25 = (_e1415 + _e1430);
                                                        let _e1434 = local_25;
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
                                                        let _e1489 = local_25;
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
                                                        local_25 = (_e1544 + _e1546);
                                                        let _e1550 = local_25;
                                                        let _e1552 = (_e1550 > 4294967287u);
                                                        switch 0u {
                                                            default: {
                                                                if _e1552 {
                                                                    break;
                                                                }
                                                                let _e1557 = local_25;
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
                                                                let _e1574 = local_25;
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
                                                        let _e1596 = local_34;
                                                        local_51 = ((_e1596 * 4352u) << 1u);
                                                        let _e1604 = local_51;
                                                        local_25 = (_e1594 + _e1604);
                                                        let _e1608 = local_25;
                                                        let _e1610 = local_23;
                                                        let _e1612 = local_48;
                                                        local_34 = (_e1610 + _e1612);
                                                        let _e1616 = local_34;
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
                                                        let _e1669 = local_25;
                                                        let _e1671 = local_34;
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
                                                        local_25 = (_e1724 + _e1726);
                                                        let _e1730 = local_25;
                                                        let _e1734 = ((_e1730 + 32u) > 4294967287u);
                                                        switch 0u {
                                                            default: {
                                                                if _e1734 {
                                                                    break;
                                                                }
                                                                let _e1739 = local_25;
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
                                                        let _e1763 = local_25;
                                                        local_11 = (_e1763 + 40u);
                                                        let _e1768 = local_25;
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
                                                            atomicStore((&status[7]), 1334u);
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
                                                local_25 = (_e1840 + _e1842);
                                                let _e1846 = local_25;
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
                                                let _e1901 = local_25;
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
                                                local_25 = (_e1956 + _e1958);
                                                let _e1962 = local_25;
                                                let _e1964 = (_e1962 > 4294967287u);
                                                if _e1964 {
                                                    pending = 8u;
                                                    break;
                                                }
                                                let _e1971 = local_25;
                                                let _e1975 = local_5;
                                                let _e1976 = ((_e1971 + 8u) > _e1975);
                                                if _e1976 {
                                                    pending = 8u;
                                                    break;
                                                }
                                                let _e1983 = local_40;
                                                let _e1985 = local_51;
                                                local_25 = (_e1983 + _e1985);
                                                let _e1989 = local_25;
                                                let _e1991 = local_23;
                                                let _e1993 = local_49;
                                                local_34 = (_e1991 + _e1993);
                                                let _e1997 = local_34;
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
                                                let _e2050 = local_25;
                                                let _e2052 = local_34;
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
                                        let _e2134 = local_37;
                                        local_30 = (_e2132 + _e2134);
                                        let _e2138 = local_36;
                                        let _e2140 = local_37;
                                        local_36 = (_e2138 + _e2140);
                                        let _e2144 = local_23;
                                        let _e2146 = local_41;
                                        local_23 = (_e2144 + _e2146);
                                        workgroupBarrier();
                                        let _e2150 = local_43;
                                        let _e2152 = local_22;
                                        local_25 = (_e2152 * 8704u);
                                        let _e2157 = local_25;
                                        local_34 = (_e2150 + _e2157);
                                        let _e2161 = local_34;
                                        local_65 = coopLoadT<coop_mat16x16<f16,B>>((&tb[((_e2161 + 4294963200u) >> 1u)]), (272u >> 1u));
                                        let _e2174 = local_34;
                                        local_66 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e2174 + 32u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                        let _e2189 = local_57;
                                        let _e2191 = local_44;
                                        let _e2193 = local_22;
                                        local_22 = (_e2193 * 10240u);
                                        let _e2198 = local_22;
                                        local_34 = (_e2191 + _e2198);
                                        let _e2202 = local_34;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[((_e2202 + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2215 = local_67;
                                        let _e2217 = local_65;
                                        local_57 = coopMultiplyAdd(_e2215, _e2217, _e2189);
                                        let _e2221 = local_58;
                                        let _e2223 = local_67;
                                        let _e2225 = local_66;
                                        local_58 = coopMultiplyAdd(_e2223, _e2225, _e2221);
                                        let _e2229 = local_59;
                                        let _e2231 = local_47;
                                        let _e2233 = local_22;
                                        local_50 = (_e2231 + _e2233);
                                        let _e2237 = local_50;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[((_e2237 + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2250 = local_67;
                                        let _e2252 = local_65;
                                        local_59 = coopMultiplyAdd(_e2250, _e2252, _e2229);
                                        let _e2256 = local_60;
                                        let _e2258 = local_67;
                                        let _e2260 = local_66;
                                        local_60 = coopMultiplyAdd(_e2258, _e2260, _e2256);
                                        let _e2264 = local_61;
                                        let _e2266 = local_46;
                                        let _e2268 = local_22;
                                        local_51 = (_e2266 + _e2268);
                                        let _e2272 = local_51;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[((_e2272 + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2285 = local_67;
                                        let _e2287 = local_65;
                                        local_61 = coopMultiplyAdd(_e2285, _e2287, _e2264);
                                        let _e2291 = local_62;
                                        let _e2293 = local_67;
                                        let _e2295 = local_66;
                                        local_62 = coopMultiplyAdd(_e2293, _e2295, _e2291);
                                        let _e2299 = local_63;
                                        let _e2301 = local_45;
                                        let _e2303 = local_22;
                                        local_22 = (_e2301 + _e2303);
                                        let _e2307 = local_22;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[((_e2307 + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2320 = local_67;
                                        let _e2322 = local_65;
                                        local_63 = coopMultiplyAdd(_e2320, _e2322, _e2299);
                                        let _e2326 = local_64;
                                        let _e2328 = local_67;
                                        let _e2330 = local_66;
                                        local_64 = coopMultiplyAdd(_e2328, _e2330, _e2326);
                                        let _e2334 = local_9;
                                        let _e2336 = local_25;
                                        let _e2339 = local_42;
                                        local_25 = ((_e2334 + _e2336) + _e2339);
                                        let _e2343 = local_25;
                                        local_65 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e2343 + 4352u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                        let _e2358 = local_25;
                                        local_66 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e2358 + 4384u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                        let _e2373 = local_57;
                                        let _e2375 = local_34;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2375 + 32u) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2390 = local_67;
                                        let _e2392 = local_65;
                                        local_57 = coopMultiplyAdd(_e2390, _e2392, _e2373);
                                        let _e2396 = local_58;
                                        let _e2398 = local_67;
                                        let _e2400 = local_66;
                                        local_58 = coopMultiplyAdd(_e2398, _e2400, _e2396);
                                        let _e2404 = local_59;
                                        let _e2406 = local_50;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2406 + 32u) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2421 = local_67;
                                        let _e2423 = local_65;
                                        local_59 = coopMultiplyAdd(_e2421, _e2423, _e2404);
                                        let _e2427 = local_60;
                                        let _e2429 = local_67;
                                        let _e2431 = local_66;
                                        local_60 = coopMultiplyAdd(_e2429, _e2431, _e2427);
                                        let _e2435 = local_61;
                                        let _e2437 = local_51;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2437 + 32u) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2452 = local_67;
                                        let _e2454 = local_65;
                                        local_61 = coopMultiplyAdd(_e2452, _e2454, _e2435);
                                        let _e2458 = local_62;
                                        let _e2460 = local_67;
                                        let _e2462 = local_66;
                                        local_62 = coopMultiplyAdd(_e2460, _e2462, _e2458);
                                        let _e2466 = local_63;
                                        let _e2468 = local_22;
                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e2468 + 32u) + 4294963200u) >> 1u)]), (80u >> 1u));
                                        let _e2483 = local_67;
                                        let _e2485 = local_65;
                                        local_63 = coopMultiplyAdd(_e2483, _e2485, _e2466);
                                        let _e2489 = local_64;
                                        let _e2491 = local_67;
                                        let _e2493 = local_66;
                                        local_64 = coopMultiplyAdd(_e2491, _e2493, _e2489);
                                        workgroupBarrier();
                                        let _e2497 = local_29;
                                        let _e2499 = local_11;
                                        let _e2500 = (_e2497 != _e2499);
                                        if _e2500 {
                                            continue;
                                        }
                                        break;
                                    }
                                }
                            }
                            let _e2506 = pending;
                            switch 0u {
                                default: {
                                    if (_e2506 != 0u) {
                                        break;
                                    }
                                    local_22 = subgroup_id;
                                    let _e2511 = local_1;
                                    let _e2513 = (_e2511 > 15u);
                                    if _e2513 {
                                        pending = 6u;
                                    }
                                }
                            }
                            let _e2521 = pending;
                            switch 0u {
                                default: {
                                    if (_e2521 != 0u) {
                                        break;
                                    }
                                    let _e2533 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
                                    if _e2533.exchanged {
                                        atomicStore((&status[1]), local_id.x);
                                        atomicStore((&status[2]), local_id.y);
                                        atomicStore((&status[3]), local_id.z);
                                        atomicStore((&status[4]), workgroup_id.x);
                                        atomicStore((&status[5]), workgroup_id.y);
                                        atomicStore((&status[6]), workgroup_id.z);
                                        atomicStore((&status[7]), 1097u);
                                        atomicStore((&status[8]), 15u);
                                        atomicStore((&status[9]), 10u);
                                        atomicStore((&status[10]), 795046515u);
                                        atomicStore((&status[11]), 778201452u);
                                        atomicStore((&status[12]), 29554u);
                                    }
                                    return;
                                }
                            }
                            let _e2571 = pending;
                            if (_e2571 == 8u) {
                                pending = 0u;
                            }
                            let _e2577 = pending;
                            switch 0u {
                                default: {
                                    if (_e2577 != 0u) {
                                        break;
                                    }
                                    let _e2581 = local_25;
                                    local_11 = (_e2581 + 8u);
                                }
                            }
                            let _e2587 = pending;
                            if (_e2587 == 7u) {
                                pending = 0u;
                            }
                            let _e2593 = pending;
                            switch 0u {
                                default: {
                                    if (_e2593 != 0u) {
                                        break;
                                    }
                                    let _e2609 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
                                    if _e2609.exchanged {
                                        atomicStore((&status[1]), local_id.x);
                                        atomicStore((&status[2]), local_id.y);
                                        atomicStore((&status[3]), local_id.z);
                                        atomicStore((&status[4]), workgroup_id.x);
                                        atomicStore((&status[5]), workgroup_id.y);
                                        atomicStore((&status[6]), workgroup_id.z);
                                        atomicStore((&status[7]), 1334u);
                                        atomicStore((&status[8]), 19u);
                                        atomicStore((&status[9]), 10u);
                                        atomicStore((&status[10]), 795046515u);
                                        atomicStore((&status[11]), 778201452u);
                                        atomicStore((&status[12]), 29554u);
                                    }
                                    return;
                                }
                            }
                            let _e2647 = pending;
                            if (_e2647 == 6u) {
                                pending = 0u;
                            }
                            let _e2653 = local;
                            let _e2655 = local_22;
                            let _e2662 = local_24;
                            local_11 = (((_e2655 << 4u) & 64u) | _e2662);
                            let _e2666 = local_11;
                            let _e2668 = local_1;
                            let _e2671 = local_22;
                            let _e2678 = local_32;
                            local_22 = (((_e2671 << 5u) & 96u) | _e2678);
                            let _e2682 = local_22;
                            local_21 = ((_e2666 * _e2668) + _e2682);
                            let _e2686 = local_21;
                            let _e2688 = local_1;
                            local_54 = ((_e2688 * 15u) | 16u);
                            let _e2695 = local_54;
                            local_23 = (_e2686 + _e2695);
                            let _e2699 = local_23;
                            stack[((_e2653 + 4293918764u) >> 2u)] = _e2699;
                            let _e2707 = local;
                            let _e2709 = local_7;
                            stack[((_e2707 + 4293918760u) >> 2u)] = _e2709;
                            let _e2717 = local_23;
                            let _e2719 = local_7;
                            let _e2720 = (_e2717 > _e2719);
                            switch 0u {
                                default: {
                                    if _e2720 {
                                        break;
                                    }
                                    let _e2725 = local_57;
                                    let _e2727 = local_6;
                                    let _e2729 = local_21;
                                    let _e2735 = local_1;
                                    local_55 = (_e2735 << 2u);
                                    let _e2741 = local_55;
                                    coopStoreT(_e2725, (&c[(((_e2727 + (_e2729 << 2u)) + 4294963200u) >> 2u)]), (_e2741 >> 2u));
                                    let _e2751 = local;
                                    let _e2753 = local_21;
                                    local_23 = (_e2753 | 16u);
                                    let _e2758 = local_23;
                                    let _e2760 = local_54;
                                    local_21 = (_e2758 + _e2760);
                                    let _e2764 = local_21;
                                    stack[((_e2751 + 4293918764u) >> 2u)] = _e2764;
                                    let _e2772 = local;
                                    let _e2774 = local_7;
                                    stack[((_e2772 + 4293918760u) >> 2u)] = _e2774;
                                    let _e2782 = local_21;
                                    let _e2784 = local_7;
                                    let _e2785 = (_e2782 > _e2784);
                                    switch 0u {
                                        default: {
                                            if _e2785 {
                                                break;
                                            }
                                            let _e2790 = local_58;
                                            let _e2792 = local_6;
                                            let _e2794 = local_23;
                                            let _e2800 = local_55;
                                            coopStoreT(_e2790, (&c[(((_e2792 + (_e2794 << 2u)) + 4294963200u) >> 2u)]), (_e2800 >> 2u));
                                            let _e2810 = local;
                                            let _e2812 = local_11;
                                            let _e2816 = local_1;
                                            let _e2819 = local_22;
                                            local_21 = (((_e2812 | 16u) * _e2816) + _e2819);
                                            let _e2823 = local_21;
                                            let _e2825 = local_54;
                                            local_23 = (_e2823 + _e2825);
                                            let _e2829 = local_23;
                                            stack[((_e2810 + 4293918764u) >> 2u)] = _e2829;
                                            let _e2837 = local;
                                            let _e2839 = local_7;
                                            stack[((_e2837 + 4293918760u) >> 2u)] = _e2839;
                                            let _e2847 = local_23;
                                            let _e2849 = local_7;
                                            let _e2850 = (_e2847 > _e2849);
                                            switch 0u {
                                                default: {
                                                    if _e2850 {
                                                        break;
                                                    }
                                                    let _e2855 = local_59;
                                                    let _e2857 = local_6;
                                                    let _e2859 = local_21;
                                                    let _e2865 = local_55;
                                                    coopStoreT(_e2855, (&c[(((_e2857 + (_e2859 << 2u)) + 4294963200u) >> 2u)]), (_e2865 >> 2u));
                                                    let _e2875 = local;
                                                    let _e2877 = local_21;
                                                    local_23 = (_e2877 | 16u);
                                                    let _e2882 = local_23;
                                                    let _e2884 = local_54;
                                                    local_21 = (_e2882 + _e2884);
                                                    let _e2888 = local_21;
                                                    stack[((_e2875 + 4293918764u) >> 2u)] = _e2888;
                                                    let _e2896 = local;
                                                    let _e2898 = local_7;
                                                    stack[((_e2896 + 4293918760u) >> 2u)] = _e2898;
                                                    let _e2906 = local_21;
                                                    let _e2908 = local_7;
                                                    let _e2909 = (_e2906 > _e2908);
                                                    switch 0u {
                                                        default: {
                                                            if _e2909 {
                                                                break;
                                                            }
                                                            let _e2914 = local_60;
                                                            let _e2916 = local_6;
                                                            let _e2918 = local_23;
                                                            let _e2924 = local_55;
                                                            coopStoreT(_e2914, (&c[(((_e2916 + (_e2918 << 2u)) + 4294963200u) >> 2u)]), (_e2924 >> 2u));
                                                            let _e2934 = local;
                                                            let _e2936 = local_11;
                                                            let _e2940 = local_1;
                                                            let _e2943 = local_22;
                                                            local_21 = (((_e2936 | 32u) * _e2940) + _e2943);
                                                            let _e2947 = local_21;
                                                            let _e2949 = local_54;
                                                            local_23 = (_e2947 + _e2949);
                                                            let _e2953 = local_23;
                                                            stack[((_e2934 + 4293918764u) >> 2u)] = _e2953;
                                                            let _e2961 = local;
                                                            let _e2963 = local_7;
                                                            stack[((_e2961 + 4293918760u) >> 2u)] = _e2963;
                                                            let _e2971 = local_23;
                                                            let _e2973 = local_7;
                                                            let _e2974 = (_e2971 > _e2973);
                                                            switch 0u {
                                                                default: {
                                                                    if _e2974 {
                                                                        break;
                                                                    }
                                                                    let _e2979 = local_61;
                                                                    let _e2981 = local_6;
                                                                    let _e2983 = local_21;
                                                                    let _e2989 = local_55;
                                                                    coopStoreT(_e2979, (&c[(((_e2981 + (_e2983 << 2u)) + 4294963200u) >> 2u)]), (_e2989 >> 2u));
                                                                    let _e2999 = local;
                                                                    let _e3001 = local_21;
                                                                    local_23 = (_e3001 | 16u);
                                                                    let _e3006 = local_23;
                                                                    let _e3008 = local_54;
                                                                    local_21 = (_e3006 + _e3008);
                                                                    let _e3012 = local_21;
                                                                    stack[((_e2999 + 4293918764u) >> 2u)] = _e3012;
                                                                    let _e3020 = local;
                                                                    let _e3022 = local_7;
                                                                    stack[((_e3020 + 4293918760u) >> 2u)] = _e3022;
                                                                    let _e3030 = local_21;
                                                                    let _e3032 = local_7;
                                                                    let _e3033 = (_e3030 > _e3032);
                                                                    if _e3033 {
                                                                        pending = 21u;
                                                                    }
                                                                    let _e3040 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e3040 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e3044 = local_62;
                                                                            let _e3046 = local_6;
                                                                            let _e3048 = local_23;
                                                                            let _e3054 = local_55;
                                                                            coopStoreT(_e3044, (&c[(((_e3046 + (_e3048 << 2u)) + 4294963200u) >> 2u)]), (_e3054 >> 2u));
                                                                            let _e3064 = local;
                                                                            let _e3066 = local_11;
                                                                            let _e3070 = local_1;
                                                                            let _e3073 = local_22;
                                                                            local_11 = (((_e3066 | 48u) * _e3070) + _e3073);
                                                                            let _e3077 = local_11;
                                                                            let _e3079 = local_54;
                                                                            local_22 = (_e3077 + _e3079);
                                                                            let _e3083 = local_22;
                                                                            stack[((_e3064 + 4293918764u) >> 2u)] = _e3083;
                                                                            let _e3091 = local;
                                                                            let _e3093 = local_7;
                                                                            stack[((_e3091 + 4293918760u) >> 2u)] = _e3093;
                                                                            let _e3101 = local_22;
                                                                            let _e3103 = local_7;
                                                                            let _e3104 = (_e3101 > _e3103);
                                                                            if _e3104 {
                                                                                pending = 21u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e3112 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e3112 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e3116 = local_63;
                                                                            let _e3118 = local_6;
                                                                            let _e3120 = local_11;
                                                                            let _e3126 = local_55;
                                                                            coopStoreT(_e3116, (&c[(((_e3118 + (_e3120 << 2u)) + 4294963200u) >> 2u)]), (_e3126 >> 2u));
                                                                            let _e3136 = local;
                                                                            let _e3138 = local_11;
                                                                            local_22 = (_e3138 | 16u);
                                                                            let _e3143 = local_22;
                                                                            let _e3145 = local_54;
                                                                            local_11 = (_e3143 + _e3145);
                                                                            let _e3149 = local_11;
                                                                            stack[((_e3136 + 4293918764u) >> 2u)] = _e3149;
                                                                            let _e3157 = local;
                                                                            let _e3159 = local_7;
                                                                            stack[((_e3157 + 4293918760u) >> 2u)] = _e3159;
                                                                            let _e3167 = local_11;
                                                                            let _e3169 = local_7;
                                                                            let _e3170 = (_e3167 > _e3169);
                                                                            if _e3170 {
                                                                                pending = 21u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e3178 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e3178 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e3182 = local_64;
                                                                            let _e3184 = local_6;
                                                                            let _e3186 = local_22;
                                                                            let _e3192 = local_55;
                                                                            coopStoreT(_e3182, (&c[(((_e3184 + (_e3186 << 2u)) + 4294963200u) >> 2u)]), (_e3192 >> 2u));
                                                                            local_57 = coop_mat16x16<f32,C>();
                                                                            local_58 = coop_mat16x16<f32,C>();
                                                                            local_59 = coop_mat16x16<f32,C>();
                                                                            local_60 = coop_mat16x16<f32,C>();
                                                                            local_61 = coop_mat16x16<f32,C>();
                                                                            local_62 = coop_mat16x16<f32,C>();
                                                                            local_63 = coop_mat16x16<f32,C>();
                                                                            local_64 = coop_mat16x16<f32,C>();
                                                                            local_26 = local_id.x;
                                                                            let _e3225 = local_26;
                                                                            local_22 = (_e3225 & 255u);
                                                                            let _e3230 = local_22;
                                                                            local_23 = (_e3230 >> 2u);
                                                                            let _e3236 = local_23;
                                                                            let _e3238 = local_24;
                                                                            local_36 = (_e3236 | _e3238);
                                                                            let _e3242 = local_36;
                                                                            let _e3244 = local_1;
                                                                            local_27 = (_e3242 * _e3244);
                                                                            let _e3248 = local_27;
                                                                            let _e3250 = local_22;
                                                                            local_35 = (_e3250 << 3u);
                                                                            let _e3256 = local_35;
                                                                            local_41 = (_e3256 & 24u);
                                                                            let _e3261 = local_41;
                                                                            local_11 = (_e3248 | _e3261);
                                                                            let _e3265 = local_11;
                                                                            local_21 = (_e3265 + 8u);
                                                                            local_50 = subgroup_id;
                                                                            let _e3271 = local_11;
                                                                            let _e3273 = (_e3271 > 4294967287u);
                                                                            if _e3273 {
                                                                                pending = 22u;
                                                                            }
                                                                            let _e3280 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3280 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3284 = local_21;
                                                                                    let _e3286 = local_3;
                                                                                    let _e3287 = (_e3284 > _e3286);
                                                                                    if _e3287 {
                                                                                        pending = 22u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3295 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3295 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3299 = local_8;
                                                                                    let _e3301 = local_23;
                                                                                    let _e3306 = local_41;
                                                                                    local_38 = ((_e3299 + (_e3301 * 80u)) + (_e3306 << 1u));
                                                                                    let _e3313 = local_38;
                                                                                    let _e3315 = local_2;
                                                                                    let _e3317 = local_11;
                                                                                    local_11 = (_e3315 + (_e3317 << 1u));
                                                                                    let _e3324 = local_11;
                                                                                    let _e3328 = ((_e3324 + 4294963208u) >> 2u);
                                                                                    let _e3331 = a[_e3328];
                                                                                    let _e3336 = a[(_e3328 + 1u)];
                                                                                    let _e3337 = vec2<u32>(_e3331, _e3336);
                                                                                    let _e3339 = (_e3313 + 4294963208u);
                                                                                    let _e3343 = (_e3339 >> 1u);
                                                                                    ta[_e3343] = f16(unpack2x16float(_e3337.x).x);
                                                                                    ta[(_e3343 + 1u)] = f16(unpack2x16float((_e3337.x >> 16u)).x);
                                                                                    let _e3361 = ((_e3339 + 4u) >> 1u);
                                                                                    ta[_e3361] = f16(unpack2x16float(_e3337.y).x);
                                                                                    ta[(_e3361 + 1u)] = f16(unpack2x16float((_e3337.y >> 16u)).x);
                                                                                    let _e3377 = local_38;
                                                                                    let _e3379 = local_11;
                                                                                    let _e3383 = ((_e3379 + 4294963200u) >> 2u);
                                                                                    let _e3386 = a[_e3383];
                                                                                    let _e3391 = a[(_e3383 + 1u)];
                                                                                    let _e3392 = vec2<u32>(_e3386, _e3391);
                                                                                    let _e3394 = (_e3377 + 4294963200u);
                                                                                    let _e3398 = (_e3394 >> 1u);
                                                                                    ta[_e3398] = f16(unpack2x16float(_e3392.x).x);
                                                                                    ta[(_e3398 + 1u)] = f16(unpack2x16float((_e3392.x >> 16u)).x);
                                                                                    let _e3416 = ((_e3394 + 4u) >> 1u);
                                                                                    ta[_e3416] = f16(unpack2x16float(_e3392.y).x);
                                                                                    ta[(_e3416 + 1u)] = f16(unpack2x16float((_e3392.y >> 16u)).x);
                                                                                    let _e3432 = local_22;
                                                                                    local_30 = (_e3432 >> 4u);
                                                                                    let _e3438 = local_30;
                                                                                    let _e3440 = local_1;
                                                                                    let _e3443 = local_32;
                                                                                    local_56 = (_e3443 | 128u);
                                                                                    let _e3448 = local_56;
                                                                                    let _e3451 = local_35;
                                                                                    local_42 = (_e3451 & 120u);
                                                                                    let _e3456 = local_42;
                                                                                    local_11 = (((_e3438 * _e3440) + _e3448) | _e3456);
                                                                                    let _e3460 = local_11;
                                                                                    local_21 = (_e3460 + 8u);
                                                                                    let _e3465 = local_11;
                                                                                    let _e3467 = (_e3465 > 4294967287u);
                                                                                    if _e3467 {
                                                                                        pending = 19u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3475 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3475 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3479 = local_21;
                                                                                    let _e3481 = local_5;
                                                                                    let _e3482 = (_e3479 > _e3481);
                                                                                    if _e3482 {
                                                                                        pending = 19u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3490 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3490 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3494 = local_9;
                                                                                    let _e3496 = local_30;
                                                                                    let _e3501 = local_42;
                                                                                    local_40 = ((_e3494 + (_e3496 * 272u)) + (_e3501 << 1u));
                                                                                    let _e3508 = local_40;
                                                                                    let _e3510 = local_4;
                                                                                    let _e3512 = local_11;
                                                                                    local_11 = (_e3510 + (_e3512 << 1u));
                                                                                    let _e3519 = local_11;
                                                                                    let _e3523 = ((_e3519 + 4294963208u) >> 2u);
                                                                                    let _e3526 = b[_e3523];
                                                                                    let _e3531 = b[(_e3523 + 1u)];
                                                                                    let _e3532 = vec2<u32>(_e3526, _e3531);
                                                                                    let _e3534 = (_e3508 + 4294963208u);
                                                                                    let _e3538 = (_e3534 >> 1u);
                                                                                    tb[_e3538] = f16(unpack2x16float(_e3532.x).x);
                                                                                    tb[(_e3538 + 1u)] = f16(unpack2x16float((_e3532.x >> 16u)).x);
                                                                                    let _e3556 = ((_e3534 + 4u) >> 1u);
                                                                                    tb[_e3556] = f16(unpack2x16float(_e3532.y).x);
                                                                                    tb[(_e3556 + 1u)] = f16(unpack2x16float((_e3532.y >> 16u)).x);
                                                                                    let _e3572 = local_40;
                                                                                    let _e3574 = local_11;
                                                                                    let _e3578 = ((_e3574 + 4294963200u) >> 2u);
                                                                                    let _e3581 = b[_e3578];
                                                                                    let _e3586 = b[(_e3578 + 1u)];
                                                                                    let _e3587 = vec2<u32>(_e3581, _e3586);
                                                                                    let _e3589 = (_e3572 + 4294963200u);
                                                                                    let _e3593 = (_e3589 >> 1u);
                                                                                    tb[_e3593] = f16(unpack2x16float(_e3587.x).x);
                                                                                    tb[(_e3593 + 1u)] = f16(unpack2x16float((_e3587.x >> 16u)).x);
                                                                                    let _e3611 = ((_e3589 + 4u) >> 1u);
                                                                                    tb[_e3611] = f16(unpack2x16float(_e3587.y).x);
                                                                                    tb[(_e3611 + 1u)] = f16(unpack2x16float((_e3587.y >> 16u)).x);
                                                                                    let _e3627 = local_22;
                                                                                    local_22 = (_e3627 | 256u);
                                                                                    let _e3632 = local_22;
                                                                                    local_23 = (_e3632 >> 2u);
                                                                                    let _e3638 = local_23;
                                                                                    let _e3640 = local_24;
                                                                                    local_34 = (_e3638 | _e3640);
                                                                                    let _e3644 = local_34;
                                                                                    let _e3646 = local_1;
                                                                                    local_35 = (_e3644 * _e3646);
                                                                                    let _e3650 = local_35;
                                                                                    let _e3652 = local_22;
                                                                                    local_37 = (_e3652 << 3u);
                                                                                    let _e3658 = local_37;
                                                                                    local_25 = (_e3658 & 24u);
                                                                                    let _e3663 = local_25;
                                                                                    local_11 = (_e3650 | _e3663);
                                                                                    let _e3667 = local_11;
                                                                                    local_21 = (_e3667 + 8u);
                                                                                    let _e3672 = local_11;
                                                                                    let _e3674 = (_e3672 > 4294967287u);
                                                                                    if _e3674 {
                                                                                        pending = 22u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3682 = pending;
                                                                            switch 0u {
                                                                                default: {
                                                                                    if (_e3682 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                    let _e3686 = local_21;
                                                                                    let _e3688 = local_3;
                                                                                    let _e3689 = (_e3686 <= _e3688);
                                                                                    if _e3689 {
                                                                                        pending = 20u;
                                                                                    }
                                                                                }
                                                                            }
                                                                            let _e3697 = pending;
                                                                            if (_e3697 == 22u) {
                                                                                pending = 0u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e3704 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e3704 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e3720 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
                                                                            if _e3720.exchanged {
                                                                                atomicStore((&status[1]), local_id.x);
                                                                                atomicStore((&status[2]), local_id.y);
                                                                                atomicStore((&status[3]), local_id.z);
                                                                                atomicStore((&status[4]), workgroup_id.x);
                                                                                atomicStore((&status[5]), workgroup_id.y);
                                                                                atomicStore((&status[6]), workgroup_id.z);
                                                                                atomicStore((&status[7]), 1334u);
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
                            let _e3763 = pending;
                            if (_e3763 == 21u) {
                                pending = 0u;
                            }
                            let _e3769 = pending;
                            switch 0u {
                                default: {
                                    if (_e3769 != 0u) {
                                        break;
                                    }
                                    let _e3773 = local;
                                    let _e3776 = vec2<u32>(1u, 0u);
                                    let _e3779 = vec2<u32>(32u, 0u);
                                    let _e3785 = (_e3779.x & 31u);
                                    let _e3789 = ((_e3779.x & 32u) != 0u);
                                    let _e3790 = (_e3776.x << _e3785);
                                    local_10 = vec2<u32>(select(_e3790, 0u, _e3789), select(((_e3776.y << _e3785) | ((_e3776.x >> 1u) >> (31u - _e3785))), _e3790, _e3789));
                                    let _e3804 = local_10;
                                    let _e3806 = local;
                                    let _e3811 = (_e3804 | vec2<u32>((_e3806 + 12u), 0u));
                                    let _e3815 = ((_e3773 + 4293918776u) >> 2u);
                                    stack[_e3815] = _e3811.x;
                                    stack[(_e3815 + 1u)] = _e3811.y;
                                    let _e3825 = local;
                                    let _e3827 = local_10;
                                    let _e3829 = local;
                                    let _e3834 = (_e3827 | vec2<u32>((_e3829 + 8u), 0u));
                                    let _e3838 = ((_e3825 + 4293918768u) >> 2u);
                                    stack[_e3838] = _e3834.x;
                                    stack[(_e3838 + 1u)] = _e3834.y;
                                    let _e3849 = local;
                                    let _e3859 = atomicCompareExchangeWeak((&status[0]), 0u, 7u);
                                    if _e3859.exchanged {
                                        atomicStore((&status[1]), local_id.x);
                                        atomicStore((&status[2]), local_id.y);
                                        atomicStore((&status[3]), local_id.z);
                                        atomicStore((&status[4]), workgroup_id.x);
                                        atomicStore((&status[5]), workgroup_id.y);
                                        atomicStore((&status[6]), workgroup_id.z);
                                        atomicStore((&status[7]), 1097u);
                                        atomicStore((&status[8]), 15u);
                                        atomicStore((&status[9]), 10u);
                                        atomicStore((&status[10]), 795046515u);
                                        atomicStore((&status[11]), 778201452u);
                                        atomicStore((&status[12]), 29554u);
                                    }
                                    return;
                                }
                            }
                            let _e3897 = pending;
                            if (_e3897 == 20u) {
                                pending = 0u;
                            }
                            let _e3903 = pending;
                            switch 0u {
                                default: {
                                    if (_e3903 != 0u) {
                                        break;
                                    }
                                    let _e3907 = local_8;
                                    let _e3909 = local_23;
                                    let _e3914 = local_25;
                                    local_48 = ((_e3907 + (_e3909 * 80u)) + (_e3914 << 1u));
                                    let _e3921 = local_48;
                                    let _e3923 = local_2;
                                    let _e3925 = local_11;
                                    local_11 = (_e3923 + (_e3925 << 1u));
                                    let _e3932 = local_11;
                                    let _e3936 = ((_e3932 + 4294963208u) >> 2u);
                                    let _e3939 = a[_e3936];
                                    let _e3944 = a[(_e3936 + 1u)];
                                    let _e3945 = vec2<u32>(_e3939, _e3944);
                                    let _e3947 = (_e3921 + 4294963208u);
                                    let _e3951 = (_e3947 >> 1u);
                                    ta[_e3951] = f16(unpack2x16float(_e3945.x).x);
                                    ta[(_e3951 + 1u)] = f16(unpack2x16float((_e3945.x >> 16u)).x);
                                    let _e3969 = ((_e3947 + 4u) >> 1u);
                                    ta[_e3969] = f16(unpack2x16float(_e3945.y).x);
                                    ta[(_e3969 + 1u)] = f16(unpack2x16float((_e3945.y >> 16u)).x);
                                    let _e3985 = local_48;
                                    let _e3987 = local_11;
                                    let _e3991 = ((_e3987 + 4294963200u) >> 2u);
                                    let _e3994 = a[_e3991];
                                    let _e3999 = a[(_e3991 + 1u)];
                                    let _e4000 = vec2<u32>(_e3994, _e3999);
                                    let _e4002 = (_e3985 + 4294963200u);
                                    let _e4006 = (_e4002 >> 1u);
                                    ta[_e4006] = f16(unpack2x16float(_e4000.x).x);
                                    ta[(_e4006 + 1u)] = f16(unpack2x16float((_e4000.x >> 16u)).x);
                                    let _e4024 = ((_e4002 + 4u) >> 1u);
                                    ta[_e4024] = f16(unpack2x16float(_e4000.y).x);
                                    ta[(_e4024 + 1u)] = f16(unpack2x16float((_e4000.y >> 16u)).x);
                                    let _e4040 = local_22;
                                    local_22 = (_e4040 >> 4u);
                                    let _e4046 = local_22;
                                    let _e4048 = local_1;
                                    let _e4051 = local_56;
                                    let _e4054 = local_37;
                                    local_23 = (_e4054 & 120u);
                                    let _e4059 = local_23;
                                    local_11 = (((_e4046 * _e4048) + _e4051) | _e4059);
                                    let _e4063 = local_11;
                                    local_21 = (_e4063 + 8u);
                                    let _e4068 = local_11;
                                    let _e4070 = (_e4068 > 4294967287u);
                                    switch 0u {
                                        default: {
                                            if _e4070 {
                                                break;
                                            }
                                            let _e4075 = local_21;
                                            let _e4077 = local_5;
                                            let _e4078 = (_e4075 > _e4077);
                                            switch 0u {
                                                default: {
                                                    if _e4078 {
                                                        break;
                                                    }
                                                    let _e4083 = local_9;
                                                    let _e4085 = local_22;
                                                    let _e4090 = local_23;
                                                    local_49 = ((_e4083 + (_e4085 * 272u)) + (_e4090 << 1u));
                                                    let _e4097 = local_49;
                                                    let _e4099 = local_4;
                                                    let _e4101 = local_11;
                                                    local_11 = (_e4099 + (_e4101 << 1u));
                                                    let _e4108 = local_11;
                                                    let _e4112 = ((_e4108 + 4294963208u) >> 2u);
                                                    let _e4115 = b[_e4112];
                                                    let _e4120 = b[(_e4112 + 1u)];
                                                    let _e4121 = vec2<u32>(_e4115, _e4120);
                                                    let _e4123 = (_e4097 + 4294963208u);
                                                    let _e4127 = (_e4123 >> 1u);
                                                    tb[_e4127] = f16(unpack2x16float(_e4121.x).x);
                                                    tb[(_e4127 + 1u)] = f16(unpack2x16float((_e4121.x >> 16u)).x);
                                                    let _e4145 = ((_e4123 + 4u) >> 1u);
                                                    tb[_e4145] = f16(unpack2x16float(_e4121.y).x);
                                                    tb[(_e4145 + 1u)] = f16(unpack2x16float((_e4121.y >> 16u)).x);
                                                    let _e4161 = local_49;
                                                    let _e4163 = local_11;
                                                    let _e4167 = ((_e4163 + 4294963200u) >> 2u);
                                                    let _e4170 = b[_e4167];
                                                    let _e4175 = b[(_e4167 + 1u)];
                                                    let _e4176 = vec2<u32>(_e4170, _e4175);
                                                    let _e4178 = (_e4161 + 4294963200u);
                                                    let _e4182 = (_e4178 >> 1u);
                                                    tb[_e4182] = f16(unpack2x16float(_e4176.x).x);
                                                    tb[(_e4182 + 1u)] = f16(unpack2x16float((_e4176.x >> 16u)).x);
                                                    let _e4200 = ((_e4178 + 4u) >> 1u);
                                                    tb[_e4200] = f16(unpack2x16float(_e4176.y).x);
                                                    tb[(_e4200 + 1u)] = f16(unpack2x16float((_e4176.y >> 16u)).x);
                                                    let _e4216 = local_36;
                                                    let _e4218 = local_1;
                                                    let _e4224 = local_26;
                                                    local_11 = ((_e4224 << 4u) & 48u);
                                                    let _e4232 = local_11;
                                                    let _e4235 = local_2;
                                                    local_21 = (((((_e4216 * _e4218) << 1u) + _e4232) + _e4235) + 64u);
                                                    let _e4241 = local_34;
                                                    let _e4243 = local_1;
                                                    let _e4249 = local_11;
                                                    let _e4252 = local_2;
                                                    local_23 = (((((_e4241 * _e4243) << 1u) + _e4249) + _e4252) + 64u);
                                                    let _e4258 = local_1;
                                                    let _e4260 = local_30;
                                                    local_11 = (_e4258 * (_e4260 | 32u));
                                                    let _e4266 = local_11;
                                                    let _e4271 = local_12;
                                                    local_36 = (_e4271 << 9u);
                                                    let _e4277 = local_36;
                                                    let _e4280 = local_4;
                                                    local_30 = ((((_e4266 << 1u) + _e4277) + _e4280) + 256u);
                                                    let _e4286 = local_1;
                                                    let _e4288 = local_22;
                                                    local_22 = (_e4286 * (_e4288 | 32u));
                                                    let _e4294 = local_22;
                                                    let _e4299 = local_36;
                                                    let _e4302 = local_4;
                                                    local_37 = ((((_e4294 << 1u) + _e4299) + _e4302) + 256u);
                                                    let _e4308 = local_1;
                                                    local_25 = (_e4308 << 5u);
                                                    let _e4314 = local_1;
                                                    local_34 = (_e4314 << 6u);
                                                    let _e4320 = local_26;
                                                    local_33 = ((_e4320 & 15u) << 4u);
                                                    let _e4328 = local_9;
                                                    let _e4330 = local_50;
                                                    local_43 = (((_e4330 << 5u) & 96u) << 1u);
                                                    let _e4341 = local_43;
                                                    local_45 = (_e4328 + _e4341);
                                                    let _e4345 = local_11;
                                                    let _e4347 = local_32;
                                                    local_26 = (_e4345 + _e4347);
                                                    let _e4351 = local_22;
                                                    let _e4353 = local_32;
                                                    local_36 = (_e4351 + _e4353);
                                                    let _e4357 = local_8;
                                                    let _e4359 = local_50;
                                                    local_44 = (_e4357 + ((_e4359 & 4u) * 1280u));
                                                    let _e4367 = local_44;
                                                    local_46 = (_e4367 + 3840u);
                                                    let _e4372 = local_44;
                                                    local_47 = (_e4372 + 2560u);
                                                    let _e4377 = local_44;
                                                    local_31 = (_e4377 + 1280u);
                                                    local_11 = 0u;
                                                    loop {
                                                        let _e4384 = local_11;
                                                        local_22 = (_e4384 & 1u);
                                                        let _e4389 = local_11;
                                                        local_11 = (_e4389 + 1u);
                                                        let _e4394 = local_11;
                                                        let _e4396 = local_29;
                                                        let _e4397 = (_e4394 >= _e4396);
                                                        switch 0u {
                                                            default: {
                                                                if _e4397 {
                                                                    break;
                                                                }
                                                                let _e4402 = local_41;
                                                                let _e4404 = local_27;
                                                                local_50 = (_e4402 + _e4404);
                                                                let _e4408 = local_50;
                                                                let _e4412 = ((_e4408 + 32u) > 4294967287u);
                                                                switch 0u {
                                                                    default: {
                                                                        if _e4412 {
                                                                            break;
                                                                        }
                                                                        let _e4417 = local_50;
                                                                        let _e4421 = local_3;
                                                                        let _e4422 = ((_e4417 + 40u) <= _e4421);
                                                                        if _e4422 {
                                                                            pending = 30u;
                                                                        }
                                                                    }
                                                                }
                                                                let _e4430 = pending;
                                                                switch 0u {
                                                                    default: {
                                                                        if (_e4430 != 0u) {
                                                                            break;
                                                                        }
                                                                        let _e4434 = local_50;
                                                                        local_11 = (_e4434 + 40u);
                                                                        let _e4439 = local_50;
                                                                        local_22 = (_e4439 + 32u);
                                                                        pending = 29u;
                                                                    }
                                                                }
                                                                let _e4447 = pending;
                                                                if (_e4447 == 30u) {
                                                                    pending = 0u;
                                                                }
                                                                let _e4453 = pending;
                                                                switch 0u {
                                                                    default: {
                                                                        if (_e4453 != 0u) {
                                                                            break;
                                                                        }
                                                                        let _e4457 = local_38;
                                                                        let _e4459 = local_22;
                                                                        local_51 = (_e4459 ^ 1u);
                                                                        let _e4464 = local_51;
                                                                        local_39 = ((_e4464 * 5120u) << 1u);
                                                                        let _e4472 = local_39;
                                                                        local_50 = (_e4457 + _e4472);
                                                                        let _e4476 = local_50;
                                                                        let _e4478 = local_21;
                                                                        let _e4482 = ((_e4478 + 4294963208u) >> 2u);
                                                                        let _e4485 = a[_e4482];
                                                                        let _e4490 = a[(_e4482 + 1u)];
                                                                        let _e4491 = vec2<u32>(_e4485, _e4490);
                                                                        let _e4493 = (_e4476 + 4294963208u);
                                                                        let _e4497 = (_e4493 >> 1u);
                                                                        ta[_e4497] = f16(unpack2x16float(_e4491.x).x);
                                                                        ta[(_e4497 + 1u)] = f16(unpack2x16float((_e4491.x >> 16u)).x);
                                                                        let _e4515 = ((_e4493 + 4u) >> 1u);
                                                                        ta[_e4515] = f16(unpack2x16float(_e4491.y).x);
                                                                        ta[(_e4515 + 1u)] = f16(unpack2x16float((_e4491.y >> 16u)).x);
                                                                        let _e4531 = local_50;
                                                                        let _e4533 = local_21;
                                                                        let _e4537 = ((_e4533 + 4294963200u) >> 2u);
                                                                        let _e4540 = a[_e4537];
                                                                        let _e4545 = a[(_e4537 + 1u)];
                                                                        let _e4546 = vec2<u32>(_e4540, _e4545);
                                                                        let _e4548 = (_e4531 + 4294963200u);
                                                                        let _e4552 = (_e4548 >> 1u);
                                                                        ta[_e4552] = f16(unpack2x16float(_e4546.x).x);
                                                                        ta[(_e4552 + 1u)] = f16(unpack2x16float((_e4546.x >> 16u)).x);
                                                                        let _e4570 = ((_e4548 + 4u) >> 1u);
                                                                        ta[_e4570] = f16(unpack2x16float(_e4546.y).x);
                                                                        ta[(_e4570 + 1u)] = f16(unpack2x16float((_e4546.y >> 16u)).x);
                                                                        let _e4586 = local_42;
                                                                        let _e4588 = local_26;
                                                                        local_50 = (_e4586 + _e4588);
                                                                        let _e4592 = local_50;
                                                                        let _e4596 = ((_e4592 + 128u) > 4294967287u);
                                                                        if _e4596 {
                                                                            pending = 33u;
                                                                        }
                                                                        let _e4603 = pending;
                                                                        switch 0u {
                                                                            default: {
                                                                                if (_e4603 != 0u) {
                                                                                    break;
                                                                                }
                                                                                let _e4607 = local_50;
                                                                                let _e4611 = local_5;
                                                                                let _e4612 = ((_e4607 + 136u) <= _e4611);
                                                                                if _e4612 {
                                                                                    pending = 32u;
                                                                                }
                                                                            }
                                                                        }
                                                                        let _e4620 = pending;
                                                                        if (_e4620 == 33u) {
                                                                            pending = 0u;
                                                                        }
                                                                        let _e4626 = pending;
                                                                        switch 0u {
                                                                            default: {
                                                                                if (_e4626 != 0u) {
                                                                                    break;
                                                                                }
                                                                                let _e4630 = local_50;
                                                                                local_11 = (_e4630 + 136u);
                                                                                let _e4635 = local_50;
                                                                                local_22 = (_e4635 + 128u);
                                                                                pending = 24u;
                                                                                break;
                                                                            }
                                                                        }
                                                                        let _e4643 = pending;
                                                                        if ((_e4643 - 1u) < 25u) {
                                                                            break;
                                                                        }
                                                                        let _e4649 = pending;
                                                                        if (_e4649 == 32u) {
                                                                            pending = 0u;
                                                                        }
                                                                        let _e4655 = local_40;
                                                                        let _e4657 = local_51;
                                                                        local_28 = ((_e4657 * 4352u) << 1u);
                                                                        let _e4665 = local_28;
                                                                        local_50 = (_e4655 + _e4665);
                                                                        let _e4669 = local_50;
                                                                        let _e4671 = local_30;
                                                                        let _e4673 = local_33;
                                                                        local_51 = (_e4671 + _e4673);
                                                                        let _e4677 = local_51;
                                                                        let _e4681 = ((_e4677 + 4294963208u) >> 2u);
                                                                        let _e4684 = b[_e4681];
                                                                        let _e4689 = b[(_e4681 + 1u)];
                                                                        let _e4690 = vec2<u32>(_e4684, _e4689);
                                                                        let _e4692 = (_e4669 + 4294963208u);
                                                                        let _e4696 = (_e4692 >> 1u);
                                                                        tb[_e4696] = f16(unpack2x16float(_e4690.x).x);
                                                                        tb[(_e4696 + 1u)] = f16(unpack2x16float((_e4690.x >> 16u)).x);
                                                                        let _e4714 = ((_e4692 + 4u) >> 1u);
                                                                        tb[_e4714] = f16(unpack2x16float(_e4690.y).x);
                                                                        tb[(_e4714 + 1u)] = f16(unpack2x16float((_e4690.y >> 16u)).x);
                                                                        let _e4730 = local_50;
                                                                        let _e4732 = local_51;
                                                                        let _e4736 = ((_e4732 + 4294963200u) >> 2u);
                                                                        let _e4739 = b[_e4736];
                                                                        let _e4744 = b[(_e4736 + 1u)];
                                                                        let _e4745 = vec2<u32>(_e4739, _e4744);
                                                                        let _e4747 = (_e4730 + 4294963200u);
                                                                        let _e4751 = (_e4747 >> 1u);
                                                                        tb[_e4751] = f16(unpack2x16float(_e4745.x).x);
                                                                        tb[(_e4751 + 1u)] = f16(unpack2x16float((_e4745.x >> 16u)).x);
                                                                        let _e4769 = ((_e4747 + 4u) >> 1u);
                                                                        tb[_e4769] = f16(unpack2x16float(_e4745.y).x);
                                                                        tb[(_e4769 + 1u)] = f16(unpack2x16float((_e4745.y >> 16u)).x);
                                                                        let _e4785 = local_41;
                                                                        let _e4787 = local_35;
                                                                        local_50 = (_e4785 + _e4787);
                                                                        let _e4791 = local_50;
                                                                        let _e4795 = ((_e4791 + 32u) > 4294967287u);
                                                                        if _e4795 {
                                                                            pending = 34u;
                                                                        }
                                                                        let _e4802 = pending;
                                                                        switch 0u {
                                                                            default: {
                                                                                if (_e4802 != 0u) {
                                                                                    break;
                                                                                }
                                                                                let _e4806 = local_50;
                                                                                let _e4810 = local_3;
                                                                                let _e4811 = ((_e4806 + 40u) <= _e4810);
                                                                                if _e4811 {
                                                                                    pending = 28u;
                                                                                }
                                                                            }
                                                                        }
                                                                        let _e4819 = pending;
                                                                        if (_e4819 == 34u) {
                                                                            pending = 0u;
                                                                        }
                                                                    }
                                                                }
                                                                let _e4826 = pending;
                                                                if ((_e4826 - 1u) < 25u) {
                                                                    break;
                                                                }
                                                                let _e4832 = pending;
                                                                switch 0u {
                                                                    default: {
                                                                        if (_e4832 != 0u) {
                                                                            break;
                                                                        }
                                                                        let _e4836 = local_50;
                                                                        local_11 = (_e4836 + 40u);
                                                                        let _e4841 = local_50;
                                                                        local_22 = (_e4841 + 32u);
                                                                    }
                                                                }
                                                                let _e4847 = pending;
                                                                if (_e4847 == 29u) {
                                                                    pending = 0u;
                                                                }
                                                                let _e4853 = pending;
                                                                switch 0u {
                                                                    default: {
                                                                        if (_e4853 != 0u) {
                                                                            break;
                                                                        }
                                                                        let _e4869 = atomicCompareExchangeWeak((&status[0]), 0u, 8u);
                                                                        if _e4869.exchanged {
                                                                            atomicStore((&status[1]), local_id.x);
                                                                            atomicStore((&status[2]), local_id.y);
                                                                            atomicStore((&status[3]), local_id.z);
                                                                            atomicStore((&status[4]), workgroup_id.x);
                                                                            atomicStore((&status[5]), workgroup_id.y);
                                                                            atomicStore((&status[6]), workgroup_id.z);
                                                                            atomicStore((&status[7]), 1334u);
                                                                            atomicStore((&status[8]), 19u);
                                                                            atomicStore((&status[9]), 10u);
                                                                            atomicStore((&status[10]), 795046515u);
                                                                            atomicStore((&status[11]), 778201452u);
                                                                            atomicStore((&status[12]), 29554u);
                                                                        }
                                                                        return;
                                                                    }
                                                                }
                                                                let _e4907 = pending;
                                                                if (_e4907 == 28u) {
                                                                    pending = 0u;
                                                                }
                                                                let _e4913 = local_48;
                                                                let _e4915 = local_39;
                                                                local_50 = (_e4913 + _e4915);
                                                                let _e4919 = local_50;
                                                                let _e4921 = local_23;
                                                                let _e4925 = ((_e4921 + 4294963208u) >> 2u);
                                                                let _e4928 = a[_e4925];
                                                                let _e4933 = a[(_e4925 + 1u)];
                                                                let _e4934 = vec2<u32>(_e4928, _e4933);
                                                                let _e4936 = (_e4919 + 4294963208u);
                                                                let _e4940 = (_e4936 >> 1u);
                                                                ta[_e4940] = f16(unpack2x16float(_e4934.x).x);
                                                                ta[(_e4940 + 1u)] = f16(unpack2x16float((_e4934.x >> 16u)).x);
                                                                let _e4958 = ((_e4936 + 4u) >> 1u);
                                                                ta[_e4958] = f16(unpack2x16float(_e4934.y).x);
                                                                ta[(_e4958 + 1u)] = f16(unpack2x16float((_e4934.y >> 16u)).x);
                                                                let _e4974 = local_50;
                                                                let _e4976 = local_23;
                                                                let _e4980 = ((_e4976 + 4294963200u) >> 2u);
                                                                let _e4983 = a[_e4980];
                                                                let _e4988 = a[(_e4980 + 1u)];
                                                                let _e4989 = vec2<u32>(_e4983, _e4988);
                                                                let _e4991 = (_e4974 + 4294963200u);
                                                                let _e4995 = (_e4991 >> 1u);
                                                                ta[_e4995] = f16(unpack2x16float(_e4989.x).x);
                                                                ta[(_e4995 + 1u)] = f16(unpack2x16float((_e4989.x >> 16u)).x);
                                                                let _e5013 = ((_e4991 + 4u) >> 1u);
                                                                ta[_e5013] = f16(unpack2x16float(_e4989.y).x);
                                                                ta[(_e5013 + 1u)] = f16(unpack2x16float((_e4989.y >> 16u)).x);
                                                                let _e5029 = local_42;
                                                                let _e5031 = local_36;
                                                                local_50 = (_e5029 + _e5031);
                                                                let _e5035 = local_50;
                                                                let _e5039 = ((_e5035 + 128u) > 4294967287u);
                                                                if _e5039 {
                                                                    pending = 25u;
                                                                    break;
                                                                }
                                                                let _e5046 = local_50;
                                                                let _e5050 = local_5;
                                                                let _e5051 = ((_e5046 + 136u) > _e5050);
                                                                if _e5051 {
                                                                    pending = 25u;
                                                                    break;
                                                                }
                                                                let _e5058 = local_49;
                                                                let _e5060 = local_28;
                                                                local_50 = (_e5058 + _e5060);
                                                                let _e5064 = local_50;
                                                                let _e5066 = local_37;
                                                                let _e5068 = local_33;
                                                                local_51 = (_e5066 + _e5068);
                                                                let _e5072 = local_51;
                                                                let _e5076 = ((_e5072 + 4294963208u) >> 2u);
                                                                let _e5079 = b[_e5076];
                                                                let _e5084 = b[(_e5076 + 1u)];
                                                                let _e5085 = vec2<u32>(_e5079, _e5084);
                                                                let _e5087 = (_e5064 + 4294963208u);
                                                                let _e5091 = (_e5087 >> 1u);
                                                                tb[_e5091] = f16(unpack2x16float(_e5085.x).x);
                                                                tb[(_e5091 + 1u)] = f16(unpack2x16float((_e5085.x >> 16u)).x);
                                                                let _e5109 = ((_e5087 + 4u) >> 1u);
                                                                tb[_e5109] = f16(unpack2x16float(_e5085.y).x);
                                                                tb[(_e5109 + 1u)] = f16(unpack2x16float((_e5085.y >> 16u)).x);
                                                                let _e5125 = local_50;
                                                                let _e5127 = local_51;
                                                                let _e5131 = ((_e5127 + 4294963200u) >> 2u);
                                                                let _e5134 = b[_e5131];
                                                                let _e5139 = b[(_e5131 + 1u)];
                                                                let _e5140 = vec2<u32>(_e5134, _e5139);
                                                                let _e5142 = (_e5125 + 4294963200u);
                                                                let _e5146 = (_e5142 >> 1u);
                                                                tb[_e5146] = f16(unpack2x16float(_e5140.x).x);
                                                                tb[(_e5146 + 1u)] = f16(unpack2x16float((_e5140.x >> 16u)).x);
                                                                let _e5164 = ((_e5142 + 4u) >> 1u);
                                                                tb[_e5164] = f16(unpack2x16float(_e5140.y).x);
                                                                tb[(_e5164 + 1u)] = f16(unpack2x16float((_e5140.y >> 16u)).x);
                                                            }
                                                        }
                                                        let _e5181 = pending;
                                                        if ((_e5181 - 1u) < 25u) {
                                                            break;
                                                        }
                                                        let _e5187 = local_27;
                                                        local_27 = (_e5187 + 32u);
                                                        let _e5192 = local_21;
                                                        local_21 = (_e5192 + 64u);
                                                        let _e5197 = local_35;
                                                        local_35 = (_e5197 + 32u);
                                                        let _e5202 = local_23;
                                                        local_23 = (_e5202 + 64u);
                                                        let _e5207 = local_26;
                                                        let _e5209 = local_25;
                                                        local_26 = (_e5207 + _e5209);
                                                        let _e5213 = local_30;
                                                        let _e5215 = local_34;
                                                        local_30 = (_e5213 + _e5215);
                                                        let _e5219 = local_36;
                                                        let _e5221 = local_25;
                                                        local_36 = (_e5219 + _e5221);
                                                        let _e5225 = local_37;
                                                        let _e5227 = local_34;
                                                        local_37 = (_e5225 + _e5227);
                                                        workgroupBarrier();
                                                        let _e5231 = local_45;
                                                        let _e5233 = local_22;
                                                        local_50 = (_e5233 * 8704u);
                                                        let _e5238 = local_50;
                                                        local_51 = (_e5231 + _e5238);
                                                        let _e5242 = local_51;
                                                        local_65 = coopLoadT<coop_mat16x16<f16,B>>((&tb[((_e5242 + 4294963200u) >> 1u)]), (272u >> 1u));
                                                        let _e5255 = local_51;
                                                        local_66 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e5255 + 32u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                                        let _e5270 = local_57;
                                                        let _e5272 = local_44;
                                                        let _e5274 = local_22;
                                                        local_22 = (_e5274 * 10240u);
                                                        let _e5279 = local_22;
                                                        local_51 = (_e5272 + _e5279);
                                                        let _e5283 = local_51;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[((_e5283 + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5296 = local_67;
                                                        let _e5298 = local_65;
                                                        local_57 = coopMultiplyAdd(_e5296, _e5298, _e5270);
                                                        let _e5302 = local_58;
                                                        let _e5304 = local_67;
                                                        let _e5306 = local_66;
                                                        local_58 = coopMultiplyAdd(_e5304, _e5306, _e5302);
                                                        let _e5310 = local_59;
                                                        let _e5312 = local_31;
                                                        let _e5314 = local_22;
                                                        local_39 = (_e5312 + _e5314);
                                                        let _e5318 = local_39;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[((_e5318 + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5331 = local_67;
                                                        let _e5333 = local_65;
                                                        local_59 = coopMultiplyAdd(_e5331, _e5333, _e5310);
                                                        let _e5337 = local_60;
                                                        let _e5339 = local_67;
                                                        let _e5341 = local_66;
                                                        local_60 = coopMultiplyAdd(_e5339, _e5341, _e5337);
                                                        let _e5345 = local_61;
                                                        let _e5347 = local_47;
                                                        let _e5349 = local_22;
                                                        local_28 = (_e5347 + _e5349);
                                                        let _e5353 = local_28;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[((_e5353 + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5366 = local_67;
                                                        let _e5368 = local_65;
                                                        local_61 = coopMultiplyAdd(_e5366, _e5368, _e5345);
                                                        let _e5372 = local_62;
                                                        let _e5374 = local_67;
                                                        let _e5376 = local_66;
                                                        local_62 = coopMultiplyAdd(_e5374, _e5376, _e5372);
                                                        let _e5380 = local_63;
                                                        let _e5382 = local_46;
                                                        let _e5384 = local_22;
                                                        local_22 = (_e5382 + _e5384);
                                                        let _e5388 = local_22;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[((_e5388 + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5401 = local_67;
                                                        let _e5403 = local_65;
                                                        local_63 = coopMultiplyAdd(_e5401, _e5403, _e5380);
                                                        let _e5407 = local_64;
                                                        let _e5409 = local_67;
                                                        let _e5411 = local_66;
                                                        local_64 = coopMultiplyAdd(_e5409, _e5411, _e5407);
                                                        let _e5415 = local_9;
                                                        let _e5417 = local_50;
                                                        let _e5420 = local_43;
                                                        local_50 = ((_e5415 + _e5417) + _e5420);
                                                        let _e5424 = local_50;
                                                        local_65 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e5424 + 4352u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                                        let _e5439 = local_50;
                                                        local_66 = coopLoadT<coop_mat16x16<f16,B>>((&tb[(((_e5439 + 4384u) + 4294963200u) >> 1u)]), (272u >> 1u));
                                                        let _e5454 = local_57;
                                                        let _e5456 = local_51;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5456 + 32u) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5471 = local_67;
                                                        let _e5473 = local_65;
                                                        local_57 = coopMultiplyAdd(_e5471, _e5473, _e5454);
                                                        let _e5477 = local_58;
                                                        let _e5479 = local_67;
                                                        let _e5481 = local_66;
                                                        local_58 = coopMultiplyAdd(_e5479, _e5481, _e5477);
                                                        let _e5485 = local_59;
                                                        let _e5487 = local_39;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5487 + 32u) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5502 = local_67;
                                                        let _e5504 = local_65;
                                                        local_59 = coopMultiplyAdd(_e5502, _e5504, _e5485);
                                                        let _e5508 = local_60;
                                                        let _e5510 = local_67;
                                                        let _e5512 = local_66;
                                                        local_60 = coopMultiplyAdd(_e5510, _e5512, _e5508);
                                                        let _e5516 = local_61;
                                                        let _e5518 = local_28;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5518 + 32u) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5533 = local_67;
                                                        let _e5535 = local_65;
                                                        local_61 = coopMultiplyAdd(_e5533, _e5535, _e5516);
                                                        let _e5539 = local_62;
                                                        let _e5541 = local_67;
                                                        let _e5543 = local_66;
                                                        local_62 = coopMultiplyAdd(_e5541, _e5543, _e5539);
                                                        let _e5547 = local_63;
                                                        let _e5549 = local_22;
                                                        local_67 = coopLoadT<coop_mat16x16<f16,A>>((&ta[(((_e5549 + 32u) + 4294963200u) >> 1u)]), (80u >> 1u));
                                                        let _e5564 = local_67;
                                                        let _e5566 = local_65;
                                                        local_63 = coopMultiplyAdd(_e5564, _e5566, _e5547);
                                                        let _e5570 = local_64;
                                                        let _e5572 = local_67;
                                                        let _e5574 = local_66;
                                                        local_64 = coopMultiplyAdd(_e5572, _e5574, _e5570);
                                                        workgroupBarrier();
                                                        let _e5578 = local_29;
                                                        let _e5580 = local_11;
                                                        let _e5581 = (_e5578 != _e5580);
                                                        if _e5581 {
                                                            continue;
                                                        }
                                                        break;
                                                    }
                                                    let _e5586 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e5586 != 0u) {
                                                                break;
                                                            }
                                                            let _e5590 = local;
                                                            local_22 = subgroup_id;
                                                            let _e5593 = local_22;
                                                            let _e5600 = local_24;
                                                            local_11 = (((_e5593 << 4u) & 64u) | _e5600);
                                                            let _e5604 = local_11;
                                                            let _e5606 = local_1;
                                                            let _e5609 = local_22;
                                                            let _e5616 = local_56;
                                                            local_22 = (((_e5609 << 5u) & 96u) | _e5616);
                                                            let _e5620 = local_22;
                                                            local_29 = ((_e5604 * _e5606) + _e5620);
                                                            let _e5624 = local_29;
                                                            let _e5626 = local_54;
                                                            local_21 = (_e5624 + _e5626);
                                                            let _e5630 = local_21;
                                                            stack[((_e5590 + 4293918764u) >> 2u)] = _e5630;
                                                            let _e5638 = local;
                                                            let _e5640 = local_7;
                                                            stack[((_e5638 + 4293918760u) >> 2u)] = _e5640;
                                                            let _e5648 = local_21;
                                                            let _e5650 = local_7;
                                                            let _e5651 = (_e5648 > _e5650);
                                                            switch 0u {
                                                                default: {
                                                                    if _e5651 {
                                                                        break;
                                                                    }
                                                                    let _e5656 = local_57;
                                                                    let _e5658 = local_6;
                                                                    let _e5660 = local_29;
                                                                    let _e5666 = local_55;
                                                                    coopStoreT(_e5656, (&c[(((_e5658 + (_e5660 << 2u)) + 4294963200u) >> 2u)]), (_e5666 >> 2u));
                                                                    let _e5676 = local;
                                                                    let _e5678 = local_29;
                                                                    local_21 = (_e5678 | 16u);
                                                                    let _e5683 = local_21;
                                                                    let _e5685 = local_54;
                                                                    local_29 = (_e5683 + _e5685);
                                                                    let _e5689 = local_29;
                                                                    stack[((_e5676 + 4293918764u) >> 2u)] = _e5689;
                                                                    let _e5697 = local;
                                                                    let _e5699 = local_7;
                                                                    stack[((_e5697 + 4293918760u) >> 2u)] = _e5699;
                                                                    let _e5707 = local_29;
                                                                    let _e5709 = local_7;
                                                                    let _e5710 = (_e5707 > _e5709);
                                                                    if _e5710 {
                                                                        pending = 35u;
                                                                    }
                                                                    let _e5717 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5717 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5721 = local_58;
                                                                            let _e5723 = local_6;
                                                                            let _e5725 = local_21;
                                                                            let _e5731 = local_55;
                                                                            coopStoreT(_e5721, (&c[(((_e5723 + (_e5725 << 2u)) + 4294963200u) >> 2u)]), (_e5731 >> 2u));
                                                                            let _e5741 = local;
                                                                            let _e5743 = local_11;
                                                                            let _e5747 = local_1;
                                                                            let _e5750 = local_22;
                                                                            local_29 = (((_e5743 | 16u) * _e5747) + _e5750);
                                                                            let _e5754 = local_29;
                                                                            let _e5756 = local_54;
                                                                            local_21 = (_e5754 + _e5756);
                                                                            let _e5760 = local_21;
                                                                            stack[((_e5741 + 4293918764u) >> 2u)] = _e5760;
                                                                            let _e5768 = local;
                                                                            let _e5770 = local_7;
                                                                            stack[((_e5768 + 4293918760u) >> 2u)] = _e5770;
                                                                            let _e5778 = local_21;
                                                                            let _e5780 = local_7;
                                                                            let _e5781 = (_e5778 > _e5780);
                                                                            if _e5781 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e5789 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5789 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5793 = local_59;
                                                                            let _e5795 = local_6;
                                                                            let _e5797 = local_29;
                                                                            let _e5803 = local_55;
                                                                            coopStoreT(_e5793, (&c[(((_e5795 + (_e5797 << 2u)) + 4294963200u) >> 2u)]), (_e5803 >> 2u));
                                                                            let _e5813 = local;
                                                                            let _e5815 = local_29;
                                                                            local_21 = (_e5815 | 16u);
                                                                            let _e5820 = local_21;
                                                                            let _e5822 = local_54;
                                                                            local_29 = (_e5820 + _e5822);
                                                                            let _e5826 = local_29;
                                                                            stack[((_e5813 + 4293918764u) >> 2u)] = _e5826;
                                                                            let _e5834 = local;
                                                                            let _e5836 = local_7;
                                                                            stack[((_e5834 + 4293918760u) >> 2u)] = _e5836;
                                                                            let _e5844 = local_29;
                                                                            let _e5846 = local_7;
                                                                            let _e5847 = (_e5844 > _e5846);
                                                                            if _e5847 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e5855 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5855 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5859 = local_60;
                                                                            let _e5861 = local_6;
                                                                            let _e5863 = local_21;
                                                                            let _e5869 = local_55;
                                                                            coopStoreT(_e5859, (&c[(((_e5861 + (_e5863 << 2u)) + 4294963200u) >> 2u)]), (_e5869 >> 2u));
                                                                            let _e5879 = local;
                                                                            let _e5881 = local_11;
                                                                            let _e5885 = local_1;
                                                                            let _e5888 = local_22;
                                                                            local_29 = (((_e5881 | 32u) * _e5885) + _e5888);
                                                                            let _e5892 = local_29;
                                                                            let _e5894 = local_54;
                                                                            local_21 = (_e5892 + _e5894);
                                                                            let _e5898 = local_21;
                                                                            stack[((_e5879 + 4293918764u) >> 2u)] = _e5898;
                                                                            let _e5906 = local;
                                                                            let _e5908 = local_7;
                                                                            stack[((_e5906 + 4293918760u) >> 2u)] = _e5908;
                                                                            let _e5916 = local_21;
                                                                            let _e5918 = local_7;
                                                                            let _e5919 = (_e5916 > _e5918);
                                                                            if _e5919 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e5927 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5927 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5931 = local_61;
                                                                            let _e5933 = local_6;
                                                                            let _e5935 = local_29;
                                                                            let _e5941 = local_55;
                                                                            coopStoreT(_e5931, (&c[(((_e5933 + (_e5935 << 2u)) + 4294963200u) >> 2u)]), (_e5941 >> 2u));
                                                                            let _e5951 = local;
                                                                            let _e5953 = local_29;
                                                                            local_21 = (_e5953 | 16u);
                                                                            let _e5958 = local_21;
                                                                            let _e5960 = local_54;
                                                                            local_29 = (_e5958 + _e5960);
                                                                            let _e5964 = local_29;
                                                                            stack[((_e5951 + 4293918764u) >> 2u)] = _e5964;
                                                                            let _e5972 = local;
                                                                            let _e5974 = local_7;
                                                                            stack[((_e5972 + 4293918760u) >> 2u)] = _e5974;
                                                                            let _e5982 = local_29;
                                                                            let _e5984 = local_7;
                                                                            let _e5985 = (_e5982 > _e5984);
                                                                            if _e5985 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e5993 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e5993 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e5997 = local_62;
                                                                            let _e5999 = local_6;
                                                                            let _e6001 = local_21;
                                                                            let _e6007 = local_55;
                                                                            coopStoreT(_e5997, (&c[(((_e5999 + (_e6001 << 2u)) + 4294963200u) >> 2u)]), (_e6007 >> 2u));
                                                                            let _e6017 = local;
                                                                            let _e6019 = local_11;
                                                                            let _e6023 = local_1;
                                                                            let _e6026 = local_22;
                                                                            local_11 = (((_e6019 | 48u) * _e6023) + _e6026);
                                                                            let _e6030 = local_11;
                                                                            let _e6032 = local_54;
                                                                            local_22 = (_e6030 + _e6032);
                                                                            let _e6036 = local_22;
                                                                            stack[((_e6017 + 4293918764u) >> 2u)] = _e6036;
                                                                            let _e6044 = local;
                                                                            let _e6046 = local_7;
                                                                            stack[((_e6044 + 4293918760u) >> 2u)] = _e6046;
                                                                            let _e6054 = local_22;
                                                                            let _e6056 = local_7;
                                                                            let _e6057 = (_e6054 > _e6056);
                                                                            if _e6057 {
                                                                                pending = 35u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e6065 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e6065 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e6069 = local_63;
                                                                            let _e6071 = local_6;
                                                                            let _e6073 = local_11;
                                                                            let _e6079 = local_55;
                                                                            coopStoreT(_e6069, (&c[(((_e6071 + (_e6073 << 2u)) + 4294963200u) >> 2u)]), (_e6079 >> 2u));
                                                                            let _e6089 = local;
                                                                            let _e6091 = local_11;
                                                                            local_22 = (_e6091 | 16u);
                                                                            let _e6096 = local_22;
                                                                            let _e6098 = local_54;
                                                                            local_11 = (_e6096 + _e6098);
                                                                            let _e6102 = local_11;
                                                                            stack[((_e6089 + 4293918764u) >> 2u)] = _e6102;
                                                                            let _e6110 = local;
                                                                            let _e6112 = local_7;
                                                                            stack[((_e6110 + 4293918760u) >> 2u)] = _e6112;
                                                                            let _e6120 = local_11;
                                                                            let _e6122 = local_7;
                                                                            let _e6123 = (_e6120 <= _e6122);
                                                                            if _e6123 {
                                                                                pending = 23u;
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            let _e6132 = pending;
                                                            if (_e6132 == 35u) {
                                                                pending = 0u;
                                                            }
                                                        }
                                                    }
                                                    let _e6139 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e6139 != 0u) {
                                                                break;
                                                            }
                                                            let _e6143 = local;
                                                            let _e6146 = vec2<u32>(1u, 0u);
                                                            let _e6149 = vec2<u32>(32u, 0u);
                                                            let _e6155 = (_e6149.x & 31u);
                                                            let _e6159 = ((_e6149.x & 32u) != 0u);
                                                            let _e6160 = (_e6146.x << _e6155);
                                                            local_10 = vec2<u32>(select(_e6160, 0u, _e6159), select(((_e6146.y << _e6155) | ((_e6146.x >> 1u) >> (31u - _e6155))), _e6160, _e6159));
                                                            let _e6174 = local_10;
                                                            let _e6176 = local;
                                                            let _e6181 = (_e6174 | vec2<u32>((_e6176 + 12u), 0u));
                                                            let _e6185 = ((_e6143 + 4293918776u) >> 2u);
                                                            stack[_e6185] = _e6181.x;
                                                            stack[(_e6185 + 1u)] = _e6181.y;
                                                            let _e6195 = local;
                                                            let _e6197 = local_10;
                                                            let _e6199 = local;
                                                            let _e6204 = (_e6197 | vec2<u32>((_e6199 + 8u), 0u));
                                                            let _e6208 = ((_e6195 + 4293918768u) >> 2u);
                                                            stack[_e6208] = _e6204.x;
                                                            stack[(_e6208 + 1u)] = _e6204.y;
                                                            let _e6219 = local;
                                                            let _e6229 = atomicCompareExchangeWeak((&status[0]), 0u, 9u);
                                                            if _e6229.exchanged {
                                                                atomicStore((&status[1]), local_id.x);
                                                                atomicStore((&status[2]), local_id.y);
                                                                atomicStore((&status[3]), local_id.z);
                                                                atomicStore((&status[4]), workgroup_id.x);
                                                                atomicStore((&status[5]), workgroup_id.y);
                                                                atomicStore((&status[6]), workgroup_id.z);
                                                                atomicStore((&status[7]), 1097u);
                                                                atomicStore((&status[8]), 15u);
                                                                atomicStore((&status[9]), 10u);
                                                                atomicStore((&status[10]), 795046515u);
                                                                atomicStore((&status[11]), 778201452u);
                                                                atomicStore((&status[12]), 29554u);
                                                            }
                                                            return;
                                                        }
                                                    }
                                                    let _e6267 = pending;
                                                    if (_e6267 == 25u) {
                                                        pending = 0u;
                                                    }
                                                    let _e6273 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e6273 != 0u) {
                                                                break;
                                                            }
                                                            let _e6277 = local_50;
                                                            local_11 = (_e6277 + 136u);
                                                            let _e6282 = local_50;
                                                            local_22 = (_e6282 + 128u);
                                                        }
                                                    }
                                                    let _e6288 = pending;
                                                    if (_e6288 == 24u) {
                                                        pending = 0u;
                                                    }
                                                    let _e6294 = pending;
                                                    switch 0u {
                                                        default: {
                                                            if (_e6294 != 0u) {
                                                                break;
                                                            }
                                                            let _e6310 = atomicCompareExchangeWeak((&status[0]), 0u, 10u);
                                                            if _e6310.exchanged {
                                                                atomicStore((&status[1]), local_id.x);
                                                                atomicStore((&status[2]), local_id.y);
                                                                atomicStore((&status[3]), local_id.z);
                                                                atomicStore((&status[4]), workgroup_id.x);
                                                                atomicStore((&status[5]), workgroup_id.y);
                                                                atomicStore((&status[6]), workgroup_id.z);
                                                                atomicStore((&status[7]), 1334u);
                                                                atomicStore((&status[8]), 19u);
                                                                atomicStore((&status[9]), 10u);
                                                                atomicStore((&status[10]), 795046515u);
                                                                atomicStore((&status[11]), 778201452u);
                                                                atomicStore((&status[12]), 29554u);
                                                            }
                                                            return;
                                                        }
                                                    }
                                                    let _e6348 = pending;
                                                    if (_e6348 == 23u) {
                                                        pending = 0u;
                                                    }
                                                    let _e6354 = local_64;
                                                    let _e6356 = local_6;
                                                    let _e6358 = local_22;
                                                    let _e6364 = local_55;
                                                    coopStoreT(_e6354, (&c[(((_e6356 + (_e6358 << 2u)) + 4294963200u) >> 2u)]), (_e6364 >> 2u));
                                                    let _e6374 = local;
                                                    stack_pointer = (_e6374 + 32u);
                                                    return;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            let _e6382 = pending;
                            if (_e6382 == 19u) {
                                pending = 0u;
                            }
                            let _e6400 = atomicCompareExchangeWeak((&status[0]), 0u, 11u);
                            if _e6400.exchanged {
                                atomicStore((&status[1]), local_id.x);
                                atomicStore((&status[2]), local_id.y);
                                atomicStore((&status[3]), local_id.z);
                                atomicStore((&status[4]), workgroup_id.x);
                                atomicStore((&status[5]), workgroup_id.y);
                                atomicStore((&status[6]), workgroup_id.z);
                                atomicStore((&status[7]), 1334u);
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
    let _e6440 = pending;
    if (_e6440 == 2u) {
        pending = 0u;
    }
    let _e6458 = atomicCompareExchangeWeak((&status[0]), 0u, 12u);
    if _e6458.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 1334u);
        atomicStore((&status[8]), 19u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
