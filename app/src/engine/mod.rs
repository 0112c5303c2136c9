//! The engine: everything the CLI and the GUI share, free of any UI.
//!
//! It opens a kernel crate, builds the routes its backends need, loads each
//! backend, builds cases, runs them (the CPU reference first) and compares
//! every backend's outputs with the reference.

pub mod backends;
pub mod compare;
pub mod result;
pub mod session;
pub mod worker;

pub use result::{CaseResult, Status};

use anyhow::{bail, Context};
use everygpu_backend::{Absent, Artifact, Backend, BackendError, HostBuffer, Manifest, Route, RunOptions};
use everygpu_backend_cpu::{BuiltCase, CpuLibrary};
use everygpu_compiler::{CompileError, CompileRoute, HostToolchain, KernelCrate, KernelToolchain};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use worker::{LoadRequest, WorkerBackend};

/// With `EVERYGPU_TRACE` set, prints how long `what` took since `start` on
/// stderr: where the time of a large run goes.
pub fn trace(what: impl std::fmt::Display, start: std::time::Instant) {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *ON.get_or_init(|| std::env::var_os("EVERYGPU_TRACE").is_some()) {
        eprintln!("[trace] {what}: {:.3} s", start.elapsed().as_secs_f64());
    }
}

/// Largest problem size accepted before any allocation (2^40).
pub const MAX_SIZE: u64 = 1 << 40;

/// An opened kernel crate and the backends that will run it.
pub struct Engine {
    /// The crate.
    pub krate: KernelCrate,
    host: HostToolchain,
    kernel_toolchain: Result<KernelToolchain, String>,
    /// The reference backend (single-thread CPU), in its worker.
    reference: WorkerBackend,
    /// The selected backends, in display order, each in its worker.
    pub backends: Vec<WorkerBackend>,
    /// Selected backend families that are absent here, with the reason.
    pub absent: Vec<Absent>,
    /// Whether the reference's rows are shown.
    pub show_reference: bool,
    /// Per backend id: why it cannot run this build (route failed to compile or load).
    pub unavailable: BTreeMap<String, String>,
    library: Option<Arc<CpuLibrary>>,
    /// A folder of prebuilt artifacts (`everygpu emit --route all`) used
    /// instead of building: for machines without a Rust toolchain.
    prebuilt: Option<std::path::PathBuf>,
    last_reference: Result<Vec<HostBuffer>, String>,
}

impl Engine {
    /// Opens the crate at `path`, selects backends by `filter` (see
    /// [`backends::select`]) and starts a worker process for each.
    pub fn open(path: &Path, filter: &str, launch_timeout: Duration) -> anyhow::Result<Engine> {
        let host = HostToolchain::discover()?;
        let krate = KernelCrate::open(path, &host)?;
        let backends::Selected {
            backends: selected,
            absent,
            show_reference,
        } = backends::select(filter)?;
        let mut workers = Vec::new();
        for b in selected.iter().filter(|b| b.id() != "cpu") {
            workers.push(WorkerBackend::start(b.id(), launch_timeout)?);
        }
        drop(selected);
        Ok(Engine {
            krate,
            host,
            kernel_toolchain: KernelToolchain::discover().map_err(|e| e.to_string()),
            reference: WorkerBackend::start("cpu", launch_timeout)?,
            backends: workers,
            absent,
            show_reference,
            unavailable: BTreeMap::new(),
            library: None,
            prebuilt: None,
            last_reference: Err("no case has run yet".into()),
        })
    }

    /// Opens a folder of prebuilt artifacts written by `everygpu emit --route
    /// all`: the CPU library, `<lib>.<sm_XX>.ptx` and the wasm module. Nothing is
    /// compiled, so no toolchain is needed.
    pub fn open_artifacts(dir: &Path, filter: &str, launch_timeout: Duration) -> anyhow::Result<Engine> {
        if !dir.is_dir() {
            bail!("{}: no such folder of artifacts", dir.display());
        }
        let backends::Selected {
            backends: selected,
            absent,
            show_reference,
        } = backends::select(filter)?;
        let mut workers = Vec::new();
        for b in selected.iter().filter(|b| b.id() != "cpu") {
            workers.push(WorkerBackend::start(b.id(), launch_timeout)?);
        }
        drop(selected);
        Ok(Engine {
            krate: KernelCrate {
                dir: dir.to_owned(),
                // Named after the library it holds (`libfoo.so` → `foo`).
                package: file_with_suffix(dir, &format!(".{}", std::env::consts::DLL_EXTENSION))
                    .map(|p| cpu_stem(&p))
                    .unwrap_or_default(),
                lib_name: String::new(),
            },
            host: HostToolchain { cargo: "cargo".into() },
            kernel_toolchain: Err("prebuilt artifacts: nothing is compiled".into()),
            reference: WorkerBackend::start("cpu", launch_timeout)?,
            backends: workers,
            absent,
            show_reference,
            unavailable: BTreeMap::new(),
            library: None,
            prebuilt: Some(dir.to_owned()),
            last_reference: Err("no case has run yet".into()),
        })
    }

    /// The file of the prebuilt folder that ends with `suffix`.
    fn prebuilt_file(&self, suffix: &str) -> Option<std::path::PathBuf> {
        file_with_suffix(self.prebuilt.as_ref()?, suffix)
    }

    /// Builds the CPU route (required: it carries the manifest and the cases),
    /// then the route of every selected backend, and loads each backend. A
    /// route that fails makes its backends unavailable, with the reason; the
    /// others still run.
    pub fn build(&mut self) -> Result<&Manifest, CompileError> {
        let cpu = match &self.prebuilt {
            None => {
                let cpu = self.krate.build(&CompileRoute::Cpu, &self.host, None)?;
                for w in &cpu.warnings {
                    eprintln!("{w}");
                }
                cpu.path
            }
            Some(dir) => self
                .prebuilt_file(&format!(".{}", std::env::consts::DLL_EXTENSION))
                .ok_or_else(|| CompileError::Tool {
                    tool: "prebuilt artifacts".into(),
                    message: format!("no CPU library in {}", dir.display()),
                })?,
        };
        let library = CpuLibrary::load(&cpu).map_err(|e| CompileError::Tool {
            tool: "loading the CPU library".into(),
            message: e.to_string(),
        })?;
        let manifest = library.manifest().clone();
        self.unavailable.clear();
        let cpu_load = LoadRequest::Cpu { path: cpu.clone() };
        if let Err(e) = self.reference.load_request(cpu_load.clone(), &manifest) {
            return Err(CompileError::Tool {
                tool: "the reference backend".into(),
                message: e.to_string(),
            });
        }
        let mut requests: BTreeMap<CompileRoute, Result<LoadRequest, String>> = BTreeMap::new();
        for backend in &mut self.backends {
            let route = match backend.route() {
                Route::Cpu => CompileRoute::Cpu,
                Route::Nvptx => CompileRoute::Nvptx {
                    arch: backend
                        .device()
                        .details
                        .iter()
                        .find(|(k, _)| k == "arch")
                        .map(|(_, v)| v.clone())
                        .unwrap_or_else(|| "sm_80".into()),
                },
                Route::Wasm => CompileRoute::Wasm,
            };
            let request = requests
                .entry(route.clone())
                .or_insert_with(|| match (&route, &self.prebuilt) {
                    (CompileRoute::Cpu, _) => Ok(cpu_load.clone()),
                    (_, None) => build_route(&self.krate, &route, &self.host, &self.kernel_toolchain),
                    (CompileRoute::Nvptx { arch }, Some(dir)) => {
                        let path = dir.join(format!("{}.{arch}.ptx", cpu_stem(&cpu)));
                        if path.exists() {
                            Ok(LoadRequest::Ptx {
                                path,
                                arch: arch.clone(),
                            })
                        } else {
                            Err(format!("no {} among the prebuilt artifacts", path.display()))
                        }
                    }
                    (CompileRoute::Wasm, Some(dir)) => {
                        let path = dir.join(format!("{}.wasm", cpu_stem(&cpu)));
                        if path.exists() {
                            Ok(LoadRequest::Wasm { path })
                        } else {
                            Err(format!("no {} among the prebuilt artifacts", path.display()))
                        }
                    }
                })
                .clone();
            let loaded = request.and_then(|r| backend.load_request(r, &manifest).map_err(|e| e.to_string()));
            if let Err(e) = loaded {
                self.unavailable.insert(backend.id().to_string(), e);
            }
        }
        self.library = Some(library);
        Ok(self.library.as_ref().expect("just set").manifest())
    }

    /// The manifest of the last successful build.
    pub fn manifest(&self) -> Option<&Manifest> {
        self.library.as_ref().map(|l| l.manifest())
    }

    /// Resolves case names (all cases when empty) to manifest indices.
    pub fn select_cases(&self, names: &[String]) -> anyhow::Result<Vec<usize>> {
        let Some(manifest) = self.manifest() else {
            bail!("the crate has not been built")
        };
        if manifest.kernels.is_empty() {
            bail!(
                "{}: the crate defines no #[kernel] (mark a `pub fn` with #[everygpu_kernel::kernel])",
                self.krate.dir.display()
            );
        }
        if manifest.cases.is_empty() {
            bail!(
                "{}: the crate defines kernels but no #[case] to run them",
                self.krate.dir.display()
            );
        }
        if names.is_empty() {
            // In source order, not link order.
            let mut all: Vec<usize> = (0..manifest.cases.len()).collect();
            all.sort_by_key(|&i| (&manifest.cases[i].file, manifest.cases[i].line));
            return Ok(all);
        }
        names
            .iter()
            .map(|n| {
                manifest.cases.iter().position(|c| &c.name == n).with_context(|| {
                    let known: Vec<&str> = manifest.cases.iter().map(|c| c.name.as_str()).collect();
                    format!("unknown case `{n}`; the crate has: {}", known.join(", "))
                })
            })
            .collect()
    }

    /// Runs case `index` at `size` (its default when `None`) on the reference
    /// and every selected backend. Returns one result per backend (and the
    /// reference's first, when shown).
    pub fn run_case(&mut self, index: usize, size: Option<u64>, options: &RunOptions) -> Vec<CaseResult> {
        match self.build_case(index, size) {
            Ok(built) => self.run_built(index, &built, options),
            Err(rows) => rows,
        }
    }

    /// Builds case `index` at `size` (its default when `None`): its plan and
    /// input buffers. When the case itself fails, the error is every backend's
    /// result row.
    pub fn build_case(&self, index: usize, size: Option<u64>) -> Result<BuiltCase, Vec<CaseResult>> {
        let library = self.library.clone().expect("build() succeeded before build_case()");
        let case = &library.manifest().cases[index];
        let size = size.unwrap_or(case.default_size);
        let start = std::time::Instant::now();
        let built = library.build_case(index, size);
        trace(format_args!("{} {size}: build", case.name), start);
        built.map_err(|e| {
            let message = format!("{e}");
            let mut rows = Vec::new();
            if self.show_reference {
                rows.push(("cpu".to_string(), self.reference.device().name.clone()));
            }
            rows.extend(
                self.backends
                    .iter()
                    .map(|b| (b.id().to_string(), b.device().name.clone())),
            );
            rows.into_iter()
                .map(|(id, device)| CaseResult::failed(&case.name, size, &id, &device, Status::Error, message.clone()))
                .collect()
        })
    }

    /// Runs a built case (of manifest index `index`) on the reference and
    /// every selected backend, comparing each backend with the reference.
    pub fn run_built(&mut self, index: usize, built: &BuiltCase, options: &RunOptions) -> Vec<CaseResult> {
        let library = self.library.clone().expect("build() succeeded before run_built()");
        let case = &library.manifest().cases[index];
        let size = built.size;
        let mut results = Vec::new();
        let plan = &built.plan;
        // The reference runs once: its outputs are what matters, not its speed.
        let start = std::time::Instant::now();
        let reference = self.reference.run(plan, &built.inputs, &RunOptions::default());
        trace(format_args!("{} {size}: reference", case.name), start);
        let ref_row = CaseResult::from_run(&case.name, size, &self.reference, plan, &reference, None);
        let (expected, why_none) = match reference {
            Ok(r) => (Some(r.buffers), String::new()),
            Err(e) => (None, format!("the CPU reference failed: {e}")),
        };
        if self.show_reference {
            results.push(ref_row);
        }
        for backend in &mut self.backends {
            if let Some(why) = self.unavailable.get(backend.id()) {
                results.push(CaseResult::failed(
                    &case.name,
                    size,
                    backend.id(),
                    &backend.device().name,
                    Status::Error,
                    why.clone(),
                ));
                continue;
            }
            // Pipelines first, within their own time limit: the launches'
            // limit and the device time cover launches alone.
            let start = std::time::Instant::now();
            let prepared = backend.prepare_timed(plan);
            trace(format_args!("{} {size}: {} compile", case.name, backend.id()), start);
            let start = std::time::Instant::now();
            let run = match &prepared {
                Ok(_) => backend.run(plan, &built.inputs, options),
                Err(e) => Err(clone_error(e)),
            };
            trace(format_args!("{} {size}: {} run", case.name, backend.id()), start);
            let start = std::time::Instant::now();
            let mut row = CaseResult::from_run(
                &case.name,
                size,
                backend,
                plan,
                &run,
                Some(expected.as_deref().ok_or(why_none.as_str())),
            );
            if let Ok((p, took)) = prepared {
                if !p.created.is_empty() {
                    row.compile_ms = Some(took.as_secs_f64() * 1e3);
                }
                row.compiled = p.created;
            }
            results.push(row);
            trace(format_args!("{} {size}: {} compare", case.name, backend.id()), start);
        }
        for a in &self.absent {
            results.push(CaseResult::failed(
                &case.name,
                size,
                &a.backend,
                "",
                Status::Skipped,
                a.reason.clone(),
            ));
        }
        self.last_reference = expected.ok_or(why_none);
        results
    }

    /// The reference's output buffers of the last case run, or why there are
    /// none: to judge baselines run beside the backends.
    pub fn last_reference(&self) -> Result<&[HostBuffer], &str> {
        match &self.last_reference {
            Ok(b) => Ok(b),
            Err(why) => Err(why),
        }
    }
}

/// The first file (by name) of `dir` whose name ends with `suffix`.
fn file_with_suffix(dir: &Path, suffix: &str) -> Option<std::path::PathBuf> {
    let mut found: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    found.sort();
    found.into_iter().next()
}

/// The library name of a CPU build output (`libfoo.so` → `foo`).
fn cpu_stem(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    stem.strip_prefix(std::env::consts::DLL_PREFIX)
        .unwrap_or(&stem)
        .to_string()
}

/// Builds a GPU route and describes its artifact for the workers.
fn build_route(
    krate: &KernelCrate,
    route: &CompileRoute,
    host: &HostToolchain,
    kernel: &Result<KernelToolchain, String>,
) -> Result<LoadRequest, String> {
    let tc = kernel.as_ref().map_err(|e| e.clone())?;
    let out = krate.build(route, host, Some(tc)).map_err(|e| e.to_string())?;
    Ok(match route {
        CompileRoute::Cpu => LoadRequest::Cpu { path: out.path },
        CompileRoute::Nvptx { arch } => LoadRequest::Ptx {
            path: out.path,
            arch: arch.clone(),
        },
        CompileRoute::Wasm => LoadRequest::Wasm { path: out.path },
    })
}

/// Turns a worker's load request into the artifact its backend runs.
pub fn load_artifact(load: &LoadRequest, manifest: &Manifest) -> Result<Artifact, String> {
    match load {
        LoadRequest::Cpu { path } => Ok(Artifact::CpuLibrary { path: path.clone() }),
        LoadRequest::Ptx { path, arch } => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            everygpu_compiler::route::ptx_is_self_contained(&text)?;
            Ok(Artifact::Ptx {
                path: path.clone(),
                text: text.into(),
                arch: arch.clone(),
            })
        }
        LoadRequest::Wgsl { dir } => Ok(Artifact::Shader(std::sync::Arc::new(
            everygpu_backend::ShaderArtifact::from_wgsl_dir(dir, manifest),
        ))),
        LoadRequest::Wasm { path } => {
            let wasm = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(Artifact::Shader(std::sync::Arc::new(everygpu_compiler::shader::lower(
                &wasm, manifest,
            ))))
        }
        LoadRequest::Cublas => Err("cuBLAS is a library, not an artifact: a worker opens it itself".into()),
    }
}

/// A copy of a backend error, for a second use: the typed variants a status
/// depends on keep their type, the others their text.
fn clone_error(e: &BackendError) -> BackendError {
    match e {
        BackendError::Panic(p) => BackendError::Panic(p.clone()),
        BackendError::Unsupported { kernel, what } => BackendError::Unsupported {
            kernel: kernel.clone(),
            what: what.clone(),
        },
        BackendError::Timeout { kernel, limit_ms } => BackendError::Timeout {
            kernel: kernel.clone(),
            limit_ms: *limit_ms,
        },
        other => BackendError::Driver(other.to_string()),
    }
}

/// Maps a backend error to the result status it shows as.
pub fn status_of(e: &BackendError) -> Status {
    match e {
        BackendError::Panic(_) => Status::Panic,
        BackendError::Timeout { .. } => Status::Timeout,
        BackendError::Unsupported { .. } => Status::Unsupported,
        _ => Status::Error,
    }
}
