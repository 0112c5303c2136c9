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
var<workgroup> tile: array<u32, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn scan_blocks(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_18: vec2<u32>;

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
    local_18 = vec2<u32>(0u, 0u);
    let _e44 = stack_pointer;
    local = (_e44 - 32u);
    let _e49 = local;
    stack_pointer = _e49;
    local_1 = 0u;
    local_2 = 4096u;
    let _e59 = params[0];
    local_3 = _e59;
    local_4 = 4096u;
    let _e67 = params[2];
    local_5 = _e67;
    local_6 = 4096u;
    let _e75 = params[4];
    local_7 = _e75;
    local_8 = 4096u;
    local_9 = workgroup_id.x;
    local_10 = 256u;
    local_11 = local_id.x;
    local_12 = workgroup_id.y;
    local_13 = 1u;
    local_14 = local_id.y;
    local_15 = num_workgroups.x;
    local_16 = 256u;
    local_17 = local_id.x;
    loop {
        let _e118 = local_11;
        let _e120 = local_10;
        let _e122 = local_9;
        let _e126 = local_16;
        let _e128 = local_15;
        let _e130 = local_14;
        let _e132 = local_13;
        let _e134 = local_12;
        local_9 = ((_e118 + (_e120 * _e122)) + (_e126 * (_e128 * (_e130 + (_e132 * _e134)))));
        let _e142 = local_9;
        let _e144 = local_3;
        let _e145 = (_e142 >= _e144);
        if _e145 {
            break;
        }
        let _e150 = local_2;
        let _e152 = local_9;
        let _e163 = input[(((_e150 + (_e152 << 2u)) + 4294963200u) >> 2u)];
        local_1 = _e163;
        break;
    }
    let _e166 = local;
    let _e168 = local_17;
    stack[((_e166 + 4293918760u) >> 2u)] = _e168;
    let _e176 = local;
    stack[((_e176 + 4293918764u) >> 2u)] = 256u;
    loop {
        let _e185 = local_17;
        let _e187 = (_e185 > 255u);
        if _e187 {
            break;
        }
        let _e192 = local_8;
        let _e194 = local_17;
        local_3 = (_e192 + (_e194 << 2u));
        let _e201 = local_3;
        let _e203 = local_1;
        tile[((_e201 + 4294963200u) >> 2u)] = _e203;
        workgroupBarrier();
        local_10 = 0u;
        local_1 = 0u;
        loop {
            let _e215 = local_17;
            let _e217 = (_e215 == 0u);
            if _e217 {
                break;
            }
            let _e222 = local_3;
            let _e231 = tile[(((_e222 + 4294967292u) + 4294963200u) >> 2u)];
            local_1 = _e231;
            break;
        }
        workgroupBarrier();
        let _e234 = local_3;
        let _e236 = local_3;
        let _e243 = tile[((_e236 + 4294963200u) >> 2u)];
        let _e245 = local_1;
        tile[((_e234 + 4294963200u) >> 2u)] = (_e243 + _e245);
        workgroupBarrier();
        loop {
            let _e254 = local_17;
            let _e256 = (_e254 < 2u);
            if _e256 {
                break;
            }
            let _e261 = local_3;
            let _e270 = tile[(((_e261 + 4294967288u) + 4294963200u) >> 2u)];
            local_10 = _e270;
            break;
        }
        workgroupBarrier();
        let _e273 = local_3;
        let _e275 = local_3;
        let _e282 = tile[((_e275 + 4294963200u) >> 2u)];
        let _e284 = local_10;
        tile[((_e273 + 4294963200u) >> 2u)] = (_e282 + _e284);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        loop {
            let _e297 = local_17;
            let _e299 = (_e297 < 4u);
            if _e299 {
                break;
            }
            let _e304 = local_3;
            let _e313 = tile[(((_e304 + 4294967280u) + 4294963200u) >> 2u)];
            local_10 = _e313;
            break;
        }
        workgroupBarrier();
        let _e316 = local_3;
        let _e318 = local_3;
        let _e325 = tile[((_e318 + 4294963200u) >> 2u)];
        let _e327 = local_10;
        tile[((_e316 + 4294963200u) >> 2u)] = (_e325 + _e327);
        workgroupBarrier();
        loop {
            let _e336 = local_17;
            let _e338 = (_e336 < 8u);
            if _e338 {
                break;
            }
            let _e343 = local_3;
            let _e352 = tile[(((_e343 + 4294967264u) + 4294963200u) >> 2u)];
            local_1 = _e352;
            break;
        }
        workgroupBarrier();
        let _e355 = local_3;
        let _e357 = local_3;
        let _e364 = tile[((_e357 + 4294963200u) >> 2u)];
        let _e366 = local_1;
        tile[((_e355 + 4294963200u) >> 2u)] = (_e364 + _e366);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        loop {
            let _e379 = local_17;
            let _e381 = (_e379 < 16u);
            if _e381 {
                break;
            }
            let _e386 = local_3;
            let _e395 = tile[(((_e386 + 4294967232u) + 4294963200u) >> 2u)];
            local_10 = _e395;
            break;
        }
        workgroupBarrier();
        let _e398 = local_3;
        let _e400 = local_3;
        let _e407 = tile[((_e400 + 4294963200u) >> 2u)];
        let _e409 = local_10;
        tile[((_e398 + 4294963200u) >> 2u)] = (_e407 + _e409);
        workgroupBarrier();
        loop {
            let _e418 = local_17;
            let _e420 = (_e418 < 32u);
            if _e420 {
                break;
            }
            let _e425 = local_3;
            let _e434 = tile[(((_e425 + 4294967168u) + 4294963200u) >> 2u)];
            local_1 = _e434;
            break;
        }
        workgroupBarrier();
        let _e437 = local_3;
        let _e439 = local_3;
        let _e446 = tile[((_e439 + 4294963200u) >> 2u)];
        let _e448 = local_1;
        tile[((_e437 + 4294963200u) >> 2u)] = (_e446 + _e448);
        workgroupBarrier();
        local_1 = 0u;
        local_10 = 0u;
        loop {
            let _e461 = local_17;
            let _e463 = (_e461 < 64u);
            if _e463 {
                break;
            }
            let _e468 = local_3;
            let _e477 = tile[(((_e468 + 4294967040u) + 4294963200u) >> 2u)];
            local_10 = _e477;
            break;
        }
        workgroupBarrier();
        let _e480 = local_3;
        let _e482 = local_3;
        let _e489 = tile[((_e482 + 4294963200u) >> 2u)];
        let _e491 = local_10;
        tile[((_e480 + 4294963200u) >> 2u)] = (_e489 + _e491);
        workgroupBarrier();
        loop {
            let _e500 = local_17;
            let _e502 = (_e500 < 128u);
            if _e502 {
                break;
            }
            let _e507 = local_3;
            let _e516 = tile[(((_e507 + 4294966784u) + 4294963200u) >> 2u)];
            local_1 = _e516;
            break;
        }
        workgroupBarrier();
        let _e519 = local_3;
        let _e521 = local_3;
        let _e528 = tile[((_e521 + 4294963200u) >> 2u)];
        let _e530 = local_1;
        tile[((_e519 + 4294963200u) >> 2u)] = (_e528 + _e530);
        workgroupBarrier();
        loop {
            let _e539 = local_9;
            let _e541 = local_5;
            let _e542 = (_e539 >= _e541);
            if _e542 {
                break;
            }
            let _e547 = local_4;
            let _e549 = local_9;
            let _e555 = local_3;
            let _e562 = tile[((_e555 + 4294963200u) >> 2u)];
            output[(((_e547 + (_e549 << 2u)) + 4294963200u) >> 2u)] = _e562;
            break;
        }
        loop {
            let _e570 = local_17;
            let _e572 = (_e570 != 255u);
            if _e572 {
                break;
            }
            local_17 = workgroup_id.x;
            local_9 = workgroup_id.y;
            local_1 = num_workgroups.x;
            let _e598 = local_17;
            let _e600 = local_1;
            let _e602 = local_9;
            local_17 = (_e598 + (_e600 * _e602));
            let _e607 = local_17;
            let _e609 = local_7;
            let _e610 = (_e607 >= _e609);
            if _e610 {
                break;
            }
            let _e615 = local_6;
            let _e617 = local_17;
            let _e623 = local_3;
            let _e630 = tile[((_e623 + 4294963200u) >> 2u)];
            sums[(((_e615 + (_e617 << 2u)) + 4294963200u) >> 2u)] = _e630;
            break;
        }
        let _e638 = local;
        stack_pointer = (_e638 + 32u);
        return;
        break;
    }
    let _e643 = local;
    let _e646 = vec2<u32>(1u, 0u);
    let _e649 = vec2<u32>(32u, 0u);
    let _e655 = (_e649.x & 31u);
    let _e659 = ((_e649.x & 32u) != 0u);
    let _e660 = (_e646.x << _e655);
    local_18 = vec2<u32>(select(_e660, 0u, _e659), select(((_e646.y << _e655) | ((_e646.x >> 1u) >> (31u - _e655))), _e660, _e659));
    let _e674 = local_18;
    let _e676 = local;
    let _e681 = (_e674 | vec2<u32>((_e676 + 8u), 0u));
    let _e685 = ((_e643 + 4293918776u) >> 2u);
    stack[_e685] = _e681.x;
    stack[(_e685 + 1u)] = _e681.y;
    let _e695 = local;
    let _e697 = local_18;
    let _e699 = local;
    let _e704 = (_e697 | vec2<u32>((_e699 + 12u), 0u));
    let _e708 = ((_e695 + 4293918768u) >> 2u);
    stack[_e708] = _e704.x;
    stack[(_e708 + 1u)] = _e704.y;
    let _e719 = local;
    let _e729 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e729.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 292u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
