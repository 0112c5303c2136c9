//! everygpu's Vulkan backend: runs the wasm→naga route's SPIR-V through
//! [ash](https://docs.rs/ash), one [`VulkanBackend`] per physical device.
//!
//! libvulkan is opened at run time, so the same binary runs where Vulkan is
//! missing, and [`enumerate`] then says why it is absent. Skeleton as in
//! wgpu-hal: `instance` (loader, `VkInstance`), `adapter` (what a device is
//! and can do), `device` (logical device, loaded kernels, the
//! [`everygpu_backend::Backend`] implementation), `pipeline` (one compute
//! pipeline per kernel), `memory` (buffers), `command` (recording and running
//! a case), `conv` (enum translations).

mod adapter;
mod command;
mod conv;
mod device;
mod instance;
mod memory;
mod pipeline;

pub use device::VulkanBackend;

use everygpu_backend::{Absent, Enumerated};

/// Opens every Vulkan physical device (`vulkan:0`, `vulkan:1`, ...), and says
/// why Vulkan, or one of its devices, is not usable where it is not.
pub fn enumerate() -> Enumerated {
    let mut out = Enumerated::default();
    let absent = |reason: String| Absent {
        backend: "vulkan".to_string(),
        reason,
    };
    let instance = match instance::Instance::create() {
        Ok(i) => i,
        Err(reason) => {
            out.absent.push(absent(reason));
            return out;
        }
    };
    let physicals = match instance.physical_devices() {
        Ok(p) => p,
        Err(reason) => {
            out.absent.push(absent(reason));
            return out;
        }
    };
    if physicals.is_empty() {
        out.absent.push(absent(
            "the Vulkan loader found no device (no driver is installed: mesa-vulkan-drivers provides a software one)"
                .to_string(),
        ));
    }
    for (index, physical) in physicals.into_iter().enumerate() {
        match VulkanBackend::open(instance.clone(), physical, index) {
            Ok(b) => out.backends.push(Box::new(b)),
            Err(reason) => out.absent.push(absent(format!("device {index}: {reason}"))),
        }
    }
    out
}
