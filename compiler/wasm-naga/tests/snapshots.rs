//! Snapshot tests: every sample kernel, built by real rustc, lowered to WGSL
//! and SPIR-V (disassembled by `spirv-dis` when present, else naga's SPIR-V is
//! summarised as WGSL only). Refresh with `UPDATE_SNAPSHOTS=1`. The SPIR-V of
//! every kernel must pass `spirv-val --target-env vulkan1.1` when it exists.

mod common;

use everygpu_wasm_naga::lower;
use std::path::{Path, PathBuf};
use std::process::Command;

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

fn tool(name: &str) -> Option<PathBuf> {
    let out = Command::new("which").arg(name).output().ok()?;
    out.status
        .success()
        .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// Whether the SPIRV-Tools at `tool` know `SPV_KHR_cooperative_matrix`
/// (v2023.4 and later; Debian 12 has v2023.1): older ones reject every
/// cooperative-matrix module as "invalid capability".
fn knows_cooperative_matrix(tool: &Path) -> bool {
    let Ok(out) = Command::new(tool).arg("--version").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let version = text
        .split_whitespace()
        .find_map(|w| w.strip_prefix('v'))
        .and_then(|v| v.split_once('.'))
        .and_then(|(y, n)| {
            Some((
                y.parse::<u32>().ok()?,
                n.trim_end_matches(|c: char| !c.is_ascii_digit()).parse::<u32>().ok()?,
            ))
        });
    version.is_some_and(|v| v >= (2023, 4))
}

fn spirv_bytes(words: &[u32]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_le_bytes()).collect()
}

/// Compares `text` with the snapshot `name`, or writes it under `UPDATE_SNAPSHOTS=1`.
fn check_snapshot(name: &str, text: &str, failures: &mut Vec<String>) {
    let path = snapshot_dir().join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(snapshot_dir()).expect("snapshot dir");
        std::fs::write(&path, text).expect("write snapshot");
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(old) if old == text => {}
        Ok(old) => {
            let line = old
                .lines()
                .zip(text.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(old.lines().count().min(text.lines().count()));
            failures.push(format!("{name} differs from its snapshot from line {}", line + 1));
        }
        Err(_) => failures.push(format!("{name} has no snapshot (run with UPDATE_SNAPSHOTS=1)")),
    }
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
    let dis = tool("spirv-dis");
    let val = tool("spirv-val");
    let tools_know_matrices = val.as_deref().is_some_and(knows_cooperative_matrix);
    let mut failures = Vec::new();
    let tmp = std::env::temp_dir().join(format!("everygpu-wasm-naga-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    for k in &artifact.kernels {
        let wgsl = naga::back::wgsl::write_string(&k.module, &k.info, naga::back::wgsl::WriterFlags::empty())
            .unwrap_or_else(|e| panic!("{}: WGSL: {e}", k.name));
        check_snapshot(&format!("{}.wgsl", k.name), &wgsl, &mut failures);
        let spv = tmp.join(format!("{}.spv", k.name));
        std::fs::write(&spv, spirv_bytes(&k.spirv)).expect("write spv");
        if k.uses_matrices && !tools_know_matrices {
            eprintln!(
                "{}: SPIR-V not validated nor disassembled: these SPIRV-Tools predate SPV_KHR_cooperative_matrix",
                k.name
            );
            continue;
        }
        if let Some(val) = &val {
            let out = Command::new(val)
                .args(["--target-env", "vulkan1.1"])
                .arg(&spv)
                .output()
                .expect("spirv-val");
            if !out.status.success() {
                failures.push(format!(
                    "{}: spirv-val: {}{}",
                    k.name,
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
        if let Some(dis) = &dis {
            let out = Command::new(dis)
                .args(["--no-header", "--no-color"])
                .arg(&spv)
                .output()
                .expect("spirv-dis");
            assert!(out.status.success(), "{}: spirv-dis failed", k.name);
            check_snapshot(
                &format!("{}.spvasm", k.name),
                &String::from_utf8_lossy(&out.stdout),
                &mut failures,
            );
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
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
