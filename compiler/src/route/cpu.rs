//! The CPU route: the host toolchain builds the crate as a cdylib (kernels,
//! cases, CPU executor), which the CPU backends and the reference load.

use super::{Route, RouteBuild};
use crate::CompileError;
use everygpu_backend::{Artifact, ArtifactKind, LowerOptions, Manifest};
use std::path::Path;
use std::process::Command;

/// The CPU route.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CpuRoute;

impl Route for CpuRoute {
    fn name(&self) -> &'static str {
        "cpu"
    }

    fn artifact_kind(&self) -> ArtifactKind {
        ArtifactKind::HostLibrary
    }

    fn edit_config(&self) -> &'static str {
        // No ThinLTO pass over the codegen units, which an incremental build
        // repeats on every save (0.15 s of 0.5 s for the sample kernels).
        "profile.release.lto=\"off\""
    }

    fn configure(&self, _cmd: &mut Command, _build: &RouteBuild<'_>) -> Result<(), CompileError> {
        // The host toolchain's cargo builds for the host as it is.
        Ok(())
    }

    fn artifact_extension(&self) -> &'static str {
        std::env::consts::DLL_EXTENSION
    }

    fn shipped_name(&self, lib_name: &str) -> String {
        format!(
            "{}{lib_name}.{}",
            std::env::consts::DLL_PREFIX,
            std::env::consts::DLL_EXTENSION
        )
    }

    fn artifact(&self, path: &Path, _manifest: &Manifest, _options: LowerOptions) -> Result<Artifact, String> {
        // The backends load the library themselves (a copy each).
        Ok(Artifact::CpuLibrary { path: path.to_owned() })
    }
}
