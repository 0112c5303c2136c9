//! The derived quantities of records and runs.

mod common;

use everygpu_report::{hash_sources, BenchRecord, DeviceInfo, RecordKind};

#[test]
fn times_give_median_min_max() {
    let r = BenchRecord::new("c", 1, "cpu", RecordKind::Kernel).with_times(&[4.0, 1.0, 3.0, 2.0, f64::NAN]);
    assert_eq!(
        (r.median_ns, r.min_ns, r.max_ns, r.repeat),
        (Some(2.5), Some(1.0), Some(4.0), 4)
    );
    let r = r.with_times(&[5.0, 1.0, 3.0]);
    assert_eq!(r.median_ns, Some(3.0));
    let r = r.with_times(&[]);
    assert_eq!((r.median_ns, r.repeat, r.gbps()), (None, 0, None));
}

#[test]
fn rates_intensity_and_roofs() {
    // 1 GB and 4 GFLOP in 1 ms: 1000 GB/s, 4000 GFLOP/s, 4 FLOP/byte.
    let r = BenchRecord::new("c", 1, "gpu", RecordKind::Kernel)
        .with_times(&[1e6])
        .with_work(1_000_000_000, 4_000_000_000);
    assert_eq!(r.gbps(), Some(1000.0));
    assert_eq!(r.gflops(), Some(4000.0));
    assert_eq!(r.arithmetic_intensity(), Some(4.0));
    let d = DeviceInfo {
        peak_gbps: Some(2000.0),
        peak_gflops: Some(10_000.0),
        copy_gbps: Some(1600.0),
        ..DeviceInfo::new("gpu", "GPU")
    };
    assert_eq!(r.pct_of_copy_roof(&d), Some(62.5));
    // Bandwidth 50% of peak, compute 40%: the nearer roof is bandwidth.
    assert_eq!(r.pct_of_peak(&d), Some(50.0));
    let compute_bound = r.clone().with_work(1_000_000_000, 8_000_000_000);
    assert_eq!(compute_bound.pct_of_peak(&d), Some(80.0));
    assert_eq!(d.attainable_gflops(4.0), Some(6400.0));
    assert_eq!(d.attainable_gflops(100.0), Some(10_000.0));
    let unknown = DeviceInfo::new("gpu", "GPU");
    assert_eq!((r.pct_of_peak(&unknown), r.pct_of_copy_roof(&unknown)), (None, None));
    let no_bytes = BenchRecord::new("c", 1, "gpu", RecordKind::Kernel).with_times(&[1.0]);
    assert_eq!((no_bytes.gbps(), no_bytes.arithmetic_intensity()), (None, None));
}

#[test]
fn copy_roofs_fill_devices_and_percentages() {
    let mut run = common::sweep_run();
    for d in &mut run.devices {
        d.copy_gbps = None;
    }
    let kernel = run
        .records
        .iter()
        .find(|r| r.backend == "cuda:0" && r.kind == RecordKind::Kernel && r.size == 1 << 14)
        .cloned()
        .expect("a kernel record");
    // The copy roof at the same size counts, even without a device roof.
    let roof = run.copy_roof_gbps("cuda:0", 1 << 14).expect("a roof");
    let pct = run.pct_of_copy_roof(&kernel).expect("a percentage");
    assert!((pct - 100.0 * kernel.gbps().expect("GB/s") / roof).abs() < 1e-9);
    run.fill_copy_roofs();
    let best = run
        .records
        .iter()
        .filter(|r| r.backend == "cuda:0" && r.kind == RecordKind::CopyRoof)
        .filter_map(BenchRecord::gbps)
        .fold(0.0, f64::max);
    assert_eq!(run.device("cuda:0").and_then(|d| d.copy_gbps), Some(best));
    assert_eq!(run.device("cpu-mt").and_then(|d| d.copy_gbps), None);
    assert_eq!(run.cases(), ["triad_f32", "dot_f32"]);
    assert_eq!(run.largest_size("dot_f32"), Some(1 << 26));
}

#[test]
fn labels_name_baselines_and_copies() {
    let k = BenchRecord::new("c", 1, "cuda:0", RecordKind::Kernel);
    assert_eq!(k.label(), "cuda:0");
    let b = BenchRecord::new(
        "c",
        1,
        "cuda:0",
        RecordKind::Baseline {
            name: "CUDA C++".into(),
        },
    );
    assert_eq!(b.label(), "cuda:0 (CUDA C++)");
    assert_eq!(
        BenchRecord::new("c", 1, "cuda:0", RecordKind::CopyRoof).label(),
        "cuda:0 (copy)"
    );
    let json = serde_json::to_string(&b.kind).expect("json");
    assert_eq!(json, r#"{"type":"baseline","name":"CUDA C++"}"#);
}

#[test]
fn source_hash_follows_edits_and_skips_build_output() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let root = dir.path();
    std::fs::create_dir_all(root.join("src")).expect("mkdir");
    std::fs::write(root.join("Cargo.toml"), "[package]\nname = \"k\"\n").expect("write");
    std::fs::write(root.join("src/lib.rs"), "fn a() {}\n").expect("write");
    let first = hash_sources(root).expect("hash");
    assert_eq!(first.len(), 16);
    assert_eq!(hash_sources(root).expect("hash"), first, "stable");

    std::fs::create_dir_all(root.join("target/debug")).expect("mkdir");
    std::fs::write(root.join("target/debug/out"), "built").expect("write");
    std::fs::create_dir_all(root.join(".git")).expect("mkdir");
    std::fs::write(root.join(".git/HEAD"), "ref").expect("write");
    assert_eq!(
        hash_sources(root).expect("hash"),
        first,
        "build output and hidden files ignored"
    );

    std::fs::write(root.join("src/lib.rs"), "fn b() {}\n").expect("write");
    let edited = hash_sources(root).expect("hash");
    assert_ne!(edited, first);
    // Moving content between files is an edit too.
    std::fs::rename(root.join("src/lib.rs"), root.join("src/main.rs")).expect("rename");
    assert_ne!(hash_sources(root).expect("hash"), edited);
    assert!(hash_sources(&root.join("missing")).is_err());
}

#[test]
fn this_machine_is_described() {
    let m = everygpu_report::Machine::current();
    assert!(m.cores >= 1);
    assert!(!m.hostname.is_empty() && !m.os.is_empty() && !m.cpu.is_empty(), "{m:?}");
    let run = everygpu_report::BenchRun::new("0.1.0", "k", "00");
    assert!(run.started_unix > 1_700_000_000, "the clock is read");
    assert_eq!(run.machine, m);
}
