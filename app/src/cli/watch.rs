//! `everygpu watch`: the app's loop without a window. Every save rebuilds the
//! crate and prints a fresh results table (or rustc's diagnostics); the last
//! good results are never lost, a compile error only adds to them. Every run
//! of a good build that no save interrupted is stored in the history database
//! (`everygpu history`, `$EVERYGPU_HISTORY`), as the app does.
//!
//! `--latency N` turns it into a benchmark of that loop: it edits the crate's
//! `src/lib.rs` N times (a new function at the end, or with `--edit comment`
//! a comment line), times each edit until its new table is printed, restores
//! the file and prints p50/p95. Its runs are not stored in the history.

use super::run::{check_size, prints_text, results_table, stats_table, summary};
use super::Selection;
use crate::engine::latency::{percentile, write_probe, Edit};
use crate::engine::session::{RouteState, Session, SessionConfig, SessionEvent};
use crate::engine::CaseResult;
use anyhow::{bail, Context};
use everygpu_backend::RunOptions;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The `watch` subcommand.
pub fn watch(sel: &Selection, latency: Option<(u32, Edit)>) -> anyhow::Result<ExitCode> {
    check_size(sel.size)?;
    let session = Session::start(
        SessionConfig {
            krate: sel.krate.clone(),
            backend: sel.backend.clone(),
            cases: sel.cases.clone(),
            size: sel.size,
            case_sizes: Default::default(),
            first: sel.cases.first().cloned(),
            store_history: latency.is_none(),
            launch_timeout: Duration::from_millis(sel.timeout_ms),
            options: RunOptions::default(),
            check_races: sel.check_races,
        },
        Arc::new(|_| {}),
    );
    let mut printer = Printer {
        json: sel.json,
        stats: sel.stats,
        print_lines: sel.prints,
        rows: Vec::new(),
        changed: Vec::new(),
        build_ms: None,
        dir: PathBuf::new(),
        build_started: None,
        built: None,
    };
    match latency {
        None => {
            loop {
                let event = match session.event_timeout(Duration::from_secs(3600)) {
                    Ok(e) => e,
                    Err(true) => break,
                    Err(false) => continue,
                };
                if let SessionEvent::OpenFailed { message } = &event {
                    bail!("{message}");
                }
                printer.event(event);
            }
            Ok(ExitCode::SUCCESS)
        }
        Some((n, edit)) => measure_latency(&session, &mut printer, n.max(1), edit),
    }
}

/// Prints what a session reports.
struct Printer {
    json: bool,
    /// Whether to print the kernel statistics under each table.
    stats: bool,
    /// Lines of what kernels printed to show per case and output.
    print_lines: usize,
    rows: Vec<CaseResult>,
    changed: Vec<PathBuf>,
    build_ms: Option<u64>,
    dir: PathBuf,
    /// When the current cycle's build started and finished (for `--latency`).
    build_started: Option<Instant>,
    built: Option<Instant>,
}

impl Printer {
    /// Handles one event; returns the generation whose run just finished (not interrupted).
    fn event(&mut self, event: SessionEvent) -> Option<u64> {
        let mut out = std::io::stdout().lock();
        match event {
            SessionEvent::Opened {
                dir, package, backends, ..
            } => {
                let ids: Vec<&str> = backends.iter().map(|b| b.id.as_str()).collect();
                eprintln!(
                    "everygpu watch: {package} at {} on {} (Ctrl-C to stop)",
                    dir.display(),
                    ids.join(", ")
                );
                self.dir = dir;
            }
            SessionEvent::FilesChanged { paths } => self.changed = paths,
            SessionEvent::BuildStarted { .. } => {
                self.rows.clear();
                self.build_ms = None;
                self.build_started = Some(Instant::now());
            }
            SessionEvent::Route {
                state: RouteState::Built { ms },
                ..
            } => {
                self.build_ms = Some(ms);
                self.built = Some(Instant::now());
            }
            SessionEvent::CaseDone { results, .. } => self.rows.extend(results),
            SessionEvent::History {
                stored,
                database,
                series,
            } => {
                if self.json {
                    let series: Vec<serde_json::Value> = series
                        .iter()
                        .map(|(key, points)| {
                            serde_json::json!({ "case": key.case, "backend": key.backend, "points": points })
                        })
                        .collect();
                    let _ = writeln!(
                        out,
                        "{}",
                        serde_json::json!({ "history": { "stored": stored, "database": database, "series": series } })
                    );
                } else {
                    match stored {
                        Some(s) => {
                            let _ = writeln!(
                                out,
                                "history: build {} stored as run {} (source {})",
                                s.generation, s.run, s.source_hash
                            );
                        }
                        None => {
                            let mut runs: Vec<_> = series.values().flatten().map(|p| p.run).collect();
                            runs.sort();
                            runs.dedup();
                            let _ = writeln!(
                                out,
                                "history: {} earlier runs of this crate in {}",
                                runs.len(),
                                database.display()
                            );
                        }
                    }
                }
            }
            SessionEvent::Note { message } | SessionEvent::Watch { message } => {
                if self.json {
                    let _ = writeln!(out, "{}", serde_json::json!({ "note": message }));
                } else {
                    let _ = writeln!(out, "note: {message}");
                }
            }
            SessionEvent::BuildFailed { generation, failure } => {
                if self.json {
                    let diags: Vec<serde_json::Value> = failure
                        .diagnostics
                        .iter()
                        .map(|d| serde_json::to_value(d).unwrap_or_default())
                        .collect();
                    let _ = writeln!(
                        out,
                        "{}",
                        serde_json::json!({ "generation": generation, "error": failure.message, "diagnostics": diags })
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "── build {generation}{}: failed; the previous results still stand ──\n{}\n",
                        self.changed_note(),
                        failure.message
                    );
                }
            }
            SessionEvent::RunFinished {
                generation,
                interrupted,
                ..
            } => {
                if interrupted || self.rows.is_empty() {
                    return None;
                }
                if self.json {
                    let rows: Vec<serde_json::Value> = self.rows.iter().map(CaseResult::to_json).collect();
                    let _ = writeln!(
                        out,
                        "{}",
                        serde_json::json!({ "generation": generation, "results": rows })
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "── build {generation}{}{} ──\n{}\n{}\n",
                        self.changed_note(),
                        self.build_ms
                            .map(|ms| format!(", built in {ms} ms"))
                            .unwrap_or_default(),
                        results_table(&self.rows),
                        summary(&self.rows)
                    );
                    if self.stats {
                        let _ = writeln!(out, "{}\n", stats_table(&self.rows));
                    }
                    let prints = prints_text(&self.rows, self.print_lines);
                    if !prints.is_empty() {
                        let _ = writeln!(out, "{prints}");
                    }
                }
                let _ = out.flush();
                return Some(generation);
            }
            _ => {}
        }
        let _ = out.flush();
        None
    }

    fn changed_note(&self) -> String {
        let names: Vec<String> = self
            .changed
            .iter()
            .map(|p| p.strip_prefix(&self.dir).unwrap_or(p).display().to_string())
            .collect();
        if names.is_empty() {
            String::new()
        } else {
            format!(" after a change to {}", names.join(", "))
        }
    }
}

/// Edits `src/lib.rs` `n` times and times each edit until its table is printed.
fn measure_latency(session: &Session, printer: &mut Printer, n: u32, edit: Edit) -> anyhow::Result<ExitCode> {
    let wait_run = |printer: &mut Printer, limit: Duration| -> anyhow::Result<u64> {
        let start = Instant::now();
        loop {
            let left = limit
                .checked_sub(start.elapsed())
                .context("no results within the time limit")?;
            match session.event_timeout(left) {
                Ok(SessionEvent::OpenFailed { message }) => bail!("{message}"),
                Ok(SessionEvent::BuildFailed { failure, .. }) => bail!("the build failed: {}", failure.message),
                Ok(e) => {
                    if let Some(g) = printer.event(e) {
                        return Ok(g);
                    }
                }
                Err(true) => bail!("the session stopped"),
                Err(false) => {}
            }
        }
    };
    wait_run(printer, Duration::from_secs(600))?;
    let lib = printer.dir.join("src/lib.rs");
    let original = std::fs::read_to_string(&lib).with_context(|| format!("reading {}", lib.display()))?;
    let mut samples = Vec::new();
    let mut to_build = Vec::new();
    let mut builds = Vec::new();
    let mut runs = Vec::new();
    let result = (|| -> anyhow::Result<()> {
        for i in 0..n {
            // A settled file system, so every edit starts its own cycle.
            std::thread::sleep(Duration::from_millis(300));
            while session.try_event().is_some() {}
            write_probe(&lib, &original, i, edit)?;
            let t0 = Instant::now();
            wait_run(printer, Duration::from_secs(120))?;
            let done = Instant::now();
            samples.push((done - t0).as_secs_f64());
            let (Some(started), Some(built)) = (printer.build_started, printer.built) else {
                bail!("a run finished without a build")
            };
            to_build.push(started.saturating_duration_since(t0).as_secs_f64());
            builds.push((built - started).as_secs_f64());
            runs.push((done - built).as_secs_f64());
        }
        Ok(())
    })();
    std::fs::write(&lib, &original).with_context(|| format!("restoring {}", lib.display()))?;
    result?;
    println!(
        "save-to-results latency over {n} saves: p50 {:.3} s, p95 {:.3} s, min {:.3} s, max {:.3} s\n\
         where it goes (p50): save to build start {:.3} s (file event + {} ms settle), \
         build and load {:.3} s, cases and table {:.3} s",
        percentile(&samples, 0.5),
        percentile(&samples, 0.95),
        percentile(&samples, 0.0),
        percentile(&samples, 1.0),
        percentile(&to_build, 0.5),
        crate::engine::session::SETTLE.as_millis(),
        percentile(&builds, 0.5),
        percentile(&runs, 0.5),
    );
    Ok(ExitCode::SUCCESS)
}
