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
    loop {
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
        if _e128 {
            break;
        }
        let _e133 = local_2;
        let _e135 = local_15;
        let _e146 = input[(((_e133 + (_e135 << 2u)) + 4294963200u) >> 2u)];
        local_1 = _e146;
        break;
    }
    let _e149 = local_1;
    let _e150 = subgroupInclusiveAdd(_e149);
    local_2 = _e150;
    local_1 = subgroup_id;
    loop {
        local_11 = subgroup_invocation_id;
        let _e157 = local_11;
        local_12 = subgroup_size;
        let _e161 = local_12;
        local_13 = (_e161 + 4294967295u);
        let _e166 = local_13;
        let _e167 = (_e157 != _e166);
        if _e167 {
            break;
        }
        let _e172 = local;
        let _e174 = local_1;
        stack[((_e172 + 4293918760u) >> 2u)] = _e174;
        let _e182 = local;
        stack[((_e182 + 4293918764u) >> 2u)] = 256u;
        loop {
            let _e191 = local_1;
            let _e193 = (_e191 > 255u);
            if _e193 {
                break;
            }
            let _e198 = local_8;
            let _e200 = local_1;
            let _e206 = local_2;
            totals[(((_e198 + (_e200 << 2u)) + 4294963200u) >> 2u)] = _e206;
            pending = 3u;
            break;
            break;
        }
        let _e217 = pending;
        if (_e217 == 3u) {
            pending = 0u;
            break;
        }
        let _e225 = local;
        let _e228 = vec2<u32>(1u, 0u);
        let _e231 = vec2<u32>(32u, 0u);
        let _e237 = (_e231.x & 31u);
        let _e241 = ((_e231.x & 32u) != 0u);
        let _e242 = (_e228.x << _e237);
        local_16 = vec2<u32>(select(_e242, 0u, _e241), select(((_e228.y << _e237) | ((_e228.x >> 1u) >> (31u - _e237))), _e242, _e241));
        let _e256 = local_16;
        let _e258 = local;
        let _e263 = (_e256 | vec2<u32>((_e258 + 8u), 0u));
        let _e267 = ((_e225 + 4293918776u) >> 2u);
        stack[_e267] = _e263.x;
        stack[(_e267 + 1u)] = _e263.y;
        let _e277 = local;
        let _e279 = local_16;
        let _e281 = local;
        let _e286 = (_e279 | vec2<u32>((_e281 + 12u), 0u));
        let _e290 = ((_e277 + 4293918768u) >> 2u);
        stack[_e290] = _e286.x;
        stack[(_e290 + 1u)] = _e286.y;
        let _e301 = local;
        let _e311 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e311.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 410u);
            atomicStore((&status[8]), 16u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    workgroupBarrier();
    loop {
        loop {
            loop {
                let _e348 = local_1;
                let _e350 = (_e348 == 0u);
                if _e350 {
                    break;
                }
                workgroupBarrier();
                let _e355 = local;
                let _e357 = local_1;
                local_1 = (_e357 + 4294967295u);
                let _e362 = local_1;
                stack[((_e355 + 4293918760u) >> 2u)] = _e362;
                let _e370 = local;
                stack[((_e370 + 4293918764u) >> 2u)] = 256u;
                let _e379 = local_1;
                let _e381 = (_e379 > 255u);
                if _e381 {
                    pending = 6u;
                    break;
                }
                let _e388 = local_8;
                let _e390 = local_1;
                let _e401 = totals[(((_e388 + (_e390 << 2u)) + 4294963200u) >> 2u)];
                local_1 = _e401;
                pending = 5u;
                break;
                break;
            }
            let _e406 = pending;
            if (_e406 == 6u) {
                pending = 0u;
                break;
            } else {
                if (_e406 != 0u) {
                    break;
                }
            }
            loop {
                local_3 = num_subgroups;
                let _e416 = local_3;
                let _e418 = (_e416 == 0u);
                if _e418 {
                    break;
                }
                let _e423 = local_12;
                local_14 = (_e423 << 2u);
                let _e429 = local_8;
                let _e431 = local_11;
                local_8 = (_e429 + (_e431 << 2u));
                local_1 = 0u;
                local_9 = 0u;
                loop {
                    loop {
                        loop {
                            let _e442 = local_11;
                            let _e444 = local_1;
                            local_10 = (_e442 + _e444);
                            let _e448 = local_10;
                            let _e450 = local_3;
                            let _e451 = (_e448 < _e450);
                            if _e451 {
                                break;
                            }
                            let _e456 = subgroupInclusiveAdd(0u);
                            let _e458 = local_9;
                            local_9 = (_e456 + _e458);
                            pending = 10u;
                            break;
                            break;
                        }
                        let _e464 = pending;
                        if (_e464 == 10u) {
                            pending = 0u;
                            break;
                        }
                        let _e472 = local;
                        let _e474 = local_10;
                        stack[((_e472 + 4293918760u) >> 2u)] = _e474;
                        let _e482 = local;
                        stack[((_e482 + 4293918764u) >> 2u)] = 256u;
                        loop {
                            let _e491 = local_10;
                            let _e493 = (_e491 > 255u);
                            if _e493 {
                                break;
                            }
                            let _e498 = local_8;
                            let _e500 = local_8;
                            let _e507 = totals[((_e500 + 4294963200u) >> 2u)];
                            let _e508 = subgroupInclusiveAdd(_e507);
                            let _e510 = local_9;
                            local_9 = (_e508 + _e510);
                            let _e514 = local_9;
                            totals[((_e498 + 4294963200u) >> 2u)] = _e514;
                            pending = 10u;
                            break;
                            break;
                        }
                        let _e524 = pending;
                        if (_e524 == 10u) {
                            pending = 0u;
                            break;
                        }
                        let _e532 = local;
                        let _e535 = vec2<u32>(1u, 0u);
                        let _e538 = vec2<u32>(32u, 0u);
                        let _e544 = (_e538.x & 31u);
                        let _e548 = ((_e538.x & 32u) != 0u);
                        let _e549 = (_e535.x << _e544);
                        local_16 = vec2<u32>(select(_e549, 0u, _e548), select(((_e535.y << _e544) | ((_e535.x >> 1u) >> (31u - _e544))), _e549, _e548));
                        let _e563 = local_16;
                        let _e565 = local;
                        let _e570 = (_e563 | vec2<u32>((_e565 + 8u), 0u));
                        let _e574 = ((_e532 + 4293918776u) >> 2u);
                        stack[_e574] = _e570.x;
                        stack[(_e574 + 1u)] = _e570.y;
                        let _e584 = local;
                        let _e586 = local_16;
                        let _e588 = local;
                        let _e593 = (_e586 | vec2<u32>((_e588 + 12u), 0u));
                        let _e597 = ((_e584 + 4293918768u) >> 2u);
                        stack[_e597] = _e593.x;
                        stack[(_e597 + 1u)] = _e593.y;
                        let _e608 = local;
                        let _e618 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
                        if _e618.exchanged {
                            atomicStore((&status[1]), local_id.x);
                            atomicStore((&status[2]), local_id.y);
                            atomicStore((&status[3]), local_id.z);
                            atomicStore((&status[4]), workgroup_id.x);
                            atomicStore((&status[5]), workgroup_id.y);
                            atomicStore((&status[6]), workgroup_id.z);
                            atomicStore((&status[7]), 420u);
                            atomicStore((&status[8]), 43u);
                            atomicStore((&status[9]), 10u);
                            atomicStore((&status[10]), 795046515u);
                            atomicStore((&status[11]), 778201452u);
                            atomicStore((&status[12]), 29554u);
                        }
                        return;
                        break;
                    }
                    let _e655 = local_8;
                    let _e657 = local_14;
                    local_8 = (_e655 + _e657);
                    let _e661 = local_9;
                    let _e663 = local_13;
                    let _e664 = subgroupShuffle(_e661, _e663);
                    local_9 = _e664;
                    let _e667 = local_1;
                    let _e669 = local_12;
                    local_1 = (_e667 + _e669);
                    let _e673 = local_1;
                    let _e675 = local_3;
                    let _e676 = (_e673 < _e675);
                    if _e676 {
                        continue;
                    }
                    break;
                }
                break;
            }
            workgroupBarrier();
            local_1 = 0u;
            pending = 5u;
            break;
            break;
        }
        let _e685 = pending;
        if (_e685 == 5u) {
            pending = 0u;
            break;
        }
        let _e693 = local;
        let _e696 = vec2<u32>(1u, 0u);
        let _e699 = vec2<u32>(32u, 0u);
        let _e705 = (_e699.x & 31u);
        let _e709 = ((_e699.x & 32u) != 0u);
        let _e710 = (_e696.x << _e705);
        local_16 = vec2<u32>(select(_e710, 0u, _e709), select(((_e696.y << _e705) | ((_e696.x >> 1u) >> (31u - _e705))), _e710, _e709));
        let _e724 = local_16;
        let _e726 = local;
        let _e731 = (_e724 | vec2<u32>((_e726 + 8u), 0u));
        let _e735 = ((_e693 + 4293918776u) >> 2u);
        stack[_e735] = _e731.x;
        stack[(_e735 + 1u)] = _e731.y;
        let _e745 = local;
        let _e747 = local_16;
        let _e749 = local;
        let _e754 = (_e747 | vec2<u32>((_e749 + 12u), 0u));
        let _e758 = ((_e745 + 4293918768u) >> 2u);
        stack[_e758] = _e754.x;
        stack[(_e758 + 1u)] = _e754.y;
        let _e769 = local;
        let _e779 = atomicCompareExchangeWeak((&status[0]), 0u, 3u);
        if _e779.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 430u);
            atomicStore((&status[8]), 37u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
        break;
    }
    let _e816 = local_1;
    let _e818 = local_2;
    local_8 = (_e816 + _e818);
    loop {
        let _e822 = local_15;
        let _e824 = local_5;
        let _e825 = (_e822 >= _e824);
        if _e825 {
            break;
        }
        let _e830 = local_4;
        let _e832 = local_15;
        let _e838 = local_8;
        output[(((_e830 + (_e832 << 2u)) + 4294963200u) >> 2u)] = _e838;
        break;
    }
    local_1 = local_id.x;
    loop {
        let _e853 = local_1;
        let _e855 = (_e853 != 255u);
        if _e855 {
            break;
        }
        local_1 = workgroup_id.x;
        local_3 = workgroup_id.y;
        local_9 = num_workgroups.x;
        let _e881 = local_1;
        let _e883 = local_9;
        let _e885 = local_3;
        local_1 = (_e881 + (_e883 * _e885));
        let _e890 = local_1;
        let _e892 = local_7;
        let _e893 = (_e890 >= _e892);
        if _e893 {
            break;
        }
        let _e898 = local_6;
        let _e900 = local_1;
        let _e906 = local_8;
        sums[(((_e898 + (_e900 << 2u)) + 4294963200u) >> 2u)] = _e906;
        break;
    }
    let _e914 = local;
    stack_pointer = (_e914 + 32u);
}
