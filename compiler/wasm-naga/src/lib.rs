//! The wasm→naga lowering of everygpu's shader route.
//!
//! Input: the `wasm32-unknown-unknown` cdylib rustc built from a kernel crate
//! (each kernel an exported `fn()` that fetches its parameters through the
//! `everygpu` imports) and the crate's manifest. Output: per kernel, one
//! validated [`naga::Module`] with one compute entry point, and its SPIR-V,
//! following the binding layout of [`everygpu_backend::shader`].
//!
//! Passes: [`module`] decodes the wasm; [`analysis`] finds core's panic chain,
//! branch targets and the provenance of every address; [`translate`] inlines
//! everything reachable from the kernel into one naga function, clamping
//! every array index; [`bounds`] drops the clamps that provably change
//! nothing; [`barriers`] keeps storage ordering only where it is needed; and
//! [`everygpu_backend::spirv_words`] declares wasm's float semantics in the
//! SPIR-V naga writes. Kernels that
//! cannot be lowered are reported with the Rust function and the construct.

pub mod analysis;
mod barriers;
mod bounds;
pub mod intrinsics;
pub mod lines;
pub mod module;
pub mod translate;

pub use everygpu_backend::LowerOptions;
use everygpu_backend::{Manifest, ShaderArtifact, ShaderKernel};
use std::sync::Arc;

/// Why a kernel could not be lowered.
#[derive(Debug, thiserror::Error, Clone, PartialEq)]
#[non_exhaustive]
pub enum LowerError {
    /// The bytes are not a valid wasm module.
    #[error("invalid wasm: {0}")]
    InvalidWasm(String),
    /// The manifest names a kernel the module does not export.
    #[error("the wasm module exports no function `{0}`")]
    MissingExport(String),
    /// A type the route's IR does not have (a `bf16` matrix tile): no
    /// device can run the kernel through this route.
    #[error("`{function}` needs {what}, which the shader route's IR (naga) does not have")]
    RouteLacks {
        /// The Rust function (demangled), or the kernel.
        function: String,
        /// What it needs.
        what: String,
    },
    /// A construct the shader route cannot lower.
    #[error("`{function}` {construct}")]
    Unsupported {
        /// The Rust function (demangled), or the kernel.
        function: String,
        /// What it does that cannot be lowered.
        construct: String,
    },
    /// naga rejected the module this lowering produced.
    #[error("the generated shader does not validate: {0}")]
    Validation(String),
    /// naga's SPIR-V writer failed.
    #[error("SPIR-V generation failed: {0}")]
    SpirV(String),
}

/// The panic message of a call into core's panic chain, from the callee's
/// demangled name.
pub fn panic_message(callee: &str) -> String {
    let last = callee.rsplit("::").next().unwrap_or(callee);
    let known: &[(&str, &str)] = &[
        ("panic_bounds_check", "index out of bounds"),
        ("div_by_zero", "attempt to divide by zero"),
        (
            "rem_by_zero",
            "attempt to calculate the remainder with a divisor of zero",
        ),
        ("add_overflow", "attempt to add with overflow"),
        ("sub_overflow", "attempt to subtract with overflow"),
        ("mul_overflow", "attempt to multiply with overflow"),
        ("div_overflow", "attempt to divide with overflow"),
        ("rem_overflow", "attempt to calculate the remainder with overflow"),
        ("neg_overflow", "attempt to negate with overflow"),
        ("shl_overflow", "attempt to shift left with overflow"),
        ("shr_overflow", "attempt to shift right with overflow"),
        ("unwrap_failed", "called `Option::unwrap()` on a `None` value"),
        ("expect_failed", "called `Option::expect()` on a `None` value"),
        ("slice_start_index_len_fail", "slice start index out of range"),
        ("slice_end_index_len_fail", "slice end index out of range"),
        ("slice_index_order_fail", "slice index starts after it ends"),
        ("slice_index_fail", "slice index out of range"),
        (
            "copy_from_slice",
            "source slice length does not match destination slice length",
        ),
        (
            "len_mismatch_fail",
            "source slice length does not match destination slice length",
        ),
        ("panic_fmt", "explicit panic"),
        ("panic_explicit", "explicit panic"),
        ("unreachable_display", "entered unreachable code"),
        ("assert_failed", "assertion failed"),
    ];
    for (needle, message) in known {
        if last.contains(needle) {
            return (*message).to_string();
        }
    }
    if last == "panic" || last == "panic_str" || last == "panic_display" {
        return "explicit panic".into();
    }
    callee.to_string()
}

/// Lowers every kernel of `manifest` exported by `wasm`.
///
/// Never panics: a kernel that cannot be lowered (or whose generated module
/// naga rejects) goes to [`ShaderArtifact::errors`] with a message naming the
/// Rust function and the construct.
pub fn lower(wasm: &[u8], manifest: &Manifest) -> ShaderArtifact {
    lower_with(wasm, manifest, LowerOptions::default())
}

/// [`lower`] with `options` (what WebGPU needs: [`LowerOptions::WEB`]).
pub fn lower_with(wasm: &[u8], manifest: &Manifest, options: LowerOptions) -> ShaderArtifact {
    let mut artifact = ShaderArtifact::default();
    let module = match module::WasmModule::parse(wasm) {
        Ok(m) => m,
        Err(e) => {
            for k in &manifest.kernels {
                artifact.errors.push((k.name.clone(), e.to_string()));
            }
            return artifact;
        }
    };
    let facts = analysis::func_facts(&module);
    for kernel in &manifest.kernels {
        let Some(&entry) = module.exports.get(&kernel.name) else {
            continue;
        };
        match lower_one(&module, &facts, kernel, entry, options) {
            Ok(k) => artifact.kernels.push(k),
            Err(LowerError::RouteLacks { what, .. }) => artifact.unsupported.push((
                kernel.name.clone(),
                format!("{what} (the shader route's IR, naga, has no such type; f16 tiles run on Vulkan and wgpu)"),
            )),
            Err(e) => artifact.errors.push((kernel.name.clone(), e.to_string())),
        }
    }
    artifact
}

/// SPIR-V writer options of the route (shared with hand-written WGSL kernels).
pub use everygpu_backend::shader::spirv_options;

fn lower_one(
    m: &module::WasmModule<'_>,
    facts: &analysis::FuncFacts,
    kernel: &everygpu_backend::ManifestKernel,
    entry: u32,
    options: LowerOptions,
) -> Result<ShaderKernel, LowerError> {
    let lowered = translate::lower_kernel(m, facts, kernel, entry, options)?;
    let module = &lowered.module;
    let mut validator =
        naga::valid::Validator::new(naga::valid::ValidationFlags::all(), naga::valid::Capabilities::all());
    let info = validator
        .validate(module)
        .map_err(|e| LowerError::Validation(format!("{:?}", e.into_inner())))?;
    let options = everygpu_backend::shader::spirv_options_for(lowered.subgroup_ops != 0 || lowered.uses_matrices, true);
    let spirv =
        everygpu_backend::shader::write_spirv(module, &info, &options, &kernel.name).map_err(LowerError::SpirV)?;
    let (float_widths, uses_i64) = everygpu_backend::spirv_words::declared_types(&spirv).map_err(LowerError::SpirV)?;
    let uses_f64 = float_widths.contains(&64);
    let spirv = everygpu_backend::shader::finish_spirv(&spirv, &float_widths).map_err(LowerError::SpirV)?;
    Ok(ShaderKernel {
        name: kernel.name.clone(),
        subgroup_ops: lowered.subgroup_ops,
        uses_matrices: lowered.uses_matrices,
        indices_clamped: true,
        module: Arc::new(lowered.module),
        info: Arc::new(info),
        spirv,
        bindings: lowered.bindings,
        workgroup_size: kernel.workgroup_size,
        uses_f64,
        uses_i64,
        panic_messages: lowered.panic_messages,
        print_sites: lowered.print_sites,
        constant_data: lowered.constant_data.into(),
    })
}
