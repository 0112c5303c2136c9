//! Two runs side by side: records matched by (case, size, backend, kind), with
//! the time ratio of the second run to the first.

use crate::format::{opt, sig3, size, time_utc};
use crate::id::RunId;
use crate::markdown::{cell, table};
use crate::model::{BenchRecord, BenchRun, RecordKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt::Write;

/// What identifies a measurement across runs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RecordKey {
    /// The case.
    pub case: String,
    /// The problem size.
    pub size: u64,
    /// The backend id.
    pub backend: String,
    /// Kernel, baseline or copy roof.
    pub kind: RecordKind,
}

impl RecordKey {
    /// The key of `record`.
    pub fn of(record: &BenchRecord) -> RecordKey {
        RecordKey {
            case: record.case.clone(),
            size: record.size,
            backend: record.backend.clone(),
            kind: record.kind.clone(),
        }
    }

    /// The backend with the baseline's name or `copy` after it, as in
    /// [`BenchRecord::label`].
    pub fn label(&self) -> String {
        match &self.kind {
            RecordKind::Kernel => self.backend.clone(),
            RecordKind::Baseline { name } => format!("{} ({name})", self.backend),
            RecordKind::CopyRoof => format!("{} (copy)", self.backend),
        }
    }
}

/// One side of a comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComparedRun {
    /// The run's id in the history (`None` for a run compared from memory).
    pub id: Option<RunId>,
    /// When it started (Unix seconds).
    pub started_unix: i64,
    /// The kernel crate.
    pub krate: String,
    /// The kernel crate's source hash.
    pub source_hash: String,
    /// The everygpu version.
    pub project_version: String,
}

impl ComparedRun {
    fn of(run: &BenchRun, id: Option<RunId>) -> ComparedRun {
        ComparedRun {
            id,
            started_unix: run.started_unix,
            krate: run.krate.clone(),
            source_hash: run.source_hash.clone(),
            project_version: run.project_version.clone(),
        }
    }

    fn describe(&self) -> String {
        let id = self.id.map_or_else(String::new, |id| format!("run {id}, "));
        format!(
            "{id}{}, `{}` sources `{}`, everygpu {}",
            time_utc(self.started_unix),
            cell(&self.krate),
            cell(&self.source_hash),
            cell(&self.project_version)
        )
    }
}

/// One measurement in both runs (or in one of them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComparisonRow {
    /// What was measured.
    pub key: RecordKey,
    /// The first run's status; `None` when the first run does not have it.
    pub a_status: Option<String>,
    /// The second run's status; `None` when the second run does not have it.
    pub b_status: Option<String>,
    /// The first run's median time, in ns.
    pub a_median_ns: Option<f64>,
    /// The second run's median time, in ns.
    pub b_median_ns: Option<f64>,
    /// The second run's median time over the first's: above 1 is slower.
    pub time_ratio: Option<f64>,
}

impl ComparisonRow {
    /// The change of time in percent: `+12` is 12% slower, `-8` is 8% faster.
    pub fn change_pct(&self) -> Option<f64> {
        self.time_ratio.map(|r| (r - 1.0) * 100.0)
    }

    /// The statuses as one word, or `a → b` when they differ.
    pub fn status(&self) -> String {
        match (&self.a_status, &self.b_status) {
            (Some(a), Some(b)) if a == b => a.clone(),
            (Some(a), Some(b)) => format!("{a} → {b}"),
            (Some(_), None) => "only in A".into(),
            (None, Some(_)) => "only in B".into(),
            (None, None) => "-".into(),
        }
    }
}

/// Run B against run A.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The first (older, reference) run.
    pub a: ComparedRun,
    /// The second run.
    pub b: ComparedRun,
    /// Every measurement of A in A's order, then those only B has.
    pub rows: Vec<ComparisonRow>,
}

impl Comparison {
    /// The column names of [`Comparison::table_rows`].
    pub const HEADERS: [&'static str; 7] = ["case", "size", "backend", "A ms", "B ms", "B/A time", "change"];

    /// Compares two runs in memory.
    pub fn of(a: &BenchRun, b: &BenchRun) -> Comparison {
        Comparison::with_ids(a, None, b, None)
    }

    /// Compares two runs, naming their history ids.
    pub fn with_ids(a: &BenchRun, a_id: Option<RunId>, b: &BenchRun, b_id: Option<RunId>) -> Comparison {
        // Indexes of B's records per key, taken in order so that repeated keys pair up in order.
        let mut in_b: HashMap<RecordKey, std::collections::VecDeque<usize>> = HashMap::new();
        for (i, r) in b.records.iter().enumerate() {
            in_b.entry(RecordKey::of(r)).or_default().push_back(i);
        }
        let mut used = vec![false; b.records.len()];
        let mut rows = Vec::new();
        for ra in &a.records {
            let key = RecordKey::of(ra);
            let rb = in_b.get_mut(&key).and_then(|q| q.pop_front()).map(|i| {
                used[i] = true;
                &b.records[i]
            });
            rows.push(row(key, Some(ra), rb));
        }
        for (rb, _) in b.records.iter().zip(&used).filter(|(_, used)| !**used) {
            rows.push(row(RecordKey::of(rb), None, Some(rb)));
        }
        Comparison {
            a: ComparedRun::of(a, a_id),
            b: ComparedRun::of(b, b_id),
            rows,
        }
    }

    /// The geometric mean of the time ratios of the kernels (not baselines or
    /// copies) both runs measured: one number for "did the edit help".
    pub fn kernel_time_ratio(&self) -> Option<f64> {
        let ratios: Vec<f64> = self
            .rows
            .iter()
            .filter(|r| r.key.kind == RecordKind::Kernel)
            .filter_map(|r| r.time_ratio)
            .filter(|r| *r > 0.0)
            .collect();
        (!ratios.is_empty()).then(|| (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp())
    }

    /// The rows as text cells under [`Comparison::HEADERS`], for a terminal table.
    pub fn table_rows(&self) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .map(|r| {
                // Changes below 0.05% are below any timer's resolution.
                let change = match r.change_pct() {
                    Some(c) if c >= 0.05 => format!("+{}% slower", sig3(c)),
                    Some(c) if c <= -0.05 => format!("{}% faster", sig3(-c)),
                    Some(_) => "same".into(),
                    None => r.status(),
                };
                // A timing change next to a status change is worth seeing together.
                let change = match (&r.a_status, &r.b_status) {
                    (Some(a), Some(b)) if a != b && r.time_ratio.is_some() => format!("{change} ({})", r.status()),
                    _ => change,
                };
                vec![
                    r.key.case.clone(),
                    size(r.key.size),
                    r.key.label(),
                    opt(r.a_median_ns.map(|t| t / 1e6)),
                    opt(r.b_median_ns.map(|t| t / 1e6)),
                    r.time_ratio.map_or_else(|| "-".into(), |x| format!("{x:.3}")),
                    change,
                ]
            })
            .collect()
    }

    /// The comparison as Markdown: both runs, the overall kernel ratio, the table.
    pub fn to_markdown(&self) -> String {
        let mut out = String::from("# everygpu bench: comparison\n\n");
        let _ = writeln!(out, "- A: {}", self.a.describe());
        let _ = writeln!(out, "- B: {}", self.b.describe());
        if let Some(r) = self.kernel_time_ratio() {
            let _ = writeln!(
                out,
                "- kernels, geometric mean of B/A time: {r:.3} ({})",
                if r > 1.0 {
                    "B is slower"
                } else if r < 1.0 {
                    "B is faster"
                } else {
                    "same"
                }
            );
        }
        out.push('\n');
        let rows: Vec<Vec<String>> = self
            .table_rows()
            .into_iter()
            .map(|row| row.iter().map(|c| cell(c)).collect())
            .collect();
        out.push_str(&table(
            &Comparison::HEADERS,
            &[false, false, false, true, true, true, false],
            &rows,
        ));
        out
    }
}

fn row(key: RecordKey, a: Option<&BenchRecord>, b: Option<&BenchRecord>) -> ComparisonRow {
    let a_median_ns = a.and_then(|r| r.median_ns);
    let b_median_ns = b.and_then(|r| r.median_ns);
    let time_ratio = match (a_median_ns, b_median_ns) {
        (Some(ta), Some(tb)) if ta > 0.0 => Some(tb / ta),
        _ => None,
    };
    ComparisonRow {
        key,
        a_status: a.map(|r| r.status.clone()),
        b_status: b.map(|r| r.status.clone()),
        a_median_ns,
        b_median_ns,
        time_ratio,
    }
}
