#![allow(missing_docs)]
//! Per-target intrinsics behind the portable API: one module per route.
//!
//! Every module exports the same functions (the plain workgroup accessors
//! that the host and wasm share are defined here once); the portable API in
//! the crate root calls them, and the `#[kernel]` macro's entry points use
//! the `shared_*` ones.

#[cfg(not(any(target_arch = "nvptx64", target_arch = "wasm32", target_arch = "amdgpu")))]
mod host;
#[cfg(not(any(target_arch = "nvptx64", target_arch = "wasm32", target_arch = "amdgpu")))]
pub use host::*;

#[cfg(target_arch = "nvptx64")]
mod nvptx;
#[cfg(target_arch = "nvptx64")]
pub use nvptx::*;

#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(target_arch = "wasm32")]
pub use wasm::*;

/// Element `i` of a workgroup array: a plain read where workgroup memory is
/// ordinary memory (the host) or the lowering finds the array by its address
/// (wasm); nvptx reads the `.shared` window.
///
/// # Safety
/// `p.add(i)` is in bounds of the array.
#[cfg(not(target_arch = "nvptx64"))]
#[inline(always)]
pub unsafe fn shared_read<T: Copy>(p: *const T, i: usize) -> T {
    // SAFETY: the caller's contract.
    unsafe { p.add(i).read() }
}

/// Stores `v` in element `i` of a workgroup array (as [`shared_read`]).
///
/// # Safety
/// As for [`shared_read`].
#[cfg(not(target_arch = "nvptx64"))]
#[inline(always)]
pub unsafe fn shared_write<T: Copy>(p: *mut T, i: usize, v: T) {
    // SAFETY: the caller's contract.
    unsafe { p.add(i).write(v) }
}
