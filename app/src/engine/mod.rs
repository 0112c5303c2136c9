//! The engine: everything the CLI and the GUI share, free of any UI.
//!
//! It opens a kernel crate, builds the routes its backends need, loads each
//! backend, builds cases, runs them (the CPU reference first) and compares
//! every backend's outputs with the reference.

pub mod advice;
pub mod backends;
pub mod bench;
pub mod compare;
pub mod latency;
pub mod process;
pub mod result;
pub mod session;
pub mod worker;

pub use result::{CaseResult, Status};

use anyhow::{bail, Context};
use everygpu_backend::{Absent, Artifact, Backend, BackendError, CasePlan, HostBuffer, Manifest, RunOptions};
use everygpu_compiler::{BuildProfile, CompileError, CompileRoute, HostToolchain, KernelCrate, KernelToolchain};
use session::RouteState;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::{Duration, Instant};
pub use worker::Progress;
use worker::{CaseBuildError, LoadRequest, WorkerBackend};

/// Whether `EVERYGPU_TRACE` is set.
pub fn tracing() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("EVERYGPU_TRACE").is_some())
}

/// With `EVERYGPU_TRACE` set, prints how long `what` took since `start` on
/// stderr: where the time of a large run goes.
pub fn trace(what: impl std::fmt::Display, start: Instant) {
    if tracing() {
        eprintln!("[trace] {what}: {:.3} s", start.elapsed().as_secs_f64());
    }
}

/// Largest problem size accepted before any allocation (2^40).
pub const MAX_SIZE: u64 = 1 << 40;

/// A case built for one size by the reference worker: its plan and inputs.
#[derive(Debug)]
pub struct BuiltCase {
    /// Its index in the manifest.
    pub index: usize,
    /// The problem size it was built for.
    pub size: u64,
    /// What to run.
    pub plan: CasePlan,
    /// Initial contents of every buffer, in plan order.
    pub inputs: Vec<HostBuffer>,
}

/// What a build reports while it runs: a route's state, or a line of
/// cargo's output.
#[derive(Clone, Debug)]
pub enum BuildProgress {
    /// Route `route` (its label) entered `state`.
    Route {
        /// The route's label.
        route: String,
        /// Its state.
        state: RouteState,
    },
    /// A line cargo printed while building route `route`.
    Output {
        /// The route's label.
        route: String,
        /// The line.
        line: String,
    },
    /// A warning rustc reported for the crate (CPU route; the others repeat it).
    Warning {
        /// The warning with its file:line.
        text: String,
    },
}

/// An opened kernel crate and the backends that will run it.
pub struct Engine {
    /// The crate.
    pub krate: KernelCrate,
    host: HostToolchain,
    kernel_toolchain: Result<KernelToolchain, String>,
    /// The reference backend (single-thread CPU), in its worker; also where
    /// the crate's case code runs.
    reference: WorkerBackend,
    /// The selected backends, in display order, each in its worker.
    pub backends: Vec<WorkerBackend>,
    /// Selected backend families that are absent here, with the reason.
    pub absent: Vec<Absent>,
    /// Whether the reference's rows are shown.
    pub show_reference: bool,
    /// Per backend id: why it cannot run this build (route failed to compile or load).
    pub unavailable: BTreeMap<String, String>,
    manifest: Option<Manifest>,
    /// The kernels the last build gave entry points, when it built only some
    /// ([`Engine::build_with`]); its manifest describes those alone.
    built_kernels: Option<BTreeSet<String>>,
    /// The kernels each case launched when it was last built, by case name:
    /// what a build for that case needs.
    case_kernels: BTreeMap<String, BTreeSet<String>>,
    /// A folder of prebuilt artifacts (`everygpu emit --route all`) used
    /// instead of building: for machines without a Rust toolchain.
    prebuilt: Option<std::path::PathBuf>,
    last_reference: Result<Vec<HostBuffer>, String>,
    /// Hears where a long reference run is.
    pub progress: Option<ProgressHook>,
    /// [`Engine::set_cancel`]'s and [`Engine::set_superseded`]'s flags: once
    /// one is set, no new launch starts.
    cancel: Vec<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// Whether builds include the CPU route's race-check build, with which
    /// the reference checks races (`--check-races`).
    pub check_races: bool,
    /// Why the last build's reference does not check races, when asked to.
    races_unchecked: Option<String>,
}

/// Hears where a long reference run is: the case, its size, where the run
/// is and how long it has run.
pub type ProgressHook = Box<dyn FnMut(&str, u64, &Progress, Duration) + Send>;

/// Starts the reference worker and one worker per selected backend, all at once.
fn start_workers(
    selected: &backends::Selected,
    launch_timeout: Duration,
) -> anyhow::Result<(WorkerBackend, Vec<WorkerBackend>, Vec<Absent>)> {
    let mut ids: Vec<&str> = vec!["cpu"];
    ids.extend(selected.ids.iter().map(String::as_str).filter(|id| *id != "cpu"));
    let mut started = WorkerBackend::start_all(&ids, launch_timeout).into_iter();
    let reference = started.next().context("no reference worker")??;
    let mut workers = Vec::new();
    let mut absent = selected.absent.clone();
    for (id, worker) in ids[1..].iter().zip(started) {
        match worker {
            Ok(w) => workers.push(w),
            // A device its worker cannot open (a browser without WebGPU):
            // absent, named with the reason where the filter named it.
            Err(e) if selected.all => trace(format_args!("{id}: left out: {e}"), Instant::now()),
            Err(e) => absent.push(Absent {
                backend: id.to_string(),
                reason: e.to_string(),
            }),
        }
    }
    Ok((reference, workers, absent))
}

impl Engine {
    /// Opens the crate at `path`, selects backends by `filter` (see
    /// [`backends::select`]) and starts a worker process for each.
    pub fn open(path: &Path, filter: &str, launch_timeout: Duration) -> anyhow::Result<Engine> {
        let host = HostToolchain::discover()?;
        let krate = KernelCrate::open(path, &host)?;
        let selected = backends::select(filter)?;
        let show_reference = selected.show_reference;
        let (reference, workers, absent) = start_workers(&selected, launch_timeout)?;
        Ok(Engine {
            krate,
            host,
            kernel_toolchain: KernelToolchain::discover().map_err(|e| e.to_string()),
            reference,
            backends: workers,
            absent,
            show_reference,
            unavailable: BTreeMap::new(),
            manifest: None,
            built_kernels: None,
            case_kernels: BTreeMap::new(),
            prebuilt: None,
            last_reference: Err("no case has run yet".into()),
            check_races: false,
            races_unchecked: None,
            progress: None,
            cancel: Vec::new(),
        })
    }

    /// Opens a folder of prebuilt artifacts written by `everygpu emit --route
    /// all`: the CPU library, `<lib>.<sm_XX>.ptx` and the wasm module. Nothing is
    /// compiled, so no toolchain is needed.
    pub fn open_artifacts(dir: &Path, filter: &str, launch_timeout: Duration) -> anyhow::Result<Engine> {
        if !dir.is_dir() {
            bail!("{}: no such folder of artifacts", dir.display());
        }
        let selected = backends::select(filter)?;
        let show_reference = selected.show_reference;
        let (reference, workers, absent) = start_workers(&selected, launch_timeout)?;
        Ok(Engine {
            krate: KernelCrate {
                dir: dir.to_owned(),
                // Named after the library it holds (`libfoo.so` → `foo`).
                package: file_with_suffix(dir, &format!(".{}", std::env::consts::DLL_EXTENSION))
                    .map(|p| cpu_stem(&p))
                    .unwrap_or_default(),
                lib_name: String::new(),
                profile: BuildProfile::Release,
                kernels: None,
                sets_profile: false,
            },
            host: HostToolchain { cargo: "cargo".into() },
            kernel_toolchain: Err("prebuilt artifacts: nothing is compiled".into()),
            reference,
            backends: workers,
            absent,
            show_reference,
            unavailable: BTreeMap::new(),
            manifest: None,
            built_kernels: None,
            case_kernels: BTreeMap::new(),
            prebuilt: Some(dir.to_owned()),
            last_reference: Err("no case has run yet".into()),
            check_races: false,
            races_unchecked: None,
            progress: None,
            cancel: Vec::new(),
        })
    }

    /// A flag that, once set, lets the launches in flight finish but starts
    /// no new one, and stops the reference (whose worker restarts quickly;
    /// device workers keep their pipelines). For results a save superseded.
    pub fn set_superseded(&mut self, flag: std::sync::Arc<std::sync::atomic::AtomicBool>) {
        self.cancel.push(flag.clone());
        self.reference.set_cancel(flag);
    }

    /// A flag that stops whatever the workers are doing once set (see
    /// [`WorkerBackend::set_cancel`]).
    pub fn set_cancel(&mut self, flag: std::sync::Arc<std::sync::atomic::AtomicBool>) {
        self.cancel.push(flag.clone());
        self.reference.set_cancel(flag.clone());
        for b in &mut self.backends {
            b.set_cancel(flag.clone());
        }
    }

    /// The file of the prebuilt folder that ends with `suffix`.
    fn prebuilt_file(&self, suffix: &str) -> Option<std::path::PathBuf> {
        file_with_suffix(self.prebuilt.as_ref()?, suffix)
    }

    /// The route of every selected backend, keyed by backend id.
    fn routes(&self) -> Vec<(String, CompileRoute)> {
        self.backends
            .iter()
            .map(|backend| {
                let route = CompileRoute::for_backend(backend.route(), backend.device());
                (backend.id().to_string(), route)
            })
            .collect()
    }

    /// Builds the CPU route (required: it carries the manifest and the cases)
    /// and the route of every selected backend, all at once, and loads each
    /// backend, all at once. A GPU route that fails makes its backends
    /// unavailable, with the reason; the others still run. `progress` hears
    /// of every route's start and end and of every line cargo prints.
    ///
    /// With `kernels`, every route builds entry points for those kernels only
    /// ([`KernelCrate::selecting`]), and the manifest describes them alone:
    /// what the edit loop builds first for the case on screen. Prebuilt
    /// artifacts hold every kernel whatever `kernels` says.
    ///
    /// Once a flag of [`Engine::set_cancel`] or [`Engine::set_superseded`]
    /// is set, the builds are ended and the result is
    /// [`CompileError::Stopped`].
    pub fn build_with(
        &mut self,
        kernels: Option<&BTreeSet<String>>,
        progress: &(dyn Fn(BuildProgress) + Sync),
    ) -> Result<&Manifest, CompileError> {
        let kernels = kernels.filter(|_| self.prebuilt.is_none());
        let routes = self.routes();
        let mut wanted: Vec<CompileRoute> = vec![CompileRoute::Cpu];
        let race_checker = cfg!(all(target_os = "linux", target_arch = "x86_64"));
        if self.check_races && self.prebuilt.is_none() && race_checker {
            wanted.push(CompileRoute::CpuRaceCheck);
        }
        for (_, r) in &routes {
            if !wanted.contains(r) {
                wanted.push(r.clone());
            }
        }
        let outputs: Vec<Result<LoadRequest, CompileError>> = match &self.prebuilt {
            Some(dir) => wanted.iter().map(|r| self.prebuilt_request(dir, r)).collect(),
            None => {
                let krate = &self.krate.selecting(kernels.cloned());
                let (host, toolchain) = (&self.host, &self.kernel_toolchain);
                let flags = &self.cancel;
                let stop = &|| flags.iter().any(|f| f.load(std::sync::atomic::Ordering::SeqCst));
                std::thread::scope(|scope| {
                    let builds: Vec<_> = wanted
                        .iter()
                        .map(|route| scope.spawn(move || build_route(krate, route, host, toolchain, progress, stop)))
                        .collect();
                    builds
                        .into_iter()
                        .map(|b| {
                            b.join().unwrap_or_else(|_| {
                                Err(CompileError::Tool {
                                    tool: "a build thread".into(),
                                    message: "panicked".into(),
                                })
                            })
                        })
                        .collect()
                })
            }
        };
        if outputs.iter().any(|o| matches!(o, Err(CompileError::Stopped))) {
            return Err(CompileError::Stopped);
        }
        let mut outputs = wanted.into_iter().zip(outputs);
        let Some((_, cpu)) = outputs.next() else {
            unreachable!("the CPU route is always wanted")
        };
        let cpu = cpu?;
        let requests: BTreeMap<CompileRoute, Result<LoadRequest, String>> =
            outputs.map(|(r, out)| (r, out.map_err(|e| e.to_string()))).collect();
        let start = Instant::now();
        let LoadRequest::Cpu { path: library } = &cpu else {
            unreachable!("the CPU route builds a library")
        };
        let manifest = self.reference.load_library(library).map_err(|e| CompileError::Tool {
            tool: "loading the CPU library".into(),
            message: e.to_string(),
        })?;
        trace("load: the reference's CPU library", start);
        self.races_unchecked = match requests.get(&CompileRoute::CpuRaceCheck) {
            _ if !self.check_races => None,
            None if !race_checker => Some("the race checker runs on x86-64 Linux only".into()),
            None => Some("prebuilt artifacts hold no race-check build".into()),
            Some(Err(e)) => Some(format!("its build failed: {e}")),
            Some(Ok(LoadRequest::Built { path, .. })) => {
                let start = Instant::now();
                let loaded = self.reference.load_race_library(path);
                trace("load: the reference's race-check build", start);
                loaded.err().map(|e| e.to_string())
            }
            Some(Ok(other)) => Some(format!("the race-check build made {other:?}")),
        };
        let start = Instant::now();
        self.unavailable.clear();
        let mut loading = Vec::new();
        for (backend, (id, route)) in self.backends.iter_mut().zip(&routes) {
            let request = match route {
                CompileRoute::Cpu => Ok(cpu.clone()),
                other => requests.get(other).cloned().unwrap_or_else(|| Err("not built".into())),
            };
            let manifest = (*route != CompileRoute::Cpu).then_some(&manifest);
            match request.and_then(|r| backend.begin_load(r, manifest).map_err(|e| e.to_string())) {
                Ok(()) => loading.push(true),
                Err(e) => {
                    self.unavailable.insert(id.clone(), e);
                    loading.push(false);
                }
            }
        }
        for ((backend, (id, _)), sent) in self.backends.iter_mut().zip(&routes).zip(loading) {
            if sent {
                if let Err(e) = backend.finish_load() {
                    self.unavailable.insert(id.clone(), e.to_string());
                }
            }
        }
        trace("load: every backend", start);
        self.built_kernels = kernels.cloned();
        self.manifest = Some(manifest);
        Ok(self.manifest.as_ref().expect("just set"))
    }

    /// The load request of route `route` among the prebuilt artifacts.
    fn prebuilt_request(&self, dir: &Path, route: &CompileRoute) -> Result<LoadRequest, CompileError> {
        let missing = |what: String| CompileError::Tool {
            tool: "prebuilt artifacts".into(),
            message: what,
        };
        let dll = format!(".{}", std::env::consts::DLL_EXTENSION);
        let cpu = self
            .prebuilt_file(&dll)
            .ok_or_else(|| missing(format!("no CPU library in {}", dir.display())))?;
        if *route == CompileRoute::Cpu {
            return Ok(LoadRequest::Cpu { path: cpu });
        }
        let path = dir.join(route.route().shipped_name(&cpu_stem(&cpu)));
        match path.exists() {
            true => Ok(LoadRequest::Built {
                route: route.clone(),
                path,
            }),
            false => Err(missing(format!("no {} among the prebuilt artifacts", path.display()))),
        }
    }

    /// The manifest of the last successful build.
    pub fn manifest(&self) -> Option<&Manifest> {
        self.manifest.as_ref()
    }

    /// The kernels the last build gave entry points, when it built only some.
    pub fn built_kernels(&self) -> Option<&BTreeSet<String>> {
        self.built_kernels.as_ref()
    }

    /// Every kernel that the cases named launched when they were last built;
    /// `None` when one of them has not been built yet (or launched nothing),
    /// so what it needs is unknown.
    pub fn kernels_of(&self, cases: &[String]) -> Option<BTreeSet<String>> {
        let mut all = BTreeSet::new();
        for case in cases {
            let kernels = self.case_kernels.get(case).filter(|k| !k.is_empty())?;
            all.extend(kernels.iter().cloned());
        }
        (!all.is_empty()).then_some(all)
    }

    /// Whether the last build gave entry points to every kernel of case
    /// `name`, as far as its last build says.
    pub fn has_kernels_of(&self, name: &str) -> bool {
        match &self.built_kernels {
            None => true,
            Some(built) => self.case_kernels.get(name).is_some_and(|k| k.is_subset(built)),
        }
    }

    /// Resolves case names (all cases when empty) to manifest indices.
    pub fn select_cases(&self, names: &[String]) -> anyhow::Result<Vec<usize>> {
        let Some(manifest) = self.manifest() else {
            bail!("the crate has not been built")
        };
        // A build of some kernels may have found none of them (renamed by
        // the edit): the cases then ask for the whole crate.
        if manifest.kernels.is_empty() && self.built_kernels.is_none() {
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
            Ok(built) => self.run_built(&built, options),
            Err(rows) => rows,
        }
    }

    /// Builds case `index` at `size` (its default when `None`) in the
    /// reference worker: its plan and input buffers. When the case's host code
    /// fails (refuses, panics, or crashes its worker), the error is every
    /// backend's result row.
    pub fn build_case(&mut self, index: usize, size: Option<u64>) -> Result<BuiltCase, Vec<CaseResult>> {
        let Some(case) = self.manifest.as_ref().and_then(|m| m.cases.get(index)).cloned() else {
            return Err(vec![]);
        };
        let size = size.unwrap_or(case.default_size);
        let start = Instant::now();
        let built = self.reference.build_case(index, size, &case.name);
        trace(format_args!("{} {size}: build", case.name), start);
        if let Ok((plan, _)) = &built {
            let kernels = plan.kernels().map(str::to_string).collect();
            self.case_kernels.insert(case.name.clone(), kernels);
        }
        built
            .map(|(plan, inputs)| BuiltCase {
                index,
                size,
                plan,
                inputs,
            })
            .map_err(|e| {
                let message = match e {
                    CaseBuildError::Refused(m) => m,
                    CaseBuildError::Crashed(e) => format!("case `{}` (its host code): {e}", case.name),
                };
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
                    .map(|(id, device)| {
                        CaseResult::failed(&case.name, size, &id, &device, Status::Error, message.clone())
                    })
                    .collect()
            })
    }

    /// Times the native baseline of a built case in the reference worker
    /// (`parallel`: the one on every core); `None` when the case has none or
    /// it failed.
    pub fn run_native(&mut self, built: &BuiltCase, options: &RunOptions, parallel: bool) -> Option<Vec<f64>> {
        self.reference
            .run_native(built.index, built.size, options, parallel)
            .ok()
            .flatten()
    }

    /// Runs a built case on the reference and every selected backend,
    /// comparing each backend with the reference.
    pub fn run_built(&mut self, built: &BuiltCase, options: &RunOptions) -> Vec<CaseResult> {
        let Some(case) = self.manifest.as_ref().and_then(|m| m.cases.get(built.index)).cloned() else {
            return vec![];
        };
        let size = built.size;
        let mut results = Vec::new();
        let plan = &built.plan;
        // Every backend compiles the case's pipelines while the reference runs.
        let start = Instant::now();
        let mut preparing = Vec::with_capacity(self.backends.len());
        for backend in &mut self.backends {
            let sent = match self.unavailable.contains_key(backend.id()) {
                true => None,
                false => Some(backend.begin_prepare(plan)),
            };
            preparing.push(sent);
        }
        // The reference: exact outputs, on every core where it can.
        let mut hook = self.progress.take();
        let reference = self.reference.run_reference(plan, &built.inputs, &mut |p| {
            if let Some(hook) = hook.as_mut() {
                hook(&case.name, size, &p, start.elapsed());
            }
        });
        self.progress = hook;
        trace(format_args!("{} {size}: reference", case.name), start);
        // A kernel that fails in the reference fails the same way on `cpu`.
        let failed = reference.as_ref().err().map(clone_error);
        let races = reference.as_ref().map(|r| r.races.clone()).unwrap_or_default();
        let (expected, why_none) = match reference {
            Ok(r) => (Some(r.buffers), String::new()),
            Err(e) => (None, format!("the CPU reference failed: {e}")),
        };
        let cancel = self.cancel.clone();
        let cancelled = || cancel.iter().any(|c| c.load(std::sync::atomic::Ordering::SeqCst));
        for (backend, sent) in self.backends.iter_mut().zip(preparing) {
            let Some(sent) = sent else {
                let why = self.unavailable.get(backend.id()).cloned().unwrap_or_default();
                results.push(CaseResult::failed(
                    &case.name,
                    size,
                    backend.id(),
                    &backend.device().name,
                    Status::Error,
                    why,
                ));
                continue;
            };
            // Pipelines first, within their own time limit: the launches'
            // limit and the device time cover launches alone.
            let waited = Instant::now();
            let prepared = sent.and_then(|()| backend.finish_prepare(plan));
            trace(
                format_args!("{} {size}: {} compile (wait)", case.name, backend.id()),
                waited,
            );
            let start = Instant::now();
            let run = match &prepared {
                // Once cancelled, the inputs may be gone with the worker
                // that made them.
                Ok(_) if cancelled() => Err(worker::cancelled(backend.id())),
                Ok(_) => backend.run(plan, &built.inputs, options),
                Err(e) => Err(clone_error(e)),
            };
            trace(format_args!("{} {size}: {} run", case.name, backend.id()), start);
            let start = Instant::now();
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
                row.stats = p.stats;
                for note in p.notes {
                    if !row.message.is_empty() {
                        row.message.push_str("; ");
                    }
                    row.message.push_str(&note);
                }
            }
            results.push(row);
            trace(format_args!("{} {size}: {} compare", case.name, backend.id()), start);
        }
        // `cpu` last: a run past its time limit restarts the reference's worker.
        if self.show_reference {
            let start = Instant::now();
            let run = match failed {
                Some(e) => Err(e),
                None if cancelled() => Err(worker::cancelled("cpu")),
                None => self.reference.run(plan, &built.inputs, options),
            };
            trace(format_args!("{} {size}: cpu run", case.name), start);
            let expected = expected.as_deref().ok_or(why_none.as_str());
            let row = CaseResult::from_run(&case.name, size, &self.reference, plan, &run, Some(expected));
            results.insert(0, row);
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
        if self.check_races {
            let unchecked = self.races_unchecked.clone().or_else(|| {
                (!everygpu_backend_cpu::race_check_fits(plan)).then(|| {
                    let bytes: usize = plan.buffers.iter().map(|b| b.bytes()).sum();
                    format!(
                        "the case's buffers take {} MiB, more than the checker's {} MiB",
                        bytes >> 20,
                        everygpu_backend_cpu::RACE_CHECK_MAX_BYTES >> 20
                    )
                })
            });
            note_races(&mut results, &races, unchecked.as_deref());
        }
        self.last_reference = expected.ok_or(why_none);
        let threads = self.manifest.as_ref().and_then(|m| plan.threads(m));
        for row in &mut results {
            row.threads = threads;
        }
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

/// Tells a case's rows what the reference's race checker found: the `cpu`
/// row's status becomes `race`, with every race in its message, and every
/// other row's message starts with the first race, which explains a
/// mismatch. `unchecked` says why races were not checked, when asked to.
fn note_races(rows: &mut [CaseResult], races: &[everygpu_backend::race::Race], unchecked: Option<&str>) {
    if let Some(why) = unchecked {
        if let Some(cpu) = rows.iter_mut().find(|r| r.backend == "cpu") {
            cpu.add_note(&format!("races not checked: {why}"));
        }
        return;
    }
    let Some(first) = races.first() else {
        return;
    };
    for row in rows.iter_mut() {
        row.races = races.to_vec();
        if row.backend == "cpu" {
            if matches!(row.status, Status::Match | Status::Mismatch) {
                row.status = Status::Race;
            }
            let all: Vec<String> = races.iter().map(|r| r.to_string()).collect();
            row.message = all.join("\n");
        } else if row.status != Status::Skipped {
            let note = format!("the reference found a data race: {first}");
            row.message = match row.message.is_empty() {
                true => note,
                false => format!("{note}; {}", row.message),
            };
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

/// Builds one route and describes its artifact for the workers, reporting
/// the route's start and end, and cargo's lines, to `progress`.
fn build_route(
    krate: &KernelCrate,
    route: &CompileRoute,
    host: &HostToolchain,
    kernel: &Result<KernelToolchain, String>,
    progress: &(dyn Fn(BuildProgress) + Sync),
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<LoadRequest, CompileError> {
    let label = route.label();
    let report = |state| {
        progress(BuildProgress::Route {
            route: label.clone(),
            state,
        })
    };
    report(RouteState::Building);
    let start = Instant::now();
    let toolchain = match route {
        CompileRoute::Cpu => None,
        _ => match kernel {
            Ok(tc) => Some(tc),
            Err(e) => {
                report(RouteState::Failed);
                return Err(CompileError::Tool {
                    tool: format!("the {label} route"),
                    message: e.clone(),
                });
            }
        },
    };
    let on_line = |line: &str| {
        progress(BuildProgress::Output {
            route: label.clone(),
            line: line.to_string(),
        })
    };
    let built = krate.build_watched(route, host, toolchain, &on_line, stop);
    trace(format_args!("build: cargo, {label} route"), start);
    match &built {
        Ok(out) => {
            if route == &CompileRoute::Cpu {
                for w in &out.warnings {
                    progress(BuildProgress::Warning { text: w.to_string() });
                }
            }
            report(RouteState::Built {
                ms: start.elapsed().as_millis() as u64,
            });
        }
        // A stopped build did not fail: the next one is on its way.
        Err(CompileError::Stopped) => {}
        Err(_) => report(RouteState::Failed),
    }
    let out = built?;
    Ok(match out.route {
        CompileRoute::Cpu => LoadRequest::Cpu { path: out.path },
        route => LoadRequest::Built { route, path: out.path },
    })
}

/// Turns a worker's load request into the artifact its backend runs; the
/// shader route lowers with the backend's `options`.
pub fn load_artifact(
    load: &LoadRequest,
    manifest: &Manifest,
    options: everygpu_backend::LowerOptions,
) -> Result<Artifact, String> {
    match load {
        LoadRequest::Cpu { path } => Ok(Artifact::CpuLibrary { path: path.clone() }),
        LoadRequest::Built { route, path } => route.route().artifact(path, manifest, options),
        LoadRequest::Wgsl { dir } => Ok(Artifact::Shader(std::sync::Arc::new(
            everygpu_backend::ShaderArtifact::from_wgsl_dir(dir, manifest),
        ))),
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
        BackendError::DeviceLost {
            message,
            needs_new_process,
        } => BackendError::DeviceLost {
            message: message.clone(),
            needs_new_process: *needs_new_process,
        },
        other => BackendError::Driver(other.to_string()),
    }
}

/// Maps a backend error to the result status it shows as.
pub fn status_of(e: &BackendError) -> Status {
    match e {
        BackendError::Panic(p) if p.driver_stopped() => Status::Timeout,
        BackendError::Panic(_) => Status::Panic,
        BackendError::Timeout { .. } => Status::Timeout,
        BackendError::Unsupported { .. } => Status::Unsupported,
        _ => Status::Error,
    }
}
