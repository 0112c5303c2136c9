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
    // Long enough (about half a second on llvmpipe) that the wait has begun
    // before the kernel ends however late a loaded machine schedules it: at
    // 200 rounds (5 ms) a descheduled test thread found the fence signalled.
    let p = plan(
        &m,
        vec![plan_buffer("x", "u32", n)],
        vec![("spin", [4, 1, 1], vec![Arg::U32(20_000), Arg::Buffer(0)])],
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
