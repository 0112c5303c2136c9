//! Loading PTX into a context: `cuModuleLoadDataEx` with the JIT's error and
//! info logs captured, one function handle per manifest kernel, and the
//! `everygpu_status` global pointed at the backend's status buffer.

use std::collections::HashMap;
use std::ffi::{c_void, CString};

use cudarc::driver::{result, sys};
use everygpu_backend::{CasePlan, KernelStats, Manifest, ManifestKernel};

use crate::adapter::Limits;
use crate::conv;

/// The global that the nvptx panic handler writes through (see
/// `everygpu_kernel`'s nvptx arch module).
pub const STATUS_GLOBAL: &str = "everygpu_status";

/// Bytes of each JIT log buffer.
const LOG_BYTES: usize = 64 * 1024;

/// A kernel ready to launch.
#[derive(Clone, Debug)]
pub struct LoadedKernel {
    /// Its entry point.
    pub function: sys::CUfunction,
    /// What the manifest says of it.
    pub desc: ManifestKernel,
    /// Bytes of dynamic shared memory per launch.
    pub shared_bytes: u32,
    /// Why the device cannot launch it, if it cannot (a limit it exceeds).
    pub unsupported: Option<String>,
    /// What the driver says of its compiled code.
    pub stats: KernelStats,
}

/// A loaded module and its kernels.
#[derive(Debug)]
pub struct Module {
    handle: sys::CUmodule,
    kernels: HashMap<String, LoadedKernel>,
    limits: Limits,
    /// Whether the module has `everygpu_status` (every everygpu kernel crate has).
    pub has_status: bool,
    /// What the JIT said on success (warnings), if anything.
    pub info_log: String,
}

/// Why a module could not be loaded.
#[derive(Debug)]
pub struct LoadError {
    /// The driver's error and the JIT's log.
    pub message: String,
    /// Whether the context is lost.
    pub sticky: bool,
}

impl Module {
    /// JIT-compiles `ptx` in the current context and binds `status` (a device
    /// address of `STATUS_WORDS` zeroed words) to the module's status global.
    ///
    /// # Safety
    /// A context must be current; `status` must stay allocated while the module
    /// is used.
    pub unsafe fn load(
        ptx: &str,
        manifest: &Manifest,
        status: sys::CUdeviceptr,
        limits: &Limits,
    ) -> Result<Module, LoadError> {
        let image = CString::new(ptx).map_err(|_| LoadError {
            message: "the PTX text contains a NUL byte".to_string(),
            sticky: false,
        })?;
        let mut error_log = vec![0u8; LOG_BYTES];
        let mut info_log = vec![0u8; LOG_BYTES];
        let mut options = [
            sys::CUjit_option::CU_JIT_ERROR_LOG_BUFFER,
            sys::CUjit_option::CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES,
            sys::CUjit_option::CU_JIT_INFO_LOG_BUFFER,
            sys::CUjit_option::CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES,
        ];
        // Size options are passed by value in the pointer-sized slot.
        let mut values = [
            error_log.as_mut_ptr() as *mut c_void,
            LOG_BYTES as *mut c_void,
            info_log.as_mut_ptr() as *mut c_void,
            LOG_BYTES as *mut c_void,
        ];
        let mut handle = std::ptr::null_mut();
        // SAFETY: the option arrays have the same length; the log buffers
        // outlive the call; `image` is NUL-terminated PTX.
        let r = unsafe {
            sys::cuModuleLoadDataEx(
                &mut handle,
                image.as_ptr() as *const c_void,
                options.len() as u32,
                options.as_mut_ptr(),
                values.as_mut_ptr(),
            )
        };
        if let Err(e) = r.result() {
            let log = conv::log_text(&error_log);
            let mut message = conv::driver_message(&e);
            if !log.is_empty() {
                message = format!("{message}\n{log}");
            }
            return Err(LoadError {
                message,
                sticky: conv::is_sticky(&e),
            });
        }
        let mut module = Module {
            handle,
            kernels: HashMap::new(),
            has_status: false,
            limits: *limits,
            info_log: conv::log_text(&info_log),
        };
        let ptx_shared = shared_bytes(ptx);
        let ptx_threads = required_threads(ptx);
        for k in &manifest.kernels {
            let Ok(name) = CString::new(k.name.as_str()) else {
                continue;
            };
            // SAFETY: `handle` is a live module. A kernel missing from the PTX
            // is reported when a plan launches it.
            let Ok(function) = (unsafe { result::module::get_function(handle, name) }) else {
                continue;
            };
            // The PTX's own sizes where the kernel sized its workgroup
            // arrays for this target; the host's otherwise (the same).
            let shared_bytes = ptx_shared
                .get(k.name.as_str())
                .copied()
                .unwrap_or(k.shared_bytes() as u32);
            if shared_bytes > 48 * 1024 && shared_bytes <= limits.max_shared_per_block {
                // Above 48 KiB a kernel must opt in; a failure here shows at launch.
                // SAFETY: `function` is live.
                let _ = unsafe {
                    sys::cuFuncSetAttribute(
                        function,
                        sys::CUfunction_attribute::CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                        shared_bytes as i32,
                    )
                };
            }
            // The PTX's workgroup where its entry requires one (`.reqntid`):
            // a kernel may size its workgroup per target.
            let mut desc = k.clone();
            if let Some(&threads) = ptx_threads.get(k.name.as_str()) {
                desc.workgroup_size = threads;
            }
            let mut stats = function_stats(&k.name, function, desc.workgroup_size, shared_bytes, limits);
            stats.code_instructions = ptx_instructions(ptx, &k.name);
            stats.code = stats.code_instructions.map(|_| "PTX".to_string());
            let function_threads = attribute(
                function,
                sys::CUfunction_attribute::CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK,
            );
            module.kernels.insert(
                k.name.clone(),
                LoadedKernel {
                    function,
                    unsupported: limits.refuse_kernel(desc.workgroup_size, shared_bytes, function_threads),
                    desc,
                    shared_bytes,
                    stats,
                },
            );
        }
        let global = CString::new(STATUS_GLOBAL).unwrap_or_default();
        // SAFETY: `handle` is live. A module without the global (hand-written
        // PTX, a baseline) runs without panic reports.
        if let Ok((address, bytes)) = unsafe { result::module::get_global(handle, global) } {
            if bytes == std::mem::size_of::<u64>() {
                // SAFETY: `address` is an 8-byte device global of this context.
                unsafe { result::memcpy_htod_sync(address, &[status]) }.map_err(|e| LoadError {
                    message: format!("cannot set `{STATUS_GLOBAL}`: {}", conv::driver_message(&e)),
                    sticky: conv::is_sticky(&e),
                })?;
                module.has_status = true;
            }
        }
        Ok(module)
    }

    /// The device's limits, which launches are checked against.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// A kernel by name.
    pub fn kernel(&self, name: &str) -> Option<&LoadedKernel> {
        self.kernels.get(name)
    }

    /// What the driver says of each kernel `plan` launches that this module
    /// has, once each, in launch order.
    pub fn stats(&self, plan: &CasePlan) -> Vec<KernelStats> {
        plan.kernels()
            .filter_map(|k| Some(self.kernels.get(k)?.stats.clone()))
            .collect()
    }

    /// Unloads the module.
    ///
    /// # Safety
    /// Its context must be current; no launch may still use it.
    pub unsafe fn unload(self) {
        // SAFETY: the caller's contract; errors leave nothing to clean up.
        let _ = unsafe { result::module::unload(self.handle) };
    }
}

/// `function`'s `attribute`, if the driver answers.
fn attribute(function: sys::CUfunction, attribute: sys::CUfunction_attribute) -> Option<u32> {
    let mut value = 0i32;
    // SAFETY: `function` is a live function handle; `value` outlives the call.
    let r = unsafe { sys::cuFuncGetAttribute(&mut value, attribute, function) };
    (r == sys::CUresult::CUDA_SUCCESS).then_some(value.max(0) as u32)
}

/// What the driver says of `function`, launched in blocks of `block`
/// threads with `dynamic_shared` bytes of dynamic shared memory: its
/// attributes, and the blocks that fit on one multiprocessor (the occupancy
/// API).
fn function_stats(
    kernel: &str,
    function: sys::CUfunction,
    block: [u32; 3],
    dynamic_shared: u32,
    limits: &Limits,
) -> KernelStats {
    use sys::CUfunction_attribute::*;
    let threads = block.iter().product::<u32>();
    let resident = {
        let mut blocks = 0i32;
        // SAFETY: `function` is a live function handle; `blocks` outlives the call.
        let r = unsafe {
            sys::cuOccupancyMaxActiveBlocksPerMultiprocessor(
                &mut blocks,
                function,
                threads as i32,
                dynamic_shared as usize,
            )
        };
        (r == sys::CUresult::CUDA_SUCCESS).then_some(blocks.max(0) as u32)
    };
    let registers = attribute(function, CU_FUNC_ATTRIBUTE_NUM_REGS);
    let shared = attribute(function, CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES).map(|s| s + dynamic_shared);
    let mut driver = Vec::new();
    if let Some(n) = attribute(function, CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK) {
        driver.push(("max threads per block".to_string(), n.to_string()));
    }
    if let Some(v) = attribute(function, CU_FUNC_ATTRIBUTE_BINARY_VERSION) {
        driver.push(("binary architecture".to_string(), format!("sm_{v}")));
    }
    if let Some(b) = attribute(function, CU_FUNC_ATTRIBUTE_CONST_SIZE_BYTES) {
        driver.push(("constant memory bytes".to_string(), b.to_string()));
    }
    KernelStats {
        kernel: kernel.to_string(),
        registers,
        local_bytes: attribute(function, CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES).map(u64::from),
        shared_bytes: shared.map(u64::from),
        workgroup_threads: Some(threads),
        resident_workgroups: resident,
        occupancy: resident
            .filter(|_| limits.max_threads_per_sm > 0)
            .map(|b| f64::from(b * threads) / f64::from(limits.max_threads_per_sm)),
        occupancy_limit: resident
            .zip(registers)
            .and_then(|(blocks, registers)| {
                limits.occupancy_limit(registers, threads, shared.unwrap_or(dynamic_shared), blocks)
            })
            .map(str::to_string),
        instructions: None,
        code: None,
        code_instructions: None,
        driver,
    }
}

/// The instructions in the body of `kernel`'s `.entry` in `ptx` (not the
/// functions it calls, not directives or labels), if it has one.
fn ptx_instructions(ptx: &str, kernel: &str) -> Option<u64> {
    let mut lines = ptx.lines();
    lines.find(|l| entry_name(l) == Some(kernel))?;
    let (mut depth, mut count, mut opened) = (0i64, 0u64, false);
    for line in lines {
        let code = line.split("//").next().unwrap_or_default();
        for statement in code.split(';') {
            let statement = statement.trim().trim_start_matches(['{', '}']).trim();
            if !statement.is_empty() && !statement.starts_with('.') && !statement.ends_with(':') && opened && depth > 0
            {
                count += 1;
            }
        }
        depth += code.matches('{').count() as i64 - code.matches('}').count() as i64;
        opened |= depth > 0;
        if opened && depth <= 0 {
            return Some(count);
        }
    }
    None
}

/// What `#[kernel]` writes into the PTX for each kernel with workgroup
/// arrays: `// everygpu.shared_bytes NAME BYTES`, the bytes its entry carves
/// them from as the nvptx target sizes them. They are the host's unless the
/// kernel sizes its arrays per target, as a Hopper pipeline does with more
/// stages than other devices have room for.
const SHARED_MARKER: &str = "// everygpu.shared_bytes ";

/// The workgroup memory per kernel that the PTX's markers declare.
fn shared_bytes(ptx: &str) -> HashMap<&str, u32> {
    ptx.lines()
        .filter_map(|line| {
            let mut words = line.trim().strip_prefix(SHARED_MARKER)?.split_ascii_whitespace();
            let kernel = words.next()?;
            let bytes = words.next()?.parse().ok()?;
            Some((kernel, bytes))
        })
        .collect()
}

/// The kernel that `line` opens the `.entry` of (`.entry`, `.visible .entry`
/// or `.weak .entry NAME(`), if it opens one.
fn entry_name(line: &str) -> Option<&str> {
    let (linkage, rest) = line.trim_start().split_once(".entry ")?;
    let name = rest.split('(').next()?.trim();
    (matches!(linkage.trim(), "" | ".visible" | ".weak") && !name.is_empty()).then_some(name)
}

/// The workgroup size each entry of `ptx` requires (`.reqntid X, Y, Z` in
/// its header, which the nvptx route writes from `#[kernel(workgroup_size)]`
/// as the kernel declares it for this target).
fn required_threads(ptx: &str) -> HashMap<&str, [u32; 3]> {
    let mut sizes = HashMap::new();
    let mut entry = None;
    for line in ptx.lines() {
        let t = line.trim();
        if let Some(name) = entry_name(t) {
            entry = Some(name);
        } else if t.starts_with('{') {
            entry = None;
        } else if let (Some(name), Some(dims)) = (entry, t.strip_prefix(".reqntid ")) {
            let mut size = [1u32; 3];
            let dims: Vec<u32> = dims.split(',').filter_map(|d| d.trim().parse().ok()).collect();
            if (1..=3).contains(&dims.len()) {
                size[..dims.len()].copy_from_slice(&dims);
                sizes.insert(name, size);
            }
        }
    }
    sizes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ptx_instructions_count_the_entry_body() {
        let ptx = "// comment\n.visible .entry saxpy(\n\t.param .u64 p\n)\n.maxntid 256, 1, 1\n{\n\t.reg .b32 %r<4>;\n\
                   \tmov.u32 %r1, %tid.x; // a comment; with a semicolon\n$L__BB0_1:\n\t{ .reg .u64 g; cvta.to.global.u64 g, %rd1; \
                   ld.global.nc.v4.f32 {%f1, %f2, %f3, %f4}, [g]; }\n\tret;\n}\n.visible .entry sgemm(\n)\n{\n\tret;\n}\n";
        assert_eq!(ptx_instructions(ptx, "saxpy"), Some(4), "mov, cvta, ld, ret");
        assert_eq!(ptx_instructions(ptx, "sgemm"), Some(1));
        assert_eq!(ptx_instructions(ptx, "sax"), None, "a name's prefix is not the name");
    }

    #[test]
    fn markers_give_each_kernel_its_workgroup_memory() {
        let ptx = "//\n// everygpu.shared_bytes sgemm 16384\n  // everygpu.shared_bytes hgemm 98304\n\
                   // everygpu.shared_bytes broken\n// everygpu.launch_bounds sgemm 256 1 1 2\n.version 8.0\n";
        let sizes = shared_bytes(ptx);
        assert_eq!(sizes.len(), 2, "{sizes:?}");
        assert_eq!(sizes["sgemm"], 16384);
        assert_eq!(sizes["hgemm"], 98304);
    }

    #[test]
    fn an_entry_that_requires_a_workgroup_size_is_launched_with_it() {
        let ptx = ".visible .entry hgemm(\n\t.param .u32 hgemm_param_0\n)\n.reqntid 384, 1, 1\n{\n\tret;\n}\n\
                   .visible .entry tile(\n)\n.reqntid 16, 16\n{\n\tret;\n}\n\
                   .visible .entry stream(\n)\n.maxntid 1024, 1, 1\n{\n\tret;\n}\n\
                   .visible .entry later(\n)\n{\n.reqntid 7, 1, 1\n}\n";
        let sizes = required_threads(ptx);
        assert_eq!(sizes.get("hgemm"), Some(&[384, 1, 1]));
        assert_eq!(sizes.get("tile"), Some(&[16, 16, 1]));
        assert_eq!(
            sizes.get("stream"),
            None,
            "`.maxntid` bounds the size; the launch chooses it"
        );
        assert_eq!(sizes.get("later"), None, "only the header counts");
    }
}
