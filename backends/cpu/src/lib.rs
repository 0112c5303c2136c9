//! The CPU backends.
//!
//! The CPU route builds the kernel crate as a cdylib that carries the kernels,
//! the cases and the CPU executor (`everygpu_kernel::host`). [`CpuLibrary`]
//! loads it through its C ABI (manifest, case plans and inputs, native
//! baselines, launches); [`CpuBackend`] runs plans on it on one thread
//! (`cpu`) or on all cores (`cpu-mt`), and computes the **reference** every
//! backend is compared with ([`CpuBackend::run_reference`]): exact, in the
//! order of workgroups where it can matter, on all cores where it cannot.
//!
//! Libraries are never unloaded: a hot reload loads a fresh copy (under a new
//! name, since `dlopen` would return the old one), and threads of the old
//! copy's pools stay valid.

mod library;

pub use library::{BuiltCase, CaseError, CpuLibrary, Launched, Mode};

use everygpu_backend::print::Prints;
use everygpu_backend::{
    Artifact, Backend, BackendError, CasePlan, CaseRun, DeviceInfo, Enumerated, HostBuffer, Manifest, Route, RunOptions,
};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Inputs up to which the reference checks races when it can: the checker
/// keeps 24 bytes per element.
pub const RACE_CHECK_MAX_BYTES: u64 = 64 << 20;

/// Whether the reference checks `plan`'s races when it can: its buffers take
/// at most [`RACE_CHECK_MAX_BYTES`].
pub fn race_check_fits(plan: &CasePlan) -> bool {
    plan.buffers.iter().map(|b| b.bytes() as u64).sum::<u64>() <= RACE_CHECK_MAX_BYTES
}

/// A CPU backend: one thread (`cpu`, whose process also computes the
/// reference) or every core (`cpu-mt`).
pub struct CpuBackend {
    id: &'static str,
    mode: Mode,
    device: DeviceInfo,
    library: Option<Arc<CpuLibrary>>,
    /// The race-check build of the library, with which the reference checks
    /// races ([`CpuBackend::run_reference`]).
    race_library: Option<Arc<CpuLibrary>>,
    /// The launch the reference is at (for progress reports).
    reference_at: AtomicUsize,
}

/// Both CPU backends.
pub fn enumerate() -> Enumerated {
    Enumerated {
        backends: vec![Box::new(CpuBackend::reference()), Box::new(CpuBackend::multi_thread())],
        absent: vec![],
    }
}

impl CpuBackend {
    /// The executor on one thread, workgroups in order.
    pub fn reference() -> CpuBackend {
        CpuBackend {
            id: "cpu",
            mode: Mode::Ordered,
            device: cpu_info("CPU (1 thread)", 1),
            library: None,
            race_library: None,
            reference_at: AtomicUsize::new(0),
        }
    }

    /// The executor on every core (rayon over workgroups).
    pub fn multi_thread() -> CpuBackend {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        CpuBackend {
            id: "cpu-mt",
            mode: Mode::Parallel,
            device: cpu_info(&format!("CPU (rayon, {threads} threads)"), threads),
            library: None,
            race_library: None,
            reference_at: AtomicUsize::new(0),
        }
    }

    /// Uses an already loaded library (shared by both CPU backends and the app).
    pub fn set_library(&mut self, library: Arc<CpuLibrary>) {
        self.library = Some(library);
    }

    /// Checks races in the reference with `library`, a race-check build of
    /// the loaded library's crate (`None`: no more checking).
    pub fn set_race_library(&mut self, library: Option<Arc<CpuLibrary>>) {
        self.race_library = library;
    }

    /// The loaded library.
    pub fn library(&self) -> Result<Arc<CpuLibrary>, BackendError> {
        self.library
            .clone()
            .ok_or_else(|| BackendError::Driver("no CPU library loaded".into()))
    }

    /// Computes the reference outputs of `plan` from `inputs`: every launch in
    /// [`Mode::Reference`], the whole case again from its inputs whenever a
    /// kernel turns out to need its workgroups in order (each kernel does
    /// once at most, then runs in order). `times_ns` holds the last run's
    /// time.
    ///
    /// With a race-check build ([`CpuBackend::set_race_library`]) and a plan
    /// that [`race_check_fits`], the reference runs on it instead,
    /// every launch's workgroups in order, and its run lists the races.
    pub fn run_reference(&self, plan: &CasePlan, inputs: &[HostBuffer]) -> Result<CaseRun, BackendError> {
        if let Some(lib) = self.race_library.as_ref().filter(|_| race_check_fits(plan)) {
            return self.run_checked(lib, plan, inputs);
        }
        let lib = self.library()?;
        // Each rerun orders one more kernel: the case's distinct kernels bound them.
        for _ in 0..=plan.launches.len() {
            let mut buffers: Vec<HostBuffer> = inputs.to_vec();
            let mut prints = Prints::default();
            lib.clear_prints()?;
            let start = Instant::now();
            let mut rerun = false;
            for (i, launch) in plan.launches.iter().enumerate() {
                self.reference_at.store(i, Ordering::Relaxed);
                if launch_printing(&lib, launch, i, &mut buffers, Mode::Reference, Some(&mut prints))?
                    == Launched::Rerun
                {
                    rerun = true;
                    break;
                }
            }
            if !rerun {
                return Ok(CaseRun {
                    buffers,
                    times_ns: vec![start.elapsed().as_nanos() as f64],
                    prints,
                    races: Vec::new(),
                });
            }
        }
        Err(BackendError::Driver(
            "the reference kept asking to run the case again".into(),
        ))
    }

    /// The reference on the race-check build `lib`.
    fn run_checked(&self, lib: &CpuLibrary, plan: &CasePlan, inputs: &[HostBuffer]) -> Result<CaseRun, BackendError> {
        let mut buffers: Vec<HostBuffer> = inputs.to_vec();
        let mut prints = Prints::default();
        let mut races = Vec::new();
        lib.clear_prints()?;
        let start = Instant::now();
        for (i, launch) in plan.launches.iter().enumerate() {
            self.reference_at.store(i, Ordering::Relaxed);
            // The plan numbers kernels as the plain build's manifest does,
            // which need not be this build's order.
            let mut launch = launch.clone();
            launch.kernel_index = lib
                .manifest()
                .kernels
                .iter()
                .position(|k| k.name == launch.kernel)
                .ok_or_else(|| BackendError::MissingKernel(launch.kernel.clone()))?;
            let launch = &launch;
            // The library runs a checked launch in order whatever the mode.
            let launched = launch_printing(lib, launch, i, &mut buffers, Mode::Ordered, Some(&mut prints));
            races.extend(lib.races(launch, i)?);
            launched?;
        }
        Ok(CaseRun {
            buffers,
            times_ns: vec![start.elapsed().as_nanos() as f64],
            prints,
            races,
        })
    }

    /// Where the reference running now is: (launch index, workgroups done,
    /// workgroups of that launch).
    pub fn reference_progress(&self) -> Option<(usize, u64, u64)> {
        let (done, total) = self.race_library.as_ref().or(self.library.as_ref())?.progress()?;
        Some((self.reference_at.load(Ordering::Relaxed), done, total))
    }
}

/// Runs launch `index` of a case, adding what its threads printed to
/// `prints` where given; a panic carries every print before it.
fn launch_printing(
    lib: &CpuLibrary,
    launch: &everygpu_backend::Launch,
    index: usize,
    buffers: &mut [HostBuffer],
    mode: Mode,
    prints: Option<&mut Prints>,
) -> Result<Launched, BackendError> {
    let launched = lib.launch(launch, buffers, mode);
    let Some(prints) = prints else {
        return launched;
    };
    if matches!(launched, Ok(Launched::Done) | Err(BackendError::Panic(_))) {
        lib.take_prints(launch, index as u32, prints)?;
    }
    launched.map_err(|e| e.with_prints(prints))
}

fn cpu_info(api: &str, threads: usize) -> DeviceInfo {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let name = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let memory_bytes = std::fs::read_to_string("/proc/meminfo").ok().and_then(|m| {
        let line = m.lines().find(|l| l.starts_with("MemTotal:"))?;
        Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? * 1024)
    });
    DeviceInfo {
        name,
        vendor: String::new(),
        api: api.to_string(),
        driver: String::new(),
        memory_bytes,
        peak_gbps: None,
        peak_gflops: None,
        f64: true,
        i64: true,
        details: vec![
            ("threads".into(), threads.to_string()),
            ("subgroup size".into(), "32 (lanes run in lock-step on fibers)".into()),
            (
                "matrix tiles".into(),
                "f16·f16→f32 16×16×16, bf16·bf16→f32 16×16×16 (in software, exact products, sums in order)".into(),
            ),
        ],
    }
}

impl Backend for CpuBackend {
    fn id(&self) -> &str {
        self.id
    }

    fn device(&self) -> &DeviceInfo {
        &self.device
    }

    fn route(&self) -> Route {
        Route::Cpu
    }

    fn load(&mut self, artifact: &Artifact, _manifest: &Manifest) -> Result<(), BackendError> {
        let Artifact::CpuLibrary { path } = artifact else {
            return Err(BackendError::wrong_artifact(self.route(), artifact));
        };
        self.library = Some(CpuLibrary::load(path)?);
        Ok(())
    }

    fn run(&mut self, plan: &CasePlan, inputs: &[HostBuffer], options: &RunOptions) -> Result<CaseRun, BackendError> {
        let lib = self.library()?;
        let mut buffers: Vec<HostBuffer> = inputs.to_vec();
        let mut result = CaseRun::default();
        let mut schedule = options.schedule();
        lib.clear_prints()?;
        while let Some((run, timed)) = schedule.next() {
            let start = Instant::now();
            for (i, launch) in plan.launches.iter().enumerate() {
                // What the first run printed; later runs print the same.
                let prints = (run == 0).then_some(&mut result.prints);
                if launch_printing(&lib, launch, i, &mut buffers, self.mode, prints)? == Launched::Rerun {
                    return Err(BackendError::Driver(format!(
                        "`{}` asked to run the case again, which only the reference does",
                        launch.kernel
                    )));
                }
            }
            let took = start.elapsed();
            if run == 0 {
                result.buffers = buffers.clone();
            }
            // A case that runs for seconds on the CPU runs once or twice.
            if schedule.end_if_slow(took, timed) {
                result.times_ns.push(took.as_nanos() as f64);
            }
        }
        Ok(result)
    }

    fn measure_copy_gbps(&mut self, bytes: u64) -> Option<f64> {
        use rayon::prelude::*;
        let n = (bytes as usize / 8).max(1);
        let src = vec![1u64; n];
        let mut dst = vec![0u64; n];
        let mut best = f64::MAX;
        for _ in 0..5 {
            let start = Instant::now();
            if self.mode == Mode::Parallel {
                dst.par_chunks_mut(1 << 16)
                    .zip(src.par_chunks(1 << 16))
                    .for_each(|(d, s)| d.copy_from_slice(s));
            } else {
                dst.copy_from_slice(&src);
            }
            best = best.min(start.elapsed().as_secs_f64());
            std::hint::black_box(&dst);
        }
        Some(2.0 * (n * 8) as f64 / best / 1e9)
    }
}
