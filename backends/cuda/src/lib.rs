//! everygpu's CUDA backend: runs the nvptx route's self-contained PTX through
//! the CUDA driver API, and baselines beside it: CUDA C++ built by `nvcc`,
//! and cuBLAS.
//!
//! `libcuda` is loaded at run time (cudarc's `dynamic-loading`), so the same
//! binary runs on machines without CUDA, where [`enumerate`] reports why.
//!
//! Layout, as in wgpu-hal's backends: the types are declared here
//! ([`CudaBackend`] and its context `State`), each module implements one
//! concern on them, and no module imports a sibling that imports it back.
//! - `instance`: loading the driver, `cuInit`;
//! - `adapter`: one device's facts ([`everygpu_backend::DeviceInfo`]);
//! - `device`: opening and recreating the context, and the [`Backend`] impl;
//! - `module`: PTX → `CUmodule` with the JIT logs, the status global;
//! - `command`: running a case plan, timing, panic checks;
//! - `conv`: pure translations (arch names, peaks, argument packing);
//! - [`baseline`]: BabelStream in CUDA C++, compiled with `nvcc -ptx`;
//! - [`cublas`]: cuBLAS SGEMM and `cublasGemmEx` (f16/bf16 on tensor cores), `libcublas` loaded at run time;
//! - `clocks`: [`ClockHold`], compute clocks held for benchmarks.

mod adapter;
pub mod baseline;
mod clocks;
mod command;
pub mod conv;
pub mod cublas;
mod device;
mod instance;
mod module;

pub use clocks::ClockHold;
pub use conv::ComputeCapability;
pub use instance::MIN_DRIVER_VERSION;
pub use module::STATUS_GLOBAL;

use everygpu_backend::{Absent, Backend, Enumerated};

use cudarc::driver::sys;
use everygpu_backend::Manifest;

use crate::adapter::Adapter;
use crate::module::Module;

/// A CUDA device, running PTX from the nvptx route, and cuBLAS routines
/// once [`CudaBackend::load_cublas`] succeeded.
pub struct CudaBackend {
    id: String,
    adapter: Adapter,
    /// The context and what lives in it; created on first use.
    state: Option<State>,
    /// The last artifact loaded, to reload after the context is recreated.
    loaded: Option<(std::sync::Arc<str>, Manifest)>,
    /// Whether cuBLAS is loaded, to recreate its handle with the context.
    cublas: bool,
    /// Why the context was lost, when it was: the next call recreates it.
    lost: Option<String>,
}

impl std::fmt::Debug for CudaBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CudaBackend")
            .field("id", &self.id)
            .field("device", &self.adapter.info.name)
            .finish()
    }
}

/// A context with its stream, status buffer, module and cuBLAS handle.
pub(crate) struct State {
    pub(crate) context: sys::CUcontext,
    pub(crate) stream: sys::CUstream,
    /// `STATUS_WORDS` u32 words the panic handler writes.
    pub(crate) status: sys::CUdeviceptr,
    pub(crate) module: Option<Module>,
    /// cuBLAS on `stream`, after [`CudaBackend::load_cublas`].
    pub(crate) blas: Option<crate::cublas::Handle>,
}

// SAFETY: the driver's handles may be used from any thread once the context
// is made current there, which every entry point of `CudaBackend` does first.
unsafe impl Send for State {}

/// The backend family's name in [`Absent`] reports.
pub const FAMILY: &str = "cuda";

/// One [`CudaBackend`] per CUDA device (`cuda:0`, `cuda:1`, ...), or an
/// [`Absent`] that says why there is none: "libcuda.so not found (...)", "no
/// CUDA device (...)", a driver too old. Cheap: contexts are created on first
/// use.
pub fn enumerate() -> Enumerated {
    let mut out = Enumerated::default();
    let driver = match instance::driver() {
        Ok(d) => d,
        Err(reason) => {
            out.absent.push(Absent {
                backend: FAMILY.to_string(),
                reason,
            });
            return out;
        }
    };
    for ordinal in 0..driver.device_count {
        match CudaBackend::open(ordinal) {
            Ok(b) => out.backends.push(Box::new(b) as Box<dyn Backend>),
            Err(e) => out.absent.push(Absent {
                backend: FAMILY.to_string(),
                reason: format!("cuda:{ordinal}: {e}"),
            }),
        }
    }
    out
}

/// Why CUDA is unusable here, or `None` when the driver loaded and sees at
/// least one device.
pub fn unavailable_reason() -> Option<String> {
    instance::driver().err()
}

/// The PTX targets (`sm_90`, ...) of every CUDA device here, one per device,
/// for the nvptx route to build; empty without CUDA.
pub fn device_archs() -> Vec<String> {
    let Ok(driver) = instance::driver() else {
        return Vec::new();
    };
    (0..driver.device_count)
        .filter_map(|i| adapter::Adapter::query(i, driver).ok())
        .map(|a| a.capability.arch())
        .collect()
}
