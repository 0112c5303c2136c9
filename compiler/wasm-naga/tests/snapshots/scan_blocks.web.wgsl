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
    if !(_e145) {
        let _e151 = local_2;
        let _e153 = local_9;
        let _e164 = input[(((_e151 + (_e153 << 2u)) + 4294963200u) >> 2u)];
        local_1 = _e164;
    }
    let _e167 = local;
    let _e169 = local_17;
    stack[((_e167 + 4293918760u) >> 2u)] = _e169;
    let _e177 = local;
    stack[((_e177 + 4293918764u) >> 2u)] = 256u;
    let _e186 = local_17;
    let _e188 = (_e186 > 255u);
    if _e188 {
        let _e201 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e201.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 380u);
            atomicStore((&status[8]), 10u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
    }
    let _e238 = local_8;
    let _e240 = local_17;
    local_3 = (_e238 + (_e240 << 2u));
    let _e247 = local_3;
    let _e249 = local_1;
    tile[((_e247 + 4294963200u) >> 2u)] = _e249;
    workgroupBarrier();
    local_10 = 0u;
    local_1 = 0u;
    let _e261 = local_17;
    let _e263 = (_e261 == 0u);
    if !(_e263) {
        let _e269 = local_3;
        let _e278 = tile[(((_e269 + 4294967292u) + 4294963200u) >> 2u)];
        local_1 = _e278;
    }
    workgroupBarrier();
    let _e281 = local_3;
    let _e283 = local_3;
    let _e290 = tile[((_e283 + 4294963200u) >> 2u)];
    let _e292 = local_1;
    tile[((_e281 + 4294963200u) >> 2u)] = (_e290 + _e292);
    workgroupBarrier();
    let _e301 = local_17;
    let _e303 = (_e301 < 2u);
    if !(_e303) {
        let _e309 = local_3;
        let _e318 = tile[(((_e309 + 4294967288u) + 4294963200u) >> 2u)];
        local_10 = _e318;
    }
    workgroupBarrier();
    let _e321 = local_3;
    let _e323 = local_3;
    let _e330 = tile[((_e323 + 4294963200u) >> 2u)];
    let _e332 = local_10;
    tile[((_e321 + 4294963200u) >> 2u)] = (_e330 + _e332);
    workgroupBarrier();
    local_1 = 0u;
    local_10 = 0u;
    let _e345 = local_17;
    let _e347 = (_e345 < 4u);
    if !(_e347) {
        let _e353 = local_3;
        let _e362 = tile[(((_e353 + 4294967280u) + 4294963200u) >> 2u)];
        local_10 = _e362;
    }
    workgroupBarrier();
    let _e365 = local_3;
    let _e367 = local_3;
    let _e374 = tile[((_e367 + 4294963200u) >> 2u)];
    let _e376 = local_10;
    tile[((_e365 + 4294963200u) >> 2u)] = (_e374 + _e376);
    workgroupBarrier();
    let _e385 = local_17;
    let _e387 = (_e385 < 8u);
    if !(_e387) {
        let _e393 = local_3;
        let _e402 = tile[(((_e393 + 4294967264u) + 4294963200u) >> 2u)];
        local_1 = _e402;
    }
    workgroupBarrier();
    let _e405 = local_3;
    let _e407 = local_3;
    let _e414 = tile[((_e407 + 4294963200u) >> 2u)];
    let _e416 = local_1;
    tile[((_e405 + 4294963200u) >> 2u)] = (_e414 + _e416);
    workgroupBarrier();
    local_1 = 0u;
    local_10 = 0u;
    let _e429 = local_17;
    let _e431 = (_e429 < 16u);
    if !(_e431) {
        let _e437 = local_3;
        let _e446 = tile[(((_e437 + 4294967232u) + 4294963200u) >> 2u)];
        local_10 = _e446;
    }
    workgroupBarrier();
    let _e449 = local_3;
    let _e451 = local_3;
    let _e458 = tile[((_e451 + 4294963200u) >> 2u)];
    let _e460 = local_10;
    tile[((_e449 + 4294963200u) >> 2u)] = (_e458 + _e460);
    workgroupBarrier();
    let _e469 = local_17;
    let _e471 = (_e469 < 32u);
    if !(_e471) {
        let _e477 = local_3;
        let _e486 = tile[(((_e477 + 4294967168u) + 4294963200u) >> 2u)];
        local_1 = _e486;
    }
    workgroupBarrier();
    let _e489 = local_3;
    let _e491 = local_3;
    let _e498 = tile[((_e491 + 4294963200u) >> 2u)];
    let _e500 = local_1;
    tile[((_e489 + 4294963200u) >> 2u)] = (_e498 + _e500);
    workgroupBarrier();
    local_1 = 0u;
    local_10 = 0u;
    let _e513 = local_17;
    let _e515 = (_e513 < 64u);
    if !(_e515) {
        let _e521 = local_3;
        let _e530 = tile[(((_e521 + 4294967040u) + 4294963200u) >> 2u)];
        local_10 = _e530;
    }
    workgroupBarrier();
    let _e533 = local_3;
    let _e535 = local_3;
    let _e542 = tile[((_e535 + 4294963200u) >> 2u)];
    let _e544 = local_10;
    tile[((_e533 + 4294963200u) >> 2u)] = (_e542 + _e544);
    workgroupBarrier();
    let _e553 = local_17;
    let _e555 = (_e553 < 128u);
    if !(_e555) {
        let _e561 = local_3;
        let _e570 = tile[(((_e561 + 4294966784u) + 4294963200u) >> 2u)];
        local_1 = _e570;
    }
    workgroupBarrier();
    let _e573 = local_3;
    let _e575 = local_3;
    let _e582 = tile[((_e575 + 4294963200u) >> 2u)];
    let _e584 = local_1;
    tile[((_e573 + 4294963200u) >> 2u)] = (_e582 + _e584);
    workgroupBarrier();
    let _e593 = local_9;
    let _e595 = local_5;
    let _e596 = (_e593 >= _e595);
    if !(_e596) {
        let _e602 = local_4;
        let _e604 = local_9;
        let _e610 = local_3;
        let _e617 = tile[((_e610 + 4294963200u) >> 2u)];
        output[(((_e602 + (_e604 << 2u)) + 4294963200u) >> 2u)] = _e617;
    }
    let _e625 = local_17;
    let _e627 = (_e625 != 255u);
    if !(_e627) {
        local_17 = workgroup_id.x;
        local_9 = workgroup_id.y;
        local_1 = workgroup_id.z;
        local_10 = num_workgroups.x;
        local_11 = num_workgroups.y;
        let _e650 = local_17;
        let _e652 = local_10;
        let _e654 = local_9;
        let _e656 = local_11;
        let _e658 = local_1;
        local_17 = (_e650 + (_e652 * (_e654 + (_e656 * _e658))));
        let _e665 = local_17;
        let _e667 = local_7;
        let _e668 = (_e665 >= _e667);
        if !(_e668) {
            let _e674 = local_6;
            let _e676 = local_17;
            let _e682 = local_3;
            let _e689 = tile[((_e682 + 4294963200u) >> 2u)];
            sums[(((_e674 + (_e676 << 2u)) + 4294963200u) >> 2u)] = _e689;
        }
    }
    let _e697 = local;
    stack_pointer = (_e697 + 32u);
    return;
}
