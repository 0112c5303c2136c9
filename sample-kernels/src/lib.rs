//! everygpu's sample kernels, each with a case in `cases.rs`, compiled by real rustc for every route.
#![no_std]
#![cfg_attr(target_arch = "nvptx64", feature(asm_experimental_arch))]

use everygpu_kernel::math::Float;
use everygpu_kernel::{atomic, barrier, global_id, global_index, kernel, local_id, workgroup_id, Element, Shared};

/// `y = a * x + y`
#[kernel]
pub fn saxpy(a: f32, x: &[f32], y: &mut [f32]) {
    let i = global_index();
    if i < y.len() {
        y[i] = a * x[i] + y[i];
    }
}

// ---------------------------------------------------------------------------
// BabelStream: copy, mul, add, triad, dot, in f32 and f64.

/// Threads per workgroup of the BabelStream kernels.
pub const STREAM_GROUP: usize = 256;

macro_rules! babelstream {
    ($t:ty, $copy:ident, $mul:ident, $add:ident, $triad:ident, $dot:ident) => {
        /// BabelStream copy: `c = a`.
        #[kernel(workgroup_size = 256)]
        pub fn $copy(a: &[$t], c: &mut [$t]) {
            let i = global_index();
            if i < c.len() {
                c[i] = a[i];
            }
        }

        /// BabelStream mul: `b = scalar * c`.
        #[kernel(workgroup_size = 256)]
        pub fn $mul(scalar: $t, c: &[$t], b: &mut [$t]) {
            let i = global_index();
            if i < b.len() {
                b[i] = scalar * c[i];
            }
        }

        /// BabelStream add: `c = a + b`.
        #[kernel(workgroup_size = 256)]
        pub fn $add(a: &[$t], b: &[$t], c: &mut [$t]) {
            let i = global_index();
            if i < c.len() {
                c[i] = a[i] + b[i];
            }
        }

        /// BabelStream triad: `a = b + scalar * c`.
        #[kernel(workgroup_size = 256)]
        pub fn $triad(scalar: $t, b: &[$t], c: &[$t], a: &mut [$t]) {
            let i = global_index();
            if i < a.len() {
                a[i] = b[i] + scalar * c[i];
            }
        }

        /// BabelStream dot: each workgroup sums `a[i] * b[i]` over a grid-stride
        /// loop and writes one partial sum.
        #[kernel(workgroup_size = 256)]
        pub fn $dot(a: &[$t], b: &[$t], partial: &mut [$t], tile: &Shared<$t, STREAM_GROUP>) {
            let l = local_id().x as usize;
            let group = workgroup_id().x as usize;
            let stride = everygpu_kernel::num_workgroups().x as usize * STREAM_GROUP;
            // Two independent sums keep two loads of each input in flight
            // per thread (a GPU hides memory latency with loads in flight, and
            // not every driver's compiler unrolls the loop by itself).
            let start = group * STREAM_GROUP + l;
            let sum = dot_partial(a, b, start, stride);
            // The workgroup's threads then add their sums in a tree.
            tile.set(l, sum);
            tree_sum(tile, l);
            if l == 0 {
                partial[group] = tile.get(0);
            }
        }
    };
}
babelstream!(f32, copy_f32, mul_f32, add_f32, triad_f32, dot_f32);
babelstream!(f64, copy_f64, mul_f64, add_f64, triad_f64, dot_f64);

/// Sums `tile` into `tile[0]` with a tree of barriers. Every thread of the
/// workgroup calls it.
#[inline(always)]
fn tree_sum<T: Copy + core::ops::Add<Output = T>, const N: usize>(tile: &Shared<T, N>, l: usize) {
    barrier();
    let mut stride = N / 2;
    while stride > 0 {
        if l < stride {
            tile.set(l, tile.get(l) + tile.get(l + stride));
        }
        barrier();
        stride /= 2;
    }
}

// ---------------------------------------------------------------------------
// Reductions and atomics.

/// Sums each workgroup's 256 elements in shared memory, tree-wise.
#[kernel(workgroup_size = 256)]
pub fn reduce_sum(input: &[f32], partial: &mut [f32], tile: &Shared<f32, 256>) {
    let i = global_index();
    let l = local_id().x as usize;
    tile.set(l, if i < input.len() { input[i] } else { 0.0 });
    tree_sum(tile, l);
    if l == 0 {
        partial[workgroup_id().x as usize] = tile.get(0);
    }
}

/// Counts values into 256 bins: per-workgroup bins in shared memory with
/// atomics, then one atomic add per bin into the result.
#[kernel(workgroup_size = 256)]
pub fn histogram(values: &[u32], bins: &mut [u32], local_bins: &Shared<u32, 256>) {
    let i = global_index();
    let l = local_id().x as usize;
    local_bins.set(l, 0);
    barrier();
    if i < values.len() {
        let b = (values[i] >> 24) as usize;
        local_bins.fetch_add(b, 1);
    }
    barrier();
    let count = local_bins.get(l);
    if count != 0 {
        atomic::fetch_add(&mut bins[l], count);
    }
}

/// The smallest and largest value, with atomic min and max on signed integers.
#[kernel]
pub fn min_max(values: &[i32], result: &mut [i32]) {
    let i = global_index();
    if i < values.len() {
        atomic::fetch_min(&mut result[0], values[i]);
        atomic::fetch_max(&mut result[1], values[i]);
    }
}

// ---------------------------------------------------------------------------
// Matrix multiplication.

/// `c = a * b` for `n × n` row-major matrices, one thread per element of `c`.
#[kernel(workgroup_size = (16, 16))]
pub fn matmul_naive(n: u32, a: &[f32], b: &[f32], c: &mut [f32]) {
    let g = global_id();
    let (row, col, n) = (g.y as usize, g.x as usize, n as usize);
    if row < n && col < n {
        let mut sum = 0.0f32;
        for k in 0..n {
            sum += a[row * n + k] * b[k * n + col];
        }
        c[row * n + col] = sum;
    }
}

/// Tile edge of `matmul_tiled`.
pub const TILE: usize = 16;

/// `c = a * b` with 16×16 tiles of `a` and `b` staged in shared memory.
#[kernel(workgroup_size = (16, 16))]
pub fn matmul_tiled(
    n: u32,
    a: &[f32],
    b: &[f32],
    c: &mut [f32],
    ta: &Shared<f32, { TILE * TILE }>,
    tb: &Shared<f32, { TILE * TILE }>,
) {
    let n = n as usize;
    let (l, g) = (local_id(), global_id());
    let (lx, ly) = (l.x as usize, l.y as usize);
    let (row, col) = (g.y as usize, g.x as usize);
    let mut sum = 0.0f32;
    for t in 0..n.div_ceil(TILE) {
        let (ac, br) = (t * TILE + lx, t * TILE + ly);
        ta.set(ly * TILE + lx, if row < n && ac < n { a[row * n + ac] } else { 0.0 });
        tb.set(ly * TILE + lx, if br < n && col < n { b[br * n + col] } else { 0.0 });
        barrier();
        for k in 0..TILE {
            sum += ta.get(ly * TILE + k) * tb.get(k * TILE + lx);
        }
        barrier();
    }
    if row < n && col < n {
        c[row * n + col] = sum;
    }
}

// ---------------------------------------------------------------------------
// N-body, Mandelbrot.

/// A body of the n-body simulation: position and mass.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Element)]
pub struct Body {
    /// x position
    pub x: f32,
    /// y position
    pub y: f32,
    /// z position
    pub z: f32,
    /// mass
    pub mass: f32,
}

/// The gravitational acceleration on each body from all others (softened):
/// `accel[3i..3i+3]`.
#[kernel]
pub fn nbody_accel(softening: f32, bodies: &[Body], accel: &mut [f32]) {
    let i = global_index();
    if i >= bodies.len() {
        return;
    }
    let me = bodies[i];
    let mut acc = [0.0f32; 3];
    for other in bodies {
        let d = [other.x - me.x, other.y - me.y, other.z - me.z];
        let dist2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] + softening * softening;
        let inv = 1.0 / Float::sqrt(dist2);
        let s = other.mass * inv * inv * inv;
        for (a, d) in acc.iter_mut().zip(d) {
            *a += d * s;
        }
    }
    accel[3 * i..3 * i + 3].copy_from_slice(&acc);
}

/// Fractional bits of the fixed-point numbers of `mandelbrot`.
pub const FRAC: u32 = 28;

/// Escape iterations of each pixel of a `width × width` view of the
/// Mandelbrot set, in 64-bit fixed point so every device agrees bit for bit.
#[kernel(workgroup_size = (16, 16))]
pub fn mandelbrot(width: u32, max_iter: u32, counts: &mut [u32]) {
    let g = global_id();
    if g.x >= width || g.y >= width {
        return;
    }
    let one = 1i64 << FRAC;
    // View: real in [-2, 1), imaginary in [-1.5, 1.5).
    let cr = -2 * one + (3 * one / width as i64) * g.x as i64;
    let ci = -(3 * one / 2) + (3 * one / width as i64) * g.y as i64;
    let (mut zr, mut zi) = (0i64, 0i64);
    let mut n = 0;
    while n < max_iter {
        let (zr2, zi2) = ((zr * zr) >> FRAC, (zi * zi) >> FRAC);
        if zr2 + zi2 > 4 * one {
            break;
        }
        zi = ((2 * zr * zi) >> FRAC) + ci;
        zr = zr2 - zi2 + cr;
        n += 1;
    }
    counts[(g.y * width + g.x) as usize] = n;
}

// ---------------------------------------------------------------------------
// Sorting and scanning.

/// One compare-exchange step of a bitonic sort over a power-of-two `data`.
#[kernel]
pub fn bitonic_step(j: u32, k: u32, data: &mut [u32]) {
    let i = global_index();
    let partner = i ^ j as usize;
    if i < data.len() && partner > i && partner < data.len() {
        let ascending = i & k as usize == 0;
        let (x, y) = (data[i], data[partner]);
        if (x > y) == ascending {
            data[i] = y;
            data[partner] = x;
        }
    }
}

/// Elements scanned by one workgroup of `scan_blocks`.
pub const SCAN_BLOCK: usize = 256;

/// Inclusive prefix sums within each block of 256 elements (Hillis–Steele in
/// shared memory); each block's total goes to `sums`.
#[kernel(workgroup_size = 256)]
pub fn scan_blocks(input: &[u32], output: &mut [u32], sums: &mut [u32], tile: &Shared<u32, SCAN_BLOCK>) {
    let i = global_index();
    let l = local_id().x as usize;
    tile.set(l, if i < input.len() { input[i] } else { 0 });
    barrier();
    let mut offset = 1;
    while offset < SCAN_BLOCK {
        let add = if l >= offset { tile.get(l - offset) } else { 0 };
        barrier();
        tile.set(l, tile.get(l).wrapping_add(add));
        barrier();
        offset *= 2;
    }
    if i < output.len() {
        output[i] = tile.get(l);
    }
    if l == SCAN_BLOCK - 1 {
        let block =
            workgroup_id().x as usize + workgroup_id().y as usize * everygpu_kernel::num_workgroups().x as usize;
        if block < sums.len() {
            sums[block] = tile.get(l);
        }
    }
}

/// Adds the scanned total of all previous blocks to each element.
#[kernel(workgroup_size = 256)]
pub fn scan_add(offsets: &[u32], output: &mut [u32]) {
    let i = global_index();
    let block = i / SCAN_BLOCK;
    if i < output.len() && block > 0 {
        output[i] = output[i].wrapping_add(offsets[block - 1]);
    }
}

// ---------------------------------------------------------------------------
// Vendor-specific code with a portable path.

/// Threads per workgroup of `reduce_sum_warp`.
pub const REDUCE_GROUP: usize = 256;

/// Sums each workgroup's 256 elements, like `reduce_sum`, with a vendor-specific
/// path on CUDA and the portable one everywhere else: an example of how a
/// kernel uses one GPU's instructions without giving up the other targets.
///
/// - **nvptx (CUDA)**: each warp of 32 threads adds its values in registers
///   with the `shfl.sync.down.b32` instruction (inline PTX, see `warp_sum`),
///   lane 0 of each warp puts the warp's sum in shared memory, and after one
///   barrier the 8 warp sums are added by shuffles again: one barrier instead
///   of the tree's nine.
/// - **every other target** (the CPU executor, the wasm→naga shaders for
///   Vulkan, Metal, DX12, WebGPU): the portable shared-memory tree
///   (`tree_sum`), as in `reduce_sum`.
///
/// The choice is made at compile time with `#[cfg(target_arch = "nvptx64")]`:
/// each route's rustc sees only its own path, so the kernel's signature, its
/// case and the comparison with the CPU reference stay the same. The two paths
/// add in different orders, so they agree to rounding (the case's tolerance),
/// not bit for bit. Inline assembly on nvptx is unstable in Rust: the crate
/// enables it with `#![cfg_attr(target_arch = "nvptx64", feature(asm_experimental_arch))]`,
/// which the nvptx route accepts because it builds with `RUSTC_BOOTSTRAP=1`.
#[kernel(workgroup_size = 256)]
pub fn reduce_sum_warp(input: &[f32], partial: &mut [f32], tile: &Shared<f32, REDUCE_GROUP>) {
    let i = global_index();
    let l = local_id().x as usize;
    let v = if i < input.len() { input[i] } else { 0.0 };
    let total = workgroup_sum(v, tile, l);
    if l == 0 {
        partial[workgroup_id().x as usize] = total;
    }
}

/// The sum of `v` over the workgroup, in thread 0 (the others hold partial
/// sums): warp shuffles on nvptx.
#[cfg(target_arch = "nvptx64")]
#[inline(always)]
fn workgroup_sum(v: f32, tile: &Shared<f32, REDUCE_GROUP>, l: usize) -> f32 {
    const WARPS: usize = REDUCE_GROUP / WARP;
    let (warp, lane) = (l / WARP, l % WARP);
    let s = warp_sum(v);
    if lane == 0 {
        tile.set(warp, s);
    }
    barrier();
    // Every warp adds up the warp sums (only the first one's result is used):
    // the shuffles then run with all 32 lanes, in workgroup-uniform control
    // flow, as `shfl.sync` with a full mask requires.
    warp_sum(if lane < WARPS { tile.get(lane) } else { 0.0 })
}

/// The sum of `v` over the workgroup, in thread 0: the portable tree.
#[cfg(not(target_arch = "nvptx64"))]
#[inline(always)]
fn workgroup_sum(v: f32, tile: &Shared<f32, REDUCE_GROUP>, l: usize) -> f32 {
    tile.set(l, v);
    tree_sum(tile, l);
    tile.get(0)
}

/// Threads per warp on NVIDIA GPUs.
#[cfg(target_arch = "nvptx64")]
const WARP: usize = 32;

/// The sum of `v` over the 32 lanes of this warp, in lane 0 (a tree of
/// `shfl.sync.down.b32`: lane `i` adds lane `i + offset`'s value). Every lane
/// of the warp must call it.
#[cfg(target_arch = "nvptx64")]
#[inline(always)]
fn warp_sum(mut v: f32) -> f32 {
    let mut offset = WARP as u32 / 2;
    while offset > 0 {
        let other: u32;
        // SAFETY: all 32 lanes execute this (mask 0xffffffff) in converged
        // control flow; the clamp 0x1f keeps the source lane inside the warp.
        // Not `pure`: a shuffle reads other threads' registers, so it must not
        // be merged, moved or dropped like arithmetic.
        unsafe {
            core::arch::asm!(
                "shfl.sync.down.b32 {out}, {v}, {offset}, 0x1f, 0xffffffff;",
                out = out(reg32) other,
                v = in(reg32) v.to_bits(),
                offset = in(reg32) offset,
                options(nomem, nostack),
            );
        }
        v += f32::from_bits(other);
        offset /= 2;
    }
    v
}

everygpu_kernel::host_only! {
    mod cases;
}

/// One thread's share of a dot product: `a[i] * b[i]` for `i = start, start +
/// stride, ...`, in two independent sums (see the BabelStream dot kernels).
/// Measured on an H100 at 2^28 elements: one sum reaches 2,600 GB/s through
/// CUDA, two reach 3,000 on CUDA and 2,930 on Vulkan; more sums do no better.
#[inline(always)]
fn dot_partial<T>(a: &[T], b: &[T], start: usize, stride: usize) -> T
where
    T: Copy + Default + core::ops::Add<Output = T> + core::ops::Mul<Output = T>,
{
    let n = a.len().min(b.len());
    // SAFETY (every `get_unchecked` below): the loop conditions keep each index
    // below `n`, the length of both slices, so the checks would only cost
    // instructions in the hottest loop.
    let at = |i: usize| unsafe { *a.get_unchecked(i) * *b.get_unchecked(i) };
    let (mut s0, mut s1) = (T::default(), T::default());
    let mut i = start;
    while i + stride < n {
        s0 = s0 + at(i);
        s1 = s1 + at(i + stride);
        i += 2 * stride;
    }
    if i < n {
        s0 = s0 + at(i);
    }
    s0 + s1
}
