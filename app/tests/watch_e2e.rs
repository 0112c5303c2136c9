//! `everygpu watch` as a user runs it: a kernel crate in a temporary folder,
//! edited on disk while the command watches it. Every save gives a fresh
//! table; a compile error prints rustc's diagnostics and the watch goes on;
//! a save storm gives one fresh table of the last save; a crate folder that
//! disappears and comes back is rebuilt.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_owned()
}

fn lib_rs(factor: &str, case: &str) -> String {
    format!(
        r#"#![no_std]
use everygpu_kernel::{{global_index, kernel}};

#[kernel]
pub fn scale(x: &mut [f32]) {{
    let i = global_index();
    if i < x.len() {{
        x[i] *= {factor};
    }}
}}

everygpu_kernel::host_only! {{
    mod cases {{
        use everygpu_kernel::host::*;
        #[everygpu_kernel::case(size = 1000)]
        fn {case}(n: usize) -> Case {{
            let mut c = Case::new();
            let x = c.output("x", data::filled(n, 1.5f32));
            c.launch("scale", Grid::Linear(n as u64), &[x.into()]);
            c
        }}
    }}
}}
"#
    )
}

/// Kills the watch when the test ends, however it ends.
struct Watch {
    child: Child,
    lines: Receiver<String>,
    seen: String,
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Watch {
    /// Starts `everygpu watch` on a fresh crate named `package` (tests run in
    /// parallel and share a target folder: each needs its own name); returns
    /// it with the crate's folder.
    fn start(package: &str, factor: &str, case: &str) -> (Watch, tempfile::TempDir) {
        let dir = tempfile::Builder::new().prefix(package).tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("Cargo.toml"),
            format!(
                "[package]\nname = \"{package}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\neverygpu-kernel = {{ path = {:?} }}\n",
                root().join("kernel")
            ),
        )
        .expect("write Cargo.toml");
        std::fs::create_dir(dir.path().join("src")).expect("mkdir src");
        std::fs::write(dir.path().join("src/lib.rs"), lib_rs(factor, case)).expect("write lib.rs");
        let mut child = Command::new(env!("CARGO_BIN_EXE_everygpu"))
            .arg("watch")
            .arg(dir.path())
            .args(["--backend", "cpu,cpu-mt"])
            .env("EVERYGPU_TARGET_DIR", root().join("target/everygpu-tests"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("everygpu watch starts");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        (
            Watch {
                child,
                lines,
                seen: String::new(),
            },
            dir,
        )
    }

    /// Reads output until a line contains `needle`.
    fn expect_line(&mut self, needle: &str, limit: Duration) -> String {
        let start = Instant::now();
        loop {
            let left = limit
                .checked_sub(start.elapsed())
                .unwrap_or_else(|| panic!("no line with {needle:?} in {limit:?}; output so far:\n{}", self.seen));
            let Ok(line) = self.lines.recv_timeout(left) else {
                panic!("no line with {needle:?}; output so far:\n{}", self.seen)
            };
            self.seen.push_str(&line);
            self.seen.push('\n');
            if line.contains(needle) {
                return line;
            }
        }
    }

    /// Reads output until a table block that contains every one of `needles`
    /// has been printed after the current point.
    fn expect(&mut self, needles: &[&str], limit: Duration) -> String {
        let start = Instant::now();
        let mut block = String::new();
        loop {
            let left = limit
                .checked_sub(start.elapsed())
                .unwrap_or_else(|| panic!("no output with {needles:?} in {limit:?}; output so far:\n{}", self.seen));
            let line = match self.lines.recv_timeout(left) {
                Ok(l) => l,
                Err(_) => panic!("no output with {needles:?}; output so far:\n{}", self.seen),
            };
            self.seen.push_str(&line);
            self.seen.push('\n');
            if line.starts_with("── build") {
                block.clear();
            }
            block.push_str(&line);
            block.push('\n');
            if line.is_empty() && needles.iter().all(|n| block.contains(n)) {
                return block;
            }
        }
    }
}

#[test]
fn watch_prints_a_fresh_table_on_every_save_and_survives_a_compile_error() {
    let (mut watch, dir) = Watch::start("watched_edits", "2.0", "double");
    let lib = dir.path().join("src/lib.rs");
    let first = watch.expect(&["double", "cpu-mt", "match"], Duration::from_secs(600));
    assert!(first.contains("── build 1"), "{first}");

    // An edit that renames the case: a new table with the new name.
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(&lib, lib_rs("3.0", "triple")).expect("edit lib.rs");
    let second = watch.expect(&["triple", "cpu-mt"], Duration::from_secs(300));
    assert!(
        second.contains("src/lib.rs"),
        "the table says which file changed: {second}"
    );
    assert!(!second.contains("double"), "{second}");

    // A compile error: diagnostics with file:line, and the watch goes on.
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(&lib, lib_rs("3.0f64", "triple")).expect("break lib.rs");
    let failed = watch.expect(&["failed", "src/lib.rs:8:"], Duration::from_secs(300));
    assert!(failed.contains("previous results still stand"), "{failed}");

    // Fixed again: fresh results.
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(&lib, lib_rs("4.0", "quadruple")).expect("fix lib.rs");
    watch.expect(&["quadruple", "match"], Duration::from_secs(300));
}

#[test]
fn a_save_storm_gives_the_last_save_and_a_vanished_folder_is_rebuilt_when_it_returns() {
    let (mut watch, dir) = Watch::start("watched_storm", "2.0", "calm");
    watch.expect(&["calm", "cpu-mt", "match"], Duration::from_secs(600));
    let lib = dir.path().join("src/lib.rs");

    // Thirty saves 5 ms apart: the debounce and the interruption of stale runs
    // leave a table of the last one.
    std::thread::sleep(Duration::from_millis(300));
    for i in 0..30 {
        std::fs::write(&lib, lib_rs(&format!("{i}.0"), &format!("storm_{i}"))).expect("edit lib.rs");
        std::thread::sleep(Duration::from_millis(5));
    }
    watch.expect(&["storm_29", "cpu-mt", "match"], Duration::from_secs(300));
    let tables = watch.seen.matches("── build").count();
    assert!(tables <= 4, "a storm of 30 saves gave {tables} builds:\n{}", watch.seen);

    // The folder goes away (results stay), then comes back and is rebuilt.
    std::thread::sleep(Duration::from_millis(300));
    let away = dir.path().with_extension("away");
    std::fs::rename(dir.path(), &away).expect("move the crate away");
    watch.expect_line("is gone", Duration::from_secs(30));
    std::fs::write(away.join("src/lib.rs"), lib_rs("7.0", "returned")).expect("edit while away");
    std::fs::rename(&away, dir.path()).expect("move the crate back");
    watch.expect(&["returned", "cpu-mt", "match"], Duration::from_secs(300));
}
