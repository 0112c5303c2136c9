//! cuBLAS as a baseline: `cublasSgemm` beside the sample kernels' `sgemm`,
//! and `cublasGemmEx` with `f16` or `bf16` inputs and `f32` sums (on tensor
//! cores) beside `hgemm` and `bgemm`, run through the same
//! [`CudaBackend`](crate::CudaBackend) code as the Rust kernels
//! (allocations, uploads, CUDA events around each run, downloads).
//!
//! `libcublas` is loaded at run time, like `libcuda`, so the backend works
//! without it and says why cuBLAS is missing. Only the five entry points used
//! here are looked up (cudarc's loader binds every symbol of one CUDA version
//! at once, panics on a missing one and only searches by library name); the
//! types come from cudarc's bindings. The search: `$EVERYGPU_CUBLAS` (a file),
//! then `libcublas.so.13`, `.so.12` and `.so` through the dynamic loader
//! (`LD_LIBRARY_PATH`, the loader cache), then the same names in
//! `$CUDA_HOME/lib64`, `$CUDA_PATH/lib64` and `/usr/local/cuda/lib64`.
//!
//! How the app uses it, for the `sgemm` case of the sample kernels:
//! 1. open a second backend on the device, `CudaBackend::open(ordinal)`, and
//!    [`CudaBackend::load_cublas`](crate::CudaBackend::load_cublas);
//! 2. [`cublas_baseline_plan`] turns the case's plan into the same case on
//!    cuBLAS (same buffers and inputs); run it and judge its outputs and times
//!    as for any backend.
//!
//! cuBLAS is column-major and the case's matrices are row-major: a row-major
//! matrix read column-major is its transpose, so row-major `C = A·B` is
//! column-major `Cᵀ = Bᵀ·Aᵀ`: `cublasSgemm` with `B` first and no
//! transposition. The math mode is `CUBLAS_DEFAULT_MATH`: FP32 multiply-adds
//! for SGEMM (no TF32 tensor cores, the same arithmetic the Rust kernel
//! does); `cublasGemmEx` with 16-bit inputs and `CUBLAS_COMPUTE_32F` uses
//! the tensor cores, as `hgemm` and `bgemm` do.

use std::ffi::c_int;
use std::path::PathBuf;
use std::sync::OnceLock;

use cudarc::cublas::sys::{cublasHandle_t, cublasMath_t, cublasOperation_t, cublasStatus_t, cudaStream_t};
use cudarc::driver::sys as driver;
use everygpu_backend::{Arg, CasePlan};

/// The name of the cuBLAS SGEMM routine in a plan's launches.
pub const SGEMM: &str = "cublasSgemm";
/// `cublasGemmEx` with `f16` inputs and `f32` sums, in a plan's launches.
pub const HGEMM: &str = "cublasGemmEx(f16)";
/// `cublasGemmEx` with `bf16` inputs and `f32` sums, in a plan's launches.
pub const BGEMM: &str = "cublasGemmEx(bf16)";

/// The sample kernels that have a cuBLAS twin, with its name in plans.
pub const CUBLAS_KERNELS: [(&str, &str); 3] = [("sgemm", SGEMM), ("hgemm", HGEMM), ("bgemm", BGEMM)];

/// A cuBLAS matrix product: its inputs' type (the sums are `f32`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gemm {
    /// `cublasSgemm`: `f32` inputs.
    F32,
    /// `cublasGemmEx`: `f16` inputs.
    F16,
    /// `cublasGemmEx`: `bf16` inputs.
    Bf16,
}

impl Gemm {
    /// The routine of launch name `name` ([`SGEMM`], [`HGEMM`], [`BGEMM`]).
    pub fn of(name: &str) -> Option<Gemm> {
        Some(match name {
            SGEMM => Gemm::F32,
            HGEMM => Gemm::F16,
            BGEMM => Gemm::Bf16,
            _ => return None,
        })
    }

    /// Its name in plans.
    pub fn name(self) -> &'static str {
        match self {
            Gemm::F32 => SGEMM,
            Gemm::F16 => HGEMM,
            Gemm::Bf16 => BGEMM,
        }
    }

    /// Bytes of an input element.
    fn input_bytes(self) -> usize {
        match self {
            Gemm::F32 => 4,
            Gemm::F16 | Gemm::Bf16 => 2,
        }
    }
}

/// `cudaDataType` values (library_types.h).
const CUDA_R_32F: c_int = 0;
const CUDA_R_16F: c_int = 2;
const CUDA_R_16BF: c_int = 14;
/// `cublasComputeType_t::CUBLAS_COMPUTE_32F`.
const CUBLAS_COMPUTE_32F: c_int = 68;
/// `cublasGemmAlgo_t::CUBLAS_GEMM_DEFAULT`.
const CUBLAS_GEMM_DEFAULT: c_int = -1;

/// Why cuBLAS cannot be used.
#[derive(Clone, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CublasError {
    /// No library was found.
    #[error("libcublas not found (tried {}): {first_error}", tried.join(", "))]
    NotFound {
        /// The names and paths tried, in order.
        tried: Vec<String>,
        /// What the dynamic loader said about the first one.
        first_error: String,
    },
    /// The library lacks an entry point.
    #[error("{library} has no {symbol}")]
    MissingSymbol {
        /// The library.
        library: String,
        /// The entry point.
        symbol: &'static str,
    },
    /// A call returned an error status.
    #[error("{call} failed: {status:?}")]
    Call {
        /// The entry point.
        call: &'static str,
        /// What it returned.
        status: cublasStatus_t,
    },
}

type CreateFn = unsafe extern "C" fn(*mut cublasHandle_t) -> cublasStatus_t;
type DestroyFn = unsafe extern "C" fn(cublasHandle_t) -> cublasStatus_t;
type SetStreamFn = unsafe extern "C" fn(cublasHandle_t, cudaStream_t) -> cublasStatus_t;
type SetMathModeFn = unsafe extern "C" fn(cublasHandle_t, cublasMath_t) -> cublasStatus_t;
type GetVersionFn = unsafe extern "C" fn(cublasHandle_t, *mut c_int) -> cublasStatus_t;
type SgemmFn = unsafe extern "C" fn(
    cublasHandle_t,
    cublasOperation_t,
    cublasOperation_t,
    c_int,
    c_int,
    c_int,
    *const f32,
    *const f32,
    c_int,
    *const f32,
    c_int,
    *const f32,
    *mut f32,
    c_int,
) -> cublasStatus_t;

/// `cublasGemmEx`, with its enumerations as the C ints they are.
type GemmExFn = unsafe extern "C" fn(
    cublasHandle_t,
    cublasOperation_t,
    cublasOperation_t,
    c_int,
    c_int,
    c_int,
    *const std::ffi::c_void,
    *const std::ffi::c_void,
    c_int,
    c_int,
    *const std::ffi::c_void,
    c_int,
    c_int,
    *const std::ffi::c_void,
    *mut std::ffi::c_void,
    c_int,
    c_int,
    c_int,
    c_int,
) -> cublasStatus_t;

/// The loaded library and the entry points used.
pub struct Cublas {
    /// Where it was found.
    pub path: String,
    create: CreateFn,
    destroy: DestroyFn,
    set_stream: SetStreamFn,
    set_math_mode: SetMathModeFn,
    get_version: GetVersionFn,
    sgemm: SgemmFn,
    gemm_ex: GemmExFn,
    /// Keeps the entry points valid.
    _library: libloading::Library,
}

impl std::fmt::Debug for Cublas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cublas").field("path", &self.path).finish()
    }
}

/// The library's names, newest first.
#[cfg(target_os = "windows")]
const LIBRARY_NAMES: &[&str] = &["cublas64_13.dll", "cublas64_12.dll"];
#[cfg(not(target_os = "windows"))]
const LIBRARY_NAMES: &[&str] = &["libcublas.so.13", "libcublas.so.12", "libcublas.so"];

/// Where to look, in order (see the module documentation).
fn candidates() -> Vec<String> {
    let mut out = Vec::new();
    if let Some(p) = std::env::var_os("EVERYGPU_CUBLAS") {
        out.push(PathBuf::from(p).display().to_string());
    }
    out.extend(LIBRARY_NAMES.iter().map(|n| n.to_string()));
    let mut dirs: Vec<PathBuf> = ["CUDA_HOME", "CUDA_PATH"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|d| PathBuf::from(d).join("lib64"))
        .collect();
    dirs.push(PathBuf::from("/usr/local/cuda/lib64"));
    for d in dirs {
        out.extend(LIBRARY_NAMES.iter().map(|n| d.join(n).display().to_string()));
    }
    out
}

/// Loads `libcublas` once per process (see the module documentation).
pub fn library() -> Result<&'static Cublas, CublasError> {
    static CUBLAS: OnceLock<Result<Cublas, CublasError>> = OnceLock::new();
    CUBLAS.get_or_init(load).as_ref().map_err(Clone::clone)
}

fn load() -> Result<Cublas, CublasError> {
    let tried = candidates();
    let mut first_error = None;
    for name in &tried {
        // SAFETY: loading libcublas runs its initialisers, which have no
        // preconditions.
        match unsafe { libloading::Library::new(name) } {
            Ok(library) => return bind(library, name),
            Err(e) => {
                first_error.get_or_insert_with(|| e.to_string());
            }
        }
    }
    Err(CublasError::NotFound {
        tried,
        first_error: first_error.unwrap_or_default(),
    })
}

fn bind(library: libloading::Library, path: &str) -> Result<Cublas, CublasError> {
    /// # Safety
    /// `T` must be the symbol's type.
    unsafe fn symbol<T: Copy>(library: &libloading::Library, path: &str, name: &'static str) -> Result<T, CublasError> {
        let missing = || CublasError::MissingSymbol {
            library: path.to_string(),
            symbol: name,
        };
        let mut c_name = name.as_bytes().to_vec();
        c_name.push(0);
        // SAFETY: the caller names the symbol's type.
        unsafe { library.get::<T>(&c_name) }.map(|s| *s).map_err(|_| missing())
    }
    // SAFETY: each type is the entry point's C signature (cublas_api.h, the
    // same as cudarc's bindings); the library outlives the pointers.
    unsafe {
        Ok(Cublas {
            path: path.to_string(),
            create: symbol(&library, path, "cublasCreate_v2")?,
            destroy: symbol(&library, path, "cublasDestroy_v2")?,
            set_stream: symbol(&library, path, "cublasSetStream_v2")?,
            set_math_mode: symbol(&library, path, "cublasSetMathMode")?,
            get_version: symbol(&library, path, "cublasGetVersion_v2")?,
            sgemm: symbol(&library, path, "cublasSgemm_v2")?,
            gemm_ex: symbol(&library, path, "cublasGemmEx")?,
            _library: library,
        })
    }
}

fn check(call: &'static str, status: cublasStatus_t) -> Result<(), CublasError> {
    match status {
        cublasStatus_t::CUBLAS_STATUS_SUCCESS => Ok(()),
        status => Err(CublasError::Call { call, status }),
    }
}

/// A cuBLAS handle in one CUDA context, issuing its work on one stream.
pub(crate) struct Handle {
    raw: cublasHandle_t,
    library: &'static Cublas,
    /// `cublasGetVersion`, e.g. 130100 for 13.1.0.
    pub(crate) version: i32,
}

// SAFETY: used only from the thread that made its context current (every
// entry point of `CudaBackend` makes it current first), as the handle's state.
unsafe impl Send for Handle {}

impl Handle {
    /// Creates a handle in the current context that runs on `stream`, with
    /// FP32 math (`CUBLAS_DEFAULT_MATH`).
    ///
    /// # Safety
    /// A CUDA context must be current on this thread, and `stream` must
    /// belong to it and outlive the handle.
    pub(crate) unsafe fn new(library: &'static Cublas, stream: driver::CUstream) -> Result<Handle, CublasError> {
        let mut raw = std::ptr::null_mut();
        // SAFETY: `raw` is a valid out pointer; the context is current.
        check("cublasCreate", unsafe { (library.create)(&mut raw) })?;
        let mut handle = Handle {
            raw,
            library,
            version: 0,
        };
        // From here on, Drop destroys the handle.
        // SAFETY: the handle is live; the stream belongs to the current
        // context (the driver's and the runtime's stream types are the same).
        unsafe {
            check("cublasSetStream", (library.set_stream)(raw, stream.cast()))?;
            check(
                "cublasSetMathMode",
                (library.set_math_mode)(raw, cublasMath_t::CUBLAS_DEFAULT_MATH),
            )?;
            let mut version = 0;
            check("cublasGetVersion", (library.get_version)(raw, &mut version))?;
            handle.version = version;
        }
        Ok(handle)
    }

    /// Enqueues row-major `c = a · b` for `n × n` matrices on the handle's
    /// stream: column-major `cᵀ = bᵀ · aᵀ`, so `b` goes first.
    ///
    /// # Safety
    /// The handle's context must be current; `a` and `b` must hold `n × n`
    /// elements of `gemm`'s input type, and `c` `n × n` floats, in that
    /// context.
    pub(crate) unsafe fn gemm_row_major(
        &self,
        gemm: Gemm,
        n: c_int,
        a: driver::CUdeviceptr,
        b: driver::CUdeviceptr,
        c: driver::CUdeviceptr,
    ) -> Result<(), CublasError> {
        let (alpha, beta) = (1.0f32, 0.0f32);
        let op = cublasOperation_t::CUBLAS_OP_N;
        let input = match gemm {
            Gemm::F32 => {
                // SAFETY: the caller's contract; alpha and beta are host
                // values (the default pointer mode) read before the call returns.
                return check("cublasSgemm", unsafe {
                    (self.library.sgemm)(
                        self.raw,
                        op,
                        op,
                        n,
                        n,
                        n,
                        &alpha,
                        b as *const f32,
                        n,
                        a as *const f32,
                        n,
                        &beta,
                        c as *mut f32,
                        n,
                    )
                });
            }
            Gemm::F16 => CUDA_R_16F,
            Gemm::Bf16 => CUDA_R_16BF,
        };
        // SAFETY: as above; with CUBLAS_COMPUTE_32F, alpha and beta are f32.
        check("cublasGemmEx", unsafe {
            (self.library.gemm_ex)(
                self.raw,
                op,
                op,
                n,
                n,
                n,
                (&alpha as *const f32).cast(),
                b as *const std::ffi::c_void,
                input,
                n,
                a as *const std::ffi::c_void,
                input,
                n,
                (&beta as *const f32).cast(),
                c as *mut std::ffi::c_void,
                CUDA_R_32F,
                n,
                CUBLAS_COMPUTE_32F,
                CUBLAS_GEMM_DEFAULT,
            )
        })
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: the handle is live and destroyed once; its context is
        // current (the owner drops it before destroying the context).
        let _ = unsafe { (self.library.destroy)(self.raw) };
    }
}

/// The cuBLAS routine standing for `kernel`, if there is one.
pub fn cublas_routine(kernel: &str) -> Option<&'static str> {
    CUBLAS_KERNELS.iter().find(|(k, _)| *k == kernel).map(|(_, r)| *r)
}

/// The same case on cuBLAS: every launch of `sgemm(n, a, b, c, ..)` becomes
/// a launch of [`SGEMM`] on the same buffers (`#[shared]` arguments dropped).
/// `None` when the plan launches a kernel without a cuBLAS twin.
pub fn cublas_baseline_plan(plan: &CasePlan) -> Option<CasePlan> {
    let mut out = plan.clone();
    for launch in &mut out.launches {
        let routine = cublas_routine(&launch.kernel)?;
        let [n @ Arg::U32(_), a @ Arg::Buffer(_), b @ Arg::Buffer(_), c @ Arg::Buffer(_), ..] = launch.args[..] else {
            return None;
        };
        launch.args = vec![n, a, b, c];
        launch.kernel = routine.to_string();
        launch.kernel_index = 0;
        launch.groups = [1, 1, 1];
    }
    out.has_native = false;
    Some(out)
}

/// The `n`, `a`, `b`, `c` of a `gemm` launch, checked against the plan's
/// buffers (`n × n` elements of the input type for `a` and `b`, of `f32` for
/// `c`), or why they do not fit.
pub(crate) fn gemm_args(plan: &CasePlan, gemm: Gemm, args: &[Arg]) -> Result<(c_int, [usize; 3]), String> {
    let [Arg::U32(n), Arg::Buffer(a), Arg::Buffer(b), Arg::Buffer(c)] = args[..] else {
        return Err(format!("{} takes (n: u32, a, b, c), not {args:?}", gemm.name()));
    };
    let n_int = c_int::try_from(n).map_err(|_| format!("n = {n} is more than cuBLAS's int"))?;
    let elements = n as usize * n as usize;
    let input = gemm.input_bytes();
    for (name, i, bytes) in [("a", a, input), ("b", b, input), ("c", c, 4)] {
        let Some(buffer) = plan.buffers.get(i) else {
            return Err(format!("{name} is buffer {i}, which the plan does not have"));
        };
        if buffer.elem.size != bytes || buffer.len < elements {
            return Err(format!(
                "{name} (`{}`) must hold n × n = {elements} values of {bytes} bytes, it has {} of {} bytes",
                buffer.name, buffer.len, buffer.elem.size
            ));
        }
    }
    Ok((n_int, [a, b, c]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use everygpu_backend::{Elem, Launch, PlanBuffer, Tolerance};

    fn sgemm_plan(n: usize) -> CasePlan {
        let f32_elem = Elem {
            name: "f32".into(),
            size: 4,
            align: 4,
            fields: vec![(String::new(), 0, "f32".into())],
        };
        CasePlan {
            buffers: ["a", "b", "c"]
                .iter()
                .map(|name| PlanBuffer {
                    name: name.to_string(),
                    elem: f32_elem.clone(),
                    len: n * n,
                    output: *name == "c",
                })
                .collect(),
            launches: vec![Launch {
                kernel: "sgemm".into(),
                kernel_index: 7,
                groups: [4, 4, 1],
                args: vec![
                    Arg::U32(n as u32),
                    Arg::Buffer(0),
                    Arg::Buffer(1),
                    Arg::Buffer(2),
                    Arg::Shared,
                    Arg::Shared,
                ],
            }],
            bytes: 12 * (n * n) as u64,
            flops: 2 * (n as u64).pow(3),
            tolerance: Tolerance { abs: 1e-3, rel: 0.0 },
            has_native: true,
        }
    }

    #[test]
    fn sgemm_plans_map_to_cublas() {
        let plan = sgemm_plan(512);
        let b = cublas_baseline_plan(&plan).expect("a baseline plan");
        assert_eq!(b.launches[0].kernel, SGEMM);
        assert_eq!(
            b.launches[0].args,
            vec![Arg::U32(512), Arg::Buffer(0), Arg::Buffer(1), Arg::Buffer(2)]
        );
        assert_eq!(b.buffers, plan.buffers);
        assert_eq!(
            (b.bytes, b.flops, b.tolerance),
            (plan.bytes, plan.flops, plan.tolerance)
        );
        assert!(!b.has_native);
        assert_eq!(gemm_args(&b, Gemm::F32, &b.launches[0].args), Ok((512, [0, 1, 2])));
        // The same plan is not an f16 product: its inputs have 4-byte elements.
        let e = gemm_args(&b, Gemm::F16, &b.launches[0].args).unwrap_err();
        assert!(e.contains("values of 2 bytes"), "{e}");

        let mut other = plan.clone();
        other.launches[0].kernel = "matmul_tiled".into();
        assert!(cublas_baseline_plan(&other).is_none());
    }

    #[test]
    fn sgemm_arguments_are_checked_against_the_buffers() {
        let mut plan = sgemm_plan(64);
        plan.buffers[1].len = 64 * 63;
        let args = [Arg::U32(64), Arg::Buffer(0), Arg::Buffer(1), Arg::Buffer(2)];
        assert!(gemm_args(&plan, Gemm::F32, &args)
            .unwrap_err()
            .contains("b (`b`) must hold"));
        assert!(gemm_args(&plan, Gemm::F32, &args[..3])
            .unwrap_err()
            .contains("takes (n: u32"));
        let far = [Arg::U32(64), Arg::Buffer(0), Arg::Buffer(9), Arg::Buffer(2)];
        assert!(gemm_args(&plan, Gemm::F32, &far).unwrap_err().contains("buffer 9"));
    }

    #[test]
    fn the_search_ends_with_the_toolkit_folder() {
        let c = candidates();
        assert!(c.iter().any(|p| p == LIBRARY_NAMES[0]));
        assert!(c.last().is_some_and(|p| p.starts_with("/usr/local/cuda/lib64/")));
    }
}
