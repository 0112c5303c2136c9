//! The wgpu instance (every native backend compiled in, or those named in
//! `WGPU_BACKEND`) and its adapters.

/// The backends asked for: `WGPU_BACKEND` (e.g. `vulkan,gl`) or all native ones.
pub(crate) fn backends() -> wgpu::Backends {
    wgpu::Backends::from_env()
        .unwrap_or(wgpu::Backends::VULKAN | wgpu::Backends::GL | wgpu::Backends::METAL | wgpu::Backends::DX12)
}

/// A new instance of `backends`. Validation layers stay off unless asked for
/// with `WGPU_VALIDATION=1` (and the `WGPU_DEBUG` family of variables).
pub(crate) fn create(backends: wgpu::Backends) -> wgpu::Instance {
    let mut desc = wgpu::InstanceDescriptor::new_without_display_handle();
    desc.backends = backends;
    desc.flags = wgpu::InstanceFlags::empty().with_env();
    wgpu::Instance::new(desc)
}

/// Every adapter of `backends` the instance has, in wgpu's order.
pub(crate) fn adapters(instance: &wgpu::Instance, backends: wgpu::Backends) -> Vec<wgpu::Adapter> {
    pollster::block_on(instance.enumerate_adapters(backends))
}
