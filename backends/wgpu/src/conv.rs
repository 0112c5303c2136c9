//! Translations between wgpu's enums and everygpu's words: backend ids and
//! API names, device types, vendor ids, and wgpu errors.

use everygpu_backend::BackendError;

/// The id prefix of backends on a wgpu backend: `wgpu-vulkan`, `wgpu-gl`...
pub(crate) fn id_prefix(backend: wgpu::Backend) -> &'static str {
    match backend {
        wgpu::Backend::Vulkan => "wgpu-vulkan",
        wgpu::Backend::Gl => "wgpu-gl",
        wgpu::Backend::Metal => "wgpu-metal",
        wgpu::Backend::Dx12 => "wgpu-dx12",
        wgpu::Backend::BrowserWebGpu => "wgpu-webgpu",
        wgpu::Backend::Noop => "wgpu-noop",
    }
}

/// The API name shown in `DeviceInfo::api`: `wgpu/Vulkan`, `wgpu/GL`...
pub(crate) fn api_name(backend: wgpu::Backend) -> &'static str {
    match backend {
        wgpu::Backend::Vulkan => "wgpu/Vulkan",
        wgpu::Backend::Gl => "wgpu/GL",
        wgpu::Backend::Metal => "wgpu/Metal",
        wgpu::Backend::Dx12 => "wgpu/DX12",
        wgpu::Backend::BrowserWebGpu => "wgpu/WebGPU",
        wgpu::Backend::Noop => "wgpu/noop",
    }
}

/// A device type in words.
pub(crate) fn device_type(t: wgpu::DeviceType) -> &'static str {
    match t {
        wgpu::DeviceType::DiscreteGpu => "discrete GPU",
        wgpu::DeviceType::IntegratedGpu => "integrated GPU",
        wgpu::DeviceType::VirtualGpu => "virtual GPU",
        wgpu::DeviceType::Cpu => "CPU",
        wgpu::DeviceType::Other => "other",
    }
}

/// The vendor behind a PCI vendor id; `None` where the id says nothing (GL).
pub(crate) fn vendor_name(vendor_id: u32) -> Option<&'static str> {
    Some(match vendor_id {
        0x10de => "NVIDIA",
        0x1002 | 0x1022 => "AMD",
        0x8086 => "Intel",
        0x13b5 => "ARM",
        0x5143 => "Qualcomm",
        0x106b => "Apple",
        0x1010 => "Imagination",
        0x14e4 => "Broadcom",
        0x10005 => "Mesa",
        _ => return None,
    })
}

/// A wgpu error as everygpu's, for an operation on buffer `buffer` (when one is named).
pub(crate) fn buffer_error(e: wgpu::Error, buffer: &str, requested: u64) -> BackendError {
    match e {
        wgpu::Error::OutOfMemory { .. } => BackendError::OutOfMemory {
            buffer: buffer.to_string(),
            requested,
            available: None,
        },
        other => BackendError::Driver(format!("creating buffer `{buffer}`: {other}")),
    }
}

/// Rounds `n` up to a multiple of `align`.
pub(crate) fn align_up(n: u64, align: u64) -> u64 {
    let align = align.max(1);
    n.div_ceil(align) * align
}

/// The optional features everygpu enables where an adapter has them.
pub(crate) fn wanted_features() -> wgpu::Features {
    wgpu::Features::SHADER_F64
        | wgpu::Features::SHADER_INT64
        | wgpu::Features::SHADER_INT64_ATOMIC_MIN_MAX
        | wgpu::Features::SHADER_INT64_ATOMIC_ALL_OPS
        | wgpu::Features::SHADER_F16
        | wgpu::Features::SHADER_FLOAT32_ATOMIC
        | wgpu::Features::SUBGROUP
        | wgpu::Features::EXPERIMENTAL_COOPERATIVE_MATRIX
        | wgpu::Features::TIMESTAMP_QUERY
        | wgpu::Features::TIMESTAMP_QUERY_INSIDE_ENCODERS
        | wgpu::Features::PASSTHROUGH_SHADERS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names() {
        assert_eq!(id_prefix(wgpu::Backend::Gl), "wgpu-gl");
        assert_eq!(api_name(wgpu::Backend::Vulkan), "wgpu/Vulkan");
        assert_eq!(vendor_name(0x10de), Some("NVIDIA"));
        assert_eq!(vendor_name(0), None);
        assert_eq!(align_up(201, 4), 204);
    }
}
