//! Runs built by hand for the tests and the demo example.
#![allow(dead_code)]

use everygpu_report::{BenchRecord, BenchRun, DeviceInfo, Machine, RecordKind};

/// A run with nothing measured yet.
pub fn empty_run(krate: &str, started_unix: i64, source_hash: &str) -> BenchRun {
    BenchRun {
        project_version: "0.1.0".into(),
        started_unix,
        machine: Machine {
            hostname: "gpu-host".into(),
            os: "Ubuntu 24.04 (Linux 6.8.0)".into(),
            cpu: "AMD EPYC 9654".into(),
            cores: 16,
        },
        krate: krate.into(),
        source_hash: source_hash.into(),
        records: vec![],
        devices: vec![],
        notes: vec![],
    }
}

/// An H100 device with its theoretical roofs.
pub fn h100(backend: &str, driver: &str, copy_gbps: f64) -> DeviceInfo {
    DeviceInfo {
        peak_gbps: Some(3352.0),
        peak_gflops: Some(66_900.0),
        copy_gbps: Some(copy_gbps),
        driver: driver.into(),
        ..DeviceInfo::new(backend, "NVIDIA H100 80GB HBM3")
    }
}

fn kernel(case: &str, n: u64, backend: &str, ns: f64, bytes: u64, flops: u64) -> BenchRecord {
    BenchRecord::new(case, n, backend, RecordKind::Kernel)
        .with_kernel(case.trim_end_matches("_f32").trim_end_matches("_f64"))
        .with_times(&[ns * 1.02, ns, ns * 0.99, ns * 1.05, ns * 1.01])
        .with_work(bytes, flops)
}

fn baseline(case: &str, n: u64, backend: &str, name: &str, ns: f64, bytes: u64, flops: u64) -> BenchRecord {
    BenchRecord::new(case, n, backend, RecordKind::Baseline { name: name.into() })
        .with_times(&[ns * 1.01, ns, ns * 0.98])
        .with_work(bytes, flops)
}

/// (case, bytes per element, flops per element)
const BABELSTREAM: [(&str, u64, u64); 4] = [
    ("copy_f32", 8, 0),
    ("triad_f32", 12, 2),
    ("dot_f32", 8, 2),
    ("triad_f64", 24, 2),
];

/// The BabelStream cases at 2^25 on an H100 (numbers from an H100 run): CUDA
/// with the CUDA C++ baseline, Vulkan and wgpu against CUDA, the CPU against
/// the plain Rust loop, and the copy roofs.
pub fn h100_run() -> BenchRun {
    let n: u64 = 1 << 25;
    let mut run = empty_run("sample-kernels", 1_776_691_507, "9f3c2a71d04e88b1");
    run.devices = vec![
        h100("cuda:0", "580.159.04 (CUDA 13.0)", 2190.0),
        h100("vulkan:0", "580.159.04 (Vulkan 1.4.312)", 2150.0),
        h100("wgpu-vulkan:0", "580.159.04 (Vulkan 1.4.312)", 2120.0),
        DeviceInfo {
            peak_gbps: Some(460.8),
            peak_gflops: Some(5530.0),
            ..DeviceInfo::new("cpu-mt", "AMD EPYC 9654 (16 threads)")
        },
    ];
    // GB/s of CUDA C++, CUDA, Vulkan, wgpu, CPU, native loop
    let gbps: [[f64; 6]; 4] = [
        [2001.0, 2225.0, 2136.0, 2102.0, 96.0, 15.5],
        [2480.0, 2588.0, 2526.0, 2610.0, 104.0, 17.1],
        [2583.0, 2578.0, 2217.0, 2266.0, 88.0, 12.9],
        [2988.0, 3004.0, 2923.0, 3051.0, 110.0, 18.2],
    ];
    for ((case, bpe, fpe), g) in BABELSTREAM.iter().zip(gbps) {
        let (bytes, flops) = (bpe * n, fpe * n);
        let ns = |gbps: f64| bytes as f64 / gbps;
        run.records
            .push(baseline(case, n, "cpu", "native", ns(g[5]), bytes, flops));
        run.records
            .push(baseline(case, n, "cuda:0", "CUDA C++", ns(g[0]), bytes, flops));
        let cuda = ns(g[1]);
        run.records
            .push(kernel(case, n, "cuda:0", cuda, bytes, flops).with_baseline("CUDA C++", g[1] / g[0]));
        run.records
            .push(kernel(case, n, "vulkan:0", ns(g[2]), bytes, flops).with_baseline("cuda", g[2] / g[1]));
        run.records
            .push(kernel(case, n, "wgpu-vulkan:0", ns(g[3]), bytes, flops).with_baseline("cuda", g[3] / g[1]));
        run.records
            .push(kernel(case, n, "cpu-mt", ns(g[4]), bytes, flops).with_baseline("native", g[4] / g[5]));
    }
    run
}

/// triad_f32 and dot_f32 swept from 2^14 to 2^26 elements on CUDA, Vulkan and
/// the CPU, with a copy roof per size: bandwidth that saturates with size.
pub fn sweep_run() -> BenchRun {
    let mut run = empty_run("sample-kernels", 1_776_700_000, "1b2c3d4e5f607182");
    run.devices = vec![
        h100("cuda:0", "580.159.04", 2190.0),
        h100("vulkan:0", "580.159.04", 2150.0),
        DeviceInfo {
            peak_gbps: Some(460.8),
            peak_gflops: Some(5530.0),
            ..DeviceInfo::new("cpu-mt", "AMD EPYC 9654 (16 threads)")
        },
    ];
    for (case, bpe, fpe) in [BABELSTREAM[1], BABELSTREAM[2]] {
        for log2 in (14..=26).step_by(2) {
            let n = 1u64 << log2;
            let (bytes, flops) = (bpe * n, fpe * n);
            // Fixed launch cost plus bytes at the asymptotic bandwidth.
            let ns = |launch_ns: f64, gbps: f64| launch_ns + bytes as f64 / gbps;
            let cuda = ns(4_000.0, 2600.0);
            run.records.push(kernel(case, n, "cuda:0", cuda, bytes, flops));
            let vulkan = ns(9_000.0, 2450.0);
            run.records
                .push(kernel(case, n, "vulkan:0", vulkan, bytes, flops).with_baseline("cuda", cuda / vulkan));
            let cpu = ns(20_000.0, 110.0);
            run.records.push(kernel(case, n, "cpu-mt", cpu, bytes, flops));
            for (backend, launch, gbps) in [("cuda:0", 3_500.0, 2190.0), ("vulkan:0", 8_000.0, 2150.0)] {
                run.records.push(
                    BenchRecord::new(case, n, backend, RecordKind::CopyRoof)
                        .with_times(&[ns(launch, gbps)])
                        .with_work(bytes, 0),
                );
            }
        }
    }
    run
}
