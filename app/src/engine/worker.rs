//! Isolation: every backend runs kernels in a worker child process.
//!
//! The worker is this same binary (`everygpu worker <backend-id>`), speaking a
//! small protocol on its stdin/stdout: each message is a JSON header and its
//! buffers, framed by lengths. Large buffers stay in shared memory and travel
//! as paths ([`everygpu_backend::host_buffer`]); small ones inline. A crash, an abort, a segfault or a runaway
//! kernel costs only the worker: [`WorkerBackend`] reports which case, backend
//! and why, and starts a fresh worker (loading the same artifact) on next use.
//!
//! Artifacts cross the boundary as paths ([`LoadRequest`]); the worker builds
//! what its backend needs (it lowers wasm itself for the shader backends).
//!
//! The CPU workers are also where the crate's own host code runs: the
//! reference worker reads the manifest from the library, builds each case's
//! inputs and runs its native baseline. A case whose host code crashes,
//! aborts, runs out of memory or calls `exit` ends only that worker, and the
//! error names the case.

use everygpu_backend::{
    Backend, BackendError, CasePlan, CaseRun, DeviceInfo, HostBuffer, KernelPanic, Manifest, Prepared, Route,
    RunOptions,
};
use everygpu_backend_cpu::{BuiltCase, CpuLibrary};
use everygpu_compiler::CompileRoute;
use serde::{Deserialize, Serialize};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a worker must load: a route's artifact, by path.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum LoadRequest {
    /// The CPU route's library.
    Cpu {
        /// The cdylib.
        path: PathBuf,
    },
    /// Another route's build output, which the route makes into its
    /// artifact in the worker (the wasm route lowers it there).
    Built {
        /// The route that built it.
        route: CompileRoute,
        /// The file: a `.ptx`, a `.wasm`.
        path: PathBuf,
    },
    /// Hand-written WGSL kernels, `<dir>/<kernel>.wgsl` (shader baselines).
    Wgsl {
        /// The folder.
        dir: PathBuf,
    },
    /// cuBLAS on a CUDA device (a baseline): nothing to load from the
    /// crate; plans launch its routines by name (`cublasSgemm`).
    Cublas,
}

/// How long a worker may take to create and compile the pipelines of one
/// case ([`Backend::prepare`]): a limit of its own, apart from the launches'
/// time limit, since a software driver may compile a large kernel for
/// minutes.
pub const COMPILE_LIMIT: Duration = Duration::from_secs(600);

/// How long a case's host code may take to build its inputs.
pub const CASE_BUILD_LIMIT: Duration = Duration::from_secs(300);

/// How long loading an artifact may take (a CUDA driver compiles PTX there).
const LOAD_LIMIT: Duration = Duration::from_secs(600);

#[derive(Serialize, Deserialize)]
enum Request {
    /// `manifest` is `None` for the CPU library, which carries its own.
    Load {
        load: LoadRequest,
        manifest: Option<Manifest>,
    },
    Prepare {
        plan: CasePlan,
    },
    Run {
        plan: CasePlan,
        options: RunOptions,
    },
    /// Compute the reference outputs of a plan (the CPU backends only).
    Reference {
        plan: CasePlan,
    },
    /// Build case `index` at `size` with the loaded CPU library.
    BuildCase {
        index: usize,
        size: u64,
    },
    /// Time the native baseline of case `index` at `size`.
    RunNative {
        index: usize,
        size: u64,
        options: RunOptions,
        /// The baseline on every core.
        parallel: bool,
    },
    MeasureCopy {
        bytes: u64,
    },
}

#[derive(Serialize, Deserialize)]
enum Reply {
    Hello {
        id: String,
        route: Route,
        device: DeviceInfo,
    },
    /// `manifest`: the CPU library's.
    Loaded {
        manifest: Option<Manifest>,
    },
    /// The case's plan; its input buffers follow, handed over.
    CaseBuilt {
        plan: CasePlan,
    },
    /// The case's host code refused or panicked (no crash).
    CaseFailed {
        message: String,
    },
    /// The native baseline's times (`None`: the case has none).
    Native {
        times_ns: Option<Vec<f64>>,
    },
    Prepared {
        prepared: Prepared,
        /// How long it took, in ns.
        compile_ns: f64,
    },
    Ran {
        times_ns: Vec<f64>,
    },
    /// The reference is at launch `launch` of `launches`, workgroup `done`
    /// of `total` (sent every half second while it runs).
    Progress {
        launch: usize,
        launches: usize,
        done: u64,
        total: u64,
    },
    Copy {
        gbps: Option<f64>,
    },
    Failed {
        error: WireError,
    },
}

/// A [`BackendError`] on the wire.
#[derive(Serialize, Deserialize)]
enum WireError {
    Panic(KernelPanic),
    Unsupported { kernel: String, what: String },
    DeviceLost { message: String, needs_new_process: bool },
    Timeout { kernel: String, limit_ms: u64 },
    Other(String),
}

impl From<&BackendError> for WireError {
    fn from(e: &BackendError) -> Self {
        match e {
            BackendError::Panic(p) => WireError::Panic(p.clone()),
            BackendError::Unsupported { kernel, what } => WireError::Unsupported {
                kernel: kernel.clone(),
                what: what.clone(),
            },
            BackendError::DeviceLost {
                message,
                needs_new_process,
            } => WireError::DeviceLost {
                message: message.clone(),
                needs_new_process: *needs_new_process,
            },
            BackendError::Timeout { kernel, limit_ms } => WireError::Timeout {
                kernel: kernel.clone(),
                limit_ms: *limit_ms,
            },
            other => WireError::Other(other.to_string()),
        }
    }
}

impl From<WireError> for BackendError {
    fn from(e: WireError) -> Self {
        match e {
            WireError::Panic(p) => BackendError::Panic(p),
            WireError::Unsupported { kernel, what } => BackendError::Unsupported { kernel, what },
            WireError::DeviceLost {
                message,
                needs_new_process,
            } => BackendError::DeviceLost {
                message,
                needs_new_process,
            },
            WireError::Timeout { kernel, limit_ms } => BackendError::Timeout { kernel, limit_ms },
            WireError::Other(m) => BackendError::Driver(m),
        }
    }
}

/// How a buffer travels in a frame.
const INLINE: u8 = 0;
/// By the path of its shared-memory file, the sender keeping it.
const SHARED_LENT: u8 = 1;
/// By the path of its shared-memory file, handed over to the receiver.
const SHARED_GIVEN: u8 = 2;

/// Writes a frame. Buffers in shared memory travel as paths (handed over to
/// the receiver when `hand_over`); the others inline.
fn write_frame(
    w: &mut impl Write,
    header: &impl Serialize,
    buffers: &[&HostBuffer],
    hand_over: bool,
) -> std::io::Result<()> {
    let json = serde_json::to_vec(header).map_err(std::io::Error::other)?;
    w.write_all(&(json.len() as u32).to_le_bytes())?;
    w.write_all(&json)?;
    w.write_all(&(buffers.len() as u32).to_le_bytes())?;
    for b in buffers {
        match b.shared_path() {
            Some(path) => {
                let path = path.as_os_str().as_encoded_bytes();
                w.write_all(&[if hand_over { SHARED_GIVEN } else { SHARED_LENT }])?;
                w.write_all(&(b.len() as u64).to_le_bytes())?;
                w.write_all(&(path.len() as u32).to_le_bytes())?;
                w.write_all(path)?;
            }
            None => {
                w.write_all(&[INLINE])?;
                w.write_all(&(b.len() as u64).to_le_bytes())?;
                w.write_all(b.bytes())?;
            }
        }
    }
    w.flush()
}

fn read_frame<T: for<'de> Deserialize<'de>>(r: &mut impl Read) -> std::io::Result<(T, Vec<HostBuffer>)> {
    let mut len4 = [0u8; 4];
    r.read_exact(&mut len4)?;
    let mut json = vec![0u8; u32::from_le_bytes(len4) as usize];
    r.read_exact(&mut json)?;
    let header = serde_json::from_slice(&json).map_err(std::io::Error::other)?;
    r.read_exact(&mut len4)?;
    let count = u32::from_le_bytes(len4) as usize;
    let mut buffers = Vec::with_capacity(count);
    for _ in 0..count {
        let mut kind = [0u8; 1];
        let mut len8 = [0u8; 8];
        r.read_exact(&mut kind)?;
        r.read_exact(&mut len8)?;
        let len = u64::from_le_bytes(len8) as usize;
        match kind[0] {
            INLINE => {
                let mut b = HostBuffer::zeroed(len);
                r.read_exact(b.bytes_mut())?;
                buffers.push(b);
            }
            SHARED_LENT | SHARED_GIVEN => {
                r.read_exact(&mut len4)?;
                let mut path = vec![0u8; u32::from_le_bytes(len4) as usize];
                r.read_exact(&mut path)?;
                // SAFETY: the bytes came from `as_encoded_bytes` in the same binary.
                let path = PathBuf::from(unsafe { std::ffi::OsString::from_encoded_bytes_unchecked(path) });
                buffers.push(match kind[0] == SHARED_GIVEN {
                    true => HostBuffer::adopt_shared(&path, len)?,
                    false => HostBuffer::open_shared(&path, len, false)?,
                });
            }
            other => return Err(std::io::Error::other(format!("bad buffer kind {other} in a frame"))),
        }
    }
    Ok((header, buffers))
}

/// The backend a worker serves: the CPU ones typed, so that the library
/// they run is also the one that builds cases.
enum Served {
    Cpu(everygpu_backend_cpu::CpuBackend),
    Device(Box<dyn Backend>),
}

impl Served {
    fn backend(&mut self) -> &mut dyn Backend {
        match self {
            Served::Cpu(b) => b,
            Served::Device(b) => b.as_mut(),
        }
    }
}

/// The worker side: serves one backend until stdin closes.
pub fn serve(id: &str, launch_timeout: Option<Duration>) -> anyhow::Result<()> {
    let mut served = match id {
        "cpu" => Served::Cpu(everygpu_backend_cpu::CpuBackend::reference()),
        "cpu-mt" => Served::Cpu(everygpu_backend_cpu::CpuBackend::multi_thread()),
        _ => Served::Device(
            super::backends::enumerate_family_of(id)
                .backends
                .into_iter()
                .find(|b| b.id() == id)
                .ok_or_else(|| anyhow::anyhow!("worker: no backend `{id}` on this machine"))?,
        ),
    };
    if let Some(limit) = launch_timeout {
        served.backend().set_launch_timeout(limit);
    }
    // The CPU library, and the case built last with it.
    let mut library: Option<Arc<CpuLibrary>> = None;
    let mut built: Option<(usize, u64, BuiltCase)> = None;
    let mut input = BufReader::new(std::io::stdin().lock());
    let mut output = BufWriter::new(std::io::stdout().lock());
    let backend = served.backend();
    write_frame(
        &mut output,
        &Reply::Hello {
            id: id.to_string(),
            route: backend.route(),
            device: backend.device().clone(),
        },
        &[],
        false,
    )?;
    loop {
        let (request, buffers) = match read_frame::<Request>(&mut input) {
            Ok(r) => r,
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        match request {
            Request::Load {
                load: LoadRequest::Cublas,
                ..
            } => {
                let reply = match cublas_backend(id) {
                    Ok(mut b) => {
                        if let Some(limit) = launch_timeout {
                            b.set_launch_timeout(limit);
                        }
                        served = Served::Device(b);
                        Reply::Loaded { manifest: None }
                    }
                    Err(e) => Reply::Failed { error: (&e).into() },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Load {
                load: LoadRequest::Cpu { path },
                ..
            } => {
                built = None;
                let start = std::time::Instant::now();
                let loaded = CpuLibrary::load(&path).and_then(|lib| {
                    match &mut served {
                        Served::Cpu(b) => b.set_library(lib.clone()),
                        Served::Device(b) => b.load(
                            &everygpu_backend::Artifact::CpuLibrary { path: path.clone() },
                            lib.manifest(),
                        )?,
                    }
                    Ok(lib)
                });
                super::trace(format_args!("worker {id}: CPU library loaded"), start);
                let reply = match loaded {
                    Ok(lib) => {
                        let manifest = lib.manifest().clone();
                        library = Some(lib);
                        Reply::Loaded {
                            manifest: Some(manifest),
                        }
                    }
                    Err(e) => Reply::Failed { error: (&e).into() },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Load { load, manifest } => {
                let start = std::time::Instant::now();
                let manifest = manifest.unwrap_or_default();
                let options = served.backend().lower_options();
                let reply = match super::load_artifact(&load, &manifest, options) {
                    Ok(artifact) => match served.backend().load(&artifact, &manifest) {
                        Ok(()) => Reply::Loaded { manifest: None },
                        Err(e) => Reply::Failed { error: (&e).into() },
                    },
                    Err(message) => Reply::Failed {
                        error: WireError::Other(message),
                    },
                };
                super::trace(format_args!("worker {id}: artifact lowered and loaded"), start);
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::BuildCase { index, size } => {
                built = None;
                let Some(lib) = &library else {
                    let reply = Reply::CaseFailed {
                        message: "no CPU library is loaded".into(),
                    };
                    write_frame(&mut output, &reply, &[], false)?;
                    continue;
                };
                match lib.build_case(index, size) {
                    Ok(mut case) => {
                        // Handed over: the inputs outlive this worker, which
                        // a kernel past its time limit ends.
                        let views: Vec<&HostBuffer> = case.inputs.iter().collect();
                        let reply = Reply::CaseBuilt {
                            plan: case.plan.clone(),
                        };
                        write_frame(&mut output, &reply, &views, true)?;
                        for b in &mut case.inputs {
                            b.disown();
                        }
                        built = Some((index, size, case));
                    }
                    Err(e) => {
                        let reply = Reply::CaseFailed { message: e.to_string() };
                        write_frame(&mut output, &reply, &[], false)?;
                    }
                }
            }
            Request::RunNative {
                index,
                size,
                options,
                parallel,
            } => {
                let reply = match native_times(library.as_ref(), &mut built, index, size, &options, parallel) {
                    Ok(times_ns) => Reply::Native { times_ns },
                    Err(message) => Reply::CaseFailed { message },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Prepare { plan } => {
                let start = std::time::Instant::now();
                let reply = match served.backend().prepare(&plan) {
                    Ok(prepared) => {
                        let compile_ns = start.elapsed().as_nanos() as f64;
                        if !prepared.created.is_empty() {
                            super::trace(
                                format_args!("worker {id}: pipelines of {}", prepared.created.join(", ")),
                                start,
                            );
                        }
                        Reply::Prepared { prepared, compile_ns }
                    }
                    Err(e) => Reply::Failed { error: (&e).into() },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Run { plan, options } => {
                let start = std::time::Instant::now();
                let run = served.backend().run(&plan, &buffers, &options);
                super::trace(
                    format_args!("worker {id}: run of {} launches", plan.launches.len()),
                    start,
                );
                match run {
                    Ok(mut run) => {
                        let views: Vec<&HostBuffer> = run.buffers.iter().collect();
                        write_frame(&mut output, &Reply::Ran { times_ns: run.times_ns }, &views, true)?;
                        // The parent owns the shared outputs now.
                        run.buffers.iter_mut().for_each(HostBuffer::disown);
                    }
                    Err(e) => write_frame(&mut output, &Reply::Failed { error: (&e).into() }, &[], false)?,
                }
            }
            Request::Reference { plan } => {
                let start = std::time::Instant::now();
                let run = match &served {
                    Served::Cpu(cpu) => reference_with_progress(cpu, &plan, &buffers, &mut output),
                    Served::Device(_) => Err(BackendError::Driver(format!("{id} computes no reference"))),
                };
                super::trace(format_args!("worker {id}: reference"), start);
                match run {
                    Ok(mut run) => {
                        let views: Vec<&HostBuffer> = run.buffers.iter().collect();
                        write_frame(&mut output, &Reply::Ran { times_ns: run.times_ns }, &views, true)?;
                        run.buffers.iter_mut().for_each(HostBuffer::disown);
                    }
                    Err(e) => write_frame(&mut output, &Reply::Failed { error: (&e).into() }, &[], false)?,
                }
            }
            Request::MeasureCopy { bytes } => {
                let gbps = served.backend().measure_copy_gbps(bytes);
                write_frame(&mut output, &Reply::Copy { gbps }, &[], false)?;
            }
        }
    }
}

/// Where a long reference run is.
#[derive(Clone, Debug)]
pub struct Progress {
    /// The kernel running now.
    pub kernel: String,
    /// Its launch's index in the case.
    pub launch: usize,
    /// The case's launches.
    pub launches: usize,
    /// Workgroups of the launch done.
    pub done: u64,
    /// Workgroups of the launch.
    pub total: u64,
}

impl Progress {
    /// "the reference is at `sgemm` (launch 1 of 1), 45% of its workgroups, after 3 s".
    pub fn describe(&self, elapsed: Duration) -> String {
        let percent = if self.total == 0 {
            0.0
        } else {
            100.0 * self.done as f64 / self.total as f64
        };
        format!(
            "the reference is at `{}` (launch {} of {}), {percent:.0}% of its workgroups, after {:.0} s",
            self.kernel,
            self.launch + 1,
            self.launches,
            elapsed.as_secs_f64()
        )
    }
}

/// How long a case may take on one CPU core without running away: at
/// 0.5 GB/s of traffic and 0.5 GFLOP/s, a tenth of what a core does.
pub fn cpu_work_time(plan: &CasePlan) -> Duration {
    Duration::from_secs_f64((plan.bytes as f64 + plan.flops as f64) / 0.5e9)
}

/// Computes the reference on a thread of its own, while this one reports
/// its progress every half second.
fn reference_with_progress(
    cpu: &everygpu_backend_cpu::CpuBackend,
    plan: &CasePlan,
    inputs: &[HostBuffer],
    output: &mut impl Write,
) -> Result<CaseRun, BackendError> {
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let _ = done_tx.send(cpu.run_reference(plan, inputs));
        });
        loop {
            match done_rx.recv_timeout(Duration::from_millis(500)) {
                Ok(run) => return run,
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(BackendError::Driver(
                        "the reference thread ended without a result".into(),
                    ))
                }
                Err(RecvTimeoutError::Timeout) => {
                    let Some((launch, done, total)) = cpu.reference_progress() else {
                        continue;
                    };
                    let reply = Reply::Progress {
                        launch,
                        launches: plan.launches.len(),
                        done,
                        total,
                    };
                    if write_frame(output, &reply, &[], false)
                        .and_then(|()| output.flush())
                        .is_err()
                    {
                        // The parent went away; the run ends with the process.
                    }
                }
            }
        }
    })
}

/// Times the native baseline of case `index` at `size` on `options`'
/// schedule, building the case again unless it is the one built last.
fn native_times(
    library: Option<&Arc<CpuLibrary>>,
    built: &mut Option<(usize, u64, BuiltCase)>,
    index: usize,
    size: u64,
    options: &RunOptions,
    parallel: bool,
) -> Result<Option<Vec<f64>>, String> {
    let lib = library.ok_or("no CPU library is loaded")?;
    if !matches!(built, Some((i, n, _)) if *i == index && *n == size) {
        *built = Some((index, size, lib.build_case(index, size).map_err(|e| e.to_string())?));
    }
    let Some((_, _, case)) = built.as_ref() else {
        return Err("the case was not built".into());
    };
    if !case.plan.has_native && !parallel {
        return Ok(None);
    }
    let mut buffers = case.inputs.clone();
    let mut times = Vec::new();
    let mut schedule = options.schedule();
    while let Some((_, timed)) = schedule.next() {
        let start = std::time::Instant::now();
        match case.run_native(&mut buffers, parallel) {
            Ok(true) => {}
            Ok(false) => return Ok(None),
            Err(p) => return Err(format!("the native baseline panicked: {p}")),
        }
        // A baseline that runs for seconds runs once or twice.
        let took = start.elapsed();
        if schedule.end_if_slow(took, timed) {
            times.push(took.as_nanos() as f64);
        }
    }
    Ok(Some(times))
}

/// A fresh backend for CUDA device `id` (`cuda:N`) with cuBLAS loaded: it
/// replaces the worker's backend.
fn cublas_backend(id: &str) -> Result<Box<dyn Backend>, BackendError> {
    let ordinal = id
        .strip_prefix("cuda:")
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| BackendError::Driver(format!("cuBLAS runs on CUDA devices, not on {id}")))?;
    let mut cuda = everygpu_backend_cuda::CudaBackend::open(ordinal)?;
    cuda.load_cublas()?;
    Ok(Box::new(cuda))
}

struct Running {
    child: Child,
    /// Ends the worker if everygpu is ended by a signal.
    _tracked: everygpu_backend::process::Tracked,
    stdin: BufWriter<ChildStdin>,
    replies: Receiver<std::io::Result<(Reply, Vec<HostBuffer>)>>,
}

/// A backend whose kernels run in a worker process.
pub struct WorkerBackend {
    id: String,
    route: Route,
    device: DeviceInfo,
    running: Option<Running>,
    /// What to load again into a restarted worker.
    loaded: Option<(LoadRequest, Option<Manifest>)>,
    /// Time limit per launch (a run of `k` launches gets `k` times this).
    pub launch_timeout: Duration,
    /// When one is set, a wait stops the worker and returns [`cancelled`].
    cancel: Vec<Arc<AtomicBool>>,
}

/// The error of a wait that [`WorkerBackend::set_cancel`]'s flag stopped.
pub fn cancelled(id: &str) -> BackendError {
    BackendError::Driver(format!("cancelled: the {id} worker was stopped"))
}

/// Why a case could not be built in the reference worker.
#[derive(Debug)]
pub enum CaseBuildError {
    /// The case's host code refused or panicked; the worker lives on.
    Refused(String),
    /// The worker died or timed out building it (a crash, an abort, running
    /// out of memory, `exit`...); it is restarted on next use.
    Crashed(BackendError),
}

impl WorkerBackend {
    /// Starts a worker for backend `id` and reads its device description.
    pub fn start(id: &str, launch_timeout: Duration) -> Result<WorkerBackend, BackendError> {
        let mut w = WorkerBackend::new(id, launch_timeout);
        w.launch()?;
        w.introduce()?;
        Ok(w)
    }

    /// Starts workers for every id at once, then reads each one's device
    /// description: the drivers of several backends start in parallel.
    pub fn start_all(ids: &[&str], launch_timeout: Duration) -> Vec<Result<WorkerBackend, BackendError>> {
        let mut workers: Vec<Result<WorkerBackend, BackendError>> = ids
            .iter()
            .map(|id| {
                let mut w = WorkerBackend::new(id, launch_timeout);
                w.launch().map(|()| w)
            })
            .collect();
        for w in workers.iter_mut() {
            if let Ok(worker) = w {
                if let Err(e) = worker.introduce() {
                    *w = Err(e);
                }
            }
        }
        workers
    }

    fn new(id: &str, launch_timeout: Duration) -> WorkerBackend {
        WorkerBackend {
            id: id.to_string(),
            route: Route::Cpu,
            device: DeviceInfo::default(),
            running: None,
            loaded: None,
            launch_timeout,
            cancel: Vec::new(),
        }
    }

    /// Adds a flag that, once set, stops whatever the worker is doing: the
    /// wait returns [`cancelled`] and the worker is restarted on next use.
    pub fn set_cancel(&mut self, flag: Arc<AtomicBool>) {
        self.cancel.push(flag);
    }

    /// Starts the worker process (it introduces itself with [`Reply::Hello`]).
    fn launch(&mut self) -> Result<(), BackendError> {
        let exe = std::env::current_exe()
            .map_err(|e| BackendError::Driver(format!("cannot find the everygpu binary to start workers: {e}")))?;
        let mut command = Command::new(&exe);
        command
            .args(["worker", &self.id, "--launch-timeout-ms"])
            .arg(self.launch_timeout.as_millis().to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        everygpu_backend::process::die_with_parent(&mut command);
        let mut child = command.spawn().map_err(|e| {
            BackendError::Driver(format!(
                "cannot start a worker for {} ({} worker {}): {e}",
                self.id,
                exe.display(),
                self.id
            ))
        })?;
        let stdin = BufWriter::new(child.stdin.take().expect("piped stdin"));
        let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name(format!("worker-{}", self.id))
            .spawn(move || loop {
                let r = read_frame::<Reply>(&mut stdout);
                let stop = r.is_err();
                if tx.send(r).is_err() || stop {
                    return;
                }
            })
            .map_err(|e| BackendError::Driver(e.to_string()))?;
        self.running = Some(Running {
            _tracked: everygpu_backend::process::track(child.id(), false),
            child,
            stdin,
            replies: rx,
        });
        Ok(())
    }

    /// Reads the worker's introduction.
    fn introduce(&mut self) -> Result<(), BackendError> {
        match self.wait(Duration::from_secs(60), "starting")? {
            (Reply::Hello { route, device, .. }, _) => {
                self.route = route;
                self.device = device;
                Ok(())
            }
            _ => Err(self.fail("did not introduce itself")),
        }
    }

    /// A fresh worker, with the last artifact loaded again.
    fn restart(&mut self) -> Result<(), BackendError> {
        self.launch()?;
        self.introduce()?;
        if let Some((load, manifest)) = self.loaded.clone() {
            self.write(&Request::Load { load, manifest }, &[])?;
            self.finish_load()?;
        }
        Ok(())
    }

    /// Kills the worker and describes how it ended.
    fn fail(&mut self, what: &str) -> BackendError {
        let Some(mut r) = self.running.take() else {
            return BackendError::Driver(format!("{} worker: {what}", self.id));
        };
        let _ = r.child.kill();
        let status = r.child.wait().ok();
        // Outputs it had not handed over yet.
        everygpu_backend::process::remove_scratch_of(r.child.id());
        BackendError::Driver(format!("the {} worker {what}{}", self.id, describe_exit(status)))
    }

    fn wait(&mut self, limit: Duration, doing: &str) -> Result<(Reply, Vec<HostBuffer>), BackendError> {
        let deadline = Instant::now() + limit;
        loop {
            let Some(r) = &self.running else {
                return Err(BackendError::Driver("no worker".into()));
            };
            // In slices, to see a cancel.
            let slice = deadline
                .saturating_duration_since(Instant::now())
                .min(Duration::from_millis(50));
            match r.replies.recv_timeout(slice) {
                Ok(Ok(reply)) => return Ok(reply),
                Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => {
                    return Err(self.fail(&format!("died while {doing}")))
                }
                Err(RecvTimeoutError::Timeout) => {
                    if self.cancel.iter().any(|c| c.load(Ordering::SeqCst)) {
                        let _ = self.fail("was cancelled");
                        return Err(cancelled(&self.id));
                    }
                    if Instant::now() >= deadline {
                        let _ = self.fail("timed out");
                        return Err(BackendError::Timeout {
                            kernel: doing.to_string(),
                            limit_ms: limit.as_millis() as u64,
                        });
                    }
                }
            }
        }
    }

    /// Sends a request, restarting the worker first if it is not running.
    fn send(&mut self, request: &Request, buffers: &[&HostBuffer]) -> Result<(), BackendError> {
        if self.running.is_none() {
            self.restart()?;
        }
        self.write(request, buffers)
    }

    fn write(&mut self, request: &Request, buffers: &[&HostBuffer]) -> Result<(), BackendError> {
        let Some(r) = self.running.as_mut() else {
            return Err(BackendError::Driver(format!("the {} worker is not running", self.id)));
        };
        if write_frame(&mut r.stdin, request, buffers, false).is_err() {
            return Err(self.fail("stopped reading requests"));
        }
        Ok(())
    }

    /// Sends a load request (see [`WorkerBackend::finish_load`]): loads of
    /// several workers proceed in parallel. The load is repeated in every
    /// restarted worker.
    pub fn begin_load(&mut self, load: LoadRequest, manifest: Option<&Manifest>) -> Result<(), BackendError> {
        let manifest = manifest.cloned();
        self.loaded = Some((load.clone(), manifest.clone()));
        self.send(&Request::Load { load, manifest }, &[])
    }

    /// Waits for the load sent by [`WorkerBackend::begin_load`]; returns the
    /// manifest of a CPU library.
    pub fn finish_load(&mut self) -> Result<Option<Manifest>, BackendError> {
        match self.wait(LOAD_LIMIT, "loading")? {
            (Reply::Loaded { manifest }, _) => Ok(manifest),
            (Reply::Failed { error }, _) => Err(error.into()),
            _ => Err(self.fail("answered a load with something else")),
        }
    }

    /// Loads an artifact in the worker (and again in every restarted worker).
    pub fn load_request(&mut self, load: LoadRequest, manifest: &Manifest) -> Result<(), BackendError> {
        self.begin_load(load, Some(manifest))?;
        self.finish_load().map(|_| ())
    }

    /// Loads the CPU library at `path` in the worker (and again in every
    /// restarted worker); returns its manifest.
    pub fn load_library(&mut self, path: &Path) -> Result<Manifest, BackendError> {
        self.begin_load(LoadRequest::Cpu { path: path.to_owned() }, None)?;
        self.finish_load()?
            .ok_or_else(|| BackendError::Driver(format!("the {} worker sent no manifest", self.id)))
    }

    /// Builds case `index` (named `name`) at `size` with the loaded CPU
    /// library: its plan and input buffers.
    pub fn build_case(
        &mut self,
        index: usize,
        size: u64,
        name: &str,
    ) -> Result<(CasePlan, Vec<HostBuffer>), CaseBuildError> {
        self.send(&Request::BuildCase { index, size }, &[])
            .map_err(CaseBuildError::Crashed)?;
        let doing = format!("building the inputs of case `{name}` at size {size}");
        match self.wait(CASE_BUILD_LIMIT, &doing) {
            Ok((Reply::CaseBuilt { plan }, inputs)) => Ok((plan, inputs)),
            Ok((Reply::CaseFailed { message }, _)) => Err(CaseBuildError::Refused(message)),
            Ok(_) => Err(CaseBuildError::Crashed(
                self.fail("answered a case build with something else"),
            )),
            Err(BackendError::Timeout { limit_ms, .. }) => Err(CaseBuildError::Crashed(BackendError::Driver(format!(
                "{doing} took longer than {} s; the {} worker was stopped",
                limit_ms / 1000,
                self.id
            )))),
            Err(e) => Err(CaseBuildError::Crashed(e)),
        }
    }

    /// Times the native baseline of case `index` at `size` in the worker
    /// (`parallel`: the one on every core); `Ok(None)` when the case has none.
    pub fn run_native(
        &mut self,
        index: usize,
        size: u64,
        options: &RunOptions,
        parallel: bool,
    ) -> Result<Option<Vec<f64>>, String> {
        let request = Request::RunNative {
            index,
            size,
            options: *options,
            parallel,
        };
        self.send(&request, &[]).map_err(|e| e.to_string())?;
        let runs = options.warmup + options.repeat.max(1);
        let limit = self.launch_timeout * runs + options.warmup_time + CASE_BUILD_LIMIT;
        match self.wait(limit, "running the native baseline") {
            Ok((Reply::Native { times_ns }, _)) => Ok(times_ns),
            Ok((Reply::CaseFailed { message }, _)) => Err(message),
            Ok(_) => Err(self.fail("answered a native run with something else").to_string()),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Computes the reference outputs of `plan` from `inputs` (the `cpu`
    /// worker; see `CpuBackend::run_reference`). Its time limit grows with
    /// the case's work ([`cpu_work_time`]); `progress` hears where it is
    /// every half second.
    pub fn run_reference(
        &mut self,
        plan: &CasePlan,
        inputs: &[HostBuffer],
        progress: &mut dyn FnMut(Progress),
    ) -> Result<CaseRun, BackendError> {
        let views: Vec<&HostBuffer> = inputs.iter().collect();
        self.send(&Request::Reference { plan: plan.clone() }, &views)?;
        let buffer_bytes: usize = plan.buffers.iter().map(|b| b.bytes()).sum();
        let limit = self.launch_timeout * plan.launches.len().max(1) as u32
            + cpu_work_time(plan)
            + Duration::from_secs_f64(buffer_bytes as f64 / 1e8);
        let deadline = Instant::now() + limit;
        let what = plan.launches.first().map(|l| l.kernel.clone()).unwrap_or_default();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.wait(left, &what) {
                Ok((
                    Reply::Progress {
                        launch,
                        launches,
                        done,
                        total,
                    },
                    _,
                )) => progress(Progress {
                    kernel: plan.launches.get(launch).map(|l| l.kernel.clone()).unwrap_or_default(),
                    launch,
                    launches,
                    done,
                    total,
                }),
                Ok((Reply::Ran { times_ns }, buffers)) => return Ok(CaseRun { buffers, times_ns }),
                Ok((Reply::Failed { error }, _)) => return Err(error.into()),
                Ok(_) => return Err(self.fail("answered a reference run with something else")),
                Err(BackendError::Timeout { kernel, .. }) => {
                    return Err(BackendError::Timeout {
                        kernel,
                        limit_ms: limit.as_millis() as u64,
                    })
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Sends a prepare request (see [`WorkerBackend::finish_prepare`]):
    /// several workers compile in parallel.
    pub fn begin_prepare(&mut self, plan: &CasePlan) -> Result<(), BackendError> {
        self.send(&Request::Prepare { plan: plan.clone() }, &[])
    }

    /// Waits for the prepare of `plan` sent by
    /// [`WorkerBackend::begin_prepare`], within [`COMPILE_LIMIT`]; also
    /// returns how long it took in the worker.
    pub fn finish_prepare(&mut self, plan: &CasePlan) -> Result<(Prepared, Duration), BackendError> {
        let mut kernels: Vec<&str> = plan.launches.iter().map(|l| l.kernel.as_str()).collect();
        kernels.dedup();
        let what = kernels.join(", ");
        let reply = match self.wait(COMPILE_LIMIT, &format!("compiling {what}")) {
            Err(BackendError::Timeout { limit_ms, .. }) => {
                return Err(BackendError::Driver(format!(
                    "compiling {what} took longer than {} s, the compile limit; the {} worker was stopped",
                    limit_ms / 1000,
                    self.id
                )))
            }
            other => other?,
        };
        match reply {
            (Reply::Prepared { prepared, compile_ns }, _) => {
                Ok((prepared, Duration::from_nanos(compile_ns.max(0.0) as u64)))
            }
            (Reply::Failed { error }, _) => Err(error.into()),
            _ => Err(self.fail("answered a prepare with something else")),
        }
    }
}

impl WorkerBackend {
    /// [`Backend::prepare`] in the worker, within [`COMPILE_LIMIT`]; also
    /// returns how long it took there.
    pub fn prepare_timed(&mut self, plan: &CasePlan) -> Result<(Prepared, Duration), BackendError> {
        self.begin_prepare(plan)?;
        self.finish_prepare(plan)
    }
}

impl Drop for WorkerBackend {
    fn drop(&mut self) {
        if let Some(mut r) = self.running.take() {
            drop(r.stdin);
            let _ = r.child.kill();
            let _ = r.child.wait();
            everygpu_backend::process::remove_scratch_of(r.child.id());
        }
    }
}

/// "killed by signal 11 (SIGSEGV)", "exited with status 134", ...
fn describe_exit(status: Option<std::process::ExitStatus>) -> String {
    let Some(status) = status else { return String::new() };
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            let name = match sig {
                4 => " (SIGILL)",
                6 => " (SIGABRT: abort)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV: segmentation fault, e.g. a stack overflow)",
                _ => "",
            };
            return format!(": killed by signal {sig}{name}");
        }
    }
    match status.code() {
        Some(c) => format!(": exited with status {c}"),
        None => String::new(),
    }
}

impl Backend for WorkerBackend {
    fn id(&self) -> &str {
        &self.id
    }

    fn device(&self) -> &DeviceInfo {
        &self.device
    }

    fn route(&self) -> Route {
        self.route
    }

    fn load(&mut self, _artifact: &everygpu_backend::Artifact, _manifest: &Manifest) -> Result<(), BackendError> {
        Err(BackendError::Driver(
            "a worker loads artifacts by path: use WorkerBackend::load_request".into(),
        ))
    }

    fn run(&mut self, plan: &CasePlan, inputs: &[HostBuffer], options: &RunOptions) -> Result<CaseRun, BackendError> {
        let views: Vec<&HostBuffer> = inputs.iter().collect();
        let request = Request::Run {
            plan: plan.clone(),
            options: *options,
        };
        self.send(&request, &views)?;
        let runs = (options.warmup + options.repeat).max(1);
        // Moving the buffers in and out, and the CPU's simulation of a large
        // case, take time of their own: 10 s per GB of buffers on top.
        let buffer_bytes: usize = plan.buffers.iter().map(|b| b.bytes()).sum();
        let mut limit = self.launch_timeout * (plan.launches.len().max(1) as u32 * runs)
            + options.warmup_time
            + Duration::from_secs_f64(buffer_bytes as f64 / 1e8);
        if self.route == Route::Cpu {
            // GPU-sized work on a CPU takes long without running away; a run
            // of seconds ends the schedule (`RunSchedule::end_if_slow`).
            limit += cpu_work_time(plan) * runs.min(2);
        }
        let what = plan.launches.first().map(|l| l.kernel.clone()).unwrap_or_default();
        match self.wait(limit, &what)? {
            (Reply::Ran { times_ns }, buffers) => Ok(CaseRun { buffers, times_ns }),
            (Reply::Failed { error }, _) => {
                let error: BackendError = error.into();
                match &error {
                    // A CUDA fault poisons the whole process: the next run gets a fresh worker.
                    BackendError::DeviceLost {
                        needs_new_process: true,
                        ..
                    } => {
                        let _ = self.fail("lost its device context");
                    }
                    // A kernel past its time limit may still run on the
                    // device, whose driver state the worker would otherwise
                    // carry on with: the next run gets a fresh one.
                    BackendError::Timeout { .. } if self.route != Route::Cpu => {
                        let _ = self.fail("ran a kernel past its time limit");
                    }
                    _ => {}
                }
                Err(error)
            }
            _ => Err(self.fail("answered a run with something else")),
        }
    }

    fn prepare(&mut self, plan: &CasePlan) -> Result<Prepared, BackendError> {
        self.prepare_timed(plan).map(|(p, _)| p)
    }

    fn measure_copy_gbps(&mut self, bytes: u64) -> Option<f64> {
        self.send(&Request::MeasureCopy { bytes }, &[]).ok()?;
        match self.wait(Duration::from_secs(120), "measuring copy bandwidth").ok()? {
            (Reply::Copy { gbps }, _) => gbps,
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Errors keep the variants the parent acts on across the pipe.
    fn through_the_wire(e: &BackendError) -> BackendError {
        let json = serde_json::to_string(&WireError::from(e)).expect("serialisable");
        serde_json::from_str::<WireError>(&json).expect("readable").into()
    }

    #[test]
    fn a_lost_device_stays_a_lost_device_across_the_pipe() {
        let lost = BackendError::DeviceLost {
            message: "launch of kernel `k` failed: CUDA_ERROR_ILLEGAL_ADDRESS".into(),
            needs_new_process: true,
        };
        match through_the_wire(&lost) {
            BackendError::DeviceLost {
                message,
                needs_new_process: true,
            } => assert_eq!(message, lost.to_string()),
            other => panic!("{other:?}"),
        }
        // A launch error that names a CUDA error is not a lost device: the
        // worker goes on.
        let launch = BackendError::Launch {
            kernel: "k".into(),
            message: "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES: too many resources requested for launch".into(),
        };
        assert!(matches!(through_the_wire(&launch), BackendError::Driver(m) if m == launch.to_string()));
    }

    /// A timeout stays a timeout (its row's status), so that the client also
    /// knows to give the next run a fresh worker.
    #[test]
    fn a_timeout_stays_a_timeout_across_the_pipe() {
        let timeout = BackendError::Timeout {
            kernel: "spin".into(),
            limit_ms: 3000,
        };
        match through_the_wire(&timeout) {
            BackendError::Timeout { kernel, limit_ms } => assert_eq!((kernel.as_str(), limit_ms), ("spin", 3000)),
            other => panic!("{other:?}"),
        }
    }
}
