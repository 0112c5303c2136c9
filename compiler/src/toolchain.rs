//! Finding the toolchains.
//!
//! - The **host toolchain** is the cargo that builds everygpu itself (rustup's
//!   stable): it builds the CPU route and drives every other route.
//! - The **kernel toolchain** is a rustc that has `rust-src` (for
//!   `-Zbuild-std=core`) and LLVM tools (`llvm-link`, `opt`, `llc`, `llvm-ar`,
//!   `wasm-ld`): Debian's `rustc-web` + `rust-web-src` + `llvm-22` + `lld-22`, a
//!   rustup toolchain with `rust-src`, or whatever `EVERYGPU_KERNEL_RUSTC` and
//!   `EVERYGPU_LLVM_BIN` name. NVIDIA's `ptxas`, optional, validates the
//!   nvptx route's PTX when present (`EVERYGPU_PTXAS`, see [`crate::ptxas`]).

use crate::ptxas::PtxasDiscovery;
use crate::CompileError;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The command that installs the kernel toolchain on Debian 12.
pub const INSTALL_KERNEL_TOOLCHAIN: &str = "apt-get install -y rustc-web rust-web-src llvm-22 lld-22";

/// LLVM tools the GPU routes call.
pub const LLVM_TOOLS: [&str; 6] = ["llvm-link", "opt", "llvm-dis", "llc", "llvm-ar", "wasm-ld"];

/// The cargo that drives every route.
#[derive(Clone, Debug)]
pub struct HostToolchain {
    /// The cargo executable.
    pub cargo: PathBuf,
}

impl HostToolchain {
    /// `$CARGO` when set (cargo sets it for the processes it runs), else
    /// `cargo` from `PATH`.
    pub fn discover() -> Result<HostToolchain, CompileError> {
        let cargo = std::env::var_os("CARGO")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("cargo"));
        match Command::new(&cargo).arg("--version").output() {
            Ok(o) if o.status.success() => Ok(HostToolchain { cargo }),
            _ => Err(CompileError::ToolchainMissing {
                what: "cargo (the host Rust toolchain)".into(),
                tried: vec![cargo.display().to_string()],
                install: "curl https://sh.rustup.rs -sSf | sh -s -- -y".into(),
            }),
        }
    }
}

/// The rustc and LLVM tools of the GPU routes.
#[derive(Clone, Debug)]
pub struct KernelToolchain {
    /// The rustc executable (called by absolute path, as `RUSTC`).
    pub rustc: PathBuf,
    /// `rustc --version`.
    pub version: String,
    /// Folder holding the LLVM tools.
    pub llvm_bin: PathBuf,
    /// NVIDIA's ptxas, which validates the nvptx route's PTX when found.
    pub ptxas: PtxasDiscovery,
}

impl KernelToolchain {
    /// Finds a rustc with `rust-src` and the LLVM tools, or explains what is
    /// missing and how to install it; looks for ptxas too (optional).
    pub fn discover() -> Result<KernelToolchain, CompileError> {
        let mut tried = Vec::new();
        let candidates: Vec<PathBuf> = match std::env::var_os("EVERYGPU_KERNEL_RUSTC") {
            // An explicit choice is the only candidate.
            Some(p) => vec![PathBuf::from(p)],
            None => {
                let mut c = vec![PathBuf::from("/usr/bin/rustc")];
                let rustup = std::env::var_os("RUSTUP_HOME")
                    .map(PathBuf::from)
                    .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".rustup")));
                if let Some(Ok(dir)) = rustup.map(|home| std::fs::read_dir(home.join("toolchains"))) {
                    let mut tcs: Vec<PathBuf> =
                        dir.filter_map(|e| e.ok()).map(|e| e.path().join("bin/rustc")).collect();
                    tcs.sort();
                    c.extend(tcs);
                }
                c
            }
        };
        let mut found = None;
        for rustc in candidates {
            match check_rustc(&rustc) {
                Ok(version) => {
                    found = Some((rustc, version));
                    break;
                }
                Err(why) => tried.push(format!("{} ({why})", rustc.display())),
            }
        }
        let Some((rustc, version)) = found else {
            return Err(CompileError::ToolchainMissing {
                what: "a kernel toolchain (rustc with rust-src)".into(),
                tried,
                install: INSTALL_KERNEL_TOOLCHAIN.into(),
            });
        };
        let mut llvm_candidates = Vec::new();
        match std::env::var_os("EVERYGPU_LLVM_BIN") {
            Some(p) => llvm_candidates.push(PathBuf::from(p)),
            None => llvm_candidates.push(PathBuf::from("/usr/lib/llvm-22/bin")),
        }
        let mut llvm_tried = Vec::new();
        for dir in llvm_candidates {
            let missing: Vec<&str> = LLVM_TOOLS.iter().copied().filter(|t| !dir.join(t).exists()).collect();
            if missing.is_empty() {
                return Ok(KernelToolchain {
                    rustc,
                    version,
                    llvm_bin: dir,
                    ptxas: PtxasDiscovery::discover(),
                });
            }
            llvm_tried.push(format!("{} (missing {})", dir.display(), missing.join(", ")));
        }
        Err(CompileError::ToolchainMissing {
            what: "LLVM tools for the GPU routes".into(),
            tried: llvm_tried,
            install: INSTALL_KERNEL_TOOLCHAIN.into(),
        })
    }
}

/// Returns the version of a rustc that has rust-src, or why not.
fn check_rustc(rustc: &Path) -> Result<String, String> {
    if !rustc.exists() {
        return Err("not found".into());
    }
    let out = Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err("`--print sysroot` failed".into());
    }
    let sysroot = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if !sysroot.join("lib/rustlib/src/rust/library/core/Cargo.toml").exists() {
        return Err("no rust-src".into());
    }
    let v = Command::new(rustc)
        .arg("--version")
        .output()
        .map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&v.stdout).trim().to_string())
}
