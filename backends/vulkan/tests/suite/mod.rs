//! The shader-backend test suite, written once and instantiated for every
//! shader backend with [`backend_suite!`] (as cubecl's `testgen_all!` does):
//! `backends/vulkan/tests/vulkan.rs` and `backends/wgpu/tests/wgpu.rs`.
//!
//! It tests the backends below the lowering: the kernels (`kernels.rs`) are
//! hand-written WGSL in the binding layout of `everygpu_backend::shader`,
//! parsed and validated with naga and written as SPIR-V, as the lowering
//! hands its output over, so that a failure here is the backend's. What a
//! user's kernel meets through the real routes, on every backend family, is
//! the conformance suite's (`backends/conformance`). The checks themselves
//! are in `checks.rs`. Every test runs on every device the backend finds (or
//! those named in `EVERYGPU_TEST_BACKENDS`, comma-separated id prefixes).
//! Finding none is a failure, unless `EVERYGPU_ALLOW_NO_GPU=1`.

#![allow(dead_code)]

mod checks;
mod kernels;

pub use checks::*;
pub use kernels::*;

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use everygpu_backend::{
    Arg, Artifact, Backend, BackendError, CasePlan, Elem, Enumerated, HostBuffer, Launch, Manifest, ManifestKernel,
    Param, PlanBuffer, RunOptions, ShaderArtifact, ShaderBinding, ShaderKernel, Tolerance, FIRST_BUFFER_BINDING,
};

/// Instantiates every test of the suite for one backend family.
macro_rules! backend_suite {
    ($enumerate:path) => {
        backend_suite!(@tests $enumerate;
            device_info, saxpy, reduction_two_launches, histogram_atomics, repeat_outputs_are_the_first_runs,
            panic_reported_for_its_launch, f64_or_refused, i64_or_refused, empty_buffers,
            too_many_workgroups, missing_kernel, lowering_error_reported, wrong_artifact,
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

/// The backends to test: all those `enumerate` finds, filtered by
/// `EVERYGPU_TEST_BACKENDS`; fails when there are none, unless
/// `EVERYGPU_ALLOW_NO_GPU=1` (then prints why and returns none).
pub fn backends(enumerate: fn() -> Enumerated) -> Vec<Box<dyn Backend>> {
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
        if std::env::var("EVERYGPU_ALLOW_NO_GPU").as_deref() == Ok("1") {
            eprintln!("skipped: {why}");
        } else {
            panic!("{why}. Install mesa-vulkan-drivers (lavapipe), or set EVERYGPU_ALLOW_NO_GPU=1 to skip");
        }
    }
    backends
}

/// Runs `test` on every backend; reports each failure with the backend's id.
pub fn for_each_backend(enumerate: fn() -> Enumerated, test: fn(&mut dyn Backend)) {
    let mut failed = Vec::new();
    for mut backend in backends(enumerate) {
        let id = backend.id().to_string();
        eprintln!(
            "{id}: {} ({}, {})",
            backend.device().name,
            backend.device().api,
            backend.device().driver
        );
        if std::panic::catch_unwind(AssertUnwindSafe(|| test(backend.as_mut()))).is_err() {
            failed.push(id);
        }
    }
    assert!(failed.is_empty(), "failed on {failed:?}");
}

// ---------------------------------------------------------------- builders

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

/// Loads `kernels` on `b`, failing the test with the backend's words.
pub fn load(b: &mut dyn Backend, kernels: &[TestKernel]) -> Manifest {
    let (artifact, manifest) = artifact(kernels);
    if let Err(e) = b.load(&artifact, &manifest) {
        panic!("{}: load failed: {e}", b.id());
    }
    manifest
}

/// Runs once without warm-up.
pub fn run_once(
    b: &mut dyn Backend,
    plan: &CasePlan,
    inputs: &[HostBuffer],
) -> Result<everygpu_backend::CaseRun, BackendError> {
    b.run(plan, inputs, &RunOptions::default())
}
