@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> input: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> partial: array<f32>;
var<workgroup> tile: array<f32, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn reduce_sum(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    var local_15: f32;
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
    local_15 = 0f;
    local_16 = vec2<u32>(0u, 0u);
    let _e40 = stack_pointer;
    local = (_e40 - 32u);
    let _e45 = local;
    stack_pointer = _e45;
    local_1 = 4096u;
    let _e53 = params[0];
    local_2 = _e53;
    local_3 = 4096u;
    let _e61 = params[2];
    local_4 = _e61;
    local_5 = 4096u;
    local_6 = workgroup_id.x;
    local_7 = 256u;
    local_8 = local_id.x;
    local_9 = workgroup_id.y;
    local_10 = 1u;
    local_11 = local_id.y;
    local_12 = num_workgroups.x;
    local_13 = 256u;
    local_14 = local_id.x;
    local_15 = 0f;
    let _e106 = local_8;
    let _e108 = local_7;
    let _e110 = local_6;
    let _e114 = local_13;
    let _e116 = local_12;
    let _e118 = local_11;
    let _e120 = local_10;
    let _e122 = local_9;
    local_6 = ((_e106 + (_e108 * _e110)) + (_e114 * (_e116 * (_e118 + (_e120 * _e122)))));
    let _e130 = local_6;
    let _e132 = local_2;
    let _e133 = (_e130 >= _e132);
    if !(_e133) {
        let _e139 = local_1;
        let _e141 = local_6;
        let _e156 = input[min((((_e139 + (_e141 << 2u)) + 4294963200u) >> 2u), (arrayLength((&input)) - 1u))];
        local_15 = _e156;
    }
    let _e159 = local;
    let _e161 = local_14;
    stack[min(((_e159 + 4293918760u) >> 2u), 7u)] = _e161;
    let _e171 = local;
    stack[min(((_e171 + 4293918764u) >> 2u), 7u)] = 256u;
    let _e182 = local_14;
    let _e184 = (_e182 > 255u);
    if !(_e184) {
        let _e190 = local_5;
        let _e192 = local_14;
        local_2 = (_e190 + (_e192 << 2u));
        let _e199 = local_2;
        let _e201 = local_15;
        let _e205 = ((_e199 + 4294963200u) >> 2u);
        tile[_e205] = _e201;
        workgroupBarrier();
        let _e211 = local_14;
        let _e213 = (_e211 < 128u);
        if !(_e213) {
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            pending = 4u;
        }
        let _e222 = pending;
        if (_e222 == 0u) {
            let _e226 = local_2;
            let _e228 = local_2;
            let _e232 = ((_e228 + 4294963200u) >> 2u);
            let _e237 = tile[_e232];
            let _e239 = local_2;
            let _e248 = tile[min(((_e239 + 4294963712u) >> 2u), 255u)];
            let _e253 = ((_e226 + 4294963200u) >> 2u);
            tile[_e253] = (_e237 + _e248);
            workgroupBarrier();
            let _e259 = local_14;
            let _e261 = (_e259 < 64u);
            if !(_e261) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e269 = pending;
        if (_e269 == 0u) {
            let _e273 = local_2;
            let _e275 = local_2;
            let _e279 = ((_e275 + 4294963200u) >> 2u);
            let _e284 = tile[_e279];
            let _e286 = local_2;
            let _e295 = tile[min(((_e286 + 4294963456u) >> 2u), 255u)];
            let _e300 = ((_e273 + 4294963200u) >> 2u);
            tile[_e300] = (_e284 + _e295);
            workgroupBarrier();
            let _e306 = local_14;
            let _e308 = (_e306 < 32u);
            if !(_e308) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e316 = pending;
        if (_e316 == 0u) {
            let _e320 = local_2;
            let _e322 = local_2;
            let _e326 = ((_e322 + 4294963200u) >> 2u);
            let _e331 = tile[_e326];
            let _e333 = local_2;
            let _e342 = tile[min(((_e333 + 4294963328u) >> 2u), 255u)];
            let _e347 = ((_e320 + 4294963200u) >> 2u);
            tile[_e347] = (_e331 + _e342);
            workgroupBarrier();
            let _e353 = local_14;
            let _e355 = (_e353 < 16u);
            if !(_e355) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e363 = pending;
        if (_e363 == 0u) {
            let _e367 = local_2;
            let _e369 = local_2;
            let _e373 = ((_e369 + 4294963200u) >> 2u);
            let _e378 = tile[_e373];
            let _e380 = local_2;
            let _e389 = tile[min(((_e380 + 4294963264u) >> 2u), 255u)];
            let _e394 = ((_e367 + 4294963200u) >> 2u);
            tile[_e394] = (_e378 + _e389);
            workgroupBarrier();
            let _e400 = local_14;
            let _e402 = (_e400 < 8u);
            if !(_e402) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e410 = pending;
        if (_e410 == 0u) {
            let _e414 = local_2;
            let _e416 = local_2;
            let _e420 = ((_e416 + 4294963200u) >> 2u);
            let _e425 = tile[_e420];
            let _e427 = local_2;
            let _e436 = tile[min(((_e427 + 4294963232u) >> 2u), 255u)];
            let _e441 = ((_e414 + 4294963200u) >> 2u);
            tile[_e441] = (_e425 + _e436);
            workgroupBarrier();
            let _e447 = local_14;
            let _e449 = (_e447 < 4u);
            if !(_e449) {
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e457 = pending;
        if (_e457 == 0u) {
            let _e461 = local_2;
            let _e463 = local_2;
            let _e467 = ((_e463 + 4294963200u) >> 2u);
            let _e472 = tile[_e467];
            let _e474 = local_2;
            let _e483 = tile[min(((_e474 + 4294963216u) >> 2u), 255u)];
            let _e488 = ((_e461 + 4294963200u) >> 2u);
            tile[_e488] = (_e472 + _e483);
            workgroupBarrier();
            let _e494 = local_14;
            let _e496 = (_e494 < 2u);
            if !(_e496) {
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e504 = pending;
        if (_e504 == 0u) {
            let _e508 = local_2;
            let _e510 = local_2;
            let _e514 = ((_e510 + 4294963200u) >> 2u);
            let _e519 = tile[_e514];
            let _e521 = local_2;
            let _e530 = tile[min(((_e521 + 4294963208u) >> 2u), 255u)];
            let _e535 = ((_e508 + 4294963200u) >> 2u);
            tile[_e535] = (_e519 + _e530);
            workgroupBarrier();
            let _e541 = local_14;
            if !((_e541 != 0u)) {
                let _e546 = local_2;
                let _e548 = local_2;
                let _e552 = ((_e548 + 4294963200u) >> 2u);
                let _e557 = tile[_e552];
                let _e559 = local_5;
                let _e563 = ((_e559 + 4294963204u) >> 2u);
                let _e568 = tile[_e563];
                let _e573 = ((_e546 + 4294963200u) >> 2u);
                tile[_e573] = (_e557 + _e568);
            }
        }
        let _e579 = pending;
        if (_e579 == 4u) {
            pending = 0u;
        }
        workgroupBarrier();
        local_2 = workgroup_id.x;
        local_6 = workgroup_id.y;
        local_7 = workgroup_id.z;
        local_8 = num_workgroups.x;
        local_9 = num_workgroups.y;
        let _e602 = local_14;
        if !((_e602 != 0u)) {
            let _e607 = local_9;
            let _e609 = local_7;
            let _e612 = local_6;
            let _e615 = local_8;
            let _e618 = local_2;
            local_14 = ((((_e607 * _e609) + _e612) * _e615) + _e618);
            let _e622 = local_14;
            let _e624 = local_4;
            let _e625 = (_e622 >= _e624);
            if !(_e625) {
                let _e631 = local_3;
                let _e633 = local_14;
                let _e639 = local_5;
                let _e643 = ((_e639 + 4294963200u) >> 2u);
                let _e648 = tile[_e643];
                partial[min((((_e631 + (_e633 << 2u)) + 4294963200u) >> 2u), (arrayLength((&partial)) - 1u))] = _e648;
            }
        }
        let _e660 = local;
        stack_pointer = (_e660 + 32u);
        return;
    }
    let _e665 = local;
    let _e668 = vec2<u32>(1u, 0u);
    let _e671 = vec2<u32>(32u, 0u);
    let _e677 = (_e671.x & 31u);
    let _e681 = ((_e671.x & 32u) != 0u);
    let _e682 = (_e668.x << _e677);
    local_16 = vec2<u32>(select(_e682, 0u, _e681), select(((_e668.y << _e677) | ((_e668.x >> 1u) >> (31u - _e677))), _e682, _e681));
    let _e696 = local_16;
    let _e698 = local;
    let _e703 = (_e696 | vec2<u32>((_e698 + 8u), 0u));
    let _e707 = ((_e665 + 4293918776u) >> 2u);
    stack[min(_e707, 7u)] = _e703.x;
    stack[min((_e707 + 1u), 7u)] = _e703.y;
    let _e721 = local;
    let _e723 = local_16;
    let _e725 = local;
    let _e730 = (_e723 | vec2<u32>((_e725 + 12u), 0u));
    let _e734 = ((_e721 + 4293918768u) >> 2u);
    stack[min(_e734, 7u)] = _e730.x;
    stack[min((_e734 + 1u), 7u)] = _e730.y;
    let _e749 = local;
    let _e759 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e759.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 10u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 13u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 1969513842u);
        atomicStore((&status[12]), 1915643235u);
        atomicStore((&status[13]), 115u);
    }
    return;
}
