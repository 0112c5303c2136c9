//! Snapshot tests: every sample kernel, built by real rustc, lowered to WGSL
//! and SPIR-V (disassembled by `spirv-dis` when present, else naga's SPIR-V is
//! summarised as WGSL only). Refresh with `UPDATE_SNAPSHOTS=1`. The SPIR-V of
//! every kernel must pass `spirv-val --target-env vulkan1.1` when it exists.

mod common;

use common::snapshot::{self, SpirvTools};
use everygpu_wasm_naga::lower;
use std::path::{Path, PathBuf};

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// Compares `text` with the snapshot `name`, or writes it under `UPDATE_SNAPSHOTS=1`.
fn check_snapshot(name: &str, text: &str, failures: &mut Vec<String>) {
    snapshot::check(&snapshot_dir(), name, text, failures);
}

#[test]
fn every_sample_kernel_lowers_validates_and_matches_its_snapshots() {
    let (wasm, manifest) = common::samples();
    let artifact = lower(wasm, manifest);
    assert!(
        artifact.errors.is_empty(),
        "kernels that did not lower: {:#?}",
        artifact.errors
    );
    // bf16 matrix tiles have no naga type: the one kernel the route cannot
    // express, with what it needs.
    let refused: Vec<&str> = artifact.unsupported.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(refused, ["bgemm"], "{:#?}", artifact.unsupported);
    assert!(
        artifact.unsupported[0].1.starts_with("bf16 matrix tiles"),
        "{}",
        artifact.unsupported[0].1
    );
    assert_eq!(
        artifact.kernels.len(),
        manifest.kernels.len() - refused.len(),
        "every other manifest kernel is lowered"
    );
    // No 64-bit integer type in a kernel whose source has none (its i64
    // values are word pairs): only the f64 kernels, whose bit manipulations
    // go through u64, declare one.
    let mut wide: Vec<&str> = artifact
        .kernels
        .iter()
        .filter(|k| k.uses_i64)
        .map(|k| k.name.as_str())
        .collect();
    wide.sort_unstable();
    assert_eq!(
        wide,
        ["dot_f64", "mul_f64", "triad_f64"],
        "kernels declaring 64-bit integers"
    );
    let spirv = SpirvTools::find("samples");
    let mut failures = Vec::new();
    for k in &artifact.kernels {
        let wgsl = naga::back::wgsl::write_string(&k.module, &k.info, naga::back::wgsl::WriterFlags::empty())
            .unwrap_or_else(|e| panic!("{}: WGSL: {e}", k.name));
        check_snapshot(&format!("{}.wgsl", k.name), &wgsl, &mut failures);
        spirv.check(k, &snapshot_dir(), &k.name, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The WGSL of `LowerOptions::WEB` (what the browser backend runs and `emit
/// --route wgsl` writes) for samples whose barriers follow bounds checks, a
/// subgroup kernel and one with a division's infinity: panics where the
/// checks are, no thread leaving before a barrier, `enable subgroups;`, no
/// constant infinity.
#[test]
fn the_web_lowering_of_samples_matches_its_snapshots() {
    let (wasm, manifest) = common::samples();
    let artifact = everygpu_wasm_naga::lower_with(wasm, manifest, everygpu_wasm_naga::LowerOptions::WEB);
    assert!(artifact.errors.is_empty(), "{:#?}", artifact.errors);
    let mut failures = Vec::new();
    for name in ["histogram", "scan_blocks", "reduce_sum_subgroup", "nbody_accel"] {
        let k = artifact.kernel(name).unwrap_or_else(|| panic!("{name} lowered"));
        let (wgsl, _) = everygpu_backend::shader::wgsl(k, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            !wgsl.contains("bitcast<f32>(2139095040u)"),
            "{name}: a constant infinity"
        );
        check_snapshot(&format!("{name}.web.wgsl"), &wgsl, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
