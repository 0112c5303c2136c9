//! The app's main states, built by hand (no compile, no backend) and rendered
//! headless with wgpu (lavapipe where there is no GPU): compiling, results,
//! a compile error over the last good results, a mismatch with a panic, and
//! the code view.
//! Refresh the images under `app/tests/snapshots` with `UPDATE_SNAPSHOTS=1`.

// The app is a binary: its engine and GUI modules are compiled into this test.
#![allow(dead_code)]

#[rustfmt::skip]
#[path = "../src/engine/mod.rs"]
mod engine;
#[rustfmt::skip]
#[path = "../src/gui/mod.rs"]
mod gui;

use eframe::egui;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions};
use engine::compare::{Comparison, Mismatch};
use engine::session::{BackendInfo, BuildFailure, EditPoint, EditSeries, RouteState, SessionEvent, StoredRun};
use engine::{CaseResult, Status};
use everygpu_backend::{DeviceInfo, KernelStats, Manifest, ManifestCase};
use everygpu_compiler::Diagnostic;
use everygpu_report::{RunId, SeriesKey};
use gui::action::Action;
use gui::state::{AppState, Phase, Remembered, Tab};
use std::path::{Path, PathBuf};

fn backends() -> Vec<BackendInfo> {
    let dev = |name: &str, api: &str, peak: Option<f64>| DeviceInfo {
        name: name.into(),
        api: api.into(),
        peak_gbps: peak,
        ..DeviceInfo::default()
    };
    vec![
        BackendInfo {
            id: "cpu".into(),
            device: dev("CPU reference (1 thread)", "CPU", None),
        },
        BackendInfo {
            id: "cpu-mt".into(),
            device: dev("CPU, 16 threads", "CPU", None),
        },
        BackendInfo {
            id: "cuda:0".into(),
            device: DeviceInfo {
                peak_gflops: Some(66908.0),
                ..dev("NVIDIA H100 80GB HBM3", "CUDA", Some(3352.0))
            },
        },
    ]
}

fn manifest(cases: &[&str]) -> Manifest {
    Manifest {
        abi_version: 1,
        kernels: vec![],
        cases: cases
            .iter()
            .enumerate()
            .map(|(i, c)| ManifestCase {
                name: c.to_string(),
                default_size: 1 << 20,
                file: "src/cases.rs".into(),
                line: i as u32 * 10,
            })
            .collect(),
    }
}

fn row(case: &str, backend: &str, device: &str, ms: f64) -> CaseResult {
    let mut r = CaseResult::failed(case, 1 << 20, backend, device, Status::Match, String::new());
    r.times_ns = vec![ms * 1e6];
    r.bytes = 12 << 20;
    r.flops = 2 << 20;
    r.comparison = Some(Comparison {
        max_abs_err: 1.2e-7,
        max_rel_err: 3.0e-7,
        compared: 1 << 20,
        ..Comparison::default()
    });
    r
}

fn saxpy_rows() -> Vec<CaseResult> {
    let mut reference = row("saxpy", "cpu", "CPU reference (1 thread)", 1.9);
    reference.comparison = None;
    reference.message = "reference".into();
    let mut cuda = row("saxpy", "cuda:0", "NVIDIA H100 80GB HBM3", 0.0049);
    // What the CUDA backend reads from the driver for this kernel.
    cuda.stats = vec![KernelStats {
        kernel: "saxpy".into(),
        registers: Some(10),
        local_bytes: Some(0),
        shared_bytes: Some(0),
        workgroup_threads: Some(256),
        resident_workgroups: Some(8),
        occupancy: Some(1.0),
        occupancy_limit: Some("threads per multiprocessor".into()),
        instructions: None,
        code: Some("PTX".into()),
        code_instructions: Some(23),
        driver: vec![("max threads per block".into(), "1024".into())],
    }];
    vec![reference, row("saxpy", "cpu-mt", "CPU, 16 threads", 0.41), cuda]
}

/// A window opened on a crate, with the backends started.
fn opened() -> AppState {
    let mut s = AppState::new(PathBuf::from("/work/sample-kernels"), Remembered::default());
    s.apply(SessionEvent::Opened {
        dir: PathBuf::from("/work/sample-kernels"),
        package: "sample-kernels".into(),
        backends: backends(),
        absent: vec![("vulkan".into(), "no Vulkan loader (libvulkan.so.1)".into())],
    });
    s
}

/// Adds the rows of build `generation` to the stored series, as the session
/// does after storing its run as run `generation`.
fn store(series: &mut EditSeries, generation: u64, rows: &[CaseResult]) -> SessionEvent {
    let source_hash = format!("{:016x}", generation.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    for r in rows {
        // As the session reads it back: rows without a time are not plotted.
        let Some(&median_ns) = r.times_ns.first() else {
            continue;
        };
        let key = SeriesKey {
            case: r.case.clone(),
            backend: r.backend.clone(),
        };
        series.entry(key).or_default().push(EditPoint {
            run: RunId(generation as i64),
            started_unix: 1_750_000_000 + generation as i64 * 90,
            source_hash: source_hash.clone(),
            size: r.size,
            status: r.status.word().into(),
            median_ns,
            gbps: r.gbps(),
            gflops: r.gflops(),
        });
    }
    SessionEvent::History {
        stored: Some(StoredRun {
            generation,
            run: RunId(generation as i64),
            source_hash,
        }),
        database: PathBuf::from("/home/user/.local/share/everygpu/history.sqlite"),
        series: series.clone(),
    }
}

/// The state after `n` good builds of saxpy and stream_copy, each stored in the history.
fn with_results(n: u64) -> AppState {
    let mut s = opened();
    let mut series = EditSeries::new();
    for g in 1..=n {
        s.clock = g as f64 * 10.0;
        s.apply(SessionEvent::BuildStarted { generation: g });
        s.apply(SessionEvent::Route {
            generation: g,
            route: "cpu".into(),
            state: RouteState::Built { ms: 640 + 20 * g },
        });
        s.apply(SessionEvent::Built {
            generation: g,
            manifest: manifest(&["saxpy", "stream_copy_f32", "reduce_sum"]),
            unavailable: Default::default(),
        });
        let mut rows = saxpy_rows();
        for r in &mut rows {
            r.times_ns[0] *= 1.0 + 0.15 * (n - g) as f64;
        }
        s.apply(SessionEvent::CaseDone {
            generation: g,
            results: rows.clone(),
        });
        s.apply(SessionEvent::RunFinished {
            generation: g,
            interrupted: false,
            since_change: None,
        });
        s.apply(store(&mut series, g, &rows));
    }
    for (i, size) in (10..=22).step_by(2).enumerate() {
        let mut rows = saxpy_rows();
        for r in &mut rows {
            r.size = 1 << size;
            r.bytes = 12 << size;
            r.times_ns[0] = r.times_ns[0] / (1u64 << (22 - size)) as f64 * (1.0 + 2.0 / (i + 1) as f64);
        }
        s.apply(SessionEvent::SweepPoint {
            case: "saxpy".into(),
            size: 1 << size,
            results: rows,
        });
    }
    s.apply(SessionEvent::SweepFinished {
        case: "saxpy".into(),
        error: None,
    });
    s
}

/// A second good build of the three cases, whose run gave saxpy `rows`.
fn second_build(s: &mut AppState, rows: Vec<CaseResult>) {
    s.apply(SessionEvent::BuildStarted { generation: 2 });
    s.apply(SessionEvent::Built {
        generation: 2,
        manifest: manifest(&["saxpy", "stream_copy_f32", "reduce_sum"]),
        unavailable: Default::default(),
    });
    s.apply(SessionEvent::CaseDone {
        generation: 2,
        results: rows,
    });
    s.apply(SessionEvent::RunFinished {
        generation: 2,
        interrupted: false,
        since_change: None,
    });
}

fn render(name: &str, state: AppState) -> Harness<'static, AppState> {
    let mut harness = Harness::builder().with_size(egui::vec2(1280.0, 760.0)).build_ui_state(
        |ui, state: &mut AppState| {
            gui::view::app_ui(ui, state);
        },
        state,
    );
    harness.run_steps(4);
    let options =
        SnapshotOptions::default().output_path(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots"));
    harness.snapshot_options(name, &options);
    harness
}

#[test]
fn compiling() {
    let mut s = opened();
    s.clock = 1.4;
    s.apply(SessionEvent::BuildStarted { generation: 1 });
    s.apply(SessionEvent::Route {
        generation: 1,
        route: "cpu".into(),
        state: RouteState::Building,
    });
    s.clock = 2.6;
    assert_eq!(s.phase, Phase::Building);
    let harness = render("compiling", s);
    harness.get_by_label("compiling…");
}

#[test]
fn results() {
    let s = with_results(3);
    let edits = s.edit_plot("saxpy");
    assert_eq!(edits.runs.len(), 3);
    assert_eq!(edits.lines.len(), 3, "one line per backend");
    assert!(s.staleness("saxpy").is_none());
    let mut harness = render("results", s);
    harness.get_by_label("Sweep");
    harness.get_by_label("Code").click();
    harness.run_steps(2);
    assert_eq!(harness.state().tab, Tab::Code);
}

/// A copy at 54% of the device's peak bandwidth: the card says so, and why
/// (4-byte elements, one per thread); the roofline says it counts no FLOPs.
#[test]
fn advice_for_a_copy_below_its_roof() {
    let mut s = with_results(1);
    let n: u64 = 1 << 24;
    let mut reference = row("stream_copy_f32", "cpu", "CPU reference (1 thread)", 12.0);
    reference.comparison = None;
    reference.message = "reference".into();
    let mut cuda = row("stream_copy_f32", "cuda:0", "NVIDIA H100 80GB HBM3", 0.0);
    cuda.size = n;
    cuda.bytes = 8 * n;
    cuda.flops = 0;
    cuda.times_ns = vec![8.0 * n as f64 / 1810.0];
    cuda.threads = Some(n);
    cuda.stats = vec![KernelStats {
        kernel: "stream_copy_f32".into(),
        registers: Some(16),
        local_bytes: Some(0),
        shared_bytes: Some(0),
        workgroup_threads: Some(256),
        resident_workgroups: Some(8),
        occupancy: Some(1.0),
        ..KernelStats::default()
    }];
    (reference.size, reference.bytes, reference.flops) = (n, 8 * n, 0);
    s.apply(SessionEvent::CaseDone {
        generation: 1,
        results: vec![reference, cuda],
    });
    s.selected_case = Some("stream_copy_f32".into());
    let harness = render("advice", s);
    harness
        .get_by_label("54% of the peak bandwidth (1,810 of 3,352 GB/s, theoretical, from the memory's clock and bus)");
    harness.get_by_label("stream_copy_f32 counts no FLOPs: its throughput is in GB/s");
}

/// The wasm route's artifact with `kernel` written in every language.
fn wasm_route(kernel: &everygpu_backend::ShaderKernel) -> gui::code::RouteArtifact {
    use gui::code::{RouteArtifact, ShaderLanguage, ShaderText};
    RouteArtifact {
        route: "wasm".into(),
        path: Some(PathBuf::from("/work/sample-kernels/target/wasm/sample_kernels.wasm")),
        error: None,
        text: None,
        ptx_kernels: vec![],
        sources: vec![],
        shaders: vec![ShaderText {
            kernel: kernel.name.clone(),
            outputs: ShaderLanguage::ALL.iter().map(|&l| (l, l.render(kernel))).collect(),
            sources: vec![],
        }],
        lowering_errors: vec![],
    }
}

#[test]
fn code_view_shows_a_kernel_in_metal() {
    use gui::code::ShaderLanguage;
    let mut s = with_results(1);
    let kernel = gui::code::tests::double();
    s.artifacts.generation = s.good_generation;
    s.artifacts.routes = vec![wasm_route(&kernel)];
    s.artifacts.language = ShaderLanguage::ALL
        .iter()
        .position(|&l| l == ShaderLanguage::Msl)
        .expect("MSL is a language");
    s.tab = Tab::Code;
    let harness = render("code_msl", s);
    harness.get_by_label("MSL");
    harness.get_by_label_contains("kernel void double_(");
}

/// The same kernel in two targets side by side: its PTX, and its WGSL.
#[test]
fn code_view_compares_two_targets_side_by_side() {
    use gui::code::{Pane, RouteArtifact};
    let mut s = with_results(1);
    let kernel = gui::code::tests::double();
    let ptx = ".visible .entry double(\n\t.param .u64 double_param_0\n)\n{\n\tld.param.u64 %rd1, [double_param_0];\n\tret;\n}\n";
    s.artifacts.generation = s.good_generation;
    s.artifacts.routes = vec![
        RouteArtifact {
            route: "nvptx-sm_80".into(),
            path: Some(PathBuf::from(
                "/work/sample-kernels/target/nvptx-sm_80/sample_kernels.ptx",
            )),
            error: None,
            text: Some(ptx.to_string()),
            ptx_kernels: vec![gui::source_map::PtxKernel {
                name: "double".into(),
                text: ptx.into(),
                sources: vec![],
            }],
            sources: vec![],
            shaders: vec![],
            lowering_errors: vec![],
        },
        wasm_route(&kernel),
    ];
    s.artifacts.beside = Some(Pane { route: 1, language: 0 });
    s.tab = Tab::Code;
    let harness = render("code_side_by_side", s);
    harness.get_by_label_contains(".visible .entry double(");
    harness.get_by_label_contains("@compute");
    assert_eq!(
        harness.get_all_by_label("wasm").count(),
        2,
        "each pane has its route chooser"
    );
}

#[test]
fn code_view_shows_the_ptx_of_the_selected_case_s_kernel() {
    use gui::code::RouteArtifact;
    let mut s = with_results(1);
    assert_eq!(s.selected_case.as_deref(), Some("saxpy"));
    s.artifacts.generation = s.good_generation;
    s.artifacts.routes = vec![RouteArtifact {
        route: "nvptx-sm_80".into(),
        path: Some(PathBuf::from(
            "/work/sample-kernels/target/nvptx-sm_80/sample_kernels.ptx",
        )),
        error: None,
        text: Some(gui::code::tests::PTX.to_string()),
        ptx_kernels: gui::code::mapped_ptx_kernels(gui::code::tests::PTX, Path::new("/work/sample-kernels")).0,
        sources: vec![],
        shaders: vec![],
        lowering_errors: vec![],
    }];
    s.artifacts.kernel = 1;
    s.tab = Tab::Code;
    let harness = render("code_ptx", s);
    assert_eq!(
        harness.state().artifacts.kernel,
        0,
        "the kernel follows the selected case"
    );
    harness.get_by_label_contains(".visible .entry saxpy(");
}

/// A kernel crate of one file, and its PTX with line tables: the code view
/// shows the source beside the PTX; a click on an instruction selects its
/// source line, and the instructions of the selected line are highlighted.
#[test]
fn code_view_links_ptx_lines_and_source_lines() {
    use gui::code::RouteArtifact;
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir_all(dir.path().join("src")).expect("src");
    let lib = "#![no_std]\nuse everygpu_kernel::*;\n\n/// `y = a * x + y`\n#[kernel]\npub fn saxpy(a: f32, x: &[f32], y: &mut [f32]) {\n    let i = global_index();\n    if i < y.len() {\n        y[i] = a * x[i] + y[i];\n    }\n}\n";
    std::fs::write(dir.path().join("src/lib.rs"), lib).expect("lib.rs");
    let d = std::fs::canonicalize(dir.path()).expect("canonical");
    let ptx = format!(
        ".version 8.0\n.target sm_80, debug\n.address_size 64\n\t.file\t1 \"{}/src/lib.rs\"\n\
         .visible .entry saxpy(\n\t.param .f32 saxpy_param_0\n)\n{{\n\
         \t.loc\t1 7 13 // src/lib.rs:7:13\n\tmov.u32 \t%r2, %ctaid.x;\n\
         \t.loc\t1 8 8 // src/lib.rs:8:8\n\tsetp.ge.u64 \t%p1, %rd3, %rd4;\n\t@%p1 bra \t$L__BB0_2;\n\
         \t.loc\t1 9 16 // src/lib.rs:9:16\n\tmul.rn.f32 \t%r13, %r1, %r12;\n\
         \t.loc\t1 9 9 // src/lib.rs:9:9\n\tadd.rn.f32 \t%r15, %r13, %r14;\n\tst.global.b32 \t[%rd14], %r15;\n\
         $L__BB0_2:\n\t.loc\t1 6 10 // src/lib.rs:6:10\n\tret;\n}}\n",
        d.display()
    );
    let (ptx_kernels, sources) = gui::code::mapped_ptx_kernels(&ptx, dir.path());
    let mut s = with_results(1);
    s.artifacts.generation = s.good_generation;
    s.artifacts.routes = vec![RouteArtifact {
        route: "nvptx-sm_80".into(),
        path: Some(PathBuf::from("/work/k/target/nvptx-sm_80/k.ptx")),
        error: None,
        text: Some(ptx.clone()),
        ptx_kernels,
        sources,
        shaders: vec![],
        lowering_errors: vec![],
    }];
    s.tab = Tab::Code;
    // Line 9 selected: its multiply and add (and store) highlighted.
    s.artifacts.source_line = Some(gui::source_map::SourceLine { file: 0, line: 9 });
    s.artifacts.linked_to = Some((0, "saxpy".into()));
    let mut harness = render("code_source_lines", s);
    harness.get_by_label("src/lib.rs");
    // A click on a source line selects it...
    harness.get_by_label_contains("let i = global_index();").click();
    harness.run();
    assert_eq!(harness.state().artifacts.source_line.map(|l| l.line), Some(7));
    // ... and a click on an instruction selects its line.
    harness.get_by_label_contains("setp.ge.u64").click();
    harness.run();
    assert_eq!(harness.state().artifacts.source_line.map(|l| l.line), Some(8));
}

/// Routes list their kernels in their own orders: the kernel shown stays
/// the same, by name, when the route changes.
#[test]
fn code_view_keeps_the_kernel_across_routes() {
    use gui::code::RouteArtifact;
    use gui::source_map::PtxKernel;
    let mut s = with_results(1);
    let kernel = gui::code::tests::double();
    let ptx = |name: &str| PtxKernel {
        name: name.into(),
        text: format!(".visible .entry {name}(\n)\n{{\n\tret;\n}}\n"),
        sources: vec![],
    };
    s.artifacts.generation = s.good_generation;
    s.artifacts.routes = vec![
        RouteArtifact {
            route: "nvptx-sm_80".into(),
            path: None,
            error: None,
            text: None,
            ptx_kernels: vec![ptx("double"), ptx("saxpy")],
            sources: vec![],
            shaders: vec![],
            lowering_errors: vec![],
        },
        wasm_route(&kernel),
    ];
    // The wasm route lists another kernel first.
    let mut other = s.artifacts.routes[1].shaders[0].clone();
    other.kernel = "other".into();
    s.artifacts.routes[1].shaders.insert(0, other);
    s.tab = Tab::Code;
    let mut harness = Harness::builder().with_size(egui::vec2(1280.0, 760.0)).build_ui_state(
        |ui, state: &mut AppState| {
            gui::view::app_ui(ui, state);
        },
        s,
    );
    harness.run_steps(2);
    harness.get_by_label("double").click();
    harness.run();
    assert_eq!(harness.state().artifacts.kernel, 0);
    harness.get_by_label("wasm").click();
    harness.run_steps(2);
    // `double` is the wasm route's second kernel.
    assert_eq!(harness.state().artifacts.kernel, 1);
    assert_eq!(harness.state().artifacts.kernel_name.as_deref(), Some("double"));
}

#[test]
fn compile_error_keeps_the_last_results() {
    let mut s = with_results(2);
    s.apply(SessionEvent::FilesChanged {
        paths: vec![PathBuf::from("/work/sample-kernels/src/lib.rs")],
    });
    s.apply(SessionEvent::BuildStarted { generation: 3 });
    s.apply(SessionEvent::Route {
        generation: 3,
        route: "cpu".into(),
        state: RouteState::Failed,
    });
    let diagnostic = Diagnostic {
        level: "error".into(),
        message: "mismatched types: expected `f32`, found `f64`".into(),
        file: Some("src/lib.rs".into()),
        line: 14,
        column: 22,
        source_line: Some("        y[i] = a * x[i] + y[i] * 2.0f64;".into()),
        rendered: String::new(),
        notes: Vec::new(),
    };
    s.apply(SessionEvent::BuildFailed {
        generation: 3,
        failure: BuildFailure {
            route: "cpu".into(),
            diagnostics: vec![diagnostic],
            message: "cpu build failed".into(),
        },
    });
    s.apply(SessionEvent::RunFinished {
        generation: 3,
        interrupted: false,
        since_change: None,
    });
    assert_eq!(s.results["saxpy"].generation, 2, "the last good results stay");
    assert!(s.staleness("saxpy").is_some_and(|t| t.contains("build 3 failed")));
    let harness = render("compile_error", s);
    harness.get_by_label("  --> src/lib.rs:14:22");
}

#[test]
fn mismatch_and_panic() {
    let mut s = with_results(1);
    let mut rows = saxpy_rows();
    rows[1].status = Status::Panic;
    rows[1].times_ns.clear();
    rows[1].comparison = None;
    rows[1].message =
        "kernel `saxpy` panicked in thread (31,0,0) of workgroup (7,0,0): index out of bounds: the len is 1048576 but the index is 1048576 at src/lib.rs:12:9".into();
    rows[2].status = Status::Mismatch;
    let profile: Vec<f64> = (0..4096)
        .map(|i| {
            if i % 512 > 480 {
                0.25 + (i % 7) as f64 * 0.01
            } else {
                0.0
            }
        })
        .collect();
    rows[2].comparison = Some(Comparison {
        max_abs_err: 0.31,
        max_rel_err: 0.97,
        mismatches: 8064,
        compared: 1 << 20,
        nans: 0,
        first: Some(Mismatch {
            buffer: "y".into(),
            index: 123_136,
            field: String::new(),
            expected: "0.7312".into(),
            actual: "0.4812".into(),
        }),
        error_profile: profile,
    });
    rows[2].message = "8064 of 1048576 values differ".into();
    let mut series = s.history.clone();
    let stored = store(&mut series, 2, &rows);
    second_build(&mut s, rows);
    s.apply(stored);
    assert_eq!(s.case_status("saxpy"), Some(Status::Panic));
    let harness = render("mismatch", s);
    harness.get_by_label("first mismatch: y[123136]");
}

/// What the kernel's threads printed (`gpu_println!`): a log on every
/// card, scrolled by rows; the records a full print area dropped are said.
#[test]
fn prints_show_on_every_card() {
    let mut s = with_results(1);
    let mut rows = saxpy_rows();
    let lines: Vec<String> = (0..4096)
        .map(|i| {
            format!(
                "thread {:>3} of workgroup {}: y = {:.4}",
                i % 256,
                i / 256,
                0.25 * i as f64
            )
        })
        .collect();
    for r in &mut rows {
        r.print_lines = lines.clone();
    }
    rows[2].print_lines.truncate(3000);
    rows[2].prints_dropped = 1096;
    second_build(&mut s, rows);
    let harness = render("prints", s);
    assert_eq!(harness.query_all_by_label("printed 4096 lines").count(), 2);
    harness.get_by_label("printed 3000 lines, 1096 dropped");
    harness.get_by_label("1096 more records dropped: the print area was full");
}

/// A data race the reference found (`--check-races`): the `cpu` card says
/// where, every other card that the reference found one.
#[test]
fn races_show_on_every_card() {
    use everygpu_backend::race::{AccessKind, Race, RaceAccess};
    let mut s = with_results(1);
    let mut rows = saxpy_rows();
    let race = Race {
        kernel: "saxpy".into(),
        buffer: "y".into(),
        index: 0,
        first: RaceAccess {
            local: [0, 0, 0],
            kind: AccessKind::Write,
            site: Some("src/lib.rs:12:9".into()),
            ..RaceAccess::default()
        },
        second: RaceAccess {
            local: [1, 0, 0],
            kind: AccessKind::Write,
            site: Some("src/lib.rs:12:9".into()),
            ..RaceAccess::default()
        },
        count: 255,
        ..Race::default()
    };
    rows[0].status = Status::Race;
    rows[0].message = race.to_string();
    for r in &mut rows[1..] {
        r.message = format!("the reference found a data race: {race}");
    }
    rows[2].status = Status::Mismatch;
    for r in &mut rows {
        r.races = vec![race.clone()];
    }
    second_build(&mut s, rows);
    assert_eq!(s.case_status("saxpy"), Some(Status::Race));
    let harness = render("races", s);
    harness.get_by_label(&race.to_string());
    assert_eq!(
        harness
            .query_all_by_label(&format!("the reference found a data race: {race}"))
            .count(),
        2
    );
}

#[test]
fn renamed_case_keeps_its_results_marked() {
    let mut s = with_results(1);
    s.apply(SessionEvent::BuildStarted { generation: 2 });
    s.apply(SessionEvent::Built {
        generation: 2,
        manifest: manifest(&["saxpy_v2", "stream_copy_f32", "reduce_sum"]),
        unavailable: Default::default(),
    });
    assert_eq!(s.selected_case.as_deref(), Some("saxpy_v2"));
    assert!(s.results.contains_key("saxpy"));
    assert!(s.staleness("saxpy").is_some_and(|t| t.contains("not in the crate")));
    assert!(s.case_names().contains(&"saxpy".to_string()));
}

#[test]
fn buttons_become_actions() {
    struct Window {
        state: AppState,
        actions: Vec<Action>,
    }
    let mut harness = Harness::builder().with_size(egui::vec2(1280.0, 760.0)).build_ui_state(
        |ui, w: &mut Window| {
            let actions = gui::view::app_ui(ui, &mut w.state);
            w.actions.extend(actions);
        },
        Window {
            state: with_results(1),
            actions: vec![],
        },
    );
    harness.run_steps(2);
    harness.get_by_label("Sweep").click();
    harness.get_by_label("Open").click();
    harness.get_by_label("Rebuild").click();
    harness.run_steps(2);
    let actions = &harness.state().actions;
    assert!(actions.contains(&Action::Sweep {
        case: "saxpy".into(),
        max_log2: 22
    }));
    assert!(actions.contains(&Action::Open(PathBuf::from("/work/sample-kernels"))));
    assert!(actions.contains(&Action::Rebuild));
}

#[test]
fn a_crate_that_cannot_be_opened_says_why_and_keeps_the_recent_list() {
    let mut s = AppState::new(
        PathBuf::from("/nowhere"),
        Remembered {
            recent: vec![PathBuf::from("/work/sample-kernels")],
            ..Remembered::default()
        },
    );
    s.reset_for(PathBuf::from("/nowhere"));
    s.apply(SessionEvent::OpenFailed {
        message: "/nowhere: no such file or directory".into(),
    });
    assert_eq!(s.phase, Phase::Failed);
    assert_eq!(
        s.recent,
        vec![PathBuf::from("/nowhere"), PathBuf::from("/work/sample-kernels")]
    );
    let harness = Harness::builder().with_size(egui::vec2(1280.0, 760.0)).build_ui_state(
        |ui, state: &mut AppState| {
            gui::view::app_ui(ui, state);
        },
        s,
    );
    harness.get_by_label("/nowhere: no such file or directory");
}

/// Seven backends, a browser among them: every card is in the window, in
/// rows of as many as fit, none behind a scroll bar.
#[test]
fn every_backend_is_in_view() {
    let mut s = AppState::new(PathBuf::from("/work/sample-kernels"), Remembered::default());
    let ids = [
        ("cpu", "CPU reference (1 thread)", "CPU"),
        ("cpu-mt", "CPU, 16 threads", "CPU"),
        ("cuda:0", "NVIDIA H100 80GB HBM3", "CUDA"),
        ("vulkan:0", "NVIDIA H100 80GB HBM3", "Vulkan"),
        ("wgpu-vulkan:0", "NVIDIA H100 80GB HBM3", "wgpu/Vulkan"),
        ("wgpu-gl:0", "llvmpipe (LLVM 15.0.6, 256 bits)", "wgpu/GL"),
        ("browser:0", "SwiftShader Device (Subzero) (software adapter)", "WebGPU"),
    ];
    s.apply(SessionEvent::Opened {
        dir: PathBuf::from("/work/sample-kernels"),
        package: "sample-kernels".into(),
        backends: ids
            .iter()
            .map(|(id, name, api)| BackendInfo {
                id: id.to_string(),
                device: DeviceInfo {
                    name: name.to_string(),
                    api: api.to_string(),
                    ..DeviceInfo::default()
                },
            })
            .collect(),
        absent: vec![],
    });
    s.apply(SessionEvent::BuildStarted { generation: 1 });
    s.apply(SessionEvent::Built {
        generation: 1,
        manifest: manifest(&["saxpy"]),
        unavailable: Default::default(),
    });
    let rows: Vec<CaseResult> = ids.iter().map(|(id, name, _)| row("saxpy", id, name, 0.5)).collect();
    s.apply(SessionEvent::CaseDone {
        generation: 1,
        results: rows,
    });
    let harness = render("seven_backends", s);
    for (id, _, _) in ids {
        // The card's title comes first; the plots' legends name it too.
        let card = harness.get_all_by_label(id).next().expect("a card per backend").rect();
        assert!(card.right() <= 1280.0 && card.bottom() <= 760.0, "{id} at {card:?}");
    }
}
