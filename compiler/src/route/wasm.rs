//! The wasm route: the kernel toolchain builds wasm32, which the wasm→naga
//! lowering turns into the shader backends' modules.

use super::{Route, RouteBuild};
use crate::CompileError;
use everygpu_backend::{Artifact, ArtifactKind, LowerOptions, Manifest};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

/// The wasm route.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct WasmRoute {
    /// Whether the wasm carries DWARF line tables, for the code view's
    /// mapping of shader lines to source lines (the lowering gives each
    /// expression the code offset of the operator it comes from). Built in a
    /// target folder of its own.
    #[serde(default)]
    pub line_tables: bool,
}

impl Route for WasmRoute {
    fn name(&self) -> &'static str {
        "wasm"
    }

    fn label(&self) -> String {
        if self.line_tables {
            "wasm-lines".into()
        } else {
            "wasm".into()
        }
    }

    fn artifact_kind(&self) -> ArtifactKind {
        ArtifactKind::Shader
    }

    fn edit_config(&self) -> &'static str {
        // One codegen unit: LLVM inlines across the whole crate, as the
        // lowering needs (a thread-index closure left outlined in another
        // unit is refused).
        "profile.release.codegen-units=1"
    }

    fn configure(&self, cmd: &mut Command, build: &RouteBuild<'_>) -> Result<(), CompileError> {
        let tc = build.kernel_toolchain(self.name())?;
        cmd.env("RUSTC", &tc.rustc)
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["--target", "wasm32-unknown-unknown", "--config"])
            .arg(format!(
                "target.wasm32-unknown-unknown.linker=\"{}\"",
                tc.llvm_bin.join("wasm-ld").display()
            ));
        build.core(cmd, tc, self, "wasm32-unknown-unknown", &[])?;
        cmd.args(["--", "-Cpanic=abort"]);
        if self.line_tables {
            // Cargo strips the debug information of release builds at link
            // time (`strip = "debuginfo"`) unless told otherwise.
            cmd.args(["-Cdebuginfo=line-tables-only", "-Cstrip=none"]);
        }
        Ok(())
    }

    fn artifact_extension(&self) -> &'static str {
        "wasm"
    }

    fn shipped_name(&self, lib_name: &str) -> String {
        format!("{lib_name}.wasm")
    }

    fn artifact(&self, path: &Path, manifest: &Manifest, options: LowerOptions) -> Result<Artifact, String> {
        let wasm = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Artifact::Shader(Arc::new(crate::shader::lower_with(
            &wasm, manifest, options,
        ))))
    }
}
