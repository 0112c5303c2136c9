@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
var<workgroup> tile: array<u32, 64>;
@group(0) @binding(2) 
var<storage, read_write> out: array<u32>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;
    var local_1: u32;
    var local_2: u32;
    var local_3: u32;
    var local_4: u32;

    local = 0u;
    local_1 = 0u;
    local_2 = 0u;
    local_3 = 0u;
    local_4 = 0u;
    local = local_id.x;
    local_1 = 4096u;
    local_2 = 4096u;
    let _e23 = local_1;
    let _e25 = local;
    let _e31 = local;
    let _e35 = (((_e23 + (_e25 << 2u)) + 4294963200u) >> 2u);
    tile[_e35] = _e31;
    let _e41 = local_1;
    let _e43 = local;
    let _e56 = (((_e41 + (((_e43 + 1u) & 63u) << 2u)) + 4294963200u) >> 2u);
    tile[_e56] = 1u;
    let _e62 = local_1;
    let _e64 = local;
    tile[min((((_e62 + ((_e64 + 1u) << 2u)) + 4294963200u) >> 2u), 63u)] = 2u;
    loop {
        let _e81 = local_1;
        let _e83 = local_3;
        let _e91 = local_3;
        let _e95 = (((_e81 + ((_e83 & 1u) << 2u)) + 4294963200u) >> 2u);
        tile[_e95] = _e91;
        let _e101 = local_1;
        let _e103 = local_3;
        let _e109 = local_3;
        tile[min((((_e101 + (_e103 << 2u)) + 4294963200u) >> 2u), 63u)] = _e109;
        let _e119 = local_3;
        local_3 = (_e119 + 1u);
        let _e124 = local_3;
        let _e126 = (_e124 < 8u);
        if _e126 {
            continue;
        }
        break;
    }
    let _e131 = local_2;
    let _e133 = local;
    let _e139 = local;
    out[min((((_e131 + (_e133 << 2u)) + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = _e139;
    let _e151 = local_2;
    let _e162 = out[min(((_e151 + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))];
    local_4 = _e162;
    let _e165 = local_4;
    let _e167 = (_e165 < 1000u);
    if !(_e167) {
        let _e180 = atomicCompareExchangeWeak((&status[0]), 0u, 1u);
        if _e180.exchanged {
            atomicStore((&status[1]), local_id.x);
            atomicStore((&status[2]), local_id.y);
            atomicStore((&status[3]), local_id.z);
            atomicStore((&status[4]), workgroup_id.x);
            atomicStore((&status[5]), workgroup_id.y);
            atomicStore((&status[6]), workgroup_id.z);
            atomicStore((&status[7]), 7u);
            atomicStore((&status[8]), 1u);
            atomicStore((&status[9]), 0u);
        }
        return;
    }
    let _e208 = local;
    local_4 = _e208;
    let _e211 = local_1;
    let _e213 = local_4;
    let _e222 = (((_e211 + (_e213 << 2u)) + 4294963200u) >> 2u);
    tile[_e222] = 3u;
}
