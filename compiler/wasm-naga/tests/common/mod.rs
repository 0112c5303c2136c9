//! Builds the sample kernels with the real toolchains: the wasm32 cdylib with
//! the kernel toolchain (rustc-web, `-Zbuild-std=core`, `-Cpanic=abort`) and the
//! host cdylib whose `everygpu_manifest` describes the kernels.
#![allow(dead_code)]

pub mod interp;
pub mod snapshot;

use everygpu_backend::{Elem, Manifest, ManifestKernel, Param, ShaderArtifact, ShaderKernel};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The parameter block of `k` for the interpreter (one word per `u64`):
/// `slots` (two words per parameter), then `k`'s constant data where
/// `everygpu_backend::shader::param_block` puts it.
pub fn param_words(mut slots: Vec<u64>, k: &ShaderKernel) -> Vec<u64> {
    let params = slots.len().div_ceil(2);
    slots.resize(everygpu_backend::shader::constant_data_offset(params) / 4, 0);
    slots.extend(k.constant_data.iter().map(|&w| w as u64));
    slots
}

/// The kernel toolchain's rustc (override with `EVERYGPU_KERNEL_RUSTC`).
fn kernel_rustc() -> String {
    std::env::var("EVERYGPU_KERNEL_RUSTC").unwrap_or_else(|_| "/usr/bin/rustc".into())
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The sample kernels' wasm and manifest, built once per test process.
pub fn samples() -> &'static (Vec<u8>, Manifest) {
    static SAMPLES: OnceLock<(Vec<u8>, Manifest)> = OnceLock::new();
    SAMPLES.get_or_init(|| build_kernel_crate(&workspace().join("sample-kernels"), "sample_kernels"))
}

/// Builds a kernel crate for wasm32 (kernel toolchain) and for the host, into
/// `target/wasm-naga-tests/{wasm,cpu}` (shared by every test crate, so core is
/// built for wasm32 once); returns its wasm and its manifest.
pub fn build_kernel_crate(crate_dir: &Path, lib: &str) -> (Vec<u8>, Manifest) {
    let target = workspace().join("target/wasm-naga-tests");
    run(Command::new("cargo")
        .current_dir(crate_dir)
        .env("RUSTC", kernel_rustc())
        .env("RUSTC_BOOTSTRAP", "1")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .args([
            "rustc",
            "--lib",
            "--crate-type",
            "cdylib",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .args(["-Zbuild-std=core", "--target-dir"])
        .arg(target.join("wasm"))
        .args([
            "--config",
            "target.wasm32-unknown-unknown.linker=\"/usr/lib/llvm-22/bin/wasm-ld\"",
        ])
        .args(["--", "-Cpanic=abort"]));
    let wasm_path = target.join(format!("wasm/wasm32-unknown-unknown/release/{lib}.wasm"));
    let wasm = std::fs::read(&wasm_path).unwrap_or_else(|e| panic!("{}: {e}", wasm_path.display()));
    run(Command::new("cargo")
        .current_dir(crate_dir)
        .env_remove("RUSTC")
        .env_remove("RUSTC_BOOTSTRAP")
        .args(["rustc", "--lib", "--crate-type", "cdylib", "--release", "--target-dir"])
        .arg(target.join("cpu")));
    let so = target.join(format!(
        "cpu/release/{}{lib}{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    ));
    (wasm, manifest_of(&so))
}

/// The path of a crate in the workspace.
pub fn workspace_path(rel: &str) -> PathBuf {
    workspace().join(rel)
}

/// Reads `everygpu_manifest` from a kernel crate's host cdylib.
pub fn manifest_of(lib: &Path) -> Manifest {
    // SAFETY: the library is a kernel crate built by this test; its
    // `everygpu_manifest` returns a pointer to JSON that lives as long as the
    // library, which stays loaded for the process (leaked below).
    unsafe {
        let lib = libloading::Library::new(lib).unwrap_or_else(|e| panic!("{}: {e}", lib.display()));
        let f: libloading::Symbol<unsafe extern "C" fn(*mut usize) -> *const u8> =
            lib.get(b"everygpu_manifest").expect("everygpu_manifest");
        let mut len = 0usize;
        let ptr = f(&mut len);
        let json = std::slice::from_raw_parts(ptr, len).to_vec();
        std::mem::forget(lib);
        serde_json::from_slice(&json).expect("manifest JSON")
    }
}

/// A scalar element type of `size` bytes named `scalar`.
pub fn elem(scalar: &str, size: usize) -> Elem {
    Elem {
        name: scalar.into(),
        size,
        align: size,
        fields: vec![(String::new(), 0, scalar.into())],
    }
}

/// A buffer parameter of `scalar` elements.
pub fn buffer(name: &str, scalar: &str, size: usize, mutable: bool) -> Param {
    Param::Buffer {
        name: name.into(),
        elem: elem(scalar, size),
        mutable,
    }
}

/// A manifest of one kernel `k` of 64 threads taking `params`.
pub fn one_kernel(params: Vec<Param>) -> Manifest {
    Manifest {
        abi_version: 1,
        kernels: vec![ManifestKernel {
            name: "k".into(),
            params,
            workgroup_size: [64, 1, 1],
            file: "test.rs".into(),
            line: 1,
        }],
        cases: vec![],
    }
}

/// The refusal of the only kernel of `artifact`.
pub fn error_of(artifact: &ShaderArtifact) -> String {
    assert!(artifact.kernels.is_empty(), "expected a refusal");
    artifact.errors.first().map(|e| e.1.clone()).unwrap_or_default()
}

/// The WGSL of the first kernel of `artifact`.
pub fn wgsl(artifact: &ShaderArtifact) -> String {
    let k = &artifact.kernels[0];
    naga::back::wgsl::write_string(&k.module, &k.info, naga::back::wgsl::WriterFlags::empty()).expect("WGSL")
}
