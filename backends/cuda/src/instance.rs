//! Finding the CUDA driver at run time: `libcuda` is dlopen'ed (never linked),
//! so the same binary runs where there is no CUDA and says precisely why.

use std::sync::OnceLock;

use cudarc::driver::{result, sys};

use crate::conv;

/// The oldest driver API whose bindings this crate uses (cudarc's `cuda-12000`).
pub const MIN_DRIVER_VERSION: i32 = 12000;

/// The names `libcuda` goes by, in the order we try them.
#[cfg(target_os = "windows")]
const LIBRARY_NAMES: &[&str] = &["nvcuda.dll"];
#[cfg(not(target_os = "windows"))]
const LIBRARY_NAMES: &[&str] = &["libcuda.so.1", "libcuda.so"];

/// What the driver said when it was loaded and initialised.
#[derive(Clone, Debug)]
pub struct Driver {
    /// `cuDriverGetVersion`, e.g. 13000.
    pub version: i32,
    /// Number of devices `cuDeviceGetCount` reports.
    pub device_count: u32,
}

/// Loads `libcuda` and runs `cuInit` once per process. The error is a
/// sentence for `everygpu devices`: "libcuda.so not found (...)", "no CUDA
/// device (...)".
pub fn driver() -> Result<&'static Driver, String> {
    static DRIVER: OnceLock<Result<Driver, String>> = OnceLock::new();
    DRIVER.get_or_init(load).as_ref().map_err(Clone::clone)
}

fn load() -> Result<Driver, String> {
    // Probe by hand first: cudarc panics when no library is found or a symbol
    // is missing, and cannot tell which.
    let mut first_error = None;
    let mut library = None;
    for name in LIBRARY_NAMES {
        // SAFETY: loading libcuda runs its initialisers, which have no
        // preconditions.
        match unsafe { libloading::Library::new(name) } {
            Ok(lib) => {
                library = Some(lib);
                break;
            }
            Err(e) => {
                first_error.get_or_insert_with(|| e.to_string());
            }
        }
    }
    let Some(library) = library else {
        return Err(format!(
            "{} not found ({})",
            LIBRARY_NAMES.last().copied().unwrap_or("libcuda"),
            first_error.unwrap_or_default()
        ));
    };
    let version = {
        type GetVersion = unsafe extern "C" fn(*mut i32) -> sys::CUresult;
        // SAFETY: the symbol has this signature in every CUDA driver.
        let get: libloading::Symbol<GetVersion> = unsafe { library.get(b"cuDriverGetVersion\0") }
            .map_err(|e| format!("libcuda has no cuDriverGetVersion ({e})"))?;
        let mut v = 0;
        // SAFETY: `v` is a valid out pointer; cuDriverGetVersion needs no cuInit.
        let r = unsafe { get(&mut v) };
        if r != sys::CUresult::CUDA_SUCCESS {
            return Err(format!("cuDriverGetVersion failed ({r:?})"));
        }
        v
    };
    if version < MIN_DRIVER_VERSION {
        return Err(format!(
            "the CUDA driver supports CUDA {}, everygpu needs {} or later",
            conv::driver_version(version),
            conv::driver_version(MIN_DRIVER_VERSION)
        ));
    }
    // cudarc binds every 12.0 symbol at once and panics on a missing one.
    // SAFETY: loading the library has no preconditions; the panic is caught.
    let bound = std::panic::catch_unwind(|| unsafe {
        sys::is_culib_present() && {
            sys::culib();
            true
        }
    });
    match bound {
        Ok(true) => {}
        Ok(false) => return Err("libcuda.so not found by cudarc".to_string()),
        Err(_) => return Err("libcuda lacks a CUDA 12.0 driver API symbol".to_string()),
    }
    if let Err(e) = result::init() {
        let message = conv::driver_message(&e);
        return Err(if e.0 == sys::CUresult::CUDA_ERROR_NO_DEVICE {
            format!("no CUDA device (cuInit: {message})")
        } else {
            format!("cuInit failed: {message}")
        });
    }
    let count =
        result::device::get_count().map_err(|e| format!("cuDeviceGetCount failed: {}", conv::driver_message(&e)))?;
    if count <= 0 {
        return Err("no CUDA device (cuDeviceGetCount = 0)".to_string());
    }
    Ok(Driver {
        version,
        device_count: count as u32,
    })
}
