//! Running a [`CasePlan`]: allocations, uploads, launches in plan order with
//! CUDA events around them (a launch is a kernel of the loaded module or a
//! cuBLAS routine), panic checks through the status buffer, and downloads; and
//! the device-to-device copy that measures the memory roof.

use cudarc::driver::{result, sys, DriverError};
use everygpu_backend::{print, BackendError, CasePlan, CaseRun, HostBuffer, RunOptions};

use crate::conv::{self, ArgValues};
use crate::module::LoadedKernel;
use crate::{CudaBackend, State};

/// Device allocations freed when dropped (the context must still be current,
/// which holds for the duration of one backend call).
#[derive(Default)]
struct Allocations(Vec<sys::CUdeviceptr>);

impl Drop for Allocations {
    fn drop(&mut self) {
        for &p in &self.0 {
            // SAFETY: each pointer came from cuMemAlloc in the current context
            // and is freed once. A lost context fails harmlessly.
            let _ = unsafe { result::free_sync(p) };
        }
    }
}

/// CUDA events destroyed when dropped.
#[derive(Default)]
struct Events(Vec<sys::CUevent>);

impl Events {
    fn new(count: usize) -> Result<Events, DriverError> {
        let mut events = Events::default();
        for _ in 0..count {
            events
                .0
                .push(result::event::create(sys::CUevent_flags::CU_EVENT_DEFAULT)?);
        }
        Ok(events)
    }

    /// Milliseconds between events `a` and `b` (both completed).
    fn elapsed_ms(&self, a: usize, b: usize) -> Result<f32, DriverError> {
        // SAFETY: both events are live and have completed.
        unsafe { result::event::elapsed(self.0[a], self.0[b]) }
    }
}

impl Drop for Events {
    fn drop(&mut self) {
        for &e in &self.0 {
            // SAFETY: each event is destroyed once.
            let _ = unsafe { result::event::destroy(e) };
        }
    }
}

/// One launch, ready to go.
enum Prepared<'a> {
    /// A kernel of the loaded module.
    Kernel {
        kernel: &'a LoadedKernel,
        grid: (u32, u32, u32),
        block: (u32, u32, u32),
        args: ArgValues,
    },
    /// Row-major `c = a · b` by cuBLAS (see [`crate::cublas`]).
    Gemm {
        blas: &'a crate::cublas::Handle,
        gemm: crate::cublas::Gemm,
        n: std::ffi::c_int,
        a: sys::CUdeviceptr,
        b: sys::CUdeviceptr,
        c: sys::CUdeviceptr,
    },
}

impl Prepared<'_> {
    fn name(&self) -> &str {
        match self {
            Prepared::Kernel { kernel, .. } => &kernel.desc.name,
            Prepared::Gemm { gemm, .. } => gemm.name(),
        }
    }

    /// Enqueues the launch on `stream`.
    ///
    /// # Safety
    /// The context is current, `stream` is its stream (the one cuBLAS was
    /// given), and the arguments point to live allocations of the sizes the
    /// plan says.
    unsafe fn enqueue(&mut self, stream: sys::CUstream) -> Result<(), Failure> {
        match self {
            Prepared::Kernel {
                kernel,
                grid,
                block,
                args,
            } => {
                let mut params = args.pointers();
                // SAFETY: the caller's contract; the arguments match the PTX
                // parameters (`ArgValues::pack`).
                unsafe {
                    result::launch_kernel(kernel.function, *grid, *block, kernel.shared_bytes, stream, &mut params)
                }
                .map_err(|e| launch_failure(&kernel.desc.name, e))
            }
            Prepared::Gemm { blas, gemm, n, a, b, c } => {
                // SAFETY: the caller's contract; `gemm_args` checked the
                // buffers hold n × n elements of their types.
                unsafe { blas.gemm_row_major(*gemm, *n, *a, *b, *c) }.map_err(|e| Failure {
                    error: BackendError::Launch {
                        kernel: gemm.name().to_string(),
                        message: e.to_string(),
                    },
                    lost: false,
                })
            }
        }
    }
}

/// A failure, and whether it lost the context.
struct Failure {
    error: BackendError,
    lost: bool,
}

impl From<BackendError> for Failure {
    fn from(error: BackendError) -> Failure {
        Failure { error, lost: false }
    }
}

fn driver_failure(what: &str, e: DriverError) -> Failure {
    Failure {
        error: BackendError::Driver(format!("{what}: {}", conv::driver_message(&e))),
        lost: conv::is_sticky(&e),
    }
}

fn launch_failure(kernel: &str, e: DriverError) -> Failure {
    let lost = conv::is_sticky(&e);
    let mut message = conv::driver_message(&e);
    if lost {
        message.push_str(" (the CUDA context is lost; the process may have to be restarted)");
    }
    Failure {
        error: BackendError::Launch {
            kernel: kernel.to_string(),
            message,
        },
        lost,
    }
}

/// Runs `plan` on `backend` (see [`everygpu_backend::Backend::run`]).
pub(crate) fn run(
    backend: &mut CudaBackend,
    plan: &CasePlan,
    inputs: &[HostBuffer],
    options: &RunOptions,
) -> Result<CaseRun, BackendError> {
    let state = backend.state()?;
    match run_in(state, plan, inputs, options) {
        Ok(run) => Ok(run),
        Err(Failure { error, lost: false }) => Err(error),
        Err(Failure { error, lost: true }) => {
            let message = error.to_string();
            backend.mark_lost(&message);
            Err(BackendError::DeviceLost {
                message,
                needs_new_process: true,
            })
        }
    }
}

fn run_in(state: &mut State, plan: &CasePlan, inputs: &[HostBuffer], options: &RunOptions) -> Result<CaseRun, Failure> {
    if inputs.len() != plan.buffers.len() {
        return Err(BackendError::Driver(format!(
            "{} inputs for {} plan buffers",
            inputs.len(),
            plan.buffers.len()
        ))
        .into());
    }
    // Allocate every buffer first, so a case too big for the device says so
    // before anything else.
    let mut allocations = Allocations::default();
    let mut addresses = Vec::with_capacity(plan.buffers.len());
    for b in &plan.buffers {
        let bytes = b.bytes();
        if bytes == 0 {
            addresses.push(0);
            continue;
        }
        // SAFETY: the context is current.
        match unsafe { result::malloc_sync(bytes) } {
            Ok(p) => {
                allocations.0.push(p);
                addresses.push(p);
            }
            Err(e) if e.0 == sys::CUresult::CUDA_ERROR_OUT_OF_MEMORY => {
                return Err(BackendError::OutOfMemory {
                    buffer: b.name.clone(),
                    requested: bytes as u64,
                    available: result::mem_get_info().ok().map(|(free, _)| free as u64),
                }
                .into())
            }
            Err(e) => return Err(driver_failure(&format!("cuMemAlloc of buffer `{}`", b.name), e)),
        }
    }
    for ((b, input), &address) in plan.buffers.iter().zip(inputs).zip(&addresses) {
        if input.len() != b.bytes() {
            return Err(BackendError::Driver(format!(
                "input of buffer `{}` has {} bytes, the plan says {}",
                b.name,
                input.len(),
                b.bytes()
            ))
            .into());
        }
        if address != 0 {
            // SAFETY: `address` holds `input.len()` bytes.
            unsafe { result::memcpy_htod_sync(address, input.bytes()) }.map_err(|e| driver_failure("upload", e))?;
        }
    }

    // Resolve kernels and pack arguments once; every run reuses them.
    let mut prepared = Vec::with_capacity(plan.launches.len());
    for l in &plan.launches {
        if let Some(gemm) = crate::cublas::Gemm::of(&l.kernel) {
            let Some(blas) = state.blas.as_ref() else {
                return Err(BackendError::MissingKernel(format!("{} (cuBLAS is not loaded)", l.kernel)).into());
            };
            let (n, [a, b, c]) =
                crate::cublas::gemm_args(plan, gemm, &l.args).map_err(|message| BackendError::Launch {
                    kernel: l.kernel.clone(),
                    message,
                })?;
            if n > 0 {
                prepared.push(Prepared::Gemm {
                    blas,
                    gemm,
                    n,
                    a: addresses[a],
                    b: addresses[b],
                    c: addresses[c],
                });
            }
            continue;
        }
        let Some(module) = state.module.as_ref() else {
            return Err(BackendError::Driver("no artifact is loaded".to_string()).into());
        };
        let Some(kernel) = module.kernel(&l.kernel) else {
            return Err(BackendError::MissingKernel(l.kernel.clone()).into());
        };
        let args = ArgValues::pack(&kernel.desc.params, &l.args, |i| {
            let b = plan.buffers.get(i)?;
            Some((*addresses.get(i)?, b.len))
        })
        .map_err(|message| BackendError::Launch {
            kernel: l.kernel.clone(),
            message,
        })?;
        if let Some(what) = &kernel.unsupported {
            return Err(BackendError::Unsupported {
                kernel: l.kernel.clone(),
                what: what.clone(),
            }
            .into());
        }
        let [gx, gy, gz] = l.groups;
        if gx == 0 || gy == 0 || gz == 0 {
            continue; // nothing to run; CUDA refuses empty grids
        }
        if let Some(message) = module.limits().refuse_grid(l.groups) {
            return Err(BackendError::Launch {
                kernel: l.kernel.clone(),
                message,
            }
            .into());
        }
        let [bx, by, bz] = kernel.desc.workgroup_size;
        prepared.push(Prepared::Kernel {
            kernel,
            grid: (gx, gy, gz),
            block: (bx, by, bz),
            args,
        });
    }
    let mut schedule = options.schedule();
    let stream = state.stream;
    state
        .clear_status()
        .map_err(|e| driver_failure("clearing the status buffer", e))?;
    let check_status = |state: &State, kernel: &str| -> Result<(), Failure> {
        if !state.module.as_ref().is_some_and(|m| m.has_status) {
            return Ok(());
        }
        let words = state
            .read_status()
            .map_err(|e| driver_failure("reading the status buffer", e))?;
        if let Some(p) = conv::panic_from_status(kernel, &words) {
            state
                .clear_status()
                .map_err(|e| driver_failure("clearing the status buffer", e))?;
            return Err(BackendError::Panic(p).into());
        }
        Ok(())
    };

    let mut out = CaseRun::default();
    // First run: one launch at a time, each checked for a panic, each timed.
    if let Some((_, timed)) = schedule.next() {
        let events = Events::new(2 * prepared.len()).map_err(|e| driver_failure("cuEventCreate", e))?;
        let mut total_ms = 0.0f64;
        for (i, p) in prepared.iter_mut().enumerate() {
            // SAFETY: the events, stream and allocations are live; `enqueue`'s
            // contract holds (the context is current for the whole call).
            unsafe {
                result::event::record(events.0[2 * i], stream).map_err(|e| driver_failure("cuEventRecord", e))?;
                p.enqueue(stream)?;
                result::event::record(events.0[2 * i + 1], stream).map_err(|e| driver_failure("cuEventRecord", e))?;
                result::stream::synchronize(stream).map_err(|e| launch_failure(p.name(), e))?;
            }
            let name = p.name();
            if let (Prepared::Kernel { grid, block, .. }, true) =
                (&*p, state.module.as_ref().is_some_and(|m| m.has_status))
            {
                let grid = print::Grid {
                    groups: [grid.0, grid.1, grid.2],
                    size: [block.0, block.1, block.2],
                };
                state
                    .take_prints(i as u32, grid, &mut out.prints)
                    .map_err(|message| BackendError::Launch {
                        kernel: name.to_string(),
                        message: format!("its print records: {message}"),
                    })?;
            }
            check_status(state, name).map_err(|f| Failure {
                error: f.error.with_prints(&out.prints),
                lost: f.lost,
            })?;
            total_ms += events
                .elapsed_ms(2 * i, 2 * i + 1)
                .map_err(|e| driver_failure("cuEventElapsedTime", e))? as f64;
        }
        if timed {
            out.times_ns.push(total_ms * 1e6);
        }
        for ((b, &address), _) in plan.buffers.iter().zip(&addresses).zip(inputs) {
            let mut host = HostBuffer::default();
            if b.output {
                host = HostBuffer::zeroed(b.bytes());
                if address != 0 {
                    // SAFETY: `address` holds `b.bytes()` bytes; the stream is idle.
                    unsafe { result::memcpy_dtoh_sync(host.bytes_mut(), address) }
                        .map_err(|e| driver_failure("download", e))?;
                }
            }
            out.buffers.push(host);
        }
    }

    // Later runs: the whole case between two events, checked once at the end.
    let events = Events::new(2).map_err(|e| driver_failure("cuEventCreate", e))?;
    let names: Vec<String> = {
        let mut n: Vec<String> = prepared.iter().map(|p| p.name().to_string()).collect();
        n.dedup();
        n
    };
    let case_kernels = names.join(", ");
    for (_, timed) in schedule {
        // SAFETY: as above.
        unsafe {
            result::event::record(events.0[0], stream).map_err(|e| driver_failure("cuEventRecord", e))?;
            for p in prepared.iter_mut() {
                p.enqueue(stream)?;
            }
            result::event::record(events.0[1], stream).map_err(|e| driver_failure("cuEventRecord", e))?;
            result::event::synchronize(events.0[1]).map_err(|e| launch_failure(&case_kernels, e))?;
        }
        check_status(state, &case_kernels)?;
        if timed {
            out.times_ns.push(
                events
                    .elapsed_ms(0, 1)
                    .map_err(|e| driver_failure("cuEventElapsedTime", e))? as f64
                    * 1e6,
            );
        }
    }
    drop(allocations);
    Ok(out)
}

/// Device-to-device copy bandwidth over `bytes` bytes: the best of ten timed
/// `cuMemcpyDtoDAsync` after two untimed ones, counting each byte read and
/// written (2 × `bytes` per copy), as BabelStream's copy does.
pub(crate) fn measure_copy_gbps(backend: &mut CudaBackend, bytes: u64) -> Result<f64, BackendError> {
    let state = backend.state()?;
    let stream = state.stream;
    let fail = |what: &str, e: DriverError| BackendError::Driver(format!("{what}: {}", conv::driver_message(&e)));
    let bytes = bytes.max(4) as usize;
    let mut allocations = Allocations::default();
    for _ in 0..2 {
        // SAFETY: the context is current.
        let p = unsafe { result::malloc_sync(bytes) }.map_err(|e| fail("cuMemAlloc", e))?;
        allocations.0.push(p);
        // SAFETY: `p` holds `bytes` bytes.
        unsafe { result::memset_d8_sync(p, 1, bytes) }.map_err(|e| fail("cuMemsetD8", e))?;
    }
    let (src, dst) = (allocations.0[0], allocations.0[1]);
    let events = Events::new(2).map_err(|e| fail("cuEventCreate", e))?;
    let mut best = f64::INFINITY;
    for i in 0..12 {
        // SAFETY: both allocations hold `bytes` bytes; events and stream are live.
        unsafe {
            result::event::record(events.0[0], stream).map_err(|e| fail("cuEventRecord", e))?;
            result::memcpy_dtod_async(dst, src, bytes, stream).map_err(|e| fail("cuMemcpyDtoDAsync", e))?;
            result::event::record(events.0[1], stream).map_err(|e| fail("cuEventRecord", e))?;
            result::event::synchronize(events.0[1]).map_err(|e| fail("cuMemcpyDtoDAsync", e))?;
        }
        if i >= 2 {
            best = best.min(events.elapsed_ms(0, 1).map_err(|e| fail("cuEventElapsedTime", e))? as f64);
        }
    }
    Ok(2.0 * bytes as f64 / (best * 1e-3) / 1e9)
}
