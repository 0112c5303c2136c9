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
    let _e30 = x[min((((4096u + (_e15 << 2u)) + 4294963200u) >> 2u), (arrayLength((&x)) - 1u))];
    local_1 = _e30;
    let _e35 = local;
    local_2 = (4096u + (_e35 << 3u));
    let _e42 = local_2;
    let _e44 = local_1;
    let _e48 = select(_e44, 0f, !((_e44 == _e44)));
    out[min(((_e42 + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = select(bitcast<u32>(i32(clamp(_e48, -2147483600f, 2147483500f))), 2147483647u, (_e48 >= 2147483600f));
    let _e69 = local_2;
    let _e71 = local_1;
    let _e75 = select(_e71, 0f, !((_e71 == _e71)));
    out[min(((_e69 + 4294963204u) >> 2u), (arrayLength((&out)) - 1u))] = select(u32(clamp(_e75, 0f, 4294967000f)), 4294967295u, (_e75 >= 4294967300f));
}
