@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> values: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> bins: array<atomic<u32>>;
var<workgroup> local_bins: array<atomic<u32>, 256>;
var<private> stack_pointer: u32 = 1048576u;
var<private> stack: array<u32, 8>;

@compute @workgroup_size(256, 1, 1) 
fn histogram(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    let _e104 = local;
    let _e106 = local_14;
    stack[((_e104 + 4293918760u) >> 2u)] = _e106;
    let _e114 = local;
    stack[((_e114 + 4293918764u) >> 2u)] = 256u;
    let _e123 = local_14;
    let _e125 = (_e123 > 255u);
    if !(_e125) {
        let _e131 = local_5;
        let _e133 = local_14;
        local_15 = (_e131 + (_e133 << 2u));
        let _e140 = local_15;
        atomicStore((&local_bins[((_e140 + 4294963200u) >> 2u)]), 0u);
        workgroupBarrier();
        let _e149 = local_7;
        let _e151 = local_6;
        let _e154 = local_8;
        let _e157 = local_12;
        let _e159 = local_10;
        let _e161 = local_9;
        let _e164 = local_11;
        let _e168 = local_13;
        local_6 = (((_e149 * _e151) + _e154) + ((_e157 * ((_e159 * _e161) + _e164)) * _e168));
        let _e173 = local_6;
        let _e175 = local_2;
        let _e176 = (_e173 < _e175);
        if _e176 {
            pending = 3u;
        }
        let _e184 = pending;
        if (_e184 == 0u) {
            pending = 2u;
        }
    }
    let _e190 = pending;
    if (_e190 == 0u) {
        let _e194 = local;
        let _e197 = vec2<u32>(1u, 0u);
        let _e200 = vec2<u32>(32u, 0u);
        let _e206 = (_e200.x & 31u);
        let _e210 = ((_e200.x & 32u) != 0u);
        let _e211 = (_e197.x << _e206);
        local_16 = vec2<u32>(select(_e211, 0u, _e210), select(((_e197.y << _e206) | ((_e197.x >> 1u) >> (31u - _e206))), _e211, _e210));
        let _e225 = local_16;
        let _e227 = local;
        let _e232 = (_e225 | vec2<u32>((_e227 + 8u), 0u));
        let _e236 = ((_e194 + 4293918776u) >> 2u);
        stack[_e236] = _e232.x;
        stack[(_e236 + 1u)] = _e232.y;
        let _e246 = local;
        let _e248 = local_16;
        let _e250 = local;
        let _e255 = (_e248 | vec2<u32>((_e250 + 12u), 0u));
        let _e259 = ((_e246 + 4293918768u) >> 2u);
        stack[_e259] = _e255.x;
        stack[(_e259 + 1u)] = _e255.y;
        let _e270 = local;
        let _e280 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e280.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 170u);
            atomicStore((&status[8]), 16u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
        return;
    }
    let _e317 = pending;
    if (_e317 == 3u) {
        pending = 0u;
    }
    let _e323 = pending;
    if (_e323 == 0u) {
        let _e327 = local_5;
        let _e329 = local_1;
        let _e331 = local_6;
        let _e337 = ((_e329 + (_e331 << 2u)) + 4294963203u);
        let _e342 = values[(_e337 >> 2u)];
        let _e361 = atomicAdd((&local_bins[(((_e327 + (((_e342 >> ((_e337 & 3u) << 3u)) & 255u) << 2u)) + 4294963200u) >> 2u)]), 1u);
    }
    let _e363 = pending;
    if (_e363 == 2u) {
        pending = 0u;
    }
    workgroupBarrier();
    let _e369 = local_15;
    let _e376 = atomicLoad((&local_bins[((_e369 + 4294963200u) >> 2u)]));
    local_5 = _e376;
    let _e379 = local_5;
    let _e381 = (_e379 == 0u);
    if !(_e381) {
        let _e387 = local_14;
        let _e389 = local_4;
        let _e390 = (_e387 >= _e389);
        if _e390 {
            pending = 5u;
        }
        let _e397 = pending;
        if (_e397 == 0u) {
            let _e401 = local_3;
            let _e403 = local_14;
            let _e409 = local_5;
            let _e416 = atomicAdd((&bins[(((_e401 + (_e403 << 2u)) + 4294963200u) >> 2u)]), _e409);
        }
    }
    let _e418 = pending;
    if (_e418 == 0u) {
        let _e422 = local;
        stack_pointer = (_e422 + 32u);
        return;
    }
    let _e427 = pending;
    if (_e427 == 5u) {
        pending = 0u;
    }
    let _e443 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e443.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 179u);
        atomicStore((&status[8]), 32u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
