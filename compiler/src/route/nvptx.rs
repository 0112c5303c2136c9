//! The nvptx route: the kernel toolchain builds self-contained PTX for one
//! architecture, linked by a stand-in (`ptx-link.sh`), with each entry's
//! launch bounds written in ([`crate::launch_bounds`]) and, where ptxas is
//! installed, validated for the architecture ([`crate::ptxas`]).

use super::{Route, RouteBuild};
use crate::ptxas::{self, PtxValidation};
use crate::CompileError;
use everygpu_backend::{Artifact, ArtifactKind, LowerOptions, Manifest, PtxArch};
use std::path::Path;
use std::process::Command;

/// The linker stand-in of the nvptx route (see the script's header).
const PTX_LINK_SCRIPT: &str = include_str!("../ptx-link.sh");

/// The nvptx route for one architecture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct NvptxRoute {
    /// The architecture the PTX is generated for (`-Ctarget-cpu`).
    pub arch: PtxArch,
    /// Whether the PTX carries line tables (`.file`/`.loc`, each `.loc`
    /// commented with its inlining chain) for the code view's mapping to
    /// source lines. Such PTX targets `sm_XX, debug`, which ptxas compiles
    /// differently (three times the machine code of `hgemm` on sm_90a):
    /// it is shown, never run. Built in a target folder of its own.
    #[serde(default)]
    pub line_tables: bool,
}

impl Route for NvptxRoute {
    fn name(&self) -> &'static str {
        "nvptx"
    }

    fn label(&self) -> String {
        if self.line_tables {
            format!("nvptx-{}-lines", self.arch)
        } else {
            format!("nvptx-{}", self.arch)
        }
    }

    fn artifact_kind(&self) -> ArtifactKind {
        ArtifactKind::Ptx
    }

    fn edit_config(&self) -> &'static str {
        // One codegen unit: LLVM inlines across the whole crate, and the PTX
        // linker sees the same code as in a release build.
        "profile.release.codegen-units=1"
    }

    fn configure(&self, cmd: &mut Command, build: &RouteBuild<'_>) -> Result<(), CompileError> {
        let tc = build.kernel_toolchain(self.name())?;
        let target_dir = build.target_dir;
        std::fs::create_dir_all(target_dir).map_err(|e| io_error(target_dir, e))?;
        let script = target_dir.join("ptx-link.sh");
        let text = PTX_LINK_SCRIPT.replace("@LLVM_BIN@", &tc.llvm_bin.display().to_string());
        if std::fs::read_to_string(&script).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&script, text).map_err(|e| io_error(&script, e))?;
            set_executable(&script)?;
        }
        // The target CPU applies to every crate (core and the dependencies
        // too), so that `cfg(target_feature = "sm_90a")` holds in a library
        // such as everygpu-kernel as well.
        cmd.env("RUSTC", &tc.rustc)
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["--target", "nvptx64-nvidia-cuda"]);
        let target_cpu = format!("-Ctarget-cpu={}", self.arch);
        build.core(cmd, tc, self, "nvptx64-nvidia-cuda", &[target_cpu])?;
        cmd.arg("--")
            .arg(format!("-Clinker={}", script.display()))
            .arg("-Zcrate-attr=feature(abi_ptx)");
        if self.line_tables {
            cmd.arg("-Cdebuginfo=line-tables-only");
        }
        // `#[kernel]` writes each entry's launch bounds with `global_asm!`,
        // which is unstable on nvptx: the crate gets the feature unless its
        // root enables it already (as a crate with inline PTX of its own does;
        // enabling it twice is an error).
        if !enables_feature(&build.krate.dir.join("src/lib.rs"), "asm_experimental_arch") {
            cmd.arg("-Zcrate-attr=feature(asm_experimental_arch)");
        }
        Ok(())
    }

    fn artifact_extension(&self) -> &'static str {
        "ptx"
    }

    fn finish(&self, path: &Path, build: &RouteBuild<'_>) -> Result<Option<PtxValidation>, CompileError> {
        let tc = build.kernel_toolchain(self.name())?;
        let text = std::fs::read_to_string(path).map_err(|e| io_error(path, e))?;
        ptx_is_self_contained(&text).map_err(|message| CompileError::Tool {
            tool: format!("ptx-link ({} route)", self.label()),
            message,
        })?;
        // Clusters exist from compute capability 9.0 on.
        let mut bounded = crate::launch_bounds::apply(&text, self.arch.major() >= 9);
        if let Some(raised) = raise_isa_version(&bounded) {
            bounded = raised;
        }
        if self.line_tables {
            bounded = line_tables_only(&bounded);
        }
        if bounded != text {
            std::fs::write(path, bounded).map_err(|e| io_error(path, e))?;
        }
        Ok(Some(ptxas::check(&tc.ptxas, path, self.arch, &self.label())?))
    }

    fn shipped_name(&self, lib_name: &str) -> String {
        format!("{lib_name}.{}.ptx", self.arch)
    }

    fn artifact(&self, path: &Path, _manifest: &Manifest, _options: LowerOptions) -> Result<Artifact, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        ptx_is_self_contained(&text)?;
        Ok(Artifact::Ptx {
            path: path.to_owned(),
            text: text.into(),
            arch: self.arch,
        })
    }
}

/// PTX with line tables as `nvcc -lineinfo` writes it: LLVM's `.file` and
/// `.loc` directives without its DWARF sections and the `debug` target they
/// require, which make ptxas compile without optimising (or, for sm_80,
/// abort).
fn line_tables_only(ptx: &str) -> String {
    let mut out = String::with_capacity(ptx.len());
    let mut in_section = false;
    for line in ptx.lines() {
        let t = line.trim();
        if in_section {
            in_section = t != "}";
            continue;
        }
        if t.starts_with(".section") && t.contains(".debug_") {
            in_section = !t.ends_with('}');
            continue;
        }
        if t.starts_with(".target") {
            out.push_str(&line.replace(", debug", ""));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// Instructions of the kernel API that need a later PTX ISA than the one
/// LLVM declares for the architecture (8.0 for `sm_90a`), and that version:
/// Hopper's tensor maps are encoded on the GPU (`everygpu_kernel::matrix::tma`).
const LATER_ISA: &[(&str, (u32, u32))] = &[
    ("tensormap.replace", (8, 3)),
    ("tensormap.cp_fenceproxy", (8, 3)),
    ("fence.proxy.tensormap", (8, 3)),
];

/// Raises the module's `.version` to what its instructions need: LLVM
/// declares the architecture's least version and leaves inline PTX
/// unchecked, so ptxas would refuse a newer instruction. (Asking LLVM for
/// the version, `-Ctarget-feature=+ptx83`, makes rustc warn on every build.)
fn raise_isa_version(ptx: &str) -> Option<String> {
    let needed = LATER_ISA
        .iter()
        .filter(|(instruction, _)| ptx.contains(instruction))
        .map(|&(_, version)| version)
        .max()?;
    let line = ptx.lines().find(|l| l.starts_with(".version "))?;
    let (major, minor) = line[".version ".len()..].trim().split_once('.')?;
    let declared = (major.parse::<u32>().ok()?, minor.parse::<u32>().ok()?);
    (declared < needed).then(|| ptx.replacen(line, &format!(".version {}.{}", needed.0, needed.1), 1))
}

fn io_error(path: &Path, e: std::io::Error) -> CompileError {
    CompileError::Tool {
        tool: "filesystem".into(),
        message: format!("{}: {e}", path.display()),
    }
}

#[cfg(unix)]
fn set_executable(path: &Path) -> Result<(), CompileError> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).map_err(|e| io_error(path, e))
}

#[cfg(not(unix))]
fn set_executable(_path: &Path) -> Result<(), CompileError> {
    Ok(())
}

/// Whether a PTX text is self-contained: it may declare the dynamic shared
/// memory window, but no function or global defined elsewhere.
pub fn ptx_is_self_contained(ptx: &str) -> Result<(), String> {
    let externs: Vec<&str> = ptx
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with(".extern") && !l.starts_with(".extern .shared"))
        .collect();
    if externs.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "PTX refers to symbols it does not define: {}",
            externs.join("; ")
        ))
    }
}

/// Whether the crate root at `lib` enables the unstable `feature` itself
/// (`#![feature(..)]` or `#![cfg_attr(.., feature(..))]` naming it).
fn enables_feature(lib: &Path, feature: &str) -> bool {
    std::fs::read_to_string(lib).is_ok_and(|text| {
        text.lines()
            .map(str::trim_start)
            .filter(|l| l.starts_with("#![feature(") || l.starts_with("#![cfg_attr("))
            .any(|l| l.contains(feature))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_tables_keep_their_directives_and_lose_the_dwarf_sections() {
        let ptx = ".version 8.0\n.target sm_80, debug\n.address_size 64\n\t.file\t1 \"/k/src/lib.rs\"\n.visible .entry k()\n{\n\t.loc\t1 3 5\n\tret;\n}\n\t.section\t.debug_abbrev\n\t{\n.b8 17\n\t}\n\t.section\t.debug_macinfo\t{\t}\n";
        let out = line_tables_only(ptx);
        assert_eq!(
            out,
            ".version 8.0\n.target sm_80\n.address_size 64\n\t.file\t1 \"/k/src/lib.rs\"\n.visible .entry k()\n{\n\t.loc\t1 3 5\n\tret;\n}\n"
        );
    }

    #[test]
    fn only_the_shared_window_may_be_extern() {
        assert!(ptx_is_self_contained(".extern .shared .align 16 .b8 everygpu_dyn_smem[];\n").is_ok());
        let err = ptx_is_self_contained(".extern .func foo\n(\n);").expect_err("extern function");
        assert!(err.contains(".extern .func foo"), "{err}");
    }

    #[test]
    fn the_version_rises_to_what_the_instructions_need() {
        let ptx = "//\n.version 8.0\n.target sm_90a\n\ttensormap.replace.tile.rank.shared::cta.b1024.b32 [%r1], 1;\n";
        let raised = raise_isa_version(ptx).expect("raised");
        assert!(
            raised.contains("\n.version 8.3\n") && !raised.contains("8.0"),
            "{raised}"
        );
        assert_eq!(raise_isa_version(&raised), None, "8.3 is enough");
        assert_eq!(raise_isa_version(&ptx.replace("8.0", "8.5")), None, "never lowered");
        assert_eq!(
            raise_isa_version(".version 8.0\n.target sm_90a\n\twgmma.fence.sync.aligned;\n"),
            None
        );
    }
}
