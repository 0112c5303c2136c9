//! The suite's checks, each run on every device of a backend family.

use super::*;

/// The device describes itself.
pub fn device_info(b: &mut dyn Backend) {
    let d = b.device();
    assert!(!d.name.is_empty(), "{}: no name", b.id());
    assert!(
        d.api.contains("Vulkan") || d.api.starts_with("wgpu"),
        "{}: api {}",
        b.id(),
        d.api
    );
    assert!(!d.details.is_empty(), "{}: no details", b.id());
    assert!(
        d.details.iter().any(|(k, _)| k == "timing"),
        "{}: does not say how it times runs",
        b.id()
    );
    assert_eq!(b.route(), everygpu_backend::Route::Wasm);
    if b.id().starts_with("vulkan:") {
        // Which float widths keep NaN, Inf and -0 decides the SPIR-V it gets.
        assert!(
            d.details.iter().any(|(k, _)| k == "NaN, Inf and -0 preserved"),
            "{}: does not say whether it preserves float specials",
            b.id()
        );
    }
    for (k, v) in &d.details {
        eprintln!("  {k}: {v}");
    }
}

/// saxpy over a size that is not a multiple of the workgroup.
pub fn saxpy(b: &mut dyn Backend) {
    let m = load(b, &[saxpy_kernel()]);
    let n = 100_003usize;
    let x: Vec<f32> = (0..n).map(|i| (i % 1000) as f32 * 0.5).collect();
    let y: Vec<f32> = (0..n).map(|i| (i % 17) as f32).collect();
    let p = plan(
        &m,
        vec![plan_buffer("x", "f32", n), plan_buffer("y", "f32", n)],
        vec![(
            "saxpy",
            [n.div_ceil(64) as u32, 1, 1],
            vec![Arg::F32(2.0), Arg::Buffer(0), Arg::Buffer(1)],
        )],
    );
    let run = run_once(b, &p, &[host(&x), host(&y)]).unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    assert_eq!(run.buffers.len(), 2);
    assert_eq!(values::<f32>(&run.buffers[0]), x, "{}: x changed", b.id());
    let got = values::<f32>(&run.buffers[1]);
    for i in 0..n {
        assert_eq!(got[i], 2.0 * x[i] + y[i], "{}: y[{i}]", b.id());
    }
    assert_eq!(run.times_ns.len(), 1);
}

/// Two launches, the second reading what the first wrote: a tree reduction
/// in workgroup memory with barriers, then the sum of the partial sums.
pub fn reduction_two_launches(b: &mut dyn Backend) {
    let m = load(b, &[block_sum_kernel()]);
    let n: usize = 256 * 200 - 5;
    let groups = n.div_ceil(256);
    let x: Vec<f32> = (0..n).map(|i| (i % 7) as f32).collect();
    let p = plan(
        &m,
        vec![
            plan_buffer("x", "f32", n),
            plan_buffer("partial", "f32", groups),
            plan_buffer("total", "f32", 1),
        ],
        vec![
            (
                "block_sum",
                [groups as u32, 1, 1],
                vec![Arg::Buffer(0), Arg::Buffer(1), Arg::Shared],
            ),
            (
                "block_sum",
                [1, 1, 1],
                vec![Arg::Buffer(1), Arg::Buffer(2), Arg::Shared],
            ),
        ],
    );
    let run = run_once(
        b,
        &p,
        &[host(&x), HostBuffer::zeroed(groups * 4), HostBuffer::zeroed(4)],
    )
    .unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    let partial = values::<f32>(&run.buffers[1]);
    for (g, chunk) in x.chunks(256).enumerate() {
        assert_eq!(partial[g], chunk.iter().sum::<f32>(), "{}: partial[{g}]", b.id());
    }
    let expected: f32 = x.iter().sum();
    assert_eq!(values::<f32>(&run.buffers[2]), vec![expected], "{}: total", b.id());
}

/// Atomic adds from every thread into a few bins.
pub fn histogram_atomics(b: &mut dyn Backend) {
    let m = load(b, &[histogram_kernel()]);
    let n = 50_000usize;
    let bins = 37usize;
    let data: Vec<u32> = (0..n as u32).map(|i| i.wrapping_mul(2_654_435_761) >> 7).collect();
    let mut expected = vec![0u32; bins];
    for d in &data {
        expected[*d as usize % bins] += 1;
    }
    let p = plan(
        &m,
        vec![plan_buffer("data", "u32", n), plan_buffer("bins", "u32", bins)],
        vec![(
            "histogram",
            [n.div_ceil(128) as u32, 1, 1],
            vec![Arg::Buffer(0), Arg::Buffer(1)],
        )],
    );
    let run =
        run_once(b, &p, &[host(&data), HostBuffer::zeroed(bins * 4)]).unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    assert_eq!(values::<u32>(&run.buffers[1]), expected, "{}", b.id());
}

/// With warm-up and repeats, outputs are the first run's (later runs start
/// from what the run before left), and every timed run has a time.
pub fn repeat_outputs_are_the_first_runs(b: &mut dyn Backend) {
    let m = load(b, &[bump_kernel()]);
    let n = 1000usize;
    let x: Vec<u32> = (0..n as u32).collect();
    let p = plan(
        &m,
        vec![plan_buffer("x", "u32", n)],
        vec![("bump", [16, 1, 1], vec![Arg::Buffer(0)])],
    );
    let options = RunOptions::runs(2, 3);
    let run = b
        .run(&p, &[host(&x)], &options)
        .unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    let expected: Vec<u32> = x.iter().map(|v| v + 1).collect();
    assert_eq!(values::<u32>(&run.buffers[0]), expected, "{}", b.id());
    assert_eq!(run.times_ns.len(), 3, "{}", b.id());
    assert!(
        run.times_ns.iter().all(|t| *t > 0.0 && t.is_finite()),
        "{}: times {:?}",
        b.id(),
        run.times_ns
    );
}

/// A run whose launch passes the limit set by `set_launch_timeout` is a
/// `BackendError::Timeout` naming the kernel and that limit (not the
/// backend's own default). Where the kernel may still run, the backend
/// keeps its device and opens no other: the next call says a new process is
/// needed (the app's workers then start one); where the wait ended with the
/// kernel, the backend runs the next case.
pub fn launch_timeout_is_honoured(b: &mut dyn Backend) {
    let m = load(b, &[spin_kernel()]);
    eprintln!("{}: loaded `spin`", b.id());
    b.set_launch_timeout(std::time::Duration::from_millis(1));
    let n = 256;
    let p = plan(
        &m,
        vec![plan_buffer("x", "u32", n)],
        vec![("spin", [4, 1, 1], vec![Arg::U32(200), Arg::Buffer(0)])],
    );
    let prepared = b.prepare(&p).map(|p| p.created);
    eprintln!("{}: prepared {prepared:?}", b.id());
    match run_once(b, &p, &[HostBuffer::zeroed(n * 4)]) {
        Err(BackendError::Timeout { kernel, limit_ms }) => {
            assert_eq!((kernel.as_str(), limit_ms), ("spin", 1), "{}", b.id());
        }
        other => panic!("{}: expected a timeout, got {:?}", b.id(), other.map(|r| r.times_ns)),
    }
    eprintln!("{}: the launch timed out", b.id());
    b.set_launch_timeout(std::time::Duration::from_secs(120));
    let (artifact, m) = artifact(&[bump_kernel()]);
    match b.load(&artifact, &m) {
        // The kernel may still run: the device is kept, and only a new
        // process opens it again.
        Err(BackendError::DeviceLost {
            needs_new_process: true,
            message,
        }) => assert!(message.contains("time limit"), "{}: {message}", b.id()),
        // The wait ended with the kernel (GL waits for it): the device goes on.
        Ok(()) => {
            eprintln!("{}: loaded `bump` after the timeout", b.id());
            let p = plan(
                &m,
                vec![plan_buffer("x", "u32", n)],
                vec![("bump", [4, 1, 1], vec![Arg::Buffer(0)])],
            );
            let run = run_once(b, &p, &[host(&vec![7u32; n])])
                .unwrap_or_else(|e| panic!("{}: after the timeout: {e}", b.id()));
            assert_eq!(values::<u32>(&run.buffers[0]), vec![8u32; n], "{}", b.id());
        }
        Err(e) => panic!("{}: after the timeout: {e}", b.id()),
    }
}

/// A panic recorded in the status buffer comes back as `BackendError::Panic`
/// for the launch that raised it, with thread, message and location; the
/// backend stays usable.
pub fn panic_reported_for_its_launch(b: &mut dyn Backend) {
    let m = load(b, &[checked_kernel()]);
    let n = 200usize;
    let p = plan(
        &m,
        vec![plan_buffer("out", "u32", n)],
        vec![
            ("checked", [4, 1, 1], vec![Arg::U32(u32::MAX), Arg::Buffer(0)]),
            ("checked", [4, 1, 1], vec![Arg::U32(77), Arg::Buffer(0)]),
        ],
    );
    match run_once(b, &p, &[HostBuffer::zeroed(n * 4)]) {
        Err(BackendError::Panic(panic)) => {
            assert_eq!(panic.kernel, "checked");
            assert_eq!(panic.local, [13, 0, 0], "{}", b.id());
            assert_eq!(panic.group, [1, 0, 0], "{}", b.id());
            assert_eq!(panic.line, 42);
            assert_eq!(panic.column, 7);
            assert_eq!(panic.file.as_deref(), Some("src/lib.rs"));
            assert_eq!(
                panic.message,
                "index out of bounds: the len is 100 but the index is 100"
            );
            eprintln!("  {panic}");
        }
        other => panic!("{}: expected a panic, got {other:?}", b.id()),
    }
    // Without the bad thread, the same kernel runs clean afterwards.
    let p = plan(
        &m,
        vec![plan_buffer("out", "u32", n)],
        vec![("checked", [4, 1, 1], vec![Arg::U32(u32::MAX), Arg::Buffer(0)])],
    );
    let run =
        run_once(b, &p, &[HostBuffer::zeroed(n * 4)]).unwrap_or_else(|e| panic!("{}: after a panic: {e}", b.id()));
    assert_eq!(values::<u32>(&run.buffers[0]), (0..n as u32).collect::<Vec<_>>());
}

/// f64 runs where the device has it, and is refused as `Unsupported` where not.
pub fn f64_or_refused(b: &mut dyn Backend) {
    let m = load(b, &[daxpy_kernel()]);
    let n = 5000usize;
    let x: Vec<f64> = (0..n).map(|i| i as f64 / 3.0).collect();
    let y: Vec<f64> = (0..n).map(|i| 1.0 / (i as f64 + 1.0)).collect();
    let a = std::f64::consts::PI;
    let p = plan(
        &m,
        vec![plan_buffer("x", "f64", n), plan_buffer("y", "f64", n)],
        vec![(
            "daxpy",
            [n.div_ceil(64) as u32, 1, 1],
            vec![Arg::F64(a), Arg::Buffer(0), Arg::Buffer(1)],
        )],
    );
    match (b.device().f64, run_once(b, &p, &[host(&x), host(&y)])) {
        (true, Ok(run)) => {
            let got = values::<f64>(&run.buffers[1]);
            for i in 0..n {
                let want = a.mul_add(x[i], y[i]);
                assert!(
                    (got[i] - want).abs() <= 1e-15 * want.abs(),
                    "{}: y[{i}] = {} want {want}",
                    b.id(),
                    got[i]
                );
            }
        }
        (false, Err(BackendError::Unsupported { kernel, what })) => {
            assert_eq!(kernel, "daxpy");
            eprintln!("  refused as expected: {what}");
        }
        (has, other) => panic!("{}: f64 support {has}, run gave {other:?}", b.id()),
    }
}

/// u64 arithmetic runs where the device has it, and is refused where not.
pub fn i64_or_refused(b: &mut dyn Backend) {
    let m = load(b, &[lcg_kernel()]);
    let n = 3000usize;
    let x: Vec<u64> = (0..n as u64).map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15)).collect();
    let p = plan(
        &m,
        vec![plan_buffer("x", "u64", n)],
        vec![("lcg", [n.div_ceil(64) as u32, 1, 1], vec![Arg::Buffer(0)])],
    );
    match (b.device().i64, run_once(b, &p, &[host(&x)])) {
        (true, Ok(run)) => {
            let want: Vec<u64> = x
                .iter()
                .map(|v| v.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407))
                .collect();
            assert_eq!(values::<u64>(&run.buffers[0]), want, "{}", b.id());
        }
        (false, Err(BackendError::Unsupported { kernel, what })) => {
            assert_eq!(kernel, "lcg");
            eprintln!("  refused as expected: {what}");
        }
        (has, other) => panic!("{}: i64 support {has}, run gave {other:?}", b.id()),
    }
}

/// Zero-length buffers are bound (as minimal buffers) and come back empty;
/// zero workgroups launch nothing.
pub fn empty_buffers(b: &mut dyn Backend) {
    let m = load(b, &[saxpy_kernel()]);
    let p = plan(
        &m,
        vec![plan_buffer("x", "f32", 0), plan_buffer("y", "f32", 0)],
        vec![
            ("saxpy", [1, 1, 1], vec![Arg::F32(1.0), Arg::Buffer(0), Arg::Buffer(1)]),
            ("saxpy", [0, 1, 1], vec![Arg::F32(1.0), Arg::Buffer(0), Arg::Buffer(1)]),
        ],
    );
    let run =
        run_once(b, &p, &[HostBuffer::zeroed(0), HostBuffer::zeroed(0)]).unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    assert_eq!(run.buffers.len(), 2);
    assert!(run.buffers.iter().all(|b| b.is_empty()));
}

/// A grid beyond the device's limit is refused with a clear error, not a crash.
pub fn too_many_workgroups(b: &mut dyn Backend) {
    let m = load(b, &[saxpy_kernel()]);
    let p = plan(
        &m,
        vec![plan_buffer("x", "f32", 4), plan_buffer("y", "f32", 4)],
        vec![(
            "saxpy",
            [u32::MAX, 1, 1],
            vec![Arg::F32(1.0), Arg::Buffer(0), Arg::Buffer(1)],
        )],
    );
    match run_once(b, &p, &[HostBuffer::zeroed(16), HostBuffer::zeroed(16)]) {
        Err(BackendError::Launch { kernel, message }) => {
            assert_eq!(kernel, "saxpy");
            assert!(
                message.contains("65535") || message.contains("limit"),
                "{}: {message}",
                b.id()
            );
            eprintln!("  {message}");
        }
        other => panic!("{}: expected a launch error, got {other:?}", b.id()),
    }
}

/// A kernel missing from the artifact is named.
pub fn missing_kernel(b: &mut dyn Backend) {
    let m = load(b, &[saxpy_kernel()]);
    let p = plan(
        &m,
        vec![plan_buffer("x", "u32", 4)],
        vec![("nope", [1, 1, 1], vec![Arg::Buffer(0)])],
    );
    match run_once(b, &p, &[HostBuffer::zeroed(16)]) {
        Err(BackendError::MissingKernel(k)) => assert_eq!(k, "nope"),
        other => panic!("{}: expected MissingKernel, got {other:?}", b.id()),
    }
}

/// A kernel that did not lower is reported with the lowering's words.
pub fn lowering_error_reported(b: &mut dyn Backend) {
    let (artifact, manifest) = artifact(&[saxpy_kernel()]);
    let Artifact::Shader(s) = artifact else { unreachable!() };
    let mut s = (*s).clone();
    s.errors.push((
        "recursive".to_string(),
        "kernel `recursive` calls itself (recursion is not supported)".to_string(),
    ));
    b.load(&Artifact::Shader(Arc::new(s)), &manifest)
        .unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    let p = plan(
        &manifest,
        vec![plan_buffer("x", "u32", 4)],
        vec![("recursive", [1, 1, 1], vec![Arg::Buffer(0)])],
    );
    match run_once(b, &p, &[HostBuffer::zeroed(16)]) {
        Err(BackendError::Load { message, .. }) => assert!(message.contains("recursion"), "{message}"),
        other => panic!("{}: expected the lowering error, got {other:?}", b.id()),
    }
}

/// Artifacts of other routes are refused.
pub fn wrong_artifact(b: &mut dyn Backend) {
    let ptx = Artifact::Ptx {
        path: "k.ptx".into(),
        text: Arc::from(""),
        arch: "sm_90".parse().expect("a PTX architecture"),
    };
    match b.load(&ptx, &Manifest::default()) {
        Err(BackendError::WrongArtifact { expected, got }) => {
            assert_eq!(expected, everygpu_backend::Route::Wasm);
            assert_eq!(got, everygpu_backend::Route::Nvptx);
        }
        other => panic!("{}: expected WrongArtifact, got {other:?}", b.id()),
    }
}

/// Device times are positive and the copy bandwidth is measured.
pub fn timing_and_copy_bandwidth(b: &mut dyn Backend) {
    let m = load(b, &[saxpy_kernel()]);
    let n = 1 << 20;
    let p = plan(
        &m,
        vec![plan_buffer("x", "f32", n), plan_buffer("y", "f32", n)],
        vec![(
            "saxpy",
            [(n / 64) as u32, 1, 1],
            vec![Arg::F32(3.0), Arg::Buffer(0), Arg::Buffer(1)],
        )],
    );
    let x = vec![1.0f32; n];
    let run = b
        .run(&p, &[host(&x), host(&x)], &RunOptions::runs(1, 3))
        .unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    let best = run.times_ns.iter().copied().fold(f64::INFINITY, f64::min);
    let gbps = (3 * n * 4) as f64 / best;
    eprintln!("  saxpy 2^20: best {:.1} µs, {gbps:.1} GB/s", best / 1e3);
    let copy = b.measure_copy_gbps(64 << 20);
    eprintln!("  copy 64 MiB: {copy:?} GB/s");
    let copy = copy.unwrap_or_else(|| panic!("{}: no copy bandwidth", b.id()));
    assert!(copy > 0.0 && copy.is_finite());
    // Measuring loads a copy kernel: the case's kernels must still be there.
    let again = b
        .run(&p, &[host(&x), host(&x)], &RunOptions::default())
        .unwrap_or_else(|e| panic!("{}: after measuring the copy: {e}", b.id()));
    assert_eq!(values::<f32>(&again.buffers[1]), values::<f32>(&run.buffers[1]));
}

/// Loading again replaces the kernels.
pub fn reload_replaces_kernels(b: &mut dyn Backend) {
    let m = load(b, &[saxpy_kernel()]);
    let p = plan(
        &m,
        vec![plan_buffer("x", "u32", 4)],
        vec![("bump", [1, 1, 1], vec![Arg::Buffer(0)])],
    );
    assert!(matches!(
        run_once(b, &p, &[host(&[1u32, 2, 3, 4])]),
        Err(BackendError::MissingKernel(_))
    ));
    load(b, &[bump_kernel()]);
    let run = run_once(b, &p, &[host(&[1u32, 2, 3, 4])]).unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    assert_eq!(values::<u32>(&run.buffers[0]), vec![2, 3, 4, 5]);
}

/// Every prepare says what the driver reports of each kernel of the plan,
/// once each, in launch order, whether or not it created the pipeline now;
/// a device whose `devices` entry promises no statistics reports none.
pub fn kernel_statistics_where_the_driver_reports_them(b: &mut dyn Backend) {
    let m = load(b, &[block_sum_kernel(), saxpy_kernel()]);
    let p = plan(
        &m,
        vec![plan_buffer("x", "f32", 256), plan_buffer("sums", "f32", 1)],
        vec![
            (
                "block_sum",
                [1, 1, 1],
                vec![Arg::Buffer(0), Arg::Buffer(1), Arg::Shared],
            ),
            (
                "block_sum",
                [1, 1, 1],
                vec![Arg::Buffer(0), Arg::Buffer(1), Arg::Shared],
            ),
        ],
    );
    let promised = b
        .device()
        .details
        .iter()
        .any(|(k, v)| k == "kernel statistics" && !v.starts_with("none"));
    for attempt in ["created", "reused"] {
        let stats = b
            .prepare(&p)
            .unwrap_or_else(|e| panic!("{}: prepare failed: {e}", b.id()))
            .stats;
        assert_eq!(
            stats.len(),
            1,
            "{} ({attempt}): one entry per kernel: {stats:?}",
            b.id()
        );
        let k = &stats[0];
        assert_eq!(k.kernel, "block_sum");
        // What the route handed the driver, counted on every device.
        assert_eq!(k.code.as_deref(), Some("SPIR-V"));
        assert!(k.code_instructions.is_some_and(|n| n > 10), "{}: {k:?}", b.id());
        if !promised {
            assert!(
                k.driver.is_empty() && k.registers.is_none(),
                "{}: statistics nobody promised: {k:?}",
                b.id()
            );
            eprintln!("{}: the driver reports no kernel statistics: {k}", b.id());
            continue;
        }
        assert!(!k.driver.is_empty(), "{}: {k:?}", b.id());
        assert_eq!(k.workgroup_threads, Some(256));
        eprintln!("{} ({attempt}): block_sum: {k}; {:?}", b.id(), k.driver);
    }
}

/// Loading creates no pipeline; preparing a plan creates those of its
/// kernels, once; a reload keeps the pipelines of kernels whose code did not
/// change and creates those of the changed ones.
pub fn pipelines_are_made_when_needed_and_kept_by_code(b: &mut dyn Backend) {
    let m = load(b, &[saxpy_kernel(), bump_kernel()]);
    let bump = plan(
        &m,
        vec![plan_buffer("x", "u32", 4)],
        vec![("bump", [1, 1, 1], vec![Arg::Buffer(0)])],
    );
    let saxpy = plan(
        &m,
        vec![plan_buffer("x", "f32", 4), plan_buffer("y", "f32", 4)],
        vec![("saxpy", [1, 1, 1], vec![Arg::F32(2.0), Arg::Buffer(0), Arg::Buffer(1)])],
    );
    let created = |b: &mut dyn Backend, p: &CasePlan| {
        b.prepare(p)
            .unwrap_or_else(|e| panic!("{}: prepare failed: {e}", b.id()))
            .created
    };
    assert_eq!(created(b, &bump), vec!["bump".to_string()], "{}", b.id());
    assert_eq!(created(b, &bump), Vec::<String>::new(), "{}: prepared twice", b.id());
    let run = run_once(b, &bump, &[host(&[1u32, 2, 3, 4])]).unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    assert_eq!(values::<u32>(&run.buffers[0]), vec![2, 3, 4, 5]);
    // The same code again, and saxpy changed: only saxpy's pipeline is new.
    let mut changed = saxpy_kernel();
    changed.wgsl = Box::leak(
        changed
            .wgsl
            .replace("a * x[i] + y[i]", "a * x[i] - y[i]")
            .into_boxed_str(),
    );
    assert_ne!(changed.wgsl, saxpy_kernel().wgsl, "the edit applies");
    load(b, &[changed, bump_kernel()]);
    assert_eq!(
        created(b, &bump),
        Vec::<String>::new(),
        "{}: bump did not change",
        b.id()
    );
    assert_eq!(created(b, &saxpy), vec!["saxpy".to_string()], "{}", b.id());
    let run =
        run_once(b, &saxpy, &[host(&[1.0f32; 4]), host(&[5.0f32; 4])]).unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    assert_eq!(
        values::<f32>(&run.buffers[1]),
        vec![-3.0; 4],
        "{}: the new code runs",
        b.id()
    );
}

/// saxpy over `EVERYGPU_BENCH_N` floats (2^24 unless set): best device time
/// of 10 runs after 2 warm-ups, as GB/s (12 bytes per element), next to the
/// device-to-device copy bandwidth over one buffer.
pub fn saxpy_bandwidth(b: &mut dyn Backend) {
    let n: usize = std::env::var("EVERYGPU_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1 << 24);
    let m = load(b, &[saxpy_2d_kernel()]);
    let blocks = n.div_ceil(256);
    let gx = blocks.min(4096);
    let gy = blocks.div_ceil(gx);
    let p = plan(
        &m,
        vec![plan_buffer("x", "f32", n), plan_buffer("y", "f32", n)],
        vec![(
            "saxpy_2d",
            [gx as u32, gy as u32, 1],
            vec![Arg::F32(2.0), Arg::Buffer(0), Arg::Buffer(1)],
        )],
    );
    let x: Vec<f32> = (0..n).map(|i| (i % 1000) as f32).collect();
    let y: Vec<f32> = (0..n).map(|i| (i % 7) as f32).collect();
    let run = b
        .run(&p, &[host(&x), host(&y)], &RunOptions::runs(2, 10))
        .unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    let got = values::<f32>(&run.buffers[1]);
    for i in (0..n).step_by(1009).chain([n - 1]) {
        assert_eq!(got[i], 2.0 * x[i] + y[i], "{}: y[{i}]", b.id());
    }
    let best = run.times_ns.iter().copied().fold(f64::INFINITY, f64::min);
    let median = {
        let mut t = run.times_ns.clone();
        t.sort_by(f64::total_cmp);
        t[t.len() / 2]
    };
    let copy = b.measure_copy_gbps((n * 4) as u64);
    eprintln!(
        "  FIGURE {} | {} | saxpy n={n}: best {:.1} µs ({:.0} GB/s), median {:.1} µs ({:.0} GB/s) | copy {} MiB: {} GB/s",
        b.id(),
        b.device().name,
        best / 1e3,
        (12 * n) as f64 / best,
        median / 1e3,
        (12 * n) as f64 / median,
        (n * 4) >> 20,
        copy.map(|c| format!("{c:.0}")).unwrap_or_else(|| "n/a".to_string()),
    );
}
