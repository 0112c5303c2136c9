//! The suite's kernels: WGSL in the shader route's binding layout.

use super::*;

/// The two bindings every kernel has.
const HEADER: &str = "
@group(0) @binding(0) var<storage, read_write> status: array<atomic<u32>, 50>;
@group(0) @binding(1) var<storage, read> params: array<u32>;
";

/// `saxpy(a: f32, x: &[f32], y: &mut [f32])`: `y[i] = a * x[i] + y[i]`.
pub fn saxpy_kernel() -> TestKernel {
    TestKernel {
        name: "saxpy",
        wgsl: const_format(&[
            HEADER,
            "
@group(0) @binding(2) var<storage, read> x: array<f32>;
@group(0) @binding(3) var<storage, read_write> y: array<f32>;
@compute @workgroup_size(64)
fn saxpy(@builtin(global_invocation_id) gid: vec3<u32>) {
    let a = bitcast<f32>(params[0]);
    let n = params[4];
    let i = gid.x;
    if (i < n) {
        y[i] = a * x[i] + y[i];
    }
}
",
        ]),
        params: vec![scalar("a", "f32"), buffer("x", "f32", false), buffer("y", "f32", true)],
        panic_messages: Vec::new(),
    }
}

/// saxpy over a 2-D grid of 256-thread workgroups (wgpu allows at most
/// 65535 workgroups per dimension): `i = x + y * groups_x * 256`.
pub fn saxpy_2d_kernel() -> TestKernel {
    TestKernel {
        name: "saxpy_2d",
        wgsl: const_format(&[
            HEADER,
            "
@group(0) @binding(2) var<storage, read> x: array<f32>;
@group(0) @binding(3) var<storage, read_write> y: array<f32>;
@compute @workgroup_size(256)
fn saxpy_2d(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let a = bitcast<f32>(params[0]);
    let n = params[4];
    let i = gid.x + gid.y * groups.x * 256u;
    if (i < n) {
        y[i] = a * x[i] + y[i];
    }
}
",
        ]),
        params: vec![scalar("a", "f32"), buffer("x", "f32", false), buffer("y", "f32", true)],
        panic_messages: Vec::new(),
    }
}

/// `block_sum(x: &[f32], sums: &mut [f32], #[shared] tile: &mut [f32; 256])`:
/// each workgroup of 256 threads sums its slice of `x` into `sums[group]`.
pub fn block_sum_kernel() -> TestKernel {
    TestKernel {
        name: "block_sum",
        wgsl: const_format(&[
            HEADER,
            "
@group(0) @binding(2) var<storage, read> x: array<f32>;
@group(0) @binding(3) var<storage, read_write> sums: array<f32>;
var<workgroup> tile: array<f32, 256>;
@compute @workgroup_size(256)
fn block_sum(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>,
             @builtin(workgroup_id) wid: vec3<u32>) {
    let n = params[0];
    var v = 0.0;
    if (gid.x < n) { v = x[gid.x]; }
    tile[lid.x] = v;
    workgroupBarrier();
    for (var s = 128u; s > 0u; s = s >> 1u) {
        if (lid.x < s) { tile[lid.x] += tile[lid.x + s]; }
        workgroupBarrier();
    }
    if (lid.x == 0u && wid.x < params[2]) { sums[wid.x] = tile[0]; }
}
",
        ]),
        params: vec![
            buffer("x", "f32", false),
            buffer("sums", "f32", true),
            shared("tile", "f32", 256),
        ],
        panic_messages: Vec::new(),
    }
}

/// `bump(x: &mut [u32])`: `x[i] += 1`, to see that every run starts from the inputs.
pub fn bump_kernel() -> TestKernel {
    TestKernel {
        name: "bump",
        wgsl: const_format(&[
            HEADER,
            "
@group(0) @binding(2) var<storage, read_write> x: array<u32>;
@compute @workgroup_size(64)
fn bump(@builtin(global_invocation_id) gid: vec3<u32>) {
    if (gid.x < params[0]) { x[gid.x] = x[gid.x] + 1u; }
}
",
        ]),
        params: vec![buffer("x", "u32", true)],
        panic_messages: Vec::new(),
    }
}

/// `spin(rounds: u32, x: &mut [u32])`: `rounds` × 10,000 dependent steps of
/// a linear congruential generator per thread, from `x[i]` (milliseconds on
/// any GPU for 200 rounds: the chain is serial).
pub fn spin_kernel() -> TestKernel {
    TestKernel {
        name: "spin",
        wgsl: const_format(&[
            HEADER,
            "
@group(0) @binding(2) var<storage, read_write> x: array<u32>;
@compute @workgroup_size(64)
fn spin(@builtin(global_invocation_id) gid: vec3<u32>) {
    if (gid.x >= params[2]) { return; }
    var v = x[gid.x];
    for (var i = 0u; i < params[0]; i++) {
        for (var j = 0u; j < 10000u; j++) {
            v = v * 1664525u + 1013904223u;
        }
    }
    x[gid.x] = v;
}
",
        ]),
        params: vec![scalar("rounds", "u32"), buffer("x", "u32", true)],
        panic_messages: Vec::new(),
    }
}

/// Joins WGSL pieces (leaked: test kernels live for the whole test run).
fn const_format(parts: &[&str]) -> &'static str {
    Box::leak(parts.concat().into_boxed_str())
}
