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
        let mut enabled: Vec<String> = features.iter_names().map(|(n, _)| n.to_string()).collect();
        enabled.sort();
        let details = vec![
            ("backend".to_string(), format!("{:?}", a.backend)),
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
        }
    }

    /// Whether runs are timed with timestamp queries.
    pub(crate) fn timestamps(&self) -> bool {
        self.features.contains(wgpu::Features::TIMESTAMP_QUERY)
    }
}
