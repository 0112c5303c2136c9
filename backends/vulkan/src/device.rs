//! [`VulkanBackend`]: one physical device, its logical device and queue, the
//! loaded kernels, and the [`Backend`] implementation.
//!
//! The logical device is created when the backend is opened. If the driver
//! reports it lost (or a run times out), it is dropped, and the next call
//! creates a new one.
//!
//! Pipelines are created when a plan first launches their kernel
//! ([`Backend::prepare`]), not when an artifact is loaded, and kept by the
//! content of their code ([`everygpu_backend::ShaderKernel::content_key`]): a rebuild of the
//! crate re-creates only the pipelines of the kernels it changed, and a run
//! of one case creates only that case's.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use ash::vk;
use everygpu_backend::{
    Artifact, Backend, BackendError, CasePlan, CaseRun, DeviceInfo, HostBuffer, Manifest, Prepared, Route, RunOptions,
    ShaderArtifact,
};

use crate::adapter::Adapter;
use crate::conv;
use crate::instance::Instance;
use crate::pipeline::Kernel;
use crate::{State, VulkanBackend};

/// How long one launch may take before its run is reported as a timeout,
/// unless [`Backend::set_launch_timeout`] says otherwise.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

/// Pipelines kept beyond those of the loaded artifact: older code that an
/// undo in the editor brings back without a new compile.
const SPARE_PIPELINES: usize = 64;

impl State {
    fn new(instance: &Instance, adapter: &Adapter) -> Result<State, String> {
        let f = adapter.features;
        let core = vk::PhysicalDeviceFeatures::default()
            .shader_float64(f.float64)
            .shader_int64(f.int64)
            .shader_int16(f.int16);
        let mut f11 = vk::PhysicalDeviceVulkan11Features::default().storage_buffer16_bit_access(f.storage_buffer_16bit);
        let mut f12 = vk::PhysicalDeviceVulkan12Features::default()
            .shader_float16(f.shader_float16)
            .storage_buffer8_bit_access(f.storage_buffer_8bit)
            .shader_int8(f.int8)
            .shader_buffer_int64_atomics(f.buffer_int64_atomics)
            .shader_shared_int64_atomics(f.shared_int64_atomics)
            .vulkan_memory_model(f.vulkan_memory_model)
            .vulkan_memory_model_device_scope(f.vulkan_memory_model_device_scope);
        let mut coop = vk::PhysicalDeviceCooperativeMatrixFeaturesKHR::default().cooperative_matrix(true);
        let mut f13 = vk::PhysicalDeviceVulkan13Features::default()
            .shader_zero_initialize_workgroup_memory(f.zero_initialize_workgroup_memory);
        let mut features = vk::PhysicalDeviceFeatures2::default().features(core);
        if adapter.api_version >= vk::API_VERSION_1_2 {
            features = features.push_next(&mut f11).push_next(&mut f12);
        }
        let mut extensions = Vec::new();
        if f.cooperative_matrix {
            extensions.push(ash::khr::cooperative_matrix::NAME.as_ptr());
            features = features.push_next(&mut coop);
        }
        let mut statistics =
            vk::PhysicalDevicePipelineExecutablePropertiesFeaturesKHR::default().pipeline_executable_info(true);
        if f.pipeline_statistics {
            extensions.push(ash::khr::pipeline_executable_properties::NAME.as_ptr());
            features = features.push_next(&mut statistics);
        }
        if adapter.api_version >= vk::API_VERSION_1_3 {
            features = features.push_next(&mut f13);
        }
        let priorities = [1.0f32];
        let queues = [vk::DeviceQueueCreateInfo::default()
            .queue_family_index(adapter.queue_family)
            .queue_priorities(&priorities)];
        let info = vk::DeviceCreateInfo::default()
            .queue_create_infos(&queues)
            .enabled_extension_names(&extensions)
            .push_next(&mut features);
        // SAFETY: `info` and its chain live across the call; every feature
        // enabled was reported by the device.
        let device = unsafe { instance.raw.create_device(adapter.physical, &info, None) }
            .map_err(|r| conv::failed("vkCreateDevice", r))?;
        // From here on, `state`'s Drop frees whatever was made.
        let mut state = State {
            // SAFETY: the family was created with one queue.
            queue: unsafe { device.get_device_queue(adapter.queue_family, 0) },
            statistics: f
                .pipeline_statistics
                .then(|| ash::khr::pipeline_executable_properties::Device::new(&instance.raw, &device)),
            device,
            command_pool: vk::CommandPool::null(),
            query_pool: vk::QueryPool::null(),
            pipelines: HashMap::new(),
            kernels: HashMap::new(),
        };
        let info = vk::CommandPoolCreateInfo::default()
            .queue_family_index(adapter.queue_family)
            .flags(vk::CommandPoolCreateFlags::RESET_COMMAND_BUFFER);
        // SAFETY: `info` is valid for the call.
        state.command_pool = unsafe { state.device.create_command_pool(&info, None) }
            .map_err(|r| conv::failed("vkCreateCommandPool", r))?;
        if adapter.timestamp_period.is_some() {
            let info = vk::QueryPoolCreateInfo::default()
                .query_type(vk::QueryType::TIMESTAMP)
                .query_count(2);
            // SAFETY: as above.
            state.query_pool = unsafe { state.device.create_query_pool(&info, None) }
                .map_err(|r| conv::failed("vkCreateQueryPool", r))?;
        }
        Ok(state)
    }

    /// The pipeline of kernel `name` of `artifact`: the one made before for
    /// the same code, or a new one, compiled now. Returns whether it is new.
    fn prepare_kernel(
        &mut self,
        adapter: &Adapter,
        artifact: &ShaderArtifact,
        name: &str,
    ) -> Result<bool, BackendError> {
        if self.kernels.contains_key(name) {
            return Ok(false);
        }
        let Some(shader) = artifact.kernel(name) else {
            return Err(artifact.refusal(name));
        };
        let key = shader.content_key();
        let created = !self.pipelines.contains_key(&key);
        if created {
            let kernel =
                Kernel::create(&self.device, self.statistics.as_ref(), adapter, shader).map_err(|message| {
                    BackendError::Load {
                        route: Route::Wasm,
                        message,
                    }
                })?;
            if kernel.unsupported.is_none() {
                let compiled = crate::command::warm_up(adapter, self, &kernel);
                if let Err(e) = compiled {
                    let mut kernel = kernel;
                    // SAFETY: the warm-up waited for its commands or failed before submitting.
                    unsafe { kernel.destroy(&self.device) };
                    return Err(e);
                }
            }
            self.pipelines.insert(key, kernel);
            self.evict();
        }
        self.kernels.insert(name.to_string(), key);
        Ok(created)
    }

    /// Frees the oldest pipelines that no kernel of the loaded artifact uses,
    /// beyond [`SPARE_PIPELINES`].
    fn evict(&mut self) {
        let in_use: std::collections::HashSet<u64> = self.kernels.values().copied().collect();
        let spare: Vec<u64> = self
            .pipelines
            .iter()
            .filter(|(k, _)| !in_use.contains(k))
            .map(|(k, _)| *k)
            .collect();
        let mut spare: Vec<(u64, u64)> = spare.into_iter().map(|k| (self.pipelines[&k].created, k)).collect();
        if spare.len() <= SPARE_PIPELINES {
            return;
        }
        spare.sort_unstable();
        for (_, key) in &spare[..spare.len() - SPARE_PIPELINES] {
            if let Some(mut k) = self.pipelines.remove(key) {
                // SAFETY: runs wait for their commands before returning, so none is pending.
                unsafe { k.destroy(&self.device) };
            }
        }
    }

    fn unload(&mut self) {
        self.kernels.clear();
        for (_, mut k) in self.pipelines.drain() {
            // SAFETY: runs wait for their commands before returning, so none is pending.
            unsafe { k.destroy(&self.device) };
        }
    }
}

impl Drop for State {
    fn drop(&mut self) {
        // SAFETY: runs wait for their commands, so the device is idle; a
        // State whose run timed out is leaked instead of dropped.
        unsafe {
            let _ = self.device.device_wait_idle();
            self.unload();
            self.device.destroy_query_pool(self.query_pool, None);
            self.device.destroy_command_pool(self.command_pool, None);
            self.device.destroy_device(None);
        }
    }
}

impl VulkanBackend {
    /// Opens physical device `index` of `instance` (`vulkan:N`) and creates its logical device.
    pub(crate) fn open(
        instance: Arc<Instance>,
        physical: vk::PhysicalDevice,
        index: usize,
    ) -> Result<VulkanBackend, String> {
        let adapter = Adapter::query(&instance, physical, index)?;
        let state = State::new(&instance, &adapter).map_err(|e| format!("{}: {e}", adapter.info.name))?;
        Ok(VulkanBackend {
            id: format!("vulkan:{index}"),
            adapter,
            state: Some(state),
            loaded: None,
            held: false,
            timeout: DEFAULT_TIMEOUT,
            instance,
        })
    }

    /// Makes sure a live device exists: recreates it, and rebuilds the last
    /// artifact, after a loss.
    pub(crate) fn ensure_state(&mut self) -> Result<(), BackendError> {
        if self.held {
            return Err(BackendError::held_after_timeout(&self.id));
        }
        if self.state.is_some() {
            return Ok(());
        }
        let state = State::new(&self.instance, &self.adapter)
            .map_err(|e| BackendError::Driver(format!("cannot recreate the Vulkan device: {e}")))?;
        self.state = Some(state);
        Ok(())
    }

    /// Prepares the kernels of `plan` (see [`Backend::prepare`]).
    pub(crate) fn prepare_plan(&mut self, plan: &CasePlan) -> Result<Prepared, BackendError> {
        self.ensure_state()?;
        let (Some(state), Some((artifact, _))) = (self.state.as_mut(), self.loaded.as_ref()) else {
            return Err(BackendError::Driver("no artifact is loaded".to_string()));
        };
        let mut prepared = Prepared::default();
        for launch in &plan.launches {
            if state.prepare_kernel(&self.adapter, artifact, &launch.kernel)? {
                prepared.created.push(launch.kernel.clone());
            }
        }
        prepared.stats = plan
            .kernels()
            .filter_map(|k| Some(state.pipelines.get(state.kernels.get(k)?)?.stats.clone()))
            .collect();
        Ok(prepared)
    }

    /// Drops the device after a loss: the next call creates a new one.
    pub(crate) fn mark_lost(&mut self) {
        self.state = None;
    }

    /// After a launch past its time limit: keeps the device alive forever
    /// (its commands may still run) and opens no other in this process.
    pub(crate) fn hold_after_timeout(&mut self) {
        if let Some(state) = self.state.take() {
            std::mem::forget(state);
            // The instance too: destroying it under a device that lives on
            // ends the process on NVIDIA's driver.
            std::mem::forget(Arc::clone(&self.instance));
        }
        self.held = true;
    }
}

impl Backend for VulkanBackend {
    fn id(&self) -> &str {
        &self.id
    }

    fn device(&self) -> &DeviceInfo {
        &self.adapter.info
    }

    fn route(&self) -> Route {
        Route::Wasm
    }

    fn load(&mut self, artifact: &Artifact, manifest: &Manifest) -> Result<(), BackendError> {
        let Artifact::Shader(shaders) = artifact else {
            return Err(BackendError::wrong_artifact(self.route(), artifact));
        };
        let shaders = shaders.clone();
        self.ensure_state()?;
        if let Some(state) = self.state.as_mut() {
            // Pipelines stay, by content; names now mean this artifact's kernels.
            state.kernels.clear();
        }
        self.loaded = Some((shaders, manifest.clone()));
        Ok(())
    }

    fn prepare(&mut self, plan: &CasePlan) -> Result<Prepared, BackendError> {
        self.prepare_plan(plan)
    }

    fn run(&mut self, plan: &CasePlan, inputs: &[HostBuffer], options: &RunOptions) -> Result<CaseRun, BackendError> {
        crate::command::run(self, plan, inputs, options)
    }

    fn measure_copy_gbps(&mut self, bytes: u64) -> Option<f64> {
        // A compute-shader copy: transfer-queue copies are far below what
        // kernels reach on some drivers. It replaces the loaded kernels for a
        // moment.
        let previous = self.loaded.clone();
        everygpu_backend::copy_roof::measure_then_reload(self, bytes, previous)
    }

    fn set_launch_timeout(&mut self, limit: Duration) {
        self.timeout = limit;
    }
}
