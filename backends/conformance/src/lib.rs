//! The backend conformance suite: one set of tests, written once against the
//! [`Backend`] trait and instantiated for every backend family with
//! [`conformance_suite!`] (as CubeCL's `testgen_all!` does):
//! `tests/{cpu,cuda,vulkan,wgpu}.rs`.
//!
//! The kernels are an ordinary kernel crate (`kernels/`), built by the real
//! routes, as `everygpu run` builds a user's: the host toolchain's cdylib
//! for the CPU backends, PTX for the device's architecture for CUDA, wasm
//! lowered with the backend's own [`LowerOptions`](everygpu_backend::LowerOptions) for the shader backends.
//! Every test runs on every device its family finds (or those named in
//! `EVERYGPU_TEST_BACKENDS`, comma-separated id prefixes). A family with no
//! device prints why and passes, except where its test binary says the
//! device must be there (lavapipe in CI: see [`Absent`]).
//!
//! The shader backends' own suite (`backends/vulkan/tests/suite`) tests
//! them below the lowering, with hand-written WGSL; this one tests what a
//! user's kernel meets.
//!
//! On a machine without a Rust toolchain, `EVERYGPU_CONFORMANCE_ARTIFACTS`
//! names a folder of artifacts that `everygpu emit backends/conformance/kernels
//! --route all --arch ARCH --out DIR` wrote.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use everygpu_backend::{
    Arg, Artifact, Backend, BackendError, CasePlan, Elem, Enumerated, HostBuffer, Launch, Manifest, PlanBuffer, Route,
    RunOptions, Tolerance,
};
use everygpu_compiler::{CompileRoute, HostToolchain, KernelCrate, KernelToolchain};

/// Instantiates every test of the suite for one backend family:
/// `conformance_suite!(everygpu_backend_cpu::enumerate, Absent::Pass)`.
#[macro_export]
macro_rules! conformance_suite {
    ($enumerate:path, $absent:expr) => {
        $crate::conformance_suite!(@tests $enumerate, $absent;
            device_info, saxpy, quads, reduction_two_launches, histogram_atomics,
            repeat_outputs_are_the_first_runs, panic_reported_for_its_launch,
            panics_carry_their_values, f64_or_refused, i64_or_refused, empty_buffers, missing_kernel, wrong_artifact);
    };
    (@tests $enumerate:path, $absent:expr; $($name:ident),*) => {
        $(
            #[test]
            fn $name() {
                $crate::for_each_backend($enumerate, $absent, $crate::$name);
            }
        )*
    };
}

/// What a test binary does when its family finds no device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Absent {
    /// Print why and pass (CUDA on machines without an NVIDIA GPU).
    Pass,
    /// Fail, unless `EVERYGPU_ALLOW_NO_GPU=1` (Vulkan and wgpu: CI has
    /// lavapipe and llvmpipe).
    Fail,
}

/// Runs `test` on every backend `enumerate` finds; reports each failure
/// with the backend's id.
pub fn for_each_backend(enumerate: fn() -> Enumerated, absent: Absent, test: fn(&mut dyn Backend)) {
    let found = enumerate();
    let filter = std::env::var("EVERYGPU_TEST_BACKENDS").unwrap_or_default();
    let wanted = |id: &str| filter.is_empty() || filter.split(',').any(|p| !p.is_empty() && id.starts_with(p.trim()));
    let backends: Vec<_> = found.backends.into_iter().filter(|b| wanted(b.id())).collect();
    if backends.is_empty() {
        let reasons: Vec<String> = found
            .absent
            .iter()
            .map(|a| format!("{}: {}", a.backend, a.reason))
            .collect();
        let why = format!(
            "no device to test (filter {filter:?}); absent: [{}]",
            reasons.join("; ")
        );
        let allowed = absent == Absent::Pass || std::env::var("EVERYGPU_ALLOW_NO_GPU").as_deref() == Ok("1");
        assert!(allowed, "{why}. Set EVERYGPU_ALLOW_NO_GPU=1 to skip");
        println!("skipped: {why}");
        return;
    }
    let mut failed = Vec::new();
    for mut backend in backends {
        let id = backend.id().to_string();
        eprintln!("{id}: {} ({})", backend.device().name, backend.device().api);
        if std::panic::catch_unwind(AssertUnwindSafe(|| test(backend.as_mut()))).is_err() {
            failed.push(id);
        }
    }
    assert!(failed.is_empty(), "failed on {failed:?}");
}

// ---------------------------------------------------------------- building

/// The suite's kernel crate.
pub fn kernels_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("kernels")
}

/// The library name of the suite's kernel crate.
const LIB_NAME: &str = "conformance_kernels";

/// Where the suite's artifacts come from.
enum Source {
    /// Built by the routes, each the first time a test needs it.
    Crate(Box<RealRoutes>),
    /// Built beforehand by `everygpu emit backends/conformance/kernels
    /// --route all --arch ARCH --out DIR` and named by
    /// `EVERYGPU_CONFORMANCE_ARTIFACTS=DIR`: for GPU machines without a
    /// Rust toolchain.
    Folder(PathBuf),
}

/// The kernel crate and the toolchains that build it.
struct RealRoutes {
    krate: KernelCrate,
    host: HostToolchain,
    kernel: Option<KernelToolchain>,
}

/// The kernel crate's builds: each route's output, built once per test
/// process, and the manifest (from the CPU route's library).
struct Builds {
    source: Source,
    manifest: Manifest,
    outputs: Mutex<HashMap<CompileRoute, Result<PathBuf, String>>>,
}

impl Builds {
    fn open() -> Builds {
        let source = match std::env::var_os("EVERYGPU_CONFORMANCE_ARTIFACTS") {
            Some(dir) => Source::Folder(PathBuf::from(dir)),
            None => {
                let host = HostToolchain::discover().unwrap_or_else(|e| panic!("host toolchain: {e}"));
                let krate = KernelCrate::open(&kernels_dir(), &host).unwrap_or_else(|e| panic!("{e}"));
                let kernel = KernelToolchain::discover().ok();
                Source::Crate(Box::new(RealRoutes { krate, host, kernel }))
            }
        };
        let mut builds = Builds {
            source,
            manifest: Manifest::default(),
            outputs: Mutex::new(HashMap::new()),
        };
        let cpu = builds
            .output(&CompileRoute::Cpu)
            .unwrap_or_else(|e| panic!("the cpu route: {e}"));
        let library = everygpu_backend_cpu::CpuLibrary::load(&cpu).unwrap_or_else(|e| panic!("{e}"));
        builds.manifest = library.manifest().clone();
        builds
    }

    /// What `route` built: built now if it was not yet.
    fn output(&self, route: &CompileRoute) -> Result<PathBuf, String> {
        let mut outputs = self.outputs.lock().unwrap_or_else(|e| e.into_inner());
        outputs
            .entry(route.clone())
            .or_insert_with(|| match &self.source {
                Source::Crate(real) => real
                    .krate
                    .build(route, &real.host, real.kernel.as_ref())
                    .map(|out| out.path)
                    .map_err(|e| e.to_string()),
                Source::Folder(dir) => {
                    let path = dir.join(route.route().shipped_name(LIB_NAME));
                    match path.exists() {
                        true => Ok(path),
                        false => Err(format!("{} is missing", path.display())),
                    }
                }
            })
            .clone()
    }
}

fn builds() -> &'static Builds {
    static BUILDS: OnceLock<Builds> = OnceLock::new();
    BUILDS.get_or_init(Builds::open)
}

/// The suite's kernels as `b` runs them: built by the route for its device
/// and lowered with its options.
pub fn artifact(b: &dyn Backend) -> (Artifact, Manifest) {
    let builds = builds();
    let route = CompileRoute::for_backend(b.route(), b.device());
    let path = builds
        .output(&route)
        .unwrap_or_else(|e| panic!("the {} route: {e}", route.label()));
    let artifact = route
        .route()
        .artifact(&path, &builds.manifest, b.lower_options())
        .unwrap_or_else(|e| panic!("{}: {e}", b.id()));
    (artifact, builds.manifest.clone())
}

/// Loads the suite's kernels on `b`, failing the test with the backend's words.
pub fn load(b: &mut dyn Backend) -> Manifest {
    let (artifact, manifest) = artifact(b);
    if let Err(e) = b.load(&artifact, &manifest) {
        panic!("{}: load failed: {e}", b.id());
    }
    manifest
}

// ---------------------------------------------------------------- plans

/// A scalar element type.
pub fn elem(scalar: &str) -> Elem {
    let size = match scalar {
        "u8" => 1,
        "u16" => 2,
        "u32" | "i32" | "f32" => 4,
        _ => 8,
    };
    Elem {
        name: scalar.to_string(),
        size,
        align: size,
        fields: vec![(String::new(), 0, scalar.to_string())],
    }
}

/// A plan buffer of `len` elements of `scalar`.
pub fn plan_buffer(name: &str, scalar: &str, len: usize) -> PlanBuffer {
    PlanBuffer {
        name: name.to_string(),
        elem: elem(scalar),
        len,
        output: true,
    }
}

/// A plan of `buffers` and `launches` (kernel index from `manifest`).
pub fn plan(manifest: &Manifest, buffers: Vec<PlanBuffer>, launches: Vec<(&str, [u32; 3], Vec<Arg>)>) -> CasePlan {
    CasePlan {
        buffers,
        launches: launches
            .into_iter()
            .map(|(kernel, groups, args)| Launch {
                kernel: kernel.to_string(),
                kernel_index: manifest
                    .kernels
                    .iter()
                    .position(|k| k.name == kernel)
                    .unwrap_or(usize::MAX),
                groups,
                args,
            })
            .collect(),
        bytes: 0,
        flops: 0,
        tolerance: Tolerance { abs: 0.0, rel: 0.0 },
        has_native: false,
    }
}

/// Host bytes of a slice of plain scalars.
pub fn host<T: Copy>(values: &[T]) -> HostBuffer {
    // SAFETY: the suite's scalars are plain data without padding.
    let bytes = unsafe { std::slice::from_raw_parts(values.as_ptr() as *const u8, std::mem::size_of_val(values)) };
    HostBuffer::from_bytes(bytes)
}

/// A buffer's bytes as `T`s.
pub fn values<T: Copy + Default>(b: &HostBuffer) -> Vec<T> {
    let n = b.len() / std::mem::size_of::<T>();
    let mut out = vec![T::default(); n];
    // SAFETY: `out` holds `n` plain-data `T`s, `b` at least as many bytes.
    unsafe {
        std::ptr::copy_nonoverlapping(
            b.bytes().as_ptr(),
            out.as_mut_ptr() as *mut u8,
            n * std::mem::size_of::<T>(),
        )
    };
    out
}

/// Runs once without warm-up.
pub fn run_once(
    b: &mut dyn Backend,
    plan: &CasePlan,
    inputs: &[HostBuffer],
) -> Result<everygpu_backend::CaseRun, BackendError> {
    b.run(plan, inputs, &RunOptions::default())
}

/// The line of the first line of the kernels' source that contains `text`.
fn source_line(text: &str) -> u32 {
    let source = std::fs::read_to_string(kernels_dir().join("src/lib.rs")).expect("the kernels' source");
    let index = source
        .lines()
        .position(|l| l.contains(text))
        .unwrap_or_else(|| panic!("`{text}` is not in the kernels' source"));
    index as u32 + 1
}

// ------------------------------------------------------------------- tests

/// The device describes itself and runs the route its artifacts come from.
pub fn device_info(b: &mut dyn Backend) {
    let d = b.device();
    assert!(!d.name.is_empty(), "{}: no name", b.id());
    assert!(!d.api.is_empty(), "{}: no api", b.id());
    let route = CompileRoute::for_backend(b.route(), b.device());
    assert_eq!(route.route().artifact_kind().route(), b.route(), "{}", b.id());
    for (k, v) in &d.details {
        eprintln!("  {k}: {v}");
    }
}

/// saxpy over a size that is not a multiple of the workgroup.
pub fn saxpy(b: &mut dyn Backend) {
    let m = load(b);
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
        // Exact whether or not the backend fuses the multiply-add: the
        // products are exact in f32.
        assert_eq!(got[i], 2.0 * x[i] + y[i], "{}: y[{i}]", b.id());
    }
    assert_eq!(run.times_ns.len(), 1);
}

/// Four elements at once (`get4`) from a buffer whose length is no multiple
/// of 4: from its start (16-byte loads) and from 3 elements in (single
/// loads), up to its last element.
pub fn quads(b: &mut dyn Backend) {
    let m = load(b);
    let n = 4 * 1000 + 3;
    let x: Vec<u32> = (0..n as u32).map(|i| i.wrapping_mul(2_654_435_761)).collect();
    for skip in [0, 3] {
        let p = plan(
            &m,
            vec![plan_buffer("x", "u32", n), plan_buffer("out", "u32", n)],
            vec![(
                "quads",
                [(n / 4).div_ceil(64) as u32, 1, 1],
                vec![Arg::U32(skip as u32), Arg::Buffer(0), Arg::Buffer(1)],
            )],
        );
        let run = run_once(b, &p, &[host(&x), host(&vec![0u32; n])])
            .unwrap_or_else(|e| panic!("{}: skip {skip}: {e}", b.id()));
        let got = values::<u32>(&run.buffers[1]);
        let copied = (n - skip) / 4 * 4;
        assert_eq!(got[..copied], x[skip..skip + copied], "{}: skip {skip}", b.id());
        assert!(
            got[copied..].iter().all(|&v| v == 0),
            "{}: skip {skip}: wrote past the quads",
            b.id()
        );
    }
}

/// Two launches, the second reading what the first wrote: a tree reduction
/// in workgroup memory with barriers, then the sum of the partial sums.
pub fn reduction_two_launches(b: &mut dyn Backend) {
    let m = load(b);
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
    // Small integers: every order of the sums is exact.
    let partial = values::<f32>(&run.buffers[1]);
    for (g, chunk) in x.chunks(256).enumerate() {
        assert_eq!(partial[g], chunk.iter().sum::<f32>(), "{}: partial[{g}]", b.id());
    }
    let expected: f32 = x.iter().sum();
    assert_eq!(values::<f32>(&run.buffers[2]), vec![expected], "{}: total", b.id());
}

/// Atomic adds from every thread into a few bins.
pub fn histogram_atomics(b: &mut dyn Backend) {
    let m = load(b);
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
    let m = load(b);
    let n = 1000usize;
    let x: Vec<u32> = (0..n as u32).collect();
    let p = plan(
        &m,
        vec![plan_buffer("x", "u32", n)],
        vec![("bump", [16, 1, 1], vec![Arg::Buffer(0)])],
    );
    let run = b
        .run(&p, &[host(&x)], &RunOptions::runs(2, 3))
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

/// A panic comes back as `BackendError::Panic` for the launch that raised
/// it, with the thread, its workgroup, the source location and the message;
/// the backend stays usable.
pub fn panic_reported_for_its_launch(b: &mut dyn Backend) {
    let m = load(b);
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
            eprintln!("  {panic}");
            assert_eq!(panic.kernel, "checked", "{}", b.id());
            assert_eq!((panic.local, panic.group), ([13, 0, 0], [1, 0, 0]), "{}", b.id());
            assert_eq!(panic.file.as_deref(), Some("src/lib.rs"), "{}", b.id());
            assert_eq!(panic.line, source_line("panic!(\"thread gives up\")"), "{}", b.id());
            assert!(panic.column > 0, "{}", b.id());
            assert_eq!(panic.message, "thread gives up", "{}", b.id());
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
    assert_eq!(
        values::<u32>(&run.buffers[0]),
        (0..n as u32).collect::<Vec<_>>(),
        "{}",
        b.id()
    );
}

/// Core's index and range checks carry their values on every route: the
/// message reads as the CPU's.
pub fn panics_carry_their_values(b: &mut dyn Backend) {
    let m = load(b);
    let n = 100usize;
    let data: Vec<u32> = (0..n as u32).collect();
    let expect = |b: &mut dyn Backend, kernel: &str, arg: u32, line: &str, message: &str| {
        let p = plan(
            &m,
            vec![plan_buffer("data", "u32", n), plan_buffer("out", "u32", n)],
            vec![(kernel, [2, 1, 1], vec![Arg::U32(arg), Arg::Buffer(0), Arg::Buffer(1)])],
        );
        match run_once(b, &p, &[host(&data), HostBuffer::zeroed(n * 4)]) {
            Err(BackendError::Panic(panic)) => {
                eprintln!("  {panic}");
                assert_eq!((panic.local, panic.group), ([35, 0, 0], [1, 0, 0]), "{}", b.id());
                assert_eq!(panic.line, source_line(line), "{}", b.id());
                assert_eq!(panic.message, message, "{kernel} on {}", b.id());
            }
            other => panic!("{}: expected a panic, got {other:?}", b.id()),
        }
    };
    // Only thread 99 (thread 35 of workgroup 1) reads past the end.
    expect(
        b,
        "shifted",
        1,
        "out[i] = data[i + shift as usize]",
        "index out of bounds: the len is 100 but the index is 100",
    );
    expect(
        b,
        "windowed",
        2,
        "data[i..i + width as usize]",
        "range end index 101 out of range for slice of length 100",
    );
    // A message that formats values: the CPU formats it; the GPU routes
    // keep its text with `{}` for each value.
    let p = plan(
        &m,
        vec![plan_buffer("out", "u32", n)],
        vec![("formatted", [2, 1, 1], vec![Arg::U32(99), Arg::Buffer(0)])],
    );
    match run_once(b, &p, &[HostBuffer::zeroed(n * 4)]) {
        Err(BackendError::Panic(panic)) => {
            eprintln!("  {panic}");
            let want = if b.route() == Route::Cpu {
                "thread 99 of 100 gives up"
            } else {
                "thread {} of {} gives up"
            };
            assert_eq!(panic.message, want, "{}", b.id());
            assert_eq!(
                panic.line,
                source_line("panic!(\"thread {i} of {} gives up\""),
                "{}",
                b.id()
            );
        }
        other => panic!("{}: expected a panic, got {other:?}", b.id()),
    }
}

/// f64 runs where the device has it, and is refused as `Unsupported` where not.
pub fn f64_or_refused(b: &mut dyn Backend) {
    let m = load(b);
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
                // Fused or not: within one rounding of the fused result.
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
    let m = load(b);
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

/// Zero-length buffers come back empty; zero workgroups launch nothing.
pub fn empty_buffers(b: &mut dyn Backend) {
    let m = load(b);
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

/// A kernel missing from the artifact is named.
pub fn missing_kernel(b: &mut dyn Backend) {
    let m = load(b);
    let p = plan(
        &m,
        vec![plan_buffer("x", "u32", 4)],
        vec![("nope", [1, 1, 1], vec![Arg::Buffer(0)])],
    );
    match run_once(b, &p, &[HostBuffer::zeroed(16)]) {
        Err(BackendError::MissingKernel(k)) => assert_eq!(k, "nope", "{}", b.id()),
        other => panic!("{}: expected MissingKernel, got {other:?}", b.id()),
    }
}

/// Artifacts of other routes are refused, naming both routes.
pub fn wrong_artifact(b: &mut dyn Backend) {
    let other = match b.route() {
        Route::Cpu => Artifact::Ptx {
            path: "k.ptx".into(),
            text: Arc::from(""),
            arch: "sm_90".parse().expect("a PTX architecture"),
        },
        _ => Artifact::CpuLibrary { path: "libk.so".into() },
    };
    let got = other.kind().route();
    match b.load(&other, &Manifest::default()) {
        Err(BackendError::WrongArtifact { expected, got: was }) => {
            assert_eq!((expected, was), (b.route(), got), "{}", b.id());
        }
        other => panic!("{}: expected WrongArtifact, got {other:?}", b.id()),
    }
}
