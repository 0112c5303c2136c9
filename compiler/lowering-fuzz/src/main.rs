//! `lowering-fuzz`: a differential fuzzing campaign of the wasm→naga lowering
//! on the first Vulkan device.
//!
//! ```text
//! cargo run -p everygpu-lowering-fuzz --release -- --modules 1000 --seed 0
//! ```
//!
//! Prints the counts; saves every failing module (`.wasm`, `.wat`, `.txt`) in
//! `--out` and prints the command that reproduces it. Exits with status 1
//! when any module failed, 2 when there is no Vulkan device.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use everygpu_lowering_fuzz::{campaign, gpu, Counts};

/// Differential fuzzing of the wasm→naga lowering against wasmi, on Vulkan.
#[derive(Parser, Debug)]
#[command(name = "lowering-fuzz")]
struct Args {
    /// Modules to try.
    #[arg(long, default_value_t = 100)]
    modules: u64,
    /// Seed of the first module; module i uses seed + i.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Where failing modules are saved.
    #[arg(long, default_value = "lowering-fuzz-failures")]
    out: PathBuf,
    /// Print one line per module.
    #[arg(long)]
    verbose: bool,
    /// Save every module in `--out`, not only the failing ones.
    #[arg(long)]
    keep: bool,
    /// Run this module (wasm or WAT, shaped as the generator's: no imports,
    /// tables or data) instead of generated ones; `--seed` picks the inputs.
    #[arg(long)]
    module: Option<PathBuf>,
    /// Stop after this many seconds, whatever `--modules` says.
    #[arg(long)]
    seconds: Option<u64>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut backend = match gpu::open_vulkan() {
        Ok(b) => b,
        Err(why) => {
            eprintln!("lowering-fuzz: no Vulkan device: {why}");
            return ExitCode::from(2);
        }
    };
    let device = backend.device();
    println!("device: {} ({}, {})", device.name, device.api, device.driver);
    let device_name = device.name.clone();
    let module = match &args.module {
        Some(path) => match std::fs::read(path).map_err(|e| e.to_string()).and_then(|bytes| {
            wat::parse_bytes(&bytes)
                .map(|w| w.into_owned())
                .map_err(|e| e.to_string())
        }) {
            Ok(wasm) => Some(wasm),
            Err(e) => {
                eprintln!("lowering-fuzz: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let started = Instant::now();
    let mut counts = Counts::default();
    for i in 0..args.modules {
        if args.seconds.is_some_and(|s| started.elapsed().as_secs() >= s) {
            break;
        }
        let seed = args.seed.wrapping_add(i);
        let mut report = match &module {
            Some(wasm) => campaign::run_module(backend.as_mut(), seed, wasm.clone()),
            None => campaign::run_seed(backend.as_mut(), seed),
        };
        if module.is_none() {
            report.apply_known(&device_name);
        }
        if let Some(k) = report.known_driver_failure {
            println!("known driver failure, seed {seed} on {}: {}", k.driver, k.why);
        }
        counts.add(&report);
        if args.verbose {
            let status = match (&report.failure, &report.refused) {
                (Some(f), _) => f.kind().to_string(),
                (None, Some(reason)) => format!("refused: {reason}"),
                (None, None) if report.not_generated => "not generated".into(),
                (None, None) => format!(
                    "ok: {} threads compared, {} at unreachable, {} trapped",
                    report.threads_compared,
                    report.threads_unreachable,
                    report.threads_trapped.values().sum::<u64>()
                ),
            };
            println!("seed {seed}: {status}");
        }
        if args.keep && report.failure.is_none() {
            if let Err(e) = campaign::save_failure(&args.out, &report) {
                eprintln!("could not save the module of seed {seed}: {e}");
            }
        }
        if let Some(f) = &report.failure {
            println!("FAILURE seed {seed}: {}", f.kind());
            for line in f.lines() {
                println!("  {line}");
            }
            match campaign::save_failure(&args.out, &report) {
                Ok(path) => println!("  module saved to {}", path.display()),
                Err(e) => println!("  could not save the module: {e}"),
            }
            println!("  reproduce: {}", campaign::reproduction(seed));
        } else if (i + 1) % 500 == 0 {
            eprintln!(
                "{} modules, {} ran, {} threads compared, {} failures, {:.0}s",
                counts.modules,
                counts.ran,
                counts.threads_compared,
                counts.failed(),
                started.elapsed().as_secs_f64()
            );
        }
    }
    println!("{counts}");
    println!("wall time: {:.1}s", started.elapsed().as_secs_f64());
    if counts.failed() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
