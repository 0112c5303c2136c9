//! `everygpu run`: every selected case on every selected backend, compared
//! with the CPU reference.

use super::table::{num, render};
use super::Selection;
use crate::engine::{BuildProgress, CaseResult, Engine, Status, MAX_SIZE};
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
    engine.check_races = sel.check_races;
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    engine.build_with(None, &|p| match p {
        BuildProgress::Warning { text } => eprintln!("{text}"),
        BuildProgress::Output { route, line } if terminal || crate::engine::tracing() => {
            eprintln!("[{route}] {line}")
        }
        _ => {}
    })?;
    if terminal {
        // A long reference run says where it is, every 5 s after the first 2.
        let mut next = std::time::Duration::from_secs(2);
        engine.progress = Some(Box::new(move |case, size, p, elapsed| {
            if elapsed >= next {
                eprintln!("{case} at {size}: {}", p.describe(elapsed));
                next = elapsed + std::time::Duration::from_secs(5);
            }
        }));
    }
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
        let counts: serde_json::Map<String, serde_json::Value> = status_counts(&results)
            .into_iter()
            .map(|(s, n)| (s.word().to_string(), n.into()))
            .collect();
        println!("{}", serde_json::json!({ "results": rows, "counts": counts }));
    } else {
        println!("{}", results_table(&results));
        println!("{}", summary(&results));
        let prints = prints_text(&results, sel.prints);
        if !prints.is_empty() {
            print!("\n{prints}");
        }
        if sel.stats {
            println!("\n{}", stats_table(&results));
        }
        for (id, why) in &engine.unavailable {
            println!("note: {id} could not run this build: {why}");
        }
    }
    Ok(if nothing_wrong(&results) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Whether a run's rows say that nothing went wrong: at least one backend
/// matched the reference, and every other row is a match or a kernel its
/// device cannot run (`unsupported`). A mismatch, an error, a panic, a
/// timeout, or a backend named on the command line that is absent here
/// (`skipped`) is something wrong.
pub fn nothing_wrong(results: &[CaseResult]) -> bool {
    results.iter().any(|r| r.status == Status::Match)
        && results
            .iter()
            .all(|r| matches!(r.status, Status::Match | Status::Unsupported))
}

/// How many rows have each status, in the order of [`Status`].
pub fn status_counts(results: &[CaseResult]) -> Vec<(Status, usize)> {
    let mut counts: Vec<(Status, usize)> = Vec::new();
    for r in results {
        match counts.iter_mut().find(|(s, _)| *s == r.status) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.status, 1)),
        }
    }
    counts.sort_by_key(|(s, _)| *s as u8);
    counts
}

/// One line under the table: how many results of each status, with what
/// `unsupported` means when there are some.
pub fn summary(results: &[CaseResult]) -> String {
    let parts: Vec<String> = status_counts(results)
        .into_iter()
        .map(|(s, n)| format!("{n} {}", s.word()))
        .collect();
    let noun = if results.len() == 1 { "result" } else { "results" };
    let mut line = format!("{} {noun}: {}", results.len(), parts.join(", "));
    if results.iter().any(|r| r.status == Status::Unsupported) {
        line.push_str(" (unsupported: the device lacks a feature the kernel needs; not a failure)");
    }
    line
}

/// What each backend's driver reports of each kernel, and the size of the
/// code the route handed it, a row per kernel and backend (`run --stats`);
/// backends that report nothing are named below it.
pub fn stats_table(results: &[CaseResult]) -> String {
    let count = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_else(|| "-".into());
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut silent: Vec<&str> = Vec::new();
    for r in results {
        if r.stats.is_empty() {
            if !silent.contains(&r.backend.as_str()) {
                silent.push(&r.backend);
            }
            continue;
        }
        for k in &r.stats {
            rows.push(vec![
                r.case.clone(),
                r.backend.clone(),
                k.kernel.clone(),
                count(k.registers.map(u64::from)),
                count(k.local_bytes),
                count(k.shared_bytes),
                match (k.resident_workgroups, k.workgroup_threads) {
                    (Some(n), Some(t)) => format!("{n} × {t}"),
                    (n, _) => count(n.map(u64::from)),
                },
                k.occupancy
                    .map(|o| format!("{:.0}%", o * 100.0))
                    .unwrap_or_else(|| "-".into()),
                count(k.instructions),
                match (&k.code, k.code_instructions) {
                    (Some(code), Some(n)) => format!("{n} {code}"),
                    _ => "-".into(),
                },
            ]);
        }
    }
    let mut table = if rows.is_empty() {
        String::new()
    } else {
        render(
            &[
                "case",
                "backend",
                "kernel",
                "registers",
                "local B",
                "shared B",
                "workgroups/SM",
                "occupancy",
                "instructions",
                "route's code",
            ],
            &rows,
        ) + "\n"
    };
    silent.retain(|b| !results.iter().any(|r| &r.backend == b && !r.stats.is_empty()));
    if !silent.is_empty() {
        table.push_str(&format!("no kernel statistics from {}", silent.join(", ")));
    }
    table
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
                num(r.compile_ms),
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
            "case",
            "backend",
            "device",
            "status",
            "time ms",
            "compile ms",
            "GB/s",
            "GFLOP/s",
            "max abs",
            "max rel",
            "message",
        ],
        &rows,
    )
}

/// What each case's threads printed, under the tables: every distinct
/// output once, with the backends that printed it (at most `limit` lines
/// of each).
pub fn prints_text(results: &[CaseResult], limit: usize) -> String {
    let mut out = String::new();
    let mut cases: Vec<(&str, u64)> = results.iter().map(|r| (r.case.as_str(), r.size)).collect();
    cases.dedup();
    for (case, size) in cases {
        let rows: Vec<&CaseResult> = results
            .iter()
            .filter(|r| r.case == case && r.size == size && r.printed())
            .collect();
        // Distinct outputs in the order of the first backend printing each.
        let mut outputs: Vec<(&[String], u64, Vec<&str>)> = Vec::new();
        for r in rows {
            let lines = r.print_lines.as_slice();
            match outputs
                .iter_mut()
                .find(|(l, d, _)| *l == lines && *d == r.prints_dropped)
            {
                Some((_, _, backends)) => backends.push(&r.backend),
                None => outputs.push((lines, r.prints_dropped, vec![&r.backend])),
            }
        }
        for (lines, dropped, backends) in outputs {
            let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
            let mut head = format!("{case} printed {}", count(lines.len(), "line"));
            if dropped > 0 {
                head.push_str(&format!(
                    " ({} dropped: the print area was full)",
                    count(dropped as usize, "record")
                ));
            }
            out.push_str(&format!("{head} on {}:\n", backends.join(", ")));
            for l in lines.iter().take(limit) {
                out.push_str(&format!("  {l}\n"));
            }
            if lines.len() > limit {
                out.push_str(&format!(
                    "  … {} more (--prints all shows every line)\n",
                    lines.len() - limit
                ));
            }
        }
    }
    out
}
