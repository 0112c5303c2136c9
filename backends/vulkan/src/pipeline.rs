//! [`Kernel`]: one compute pipeline per shader kernel, built from its SPIR-V
//! with the descriptor set layout of `everygpu_backend::shader` (binding 0
//! status, 1 parameter block, 2.. the buffer parameters).

use std::ffi::CString;

use ash::khr::pipeline_executable_properties;
use ash::vk;
use everygpu_backend::stats::DriverValue;
use everygpu_backend::{
    KernelStats, ShaderBinding, ShaderKernel, FIRST_BUFFER_BINDING, PARAMS_BINDING, STATUS_BINDING,
};

use crate::adapter::Adapter;
use crate::conv;

/// A kernel ready to dispatch, or the reason this device cannot run it.
pub(crate) struct Kernel {
    pub(crate) name: String,
    /// The constant data that follows the parameter slots.
    pub(crate) constant_data: std::sync::Arc<[u32]>,
    pub(crate) bindings: Vec<ShaderBinding>,
    pub(crate) panic_messages: Vec<String>,
    /// Its `gpu_println!` call sites (see `ShaderKernel::print_sites`).
    pub(crate) print_sites: Vec<String>,
    /// Threads per workgroup.
    pub(crate) workgroup_size: [u32; 3],
    /// Why the device cannot run it (f64 without shaderFloat64, ...);
    /// `None` when the pipeline below is live.
    pub(crate) unsupported: Option<String>,
    pub(crate) set_layout: vk::DescriptorSetLayout,
    pub(crate) layout: vk::PipelineLayout,
    pub(crate) pipeline: vk::Pipeline,
    module: vk::ShaderModule,
    /// What everygpu counted of the kernel's SPIR-V, and what the driver
    /// reports of the compiled pipeline where it reports it.
    pub(crate) stats: KernelStats,
    /// When it was created, in creation order (the oldest spare pipelines go first).
    pub(crate) created: u64,
}

/// Counts pipeline creations.
static CREATED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl Kernel {
    /// Builds the pipeline of `shader`, or records why this device cannot;
    /// with `statistics`, has the driver keep its statistics of the
    /// pipeline, and reads them. Errors are the driver's (it rejected the
    /// SPIR-V...).
    pub(crate) fn create(
        device: &ash::Device,
        statistics: Option<&pipeline_executable_properties::Device>,
        adapter: &Adapter,
        shader: &ShaderKernel,
    ) -> Result<Kernel, String> {
        let mut kernel = Kernel {
            name: shader.name.clone(),
            bindings: shader.bindings.clone(),
            constant_data: shader.constant_data.clone(),
            panic_messages: shader.panic_messages.clone(),
            print_sites: shader.print_sites.clone(),
            workgroup_size: shader.workgroup_size,
            unsupported: unsupported(adapter, shader),
            set_layout: vk::DescriptorSetLayout::null(),
            layout: vk::PipelineLayout::null(),
            pipeline: vk::Pipeline::null(),
            module: vk::ShaderModule::null(),
            stats: shader.route_stats(),
            created: CREATED.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        };
        if kernel.unsupported.is_some() {
            return Ok(kernel);
        }
        let entry =
            CString::new(shader.name.as_str()).map_err(|_| format!("kernel name {:?} contains NUL", shader.name))?;
        // From here on, `kernel.destroy` frees whatever was made if a step fails.
        // Workgroup memory zeroed by the driver where it can (much faster to
        // compile), loops that say when the driver ends them where it does.
        let device_spirv = everygpu_backend::shader::DeviceSpirv {
            native_workgroup_zeroing: adapter.features.zero_initialize_workgroup_memory,
            loop_checks: everygpu_backend::loop_limit::needs_loop_checks(&adapter.info.name),
        };
        let code = everygpu_backend::shader::vulkan_spirv(shader, device_spirv, &adapter.features.preserved_widths())
            .map_err(|e| format!("kernel `{}`: {e}", shader.name))?;
        let built = (|| {
            let info = vk::ShaderModuleCreateInfo::default().code(&code);
            // SAFETY: the SPIR-V came from naga's writer after validation.
            kernel.module = unsafe { device.create_shader_module(&info, None) }
                .map_err(|r| conv::failed("vkCreateShaderModule", r))?;
            let layout_bindings: Vec<vk::DescriptorSetLayoutBinding> = [STATUS_BINDING, PARAMS_BINDING]
                .into_iter()
                .chain(shader.bindings.iter().map(|b| b.binding))
                .map(|binding| {
                    vk::DescriptorSetLayoutBinding::default()
                        .binding(binding)
                        .descriptor_type(vk::DescriptorType::STORAGE_BUFFER)
                        .descriptor_count(1)
                        .stage_flags(vk::ShaderStageFlags::COMPUTE)
                })
                .collect();
            let info = vk::DescriptorSetLayoutCreateInfo::default().bindings(&layout_bindings);
            // SAFETY: `info` is valid for the call.
            kernel.set_layout = unsafe { device.create_descriptor_set_layout(&info, None) }
                .map_err(|r| conv::failed("vkCreateDescriptorSetLayout", r))?;
            let set_layouts = [kernel.set_layout];
            let info = vk::PipelineLayoutCreateInfo::default().set_layouts(&set_layouts);
            // SAFETY: as above.
            kernel.layout = unsafe { device.create_pipeline_layout(&info, None) }
                .map_err(|r| conv::failed("vkCreatePipelineLayout", r))?;
            let stage = vk::PipelineShaderStageCreateInfo::default()
                .stage(vk::ShaderStageFlags::COMPUTE)
                .module(kernel.module)
                .name(&entry);
            // Where the driver's own code of each kernel goes, if asked.
            let code_dir = statistics
                .and(std::env::var_os(DRIVER_CODE_VAR))
                .map(std::path::PathBuf::from);
            let flags = match (statistics, &code_dir) {
                (Some(_), Some(_)) => {
                    vk::PipelineCreateFlags::CAPTURE_STATISTICS_KHR
                        | vk::PipelineCreateFlags::CAPTURE_INTERNAL_REPRESENTATIONS_KHR
                }
                (Some(_), None) => vk::PipelineCreateFlags::CAPTURE_STATISTICS_KHR,
                (None, _) => vk::PipelineCreateFlags::empty(),
            };
            let info = vk::ComputePipelineCreateInfo::default()
                .flags(flags)
                .stage(stage)
                .layout(kernel.layout);
            // SAFETY: as above; the module has an entry point of that name.
            let pipelines = unsafe { device.create_compute_pipelines(vk::PipelineCache::null(), &[info], None) }
                .map_err(|(_, r)| conv::failed("vkCreateComputePipelines", r))?;
            kernel.pipeline = pipelines.first().copied().unwrap_or_default();
            if let Some(statistics) = statistics {
                // SAFETY: the pipeline was created with CAPTURE_STATISTICS.
                kernel
                    .stats
                    .add_driver(&unsafe { read_statistics(statistics, kernel.pipeline) });
                if let Some(dir) = &code_dir {
                    // SAFETY: created with CAPTURE_INTERNAL_REPRESENTATIONS.
                    let written = unsafe { write_driver_code(statistics, kernel.pipeline, &shader.name, dir) };
                    let said = match written {
                        Ok(0) => "none (the driver keeps no internal representation)".to_string(),
                        Ok(n) => format!("{n} file(s) in {}", dir.display()),
                        Err(e) => format!("not written: {e}"),
                    };
                    kernel.stats.driver.push(("driver code".to_string(), said));
                }
            }
            Ok::<(), String>(())
        })();
        match built {
            Ok(()) => Ok(kernel),
            Err(e) => {
                // SAFETY: nothing was submitted with these objects.
                unsafe { kernel.destroy(device) };
                Err(format!("kernel `{}`: {e}", shader.name))
            }
        }
    }

    /// Frees the pipeline and its layouts.
    ///
    /// # Safety
    /// No pending command may use them.
    pub(crate) unsafe fn destroy(&mut self, device: &ash::Device) {
        // SAFETY: per the contract; null handles are ignored by the driver.
        unsafe {
            device.destroy_pipeline(self.pipeline, None);
            device.destroy_pipeline_layout(self.layout, None);
            device.destroy_descriptor_set_layout(self.set_layout, None);
            device.destroy_shader_module(self.module, None);
        }
        self.pipeline = vk::Pipeline::null();
        self.layout = vk::PipelineLayout::null();
        self.set_layout = vk::DescriptorSetLayout::null();
        self.module = vk::ShaderModule::null();
    }
}

/// The driver's named statistics of `pipeline` (none if it reports none):
/// each executable's, their names prefixed by the executable's where it has
/// several.
///
/// # Safety
/// `pipeline` is live and was created with
/// `VK_PIPELINE_CREATE_CAPTURE_STATISTICS_BIT_KHR` on the device of
/// `statistics`.
unsafe fn read_statistics(
    statistics: &pipeline_executable_properties::Device,
    pipeline: vk::Pipeline,
) -> Vec<(String, DriverValue)> {
    let text = |c: Result<&std::ffi::CStr, _>| c.map(|c| c.to_string_lossy().into_owned()).unwrap_or_default();
    let info = vk::PipelineInfoKHR::default().pipeline(pipeline);
    // SAFETY: the caller's contract.
    let Ok(executables) = (unsafe { statistics.get_pipeline_executable_properties(&info) }) else {
        return Vec::new();
    };
    let mut named = Vec::new();
    for (index, executable) in executables.iter().enumerate() {
        let prefix = match executables.len() {
            1 => String::new(),
            _ => format!("{}: ", text(executable.name_as_c_str())),
        };
        if executable.subgroup_size > 0 {
            named.push((
                format!("{prefix}Subgroup size"),
                DriverValue::Uint(executable.subgroup_size.into()),
            ));
        }
        let info = vk::PipelineExecutableInfoKHR::default()
            .pipeline(pipeline)
            .executable_index(index as u32);
        // SAFETY: as above; `index` is one of the pipeline's executables.
        let Ok(list) = (unsafe { statistics.get_pipeline_executable_statistics(&info) }) else {
            continue;
        };
        for stat in &list {
            // SAFETY: `format` says which member of the union is set.
            let value = unsafe {
                match stat.format {
                    vk::PipelineExecutableStatisticFormatKHR::BOOL32 => DriverValue::Bool(stat.value.b32 == vk::TRUE),
                    vk::PipelineExecutableStatisticFormatKHR::INT64 => DriverValue::Int(stat.value.i64),
                    vk::PipelineExecutableStatisticFormatKHR::UINT64 => DriverValue::Uint(stat.value.u64),
                    vk::PipelineExecutableStatisticFormatKHR::FLOAT64 => DriverValue::Float(stat.value.f64),
                    _ => continue,
                }
            };
            named.push((format!("{prefix}{}", text(stat.name_as_c_str())), value));
        }
    }
    named
}

/// The environment variable naming a folder where the Vulkan backend writes
/// the driver's own code of every pipeline it creates (its internal
/// representations: machine code and intermediate forms, where the driver
/// keeps them, e.g. NIR and assembly on Mesa's drivers).
pub const DRIVER_CODE_VAR: &str = "EVERYGPU_DRIVER_CODE";

/// Writes each internal representation the driver kept of `pipeline` into
/// `dir`, one file each (`<kernel>.<executable>.<representation>.txt`);
/// returns how many.
///
/// # Safety
/// As [`read_statistics`], with `pipeline` created with
/// `VK_PIPELINE_CREATE_CAPTURE_INTERNAL_REPRESENTATIONS_BIT_KHR` too.
unsafe fn write_driver_code(
    statistics: &pipeline_executable_properties::Device,
    pipeline: vk::Pipeline,
    kernel: &str,
    dir: &std::path::Path,
) -> Result<usize, String> {
    let text = |c: Result<&std::ffi::CStr, _>| c.map(|c| c.to_string_lossy().into_owned()).unwrap_or_default();
    let file_part = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                    c
                } else {
                    '-'
                }
            })
            .collect()
    };
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let info = vk::PipelineInfoKHR::default().pipeline(pipeline);
    // SAFETY: the caller's contract.
    let executables = unsafe { statistics.get_pipeline_executable_properties(&info) }
        .map_err(|r| conv::failed("vkGetPipelineExecutablePropertiesKHR", r))?;
    let mut written = 0;
    for (index, executable) in executables.iter().enumerate() {
        let info = vk::PipelineExecutableInfoKHR::default()
            .pipeline(pipeline)
            .executable_index(index as u32);
        // The first call gives each representation's size, the second its data.
        // SAFETY: as above.
        let mut representations = unsafe { statistics.get_pipeline_executable_internal_representations(&info) }
            .map_err(|r| conv::failed("vkGetPipelineExecutableInternalRepresentationsKHR", r))?;
        let mut data: Vec<Vec<u8>> = representations.iter().map(|r| vec![0u8; r.data_size]).collect();
        for (r, d) in representations.iter_mut().zip(&mut data) {
            r.p_data = d.as_mut_ptr().cast();
        }
        let mut count = representations.len() as u32;
        // SAFETY: each `p_data` points at `data_size` writable bytes that
        // outlive the call; `count` is the array's length.
        let result = unsafe {
            (statistics.fp().get_pipeline_executable_internal_representations_khr)(
                statistics.device(),
                &info,
                &mut count,
                representations.as_mut_ptr(),
            )
        };
        if result != vk::Result::SUCCESS && result != vk::Result::INCOMPLETE {
            return Err(conv::failed(
                "vkGetPipelineExecutableInternalRepresentationsKHR",
                result,
            ));
        }
        for (r, d) in representations.iter().zip(&data).take(count as usize) {
            let body = if r.is_text == vk::TRUE {
                let end = d.iter().position(|&b| b == 0).unwrap_or(d.len());
                String::from_utf8_lossy(&d[..end]).into_owned()
            } else {
                d.chunks(16)
                    .map(|row| row.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(" "))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let name = format!(
                "{kernel}.{}.{}.txt",
                file_part(&text(executable.name_as_c_str())),
                file_part(&text(r.name_as_c_str()))
            );
            let path = dir.join(name);
            let header = format!("// {}: {}\n", text(r.name_as_c_str()), text(r.description_as_c_str()));
            std::fs::write(&path, header + &body).map_err(|e| format!("{}: {e}", path.display()))?;
            written += 1;
        }
    }
    Ok(written)
}

/// Why `adapter` cannot run `shader`, if it cannot.
fn unsupported(adapter: &Adapter, shader: &ShaderKernel) -> Option<String> {
    if shader.uses_f64 && !adapter.features.float64 {
        return Some("f64 (Vulkan feature shaderFloat64)".to_string());
    }
    if shader.uses_i64 && !adapter.features.int64 {
        return Some("64-bit integers (Vulkan feature shaderInt64)".to_string());
    }
    if shader.uses_matrices {
        let f = &adapter.features;
        if !f.cooperative_matrix {
            return Some("cooperative matrices (VK_KHR_cooperative_matrix)".to_string());
        }
        if !adapter.matrix_shapes.iter().any(|s| s.is_routes()) {
            return Some(format!(
                "the cooperative-matrix shape {} (subgroup scope); the device has {}",
                everygpu_backend::shader::COOPERATIVE_MATRIX_SHAPE,
                adapter
                    .matrix_shapes
                    .iter()
                    .map(|s| s.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if !(f.shader_float16 && f.storage_buffer_16bit) {
            return Some("f16 in shaders and buffers (shaderFloat16, storageBuffer16BitAccess)".to_string());
        }
        if !(f.vulkan_memory_model && f.vulkan_memory_model_device_scope) {
            return Some(
                "the Vulkan memory model with device scope (vulkanMemoryModel, vulkanMemoryModelDeviceScope), \
                 which cooperative matrices use"
                    .to_string(),
            );
        }
    }
    let missing = shader.subgroup_ops & !adapter.features.subgroup_ops;
    if missing != 0 {
        let names = everygpu_backend::shader::subgroup_ops::names;
        return Some(format!(
            "subgroup operations ({}) in compute shaders; the device has {}",
            names(missing).join(", "),
            match adapter.features.subgroup_ops {
                0 => "none".to_string(),
                ops => names(ops).join(", "),
            }
        ));
    }
    let [x, y, z] = shader.workgroup_size;
    let [mx, my, mz] = adapter.limits.max_workgroup_size;
    let threads = x as u64 * y as u64 * z as u64;
    if x > mx || y > my || z > mz || threads > adapter.limits.max_workgroup_invocations as u64 {
        return Some(format!(
            "a workgroup of {x} × {y} × {z} threads (the device allows {mx} × {my} × {mz}, {} in all)",
            adapter.limits.max_workgroup_invocations
        ));
    }
    if let Some(why) = everygpu_backend::shader::too_many_storage_buffers(
        shader,
        adapter.limits.max_storage_buffers,
        "maxPerStageDescriptorStorageBuffers",
    ) {
        return Some(why);
    }
    if shader.bindings.iter().any(|b| b.binding < FIRST_BUFFER_BINDING) {
        return Some(format!(
            "a buffer at a binding below {FIRST_BUFFER_BINDING} (reserved for the status buffer and the parameter block)"
        ));
    }
    everygpu_backend::shader::too_much_workgroup_memory(shader, adapter.limits.max_shared_bytes)
}
