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
        let _e168 = input[min((((_e151 + (_e153 << 2u)) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
        local_1 = _e168;
    }
    let _e171 = local;
    let _e173 = local_17;
    stack[min(((_e171 + 4293918760u) >> 2u), 7u)] = _e173;
    let _e183 = local;
    stack[min(((_e183 + 4293918764u) >> 2u), 7u)] = 256u;
    let _e194 = local_17;
    let _e196 = (_e194 > 255u);
    if _e196 {
        let _e209 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e209.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 29u);
            atomicStore((&status[8]), 10u);
            atomicStore((&status[9]), 11u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1953656691u);
            atomicStore((&status[12]), 7565870u);
        }
    }
    let _e246 = local_8;
    let _e248 = local_17;
    local_3 = (_e246 + (_e248 << 2u));
    let _e255 = local_3;
    let _e257 = local_1;
    let _e261 = ((_e255 + 4294963200u) >> 2u);
    tile[_e261] = _e257;
    workgroupBarrier();
    local_10 = 0u;
    local_1 = 0u;
    let _e271 = local_17;
    let _e273 = (_e271 == 0u);
    if !(_e273) {
        let _e279 = local_3;
        let _e290 = tile[min((((_e279 + 4294967292u) + 4294963200u) >> 2u), 255u)];
        local_1 = _e290;
    }
    workgroupBarrier();
    let _e293 = local_3;
    let _e295 = local_3;
    let _e299 = ((_e295 + 4294963200u) >> 2u);
    let _e304 = tile[_e299];
    let _e306 = local_1;
    let _e311 = ((_e293 + 4294963200u) >> 2u);
    tile[_e311] = (_e304 + _e306);
    workgroupBarrier();
    let _e317 = local_17;
    let _e319 = (_e317 < 2u);
    if !(_e319) {
        let _e325 = local_3;
        let _e336 = tile[min((((_e325 + 4294967288u) + 4294963200u) >> 2u), 255u)];
        local_10 = _e336;
    }
    workgroupBarrier();
    let _e339 = local_3;
    let _e341 = local_3;
    let _e345 = ((_e341 + 4294963200u) >> 2u);
    let _e350 = tile[_e345];
    let _e352 = local_10;
    let _e357 = ((_e339 + 4294963200u) >> 2u);
    tile[_e357] = (_e350 + _e352);
    workgroupBarrier();
    local_1 = 0u;
    local_10 = 0u;
    let _e367 = local_17;
    let _e369 = (_e367 < 4u);
    if !(_e369) {
        let _e375 = local_3;
        let _e386 = tile[min((((_e375 + 4294967280u) + 4294963200u) >> 2u), 255u)];
        local_10 = _e386;
    }
    workgroupBarrier();
    let _e389 = local_3;
    let _e391 = local_3;
    let _e395 = ((_e391 + 4294963200u) >> 2u);
    let _e400 = tile[_e395];
    let _e402 = local_10;
    let _e407 = ((_e389 + 4294963200u) >> 2u);
    tile[_e407] = (_e400 + _e402);
    workgroupBarrier();
    let _e413 = local_17;
    let _e415 = (_e413 < 8u);
    if !(_e415) {
        let _e421 = local_3;
        let _e432 = tile[min((((_e421 + 4294967264u) + 4294963200u) >> 2u), 255u)];
        local_1 = _e432;
    }
    workgroupBarrier();
    let _e435 = local_3;
    let _e437 = local_3;
    let _e441 = ((_e437 + 4294963200u) >> 2u);
    let _e446 = tile[_e441];
    let _e448 = local_1;
    let _e453 = ((_e435 + 4294963200u) >> 2u);
    tile[_e453] = (_e446 + _e448);
    workgroupBarrier();
    local_1 = 0u;
    local_10 = 0u;
    let _e463 = local_17;
    let _e465 = (_e463 < 16u);
    if !(_e465) {
        let _e471 = local_3;
        let _e482 = tile[min((((_e471 + 4294967232u) + 4294963200u) >> 2u), 255u)];
        local_10 = _e482;
    }
    workgroupBarrier();
    let _e485 = local_3;
    let _e487 = local_3;
    let _e491 = ((_e487 + 4294963200u) >> 2u);
    let _e496 = tile[_e491];
    let _e498 = local_10;
    let _e503 = ((_e485 + 4294963200u) >> 2u);
    tile[_e503] = (_e496 + _e498);
    workgroupBarrier();
    let _e509 = local_17;
    let _e511 = (_e509 < 32u);
    if !(_e511) {
        let _e517 = local_3;
        let _e528 = tile[min((((_e517 + 4294967168u) + 4294963200u) >> 2u), 255u)];
        local_1 = _e528;
    }
    workgroupBarrier();
    let _e531 = local_3;
    let _e533 = local_3;
    let _e537 = ((_e533 + 4294963200u) >> 2u);
    let _e542 = tile[_e537];
    let _e544 = local_1;
    let _e549 = ((_e531 + 4294963200u) >> 2u);
    tile[_e549] = (_e542 + _e544);
    workgroupBarrier();
    local_1 = 0u;
    local_10 = 0u;
    let _e559 = local_17;
    let _e561 = (_e559 < 64u);
    if !(_e561) {
        let _e567 = local_3;
        let _e578 = tile[min((((_e567 + 4294967040u) + 4294963200u) >> 2u), 255u)];
        local_10 = _e578;
    }
    workgroupBarrier();
    let _e581 = local_3;
    let _e583 = local_3;
    let _e587 = ((_e583 + 4294963200u) >> 2u);
    let _e592 = tile[_e587];
    let _e594 = local_10;
    let _e599 = ((_e581 + 4294963200u) >> 2u);
    tile[_e599] = (_e592 + _e594);
    workgroupBarrier();
    let _e605 = local_17;
    let _e607 = (_e605 < 128u);
    if !(_e607) {
        let _e613 = local_3;
        let _e624 = tile[min((((_e613 + 4294966784u) + 4294963200u) >> 2u), 255u)];
        local_1 = _e624;
    }
    workgroupBarrier();
    let _e627 = local_3;
    let _e629 = local_3;
    let _e633 = ((_e629 + 4294963200u) >> 2u);
    let _e638 = tile[_e633];
    let _e640 = local_1;
    let _e645 = ((_e627 + 4294963200u) >> 2u);
    tile[_e645] = (_e638 + _e640);
    workgroupBarrier();
    let _e651 = local_9;
    let _e653 = local_5;
    let _e654 = (_e651 >= _e653);
    if !(_e654) {
        let _e660 = local_4;
        let _e662 = local_9;
        let _e668 = local_3;
        let _e672 = ((_e668 + 4294963200u) >> 2u);
        let _e677 = tile[_e672];
        output[min((((_e660 + (_e662 << 2u)) + 4294963200u) >> 2u), (arrayLength((&output)) - 1u))] = _e677;
    }
    let _e689 = local_17;
    let _e691 = (_e689 != 255u);
    if !(_e691) {
        local_17 = workgroup_id.x;
        local_9 = workgroup_id.y;
        local_1 = workgroup_id.z;
        local_10 = num_workgroups.x;
        local_11 = num_workgroups.y;
        let _e714 = local_17;
        let _e716 = local_10;
        let _e718 = local_9;
        let _e720 = local_11;
        let _e722 = local_1;
        local_17 = (_e714 + (_e716 * (_e718 + (_e720 * _e722))));
        let _e729 = local_17;
        let _e731 = local_7;
        let _e732 = (_e729 >= _e731);
        if !(_e732) {
            let _e738 = local_6;
            let _e740 = local_17;
            let _e746 = local_3;
            let _e750 = ((_e746 + 4294963200u) >> 2u);
            let _e755 = tile[_e750];
            sums[min((((_e738 + (_e740 << 2u)) + 4294963200u) >> 2u), (arrayLength((&sums)) - 1u))] = _e755;
        }
    }
    let _e767 = local;
    stack_pointer = (_e767 + 32u);
    return;
}
