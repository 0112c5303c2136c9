//! Builds of some kernels ([`KernelCrate::selecting`]), as the edit loop makes
//! them for the case on screen: on the wasm and nvptx routes, a selection
//! gives entry points to the selected kernels alone, builds without a
//! warning, and shares its target folder with the whole crate's builds,
//! which still have every kernel.

use everygpu_compiler::{CompileRoute, HostToolchain, KernelCrate, KernelToolchain};
use everygpu_wasm_naga::module::WasmModule;
use std::collections::BTreeSet;
use std::path::Path;

const LIB: &str = r#"#![no_std]
use everygpu_kernel::{global_index, kernel};

#[kernel]
pub fn grow(x: &mut [f32]) {
    let i = global_index();
    if i < x.len() {
        x[i] += 1.0;
    }
}

#[kernel]
pub fn shrink(x: &mut [f32]) {
    let i = global_index();
    if i < x.len() {
        x[i] -= 1.0;
    }
}
"#;

/// A two-kernel crate in a temporary folder.
fn two_kernels() -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix("selection").tempdir().expect("tempdir");
    let kernel = Path::new(env!("CARGO_MANIFEST_DIR")).join("../kernel");
    std::fs::write(
        dir.path().join("Cargo.toml"),
        format!(
            "[package]\nname = \"selection\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\neverygpu-kernel = {{ path = {:?} }}\n",
            kernel
        ),
    )
    .expect("Cargo.toml");
    std::fs::create_dir(dir.path().join("src")).expect("src");
    std::fs::write(dir.path().join("src/lib.rs"), LIB).expect("lib.rs");
    dir
}

/// The kernels that `route`'s artifact has entry points for, from a build
/// of `kernels` (every kernel with `None`).
fn entries(krate: &KernelCrate, route: &CompileRoute, kernels: Option<&[&str]>) -> BTreeSet<String> {
    let host = HostToolchain::discover().expect("host toolchain");
    let toolchain = KernelToolchain::discover().expect("kernel toolchain");
    let selection = kernels.map(|k| k.iter().map(|s| s.to_string()).collect());
    let krate = krate.selecting(selection);
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("selection")
        .join(route.label());
    let out = krate
        .build_in(route, &host, Some(&toolchain), &target_dir)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    match route {
        CompileRoute::Wasm(_) => {
            let bytes = std::fs::read(&out.path).expect("wasm");
            let module = WasmModule::parse(&bytes).expect("a valid module");
            module
                .exports
                .keys()
                .filter(|k| ["grow", "shrink"].contains(&k.as_str()))
                .cloned()
                .collect()
        }
        _ => std::fs::read_to_string(&out.path)
            .expect("ptx")
            .lines()
            .filter_map(|l| l.split(".entry ").nth(1))
            .map(|rest| rest.trim_end_matches('(').trim().to_string())
            .collect(),
    }
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_selection_builds_entry_points_for_its_kernels_alone() {
    let dir = two_kernels();
    let host = HostToolchain::discover().expect("host toolchain");
    let krate = KernelCrate::open(dir.path(), &host).expect("opens");
    for route in [
        CompileRoute::wasm(),
        CompileRoute::nvptx("sm_80".parse().expect("arch")),
    ] {
        assert_eq!(entries(&krate, &route, Some(&["grow"])), set(&["grow"]), "{route:?}");
        assert_eq!(entries(&krate, &route, None), set(&["grow", "shrink"]), "{route:?}");
        // Back to the selection, and to another one, in the same folder.
        assert_eq!(entries(&krate, &route, Some(&["grow"])), set(&["grow"]), "{route:?}");
        assert_eq!(
            entries(&krate, &route, Some(&["shrink"])),
            set(&["shrink"]),
            "{route:?}"
        );
    }
}
