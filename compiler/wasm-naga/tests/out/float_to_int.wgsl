@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> x: array<f32>;
@group(0) @binding(3) 
var<storage, read_write> out: array<u32>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
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
    local_2 = (4096u + (_e31 << 3u));
    let _e38 = local_2;
    let _e40 = local_1;
    let _e44 = select(_e40, 0f, !((_e40 == _e40)));
    out[((_e38 + 4294963200u) >> 2u)] = select(bitcast<u32>(i32(clamp(_e44, -2147483600f, 2147483500f))), 2147483647u, (_e44 >= 2147483600f));
    let _e61 = local_2;
    let _e63 = local_1;
    let _e67 = select(_e63, 0f, !((_e63 == _e63)));
    out[((_e61 + 4294963204u) >> 2u)] = select(u32(clamp(_e67, 0f, 4294967000f)), 4294967295u, (_e67 >= 4294967300f));
}
