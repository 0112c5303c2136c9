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
    var local_20: f32;
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
    var local_66: f32;
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
    local_20 = 0f;
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
    local_66 = 0f;
    let _e140 = params[0];
    local = _e140;
    local_1 = 4096u;
    let _e148 = params[2];
    local_2 = _e148;
    local_3 = 4096u;
    let _e156 = params[4];
    local_4 = _e156;
    local_5 = 4096u;
    let _e164 = params[6];
    local_6 = _e164;
    local_7 = 4096u;
    local_8 = 4096u;
    local_9 = local_id.x;
    local_10 = local_id.y;
    local_11 = workgroup_id.x;
    local_12 = 16u;
    local_13 = local_id.x;
    local_14 = workgroup_id.y;
    local_15 = 16u;
    local_16 = local_id.y;
    let _e205 = local_13;
    let _e207 = local_12;
    let _e209 = local_11;
    local_17 = (_e207 * _e209);
    let _e213 = local_17;
    local_18 = (_e205 + _e213);
    let _e217 = local_16;
    let _e219 = local_15;
    let _e221 = local_14;
    local_19 = (_e217 + (_e219 * _e221));
    loop {
        loop {
            loop {
                let _e226 = local;
                if (_e226 != 0u) {
                    break;
                }
                local_20 = 0f;
                pending = 3u;
                break;
                break;
            }
            let _e235 = pending;
            if (_e235 == 3u) {
                pending = 0u;
                break;
            }
            let _e243 = local_19;
            let _e245 = local;
            local_21 = (_e243 * _e245);
            loop {
                loop {
                    loop {
                        loop {
                            loop {
                                loop {
                                    let _e249 = local_10;
                                    local_22 = (_e249 << (4u & 31u));
                                    let _e256 = local_22;
                                    let _e258 = local_9;
                                    local_12 = (_e256 + _e258);
                                    let _e262 = local_12;
                                    if (select(0u, 1u, (_e262 > 255u)) != 0u) {
                                        break;
                                    }
                                    let _e271 = local;
                                    let _e277 = local;
                                    local_11 = ((_e271 >> (4u & 31u)) + select(0u, 1u, ((_e277 & 15u) != 0u)));
                                    let _e288 = local_8;
                                    let _e290 = local_12;
                                    local_12 = (_e290 << (2u & 31u));
                                    let _e297 = local_12;
                                    local_14 = (_e288 + _e297);
                                    let _e301 = local_7;
                                    let _e303 = local_12;
                                    local_12 = (_e301 + _e303);
                                    let _e307 = local_9;
                                    local_23 = (_e307 + 16u);
                                    let _e312 = local_23;
                                    let _e314 = local_9;
                                    local_24 = (_e312 | _e314);
                                    let _e318 = local_24;
                                    let _e320 = local_9;
                                    local_25 = (_e320 + 32u);
                                    let _e325 = local_25;
                                    local_26 = (_e318 | _e325);
                                    let _e329 = local_26;
                                    let _e331 = local_9;
                                    local_27 = (_e331 + 48u);
                                    let _e336 = local_27;
                                    local_28 = (_e329 | _e336);
                                    let _e340 = local_28;
                                    let _e342 = local_9;
                                    local_29 = (_e342 + 64u);
                                    let _e347 = local_29;
                                    local_30 = (_e340 | _e347);
                                    let _e351 = local_30;
                                    let _e353 = local_9;
                                    local_31 = (_e353 + 80u);
                                    let _e358 = local_31;
                                    local_32 = (_e351 | _e358);
                                    let _e362 = local_32;
                                    let _e364 = local_9;
                                    local_33 = (_e364 + 96u);
                                    let _e369 = local_33;
                                    local_34 = (_e362 | _e369);
                                    let _e373 = local_34;
                                    let _e375 = local_9;
                                    local_35 = (_e375 + 112u);
                                    let _e380 = local_35;
                                    local_36 = (_e373 | _e380);
                                    let _e384 = local_36;
                                    let _e386 = local_9;
                                    local_37 = (_e386 + 128u);
                                    let _e391 = local_37;
                                    local_38 = (_e384 | _e391);
                                    let _e395 = local_38;
                                    let _e397 = local_9;
                                    local_39 = (_e397 + 144u);
                                    let _e402 = local_39;
                                    local_40 = (_e395 | _e402);
                                    let _e406 = local_40;
                                    let _e408 = local_9;
                                    local_41 = (_e408 + 160u);
                                    let _e413 = local_41;
                                    local_42 = (_e406 | _e413);
                                    let _e417 = local_42;
                                    let _e419 = local_9;
                                    local_43 = (_e419 + 176u);
                                    let _e424 = local_43;
                                    local_44 = (_e417 | _e424);
                                    let _e428 = local_44;
                                    let _e430 = local_9;
                                    local_45 = (_e430 + 192u);
                                    let _e435 = local_45;
                                    local_46 = (_e428 | _e435);
                                    let _e439 = local_46;
                                    let _e441 = local_9;
                                    local_47 = (_e441 + 208u);
                                    let _e446 = local_47;
                                    local_48 = (_e439 | _e446);
                                    let _e450 = local_48;
                                    let _e452 = local_9;
                                    local_49 = (_e452 + 224u);
                                    let _e457 = local_49;
                                    local_50 = (_e450 | _e457);
                                    let _e461 = local_8;
                                    let _e463 = local_9;
                                    local_15 = (_e461 + (_e463 << (2u & 31u)));
                                    let _e471 = local_7;
                                    let _e473 = local_22;
                                    local_7 = (_e471 + (_e473 << (2u & 31u)));
                                    let _e481 = local_8;
                                    let _e483 = local_9;
                                    local_51 = (_e483 + 240u);
                                    let _e488 = local_51;
                                    local_16 = (_e481 + (_e488 << (2u & 31u)));
                                    let _e496 = local_8;
                                    let _e498 = local_49;
                                    local_52 = (_e496 + (_e498 << (2u & 31u)));
                                    let _e506 = local_8;
                                    let _e508 = local_47;
                                    local_53 = (_e506 + (_e508 << (2u & 31u)));
                                    let _e516 = local_8;
                                    let _e518 = local_45;
                                    local_54 = (_e516 + (_e518 << (2u & 31u)));
                                    let _e526 = local_8;
                                    let _e528 = local_43;
                                    local_55 = (_e526 + (_e528 << (2u & 31u)));
                                    let _e536 = local_8;
                                    let _e538 = local_41;
                                    local_56 = (_e536 + (_e538 << (2u & 31u)));
                                    let _e546 = local_8;
                                    let _e548 = local_39;
                                    local_57 = (_e546 + (_e548 << (2u & 31u)));
                                    let _e556 = local_8;
                                    let _e558 = local_37;
                                    local_58 = (_e556 + (_e558 << (2u & 31u)));
                                    let _e566 = local_8;
                                    let _e568 = local_35;
                                    local_59 = (_e566 + (_e568 << (2u & 31u)));
                                    let _e576 = local_8;
                                    let _e578 = local_33;
                                    local_60 = (_e576 + (_e578 << (2u & 31u)));
                                    let _e586 = local_8;
                                    let _e588 = local_31;
                                    local_61 = (_e586 + (_e588 << (2u & 31u)));
                                    let _e596 = local_8;
                                    let _e598 = local_29;
                                    local_62 = (_e596 + (_e598 << (2u & 31u)));
                                    let _e606 = local_8;
                                    let _e608 = local_27;
                                    local_63 = (_e606 + (_e608 << (2u & 31u)));
                                    let _e616 = local_8;
                                    let _e618 = local_25;
                                    local_64 = (_e616 + (_e618 << (2u & 31u)));
                                    let _e626 = local_8;
                                    let _e628 = local_23;
                                    local_65 = (_e626 + (_e628 << (2u & 31u)));
                                    loop {
                                        let _e636 = local_18;
                                        let _e638 = local;
                                        if (select(0u, 1u, (_e636 < _e638)) != 0u) {
                                            break;
                                        }
                                        loop {
                                            loop {
                                                let _e646 = local_19;
                                                let _e648 = local;
                                                if (select(0u, 1u, (_e646 >= _e648)) != 0u) {
                                                    break;
                                                }
                                                loop {
                                                    let _e656 = local_22;
                                                    if (select(0u, 1u, (_e656 < 256u)) != 0u) {
                                                        break;
                                                    }
                                                    local_20 = 0f;
                                                    local_66 = 0f;
                                                    loop {
                                                        let _e669 = local_9;
                                                        let _e671 = local;
                                                        if (select(0u, 1u, (_e669 >= _e671)) != 0u) {
                                                            break;
                                                        }
                                                        let _e679 = local_21;
                                                        let _e681 = local_9;
                                                        local_13 = (_e679 + _e681);
                                                        let _e685 = local_13;
                                                        let _e687 = local_2;
                                                        if (select(0u, 1u, (_e685 >= _e687)) != 0u) {
                                                            pending = 9u;
                                                            break;
                                                        }
                                                        let _e697 = local_1;
                                                        let _e699 = local_13;
                                                        let _e711 = a[(((_e697 + (_e699 << (2u & 31u))) + 4294963200u) >> 2u)];
                                                        local_66 = bitcast<f32>(bitcast<u32>(_e711));
                                                        break;
                                                    }
                                                    let _e716 = pending;
                                                    if (_e716 == 14u) {
                                                        pending = 0u;
                                                        break;
                                                    } else {
                                                        if (_e716 != 0u) {
                                                            break;
                                                        }
                                                    }
                                                    let _e724 = local_12;
                                                    let _e726 = local_66;
                                                    ta[((_e724 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e726));
                                                    pending = 2u;
                                                    break;
                                                    break;
                                                }
                                                let _e738 = pending;
                                                if (_e738 == 13u) {
                                                    pending = 0u;
                                                    break;
                                                } else {
                                                    if (_e738 != 0u) {
                                                        break;
                                                    }
                                                }
                                                let _e746 = local_50;
                                                let _e748 = local_51;
                                                if (select(0u, 1u, ((_e746 | _e748) > 255u)) != 0u) {
                                                    pending = 12u;
                                                    break;
                                                }
                                                let _e760 = local_1;
                                                let _e762 = local_9;
                                                let _e764 = local_21;
                                                local_10 = (_e760 + ((_e762 + _e764) << (2u & 31u)));
                                                local_20 = 0f;
                                                loop {
                                                    local_66 = 0f;
                                                    loop {
                                                        let _e777 = local_9;
                                                        let _e779 = local;
                                                        if (select(0u, 1u, (_e777 >= _e779)) != 0u) {
                                                            break;
                                                        }
                                                        let _e787 = local_21;
                                                        let _e789 = local_9;
                                                        local_13 = (_e787 + _e789);
                                                        let _e793 = local_13;
                                                        let _e795 = local_2;
                                                        if (select(0u, 1u, (_e793 >= _e795)) != 0u) {
                                                            pending = 9u;
                                                            break;
                                                        }
                                                        let _e805 = local_10;
                                                        let _e812 = a[((_e805 + 4294963200u) >> 2u)];
                                                        local_66 = bitcast<f32>(bitcast<u32>(_e812));
                                                        break;
                                                    }
                                                    let _e817 = pending;
                                                    if (_e817 == 16u) {
                                                        pending = 0u;
                                                        continue;
                                                    } else {
                                                        if (_e817 != 0u) {
                                                            break;
                                                        }
                                                    }
                                                    let _e825 = local_14;
                                                    tb[((_e825 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                    let _e835 = local_12;
                                                    let _e837 = local_66;
                                                    ta[((_e835 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e837));
                                                    storageBarrier();
                                                    workgroupBarrier();
                                                    let _e847 = local_20;
                                                    let _e849 = local_7;
                                                    let _e856 = ta[((_e849 + 4294963200u) >> 2u)];
                                                    let _e860 = local_15;
                                                    let _e867 = tb[((_e860 + 4294963200u) >> 2u)];
                                                    let _e873 = local_7;
                                                    let _e880 = ta[((_e873 + 4294963204u) >> 2u)];
                                                    let _e884 = local_65;
                                                    let _e891 = tb[((_e884 + 4294963200u) >> 2u)];
                                                    let _e897 = local_7;
                                                    let _e904 = ta[((_e897 + 4294963208u) >> 2u)];
                                                    let _e908 = local_64;
                                                    let _e915 = tb[((_e908 + 4294963200u) >> 2u)];
                                                    let _e921 = local_7;
                                                    let _e928 = ta[((_e921 + 4294963212u) >> 2u)];
                                                    let _e932 = local_63;
                                                    let _e939 = tb[((_e932 + 4294963200u) >> 2u)];
                                                    let _e945 = local_7;
                                                    let _e952 = ta[((_e945 + 4294963216u) >> 2u)];
                                                    let _e956 = local_62;
                                                    let _e963 = tb[((_e956 + 4294963200u) >> 2u)];
                                                    let _e969 = local_7;
                                                    let _e976 = ta[((_e969 + 4294963220u) >> 2u)];
                                                    let _e980 = local_61;
                                                    let _e987 = tb[((_e980 + 4294963200u) >> 2u)];
                                                    let _e993 = local_7;
                                                    let _e1000 = ta[((_e993 + 4294963224u) >> 2u)];
                                                    let _e1004 = local_60;
                                                    let _e1011 = tb[((_e1004 + 4294963200u) >> 2u)];
                                                    let _e1017 = local_7;
                                                    let _e1024 = ta[((_e1017 + 4294963228u) >> 2u)];
                                                    let _e1028 = local_59;
                                                    let _e1035 = tb[((_e1028 + 4294963200u) >> 2u)];
                                                    let _e1041 = local_7;
                                                    let _e1048 = ta[((_e1041 + 4294963232u) >> 2u)];
                                                    let _e1052 = local_58;
                                                    let _e1059 = tb[((_e1052 + 4294963200u) >> 2u)];
                                                    let _e1065 = local_7;
                                                    let _e1072 = ta[((_e1065 + 4294963236u) >> 2u)];
                                                    let _e1076 = local_57;
                                                    let _e1083 = tb[((_e1076 + 4294963200u) >> 2u)];
                                                    let _e1089 = local_7;
                                                    let _e1096 = ta[((_e1089 + 4294963240u) >> 2u)];
                                                    let _e1100 = local_56;
                                                    let _e1107 = tb[((_e1100 + 4294963200u) >> 2u)];
                                                    let _e1113 = local_7;
                                                    let _e1120 = ta[((_e1113 + 4294963244u) >> 2u)];
                                                    let _e1124 = local_55;
                                                    let _e1131 = tb[((_e1124 + 4294963200u) >> 2u)];
                                                    let _e1137 = local_7;
                                                    let _e1144 = ta[((_e1137 + 4294963248u) >> 2u)];
                                                    let _e1148 = local_54;
                                                    let _e1155 = tb[((_e1148 + 4294963200u) >> 2u)];
                                                    let _e1161 = local_7;
                                                    let _e1168 = ta[((_e1161 + 4294963252u) >> 2u)];
                                                    let _e1172 = local_53;
                                                    let _e1179 = tb[((_e1172 + 4294963200u) >> 2u)];
                                                    let _e1185 = local_7;
                                                    let _e1192 = ta[((_e1185 + 4294963256u) >> 2u)];
                                                    let _e1196 = local_52;
                                                    let _e1203 = tb[((_e1196 + 4294963200u) >> 2u)];
                                                    let _e1209 = local_7;
                                                    let _e1216 = ta[((_e1209 + 4294963260u) >> 2u)];
                                                    let _e1220 = local_16;
                                                    let _e1227 = tb[((_e1220 + 4294963200u) >> 2u)];
                                                    local_20 = ((((((((((((((((_e847 + (bitcast<f32>(bitcast<u32>(_e856)) * bitcast<f32>(bitcast<u32>(_e867)))) + (bitcast<f32>(bitcast<u32>(_e880)) * bitcast<f32>(bitcast<u32>(_e891)))) + (bitcast<f32>(bitcast<u32>(_e904)) * bitcast<f32>(bitcast<u32>(_e915)))) + (bitcast<f32>(bitcast<u32>(_e928)) * bitcast<f32>(bitcast<u32>(_e939)))) + (bitcast<f32>(bitcast<u32>(_e952)) * bitcast<f32>(bitcast<u32>(_e963)))) + (bitcast<f32>(bitcast<u32>(_e976)) * bitcast<f32>(bitcast<u32>(_e987)))) + (bitcast<f32>(bitcast<u32>(_e1000)) * bitcast<f32>(bitcast<u32>(_e1011)))) + (bitcast<f32>(bitcast<u32>(_e1024)) * bitcast<f32>(bitcast<u32>(_e1035)))) + (bitcast<f32>(bitcast<u32>(_e1048)) * bitcast<f32>(bitcast<u32>(_e1059)))) + (bitcast<f32>(bitcast<u32>(_e1072)) * bitcast<f32>(bitcast<u32>(_e1083)))) + (bitcast<f32>(bitcast<u32>(_e1096)) * bitcast<f32>(bitcast<u32>(_e1107)))) + (bitcast<f32>(bitcast<u32>(_e1120)) * bitcast<f32>(bitcast<u32>(_e1131)))) + (bitcast<f32>(bitcast<u32>(_e1144)) * bitcast<f32>(bitcast<u32>(_e1155)))) + (bitcast<f32>(bitcast<u32>(_e1168)) * bitcast<f32>(bitcast<u32>(_e1179)))) + (bitcast<f32>(bitcast<u32>(_e1192)) * bitcast<f32>(bitcast<u32>(_e1203)))) + (bitcast<f32>(bitcast<u32>(_e1216)) * bitcast<f32>(bitcast<u32>(_e1227))));
                                                    let _e1234 = local_10;
                                                    local_10 = (_e1234 + 64u);
                                                    let _e1239 = local_9;
                                                    local_9 = (_e1239 + 16u);
                                                    storageBarrier();
                                                    workgroupBarrier();
                                                    let _e1244 = local_11;
                                                    local_11 = (_e1244 + 4294967295u);
                                                    let _e1249 = local_11;
                                                    if (_e1249 != 0u) {
                                                        continue;
                                                    }
                                                    pending = 3u;
                                                    break;
                                                    break;
                                                }
                                                let _e1255 = pending;
                                                if (_e1255 == 13u) {
                                                    pending = 0u;
                                                    break;
                                                } else {
                                                    if (_e1255 != 0u) {
                                                        break;
                                                    }
                                                }
                                                break;
                                            }
                                            let _e1263 = pending;
                                            if (_e1263 == 12u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e1263 != 0u) {
                                                    break;
                                                }
                                            }
                                            loop {
                                                let _e1271 = local_22;
                                                if (select(0u, 1u, (_e1271 < 256u)) != 0u) {
                                                    break;
                                                }
                                                let _e1280 = local_12;
                                                ta[((_e1280 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                local_20 = 0f;
                                                pending = 2u;
                                                break;
                                                break;
                                            }
                                            let _e1294 = pending;
                                            if (_e1294 == 12u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e1294 != 0u) {
                                                    break;
                                                }
                                            }
                                            let _e1302 = local_50;
                                            let _e1304 = local_51;
                                            if (select(0u, 1u, ((_e1302 | _e1304) > 255u)) != 0u) {
                                                pending = 6u;
                                                break;
                                            }
                                            local_20 = 0f;
                                            loop {
                                                let _e1318 = local_14;
                                                tb[((_e1318 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                let _e1328 = local_12;
                                                ta[((_e1328 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                storageBarrier();
                                                workgroupBarrier();
                                                let _e1338 = local_20;
                                                let _e1340 = local_7;
                                                let _e1347 = ta[((_e1340 + 4294963200u) >> 2u)];
                                                let _e1351 = local_15;
                                                let _e1358 = tb[((_e1351 + 4294963200u) >> 2u)];
                                                let _e1364 = local_7;
                                                let _e1371 = ta[((_e1364 + 4294963204u) >> 2u)];
                                                let _e1375 = local_65;
                                                let _e1382 = tb[((_e1375 + 4294963200u) >> 2u)];
                                                let _e1388 = local_7;
                                                let _e1395 = ta[((_e1388 + 4294963208u) >> 2u)];
                                                let _e1399 = local_64;
                                                let _e1406 = tb[((_e1399 + 4294963200u) >> 2u)];
                                                let _e1412 = local_7;
                                                let _e1419 = ta[((_e1412 + 4294963212u) >> 2u)];
                                                let _e1423 = local_63;
                                                let _e1430 = tb[((_e1423 + 4294963200u) >> 2u)];
                                                let _e1436 = local_7;
                                                let _e1443 = ta[((_e1436 + 4294963216u) >> 2u)];
                                                let _e1447 = local_62;
                                                let _e1454 = tb[((_e1447 + 4294963200u) >> 2u)];
                                                let _e1460 = local_7;
                                                let _e1467 = ta[((_e1460 + 4294963220u) >> 2u)];
                                                let _e1471 = local_61;
                                                let _e1478 = tb[((_e1471 + 4294963200u) >> 2u)];
                                                let _e1484 = local_7;
                                                let _e1491 = ta[((_e1484 + 4294963224u) >> 2u)];
                                                let _e1495 = local_60;
                                                let _e1502 = tb[((_e1495 + 4294963200u) >> 2u)];
                                                let _e1508 = local_7;
                                                let _e1515 = ta[((_e1508 + 4294963228u) >> 2u)];
                                                let _e1519 = local_59;
                                                let _e1526 = tb[((_e1519 + 4294963200u) >> 2u)];
                                                let _e1532 = local_7;
                                                let _e1539 = ta[((_e1532 + 4294963232u) >> 2u)];
                                                let _e1543 = local_58;
                                                let _e1550 = tb[((_e1543 + 4294963200u) >> 2u)];
                                                let _e1556 = local_7;
                                                let _e1563 = ta[((_e1556 + 4294963236u) >> 2u)];
                                                let _e1567 = local_57;
                                                let _e1574 = tb[((_e1567 + 4294963200u) >> 2u)];
                                                let _e1580 = local_7;
                                                let _e1587 = ta[((_e1580 + 4294963240u) >> 2u)];
                                                let _e1591 = local_56;
                                                let _e1598 = tb[((_e1591 + 4294963200u) >> 2u)];
                                                let _e1604 = local_7;
                                                let _e1611 = ta[((_e1604 + 4294963244u) >> 2u)];
                                                let _e1615 = local_55;
                                                let _e1622 = tb[((_e1615 + 4294963200u) >> 2u)];
                                                let _e1628 = local_7;
                                                let _e1635 = ta[((_e1628 + 4294963248u) >> 2u)];
                                                let _e1639 = local_54;
                                                let _e1646 = tb[((_e1639 + 4294963200u) >> 2u)];
                                                let _e1652 = local_7;
                                                let _e1659 = ta[((_e1652 + 4294963252u) >> 2u)];
                                                let _e1663 = local_53;
                                                let _e1670 = tb[((_e1663 + 4294963200u) >> 2u)];
                                                let _e1676 = local_7;
                                                let _e1683 = ta[((_e1676 + 4294963256u) >> 2u)];
                                                let _e1687 = local_52;
                                                let _e1694 = tb[((_e1687 + 4294963200u) >> 2u)];
                                                let _e1700 = local_7;
                                                let _e1707 = ta[((_e1700 + 4294963260u) >> 2u)];
                                                let _e1711 = local_16;
                                                let _e1718 = tb[((_e1711 + 4294963200u) >> 2u)];
                                                local_20 = ((((((((((((((((_e1338 + (bitcast<f32>(bitcast<u32>(_e1347)) * bitcast<f32>(bitcast<u32>(_e1358)))) + (bitcast<f32>(bitcast<u32>(_e1371)) * bitcast<f32>(bitcast<u32>(_e1382)))) + (bitcast<f32>(bitcast<u32>(_e1395)) * bitcast<f32>(bitcast<u32>(_e1406)))) + (bitcast<f32>(bitcast<u32>(_e1419)) * bitcast<f32>(bitcast<u32>(_e1430)))) + (bitcast<f32>(bitcast<u32>(_e1443)) * bitcast<f32>(bitcast<u32>(_e1454)))) + (bitcast<f32>(bitcast<u32>(_e1467)) * bitcast<f32>(bitcast<u32>(_e1478)))) + (bitcast<f32>(bitcast<u32>(_e1491)) * bitcast<f32>(bitcast<u32>(_e1502)))) + (bitcast<f32>(bitcast<u32>(_e1515)) * bitcast<f32>(bitcast<u32>(_e1526)))) + (bitcast<f32>(bitcast<u32>(_e1539)) * bitcast<f32>(bitcast<u32>(_e1550)))) + (bitcast<f32>(bitcast<u32>(_e1563)) * bitcast<f32>(bitcast<u32>(_e1574)))) + (bitcast<f32>(bitcast<u32>(_e1587)) * bitcast<f32>(bitcast<u32>(_e1598)))) + (bitcast<f32>(bitcast<u32>(_e1611)) * bitcast<f32>(bitcast<u32>(_e1622)))) + (bitcast<f32>(bitcast<u32>(_e1635)) * bitcast<f32>(bitcast<u32>(_e1646)))) + (bitcast<f32>(bitcast<u32>(_e1659)) * bitcast<f32>(bitcast<u32>(_e1670)))) + (bitcast<f32>(bitcast<u32>(_e1683)) * bitcast<f32>(bitcast<u32>(_e1694)))) + (bitcast<f32>(bitcast<u32>(_e1707)) * bitcast<f32>(bitcast<u32>(_e1718))));
                                                storageBarrier();
                                                workgroupBarrier();
                                                let _e1725 = local_11;
                                                local_11 = (_e1725 + 4294967295u);
                                                let _e1730 = local_11;
                                                if (_e1730 != 0u) {
                                                    continue;
                                                }
                                                pending = 3u;
                                                break;
                                                break;
                                            }
                                            let _e1736 = pending;
                                            if (_e1736 == 12u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e1736 != 0u) {
                                                    break;
                                                }
                                            }
                                            break;
                                        }
                                        let _e1744 = pending;
                                        if (_e1744 == 11u) {
                                            pending = 0u;
                                            break;
                                        } else {
                                            if (_e1744 != 0u) {
                                                break;
                                            }
                                        }
                                        local_20 = 0f;
                                        local_66 = 0f;
                                        loop {
                                            let _e1756 = local_9;
                                            let _e1758 = local;
                                            if (select(0u, 1u, (_e1756 >= _e1758)) != 0u) {
                                                break;
                                            }
                                            let _e1766 = local_21;
                                            let _e1768 = local_9;
                                            local_13 = (_e1766 + _e1768);
                                            let _e1772 = local_13;
                                            let _e1774 = local_2;
                                            if (select(0u, 1u, (_e1772 >= _e1774)) != 0u) {
                                                pending = 9u;
                                                break;
                                            }
                                            let _e1784 = local_1;
                                            let _e1786 = local_13;
                                            let _e1798 = a[(((_e1784 + (_e1786 << (2u & 31u))) + 4294963200u) >> 2u)];
                                            local_66 = bitcast<f32>(bitcast<u32>(_e1798));
                                            break;
                                        }
                                        let _e1803 = pending;
                                        if (_e1803 == 11u) {
                                            pending = 0u;
                                            break;
                                        } else {
                                            if (_e1803 != 0u) {
                                                break;
                                            }
                                        }
                                        let _e1811 = local_12;
                                        let _e1813 = local_66;
                                        ta[((_e1811 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e1813));
                                        pending = 5u;
                                        break;
                                        break;
                                    }
                                    let _e1825 = pending;
                                    if (_e1825 == 10u) {
                                        pending = 0u;
                                        break;
                                    } else {
                                        if (_e1825 != 0u) {
                                            break;
                                        }
                                    }
                                    loop {
                                        loop {
                                            let _e1833 = local_19;
                                            let _e1835 = local;
                                            if (select(0u, 1u, (_e1833 >= _e1835)) != 0u) {
                                                break;
                                            }
                                            loop {
                                                let _e1843 = local_22;
                                                if (select(0u, 1u, (_e1843 < 256u)) != 0u) {
                                                    break;
                                                }
                                                local_20 = 0f;
                                                local_66 = 0f;
                                                loop {
                                                    let _e1856 = local_9;
                                                    let _e1858 = local;
                                                    if (select(0u, 1u, (_e1856 >= _e1858)) != 0u) {
                                                        break;
                                                    }
                                                    let _e1866 = local_21;
                                                    let _e1868 = local_9;
                                                    local_13 = (_e1866 + _e1868);
                                                    let _e1872 = local_13;
                                                    let _e1874 = local_2;
                                                    if (select(0u, 1u, (_e1872 >= _e1874)) != 0u) {
                                                        pending = 9u;
                                                        break;
                                                    }
                                                    let _e1884 = local_1;
                                                    let _e1886 = local_13;
                                                    let _e1898 = a[(((_e1884 + (_e1886 << (2u & 31u))) + 4294963200u) >> 2u)];
                                                    local_66 = bitcast<f32>(bitcast<u32>(_e1898));
                                                    break;
                                                }
                                                let _e1903 = pending;
                                                if (_e1903 == 23u) {
                                                    pending = 0u;
                                                    break;
                                                } else {
                                                    if (_e1903 != 0u) {
                                                        break;
                                                    }
                                                }
                                                let _e1911 = local_12;
                                                let _e1913 = local_66;
                                                ta[((_e1911 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e1913));
                                                let _e1923 = local_10;
                                                let _e1925 = local;
                                                if (select(0u, 1u, (_e1923 >= _e1925)) != 0u) {
                                                    pending = 2u;
                                                    break;
                                                }
                                                let _e1935 = local_18;
                                                let _e1937 = local_10;
                                                let _e1939 = local;
                                                local_8 = (_e1935 + (_e1937 * _e1939));
                                                let _e1944 = local_8;
                                                let _e1946 = local_4;
                                                if (select(0u, 1u, (_e1944 >= _e1946)) != 0u) {
                                                    pending = 7u;
                                                    break;
                                                }
                                                let _e1956 = local_3;
                                                let _e1958 = local_8;
                                                let _e1970 = b[(((_e1956 + (_e1958 << (2u & 31u))) + 4294963200u) >> 2u)];
                                                local_20 = bitcast<f32>(bitcast<u32>(_e1970));
                                                pending = 2u;
                                                break;
                                                break;
                                            }
                                            let _e1977 = pending;
                                            if (_e1977 == 22u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e1977 != 0u) {
                                                    break;
                                                }
                                            }
                                            let _e1985 = local_50;
                                            let _e1987 = local_51;
                                            if (select(0u, 1u, ((_e1985 | _e1987) > 255u)) != 0u) {
                                                pending = 21u;
                                                break;
                                            }
                                            let _e1999 = local;
                                            local_23 = (_e1999 << (6u & 31u));
                                            let _e2006 = local;
                                            local_25 = (_e2006 << (4u & 31u));
                                            let _e2013 = local_1;
                                            let _e2015 = local_9;
                                            let _e2017 = local_21;
                                            local_22 = (_e2013 + ((_e2015 + _e2017) << (2u & 31u)));
                                            let _e2026 = local_3;
                                            let _e2028 = local_13;
                                            let _e2030 = local;
                                            let _e2032 = local_10;
                                            let _e2036 = local_17;
                                            local_8 = ((_e2028 + (_e2030 * _e2032)) + _e2036);
                                            let _e2040 = local_8;
                                            local_1 = (_e2026 + (_e2040 << (2u & 31u)));
                                            local_20 = 0f;
                                            loop {
                                                local_66 = 0f;
                                                loop {
                                                    let _e2052 = local_9;
                                                    let _e2054 = local;
                                                    if (select(0u, 1u, (_e2052 >= _e2054)) != 0u) {
                                                        break;
                                                    }
                                                    let _e2062 = local_21;
                                                    let _e2064 = local_9;
                                                    local_13 = (_e2062 + _e2064);
                                                    let _e2068 = local_13;
                                                    let _e2070 = local_2;
                                                    if (select(0u, 1u, (_e2068 >= _e2070)) != 0u) {
                                                        pending = 9u;
                                                        break;
                                                    }
                                                    let _e2080 = local_22;
                                                    let _e2087 = a[((_e2080 + 4294963200u) >> 2u)];
                                                    local_66 = bitcast<f32>(bitcast<u32>(_e2087));
                                                    break;
                                                }
                                                let _e2092 = pending;
                                                if (_e2092 == 25u) {
                                                    pending = 0u;
                                                    continue;
                                                } else {
                                                    if (_e2092 != 0u) {
                                                        break;
                                                    }
                                                }
                                                let _e2100 = local_12;
                                                let _e2102 = local_66;
                                                ta[((_e2100 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e2102));
                                                local_66 = 0f;
                                                loop {
                                                    let _e2114 = local_10;
                                                    let _e2116 = local;
                                                    if (select(0u, 1u, (_e2114 >= _e2116)) != 0u) {
                                                        break;
                                                    }
                                                    let _e2124 = local_8;
                                                    let _e2126 = local_4;
                                                    if (select(0u, 1u, (_e2124 >= _e2126)) != 0u) {
                                                        pending = 7u;
                                                        break;
                                                    }
                                                    let _e2136 = local_1;
                                                    let _e2143 = b[((_e2136 + 4294963200u) >> 2u)];
                                                    local_66 = bitcast<f32>(bitcast<u32>(_e2143));
                                                    break;
                                                }
                                                let _e2148 = pending;
                                                if (_e2148 == 25u) {
                                                    pending = 0u;
                                                    continue;
                                                } else {
                                                    if (_e2148 != 0u) {
                                                        break;
                                                    }
                                                }
                                                let _e2156 = local_14;
                                                let _e2158 = local_66;
                                                tb[((_e2156 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e2158));
                                                storageBarrier();
                                                workgroupBarrier();
                                                let _e2168 = local_20;
                                                let _e2170 = local_7;
                                                let _e2177 = ta[((_e2170 + 4294963200u) >> 2u)];
                                                let _e2181 = local_15;
                                                let _e2188 = tb[((_e2181 + 4294963200u) >> 2u)];
                                                let _e2194 = local_7;
                                                let _e2201 = ta[((_e2194 + 4294963204u) >> 2u)];
                                                let _e2205 = local_65;
                                                let _e2212 = tb[((_e2205 + 4294963200u) >> 2u)];
                                                let _e2218 = local_7;
                                                let _e2225 = ta[((_e2218 + 4294963208u) >> 2u)];
                                                let _e2229 = local_64;
                                                let _e2236 = tb[((_e2229 + 4294963200u) >> 2u)];
                                                let _e2242 = local_7;
                                                let _e2249 = ta[((_e2242 + 4294963212u) >> 2u)];
                                                let _e2253 = local_63;
                                                let _e2260 = tb[((_e2253 + 4294963200u) >> 2u)];
                                                let _e2266 = local_7;
                                                let _e2273 = ta[((_e2266 + 4294963216u) >> 2u)];
                                                let _e2277 = local_62;
                                                let _e2284 = tb[((_e2277 + 4294963200u) >> 2u)];
                                                let _e2290 = local_7;
                                                let _e2297 = ta[((_e2290 + 4294963220u) >> 2u)];
                                                let _e2301 = local_61;
                                                let _e2308 = tb[((_e2301 + 4294963200u) >> 2u)];
                                                let _e2314 = local_7;
                                                let _e2321 = ta[((_e2314 + 4294963224u) >> 2u)];
                                                let _e2325 = local_60;
                                                let _e2332 = tb[((_e2325 + 4294963200u) >> 2u)];
                                                let _e2338 = local_7;
                                                let _e2345 = ta[((_e2338 + 4294963228u) >> 2u)];
                                                let _e2349 = local_59;
                                                let _e2356 = tb[((_e2349 + 4294963200u) >> 2u)];
                                                let _e2362 = local_7;
                                                let _e2369 = ta[((_e2362 + 4294963232u) >> 2u)];
                                                let _e2373 = local_58;
                                                let _e2380 = tb[((_e2373 + 4294963200u) >> 2u)];
                                                let _e2386 = local_7;
                                                let _e2393 = ta[((_e2386 + 4294963236u) >> 2u)];
                                                let _e2397 = local_57;
                                                let _e2404 = tb[((_e2397 + 4294963200u) >> 2u)];
                                                let _e2410 = local_7;
                                                let _e2417 = ta[((_e2410 + 4294963240u) >> 2u)];
                                                let _e2421 = local_56;
                                                let _e2428 = tb[((_e2421 + 4294963200u) >> 2u)];
                                                let _e2434 = local_7;
                                                let _e2441 = ta[((_e2434 + 4294963244u) >> 2u)];
                                                let _e2445 = local_55;
                                                let _e2452 = tb[((_e2445 + 4294963200u) >> 2u)];
                                                let _e2458 = local_7;
                                                let _e2465 = ta[((_e2458 + 4294963248u) >> 2u)];
                                                let _e2469 = local_54;
                                                let _e2476 = tb[((_e2469 + 4294963200u) >> 2u)];
                                                let _e2482 = local_7;
                                                let _e2489 = ta[((_e2482 + 4294963252u) >> 2u)];
                                                let _e2493 = local_53;
                                                let _e2500 = tb[((_e2493 + 4294963200u) >> 2u)];
                                                let _e2506 = local_7;
                                                let _e2513 = ta[((_e2506 + 4294963256u) >> 2u)];
                                                let _e2517 = local_52;
                                                let _e2524 = tb[((_e2517 + 4294963200u) >> 2u)];
                                                let _e2530 = local_7;
                                                let _e2537 = ta[((_e2530 + 4294963260u) >> 2u)];
                                                let _e2541 = local_16;
                                                let _e2548 = tb[((_e2541 + 4294963200u) >> 2u)];
                                                local_20 = ((((((((((((((((_e2168 + (bitcast<f32>(bitcast<u32>(_e2177)) * bitcast<f32>(bitcast<u32>(_e2188)))) + (bitcast<f32>(bitcast<u32>(_e2201)) * bitcast<f32>(bitcast<u32>(_e2212)))) + (bitcast<f32>(bitcast<u32>(_e2225)) * bitcast<f32>(bitcast<u32>(_e2236)))) + (bitcast<f32>(bitcast<u32>(_e2249)) * bitcast<f32>(bitcast<u32>(_e2260)))) + (bitcast<f32>(bitcast<u32>(_e2273)) * bitcast<f32>(bitcast<u32>(_e2284)))) + (bitcast<f32>(bitcast<u32>(_e2297)) * bitcast<f32>(bitcast<u32>(_e2308)))) + (bitcast<f32>(bitcast<u32>(_e2321)) * bitcast<f32>(bitcast<u32>(_e2332)))) + (bitcast<f32>(bitcast<u32>(_e2345)) * bitcast<f32>(bitcast<u32>(_e2356)))) + (bitcast<f32>(bitcast<u32>(_e2369)) * bitcast<f32>(bitcast<u32>(_e2380)))) + (bitcast<f32>(bitcast<u32>(_e2393)) * bitcast<f32>(bitcast<u32>(_e2404)))) + (bitcast<f32>(bitcast<u32>(_e2417)) * bitcast<f32>(bitcast<u32>(_e2428)))) + (bitcast<f32>(bitcast<u32>(_e2441)) * bitcast<f32>(bitcast<u32>(_e2452)))) + (bitcast<f32>(bitcast<u32>(_e2465)) * bitcast<f32>(bitcast<u32>(_e2476)))) + (bitcast<f32>(bitcast<u32>(_e2489)) * bitcast<f32>(bitcast<u32>(_e2500)))) + (bitcast<f32>(bitcast<u32>(_e2513)) * bitcast<f32>(bitcast<u32>(_e2524)))) + (bitcast<f32>(bitcast<u32>(_e2537)) * bitcast<f32>(bitcast<u32>(_e2548))));
                                                let _e2555 = local_22;
                                                local_22 = (_e2555 + 64u);
                                                let _e2560 = local_9;
                                                local_9 = (_e2560 + 16u);
                                                let _e2565 = local_10;
                                                local_10 = (_e2565 + 16u);
                                                let _e2570 = local_1;
                                                let _e2572 = local_23;
                                                local_1 = (_e2570 + _e2572);
                                                let _e2576 = local_8;
                                                let _e2578 = local_25;
                                                local_8 = (_e2576 + _e2578);
                                                storageBarrier();
                                                workgroupBarrier();
                                                let _e2582 = local_11;
                                                local_11 = (_e2582 + 4294967295u);
                                                let _e2587 = local_11;
                                                if (select(0u, 1u, (_e2587 == 0u)) != 0u) {
                                                    pending = 3u;
                                                    break;
                                                }
                                                continue;
                                                break;
                                            }
                                            let _e2598 = pending;
                                            if (_e2598 == 22u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e2598 != 0u) {
                                                    break;
                                                }
                                            }
                                            break;
                                        }
                                        let _e2606 = pending;
                                        if (_e2606 == 21u) {
                                            pending = 0u;
                                            break;
                                        } else {
                                            if (_e2606 != 0u) {
                                                break;
                                            }
                                        }
                                        loop {
                                            let _e2614 = local_22;
                                            if (select(0u, 1u, (_e2614 < 256u)) != 0u) {
                                                break;
                                            }
                                            let _e2623 = local_12;
                                            ta[((_e2623 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                            local_20 = 0f;
                                            let _e2635 = local_10;
                                            let _e2637 = local;
                                            if (select(0u, 1u, (_e2635 >= _e2637)) != 0u) {
                                                pending = 2u;
                                                break;
                                            }
                                            let _e2647 = local_18;
                                            let _e2649 = local_10;
                                            let _e2651 = local;
                                            local_8 = (_e2647 + (_e2649 * _e2651));
                                            let _e2656 = local_8;
                                            let _e2658 = local_4;
                                            if (select(0u, 1u, (_e2656 >= _e2658)) != 0u) {
                                                pending = 7u;
                                                break;
                                            }
                                            let _e2668 = local_3;
                                            let _e2670 = local_8;
                                            let _e2682 = b[(((_e2668 + (_e2670 << (2u & 31u))) + 4294963200u) >> 2u)];
                                            local_20 = bitcast<f32>(bitcast<u32>(_e2682));
                                            pending = 2u;
                                            break;
                                            break;
                                        }
                                        let _e2689 = pending;
                                        if (_e2689 == 21u) {
                                            pending = 0u;
                                            break;
                                        } else {
                                            if (_e2689 != 0u) {
                                                break;
                                            }
                                        }
                                        loop {
                                            let _e2697 = local_50;
                                            let _e2699 = local_51;
                                            if (select(0u, 1u, ((_e2697 | _e2699) > 255u)) != 0u) {
                                                break;
                                            }
                                            let _e2709 = local;
                                            local_22 = (_e2709 << (6u & 31u));
                                            let _e2716 = local;
                                            local_1 = (_e2716 << (4u & 31u));
                                            let _e2723 = local_3;
                                            let _e2725 = local_13;
                                            let _e2727 = local;
                                            let _e2729 = local_10;
                                            let _e2733 = local_17;
                                            local_8 = ((_e2725 + (_e2727 * _e2729)) + _e2733);
                                            let _e2737 = local_8;
                                            local_9 = (_e2723 + (_e2737 << (2u & 31u)));
                                            local_20 = 0f;
                                            loop {
                                                let _e2747 = local_12;
                                                ta[((_e2747 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                local_66 = 0f;
                                                loop {
                                                    let _e2759 = local_10;
                                                    let _e2761 = local;
                                                    if (select(0u, 1u, (_e2759 >= _e2761)) != 0u) {
                                                        break;
                                                    }
                                                    let _e2769 = local_8;
                                                    let _e2771 = local_4;
                                                    if (select(0u, 1u, (_e2769 >= _e2771)) != 0u) {
                                                        pending = 7u;
                                                        break;
                                                    }
                                                    let _e2781 = local_9;
                                                    let _e2788 = b[((_e2781 + 4294963200u) >> 2u)];
                                                    local_66 = bitcast<f32>(bitcast<u32>(_e2788));
                                                    break;
                                                }
                                                let _e2793 = pending;
                                                if (_e2793 == 30u) {
                                                    pending = 0u;
                                                    continue;
                                                } else {
                                                    if (_e2793 != 0u) {
                                                        break;
                                                    }
                                                }
                                                let _e2801 = local_14;
                                                let _e2803 = local_66;
                                                tb[((_e2801 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e2803));
                                                storageBarrier();
                                                workgroupBarrier();
                                                let _e2813 = local_20;
                                                let _e2815 = local_7;
                                                let _e2822 = ta[((_e2815 + 4294963200u) >> 2u)];
                                                let _e2826 = local_15;
                                                let _e2833 = tb[((_e2826 + 4294963200u) >> 2u)];
                                                let _e2839 = local_7;
                                                let _e2846 = ta[((_e2839 + 4294963204u) >> 2u)];
                                                let _e2850 = local_65;
                                                let _e2857 = tb[((_e2850 + 4294963200u) >> 2u)];
                                                let _e2863 = local_7;
                                                let _e2870 = ta[((_e2863 + 4294963208u) >> 2u)];
                                                let _e2874 = local_64;
                                                let _e2881 = tb[((_e2874 + 4294963200u) >> 2u)];
                                                let _e2887 = local_7;
                                                let _e2894 = ta[((_e2887 + 4294963212u) >> 2u)];
                                                let _e2898 = local_63;
                                                let _e2905 = tb[((_e2898 + 4294963200u) >> 2u)];
                                                let _e2911 = local_7;
                                                let _e2918 = ta[((_e2911 + 4294963216u) >> 2u)];
                                                let _e2922 = local_62;
                                                let _e2929 = tb[((_e2922 + 4294963200u) >> 2u)];
                                                let _e2935 = local_7;
                                                let _e2942 = ta[((_e2935 + 4294963220u) >> 2u)];
                                                let _e2946 = local_61;
                                                let _e2953 = tb[((_e2946 + 4294963200u) >> 2u)];
                                                let _e2959 = local_7;
                                                let _e2966 = ta[((_e2959 + 4294963224u) >> 2u)];
                                                let _e2970 = local_60;
                                                let _e2977 = tb[((_e2970 + 4294963200u) >> 2u)];
                                                let _e2983 = local_7;
                                                let _e2990 = ta[((_e2983 + 4294963228u) >> 2u)];
                                                let _e2994 = local_59;
                                                let _e3001 = tb[((_e2994 + 4294963200u) >> 2u)];
                                                let _e3007 = local_7;
                                                let _e3014 = ta[((_e3007 + 4294963232u) >> 2u)];
                                                let _e3018 = local_58;
                                                let _e3025 = tb[((_e3018 + 4294963200u) >> 2u)];
                                                let _e3031 = local_7;
                                                let _e3038 = ta[((_e3031 + 4294963236u) >> 2u)];
                                                let _e3042 = local_57;
                                                let _e3049 = tb[((_e3042 + 4294963200u) >> 2u)];
                                                let _e3055 = local_7;
                                                let _e3062 = ta[((_e3055 + 4294963240u) >> 2u)];
                                                let _e3066 = local_56;
                                                let _e3073 = tb[((_e3066 + 4294963200u) >> 2u)];
                                                let _e3079 = local_7;
                                                let _e3086 = ta[((_e3079 + 4294963244u) >> 2u)];
                                                let _e3090 = local_55;
                                                let _e3097 = tb[((_e3090 + 4294963200u) >> 2u)];
                                                let _e3103 = local_7;
                                                let _e3110 = ta[((_e3103 + 4294963248u) >> 2u)];
                                                let _e3114 = local_54;
                                                let _e3121 = tb[((_e3114 + 4294963200u) >> 2u)];
                                                let _e3127 = local_7;
                                                let _e3134 = ta[((_e3127 + 4294963252u) >> 2u)];
                                                let _e3138 = local_53;
                                                let _e3145 = tb[((_e3138 + 4294963200u) >> 2u)];
                                                let _e3151 = local_7;
                                                let _e3158 = ta[((_e3151 + 4294963256u) >> 2u)];
                                                let _e3162 = local_52;
                                                let _e3169 = tb[((_e3162 + 4294963200u) >> 2u)];
                                                let _e3175 = local_7;
                                                let _e3182 = ta[((_e3175 + 4294963260u) >> 2u)];
                                                let _e3186 = local_16;
                                                let _e3193 = tb[((_e3186 + 4294963200u) >> 2u)];
                                                local_20 = ((((((((((((((((_e2813 + (bitcast<f32>(bitcast<u32>(_e2822)) * bitcast<f32>(bitcast<u32>(_e2833)))) + (bitcast<f32>(bitcast<u32>(_e2846)) * bitcast<f32>(bitcast<u32>(_e2857)))) + (bitcast<f32>(bitcast<u32>(_e2870)) * bitcast<f32>(bitcast<u32>(_e2881)))) + (bitcast<f32>(bitcast<u32>(_e2894)) * bitcast<f32>(bitcast<u32>(_e2905)))) + (bitcast<f32>(bitcast<u32>(_e2918)) * bitcast<f32>(bitcast<u32>(_e2929)))) + (bitcast<f32>(bitcast<u32>(_e2942)) * bitcast<f32>(bitcast<u32>(_e2953)))) + (bitcast<f32>(bitcast<u32>(_e2966)) * bitcast<f32>(bitcast<u32>(_e2977)))) + (bitcast<f32>(bitcast<u32>(_e2990)) * bitcast<f32>(bitcast<u32>(_e3001)))) + (bitcast<f32>(bitcast<u32>(_e3014)) * bitcast<f32>(bitcast<u32>(_e3025)))) + (bitcast<f32>(bitcast<u32>(_e3038)) * bitcast<f32>(bitcast<u32>(_e3049)))) + (bitcast<f32>(bitcast<u32>(_e3062)) * bitcast<f32>(bitcast<u32>(_e3073)))) + (bitcast<f32>(bitcast<u32>(_e3086)) * bitcast<f32>(bitcast<u32>(_e3097)))) + (bitcast<f32>(bitcast<u32>(_e3110)) * bitcast<f32>(bitcast<u32>(_e3121)))) + (bitcast<f32>(bitcast<u32>(_e3134)) * bitcast<f32>(bitcast<u32>(_e3145)))) + (bitcast<f32>(bitcast<u32>(_e3158)) * bitcast<f32>(bitcast<u32>(_e3169)))) + (bitcast<f32>(bitcast<u32>(_e3182)) * bitcast<f32>(bitcast<u32>(_e3193))));
                                                let _e3200 = local_10;
                                                local_10 = (_e3200 + 16u);
                                                let _e3205 = local_9;
                                                let _e3207 = local_22;
                                                local_9 = (_e3205 + _e3207);
                                                let _e3211 = local_8;
                                                let _e3213 = local_1;
                                                local_8 = (_e3211 + _e3213);
                                                storageBarrier();
                                                workgroupBarrier();
                                                let _e3217 = local_11;
                                                local_11 = (_e3217 + 4294967295u);
                                                let _e3222 = local_11;
                                                if (select(0u, 1u, (_e3222 == 0u)) != 0u) {
                                                    pending = 3u;
                                                    break;
                                                }
                                                continue;
                                                break;
                                            }
                                            let _e3233 = pending;
                                            if (_e3233 == 29u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e3233 != 0u) {
                                                    break;
                                                }
                                            }
                                            break;
                                        }
                                        let _e3241 = pending;
                                        if (_e3241 == 21u) {
                                            pending = 0u;
                                            break;
                                        } else {
                                            if (_e3241 != 0u) {
                                                break;
                                            }
                                        }
                                        let _e3249 = local_12;
                                        ta[((_e3249 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                        local_20 = 0f;
                                        let _e3261 = local_10;
                                        let _e3263 = local;
                                        if (select(0u, 1u, (_e3261 >= _e3263)) != 0u) {
                                            pending = 5u;
                                            break;
                                        }
                                        let _e3273 = local_18;
                                        let _e3275 = local_10;
                                        let _e3277 = local;
                                        local_8 = (_e3273 + (_e3275 * _e3277));
                                        let _e3282 = local_8;
                                        let _e3284 = local_4;
                                        if (select(0u, 1u, (_e3282 >= _e3284)) != 0u) {
                                            pending = 7u;
                                            break;
                                        }
                                        let _e3294 = local_3;
                                        let _e3296 = local_8;
                                        let _e3308 = b[(((_e3294 + (_e3296 << (2u & 31u))) + 4294963200u) >> 2u)];
                                        local_20 = bitcast<f32>(bitcast<u32>(_e3308));
                                        pending = 5u;
                                        break;
                                        break;
                                    }
                                    let _e3315 = pending;
                                    if (_e3315 == 10u) {
                                        pending = 0u;
                                        break;
                                    } else {
                                        if (_e3315 != 0u) {
                                            break;
                                        }
                                    }
                                    local_20 = 0f;
                                    local_66 = 0f;
                                    loop {
                                        let _e3327 = local_9;
                                        let _e3329 = local;
                                        if (select(0u, 1u, (_e3327 >= _e3329)) != 0u) {
                                            break;
                                        }
                                        let _e3337 = local_21;
                                        let _e3339 = local_9;
                                        local_13 = (_e3337 + _e3339);
                                        let _e3343 = local_13;
                                        let _e3345 = local_2;
                                        if (select(0u, 1u, (_e3343 >= _e3345)) != 0u) {
                                            pending = 9u;
                                            break;
                                        }
                                        let _e3355 = local_1;
                                        let _e3357 = local_13;
                                        let _e3369 = a[(((_e3355 + (_e3357 << (2u & 31u))) + 4294963200u) >> 2u)];
                                        local_66 = bitcast<f32>(bitcast<u32>(_e3369));
                                        break;
                                    }
                                    let _e3374 = pending;
                                    if (_e3374 == 10u) {
                                        pending = 0u;
                                        break;
                                    } else {
                                        if (_e3374 != 0u) {
                                            break;
                                        }
                                    }
                                    let _e3382 = local_12;
                                    let _e3384 = local_66;
                                    ta[((_e3382 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e3384));
                                    let _e3394 = local_10;
                                    let _e3396 = local;
                                    if (select(0u, 1u, (_e3394 >= _e3396)) != 0u) {
                                        pending = 5u;
                                        break;
                                    }
                                    let _e3406 = local_18;
                                    let _e3408 = local_10;
                                    let _e3410 = local;
                                    local_8 = (_e3406 + (_e3408 * _e3410));
                                    let _e3415 = local_8;
                                    let _e3417 = local_4;
                                    if (select(0u, 1u, (_e3415 >= _e3417)) != 0u) {
                                        pending = 7u;
                                        break;
                                    }
                                    let _e3427 = local_3;
                                    let _e3429 = local_8;
                                    let _e3441 = b[(((_e3427 + (_e3429 << (2u & 31u))) + 4294963200u) >> 2u)];
                                    local_20 = bitcast<f32>(bitcast<u32>(_e3441));
                                    pending = 5u;
                                    break;
                                    break;
                                }
                                let _e3448 = pending;
                                if (_e3448 == 9u) {
                                    pending = 0u;
                                    break;
                                } else {
                                    if (_e3448 != 0u) {
                                        break;
                                    }
                                }
                                let _e3456 = local_19;
                                let _e3458 = local;
                                if (select(0u, 1u, (_e3456 >= _e3458)) != 0u) {
                                    pending = 8u;
                                    break;
                                }
                                let _e3468 = local_9;
                                let _e3470 = local;
                                if (select(0u, 1u, (_e3468 >= _e3470)) != 0u) {
                                    pending = 8u;
                                    break;
                                }
                                let _e3480 = local_21;
                                let _e3482 = local_9;
                                local_13 = (_e3480 + _e3482);
                                let _e3486 = local_13;
                                let _e3488 = local_2;
                                if (select(0u, 1u, (_e3486 < _e3488)) != 0u) {
                                    pending = 8u;
                                    break;
                                }
                                break;
                            }
                            let _e3498 = pending;
                            if (_e3498 == 8u) {
                                pending = 0u;
                                break;
                            } else {
                                if (_e3498 != 0u) {
                                    break;
                                }
                            }
                            let _e3516 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                            if _e3516.exchanged {
                                atomicStore((&status[1]), local_id.x);
                                atomicStore((&status[2]), local_id.y);
                                atomicStore((&status[3]), local_id.z);
                                atomicStore((&status[4]), workgroup_id.x);
                                atomicStore((&status[5]), workgroup_id.y);
                                atomicStore((&status[6]), workgroup_id.z);
                                atomicStore((&status[7]), 182u);
                                atomicStore((&status[8]), 53u);
                                atomicStore((&status[9]), 10u);
                                atomicStore((&status[10]), 795046515u);
                                atomicStore((&status[11]), 778201452u);
                                atomicStore((&status[12]), 29554u);
                            }
                            return;
                            break;
                        }
                        let _e3553 = pending;
                        if (_e3553 == 7u) {
                            pending = 0u;
                            break;
                        } else {
                            if (_e3553 != 0u) {
                                break;
                            }
                        }
                        let _e3570 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                        if _e3570.exchanged {
                            atomicStore((&status[1]), local_id.x);
                            atomicStore((&status[2]), local_id.y);
                            atomicStore((&status[3]), local_id.z);
                            atomicStore((&status[4]), workgroup_id.x);
                            atomicStore((&status[5]), workgroup_id.y);
                            atomicStore((&status[6]), workgroup_id.z);
                            atomicStore((&status[7]), 182u);
                            atomicStore((&status[8]), 9u);
                            atomicStore((&status[9]), 10u);
                            atomicStore((&status[10]), 795046515u);
                            atomicStore((&status[11]), 778201452u);
                            atomicStore((&status[12]), 29554u);
                        }
                        return;
                        break;
                    }
                    let _e3607 = pending;
                    if (_e3607 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e3607 != 0u) {
                            break;
                        }
                    }
                    let _e3625 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
                    if _e3625.exchanged {
                        atomicStore((&status[1]), local_id.x);
                        atomicStore((&status[2]), local_id.y);
                        atomicStore((&status[3]), local_id.z);
                        atomicStore((&status[4]), workgroup_id.x);
                        atomicStore((&status[5]), workgroup_id.y);
                        atomicStore((&status[6]), workgroup_id.z);
                        atomicStore((&status[7]), 183u);
                        atomicStore((&status[8]), 53u);
                        atomicStore((&status[9]), 10u);
                        atomicStore((&status[10]), 795046515u);
                        atomicStore((&status[11]), 778201452u);
                        atomicStore((&status[12]), 29554u);
                    }
                    return;
                    break;
                }
                let _e3662 = pending;
                if (_e3662 == 5u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e3662 != 0u) {
                        break;
                    }
                }
                let _e3670 = local_12;
                ta[((_e3670 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                local_20 = 0f;
                break;
            }
            let _e3682 = pending;
            if (_e3682 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e3682 != 0u) {
                    break;
                }
            }
            let _e3690 = local_14;
            let _e3692 = local_20;
            tb[((_e3690 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e3692));
            storageBarrier();
            workgroupBarrier();
            let _e3702 = local_9;
            let _e3704 = local_23;
            let _e3706 = local_9;
            let _e3716 = local_25;
            let _e3718 = local_24;
            let _e3728 = local_27;
            let _e3730 = local_26;
            let _e3740 = local_29;
            let _e3742 = local_28;
            let _e3752 = local_31;
            let _e3754 = local_30;
            let _e3764 = local_33;
            let _e3766 = local_32;
            let _e3776 = local_35;
            let _e3778 = local_34;
            let _e3788 = local_37;
            let _e3790 = local_36;
            let _e3800 = local_39;
            let _e3802 = local_38;
            let _e3812 = local_41;
            let _e3814 = local_40;
            let _e3824 = local_43;
            let _e3826 = local_42;
            let _e3836 = local_45;
            let _e3838 = local_44;
            let _e3848 = local_47;
            let _e3850 = local_46;
            let _e3860 = local_49;
            let _e3862 = local_48;
            let _e3872 = local_51;
            let _e3874 = local_50;
            let _e3891 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
            if _e3891.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 186u);
                atomicStore((&status[8]), 40u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e3928 = pending;
        if (_e3928 == 2u) {
            pending = 0u;
            break;
        }
        loop {
            loop {
                let _e3936 = local_18;
                let _e3938 = local;
                if (select(0u, 1u, (_e3936 >= _e3938)) != 0u) {
                    break;
                }
                let _e3946 = local_19;
                let _e3948 = local;
                if (select(0u, 1u, (_e3946 < _e3948)) != 0u) {
                    pending = 33u;
                    break;
                }
                break;
            }
            let _e3958 = pending;
            if (_e3958 == 33u) {
                pending = 0u;
                break;
            }
            return;
            break;
        }
        loop {
            let _e3966 = local_19;
            let _e3968 = local;
            let _e3971 = local_18;
            local_7 = ((_e3966 * _e3968) + _e3971);
            let _e3975 = local_7;
            let _e3977 = local_6;
            if (select(0u, 1u, (_e3975 >= _e3977)) != 0u) {
                break;
            }
            let _e3985 = local_5;
            let _e3987 = local_7;
            let _e3994 = local_20;
            c[(((_e3985 + (_e3987 << (2u & 31u))) + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e3994));
            return;
            break;
        }
        let _e4014 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
        if _e4014.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 191u);
            atomicStore((&status[8]), 9u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e4051 = local_14;
    let _e4053 = local_20;
    tb[((_e4051 + 4294963200u) >> 2u)] = bitcast<f32>(bitcast<u32>(_e4053));
    storageBarrier();
    workgroupBarrier();
    let _e4072 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
    if _e4072.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 186u);
        atomicStore((&status[8]), 20u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
