// BabelStream dot: each workgroup sums a[i] * b[i] over a grid-stride loop,
// reduces in workgroup memory, and writes one partial sum.
@group(0) @binding(0) var<storage, read_write> status: array<u32>;
@group(0) @binding(1) var<storage, read> params: array<vec2<u32>>;
@group(0) @binding(2) var<storage, read> a: array<f32>;
@group(0) @binding(3) var<storage, read> b: array<f32>;
@group(0) @binding(4) var<storage, read_write> partial: array<f32>;

var<workgroup> tile: array<f32, 256>;

@compute @workgroup_size(256)
fn dot_f32(
    @builtin(local_invocation_id) local: vec3<u32>,
    @builtin(workgroup_id) group: vec3<u32>,
    @builtin(num_workgroups) groups: vec3<u32>,
) {
    let n = params[0].x;
    let l = local.x;
    let stride = groups.x * 256u;
    var sum = 0.0;
    for (var i = group.x * 256u + l; i < n; i += stride) {
        sum += a[i] * b[i];
    }
    tile[l] = sum;
    workgroupBarrier();
    for (var s = 128u; s > 0u; s >>= 1u) {
        if (l < s) {
            tile[l] += tile[l + s];
        }
        workgroupBarrier();
    }
    if (l == 0u) {
        partial[group.x] = tile[0];
    }
}
