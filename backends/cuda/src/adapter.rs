//! One CUDA device and what it can do: name, compute capability, SM count,
//! memory, clocks, and the theoretical peaks derived from them.

use cudarc::driver::{result, sys};
use everygpu_backend::DeviceInfo;

use crate::conv::{self, ComputeCapability};
use crate::instance::Driver;

/// A device as the driver describes it.
#[derive(Clone, Debug)]
pub struct Adapter {
    /// Its ordinal (`cuda:N`).
    pub ordinal: u32,
    /// The driver's handle.
    pub device: sys::CUdevice,
    /// Its compute capability.
    pub capability: ComputeCapability,
    /// Streaming multiprocessors.
    pub sm_count: u32,
    /// The limits launches are checked against.
    pub limits: Limits,
    /// What the app shows.
    pub info: DeviceInfo,
}

/// The launch limits of a device, checked before every launch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of dynamic shared memory a block may opt into.
    pub max_shared_per_block: u32,
    /// Threads per block, in all.
    pub max_threads_per_block: u32,
    /// Threads resident on one multiprocessor at once (occupancy's 100%).
    pub max_threads_per_sm: u32,
    /// Blocks resident on one multiprocessor at once, at most.
    pub max_blocks_per_sm: u32,
    /// 32-bit registers of one multiprocessor.
    pub registers_per_sm: u32,
    /// Bytes of shared memory of one multiprocessor.
    pub shared_per_sm: u32,
    /// Threads per block, per dimension.
    pub max_block: [u32; 3],
    /// Blocks per grid dimension.
    pub max_grid: [u32; 3],
}

impl Limits {
    /// What bounds the blocks of a kernel resident on one multiprocessor
    /// at `resident` (as the occupancy API counts them), for blocks of
    /// `threads` threads of `registers` registers each and `shared` bytes
    /// of shared memory: the resource whose own bound is `resident`.
    pub fn occupancy_limit(&self, registers: u32, threads: u32, shared: u32, resident: u32) -> Option<&'static str> {
        if threads == 0 {
            return None;
        }
        let warps = threads.div_ceil(32);
        // Registers are allocated per warp, 256 at a time.
        let per_warp = (registers * 32).div_ceil(256) * 256;
        let by_registers = self.registers_per_sm.checked_div(per_warp * warps).unwrap_or(u32::MAX);
        // The runtime reserves 1 KiB of shared memory per block.
        let by_shared = match shared {
            0 => u32::MAX,
            s => self.shared_per_sm / (s + 1024),
        };
        [
            (self.max_threads_per_sm / threads, "threads per multiprocessor"),
            (self.max_blocks_per_sm, "workgroups per multiprocessor"),
            (by_registers, "registers"),
            (by_shared, "workgroup memory"),
        ]
        .into_iter()
        .find(|(bound, _)| *bound == resident)
        .map(|(_, limit)| limit)
    }

    /// Why a kernel of `block` threads per block with `shared` bytes of shared
    /// memory cannot launch, if it cannot; `function_threads` is the driver's
    /// limit for the compiled function (`CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK`:
    /// lower than the device's when the kernel uses many registers).
    pub fn refuse_kernel(&self, block: [u32; 3], shared: u32, function_threads: Option<u32>) -> Option<String> {
        let [x, y, z] = block;
        let [mx, my, mz] = self.max_block;
        let threads = x as u64 * y as u64 * z as u64;
        if x > mx || y > my || z > mz || threads > self.max_threads_per_block as u64 {
            return Some(format!(
                "a block of {x} × {y} × {z} threads (the device allows {mx} × {my} × {mz}, {} in all)",
                self.max_threads_per_block
            ));
        }
        if let Some(f) = function_threads.filter(|&f| f > 0 && threads > f as u64) {
            return Some(format!(
                "a block of {threads} threads, which the compiled kernel's registers limit to {f} \
                 (CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK)"
            ));
        }
        if shared > self.max_shared_per_block {
            return Some(format!(
                "{shared} bytes of shared memory per block (the device has {})",
                self.max_shared_per_block
            ));
        }
        None
    }

    /// Why a grid of `groups` blocks cannot launch, if it cannot.
    pub fn refuse_grid(&self, groups: [u32; 3]) -> Option<String> {
        let max = self.max_grid;
        groups
            .iter()
            .zip(max)
            .any(|(&g, m)| g > m)
            .then(|| format!("{groups:?} blocks exceed the device's limit of {max:?} per dimension"))
    }
}

fn attribute(device: sys::CUdevice, attr: sys::CUdevice_attribute) -> i32 {
    // SAFETY: `device` comes from cuDeviceGet; unknown attributes give an error,
    // read as 0 ("unknown").
    unsafe { result::device::get_attribute(device, attr) }.unwrap_or(0)
}

impl Adapter {
    /// Queries device `ordinal`.
    pub fn query(ordinal: u32, driver: &Driver) -> Result<Adapter, String> {
        use sys::CUdevice_attribute::*;
        let fail = |what: &str, e: cudarc::driver::DriverError| format!("{what} failed: {}", conv::driver_message(&e));
        let device = result::device::get(ordinal as i32).map_err(|e| fail("cuDeviceGet", e))?;
        let name = result::device::get_name(device).map_err(|e| fail("cuDeviceGetName", e))?;
        // SAFETY: `device` is valid.
        let memory = unsafe { result::device::total_mem(device) }.map_err(|e| fail("cuDeviceTotalMem", e))? as u64;
        let capability = ComputeCapability {
            major: attribute(device, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR) as u32,
            minor: attribute(device, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR) as u32,
        };
        let sm_count = attribute(device, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT) as u32;
        let memory_clock_khz = attribute(device, CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE) as u32;
        let bus_width = attribute(device, CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH) as u32;
        let clock_khz = attribute(device, CU_DEVICE_ATTRIBUTE_CLOCK_RATE) as u32;
        let l2 = attribute(device, CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE);
        let shared_optin = attribute(device, CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN) as u32;
        let shared_default = attribute(device, CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK) as u32;
        let max_threads = attribute(device, CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK);
        let max_threads_per_sm = attribute(device, CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_MULTIPROCESSOR) as u32;
        let max_blocks_per_sm = attribute(device, CU_DEVICE_ATTRIBUTE_MAX_BLOCKS_PER_MULTIPROCESSOR) as u32;
        let registers_per_sm = attribute(device, CU_DEVICE_ATTRIBUTE_MAX_REGISTERS_PER_MULTIPROCESSOR) as u32;
        let shared_per_sm = attribute(device, CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_MULTIPROCESSOR) as u32;
        let pci = pci_bus_id(device);

        let mut details = vec![
            (DeviceInfo::PTX_ARCH_DETAIL.to_string(), capability.arch()),
            ("compute capability".to_string(), capability.to_string()),
            ("SMs".to_string(), sm_count.to_string()),
            ("memory clock".to_string(), format!("{} MHz", memory_clock_khz / 1000)),
            ("memory bus".to_string(), format!("{bus_width} bits")),
            ("SM clock".to_string(), format!("{} MHz", clock_khz / 1000)),
            ("L2 cache".to_string(), format!("{} KiB", l2 / 1024)),
            (
                "shared memory per block".to_string(),
                format!("{} KiB (opt-in {} KiB)", shared_default / 1024, shared_optin / 1024),
            ),
            ("max threads per block".to_string(), max_threads.to_string()),
            ("max threads per SM".to_string(), max_threads_per_sm.to_string()),
            (
                "kernel statistics".to_string(),
                "registers, local and shared memory, occupancy (cuFuncGetAttribute, the occupancy API)".to_string(),
            ),
            ("subgroup size".to_string(), "32 (a warp)".to_string()),
            (
                "matrix tiles".to_string(),
                match capability.matrix_shapes() {
                    shapes if shapes.is_empty() => "none (tensor cores start at sm_70)".to_string(),
                    shapes => format!("{} (wmma, tensor cores)", shapes.join(", ")),
                },
            ),
        ];
        let warpgroup = capability.warpgroup_shapes();
        if !warpgroup.is_empty() {
            details.push((
                "warpgroup matrices".to_string(),
                format!("{} (wgmma, {})", warpgroup.join(", "), capability.arch()),
            ));
        }
        if let Some(pci) = pci {
            details.push(("PCI bus".to_string(), pci));
        }
        let info = DeviceInfo {
            name,
            vendor: "NVIDIA".to_string(),
            api: "CUDA".to_string(),
            driver: format!("CUDA driver {}", conv::driver_version(driver.version)),
            memory_bytes: Some(memory),
            peak_gbps: conv::peak_gbps(memory_clock_khz, bus_width),
            peak_gflops: conv::peak_f32_gflops(capability, sm_count, clock_khz),
            f64: true,
            i64: true,
            details,
        };
        Ok(Adapter {
            ordinal,
            device,
            capability,
            sm_count,
            limits: Limits {
                max_shared_per_block: shared_optin.max(shared_default),
                max_threads_per_block: max_threads as u32,
                max_threads_per_sm,
                max_blocks_per_sm,
                registers_per_sm,
                shared_per_sm,
                max_block: [
                    attribute(device, CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_X) as u32,
                    attribute(device, CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Y) as u32,
                    attribute(device, CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Z) as u32,
                ],
                max_grid: [
                    attribute(device, CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X) as u32,
                    attribute(device, CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y) as u32,
                    attribute(device, CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z) as u32,
                ],
            },
            info,
        })
    }
}

fn pci_bus_id(device: sys::CUdevice) -> Option<String> {
    let mut buf = [0 as std::ffi::c_char; 32];
    // SAFETY: the buffer holds `len` bytes; the driver NUL-terminates.
    let r = unsafe { sys::cuDeviceGetPCIBusId(buf.as_mut_ptr(), buf.len() as i32, device) };
    if r != sys::CUresult::CUDA_SUCCESS {
        return None;
    }
    let bytes: Vec<u8> = buf.iter().map(|&c| c as u8).collect();
    Some(conv::log_text(&bytes))
}

#[cfg(test)]
mod limit_tests {
    use super::Limits;

    /// An sm_90 device's limits.
    const H100: Limits = Limits {
        max_shared_per_block: 232_448,
        max_threads_per_block: 1024,
        max_threads_per_sm: 2048,
        max_blocks_per_sm: 32,
        registers_per_sm: 65_536,
        shared_per_sm: 233_472,
        max_block: [1024, 1024, 64],
        max_grid: [2_147_483_647, 65_535, 65_535],
    };

    #[test]
    fn blocks_beyond_the_device_or_the_registers_are_refused() {
        assert_eq!(H100.refuse_kernel([256, 1, 1], 0, Some(1024)), None);
        assert_eq!(H100.refuse_kernel([16, 16, 4], 96 * 1024, Some(1024)), None);
        let big = H100.refuse_kernel([2048, 1, 1], 0, None).unwrap();
        assert!(big.contains("2048 × 1 × 1") && big.contains("1024 in all"), "{big}");
        let deep = H100.refuse_kernel([1, 1, 128], 0, None).unwrap();
        assert!(deep.contains("1024 × 1024 × 64"), "{deep}");
        let registers = H100.refuse_kernel([1024, 1, 1], 0, Some(512)).unwrap();
        assert!(registers.contains("limit to 512"), "{registers}");
        let shared = H100.refuse_kernel([256, 1, 1], 300_000, Some(1024)).unwrap();
        assert!(shared.contains("300000 bytes") && shared.contains("232448"), "{shared}");
    }

    #[test]
    fn occupancy_names_what_limits_it() {
        // The sample sgemm (127 registers, 256 threads, 16 KiB): 2 blocks.
        assert_eq!(H100.occupancy_limit(127, 256, 16384, 2), Some("registers"));
        // hgemm (182 registers, 96 KiB): 1 block.
        assert_eq!(H100.occupancy_limit(182, 256, 98304, 1), Some("registers"));
        // 64 KiB of shared memory and few registers: 3 blocks.
        assert_eq!(H100.occupancy_limit(32, 256, 65536, 3), Some("workgroup memory"));
        // A light kernel fills the multiprocessor.
        assert_eq!(H100.occupancy_limit(28, 256, 0, 8), Some("threads per multiprocessor"));
        assert_eq!(
            H100.occupancy_limit(16, 32, 0, 32),
            Some("workgroups per multiprocessor")
        );
        // An answer no bound explains is not given one.
        assert_eq!(H100.occupancy_limit(28, 256, 0, 5), None);
    }

    #[test]
    fn grids_beyond_the_device_are_refused() {
        assert_eq!(H100.refuse_grid([1 << 20, 65_535, 1]), None);
        let e = H100.refuse_grid([1, 65_536, 1]).unwrap();
        assert!(e.contains("[1, 65536, 1]") && e.contains("65535"), "{e}");
    }
}
