//! The bounded campaign CI runs: a fixed range of seeds, every generated
//! module lowered and run on the first Vulkan device (lavapipe in CI) and in
//! wasmi; any mismatch, lowering panic or device error fails the test.
//!
//! Without a Vulkan device the test fails with the reason, unless
//! `EVERYGPU_ALLOW_NO_GPU=1` (then it prints the reason and returns), as the
//! backend suites do. `EVERYGPU_FUZZ_MODULES` changes the number of seeds.

use std::time::{Duration, Instant};

use everygpu_lowering_fuzz::{campaign, gpu, Counts};

/// Seeds 0..MODULES: about 37 s on lavapipe with two cores and a cold
/// shader cache (almost all of it LLVM compiling pipelines), a few seconds
/// with a warm one.
const MODULES: u64 = 300;
/// The run stops early past this, so a slow machine still finishes.
const TIME_LIMIT: Duration = Duration::from_secs(50);

#[test]
fn generated_modules_run_the_same_lowered_on_vulkan_as_in_wasmi() {
    let mut backend = match gpu::open_vulkan() {
        Ok(b) => b,
        Err(why) => {
            if std::env::var("EVERYGPU_ALLOW_NO_GPU").as_deref() == Ok("1") {
                eprintln!("skipped: no Vulkan device: {why}");
                return;
            }
            panic!(
                "no Vulkan device: {why}. Install mesa-vulkan-drivers (lavapipe), or set EVERYGPU_ALLOW_NO_GPU=1 to skip"
            );
        }
    };
    let modules = std::env::var("EVERYGPU_FUZZ_MODULES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(MODULES);
    eprintln!("device: {} ({})", backend.device().name, backend.device().driver);
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("lowering-fuzz-failures");
    let started = Instant::now();
    let mut counts = Counts::default();
    let mut failures = Vec::new();
    for seed in 0..modules {
        if started.elapsed() > TIME_LIMIT {
            eprintln!("time limit reached after {seed} modules");
            break;
        }
        let report = campaign::run_seed(backend.as_mut(), seed);
        counts.add(&report);
        if let Some(f) = &report.failure {
            let saved = campaign::save_failure(&out, &report)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|e| format!("(not saved: {e})"));
            failures.push(format!(
                "seed {seed}: {}\n  {}\n  module: {saved}\n  reproduce: {}",
                f.kind(),
                f.lines().join("\n  "),
                campaign::reproduction(seed)
            ));
        }
    }
    eprintln!("{counts}\nin {:.1}s", started.elapsed().as_secs_f64());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The campaign must have exercised what it claims to.
    assert!(counts.modules >= 50, "only {} modules ran", counts.modules);
    assert!(
        counts.ran * 10 >= counts.modules * 9,
        "only {} of {} modules ran on the device",
        counts.ran,
        counts.modules
    );
    assert!(counts.threads_compared > counts.modules * 16);
    // Integer modules whose i64 values the lowering held as 32-bit word pairs.
    assert!(
        counts.narrow * 20 >= counts.modules,
        "only {} of {} modules in narrow mode",
        counts.narrow,
        counts.modules
    );
    assert!(counts.panics_verified > 0, "no module checked the panic path");
}
