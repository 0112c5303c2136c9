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
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

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
    var local_20: u32;
    var local_21: f32;
    var local_22: u32;
    var local_23: u32;
    var local_24: u32;
    var local_25: u64;
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
    local_20 = 0u;
    local_21 = 0f;
    local_22 = 0u;
    local_23 = 0u;
    local_24 = 0u;
    local_25 = 0lu;
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
    let _e176 = stack_pointer;
    local = (_e176 - 32u);
    let _e181 = local;
    stack_pointer = _e181;
    let _e186 = params[0];
    local_1 = _e186;
    local_2 = 4096u;
    let _e194 = params[2];
    local_3 = _e194;
    local_4 = 4096u;
    let _e202 = params[4];
    local_5 = _e202;
    local_6 = 4096u;
    let _e210 = params[6];
    local_7 = _e210;
    local_8 = 4096u;
    local_9 = 4096u;
    local_10 = local_id.x;
    local_11 = local_id.y;
    local_12 = workgroup_id.x;
    local_13 = 16u;
    local_14 = local_id.x;
    local_15 = workgroup_id.y;
    local_16 = 16u;
    local_17 = local_id.y;
    let _e251 = local_14;
    let _e253 = local_13;
    let _e255 = local_12;
    local_18 = (_e253 * _e255);
    let _e259 = local_18;
    local_19 = (_e251 + _e259);
    let _e263 = local_17;
    let _e265 = local_16;
    let _e267 = local_15;
    local_20 = (_e263 + (_e265 * _e267));
    loop {
        loop {
            loop {
                let _e272 = local_1;
                if (_e272 != 0u) {
                    break;
                }
                local_21 = 0f;
                pending = 3u;
                break;
                break;
            }
            let _e281 = pending;
            if (_e281 == 3u) {
                pending = 0u;
                break;
            }
            let _e289 = local_20;
            let _e291 = local_1;
            local_22 = (_e289 * _e291);
            loop {
                loop {
                    loop {
                        loop {
                            loop {
                                loop {
                                    loop {
                                        loop {
                                            let _e295 = local_11;
                                            local_23 = (_e295 << 4u);
                                            let _e301 = local_23;
                                            let _e303 = local_10;
                                            local_13 = (_e301 + _e303);
                                            let _e307 = local_13;
                                            let _e309 = (_e307 < 256u);
                                            if _e309 {
                                                break;
                                            }
                                            loop {
                                                let _e314 = local_20;
                                                let _e316 = local_1;
                                                let _e317 = (_e314 >= _e316);
                                                if _e317 {
                                                    break;
                                                }
                                                let _e322 = local_10;
                                                let _e324 = local_1;
                                                let _e325 = (_e322 >= _e324);
                                                if _e325 {
                                                    break;
                                                }
                                                let _e330 = local_22;
                                                let _e332 = local_10;
                                                local_24 = (_e330 + _e332);
                                                let _e336 = local_24;
                                                let _e338 = local_3;
                                                let _e339 = (_e336 >= _e338);
                                                if _e339 {
                                                    pending = 11u;
                                                    break;
                                                }
                                                break;
                                            }
                                            let _e346 = pending;
                                            if (_e346 == 12u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e346 != 0u) {
                                                    break;
                                                }
                                            }
                                            let _e354 = local;
                                            let _e356 = local_13;
                                            stack[((_e354 + 4293918760u) >> 2u)] = _e356;
                                            let _e364 = local;
                                            stack[((_e364 + 4293918764u) >> 2u)] = 256u;
                                            let _e373 = local;
                                            local_25 = (u64(1u) << 32u);
                                            let _e381 = local_25;
                                            let _e383 = local;
                                            let _e387 = (_e381 | u64((_e383 + 8u)));
                                            let _e391 = ((_e373 + 4293918776u) >> 2u);
                                            stack[_e391] = u32(_e387);
                                            stack[(_e391 + 1u)] = u32((_e387 >> 32u));
                                            let _e403 = local;
                                            let _e405 = local_25;
                                            let _e407 = local;
                                            let _e411 = (_e405 | u64((_e407 + 12u)));
                                            let _e415 = ((_e403 + 4293918768u) >> 2u);
                                            stack[_e415] = u32(_e411);
                                            stack[(_e415 + 1u)] = u32((_e411 >> 32u));
                                            let _e428 = local;
                                            let _e438 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
                                            if _e438.exchanged {
                                                atomicStore((&status[1]), local_id.x);
                                                atomicStore((&status[2]), local_id.y);
                                                atomicStore((&status[3]), local_id.z);
                                                atomicStore((&status[4]), workgroup_id.x);
                                                atomicStore((&status[5]), workgroup_id.y);
                                                atomicStore((&status[6]), workgroup_id.z);
                                                atomicStore((&status[7]), 184u);
                                                atomicStore((&status[8]), 12u);
                                                atomicStore((&status[9]), 10u);
                                                atomicStore((&status[10]), 795046515u);
                                                atomicStore((&status[11]), 778201452u);
                                                atomicStore((&status[12]), 29554u);
                                            }
                                            return;
                                            break;
                                        }
                                        let _e475 = pending;
                                        if (_e475 == 11u) {
                                            pending = 0u;
                                            break;
                                        }
                                        let _e483 = local_1;
                                        let _e488 = local_1;
                                        local_12 = ((_e483 >> 4u) + select(0u, 1u, ((_e488 & 15u) != 0u)));
                                        let _e499 = local_9;
                                        let _e501 = local_13;
                                        local_13 = (_e501 << 2u);
                                        let _e507 = local_13;
                                        local_15 = (_e499 + _e507);
                                        let _e511 = local_8;
                                        let _e513 = local_13;
                                        local_13 = (_e511 + _e513);
                                        let _e517 = local_9;
                                        let _e519 = local_10;
                                        local_16 = (_e517 + (_e519 << 2u));
                                        let _e526 = local_8;
                                        let _e528 = local_23;
                                        local_8 = (_e526 + (_e528 << 2u));
                                        let _e535 = local_9;
                                        let _e537 = local_10;
                                        local_26 = (_e537 + 240u);
                                        let _e542 = local_26;
                                        local_27 = (_e535 + (_e542 << 2u));
                                        let _e549 = local_9;
                                        let _e551 = local_10;
                                        local_28 = (_e551 + 224u);
                                        let _e556 = local_28;
                                        local_29 = (_e549 + (_e556 << 2u));
                                        let _e563 = local_9;
                                        let _e565 = local_10;
                                        local_30 = (_e565 + 208u);
                                        let _e570 = local_30;
                                        local_31 = (_e563 + (_e570 << 2u));
                                        let _e577 = local_9;
                                        let _e579 = local_10;
                                        local_32 = (_e579 + 192u);
                                        let _e584 = local_32;
                                        local_33 = (_e577 + (_e584 << 2u));
                                        let _e591 = local_9;
                                        let _e593 = local_10;
                                        local_34 = (_e593 + 176u);
                                        let _e598 = local_34;
                                        local_35 = (_e591 + (_e598 << 2u));
                                        let _e605 = local_9;
                                        let _e607 = local_10;
                                        local_36 = (_e607 + 160u);
                                        let _e612 = local_36;
                                        local_37 = (_e605 + (_e612 << 2u));
                                        let _e619 = local_9;
                                        let _e621 = local_10;
                                        local_38 = (_e621 + 144u);
                                        let _e626 = local_38;
                                        local_39 = (_e619 + (_e626 << 2u));
                                        let _e633 = local_9;
                                        let _e635 = local_10;
                                        local_40 = (_e635 + 128u);
                                        let _e640 = local_40;
                                        local_41 = (_e633 + (_e640 << 2u));
                                        let _e647 = local_9;
                                        let _e649 = local_10;
                                        local_42 = (_e649 + 112u);
                                        let _e654 = local_42;
                                        local_17 = (_e647 + (_e654 << 2u));
                                        let _e661 = local_9;
                                        let _e663 = local_10;
                                        local_43 = (_e663 + 96u);
                                        let _e668 = local_43;
                                        local_44 = (_e661 + (_e668 << 2u));
                                        let _e675 = local_9;
                                        let _e677 = local_10;
                                        local_45 = (_e677 + 80u);
                                        let _e682 = local_45;
                                        local_46 = (_e675 + (_e682 << 2u));
                                        let _e689 = local_9;
                                        let _e691 = local_10;
                                        local_47 = (_e691 + 64u);
                                        let _e696 = local_47;
                                        local_48 = (_e689 + (_e696 << 2u));
                                        let _e703 = local_9;
                                        let _e705 = local_10;
                                        local_49 = (_e705 + 48u);
                                        let _e710 = local_49;
                                        local_50 = (_e703 + (_e710 << 2u));
                                        let _e717 = local_9;
                                        let _e719 = local_10;
                                        local_51 = (_e719 + 32u);
                                        let _e724 = local_51;
                                        local_52 = (_e717 + (_e724 << 2u));
                                        let _e731 = local_9;
                                        let _e733 = local_10;
                                        local_53 = (_e733 + 16u);
                                        let _e738 = local_53;
                                        local_54 = (_e731 + (_e738 << 2u));
                                        loop {
                                            loop {
                                                loop {
                                                    loop {
                                                        loop {
                                                            loop {
                                                                loop {
                                                                    loop {
                                                                        loop {
                                                                            loop {
                                                                                loop {
                                                                                    loop {
                                                                                        loop {
                                                                                            loop {
                                                                                                loop {
                                                                                                    loop {
                                                                                                        loop {
                                                                                                            loop {
                                                                                                                loop {
                                                                                                                    loop {
                                                                                                                        loop {
                                                                                                                            loop {
                                                                                                                                loop {
                                                                                                                                    loop {
                                                                                                                                        loop {
                                                                                                                                            loop {
                                                                                                                                                loop {
                                                                                                                                                    loop {
                                                                                                                                                        loop {
                                                                                                                                                            loop {
                                                                                                                                                                let _e745 = local_19;
                                                                                                                                                                let _e747 = local_1;
                                                                                                                                                                let _e748 = (_e745 < _e747);
                                                                                                                                                                if _e748 {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e753 = local_20;
                                                                                                                                                                    let _e755 = local_1;
                                                                                                                                                                    let _e756 = (_e753 >= _e755);
                                                                                                                                                                    if _e756 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e761 = local_23;
                                                                                                                                                                        let _e763 = (_e761 < 256u);
                                                                                                                                                                        if _e763 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e772 = local_10;
                                                                                                                                                                            let _e774 = local_1;
                                                                                                                                                                            let _e775 = (_e772 >= _e774);
                                                                                                                                                                            if _e775 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e780 = local_22;
                                                                                                                                                                            let _e782 = local_10;
                                                                                                                                                                            local_24 = (_e780 + _e782);
                                                                                                                                                                            let _e786 = local_24;
                                                                                                                                                                            let _e788 = local_3;
                                                                                                                                                                            let _e789 = (_e786 >= _e788);
                                                                                                                                                                            if _e789 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e796 = local_2;
                                                                                                                                                                            let _e798 = local_24;
                                                                                                                                                                            let _e809 = a[(((_e796 + (_e798 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e809;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e812 = pending;
                                                                                                                                                                        if (_e812 == 45u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e812 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e820 = local_13;
                                                                                                                                                                        let _e822 = local_55;
                                                                                                                                                                        ta[((_e820 + 4294963200u) >> 2u)] = _e822;
                                                                                                                                                                        pending = 2u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e832 = pending;
                                                                                                                                                                    if (_e832 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e832 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e840 = local_10;
                                                                                                                                                                        let _e842 = (_e840 < 256u);
                                                                                                                                                                        if _e842 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e851 = local_10;
                                                                                                                                                                            let _e853 = local_1;
                                                                                                                                                                            let _e854 = (_e851 >= _e853);
                                                                                                                                                                            if _e854 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e859 = local_22;
                                                                                                                                                                            let _e861 = local_10;
                                                                                                                                                                            local_24 = (_e859 + _e861);
                                                                                                                                                                            let _e865 = local_24;
                                                                                                                                                                            let _e867 = local_3;
                                                                                                                                                                            let _e868 = (_e865 >= _e867);
                                                                                                                                                                            if _e868 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e875 = local_2;
                                                                                                                                                                            let _e877 = local_24;
                                                                                                                                                                            let _e888 = a[(((_e875 + (_e877 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e888;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e891 = pending;
                                                                                                                                                                        if (_e891 == 47u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e891 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e899 = local_13;
                                                                                                                                                                        let _e901 = local_55;
                                                                                                                                                                        ta[((_e899 + 4294963200u) >> 2u)] = _e901;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e911 = pending;
                                                                                                                                                                    if (_e911 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e911 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e919 = local_10;
                                                                                                                                                                        let _e921 = (_e919 < 240u);
                                                                                                                                                                        if _e921 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e930 = local_10;
                                                                                                                                                                            let _e932 = local_1;
                                                                                                                                                                            let _e933 = (_e930 >= _e932);
                                                                                                                                                                            if _e933 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e938 = local_22;
                                                                                                                                                                            let _e940 = local_10;
                                                                                                                                                                            local_24 = (_e938 + _e940);
                                                                                                                                                                            let _e944 = local_24;
                                                                                                                                                                            let _e946 = local_3;
                                                                                                                                                                            let _e947 = (_e944 >= _e946);
                                                                                                                                                                            if _e947 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e954 = local_2;
                                                                                                                                                                            let _e956 = local_24;
                                                                                                                                                                            let _e967 = a[(((_e954 + (_e956 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e967;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e970 = pending;
                                                                                                                                                                        if (_e970 == 49u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e970 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e978 = local_13;
                                                                                                                                                                        let _e980 = local_55;
                                                                                                                                                                        ta[((_e978 + 4294963200u) >> 2u)] = _e980;
                                                                                                                                                                        let _e988 = local_53;
                                                                                                                                                                        local_10 = _e988;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e993 = pending;
                                                                                                                                                                    if (_e993 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e993 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1001 = local_10;
                                                                                                                                                                        let _e1003 = (_e1001 < 224u);
                                                                                                                                                                        if _e1003 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1012 = local_10;
                                                                                                                                                                            let _e1014 = local_1;
                                                                                                                                                                            let _e1015 = (_e1012 >= _e1014);
                                                                                                                                                                            if _e1015 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1020 = local_22;
                                                                                                                                                                            let _e1022 = local_10;
                                                                                                                                                                            local_24 = (_e1020 + _e1022);
                                                                                                                                                                            let _e1026 = local_24;
                                                                                                                                                                            let _e1028 = local_3;
                                                                                                                                                                            let _e1029 = (_e1026 >= _e1028);
                                                                                                                                                                            if _e1029 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1036 = local_2;
                                                                                                                                                                            let _e1038 = local_24;
                                                                                                                                                                            let _e1049 = a[(((_e1036 + (_e1038 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1049;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1052 = pending;
                                                                                                                                                                        if (_e1052 == 51u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1052 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1060 = local_13;
                                                                                                                                                                        let _e1062 = local_55;
                                                                                                                                                                        ta[((_e1060 + 4294963200u) >> 2u)] = _e1062;
                                                                                                                                                                        let _e1070 = local_51;
                                                                                                                                                                        local_10 = _e1070;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1075 = pending;
                                                                                                                                                                    if (_e1075 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1075 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1083 = local_10;
                                                                                                                                                                        let _e1085 = (_e1083 < 208u);
                                                                                                                                                                        if _e1085 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1094 = local_10;
                                                                                                                                                                            let _e1096 = local_1;
                                                                                                                                                                            let _e1097 = (_e1094 >= _e1096);
                                                                                                                                                                            if _e1097 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1102 = local_22;
                                                                                                                                                                            let _e1104 = local_10;
                                                                                                                                                                            local_24 = (_e1102 + _e1104);
                                                                                                                                                                            let _e1108 = local_24;
                                                                                                                                                                            let _e1110 = local_3;
                                                                                                                                                                            let _e1111 = (_e1108 >= _e1110);
                                                                                                                                                                            if _e1111 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1118 = local_2;
                                                                                                                                                                            let _e1120 = local_24;
                                                                                                                                                                            let _e1131 = a[(((_e1118 + (_e1120 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1131;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1134 = pending;
                                                                                                                                                                        if (_e1134 == 53u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1134 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1142 = local_13;
                                                                                                                                                                        let _e1144 = local_55;
                                                                                                                                                                        ta[((_e1142 + 4294963200u) >> 2u)] = _e1144;
                                                                                                                                                                        let _e1152 = local_49;
                                                                                                                                                                        local_10 = _e1152;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1157 = pending;
                                                                                                                                                                    if (_e1157 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1157 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1165 = local_10;
                                                                                                                                                                        let _e1167 = (_e1165 < 192u);
                                                                                                                                                                        if _e1167 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1176 = local_10;
                                                                                                                                                                            let _e1178 = local_1;
                                                                                                                                                                            let _e1179 = (_e1176 >= _e1178);
                                                                                                                                                                            if _e1179 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1184 = local_22;
                                                                                                                                                                            let _e1186 = local_10;
                                                                                                                                                                            local_24 = (_e1184 + _e1186);
                                                                                                                                                                            let _e1190 = local_24;
                                                                                                                                                                            let _e1192 = local_3;
                                                                                                                                                                            let _e1193 = (_e1190 >= _e1192);
                                                                                                                                                                            if _e1193 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1200 = local_2;
                                                                                                                                                                            let _e1202 = local_24;
                                                                                                                                                                            let _e1213 = a[(((_e1200 + (_e1202 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1213;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1216 = pending;
                                                                                                                                                                        if (_e1216 == 55u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1216 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1224 = local_13;
                                                                                                                                                                        let _e1226 = local_55;
                                                                                                                                                                        ta[((_e1224 + 4294963200u) >> 2u)] = _e1226;
                                                                                                                                                                        let _e1234 = local_47;
                                                                                                                                                                        local_10 = _e1234;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1239 = pending;
                                                                                                                                                                    if (_e1239 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1239 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1247 = local_10;
                                                                                                                                                                        let _e1249 = (_e1247 < 176u);
                                                                                                                                                                        if _e1249 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1258 = local_10;
                                                                                                                                                                            let _e1260 = local_1;
                                                                                                                                                                            let _e1261 = (_e1258 >= _e1260);
                                                                                                                                                                            if _e1261 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1266 = local_22;
                                                                                                                                                                            let _e1268 = local_10;
                                                                                                                                                                            local_24 = (_e1266 + _e1268);
                                                                                                                                                                            let _e1272 = local_24;
                                                                                                                                                                            let _e1274 = local_3;
                                                                                                                                                                            let _e1275 = (_e1272 >= _e1274);
                                                                                                                                                                            if _e1275 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1282 = local_2;
                                                                                                                                                                            let _e1284 = local_24;
                                                                                                                                                                            let _e1295 = a[(((_e1282 + (_e1284 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1295;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1298 = pending;
                                                                                                                                                                        if (_e1298 == 57u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1298 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1306 = local_13;
                                                                                                                                                                        let _e1308 = local_55;
                                                                                                                                                                        ta[((_e1306 + 4294963200u) >> 2u)] = _e1308;
                                                                                                                                                                        let _e1316 = local_45;
                                                                                                                                                                        local_10 = _e1316;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1321 = pending;
                                                                                                                                                                    if (_e1321 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1321 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1329 = local_10;
                                                                                                                                                                        let _e1331 = (_e1329 < 160u);
                                                                                                                                                                        if _e1331 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1340 = local_10;
                                                                                                                                                                            let _e1342 = local_1;
                                                                                                                                                                            let _e1343 = (_e1340 >= _e1342);
                                                                                                                                                                            if _e1343 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1348 = local_22;
                                                                                                                                                                            let _e1350 = local_10;
                                                                                                                                                                            local_24 = (_e1348 + _e1350);
                                                                                                                                                                            let _e1354 = local_24;
                                                                                                                                                                            let _e1356 = local_3;
                                                                                                                                                                            let _e1357 = (_e1354 >= _e1356);
                                                                                                                                                                            if _e1357 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1364 = local_2;
                                                                                                                                                                            let _e1366 = local_24;
                                                                                                                                                                            let _e1377 = a[(((_e1364 + (_e1366 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e1377;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1380 = pending;
                                                                                                                                                                        if (_e1380 == 59u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1380 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e1388 = local_13;
                                                                                                                                                                        let _e1390 = local_55;
                                                                                                                                                                        ta[((_e1388 + 4294963200u) >> 2u)] = _e1390;
                                                                                                                                                                        let _e1398 = local_43;
                                                                                                                                                                        local_10 = _e1398;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e1403 = pending;
                                                                                                                                                                    if (_e1403 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e1403 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e1411 = local_10;
                                                                                                                                                                        let _e1413 = (_e1411 > 143u);
                                                                                                                                                                        if _e1413 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1418 = local_10;
                                                                                                                                                                            let _e1420 = (_e1418 < 128u);
                                                                                                                                                                            if _e1420 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            local_21 = 0f;
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e1429 = local_10;
                                                                                                                                                                                let _e1431 = local_1;
                                                                                                                                                                                let _e1432 = (_e1429 >= _e1431);
                                                                                                                                                                                if _e1432 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1437 = local_10;
                                                                                                                                                                                let _e1439 = local_22;
                                                                                                                                                                                local_24 = (_e1437 + _e1439);
                                                                                                                                                                                let _e1443 = local_24;
                                                                                                                                                                                let _e1445 = local_3;
                                                                                                                                                                                let _e1446 = (_e1443 >= _e1445);
                                                                                                                                                                                if _e1446 {
                                                                                                                                                                                    pending = 11u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1453 = local_2;
                                                                                                                                                                                let _e1455 = local_24;
                                                                                                                                                                                let _e1466 = a[(((_e1453 + (_e1455 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e1466;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1469 = pending;
                                                                                                                                                                            if (_e1469 == 62u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                break;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e1469 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e1477 = local_13;
                                                                                                                                                                            let _e1479 = local_55;
                                                                                                                                                                            ta[((_e1477 + 4294963200u) >> 2u)] = _e1479;
                                                                                                                                                                            let _e1487 = local_40;
                                                                                                                                                                            local_10 = _e1487;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1492 = pending;
                                                                                                                                                                        if (_e1492 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1492 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1500 = local_10;
                                                                                                                                                                            let _e1502 = (_e1500 < 112u);
                                                                                                                                                                            if _e1502 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            local_21 = 0f;
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e1511 = local_10;
                                                                                                                                                                                let _e1513 = local_1;
                                                                                                                                                                                let _e1514 = (_e1511 >= _e1513);
                                                                                                                                                                                if _e1514 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1519 = local_10;
                                                                                                                                                                                let _e1521 = local_22;
                                                                                                                                                                                local_24 = (_e1519 + _e1521);
                                                                                                                                                                                let _e1525 = local_24;
                                                                                                                                                                                let _e1527 = local_3;
                                                                                                                                                                                let _e1528 = (_e1525 >= _e1527);
                                                                                                                                                                                if _e1528 {
                                                                                                                                                                                    pending = 11u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1535 = local_2;
                                                                                                                                                                                let _e1537 = local_24;
                                                                                                                                                                                let _e1548 = a[(((_e1535 + (_e1537 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e1548;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1551 = pending;
                                                                                                                                                                            if (_e1551 == 64u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                break;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e1551 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e1559 = local_13;
                                                                                                                                                                            let _e1561 = local_55;
                                                                                                                                                                            ta[((_e1559 + 4294963200u) >> 2u)] = _e1561;
                                                                                                                                                                            let _e1569 = local_38;
                                                                                                                                                                            local_10 = _e1569;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1574 = pending;
                                                                                                                                                                        if (_e1574 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1574 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1582 = local_10;
                                                                                                                                                                            let _e1584 = (_e1582 < 96u);
                                                                                                                                                                            if _e1584 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            local_21 = 0f;
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e1593 = local_10;
                                                                                                                                                                                let _e1595 = local_1;
                                                                                                                                                                                let _e1596 = (_e1593 >= _e1595);
                                                                                                                                                                                if _e1596 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1601 = local_10;
                                                                                                                                                                                let _e1603 = local_22;
                                                                                                                                                                                local_24 = (_e1601 + _e1603);
                                                                                                                                                                                let _e1607 = local_24;
                                                                                                                                                                                let _e1609 = local_3;
                                                                                                                                                                                let _e1610 = (_e1607 >= _e1609);
                                                                                                                                                                                if _e1610 {
                                                                                                                                                                                    pending = 11u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1617 = local_2;
                                                                                                                                                                                let _e1619 = local_24;
                                                                                                                                                                                let _e1630 = a[(((_e1617 + (_e1619 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e1630;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1633 = pending;
                                                                                                                                                                            if (_e1633 == 66u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                break;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e1633 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e1641 = local_13;
                                                                                                                                                                            let _e1643 = local_55;
                                                                                                                                                                            ta[((_e1641 + 4294963200u) >> 2u)] = _e1643;
                                                                                                                                                                            let _e1651 = local_36;
                                                                                                                                                                            local_10 = _e1651;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e1656 = pending;
                                                                                                                                                                        if (_e1656 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e1656 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e1664 = local_10;
                                                                                                                                                                            let _e1666 = (_e1664 > 79u);
                                                                                                                                                                            if _e1666 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e1671 = local_2;
                                                                                                                                                                            let _e1673 = local_10;
                                                                                                                                                                            let _e1675 = local_22;
                                                                                                                                                                            local_11 = (_e1671 + ((_e1673 + _e1675) << 2u));
                                                                                                                                                                            local_21 = 0f;
                                                                                                                                                                            let _e1685 = local_10;
                                                                                                                                                                            local_9 = select(0u, 1u, (_e1685 > 63u));
                                                                                                                                                                            let _e1693 = local_10;
                                                                                                                                                                            local_23 = select(0u, 1u, (_e1693 > 47u));
                                                                                                                                                                            let _e1701 = local_10;
                                                                                                                                                                            local_14 = select(0u, 1u, (_e1701 > 31u));
                                                                                                                                                                            let _e1709 = local_10;
                                                                                                                                                                            local_5 = select(0u, 1u, (_e1709 > 15u));
                                                                                                                                                                            loop {
                                                                                                                                                                                local_55 = 0f;
                                                                                                                                                                                loop {
                                                                                                                                                                                    let _e1719 = local_10;
                                                                                                                                                                                    let _e1721 = local_1;
                                                                                                                                                                                    let _e1722 = (_e1719 >= _e1721);
                                                                                                                                                                                    if _e1722 {
                                                                                                                                                                                        break;
                                                                                                                                                                                    }
                                                                                                                                                                                    let _e1727 = local_22;
                                                                                                                                                                                    let _e1729 = local_10;
                                                                                                                                                                                    local_24 = (_e1727 + _e1729);
                                                                                                                                                                                    let _e1733 = local_24;
                                                                                                                                                                                    let _e1735 = local_3;
                                                                                                                                                                                    let _e1736 = (_e1733 >= _e1735);
                                                                                                                                                                                    if _e1736 {
                                                                                                                                                                                        pending = 11u;
                                                                                                                                                                                        break;
                                                                                                                                                                                    }
                                                                                                                                                                                    let _e1743 = local_11;
                                                                                                                                                                                    let _e1750 = a[((_e1743 + 4294963200u) >> 2u)];
                                                                                                                                                                                    local_55 = _e1750;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e1753 = pending;
                                                                                                                                                                                if (_e1753 == 69u) {
                                                                                                                                                                                    pending = 0u;
                                                                                                                                                                                    continue;
                                                                                                                                                                                } else {
                                                                                                                                                                                    if (_e1753 != 0u) {
                                                                                                                                                                                        break;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                let _e1761 = local_13;
                                                                                                                                                                                let _e1763 = local_55;
                                                                                                                                                                                ta[((_e1761 + 4294963200u) >> 2u)] = _e1763;
                                                                                                                                                                                let _e1771 = local_15;
                                                                                                                                                                                tb[((_e1771 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                                workgroupBarrier();
                                                                                                                                                                                let _e1781 = local_8;
                                                                                                                                                                                let _e1788 = ta[((_e1781 + 4294963248u) >> 2u)];
                                                                                                                                                                                local_55 = _e1788;
                                                                                                                                                                                let _e1791 = local_35;
                                                                                                                                                                                let _e1798 = tb[((_e1791 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_56 = _e1798;
                                                                                                                                                                                let _e1801 = local_8;
                                                                                                                                                                                let _e1808 = ta[((_e1801 + 4294963244u) >> 2u)];
                                                                                                                                                                                local_57 = _e1808;
                                                                                                                                                                                let _e1811 = local_37;
                                                                                                                                                                                let _e1818 = tb[((_e1811 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_58 = _e1818;
                                                                                                                                                                                let _e1821 = local_8;
                                                                                                                                                                                let _e1828 = ta[((_e1821 + 4294963240u) >> 2u)];
                                                                                                                                                                                local_59 = _e1828;
                                                                                                                                                                                let _e1831 = local_39;
                                                                                                                                                                                let _e1838 = tb[((_e1831 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_60 = _e1838;
                                                                                                                                                                                let _e1841 = local_8;
                                                                                                                                                                                let _e1848 = ta[((_e1841 + 4294963236u) >> 2u)];
                                                                                                                                                                                local_61 = _e1848;
                                                                                                                                                                                let _e1851 = local_41;
                                                                                                                                                                                let _e1858 = tb[((_e1851 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_62 = _e1858;
                                                                                                                                                                                let _e1861 = local_8;
                                                                                                                                                                                let _e1868 = ta[((_e1861 + 4294963232u) >> 2u)];
                                                                                                                                                                                local_63 = _e1868;
                                                                                                                                                                                let _e1871 = local_17;
                                                                                                                                                                                let _e1878 = tb[((_e1871 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_64 = _e1878;
                                                                                                                                                                                let _e1881 = local_8;
                                                                                                                                                                                let _e1888 = ta[((_e1881 + 4294963228u) >> 2u)];
                                                                                                                                                                                local_65 = _e1888;
                                                                                                                                                                                let _e1891 = local_44;
                                                                                                                                                                                let _e1898 = tb[((_e1891 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_66 = _e1898;
                                                                                                                                                                                let _e1901 = local_8;
                                                                                                                                                                                let _e1908 = ta[((_e1901 + 4294963224u) >> 2u)];
                                                                                                                                                                                local_67 = _e1908;
                                                                                                                                                                                let _e1911 = local_46;
                                                                                                                                                                                let _e1918 = tb[((_e1911 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_68 = _e1918;
                                                                                                                                                                                let _e1921 = local_8;
                                                                                                                                                                                let _e1928 = ta[((_e1921 + 4294963220u) >> 2u)];
                                                                                                                                                                                local_69 = _e1928;
                                                                                                                                                                                let _e1931 = local_48;
                                                                                                                                                                                let _e1938 = tb[((_e1931 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_70 = _e1938;
                                                                                                                                                                                let _e1941 = local_8;
                                                                                                                                                                                let _e1948 = ta[((_e1941 + 4294963216u) >> 2u)];
                                                                                                                                                                                local_71 = _e1948;
                                                                                                                                                                                let _e1951 = local_50;
                                                                                                                                                                                let _e1958 = tb[((_e1951 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_72 = _e1958;
                                                                                                                                                                                let _e1961 = local_8;
                                                                                                                                                                                let _e1968 = ta[((_e1961 + 4294963212u) >> 2u)];
                                                                                                                                                                                local_73 = _e1968;
                                                                                                                                                                                let _e1971 = local_52;
                                                                                                                                                                                let _e1978 = tb[((_e1971 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_74 = _e1978;
                                                                                                                                                                                let _e1981 = local_8;
                                                                                                                                                                                let _e1988 = ta[((_e1981 + 4294963208u) >> 2u)];
                                                                                                                                                                                local_75 = _e1988;
                                                                                                                                                                                let _e1991 = local_54;
                                                                                                                                                                                let _e1998 = tb[((_e1991 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_76 = _e1998;
                                                                                                                                                                                let _e2001 = local_8;
                                                                                                                                                                                let _e2008 = ta[((_e2001 + 4294963204u) >> 2u)];
                                                                                                                                                                                local_77 = _e2008;
                                                                                                                                                                                let _e2011 = local_16;
                                                                                                                                                                                let _e2018 = tb[((_e2011 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_78 = _e2018;
                                                                                                                                                                                let _e2021 = local_8;
                                                                                                                                                                                let _e2028 = ta[((_e2021 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_79 = _e2028;
                                                                                                                                                                                let _e2031 = local;
                                                                                                                                                                                let _e2033 = local_32;
                                                                                                                                                                                stack[((_e2031 + 4293918760u) >> 2u)] = _e2033;
                                                                                                                                                                                let _e2041 = local;
                                                                                                                                                                                stack[((_e2041 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                                let _e2050 = local_9;
                                                                                                                                                                                if (_e2050 != 0u) {
                                                                                                                                                                                    pending = 5u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e2056 = local_8;
                                                                                                                                                                                let _e2063 = ta[((_e2056 + 4294963252u) >> 2u)];
                                                                                                                                                                                local_80 = _e2063;
                                                                                                                                                                                let _e2066 = local_33;
                                                                                                                                                                                let _e2073 = tb[((_e2066 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_81 = _e2073;
                                                                                                                                                                                let _e2076 = local;
                                                                                                                                                                                let _e2078 = local_30;
                                                                                                                                                                                stack[((_e2076 + 4293918760u) >> 2u)] = _e2078;
                                                                                                                                                                                let _e2086 = local;
                                                                                                                                                                                stack[((_e2086 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                                let _e2095 = local_23;
                                                                                                                                                                                if (_e2095 != 0u) {
                                                                                                                                                                                    pending = 5u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e2101 = local_8;
                                                                                                                                                                                let _e2108 = ta[((_e2101 + 4294963256u) >> 2u)];
                                                                                                                                                                                local_82 = _e2108;
                                                                                                                                                                                let _e2111 = local_31;
                                                                                                                                                                                let _e2118 = tb[((_e2111 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_83 = _e2118;
                                                                                                                                                                                let _e2121 = local;
                                                                                                                                                                                let _e2123 = local_28;
                                                                                                                                                                                stack[((_e2121 + 4293918760u) >> 2u)] = _e2123;
                                                                                                                                                                                let _e2131 = local;
                                                                                                                                                                                stack[((_e2131 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                                let _e2140 = local_14;
                                                                                                                                                                                if (_e2140 != 0u) {
                                                                                                                                                                                    pending = 5u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e2146 = local_8;
                                                                                                                                                                                let _e2153 = ta[((_e2146 + 4294963260u) >> 2u)];
                                                                                                                                                                                local_84 = _e2153;
                                                                                                                                                                                let _e2156 = local_29;
                                                                                                                                                                                let _e2163 = tb[((_e2156 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_85 = _e2163;
                                                                                                                                                                                let _e2166 = local;
                                                                                                                                                                                let _e2168 = local_26;
                                                                                                                                                                                stack[((_e2166 + 4293918760u) >> 2u)] = _e2168;
                                                                                                                                                                                let _e2176 = local;
                                                                                                                                                                                stack[((_e2176 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                                let _e2185 = local_5;
                                                                                                                                                                                if (_e2185 != 0u) {
                                                                                                                                                                                    pending = 5u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e2191 = local_21;
                                                                                                                                                                                let _e2193 = local_79;
                                                                                                                                                                                let _e2195 = local_78;
                                                                                                                                                                                let _e2199 = local_77;
                                                                                                                                                                                let _e2201 = local_76;
                                                                                                                                                                                let _e2205 = local_75;
                                                                                                                                                                                let _e2207 = local_74;
                                                                                                                                                                                let _e2211 = local_73;
                                                                                                                                                                                let _e2213 = local_72;
                                                                                                                                                                                let _e2217 = local_71;
                                                                                                                                                                                let _e2219 = local_70;
                                                                                                                                                                                let _e2223 = local_69;
                                                                                                                                                                                let _e2225 = local_68;
                                                                                                                                                                                let _e2229 = local_67;
                                                                                                                                                                                let _e2231 = local_66;
                                                                                                                                                                                let _e2235 = local_65;
                                                                                                                                                                                let _e2237 = local_64;
                                                                                                                                                                                let _e2241 = local_63;
                                                                                                                                                                                let _e2243 = local_62;
                                                                                                                                                                                let _e2247 = local_61;
                                                                                                                                                                                let _e2249 = local_60;
                                                                                                                                                                                let _e2253 = local_59;
                                                                                                                                                                                let _e2255 = local_58;
                                                                                                                                                                                let _e2259 = local_57;
                                                                                                                                                                                let _e2261 = local_56;
                                                                                                                                                                                let _e2265 = local_55;
                                                                                                                                                                                let _e2267 = local_81;
                                                                                                                                                                                let _e2271 = local_80;
                                                                                                                                                                                let _e2273 = local_83;
                                                                                                                                                                                let _e2277 = local_82;
                                                                                                                                                                                let _e2279 = local_85;
                                                                                                                                                                                let _e2283 = local_84;
                                                                                                                                                                                let _e2285 = local_27;
                                                                                                                                                                                let _e2292 = tb[((_e2285 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_21 = ((((((((((((((((_e2191 + (_e2193 * _e2195)) + (_e2199 * _e2201)) + (_e2205 * _e2207)) + (_e2211 * _e2213)) + (_e2217 * _e2219)) + (_e2223 * _e2225)) + (_e2229 * _e2231)) + (_e2235 * _e2237)) + (_e2241 * _e2243)) + (_e2247 * _e2249)) + (_e2253 * _e2255)) + (_e2259 * _e2261)) + (_e2265 * _e2267)) + (_e2271 * _e2273)) + (_e2277 * _e2279)) + (_e2283 * _e2292));
                                                                                                                                                                                let _e2297 = local_11;
                                                                                                                                                                                local_11 = (_e2297 + 64u);
                                                                                                                                                                                let _e2302 = local_10;
                                                                                                                                                                                local_10 = (_e2302 + 16u);
                                                                                                                                                                                workgroupBarrier();
                                                                                                                                                                                let _e2307 = local_12;
                                                                                                                                                                                local_12 = (_e2307 + 4294967295u);
                                                                                                                                                                                let _e2312 = local_12;
                                                                                                                                                                                if (_e2312 != 0u) {
                                                                                                                                                                                    continue;
                                                                                                                                                                                }
                                                                                                                                                                                pending = 3u;
                                                                                                                                                                                break;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e2318 = pending;
                                                                                                                                                                            if (_e2318 == 68u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                break;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e2318 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e2326 = pending;
                                                                                                                                                                        if (_e2326 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e2326 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e2338 = local_10;
                                                                                                                                                                            let _e2340 = local_1;
                                                                                                                                                                            let _e2341 = (_e2338 >= _e2340);
                                                                                                                                                                            if _e2341 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e2346 = local_10;
                                                                                                                                                                            let _e2348 = local_22;
                                                                                                                                                                            local_24 = (_e2346 + _e2348);
                                                                                                                                                                            let _e2352 = local_24;
                                                                                                                                                                            let _e2354 = local_3;
                                                                                                                                                                            let _e2355 = (_e2352 >= _e2354);
                                                                                                                                                                            if _e2355 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e2362 = local_2;
                                                                                                                                                                            let _e2364 = local_24;
                                                                                                                                                                            let _e2375 = a[(((_e2362 + (_e2364 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e2375;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e2378 = pending;
                                                                                                                                                                        if (_e2378 == 61u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e2378 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e2386 = local_13;
                                                                                                                                                                        let _e2388 = local_55;
                                                                                                                                                                        ta[((_e2386 + 4294963200u) >> 2u)] = _e2388;
                                                                                                                                                                        let _e2396 = local_34;
                                                                                                                                                                        local_10 = _e2396;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2401 = pending;
                                                                                                                                                                    if (_e2401 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e2401 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e2413 = local_10;
                                                                                                                                                                        let _e2415 = local_1;
                                                                                                                                                                        let _e2416 = (_e2413 >= _e2415);
                                                                                                                                                                        if _e2416 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e2421 = local_22;
                                                                                                                                                                        let _e2423 = local_10;
                                                                                                                                                                        local_24 = (_e2421 + _e2423);
                                                                                                                                                                        let _e2427 = local_24;
                                                                                                                                                                        let _e2429 = local_3;
                                                                                                                                                                        let _e2430 = (_e2427 >= _e2429);
                                                                                                                                                                        if _e2430 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e2437 = local_2;
                                                                                                                                                                        let _e2439 = local_24;
                                                                                                                                                                        let _e2450 = a[(((_e2437 + (_e2439 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e2450;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2453 = pending;
                                                                                                                                                                    if (_e2453 == 44u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e2453 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e2461 = local_13;
                                                                                                                                                                    let _e2463 = local_55;
                                                                                                                                                                    ta[((_e2461 + 4294963200u) >> 2u)] = _e2463;
                                                                                                                                                                    let _e2471 = local_42;
                                                                                                                                                                    local_10 = _e2471;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2476 = pending;
                                                                                                                                                                if (_e2476 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2476 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2484 = local_23;
                                                                                                                                                                    let _e2486 = (_e2484 < 256u);
                                                                                                                                                                    if _e2486 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2491 = local_13;
                                                                                                                                                                    ta[((_e2491 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    pending = 2u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2505 = pending;
                                                                                                                                                                if (_e2505 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2505 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2513 = local_10;
                                                                                                                                                                    let _e2515 = (_e2513 < 256u);
                                                                                                                                                                    if _e2515 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2520 = local_13;
                                                                                                                                                                    ta[((_e2520 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2534 = pending;
                                                                                                                                                                if (_e2534 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2534 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2542 = local_10;
                                                                                                                                                                    let _e2544 = (_e2542 < 240u);
                                                                                                                                                                    if _e2544 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2549 = local_13;
                                                                                                                                                                    ta[((_e2549 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 42u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2561 = pending;
                                                                                                                                                                if (_e2561 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2561 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2569 = local_10;
                                                                                                                                                                    let _e2571 = (_e2569 < 224u);
                                                                                                                                                                    if _e2571 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2576 = local_13;
                                                                                                                                                                    ta[((_e2576 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 39u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2588 = pending;
                                                                                                                                                                if (_e2588 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2588 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2596 = local_10;
                                                                                                                                                                    let _e2598 = (_e2596 < 208u);
                                                                                                                                                                    if _e2598 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2603 = local_13;
                                                                                                                                                                    ta[((_e2603 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 36u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2615 = pending;
                                                                                                                                                                if (_e2615 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2615 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2623 = local_10;
                                                                                                                                                                    let _e2625 = (_e2623 < 192u);
                                                                                                                                                                    if _e2625 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2630 = local_13;
                                                                                                                                                                    ta[((_e2630 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 33u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2642 = pending;
                                                                                                                                                                if (_e2642 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2642 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2650 = local_10;
                                                                                                                                                                    let _e2652 = (_e2650 < 176u);
                                                                                                                                                                    if _e2652 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2657 = local_13;
                                                                                                                                                                    ta[((_e2657 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 30u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2669 = pending;
                                                                                                                                                                if (_e2669 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2669 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2677 = local_10;
                                                                                                                                                                    let _e2679 = (_e2677 < 160u);
                                                                                                                                                                    if _e2679 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2684 = local_13;
                                                                                                                                                                    ta[((_e2684 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 27u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2696 = pending;
                                                                                                                                                                if (_e2696 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2696 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2704 = local_10;
                                                                                                                                                                    let _e2706 = (_e2704 < 144u);
                                                                                                                                                                    if _e2706 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2711 = local_13;
                                                                                                                                                                    ta[((_e2711 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 15u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2723 = pending;
                                                                                                                                                                if (_e2723 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2723 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2731 = local_10;
                                                                                                                                                                    let _e2733 = (_e2731 < 128u);
                                                                                                                                                                    if _e2733 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2738 = local_13;
                                                                                                                                                                    ta[((_e2738 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 24u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2750 = pending;
                                                                                                                                                                if (_e2750 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2750 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e2758 = local_10;
                                                                                                                                                                let _e2760 = (_e2758 > 111u);
                                                                                                                                                                if _e2760 {
                                                                                                                                                                    pending = 8u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2767 = local_10;
                                                                                                                                                                    let _e2769 = (_e2767 < 96u);
                                                                                                                                                                    if _e2769 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2774 = local_13;
                                                                                                                                                                    ta[((_e2774 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 21u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2786 = pending;
                                                                                                                                                                if (_e2786 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2786 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2794 = local_10;
                                                                                                                                                                    let _e2796 = (_e2794 < 80u);
                                                                                                                                                                    if _e2796 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2801 = local_13;
                                                                                                                                                                    ta[((_e2801 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    pending = 18u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2813 = pending;
                                                                                                                                                                if (_e2813 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2813 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2821 = local_10;
                                                                                                                                                                    let _e2823 = (_e2821 < 64u);
                                                                                                                                                                    if _e2823 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2828 = local_13;
                                                                                                                                                                    ta[((_e2828 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    let _e2840 = local_32;
                                                                                                                                                                    local_10 = _e2840;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2845 = pending;
                                                                                                                                                                if (_e2845 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2845 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2853 = local_10;
                                                                                                                                                                    let _e2855 = (_e2853 < 48u);
                                                                                                                                                                    if _e2855 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2860 = local_13;
                                                                                                                                                                    ta[((_e2860 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    let _e2872 = local_30;
                                                                                                                                                                    local_10 = _e2872;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2877 = pending;
                                                                                                                                                                if (_e2877 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2877 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2885 = local_10;
                                                                                                                                                                    let _e2887 = (_e2885 < 32u);
                                                                                                                                                                    if _e2887 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e2892 = local_13;
                                                                                                                                                                    ta[((_e2892 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    let _e2904 = local_28;
                                                                                                                                                                    local_10 = _e2904;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e2909 = pending;
                                                                                                                                                                if (_e2909 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e2909 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e2917 = local_10;
                                                                                                                                                                let _e2919 = (_e2917 > 15u);
                                                                                                                                                                if _e2919 {
                                                                                                                                                                    pending = 9u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                local_21 = 0f;
                                                                                                                                                                loop {
                                                                                                                                                                    let _e2928 = local_13;
                                                                                                                                                                    ta[((_e2928 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    let _e2938 = local_15;
                                                                                                                                                                    tb[((_e2938 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                    workgroupBarrier();
                                                                                                                                                                    let _e2948 = local_21;
                                                                                                                                                                    let _e2950 = local_8;
                                                                                                                                                                    let _e2957 = ta[((_e2950 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e2959 = local_16;
                                                                                                                                                                    let _e2966 = tb[((_e2959 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e2970 = local_8;
                                                                                                                                                                    let _e2977 = ta[((_e2970 + 4294963204u) >> 2u)];
                                                                                                                                                                    let _e2979 = local_54;
                                                                                                                                                                    let _e2986 = tb[((_e2979 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e2990 = local_8;
                                                                                                                                                                    let _e2997 = ta[((_e2990 + 4294963208u) >> 2u)];
                                                                                                                                                                    let _e2999 = local_52;
                                                                                                                                                                    let _e3006 = tb[((_e2999 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3010 = local_8;
                                                                                                                                                                    let _e3017 = ta[((_e3010 + 4294963212u) >> 2u)];
                                                                                                                                                                    let _e3019 = local_50;
                                                                                                                                                                    let _e3026 = tb[((_e3019 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3030 = local_8;
                                                                                                                                                                    let _e3037 = ta[((_e3030 + 4294963216u) >> 2u)];
                                                                                                                                                                    let _e3039 = local_48;
                                                                                                                                                                    let _e3046 = tb[((_e3039 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3050 = local_8;
                                                                                                                                                                    let _e3057 = ta[((_e3050 + 4294963220u) >> 2u)];
                                                                                                                                                                    let _e3059 = local_46;
                                                                                                                                                                    let _e3066 = tb[((_e3059 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3070 = local_8;
                                                                                                                                                                    let _e3077 = ta[((_e3070 + 4294963224u) >> 2u)];
                                                                                                                                                                    let _e3079 = local_44;
                                                                                                                                                                    let _e3086 = tb[((_e3079 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3090 = local_8;
                                                                                                                                                                    let _e3097 = ta[((_e3090 + 4294963228u) >> 2u)];
                                                                                                                                                                    let _e3099 = local_17;
                                                                                                                                                                    let _e3106 = tb[((_e3099 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3110 = local_8;
                                                                                                                                                                    let _e3117 = ta[((_e3110 + 4294963232u) >> 2u)];
                                                                                                                                                                    let _e3119 = local_41;
                                                                                                                                                                    let _e3126 = tb[((_e3119 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3130 = local_8;
                                                                                                                                                                    let _e3137 = ta[((_e3130 + 4294963236u) >> 2u)];
                                                                                                                                                                    let _e3139 = local_39;
                                                                                                                                                                    let _e3146 = tb[((_e3139 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3150 = local_8;
                                                                                                                                                                    let _e3157 = ta[((_e3150 + 4294963240u) >> 2u)];
                                                                                                                                                                    let _e3159 = local_37;
                                                                                                                                                                    let _e3166 = tb[((_e3159 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3170 = local_8;
                                                                                                                                                                    let _e3177 = ta[((_e3170 + 4294963244u) >> 2u)];
                                                                                                                                                                    let _e3179 = local_35;
                                                                                                                                                                    let _e3186 = tb[((_e3179 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3190 = local_8;
                                                                                                                                                                    let _e3197 = ta[((_e3190 + 4294963248u) >> 2u)];
                                                                                                                                                                    let _e3199 = local_33;
                                                                                                                                                                    let _e3206 = tb[((_e3199 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3210 = local_8;
                                                                                                                                                                    let _e3217 = ta[((_e3210 + 4294963252u) >> 2u)];
                                                                                                                                                                    let _e3219 = local_31;
                                                                                                                                                                    let _e3226 = tb[((_e3219 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3230 = local_8;
                                                                                                                                                                    let _e3237 = ta[((_e3230 + 4294963256u) >> 2u)];
                                                                                                                                                                    let _e3239 = local_29;
                                                                                                                                                                    let _e3246 = tb[((_e3239 + 4294963200u) >> 2u)];
                                                                                                                                                                    let _e3250 = local_8;
                                                                                                                                                                    let _e3257 = ta[((_e3250 + 4294963260u) >> 2u)];
                                                                                                                                                                    let _e3259 = local_27;
                                                                                                                                                                    let _e3266 = tb[((_e3259 + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = ((((((((((((((((_e2948 + (_e2957 * _e2966)) + (_e2977 * _e2986)) + (_e2997 * _e3006)) + (_e3017 * _e3026)) + (_e3037 * _e3046)) + (_e3057 * _e3066)) + (_e3077 * _e3086)) + (_e3097 * _e3106)) + (_e3117 * _e3126)) + (_e3137 * _e3146)) + (_e3157 * _e3166)) + (_e3177 * _e3186)) + (_e3197 * _e3206)) + (_e3217 * _e3226)) + (_e3237 * _e3246)) + (_e3257 * _e3266));
                                                                                                                                                                    workgroupBarrier();
                                                                                                                                                                    let _e3271 = local_12;
                                                                                                                                                                    local_12 = (_e3271 + 4294967295u);
                                                                                                                                                                    let _e3276 = local_12;
                                                                                                                                                                    if (_e3276 != 0u) {
                                                                                                                                                                        continue;
                                                                                                                                                                    }
                                                                                                                                                                    pending = 3u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3282 = pending;
                                                                                                                                                                if (_e3282 == 43u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3282 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e3290 = pending;
                                                                                                                                                            if (_e3290 == 42u) {
                                                                                                                                                                pending = 0u;
                                                                                                                                                                break;
                                                                                                                                                            } else {
                                                                                                                                                                if (_e3290 != 0u) {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            loop {
                                                                                                                                                                let _e3298 = local_20;
                                                                                                                                                                let _e3300 = local_1;
                                                                                                                                                                let _e3301 = (_e3298 >= _e3300);
                                                                                                                                                                if _e3301 {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3306 = local_23;
                                                                                                                                                                    let _e3308 = (_e3306 < 256u);
                                                                                                                                                                    if _e3308 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3317 = local_10;
                                                                                                                                                                        let _e3319 = local_1;
                                                                                                                                                                        let _e3320 = (_e3317 >= _e3319);
                                                                                                                                                                        if _e3320 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3325 = local_22;
                                                                                                                                                                        let _e3327 = local_10;
                                                                                                                                                                        local_24 = (_e3325 + _e3327);
                                                                                                                                                                        let _e3331 = local_24;
                                                                                                                                                                        let _e3333 = local_3;
                                                                                                                                                                        let _e3334 = (_e3331 >= _e3333);
                                                                                                                                                                        if _e3334 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3341 = local_2;
                                                                                                                                                                        let _e3343 = local_24;
                                                                                                                                                                        let _e3354 = a[(((_e3341 + (_e3343 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3354;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3357 = pending;
                                                                                                                                                                    if (_e3357 == 90u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3357 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3365 = local_13;
                                                                                                                                                                    let _e3367 = local_55;
                                                                                                                                                                    ta[((_e3365 + 4294963200u) >> 2u)] = _e3367;
                                                                                                                                                                    let _e3375 = local_11;
                                                                                                                                                                    let _e3377 = local_1;
                                                                                                                                                                    let _e3378 = (_e3375 >= _e3377);
                                                                                                                                                                    if _e3378 {
                                                                                                                                                                        pending = 2u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3385 = local_19;
                                                                                                                                                                    let _e3387 = local_11;
                                                                                                                                                                    let _e3389 = local_1;
                                                                                                                                                                    local_9 = (_e3385 + (_e3387 * _e3389));
                                                                                                                                                                    let _e3394 = local_9;
                                                                                                                                                                    let _e3396 = local_5;
                                                                                                                                                                    let _e3397 = (_e3394 >= _e3396);
                                                                                                                                                                    if _e3397 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3404 = local_4;
                                                                                                                                                                    let _e3406 = local_9;
                                                                                                                                                                    let _e3417 = b[(((_e3404 + (_e3406 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3417;
                                                                                                                                                                    pending = 2u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3422 = pending;
                                                                                                                                                                if (_e3422 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3422 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3430 = local_10;
                                                                                                                                                                    let _e3432 = (_e3430 < 256u);
                                                                                                                                                                    if _e3432 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3441 = local_10;
                                                                                                                                                                        let _e3443 = local_1;
                                                                                                                                                                        let _e3444 = (_e3441 >= _e3443);
                                                                                                                                                                        if _e3444 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3449 = local_22;
                                                                                                                                                                        let _e3451 = local_10;
                                                                                                                                                                        local_24 = (_e3449 + _e3451);
                                                                                                                                                                        let _e3455 = local_24;
                                                                                                                                                                        let _e3457 = local_3;
                                                                                                                                                                        let _e3458 = (_e3455 >= _e3457);
                                                                                                                                                                        if _e3458 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3465 = local_2;
                                                                                                                                                                        let _e3467 = local_24;
                                                                                                                                                                        let _e3478 = a[(((_e3465 + (_e3467 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3478;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3481 = pending;
                                                                                                                                                                    if (_e3481 == 92u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3481 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3489 = local_13;
                                                                                                                                                                    let _e3491 = local_55;
                                                                                                                                                                    ta[((_e3489 + 4294963200u) >> 2u)] = _e3491;
                                                                                                                                                                    let _e3499 = local_11;
                                                                                                                                                                    let _e3501 = local_1;
                                                                                                                                                                    let _e3502 = (_e3499 >= _e3501);
                                                                                                                                                                    if _e3502 {
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3509 = local_19;
                                                                                                                                                                    let _e3511 = local_11;
                                                                                                                                                                    let _e3513 = local_1;
                                                                                                                                                                    local_9 = (_e3509 + (_e3511 * _e3513));
                                                                                                                                                                    let _e3518 = local_9;
                                                                                                                                                                    let _e3520 = local_5;
                                                                                                                                                                    let _e3521 = (_e3518 >= _e3520);
                                                                                                                                                                    if _e3521 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3528 = local_4;
                                                                                                                                                                    let _e3530 = local_9;
                                                                                                                                                                    let _e3541 = b[(((_e3528 + (_e3530 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3541;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3546 = pending;
                                                                                                                                                                if (_e3546 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3546 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3554 = local_10;
                                                                                                                                                                    let _e3556 = (_e3554 < 240u);
                                                                                                                                                                    if _e3556 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3565 = local_10;
                                                                                                                                                                        let _e3567 = local_1;
                                                                                                                                                                        let _e3568 = (_e3565 >= _e3567);
                                                                                                                                                                        if _e3568 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3573 = local_22;
                                                                                                                                                                        let _e3575 = local_10;
                                                                                                                                                                        local_24 = (_e3573 + _e3575);
                                                                                                                                                                        let _e3579 = local_24;
                                                                                                                                                                        let _e3581 = local_3;
                                                                                                                                                                        let _e3582 = (_e3579 >= _e3581);
                                                                                                                                                                        if _e3582 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3589 = local_2;
                                                                                                                                                                        let _e3591 = local_24;
                                                                                                                                                                        let _e3602 = a[(((_e3589 + (_e3591 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3602;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3605 = pending;
                                                                                                                                                                    if (_e3605 == 94u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3605 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3613 = local_13;
                                                                                                                                                                    let _e3615 = local_55;
                                                                                                                                                                    ta[((_e3613 + 4294963200u) >> 2u)] = _e3615;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3623 = local_11;
                                                                                                                                                                        let _e3625 = local_1;
                                                                                                                                                                        let _e3626 = (_e3623 < _e3625);
                                                                                                                                                                        if _e3626 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3631 = local_53;
                                                                                                                                                                        local_10 = _e3631;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3636 = pending;
                                                                                                                                                                    if (_e3636 == 94u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3636 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3644 = local_19;
                                                                                                                                                                    let _e3646 = local_11;
                                                                                                                                                                    let _e3648 = local_1;
                                                                                                                                                                    local_9 = (_e3644 + (_e3646 * _e3648));
                                                                                                                                                                    let _e3653 = local_9;
                                                                                                                                                                    let _e3655 = local_5;
                                                                                                                                                                    let _e3656 = (_e3653 >= _e3655);
                                                                                                                                                                    if _e3656 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3663 = local_4;
                                                                                                                                                                    let _e3665 = local_9;
                                                                                                                                                                    let _e3676 = b[(((_e3663 + (_e3665 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3676;
                                                                                                                                                                    let _e3679 = local_53;
                                                                                                                                                                    local_10 = _e3679;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3684 = pending;
                                                                                                                                                                if (_e3684 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3684 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3692 = local_10;
                                                                                                                                                                    let _e3694 = (_e3692 < 224u);
                                                                                                                                                                    if _e3694 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3703 = local_10;
                                                                                                                                                                        let _e3705 = local_1;
                                                                                                                                                                        let _e3706 = (_e3703 >= _e3705);
                                                                                                                                                                        if _e3706 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3711 = local_22;
                                                                                                                                                                        let _e3713 = local_10;
                                                                                                                                                                        local_24 = (_e3711 + _e3713);
                                                                                                                                                                        let _e3717 = local_24;
                                                                                                                                                                        let _e3719 = local_3;
                                                                                                                                                                        let _e3720 = (_e3717 >= _e3719);
                                                                                                                                                                        if _e3720 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3727 = local_2;
                                                                                                                                                                        let _e3729 = local_24;
                                                                                                                                                                        let _e3740 = a[(((_e3727 + (_e3729 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3740;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3743 = pending;
                                                                                                                                                                    if (_e3743 == 97u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3743 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3751 = local_13;
                                                                                                                                                                    let _e3753 = local_55;
                                                                                                                                                                    ta[((_e3751 + 4294963200u) >> 2u)] = _e3753;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3761 = local_11;
                                                                                                                                                                        let _e3763 = local_1;
                                                                                                                                                                        let _e3764 = (_e3761 < _e3763);
                                                                                                                                                                        if _e3764 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3769 = local_51;
                                                                                                                                                                        local_10 = _e3769;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3774 = pending;
                                                                                                                                                                    if (_e3774 == 97u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3774 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3782 = local_19;
                                                                                                                                                                    let _e3784 = local_11;
                                                                                                                                                                    let _e3786 = local_1;
                                                                                                                                                                    local_9 = (_e3782 + (_e3784 * _e3786));
                                                                                                                                                                    let _e3791 = local_9;
                                                                                                                                                                    let _e3793 = local_5;
                                                                                                                                                                    let _e3794 = (_e3791 >= _e3793);
                                                                                                                                                                    if _e3794 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3801 = local_4;
                                                                                                                                                                    let _e3803 = local_9;
                                                                                                                                                                    let _e3814 = b[(((_e3801 + (_e3803 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3814;
                                                                                                                                                                    let _e3817 = local_51;
                                                                                                                                                                    local_10 = _e3817;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3822 = pending;
                                                                                                                                                                if (_e3822 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3822 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3830 = local_10;
                                                                                                                                                                    let _e3832 = (_e3830 < 208u);
                                                                                                                                                                    if _e3832 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3841 = local_10;
                                                                                                                                                                        let _e3843 = local_1;
                                                                                                                                                                        let _e3844 = (_e3841 >= _e3843);
                                                                                                                                                                        if _e3844 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3849 = local_22;
                                                                                                                                                                        let _e3851 = local_10;
                                                                                                                                                                        local_24 = (_e3849 + _e3851);
                                                                                                                                                                        let _e3855 = local_24;
                                                                                                                                                                        let _e3857 = local_3;
                                                                                                                                                                        let _e3858 = (_e3855 >= _e3857);
                                                                                                                                                                        if _e3858 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3865 = local_2;
                                                                                                                                                                        let _e3867 = local_24;
                                                                                                                                                                        let _e3878 = a[(((_e3865 + (_e3867 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e3878;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3881 = pending;
                                                                                                                                                                    if (_e3881 == 100u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3881 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3889 = local_13;
                                                                                                                                                                    let _e3891 = local_55;
                                                                                                                                                                    ta[((_e3889 + 4294963200u) >> 2u)] = _e3891;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3899 = local_11;
                                                                                                                                                                        let _e3901 = local_1;
                                                                                                                                                                        let _e3902 = (_e3899 < _e3901);
                                                                                                                                                                        if _e3902 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e3907 = local_49;
                                                                                                                                                                        local_10 = _e3907;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3912 = pending;
                                                                                                                                                                    if (_e3912 == 100u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e3912 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e3920 = local_19;
                                                                                                                                                                    let _e3922 = local_11;
                                                                                                                                                                    let _e3924 = local_1;
                                                                                                                                                                    local_9 = (_e3920 + (_e3922 * _e3924));
                                                                                                                                                                    let _e3929 = local_9;
                                                                                                                                                                    let _e3931 = local_5;
                                                                                                                                                                    let _e3932 = (_e3929 >= _e3931);
                                                                                                                                                                    if _e3932 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e3939 = local_4;
                                                                                                                                                                    let _e3941 = local_9;
                                                                                                                                                                    let _e3952 = b[(((_e3939 + (_e3941 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e3952;
                                                                                                                                                                    let _e3955 = local_49;
                                                                                                                                                                    local_10 = _e3955;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e3960 = pending;
                                                                                                                                                                if (_e3960 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e3960 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                loop {
                                                                                                                                                                    let _e3968 = local_10;
                                                                                                                                                                    let _e3970 = (_e3968 > 191u);
                                                                                                                                                                    if _e3970 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e3975 = local_10;
                                                                                                                                                                        let _e3977 = (_e3975 < 176u);
                                                                                                                                                                        if _e3977 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e3986 = local_10;
                                                                                                                                                                            let _e3988 = local_1;
                                                                                                                                                                            let _e3989 = (_e3986 >= _e3988);
                                                                                                                                                                            if _e3989 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e3994 = local_10;
                                                                                                                                                                            let _e3996 = local_22;
                                                                                                                                                                            local_24 = (_e3994 + _e3996);
                                                                                                                                                                            let _e4000 = local_24;
                                                                                                                                                                            let _e4002 = local_3;
                                                                                                                                                                            let _e4003 = (_e4000 >= _e4002);
                                                                                                                                                                            if _e4003 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4010 = local_2;
                                                                                                                                                                            let _e4012 = local_24;
                                                                                                                                                                            let _e4023 = a[(((_e4010 + (_e4012 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e4023;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4026 = pending;
                                                                                                                                                                        if (_e4026 == 104u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e4026 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e4034 = local_13;
                                                                                                                                                                        let _e4036 = local_55;
                                                                                                                                                                        ta[((_e4034 + 4294963200u) >> 2u)] = _e4036;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e4044 = local_11;
                                                                                                                                                                            let _e4046 = local_1;
                                                                                                                                                                            let _e4047 = (_e4044 < _e4046);
                                                                                                                                                                            if _e4047 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4052 = local_45;
                                                                                                                                                                            local_10 = _e4052;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4057 = pending;
                                                                                                                                                                        if (_e4057 == 104u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e4057 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e4065 = local_11;
                                                                                                                                                                        let _e4067 = local_1;
                                                                                                                                                                        let _e4070 = local_19;
                                                                                                                                                                        local_9 = ((_e4065 * _e4067) + _e4070);
                                                                                                                                                                        let _e4074 = local_9;
                                                                                                                                                                        let _e4076 = local_5;
                                                                                                                                                                        let _e4077 = (_e4074 >= _e4076);
                                                                                                                                                                        if _e4077 {
                                                                                                                                                                            pending = 10u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4084 = local_4;
                                                                                                                                                                        let _e4086 = local_9;
                                                                                                                                                                        let _e4097 = b[(((_e4084 + (_e4086 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_21 = _e4097;
                                                                                                                                                                        let _e4100 = local_45;
                                                                                                                                                                        local_10 = _e4100;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e4105 = pending;
                                                                                                                                                                    if (_e4105 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e4105 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e4113 = local_10;
                                                                                                                                                                        let _e4115 = (_e4113 < 160u);
                                                                                                                                                                        if _e4115 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        local_55 = 0f;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e4124 = local_10;
                                                                                                                                                                            let _e4126 = local_1;
                                                                                                                                                                            let _e4127 = (_e4124 >= _e4126);
                                                                                                                                                                            if _e4127 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4132 = local_10;
                                                                                                                                                                            let _e4134 = local_22;
                                                                                                                                                                            local_24 = (_e4132 + _e4134);
                                                                                                                                                                            let _e4138 = local_24;
                                                                                                                                                                            let _e4140 = local_3;
                                                                                                                                                                            let _e4141 = (_e4138 >= _e4140);
                                                                                                                                                                            if _e4141 {
                                                                                                                                                                                pending = 11u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4148 = local_2;
                                                                                                                                                                            let _e4150 = local_24;
                                                                                                                                                                            let _e4161 = a[(((_e4148 + (_e4150 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                            local_55 = _e4161;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4164 = pending;
                                                                                                                                                                        if (_e4164 == 107u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e4164 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e4172 = local_13;
                                                                                                                                                                        let _e4174 = local_55;
                                                                                                                                                                        ta[((_e4172 + 4294963200u) >> 2u)] = _e4174;
                                                                                                                                                                        loop {
                                                                                                                                                                            let _e4182 = local_11;
                                                                                                                                                                            let _e4184 = local_1;
                                                                                                                                                                            let _e4185 = (_e4182 < _e4184);
                                                                                                                                                                            if _e4185 {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4190 = local_43;
                                                                                                                                                                            local_10 = _e4190;
                                                                                                                                                                            pending = 6u;
                                                                                                                                                                            break;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4195 = pending;
                                                                                                                                                                        if (_e4195 == 107u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e4195 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        let _e4203 = local_11;
                                                                                                                                                                        let _e4205 = local_1;
                                                                                                                                                                        let _e4208 = local_19;
                                                                                                                                                                        local_9 = ((_e4203 * _e4205) + _e4208);
                                                                                                                                                                        let _e4212 = local_9;
                                                                                                                                                                        let _e4214 = local_5;
                                                                                                                                                                        let _e4215 = (_e4212 >= _e4214);
                                                                                                                                                                        if _e4215 {
                                                                                                                                                                            pending = 10u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4222 = local_4;
                                                                                                                                                                        let _e4224 = local_9;
                                                                                                                                                                        let _e4235 = b[(((_e4222 + (_e4224 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_21 = _e4235;
                                                                                                                                                                        let _e4238 = local_43;
                                                                                                                                                                        local_10 = _e4238;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e4243 = pending;
                                                                                                                                                                    if (_e4243 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e4243 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e4251 = local_10;
                                                                                                                                                                        let _e4253 = (_e4251 > 143u);
                                                                                                                                                                        if _e4253 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e4258 = local_1;
                                                                                                                                                                        local_43 = (_e4258 << 6u);
                                                                                                                                                                        let _e4264 = local_1;
                                                                                                                                                                        local_42 = (_e4264 << 4u);
                                                                                                                                                                        let _e4270 = local_2;
                                                                                                                                                                        let _e4272 = local_10;
                                                                                                                                                                        let _e4274 = local_22;
                                                                                                                                                                        local_23 = (_e4270 + ((_e4272 + _e4274) << 2u));
                                                                                                                                                                        let _e4282 = local_4;
                                                                                                                                                                        let _e4284 = local_14;
                                                                                                                                                                        let _e4286 = local_1;
                                                                                                                                                                        let _e4288 = local_11;
                                                                                                                                                                        let _e4292 = local_18;
                                                                                                                                                                        local_9 = ((_e4284 + (_e4286 * _e4288)) + _e4292);
                                                                                                                                                                        let _e4296 = local_9;
                                                                                                                                                                        local_14 = (_e4282 + (_e4296 << 2u));
                                                                                                                                                                        local_21 = 0f;
                                                                                                                                                                        let _e4305 = local_10;
                                                                                                                                                                        local_2 = select(0u, 1u, (_e4305 > 127u));
                                                                                                                                                                        let _e4313 = local_10;
                                                                                                                                                                        local_4 = select(0u, 1u, (_e4313 > 111u));
                                                                                                                                                                        let _e4321 = local_10;
                                                                                                                                                                        local_18 = select(0u, 1u, (_e4321 > 95u));
                                                                                                                                                                        let _e4329 = local_10;
                                                                                                                                                                        local_53 = select(0u, 1u, (_e4329 > 79u));
                                                                                                                                                                        let _e4337 = local_10;
                                                                                                                                                                        local_51 = select(0u, 1u, (_e4337 > 63u));
                                                                                                                                                                        let _e4345 = local_10;
                                                                                                                                                                        local_49 = select(0u, 1u, (_e4345 > 47u));
                                                                                                                                                                        let _e4353 = local_10;
                                                                                                                                                                        local_47 = select(0u, 1u, (_e4353 > 31u));
                                                                                                                                                                        let _e4361 = local_10;
                                                                                                                                                                        local_45 = select(0u, 1u, (_e4361 > 15u));
                                                                                                                                                                        loop {
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e4371 = local_10;
                                                                                                                                                                                let _e4373 = local_1;
                                                                                                                                                                                let _e4374 = (_e4371 >= _e4373);
                                                                                                                                                                                if _e4374 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e4379 = local_22;
                                                                                                                                                                                let _e4381 = local_10;
                                                                                                                                                                                local_24 = (_e4379 + _e4381);
                                                                                                                                                                                let _e4385 = local_24;
                                                                                                                                                                                let _e4387 = local_3;
                                                                                                                                                                                let _e4388 = (_e4385 >= _e4387);
                                                                                                                                                                                if _e4388 {
                                                                                                                                                                                    pending = 11u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e4395 = local_23;
                                                                                                                                                                                let _e4402 = a[((_e4395 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e4402;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4405 = pending;
                                                                                                                                                                            if (_e4405 == 111u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                continue;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e4405 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e4413 = local_13;
                                                                                                                                                                            let _e4415 = local_55;
                                                                                                                                                                            ta[((_e4413 + 4294963200u) >> 2u)] = _e4415;
                                                                                                                                                                            local_55 = 0f;
                                                                                                                                                                            loop {
                                                                                                                                                                                let _e4425 = local_11;
                                                                                                                                                                                let _e4427 = local_1;
                                                                                                                                                                                let _e4428 = (_e4425 >= _e4427);
                                                                                                                                                                                if _e4428 {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e4433 = local_9;
                                                                                                                                                                                let _e4435 = local_5;
                                                                                                                                                                                let _e4436 = (_e4433 >= _e4435);
                                                                                                                                                                                if _e4436 {
                                                                                                                                                                                    pending = 10u;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                                let _e4443 = local_14;
                                                                                                                                                                                let _e4450 = b[((_e4443 + 4294963200u) >> 2u)];
                                                                                                                                                                                local_55 = _e4450;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4453 = pending;
                                                                                                                                                                            if (_e4453 == 111u) {
                                                                                                                                                                                pending = 0u;
                                                                                                                                                                                continue;
                                                                                                                                                                            } else {
                                                                                                                                                                                if (_e4453 != 0u) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            let _e4461 = local_15;
                                                                                                                                                                            let _e4463 = local_55;
                                                                                                                                                                            tb[((_e4461 + 4294963200u) >> 2u)] = _e4463;
                                                                                                                                                                            workgroupBarrier();
                                                                                                                                                                            let _e4471 = local_8;
                                                                                                                                                                            let _e4478 = ta[((_e4471 + 4294963232u) >> 2u)];
                                                                                                                                                                            local_55 = _e4478;
                                                                                                                                                                            let _e4481 = local_17;
                                                                                                                                                                            let _e4488 = tb[((_e4481 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_56 = _e4488;
                                                                                                                                                                            let _e4491 = local_8;
                                                                                                                                                                            let _e4498 = ta[((_e4491 + 4294963228u) >> 2u)];
                                                                                                                                                                            local_57 = _e4498;
                                                                                                                                                                            let _e4501 = local_44;
                                                                                                                                                                            let _e4508 = tb[((_e4501 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_58 = _e4508;
                                                                                                                                                                            let _e4511 = local_8;
                                                                                                                                                                            let _e4518 = ta[((_e4511 + 4294963224u) >> 2u)];
                                                                                                                                                                            local_59 = _e4518;
                                                                                                                                                                            let _e4521 = local_46;
                                                                                                                                                                            let _e4528 = tb[((_e4521 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_60 = _e4528;
                                                                                                                                                                            let _e4531 = local_8;
                                                                                                                                                                            let _e4538 = ta[((_e4531 + 4294963220u) >> 2u)];
                                                                                                                                                                            local_61 = _e4538;
                                                                                                                                                                            let _e4541 = local_48;
                                                                                                                                                                            let _e4548 = tb[((_e4541 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_62 = _e4548;
                                                                                                                                                                            let _e4551 = local_8;
                                                                                                                                                                            let _e4558 = ta[((_e4551 + 4294963216u) >> 2u)];
                                                                                                                                                                            local_63 = _e4558;
                                                                                                                                                                            let _e4561 = local_50;
                                                                                                                                                                            let _e4568 = tb[((_e4561 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_64 = _e4568;
                                                                                                                                                                            let _e4571 = local_8;
                                                                                                                                                                            let _e4578 = ta[((_e4571 + 4294963212u) >> 2u)];
                                                                                                                                                                            local_65 = _e4578;
                                                                                                                                                                            let _e4581 = local_52;
                                                                                                                                                                            let _e4588 = tb[((_e4581 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_66 = _e4588;
                                                                                                                                                                            let _e4591 = local_8;
                                                                                                                                                                            let _e4598 = ta[((_e4591 + 4294963208u) >> 2u)];
                                                                                                                                                                            local_67 = _e4598;
                                                                                                                                                                            let _e4601 = local_54;
                                                                                                                                                                            let _e4608 = tb[((_e4601 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_68 = _e4608;
                                                                                                                                                                            let _e4611 = local_8;
                                                                                                                                                                            let _e4618 = ta[((_e4611 + 4294963204u) >> 2u)];
                                                                                                                                                                            local_69 = _e4618;
                                                                                                                                                                            let _e4621 = local_16;
                                                                                                                                                                            let _e4628 = tb[((_e4621 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_70 = _e4628;
                                                                                                                                                                            let _e4631 = local_8;
                                                                                                                                                                            let _e4638 = ta[((_e4631 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_71 = _e4638;
                                                                                                                                                                            let _e4641 = local;
                                                                                                                                                                            let _e4643 = local_40;
                                                                                                                                                                            stack[((_e4641 + 4293918760u) >> 2u)] = _e4643;
                                                                                                                                                                            let _e4651 = local;
                                                                                                                                                                            stack[((_e4651 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4660 = local_2;
                                                                                                                                                                            if (_e4660 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4666 = local_8;
                                                                                                                                                                            let _e4673 = ta[((_e4666 + 4294963236u) >> 2u)];
                                                                                                                                                                            local_72 = _e4673;
                                                                                                                                                                            let _e4676 = local_41;
                                                                                                                                                                            let _e4683 = tb[((_e4676 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_73 = _e4683;
                                                                                                                                                                            let _e4686 = local;
                                                                                                                                                                            let _e4688 = local_38;
                                                                                                                                                                            stack[((_e4686 + 4293918760u) >> 2u)] = _e4688;
                                                                                                                                                                            let _e4696 = local;
                                                                                                                                                                            stack[((_e4696 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4705 = local_4;
                                                                                                                                                                            if (_e4705 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4711 = local_8;
                                                                                                                                                                            let _e4718 = ta[((_e4711 + 4294963240u) >> 2u)];
                                                                                                                                                                            local_74 = _e4718;
                                                                                                                                                                            let _e4721 = local_39;
                                                                                                                                                                            let _e4728 = tb[((_e4721 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_75 = _e4728;
                                                                                                                                                                            let _e4731 = local;
                                                                                                                                                                            let _e4733 = local_36;
                                                                                                                                                                            stack[((_e4731 + 4293918760u) >> 2u)] = _e4733;
                                                                                                                                                                            let _e4741 = local;
                                                                                                                                                                            stack[((_e4741 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4750 = local_18;
                                                                                                                                                                            if (_e4750 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4756 = local_8;
                                                                                                                                                                            let _e4763 = ta[((_e4756 + 4294963244u) >> 2u)];
                                                                                                                                                                            local_76 = _e4763;
                                                                                                                                                                            let _e4766 = local_37;
                                                                                                                                                                            let _e4773 = tb[((_e4766 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_77 = _e4773;
                                                                                                                                                                            let _e4776 = local;
                                                                                                                                                                            let _e4778 = local_34;
                                                                                                                                                                            stack[((_e4776 + 4293918760u) >> 2u)] = _e4778;
                                                                                                                                                                            let _e4786 = local;
                                                                                                                                                                            stack[((_e4786 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4795 = local_53;
                                                                                                                                                                            if (_e4795 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4801 = local_8;
                                                                                                                                                                            let _e4808 = ta[((_e4801 + 4294963248u) >> 2u)];
                                                                                                                                                                            local_78 = _e4808;
                                                                                                                                                                            let _e4811 = local_35;
                                                                                                                                                                            let _e4818 = tb[((_e4811 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_79 = _e4818;
                                                                                                                                                                            let _e4821 = local;
                                                                                                                                                                            let _e4823 = local_32;
                                                                                                                                                                            stack[((_e4821 + 4293918760u) >> 2u)] = _e4823;
                                                                                                                                                                            let _e4831 = local;
                                                                                                                                                                            stack[((_e4831 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4840 = local_51;
                                                                                                                                                                            if (_e4840 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4846 = local_8;
                                                                                                                                                                            let _e4853 = ta[((_e4846 + 4294963252u) >> 2u)];
                                                                                                                                                                            local_80 = _e4853;
                                                                                                                                                                            let _e4856 = local_33;
                                                                                                                                                                            let _e4863 = tb[((_e4856 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_81 = _e4863;
                                                                                                                                                                            let _e4866 = local;
                                                                                                                                                                            let _e4868 = local_30;
                                                                                                                                                                            stack[((_e4866 + 4293918760u) >> 2u)] = _e4868;
                                                                                                                                                                            let _e4876 = local;
                                                                                                                                                                            stack[((_e4876 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4885 = local_49;
                                                                                                                                                                            if (_e4885 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4891 = local_8;
                                                                                                                                                                            let _e4898 = ta[((_e4891 + 4294963256u) >> 2u)];
                                                                                                                                                                            local_82 = _e4898;
                                                                                                                                                                            let _e4901 = local_31;
                                                                                                                                                                            let _e4908 = tb[((_e4901 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_83 = _e4908;
                                                                                                                                                                            let _e4911 = local;
                                                                                                                                                                            let _e4913 = local_28;
                                                                                                                                                                            stack[((_e4911 + 4293918760u) >> 2u)] = _e4913;
                                                                                                                                                                            let _e4921 = local;
                                                                                                                                                                            stack[((_e4921 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4930 = local_47;
                                                                                                                                                                            if (_e4930 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4936 = local_8;
                                                                                                                                                                            let _e4943 = ta[((_e4936 + 4294963260u) >> 2u)];
                                                                                                                                                                            local_84 = _e4943;
                                                                                                                                                                            let _e4946 = local_29;
                                                                                                                                                                            let _e4953 = tb[((_e4946 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_85 = _e4953;
                                                                                                                                                                            let _e4956 = local;
                                                                                                                                                                            let _e4958 = local_26;
                                                                                                                                                                            stack[((_e4956 + 4293918760u) >> 2u)] = _e4958;
                                                                                                                                                                            let _e4966 = local;
                                                                                                                                                                            stack[((_e4966 + 4293918764u) >> 2u)] = 256u;
                                                                                                                                                                            let _e4975 = local_45;
                                                                                                                                                                            if (_e4975 != 0u) {
                                                                                                                                                                                pending = 5u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            let _e4981 = local_21;
                                                                                                                                                                            let _e4983 = local_71;
                                                                                                                                                                            let _e4985 = local_70;
                                                                                                                                                                            let _e4989 = local_69;
                                                                                                                                                                            let _e4991 = local_68;
                                                                                                                                                                            let _e4995 = local_67;
                                                                                                                                                                            let _e4997 = local_66;
                                                                                                                                                                            let _e5001 = local_65;
                                                                                                                                                                            let _e5003 = local_64;
                                                                                                                                                                            let _e5007 = local_63;
                                                                                                                                                                            let _e5009 = local_62;
                                                                                                                                                                            let _e5013 = local_61;
                                                                                                                                                                            let _e5015 = local_60;
                                                                                                                                                                            let _e5019 = local_59;
                                                                                                                                                                            let _e5021 = local_58;
                                                                                                                                                                            let _e5025 = local_57;
                                                                                                                                                                            let _e5027 = local_56;
                                                                                                                                                                            let _e5031 = local_55;
                                                                                                                                                                            let _e5033 = local_73;
                                                                                                                                                                            let _e5037 = local_72;
                                                                                                                                                                            let _e5039 = local_75;
                                                                                                                                                                            let _e5043 = local_74;
                                                                                                                                                                            let _e5045 = local_77;
                                                                                                                                                                            let _e5049 = local_76;
                                                                                                                                                                            let _e5051 = local_79;
                                                                                                                                                                            let _e5055 = local_78;
                                                                                                                                                                            let _e5057 = local_81;
                                                                                                                                                                            let _e5061 = local_80;
                                                                                                                                                                            let _e5063 = local_83;
                                                                                                                                                                            let _e5067 = local_82;
                                                                                                                                                                            let _e5069 = local_85;
                                                                                                                                                                            let _e5073 = local_84;
                                                                                                                                                                            let _e5075 = local_27;
                                                                                                                                                                            let _e5082 = tb[((_e5075 + 4294963200u) >> 2u)];
                                                                                                                                                                            local_21 = ((((((((((((((((_e4981 + (_e4983 * _e4985)) + (_e4989 * _e4991)) + (_e4995 * _e4997)) + (_e5001 * _e5003)) + (_e5007 * _e5009)) + (_e5013 * _e5015)) + (_e5019 * _e5021)) + (_e5025 * _e5027)) + (_e5031 * _e5033)) + (_e5037 * _e5039)) + (_e5043 * _e5045)) + (_e5049 * _e5051)) + (_e5055 * _e5057)) + (_e5061 * _e5063)) + (_e5067 * _e5069)) + (_e5073 * _e5082));
                                                                                                                                                                            let _e5087 = local_23;
                                                                                                                                                                            local_23 = (_e5087 + 64u);
                                                                                                                                                                            let _e5092 = local_10;
                                                                                                                                                                            local_10 = (_e5092 + 16u);
                                                                                                                                                                            let _e5097 = local_11;
                                                                                                                                                                            local_11 = (_e5097 + 16u);
                                                                                                                                                                            let _e5102 = local_14;
                                                                                                                                                                            let _e5104 = local_43;
                                                                                                                                                                            local_14 = (_e5102 + _e5104);
                                                                                                                                                                            let _e5108 = local_9;
                                                                                                                                                                            let _e5110 = local_42;
                                                                                                                                                                            local_9 = (_e5108 + _e5110);
                                                                                                                                                                            workgroupBarrier();
                                                                                                                                                                            let _e5114 = local_12;
                                                                                                                                                                            local_12 = (_e5114 + 4294967295u);
                                                                                                                                                                            let _e5119 = local_12;
                                                                                                                                                                            let _e5121 = (_e5119 == 0u);
                                                                                                                                                                            if _e5121 {
                                                                                                                                                                                pending = 3u;
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                            continue;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e5128 = pending;
                                                                                                                                                                        if (_e5128 == 110u) {
                                                                                                                                                                            pending = 0u;
                                                                                                                                                                            break;
                                                                                                                                                                        } else {
                                                                                                                                                                            if (_e5128 != 0u) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5136 = pending;
                                                                                                                                                                    if (_e5136 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e5136 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    local_55 = 0f;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e5148 = local_10;
                                                                                                                                                                        let _e5150 = local_1;
                                                                                                                                                                        let _e5151 = (_e5148 >= _e5150);
                                                                                                                                                                        if _e5151 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e5156 = local_10;
                                                                                                                                                                        let _e5158 = local_22;
                                                                                                                                                                        local_24 = (_e5156 + _e5158);
                                                                                                                                                                        let _e5162 = local_24;
                                                                                                                                                                        let _e5164 = local_3;
                                                                                                                                                                        let _e5165 = (_e5162 >= _e5164);
                                                                                                                                                                        if _e5165 {
                                                                                                                                                                            pending = 11u;
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e5172 = local_2;
                                                                                                                                                                        let _e5174 = local_24;
                                                                                                                                                                        let _e5185 = a[(((_e5172 + (_e5174 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                        local_55 = _e5185;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5188 = pending;
                                                                                                                                                                    if (_e5188 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e5188 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e5196 = local_13;
                                                                                                                                                                    let _e5198 = local_55;
                                                                                                                                                                    ta[((_e5196 + 4294963200u) >> 2u)] = _e5198;
                                                                                                                                                                    loop {
                                                                                                                                                                        let _e5206 = local_11;
                                                                                                                                                                        let _e5208 = local_1;
                                                                                                                                                                        let _e5209 = (_e5206 < _e5208);
                                                                                                                                                                        if _e5209 {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                        let _e5214 = local_42;
                                                                                                                                                                        local_10 = _e5214;
                                                                                                                                                                        pending = 6u;
                                                                                                                                                                        break;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5219 = pending;
                                                                                                                                                                    if (_e5219 == 103u) {
                                                                                                                                                                        pending = 0u;
                                                                                                                                                                        break;
                                                                                                                                                                    } else {
                                                                                                                                                                        if (_e5219 != 0u) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    let _e5227 = local_11;
                                                                                                                                                                    let _e5229 = local_1;
                                                                                                                                                                    let _e5232 = local_19;
                                                                                                                                                                    local_9 = ((_e5227 * _e5229) + _e5232);
                                                                                                                                                                    let _e5236 = local_9;
                                                                                                                                                                    let _e5238 = local_5;
                                                                                                                                                                    let _e5239 = (_e5236 >= _e5238);
                                                                                                                                                                    if _e5239 {
                                                                                                                                                                        pending = 10u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5246 = local_4;
                                                                                                                                                                    let _e5248 = local_9;
                                                                                                                                                                    let _e5259 = b[(((_e5246 + (_e5248 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_21 = _e5259;
                                                                                                                                                                    let _e5262 = local_42;
                                                                                                                                                                    local_10 = _e5262;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5267 = pending;
                                                                                                                                                                if (_e5267 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e5267 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                local_21 = 0f;
                                                                                                                                                                local_55 = 0f;
                                                                                                                                                                loop {
                                                                                                                                                                    let _e5279 = local_10;
                                                                                                                                                                    let _e5281 = local_1;
                                                                                                                                                                    let _e5282 = (_e5279 >= _e5281);
                                                                                                                                                                    if _e5282 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5287 = local_22;
                                                                                                                                                                    let _e5289 = local_10;
                                                                                                                                                                    local_24 = (_e5287 + _e5289);
                                                                                                                                                                    let _e5293 = local_24;
                                                                                                                                                                    let _e5295 = local_3;
                                                                                                                                                                    let _e5296 = (_e5293 >= _e5295);
                                                                                                                                                                    if _e5296 {
                                                                                                                                                                        pending = 11u;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5303 = local_2;
                                                                                                                                                                    let _e5305 = local_24;
                                                                                                                                                                    let _e5316 = a[(((_e5303 + (_e5305 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                    local_55 = _e5316;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5319 = pending;
                                                                                                                                                                if (_e5319 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e5319 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e5327 = local_13;
                                                                                                                                                                let _e5329 = local_55;
                                                                                                                                                                ta[((_e5327 + 4294963200u) >> 2u)] = _e5329;
                                                                                                                                                                loop {
                                                                                                                                                                    let _e5337 = local_11;
                                                                                                                                                                    let _e5339 = local_1;
                                                                                                                                                                    let _e5340 = (_e5337 < _e5339);
                                                                                                                                                                    if _e5340 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    let _e5345 = local_47;
                                                                                                                                                                    local_10 = _e5345;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5350 = pending;
                                                                                                                                                                if (_e5350 == 89u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e5350 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e5358 = local_19;
                                                                                                                                                                let _e5360 = local_11;
                                                                                                                                                                let _e5362 = local_1;
                                                                                                                                                                local_9 = (_e5358 + (_e5360 * _e5362));
                                                                                                                                                                let _e5367 = local_9;
                                                                                                                                                                let _e5369 = local_5;
                                                                                                                                                                let _e5370 = (_e5367 >= _e5369);
                                                                                                                                                                if _e5370 {
                                                                                                                                                                    pending = 10u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5377 = local_4;
                                                                                                                                                                let _e5379 = local_9;
                                                                                                                                                                let _e5390 = b[(((_e5377 + (_e5379 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                local_21 = _e5390;
                                                                                                                                                                let _e5393 = local_47;
                                                                                                                                                                local_10 = _e5393;
                                                                                                                                                                pending = 6u;
                                                                                                                                                                break;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e5398 = pending;
                                                                                                                                                            if (_e5398 == 42u) {
                                                                                                                                                                pending = 0u;
                                                                                                                                                                break;
                                                                                                                                                            } else {
                                                                                                                                                                if (_e5398 != 0u) {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            loop {
                                                                                                                                                                let _e5406 = local_23;
                                                                                                                                                                let _e5408 = (_e5406 < 256u);
                                                                                                                                                                if _e5408 {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5413 = local_13;
                                                                                                                                                                ta[((_e5413 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                local_21 = 0f;
                                                                                                                                                                let _e5425 = local_11;
                                                                                                                                                                let _e5427 = local_1;
                                                                                                                                                                let _e5428 = (_e5425 >= _e5427);
                                                                                                                                                                if _e5428 {
                                                                                                                                                                    pending = 2u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5435 = local_19;
                                                                                                                                                                let _e5437 = local_11;
                                                                                                                                                                let _e5439 = local_1;
                                                                                                                                                                local_9 = (_e5435 + (_e5437 * _e5439));
                                                                                                                                                                let _e5444 = local_9;
                                                                                                                                                                let _e5446 = local_5;
                                                                                                                                                                let _e5447 = (_e5444 >= _e5446);
                                                                                                                                                                if _e5447 {
                                                                                                                                                                    pending = 10u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5454 = local_4;
                                                                                                                                                                let _e5456 = local_9;
                                                                                                                                                                let _e5467 = b[(((_e5454 + (_e5456 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                local_21 = _e5467;
                                                                                                                                                                pending = 2u;
                                                                                                                                                                break;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e5472 = pending;
                                                                                                                                                            if (_e5472 == 42u) {
                                                                                                                                                                pending = 0u;
                                                                                                                                                                break;
                                                                                                                                                            } else {
                                                                                                                                                                if (_e5472 != 0u) {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            loop {
                                                                                                                                                                let _e5480 = local_10;
                                                                                                                                                                let _e5482 = (_e5480 < 256u);
                                                                                                                                                                if _e5482 {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5487 = local_13;
                                                                                                                                                                ta[((_e5487 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                                loop {
                                                                                                                                                                    let _e5497 = local_11;
                                                                                                                                                                    let _e5499 = local_1;
                                                                                                                                                                    let _e5500 = (_e5497 < _e5499);
                                                                                                                                                                    if _e5500 {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                    local_21 = 0f;
                                                                                                                                                                    pending = 6u;
                                                                                                                                                                    break;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5509 = pending;
                                                                                                                                                                if (_e5509 == 119u) {
                                                                                                                                                                    pending = 0u;
                                                                                                                                                                    break;
                                                                                                                                                                } else {
                                                                                                                                                                    if (_e5509 != 0u) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                let _e5517 = local_19;
                                                                                                                                                                let _e5519 = local_11;
                                                                                                                                                                let _e5521 = local_1;
                                                                                                                                                                local_9 = (_e5517 + (_e5519 * _e5521));
                                                                                                                                                                let _e5526 = local_9;
                                                                                                                                                                let _e5528 = local_5;
                                                                                                                                                                let _e5529 = (_e5526 >= _e5528);
                                                                                                                                                                if _e5529 {
                                                                                                                                                                    pending = 10u;
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                                let _e5536 = local_4;
                                                                                                                                                                let _e5538 = local_9;
                                                                                                                                                                let _e5549 = b[(((_e5536 + (_e5538 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                                local_21 = _e5549;
                                                                                                                                                                pending = 6u;
                                                                                                                                                                break;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e5554 = pending;
                                                                                                                                                            if (_e5554 == 42u) {
                                                                                                                                                                pending = 0u;
                                                                                                                                                                break;
                                                                                                                                                            } else {
                                                                                                                                                                if (_e5554 != 0u) {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            let _e5562 = local_10;
                                                                                                                                                            let _e5564 = (_e5562 < 240u);
                                                                                                                                                            if _e5564 {
                                                                                                                                                                pending = 40u;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            let _e5571 = local_13;
                                                                                                                                                            ta[((_e5571 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                            let _e5581 = local_11;
                                                                                                                                                            let _e5583 = local_1;
                                                                                                                                                            let _e5584 = (_e5581 < _e5583);
                                                                                                                                                            if _e5584 {
                                                                                                                                                                pending = 41u;
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                            break;
                                                                                                                                                        }
                                                                                                                                                        let _e5591 = pending;
                                                                                                                                                        if (_e5591 == 41u) {
                                                                                                                                                            pending = 0u;
                                                                                                                                                            break;
                                                                                                                                                        } else {
                                                                                                                                                            if (_e5591 != 0u) {
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        local_21 = 0f;
                                                                                                                                                        let _e5601 = local_53;
                                                                                                                                                        local_10 = _e5601;
                                                                                                                                                        pending = 6u;
                                                                                                                                                        break;
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                    let _e5606 = pending;
                                                                                                                                                    if (_e5606 == 40u) {
                                                                                                                                                        pending = 0u;
                                                                                                                                                        break;
                                                                                                                                                    } else {
                                                                                                                                                        if (_e5606 != 0u) {
                                                                                                                                                            break;
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    let _e5614 = local_19;
                                                                                                                                                    let _e5616 = local_11;
                                                                                                                                                    let _e5618 = local_1;
                                                                                                                                                    local_9 = (_e5614 + (_e5616 * _e5618));
                                                                                                                                                    let _e5623 = local_9;
                                                                                                                                                    let _e5625 = local_5;
                                                                                                                                                    let _e5626 = (_e5623 >= _e5625);
                                                                                                                                                    if _e5626 {
                                                                                                                                                        pending = 10u;
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                    let _e5633 = local_4;
                                                                                                                                                    let _e5635 = local_9;
                                                                                                                                                    let _e5646 = b[(((_e5633 + (_e5635 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                                    local_21 = _e5646;
                                                                                                                                                    let _e5649 = local_53;
                                                                                                                                                    local_10 = _e5649;
                                                                                                                                                    pending = 6u;
                                                                                                                                                    break;
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                                let _e5654 = pending;
                                                                                                                                                if (_e5654 == 39u) {
                                                                                                                                                    pending = 0u;
                                                                                                                                                    break;
                                                                                                                                                } else {
                                                                                                                                                    if (_e5654 != 0u) {
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                let _e5662 = local_10;
                                                                                                                                                let _e5664 = (_e5662 < 224u);
                                                                                                                                                if _e5664 {
                                                                                                                                                    pending = 37u;
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                                let _e5671 = local_13;
                                                                                                                                                ta[((_e5671 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                                let _e5681 = local_11;
                                                                                                                                                let _e5683 = local_1;
                                                                                                                                                let _e5684 = (_e5681 < _e5683);
                                                                                                                                                if _e5684 {
                                                                                                                                                    pending = 38u;
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                                break;
                                                                                                                                            }
                                                                                                                                            let _e5691 = pending;
                                                                                                                                            if (_e5691 == 38u) {
                                                                                                                                                pending = 0u;
                                                                                                                                                break;
                                                                                                                                            } else {
                                                                                                                                                if (_e5691 != 0u) {
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            local_21 = 0f;
                                                                                                                                            let _e5701 = local_51;
                                                                                                                                            local_10 = _e5701;
                                                                                                                                            pending = 6u;
                                                                                                                                            break;
                                                                                                                                            break;
                                                                                                                                        }
                                                                                                                                        let _e5706 = pending;
                                                                                                                                        if (_e5706 == 37u) {
                                                                                                                                            pending = 0u;
                                                                                                                                            break;
                                                                                                                                        } else {
                                                                                                                                            if (_e5706 != 0u) {
                                                                                                                                                break;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        let _e5714 = local_19;
                                                                                                                                        let _e5716 = local_11;
                                                                                                                                        let _e5718 = local_1;
                                                                                                                                        local_9 = (_e5714 + (_e5716 * _e5718));
                                                                                                                                        let _e5723 = local_9;
                                                                                                                                        let _e5725 = local_5;
                                                                                                                                        let _e5726 = (_e5723 >= _e5725);
                                                                                                                                        if _e5726 {
                                                                                                                                            pending = 10u;
                                                                                                                                            break;
                                                                                                                                        }
                                                                                                                                        let _e5733 = local_4;
                                                                                                                                        let _e5735 = local_9;
                                                                                                                                        let _e5746 = b[(((_e5733 + (_e5735 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                                        local_21 = _e5746;
                                                                                                                                        let _e5749 = local_51;
                                                                                                                                        local_10 = _e5749;
                                                                                                                                        pending = 6u;
                                                                                                                                        break;
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                    let _e5754 = pending;
                                                                                                                                    if (_e5754 == 36u) {
                                                                                                                                        pending = 0u;
                                                                                                                                        break;
                                                                                                                                    } else {
                                                                                                                                        if (_e5754 != 0u) {
                                                                                                                                            break;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    let _e5762 = local_10;
                                                                                                                                    let _e5764 = (_e5762 < 208u);
                                                                                                                                    if _e5764 {
                                                                                                                                        pending = 34u;
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                    let _e5771 = local_13;
                                                                                                                                    ta[((_e5771 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                                    let _e5781 = local_11;
                                                                                                                                    let _e5783 = local_1;
                                                                                                                                    let _e5784 = (_e5781 < _e5783);
                                                                                                                                    if _e5784 {
                                                                                                                                        pending = 35u;
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                    break;
                                                                                                                                }
                                                                                                                                let _e5791 = pending;
                                                                                                                                if (_e5791 == 35u) {
                                                                                                                                    pending = 0u;
                                                                                                                                    break;
                                                                                                                                } else {
                                                                                                                                    if (_e5791 != 0u) {
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                local_21 = 0f;
                                                                                                                                let _e5801 = local_49;
                                                                                                                                local_10 = _e5801;
                                                                                                                                pending = 6u;
                                                                                                                                break;
                                                                                                                                break;
                                                                                                                            }
                                                                                                                            let _e5806 = pending;
                                                                                                                            if (_e5806 == 34u) {
                                                                                                                                pending = 0u;
                                                                                                                                break;
                                                                                                                            } else {
                                                                                                                                if (_e5806 != 0u) {
                                                                                                                                    break;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            let _e5814 = local_19;
                                                                                                                            let _e5816 = local_11;
                                                                                                                            let _e5818 = local_1;
                                                                                                                            local_9 = (_e5814 + (_e5816 * _e5818));
                                                                                                                            let _e5823 = local_9;
                                                                                                                            let _e5825 = local_5;
                                                                                                                            let _e5826 = (_e5823 >= _e5825);
                                                                                                                            if _e5826 {
                                                                                                                                pending = 10u;
                                                                                                                                break;
                                                                                                                            }
                                                                                                                            let _e5833 = local_4;
                                                                                                                            let _e5835 = local_9;
                                                                                                                            let _e5846 = b[(((_e5833 + (_e5835 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                            local_21 = _e5846;
                                                                                                                            let _e5849 = local_49;
                                                                                                                            local_10 = _e5849;
                                                                                                                            pending = 6u;
                                                                                                                            break;
                                                                                                                            break;
                                                                                                                        }
                                                                                                                        let _e5854 = pending;
                                                                                                                        if (_e5854 == 33u) {
                                                                                                                            pending = 0u;
                                                                                                                            break;
                                                                                                                        } else {
                                                                                                                            if (_e5854 != 0u) {
                                                                                                                                break;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        let _e5862 = local_10;
                                                                                                                        let _e5864 = (_e5862 < 192u);
                                                                                                                        if _e5864 {
                                                                                                                            pending = 31u;
                                                                                                                            break;
                                                                                                                        }
                                                                                                                        let _e5871 = local_13;
                                                                                                                        ta[((_e5871 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                                        let _e5881 = local_11;
                                                                                                                        let _e5883 = local_1;
                                                                                                                        let _e5884 = (_e5881 < _e5883);
                                                                                                                        if _e5884 {
                                                                                                                            pending = 32u;
                                                                                                                            break;
                                                                                                                        }
                                                                                                                        break;
                                                                                                                    }
                                                                                                                    let _e5891 = pending;
                                                                                                                    if (_e5891 == 32u) {
                                                                                                                        pending = 0u;
                                                                                                                        break;
                                                                                                                    } else {
                                                                                                                        if (_e5891 != 0u) {
                                                                                                                            break;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    local_21 = 0f;
                                                                                                                    let _e5901 = local_47;
                                                                                                                    local_10 = _e5901;
                                                                                                                    pending = 6u;
                                                                                                                    break;
                                                                                                                    break;
                                                                                                                }
                                                                                                                let _e5906 = pending;
                                                                                                                if (_e5906 == 31u) {
                                                                                                                    pending = 0u;
                                                                                                                    break;
                                                                                                                } else {
                                                                                                                    if (_e5906 != 0u) {
                                                                                                                        break;
                                                                                                                    }
                                                                                                                }
                                                                                                                let _e5914 = local_19;
                                                                                                                let _e5916 = local_11;
                                                                                                                let _e5918 = local_1;
                                                                                                                local_9 = (_e5914 + (_e5916 * _e5918));
                                                                                                                let _e5923 = local_9;
                                                                                                                let _e5925 = local_5;
                                                                                                                let _e5926 = (_e5923 >= _e5925);
                                                                                                                if _e5926 {
                                                                                                                    pending = 10u;
                                                                                                                    break;
                                                                                                                }
                                                                                                                let _e5933 = local_4;
                                                                                                                let _e5935 = local_9;
                                                                                                                let _e5946 = b[(((_e5933 + (_e5935 << 2u)) + 4294963200u) >> 2u)];
                                                                                                                local_21 = _e5946;
                                                                                                                let _e5949 = local_47;
                                                                                                                local_10 = _e5949;
                                                                                                                pending = 6u;
                                                                                                                break;
                                                                                                                break;
                                                                                                            }
                                                                                                            let _e5954 = pending;
                                                                                                            if (_e5954 == 30u) {
                                                                                                                pending = 0u;
                                                                                                                break;
                                                                                                            } else {
                                                                                                                if (_e5954 != 0u) {
                                                                                                                    break;
                                                                                                                }
                                                                                                            }
                                                                                                            let _e5962 = local_10;
                                                                                                            let _e5964 = (_e5962 < 176u);
                                                                                                            if _e5964 {
                                                                                                                pending = 28u;
                                                                                                                break;
                                                                                                            }
                                                                                                            let _e5971 = local_13;
                                                                                                            ta[((_e5971 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                            let _e5981 = local_11;
                                                                                                            let _e5983 = local_1;
                                                                                                            let _e5984 = (_e5981 < _e5983);
                                                                                                            if _e5984 {
                                                                                                                pending = 29u;
                                                                                                                break;
                                                                                                            }
                                                                                                            break;
                                                                                                        }
                                                                                                        let _e5991 = pending;
                                                                                                        if (_e5991 == 29u) {
                                                                                                            pending = 0u;
                                                                                                            break;
                                                                                                        } else {
                                                                                                            if (_e5991 != 0u) {
                                                                                                                break;
                                                                                                            }
                                                                                                        }
                                                                                                        local_21 = 0f;
                                                                                                        let _e6001 = local_45;
                                                                                                        local_10 = _e6001;
                                                                                                        pending = 6u;
                                                                                                        break;
                                                                                                        break;
                                                                                                    }
                                                                                                    let _e6006 = pending;
                                                                                                    if (_e6006 == 28u) {
                                                                                                        pending = 0u;
                                                                                                        break;
                                                                                                    } else {
                                                                                                        if (_e6006 != 0u) {
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                    let _e6014 = local_19;
                                                                                                    let _e6016 = local_11;
                                                                                                    let _e6018 = local_1;
                                                                                                    local_9 = (_e6014 + (_e6016 * _e6018));
                                                                                                    let _e6023 = local_9;
                                                                                                    let _e6025 = local_5;
                                                                                                    let _e6026 = (_e6023 >= _e6025);
                                                                                                    if _e6026 {
                                                                                                        pending = 10u;
                                                                                                        break;
                                                                                                    }
                                                                                                    let _e6033 = local_4;
                                                                                                    let _e6035 = local_9;
                                                                                                    let _e6046 = b[(((_e6033 + (_e6035 << 2u)) + 4294963200u) >> 2u)];
                                                                                                    local_21 = _e6046;
                                                                                                    let _e6049 = local_45;
                                                                                                    local_10 = _e6049;
                                                                                                    pending = 6u;
                                                                                                    break;
                                                                                                    break;
                                                                                                }
                                                                                                let _e6054 = pending;
                                                                                                if (_e6054 == 27u) {
                                                                                                    pending = 0u;
                                                                                                    break;
                                                                                                } else {
                                                                                                    if (_e6054 != 0u) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                                let _e6062 = local_10;
                                                                                                let _e6064 = (_e6062 < 160u);
                                                                                                if _e6064 {
                                                                                                    pending = 25u;
                                                                                                    break;
                                                                                                }
                                                                                                let _e6071 = local_13;
                                                                                                ta[((_e6071 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                                let _e6081 = local_11;
                                                                                                let _e6083 = local_1;
                                                                                                let _e6084 = (_e6081 < _e6083);
                                                                                                if _e6084 {
                                                                                                    pending = 26u;
                                                                                                    break;
                                                                                                }
                                                                                                break;
                                                                                            }
                                                                                            let _e6091 = pending;
                                                                                            if (_e6091 == 26u) {
                                                                                                pending = 0u;
                                                                                                break;
                                                                                            } else {
                                                                                                if (_e6091 != 0u) {
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                            local_21 = 0f;
                                                                                            let _e6101 = local_43;
                                                                                            local_10 = _e6101;
                                                                                            pending = 6u;
                                                                                            break;
                                                                                            break;
                                                                                        }
                                                                                        let _e6106 = pending;
                                                                                        if (_e6106 == 25u) {
                                                                                            pending = 0u;
                                                                                            break;
                                                                                        } else {
                                                                                            if (_e6106 != 0u) {
                                                                                                break;
                                                                                            }
                                                                                        }
                                                                                        let _e6114 = local_19;
                                                                                        let _e6116 = local_11;
                                                                                        let _e6118 = local_1;
                                                                                        local_9 = (_e6114 + (_e6116 * _e6118));
                                                                                        let _e6123 = local_9;
                                                                                        let _e6125 = local_5;
                                                                                        let _e6126 = (_e6123 >= _e6125);
                                                                                        if _e6126 {
                                                                                            pending = 10u;
                                                                                            break;
                                                                                        }
                                                                                        let _e6133 = local_4;
                                                                                        let _e6135 = local_9;
                                                                                        let _e6146 = b[(((_e6133 + (_e6135 << 2u)) + 4294963200u) >> 2u)];
                                                                                        local_21 = _e6146;
                                                                                        let _e6149 = local_43;
                                                                                        local_10 = _e6149;
                                                                                        pending = 6u;
                                                                                        break;
                                                                                        break;
                                                                                    }
                                                                                    let _e6154 = pending;
                                                                                    if (_e6154 == 24u) {
                                                                                        pending = 0u;
                                                                                        break;
                                                                                    } else {
                                                                                        if (_e6154 != 0u) {
                                                                                            break;
                                                                                        }
                                                                                    }
                                                                                    let _e6162 = local_10;
                                                                                    let _e6164 = (_e6162 > 143u);
                                                                                    if _e6164 {
                                                                                        pending = 16u;
                                                                                        break;
                                                                                    }
                                                                                    let _e6171 = local_10;
                                                                                    let _e6173 = (_e6171 < 128u);
                                                                                    if _e6173 {
                                                                                        pending = 22u;
                                                                                        break;
                                                                                    }
                                                                                    let _e6180 = local_13;
                                                                                    ta[((_e6180 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                                    let _e6190 = local_11;
                                                                                    let _e6192 = local_1;
                                                                                    let _e6193 = (_e6190 < _e6192);
                                                                                    if _e6193 {
                                                                                        pending = 23u;
                                                                                        break;
                                                                                    }
                                                                                    break;
                                                                                }
                                                                                let _e6200 = pending;
                                                                                if (_e6200 == 23u) {
                                                                                    pending = 0u;
                                                                                    break;
                                                                                } else {
                                                                                    if (_e6200 != 0u) {
                                                                                        break;
                                                                                    }
                                                                                }
                                                                                local_21 = 0f;
                                                                                let _e6210 = local_40;
                                                                                local_10 = _e6210;
                                                                                pending = 6u;
                                                                                break;
                                                                                break;
                                                                            }
                                                                            let _e6215 = pending;
                                                                            if (_e6215 == 22u) {
                                                                                pending = 0u;
                                                                                break;
                                                                            } else {
                                                                                if (_e6215 != 0u) {
                                                                                    break;
                                                                                }
                                                                            }
                                                                            let _e6223 = local_11;
                                                                            let _e6225 = local_1;
                                                                            let _e6228 = local_19;
                                                                            local_9 = ((_e6223 * _e6225) + _e6228);
                                                                            let _e6232 = local_9;
                                                                            let _e6234 = local_5;
                                                                            let _e6235 = (_e6232 >= _e6234);
                                                                            if _e6235 {
                                                                                pending = 10u;
                                                                                break;
                                                                            }
                                                                            let _e6242 = local_4;
                                                                            let _e6244 = local_9;
                                                                            let _e6255 = b[(((_e6242 + (_e6244 << 2u)) + 4294963200u) >> 2u)];
                                                                            local_21 = _e6255;
                                                                            let _e6258 = local_40;
                                                                            local_10 = _e6258;
                                                                            pending = 6u;
                                                                            break;
                                                                            break;
                                                                        }
                                                                        let _e6263 = pending;
                                                                        if (_e6263 == 21u) {
                                                                            pending = 0u;
                                                                            break;
                                                                        } else {
                                                                            if (_e6263 != 0u) {
                                                                                break;
                                                                            }
                                                                        }
                                                                        loop {
                                                                            let _e6271 = local_10;
                                                                            let _e6273 = (_e6271 < 112u);
                                                                            if _e6273 {
                                                                                break;
                                                                            }
                                                                            let _e6278 = local_13;
                                                                            ta[((_e6278 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                            let _e6288 = local_11;
                                                                            let _e6290 = local_1;
                                                                            let _e6291 = (_e6288 >= _e6290);
                                                                            if _e6291 {
                                                                                pending = 7u;
                                                                                break;
                                                                            }
                                                                            let _e6298 = local_11;
                                                                            let _e6300 = local_1;
                                                                            let _e6303 = local_19;
                                                                            local_9 = ((_e6298 * _e6300) + _e6303);
                                                                            let _e6307 = local_9;
                                                                            let _e6309 = local_5;
                                                                            let _e6310 = (_e6307 >= _e6309);
                                                                            if _e6310 {
                                                                                pending = 10u;
                                                                                break;
                                                                            }
                                                                            let _e6317 = local_4;
                                                                            let _e6319 = local_9;
                                                                            let _e6330 = b[(((_e6317 + (_e6319 << 2u)) + 4294963200u) >> 2u)];
                                                                            local_21 = _e6330;
                                                                            let _e6333 = local_38;
                                                                            local_10 = _e6333;
                                                                            pending = 6u;
                                                                            break;
                                                                            break;
                                                                        }
                                                                        let _e6338 = pending;
                                                                        if (_e6338 == 21u) {
                                                                            pending = 0u;
                                                                            break;
                                                                        } else {
                                                                            if (_e6338 != 0u) {
                                                                                break;
                                                                            }
                                                                        }
                                                                        let _e6346 = local_10;
                                                                        let _e6348 = (_e6346 < 96u);
                                                                        if _e6348 {
                                                                            pending = 19u;
                                                                            break;
                                                                        }
                                                                        let _e6355 = local_13;
                                                                        ta[((_e6355 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                        let _e6365 = local_11;
                                                                        let _e6367 = local_1;
                                                                        let _e6368 = (_e6365 < _e6367);
                                                                        if _e6368 {
                                                                            pending = 20u;
                                                                            break;
                                                                        }
                                                                        break;
                                                                    }
                                                                    let _e6375 = pending;
                                                                    if (_e6375 == 20u) {
                                                                        pending = 0u;
                                                                        break;
                                                                    } else {
                                                                        if (_e6375 != 0u) {
                                                                            break;
                                                                        }
                                                                    }
                                                                    local_21 = 0f;
                                                                    let _e6385 = local_36;
                                                                    local_10 = _e6385;
                                                                    pending = 6u;
                                                                    break;
                                                                    break;
                                                                }
                                                                let _e6390 = pending;
                                                                if (_e6390 == 19u) {
                                                                    pending = 0u;
                                                                    break;
                                                                } else {
                                                                    if (_e6390 != 0u) {
                                                                        break;
                                                                    }
                                                                }
                                                                let _e6398 = local_11;
                                                                let _e6400 = local_1;
                                                                let _e6403 = local_19;
                                                                local_9 = ((_e6398 * _e6400) + _e6403);
                                                                let _e6407 = local_9;
                                                                let _e6409 = local_5;
                                                                let _e6410 = (_e6407 >= _e6409);
                                                                if _e6410 {
                                                                    pending = 10u;
                                                                    break;
                                                                }
                                                                let _e6417 = local_4;
                                                                let _e6419 = local_9;
                                                                let _e6430 = b[(((_e6417 + (_e6419 << 2u)) + 4294963200u) >> 2u)];
                                                                local_21 = _e6430;
                                                                let _e6433 = local_36;
                                                                local_10 = _e6433;
                                                                pending = 6u;
                                                                break;
                                                                break;
                                                            }
                                                            let _e6438 = pending;
                                                            if (_e6438 == 18u) {
                                                                pending = 0u;
                                                                break;
                                                            } else {
                                                                if (_e6438 != 0u) {
                                                                    break;
                                                                }
                                                            }
                                                            loop {
                                                                let _e6446 = local_10;
                                                                let _e6448 = (_e6446 > 79u);
                                                                if _e6448 {
                                                                    break;
                                                                }
                                                                let _e6453 = local_1;
                                                                local_40 = (_e6453 << 6u);
                                                                let _e6459 = local_1;
                                                                local_38 = (_e6459 << 4u);
                                                                let _e6465 = local_4;
                                                                let _e6467 = local_14;
                                                                let _e6469 = local_1;
                                                                let _e6471 = local_11;
                                                                let _e6475 = local_18;
                                                                local_9 = ((_e6467 + (_e6469 * _e6471)) + _e6475);
                                                                let _e6479 = local_9;
                                                                local_23 = (_e6465 + (_e6479 << 2u));
                                                                local_21 = 0f;
                                                                let _e6488 = local_10;
                                                                local_14 = select(0u, 1u, (_e6488 > 63u));
                                                                let _e6496 = local_10;
                                                                local_3 = select(0u, 1u, (_e6496 > 47u));
                                                                let _e6504 = local_10;
                                                                local_22 = select(0u, 1u, (_e6504 > 31u));
                                                                let _e6512 = local_10;
                                                                local_10 = select(0u, 1u, (_e6512 > 15u));
                                                                loop {
                                                                    let _e6520 = local_13;
                                                                    ta[((_e6520 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                                    local_55 = 0f;
                                                                    loop {
                                                                        let _e6532 = local_11;
                                                                        let _e6534 = local_1;
                                                                        let _e6535 = (_e6532 >= _e6534);
                                                                        if _e6535 {
                                                                            break;
                                                                        }
                                                                        let _e6540 = local_9;
                                                                        let _e6542 = local_5;
                                                                        let _e6543 = (_e6540 >= _e6542);
                                                                        if _e6543 {
                                                                            pending = 10u;
                                                                            break;
                                                                        }
                                                                        let _e6550 = local_23;
                                                                        let _e6557 = b[((_e6550 + 4294963200u) >> 2u)];
                                                                        local_55 = _e6557;
                                                                        break;
                                                                    }
                                                                    let _e6560 = pending;
                                                                    if (_e6560 == 123u) {
                                                                        pending = 0u;
                                                                        continue;
                                                                    } else {
                                                                        if (_e6560 != 0u) {
                                                                            break;
                                                                        }
                                                                    }
                                                                    let _e6568 = local_15;
                                                                    let _e6570 = local_55;
                                                                    tb[((_e6568 + 4294963200u) >> 2u)] = _e6570;
                                                                    workgroupBarrier();
                                                                    let _e6578 = local_8;
                                                                    let _e6585 = ta[((_e6578 + 4294963248u) >> 2u)];
                                                                    local_55 = _e6585;
                                                                    let _e6588 = local_35;
                                                                    let _e6595 = tb[((_e6588 + 4294963200u) >> 2u)];
                                                                    local_56 = _e6595;
                                                                    let _e6598 = local_8;
                                                                    let _e6605 = ta[((_e6598 + 4294963244u) >> 2u)];
                                                                    local_57 = _e6605;
                                                                    let _e6608 = local_37;
                                                                    let _e6615 = tb[((_e6608 + 4294963200u) >> 2u)];
                                                                    local_58 = _e6615;
                                                                    let _e6618 = local_8;
                                                                    let _e6625 = ta[((_e6618 + 4294963240u) >> 2u)];
                                                                    local_59 = _e6625;
                                                                    let _e6628 = local_39;
                                                                    let _e6635 = tb[((_e6628 + 4294963200u) >> 2u)];
                                                                    local_60 = _e6635;
                                                                    let _e6638 = local_8;
                                                                    let _e6645 = ta[((_e6638 + 4294963236u) >> 2u)];
                                                                    local_61 = _e6645;
                                                                    let _e6648 = local_41;
                                                                    let _e6655 = tb[((_e6648 + 4294963200u) >> 2u)];
                                                                    local_62 = _e6655;
                                                                    let _e6658 = local_8;
                                                                    let _e6665 = ta[((_e6658 + 4294963232u) >> 2u)];
                                                                    local_63 = _e6665;
                                                                    let _e6668 = local_17;
                                                                    let _e6675 = tb[((_e6668 + 4294963200u) >> 2u)];
                                                                    local_64 = _e6675;
                                                                    let _e6678 = local_8;
                                                                    let _e6685 = ta[((_e6678 + 4294963228u) >> 2u)];
                                                                    local_65 = _e6685;
                                                                    let _e6688 = local_44;
                                                                    let _e6695 = tb[((_e6688 + 4294963200u) >> 2u)];
                                                                    local_66 = _e6695;
                                                                    let _e6698 = local_8;
                                                                    let _e6705 = ta[((_e6698 + 4294963224u) >> 2u)];
                                                                    local_67 = _e6705;
                                                                    let _e6708 = local_46;
                                                                    let _e6715 = tb[((_e6708 + 4294963200u) >> 2u)];
                                                                    local_68 = _e6715;
                                                                    let _e6718 = local_8;
                                                                    let _e6725 = ta[((_e6718 + 4294963220u) >> 2u)];
                                                                    local_69 = _e6725;
                                                                    let _e6728 = local_48;
                                                                    let _e6735 = tb[((_e6728 + 4294963200u) >> 2u)];
                                                                    local_70 = _e6735;
                                                                    let _e6738 = local_8;
                                                                    let _e6745 = ta[((_e6738 + 4294963216u) >> 2u)];
                                                                    local_71 = _e6745;
                                                                    let _e6748 = local_50;
                                                                    let _e6755 = tb[((_e6748 + 4294963200u) >> 2u)];
                                                                    local_72 = _e6755;
                                                                    let _e6758 = local_8;
                                                                    let _e6765 = ta[((_e6758 + 4294963212u) >> 2u)];
                                                                    local_73 = _e6765;
                                                                    let _e6768 = local_52;
                                                                    let _e6775 = tb[((_e6768 + 4294963200u) >> 2u)];
                                                                    local_74 = _e6775;
                                                                    let _e6778 = local_8;
                                                                    let _e6785 = ta[((_e6778 + 4294963208u) >> 2u)];
                                                                    local_75 = _e6785;
                                                                    let _e6788 = local_54;
                                                                    let _e6795 = tb[((_e6788 + 4294963200u) >> 2u)];
                                                                    local_76 = _e6795;
                                                                    let _e6798 = local_8;
                                                                    let _e6805 = ta[((_e6798 + 4294963204u) >> 2u)];
                                                                    local_77 = _e6805;
                                                                    let _e6808 = local_16;
                                                                    let _e6815 = tb[((_e6808 + 4294963200u) >> 2u)];
                                                                    local_78 = _e6815;
                                                                    let _e6818 = local_8;
                                                                    let _e6825 = ta[((_e6818 + 4294963200u) >> 2u)];
                                                                    local_79 = _e6825;
                                                                    let _e6828 = local;
                                                                    let _e6830 = local_32;
                                                                    stack[((_e6828 + 4293918760u) >> 2u)] = _e6830;
                                                                    let _e6838 = local;
                                                                    stack[((_e6838 + 4293918764u) >> 2u)] = 256u;
                                                                    let _e6847 = local_14;
                                                                    if (_e6847 != 0u) {
                                                                        pending = 5u;
                                                                        break;
                                                                    }
                                                                    let _e6853 = local_8;
                                                                    let _e6860 = ta[((_e6853 + 4294963252u) >> 2u)];
                                                                    local_80 = _e6860;
                                                                    let _e6863 = local_33;
                                                                    let _e6870 = tb[((_e6863 + 4294963200u) >> 2u)];
                                                                    local_81 = _e6870;
                                                                    let _e6873 = local;
                                                                    let _e6875 = local_30;
                                                                    stack[((_e6873 + 4293918760u) >> 2u)] = _e6875;
                                                                    let _e6883 = local;
                                                                    stack[((_e6883 + 4293918764u) >> 2u)] = 256u;
                                                                    let _e6892 = local_3;
                                                                    if (_e6892 != 0u) {
                                                                        pending = 5u;
                                                                        break;
                                                                    }
                                                                    let _e6898 = local_8;
                                                                    let _e6905 = ta[((_e6898 + 4294963256u) >> 2u)];
                                                                    local_82 = _e6905;
                                                                    let _e6908 = local_31;
                                                                    let _e6915 = tb[((_e6908 + 4294963200u) >> 2u)];
                                                                    local_83 = _e6915;
                                                                    let _e6918 = local;
                                                                    let _e6920 = local_28;
                                                                    stack[((_e6918 + 4293918760u) >> 2u)] = _e6920;
                                                                    let _e6928 = local;
                                                                    stack[((_e6928 + 4293918764u) >> 2u)] = 256u;
                                                                    let _e6937 = local_22;
                                                                    if (_e6937 != 0u) {
                                                                        pending = 5u;
                                                                        break;
                                                                    }
                                                                    let _e6943 = local_8;
                                                                    let _e6950 = ta[((_e6943 + 4294963260u) >> 2u)];
                                                                    local_84 = _e6950;
                                                                    let _e6953 = local_29;
                                                                    let _e6960 = tb[((_e6953 + 4294963200u) >> 2u)];
                                                                    local_85 = _e6960;
                                                                    let _e6963 = local;
                                                                    let _e6965 = local_26;
                                                                    stack[((_e6963 + 4293918760u) >> 2u)] = _e6965;
                                                                    let _e6973 = local;
                                                                    stack[((_e6973 + 4293918764u) >> 2u)] = 256u;
                                                                    let _e6982 = local_10;
                                                                    if (_e6982 != 0u) {
                                                                        pending = 5u;
                                                                        break;
                                                                    }
                                                                    let _e6988 = local_21;
                                                                    let _e6990 = local_79;
                                                                    let _e6992 = local_78;
                                                                    let _e6996 = local_77;
                                                                    let _e6998 = local_76;
                                                                    let _e7002 = local_75;
                                                                    let _e7004 = local_74;
                                                                    let _e7008 = local_73;
                                                                    let _e7010 = local_72;
                                                                    let _e7014 = local_71;
                                                                    let _e7016 = local_70;
                                                                    let _e7020 = local_69;
                                                                    let _e7022 = local_68;
                                                                    let _e7026 = local_67;
                                                                    let _e7028 = local_66;
                                                                    let _e7032 = local_65;
                                                                    let _e7034 = local_64;
                                                                    let _e7038 = local_63;
                                                                    let _e7040 = local_62;
                                                                    let _e7044 = local_61;
                                                                    let _e7046 = local_60;
                                                                    let _e7050 = local_59;
                                                                    let _e7052 = local_58;
                                                                    let _e7056 = local_57;
                                                                    let _e7058 = local_56;
                                                                    let _e7062 = local_55;
                                                                    let _e7064 = local_81;
                                                                    let _e7068 = local_80;
                                                                    let _e7070 = local_83;
                                                                    let _e7074 = local_82;
                                                                    let _e7076 = local_85;
                                                                    let _e7080 = local_84;
                                                                    let _e7082 = local_27;
                                                                    let _e7089 = tb[((_e7082 + 4294963200u) >> 2u)];
                                                                    local_21 = ((((((((((((((((_e6988 + (_e6990 * _e6992)) + (_e6996 * _e6998)) + (_e7002 * _e7004)) + (_e7008 * _e7010)) + (_e7014 * _e7016)) + (_e7020 * _e7022)) + (_e7026 * _e7028)) + (_e7032 * _e7034)) + (_e7038 * _e7040)) + (_e7044 * _e7046)) + (_e7050 * _e7052)) + (_e7056 * _e7058)) + (_e7062 * _e7064)) + (_e7068 * _e7070)) + (_e7074 * _e7076)) + (_e7080 * _e7089));
                                                                    let _e7094 = local_11;
                                                                    local_11 = (_e7094 + 16u);
                                                                    let _e7099 = local_23;
                                                                    let _e7101 = local_40;
                                                                    local_23 = (_e7099 + _e7101);
                                                                    let _e7105 = local_9;
                                                                    let _e7107 = local_38;
                                                                    local_9 = (_e7105 + _e7107);
                                                                    workgroupBarrier();
                                                                    let _e7111 = local_12;
                                                                    local_12 = (_e7111 + 4294967295u);
                                                                    let _e7116 = local_12;
                                                                    let _e7118 = (_e7116 == 0u);
                                                                    if _e7118 {
                                                                        pending = 3u;
                                                                        break;
                                                                    }
                                                                    continue;
                                                                    break;
                                                                }
                                                                let _e7125 = pending;
                                                                if (_e7125 == 122u) {
                                                                    pending = 0u;
                                                                    break;
                                                                } else {
                                                                    if (_e7125 != 0u) {
                                                                        break;
                                                                    }
                                                                }
                                                                break;
                                                            }
                                                            let _e7133 = pending;
                                                            if (_e7133 == 18u) {
                                                                pending = 0u;
                                                                break;
                                                            } else {
                                                                if (_e7133 != 0u) {
                                                                    break;
                                                                }
                                                            }
                                                            let _e7141 = local_13;
                                                            ta[((_e7141 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                            let _e7151 = local_11;
                                                            let _e7153 = local_1;
                                                            let _e7154 = (_e7151 < _e7153);
                                                            if _e7154 {
                                                                pending = 17u;
                                                                break;
                                                            }
                                                            break;
                                                        }
                                                        let _e7161 = pending;
                                                        if (_e7161 == 17u) {
                                                            pending = 0u;
                                                            break;
                                                        } else {
                                                            if (_e7161 != 0u) {
                                                                break;
                                                            }
                                                        }
                                                        local_21 = 0f;
                                                        let _e7171 = local_34;
                                                        local_10 = _e7171;
                                                        pending = 6u;
                                                        break;
                                                        break;
                                                    }
                                                    let _e7176 = pending;
                                                    if (_e7176 == 16u) {
                                                        pending = 0u;
                                                        break;
                                                    } else {
                                                        if (_e7176 != 0u) {
                                                            break;
                                                        }
                                                    }
                                                    let _e7184 = local_11;
                                                    let _e7186 = local_1;
                                                    let _e7189 = local_19;
                                                    local_9 = ((_e7184 * _e7186) + _e7189);
                                                    let _e7193 = local_9;
                                                    let _e7195 = local_5;
                                                    let _e7196 = (_e7193 >= _e7195);
                                                    if _e7196 {
                                                        pending = 10u;
                                                        break;
                                                    }
                                                    let _e7203 = local_4;
                                                    let _e7205 = local_9;
                                                    let _e7216 = b[(((_e7203 + (_e7205 << 2u)) + 4294963200u) >> 2u)];
                                                    local_21 = _e7216;
                                                    let _e7219 = local_34;
                                                    local_10 = _e7219;
                                                    pending = 6u;
                                                    break;
                                                    break;
                                                }
                                                let _e7224 = pending;
                                                if (_e7224 == 15u) {
                                                    pending = 0u;
                                                    break;
                                                } else {
                                                    if (_e7224 != 0u) {
                                                        break;
                                                    }
                                                }
                                                let _e7232 = local_13;
                                                ta[((_e7232 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                                                let _e7242 = local_11;
                                                let _e7244 = local_1;
                                                let _e7245 = (_e7242 < _e7244);
                                                if _e7245 {
                                                    pending = 14u;
                                                    break;
                                                }
                                                break;
                                            }
                                            let _e7252 = pending;
                                            if (_e7252 == 14u) {
                                                pending = 0u;
                                                break;
                                            } else {
                                                if (_e7252 != 0u) {
                                                    break;
                                                }
                                            }
                                            local_21 = 0f;
                                            let _e7262 = local_42;
                                            local_10 = _e7262;
                                            pending = 6u;
                                            break;
                                            break;
                                        }
                                        let _e7267 = pending;
                                        if (_e7267 == 11u) {
                                            pending = 0u;
                                            break;
                                        } else {
                                            if (_e7267 != 0u) {
                                                break;
                                            }
                                        }
                                        let _e7275 = local_19;
                                        let _e7277 = local_11;
                                        let _e7279 = local_1;
                                        local_9 = (_e7275 + (_e7277 * _e7279));
                                        let _e7284 = local_9;
                                        let _e7286 = local_5;
                                        let _e7287 = (_e7284 >= _e7286);
                                        if _e7287 {
                                            pending = 10u;
                                            break;
                                        }
                                        let _e7294 = local_4;
                                        let _e7296 = local_9;
                                        let _e7307 = b[(((_e7294 + (_e7296 << 2u)) + 4294963200u) >> 2u)];
                                        local_21 = _e7307;
                                        let _e7310 = local_42;
                                        local_10 = _e7310;
                                        pending = 6u;
                                        break;
                                        break;
                                    }
                                    let _e7315 = pending;
                                    if (_e7315 == 10u) {
                                        pending = 0u;
                                        break;
                                    } else {
                                        if (_e7315 != 0u) {
                                            break;
                                        }
                                    }
                                    let _e7333 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                                    if _e7333.exchanged {
                                        atomicStore((&status[1]), local_id.x);
                                        atomicStore((&status[2]), local_id.y);
                                        atomicStore((&status[3]), local_id.z);
                                        atomicStore((&status[4]), workgroup_id.x);
                                        atomicStore((&status[5]), workgroup_id.y);
                                        atomicStore((&status[6]), workgroup_id.z);
                                        atomicStore((&status[7]), 184u);
                                        atomicStore((&status[8]), 55u);
                                        atomicStore((&status[9]), 10u);
                                        atomicStore((&status[10]), 795046515u);
                                        atomicStore((&status[11]), 778201452u);
                                        atomicStore((&status[12]), 29554u);
                                    }
                                    return;
                                    break;
                                }
                                let _e7370 = pending;
                                if (_e7370 == 9u) {
                                    pending = 0u;
                                    break;
                                } else {
                                    if (_e7370 != 0u) {
                                        break;
                                    }
                                }
                                let _e7388 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
                                if _e7388.exchanged {
                                    atomicStore((&status[1]), local_id.x);
                                    atomicStore((&status[2]), local_id.y);
                                    atomicStore((&status[3]), local_id.z);
                                    atomicStore((&status[4]), workgroup_id.x);
                                    atomicStore((&status[5]), workgroup_id.y);
                                    atomicStore((&status[6]), workgroup_id.z);
                                    atomicStore((&status[7]), 185u);
                                    atomicStore((&status[8]), 55u);
                                    atomicStore((&status[9]), 10u);
                                    atomicStore((&status[10]), 795046515u);
                                    atomicStore((&status[11]), 778201452u);
                                    atomicStore((&status[12]), 29554u);
                                }
                                return;
                                break;
                            }
                            let _e7425 = pending;
                            if (_e7425 == 8u) {
                                pending = 0u;
                                break;
                            } else {
                                if (_e7425 != 0u) {
                                    break;
                                }
                            }
                            let _e7433 = local_13;
                            ta[((_e7433 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                            local_21 = 0f;
                            let _e7445 = local_26;
                            local_10 = _e7445;
                            pending = 6u;
                            break;
                            break;
                        }
                        let _e7450 = pending;
                        if (_e7450 == 7u) {
                            pending = 0u;
                            break;
                        } else {
                            if (_e7450 != 0u) {
                                break;
                            }
                        }
                        let _e7458 = local_13;
                        ta[((_e7458 + 4294963200u) >> 2u)] = bitcast<f32>(0u);
                        break;
                    }
                    let _e7468 = pending;
                    if (_e7468 == 6u) {
                        pending = 0u;
                        break;
                    } else {
                        if (_e7468 != 0u) {
                            break;
                        }
                    }
                    local_21 = 0f;
                    let _e7478 = local_38;
                    local_10 = _e7478;
                    break;
                }
                let _e7481 = pending;
                if (_e7481 == 5u) {
                    pending = 0u;
                    break;
                } else {
                    if (_e7481 != 0u) {
                        break;
                    }
                }
                let _e7489 = local_15;
                let _e7491 = local_21;
                tb[((_e7489 + 4294963200u) >> 2u)] = _e7491;
                workgroupBarrier();
                let _e7499 = local;
                let _e7501 = local_10;
                stack[((_e7499 + 4293918760u) >> 2u)] = _e7501;
                let _e7509 = local;
                stack[((_e7509 + 4293918764u) >> 2u)] = 256u;
                break;
            }
            let _e7518 = pending;
            if (_e7518 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e7518 != 0u) {
                    break;
                }
            }
            let _e7526 = local;
            local_25 = (u64(1u) << 32u);
            let _e7534 = local_25;
            let _e7536 = local;
            let _e7540 = (_e7534 | u64((_e7536 + 8u)));
            let _e7544 = ((_e7526 + 4293918776u) >> 2u);
            stack[_e7544] = u32(_e7540);
            stack[(_e7544 + 1u)] = u32((_e7540 >> 32u));
            let _e7556 = local;
            let _e7558 = local_25;
            let _e7560 = local;
            let _e7564 = (_e7558 | u64((_e7560 + 12u)));
            let _e7568 = ((_e7556 + 4293918768u) >> 2u);
            stack[_e7568] = u32(_e7564);
            stack[(_e7568 + 1u)] = u32((_e7564 >> 32u));
            let _e7581 = local;
            let _e7591 = atomicCompareExchangeWeak((&status[0]), 0u, 4u);
            if _e7591.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 188u);
                atomicStore((&status[8]), 47u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e7628 = pending;
        if (_e7628 == 2u) {
            pending = 0u;
            break;
        }
        loop {
            let _e7636 = local_19;
            let _e7638 = local_1;
            let _e7639 = (_e7636 >= _e7638);
            if _e7639 {
                break;
            }
            let _e7644 = local_20;
            let _e7646 = local_1;
            let _e7647 = (_e7644 >= _e7646);
            if _e7647 {
                break;
            }
            loop {
                let _e7652 = local_20;
                let _e7654 = local_1;
                let _e7657 = local_19;
                local_8 = ((_e7652 * _e7654) + _e7657);
                let _e7661 = local_8;
                let _e7663 = local_7;
                let _e7664 = (_e7661 >= _e7663);
                if _e7664 {
                    break;
                }
                let _e7669 = local_6;
                let _e7671 = local_8;
                let _e7677 = local_21;
                c[(((_e7669 + (_e7671 << 2u)) + 4294963200u) >> 2u)] = _e7677;
                pending = 125u;
                break;
                break;
            }
            let _e7687 = pending;
            if (_e7687 == 125u) {
                pending = 0u;
                break;
            }
            let _e7705 = atomicCompareExchangeWeak((&status[0]), 0u, 5u);
            if _e7705.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 193u);
                atomicStore((&status[8]), 9u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e7742 = local;
        stack_pointer = (_e7742 + 32u);
        return;
        break;
    }
    let _e7747 = local_15;
    let _e7749 = local_21;
    tb[((_e7747 + 4294963200u) >> 2u)] = _e7749;
    workgroupBarrier();
    let _e7757 = local;
    let _e7759 = local_23;
    stack[((_e7757 + 4293918760u) >> 2u)] = _e7759;
    let _e7767 = local;
    stack[((_e7767 + 4293918764u) >> 2u)] = 256u;
    let _e7776 = local;
    local_25 = (u64(1u) << 32u);
    let _e7784 = local_25;
    let _e7786 = local;
    let _e7790 = (_e7784 | u64((_e7786 + 8u)));
    let _e7794 = ((_e7776 + 4293918776u) >> 2u);
    stack[_e7794] = u32(_e7790);
    stack[(_e7794 + 1u)] = u32((_e7790 >> 32u));
    let _e7806 = local;
    let _e7808 = local_25;
    let _e7810 = local;
    let _e7814 = (_e7808 | u64((_e7810 + 12u)));
    let _e7818 = ((_e7806 + 4293918768u) >> 2u);
    stack[_e7818] = u32(_e7814);
    stack[(_e7818 + 1u)] = u32((_e7814 >> 32u));
    let _e7831 = local;
    let _e7841 = atomicCompareExchangeWeak((&status[0]), 0u, 6u);
    if _e7841.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 188u);
        atomicStore((&status[8]), 23u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
