//! What a benchmark run is: the machine, the devices, one record per measured
//! (case, size, backend), and the quantities derived from them.
//!
//! Units: times in ns, traffic in bytes, work in flops. Bytes per ns are GB/s
//! and flops per ns are GFLOP/s, so the derived rates need no constants.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One `everygpu bench` run of one kernel crate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenchRun {
    /// The everygpu version that measured it.
    pub project_version: String,
    /// When the run started, in seconds since the Unix epoch.
    pub started_unix: i64,
    /// The host.
    pub machine: Machine,
    /// The kernel crate's package name.
    pub krate: String,
    /// A hash of the kernel crate's sources (hex), to tell edits apart; see
    /// [`hash_sources`].
    pub source_hash: String,
    /// The measurements, in the order they were taken.
    pub records: Vec<BenchRecord>,
    /// The devices the records name by [`BenchRecord::backend`].
    pub devices: Vec<DeviceInfo>,
    /// How the run measured, in sentences for the report (warm-up, clocks).
    /// Not kept in the history database.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// The host a run was measured on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Machine {
    /// The host name.
    pub hostname: String,
    /// The operating system, e.g. `Ubuntu 24.04.2 LTS (Linux 6.8.0)`.
    pub os: String,
    /// The CPU model.
    pub cpu: String,
    /// Logical CPU cores available to the process.
    pub cores: u32,
}

/// A device that ran records, with its roofs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceInfo {
    /// The backend id the records use: `cuda:0`, `vulkan:0`, `wgpu-vulkan:0`, `cpu`, ...
    pub backend: String,
    /// The device name.
    pub name: String,
    /// The driver (version), empty when unknown.
    pub driver: String,
    /// Theoretical memory bandwidth in GB/s.
    pub peak_gbps: Option<f64>,
    /// Theoretical f32 throughput in GFLOP/s.
    pub peak_gflops: Option<f64>,
    /// The device-to-device copy bandwidth measured in this run, in GB/s: the
    /// achievable bandwidth roof.
    pub copy_gbps: Option<f64>,
}

/// What a record measured.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RecordKind {
    /// The kernel crate's kernel.
    Kernel,
    /// A reference implementation of the same computation (the plain Rust
    /// loop, BabelStream CUDA C++, ...).
    Baseline {
        /// The baseline's name, e.g. `native` or `CUDA C++`.
        name: String,
    },
    /// A device-to-device copy of the case's bytes: the achievable bandwidth.
    CopyRoof,
}

impl RecordKind {
    /// The kind as one word (`kernel`, `baseline`, `copy_roof`), as stored in the history.
    pub fn word(&self) -> &'static str {
        match self {
            RecordKind::Kernel => "kernel",
            RecordKind::Baseline { .. } => "baseline",
            RecordKind::CopyRoof => "copy_roof",
        }
    }

    /// The baseline's name, empty for the other kinds.
    pub fn baseline_name(&self) -> &str {
        match self {
            RecordKind::Baseline { name } => name,
            _ => "",
        }
    }

    /// The kind from [`RecordKind::word`] and [`RecordKind::baseline_name`];
    /// `None` for an unknown word.
    pub fn from_word(word: &str, baseline_name: &str) -> Option<RecordKind> {
        match word {
            "kernel" => Some(RecordKind::Kernel),
            "baseline" => Some(RecordKind::Baseline {
                name: baseline_name.to_string(),
            }),
            "copy_roof" => Some(RecordKind::CopyRoof),
            _ => None,
        }
    }
}

/// One measurement: a case at a size on a backend.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenchRecord {
    /// The case name.
    pub case: String,
    /// The kernel the case launches (empty when unknown).
    pub kernel: String,
    /// The problem size.
    pub size: u64,
    /// The id of the device that ran it (a [`DeviceInfo::backend`]); for
    /// baselines too, whose name is in [`RecordKind::Baseline`].
    pub backend: String,
    /// Kernel, baseline or copy roof.
    pub kind: RecordKind,
    /// The outcome: `match`, `mismatch`, `error`, `panic`, `timeout`, `skipped`.
    pub status: String,
    /// Median time of the timed repeats, in ns.
    pub median_ns: Option<f64>,
    /// Fastest repeat, in ns.
    pub min_ns: Option<f64>,
    /// Slowest repeat, in ns.
    pub max_ns: Option<f64>,
    /// Number of timed repeats.
    pub repeat: u32,
    /// Bytes moved per run.
    pub bytes: u64,
    /// Floating-point operations per run.
    pub flops: u64,
    /// The baseline this record is compared with, e.g. `CUDA C++`.
    pub baseline: Option<String>,
    /// Throughput relative to that baseline: baseline time / this time (above 1 is faster).
    pub ratio_to_baseline: Option<f64>,
    /// What went wrong, or notes.
    pub message: String,
    /// What the backend's driver reports of the case's kernels, a line
    /// each (`sgemm: 127 registers, 0 B local, ...`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stats: Vec<String>,
    /// Why the record is far from its roof, where everygpu can tell; each
    /// line names the figures it rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub advice: Vec<String>,
}

/// The status of a record whose outputs match the reference.
pub const STATUS_MATCH: &str = "match";

impl BenchRun {
    /// A run of `krate` starting now on this machine, without records yet.
    pub fn new(
        project_version: impl Into<String>,
        krate: impl Into<String>,
        source_hash: impl Into<String>,
    ) -> BenchRun {
        BenchRun {
            project_version: project_version.into(),
            started_unix: now_unix(),
            machine: Machine::current(),
            krate: krate.into(),
            source_hash: source_hash.into(),
            records: Vec::new(),
            devices: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The device with backend id `backend`.
    pub fn device(&self, backend: &str) -> Option<&DeviceInfo> {
        self.devices.iter().find(|d| d.backend == backend)
    }

    /// The case names, in the order they first appear.
    pub fn cases(&self) -> Vec<&str> {
        let mut cases: Vec<&str> = Vec::new();
        for r in &self.records {
            if !cases.contains(&r.case.as_str()) {
                cases.push(&r.case);
            }
        }
        cases
    }

    /// The records of `case`, in order.
    pub fn records_of<'a>(&'a self, case: &'a str) -> impl Iterator<Item = &'a BenchRecord> + 'a {
        self.records.iter().filter(move |r| r.case == case)
    }

    /// The largest size `case` was measured at.
    pub fn largest_size(&self, case: &str) -> Option<u64> {
        self.records_of(case).map(|r| r.size).max()
    }

    /// The achievable bandwidth on `backend` for `size`: the copy-roof record of
    /// that backend and size when there is one, else the device's
    /// [`DeviceInfo::copy_gbps`].
    pub fn copy_roof_gbps(&self, backend: &str, size: u64) -> Option<f64> {
        self.records
            .iter()
            .filter(|r| r.kind == RecordKind::CopyRoof && r.backend == backend && r.size == size)
            .find_map(BenchRecord::gbps)
            .or_else(|| self.device(backend).and_then(|d| d.copy_gbps))
    }

    /// `record`'s bandwidth in % of [`BenchRun::copy_roof_gbps`] (`None` for
    /// the copy roofs themselves).
    pub fn pct_of_copy_roof(&self, record: &BenchRecord) -> Option<f64> {
        if record.kind == RecordKind::CopyRoof {
            return None;
        }
        let roof = self.copy_roof_gbps(&record.backend, record.size)?;
        percent(record.gbps()?, roof)
    }

    /// `record` in % of its device's theoretical peak; see [`BenchRecord::pct_of_peak`].
    pub fn pct_of_peak(&self, record: &BenchRecord) -> Option<f64> {
        record.pct_of_peak(self.device(&record.backend)?)
    }

    /// Sets each device's [`DeviceInfo::copy_gbps`] that is still unset to the
    /// best bandwidth among its copy-roof records.
    pub fn fill_copy_roofs(&mut self) {
        for d in &mut self.devices {
            if d.copy_gbps.is_some() {
                continue;
            }
            d.copy_gbps = self
                .records
                .iter()
                .filter(|r| r.kind == RecordKind::CopyRoof && r.backend == d.backend)
                .filter_map(BenchRecord::gbps)
                .max_by(f64::total_cmp);
        }
    }
}

impl Machine {
    /// This machine, as far as the OS tells (fields it cannot find are `unknown`).
    pub fn current() -> Machine {
        let read = |path: &str| std::fs::read_to_string(path).ok().map(|s| s.trim().to_string());
        let hostname = read("/proc/sys/kernel/hostname")
            .or_else(|| read("/etc/hostname"))
            .or_else(|| std::env::var("HOSTNAME").ok())
            .or_else(|| std::env::var("COMPUTERNAME").ok())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "unknown".into());
        let distro = read("/etc/os-release").and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|v| v.trim_matches('"').to_string())
        });
        let kernel = read("/proc/sys/kernel/osrelease");
        let os = match (distro, kernel) {
            (Some(d), Some(k)) => format!("{d} ({} {k})", capitalized(std::env::consts::OS)),
            (Some(d), None) => d,
            (None, Some(k)) => format!("{} {k}", capitalized(std::env::consts::OS)),
            (None, None) => capitalized(std::env::consts::OS),
        };
        let cpu = read("/proc/cpuinfo")
            .and_then(|text| {
                text.lines().find_map(|l| {
                    let (key, value) = l.split_once(':')?;
                    matches!(key.trim(), "model name" | "Model" | "Hardware" | "cpu model")
                        .then(|| value.trim().to_string())
                })
            })
            .unwrap_or_else(|| std::env::consts::ARCH.to_string());
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get() as u32);
        Machine {
            hostname,
            os,
            cpu,
            cores,
        }
    }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl DeviceInfo {
    /// A device with unknown driver and roofs.
    pub fn new(backend: impl Into<String>, name: impl Into<String>) -> DeviceInfo {
        DeviceInfo {
            backend: backend.into(),
            name: name.into(),
            ..DeviceInfo::default()
        }
    }

    /// The attainable GFLOP/s at arithmetic intensity `ai` (FLOP/byte) under the
    /// measured copy roof and the theoretical compute peak (the roofline);
    /// `None` when neither roof is known.
    pub fn attainable_gflops(&self, ai: f64) -> Option<f64> {
        match (self.copy_gbps.map(|b| b * ai), self.peak_gflops) {
            (Some(bw), Some(peak)) => Some(bw.min(peak)),
            (bw, peak) => bw.or(peak),
        }
    }
}

impl BenchRecord {
    /// A record of `case` at `size` on `backend` with status `match` and no
    /// times yet; fill it with the `with_*` methods or the public fields.
    pub fn new(case: impl Into<String>, size: u64, backend: impl Into<String>, kind: RecordKind) -> BenchRecord {
        BenchRecord {
            case: case.into(),
            kernel: String::new(),
            size,
            backend: backend.into(),
            kind,
            status: STATUS_MATCH.into(),
            median_ns: None,
            min_ns: None,
            max_ns: None,
            repeat: 0,
            bytes: 0,
            flops: 0,
            baseline: None,
            ratio_to_baseline: None,
            message: String::new(),
            stats: Vec::new(),
            advice: Vec::new(),
        }
    }

    /// Sets median, min, max and repeat from the timed repeats (ns); non-finite
    /// times are ignored.
    pub fn with_times(mut self, times_ns: &[f64]) -> BenchRecord {
        let mut t: Vec<f64> = times_ns.iter().copied().filter(|t| t.is_finite()).collect();
        t.sort_by(f64::total_cmp);
        self.repeat = t.len() as u32;
        self.min_ns = t.first().copied();
        self.max_ns = t.last().copied();
        self.median_ns = match t.len() {
            0 => None,
            n if n % 2 == 0 => Some((t[n / 2 - 1] + t[n / 2]) / 2.0),
            n => Some(t[n / 2]),
        };
        self
    }

    /// Sets the bytes moved and flops per run.
    pub fn with_work(mut self, bytes: u64, flops: u64) -> BenchRecord {
        self.bytes = bytes;
        self.flops = flops;
        self
    }

    /// Sets the status word (`match`, `mismatch`, `error`, ...).
    pub fn with_status(mut self, status: impl Into<String>) -> BenchRecord {
        self.status = status.into();
        self
    }

    /// Sets the baseline and the throughput ratio to it (baseline time / this time).
    pub fn with_baseline(mut self, name: impl Into<String>, ratio: f64) -> BenchRecord {
        self.baseline = Some(name.into());
        self.ratio_to_baseline = Some(ratio);
        self
    }

    /// Sets the kernel name.
    pub fn with_kernel(mut self, kernel: impl Into<String>) -> BenchRecord {
        self.kernel = kernel.into();
        self
    }

    /// Sets the message.
    pub fn with_message(mut self, message: impl Into<String>) -> BenchRecord {
        self.message = message.into();
        self
    }

    /// Sets the lines of kernel statistics.
    pub fn with_stats(mut self, stats: Vec<String>) -> BenchRecord {
        self.stats = stats;
        self
    }

    /// Whether the outputs matched the reference.
    pub fn matched(&self) -> bool {
        self.status == STATUS_MATCH
    }

    /// The row's name in tables and legends: the backend, with the baseline's
    /// name or `copy` after it for the other kinds.
    pub fn label(&self) -> String {
        match &self.kind {
            RecordKind::Kernel => self.backend.clone(),
            RecordKind::Baseline { name } => format!("{} ({name})", self.backend),
            RecordKind::CopyRoof => format!("{} (copy)", self.backend),
        }
    }

    /// Median time in ms.
    pub fn median_ms(&self) -> Option<f64> {
        self.median_ns.map(|ns| ns / 1e6)
    }

    /// GB/s at the median time.
    pub fn gbps(&self) -> Option<f64> {
        rate(self.bytes, self.median_ns?)
    }

    /// GFLOP/s at the median time.
    pub fn gflops(&self) -> Option<f64> {
        rate(self.flops, self.median_ns?)
    }

    /// FLOP per byte moved; `None` when no bytes are moved.
    pub fn arithmetic_intensity(&self) -> Option<f64> {
        (self.bytes > 0).then(|| self.flops as f64 / self.bytes as f64)
    }

    /// Bandwidth in % of `device`'s measured copy roof.
    pub fn pct_of_copy_roof(&self, device: &DeviceInfo) -> Option<f64> {
        percent(self.gbps()?, device.copy_gbps?)
    }

    /// Percent of `device`'s nearer theoretical roof: the larger of bandwidth /
    /// peak bandwidth and GFLOP/s / peak GFLOP/s, i.e. the achieved GFLOP/s over
    /// the theoretical roofline at this record's arithmetic intensity.
    pub fn pct_of_peak(&self, device: &DeviceInfo) -> Option<f64> {
        let memory = self.gbps().zip(device.peak_gbps).and_then(|(a, p)| percent(a, p));
        let compute = self.gflops().zip(device.peak_gflops).and_then(|(a, p)| percent(a, p));
        match (memory, compute) {
            (Some(m), Some(c)) => Some(m.max(c)),
            (m, c) => m.or(c),
        }
    }
}

fn rate(amount: u64, ns: f64) -> Option<f64> {
    (amount > 0 && ns > 0.0).then(|| amount as f64 / ns)
}

fn percent(achieved: f64, roof: f64) -> Option<f64> {
    (roof > 0.0).then(|| 100.0 * achieved / roof)
}

/// Seconds since the Unix epoch (0 if the clock is before it).
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A hash (16 hex digits, FNV-1a 64) of the files of a kernel crate: every
/// regular file under `crate_dir` with its relative path, in path order,
/// skipping `target` directories and hidden files and directories. It tells
/// edits apart; it is not a cryptographic hash.
pub fn hash_sources(crate_dir: &Path) -> Result<String> {
    let mut files = Vec::new();
    collect_files(crate_dir, crate_dir, &mut files)?;
    files.sort();
    let mut hash = Fnv1a::default();
    for rel in files {
        let path = crate_dir.join(&rel);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        hash.write(rel.to_string_lossy().replace('\\', "/").as_bytes());
        hash.write(&[0]);
        hash.write(&(bytes.len() as u64).to_le_bytes());
        hash.write(&bytes);
    }
    Ok(format!("{:016x}", hash.0))
}

fn collect_files(root: &Path, dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if kind.is_dir() {
            if name != "target" {
                collect_files(root, &path, out)?;
            }
        } else if kind.is_file() {
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_path_buf());
            }
        }
    }
    Ok(())
}

/// FNV-1a, 64 bits: stable across Rust versions, unlike `DefaultHasher`.
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
