//! Nothing a kernel does takes everygpu down: every fault kernel is reported
//! with the right status on the CPU backends, the process exits normally
//! (non-zero), and the good case still runs after the bad ones.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// `everygpu run tests/fault-kernels --json --timeout-ms 2000` with `args`:
/// the result rows, once it exited 1 (not by a signal).
fn run_faults(args: &[&str]) -> Vec<serde_json::Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("root").to_owned();
    let out = Command::new(env!("CARGO_BIN_EXE_everygpu"))
        .env_remove("EVERYGPU_TARGET_DIR")
        .arg("run")
        .arg(root.join("tests/fault-kernels"))
        .args(["--json", "--timeout-ms", "2000"])
        .args(args)
        .output()
        .expect("everygpu runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "exits 1, not by a signal: {stdout}");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    v["results"].as_array().expect("rows").clone()
}

#[test]
fn every_fault_is_reported_and_the_good_case_still_runs() {
    let rows = run_faults(&["--backend", "cpu,cpu-mt"]);
    let mut status: BTreeMap<(String, String), (String, String)> = BTreeMap::new();
    for r in &rows {
        let key = (
            r["case"].as_str().unwrap_or("").to_string(),
            r["backend"].as_str().unwrap_or("").to_string(),
        );
        status.insert(
            key,
            (
                r["status"].as_str().unwrap_or("").to_string(),
                r["message"].as_str().unwrap_or("").to_string(),
            ),
        );
    }
    let expect = |case: &str, backend: &str, want: &str, words: &[&str]| {
        let (s, m) = status
            .get(&(case.to_string(), backend.to_string()))
            .unwrap_or_else(|| panic!("no row {case}/{backend}"));
        assert_eq!(s, want, "{case} on {backend}: {m}");
        for w in words {
            assert!(m.contains(w), "{case} on {backend}: `{w}` not in: {m}");
        }
    };
    for b in ["cpu", "cpu-mt"] {
        expect(
            "oob_read",
            b,
            "panic",
            &[
                "index out of bounds: the len is 1024 but the index is 1024",
                "thread (255,0,0) of workgroup (3,0,0)",
                "src/lib.rs:13",
            ],
        );
        expect("oob_write", b, "panic", &["index out of bounds", "src/lib.rs:21"]);
        expect(
            "explicit_panic",
            b,
            "panic",
            &["thread 37 gives up", "thread (37,0,0)", "src/lib.rs:29"],
        );
        expect("divide_by_zero", b, "panic", &["attempt to divide by zero"]);
        expect("endless_loop", b, "timeout", &["ran longer than 2000 ms"]);
        expect("recursion", b, "error", &["worker died", "SIGSEGV"]);
        expect("large_local_array", b, "error", &["worker died"]);
        expect("huge_buffer", b, "error", &["GiB", "available"]);
        expect("nan_output", b, "match", &[]);
        expect("function_pointer", b, "match", &[]);
        expect("good", b, "match", &[]);
    }
    expect("nan_output", "cpu-mt", "match", &["output values are NaN"]);
    // The good case is last in the source and ran after every fault.
    let last = rows.last().expect("rows");
    assert_eq!(last["case"], "good");
}

/// What every backend says of `oob_read`: core's words with the values, and
/// where.
const OOB_READ: &[&str] = &[
    "index out of bounds: the len is 1024 but the index is 1024",
    "src/lib.rs:13",
];

/// On the shader backends (lavapipe and llvmpipe GL here): panics name the
/// thread and the source line, an endless loop is a `timeout` like on the
/// CPU (llvmpipe's loop limit ends it, and the kernel says so instead of
/// finishing with wrong values), calls through function pointers run, a
/// recursive call is a panic naming the function.
#[test]
fn every_fault_is_reported_on_the_shader_backends() {
    let rows = run_faults(&[
        "--backend",
        "vulkan,wgpu,browser",
        "--case",
        "oob_read,endless_loop,recursion,function_pointer,good",
    ]);
    let backends: std::collections::BTreeSet<&str> = rows.iter().filter_map(|r| r["backend"].as_str()).collect();
    if backends.is_empty() {
        println!("skipped: no Vulkan, wgpu or browser device");
        return;
    }
    expect_rows(&rows, |case| match case {
        // The same words as the CPU's: the values travel in the status buffer.
        "oob_read" => ("panic", OOB_READ),
        "endless_loop" => ("timeout", &["endless_loop"]),
        "recursion" => ("panic", &["recursion is not supported on this route", "thread (0,0,0)"]),
        "function_pointer" => ("match", &[]),
        "good" => ("match", &[]),
        other => panic!("unexpected case {other}"),
    });
}

/// On CUDA: panics read as on the CPU (core's index checks carry their
/// values, a message without formatted values its text), and the good case
/// runs after them.
#[test]
fn panics_read_like_the_cpu_on_cuda() {
    let rows = run_faults(&[
        "--backend",
        "cuda",
        "--case",
        "oob_read,explicit_panic,divide_by_zero,good",
    ]);
    if rows.iter().all(|r| r["status"] == "skipped") {
        println!("skipped: no CUDA device");
        return;
    }
    expect_rows(&rows, |case| match case {
        "oob_read" => ("panic", OOB_READ),
        "explicit_panic" => ("panic", &["thread 37 gives up", "thread (37,0,0)", "src/lib.rs:29"]),
        "divide_by_zero" => ("panic", &["attempt to divide by zero"]),
        "good" => ("match", &[]),
        other => panic!("unexpected case {other}"),
    });
}

/// Checks every row against what `want` says of its case: the status and
/// words its message contains.
fn expect_rows(rows: &[serde_json::Value], want: impl Fn(&str) -> (&'static str, &'static [&'static str])) {
    for r in rows {
        let (case, backend) = (r["case"].as_str().unwrap_or(""), r["backend"].as_str().unwrap_or(""));
        let (status, message) = (r["status"].as_str().unwrap_or(""), r["message"].as_str().unwrap_or(""));
        let (want, words) = want(case);
        assert_eq!(status, want, "{case} on {backend}: {message}");
        for w in words {
            assert!(message.contains(w), "{case} on {backend}: `{w}` not in: {message}");
        }
    }
}
