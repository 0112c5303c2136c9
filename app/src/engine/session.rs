//! A live session on one kernel crate, shared by `everygpu watch` and the app.
//!
//! One worker thread owns the [`Engine`] (it is `Send`, its backends are not
//! `Sync`, so it stays on one thread). Commands go in over a channel, events
//! come out over another; a file watcher (notify) feeds the same input
//! channel. The events of a save are gathered into one rebuild: it starts
//! [`SETTLE`] after the last event once every file written was closed or
//! renamed into place, else [`DEBOUNCE`] after the last event, and
//! a save that arrives while cases run interrupts the run at once (the
//! launches in flight finish, the reference is stopped, nothing new starts),
//! so the newest source is always the one being built. Files under `target/` (the routes' own
//! output), `.git/` and editor swap files are ignored.
//!
//! Every run of a good build that no save interrupted is stored in the
//! history database (`everygpu_report::History`, where `everygpu bench`
//! stores its runs too); the crate's newest stored runs are then read back
//! and sent as [`SessionEvent::History`], also once when the crate opens, so
//! the throughput over edits spans earlier sessions. The database is only
//! touched on the worker thread, and its errors become notes: the session
//! goes on without it.

use super::{BuildProgress, CaseResult, Engine};
use everygpu_backend::{Backend, DeviceInfo, Manifest, RunOptions};
use everygpu_compiler::{BuildProfile, CompileError, Diagnostic};
use everygpu_report::{BenchRun, History, RecordKind, RunId, SeriesKey};
use notify::Watcher;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Quiet time after the last file event before a rebuild starts while a file
/// may still be being written: the events of one save come within
/// milliseconds of each other (watchexec waits 50 ms too).
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// Quiet time after the last file event before a rebuild starts once every
/// file written was closed or renamed into place (inotify tells; other
/// watchers fall back to [`DEBOUNCE`]): enough for an editor's "save all".
pub const SETTLE: Duration = Duration::from_millis(10);

/// How often the worker checks that the crate folder still exists.
const EXISTENCE_POLL: Duration = Duration::from_millis(500);

/// How many of the crate's newest stored runs [`SessionEvent::History`] covers.
pub const HISTORY_RUNS: usize = 50;

/// What a session should open and run.
#[derive(Clone, Debug)]
pub struct SessionConfig {
    /// The kernel crate.
    pub krate: PathBuf,
    /// Backend filter (see [`super::backends::select`]).
    pub backend: String,
    /// Cases to run on every rebuild (all when empty).
    pub cases: Vec<String>,
    /// Problem size of every case (each case's default when `None`).
    pub size: Option<u64>,
    /// Problem sizes of single cases, over `size`.
    pub case_sizes: BTreeMap<String, u64>,
    /// The case to run first after every build (the one on screen).
    pub first: Option<String>,
    /// Whether runs are stored in the history (not for benchmarks of the
    /// loop itself, whose probe edits are no edits of the user's).
    pub store_history: bool,
    /// Time limit per launch.
    pub launch_timeout: Duration,
    /// Runs per case on every rebuild.
    pub options: RunOptions,
}

/// A command to the session's worker.
#[derive(Clone, Debug)]
pub enum SessionCommand {
    /// Rebuild and rerun now.
    Rebuild,
    /// Set one case's problem size (`None`: back to its default), and rerun
    /// it (without a rebuild when no file changed).
    CaseSize {
        /// The case.
        case: String,
        /// Its size.
        size: Option<u64>,
    },
    /// Run this case first after every build (the one on screen).
    Focus {
        /// The case.
        case: String,
    },
    /// Run one case at each of `sizes` (for the throughput-over-size plot).
    Sweep {
        /// The case.
        case: String,
        /// The sizes, in order.
        sizes: Vec<u64>,
    },
    /// Stop the worker.
    Shutdown,
}

/// One backend of the session, for display.
#[derive(Clone, Debug)]
pub struct BackendInfo {
    /// Its id (`cpu`, `cpu-mt`, `cuda:0`...).
    pub id: String,
    /// Its device.
    pub device: DeviceInfo,
}

/// The state of one compile route in the current build.
#[derive(Clone, Debug, PartialEq)]
pub enum RouteState {
    /// Being built.
    Building,
    /// Built, in this many milliseconds.
    Built {
        /// Build time.
        ms: u64,
    },
    /// Failed; the build failure says why.
    Failed,
}

/// Why a build produced no results.
#[derive(Clone, Debug, Default)]
pub struct BuildFailure {
    /// The route that failed (`cpu`, `nvptx-sm_80`...), when known.
    pub route: String,
    /// rustc's diagnostics (errors first), when it reported any.
    pub diagnostics: Vec<Diagnostic>,
    /// The whole error as text.
    pub message: String,
}

/// One stored measurement of a case on a backend: a point of the
/// throughput-over-edits plot.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct EditPoint {
    /// The run it belongs to.
    pub run: RunId,
    /// When the run started (Unix seconds).
    pub started_unix: i64,
    /// The crate's source hash in that run (`everygpu_report::hash_sources`).
    pub source_hash: String,
    /// The problem size.
    pub size: u64,
    /// The outcome (`match`, `mismatch`...).
    pub status: String,
    /// Median device time, in ns.
    pub median_ns: f64,
    /// GB/s at the median time (`None` when the case moves no bytes).
    pub gbps: Option<f64>,
    /// GFLOP/s at the median time (`None` when the case counts no flops).
    pub gflops: Option<f64>,
}

/// Kernel measurements per case and backend, each oldest run first, then by size.
pub type EditSeries = BTreeMap<SeriesKey, Vec<EditPoint>>;

/// A run the session has just stored in the history.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct StoredRun {
    /// The build it measured.
    pub generation: u64,
    /// Its id in the database.
    pub run: RunId,
    /// The crate's source hash it was built from.
    pub source_hash: String,
}

/// What the worker reports.
#[derive(Clone, Debug)]
pub enum SessionEvent {
    /// The crate was opened and the backends started.
    Opened {
        /// The crate's folder.
        dir: PathBuf,
        /// Its package name.
        package: String,
        /// The selected backends.
        backends: Vec<BackendInfo>,
        /// Selected backend families absent here, with the reason.
        absent: Vec<(String, String)>,
    },
    /// The crate could not be opened; the worker has stopped.
    OpenFailed {
        /// Why.
        message: String,
    },
    /// Files changed (after the debounce); a rebuild follows.
    FilesChanged {
        /// The changed paths (deduplicated).
        paths: Vec<PathBuf>,
    },
    /// A build started.
    BuildStarted {
        /// Its number (1 for the first).
        generation: u64,
    },
    /// A route changed state.
    Route {
        /// The build.
        generation: u64,
        /// The route's label.
        route: String,
        /// Its state.
        state: RouteState,
    },
    /// A line of the build's output (cargo's progress, rustc's warnings).
    BuildOutput {
        /// The build.
        generation: u64,
        /// The route's label (`cpu`, `wasm`...).
        route: String,
        /// The line.
        line: String,
    },
    /// Where the run stands: case `done` of `total` finished.
    Progress {
        /// The build.
        generation: u64,
        /// Cases finished.
        done: usize,
        /// Cases to run.
        total: usize,
        /// The case running now, if any.
        running: Option<String>,
    },
    /// The build failed: the previous results stay valid for the previous source.
    BuildFailed {
        /// The build.
        generation: u64,
        /// Why.
        failure: BuildFailure,
    },
    /// The build succeeded; cases follow.
    Built {
        /// The build.
        generation: u64,
        /// The crate's manifest (kernels and cases).
        manifest: Manifest,
        /// Per backend id: why it cannot run this build.
        unavailable: BTreeMap<String, String>,
    },
    /// One case ran on every backend.
    CaseDone {
        /// The build.
        generation: u64,
        /// One row per backend.
        results: Vec<CaseResult>,
    },
    /// A note about the run (a selected case that no longer exists...).
    Note {
        /// The text.
        message: String,
    },
    /// Every case of the build ran, or the run was interrupted by a newer save.
    RunFinished {
        /// The build.
        generation: u64,
        /// Whether a newer save interrupted it.
        interrupted: bool,
        /// From the first file event of this cycle to now, when a save started it.
        since_change: Option<Duration>,
    },
    /// One size of a sweep ran.
    SweepPoint {
        /// The case.
        case: String,
        /// The size.
        size: u64,
        /// One row per backend.
        results: Vec<CaseResult>,
    },
    /// A sweep ended (all sizes, or interrupted, or it could not start).
    SweepFinished {
        /// The case.
        case: String,
        /// Why it stopped early, if it did.
        error: Option<String>,
    },
    /// Something about the watched folder (gone, back, watcher error).
    Watch {
        /// The text.
        message: String,
    },
    /// The crate's newest runs in the history database: sent when the crate
    /// opens and after each run stored.
    History {
        /// The run just stored (`None` when the crate opens).
        stored: Option<StoredRun>,
        /// The database file.
        database: PathBuf,
        /// The kernel measurements of the crate's newest [`HISTORY_RUNS`] runs.
        series: EditSeries,
    },
}

/// How soon a session's listener should look at an event: what the user
/// waits for at once, progress in batches. (The app repaints for each: on a
/// software renderer a frame of the window costs a tenth of a second of a
/// core, which a repaint per progress event would take from the build and
/// the runs the user is waiting for.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// The user waits for it: the case on screen, a failed build, a run's
    /// end.
    Now,
    /// Progress: builds, other cases, sweep points, history.
    Soon,
}

impl SessionEvent {
    /// How soon the event wants looking at, `focus` being the case on
    /// screen (any case when `None`).
    pub fn wake(&self, focus: Option<&str>) -> Wake {
        match self {
            SessionEvent::CaseDone { results, .. } => {
                if focus.is_none_or(|f| results.iter().any(|r| r.case == f)) {
                    Wake::Now
                } else {
                    Wake::Soon
                }
            }
            // The case on screen follows a build within a second, and a
            // frame drawn for the build meanwhile would slow both.
            SessionEvent::FilesChanged { .. }
            | SessionEvent::BuildStarted { .. }
            | SessionEvent::Built { .. }
            | SessionEvent::Route { .. }
            | SessionEvent::BuildOutput { .. }
            | SessionEvent::Progress { .. }
            | SessionEvent::SweepPoint { .. }
            | SessionEvent::History { .. } => Wake::Soon,
            SessionEvent::Opened { .. }
            | SessionEvent::OpenFailed { .. }
            | SessionEvent::BuildFailed { .. }
            | SessionEvent::Note { .. }
            | SessionEvent::RunFinished { .. }
            | SessionEvent::SweepFinished { .. }
            | SessionEvent::Watch { .. } => Wake::Now,
        }
    }
}

/// Everything that reaches the worker.
enum Input {
    Command(SessionCommand),
    Changed(FileEvent),
    WatchError(String),
}

/// A file event of the crate's folder.
#[derive(Clone, Debug)]
struct FileEvent {
    paths: Vec<PathBuf>,
    /// Whether it ends a write: the writer closed the file, renamed it into
    /// place or removed it.
    ends_write: bool,
}

impl FileEvent {
    /// Whether an event of `kind` ends a write; `None` for events that
    /// change nothing (reads, opens).
    fn ends_write(kind: &notify::EventKind) -> Option<bool> {
        use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RenameMode};
        use notify::EventKind;
        Some(match kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
            EventKind::Access(_) | EventKind::Other => return None,
            EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::From | RenameMode::Both)) => true,
            EventKind::Remove(_) | EventKind::Create(CreateKind::Folder) => true,
            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Any => false,
        })
    }
}

/// The file events of one save, gathered until they settle.
#[derive(Debug, Default)]
struct Saves {
    /// Every path named.
    changed: Vec<PathBuf>,
    /// Paths written and not yet closed, renamed or removed.
    writing: BTreeSet<PathBuf>,
    /// Whether any event ended a write.
    ended: bool,
}

impl Saves {
    fn new(events: impl IntoIterator<Item = FileEvent>) -> Saves {
        let mut saves = Saves::default();
        events.into_iter().for_each(|e| saves.add(e));
        saves
    }

    fn add(&mut self, event: FileEvent) {
        if event.ends_write {
            self.ended = true;
            for p in &event.paths {
                self.writing.remove(p);
            }
        } else {
            self.writing.extend(event.paths.iter().cloned());
        }
        self.changed.extend(event.paths);
    }

    /// How long to wait for another event before building.
    fn quiet(&self) -> Duration {
        match self.ended && self.writing.is_empty() {
            true => SETTLE,
            false => DEBOUNCE,
        }
    }
}

/// A running session: send commands, receive events.
pub struct Session {
    inputs: Sender<Input>,
    events: Receiver<SessionEvent>,
    thread: Option<JoinHandle<()>>,
    cancel: Arc<AtomicBool>,
}

impl Session {
    /// Starts the worker thread; it opens the crate, builds and runs, then
    /// rebuilds on every save. `wake` is called after every event, with how
    /// soon it wants looking at (the app asks for a repaint there).
    pub fn start(config: SessionConfig, wake: Arc<dyn Fn(Wake) + Send + Sync>) -> Session {
        let (inputs, input_rx) = mpsc::channel();
        let (event_tx, events) = mpsc::channel();
        let watcher_tx = inputs.clone();
        let cancel = Arc::new(AtomicBool::new(false));
        let session_cancel = cancel.clone();
        let thread = std::thread::Builder::new()
            .name("everygpu-session".into())
            .spawn(move || {
                let mut worker = Worker {
                    config,
                    inputs: input_rx,
                    watcher_tx,
                    events: event_tx,
                    wake,
                    backlog: VecDeque::new(),
                    generation: 0,
                    watcher: None,
                    history: None,
                    krate_name: String::new(),
                    devices: Vec::new(),
                    cancel,
                    superseded: Arc::new(AtomicBool::new(false)),
                    running: Arc::new(AtomicBool::new(false)),
                    whole_manifest: None,
                };
                worker.main();
            })
            .expect("spawning a thread");
        Session {
            inputs,
            events,
            thread: Some(thread),
            cancel: session_cancel,
        }
    }

    /// Stops the run, sweep or build under way: a launch in flight ends with
    /// its worker (restarted on next use), the cases not run yet are not run,
    /// and nothing of the run is stored. The next save or command starts
    /// afresh.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
    }

    /// Sends a command (ignored once the worker has stopped).
    pub fn send(&self, command: SessionCommand) {
        let _ = self.inputs.send(Input::Command(command));
    }

    /// The next event, without waiting.
    pub fn try_event(&self) -> Option<SessionEvent> {
        self.events.try_recv().ok()
    }

    /// The next event, waiting up to `timeout`. `Err(true)` when the worker has stopped.
    pub fn event_timeout(&self, timeout: Duration) -> Result<SessionEvent, bool> {
        self.events
            .recv_timeout(timeout)
            .map_err(|e| e == RecvTimeoutError::Disconnected)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.inputs.send(Input::Command(SessionCommand::Shutdown));
        // The worker may be inside a long build; do not block the caller on it.
        drop(self.thread.take());
    }
}

/// Whether a file event at `path` (inside `dir`) should trigger a rebuild.
pub fn is_relevant(dir: &Path, path: &Path) -> bool {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    let hidden_dir = rel.components().any(|c| match c {
        Component::Normal(s) => s == "target" || s == ".git",
        _ => false,
    });
    if hidden_dir {
        return false;
    }
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Cargo rewrites Cargo.lock itself; editors write swap and backup files.
    !(name == "Cargo.lock"
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.starts_with(".#")
        || name == "4913")
}

struct Worker {
    config: SessionConfig,
    inputs: Receiver<Input>,
    watcher_tx: Sender<Input>,
    events: Sender<SessionEvent>,
    wake: Arc<dyn Fn(Wake) + Send + Sync>,
    /// Inputs read while running, to handle next.
    backlog: VecDeque<Input>,
    generation: u64,
    /// Kept alive while the folder exists.
    watcher: Option<notify::RecommendedWatcher>,
    /// Where runs are stored (`None` when the database could not be opened).
    history: Option<History>,
    /// The crate's name in the history (its package name).
    krate_name: String,
    /// The session's devices, as the history describes them.
    devices: Vec<everygpu_report::DeviceInfo>,
    /// Set by [`Session::cancel`]: stops the run or sweep under way.
    cancel: Arc<AtomicBool>,
    /// Set by a save while cases run: the run stops after the launches in
    /// flight (see [`Engine::set_superseded`]).
    superseded: Arc<AtomicBool>,
    /// Set while cases run.
    running: Arc<AtomicBool>,
    /// The manifest of the last build of the whole crate.
    whole_manifest: Option<Manifest>,
}

/// What building a case in the reference came to.
enum CaseBuilt {
    /// Its plan and inputs.
    Built(super::BuiltCase),
    /// Its host code refused or failed: every backend's row says so.
    Refused(Vec<CaseResult>),
    /// It is not in the crate any more.
    Gone,
    /// The whole crate had to be built, and that build failed or was
    /// stopped (reported as the run's end).
    NoBuild,
}

/// Clears a flag when dropped.
struct ClearOnDrop(Arc<AtomicBool>);

impl Drop for ClearOnDrop {
    fn drop(&mut self) {
        self.0.store(false, Ordering::SeqCst);
    }
}

/// What an interruption check found.
enum Interrupt {
    None,
    /// A newer save, with its first event.
    Changed(FileEvent),
    /// The user cancelled the run or sweep.
    Cancelled,
    Shutdown,
}

/// A build or rerun to start once the saves settle.
struct Pending {
    /// The first file event of the cycle, when saves started it.
    first_change: Option<Instant>,
    /// The file events so far.
    changed: Vec<FileEvent>,
    /// Whether to build (a save, a Rebuild) or only rerun the last good build.
    rebuild: bool,
}

impl Pending {
    fn rebuild(first_change: Option<Instant>, changed: Vec<FileEvent>) -> Pending {
        Pending {
            first_change,
            changed,
            rebuild: true,
        }
    }

    fn rerun() -> Pending {
        Pending {
            first_change: None,
            changed: vec![],
            rebuild: false,
        }
    }
}

impl Worker {
    fn emit(&self, event: SessionEvent) {
        let wake = event.wake(self.config.first.as_deref());
        let _ = self.events.send(event);
        (self.wake)(wake);
    }

    fn next_input(&mut self, timeout: Duration) -> Result<Input, RecvTimeoutError> {
        match self.backlog.pop_front() {
            Some(i) => Ok(i),
            None => self.inputs.recv_timeout(timeout),
        }
    }

    fn watch(&self, dir: &Path) -> Option<notify::RecommendedWatcher> {
        let tx = self.watcher_tx.clone();
        let (running, superseded) = (self.running.clone(), self.superseded.clone());
        let root = dir.to_path_buf();
        let handler = move |res: notify::Result<notify::Event>| {
            let input = match res {
                Ok(ev) => {
                    let Some(ends_write) = FileEvent::ends_write(&ev.kind) else {
                        return;
                    };
                    let paths: Vec<PathBuf> = ev.paths.into_iter().filter(|p| is_relevant(&root, p)).collect();
                    if paths.is_empty() {
                        return;
                    }
                    Input::Changed(FileEvent { paths, ends_write })
                }
                Err(e) => Input::WatchError(e.to_string()),
            };
            let changed = matches!(input, Input::Changed(_));
            let _ = tx.send(input);
            if changed && running.load(Ordering::SeqCst) {
                // The results under way are of a superseded source.
                superseded.store(true, Ordering::SeqCst);
            }
        };
        let watcher = notify::recommended_watcher(handler).and_then(|mut w| {
            w.watch(dir, notify::RecursiveMode::Recursive)?;
            Ok(w)
        });
        match watcher {
            Ok(w) => Some(w),
            Err(e) => {
                self.emit(SessionEvent::Watch {
                    message: format!("cannot watch {}: {e}; rebuild by hand", dir.display()),
                });
                None
            }
        }
    }

    fn main(&mut self) {
        let mut engine = match Engine::open(&self.config.krate, &self.config.backend, self.config.launch_timeout) {
            Ok(e) => e,
            Err(e) => {
                self.emit(SessionEvent::OpenFailed {
                    message: format!("{e:#}"),
                });
                return;
            }
        };
        // The edit loop compiles incrementally, in target folders of its own.
        engine.krate.profile = BuildProfile::Edit;
        engine.set_cancel(self.cancel.clone());
        engine.set_superseded(self.superseded.clone());
        let dir = engine.krate.dir.clone();
        let mut backends = Vec::new();
        if engine.show_reference {
            backends.push(BackendInfo {
                id: "cpu".into(),
                device: engine.reference_device().clone(),
            });
        }
        backends.extend(engine.backends.iter().map(|b| BackendInfo {
            id: b.id().to_string(),
            device: b.device().clone(),
        }));
        self.devices = backends.iter().map(history_device).collect();
        self.krate_name = match engine.krate.package.as_str() {
            "" => dir.display().to_string(),
            name => name.to_string(),
        };
        self.emit(SessionEvent::Opened {
            dir: dir.clone(),
            package: engine.krate.package.clone(),
            backends,
            absent: engine
                .absent
                .iter()
                .map(|a| (a.backend.clone(), a.reason.clone()))
                .collect(),
        });
        self.open_history();
        self.watcher = self.watch(&dir);
        let mut folder_gone = false;
        // The first build needs no save.
        let mut pending: Option<Pending> = Some(Pending::rebuild(None, vec![]));
        loop {
            if let Some(Pending {
                first_change,
                changed,
                rebuild,
            }) = pending.take()
            {
                // Gather the save's events until they settle.
                let mut saves = Saves::new(changed);
                let mut shutdown = false;
                if first_change.is_some() {
                    loop {
                        match self.inputs.recv_timeout(saves.quiet()) {
                            Ok(Input::Changed(e)) => saves.add(e),
                            Ok(Input::Command(SessionCommand::Shutdown)) => {
                                shutdown = true;
                                break;
                            }
                            Ok(other) => self.backlog.push_back(other),
                            Err(RecvTimeoutError::Timeout) => break,
                            Err(RecvTimeoutError::Disconnected) => {
                                shutdown = true;
                                break;
                            }
                        }
                    }
                }
                if shutdown {
                    return;
                }
                let mut changed = saves.changed;
                if !changed.is_empty() {
                    changed.sort();
                    changed.dedup();
                    // Editors' and sed's temporary files come and go within a save.
                    let existing: Vec<PathBuf> = changed.iter().filter(|p| p.exists()).cloned().collect();
                    if !existing.is_empty() {
                        changed = existing;
                    }
                    self.emit(SessionEvent::FilesChanged { paths: changed });
                }
                // A new size or selection reruns the last good build as it is.
                let rebuild = rebuild || engine.manifest().is_none();
                self.cancel.store(false, Ordering::SeqCst);
                match self.build_and_run(&mut engine, first_change, rebuild) {
                    Interrupt::None | Interrupt::Cancelled => {}
                    Interrupt::Shutdown => return,
                    Interrupt::Changed(e) => pending = Some(Pending::rebuild(Some(Instant::now()), vec![e])),
                }
                continue;
            }
            match self.next_input(EXISTENCE_POLL) {
                Ok(Input::Changed(e)) => pending = Some(Pending::rebuild(Some(Instant::now()), vec![e])),
                Ok(Input::WatchError(message)) => self.emit(SessionEvent::Watch {
                    message: format!("file watcher: {message}"),
                }),
                Ok(Input::Command(c)) => match c {
                    SessionCommand::Shutdown => return,
                    SessionCommand::Rebuild => pending = Some(Pending::rebuild(None, vec![])),
                    SessionCommand::CaseSize { case, size } => {
                        match size {
                            Some(n) => self.config.case_sizes.insert(case.clone(), n),
                            None => self.config.case_sizes.remove(&case),
                        };
                        self.config.first = Some(case);
                        pending = Some(Pending::rerun());
                    }
                    SessionCommand::Focus { case } => self.config.first = Some(case),
                    SessionCommand::Sweep { case, sizes } => {
                        self.cancel.store(false, Ordering::SeqCst);
                        if let Interrupt::Shutdown = self.sweep(&mut engine, &case, &sizes) {
                            return;
                        }
                    }
                },
                Err(RecvTimeoutError::Disconnected) => return,
                Err(RecvTimeoutError::Timeout) => {
                    let exists = dir.join("Cargo.toml").is_file();
                    if !exists && !folder_gone {
                        folder_gone = true;
                        self.watcher = None;
                        self.emit(SessionEvent::Watch {
                            message: format!(
                                "{} is gone; the last results stay on screen, and the crate is rebuilt when it comes back",
                                dir.display()
                            ),
                        });
                    } else if exists && folder_gone {
                        folder_gone = false;
                        self.watcher = self.watch(&dir);
                        self.emit(SessionEvent::Watch {
                            message: format!("{} is back", dir.display()),
                        });
                        pending = Some(Pending::rebuild(Some(Instant::now()), vec![]));
                    }
                }
            }
        }
    }

    /// Looks for a newer save, a cancel or a shutdown while work is under way.
    /// A save comes first.
    fn interrupted(&mut self) -> Interrupt {
        loop {
            match self.inputs.try_recv() {
                Ok(Input::Changed(e)) => return Interrupt::Changed(e),
                Ok(Input::Command(SessionCommand::Shutdown)) => return Interrupt::Shutdown,
                Ok(Input::Command(SessionCommand::Focus { case })) => self.config.first = Some(case),
                Ok(other) => self.backlog.push_back(other),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => return Interrupt::Shutdown,
            }
        }
        if self.cancel.load(Ordering::SeqCst) {
            return Interrupt::Cancelled;
        }
        Interrupt::None
    }

    /// Builds `kernels` (every kernel with `None`) and loads the backends,
    /// reporting as it goes. A build that failed, or that a save or a cancel
    /// stopped, is reported as the run's end and gives `None`.
    fn build(
        &mut self,
        engine: &mut Engine,
        generation: u64,
        first_change: Option<Instant>,
        kernels: Option<&BTreeSet<String>>,
    ) -> Option<Manifest> {
        let start = Instant::now();
        let (events, wake) = (&self.events, &self.wake);
        let built = engine
            .build_with(kernels, &|p| {
                let event = match p {
                    BuildProgress::Route { route, state } => SessionEvent::Route {
                        generation,
                        route,
                        state,
                    },
                    BuildProgress::Output { route, line } => SessionEvent::BuildOutput {
                        generation,
                        route,
                        line,
                    },
                    BuildProgress::Warning { text } => SessionEvent::BuildOutput {
                        generation,
                        route: "cpu".into(),
                        line: text,
                    },
                };
                let _ = events.send(event);
                wake(Wake::Soon);
            })
            .cloned();
        super::trace(
            match kernels {
                Some(k) => format!("build and load of {} kernels", k.len()),
                None => "build and load".to_string(),
            },
            start,
        );
        let e = match built {
            Ok(m) => return Some(m),
            // A save or a cancel ended it.
            Err(CompileError::Stopped) => {
                self.emit(SessionEvent::RunFinished {
                    generation,
                    interrupted: true,
                    since_change: None,
                });
                return None;
            }
            Err(e) => e,
        };
        let failure = match e {
            CompileError::Diagnostics { route, diagnostics } => {
                let message = CompileError::Diagnostics {
                    route: route.clone(),
                    diagnostics: diagnostics.clone(),
                }
                .to_string();
                let mut diagnostics = diagnostics;
                diagnostics.sort_by_key(|d| !d.is_error());
                BuildFailure {
                    route,
                    diagnostics,
                    message,
                }
            }
            other => BuildFailure {
                route: "cpu".into(),
                diagnostics: vec![],
                message: other.to_string(),
            },
        };
        self.emit(SessionEvent::Route {
            generation,
            route: failure.route.clone(),
            state: RouteState::Failed,
        });
        self.emit(SessionEvent::BuildFailed { generation, failure });
        self.emit(SessionEvent::RunFinished {
            generation,
            interrupted: false,
            since_change: first_change.map(|t| t.elapsed()),
        });
        None
    }

    /// Tells of a good build: with the kernels a build left out described as
    /// the last whole build described them, so that views of the crate do
    /// not lose them meanwhile.
    fn emit_built(&mut self, engine: &Engine, generation: u64, manifest: &Manifest) {
        let mut shown = manifest.clone();
        match (engine.built_kernels(), &self.whole_manifest) {
            (None, _) => self.whole_manifest = Some(manifest.clone()),
            (Some(_), Some(whole)) => {
                let left_out = whole
                    .kernels
                    .iter()
                    .filter(|k| manifest.kernel(&k.name).is_none())
                    .cloned()
                    .collect::<Vec<_>>();
                shown.kernels.extend(left_out);
            }
            (Some(_), None) => {}
        }
        self.emit(SessionEvent::Built {
            generation,
            manifest: shown,
            unavailable: engine.unavailable.clone(),
        });
    }

    /// Builds case `name` at `size` in the reference, first building the
    /// whole crate when the last build left out a kernel the case launches
    /// (also when its launches changed with the edit).
    fn build_case(
        &mut self,
        engine: &mut Engine,
        generation: u64,
        first_change: Option<Instant>,
        name: &str,
        size: Option<u64>,
    ) -> CaseBuilt {
        let mut whole = false;
        loop {
            if whole || !engine.has_kernels_of(name) {
                let Some(manifest) = self.build(engine, generation, first_change, None) else {
                    return CaseBuilt::NoBuild;
                };
                self.emit_built(engine, generation, &manifest);
            }
            let Some(index) = engine
                .manifest()
                .and_then(|m| m.cases.iter().position(|c| c.name == name))
            else {
                return CaseBuilt::Gone;
            };
            match engine.build_case(index, size) {
                // Building it recorded the kernels it launches now.
                Ok(built) if engine.has_kernels_of(name) => return CaseBuilt::Built(built),
                Ok(_) => {}
                // It may launch a kernel the build left out, which the
                // reference refuses: the whole crate decides.
                Err(_) if engine.built_kernels().is_some() => whole = true,
                Err(rows) => return CaseBuilt::Refused(rows),
            }
        }
    }

    /// Builds (when `rebuild`), then runs the selected cases, the one on
    /// screen first.
    ///
    /// In the edit loop, a build after a save first gives entry points only
    /// to the kernels of the cases it runs first (the selected cases, or the
    /// one on screen), as their last run launched them: rustc then optimizes
    /// those alone, and their results show sooner. The whole crate is built
    /// when a case needs more (the others, or a case whose launches changed).
    fn build_and_run(&mut self, engine: &mut Engine, first_change: Option<Instant>, rebuild: bool) -> Interrupt {
        self.generation += 1;
        let generation = self.generation;
        // The run to store, started now; its source hash is set once built.
        let mut stored_run = (self.history.is_some() && self.config.store_history)
            .then(|| BenchRun::new(env!("CARGO_PKG_VERSION"), &self.krate_name, ""));
        // Set by the save this run is for, if it came while the last run's
        // cases ran.
        self.superseded.store(false, Ordering::SeqCst);
        let manifest = if rebuild {
            self.emit(SessionEvent::BuildStarted { generation });
            let first: Vec<String> = match &self.config.first {
                Some(case) if self.config.cases.is_empty() => vec![case.clone()],
                _ => self.config.cases.clone(),
            };
            let kernels = engine
                .kernels_of(&first)
                .filter(|_| engine.krate.profile == BuildProfile::Edit);
            match self.build(engine, generation, first_change, kernels.as_ref()) {
                Some(m) => m,
                None => return Interrupt::None,
            }
        } else {
            match engine.manifest() {
                Some(m) => m.clone(),
                None => return Interrupt::None,
            }
        };
        self.emit_built(engine, generation, &manifest);
        // The sources as built, with the Cargo.lock the build may have written
        // (as `everygpu bench` hashes them). A save from here on interrupts
        // the run before its next case, and an interrupted run is not stored.
        if let Some(run) = &mut stored_run {
            run.source_hash = everygpu_report::hash_sources(&engine.krate.dir).unwrap_or_default();
        }
        let wanted: Vec<String> = self
            .config
            .cases
            .iter()
            .filter(|n| {
                let known = manifest.cases.iter().any(|c| &c.name == *n);
                if !known {
                    self.emit(SessionEvent::Note {
                        message: format!("case `{n}` is not in the crate any more"),
                    });
                }
                known
            })
            .cloned()
            .collect();
        let cases = if wanted.is_empty() && !self.config.cases.is_empty() {
            // Every selected case is gone: run them all rather than nothing.
            engine.select_cases(&[])
        } else {
            engine.select_cases(&wanted)
        };
        let mut cases = match cases {
            Ok(c) => c,
            Err(e) => {
                self.emit(SessionEvent::Note {
                    message: format!("{e:#}"),
                });
                vec![]
            }
        };
        // The case on screen first: its result shows while the others run.
        // When the session runs the whole crate (the app), after a save it
        // runs once first, untimed runs and repeats left out, so that the new
        // source's result shows at once; it runs again with all of them after
        // the others, and that run is the one stored.
        let mut quick = None;
        if let Some(first) = &self.config.first {
            if let Some(at) = cases.iter().position(|&i| &manifest.cases[i].name == first) {
                let index = cases.remove(at);
                cases.insert(0, index);
                let options = &self.config.options;
                if rebuild && self.config.cases.is_empty() && options.warmup + options.repeat > 1 {
                    cases.push(index);
                    quick = Some(0);
                }
            }
        }
        // Progress counts cases: the quick run is not one.
        let total = cases.len() - usize::from(quick.is_some());
        self.running.store(true, Ordering::SeqCst);
        let _running = ClearOnDrop(self.running.clone());
        let names: Vec<String> = cases.into_iter().map(|i| manifest.cases[i].name.clone()).collect();
        for (at, name) in names.into_iter().enumerate() {
            let done = match quick {
                Some(q) if at > q => at - 1,
                _ => at,
            };
            match self.interrupted() {
                Interrupt::None => {}
                other => {
                    if let Interrupt::Cancelled = other {
                        self.emit(SessionEvent::Note {
                            message: format!("build {generation}: run cancelled after {done} of {total} cases"),
                        });
                    }
                    self.emit(SessionEvent::RunFinished {
                        generation,
                        interrupted: true,
                        since_change: None,
                    });
                    return match other {
                        Interrupt::Cancelled => Interrupt::None,
                        other => other,
                    };
                }
            }
            self.emit(SessionEvent::Progress {
                generation,
                done,
                total,
                running: Some(name.clone()),
            });
            let size = self.config.case_sizes.get(&name).copied().or(self.config.size);
            let (events, wake) = (self.events.clone(), self.wake.clone());
            engine.progress = Some(Box::new(move |case, size, p, elapsed| {
                let _ = events.send(SessionEvent::Progress {
                    generation,
                    done,
                    total,
                    running: Some(format!("{case} at {size}: {}", p.describe(elapsed))),
                });
                wake(Wake::Soon);
            }));
            let results = match self.build_case(engine, generation, first_change, &name, size) {
                CaseBuilt::Built(built) if quick == Some(at) => engine.run_built(&built, &RunOptions::runs(0, 1)),
                CaseBuilt::Built(built) => engine.run_built(&built, &self.config.options),
                CaseBuilt::Refused(rows) => rows,
                CaseBuilt::Gone => Vec::new(),
                CaseBuilt::NoBuild => {
                    // The build reported the run's end.
                    engine.progress = None;
                    return match self.interrupted() {
                        Interrupt::Cancelled => Interrupt::None,
                        other => other,
                    };
                }
            };
            engine.progress = None;
            match self.interrupted() {
                // A save stopped the case: its results are of the old source.
                Interrupt::Changed(paths) => {
                    self.emit(SessionEvent::RunFinished {
                        generation,
                        interrupted: true,
                        since_change: None,
                    });
                    return Interrupt::Changed(paths);
                }
                Interrupt::Shutdown => return Interrupt::Shutdown,
                Interrupt::None | Interrupt::Cancelled => {}
            }
            if let Some(run) = stored_run.as_mut().filter(|_| quick != Some(at)) {
                run.records.extend(results.iter().map(|r| r.to_record("")));
            }
            self.emit(SessionEvent::CaseDone { generation, results });
        }
        self.emit(SessionEvent::Progress {
            generation,
            done: total,
            total,
            running: None,
        });
        let cancelled = self.cancel.load(Ordering::SeqCst);
        self.emit(SessionEvent::RunFinished {
            generation,
            interrupted: cancelled,
            since_change: first_change.map(|t| t.elapsed()),
        });
        if let (Some(run), false) = (stored_run, cancelled) {
            self.store(generation, run);
        }
        Interrupt::None
    }

    /// Opens the history database and reports the crate's stored runs.
    fn open_history(&mut self) {
        match History::default_path().and_then(|path| History::open(&path)) {
            Ok(history) => {
                self.history = Some(history);
                self.report_history(None);
            }
            Err(e) => self.emit(SessionEvent::Note {
                message: format!("runs are not stored in the history: {e}"),
            }),
        }
    }

    /// Stores a finished run, then reports the crate's stored runs.
    fn store(&mut self, generation: u64, mut run: BenchRun) {
        let Some(history) = self.history.as_mut() else {
            return;
        };
        if run.records.is_empty() {
            return;
        }
        run.devices = self.devices.clone();
        match history.insert(&run) {
            Ok(id) => self.report_history(Some(StoredRun {
                generation,
                run: id,
                source_hash: run.source_hash,
            })),
            Err(e) => self.emit(SessionEvent::Note {
                message: format!("build {generation} was not stored in the history: {e}"),
            }),
        }
    }

    /// Reads the crate's newest runs back and sends them.
    fn report_history(&self, stored: Option<StoredRun>) {
        let Some(history) = &self.history else {
            return;
        };
        match edit_series(history, &self.krate_name) {
            Ok(series) => self.emit(SessionEvent::History {
                stored,
                database: history.path().to_path_buf(),
                series,
            }),
            Err(e) => {
                let what = match &stored {
                    Some(s) => format!("build {} was stored as run {}, but ", s.generation, s.run),
                    None => String::new(),
                };
                self.emit(SessionEvent::Note {
                    message: format!("{what}the history of {} cannot be read: {e}", self.krate_name),
                });
            }
        }
    }

    fn sweep(&mut self, engine: &mut Engine, case: &str, sizes: &[u64]) -> Interrupt {
        let known = engine
            .manifest()
            .is_some_and(|m| m.cases.iter().any(|c| c.name == case));
        if !known {
            self.emit(SessionEvent::SweepFinished {
                case: case.into(),
                error: Some(format!("case `{case}` is not in the last good build")),
            });
            return Interrupt::None;
        }
        let options = RunOptions::runs(1, 3);
        for &size in sizes {
            match self.interrupted() {
                Interrupt::None => {}
                Interrupt::Changed(e) => {
                    self.emit(SessionEvent::SweepFinished {
                        case: case.into(),
                        error: Some("interrupted by a save".into()),
                    });
                    // The save still needs its rebuild.
                    self.backlog.push_front(Input::Changed(e));
                    return Interrupt::None;
                }
                Interrupt::Cancelled => {
                    self.emit(SessionEvent::SweepFinished {
                        case: case.into(),
                        error: Some("cancelled".into()),
                    });
                    return Interrupt::None;
                }
                Interrupt::Shutdown => return Interrupt::Shutdown,
            }
            let results = match self.build_case(engine, self.generation, None, case, Some(size)) {
                CaseBuilt::Built(built) => engine.run_built(&built, &options),
                CaseBuilt::Refused(rows) => rows,
                CaseBuilt::Gone | CaseBuilt::NoBuild => {
                    self.emit(SessionEvent::SweepFinished {
                        case: case.into(),
                        error: Some(format!("case `{case}` is not in a good build of the crate")),
                    });
                    return Interrupt::None;
                }
            };
            self.emit(SessionEvent::SweepPoint {
                case: case.into(),
                size,
                results,
            });
        }
        self.emit(SessionEvent::SweepFinished {
            case: case.into(),
            error: None,
        });
        Interrupt::None
    }
}

/// A session backend's device as the history describes it (no copy roof:
/// watch runs do not measure one).
fn history_device(b: &BackendInfo) -> everygpu_report::DeviceInfo {
    let mut d = everygpu_report::DeviceInfo::new(&b.id, &b.device.name);
    d.driver = b.device.driver.clone();
    d.peak_gbps = b.device.peak_gbps;
    d.peak_gflops = b.device.peak_gflops;
    d
}

/// The kernel measurements of `krate`'s newest [`HISTORY_RUNS`] runs, per
/// case and backend; records without a time (errors, skipped backends) are left out.
pub fn edit_series(history: &History, krate: &str) -> everygpu_report::Result<EditSeries> {
    let mut runs = history.runs_of(krate, HISTORY_RUNS)?;
    // Newest first from the database; the plot goes oldest first.
    runs.reverse();
    let mut series = EditSeries::new();
    for summary in runs {
        let run = history.load(summary.id)?;
        for r in run.records.iter().filter(|r| r.kind == RecordKind::Kernel) {
            let Some(median_ns) = r.median_ns else {
                continue;
            };
            let key = SeriesKey {
                case: r.case.clone(),
                backend: r.backend.clone(),
            };
            series.entry(key).or_default().push(EditPoint {
                run: summary.id,
                started_unix: run.started_unix,
                source_hash: run.source_hash.clone(),
                size: r.size,
                status: r.status.clone(),
                median_ns,
                gbps: r.gbps(),
                gflops: r.gflops(),
            });
        }
    }
    for points in series.values_mut() {
        // Oldest run first, then by size (a bench run sweeps sizes), as `History::series`.
        points.sort_by_key(|p| (p.started_unix, p.run, p.size));
    }
    Ok(series)
}

impl Engine {
    /// The reference backend's device.
    pub fn reference_device(&self) -> &DeviceInfo {
        self.reference.device()
    }
}

#[cfg(test)]
mod tests {
    use super::{is_relevant, FileEvent, Saves, SessionEvent, Wake, DEBOUNCE, SETTLE};
    use crate::engine::result::{CaseResult, Status};
    use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, ModifyKind, RenameMode};
    use notify::EventKind;
    use std::path::{Path, PathBuf};

    fn event(kind: EventKind, paths: &[&str]) -> FileEvent {
        FileEvent {
            paths: paths.iter().map(PathBuf::from).collect(),
            ends_write: FileEvent::ends_write(&kind).expect("a change"),
        }
    }

    #[test]
    fn a_save_settles_once_every_file_written_is_closed_or_renamed_into_place() {
        let written = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        let closed = EventKind::Access(AccessKind::Close(AccessMode::Write));
        // Written in place, then closed: settled.
        let mut saves = Saves::new([event(written, &["/k/src/lib.rs"])]);
        assert_eq!(saves.quiet(), DEBOUNCE, "still being written");
        saves.add(event(closed, &["/k/src/lib.rs"]));
        assert_eq!(saves.quiet(), SETTLE);
        // Another file of the same save is being written: wait for it.
        saves.add(event(EventKind::Create(CreateKind::File), &["/k/src/b.rs"]));
        assert_eq!(saves.quiet(), DEBOUNCE);
        saves.add(event(closed, &["/k/src/b.rs"]));
        assert_eq!(saves.quiet(), SETTLE);
        assert_eq!(saves.changed.len(), 4);
        // Written elsewhere and renamed into place (atomic saves).
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::Both));
        let saves = Saves::new([event(renamed, &["/k/src/.lib.rs.tmp", "/k/src/lib.rs"])]);
        assert_eq!(saves.quiet(), SETTLE);
        // Watchers that never tell when a write ends: the whole debounce.
        let saves = Saves::new([event(EventKind::Any, &["/k/src/lib.rs"])]);
        assert_eq!(saves.quiet(), DEBOUNCE);
        // Opening or reading a file is no change.
        assert_eq!(FileEvent::ends_write(&EventKind::Access(AccessKind::Read)), None);
    }

    #[test]
    fn the_case_on_screen_draws_at_once_and_progress_waits() {
        let done = |case: &str| SessionEvent::CaseDone {
            generation: 2,
            results: vec![CaseResult::failed(case, 1024, "cpu", "host", Status::Error, "x".into())],
        };
        assert_eq!(done("saxpy").wake(Some("saxpy")), Wake::Now);
        assert_eq!(done("copy_f32").wake(Some("saxpy")), Wake::Soon);
        assert_eq!(done("copy_f32").wake(None), Wake::Now, "no case on screen yet: any");
        let finished = SessionEvent::RunFinished {
            generation: 2,
            interrupted: false,
            since_change: None,
        };
        assert_eq!(finished.wake(Some("saxpy")), Wake::Now);
        assert_eq!(SessionEvent::BuildStarted { generation: 2 }.wake(None), Wake::Soon);
    }

    #[test]
    fn target_git_lock_and_swap_files_are_ignored() {
        let dir = Path::new("/k");
        assert!(is_relevant(dir, Path::new("/k/src/lib.rs")));
        assert!(is_relevant(dir, Path::new("/k/Cargo.toml")));
        assert!(!is_relevant(dir, Path::new("/k/target/everygpu/cpu/x.so")));
        assert!(!is_relevant(dir, Path::new("/k/.git/index")));
        assert!(!is_relevant(dir, Path::new("/k/Cargo.lock")));
        assert!(!is_relevant(dir, Path::new("/k/src/.lib.rs.swp")));
        assert!(!is_relevant(dir, Path::new("/k/src/lib.rs~")));
    }
}
