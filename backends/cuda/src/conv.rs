//! Translations between everygpu's types and the CUDA driver's: architecture
//! names, bandwidth arithmetic, driver versions, error messages and launch
//! argument bytes. Pure functions, tested without a GPU.

use cudarc::driver::DriverError;
use everygpu_backend::{status, Arg, KernelPanic, Param, PtxArch};

/// A device's compute capability, `major.minor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ComputeCapability {
    /// The major version (9 on Hopper).
    pub major: u32,
    /// The minor version.
    pub minor: u32,
}

impl ComputeCapability {
    /// The matrix-tile shapes the nvptx route's `wmma` instructions have on
    /// this device (see `everygpu_kernel::matrix`): f16 from sm_70, bf16 from
    /// sm_80.
    pub fn matrix_shapes(self) -> Vec<&'static str> {
        let mut shapes = Vec::new();
        if self.major >= 7 {
            shapes.push("f16·f16→f32 16×16×16");
        }
        if self.major >= 8 {
            shapes.push("bf16·bf16→f32 16×16×16");
        }
        shapes
    }

    /// The warpgroup shapes (`everygpu_kernel::matrix::warpgroup`, `wgmma`)
    /// on this device: Hopper (9.0) only.
    pub fn warpgroup_shapes(self) -> Vec<&'static str> {
        match self.major {
            9 => vec!["f16·f16→f32 64×128×16", "bf16·bf16→f32 64×128×16"],
            _ => Vec::new(),
        }
    }

    /// The PTX target for this device: `sm_86` for 8.6, and `sm_90a` for
    /// Hopper (9.0), whose warpgroup matrix instructions (`wgmma`) exist only
    /// in the architecture-specific target (code for it runs on 9.0 alone,
    /// which is all the route builds it for). This is what the nvptx route
    /// passes as `-Ctarget-cpu` and `nvcc -arch`.
    pub fn arch(self) -> String {
        self.ptx_arch().to_string()
    }

    /// [`ComputeCapability::arch`], typed.
    pub fn ptx_arch(self) -> PtxArch {
        PtxArch::new(self.major, self.minor, self.major == 9)
    }

    /// The compute capability that PTX for `arch` needs: 9.0 for `sm_90a`.
    pub fn of(arch: PtxArch) -> ComputeCapability {
        ComputeCapability {
            major: arch.major(),
            minor: arch.minor(),
        }
    }

    /// Parses `sm_90` / `sm_90a` / `compute_90` back into 9.0.
    pub fn from_arch(arch: &str) -> Option<ComputeCapability> {
        let digits = arch.strip_prefix("sm_").or_else(|| arch.strip_prefix("compute_"))?;
        let digits = digits.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (major, minor) = digits.split_at(digits.len() - 1);
        Some(ComputeCapability {
            major: major.parse().ok()?,
            minor: minor.parse().ok()?,
        })
    }
}

impl std::fmt::Display for ComputeCapability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// Theoretical peak memory bandwidth in GB/s (10^9 bytes per second) from the
/// driver's memory clock (`CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE`, kHz) and
/// bus width (bits): two transfers per clock (DDR), `bus_width / 8` bytes each.
/// `None` when the driver reports zero for either.
pub fn peak_gbps(memory_clock_khz: u32, bus_width_bits: u32) -> Option<f64> {
    if memory_clock_khz == 0 || bus_width_bits == 0 {
        return None;
    }
    Some(2.0 * memory_clock_khz as f64 * 1e3 * (bus_width_bits as f64 / 8.0) / 1e9)
}

/// Peak f32 throughput in GFLOP/s: one fused multiply-add (2 flops) per FP32
/// lane per clock. Lanes per SM by architecture; `None` where unknown.
pub fn peak_f32_gflops(cc: ComputeCapability, sm_count: u32, clock_khz: u32) -> Option<f64> {
    let lanes = match (cc.major, cc.minor) {
        (7, _) => 64,
        (8, 0) => 64,
        (8, _) => 128,
        (9, 0) => 128,
        (10, _) | (12, _) => 128,
        _ => return None,
    };
    if sm_count == 0 || clock_khz == 0 {
        return None;
    }
    Some(2.0 * lanes as f64 * sm_count as f64 * clock_khz as f64 * 1e3 / 1e9)
}

/// `cuDriverGetVersion`'s integer (`13000`) as `13.0`.
pub fn driver_version(version: i32) -> String {
    format!("{}.{}", version / 1000, (version % 1000) / 10)
}

/// The driver's name and words for an error: `CUDA_ERROR_INVALID_PTX: a PTX
/// JIT compilation failed`.
pub fn driver_message(e: &DriverError) -> String {
    let name = e.error_name().map(|s| s.to_string_lossy().into_owned());
    let text = e.error_string().map(|s| s.to_string_lossy().into_owned());
    match (name, text) {
        (Ok(n), Ok(t)) => format!("{n}: {t}"),
        (Ok(n), Err(_)) => n,
        _ => format!("CUDA error {}", e.0 as u32),
    }
}

/// Whether an error leaves the context unusable (a fault inside a kernel): every
/// later call in the context fails until the primary context is reset.
pub fn is_sticky(e: &DriverError) -> bool {
    use cudarc::driver::sys::CUresult::*;
    matches!(
        e.0,
        CUDA_ERROR_ILLEGAL_ADDRESS
            | CUDA_ERROR_ILLEGAL_INSTRUCTION
            | CUDA_ERROR_MISALIGNED_ADDRESS
            | CUDA_ERROR_INVALID_ADDRESS_SPACE
            | CUDA_ERROR_INVALID_PC
            | CUDA_ERROR_HARDWARE_STACK_ERROR
            | CUDA_ERROR_LAUNCH_FAILED
            | CUDA_ERROR_ASSERT
            | CUDA_ERROR_LAUNCH_TIMEOUT
            | CUDA_ERROR_ECC_UNCORRECTABLE
    )
}

/// Text of a NUL-terminated log buffer the JIT wrote.
pub fn log_text(buf: &[u8]) -> String {
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).trim_end().to_string()
}

/// The values of one launch's kernel parameters, laid out as the nvptx entry
/// point declares them: scalars by value, each buffer as (device pointer,
/// element count), `#[shared]` arrays as nothing (they live in dynamic shared
/// memory). Each value is 8 bytes here; the driver reads only the parameter's
/// own size (4 for `u32`/`i32`/`f32`) from the start, which on little-endian
/// hosts is the low half.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArgValues {
    /// One 8-byte slot per PTX parameter.
    pub slots: Vec<u64>,
}

impl ArgValues {
    /// Packs `args` for a kernel with parameters `params`; `buffer` gives each
    /// case buffer's device address and element count. Errors name the
    /// parameter whose argument does not fit.
    pub fn pack(
        params: &[Param],
        args: &[Arg],
        buffer: impl Fn(usize) -> Option<(u64, usize)>,
    ) -> Result<ArgValues, String> {
        if params.len() != args.len() {
            return Err(format!("{} arguments for {} parameters", args.len(), params.len()));
        }
        let mut slots = Vec::with_capacity(params.len() * 2);
        for (p, a) in params.iter().zip(args) {
            match (p, a) {
                (Param::Scalar { name, scalar }, a) => {
                    let ok = matches!(
                        (scalar.as_str(), a),
                        ("u32", Arg::U32(_))
                            | ("i32", Arg::I32(_))
                            | ("f32", Arg::F32(_))
                            | ("u64", Arg::U64(_))
                            | ("i64", Arg::I64(_))
                            | ("f64", Arg::F64(_))
                    );
                    if !ok {
                        return Err(format!("parameter `{name}: {scalar}` got {a:?}"));
                    }
                    slots.push(a.bits());
                }
                (Param::Buffer { name, .. }, Arg::Buffer(i)) => {
                    let Some((ptr, len)) = buffer(*i) else {
                        return Err(format!(
                            "parameter `{name}` names buffer {i}, which the plan does not have"
                        ));
                    };
                    slots.push(ptr);
                    slots.push(len as u64);
                }
                (Param::Shared { .. }, Arg::Shared) => {}
                (p, a) => return Err(format!("parameter `{}` got {a:?}", p.name())),
            }
        }
        Ok(ArgValues { slots })
    }

    /// The `kernelParams` array for `cuLaunchKernel`: one pointer per slot.
    /// Valid while `self` is neither moved nor changed.
    pub fn pointers(&mut self) -> Vec<*mut std::ffi::c_void> {
        self.slots
            .iter_mut()
            .map(|s| s as *mut u64 as *mut std::ffi::c_void)
            .collect()
    }
}

/// Decodes the status words a launch left behind (see
/// [`KernelPanic::from_status`]). Word 0 says what kind of panic it was
/// (`everygpu_kernel::panic_kind`): core's index and range checks carry
/// their values, worded here as core words them; any other panic carries
/// its message where it has no formatted values (the GPU formats nothing),
/// and is "panicked" otherwise.
pub fn panic_from_status(kernel: &str, words: &[u32]) -> Option<KernelPanic> {
    let message = match words.first().copied().unwrap_or(0) {
        panic_kind::INDEX => status::core_message::INDEX.to_string(),
        panic_kind::SLICE_START => status::core_message::RANGE_START.to_string(),
        panic_kind::SLICE_END => status::core_message::RANGE_END.to_string(),
        panic_kind::SLICE_ORDER => status::core_message::RANGE_ORDER.to_string(),
        _ => recorded_message(words).unwrap_or_else(|| "panicked".to_string()),
    };
    KernelPanic::from_status(kernel, words, &message)
}

/// The message the panic handler wrote as text, if any (without value
/// marks: its characters are the message's own).
fn recorded_message(words: &[u32]) -> Option<String> {
    let bytes = status::read_bytes(words, status::STATUS_MESSAGE_AT as usize, status::STATUS_MESSAGE_BYTES)?;
    let text = String::from_utf8_lossy(&bytes).replace(status::ARG_MARK, "\u{fffd}");
    (!text.is_empty()).then_some(text)
}

/// What word 0 of the status buffer says on the nvptx route: the values of
/// `everygpu_kernel::panic_kind`, which the panic handler writes.
mod panic_kind {
    /// Index out of bounds: values index, length.
    pub const INDEX: u32 = 2;
    /// A range start past a slice's end: values start, length.
    pub const SLICE_START: u32 = 3;
    /// A range end past a slice's end: values end, length.
    pub const SLICE_END: u32 = 4;
    /// A range that starts after it ends: values start, end.
    pub const SLICE_ORDER: u32 = 5;
}

#[cfg(test)]
mod tests {
    #[test]
    fn wmma_shapes_follow_the_architecture() {
        let cc = |major, minor| ComputeCapability { major, minor };
        assert!(cc(6, 1).matrix_shapes().is_empty());
        assert_eq!(cc(7, 5).matrix_shapes(), ["f16·f16→f32 16×16×16"]);
        assert_eq!(cc(9, 0).matrix_shapes().len(), 2);
        assert_eq!(cc(9, 0).warpgroup_shapes().len(), 2);
        assert!(cc(8, 9).warpgroup_shapes().is_empty());
        assert!(cc(10, 0).warpgroup_shapes().is_empty());
    }

    use super::*;
    use everygpu_backend::{Elem, STATUS_WORDS};

    fn elem(name: &str, size: usize) -> Elem {
        Elem {
            name: name.into(),
            size,
            align: size,
            fields: vec![(String::new(), 0, name.into())],
        }
    }

    #[test]
    fn arch_strings() {
        let h100 = ComputeCapability { major: 9, minor: 0 };
        assert_eq!(h100.arch(), "sm_90a");
        assert_eq!(h100.to_string(), "9.0");
        assert_eq!(ComputeCapability { major: 8, minor: 6 }.arch(), "sm_86");
        assert_eq!(ComputeCapability { major: 12, minor: 0 }.arch(), "sm_120");
        assert_eq!(ComputeCapability::from_arch("sm_90"), Some(h100));
        assert_eq!(ComputeCapability::from_arch("sm_90a"), Some(h100));
        assert_eq!(
            ComputeCapability::from_arch("compute_86"),
            Some(ComputeCapability { major: 8, minor: 6 })
        );
        assert_eq!(
            ComputeCapability::from_arch("sm_120"),
            Some(ComputeCapability { major: 12, minor: 0 })
        );
        assert_eq!(ComputeCapability::from_arch("sm_"), None);
        assert_eq!(ComputeCapability::from_arch("gfx90a"), None);
        assert!(ComputeCapability::from_arch("sm_100").unwrap() > h100);
        assert!(ComputeCapability::from_arch("sm_80").unwrap() < h100);
    }

    #[test]
    fn peak_bandwidth_math() {
        // H100 SXM (HBM3): 2619 MHz memory clock, 5120-bit bus.
        let h100 = peak_gbps(2_619_000, 5120).unwrap();
        assert!((h100 - 3352.32).abs() < 1e-6, "{h100}");
        // RTX 4090 as the driver reports it: 10501 MHz, 384 bits → 1008 GB/s.
        let rtx = peak_gbps(10_501_000, 384).unwrap();
        assert!((rtx - 1008.096).abs() < 1e-6, "{rtx}");
        assert_eq!(peak_gbps(0, 5120), None);
        assert_eq!(peak_gbps(2_619_000, 0), None);
        // H100 SXM: 132 SMs × 128 lanes × 2 × 1980 MHz ≈ 66.9 TFLOP/s.
        let f = peak_f32_gflops(ComputeCapability { major: 9, minor: 0 }, 132, 1_980_000).unwrap();
        assert!((f - 66_908.16).abs() < 1e-3, "{f}");
        assert_eq!(
            peak_f32_gflops(ComputeCapability { major: 5, minor: 0 }, 16, 1_000_000),
            None
        );
    }

    #[test]
    fn driver_versions() {
        assert_eq!(driver_version(13000), "13.0");
        assert_eq!(driver_version(12080), "12.8");
        assert_eq!(driver_version(11040), "11.4");
    }

    #[test]
    fn jit_logs_stop_at_nul() {
        let mut buf = b"ptxas application ptx input, line 7; error   : Unknown symbol 'x'\n".to_vec();
        buf.extend([0u8; 16]);
        buf.extend(b"garbage");
        assert_eq!(
            log_text(&buf),
            "ptxas application ptx input, line 7; error   : Unknown symbol 'x'"
        );
        assert_eq!(log_text(&[0; 8]), "");
    }

    #[test]
    fn status_decoding() {
        let mut words = vec![0u32; STATUS_WORDS];
        assert_eq!(panic_from_status("saxpy", &words), None);
        let file = b"sample-kernels/src/lib.rs";
        words[0] = 1;
        words[1..7].copy_from_slice(&[5, 0, 0, 3, 1, 0]);
        words[7] = 13;
        words[8] = 40;
        words[9] = file.len() as u32;
        for (i, chunk) in file.chunks(4).enumerate() {
            let mut w = [0u8; 4];
            w[..chunk.len()].copy_from_slice(chunk);
            words[10 + i] = u32::from_le_bytes(w);
        }
        let p = panic_from_status("saxpy", &words).unwrap();
        assert_eq!(p.kernel, "saxpy");
        assert_eq!(p.message, "panicked");
        assert_eq!(p.local, [5, 0, 0]);
        assert_eq!(p.group, [3, 1, 0]);
        assert_eq!(p.file.as_deref(), Some("sample-kernels/src/lib.rs"));
        assert_eq!((p.line, p.column), (13, 40));
        assert_eq!(
            p.to_string(),
            "kernel `saxpy` panicked in thread (5,0,0) of workgroup (3,1,0): panicked at sample-kernels/src/lib.rs:13:40"
        );
        // A file length beyond the buffer is clamped, never out of bounds.
        words[9] = 10_000;
        assert_eq!(
            panic_from_status("k", &words).unwrap().file.unwrap().len(),
            everygpu_backend::status::STATUS_FILE_BYTES
        );
    }

    #[test]
    fn panics_read_like_the_cpu() {
        use everygpu_backend::status::{STATUS_ARGS_AT, STATUS_MESSAGE_AT, STATUS_MESSAGE_BYTES};
        let message = |kind: u32, values: [u32; 2], text: &[u8]| {
            let mut words = vec![0u32; STATUS_WORDS];
            words[0] = kind;
            words[STATUS_ARGS_AT as usize..][..2].copy_from_slice(&values);
            words[STATUS_MESSAGE_AT as usize] = text.len() as u32;
            for (i, chunk) in text.chunks(4).enumerate() {
                let mut w = [0u8; 4];
                w[..chunk.len()].copy_from_slice(chunk);
                words[STATUS_MESSAGE_AT as usize + 1 + i] = u32::from_le_bytes(w);
            }
            panic_from_status("k", &words).expect("a panic").message
        };
        assert_eq!(
            message(2, [1024, 1000], b""),
            "index out of bounds: the len is 1000 but the index is 1024"
        );
        assert_eq!(
            message(3, [9, 4], b""),
            "range start index 9 out of range for slice of length 4"
        );
        assert_eq!(
            message(4, [101, 100], b""),
            "range end index 101 out of range for slice of length 100"
        );
        assert_eq!(message(5, [7, 3], b""), "slice index starts at 7 but ends at 3");
        assert_eq!(
            message(1, [0, 0], b"attempt to divide by zero"),
            "attempt to divide by zero"
        );
        assert_eq!(message(1, [0, 0], b""), "panicked");
        // A message's own characters stay (no value marks), and a length
        // beyond the buffer is clamped.
        assert_eq!(message(1, [5, 6], b"\x01\x30"), "\u{fffd}0");
        let long = [b'x'; STATUS_MESSAGE_BYTES];
        let mut words = vec![0u32; STATUS_WORDS];
        words[0] = 1;
        words[STATUS_MESSAGE_AT as usize] = 10_000;
        words[STATUS_MESSAGE_AT as usize + 1..].fill(u32::from_le_bytes(*b"xxxx"));
        assert_eq!(panic_from_status("k", &words).unwrap().message.as_bytes(), &long[..]);
    }

    #[test]
    fn argument_packing_follows_the_ptx_entry() {
        let params = vec![
            Param::Scalar {
                name: "a".into(),
                scalar: "f32".into(),
            },
            Param::Buffer {
                name: "x".into(),
                elem: elem("f32", 4),
                mutable: false,
            },
            Param::Shared {
                name: "tile".into(),
                elem: elem("f32", 4),
                len: 256,
            },
            Param::Scalar {
                name: "n".into(),
                scalar: "u64".into(),
            },
            Param::Buffer {
                name: "y".into(),
                elem: elem("f32", 4),
                mutable: true,
            },
        ];
        let args = [
            Arg::F32(2.5),
            Arg::Buffer(1),
            Arg::Shared,
            Arg::U64(1 << 40),
            Arg::Buffer(0),
        ];
        let buffers = [(0x7000_0000_0000u64, 10usize), (0x7000_0001_0000, 20)];
        let mut v = ArgValues::pack(&params, &args, |i| buffers.get(i).copied()).unwrap();
        assert_eq!(
            v.slots,
            vec![
                2.5f32.to_bits() as u64,
                0x7000_0001_0000,
                20,
                1 << 40,
                0x7000_0000_0000,
                10
            ]
        );
        // The driver reads 4 bytes for an f32 parameter: the slot's first 4 bytes.
        let ptrs = v.pointers();
        assert_eq!(ptrs.len(), 6);
        // SAFETY: the pointer points at the first slot.
        assert_eq!(unsafe { *(ptrs[0] as *const f32) }, 2.5);

        let wrong = [Arg::U32(1), Arg::Buffer(1), Arg::Shared, Arg::U64(0), Arg::Buffer(0)];
        let e = ArgValues::pack(&params, &wrong, |i| buffers.get(i).copied()).unwrap_err();
        assert!(e.contains("`a: f32`"), "{e}");
        let missing = [Arg::F32(1.0), Arg::Buffer(7), Arg::Shared, Arg::U64(0), Arg::Buffer(0)];
        let e = ArgValues::pack(&params, &missing, |i| buffers.get(i).copied()).unwrap_err();
        assert!(e.contains("buffer 7"), "{e}");
        assert!(ArgValues::pack(&params, &args[..2], |i| buffers.get(i).copied()).is_err());
    }
}
