//! everygpu's wgpu backend: runs the wasm→naga route's naga modules
//! (`wgpu::ShaderSource::Naga`) on every wgpu adapter, one [`WgpuBackend`]
//! per adapter: `wgpu-vulkan:N`, `wgpu-gl:N`, `wgpu-metal:N`, `wgpu-dx12:N`.
//!
//! Skeleton as in the Vulkan backend: the types are declared here
//! ([`WgpuBackend`], its device `State`, the error-scope helper `capture`);
//! `instance` (the wgpu instance and its
//! adapters), `adapter` (what a device is and can do), `device` (device,
//! loaded kernels, the [`everygpu_backend::Backend`] implementation),
//! `pipeline` (one compute pipeline per kernel), `command` (recording and
//! running a case), `conv` (enum translations).

mod adapter;
pub mod baseline;
mod command;
mod conv;
mod device;
mod instance;
mod pipeline;

use std::collections::HashMap;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use everygpu_backend::{Absent, Enumerated, Manifest, ShaderArtifact};

use crate::adapter::Adapter;
use crate::pipeline::Kernel;

/// A wgpu adapter running the wasm→naga route's naga modules.
pub struct WgpuBackend {
    id: String,
    pub(crate) adapter: Adapter,
    pub(crate) state: Option<State>,
    pub(crate) loaded: Option<(Arc<ShaderArtifact>, Manifest)>,
    /// A launch ran past its time limit: the device is kept, unused, and no
    /// other is opened ([`BackendError::held_after_timeout`]).
    held: bool,
    /// How long one launch may take ([`Backend::set_launch_timeout`]).
    pub(crate) timeout: Duration,
    /// Keeps the instance (and, on GL, its display) alive.
    _instance: Arc<wgpu::Instance>,
}

impl std::fmt::Debug for WgpuBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WgpuBackend")
            .field("id", &self.id)
            .field("device", &self.adapter.info.name)
            .finish()
    }
}

/// A device with its queue and kernels.
pub(crate) struct State {
    pub(crate) device: wgpu::Device,
    pub(crate) queue: wgpu::Queue,
    /// Pipelines by content key, of this and earlier loads.
    pub(crate) pipelines: HashMap<u64, Kernel>,
    /// The loaded artifact's kernels prepared so far: name → pipeline key.
    pub(crate) kernels: HashMap<String, u64>,
    /// Set by the device-lost callback.
    lost: Arc<AtomicBool>,
    /// Errors no scope caught (recorded instead of wgpu's panicking default).
    uncaptured: Arc<Mutex<Vec<String>>>,
}

/// Runs `f` inside out-of-memory, validation and internal error scopes;
/// returns its value and the first error caught.
pub(crate) fn capture<T>(device: &wgpu::Device, f: impl FnOnce() -> T) -> (T, Option<wgpu::Error>) {
    let oom = device.push_error_scope(wgpu::ErrorFilter::OutOfMemory);
    let validation = device.push_error_scope(wgpu::ErrorFilter::Validation);
    let internal = device.push_error_scope(wgpu::ErrorFilter::Internal);
    let value = f();
    let internal = pollster::block_on(internal.pop());
    let validation = pollster::block_on(validation.pop());
    let oom = pollster::block_on(oom.pop());
    (value, oom.or(validation).or(internal))
}

/// Opens every wgpu adapter, numbered per wgpu backend (`wgpu-vulkan:0`,
/// `wgpu-gl:0`, ...), and says why wgpu, or one of its adapters, is not
/// usable where it is not.
pub fn enumerate() -> Enumerated {
    enumerate_backends(instance::backends())
}

/// The adapters of one wgpu backend, by the prefix of their ids
/// (`wgpu-vulkan`, `wgpu-gl`...), numbered as [`enumerate`] numbers them:
/// what a worker serving one of them opens, without creating devices on the
/// others. An unknown prefix opens every backend.
pub fn enumerate_family(prefix: &str) -> Enumerated {
    let all = [
        wgpu::Backend::Vulkan,
        wgpu::Backend::Gl,
        wgpu::Backend::Metal,
        wgpu::Backend::Dx12,
    ];
    match all.into_iter().find(|b| conv::id_prefix(*b) == prefix) {
        Some(backend) => enumerate_backends(instance::backends() & wgpu::Backends::from(backend)),
        None => enumerate(),
    }
}

fn enumerate_backends(backends: wgpu::Backends) -> Enumerated {
    let mut out = Enumerated::default();
    let instance = Arc::new(instance::create(backends));
    let adapters = instance::adapters(&instance, backends);
    if adapters.is_empty() {
        out.absent.push(Absent {
            backend: "wgpu".to_string(),
            reason: format!("wgpu found no adapter on {backends:?} (no Vulkan, Metal, DX12 or GL driver it can use)"),
        });
    }
    let mut counts: HashMap<wgpu::Backend, usize> = HashMap::new();
    for adapter in adapters {
        let backend = adapter.get_info().backend;
        let n = counts.entry(backend).or_default();
        let id = format!("{}:{n}", conv::id_prefix(backend));
        *n += 1;
        // wgpu's GL backend may get a context without compute shaders (GL
        // 3.3 from NVIDIA's EGL): such an adapter cannot run any kernel.
        if !adapter
            .get_downlevel_capabilities()
            .flags
            .contains(wgpu::DownlevelFlags::COMPUTE_SHADERS)
        {
            let info = adapter.get_info();
            out.absent.push(Absent {
                backend: "wgpu".to_string(),
                reason: format!(
                    "{id}: {} ({}, {}) has no compute shaders (GL needs 4.3 or ES 3.1)",
                    info.name, info.driver, info.driver_info
                ),
            });
            continue;
        }
        match WgpuBackend::open(instance.clone(), adapter, id.clone()) {
            Ok(b) => out.backends.push(Box::new(b)),
            Err(reason) => out.absent.push(Absent {
                backend: "wgpu".to_string(),
                reason: format!("{id}: {reason}"),
            }),
        }
    }
    out
}
