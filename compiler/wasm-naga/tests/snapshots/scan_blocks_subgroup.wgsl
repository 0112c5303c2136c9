@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> input: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> output: array<u32>;
@group(0) @binding(4) 
var<storage, read_write> sums: array<u32>;
var<workgroup> totals: array<u32, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn scan_blocks_subgroup(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>, @builtin(subgroup_id) subgroup_id: u32, @builtin(subgroup_invocation_id) subgroup_invocation_id: u32, @builtin(subgroup_size) subgroup_size: u32, @builtin(num_subgroups) num_subgroups: u32) {
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
    var local_16: vec2<u32>;
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
    local_16 = vec2<u32>(0u, 0u);
    let _e40 = stack_pointer;
    local = (_e40 - 32u);
    let _e45 = local;
    stack_pointer = _e45;
    local_1 = 0u;
    local_2 = 4096u;
    let _e55 = params[0];
    local_3 = _e55;
    local_4 = 4096u;
    let _e63 = params[2];
    local_5 = _e63;
    local_6 = 4096u;
    let _e71 = params[4];
    local_7 = _e71;
    local_8 = 4096u;
    local_9 = workgroup_id.x;
    local_10 = 256u;
    local_11 = local_id.x;
    local_12 = workgroup_id.y;
    local_13 = 1u;
    local_14 = local_id.y;
    let _e101 = local_11;
    let _e103 = local_10;
    let _e105 = local_9;
    let _e111 = local_14;
    let _e113 = local_13;
    let _e115 = local_12;
    local_15 = ((_e101 + (_e103 * _e105)) + ((num_workgroups.x * (_e111 + (_e113 * _e115))) * 256u));
    let _e125 = local_15;
    let _e127 = local_3;
    let _e128 = (_e125 >= _e127);
    if !(_e128) {
        let _e134 = local_2;
        let _e136 = local_15;
        let _e147 = input[(((_e134 + (_e136 << 2u)) + 4294963200u) >> 2u)];
        local_1 = _e147;
    }
    let _e150 = local_1;
    let _e151 = subgroupInclusiveAdd(_e150);
    local_2 = _e151;
    local_1 = subgroup_id;
    local_11 = subgroup_invocation_id;
    let _e158 = local_11;
    local_12 = subgroup_size;
    let _e162 = local_12;
    local_13 = (_e162 + 4294967295u);
    let _e167 = local_13;
    let _e168 = (_e158 != _e167);
    if !(_e168) {
        let _e174 = local;
        let _e176 = local_1;
        stack[((_e174 + 4293918760u) >> 2u)] = _e176;
        let _e184 = local;
        stack[((_e184 + 4293918764u) >> 2u)] = 256u;
        let _e193 = local_1;
        let _e195 = (_e193 > 255u);
        if !(_e195) {
            let _e201 = local_8;
            let _e203 = local_1;
            let _e209 = local_2;
            totals[(((_e201 + (_e203 << 2u)) + 4294963200u) >> 2u)] = _e209;
            pending = 3u;
        }
        let _e220 = pending;
        if (_e220 == 0u) {
            let _e224 = local;
            let _e227 = vec2<u32>(1u, 0u);
            let _e230 = vec2<u32>(32u, 0u);
            let _e236 = (_e230.x & 31u);
            let _e240 = ((_e230.x & 32u) != 0u);
            let _e241 = (_e227.x << _e236);
            local_16 = vec2<u32>(select(_e241, 0u, _e240), select(((_e227.y << _e236) | ((_e227.x >> 1u) >> (31u - _e236))), _e241, _e240));
            let _e255 = local_16;
            let _e257 = local;
            let _e262 = (_e255 | vec2<u32>((_e257 + 8u), 0u));
            let _e266 = ((_e224 + 4293918776u) >> 2u);
            stack[_e266] = _e262.x;
            stack[(_e266 + 1u)] = _e262.y;
            let _e276 = local;
            let _e278 = local_16;
            let _e280 = local;
            let _e285 = (_e278 | vec2<u32>((_e280 + 12u), 0u));
            let _e289 = ((_e276 + 4293918768u) >> 2u);
            stack[_e289] = _e285.x;
            stack[(_e289 + 1u)] = _e285.y;
            let _e300 = local;
            let _e310 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e310.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 505u);
                atomicStore((&status[8]), 16u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
        }
    }
    let _e347 = pending;
    if (_e347 == 3u) {
        pending = 0u;
    }
    workgroupBarrier();
    let _e353 = local_1;
    let _e355 = (_e353 == 0u);
    if !(_e355) {
        workgroupBarrier();
        let _e361 = local;
        let _e363 = local_1;
        local_1 = (_e363 + 4294967295u);
        let _e368 = local_1;
        stack[((_e361 + 4293918760u) >> 2u)] = _e368;
        let _e376 = local;
        stack[((_e376 + 4293918764u) >> 2u)] = 256u;
        let _e385 = local_1;
        let _e387 = (_e385 > 255u);
        if _e387 {
            pending = 6u;
        }
        let _e394 = pending;
        if (_e394 == 0u) {
            let _e398 = local_8;
            let _e400 = local_1;
            let _e411 = totals[(((_e398 + (_e400 << 2u)) + 4294963200u) >> 2u)];
            local_1 = _e411;
            pending = 5u;
        }
    }
    let _e416 = pending;
    if (_e416 == 0u) {
        local_3 = num_subgroups;
        let _e422 = local_3;
        let _e424 = (_e422 == 0u);
        if !(_e424) {
            let _e430 = local_12;
            local_14 = (_e430 << 2u);
            let _e436 = local_8;
            let _e438 = local_11;
            local_8 = (_e436 + (_e438 << 2u));
            local_1 = 0u;
            local_9 = 0u;
            loop {
                let _e449 = local_11;
                let _e451 = local_1;
                local_10 = (_e449 + _e451);
                let _e455 = local_10;
                let _e457 = local_3;
                let _e458 = (_e455 < _e457);
                if !(_e458) {
                    let _e464 = subgroupInclusiveAdd(0u);
                    let _e466 = local_9;
                    local_9 = (_e464 + _e466);
                    pending = 10u;
                }
                let _e472 = pending;
                if (_e472 == 0u) {
                    let _e476 = local;
                    let _e478 = local_10;
                    stack[((_e476 + 4293918760u) >> 2u)] = _e478;
                    let _e486 = local;
                    stack[((_e486 + 4293918764u) >> 2u)] = 256u;
                    let _e495 = local_10;
                    let _e497 = (_e495 > 255u);
                    if !(_e497) {
                        let _e503 = local_8;
                        let _e505 = local_8;
                        let _e512 = totals[((_e505 + 4294963200u) >> 2u)];
                        let _e513 = subgroupInclusiveAdd(_e512);
                        let _e515 = local_9;
                        local_9 = (_e513 + _e515);
                        let _e519 = local_9;
                        totals[((_e503 + 4294963200u) >> 2u)] = _e519;
                        pending = 10u;
                    }
                }
                let _e529 = pending;
                if (_e529 == 0u) {
                    let _e533 = local;
                    let _e536 = vec2<u32>(1u, 0u);
                    let _e539 = vec2<u32>(32u, 0u);
                    let _e545 = (_e539.x & 31u);
                    let _e549 = ((_e539.x & 32u) != 0u);
                    let _e550 = (_e536.x << _e545);
                    local_16 = vec2<u32>(select(_e550, 0u, _e549), select(((_e536.y << _e545) | ((_e536.x >> 1u) >> (31u - _e545))), _e550, _e549));
                    let _e564 = local_16;
                    let _e566 = local;
                    let _e571 = (_e564 | vec2<u32>((_e566 + 8u), 0u));
                    let _e575 = ((_e533 + 4293918776u) >> 2u);
                    stack[_e575] = _e571.x;
                    stack[(_e575 + 1u)] = _e571.y;
                    let _e585 = local;
                    let _e587 = local_16;
                    let _e589 = local;
                    let _e594 = (_e587 | vec2<u32>((_e589 + 12u), 0u));
                    let _e598 = ((_e585 + 4293918768u) >> 2u);
                    stack[_e598] = _e594.x;
                    stack[(_e598 + 1u)] = _e594.y;
                    let _e609 = local;
                    let _e619 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                    if _e619.exchanged {
                        atomicStore((&status[1]), local_id.x);
                        atomicStore((&status[2]), local_id.y);
                        atomicStore((&status[3]), local_id.z);
                        atomicStore((&status[4]), workgroup_id.x);
                        atomicStore((&status[5]), workgroup_id.y);
                        atomicStore((&status[6]), workgroup_id.z);
                        atomicStore((&status[7]), 515u);
                        atomicStore((&status[8]), 43u);
                        atomicStore((&status[9]), 10u);
                        atomicStore((&status[10]), 795046515u);
                        atomicStore((&status[11]), 778201452u);
                        atomicStore((&status[12]), 29554u);
                    }
                    return;
                }
                let _e656 = pending;
                if (_e656 == 10u) {
                    pending = 0u;
                }
                let _e662 = local_8;
                let _e664 = local_14;
                local_8 = (_e662 + _e664);
                let _e668 = local_9;
                let _e670 = local_13;
                let _e671 = subgroupShuffle(_e668, _e670);
                local_9 = _e671;
                let _e674 = local_1;
                let _e676 = local_12;
                local_1 = (_e674 + _e676);
                let _e680 = local_1;
                let _e682 = local_3;
                let _e683 = (_e680 < _e682);
                if _e683 {
                    continue;
                }
                break;
            }
        }
        workgroupBarrier();
        local_1 = 0u;
        pending = 5u;
    }
    let _e692 = pending;
    if (_e692 == 6u) {
        pending = 0u;
    }
    let _e698 = pending;
    if (_e698 == 0u) {
        let _e702 = local;
        let _e705 = vec2<u32>(1u, 0u);
        let _e708 = vec2<u32>(32u, 0u);
        let _e714 = (_e708.x & 31u);
        let _e718 = ((_e708.x & 32u) != 0u);
        let _e719 = (_e705.x << _e714);
        local_16 = vec2<u32>(select(_e719, 0u, _e718), select(((_e705.y << _e714) | ((_e705.x >> 1u) >> (31u - _e714))), _e719, _e718));
        let _e733 = local_16;
        let _e735 = local;
        let _e740 = (_e733 | vec2<u32>((_e735 + 8u), 0u));
        let _e744 = ((_e702 + 4293918776u) >> 2u);
        stack[_e744] = _e740.x;
        stack[(_e744 + 1u)] = _e740.y;
        let _e754 = local;
        let _e756 = local_16;
        let _e758 = local;
        let _e763 = (_e756 | vec2<u32>((_e758 + 12u), 0u));
        let _e767 = ((_e754 + 4293918768u) >> 2u);
        stack[_e767] = _e763.x;
        stack[(_e767 + 1u)] = _e763.y;
        let _e778 = local;
        let _e788 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
        if _e788.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 525u);
            atomicStore((&status[8]), 37u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e825 = pending;
    if (_e825 == 5u) {
        pending = 0u;
    }
    let _e831 = local_1;
    let _e833 = local_2;
    local_8 = (_e831 + _e833);
    let _e837 = local_15;
    let _e839 = local_5;
    let _e840 = (_e837 >= _e839);
    if !(_e840) {
        let _e846 = local_4;
        let _e848 = local_15;
        let _e854 = local_8;
        output[(((_e846 + (_e848 << 2u)) + 4294963200u) >> 2u)] = _e854;
    }
    local_1 = local_id.x;
    let _e869 = local_1;
    let _e871 = (_e869 != 255u);
    if !(_e871) {
        local_1 = workgroup_id.x;
        local_3 = workgroup_id.y;
        local_9 = workgroup_id.z;
        local_10 = num_workgroups.x;
        local_11 = num_workgroups.y;
        let _e894 = local_1;
        let _e896 = local_10;
        let _e898 = local_3;
        let _e900 = local_11;
        let _e902 = local_9;
        local_1 = (_e894 + (_e896 * (_e898 + (_e900 * _e902))));
        let _e909 = local_1;
        let _e911 = local_7;
        let _e912 = (_e909 >= _e911);
        if !(_e912) {
            let _e918 = local_6;
            let _e920 = local_1;
            let _e926 = local_8;
            sums[(((_e918 + (_e920 << 2u)) + 4294963200u) >> 2u)] = _e926;
        }
    }
    let _e934 = local;
    stack_pointer = (_e934 + 32u);
}
