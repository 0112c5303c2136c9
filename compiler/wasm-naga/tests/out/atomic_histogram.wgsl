@group(0) @binding(0) 
var<storage, read_write> status: array<atomic<u32>>;
@group(0) @binding(1) 
var<storage> params: array<u32>;
@group(0) @binding(2) 
var<storage> values: array<u32>;
@group(0) @binding(3) 
var<storage, read_write> bins: array<atomic<u32>>;

@compute @workgroup_size(64, 1, 1) 
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>, @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var local: u32;
    var local_1: u32;

    local = 0u;
    local_1 = 0u;
    let _e25 = values[min((((4096u + (local_id.x << 2u)) + 4294963200u) >> 2u), (arrayLength((&values)) - 1u))];
    local = _e25;
    local_1 = 4096u;
    let _e31 = local_1;
    let _e33 = local;
    let _e51 = atomicAdd((&bins[min((((_e31 + ((_e33 & 15u) << 2u)) + 4294963200u) >> 2u), (arrayLength((&bins)) - 1u))]), 1u);
    let _e53 = local_1;
    let _e57 = local;
    let _e68 = atomicMax((&bins[min((((_e53 + 64u) + 4294963200u) >> 2u), (arrayLength((&bins)) - 1u))]), _e57);
}
