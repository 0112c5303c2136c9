//! everygpu's Vulkan backend: runs the wasm→naga route's SPIR-V through
//! [ash](https://docs.rs/ash), one [`VulkanBackend`] per physical device.
//!
//! libvulkan is opened at run time, so the same binary runs where Vulkan is
//! missing, and [`enumerate`] then says why it is absent. Skeleton as in
//! wgpu-hal: the backend's types are declared here ([`VulkanBackend`] and its
//! device `State`), and each module implements one concern on them:
//! `instance` (loader, `VkInstance`), `adapter` (what a device is and can
//! do), `device` (logical device, loaded kernels, the
//! [`everygpu_backend::Backend`] implementation), `pipeline` (one compute
//! pipeline per kernel), `memory` (buffers), `command` (recording and running
//! a case), `conv` (enum translations). No module imports a sibling that
//! imports it back.

mod adapter;
mod command;
mod conv;
mod device;
mod instance;
mod memory;
mod pipeline;

use everygpu_backend::{Absent, Enumerated};

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use ash::vk;
use everygpu_backend::{Manifest, ShaderArtifact};

use crate::adapter::Adapter;
use crate::instance::Instance;
use crate::pipeline::Kernel;

/// A Vulkan device running the wasm→naga route's SPIR-V.
pub struct VulkanBackend {
    id: String,
    pub(crate) adapter: Adapter,
    /// The device and what lives on it; `None` after it was lost.
    pub(crate) state: Option<State>,
    /// The last artifact loaded, to rebuild after the device is recreated.
    pub(crate) loaded: Option<(Arc<ShaderArtifact>, Manifest)>,
    /// A launch ran past its time limit: the device is kept, unused, and no
    /// other is opened ([`BackendError::held_after_timeout`]).
    held: bool,
    /// How long one launch may take ([`Backend::set_launch_timeout`]).
    pub(crate) timeout: Duration,
    // Declared last: dropped after `state`, which destroys its device first.
    instance: Arc<Instance>,
}

impl std::fmt::Debug for VulkanBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VulkanBackend")
            .field("id", &self.id)
            .field("device", &self.adapter.info.name)
            .finish()
    }
}

/// A logical device with its queue, command pool, timestamp queries and kernels.
pub(crate) struct State {
    pub(crate) device: ash::Device,
    /// The driver's pipeline statistics, where it reports them.
    pub(crate) statistics: Option<ash::khr::pipeline_executable_properties::Device>,
    pub(crate) queue: vk::Queue,
    pub(crate) command_pool: vk::CommandPool,
    /// Two timestamps per run; null where the queue has none.
    pub(crate) query_pool: vk::QueryPool,
    /// Pipelines by [`everygpu_backend::ShaderKernel::content_key`], of this and earlier loads.
    pub(crate) pipelines: HashMap<u64, Kernel>,
    /// The loaded artifact's kernels prepared so far: name → pipeline key.
    pub(crate) kernels: HashMap<String, u64>,
}

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
