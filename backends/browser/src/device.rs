//! [`BrowserBackend`]: WebGPU in a headless Chromium, and the
//! [`Backend`] implementation.
//!
//! Kernels go to the page as WGSL that naga writes from the route's
//! validated module, the same module the Vulkan and wgpu backends run;
//! the browser's own compiler (Tint, in Chromium) checks it again, and its
//! messages name the kernel. Pipelines are kept by the content of their
//! code, as in the wgpu backend. A Chromium that crashes, hangs or loses its
//! device is ended and started afresh on the next call.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use everygpu_backend::print::{self, Prints};
use everygpu_backend::{
    Artifact, Backend, BackendError, CasePlan, CaseRun, DeviceInfo, HostBuffer, KernelPanic, LowerOptions, Manifest,
    Prepared, Route, RunOptions, ShaderArtifact, ShaderKernel, STATUS_WORDS,
};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::page::{CallError, Page};

/// How long one launch may take unless [`Backend::set_launch_timeout`]
/// says otherwise.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);
/// How long the page may take to find its adapter and open a device.
const INIT_LIMIT: Duration = Duration::from_secs(60);
/// How long the browser may take to compile the pipelines of one case.
const COMPILE_LIMIT: Duration = Duration::from_secs(600);
/// How long uploading a case's buffers may take.
const UPLOAD_LIMIT: Duration = Duration::from_secs(300);
/// What a run may take beyond its launches' limit: reading back the status,
/// the timestamps and (on the first run) the outputs.
const READBACK_LIMIT: Duration = Duration::from_secs(120);

/// The adapter as the page describes it (`init` in `page/runner.js`).
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Adapter {
    vendor: String,
    architecture: String,
    device: String,
    description: String,
    fallback: bool,
    features: Vec<String>,
    limits: Limits,
    user_agent: String,
}

/// The device's limits: the adapter's own, which the page requests.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Limits {
    max_storage_buffer_binding_size: u64,
    max_buffer_size: u64,
    max_storage_buffers_per_shader_stage: u32,
    max_compute_workgroup_storage_size: u32,
    max_compute_invocations_per_workgroup: u32,
    max_compute_workgroup_size_x: u32,
    max_compute_workgroup_size_y: u32,
    max_compute_workgroup_size_z: u32,
    max_compute_workgroups_per_dimension: u32,
    min_storage_buffer_offset_alignment: u32,
}

impl Adapter {
    fn has(&self, feature: &str) -> bool {
        self.features.iter().any(|f| f == feature)
    }

    /// The browser and its version, from the user agent (`Chrome/156.0…`).
    fn browser(&self) -> String {
        self.user_agent
            .split_whitespace()
            .find(|t| t.starts_with("Chrome/") || t.starts_with("HeadlessChrome/"))
            .unwrap_or(&self.user_agent)
            .replace('/', " ")
    }

    fn device_info(&self) -> DeviceInfo {
        let l = &self.limits;
        let name = match (self.description.as_str(), self.device.as_str()) {
            ("", "") => format!("{} {}", self.vendor, self.architecture),
            ("", device) => device.to_string(),
            (description, _) => description.to_string(),
        };
        let timestamps = match self.has("timestamp-query") {
            true => "timestamp-query (device times)".to_string(),
            false => "none: times are from submission to completion, not device timestamps".to_string(),
        };
        DeviceInfo {
            name: match self.fallback {
                true => format!("{} (software adapter)", name.trim()),
                false => name.trim().to_string(),
            },
            vendor: self.vendor.clone(),
            api: "WebGPU".to_string(),
            driver: self.browser(),
            details: vec![
                ("architecture".into(), self.architecture.clone()),
                ("features".into(), self.features.join(", ")),
                ("timestamps".into(), timestamps),
                (
                    "max storage binding".into(),
                    format!("{} bytes", l.max_storage_buffer_binding_size),
                ),
                (
                    "max storage buffers per stage".into(),
                    l.max_storage_buffers_per_shader_stage.to_string(),
                ),
                (
                    "max workgroup".into(),
                    format!(
                        "{} × {} × {}, {} threads, {} bytes shared",
                        l.max_compute_workgroup_size_x,
                        l.max_compute_workgroup_size_y,
                        l.max_compute_workgroup_size_z,
                        l.max_compute_invocations_per_workgroup,
                        l.max_compute_workgroup_storage_size
                    ),
                ),
                (
                    "max workgroups per dimension".into(),
                    l.max_compute_workgroups_per_dimension.to_string(),
                ),
            ],
            ..DeviceInfo::default()
        }
    }
}

/// The WebGPU adapter of a headless Chromium, running the wasm→naga
/// route's kernels as WGSL.
pub struct BrowserBackend {
    id: String,
    binary: PathBuf,
    adapter: Adapter,
    info: DeviceInfo,
    /// `None` after a failure that may have left the page unusable: the
    /// next call starts Chromium afresh.
    page: Option<Page>,
    loaded: Option<(Arc<ShaderArtifact>, Manifest)>,
    /// The pipelines the current page created, by content key: `Err` with
    /// the browser's words where it refused the kernel, `Ok` with the
    /// uniformity error it ran the kernel despite, if any.
    pipelines: HashMap<u64, Result<Option<String>, String>>,
    /// How long one launch may take.
    timeout: Duration,
}

impl std::fmt::Debug for BrowserBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BrowserBackend")
            .field("id", &self.id)
            .field("device", &self.info.name)
            .finish()
    }
}

impl BrowserBackend {
    /// Starts Chromium (`binary`) and opens its WebGPU adapter as backend `id`.
    pub fn open(binary: PathBuf, id: String) -> Result<BrowserBackend, String> {
        let (page, adapter) = open_page(&binary)?;
        Ok(BrowserBackend {
            id,
            binary,
            info: adapter.device_info(),
            adapter,
            page: Some(page),
            loaded: None,
            pipelines: HashMap::new(),
            timeout: DEFAULT_TIMEOUT,
        })
    }

    /// The page, started afresh if the last one failed.
    fn page(&mut self) -> Result<&mut Page, BackendError> {
        if self.page.is_none() {
            let (page, _) = open_page(&self.binary).map_err(BackendError::Driver)?;
            self.pipelines.clear();
            self.page = Some(page);
        }
        self.page
            .as_mut()
            .ok_or_else(|| BackendError::Driver("no page".to_string()))
    }

    /// Calls a page method, `late` being the error when it does not reply
    /// within `limit`; a page that may be unusable afterwards is dropped.
    fn call(
        &mut self,
        method: &str,
        args: &Value,
        limit: Duration,
        late: impl FnOnce() -> BackendError,
    ) -> Result<Value, BackendError> {
        let result = self.page()?.call(method, args, limit);
        result.map_err(|e| {
            let restart = matches!(&e, CallError::Gone(_) | CallError::Timeout)
                || matches!(&e, CallError::Failed(m) if m.starts_with("device lost"));
            if restart {
                self.page = None;
            }
            match e {
                CallError::Timeout => late(),
                CallError::Failed(m) | CallError::Gone(m) if restart => {
                    BackendError::Driver(format!("{m}; Chromium is started afresh on the next call"))
                }
                CallError::Failed(m) | CallError::Gone(m) => BackendError::Driver(m),
            }
        })
    }

    /// Creates the pipelines of the kernels `plan` launches that the page
    /// has not created yet.
    fn prepare_plan(&mut self, plan: &CasePlan) -> Result<Prepared, BackendError> {
        let Some(artifact) = self.loaded.as_ref().map(|(a, _)| a.clone()) else {
            return Err(BackendError::Driver("no artifact is loaded".to_string()));
        };
        self.page()?;
        let mut prepared = Prepared::default();
        let mut specs = Vec::new();
        let mut keys = Vec::new();
        let mut seen = HashSet::new();
        for launch in &plan.launches {
            let Some(shader) = artifact.kernel(&launch.kernel) else {
                return Err(artifact.refusal(&launch.kernel));
            };
            let key = shader.content_key();
            if unsupported(&self.adapter, shader).is_some() || self.pipelines.contains_key(&key) || !seen.insert(key) {
                continue;
            }
            // A software adapter that ends loops early says so (see
            // `everygpu_backend::loop_limit`), and the thread goes on.
            let checked = everygpu_backend::loop_limit::needs_loop_checks(&self.info.name)
                .then(|| everygpu_backend::shader::module_with_loop_checks(shader, false))
                .flatten();
            let (wgsl, entry) =
                everygpu_backend::shader::wgsl(shader, checked.as_ref()).map_err(|message| BackendError::Load {
                    route: Route::Wasm,
                    message: format!("kernel `{}`: {message}", shader.name),
                })?;
            let blob = format!("wgsl-{key:016x}");
            if let Some(page) = self.page.as_ref() {
                page.server.offer(&blob, Arc::from(wgsl.into_bytes()));
            }
            specs.push(json!({
                "key": key.to_string(),
                "name": shader.name,
                "entry": entry,
                "wgsl": blob,
                "bindings": shader.bindings.iter().map(|b| json!([b.binding, b.writable])).collect::<Vec<_>>(),
            }));
            keys.push((key, shader.name.clone()));
        }
        if !specs.is_empty() {
            self.create_pipelines(specs, keys, &mut prepared)?;
        }
        let mut noted = HashSet::new();
        for launch in &plan.launches {
            let Some(shader) = artifact.kernel(&launch.kernel) else {
                continue;
            };
            if let Some(Ok(Some(why))) = self.pipelines.get(&shader.content_key()) {
                if noted.insert(&launch.kernel) {
                    prepared.notes.push(relaxed_note(&launch.kernel, why));
                }
            }
        }
        Ok(prepared)
    }

    /// Has the page create the pipelines of `specs` (kernels `keys`).
    fn create_pipelines(
        &mut self,
        specs: Vec<Value>,
        keys: Vec<(u64, String)>,
        prepared: &mut Prepared,
    ) -> Result<(), BackendError> {
        let errors = self.call("prepare", &Value::Array(specs), COMPILE_LIMIT, || {
            BackendError::Driver(format!(
                "the browser took longer than {} s to compile the case's kernels",
                COMPILE_LIMIT.as_secs()
            ))
        })?;
        for (i, (key, name)) in keys.into_iter().enumerate() {
            let field = |f: &str| errors.get(i).and_then(|e| e[f].as_str()).map(str::to_string);
            self.pipelines
                .insert(key, field("error").map_or(Ok(field("relaxed")), Err));
            prepared.created.push(name);
        }
        Ok(())
    }

    /// Checks every launch against its kernel and the device: the launch
    /// specs for the page and the launches' parameter blocks.
    fn resolve(&self, artifact: &ShaderArtifact, plan: &CasePlan) -> Result<(Vec<Value>, Vec<Vec<u8>>), BackendError> {
        let l = &self.adapter.limits;
        let mut launches = Vec::new();
        let mut blocks = Vec::new();
        for launch in &plan.launches {
            let name = &launch.kernel;
            let Some(shader) = artifact.kernel(name) else {
                return Err(artifact.refusal(name));
            };
            if let Some(what) = unsupported(&self.adapter, shader) {
                return Err(BackendError::Unsupported {
                    kernel: name.clone(),
                    what,
                });
            }
            if let Some(Err(message)) = self.pipelines.get(&shader.content_key()) {
                return Err(BackendError::Load {
                    route: Route::Wasm,
                    message: format!("kernel `{name}`: {message}"),
                });
            }
            let launch_error = |message: String| BackendError::Launch {
                kernel: name.clone(),
                message,
            };
            let max = l.max_compute_workgroups_per_dimension;
            if launch.groups.iter().any(|&g| g > max) {
                return Err(launch_error(format!(
                    "{:?} workgroups: WebGPU allows at most {max} per dimension here; use a 2-D grid or a grid-stride loop",
                    launch.groups
                )));
            }
            let max = l.max_storage_buffer_binding_size.min(l.max_buffer_size);
            let bindings: Vec<Value> = everygpu_backend::shader::launch_bindings(plan, launch, &shader.bindings, max)?
                .into_iter()
                .map(|(binding, index)| json!([binding, index]))
                .collect();
            blocks.push(everygpu_backend::shader::param_block(
                plan,
                launch,
                &shader.constant_data,
            )?);
            launches.push(json!({
                "key": shader.content_key().to_string(),
                "groups": launch.groups,
                "bindings": bindings,
                "statusBytes": shader.status_words() * 4,
                "prints": !shader.print_sites.is_empty(),
            }));
        }
        Ok((launches, blocks))
    }

    fn run_case(
        &mut self,
        plan: &CasePlan,
        inputs: &[HostBuffer],
        options: &RunOptions,
    ) -> Result<CaseRun, BackendError> {
        plan.check_inputs(inputs)?;
        self.prepare_plan(plan)?;
        let Some(artifact) = self.loaded.as_ref().map(|(a, _)| a.clone()) else {
            return Err(BackendError::Driver("no artifact is loaded".to_string()));
        };
        let (launches, blocks) = self.resolve(&artifact, plan)?;
        let mut names: Vec<&str> = plan.launches.iter().map(|l| l.kernel.as_str()).collect();
        names.dedup();
        let names = names.join(", ");

        // The parameter blocks, one after another at the device's offset alignment.
        let align = self.adapter.limits.min_storage_buffer_offset_alignment.max(4) as usize;
        let mut params = Vec::new();
        let mut params_at = Vec::new();
        for block in &blocks {
            params.resize(params.len().next_multiple_of(align), 0);
            params_at.push(json!([params.len(), block.len()]));
            params.extend_from_slice(block);
        }
        params.resize(params.len().next_multiple_of(4), 0);
        let page = self.page()?;
        page.server.clear();
        page.server.offer("params", Arc::from(params));
        let mut buffers = Vec::with_capacity(plan.buffers.len());
        for (i, (b, input)) in plan.buffers.iter().zip(inputs).enumerate() {
            // The page keeps the inputs of its last case by content: a rerun
            // (the edit loop's) copies them on the device instead of
            // fetching them again.
            let content = content_hash(input.bytes());
            let name = format!("in-{content:016x}");
            page.server.offer(&name, Arc::from(input.bytes()));
            buffers.push(json!({
                "name": b.name,
                "bytes": b.bytes(),
                "output": b.output.then(|| format!("out-{i}")),
                "input": name,
            }));
        }
        let setup = json!({
            "buffers": buffers,
            "params": "params",
            "paramsAt": params_at,
            "statusWords": STATUS_WORDS,
            "statusBytes": plan
                .launches
                .iter()
                .filter_map(|l| artifact.kernel(&l.kernel))
                .map(|k| k.status_words() * 4)
                .max()
                .unwrap_or(STATUS_WORDS * 4),
            "printAt": print::PRINT_AT,
            "printCapacity": print::PRINT_CAPACITY_WORDS,
            "launches": launches,
        });
        let launch_limit = self.timeout * plan.launches.len().max(1) as u32;
        self.call("setup", &setup, UPLOAD_LIMIT, || {
            BackendError::Driver(format!(
                "uploading the case's buffers took longer than {} s",
                UPLOAD_LIMIT.as_secs()
            ))
        })?;
        let timeout = || BackendError::Timeout {
            kernel: names.clone(),
            limit_ms: launch_limit.as_millis() as u64,
        };
        let mut out = CaseRun::default();
        for (r, timed) in options.schedule() {
            let reply = self.call(
                "run",
                &json!({ "first": r == 0 }),
                launch_limit + READBACK_LIMIT,
                timeout,
            )?;
            let run: RunReply = serde_json::from_value(reply)
                .map_err(|e| BackendError::Driver(format!("the page's run reply: {e}")))?;
            let wall = Duration::from_secs_f64(run.wall_ms.max(0.0) / 1e3);
            if wall > launch_limit {
                return Err(timeout());
            }
            if r == 0 {
                read_prints(&artifact, plan, &run.prints, &mut out.prints)?;
            }
            check_status(&artifact, plan, &run.status, STATUS_WORDS).map_err(|e| e.with_prints(&out.prints))?;
            if r == 0 {
                let page = self.page()?;
                out.buffers = plan
                    .buffers
                    .iter()
                    .enumerate()
                    .map(|(i, b)| match b.output && b.bytes() > 0 {
                        true => page
                            .server
                            .take_posted(&format!("out-{i}"))
                            .map(|bytes| HostBuffer::from_bytes(&bytes))
                            .ok_or_else(|| BackendError::Driver(format!("the page sent no `{}` back", b.name))),
                        false => Ok(HostBuffer::default()),
                    })
                    .collect::<Result<_, _>>()?;
            }
            if timed {
                out.times_ns.push(run.device_ns.unwrap_or(run.wall_ms * 1e6));
            }
        }
        // Frees the case's device buffers; a failure here costs nothing.
        let _ = self.call("finish", &Value::Null, UPLOAD_LIMIT, || {
            BackendError::Driver(String::new())
        });
        if let Some(page) = self.page.as_ref() {
            page.server.clear();
        }
        Ok(out)
    }
}

/// What a row says of a kernel that breaks WGSL's uniformity rules, which
/// Chromium ran with its extension that turns them off; `why` is Tint's
/// refusal (`…:LINE:COLUMN error: …`).
fn relaxed_note(kernel: &str, why: &str) -> String {
    let line = why
        .split_once(" error: ")
        .and_then(|(before, _)| before.rsplit(':').nth(1))
        .and_then(|l| l.trim().parse::<u32>().ok())
        .map(|l| format!(" at line {l} of its WGSL"))
        .unwrap_or_default();
    format!(
        "kernel `{kernel}` breaks WGSL's uniformity rules (a barrier where the workgroup's threads may have \
         gone different ways{line}); Chromium ran it with `chromium_disable_uniformity_analysis`, other \
         browsers refuse it"
    )
}

/// A hash of an input's bytes.
fn content_hash(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// What the page's `run` replies.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RunReply {
    /// Each launch's status words, one after another.
    status: Vec<u32>,
    /// On the first run, each launch's print area (its header and the
    /// records), or `None` where its kernel does not print.
    #[serde(default)]
    prints: Vec<Option<Vec<u32>>>,
    device_ns: Option<f64>,
    wall_ms: f64,
}

/// Starts Chromium on the runner page and opens its adapter.
fn open_page(binary: &std::path::Path) -> Result<(Page, Adapter), String> {
    let mut page = Page::open(binary)?;
    let reply = page.call("init", &Value::Null, INIT_LIMIT).map_err(|e| match e {
        CallError::Failed(m) | CallError::Gone(m) => m,
        CallError::Timeout => format!("WebGPU did not answer within {} s", INIT_LIMIT.as_secs()),
    })?;
    let adapter = serde_json::from_value(reply).map_err(|e| format!("the page's adapter description: {e}"))?;
    Ok((page, adapter))
}

/// Adds what each launch printed to `prints`.
fn read_prints(
    artifact: &ShaderArtifact,
    plan: &CasePlan,
    areas: &[Option<Vec<u32>>],
    prints: &mut Prints,
) -> Result<(), BackendError> {
    for (l, (launch, area)) in plan.launches.iter().zip(areas).enumerate() {
        let (Some(area), Some(kernel)) = (area, artifact.kernel(&launch.kernel)) else {
            continue;
        };
        let grid = print::Grid {
            groups: launch.groups,
            size: kernel.workgroup_size,
        };
        let mut site = |[number, _, _]: [u32; 3]| {
            kernel
                .print_sites
                .get(number as usize)
                .cloned()
                .ok_or_else(|| format!("no print site {number}"))
        };
        print::read_area(area, l as u32, grid, &mut site, prints).map_err(|e| BackendError::Launch {
            kernel: launch.kernel.clone(),
            message: format!("its print records: {e}"),
        })?;
    }
    Ok(())
}

/// The first launch whose status words record a panic is the error.
fn check_status(artifact: &ShaderArtifact, plan: &CasePlan, words: &[u32], stride: usize) -> Result<(), BackendError> {
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let kernels = plan.launches.iter().map(|l| {
        let messages = artifact.kernel(&l.kernel).map(|k| k.panic_messages.as_slice());
        (l.kernel.as_str(), messages.unwrap_or_default())
    });
    match KernelPanic::first_in_slots(&bytes, stride * 4, kernels) {
        Some(panic) => Err(BackendError::Panic(panic)),
        None => Ok(()),
    }
}

/// Whether a kernel uses f16 values.
fn uses_f16(module: &naga::Module) -> bool {
    module.types.iter().any(|(_, t)| match t.inner {
        naga::TypeInner::Scalar(s) | naga::TypeInner::Vector { scalar: s, .. } => {
            s.kind == naga::ScalarKind::Float && s.width == 2
        }
        _ => false,
    })
}

/// Why `adapter` cannot run `shader`, if it cannot: WebGPU's rules and the
/// device's limits.
fn unsupported(adapter: &Adapter, shader: &ShaderKernel) -> Option<String> {
    let l = &adapter.limits;
    if shader.uses_f64 {
        return Some("f64 (WebGPU has no 64-bit floats)".to_string());
    }
    if shader.uses_i64 {
        return Some("64-bit integers (WebGPU has none)".to_string());
    }
    if shader.uses_matrices {
        return Some("matrix tiles (WebGPU has no cooperative matrices)".to_string());
    }
    if shader.subgroup_ops != 0 && !adapter.has("subgroups") {
        return Some(format!(
            "subgroup operations ({}) (WebGPU feature `subgroups`, which this adapter lacks)",
            everygpu_backend::shader::subgroup_ops::names(shader.subgroup_ops).join(", ")
        ));
    }
    if uses_f16(&shader.module) && !adapter.has("shader-f16") {
        return Some("f16 (WebGPU feature `shader-f16`, which this adapter lacks)".to_string());
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

impl Backend for BrowserBackend {
    fn id(&self) -> &str {
        &self.id
    }

    fn device(&self) -> &DeviceInfo {
        &self.info
    }

    fn route(&self) -> Route {
        Route::Wasm
    }

    fn load(&mut self, artifact: &Artifact, manifest: &Manifest) -> Result<(), BackendError> {
        let Artifact::Shader(shaders) = artifact else {
            return Err(BackendError::wrong_artifact(self.route(), artifact));
        };
        self.loaded = Some((shaders.clone(), manifest.clone()));
        Ok(())
    }

    fn prepare(&mut self, plan: &CasePlan) -> Result<Prepared, BackendError> {
        self.prepare_plan(plan)
    }

    fn run(&mut self, plan: &CasePlan, inputs: &[HostBuffer], options: &RunOptions) -> Result<CaseRun, BackendError> {
        self.run_case(plan, inputs, options)
    }

    fn measure_copy_gbps(&mut self, bytes: u64) -> Option<f64> {
        // The compute-shader copy of the other shader backends; it replaces
        // the loaded kernels for a moment.
        let previous = self.loaded.clone();
        everygpu_backend::copy_roof::measure_then_reload(self, bytes, previous)
    }

    fn lower_options(&self) -> LowerOptions {
        // WGSL's uniformity rules, which browsers check.
        LowerOptions::WEB
    }

    fn set_launch_timeout(&mut self, limit: Duration) {
        self.timeout = limit;
    }
}
