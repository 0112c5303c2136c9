//! The SQLite history: round trips, listing, comparison, series, schema.

mod common;

use common::{empty_run, h100_run, sweep_run};
use everygpu_report::{BenchRecord, Error, History, RecordKind, RunId};

fn temp_history() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("sub/history.sqlite");
    (dir, path)
}

#[test]
fn a_run_loads_back_as_inserted() {
    let (_dir, path) = temp_history();
    let mut history = History::open(&path).expect("history opens");
    for run in [h100_run(), sweep_run(), empty_run("nothing", 5, "00")] {
        let id = history.insert(&run).expect("insert");
        assert_eq!(history.load(id).expect("load"), run);
    }
    assert!(matches!(history.load(RunId(999)), Err(Error::RunNotFound(RunId(999)))));
}

#[test]
fn runs_are_listed_newest_first() {
    let mut history = History::open_in_memory().expect("history");
    let (mut old, mut new) = (h100_run(), sweep_run());
    old.started_unix = 100;
    new.started_unix = 200;
    let new_id = history.insert(&new).expect("insert");
    let old_id = history.insert(&old).expect("insert");
    let mut other = empty_run("other-crate", 300, "ff");
    other.records.push(BenchRecord::new("c", 1, "cpu", RecordKind::Kernel));
    let other_id = history.insert(&other).expect("insert");

    let runs = history.runs(10).expect("runs");
    assert_eq!(
        runs.iter().map(|r| r.id).collect::<Vec<_>>(),
        [other_id, new_id, old_id]
    );
    assert_eq!(runs[1].record_count, new.records.len() as u64);
    assert_eq!(runs[1].source_hash, new.source_hash);
    assert_eq!(runs[1].machine, new.machine);
    assert_eq!(history.runs(1).expect("runs").len(), 1);
    let of_crate = history.runs_of("sample-kernels", 10).expect("runs");
    assert_eq!(of_crate.iter().map(|r| r.id).collect::<Vec<_>>(), [new_id, old_id]);

    history.delete(new_id).expect("delete");
    assert_eq!(history.runs(10).expect("runs").len(), 2);
    assert!(matches!(history.load(new_id), Err(Error::RunNotFound(_))));
    assert!(matches!(history.delete(new_id), Err(Error::RunNotFound(_))));
}

#[test]
fn compare_matches_records_and_gives_time_ratios() {
    let mut history = History::open_in_memory().expect("history");
    let a = h100_run();
    let mut b = a.clone();
    b.source_hash = "feedbeef".into();
    // triad_f32 on cuda:0 twice as slow; dot_f32 on vulkan:0 gone; a new case.
    let slower = b
        .records
        .iter_mut()
        .find(|r| r.case == "triad_f32" && r.backend == "cuda:0" && r.kind == RecordKind::Kernel)
        .expect("triad on cuda:0");
    slower.median_ns = slower.median_ns.map(|t| t * 2.0);
    b.records
        .retain(|r| !(r.case == "dot_f32" && r.backend == "vulkan:0" && r.kind == RecordKind::Kernel));
    b.records
        .push(BenchRecord::new("new_case", 1 << 25, "cuda:0", RecordKind::Kernel).with_times(&[5.0e5]));
    let (ia, ib) = (history.insert(&a).expect("insert"), history.insert(&b).expect("insert"));

    let c = history.compare(ia, ib).expect("compare");
    assert_eq!((c.a.id, c.b.id), (Some(ia), Some(ib)));
    assert_eq!(c.b.source_hash, "feedbeef");
    assert_eq!(c.rows.len(), a.records.len() + 1);
    let find = |case: &str, backend: &str, kind: RecordKind| {
        c.rows
            .iter()
            .find(|r| r.key.case == case && r.key.backend == backend && r.key.kind == kind)
            .expect("row")
    };
    let triad = find("triad_f32", "cuda:0", RecordKind::Kernel);
    assert_eq!(triad.time_ratio, Some(2.0));
    assert_eq!(triad.change_pct(), Some(100.0));
    // The CUDA C++ baseline of the same case is a different key, unchanged.
    let cpp = find(
        "triad_f32",
        "cuda:0",
        RecordKind::Baseline {
            name: "CUDA C++".into(),
        },
    );
    assert_eq!(cpp.time_ratio, Some(1.0));
    let gone = find("dot_f32", "vulkan:0", RecordKind::Kernel);
    assert_eq!((gone.b_status.as_deref(), gone.time_ratio), (None, None));
    assert_eq!(gone.status(), "only in A");
    let added = find("new_case", "cuda:0", RecordKind::Kernel);
    assert_eq!(added.status(), "only in B");
    // 16 kernel rows in both runs, one of them 2× slower.
    let mean = c.kernel_time_ratio().expect("a mean ratio");
    let n = a.records.iter().filter(|r| r.kind == RecordKind::Kernel).count() as f64 - 1.0;
    assert!((mean - 2f64.powf(1.0 / n)).abs() < 1e-12, "{mean}");

    let md = c.to_markdown();
    assert!(md.contains("| triad_f32 | 2^25 | cuda:0 "), "{md}");
    assert!(md.contains("2.000 | +100% slower |"), "{md}");
    assert!(md.contains("| only in A "), "{md}");
    let rows = c.table_rows();
    assert!(rows
        .iter()
        .all(|r| r.len() == everygpu_report::Comparison::HEADERS.len()));
}

#[test]
fn series_follow_a_kernel_across_runs_in_time_order() {
    let mut history = History::open_in_memory().expect("history");
    let mut ids = Vec::new();
    // Inserted out of time order; each edit makes cuda:0 faster.
    for (started, hash, speedup) in [(300, "c3", 1.5), (100, "a1", 1.0), (200, "b2", 1.2)] {
        let mut run = sweep_run();
        run.started_unix = started;
        run.source_hash = hash.into();
        for r in run.records.iter_mut().filter(|r| r.backend == "cuda:0") {
            r.median_ns = r.median_ns.map(|t| t / speedup);
        }
        ids.push(history.insert(&run).expect("insert"));
    }
    history.insert(&h100_run()).expect("insert"); // another size, same crate
    let mut other = sweep_run();
    other.krate = "other".into();
    history.insert(&other).expect("insert");

    let series = history.series("sample-kernels", "triad_f32", "cuda:0").expect("series");
    let sizes_per_run = 7;
    assert_eq!(series.len(), 3 * sizes_per_run + 1);
    let hashes: Vec<&str> = series.iter().map(|p| p.source_hash.as_str()).collect();
    assert_eq!(hashes[0], "a1");
    assert_eq!(hashes[sizes_per_run], "b2");
    assert_eq!(hashes[2 * sizes_per_run], "c3");
    assert_eq!(series[0].run, ids[1]);
    assert!(series.windows(2).all(|w| w[0].started_unix <= w[1].started_unix));
    // Within a run, by size; only kernels (no copy roofs at the same sizes).
    let first: Vec<u64> = series[..sizes_per_run].iter().map(|p| p.size).collect();
    assert_eq!(first, (14..=26).step_by(2).map(|k| 1u64 << k).collect::<Vec<_>>());
    let at = |i: usize| series[i].gbps.expect("GB/s");
    assert!((at(sizes_per_run - 1) * 1.5 - at(3 * sizes_per_run - 1)).abs() < 1e-6);
    assert_eq!(series[3 * sizes_per_run].size, 1 << 25);
    assert_eq!(series[0].hostname, "gpu-host");

    let keys = history.series_keys("sample-kernels").expect("keys");
    assert!(keys.iter().any(|k| k.case == "dot_f32" && k.backend == "vulkan:0"));
    assert!(
        !keys.iter().any(|k| k.backend == "cpu"),
        "baselines are not series: {keys:?}"
    );
}

#[test]
fn opening_an_existing_history_keeps_it() {
    let (_dir, path) = temp_history();
    let id = {
        let mut history = History::open(&path).expect("history opens");
        history.insert(&h100_run()).expect("insert")
    };
    for _ in 0..2 {
        let history = History::open(&path).expect("history opens again");
        assert_eq!(history.runs(10).expect("runs").len(), 1);
        assert_eq!(history.load(id).expect("load"), h100_run());
    }
    let conn = rusqlite::Connection::open(&path).expect("sqlite");
    let versions: Vec<i64> = conn
        .prepare("SELECT version FROM schema_version")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("versions");
    assert_eq!(versions, [History::SCHEMA_VERSION]);
}

#[test]
fn a_history_opened_read_only_reads_and_never_writes() {
    let (_dir, path) = temp_history();
    let id = {
        let mut history = History::open(&path).expect("history opens");
        history.insert(&h100_run()).expect("insert")
    };
    let mut history = History::open_read_only(&path).expect("opens read-only");
    assert_eq!(history.runs(10).expect("runs").len(), 1);
    assert_eq!(history.load(id).expect("load"), h100_run());
    assert!(
        history.insert(&h100_run()).is_err(),
        "a read-only history refuses writes"
    );
    drop(history);
    assert_eq!(History::open(&path).expect("opens").runs(10).expect("runs").len(), 1);
    // A file that is not a history is an error, not an empty history.
    let other = path.with_file_name("other.sqlite");
    std::fs::write(&other, b"").expect("write");
    match History::open_read_only(&other) {
        Err(e @ Error::NotAHistory { .. }) => assert!(e.to_string().contains("other.sqlite"), "{e}"),
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("an empty file opened as a history"),
    }
}

#[test]
fn a_newer_schema_is_refused() {
    let (_dir, path) = temp_history();
    drop(History::open(&path).expect("history opens"));
    let conn = rusqlite::Connection::open(&path).expect("sqlite");
    conn.execute("UPDATE schema_version SET version = 99", [])
        .expect("update");
    drop(conn);
    match History::open(&path) {
        Err(Error::NewerSchema {
            found: 99, supported, ..
        }) => assert_eq!(supported, History::SCHEMA_VERSION),
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("a newer schema opened"),
    }
}

#[test]
fn sizes_beyond_sqlite_integers_are_refused() {
    let mut history = History::open_in_memory().expect("history");
    let mut run = empty_run("big", 0, "0");
    run.records
        .push(BenchRecord::new("c", u64::MAX, "cpu", RecordKind::Kernel));
    assert!(matches!(
        history.insert(&run),
        Err(Error::OutOfRange { what: "size", .. })
    ));
    assert!(
        history.runs(10).expect("runs").is_empty(),
        "a failed insert leaves nothing"
    );
}
