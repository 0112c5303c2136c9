//! The C ABI that a kernel crate's cdylib exports to the everygpu app.
//!
//! Everything crossing the boundary is C: integers, pointers, and JSON text for
//! descriptions. Rust panics never cross it: each entry catches them.
//!
//! | symbol | does |
//! | --- | --- |
//! | `everygpu_abi_version` | [`ABI_VERSION`] |
//! | `everygpu_manifest` | JSON of every kernel and case |
//! | `everygpu_case_new` | builds a case for a size; JSON error on failure |
//! | `everygpu_case_plan` | JSON plan: buffers, launches, traffic, tolerance |
//! | `everygpu_case_data` | a buffer's initial bytes |
//! | `everygpu_case_native` | runs the native baseline over the app's buffers |
//! | `everygpu_case_free` | frees a case |
//! | `everygpu_launch` | runs one launch on the CPU executor |
//! | `everygpu_progress` | workgroups done and in all, of the launch running now |
//! | `everygpu_prints` | the `gpu_println!` records of the launches since the last clear |
//! | `everygpu_print_site` | a call site of those records |
//! | `everygpu_prints_clear` | clears the records |
//! | `everygpu_races` | JSON of the races of the last launch (a race-check build) |
//! | `everygpu_race_check` | whether the library is a race-check build |

use super::case::{Case, ElemJson};
use super::exec::{self, Mode, PanicReport, Stop};
use super::{ArgSlot, ParamKind, CASES, KERNELS};
use std::boxed::Box;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::string::{String, ToString};
use std::sync::OnceLock;
use std::vec::Vec;

/// Bumped whenever anything in this module changes shape.
pub const ABI_VERSION: u32 = 3;

/// A built case and its plan.
pub struct CaseHandle {
    case: Case,
    plan: String,
}

#[derive(serde::Serialize)]
struct Manifest {
    abi_version: u32,
    kernels: Vec<KernelJson>,
    cases: Vec<CaseJson>,
}

#[derive(serde::Serialize)]
struct KernelJson {
    name: &'static str,
    params: Vec<ParamJson>,
    workgroup_size: [u32; 3],
    file: &'static str,
    line: u32,
}

#[derive(serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum ParamJson {
    Scalar {
        name: &'static str,
        scalar: &'static str,
    },
    Buffer {
        name: &'static str,
        elem: ElemJson,
        mutable: bool,
    },
    Shared {
        name: &'static str,
        elem: ElemJson,
        len: usize,
    },
}

#[derive(serde::Serialize)]
struct CaseJson {
    name: &'static str,
    default_size: u64,
    file: &'static str,
    line: u32,
}

fn manifest() -> &'static str {
    static MANIFEST: OnceLock<String> = OnceLock::new();
    MANIFEST.get_or_init(|| {
        let m = Manifest {
            abi_version: ABI_VERSION,
            kernels: KERNELS
                .iter()
                .map(|k| KernelJson {
                    name: k.name,
                    params: k
                        .params
                        .iter()
                        .map(|p| match &p.kind {
                            ParamKind::Scalar(s) => ParamJson::Scalar {
                                name: p.name,
                                scalar: s.name(),
                            },
                            ParamKind::Buffer { elem, mutable } => ParamJson::Buffer {
                                name: p.name,
                                elem: (*elem).into(),
                                mutable: *mutable,
                            },
                            ParamKind::Shared { elem, len } => ParamJson::Shared {
                                name: p.name,
                                elem: (*elem).into(),
                                len: *len,
                            },
                        })
                        .collect(),
                    workgroup_size: k.workgroup_size,
                    file: k.file,
                    line: k.line,
                })
                .collect(),
            cases: CASES
                .iter()
                .map(|c| CaseJson {
                    name: c.name,
                    default_size: c.default_size,
                    file: c.file,
                    line: c.line,
                })
                .collect(),
        };
        serde_json::to_string(&m).unwrap_or_else(|e| std::format!("{{\"error\":\"{e}\"}}"))
    })
}

/// Stores `s` in the caller's buffer (truncated to `cap`); returns its length.
///
/// # Safety
/// `out` must be valid for `cap` bytes.
unsafe fn write_out(s: &str, out: *mut u8, cap: usize) -> usize {
    let n = s.len().min(cap);
    if !out.is_null() {
        // SAFETY: the caller's contract.
        unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), out, n) };
    }
    n
}

fn panic_json(p: &PanicReport) -> String {
    serde_json::to_string(p).unwrap_or_else(|_| p.message.clone())
}

/// The ABI version of this library.
#[no_mangle]
pub extern "C" fn everygpu_abi_version() -> u32 {
    ABI_VERSION
}

/// The manifest JSON; `*len` receives its length. Valid for the library's life.
///
/// # Safety
/// `len` must be a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn everygpu_manifest(len: *mut usize) -> *const u8 {
    let m = manifest();
    // SAFETY: the caller's contract.
    unsafe { *len = m.len() };
    m.as_ptr()
}

/// Builds case `index` for size `n`. On failure returns null and writes a JSON
/// panic report (or a plan error) to `err`.
///
/// # Safety
/// `err` must be valid for `err_cap` bytes and `err_len` a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn everygpu_case_new(
    index: u32,
    n: u64,
    err: *mut u8,
    err_cap: usize,
    err_len: *mut usize,
) -> *mut CaseHandle {
    exec::install_panic_hook();
    let Some(desc) = CASES.get(index as usize) else {
        // SAFETY: the caller's contract.
        unsafe { *err_len = write_out("no such case index", err, err_cap) };
        return core::ptr::null_mut();
    };
    let built = catch_unwind(AssertUnwindSafe(|| (desc.build)(n as usize)));
    let message = match built {
        Ok(case) => match case.plan() {
            Ok(plan) => match serde_json::to_string(&plan) {
                Ok(plan) => return Box::into_raw(Box::new(CaseHandle { case, plan })),
                Err(e) => e.to_string(),
            },
            Err(e) => e,
        },
        Err(_) => {
            let mut p = exec::take_panic_report();
            p.message = std::format!("case `{}` panicked while building its inputs: {}", desc.name, p.message);
            panic_json(&p)
        }
    };
    // SAFETY: the caller's contract.
    unsafe { *err_len = write_out(&message, err, err_cap) };
    core::ptr::null_mut()
}

/// The plan JSON of a built case.
///
/// # Safety
/// `case` must come from `everygpu_case_new`; `len` must be valid.
#[no_mangle]
pub unsafe extern "C" fn everygpu_case_plan(case: *const CaseHandle, len: *mut usize) -> *const u8 {
    // SAFETY: the caller's contract.
    let case = unsafe { &*case };
    // SAFETY: the caller's contract.
    unsafe { *len = case.plan.len() };
    case.plan.as_ptr()
}

/// The initial bytes of buffer `buffer` of a built case.
///
/// # Safety
/// `case` must come from `everygpu_case_new`; `len` must be valid.
#[no_mangle]
pub unsafe extern "C" fn everygpu_case_data(case: *const CaseHandle, buffer: u32, len: *mut usize) -> *const u8 {
    // SAFETY: the caller's contract.
    let case = unsafe { &*case };
    match case.case.buffers.get(buffer as usize) {
        Some(b) => {
            // SAFETY: the caller's contract.
            unsafe { *len = b.bytes.len() };
            b.bytes.as_ptr()
        }
        None => {
            // SAFETY: the caller's contract.
            unsafe { *len = 0 };
            core::ptr::null()
        }
    }
}

/// Runs the case's native baseline (`parallel` != 0: the one on every core)
/// over `count` buffers given as (pointer, byte length) pairs. Returns 0 on
/// success, 1 on panic (report in `err`), 2 when the case has no such
/// baseline.
///
/// # Safety
/// `buffers` must hold `count` pairs describing aligned buffers of the case's
/// element types; `err`/`err_len` as in `everygpu_case_new`.
#[no_mangle]
pub unsafe extern "C" fn everygpu_case_native(
    case: *const CaseHandle,
    parallel: u32,
    buffers: *const (*mut u8, usize),
    count: usize,
    err: *mut u8,
    err_cap: usize,
    err_len: *mut usize,
) -> i32 {
    // SAFETY: the caller's contract.
    let case = unsafe { &*case };
    let native = match parallel {
        0 => &case.case.native,
        _ => &case.case.native_parallel,
    };
    let Some(native) = native else { return 2 };
    // SAFETY: the caller's contract.
    let raw = unsafe { core::slice::from_raw_parts(buffers, count) };
    let mut views = super::case::Buffers { raw };
    match catch_unwind(AssertUnwindSafe(|| native(&mut views))) {
        Ok(()) => 0,
        Err(_) => {
            let p = exec::take_panic_report();
            // SAFETY: the caller's contract.
            unsafe { *err_len = write_out(&panic_json(&p), err, err_cap) };
            1
        }
    }
}

/// Frees a case.
///
/// # Safety
/// `case` must come from `everygpu_case_new` and not be used afterwards.
#[no_mangle]
pub unsafe extern "C" fn everygpu_case_free(case: *mut CaseHandle) {
    if !case.is_null() {
        // SAFETY: the caller's contract.
        drop(unsafe { Box::from_raw(case) });
    }
}

/// Runs one launch of kernel `kernel` over `groups` (3 values) with `count`
/// argument slots on the CPU executor, in `mode` (0: workgroups in order, 1:
/// on every core, 2: the reference, on every core where their order cannot
/// matter). Returns 0; 1 with a JSON panic report in `err`; 2 for a bad
/// kernel index, argument count or mode; 3 when the reference found that the
/// kernel needs its workgroups in order: run the case again from its inputs.
///
/// # Safety
/// The slots must describe live buffers matching the kernel's parameters.
#[no_mangle]
pub unsafe extern "C" fn everygpu_launch(
    kernel: u32,
    groups: *const u32,
    args: *const ArgSlot,
    count: usize,
    mode: u32,
    err: *mut u8,
    err_cap: usize,
    err_len: *mut usize,
) -> i32 {
    let (Some(k), Some(mode)) = (KERNELS.get(kernel as usize), Mode::from_abi(mode)) else {
        return 2;
    };
    if count != k.params.len() {
        return 2;
    }
    // SAFETY: the caller's contract.
    let (groups, args) = unsafe {
        (
            [*groups, *groups.add(1), *groups.add(2)],
            core::slice::from_raw_parts(args, count),
        )
    };
    match exec::launch(k, groups, args, mode) {
        Ok(()) => 0,
        Err(Stop::Panic(p)) => {
            // SAFETY: the caller's contract.
            unsafe { *err_len = write_out(&panic_json(&p), err, err_cap) };
            1
        }
        Err(Stop::Rerun) => 3,
    }
}

/// Workgroups done and in all, of the launch running now; callable from
/// any thread while it runs.
///
/// # Safety
/// `done` and `total` must be valid pointers.
#[no_mangle]
pub unsafe extern "C" fn everygpu_progress(done: *mut u64, total: *mut u64) {
    let (d, t) = exec::progress();
    // SAFETY: the caller's contract.
    unsafe {
        *done = d;
        *total = t;
    }
}

/// Copies the words of the print log's records (at most `cap`) to `out`;
/// stores their count (whatever `cap`), the records dropped and the call
/// sites the records number.
///
/// # Safety
/// `out` must be valid for `cap` words; the others must be valid pointers.
#[no_mangle]
pub unsafe extern "C" fn everygpu_prints(
    out: *mut u32,
    cap: usize,
    len: *mut usize,
    dropped: *mut u64,
    sites: *mut usize,
) {
    super::print::with_log(|log| {
        // SAFETY: the caller's contract.
        unsafe {
            if !out.is_null() {
                core::ptr::copy_nonoverlapping(log.words.as_ptr(), out, log.words.len().min(cap));
            }
            *len = log.words.len();
            *dropped = log.dropped;
            *sites = log.sites.len();
        }
    })
}

/// Copies call site `index` of the print log (at most `cap` bytes) to
/// `out`; returns its length, or `usize::MAX` past the last site.
///
/// # Safety
/// `out` must be valid for `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn everygpu_print_site(index: usize, out: *mut u8, cap: usize) -> usize {
    super::print::with_log(|log| match log.sites.get(index) {
        Some(site) => {
            // SAFETY: the caller's contract.
            unsafe { write_out(site, out, cap) };
            site.len()
        }
        None => usize::MAX,
    })
}

/// Clears the print log.
#[no_mangle]
pub extern "C" fn everygpu_prints_clear() {
    super::print::clear();
}

/// JSON of the races the last launch made (`[]` unless the library is a
/// race-check build, which [`super::races::CHECKING`] says): stores its
/// length in `len`; the text lives until the next call.
///
/// # Safety
/// `len` must be a valid pointer.
#[no_mangle]
pub unsafe extern "C" fn everygpu_races(len: *mut usize) -> *const u8 {
    static TEXT: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());
    let json = serde_json::to_string(&super::races::races()).unwrap_or_else(|_| "[]".to_string());
    let mut text = TEXT.lock().unwrap_or_else(|e| e.into_inner());
    *text = json;
    // SAFETY: the caller's contract.
    unsafe { *len = text.len() };
    text.as_ptr()
}

/// 1 when the library checks races (a race-check build), else 0.
#[no_mangle]
pub extern "C" fn everygpu_race_check() -> u32 {
    super::races::CHECKING as u32
}
