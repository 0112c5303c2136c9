//! `everygpu history`: the benchmark runs `bench` stored, listed, shown or
//! compared.

use super::table::render;
use everygpu_report::format::time_utc;
use everygpu_report::{Comparison, History, RunId};
use std::process::ExitCode;

/// The `history` subcommand: no id lists the latest runs, one shows a run,
/// two compare the second with the first.
pub fn history(ids: &[i64], limit: usize, json: bool) -> anyhow::Result<ExitCode> {
    let path = History::default_path()?;
    if !path.exists() {
        anyhow::bail!(
            "no history at {} yet: `everygpu bench` stores every run there (EVERYGPU_HISTORY sets another file)",
            path.display()
        );
    }
    // Every error names the database file, once.
    let named = |e: everygpu_report::Error| match e {
        everygpu_report::Error::NotAHistory { .. } | everygpu_report::Error::NewerSchema { .. } => anyhow::anyhow!(e),
        e => anyhow::anyhow!("{}: {e}", path.display()),
    };
    let history = History::open_read_only(&path).map_err(named)?;
    match ids {
        [] => {
            let runs = history.runs(limit).map_err(named)?;
            if json {
                println!("{}", serde_json::to_string(&runs)?);
            } else if runs.is_empty() {
                println!("no runs in {}", path.display());
            } else {
                let rows: Vec<Vec<String>> = runs
                    .iter()
                    .map(|r| {
                        vec![
                            r.id.to_string(),
                            time_utc(r.started_unix),
                            r.krate.clone(),
                            r.source_hash.chars().take(8).collect(),
                            r.machine.hostname.clone(),
                            r.project_version.clone(),
                            r.record_count.to_string(),
                        ]
                    })
                    .collect();
                println!(
                    "{}",
                    render(
                        &["run", "started", "crate", "sources", "machine", "version", "records"],
                        &rows
                    )
                );
            }
        }
        [id] => {
            let run = history.load(RunId(*id)).map_err(named)?;
            if json {
                println!("{}", serde_json::to_string(&run)?);
            } else {
                print!("{}", everygpu_report::markdown::render(&run));
            }
        }
        [a, b] => {
            let cmp: Comparison = history.compare(RunId(*a), RunId(*b)).map_err(named)?;
            if json {
                println!("{}", serde_json::to_string(&cmp)?);
            } else {
                print!("{}", cmp.to_markdown());
            }
        }
        _ => anyhow::bail!("give at most two run ids (`everygpu history A B` compares B with A)"),
    }
    Ok(ExitCode::SUCCESS)
}
