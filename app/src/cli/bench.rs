//! `everygpu bench`: warm-up, device-timed repeats, and baselines measured in
//! the same run (the native Rust loop on the CPU).

use super::run::prepare;
use super::table::{num, render};
use super::Selection;
use crate::engine::result::median;
use crate::engine::{CaseResult, Status};
use everygpu_backend::{Backend, RunOptions};
use std::process::ExitCode;
use std::time::Instant;

/// One benchmark row.
struct BenchRow {
    result: CaseResult,
    baseline: Option<(String, f64)>,
}

/// The `bench` subcommand.
pub fn bench(sel: &Selection, warmup: u32, repeat: u32, copy_roof: bool) -> anyhow::Result<ExitCode> {
    let (mut engine, cases) = prepare(sel)?;
    let options = RunOptions {
        warmup,
        repeat: repeat.max(1),
    };
    let mut rows: Vec<BenchRow> = Vec::new();
    let mut cuda_cpp = CudaCppBaseline::new(sel.timeout_ms);
    for &c in &cases {
        let results = engine.run_case(c, sel.size, &options);
        // The native baseline: the same computation as a plain Rust loop, timed here.
        let native = native_times(&engine, c, sel.size, &options);
        let native_median = native.as_ref().and_then(|t| median(t));
        let Some(first) = results.first() else { continue };
        let (case_name, size) = (first.case.clone(), first.size);
        let (bytes, flops) = (
            results.iter().map(|r| r.bytes).max().unwrap_or(0),
            results.iter().map(|r| r.flops).max().unwrap_or(0),
        );
        if let Some(times) = &native {
            let mut r = CaseResult::failed(
                &case_name,
                size,
                "native",
                "CPU (plain Rust loop)",
                Status::Match,
                "baseline".into(),
            );
            r.times_ns = times.clone();
            (r.bytes, r.flops) = (bytes, flops);
            rows.push(BenchRow {
                result: r,
                baseline: None,
            });
        }
        // The CUDA C++ baseline on each CUDA device, for the cases that have one.
        let mut cpp_medians = std::collections::BTreeMap::new();
        for r in results.iter().filter(|r| r.backend.starts_with("cuda:")) {
            if let Some(row) = cuda_cpp.run(&engine, &r.backend, c, size, &options) {
                if let Some(m) = median(&row.times_ns) {
                    cpp_medians.insert(r.backend.clone(), m);
                }
                rows.push(BenchRow {
                    result: row,
                    baseline: None,
                });
            }
        }
        let cuda_median = results
            .iter()
            .filter(|r| r.backend.starts_with("cuda:") && r.status == Status::Match)
            .find_map(|r| median(&r.times_ns));
        for r in results {
            let t = median(&r.times_ns).filter(|t| *t > 0.0);
            let baseline = match (t, r.backend.as_str()) {
                (Some(t), b) if b.starts_with("cpu") => native_median.map(|n| ("native".to_string(), n / t)),
                (Some(t), b) if b.starts_with("cuda:") => cpp_medians.get(b).map(|n| ("CUDA C++".to_string(), n / t)),
                (Some(t), _) => cuda_median.map(|n| ("cuda".to_string(), n / t)),
                _ => None,
            };
            rows.push(BenchRow { result: r, baseline });
        }
        // The achievable roof: a device-to-device copy of the case's bytes on each device.
        if copy_roof {
            for b in engine.backends.iter_mut() {
                let Some(gbps) = b.measure_copy_gbps(bytes.max(1 << 20) / 2) else {
                    continue;
                };
                let mut r = CaseResult::failed(
                    &case_name,
                    size,
                    b.id(),
                    &b.device().name,
                    Status::Match,
                    "device-to-device copy".into(),
                );
                r.bytes = bytes;
                r.times_ns = vec![bytes as f64 / gbps];
                rows.push(BenchRow {
                    result: r,
                    baseline: None,
                });
            }
        }
    }
    if sel.json {
        let out: Vec<serde_json::Value> = rows
            .iter()
            .map(|b| {
                let r = &b.result;
                let mut v = r.to_json();
                let sorted = {
                    let mut t = r.times_ns.clone();
                    t.sort_by(f64::total_cmp);
                    t
                };
                v["size"] = r.size.into();
                v["min_ms"] = sorted.first().map(|t| t / 1e6).into();
                v["max_ms"] = sorted.last().map(|t| t / 1e6).into();
                v["repeat"] = (r.times_ns.len() as u64).into();
                v["baseline"] = b.baseline.as_ref().map(|(n, _)| n.clone()).into();
                v["ratio_to_baseline"] = b.baseline.as_ref().map(|(_, x)| *x).into();
                v
            })
            .collect();
        println!("{}", serde_json::json!({ "results": out }));
    } else {
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|b| {
                let r = &b.result;
                let mut t = r.times_ns.clone();
                t.sort_by(f64::total_cmp);
                vec![
                    r.case.clone(),
                    r.size.to_string(),
                    r.backend.clone(),
                    r.status.word().into(),
                    num(r.time_ms()),
                    num(t.first().map(|x| x / 1e6)),
                    num(t.last().map(|x| x / 1e6)),
                    num(r.gbps()),
                    num(r.gflops()),
                    b.baseline
                        .as_ref()
                        .map(|(n, x)| format!("{x:.2}× {n}"))
                        .unwrap_or_else(|| "-".into()),
                    r.message.replace('\n', " "),
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
                    "vs baseline",
                    "message"
                ],
                &table
            )
        );
    }
    let ok = rows.iter().all(|b| b.result.status == Status::Match);
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Times the case's native baseline `warmup + repeat` times; `None` when it has none.
fn native_times(
    engine: &crate::engine::Engine,
    case: usize,
    size: Option<u64>,
    options: &RunOptions,
) -> Option<Vec<f64>> {
    let library = engine.library()?;
    let n = size.unwrap_or(library.manifest().cases[case].default_size);
    let built = library.build_case(case, n).ok()?;
    if !built.plan.has_native {
        return None;
    }
    let mut buffers = built.inputs.clone();
    let mut times = Vec::new();
    for i in 0..(options.warmup + options.repeat) {
        let start = Instant::now();
        built.run_native(&mut buffers).ok()?;
        if i >= options.warmup {
            times.push(start.elapsed().as_nanos() as f64);
        }
    }
    Some(times)
}

/// BabelStream in CUDA C++ (`backends/cuda/baseline`), built with nvcc for each
/// CUDA device and run in a worker of its own beside the Rust kernels.
struct CudaCppBaseline {
    /// Per backend id: the worker with the baseline loaded, or why there is none.
    workers: std::collections::BTreeMap<String, Result<crate::engine::worker::WorkerBackend, String>>,
    timeout_ms: u64,
}

impl CudaCppBaseline {
    fn new(timeout_ms: u64) -> Self {
        CudaCppBaseline {
            workers: Default::default(),
            timeout_ms,
        }
    }

    fn worker(
        &mut self,
        engine: &crate::engine::Engine,
        id: &str,
    ) -> Result<&mut crate::engine::worker::WorkerBackend, String> {
        use everygpu_backend_cuda::baseline;
        let timeout = std::time::Duration::from_millis(self.timeout_ms);
        let entry = self.workers.entry(id.to_string()).or_insert_with(|| {
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
            let path = std::env::temp_dir().join(format!("everygpu-babelstream-{}-{arch}.ptx", std::process::id()));
            std::fs::write(&path, ptx).map_err(|e| e.to_string())?;
            let mut w = crate::engine::worker::WorkerBackend::start(id, timeout).map_err(|e| e.to_string())?;
            w.load_request(
                crate::engine::worker::LoadRequest::Ptx { path, arch },
                &baseline::babelstream_manifest(),
            )
            .map_err(|e| e.to_string())?;
            Ok(w)
        });
        entry.as_mut().map_err(|e| e.clone())
    }

    /// Runs case `case` on the baseline; `None` when the case has no CUDA C++ twin.
    fn run(
        &mut self,
        engine: &crate::engine::Engine,
        id: &str,
        case: usize,
        size: u64,
        options: &RunOptions,
    ) -> Option<CaseResult> {
        let library = engine.library()?;
        let built = library.build_case(case, size).ok()?;
        let plan = everygpu_backend_cuda::baseline::babelstream_baseline_plan(&built.plan)?;
        let name = library.manifest().cases[case].name.clone();
        let label = format!("{id} (CUDA C++)");
        let mut row = CaseResult::failed(
            &name,
            size,
            &label,
            "",
            Status::Match,
            "BabelStream CUDA C++ baseline".into(),
        );
        row.bytes = plan.bytes;
        row.flops = plan.flops;
        match self.worker(engine, id) {
            Err(e) => {
                row.status = Status::Skipped;
                row.message = format!("no CUDA C++ baseline: {e}");
            }
            Ok(w) => {
                row.device = w.device().name.clone();
                match w.run(&plan, &built.inputs, options) {
                    Ok(run) => row.times_ns = run.times_ns,
                    Err(e) => {
                        row.status = crate::engine::status_of(&e);
                        row.message = e.to_string();
                    }
                }
            }
        }
        Some(row)
    }
}
