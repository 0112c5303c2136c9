@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> x: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> out: array<u32>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>, @builtin(subgroup_invocation_id) subgroup_invocation_id: u32) {
    var local: u32;
    var local_1: f32;
    var local_2: u32;

    local = 0u;
    local_1 = 0f;
    local_2 = 0u;
    local = local_id.x;
    let _e15 = local;
    let _e26 = x[(((4096u + (_e15 << 2u)) + 4294963200u) >> 2u)];
    local_1 = _e26;
    let _e31 = local;
    local_2 = (4096u + (_e31 << 4u));
    let _e38 = local_2;
    let _e40 = local_1;
    let _e41 = subgroupAdd(_e40);
    out[((_e38 + 4294963200u) >> 2u)] = bitcast<u32>(_e41);
    let _e50 = local_2;
    let _e52 = local_1;
    let _e53 = subgroupExclusiveAdd(_e52);
    out[((_e50 + 4294963204u) >> 2u)] = bitcast<u32>(_e53);
    let _e62 = local_2;
    let _e65 = subgroupShuffleXor(subgroup_invocation_id, 1u);
    out[((_e62 + 4294963208u) >> 2u)] = _e65;
    let _e73 = local_2;
    let _e75 = local_1;
    let _e77 = (_e75 > 0f);
    let _e82 = subgroupBallot(_e77);
    out[((_e73 + 4294963212u) >> 2u)] = _e82.x;
}
