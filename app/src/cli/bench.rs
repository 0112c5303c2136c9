//! `everygpu bench`: size sweeps with warm-up and device-timed repeats, on
//! every backend beside baselines measured in the same run and each device's
//! achievable copy roof (all measured by `engine::bench`); then the table,
//! reports (markdown, JSON, PNG) and the run in the history database.

use super::run::{check_size, prepare};
use super::table::{num, render};
use super::Selection;
use crate::engine::bench::{self, Baselines};
use anyhow::Context;
use everygpu_backend::RunOptions;
use everygpu_report::{BenchRun, History};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

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
    run.devices = bench::peaks::devices(&mut engine);
    let mut baselines = Baselines::new(timeout, args.wgsl.clone())?;
    for &c in &cases {
        for &size in &sizes {
            let built = match engine.build_case(c, size) {
                Ok(b) => b,
                Err(rows) => {
                    run.records.extend(rows.iter().map(|r| r.to_record("")));
                    continue;
                }
            };
            let rows = bench::case(&mut engine, &built, &options, &mut baselines, &run.devices);
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
    for r in run
        .records
        .iter()
        .filter(|r| !r.advice.is_empty() || !r.stats.is_empty())
    {
        println!("\n{} {} {}:", r.case, r.size, r.label());
        for line in &r.stats {
            println!("  {line}");
        }
        for line in &r.advice {
            println!("  advice: {line}");
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
