//! One row of results: a case on a backend.

use super::compare::{compare, Comparison};
use everygpu_backend::print::Prints;
use everygpu_backend::{Backend, BackendError, CasePlan, CaseRun, HostBuffer, KernelStats};
use everygpu_report::{BenchRecord, RecordKind};

/// The outcome of a case on a backend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Outputs match the reference.
    Match,
    /// Outputs differ from the reference beyond the tolerance.
    Mismatch,
    /// The reference found a data race in the case (the `cpu` row; the
    /// other rows say so in their message).
    Race,
    /// The case could not run (compile, load, launch, allocation error...).
    Error,
    /// A kernel panicked.
    Panic,
    /// A launch ran past its time limit.
    Timeout,
    /// The device lacks a feature the kernel needs (f64 on a GL adapter, a
    /// buffer larger than it can bind...): neither a match nor a failure.
    Unsupported,
    /// The backend is absent or was not asked for.
    Skipped,
}

impl Status {
    /// The word shown in tables.
    pub fn word(self) -> &'static str {
        match self {
            Status::Match => "match",
            Status::Mismatch => "mismatch",
            Status::Race => "race",
            Status::Error => "error",
            Status::Panic => "panic",
            Status::Timeout => "timeout",
            Status::Unsupported => "unsupported",
            Status::Skipped => "skipped",
        }
    }
}

/// A case on a backend.
#[derive(Clone, Debug)]
pub struct CaseResult {
    /// The case.
    pub case: String,
    /// The problem size.
    pub size: u64,
    /// The backend id.
    pub backend: String,
    /// The device name.
    pub device: String,
    /// The outcome.
    pub status: Status,
    /// Device time of each timed run, in ns.
    pub times_ns: Vec<f64>,
    /// Bytes moved per run.
    pub bytes: u64,
    /// Flops per run.
    pub flops: u64,
    /// Distance from the reference (when compared).
    pub comparison: Option<Comparison>,
    /// How long the backend took to create and compile the pipelines of the
    /// case's kernels before the run, in ms (`None` where it compiles
    /// nothing per case: CPU, CUDA). Not part of the device time, nor of the
    /// launches' time limit.
    pub compile_ms: Option<f64>,
    /// The kernels whose pipelines were created for this row; the case's
    /// other kernels reused pipelines created before for the same code.
    pub compiled: Vec<String>,
    /// What the backend's driver reports of each kernel of the case
    /// (registers, spills, occupancy...), in launch order; empty where it
    /// reports nothing.
    pub stats: Vec<KernelStats>,
    /// The threads the case's launches start per run, where known.
    pub threads: Option<u64>,
    /// What went wrong, or notes.
    pub message: String,
    /// What the case's threads printed (`gpu_println!`) in its first run
    /// (up to a panic), as lines.
    pub print_lines: Vec<String>,
    /// Print records that did not fit into a launch's print area.
    pub prints_dropped: u64,
    /// The data races the reference found in the case.
    pub races: Vec<everygpu_backend::race::Race>,
}

impl CaseResult {
    /// A row for a case that could not run at all.
    pub fn failed(case: &str, size: u64, backend: &str, device: &str, status: Status, message: String) -> CaseResult {
        CaseResult {
            case: case.into(),
            size,
            backend: backend.into(),
            device: device.into(),
            status,
            times_ns: vec![],
            bytes: 0,
            flops: 0,
            comparison: None,
            compile_ms: None,
            compiled: Vec::new(),
            stats: Vec::new(),
            threads: None,
            message,
            print_lines: Vec::new(),
            prints_dropped: 0,
            races: Vec::new(),
        }
    }

    /// A row from a backend's run, compared with `expected` when given
    /// (`None` for the reference itself).
    pub fn from_run(
        case: &str,
        size: u64,
        backend: &impl Backend,
        plan: &CasePlan,
        run: &Result<CaseRun, BackendError>,
        expected: Option<Result<&[HostBuffer], &str>>,
    ) -> CaseResult {
        let mut row = CaseResult::failed(
            case,
            size,
            backend.id(),
            &backend.device().name,
            Status::Match,
            String::new(),
        );
        row.bytes = plan.bytes;
        row.flops = plan.flops;
        match run {
            Err(e) => {
                row.status = super::status_of(e);
                row.message = e.to_string();
                if let BackendError::Panic(p) = e {
                    row.set_prints(&p.prints);
                }
            }
            Ok(r) => {
                row.times_ns = r.times_ns.clone();
                row.set_prints(&r.prints);
                match expected {
                    None => row.message = "reference".into(),
                    Some(Err(why)) => {
                        row.status = Status::Error;
                        row.message = why.to_string();
                    }
                    Some(Ok(expected)) => {
                        let c = compare(plan, expected, &r.buffers);
                        if c.mismatches > 0 {
                            row.status = Status::Mismatch;
                            row.message = describe_mismatch(&c);
                        } else if c.nans > 0 {
                            row.message = format!(
                                "{} of {} output values are NaN (as in the reference)",
                                c.nans, c.compared
                            );
                        }
                        row.comparison = Some(c);
                    }
                }
            }
        }
        row
    }

    /// Keeps what the case's threads printed, as lines.
    fn set_prints(&mut self, prints: &Prints) {
        self.print_lines = prints.lines();
        self.prints_dropped = prints.dropped;
    }

    /// Whether the case's threads printed anything (or tried to).
    pub fn printed(&self) -> bool {
        !self.print_lines.is_empty() || self.prints_dropped > 0
    }

    /// Median device time in ms.
    pub fn time_ms(&self) -> Option<f64> {
        median(&self.times_ns).map(|ns| ns / 1e6)
    }

    /// GB/s at the median time.
    pub fn gbps(&self) -> Option<f64> {
        let ns = median(&self.times_ns)?;
        (self.bytes > 0 && ns > 0.0).then(|| self.bytes as f64 / ns)
    }

    /// GFLOP/s at the median time.
    pub fn gflops(&self) -> Option<f64> {
        let ns = median(&self.times_ns)?;
        (self.flops > 0 && ns > 0.0).then(|| self.flops as f64 / ns)
    }

    /// The row as a history record of kernel `kernel` (empty when unknown):
    /// its times, status, traffic and message.
    pub fn to_record(&self, kernel: &str) -> BenchRecord {
        BenchRecord::new(&self.case, self.size, &self.backend, RecordKind::Kernel)
            .with_kernel(kernel)
            .with_times(&self.times_ns)
            .with_work(self.bytes, self.flops)
            .with_status(self.status.word())
            .with_message(self.message.replace('\n', " "))
            .with_stats(self.stats.iter().map(|k| format!("{}: {k}", k.kernel)).collect())
    }

    /// Advice where the row's kernel misses `roofs` (see [`advice`]): only
    /// for GPU backends' matching rows with a time.
    ///
    /// [`advice`]: super::advice
    pub fn advice(&self, roofs: &super::advice::Roofs) -> Vec<String> {
        // The CPU backends' threads are loop iterations: what the advice
        // says of GPU threads does not hold for them.
        let (Status::Match, false, Some(time_ns)) =
            (self.status, self.backend.starts_with("cpu"), median(&self.times_ns))
        else {
            return Vec::new();
        };
        let measured = super::advice::Measured {
            time_ns,
            bytes: self.bytes,
            flops: self.flops,
            threads: self.threads,
            stats: &self.stats,
        };
        super::advice::advise(&measured, roofs)
    }

    /// The row in the `--json` contract.
    pub fn to_json(&self) -> serde_json::Value {
        let c = self.comparison.as_ref();
        serde_json::json!({
            "case": self.case,
            "backend": self.backend,
            "device": self.device,
            "status": self.status,
            "time_ms": self.time_ms(),
            "gbps": self.gbps(),
            "gflops": self.gflops(),
            "max_abs_err": c.map(|c| c.max_abs_err),
            "max_rel_err": c.map(|c| c.max_rel_err),
            "compile_ms": self.compile_ms,
            "compiled": self.compiled,
            "stats": self.stats,
            "message": self.message,
            "prints": {
                "lines": self.print_lines,
                "dropped": self.prints_dropped,
            },
            "races": self.races,
        })
    }

    /// Adds `note` to the row's message.
    pub fn add_note(&mut self, note: &str) {
        if !self.message.is_empty() {
            self.message.push_str("; ");
        }
        self.message.push_str(note);
    }
}

fn describe_mismatch(c: &Comparison) -> String {
    match &c.first {
        Some(m) => format!(
            "{} of {} values differ; first: {}[{}]{} expected {} got {}",
            c.mismatches,
            c.compared,
            m.buffer,
            m.index,
            if m.field.is_empty() {
                String::new()
            } else {
                format!(".{}", m.field)
            },
            m.expected,
            m.actual
        ),
        None => format!("{} of {} values differ", c.mismatches, c.compared),
    }
}

/// The median of `v` (`None` when empty).
pub fn median(v: &[f64]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let m = s.len() / 2;
    Some(if s.len().is_multiple_of(2) {
        (s[m - 1] + s[m]) / 2.0
    } else {
        s[m]
    })
}
