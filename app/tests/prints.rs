//! `gpu_println!`: what kernel threads print comes back formatted as Rust
//! formats it, in order (by workgroup, thread, then call), the same on every
//! backend; records past the print area's capacity are counted; prints
//! before a panic are kept.

mod common;

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

/// A crate whose threads print every kind of argument with every kind of
/// spec; each line is checked against what Rust's `format!` writes.
const FORMATS: &str = r#"#![no_std]
use everygpu_kernel::{global_index, gpu_print, gpu_println, kernel, local_id, workgroup_id};

#[kernel(workgroup_size = 64)]
pub fn formats(out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = i as u32;
        let x = (i as f32 - 100.0) * 0.25;
        let big = (i as u64) << 40 | 7;
        let neg = -(i as i64) * 1_000_003;
        let d = i as f64 * 0.125 + 0.5;
        gpu_print!("[{i:>3}] ");
        gpu_println!(
            "{x:.3} {x:?} {x:e} {big} {big:#x} {neg} {neg:+} {d:.6} {} {:?} {:08.2} {:.1?} {:X} {:<5}|{:^7}|{{}}",
            i % 3 == 0,
            'é',
            x,
            [x, -x],
            i as i32 - 20,
            7u8,
            -3i16
        );
        gpu_println!("{:?} {:?}", local_id(), workgroup_id());
    }
}

everygpu_kernel::host_only! {
    mod cases {
        use everygpu_kernel::host::*;
        #[everygpu_kernel::case(size = 200)]
        fn formats(n: usize) -> Case {
            let mut c = Case::new();
            let out = c.output("out", vec![0u32; n]);
            c.launch("formats", Grid::Linear(n as u64), &[out.into()]);
            c
        }
    }
}
"#;

/// Every backend prints what Rust's `format!` prints for the same values
/// (devices without `f64` refuse the kernel: wgpu's GL, WebGPU).
#[test]
fn every_backend_formats_as_rust_does() {
    let dir = common::temp_crate("printformats", FORMATS);
    let (code, out, err) = common::run(common::everygpu().arg("run").arg(dir.path()).args([
        "--json",
        "--backend",
        "cpu,cpu-mt,cuda,vulkan,wgpu,browser",
    ]));
    assert!(code == 0 || code == 1, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("json ({e}): {out}\n{err}"));
    let mut want = Vec::new();
    for i in 0..200usize {
        let x = (i as f32 - 100.0) * 0.25;
        let big = (i as u64) << 40 | 7;
        let neg = -(i as i64) * 1_000_003;
        let d = i as f64 * 0.125 + 0.5;
        want.push(format!(
            "[{i:>3}] {x:.3} {x:?} {x:e} {big} {big:#x} {neg} {neg:+} {d:.6} {} {:?} {:08.2} {:.1?} {:X} {:<5}|{:^7}|{{}}",
            i % 3 == 0,
            'é',
            x,
            [x, -x],
            i as i32 - 20,
            7u8,
            -3i16
        ));
        want.push(format!(
            "Dim3 {{ x: {}, y: 0, z: 0 }} Dim3 {{ x: {}, y: 0, z: 0 }}",
            i % 64,
            i / 64
        ));
    }
    let mut checked = 0;
    for r in v["results"].as_array().expect("rows") {
        let backend = r["backend"].as_str().unwrap_or("");
        if r["status"] == "skipped" || r["status"] == "unsupported" {
            continue;
        }
        assert_eq!(r["status"], "match", "{r}");
        assert_eq!(lines(r), want, "{backend}");
        checked += 1;
    }
    assert!(checked >= 2, "at least both CPU backends: {out}");
}

/// What the macro cannot print is a compile error at the call, naming it.
#[test]
fn bad_prints_are_compile_errors_at_the_call() {
    let lib = common::GOOD.replace(
        "x[i] *= 2.0;",
        "x[i] *= 2.0;\n        everygpu_kernel::gpu_println!(\"{:q}\", i);\n        everygpu_kernel::gpu_println!(\"{:x}\", x[i]);\n        everygpu_kernel::gpu_println!(\"{}\", i, i);",
    );
    let dir = common::temp_crate("badprints", &lib);
    let (code, _, err) = common::run(common::everygpu().arg("run").arg(dir.path()).args(["--backend", "cpu"]));
    assert_eq!(code, 2, "{err}");
    for words in [
        "src/lib.rs:9:",
        "`{:q}`: unsupported by gpu_println!",
        "src/lib.rs:10:",
        "PrintInteger",
        "src/lib.rs:11:",
        "gpu_println!: argument never used",
    ] {
        assert!(err.contains(words), "`{words}` not in: {err}");
    }
}
