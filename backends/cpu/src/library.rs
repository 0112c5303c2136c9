//! Loading a kernel crate's cdylib and calling its C ABI
//! (`everygpu_kernel::host::abi`).

use everygpu_backend::print::{Grid, Prints};
use everygpu_backend::race::{Race, RaceAccess};
use everygpu_backend::{Arg, BackendError, CasePlan, HostBuffer, KernelPanic, Launch, Manifest, Route};
use libloading::{Library, Symbol};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The ABI version this loader speaks.
pub const ABI_VERSION: u32 = 3;

/// Room for an error report coming back through the ABI.
const REPORT_BYTES: usize = 4096;

#[repr(C)]
#[derive(Clone, Copy)]
struct ArgSlot {
    ptr: *mut u8,
    len: usize,
    bits: u64,
}

type ManifestFn = unsafe extern "C" fn(*mut usize) -> *const u8;
type CaseNewFn = unsafe extern "C" fn(u32, u64, *mut u8, usize, *mut usize) -> *mut std::ffi::c_void;
type CasePlanFn = unsafe extern "C" fn(*const std::ffi::c_void, *mut usize) -> *const u8;
type CaseDataFn = unsafe extern "C" fn(*const std::ffi::c_void, u32, *mut usize) -> *const u8;
type CaseNativeFn = unsafe extern "C" fn(
    *const std::ffi::c_void,
    u32,
    *const (*mut u8, usize),
    usize,
    *mut u8,
    usize,
    *mut usize,
) -> i32;
type CaseFreeFn = unsafe extern "C" fn(*mut std::ffi::c_void);
type LaunchFn = unsafe extern "C" fn(u32, *const u32, *const ArgSlot, usize, u32, *mut u8, usize, *mut usize) -> i32;
type ProgressFn = unsafe extern "C" fn(*mut u64, *mut u64);
type PrintsFn = unsafe extern "C" fn(*mut u32, usize, *mut usize, *mut u64, *mut usize);
type PrintSiteFn = unsafe extern "C" fn(usize, *mut u8, usize) -> usize;
type PrintsClearFn = unsafe extern "C" fn();
type RacesFn = unsafe extern "C" fn(*mut usize) -> *const u8;
type RaceCheckFn = unsafe extern "C" fn() -> u32;

/// How the CPU executor runs a launch's workgroups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// One after another on one thread, in order.
    Ordered = 0,
    /// On every core, in any order.
    Parallel = 1,
    /// The reference: on every core where their order cannot change the
    /// result, else in order.
    Reference = 2,
}

/// How a launch ended without a panic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Launched {
    /// It ran.
    Done,
    /// The reference found that the kernel needs its workgroups in order
    /// (it does from now on): run the case again from its inputs.
    Rerun,
}

/// A loaded kernel crate library.
pub struct CpuLibrary {
    lib: Library,
    /// Where the library was loaded from (a private copy of the build output).
    pub path: PathBuf,
    manifest: Manifest,
    /// The line tables of a race-check build, which name its call sites.
    lines: Option<std::sync::Mutex<addr2line::Loader>>,
}

impl std::fmt::Debug for CpuLibrary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CpuLibrary").field("path", &self.path).finish()
    }
}

/// Why a case could not be built.
#[derive(Debug, Clone)]
pub enum CaseError {
    /// The case function panicked (bad size, out of memory...).
    Panicked(KernelPanic),
    /// The case is inconsistent with the kernels (unknown kernel, wrong arguments...).
    Invalid(String),
}

impl std::fmt::Display for CaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CaseError::Panicked(p) => {
                write!(f, "{}", p.message)?;
                if let Some(file) = &p.file {
                    write!(f, " at {file}:{}:{}", p.line, p.column)?;
                }
                Ok(())
            }
            CaseError::Invalid(m) => f.write_str(m),
        }
    }
}

/// A case built for one size: its plan and initial buffers.
pub struct BuiltCase {
    /// The problem size it was built for.
    pub size: u64,
    /// What to run.
    pub plan: CasePlan,
    /// Initial contents of every buffer, in plan order.
    pub inputs: Vec<HostBuffer>,
    handle: *mut std::ffi::c_void,
    library: Arc<CpuLibrary>,
}

// SAFETY: the handle is only used through the library's functions, which are
// thread-safe for distinct handles; BuiltCase is not Sync.
unsafe impl Send for BuiltCase {}

impl Drop for BuiltCase {
    fn drop(&mut self) {
        if let Ok(free) = self.library.symbol::<CaseFreeFn>(b"everygpu_case_free\0") {
            // SAFETY: the handle came from everygpu_case_new and is freed once.
            unsafe { free(self.handle) };
        }
    }
}

impl BuiltCase {
    /// Runs the case's native baseline over `buffers` (in plan order): the
    /// plain loop, or (`parallel`) the one on every core. `Ok(false)` when
    /// the case has none.
    pub fn run_native(&self, buffers: &mut [HostBuffer], parallel: bool) -> Result<bool, KernelPanic> {
        let f = self
            .library
            .symbol::<CaseNativeFn>(b"everygpu_case_native\0")
            .map_err(|e| plain_panic("native baseline", &e.to_string()))?;
        let raw: Vec<(*mut u8, usize)> = buffers.iter_mut().map(|b| (b.as_mut_ptr(), b.len())).collect();
        let mut err = vec![0u8; REPORT_BYTES];
        let mut err_len = 0usize;
        // SAFETY: the buffers are the case's own, aligned, in plan order.
        let rc = unsafe {
            f(
                self.handle,
                parallel as u32,
                raw.as_ptr(),
                raw.len(),
                err.as_mut_ptr(),
                err.len(),
                &mut err_len,
            )
        };
        match rc {
            0 => Ok(true),
            2 => Ok(false),
            _ => Err(parse_panic("native baseline", &err[..err_len])),
        }
    }
}

static LOADS: AtomicU64 = AtomicU64::new(0);

impl CpuLibrary {
    /// Loads a private copy of the library at `path` and reads its manifest.
    pub fn load(path: &Path) -> Result<Arc<CpuLibrary>, BackendError> {
        let load_err = |message: String| BackendError::Load {
            route: Route::Cpu,
            message,
        };
        let n = LOADS.fetch_add(1, Ordering::Relaxed);
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let copy = everygpu_backend::process::temp_path(&format!("{n}-{file}"));
        let copied = std::fs::copy(path, &copy);
        // SAFETY: loading runs the library's initialisers; kernel crate libraries
        // built by the CPU route have none beyond std's.
        let lib = copied
            .map_err(|e| load_err(format!("{}: {e}", path.display())))
            .and_then(|_| unsafe { Library::new(&copy) }.map_err(|e| load_err(e.to_string())));
        // Loaded or not, the copy goes: the mapping outlives the file.
        let _ = std::fs::remove_file(&copy);
        let lib = lib?;
        let version = {
            // SAFETY: the symbol's type is part of the ABI.
            let f: Symbol<unsafe extern "C" fn() -> u32> = unsafe { lib.get(b"everygpu_abi_version\0") }.map_err(|_| {
                load_err(format!(
                    "{} is not a kernel crate library (no everygpu_abi_version): does the crate depend on everygpu-kernel and define #[kernel]s?",
                    path.display()
                ))
            })?;
            // SAFETY: no arguments.
            unsafe { f() }
        };
        if version != ABI_VERSION {
            return Err(load_err(format!(
                "the library speaks ABI {version}, this everygpu speaks {ABI_VERSION}: rebuild against the same everygpu-kernel"
            )));
        }
        let manifest = {
            // SAFETY: the symbol's type is part of the ABI.
            let f: Symbol<ManifestFn> =
                unsafe { lib.get(b"everygpu_manifest\0") }.map_err(|e| load_err(e.to_string()))?;
            let mut len = 0usize;
            // SAFETY: returns a pointer to `len` bytes valid for the library's life.
            let bytes = unsafe { std::slice::from_raw_parts(f(&mut len), len) };
            serde_json::from_slice::<Manifest>(bytes).map_err(|e| load_err(format!("bad manifest: {e}")))?
        };
        if let Some((a, b)) = manifest.duplicate_kernel() {
            return Err(load_err(format!(
                "kernel `{}` is defined twice, at {}:{} and at {}:{}: kernel names are symbols on every route \
                 (PTX entries, wasm exports), so each must be unique in the crate",
                a.name, a.file, a.line, b.file, b.line
            )));
        }
        // SAFETY: the symbol's type is part of the ABI; it has no arguments.
        let checks_races =
            unsafe { lib.get::<RaceCheckFn>(b"everygpu_race_check\0") }.is_ok_and(|f| unsafe { f() } == 1);
        let lines = match checks_races {
            // The build output, not the copy: it stays until the next build.
            true => {
                Some(std::sync::Mutex::new(addr2line::Loader::new(path).map_err(|e| {
                    load_err(format!("{}: its line tables: {e}", path.display()))
                })?))
            }
            false => None,
        };
        Ok(Arc::new(CpuLibrary {
            lib,
            path: path.to_owned(),
            manifest,
            lines,
        }))
    }

    /// Whether the library is the CPU route's race-check build, whose
    /// launches note data races ([`CpuLibrary::races`]).
    pub fn checks_races(&self) -> bool {
        self.lines.is_some()
    }

    /// The data races of the last launch (launch `index` of its case), with
    /// their call sites; none unless [`CpuLibrary::checks_races`].
    pub fn races(&self, launch: &Launch, index: usize) -> Result<Vec<Race>, BackendError> {
        let Some(lines) = &self.lines else {
            return Ok(Vec::new());
        };
        let f = self
            .symbol::<RacesFn>(b"everygpu_races\0")
            .map_err(|e| BackendError::Driver(e.to_string()))?;
        let mut len = 0usize;
        // SAFETY: returns `len` bytes that stay until the next call, made
        // from this thread alone (the one that launches).
        let bytes = unsafe { std::slice::from_raw_parts(f(&mut len), len) };
        let mut races: Vec<Race> = serde_json::from_slice(bytes)
            .map_err(|e| BackendError::Driver(format!("the race checker's report: {e}")))?;
        let lines = lines.lock().unwrap_or_else(|e| e.into_inner());
        for race in &mut races {
            race.kernel = launch.kernel.clone();
            race.launch = index;
            for access in [&mut race.first, &mut race.second] {
                access.site = self.site(&lines, access);
            }
        }
        Ok(races)
    }

    /// `file:line:column` of an access's call site: the innermost inlined
    /// frame of the crate's own code (not `core`'s, `alloc`'s or
    /// `everygpu_kernel`'s, whose helpers make the access for it), else the
    /// innermost one; the file as the manifest names the crate's files
    /// where it is one of them.
    fn site(&self, lines: &addr2line::Loader, access: &RaceAccess) -> Option<String> {
        const LIBRARIES: [&str; 4] = ["core", "alloc", "std", "everygpu_kernel"];
        // A return address: the call is the instruction before it.
        let mut frames = lines.find_frames(access.pc.checked_sub(1)?).ok()?;
        let mut innermost = None;
        let mut own = None;
        while let Ok(Some(frame)) = frames.next() {
            let Some(location) = frame.location else { continue };
            // Line 0: code the optimizer made of several lines.
            let (Some(file), Some(line @ 1..)) = (location.file, location.line) else {
                continue;
            };
            let site = (file, line, location.column.unwrap_or(0));
            innermost.get_or_insert(site);
            let function = frame.function.as_ref().and_then(|f| f.demangle().ok());
            let krate = function
                .as_deref()
                .map(|f| f.trim_start_matches('<').split("::").next().unwrap_or(""));
            if krate.is_some_and(|k| !LIBRARIES.contains(&k)) {
                own = Some(site);
                break;
            }
        }
        let (file, line, column) = own.or(innermost)?;
        let file = self
            .manifest
            .kernels
            .iter()
            .map(|k| k.file.as_str())
            .find(|known| file.ends_with(&format!("/{known}")))
            .unwrap_or(file);
        Some(format!("{file}:{line}:{column}"))
    }

    /// Every kernel and case of the crate.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    fn symbol<T>(&self, name: &[u8]) -> Result<Symbol<'_, T>, libloading::Error> {
        // SAFETY: callers name ABI symbols with their ABI types.
        unsafe { self.lib.get(name) }
    }

    /// Builds case `index` of the manifest for size `n`.
    pub fn build_case(self: &Arc<Self>, index: usize, n: u64) -> Result<BuiltCase, CaseError> {
        let name = self
            .manifest
            .cases
            .get(index)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let sym = |s: &[u8]| {
            self.symbol::<CaseNewFn>(s)
                .map_err(|e| CaseError::Invalid(e.to_string()))
        };
        let new = sym(b"everygpu_case_new\0")?;
        let mut err = vec![0u8; REPORT_BYTES];
        let mut err_len = 0usize;
        // SAFETY: the error buffer is REPORT_BYTES long.
        let handle = unsafe { new(index as u32, n, err.as_mut_ptr(), err.len(), &mut err_len) };
        if handle.is_null() {
            let text = &err[..err_len];
            return Err(match serde_json::from_slice::<PanicJson>(text) {
                Ok(p) => CaseError::Panicked(p.into_panic(&name)),
                Err(_) => CaseError::Invalid(format!("case `{name}`: {}", String::from_utf8_lossy(text))),
            });
        }
        let plan_fn = self
            .symbol::<CasePlanFn>(b"everygpu_case_plan\0")
            .map_err(|e| CaseError::Invalid(e.to_string()))?;
        let data_fn = self
            .symbol::<CaseDataFn>(b"everygpu_case_data\0")
            .map_err(|e| CaseError::Invalid(e.to_string()))?;
        let mut len = 0usize;
        // SAFETY: the handle is live; the plan lives as long as the handle.
        let plan_bytes = unsafe { std::slice::from_raw_parts(plan_fn(handle, &mut len), len) };
        let plan: CasePlan = match serde_json::from_slice(plan_bytes) {
            Ok(p) => p,
            Err(e) => return Err(CaseError::Invalid(format!("case `{name}`: bad plan: {e}"))),
        };
        let inputs = (0..plan.buffers.len())
            .map(|i| {
                let mut len = 0usize;
                // SAFETY: as above.
                let p = unsafe { data_fn(handle, i as u32, &mut len) };
                if p.is_null() || len == 0 {
                    HostBuffer::zeroed(0)
                } else {
                    // SAFETY: `len` bytes at `p`, owned by the case.
                    HostBuffer::from_bytes(unsafe { std::slice::from_raw_parts(p, len) })
                }
            })
            .collect();
        Ok(BuiltCase {
            size: n,
            plan,
            inputs,
            handle,
            library: self.clone(),
        })
    }

    /// Workgroups done and in all, of the launch running in this process now.
    pub fn progress(&self) -> Option<(u64, u64)> {
        let f = self.symbol::<ProgressFn>(b"everygpu_progress\0").ok()?;
        let (mut done, mut total) = (0, 0);
        // SAFETY: two valid pointers; the function only reads atomics.
        unsafe { f(&mut done, &mut total) };
        Some((done, total))
    }

    /// Forgets what kernels printed so far.
    pub fn clear_prints(&self) -> Result<(), BackendError> {
        let clear = self
            .symbol::<PrintsClearFn>(b"everygpu_prints_clear\0")
            .map_err(|e| BackendError::Driver(e.to_string()))?;
        // SAFETY: no arguments; it only empties the library's print log.
        unsafe { clear() };
        Ok(())
    }

    /// Adds what `launch` (the case's launch number `index`) printed to
    /// `prints`, and forgets it.
    pub fn take_prints(&self, launch: &Launch, index: u32, prints: &mut Prints) -> Result<(), BackendError> {
        let driver = |e: libloading::Error| BackendError::Driver(e.to_string());
        let records = self.symbol::<PrintsFn>(b"everygpu_prints\0").map_err(driver)?;
        let site = self.symbol::<PrintSiteFn>(b"everygpu_print_site\0").map_err(driver)?;
        let (mut len, mut dropped, mut sites) = (0usize, 0u64, 0usize);
        // SAFETY: a null buffer of no words and three valid pointers.
        unsafe { records(std::ptr::null_mut(), 0, &mut len, &mut dropped, &mut sites) };
        let mut words = vec![0u32; len];
        // SAFETY: `words` holds `len` words; nothing launches meanwhile.
        unsafe { records(words.as_mut_ptr(), len, &mut len, &mut dropped, &mut sites) };
        words.truncate(len);
        prints.dropped += dropped;
        let grid = Grid {
            groups: launch.groups,
            size: self
                .manifest
                .kernels
                .get(launch.kernel_index)
                .map_or([1; 3], |k| k.workgroup_size),
        };
        let mut site_text = |[number, _, len]: [u32; 3]| {
            let mut bytes = vec![0u8; len as usize];
            // SAFETY: `bytes` holds `len` bytes.
            let n = unsafe { site(number as usize, bytes.as_mut_ptr(), bytes.len()) };
            if n != len as usize {
                return Err(format!("print site {number} is not in the library's log"));
            }
            String::from_utf8(bytes).map_err(|e| e.to_string())
        };
        let read = everygpu_backend::print::read_records(&words, index, grid, &mut site_text, prints);
        self.clear_prints()?;
        read.map_err(|e| BackendError::Launch {
            kernel: launch.kernel.clone(),
            message: format!("its print records: {e}"),
        })
    }

    /// Runs one launch on the CPU executor over `buffers`.
    pub fn launch(&self, launch: &Launch, buffers: &mut [HostBuffer], mode: Mode) -> Result<Launched, BackendError> {
        let f = self
            .symbol::<LaunchFn>(b"everygpu_launch\0")
            .map_err(|e| BackendError::Driver(e.to_string()))?;
        let mut slots = Vec::with_capacity(launch.args.len());
        let kernel = self
            .manifest
            .kernels
            .get(launch.kernel_index)
            .ok_or_else(|| BackendError::MissingKernel(launch.kernel.clone()))?;
        for (arg, param) in launch.args.iter().zip(&kernel.params) {
            slots.push(match (arg, param) {
                (Arg::Buffer(b), everygpu_backend::Param::Buffer { elem, .. }) => {
                    let buf = buffers.get_mut(*b).ok_or_else(|| {
                        BackendError::Driver(format!("launch names buffer {b}, which the case lacks"))
                    })?;
                    ArgSlot {
                        len: buf.len() / elem.size.max(1),
                        ptr: buf.as_mut_ptr(),
                        bits: 0,
                    }
                }
                _ => ArgSlot {
                    ptr: std::ptr::null_mut(),
                    len: 0,
                    bits: arg.bits(),
                },
            });
        }
        let mut err = vec![0u8; REPORT_BYTES];
        let mut err_len = 0usize;
        // SAFETY: the slots describe the case's live buffers, checked against
        // the kernel's parameters when the plan was made.
        let rc = unsafe {
            f(
                launch.kernel_index as u32,
                launch.groups.as_ptr(),
                slots.as_ptr(),
                slots.len(),
                mode as u32,
                err.as_mut_ptr(),
                err.len(),
                &mut err_len,
            )
        };
        match rc {
            0 => Ok(Launched::Done),
            1 => Err(BackendError::Panic(parse_panic(&launch.kernel, &err[..err_len]))),
            3 => Ok(Launched::Rerun),
            _ => Err(BackendError::Launch {
                kernel: launch.kernel.clone(),
                message: "the library refused the launch (kernel index, argument count or mode)".into(),
            }),
        }
    }
}

#[derive(serde::Deserialize)]
struct PanicJson {
    message: String,
    local: [u32; 3],
    group: [u32; 3],
    file: Option<String>,
    line: u32,
    column: u32,
}

impl PanicJson {
    fn into_panic(self, kernel: &str) -> KernelPanic {
        KernelPanic {
            kernel: kernel.to_string(),
            message: self.message,
            local: self.local,
            group: self.group,
            file: self.file,
            line: self.line,
            column: self.column,
            prints: Box::default(),
        }
    }
}

fn parse_panic(kernel: &str, bytes: &[u8]) -> KernelPanic {
    match serde_json::from_slice::<PanicJson>(bytes) {
        Ok(p) => p.into_panic(kernel),
        Err(_) => plain_panic(kernel, &String::from_utf8_lossy(bytes)),
    }
}

fn plain_panic(kernel: &str, message: &str) -> KernelPanic {
    KernelPanic {
        kernel: kernel.to_string(),
        message: message.to_string(),
        local: [0; 3],
        group: [0; 3],
        file: None,
        line: 0,
        column: 0,
        prints: Box::default(),
    }
}
