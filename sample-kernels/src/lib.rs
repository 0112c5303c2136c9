//! everygpu's sample kernels, each with a case in `cases.rs`, compiled by real rustc for every route.
#![no_std]
#![cfg_attr(target_arch = "nvptx64", feature(asm_experimental_arch))]

use everygpu_kernel::math::Float;
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
use everygpu_kernel::matrix::tma::MapSlot;
use everygpu_kernel::matrix::{warpgroup, MatrixElement};
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
use everygpu_kernel::matrix::{Accumulator, TileA, TileB};
use everygpu_kernel::{
    atomic, barrier, bf16, f16, global_id, global_index, kernel, local_id, subgroup, workgroup_id, workgroup_index,
    Element, Shared,
};

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

/// Four `f32`s moved as one 16-byte element: BabelStream's copy and triad
/// with four times the bytes in flight per thread (one `f32` per thread
/// cannot fill an HBM GPU's memory system).
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Element)]
pub struct F32x4 {
    /// lane 0
    pub x: f32,
    /// lane 1
    pub y: f32,
    /// lane 2
    pub z: f32,
    /// lane 3
    pub w: f32,
}

/// BabelStream copy over 16-byte elements: `c = a`.
#[kernel(workgroup_size = 256)]
pub fn copy_f32x4(a: &[F32x4], c: &mut [F32x4]) {
    let i = global_index();
    if i < c.len() {
        c[i] = a[i];
    }
}

/// BabelStream triad over 16-byte elements: `a = b + scalar * c`, lane by
/// lane.
#[kernel(workgroup_size = 256)]
pub fn triad_f32x4(scalar: f32, b: &[F32x4], c: &[F32x4], a: &mut [F32x4]) {
    let i = global_index();
    if i < a.len() {
        let (b, c) = (b[i], c[i]);
        a[i] = F32x4 {
            x: b.x + scalar * c.x,
            y: b.y + scalar * c.y,
            z: b.z + scalar * c.z,
            w: b.w + scalar * c.w,
        };
    }
}

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
    // A grid laid out in two dimensions may have workgroups past the end.
    let group = workgroup_index();
    if l == 0 && group < partial.len() {
        partial[group] = tile.get(0);
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

/// A 16 KiB lookup table, as crates carry them (CRC tables, libm's
/// coefficients): 4096 hashed words, computed at compile time.
pub static LOOKUP: [u32; LOOKUP_LEN] = {
    let mut t = [0u32; LOOKUP_LEN];
    let mut i = 0;
    while i < LOOKUP_LEN {
        t[i] = mix(i as u32);
        i += 1;
    }
    t
};
/// Entries of [`LOOKUP`].
pub const LOOKUP_LEN: usize = 4096;

/// The hash behind [`LOOKUP`] (murmur3's finaliser).
pub const fn mix(i: u32) -> u32 {
    let mut x = i ^ (i >> 16);
    x = x.wrapping_mul(0x85eb_ca6b);
    x ^= x >> 13;
    x = x.wrapping_mul(0xc2b2_ae35);
    x ^ (x >> 16)
}

/// `out[i] = LOOKUP[input[i] % 4096]`: every thread reads the crate's
/// constant table at a computed index.
#[kernel]
pub fn lookup(input: &[u32], out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = LOOKUP[input[i] as usize % LOOKUP_LEN];
    }
}

/// `lookup` without the table: each thread computes the entry.
#[kernel]
pub fn lookup_computed(input: &[u32], out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = mix(input[i] % LOOKUP_LEN as u32);
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
        let block = workgroup_index();
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
// Subgroups: lanes exchange values in registers (NVIDIA warps, AMD
// wavefronts, Vulkan/WebGPU subgroups), written once for every route and for
// any subgroup size.

/// Threads per workgroup of the subgroup reductions.
pub const REDUCE_GROUP: usize = 256;

/// Sums each workgroup's 256 elements, like `reduce_sum`, with subgroup
/// reductions instead of a tree in shared memory: each subgroup adds its
/// lanes in registers, lane 0 of each puts the subgroup's sum in shared
/// memory, and after one barrier (the tree has nine) the first subgroup adds
/// those sums. Written for any subgroup size: 32 on NVIDIA GPUs and on the
/// CPU, 8 on lavapipe, 64 on some AMD GPUs.
#[kernel(workgroup_size = 256)]
pub fn reduce_sum_subgroup(input: &[f32], partial: &mut [f32], sums: &Shared<f32, REDUCE_GROUP>) {
    let i = global_index();
    let v = if i < input.len() { input[i] } else { 0.0 };
    let total = workgroup_sum_subgroups(v, sums);
    let group = workgroup_index();
    if local_id().x == 0 && group < partial.len() {
        partial[group] = total;
    }
}

/// The sum of `v` over the workgroup, in its first subgroup: one subgroup
/// reduction, one barrier, and one more reduction of the subgroups' sums.
#[inline(always)]
fn workgroup_sum_subgroups(v: f32, sums: &Shared<f32, REDUCE_GROUP>) -> f32 {
    let s = subgroup::reduce_add(v);
    let (id, lane, size) = (subgroup::id(), subgroup::lane(), subgroup::size());
    if lane == 0 {
        sums.set(id as usize, s);
    }
    barrier();
    if id != 0 {
        return 0.0;
    }
    // Every lane of the first subgroup adds a strided share of the sums.
    let mut share = 0.0;
    let mut j = lane;
    while j < subgroup::count() {
        share += sums.get(j as usize);
        j += size;
    }
    subgroup::reduce_add(share)
}

/// Workgroups of `sum_subgroup` (as BabelStream's dot).
pub const SUM_GROUPS: u32 = 1024;

/// The sum of a large array, one partial sum per workgroup: each thread adds
/// a grid-stride share in four independent sums (four loads in flight: the
/// bytes in flight per thread of BabelStream's dot, which reads two arrays
/// two at a time), then the workgroup adds them with subgroup reductions.
#[kernel(workgroup_size = 256)]
pub fn sum_subgroup(input: &[f32], partial: &mut [f32], sums: &Shared<f32, REDUCE_GROUP>) {
    let group = workgroup_id().x as usize;
    let stride = everygpu_kernel::num_workgroups().x as usize * REDUCE_GROUP;
    let n = input.len();
    let mut i = group * REDUCE_GROUP + local_id().x as usize;
    // SAFETY (every `get_unchecked` below): the loop conditions keep each
    // index below `n`, the slice's length.
    let at = |i: usize| unsafe { *input.get_unchecked(i) };
    let mut s = [0.0f32; 4];
    while i + 3 * stride < n {
        s[0] += at(i);
        s[1] += at(i + stride);
        s[2] += at(i + 2 * stride);
        s[3] += at(i + 3 * stride);
        i += 4 * stride;
    }
    while i < n {
        s[0] += at(i);
        i += stride;
    }
    let total = workgroup_sum_subgroups((s[0] + s[1]) + (s[2] + s[3]), sums);
    if local_id().x == 0 {
        partial[group] = total;
    }
}

/// Inclusive prefix sums within each block of 256 elements, like
/// `scan_blocks`, with subgroup scans: each subgroup scans its lanes in
/// registers, the first subgroup scans the subgroups' totals, and every
/// thread adds the totals of the subgroups before its own. Two barriers
/// instead of sixteen; written for any subgroup size.
#[kernel(workgroup_size = 256)]
pub fn scan_blocks_subgroup(input: &[u32], output: &mut [u32], sums: &mut [u32], totals: &Shared<u32, SCAN_BLOCK>) {
    let i = global_index();
    let v = if i < input.len() { input[i] } else { 0 };
    let s = subgroup::inclusive_add(v);
    let (id, lane, size) = (subgroup::id(), subgroup::lane(), subgroup::size());
    if lane == size - 1 {
        totals.set(id as usize, s);
    }
    barrier();
    if id == 0 {
        // Scan the totals in chunks of one subgroup, carrying each chunk's sum.
        let count = subgroup::count();
        let mut carry = 0u32;
        let mut base = 0;
        while base < count {
            let k = base + lane;
            let t = if k < count { totals.get(k as usize) } else { 0 };
            let scanned = subgroup::inclusive_add(t).wrapping_add(carry);
            if k < count {
                totals.set(k as usize, scanned);
            }
            carry = subgroup::broadcast(scanned, size - 1);
            base += size;
        }
    }
    barrier();
    let before = if id > 0 { totals.get(id as usize - 1) } else { 0 };
    let scanned = s.wrapping_add(before);
    if i < output.len() {
        output[i] = scanned;
    }
    if local_id().x as usize == SCAN_BLOCK - 1 {
        let block = workgroup_index();
        if block < sums.len() {
            sums[block] = scanned;
        }
    }
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

// ---------------------------------------------------------------------------
// SGEMM: a register-blocked single-precision matrix product.

/// Rows and columns of `c` that one workgroup of `sgemm` computes.
pub const SGEMM_TILE: usize = 128;
/// Depth (along `k`) of the slices of `a` and `b` that `sgemm` stages per step:
/// 16 on CUDA, where two stages of both slices (32 KB) fit twice into every
/// multiprocessor's shared memory; 8 elsewhere, so that they fit into the
/// 16 KB that every WebGPU device offers.
#[cfg(target_arch = "nvptx64")]
pub const SGEMM_DEPTH: usize = 16;
/// Depth (along `k`) of the slices of `a` and `b` that `sgemm` stages per step
/// (16 on CUDA).
#[cfg(not(target_arch = "nvptx64"))]
pub const SGEMM_DEPTH: usize = 8;
/// Threads per workgroup of `sgemm`: 16 × 16, each computing 8 × 8 elements of `c`.
pub const SGEMM_THREADS: usize = 256;
/// Elements of one stage of the `a` slice: `SGEMM_DEPTH` rows of `SGEMM_TILE`.
const SGEMM_A_STAGE: usize = SGEMM_DEPTH * SGEMM_TILE;
/// Elements of one stage of the `b` slice: `SGEMM_DEPTH` rows of `SGEMM_TILE`.
const SGEMM_B_STAGE: usize = SGEMM_DEPTH * SGEMM_TILE;
/// Elements of `sgemm`'s shared `a` array: two stages.
pub const SGEMM_A_SHARED: usize = 2 * SGEMM_A_STAGE;
/// Elements of `sgemm`'s shared `b` array: two stages.
pub const SGEMM_B_SHARED: usize = 2 * SGEMM_B_STAGE;
/// Elements of `a`, and of `b`, that each thread loads per step.
const SGEMM_LOADS: usize = SGEMM_TILE * SGEMM_DEPTH / SGEMM_THREADS;

/// The multiply-adds of one step, `k` by `k`, with the fragments of `k + 1`
/// loading while those of `k` are multiplied.
macro_rules! sgemm_pipelined {
    ($acc:ident, $ta:ident, $tb:ident, $stage:ident, $tx:ident, $ty:ident; $k0:literal $($k:literal)*) => {
        let mut f = sgemm_fragments($ta, $tb, $stage, $k0, $tx, $ty);
        $(
            let next = sgemm_fragments($ta, $tb, $stage, $k, $tx, $ty);
            sgemm_outer(&mut $acc, &f);
            f = next;
        )*
        sgemm_outer(&mut $acc, &f);
    };
}

/// `c = a · b` for `n × n` row-major matrices: the register-blocked SGEMM of
/// the fast GPU libraries, in portable Rust. Any `n` works.
///
/// Three levels of blocking, each reusing a value more times than the one
/// below:
/// - **Workgroup tile.** Each workgroup of 256 threads computes a 128 × 128
///   tile of `c`. It walks along `k` in steps of [`SGEMM_DEPTH`] (`d`: 16 on
///   CUDA, 8 elsewhere): per step it stages a 128 × `d` slice of `a` and a
///   `d` × 128 slice of `b` in shared memory (each thread loads `d / 2`
///   elements of each), so every element read from memory is used 128 times.
/// - **Thread micro-tile.** Thread `(tx, ty)` of the 16 × 16 threads computes
///   8 × 8 elements of `c`, held in 64 registers (`acc`). Per `k` it reads 8
///   values of the `a` slice and 8 of the `b` slice into registers and does
///   64 fused multiply-adds with them: each value read from shared memory is
///   used 8 times. Its rows are `4ty .. 4ty+4` and `64+4ty .. 64+4ty+4` of the
///   tile (its columns likewise with `tx`): groups of 4 neighbours, so that
///   each group is one 16-byte load and the 16 threads of a row of threads
///   read 16 groups side by side, without bank conflicts.
/// - **Pipelining.** Shared memory holds two stages of slices (16 KB, the
///   least any WebGPU device offers; 32 KB on CUDA, where the deeper step
///   halves the barriers, loop and address instructions per multiply-add:
///   1.03× at 4096³ on an H100): while the threads compute on one stage,
///   the next step's elements are already on their way from memory into
///   registers, and go into the other stage afterwards; one barrier per step
///   separates the two. Inside a step, the values for `k + 1` load from
///   shared memory while the multiply-adds of `k` run (two sets of fragment
///   registers, used in turn).
///
/// The `a` slice is stored transposed (`[k][row]`), so that a thread's rows
/// for one `k` are contiguous, like its columns of `b`. Elements outside the
/// matrices (when `n` is not a multiple of 128 or the depth) load as zeros and
/// results outside are not stored: the edges cost comparisons in the loads
/// and stores, never in the multiply-adds.
///
/// Fragments move 16 bytes at a time ([`Shared::get4`], [`Shared::set4`]):
/// `ld.shared.v4` on CUDA, whole `vec4`s of a `vec4` array on the shader
/// route. On CUDA the multiply-adds are fused (`fma.rn.f32`: Rust never
/// fuses `a * b + c` by itself and `core` has no stable `mul_add`); every
/// other target runs the plain Rust, which shader compilers may fuse
/// themselves.
/// Two workgroups stay resident per multiprocessor on CUDA
/// (`resident_workgroups = 2`): ptxas keeps each thread within 128
/// registers, and each workgroup's loads and barriers hide behind the other's
/// multiply-adds.
///
/// Each element of `c` is summed along `k` in order, as in the CPU
/// reference, so fused and unfused sums agree to rounding (the case's
/// tolerance).
#[kernel(workgroup_size = 256, resident_workgroups = 2)]
pub fn sgemm(
    n: u32,
    a: &[f32],
    b: &[f32],
    c: &mut [f32],
    ta: &Shared<f32, SGEMM_A_SHARED>,
    tb: &Shared<f32, SGEMM_B_SHARED>,
) {
    let (n32, n) = (n, n as usize);
    // What makes the unchecked accesses below sound.
    assert!(
        n.checked_mul(n)
            .is_some_and(|nn| a.len() >= nn && b.len() >= nn && c.len() >= nn),
        "sgemm: a, b and c must hold n × n elements"
    );
    // The workgroup has exactly SGEMM_THREADS threads: the `%` changes
    // nothing, but lets the compiler prove every shared-memory index in
    // bounds and drop the checks.
    let l = local_id().x as usize % SGEMM_THREADS;
    let (tx, ty) = (l % 16, l / 16);
    let group = workgroup_id();
    let (row0, col0) = (group.y as usize * SGEMM_TILE, group.x as usize * SGEMM_TILE);
    let mut loads = SgemmLoads::new(n, row0, col0, l);
    // The step counter is 32 bits wide, like `n`: 64-bit loop arithmetic
    // costs CUDA four instructions per step more.
    let steps = n32.div_ceil(SGEMM_DEPTH as u32);

    let mut acc = [[0.0f32; 8]; 8];
    let mut staged = loads.load(a, b, n32);
    sgemm_store(ta, tb, 0, l, &staged);
    barrier();
    for step in 0..steps {
        let stage = (step % 2) as usize;
        let more = step + 1 < steps;
        if more {
            // Issued now, stored after the multiply-adds: the memory latency
            // hides behind them.
            loads.advance(n);
            staged = loads.load(a, b, n32);
        }
        // The fragments of `k + 1` load while the multiply-adds of `k` run.
        // Written out: LLVM keeps a loop with a body this large rolled, and
        // a loop computes its shared-memory addresses at run time and copies
        // one set of fragment registers into the other at its end. (No
        // closure either: where an unoptimised build leaves it outlined, the
        // shader route cannot follow the pointers it captures.)
        if SGEMM_DEPTH == 16 {
            sgemm_pipelined!(acc, ta, tb, stage, tx, ty; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15);
        } else {
            const { assert!(SGEMM_DEPTH == 8 || SGEMM_DEPTH == 16) };
            sgemm_pipelined!(acc, ta, tb, stage, tx, ty; 0 1 2 3 4 5 6 7);
        }
        if more {
            // The other stage: every thread finished reading it before the
            // previous step's barrier.
            sgemm_store(ta, tb, ((step + 1) % 2) as usize, l, &staged);
        }
        barrier();
    }
    // Row by row, written out: with constant row indices `acc` stays in
    // registers on every target (a loop over the rows that a compiler does
    // not unroll would index it at run time, which needs memory).
    let [r0, r1, r2, r3, r4, r5, r6, r7] = acc;
    let (top, bottom) = (row0 + ty * 4, row0 + SGEMM_TILE / 2 + ty * 4);
    let col = col0 + tx * 4;
    sgemm_store_row(c, n, top, col, r0);
    sgemm_store_row(c, n, top + 1, col, r1);
    sgemm_store_row(c, n, top + 2, col, r2);
    sgemm_store_row(c, n, top + 3, col, r3);
    sgemm_store_row(c, n, bottom, col, r4);
    sgemm_store_row(c, n, bottom + 1, col, r5);
    sgemm_store_row(c, n, bottom + 2, col, r6);
    sgemm_store_row(c, n, bottom + 3, col, r7);
}

/// Stores one row of a thread's micro-tile: columns `col .. col + 4` and
/// `col + 64 .. col + 68` of row `row` of `c`, those inside it.
#[inline(always)]
fn sgemm_store_row(c: &mut [f32], n: usize, row: usize, col: usize, values: [f32; 8]) {
    if row >= n {
        return;
    }
    for (j, v) in values.into_iter().enumerate() {
        let col = col + j / 4 * (SGEMM_TILE / 2) + j % 4;
        if col < n {
            // SAFETY: row < n and col < n, and `c` holds n × n elements
            // (asserted by `sgemm`).
            unsafe { *c.get_unchecked_mut(row * n + col) = v };
        }
    }
}

/// Where one thread's loads of the `a` and `b` slices come from, advanced
/// one step at a time. Each thread loads `SGEMM_LOADS` neighbouring elements
/// of one row of each slice (elements `e = SGEMM_LOADS * l + q`), so
/// neighbouring threads read neighbouring floats and a thread's loads share
/// one address computation. Coordinates are `u32`, like `n`, so that the
/// edge tests are 32-bit. Indices past the matrices are never used, so their
/// arithmetic wraps.
struct SgemmLoads {
    /// The first `k` of the current step.
    k0: u32,
    /// Whether the workgroup's tile of `c` lies inside `c`: then a step whose
    /// slices end before `n` needs no edge test at all.
    tile_inside: bool,
    /// Index into `a` of the first load of the current step.
    a_at: usize,
    /// The row of `a`.
    a_row: u32,
    /// The `k` of the first load of `a`, from `k0`.
    a_k: u32,
    /// Index into `b` of the first load of the current step.
    b_at: usize,
    /// The `k` of the loads of `b`, from `k0`.
    b_k: u32,
    /// The column of the first load of `b`.
    b_col: u32,
}

impl SgemmLoads {
    /// The loads of the first step of the workgroup whose tile of `c` starts
    /// at `(row0, col0)`.
    #[inline(always)]
    fn new(n: usize, row0: usize, col0: usize, l: usize) -> SgemmLoads {
        let e = SGEMM_LOADS * l;
        let (row, a_k) = (row0 + e / SGEMM_DEPTH, e % SGEMM_DEPTH);
        let (b_k, col) = (e / SGEMM_TILE, col0 + e % SGEMM_TILE);
        SgemmLoads {
            k0: 0,
            tile_inside: row0 + SGEMM_TILE <= n && col0 + SGEMM_TILE <= n,
            a_at: row.wrapping_mul(n).wrapping_add(a_k),
            a_row: row as u32,
            a_k: a_k as u32,
            b_at: b_k.wrapping_mul(n).wrapping_add(col),
            b_k: b_k as u32,
            b_col: col as u32,
        }
    }

    /// This thread's elements of the current step's slices: `SGEMM_LOADS` of
    /// `a`, then `SGEMM_LOADS` of `b`; zeros outside the matrices.
    #[inline(always)]
    fn load(&self, a: &[f32], b: &[f32], n: u32) -> [f32; 2 * SGEMM_LOADS] {
        let mut v = [0.0f32; 2 * SGEMM_LOADS];
        // Inside the matrices (all but the last row and column of
        // workgroups, and the last step): no test per element. The condition
        // is the same for the whole workgroup.
        let inside = self.tile_inside && self.k0 + SGEMM_DEPTH as u32 <= n;
        #[cfg(target_arch = "nvptx64")]
        if inside && n % 4 == 0 && (a.as_ptr() as usize | b.as_ptr() as usize) % 16 == 0 {
            // Each thread's elements are 4 neighbours starting at a multiple
            // of 4: one 16-byte load from each matrix.
            for g in 0..SGEMM_LOADS / 4 {
                // SAFETY: in bounds as below; 16-byte aligned, as `n`, `a_at`,
                // `b_at` and the slices' starts are multiples of 4 elements.
                let (va, vb) = unsafe {
                    (
                        load4_global(a.as_ptr().add(self.a_at + 4 * g)),
                        load4_global(b.as_ptr().add(self.b_at + 4 * g)),
                    )
                };
                v[4 * g..4 * g + 4].copy_from_slice(&va);
                v[SGEMM_LOADS + 4 * g..SGEMM_LOADS + 4 * g + 4].copy_from_slice(&vb);
            }
            return v;
        }
        if inside {
            for q in 0..SGEMM_LOADS {
                // SAFETY: the indices are row * n + k and k * n + column with
                // row, k and column < n, and `a` and `b` hold n × n elements
                // (asserted by `sgemm`).
                unsafe {
                    v[q] = *a.get_unchecked(self.a_at + q);
                    v[SGEMM_LOADS + q] = *b.get_unchecked(self.b_at + q);
                }
            }
        } else {
            for q in 0..SGEMM_LOADS {
                let k = self.k0 + self.a_k + q as u32;
                if self.a_row < n && k < n {
                    // SAFETY: as above.
                    v[q] = unsafe { *a.get_unchecked(self.a_at + q) };
                }
                let (k, col) = (self.k0 + self.b_k, self.b_col + q as u32);
                if k < n && col < n {
                    // SAFETY: as above.
                    v[SGEMM_LOADS + q] = unsafe { *b.get_unchecked(self.b_at + q) };
                }
            }
        }
        v
    }

    /// Moves on to the next step, `SGEMM_DEPTH` further along `k`.
    #[inline(always)]
    fn advance(&mut self, n: usize) {
        self.k0 += SGEMM_DEPTH as u32;
        self.a_at = self.a_at.wrapping_add(SGEMM_DEPTH);
        self.b_at = self.b_at.wrapping_add(SGEMM_DEPTH.wrapping_mul(n));
    }
}

/// Stores what [`SgemmLoads::load`] brought into `stage` of the shared
/// slices, `a` transposed.
#[inline(always)]
fn sgemm_store(
    ta: &Shared<f32, SGEMM_A_SHARED>,
    tb: &Shared<f32, SGEMM_B_SHARED>,
    stage: usize,
    l: usize,
    v: &[f32; 2 * SGEMM_LOADS],
) {
    let e = SGEMM_LOADS * l;
    let (row, a_k) = (e / SGEMM_DEPTH, e % SGEMM_DEPTH);
    for q in 0..SGEMM_LOADS {
        ta.set(stage * SGEMM_A_STAGE + (a_k + q) * SGEMM_TILE + row, v[q]);
    }
    for g in 0..SGEMM_LOADS / 4 {
        let b = &v[SGEMM_LOADS + 4 * g..SGEMM_LOADS + 4 * g + 4];
        tb.set4(stage * SGEMM_B_STAGE + e + 4 * g, [b[0], b[1], b[2], b[3]]);
    }
}

/// The 8 values of the `a` slice (this thread's rows) and the 8 of the `b`
/// slice (its columns) at depth `k` of `stage`: four 16-byte loads.
#[inline(always)]
fn sgemm_fragments(
    ta: &Shared<f32, SGEMM_A_SHARED>,
    tb: &Shared<f32, SGEMM_B_SHARED>,
    stage: usize,
    k: usize,
    tx: usize,
    ty: usize,
) -> ([f32; 8], [f32; 8]) {
    let (a_at, b_at) = (stage * SGEMM_A_STAGE + ty * 4, stage * SGEMM_B_STAGE + tx * 4);
    // On CUDA, through views from this thread's first row (of the `a` slice)
    // and column (of `b`): each read is then a view's address plus a
    // constant, which `ld.shared` encodes, where indices into the whole
    // arrays cost integer instructions per read (a tenth of the step). The
    // shader route indexes the arrays: the lowering proves these indices in
    // bounds, and the shader compiler folds their constant parts itself.
    #[cfg(target_arch = "nvptx64")]
    let (ta, tb, a_at, b_at) = {
        const VIEW: usize = SGEMM_A_STAGE - (SGEMM_TILE / 2 - 4);
        const { assert!(SGEMM_A_STAGE == SGEMM_B_STAGE) };
        (ta.view::<VIEW>(a_at), tb.view::<VIEW>(b_at), 0, 0)
    };
    let (near, far) = (k * SGEMM_TILE, k * SGEMM_TILE + SGEMM_TILE / 2);
    let (a0, a1) = (ta.get4(a_at + near), ta.get4(a_at + far));
    let (b0, b1) = (tb.get4(b_at + near), tb.get4(b_at + far));
    (
        [a0[0], a0[1], a0[2], a0[3], a1[0], a1[1], a1[2], a1[3]],
        [b0[0], b0[1], b0[2], b0[3], b1[0], b1[1], b1[2], b1[3]],
    )
}

/// `acc += a ⊗ b`: the 64 multiply-adds of one `k`. The loops have constant
/// bounds, so they unroll and `acc` stays in registers.
#[inline(always)]
fn sgemm_outer(acc: &mut [[f32; 8]; 8], (a, b): &([f32; 8], [f32; 8])) {
    for i in 0..8 {
        for j in 0..8 {
            acc[i][j] = fma(a[i], b[j], acc[i][j]);
        }
    }
}

/// `a * b + c`, rounded once on CUDA (`fma.rn.f32`), twice elsewhere.
#[inline(always)]
fn fma(a: f32, b: f32, c: f32) -> f32 {
    #[cfg(target_arch = "nvptx64")]
    {
        let d: u32;
        // SAFETY: arithmetic on registers only.
        unsafe {
            core::arch::asm!(
                "fma.rn.f32 {d}, {a}, {b}, {c};",
                d = out(reg32) d,
                a = in(reg32) a.to_bits(),
                b = in(reg32) b.to_bits(),
                c = in(reg32) c.to_bits(),
                options(pure, nomem, nostack),
            );
        }
        f32::from_bits(d)
    }
    #[cfg(not(target_arch = "nvptx64"))]
    {
        a * b + c
    }
}

/// `p[0..4]`: one 16-byte `ld.global.nc.v4.f32` (through the read-only
/// cache).
///
/// # Safety
/// `p` points at 4 readable `f32`s of global memory, 16-byte aligned, that no
/// thread writes during the launch.
#[cfg(target_arch = "nvptx64")]
#[inline(always)]
unsafe fn load4_global(p: *const f32) -> [f32; 4] {
    let (x, y, z, w): (u32, u32, u32, u32);
    // SAFETY: the caller's contract. `readonly`: nothing in the kernel
    // writes the matrices it reads.
    unsafe {
        core::arch::asm!(
            "{{ .reg .u64 g; cvta.to.global.u64 g, {p}; ld.global.nc.v4.f32 {{{x}, {y}, {z}, {w}}}, [g]; }}",
            p = in(reg64) p,
            x = out(reg32) x,
            y = out(reg32) y,
            z = out(reg32) z,
            w = out(reg32) w,
            options(pure, readonly, nostack),
        );
    }
    [x, y, z, w].map(f32::from_bits)
}

// ---------------------------------------------------------------------------
// HGEMM and BGEMM: f16 and bf16 matrix products with f32 sums, on the
// matrix units (tensor cores, cooperative matrices) through
// `everygpu_kernel::matrix`.

/// Rows of `c` that one workgroup of `hgemm`/`bgemm` computes.
pub const GEMM_TILE: usize = 128;
/// Columns of `c` that one workgroup computes.
pub const GEMM_BLOCK_COLS: usize = 2 * GEMM_TILE;
/// Depth (along `k`) of the slices of `a` and `b` staged per step off
/// Hopper: one matrix tile.
pub const GEMM_DEPTH: usize = 16;
/// Threads per workgroup: 8 subgroups of 32 lanes, each computing a 64 × 64
/// part of the block as 4 × 4 matrix tiles (off Hopper).
pub const GEMM_THREADS: usize = 256;
/// Row stride of a staged slice of `a`: 8 elements (16 bytes) of padding
/// move consecutive rows to different shared-memory banks.
const GEMM_A_STRIDE: usize = GEMM_DEPTH + 8;
/// Row stride of a staged slice of `b` (padded as `a`'s).
const GEMM_B_STRIDE: usize = GEMM_BLOCK_COLS + 8;
const GEMM_A_STAGE: usize = GEMM_TILE * GEMM_A_STRIDE;
const GEMM_B_STAGE: usize = GEMM_DEPTH * GEMM_B_STRIDE;
/// Stages of `a` and `b` in flight on Hopper (see [`gemm_warpgroup`]).
const GEMM_WARPGROUP_STAGES: usize = 4;
const GEMM_WARPGROUP_A_STAGE: usize = 2 * warpgroup::A_ELEMENTS;
const GEMM_WARPGROUP_B_STAGE: usize = warpgroup::B_ELEMENTS;
/// Whether this is CUDA on Hopper (sm_90a), which stages slices for `wgmma`.
const HOPPER: bool = cfg!(all(target_arch = "nvptx64", target_feature = "sm_90a"));
/// Elements of the shared `a` array of `hgemm`/`bgemm`: Hopper's swizzled
/// stages, or two padded ones on every other target. (CUDA launches each
/// kernel with the workgroup memory its PTX declares.)
pub const GEMM_A_SHARED: usize = if HOPPER {
    GEMM_WARPGROUP_STAGES * GEMM_WARPGROUP_A_STAGE
} else {
    2 * GEMM_A_STAGE
};
/// Elements after Hopper's stages of `b`: 128 bytes where the tensor maps
/// are encoded, and a transfer barrier per stage.
const GEMM_WARPGROUP_TAIL: usize = (128 + 8 * GEMM_WARPGROUP_STAGES) / 2;
/// Elements of the shared `b` array of `hgemm`/`bgemm` (as `a`'s).
pub const GEMM_B_SHARED: usize = if HOPPER {
    GEMM_WARPGROUP_STAGES * GEMM_WARPGROUP_B_STAGE + GEMM_WARPGROUP_TAIL
} else {
    2 * GEMM_B_STAGE
};

/// `c = a · b` for `n × n` row-major matrices of `f16` (`n` a multiple of
/// 256), summed in `f32` on the matrix units. See [`gemm`].
#[kernel(workgroup_size = 256)]
pub fn hgemm(
    n: u32,
    a: &[f16],
    b: &[f16],
    c: &mut [f32],
    ta: &Shared<f16, GEMM_A_SHARED>,
    tb: &Shared<f16, GEMM_B_SHARED>,
) {
    gemm(n as usize, a, b, c, ta, tb);
}

/// `c = a · b` for `n × n` row-major matrices of `bf16` (`n` a multiple of
/// 256), summed in `f32` on the matrix units. See [`gemm`].
#[kernel(workgroup_size = 256)]
pub fn bgemm(
    n: u32,
    a: &[bf16],
    b: &[bf16],
    c: &mut [f32],
    ta: &Shared<bf16, GEMM_A_SHARED>,
    tb: &Shared<bf16, GEMM_B_SHARED>,
) {
    gemm(n as usize, a, b, c, ta, tb);
}

/// The element types of `hgemm` and `bgemm`.
trait GemmElement: MatrixElement {
    /// The tensor maps of `a` and `b` on Hopper: one pair per kernel (see
    /// `matrix::tma::MapSlot`).
    #[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
    fn maps() -> &'static [MapSlot; 2];
}

impl GemmElement for f16 {
    #[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
    fn maps() -> &'static [MapSlot; 2] {
        static MAPS: [MapSlot; 2] = [MapSlot::new(), MapSlot::new()];
        &MAPS
    }
}

impl GemmElement for bf16 {
    #[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
    fn maps() -> &'static [MapSlot; 2] {
        static MAPS: [MapSlot; 2] = [MapSlot::new(), MapSlot::new()];
        &MAPS
    }
}

/// One workgroup computes a 128 × 256 block of `c`.
///
/// - **CUDA on Hopper** (sm_90a) computes it with two warpgroups of `wgmma`
///   (see [`gemm_warpgroup`]).
/// - **Every other target**: each of the 8 subgroups computes a 64 × 64 part
///   of the block as 4 × 4 accumulator tiles, so that each tile it loads
///   takes part in 4 products. Slices of `a` and `b` one tile deep are
///   staged in workgroup memory, two stages deep: while the tiles of one stage are
///   multiplied, the next stage arrives (on CUDA by `cp.async`, asynchronous
///   copies that do not pass through registers; elsewhere through
///   registers, loaded before the multiply-adds and stored after them).
///   The shader route declares the arrays `array<f16, N>`, the element type
///   its cooperative loads read.
#[inline(always)]
fn gemm<T: GemmElement>(
    n: usize,
    a: &[T],
    b: &[T],
    c: &mut [f32],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
) {
    assert!(
        n % GEMM_BLOCK_COLS == 0
            && n.checked_mul(n)
                .is_some_and(|nn| a.len() >= nn && b.len() >= nn && c.len() >= nn),
        "hgemm/bgemm: n must be a multiple of 256, and a, b and c must hold n × n elements"
    );
    let row0 = workgroup_id().y as usize * GEMM_TILE;
    let col0 = workgroup_id().x as usize * GEMM_BLOCK_COLS;
    #[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
    gemm_warpgroup(n, a, b, c, ta, tb, row0, col0);
    #[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
    {
        let mut acc: [[Accumulator; 4]; 4] = core::array::from_fn(|_| core::array::from_fn(|_| Accumulator::zero()));
        gemm_staged(n, a, b, ta, tb, row0, col0, &mut acc);
        // Row by row, written out (see `gemm_multiply`).
        let (m0, n0) = gemm_warp_origin(row0, col0);
        let [r0, r1, r2, r3] = &acc;
        gemm_store_row(c, n, m0 * n + n0, r0);
        gemm_store_row(c, n, (m0 + 16) * n + n0, r1);
        gemm_store_row(c, n, (m0 + 32) * n + n0, r2);
        gemm_store_row(c, n, (m0 + 48) * n + n0, r3);
    }
}

/// Stores a row of 4 accumulator tiles at `c[at..]`, side by side.
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_store_row(c: &mut [f32], n: usize, at: usize, row: &[Accumulator; 4]) {
    let [t0, t1, t2, t3] = row;
    t0.store(c, at, n);
    t1.store(c, at + 16, n);
    t2.store(c, at + 32, n);
    t3.store(c, at + 48, n);
}

/// CUDA on Hopper (sm_90a): each of the two warpgroups computes 64 × 256 of
/// the block with `wgmma` (`matrix::warpgroup`), reading 32-deep slices of
/// `a` and `b` straight from workgroup memory, where the tensor memory
/// accelerator (`matrix::tma`) copies them in the swizzled layout the matrix
/// unit reads: one thread starts each step's copies (a 128 × 32 box of `a`
/// and eight 32 × 32 boxes of `b`), and a transfer barrier per stage says
/// when they have landed.
///
/// Four stages turn round: while the matrix unit multiplies step `s` (and
/// may still be finishing `s - 1`), the copies of steps `s + 1` and `s + 2`
/// are in flight; once both warpgroups are done with `s - 1` (a barrier),
/// the copies of `s + 3` go into its stage. Measured on an H100 with
/// `cp.async` copies by every thread instead (4096³, against cuBLAS in the
/// same run): one 64 × 256 instruction per 16 `k` instead of two 64 × 128
/// ones, 1.08×; addresses worked out once and moved along instead of
/// recomputed (and checked) at every step, 1.16×: the loop's instructions,
/// one after another, had been what each step waited for.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn gemm_warpgroup<T: GemmElement>(
    n: usize,
    a: &[T],
    b: &[T],
    c: &mut [f32],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    row0: usize,
    col0: usize,
) {
    use everygpu_kernel::matrix::tma::{Map, Swizzle, TransferBarrier};
    use warpgroup::{self as wg, SliceA, SliceB};
    const STAGES: usize = GEMM_WARPGROUP_STAGES;
    // Offsets into workgroup memory are in bytes, of 16-bit elements.
    const E: usize = 2;
    const { assert!(core::mem::size_of::<T>() == E) };
    const A_STAGE_BYTES: u32 = (E * GEMM_WARPGROUP_A_STAGE) as u32;
    const B_STAGE_BYTES: u32 = (E * GEMM_WARPGROUP_B_STAGE) as u32;
    // Bytes of a 32 × 32 box of `b`: one column group of its slice.
    const B_BOX_BYTES: u32 = (E * wg::DEPTH * 32) as u32;
    const {
        assert!(
            STAGES * GEMM_WARPGROUP_A_STAGE <= GEMM_A_SHARED
                && STAGES * GEMM_WARPGROUP_B_STAGE + GEMM_WARPGROUP_TAIL <= GEMM_B_SHARED
                && wg::COLS == 8 * 32
        )
    };
    let [slot_a, slot_b] = T::maps();
    // `gemm` checked the lengths; this checks the block.
    assert!(
        row0 + GEMM_TILE <= n && col0 + GEMM_BLOCK_COLS <= n,
        "hgemm/bgemm: the grid covers more than the n × n matrix"
    );
    let l = local_id().x as usize % GEMM_THREADS;
    let group = l / wg::THREADS;
    let steps = n / wg::DEPTH;
    let (a_window, b_window) = (wg::window_address(ta), wg::window_address(tb));
    // After `tb`'s stages: 128 bytes where the maps are encoded, then a
    // transfer barrier per stage.
    let tail = b_window + STAGES as u32 * B_STAGE_BYTES;
    let map_a = Map::build(
        slot_a,
        tail,
        a,
        n,
        n,
        [GEMM_TILE as u32, wg::DEPTH as u32],
        Swizzle::B64,
    );
    let map_b = Map::build(slot_b, tail, b, n, n, [wg::DEPTH as u32, 32], Swizzle::B64);
    // The transfer barrier of stage `s` (its address worked out, not an
    // array indexed at run time, which would live in memory).
    // SAFETY: 8 bytes each after the scratch, in `tb`'s tail, for nothing else.
    let full = |s: usize| unsafe { TransferBarrier::at(tail + 128 + 8 * s as u32) };
    let producer = l == 0;
    if producer {
        for s in 0..STAGES {
            full(s).init(1);
        }
    }
    barrier();
    // Starts the copies of `step` (by the producer): `a`'s 128 rows of the
    // block, which the two warpgroups' slices are, and `b`'s 256 columns as
    // eight column groups.
    let stage = |step: usize| {
        let s = step % STAGES;
        let k0 = (step * wg::DEPTH) as u32;
        full(s).expect(A_STAGE_BYTES + B_STAGE_BYTES);
        let (to_a, to_b) = (a_window + s as u32 * A_STAGE_BYTES, b_window + s as u32 * B_STAGE_BYTES);
        // SAFETY: the stage is free (every warpgroup is done with the step
        // that used it, see below) and 512-byte aligned; the boxes lie in
        // the matrices (checked above).
        unsafe {
            map_a.copy(to_a, [row0 as u32, k0], full(s));
            for j in 0..8 {
                map_b.copy(to_b + j * B_BOX_BYTES, [k0, (col0 + 32 * j as usize) as u32], full(s));
            }
        }
    };
    let mut acc = wg::Accumulator::zero();
    // The slices of stage 0; later stages are these, moved along.
    let slice_a = SliceA::at(ta, group * wg::A_ELEMENTS);
    let slice_b = SliceB::at(tb, 0);
    if producer {
        for step in 0..steps.min(STAGES - 1) {
            stage(step);
        }
    }
    for step in 0..steps {
        let s = step % STAGES;
        full(s).wait(((step / STAGES) % 2) as u32);
        acc.mma_async::<T>(
            slice_a.plus(s as u32 * A_STAGE_BYTES),
            slice_b.plus(s as u32 * B_STAGE_BYTES),
        );
        // This warpgroup's step `step - 1` is done; after the barrier,
        // everyone's is, and its stage takes the copies of `step + 3`.
        acc.wait::<1>();
        barrier();
        if producer && step + STAGES - 1 < steps {
            stage(step + STAGES - 1);
        }
    }
    let at = (row0 + wg::ROWS * group) * n + col0;
    acc.store(c, at, n);
}

/// The top-left element of this subgroup's 64 × 64 part of the block.
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_warp_origin(row0: usize, col0: usize) -> (usize, usize) {
    // 8 subgroups of 32 lanes: 2 down, 4 across. (The shader route's
    // cooperative matrices assume a device whose subgroups have 32 lanes,
    // as NVIDIA's do; the CPU's have 32 too.)
    let id = subgroup::id() as usize % 8;
    (row0 + (id / 4) * 64, col0 + (id % 4) * 64)
}

/// CUDA before Hopper: slices of `a` and `b` copied into workgroup memory by
/// `cp.async`, two stages deep: while the tiles of one stage are
/// multiplied, the copies of the next one are in flight, without passing
/// through registers.
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn gemm_staged<T: MatrixElement>(
    n: usize,
    a: &[T],
    b: &[T],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    row0: usize,
    col0: usize,
    acc: &mut [[Accumulator; 4]; 4],
) {
    let l = local_id().x as usize % GEMM_THREADS;
    let steps = n / GEMM_DEPTH;
    gemm_stage(n, a, b, ta, tb, row0, col0, 0, 0, l);
    for step in 0..steps {
        let stage = step % 2;
        if step + 1 < steps {
            gemm_stage(n, a, b, ta, tb, row0, col0, (step + 1) * GEMM_DEPTH, 1 - stage, l);
        }
        // This step's stage has arrived (the next one may still be in flight).
        if step + 1 < steps {
            copy_wait::<1>();
        } else {
            copy_wait::<0>();
        }
        barrier();
        gemm_multiply(ta, tb, stage, acc);
        // Every subgroup is done with this stage before it is refilled.
        barrier();
    }
}

/// Every other target (the shader route, the CPU): slices of `a` and `b`
/// staged in workgroup memory through registers, two stages deep. Each step
/// loads the next step's slices into registers, multiplies the tiles of the
/// current stage while those loads are in flight, and stores them into the
/// other stage halfway through the multiply-adds; one barrier per step
/// separates the stages. (Stored after all the multiply-adds instead, it ran
/// 1.28× slower on an H100's Vulkan driver: there the loads did not overlap
/// the products.)
#[cfg(not(target_arch = "nvptx64"))]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn gemm_staged<T: MatrixElement>(
    n: usize,
    a: &[T],
    b: &[T],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    row0: usize,
    col0: usize,
    acc: &mut [[Accumulator; 4]; 4],
) {
    let l = local_id().x as usize % GEMM_THREADS;
    let steps = n / GEMM_DEPTH;
    let mut slices = GemmSlices::load(n, a, b, row0, col0, 0, l);
    slices.store(ta, tb, 0, l);
    for step in 0..steps {
        let stage = step % 2;
        let more = step + 1 < steps;
        if more {
            // Issued now, stored amid the multiply-adds: the memory latency
            // hides behind them.
            slices = GemmSlices::load(n, a, b, row0, col0, (step + 1) * GEMM_DEPTH, l);
        }
        // This step's stage is stored, and every subgroup is done with the
        // other one (the previous step's).
        barrier();
        let (tiles_b, a_at) = gemm_operands(tb, stage);
        let [r0, r1, r2, r3] = &mut *acc;
        gemm_multiply_row(ta, a_at, &tiles_b, r0);
        gemm_multiply_row(ta, a_at + 16 * GEMM_A_STRIDE, &tiles_b, r1);
        if more {
            slices.store(ta, tb, 1 - stage, l);
        }
        gemm_multiply_row(ta, a_at + 32 * GEMM_A_STRIDE, &tiles_b, r2);
        gemm_multiply_row(ta, a_at + 48 * GEMM_A_STRIDE, &tiles_b, r3);
    }
}

/// One thread's share of the 128 × 16 slice of `a` and the 16 × 256 slice of
/// `b` at one depth, in registers: 4 and 8 words (pairs of elements).
/// Neighbouring threads move neighbouring words, so that a subgroup's loads
/// read contiguous memory and its stores fill contiguous banks of workgroup
/// memory.
#[cfg(not(target_arch = "nvptx64"))]
struct GemmSlices {
    a: [u32; GEMM_A_WORDS],
    b: [u32; GEMM_B_WORDS],
}

/// Words of the `a` slice that one thread moves per step.
#[cfg(not(target_arch = "nvptx64"))]
const GEMM_A_WORDS: usize = GEMM_TILE * GEMM_DEPTH / 2 / GEMM_THREADS;
/// Words of the `b` slice that one thread moves per step.
#[cfg(not(target_arch = "nvptx64"))]
const GEMM_B_WORDS: usize = GEMM_DEPTH * GEMM_BLOCK_COLS / 2 / GEMM_THREADS;

#[cfg(not(target_arch = "nvptx64"))]
impl GemmSlices {
    /// Word `j` of this thread's share of the `a` slice: row `q / 8` of the
    /// slice, elements `2 (q % 8)` and the next, with `q = l + 256 j`.
    #[inline(always)]
    fn a_word(l: usize, j: usize) -> (usize, usize) {
        let q = l + GEMM_THREADS * j;
        (q / (GEMM_DEPTH / 2), 2 * (q % (GEMM_DEPTH / 2)))
    }

    /// Word `j` of this thread's share of the `b` slice: row `q / 128`,
    /// elements `2 (q % 128)` and the next.
    #[inline(always)]
    fn b_word(l: usize, j: usize) -> (usize, usize) {
        let q = l + GEMM_THREADS * j;
        (q / (GEMM_BLOCK_COLS / 2), 2 * (q % (GEMM_BLOCK_COLS / 2)))
    }

    /// Loads this thread's words of the slices at depth `k0`.
    #[inline(always)]
    fn load<T: MatrixElement>(n: usize, a: &[T], b: &[T], row0: usize, col0: usize, k0: usize, l: usize) -> Self {
        // SAFETY (both loads): rows and columns are below `n` (`gemm`'s
        // tiles lie inside the matrices, `n` being a multiple of 256), and
        // `a` and `b` hold n × n elements (asserted by `gemm`).
        GemmSlices {
            a: core::array::from_fn(|j| {
                let (r, k) = Self::a_word(l, j);
                unsafe { load_word(a.as_ptr().add((row0 + r) * n + k0 + k)) }
            }),
            b: core::array::from_fn(|j| {
                let (k, c) = Self::b_word(l, j);
                unsafe { load_word(b.as_ptr().add((k0 + k) * n + col0 + c)) }
            }),
        }
    }

    /// Stores the words into `stage` of the workgroup's slices.
    #[inline(always)]
    fn store<T: MatrixElement>(
        &self,
        ta: &Shared<T, GEMM_A_SHARED>,
        tb: &Shared<T, GEMM_B_SHARED>,
        stage: usize,
        l: usize,
    ) {
        for (j, &word) in self.a.iter().enumerate() {
            let (r, k) = Self::a_word(l, j);
            store_word(ta, stage * GEMM_A_STAGE + r * GEMM_A_STRIDE + k, word);
        }
        for (j, &word) in self.b.iter().enumerate() {
            let (k, c) = Self::b_word(l, j);
            store_word(tb, stage * GEMM_B_STAGE + k * GEMM_B_STRIDE + c, word);
        }
    }
}

/// The two 2-byte elements at `p`, as one word.
///
/// # Safety
/// `p` points at two readable elements, at an even index of a buffer.
#[cfg(not(target_arch = "nvptx64"))]
#[inline(always)]
unsafe fn load_word<T: MatrixElement>(p: *const T) -> u32 {
    const { assert!(core::mem::size_of::<T>() == 2) };
    // SAFETY: the caller's contract. The shader route's buffers are arrays
    // of words, so an even element is word-aligned there (and must be read
    // as one: it assembles under-aligned loads from bytes); elsewhere only
    // the elements' alignment is known.
    unsafe {
        if cfg!(target_arch = "wasm32") {
            p.cast::<u32>().read()
        } else {
            p.cast::<u32>().read_unaligned()
        }
    }
}

/// Stores `word` as elements `i` and `i + 1` of `dst` (`i` even).
#[cfg(not(target_arch = "nvptx64"))]
#[inline(always)]
fn store_word<T: MatrixElement, const N: usize>(dst: &Shared<T, N>, i: usize, word: u32) {
    const { assert!(core::mem::size_of::<T>() == 2) };
    let p = dst.ptr(i);
    assert!(i + 1 < N, "store_word: the staged slice ends past the shared array");
    // SAFETY: two elements in bounds (checked above); `i` is even, which
    // aligns the word on the shader route (see `load_word`).
    unsafe {
        if cfg!(target_arch = "wasm32") {
            p.cast::<u32>().write(word)
        } else {
            p.cast::<u32>().write_unaligned(word)
        }
    }
}

/// Multiplies the tiles of `stage`: per subgroup, 4 tiles of `a` by 4 of
/// `b`.
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_multiply<T: MatrixElement>(
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    stage: usize,
    acc: &mut [[Accumulator; 4]; 4],
) {
    let (tiles_b, a_at) = gemm_operands(tb, stage);
    // Row by row, written out: LLVM leaves a loop over the rows rolled on
    // CUDA, and the accumulators indexed at run time go to memory.
    let [r0, r1, r2, r3] = acc;
    gemm_multiply_row(ta, a_at, &tiles_b, r0);
    gemm_multiply_row(ta, a_at + 16 * GEMM_A_STRIDE, &tiles_b, r1);
    gemm_multiply_row(ta, a_at + 32 * GEMM_A_STRIDE, &tiles_b, r2);
    gemm_multiply_row(ta, a_at + 48 * GEMM_A_STRIDE, &tiles_b, r3);
}

/// The 4 tiles of `b` that this subgroup multiplies in `stage`, and where
/// its first tile of `a` starts (the others follow 16 rows apart).
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_operands<T: MatrixElement>(tb: &Shared<T, GEMM_B_SHARED>, stage: usize) -> ([TileB<T>; 4], usize) {
    const { assert!(GEMM_DEPTH == 16) };
    let (wm, wn) = gemm_warp_origin(0, 0);
    // The tiles by name: built by an array's `map`, they would pass through
    // memory wherever LLVM leaves the `map` outlined, which the shader route
    // cannot follow.
    let b_at = stage * GEMM_B_STAGE + wn;
    let tile_b0 = TileB::load_shared(tb, b_at, GEMM_B_STRIDE);
    let tile_b1 = TileB::load_shared(tb, b_at + 16, GEMM_B_STRIDE);
    let tile_b2 = TileB::load_shared(tb, b_at + 32, GEMM_B_STRIDE);
    let tile_b3 = TileB::load_shared(tb, b_at + 48, GEMM_B_STRIDE);
    (
        [tile_b0, tile_b1, tile_b2, tile_b3],
        stage * GEMM_A_STAGE + wm * GEMM_A_STRIDE,
    )
}

/// `row[j] += A · tiles_b[j]` for the tile `A` of `a` at `a_at`.
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_multiply_row<T: MatrixElement>(
    ta: &Shared<T, GEMM_A_SHARED>,
    a_at: usize,
    tiles_b: &[TileB<T>; 4],
    row: &mut [Accumulator; 4],
) {
    let tile_a = TileA::load_shared(ta, a_at, GEMM_A_STRIDE);
    let [t0, t1, t2, t3] = row;
    t0.mma(&tile_a, &tiles_b[0]);
    t1.mma(&tile_a, &tiles_b[1]);
    t2.mma(&tile_a, &tiles_b[2]);
    t3.mma(&tile_a, &tiles_b[3]);
}

/// Starts copying the 128 × 16 slice of `a` and the 16 × 256 slice of `b` at
/// depth `k0` into `stage`: 16 bytes (8 elements) at a time, one of `a` and
/// two of `b` per thread.
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn gemm_stage<T: MatrixElement>(
    n: usize,
    a: &[T],
    b: &[T],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    row0: usize,
    col0: usize,
    k0: usize,
    stage: usize,
    l: usize,
) {
    let (r, k) = (l / 2, (l % 2) * 8);
    copy16(
        ta,
        stage * GEMM_A_STAGE + r * GEMM_A_STRIDE + k,
        a,
        (row0 + r) * n + k0 + k,
    );
    for chunk in [l, l + GEMM_THREADS] {
        let (k, col) = (chunk / 32, (chunk % 32) * 8);
        copy16(
            tb,
            stage * GEMM_B_STAGE + k * GEMM_B_STRIDE + col,
            b,
            (k0 + k) * n + col0 + col,
        );
    }
    copy_commit();
}

/// Copies `src[from..from + 8]` to `dst[to..to + 8]`: asynchronously with
/// `cp.async` on CUDA (completed by [`copy_wait`]).
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[inline(always)]
fn copy16<T: Copy, const N: usize>(dst: &Shared<T, N>, to: usize, src: &[T], from: usize) {
    let src = &src[from..from + 8];
    assert!(to + 8 <= N, "copy16: the staged slice ends past the shared array");
    let dst = dst.ptr(to);
    // SAFETY: 16 bytes in bounds on both sides (checked above), 16-byte
    // aligned (the offsets are multiples of 8 elements of 2 bytes).
    unsafe {
        core::arch::asm!(
            "{{ .reg .u64 sa; cvta.to.shared.u64 sa, {d}; cp.async.cg.shared.global [sa], [{s}], 16; }}",
            d = in(reg64) dst,
            s = in(reg64) src.as_ptr(),
            options(nostack),
        );
    }
}

/// Ends a group of asynchronous copies.
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[inline(always)]
fn copy_commit() {
    // SAFETY: groups the copies issued so far.
    unsafe { core::arch::asm!("cp.async.commit_group;", options(nostack)) };
}

/// Waits until at most `IN_FLIGHT` of this thread's newest copy groups are
/// still in flight (0 to 4).
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[inline(always)]
fn copy_wait<const IN_FLIGHT: u32>() {
    const { assert!(IN_FLIGHT <= 4, "copy_wait: at most 4 groups in flight") };
    // SAFETY: waits for this thread's own copies.
    unsafe {
        match IN_FLIGHT {
            0 => core::arch::asm!("cp.async.wait_group 0;", options(nostack)),
            1 => core::arch::asm!("cp.async.wait_group 1;", options(nostack)),
            2 => core::arch::asm!("cp.async.wait_group 2;", options(nostack)),
            3 => core::arch::asm!("cp.async.wait_group 3;", options(nostack)),
            4 => core::arch::asm!("cp.async.wait_group 4;", options(nostack)),
            _ => unreachable!(),
        }
    }
}
