//! `everygpu run`: every selected case on every selected backend, compared
//! with the CPU reference.

use super::table::{num, render};
use super::Selection;
use crate::engine::{CaseResult, Engine, Status, MAX_SIZE};
use anyhow::bail;
use everygpu_backend::RunOptions;
use std::process::ExitCode;

/// Checks the size argument before anything is built.
pub fn check_size(size: Option<u64>) -> anyhow::Result<()> {
    match size {
        Some(0) => bail!("--size must be at least 1"),
        Some(n) if n > MAX_SIZE => bail!("--size {n} is larger than the maximum of {MAX_SIZE} (2^40)"),
        _ => Ok(()),
    }
}

/// Opens, builds and selects; shared by `run` and `bench`.
pub fn prepare(sel: &Selection) -> anyhow::Result<(Engine, Vec<usize>)> {
    check_size(sel.size)?;
    let timeout = std::time::Duration::from_millis(sel.timeout_ms);
    let mut engine = match &sel.artifacts {
        Some(dir) => Engine::open_artifacts(dir, &sel.backend, timeout)?,
        None => Engine::open(&sel.krate, &sel.backend, timeout)?,
    };
    engine.build()?;
    let cases = engine.select_cases(&sel.cases)?;
    Ok((engine, cases))
}

/// The `run` subcommand.
pub fn run(sel: &Selection) -> anyhow::Result<ExitCode> {
    let (mut engine, cases) = prepare(sel)?;
    let mut results: Vec<CaseResult> = Vec::new();
    for &c in &cases {
        let rows = engine.run_case(c, sel.size, &RunOptions::default());
        if !sel.json && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            for r in &rows {
                eprintln!("{:<16} {:<14} {}", r.case, r.backend, r.status.word());
            }
        }
        results.extend(rows);
    }
    if sel.json {
        let rows: Vec<serde_json::Value> = results.iter().map(CaseResult::to_json).collect();
        println!("{}", serde_json::json!({ "results": rows }));
    } else {
        println!("{}", results_table(&results));
        for (id, why) in &engine.unavailable {
            println!("note: {id} could not run this build: {why}");
        }
    }
    let all_match = !results.is_empty() && results.iter().all(|r| r.status == Status::Match);
    Ok(if all_match {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The results table of `run` (and `watch`).
pub fn results_table(results: &[CaseResult]) -> String {
    let rows: Vec<Vec<String>> = results
        .iter()
        .map(|r| {
            let c = r.comparison.as_ref();
            vec![
                r.case.clone(),
                r.backend.clone(),
                r.device.clone(),
                r.status.word().to_string(),
                num(r.time_ms()),
                num(r.gbps()),
                num(r.gflops()),
                num(c.map(|c| c.max_abs_err)),
                num(c.map(|c| c.max_rel_err)),
                r.message.replace('\n', " "),
            ]
        })
        .collect();
    render(
        &[
            "case", "backend", "device", "status", "time ms", "GB/s", "GFLOP/s", "max abs", "max rel", "message",
        ],
        &rows,
    )
}
