//! What a session reports: its events ([`SessionEvent`]), how soon each
//! wants looking at ([`Wake`]), and the backends, route states and build
//! failures they carry.

use super::super::CaseResult;
use super::{EditSeries, StoredRun};
use everygpu_backend::{DeviceInfo, Manifest};
use everygpu_compiler::Diagnostic;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

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
        /// The kernel measurements of the crate's newest [`HISTORY_RUNS`](super::HISTORY_RUNS) runs.
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

#[cfg(test)]
mod tests {
    use super::{SessionEvent, Wake};
    use crate::engine::result::{CaseResult, Status};

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
}
