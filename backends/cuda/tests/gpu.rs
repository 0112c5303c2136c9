//! The CUDA backend on a real device: every sample kernel against the CPU
//! reference, kernel panics, JIT logs, kernel faults (in a child process),
//! allocation failures, BabelStream against CUDA C++ (nvcc) and
//! `cuMemcpyDtoD`, and cuBLAS SGEMM against a CPU product. Each test prints "skipped: no CUDA device (why)" and passes
//! where there is no CUDA, unless `EVERYGPU_TEST_REQUIRE_CUDA=1`.
//!
//! Inputs: the sample kernels' PTX (`EVERYGPU_TEST_PTX`) and CPU library
//! (`EVERYGPU_TEST_CPU_LIB`); `common` gives the default paths. Run with
//! `--test-threads=1 --nocapture` on a GPU so timings do not overlap and the
//! figures show.

mod common;

use std::sync::Arc;

use common::*;
use everygpu_backend::{
    Arg, Artifact, Backend, BackendError, Elem, Launch, Manifest, ManifestKernel, Param, PlanBuffer, Route, RunOptions,
};
use everygpu_backend_cuda::baseline;
use everygpu_backend_cuda::CudaBackend;

#[test]
fn enumerate_lists_devices_or_says_why() {
    let found = everygpu_backend_cuda::enumerate();
    if found.backends.is_empty() {
        assert_eq!(found.absent.len(), 1);
        let absent = &found.absent[0];
        assert_eq!(absent.backend, "cuda");
        assert!(
            absent.reason.contains("not found")
                || absent.reason.contains("no CUDA device")
                || absent.reason.contains("driver"),
            "{}",
            absent.reason
        );
        println!("no CUDA backend: {}", absent.reason);
        assert_eq!(
            everygpu_backend_cuda::unavailable_reason().as_deref(),
            Some(absent.reason.as_str())
        );
        assert!(everygpu_backend_cuda::device_archs().is_empty());
        skip(&format!("no CUDA device ({})", absent.reason));
        return;
    }
    for (i, b) in found.backends.iter().enumerate() {
        let d = b.device();
        assert_eq!(b.id(), format!("cuda:{i}"));
        assert_eq!(b.route(), Route::Nvptx);
        assert_eq!(d.api, "CUDA");
        assert!(d.f64 && d.i64);
        let arch = d
            .details
            .iter()
            .find(|(k, _)| k == "arch")
            .map(|(_, v)| v.clone())
            .unwrap();
        assert!(arch.starts_with("sm_"), "{arch}");
        assert_eq!(everygpu_backend_cuda::device_archs()[i], arch);
        println!(
            "{}: {} ({arch}), {}, {:.1} GiB, peak {:.0} GB/s, {:.0} GFLOP/s f32",
            b.id(),
            d.name,
            d.driver,
            d.memory_bytes.unwrap_or(0) as f64 / (1u64 << 30) as f64,
            d.peak_gbps.unwrap_or(0.0),
            d.peak_gflops.unwrap_or(0.0)
        );
        for (k, v) in &d.details {
            println!("    {k}: {v}");
        }
    }
}

/// Cases known to fail on this route, and why (as wgpu's `FailureCase`): they
/// are reported, not hidden, and do not fail the test.
const KNOWN_FAILURES: &[(&str, &str)] = &[(
    "prefix_sum",
    "`#[shared] tile: &mut [u32; N]` is a noalias `&mut`: LLVM keeps tile[l] in a register across \
     barriers and drops the shared-memory stores other threads read; PTX built with \
     -Zmutable-noalias=no passes",
)];

#[test]
fn every_sample_kernel_matches_the_cpu_reference() {
    let Some((mut cuda, cpu)) = setup_or_skip() else {
        return;
    };
    let options = RunOptions::runs(1, 3);
    let mut failures = Vec::new();
    for (index, case) in cpu.manifest.cases.iter().enumerate() {
        let (plan, inputs) = cpu.case(index, case.default_size).expect("case builds");
        let reference = cpu.reference(&plan, &inputs).expect("the CPU reference runs");
        let run = match cuda.run(&plan, &inputs, &options) {
            Ok(r) => r,
            Err(e) => {
                println!("{:<16} n={:<8} FAILED: {e}", case.name, case.default_size);
                failures.push(format!("{}: {e}", case.name));
                continue;
            }
        };
        assert_eq!(run.times_ns.len(), 3);
        let c = compare(&plan, &run.buffers, &reference);
        let best = run.times_ns.iter().copied().fold(f64::INFINITY, f64::min);
        println!(
            "{:<16} n={:<8} {} values, max abs {:.2e}, max rel {:.2e}, {:>9.1} us, {:>7.1} GB/s{}",
            case.name,
            case.default_size,
            c.values,
            c.max_abs,
            c.max_rel,
            best / 1e3,
            plan.bytes as f64 / best,
            if c.mismatches == 0 {
                String::new()
            } else {
                format!("  MISMATCH {:?} ({} values)", c.first_mismatch, c.mismatches)
            }
        );
        let known = KNOWN_FAILURES.iter().find(|(name, _)| *name == case.name);
        match (c.mismatches > 0, known) {
            (true, Some((_, why))) => println!("    known failure: {why}"),
            (true, None) => failures.push(format!(
                "{}: {} mismatches, first {:?}",
                case.name, c.mismatches, c.first_mismatch
            )),
            (false, Some(_)) => println!("    known failure now passes: drop it from KNOWN_FAILURES"),
            (false, None) => {}
        }
    }
    println!("{} cases, {} failed", cpu.manifest.cases.len(), failures.len());
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Every sample kernel's statistics, as `run --stats` shows them: the
/// driver's registers, memory and occupancy, once per kernel of a plan.
#[test]
fn every_sample_kernel_has_the_drivers_statistics() {
    let Some((mut cuda, cpu)) = setup_or_skip() else {
        return;
    };
    for (index, case) in cpu.manifest.cases.iter().enumerate() {
        let (plan, _) = cpu.case(index, case.default_size).expect("case builds");
        let stats = cuda.prepare(&plan).expect("prepare").stats;
        let kernels: Vec<&str> = plan.kernels().collect();
        let named: Vec<&str> = stats.iter().map(|s| s.kernel.as_str()).collect();
        assert_eq!(named, kernels, "{}: one entry per kernel, in launch order", case.name);
        for k in &stats {
            println!("{:<20} {:<24} {k}", case.name, k.kernel);
            assert!(k.registers.is_some_and(|r| r > 0), "{}: {k:?}", case.name);
            assert!(
                k.local_bytes.is_some() && k.shared_bytes.is_some(),
                "{}: {k:?}",
                case.name
            );
            let resident = k.resident_workgroups.expect("the occupancy API answers");
            assert!(
                resident >= 1,
                "{}: a launchable kernel fits at least once: {k:?}",
                case.name
            );
            assert!(k.occupancy.is_some_and(|o| o > 0.0 && o <= 1.0), "{}: {k:?}", case.name);
        }
    }
}

#[test]
fn babelstream_baseline_matches_the_cpu_reference() {
    let Some((_, cpu)) = setup_or_skip() else {
        return;
    };
    let Some(mut base) = baseline_backend_or_skip() else {
        return;
    };
    for (index, case) in cpu.manifest.cases.iter().enumerate() {
        if !baseline::BABELSTREAM_KERNELS.contains(&case.name.as_str()) {
            continue;
        }
        let (plan, inputs) = cpu.case(index, case.default_size).unwrap();
        let reference = cpu.reference(&plan, &inputs).unwrap();
        let bplan = baseline::babelstream_baseline_plan(&plan).expect("a baseline plan");
        let run = base.run(&bplan, &inputs, &RunOptions::default()).unwrap();
        if case.name.starts_with("dot_") {
            // Other partition of the partial sums: compare their totals.
            let total = |b: &everygpu_backend::HostBuffer| -> f64 {
                if case.name.ends_with("f32") {
                    b.bytes()
                        .chunks(4)
                        .map(|c| f32::from_le_bytes(c.try_into().unwrap()) as f64)
                        .sum()
                } else {
                    b.bytes()
                        .chunks(8)
                        .map(|c| f64::from_le_bytes(c.try_into().unwrap()))
                        .sum()
                }
            };
            let (g, x) = (total(&run.buffers[2]), total(&reference[2]));
            println!("{:<10} baseline total {g} reference {x}", case.name);
            assert!((g - x).abs() <= 1e-4 * x.abs(), "{}: {g} vs {x}", case.name);
        } else {
            let c = compare(&plan, &run.buffers, &reference);
            println!(
                "{:<10} baseline: {} values, max rel {:.2e}",
                case.name, c.values, c.max_rel
            );
            assert_eq!(c.mismatches, 0, "{}: {:?}", case.name, c.first_mismatch);
        }
    }
}

/// A second backend on device 0 with the CUDA C++ BabelStream loaded.
fn baseline_backend_or_skip() -> Option<CudaBackend> {
    let mut base = cuda_or_skip()?;
    let nvcc = match baseline::find_nvcc() {
        Ok(n) => n,
        Err(e) => {
            skip(&e.to_string());
            return None;
        }
    };
    let arch = base.arch();
    let t = std::time::Instant::now();
    let ptx = baseline::babelstream_baseline_ptx(&nvcc, arch).expect("nvcc compiles babelstream.cu");
    println!("nvcc -ptx -arch={arch}: {:.2} s", t.elapsed().as_secs_f64());
    base.load(
        &baseline::baseline_artifact(ptx, arch),
        &baseline::babelstream_manifest(),
    )
    .expect("the baseline PTX loads");
    Some(base)
}

/// saxpy with `x` shorter than `y`: `x[i]` goes out of bounds for i >= 100.
fn out_of_bounds_saxpy(cpu: &CpuLibrary) -> (everygpu_backend::CasePlan, Vec<everygpu_backend::HostBuffer>) {
    let index = cpu.manifest.cases.iter().position(|c| c.name == "saxpy").unwrap();
    let (mut plan, mut inputs) = cpu.case(index, 4096).unwrap();
    let x = plan.buffers.iter().position(|b| b.name == "x").unwrap();
    plan.buffers[x].len = 100;
    inputs[x] = everygpu_backend::HostBuffer::from_bytes(&inputs[x].bytes()[..400]);
    (plan, inputs)
}

#[test]
fn kernel_panic_names_thread_and_line_and_the_next_run_works() {
    let Some((mut cuda, cpu)) = setup_or_skip() else {
        return;
    };
    let (bad_plan, bad_inputs) = out_of_bounds_saxpy(&cpu);
    let cpu_report = cpu
        .reference(&bad_plan, &bad_inputs)
        .expect_err("the CPU reference panics too");
    println!("CPU reference: {cpu_report}");
    for round in 0..2 {
        let err = cuda
            .run(&bad_plan, &bad_inputs, &RunOptions::default())
            .expect_err("the kernel panics");
        let BackendError::Panic(p) = err else {
            panic!("expected a panic, got {err}")
        };
        println!("CUDA: {p}");
        assert_eq!(p.kernel, "saxpy");
        let global = p.group[0] as usize * 256 + p.local[0] as usize;
        assert!((100..4096).contains(&global), "thread {global}");
        let file = p.file.as_deref().unwrap();
        assert!(file.ends_with("lib.rs"), "{file}");
        assert!(
            cpu_report.contains(&format!("\"line\":{}", p.line)),
            "line {} vs CPU {cpu_report}",
            p.line
        );
        assert!(p.line > 0 && p.column > 0);

        // The context is fine: a correct run right after, on the same backend.
        let index = cpu.manifest.cases.iter().position(|c| c.name == "saxpy").unwrap();
        let (plan, inputs) = cpu.case(index, 1 << 20).unwrap();
        let run = cuda
            .run(&plan, &inputs, &RunOptions::runs(0, 2))
            .expect("runs after a panic");
        let c = compare(&plan, &run.buffers, &cpu.reference(&plan, &inputs).unwrap());
        assert_eq!(c.mismatches, 0, "round {round}: {:?}", c.first_mismatch);
    }
    // A panic in a timed run (not the first) is caught too.
    let err = cuda.run(&bad_plan, &bad_inputs, &RunOptions::runs(2, 3)).unwrap_err();
    assert!(matches!(err, BackendError::Panic(_)), "{err}");
}

fn ptx_artifact(text: &str, arch: &str) -> Artifact {
    Artifact::Ptx {
        path: "test.ptx".into(),
        text: Arc::from(text),
        arch: arch.parse().expect("a PTX architecture"),
    }
}

fn one_kernel_manifest(name: &str, params: Vec<Param>) -> Manifest {
    Manifest {
        abi_version: 1,
        kernels: vec![ManifestKernel {
            name: name.into(),
            params,
            workgroup_size: [32, 1, 1],
            file: "test.ptx".into(),
            line: 1,
        }],
        cases: vec![],
    }
}

/// Row-major `a · b` for `n × n` matrices, summed in f64.
fn cpu_product(n: usize, a: &[f32], b: &[f32]) -> Vec<f64> {
    let mut c = vec![0.0f64; n * n];
    for i in 0..n {
        for k in 0..n {
            let a_ik = a[i * n + k] as f64;
            for j in 0..n {
                c[i * n + j] += a_ik * b[k * n + j] as f64;
            }
        }
    }
    c
}

#[test]
fn cublas_sgemm_matches_a_cpu_product() {
    let Some(mut cuda) = cuda_or_skip() else {
        return;
    };
    if let Err(e) = cuda.load_cublas() {
        skip(&format!("no cuBLAS ({e})"));
        return;
    }
    let (version, path) = cuda.cublas_version().expect("cuBLAS is loaded");
    println!("cuBLAS {version} from {path}");
    let f32_elem = Elem {
        name: "f32".into(),
        size: 4,
        align: 4,
        fields: vec![(String::new(), 0, "f32".into())],
    };
    // Sizes on and off cuBLAS's tile sizes, and 1.
    for n in [1usize, 64, 67, 200] {
        let mut seed = 0x2545_f491_u32.wrapping_add(n as u32);
        let mut value = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            (seed >> 8) as f32 / (1u32 << 24) as f32 * 2.0 - 1.0
        };
        let a: Vec<f32> = (0..n * n).map(|_| value()).collect();
        let b: Vec<f32> = (0..n * n).map(|_| value()).collect();
        let bytes = |v: &[f32]| v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
        let plan = everygpu_backend::CasePlan {
            buffers: ["a", "b", "c"]
                .iter()
                .map(|name| PlanBuffer {
                    name: name.to_string(),
                    elem: f32_elem.clone(),
                    len: n * n,
                    output: *name == "c",
                })
                .collect(),
            launches: vec![Launch {
                kernel: everygpu_backend_cuda::cublas::SGEMM.into(),
                kernel_index: 0,
                groups: [1, 1, 1],
                args: vec![Arg::U32(n as u32), Arg::Buffer(0), Arg::Buffer(1), Arg::Buffer(2)],
            }],
            bytes: 12 * (n * n) as u64,
            flops: 2 * (n as u64).pow(3),
            tolerance: everygpu_backend::Tolerance { abs: 0.0, rel: 0.0 },
            has_native: false,
        };
        let inputs = vec![
            everygpu_backend::HostBuffer::from_bytes(&bytes(&a)),
            everygpu_backend::HostBuffer::from_bytes(&bytes(&b)),
            everygpu_backend::HostBuffer::from_bytes(&bytes(&vec![f32::NAN; n * n])),
        ];
        let run = cuda
            .run(&plan, &inputs, &RunOptions::runs(1, 3))
            .expect("cublasSgemm runs");
        assert_eq!(run.times_ns.len(), 3);
        let c: Vec<f32> = run.buffers[2]
            .bytes()
            .chunks(4)
            .map(|w| f32::from_le_bytes(w.try_into().unwrap()))
            .collect();
        let expected = cpu_product(n, &a, &b);
        // The sample case's bound: √n · 2⁻²⁴ · n/4 (see `sgemm` in cases.rs).
        let bound = (n as f64).powf(1.5) * 2f64.powi(-24) / 4.0 + 1e-7;
        let worst = c
            .iter()
            .zip(&expected)
            .map(|(&g, &x)| (g as f64 - x).abs())
            .fold(0.0f64, f64::max);
        let best = run.times_ns.iter().copied().fold(f64::INFINITY, f64::min);
        println!(
            "n={n:<4} max abs error {worst:.2e} (bound {bound:.2e}), {:.1} us, {:.1} GFLOP/s",
            best / 1e3,
            plan.flops as f64 / best
        );
        assert!(worst <= bound, "n = {n}: error {worst} above {bound}");
    }
}

fn u32_elem() -> Elem {
    Elem {
        name: "u32".into(),
        size: 4,
        align: 4,
        fields: vec![(String::new(), 0, "u32".into())],
    }
}

#[test]
fn jit_errors_reach_the_load_error() {
    let Some(mut cuda) = cuda_or_skip() else {
        return;
    };
    let bad = ".version 7.0\n.target sm_50\n.address_size 64\n\n.visible .entry broken()\n{\n\tbogus.u32 %r1, 1;\n\tret;\n}\n";
    let err = cuda
        .load(&ptx_artifact(bad, "sm_50"), &one_kernel_manifest("broken", vec![]))
        .unwrap_err();
    println!("{err}");
    let BackendError::Load { route, message } = &err else {
        panic!("{err}")
    };
    assert_eq!(*route, Route::Nvptx);
    assert!(message.contains("CUDA_ERROR_INVALID_PTX"), "{message}");
    assert!(message.contains("line 7"), "the JIT log names the line: {message}");

    let err = cuda
        .load(&ptx_artifact(bad, "sm_200"), &Manifest::default())
        .unwrap_err();
    assert!(err.to_string().contains(&cuda.arch().to_string()), "{err}");

    let cpu_artifact = Artifact::CpuLibrary { path: "x.so".into() };
    assert!(matches!(
        cuda.load(&cpu_artifact, &Manifest::default()),
        Err(BackendError::WrongArtifact {
            expected: Route::Nvptx,
            got: Route::Cpu
        })
    ));
}

/// Stores through a null pointer: an illegal address that loses the context.
const FAULTING_PTX: &str = ".version 7.0\n.target sm_50\n.address_size 64\n\n.visible .entry fault(.param .u64 p, .param .u64 n)\n{\n\t.reg .b32 %r<2>;\n\t.reg .b64 %rd<2>;\n\tmov.u64 %rd1, 0;\n\tmov.u32 %r1, 1;\n\tst.global.u32 [%rd1], %r1;\n\tret;\n}\n";

/// A kernel fault (not a panic) poisons the process's CUDA state; it runs in
/// a child process so the other tests keep a working driver.
#[test]
fn a_kernel_fault_is_reported_and_stays_in_its_process() {
    let Some((mut cuda, cpu)) = setup_or_skip() else { return };
    let exe = std::env::current_exe().unwrap();
    let child = std::process::Command::new(exe)
        .args([
            "--exact",
            "fault_in_child_process",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .output()
        .expect("the test binary re-runs itself");
    let stdout = String::from_utf8_lossy(&child.stdout);
    println!("child process:\n{stdout}{}", String::from_utf8_lossy(&child.stderr));
    assert!(
        child.status.success() && stdout.contains("FAULT-CHILD-OK"),
        "the child failed"
    );
    // This process was never touched.
    let index = cpu.manifest.cases.iter().position(|c| c.name == "saxpy").unwrap();
    let (plan, inputs) = cpu.case(index, 1 << 16).unwrap();
    let run = cuda.run(&plan, &inputs, &RunOptions::default()).unwrap();
    assert_eq!(
        compare(&plan, &run.buffers, &cpu.reference(&plan, &inputs).unwrap()).mismatches,
        0
    );
}

#[test]
#[ignore = "faults on purpose; run by a_kernel_fault_is_reported_and_stays_in_its_process"]
fn fault_in_child_process() {
    let Some(mut cuda) = cuda_or_skip() else { return };
    let params = vec![Param::Buffer {
        name: "p".into(),
        elem: u32_elem(),
        mutable: true,
    }];
    let manifest = one_kernel_manifest("fault", params);
    cuda.load(&ptx_artifact(FAULTING_PTX, "sm_50"), &manifest).unwrap();
    let plan = everygpu_backend::CasePlan {
        buffers: vec![PlanBuffer {
            name: "p".into(),
            elem: u32_elem(),
            len: 32,
            output: true,
        }],
        launches: vec![Launch {
            kernel: "fault".into(),
            kernel_index: 0,
            groups: [1, 1, 1],
            args: vec![Arg::Buffer(0)],
        }],
        bytes: 0,
        flops: 0,
        tolerance: everygpu_backend::Tolerance { abs: 0.0, rel: 0.0 },
        has_native: false,
    };
    let inputs = vec![everygpu_backend::HostBuffer::zeroed(128)];
    let err = cuda.run(&plan, &inputs, &RunOptions::default()).unwrap_err();
    println!("first run: {err}");
    assert!(
        matches!(&err, BackendError::DeviceLost { message, needs_new_process: true }
            if message.contains("launch of kernel `fault`") && message.contains("ILLEGAL_ADDRESS")),
        "{err}"
    );
    // The next call either runs in a fresh context (the fault again) or says
    // the process must be restarted; it never hangs or crashes.
    let err = cuda.run(&plan, &inputs, &RunOptions::default()).unwrap_err();
    println!("second run: {err}");
    assert!(
        matches!(
            &err,
            BackendError::DeviceLost {
                needs_new_process: true,
                ..
            }
        ),
        "{err}"
    );
    println!("FAULT-CHILD-OK");
}

#[test]
fn allocation_failures_say_how_much() {
    let Some((mut cuda, cpu)) = setup_or_skip() else {
        return;
    };
    let index = cpu.manifest.cases.iter().position(|c| c.name == "saxpy").unwrap();
    let (mut plan, _) = cpu.case(index, 1024).unwrap();
    plan.buffers[0].len = 1 << 45; // 128 TiB of f32
    let inputs = vec![everygpu_backend::HostBuffer::default(); plan.buffers.len()];
    let err = cuda.run(&plan, &inputs, &RunOptions::default()).unwrap_err();
    println!("{err}");
    let BackendError::OutOfMemory {
        buffer,
        requested,
        available,
    } = err
    else {
        panic!("{err}")
    };
    assert_eq!(buffer, plan.buffers[0].name);
    assert_eq!(requested, 4 << 45);
    assert!(available.is_some_and(|a| a > 0 && a < requested));
}

#[test]
fn babelstream_rust_vs_cuda_cpp_vs_memcpy() {
    let Some((mut cuda, cpu)) = setup_or_skip() else {
        return;
    };
    let base = baseline_backend_or_skip();
    // The same CUDA C++ with the Rust kernels' 256-thread blocks.
    let base256 = base.as_ref().and_then(|_| {
        let mut b = cuda_or_skip()?;
        let nvcc = baseline::find_nvcc().ok()?;
        let ptx = baseline::babelstream_baseline_ptx(&nvcc, b.arch()).ok()?;
        let arch = b.arch();
        b.load(
            &baseline::baseline_artifact(ptx, arch),
            &baseline::babelstream_manifest_for_block(256),
        )
        .ok()?;
        Some(b)
    });
    let n: u64 = 1 << 25;
    let options = RunOptions::runs(3, 20);
    println!(
        "BabelStream, n = 2^25, best of {} runs (median in brackets), GB/s:",
        options.repeat
    );
    println!(
        "{:<10} {:>18} {:>18} {:>8} {:>22}",
        "kernel", "Rust (nvptx)", "CUDA C++ (nvcc)", "ratio", "CUDA C++, 256 threads"
    );
    let (mut base, mut base256) = (base, base256);
    for name in baseline::BABELSTREAM_KERNELS {
        let index = cpu.manifest.cases.iter().position(|c| c.name == name).unwrap();
        let (plan, inputs) = cpu.case(index, n).unwrap();
        let rust = cuda.run(&plan, &inputs, &options).unwrap();
        let gbps = |t: f64| plan.bytes as f64 / t;
        let best = |t: &[f64]| t.iter().copied().fold(f64::INFINITY, f64::min);
        let (rb, rm) = (gbps(best(&rust.times_ns)), gbps(median(&rust.times_ns)));
        let mut line = format!("{name:<10} {rb:>8.1} [{rm:>7.1}]");
        if let Some(base) = base.as_mut() {
            let bplan = baseline::babelstream_baseline_plan(&plan).unwrap();
            let c = base.run(&bplan, &inputs, &options).unwrap();
            let (cb, cm) = (gbps(best(&c.times_ns)), gbps(median(&c.times_ns)));
            if !name.starts_with("dot_") {
                let cmp = compare(&plan, &rust.buffers, &c.buffers);
                assert_eq!(
                    cmp.mismatches, 0,
                    "{name}: Rust and CUDA C++ differ: {:?}",
                    cmp.first_mismatch
                );
            }
            line += &format!(" {cb:>8.1} [{cm:>7.1}] {:>8.3}", rb / cb);
        }
        if let Some(base) = base256.as_mut() {
            let bplan = baseline::babelstream_baseline_plan_for_block(&plan, 256).unwrap();
            let c = base.run(&bplan, &inputs, &options).unwrap();
            line += &format!(
                " {:>12.1} [{:>7.1}]",
                gbps(best(&c.times_ns)),
                gbps(median(&c.times_ns))
            );
        }
        println!("{line}");
    }
    for bytes in [4u64 << 25, 8 << 25] {
        let g = cuda.measure_copy_gbps(bytes).expect("cuMemcpyDtoD runs");
        println!("cuMemcpyDtoD {:>4} MiB: {g:.1} GB/s (read + write)", bytes >> 20);
        assert!(g > 0.0);
    }
    if let Some(peak) = cuda.device().peak_gbps {
        println!("theoretical peak: {peak:.1} GB/s");
    }
}

/// The harness itself, without a GPU: cases build, the CPU reference runs and
/// matches itself, and an out-of-bounds access panics on the CPU with a line.
#[test]
fn cpu_harness_builds_cases_and_references() {
    let cpu = match CpuLibrary::open(cpu_lib_path()) {
        Ok(c) => c,
        Err(e) => return skip(&e),
    };
    assert!(!cpu.manifest.cases.is_empty());
    let index = cpu.manifest.cases.iter().position(|c| c.name == "saxpy").unwrap();
    let (plan, inputs) = cpu.case(index, 1000).unwrap();
    assert_eq!(plan.buffers.len(), inputs.len());
    assert!(plan.buffers.iter().zip(&inputs).all(|(b, i)| b.bytes() == i.len()));
    let reference = cpu.reference(&plan, &inputs).unwrap();
    let c = compare(&plan, &reference, &reference);
    assert_eq!((c.values, c.mismatches), (1000, 0));
    let c = compare(&plan, &inputs, &reference);
    assert!(c.mismatches > 0, "saxpy changes y");
    let (bad_plan, bad_inputs) = out_of_bounds_saxpy(&cpu);
    let report = cpu.reference(&bad_plan, &bad_inputs).unwrap_err();
    assert!(report.contains("\"line\":"), "{report}");
    println!(
        "{} cases; out-of-bounds saxpy on the CPU: {report}",
        cpu.manifest.cases.len()
    );
}
