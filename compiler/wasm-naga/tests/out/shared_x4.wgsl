@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
var<workgroup> tile: array<vec4<f32>, 64>;
@group(0) @binding(2) 
var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;
    var local_1: u32;
    var local_2: u32;

    local = 0u;
    local_1 = 0u;
    local_2 = 0u;
    local = local_id.x;
    local_1 = 4096u;
    let _e16 = local_1;
    let _e18 = local;
    let _e24 = local;
    tile[(((_e16 + (_e18 << 4u)) + 4294963200u) >> 4u)] = vec4<f32>(bitcast<f32>(_e24), bitcast<f32>(1u), bitcast<f32>(2u), bitcast<f32>(3u));
    workgroupBarrier();
    let _e40 = local_1;
    let _e42 = local;
    local_2 = (_e40 + (((_e42 + 1u) & 63u) << 4u));
    let _e55 = local;
    let _e61 = local_2;
    let _e69 = tile[((_e61 + 4294963200u) >> 4u)];
    let _e73 = local_2;
    let _e81 = tile[((_e73 + 4294963200u) >> 4u)];
    out[(((4096u + (_e55 << 2u)) + 4294963200u) >> 2u)] = f32((bitcast<u32>(_e69.x) + bitcast<u32>(_e81.w)));
}
