//! Translations between Vulkan's enums and numbers and everygpu's words:
//! vendor ids, device types, version encodings, and `vk::Result` codes.

use ash::vk;

/// The vendor behind a PCI vendor id (or a Khronos vendor id for software drivers).
pub(crate) fn vendor_name(vendor_id: u32) -> String {
    match vendor_id {
        0x10de => "NVIDIA".to_string(),
        0x1002 | 0x1022 => "AMD".to_string(),
        0x8086 => "Intel".to_string(),
        0x13b5 => "ARM".to_string(),
        0x5143 => "Qualcomm".to_string(),
        0x106b => "Apple".to_string(),
        0x1010 => "Imagination".to_string(),
        0x14e4 => "Broadcom".to_string(),
        0x10005 => "Mesa".to_string(),
        other => format!("vendor 0x{other:04x}"),
    }
}

/// A device type in words.
pub(crate) fn device_type(t: vk::PhysicalDeviceType) -> &'static str {
    match t {
        vk::PhysicalDeviceType::DISCRETE_GPU => "discrete GPU",
        vk::PhysicalDeviceType::INTEGRATED_GPU => "integrated GPU",
        vk::PhysicalDeviceType::VIRTUAL_GPU => "virtual GPU",
        vk::PhysicalDeviceType::CPU => "CPU",
        _ => "other",
    }
}

/// A Vulkan API version as `major.minor.patch`.
pub(crate) fn api_version(v: u32) -> String {
    format!(
        "{}.{}.{}",
        vk::api_version_major(v),
        vk::api_version_minor(v),
        vk::api_version_patch(v)
    )
}

/// A driver version in the vendor's own encoding (NVIDIA packs
/// 10.8.8.6 bits; the others follow the API version's layout).
pub(crate) fn driver_version(vendor_id: u32, v: u32) -> String {
    if vendor_id == 0x10de {
        format!("{}.{}.{:02}", v >> 22, (v >> 14) & 0xff, (v >> 6) & 0xff)
    } else {
        api_version(v)
    }
}

/// Whether a result code says memory ran out.
pub(crate) fn is_out_of_memory(r: vk::Result) -> bool {
    matches!(
        r,
        vk::Result::ERROR_OUT_OF_DEVICE_MEMORY
            | vk::Result::ERROR_OUT_OF_HOST_MEMORY
            | vk::Result::ERROR_TOO_MANY_OBJECTS
    )
}

/// Whether a result code means the logical device is no longer usable.
pub(crate) fn is_device_lost(r: vk::Result) -> bool {
    r == vk::Result::ERROR_DEVICE_LOST
}

/// `what` failed with `r`, in words: `vkQueueSubmit: ERROR_DEVICE_LOST`.
pub(crate) fn failed(what: &str, r: vk::Result) -> String {
    format!("{what} failed: {r}")
}

/// Rounds `n` up to a multiple of `align` (a power of two or any positive number).
pub(crate) fn align_up(n: u64, align: u64) -> u64 {
    let align = align.max(1);
    n.div_ceil(align) * align
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nvidia_driver_version_decodes() {
        // 580.159.04 as NVIDIA packs it.
        let v = (580 << 22) | (159 << 14) | (4 << 6);
        assert_eq!(driver_version(0x10de, v), "580.159.04");
        assert_eq!(api_version(vk::make_api_version(0, 1, 3, 230)), "1.3.230");
    }

    #[test]
    fn align_up_rounds() {
        assert_eq!(align_up(200, 256), 256);
        assert_eq!(align_up(0, 16), 0);
        assert_eq!(align_up(17, 16), 32);
        assert_eq!(align_up(5, 0), 5);
    }
}

/// The `VkSubgroupFeatureFlagBits` that `everygpu_backend::shader::subgroup_ops`
/// names (same bit values: basic, vote, arithmetic, ballot, shuffle, relative).
pub(crate) const SUBGROUP_OPS_KNOWN: u32 = {
    use everygpu_backend::shader::subgroup_ops as ops;
    ops::BASIC | ops::VOTE | ops::ARITHMETIC | ops::BALLOT | ops::SHUFFLE | ops::SHUFFLE_RELATIVE
};

#[cfg(test)]
mod subgroup_tests {
    use ash::vk::SubgroupFeatureFlags as F;
    use everygpu_backend::shader::subgroup_ops as ops;

    #[test]
    fn subgroup_classes_have_vulkans_bit_values() {
        assert_eq!(ops::BASIC, F::BASIC.as_raw());
        assert_eq!(ops::VOTE, F::VOTE.as_raw());
        assert_eq!(ops::ARITHMETIC, F::ARITHMETIC.as_raw());
        assert_eq!(ops::BALLOT, F::BALLOT.as_raw());
        assert_eq!(ops::SHUFFLE, F::SHUFFLE.as_raw());
        assert_eq!(ops::SHUFFLE_RELATIVE, F::SHUFFLE_RELATIVE.as_raw());
    }
}

/// A cooperative-matrix component type as `everygpu devices` shows it.
pub(crate) fn component_type(t: ash::vk::ComponentTypeKHR) -> String {
    use ash::vk::ComponentTypeKHR as T;
    match t {
        T::FLOAT16 => "f16".into(),
        T::FLOAT32 => "f32".into(),
        T::FLOAT64 => "f64".into(),
        T::SINT8 => "s8".into(),
        T::SINT16 => "s16".into(),
        T::SINT32 => "s32".into(),
        T::SINT64 => "s64".into(),
        T::UINT8 => "u8".into(),
        T::UINT16 => "u16".into(),
        T::UINT32 => "u32".into(),
        T::UINT64 => "u64".into(),
        // VK_KHR_shader_bfloat16 (not in this ash's enumeration).
        other if other.as_raw() == 1_000_141_000 => "bf16".into(),
        other => format!("type {}", other.as_raw()),
    }
}
