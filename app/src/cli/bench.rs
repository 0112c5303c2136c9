//! `everygpu bench`: warm-up, device-timed repeats, and baselines measured in
//! the same run (the native Rust loop on the CPU).

use super::run::prepare;
use super::table::{num, render};
use super::Selection;
use crate::engine::result::median;
use crate::engine::{CaseResult, Status};
use everygpu_backend::RunOptions;
use std::process::ExitCode;
use std::time::Instant;

/// One benchmark row.
struct BenchRow {
    result: CaseResult,
    baseline: Option<(String, f64)>,
}

/// The `bench` subcommand.
pub fn bench(sel: &Selection, warmup: u32, repeat: u32) -> anyhow::Result<ExitCode> {
    let (mut engine, cases) = prepare(sel)?;
    let options = RunOptions {
        warmup,
        repeat: repeat.max(1),
    };
    let mut rows: Vec<BenchRow> = Vec::new();
    for &c in &cases {
        let results = engine.run_case(c, sel.size, &options);
        // The native baseline: the same computation as a plain Rust loop, timed here.
        let native = native_times(&engine, c, sel.size, &options);
        let native_median = native.as_ref().and_then(|t| median(t));
        if let (Some(times), Some(first)) = (&native, results.first()) {
            let mut r = CaseResult::failed(
                &first.case,
                first.size,
                "native",
                "CPU (plain Rust loop)",
                Status::Match,
                "baseline".into(),
            );
            r.times_ns = times.clone();
            r.bytes = results.iter().map(|r| r.bytes).max().unwrap_or(0);
            r.flops = results.iter().map(|r| r.flops).max().unwrap_or(0);
            rows.push(BenchRow {
                result: r,
                baseline: None,
            });
        }
        for r in results {
            let baseline = match (r.backend.starts_with("cpu"), native_median, median(&r.times_ns)) {
                (true, Some(n), Some(t)) if t > 0.0 => Some(("native".to_string(), n / t)),
                _ => None,
            };
            rows.push(BenchRow { result: r, baseline });
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
