//! The parent's side: [`WorkerBackend`], a backend whose kernels run in a
//! worker process that it starts, waits for within time limits, and
//! restarts after a crash.

use super::protocol::{read_frame, write_frame, LoadRequest, Reply, Request};
use super::{cpu_work_time, Progress, CASE_BUILD_LIMIT, COMPILE_LIMIT, LOAD_LIMIT};
use everygpu_backend::{
    Backend, BackendError, CasePlan, CaseRun, DeviceInfo, HostBuffer, Manifest, Prepared, Route, RunOptions,
};
use everygpu_compiler::CompileRoute;
use std::io::{BufReader, BufWriter};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

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
    /// The race-check build loaded after the CPU library, loaded again too.
    race_library: Option<LoadRequest>,
    /// Time limit per launch (a run of `k` launches gets `k` times this).
    pub launch_timeout: Duration,
    /// When one is set, a wait stops the worker and returns [`cancelled`].
    cancel: Vec<Arc<AtomicBool>>,
}

/// How many times the reference's time limit grows when it checks races:
/// the checker runs workgroups in order and notes every access.
const RACE_CHECK_SLOWDOWN: u32 = 16;

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
            race_library: None,
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
        if let Some(load) = self.race_library.clone() {
            self.write(&Request::Load { load, manifest: None }, &[])?;
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
        self.race_library = None;
        self.begin_load(LoadRequest::Cpu { path: path.to_owned() }, None)?;
        self.finish_load()?
            .ok_or_else(|| BackendError::Driver(format!("the {} worker sent no manifest", self.id)))
    }

    /// Loads the race-check build of the loaded CPU library (the reference
    /// worker), with which the reference checks races from now on, until
    /// the next library.
    pub fn load_race_library(&mut self, path: &Path) -> Result<(), BackendError> {
        let load = LoadRequest::Built {
            route: CompileRoute::CpuRaceCheck,
            path: path.to_owned(),
        };
        self.race_library = Some(load.clone());
        self.send(&Request::Load { load, manifest: None }, &[])?;
        if let Err(e) = self.finish_load() {
            self.race_library = None;
            return Err(e);
        }
        Ok(())
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
        // The race checker runs in order and notes every access.
        let checking = if self.race_library.is_some() {
            RACE_CHECK_SLOWDOWN
        } else {
            1
        };
        let limit = self.launch_timeout * plan.launches.len().max(1) as u32
            + cpu_work_time(plan) * checking
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
                Ok((
                    Reply::Ran {
                        times_ns,
                        prints,
                        races,
                    },
                    buffers,
                )) => {
                    return Ok(CaseRun {
                        buffers,
                        times_ns,
                        prints,
                        races,
                    })
                }
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
            (
                Reply::Ran {
                    times_ns,
                    prints,
                    races,
                },
                buffers,
            ) => Ok(CaseRun {
                buffers,
                times_ns,
                prints,
                races,
            }),
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
