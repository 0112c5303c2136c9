//! everygpu's sample kernels, each with a case in `cases.rs`, compiled by real rustc for every route.
//!
//! `saxpy` below; the rest by family: `stream` (BabelStream, scalar and
//! 16-byte elements), `reduce` (reductions, atomics, a constant table),
//! `matmul` (naive and tiled), `compute` (n-body, Mandelbrot), `sort`
//! (bitonic sort, prefix sums), `subgroups` (reductions and scans in
//! registers), `sgemm` (the register-blocked f32 GEMM), `gemm16` (f16/bf16
//! GEMMs on the matrix units), `print` (`gpu_println!` from every thread).
#![no_std]
#![cfg_attr(target_arch = "nvptx64", feature(asm_experimental_arch))]

// What the kernels use, for every module below (`use super::*`).
use everygpu_kernel::math::Float;
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
use everygpu_kernel::matrix::tma::MapSlot;
use everygpu_kernel::matrix::{warpgroup, MatrixElement};
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
use everygpu_kernel::matrix::{Accumulator, TileA, TileB};
use everygpu_kernel::{
    atomic, barrier, bf16, f16, global_id, global_index, gpu_println, kernel, local_id, subgroup, workgroup_id,
    workgroup_index, Element, Get4, Shared,
};

/// `y = a * x + y`
#[kernel]
pub fn saxpy(a: f32, x: &[f32], y: &mut [f32]) {
    let i = global_index();
    if i < y.len() {
        y[i] = a * x[i] + y[i];
    }
}

mod compute;
mod gemm16;
mod matmul;
mod print;
mod reduce;
mod sgemm;
mod sort;
mod stream;
mod subgroups;

pub use compute::*;
pub use gemm16::*;
pub use matmul::*;
pub use print::*;
pub use reduce::*;
pub use sgemm::*;
pub use sort::*;
pub use stream::*;
pub use subgroups::*;

everygpu_kernel::host_only! {
    mod cases;
}
