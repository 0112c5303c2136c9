//! Test harness shared by the GPU tests: the sample kernels' CPU library
//! (manifest, case plans, inputs, and the CPU reference through
//! `everygpu_launch`), the nvptx route's PTX, output comparison, and skipping
//! with a printed reason where there is no CUDA device.
//!
//! Paths come from `EVERYGPU_TEST_PTX` and `EVERYGPU_TEST_CPU_LIB`, else the
//! folder that `everygpu emit sample-kernels --route all --arch sm_XX --out
//! target/sample-artifacts` writes in the workspace. `EVERYGPU_TEST_REQUIRE_CUDA=1`
//! turns every skip into a failure (for runs on a GPU machine).
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use everygpu_backend::{Arg, Artifact, Backend, CasePlan, Elem, HostBuffer, Manifest};
use everygpu_backend_cuda::CudaBackend;

/// Where `everygpu emit sample-kernels --route all --out target/sample-artifacts`
/// leaves the sample kernels' artifacts, in this workspace.
fn artifacts_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/sample-artifacts")
}

/// The sample kernels' PTX: `EVERYGPU_TEST_PTX`, else the one emitted into
/// the artifacts folder (`sample_kernels.<arch>.ptx`, whichever arch).
pub fn ptx_path() -> PathBuf {
    if let Some(path) = std::env::var_os("EVERYGPU_TEST_PTX") {
        return PathBuf::from(path);
    }
    let dir = artifacts_dir();
    std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with("sample_kernels.") && name.ends_with(".ptx")
        })
        .unwrap_or_else(|| dir.join("sample_kernels.sm_XX.ptx"))
}

/// The sample kernels' CPU library: `EVERYGPU_TEST_CPU_LIB`, else the one in
/// the artifacts folder.
pub fn cpu_lib_path() -> PathBuf {
    std::env::var_os("EVERYGPU_TEST_CPU_LIB")
        .map(PathBuf::from)
        .unwrap_or_else(|| artifacts_dir().join("libsample_kernels.so"))
}

fn require() -> bool {
    std::env::var("EVERYGPU_TEST_REQUIRE_CUDA").is_ok_and(|v| v == "1")
}

/// Prints why a test does not run, or fails when CUDA is required.
pub fn skip(reason: &str) {
    assert!(!require(), "EVERYGPU_TEST_REQUIRE_CUDA=1 but {reason}");
    println!("skipped: {reason}");
}

/// CUDA device 0, or `None` after printing "skipped: no CUDA device (why)".
pub fn cuda_or_skip() -> Option<CudaBackend> {
    if let Some(reason) = everygpu_backend_cuda::unavailable_reason() {
        skip(&format!("no CUDA device ({reason})"));
        return None;
    }
    match CudaBackend::open(0) {
        Ok(b) => Some(b),
        Err(e) => {
            skip(&format!("no CUDA device ({e})"));
            None
        }
    }
}

/// The sample kernels' PTX artifact, or `None` after printing why.
pub fn sample_ptx_or_skip() -> Option<Artifact> {
    let path = ptx_path();
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(Artifact::Ptx {
            path,
            text: Arc::from(text),
            arch: "sm_90".parse().expect("a PTX architecture"),
        }),
        Err(e) => {
            skip(&format!(
                "no sample-kernels PTX at {} ({e}); make it with `everygpu emit sample-kernels --route all \
                 --arch sm_XX --out target/sample-artifacts`, or name it in EVERYGPU_TEST_PTX",
                path.display()
            ));
            None
        }
    }
}

/// CUDA device 0 with the sample kernels loaded, and their CPU library.
pub fn setup_or_skip() -> Option<(CudaBackend, CpuLibrary)> {
    let mut cuda = cuda_or_skip()?;
    let artifact = sample_ptx_or_skip()?;
    let cpu = match CpuLibrary::open(cpu_lib_path()) {
        Ok(c) => c,
        Err(e) => {
            skip(&e);
            return None;
        }
    };
    cuda.load(&artifact, &cpu.manifest).expect("the sample PTX loads");
    Some((cuda, cpu))
}

/// One argument of a CPU launch (`everygpu_kernel::host::ArgSlot`).
#[repr(C)]
struct ArgSlot {
    ptr: *mut u8,
    len: usize,
    bits: u64,
}

type ManifestFn = unsafe extern "C" fn(*mut usize) -> *const u8;
type CaseNewFn = unsafe extern "C" fn(u32, u64, *mut u8, usize, *mut usize) -> *mut u8;
type CasePlanFn = unsafe extern "C" fn(*const u8, *mut usize) -> *const u8;
type CaseDataFn = unsafe extern "C" fn(*const u8, u32, *mut usize) -> *const u8;
type CaseFreeFn = unsafe extern "C" fn(*mut u8);
type LaunchFn = unsafe extern "C" fn(u32, *const u32, *const ArgSlot, usize, u32, *mut u8, usize, *mut usize) -> i32;

/// A kernel crate's CPU library, loaded.
pub struct CpuLibrary {
    lib: libloading::Library,
    /// Its manifest.
    pub manifest: Manifest,
}

impl CpuLibrary {
    /// Loads the library and reads its manifest.
    pub fn open(path: PathBuf) -> Result<CpuLibrary, String> {
        // SAFETY: a kernel crate's cdylib has no initialisers with preconditions.
        let lib = unsafe { libloading::Library::new(&path) }
            .map_err(|e| format!("no sample-kernels CPU library at {} ({e})", path.display()))?;
        // SAFETY: the export has this signature (kernel/src/host/abi.rs).
        let manifest = unsafe {
            let f = lib
                .get::<ManifestFn>(b"everygpu_manifest\0")
                .map_err(|e| e.to_string())?;
            let mut len = 0;
            let p = f(&mut len);
            serde_json::from_slice(std::slice::from_raw_parts(p, len)).map_err(|e| e.to_string())?
        };
        Ok(CpuLibrary { lib, manifest })
    }

    /// Builds case `index` for size `n`: its plan and initial buffers.
    pub fn case(&self, index: usize, n: u64) -> Result<(CasePlan, Vec<HostBuffer>), String> {
        // SAFETY: the exports have these signatures; the handle is freed once.
        unsafe {
            let new = self
                .lib
                .get::<CaseNewFn>(b"everygpu_case_new\0")
                .map_err(|e| e.to_string())?;
            let plan = self
                .lib
                .get::<CasePlanFn>(b"everygpu_case_plan\0")
                .map_err(|e| e.to_string())?;
            let data = self
                .lib
                .get::<CaseDataFn>(b"everygpu_case_data\0")
                .map_err(|e| e.to_string())?;
            let free = self
                .lib
                .get::<CaseFreeFn>(b"everygpu_case_free\0")
                .map_err(|e| e.to_string())?;
            let mut err = vec![0u8; 4096];
            let mut err_len = 0;
            let h = new(index as u32, n, err.as_mut_ptr(), err.len(), &mut err_len);
            if h.is_null() {
                return Err(String::from_utf8_lossy(&err[..err_len]).into_owned());
            }
            let mut len = 0;
            let p = plan(h, &mut len);
            let parsed: Result<CasePlan, String> =
                serde_json::from_slice(std::slice::from_raw_parts(p, len)).map_err(|e| e.to_string());
            let result = parsed.map(|plan| {
                let inputs = (0..plan.buffers.len())
                    .map(|i| {
                        let mut len = 0;
                        let p = data(h, i as u32, &mut len);
                        HostBuffer::from_bytes(if p.is_null() {
                            &[]
                        } else {
                            std::slice::from_raw_parts(p, len)
                        })
                    })
                    .collect();
                (plan, inputs)
            });
            free(h);
            result
        }
    }

    /// Runs the plan on the CPU executor (all cores) over a copy of `inputs`:
    /// the reference. The error is the executor's JSON panic report.
    pub fn reference(&self, plan: &CasePlan, inputs: &[HostBuffer]) -> Result<Vec<HostBuffer>, String> {
        let mut buffers = inputs.to_vec();
        // SAFETY: the export has this signature.
        let launch = unsafe { self.lib.get::<LaunchFn>(b"everygpu_launch\0") }.map_err(|e| e.to_string())?;
        for l in &plan.launches {
            let slots: Vec<ArgSlot> = l
                .args
                .iter()
                .map(|a| match *a {
                    Arg::Buffer(i) => ArgSlot {
                        ptr: buffers[i].as_mut_ptr(),
                        len: plan.buffers[i].len,
                        bits: 0,
                    },
                    Arg::Shared => ArgSlot {
                        ptr: std::ptr::null_mut(),
                        len: 0,
                        bits: 0,
                    },
                    other => ArgSlot {
                        ptr: std::ptr::null_mut(),
                        len: 0,
                        bits: other.bits(),
                    },
                })
                .collect();
            let mut err = vec![0u8; 4096];
            let mut err_len = 0;
            // SAFETY: the slots describe live buffers of the plan's types.
            let r = unsafe {
                launch(
                    l.kernel_index as u32,
                    l.groups.as_ptr(),
                    slots.as_ptr(),
                    slots.len(),
                    1,
                    err.as_mut_ptr(),
                    err.len(),
                    &mut err_len,
                )
            };
            match r {
                0 => {}
                1 => return Err(String::from_utf8_lossy(&err[..err_len]).into_owned()),
                _ => return Err(format!("everygpu_launch refused launch of `{}`", l.kernel)),
            }
        }
        Ok(buffers)
    }
}

/// Reads field scalar `scalar` at byte `offset` as f64 (floats) or exact bits (ints).
fn read(bytes: &[u8], offset: usize, scalar: &str) -> (f64, bool) {
    let b = |n: usize| {
        let mut a = [0u8; 8];
        a[..n].copy_from_slice(&bytes[offset..offset + n]);
        u64::from_le_bytes(a)
    };
    match scalar {
        "f32" => (f32::from_bits(b(4) as u32) as f64, true),
        "f64" => (f64::from_bits(b(8)), true),
        "u32" => (b(4) as u32 as f64, false),
        "i32" => (b(4) as u32 as i32 as f64, false),
        "u64" => (b(8) as f64, false),
        "i64" => (b(8) as i64 as f64, false),
        "u8" => (b(1) as f64, false),
        "i8" => (b(1) as u8 as i8 as f64, false),
        "u16" => (b(2) as f64, false),
        "i16" => (b(2) as u16 as i16 as f64, false),
        other => panic!("unknown scalar `{other}`"),
    }
}

/// How a buffer compared.
#[derive(Debug, Default)]
pub struct Comparison {
    /// Values compared.
    pub values: usize,
    /// Largest absolute error.
    pub max_abs: f64,
    /// Largest relative error.
    pub max_rel: f64,
    /// The first value out of tolerance: (buffer, element, field, got, expected).
    pub first_mismatch: Option<(String, usize, String, f64, f64)>,
    /// Values out of tolerance.
    pub mismatches: usize,
}

/// Compares every output buffer of `plan` with the plan's tolerance (integers exactly).
pub fn compare(plan: &CasePlan, got: &[HostBuffer], expected: &[HostBuffer]) -> Comparison {
    let mut c = Comparison::default();
    for (i, b) in plan.buffers.iter().enumerate().filter(|(_, b)| b.output) {
        compare_buffer(
            &mut c,
            &b.name,
            &b.elem,
            b.len,
            got[i].bytes(),
            expected[i].bytes(),
            plan,
        );
    }
    c
}

fn compare_buffer(c: &mut Comparison, name: &str, elem: &Elem, len: usize, got: &[u8], exp: &[u8], plan: &CasePlan) {
    assert_eq!(
        got.len(),
        exp.len(),
        "buffer `{name}`: {} bytes, expected {}",
        got.len(),
        exp.len()
    );
    for e in 0..len {
        for (field, offset, scalar) in &elem.fields {
            let at = e * elem.size + offset;
            let (g, float) = read(got, at, scalar);
            let (x, _) = read(exp, at, scalar);
            c.values += 1;
            let abs = (g - x).abs();
            let rel = if x != 0.0 { abs / x.abs() } else { abs };
            let ok = if float {
                (g.is_nan() && x.is_nan()) || abs <= plan.tolerance.abs || abs <= plan.tolerance.rel * x.abs()
            } else {
                g == x
            };
            if abs.is_finite() {
                c.max_abs = c.max_abs.max(abs);
                c.max_rel = c.max_rel.max(rel);
            }
            if !ok {
                c.mismatches += 1;
                c.first_mismatch
                    .get_or_insert_with(|| (name.to_string(), e, field.clone(), g, x));
            }
        }
    }
}

/// Median of a list of times.
pub fn median(times: &[f64]) -> f64 {
    let mut t = times.to_vec();
    t.sort_by(f64::total_cmp);
    t[t.len() / 2]
}
