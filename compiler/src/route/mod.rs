//! The compile routes: one rustc target each, one file each, all behind the
//! [`Route`] trait.
//!
//! A route says how cargo builds a kernel crate for it (target, toolchain,
//! flags), which file of cargo's outputs is its artifact, and what it checks
//! after a build (the nvptx route runs ptxas); [`crate::KernelCrate::build`]
//! does the rest, the same for every route. A build output travels by path
//! (to a worker process, or from a folder of prebuilt artifacts), and its
//! route turns it into the [`Artifact`] a backend loads ([`Route::artifact`]).
//! [`CompileRoute`] is the registry: every route there is, as a value the app
//! can keep, compare, send and key maps by.

mod cpu;
mod nvptx;
pub(crate) mod sysroot;
mod wasm;

pub use cpu::CpuRoute;
pub use nvptx::{ptx_is_self_contained, NvptxRoute};
pub use wasm::WasmRoute;

use crate::ptxas::PtxValidation;
use crate::toolchain::KernelToolchain;
use crate::{BuildProfile, CompileError, KernelCrate};
use everygpu_backend::{Artifact, ArtifactKind, DeviceInfo, LowerOptions, Manifest, PtxArch};
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

    /// The file name of the artifact of crate `lib_name` among prebuilt
    /// artifacts (`everygpu emit --route all` writes them, `run --artifacts`
    /// reads them): `libk.so`, `k.sm_90a.ptx`, `k.wasm`.
    fn shipped_name(&self, lib_name: &str) -> String;

    /// The artifact backends load, from the file at `path` that a build of
    /// this route produced: read, checked, and on the wasm route lowered
    /// against `manifest` with the backend's `options`. The error names the
    /// file or what is wrong with it.
    fn artifact(&self, path: &Path, manifest: &Manifest, options: LowerOptions) -> Result<Artifact, String>;
}

/// What a [`Route`] is given for one build.
#[derive(Clone, Copy)]
pub struct RouteBuild<'a> {
    /// The crate being built.
    pub krate: &'a KernelCrate,
    /// The route's cargo target directory.
    pub target_dir: &'a Path,
    /// The kernel toolchain, where one was found.
    pub kernel: Option<&'a KernelToolchain>,
    /// Takes each line cargo prints on stderr, of the build and of what it
    /// needs first (the edit profile's `core`).
    pub on_line: &'a (dyn Fn(&str) + Sync),
    /// Says when a newer build supersedes this one.
    pub stop: &'a (dyn Fn() -> bool + Sync),
}

impl fmt::Debug for RouteBuild<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RouteBuild")
            .field("krate", &self.krate)
            .field("target_dir", &self.target_dir)
            .field("kernel", &self.kernel)
            .finish_non_exhaustive()
    }
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

    /// Adds to `cmd` (a cargo of the kernel toolchain `tc` for `target`,
    /// every crate of which gets `rustflags`) how `core` is found: the edit
    /// profile's prebuilt sysroot where it applies (see [`crate::route::sysroot`]),
    /// else built from source with the crate (`-Zbuild-std=core`).
    pub fn core(
        &self,
        cmd: &mut Command,
        tc: &KernelToolchain,
        route: &dyn Route,
        target: &str,
        rustflags: &[String],
    ) -> Result<(), CompileError> {
        let core = crate::route::sysroot::CoreBuild {
            target,
            rustflags,
            config: route.edit_config(),
        };
        let sysroot = match self.krate.profile {
            BuildProfile::Edit if !self.krate.sets_profile => {
                let cargo = Path::new(cmd.get_program());
                match crate::route::sysroot::prepare(cargo, tc, &core, self) {
                    Ok(dir) => Some(dir),
                    Err(CompileError::Stopped) => return Err(CompileError::Stopped),
                    // The crate's own build of `core` reports why.
                    Err(_) => None,
                }
            }
            _ => None,
        };
        let mut flags = rustflags.to_vec();
        match sysroot {
            Some(dir) => flags.extend(["--sysroot".to_string(), dir.display().to_string()]),
            None => {
                cmd.arg("-Zbuild-std=core");
            }
        }
        if !flags.is_empty() {
            cmd.arg("--config")
                .arg(crate::route::sysroot::target_rustflags(target, &flags));
        }
        Ok(())
    }
}

/// Every compile route, as a value: what a build is asked for and what a
/// [`crate::BuildOutput`] says it built.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum CompileRoute {
    /// The host toolchain builds a cdylib: kernels, cases, CPU executor.
    Cpu,
    /// The same cdylib instrumented for the reference's race checker.
    CpuRaceCheck,
    /// The kernel toolchain builds self-contained PTX for one architecture.
    Nvptx(NvptxRoute),
    /// The kernel toolchain builds wasm32 for the wasm→naga lowering.
    Wasm(WasmRoute),
}

impl CompileRoute {
    /// The nvptx route for `arch`.
    pub fn nvptx(arch: PtxArch) -> CompileRoute {
        CompileRoute::Nvptx(NvptxRoute {
            arch,
            line_tables: false,
        })
    }

    /// The wasm route.
    pub const fn wasm() -> CompileRoute {
        CompileRoute::Wasm(WasmRoute { line_tables: false })
    }

    /// The wasm route with line tables, for the code view (see
    /// [`WasmRoute::line_tables`]).
    pub const fn wasm_with_line_tables() -> CompileRoute {
        CompileRoute::Wasm(WasmRoute { line_tables: true })
    }

    /// The nvptx route for `arch` with line tables, for reading, not
    /// running (see [`NvptxRoute::line_tables`]).
    pub fn nvptx_with_line_tables(arch: PtxArch) -> CompileRoute {
        CompileRoute::Nvptx(NvptxRoute {
            arch,
            line_tables: true,
        })
    }

    /// The route that builds what a backend of route `route` on `device`
    /// runs: the nvptx route for the device's architecture, `sm_80` where
    /// it names none.
    pub fn for_backend(route: everygpu_backend::Route, device: &DeviceInfo) -> CompileRoute {
        match route {
            everygpu_backend::Route::Cpu => CompileRoute::Cpu,
            everygpu_backend::Route::Nvptx => {
                CompileRoute::nvptx(device.ptx_arch().unwrap_or(PtxArch::new(8, 0, false)))
            }
            everygpu_backend::Route::Wasm => CompileRoute::wasm(),
        }
    }

    /// The route named `name` on the command line (`cpu`, `nvptx` or `ptx`
    /// for `arch`, `wasm`), if it is one.
    pub fn from_name(name: &str, arch: PtxArch) -> Option<CompileRoute> {
        match name {
            "cpu" => Some(CompileRoute::Cpu),
            "nvptx" | "ptx" => Some(CompileRoute::nvptx(arch)),
            "wasm" => Some(CompileRoute::wasm()),
            _ => None,
        }
    }

    /// The route itself.
    pub fn route(&self) -> &dyn Route {
        match self {
            CompileRoute::Cpu => &CpuRoute { race_check: false },
            CompileRoute::CpuRaceCheck => &CpuRoute { race_check: true },
            CompileRoute::Nvptx(nvptx) => nvptx,
            CompileRoute::Wasm(wasm) => wasm,
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
        let routes = [CompileRoute::Cpu, nvptx, CompileRoute::wasm()];
        let labels: Vec<String> = routes.iter().map(CompileRoute::label).collect();
        assert_eq!(labels, ["cpu", "nvptx-sm_90a", "wasm"]);
        let kinds: Vec<ArtifactKind> = routes.iter().map(|r| r.route().artifact_kind()).collect();
        assert_eq!(
            kinds,
            [ArtifactKind::HostLibrary, ArtifactKind::Ptx, ArtifactKind::Shader]
        );
        let names: Vec<&str> = kinds.iter().map(|k| k.route().name()).collect();
        assert_eq!(names, ["cpu", "nvptx", "wasm"], "the backends' routes");
        for (route, name) in routes.iter().zip(names) {
            assert_eq!(
                CompileRoute::from_name(name, PtxArch::new(9, 0, true)).as_ref(),
                Some(route)
            );
            assert_eq!(route.route().name(), name);
        }
        let shipped: Vec<String> = routes.iter().map(|r| r.route().shipped_name("k")).collect();
        let library = format!("{}k.{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_EXTENSION);
        assert_eq!(shipped, [library.as_str(), "k.sm_90a.ptx", "k.wasm"]);
    }

    #[test]
    fn a_backend_gets_the_route_of_its_device() {
        let mut device = DeviceInfo::default();
        let nvptx = |device: &DeviceInfo| CompileRoute::for_backend(everygpu_backend::Route::Nvptx, device);
        assert_eq!(nvptx(&device).label(), "nvptx-sm_80", "the default");
        device
            .details
            .push((DeviceInfo::PTX_ARCH_DETAIL.into(), "sm_90a".into()));
        assert_eq!(nvptx(&device).label(), "nvptx-sm_90a");
        let wasm = CompileRoute::for_backend(everygpu_backend::Route::Wasm, &device);
        assert_eq!(wasm, CompileRoute::wasm());
    }
}
