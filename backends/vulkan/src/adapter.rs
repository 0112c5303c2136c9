//! [`Adapter`]: what a physical device is and can do, queried once: the
//! [`DeviceInfo`] shown to the user, the limits runs are checked against, the
//! features to enable, and the queue family to use.

use ash::vk;
use everygpu_backend::DeviceInfo;

use crate::conv;
use crate::instance::{self, Instance};

/// Optional device features everygpu turns on when the device has them.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Features {
    pub(crate) float64: bool,
    pub(crate) int64: bool,
    pub(crate) int16: bool,
    /// `VkPhysicalDeviceVulkan11Features::storageBuffer16BitAccess`.
    pub(crate) storage_buffer_16bit: bool,
    /// `VkPhysicalDeviceVulkan12Features` members, where the device is 1.2+.
    pub(crate) storage_buffer_8bit: bool,
    pub(crate) int8: bool,
    pub(crate) buffer_int64_atomics: bool,
    pub(crate) shared_int64_atomics: bool,
    pub(crate) vulkan_memory_model: bool,
    pub(crate) vulkan_memory_model_device_scope: bool,
    /// Whether the device can preserve NaNs, infinities and signed zeros of
    /// f32 and of f64 (`VkPhysicalDeviceFloatControlsProperties`, Vulkan 1.2).
    pub(crate) preserves_f32: bool,
    pub(crate) preserves_f64: bool,
    /// Lanes per subgroup (`VkPhysicalDeviceSubgroupProperties`).
    pub(crate) subgroup_size: u32,
    /// The subgroup operation classes compute shaders may use
    /// (`everygpu_backend::shader::subgroup_ops` bits, Vulkan's values).
    pub(crate) subgroup_ops: u32,
    /// `VkPhysicalDeviceVulkan12Features::shaderFloat16`.
    pub(crate) shader_float16: bool,
    /// `VK_KHR_cooperative_matrix` with its `cooperativeMatrix` feature.
    pub(crate) cooperative_matrix: bool,
    /// `VK_KHR_pipeline_executable_properties` with its
    /// `pipelineExecutableInfo` feature: the driver's statistics of each
    /// compiled pipeline (registers, spills, instructions...).
    pub(crate) pipeline_statistics: bool,
    /// `VkPhysicalDeviceVulkan13Features::shaderZeroInitializeWorkgroupMemory`:
    /// workgroup variables may have a null initializer.
    pub(crate) zero_initialize_workgroup_memory: bool,
}

impl Features {
    /// The float widths whose NaNs, infinities and signed zeros it preserves.
    pub(crate) fn preserved_widths(&self) -> Vec<u32> {
        [(32, self.preserves_f32), (64, self.preserves_f64)]
            .into_iter()
            .filter_map(|(w, on)| on.then_some(w))
            .collect()
    }
}

/// The limits a run is checked against.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub(crate) max_workgroup_count: [u32; 3],
    pub(crate) max_workgroup_size: [u32; 3],
    pub(crate) max_workgroup_invocations: u32,
    pub(crate) max_shared_bytes: u32,
    /// Storage buffers one compute pipeline may bind: the least of the
    /// per-stage, per-set and per-stage-resources limits.
    pub(crate) max_storage_buffers: u32,
    pub(crate) max_storage_buffer_range: u64,
    pub(crate) max_allocation: u64,
    pub(crate) min_storage_offset_alignment: u64,
}

/// One cooperative-matrix configuration of the device
/// (`vkGetPhysicalDeviceCooperativeMatrixPropertiesKHR`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct MatrixShape {
    pub(crate) m: u32,
    pub(crate) n: u32,
    pub(crate) k: u32,
    pub(crate) a: vk::ComponentTypeKHR,
    pub(crate) b: vk::ComponentTypeKHR,
    pub(crate) c: vk::ComponentTypeKHR,
    pub(crate) result: vk::ComponentTypeKHR,
    pub(crate) subgroup_scope: bool,
}

impl MatrixShape {
    /// The shape everygpu's shader route emits: subgroup scope,
    /// `f16 · f16 → f32` at 16 × 16 × 16.
    pub(crate) fn is_routes(&self) -> bool {
        use vk::ComponentTypeKHR as T;
        self.subgroup_scope
            && (self.m, self.n, self.k) == (16, 16, 16)
            && (self.a, self.b) == (T::FLOAT16, T::FLOAT16)
            && (self.c, self.result) == (T::FLOAT32, T::FLOAT32)
    }
}

impl std::fmt::Display for MatrixShape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let t = conv::component_type;
        write!(
            f,
            "{}·{}→{} {}×{}×{}",
            t(self.a),
            t(self.b),
            t(self.result),
            self.m,
            self.n,
            self.k
        )?;
        if self.c != self.result {
            write!(f, " (C {})", t(self.c))?;
        }
        if !self.subgroup_scope {
            write!(f, " (not subgroup scope)")?;
        }
        Ok(())
    }
}

/// A physical device and what was learnt about it.
pub(crate) struct Adapter {
    pub(crate) physical: vk::PhysicalDevice,
    pub(crate) info: DeviceInfo,
    pub(crate) api_version: u32,
    pub(crate) queue_family: u32,
    /// Nanoseconds per timestamp tick; `None` where the queue has no timestamps.
    pub(crate) timestamp_period: Option<f64>,
    /// Mask of the valid timestamp bits.
    pub(crate) timestamp_mask: u64,
    pub(crate) features: Features,
    pub(crate) limits: Limits,
    pub(crate) memory: vk::PhysicalDeviceMemoryProperties,
    /// Its cooperative-matrix configurations (empty without the extension).
    pub(crate) matrix_shapes: Vec<MatrixShape>,
}

impl Adapter {
    /// Queries device `index`.
    pub(crate) fn query(instance: &Instance, physical: vk::PhysicalDevice, index: usize) -> Result<Adapter, String> {
        let raw = &instance.raw;
        // SAFETY: `physical` came from this instance.
        let base = unsafe { raw.get_physical_device_properties(physical) };
        let api_version = base.api_version.min(instance.api_version);
        let mut driver = vk::PhysicalDeviceDriverProperties::default();
        let mut maintenance3 = vk::PhysicalDeviceMaintenance3Properties::default();
        let mut subgroup = vk::PhysicalDeviceSubgroupProperties::default();
        let mut float_controls = vk::PhysicalDeviceFloatControlsProperties::default();
        let mut props2 = vk::PhysicalDeviceProperties2::default()
            .push_next(&mut maintenance3)
            .push_next(&mut subgroup);
        let has_driver_props = api_version >= vk::API_VERSION_1_2;
        if has_driver_props {
            props2 = props2.push_next(&mut driver).push_next(&mut float_controls);
        }
        // SAFETY: the chain holds structures of the device's API version.
        unsafe { raw.get_physical_device_properties2(physical, &mut props2) };
        let props = props2.properties;
        let limits = props.limits;

        // SAFETY: as above.
        let families = unsafe { raw.get_physical_device_queue_family_properties(physical) };
        // A compute-only family first (async compute on discrete GPUs), else any with compute.
        let compute = |f: &vk::QueueFamilyProperties| f.queue_flags.contains(vk::QueueFlags::COMPUTE);
        let queue_family = families
            .iter()
            .position(|f| compute(f) && !f.queue_flags.contains(vk::QueueFlags::GRAPHICS) && f.timestamp_valid_bits > 0)
            .or_else(|| families.iter().position(|f| compute(f) && f.timestamp_valid_bits > 0))
            .or_else(|| families.iter().position(compute))
            .ok_or_else(|| format!("device {index} has no compute queue"))?;
        let valid_bits = families[queue_family].timestamp_valid_bits;
        let timestamp_period =
            (valid_bits > 0 && limits.timestamp_period > 0.0).then_some(limits.timestamp_period as f64);
        let timestamp_mask = if valid_bits >= 64 {
            u64::MAX
        } else {
            (1u64 << valid_bits) - 1
        };

        // SAFETY: as above.
        let extensions = unsafe { raw.enumerate_device_extension_properties(physical) }.unwrap_or_default();
        let mut features = query_features(raw, physical, api_version, &extensions);
        let matrix_shapes = if features.cooperative_matrix {
            let coop = ash::khr::cooperative_matrix::Instance::new(&instance.entry, raw);
            // SAFETY: the device has the extension.
            unsafe { coop.get_physical_device_cooperative_matrix_properties(physical) }
                .unwrap_or_default()
                .iter()
                .map(|p| MatrixShape {
                    m: p.m_size,
                    n: p.n_size,
                    k: p.k_size,
                    a: p.a_type,
                    b: p.b_type,
                    c: p.c_type,
                    result: p.result_type,
                    subgroup_scope: p.scope == vk::ScopeKHR::SUBGROUP,
                })
                .collect()
        } else {
            Vec::new()
        };
        if has_driver_props {
            features.preserves_f32 = float_controls.shader_signed_zero_inf_nan_preserve_float32 == vk::TRUE;
            features.preserves_f64 = float_controls.shader_signed_zero_inf_nan_preserve_float64 == vk::TRUE;
        }
        features.subgroup_size = subgroup.subgroup_size;
        // Subgroup operations need SPIR-V 1.3, i.e. Vulkan 1.1, in compute shaders.
        if api_version >= vk::API_VERSION_1_1 && subgroup.supported_stages.contains(vk::ShaderStageFlags::COMPUTE) {
            features.subgroup_ops = subgroup.supported_operations.as_raw() & conv::SUBGROUP_OPS_KNOWN;
        }
        // SAFETY: as above.
        let memory = unsafe { raw.get_physical_device_memory_properties(physical) };
        let heaps = &memory.memory_heaps[..memory.memory_heap_count as usize];
        let device_local: u64 = heaps
            .iter()
            .filter(|h| h.flags.contains(vk::MemoryHeapFlags::DEVICE_LOCAL))
            .map(|h| h.size)
            .sum();

        let name = instance::text(base.device_name_as_c_str());
        let vendor = conv::vendor_name(base.vendor_id);
        let driver_text = if has_driver_props {
            let name = instance::text(driver.driver_name_as_c_str());
            let info = instance::text(driver.driver_info_as_c_str());
            format!("{name} {info}").trim().to_string()
        } else {
            String::new()
        };
        let driver_text = if driver_text.is_empty() {
            conv::driver_version(base.vendor_id, base.driver_version)
        } else {
            driver_text
        };
        let limits = Limits {
            max_workgroup_count: limits.max_compute_work_group_count,
            max_workgroup_size: limits.max_compute_work_group_size,
            max_workgroup_invocations: limits.max_compute_work_group_invocations,
            max_shared_bytes: limits.max_compute_shared_memory_size,
            max_storage_buffers: limits
                .max_per_stage_descriptor_storage_buffers
                .min(limits.max_descriptor_set_storage_buffers)
                .min(limits.max_per_stage_resources),
            max_storage_buffer_range: limits.max_storage_buffer_range as u64,
            max_allocation: maintenance3.max_memory_allocation_size,
            min_storage_offset_alignment: limits.min_storage_buffer_offset_alignment.max(4),
        };
        let [cx, cy, cz] = limits.max_workgroup_count;
        let [sx, sy, sz] = limits.max_workgroup_size;
        let mut details = vec![
            (
                "device type".to_string(),
                conv::device_type(base.device_type).to_string(),
            ),
            ("Vulkan API".to_string(), conv::api_version(base.api_version)),
            (
                "driver version".to_string(),
                conv::driver_version(base.vendor_id, base.driver_version),
            ),
            (
                "vendor/device id".to_string(),
                format!("0x{:04x}/0x{:04x}", base.vendor_id, base.device_id),
            ),
            ("max workgroups".to_string(), format!("{cx} × {cy} × {cz}")),
            ("max workgroup size".to_string(), format!("{sx} × {sy} × {sz}")),
            (
                "max invocations per workgroup".to_string(),
                limits.max_workgroup_invocations.to_string(),
            ),
            (
                "max shared memory".to_string(),
                format!("{} bytes", limits.max_shared_bytes),
            ),
            (
                "max storage buffers per kernel".to_string(),
                limits.max_storage_buffers.to_string(),
            ),
            (
                "max storage buffer range".to_string(),
                format!("{} bytes", limits.max_storage_buffer_range),
            ),
            ("max allocation".to_string(), format!("{} bytes", limits.max_allocation)),
            ("subgroup size".to_string(), subgroup.subgroup_size.to_string()),
            (
                "subgroup operations".to_string(),
                match features.subgroup_ops {
                    0 => "none in compute shaders".to_string(),
                    ops => everygpu_backend::shader::subgroup_ops::names(ops).join(", "),
                },
            ),
            (
                "cooperative matrices".to_string(),
                if matrix_shapes.is_empty() {
                    "none (no VK_KHR_cooperative_matrix)".to_string()
                } else {
                    matrix_shapes
                        .iter()
                        .map(|s| s.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            ),
            (
                "NaN, Inf and -0 preserved".to_string(),
                match features.preserved_widths().as_slice() {
                    [] => "no (a kernel's float specials may differ from the CPU's)".to_string(),
                    widths => widths.iter().map(|w| format!("f{w}")).collect::<Vec<_>>().join(", "),
                },
            ),
            (
                "kernel statistics".to_string(),
                if features.pipeline_statistics {
                    "the driver's (VK_KHR_pipeline_executable_properties)".to_string()
                } else {
                    "none (no VK_KHR_pipeline_executable_properties)".to_string()
                },
            ),
            ("queue family".to_string(), queue_family.to_string()),
        ];
        details.push(match timestamp_period {
            Some(p) => (
                "timing".to_string(),
                format!("timestamp queries, {p} ns per tick, {valid_bits} valid bits"),
            ),
            None => (
                "timing".to_string(),
                "wall clock (the compute queue has no timestamps)".to_string(),
            ),
        });
        let info = DeviceInfo {
            name,
            vendor,
            api: "Vulkan".to_string(),
            driver: driver_text,
            memory_bytes: (device_local > 0).then_some(device_local),
            peak_gbps: None,
            peak_gflops: None,
            f64: features.float64,
            i64: features.int64,
            details,
        };
        Ok(Adapter {
            physical,
            info,
            api_version,
            queue_family: queue_family as u32,
            timestamp_period,
            timestamp_mask,
            features,
            limits,
            memory,
            matrix_shapes,
        })
    }

    /// The size of the heap behind memory type `index`.
    pub(crate) fn heap_size(&self, memory_type: u32) -> Option<u64> {
        let t = self.memory.memory_types.get(memory_type as usize)?;
        self.memory.memory_heaps.get(t.heap_index as usize).map(|h| h.size)
    }

    /// A memory type allowed by `type_bits` with all of `required`, preferring
    /// one that also has `preferred`.
    pub(crate) fn memory_type(
        &self,
        type_bits: u32,
        required: vk::MemoryPropertyFlags,
        preferred: vk::MemoryPropertyFlags,
    ) -> Option<u32> {
        let types = &self.memory.memory_types[..self.memory.memory_type_count as usize];
        let allowed = |i: usize| type_bits & (1 << i) != 0;
        let find = |flags: vk::MemoryPropertyFlags| {
            types
                .iter()
                .enumerate()
                .position(|(i, t)| allowed(i) && t.property_flags.contains(flags))
                .map(|i| i as u32)
        };
        find(required | preferred).or_else(|| find(required))
    }
}

/// The optional features the device has, with `extensions` its extensions.
fn query_features(
    raw: &ash::Instance,
    physical: vk::PhysicalDevice,
    api_version: u32,
    extensions: &[vk::ExtensionProperties],
) -> Features {
    let has = |name: &std::ffi::CStr| extensions.iter().any(|e| e.extension_name_as_c_str() == Ok(name));
    let has_coop = has(ash::khr::cooperative_matrix::NAME);
    let has_statistics = has(ash::khr::pipeline_executable_properties::NAME);
    let mut f11 = vk::PhysicalDeviceVulkan11Features::default();
    let mut f12 = vk::PhysicalDeviceVulkan12Features::default();
    let mut coop = vk::PhysicalDeviceCooperativeMatrixFeaturesKHR::default();
    let mut statistics = vk::PhysicalDevicePipelineExecutablePropertiesFeaturesKHR::default();
    let mut f13 = vk::PhysicalDeviceVulkan13Features::default();
    let has_12 = api_version >= vk::API_VERSION_1_2;
    let has_13 = api_version >= vk::API_VERSION_1_3;
    let mut f2 = vk::PhysicalDeviceFeatures2::default();
    if has_12 {
        f2 = f2.push_next(&mut f11).push_next(&mut f12);
    }
    if has_coop {
        f2 = f2.push_next(&mut coop);
    }
    if has_statistics {
        f2 = f2.push_next(&mut statistics);
    }
    if has_13 {
        f2 = f2.push_next(&mut f13);
    }
    // SAFETY: the chain holds structures of the device's API version.
    unsafe { raw.get_physical_device_features2(physical, &mut f2) };
    let core = f2.features;
    let on = |b: vk::Bool32| b == vk::TRUE;
    Features {
        float64: on(core.shader_float64),
        int64: on(core.shader_int64),
        int16: on(core.shader_int16),
        storage_buffer_16bit: has_12 && on(f11.storage_buffer16_bit_access),
        storage_buffer_8bit: has_12 && on(f12.storage_buffer8_bit_access),
        int8: has_12 && on(f12.shader_int8),
        buffer_int64_atomics: has_12 && on(f12.shader_buffer_int64_atomics),
        shared_int64_atomics: has_12 && on(f12.shader_shared_int64_atomics),
        vulkan_memory_model: has_12 && on(f12.vulkan_memory_model),
        vulkan_memory_model_device_scope: has_12 && on(f12.vulkan_memory_model_device_scope),
        preserves_f32: false,
        preserves_f64: false,
        subgroup_size: 0,
        subgroup_ops: 0,
        shader_float16: has_12 && on(f12.shader_float16),
        cooperative_matrix: has_coop && on(coop.cooperative_matrix),
        pipeline_statistics: has_statistics && on(statistics.pipeline_executable_info),
        zero_initialize_workgroup_memory: has_13 && on(f13.shader_zero_initialize_workgroup_memory),
    }
}
