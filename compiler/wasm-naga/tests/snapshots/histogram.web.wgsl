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
    if _e125 {
        let _e138 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e138.exchanged {
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
    }
    let _e175 = local_5;
    let _e177 = local_14;
    local_15 = (_e175 + (_e177 << 2u));
    let _e184 = local_15;
    atomicStore((&local_bins[((_e184 + 4294963200u) >> 2u)]), 0u);
    workgroupBarrier();
    let _e193 = local_7;
    let _e195 = local_6;
    let _e198 = local_8;
    let _e201 = local_12;
    let _e203 = local_10;
    let _e205 = local_9;
    let _e208 = local_11;
    let _e212 = local_13;
    local_6 = (((_e193 * _e195) + _e198) + ((_e201 * ((_e203 * _e205) + _e208)) * _e212));
    let _e217 = local_6;
    let _e219 = local_2;
    let _e220 = (_e217 < _e219);
    if _e220 {
        pending = 3u;
    }
    let _e228 = pending;
    if (_e228 == 0u) {
        pending = 2u;
    }
    let _e234 = pending;
    if (_e234 == 3u) {
        pending = 0u;
    }
    let _e240 = pending;
    if (_e240 == 0u) {
        let _e244 = local_5;
        let _e246 = local_1;
        let _e248 = local_6;
        let _e254 = ((_e246 + (_e248 << 2u)) + 4294963203u);
        let _e259 = values[(_e254 >> 2u)];
        let _e278 = atomicAdd((&local_bins[(((_e244 + (((_e259 >> ((_e254 & 3u) << 3u)) & 255u) << 2u)) + 4294963200u) >> 2u)]), 1u);
    }
    let _e280 = pending;
    if (_e280 == 2u) {
        pending = 0u;
    }
    workgroupBarrier();
    let _e286 = local_15;
    let _e293 = atomicLoad((&local_bins[((_e286 + 4294963200u) >> 2u)]));
    local_5 = _e293;
    let _e296 = local_5;
    let _e298 = (_e296 == 0u);
    if !(_e298) {
        let _e304 = local_14;
        let _e306 = local_4;
        let _e307 = (_e304 >= _e306);
        if _e307 {
            let _e322 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e322.exchanged {
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
        }
        let _e359 = local_3;
        let _e361 = local_14;
        let _e367 = local_5;
        let _e374 = atomicAdd((&bins[(((_e359 + (_e361 << 2u)) + 4294963200u) >> 2u)]), _e367);
    }
    let _e376 = local;
    stack_pointer = (_e376 + 32u);
    return;
}
