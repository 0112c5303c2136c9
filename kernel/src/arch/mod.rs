#![allow(missing_docs)]
//! Per-target intrinsics behind the portable API: one module per route.
//!
//! Every module exports the same functions; the portable API in the crate root
//! calls them, and the `#[kernel]` macro's entry points use the `shared_*` ones.

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
