//! The CPU backends.
//!
//! The CPU route builds the kernel crate as a cdylib that carries the kernels,
//! the cases and the CPU executor (`everygpu_kernel::host`). [`CpuLibrary`]
//! loads it through its C ABI (manifest, case plans and inputs, native
//! baselines, launches); [`CpuBackend`] runs plans on it, either as the
//! single-thread **reference** (`cpu`) every other backend is compared with,
//! or on all cores (`cpu-mt`).
//!
//! Libraries are never unloaded: a hot reload loads a fresh copy (under a new
//! name, since `dlopen` would return the old one), and threads of the old
//! copy's pools stay valid.

mod library;

pub use library::{BuiltCase, CaseError, CpuLibrary};

use everygpu_backend::{
    Artifact, Backend, BackendError, CasePlan, CaseRun, DeviceInfo, Enumerated, HostBuffer, Manifest, Route, RunOptions,
};
use std::sync::Arc;
use std::time::Instant;

/// A CPU backend: the reference (`cpu`) or the multi-thread one (`cpu-mt`).
pub struct CpuBackend {
    id: &'static str,
    parallel: bool,
    device: DeviceInfo,
    library: Option<Arc<CpuLibrary>>,
}

/// Both CPU backends.
pub fn enumerate() -> Enumerated {
    Enumerated {
        backends: vec![Box::new(CpuBackend::reference()), Box::new(CpuBackend::multi_thread())],
        absent: vec![],
    }
}

impl CpuBackend {
    /// The single-thread reference executor.
    pub fn reference() -> CpuBackend {
        CpuBackend {
            id: "cpu",
            parallel: false,
            device: cpu_info("CPU (reference, 1 thread)", 1),
            library: None,
        }
    }

    /// The executor on every core (rayon over workgroups).
    pub fn multi_thread() -> CpuBackend {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        CpuBackend {
            id: "cpu-mt",
            parallel: true,
            device: cpu_info(&format!("CPU (rayon, {threads} threads)"), threads),
            library: None,
        }
    }

    /// Uses an already loaded library (shared by both CPU backends and the app).
    pub fn set_library(&mut self, library: Arc<CpuLibrary>) {
        self.library = Some(library);
    }
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
            (
                "subgroup size".into(),
                "32 (lanes run in lock-step on the fiber executor)".into(),
            ),
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
            return Err(BackendError::WrongArtifact {
                expected: Route::Cpu,
                got: route_of(artifact),
            });
        };
        self.library = Some(CpuLibrary::load(path)?);
        Ok(())
    }

    fn run(&mut self, plan: &CasePlan, inputs: &[HostBuffer], options: &RunOptions) -> Result<CaseRun, BackendError> {
        let Some(lib) = self.library.clone() else {
            return Err(BackendError::Driver("no CPU library loaded".into()));
        };
        let mut buffers: Vec<HostBuffer> = inputs.to_vec();
        let mut result = CaseRun::default();
        for (run, timed) in options.schedule() {
            let start = Instant::now();
            for launch in &plan.launches {
                lib.launch(launch, &mut buffers, self.parallel)?;
            }
            let ns = start.elapsed().as_nanos() as f64;
            if run == 0 {
                result.buffers = buffers.clone();
            }
            if timed {
                result.times_ns.push(ns);
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
            if self.parallel {
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

fn route_of(a: &Artifact) -> Route {
    match a {
        Artifact::CpuLibrary { .. } => Route::Cpu,
        Artifact::Ptx { .. } => Route::Nvptx,
        Artifact::Shader(_) => Route::Wasm,
    }
}
