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
    let _e31 = (((_e16 + (_e18 << 4u)) + 4294963200u) >> 4u);
    tile[_e31] = vec4<f32>(bitcast<f32>(_e24), bitcast<f32>(1u), bitcast<f32>(2u), bitcast<f32>(3u));
    workgroupBarrier();
    let _e42 = local_1;
    let _e44 = local;
    local_2 = (_e42 + (((_e44 + 1u) & 63u) << 4u));
    let _e57 = local;
    let _e63 = local_2;
    let _e68 = ((_e63 + 4294963200u) >> 4u);
    let _e73 = tile[_e68];
    let _e77 = local_2;
    let _e82 = ((_e77 + 4294963200u) >> 4u);
    let _e87 = tile[_e82];
    out[min((((4096u + (_e57 << 2u)) + 4294963200u) >> 2u), (arrayLength((&out)) - 1u))] = f32((bitcast<u32>(_e73.x) + bitcast<u32>(_e87.w)));
}
