//! `everygpu emit`: writes one route's artifacts.
//!
//! `cpu`, `nvptx` and `wasm` copy the route's build output; `spirv`, `wgsl`,
//! `msl` and `hlsl` write one file per kernel from the validated naga modules;
//! `all` writes the CPU library, the PTX and the wasm module side by side,
//! which `everygpu run --artifacts DIR` runs without any toolchain.

use anyhow::{bail, Context};
use everygpu_backend::{LowerOptions, PtxArch};
use everygpu_backend_cpu::CpuLibrary;
use everygpu_compiler::shader::{self, Language};
use everygpu_compiler::{BuildOutput, CompileRoute, HostToolchain, KernelCrate, KernelToolchain};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn build(k: &KernelCrate, host: &HostToolchain, route: &CompileRoute) -> anyhow::Result<BuildOutput> {
    let tc = match route {
        CompileRoute::Cpu => None,
        _ => Some(KernelToolchain::discover()?),
    };
    let built = k.build(route, host, tc.as_ref())?;
    for w in &built.warnings {
        eprintln!("{w}");
    }
    Ok(built)
}

fn copy_to(src: &Path, out: &Path, name: Option<String>) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(out).with_context(|| format!("{}", out.display()))?;
    let name = match name {
        Some(n) => n,
        None => src
            .file_name()
            .context("artifact without a file name")?
            .to_string_lossy()
            .into_owned(),
    };
    let dest = out.join(name);
    std::fs::copy(src, &dest).with_context(|| format!("{}", dest.display()))?;
    println!("{}", dest.display());
    Ok(dest)
}

/// Builds `route` and writes its artifacts into `out`.
pub fn emit(krate: &Path, route: &str, out: &Path, arch: PtxArch) -> anyhow::Result<ExitCode> {
    let host = HostToolchain::discover()?;
    let k = KernelCrate::open(krate, &host)?;
    if let Some(r) = CompileRoute::from_name(route, arch) {
        let built = build(&k, &host, &r)?;
        copy_to(&built.path, out, None)?;
        return Ok(ExitCode::SUCCESS);
    }
    if route == "all" {
        for route in [CompileRoute::Cpu, CompileRoute::nvptx(arch), CompileRoute::wasm()] {
            let built = build(&k, &host, &route)?;
            copy_to(&built.path, out, Some(route.route().shipped_name(&k.lib_name)))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(language) = Language::from_route(route) else {
        bail!("unknown route `{route}`; routes: cpu, nvptx, wasm, spirv, wgsl, msl, hlsl, all");
    };
    // The manifest comes from the CPU build; the kernels from the wasm build.
    let cpu = build(&k, &host, &CompileRoute::Cpu)?;
    let library = CpuLibrary::load(&cpu.path)?;
    let wasm = build(&k, &host, &CompileRoute::wasm())?;
    let bytes = std::fs::read(&wasm.path).with_context(|| format!("{}", wasm.path.display()))?;
    // WGSL is what the browser backend runs, in WGSL's uniform control flow.
    let options = match language {
        Language::Wgsl => LowerOptions::WEB,
        _ => LowerOptions::default(),
    };
    let artifact = shader::lower_with(&bytes, library.manifest(), options);
    std::fs::create_dir_all(out).with_context(|| format!("{}", out.display()))?;
    let mut failed = false;
    for kernel in &artifact.kernels {
        match shader::write(kernel, language) {
            Ok(data) => {
                let dest = out.join(format!("{}.{}", kernel.name, language.extension()));
                std::fs::write(&dest, data).with_context(|| format!("{}", dest.display()))?;
                println!("{}", dest.display());
            }
            Err(e) => {
                eprintln!("error: kernel `{}`: {e}", kernel.name);
                failed = true;
            }
        }
    }
    for (kernel, why) in &artifact.errors {
        eprintln!("error: kernel `{kernel}` cannot take the shader route: {why}");
        failed = true;
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
