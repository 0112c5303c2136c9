//! The shader-backend test suite, written once and instantiated for every
//! shader backend with [`backend_suite!`] (as cubecl's `testgen_all!` does):
//! `backends/vulkan/tests/vulkan.rs` and `backends/wgpu/tests/wgpu.rs`.
//!
//! What only the shader backends have, tested below the lowering: the
//! kernels (`kernels.rs`) are hand-written WGSL in the binding layout of
//! `everygpu_backend::shader`, parsed and validated with naga and written as
//! SPIR-V, as the lowering hands its output over, so that a failure here is
//! the backend's: the device's limits, lowering errors carried in an
//! artifact, timing and the copy roof, pipelines made once and kept across
//! reloads, the driver's statistics, launch time limits (`checks.rs`). What
//! every backend must do alike, through the real routes, is the conformance
//! suite's (`backends/conformance`), whose runner and plan builders this
//! suite uses. Every test runs on every device the backend finds (or those
//! named in `EVERYGPU_TEST_BACKENDS`, comma-separated id prefixes). Finding
//! none is a failure, unless `EVERYGPU_ALLOW_NO_GPU=1`.

#![allow(dead_code)]

mod checks;
mod kernels;

pub use checks::*;
pub use kernels::*;

use std::sync::Arc;

use everygpu_backend::{
    Arg, Artifact, Backend, BackendError, CasePlan, Enumerated, HostBuffer, Manifest, ManifestKernel, Param,
    RunOptions, ShaderArtifact, ShaderBinding, ShaderKernel, FIRST_BUFFER_BINDING,
};

/// Instantiates every test of the suite for one backend family.
macro_rules! backend_suite {
    ($enumerate:path) => {
        backend_suite!(@tests $enumerate;
            device_info, too_many_workgroups, lowering_error_reported,
            timing_and_copy_bandwidth, reload_replaces_kernels, pipelines_are_made_when_needed_and_kept_by_code,
            launch_timeout_is_honoured, kernel_statistics_where_the_driver_reports_them);
        #[test]
        #[ignore = "measurement for GPUs: run with --ignored (EVERYGPU_BENCH_N sets the size)"]
        fn saxpy_bandwidth() {
            suite::for_each_backend($enumerate, suite::saxpy_bandwidth);
        }
    };
    (@tests $enumerate:path; $($name:ident),*) => {
        $(
            #[test]
            fn $name() {
                suite::for_each_backend($enumerate, suite::$name);
            }
        )*
    };
}

/// Runs `test` on every backend `enumerate` finds (the conformance suite's
/// runner: finding none is a failure, unless `EVERYGPU_ALLOW_NO_GPU=1`).
pub fn for_each_backend(enumerate: fn() -> Enumerated, test: fn(&mut dyn Backend)) {
    everygpu_conformance::for_each_backend(enumerate, everygpu_conformance::Absent::Fail, test);
}

// ---------------------------------------------------------------- builders

pub use everygpu_conformance::{elem, host, plan, plan_buffer, run_once, values};

/// A scalar parameter.
pub fn scalar(name: &str, s: &str) -> Param {
    Param::Scalar {
        name: name.to_string(),
        scalar: s.to_string(),
    }
}

/// A buffer parameter.
pub fn buffer(name: &str, s: &str, mutable: bool) -> Param {
    Param::Buffer {
        name: name.to_string(),
        elem: elem(s),
        mutable,
    }
}

/// A `#[shared]` parameter.
pub fn shared(name: &str, s: &str, len: usize) -> Param {
    Param::Shared {
        name: name.to_string(),
        elem: elem(s),
        len,
    }
}

/// A kernel of the suite: its WGSL and its parameters.
pub struct TestKernel {
    pub name: &'static str,
    pub wgsl: &'static str,
    pub params: Vec<Param>,
    pub panic_messages: Vec<String>,
}

/// Parses, validates and writes `k` as SPIR-V: a [`ShaderKernel`] as the
/// lowering produces it.
pub fn shader_kernel(k: &TestKernel) -> ShaderKernel {
    let module =
        naga::front::wgsl::parse_str(k.wgsl).unwrap_or_else(|e| panic!("{}: {}", k.name, e.emit_to_string(k.wgsl)));
    let info = naga::valid::Validator::new(naga::valid::ValidationFlags::all(), naga::valid::Capabilities::all())
        .validate(&module)
        .unwrap_or_else(|e| panic!("{}: {e:?}", k.name));
    let entry = module
        .entry_points
        .iter()
        .find(|e| e.name == k.name)
        .expect("entry point");
    let workgroup_size = entry.workgroup_size;
    let pipeline = naga::back::spv::PipelineOptions {
        shader_stage: naga::ShaderStage::Compute,
        entry_point: k.name.to_string(),
    };
    let spirv = naga::back::spv::write_vec(&module, &info, &naga::back::spv::Options::default(), Some(&pipeline))
        .unwrap_or_else(|e| panic!("{}: {e}", k.name));
    let wide = |kind: naga::ScalarKind| {
        module.types.iter().any(|(_, t)| match t.inner {
            naga::TypeInner::Scalar(s) | naga::TypeInner::Vector { scalar: s, .. } | naga::TypeInner::Atomic(s) => {
                s.kind == kind && s.width == 8
            }
            _ => false,
        })
    };
    let uses_i64 = wide(naga::ScalarKind::Uint) || wide(naga::ScalarKind::Sint);
    let bindings = k
        .params
        .iter()
        .enumerate()
        .filter_map(|(i, p)| match p {
            Param::Buffer { mutable, .. } => Some((i, *mutable)),
            _ => None,
        })
        .enumerate()
        .map(|(n, (param, writable))| ShaderBinding {
            binding: FIRST_BUFFER_BINDING + n as u32,
            param,
            writable,
        })
        .collect();
    ShaderKernel {
        name: k.name.to_string(),
        uses_f64: wide(naga::ScalarKind::Float),
        subgroup_ops: 0,
        uses_matrices: false,
        indices_clamped: false,
        uses_i64,
        module: Arc::new(module),
        info: Arc::new(info),
        spirv,
        bindings,
        workgroup_size,
        panic_messages: k.panic_messages.clone(),
        print_sites: Vec::new(),
        constant_data: Arc::from([]),
    }
}

/// The artifact and manifest of `kernels`.
pub fn artifact(kernels: &[TestKernel]) -> (Artifact, Manifest) {
    let shaders = ShaderArtifact {
        kernels: kernels.iter().map(shader_kernel).collect(),
        errors: Vec::new(),
        unsupported: Vec::new(),
        hand_written: false,
    };
    let manifest = Manifest {
        abi_version: 1,
        kernels: kernels
            .iter()
            .zip(&shaders.kernels)
            .map(|(k, s)| ManifestKernel {
                name: k.name.to_string(),
                params: k.params.clone(),
                workgroup_size: s.workgroup_size,
                file: "src/lib.rs".to_string(),
                line: 1,
            })
            .collect(),
        cases: Vec::new(),
    };
    (Artifact::Shader(Arc::new(shaders)), manifest)
}

/// Loads `kernels` on `b`, failing the test with the backend's words.
pub fn load(b: &mut dyn Backend, kernels: &[TestKernel]) -> Manifest {
    let (artifact, manifest) = artifact(kernels);
    if let Err(e) = b.load(&artifact, &manifest) {
        panic!("{}: load failed: {e}", b.id());
    }
    manifest
}
