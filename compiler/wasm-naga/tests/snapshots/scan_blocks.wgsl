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
    local = 0u;
    local_1 = 4096u;
    let _e45 = params[0];
    local_2 = _e45;
    local_3 = 4096u;
    let _e53 = params[2];
    local_4 = _e53;
    local_5 = 4096u;
    let _e61 = params[4];
    local_6 = _e61;
    local_7 = 4096u;
    local_8 = workgroup_id.x;
    local_9 = 256u;
    local_10 = local_id.x;
    local_11 = workgroup_id.y;
    local_12 = 1u;
    local_13 = local_id.y;
    local_14 = num_workgroups.x;
    local_15 = 256u;
    local_16 = local_id.x;
    loop {
        let _e104 = local_10;
        let _e106 = local_9;
        let _e108 = local_8;
        let _e112 = local_15;
        let _e114 = local_14;
        let _e116 = local_13;
        let _e118 = local_12;
        let _e120 = local_11;
        local_8 = ((_e104 + (_e106 * _e108)) + (_e112 * (_e114 * (_e116 + (_e118 * _e120)))));
        let _e128 = local_8;
        let _e130 = local_2;
        if (select(0u, 1u, (_e128 >= _e130)) != 0u) {
            break;
        }
        let _e138 = local_1;
        let _e140 = local_8;
        let _e152 = input[(((_e138 + (_e140 << (2u & 31u))) + 4294963200u) >> 2u)];
        local = _e152;
        break;
    }
    loop {
        let _e155 = local_16;
        if (select(0u, 1u, (_e155 > 255u)) != 0u) {
            break;
        }
        let _e164 = local_7;
        let _e166 = local_16;
        local_2 = (_e164 + (_e166 << (2u & 31u)));
        storageBarrier();
        workgroupBarrier();
        local_10 = 0u;
        local_9 = 0u;
        loop {
            let _e178 = local_16;
            if (select(0u, 1u, (_e178 == 0u)) != 0u) {
                break;
            }
            let _e187 = local_2;
            let _e196 = tile[(((_e187 + 4294967292u) + 4294963200u) >> 2u)];
            local_9 = _e196;
            break;
        }
        let _e199 = local_9;
        let _e201 = local;
        local_9 = (_e199 + _e201);
        storageBarrier();
        workgroupBarrier();
        storageBarrier();
        workgroupBarrier();
        loop {
            let _e205 = local_16;
            if (select(0u, 1u, (_e205 < 2u)) != 0u) {
                break;
            }
            let _e214 = local_2;
            let _e223 = tile[(((_e214 + 4294967288u) + 4294963200u) >> 2u)];
            local_10 = _e223;
            break;
        }
        let _e226 = local_9;
        let _e228 = local_10;
        local_10 = (_e226 + _e228);
        storageBarrier();
        workgroupBarrier();
        storageBarrier();
        workgroupBarrier();
        local_9 = 0u;
        local = 0u;
        loop {
            let _e236 = local_16;
            if (select(0u, 1u, (_e236 < 4u)) != 0u) {
                break;
            }
            let _e245 = local_2;
            let _e254 = tile[(((_e245 + 4294967280u) + 4294963200u) >> 2u)];
            local = _e254;
            break;
        }
        let _e257 = local_10;
        let _e259 = local;
        local = (_e257 + _e259);
        storageBarrier();
        workgroupBarrier();
        storageBarrier();
        workgroupBarrier();
        loop {
            let _e263 = local_16;
            if (select(0u, 1u, (_e263 < 8u)) != 0u) {
                break;
            }
            let _e272 = local_2;
            let _e281 = tile[(((_e272 + 4294967264u) + 4294963200u) >> 2u)];
            local_9 = _e281;
            break;
        }
        let _e284 = local;
        let _e286 = local_9;
        local_10 = (_e284 + _e286);
        storageBarrier();
        workgroupBarrier();
        storageBarrier();
        workgroupBarrier();
        local_9 = 0u;
        local = 0u;
        loop {
            let _e294 = local_16;
            if (select(0u, 1u, (_e294 < 16u)) != 0u) {
                break;
            }
            let _e303 = local_2;
            let _e312 = tile[(((_e303 + 4294967232u) + 4294963200u) >> 2u)];
            local = _e312;
            break;
        }
        let _e315 = local_10;
        let _e317 = local;
        local = (_e315 + _e317);
        storageBarrier();
        workgroupBarrier();
        storageBarrier();
        workgroupBarrier();
        loop {
            let _e321 = local_16;
            if (select(0u, 1u, (_e321 < 32u)) != 0u) {
                break;
            }
            let _e330 = local_2;
            let _e339 = tile[(((_e330 + 4294967168u) + 4294963200u) >> 2u)];
            local_9 = _e339;
            break;
        }
        let _e342 = local;
        let _e344 = local_9;
        local_10 = (_e342 + _e344);
        storageBarrier();
        workgroupBarrier();
        storageBarrier();
        workgroupBarrier();
        local_9 = 0u;
        local = 0u;
        loop {
            let _e352 = local_16;
            if (select(0u, 1u, (_e352 < 64u)) != 0u) {
                break;
            }
            let _e361 = local_2;
            let _e370 = tile[(((_e361 + 4294967040u) + 4294963200u) >> 2u)];
            local = _e370;
            break;
        }
        let _e373 = local_10;
        let _e375 = local;
        local = (_e373 + _e375);
        storageBarrier();
        workgroupBarrier();
        storageBarrier();
        workgroupBarrier();
        loop {
            let _e379 = local_16;
            if (select(0u, 1u, (_e379 < 128u)) != 0u) {
                break;
            }
            let _e388 = local_2;
            let _e397 = tile[(((_e388 + 4294966784u) + 4294963200u) >> 2u)];
            local_9 = _e397;
            break;
        }
        storageBarrier();
        workgroupBarrier();
        let _e400 = local_2;
        let _e402 = local;
        let _e404 = local_9;
        local_9 = (_e402 + _e404);
        let _e408 = local_9;
        tile[((_e400 + 4294963200u) >> 2u)] = _e408;
        storageBarrier();
        workgroupBarrier();
        loop {
            let _e416 = local_8;
            let _e418 = local_4;
            if (select(0u, 1u, (_e416 >= _e418)) != 0u) {
                break;
            }
            let _e426 = local_3;
            let _e428 = local_8;
            let _e435 = local_9;
            output[(((_e426 + (_e428 << (2u & 31u))) + 4294963200u) >> 2u)] = _e435;
            break;
        }
        loop {
            let _e443 = local_16;
            if (select(0u, 1u, (_e443 != 255u)) != 0u) {
                break;
            }
            local_16 = workgroup_id.x;
            local_2 = workgroup_id.y;
            local_8 = num_workgroups.x;
            let _e473 = local_16;
            let _e475 = local_8;
            let _e477 = local_2;
            local_16 = (_e473 + (_e475 * _e477));
            let _e482 = local_16;
            let _e484 = local_6;
            if (select(0u, 1u, (_e482 >= _e484)) != 0u) {
                break;
            }
            let _e492 = local_5;
            let _e494 = local_16;
            let _e501 = local_9;
            sums[(((_e492 + (_e494 << (2u & 31u))) + 4294963200u) >> 2u)] = _e501;
            break;
        }
        return;
        break;
    }
    let _e518 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e518.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 290u);
        atomicStore((&status[8]), 5u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
