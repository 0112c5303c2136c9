//! Advice when a kernel misses its roof, from what everygpu measured and
//! what the driver said: the copy roof and peaks of the same run, the bytes
//! each thread moves (the case's traffic over the threads it launched), and
//! the kernel's statistics (occupancy, registers, spills).
//!
//! A kernel is judged against the roof that bounds it: memory-bound when
//! its flops per byte are below the device's ridge point (peak GFLOP/s over
//! the copy roof), compute-bound otherwise. Every piece of advice names the
//! figures it rests on, so a reader can check it; where none of the causes
//! everygpu can see applies, it says that too.

use everygpu_backend::KernelStats;

/// Below this share of its roof a kernel gets advice.
pub const MISSED_ROOF: f64 = 0.70;

/// Bytes a thread keeps in flight at the least, in the kernels that reach
/// the copy roof (measured on the H100: BabelStream copy with one 4-byte
/// element per thread reaches 0.55–0.64 of the roof, with 16-byte elements
/// or four per thread 0.96–1.01).
const BYTES_PER_THREAD: f64 = 32.0;

/// Occupancy below which too few threads hide the memory latency.
const LOW_OCCUPANCY: f64 = 0.5;

/// The roofs a kernel is judged against, and where their figures come from.
#[derive(Clone, Copy, Debug)]
pub struct Roofs {
    /// The bandwidth roof in GB/s.
    pub gbps: Option<f64>,
    /// What it is: `the copy roof` (measured) or `the peak bandwidth`.
    pub gbps_name: &'static str,
    /// Where its figure comes from: `measured in this run`, `theoretical`.
    pub gbps_source: &'static str,
    /// The f32 peak in GFLOP/s (from the device's clocks and cores).
    pub gflops: Option<f64>,
}

impl Roofs {
    /// A bench run's: the copy roof it measured on the device.
    pub fn measured(device: &everygpu_report::DeviceInfo) -> Roofs {
        Roofs {
            gbps: device.copy_gbps,
            gbps_name: "the copy roof",
            gbps_source: "measured in this run",
            gflops: device.peak_gflops,
        }
    }

    /// The device's theoretical peaks (where nothing was measured).
    pub fn theoretical(device: &everygpu_backend::DeviceInfo) -> Roofs {
        Roofs {
            gbps: device.peak_gbps,
            gbps_name: "the peak bandwidth",
            gbps_source: "theoretical, from the memory's clock and bus",
            gflops: device.peak_gflops,
        }
    }
}

/// What a case's run did, as far as advice needs it.
#[derive(Clone, Copy, Debug)]
pub struct Measured<'a> {
    /// Device time of one run of the case, in ns (the median).
    pub time_ns: f64,
    /// Bytes the case moves per run.
    pub bytes: u64,
    /// Floating-point operations per run.
    pub flops: u64,
    /// Threads the case launches per run, where known.
    pub threads: Option<u64>,
    /// The driver's statistics of the case's kernels.
    pub stats: &'a [KernelStats],
}

/// What to tell the user about a run under `roofs`; empty when the kernel
/// is near its roof or nothing bounds it (no roof known, no work counted).
pub fn advise(m: &Measured, roofs: &Roofs) -> Vec<String> {
    if m.time_ns <= 0.0 {
        return Vec::new();
    }
    let gbps = m.bytes as f64 / m.time_ns;
    let gflops = m.flops as f64 / m.time_ns;
    let memory_bound = match (roofs.gbps, roofs.gflops) {
        (Some(_), _) if m.flops == 0 => m.bytes > 0,
        (Some(roof), Some(peak)) if m.bytes > 0 => (m.flops as f64 / m.bytes as f64) < peak / roof,
        _ => false,
    };
    let mut advice = Vec::new();
    if memory_bound {
        let Some(roof) = roofs.gbps.filter(|r| *r > 0.0) else {
            return advice;
        };
        // Judged as shown: a share that reads 70% is not below 70%.
        let share = (gbps / roof * 100.0).round() / 100.0;
        if share >= MISSED_ROOF {
            return advice;
        }
        advice.push(format!(
            "{:.0}% of {} ({} of {} GB/s, {})",
            share * 100.0,
            roofs.gbps_name,
            figure(gbps),
            figure(roof),
            roofs.gbps_source
        ));
        if let Some(threads) = m.threads.filter(|t| *t > 0) {
            let per_thread = m.bytes as f64 / threads as f64;
            if per_thread < BYTES_PER_THREAD {
                advice.push(format!(
                    "each thread moves {} bytes ({} bytes over {threads} threads): too few loads in flight to \
                     cover the memory's latency; kernels at the roof move {BYTES_PER_THREAD} bytes or more per \
                     thread (16-byte elements, or several elements per thread)",
                    figure(per_thread),
                    m.bytes
                ));
            }
        }
    } else if m.flops > 0 {
        let Some(peak) = roofs.gflops.filter(|p| *p > 0.0) else {
            return advice;
        };
        let share = (gflops / peak * 100.0).round() / 100.0;
        // Above the f32 peak the kernel uses matrix units, whose peak
        // everygpu does not know.
        if share >= MISSED_ROOF || share > 1.0 {
            return advice;
        }
        advice.push(format!(
            "{:.0}% of the f32 peak ({} of {} GFLOP/s, from the device's clocks and cores)",
            share * 100.0,
            figure(gflops),
            figure(peak)
        ));
    } else {
        return advice;
    }
    // `advice` holds the headline, and the bytes per thread where they are the cause.
    for k in m.stats {
        if let Some(occupancy) = k.occupancy.filter(|o| *o < LOW_OCCUPANCY) {
            let registers = k.registers.map(|r| format!("{r} registers per thread"));
            let shared = k
                .shared_bytes
                .filter(|s| *s > 0)
                .map(|s| format!("{s} bytes of workgroup memory"));
            let why = match k.occupancy_limit.as_deref() {
                Some("registers") => registers.map(|r| format!(", limited by its {r}")),
                Some("workgroup memory") => shared.map(|s| format!(", limited by its {s}")),
                Some(limit) => Some(format!(", limited by the {limit}")),
                None => {
                    let has: Vec<String> = registers.into_iter().chain(shared).collect();
                    (!has.is_empty()).then(|| format!(" (with {})", has.join(" and ")))
                }
            };
            advice.push(format!(
                "`{}` keeps {:.0}% of the device's thread slots busy{}{}",
                k.kernel,
                occupancy * 100.0,
                match (k.resident_workgroups, k.workgroup_threads) {
                    (Some(n), Some(t)) => format!(
                        " ({} of {t} per multiprocessor)",
                        everygpu_backend::stats::workgroups(n)
                    ),
                    _ => String::new(),
                },
                why.unwrap_or_default()
            ));
        }
        if let Some(local) = k.local_bytes.filter(|b| *b > 0) {
            advice.push(format!(
                "`{}` uses {local} bytes of local memory per thread (spilled registers or stack), which \
                 travel through the caches beside the kernel's own traffic",
                k.kernel
            ));
        }
    }
    if advice.len() == 1 {
        let driver_silent = m.stats.iter().all(|k| k.registers.is_none() && k.occupancy.is_none());
        advice.push(if driver_silent {
            "no cause everygpu can see; the driver reports no statistics of the kernel (occupancy, spills)".to_string()
        } else {
            "no cause everygpu can see in the bytes per thread, occupancy or spills: look at the access pattern \
             (strided or uncoalesced accesses) and the instruction mix"
                .to_string()
        });
    }
    advice
}

/// `1,640`, `36.5`, `8`.
fn figure(v: f64) -> String {
    if v >= 100.0 {
        let s = format!("{v:.0}");
        let digits = s.len();
        s.chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let comma = i > 0 && (digits - i).is_multiple_of(3);
                comma.then_some(',').into_iter().chain(std::iter::once(c))
            })
            .collect()
    } else if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h100() -> Roofs {
        let mut d = everygpu_report::DeviceInfo::new("cuda:0", "NVIDIA H100 80GB HBM3");
        d.copy_gbps = Some(2964.0);
        d.peak_gflops = Some(66908.0);
        Roofs::measured(&d)
    }

    fn stats(occupancy: f64, registers: u32, local: u64) -> KernelStats {
        KernelStats {
            kernel: "k".into(),
            registers: Some(registers),
            local_bytes: Some(local),
            shared_bytes: Some(0),
            workgroup_threads: Some(256),
            resident_workgroups: Some((occupancy * 8.0) as u32),
            occupancy: Some(occupancy),
            occupancy_limit: (occupancy < 1.0).then(|| "registers".to_string()),
            ..KernelStats::default()
        }
    }

    /// BabelStream copy of 2^26 f32 in 1.31 ms (1,640 GB/s): 8 bytes per thread.
    #[test]
    fn a_scalar_copy_is_told_to_move_more_bytes_per_thread() {
        let n = 1u64 << 26;
        let full = [stats(1.0, 16, 0)];
        let m = Measured {
            time_ns: 8.0 * n as f64 / 1640.0,
            bytes: 8 * n,
            flops: 0,
            threads: Some(n),
            stats: &full,
        };
        let advice = advise(&m, &h100());
        assert_eq!(advice.len(), 2, "{advice:#?}");
        assert_eq!(
            advice[0],
            "55% of the copy roof (1,640 of 2,964 GB/s, measured in this run)"
        );
        assert!(
            advice[1].starts_with("each thread moves 8 bytes (536870912 bytes over 67108864 threads)"),
            "{}",
            advice[1]
        );
        // Four elements per thread: the same traffic, a quarter of the threads.
        let m = Measured {
            threads: Some(n / 4),
            ..m
        };
        let advice = advise(&m, &h100());
        assert_eq!(advice.len(), 2, "{advice:#?}");
        assert!(
            advice[1].starts_with("no cause everygpu can see in the bytes per thread"),
            "{advice:#?}"
        );
        // 69.75% reads 70%: not below the line.
        let m = Measured {
            time_ns: 8.0 * n as f64 / (0.6975 * 2964.0),
            ..m
        };
        assert!(advise(&m, &h100()).is_empty(), "{:?}", advise(&m, &h100()));
        // At 96% of the roof, nothing to say.
        let m = Measured {
            time_ns: 8.0 * n as f64 / 2850.0,
            ..m
        };
        assert!(advise(&m, &h100()).is_empty());
    }

    #[test]
    fn low_occupancy_and_spills_name_their_figures() {
        let starved = [stats(0.25, 168, 48)];
        let m = Measured {
            time_ns: 1e6,
            bytes: 1_000_000_000,
            flops: 0,
            threads: Some(1 << 22),
            stats: &starved,
        };
        let advice = advise(&m, &h100());
        assert_eq!(advice.len(), 3, "{advice:#?}");
        assert_eq!(
            advice[0],
            "34% of the copy roof (1,000 of 2,964 GB/s, measured in this run)"
        );
        assert_eq!(
            advice[1],
            "`k` keeps 25% of the device's thread slots busy (2 workgroups of 256 per multiprocessor), limited by its 168 registers per thread"
        );
        assert!(
            advice[2].starts_with("`k` uses 48 bytes of local memory per thread"),
            "{}",
            advice[2]
        );
    }

    /// SGEMM 4096³ at 43,010 GFLOP/s: compute-bound, 64% of the f32 peak.
    #[test]
    fn compute_bound_kernels_are_judged_against_the_peak() {
        let n = 4096u64;
        let sgemm = [stats(0.25, 127, 0)];
        let m = Measured {
            time_ns: 2.0 * (n * n * n) as f64 / 43010.0,
            bytes: 3 * 4 * n * n,
            flops: 2 * n * n * n,
            threads: Some(n * n / 64),
            stats: &sgemm,
        };
        let advice = advise(&m, &h100());
        assert_eq!(
            advice[0],
            "64% of the f32 peak (43,010 of 66,908 GFLOP/s, from the device's clocks and cores)"
        );
        assert!(advice[1].contains("25% of the device's thread slots") && advice[1].contains("127 registers"));
        // Matrix units beat the f32 peak: no advice against it.
        let m = Measured {
            time_ns: m.time_ns / 10.0,
            ..m
        };
        assert!(advise(&m, &h100()).is_empty());
        // No driver statistics: said so.
        let m = Measured {
            time_ns: m.time_ns * 20.0,
            stats: &[],
            ..m
        };
        let advice = advise(&m, &h100());
        assert!(advice[1].contains("the driver reports no statistics"), "{advice:#?}");
    }

    #[test]
    fn nothing_to_say_without_a_roof_or_work() {
        let m = Measured {
            time_ns: 1e6,
            bytes: 1 << 20,
            flops: 0,
            threads: None,
            stats: &[],
        };
        let cpu = everygpu_report::DeviceInfo::new("cpu", "CPU");
        assert!(advise(&m, &Roofs::measured(&cpu)).is_empty(), "no copy roof measured");
        let gpu = everygpu_backend::DeviceInfo {
            peak_gbps: Some(3352.0),
            ..everygpu_backend::DeviceInfo::default()
        };
        let m2 = Measured {
            time_ns: 1e6,
            bytes: 1 << 30,
            ..m
        };
        assert_eq!(
            advise(&m2, &Roofs::theoretical(&gpu))[0],
            "32% of the peak bandwidth (1,074 of 3,352 GB/s, theoretical, from the memory's clock and bus)"
        );
        let m = Measured { bytes: 0, ..m };
        assert!(advise(&m, &h100()).is_empty(), "no work counted");
        assert_eq!(figure(1640.0), "1,640");
        assert_eq!(figure(66908.4), "66,908");
        assert_eq!(figure(1234567.0), "1,234,567");
        assert_eq!(figure(36.54), "36.5");
        assert_eq!(figure(8.0), "8");
    }
}
