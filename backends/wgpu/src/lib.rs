//! everygpu's wgpu backend: runs the wasm→naga route's naga modules
//! (`wgpu::ShaderSource::Naga`) on every wgpu adapter, one [`WgpuBackend`]
//! per adapter: `wgpu-vulkan:N`, `wgpu-gl:N`, `wgpu-metal:N`, `wgpu-dx12:N`.
//!
//! Skeleton as in the Vulkan backend: `instance` (the wgpu instance and its
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

pub use device::WgpuBackend;

use std::collections::HashMap;
use std::sync::Arc;

use everygpu_backend::{Absent, Enumerated};

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
