//! Validating the nvptx route's PTX with NVIDIA's `ptxas`, when it is installed.
//!
//! The CUDA driver compiles PTX when a module is loaded; `ptxas` is the same
//! assembler run ahead of time. After every nvptx build the route runs
//! `ptxas -arch=sm_XX -o <artifact>.cubin <artifact>.ptx`, so PTX that a GPU
//! would refuse fails at build time, as [`CompileError::Ptxas`] naming the
//! route, the architecture, the kernels ptxas points at and its log.
//!
//! ptxas comes with the CUDA toolkit, which machines without an NVIDIA GPU
//! rarely have: without it the route works as before and records
//! [`PtxValidation::Skipped`] (a note for the user, not an error).
//!
//! Where ptxas is looked for: `EVERYGPU_PTXAS` when set (a path, the only
//! candidate then; `off` switches validation off), else `ptxas` on `PATH`,
//! `$CUDA_HOME/bin`, `$CUDA_PATH/bin` and `/usr/local/cuda/bin`.

use crate::CompileError;
use everygpu_backend::PtxArch;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The environment variable that names the ptxas to use, or `off`.
pub const PTXAS_OVERRIDE: &str = "EVERYGPU_PTXAS";

/// Folders searched after `PATH`, `$CUDA_HOME/bin` and `$CUDA_PATH/bin`.
pub const DEFAULT_CUDA_BIN: &str = "/usr/local/cuda/bin";

/// A ptxas that answered `--version`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ptxas {
    /// The executable.
    pub path: PathBuf,
    /// Its version line, e.g. `Cuda compilation tools, release 13.0, V13.0.88`.
    pub version: String,
}

/// What looking for ptxas found.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PtxasDiscovery {
    /// ptxas is there: every nvptx build is validated.
    Found(Ptxas),
    /// No ptxas anywhere: PTX is not validated.
    NotFound {
        /// Where it was looked for.
        tried: Vec<String>,
    },
    /// `EVERYGPU_PTXAS=off`: validation switched off on purpose.
    Off,
    /// `EVERYGPU_PTXAS` names something that is not a working ptxas: the
    /// nvptx route fails rather than silently not validating.
    BadOverride {
        /// The path given.
        path: PathBuf,
        /// Why it cannot be used.
        why: String,
    },
}

impl PtxasDiscovery {
    /// Looks for ptxas as described in the [module docs](self).
    pub fn discover() -> PtxasDiscovery {
        let mut fallback = vec![PathBuf::from(DEFAULT_CUDA_BIN)];
        // Where `scripts/setup` puts NVIDIA's ptxas from PyPI
        // (nvidia-cuda-nvcc-cu12) on machines without a CUDA toolkit.
        if let Some(home) = std::env::var_os("HOME") {
            fallback.push(PathBuf::from(home).join(SETUP_PTXAS_BIN));
        }
        discover_with(&|name| std::env::var_os(name), &fallback)
    }

    /// Looks for ptxas with `env` standing for the process environment, and
    /// `fallback` for the folders searched last (tests use this).
    pub fn discover_in(env: &dyn Fn(&str) -> Option<OsString>, fallback: &[PathBuf]) -> PtxasDiscovery {
        discover_with(env, fallback)
    }
}

/// The folder, under `$HOME`, where `scripts/setup` installs ptxas.
pub const SETUP_PTXAS_BIN: &str = ".local/share/everygpu/ptxas/nvidia/cuda_nvcc/bin";

fn discover_with(env: &dyn Fn(&str) -> Option<OsString>, fallback: &[PathBuf]) -> PtxasDiscovery {
    if let Some(value) = env(PTXAS_OVERRIDE).filter(|v| !v.is_empty()) {
        if value == "off" {
            return PtxasDiscovery::Off;
        }
        // An explicit choice is the only candidate.
        let path = PathBuf::from(value);
        return match probe(&path) {
            Ok(version) => PtxasDiscovery::Found(Ptxas { path, version }),
            Err(why) => PtxasDiscovery::BadOverride { path, why },
        };
    }
    let mut candidates: Vec<(String, PathBuf)> = Vec::new();
    if let Some(path) = env("PATH") {
        for dir in std::env::split_paths(&path) {
            candidates.push((format!("PATH ({})", dir.display()), dir.join("ptxas")));
        }
    }
    for var in ["CUDA_HOME", "CUDA_PATH"] {
        if let Some(home) = env(var).filter(|v| !v.is_empty()) {
            let exe = Path::new(&home).join("bin/ptxas");
            candidates.push((format!("${var}/bin ({})", exe.display()), exe));
        }
    }
    for dir in fallback {
        let exe = dir.join("ptxas");
        candidates.push((exe.display().to_string(), exe));
    }
    let mut tried = Vec::new();
    let mut path_missing = false;
    for (label, exe) in candidates {
        if !exe.is_file() {
            // One entry for all of PATH, so the list stays readable.
            if label.starts_with("PATH ") {
                if !path_missing {
                    tried.push("ptxas on PATH".to_string());
                    path_missing = true;
                }
            } else {
                tried.push(label);
            }
            continue;
        }
        match probe(&exe) {
            Ok(version) => return PtxasDiscovery::Found(Ptxas { path: exe, version }),
            Err(why) => tried.push(format!("{label}: {why}")),
        }
    }
    if tried.is_empty() {
        tried.push("ptxas on PATH (PATH is not set)".into());
    }
    PtxasDiscovery::NotFound { tried }
}

/// Runs `ptxas --version`; returns its version line or why it cannot be used.
fn probe(exe: &Path) -> Result<String, String> {
    if !exe.is_file() {
        return Err("not found".into());
    }
    let out = Command::new(exe)
        .arg("--version")
        .output()
        .map_err(|e| format!("cannot run it: {e}"))?;
    if !out.status.success() {
        return Err(format!("`--version` failed ({})", out.status));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if !lines
        .iter()
        .any(|l| l.contains("ptxas") || l.contains("Ptx") || l.contains("Cuda"))
    {
        return Err(format!("`--version` does not look like ptxas: {}", text.trim()));
    }
    let version = lines
        .iter()
        .find(|l| l.contains("release"))
        .or(lines.last())
        .copied()
        .unwrap_or_default();
    Ok(version.to_string())
}

/// What ptxas said when it refused the PTX of an nvptx build
/// ([`CompileError::Ptxas`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{route}: ptxas -arch={arch} rejected the PTX{} ({}):\n{log}", blamed(kernels, functions), ptx.display())]
#[non_exhaustive]
pub struct PtxasRefusal {
    /// The route, `nvptx-sm_XX`.
    pub route: String,
    /// The architecture ptxas assembled for.
    pub arch: PtxArch,
    /// The PTX file.
    pub ptx: PathBuf,
    /// The kernels (`.entry`) the log points at.
    pub kernels: Vec<String>,
    /// Other functions (`.func`, often mangled) the log points at.
    pub functions: Vec<String>,
    /// ptxas's output.
    pub log: String,
}

fn blamed(kernels: &[String], functions: &[String]) -> String {
    let mut parts = Vec::new();
    if !kernels.is_empty() {
        let noun = if kernels.len() == 1 { "kernel" } else { "kernels" };
        parts.push(format!("{noun} {}", kernels.join(", ")));
    }
    if !functions.is_empty() {
        let noun = if functions.len() == 1 { "function" } else { "functions" };
        parts.push(format!("{noun} {}", functions.join(", ")));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" of {}", parts.join(" and "))
    }
}

/// Whether and how the PTX of an nvptx build was validated.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PtxValidation {
    /// ptxas assembled the PTX for the route's architecture.
    Validated {
        /// The ptxas that ran.
        ptxas: PathBuf,
        /// Its version line.
        version: String,
        /// The architecture.
        arch: PtxArch,
        /// The cubin it wrote next to the PTX.
        cubin: PathBuf,
        /// Warnings ptxas printed (the PTX is valid nonetheless).
        warnings: Vec<String>,
    },
    /// ptxas did not run; the PTX is checked only when a GPU loads it.
    Skipped {
        /// Why, for the user.
        reason: String,
    },
}

impl fmt::Display for PtxValidation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PtxValidation::Validated {
                ptxas,
                version,
                arch,
                warnings,
                ..
            } => {
                write!(f, "PTX validated for {arch} by {} ({version})", ptxas.display())?;
                for w in warnings {
                    write!(f, "\n  {w}")?;
                }
                Ok(())
            }
            PtxValidation::Skipped { reason } => write!(f, "PTX not validated: {reason}"),
        }
    }
}

/// Validates `ptx` for `arch` according to `discovery`: runs ptxas when found,
/// records why not otherwise. `route` names the route in errors.
pub fn check(
    discovery: &PtxasDiscovery,
    ptx: &Path,
    arch: PtxArch,
    route: &str,
) -> Result<PtxValidation, CompileError> {
    match discovery {
        PtxasDiscovery::Found(ptxas) => validate(ptxas, ptx, arch, route),
        PtxasDiscovery::NotFound { tried } => Ok(PtxValidation::Skipped {
            reason: format!(
                "ptxas not found (tried {}); install the CUDA toolkit or set {PTXAS_OVERRIDE}",
                tried.join(", ")
            ),
        }),
        PtxasDiscovery::Off => Ok(PtxValidation::Skipped {
            reason: format!("switched off by {PTXAS_OVERRIDE}=off"),
        }),
        PtxasDiscovery::BadOverride { path, why } => Err(CompileError::ToolchainMissing {
            what: format!("the ptxas named by {PTXAS_OVERRIDE} (for the {route} route)"),
            tried: vec![format!("{} ({why})", path.display())],
            install: format!("the CUDA toolkit (its bin/ holds ptxas); or unset {PTXAS_OVERRIDE}, or set it to `off`"),
        }),
    }
}

/// Runs `ptxas -arch=<arch> -o <ptx>.cubin <ptx>`. A refusal becomes
/// [`CompileError::Ptxas`] with the kernels (`.entry`) and other functions
/// (`.func`) its log points at.
pub fn validate(ptxas: &Ptxas, ptx: &Path, arch: PtxArch, route: &str) -> Result<PtxValidation, CompileError> {
    let cubin = ptx.with_extension("cubin");
    let out = Command::new(&ptxas.path)
        .arg(format!("-arch={arch}"))
        .arg("-o")
        .arg(&cubin)
        .arg(ptx)
        .output()
        .map_err(|e| CompileError::Tool {
            tool: format!("ptxas ({})", ptxas.path.display()),
            message: e.to_string(),
        })?;
    let mut log = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !stdout.trim().is_empty() {
        if !log.is_empty() && !log.ends_with('\n') {
            log.push('\n');
        }
        log.push_str(&stdout);
    }
    if !out.status.success() {
        let text = std::fs::read_to_string(ptx).unwrap_or_default();
        let blamed = blamed_functions(&log, &text);
        let mut log = log.trim_end().to_string();
        if log.is_empty() {
            log = format!("ptxas exited with {} and printed nothing", out.status);
        }
        return Err(CompileError::Ptxas(Box::new(PtxasRefusal {
            route: route.to_string(),
            arch,
            ptx: ptx.to_owned(),
            kernels: blamed.kernels,
            functions: blamed.functions,
            log,
        })));
    }
    let warnings = log
        .lines()
        .map(str::trim)
        .filter(|l| l.contains("warning"))
        .map(String::from)
        .collect();
    Ok(PtxValidation::Validated {
        ptxas: ptxas.path.clone(),
        version: ptxas.version.clone(),
        arch,
        cubin,
        warnings,
    })
}

/// The functions a ptxas log points at.
#[derive(Debug, Default, PartialEq, Eq)]
struct Blamed {
    /// `.entry` names: kernels.
    kernels: Vec<String>,
    /// `.func` names (helpers, often mangled).
    functions: Vec<String>,
}

/// Reads the function names out of a ptxas log: those it quotes
/// (`Entry function 'k' uses too much shared data`) and those whose body holds
/// a line it reports (`ptxas file.ptx, line 12; error : ...`).
fn blamed_functions(log: &str, ptx: &str) -> Blamed {
    let functions = ptx_functions(ptx);
    let mut blamed = Blamed::default();
    let mut add = |name: &str, is_entry: bool| {
        let list = if is_entry {
            &mut blamed.kernels
        } else {
            &mut blamed.functions
        };
        if !list.iter().any(|n| n == name) {
            list.push(name.to_string());
        }
    };
    for line in log.lines() {
        // Names ptxas quotes: "Entry function 'k' ...", "... for function 'f'".
        let mut rest = line;
        while let Some(at) = rest.find("unction '") {
            let after = &rest[at + "unction '".len()..];
            let Some(end) = after.find('\'') else { break };
            let name = &after[..end];
            let is_entry = functions.iter().any(|f| f.name == name && f.is_entry)
                || rest[..at].to_ascii_lowercase().ends_with("entry f");
            add(name, is_entry);
            rest = &after[end..];
        }
        // "ptxas <file>, line N; error : ..."
        if let Some(n) = reported_line(line) {
            if let Some(f) = functions.iter().rev().find(|f| f.first_line <= n) {
                add(&f.name, f.is_entry);
            }
        }
    }
    blamed
}

/// The PTX line number in a ptxas message, if it has one.
fn reported_line(message: &str) -> Option<usize> {
    let at = message.find(", line ")?;
    let digits: String = message[at + ", line ".len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// A function defined or declared in PTX.
struct PtxFunction {
    name: String,
    is_entry: bool,
    /// 1-based line of its header.
    first_line: usize,
}

/// The `.entry` and `.func` headers of a PTX text, in order.
fn ptx_functions(ptx: &str) -> Vec<PtxFunction> {
    let mut out = Vec::new();
    for (i, line) in ptx.lines().enumerate() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let Some(kw) = words.iter().position(|w| *w == ".entry" || *w == ".func") else {
            continue;
        };
        let is_entry = words[kw] == ".entry";
        // `.func (.param .b32 func_retval0) name(` has its return value first.
        let mut rest = words[kw + 1..].join(" ");
        if rest.starts_with('(') {
            match rest.find(')') {
                Some(close) => rest = rest[close + 1..].trim_start().to_string(),
                None => continue,
            }
        }
        let name: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '(' && *c != ';')
            .collect();
        if !name.is_empty() {
            out.push(PtxFunction {
                name,
                is_entry,
                first_line: i + 1,
            });
        }
    }
    out
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn sm(name: &str) -> PtxArch {
        name.parse().expect("a PTX architecture")
    }

    const PTX: &str = "\
//
// Generated by LLVM NVPTX Back-End
//

.version 7.0
.target sm_80
.address_size 64

.func  (.param .b32 func_retval0) helper(
\t.param .b32 helper_param_0
)
{
\tret;
}

.visible .entry reduce_sum_warp(
\t.param .u64 .ptr .align 1 reduce_sum_warp_param_0
)
{
\tshfl.sync.down.b32 %r13, %r42, %r14, 0x1f, 0xffffffff;
\tbogus.instruction %r1;
\tret;
}
";

    /// A fake ptxas: `--version` answers like CUDA 13's; otherwise prints
    /// `log` (with `@PTX@` replaced by the input path) on stderr and exits `code`.
    fn fake_ptxas(dir: &Path, log: &str, code: i32) -> PathBuf {
        let path = dir.join("ptxas");
        let script = format!(
            "#!/bin/sh\n\
             if [ \"$1\" = --version ]; then\n\
             echo 'ptxas: NVIDIA (R) Ptx optimizing assembler'\n\
             echo 'Copyright (c) 2005-2025 NVIDIA Corporation'\n\
             echo 'Cuda compilation tools, release 13.0, V13.0.88'\n\
             exit 0\n\
             fi\n\
             for a; do ptx=\"$a\"; done\n\
             out=\"\"\n\
             while [ $# -gt 0 ]; do if [ \"$1\" = -o ]; then out=\"$2\"; fi; shift; done\n\
             cat >&2 <<EOF\n{log}\nEOF\n\
             [ {code} -ne 0 ] || : > \"$out\"\n\
             exit {code}\n",
            log = log.replace("@PTX@", "$ptx"),
        );
        // Another test thread may fork while this process holds a file open
        // for writing, and its child keeps that descriptor until it execs:
        // executing such a file fails with "Text file busy". So this process
        // writes only the source, and `install` (a child that has exited when
        // it returns) writes the executable.
        let source = dir.join("ptxas.sh");
        std::fs::write(&source, script).expect("write fake ptxas");
        let installed = std::process::Command::new("install")
            .args(["-m", "755"])
            .arg(&source)
            .arg(&path)
            .status()
            .expect("run install");
        assert!(installed.success(), "install the fake ptxas: {installed}");
        path
    }

    fn env(vars: &[(&str, &Path)]) -> impl Fn(&str) -> Option<OsString> {
        let map: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.as_os_str().to_owned()))
            .collect();
        move |k| map.get(k).cloned()
    }

    fn write_ptx(dir: &Path) -> PathBuf {
        let ptx = dir.join("kernels.ptx");
        std::fs::write(&ptx, PTX).expect("write ptx");
        ptx
    }

    #[test]
    fn the_override_is_the_only_candidate() {
        let dir = tempfile::tempdir().expect("tempdir");
        let exe = fake_ptxas(dir.path(), "", 0);
        let found = PtxasDiscovery::discover_in(&env(&[(PTXAS_OVERRIDE, &exe)]), &[]);
        assert_eq!(
            found,
            PtxasDiscovery::Found(Ptxas {
                path: exe,
                version: "Cuda compilation tools, release 13.0, V13.0.88".into()
            })
        );
        let missing = dir.path().join("nowhere/ptxas");
        // Even with a ptxas on PATH, a wrong override is an error, not a fallback.
        let d = PtxasDiscovery::discover_in(&env(&[(PTXAS_OVERRIDE, &missing), ("PATH", dir.path())]), &[]);
        assert!(
            matches!(&d, PtxasDiscovery::BadOverride { path, why } if *path == missing && why == "not found"),
            "{d:?}"
        );
        let err =
            check(&d, Path::new("k.ptx"), sm("sm_90"), "nvptx-sm_90").expect_err("a bad override fails the route");
        assert!(err.to_string().contains("EVERYGPU_PTXAS"), "{err}");
        let off = PtxasDiscovery::discover_in(&env(&[(PTXAS_OVERRIDE, Path::new("off"))]), &[]);
        assert_eq!(off, PtxasDiscovery::Off);
    }

    #[test]
    fn ptxas_is_found_on_path_cuda_home_or_the_fallback() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bin = dir.path().join("cuda/bin");
        std::fs::create_dir_all(&bin).expect("mkdir");
        let exe = fake_ptxas(&bin, "", 0);
        let on_path = PtxasDiscovery::discover_in(&env(&[("PATH", &bin)]), &[]);
        assert!(
            matches!(&on_path, PtxasDiscovery::Found(p) if p.path == exe),
            "{on_path:?}"
        );
        let home = dir.path().join("cuda");
        let in_home = PtxasDiscovery::discover_in(&env(&[("CUDA_HOME", &home)]), &[]);
        assert!(
            matches!(&in_home, PtxasDiscovery::Found(p) if p.path == exe),
            "{in_home:?}"
        );
        let fallback = PtxasDiscovery::discover_in(&env(&[]), std::slice::from_ref(&bin));
        assert!(
            matches!(&fallback, PtxasDiscovery::Found(p) if p.path == exe),
            "{fallback:?}"
        );
    }

    #[test]
    fn without_ptxas_the_build_is_not_validated_and_says_why() {
        let dir = tempfile::tempdir().expect("tempdir");
        let empty = dir.path().join("empty");
        let d = PtxasDiscovery::discover_in(
            &env(&[("PATH", &empty), ("CUDA_HOME", &empty)]),
            &[dir.path().join("cuda/bin")],
        );
        let PtxasDiscovery::NotFound { tried } = &d else {
            panic!("{d:?}")
        };
        assert_eq!(tried.len(), 3, "{tried:?}");
        let ptx = write_ptx(dir.path());
        let v = check(&d, &ptx, sm("sm_90"), "nvptx-sm_90").expect("skipping is not an error");
        assert!(matches!(v, PtxValidation::Skipped { .. }));
        let note = v.to_string();
        assert!(
            note.starts_with("PTX not validated: ptxas not found (tried ptxas on PATH, $CUDA_HOME/bin"),
            "{note}"
        );
        assert!(note.contains("EVERYGPU_PTXAS"), "{note}");
    }

    #[test]
    fn a_refusal_names_route_arch_kernel_and_log() {
        let dir = tempfile::tempdir().expect("tempdir");
        let log = "ptxas @PTX@, line 21; error   : Not a name of any known instruction: 'bogus'\n\
                   ptxas fatal   : Ptx assembly aborted due to errors";
        let exe = fake_ptxas(dir.path(), log, 255);
        let d = PtxasDiscovery::discover_in(&env(&[(PTXAS_OVERRIDE, &exe)]), &[]);
        let ptx = write_ptx(dir.path());
        let err = check(&d, &ptx, sm("sm_90"), "nvptx-sm_90").expect_err("ptxas refused");
        let CompileError::Ptxas(refusal) = &err else {
            panic!("{err:?}")
        };
        let PtxasRefusal {
            route,
            arch,
            kernels,
            functions,
            log,
            ..
        } = refusal.as_ref();
        assert_eq!((route.as_str(), arch.to_string().as_str()), ("nvptx-sm_90", "sm_90"));
        assert_eq!(kernels, &["reduce_sum_warp"]);
        assert!(functions.is_empty(), "{functions:?}");
        assert!(log.contains("line 21; error"), "{log}");
        let text = err.to_string();
        assert!(
            text.starts_with("nvptx-sm_90: ptxas -arch=sm_90 rejected the PTX of kernel reduce_sum_warp ("),
            "{text}"
        );
        assert!(text.contains("Ptx assembly aborted due to errors"), "{text}");
    }

    #[test]
    fn a_refusal_in_a_helper_or_quoted_by_name_is_attributed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let log = "ptxas @PTX@, line 13; error   : Arguments mismatch for instruction 'ret'\n\
                   ptxas error   : Entry function 'reduce_sum_warp' uses too much shared data (0x10000 bytes, 0xc000 max)";
        let exe = fake_ptxas(dir.path(), log, 255);
        let ptxas = Ptxas {
            path: exe,
            version: "test".into(),
        };
        let ptx = write_ptx(dir.path());
        let err = validate(&ptxas, &ptx, sm("sm_80"), "nvptx-sm_80").expect_err("ptxas refused");
        let CompileError::Ptxas(refusal) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(refusal.kernels, ["reduce_sum_warp"]);
        assert_eq!(refusal.functions, ["helper"]);
    }

    #[test]
    fn success_records_the_cubin_and_warnings() {
        let dir = tempfile::tempdir().expect("tempdir");
        let log = "ptxas warning : Unresolved extern variable 'everygpu_dyn_smem' in whole program compilation, ignoring extern qualifier";
        let exe = fake_ptxas(dir.path(), log, 0);
        let d = PtxasDiscovery::discover_in(&env(&[(PTXAS_OVERRIDE, &exe)]), &[]);
        let ptx = write_ptx(dir.path());
        let v = check(&d, &ptx, sm("sm_90"), "nvptx-sm_90").expect("valid");
        let PtxValidation::Validated { cubin, warnings, .. } = &v else {
            panic!("{v:?}")
        };
        assert_eq!(cubin, &dir.path().join("kernels.cubin"));
        assert!(cubin.exists());
        assert_eq!(warnings.len(), 1);
        assert!(v.to_string().starts_with("PTX validated for sm_90 by "), "{v}");
    }

    #[test]
    fn ptx_function_headers_are_read() {
        let f = ptx_functions(PTX);
        let names: Vec<(&str, bool, usize)> = f.iter().map(|f| (f.name.as_str(), f.is_entry, f.first_line)).collect();
        assert_eq!(names, [("helper", false, 9), ("reduce_sum_warp", true, 16)]);
        assert_eq!(reported_line("ptxas a.ptx, line 22; error   : x"), Some(22));
        assert_eq!(reported_line("ptxas fatal   : Ptx assembly aborted"), None);
    }
}
