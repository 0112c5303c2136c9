//! The code view's mapping between PTX lines and source lines, on the
//! sample kernels built by the real nvptx route with line tables (no GPU
//! needed).

// The app is a binary: its engine and GUI modules are compiled into this test.
#![allow(dead_code)]

#[rustfmt::skip]
#[path = "../src/engine/mod.rs"]
mod engine;
#[rustfmt::skip]
#[path = "../src/gui/mod.rs"]
mod gui;

use everygpu_compiler::{CompileRoute, HostToolchain, KernelCrate, KernelToolchain};
use gui::source_map::{PtxKernel, SourceFile};
use std::path::{Path, PathBuf};

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../sample-kernels")
}

/// The sample kernels' PTX for `sm_80` with line tables, split and mapped
/// as the code view does.
fn mapped_samples() -> (Vec<PtxKernel>, Vec<SourceFile>, String) {
    let host = HostToolchain::discover().expect("host toolchain");
    let kernel = KernelToolchain::discover().expect("kernel toolchain");
    let krate = KernelCrate::open(&samples(), &host).expect("the sample kernels open");
    let route = CompileRoute::nvptx_with_line_tables(gui::code::PTX_ARCH);
    assert_eq!(route.label(), "nvptx-sm_80-lines");
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("code-view")
        .join(route.label());
    let output = krate
        .build_in(&route, &host, Some(&kernel), &target_dir)
        .unwrap_or_else(|e| panic!("the line-table build fails: {e}"));
    let ptx = std::fs::read_to_string(&output.path).expect("the PTX");
    let (kernels, sources) = gui::code::mapped_ptx_kernels(&ptx, &samples());
    (kernels, sources, ptx)
}

/// The line of `file` (crate-relative) whose text contains `needle`.
fn line_of(sources: &[SourceFile], file: &str, needle: &str) -> u32 {
    let f = sources
        .iter()
        .find(|s| s.path == file)
        .unwrap_or_else(|| panic!("no {file} in {sources:?}"));
    f.text
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no `{needle}` in {file}")) as u32
        + 1
}

#[test]
fn ptx_lines_map_to_the_lines_of_the_crate_they_come_from() {
    let (kernels, sources, ptx) = mapped_samples();
    assert!(ptx.contains(".loc"), "the route writes line tables");
    let kernel = |name: &str| {
        kernels
            .iter()
            .find(|k| k.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
    };
    let source_of = |k: &PtxKernel, needle: &str| -> Vec<(String, u32)> {
        k.text
            .lines()
            .zip(&k.sources)
            .filter(|(l, _)| l.contains(needle))
            .filter_map(|(_, s)| s.map(|s| (sources[s.file].path.clone(), s.line)))
            .collect()
    };

    // saxpy's multiply and add come from its one line of arithmetic.
    let saxpy = kernel("saxpy");
    let arithmetic = line_of(&sources, "src/lib.rs", "y[i] = a * x[i] + y[i];");
    let fused = source_of(saxpy, "fma.rn.f32");
    let (mul, add) = (source_of(saxpy, "mul.rn.f32"), source_of(saxpy, "add.rn.f32"));
    let found: Vec<_> = fused.iter().chain(&mul).chain(&add).collect();
    assert!(!found.is_empty(), "saxpy's arithmetic has no source:\n{}", saxpy.text);
    assert!(
        found.iter().all(|(f, l)| f == "src/lib.rs" && *l == arithmetic),
        "saxpy's arithmetic maps to {found:?}, not src/lib.rs:{arithmetic}"
    );

    // sgemm's multiply-adds are the inline PTX of its `fma`, in its module.
    let sgemm = kernel("sgemm");
    let fma = line_of(&sources, "src/sgemm.rs", "\"fma.rn.f32 {d}, {a}, {b}, {c};\"");
    let fmas = source_of(sgemm, "fma.rn.f32");
    assert!(fmas.len() >= 1024, "{} mapped fma.rn.f32 of sgemm", fmas.len());
    // (`asm!` places its instructions at the macro's line.)
    let asm = fma - 1;
    assert!(
        fmas.iter()
            .all(|(f, l)| f == "src/sgemm.rs" && (*l == fma || *l == asm)),
        "sgemm's fma map to {:?}",
        fmas.iter()
            .filter(|(f, l)| f != "src/sgemm.rs" || (*l != fma && *l != asm))
            .take(5)
            .collect::<Vec<_>>()
    );

    // Most instructions of every entry have a source line (the functions it
    // calls, such as `everygpu-kernel`'s panic handler, are another crate's).
    for k in &kernels {
        let entry = k.text.lines().position(|l| l.contains(".entry ")).expect("an entry");
        let instructions: Vec<_> = k
            .text
            .lines()
            .zip(&k.sources)
            .skip(entry)
            .take_while(|(l, _)| *l != "}")
            .filter(|(l, _)| l.starts_with('\t') && l.trim_end().ends_with(';') && !l.trim_start().starts_with('.'))
            .collect();
        let mapped = instructions.iter().filter(|(_, s)| s.is_some()).count();
        assert!(
            mapped * 2 >= instructions.len(),
            "{}: {mapped} of {} instructions have a source line",
            k.name,
            instructions.len()
        );
    }
    // The text shown is the PTX without the line tables.
    assert!(kernels
        .iter()
        .all(|k| !k.text.lines().any(|l| l.trim_start().starts_with(".loc")) && !k.text.contains(", debug")));
}

/// The sample kernels built for one route, with line tables where the
/// route has them, in this test's own target folder.
fn build(krate: &KernelCrate, route: &CompileRoute, host: &HostToolchain, kernel: &KernelToolchain) -> PathBuf {
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("code-view")
        .join(route.label());
    krate
        .build_in(route, host, Some(kernel), &target_dir)
        .unwrap_or_else(|e| panic!("the {} build fails: {e}", route.label()))
        .path
}

#[test]
fn shader_lines_map_to_the_lines_of_the_crate_they_come_from() {
    let host = HostToolchain::discover().expect("host toolchain");
    let kernel = KernelToolchain::discover().expect("kernel toolchain");
    let krate = KernelCrate::open(&samples(), &host).expect("the sample kernels open");
    let library = build(&krate, &CompileRoute::Cpu, &host, &kernel);
    let manifest = everygpu_backend_cpu::CpuLibrary::load(&library)
        .expect("the host library loads")
        .manifest()
        .clone();
    let route = CompileRoute::wasm_with_line_tables();
    assert_eq!(route.label(), "wasm-lines");
    let wasm = std::fs::read(build(&krate, &route, &host, &kernel)).expect("the wasm");
    let table = everygpu_wasm_naga::lines::LineTable::read(&wasm).expect("DWARF reads");
    assert!(!table.is_empty(), "the route keeps the line tables");
    let lowered = everygpu_wasm_naga::lower(&wasm, &manifest);
    let mut files = gui::source_map::CrateFiles::new(&samples());
    let texts: Vec<_> = lowered
        .kernels
        .iter()
        .map(|k| gui::code::shader_text(k, &table, &mut files))
        .collect();
    let sources = files.into_sources();
    let wgsl = |name: &str| {
        let t = texts
            .iter()
            .find(|t| t.kernel == name)
            .unwrap_or_else(|| panic!("no {name}"));
        let text = t.outputs[0].1.as_ref().expect("WGSL").clone();
        (text, t.sources[0].clone())
    };

    // saxpy's multiply and add come from its one line of arithmetic.
    let (text, lines) = wgsl("saxpy");
    assert_eq!(text.lines().count(), lines.len());
    let arithmetic = line_of(&sources, "src/lib.rs", "y[i] = a * x[i] + y[i];");
    let at: Vec<_> = text
        .lines()
        .zip(&lines)
        .filter(|(l, _)| l.trim_start().starts_with("y[") && l.contains(" * "))
        .map(|(l, s)| (l, s.map(|s| (sources[s.file].path.as_str(), s.line))))
        .collect();
    assert!(!at.is_empty(), "no store of a * x + y in\n{text}");
    assert!(
        at.iter().all(|(_, s)| *s == Some(("src/lib.rs", arithmetic))),
        "saxpy's arithmetic maps to {at:?}, not src/lib.rs:{arithmetic}"
    );
    // The lines of every kernel that load or store a buffer element map
    // somewhere in the crate, mostly.
    for t in &texts {
        let (text, lines) = (t.outputs[0].1.as_ref().expect("WGSL"), &t.sources[0]);
        let mapped = lines.iter().filter(|s| s.is_some()).count();
        assert!(mapped > 0, "{}: no line of its WGSL maps to the source", t.kernel);
        assert_eq!(text.lines().count(), lines.len(), "{}", t.kernel);
    }
    // SPIR-V, through the `OpLine`s of a module written for reading: the
    // multiply and the add of saxpy at their line, where spirv-dis exists.
    let saxpy = texts.iter().find(|t| t.kernel == "saxpy").expect("saxpy");
    let spirv = saxpy.outputs[1].1.as_ref().expect("SPIR-V");
    if spirv.contains("not disassembled") {
        println!("spirv-dis is not installed: SPIR-V is shown as words, unmapped");
        return;
    }
    let lines = &saxpy.sources[1];
    assert_eq!(spirv.lines().count(), lines.len());
    let arithmetic_ops: Vec<_> = spirv
        .lines()
        .zip(lines)
        .filter(|(l, _)| l.contains("OpFMul") || l.contains("OpFAdd"))
        .map(|(l, s)| (l, s.map(|s| (sources[s.file].path.as_str(), s.line))))
        .collect();
    assert!(arithmetic_ops.len() >= 2, "{spirv}");
    assert!(
        arithmetic_ops
            .iter()
            .all(|(_, s)| *s == Some(("src/lib.rs", arithmetic))),
        "{arithmetic_ops:?}"
    );
    assert!(!spirv.contains("OpLine") && !spirv.contains("OpSource"), "{spirv}");
}
