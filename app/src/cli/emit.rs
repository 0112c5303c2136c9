//! `everygpu emit`: writes one route's artifacts.

use anyhow::{bail, Context};
use everygpu_compiler::{CompileRoute, HostToolchain, KernelCrate, KernelToolchain};
use std::path::Path;
use std::process::ExitCode;

/// Builds `route` and copies its artifact into `out`.
pub fn emit(krate: &Path, route: &str, out: &Path, arch: &str) -> anyhow::Result<ExitCode> {
    let host = HostToolchain::discover()?;
    let k = KernelCrate::open(krate, &host)?;
    let route = match route {
        "cpu" => CompileRoute::Cpu,
        "nvptx" | "ptx" => CompileRoute::Nvptx { arch: arch.to_string() },
        "wasm" => CompileRoute::Wasm,
        other => bail!("unknown route `{other}`; routes: cpu, nvptx, wasm"),
    };
    let tc = match route {
        CompileRoute::Cpu => None,
        _ => Some(KernelToolchain::discover()?),
    };
    let built = k.build(&route, &host, tc.as_ref())?;
    for w in &built.warnings {
        eprintln!("{w}");
    }
    if let CompileRoute::Nvptx { .. } = route {
        let text = std::fs::read_to_string(&built.path)?;
        everygpu_compiler::route::ptx_is_self_contained(&text).map_err(anyhow::Error::msg)?;
    }
    std::fs::create_dir_all(out).with_context(|| format!("{}", out.display()))?;
    let name = built.path.file_name().context("artifact without a file name")?;
    let dest = out.join(name);
    std::fs::copy(&built.path, &dest).with_context(|| format!("{}", dest.display()))?;
    println!("{}", dest.display());
    Ok(ExitCode::SUCCESS)
}
