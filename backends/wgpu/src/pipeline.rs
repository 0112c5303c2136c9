//! [`Kernel`]: one compute pipeline per shader kernel, built from its naga
//! module (`wgpu::ShaderSource::Naga`) with an explicit bind group layout
//! following `everygpu_backend::shader` (binding 0 status, 1 parameter
//! block, 2.. the buffer parameters).

use std::borrow::Cow;

use everygpu_backend::{ShaderBinding, ShaderKernel, PARAMS_BINDING, STATUS_BINDING};

use crate::adapter::Adapter;
use crate::capture;

/// A kernel ready to dispatch, or the reason this device cannot run it.
pub(crate) struct Kernel {
    pub(crate) name: String,
    /// The constant data that follows the parameter slots.
    pub(crate) constant_data: std::sync::Arc<[u32]>,
    pub(crate) bindings: Vec<ShaderBinding>,
    pub(crate) panic_messages: Vec<String>,
    /// Its `gpu_println!` call sites (see `ShaderKernel::print_sites`).
    pub(crate) print_sites: Vec<String>,
    /// Threads per workgroup.
    pub(crate) workgroup_size: [u32; 3],
    /// Why the device cannot run it; `None` when `pipeline` is set.
    pub(crate) unsupported: Option<String>,
    pub(crate) pipeline: Option<(wgpu::ComputePipeline, wgpu::BindGroupLayout)>,
    /// What everygpu knows of the compiled kernel (wgpu reports nothing of
    /// the driver's).
    pub(crate) stats: everygpu_backend::KernelStats,
    /// When it was created, in creation order (the oldest spare pipelines go first).
    pub(crate) created: u64,
}

/// Counts pipeline creations.
static CREATED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl Kernel {
    /// Builds the pipeline of `shader`, or records why this device cannot.
    /// Errors are wgpu's (validation of the module, the driver's compiler).
    pub(crate) fn create(device: &wgpu::Device, adapter: &Adapter, shader: &ShaderKernel) -> Result<Kernel, String> {
        let mut kernel = Kernel {
            name: shader.name.clone(),
            bindings: shader.bindings.clone(),
            constant_data: shader.constant_data.clone(),
            panic_messages: shader.panic_messages.clone(),
            print_sites: shader.print_sites.clone(),
            workgroup_size: shader.workgroup_size,
            unsupported: unsupported(adapter, shader),
            pipeline: None,
            stats: shader.route_stats(),
            created: CREATED.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        };
        if kernel.unsupported.is_some() {
            return Ok(kernel);
        }
        let storage = |binding: u32, read_only: bool| wgpu::BindGroupLayoutEntry {
            binding,
            visibility: wgpu::ShaderStages::COMPUTE,
            ty: wgpu::BindingType::Buffer {
                ty: wgpu::BufferBindingType::Storage { read_only },
                has_dynamic_offset: false,
                min_binding_size: None,
            },
            count: None,
        };
        let entries: Vec<wgpu::BindGroupLayoutEntry> = [storage(STATUS_BINDING, false), storage(PARAMS_BINDING, true)]
            .into_iter()
            .chain(shader.bindings.iter().map(|b| storage(b.binding, !b.writable)))
            .collect();
        let loop_checks = everygpu_backend::loop_limit::needs_loop_checks(&adapter.info.name);
        // On Vulkan, the route's SPIR-V as the Vulkan backend makes it (float
        // specials preserved where the device can); elsewhere the naga module,
        // with loops that say when the driver ends them, where it does.
        let code = match &adapter.passthrough {
            Some(p) => {
                let device_spirv = everygpu_backend::shader::DeviceSpirv {
                    native_workgroup_zeroing: p.native_workgroup_zeroing,
                    loop_checks,
                };
                let words = everygpu_backend::shader::vulkan_spirv(shader, device_spirv, &p.preserved_widths)
                    .map_err(|e| format!("kernel `{}`: {e}", shader.name))?;
                Code::Spirv(words)
            }
            None => Code::Naga(Box::new(
                loop_checks
                    .then(|| everygpu_backend::shader::module_with_loop_checks(shader, true))
                    .flatten()
                    .unwrap_or_else(|| (*shader.module).clone()),
            )),
        };
        let (pipeline, error) = capture(device, || {
            let module = match code {
                Code::Spirv(words) => {
                    let [x, y, z] = shader.workgroup_size;
                    let entry_points = [wgpu::PassthroughShaderEntryPoint {
                        name: Cow::Borrowed(shader.name.as_str()),
                        workgroup_size: (x, y, z),
                    }];
                    // SAFETY: naga wrote and validated this SPIR-V; the
                    // amendments are the Vulkan backend's, for this device's
                    // float controls; its bindings are those of the layout
                    // below.
                    unsafe {
                        device.create_shader_module_passthrough(wgpu::ShaderModuleDescriptorPassthrough {
                            label: Some(&shader.name),
                            entry_points: Cow::Borrowed(&entry_points),
                            spirv: Some(Cow::Owned(words)),
                            ..Default::default()
                        })
                    }
                }
                Code::Naga(module) => device.create_shader_module(wgpu::ShaderModuleDescriptor {
                    label: Some(&shader.name),
                    source: wgpu::ShaderSource::Naga(Cow::Owned(*module)),
                }),
            };
            let set_layout = device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
                label: Some(&shader.name),
                entries: &entries,
            });
            let layout = device.create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
                label: Some(&shader.name),
                bind_group_layouts: &[Some(&set_layout)],
                immediate_size: 0,
            });
            let pipeline = device.create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
                label: Some(&shader.name),
                layout: Some(&layout),
                module: &module,
                entry_point: Some(&shader.name),
                compilation_options: wgpu::PipelineCompilationOptions::default(),
                cache: None,
            });
            (pipeline, set_layout)
        });
        if let Some(e) = error {
            return Err(format!("kernel `{}`: {e}", shader.name));
        }
        kernel.pipeline = Some(pipeline);
        Ok(kernel)
    }
}

/// What a kernel's shader module is made from.
enum Code {
    /// The route's SPIR-V, passed through to the Vulkan driver.
    Spirv(Vec<u32>),
    /// The naga module, which wgpu writes for its API.
    Naga(Box<naga::Module>),
}

/// Why `adapter` cannot run `shader`, if it cannot.
fn unsupported(adapter: &Adapter, shader: &ShaderKernel) -> Option<String> {
    let l = &adapter.limits;
    if shader.uses_f64 && !adapter.features.contains(wgpu::Features::SHADER_F64) {
        return Some("f64 (wgpu feature SHADER_F64)".to_string());
    }
    if shader.uses_i64 && !adapter.features.contains(wgpu::Features::SHADER_INT64) {
        return Some("64-bit integers (wgpu feature SHADER_INT64)".to_string());
    }
    if shader.uses_matrices && !adapter.matrices {
        return Some(format!(
            "cooperative matrices of the shape {} (wgpu 30 exposes EXPERIMENTAL_COOPERATIVE_MATRIX only where a \
             device has 8×8×8 f32 shapes; see `everygpu devices`)",
            everygpu_backend::shader::COOPERATIVE_MATRIX_SHAPE
        ));
    }
    if shader.subgroup_ops != 0 && !adapter.features.contains(wgpu::Features::SUBGROUP) {
        return Some(format!(
            "subgroup operations ({}) (wgpu feature SUBGROUP)",
            everygpu_backend::shader::subgroup_ops::names(shader.subgroup_ops).join(", ")
        ));
    }
    everygpu_backend::shader::beyond_limits(
        shader,
        &everygpu_backend::shader::DeviceLimits {
            workgroup_size: [
                l.max_compute_workgroup_size_x,
                l.max_compute_workgroup_size_y,
                l.max_compute_workgroup_size_z,
            ],
            workgroup_threads: l.max_compute_invocations_per_workgroup,
            storage_buffers: l.max_storage_buffers_per_shader_stage,
            storage_buffers_limit: "maxStorageBuffersPerShaderStage",
            workgroup_bytes: l.max_compute_workgroup_storage_size,
        },
    )
}
