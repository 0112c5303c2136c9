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
    loop {
        loop {
            loop {
                let _e123 = local_14;
                let _e125 = (_e123 > 255u);
                if _e125 {
                    break;
                }
                let _e130 = local_5;
                let _e132 = local_14;
                local_15 = (_e130 + (_e132 << 2u));
                let _e139 = local_15;
                atomicStore((&local_bins[((_e139 + 4294963200u) >> 2u)]), 0u);
                workgroupBarrier();
                let _e148 = local_7;
                let _e150 = local_6;
                let _e153 = local_8;
                let _e156 = local_12;
                let _e158 = local_10;
                let _e160 = local_9;
                let _e163 = local_11;
                let _e167 = local_13;
                local_6 = (((_e148 * _e150) + _e153) + ((_e156 * ((_e158 * _e160) + _e163)) * _e167));
                let _e172 = local_6;
                let _e174 = local_2;
                let _e175 = (_e172 < _e174);
                if _e175 {
                    pending = 3u;
                    break;
                }
                pending = 2u;
                break;
                break;
            }
            let _e185 = pending;
            if (_e185 == 3u) {
                pending = 0u;
                break;
            } else {
                if (_e185 != 0u) {
                    break;
                }
            }
            let _e193 = local;
            let _e196 = vec2<u32>(1u, 0u);
            let _e199 = vec2<u32>(32u, 0u);
            let _e205 = (_e199.x & 31u);
            let _e209 = ((_e199.x & 32u) != 0u);
            let _e210 = (_e196.x << _e205);
            local_16 = vec2<u32>(select(_e210, 0u, _e209), select(((_e196.y << _e205) | ((_e196.x >> 1u) >> (31u - _e205))), _e210, _e209));
            let _e224 = local_16;
            let _e226 = local;
            let _e231 = (_e224 | vec2<u32>((_e226 + 8u), 0u));
            let _e235 = ((_e193 + 4293918776u) >> 2u);
            stack[_e235] = _e231.x;
            stack[(_e235 + 1u)] = _e231.y;
            let _e245 = local;
            let _e247 = local_16;
            let _e249 = local;
            let _e254 = (_e247 | vec2<u32>((_e249 + 12u), 0u));
            let _e258 = ((_e245 + 4293918768u) >> 2u);
            stack[_e258] = _e254.x;
            stack[(_e258 + 1u)] = _e254.y;
            let _e269 = local;
            let _e279 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
            if _e279.exchanged {
                atomicStore((&status[1]), local_id.x);
                atomicStore((&status[2]), local_id.y);
                atomicStore((&status[3]), local_id.z);
                atomicStore((&status[4]), workgroup_id.x);
                atomicStore((&status[5]), workgroup_id.y);
                atomicStore((&status[6]), workgroup_id.z);
                atomicStore((&status[7]), 124u);
                atomicStore((&status[8]), 16u);
                atomicStore((&status[9]), 10u);
                atomicStore((&status[10]), 795046515u);
                atomicStore((&status[11]), 778201452u);
                atomicStore((&status[12]), 29554u);
            }
            return;
            break;
        }
        let _e316 = pending;
        if (_e316 == 2u) {
            pending = 0u;
            break;
        }
        let _e324 = local_5;
        let _e326 = local_1;
        let _e328 = local_6;
        let _e334 = ((_e326 + (_e328 << 2u)) + 4294963203u);
        let _e339 = values[(_e334 >> 2u)];
        let _e358 = atomicAdd((&local_bins[(((_e324 + (((_e339 >> ((_e334 & 3u) << 3u)) & 255u) << 2u)) + 4294963200u) >> 2u)]), 1u);
        break;
    }
    workgroupBarrier();
    loop {
        loop {
            let _e360 = local_15;
            let _e367 = atomicLoad((&local_bins[((_e360 + 4294963200u) >> 2u)]));
            local_5 = _e367;
            let _e370 = local_5;
            let _e372 = (_e370 == 0u);
            if _e372 {
                break;
            }
            let _e377 = local_14;
            let _e379 = local_4;
            let _e380 = (_e377 >= _e379);
            if _e380 {
                pending = 5u;
                break;
            }
            let _e387 = local_3;
            let _e389 = local_14;
            let _e395 = local_5;
            let _e402 = atomicAdd((&bins[(((_e387 + (_e389 << 2u)) + 4294963200u) >> 2u)]), _e395);
            break;
        }
        let _e404 = pending;
        if (_e404 == 5u) {
            pending = 0u;
            break;
        }
        let _e412 = local;
        stack_pointer = (_e412 + 32u);
        return;
        break;
    }
    let _e427 = atomicCompareExchangeWeak((&status[0]), 0u, 2u);
    if _e427.exchanged {
        atomicStore((&status[1]), local_id.x);
        atomicStore((&status[2]), local_id.y);
        atomicStore((&status[3]), local_id.z);
        atomicStore((&status[4]), workgroup_id.x);
        atomicStore((&status[5]), workgroup_id.y);
        atomicStore((&status[6]), workgroup_id.z);
        atomicStore((&status[7]), 133u);
        atomicStore((&status[8]), 32u);
        atomicStore((&status[9]), 10u);
        atomicStore((&status[10]), 795046515u);
        atomicStore((&status[11]), 778201452u);
        atomicStore((&status[12]), 29554u);
    }
    return;
}
