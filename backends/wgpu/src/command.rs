//! Running a case on a wgpu device: buffers and staging, one bind group per
//! launch, one command encoder per run (uploads, one compute pass with every
//! launch in order, timestamps around the pass, readback), the status buffer
//! decoded after every run; and the copy-bandwidth measurement.
//!
//! wgpu inserts the barriers between dispatches of a pass that use a buffer
//! read-write, so launches see what earlier ones wrote. Inputs are uploaded
//! by the first run only (see [`everygpu_backend::RunOptions`]).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use everygpu_backend::print;
use everygpu_backend::{BackendError, CasePlan, CaseRun, HostBuffer, KernelPanic, Launch, RunOptions, STATUS_WORDS};

use crate::adapter::Adapter;
use crate::conv;
use crate::pipeline::Kernel;
use crate::{capture, State, WgpuBackend};

/// Bytes of one launch's status words.
const STATUS_BYTES: u64 = (STATUS_WORDS * 4) as u64;

/// How a run ended when it did not produce a result.
enum Failure {
    Error(BackendError),
    /// The device is lost; it must be recreated.
    Lost(String),
    /// The run did not finish in time; its commands may still be running.
    Timeout {
        kernel: String,
        limit_ms: u64,
    },
}

impl From<BackendError> for Failure {
    fn from(e: BackendError) -> Failure {
        Failure::Error(e)
    }
}

/// Runs `plan` (see [`everygpu_backend::Backend::run`]).
pub(crate) fn run(
    backend: &mut WgpuBackend,
    plan: &CasePlan,
    inputs: &[HostBuffer],
    options: &RunOptions,
) -> Result<CaseRun, BackendError> {
    plan.check_inputs(inputs)?;
    backend.prepare_plan(plan)?;
    // One submission runs all the case's launches.
    let timeout = backend.timeout * plan.launches.len().max(1) as u32;
    let result = match backend.state.as_ref() {
        Some(state) => match resolve(&backend.adapter, state, plan) {
            Ok(launches) => execute(&backend.adapter, state, plan, inputs, options, &launches, timeout),
            Err(e) => Err(Failure::Error(e)),
        },
        None => Err(Failure::Error(BackendError::Driver("no wgpu device".to_string()))),
    };
    finish(backend, result)
}

/// Turns a failure into the error to return, dropping or leaking the device.
fn finish<T>(backend: &mut WgpuBackend, result: Result<T, Failure>) -> Result<T, BackendError> {
    result.map_err(|failure| match failure {
        Failure::Error(e) => e,
        Failure::Lost(message) => {
            backend.mark_lost();
            BackendError::DeviceLost {
                message: format!("{message}: the wgpu device was lost; it is recreated on the next call"),
                needs_new_process: false,
            }
        }
        Failure::Timeout { kernel, limit_ms } => {
            backend.hold_after_timeout();
            BackendError::Timeout { kernel, limit_ms }
        }
    })
}

/// A launch checked against its kernel and the device.
struct Resolved<'a> {
    kernel: &'a Kernel,
    launch: &'a Launch,
    pipeline: &'a wgpu::ComputePipeline,
    layout: &'a wgpu::BindGroupLayout,
    /// (binding, plan buffer) for each buffer parameter.
    buffers: Vec<(u32, usize)>,
    params: Vec<u8>,
}

fn resolve<'a>(adapter: &Adapter, state: &'a State, plan: &'a CasePlan) -> Result<Vec<Resolved<'a>>, BackendError> {
    plan.launches
        .iter()
        .map(|launch| {
            let name = &launch.kernel;
            // Every kernel of the plan was prepared before.
            let Some(kernel) = state.kernels.get(name).and_then(|key| state.pipelines.get(key)) else {
                return Err(BackendError::MissingKernel(name.clone()));
            };
            let launch_error = |message: String| BackendError::Launch {
                kernel: name.clone(),
                message,
            };
            let (pipeline, layout) = match (&kernel.unsupported, &kernel.pipeline) {
                (Some(what), _) => {
                    return Err(BackendError::Unsupported {
                        kernel: name.clone(),
                        what: what.clone(),
                    })
                }
                (None, Some((p, l))) => (p, l),
                (None, None) => return Err(launch_error("the kernel has no pipeline".to_string())),
            };
            let max = adapter.limits.max_compute_workgroups_per_dimension;
            if launch.groups.iter().any(|&g| g > max) {
                return Err(launch_error(format!(
                    "{:?} workgroups: wgpu allows at most {max} per dimension; use a 2-D grid or a grid-stride loop",
                    launch.groups
                )));
            }
            let params = everygpu_backend::shader::param_block(plan, launch, &kernel.constant_data)?;
            let buffers = everygpu_backend::shader::launch_bindings(
                plan,
                launch,
                &kernel.bindings,
                adapter.limits.max_storage_buffer_binding_size,
            )?;
            Ok(Resolved {
                kernel,
                launch,
                pipeline,
                layout,
                buffers,
                params,
            })
        })
        .collect()
}

/// Creates a buffer of at least 16 bytes (a multiple of 4), optionally
/// filled with `contents`; allocation failures become `OutOfMemory`.
fn create_buffer(
    state: &State,
    adapter: &Adapter,
    name: &str,
    size: u64,
    usage: wgpu::BufferUsages,
    contents: Option<&[u8]>,
) -> Result<wgpu::Buffer, BackendError> {
    let size = conv::align_up(size.max(16), wgpu::COPY_BUFFER_ALIGNMENT);
    if size > adapter.limits.max_buffer_size {
        return Err(BackendError::OutOfMemory {
            buffer: name.to_string(),
            requested: size,
            available: Some(adapter.limits.max_buffer_size),
        });
    }
    let (buffer, error) = capture(&state.device, || {
        state.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some(name),
            size,
            usage,
            mapped_at_creation: contents.is_some(),
        })
    });
    if let Some(e) = error {
        return Err(conv::buffer_error(e, name, size));
    }
    if let Some(bytes) = contents {
        let slice = buffer.slice(..);
        let mut view = slice
            .get_mapped_range_mut()
            .map_err(|e| BackendError::Driver(format!("mapping `{name}`: {e}")))?;
        view.slice(..bytes.len()).copy_from_slice(bytes);
        drop(view);
        buffer.unmap();
    }
    Ok(buffer)
}

/// The buffers of one run.
struct RunBuffers {
    device: Vec<wgpu::Buffer>,
    upload: Vec<wgpu::Buffer>,
    /// Readback staging of the output buffers (`None` for the others).
    readback: Vec<Option<wgpu::Buffer>>,
    params_device: wgpu::Buffer,
    params_upload: wgpu::Buffer,
    params_bytes: u64,
    params_at: Vec<(u64, u64)>,
    status: wgpu::Buffer,
    status_readback: wgpu::Buffer,
    status_stride: u64,
    /// The words a print area starts with, where a launch prints.
    print_header: Option<wgpu::Buffer>,
    /// Query set, resolve buffer and its readback, where timestamps are on.
    timestamps: Option<(wgpu::QuerySet, wgpu::Buffer, wgpu::Buffer)>,
}

fn allocate(
    adapter: &Adapter,
    state: &State,
    plan: &CasePlan,
    inputs: &[HostBuffer],
    launches: &[Resolved],
) -> Result<RunBuffers, BackendError> {
    use wgpu::BufferUsages as U;
    let mut device = Vec::new();
    let mut upload = Vec::new();
    let mut readback = Vec::new();
    for (b, input) in plan.buffers.iter().zip(inputs) {
        let bytes = b.bytes() as u64;
        device.push(create_buffer(
            state,
            adapter,
            &b.name,
            bytes,
            U::STORAGE | U::COPY_SRC | U::COPY_DST,
            None,
        )?);
        upload.push(create_buffer(
            state,
            adapter,
            &format!("{} (upload staging)", b.name),
            bytes,
            U::COPY_SRC,
            Some(input.bytes()),
        )?);
        // Only outputs come back: mappable memory is costly at 2^28 elements.
        readback.push(match b.output {
            true => Some(create_buffer(
                state,
                adapter,
                &format!("{} (readback staging)", b.name),
                bytes,
                U::MAP_READ | U::COPY_DST,
                None,
            )?),
            false => None,
        });
    }
    let align = adapter.limits.min_storage_buffer_offset_alignment as u64;
    let mut params_at = Vec::with_capacity(launches.len());
    let mut block = Vec::new();
    for l in launches {
        let offset = conv::align_up(block.len() as u64, align);
        block.resize(offset as usize, 0);
        params_at.push((offset, l.params.len() as u64));
        block.extend_from_slice(&l.params);
    }
    block.resize(conv::align_up(block.len() as u64, 4) as usize, 0);
    let params_bytes = block.len() as u64;
    let params_device = create_buffer(
        state,
        adapter,
        "parameter blocks",
        params_bytes,
        U::STORAGE | U::COPY_DST,
        None,
    )?;
    let params_upload = create_buffer(
        state,
        adapter,
        "parameter blocks (upload staging)",
        params_bytes,
        U::COPY_SRC,
        Some(&block),
    )?;
    let slot_bytes = launches
        .iter()
        .map(|l| print::status_words(&l.kernel.print_sites) * 4)
        .max()
        .unwrap_or(STATUS_WORDS * 4);
    let status_stride = conv::align_up(slot_bytes as u64, align);
    // What a print area starts with before a launch: nothing reserved,
    // nothing dropped, the whole capacity.
    let print_header = launches
        .iter()
        .any(|l| !l.kernel.print_sites.is_empty())
        .then(|| {
            let words: Vec<u8> = [0, 0, print::PRINT_CAPACITY_WORDS as u32]
                .iter()
                .flat_map(|w| w.to_le_bytes())
                .collect();
            create_buffer(state, adapter, "print area header", 16, U::COPY_SRC, Some(&words))
        })
        .transpose()?;
    let status_bytes = status_stride * launches.len().max(1) as u64;
    let status = create_buffer(
        state,
        adapter,
        "status",
        status_bytes,
        U::STORAGE | U::COPY_SRC | U::COPY_DST,
        None,
    )?;
    let status_readback = create_buffer(
        state,
        adapter,
        "status (readback)",
        status_bytes,
        U::MAP_READ | U::COPY_DST,
        None,
    )?;
    let timestamps = if adapter.timestamps() {
        let (query_set, error) = capture(&state.device, || {
            state.device.create_query_set(&wgpu::QuerySetDescriptor {
                label: Some("run timestamps"),
                ty: wgpu::QueryType::Timestamp,
                count: 2,
            })
        });
        if let Some(e) = error {
            return Err(BackendError::Driver(format!("creating the timestamp queries: {e}")));
        }
        let resolve = create_buffer(state, adapter, "timestamps", 16, U::QUERY_RESOLVE | U::COPY_SRC, None)?;
        let readback = create_buffer(
            state,
            adapter,
            "timestamps (readback)",
            16,
            U::MAP_READ | U::COPY_DST,
            None,
        )?;
        Some((query_set, resolve, readback))
    } else {
        None
    };
    Ok(RunBuffers {
        device,
        upload,
        readback,
        params_device,
        params_upload,
        params_bytes,
        params_at,
        status,
        status_readback,
        status_stride,
        print_header,
        timestamps,
    })
}

fn bind_groups(
    state: &State,
    buffers: &RunBuffers,
    launches: &[Resolved],
) -> Result<Vec<wgpu::BindGroup>, BackendError> {
    let mut groups = Vec::with_capacity(launches.len());
    for (l, launch) in launches.iter().enumerate() {
        let (params_offset, params_size) = buffers.params_at[l];
        let mut entries = vec![
            wgpu::BindGroupEntry {
                binding: everygpu_backend::STATUS_BINDING,
                resource: wgpu::BindingResource::Buffer(wgpu::BufferBinding {
                    buffer: &buffers.status,
                    offset: l as u64 * buffers.status_stride,
                    size: wgpu::BufferSize::new((print::status_words(&launch.kernel.print_sites) * 4) as u64),
                }),
            },
            wgpu::BindGroupEntry {
                binding: everygpu_backend::PARAMS_BINDING,
                resource: wgpu::BindingResource::Buffer(wgpu::BufferBinding {
                    buffer: &buffers.params_device,
                    offset: params_offset,
                    size: wgpu::BufferSize::new(params_size),
                }),
            },
        ];
        for &(binding, index) in &launch.buffers {
            entries.push(wgpu::BindGroupEntry {
                binding,
                resource: buffers.device[index].as_entire_binding(),
            });
        }
        let (group, error) = capture(&state.device, || {
            state.device.create_bind_group(&wgpu::BindGroupDescriptor {
                label: Some(&launch.kernel.name),
                layout: launch.layout,
                entries: &entries,
            })
        });
        if let Some(e) = error {
            return Err(BackendError::Launch {
                kernel: launch.kernel.name.clone(),
                message: e.to_string(),
            });
        }
        groups.push(group);
    }
    Ok(groups)
}

/// Records one run; with `first`, the uploads before it and the copies of
/// every output after it too.
fn record(
    state: &State,
    plan: &CasePlan,
    buffers: &RunBuffers,
    launches: &[Resolved],
    groups: &[wgpu::BindGroup],
    first: bool,
) -> wgpu::CommandBuffer {
    let mut encoder = state.device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
        label: Some("everygpu run"),
    });
    // Only the first run uploads (see `everygpu_backend::RunOptions`).
    if first {
        for (i, b) in plan.buffers.iter().enumerate() {
            if b.bytes() > 0 {
                let size = conv::align_up(b.bytes() as u64, wgpu::COPY_BUFFER_ALIGNMENT);
                encoder.copy_buffer_to_buffer(&buffers.upload[i], 0, &buffers.device[i], 0, size);
            }
        }
        encoder.copy_buffer_to_buffer(
            &buffers.params_upload,
            0,
            &buffers.params_device,
            0,
            buffers.params_bytes,
        );
    }
    encoder.clear_buffer(&buffers.status, 0, None);
    if let Some(header) = &buffers.print_header {
        for (l, launch) in launches.iter().enumerate() {
            if !launch.kernel.print_sites.is_empty() {
                let at = l as u64 * buffers.status_stride + (print::PRINT_AT * 4) as u64;
                encoder.copy_buffer_to_buffer(header, 0, &buffers.status, at, (print::PRINT_HEADER_WORDS * 4) as u64);
            }
        }
    }
    {
        let timestamp_writes = buffers
            .timestamps
            .as_ref()
            .map(|(query_set, _, _)| wgpu::ComputePassTimestampWrites {
                query_set,
                beginning_of_pass_write_index: Some(0),
                end_of_pass_write_index: Some(1),
            });
        let mut pass = encoder.begin_compute_pass(&wgpu::ComputePassDescriptor {
            label: Some("everygpu launches"),
            timestamp_writes,
        });
        for (launch, group) in launches.iter().zip(groups) {
            pass.set_pipeline(launch.pipeline);
            pass.set_bind_group(0, group, &[]);
            let [x, y, z] = launch.launch.groups;
            pass.dispatch_workgroups(x, y, z);
        }
    }
    if let Some((query_set, resolve, readback)) = &buffers.timestamps {
        encoder.resolve_query_set(query_set, 0..2, resolve, 0);
        encoder.copy_buffer_to_buffer(resolve, 0, readback, 0, 16);
    }
    encoder.copy_buffer_to_buffer(&buffers.status, 0, &buffers.status_readback, 0, buffers.status.size());
    if first {
        for (i, b) in plan.buffers.iter().enumerate() {
            if let Some(rb) = buffers.readback[i].as_ref().filter(|_| b.bytes() > 0) {
                let size = conv::align_up(b.bytes() as u64, wgpu::COPY_BUFFER_ALIGNMENT);
                encoder.copy_buffer_to_buffer(&buffers.device[i], 0, rb, 0, size);
            }
        }
    }
    encoder.finish()
}

/// Submits `commands` and waits for them, up to `timeout`. Commands that
/// finish, but later than `timeout`, are a timeout too: GL runs them inside
/// the submission, where no wait can stop them.
fn submit_and_wait(
    state: &State,
    commands: wgpu::CommandBuffer,
    timeout: Duration,
    kernel: &str,
) -> Result<(), Failure> {
    let started = Instant::now();
    let (index, error) = capture(&state.device, || state.queue.submit([commands]));
    if let Some(e) = error {
        return Err(Failure::Error(BackendError::Launch {
            kernel: kernel.to_string(),
            message: e.to_string(),
        }));
    }
    let left = timeout.saturating_sub(started.elapsed());
    wait(state, Some(index), left, kernel).map_err(|f| match f {
        Failure::Timeout { kernel, .. } => Failure::Timeout {
            kernel,
            limit_ms: timeout.as_millis() as u64,
        },
        other => other,
    })?;
    if started.elapsed() > timeout {
        // Done: the device is as it was.
        return Err(Failure::Error(BackendError::Timeout {
            kernel: kernel.to_string(),
            limit_ms: timeout.as_millis() as u64,
        }));
    }
    Ok(())
}

fn wait(state: &State, index: Option<wgpu::SubmissionIndex>, timeout: Duration, kernel: &str) -> Result<(), Failure> {
    let polled = state.device.poll(wgpu::PollType::Wait {
        submission_index: index,
        timeout: Some(timeout),
    });
    if state.is_lost() {
        return Err(Failure::Lost(format!("while running `{kernel}`")));
    }
    if let Some(e) = state.take_uncaptured() {
        return Err(Failure::Error(BackendError::Launch {
            kernel: kernel.to_string(),
            message: e,
        }));
    }
    match polled {
        Ok(_) => Ok(()),
        Err(wgpu::PollError::Timeout) => Err(Failure::Timeout {
            kernel: kernel.to_string(),
            limit_ms: timeout.as_millis() as u64,
        }),
        Err(e) => Err(Failure::Error(BackendError::Driver(format!(
            "waiting for `{kernel}`: {e}"
        )))),
    }
}

/// How long a driver may take to compile a pipeline on its first dispatch.
const COMPILE_LIMIT: Duration = Duration::from_secs(600);

/// Dispatches `kernel` over zero workgroups: drivers that compile a pipeline
/// when it is first dispatched rather than when it is created (lavapipe and
/// llvmpipe do) compile it now, so that no timed or time-limited launch
/// includes the compile. No thread runs. On GL the dispatch is indirect:
/// Mesa skips a direct dispatch of zero workgroups before compiling, but
/// cannot know an indirect one's size until it runs it.
pub(crate) fn warm_up(adapter: &Adapter, state: &State, kernel: &Kernel) -> Result<(), BackendError> {
    use wgpu::BufferUsages as U;
    let Some((pipeline, layout)) = &kernel.pipeline else {
        return Ok(());
    };
    let indirect = if adapter.raw.get_info().backend == wgpu::Backend::Gl {
        Some(create_buffer(
            state,
            adapter,
            "warm-up size",
            16,
            U::INDIRECT,
            Some(&[0; 16]),
        )?)
    } else {
        None
    };
    let status = create_buffer(state, adapter, "warm-up status", STATUS_BYTES, U::STORAGE, None)?;
    let params = create_buffer(state, adapter, "warm-up parameters", 256, U::STORAGE, None)?;
    let mut buffers = Vec::with_capacity(kernel.bindings.len());
    for b in &kernel.bindings {
        let name = format!("warm-up binding {}", b.binding);
        buffers.push((b.binding, create_buffer(state, adapter, &name, 256, U::STORAGE, None)?));
    }
    let mut entries = vec![
        wgpu::BindGroupEntry {
            binding: everygpu_backend::STATUS_BINDING,
            resource: status.as_entire_binding(),
        },
        wgpu::BindGroupEntry {
            binding: everygpu_backend::PARAMS_BINDING,
            resource: params.as_entire_binding(),
        },
    ];
    entries.extend(buffers.iter().map(|(binding, b)| wgpu::BindGroupEntry {
        binding: *binding,
        resource: b.as_entire_binding(),
    }));
    let ((), error) = capture(&state.device, || {
        let group = state.device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some(&kernel.name),
            layout,
            entries: &entries,
        });
        let mut encoder = state.device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("everygpu warm-up"),
        });
        {
            let mut pass = encoder.begin_compute_pass(&wgpu::ComputePassDescriptor {
                label: Some("everygpu warm-up"),
                timestamp_writes: None,
            });
            pass.set_pipeline(pipeline);
            pass.set_bind_group(0, &group, &[]);
            match &indirect {
                Some(size) => pass.dispatch_workgroups_indirect(size, 0),
                None => pass.dispatch_workgroups(0, 0, 0),
            }
        }
        state.queue.submit([encoder.finish()]);
    });
    if let Some(e) = error {
        return Err(BackendError::Load {
            route: everygpu_backend::Route::Wasm,
            message: format!("kernel `{}`: {e}", kernel.name),
        });
    }
    wait(state, None, COMPILE_LIMIT, &kernel.name).map_err(|f| match f {
        Failure::Error(e) => e,
        Failure::Lost(m) => BackendError::DeviceLost {
            message: format!("{m}: the wgpu device was lost"),
            needs_new_process: false,
        },
        Failure::Timeout { kernel, limit_ms } => BackendError::Driver(format!(
            "the driver took longer than {limit_ms} ms to compile kernel `{kernel}`"
        )),
    })
}

/// What each buffer's map callback said, once it has.
type MapResults = Arc<Mutex<Vec<Option<Result<(), wgpu::BufferAsyncError>>>>>;

/// Maps `buffers` for reading, and returns the first `len` bytes of each.
fn read(state: &State, buffers: &[(&wgpu::Buffer, usize)], timeout: Duration) -> Result<Vec<HostBuffer>, Failure> {
    let results: MapResults = Arc::new(Mutex::new(vec![None; buffers.len()]));
    for (i, (buffer, _)) in buffers.iter().enumerate() {
        let results = results.clone();
        buffer.map_async(wgpu::MapMode::Read, .., move |r| {
            if let Ok(mut v) = results.lock() {
                v[i] = Some(r);
            }
        });
    }
    wait(state, None, timeout, "readback")?;
    let mut out = Vec::with_capacity(buffers.len());
    for (i, (buffer, len)) in buffers.iter().enumerate() {
        let mapped = results.lock().ok().and_then(|v| v[i].clone());
        match mapped {
            Some(Ok(())) => {}
            Some(Err(e)) => {
                return Err(Failure::Error(BackendError::Driver(format!(
                    "mapping a readback buffer: {e}"
                ))))
            }
            None => {
                return Err(Failure::Error(BackendError::Driver(
                    "a readback buffer was not mapped".to_string(),
                )))
            }
        }
        let view = buffer
            .get_mapped_range(..)
            .map_err(|e| Failure::Error(BackendError::Driver(format!("reading a mapped buffer: {e}"))))?;
        out.push(HostBuffer::from_bytes(&view[..*len]));
        drop(view);
        buffer.unmap();
    }
    Ok(out)
}

fn execute(
    adapter: &Adapter,
    state: &State,
    plan: &CasePlan,
    inputs: &[HostBuffer],
    options: &RunOptions,
    launches: &[Resolved],
    timeout: Duration,
) -> Result<CaseRun, Failure> {
    let buffers = allocate(adapter, state, plan, inputs, launches)?;
    let groups = bind_groups(state, &buffers, launches)?;
    let mut names: Vec<&str> = launches.iter().map(|l| l.kernel.name.as_str()).collect();
    names.dedup();
    let names = names.join(", ");
    let period = state.queue.get_timestamp_period() as f64;
    let mut out = CaseRun::default();
    for (r, timed) in options.schedule() {
        let (commands, error) = capture(&state.device, || {
            record(state, plan, &buffers, launches, &groups, r == 0)
        });
        if let Some(e) = error {
            return Err(Failure::Error(BackendError::Launch {
                kernel: names.clone(),
                message: e.to_string(),
            }));
        }
        let started = Instant::now();
        if let Err(f) = submit_and_wait(state, commands, timeout, &names) {
            if matches!(f, Failure::Timeout { .. }) {
                // The commands may still run: their buffers must outlive them.
                std::mem::forget(buffers);
                std::mem::forget(groups);
            }
            return Err(f);
        }
        let wall_ns = started.elapsed().as_nanos() as f64;
        let mut to_read: Vec<(&wgpu::Buffer, usize)> =
            vec![(&buffers.status_readback, buffers.status_readback.size() as usize)];
        if let Some((_, _, ts)) = &buffers.timestamps {
            to_read.push((ts, 16));
        }
        if r == 0 {
            to_read.extend(
                buffers
                    .readback
                    .iter()
                    .zip(&plan.buffers)
                    .filter_map(|(rb, b)| Some((rb.as_ref()?, b.bytes()))),
            );
        }
        let bytes = read(state, &to_read, timeout)?;
        if r == 0 {
            let printed = launches.iter().map(|l| {
                let grid = print::Grid {
                    groups: l.launch.groups,
                    size: l.kernel.workgroup_size,
                };
                (l.kernel.print_sites.as_slice(), grid)
            });
            print::read_slots(
                bytes[0].bytes(),
                buffers.status_stride as usize,
                printed,
                &mut out.prints,
            )
            .map_err(|e| Failure::Error(BackendError::Driver(format!("reading what the kernels printed: {e}"))))?;
        }
        check_status(bytes[0].bytes(), buffers.status_stride as usize, launches).map_err(|f| match f {
            Failure::Error(e) => Failure::Error(e.with_prints(&out.prints)),
            f => f,
        })?;
        let mut rest = bytes.into_iter().skip(1);
        let ticks = buffers.timestamps.as_ref().and_then(|_| rest.next());
        if r == 0 {
            out.buffers = buffers
                .readback
                .iter()
                .map(|rb| match rb {
                    Some(_) => rest.next().unwrap_or_default(),
                    None => HostBuffer::default(),
                })
                .collect();
        }
        if timed {
            let ns = match ticks {
                Some(t) => {
                    let start = u64::from_le_bytes(t.bytes()[0..8].try_into().unwrap_or_default());
                    let end = u64::from_le_bytes(t.bytes()[8..16].try_into().unwrap_or_default());
                    end.wrapping_sub(start) as f64 * period
                }
                None => wall_ns,
            };
            out.times_ns.push(ns);
        }
    }
    Ok(out)
}

/// The first launch whose status words record a panic is the error.
fn check_status(bytes: &[u8], stride: usize, launches: &[Resolved]) -> Result<(), Failure> {
    let kernels = launches
        .iter()
        .map(|l| (l.kernel.name.as_str(), l.kernel.panic_messages.as_slice()));
    match KernelPanic::first_in_slots(bytes, stride, kernels) {
        Some(panic) => Err(Failure::Error(BackendError::Panic(panic))),
        None => Ok(()),
    }
}
