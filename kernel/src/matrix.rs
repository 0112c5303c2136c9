//! Matrix tiles on the GPU's matrix units (NVIDIA tensor cores, Vulkan
//! cooperative matrices): a subgroup multiplies 16 × 16 tiles of `f16` or
//! `bf16` and accumulates in `f32`.
//!
//! ```ignore
//! use everygpu_kernel::matrix::{Accumulator, TileA, TileB};
//! use everygpu_kernel::f16;
//! // C[16×16] = A[16×k] · B[k×16], row-major, `lda`/`ldb`/`ldc` elements per row.
//! let mut acc = Accumulator::zero();
//! for k in (0..depth).step_by(16) {
//!     let a = TileA::<f16>::load(a, row * lda + k, lda);
//!     let b = TileB::<f16>::load(b, k * ldb + col, ldb);
//!     acc.mma(&a, &b);
//! }
//! acc.store(c, row * ldc + col, ldc);
//! ```
//!
//! # The contract
//! - **A tile belongs to a whole subgroup.** Every lane of the subgroup makes
//!   the same call with the same arguments, in subgroup-uniform control flow
//!   (see [`crate::subgroup`]); each lane holds a share of the tile that the
//!   program cannot see. Use workgroup sizes that are a multiple of the
//!   subgroup size (32 on NVIDIA GPUs and on the CPU).
//! - **Shapes**: every tile is 16 × 16 and a multiply-accumulate is
//!   16 × 16 × 16 (`M × N × K`), the shape NVIDIA (`wmma.m16n16k16`), Vulkan
//!   drivers (`VK_KHR_cooperative_matrix`) and AMD (WMMA) share.
//! - **Memory**: tiles are row-major. Element `(r, c)` of a tile loaded at
//!   `offset` with `stride` is `src[offset + r * stride + c]`. `offset` must
//!   be a multiple of 32 bytes (16 `f16`s, 8 `f32`s) and `stride` a multiple
//!   of 16 bytes (8 `f16`s, 4 `f32`s) and at least 16; the tile must lie in
//!   the slice. Calls that break these rules panic, naming the rule.
//! - **Arithmetic**: products of `f16`/`bf16` are exact in `f32`; the order
//!   in which a multiply-accumulate adds them depends on the hardware, so
//!   compare results with a tolerance that grows with the depth.
//!
//! # Routes
//! - nvptx (CUDA, sm_70+; `bf16` sm_80+): `wmma.load`, `wmma.mma`,
//!   `wmma.store` on tensor cores; tiles of workgroup memory are loaded
//!   through the `.shared` state space.
//! - wasm (Vulkan, wgpu): naga's cooperative-matrix IR
//!   (`SPV_KHR_cooperative_matrix`), `f16` tiles loaded from buffers; devices
//!   without `VK_KHR_cooperative_matrix`, or without the 16 × 16 × 16
//!   `f16 · f16 → f32` shape, refuse the kernel and list the shapes they have.
//!   naga has no `bf16` type and no cooperative load from workgroup memory
//!   typed per element: those kernels are refused on this route, with that
//!   reason, and run on the others.
//! - CPU: an exact software implementation: each lane holds 8 elements of a
//!   tile, and a multiply-accumulate adds the 16 products of each element in
//!   order, in `f32`.

pub mod tma;
pub mod warpgroup;

pub use half::{bf16, f16};

use crate::{arch, Element, Shared};
use core::marker::PhantomData;

/// Rows and columns of every tile, and the depth of a multiply-accumulate.
pub const TILE: usize = 16;

/// Which operand of `C += A · B` a tile is.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The left operand (`M × K`).
    A,
    /// The right operand (`K × N`).
    B,
}

/// The element type of an input tile.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// IEEE half precision.
    F16,
    /// bfloat16.
    Bf16,
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for half::f16 {}
    impl Sealed for half::bf16 {}
}

/// An element type of input tiles: [`f16`](struct@f16) or [`bf16`](struct@bf16).
pub trait MatrixElement: Element + sealed::Sealed {
    #[doc(hidden)]
    const KIND: Kind;
}
impl MatrixElement for f16 {
    const KIND: Kind = Kind::F16;
}
impl MatrixElement for bf16 {
    const KIND: Kind = Kind::Bf16;
}

/// A 16 × 16 tile of the left operand `A`, held by a subgroup.
#[derive(Clone, Copy)]
pub struct TileA<T: MatrixElement> {
    raw: arch::MatTile,
    _elem: PhantomData<T>,
}

/// A 16 × 16 tile of the right operand `B`, held by a subgroup.
#[derive(Clone, Copy)]
pub struct TileB<T: MatrixElement> {
    raw: arch::MatTile,
    _elem: PhantomData<T>,
}

/// A 16 × 16 tile of `f32` sums, held by a subgroup.
#[derive(Clone, Copy)]
pub struct Accumulator {
    raw: arch::MatAcc,
}

/// Checks a tile access of `elem_bytes`-byte elements against the slice
/// length and the alignment rules (see the module docs).
#[inline(always)]
#[track_caller]
fn check(len: usize, offset: usize, stride: usize, elem_bytes: usize) {
    if !(offset * elem_bytes).is_multiple_of(32) {
        panic!("matrix tile offset is not a multiple of 32 bytes");
    }
    if !(stride * elem_bytes).is_multiple_of(16) || stride < TILE {
        panic!("matrix tile stride is not a multiple of 16 bytes of at least 16 elements");
    }
    let end = offset + (TILE - 1) * stride + TILE;
    if end > len {
        panic!("matrix tile out of bounds: the len is {len} but the tile ends at {end}");
    }
}

macro_rules! input_tile {
    ($name:ident, $role:expr) => {
        impl<T: MatrixElement> $name<T> {
            /// Loads the tile whose element `(r, c)` is `src[offset + r * stride + c]`.
            #[inline(always)]
            #[track_caller]
            pub fn load(src: &[T], offset: usize, stride: usize) -> Self {
                check(src.len(), offset, stride, 2);
                // SAFETY: checked in bounds and aligned; every lane calls it.
                let raw = unsafe { arch::mat_load($role, T::KIND, src.as_ptr().add(offset).cast(), stride, false) };
                $name {
                    raw,
                    _elem: PhantomData,
                }
            }

            /// [`Self::load`] from workgroup memory.
            #[inline(always)]
            #[track_caller]
            pub fn load_shared<const N: usize>(src: &Shared<T, N>, offset: usize, stride: usize) -> Self {
                check(N, offset, stride, 2);
                // SAFETY: as above.
                let raw = unsafe { arch::mat_load($role, T::KIND, src.ptr(offset).cast_const().cast(), stride, true) };
                $name {
                    raw,
                    _elem: PhantomData,
                }
            }
        }
    };
}
input_tile!(TileA, Role::A);
input_tile!(TileB, Role::B);

impl Accumulator {
    /// A tile of zeros.
    #[inline(always)]
    pub fn zero() -> Accumulator {
        Accumulator { raw: arch::mat_zero() }
    }

    /// Loads the tile whose element `(r, c)` is `src[offset + r * stride + c]`.
    #[inline(always)]
    #[track_caller]
    pub fn load(src: &[f32], offset: usize, stride: usize) -> Accumulator {
        check(src.len(), offset, stride, 4);
        // SAFETY: checked in bounds and aligned; every lane calls it.
        let raw = unsafe { arch::mat_load_acc(src.as_ptr().add(offset), stride, false) };
        Accumulator { raw }
    }

    /// `self += a · b`.
    #[inline(always)]
    #[track_caller]
    pub fn mma<T: MatrixElement>(&mut self, a: &TileA<T>, b: &TileB<T>) {
        self.raw = arch::mat_mma(T::KIND, &self.raw, &a.raw, &b.raw);
    }

    /// Multiplies every element by `s`.
    #[inline(always)]
    pub fn scale(&mut self, s: f32) {
        self.raw = arch::mat_scale(&self.raw, s);
    }

    /// Stores the tile: element `(r, c)` to `dst[offset + r * stride + c]`.
    #[inline(always)]
    #[track_caller]
    pub fn store(&self, dst: &mut [f32], offset: usize, stride: usize) {
        check(dst.len(), offset, stride, 4);
        // SAFETY: checked in bounds and aligned; every lane calls it.
        unsafe { arch::mat_store(&self.raw, dst.as_mut_ptr().add(offset), stride, false) };
    }

    /// [`Self::store`] to workgroup memory.
    #[inline(always)]
    #[track_caller]
    pub fn store_shared<const N: usize>(&self, dst: &Shared<f32, N>, offset: usize, stride: usize) {
        check(N, offset, stride, 4);
        // SAFETY: as above.
        unsafe { arch::mat_store(&self.raw, dst.ptr(offset), stride, true) };
    }
}
