//! `everygpu bench`: size sweeps with warm-up and device-timed repeats, on
//! every backend beside baselines measured in the same run (the plain Rust
//! loop on the CPU, BabelStream CUDA C++ and cuBLAS (SGEMM, f16/bf16 GemmEx) on CUDA devices,
//! hand-written WGSL on shader backends) and each device's achievable copy
//! roof; then reports (markdown, JSON, PNG) and the run in the history
//! database.

use super::run::{check_size, prepare};
use super::table::{num, render};
use super::Selection;
use crate::engine::worker::{LoadRequest, WorkerBackend};
use crate::engine::{BuiltCase, CaseResult, Engine};
use anyhow::Context;
use everygpu_backend::{Backend, CaseRun, Route, RunOptions};
use everygpu_report::{BenchRecord, BenchRun, DeviceInfo, History, RecordKind};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// What `bench` measures besides the selection.
#[derive(Clone, Debug)]
pub struct BenchArgs {
    /// Untimed runs before the timed ones.
    pub warmup: u32,
    /// Minimum warm-up time, in milliseconds.
    pub warmup_ms: u64,
    /// Timed runs.
    pub repeat: u32,
    /// Problem sizes to sweep (the selection's `--size`, or each case's own, when `None`).
    pub sizes: Option<Sizes>,
    /// Write markdown, JSON and PNG plots into this folder.
    pub report: Option<PathBuf>,
    /// The report files' stem (`<crate>-<device>` when `None`).
    pub report_name: Option<String>,
    /// Do not store the run in the history database.
    pub no_history: bool,
    /// Folder of hand-written WGSL baselines (`<kernel>.wgsl`); the built-in
    /// BabelStream ones when `None`.
    pub wgsl: Option<PathBuf>,
    /// Do not hold a CUDA context open during the run.
    pub no_clock_hold: bool,
}

/// Bytes per buffer of the copy-roof measurement (halved until a device takes it).
const ROOF_BYTES: u64 = 256 << 20;

/// The problem sizes of `--sizes`, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Sizes(pub Vec<u64>);

/// [`parse_sizes`] for clap.
pub fn parse_size_list(text: &str) -> Result<Sizes, String> {
    parse_sizes(text).map(Sizes)
}

/// Parses `--sizes`: comma-separated terms, each a number (`4096`), a power
/// of two (`2^12`) or a range of powers of two (`2^10..2^28`, every power in
/// between; `2^10..2^28:2` every second one).
pub fn parse_sizes(text: &str) -> Result<Vec<u64>, String> {
    fn one(t: &str) -> Result<u64, String> {
        let t = t.trim();
        let value = match t.split_once('^') {
            Some((base, exp)) => {
                let base: u64 = base.trim().parse().map_err(|_| format!("`{t}`: not a number"))?;
                let exp: u32 = exp.trim().parse().map_err(|_| format!("`{t}`: not an exponent"))?;
                base.checked_pow(exp).ok_or_else(|| format!("`{t}` is too large"))?
            }
            None => t.parse().map_err(|_| format!("`{t}`: not a size"))?,
        };
        if value == 0 {
            return Err("sizes must be at least 1".into());
        }
        Ok(value)
    }
    let mut sizes = Vec::new();
    for term in text.split(',').filter(|t| !t.trim().is_empty()) {
        match term.split_once("..") {
            None => sizes.push(one(term)?),
            Some((from, to)) => {
                let (to, step) = match to.split_once(':') {
                    Some((to, step)) => (
                        to,
                        step.trim()
                            .parse::<u32>()
                            .ok()
                            .filter(|s| *s > 0)
                            .ok_or_else(|| format!("`{term}`: the step must be a positive exponent"))?,
                    ),
                    None => (to, 1),
                };
                let (from, to) = (one(from)?, one(to)?);
                if !from.is_power_of_two() || !to.is_power_of_two() || from > to {
                    return Err(format!("`{term}`: a range goes from a power of two up to another"));
                }
                let mut e = from.trailing_zeros();
                while e <= to.trailing_zeros() {
                    sizes.push(1u64 << e);
                    e += step;
                }
            }
        }
    }
    if sizes.is_empty() {
        return Err("no sizes given".into());
    }
    Ok(sizes)
}

/// The `bench` subcommand.
pub fn bench(sel: &Selection, args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let sizes: Vec<Option<u64>> = match &args.sizes {
        Some(Sizes(sizes)) => sizes.iter().map(|&s| Some(s)).collect(),
        None => vec![sel.size],
    };
    for s in &sizes {
        check_size(*s)?;
    }
    let (mut engine, cases) = prepare(sel)?;
    let options = RunOptions {
        warmup: args.warmup,
        warmup_time: Duration::from_millis(args.warmup_ms),
        repeat: args.repeat.max(1),
    };
    let timeout = Duration::from_millis(sel.timeout_ms);
    let krate = match engine.krate.package.as_str() {
        "" => engine.krate.dir.display().to_string(),
        name => name.to_string(),
    };
    let source_hash = everygpu_report::hash_sources(&engine.krate.dir).unwrap_or_default();
    let mut run = BenchRun::new(env!("CARGO_PKG_VERSION"), krate, source_hash);
    run.notes.push(format!(
        "Each case: {} warm-up run(s) and at least {} ms of warm-up, then {} timed runs; inputs are uploaded once.",
        options.warmup, args.warmup_ms, options.repeat
    ));
    // Held for the whole run (see `ClockHold`): NVIDIA GPUs driven only
    // through Vulkan otherwise measure at idle clocks.
    let _clocks = if args.no_clock_hold {
        run.notes.push(
            "No CUDA context was held open (`--no-clock-hold`): GPUs may have run below their compute clocks.".into(),
        );
        None
    } else {
        match everygpu_backend_cuda::ClockHold::new() {
            Ok(hold) => {
                run.notes.push(format!(
                    "A CUDA context was held open on {} device(s) for the whole run, which keeps NVIDIA GPUs at their compute clocks for every backend.",
                    hold.devices()
                ));
                Some(hold)
            }
            Err(_) => None,
        }
    };
    run.devices = devices(&mut engine);
    let mut cuda_cpp = CudaCppBaseline::new(timeout);
    let mut cublas = CublasBaseline::new(timeout);
    let mut wgsl = WgslBaseline::new(timeout, args.wgsl.clone())?;
    for &c in &cases {
        for &size in &sizes {
            let built = match engine.build_case(c, size) {
                Ok(b) => b,
                Err(rows) => {
                    run.records.extend(rows.iter().map(|r| r.to_record("")));
                    continue;
                }
            };
            let rows = bench_case(&mut engine, &built, &options, &mut cuda_cpp, &mut cublas, &mut wgsl);
            if !sel.json && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                for r in &rows {
                    eprintln!("{:<16} {:>10} {:<28} {}", r.case, r.size, r.label(), r.status);
                }
            }
            run.records.extend(rows);
        }
    }
    print(&run, sel.json);
    // Stored before the reports are written: a report that cannot be
    // written loses no run.
    let mut stored = true;
    if !args.no_history {
        let store = || -> anyhow::Result<(everygpu_report::RunId, std::path::PathBuf)> {
            let path = History::default_path()?;
            let mut h = History::open(&path).with_context(|| format!("opening {}", path.display()))?;
            let id = h.insert(&run).with_context(|| format!("writing {}", path.display()))?;
            Ok((id, path))
        };
        match store() {
            Ok((id, path)) => eprintln!("stored as run {id} in {}", path.display()),
            Err(e) => {
                // The results are on screen already; the exit code says the
                // run was not kept.
                // (The database's errors carry their cause in their text.)
                let why: Vec<String> = e.chain().take(2).map(|c| c.to_string()).collect();
                eprintln!(
                    "error: the run was not stored in the history: {} (--no-history runs without it)",
                    why.join(": ")
                );
                stored = false;
            }
        }
    }
    if let Some(dir) = &args.report {
        let stem = report_stem(&run, args.report_name.as_deref());
        let files = everygpu_report::write_report(&run, dir, &stem)?;
        for f in files.all() {
            eprintln!("wrote {}", f.display());
        }
    }
    let ok = run
        .records
        .iter()
        .all(|r| r.matched() || r.status == "skipped" || r.status == "unsupported");
    Ok(if ok && stored {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Each backend's device with its theoretical peaks and the copy roof measured now.
fn devices(engine: &mut Engine) -> Vec<DeviceInfo> {
    let mut out: Vec<DeviceInfo> = Vec::new();
    for b in engine.backends.iter_mut() {
        let info = b.device().clone();
        let mut d = DeviceInfo::new(b.id(), &info.name);
        d.driver = info.driver.clone();
        d.peak_gbps = info.peak_gbps;
        d.peak_gflops = info.peak_gflops;
        let mut bytes = ROOF_BYTES;
        let start = Instant::now();
        while d.copy_gbps.is_none() && bytes >= 16 << 20 {
            d.copy_gbps = b.measure_copy_gbps(bytes);
            bytes /= 2;
        }
        crate::engine::trace(format_args!("{}: copy roof", b.id()), start);
        out.push(d);
    }
    // A device reached through several APIs has one set of peaks: Vulkan does
    // not report them, CUDA does, also when no CUDA backend was selected.
    let cuda = everygpu_backend_cuda::enumerate();
    let known: Vec<(String, Option<f64>, Option<f64>)> = out
        .iter()
        .map(|d| (d.name.clone(), d.peak_gbps, d.peak_gflops))
        .chain(cuda.backends.iter().map(|b| {
            let info = b.device();
            (info.name.clone(), info.peak_gbps, info.peak_gflops)
        }))
        .filter(|(_, gbps, gflops)| gbps.is_some() || gflops.is_some())
        .collect();
    for d in &mut out {
        if let Some((_, gbps, gflops)) = known.iter().find(|(name, ..)| *name == d.name) {
            d.peak_gbps = d.peak_gbps.or(*gbps);
            d.peak_gflops = d.peak_gflops.or(*gflops);
        }
    }
    out
}

/// Runs one built case on every backend and its baselines; returns the records.
fn bench_case(
    engine: &mut Engine,
    built: &BuiltCase,
    options: &RunOptions,
    cuda_cpp: &mut CudaCppBaseline,
    cublas: &mut CublasBaseline,
    wgsl: &mut WgslBaseline,
) -> Vec<BenchRecord> {
    let kernel = built
        .plan
        .launches
        .first()
        .map(|l| l.kernel.clone())
        .unwrap_or_default();
    let results = engine.run_built(built, options);
    let Some(first) = results.first() else {
        return Vec::new();
    };
    let case_name = first.case.clone();
    let mut records = Vec::new();
    // The native baselines: the same computation as a plain Rust loop, and
    // as the loop on rayon, timed in the reference worker (it is the crate's
    // own code), each when a CPU backend runs to be compared with it.
    let cpu_runs = |id: &str| results.iter().any(|r| r.backend == id);
    let mut native_baseline = |parallel: bool, backend: &str, name: &str, message: &str| {
        if !cpu_runs(backend) {
            return None;
        }
        let start = Instant::now();
        let times = engine.run_native(built, options, parallel);
        crate::engine::trace(format_args!("{case_name} {}: {name}", built.size), start);
        times.map(|times| {
            BenchRecord::new(
                &case_name,
                built.size,
                backend,
                RecordKind::Baseline { name: name.into() },
            )
            .with_kernel(&kernel)
            .with_times(&times)
            .with_work(built.plan.bytes, built.plan.flops)
            .with_message(message)
        })
    };
    let native = native_baseline(false, "cpu", "native", "plain Rust loop");
    let rayon = native_baseline(true, "cpu-mt", "rayon", "plain Rust loop on rayon");
    // Baselines on each device, keyed by backend id.
    let mut baselines: BTreeMap<String, BenchRecord> = BTreeMap::new();
    for r in &results {
        let Some(backend) = engine.backends.iter().find(|b| b.id() == r.backend) else {
            continue;
        };
        let start = Instant::now();
        let rec = match backend.route() {
            Route::Nvptx => cuda_cpp
                .run(engine, &r.backend, built, &case_name, &kernel, options)
                .or_else(|| cublas.run(engine, &r.backend, built, &case_name, options)),
            Route::Wasm => wgsl.run(engine, &r.backend, built, &case_name, &kernel, options),
            Route::Cpu => None,
        };
        crate::engine::trace(
            format_args!("{case_name} {}: {} baseline", built.size, r.backend),
            start,
        );
        if let Some(rec) = rec {
            baselines.insert(r.backend.clone(), rec);
        }
    }
    records.extend(native.iter().chain(&rayon).cloned());
    for r in &results {
        let mut rec = r.to_record(&kernel);
        let baseline = match r.backend.as_str() {
            "cpu" => native.as_ref(),
            "cpu-mt" => rayon.as_ref(),
            b => baselines.get(b),
        };
        if let (Some(base), Some(t)) = (baseline.filter(|b| b.matched()), rec.median_ns.filter(|t| *t > 0.0)) {
            if let Some(bt) = base.median_ns {
                rec = rec.with_baseline(base.kind.baseline_name(), bt / t);
            }
        }
        if let Some(base) = baselines.remove(&r.backend) {
            records.push(base);
        }
        records.push(rec);
    }
    records
}

/// A baseline's run judged like any backend's: against the reference's outputs.
fn judged(
    engine: &Engine,
    mut rec: BenchRecord,
    backend: &WorkerBackend,
    plan: &everygpu_backend::CasePlan,
    run: Result<CaseRun, everygpu_backend::BackendError>,
) -> BenchRecord {
    let expected = engine.last_reference();
    let row = CaseResult::from_run(&rec.case, rec.size, backend, plan, &run, Some(expected));
    rec = rec
        .with_times(&row.times_ns)
        .with_status(row.status.word())
        .with_work(plan.bytes, plan.flops);
    if !row.message.is_empty() {
        rec = rec.with_message(row.message.replace('\n', " "));
    }
    rec
}

/// The file stem of a report: `name` if given, else the crate and the first
/// device's name; lower-case letters, digits and single dashes.
fn report_stem(run: &BenchRun, name: Option<&str>) -> String {
    let text = match name {
        Some(n) => n.to_string(),
        None => {
            let device = run
                .devices
                .iter()
                .find(|d| !d.backend.starts_with("cpu"))
                .or(run.devices.first())
                .map(|d| d.name.clone())
                .unwrap_or_else(|| "cpu".into());
            format!("{}-{device}", run.krate)
        }
    };
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Prints the records as a table, or as the JSON contract.
fn print(run: &BenchRun, json: bool) {
    if json {
        let results: Vec<serde_json::Value> = run
            .records
            .iter()
            .map(|r| {
                let mut v = serde_json::to_value(r).unwrap_or_default();
                v["label"] = r.label().into();
                v["median_ms"] = r.median_ms().into();
                v["min_ms"] = r.min_ns.map(|t| t / 1e6).into();
                v["max_ms"] = r.max_ns.map(|t| t / 1e6).into();
                v["gbps"] = r.gbps().into();
                v["gflops"] = r.gflops().into();
                v["pct_of_copy_roof"] = run.pct_of_copy_roof(r).into();
                v["pct_of_peak"] = run.pct_of_peak(r).into();
                v
            })
            .collect();
        println!(
            "{}",
            serde_json::json!({ "devices": run.devices, "machine": run.machine, "results": results })
        );
        return;
    }
    let devices: Vec<Vec<String>> = run
        .devices
        .iter()
        .map(|d| {
            vec![
                d.backend.clone(),
                d.name.clone(),
                num(d.copy_gbps),
                num(d.peak_gbps),
                num(d.peak_gflops),
            ]
        })
        .collect();
    println!(
        "{}\n",
        render(
            &["backend", "device", "copy roof GB/s", "peak GB/s", "peak GFLOP/s"],
            &devices
        )
    );
    let table: Vec<Vec<String>> = run
        .records
        .iter()
        .map(|r| {
            vec![
                r.case.clone(),
                r.size.to_string(),
                r.label(),
                r.status.clone(),
                num(r.median_ms()),
                num(r.min_ns.map(|t| t / 1e6)),
                num(r.max_ns.map(|t| t / 1e6)),
                num(r.gbps()),
                num(r.gflops()),
                num(run.pct_of_copy_roof(r)),
                num(run.pct_of_peak(r)),
                match (&r.baseline, r.ratio_to_baseline) {
                    (Some(n), Some(x)) => format!("{x:.2}× {n}"),
                    _ => "-".into(),
                },
                r.message.clone(),
            ]
        })
        .collect();
    println!(
        "{}",
        render(
            &[
                "case",
                "size",
                "backend",
                "status",
                "median ms",
                "min ms",
                "max ms",
                "GB/s",
                "GFLOP/s",
                "% roof",
                "% peak",
                "vs baseline",
                "message"
            ],
            &table
        )
    );
}

/// A baseline's workers: one per backend id, started and loaded on first
/// use; or why there is none.
struct Workers {
    timeout: Duration,
    by_id: BTreeMap<String, Result<WorkerBackend, String>>,
}

impl Workers {
    fn new(timeout: Duration) -> Self {
        Workers {
            timeout,
            by_id: BTreeMap::new(),
        }
    }

    /// The worker of backend `id`; on first use it is started and `load` loads the baseline into it.
    fn get(
        &mut self,
        id: &str,
        load: impl FnOnce(&mut WorkerBackend) -> Result<(), String>,
    ) -> Result<&mut WorkerBackend, String> {
        let timeout = self.timeout;
        let entry = self.by_id.entry(id.to_string()).or_insert_with(|| {
            let mut w = WorkerBackend::start(id, timeout).map_err(|e| e.to_string())?;
            load(&mut w)?;
            Ok(w)
        });
        entry.as_mut().map_err(|e| e.clone())
    }
}

/// A baseline's record: `skipped` with the reason when it has no worker,
/// else its run of `plan`, judged against the reference.
fn baseline_record(
    engine: &Engine,
    rec: BenchRecord,
    worker: Result<&mut WorkerBackend, String>,
    plan: &everygpu_backend::CasePlan,
    built: &BuiltCase,
    options: &RunOptions,
) -> BenchRecord {
    match worker {
        Err(e) => {
            let why = format!("no {} baseline: {e}", rec.kind.baseline_name());
            rec.with_status("skipped").with_message(why)
        }
        Ok(w) => {
            let run = w.run(plan, &built.inputs, options);
            judged(engine, rec, w, plan, run)
        }
    }
}

/// BabelStream in CUDA C++ (`backends/cuda/baseline`), built with nvcc for each
/// CUDA device and run in a worker of its own beside the Rust kernels.
struct CudaCppBaseline {
    workers: Workers,
}

impl CudaCppBaseline {
    fn new(timeout: Duration) -> Self {
        CudaCppBaseline {
            workers: Workers::new(timeout),
        }
    }

    /// Builds the baseline for the device's `sm_XX` with nvcc and loads it.
    fn load(engine: &Engine, id: &str, w: &mut WorkerBackend) -> Result<(), String> {
        use everygpu_backend_cuda::baseline;
        let arch = engine
            .backends
            .iter()
            .find(|b| b.id() == id)
            .and_then(|b| {
                b.device()
                    .details
                    .iter()
                    .find(|(k, _)| k == "arch")
                    .map(|(_, v)| v.clone())
            })
            .ok_or("no arch")?;
        let nvcc = baseline::find_nvcc().map_err(|e| e.to_string())?;
        let ptx = baseline::babelstream_baseline_ptx(&nvcc, &arch).map_err(|e| e.to_string())?;
        let path = everygpu_backend::process::temp_path(&format!("babelstream-{arch}.ptx"));
        std::fs::write(&path, ptx).map_err(|e| e.to_string())?;
        let loaded = w.load_request(
            LoadRequest::Ptx {
                path: path.clone(),
                arch,
            },
            &baseline::babelstream_manifest(),
        );
        let _ = std::fs::remove_file(&path);
        loaded.map_err(|e| e.to_string())
    }

    /// Runs the case on the baseline; `None` when the kernel has no CUDA C++ twin.
    fn run(
        &mut self,
        engine: &Engine,
        id: &str,
        built: &BuiltCase,
        case: &str,
        kernel: &str,
        options: &RunOptions,
    ) -> Option<BenchRecord> {
        let plan = everygpu_backend_cuda::baseline::babelstream_baseline_plan(&built.plan)?;
        let rec = BenchRecord::new(
            case,
            built.size,
            id,
            RecordKind::Baseline {
                name: "CUDA C++".into(),
            },
        )
        .with_kernel(format!("cuda_{kernel}"))
        .with_work(plan.bytes, plan.flops);
        let worker = self.workers.get(id, |w| Self::load(engine, id, w));
        match worker {
            // Its dot reduces over 1024-thread blocks: its partial sums differ from the
            // Rust kernel's, so only the streaming kernels are judged element by element.
            Ok(w) if kernel.starts_with("dot_") => Some(match w.run(&plan, &built.inputs, options) {
                Ok(r) => rec
                    .with_times(&r.times_ns)
                    .with_message("partial sums over 1024-thread blocks"),
                Err(e) => rec
                    .with_status(crate::engine::status_of(&e).word())
                    .with_message(e.to_string()),
            }),
            worker => Some(baseline_record(engine, rec, worker, &plan, built, options)),
        }
    }
}

/// cuBLAS (`cublasSgemm`) for the kernels that have a twin there, run in a
/// worker of its own on each CUDA device with the case's buffers and inputs.
struct CublasBaseline {
    workers: Workers,
}

impl CublasBaseline {
    fn new(timeout: Duration) -> Self {
        CublasBaseline {
            workers: Workers::new(timeout),
        }
    }

    /// Runs the case on cuBLAS; `None` when the kernel has no cuBLAS twin.
    fn run(
        &mut self,
        engine: &Engine,
        id: &str,
        built: &BuiltCase,
        case: &str,
        options: &RunOptions,
    ) -> Option<BenchRecord> {
        let plan = everygpu_backend_cuda::cublas::cublas_baseline_plan(&built.plan)?;
        let routine = plan.launches.first().map(|l| l.kernel.clone()).unwrap_or_default();
        let rec = BenchRecord::new(case, built.size, id, RecordKind::Baseline { name: "cuBLAS".into() })
            .with_kernel(routine)
            .with_work(plan.bytes, plan.flops);
        let worker = self.workers.get(id, |w| {
            w.load_request(LoadRequest::Cublas, &everygpu_backend::Manifest::default())
                .map_err(|e| e.to_string())
        });
        Some(baseline_record(engine, rec, worker, &plan, built, options))
    }
}

/// Hand-written WGSL (`backends/wgpu/baseline`, or the user's folder), run on
/// each shader backend in a worker of its own, with the Rust kernel's own
/// plan and inputs.
struct WgslBaseline {
    workers: Workers,
    /// The folder the workers load.
    dir: PathBuf,
    /// The kernels it holds a `.wgsl` file for.
    kernels: Vec<String>,
    /// Whether `dir` is ours to remove.
    owned: bool,
}

impl WgslBaseline {
    /// The user's folder, or the built-in kernels written to a temporary one.
    fn new(timeout: Duration, user: Option<PathBuf>) -> anyhow::Result<Self> {
        let owned = user.is_none();
        let dir = match user {
            Some(d) => d,
            None => {
                let d = everygpu_backend::process::temp_path("wgsl-baseline");
                everygpu_backend_wgpu::baseline::write_babelstream_wgsl(&d)
                    .map_err(|e| anyhow::anyhow!("writing the WGSL baselines to {}: {e}", d.display()))?;
                d
            }
        };
        let entries = std::fs::read_dir(&dir).map_err(|e| anyhow::anyhow!("WGSL baselines {}: {e}", dir.display()))?;
        let mut kernels: Vec<String> = entries
            .filter_map(|e| {
                let path = e.ok()?.path();
                (path.extension()? == "wgsl").then(|| path.file_stem()?.to_str().map(str::to_string))?
            })
            .collect();
        kernels.sort();
        if kernels.is_empty() {
            anyhow::bail!("WGSL baselines {}: no `<kernel>.wgsl` file", dir.display());
        }
        Ok(WgslBaseline {
            workers: Workers::new(timeout),
            dir,
            kernels,
            owned,
        })
    }

    /// Loads the WGSL files into backend `id`'s worker (once).
    fn worker(&mut self, engine: &Engine, id: &str) -> Result<&mut WorkerBackend, String> {
        let dir = self.dir.clone();
        let manifest = engine.manifest().cloned().ok_or("the crate has not been built")?;
        self.workers.get(id, |w| {
            w.load_request(LoadRequest::Wgsl { dir }, &manifest)
                .map_err(|e| e.to_string())
        })
    }

    /// Runs the case on the baseline; `None` when the kernel has no WGSL twin.
    fn run(
        &mut self,
        engine: &Engine,
        id: &str,
        built: &BuiltCase,
        case: &str,
        kernel: &str,
        options: &RunOptions,
    ) -> Option<BenchRecord> {
        if built.plan.launches.len() != 1 || !self.kernels.iter().any(|k| k == kernel) {
            return None;
        }
        let rec = BenchRecord::new(case, built.size, id, RecordKind::Baseline { name: "WGSL".into() })
            .with_kernel(kernel)
            .with_work(built.plan.bytes, built.plan.flops);
        let worker = self.worker(engine, id);
        Some(baseline_record(engine, rec, worker, &built.plan, built, options))
    }
}

impl Drop for WgslBaseline {
    fn drop(&mut self) {
        if self.owned {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_sizes, report_stem};
    use everygpu_report::{BenchRun, DeviceInfo};

    #[test]
    fn report_stems_come_from_the_name_or_the_crate_and_device() {
        let mut run = BenchRun::new("0.1.0", "sample_kernels", "abc");
        run.devices = vec![
            DeviceInfo::new("cpu", "AMD EPYC"),
            DeviceInfo::new("cuda:0", "NVIDIA H100 80GB HBM3"),
        ];
        assert_eq!(report_stem(&run, None), "sample-kernels-nvidia-h100-80gb-hbm3");
        assert_eq!(
            report_stem(&run, Some("BabelStream f64 (2^25..2^28)")),
            "babelstream-f64-2-25-2-28"
        );
    }

    #[test]
    fn sizes_parse_as_numbers_powers_and_ranges() {
        assert_eq!(parse_sizes("4096").unwrap(), vec![4096]);
        assert_eq!(parse_sizes("2^10,2^12").unwrap(), vec![1024, 4096]);
        assert_eq!(parse_sizes("2^10..2^13").unwrap(), vec![1024, 2048, 4096, 8192]);
        assert_eq!(
            parse_sizes("2^10..2^16:2").unwrap(),
            vec![1 << 10, 1 << 12, 1 << 14, 1 << 16]
        );
        assert_eq!(parse_sizes("1000, 2^4..2^5").unwrap(), vec![1000, 16, 32]);
    }

    #[test]
    fn bad_sizes_say_what_is_wrong() {
        assert!(parse_sizes("").unwrap_err().contains("no sizes"));
        assert!(parse_sizes("0").unwrap_err().contains("at least 1"));
        assert!(parse_sizes("2^x").unwrap_err().contains("exponent"));
        assert!(parse_sizes("2^70").unwrap_err().contains("too large"));
        assert!(parse_sizes("1000..2^12").unwrap_err().contains("power of two"));
        assert!(parse_sizes("2^12..2^10").unwrap_err().contains("power of two"));
        assert!(parse_sizes("2^10..2^12:0").unwrap_err().contains("step"));
        assert!(parse_sizes("lots").unwrap_err().contains("not a size"));
    }
}
