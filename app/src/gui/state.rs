//! Everything the window shows, as plain data: no egui, no threads.
//!
//! [`AppState::apply`] folds the session's events in; the drawing code
//! (`view`, `plots`, `code`) only reads it and returns [`Action`]s, which the
//! app applies in one place. Tests build an `AppState` by hand and render it.

use super::code::ArtifactsView;
use crate::engine::session::{BackendInfo, BuildFailure, RouteState, SessionEvent};
use crate::engine::{CaseResult, Status};
use everygpu_backend::Manifest;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What the user asked for, from the drawing code.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open another kernel crate.
    Open(PathBuf),
    /// Rebuild and rerun now.
    Rebuild,
    /// Show this case.
    SelectCase(String),
    /// Run every case at this size (`None`: each case's default).
    SetSize(Option<u64>),
    /// Run the selected case at 2^10 .. 2^max_log2.
    Sweep {
        /// The case.
        case: String,
        /// The largest size's exponent.
        max_log2: u32,
    },
    /// Build the GPU routes' artifacts for the code view.
    BuildArtifacts,
}

/// Where the session is.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Opening the crate and starting the backends.
    Opening,
    /// Building.
    Building,
    /// Running cases.
    Running,
    /// Waiting for a save.
    Watching,
    /// The crate could not be opened.
    Failed,
}

/// One compile route's line in the header.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteRow {
    /// The route's label.
    pub route: String,
    /// Its state.
    pub state: RouteState,
    /// When it entered that state ([`AppState::clock`] seconds).
    pub since: f64,
}

/// The rows of one case and the build they came from.
#[derive(Clone, Debug)]
pub struct CaseEntry {
    /// One row per backend.
    pub rows: Vec<CaseResult>,
    /// The build that produced them.
    pub generation: u64,
}

/// One successful build's throughput per case and backend.
#[derive(Clone, Debug, Default)]
pub struct HistoryPoint {
    /// The build.
    pub generation: u64,
    /// GB/s (or GFLOP/s where a case moves no bytes) per case, per backend.
    pub throughput: BTreeMap<String, BTreeMap<String, f64>>,
}

/// The size sweep of one case.
#[derive(Clone, Debug, Default)]
pub struct SweepState {
    /// The case swept.
    pub case: String,
    /// Largest size exponent asked for.
    pub max_log2: u32,
    /// Per backend: (size, throughput).
    pub points: BTreeMap<String, Vec<(u64, f64)>>,
    /// Whether it is running.
    pub running: bool,
    /// Why it stopped early.
    pub error: Option<String>,
}

/// The central tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Tab {
    /// Backend cards and plots.
    #[default]
    Results,
    /// Generated code.
    Code,
    /// What happened, in order.
    Log,
}

/// What the app remembers between runs (eframe persistence).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Remembered {
    /// Last opened crates, newest first.
    pub recent: Vec<PathBuf>,
    /// The tab shown.
    pub tab: Tab,
    /// The case shown.
    pub selected_case: Option<String>,
    /// Largest sweep exponent.
    pub sweep_max_log2: u32,
}

/// Everything the window shows.
#[derive(Clone, Debug)]
pub struct AppState {
    /// Seconds since the app started; set before each frame (fixed in tests).
    pub clock: f64,
    /// The crate's folder.
    pub crate_dir: PathBuf,
    /// Its package name (empty until opened).
    pub package: String,
    /// The path field's text.
    pub path_input: String,
    /// The size field's text.
    pub size_input: String,
    /// Last opened crates, newest first.
    pub recent: Vec<PathBuf>,
    /// The session's backends.
    pub backends: Vec<BackendInfo>,
    /// Backend families absent here, with the reason.
    pub absent: Vec<(String, String)>,
    /// Where the session is.
    pub phase: Phase,
    /// Why the crate could not be opened.
    pub open_error: Option<String>,
    /// The newest build started.
    pub generation: u64,
    /// The newest build that succeeded (0: none yet).
    pub good_generation: u64,
    /// Routes of the newest build.
    pub routes: Vec<RouteRow>,
    /// The manifest of the newest good build.
    pub manifest: Option<Manifest>,
    /// Per backend: why it cannot run the newest good build.
    pub unavailable: BTreeMap<String, String>,
    /// Results per case; kept across failed builds, renamed and deleted cases.
    pub results: BTreeMap<String, CaseEntry>,
    /// The newest build's failure (cleared by the next good build).
    pub failure: Option<(u64, BuildFailure)>,
    /// What happened, oldest first (bounded).
    pub log: Vec<String>,
    /// The case shown in the cards and plots.
    pub selected_case: Option<String>,
    /// The size sweep.
    pub sweep: SweepState,
    /// Throughput over the history of good builds.
    pub history: Vec<HistoryPoint>,
    /// Generated code.
    pub artifacts: ArtifactsView,
    /// The central tab.
    pub tab: Tab,
}

const LOG_LINES: usize = 200;

impl AppState {
    /// The state of a window about to open `crate_dir`.
    pub fn new(crate_dir: PathBuf, remembered: Remembered) -> AppState {
        AppState {
            clock: 0.0,
            path_input: crate_dir.display().to_string(),
            crate_dir,
            package: String::new(),
            size_input: String::new(),
            recent: remembered.recent,
            backends: vec![],
            absent: vec![],
            phase: Phase::Opening,
            open_error: None,
            generation: 0,
            good_generation: 0,
            routes: vec![],
            manifest: None,
            unavailable: BTreeMap::new(),
            results: BTreeMap::new(),
            failure: None,
            log: vec![],
            selected_case: remembered.selected_case,
            sweep: SweepState {
                max_log2: if remembered.sweep_max_log2 >= 10 {
                    remembered.sweep_max_log2
                } else {
                    22
                },
                ..SweepState::default()
            },
            history: vec![],
            artifacts: ArtifactsView::default(),
            tab: remembered.tab,
        }
    }

    /// What to remember.
    pub fn remembered(&self) -> Remembered {
        Remembered {
            recent: self.recent.clone(),
            tab: self.tab,
            selected_case: self.selected_case.clone(),
            sweep_max_log2: self.sweep.max_log2,
        }
    }

    /// Adds a line to the log.
    pub fn note(&mut self, line: impl Into<String>) {
        self.log.push(line.into());
        if self.log.len() > LOG_LINES {
            self.log.remove(0);
        }
    }

    /// Forgets the crate's results (another crate is being opened).
    pub fn reset_for(&mut self, dir: PathBuf) {
        let keep = AppState::new(dir.clone(), self.remembered());
        let log = std::mem::take(&mut self.log);
        *self = AppState {
            tab: self.tab,
            log,
            ..keep
        };
        self.recent.retain(|p| p != &dir);
        self.recent.insert(0, dir);
        self.recent.truncate(10);
    }

    /// Folds one session event in.
    pub fn apply(&mut self, event: SessionEvent) {
        match event {
            SessionEvent::Opened {
                dir,
                package,
                backends,
                absent,
            } => {
                self.note(format!("opened {package} at {}", dir.display()));
                self.crate_dir = dir.clone();
                self.path_input = dir.display().to_string();
                self.package = package;
                self.backends = backends;
                self.absent = absent;
                self.phase = Phase::Building;
                self.recent.retain(|p| p != &dir);
                self.recent.insert(0, dir);
                self.recent.truncate(10);
            }
            SessionEvent::OpenFailed { message } => {
                self.note(format!("cannot open: {message}"));
                self.open_error = Some(message);
                self.phase = Phase::Failed;
            }
            SessionEvent::FilesChanged { paths } => {
                let names: Vec<String> = paths
                    .iter()
                    .map(|p| p.strip_prefix(&self.crate_dir).unwrap_or(p).display().to_string())
                    .collect();
                self.note(format!("changed: {}", names.join(", ")));
            }
            SessionEvent::BuildStarted { generation } => {
                self.generation = generation;
                self.phase = Phase::Building;
                self.routes.clear();
            }
            SessionEvent::Route {
                generation,
                route,
                state,
            } => {
                if generation != self.generation {
                    return;
                }
                let since = self.clock;
                match self.routes.iter_mut().find(|r| r.route == route) {
                    Some(r) => {
                        r.state = state;
                        r.since = since;
                    }
                    None => self.routes.push(RouteRow { route, state, since }),
                }
            }
            SessionEvent::BuildFailed { generation, failure } => {
                let first = failure
                    .diagnostics
                    .iter()
                    .find(|d| d.is_error())
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| failure.message.clone());
                self.note(format!(
                    "build {generation} failed: {}",
                    first.lines().next().unwrap_or_default()
                ));
                self.failure = Some((generation, failure));
                self.phase = Phase::Watching;
            }
            SessionEvent::Built {
                generation,
                manifest,
                unavailable,
            } => {
                self.failure = None;
                self.good_generation = generation;
                for (id, why) in &unavailable {
                    self.note(format!("{id} cannot run build {generation}: {why}"));
                }
                self.unavailable = unavailable;
                if self
                    .selected_case
                    .as_ref()
                    .is_none_or(|c| !manifest.cases.iter().any(|m| &m.name == c))
                {
                    let mut cases: Vec<_> = manifest.cases.iter().collect();
                    cases.sort_by_key(|c| (&c.file, c.line));
                    if let Some(first) = cases.first() {
                        if let Some(old) = &self.selected_case {
                            self.note(format!("case `{old}` is not in the crate any more"));
                        }
                        self.selected_case = Some(first.name.clone());
                    }
                }
                self.manifest = Some(manifest);
                self.history.push(HistoryPoint {
                    generation,
                    throughput: BTreeMap::new(),
                });
                self.phase = Phase::Running;
            }
            SessionEvent::CaseDone { generation, results } => {
                let Some(case) = results.first().map(|r| r.case.clone()) else {
                    return;
                };
                if let Some(point) = self.history.iter_mut().rev().find(|p| p.generation == generation) {
                    let per_backend = point.throughput.entry(case.clone()).or_default();
                    for r in &results {
                        if let Some(t) = throughput(r) {
                            per_backend.insert(r.backend.clone(), t);
                        }
                    }
                }
                self.results.insert(
                    case,
                    CaseEntry {
                        rows: results,
                        generation,
                    },
                );
            }
            SessionEvent::Note { message } => self.note(message),
            SessionEvent::RunFinished {
                generation,
                interrupted,
                since_change,
            } => {
                if interrupted {
                    self.note(format!("build {generation}: run interrupted by a newer save"));
                } else if let Some(d) = since_change {
                    self.note(format!(
                        "build {generation}: results {:.2} s after the save",
                        d.as_secs_f64()
                    ));
                }
                self.phase = Phase::Watching;
            }
            SessionEvent::SweepPoint { case, size, results } => {
                if self.sweep.case != case {
                    self.sweep.case = case;
                    self.sweep.points.clear();
                }
                for r in &results {
                    if let Some(t) = throughput(r) {
                        self.sweep.points.entry(r.backend.clone()).or_default().push((size, t));
                    }
                }
            }
            SessionEvent::SweepFinished { case, error } => {
                self.sweep.running = false;
                if let Some(e) = &error {
                    self.note(format!("sweep of {case} stopped: {e}"));
                }
                self.sweep.error = error;
            }
            SessionEvent::Watch { message } => self.note(message),
        }
    }

    /// Cases in source order: the newest manifest's, then any kept from
    /// earlier builds that are not in it any more.
    pub fn case_names(&self) -> Vec<String> {
        let mut names: Vec<String> = match &self.manifest {
            Some(m) => {
                let mut cases: Vec<_> = m.cases.iter().collect();
                cases.sort_by_key(|c| (&c.file, c.line));
                cases.into_iter().map(|c| c.name.clone()).collect()
            }
            None => vec![],
        };
        for k in self.results.keys() {
            if !names.contains(k) {
                names.push(k.clone());
            }
        }
        names
    }

    /// Whether `case` is in the newest good build.
    pub fn case_exists(&self, case: &str) -> bool {
        self.manifest
            .as_ref()
            .is_some_and(|m| m.cases.iter().any(|c| c.name == case))
    }

    /// Why the rows of `case` may not describe the current source, if they may not.
    pub fn staleness(&self, case: &str) -> Option<String> {
        let entry = self.results.get(case)?;
        if self.manifest.is_some() && !self.case_exists(case) {
            return Some(format!(
                "not in the crate any more (results of build {})",
                entry.generation
            ));
        }
        if entry.generation >= self.generation {
            return None;
        }
        Some(match (&self.phase, &self.failure) {
            (_, Some((g, _))) if *g == self.generation => {
                format!(
                    "stale: build {g} failed; these are the results of build {}",
                    entry.generation
                )
            }
            (Phase::Building, _) => format!("stale: rebuilding (results of build {})", entry.generation),
            (Phase::Running, _) => format!("stale: rerunning (results of build {})", entry.generation),
            _ => format!("results of build {}", entry.generation),
        })
    }

    /// The worst status of a case's rows (for the case list).
    pub fn case_status(&self, case: &str) -> Option<Status> {
        let rows = &self.results.get(case)?.rows;
        let rank = |s: Status| match s {
            Status::Match => 0,
            Status::Skipped => 1,
            Status::Mismatch => 3,
            Status::Error => 2,
            Status::Panic => 4,
            Status::Timeout => 5,
        };
        rows.iter().map(|r| r.status).max_by_key(|s| rank(*s))
    }

    /// The device of a backend id.
    pub fn backend(&self, id: &str) -> Option<&BackendInfo> {
        self.backends.iter().find(|b| b.id == id)
    }
}

/// A row's throughput: GB/s, or GFLOP/s for a case that moves no bytes.
pub fn throughput(r: &CaseResult) -> Option<f64> {
    r.gbps().or_else(|| r.gflops())
}
