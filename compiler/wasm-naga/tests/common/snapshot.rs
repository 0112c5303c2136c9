//! Snapshot files: text compared with a file under `tests/`, rewritten under
//! `UPDATE_SNAPSHOTS=1`, and the SPIRV-Tools that validate and disassemble
//! the SPIR-V beside it when the machine has them.

use everygpu_backend::ShaderKernel;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Compares `text` with the file `dir/name`, or writes it under
/// `UPDATE_SNAPSHOTS=1`; a difference is pushed onto `failures`.
pub fn check(dir: &Path, name: &str, text: &str, failures: &mut Vec<String>) {
    let path = dir.join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(dir).expect("snapshot dir");
        std::fs::write(&path, text).expect("write snapshot");
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(old) if old == text => {}
        Ok(old) => {
            let line = old
                .lines()
                .zip(text.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(old.lines().count().min(text.lines().count()));
            failures.push(format!("{name} differs from its snapshot from line {}", line + 1));
        }
        Err(_) => failures.push(format!("{name} has no snapshot (run with UPDATE_SNAPSHOTS=1)")),
    }
}

/// The path of a tool on `PATH`.
pub fn tool(name: &str) -> Option<PathBuf> {
    let out = Command::new("which").arg(name).output().ok()?;
    out.status
        .success()
        .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// Whether the SPIRV-Tools at `tool` know `SPV_KHR_cooperative_matrix`
/// (v2023.4 and later; Debian 12 has v2023.1): older ones reject every
/// cooperative-matrix module as "invalid capability".
pub fn knows_cooperative_matrix(tool: &Path) -> bool {
    let Ok(out) = Command::new(tool).arg("--version").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let version = text
        .split_whitespace()
        .find_map(|w| w.strip_prefix('v'))
        .and_then(|v| v.split_once('.'))
        .and_then(|(y, n)| {
            Some((
                y.parse::<u32>().ok()?,
                n.trim_end_matches(|c: char| !c.is_ascii_digit()).parse::<u32>().ok()?,
            ))
        });
    version.is_some_and(|v| v >= (2023, 4))
}

/// `spirv-val` and `spirv-dis`, where the machine has them.
pub struct SpirvTools {
    val: Option<PathBuf>,
    dis: Option<PathBuf>,
    knows_matrices: bool,
    tmp: PathBuf,
}

impl SpirvTools {
    /// Finds the tools; `tag` names the scratch folder of this test.
    pub fn find(tag: &str) -> SpirvTools {
        let val = tool("spirv-val");
        let tmp = std::env::temp_dir().join(format!("everygpu-wasm-naga-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&tmp).expect("temp dir");
        SpirvTools {
            knows_matrices: val.as_deref().is_some_and(knows_cooperative_matrix),
            val,
            dis: tool("spirv-dis"),
            tmp,
        }
    }

    /// Validates `k`'s SPIR-V for Vulkan 1.1 and compares its disassembly
    /// with the snapshot `dir/name.spvasm`, as far as the tools allow.
    pub fn check(&self, k: &ShaderKernel, dir: &Path, name: &str, failures: &mut Vec<String>) {
        let Some(spv) = self.validate(k, name, failures) else {
            return;
        };
        if let Some(dis) = &self.dis {
            let out = Command::new(dis)
                .args(["--no-header", "--no-color"])
                .arg(&spv)
                .output()
                .expect("spirv-dis");
            assert!(out.status.success(), "{name}: spirv-dis failed");
            check(
                dir,
                &format!("{name}.spvasm"),
                &String::from_utf8_lossy(&out.stdout),
                failures,
            );
        }
    }

    /// Validates `k`'s SPIR-V for Vulkan 1.1 where `spirv-val` exists;
    /// returns the file it wrote, or `None` where the tools predate the
    /// module's extensions.
    pub fn validate(&self, k: &ShaderKernel, name: &str, failures: &mut Vec<String>) -> Option<PathBuf> {
        let spv = self.tmp.join(format!("{name}.spv"));
        let bytes: Vec<u8> = k.spirv.iter().flat_map(|w| w.to_le_bytes()).collect();
        std::fs::write(&spv, bytes).expect("write spv");
        if k.uses_matrices && !self.knows_matrices {
            eprintln!(
                "{name}: SPIR-V not validated nor disassembled: these SPIRV-Tools predate SPV_KHR_cooperative_matrix"
            );
            return None;
        }
        if let Some(val) = &self.val {
            let out = Command::new(val)
                .args(["--target-env", "vulkan1.1"])
                .arg(&spv)
                .output()
                .expect("spirv-val");
            if !out.status.success() {
                failures.push(format!(
                    "{name}: spirv-val: {}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
        Some(spv)
    }
}

impl Drop for SpirvTools {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.tmp);
    }
}
