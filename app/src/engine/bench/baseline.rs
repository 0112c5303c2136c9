//! Baselines: the same computation written by others (CUDA C++, cuBLAS,
//! hand-written WGSL), each run in workers of its own on the devices of its
//! route with the case's inputs and judged against the reference like any
//! backend.

use super::super::worker::{LoadRequest, WorkerBackend};
use super::super::{BuiltCase, Engine};
use super::judged;
use everygpu_backend::{Backend, Route, RunOptions};
use everygpu_compiler::CompileRoute;
use everygpu_report::{BenchRecord, RecordKind};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

/// A baseline of one route: given a built case and a backend of that route,
/// its own record for the case, or `None` when it has no twin of the kernel.
pub trait Baseline {
    /// The route whose backends it runs beside.
    fn route(&self) -> Route;

    /// Runs `built` on the baseline on backend `id`'s device.
    fn run(
        &mut self,
        engine: &Engine,
        id: &str,
        built: &BuiltCase,
        case: &str,
        kernel: &str,
        options: &RunOptions,
    ) -> Option<BenchRecord>;
}

/// A baseline's workers: one per backend id, started and loaded on first
/// use; or why there is none.
struct Workers {
    timeout: Duration,
    by_id: BTreeMap<String, Result<WorkerBackend, String>>,
}

impl Workers {
    fn new(timeout: Duration) -> Self {
        Workers {
            timeout,
            by_id: BTreeMap::new(),
        }
    }

    /// The worker of backend `id`; on first use it is started and `load` loads the baseline into it.
    fn get(
        &mut self,
        id: &str,
        load: impl FnOnce(&mut WorkerBackend) -> Result<(), String>,
    ) -> Result<&mut WorkerBackend, String> {
        let timeout = self.timeout;
        let entry = self.by_id.entry(id.to_string()).or_insert_with(|| {
            let mut w = WorkerBackend::start(id, timeout).map_err(|e| e.to_string())?;
            load(&mut w)?;
            Ok(w)
        });
        entry.as_mut().map_err(|e| e.clone())
    }
}

/// A baseline's record: `skipped` with the reason when it has no worker,
/// else its run of `plan`, judged against the reference.
fn baseline_record(
    engine: &Engine,
    rec: BenchRecord,
    worker: Result<&mut WorkerBackend, String>,
    plan: &everygpu_backend::CasePlan,
    built: &BuiltCase,
    options: &RunOptions,
) -> BenchRecord {
    match worker {
        Err(e) => {
            let why = format!("no {} baseline: {e}", rec.kind.baseline_name());
            rec.with_status("skipped").with_message(why)
        }
        Ok(w) => {
            let run = w.run(plan, &built.inputs, options);
            judged(engine, rec, w, plan, run)
        }
    }
}

/// BabelStream in CUDA C++ (`backends/cuda/baseline`), built with nvcc for each
/// CUDA device and run in a worker of its own beside the Rust kernels.
pub struct CudaCpp {
    workers: Workers,
}

impl CudaCpp {
    pub fn new(timeout: Duration) -> Self {
        CudaCpp {
            workers: Workers::new(timeout),
        }
    }

    /// Builds the baseline for the device's `sm_XX` with nvcc and loads it.
    fn load(engine: &Engine, id: &str, w: &mut WorkerBackend) -> Result<(), String> {
        use everygpu_backend_cuda::baseline;
        let arch = engine
            .backends
            .iter()
            .find(|b| b.id() == id)
            .and_then(|b| b.device().ptx_arch())
            .ok_or("no arch")?;
        let nvcc = baseline::find_nvcc().map_err(|e| e.to_string())?;
        let ptx = baseline::babelstream_baseline_ptx(&nvcc, arch).map_err(|e| e.to_string())?;
        let path = everygpu_backend::process::temp_path(&format!("babelstream-{arch}.ptx"));
        std::fs::write(&path, ptx).map_err(|e| e.to_string())?;
        let loaded = w.load_request(
            LoadRequest::Built {
                route: CompileRoute::nvptx(arch),
                path: path.clone(),
            },
            &baseline::babelstream_manifest(),
        );
        let _ = std::fs::remove_file(&path);
        loaded.map_err(|e| e.to_string())
    }
}

impl Baseline for CudaCpp {
    fn route(&self) -> Route {
        Route::Nvptx
    }

    /// `None` when the kernel has no CUDA C++ twin.
    fn run(
        &mut self,
        engine: &Engine,
        id: &str,
        built: &BuiltCase,
        case: &str,
        kernel: &str,
        options: &RunOptions,
    ) -> Option<BenchRecord> {
        let plan = everygpu_backend_cuda::baseline::babelstream_baseline_plan(&built.plan)?;
        let rec = BenchRecord::new(
            case,
            built.size,
            id,
            RecordKind::Baseline {
                name: "CUDA C++".into(),
            },
        )
        .with_kernel(format!("cuda_{kernel}"))
        .with_work(plan.bytes, plan.flops);
        let worker = self.workers.get(id, |w| Self::load(engine, id, w));
        match worker {
            // Its dot reduces over 1024-thread blocks: its partial sums differ from the
            // Rust kernel's, so only the streaming kernels are judged element by element.
            Ok(w) if kernel.starts_with("dot_") => Some(match w.run(&plan, &built.inputs, options) {
                Ok(r) => rec
                    .with_times(&r.times_ns)
                    .with_message("partial sums over 1024-thread blocks"),
                Err(e) => rec
                    .with_status(super::super::status_of(&e).word())
                    .with_message(e.to_string()),
            }),
            worker => Some(baseline_record(engine, rec, worker, &plan, built, options)),
        }
    }
}

/// cuBLAS (`cublasSgemm`, f16/bf16 `cublasGemmEx`) for the kernels that have a
/// twin there, run in a worker of its own on each CUDA device with the case's
/// buffers and inputs.
pub struct Cublas {
    workers: Workers,
}

impl Cublas {
    pub fn new(timeout: Duration) -> Self {
        Cublas {
            workers: Workers::new(timeout),
        }
    }
}

impl Baseline for Cublas {
    fn route(&self) -> Route {
        Route::Nvptx
    }

    /// `None` when the kernel has no cuBLAS twin.
    fn run(
        &mut self,
        engine: &Engine,
        id: &str,
        built: &BuiltCase,
        case: &str,
        _kernel: &str,
        options: &RunOptions,
    ) -> Option<BenchRecord> {
        let plan = everygpu_backend_cuda::cublas::cublas_baseline_plan(&built.plan)?;
        let routine = plan.launches.first().map(|l| l.kernel.clone()).unwrap_or_default();
        let rec = BenchRecord::new(case, built.size, id, RecordKind::Baseline { name: "cuBLAS".into() })
            .with_kernel(routine)
            .with_work(plan.bytes, plan.flops);
        let worker = self.workers.get(id, |w| {
            w.load_request(LoadRequest::Cublas, &everygpu_backend::Manifest::default())
                .map_err(|e| e.to_string())
        });
        Some(baseline_record(engine, rec, worker, &plan, built, options))
    }
}

/// Hand-written WGSL (`backends/wgpu/baseline`, or the user's folder), run on
/// each shader backend in a worker of its own, with the Rust kernel's own
/// plan and inputs.
pub struct Wgsl {
    workers: Workers,
    /// The folder the workers load.
    dir: PathBuf,
    /// The kernels it holds a `.wgsl` file for.
    kernels: Vec<String>,
    /// Whether `dir` is ours to remove.
    owned: bool,
}

impl Wgsl {
    /// The user's folder, or the built-in kernels written to a temporary one.
    pub fn new(timeout: Duration, user: Option<PathBuf>) -> anyhow::Result<Self> {
        let owned = user.is_none();
        let dir = match user {
            Some(d) => d,
            None => {
                let d = everygpu_backend::process::temp_path("wgsl-baseline");
                everygpu_backend_wgpu::baseline::write_babelstream_wgsl(&d)
                    .map_err(|e| anyhow::anyhow!("writing the WGSL baselines to {}: {e}", d.display()))?;
                d
            }
        };
        let entries = std::fs::read_dir(&dir).map_err(|e| anyhow::anyhow!("WGSL baselines {}: {e}", dir.display()))?;
        let mut kernels: Vec<String> = entries
            .filter_map(|e| {
                let path = e.ok()?.path();
                (path.extension()? == "wgsl").then(|| path.file_stem()?.to_str().map(str::to_string))?
            })
            .collect();
        kernels.sort();
        if kernels.is_empty() {
            anyhow::bail!("WGSL baselines {}: no `<kernel>.wgsl` file", dir.display());
        }
        Ok(Wgsl {
            workers: Workers::new(timeout),
            dir,
            kernels,
            owned,
        })
    }

    /// Loads the WGSL files into backend `id`'s worker (once).
    fn worker(&mut self, engine: &Engine, id: &str) -> Result<&mut WorkerBackend, String> {
        let dir = self.dir.clone();
        let manifest = engine.manifest().cloned().ok_or("the crate has not been built")?;
        self.workers.get(id, |w| {
            w.load_request(LoadRequest::Wgsl { dir }, &manifest)
                .map_err(|e| e.to_string())
        })
    }
}

impl Baseline for Wgsl {
    fn route(&self) -> Route {
        Route::Wasm
    }

    /// `None` when the kernel has no WGSL twin.
    fn run(
        &mut self,
        engine: &Engine,
        id: &str,
        built: &BuiltCase,
        case: &str,
        kernel: &str,
        options: &RunOptions,
    ) -> Option<BenchRecord> {
        if built.plan.launches.len() != 1 || !self.kernels.iter().any(|k| k == kernel) {
            return None;
        }
        let rec = BenchRecord::new(case, built.size, id, RecordKind::Baseline { name: "WGSL".into() })
            .with_kernel(kernel)
            .with_work(built.plan.bytes, built.plan.flops);
        let worker = self.worker(engine, id);
        Some(baseline_record(engine, rec, worker, &built.plan, built, options))
    }
}

impl Drop for Wgsl {
    fn drop(&mut self) {
        if self.owned {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}
