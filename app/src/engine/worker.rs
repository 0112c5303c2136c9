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

use everygpu_backend::{
    Backend, BackendError, CasePlan, CaseRun, DeviceInfo, HostBuffer, KernelPanic, Manifest, Prepared, Route,
    RunOptions,
};
use serde::{Deserialize, Serialize};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

/// What a worker must load: a route's artifact, by path.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum LoadRequest {
    /// The CPU route's library.
    Cpu {
        /// The cdylib.
        path: PathBuf,
    },
    /// The nvptx route's PTX.
    Ptx {
        /// The `.ptx` file.
        path: PathBuf,
        /// Its `sm_XX`.
        arch: String,
    },
    /// The wasm route's module, lowered in the worker.
    Wasm {
        /// The `.wasm` file.
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

#[derive(Serialize, Deserialize)]
enum Request {
    Load { load: LoadRequest, manifest: Manifest },
    Prepare { plan: CasePlan },
    Run { plan: CasePlan, options: RunOptions },
    MeasureCopy { bytes: u64 },
}

#[derive(Serialize, Deserialize)]
enum Reply {
    Hello {
        id: String,
        route: Route,
        device: DeviceInfo,
    },
    Loaded,
    Prepared {
        prepared: Prepared,
        /// How long it took, in ns.
        compile_ns: f64,
    },
    Ran {
        times_ns: Vec<f64>,
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
            other => WireError::Other(other.to_string()),
        }
    }
}

impl From<WireError> for BackendError {
    fn from(e: WireError) -> Self {
        match e {
            WireError::Panic(p) => BackendError::Panic(p),
            WireError::Unsupported { kernel, what } => BackendError::Unsupported { kernel, what },
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
                buffers.push(HostBuffer::open_shared(&path, len, kind[0] == SHARED_GIVEN)?);
            }
            other => return Err(std::io::Error::other(format!("bad buffer kind {other} in a frame"))),
        }
    }
    Ok((header, buffers))
}

/// The worker side: serves one backend until stdin closes.
pub fn serve(id: &str) -> anyhow::Result<()> {
    let found = super::backends::enumerate_family_of(id);
    let mut backend = found
        .backends
        .into_iter()
        .find(|b| b.id() == id)
        .ok_or_else(|| anyhow::anyhow!("worker: no backend `{id}` on this machine"))?;
    let mut input = BufReader::new(std::io::stdin().lock());
    let mut output = BufWriter::new(std::io::stdout().lock());
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
                    Ok(b) => {
                        backend = b;
                        Reply::Loaded
                    }
                    Err(e) => Reply::Failed { error: (&e).into() },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Load { load, manifest } => {
                let reply = match super::load_artifact(&load, &manifest) {
                    Ok(artifact) => match backend.load(&artifact, &manifest) {
                        Ok(()) => Reply::Loaded,
                        Err(e) => Reply::Failed { error: (&e).into() },
                    },
                    Err(message) => Reply::Failed {
                        error: WireError::Other(message),
                    },
                };
                write_frame(&mut output, &reply, &[], false)?;
            }
            Request::Prepare { plan } => {
                let start = std::time::Instant::now();
                let reply = match backend.prepare(&plan) {
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
                let run = backend.run(&plan, &buffers, &options);
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
            Request::MeasureCopy { bytes } => {
                let gbps = backend.measure_copy_gbps(bytes);
                write_frame(&mut output, &Reply::Copy { gbps }, &[], false)?;
            }
        }
    }
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
    stdin: BufWriter<ChildStdin>,
    replies: Receiver<std::io::Result<(Reply, Vec<HostBuffer>)>>,
}

/// A backend whose kernels run in a worker process.
pub struct WorkerBackend {
    id: String,
    route: Route,
    device: DeviceInfo,
    running: Option<Running>,
    loaded: Option<(LoadRequest, Manifest)>,
    /// Time limit per launch (a run of `k` launches gets `k` times this).
    pub launch_timeout: Duration,
}

impl WorkerBackend {
    /// Starts a worker for backend `id` and reads its device description.
    pub fn start(id: &str, launch_timeout: Duration) -> Result<WorkerBackend, BackendError> {
        let mut w = WorkerBackend {
            id: id.to_string(),
            route: Route::Cpu,
            device: DeviceInfo::default(),
            running: None,
            loaded: None,
            launch_timeout,
        };
        w.spawn()?;
        Ok(w)
    }

    fn spawn(&mut self) -> Result<(), BackendError> {
        let exe = std::env::current_exe()
            .map_err(|e| BackendError::Driver(format!("cannot find the everygpu binary to start workers: {e}")))?;
        let mut child = Command::new(&exe)
            .args(["worker", &self.id])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| {
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
            child,
            stdin,
            replies: rx,
        });
        match self.wait(Duration::from_secs(60), "starting")? {
            (Reply::Hello { route, device, .. }, _) => {
                self.route = route;
                self.device = device;
                Ok(())
            }
            _ => Err(self.fail("the worker did not introduce itself")),
        }
    }

    /// Kills the worker and describes how it ended.
    fn fail(&mut self, what: &str) -> BackendError {
        let Some(mut r) = self.running.take() else {
            return BackendError::Driver(format!("{} worker: {what}", self.id));
        };
        let _ = r.child.kill();
        let status = r.child.wait().ok();
        // Outputs it had not handed over yet.
        everygpu_backend::host_buffer::remove_shared_of(r.child.id());
        BackendError::Driver(format!("{} worker {what}{}", self.id, describe_exit(status)))
    }

    fn wait(&mut self, limit: Duration, doing: &str) -> Result<(Reply, Vec<HostBuffer>), BackendError> {
        let Some(r) = &self.running else {
            return Err(BackendError::Driver("no worker".into()));
        };
        match r.replies.recv_timeout(limit) {
            Ok(Ok(reply)) => Ok(reply),
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => Err(self.fail(&format!("died while {doing}"))),
            Err(RecvTimeoutError::Timeout) => {
                let _ = self.fail("timed out");
                Err(BackendError::Timeout {
                    kernel: doing.to_string(),
                    limit_ms: limit.as_millis() as u64,
                })
            }
        }
    }

    fn send(&mut self, request: &Request, buffers: &[&HostBuffer]) -> Result<(), BackendError> {
        if self.running.is_none() {
            self.spawn()?;
            if let Some((load, manifest)) = self.loaded.clone() {
                self.send_load(&load, &manifest)?;
            }
        }
        let r = self.running.as_mut().expect("spawned");
        if write_frame(&mut r.stdin, request, buffers, false).is_err() {
            return Err(self.fail("stopped reading requests"));
        }
        Ok(())
    }

    fn send_load(&mut self, load: &LoadRequest, manifest: &Manifest) -> Result<(), BackendError> {
        let r = self.running.as_mut().expect("spawned");
        let request = Request::Load {
            load: load.clone(),
            manifest: manifest.clone(),
        };
        if write_frame(&mut r.stdin, &request, &[], false).is_err() {
            return Err(self.fail("stopped reading requests"));
        }
        match self.wait(Duration::from_secs(600), "loading")? {
            (Reply::Loaded, _) => Ok(()),
            (Reply::Failed { error }, _) => Err(error.into()),
            _ => Err(self.fail("answered a load with something else")),
        }
    }

    /// Loads an artifact in the worker (and again in every restarted worker).
    pub fn load_request(&mut self, load: LoadRequest, manifest: &Manifest) -> Result<(), BackendError> {
        self.loaded = Some((load.clone(), manifest.clone()));
        if self.running.is_none() {
            self.spawn()?;
        }
        self.send_load(&load, manifest)
    }
}

impl WorkerBackend {
    /// [`Backend::prepare`] in the worker, within [`COMPILE_LIMIT`]; also
    /// returns how long it took there.
    pub fn prepare_timed(&mut self, plan: &CasePlan) -> Result<(Prepared, Duration), BackendError> {
        self.send(&Request::Prepare { plan: plan.clone() }, &[])?;
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

impl Drop for WorkerBackend {
    fn drop(&mut self) {
        if let Some(mut r) = self.running.take() {
            drop(r.stdin);
            let _ = r.child.kill();
            let _ = r.child.wait();
            everygpu_backend::host_buffer::remove_shared_of(r.child.id());
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
            options: options.clone(),
        };
        self.send(&request, &views)?;
        let runs = (options.warmup + options.repeat).max(1);
        // Moving the buffers in and out, and the CPU's simulation of a large
        // case, take time of their own: 10 s per GB of buffers on top.
        let buffer_bytes: usize = plan.buffers.iter().map(|b| b.bytes()).sum();
        let limit = self.launch_timeout * (plan.launches.len().max(1) as u32 * runs)
            + options.warmup_time
            + Duration::from_secs_f64(buffer_bytes as f64 / 1e8);
        let what = plan.launches.first().map(|l| l.kernel.clone()).unwrap_or_default();
        match self.wait(limit, &what)? {
            (Reply::Ran { times_ns }, buffers) => Ok(CaseRun { buffers, times_ns }),
            (Reply::Failed { error }, _) => {
                let error: BackendError = error.into();
                // A CUDA fault poisons the whole process: the next run gets a fresh worker.
                let text = error.to_string();
                if text.contains("context was lost")
                    || text.contains("CUDA_ERROR_ILLEGAL")
                    || text.contains("CUDA_ERROR_LAUNCH")
                {
                    let _ = self.fail("lost its device context");
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
