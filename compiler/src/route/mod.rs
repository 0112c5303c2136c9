//! The compile routes: one rustc target each, one file each, all behind the
//! [`Route`] trait.
//!
//! A route says how cargo builds a kernel crate for it (target, toolchain,
//! flags), which file of cargo's outputs is its artifact, and what it checks
//! after a build (the nvptx route runs ptxas); [`crate::KernelCrate::build`]
//! does the rest, the same for every route. [`CompileRoute`] is the registry:
//! every route there is, as a value the app can keep, compare and key maps by.

mod cpu;
mod nvptx;
mod wasm;

pub use cpu::CpuRoute;
pub use nvptx::{ptx_is_self_contained, NvptxRoute};
pub use wasm::WasmRoute;

use crate::ptxas::PtxValidation;
use crate::toolchain::KernelToolchain;
use crate::{CompileError, KernelCrate};
use everygpu_backend::{ArtifactKind, PtxArch};
use std::fmt;
use std::path::Path;
use std::process::Command;

/// One way from a kernel crate to an artifact: a rustc target, the
/// toolchain that builds it, and the checks its output must pass.
pub trait Route: fmt::Debug + Send + Sync {
    /// The route's name: `cpu`, `nvptx`, `wasm`.
    fn name(&self) -> &'static str;

    /// The name with the route's options, where it has any (`nvptx-sm_90a`):
    /// names its target directory and its errors, so that builds with other
    /// options keep caches of their own.
    fn label(&self) -> String {
        self.name().to_string()
    }

    /// The kind of artifact it produces, which the backends of its route load.
    fn artifact_kind(&self) -> ArtifactKind;

    /// The `--config` value that [`crate::BuildProfile::Edit`] adds to the
    /// incremental build for this route.
    fn edit_config(&self) -> &'static str;

    /// Adds the route's target, toolchain and rustc flags to `cmd`, a
    /// `cargo rustc --lib --crate-type cdylib --release` of `build.krate`,
    /// before it runs.
    fn configure(&self, cmd: &mut Command, build: &RouteBuild<'_>) -> Result<(), CompileError>;

    /// The extension of the artifact among the files cargo produced.
    fn artifact_extension(&self) -> &'static str;

    /// Checks and finishes the artifact at `path` after cargo built it; the
    /// nvptx route's ptxas validation is its result.
    fn finish(&self, _path: &Path, _build: &RouteBuild<'_>) -> Result<Option<PtxValidation>, CompileError> {
        Ok(None)
    }
}

/// What a [`Route`] is given for one build.
#[derive(Clone, Copy, Debug)]
pub struct RouteBuild<'a> {
    /// The crate being built.
    pub krate: &'a KernelCrate,
    /// The route's cargo target directory.
    pub target_dir: &'a Path,
    /// The kernel toolchain, where one was found.
    pub kernel: Option<&'a KernelToolchain>,
}

impl<'a> RouteBuild<'a> {
    /// The kernel toolchain, which route `route` needs: an error that says how
    /// to install one where none was found.
    pub fn kernel_toolchain(&self, route: &str) -> Result<&'a KernelToolchain, CompileError> {
        self.kernel.ok_or_else(|| CompileError::ToolchainMissing {
            what: format!("a kernel toolchain for the {route} route"),
            tried: vec![],
            install: crate::toolchain::INSTALL_KERNEL_TOOLCHAIN.into(),
        })
    }
}

/// Every compile route, as a value: what a build is asked for and what a
/// [`crate::BuildOutput`] says it built.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompileRoute {
    /// The host toolchain builds a cdylib: kernels, cases, CPU executor.
    Cpu,
    /// The kernel toolchain builds self-contained PTX for one architecture.
    Nvptx(NvptxRoute),
    /// The kernel toolchain builds wasm32 for the wasm→naga lowering.
    Wasm,
}

impl CompileRoute {
    /// The nvptx route for `arch`.
    pub fn nvptx(arch: PtxArch) -> CompileRoute {
        CompileRoute::Nvptx(NvptxRoute { arch })
    }

    /// The route itself.
    pub fn route(&self) -> &dyn Route {
        match self {
            CompileRoute::Cpu => &CpuRoute,
            CompileRoute::Nvptx(nvptx) => nvptx,
            CompileRoute::Wasm => &WasmRoute,
        }
    }

    /// The route's name, with its architecture where it has one
    /// ([`Route::label`]).
    pub fn label(&self) -> String {
        self.route().label()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_name_themselves_and_their_artifacts() {
        let nvptx = CompileRoute::nvptx("sm_90a".parse().expect("sm_90a"));
        let routes = [CompileRoute::Cpu, nvptx, CompileRoute::Wasm];
        let labels: Vec<String> = routes.iter().map(CompileRoute::label).collect();
        assert_eq!(labels, ["cpu", "nvptx-sm_90a", "wasm"]);
        let kinds: Vec<ArtifactKind> = routes.iter().map(|r| r.route().artifact_kind()).collect();
        assert_eq!(
            kinds,
            [ArtifactKind::HostLibrary, ArtifactKind::Ptx, ArtifactKind::Shader]
        );
        let names: Vec<&str> = kinds.iter().map(|k| k.route().name()).collect();
        assert_eq!(names, ["cpu", "nvptx", "wasm"], "the backends' routes");
    }
}
