@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> x: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> out: array<u32>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>, @builtin(subgroup_invocation_id) subgroup_invocation_id: u32, @builtin(subgroup_size) subgroup_size: u32) {
    var local: u32;
    var local_1: f32;
    var local_2: u32;
    var local_3: u32;
    var local_4: u32;
    var pending: u32 = 0u;

    local = 0u;
    local_1 = 0f;
    local_2 = 0u;
    local_3 = 0u;
    local_4 = 0u;
    local = local_id.x;
    let _e19 = local;
    let _e30 = x[(((4096u + (_e19 << 2u)) + 4294963200u) >> 2u)];
    local_1 = _e30;
    let _e35 = local;
    local_2 = (4096u + (_e35 << 4u));
    let _e42 = local_2;
    let _e44 = local_1;
    let _e45 = subgroupAdd(_e44);
    out[((_e42 + 4294963200u) >> 2u)] = bitcast<u32>(_e45);
    let _e54 = local_2;
    let _e56 = local_1;
    let _e57 = subgroupExclusiveAdd(_e56);
    out[((_e54 + 4294963204u) >> 2u)] = bitcast<u32>(_e57);
    let _e66 = local_2;
    let _e68 = local_1;
    let _e70 = (_e68 > 0f);
    let _e75 = subgroupBallot(_e70);
    out[((_e66 + 4294963208u) >> 2u)] = _e75.x;
    local_3 = subgroup_invocation_id;
    local_4 = (subgroup_size >> 1u);
    loop {
        let _e91 = local_4;
        let _e93 = (_e91 == 0u);
        if _e93 {
            pending = 2u;
            break;
        }
        let _e101 = local_3;
        let _e103 = local_3;
        let _e105 = local_4;
        let _e106 = subgroupShuffleXor(_e103, _e105);
        local_3 = (_e101 + _e106);
        let _e110 = local_4;
        local_4 = (_e110 >> 1u);
        continue;
        break;
    }
    let _e116 = pending;
    if (_e116 == 2u) {
        pending = 0u;
    }
    let _e122 = local_2;
    let _e124 = local_3;
    out[((_e122 + 4294963212u) >> 2u)] = _e124;
}
