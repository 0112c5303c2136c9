//! What a driver says of a kernel it compiled: registers, spills, workgroup
//! memory, how many workgroups fit on one multiprocessor, instructions.
//!
//! CUDA answers through `cuFuncGetAttribute` and the occupancy API; Vulkan
//! drivers with `VK_KHR_pipeline_executable_properties` through named
//! statistics, which differ per driver: [`KernelStats::driver`] keeps them
//! all, by the driver's own names, and the common fields are filled from the
//! names [`KernelStats::add_driver`] recognises. A field the driver does not
//! report stays `None`: nothing here is estimated.

use std::fmt;

/// What the driver reports of one compiled kernel.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KernelStats {
    /// The kernel.
    pub kernel: String,
    /// 32-bit registers per thread.
    pub registers: Option<u32>,
    /// Bytes of thread-local memory per thread: spilled registers and stack.
    pub local_bytes: Option<u64>,
    /// Bytes of workgroup (shared) memory per workgroup.
    pub shared_bytes: Option<u64>,
    /// Threads per workgroup.
    pub workgroup_threads: Option<u32>,
    /// Workgroups of this kernel that can be resident on one multiprocessor
    /// at once (its registers, workgroup memory and size decide).
    pub resident_workgroups: Option<u32>,
    /// The share of a multiprocessor's thread slots those workgroups fill
    /// (theoretical occupancy), from 0 to 1.
    pub occupancy: Option<f64>,
    /// What bounds the resident workgroups: `registers`, `workgroup
    /// memory`, `threads per multiprocessor`...
    #[serde(default)]
    pub occupancy_limit: Option<String>,
    /// Instructions in the compiled code, where the driver counts them.
    pub instructions: Option<u64>,
    /// The code the route handed the driver: `SPIR-V`, `PTX`.
    #[serde(default)]
    pub code: Option<String>,
    /// Its instructions (the kernel's functions in SPIR-V; the entry's body
    /// in PTX), counted by everygpu.
    #[serde(default)]
    pub code_instructions: Option<u64>,
    /// Every statistic the driver reported, by its own name: `(name, value)`.
    #[serde(default)]
    pub driver: Vec<(String, String)>,
}

/// A statistic as a Vulkan driver reports it
/// (`VkPipelineExecutableStatisticKHR`), before it is recognised.
#[derive(Clone, Debug, PartialEq)]
pub enum DriverValue {
    /// `VK_PIPELINE_EXECUTABLE_STATISTIC_FORMAT_BOOL32_KHR`.
    Bool(bool),
    /// `..._INT64_KHR`.
    Int(i64),
    /// `..._UINT64_KHR`.
    Uint(u64),
    /// `..._FLOAT64_KHR`.
    Float(f64),
}

impl DriverValue {
    /// The value as a count, when it is one.
    fn count(&self) -> Option<u64> {
        match *self {
            DriverValue::Int(v) => u64::try_from(v).ok(),
            DriverValue::Uint(v) => Some(v),
            DriverValue::Float(v) if v >= 0.0 && v.fract() == 0.0 => Some(v as u64),
            DriverValue::Bool(_) | DriverValue::Float(_) => None,
        }
    }
}

impl fmt::Display for DriverValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DriverValue::Bool(v) => write!(f, "{v}"),
            DriverValue::Int(v) => write!(f, "{v}"),
            DriverValue::Uint(v) => write!(f, "{v}"),
            DriverValue::Float(v) => write!(f, "{v}"),
        }
    }
}

/// The most local memory a thread can have on any GPU everygpu knows (CUDA
/// allows 512 KiB). A larger "local memory" figure is not the kernel's use:
/// NVIDIA's Vulkan driver reports `Local Memory Size` as 68719476736 (2^36)
/// for kernels without any, beside a `Stack Size` of 0.
const MAX_LOCAL_BYTES: u64 = 16 << 20;

/// Which common field a driver's statistic fills, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Registers,
    LocalBytes,
    SharedBytes,
    Instructions,
}

/// The field a statistic's name (lower case) gives, if any. NVIDIA's
/// driver (580) names "Register Count", "Binary Size", "Stack Size", "Local
/// Memory Size" and "Shared Memory Size"; the other patterns are the names
/// Mesa's drivers use for the same figures ("VGPRs", "Scratch size", "LDS
/// size", "Instructions", "Instruction Count", "Workgroup Memory Size").
fn field_of(name: &str) -> Option<Field> {
    let has = |w: &str| name.contains(w);
    if has("spill") || has("sgpr") {
        // Spill counts are in registers, not bytes; scalar registers are
        // not per thread. Kept in `driver` only.
        return None;
    }
    if (has("register") && !has("uniform") && !has("predicate") && !has("barrier")) || name == "vgprs" {
        return Some(Field::Registers);
    }
    if has("local memory") || has("scratch") || has("stack") {
        return Some(Field::LocalBytes);
    }
    if has("shared memory") || has("workgroup memory") || has("lds") {
        return Some(Field::SharedBytes);
    }
    if name == "instructions" || has("instruction count") {
        return Some(Field::Instructions);
    }
    None
}

impl KernelStats {
    /// The statistics of `kernel` from a driver's named values (see
    /// [`KernelStats::add_driver`]).
    pub fn from_driver(kernel: &str, statistics: &[(String, DriverValue)]) -> KernelStats {
        let mut stats = KernelStats {
            kernel: kernel.to_string(),
            ..KernelStats::default()
        };
        stats.add_driver(statistics);
        stats
    }

    /// Adds a driver's named values: each to [`KernelStats::driver`], and
    /// to the common field its name gives, where that is not set yet (the
    /// first of each kind wins: drivers list the whole program before its
    /// parts).
    pub fn add_driver(&mut self, statistics: &[(String, DriverValue)]) {
        for (name, value) in statistics {
            self.driver.push((name.clone(), value.to_string()));
            let (Some(field), Some(n)) = (field_of(&name.to_ascii_lowercase()), value.count()) else {
                continue;
            };
            match field {
                Field::Registers => {
                    self.registers.get_or_insert(u32::try_from(n).unwrap_or(u32::MAX));
                }
                Field::LocalBytes if n <= MAX_LOCAL_BYTES => {
                    self.local_bytes.get_or_insert(n);
                }
                Field::LocalBytes => {}
                Field::SharedBytes => {
                    self.shared_bytes.get_or_insert(n);
                }
                Field::Instructions => {
                    self.instructions.get_or_insert(n);
                }
            }
        }
    }

    /// Whether the driver said anything at all.
    pub fn is_empty(&self) -> bool {
        self.code_instructions.is_none()
            && self.registers.is_none()
            && self.local_bytes.is_none()
            && self.shared_bytes.is_none()
            && self.resident_workgroups.is_none()
            && self.instructions.is_none()
            && self.driver.is_empty()
    }
}

/// One line, what matters first: `128 registers, 0 B local, 16 KiB shared,
/// 2 workgroups of 256 per SM, 25% occupancy, 4210 instructions`; the
/// driver's own list where it reported none of these.
impl fmt::Display for KernelStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if let Some(r) = self.registers {
            parts.push(format!("{r} registers"));
        }
        if let Some(b) = self.local_bytes {
            parts.push(format!(
                "{} local{}",
                bytes(b),
                if b > 0 { " (spills, stack)" } else { "" }
            ));
        }
        if let Some(b) = self.shared_bytes {
            parts.push(format!("{} shared", bytes(b)));
        }
        match (self.resident_workgroups, self.workgroup_threads) {
            (Some(n), Some(t)) => parts.push(format!("{} of {t} per SM", workgroups(n))),
            (Some(n), None) => parts.push(format!("{} per SM", workgroups(n))),
            _ => {}
        }
        match (self.occupancy, &self.occupancy_limit) {
            (Some(o), Some(limit)) if o < 1.0 => {
                parts.push(format!("{:.0}% occupancy (limited by {limit})", o * 100.0))
            }
            (Some(o), _) => parts.push(format!("{:.0}% occupancy", o * 100.0)),
            (None, _) => {}
        }
        if let Some(i) = self.instructions {
            parts.push(format!("{i} instructions"));
        }
        if let (Some(code), Some(n)) = (&self.code, self.code_instructions) {
            parts.push(format!("{n} {code} instructions"));
        }
        if parts.is_empty() {
            parts = self
                .driver
                .iter()
                .map(|(name, value)| format!("{name}: {value}"))
                .collect();
        }
        f.write_str(&parts.join(", "))
    }
}

/// `1 workgroup`, `2 workgroups`.
pub fn workgroups(n: u32) -> String {
    match n {
        1 => "1 workgroup".to_string(),
        n => format!("{n} workgroups"),
    }
}

/// `0 B`, `512 B`, `16 KiB`, `1.5 KiB`.
fn bytes(b: u64) -> String {
    if b >= 1024 && b.is_multiple_of(1024) {
        format!("{} KiB", b / 1024)
    } else if b >= 1024 {
        format!("{:.1} KiB", b as f64 / 1024.0)
    } else {
        format!("{b} B")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(list: &[(&str, DriverValue)]) -> Vec<(String, DriverValue)> {
        list.iter().map(|(n, v)| (n.to_string(), v.clone())).collect()
    }

    #[test]
    fn driver_names_fill_the_common_fields() {
        let nvidia = KernelStats::from_driver(
            "block_sum",
            &named(&[
                ("Subgroup size", DriverValue::Uint(32)),
                ("Register Count", DriverValue::Uint(16)),
                ("Binary Size", DriverValue::Uint(1280)),
                ("Local Memory Size", DriverValue::Uint(1 << 36)),
                ("Stack Size", DriverValue::Uint(0)),
                ("Shared Memory Size", DriverValue::Uint(1024)),
            ]),
        );
        assert_eq!(
            nvidia.to_string(),
            "16 registers, 0 B local, 1 KiB shared",
            "NVIDIA's Vulkan driver, as it reports a kernel without spills"
        );
        let stats = KernelStats::from_driver(
            "sgemm",
            &named(&[
                ("Register Count", DriverValue::Uint(128)),
                ("Uniform Register Count", DriverValue::Uint(12)),
                ("Spilled registers", DriverValue::Uint(3)),
                ("Local Memory Size", DriverValue::Uint(24)),
                ("Shared Memory Size", DriverValue::Uint(16384)),
                ("Instruction Count", DriverValue::Int(4210)),
                ("Uses barrier", DriverValue::Bool(true)),
            ]),
        );
        assert_eq!(
            stats.registers,
            Some(128),
            "uniform registers are not per-thread registers"
        );
        assert_eq!(stats.local_bytes, Some(24), "spill counts are not bytes");
        assert_eq!(stats.shared_bytes, Some(16384));
        assert_eq!(stats.instructions, Some(4210));
        assert_eq!(stats.driver.len(), 7, "every statistic is kept by its own name");
        assert_eq!(stats.driver[6], ("Uses barrier".to_string(), "true".to_string()));
        assert_eq!(
            stats.to_string(),
            "128 registers, 24 B local (spills, stack), 16 KiB shared, 4210 instructions"
        );
    }

    #[test]
    fn mesa_names_and_unknown_drivers() {
        let radv = KernelStats::from_driver(
            "k",
            &named(&[
                ("SGPRs", DriverValue::Uint(40)),
                ("VGPRs", DriverValue::Uint(24)),
                ("Scratch size", DriverValue::Uint(0)),
                ("LDS size", DriverValue::Uint(4096)),
                ("Instructions", DriverValue::Uint(99)),
            ]),
        );
        assert_eq!(
            (radv.registers, radv.local_bytes, radv.shared_bytes, radv.instructions),
            (Some(24), Some(0), Some(4096), Some(99))
        );
        let other = KernelStats::from_driver("k", &named(&[("Mystery", DriverValue::Float(1.5))]));
        assert_eq!(other.registers, None);
        assert!(!other.is_empty());
        assert_eq!(
            other.to_string(),
            "Mystery: 1.5",
            "unrecognised statistics are still shown"
        );
        assert!(KernelStats::default().is_empty());
    }

    #[test]
    fn occupancy_reads_as_a_sentence() {
        let stats = KernelStats {
            kernel: "sgemm".into(),
            registers: Some(128),
            local_bytes: Some(0),
            shared_bytes: Some(1536),
            workgroup_threads: Some(256),
            resident_workgroups: Some(2),
            occupancy: Some(0.25),
            ..KernelStats::default()
        };
        assert_eq!(
            stats.to_string(),
            "128 registers, 0 B local, 1.5 KiB shared, 2 workgroups of 256 per SM, 25% occupancy"
        );
    }
}
