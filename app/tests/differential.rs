//! Differential test: every sample kernel on every shader backend this machine
//! has (lavapipe in CI) gives the CPU reference's results.

use std::path::Path;
use std::process::Command;

#[test]
fn every_sample_matches_the_reference_on_the_vulkan_backends() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("root").to_owned();
    let out = Command::new(env!("CARGO_BIN_EXE_everygpu"))
        .env("EVERYGPU_TARGET_DIR", root.join("target/everygpu-tests"))
        .arg("run")
        .arg(root.join("sample-kernels"))
        .args(["--backend", "vulkan,wgpu-vulkan", "--json", "--timeout-ms", "60000"])
        .output()
        .expect("everygpu runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: serde_json::Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    let rows = v["results"].as_array().expect("rows");
    assert!(rows.len() >= 40, "20 cases on two backends: {stdout}");
    let bad: Vec<String> = rows
        .iter()
        .filter(|r| r["status"] != "match")
        .map(|r| format!("{} on {}: {} {}", r["case"], r["backend"], r["status"], r["message"]))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert_eq!(out.status.code(), Some(0));
}
