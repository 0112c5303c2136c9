//! [`CudaBackend`]: one device, its own context and stream, the loaded module,
//! and the [`Backend`] implementation.
//!
//! Each backend creates its own context (not the primary one) the first time
//! it needs one. After a fault inside a kernel (an illegal address: a sticky
//! error) the backend destroys that context and tries to create a new one,
//! reloading the last artifact. On the drivers seen so far (580, CUDA 13.0) a
//! sticky error poisons every context of the process, so the attempt fails and
//! every later call says "restart the process": the app runs backends in worker
//! processes for this reason. Kernel *panics* are not faults: the nvptx panic
//! handler records its status and `exit`s, and the context stays usable.

use cudarc::driver::{result, sys, DriverError};
use everygpu_backend::print::{
    self, Grid, Prints, PRINT_AT, PRINT_CAPACITY_WORDS, PRINT_HEADER_WORDS, STATUS_WITH_PRINTS_WORDS,
};
use everygpu_backend::{
    Artifact, Backend, BackendError, CasePlan, CaseRun, DeviceInfo, HostBuffer, Manifest, Prepared, PtxArch, Route,
    RunOptions, STATUS_WORDS,
};

use crate::adapter::Adapter;
use crate::conv::{self, ComputeCapability};
use crate::instance;
use crate::module::{LoadError, Module};
use crate::{CudaBackend, State};

impl State {
    fn new(adapter: &Adapter) -> Result<State, DriverError> {
        let mut context = std::ptr::null_mut();
        // SAFETY: `adapter.device` is a valid device; flags 0 = automatic scheduling.
        unsafe { sys::cuCtxCreate_v2(&mut context, 0, adapter.device) }.result()?;
        let mut state = State {
            context,
            stream: std::ptr::null_mut(),
            status: 0,
            module: None,
            blas: None,
        };
        // From here on, `state`'s Drop cleans up whatever was made.
        // A blocking stream: it orders itself after the synchronous copies and
        // memsets, which run on the legacy default stream.
        state.stream = result::stream::create(result::stream::StreamKind::Default)?;
        // SAFETY: the context is current (cuCtxCreate pushed it).
        state.status = unsafe { result::malloc_sync(STATUS_WITH_PRINTS_WORDS * 4) }?;
        state.clear_status()?;
        Ok(state)
    }

    /// Makes the context current on this thread.
    pub(crate) fn make_current(&self) -> Result<(), DriverError> {
        // SAFETY: `context` is live.
        unsafe { result::ctx::set_current(self.context) }
    }

    /// Zeroes the status words and empties the print area.
    pub(crate) fn clear_status(&self) -> Result<(), DriverError> {
        // SAFETY: `status` holds STATUS_WITH_PRINTS_WORDS words of this context.
        unsafe { result::memset_d8_sync(self.status, 0, STATUS_WORDS * 4) }?;
        self.clear_prints()
    }

    /// Empties the print area: no words reserved, none dropped, the whole
    /// capacity free.
    pub(crate) fn clear_prints(&self) -> Result<(), DriverError> {
        let area = self.status + (PRINT_AT * 4) as u64;
        // SAFETY: the area's header lies inside `status` (see above).
        unsafe {
            result::memset_d8_sync(area, 0, 8)?;
            sys::cuMemsetD32_v2(area + 8, PRINT_CAPACITY_WORDS as u32, 1).result()
        }
    }

    /// Adds what launch `launch` (of `grid`) printed to `prints`, resolving
    /// each call site from the module's memory, and empties the print area
    /// (the stream must be idle).
    pub(crate) fn take_prints(&self, launch: u32, grid: Grid, prints: &mut Prints) -> Result<(), String> {
        let area = self.status + (PRINT_AT * 4) as u64;
        let mut header = [0u32; PRINT_HEADER_WORDS];
        // SAFETY: the area's header lies inside `status`.
        unsafe { result::memcpy_dtoh_sync(&mut header, area) }.map_err(|e| e.to_string())?;
        if header[..2] == [0, 0] {
            return Ok(());
        }
        let used = (header[0] as usize).min(PRINT_CAPACITY_WORDS);
        let mut words = header.to_vec();
        words.resize(PRINT_HEADER_WORDS + used, 0);
        if used > 0 {
            let records = area + (PRINT_HEADER_WORDS * 4) as u64;
            // SAFETY: the records follow the header; the area holds
            // PRINT_CAPACITY_WORDS words of them.
            unsafe { result::memcpy_dtoh_sync(&mut words[PRINT_HEADER_WORDS..], records) }
                .map_err(|e| e.to_string())?;
        }
        // A site is a `&'static str` of the module, in global memory: its
        // generic address is its device address.
        let mut site = |[lo, hi, len]: [u32; 3]| {
            let mut bytes = vec![0u8; len as usize];
            // SAFETY: a read of device memory; a bad address fails the
            // copy, not the process.
            unsafe { result::memcpy_dtoh_sync(&mut bytes, lo as u64 | (hi as u64) << 32) }
                .map_err(|e| format!("reading a print site: {e}"))?;
            String::from_utf8(bytes).map_err(|e| e.to_string())
        };
        let read = print::read_area(&words, launch, grid, &mut site, prints);
        self.clear_prints().map_err(|e| e.to_string())?;
        read
    }

    /// Reads the status words (the stream must be idle).
    pub(crate) fn read_status(&self) -> Result<Vec<u32>, DriverError> {
        let mut words = vec![0u32; STATUS_WORDS];
        // SAFETY: as above.
        unsafe { result::memcpy_dtoh_sync(&mut words, self.status) }?;
        Ok(words)
    }
}

impl Drop for State {
    fn drop(&mut self) {
        // Errors are ignored: a lost context fails every call, and destroying
        // it frees everything anyway.
        let _ = self.make_current();
        // SAFETY: nothing runs in the context any more; each handle is freed once.
        unsafe {
            let _ = result::stream::synchronize(self.stream);
            // Before the stream and the context it uses.
            self.blas = None;
            if let Some(m) = self.module.take() {
                m.unload();
            }
            if self.status != 0 {
                let _ = result::free_sync(self.status);
            }
            if !self.stream.is_null() {
                let _ = result::stream::destroy(self.stream);
            }
            let _ = sys::cuCtxDestroy_v2(self.context);
        }
    }
}

impl CudaBackend {
    /// Opens device `ordinal` (`cuda:N`). Cheap: the context is created on
    /// first use.
    pub fn open(ordinal: u32) -> Result<CudaBackend, BackendError> {
        let driver = instance::driver().map_err(BackendError::Driver)?;
        if ordinal >= driver.device_count {
            return Err(BackendError::Driver(format!(
                "no CUDA device {ordinal} ({} device(s))",
                driver.device_count
            )));
        }
        let adapter = Adapter::query(ordinal, driver).map_err(BackendError::Driver)?;
        Ok(CudaBackend {
            id: format!("cuda:{ordinal}"),
            adapter,
            state: None,
            loaded: None,
            cublas: false,
            lost: None,
        })
    }

    /// The PTX target to build for this device: `sm_90a` on an H100.
    pub fn arch(&self) -> PtxArch {
        self.adapter.capability.ptx_arch()
    }

    /// The device's compute capability.
    pub fn capability(&self) -> ComputeCapability {
        self.adapter.capability
    }

    /// Streaming multiprocessors.
    pub fn sm_count(&self) -> u32 {
        self.adapter.sm_count
    }

    /// The device's ordinal.
    pub fn ordinal(&self) -> u32 {
        self.adapter.ordinal
    }

    /// What the JIT said when it compiled the loaded module (warnings), if
    /// anything.
    pub fn jit_info_log(&self) -> Option<&str> {
        let log = &self.state.as_ref()?.module.as_ref()?.info_log;
        (!log.is_empty()).then_some(log.as_str())
    }

    /// The live context, recreated (and the last artifact reloaded) if it was
    /// lost, made current on this thread.
    pub(crate) fn state(&mut self) -> Result<&mut State, BackendError> {
        let lost = self.lost.take();
        if lost.is_some() {
            self.state = None;
        }
        if self.state.is_none() {
            let state = match State::new(&self.adapter) {
                Ok(s) => s,
                Err(e) => {
                    let message = conv::driver_message(&e);
                    return Err(match lost {
                        Some(why) => {
                            // On current drivers a fault poisons every context of
                            // the process: only a new process helps.
                            let message = format!(
                                "the CUDA context was lost ({why}) and this process cannot create another ({message}): restart the process"
                            );
                            self.lost = Some(why);
                            BackendError::DeviceLost {
                                message,
                                needs_new_process: true,
                            }
                        }
                        None => BackendError::Driver(format!("cannot create a CUDA context: {message}")),
                    });
                }
            };
            self.state = Some(state);
            if let Some((ptx, manifest)) = self.loaded.clone() {
                self.load_ptx(&ptx, &manifest)?;
            }
            if self.cublas {
                self.create_cublas_handle()?;
            }
        }
        let Some(state) = self.state.as_mut() else {
            return Err(BackendError::Driver("no CUDA context".to_string()));
        };
        state.make_current().map_err(|e| {
            BackendError::Driver(format!(
                "cannot make the CUDA context current: {}",
                conv::driver_message(&e)
            ))
        })?;
        Ok(state)
    }

    /// Loads `libcublas` and creates a handle in this backend's context: from
    /// then on, plans may launch the routines of [`crate::cublas`] (see
    /// [`crate::cublas::cublas_baseline_plan`]) beside the loaded kernels.
    /// The error says why cuBLAS is unusable ("libcublas not found (tried
    /// ...)").
    pub fn load_cublas(&mut self) -> Result<(), BackendError> {
        self.create_cublas_handle()?;
        self.cublas = true;
        Ok(())
    }

    /// `cublasGetVersion` (e.g. 130100 for 13.1.0) and the library's path,
    /// once cuBLAS is loaded.
    pub fn cublas_version(&self) -> Option<(i32, &'static str)> {
        let handle = self.state.as_ref()?.blas.as_ref()?;
        let library = crate::cublas::library().ok()?;
        Some((handle.version, library.path.as_str()))
    }

    fn create_cublas_handle(&mut self) -> Result<(), BackendError> {
        let failed = |e: crate::cublas::CublasError| BackendError::Load {
            route: Route::Nvptx,
            message: format!("cuBLAS: {e}"),
        };
        let library = crate::cublas::library().map_err(failed)?;
        let state = self.state()?;
        if state.blas.is_none() {
            // SAFETY: `state()` made the context current; the stream is the
            // context's and lives as long as the handle (`State` drops the
            // handle first).
            state.blas = Some(unsafe { crate::cublas::Handle::new(library, state.stream) }.map_err(failed)?);
        }
        Ok(())
    }

    /// Records that the context is lost; the next call recreates it.
    pub(crate) fn mark_lost(&mut self, why: &str) {
        self.lost = Some(why.to_string());
    }

    fn load_ptx(&mut self, ptx: &str, manifest: &Manifest) -> Result<(), BackendError> {
        let limits = self.adapter.limits;
        let state = self.state()?;
        if let Some(old) = state.module.take() {
            // SAFETY: the stream is idle between calls; the context is current.
            unsafe { old.unload() };
        }
        // SAFETY: the context is current; the status buffer lives as long as it.
        let loaded = unsafe { Module::load(ptx, manifest, state.status, &limits) };
        match loaded {
            Ok(module) => {
                state.module = Some(module);
                Ok(())
            }
            Err(LoadError { message, sticky: false }) => Err(BackendError::Load {
                route: Route::Nvptx,
                message,
            }),
            Err(LoadError { message, sticky: true }) => {
                self.mark_lost(&message);
                let load = BackendError::Load {
                    route: Route::Nvptx,
                    message,
                };
                Err(BackendError::DeviceLost {
                    message: load.to_string(),
                    needs_new_process: true,
                })
            }
        }
    }
}

impl Drop for CudaBackend {
    fn drop(&mut self) {
        self.state = None;
    }
}

impl Backend for CudaBackend {
    fn id(&self) -> &str {
        &self.id
    }

    fn device(&self) -> &DeviceInfo {
        &self.adapter.info
    }

    fn route(&self) -> Route {
        Route::Nvptx
    }

    fn load(&mut self, artifact: &Artifact, manifest: &Manifest) -> Result<(), BackendError> {
        let Artifact::Ptx { text, arch, .. } = artifact else {
            return Err(BackendError::wrong_artifact(self.route(), artifact));
        };
        let text = text.clone();
        if ComputeCapability::of(*arch) > self.adapter.capability {
            return Err(BackendError::Load {
                    route: Route::Nvptx,
                    message: format!(
                        "the PTX was generated for {arch}, which this device ({}, {}) cannot run: build with -Ctarget-cpu={}",
                        self.adapter.info.name,
                        self.arch(),
                        self.arch()
                    ),
                });
        }
        self.loaded = None;
        self.load_ptx(&text, manifest)?;
        self.loaded = Some((text, manifest.clone()));
        Ok(())
    }

    fn prepare(&mut self, plan: &CasePlan) -> Result<Prepared, BackendError> {
        // The JIT compiled every kernel at `load`: what is left is to say what
        // it made of the plan's.
        let module = self.state.as_ref().and_then(|s| s.module.as_ref());
        Ok(Prepared {
            stats: module.map(|m| m.stats(plan)).unwrap_or_default(),
            ..Prepared::default()
        })
    }

    fn run(&mut self, plan: &CasePlan, inputs: &[HostBuffer], options: &RunOptions) -> Result<CaseRun, BackendError> {
        crate::command::run(self, plan, inputs, options)
    }

    fn measure_copy_gbps(&mut self, bytes: u64) -> Option<f64> {
        crate::command::measure_copy_gbps(self, bytes).ok()
    }
}
