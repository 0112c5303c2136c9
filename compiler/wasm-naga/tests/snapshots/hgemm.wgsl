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
    let _e99 = local_1;
    switch 0u {
        default: {
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
            switch 0u {
                default: {
                    if (vec2<u32>(select(((_e146.x >> _e155) | ((_e146.y << 1u) << (31u - _e155))), _e161, _e159), select(_e161, 0u, _e159)).x != 0u) {
                        break;
                    }
                    let _e176 = local_3;
                    let _e178 = local_8;
                    local_9 = _e178.x;
                    let _e182 = local_9;
                    let _e183 = (_e176 < _e182);
                    switch 0u {
                        default: {
                            if _e183 {
                                break;
                            }
                            let _e188 = local_5;
                            let _e190 = local_9;
                            let _e191 = (_e188 < _e190);
                            switch 0u {
                                default: {
                                    if _e191 {
                                        break;
                                    }
                                    let _e196 = local_7;
                                    let _e198 = local_9;
                                    let _e199 = (_e196 < _e198);
                                    switch 0u {
                                        default: {
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
                                            let _e248 = local_1;
                                            switch 0u {
                                                default: {
                                                    if (_e248 != 0u) {
                                                        break;
                                                    }
                                                    local_22 = 16u;
                                                    pending = 8u;
                                                }
                                            }
                                            let _e258 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e258 != 0u) {
                                                        break;
                                                    }
                                                    let _e262 = local_1;
                                                    let _e264 = (_e262 < 16u);
                                                    if _e264 {
                                                        pending = 6u;
                                                    }
                                                }
                                            }
                                            let _e272 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e272 != 0u) {
                                                        break;
                                                    }
                                                    let _e276 = local_1;
                                                    local_9 = (_e276 << 1u);
                                                    let _e282 = local_1;
                                                    local_23 = (_e282 * 15u);
                                                    let _e287 = local_23;
                                                    local_22 = (_e287 | 16u);
                                                    let _e292 = local_4;
                                                    let _e294 = local_10;
                                                    let _e299 = local_21;
                                                    local_4 = (_e292 + ((_e294 << 8u) | ((_e299 & 3u) << 6u)));
                                                    let _e309 = local_1;
                                                    local_24 = (_e309 << 4u);
                                                    let _e315 = local_1;
                                                    local_25 = (_e315 << 5u);
                                                    let _e321 = local_12;
                                                    let _e323 = local_21;
                                                    let _e331 = local_23;
                                                    local_10 = (((_e321 + ((_e323 << 5u) & 96u)) + _e331) + 32u);
                                                    let _e337 = local_1;
                                                    let _e339 = local_11;
                                                    let _e341 = local_21;
                                                    local_21 = (_e339 + ((_e341 << 4u) & 64u));
                                                    let _e350 = local_21;
                                                    local_26 = ((_e337 * _e350) << 1u);
                                                    let _e357 = local_1;
                                                    let _e359 = local_21;
                                                    local_27 = ((_e357 * (_e359 + 15u)) + 16u);
                                                    let _e367 = local_1;
                                                    let _e369 = local_21;
                                                    local_28 = ((_e367 * (_e369 + 31u)) + 16u);
                                                    let _e377 = local_1;
                                                    let _e379 = local_21;
                                                    local_29 = ((_e377 * (_e379 + 16u)) << 1u);
                                                    let _e388 = local_1;
                                                    let _e390 = local_21;
                                                    local_30 = ((_e388 * (_e390 + 47u)) + 16u);
                                                    let _e398 = local_1;
                                                    let _e400 = local_21;
                                                    local_31 = ((_e398 * (_e400 + 32u)) << 1u);
                                                    let _e409 = local_1;
                                                    let _e411 = local_21;
                                                    local_32 = ((_e409 * (_e411 + 63u)) + 16u);
                                                    let _e419 = local_1;
                                                    let _e421 = local_21;
                                                    local_33 = ((_e419 * (_e421 + 48u)) << 1u);
                                                    local_21 = 0u;
                                                    loop {
                                                        let _e432 = local;
                                                        let _e434 = local_10;
                                                        local_23 = (_e434 + 4294967280u);
                                                        let _e439 = local_23;
                                                        stack[((_e432 + 4293918764u) >> 2u)] = _e439;
                                                        let _e447 = local;
                                                        let _e449 = local_5;
                                                        stack[((_e447 + 4293918760u) >> 2u)] = _e449;
                                                        let _e457 = local_23;
                                                        let _e459 = local_5;
                                                        let _e460 = (_e457 > _e459);
                                                        if _e460 {
                                                            pending = 5u;
                                                            break;
                                                        }
                                                        let _e467 = local_4;
                                                        let _e469 = local_9;
                                                        local_44 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[((_e467 + 4294963200u) >> 1u)]), (_e469 >> 1u));
                                                        let _e481 = local;
                                                        let _e483 = local_10;
                                                        stack[((_e481 + 4293918764u) >> 2u)] = _e483;
                                                        let _e491 = local;
                                                        let _e493 = local_5;
                                                        stack[((_e491 + 4293918760u) >> 2u)] = _e493;
                                                        let _e501 = local_10;
                                                        let _e503 = local_5;
                                                        let _e504 = (_e501 > _e503);
                                                        if _e504 {
                                                            pending = 5u;
                                                            break;
                                                        }
                                                        let _e511 = local_4;
                                                        let _e515 = local_9;
                                                        local_45 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[(((_e511 + 32u) + 4294963200u) >> 1u)]), (_e515 >> 1u));
                                                        let _e527 = local;
                                                        let _e529 = local_27;
                                                        let _e531 = local_21;
                                                        local_23 = (_e529 + _e531);
                                                        let _e535 = local_23;
                                                        stack[((_e527 + 4293918764u) >> 2u)] = _e535;
                                                        let _e543 = local;
                                                        let _e545 = local_3;
                                                        stack[((_e543 + 4293918760u) >> 2u)] = _e545;
                                                        let _e553 = local_23;
                                                        let _e555 = local_3;
                                                        let _e556 = (_e553 > _e555);
                                                        if _e556 {
                                                            pending = 4u;
                                                            break;
                                                        }
                                                        let _e563 = local_36;
                                                        let _e565 = local_2;
                                                        let _e567 = local_26;
                                                        let _e570 = local_9;
                                                        local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e565 + _e567) + 4294963200u) >> 1u)]), (_e570 >> 1u));
                                                        let _e582 = local_46;
                                                        let _e584 = local_44;
                                                        local_36 = coopMultiplyAdd(_e582, _e584, _e563);
                                                        let _e588 = local_37;
                                                        let _e590 = local_46;
                                                        let _e592 = local_45;
                                                        local_37 = coopMultiplyAdd(_e590, _e592, _e588);
                                                        let _e596 = local;
                                                        let _e598 = local_28;
                                                        let _e600 = local_21;
                                                        local_23 = (_e598 + _e600);
                                                        let _e604 = local_23;
                                                        stack[((_e596 + 4293918764u) >> 2u)] = _e604;
                                                        let _e612 = local;
                                                        let _e614 = local_3;
                                                        stack[((_e612 + 4293918760u) >> 2u)] = _e614;
                                                        let _e622 = local_23;
                                                        let _e624 = local_3;
                                                        let _e625 = (_e622 > _e624);
                                                        if _e625 {
                                                            pending = 4u;
                                                            break;
                                                        }
                                                        let _e632 = local_38;
                                                        let _e634 = local_2;
                                                        let _e636 = local_29;
                                                        let _e639 = local_9;
                                                        local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e634 + _e636) + 4294963200u) >> 1u)]), (_e639 >> 1u));
                                                        let _e651 = local_46;
                                                        let _e653 = local_44;
                                                        local_38 = coopMultiplyAdd(_e651, _e653, _e632);
                                                        let _e657 = local_39;
                                                        let _e659 = local_46;
                                                        let _e661 = local_45;
                                                        local_39 = coopMultiplyAdd(_e659, _e661, _e657);
                                                        let _e665 = local;
                                                        let _e667 = local_30;
                                                        let _e669 = local_21;
                                                        local_23 = (_e667 + _e669);
                                                        let _e673 = local_23;
                                                        stack[((_e665 + 4293918764u) >> 2u)] = _e673;
                                                        let _e681 = local;
                                                        let _e683 = local_3;
                                                        stack[((_e681 + 4293918760u) >> 2u)] = _e683;
                                                        let _e691 = local_23;
                                                        let _e693 = local_3;
                                                        let _e694 = (_e691 > _e693);
                                                        if _e694 {
                                                            pending = 4u;
                                                            break;
                                                        }
                                                        let _e701 = local_40;
                                                        let _e703 = local_2;
                                                        let _e705 = local_31;
                                                        let _e708 = local_9;
                                                        local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e703 + _e705) + 4294963200u) >> 1u)]), (_e708 >> 1u));
                                                        let _e720 = local_46;
                                                        let _e722 = local_44;
                                                        local_40 = coopMultiplyAdd(_e720, _e722, _e701);
                                                        let _e726 = local_41;
                                                        let _e728 = local_46;
                                                        let _e730 = local_45;
                                                        local_41 = coopMultiplyAdd(_e728, _e730, _e726);
                                                        let _e734 = local;
                                                        let _e736 = local_32;
                                                        let _e738 = local_21;
                                                        local_23 = (_e736 + _e738);
                                                        let _e742 = local_23;
                                                        stack[((_e734 + 4293918764u) >> 2u)] = _e742;
                                                        let _e750 = local;
                                                        let _e752 = local_3;
                                                        stack[((_e750 + 4293918760u) >> 2u)] = _e752;
                                                        let _e760 = local_23;
                                                        let _e762 = local_3;
                                                        let _e763 = (_e760 > _e762);
                                                        if _e763 {
                                                            pending = 4u;
                                                            break;
                                                        }
                                                        let _e770 = local_10;
                                                        let _e772 = local_24;
                                                        local_10 = (_e770 + _e772);
                                                        let _e776 = local_4;
                                                        let _e778 = local_25;
                                                        local_4 = (_e776 + _e778);
                                                        let _e782 = local_42;
                                                        let _e784 = local_2;
                                                        let _e786 = local_33;
                                                        let _e789 = local_9;
                                                        local_46 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e784 + _e786) + 4294963200u) >> 1u)]), (_e789 >> 1u));
                                                        let _e801 = local_46;
                                                        let _e803 = local_44;
                                                        local_42 = coopMultiplyAdd(_e801, _e803, _e782);
                                                        let _e807 = local_43;
                                                        let _e809 = local_46;
                                                        let _e811 = local_45;
                                                        local_43 = coopMultiplyAdd(_e809, _e811, _e807);
                                                        let _e815 = local_2;
                                                        local_2 = (_e815 + 32u);
                                                        let _e820 = local_21;
                                                        local_21 = (_e820 + 16u);
                                                        let _e825 = local_21;
                                                        let _e827 = local_1;
                                                        let _e828 = (_e825 < _e827);
                                                        if _e828 {
                                                            continue;
                                                        }
                                                        break;
                                                    }
                                                }
                                            }
                                            let _e834 = pending;
                                            if (_e834 == 8u) {
                                                pending = 0u;
                                            }
                                            let _e840 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e840 != 0u) {
                                                        break;
                                                    }
                                                    local_3 = subgroup_id;
                                                    let _e845 = local_1;
                                                    let _e847 = (_e845 > 15u);
                                                    switch 0u {
                                                        default: {
                                                            if _e847 {
                                                                break;
                                                            }
                                                            let _e860 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                                                            if _e860.exchanged {
                                                                atomicStore((&status[1]), local_id.x);
                                                                atomicStore((&status[2]), local_id.y);
                                                                atomicStore((&status[3]), local_id.z);
                                                                atomicStore((&status[4]), workgroup_id.x);
                                                                atomicStore((&status[5]), workgroup_id.y);
                                                                atomicStore((&status[6]), workgroup_id.z);
                                                                atomicStore((&status[7]), 1060u);
                                                                atomicStore((&status[8]), 19u);
                                                                atomicStore((&status[9]), 10u);
                                                                atomicStore((&status[10]), 795046515u);
                                                                atomicStore((&status[11]), 778201452u);
                                                                atomicStore((&status[12]), 29554u);
                                                            }
                                                            return;
                                                        }
                                                    }
                                                    let _e898 = local;
                                                    let _e900 = local_3;
                                                    let _e907 = local_11;
                                                    local_2 = (((_e900 << 4u) & 64u) | _e907);
                                                    let _e911 = local_2;
                                                    let _e913 = local_1;
                                                    let _e916 = local_3;
                                                    let _e923 = local_12;
                                                    local_9 = (((_e916 << 5u) & 96u) | _e923);
                                                    let _e927 = local_9;
                                                    local_21 = ((_e911 * _e913) + _e927);
                                                    let _e931 = local_21;
                                                    let _e933 = local_22;
                                                    local_3 = (_e931 + _e933);
                                                    let _e937 = local_3;
                                                    stack[((_e898 + 4293918764u) >> 2u)] = _e937;
                                                    let _e945 = local;
                                                    let _e947 = local_7;
                                                    stack[((_e945 + 4293918760u) >> 2u)] = _e947;
                                                    let _e955 = local_3;
                                                    let _e957 = local_7;
                                                    let _e958 = (_e955 > _e957);
                                                    if _e958 {
                                                        pending = 2u;
                                                    }
                                                }
                                            }
                                            let _e966 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e966 != 0u) {
                                                        break;
                                                    }
                                                    let _e970 = local_36;
                                                    let _e972 = local_6;
                                                    let _e974 = local_21;
                                                    let _e980 = local_1;
                                                    local_3 = (_e980 << 2u);
                                                    let _e986 = local_3;
                                                    coopStoreT(_e970, (&c[(((_e972 + (_e974 << 2u)) + 4294963200u) >> 2u)]), (_e986 >> 2u));
                                                    let _e996 = local;
                                                    let _e998 = local_21;
                                                    local_10 = (_e998 | 16u);
                                                    let _e1003 = local_10;
                                                    let _e1005 = local_22;
                                                    local_21 = (_e1003 + _e1005);
                                                    let _e1009 = local_21;
                                                    stack[((_e996 + 4293918764u) >> 2u)] = _e1009;
                                                    let _e1017 = local;
                                                    let _e1019 = local_7;
                                                    stack[((_e1017 + 4293918760u) >> 2u)] = _e1019;
                                                    let _e1027 = local_21;
                                                    let _e1029 = local_7;
                                                    let _e1030 = (_e1027 <= _e1029);
                                                    if _e1030 {
                                                        pending = 3u;
                                                    }
                                                }
                                            }
                                            let _e1038 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e1038 != 0u) {
                                                        break;
                                                    }
                                                    pending = 2u;
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
    let _e1050 = pending;
    switch 0u {
        default: {
            if (_e1050 != 0u) {
                break;
            }
            let _e1062 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e1062.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1039u);
                atomicStore((&status[8]), 5u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e1100 = pending;
    if (_e1100 == 6u) {
        pending = 0u;
    }
    let _e1106 = pending;
    switch 0u {
        default: {
            if (_e1106 != 0u) {
                break;
            }
            let _e1118 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
            if _e1118.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1151u);
                atomicStore((&status[8]), 33u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e1156 = pending;
    if (_e1156 == 5u) {
        pending = 0u;
    }
    let _e1162 = pending;
    switch 0u {
        default: {
            if (_e1162 != 0u) {
                break;
            }
            let _e1166 = local;
            let _e1169 = vec2<u32>(1u, 0u);
            let _e1172 = vec2<u32>(32u, 0u);
            let _e1178 = (_e1172.x & 31u);
            let _e1182 = ((_e1172.x & 32u) != 0u);
            let _e1183 = (_e1169.x << _e1178);
            local_8 = vec2<u32>(select(_e1183, 0u, _e1182), select(((_e1169.y << _e1178) | ((_e1169.x >> 1u) >> (31u - _e1178))), _e1183, _e1182));
            let _e1197 = local_8;
            let _e1199 = local;
            let _e1204 = (_e1197 | vec2<u32>((_e1199 + 12u), 0u));
            let _e1208 = ((_e1166 + 4293918776u) >> 2u);
            stack[_e1208] = _e1204.x;
            stack[(_e1208 + 1u)] = _e1204.y;
            let _e1218 = local;
            let _e1220 = local_8;
            let _e1222 = local;
            let _e1227 = (_e1220 | vec2<u32>((_e1222 + 8u), 0u));
            let _e1231 = ((_e1218 + 4293918768u) >> 2u);
            stack[_e1231] = _e1227.x;
            stack[(_e1231 + 1u)] = _e1227.y;
            let _e1242 = local;
            let _e1252 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
            if _e1252.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1151u);
                atomicStore((&status[8]), 33u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e1290 = pending;
    if (_e1290 == 4u) {
        pending = 0u;
    }
    let _e1296 = pending;
    switch 0u {
        default: {
            if (_e1296 != 0u) {
                break;
            }
            let _e1300 = local;
            let _e1303 = vec2<u32>(1u, 0u);
            let _e1306 = vec2<u32>(32u, 0u);
            let _e1312 = (_e1306.x & 31u);
            let _e1316 = ((_e1306.x & 32u) != 0u);
            let _e1317 = (_e1303.x << _e1312);
            local_8 = vec2<u32>(select(_e1317, 0u, _e1316), select(((_e1303.y << _e1312) | ((_e1303.x >> 1u) >> (31u - _e1312))), _e1317, _e1316));
            let _e1331 = local_8;
            let _e1333 = local;
            let _e1338 = (_e1331 | vec2<u32>((_e1333 + 12u), 0u));
            let _e1342 = ((_e1300 + 4293918776u) >> 2u);
            stack[_e1342] = _e1338.x;
            stack[(_e1342 + 1u)] = _e1338.y;
            let _e1352 = local;
            let _e1354 = local_8;
            let _e1356 = local;
            let _e1361 = (_e1354 | vec2<u32>((_e1356 + 8u), 0u));
            let _e1365 = ((_e1352 + 4293918768u) >> 2u);
            stack[_e1365] = _e1361.x;
            stack[(_e1365 + 1u)] = _e1361.y;
            let _e1376 = local;
            let _e1386 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
            if _e1386.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1153u);
                atomicStore((&status[8]), 22u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e1424 = pending;
    if (_e1424 == 3u) {
        pending = 0u;
    }
    let _e1430 = pending;
    switch 0u {
        default: {
            if (_e1430 != 0u) {
                break;
            }
            let _e1434 = local_37;
            let _e1436 = local_6;
            let _e1438 = local_10;
            let _e1444 = local_3;
            coopStoreT(_e1434, (&c[(((_e1436 + (_e1438 << 2u)) + 4294963200u) >> 2u)]), (_e1444 >> 2u));
            let _e1454 = local;
            let _e1456 = local_2;
            let _e1460 = local_1;
            let _e1463 = local_9;
            local_21 = (((_e1456 | 16u) * _e1460) + _e1463);
            let _e1467 = local_21;
            let _e1469 = local_22;
            local_10 = (_e1467 + _e1469);
            let _e1473 = local_10;
            stack[((_e1454 + 4293918764u) >> 2u)] = _e1473;
            let _e1481 = local;
            let _e1483 = local_7;
            stack[((_e1481 + 4293918760u) >> 2u)] = _e1483;
            let _e1491 = local_10;
            let _e1493 = local_7;
            let _e1494 = (_e1491 > _e1493);
            switch 0u {
                default: {
                    if _e1494 {
                        break;
                    }
                    let _e1499 = local_38;
                    let _e1501 = local_6;
                    let _e1503 = local_21;
                    let _e1509 = local_3;
                    coopStoreT(_e1499, (&c[(((_e1501 + (_e1503 << 2u)) + 4294963200u) >> 2u)]), (_e1509 >> 2u));
                    let _e1519 = local;
                    let _e1521 = local_21;
                    local_10 = (_e1521 | 16u);
                    let _e1526 = local_10;
                    let _e1528 = local_22;
                    local_21 = (_e1526 + _e1528);
                    let _e1532 = local_21;
                    stack[((_e1519 + 4293918764u) >> 2u)] = _e1532;
                    let _e1540 = local;
                    let _e1542 = local_7;
                    stack[((_e1540 + 4293918760u) >> 2u)] = _e1542;
                    let _e1550 = local_21;
                    let _e1552 = local_7;
                    let _e1553 = (_e1550 > _e1552);
                    switch 0u {
                        default: {
                            if _e1553 {
                                break;
                            }
                            let _e1558 = local_39;
                            let _e1560 = local_6;
                            let _e1562 = local_10;
                            let _e1568 = local_3;
                            coopStoreT(_e1558, (&c[(((_e1560 + (_e1562 << 2u)) + 4294963200u) >> 2u)]), (_e1568 >> 2u));
                            let _e1578 = local;
                            let _e1580 = local_2;
                            let _e1584 = local_1;
                            let _e1587 = local_9;
                            local_21 = (((_e1580 | 32u) * _e1584) + _e1587);
                            let _e1591 = local_21;
                            let _e1593 = local_22;
                            local_10 = (_e1591 + _e1593);
                            let _e1597 = local_10;
                            stack[((_e1578 + 4293918764u) >> 2u)] = _e1597;
                            let _e1605 = local;
                            let _e1607 = local_7;
                            stack[((_e1605 + 4293918760u) >> 2u)] = _e1607;
                            let _e1615 = local_10;
                            let _e1617 = local_7;
                            let _e1618 = (_e1615 > _e1617);
                            switch 0u {
                                default: {
                                    if _e1618 {
                                        break;
                                    }
                                    let _e1623 = local_40;
                                    let _e1625 = local_6;
                                    let _e1627 = local_21;
                                    let _e1633 = local_3;
                                    coopStoreT(_e1623, (&c[(((_e1625 + (_e1627 << 2u)) + 4294963200u) >> 2u)]), (_e1633 >> 2u));
                                    let _e1643 = local;
                                    let _e1645 = local_21;
                                    local_10 = (_e1645 | 16u);
                                    let _e1650 = local_10;
                                    let _e1652 = local_22;
                                    local_21 = (_e1650 + _e1652);
                                    let _e1656 = local_21;
                                    stack[((_e1643 + 4293918764u) >> 2u)] = _e1656;
                                    let _e1664 = local;
                                    let _e1666 = local_7;
                                    stack[((_e1664 + 4293918760u) >> 2u)] = _e1666;
                                    let _e1674 = local_21;
                                    let _e1676 = local_7;
                                    let _e1677 = (_e1674 > _e1676);
                                    switch 0u {
                                        default: {
                                            if _e1677 {
                                                break;
                                            }
                                            let _e1682 = local_41;
                                            let _e1684 = local_6;
                                            let _e1686 = local_10;
                                            let _e1692 = local_3;
                                            coopStoreT(_e1682, (&c[(((_e1684 + (_e1686 << 2u)) + 4294963200u) >> 2u)]), (_e1692 >> 2u));
                                            let _e1702 = local;
                                            let _e1704 = local_2;
                                            let _e1708 = local_1;
                                            let _e1711 = local_9;
                                            local_2 = (((_e1704 | 48u) * _e1708) + _e1711);
                                            let _e1715 = local_2;
                                            let _e1717 = local_22;
                                            local_9 = (_e1715 + _e1717);
                                            let _e1721 = local_9;
                                            stack[((_e1702 + 4293918764u) >> 2u)] = _e1721;
                                            let _e1729 = local;
                                            let _e1731 = local_7;
                                            stack[((_e1729 + 4293918760u) >> 2u)] = _e1731;
                                            let _e1739 = local_9;
                                            let _e1741 = local_7;
                                            let _e1742 = (_e1739 > _e1741);
                                            switch 0u {
                                                default: {
                                                    if _e1742 {
                                                        break;
                                                    }
                                                    let _e1747 = local_42;
                                                    let _e1749 = local_6;
                                                    let _e1751 = local_2;
                                                    let _e1757 = local_3;
                                                    coopStoreT(_e1747, (&c[(((_e1749 + (_e1751 << 2u)) + 4294963200u) >> 2u)]), (_e1757 >> 2u));
                                                    let _e1767 = local;
                                                    let _e1769 = local_2;
                                                    local_9 = (_e1769 | 16u);
                                                    let _e1774 = local_9;
                                                    let _e1776 = local_22;
                                                    local_2 = (_e1774 + _e1776);
                                                    let _e1780 = local_2;
                                                    stack[((_e1767 + 4293918764u) >> 2u)] = _e1780;
                                                    let _e1788 = local;
                                                    let _e1790 = local_7;
                                                    stack[((_e1788 + 4293918760u) >> 2u)] = _e1790;
                                                    let _e1798 = local_2;
                                                    let _e1800 = local_7;
                                                    let _e1801 = (_e1798 > _e1800);
                                                    switch 0u {
                                                        default: {
                                                            if _e1801 {
                                                                break;
                                                            }
                                                            let _e1806 = local_43;
                                                            let _e1808 = local_6;
                                                            let _e1810 = local_9;
                                                            let _e1816 = local_3;
                                                            coopStoreT(_e1806, (&c[(((_e1808 + (_e1810 << 2u)) + 4294963200u) >> 2u)]), (_e1816 >> 2u));
                                                            let _e1826 = local;
                                                            stack_pointer = (_e1826 + 32u);
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
        }
    }
    let _e1838 = pending;
    if (_e1838 == 2u) {
        pending = 0u;
    }
    let _e1844 = local;
    let _e1847 = vec2<u32>(1u, 0u);
    let _e1850 = vec2<u32>(32u, 0u);
    let _e1856 = (_e1850.x & 31u);
    let _e1860 = ((_e1850.x & 32u) != 0u);
    let _e1861 = (_e1847.x << _e1856);
    local_8 = vec2<u32>(select(_e1861, 0u, _e1860), select(((_e1847.y << _e1856) | ((_e1847.x >> 1u) >> (31u - _e1856))), _e1861, _e1860));
    let _e1875 = local_8;
    let _e1877 = local;
    let _e1882 = (_e1875 | vec2<u32>((_e1877 + 12u), 0u));
    let _e1886 = ((_e1844 + 4293918776u) >> 2u);
    stack[_e1886] = _e1882.x;
    stack[(_e1886 + 1u)] = _e1882.y;
    let _e1896 = local;
    let _e1898 = local_8;
    let _e1900 = local;
    let _e1905 = (_e1898 | vec2<u32>((_e1900 + 8u), 0u));
    let _e1909 = ((_e1896 + 4293918768u) >> 2u);
    stack[_e1909] = _e1905.x;
    stack[(_e1909 + 1u)] = _e1905.y;
    let _e1920 = local;
    let _e1930 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
    if _e1930.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 1060u);
        atomicStore((&status[8]), 19u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
