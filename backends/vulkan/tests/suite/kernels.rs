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

/// `histogram(data: &[u32], bins: &mut [u32])` with `atomicAdd`.
pub fn histogram_kernel() -> TestKernel {
    TestKernel {
        name: "histogram",
        wgsl: const_format(&[
            HEADER,
            "
@group(0) @binding(2) var<storage, read> data: array<u32>;
@group(0) @binding(3) var<storage, read_write> bins: array<atomic<u32>>;
@compute @workgroup_size(128)
fn histogram(@builtin(global_invocation_id) gid: vec3<u32>) {
    let n = params[0];
    let nbins = params[2];
    if (gid.x < n) {
        atomicAdd(&bins[data[gid.x] % nbins], 1u);
    }
}
",
        ]),
        params: vec![buffer("data", "u32", false), buffer("bins", "u32", true)],
        panic_messages: Vec::new(),
    }
}

/// `checked(bad: u32, out: &mut [u32])`: thread `bad` records panic site 2
/// (line 42, column 7, `src/lib.rs`) the way the lowering's panic handler
/// does; every other thread writes its index.
pub fn checked_kernel() -> TestKernel {
    TestKernel {
        name: "checked",
        wgsl: const_format(&[
            HEADER,
            "
@group(0) @binding(2) var<storage, read_write> out: array<u32>;
@compute @workgroup_size(64)
fn checked(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>,
           @builtin(workgroup_id) wid: vec3<u32>) {
    let bad = params[0];
    let n = params[2];
    if (gid.x == bad) {
        atomicStore(&status[1], lid.x);
        atomicStore(&status[2], lid.y);
        atomicStore(&status[3], lid.z);
        atomicStore(&status[4], wid.x);
        atomicStore(&status[5], wid.y);
        atomicStore(&status[6], wid.z);
        atomicStore(&status[7], 42u);
        atomicStore(&status[8], 7u);
        atomicStore(&status[9], 10u);
        // \"src/lib.rs\", little-endian words.
        atomicStore(&status[10], 0x2f637273u);
        atomicStore(&status[11], 0x2e62696cu);
        atomicStore(&status[12], 0x00007372u);
        atomicStore(&status[0], 2u);
        return;
    }
    if (gid.x < n) { out[gid.x] = gid.x; }
}
",
        ]),
        params: vec![scalar("bad", "u32"), buffer("out", "u32", true)],
        panic_messages: vec![
            "explicit panic".to_string(),
            "index out of bounds: the len is 100 but the index is 100".to_string(),
        ],
    }
}

/// `daxpy(a: f64, x: &[f64], y: &mut [f64])` in f64.
pub fn daxpy_kernel() -> TestKernel {
    TestKernel {
        name: "daxpy",
        wgsl: "
struct Params { a: f64, nx: u32, pad0: u32, ny: u32, pad1: u32 }
@group(0) @binding(0) var<storage, read_write> status: array<atomic<u32>, 50>;
@group(0) @binding(1) var<storage, read> params: Params;
@group(0) @binding(2) var<storage, read> x: array<f64>;
@group(0) @binding(3) var<storage, read_write> y: array<f64>;
@compute @workgroup_size(64)
fn daxpy(@builtin(global_invocation_id) gid: vec3<u32>) {
    let i = gid.x;
    if (i < params.ny) {
        y[i] = params.a * x[i] + y[i];
    }
}
",
        params: vec![scalar("a", "f64"), buffer("x", "f64", false), buffer("y", "f64", true)],
        panic_messages: Vec::new(),
    }
}

/// `lcg(x: &mut [u64])`: one step of a 64-bit linear congruential generator.
pub fn lcg_kernel() -> TestKernel {
    TestKernel {
        name: "lcg",
        wgsl: const_format(&[
            HEADER,
            "
@group(0) @binding(2) var<storage, read_write> x: array<u64>;
@compute @workgroup_size(64)
fn lcg(@builtin(global_invocation_id) gid: vec3<u32>) {
    if (gid.x < params[0]) {
        x[gid.x] = x[gid.x] * 6364136223846793005lu + 1442695040888963407lu;
    }
}
",
        ]),
        params: vec![buffer("x", "u64", true)],
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
