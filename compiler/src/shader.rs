//! The shader side of the wasm route: lowering a wasm module to validated naga
//! modules (one per kernel), and writing each as SPIR-V, WGSL, MSL or HLSL with
//! naga's back ends, bindings mapped explicitly (see
//! `everygpu_backend::shader` for the layout).

use everygpu_backend::{LowerOptions, Manifest, ShaderArtifact, ShaderKernel};
use naga::back::{hlsl, msl};

/// A shading language everygpu writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    /// SPIR-V binary (Vulkan).
    SpirV,
    /// WGSL (WebGPU).
    Wgsl,
    /// Metal Shading Language.
    Msl,
    /// HLSL (DirectX 12, shader model 6.0).
    Hlsl,
}

impl Language {
    /// Parses a route name of `everygpu emit`.
    pub fn from_route(route: &str) -> Option<Language> {
        Some(match route {
            "spirv" | "spv" => Language::SpirV,
            "wgsl" => Language::Wgsl,
            "msl" | "metal" => Language::Msl,
            "hlsl" => Language::Hlsl,
            _ => return None,
        })
    }

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Language::SpirV => "SPIR-V",
            Language::Wgsl => "WGSL",
            Language::Msl => "MSL",
            Language::Hlsl => "HLSL",
        }
    }

    /// The file extension of its files.
    pub fn extension(self) -> &'static str {
        match self {
            Language::SpirV => "spv",
            Language::Wgsl => "wgsl",
            Language::Msl => "metal",
            Language::Hlsl => "hlsl",
        }
    }
}

/// Lowers a wasm module built by the wasm route.
pub fn lower(wasm: &[u8], manifest: &Manifest) -> ShaderArtifact {
    everygpu_wasm_naga::lower(wasm, manifest)
}

/// [`lower`] for a backend that needs `options` (WebGPU's:
/// [`LowerOptions::WEB`]).
pub fn lower_with(wasm: &[u8], manifest: &Manifest, options: LowerOptions) -> ShaderArtifact {
    everygpu_wasm_naga::lower_with(wasm, manifest, options)
}

/// Writes one lowered kernel in `language`: bytes (SPIR-V words in little
/// endian, or text). What a language cannot express (`f64` in Metal) is an
/// error naming the kernel; so is a naga writer that panics, rather than a
/// crash.
pub fn write(kernel: &ShaderKernel, language: Language) -> Result<Vec<u8>, String> {
    if language == Language::Msl && kernel.uses_f64 {
        return Err(format!("`{}` uses f64, which Metal does not have", kernel.name));
    }
    std::panic::catch_unwind(|| write_unchecked(kernel, language)).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("no message");
        Err(format!(
            "naga's {} writer cannot write `{}`: {why}",
            language.name(),
            kernel.name
        ))
    })
}

fn write_unchecked(kernel: &ShaderKernel, language: Language) -> Result<Vec<u8>, String> {
    let (module, info) = (&*kernel.module, &*kernel.info);
    let entry = (naga::ShaderStage::Compute, kernel.name.clone());
    match language {
        Language::SpirV => Ok(kernel.spirv.iter().flat_map(|w| w.to_le_bytes()).collect()),
        Language::Wgsl => everygpu_backend::shader::wgsl(kernel, None)
            .map(|(text, _)| text.into_bytes())
            .map_err(|e| format!("WGSL: {e}")),
        Language::Msl => {
            // Metal buffer slots: the bindings in order, then the sizes buffer.
            let mut resources = msl::BindingMap::default();
            let mut slot = 0u8;
            for (_, var) in module.global_variables.iter() {
                if let Some(binding) = &var.binding {
                    let mutable = match var.space {
                        naga::AddressSpace::Storage { access } => access.contains(naga::StorageAccess::STORE),
                        _ => false,
                    };
                    resources.insert(
                        *binding,
                        msl::BindTarget {
                            buffer: Some(slot),
                            mutable,
                            ..Default::default()
                        },
                    );
                    slot += 1;
                }
            }
            let mut per_entry_point_map = msl::EntryPointResourceMap::default();
            per_entry_point_map.insert(
                kernel.name.clone(),
                msl::EntryPointResources {
                    resources,
                    sizes_buffer: Some(slot),
                    ..Default::default()
                },
            );
            let options = msl::Options {
                lang_version: (2, 4),
                per_entry_point_map,
                fake_missing_bindings: false,
                ..Default::default()
            };
            let pipeline = msl::PipelineOptions {
                entry_point: Some(entry),
                ..Default::default()
            };
            msl::write_string(module, info, &options, &pipeline)
                .map(|(s, _)| s.into_bytes())
                .map_err(|e| format!("MSL: {e}"))
        }
        Language::Hlsl => {
            let options = hlsl::Options {
                shader_model: hlsl::ShaderModel::V6_0,
                ..Default::default()
            };
            let pipeline = hlsl::PipelineOptions {
                entry_point: Some(entry),
            };
            let mut out = String::new();
            let mut w = hlsl::Writer::new(&mut out, &options, &pipeline);
            w.write(module, info, None).map_err(|e| format!("HLSL: {e}"))?;
            drop(w);
            Ok(out.into_bytes())
        }
    }
}
