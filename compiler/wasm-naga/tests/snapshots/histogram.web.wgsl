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
            atomicStore((&status[7]), 25u);
            atomicStore((&status[8]), 16u);
            atomicStore((&status[9]), 13u);
            atomicStore((&status[10]), 795046515u);
            atomicStore((&status[11]), 1969513842u);
            atomicStore((&status[12]), 1915643235u);
            atomicStore((&status[13]), 115u);
        }
    }
    let _e182 = local_5;
    let _e184 = local_14;
    local_15 = (_e182 + (_e184 << 2u));
    let _e191 = local_15;
    let _e196 = ((_e191 + 4294963200u) >> 2u);
    atomicStore((&local_bins[_e196]), 0u);
    workgroupBarrier();
    let _e202 = local_7;
    let _e204 = local_6;
    let _e207 = local_8;
    let _e210 = local_12;
    let _e212 = local_10;
    let _e214 = local_9;
    let _e217 = local_11;
    let _e221 = local_13;
    local_6 = (((_e202 * _e204) + _e207) + ((_e210 * ((_e212 * _e214) + _e217)) * _e221));
    let _e226 = local_6;
    let _e228 = local_2;
    let _e229 = (_e226 < _e228);
    if _e229 {
        pending = 3u;
    }
    let _e237 = pending;
    if (_e237 == 0u) {
        pending = 2u;
    }
    let _e243 = pending;
    if (_e243 == 3u) {
        pending = 0u;
    }
    let _e249 = pending;
    if (_e249 == 0u) {
        let _e253 = local_5;
        let _e255 = local_1;
        let _e257 = local_6;
        let _e263 = ((_e255 + (_e257 << 2u)) + 4294963203u);
        let _e272 = values[min((_e263 >> 2u), (arrayLength((&values)) - 1u))];
        let _e288 = (((_e253 + (((_e272 >> ((_e263 & 3u) << 3u)) & 255u) << 2u)) + 4294963200u) >> 2u);
        let _e293 = atomicAdd((&local_bins[_e288]), 1u);
    }
    let _e295 = pending;
    if (_e295 == 2u) {
        pending = 0u;
    }
    workgroupBarrier();
    let _e301 = local_15;
    let _e305 = ((_e301 + 4294963200u) >> 2u);
    let _e310 = atomicLoad((&local_bins[_e305]));
    local_5 = _e310;
    let _e313 = local_5;
    let _e315 = (_e313 == 0u);
    if !(_e315) {
        let _e321 = local_14;
        let _e323 = local_4;
        let _e324 = (_e321 >= _e323);
        if _e324 {
            let _e329 = local_14;
            let _e331 = local_4;
            let _e339 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
            if _e339.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 34u);
                atomicStore((&status[8]), 32u);
                atomicStore((&status[9]), 13u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 1969513842u);
                atomicStore((&status[12]), 1915643235u);
                atomicStore((&status[13]), 115u);
                atomicStore((&status[50]), _e329);
                atomicStore((&status[51]), _e331);
            }
        }
        let _e383 = local_3;
        let _e385 = local_14;
        let _e391 = local_5;
        let _e402 = atomicAdd((&bins[min((((_e383 + (_e385 << 2u)) + 4294963200u) >> 2u), (arrayLength((&bins)) - 1u))]), _e391);
    }
    let _e404 = local;
    stack_pointer = (_e404 + 32u);
    return;
}
