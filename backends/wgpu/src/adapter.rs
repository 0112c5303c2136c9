//! [`Adapter`]: one wgpu adapter, what it is ([`DeviceInfo`]), the features
//! and limits its device is created with, and how runs are timed on it.

use everygpu_backend::DeviceInfo;

use crate::conv;

/// An adapter and what was learnt about it.
pub(crate) struct Adapter {
    pub(crate) raw: wgpu::Adapter,
    pub(crate) info: DeviceInfo,
    /// The features the device is created with.
    pub(crate) features: wgpu::Features,
    /// The limits the device is created with (the adapter's own).
    pub(crate) limits: wgpu::Limits,
    /// Whether the shader route's cooperative matrices run here: wgpu's
    /// `EXPERIMENTAL_COOPERATIVE_MATRIX` with the `f16·f16→f32 16×16×16` shape.
    pub(crate) matrices: bool,
    /// On Vulkan with `PASSTHROUGH_SHADERS`: kernels go to the driver as the
    /// route's own SPIR-V, which declares that NaNs, infinities and signed
    /// zeros must be kept (`SignedZeroInfNanPreserve`, see
    /// `everygpu_backend::spirv_words`), as the Vulkan backend does; wgpu's
    /// own SPIR-V from the naga module cannot say so, and drivers then fold
    /// `x != x` and `x + 0.0`.
    pub(crate) passthrough: Option<Passthrough>,
}

/// What the route's SPIR-V must suit on a wgpu Vulkan device.
pub(crate) struct Passthrough {
    /// The float widths whose NaNs, infinities and signed zeros the device
    /// preserves.
    pub(crate) preserved_widths: Vec<u32>,
    /// Whether the device zero-initialises workgroup memory itself (wgpu
    /// enables `shaderZeroInitializeWorkgroupMemory` wherever it exists).
    pub(crate) native_workgroup_zeroing: bool,
}

impl Adapter {
    /// Describes `raw`.
    pub(crate) fn new(raw: wgpu::Adapter) -> Adapter {
        let a = raw.get_info();
        let features = raw.features() & conv::wanted_features();
        let limits = raw.limits();
        let vendor = conv::vendor_name(a.vendor).map(str::to_string).unwrap_or_else(|| {
            if a.vendor == 0 {
                "unknown".to_string()
            } else {
                format!("vendor 0x{:04x}", a.vendor)
            }
        });
        let driver = format!("{} {}", a.driver, a.driver_info).trim().to_string();
        let timing = if features.contains(wgpu::Features::TIMESTAMP_QUERY) {
            "timestamp queries (wgpu TIMESTAMP_QUERY)".to_string()
        } else {
            "wall clock: the adapter has no TIMESTAMP_QUERY, so times include submission and synchronisation"
                .to_string()
        };
        let shapes = if features.contains(wgpu::Features::EXPERIMENTAL_COOPERATIVE_MATRIX) {
            raw.cooperative_matrix_properties()
        } else {
            Vec::new()
        };
        let matrices = shapes.iter().any(|p| {
            (p.m_size, p.n_size, p.k_size) == (16, 16, 16)
                && p.ab_type == wgpu::CooperativeScalarType::F16
                && p.cr_type == wgpu::CooperativeScalarType::F32
        });
        let passthrough = (a.backend == wgpu::Backend::Vulkan
            && features.contains(wgpu::Features::PASSTHROUGH_SHADERS))
        .then(|| passthrough(&raw));
        let mut enabled: Vec<String> = features.iter_names().map(|(n, _)| n.to_string()).collect();
        enabled.sort();
        let details = vec![
            ("backend".to_string(), format!("{:?}", a.backend)),
            (
                "kernel statistics".to_string(),
                "none (wgpu does not report what the driver compiled)".to_string(),
            ),
            ("device type".to_string(), conv::device_type(a.device_type).to_string()),
            (
                "vendor/device id".to_string(),
                format!("0x{:04x}/0x{:04x}", a.vendor, a.device),
            ),
            (
                "max workgroups per dimension".to_string(),
                limits.max_compute_workgroups_per_dimension.to_string(),
            ),
            (
                "max workgroup size".to_string(),
                format!(
                    "{} × {} × {}",
                    limits.max_compute_workgroup_size_x,
                    limits.max_compute_workgroup_size_y,
                    limits.max_compute_workgroup_size_z
                ),
            ),
            (
                "max invocations per workgroup".to_string(),
                limits.max_compute_invocations_per_workgroup.to_string(),
            ),
            (
                "max shared memory".to_string(),
                format!("{} bytes", limits.max_compute_workgroup_storage_size),
            ),
            (
                "max storage buffers per kernel".to_string(),
                limits.max_storage_buffers_per_shader_stage.to_string(),
            ),
            (
                "max storage binding".to_string(),
                format!("{} bytes", limits.max_storage_buffer_binding_size),
            ),
            ("max buffer".to_string(), format!("{} bytes", limits.max_buffer_size)),
            (
                "subgroup size".to_string(),
                if !features.contains(wgpu::Features::SUBGROUP) {
                    "no subgroup operations (wgpu feature SUBGROUP)".to_string()
                } else if a.subgroup_min_size == a.subgroup_max_size {
                    a.subgroup_min_size.to_string()
                } else {
                    format!("{} to {}", a.subgroup_min_size, a.subgroup_max_size)
                },
            ),
            (
                "cooperative matrices".to_string(),
                if shapes.is_empty() {
                    "none (wgpu exposes EXPERIMENTAL_COOPERATIVE_MATRIX only where a device has 8×8×8 f32 shapes)"
                        .to_string()
                } else {
                    shapes
                        .iter()
                        .map(|p| {
                            format!(
                                "{:?}·{:?}→{:?} {}×{}×{}",
                                p.ab_type, p.ab_type, p.cr_type, p.m_size, p.n_size, p.k_size
                            )
                            .to_lowercase()
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            ),
            ("features".to_string(), enabled.join(", ")),
            (
                "NaN, Inf and -0 preserved".to_string(),
                match passthrough.as_ref().map(|p| p.preserved_widths.as_slice()) {
                    None => {
                        "not declared (wgpu cannot say so here; a kernel's float specials may differ from the CPU's)"
                            .to_string()
                    }
                    Some([]) => "no (a kernel's float specials may differ from the CPU's)".to_string(),
                    Some(widths) => widths.iter().map(|w| format!("f{w}")).collect::<Vec<_>>().join(", "),
                },
            ),
            ("timing".to_string(), timing),
        ];
        let info = DeviceInfo {
            name: a.name.clone(),
            vendor,
            api: conv::api_name(a.backend).to_string(),
            driver,
            memory_bytes: None,
            peak_gbps: None,
            peak_gflops: None,
            f64: features.contains(wgpu::Features::SHADER_F64),
            i64: features.contains(wgpu::Features::SHADER_INT64),
            details,
        };
        Adapter {
            raw,
            info,
            features,
            limits,
            matrices,
            passthrough,
        }
    }

    /// Whether runs are timed with timestamp queries.
    pub(crate) fn timestamps(&self) -> bool {
        self.features.contains(wgpu::Features::TIMESTAMP_QUERY)
    }
}

/// What the route's SPIR-V must suit on the Vulkan device behind `raw`: its
/// float controls (`VkPhysicalDeviceFloatControlsProperties`) and whether it
/// zero-initialises workgroup memory.
fn passthrough(raw: &wgpu::Adapter) -> Passthrough {
    use ash::vk;
    // SAFETY: reads properties and features of the adapter's physical
    // device; nothing is created or destroyed.
    let Some(hal) = (unsafe { raw.as_hal::<wgpu::hal::api::Vulkan>() }) else {
        return Passthrough {
            preserved_widths: Vec::new(),
            native_workgroup_zeroing: false,
        };
    };
    let instance = hal.shared_instance().raw_instance();
    let physical = hal.raw_physical_device();
    let mut controls = vk::PhysicalDeviceFloatControlsProperties::default();
    let mut props = vk::PhysicalDeviceProperties2::default().push_next(&mut controls);
    let mut zeroing = vk::PhysicalDeviceZeroInitializeWorkgroupMemoryFeatures::default();
    let mut features = vk::PhysicalDeviceFeatures2::default().push_next(&mut zeroing);
    // SAFETY: a valid physical device of this instance; the chained
    // structures are Vulkan 1.2's and 1.3's (an older device leaves them
    // zeroed: nothing preserved, no native zeroing).
    unsafe {
        instance.get_physical_device_properties2(physical, &mut props);
        instance.get_physical_device_features2(physical, &mut features);
    }
    Passthrough {
        preserved_widths: [
            (32, controls.shader_signed_zero_inf_nan_preserve_float32),
            (64, controls.shader_signed_zero_inf_nan_preserve_float64),
        ]
        .into_iter()
        .filter_map(|(w, on)| (on == vk::TRUE).then_some(w))
        .collect(),
        native_workgroup_zeroing: zeroing.shader_zero_initialize_workgroup_memory == vk::TRUE,
    }
}
