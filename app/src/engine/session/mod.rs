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
//!
//! This file holds the handle ([`Session`]), what it is told
//! ([`SessionConfig`], [`SessionCommand`]) and what its thread owns
//! (`Worker`). The thread's main loop is in `main_loop`, a save's file
//! events in `saves`, a build in `build`, the run of its cases and sweeps in
//! `run`, the history database in `history`, and what the session reports
//! in `events`.

mod build;
mod events;
mod history;
mod main_loop;
mod run;
mod saves;

pub use events::{BackendInfo, BuildFailure, RouteState, SessionEvent, Wake};
pub use history::{EditPoint, EditSeries, StoredRun};

use super::Engine;
use everygpu_backend::{Backend, DeviceInfo, Manifest, RunOptions};
use everygpu_report::History;
use saves::FileEvent;
use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Quiet time after the last file event before a rebuild starts while a file
/// may still be being written: the events of one save come within
/// milliseconds of each other (watchexec waits 50 ms too).
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// Quiet time after the last file event before a rebuild starts once every
/// file written was closed or renamed into place (inotify tells; other
/// watchers fall back to [`DEBOUNCE`]): enough for an editor's "save all".
pub const SETTLE: Duration = Duration::from_millis(10);

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
    /// Whether the reference checks races (`--check-races`).
    pub check_races: bool,
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

/// Everything that reaches the worker.
enum Input {
    Command(SessionCommand),
    Changed(FileEvent),
    WatchError(String),
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

/// The session's thread and what it owns; `main_loop`, `saves`, `build`,
/// `run` and `history` implement it.
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

impl Engine {
    /// The reference backend's device.
    pub fn reference_device(&self) -> &DeviceInfo {
        self.reference.device()
    }
}
