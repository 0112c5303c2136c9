//! A run as Markdown: the machine and devices with their roofs, a summary at
//! each case's largest size, and one table per case.

use crate::format::{opt, pct, ratio, size, time_utc};
use crate::model::{BenchRecord, BenchRun, RecordKind};
use std::fmt::Write;

/// The whole report as Markdown.
pub fn render(run: &BenchRun) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# everygpu bench: `{}`\n", cell(&run.krate));
    let m = &run.machine;
    let _ = writeln!(out, "- started {}", time_utc(run.started_unix));
    let _ = writeln!(out, "- everygpu {}", cell(&run.project_version));
    let _ = writeln!(
        out,
        "- kernel crate `{}`, sources `{}`",
        cell(&run.krate),
        cell(&run.source_hash)
    );
    let _ = writeln!(
        out,
        "- machine `{}`: {}; {}, {} cores",
        cell(&m.hostname),
        cell(&m.os),
        cell(&m.cpu),
        m.cores
    );
    out.push_str("\n## Devices\n\n");
    if run.devices.is_empty() {
        out.push_str("No device information.\n");
    } else {
        let rows: Vec<Vec<String>> = run
            .devices
            .iter()
            .map(|d| {
                vec![
                    cell(&d.backend),
                    cell(&d.name),
                    if d.driver.is_empty() {
                        "-".into()
                    } else {
                        cell(&d.driver)
                    },
                    opt(d.peak_gbps),
                    opt(d.peak_gflops),
                    opt(d.copy_gbps),
                ]
            })
            .collect();
        out.push_str(&table(
            &[
                "backend",
                "device",
                "driver",
                "peak GB/s",
                "peak GFLOP/s (f32)",
                "copy roof GB/s",
            ],
            &[false, false, false, true, true, true],
            &rows,
        ));
        out.push_str("\nPeaks are theoretical; the copy roof is a device-to-device copy measured in this run.\n");
    }
    if !run.notes.is_empty() {
        out.push('\n');
        for note in &run.notes {
            let _ = writeln!(out, "- {note}");
        }
    }

    if run.records.is_empty() {
        out.push_str("\nNo measurements.\n");
        return out;
    }
    out.push_str("\n## Summary\n\n");
    out.push_str(&summary(run));

    for case in run.cases() {
        let mut records: Vec<&BenchRecord> = run.records_of(case).collect();
        records.sort_by_key(|r| r.size);
        let kernels: Vec<&str> = {
            let mut k: Vec<&str> = records
                .iter()
                .filter(|r| r.kind == RecordKind::Kernel && !r.kernel.is_empty())
                .map(|r| r.kernel.as_str())
                .collect();
            k.dedup();
            k
        };
        let _ = write!(out, "\n## {}", cell(case));
        if let [kernel] = kernels.as_slice() {
            let _ = write!(out, " (kernel `{}`)", cell(kernel));
        }
        out.push_str("\n\n");
        let rows: Vec<Vec<String>> = records.iter().map(|r| record_row(run, r)).collect();
        out.push_str(&table(
            &[
                "size",
                "backend",
                "status",
                "median ms",
                "min ms",
                "max ms",
                "GB/s",
                "GFLOP/s",
                "% copy roof",
                "% peak",
                "vs baseline",
            ],
            &[false, false, false, true, true, true, true, true, true, true, true],
            &rows,
        ));
        let notes: Vec<&&BenchRecord> = records
            .iter()
            .filter(|r| !r.matched() && !r.message.is_empty())
            .collect();
        if !notes.is_empty() {
            out.push('\n');
            for r in notes {
                let _ = writeln!(
                    out,
                    "- {} `{}`: {}: {}",
                    size(r.size),
                    cell(&r.label()),
                    cell(&r.status),
                    cell(&r.message)
                );
            }
        }
        let explained: Vec<&&BenchRecord> = records
            .iter()
            .filter(|r| !r.stats.is_empty() || !r.advice.is_empty())
            .collect();
        if !explained.is_empty() {
            out.push_str("\nWhat the drivers report of the kernels, and where a kernel misses its roof, why:\n\n");
            for r in explained {
                let _ = write!(out, "- {} `{}`", size(r.size), cell(&r.label()));
                if !r.stats.is_empty() {
                    let _ = write!(out, ": {}", cell(&r.stats.join("; ")));
                }
                out.push('\n');
                for a in &r.advice {
                    let _ = writeln!(out, "  - {}", cell(a));
                }
            }
        }
    }
    out
}

/// Per case at its largest size: each kernel's and baseline's GB/s and
/// throughput ratio to its baseline.
fn summary(run: &BenchRun) -> String {
    let mut labels: Vec<String> = Vec::new();
    for r in run.records.iter().filter(|r| r.kind != RecordKind::CopyRoof) {
        let label = r.label();
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    let mut rows = Vec::new();
    for case in run.cases() {
        let Some(largest) = run.largest_size(case) else {
            continue;
        };
        let mut row = vec![cell(case), size(largest)];
        for label in &labels {
            let record = run
                .records_of(case)
                .find(|r| r.size == largest && r.kind != RecordKind::CopyRoof && &r.label() == label);
            row.push(match record {
                None => String::new(),
                Some(r) => summary_cell(r),
            });
        }
        rows.push(row);
    }
    let mut headers = vec!["case", "size"];
    headers.extend(labels.iter().map(String::as_str));
    let right: Vec<bool> = (0..headers.len()).map(|i| i >= 2).collect();
    let mut out = String::from(
        "GB/s at each case's largest size; in parentheses, throughput relative to the baseline (above 1× is faster).\n\n",
    );
    out.push_str(&table(&headers, &right, &rows));
    out
}

fn summary_cell(r: &BenchRecord) -> String {
    let mut s = opt(r.gbps());
    if let (Some(x), Some(name)) = (r.ratio_to_baseline, &r.baseline) {
        let _ = write!(s, " ({} {})", ratio(Some(x)), cell(name));
    }
    if !r.matched() {
        let _ = write!(s, " {}", cell(&r.status));
    }
    s
}

fn record_row(run: &BenchRun, r: &BenchRecord) -> Vec<String> {
    let vs = match (r.ratio_to_baseline, &r.baseline) {
        (Some(x), Some(name)) => format!("{} {}", ratio(Some(x)), cell(name)),
        _ => "-".into(),
    };
    vec![
        size(r.size),
        cell(&r.label()),
        cell(&r.status),
        opt(r.median_ms()),
        opt(r.min_ns.map(|t| t / 1e6)),
        opt(r.max_ns.map(|t| t / 1e6)),
        opt(r.gbps()),
        opt(r.gflops()),
        pct(run.pct_of_copy_roof(r)),
        pct(run.pct_of_peak(r)),
        vs,
    ]
}

/// Text safe inside a table cell: no pipes, no line breaks.
pub(crate) fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// A Markdown table with columns padded to the same width; `right[i]` aligns
/// column `i` to the right.
pub(crate) fn table(headers: &[&str], right: &[bool], rows: &[Vec<String>]) -> String {
    let columns = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count().max(3)).collect();
    for row in rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut s = String::from("|");
        for (i, c) in cells.enumerate().take(columns) {
            let pad = widths[i].saturating_sub(c.chars().count());
            if right.get(i).copied().unwrap_or(false) {
                let _ = write!(s, " {}{c} |", " ".repeat(pad));
            } else {
                let _ = write!(s, " {c}{} |", " ".repeat(pad));
            }
        }
        s.push('\n');
        s
    };
    let mut out = line(&mut headers.iter().copied());
    out.push('|');
    for (i, w) in widths.iter().enumerate() {
        if right.get(i).copied().unwrap_or(false) {
            let _ = write!(out, " {}: |", "-".repeat(w - 1));
        } else {
            let _ = write!(out, " {} |", "-".repeat(*w));
        }
    }
    out.push('\n');
    for row in rows {
        let mut cells = row.iter().map(String::as_str).chain(std::iter::repeat(""));
        out.push_str(&line(&mut cells));
    }
    out
}
