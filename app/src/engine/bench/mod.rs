//! Benchmarks: each case on every backend, beside the baselines of its
//! route measured in the same run (the plain Rust loop and rayon on the CPU,
//! BabelStream CUDA C++ and cuBLAS on CUDA devices, hand-written WGSL on
//! shader backends), and each device's peaks and copy roof. The CLI's
//! `bench` parses, prints and stores what this measures.

mod baseline;
pub mod peaks;

pub use baseline::{Baseline, Cublas, CudaCpp, Wgsl};

use super::worker::WorkerBackend;
use super::{advice, BuiltCase, CaseResult, Engine};
use everygpu_backend::{Backend, CaseRun, RunOptions};
use everygpu_report::{BenchRecord, DeviceInfo, RecordKind};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The baselines of a bench run, in the order they are tried: the first of
/// a backend's route with a twin of the kernel gives its record.
pub struct Baselines(Vec<Box<dyn Baseline>>);

impl Baselines {
    /// CUDA C++, then cuBLAS, on CUDA devices; WGSL (the user's folder, or
    /// the built-in kernels) on shader backends.
    pub fn new(timeout: Duration, wgsl: Option<PathBuf>) -> anyhow::Result<Self> {
        Ok(Baselines(vec![
            Box::new(CudaCpp::new(timeout)),
            Box::new(Cublas::new(timeout)),
            Box::new(Wgsl::new(timeout, wgsl)?),
        ]))
    }
}

/// Runs one built case on every backend and its baselines; returns the
/// records, with advice where a kernel misses the roofs of `devices` (each
/// backend's, measured in this run).
pub fn case(
    engine: &mut Engine,
    built: &BuiltCase,
    options: &RunOptions,
    baselines: &mut Baselines,
    devices: &[DeviceInfo],
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
        super::trace(format_args!("{case_name} {}: {name}", built.size), start);
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
    let mut by_backend: BTreeMap<String, BenchRecord> = BTreeMap::new();
    for r in &results {
        let Some(backend) = engine.backends.iter().find(|b| b.id() == r.backend) else {
            continue;
        };
        let start = Instant::now();
        let route = backend.route();
        let rec = baselines
            .0
            .iter_mut()
            .filter(|b| b.route() == route)
            .find_map(|b| b.run(engine, &r.backend, built, &case_name, &kernel, options));
        super::trace(
            format_args!("{case_name} {}: {} baseline", built.size, r.backend),
            start,
        );
        if let Some(rec) = rec {
            by_backend.insert(r.backend.clone(), rec);
        }
    }
    records.extend(native.iter().chain(&rayon).cloned());
    for r in &results {
        let mut rec = r.to_record(&kernel);
        if let Some(device) = devices.iter().find(|d| d.backend == r.backend) {
            rec.advice = r.advice(&advice::Roofs::measured(device));
        }
        let baseline = match r.backend.as_str() {
            "cpu" => native.as_ref(),
            "cpu-mt" => rayon.as_ref(),
            b => by_backend.get(b),
        };
        if let (Some(base), Some(t)) = (baseline.filter(|b| b.matched()), rec.median_ns.filter(|t| *t > 0.0)) {
            if let Some(bt) = base.median_ns {
                rec = rec.with_baseline(base.kind.baseline_name(), bt / t);
            }
        }
        if let Some(base) = by_backend.remove(&r.backend) {
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
