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
    if !(_e129) {
        let _e135 = local_5;
        let _e137 = local_14;
        local_15 = (_e135 + (_e137 << 2u));
        let _e144 = local_15;
        let _e149 = ((_e144 + 4294963200u) >> 2u);
        atomicStore((&local_bins[_e149]), 0u);
        workgroupBarrier();
        let _e155 = local_7;
        let _e157 = local_6;
        let _e160 = local_8;
        let _e163 = local_12;
        let _e165 = local_10;
        let _e167 = local_9;
        let _e170 = local_11;
        let _e174 = local_13;
        local_6 = (((_e155 * _e157) + _e160) + ((_e163 * ((_e165 * _e167) + _e170)) * _e174));
        let _e179 = local_6;
        let _e181 = local_2;
        let _e182 = (_e179 < _e181);
        if _e182 {
            pending = 3u;
        }
        let _e190 = pending;
        if (_e190 == 0u) {
            pending = 2u;
        }
    }
    let _e196 = pending;
    if (_e196 == 0u) {
        let _e200 = local;
        let _e203 = vec2<u32>(1u, 0u);
        let _e206 = vec2<u32>(32u, 0u);
        let _e212 = (_e206.x & 31u);
        let _e216 = ((_e206.x & 32u) != 0u);
        let _e217 = (_e203.x << _e212);
        local_16 = vec2<u32>(select(_e217, 0u, _e216), select(((_e203.y << _e212) | ((_e203.x >> 1u) >> (31u - _e212))), _e217, _e216));
        let _e231 = local_16;
        let _e233 = local;
        let _e238 = (_e231 | vec2<u32>((_e233 + 8u), 0u));
        let _e242 = ((_e200 + 4293918776u) >> 2u);
        stack[min(_e242, 7u)] = _e238.x;
        stack[min((_e242 + 1u), 7u)] = _e238.y;
        let _e256 = local;
        let _e258 = local_16;
        let _e260 = local;
        let _e265 = (_e258 | vec2<u32>((_e260 + 12u), 0u));
        let _e269 = ((_e256 + 4293918768u) >> 2u);
        stack[min(_e269, 7u)] = _e265.x;
        stack[min((_e269 + 1u), 7u)] = _e265.y;
        let _e284 = local;
        let _e294 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e294.exchanged {
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
        return;
    }
    let _e334 = pending;
    if (_e334 == 3u) {
        pending = 0u;
    }
    let _e340 = pending;
    if (_e340 == 0u) {
        let _e344 = local_5;
        let _e346 = local_1;
        let _e348 = local_6;
        let _e354 = ((_e346 + (_e348 << 2u)) + 4294963203u);
        let _e363 = values[min((_e354 >> 2u), (arrayLength((&values)) - 1u))];
        let _e379 = (((_e344 + (((_e363 >> ((_e354 & 3u) << 3u)) & 255u) << 2u)) + 4294963200u) >> 2u);
        let _e384 = atomicAdd((&local_bins[_e379]), 1u);
    }
    let _e386 = pending;
    if (_e386 == 2u) {
        pending = 0u;
    }
    workgroupBarrier();
    let _e392 = local_15;
    let _e396 = ((_e392 + 4294963200u) >> 2u);
    let _e401 = atomicLoad((&local_bins[_e396]));
    local_5 = _e401;
    let _e404 = local_5;
    let _e406 = (_e404 == 0u);
    if !(_e406) {
        let _e412 = local_14;
        let _e414 = local_4;
        let _e415 = (_e412 >= _e414);
        if _e415 {
            pending = 5u;
        }
        let _e422 = pending;
        if (_e422 == 0u) {
            let _e426 = local_3;
            let _e428 = local_14;
            let _e434 = local_5;
            let _e445 = atomicAdd((&bins[min((((_e426 + (_e428 << 2u)) + 4294963200u) >> 2u), (arrayLength((&bins)) - 1u))]), _e434);
        }
    }
    let _e447 = pending;
    if (_e447 == 0u) {
        let _e451 = local;
        stack_pointer = (_e451 + 32u);
        return;
    }
    let _e456 = pending;
    if (_e456 == 5u) {
        pending = 0u;
    }
    let _e462 = local_14;
    let _e464 = local_4;
    let _e472 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e472.exchanged {
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
        atomicStore((&status[50]), _e462);
        atomicStore((&status[51]), _e464);
    }
    return;
}
