//! `--check-races`: the reference, run on the race-check build, reports two
//! threads that touch one element with no barrier between (at least one
//! writing, not both atomically) as `race`, with both threads, the element
//! and both places in the source; every other row says so; kernels whose
//! threads are ordered by barriers, or that share through atomics, are not
//! reported.

mod common;

/// Kernels that race in each way the checker sees, and the same kernels
/// made right.
const RACES: &str = r#"#![no_std]
use everygpu_kernel::{atomic, barrier, global_index, kernel, local_id, Shared};

/// Every thread adds to one element without atomics.
#[kernel(workgroup_size = 64)]
pub fn lost_updates(total: &mut [u32]) {
    total[0] += 1;
}

/// The same with an atomic: no race.
#[kernel(workgroup_size = 64)]
pub fn atomic_updates(total: &mut [u32]) {
    atomic::fetch_add(&mut total[0], 1);
}

/// Reads a neighbour's workgroup-memory element before the barrier that
/// would order the neighbour's write.
#[kernel(workgroup_size = 64)]
pub fn missing_barrier(out: &mut [u32], tile: &Shared<u32, 64>) {
    let l = local_id().x as usize;
    tile.set(l, l as u32 * 3);
    let next = tile.get((l + 1) % 64);
    barrier();
    out[global_index()] = next;
}

/// With the barrier where it belongs: no race.
#[kernel(workgroup_size = 64)]
pub fn with_barrier(out: &mut [u32], tile: &Shared<u32, 64>) {
    let l = local_id().x as usize;
    tile.set(l, l as u32 * 3);
    barrier();
    out[global_index()] = tile.get((l + 1) % 64);
}

/// Each workgroup writes the element the next workgroup reads: barriers
/// order no workgroups.
#[kernel(workgroup_size = 64)]
pub fn across_workgroups(data: &mut [u32]) {
    let i = global_index();
    let n = data.len();
    let v = data[(i + 64) % n];
    data[i] = v + 1;
}

everygpu_kernel::host_only! {
    mod cases {
        use everygpu_kernel::host::*;

        #[everygpu_kernel::case(size = 256)]
        fn lost_updates(n: usize) -> Case {
            let mut c = Case::new();
            let t = c.output("total", vec![0u32; 1]);
            c.launch("lost_updates", Grid::Linear(n as u64), &[t.into()]);
            c
        }

        #[everygpu_kernel::case(size = 256)]
        fn atomic_updates(n: usize) -> Case {
            let mut c = Case::new();
            let t = c.output("total", vec![0u32; 1]);
            c.launch("atomic_updates", Grid::Linear(n as u64), &[t.into()]);
            c
        }

        #[everygpu_kernel::case(size = 256)]
        fn missing_barrier(n: usize) -> Case {
            let mut c = Case::new();
            let out = c.output("out", vec![0u32; n]);
            c.launch("missing_barrier", Grid::Linear(n as u64), &[out.into(), Arg::Shared]);
            c
        }

        #[everygpu_kernel::case(size = 256)]
        fn with_barrier(n: usize) -> Case {
            let mut c = Case::new();
            let out = c.output("out", vec![0u32; n]);
            c.launch("with_barrier", Grid::Linear(n as u64), &[out.into(), Arg::Shared]);
            c
        }

        #[everygpu_kernel::case(size = 256)]
        fn across_workgroups(n: usize) -> Case {
            let mut c = Case::new();
            let data = c.output("data", (0..n as u32).collect::<Vec<u32>>());
            c.launch("across_workgroups", Grid::Linear(n as u64), &[data.into()]);
            c
        }
    }
}
"#;

/// The rows of `everygpu run <crate> --check-races --json` with `args`, and
/// the exit code.
fn run(krate: &std::path::Path, args: &[&str]) -> (i32, Vec<serde_json::Value>) {
    let (code, out, err) = common::run(
        common::everygpu()
            .arg("run")
            .arg(krate)
            .args(["--check-races", "--json"])
            .args(args),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("json ({e}): {out}\n{err}"));
    (code, v["results"].as_array().expect("rows").clone())
}

fn row<'a>(rows: &'a [serde_json::Value], case: &str, backend: &str) -> &'a serde_json::Value {
    rows.iter()
        .find(|r| r["case"] == case && r["backend"].as_str().is_some_and(|b| b.starts_with(backend)))
        .unwrap_or_else(|| panic!("no {case} row on {backend}: {rows:?}"))
}

/// Where in RACES `needle` is: `src/lib.rs:LINE`.
fn line_of(needle: &str) -> String {
    let line = RACES
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("`{needle}` is in RACES"));
    format!("src/lib.rs:{}:", line + 1)
}

#[test]
fn races_are_reported_with_threads_element_and_places() {
    let dir = common::temp_crate("races", RACES);
    let (code, rows) = run(dir.path(), &["--backend", "cpu,vulkan"]);
    assert_eq!(code, 1, "a race is something wrong: {rows:?}");
    let cpu = |case| row(&rows, case, "cpu");

    let lost = cpu("lost_updates");
    assert_eq!(lost["status"], "race", "{lost}");
    let race = &lost["races"][0];
    assert_eq!(race["buffer"], "total");
    assert_eq!(race["index"], 0);
    assert_eq!(race["shared"], false);
    let site = line_of("total[0] += 1;");
    for access in [&race["first"], &race["second"]] {
        assert_eq!(access["kind"], "write", "{race}");
        assert!(
            access["site"].as_str().is_some_and(|s| s.starts_with(&site)),
            "{race}: {site}"
        );
    }
    assert_ne!(race["first"]["local"], race["second"]["local"], "{race}");
    assert!(
        race["count"].as_u64().is_some_and(|n| n >= 63),
        "every thread after the first races: {race}"
    );
    let message = lost["message"].as_str().expect("message");
    assert!(
        message.contains("kernel `lost_updates` races on buffer `total[0]`") && message.contains(&site),
        "{message}"
    );

    let missing = cpu("missing_barrier");
    assert_eq!(missing["status"], "race", "{missing}");
    let race = &missing["races"][0];
    assert_eq!(
        (race["buffer"].as_str(), race["shared"].as_bool()),
        (Some("tile"), Some(true)),
        "{race}"
    );
    let kinds = [race["first"]["kind"].as_str(), race["second"]["kind"].as_str()];
    assert!(
        kinds.contains(&Some("write")) && kinds.contains(&Some("read")),
        "{race}"
    );
    assert_eq!(race["first"]["group"], race["second"]["group"], "{race}");
    assert!(missing["message"]
        .as_str()
        .is_some_and(|m| m.contains("with no barrier between")));

    let across = cpu("across_workgroups");
    assert_eq!(across["status"], "race", "{across}");
    let race = &across["races"][0];
    assert_eq!(race["buffer"], "data");
    assert_ne!(race["first"]["group"], race["second"]["group"], "{race}");
    assert!(across["message"]
        .as_str()
        .is_some_and(|m| m.contains("barriers order one workgroup's threads, not workgroups")));

    for case in ["atomic_updates", "with_barrier"] {
        let r = cpu(case);
        assert_eq!(r["status"], "match", "{r}");
        assert_eq!(r["races"], serde_json::json!([]), "{r}");
    }

    // The other backends' rows explain themselves.
    if let Some(vulkan) = rows
        .iter()
        .find(|r| r["case"] == "lost_updates" && r["backend"].as_str().is_some_and(|b| b.starts_with("vulkan")))
    {
        let message = vulkan["message"].as_str().expect("message");
        assert!(
            message.starts_with("the reference found a data race: kernel `lost_updates`"),
            "{message}"
        );
    }
}

/// The samples order their threads with barriers and share through
/// atomics: the checker finds no race in them (a false report would be
/// the checker's bug), and every other result stays what it was.
#[test]
fn the_samples_have_no_races() {
    let vectors = "reduce_sum,histogram,prefix_sum,sum_subgroup,bitonic_sort,print_squares";
    let matrices = "matmul_tiled,hgemm";
    for (cases, size) in [(vectors, "16384"), (matrices, "64")] {
        let (code, rows) = run(
            &common::root().join("sample-kernels"),
            &["--backend", "cpu", "--case", cases, "--size", size],
        );
        for r in &rows {
            assert_eq!(r["status"], "match", "{r}");
            assert_eq!(r["races"], serde_json::json!([]), "{r}");
            assert!(
                !r["message"].as_str().unwrap_or("").contains("races not checked"),
                "{r}"
            );
        }
        assert_eq!(rows.len(), cases.split(',').count());
        assert_eq!(code, 0);
    }
}

/// The fault kernels' racy one: a race, not an unexplained mismatch.
#[test]
fn the_racy_fault_kernel_is_a_race() {
    let (code, rows) = run(
        &common::root().join("tests/fault-kernels"),
        &["--backend", "cpu", "--case", "racy_sum"],
    );
    assert_eq!(code, 1);
    let cpu = row(&rows, "racy_sum", "cpu");
    assert_eq!(cpu["status"], "race", "{cpu}");
    let race = &cpu["races"][0];
    assert_eq!(
        (race["kernel"].as_str(), race["buffer"].as_str()),
        (Some("racy_sum"), Some("total"))
    );
    assert!(
        race["second"]["site"]
            .as_str()
            .is_some_and(|s| s.starts_with("src/lib.rs:")),
        "{race}"
    );
}
