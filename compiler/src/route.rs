//! The compile routes and the kernel crate they build.

use crate::cargo::{self, Diagnostic};
use crate::ptxas::{self, PtxValidation};
use crate::toolchain::{HostToolchain, KernelToolchain};
use crate::CompileError;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The linker stand-in of the nvptx route (see the script's header).
const PTX_LINK_SCRIPT: &str = include_str!("ptx-link.sh");

/// A compile route.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompileRoute {
    /// The host toolchain builds a cdylib: kernels, cases, CPU executor.
    Cpu,
    /// The kernel toolchain builds self-contained PTX for one `sm_XX`.
    Nvptx {
        /// `sm_80`, `sm_90`, ...
        arch: String,
    },
    /// The kernel toolchain builds wasm32 for the wasm→naga lowering.
    Wasm,
}

impl CompileRoute {
    /// The route's name, with its architecture where it has one.
    pub fn label(&self) -> String {
        match self {
            CompileRoute::Cpu => "cpu".into(),
            CompileRoute::Nvptx { arch } => format!("nvptx-{arch}"),
            CompileRoute::Wasm => "wasm".into(),
        }
    }
}

/// How the routes compile a kernel crate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BuildProfile {
    /// Cargo's release profile as the crate defines it: what `run`,
    /// `bench` and `emit` measure and ship.
    #[default]
    Release,
    /// The release profile with rustc's incremental compilation: what the
    /// edit loop (`watch`, the app) builds. A save recompiles only what it
    /// changed (about 0.4 s per route on two cores for the sample kernels,
    /// against 0.9–1.5 s without). The CPU route skips the ThinLTO pass over
    /// its codegen units; the GPU routes build one codegen unit, so that
    /// LLVM inlines across the crate as the lowering needs. It keeps target
    /// directories of its own.
    Edit,
}

/// A kernel crate on disk.
#[derive(Clone, Debug)]
pub struct KernelCrate {
    /// The crate's folder (absolute).
    pub dir: PathBuf,
    /// The package name.
    pub package: String,
    /// The library target's name (package name with `-` as `_`).
    pub lib_name: String,
    /// How its routes compile it.
    pub profile: BuildProfile,
}

/// What one route's build produced.
#[derive(Clone, Debug)]
pub struct BuildOutput {
    /// The route.
    pub route: CompileRoute,
    /// The artifact: a `.so`/`.dylib`/`.dll`, a `.ptx` or a `.wasm`.
    pub path: PathBuf,
    /// rustc's warnings.
    pub warnings: Vec<Diagnostic>,
    /// How long the build took.
    pub duration: Duration,
    /// nvptx only: whether ptxas validated the PTX, or why not (a note for
    /// the user, e.g. "PTX not validated: ptxas not found ..."). `None` on
    /// the other routes.
    pub validation: Option<PtxValidation>,
}

/// Environment variables of a surrounding cargo that must not leak into the
/// kernel crate's builds.
const CARGO_ENV_NOISE: [&str; 12] = [
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_BUILD_RUSTFLAGS",
    "CARGO_TARGET_DIR",
    "CARGO_BUILD_TARGET",
    "CARGO_BUILD_TARGET_DIR",
    "RUSTC",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "RUSTC_BOOTSTRAP",
    "CARGO_MAKEFLAGS",
    "RUSTDOCFLAGS",
];

impl KernelCrate {
    /// Opens the kernel crate at `path` (its folder, or its `Cargo.toml`): it
    /// must be a Cargo package with a library.
    pub fn open(path: &Path, host: &HostToolchain) -> Result<KernelCrate, CompileError> {
        let dir = path.canonicalize().map_err(|reason| match reason.kind() {
            std::io::ErrorKind::NotFound => CompileError::NoSuchPath { path: path.to_owned() },
            _ => CompileError::Unreadable {
                path: path.to_owned(),
                reason,
            },
        })?;
        let dir = match dir.file_name() {
            Some(name) if name == "Cargo.toml" && dir.is_file() => dir.parent().map_or(dir.clone(), Path::to_owned),
            _ => dir,
        };
        let manifest = dir.join("Cargo.toml");
        if !dir.is_dir() || !manifest.is_file() {
            return Err(CompileError::NotACrate { path: path.to_owned() });
        }
        let mut cmd = Command::new(&host.cargo);
        cmd.args(["metadata", "--no-deps", "--format-version", "1", "--manifest-path"])
            .arg(&manifest)
            .current_dir(&dir);
        scrub_env(&mut cmd);
        let out = cmd.output().map_err(|e| CompileError::Tool {
            tool: "cargo metadata".into(),
            message: e.to_string(),
        })?;
        if !out.status.success() {
            return Err(CompileError::BadManifest {
                path: manifest,
                message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
            });
        }
        let meta: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| CompileError::BadManifest {
            path: manifest.clone(),
            message: e.to_string(),
        })?;
        let packages = meta["packages"].as_array().cloned().unwrap_or_default();
        let package = packages
            .iter()
            .find(|p| p["manifest_path"].as_str().map(Path::new) == Some(manifest.as_path()))
            .or(packages.first())
            .ok_or_else(|| CompileError::BadManifest {
                path: manifest.clone(),
                message: "no package in this manifest (a virtual workspace?)".into(),
            })?;
        let lib = package["targets"].as_array().and_then(|ts| {
            ts.iter().find(|t| {
                t["kind"].as_array().is_some_and(|k| {
                    k.iter()
                        .any(|k| matches!(k.as_str(), Some("lib" | "rlib" | "cdylib" | "staticlib" | "dylib")))
                })
            })
        });
        let Some(lib) = lib else {
            return Err(CompileError::BadManifest {
                path: manifest,
                message: "the package has no library target: kernels live in src/lib.rs".into(),
            });
        };
        Ok(KernelCrate {
            package: package["name"].as_str().unwrap_or_default().to_string(),
            lib_name: lib["name"].as_str().unwrap_or_default().replace('-', "_"),
            dir,
            profile: BuildProfile::Release,
        })
    }

    /// The folder where route `route` keeps its cargo target directory:
    /// `target/everygpu/<route>` in the crate, or
    /// `$EVERYGPU_TARGET_DIR/<package>-<hash of the crate's path>/<route>`
    /// when that is set (a folder several crates share, e.g. in tests): two
    /// crates never share build outputs, even with the same package name.
    /// `<route>` is [`CompileRoute::label`], which carries the nvptx
    /// architecture (each `sm_XX` keeps its own cache), with `-edit` for
    /// [`BuildProfile::Edit`].
    pub fn target_dir(&self, route: &CompileRoute) -> PathBuf {
        let route = match self.profile {
            BuildProfile::Release => route.label(),
            BuildProfile::Edit => format!("{}-edit", route.label()),
        };
        match std::env::var_os("EVERYGPU_TARGET_DIR") {
            // Absolute: cargo runs in the crate's folder, and the nvptx
            // route's linker script is named by its path in here.
            Some(base) => std::path::absolute(&base)
                .unwrap_or_else(|_| PathBuf::from(&base))
                .join(self.folder_name())
                .join(route),
            None => self.dir.join("target").join("everygpu").join(route),
        }
    }

    /// `<package>-<16 hex digits of the crate's path, hashed>` (FNV-1a, so
    /// the name stays the same from one everygpu build to the next).
    fn folder_name(&self) -> String {
        let hash = self
            .dir
            .as_os_str()
            .as_encoded_bytes()
            .iter()
            .fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
                (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
            });
        format!("{}-{hash:016x}", self.package)
    }

    /// Builds the crate for one route in [`KernelCrate::target_dir`]. Cargo's
    /// own fingerprints make a build with nothing changed a no-op.
    ///
    /// The nvptx route also checks that the PTX is self-contained and, when
    /// the kernel toolchain found ptxas, validates it for the route's
    /// architecture ([`crate::ptxas`]); [`BuildOutput::validation`] says which.
    pub fn build(
        &self,
        route: &CompileRoute,
        host: &HostToolchain,
        kernel: Option<&KernelToolchain>,
    ) -> Result<BuildOutput, CompileError> {
        self.build_in(route, host, kernel, &self.target_dir(route))
    }

    /// [`KernelCrate::build`], handing every line cargo prints on stderr
    /// (`Compiling ...`, build scripts' output) to `on_line` as it comes.
    pub fn build_watched(
        &self,
        route: &CompileRoute,
        host: &HostToolchain,
        kernel: Option<&KernelToolchain>,
        on_line: &(dyn Fn(&str) + Sync),
    ) -> Result<BuildOutput, CompileError> {
        self.build_in_watched(route, host, kernel, &self.target_dir(route), on_line)
    }

    /// [`KernelCrate::build`] with an explicit cargo target directory, which
    /// must belong to this route alone (tests give each their own).
    pub fn build_in(
        &self,
        route: &CompileRoute,
        host: &HostToolchain,
        kernel: Option<&KernelToolchain>,
        target_dir: &Path,
    ) -> Result<BuildOutput, CompileError> {
        self.build_in_watched(route, host, kernel, target_dir, &|_| {})
    }

    fn build_in_watched(
        &self,
        route: &CompileRoute,
        host: &HostToolchain,
        kernel: Option<&KernelToolchain>,
        target_dir: &Path,
        on_line: &(dyn Fn(&str) + Sync),
    ) -> Result<BuildOutput, CompileError> {
        let start = Instant::now();
        let target_dir = target_dir.to_owned();
        let mut cmd = Command::new(&host.cargo);
        cmd.current_dir(&self.dir).args([
            "rustc",
            "--lib",
            "--crate-type",
            "cdylib",
            "--release",
            "--message-format=json",
            "--manifest-path",
        ]);
        cmd.arg(self.dir.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&target_dir);
        if self.profile == BuildProfile::Edit {
            cmd.args(["--config", "profile.release.incremental=true"]);
            match route {
                // No ThinLTO pass over the codegen units, which an
                // incremental build repeats on every save (0.15 s of 0.5 s
                // for the sample kernels).
                CompileRoute::Cpu => cmd.args(["--config", "profile.release.lto=\"off\""]),
                // One codegen unit: LLVM inlines across the whole crate, as
                // the lowering needs (a thread-index closure left outlined
                // in another unit is refused), and the PTX linker sees the
                // same code as in a release build.
                CompileRoute::Nvptx { .. } | CompileRoute::Wasm => {
                    cmd.args(["--config", "profile.release.codegen-units=1"])
                }
            };
        }
        scrub_env(&mut cmd);
        let gpu = |route: &str| {
            kernel.ok_or_else(|| CompileError::ToolchainMissing {
                what: format!("a kernel toolchain for the {route} route"),
                tried: vec![],
                install: crate::toolchain::INSTALL_KERNEL_TOOLCHAIN.into(),
            })
        };
        let expected_ext = match route {
            CompileRoute::Cpu => std::env::consts::DLL_EXTENSION,
            CompileRoute::Nvptx { arch } => {
                let tc = gpu("nvptx")?;
                std::fs::create_dir_all(&target_dir).map_err(|e| io_error(&target_dir, e))?;
                let script = target_dir.join("ptx-link.sh");
                let text = PTX_LINK_SCRIPT.replace("@LLVM_BIN@", &tc.llvm_bin.display().to_string());
                if std::fs::read_to_string(&script).ok().as_deref() != Some(text.as_str()) {
                    std::fs::write(&script, text).map_err(|e| io_error(&script, e))?;
                    set_executable(&script)?;
                }
                // The target CPU applies to every crate (core and the
                // dependencies too), so that `cfg(target_feature = "sm_90a")`
                // holds in a library such as everygpu-kernel as well.
                cmd.env("RUSTC", &tc.rustc)
                    .env("RUSTC_BOOTSTRAP", "1")
                    .args(["--target", "nvptx64-nvidia-cuda", "-Zbuild-std=core", "--config"])
                    .arg(format!(
                        "target.nvptx64-nvidia-cuda.rustflags=[\"-Ctarget-cpu={arch}\"]"
                    ))
                    .arg("--")
                    .arg(format!("-Clinker={}", script.display()))
                    .arg("-Zcrate-attr=feature(abi_ptx)");
                // `#[kernel]` writes each entry's launch bounds with
                // `global_asm!`, which is unstable on nvptx: the crate gets the
                // feature unless its root enables it already (as a crate with
                // inline PTX of its own does; enabling it twice is an error).
                if !enables_feature(&self.dir.join("src/lib.rs"), "asm_experimental_arch") {
                    cmd.arg("-Zcrate-attr=feature(asm_experimental_arch)");
                }
                "ptx"
            }
            CompileRoute::Wasm => {
                let tc = gpu("wasm")?;
                cmd.env("RUSTC", &tc.rustc)
                    .env("RUSTC_BOOTSTRAP", "1")
                    .args(["--target", "wasm32-unknown-unknown", "-Zbuild-std=core", "--config"])
                    .arg(format!(
                        "target.wasm32-unknown-unknown.linker=\"{}\"",
                        tc.llvm_bin.join("wasm-ld").display()
                    ))
                    .args(["--", "-Cpanic=abort"]);
                "wasm"
            }
        };
        let out = cargo::run_watched(cmd, &self.dir, on_line)?;
        let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
            out.diagnostics.into_iter().partition(|d| d.is_error());
        if !out.success {
            if errors.is_empty() {
                return Err(CompileError::Tool {
                    tool: format!("cargo ({} route)", route.label()),
                    message: last_lines(&out.stderr, 30),
                });
            }
            return Err(CompileError::Diagnostics {
                route: route.label(),
                diagnostics: errors.into_iter().chain(warnings).collect(),
            });
        }
        let path = out
            .artifacts
            .iter()
            .find(|p| p.extension().is_some_and(|e| e == expected_ext))
            .cloned()
            .ok_or_else(|| CompileError::Tool {
                tool: format!("cargo ({} route)", route.label()),
                message: format!("no .{expected_ext} artifact among {:?}", out.artifacts),
            })?;
        let validation = match route {
            CompileRoute::Nvptx { arch } => {
                let tc = gpu("nvptx")?;
                let text = std::fs::read_to_string(&path).map_err(|e| io_error(&path, e))?;
                ptx_is_self_contained(&text).map_err(|message| CompileError::Tool {
                    tool: format!("ptx-link ({} route)", route.label()),
                    message,
                })?;
                let bounded = crate::launch_bounds::apply(&text);
                if bounded != text {
                    std::fs::write(&path, bounded).map_err(|e| io_error(&path, e))?;
                }
                Some(ptxas::check(&tc.ptxas, &path, arch, &route.label())?)
            }
            CompileRoute::Cpu | CompileRoute::Wasm => None,
        };
        Ok(BuildOutput {
            route: route.clone(),
            path,
            warnings,
            duration: start.elapsed(),
            validation,
        })
    }
}

fn scrub_env(cmd: &mut Command) {
    for v in CARGO_ENV_NOISE {
        cmd.env_remove(v);
    }
    cmd.env("CARGO_TERM_COLOR", "never");
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

fn last_lines(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
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
    fn each_nvptx_architecture_has_its_own_target_dir() {
        let k = KernelCrate {
            dir: PathBuf::from("/k"),
            package: "k".into(),
            lib_name: "k".into(),
            profile: BuildProfile::Release,
        };
        let dir = |arch: &str| k.target_dir(&CompileRoute::Nvptx { arch: arch.into() });
        assert_ne!(dir("sm_80"), dir("sm_90"));
        assert_eq!(dir("sm_90").file_name(), Some("nvptx-sm_90".as_ref()));
        assert_ne!(k.target_dir(&CompileRoute::Wasm), k.target_dir(&CompileRoute::Cpu));
        let edit = KernelCrate {
            profile: BuildProfile::Edit,
            ..k.clone()
        };
        assert_ne!(edit.target_dir(&CompileRoute::Cpu), k.target_dir(&CompileRoute::Cpu));
    }

    #[test]
    fn crates_of_one_name_never_share_a_shared_target_dir() {
        let at = |dir: &str| KernelCrate {
            dir: PathBuf::from(dir),
            package: "k".into(),
            lib_name: "k".into(),
            profile: BuildProfile::Release,
        };
        let (a, b) = (at("/one/k"), at("/two/k"));
        assert_ne!(a.folder_name(), b.folder_name());
        assert!(a.folder_name().starts_with("k-"), "{}", a.folder_name());
        assert_eq!(a.folder_name(), at("/one/k").folder_name(), "stable");
    }

    #[test]
    fn only_the_shared_window_may_be_extern() {
        assert!(ptx_is_self_contained(".extern .shared .align 16 .b8 everygpu_dyn_smem[];\n").is_ok());
        let err = ptx_is_self_contained(".extern .func foo\n(\n);").expect_err("extern function");
        assert!(err.contains(".extern .func foo"), "{err}");
    }
}
