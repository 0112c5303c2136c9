//! The Vulkan loader (libvulkan, opened at run time) and the one
//! `VkInstance` that every [`crate::VulkanBackend`] of the process shares.

use std::ffi::CStr;
use std::sync::Arc;

use ash::vk;

/// The oldest instance version everygpu needs (`vkGetPhysicalDeviceProperties2`).
const MIN_API: u32 = vk::API_VERSION_1_1;
/// The newest version it asks for.
const MAX_API: u32 = vk::API_VERSION_1_3;

/// The loaded library and an instance; destroyed when the last backend goes.
pub(crate) struct Instance {
    /// Keeps libvulkan loaded as long as the instance lives.
    pub(crate) entry: ash::Entry,
    pub(crate) raw: ash::Instance,
    /// The API version the instance was created with.
    pub(crate) api_version: u32,
}

impl Instance {
    /// Loads libvulkan and creates an instance, or says why it cannot.
    pub(crate) fn create() -> Result<Arc<Instance>, String> {
        // SAFETY: loading the Vulkan loader runs its initialisers, which is
        // what every Vulkan application does.
        let entry = unsafe { ash::Entry::load() }
            .map_err(|e| format!("the Vulkan loader (libvulkan) could not be loaded: {e}"))?;
        // SAFETY: the entry is loaded.
        let loader_version = match unsafe { entry.try_enumerate_instance_version() } {
            Ok(v) => v.unwrap_or(vk::API_VERSION_1_0),
            Err(r) => return Err(crate::conv::failed("vkEnumerateInstanceVersion", r)),
        };
        if loader_version < MIN_API {
            return Err(format!(
                "the Vulkan loader supports only version {}; everygpu needs 1.1",
                crate::conv::api_version(loader_version)
            ));
        }
        let api_version = loader_version.min(MAX_API);
        let app = vk::ApplicationInfo::default()
            .application_name(c"everygpu")
            .engine_name(c"everygpu")
            .api_version(api_version);
        // MoltenVK (macOS) lists its devices only to instances that opt in.
        // SAFETY: the entry is loaded.
        let available = unsafe { entry.enumerate_instance_extension_properties(None) }.unwrap_or_default();
        let portability = available
            .iter()
            .any(|e| e.extension_name_as_c_str().ok() == Some(ash::khr::portability_enumeration::NAME));
        let mut extensions: Vec<*const std::ffi::c_char> = Vec::new();
        let mut flags = vk::InstanceCreateFlags::empty();
        if portability {
            extensions.push(ash::khr::portability_enumeration::NAME.as_ptr());
            flags |= vk::InstanceCreateFlags::ENUMERATE_PORTABILITY_KHR;
        }
        let info = vk::InstanceCreateInfo::default()
            .application_info(&app)
            .enabled_extension_names(&extensions)
            .flags(flags);
        // SAFETY: `info` and what it points to live across the call.
        let raw = unsafe { entry.create_instance(&info, None) }.map_err(|r| match r {
            vk::Result::ERROR_INCOMPATIBLE_DRIVER => {
                "vkCreateInstance found no compatible driver (no Vulkan ICD is installed: \
                 mesa-vulkan-drivers provides a software one)"
                    .to_string()
            }
            r => crate::conv::failed("vkCreateInstance", r),
        })?;
        Ok(Arc::new(Instance {
            entry,
            raw,
            api_version,
        }))
    }

    /// The physical devices, in the loader's order.
    pub(crate) fn physical_devices(&self) -> Result<Vec<vk::PhysicalDevice>, String> {
        // SAFETY: the instance is live.
        unsafe { self.raw.enumerate_physical_devices() }
            .map_err(|r| crate::conv::failed("vkEnumeratePhysicalDevices", r))
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        // SAFETY: every device made from it has been destroyed: each backend
        // holds an `Arc<Instance>` and destroys its device first.
        unsafe { self.raw.destroy_instance(None) };
    }
}

/// A NUL-terminated driver string as text.
pub(crate) fn text(s: Result<&CStr, std::ffi::FromBytesUntilNulError>) -> String {
    s.map(|c| c.to_string_lossy().into_owned()).unwrap_or_default()
}
