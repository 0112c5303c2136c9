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
    var local_36: u32;
    var local_37: u32;
    var local_38: u32;
    var local_39: u32;
    var local_40: coop_mat16x16<f32,C>;
    var local_41: coop_mat16x16<f32,C>;
    var local_42: coop_mat16x16<f32,C>;
    var local_43: coop_mat16x16<f32,C>;
    var local_44: coop_mat16x16<f32,C>;
    var local_45: coop_mat16x16<f32,C>;
    var local_46: coop_mat16x16<f32,C>;
    var local_47: coop_mat16x16<f32,C>;
    var pending: u32 = 0u;
    var local_48: coop_mat16x16<f16,B>;
    var local_49: coop_mat16x16<f16,B>;
    var local_50: coop_mat16x16<f16,A>;

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
    local_34 = 0u;
    local_35 = 0u;
    local_36 = 0u;
    local_39 = 0u;
    let _e66 = stack_pointer;
    local = (_e66 - 32u);
    let _e71 = local;
    stack_pointer = _e71;
    let _e76 = params[0];
    local_1 = _e76;
    local_2 = 4096u;
    let _e84 = params[2];
    local_3 = _e84;
    local_4 = 4096u;
    let _e92 = params[4];
    local_5 = _e92;
    local_6 = 4096u;
    let _e100 = params[6];
    local_7 = _e100;
    let _e107 = local_1;
    switch 0u {
        default: {
            if ((_e107 & 255u) != 0u) {
                break;
            }
            let _e113 = local_1;
            local_8 = vec2<u32>(_e113, 0u);
            let _e118 = local_8;
            let _e120 = local_8;
            let _e128 = (_e118.x & 65535u);
            let _e129 = (_e118.x >> 16u);
            let _e130 = (_e120.x & 65535u);
            let _e131 = (_e120.x >> 16u);
            let _e133 = (_e128 * _e131);
            let _e134 = (_e129 * _e130);
            local_8 = vec2<u32>((_e118.x * _e120.x), ((((((_e129 * _e131) + (_e133 >> 16u)) + (_e134 >> 16u)) + (((((_e128 * _e130) >> 16u) + (_e133 & 65535u)) + (_e134 & 65535u)) >> 16u)) + (_e118.x * _e120.y)) + (_e118.y * _e120.x)));
            let _e154 = local_8;
            let _e157 = vec2<u32>(32u, 0u);
            let _e163 = (_e157.x & 31u);
            let _e167 = ((_e157.x & 32u) != 0u);
            let _e169 = (_e154.y >> _e163);
            switch 0u {
                default: {
                    if (vec2<u32>(select(((_e154.x >> _e163) | ((_e154.y << 1u) << (31u - _e163))), _e169, _e167), select(_e169, 0u, _e167)).x != 0u) {
                        break;
                    }
                    let _e184 = local_3;
                    let _e186 = local_8;
                    local_9 = _e186.x;
                    let _e190 = local_9;
                    let _e191 = (_e184 < _e190);
                    switch 0u {
                        default: {
                            if _e191 {
                                break;
                            }
                            let _e196 = local_5;
                            let _e198 = local_9;
                            let _e199 = (_e196 < _e198);
                            switch 0u {
                                default: {
                                    if _e199 {
                                        break;
                                    }
                                    let _e204 = local_7;
                                    let _e206 = local_9;
                                    let _e207 = (_e204 < _e206);
                                    switch 0u {
                                        default: {
                                            if _e207 {
                                                break;
                                            }
                                            local_9 = workgroup_id.y;
                                            local_10 = workgroup_id.x;
                                            let _e226 = local_9;
                                            local_11 = (_e226 << 7u);
                                            let _e232 = local_10;
                                            local_12 = (_e232 << 8u);
                                            local_40 = coop_mat16x16<f32,C>();
                                            local_41 = coop_mat16x16<f32,C>();
                                            local_42 = coop_mat16x16<f32,C>();
                                            local_43 = coop_mat16x16<f32,C>();
                                            local_44 = coop_mat16x16<f32,C>();
                                            local_45 = coop_mat16x16<f32,C>();
                                            local_46 = coop_mat16x16<f32,C>();
                                            local_47 = coop_mat16x16<f32,C>();
                                            local_21 = subgroup_id;
                                            let _e256 = local_1;
                                            switch 0u {
                                                default: {
                                                    if (_e256 != 0u) {
                                                        break;
                                                    }
                                                    local_22 = 16u;
                                                    pending = 13u;
                                                }
                                            }
                                            let _e266 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e266 != 0u) {
                                                        break;
                                                    }
                                                    let _e270 = local_1;
                                                    let _e272 = (_e270 < 16u);
                                                    if _e272 {
                                                        pending = 11u;
                                                    }
                                                }
                                            }
                                            let _e280 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e280 != 0u) {
                                                        break;
                                                    }
                                                    let _e284 = local_1;
                                                    local_9 = (_e284 << 1u);
                                                    let _e290 = local_1;
                                                    local_23 = (_e290 * 15u);
                                                    let _e295 = local_23;
                                                    local_22 = (_e295 | 16u);
                                                    let _e300 = local_4;
                                                    let _e302 = local_10;
                                                    let _e307 = local_21;
                                                    local_24 = (_e300 + ((_e302 << 9u) | ((_e307 & 3u) << 6u)));
                                                    let _e317 = local_1;
                                                    local_25 = (_e317 << 4u);
                                                    let _e323 = local_1;
                                                    local_26 = (_e323 << 5u);
                                                    let _e329 = local_12;
                                                    let _e331 = local_21;
                                                    let _e339 = local_23;
                                                    local_27 = (((_e329 + ((_e331 << 5u) & 96u)) + _e339) + 32u);
                                                    let _e345 = local_1;
                                                    let _e347 = local_11;
                                                    let _e349 = local_21;
                                                    local_21 = (_e347 + ((_e349 << 4u) & 64u));
                                                    let _e358 = local_21;
                                                    local_28 = ((_e345 * _e358) << 1u);
                                                    let _e365 = local_1;
                                                    let _e367 = local_21;
                                                    local_29 = ((_e365 * (_e367 + 15u)) + 16u);
                                                    let _e375 = local_1;
                                                    let _e377 = local_21;
                                                    local_30 = ((_e375 * (_e377 + 31u)) + 16u);
                                                    let _e385 = local_1;
                                                    let _e387 = local_21;
                                                    local_31 = ((_e385 * (_e387 + 16u)) << 1u);
                                                    let _e396 = local_1;
                                                    let _e398 = local_21;
                                                    local_32 = ((_e396 * (_e398 + 47u)) + 16u);
                                                    let _e406 = local_1;
                                                    let _e408 = local_21;
                                                    local_33 = ((_e406 * (_e408 + 32u)) << 1u);
                                                    let _e417 = local_1;
                                                    let _e419 = local_21;
                                                    local_34 = ((_e417 * (_e419 + 63u)) + 16u);
                                                    let _e427 = local_1;
                                                    let _e429 = local_21;
                                                    local_35 = ((_e427 * (_e429 + 48u)) << 1u);
                                                    local_21 = 0u;
                                                    let _e440 = local_2;
                                                    local_23 = _e440;
                                                    loop {
                                                        let _e443 = local;
                                                        let _e445 = local_27;
                                                        local_36 = (_e445 + 4294967280u);
                                                        let _e450 = local_36;
                                                        stack[((_e443 + 4293918764u) >> 2u)] = _e450;
                                                        let _e458 = local;
                                                        let _e460 = local_5;
                                                        stack[((_e458 + 4293918760u) >> 2u)] = _e460;
                                                        let _e468 = local_36;
                                                        let _e470 = local_5;
                                                        let _e471 = (_e468 > _e470);
                                                        if _e471 {
                                                            pending = 10u;
                                                            break;
                                                        }
                                                        let _e478 = local_24;
                                                        let _e480 = local_9;
                                                        local_48 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[((_e478 + 4294963200u) >> 1u)]), (_e480 >> 1u));
                                                        let _e492 = local;
                                                        let _e494 = local_27;
                                                        stack[((_e492 + 4293918764u) >> 2u)] = _e494;
                                                        let _e502 = local;
                                                        let _e504 = local_5;
                                                        stack[((_e502 + 4293918760u) >> 2u)] = _e504;
                                                        let _e512 = local_27;
                                                        let _e514 = local_5;
                                                        let _e515 = (_e512 > _e514);
                                                        if _e515 {
                                                            pending = 9u;
                                                            break;
                                                        }
                                                        let _e522 = local_24;
                                                        let _e526 = local_9;
                                                        local_49 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[(((_e522 + 32u) + 4294963200u) >> 1u)]), (_e526 >> 1u));
                                                        let _e538 = local;
                                                        let _e540 = local_29;
                                                        let _e542 = local_21;
                                                        local_36 = (_e540 + _e542);
                                                        let _e546 = local_36;
                                                        stack[((_e538 + 4293918764u) >> 2u)] = _e546;
                                                        let _e554 = local;
                                                        let _e556 = local_3;
                                                        stack[((_e554 + 4293918760u) >> 2u)] = _e556;
                                                        let _e564 = local_36;
                                                        let _e566 = local_3;
                                                        let _e567 = (_e564 > _e566);
                                                        if _e567 {
                                                            pending = 8u;
                                                            break;
                                                        }
                                                        let _e574 = local_40;
                                                        let _e576 = local_23;
                                                        let _e578 = local_28;
                                                        let _e581 = local_9;
                                                        local_50 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e576 + _e578) + 4294963200u) >> 1u)]), (_e581 >> 1u));
                                                        let _e593 = local_50;
                                                        let _e595 = local_48;
                                                        local_40 = coopMultiplyAdd(_e593, _e595, _e574);
                                                        let _e599 = local_41;
                                                        let _e601 = local_50;
                                                        let _e603 = local_49;
                                                        local_41 = coopMultiplyAdd(_e601, _e603, _e599);
                                                        let _e607 = local;
                                                        let _e609 = local_30;
                                                        let _e611 = local_21;
                                                        local_36 = (_e609 + _e611);
                                                        let _e615 = local_36;
                                                        stack[((_e607 + 4293918764u) >> 2u)] = _e615;
                                                        let _e623 = local;
                                                        let _e625 = local_3;
                                                        stack[((_e623 + 4293918760u) >> 2u)] = _e625;
                                                        let _e633 = local_36;
                                                        let _e635 = local_3;
                                                        let _e636 = (_e633 > _e635);
                                                        if _e636 {
                                                            pending = 8u;
                                                            break;
                                                        }
                                                        let _e643 = local_42;
                                                        let _e645 = local_23;
                                                        let _e647 = local_31;
                                                        let _e650 = local_9;
                                                        local_50 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e645 + _e647) + 4294963200u) >> 1u)]), (_e650 >> 1u));
                                                        let _e662 = local_50;
                                                        let _e664 = local_48;
                                                        local_42 = coopMultiplyAdd(_e662, _e664, _e643);
                                                        let _e668 = local_43;
                                                        let _e670 = local_50;
                                                        let _e672 = local_49;
                                                        local_43 = coopMultiplyAdd(_e670, _e672, _e668);
                                                        let _e676 = local;
                                                        let _e678 = local_32;
                                                        let _e680 = local_21;
                                                        local_36 = (_e678 + _e680);
                                                        let _e684 = local_36;
                                                        stack[((_e676 + 4293918764u) >> 2u)] = _e684;
                                                        let _e692 = local;
                                                        let _e694 = local_3;
                                                        stack[((_e692 + 4293918760u) >> 2u)] = _e694;
                                                        let _e702 = local_36;
                                                        let _e704 = local_3;
                                                        let _e705 = (_e702 > _e704);
                                                        if _e705 {
                                                            pending = 8u;
                                                            break;
                                                        }
                                                        let _e712 = local_44;
                                                        let _e714 = local_23;
                                                        let _e716 = local_33;
                                                        let _e719 = local_9;
                                                        local_50 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e714 + _e716) + 4294963200u) >> 1u)]), (_e719 >> 1u));
                                                        let _e731 = local_50;
                                                        let _e733 = local_48;
                                                        local_44 = coopMultiplyAdd(_e731, _e733, _e712);
                                                        let _e737 = local_45;
                                                        let _e739 = local_50;
                                                        let _e741 = local_49;
                                                        local_45 = coopMultiplyAdd(_e739, _e741, _e737);
                                                        let _e745 = local;
                                                        let _e747 = local_34;
                                                        let _e749 = local_21;
                                                        local_36 = (_e747 + _e749);
                                                        let _e753 = local_36;
                                                        stack[((_e745 + 4293918764u) >> 2u)] = _e753;
                                                        let _e761 = local;
                                                        let _e763 = local_3;
                                                        stack[((_e761 + 4293918760u) >> 2u)] = _e763;
                                                        let _e771 = local_36;
                                                        let _e773 = local_3;
                                                        let _e774 = (_e771 > _e773);
                                                        if _e774 {
                                                            pending = 8u;
                                                            break;
                                                        }
                                                        let _e781 = local_27;
                                                        let _e783 = local_25;
                                                        local_27 = (_e781 + _e783);
                                                        let _e787 = local_24;
                                                        let _e789 = local_26;
                                                        local_24 = (_e787 + _e789);
                                                        let _e793 = local_46;
                                                        let _e795 = local_23;
                                                        let _e797 = local_35;
                                                        let _e800 = local_9;
                                                        local_50 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e795 + _e797) + 4294963200u) >> 1u)]), (_e800 >> 1u));
                                                        let _e812 = local_50;
                                                        let _e814 = local_48;
                                                        local_46 = coopMultiplyAdd(_e812, _e814, _e793);
                                                        let _e818 = local_47;
                                                        let _e820 = local_50;
                                                        let _e822 = local_49;
                                                        local_47 = coopMultiplyAdd(_e820, _e822, _e818);
                                                        let _e826 = local_23;
                                                        local_23 = (_e826 + 32u);
                                                        let _e831 = local_21;
                                                        local_21 = (_e831 + 16u);
                                                        let _e836 = local_21;
                                                        let _e838 = local_1;
                                                        let _e839 = (_e836 < _e838);
                                                        if _e839 {
                                                            continue;
                                                        }
                                                        break;
                                                    }
                                                }
                                            }
                                            let _e845 = pending;
                                            if (_e845 == 13u) {
                                                pending = 0u;
                                            }
                                            let _e851 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e851 != 0u) {
                                                        break;
                                                    }
                                                    local_21 = subgroup_id;
                                                    let _e856 = local_1;
                                                    let _e858 = (_e856 > 15u);
                                                    switch 0u {
                                                        default: {
                                                            if _e858 {
                                                                break;
                                                            }
                                                            let _e871 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                                                            if _e871.exchanged {
                                                                atomicStore((&status[1]), local_id.x);
                                                                atomicStore((&status[2]), local_id.y);
                                                                atomicStore((&status[3]), local_id.z);
                                                                atomicStore((&status[4]), workgroup_id.x);
                                                                atomicStore((&status[5]), workgroup_id.y);
                                                                atomicStore((&status[6]), workgroup_id.z);
                                                                atomicStore((&status[7]), 1105u);
                                                                atomicStore((&status[8]), 15u);
                                                                atomicStore((&status[9]), 10u);
                                                                atomicStore((&status[10]), 795046515u);
                                                                atomicStore((&status[11]), 778201452u);
                                                                atomicStore((&status[12]), 29554u);
                                                            }
                                                            return;
                                                        }
                                                    }
                                                    let _e909 = local;
                                                    let _e911 = local_21;
                                                    let _e918 = local_11;
                                                    local_9 = (((_e911 << 4u) & 64u) | _e918);
                                                    let _e922 = local_9;
                                                    let _e924 = local_1;
                                                    let _e927 = local_21;
                                                    let _e934 = local_12;
                                                    local_21 = (((_e927 << 5u) & 96u) | _e934);
                                                    let _e938 = local_21;
                                                    local_23 = ((_e922 * _e924) + _e938);
                                                    let _e942 = local_23;
                                                    let _e944 = local_22;
                                                    local_27 = (_e942 + _e944);
                                                    let _e948 = local_27;
                                                    stack[((_e909 + 4293918764u) >> 2u)] = _e948;
                                                    let _e956 = local;
                                                    let _e958 = local_7;
                                                    stack[((_e956 + 4293918760u) >> 2u)] = _e958;
                                                    let _e966 = local_27;
                                                    let _e968 = local_7;
                                                    let _e969 = (_e966 > _e968);
                                                    if _e969 {
                                                        pending = 6u;
                                                    }
                                                }
                                            }
                                            let _e977 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e977 != 0u) {
                                                        break;
                                                    }
                                                    let _e981 = local_40;
                                                    let _e983 = local_6;
                                                    let _e985 = local_23;
                                                    let _e991 = local_1;
                                                    local_39 = (_e991 << 2u);
                                                    let _e997 = local_39;
                                                    coopStoreT(_e981, (&c[(((_e983 + (_e985 << 2u)) + 4294963200u) >> 2u)]), (_e997 >> 2u));
                                                    let _e1007 = local;
                                                    let _e1009 = local_23;
                                                    local_27 = (_e1009 | 16u);
                                                    let _e1014 = local_27;
                                                    let _e1016 = local_22;
                                                    local_23 = (_e1014 + _e1016);
                                                    let _e1020 = local_23;
                                                    stack[((_e1007 + 4293918764u) >> 2u)] = _e1020;
                                                    let _e1028 = local;
                                                    let _e1030 = local_7;
                                                    stack[((_e1028 + 4293918760u) >> 2u)] = _e1030;
                                                    let _e1038 = local_23;
                                                    let _e1040 = local_7;
                                                    let _e1041 = (_e1038 <= _e1040);
                                                    if _e1041 {
                                                        pending = 7u;
                                                    }
                                                }
                                            }
                                            let _e1049 = pending;
                                            switch 0u {
                                                default: {
                                                    if (_e1049 != 0u) {
                                                        break;
                                                    }
                                                    pending = 6u;
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
    let _e1061 = pending;
    switch 0u {
        default: {
            if (_e1061 != 0u) {
                break;
            }
            let _e1073 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e1073.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1061u);
                atomicStore((&status[8]), 5u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e1111 = pending;
    if (_e1111 == 11u) {
        pending = 0u;
    }
    let _e1117 = pending;
    switch 0u {
        default: {
            if (_e1117 != 0u) {
                break;
            }
            let _e1129 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
            if _e1129.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1219u);
                atomicStore((&status[8]), 19u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e1167 = pending;
    if (_e1167 == 10u) {
        pending = 0u;
    }
    let _e1173 = pending;
    switch 0u {
        default: {
            if (_e1173 != 0u) {
                break;
            }
            let _e1177 = local;
            let _e1180 = vec2<u32>(1u, 0u);
            let _e1183 = vec2<u32>(32u, 0u);
            let _e1189 = (_e1183.x & 31u);
            let _e1193 = ((_e1183.x & 32u) != 0u);
            let _e1194 = (_e1180.x << _e1189);
            local_8 = vec2<u32>(select(_e1194, 0u, _e1193), select(((_e1180.y << _e1189) | ((_e1180.x >> 1u) >> (31u - _e1189))), _e1194, _e1193));
            let _e1208 = local_8;
            let _e1210 = local;
            let _e1215 = (_e1208 | vec2<u32>((_e1210 + 12u), 0u));
            let _e1219 = ((_e1177 + 4293918776u) >> 2u);
            stack[_e1219] = _e1215.x;
            stack[(_e1219 + 1u)] = _e1215.y;
            let _e1229 = local;
            let _e1231 = local_8;
            let _e1233 = local;
            let _e1238 = (_e1231 | vec2<u32>((_e1233 + 8u), 0u));
            let _e1242 = ((_e1229 + 4293918768u) >> 2u);
            stack[_e1242] = _e1238.x;
            stack[(_e1242 + 1u)] = _e1238.y;
            let _e1253 = local;
            let _e1263 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
            if _e1263.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1219u);
                atomicStore((&status[8]), 19u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e1301 = pending;
    if (_e1301 == 9u) {
        pending = 0u;
    }
    let _e1307 = pending;
    switch 0u {
        default: {
            if (_e1307 != 0u) {
                break;
            }
            let _e1311 = local;
            let _e1314 = vec2<u32>(1u, 0u);
            let _e1317 = vec2<u32>(32u, 0u);
            let _e1323 = (_e1317.x & 31u);
            let _e1327 = ((_e1317.x & 32u) != 0u);
            let _e1328 = (_e1314.x << _e1323);
            local_8 = vec2<u32>(select(_e1328, 0u, _e1327), select(((_e1314.y << _e1323) | ((_e1314.x >> 1u) >> (31u - _e1323))), _e1328, _e1327));
            let _e1342 = local_8;
            let _e1344 = local;
            let _e1349 = (_e1342 | vec2<u32>((_e1344 + 12u), 0u));
            let _e1353 = ((_e1311 + 4293918776u) >> 2u);
            stack[_e1353] = _e1349.x;
            stack[(_e1353 + 1u)] = _e1349.y;
            let _e1363 = local;
            let _e1365 = local_8;
            let _e1367 = local;
            let _e1372 = (_e1365 | vec2<u32>((_e1367 + 8u), 0u));
            let _e1376 = ((_e1363 + 4293918768u) >> 2u);
            stack[_e1376] = _e1372.x;
            stack[(_e1376 + 1u)] = _e1372.y;
            let _e1387 = local;
            let _e1397 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
            if _e1397.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1219u);
                atomicStore((&status[8]), 50u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e1435 = pending;
    if (_e1435 == 8u) {
        pending = 0u;
    }
    let _e1441 = pending;
    switch 0u {
        default: {
            if (_e1441 != 0u) {
                break;
            }
            let _e1445 = local;
            let _e1448 = vec2<u32>(1u, 0u);
            let _e1451 = vec2<u32>(32u, 0u);
            let _e1457 = (_e1451.x & 31u);
            let _e1461 = ((_e1451.x & 32u) != 0u);
            let _e1462 = (_e1448.x << _e1457);
            local_8 = vec2<u32>(select(_e1462, 0u, _e1461), select(((_e1448.y << _e1457) | ((_e1448.x >> 1u) >> (31u - _e1457))), _e1462, _e1461));
            let _e1476 = local_8;
            let _e1478 = local;
            let _e1483 = (_e1476 | vec2<u32>((_e1478 + 12u), 0u));
            let _e1487 = ((_e1445 + 4293918776u) >> 2u);
            stack[_e1487] = _e1483.x;
            stack[(_e1487 + 1u)] = _e1483.y;
            let _e1497 = local;
            let _e1499 = local_8;
            let _e1501 = local;
            let _e1506 = (_e1499 | vec2<u32>((_e1501 + 8u), 0u));
            let _e1510 = ((_e1497 + 4293918768u) >> 2u);
            stack[_e1510] = _e1506.x;
            stack[(_e1510 + 1u)] = _e1506.y;
            let _e1521 = local;
            let _e1531 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
            if _e1531.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1221u);
                atomicStore((&status[8]), 22u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e1569 = pending;
    if (_e1569 == 7u) {
        pending = 0u;
    }
    let _e1575 = pending;
    switch 0u {
        default: {
            if (_e1575 != 0u) {
                break;
            }
            let _e1579 = local_41;
            let _e1581 = local_6;
            let _e1583 = local_27;
            let _e1589 = local_39;
            coopStoreT(_e1579, (&c[(((_e1581 + (_e1583 << 2u)) + 4294963200u) >> 2u)]), (_e1589 >> 2u));
            let _e1599 = local;
            let _e1601 = local_9;
            let _e1605 = local_1;
            let _e1608 = local_21;
            local_23 = (((_e1601 | 16u) * _e1605) + _e1608);
            let _e1612 = local_23;
            let _e1614 = local_22;
            local_27 = (_e1612 + _e1614);
            let _e1618 = local_27;
            stack[((_e1599 + 4293918764u) >> 2u)] = _e1618;
            let _e1626 = local;
            let _e1628 = local_7;
            stack[((_e1626 + 4293918760u) >> 2u)] = _e1628;
            let _e1636 = local_27;
            let _e1638 = local_7;
            let _e1639 = (_e1636 > _e1638);
            switch 0u {
                default: {
                    if _e1639 {
                        break;
                    }
                    let _e1644 = local_42;
                    let _e1646 = local_6;
                    let _e1648 = local_23;
                    let _e1654 = local_39;
                    coopStoreT(_e1644, (&c[(((_e1646 + (_e1648 << 2u)) + 4294963200u) >> 2u)]), (_e1654 >> 2u));
                    let _e1664 = local;
                    let _e1666 = local_23;
                    local_27 = (_e1666 | 16u);
                    let _e1671 = local_27;
                    let _e1673 = local_22;
                    local_23 = (_e1671 + _e1673);
                    let _e1677 = local_23;
                    stack[((_e1664 + 4293918764u) >> 2u)] = _e1677;
                    let _e1685 = local;
                    let _e1687 = local_7;
                    stack[((_e1685 + 4293918760u) >> 2u)] = _e1687;
                    let _e1695 = local_23;
                    let _e1697 = local_7;
                    let _e1698 = (_e1695 > _e1697);
                    switch 0u {
                        default: {
                            if _e1698 {
                                break;
                            }
                            let _e1703 = local_43;
                            let _e1705 = local_6;
                            let _e1707 = local_27;
                            let _e1713 = local_39;
                            coopStoreT(_e1703, (&c[(((_e1705 + (_e1707 << 2u)) + 4294963200u) >> 2u)]), (_e1713 >> 2u));
                            let _e1723 = local;
                            let _e1725 = local_9;
                            let _e1729 = local_1;
                            let _e1732 = local_21;
                            local_23 = (((_e1725 | 32u) * _e1729) + _e1732);
                            let _e1736 = local_23;
                            let _e1738 = local_22;
                            local_27 = (_e1736 + _e1738);
                            let _e1742 = local_27;
                            stack[((_e1723 + 4293918764u) >> 2u)] = _e1742;
                            let _e1750 = local;
                            let _e1752 = local_7;
                            stack[((_e1750 + 4293918760u) >> 2u)] = _e1752;
                            let _e1760 = local_27;
                            let _e1762 = local_7;
                            let _e1763 = (_e1760 > _e1762);
                            switch 0u {
                                default: {
                                    if _e1763 {
                                        break;
                                    }
                                    let _e1768 = local_44;
                                    let _e1770 = local_6;
                                    let _e1772 = local_23;
                                    let _e1778 = local_39;
                                    coopStoreT(_e1768, (&c[(((_e1770 + (_e1772 << 2u)) + 4294963200u) >> 2u)]), (_e1778 >> 2u));
                                    let _e1788 = local;
                                    let _e1790 = local_23;
                                    local_27 = (_e1790 | 16u);
                                    let _e1795 = local_27;
                                    let _e1797 = local_22;
                                    local_23 = (_e1795 + _e1797);
                                    let _e1801 = local_23;
                                    stack[((_e1788 + 4293918764u) >> 2u)] = _e1801;
                                    let _e1809 = local;
                                    let _e1811 = local_7;
                                    stack[((_e1809 + 4293918760u) >> 2u)] = _e1811;
                                    let _e1819 = local_23;
                                    let _e1821 = local_7;
                                    let _e1822 = (_e1819 > _e1821);
                                    switch 0u {
                                        default: {
                                            if _e1822 {
                                                break;
                                            }
                                            let _e1827 = local_45;
                                            let _e1829 = local_6;
                                            let _e1831 = local_27;
                                            let _e1837 = local_39;
                                            coopStoreT(_e1827, (&c[(((_e1829 + (_e1831 << 2u)) + 4294963200u) >> 2u)]), (_e1837 >> 2u));
                                            let _e1847 = local;
                                            let _e1849 = local_9;
                                            let _e1853 = local_1;
                                            let _e1856 = local_21;
                                            local_9 = (((_e1849 | 48u) * _e1853) + _e1856);
                                            let _e1860 = local_9;
                                            let _e1862 = local_22;
                                            local_21 = (_e1860 + _e1862);
                                            let _e1866 = local_21;
                                            stack[((_e1847 + 4293918764u) >> 2u)] = _e1866;
                                            let _e1874 = local;
                                            let _e1876 = local_7;
                                            stack[((_e1874 + 4293918760u) >> 2u)] = _e1876;
                                            let _e1884 = local_21;
                                            let _e1886 = local_7;
                                            let _e1887 = (_e1884 > _e1886);
                                            switch 0u {
                                                default: {
                                                    if _e1887 {
                                                        break;
                                                    }
                                                    let _e1892 = local_46;
                                                    let _e1894 = local_6;
                                                    let _e1896 = local_9;
                                                    let _e1902 = local_39;
                                                    coopStoreT(_e1892, (&c[(((_e1894 + (_e1896 << 2u)) + 4294963200u) >> 2u)]), (_e1902 >> 2u));
                                                    let _e1912 = local;
                                                    let _e1914 = local_9;
                                                    local_21 = (_e1914 | 16u);
                                                    let _e1919 = local_21;
                                                    let _e1921 = local_22;
                                                    local_9 = (_e1919 + _e1921);
                                                    let _e1925 = local_9;
                                                    stack[((_e1912 + 4293918764u) >> 2u)] = _e1925;
                                                    let _e1933 = local;
                                                    let _e1935 = local_7;
                                                    stack[((_e1933 + 4293918760u) >> 2u)] = _e1935;
                                                    let _e1943 = local_9;
                                                    let _e1945 = local_7;
                                                    let _e1946 = (_e1943 > _e1945);
                                                    switch 0u {
                                                        default: {
                                                            if _e1946 {
                                                                break;
                                                            }
                                                            let _e1951 = local_47;
                                                            let _e1953 = local_6;
                                                            let _e1955 = local_21;
                                                            let _e1961 = local_39;
                                                            coopStoreT(_e1951, (&c[(((_e1953 + (_e1955 << 2u)) + 4294963200u) >> 2u)]), (_e1961 >> 2u));
                                                            local_40 = coop_mat16x16<f32,C>();
                                                            local_41 = coop_mat16x16<f32,C>();
                                                            local_42 = coop_mat16x16<f32,C>();
                                                            local_43 = coop_mat16x16<f32,C>();
                                                            local_44 = coop_mat16x16<f32,C>();
                                                            local_45 = coop_mat16x16<f32,C>();
                                                            local_46 = coop_mat16x16<f32,C>();
                                                            local_47 = coop_mat16x16<f32,C>();
                                                            let _e1987 = local_10;
                                                            local_27 = subgroup_id;
                                                            let _e1993 = local_27;
                                                            let _e2001 = local_4;
                                                            local_21 = ((((_e1987 << 9u) | ((_e1993 & 3u) << 6u)) + _e2001) + 288u);
                                                            let _e2007 = local_1;
                                                            local_25 = (_e2007 << 4u);
                                                            let _e2013 = local_1;
                                                            local_26 = (_e2013 << 5u);
                                                            let _e2019 = local_1;
                                                            local_9 = (_e2019 << 1u);
                                                            let _e2025 = local_12;
                                                            local_10 = (_e2025 | 128u);
                                                            let _e2030 = local_12;
                                                            let _e2032 = local_27;
                                                            local_23 = (_e2030 + ((_e2032 << 5u) & 96u));
                                                            let _e2041 = local_1;
                                                            let _e2043 = local_11;
                                                            let _e2045 = local_27;
                                                            local_29 = (_e2043 + ((_e2045 << 4u) & 64u));
                                                            let _e2054 = local_29;
                                                            local_27 = (_e2041 * _e2054);
                                                            let _e2058 = local_27;
                                                            local_32 = (_e2058 << 1u);
                                                            let _e2064 = local_1;
                                                            let _e2066 = local_29;
                                                            local_24 = (_e2064 * (_e2066 + 16u));
                                                            let _e2072 = local_24;
                                                            local_33 = (_e2072 << 1u);
                                                            let _e2078 = local_1;
                                                            let _e2080 = local_29;
                                                            local_36 = (_e2078 * (_e2080 + 32u));
                                                            let _e2086 = local_36;
                                                            local_34 = (_e2086 << 1u);
                                                            let _e2092 = local_1;
                                                            let _e2094 = local_29;
                                                            local_29 = (_e2092 * (_e2094 + 48u));
                                                            let _e2100 = local_29;
                                                            local_35 = (_e2100 << 1u);
                                                            local_28 = 0u;
                                                            loop {
                                                                let _e2108 = local;
                                                                let _e2110 = local_22;
                                                                let _e2112 = local_23;
                                                                local_31 = (_e2110 + _e2112);
                                                                let _e2116 = local_31;
                                                                local_30 = (_e2116 + 128u);
                                                                let _e2121 = local_30;
                                                                stack[((_e2108 + 4293918764u) >> 2u)] = _e2121;
                                                                let _e2129 = local;
                                                                let _e2131 = local_5;
                                                                stack[((_e2129 + 4293918760u) >> 2u)] = _e2131;
                                                                let _e2139 = local_30;
                                                                let _e2141 = local_5;
                                                                let _e2142 = (_e2139 > _e2141);
                                                                if _e2142 {
                                                                    pending = 3u;
                                                                    break;
                                                                }
                                                                let _e2149 = local_21;
                                                                let _e2153 = local_9;
                                                                local_48 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[(((_e2149 + 4294967264u) + 4294963200u) >> 1u)]), (_e2153 >> 1u));
                                                                let _e2165 = local;
                                                                let _e2167 = local_31;
                                                                local_30 = (_e2167 + 144u);
                                                                let _e2172 = local_30;
                                                                stack[((_e2165 + 4293918764u) >> 2u)] = _e2172;
                                                                let _e2180 = local;
                                                                let _e2182 = local_5;
                                                                stack[((_e2180 + 4293918760u) >> 2u)] = _e2182;
                                                                let _e2190 = local_30;
                                                                let _e2192 = local_5;
                                                                let _e2193 = (_e2190 > _e2192);
                                                                if _e2193 {
                                                                    pending = 2u;
                                                                    break;
                                                                }
                                                                let _e2200 = local_21;
                                                                let _e2202 = local_9;
                                                                local_49 = coopLoadT<coop_mat16x16<f16,B>>((&b_f16_[((_e2200 + 4294963200u) >> 1u)]), (_e2202 >> 1u));
                                                                let _e2214 = local;
                                                                let _e2216 = local_22;
                                                                let _e2218 = local_27;
                                                                local_30 = (_e2216 + _e2218);
                                                                let _e2222 = local_30;
                                                                stack[((_e2214 + 4293918764u) >> 2u)] = _e2222;
                                                                let _e2230 = local;
                                                                let _e2232 = local_3;
                                                                stack[((_e2230 + 4293918760u) >> 2u)] = _e2232;
                                                                let _e2240 = local_30;
                                                                let _e2242 = local_3;
                                                                let _e2243 = (_e2240 > _e2242);
                                                                if _e2243 {
                                                                    pending = 5u;
                                                                    break;
                                                                }
                                                                let _e2250 = local_40;
                                                                let _e2252 = local_2;
                                                                let _e2254 = local_32;
                                                                let _e2257 = local_9;
                                                                local_50 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e2252 + _e2254) + 4294963200u) >> 1u)]), (_e2257 >> 1u));
                                                                let _e2269 = local_50;
                                                                let _e2271 = local_48;
                                                                local_40 = coopMultiplyAdd(_e2269, _e2271, _e2250);
                                                                let _e2275 = local_41;
                                                                let _e2277 = local_50;
                                                                let _e2279 = local_49;
                                                                local_41 = coopMultiplyAdd(_e2277, _e2279, _e2275);
                                                                let _e2283 = local;
                                                                let _e2285 = local_22;
                                                                let _e2287 = local_24;
                                                                local_30 = (_e2285 + _e2287);
                                                                let _e2291 = local_30;
                                                                stack[((_e2283 + 4293918764u) >> 2u)] = _e2291;
                                                                let _e2299 = local;
                                                                let _e2301 = local_3;
                                                                stack[((_e2299 + 4293918760u) >> 2u)] = _e2301;
                                                                let _e2309 = local_30;
                                                                let _e2311 = local_3;
                                                                let _e2312 = (_e2309 > _e2311);
                                                                if _e2312 {
                                                                    pending = 5u;
                                                                    break;
                                                                }
                                                                let _e2319 = local_42;
                                                                let _e2321 = local_2;
                                                                let _e2323 = local_33;
                                                                let _e2326 = local_9;
                                                                local_50 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e2321 + _e2323) + 4294963200u) >> 1u)]), (_e2326 >> 1u));
                                                                let _e2338 = local_50;
                                                                let _e2340 = local_48;
                                                                local_42 = coopMultiplyAdd(_e2338, _e2340, _e2319);
                                                                let _e2344 = local_43;
                                                                let _e2346 = local_50;
                                                                let _e2348 = local_49;
                                                                local_43 = coopMultiplyAdd(_e2346, _e2348, _e2344);
                                                                let _e2352 = local;
                                                                let _e2354 = local_22;
                                                                let _e2356 = local_36;
                                                                local_30 = (_e2354 + _e2356);
                                                                let _e2360 = local_30;
                                                                stack[((_e2352 + 4293918764u) >> 2u)] = _e2360;
                                                                let _e2368 = local;
                                                                let _e2370 = local_3;
                                                                stack[((_e2368 + 4293918760u) >> 2u)] = _e2370;
                                                                let _e2378 = local_30;
                                                                let _e2380 = local_3;
                                                                let _e2381 = (_e2378 > _e2380);
                                                                if _e2381 {
                                                                    pending = 5u;
                                                                    break;
                                                                }
                                                                let _e2388 = local_44;
                                                                let _e2390 = local_2;
                                                                let _e2392 = local_34;
                                                                let _e2395 = local_9;
                                                                local_50 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e2390 + _e2392) + 4294963200u) >> 1u)]), (_e2395 >> 1u));
                                                                let _e2407 = local_50;
                                                                let _e2409 = local_48;
                                                                local_44 = coopMultiplyAdd(_e2407, _e2409, _e2388);
                                                                let _e2413 = local_45;
                                                                let _e2415 = local_50;
                                                                let _e2417 = local_49;
                                                                local_45 = coopMultiplyAdd(_e2415, _e2417, _e2413);
                                                                let _e2421 = local;
                                                                let _e2423 = local_22;
                                                                let _e2425 = local_29;
                                                                local_30 = (_e2423 + _e2425);
                                                                let _e2429 = local_30;
                                                                stack[((_e2421 + 4293918764u) >> 2u)] = _e2429;
                                                                let _e2437 = local;
                                                                let _e2439 = local_3;
                                                                stack[((_e2437 + 4293918760u) >> 2u)] = _e2439;
                                                                let _e2447 = local_30;
                                                                let _e2449 = local_3;
                                                                let _e2450 = (_e2447 > _e2449);
                                                                if _e2450 {
                                                                    pending = 5u;
                                                                    break;
                                                                }
                                                                let _e2457 = local_23;
                                                                let _e2459 = local_25;
                                                                local_23 = (_e2457 + _e2459);
                                                                let _e2463 = local_21;
                                                                let _e2465 = local_26;
                                                                local_21 = (_e2463 + _e2465);
                                                                let _e2469 = local_27;
                                                                local_27 = (_e2469 + 16u);
                                                                let _e2474 = local_24;
                                                                local_24 = (_e2474 + 16u);
                                                                let _e2479 = local_36;
                                                                local_36 = (_e2479 + 16u);
                                                                let _e2484 = local_29;
                                                                local_29 = (_e2484 + 16u);
                                                                let _e2489 = local_46;
                                                                let _e2491 = local_2;
                                                                let _e2493 = local_35;
                                                                let _e2496 = local_9;
                                                                local_50 = coopLoadT<coop_mat16x16<f16,A>>((&a_f16_[(((_e2491 + _e2493) + 4294963200u) >> 1u)]), (_e2496 >> 1u));
                                                                let _e2508 = local_50;
                                                                let _e2510 = local_48;
                                                                local_46 = coopMultiplyAdd(_e2508, _e2510, _e2489);
                                                                let _e2514 = local_47;
                                                                let _e2516 = local_50;
                                                                let _e2518 = local_49;
                                                                local_47 = coopMultiplyAdd(_e2516, _e2518, _e2514);
                                                                let _e2522 = local_2;
                                                                local_2 = (_e2522 + 32u);
                                                                let _e2527 = local_28;
                                                                local_28 = (_e2527 + 16u);
                                                                let _e2532 = local_28;
                                                                let _e2534 = local_1;
                                                                let _e2535 = (_e2532 < _e2534);
                                                                if _e2535 {
                                                                    continue;
                                                                }
                                                                break;
                                                            }
                                                            let _e2540 = pending;
                                                            switch 0u {
                                                                default: {
                                                                    if (_e2540 != 0u) {
                                                                        break;
                                                                    }
                                                                    let _e2544 = local;
                                                                    local_5 = subgroup_id;
                                                                    let _e2547 = local_5;
                                                                    let _e2554 = local_11;
                                                                    local_3 = (((_e2547 << 4u) & 64u) | _e2554);
                                                                    let _e2558 = local_3;
                                                                    let _e2560 = local_1;
                                                                    let _e2563 = local_5;
                                                                    let _e2570 = local_10;
                                                                    local_5 = (((_e2563 << 5u) & 96u) | _e2570);
                                                                    let _e2574 = local_5;
                                                                    local_2 = ((_e2558 * _e2560) + _e2574);
                                                                    let _e2578 = local_2;
                                                                    let _e2580 = local_22;
                                                                    local_9 = (_e2578 + _e2580);
                                                                    let _e2584 = local_9;
                                                                    stack[((_e2544 + 4293918764u) >> 2u)] = _e2584;
                                                                    let _e2592 = local;
                                                                    let _e2594 = local_7;
                                                                    stack[((_e2592 + 4293918760u) >> 2u)] = _e2594;
                                                                    let _e2602 = local_9;
                                                                    let _e2604 = local_7;
                                                                    let _e2605 = (_e2602 > _e2604);
                                                                    if _e2605 {
                                                                        pending = 18u;
                                                                    }
                                                                    let _e2612 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e2612 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e2616 = local_40;
                                                                            let _e2618 = local_6;
                                                                            let _e2620 = local_2;
                                                                            let _e2626 = local_39;
                                                                            coopStoreT(_e2616, (&c[(((_e2618 + (_e2620 << 2u)) + 4294963200u) >> 2u)]), (_e2626 >> 2u));
                                                                            let _e2636 = local;
                                                                            let _e2638 = local_2;
                                                                            local_9 = (_e2638 | 16u);
                                                                            let _e2643 = local_9;
                                                                            let _e2645 = local_22;
                                                                            local_2 = (_e2643 + _e2645);
                                                                            let _e2649 = local_2;
                                                                            stack[((_e2636 + 4293918764u) >> 2u)] = _e2649;
                                                                            let _e2657 = local;
                                                                            let _e2659 = local_7;
                                                                            stack[((_e2657 + 4293918760u) >> 2u)] = _e2659;
                                                                            let _e2667 = local_2;
                                                                            let _e2669 = local_7;
                                                                            let _e2670 = (_e2667 > _e2669);
                                                                            if _e2670 {
                                                                                pending = 18u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e2678 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e2678 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e2682 = local_41;
                                                                            let _e2684 = local_6;
                                                                            let _e2686 = local_9;
                                                                            let _e2692 = local_39;
                                                                            coopStoreT(_e2682, (&c[(((_e2684 + (_e2686 << 2u)) + 4294963200u) >> 2u)]), (_e2692 >> 2u));
                                                                            let _e2702 = local;
                                                                            let _e2704 = local_3;
                                                                            let _e2708 = local_1;
                                                                            let _e2711 = local_5;
                                                                            local_2 = (((_e2704 | 16u) * _e2708) + _e2711);
                                                                            let _e2715 = local_2;
                                                                            let _e2717 = local_22;
                                                                            local_9 = (_e2715 + _e2717);
                                                                            let _e2721 = local_9;
                                                                            stack[((_e2702 + 4293918764u) >> 2u)] = _e2721;
                                                                            let _e2729 = local;
                                                                            let _e2731 = local_7;
                                                                            stack[((_e2729 + 4293918760u) >> 2u)] = _e2731;
                                                                            let _e2739 = local_9;
                                                                            let _e2741 = local_7;
                                                                            let _e2742 = (_e2739 > _e2741);
                                                                            if _e2742 {
                                                                                pending = 18u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e2750 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e2750 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e2754 = local_42;
                                                                            let _e2756 = local_6;
                                                                            let _e2758 = local_2;
                                                                            let _e2764 = local_39;
                                                                            coopStoreT(_e2754, (&c[(((_e2756 + (_e2758 << 2u)) + 4294963200u) >> 2u)]), (_e2764 >> 2u));
                                                                            let _e2774 = local;
                                                                            let _e2776 = local_2;
                                                                            local_9 = (_e2776 | 16u);
                                                                            let _e2781 = local_9;
                                                                            let _e2783 = local_22;
                                                                            local_2 = (_e2781 + _e2783);
                                                                            let _e2787 = local_2;
                                                                            stack[((_e2774 + 4293918764u) >> 2u)] = _e2787;
                                                                            let _e2795 = local;
                                                                            let _e2797 = local_7;
                                                                            stack[((_e2795 + 4293918760u) >> 2u)] = _e2797;
                                                                            let _e2805 = local_2;
                                                                            let _e2807 = local_7;
                                                                            let _e2808 = (_e2805 > _e2807);
                                                                            if _e2808 {
                                                                                pending = 18u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e2816 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e2816 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e2820 = local_43;
                                                                            let _e2822 = local_6;
                                                                            let _e2824 = local_9;
                                                                            let _e2830 = local_39;
                                                                            coopStoreT(_e2820, (&c[(((_e2822 + (_e2824 << 2u)) + 4294963200u) >> 2u)]), (_e2830 >> 2u));
                                                                            let _e2840 = local;
                                                                            let _e2842 = local_3;
                                                                            let _e2846 = local_1;
                                                                            let _e2849 = local_5;
                                                                            local_2 = (((_e2842 | 32u) * _e2846) + _e2849);
                                                                            let _e2853 = local_2;
                                                                            let _e2855 = local_22;
                                                                            local_9 = (_e2853 + _e2855);
                                                                            let _e2859 = local_9;
                                                                            stack[((_e2840 + 4293918764u) >> 2u)] = _e2859;
                                                                            let _e2867 = local;
                                                                            let _e2869 = local_7;
                                                                            stack[((_e2867 + 4293918760u) >> 2u)] = _e2869;
                                                                            let _e2877 = local_9;
                                                                            let _e2879 = local_7;
                                                                            let _e2880 = (_e2877 > _e2879);
                                                                            if _e2880 {
                                                                                pending = 18u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e2888 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e2888 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e2892 = local_44;
                                                                            let _e2894 = local_6;
                                                                            let _e2896 = local_2;
                                                                            let _e2902 = local_39;
                                                                            coopStoreT(_e2892, (&c[(((_e2894 + (_e2896 << 2u)) + 4294963200u) >> 2u)]), (_e2902 >> 2u));
                                                                            let _e2912 = local;
                                                                            let _e2914 = local_2;
                                                                            local_9 = (_e2914 | 16u);
                                                                            let _e2919 = local_9;
                                                                            let _e2921 = local_22;
                                                                            local_2 = (_e2919 + _e2921);
                                                                            let _e2925 = local_2;
                                                                            stack[((_e2912 + 4293918764u) >> 2u)] = _e2925;
                                                                            let _e2933 = local;
                                                                            let _e2935 = local_7;
                                                                            stack[((_e2933 + 4293918760u) >> 2u)] = _e2935;
                                                                            let _e2943 = local_2;
                                                                            let _e2945 = local_7;
                                                                            let _e2946 = (_e2943 > _e2945);
                                                                            if _e2946 {
                                                                                pending = 18u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e2954 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e2954 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e2958 = local_45;
                                                                            let _e2960 = local_6;
                                                                            let _e2962 = local_9;
                                                                            let _e2968 = local_39;
                                                                            coopStoreT(_e2958, (&c[(((_e2960 + (_e2962 << 2u)) + 4294963200u) >> 2u)]), (_e2968 >> 2u));
                                                                            let _e2978 = local;
                                                                            let _e2980 = local_3;
                                                                            let _e2984 = local_1;
                                                                            let _e2987 = local_5;
                                                                            local_3 = (((_e2980 | 48u) * _e2984) + _e2987);
                                                                            let _e2991 = local_3;
                                                                            let _e2993 = local_22;
                                                                            local_5 = (_e2991 + _e2993);
                                                                            let _e2997 = local_5;
                                                                            stack[((_e2978 + 4293918764u) >> 2u)] = _e2997;
                                                                            let _e3005 = local;
                                                                            let _e3007 = local_7;
                                                                            stack[((_e3005 + 4293918760u) >> 2u)] = _e3007;
                                                                            let _e3015 = local_5;
                                                                            let _e3017 = local_7;
                                                                            let _e3018 = (_e3015 > _e3017);
                                                                            if _e3018 {
                                                                                pending = 18u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e3026 = pending;
                                                                    switch 0u {
                                                                        default: {
                                                                            if (_e3026 != 0u) {
                                                                                break;
                                                                            }
                                                                            let _e3030 = local_46;
                                                                            let _e3032 = local_6;
                                                                            let _e3034 = local_3;
                                                                            let _e3040 = local_39;
                                                                            coopStoreT(_e3030, (&c[(((_e3032 + (_e3034 << 2u)) + 4294963200u) >> 2u)]), (_e3040 >> 2u));
                                                                            let _e3050 = local;
                                                                            let _e3052 = local_3;
                                                                            local_5 = (_e3052 | 16u);
                                                                            let _e3057 = local_5;
                                                                            let _e3059 = local_22;
                                                                            local_3 = (_e3057 + _e3059);
                                                                            let _e3063 = local_3;
                                                                            stack[((_e3050 + 4293918764u) >> 2u)] = _e3063;
                                                                            let _e3071 = local;
                                                                            let _e3073 = local_7;
                                                                            stack[((_e3071 + 4293918760u) >> 2u)] = _e3073;
                                                                            let _e3081 = local_3;
                                                                            let _e3083 = local_7;
                                                                            let _e3084 = (_e3081 <= _e3083);
                                                                            if _e3084 {
                                                                                pending = 4u;
                                                                            }
                                                                        }
                                                                    }
                                                                    let _e3092 = pending;
                                                                    if (_e3092 == 18u) {
                                                                        pending = 0u;
                                                                    }
                                                                }
                                                            }
                                                            let _e3099 = pending;
                                                            switch 0u {
                                                                default: {
                                                                    if (_e3099 != 0u) {
                                                                        break;
                                                                    }
                                                                    let _e3103 = local;
                                                                    let _e3106 = vec2<u32>(1u, 0u);
                                                                    let _e3109 = vec2<u32>(32u, 0u);
                                                                    let _e3115 = (_e3109.x & 31u);
                                                                    let _e3119 = ((_e3109.x & 32u) != 0u);
                                                                    let _e3120 = (_e3106.x << _e3115);
                                                                    local_8 = vec2<u32>(select(_e3120, 0u, _e3119), select(((_e3106.y << _e3115) | ((_e3106.x >> 1u) >> (31u - _e3115))), _e3120, _e3119));
                                                                    let _e3134 = local_8;
                                                                    let _e3136 = local;
                                                                    let _e3141 = (_e3134 | vec2<u32>((_e3136 + 12u), 0u));
                                                                    let _e3145 = ((_e3103 + 4293918776u) >> 2u);
                                                                    stack[_e3145] = _e3141.x;
                                                                    stack[(_e3145 + 1u)] = _e3141.y;
                                                                    let _e3155 = local;
                                                                    let _e3157 = local_8;
                                                                    let _e3159 = local;
                                                                    let _e3164 = (_e3157 | vec2<u32>((_e3159 + 8u), 0u));
                                                                    let _e3168 = ((_e3155 + 4293918768u) >> 2u);
                                                                    stack[_e3168] = _e3164.x;
                                                                    stack[(_e3168 + 1u)] = _e3164.y;
                                                                    let _e3179 = local;
                                                                    let _e3189 = atomicCompareExchangeWeak((&status[0]), 0u, 7u);
                                                                    if _e3189.exchanged {
                                                                        atomicStore((&status[1]), local_id.x);
                                                                        atomicStore((&status[2]), local_id.y);
                                                                        atomicStore((&status[3]), local_id.z);
                                                                        atomicStore((&status[4]), workgroup_id.x);
                                                                        atomicStore((&status[5]), workgroup_id.y);
                                                                        atomicStore((&status[6]), workgroup_id.z);
                                                                        atomicStore((&status[7]), 1105u);
                                                                        atomicStore((&status[8]), 15u);
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
                }
            }
        }
    }
    let _e3234 = pending;
    if (_e3234 == 6u) {
        pending = 0u;
    }
    let _e3240 = pending;
    switch 0u {
        default: {
            if (_e3240 != 0u) {
                break;
            }
            let _e3244 = local;
            let _e3247 = vec2<u32>(1u, 0u);
            let _e3250 = vec2<u32>(32u, 0u);
            let _e3256 = (_e3250.x & 31u);
            let _e3260 = ((_e3250.x & 32u) != 0u);
            let _e3261 = (_e3247.x << _e3256);
            local_8 = vec2<u32>(select(_e3261, 0u, _e3260), select(((_e3247.y << _e3256) | ((_e3247.x >> 1u) >> (31u - _e3256))), _e3261, _e3260));
            let _e3275 = local_8;
            let _e3277 = local;
            let _e3282 = (_e3275 | vec2<u32>((_e3277 + 12u), 0u));
            let _e3286 = ((_e3244 + 4293918776u) >> 2u);
            stack[_e3286] = _e3282.x;
            stack[(_e3286 + 1u)] = _e3282.y;
            let _e3296 = local;
            let _e3298 = local_8;
            let _e3300 = local;
            let _e3305 = (_e3298 | vec2<u32>((_e3300 + 8u), 0u));
            let _e3309 = ((_e3296 + 4293918768u) >> 2u);
            stack[_e3309] = _e3305.x;
            stack[(_e3309 + 1u)] = _e3305.y;
            let _e3320 = local;
            let _e3330 = atomicCompareExchangeWeak((&status[0]), 0u, 8u);
            if _e3330.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1105u);
                atomicStore((&status[8]), 15u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e3368 = pending;
    if (_e3368 == 5u) {
        pending = 0u;
    }
    let _e3374 = pending;
    switch 0u {
        default: {
            if (_e3374 != 0u) {
                break;
            }
            let _e3378 = local;
            let _e3381 = vec2<u32>(1u, 0u);
            let _e3384 = vec2<u32>(32u, 0u);
            let _e3390 = (_e3384.x & 31u);
            let _e3394 = ((_e3384.x & 32u) != 0u);
            let _e3395 = (_e3381.x << _e3390);
            local_8 = vec2<u32>(select(_e3395, 0u, _e3394), select(((_e3381.y << _e3390) | ((_e3381.x >> 1u) >> (31u - _e3390))), _e3395, _e3394));
            let _e3409 = local_8;
            let _e3411 = local;
            let _e3416 = (_e3409 | vec2<u32>((_e3411 + 12u), 0u));
            let _e3420 = ((_e3378 + 4293918776u) >> 2u);
            stack[_e3420] = _e3416.x;
            stack[(_e3420 + 1u)] = _e3416.y;
            let _e3430 = local;
            let _e3432 = local_8;
            let _e3434 = local;
            let _e3439 = (_e3432 | vec2<u32>((_e3434 + 8u), 0u));
            let _e3443 = ((_e3430 + 4293918768u) >> 2u);
            stack[_e3443] = _e3439.x;
            stack[(_e3443 + 1u)] = _e3439.y;
            let _e3454 = local;
            let _e3464 = atomicCompareExchangeWeak((&status[0]), 0u, 9u);
            if _e3464.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1221u);
                atomicStore((&status[8]), 22u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e3502 = pending;
    if (_e3502 == 4u) {
        pending = 0u;
    }
    let _e3508 = pending;
    switch 0u {
        default: {
            if (_e3508 != 0u) {
                break;
            }
            let _e3512 = local_47;
            let _e3514 = local_6;
            let _e3516 = local_5;
            let _e3522 = local_39;
            coopStoreT(_e3512, (&c[(((_e3514 + (_e3516 << 2u)) + 4294963200u) >> 2u)]), (_e3522 >> 2u));
            let _e3532 = local;
            stack_pointer = (_e3532 + 32u);
            return;
        }
    }
    let _e3538 = pending;
    if (_e3538 == 3u) {
        pending = 0u;
    }
    let _e3544 = pending;
    switch 0u {
        default: {
            if (_e3544 != 0u) {
                break;
            }
            let _e3548 = local;
            let _e3551 = vec2<u32>(1u, 0u);
            let _e3554 = vec2<u32>(32u, 0u);
            let _e3560 = (_e3554.x & 31u);
            let _e3564 = ((_e3554.x & 32u) != 0u);
            let _e3565 = (_e3551.x << _e3560);
            local_8 = vec2<u32>(select(_e3565, 0u, _e3564), select(((_e3551.y << _e3560) | ((_e3551.x >> 1u) >> (31u - _e3560))), _e3565, _e3564));
            let _e3579 = local_8;
            let _e3581 = local;
            let _e3586 = (_e3579 | vec2<u32>((_e3581 + 12u), 0u));
            let _e3590 = ((_e3548 + 4293918776u) >> 2u);
            stack[_e3590] = _e3586.x;
            stack[(_e3590 + 1u)] = _e3586.y;
            let _e3600 = local;
            let _e3602 = local_8;
            let _e3604 = local;
            let _e3609 = (_e3602 | vec2<u32>((_e3604 + 8u), 0u));
            let _e3613 = ((_e3600 + 4293918768u) >> 2u);
            stack[_e3613] = _e3609.x;
            stack[(_e3613 + 1u)] = _e3609.y;
            let _e3624 = local;
            let _e3634 = atomicCompareExchangeWeak((&status[0]), 0u, 10u);
            if _e3634.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 1219u);
                atomicStore((&status[8]), 19u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e3672 = pending;
    if (_e3672 == 2u) {
        pending = 0u;
    }
    let _e3678 = local;
    let _e3681 = vec2<u32>(1u, 0u);
    let _e3684 = vec2<u32>(32u, 0u);
    let _e3690 = (_e3684.x & 31u);
    let _e3694 = ((_e3684.x & 32u) != 0u);
    let _e3695 = (_e3681.x << _e3690);
    local_8 = vec2<u32>(select(_e3695, 0u, _e3694), select(((_e3681.y << _e3690) | ((_e3681.x >> 1u) >> (31u - _e3690))), _e3695, _e3694));
    let _e3709 = local_8;
    let _e3711 = local;
    let _e3716 = (_e3709 | vec2<u32>((_e3711 + 12u), 0u));
    let _e3720 = ((_e3678 + 4293918776u) >> 2u);
    stack[_e3720] = _e3716.x;
    stack[(_e3720 + 1u)] = _e3716.y;
    let _e3730 = local;
    let _e3732 = local_8;
    let _e3734 = local;
    let _e3739 = (_e3732 | vec2<u32>((_e3734 + 8u), 0u));
    let _e3743 = ((_e3730 + 4293918768u) >> 2u);
    stack[_e3743] = _e3739.x;
    stack[(_e3743 + 1u)] = _e3739.y;
    let _e3754 = local;
    let _e3764 = atomicCompareExchangeWeak((&status[0]), 0u, 11u);
    if _e3764.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 1219u);
        atomicStore((&status[8]), 50u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
