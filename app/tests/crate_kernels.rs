//! Crates that were not written for GPUs (libm, glam, crc32fast,
//! rand_xoshiro: `tests/crate-kernels`) give the CPU's results on every
//! backend this machine has (lavapipe and llvmpipe GL in CI), bit for bit:
//! libm's functions over every magnitude and the specials included, through
//! Vulkan and through wgpu's Vulkan alike.

mod common;

#[test]
fn crates_io_kernels_match_the_cpu_everywhere() {
    let (_, stdout, stderr) = common::run(
        common::everygpu()
            .arg("run")
            .arg(common::root().join("tests/crate-kernels"))
            .args(["--backend", "cpu-mt,vulkan,wgpu", "--json", "--timeout-ms", "300000"]),
    );
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}\n{stderr}"));
    let rows = v["results"].as_array().expect("rows");
    let cases = ["libm_f32", "libm_wave", "glam_rotate", "crc_blocks", "xoshiro"];
    for case in cases {
        assert!(rows.iter().any(|r| r["case"] == case), "no row for {case}: {stdout}");
    }
    // libm computes in f64 inside its f32 functions (and glam calls them):
    // GL without f64 refuses those, naming f64. Everything else matches.
    let refused = |r: &serde_json::Value| {
        r["status"] == "unsupported" && r["message"].as_str().unwrap_or_default().contains("f64")
    };
    let bad: Vec<String> = rows
        .iter()
        .filter(|r| r["status"] != "match" && !refused(r))
        .map(|r| format!("{} on {}: {} {}", r["case"], r["backend"], r["status"], r["message"]))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    let shader_rows = rows
        .iter()
        .filter(|r| {
            r["backend"]
                .as_str()
                .is_some_and(|b| b.starts_with("vulkan") || b.starts_with("wgpu-vulkan"))
        })
        .count();
    if shader_rows == 0 {
        println!("skipped the shader backends: no Vulkan device");
        return;
    }
    for case in cases {
        for backend in ["vulkan:0", "wgpu-vulkan:0"] {
            assert!(
                rows.iter()
                    .any(|r| r["case"] == case && r["backend"] == backend && r["status"] == "match"),
                "{case} on {backend}: {stdout}"
            );
        }
    }
}
