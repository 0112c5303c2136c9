//! [`WgpuBackend`]: one wgpu adapter, its device and queue, the loaded
//! kernels, and the [`Backend`] implementation.
//!
//! Every wgpu call that can fail validation runs inside error scopes, and
//! uncaptured errors are recorded rather than left to wgpu's default handler
//! (which panics), so a driver error never takes the process down. A lost
//! device is recreated on the next call.
//!
//! Pipelines are created when a plan first launches their kernel
//! ([`Backend::prepare`]), not when an artifact is loaded, and kept by the
//! content of their code ([`everygpu_backend::ShaderKernel::content_key`]):
//! a rebuild of the crate re-creates only the pipelines of the kernels it
//! changed, and a run of one case creates only that case's.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use everygpu_backend::{
    Artifact, Backend, BackendError, CasePlan, CaseRun, DeviceInfo, HostBuffer, Manifest, Prepared, Route, RunOptions,
    ShaderArtifact,
};

use crate::adapter::Adapter;
use crate::pipeline::Kernel;
use crate::{capture, State, WgpuBackend};

/// How long one launch may take before its run is reported as a timeout,
/// unless [`Backend::set_launch_timeout`] says otherwise.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

impl State {
    fn new(adapter: &Adapter) -> Result<State, String> {
        let desc = wgpu::DeviceDescriptor {
            label: Some("everygpu"),
            required_features: adapter.features,
            required_limits: adapter.limits.clone(),
            experimental_features: if adapter
                .features
                .contains(wgpu::Features::EXPERIMENTAL_COOPERATIVE_MATRIX)
            {
                // SAFETY: the one experimental feature asked for is
                // cooperative matrices, used only by kernels whose shape the
                // adapter lists (`Adapter::matrices`, checked before launch).
                unsafe { wgpu::ExperimentalFeatures::enabled() }
            } else {
                wgpu::ExperimentalFeatures::disabled()
            },
            memory_hints: wgpu::MemoryHints::Performance,
            trace: wgpu::Trace::Off,
        };
        let (device, queue) = pollster::block_on(adapter.raw.request_device(&desc))
            .map_err(|e| format!("cannot create the device: {e}"))?;
        let lost = Arc::new(AtomicBool::new(false));
        let uncaptured = Arc::new(Mutex::new(Vec::new()));
        let flag = lost.clone();
        device.set_device_lost_callback(move |_, _| flag.store(true, Ordering::SeqCst));
        let sink = uncaptured.clone();
        device.on_uncaptured_error(Arc::new(move |e: wgpu::Error| {
            if let Ok(mut v) = sink.lock() {
                v.push(e.to_string());
            }
        }));
        Ok(State {
            device,
            queue,
            pipelines: HashMap::new(),
            kernels: HashMap::new(),
            lost,
            uncaptured,
        })
    }

    /// Whether the device was lost.
    pub(crate) fn is_lost(&self) -> bool {
        self.lost.load(Ordering::SeqCst)
    }

    /// Errors that escaped every scope since the last call, if any.
    pub(crate) fn take_uncaptured(&self) -> Option<String> {
        let mut v = self.uncaptured.lock().ok()?;
        (!v.is_empty()).then(|| std::mem::take(&mut *v).join("; "))
    }

    /// The pipeline of kernel `name` of `artifact`: the one made before for
    /// the same code, or a new one, compiled now. Returns whether it is new.
    fn prepare_kernel(
        &mut self,
        adapter: &Adapter,
        artifact: &ShaderArtifact,
        name: &str,
    ) -> Result<bool, BackendError> {
        if self.kernels.contains_key(name) {
            return Ok(false);
        }
        let Some(shader) = artifact.kernel(name) else {
            return Err(artifact.refusal(name));
        };
        let key = shader.content_key();
        let created = !self.pipelines.contains_key(&key);
        if created {
            let kernel = Kernel::create(&self.device, adapter, shader).map_err(|message| BackendError::Load {
                route: Route::Wasm,
                message,
            })?;
            if kernel.unsupported.is_none() {
                crate::command::warm_up(adapter, self, &kernel)?;
            }
            self.pipelines.insert(key, kernel);
            self.evict();
        }
        self.kernels.insert(name.to_string(), key);
        Ok(created)
    }

    /// Drops the oldest pipelines that no kernel of the loaded artifact uses,
    /// beyond [`SPARE_PIPELINES`].
    fn evict(&mut self) {
        let in_use: std::collections::HashSet<u64> = self.kernels.values().copied().collect();
        let mut spare: Vec<(u64, u64)> = self
            .pipelines
            .iter()
            .filter(|(k, _)| !in_use.contains(k))
            .map(|(k, kernel)| (kernel.created, *k))
            .collect();
        if spare.len() <= SPARE_PIPELINES {
            return;
        }
        spare.sort_unstable();
        for (_, key) in &spare[..spare.len() - SPARE_PIPELINES] {
            self.pipelines.remove(key);
        }
    }
}

/// Pipelines kept beyond those of the loaded artifact: older code that an
/// undo in the editor brings back without a new compile.
const SPARE_PIPELINES: usize = 64;

/// Creates a one-line compute pipeline. A GL context may claim compute
/// shaders (`ARB_compute_shader` on a GL 3.3 context, as NVIDIA's EGL gives)
/// in a shading language version that has none.
fn compile_probe(state: &State) -> Result<(), wgpu::Error> {
    let ((), error) = capture(&state.device, || {
        let module = state.device.create_shader_module(wgpu::ShaderModuleDescriptor {
            label: Some("everygpu compute probe"),
            source: wgpu::ShaderSource::Wgsl(
                "@group(0) @binding(0) var<storage, read_write> b: array<u32>;\n\
                 @compute @workgroup_size(1) fn main() { b[0] = 1u; }"
                    .into(),
            ),
        });
        let _pipeline = state.device.create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
            label: Some("everygpu compute probe"),
            layout: None,
            module: &module,
            entry_point: Some("main"),
            compilation_options: Default::default(),
            cache: None,
        });
    });
    error.map_or(Ok(()), Err)
}

impl WgpuBackend {
    /// Opens `adapter` as backend `id` and creates its device.
    pub(crate) fn open(
        instance: Arc<wgpu::Instance>,
        adapter: wgpu::Adapter,
        id: String,
    ) -> Result<WgpuBackend, String> {
        let adapter = Adapter::new(adapter);
        let state = State::new(&adapter).map_err(|e| format!("{} ({}): {e}", adapter.info.name, adapter.info.api))?;
        if adapter.raw.get_info().backend == wgpu::Backend::Gl {
            compile_probe(&state).map_err(|e| {
                format!(
                    "{} ({}) cannot compile a compute shader, so it runs no kernel: {}",
                    adapter.info.name,
                    adapter.info.api,
                    e.to_string().split_whitespace().collect::<Vec<_>>().join(" ")
                )
            })?;
        }
        Ok(WgpuBackend {
            id,
            adapter,
            state: Some(state),
            loaded: None,
            held: false,
            timeout: DEFAULT_TIMEOUT,
            _instance: instance,
        })
    }

    /// Makes sure a live device exists: recreates it, and rebuilds the last
    /// artifact, after a loss.
    pub(crate) fn ensure_state(&mut self) -> Result<(), BackendError> {
        if self.held {
            return Err(BackendError::held_after_timeout(&self.id));
        }
        if self.state.as_ref().is_some_and(State::is_lost) {
            self.mark_lost();
        }
        if self.state.is_some() {
            return Ok(());
        }
        let state = State::new(&self.adapter)
            .map_err(|e| BackendError::Driver(format!("cannot recreate the wgpu device: {e}")))?;
        self.state = Some(state);
        Ok(())
    }

    /// Prepares the kernels of `plan` (see [`Backend::prepare`]).
    pub(crate) fn prepare_plan(&mut self, plan: &CasePlan) -> Result<Prepared, BackendError> {
        self.ensure_state()?;
        let (Some(state), Some((artifact, _))) = (self.state.as_mut(), self.loaded.as_ref()) else {
            return Err(BackendError::Driver("no artifact is loaded".to_string()));
        };
        let mut prepared = Prepared::default();
        for launch in &plan.launches {
            if state.prepare_kernel(&self.adapter, artifact, &launch.kernel)? {
                prepared.created.push(launch.kernel.clone());
            }
        }
        prepared.stats = plan
            .kernels()
            .filter_map(|k| Some(state.pipelines.get(state.kernels.get(k)?)?.stats.clone()))
            .collect();
        Ok(prepared)
    }

    /// Drops the device after a loss: the next call creates a new one.
    pub(crate) fn mark_lost(&mut self) {
        self.state = None;
    }

    /// After a launch past its time limit: keeps the device alive forever
    /// (its commands may still run) and opens no other in this process.
    pub(crate) fn hold_after_timeout(&mut self) {
        if let Some(state) = self.state.take() {
            std::mem::forget(state);
        }
        self.held = true;
    }
}

impl Backend for WgpuBackend {
    fn id(&self) -> &str {
        &self.id
    }

    fn device(&self) -> &DeviceInfo {
        &self.adapter.info
    }

    fn route(&self) -> Route {
        Route::Wasm
    }

    fn load(&mut self, artifact: &Artifact, manifest: &Manifest) -> Result<(), BackendError> {
        let Artifact::Shader(shaders) = artifact else {
            return Err(BackendError::wrong_artifact(self.route(), artifact));
        };
        let shaders = shaders.clone();
        self.ensure_state()?;
        if let Some(state) = self.state.as_mut() {
            // Pipelines stay, by content; names now mean this artifact's kernels.
            state.kernels.clear();
        }
        self.loaded = Some((shaders, manifest.clone()));
        Ok(())
    }

    fn prepare(&mut self, plan: &CasePlan) -> Result<Prepared, BackendError> {
        self.prepare_plan(plan)
    }

    fn run(&mut self, plan: &CasePlan, inputs: &[HostBuffer], options: &RunOptions) -> Result<CaseRun, BackendError> {
        crate::command::run(self, plan, inputs, options)
    }

    fn measure_copy_gbps(&mut self, bytes: u64) -> Option<f64> {
        // A compute-shader copy: transfer-queue copies are far below what
        // kernels reach on some drivers. It replaces the loaded kernels for a
        // moment.
        let previous = self.loaded.clone();
        everygpu_backend::copy_roof::measure_then_reload(self, bytes, previous)
    }

    fn set_launch_timeout(&mut self, limit: Duration) {
        self.timeout = limit;
    }
}
