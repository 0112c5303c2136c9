//! `core` prebuilt for the kernel toolchain's targets, for the edit loop.
//!
//! The GPU routes build `core` from source (`-Zbuild-std=core`): the kernel
//! toolchain ships no `core` for wasm32 or nvptx64. Cargo then checks the
//! standard library's sources and lock file on every build, about 70 ms of
//! a save's 0.17 s wasm build of a one-kernel crate on two cores. The edit
//! profile instead builds `core` (and `compiler_builtins`) once per
//! toolchain, target and flags, into a sysroot folder of the route's target
//! directory, and passes `--sysroot` to every crate of the target.
//!
//! Only where `core`'s build would not change: the sysroot's crate has
//! cargo's default release profile with the edit profile's settings, so a
//! kernel crate (or its workspace) with a profile of its own keeps
//! `-Zbuild-std`. Release builds (`run`, `bench`, `emit`) always do.

use super::RouteBuild;
use crate::toolchain::KernelToolchain;
use crate::CompileError;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The file written last into a finished sysroot.
const STAMP: &str = "everygpu-sysroot";

/// How `core` is built for one target: what the sysroot's key is made of.
#[derive(Clone, Copy, Debug, Hash)]
pub(crate) struct CoreBuild<'a> {
    /// The rustc target triple.
    pub target: &'a str,
    /// Flags for every crate of the target.
    pub rustflags: &'a [String],
    /// The edit profile's `--config` for the route.
    pub config: &'a str,
}

/// The sysroot with `core` built for `core.target` in the target directory
/// of `build`: found, or built with `cargo` (the host's) and the kernel
/// toolchain `tc` under the guard of every build (its output to
/// `build.on_line`, ended when `build.stop` says so).
pub(crate) fn prepare(
    cargo: &Path,
    tc: &KernelToolchain,
    core: &CoreBuild<'_>,
    build: &RouteBuild<'_>,
) -> Result<PathBuf, CompileError> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (&tc.rustc, &tc.version, core).hash(&mut hasher);
    let base = build.target_dir.join("sysroot");
    let dir = base.join(format!("{:016x}", hasher.finish()));
    if dir.join(STAMP).is_file() {
        return Ok(dir);
    }
    let io = |path: &Path, e: std::io::Error| CompileError::Tool {
        tool: "the kernel toolchain's sysroot".into(),
        message: format!("{}: {e}", path.display()),
    };
    // A crate with nothing in it: its build is `core`'s.
    let krate = base.join("crate");
    std::fs::create_dir_all(&krate).map_err(|e| io(&krate, e))?;
    let manifest = krate.join("Cargo.toml");
    let text = "[package]\nname = \"everygpu-sysroot\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
                [lib]\npath = \"lib.rs\"\n\n[workspace]\n";
    std::fs::write(&manifest, text).map_err(|e| io(&manifest, e))?;
    std::fs::write(krate.join("lib.rs"), "#![no_std]\n").map_err(|e| io(&krate, e))?;
    // Bitcode in every rlib, as rustup's standard library has: a kernel
    // crate may link with LTO.
    let mut flags = core.rustflags.to_vec();
    flags.push("-Cembed-bitcode=yes".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&krate)
        .args([
            "build",
            "--lib",
            "--release",
            "--message-format=json",
            "--manifest-path",
        ])
        .arg(&manifest)
        .arg("--target-dir")
        .arg(base.join("target"))
        .args([
            "--target",
            core.target,
            "-Zbuild-std=core",
            "--config",
            core.config,
            "--config",
        ])
        .arg(target_rustflags(core.target, &flags));
    crate::cargo::scrub_env(&mut cmd);
    cmd.env("RUSTC", &tc.rustc).env("RUSTC_BOOTSTRAP", "1");
    let out = crate::cargo::run_watched(cmd, &krate, build.on_line, build.stop)?;
    if !out.success {
        return Err(CompileError::Tool {
            tool: format!("building core for {}", core.target),
            message: out.stderr,
        });
    }
    // The standard library's crates: every library but the sysroot crate.
    let rlibs: Vec<PathBuf> = out
        .artifacts
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "rlib"))
        .filter(|f| {
            f.file_name()
                .is_some_and(|n| !n.to_string_lossy().starts_with("libeverygpu_sysroot"))
        })
        .collect();
    if rlibs.iter().all(|r| !r.to_string_lossy().contains("libcore-")) {
        return Err(CompileError::Tool {
            tool: format!("building core for {}", core.target),
            message: "cargo reported no core library".into(),
        });
    }
    // Into a folder of its own first, renamed into place once complete:
    // another everygpu building the same sysroot finds it whole or not at
    // all, and what an everygpu that was killed meanwhile left is swept.
    everygpu_backend::process::sweep_stale_scratch_in(&base);
    let partial = base.join(format!(
        "{}sysroot",
        everygpu_backend::process::scratch_prefix(std::process::id())
    ));
    let lib = partial.join("lib/rustlib").join(core.target).join("lib");
    let filled = (|| {
        std::fs::create_dir_all(&lib).map_err(|e| io(&lib, e))?;
        for rlib in &rlibs {
            let name = rlib.file_name().unwrap_or_default();
            std::fs::copy(rlib, lib.join(name)).map_err(|e| io(rlib, e))?;
        }
        std::fs::write(partial.join(STAMP), "").map_err(|e| io(&partial, e))?;
        match std::fs::rename(&partial, &dir) {
            Err(_) if dir.join(STAMP).is_file() => Ok(()),
            other => other.map_err(|e| io(&dir, e)),
        }
    })();
    let _ = std::fs::remove_dir_all(&partial);
    filled?;
    Ok(dir)
}

/// `target.<target>.rustflags=[...]`, for `--config`.
pub(crate) fn target_rustflags(target: &str, flags: &[String]) -> String {
    let list: Vec<String> = flags.iter().map(|f| format!("{f:?}")).collect();
    format!("target.{target}.rustflags=[{}]", list.join(", "))
}

/// Whether a workspace root's manifest sets a cargo profile (which `core`'s
/// build would follow).
pub(crate) fn sets_profile(manifest: &str) -> bool {
    manifest.lines().any(|l| l.trim_start().starts_with("[profile"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rustflags_are_a_toml_list() {
        let flags = [
            "-Ctarget-cpu=sm_90a".to_string(),
            "--sysroot".into(),
            "/a b/\"q\"".into(),
        ];
        assert_eq!(
            target_rustflags("nvptx64-nvidia-cuda", &flags),
            r#"target.nvptx64-nvidia-cuda.rustflags=["-Ctarget-cpu=sm_90a", "--sysroot", "/a b/\"q\""]"#
        );
    }

    #[test]
    fn a_workspace_with_a_profile_keeps_building_core_itself() {
        assert!(!sets_profile("[package]\nname = \"k\"\n[dependencies]\n"));
        assert!(sets_profile("[workspace]\n\n[profile.release]\nlto = true\n"));
        assert!(sets_profile(
            "[package]\n  [profile.dev.package.\"*\"]\nopt-level = 1\n"
        ));
    }
}
