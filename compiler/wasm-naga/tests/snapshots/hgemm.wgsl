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
var<workgroup> ta: array<u32, 5120>;
var<workgroup> tb: array<u32, 4352>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;
@group(0) @binding(5) 
var<storage> b_f16_: array<f16>;
@group(0) @binding(6) 
var<storage> a_f16_: array<f16>;

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
    var local_8: u64;
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
    var local_36: coop_mat16x16<f32,C>;
    var local_37: coop_mat16x16<f32,C>;
    var local_38: coop_mat16x16<f32,C>;
    var local_39: coop_mat16x16<f32,C>;
    var local_40: coop_mat16x16<f32,C>;
    var local_41: coop_mat16x16<f32,C>;
    var local_42: coop_mat16x16<f32,C>;
    var local_43: coop_mat16x16<f32,C>;
    var pending: u32 = 0u;
    var local_44: coop_mat16x16<f16,B>;
    var local_45: coop_mat16x16<f16,B>;
    var local_46: coop_mat16x16<f16,A>;

    local = 0u;
    local_1 = 0u;
    local_2 = 0u;
    local_3 = 0u;
    local_4 = 0u;
    local_5 = 0u;
    local_6 = 0u;
    local_7 = 0u;
    local_8 = 0lu;
    local_9 = 0u;
    local_10 = 0u;
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
    let _e56 = stack_pointer;
    local = (_e56 - 32u);
    let _e61 = local;
    stack_pointer = _e61;
    let _e66 = params[0];
    local_1 = _e66;
    local_2 = 4096u;
    let _e74 = params[2];
    local_3 = _e74;
    local_4 = 4096u;
    let _e82 = params[4];
    local_5 = _e82;
    local_6 = 4096u;
    let _e90 = params[6];
    local_7 = _e90;
    loop {
        loop {
            loop {
                loop {
                    loop {
                        loop {
                            let _e97 = local_1;
                            if ((_e97 & 127u) != 0u) {
                                break;
                            }
                            let _e103 = local_1;
                            local_8 = u64(_e103);
                            let _e107 = local_8;
                            let _e109 = local_8;
                            local_8 = (_e107 * _e109);
                            let _e113 = local_8;
                            if (u32((_e113 >> 32u)) != 0u) {
                                break;
                            }
                            let _e121 = local_3;
                            let _e123 = local_8;
                            local_9 = u32(_e123);
                            let _e127 = local_9;
                            let _e128 = (_e121 < _e127);
                            if _e128 {
                                break;
                            }
                            let _e133 = local_5;
                            let _e135 = local_9;
                            let _e136 = (_e133 < _e135);
                            if _e136 {
                                break;
                            }
                            let _e141 = local_7;
                            let _e143 = local_9;
                            let _e144 = (_e141 < _e143);
                            if _e144 {
                                break;
                            }
                            local_9 = workgroup_id.y;
                            local_10 = workgroup_id.x;
                            let _e163 = local_9;
                            local_11 = (_e163 << 7u);
                            let _e169 = local_10;
                            local_12 = (_e169 << 7u);
                            local_36 = coop_mat16x16<f32,C>();
                            local_37 = coop_mat16x16<f32,C>();
                            local_38 = coop_mat16x16<f32,C>();
                            local_39 = coop_mat16x16<f32,C>();
                            local_40 = coop_mat16x16<f32,C>();
                            local_41 = coop_mat16x16<f32,C>();
                            local_42 = coop_mat16x16<f32,C>();
                            local_43 = coop_mat16x16<f32,C>();
                            local_21 = subgroup_id;
                            loop {
                                loop {
                                    let _e193 = local_1;
                                    if (_e193 != 0u) {
                                        break;
                                    }
                                    local_22 = 16u;
                                    pending = 8u;
                                    break;
                                    break;
                                }
                                let _e202 = pending;
                                if (_e202 == 8u) {
                                    pending = 0u;
                                    break;
                                }
                                let _e210 = local_1;
                                let _e212 = (_e210 < 16u);
                                if _e212 {
                                    pending = 6u;
                                    break;
                                }
                                let _e219 = local_1;
                                local_9 = (_e219 << 1u);
                                let _e225 = local_1;
                                local_23 = (_e225 * 15u);
                                let _e230 = local_23;
                                local_22 = (_e230 | 16u);
                                let _e235 = local_4;
                                let _e237 = local_10;
                                let _e242 = local_21;
                                local_4 = (_e235 + ((_e237 << 8u) | ((_e242 & 3u) << 6u)));
                                let _e252 = local_1;
                                local_24 = (_e252 << 4u);
                                let _e258 = local_1;
                                local_25 = (_e258 << 5u);
                                let _e264 = local_12;
                                let _e266 = local_21;
                                let _e274 = local_23;
                                local_10 = (((_e264 + ((_e266 << 5u) & 96u)) + _e274) + 32u);
                                let _e280 = local_1;
                                let _e282 = local_11;
                                let _e284 = local_21;
                                local_21 = (_e282 + ((_e284 << 4u) & 64u));
                                let _e293 = local_21;
                                local_26 = ((_e280 * _e293) << 1u);
                                let _e300 = local_1;
                                let _e302 = local_21;
                                local_27 = ((_e300 * (_e302 + 15u)) + 16u);
                                let _e310 = local_1;
                                let _e312 = local_21;
                                local_28 = ((_e310 * (_e312 + 31u)) + 16u);
                                let _e320 = local_1;
                                let _e322 = local_21;
                                local_29 = ((_e320 * (_e322 + 16u)) << 1u);
                                let _e331 = local_1;
                                let _e333 = local_21;
                                local_30 = ((_e331 * (_e333 + 47u)) + 16u);
                                let _e341 = local_1;
                                let _e343 = local_21;
                                local_31 = ((_e341 * (_e343 + 32u)) << 1u);
                                let _e352 = local_1;
                                let _e354 = local_21;
                                local_32 = ((_e352 * (_e354 + 63u)) + 16u);
                                let _e362 = local_1;
                                let _e364 = local_21;
                                local_33 = ((_e362 * (_e364 + 48u)) << 1u);
                                local_21 = 0u;
                                loop {
                                    let _e375 = local;
                                    let _e377 = local_10;
                                    local_23 = (_e377 + 4294967280u);
                                    let _e382 = local_23;
                                    stack[((_e375 + 4293918764u) >> 2u)] = _e382;
                                    let _e390 = local;
                                    let _e392 = local_5;
                                    stack[((_e390 + 4293918760u) >> 2u)] = _e392;
                                    let _e400 = local_23;
                                    let _e402 = local_5;
                                    let _e403 = (_e400 > _e402);
                                    if _e403 {
                                        pending = 5u;
                                        break;
                                    }
                                    let _e410 = local_4;
                                    let _e412 = local_9;
                                    local_44 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[((_e410 + 4294963200u) >> 1u)]), (_e412 >> 1u));
                                    let _e424 = local;
                                    let _e426 = local_10;
                                    stack[((_e424 + 4293918764u) >> 2u)] = _e426;
                                    let _e434 = local;
                                    let _e436 = local_5;
                                    stack[((_e434 + 4293918760u) >> 2u)] = _e436;
                                    let _e444 = local_10;
                                    let _e446 = local_5;
                                    let _e447 = (_e444 > _e446);
                                    if _e447 {
                                        pending = 5u;
                                        break;
                                    }
                                    let _e454 = local_4;
                                    let _e458 = local_9;
                                    local_45 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[(((_e454 + 32u) + 4294963200u) >> 1u)]), (_e458 >> 1u));
                                    let _e470 = local;
                                    let _e472 = local_27;
                                    let _e474 = local_21;
                                    local_23 = (_e472 + _e474);
                                    let _e478 = local_23;
                                    stack[((_e470 + 4293918764u) >> 2u)] = _e478;
                                    let _e486 = local;
                                    let _e488 = local_3;
                                    stack[((_e486 + 4293918760u) >> 2u)] = _e488;
                                    let _e496 = local_23;
                                    let _e498 = local_3;
                                    let _e499 = (_e496 > _e498);
                                    if _e499 {
                                        pending = 4u;
                                        break;
                                    }
                                    let _e506 = local_36;
                                    let _e508 = local_2;
                                    let _e510 = local_26;
                                    let _e513 = local_9;
                                    local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e508 + _e510) + 4294963200u) >> 1u)]), (_e513 >> 1u));
                                    let _e525 = local_46;
                                    let _e527 = local_44;
                                    local_36 = coopMultiplyAdd(_e525, _e527, _e506);
                                    let _e531 = local_37;
                                    let _e533 = local_46;
                                    let _e535 = local_45;
                                    local_37 = coopMultiplyAdd(_e533, _e535, _e531);
                                    let _e539 = local;
                                    let _e541 = local_28;
                                    let _e543 = local_21;
                                    local_23 = (_e541 + _e543);
                                    let _e547 = local_23;
                                    stack[((_e539 + 4293918764u) >> 2u)] = _e547;
                                    let _e555 = local;
                                    let _e557 = local_3;
                                    stack[((_e555 + 4293918760u) >> 2u)] = _e557;
                                    let _e565 = local_23;
                                    let _e567 = local_3;
                                    let _e568 = (_e565 > _e567);
                                    if _e568 {
                                        pending = 4u;
                                        break;
                                    }
                                    let _e575 = local_38;
                                    let _e577 = local_2;
                                    let _e579 = local_29;
                                    let _e582 = local_9;
                                    local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e577 + _e579) + 4294963200u) >> 1u)]), (_e582 >> 1u));
                                    let _e594 = local_46;
                                    let _e596 = local_44;
                                    local_38 = coopMultiplyAdd(_e594, _e596, _e575);
                                    let _e600 = local_39;
                                    let _e602 = local_46;
                                    let _e604 = local_45;
                                    local_39 = coopMultiplyAdd(_e602, _e604, _e600);
                                    let _e608 = local;
                                    let _e610 = local_30;
                                    let _e612 = local_21;
                                    local_23 = (_e610 + _e612);
                                    let _e616 = local_23;
                                    stack[((_e608 + 4293918764u) >> 2u)] = _e616;
                                    let _e624 = local;
                                    let _e626 = local_3;
                                    stack[((_e624 + 4293918760u) >> 2u)] = _e626;
                                    let _e634 = local_23;
                                    let _e636 = local_3;
                                    let _e637 = (_e634 > _e636);
                                    if _e637 {
                                        pending = 4u;
                                        break;
                                    }
                                    let _e644 = local_40;
                                    let _e646 = local_2;
                                    let _e648 = local_31;
                                    let _e651 = local_9;
                                    local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e646 + _e648) + 4294963200u) >> 1u)]), (_e651 >> 1u));
                                    let _e663 = local_46;
                                    let _e665 = local_44;
                                    local_40 = coopMultiplyAdd(_e663, _e665, _e644);
                                    let _e669 = local_41;
                                    let _e671 = local_46;
                                    let _e673 = local_45;
                                    local_41 = coopMultiplyAdd(_e671, _e673, _e669);
                                    let _e677 = local;
                                    let _e679 = local_32;
                                    let _e681 = local_21;
                                    local_23 = (_e679 + _e681);
                                    let _e685 = local_23;
                                    stack[((_e677 + 4293918764u) >> 2u)] = _e685;
                                    let _e693 = local;
                                    let _e695 = local_3;
                                    stack[((_e693 + 4293918760u) >> 2u)] = _e695;
                                    let _e703 = local_23;
                                    let _e705 = local_3;
                                    let _e706 = (_e703 > _e705);
                                    if _e706 {
                                        pending = 4u;
                                        break;
                                    }
                                    let _e713 = local_10;
                                    let _e715 = local_24;
                                    local_10 = (_e713 + _e715);
                                    let _e719 = local_4;
                                    let _e721 = local_25;
                                    local_4 = (_e719 + _e721);
                                    let _e725 = local_42;
                                    let _e727 = local_2;
                                    let _e729 = local_33;
                                    let _e732 = local_9;
                                    local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e727 + _e729) + 4294963200u) >> 1u)]), (_e732 >> 1u));
                                    let _e744 = local_46;
                                    let _e746 = local_44;
                                    local_42 = coopMultiplyAdd(_e744, _e746, _e725);
                                    let _e750 = local_43;
                                    let _e752 = local_46;
                                    let _e754 = local_45;
                                    local_43 = coopMultiplyAdd(_e752, _e754, _e750);
                                    let _e758 = local_2;
                                    local_2 = (_e758 + 32u);
                                    let _e763 = local_21;
                                    local_21 = (_e763 + 16u);
                                    let _e768 = local_21;
                                    let _e770 = local_1;
                                    let _e771 = (_e768 < _e770);
                                    if _e771 {
                                        continue;
                                    }
                                    break;
                                }
                                let _e776 = pending;
                                if (_e776 == 8u) {
                                    pending = 0u;
                                    break;
                                } else {
                                    if (_e776 != 0u) {
                                        break;
                                    }
                                }
                                break;
                            }
                            let _e784 = pending;
                            if (_e784 == 7u) {
                                pending = 0u;
                                break;
                            } else {
                                if (_e784 != 0u) {
                                    break;
                                }
                            }
                            local_3 = subgroup_id;
                            loop {
                                let _e793 = local_1;
                                let _e795 = (_e793 > 15u);
                                if _e795 {
                                    break;
                                }
                                let _e808 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                                if _e808.exchanged {
                                    atomicStore((&status[1]), local_id.x);
                                    atomicStore((&status[2]), local_id.y);
                                    atomicStore((&status[3]), local_id.z);
                                    atomicStore((&status[4]), workgroup_id.x);
                                    atomicStore((&status[5]), workgroup_id.y);
                                    atomicStore((&status[6]), workgroup_id.z);
                                    atomicStore((&status[7]), 927u);
                                    atomicStore((&status[8]), 15u);
                                    atomicStore((&status[9]), 10u);
                                    atomicStore((&status[10]), 795046515u);
                                    atomicStore((&status[11]), 778201452u);
                                    atomicStore((&status[12]), 29554u);
                                }
                                return;
                                break;
                            }
                            let _e845 = local;
                            let _e847 = local_3;
                            let _e854 = local_11;
                            local_2 = (((_e847 << 4u) & 64u) | _e854);
                            let _e858 = local_2;
                            let _e860 = local_1;
                            let _e863 = local_3;
                            let _e870 = local_12;
                            local_9 = (((_e863 << 5u) & 96u) | _e870);
                            let _e874 = local_9;
                            local_21 = ((_e858 * _e860) + _e874);
                            let _e878 = local_21;
                            let _e880 = local_22;
                            local_3 = (_e878 + _e880);
                            let _e884 = local_3;
                            stack[((_e845 + 4293918764u) >> 2u)] = _e884;
                            let _e892 = local;
                            let _e894 = local_7;
                            stack[((_e892 + 4293918760u) >> 2u)] = _e894;
                            let _e902 = local_3;
                            let _e904 = local_7;
                            let _e905 = (_e902 > _e904);
                            if _e905 {
                                pending = 2u;
                                break;
                            }
                            let _e912 = local_36;
                            let _e914 = local_6;
                            let _e916 = local_21;
                            let _e922 = local_1;
                            local_3 = (_e922 << 2u);
                            let _e928 = local_3;
                            coopStoreT(_e912, (&c[(((_e914 + (_e916 << 2u)) + 4294963200u) >> 2u)]), (_e928 >> 2u));
                            let _e938 = local;
                            let _e940 = local_21;
                            local_10 = (_e940 | 16u);
                            let _e945 = local_10;
                            let _e947 = local_22;
                            local_21 = (_e945 + _e947);
                            let _e951 = local_21;
                            stack[((_e938 + 4293918764u) >> 2u)] = _e951;
                            let _e959 = local;
                            let _e961 = local_7;
                            stack[((_e959 + 4293918760u) >> 2u)] = _e961;
                            let _e969 = local_21;
                            let _e971 = local_7;
                            let _e972 = (_e969 <= _e971);
                            if _e972 {
                                pending = 3u;
                                break;
                            }
                            pending = 2u;
                            break;
                            break;
                        }
                        let _e981 = pending;
                        if (_e981 == 6u) {
                            pending = 0u;
                            break;
                        } else {
                            if (_e981 != 0u) {
                                break;
                            }
                        }
                        let _e997 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                        if _e997.exchanged {
                            atomicStore((&status[1]), local_id.x);
                            atomicStore((&status[2]), local_id.y);
                            atomicStore((&status[3]), local_id.z);
                            atomicStore((&status[4]), workgroup_id.x);
                            atomicStore((&status[5]), workgroup_id.y);
                            atomicStore((&status[6]), workgroup_id.z);
                            atomicStore((&status[7]), 910u);
                            atomicStore((&status[8]), 5u);
                            atomicStore((&status[9]), 10u);
                            atomicStore((&status[10]), 795046515u);
                            atomicStore((&status[11]), 778201452u);
                            atomicStore((&status[12]), 29554u);
                        }
                        return;
                        break;
                    }
                    let _e1034 = pending;
                    if (_e1034 == 5u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e1034 != 0u) {
                            break;
                        }
                    }
                    let _e1050 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
                    if _e1050.exchanged {
                        atomicStore((&status[1]), local_id.x);
                        atomicStore((&status[2]), local_id.y);
                        atomicStore((&status[3]), local_id.z);
                        atomicStore((&status[4]), workgroup_id.x);
                        atomicStore((&status[5]), workgroup_id.y);
                        atomicStore((&status[6]), workgroup_id.z);
                        atomicStore((&status[7]), 956u);
                        atomicStore((&status[8]), 33u);
                        atomicStore((&status[9]), 10u);
                        atomicStore((&status[10]), 795046515u);
                        atomicStore((&status[11]), 778201452u);
                        atomicStore((&status[12]), 29554u);
                    }
                    return;
                    break;
                }
                let _e1087 = pending;
                if (_e1087 == 4u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e1087 != 0u) {
                        break;
                    }
                }
                let _e1095 = local;
                local_8 = (u64(1u) << 32u);
                let _e1103 = local_8;
                let _e1105 = local;
                let _e1109 = (_e1103 | u64((_e1105 + 12u)));
                let _e1113 = ((_e1095 + 4293918776u) >> 2u);
                stack[_e1113] = u32(_e1109);
                stack[(_e1113 + 1u)] = u32((_e1109 >> 32u));
                let _e1125 = local;
                let _e1127 = local_8;
                let _e1129 = local;
                let _e1133 = (_e1127 | u64((_e1129 + 8u)));
                let _e1137 = ((_e1125 + 4293918768u) >> 2u);
                stack[_e1137] = u32(_e1133);
                stack[(_e1137 + 1u)] = u32((_e1133 >> 32u));
                let _e1150 = local;
                let _e1160 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
                if _e1160.exchanged {
                    atomicStore((&status[1]), local_id.x);
                    atomicStore((&status[2]), local_id.y);
                    atomicStore((&status[3]), local_id.z);
                    atomicStore((&status[4]), workgroup_id.x);
                    atomicStore((&status[5]), workgroup_id.y);
                    atomicStore((&status[6]), workgroup_id.z);
                    atomicStore((&status[7]), 956u);
                    atomicStore((&status[8]), 33u);
                    atomicStore((&status[9]), 10u);
                    atomicStore((&status[10]), 795046515u);
                    atomicStore((&status[11]), 778201452u);
                    atomicStore((&status[12]), 29554u);
                }
                return;
                break;
            }
            let _e1197 = pending;
            if (_e1197 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e1197 != 0u) {
                    break;
                }
            }
            let _e1205 = local;
            local_8 = (u64(1u) << 32u);
            let _e1213 = local_8;
            let _e1215 = local;
            let _e1219 = (_e1213 | u64((_e1215 + 12u)));
            let _e1223 = ((_e1205 + 4293918776u) >> 2u);
            stack[_e1223] = u32(_e1219);
            stack[(_e1223 + 1u)] = u32((_e1219 >> 32u));
            let _e1235 = local;
            let _e1237 = local_8;
            let _e1239 = local;
            let _e1243 = (_e1237 | u64((_e1239 + 8u)));
            let _e1247 = ((_e1235 + 4293918768u) >> 2u);
            stack[_e1247] = u32(_e1243);
            stack[(_e1247 + 1u)] = u32((_e1243 >> 32u));
            let _e1260 = local;
            let _e1270 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
            if _e1270.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 958u);
                atomicStore((&status[8]), 22u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e1307 = pending;
        if (_e1307 == 2u) {
            pending = 0u;
            break;
        }
        let _e1315 = local_37;
        let _e1317 = local_6;
        let _e1319 = local_10;
        let _e1325 = local_3;
        coopStoreT(_e1315, (&c[(((_e1317 + (_e1319 << 2u)) + 4294963200u) >> 2u)]), (_e1325 >> 2u));
        let _e1335 = local;
        let _e1337 = local_2;
        let _e1341 = local_1;
        let _e1344 = local_9;
        local_21 = (((_e1337 | 16u) * _e1341) + _e1344);
        let _e1348 = local_21;
        let _e1350 = local_22;
        local_10 = (_e1348 + _e1350);
        let _e1354 = local_10;
        stack[((_e1335 + 4293918764u) >> 2u)] = _e1354;
        let _e1362 = local;
        let _e1364 = local_7;
        stack[((_e1362 + 4293918760u) >> 2u)] = _e1364;
        let _e1372 = local_10;
        let _e1374 = local_7;
        let _e1375 = (_e1372 > _e1374);
        if _e1375 {
            break;
        }
        let _e1380 = local_38;
        let _e1382 = local_6;
        let _e1384 = local_21;
        let _e1390 = local_3;
        coopStoreT(_e1380, (&c[(((_e1382 + (_e1384 << 2u)) + 4294963200u) >> 2u)]), (_e1390 >> 2u));
        let _e1400 = local;
        let _e1402 = local_21;
        local_10 = (_e1402 | 16u);
        let _e1407 = local_10;
        let _e1409 = local_22;
        local_21 = (_e1407 + _e1409);
        let _e1413 = local_21;
        stack[((_e1400 + 4293918764u) >> 2u)] = _e1413;
        let _e1421 = local;
        let _e1423 = local_7;
        stack[((_e1421 + 4293918760u) >> 2u)] = _e1423;
        let _e1431 = local_21;
        let _e1433 = local_7;
        let _e1434 = (_e1431 > _e1433);
        if _e1434 {
            break;
        }
        let _e1439 = local_39;
        let _e1441 = local_6;
        let _e1443 = local_10;
        let _e1449 = local_3;
        coopStoreT(_e1439, (&c[(((_e1441 + (_e1443 << 2u)) + 4294963200u) >> 2u)]), (_e1449 >> 2u));
        let _e1459 = local;
        let _e1461 = local_2;
        let _e1465 = local_1;
        let _e1468 = local_9;
        local_21 = (((_e1461 | 32u) * _e1465) + _e1468);
        let _e1472 = local_21;
        let _e1474 = local_22;
        local_10 = (_e1472 + _e1474);
        let _e1478 = local_10;
        stack[((_e1459 + 4293918764u) >> 2u)] = _e1478;
        let _e1486 = local;
        let _e1488 = local_7;
        stack[((_e1486 + 4293918760u) >> 2u)] = _e1488;
        let _e1496 = local_10;
        let _e1498 = local_7;
        let _e1499 = (_e1496 > _e1498);
        if _e1499 {
            break;
        }
        let _e1504 = local_40;
        let _e1506 = local_6;
        let _e1508 = local_21;
        let _e1514 = local_3;
        coopStoreT(_e1504, (&c[(((_e1506 + (_e1508 << 2u)) + 4294963200u) >> 2u)]), (_e1514 >> 2u));
        let _e1524 = local;
        let _e1526 = local_21;
        local_10 = (_e1526 | 16u);
        let _e1531 = local_10;
        let _e1533 = local_22;
        local_21 = (_e1531 + _e1533);
        let _e1537 = local_21;
        stack[((_e1524 + 4293918764u) >> 2u)] = _e1537;
        let _e1545 = local;
        let _e1547 = local_7;
        stack[((_e1545 + 4293918760u) >> 2u)] = _e1547;
        let _e1555 = local_21;
        let _e1557 = local_7;
        let _e1558 = (_e1555 > _e1557);
        if _e1558 {
            break;
        }
        let _e1563 = local_41;
        let _e1565 = local_6;
        let _e1567 = local_10;
        let _e1573 = local_3;
        coopStoreT(_e1563, (&c[(((_e1565 + (_e1567 << 2u)) + 4294963200u) >> 2u)]), (_e1573 >> 2u));
        let _e1583 = local;
        let _e1585 = local_2;
        let _e1589 = local_1;
        let _e1592 = local_9;
        local_2 = (((_e1585 | 48u) * _e1589) + _e1592);
        let _e1596 = local_2;
        let _e1598 = local_22;
        local_9 = (_e1596 + _e1598);
        let _e1602 = local_9;
        stack[((_e1583 + 4293918764u) >> 2u)] = _e1602;
        let _e1610 = local;
        let _e1612 = local_7;
        stack[((_e1610 + 4293918760u) >> 2u)] = _e1612;
        let _e1620 = local_9;
        let _e1622 = local_7;
        let _e1623 = (_e1620 > _e1622);
        if _e1623 {
            break;
        }
        let _e1628 = local_42;
        let _e1630 = local_6;
        let _e1632 = local_2;
        let _e1638 = local_3;
        coopStoreT(_e1628, (&c[(((_e1630 + (_e1632 << 2u)) + 4294963200u) >> 2u)]), (_e1638 >> 2u));
        let _e1648 = local;
        let _e1650 = local_2;
        local_9 = (_e1650 | 16u);
        let _e1655 = local_9;
        let _e1657 = local_22;
        local_2 = (_e1655 + _e1657);
        let _e1661 = local_2;
        stack[((_e1648 + 4293918764u) >> 2u)] = _e1661;
        let _e1669 = local;
        let _e1671 = local_7;
        stack[((_e1669 + 4293918760u) >> 2u)] = _e1671;
        let _e1679 = local_2;
        let _e1681 = local_7;
        let _e1682 = (_e1679 > _e1681);
        if _e1682 {
            break;
        }
        let _e1687 = local_43;
        let _e1689 = local_6;
        let _e1691 = local_9;
        let _e1697 = local_3;
        coopStoreT(_e1687, (&c[(((_e1689 + (_e1691 << 2u)) + 4294963200u) >> 2u)]), (_e1697 >> 2u));
        let _e1707 = local;
        stack_pointer = (_e1707 + 32u);
        return;
        break;
    }
    let _e1712 = local;
    local_8 = (u64(1u) << 32u);
    let _e1720 = local_8;
    let _e1722 = local;
    let _e1726 = (_e1720 | u64((_e1722 + 12u)));
    let _e1730 = ((_e1712 + 4293918776u) >> 2u);
    stack[_e1730] = u32(_e1726);
    stack[(_e1730 + 1u)] = u32((_e1726 >> 32u));
    let _e1742 = local;
    let _e1744 = local_8;
    let _e1746 = local;
    let _e1750 = (_e1744 | u64((_e1746 + 8u)));
    let _e1754 = ((_e1742 + 4293918768u) >> 2u);
    stack[_e1754] = u32(_e1750);
    stack[(_e1754 + 1u)] = u32((_e1750 >> 32u));
    let _e1767 = local;
    let _e1777 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
    if _e1777.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 927u);
        atomicStore((&status[8]), 15u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
