//! Differential test: every sample kernel on every shader backend this machine
//! has (lavapipe in CI) gives the CPU reference's results.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("root").to_owned()
}

/// `everygpu bench` on the sample kernels, with its history in `history`.
fn bench(history: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_everygpu"));
    c.env_remove("EVERYGPU_TARGET_DIR")
        .env("EVERYGPU_HISTORY", history.join("h.sqlite"))
        .arg("bench")
        .arg(root().join("sample-kernels"));
    c
}

/// `everygpu run` on every sample on `backends`, as JSON: the result rows,
/// the text (for messages) and the exit code.
fn run_samples(backends: &str) -> (Vec<serde_json::Value>, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_everygpu"))
        .env_remove("EVERYGPU_TARGET_DIR")
        .arg("run")
        .arg(root().join("sample-kernels"))
        .args(["--backend", backends, "--json", "--timeout-ms", "300000"])
        .output()
        .expect("everygpu runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let v: serde_json::Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    let rows = v["results"].as_array().expect("rows").clone();
    (rows, stdout, out.status.code())
}

/// Asserts that every row matched, but those `excused` (a feature the
/// device lacks), naming the others.
fn assert_all_match(rows: &[serde_json::Value], excused: impl Fn(&serde_json::Value) -> bool) {
    let bad: Vec<String> = rows
        .iter()
        .filter(|r| r["status"] != "match" && !excused(r))
        .map(|r| format!("{} on {}: {} {}", r["case"], r["backend"], r["status"], r["message"]))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_sample_matches_the_reference_on_the_vulkan_backends() {
    let (rows, stdout, code) = run_samples("vulkan,wgpu-vulkan");
    assert!(rows.len() >= 52, "26 cases on two backends: {stdout}");
    // lavapipe has subgroups but no cooperative matrices, and the shader
    // route has no bf16: the matrix samples are refused with that reason,
    // every other sample matches.
    let refused = |r: &serde_json::Value| {
        let message = r["message"].as_str().unwrap_or_default();
        r["status"] == "unsupported"
            && match r["case"].as_str() {
                Some("hgemm") => message.contains("cooperative matri"),
                Some("bgemm") => message.contains("bf16 matrix tiles"),
                _ => false,
            }
    };
    assert_all_match(&rows, refused);
    for case in ["reduce_sum_subgroup", "sum_subgroup", "prefix_sum_subgroup"] {
        let matched = rows
            .iter()
            .filter(|r| r["case"] == case && r["status"] == "match")
            .count();
        assert_eq!(matched, 2, "{case} on both Vulkan backends (subgroups of 8 lanes)");
    }
    assert_eq!(rows.iter().filter(|r| refused(r)).count(), 4, "{stdout}");
    assert_eq!(code, Some(0));
}

/// `bench` on the shader backends: the hand-written WGSL baselines run beside
/// the Rust kernels with the same plans and are judged against the reference
/// too, and each device's compute-shader copy roof is measured.
#[test]
fn bench_runs_the_wgsl_baselines_and_the_copy_roof_on_the_shader_backends() {
    let history = tempfile::tempdir().expect("tempdir");
    let mut backends = vec!["vulkan:0", "wgpu-vulkan:0"];
    if everygpu_backend_browser::find().is_ok() {
        backends.push("browser:0");
    }
    let families: Vec<&str> = backends.iter().filter_map(|b| b.split(':').next()).collect();
    let out = bench(history.path())
        .args([
            "--backend",
            &families.join(","),
            "--case",
            "copy_f32,dot_f32",
            "--size",
            "65536",
        ])
        .args(["--repeat", "2", "--warmup", "1", "--json", "--timeout-ms", "300000"])
        .output()
        .expect("everygpu runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: serde_json::Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    let rows = v["results"].as_array().expect("rows");
    for backend in backends {
        let device = v["devices"]
            .as_array()
            .and_then(|d| d.iter().find(|d| d["backend"] == backend))
            .unwrap_or_else(|| panic!("no {backend} among the devices: {stdout}"));
        assert!(device["copy_gbps"].as_f64().is_some_and(|g| g > 0.0), "{device}");
        for case in ["copy_f32", "dot_f32"] {
            let of = |kind: &str| {
                rows.iter()
                    .find(|r| r["backend"] == backend && r["case"] == case && r["kind"]["type"] == kind)
                    .unwrap_or_else(|| panic!("no {kind} row of {case} on {backend}: {stdout}"))
            };
            let (baseline, kernel) = (of("baseline"), of("kernel"));
            assert_eq!(baseline["kind"]["name"], "WGSL");
            assert_eq!(baseline["status"], "match", "{baseline}");
            assert_eq!(kernel["status"], "match", "{kernel}");
            assert_eq!(kernel["baseline"], "WGSL");
            assert!(
                kernel["ratio_to_baseline"].as_f64().is_some_and(|r| r > 0.0),
                "{kernel}"
            );
        }
    }
    assert_eq!(out.status.code(), Some(0));
}

/// `bench --wgsl DIR` runs the user's own WGSL kernels as the baselines: a
/// kernel with a file is measured beside the Rust one, a file naga rejects
/// is that row's error (naming the file), and a kernel without a file has no
/// baseline row. A folder without any `.wgsl` file is refused.
#[test]
fn bench_takes_the_users_wgsl_baselines() {
    let root = root();
    let history = tempfile::tempdir().expect("tempdir");
    let wgsl = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        root.join("backends/wgpu/baseline/copy_f32.wgsl"),
        wgsl.path().join("copy_f32.wgsl"),
    )
    .expect("copy_f32.wgsl");
    std::fs::write(wgsl.path().join("dot_f32.wgsl"), "fn dot_f32( {\n").expect("dot_f32.wgsl");
    let run = |dir: &Path| {
        bench(history.path())
            .args([
                "--backend",
                "vulkan",
                "--case",
                "copy_f32,dot_f32,add_f32",
                "--size",
                "65536",
            ])
            .args(["--repeat", "2", "--warmup", "1", "--warmup-ms", "0", "--json"])
            .args(["--timeout-ms", "300000", "--wgsl"])
            .arg(dir)
            .output()
            .expect("everygpu runs")
    };
    let out = run(wgsl.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: serde_json::Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    let rows = v["results"].as_array().expect("rows");
    let baseline = |case: &str| {
        rows.iter()
            .find(|r| r["backend"] == "vulkan:0" && r["case"] == case && r["kind"]["type"] == "baseline")
    };
    let copy = baseline("copy_f32").unwrap_or_else(|| panic!("no copy_f32 baseline: {stdout}"));
    assert_eq!(copy["status"], "match", "{copy}");
    let dot = baseline("dot_f32").unwrap_or_else(|| panic!("no dot_f32 baseline: {stdout}"));
    assert_eq!(dot["status"], "error", "{dot}");
    assert!(
        dot["message"].as_str().is_some_and(|m| m.contains("dot_f32.wgsl")),
        "{dot}"
    );
    assert!(baseline("add_f32").is_none(), "add_f32 has no WGSL file: {stdout}");
    let kernel = rows
        .iter()
        .find(|r| r["backend"] == "vulkan:0" && r["case"] == "add_f32" && r["kind"]["type"] == "kernel")
        .unwrap_or_else(|| panic!("no add_f32 row: {stdout}"));
    assert_eq!(kernel["status"], "match", "{kernel}");

    let empty = tempfile::tempdir().expect("tempdir");
    let out = run(empty.path());
    assert_ne!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no `<kernel>.wgsl` file"), "{stderr}");
}

/// GL (llvmpipe here) has no 64-bit integers in shaders: every sample whose
/// source uses none runs there and matches (panic paths, copies and pair
/// moves are lowered in 32-bit words); what GL lacks (f64, subgroups,
/// cooperative matrices) is refused with that reason, never 64-bit integers.
#[test]
fn every_sample_without_64_bit_types_runs_on_gl() {
    let (rows, stdout, _) = run_samples("wgpu-gl");
    if rows.is_empty() {
        println!("skipped: no wgpu GL adapter");
        return;
    }
    let lacks = |r: &serde_json::Value| {
        let m = r["message"].as_str().unwrap_or_default();
        r["status"] == "unsupported"
            && (m.contains("needs f64")
                || m.contains("subgroup operations")
                || m.contains("cooperative matri")
                || m.contains("bf16 matrix tiles"))
    };
    assert_all_match(&rows, lacks);
    for case in [
        "dot_f32",
        "reduce_sum",
        "histogram",
        "matmul_tiled",
        "sgemm",
        "prefix_sum",
        "mandelbrot",
    ] {
        assert!(
            rows.iter().any(|r| r["case"] == case && r["status"] == "match"),
            "{case} on GL: {stdout}"
        );
    }
}

/// The browser backend (WebGPU in headless Chromium; SwiftShader where there
/// is no GPU): every sample whose source has no 64-bit types runs the WGSL
/// that `emit --route wgsl` writes and matches; what WebGPU lacks (f64,
/// 64-bit integers, matrix tiles) is refused with that reason.
#[test]
fn every_sample_without_64_bit_types_matches_in_the_browser() {
    if let Err(why) = everygpu_backend_browser::find() {
        println!("skipped: {why}");
        return;
    }
    let (rows, stdout, _) = run_samples("browser");
    assert!(!rows.is_empty(), "Chromium is installed, so browser:0 runs: {stdout}");
    let lacks = |r: &serde_json::Value| {
        let m = r["message"].as_str().unwrap_or_default();
        r["status"] == "unsupported"
            && (m.contains("f64 (WebGPU has no 64-bit floats)")
                || m.contains("matrix tiles (WebGPU has no cooperative matrices)")
                || m.contains("bf16 matrix tiles"))
    };
    assert_all_match(&rows, lacks);
    for case in [
        "saxpy",
        "dot_f32",
        "reduce_sum",
        "histogram",
        "matmul_tiled",
        "sgemm",
        "prefix_sum",
        "mandelbrot",
        "reduce_sum_subgroup",
        "sum_subgroup",
        "prefix_sum_subgroup",
    ] {
        assert!(
            rows.iter().any(|r| r["case"] == case && r["status"] == "match"),
            "{case} in the browser: {stdout}"
        );
    }
    // Kernels whose WGSL keeps WGSL's uniformity rules run without
    // Chromium's extension that turns the analysis off.
    let relaxed: Vec<&str> = rows
        .iter()
        .filter(|r| {
            r["message"]
                .as_str()
                .is_some_and(|m| m.contains("chromium_disable_uniformity_analysis"))
        })
        .filter_map(|r| r["case"].as_str())
        .collect();
    for case in [
        "saxpy",
        "histogram",
        "prefix_sum",
        "sum_subgroup",
        "reduce_sum_subgroup",
        "nbody",
        "mandelbrot",
    ] {
        assert!(!relaxed.contains(&case), "{case} keeps the rules: {relaxed:?}");
    }
}
