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
    var local_8: vec2<u32>;
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
    local_8 = vec2<u32>(0u, 0u);
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
    let _e58 = stack_pointer;
    local = (_e58 - 32u);
    let _e63 = local;
    stack_pointer = _e63;
    let _e68 = params[0];
    local_1 = _e68;
    local_2 = 4096u;
    let _e76 = params[2];
    local_3 = _e76;
    local_4 = 4096u;
    let _e84 = params[4];
    local_5 = _e84;
    local_6 = 4096u;
    let _e92 = params[6];
    local_7 = _e92;
    loop {
        loop {
            loop {
                loop {
                    loop {
                        loop {
                            let _e99 = local_1;
                            if ((_e99 & 127u) != 0u) {
                                break;
                            }
                            let _e105 = local_1;
                            local_8 = vec2<u32>(_e105, 0u);
                            let _e110 = local_8;
                            let _e112 = local_8;
                            let _e120 = (_e110.x & 65535u);
                            let _e121 = (_e110.x >> 16u);
                            let _e122 = (_e112.x & 65535u);
                            let _e123 = (_e112.x >> 16u);
                            let _e125 = (_e120 * _e123);
                            let _e126 = (_e121 * _e122);
                            local_8 = vec2<u32>((_e110.x * _e112.x), ((((((_e121 * _e123) + (_e125 >> 16u)) + (_e126 >> 16u)) + (((((_e120 * _e122) >> 16u) + (_e125 & 65535u)) + (_e126 & 65535u)) >> 16u)) + (_e110.x * _e112.y)) + (_e110.y * _e112.x)));
                            let _e146 = local_8;
                            let _e149 = vec2<u32>(32u, 0u);
                            let _e155 = (_e149.x & 31u);
                            let _e159 = ((_e149.x & 32u) != 0u);
                            let _e161 = (_e146.y >> _e155);
                            if (vec2<u32>(select(((_e146.x >> _e155) | ((_e146.y << 1u) << (31u - _e155))), _e161, _e159), select(_e161, 0u, _e159)).x != 0u) {
                                break;
                            }
                            let _e176 = local_3;
                            let _e178 = local_8;
                            local_9 = _e178.x;
                            let _e182 = local_9;
                            let _e183 = (_e176 < _e182);
                            if _e183 {
                                break;
                            }
                            let _e188 = local_5;
                            let _e190 = local_9;
                            let _e191 = (_e188 < _e190);
                            if _e191 {
                                break;
                            }
                            let _e196 = local_7;
                            let _e198 = local_9;
                            let _e199 = (_e196 < _e198);
                            if _e199 {
                                break;
                            }
                            local_9 = workgroup_id.y;
                            local_10 = workgroup_id.x;
                            let _e218 = local_9;
                            local_11 = (_e218 << 7u);
                            let _e224 = local_10;
                            local_12 = (_e224 << 7u);
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
                                    let _e248 = local_1;
                                    if (_e248 != 0u) {
                                        break;
                                    }
                                    local_22 = 16u;
                                    pending = 8u;
                                    break;
                                    break;
                                }
                                let _e257 = pending;
                                if (_e257 == 8u) {
                                    pending = 0u;
                                    break;
                                }
                                let _e265 = local_1;
                                let _e267 = (_e265 < 16u);
                                if _e267 {
                                    pending = 6u;
                                    break;
                                }
                                let _e274 = local_1;
                                local_9 = (_e274 << 1u);
                                let _e280 = local_1;
                                local_23 = (_e280 * 15u);
                                let _e285 = local_23;
                                local_22 = (_e285 | 16u);
                                let _e290 = local_4;
                                let _e292 = local_10;
                                let _e297 = local_21;
                                local_4 = (_e290 + ((_e292 << 8u) | ((_e297 & 3u) << 6u)));
                                let _e307 = local_1;
                                local_24 = (_e307 << 4u);
                                let _e313 = local_1;
                                local_25 = (_e313 << 5u);
                                let _e319 = local_12;
                                let _e321 = local_21;
                                let _e329 = local_23;
                                local_10 = (((_e319 + ((_e321 << 5u) & 96u)) + _e329) + 32u);
                                let _e335 = local_1;
                                let _e337 = local_11;
                                let _e339 = local_21;
                                local_21 = (_e337 + ((_e339 << 4u) & 64u));
                                let _e348 = local_21;
                                local_26 = ((_e335 * _e348) << 1u);
                                let _e355 = local_1;
                                let _e357 = local_21;
                                local_27 = ((_e355 * (_e357 + 15u)) + 16u);
                                let _e365 = local_1;
                                let _e367 = local_21;
                                local_28 = ((_e365 * (_e367 + 31u)) + 16u);
                                let _e375 = local_1;
                                let _e377 = local_21;
                                local_29 = ((_e375 * (_e377 + 16u)) << 1u);
                                let _e386 = local_1;
                                let _e388 = local_21;
                                local_30 = ((_e386 * (_e388 + 47u)) + 16u);
                                let _e396 = local_1;
                                let _e398 = local_21;
                                local_31 = ((_e396 * (_e398 + 32u)) << 1u);
                                let _e407 = local_1;
                                let _e409 = local_21;
                                local_32 = ((_e407 * (_e409 + 63u)) + 16u);
                                let _e417 = local_1;
                                let _e419 = local_21;
                                local_33 = ((_e417 * (_e419 + 48u)) << 1u);
                                local_21 = 0u;
                                loop {
                                    let _e430 = local;
                                    let _e432 = local_10;
                                    local_23 = (_e432 + 4294967280u);
                                    let _e437 = local_23;
                                    stack[((_e430 + 4293918764u) >> 2u)] = _e437;
                                    let _e445 = local;
                                    let _e447 = local_5;
                                    stack[((_e445 + 4293918760u) >> 2u)] = _e447;
                                    let _e455 = local_23;
                                    let _e457 = local_5;
                                    let _e458 = (_e455 > _e457);
                                    if _e458 {
                                        pending = 5u;
                                        break;
                                    }
                                    let _e465 = local_4;
                                    let _e467 = local_9;
                                    local_44 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[((_e465 + 4294963200u) >> 1u)]), (_e467 >> 1u));
                                    let _e479 = local;
                                    let _e481 = local_10;
                                    stack[((_e479 + 4293918764u) >> 2u)] = _e481;
                                    let _e489 = local;
                                    let _e491 = local_5;
                                    stack[((_e489 + 4293918760u) >> 2u)] = _e491;
                                    let _e499 = local_10;
                                    let _e501 = local_5;
                                    let _e502 = (_e499 > _e501);
                                    if _e502 {
                                        pending = 5u;
                                        break;
                                    }
                                    let _e509 = local_4;
                                    let _e513 = local_9;
                                    local_45 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[(((_e509 + 32u) + 4294963200u) >> 1u)]), (_e513 >> 1u));
                                    let _e525 = local;
                                    let _e527 = local_27;
                                    let _e529 = local_21;
                                    local_23 = (_e527 + _e529);
                                    let _e533 = local_23;
                                    stack[((_e525 + 4293918764u) >> 2u)] = _e533;
                                    let _e541 = local;
                                    let _e543 = local_3;
                                    stack[((_e541 + 4293918760u) >> 2u)] = _e543;
                                    let _e551 = local_23;
                                    let _e553 = local_3;
                                    let _e554 = (_e551 > _e553);
                                    if _e554 {
                                        pending = 4u;
                                        break;
                                    }
                                    let _e561 = local_36;
                                    let _e563 = local_2;
                                    let _e565 = local_26;
                                    let _e568 = local_9;
                                    local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e563 + _e565) + 4294963200u) >> 1u)]), (_e568 >> 1u));
                                    let _e580 = local_46;
                                    let _e582 = local_44;
                                    local_36 = coopMultiplyAdd(_e580, _e582, _e561);
                                    let _e586 = local_37;
                                    let _e588 = local_46;
                                    let _e590 = local_45;
                                    local_37 = coopMultiplyAdd(_e588, _e590, _e586);
                                    let _e594 = local;
                                    let _e596 = local_28;
                                    let _e598 = local_21;
                                    local_23 = (_e596 + _e598);
                                    let _e602 = local_23;
                                    stack[((_e594 + 4293918764u) >> 2u)] = _e602;
                                    let _e610 = local;
                                    let _e612 = local_3;
                                    stack[((_e610 + 4293918760u) >> 2u)] = _e612;
                                    let _e620 = local_23;
                                    let _e622 = local_3;
                                    let _e623 = (_e620 > _e622);
                                    if _e623 {
                                        pending = 4u;
                                        break;
                                    }
                                    let _e630 = local_38;
                                    let _e632 = local_2;
                                    let _e634 = local_29;
                                    let _e637 = local_9;
                                    local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e632 + _e634) + 4294963200u) >> 1u)]), (_e637 >> 1u));
                                    let _e649 = local_46;
                                    let _e651 = local_44;
                                    local_38 = coopMultiplyAdd(_e649, _e651, _e630);
                                    let _e655 = local_39;
                                    let _e657 = local_46;
                                    let _e659 = local_45;
                                    local_39 = coopMultiplyAdd(_e657, _e659, _e655);
                                    let _e663 = local;
                                    let _e665 = local_30;
                                    let _e667 = local_21;
                                    local_23 = (_e665 + _e667);
                                    let _e671 = local_23;
                                    stack[((_e663 + 4293918764u) >> 2u)] = _e671;
                                    let _e679 = local;
                                    let _e681 = local_3;
                                    stack[((_e679 + 4293918760u) >> 2u)] = _e681;
                                    let _e689 = local_23;
                                    let _e691 = local_3;
                                    let _e692 = (_e689 > _e691);
                                    if _e692 {
                                        pending = 4u;
                                        break;
                                    }
                                    let _e699 = local_40;
                                    let _e701 = local_2;
                                    let _e703 = local_31;
                                    let _e706 = local_9;
                                    local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e701 + _e703) + 4294963200u) >> 1u)]), (_e706 >> 1u));
                                    let _e718 = local_46;
                                    let _e720 = local_44;
                                    local_40 = coopMultiplyAdd(_e718, _e720, _e699);
                                    let _e724 = local_41;
                                    let _e726 = local_46;
                                    let _e728 = local_45;
                                    local_41 = coopMultiplyAdd(_e726, _e728, _e724);
                                    let _e732 = local;
                                    let _e734 = local_32;
                                    let _e736 = local_21;
                                    local_23 = (_e734 + _e736);
                                    let _e740 = local_23;
                                    stack[((_e732 + 4293918764u) >> 2u)] = _e740;
                                    let _e748 = local;
                                    let _e750 = local_3;
                                    stack[((_e748 + 4293918760u) >> 2u)] = _e750;
                                    let _e758 = local_23;
                                    let _e760 = local_3;
                                    let _e761 = (_e758 > _e760);
                                    if _e761 {
                                        pending = 4u;
                                        break;
                                    }
                                    let _e768 = local_10;
                                    let _e770 = local_24;
                                    local_10 = (_e768 + _e770);
                                    let _e774 = local_4;
                                    let _e776 = local_25;
                                    local_4 = (_e774 + _e776);
                                    let _e780 = local_42;
                                    let _e782 = local_2;
                                    let _e784 = local_33;
                                    let _e787 = local_9;
                                    local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e782 + _e784) + 4294963200u) >> 1u)]), (_e787 >> 1u));
                                    let _e799 = local_46;
                                    let _e801 = local_44;
                                    local_42 = coopMultiplyAdd(_e799, _e801, _e780);
                                    let _e805 = local_43;
                                    let _e807 = local_46;
                                    let _e809 = local_45;
                                    local_43 = coopMultiplyAdd(_e807, _e809, _e805);
                                    let _e813 = local_2;
                                    local_2 = (_e813 + 32u);
                                    let _e818 = local_21;
                                    local_21 = (_e818 + 16u);
                                    let _e823 = local_21;
                                    let _e825 = local_1;
                                    let _e826 = (_e823 < _e825);
                                    if _e826 {
                                        continue;
                                    }
                                    break;
                                }
                                let _e831 = pending;
                                if (_e831 == 8u) {
                                    pending = 0u;
                                    break;
                                } else {
                                    if (_e831 != 0u) {
                                        break;
                                    }
                                }
                                break;
                            }
                            let _e839 = pending;
                            if (_e839 == 7u) {
                                pending = 0u;
                                break;
                            } else {
                                if (_e839 != 0u) {
                                    break;
                                }
                            }
                            local_3 = subgroup_id;
                            loop {
                                let _e848 = local_1;
                                let _e850 = (_e848 > 15u);
                                if _e850 {
                                    break;
                                }
                                let _e863 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                                if _e863.exchanged {
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
                            let _e900 = local;
                            let _e902 = local_3;
                            let _e909 = local_11;
                            local_2 = (((_e902 << 4u) & 64u) | _e909);
                            let _e913 = local_2;
                            let _e915 = local_1;
                            let _e918 = local_3;
                            let _e925 = local_12;
                            local_9 = (((_e918 << 5u) & 96u) | _e925);
                            let _e929 = local_9;
                            local_21 = ((_e913 * _e915) + _e929);
                            let _e933 = local_21;
                            let _e935 = local_22;
                            local_3 = (_e933 + _e935);
                            let _e939 = local_3;
                            stack[((_e900 + 4293918764u) >> 2u)] = _e939;
                            let _e947 = local;
                            let _e949 = local_7;
                            stack[((_e947 + 4293918760u) >> 2u)] = _e949;
                            let _e957 = local_3;
                            let _e959 = local_7;
                            let _e960 = (_e957 > _e959);
                            if _e960 {
                                pending = 2u;
                                break;
                            }
                            let _e967 = local_36;
                            let _e969 = local_6;
                            let _e971 = local_21;
                            let _e977 = local_1;
                            local_3 = (_e977 << 2u);
                            let _e983 = local_3;
                            coopStoreT(_e967, (&c[(((_e969 + (_e971 << 2u)) + 4294963200u) >> 2u)]), (_e983 >> 2u));
                            let _e993 = local;
                            let _e995 = local_21;
                            local_10 = (_e995 | 16u);
                            let _e1000 = local_10;
                            let _e1002 = local_22;
                            local_21 = (_e1000 + _e1002);
                            let _e1006 = local_21;
                            stack[((_e993 + 4293918764u) >> 2u)] = _e1006;
                            let _e1014 = local;
                            let _e1016 = local_7;
                            stack[((_e1014 + 4293918760u) >> 2u)] = _e1016;
                            let _e1024 = local_21;
                            let _e1026 = local_7;
                            let _e1027 = (_e1024 <= _e1026);
                            if _e1027 {
                                pending = 3u;
                                break;
                            }
                            pending = 2u;
                            break;
                            break;
                        }
                        let _e1036 = pending;
                        if (_e1036 == 6u) {
                            pending = 0u;
                            break;
                        } else {
                            if (_e1036 != 0u) {
                                break;
                            }
                        }
                        let _e1052 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                        if _e1052.exchanged {
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
                    let _e1089 = pending;
                    if (_e1089 == 5u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e1089 != 0u) {
                            break;
                        }
                    }
                    let _e1105 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
                    if _e1105.exchanged {
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
                let _e1142 = pending;
                if (_e1142 == 4u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e1142 != 0u) {
                        break;
                    }
                }
                let _e1150 = local;
                let _e1153 = vec2<u32>(1u, 0u);
                let _e1156 = vec2<u32>(32u, 0u);
                let _e1162 = (_e1156.x & 31u);
                let _e1166 = ((_e1156.x & 32u) != 0u);
                let _e1167 = (_e1153.x << _e1162);
                local_8 = vec2<u32>(select(_e1167, 0u, _e1166), select(((_e1153.y << _e1162) | ((_e1153.x >> 1u) >> (31u - _e1162))), _e1167, _e1166));
                let _e1181 = local_8;
                let _e1183 = local;
                let _e1188 = (_e1181 | vec2<u32>((_e1183 + 12u), 0u));
                let _e1192 = ((_e1150 + 4293918776u) >> 2u);
                stack[_e1192] = _e1188.x;
                stack[(_e1192 + 1u)] = _e1188.y;
                let _e1202 = local;
                let _e1204 = local_8;
                let _e1206 = local;
                let _e1211 = (_e1204 | vec2<u32>((_e1206 + 8u), 0u));
                let _e1215 = ((_e1202 + 4293918768u) >> 2u);
                stack[_e1215] = _e1211.x;
                stack[(_e1215 + 1u)] = _e1211.y;
                let _e1226 = local;
                let _e1236 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
                if _e1236.exchanged {
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
            let _e1273 = pending;
            if (_e1273 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e1273 != 0u) {
                    break;
                }
            }
            let _e1281 = local;
            let _e1284 = vec2<u32>(1u, 0u);
            let _e1287 = vec2<u32>(32u, 0u);
            let _e1293 = (_e1287.x & 31u);
            let _e1297 = ((_e1287.x & 32u) != 0u);
            let _e1298 = (_e1284.x << _e1293);
            local_8 = vec2<u32>(select(_e1298, 0u, _e1297), select(((_e1284.y << _e1293) | ((_e1284.x >> 1u) >> (31u - _e1293))), _e1298, _e1297));
            let _e1312 = local_8;
            let _e1314 = local;
            let _e1319 = (_e1312 | vec2<u32>((_e1314 + 12u), 0u));
            let _e1323 = ((_e1281 + 4293918776u) >> 2u);
            stack[_e1323] = _e1319.x;
            stack[(_e1323 + 1u)] = _e1319.y;
            let _e1333 = local;
            let _e1335 = local_8;
            let _e1337 = local;
            let _e1342 = (_e1335 | vec2<u32>((_e1337 + 8u), 0u));
            let _e1346 = ((_e1333 + 4293918768u) >> 2u);
            stack[_e1346] = _e1342.x;
            stack[(_e1346 + 1u)] = _e1342.y;
            let _e1357 = local;
            let _e1367 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
            if _e1367.exchanged {
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
        let _e1404 = pending;
        if (_e1404 == 2u) {
            pending = 0u;
            break;
        }
        let _e1412 = local_37;
        let _e1414 = local_6;
        let _e1416 = local_10;
        let _e1422 = local_3;
        coopStoreT(_e1412, (&c[(((_e1414 + (_e1416 << 2u)) + 4294963200u) >> 2u)]), (_e1422 >> 2u));
        let _e1432 = local;
        let _e1434 = local_2;
        let _e1438 = local_1;
        let _e1441 = local_9;
        local_21 = (((_e1434 | 16u) * _e1438) + _e1441);
        let _e1445 = local_21;
        let _e1447 = local_22;
        local_10 = (_e1445 + _e1447);
        let _e1451 = local_10;
        stack[((_e1432 + 4293918764u) >> 2u)] = _e1451;
        let _e1459 = local;
        let _e1461 = local_7;
        stack[((_e1459 + 4293918760u) >> 2u)] = _e1461;
        let _e1469 = local_10;
        let _e1471 = local_7;
        let _e1472 = (_e1469 > _e1471);
        if _e1472 {
            break;
        }
        let _e1477 = local_38;
        let _e1479 = local_6;
        let _e1481 = local_21;
        let _e1487 = local_3;
        coopStoreT(_e1477, (&c[(((_e1479 + (_e1481 << 2u)) + 4294963200u) >> 2u)]), (_e1487 >> 2u));
        let _e1497 = local;
        let _e1499 = local_21;
        local_10 = (_e1499 | 16u);
        let _e1504 = local_10;
        let _e1506 = local_22;
        local_21 = (_e1504 + _e1506);
        let _e1510 = local_21;
        stack[((_e1497 + 4293918764u) >> 2u)] = _e1510;
        let _e1518 = local;
        let _e1520 = local_7;
        stack[((_e1518 + 4293918760u) >> 2u)] = _e1520;
        let _e1528 = local_21;
        let _e1530 = local_7;
        let _e1531 = (_e1528 > _e1530);
        if _e1531 {
            break;
        }
        let _e1536 = local_39;
        let _e1538 = local_6;
        let _e1540 = local_10;
        let _e1546 = local_3;
        coopStoreT(_e1536, (&c[(((_e1538 + (_e1540 << 2u)) + 4294963200u) >> 2u)]), (_e1546 >> 2u));
        let _e1556 = local;
        let _e1558 = local_2;
        let _e1562 = local_1;
        let _e1565 = local_9;
        local_21 = (((_e1558 | 32u) * _e1562) + _e1565);
        let _e1569 = local_21;
        let _e1571 = local_22;
        local_10 = (_e1569 + _e1571);
        let _e1575 = local_10;
        stack[((_e1556 + 4293918764u) >> 2u)] = _e1575;
        let _e1583 = local;
        let _e1585 = local_7;
        stack[((_e1583 + 4293918760u) >> 2u)] = _e1585;
        let _e1593 = local_10;
        let _e1595 = local_7;
        let _e1596 = (_e1593 > _e1595);
        if _e1596 {
            break;
        }
        let _e1601 = local_40;
        let _e1603 = local_6;
        let _e1605 = local_21;
        let _e1611 = local_3;
        coopStoreT(_e1601, (&c[(((_e1603 + (_e1605 << 2u)) + 4294963200u) >> 2u)]), (_e1611 >> 2u));
        let _e1621 = local;
        let _e1623 = local_21;
        local_10 = (_e1623 | 16u);
        let _e1628 = local_10;
        let _e1630 = local_22;
        local_21 = (_e1628 + _e1630);
        let _e1634 = local_21;
        stack[((_e1621 + 4293918764u) >> 2u)] = _e1634;
        let _e1642 = local;
        let _e1644 = local_7;
        stack[((_e1642 + 4293918760u) >> 2u)] = _e1644;
        let _e1652 = local_21;
        let _e1654 = local_7;
        let _e1655 = (_e1652 > _e1654);
        if _e1655 {
            break;
        }
        let _e1660 = local_41;
        let _e1662 = local_6;
        let _e1664 = local_10;
        let _e1670 = local_3;
        coopStoreT(_e1660, (&c[(((_e1662 + (_e1664 << 2u)) + 4294963200u) >> 2u)]), (_e1670 >> 2u));
        let _e1680 = local;
        let _e1682 = local_2;
        let _e1686 = local_1;
        let _e1689 = local_9;
        local_2 = (((_e1682 | 48u) * _e1686) + _e1689);
        let _e1693 = local_2;
        let _e1695 = local_22;
        local_9 = (_e1693 + _e1695);
        let _e1699 = local_9;
        stack[((_e1680 + 4293918764u) >> 2u)] = _e1699;
        let _e1707 = local;
        let _e1709 = local_7;
        stack[((_e1707 + 4293918760u) >> 2u)] = _e1709;
        let _e1717 = local_9;
        let _e1719 = local_7;
        let _e1720 = (_e1717 > _e1719);
        if _e1720 {
            break;
        }
        let _e1725 = local_42;
        let _e1727 = local_6;
        let _e1729 = local_2;
        let _e1735 = local_3;
        coopStoreT(_e1725, (&c[(((_e1727 + (_e1729 << 2u)) + 4294963200u) >> 2u)]), (_e1735 >> 2u));
        let _e1745 = local;
        let _e1747 = local_2;
        local_9 = (_e1747 | 16u);
        let _e1752 = local_9;
        let _e1754 = local_22;
        local_2 = (_e1752 + _e1754);
        let _e1758 = local_2;
        stack[((_e1745 + 4293918764u) >> 2u)] = _e1758;
        let _e1766 = local;
        let _e1768 = local_7;
        stack[((_e1766 + 4293918760u) >> 2u)] = _e1768;
        let _e1776 = local_2;
        let _e1778 = local_7;
        let _e1779 = (_e1776 > _e1778);
        if _e1779 {
            break;
        }
        let _e1784 = local_43;
        let _e1786 = local_6;
        let _e1788 = local_9;
        let _e1794 = local_3;
        coopStoreT(_e1784, (&c[(((_e1786 + (_e1788 << 2u)) + 4294963200u) >> 2u)]), (_e1794 >> 2u));
        let _e1804 = local;
        stack_pointer = (_e1804 + 32u);
        return;
        break;
    }
    let _e1809 = local;
    let _e1812 = vec2<u32>(1u, 0u);
    let _e1815 = vec2<u32>(32u, 0u);
    let _e1821 = (_e1815.x & 31u);
    let _e1825 = ((_e1815.x & 32u) != 0u);
    let _e1826 = (_e1812.x << _e1821);
    local_8 = vec2<u32>(select(_e1826, 0u, _e1825), select(((_e1812.y << _e1821) | ((_e1812.x >> 1u) >> (31u - _e1821))), _e1826, _e1825));
    let _e1840 = local_8;
    let _e1842 = local;
    let _e1847 = (_e1840 | vec2<u32>((_e1842 + 12u), 0u));
    let _e1851 = ((_e1809 + 4293918776u) >> 2u);
    stack[_e1851] = _e1847.x;
    stack[(_e1851 + 1u)] = _e1847.y;
    let _e1861 = local;
    let _e1863 = local_8;
    let _e1865 = local;
    let _e1870 = (_e1863 | vec2<u32>((_e1865 + 8u), 0u));
    let _e1874 = ((_e1861 + 4293918768u) >> 2u);
    stack[_e1874] = _e1870.x;
    stack[(_e1874 + 1u)] = _e1870.y;
    let _e1885 = local;
    let _e1895 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
    if _e1895.exchanged {
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
