//! `gpu_println!`: what kernel threads print comes back formatted as Rust
//! formats it, in order (by workgroup, thread, then call), the same on every
//! backend; records past the print area's capacity are counted; prints
//! before a panic are kept.

use std::path::Path;
use std::process::Command;

/// `everygpu run sample-kernels --case print_squares --json` with `args`:
/// the result rows.
fn run_prints(args: &[&str]) -> Vec<serde_json::Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("root").to_owned();
    let out = Command::new(env!("CARGO_BIN_EXE_everygpu"))
        .env_remove("EVERYGPU_TARGET_DIR")
        .arg("run")
        .arg(root.join("sample-kernels"))
        .args(["--json", "--case", "print_squares"])
        .args(args)
        .output()
        .expect("everygpu runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("json ({e}): {stdout}"));
    v["results"].as_array().expect("rows").clone()
}

/// The printed lines of a row.
fn lines(row: &serde_json::Value) -> Vec<String> {
    row["prints"]["lines"]
        .as_array()
        .expect("prints.lines")
        .iter()
        .map(|l| l.as_str().expect("a line").to_string())
        .collect()
}

/// Checks the lines of `print_squares` over `n` threads of 256 per
/// workgroup: one per thread, in thread order, each square the square of
/// its value as `{:.4}` prints it.
fn check_squares(lines: &[String], n: usize) {
    assert_eq!(lines.len(), n);
    for (i, line) in lines.iter().enumerate() {
        let head = format!("thread {:>3} of workgroup {}: ", i % 256, i / 256);
        let rest = line
            .strip_prefix(&head)
            .unwrap_or_else(|| panic!("line {i} `{line}` starts with `{head}`"));
        let (x, square) = rest
            .split_once(" squared is ")
            .unwrap_or_else(|| panic!("line {i}: `{line}`"));
        let x: f32 = x
            .parse()
            .unwrap_or_else(|_| panic!("line {i}: `{x}` is an f32 as `{{}}` prints it"));
        assert_eq!(square, format!("{:.4}", x * x), "line {i}");
    }
}

#[test]
fn threads_print_in_order_the_same_on_every_cpu_backend() {
    let n = 700;
    let rows = run_prints(&["--backend", "cpu,cpu-mt", "--size", "700"]);
    assert_eq!(rows.len(), 2);
    for r in &rows {
        assert_eq!(r["status"], "match", "{r}");
        assert_eq!(r["prints"]["dropped"], 0);
        check_squares(&lines(r), n);
    }
    assert_eq!(lines(&rows[0]), lines(&rows[1]));
}

/// On CUDA (skipped without a device): the same lines as the CPU's.
#[test]
fn threads_print_the_same_on_cuda() {
    let rows = run_prints(&["--backend", "cpu,cuda", "--size", "65536"]);
    let cuda: Vec<&serde_json::Value> = rows.iter().filter(|r| r["backend"] != "cpu").collect();
    if cuda.iter().all(|r| r["status"] == "skipped") {
        println!("skipped: no CUDA device");
        return;
    }
    let cpu = rows.iter().find(|r| r["backend"] == "cpu").expect("cpu row");
    check_squares(&lines(cpu), 65536);
    for r in cuda {
        assert_eq!(r["status"], "match", "{r}");
        assert_eq!(r["prints"]["dropped"], 0);
        assert!(lines(r) == lines(cpu), "{} prints what the CPU prints", r["backend"]);
    }
}

/// On lavapipe through Vulkan and wgpu (Vulkan and GL), and in the browser
/// where it runs: 65,536 threads print the same lines as on the CPU.
#[test]
fn threads_print_the_same_on_the_shader_backends() {
    let rows = run_prints(&["--backend", "cpu,vulkan,wgpu,browser", "--size", "65536"]);
    let cpu = rows.iter().find(|r| r["backend"] == "cpu").expect("cpu row");
    check_squares(&lines(cpu), 65536);
    let gpus: Vec<&serde_json::Value> = rows.iter().filter(|r| r["backend"] != "cpu").collect();
    if gpus.is_empty() {
        println!("skipped: no Vulkan, wgpu or browser device");
        return;
    }
    for r in gpus {
        assert_eq!(r["status"], "match", "{r}");
        assert_eq!(r["prints"]["dropped"], 0, "{}", r["backend"]);
        assert!(lines(r) == lines(cpu), "{} prints what the CPU prints", r["backend"]);
    }
}

/// Past the print area's capacity (2^20 words: 74,898 records of 14 words)
/// the first records stay and the rest are counted, on every backend.
#[test]
fn records_past_the_capacity_are_counted() {
    let rows = run_prints(&["--backend", "cpu,vulkan", "--size", "131072", "--prints", "0"]);
    for r in &rows {
        assert_eq!(r["status"], "match", "{r}");
        assert_eq!(lines(r).len(), 74_898, "{}", r["backend"]);
        assert_eq!(r["prints"]["dropped"], 131_072 - 74_898, "{}", r["backend"]);
    }
}

/// A thread that prints and then panics: the prints before the panic come
/// with the panic's row (on the CPU the threads after the panicking one do
/// not run; on a GPU they all do).
#[test]
fn prints_before_a_panic_are_kept() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("root").to_owned();
    let out = Command::new(env!("CARGO_BIN_EXE_everygpu"))
        .env_remove("EVERYGPU_TARGET_DIR")
        .arg("run")
        .arg(root.join("tests/fault-kernels"))
        .args([
            "--json",
            "--case",
            "print_then_panic",
            "--backend",
            "cpu,cpu-mt,vulkan,wgpu",
        ])
        .output()
        .expect("everygpu runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("json ({e}): {stdout}"));
    for r in v["results"].as_array().expect("rows") {
        let backend = r["backend"].as_str().unwrap_or("");
        assert_eq!(r["status"], "panic", "{r}");
        assert!(
            r["message"]
                .as_str()
                .unwrap_or("")
                .contains("thread 37 gives up after printing"),
            "{r}"
        );
        let threads = if backend.starts_with("cpu") { 38 } else { 256 };
        let want: Vec<String> = (0..threads).map(|i| format!("thread {i} was here")).collect();
        assert_eq!(lines(r), want, "{backend}");
    }
}
