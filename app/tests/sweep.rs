//! What a careless user does, kept true: host code that crashes, signals
//! mid-build and mid-run, two crates of one name, kernels beyond a device's
//! limits, paths that are not what they seem. everygpu never crashes,
//! leaves nothing running or on disk, and names the place of every problem.

mod common;

use common::{everygpu, root, run, temp_crate};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// The rows of a `--json` run, as (case, backend, status, message).
fn rows(stdout: &str) -> Vec<(String, String, String, String)> {
    let v: serde_json::Value = serde_json::from_str(stdout).unwrap_or_else(|e| panic!("json ({e}): {stdout}"));
    v["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or("").to_string();
            (s("case"), s("backend"), s("status"), s("message"))
        })
        .collect()
}

const CRASHING_CASES: &str = r#"#![no_std]
use everygpu_kernel::{global_index, kernel};

#[kernel]
pub fn double(x: &mut [f32]) {
    let i = global_index();
    if i < x.len() {
        x[i] *= 2.0;
    }
}

everygpu_kernel::host_only! {
    mod cases {
        extern crate std;
        use everygpu_kernel::host::*;

        #[everygpu_kernel::case(size = 100)]
        fn null_deref(n: usize) -> Case {
            let p: *const usize = core::ptr::null();
            let v = unsafe { core::ptr::read_volatile(p) };
            let mut c = Case::new();
            let x = c.output("x", data::filled(n + v, 1.5f32));
            c.launch("double", Grid::Linear(n as u64), &[x.into()]);
            c
        }

        #[everygpu_kernel::case(size = 100)]
        fn exits(n: usize) -> Case {
            if n > 0 {
                std::process::exit(7);
            }
            Case::new()
        }

        #[everygpu_kernel::case(size = 100)]
        fn aborts(n: usize) -> Case {
            if n > 0 {
                std::process::abort();
            }
            Case::new()
        }

        #[everygpu_kernel::case(size = 100)]
        fn good(n: usize) -> Case {
            let mut c = Case::new();
            let x = c.output("x", data::filled(n, 1.5f32));
            c.launch("double", Grid::Linear(n as u64), &[x.into()]);
            c
        }
    }
}
"#;

#[test]
fn case_code_that_crashes_is_that_cases_error_and_the_others_run() {
    let dir = temp_crate("crashing", CRASHING_CASES);
    let (code, out, _) = run(everygpu()
        .arg("run")
        .arg(dir.path())
        .args(["--backend", "cpu", "--json"]));
    assert_eq!(code, 1, "{out}");
    let rows = rows(&out);
    let find = |case: &str| {
        rows.iter()
            .find(|r| r.0 == case)
            .unwrap_or_else(|| panic!("no row for {case}: {out}"))
    };
    for (case, how) in [
        ("null_deref", "SIGSEGV"),
        ("exits", "exited with status 7"),
        ("aborts", "SIGABRT"),
    ] {
        let (_, _, status, message) = find(case);
        assert_eq!(status, "error", "{case}: {message}");
        assert!(
            message.contains(&format!("case `{case}`")) && message.contains(how),
            "{case}: {message}"
        );
    }
    assert_eq!(find("good").2, "match", "the case after the crashes still runs");
}

/// A crate named `twin` whose one case is `case_name`.
fn twin(case_name: &str) -> tempfile::TempDir {
    temp_crate(
        "twin",
        &format!(
            r#"#![no_std]
use everygpu_kernel::{{global_index, kernel}};

#[kernel]
pub fn fill(x: &mut [u32]) {{
    let i = global_index();
    if i < x.len() {{
        x[i] = i as u32;
    }}
}}

everygpu_kernel::host_only! {{
    mod cases {{
        use everygpu_kernel::host::*;
        #[everygpu_kernel::case(size = 64)]
        fn {case_name}(n: usize) -> Case {{
            let mut c = Case::new();
            let x = c.output("x", vec![0u32; n]);
            c.launch("fill", Grid::Linear(n as u64), &[x.into()]);
            c
        }}
    }}
}}
"#
        ),
    )
}

#[test]
fn two_crates_of_one_name_never_share_builds() {
    // Both build in one target folder they share.
    let shared = tempfile::tempdir().expect("tempdir");
    let (first, second) = (twin("first_twin"), twin("second_twin"));
    for (dir, case) in [(&first, "first_twin"), (&second, "second_twin"), (&first, "first_twin")] {
        let (code, out, err) = run(everygpu()
            .env("EVERYGPU_TARGET_DIR", shared.path())
            .arg("run")
            .arg(dir.path())
            .args(["--backend", "cpu", "--json"]));
        assert_eq!(code, 0, "{out}{err}");
        let cases: Vec<String> = rows(&out).into_iter().map(|r| r.0).collect();
        assert_eq!(cases, [case], "{}", dir.path().display());
    }
}

/// Whether process `pid` is gone (or a zombie nobody reaped yet).
fn gone(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(stat) => stat.rsplit_once(") ").is_some_and(|(_, rest)| rest.starts_with('Z')),
    }
}

/// The children of `pid`.
fn children(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(child) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(e.path().join("stat")) else {
            continue;
        };
        let parent = stat
            .rsplit_once(") ")
            .and_then(|(_, rest)| rest.split(' ').nth(1))
            .and_then(|p| p.parse::<u32>().ok());
        if parent == Some(pid) {
            out.push(child);
        }
    }
    out
}

/// Scratch files (shared memory, temporary folder) of process `pid`.
fn scratch_of(pid: u32) -> Vec<String> {
    let prefix = format!("everygpu-{pid}-");
    [Path::new("/dev/shm").to_owned(), std::env::temp_dir()]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).into_iter().flatten().flatten())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix))
        .collect()
}

/// Waits up to `limit` for `ready`, panicking with `what` past it.
fn wait_for(limit: Duration, what: &str, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < limit, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Sends `signal` to `child` and returns the signal it ended by.
fn signal_and_wait(child: &mut Child, signal: i32) -> Option<i32> {
    // SAFETY: a plain syscall on our own child.
    unsafe { libc::kill(child.id() as libc::pid_t, signal) };
    let status = child.wait().expect("wait");
    std::os::unix::process::ExitStatusExt::signal(&status)
}

/// A crate whose build script writes its process id to `build-script.pid`
/// and hangs.
fn hanging_build() -> tempfile::TempDir {
    let dir = temp_crate(
        "hanging",
        "#![no_std]\n#[everygpu_kernel::kernel]\npub fn k(_x: &mut [u32]) {}\n",
    );
    let manifest = dir.path().join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        text.replace("edition = \"2021\"", "edition = \"2021\"\nbuild = \"build.rs\""),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("build.rs"),
        r#"fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    std::fs::write(format!("{dir}/build-script.pid"), std::process::id().to_string()).unwrap();
    std::thread::sleep(std::time::Duration::from_secs(3600));
}
"#,
    )
    .unwrap();
    dir
}

/// Starts `everygpu run` on `dir`, waits for its build script to hang and
/// ends everygpu by `signal`: the build script must end too.
fn end_mid_build(dir: &Path, signal: i32) {
    let mut child = everygpu()
        .arg("run")
        .arg(dir)
        .args(["--backend", "cpu"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("everygpu starts");
    let pid_file = dir.join("build-script.pid");
    wait_for(Duration::from_secs(600), "the build script", || pid_file.exists());
    std::thread::sleep(Duration::from_millis(200));
    let script: u32 = std::fs::read_to_string(&pid_file).unwrap().trim().parse().unwrap();
    assert!(!gone(script), "the build script runs");
    assert_eq!(signal_and_wait(&mut child, signal), Some(signal));
    wait_for(Duration::from_secs(10), "the build script to end", || gone(script));
    std::fs::remove_file(&pid_file).unwrap();
}

#[test]
fn a_signal_mid_build_ends_cargo_and_its_build_script() {
    let dir = hanging_build();
    end_mid_build(dir.path(), libc::SIGTERM);
    // Not even SIGKILL, which everygpu cannot catch, leaves the build behind.
    end_mid_build(dir.path(), libc::SIGKILL);
}

#[test]
fn a_signal_mid_run_ends_the_workers_and_removes_every_shared_buffer() {
    // Inputs of 64 MiB live in shared memory while the case runs.
    let mut child = everygpu()
        .arg("bench")
        .arg(root().join("sample-kernels"))
        .args([
            "--case",
            "saxpy",
            "--size",
            "2^24",
            "--backend",
            "cpu",
            "--repeat",
            "100000",
        ])
        .args(["--no-history"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("everygpu starts");
    let pid = child.id();
    wait_for(Duration::from_secs(600), "shared buffers", || {
        !scratch_of(pid).is_empty()
    });
    let workers = children(pid);
    assert!(!workers.is_empty(), "workers run");
    assert_eq!(signal_and_wait(&mut child, libc::SIGTERM), Some(libc::SIGTERM));
    for w in &workers {
        wait_for(Duration::from_secs(10), "a worker to end", || gone(*w));
    }
    for p in std::iter::once(pid).chain(workers) {
        assert_eq!(scratch_of(p), Vec::<String>::new(), "scratch files of {p} remain");
    }
}

#[test]
fn kernels_beyond_a_devices_buffer_limit_are_refused_naming_it() {
    let n = 40;
    let params: Vec<String> = (0..n).map(|i| format!("b{i}: &mut [u32]")).collect();
    let body: Vec<String> = (0..n)
        .map(|i| format!("if i < b{i}.len() {{ b{i}[i] += {i}; }}"))
        .collect();
    let decls: Vec<String> = (0..n)
        .map(|i| format!("let x{i} = c.output(\"b{i}\", vec![1u32; n]);"))
        .collect();
    let args: Vec<String> = (0..n).map(|i| format!("x{i}.into()")).collect();
    let lib = format!(
        r#"#![no_std]
use everygpu_kernel::{{global_index, kernel}};
#[kernel]
pub fn many({params}) {{
    let i = global_index();
    {body}
}}
everygpu_kernel::host_only! {{
    mod cases {{
        use everygpu_kernel::host::*;
        #[everygpu_kernel::case(size = 256)]
        fn many(n: usize) -> Case {{
            let mut c = Case::new();
            {decls}
            c.launch("many", Grid::Linear(n as u64), &[{args}]);
            c
        }}
    }}
}}
"#,
        params = params.join(", "),
        body = body.join("\n    "),
        decls = decls.join("\n            "),
        args = args.join(", "),
    );
    let dir = temp_crate("many_buffers", &lib);
    let (code, out, err) = run(everygpu()
        .arg("run")
        .arg(dir.path())
        .args(["--backend", "cpu,vulkan,wgpu", "--json"]));
    assert!(code == 0 || code == 1, "{out}{err}");
    let rows = rows(&out);
    let gpu: Vec<_> = rows.iter().filter(|r| r.1 != "cpu").collect();
    if gpu.is_empty() {
        println!("skipped: no Vulkan or wgpu device");
        return;
    }
    for (_, backend, status, message) in gpu {
        // 40 buffers, the status buffer and the parameter block: more than
        // lavapipe (32) and llvmpipe GL (16) bind; a device that binds them
        // all runs the kernel.
        match status.as_str() {
            "unsupported" => assert!(
                message.contains("42 storage buffers") && message.contains("the device binds"),
                "{backend}: {message}"
            ),
            "match" => {}
            other => panic!("{backend}: {other}: {message}"),
        }
    }
}

#[test]
fn a_crate_is_found_by_its_manifest_and_bad_paths_say_what_they_are() {
    let dir = temp_crate("bymanifest", common::GOOD);
    let (code, out, err) = run(everygpu()
        .arg("run")
        .arg(dir.path().join("Cargo.toml"))
        .args(["--backend", "cpu"]));
    assert_eq!(code, 0, "{out}{err}");
    // A symlink loop.
    let links = tempfile::tempdir().unwrap();
    let (a, b) = (links.path().join("a"), links.path().join("b"));
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    let (code, _, err) = run(everygpu().arg("run").arg(&a));
    assert_eq!(code, 2);
    assert!(err.contains("symbolic links"), "{err}");
    // A crate whose library is a staticlib only: its kernels build all the same.
    let dir = temp_crate("staticonly", common::GOOD);
    let manifest = dir.path().join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{text}\n[lib]\ncrate-type = [\"staticlib\"]\n")).unwrap();
    let (code, out, err) = run(everygpu().arg("run").arg(dir.path()).args(["--backend", "cpu"]));
    assert_eq!(code, 0, "{out}{err}");
}
