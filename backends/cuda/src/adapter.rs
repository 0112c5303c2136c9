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
    /// Bytes of dynamic shared memory a block may opt into.
    pub max_shared_per_block: u32,
    /// What the app shows.
    pub info: DeviceInfo,
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
        let pci = pci_bus_id(device);

        let mut details = vec![
            ("arch".to_string(), capability.arch()),
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
            ("subgroup size".to_string(), "32 (a warp)".to_string()),
            (
                "matrix tiles".to_string(),
                match capability.matrix_shapes() {
                    shapes if shapes.is_empty() => "none (tensor cores start at sm_70)".to_string(),
                    shapes => format!("{} (wmma, tensor cores)", shapes.join(", ")),
                },
            ),
        ];
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
            max_shared_per_block: shared_optin.max(shared_default),
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
