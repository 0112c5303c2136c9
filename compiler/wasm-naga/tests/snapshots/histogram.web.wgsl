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
    stack[min(((_e104 + 4293918760u) >> 2u), 7u)] = _e106;
    let _e116 = local;
    stack[min(((_e116 + 4293918764u) >> 2u), 7u)] = 256u;
    let _e127 = local_14;
    let _e129 = (_e127 > 255u);
    if _e129 {
        let _e142 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e142.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 172u);
            atomicStore((&status[8]), 16u);
            atomicStore((&status[9]), 10u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 778201452u);
            atomicStore((&status[12]), 29554u);
        }
    }
    let _e179 = local_5;
    let _e181 = local_14;
    local_15 = (_e179 + (_e181 << 2u));
    let _e188 = local_15;
    let _e193 = ((_e188 + 4294963200u) >> 2u);
    atomicStore((&local_bins[_e193]), 0u);
    workgroupBarrier();
    let _e199 = local_7;
    let _e201 = local_6;
    let _e204 = local_8;
    let _e207 = local_12;
    let _e209 = local_10;
    let _e211 = local_9;
    let _e214 = local_11;
    let _e218 = local_13;
    local_6 = (((_e199 * _e201) + _e204) + ((_e207 * ((_e209 * _e211) + _e214)) * _e218));
    let _e223 = local_6;
    let _e225 = local_2;
    let _e226 = (_e223 < _e225);
    if _e226 {
        pending = 3u;
    }
    let _e234 = pending;
    if (_e234 == 0u) {
        pending = 2u;
    }
    let _e240 = pending;
    if (_e240 == 3u) {
        pending = 0u;
    }
    let _e246 = pending;
    if (_e246 == 0u) {
        let _e250 = local_5;
        let _e252 = local_1;
        let _e254 = local_6;
        let _e260 = ((_e252 + (_e254 << 2u)) + 4294963203u);
        let _e269 = values[min((_e260 >> 2u), (arrayLength((&values)) - 1u))];
        let _e285 = (((_e250 + (((_e269 >> ((_e260 & 3u) << 3u)) & 255u) << 2u)) + 4294963200u) >> 2u);
        let _e290 = atomicAdd((&local_bins[_e285]), 1u);
    }
    let _e292 = pending;
    if (_e292 == 2u) {
        pending = 0u;
    }
    workgroupBarrier();
    let _e298 = local_15;
    let _e302 = ((_e298 + 4294963200u) >> 2u);
    let _e307 = atomicLoad((&local_bins[_e302]));
    local_5 = _e307;
    let _e310 = local_5;
    let _e312 = (_e310 == 0u);
    if !(_e312) {
        let _e318 = local_14;
        let _e320 = local_4;
        let _e321 = (_e318 >= _e320);
        if _e321 {
            let _e326 = local_14;
            let _e328 = local_4;
            let _e336 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e336.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 181u);
                atomicStore((&status[8]), 32u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
                atomicStore((&status[50]), _e326);
                atomicStore((&status[51]), _e328);
            }
        }
        let _e377 = local_3;
        let _e379 = local_14;
        let _e385 = local_5;
        let _e396 = atomicAdd((&bins[min((((_e377 + (_e379 << 2u)) + 4294963200u) >> 2u), (arrayLength((&bins)) - 1u))]), _e385);
    }
    let _e398 = local;
    stack_pointer = (_e398 + 32u);
    return;
}
