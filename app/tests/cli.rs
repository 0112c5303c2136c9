//! The `everygpu` binary as a user runs it: the sample kernels on the CPU
//! backends, emitted artifacts, and every kind of bad input.

mod common;

use common::{everygpu, root, run, temp_crate, GOOD};
use std::path::PathBuf;
use std::process::Command;

#[test]
fn sample_kernels_match_on_both_cpu_backends_with_the_json_contract() {
    let (code, out, err) =
        run(everygpu()
            .args(["run"])
            .arg(root().join("sample-kernels"))
            .args(["--backend", "cpu,cpu-mt", "--json"]));
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    let rows = v["results"].as_array().expect("results array");
    let keys = [
        "backend",
        "case",
        "compile_ms",
        "compiled",
        "device",
        "gbps",
        "gflops",
        "max_abs_err",
        "max_rel_err",
        "message",
        "prints",
        "races",
        "stats",
        "status",
        "time_ms",
    ];
    let mut cases = std::collections::BTreeSet::new();
    for r in rows {
        let mut k: Vec<&str> = r.as_object().expect("object").keys().map(|s| s.as_str()).collect();
        k.sort();
        assert_eq!(k, keys);
        assert_eq!(r["status"], "match", "{r}");
        assert_eq!(
            r["stats"],
            serde_json::json!([]),
            "the CPU backends compile no kernel of their own: {r}"
        );
        cases.insert(r["case"].as_str().expect("case").to_string());
    }
    for expected in [
        "saxpy",
        "copy_f32",
        "dot_f64",
        "reduce_sum",
        "reduce_sum_subgroup",
        "prefix_sum_subgroup",
        "histogram",
        "matmul_tiled",
        "sgemm",
        "nbody",
        "mandelbrot",
        "bitonic_sort",
        "prefix_sum",
    ] {
        assert!(cases.contains(expected), "missing case {expected}: {cases:?}");
    }
    assert_eq!(rows.len(), cases.len() * 2, "one row per case and backend");
}

/// The README's main command: every sample on every backend found here
/// exits 0, kernels a device cannot run are `unsupported` and counted apart,
/// and stderr stays quiet even without a desktop session.
#[test]
fn the_readme_command_exits_0_with_unsupported_rows_counted_apart() {
    let (code, out, err) = run(everygpu()
        .env_remove("XDG_RUNTIME_DIR")
        .env_remove("NODEVICE_SELECT")
        .arg("run")
        .arg(root().join("sample-kernels"))
        .arg("--json"));
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    let noise: Vec<&str> = err
        .lines()
        .filter(|l| {
            let l = l.to_ascii_lowercase();
            l.starts_with("error") || l.starts_with("warning") || l.contains("panicked")
        })
        .collect();
    assert!(noise.is_empty(), "stderr: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    let rows = v["results"].as_array().expect("results");
    let unsupported: Vec<&serde_json::Value> = rows.iter().filter(|r| r["status"] == "unsupported").collect();
    for r in rows {
        assert!(r["status"] == "match" || r["status"] == "unsupported", "{r}");
    }
    for r in &unsupported {
        let m = r["message"].as_str().expect("message");
        let kernel_named = m.starts_with("kernel `") && m.contains("which this device does not support");
        assert!(kernel_named, "{r}");
    }
    assert_eq!(
        v["counts"]["unsupported"].as_u64().unwrap_or(0),
        unsupported.len() as u64
    );
    assert_eq!(
        v["counts"]["match"].as_u64(),
        Some((rows.len() - unsupported.len()) as u64)
    );
    // A device without f64 (llvmpipe's GL here) refuses the f64 cases as
    // unsupported, and runs every other case but those needing subgroups or
    // matrix tiles: no 64-bit integers where the source has none.
    let (_, devices, _) = run(everygpu().args(["devices", "--json"]));
    let devices: serde_json::Value = serde_json::from_str(&devices).expect("devices json");
    for d in devices["backends"].as_array().expect("backends") {
        if d["device"]["f64"] == false {
            let id = d["id"].as_str().expect("id");
            for r in rows.iter().filter(|r| r["backend"] == id && r["status"] != "match") {
                let m = r["message"].as_str().unwrap_or_default();
                let why = ["f64", "subgroup", "matri", "bf16"];
                assert!(why.iter().any(|w| m.contains(w)), "refused for another reason: {r}");
            }
            let row = rows
                .iter()
                .find(|r| r["backend"] == id && r["case"] == "dot_f64")
                .unwrap_or_else(|| panic!("no dot_f64 row on {id}"));
            assert_eq!(row["status"], "unsupported", "{row}");
            assert!(row["message"].as_str().is_some_and(|m| m.contains("f64")), "{row}");
        }
    }
}

/// `unsupported` in the table: counted apart under it, and the exit code 0.
#[test]
fn a_kernel_the_device_cannot_run_is_unsupported_not_a_failure() {
    let (_, devices, _) = run(everygpu().args(["devices", "--json"]));
    let devices: serde_json::Value = serde_json::from_str(&devices).expect("devices json");
    let Some(id) = devices["backends"]
        .as_array()
        .expect("backends")
        .iter()
        .find(|d| d["device"]["f64"] == false)
        .and_then(|d| d["id"].as_str())
    else {
        eprintln!("skipped: every device here has f64 (llvmpipe's GL adapter has none)");
        return;
    };
    let (code, out, err) = run(everygpu()
        .arg("run")
        .arg(root().join("sample-kernels"))
        .args(["--case", "saxpy,dot_f64", "--backend"])
        .arg(format!("cpu,{id}")));
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    assert!(out.contains("unsupported"), "{out}");
    assert!(
        out.contains("4 results: 3 match, 1 unsupported (unsupported: the device lacks a feature the kernel needs; not a failure)"),
        "{out}"
    );
}

#[test]
fn compile_errors_name_file_line_and_column() {
    let lib = GOOD.replace("x[i] *= 2.0;", "x[i] *= undefined_thing;");
    let dir = temp_crate("brokenk", &lib);
    let (code, _, err) = run(everygpu().arg("run").arg(dir.path()).args(["--backend", "cpu"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("src/lib.rs:8:17: error: cannot find value `undefined_thing`"),
        "{err}"
    );
    assert!(
        err.contains("x[i] *= undefined_thing;"),
        "the source line is shown: {err}"
    );
}

#[test]
fn missing_path_is_an_error() {
    let (code, _, err) = run(everygpu().args(["run", "/no/such/crate"]));
    assert_eq!(code, 2);
    assert!(err.contains("/no/such/crate: no such file or directory"), "{err}");
}

#[test]
fn a_folder_without_cargo_toml_is_not_a_crate() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = run(everygpu().arg("run").arg(dir.path()));
    assert_eq!(code, 2);
    assert!(err.contains("not a Cargo crate (no Cargo.toml)"), "{err}");
}

#[test]
fn a_crate_without_kernels_is_an_error() {
    let dir = temp_crate(
        "nokernels",
        "#![no_std]\npub use everygpu_kernel::global_index;\npub fn helper() {}\n",
    );
    let (code, _, err) = run(everygpu().arg("run").arg(dir.path()).args(["--backend", "cpu"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("defines no #[kernel]"), "{err}");
}

#[test]
fn unknown_case_and_backend_list_what_exists() {
    let dir = temp_crate("goodk", GOOD);
    let (code, _, err) = run(everygpu()
        .arg("run")
        .arg(dir.path())
        .args(["--case", "nope", "--backend", "cpu"]));
    assert_eq!(code, 2);
    assert!(err.contains("unknown case `nope`; the crate has: double"), "{err}");
    let (code, _, err) = run(everygpu().arg("run").arg(dir.path()).args(["--backend", "quantum"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown backend `quantum`; available here: cpu, cpu-mt"),
        "{err}"
    );
}

#[test]
fn sizes_zero_too_large_and_beyond_memory_are_errors() {
    let dir = temp_crate("sizek", GOOD);
    for bad in ["0", "-1"] {
        let (code, _, err) = run(everygpu().arg("run").arg(dir.path()).args(["--size", bad]));
        assert_eq!(code, 2);
        assert!(
            err.contains("--size") && err.contains("1 or more") || err.contains("at least 1"),
            "{err}"
        );
    }
    let (code, _, err) = run(everygpu().arg("run").arg(dir.path()).args(["--size", "2^10..2^12"]));
    assert_eq!(code, 2);
    assert!(err.contains("bench --sizes"), "{err}");
    let (code, _, err) = run(everygpu().arg("run").arg(dir.path()).args(["--size", "2000000000000"]));
    assert_eq!(code, 2);
    assert!(err.contains("larger than the maximum"), "{err}");
    // 2^38 floats = 1 TiB: the case refuses before allocating, and says why.
    let (code, out, _) = run(everygpu()
        .arg("run")
        .arg(dir.path())
        .args(["--size", "274877906944", "--json"]));
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let row = &v["results"][0];
    assert_eq!(row["status"], "error");
    let msg = row["message"].as_str().expect("message");
    assert!(msg.contains("need 1024.0 GiB") && msg.contains("available"), "{msg}");
}

#[test]
fn a_missing_kernel_toolchain_says_how_to_install_it() {
    let dir = temp_crate("tck", GOOD);
    let (code, _, err) = run(everygpu()
        .env("EVERYGPU_KERNEL_RUSTC", "/nonexistent/rustc")
        .arg("emit")
        .arg(dir.path())
        .args(["--route", "nvptx"]));
    assert_eq!(code, 2);
    assert!(err.contains("/nonexistent/rustc (not found)"), "{err}");
    assert!(
        err.contains("apt-get install -y rustc-web rust-web-src llvm-22 lld-22"),
        "{err}"
    );
}

#[test]
fn emit_writes_self_contained_ptx_and_a_wasm_module() {
    let out = tempfile::tempdir().expect("tempdir");
    let samples = root().join("sample-kernels");
    let (code, stdout, err) = run(everygpu()
        .arg("emit")
        .arg(&samples)
        .args(["--route", "nvptx", "--out"])
        .arg(out.path()));
    assert_eq!(code, 0, "{err}");
    let ptx = std::fs::read_to_string(stdout.trim()).expect("ptx written");
    for k in ["saxpy", "dot_f64", "matmul_tiled", "scan_blocks", "nbody_accel"] {
        assert!(ptx.contains(&format!(".entry {k}(")), "no entry {k}");
    }
    let externs: Vec<&str> = ptx
        .lines()
        .filter(|l| l.trim_start().starts_with(".extern") && !l.contains(".shared"))
        .collect();
    assert!(externs.is_empty(), "{externs:?}");

    let (code, stdout, err) = run(everygpu()
        .arg("emit")
        .arg(&samples)
        .args(["--route", "wasm", "--out"])
        .arg(out.path()));
    assert_eq!(code, 0, "{err}");
    let wasm = std::fs::read(stdout.trim()).expect("wasm written");
    assert_eq!(&wasm[..4], b"\0asm");
    for k in ["saxpy", "dot_f64", "matmul_tiled", "scan_blocks", "nbody_accel"] {
        assert!(wasm.windows(k.len()).any(|w| w == k.as_bytes()), "no export {k}");
    }
}

#[test]
fn bench_reports_the_native_baseline_ratio() {
    let history = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = run(everygpu()
        .env("EVERYGPU_HISTORY", history.path().join("h.sqlite"))
        .arg("bench")
        .arg(root().join("sample-kernels"))
        .args([
            "--backend",
            "cpu-mt",
            "--case",
            "saxpy",
            "--size",
            "65536",
            "--repeat",
            "3",
            "--json",
        ]));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let rows = v["results"].as_array().expect("rows");
    // `cpu-mt` is compared with the plain loop on rayon (the plain loop on
    // one core is `cpu`'s baseline, and `cpu` does not run here).
    let rayon = rows
        .iter()
        .find(|r| r["kind"]["name"] == "rayon")
        .expect("rayon baseline row");
    assert_eq!(rayon["repeat"], 3);
    assert_eq!(rayon["kind"]["type"], "baseline");
    assert!(rows.iter().all(|r| r["kind"]["name"] != "native"), "{rows:?}");
    let mt = rows
        .iter()
        .find(|r| r["backend"] == "cpu-mt" && r["kind"]["type"] == "kernel")
        .expect("cpu-mt row");
    assert_eq!(mt["baseline"], "rayon");
    assert!(mt["ratio_to_baseline"].as_f64().is_some_and(|r| r > 0.0), "{mt}");
    assert!(mt["gbps"].as_f64().is_some_and(|g| g > 0.0));
    // The copy roof was measured for the device, and the row is a share of it.
    let devices = v["devices"].as_array().expect("devices");
    let cpu_mt = devices
        .iter()
        .find(|d| d["backend"] == "cpu-mt")
        .expect("cpu-mt device");
    assert!(cpu_mt["copy_gbps"].as_f64().is_some_and(|g| g > 0.0), "{cpu_mt}");
    assert!(mt["pct_of_copy_roof"].as_f64().is_some_and(|p| p > 0.0), "{mt}");
}

#[test]
fn bench_sweeps_sizes_writes_a_report_and_keeps_history() {
    let history = tempfile::tempdir().expect("tempdir");
    let db = history.path().join("h.sqlite");
    let report = history.path().join("report");
    let bench = |extra: &[&str]| {
        let mut c = everygpu();
        c.env("EVERYGPU_HISTORY", &db)
            .arg("bench")
            .arg(root().join("sample-kernels"))
            .args([
                "--backend",
                "cpu-mt",
                "--case",
                "saxpy",
                "--repeat",
                "2",
                "--warmup",
                "0",
            ])
            .args(extra);
        run(&mut c)
    };
    let (code, out, err) = bench(&["--sizes", "2^10..2^14:2", "--json", "--report"]);
    assert_ne!(code, 0, "--report needs a folder");
    assert!(err.contains("--report"), "{out}{err}");
    let (code, out, err) = bench(&[
        "--sizes",
        "2^10..2^14:2",
        "--json",
        "--report",
        report.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let sizes: Vec<u64> = v["results"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["backend"] == "cpu-mt" && r["kind"]["type"] == "kernel")
        .map(|r| r["size"].as_u64().expect("size"))
        .collect();
    assert_eq!(sizes, vec![1 << 10, 1 << 12, 1 << 14]);
    let written: Vec<String> = std::fs::read_dir(&report)
        .expect("the report folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    for suffix in [".md", ".json", "-throughput.png", "-roofline.png"] {
        assert!(
            written.iter().any(|f| f.ends_with(suffix)),
            "no *{suffix} in {written:?}"
        );
    }
    assert!(err.contains("stored as run #1"), "{err}");
    // A second run (one size), then the history lists both and compares them.
    let (code, _, err) = bench(&["--size", "4096"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("stored as run #2"), "{err}");
    let (code, out, err) = run(everygpu().env("EVERYGPU_HISTORY", &db).args(["history", "--json"]));
    assert_eq!(code, 0, "{err}");
    let runs: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(runs.as_array().map(Vec::len), Some(2), "{runs}");
    let (code, out, err) = run(everygpu().env("EVERYGPU_HISTORY", &db).args(["history", "1", "2"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("saxpy") && out.contains("2^12"), "{out}");
    let (code, _, err) = run(everygpu().env("EVERYGPU_HISTORY", &db).args(["history", "1", "99"]));
    assert_ne!(code, 0);
    assert!(err.contains("99"), "{err}");
    let (code, _, err) = run(everygpu().args(["bench", "x", "--sizes", "2^12..2^10"]));
    assert_eq!(code, 2);
    assert!(err.contains("power of two"), "{err}");
}

/// Two kernels of one name (in two modules) are refused on every route, with
/// both definitions named; the CPU route no longer runs one of them silently.
#[test]
fn duplicate_kernel_names_are_refused_naming_both_places() {
    let lib = r#"#![no_std]
pub mod a {
    use everygpu_kernel::{global_index, kernel};
    #[kernel]
    pub fn scale(x: &mut [f32]) {
        let i = global_index();
        if i < x.len() {
            x[i] *= 2.0;
        }
    }
}
pub mod b {
    use everygpu_kernel::{global_index, kernel};
    #[kernel]
    pub fn scale(x: &mut [f32]) {
        let i = global_index();
        if i < x.len() {
            x[i] *= 3.0;
        }
    }
}
everygpu_kernel::host_only! {
    mod cases {
        use everygpu_kernel::host::*;
        #[everygpu_kernel::case(size = 1000)]
        fn twice(n: usize) -> Case {
            let mut c = Case::new();
            let x = c.output("x", data::filled(n, 1.5f32));
            c.launch("scale", Grid::Linear(n as u64), &[x.into()]);
            c
        }
    }
}
"#;
    let dir = temp_crate("egpu_dup_kernels", lib);
    let (code, out, err) = run(everygpu().arg("run").arg(dir.path()).args(["--backend", "cpu,cpu-mt"]));
    assert_ne!(code, 0, "stdout: {out}\nstderr: {err}");
    assert!(
        err.contains("kernel `scale` is defined twice, at src/lib.rs:5 and at src/lib.rs:15"),
        "stdout: {out}\nstderr: {err}"
    );
}

/// `--repeat 0`, `--timeout-ms 0` and `--limit 0` would measure, allow or
/// list nothing: refused with the argument named, exit code 2.
#[test]
fn zero_repeats_timeouts_and_limits_are_refused() {
    let samples = root().join("sample-kernels");
    let cases: [(&[&str], &str); 3] = [
        (&["bench", "--repeat", "0"], "--repeat"),
        (&["run", "--timeout-ms", "0"], "--timeout-ms"),
        (&["history", "--limit", "0"], "--limit"),
    ];
    for (args, named) in cases {
        let mut c = everygpu();
        c.args(args);
        if args[0] != "history" {
            c.arg(&samples);
        }
        let (code, _, err) = run(&mut c);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(named) && err.contains("'0'"), "{args:?}: {err}");
    }
}

/// A run `bench` was asked to store and could not: the results are printed,
/// the error names the database file, and the exit code says it (1).
#[test]
fn bench_says_when_it_could_not_store_the_run() {
    let blocker = tempfile::NamedTempFile::new().expect("temp file");
    let db = blocker.path().join("history.sqlite");
    let (code, out, err) = run(everygpu()
        .env("EVERYGPU_HISTORY", &db)
        .arg("bench")
        .arg(root().join("sample-kernels"))
        .args(["--case", "saxpy", "--backend", "cpu", "--size", "1024", "--repeat", "1"]));
    assert_eq!(code, 1, "stdout: {out}\nstderr: {err}");
    assert!(
        out.contains("saxpy") && out.contains("match"),
        "the results are printed: {out}"
    );
    assert!(
        err.contains("the run was not stored in the history") && err.contains(&db.display().to_string()),
        "stderr: {err}"
    );
}

/// A run leaves nothing in the temporary folder: the CPU library's private
/// copies are removed once loaded, in every process that loads one.
#[test]
fn a_run_leaves_nothing_in_the_temporary_folder() {
    let dir = temp_crate("egpu_no_leftovers", GOOD);
    let tmp = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = run(everygpu().env("TMPDIR", tmp.path()).arg("run").arg(dir.path()));
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .expect("read the temporary folder")
        .map(|e| e.map(|e| e.file_name()))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// Shared-memory buffers of everygpu processes that are gone (a run killed by
/// a signal) are swept when the next one starts; those of live ones stay.
#[cfg(target_os = "linux")]
#[test]
fn stale_shared_buffers_of_dead_runs_are_swept() {
    let mut child = Command::new("true").spawn().expect("spawn true");
    let dead = child.id();
    child.wait().expect("wait");
    let stale = PathBuf::from(format!("/dev/shm/everygpu-{dead}-0"));
    let live = PathBuf::from(format!("/dev/shm/everygpu-{}-sweep-test", std::process::id()));
    std::fs::write(&stale, b"left by a killed run").expect("write stale buffer");
    std::fs::write(&live, b"in use").expect("write live buffer");
    let (code, _, err) = run(everygpu().arg("devices"));
    let (stale_left, live_left) = (stale.exists(), live.exists());
    let _ = std::fs::remove_file(&stale);
    let _ = std::fs::remove_file(&live);
    assert_eq!(code, 0, "{err}");
    assert!(!stale_left, "the dead process's buffer was swept");
    assert!(live_left, "a live process's buffer stays");
}

/// Without Chromium, or with one that cannot start, the browser backend is
/// absent and `devices` says why; a run that names it says so and exits 1.
#[test]
fn the_browser_backend_says_why_it_is_absent() {
    for (chromium, why) in [
        (
            "/nonexistent/chromium",
            "EVERYGPU_CHROMIUM=/nonexistent/chromium is not a file",
        ),
        ("/bin/false", "Chromium exited at start"),
    ] {
        let (code, out, err) = run(everygpu()
            .env("EVERYGPU_CHROMIUM", chromium)
            .args(["devices", "--json"]));
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        let absent = v["absent"].as_array().expect("absent");
        assert!(
            absent
                .iter()
                .any(|a| a["backend"] == "browser" && a["reason"].as_str().unwrap_or("").contains(why)),
            "{chromium}: {out}"
        );
        assert!(v["backends"]
            .as_array()
            .expect("backends")
            .iter()
            .any(|b| b["id"] == "cpu"));
    }
    let dir = temp_crate("egpu_no_browser", GOOD);
    let (code, out, err) = run(everygpu()
        .env("EVERYGPU_CHROMIUM", "/nonexistent/chromium")
        .arg("run")
        .arg(dir.path())
        .args(["--backend", "browser"]));
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("is not a file"), "{out}");
}

/// A run on the browser backend leaves no Chromium process and no file
/// behind: its profile, and what Chromium writes to its temporary folder,
/// live in the run's scratch folder, named after the temporary folder.
#[test]
fn the_browser_backend_leaves_no_process_and_no_file() {
    if let Err(why) = everygpu_backend_browser::find() {
        println!("skipped: {why}");
        return;
    }
    let dir = temp_crate("egpu_browser_clean", GOOD);
    let tmp = tempfile::tempdir().expect("tempdir");
    let (code, out, err) =
        run(everygpu()
            .env("TMPDIR", tmp.path())
            .arg("run")
            .arg(dir.path())
            .args(["--backend", "browser", "--json"]));
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("\"backend\":\"browser:0\""), "{out}");
    // Processes killed at the end may take a moment to go.
    let marker = tmp.path().to_string_lossy().into_owned();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let running: Vec<String> = std::fs::read_dir("/proc")
            .expect("/proc")
            .flatten()
            .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
            .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
            .filter(|c| c.contains(&marker))
            .collect();
        if running.is_empty() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "left running: {running:?}");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .expect("read the temporary folder")
        .map(|e| e.map(|e| e.file_name()))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
