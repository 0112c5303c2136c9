@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage, read_write> out: array<atomic<u32>>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;

    local = 0u;
    local = local_id.x;
    let _e11 = local;
    let _e14 = local;
    let _e18 = ((4096u + _e11) + 4294963200u);
    let _e24 = ((_e18 & 3u) << 3u);
    atomicAnd((&out[min((_e18 >> 2u), (arrayLength((&out)) - 1u))]), ~((255u << _e24)));
    atomicOr((&out[min((_e18 >> 2u), (arrayLength((&out)) - 1u))]), (((_e14 * 3u) & 255u) << _e24));
}
