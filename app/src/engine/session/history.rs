//! The history database on the session's thread: every run of a good build
//! stored, and the crate's newest runs read back as the throughput over
//! edits ([`EditSeries`]).

use super::{BackendInfo, SessionEvent, Worker, HISTORY_RUNS};
use everygpu_report::{BenchRun, History, RecordKind, RunId, SeriesKey};
use std::collections::BTreeMap;

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

impl Worker {
    /// Opens the history database and reports the crate's stored runs.
    pub(super) fn open_history(&mut self) {
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
    pub(super) fn store(&mut self, generation: u64, mut run: BenchRun) {
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
}

/// A session backend's device as the history describes it (no copy roof:
/// watch runs do not measure one).
pub(super) fn history_device(b: &BackendInfo) -> everygpu_report::DeviceInfo {
    let mut d = everygpu_report::DeviceInfo::new(&b.id, &b.device.name);
    d.driver = b.device.driver.clone();
    d.peak_gbps = b.device.peak_gbps;
    d.peak_gflops = b.device.peak_gflops;
    d
}

/// The kernel measurements of `krate`'s newest [`HISTORY_RUNS`] runs, per
/// case and backend; records without a time (errors, skipped backends) are left out.
fn edit_series(history: &History, krate: &str) -> everygpu_report::Result<EditSeries> {
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
