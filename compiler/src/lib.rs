//! everygpu's compile routes: from one kernel crate to an artifact per route,
//! always with the real rustc.
//!
//! - [`toolchain`]: finds the host toolchain (builds the CPU route) and the
//!   kernel toolchain (a rustc with `rust-src` and LLVM tools for the GPU
//!   targets), or says exactly what is missing and how to install it;
//! - [`cargo`]: runs cargo with `--message-format=json` and parses rustc's
//!   diagnostics into [`Diagnostic`]s (file:line:col, message, source line);
//! - [`route`]: the routes, one file each behind the [`route::Route`] trait,
//!   and their registry [`CompileRoute`]; each route has its own target
//!   directory, so routes never invalidate each other;
//! - [`kernel_crate`]: the kernel crate ([`KernelCrate`]) and its build along
//!   one route;
//! - [`ptxas`]: validates the nvptx route's PTX with NVIDIA's ptxas when it
//!   is installed, and says so when it is not;
//! - [`shader`]: the wasm route's lowering (`everygpu-wasm-naga`) and the
//!   shading languages written from its validated naga modules.

pub mod cargo;
pub mod kernel_crate;
pub mod launch_bounds;
pub mod ptxas;
pub mod route;
pub mod shader;
pub mod toolchain;

pub use cargo::Diagnostic;
pub use kernel_crate::{BuildOutput, BuildProfile, KernelCrate};
pub use ptxas::{PtxValidation, PtxasDiscovery};
pub use route::CompileRoute;
pub use toolchain::{HostToolchain, KernelToolchain};

use std::path::PathBuf;

/// Why a build did not produce an artifact.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CompileError {
    /// The build was stopped before it ended: its result was no longer
    /// wanted (a newer save, a cancel).
    #[error("the build was stopped")]
    Stopped,
    /// The crate path does not exist.
    #[error("{path}: no such file or directory")]
    NoSuchPath {
        /// The path given.
        path: PathBuf,
    },
    /// The path exists but cannot be opened (a symlink loop, no permission).
    #[error("{path}: {reason}")]
    Unreadable {
        /// The path given.
        path: PathBuf,
        /// Why it cannot be opened.
        reason: std::io::Error,
    },
    /// The path is not a Cargo package.
    #[error("{path}: not a Cargo crate (no Cargo.toml)")]
    NotACrate {
        /// The path given.
        path: PathBuf,
    },
    /// The Cargo.toml could not be read or has no library.
    #[error("{path}: {message}")]
    BadManifest {
        /// The Cargo.toml.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// rustc reported errors.
    #[error("{route} build failed:\n{}", render_diagnostics(diagnostics))]
    Diagnostics {
        /// The route that failed.
        route: String,
        /// Every error and warning rustc reported.
        diagnostics: Vec<Diagnostic>,
    },
    /// A required tool is missing.
    #[error("{what} not found. Tried: {}.\nInstall it with: {install}", tried.join(", "))]
    ToolchainMissing {
        /// What was looked for.
        what: String,
        /// Where it was looked for.
        tried: Vec<String>,
        /// The command that installs it.
        install: String,
    },
    /// A tool could not be run or failed without diagnostics.
    #[error("{tool} failed: {message}")]
    Tool {
        /// The tool.
        tool: String,
        /// Its output or the OS error.
        message: String,
    },
    /// ptxas refused the PTX of the nvptx route: a GPU would refuse it too.
    #[error("{0}")]
    Ptxas(Box<ptxas::PtxasRefusal>),
    /// The wasm→naga lowering refused the module as a whole.
    #[error("{0}")]
    Lowering(String),
}

fn render_diagnostics(diags: &[Diagnostic]) -> String {
    let errors: Vec<String> = diags.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    if errors.is_empty() {
        "cargo failed without reporting a rustc error".to_string()
    } else {
        errors.join("\n")
    }
}
