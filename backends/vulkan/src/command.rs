//! Running a case on a Vulkan device: buffers and staging, one descriptor set
//! per launch, one command buffer per run (uploads, launches with barriers
//! between them, timestamps around the launches, readback), the status
//! buffer decoded after every run; and the copy-bandwidth measurement.
//!
//! Inputs are uploaded by the first run only; later runs start from the
//! buffers as the run before left them, as on CUDA (see
//! [`everygpu_backend::RunOptions`]). Each launch gets
//! its own slice of the status buffer, so a panic is reported for the launch
//! that raised it.

use std::time::{Duration, Instant};

use ash::vk;
use everygpu_backend::print::{self, Prints};
use everygpu_backend::{BackendError, CasePlan, CaseRun, HostBuffer, KernelPanic, Launch, RunOptions, STATUS_WORDS};

use crate::adapter::Adapter;
use crate::conv;
use crate::memory::{create_buffer, Buffer, BufferSet, Location};
use crate::pipeline::Kernel;
use crate::{State, VulkanBackend};

/// Bytes of one launch's status words.
const STATUS_BYTES: u64 = (STATUS_WORDS * 4) as u64;

/// How a run ended when it did not produce a result.
enum Failure {
    /// An error to return as is.
    Error(BackendError),
    /// The device is lost; it must be recreated.
    Lost(String),
    /// The run did not finish in time; its commands may still be running.
    Timeout { kernel: String, limit_ms: u64 },
}

impl From<BackendError> for Failure {
    fn from(e: BackendError) -> Failure {
        Failure::Error(e)
    }
}

/// `what` failed with `r`: a lost device, or a driver error.
fn driver(what: &str, r: vk::Result) -> Failure {
    if conv::is_device_lost(r) {
        Failure::Lost(conv::failed(what, r))
    } else if conv::is_out_of_memory(r) {
        Failure::Error(BackendError::Driver(format!(
            "{} (out of memory)",
            conv::failed(what, r)
        )))
    } else {
        Failure::Error(BackendError::Driver(conv::failed(what, r)))
    }
}

/// Runs `plan` (see [`everygpu_backend::Backend::run`]).
pub(crate) fn run(
    backend: &mut VulkanBackend,
    plan: &CasePlan,
    inputs: &[HostBuffer],
    options: &RunOptions,
) -> Result<CaseRun, BackendError> {
    plan.check_inputs(inputs)?;
    backend.prepare_plan(plan)?;
    // One submission runs all the case's launches.
    let timeout = backend.timeout * plan.launches.len().max(1) as u32;
    let result = match backend.state.as_mut() {
        Some(state) => match resolve(&backend.adapter, state, plan) {
            Ok(launches) => execute(&backend.adapter, state, plan, inputs, options, &launches, timeout),
            Err(e) => Err(Failure::Error(e)),
        },
        None => Err(Failure::Error(BackendError::Driver("no Vulkan device".to_string()))),
    };
    result.map_err(|failure| match failure {
        Failure::Error(e) => e,
        Failure::Lost(message) => {
            backend.mark_lost();
            BackendError::DeviceLost {
                message: format!("{message}: the Vulkan device was lost; it is recreated on the next call"),
                needs_new_process: false,
            }
        }
        Failure::Timeout { kernel, limit_ms } => {
            // Its commands may still run: keep the device and its memory alive.
            backend.hold_after_timeout();
            BackendError::Timeout { kernel, limit_ms }
        }
    })
}

/// A launch checked against its kernel and the device.
struct Resolved<'a> {
    kernel: &'a Kernel,
    launch: &'a Launch,
    /// (binding, plan buffer) for each buffer parameter.
    buffers: Vec<(u32, usize)>,
    /// The parameter block.
    params: Vec<u8>,
}

/// Finds each launch's kernel and checks it can run here as given.
fn resolve<'a>(adapter: &Adapter, state: &'a State, plan: &'a CasePlan) -> Result<Vec<Resolved<'a>>, BackendError> {
    plan.launches
        .iter()
        .map(|launch| {
            let name = &launch.kernel;
            // Every kernel of the plan was prepared before.
            let Some(kernel) = state.kernels.get(name).and_then(|key| state.pipelines.get(key)) else {
                return Err(BackendError::MissingKernel(name.clone()));
            };
            if let Some(what) = &kernel.unsupported {
                return Err(BackendError::Unsupported {
                    kernel: name.clone(),
                    what: what.clone(),
                });
            }
            let max = adapter.limits.max_workgroup_count;
            if launch.groups.iter().zip(max).any(|(&g, m)| g > m) {
                return Err(BackendError::Launch {
                    kernel: name.clone(),
                    message: format!(
                        "{:?} workgroups exceed the device's limit of {max:?} per dimension",
                        launch.groups
                    ),
                });
            }
            let params = everygpu_backend::shader::param_block(plan, launch, &kernel.constant_data)?;
            let buffers = everygpu_backend::shader::launch_bindings(
                plan,
                launch,
                &kernel.bindings,
                adapter.limits.max_storage_buffer_range,
            )?;
            Ok(Resolved {
                kernel,
                launch,
                buffers,
                params,
            })
        })
        .collect()
}

/// Per-run objects other than buffers, destroyed together.
struct Scratch {
    device: ash::Device,
    command_pool: vk::CommandPool,
    descriptor_pool: vk::DescriptorPool,
    command_buffers: Vec<vk::CommandBuffer>,
    fence: vk::Fence,
    query_pool: vk::QueryPool,
    queue: vk::Queue,
}

impl Scratch {
    fn new(state: &State) -> Scratch {
        Scratch {
            device: state.device.clone(),
            command_pool: state.command_pool,
            descriptor_pool: vk::DescriptorPool::null(),
            command_buffers: Vec::new(),
            fence: vk::Fence::null(),
            query_pool: vk::QueryPool::null(),
            queue: state.queue,
        }
    }

    fn command_buffers(&mut self, count: u32) -> Result<(), Failure> {
        let info = vk::CommandBufferAllocateInfo::default()
            .command_pool(self.command_pool)
            .level(vk::CommandBufferLevel::PRIMARY)
            .command_buffer_count(count);
        // SAFETY: the pool is live and used by this thread alone.
        self.command_buffers = unsafe { self.device.allocate_command_buffers(&info) }
            .map_err(|r| driver("vkAllocateCommandBuffers", r))?;
        Ok(())
    }

    fn fence(&mut self) -> Result<vk::Fence, Failure> {
        // SAFETY: a plain fence.
        self.fence = unsafe { self.device.create_fence(&vk::FenceCreateInfo::default(), None) }
            .map_err(|r| driver("vkCreateFence", r))?;
        Ok(self.fence)
    }

    /// Submits `cb` and waits for it, up to `timeout`.
    fn submit_and_wait(&self, cb: vk::CommandBuffer, timeout: Duration, kernel: &str) -> Result<(), Failure> {
        let cbs = [cb];
        let submit = vk::SubmitInfo::default().command_buffers(&cbs);
        // SAFETY: the command buffer is recorded; the fence is unsignalled
        // (reset after every wait); the queue is used by this thread alone.
        unsafe {
            self.device
                .reset_fences(&[self.fence])
                .map_err(|r| driver("vkResetFences", r))?;
            self.device
                .queue_submit(self.queue, &[submit], self.fence)
                .map_err(|r| driver("vkQueueSubmit", r))?;
            match self
                .device
                .wait_for_fences(&[self.fence], true, timeout.as_nanos().min(u64::MAX as u128) as u64)
            {
                Ok(()) => Ok(()),
                Err(vk::Result::TIMEOUT) => Err(Failure::Timeout {
                    kernel: kernel.to_string(),
                    limit_ms: timeout.as_millis() as u64,
                }),
                Err(r) => Err(driver("vkWaitForFences", r)),
            }
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // SAFETY: dropped once its commands completed (a timed-out run is leaked).
        unsafe {
            if !self.command_buffers.is_empty() {
                self.device
                    .free_command_buffers(self.command_pool, &self.command_buffers);
            }
            self.device.destroy_descriptor_pool(self.descriptor_pool, None);
            self.device.destroy_fence(self.fence, None);
            self.device.destroy_query_pool(self.query_pool, None);
        }
    }
}

/// The buffers of one run, by role (indices into the run's [`BufferSet`]).
struct RunBuffers {
    set: BufferSet,
    device: Vec<usize>,
    upload: Vec<usize>,
    /// Readback staging of the output buffers (`None` for the others).
    readback: Vec<Option<usize>>,
    params_device: usize,
    params_upload: usize,
    params_bytes: u64,
    /// Offset and size of each launch's parameter block.
    params_at: Vec<(u64, u64)>,
    status: usize,
    status_stride: u64,
}

impl RunBuffers {
    fn get(&self, i: usize) -> &Buffer {
        &self.set.buffers[i]
    }
}

fn allocate(
    adapter: &Adapter,
    state: &State,
    plan: &CasePlan,
    inputs: &[HostBuffer],
    launches: &[Resolved],
) -> Result<RunBuffers, BackendError> {
    let device = &state.device;
    let mut set = BufferSet::new(device);
    let mut device_ix = Vec::new();
    let mut upload_ix = Vec::new();
    let mut readback_ix = Vec::new();
    let storage =
        vk::BufferUsageFlags::STORAGE_BUFFER | vk::BufferUsageFlags::TRANSFER_SRC | vk::BufferUsageFlags::TRANSFER_DST;
    for (b, input) in plan.buffers.iter().zip(inputs) {
        let bytes = b.bytes() as u64;
        device_ix.push(set.push(create_buffer(
            device,
            adapter,
            &b.name,
            bytes,
            storage,
            Location::Device,
        )?));
        let mut up = create_buffer(
            device,
            adapter,
            &format!("{} (upload staging)", b.name),
            bytes,
            vk::BufferUsageFlags::TRANSFER_SRC,
            Location::Upload,
        )?;
        if let Some(m) = up.mapped() {
            m[..input.len()].copy_from_slice(input.bytes());
        }
        upload_ix.push(set.push(up));
        // Only outputs come back: host-visible memory is costly at 2^28 elements.
        readback_ix.push(match b.output {
            true => Some(set.push(create_buffer(
                device,
                adapter,
                &format!("{} (readback staging)", b.name),
                bytes,
                vk::BufferUsageFlags::TRANSFER_DST,
                Location::Readback,
            )?)),
            false => None,
        });
    }
    let align = adapter.limits.min_storage_offset_alignment;
    let mut params_at = Vec::with_capacity(launches.len());
    let mut end = 0u64;
    for l in launches {
        let offset = conv::align_up(end, align);
        params_at.push((offset, l.params.len() as u64));
        end = offset + l.params.len() as u64;
    }
    let params_device = set.push(create_buffer(
        device,
        adapter,
        "parameter blocks",
        end,
        vk::BufferUsageFlags::STORAGE_BUFFER | vk::BufferUsageFlags::TRANSFER_DST,
        Location::Device,
    )?);
    let mut up = create_buffer(
        device,
        adapter,
        "parameter blocks (upload staging)",
        end,
        vk::BufferUsageFlags::TRANSFER_SRC,
        Location::Upload,
    )?;
    if let Some(m) = up.mapped() {
        for (l, &(offset, len)) in launches.iter().zip(&params_at) {
            m[offset as usize..][..len as usize].copy_from_slice(&l.params);
        }
    }
    let params_upload = set.push(up);
    let slot_bytes = launches
        .iter()
        .map(|l| print::status_words(&l.kernel.print_sites) * 4)
        .max()
        .unwrap_or(STATUS_WORDS * 4);
    let status_stride = conv::align_up(slot_bytes as u64, align);
    let status = set.push(create_buffer(
        device,
        adapter,
        "status",
        status_stride * launches.len().max(1) as u64,
        vk::BufferUsageFlags::STORAGE_BUFFER | vk::BufferUsageFlags::TRANSFER_DST,
        Location::Readback,
    )?);
    Ok(RunBuffers {
        set,
        device: device_ix,
        upload: upload_ix,
        readback: readback_ix,
        params_device,
        params_upload,
        params_bytes: end,
        params_at,
        status,
        status_stride,
    })
}

/// One descriptor set per launch, written.
fn descriptor_sets(
    scratch: &mut Scratch,
    buffers: &RunBuffers,
    launches: &[Resolved],
) -> Result<Vec<vk::DescriptorSet>, Failure> {
    let device = &scratch.device;
    let descriptors: u32 = launches.iter().map(|l| 2 + l.buffers.len() as u32).sum();
    let sizes = [vk::DescriptorPoolSize {
        ty: vk::DescriptorType::STORAGE_BUFFER,
        descriptor_count: descriptors.max(1),
    }];
    let info = vk::DescriptorPoolCreateInfo::default()
        .max_sets(launches.len().max(1) as u32)
        .pool_sizes(&sizes);
    // SAFETY: `info` is valid for the call.
    scratch.descriptor_pool =
        unsafe { device.create_descriptor_pool(&info, None) }.map_err(|r| driver("vkCreateDescriptorPool", r))?;
    if launches.is_empty() {
        return Ok(Vec::new());
    }
    let layouts: Vec<vk::DescriptorSetLayout> = launches.iter().map(|l| l.kernel.set_layout).collect();
    let info = vk::DescriptorSetAllocateInfo::default()
        .descriptor_pool(scratch.descriptor_pool)
        .set_layouts(&layouts);
    // SAFETY: the pool was sized for these sets.
    let sets = unsafe { device.allocate_descriptor_sets(&info) }.map_err(|r| driver("vkAllocateDescriptorSets", r))?;
    // All buffer infos first: the writes point into this vector.
    let mut infos: Vec<(vk::DescriptorSet, u32, vk::DescriptorBufferInfo)> = Vec::new();
    for (l, (launch, &set)) in launches.iter().zip(&sets).enumerate() {
        let status = buffers.get(buffers.status);
        infos.push((
            set,
            everygpu_backend::STATUS_BINDING,
            vk::DescriptorBufferInfo {
                buffer: status.raw,
                offset: l as u64 * buffers.status_stride,
                range: (print::status_words(&launch.kernel.print_sites) * 4) as u64,
            },
        ));
        let (offset, range) = buffers.params_at[l];
        infos.push((
            set,
            everygpu_backend::PARAMS_BINDING,
            vk::DescriptorBufferInfo {
                buffer: buffers.get(buffers.params_device).raw,
                offset,
                range,
            },
        ));
        for &(binding, index) in &launch.buffers {
            infos.push((
                set,
                binding,
                vk::DescriptorBufferInfo {
                    buffer: buffers.get(buffers.device[index]).raw,
                    offset: 0,
                    range: vk::WHOLE_SIZE,
                },
            ));
        }
    }
    let writes: Vec<vk::WriteDescriptorSet> = infos
        .iter()
        .map(|(set, binding, info)| {
            vk::WriteDescriptorSet::default()
                .dst_set(*set)
                .dst_binding(*binding)
                .descriptor_type(vk::DescriptorType::STORAGE_BUFFER)
                .buffer_info(std::slice::from_ref(info))
        })
        .collect();
    // SAFETY: every set, buffer and range is live and in bounds.
    unsafe { device.update_descriptor_sets(&writes, &[]) };
    Ok(sets)
}

/// A global memory barrier.
fn barrier(
    device: &ash::Device,
    cb: vk::CommandBuffer,
    src: (vk::PipelineStageFlags, vk::AccessFlags),
    dst: (vk::PipelineStageFlags, vk::AccessFlags),
) {
    let b = [vk::MemoryBarrier::default()
        .src_access_mask(src.1)
        .dst_access_mask(dst.1)];
    // SAFETY: `cb` is recording.
    unsafe { device.cmd_pipeline_barrier(cb, src.0, dst.0, vk::DependencyFlags::empty(), &b, &[], &[]) };
}

const TRANSFER: vk::PipelineStageFlags = vk::PipelineStageFlags::TRANSFER;
const COMPUTE: vk::PipelineStageFlags = vk::PipelineStageFlags::COMPUTE_SHADER;
const HOST: vk::PipelineStageFlags = vk::PipelineStageFlags::HOST;

/// What one run records: the plan, its buffers, launches and descriptor sets.
struct Work<'a> {
    plan: &'a CasePlan,
    buffers: &'a RunBuffers,
    launches: &'a [Resolved<'a>],
    sets: &'a [vk::DescriptorSet],
    query_pool: vk::QueryPool,
}

/// Records one run: launches (timed) and readback of the status; with
/// `first`, the uploads before them and the readback of every output after.
fn record(scratch: &Scratch, cb: vk::CommandBuffer, work: &Work, first: bool) -> Result<(), Failure> {
    let Work {
        plan,
        buffers,
        launches,
        sets,
        query_pool,
    } = *work;
    let device = &scratch.device;
    // SAFETY: every handle recorded is live until the run's commands complete.
    unsafe {
        device
            .begin_command_buffer(cb, &vk::CommandBufferBeginInfo::default())
            .map_err(|r| driver("vkBeginCommandBuffer", r))?;
        if query_pool != vk::QueryPool::null() {
            device.cmd_reset_query_pool(cb, query_pool, 0, 2);
        }
        // Only the first run uploads: re-uploading before every run would also
        // leave the upload's dirty cache lines for the timed kernel to write
        // back (on an H100, about 20 µs added to every BabelStream dot).
        for (i, b) in plan.buffers.iter().enumerate() {
            if first && b.bytes() > 0 {
                let region = vk::BufferCopy {
                    src_offset: 0,
                    dst_offset: 0,
                    size: b.bytes() as u64,
                };
                device.cmd_copy_buffer(
                    cb,
                    buffers.get(buffers.upload[i]).raw,
                    buffers.get(buffers.device[i]).raw,
                    &[region],
                );
            }
        }
        if first && buffers.params_bytes > 0 {
            let region = vk::BufferCopy {
                src_offset: 0,
                dst_offset: 0,
                size: buffers.params_bytes,
            };
            device.cmd_copy_buffer(
                cb,
                buffers.get(buffers.params_upload).raw,
                buffers.get(buffers.params_device).raw,
                &[region],
            );
        }
        device.cmd_fill_buffer(cb, buffers.get(buffers.status).raw, 0, vk::WHOLE_SIZE, 0);
        for (l, launch) in launches.iter().enumerate() {
            if !launch.kernel.print_sites.is_empty() {
                let at = l as u64 * buffers.status_stride + print::CAPACITY_AT_BYTES;
                let capacity = print::PRINT_CAPACITY_WORDS as u32;
                device.cmd_fill_buffer(cb, buffers.get(buffers.status).raw, at, 4, capacity);
            }
        }
        let shader_rw = vk::AccessFlags::SHADER_READ | vk::AccessFlags::SHADER_WRITE;
        barrier(
            device,
            cb,
            (TRANSFER, vk::AccessFlags::TRANSFER_WRITE),
            (COMPUTE, shader_rw),
        );
        if query_pool != vk::QueryPool::null() {
            device.cmd_write_timestamp(cb, vk::PipelineStageFlags::BOTTOM_OF_PIPE, query_pool, 0);
        }
        for (l, (launch, &set)) in launches.iter().zip(sets).enumerate() {
            if l > 0 {
                barrier(
                    device,
                    cb,
                    (COMPUTE, vk::AccessFlags::SHADER_WRITE),
                    (COMPUTE, shader_rw),
                );
            }
            device.cmd_bind_pipeline(cb, vk::PipelineBindPoint::COMPUTE, launch.kernel.pipeline);
            device.cmd_bind_descriptor_sets(cb, vk::PipelineBindPoint::COMPUTE, launch.kernel.layout, 0, &[set], &[]);
            let [x, y, z] = launch.launch.groups;
            device.cmd_dispatch(cb, x, y, z);
        }
        if query_pool != vk::QueryPool::null() {
            device.cmd_write_timestamp(cb, vk::PipelineStageFlags::BOTTOM_OF_PIPE, query_pool, 1);
        }
        barrier(
            device,
            cb,
            (COMPUTE, vk::AccessFlags::SHADER_WRITE),
            (
                TRANSFER | HOST,
                vk::AccessFlags::TRANSFER_READ | vk::AccessFlags::HOST_READ,
            ),
        );
        if first {
            for (i, b) in plan.buffers.iter().enumerate() {
                let Some(rb) = buffers.readback[i].filter(|_| b.bytes() > 0) else {
                    continue;
                };
                let region = vk::BufferCopy {
                    src_offset: 0,
                    dst_offset: 0,
                    size: b.bytes() as u64,
                };
                device.cmd_copy_buffer(cb, buffers.get(buffers.device[i]).raw, buffers.get(rb).raw, &[region]);
            }
            barrier(
                device,
                cb,
                (TRANSFER, vk::AccessFlags::TRANSFER_WRITE),
                (HOST, vk::AccessFlags::HOST_READ),
            );
        }
        device
            .end_command_buffer(cb)
            .map_err(|r| driver("vkEndCommandBuffer", r))?;
    }
    Ok(())
}

/// Uploads, records, runs on `options`' schedule, and reads back.
fn execute(
    adapter: &Adapter,
    state: &State,
    plan: &CasePlan,
    inputs: &[HostBuffer],
    options: &RunOptions,
    launches: &[Resolved],
    timeout: Duration,
) -> Result<CaseRun, Failure> {
    let mut buffers = allocate(adapter, state, plan, inputs, launches)?;
    let mut scratch = Scratch::new(state);
    let sets = descriptor_sets(&mut scratch, &buffers, launches)?;
    scratch.command_buffers(2)?;
    scratch.fence()?;
    let (first, again) = (scratch.command_buffers[0], scratch.command_buffers[1]);
    {
        let work = Work {
            plan,
            buffers: &buffers,
            launches,
            sets: &sets,
            query_pool: state.query_pool,
        };
        record(&scratch, first, &work, true)?;
        record(&scratch, again, &work, false)?;
    }
    let mut kernel_names: Vec<&str> = launches.iter().map(|l| l.kernel.name.as_str()).collect();
    kernel_names.dedup();
    let kernel_names = kernel_names.join(", ");
    let mut out = CaseRun::default();
    for (r, timed) in options.schedule() {
        let cb = if r == 0 { first } else { again };
        let started = Instant::now();
        if let Err(f) = scratch.submit_and_wait(cb, timeout, &kernel_names) {
            if matches!(f, Failure::Timeout { .. }) {
                // The commands may still run: their objects must outlive them.
                std::mem::forget(buffers);
                std::mem::forget(scratch);
            }
            return Err(f);
        }
        let wall_ns = started.elapsed().as_nanos() as f64;
        if r == 0 {
            read_prints(&mut buffers, launches, &mut out.prints)?;
        }
        check_status(&state.device, &mut buffers, launches).map_err(|f| match f {
            Failure::Error(e) => Failure::Error(e.with_prints(&out.prints)),
            f => f,
        })?;
        if r == 0 {
            for (i, b) in plan.buffers.iter().enumerate() {
                let Some(rb) = buffers.readback[i] else {
                    out.buffers.push(HostBuffer::default());
                    continue;
                };
                let rb = &mut buffers.set.buffers[rb];
                rb.invalidate(&state.device)?;
                let bytes = rb.mapped().map(|m| &m[..b.bytes()]).unwrap_or_default();
                out.buffers.push(HostBuffer::from_bytes(bytes));
            }
        }
        if timed {
            let ns = match adapter.timestamp_period {
                Some(period) if state.query_pool != vk::QueryPool::null() => {
                    let mut ticks = [0u64; 2];
                    // SAFETY: both queries were written by the completed run.
                    unsafe {
                        state.device.get_query_pool_results(
                            state.query_pool,
                            0,
                            &mut ticks,
                            vk::QueryResultFlags::TYPE_64 | vk::QueryResultFlags::WAIT,
                        )
                    }
                    .map_err(|r| driver("vkGetQueryPoolResults", r))?;
                    (ticks[1].wrapping_sub(ticks[0]) & adapter.timestamp_mask) as f64 * period
                }
                _ => wall_ns,
            };
            out.times_ns.push(ns);
        }
    }
    Ok(out)
}

/// How long a driver may take to compile a pipeline on its first dispatch.
const COMPILE_LIMIT: Duration = Duration::from_secs(600);

/// Dispatches `kernel` over zero workgroups: drivers that compile a pipeline
/// when it is first dispatched rather than when it is created (lavapipe does,
/// on its queue thread) compile it now, so that no timed or time-limited
/// launch includes the compile. No thread runs.
pub(crate) fn warm_up(adapter: &Adapter, state: &State, kernel: &Kernel) -> Result<(), BackendError> {
    let device = &state.device;
    let mut set = BufferSet::new(device);
    let usage = vk::BufferUsageFlags::STORAGE_BUFFER;
    let bindings: Vec<u32> = [everygpu_backend::STATUS_BINDING, everygpu_backend::PARAMS_BINDING]
        .into_iter()
        .chain(kernel.bindings.iter().map(|b| b.binding))
        .collect();
    let mut buffers = Vec::with_capacity(bindings.len());
    for &binding in &bindings {
        let name = format!("warm-up binding {binding}");
        let bytes = STATUS_BYTES.max(256);
        buffers.push(set.push(create_buffer(device, adapter, &name, bytes, usage, Location::Device)?));
    }
    let mut scratch = Scratch::new(state);
    let failed = |f: Failure| match f {
        Failure::Error(e) => e,
        Failure::Lost(m) => BackendError::DeviceLost {
            message: format!("{m}: the Vulkan device was lost"),
            needs_new_process: false,
        },
        Failure::Timeout { kernel, limit_ms } => BackendError::Driver(format!(
            "the driver took longer than {limit_ms} ms to compile kernel `{kernel}`"
        )),
    };
    let sizes = [vk::DescriptorPoolSize {
        ty: vk::DescriptorType::STORAGE_BUFFER,
        descriptor_count: bindings.len() as u32,
    }];
    let info = vk::DescriptorPoolCreateInfo::default().max_sets(1).pool_sizes(&sizes);
    // SAFETY: `info` is valid for the call.
    scratch.descriptor_pool = unsafe { device.create_descriptor_pool(&info, None) }
        .map_err(|r| failed(driver("vkCreateDescriptorPool", r)))?;
    let layouts = [kernel.set_layout];
    let info = vk::DescriptorSetAllocateInfo::default()
        .descriptor_pool(scratch.descriptor_pool)
        .set_layouts(&layouts);
    // SAFETY: the pool was sized for this set.
    let sets =
        unsafe { device.allocate_descriptor_sets(&info) }.map_err(|r| failed(driver("vkAllocateDescriptorSets", r)))?;
    let infos: Vec<vk::DescriptorBufferInfo> = buffers
        .iter()
        .map(|&b| vk::DescriptorBufferInfo {
            buffer: set.buffers[b].raw,
            offset: 0,
            range: vk::WHOLE_SIZE,
        })
        .collect();
    let writes: Vec<vk::WriteDescriptorSet> = bindings
        .iter()
        .zip(&infos)
        .map(|(&binding, info)| {
            vk::WriteDescriptorSet::default()
                .dst_set(sets[0])
                .dst_binding(binding)
                .descriptor_type(vk::DescriptorType::STORAGE_BUFFER)
                .buffer_info(std::slice::from_ref(info))
        })
        .collect();
    // SAFETY: the set, buffers and ranges are live.
    unsafe { device.update_descriptor_sets(&writes, &[]) };
    scratch.command_buffers(1).map_err(failed)?;
    scratch.fence().map_err(failed)?;
    let cb = scratch.command_buffers[0];
    // SAFETY: every handle recorded lives until the commands complete.
    unsafe {
        device
            .begin_command_buffer(cb, &vk::CommandBufferBeginInfo::default())
            .map_err(|r| failed(driver("vkBeginCommandBuffer", r)))?;
        device.cmd_bind_pipeline(cb, vk::PipelineBindPoint::COMPUTE, kernel.pipeline);
        device.cmd_bind_descriptor_sets(cb, vk::PipelineBindPoint::COMPUTE, kernel.layout, 0, &sets, &[]);
        device.cmd_dispatch(cb, 0, 0, 0);
        device
            .end_command_buffer(cb)
            .map_err(|r| failed(driver("vkEndCommandBuffer", r)))?;
    }
    match scratch.submit_and_wait(cb, COMPILE_LIMIT, &kernel.name) {
        Ok(()) => Ok(()),
        Err(f) => {
            if matches!(f, Failure::Timeout { .. }) {
                // The commands may still run: their objects must outlive them.
                std::mem::forget(set);
                std::mem::forget(scratch);
            }
            Err(failed(f))
        }
    }
}

/// Reads what each launch printed (its status words were read just before).
fn read_prints(buffers: &mut RunBuffers, launches: &[Resolved], prints: &mut Prints) -> Result<(), Failure> {
    let stride = buffers.status_stride as usize;
    let Some(bytes) = buffers.set.buffers[buffers.status].mapped() else {
        return Ok(());
    };
    let launches = launches.iter().map(|l| {
        let grid = print::Grid {
            groups: l.launch.groups,
            size: l.kernel.workgroup_size,
        };
        (l.kernel.print_sites.as_slice(), grid)
    });
    print::read_slots(bytes, stride, launches, prints)
        .map_err(|e| Failure::Error(BackendError::Driver(format!("reading what the kernels printed: {e}"))))
}

/// Reads each launch's status words; the first launch that panicked is the error.
fn check_status(device: &ash::Device, buffers: &mut RunBuffers, launches: &[Resolved]) -> Result<(), Failure> {
    let stride = buffers.status_stride as usize;
    let status = &mut buffers.set.buffers[buffers.status];
    status.invalidate(device)?;
    let Some(bytes) = status.mapped() else {
        return Ok(());
    };
    let kernels = launches
        .iter()
        .map(|l| (l.kernel.name.as_str(), l.kernel.panic_messages.as_slice()));
    match KernelPanic::first_in_slots(bytes, stride, kernels) {
        Some(panic) => Err(Failure::Error(BackendError::Panic(panic))),
        None => Ok(()),
    }
}
