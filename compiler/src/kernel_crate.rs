//! The kernel crate on disk and its build along one [`crate::route::Route`]: cargo with
//! the route's arguments, in the route's own target directory.

use crate::cargo::{self, Diagnostic};
use crate::ptxas::PtxValidation;
use crate::route::{CompileRoute, RouteBuild};
use crate::toolchain::{HostToolchain, KernelToolchain};
use crate::CompileError;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

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
    /// LLVM inlines across the crate as the lowering needs, and link a `core`
    /// built once (`crate::route::sysroot`). It keeps target directories of its own.
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
    /// The kernels that get entry points, when a build wants only some
    /// ([`KernelCrate::selecting`]); `None`: every kernel.
    pub kernels: Option<BTreeSet<String>>,
    /// Whether the crate's workspace (the crate itself, when it is its own)
    /// sets a cargo profile, which the GPU routes' build of `core` follows.
    pub sets_profile: bool,
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
        crate::cargo::scrub_env(&mut cmd);
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
        let sets_profile = meta["workspace_root"]
            .as_str()
            .and_then(|root| std::fs::read_to_string(Path::new(root).join("Cargo.toml")).ok())
            .is_none_or(|text| crate::route::sysroot::sets_profile(&text));
        Ok(KernelCrate {
            package: package["name"].as_str().unwrap_or_default().to_string(),
            lib_name: lib["name"].as_str().unwrap_or_default().replace('-', "_"),
            dir,
            profile: BuildProfile::Release,
            kernels: None,
            sets_profile,
        })
    }

    /// The crate built with entry points for `kernels` only (or for every
    /// kernel, with `None`): `#[kernel]` leaves out the others' entries
    /// (`--cfg everygpu_select`), so a route compiles and optimizes only the
    /// code those kernels reach. The edit loop builds the kernels of the case
    /// on screen this way first. Such builds share the target directory and
    /// the dependencies' builds of the whole crate's, but keep an incremental
    /// cache of their own.
    pub fn selecting(&self, kernels: Option<BTreeSet<String>>) -> KernelCrate {
        KernelCrate {
            kernels,
            ..self.clone()
        }
    }

    /// The folder where route `route` keeps its cargo target directory:
    /// `target/everygpu/<route>` in the crate, or
    /// `$EVERYGPU_TARGET_DIR/<package>-<hash of the crate's path>/<route>`
    /// when that is set (a folder several crates share, e.g. in tests): two
    /// crates never share build outputs, even with the same package name.
    /// `<route>` is [`crate::route::Route::label`], which carries the nvptx
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
    /// (`Compiling ...`, build scripts' output) to `on_line` as it comes, and
    /// stopped ([`CompileError::Stopped`]) as soon as `stop` says so.
    pub fn build_watched(
        &self,
        route: &CompileRoute,
        host: &HostToolchain,
        kernel: Option<&KernelToolchain>,
        on_line: &(dyn Fn(&str) + Sync),
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Result<BuildOutput, CompileError> {
        self.build_in_watched(route, host, kernel, &self.target_dir(route), on_line, stop)
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
        self.build_in_watched(route, host, kernel, target_dir, &|_| {}, &|| false)
    }

    fn build_in_watched(
        &self,
        route: &CompileRoute,
        host: &HostToolchain,
        kernel: Option<&KernelToolchain>,
        target_dir: &Path,
        on_line: &(dyn Fn(&str) + Sync),
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Result<BuildOutput, CompileError> {
        let start = Instant::now();
        let compile_route = route;
        let route = compile_route.route();
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
        cmd.arg(self.dir.join("Cargo.toml")).arg("--target-dir").arg(target_dir);
        if self.profile == BuildProfile::Edit {
            cmd.args(["--config", "profile.release.incremental=true"])
                .args(["--config", route.edit_config()]);
        }
        crate::cargo::scrub_env(&mut cmd);
        let build = RouteBuild {
            krate: self,
            target_dir,
            kernel,
            on_line,
            stop,
        };
        route.configure(&mut cmd, &build)?;
        if let Some(kernels) = &self.kernels {
            // rustc's own flags, after the route's (which may have begun them).
            if !cmd.get_args().any(|a| a == "--") {
                cmd.arg("--");
            }
            // Metadata of their own give these builds a crate identity, and
            // so an incremental cache, of their own: the crate's cfgs differ
            // from a whole build's, and alternating between the two would
            // otherwise start each from nothing. The dependencies' builds are
            // shared.
            cmd.args(["-C", "metadata=everygpu-select", "--cfg", "everygpu_select"]);
            for k in kernels {
                cmd.arg("--cfg").arg(format!("everygpu_kernel={k:?}"));
            }
        }
        let expected_ext = route.artifact_extension();
        let out = cargo::run_watched(cmd, &self.dir, on_line, stop)?;
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
        let validation = route.finish(&path, &build)?;
        Ok(BuildOutput {
            route: compile_route.clone(),
            path,
            warnings,
            duration: start.elapsed(),
            validation,
        })
    }
}

fn last_lines(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
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
            kernels: None,
            sets_profile: false,
        };
        let dir = |arch: &str| k.target_dir(&CompileRoute::nvptx(arch.parse().expect("a PTX architecture")));
        assert_ne!(dir("sm_80"), dir("sm_90"));
        assert_eq!(dir("sm_90").file_name(), Some("nvptx-sm_90".as_ref()));
        assert_ne!(k.target_dir(&CompileRoute::wasm()), k.target_dir(&CompileRoute::Cpu));
        let edit = KernelCrate {
            profile: BuildProfile::Edit,
            ..k.clone()
        };
        assert_ne!(edit.target_dir(&CompileRoute::Cpu), k.target_dir(&CompileRoute::Cpu));
        let some = edit.selecting(Some(["saxpy".to_string()].into()));
        assert_eq!(
            some.target_dir(&CompileRoute::Cpu),
            edit.target_dir(&CompileRoute::Cpu),
            "a selection shares the dependencies' builds"
        );
    }

    #[test]
    fn crates_of_one_name_never_share_a_shared_target_dir() {
        let at = |dir: &str| KernelCrate {
            dir: PathBuf::from(dir),
            package: "k".into(),
            lib_name: "k".into(),
            profile: BuildProfile::Release,
            kernels: None,
            sets_profile: false,
        };
        let (a, b) = (at("/one/k"), at("/two/k"));
        assert_ne!(a.folder_name(), b.folder_name());
        assert!(a.folder_name().starts_with("k-"), "{}", a.folder_name());
        assert_eq!(a.folder_name(), at("/one/k").folder_name(), "stable");
    }
}
