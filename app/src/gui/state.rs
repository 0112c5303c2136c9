//! Everything the window shows, as plain data: no egui, no threads.
//!
//! [`AppState::apply`] folds the session's events in; the drawing code
//! (`view`, `plots`, `code`) only reads it and returns [`Action`]s, which the
//! app applies in one place. Tests build an `AppState` by hand and render it.

use super::code::ArtifactsView;
use crate::engine::session::{BackendInfo, BuildFailure, EditPoint, EditSeries, RouteState, SessionEvent};
use crate::engine::{CaseResult, Status};
use everygpu_backend::Manifest;
use everygpu_report::RunId;
use std::collections::BTreeMap;
use std::path::PathBuf;

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

/// A stored run on the x axis of the throughput-over-edits plot.
#[derive(Clone, Debug, PartialEq)]
pub struct EditRun {
    /// Its id in the history database.
    pub run: RunId,
    /// When it started (Unix seconds).
    pub started_unix: i64,
    /// The crate's source hash it was built from.
    pub source_hash: String,
}

/// The throughput-over-edits plot of one case at one size, from the history.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EditPlot {
    /// The size plotted (`None` when nothing says which).
    pub size: Option<u64>,
    /// GB/s, or GFLOP/s where the case moves no bytes.
    pub unit: &'static str,
    /// The runs that measured the case at that size, oldest first: the
    /// first is edit 1 on the x axis.
    pub runs: Vec<EditRun>,
    /// Per backend: (edit, throughput) points, in edit order.
    pub lines: BTreeMap<String, Vec<[f64; 2]>>,
}

impl EditPlot {
    /// The run at edit `x` (1 for the first).
    pub fn run_at(&self, x: f64) -> Option<&EditRun> {
        let index = x.round();
        (index >= 1.0).then(|| self.runs.get(index as usize - 1)).flatten()
    }
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
    /// The crate's stored runs (the session reads them from the history
    /// database), per case and backend: throughput over edits.
    pub history: EditSeries,
    /// The history database, once the session has read it.
    pub history_database: Option<PathBuf>,
    /// Generated code.
    pub artifacts: ArtifactsView,
    /// The central tab.
    pub tab: Tab,
    /// Where the run stands: (cases done, cases to run, the case running).
    pub progress: Option<(usize, usize, Option<String>)>,
    /// Sizes set for single cases (the others run at their default).
    pub case_sizes: BTreeMap<String, u64>,
    /// What the third plot shows.
    pub third_plot: ThirdPlot,
}

/// What the third plot shows: the user's choice, or by default the errors
/// when an output differs from the reference and the roofline otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThirdPlot {
    /// Errors on a mismatch, else the roofline.
    #[default]
    Auto,
    /// The per-element error of mismatching outputs.
    Errors,
    /// The selected case on the roofline.
    Roofline,
}

impl ThirdPlot {
    /// The plot shown, `mismatch` telling whether an output differs.
    pub fn shown(self, mismatch: bool) -> ThirdPlot {
        match self {
            ThirdPlot::Auto if mismatch => ThirdPlot::Errors,
            ThirdPlot::Auto => ThirdPlot::Roofline,
            chosen => chosen,
        }
    }
}

const LOG_LINES: usize = 500;

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
            history: EditSeries::new(),
            history_database: None,
            artifacts: ArtifactsView::default(),
            tab: remembered.tab,
            progress: None,
            case_sizes: BTreeMap::new(),
            third_plot: ThirdPlot::Auto,
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
                self.phase = Phase::Running;
            }
            SessionEvent::CaseDone { generation, results } => {
                let Some(case) = results.first().map(|r| r.case.clone()) else {
                    return;
                };
                self.results.insert(
                    case,
                    CaseEntry {
                        rows: results,
                        generation,
                    },
                );
            }
            SessionEvent::Note { message } => self.note(message),
            SessionEvent::BuildOutput {
                generation,
                route,
                line,
            } => {
                if generation == self.generation {
                    self.note(format!("[{route}] {line}"));
                }
            }
            SessionEvent::Progress {
                generation,
                done,
                total,
                running,
            } => {
                if generation == self.generation {
                    self.progress = running.is_some().then_some((done, total, running));
                }
            }
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
            SessionEvent::History {
                stored,
                database,
                series,
            } => {
                match &stored {
                    Some(s) => self.note(format!(
                        "build {} stored as run {} (source {})",
                        s.generation,
                        s.run,
                        short_hash(&s.source_hash)
                    )),
                    None => {
                        let mut runs: Vec<RunId> = series.values().flatten().map(|p| p.run).collect();
                        runs.sort();
                        runs.dedup();
                        self.note(format!(
                            "history: {} earlier runs of {} in {}",
                            runs.len(),
                            self.package,
                            database.display()
                        ));
                    }
                }
                self.history = series;
                self.history_database = Some(database);
            }
        }
    }

    /// The throughput-over-edits plot of `case`: its stored runs at the size
    /// of its current results (else of its newest stored run), one line per backend.
    pub fn edit_plot(&self, case: &str) -> EditPlot {
        let of_case = || self.history.iter().filter(move |(k, _)| k.case == case);
        let size = self
            .results
            .get(case)
            .and_then(|e| e.rows.first())
            .map(|r| r.size)
            .or_else(|| {
                of_case()
                    .flat_map(|(_, points)| points.last())
                    .max_by_key(|p| (p.started_unix, p.run))
                    .map(|p| p.size)
            });
        let points: Vec<(&str, &EditPoint)> = of_case()
            .flat_map(|(k, points)| {
                points
                    .iter()
                    .filter(|p| Some(p.size) == size)
                    .map(|p| (k.backend.as_str(), p))
            })
            .collect();
        let moves_bytes = if points.is_empty() {
            self.results
                .get(case)
                .and_then(|e| e.rows.first())
                .is_none_or(|r| r.bytes > 0)
        } else {
            points.iter().any(|(_, p)| p.gbps.is_some())
        };
        let mut runs: Vec<EditRun> = points
            .iter()
            .map(|(_, p)| EditRun {
                run: p.run,
                started_unix: p.started_unix,
                source_hash: p.source_hash.clone(),
            })
            .collect();
        runs.sort_by_key(|r| (r.started_unix, r.run));
        runs.dedup_by_key(|r| r.run);
        let mut lines: BTreeMap<String, Vec<[f64; 2]>> = BTreeMap::new();
        for (backend, p) in points {
            let y = if moves_bytes { p.gbps } else { p.gflops };
            let (Some(y), Some(index)) = (y, runs.iter().position(|r| r.run == p.run)) else {
                continue;
            };
            lines
                .entry(backend.to_string())
                .or_default()
                .push([(index + 1) as f64, y]);
        }
        for line in lines.values_mut() {
            line.sort_by(|a, b| a[0].total_cmp(&b[0]));
        }
        EditPlot {
            size,
            unit: if moves_bytes { "GB/s" } else { "GFLOP/s" },
            runs,
            lines,
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

    /// The worst status of a case's rows (for the case list). Backends that
    /// cannot run the case (`unsupported`) or are not there (`skipped`) do
    /// not colour it unless no backend could run it at all.
    pub fn case_status(&self, case: &str) -> Option<Status> {
        let rows = &self.results.get(case)?.rows;
        let rank = |s: Status| match s {
            Status::Skipped => 0,
            Status::Unsupported => 1,
            Status::Match => 2,
            Status::Error => 3,
            Status::Mismatch => 4,
            Status::Race => 5,
            Status::Panic => 6,
            Status::Timeout => 7,
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

/// The first 8 hex digits of a source hash (all of it when shorter).
pub fn short_hash(hash: &str) -> &str {
    hash.get(..8).unwrap_or(hash)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::session::StoredRun;
    use everygpu_report::SeriesKey;

    fn key(case: &str, backend: &str) -> SeriesKey {
        SeriesKey {
            case: case.into(),
            backend: backend.into(),
        }
    }

    fn point(run: i64, hash: &str, size: u64, gbps: Option<f64>, gflops: Option<f64>) -> EditPoint {
        EditPoint {
            run: RunId(run),
            started_unix: 1_700_000_000 + run * 60,
            source_hash: hash.into(),
            size,
            status: "match".into(),
            median_ns: 1000.0,
            gbps,
            gflops,
        }
    }

    fn results(case: &str, size: u64, bytes: u64) -> SessionEvent {
        let mut row = CaseResult::failed(case, size, "cuda:0", "GPU", Status::Match, String::new());
        row.times_ns = vec![1000.0];
        row.bytes = bytes;
        row.flops = 2 * size;
        SessionEvent::CaseDone {
            generation: 1,
            results: vec![row],
        }
    }

    #[test]
    fn the_history_event_fills_the_plot_of_throughput_over_edits() {
        let mut s = AppState::new(PathBuf::from("/k"), Remembered::default());
        s.apply(results("saxpy", 1024, 12 * 1024));
        assert!(s.edit_plot("saxpy").lines.is_empty(), "no stored runs yet");

        let mut series = EditSeries::new();
        series.insert(
            key("saxpy", "cuda:0"),
            vec![
                point(1, "aaaa1111", 1024, Some(100.0), Some(1.0)),
                point(2, "bbbb2222", 1024, Some(200.0), Some(2.0)),
                point(2, "bbbb2222", 4096, Some(300.0), Some(3.0)),
                point(3, "cccc3333", 1024, Some(250.0), Some(2.5)),
            ],
        );
        series.insert(key("saxpy", "cpu"), vec![point(2, "bbbb2222", 1024, Some(5.0), None)]);
        series.insert(
            key("other", "cuda:0"),
            vec![point(4, "dddd4444", 1024, Some(9.0), None)],
        );
        s.apply(SessionEvent::History {
            stored: Some(StoredRun {
                generation: 3,
                run: RunId(3),
                source_hash: "cccc3333".into(),
            }),
            database: PathBuf::from("/tmp/history.sqlite"),
            series,
        });

        let plot = s.edit_plot("saxpy");
        assert_eq!(plot.size, Some(1024), "the size of the current results");
        assert_eq!(plot.unit, "GB/s");
        let hashes: Vec<&str> = plot.runs.iter().map(|r| r.source_hash.as_str()).collect();
        assert_eq!(
            hashes,
            ["aaaa1111", "bbbb2222", "cccc3333"],
            "one edit per run, oldest first"
        );
        assert_eq!(plot.lines["cuda:0"], vec![[1.0, 100.0], [2.0, 200.0], [3.0, 250.0]]);
        assert_eq!(
            plot.lines["cpu"],
            vec![[2.0, 5.0]],
            "a backend keeps the edit number of its run"
        );
        assert_eq!(plot.run_at(2.0).map(|r| r.run), Some(RunId(2)));
        assert!(plot.run_at(0.0).is_none() && plot.run_at(4.0).is_none());
        assert_eq!(s.history_database, Some(PathBuf::from("/tmp/history.sqlite")));
        assert!(
            s.log.last().is_some_and(|l| l.contains("stored as run #3")),
            "{:?}",
            s.log
        );

        // Another size of the current results: that size's runs only.
        s.apply(results("saxpy", 4096, 12 * 4096));
        let plot = s.edit_plot("saxpy");
        assert_eq!(plot.runs.len(), 1);
        assert_eq!(plot.lines["cuda:0"], vec![[1.0, 300.0]]);

        // A case without results yet: the size of its newest run.
        assert_eq!(s.edit_plot("other").lines["cuda:0"], vec![[1.0, 9.0]]);
    }

    #[test]
    fn a_case_that_moves_no_bytes_plots_gflops_over_edits() {
        let mut s = AppState::new(PathBuf::from("/k"), Remembered::default());
        s.apply(results("fma_chain", 64, 0));
        let mut series = EditSeries::new();
        series.insert(
            key("fma_chain", "cuda:0"),
            vec![
                point(1, "aaaa1111", 64, None, Some(40.0)),
                point(2, "bbbb2222", 64, None, Some(80.0)),
            ],
        );
        s.apply(SessionEvent::History {
            stored: None,
            database: PathBuf::from("/tmp/history.sqlite"),
            series,
        });
        let plot = s.edit_plot("fma_chain");
        assert_eq!(plot.unit, "GFLOP/s");
        assert_eq!(plot.lines["cuda:0"], vec![[1.0, 40.0], [2.0, 80.0]]);
        assert!(
            s.log.last().is_some_and(|l| l.contains("2 earlier runs")),
            "{:?}",
            s.log
        );
    }
}
