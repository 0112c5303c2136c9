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
        let _e152 = input[(((_e139 + (_e141 << 2u)) + 4294963200u) >> 2u)];
        local_15 = _e152;
    }
    let _e155 = local;
    let _e157 = local_14;
    stack[((_e155 + 4293918760u) >> 2u)] = _e157;
    let _e165 = local;
    stack[((_e165 + 4293918764u) >> 2u)] = 256u;
    let _e174 = local_14;
    let _e176 = (_e174 > 255u);
    if !(_e176) {
        let _e182 = local_5;
        let _e184 = local_14;
        local_2 = (_e182 + (_e184 << 2u));
        let _e191 = local_2;
        let _e193 = local_15;
        tile[((_e191 + 4294963200u) >> 2u)] = _e193;
        workgroupBarrier();
        let _e201 = local_14;
        let _e203 = (_e201 < 128u);
        if !(_e203) {
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            workgroupBarrier();
            pending = 4u;
        }
        let _e212 = pending;
        if (_e212 == 0u) {
            let _e216 = local_2;
            let _e218 = local_2;
            let _e225 = tile[((_e218 + 4294963200u) >> 2u)];
            let _e227 = local_2;
            let _e234 = tile[((_e227 + 4294963712u) >> 2u)];
            tile[((_e216 + 4294963200u) >> 2u)] = (_e225 + _e234);
            workgroupBarrier();
            let _e243 = local_14;
            let _e245 = (_e243 < 64u);
            if !(_e245) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e253 = pending;
        if (_e253 == 0u) {
            let _e257 = local_2;
            let _e259 = local_2;
            let _e266 = tile[((_e259 + 4294963200u) >> 2u)];
            let _e268 = local_2;
            let _e275 = tile[((_e268 + 4294963456u) >> 2u)];
            tile[((_e257 + 4294963200u) >> 2u)] = (_e266 + _e275);
            workgroupBarrier();
            let _e284 = local_14;
            let _e286 = (_e284 < 32u);
            if !(_e286) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e294 = pending;
        if (_e294 == 0u) {
            let _e298 = local_2;
            let _e300 = local_2;
            let _e307 = tile[((_e300 + 4294963200u) >> 2u)];
            let _e309 = local_2;
            let _e316 = tile[((_e309 + 4294963328u) >> 2u)];
            tile[((_e298 + 4294963200u) >> 2u)] = (_e307 + _e316);
            workgroupBarrier();
            let _e325 = local_14;
            let _e327 = (_e325 < 16u);
            if !(_e327) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e335 = pending;
        if (_e335 == 0u) {
            let _e339 = local_2;
            let _e341 = local_2;
            let _e348 = tile[((_e341 + 4294963200u) >> 2u)];
            let _e350 = local_2;
            let _e357 = tile[((_e350 + 4294963264u) >> 2u)];
            tile[((_e339 + 4294963200u) >> 2u)] = (_e348 + _e357);
            workgroupBarrier();
            let _e366 = local_14;
            let _e368 = (_e366 < 8u);
            if !(_e368) {
                workgroupBarrier();
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e376 = pending;
        if (_e376 == 0u) {
            let _e380 = local_2;
            let _e382 = local_2;
            let _e389 = tile[((_e382 + 4294963200u) >> 2u)];
            let _e391 = local_2;
            let _e398 = tile[((_e391 + 4294963232u) >> 2u)];
            tile[((_e380 + 4294963200u) >> 2u)] = (_e389 + _e398);
            workgroupBarrier();
            let _e407 = local_14;
            let _e409 = (_e407 < 4u);
            if !(_e409) {
                workgroupBarrier();
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e417 = pending;
        if (_e417 == 0u) {
            let _e421 = local_2;
            let _e423 = local_2;
            let _e430 = tile[((_e423 + 4294963200u) >> 2u)];
            let _e432 = local_2;
            let _e439 = tile[((_e432 + 4294963216u) >> 2u)];
            tile[((_e421 + 4294963200u) >> 2u)] = (_e430 + _e439);
            workgroupBarrier();
            let _e448 = local_14;
            let _e450 = (_e448 < 2u);
            if !(_e450) {
                workgroupBarrier();
                pending = 4u;
            }
        }
        let _e458 = pending;
        if (_e458 == 0u) {
            let _e462 = local_2;
            let _e464 = local_2;
            let _e471 = tile[((_e464 + 4294963200u) >> 2u)];
            let _e473 = local_2;
            let _e480 = tile[((_e473 + 4294963208u) >> 2u)];
            tile[((_e462 + 4294963200u) >> 2u)] = (_e471 + _e480);
            workgroupBarrier();
            let _e489 = local_14;
            if !((_e489 != 0u)) {
                let _e494 = local_2;
                let _e496 = local_2;
                let _e503 = tile[((_e496 + 4294963200u) >> 2u)];
                let _e505 = local_5;
                let _e512 = tile[((_e505 + 4294963204u) >> 2u)];
                tile[((_e494 + 4294963200u) >> 2u)] = (_e503 + _e512);
            }
        }
        let _e521 = pending;
        if (_e521 == 4u) {
            pending = 0u;
        }
        workgroupBarrier();
        local_2 = workgroup_id.x;
        local_6 = workgroup_id.y;
        local_7 = workgroup_id.z;
        local_8 = num_workgroups.x;
        local_9 = num_workgroups.y;
        let _e544 = local_14;
        if !((_e544 != 0u)) {
            let _e549 = local_9;
            let _e551 = local_7;
            let _e554 = local_6;
            let _e557 = local_8;
            let _e560 = local_2;
            local_14 = ((((_e549 * _e551) + _e554) * _e557) + _e560);
            let _e564 = local_14;
            let _e566 = local_4;
            let _e567 = (_e564 >= _e566);
            if !(_e567) {
                let _e573 = local_3;
                let _e575 = local_14;
                let _e581 = local_5;
                let _e588 = tile[((_e581 + 4294963200u) >> 2u)];
                partial[(((_e573 + (_e575 << 2u)) + 4294963200u) >> 2u)] = _e588;
            }
        }
        let _e596 = local;
        stack_pointer = (_e596 + 32u);
        return;
    }
    let _e601 = local;
    let _e604 = vec2<u32>(1u, 0u);
    let _e607 = vec2<u32>(32u, 0u);
    let _e613 = (_e607.x & 31u);
    let _e617 = ((_e607.x & 32u) != 0u);
    let _e618 = (_e604.x << _e613);
    local_16 = vec2<u32>(select(_e618, 0u, _e617), select(((_e604.y << _e613) | ((_e604.x >> 1u) >> (31u - _e613))), _e618, _e617));
    let _e632 = local_16;
    let _e634 = local;
    let _e639 = (_e632 | vec2<u32>((_e634 + 8u), 0u));
    let _e643 = ((_e601 + 4293918776u) >> 2u);
    stack[_e643] = _e639.x;
    stack[(_e643 + 1u)] = _e639.y;
    let _e653 = local;
    let _e655 = local_16;
    let _e657 = local;
    let _e662 = (_e655 | vec2<u32>((_e657 + 12u), 0u));
    let _e666 = ((_e653 + 4293918768u) >> 2u);
    stack[_e666] = _e662.x;
    stack[(_e666 + 1u)] = _e662.y;
    let _e677 = local;
    let _e687 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
    if _e687.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 155u);
        atomicStore((&status[8]), 10u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
