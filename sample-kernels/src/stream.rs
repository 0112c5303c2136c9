//! BabelStream: copy, mul, add, triad, dot, in f32 and f64.

use super::*;

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
pub(crate) fn tree_sum<T: Copy + core::ops::Add<Output = T>, const N: usize>(tile: &Shared<T, N>, l: usize) {
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
