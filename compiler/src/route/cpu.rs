//! The CPU route: the host toolchain builds the crate as a cdylib (kernels,
//! cases, CPU executor), which the CPU backends and the reference load.
//!
//! Its race-check build is the same library instrumented for the reference's
//! race checker (`everygpu_kernel::host::races`): LLVM's ThreadSanitizer
//! instrumentation (`-Zsanitizer=thread`, through `RUSTC_BOOTSTRAP` as the
//! GPU routes' `-Zbuild-std` is), `--cfg everygpu_race_check` for the
//! checker, and line tables that name the call sites of races. It builds
//! for an explicit `--target`, so that the flags reach the crate and its
//! dependencies but not its build scripts and proc macros.

use super::{Route, RouteBuild};
use crate::CompileError;
use everygpu_backend::{Artifact, ArtifactKind, LowerOptions, Manifest};
use std::path::Path;
use std::process::Command;

/// The CPU route.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CpuRoute {
    /// The race-check build (see the module documentation).
    pub race_check: bool,
}

/// The rustc flags of the race-check build.
const RACE_CHECK_FLAGS: [&str; 4] = [
    "-Zsanitizer=thread",
    // `core` and `std` come prebuilt, without the instrumentation: the
    // checker sees the kernel crate's accesses, which is what it checks.
    "-Cunsafe-allow-abi-mismatch=sanitizer",
    "--cfg",
    "everygpu_race_check",
];

impl Route for CpuRoute {
    fn name(&self) -> &'static str {
        "cpu"
    }

    fn label(&self) -> String {
        match self.race_check {
            true => "cpu-races".into(),
            false => "cpu".into(),
        }
    }

    fn artifact_kind(&self) -> ArtifactKind {
        ArtifactKind::HostLibrary
    }

    fn edit_config(&self) -> &'static str {
        // No ThinLTO pass over the codegen units, which an incremental build
        // repeats on every save (0.15 s of 0.5 s for the sample kernels).
        "profile.release.lto=\"off\""
    }

    fn configure(&self, cmd: &mut Command, _build: &RouteBuild<'_>) -> Result<(), CompileError> {
        // The host toolchain's cargo builds for the host as it is.
        if self.race_check {
            cmd.args(["--target", "host-tuple"])
                // Line tables, kept through the link (a release build strips
                // what it does not ask for).
                .args(["--config", "profile.release.debug=\"line-tables-only\""])
                .args(["--config", "profile.release.strip=\"none\""])
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_ENCODED_RUSTFLAGS", RACE_CHECK_FLAGS.join("\x1f"));
        }
        Ok(())
    }

    fn artifact_extension(&self) -> &'static str {
        std::env::consts::DLL_EXTENSION
    }

    fn shipped_name(&self, lib_name: &str) -> String {
        let races = if self.race_check { ".races" } else { "" };
        format!(
            "{}{lib_name}{races}.{}",
            std::env::consts::DLL_PREFIX,
            std::env::consts::DLL_EXTENSION
        )
    }

    fn artifact(&self, path: &Path, _manifest: &Manifest, _options: LowerOptions) -> Result<Artifact, String> {
        // The backends load the library themselves (a copy each).
        Ok(Artifact::CpuLibrary { path: path.to_owned() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::CompileRoute;

    #[test]
    fn the_race_check_build_is_a_host_library_of_its_own() {
        let route = CompileRoute::CpuRaceCheck;
        assert_eq!(route.label(), "cpu-races", "its own target directory");
        assert_eq!(route.route().artifact_kind(), ArtifactKind::HostLibrary);
        let dll = |name: &str| {
            format!(
                "{}{name}.{}",
                std::env::consts::DLL_PREFIX,
                std::env::consts::DLL_EXTENSION
            )
        };
        assert_eq!(route.route().shipped_name("k"), dll("k.races"));
        assert_eq!(CompileRoute::Cpu.route().shipped_name("k"), dll("k"));
    }

    #[test]
    fn only_the_race_check_build_is_instrumented_and_for_an_explicit_target() {
        let args_and_env = |route: CpuRoute| {
            let mut cmd = Command::new("cargo");
            let krate = crate::KernelCrate {
                dir: std::path::PathBuf::from("/k"),
                package: "k".into(),
                lib_name: "k".into(),
                profile: crate::BuildProfile::Release,
                kernels: None,
                sets_profile: false,
            };
            let build = RouteBuild {
                krate: &krate,
                target_dir: Path::new("/t"),
                kernel: None,
                on_line: &|_| {},
                stop: &|| false,
            };
            route.configure(&mut cmd, &build).expect("configures");
            let args: Vec<String> = cmd.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
            let env: Vec<(String, String)> = cmd
                .get_envs()
                .filter_map(|(k, v)| Some((k.to_string_lossy().into_owned(), v?.to_string_lossy().into_owned())))
                .collect();
            (args, env)
        };
        assert_eq!(args_and_env(CpuRoute { race_check: false }), (vec![], vec![]));
        let (args, env) = args_and_env(CpuRoute { race_check: true });
        assert_eq!(
            &args[..2],
            ["--target", "host-tuple"],
            "the flags reach no build script or proc macro"
        );
        assert!(args.contains(&"profile.release.strip=\"none\"".to_string()), "{args:?}");
        let flags = env
            .iter()
            .find(|(k, _)| k == "CARGO_ENCODED_RUSTFLAGS")
            .map(|(_, v)| v.split('\x1f').collect::<Vec<_>>())
            .expect("rustflags");
        assert_eq!(
            flags,
            [
                "-Zsanitizer=thread",
                "-Cunsafe-allow-abi-mismatch=sanitizer",
                "--cfg",
                "everygpu_race_check"
            ]
        );
        assert!(env.contains(&("RUSTC_BOOTSTRAP".into(), "1".into())));
    }
}
