//! everygpu's CUDA backend: runs the nvptx route's self-contained PTX through
//! the CUDA driver API, and baselines beside it: CUDA C++ built by `nvcc`,
//! and cuBLAS.
//!
//! `libcuda` is loaded at run time (cudarc's `dynamic-loading`), so the same
//! binary runs on machines without CUDA, where [`enumerate`] reports why.
//!
//! Layout, as in wgpu-hal's backends:
//! - `instance`: loading the driver, `cuInit`;
//! - `adapter`: one device's facts ([`everygpu_backend::DeviceInfo`]);
//! - `device`: [`CudaBackend`], its context, and the [`Backend`] impl;
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
pub use device::CudaBackend;
pub use instance::MIN_DRIVER_VERSION;
pub use module::STATUS_GLOBAL;

use everygpu_backend::{Absent, Backend, Enumerated};

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
