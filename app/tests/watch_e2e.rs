//! `everygpu watch` as a user runs it: a kernel crate in a temporary folder,
//! edited on disk while the command watches it. Every save gives a fresh
//! table; a compile error prints rustc's diagnostics and the watch goes on;
//! a storm of a hundred saves ends with the results of the last save; a crate
//! folder that disappears and comes back is rebuilt; every good run is stored
//! in the history database (a temporary one per test, `EVERYGPU_HISTORY`) and
//! the crate's stored series is reported when it opens and after each run.

use everygpu_report::History;
use serde_json::Value;
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

/// A kernel crate in a temporary folder, with a history database of its own.
struct Crate {
    package: String,
    dir: tempfile::TempDir,
    history: tempfile::TempDir,
}

impl Crate {
    /// A fresh crate named `package` with one case; it builds in its own
    /// folder, which goes with it.
    fn new(package: &str, factor: &str, case: &str) -> Crate {
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
        Crate {
            package: package.into(),
            dir,
            history: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn lib(&self) -> PathBuf {
        self.dir.path().join("src/lib.rs")
    }

    fn database(&self) -> PathBuf {
        self.history.path().join("history.sqlite")
    }

    /// Saves `src/lib.rs` with a kernel that multiplies by `factor` and a case named `case`.
    fn save(&self, factor: &str, case: &str) {
        std::fs::write(self.lib(), lib_rs(factor, case)).expect("edit lib.rs");
    }

    /// Starts `everygpu watch` on the crate, on the two CPU backends unless
    /// `args` names others.
    fn watch(&self, args: &[&str]) -> Watch {
        self.watch_with(args, |_| {})
    }

    /// [`Crate::watch`], with `EVERYGPU_TRACE=1` and its standard error
    /// written to `trace`.
    fn watch_traced(&self, args: &[&str], trace: &Path) -> Watch {
        let file = std::fs::File::create(trace).expect("trace file");
        self.watch_with(args, move |cmd| {
            cmd.env("EVERYGPU_TRACE", "1").stderr(file);
        })
    }

    fn watch_with(&self, args: &[&str], configure: impl FnOnce(&mut Command)) -> Watch {
        let backends: &[&str] = match args.contains(&"--backend") {
            true => &[],
            false => &["--backend", "cpu,cpu-mt"],
        };
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_everygpu"));
        cmd.arg("watch")
            .arg(self.dir.path())
            .args(backends)
            .args(args)
            .env_remove("EVERYGPU_TARGET_DIR")
            .env("EVERYGPU_HISTORY", self.database())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        configure(&mut cmd);
        let mut child = cmd.spawn().expect("everygpu watch starts");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Watch {
            child,
            lines,
            seen: String::new(),
        }
    }
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
    /// The next line of output, waiting until `deadline`.
    fn next_line(&mut self, what: &str, start: Instant, limit: Duration) -> String {
        let left = limit
            .checked_sub(start.elapsed())
            .unwrap_or_else(|| panic!("no {what} in {limit:?}; output so far:\n{}", self.seen));
        let Ok(line) = self.lines.recv_timeout(left) else {
            panic!("no {what}; output so far:\n{}", self.seen)
        };
        self.seen.push_str(&line);
        self.seen.push('\n');
        line
    }

    /// Reads output until a line contains `needle`.
    fn expect_line(&mut self, needle: &str, limit: Duration) -> String {
        let start = Instant::now();
        loop {
            let line = self.next_line(&format!("line with {needle:?}"), start, limit);
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
            let line = self.next_line(&format!("output with {needles:?}"), start, limit);
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

    /// Reads `--json` output until a line's object satisfies `wanted`.
    fn expect_json(&mut self, what: &str, wanted: impl Fn(&Value) -> bool, limit: Duration) -> Value {
        let start = Instant::now();
        loop {
            let line = self.next_line(what, start, limit);
            let Ok(value) = serde_json::from_str::<Value>(&line) else {
                continue;
            };
            if wanted(&value) {
                return value;
            }
        }
    }
}

/// The points of `case` on `backend` in a `{"history": ...}` line.
fn series_points<'a>(history: &'a Value, case: &str, backend: &str) -> &'a [Value] {
    history["history"]["series"]
        .as_array()
        .and_then(|all| all.iter().find(|s| s["case"] == case && s["backend"] == backend))
        .and_then(|s| s["points"].as_array())
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// The save numbers of the `storm_N` cases in each results table of `output`
/// (build failures left out), in the order the tables were printed.
fn storm_tables(output: &str) -> Vec<u32> {
    output
        .split("── build")
        .skip(1)
        .filter(|block| !block.contains(": failed;"))
        .filter_map(|block| {
            let table = block.split("\n\n").next().unwrap_or_default();
            table
                .split_whitespace()
                .find_map(|w| w.strip_prefix("storm_")?.parse::<u32>().ok())
        })
        .collect()
}

#[test]
fn watch_prints_a_fresh_table_on_every_save_and_survives_a_compile_error() {
    let krate = Crate::new("watched_edits", "2.0", "double");
    let mut watch = krate.watch(&[]);
    let first = watch.expect(&["double", "cpu-mt", "match"], Duration::from_secs(600));
    assert!(first.contains("── build 1"), "{first}");

    // An edit that renames the case: a new table with the new name.
    std::thread::sleep(Duration::from_millis(300));
    krate.save("3.0", "triple");
    let second = watch.expect(&["triple", "cpu-mt"], Duration::from_secs(300));
    assert!(
        second.contains("src/lib.rs"),
        "the table says which file changed: {second}"
    );
    assert!(!second.contains("double"), "{second}");

    // A compile error: diagnostics with file:line, and the watch goes on.
    std::thread::sleep(Duration::from_millis(300));
    krate.save("3.0f64", "triple");
    let failed = watch.expect(&["failed", "src/lib.rs:8:"], Duration::from_secs(300));
    assert!(failed.contains("previous results still stand"), "{failed}");

    // Fixed again: fresh results.
    std::thread::sleep(Duration::from_millis(300));
    krate.save("4.0", "quadruple");
    watch.expect(&["quadruple", "match"], Duration::from_secs(300));
}

#[test]
fn a_storm_of_a_hundred_saves_ends_with_the_last_save_and_a_vanished_folder_is_rebuilt() {
    let krate = Crate::new("watched_storm", "2.0", "calm");
    let mut watch = krate.watch(&[]);
    watch.expect(&["calm", "cpu-mt", "match"], Duration::from_secs(600));
    let storm_output_from = watch.seen.len();

    // A hundred saves 40 ms apart, each with its own case name and factor;
    // only the last one multiplies by NaN, so only its results say so.
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    for i in 0..100 {
        let factor = if i == 99 {
            "f32::NAN".to_string()
        } else {
            format!("{i}.5")
        };
        krate.save(&factor, &format!("storm_{i}"));
        std::thread::sleep(Duration::from_millis(40));
    }
    let storm = start.elapsed();
    let last = watch.expect(&["storm_99", "cpu-mt"], Duration::from_secs(300));
    let settled = start.elapsed();
    assert!(
        last.contains("match") && last.contains("output values are NaN (as in the reference)"),
        "the last save's kernel writes NaN everywhere:\n{last}"
    );
    let tables = storm_tables(&watch.seen[storm_output_from..]);
    eprintln!(
        "100 saves in {:.2} s; {} results tables ({tables:?}), the last save's {:.2} s after the first save",
        storm.as_secs_f64(),
        tables.len(),
        settled.as_secs_f64()
    );
    // Results never go back to an older save, and the last table is the last save's.
    assert!(
        tables.windows(2).all(|w| w[0] < w[1]) && tables.last() == Some(&99),
        "tables during the storm, in order: {tables:?}\n{}",
        watch.seen
    );
    assert!(
        tables.len() < 25,
        "a storm of 100 saves gave {} tables:\n{}",
        tables.len(),
        watch.seen
    );

    // The session still answers, and nothing from the storm follows its last table.
    std::thread::sleep(Duration::from_millis(300));
    krate.save("1.0", "after_storm");
    watch.expect(&["after_storm", "cpu-mt", "match"], Duration::from_secs(300));
    assert_eq!(
        storm_tables(&watch.seen[storm_output_from..]),
        tables,
        "no storm results after the last save's:\n{}",
        watch.seen
    );

    // The folder goes away (results stay), then comes back and is rebuilt.
    std::thread::sleep(Duration::from_millis(300));
    let dir = krate.dir.path();
    let away = dir.with_extension("away");
    std::fs::rename(dir, &away).expect("move the crate away");
    watch.expect_line("is gone", Duration::from_secs(30));
    std::fs::write(away.join("src/lib.rs"), lib_rs("7.0", "returned")).expect("edit while away");
    std::fs::rename(&away, dir).expect("move the crate back");
    watch.expect(&["returned", "cpu-mt", "match"], Duration::from_secs(300));
}

#[test]
fn watch_stores_every_good_run_in_the_history_and_reports_the_series() {
    let krate = Crate::new("watched_history", "2.0", "doubled");
    let mut watch = krate.watch(&["--json"]);
    let is_history = |v: &Value| v["history"].is_object();
    let stored = |v: &Value| v["history"]["stored"].is_object();

    // When the crate opens: its earlier runs (none), before any build.
    let opened = watch.expect_json("history when the crate opens", is_history, Duration::from_secs(600));
    assert!(opened["history"]["stored"].is_null(), "{opened}");
    assert_eq!(opened["history"]["series"], serde_json::json!([]), "{opened}");
    assert_eq!(
        opened["history"]["database"].as_str().map(PathBuf::from),
        Some(krate.database())
    );

    // The first build's run is stored and comes back as a one-point series.
    let first = watch.expect_json("the first run stored", stored, Duration::from_secs(600));
    let hash_1 = first["history"]["stored"]["source_hash"]
        .as_str()
        .expect("hash")
        .to_string();
    assert_eq!(
        hash_1,
        everygpu_report::hash_sources(krate.dir.path()).expect("hash the sources")
    );
    for backend in ["cpu", "cpu-mt"] {
        let points = series_points(&first, "doubled", backend);
        assert_eq!(points.len(), 1, "{backend}: {first}");
        assert_eq!(points[0]["source_hash"], hash_1.as_str());
        assert_eq!(points[0]["size"], 1000);
        assert!(points[0]["median_ns"].as_f64().is_some_and(|t| t > 0.0), "{first}");
        assert_eq!(points[0]["status"], "match");
    }

    // A compile error is not a run: nothing is stored.
    std::thread::sleep(Duration::from_millis(300));
    krate.save("3.0f64", "doubled");
    watch.expect_json(
        "the build failure",
        |v| v["error"].is_string(),
        Duration::from_secs(300),
    );

    // The fix is: a second run, from other sources.
    std::thread::sleep(Duration::from_millis(300));
    krate.save("3.0", "doubled");
    let second = watch.expect_json("the second run stored", stored, Duration::from_secs(300));
    let hash_2 = second["history"]["stored"]["source_hash"]
        .as_str()
        .expect("hash")
        .to_string();
    assert_ne!(hash_1, hash_2);
    let points = series_points(&second, "doubled", "cpu-mt");
    let hashes: Vec<&str> = points.iter().filter_map(|p| p["source_hash"].as_str()).collect();
    assert_eq!(hashes, [hash_1.as_str(), hash_2.as_str()], "{second}");

    // The database holds those two runs, and nothing else.
    let history = History::open(&krate.database()).expect("open the history");
    let runs = history.runs_of(&krate.package, 10).expect("list the runs");
    assert_eq!(runs.len(), 2, "{runs:?}");
    let series = history
        .series(&krate.package, "doubled", "cpu-mt")
        .expect("read the series");
    let hashes: Vec<&str> = series.iter().map(|p| p.source_hash.as_str()).collect();
    assert_eq!(hashes, [hash_1.as_str(), hash_2.as_str()]);
    let run = history.load(runs[0].id).expect("load the newest run");
    assert_eq!(run.project_version, env!("CARGO_PKG_VERSION"));
    let devices: Vec<&str> = run.devices.iter().map(|d| d.backend.as_str()).collect();
    assert_eq!(devices, ["cpu", "cpu-mt"]);
    assert_eq!(
        run.records.len(),
        2,
        "one record per case and backend: {:?}",
        run.records
    );
    assert!(run.records.iter().all(|r| r.matched() && r.median_ns.is_some()));

    // A new session on the crate shows both runs before it has built anything.
    drop(watch);
    let mut watch = krate.watch(&["--json"]);
    let reopened = watch.expect_json("history when the crate opens", is_history, Duration::from_secs(600));
    assert!(reopened["history"]["stored"].is_null(), "{reopened}");
    assert_eq!(series_points(&reopened, "doubled", "cpu-mt").len(), 2, "{reopened}");
}

/// Two kernels, each with its case; `factor` in `scale` only.
fn two_kernels_rs(factor: &str) -> String {
    format!(
        r#"#![no_std]
use everygpu_kernel::{{global_index, kernel}};

#[kernel]
pub fn shift(x: &mut [f32]) {{
    let i = global_index();
    if i < x.len() {{
        x[i] += 1.0;
    }}
}}

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
        fn shifted(n: usize) -> Case {{
            let mut c = Case::new();
            let x = c.output("x", data::filled(n, 1.5f32));
            c.launch("shift", Grid::Linear(n as u64), &[x.into()]);
            c
        }}
        #[everygpu_kernel::case(size = 1000)]
        fn scaled(n: usize) -> Case {{
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

/// The `compiled` lists of one `--json` results line, by (case, backend),
/// for the shader backends.
fn compiled_by_row(results: &Value) -> Vec<(String, String, Vec<String>)> {
    let mut rows: Vec<(String, String, Vec<String>)> = results["results"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["backend"] != "cpu" && r["backend"] != "cpu-mt")
        .map(|r| {
            let compiled = r["compiled"]
                .as_array()
                .expect("compiled")
                .iter()
                .filter_map(|k| k.as_str().map(String::from))
                .collect();
            (
                r["case"].as_str().unwrap_or_default().to_string(),
                r["backend"].as_str().unwrap_or_default().to_string(),
                compiled,
            )
        })
        .collect();
    rows.sort();
    rows
}

/// On the shader backends (lavapipe here), the first build creates each
/// kernel's pipeline for its case; an edit of one kernel re-creates that
/// kernel's pipeline alone, and the other case reuses its own.
#[test]
fn an_edit_of_one_kernel_re_creates_its_pipeline_alone() {
    let krate = Crate::new("watched_pipelines", "2.0", "unused");
    std::fs::write(krate.lib(), two_kernels_rs("2.0")).expect("write lib.rs");
    let mut watch = krate.watch(&["--json", "--backend", "cpu,vulkan,wgpu-vulkan"]);
    let is_results = |v: &Value| v["results"].is_array();
    let first = watch.expect_json("the first results", is_results, Duration::from_secs(600));
    let rows = compiled_by_row(&first);
    let backends: std::collections::BTreeSet<&str> = rows.iter().map(|(_, b, _)| b.as_str()).collect();
    assert_eq!(backends.len(), 2, "vulkan:0 and wgpu-vulkan:0: {first}");
    for (case, backend, compiled) in &rows {
        let kernel = if case == "scaled" { "scale" } else { "shift" };
        assert_eq!(compiled, &[kernel.to_string()], "{case} on {backend}: {first}");
    }
    assert!(
        first["results"]
            .as_array()
            .expect("rows")
            .iter()
            .all(|r| r["status"] == "match"),
        "{first}"
    );

    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(krate.lib(), two_kernels_rs("3.0")).expect("edit lib.rs");
    let second = watch.expect_json("the results after the edit", is_results, Duration::from_secs(300));
    for (case, backend, compiled) in compiled_by_row(&second) {
        let expected: Vec<String> = match case.as_str() {
            "scaled" => vec!["scale".into()],
            _ => vec![],
        };
        assert_eq!(compiled, expected, "{case} on {backend}: {second}");
    }
    let scaled = second["results"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["case"] == "scaled" && r["backend"] == "vulkan:0")
        .expect("scaled on vulkan:0");
    assert_eq!(scaled["status"], "match", "the edited kernel runs: {scaled}");
}

/// With `--case`, a save builds only the kernels the case launched last
/// time; when the save makes the case launch another kernel, the case still
/// runs, from a build of the whole crate.
#[test]
fn a_watched_case_builds_its_own_kernels_and_follows_its_launches() {
    let krate = Crate::new("watched_selection", "2.0", "unused");
    std::fs::write(krate.lib(), two_kernels_rs("2.0")).expect("write lib.rs");
    let trace = krate.history.path().join("trace.txt");
    let mut watch = krate.watch_traced(&["--case", "scaled", "--backend", "cpu,vulkan"], &trace);
    let traced = || std::fs::read_to_string(&trace).unwrap_or_default();
    let first = watch.expect(&["scaled", "vulkan:0", "match"], Duration::from_secs(600));
    assert!(!first.contains("shifted"), "{first}");
    assert!(
        traced().contains("[trace] build and load: "),
        "a whole build first:\n{}",
        traced()
    );

    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(krate.lib(), two_kernels_rs("3.0")).expect("edit lib.rs");
    let second = watch.expect(&["scaled", "vulkan:0"], Duration::from_secs(300));
    assert!(!second.contains("mismatch") && second.contains("match"), "{second}");
    let selective = "[trace] build and load of 1 kernels: ";
    assert_eq!(traced().matches(selective).count(), 1, "{}", traced());

    // The case now launches `shift`, which the save's first build left out.
    std::thread::sleep(Duration::from_millis(300));
    let relaunched = two_kernels_rs("3.0").replace("c.launch(\"scale\"", "c.launch(\"shift\"");
    std::fs::write(krate.lib(), relaunched).expect("edit lib.rs");
    let third = watch.expect(&["scaled", "vulkan:0"], Duration::from_secs(300));
    assert!(!third.contains("mismatch") && third.contains("match"), "{third}");
    let log = traced();
    let after = &log[log.rfind(selective).expect("a selective build")..];
    assert!(after.contains("[trace] build and load: "), "then a whole build:\n{log}");
}

/// The edit loop builds incrementally, with settings of its own: every
/// sample still lowers and matches the reference on the shader backends.
#[test]
fn the_edit_loops_builds_of_every_sample_match_on_the_shader_backends() {
    let history = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_everygpu"))
        .arg("watch")
        .arg(root().join("sample-kernels"))
        .args(["--backend", "vulkan,wgpu-vulkan", "--json", "--timeout-ms", "300000"])
        .env_remove("EVERYGPU_TARGET_DIR")
        .env("EVERYGPU_HISTORY", history.path().join("h.sqlite"))
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
    let mut watch = Watch {
        child,
        lines,
        seen: String::new(),
    };
    let results = watch.expect_json("the results", |v| v["results"].is_array(), Duration::from_secs(900));
    let rows = results["results"].as_array().expect("rows");
    assert!(rows.len() >= 44, "22 cases on two backends: {results}");
    // Kernels needing what lavapipe lacks (cooperative matrices) are
    // `unsupported`, with the reason; everything else matches.
    let refused = |r: &Value| {
        r["status"] == "unsupported"
            && r["message"]
                .as_str()
                .is_some_and(|m| m.contains("which this device does not support"))
    };
    let bad: Vec<String> = rows
        .iter()
        .filter(|r| r["status"] != "match" && !refused(r))
        .map(|r| format!("{} on {}: {} {}", r["case"], r["backend"], r["status"], r["message"]))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A real X server for the app's window: `Xvfb` on the first free display
/// from :90, stopped when dropped.
struct Display {
    server: Child,
    name: String,
}

impl Display {
    fn start() -> Display {
        for n in 90..120 {
            let (socket, lock) = (format!("/tmp/.X11-unix/X{n}"), format!("/tmp/.X{n}-lock"));
            // A display is taken while the server in its lock file lives; the
            // lock and socket of a server that was killed are left over, and
            // removed here as an X server starting there would.
            let owner = std::fs::read_to_string(&lock)
                .ok()
                .and_then(|text| text.trim().parse::<u32>().ok());
            match owner {
                Some(pid) if Path::new(&format!("/proc/{pid}")).exists() => continue,
                Some(_) => {
                    let _ = std::fs::remove_file(&lock);
                    let _ = std::fs::remove_file(&socket);
                }
                None if Path::new(&lock).exists() || Path::new(&socket).exists() => continue,
                None => {}
            }
            // Dropped, the display stops and waits for the server.
            let display = Display {
                server: Command::new("Xvfb")
                    .args([&format!(":{n}"), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("Xvfb starts (scripts/setup installs xvfb)"),
                name: format!(":{n}"),
            };
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(10) {
                if Path::new(&socket).exists() {
                    return display;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            panic!("Xvfb :{n} did not start within 10 s");
        }
        panic!("no free X display in :90..:120");
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// `gui --latency` measures the app in a real window: every save's result
/// is drawn, the figures are printed, the window closes by itself and the
/// crate's source is restored.
#[test]
fn the_app_measures_its_own_save_to_window_latency() {
    let krate = Crate::new("egpu_gui_latency", "2.0", "doubled");
    let display = Display::start();
    let before = std::fs::read_to_string(krate.lib()).expect("read lib.rs");
    let out = Command::new(env!("CARGO_BIN_EXE_everygpu"))
        .arg("gui")
        .arg(krate.dir.path())
        .args(["--latency", "3"])
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("EVERYGPU_TARGET_DIR")
        .env("EVERYGPU_HISTORY", krate.database())
        .output()
        .expect("everygpu gui runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stdout: {stdout}\nstderr: {stderr}");
    let line = stdout
        .lines()
        .find(|l| l.starts_with("save-to-window latency over 3 saves: p50 "))
        .unwrap_or_else(|| panic!("no latency line: {stdout}\nstderr: {stderr}"));
    let p50: f64 = line["save-to-window latency over 3 saves: p50 ".len()..]
        .split(' ')
        .next()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no p50 in {line}"));
    assert!(p50 > 0.0, "{line}");
    assert_eq!(
        std::fs::read_to_string(krate.lib()).expect("read lib.rs"),
        before,
        "the source is restored"
    );
    // A probe's runs are not stored.
    if krate.database().exists() {
        let history = History::open(&krate.database()).expect("open history");
        assert!(history.runs(10).expect("runs").is_empty(), "probe runs are not stored");
    }
}
