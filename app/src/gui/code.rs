//! The code view: what each GPU route generated from the crate.
//!
//! A background thread ([`ArtifactBuilder`]) builds the nvptx route (PTX text)
//! and the wasm route, lowers the wasm through `everygpu-wasm-naga` and writes
//! each kernel's shader in every [`ShaderLanguage`] this build can write. The
//! code tab asks for it after every good build while it is open, so edits are
//! not slowed by builds nobody looks at. Each route shows one kernel at a time
//! (PTX: its `.entry` and the functions it calls), the one of the selected
//! case when they share a name; "side by side" shows the same kernel in a
//! second route or language beside the first.
//!
//! The texts come from the compiler's writers (`everygpu_compiler::shader`,
//! the same ones `everygpu emit` uses), with the shader backends' binding
//! maps; SPIR-V is disassembled by SPIRV-Tools' `spirv-dis` where it is
//! installed. A new shader language is one [`ShaderLanguage`] variant and one
//! arm in [`ShaderLanguage::render`].

use super::action::Action;
use super::source_map::{CrateFiles, LineTables, PtxKernel, SourceFile, SourceLine};
use linked::{mapped_code_ui, source_ui, Link};

mod linked;
use eframe::egui;
use everygpu_backend::{Manifest, PtxArch, ShaderKernel};
use everygpu_compiler::shader::{self, Language};
use everygpu_compiler::{CompileRoute, HostToolchain, KernelCrate, KernelToolchain};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;

/// The PTX architecture shown in the code view.
pub const PTX_ARCH: PtxArch = PtxArch::new(8, 0, false);

/// A shader language a kernel can be shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShaderLanguage {
    /// WebGPU's WGSL (naga's WGSL writer).
    Wgsl,
    /// SPIR-V, as the words the Vulkan backends load.
    SpirV,
    /// Metal.
    Msl,
    /// Direct3D.
    Hlsl,
}

impl ShaderLanguage {
    /// Every language, in display order.
    pub const ALL: [ShaderLanguage; 4] = [
        ShaderLanguage::Wgsl,
        ShaderLanguage::SpirV,
        ShaderLanguage::Msl,
        ShaderLanguage::Hlsl,
    ];

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            ShaderLanguage::Wgsl => "WGSL",
            ShaderLanguage::SpirV => "SPIR-V",
            ShaderLanguage::Msl => "MSL",
            ShaderLanguage::Hlsl => "HLSL",
        }
    }

    /// The kernel's shader in this language, or why it cannot be shown.
    pub fn render(self, kernel: &ShaderKernel) -> Result<String, String> {
        let language = match self {
            ShaderLanguage::Wgsl => Language::Wgsl,
            ShaderLanguage::Msl => Language::Msl,
            ShaderLanguage::Hlsl => Language::Hlsl,
            ShaderLanguage::SpirV => return Ok(spirv_text(kernel)),
        };
        let bytes = shader::write(kernel, language)?;
        String::from_utf8(bytes).map_err(|e| format!("{} writer: not UTF-8: {e}", self.name()))
    }
}

/// The kernel's SPIR-V as `spirv-dis` prints it, or as words when SPIRV-Tools
/// is not installed (saying so).
fn spirv_text(kernel: &ShaderKernel) -> String {
    match disassemble(&kernel.spirv) {
        Ok(text) => text,
        Err(why) => {
            let mut text = format!(
                "; SPIR-V module of `{}`: {} words, not disassembled ({why})\n",
                kernel.name,
                kernel.spirv.len()
            );
            for chunk in kernel.spirv.chunks(8) {
                let words: Vec<String> = chunk.iter().map(|w| format!("{w:08x}")).collect();
                text.push_str(&words.join(" "));
                text.push('\n');
            }
            text
        }
    }
}

/// `spirv-dis` over `words`, fed on its standard input.
fn disassemble(words: &[u32]) -> Result<String, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("spirv-dis")
        .args(["--no-header", "--no-color", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("spirv-dis: {e}"))?;
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let mut stdin = child.stdin.take().ok_or("spirv-dis: no standard input")?;
    // A failed write shows in the exit status below.
    let fed = std::thread::spawn(move || stdin.write_all(&bytes));
    let out = child.wait_with_output().map_err(|e| format!("spirv-dis: {e}"))?;
    let _ = fed.join();
    if !out.status.success() {
        return Err(format!(
            "spirv-dis failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("spirv-dis: not UTF-8: {e}"))
}

/// One kernel's shader texts.
#[derive(Clone, Debug)]
pub struct ShaderText {
    /// The kernel.
    pub kernel: String,
    /// Per language: the text or why there is none.
    pub outputs: Vec<(ShaderLanguage, Result<String, String>)>,
    /// Per language (as `outputs`), the source line of each line of the
    /// text, where the wasm had line tables (see
    /// [`crate::gui::source_map::shader_sources`]; SPIR-V has none).
    pub sources: Vec<Vec<Option<SourceLine>>>,
}

/// What one route generated.
#[derive(Clone, Debug)]
pub struct RouteArtifact {
    /// The route's label (`nvptx-sm_80`, `wasm`).
    pub route: String,
    /// The artifact file, when built.
    pub path: Option<PathBuf>,
    /// Why it could not be built.
    pub error: Option<String>,
    /// The artifact as text (PTX), when it is text.
    pub text: Option<String>,
    /// The PTX of each kernel (see [`ptx_kernels`]), split off `text` once,
    /// not at every frame, with its lines' sources.
    pub ptx_kernels: Vec<PtxKernel>,
    /// The crate's source files that `ptx_kernels` map to.
    pub sources: Vec<SourceFile>,
    /// Kernels lowered to shaders (wasm route).
    pub shaders: Vec<ShaderText>,
    /// Kernels the lowering refused, with why.
    pub lowering_errors: Vec<(String, String)>,
}

/// The code tab's data and selection.
#[derive(Clone, Debug, Default)]
pub struct ArtifactsView {
    /// The good build they were made from (0: none yet).
    pub generation: u64,
    /// Whether a build of them is under way.
    pub building: bool,
    /// Per route.
    pub routes: Vec<RouteArtifact>,
    /// The route shown.
    pub route: usize,
    /// The kernel shown: its index in the first pane's route.
    pub kernel: usize,
    /// Its name, which the index follows when the route changes (routes
    /// list their kernels in their own orders).
    pub kernel_name: Option<String>,
    /// The route and kernel the source selection was made in: it is
    /// cleared when either changes (each route has its own source files).
    pub linked_to: Option<(usize, String)>,
    /// The language shown (index in [`ShaderLanguage::ALL`]).
    pub language: usize,
    /// The good build last asked for (0: none).
    pub requested: u64,
    /// The case the kernel selection last followed.
    pub followed_case: Option<String>,
    /// A second pane beside the first (route and language), to compare the
    /// same kernel across targets; `None` shows one.
    pub beside: Option<Pane>,
    /// The source line selected in the source pane, or whose code was
    /// clicked: its code is highlighted.
    pub source_line: Option<SourceLine>,
    /// The source file shown (index in the route's sources).
    pub source_file: usize,
    /// Hides the source pane beside PTX.
    pub hide_source: bool,
    /// A scroll the next frame makes: the source pane to a line (from 1),
    /// or the code pane to a line (from 0).
    pub scroll: Option<Scroll>,
}

/// Where the next frame scrolls a pane to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scroll {
    /// The source pane, to this line (from 1).
    Source(u32),
    /// The code pane, to this line (from 0).
    Code(usize),
}

/// What a second pane of the code view shows: a route, and a language
/// where the route has several.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pane {
    /// The route (index in [`ArtifactsView::routes`]).
    pub route: usize,
    /// The language (index in [`ShaderLanguage::ALL`]).
    pub language: usize,
}

/// What the artifact thread reports.
#[derive(Clone, Debug)]
pub enum ArtifactEvent {
    /// A build of the artifacts started.
    Started {
        /// For this good build.
        generation: u64,
    },
    /// One route is done.
    Route {
        /// For this good build.
        generation: u64,
        /// What it made.
        artifact: RouteArtifact,
    },
    /// All routes are done.
    Finished {
        /// For this good build.
        generation: u64,
    },
}

impl ArtifactsView {
    /// Folds one event in.
    pub fn apply(&mut self, event: ArtifactEvent) {
        match event {
            ArtifactEvent::Started { generation } => {
                self.building = true;
                self.generation = generation;
            }
            ArtifactEvent::Route { generation, artifact } => {
                if generation != self.generation {
                    return;
                }
                match self.routes.iter_mut().find(|r| r.route == artifact.route) {
                    Some(r) => *r = artifact,
                    None => self.routes.push(artifact),
                }
            }
            ArtifactEvent::Finished { generation } => {
                if generation == self.generation {
                    self.building = false;
                }
            }
        }
    }
}

struct Request {
    dir: PathBuf,
    manifest: Manifest,
    generation: u64,
}

/// The background thread that builds artifacts for the code view.
pub struct ArtifactBuilder {
    requests: Sender<Request>,
    events: Receiver<ArtifactEvent>,
}

impl ArtifactBuilder {
    /// Starts the thread; `wake` is called after every event.
    pub fn start(wake: Arc<dyn Fn() + Send + Sync>) -> ArtifactBuilder {
        let (requests, request_rx) = mpsc::channel::<Request>();
        let (event_tx, events) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("everygpu-artifacts".into())
            .spawn(move || {
                while let Ok(mut request) = request_rx.recv() {
                    // Only the newest request matters.
                    while let Ok(newer) = request_rx.try_recv() {
                        request = newer;
                    }
                    let emit = |e: ArtifactEvent| {
                        let _ = event_tx.send(e);
                        wake();
                    };
                    let generation = request.generation;
                    emit(ArtifactEvent::Started { generation });
                    for artifact in build_artifacts(&request) {
                        emit(ArtifactEvent::Route { generation, artifact });
                    }
                    emit(ArtifactEvent::Finished { generation });
                }
            });
        if let Err(e) = spawned {
            eprintln!("everygpu: no artifact thread: {e}");
        }
        ArtifactBuilder { requests, events }
    }

    /// Asks for the artifacts of good build `generation` of the crate at `dir`.
    pub fn request(&self, dir: PathBuf, manifest: Manifest, generation: u64) {
        let _ = self.requests.send(Request {
            dir,
            manifest,
            generation,
        });
    }

    /// The next event, without waiting.
    pub fn try_event(&self) -> Option<ArtifactEvent> {
        self.events.try_recv().ok()
    }
}

fn build_artifacts(request: &Request) -> Vec<RouteArtifact> {
    let empty = |route: &str| RouteArtifact {
        route: route.into(),
        path: None,
        error: None,
        text: None,
        ptx_kernels: vec![],
        sources: vec![],
        shaders: vec![],
        lowering_errors: vec![],
    };
    // Built with line tables, for the mapping to source lines; shown under
    // the route's own name, as its instructions are the same.
    let ptx_route = CompileRoute::nvptx_with_line_tables(PTX_ARCH);
    let mut ptx = empty(&CompileRoute::nvptx(PTX_ARCH).label());
    let wasm_route = CompileRoute::wasm_with_line_tables();
    let mut wasm = empty(&CompileRoute::wasm().label());
    let opened = HostToolchain::discover().and_then(|host| {
        let krate = KernelCrate::open(&request.dir, &host)?;
        Ok((host, krate))
    });
    let (host, krate) = match opened {
        Ok(x) => x,
        Err(e) => {
            ptx.error = Some(e.to_string());
            wasm.error = Some(e.to_string());
            return vec![ptx, wasm];
        }
    };
    let toolchain = match KernelToolchain::discover() {
        Ok(t) => t,
        Err(e) => {
            ptx.error = Some(e.to_string());
            wasm.error = Some(e.to_string());
            return vec![ptx, wasm];
        }
    };
    match krate.build(&ptx_route, &host, Some(&toolchain)) {
        Ok(out) => {
            match std::fs::read_to_string(&out.path) {
                Ok(t) => {
                    (ptx.ptx_kernels, ptx.sources) = mapped_ptx_kernels(&t, &request.dir);
                    ptx.text = Some(t);
                }
                Err(e) => ptx.error = Some(format!("{}: {e}", out.path.display())),
            }
            ptx.path = Some(out.path);
        }
        Err(e) => ptx.error = Some(e.to_string()),
    }
    match krate.build(&wasm_route, &host, Some(&toolchain)) {
        Ok(out) => {
            match std::fs::read(&out.path) {
                Ok(bytes) => {
                    let lowered = everygpu_wasm_naga::lower(&bytes, &request.manifest);
                    wasm.text = Some(format!(
                        "{}: {} bytes; {} kernels lowered to naga modules, {} refused",
                        out.path.display(),
                        bytes.len(),
                        lowered.kernels.len(),
                        lowered.errors.len()
                    ));
                    // Without line tables the shaders are shown unmapped.
                    let table = everygpu_wasm_naga::lines::LineTable::read(&bytes).unwrap_or_default();
                    let mut files = CrateFiles::new(&request.dir);
                    wasm.shaders = lowered
                        .kernels
                        .iter()
                        .map(|k| shader_text(k, &table, &mut files))
                        .collect();
                    wasm.sources = files.into_sources();
                    wasm.lowering_errors = lowered.errors.clone();
                }
                Err(e) => wasm.error = Some(format!("{}: {e}", out.path.display())),
            }
            wasm.path = Some(out.path);
        }
        Err(e) => wasm.error = Some(e.to_string()),
    }
    vec![ptx, wasm]
}

/// `kernel` in every language, each line with its source line where
/// `table` has them.
pub fn shader_text(
    kernel: &everygpu_backend::ShaderKernel,
    table: &everygpu_wasm_naga::lines::LineTable,
    files: &mut CrateFiles,
) -> ShaderText {
    let (outputs, sources) = ShaderLanguage::ALL
        .iter()
        .map(|&language| {
            // SPIR-V with line tables is written and disassembled once, for
            // reading, with its lines' sources.
            if language == ShaderLanguage::SpirV && !table.is_empty() {
                if let Some((listing, sources)) =
                    crate::gui::source_map::spirv_sources(kernel, table, files, disassemble)
                {
                    return ((language, Ok(listing)), sources);
                }
            }
            let text = language.render(kernel);
            let sources = match &text {
                Ok(text) if language != ShaderLanguage::SpirV && !table.is_empty() => {
                    crate::gui::source_map::shader_sources(text, kernel, table, files)
                }
                _ => Vec::new(),
            };
            ((language, text), sources)
        })
        .unzip();
    ShaderText {
        kernel: kernel.name.clone(),
        outputs,
        sources,
    }
}

/// The code tab.
pub fn code_ui(
    ui: &mut egui::Ui,
    view: &mut ArtifactsView,
    good_generation: u64,
    selected_case: Option<&str>,
    actions: &mut Vec<Action>,
) {
    // Every good build, once, while the tab is open.
    if good_generation > view.requested.max(view.generation) && !view.building {
        view.requested = good_generation;
        actions.push(Action::BuildArtifacts);
    }
    ui.horizontal(|ui| {
        if good_generation == 0 {
            ui.label("no good build yet");
        } else if view.building || view.generation < good_generation {
            ui.spinner();
            ui.label(format!("building the GPU routes for build {good_generation}…"));
            if !view.routes.is_empty() {
                ui.label(format!("(showing build {})", view.generation));
            }
        } else {
            ui.label(format!("artifacts of build {}", view.generation));
        }
    });
    if view.routes.is_empty() {
        return;
    }
    // The kernel follows the selected case, by name, in the first pane's route.
    let first = view.route.min(view.routes.len() - 1);
    let kernels = kernel_names(&view.routes[first]);
    if view.followed_case.as_deref() != selected_case {
        view.followed_case = selected_case.map(str::to_string);
        if selected_case.is_some_and(|case| kernels.iter().any(|k| k == case)) {
            view.kernel_name = selected_case.map(str::to_string);
        }
    }
    if let Some(i) = view
        .kernel_name
        .as_ref()
        .and_then(|name| kernels.iter().position(|k| k == name))
    {
        view.kernel = i;
    }
    ui.horizontal(|ui| {
        let mut beside = view.beside.is_some();
        if ui.checkbox(&mut beside, "side by side").changed() {
            view.beside = beside.then(|| Pane {
                route: (first + 1) % view.routes.len(),
                language: view.language,
            });
        }
        if !kernels.is_empty() && kernel_chips(ui, &kernels, &mut view.kernel) {
            view.kernel_name = kernels.get(view.kernel).cloned();
        }
    });
    let kernel = kernels.get(view.kernel.min(kernels.len().saturating_sub(1))).cloned();
    let here = kernel.clone().map(|k| (first, k));
    if view.linked_to != here {
        view.linked_to = here;
        view.source_line = None;
        view.source_file = 0;
    }
    let kernel = kernel.as_deref();
    // The first pane's code of the kernel, where its lines map to the
    // crate's source.
    let mapped = pane_code(&view.routes[first], view.language, kernel)
        .and_then(|(_, sources)| sources)
        .filter(|sources| sources.iter().any(Option::is_some));
    if mapped.is_some() && view.beside.is_none() {
        ui.checkbox(&mut view.hide_source, "hide the source");
    }
    match view.beside.as_mut() {
        None => match mapped.filter(|_| !view.hide_source) {
            Some(mapped) => {
                let mut link = Link {
                    files: &view.routes[first].sources,
                    line: &mut view.source_line,
                    scroll: &mut view.scroll,
                };
                ui.columns(2, |columns| {
                    source_ui(&mut columns[0], mapped, &mut view.source_file, &mut link);
                    pane_ui(
                        &mut columns[1],
                        "first",
                        &view.routes,
                        &mut view.route,
                        &mut view.language,
                        kernel,
                        Some(&mut link),
                    );
                });
            }
            None => pane_ui(
                ui,
                "first",
                &view.routes,
                &mut view.route,
                &mut view.language,
                kernel,
                None,
            ),
        },
        Some(second) => {
            ui.columns(2, |columns| {
                pane_ui(
                    &mut columns[0],
                    "first",
                    &view.routes,
                    &mut view.route,
                    &mut view.language,
                    kernel,
                    None,
                );
                pane_ui(
                    &mut columns[1],
                    "second",
                    &view.routes,
                    &mut second.route,
                    &mut second.language,
                    kernel,
                    None,
                );
            });
        }
    }
}

/// The kernels a route shows, in its order.
fn kernel_names(route: &RouteArtifact) -> Vec<String> {
    if route.shaders.is_empty() {
        route.ptx_kernels.iter().map(|k| k.name.clone()).collect()
    } else {
        route.shaders.iter().map(|k| k.kernel.clone()).collect()
    }
}

/// What a pane shows of `kernel` in `route` with the language at index
/// `language`: the text, and its lines' sources where they are known.
fn pane_code<'a>(
    route: &'a RouteArtifact,
    language: usize,
    kernel: Option<&str>,
) -> Option<(&'a str, Option<&'a [Option<SourceLine>]>)> {
    let known = |s: &'a [Option<SourceLine>]| (!s.is_empty()).then_some(s);
    if route.shaders.is_empty() && route.ptx_kernels.is_empty() {
        // Not split per kernel: the whole artifact.
        return route.text.as_deref().map(|t| (t, None));
    }
    if route.shaders.is_empty() {
        let k = route.ptx_kernels.iter().find(|k| Some(k.name.as_str()) == kernel)?;
        return Some((&k.text, known(&k.sources)));
    }
    let shader = route.shaders.iter().find(|s| Some(s.kernel.as_str()) == kernel)?;
    let text = shader.outputs.get(language)?.1.as_ref().ok()?;
    Some((text, shader.sources.get(language).and_then(|s| known(s))))
}

/// One pane: its route and language choosers, and `kernel`'s code in them
/// (the whole artifact where it is not split per kernel). With `link`, PTX
/// that maps to source lines is shown line by line, linked to the source
/// pane.
#[allow(clippy::too_many_arguments)]
fn pane_ui(
    ui: &mut egui::Ui,
    id: &str,
    routes: &[RouteArtifact],
    route: &mut usize,
    language: &mut usize,
    kernel: Option<&str>,
    link: Option<&mut Link<'_>>,
) {
    ui.push_id(id, |ui| {
        ui.horizontal(|ui| {
            for (i, r) in routes.iter().enumerate() {
                let mark = if r.error.is_some() { " ⚠" } else { "" };
                if ui.selectable_label(*route == i, format!("{}{mark}", r.route)).clicked() {
                    *route = i;
                }
            }
        });
        let Some(r) = routes.get((*route).min(routes.len().saturating_sub(1))) else {
            return;
        };
        if let Some(path) = &r.path {
            ui.monospace(path.display().to_string());
        }
        if let Some(e) = &r.error {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }
        if !r.shaders.is_empty() {
            if let Some(summary) = &r.text {
                ui.label(summary);
            }
            ui.horizontal(|ui| {
                ui.label("language:");
                for (i, l) in ShaderLanguage::ALL.iter().enumerate() {
                    if ui.selectable_label(*language == i, l.name()).clicked() {
                        *language = i;
                    }
                }
            });
        }
        let code = pane_code(r, *language, kernel);
        let missing = code.is_none().then(|| {
            let shader = r.shaders.iter().find(|s| Some(s.kernel.as_str()) == kernel);
            match shader.and_then(|s| s.outputs.get(*language)) {
                Some((_, Err(why))) => Some(why.clone()),
                _ => kernel.map(|k| format!("no kernel `{k}` in this route")),
            }
        });
        for (k, why) in &r.lowering_errors {
            ui.colored_label(ui.visuals().warn_fg_color, format!("{k}: {why}"));
        }
        if let Some(why) = missing.flatten() {
            ui.label(why);
        }
        if let Some((text, sources)) = code {
            if ui.button("Copy").clicked() {
                ui.ctx().copy_text(text.to_string());
            }
            match (sources, link) {
                (Some(sources), Some(link)) => mapped_code_ui(ui, text, sources, link),
                _ => {
                    egui::ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| {
                        ui.add(egui::Label::new(egui::RichText::new(text).monospace()).extend());
                    });
                }
            }
        }
    });
}

/// The kernel chooser: one chip per kernel. Whether one was clicked.
fn kernel_chips(ui: &mut egui::Ui, kernels: &[String], selected: &mut usize) -> bool {
    let mut clicked = false;
    ui.horizontal_wrapped(|ui| {
        ui.label("kernel:");
        for (i, k) in kernels.iter().enumerate() {
            if ui.selectable_label(*selected == i, k).clicked() {
                *selected = i;
                clicked = true;
            }
        }
    });
    clicked
}

/// The name a line opens, when it opens a `.entry` or `.func` definition.
fn ptx_definition(line: &str) -> Option<(&str, bool)> {
    let t = line.trim_start().strip_prefix(".visible ").unwrap_or(line.trim_start());
    let (rest, entry) = match (t.strip_prefix(".entry "), t.strip_prefix(".func ")) {
        (Some(r), _) => (r, true),
        (None, Some(r)) => (r, false),
        _ => return None,
    };
    // `.func (.param .b32 ret) name(`: the name is before the parameters.
    let rest = rest.trim_start();
    let rest = if rest.starts_with('(') {
        rest.split_once(')')?.1.trim_start()
    } else {
        rest
    };
    let name = rest.split(|c: char| c == '(' || c.is_whitespace()).next()?;
    (!name.is_empty() && !line.trim_end().ends_with(';')).then_some((name, entry))
}

/// [`ptx_kernels`] with each line's source in the crate at `crate_dir`,
/// where the module has line tables (see [`crate::gui::source_map`]), and
/// the source files they reach.
pub fn mapped_ptx_kernels(ptx: &str, crate_dir: &std::path::Path) -> (Vec<PtxKernel>, Vec<SourceFile>) {
    let mut tables = LineTables::new(ptx, crate_dir);
    let kernels = ptx_kernels(ptx)
        .into_iter()
        .map(|(name, text)| tables.map(&name, &text))
        .collect();
    (kernels, tables.into_sources())
}

/// Each kernel (`.entry`) of a PTX module, in order, with its text: the
/// module's header (version, target, address size, the shared window), the
/// entry and every `.func` it calls, directly or not.
pub fn ptx_kernels(ptx: &str) -> Vec<(String, String)> {
    // Each definition: name, whether it is an entry, and its lines up to the
    // `}` that closes it.
    let mut defs: Vec<(&str, bool, Vec<&str>)> = Vec::new();
    let mut header = Vec::new();
    // The definition being read, and whether its body has begun.
    let mut current: Option<(&str, bool, Vec<&str>, bool)> = None;
    for line in ptx.lines() {
        if let Some((name, entry, lines, body)) = current.as_mut() {
            lines.push(line);
            if line == "{" {
                *body = true;
            } else if *body && line == "}" {
                defs.push((name, *entry, std::mem::take(lines)));
                current = None;
            } else if !*body && line.trim_end().ends_with(';') {
                // A declaration (`.func f (...) .noreturn;`), not a definition.
                current = None;
            }
        } else if let Some((name, entry)) = ptx_definition(line) {
            current = Some((name, entry, vec![line], false));
        } else if [".version", ".target", ".address_size", ".extern .shared"]
            .iter()
            .any(|p| line.starts_with(p))
        {
            header.push(line);
        }
    }
    // Which definitions each one calls. LLVM writes a call over several
    // lines: look for the name as a word anywhere in the body.
    let calls: Vec<Vec<usize>> = defs
        .iter()
        .map(|(_, _, lines)| {
            (0..defs.len())
                .filter(|&c| {
                    lines
                        .iter()
                        .skip(1)
                        .any(|l| l.split([' ', '\t', ',', '(', ')', ';']).any(|w| w == defs[c].0))
                })
                .collect()
        })
        .collect();
    let header = header.join("\n");
    (0..defs.len())
        .filter(|&k| defs[k].1)
        .map(|k| {
            let mut wanted = vec![k];
            let mut i = 0;
            while i < wanted.len() {
                for &c in &calls[wanted[i]] {
                    if !wanted.contains(&c) {
                        wanted.push(c);
                    }
                }
                i += 1;
            }
            let mut out = format!("{header}\n");
            // In the module's order.
            for (d, (_, _, lines)) in defs.iter().enumerate() {
                if wanted.contains(&d) {
                    out.push('\n');
                    out.push_str(&lines.join("\n"));
                    out.push('\n');
                }
            }
            (defs[k].0.to_string(), out)
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use everygpu_backend::{Elem, ManifestKernel, Param};

    /// A kernel in the shader route's binding layout, from WGSL (also shown
    /// by the GUI snapshot of the code view).
    pub(crate) fn double() -> ShaderKernel {
        let wgsl = "
            @group(0) @binding(0) var<storage, read_write> status: array<u32>;
            @group(0) @binding(1) var<storage> params: array<u32>;
            @group(0) @binding(2) var<storage, read_write> x: array<f32>;
            @compute @workgroup_size(64)
            fn double(@builtin(global_invocation_id) id: vec3<u32>) {
                if id.x < params[0] { x[id.x] = 2.0 * x[id.x]; }
            }";
        let elem = Elem {
            name: "f32".into(),
            size: 4,
            align: 4,
            fields: vec![(String::new(), 0, "f32".into())],
        };
        let kernel = ManifestKernel {
            name: "double".into(),
            params: vec![Param::Buffer {
                name: "x".into(),
                elem,
                mutable: true,
            }],
            workgroup_size: [64, 1, 1],
            file: "src/lib.rs".into(),
            line: 1,
        };
        ShaderKernel::from_wgsl(wgsl, &kernel).expect("valid WGSL")
    }

    #[test]
    fn every_language_is_written_by_the_compiler() {
        let k = double();
        let text = |l: ShaderLanguage| l.render(&k).unwrap_or_else(|e| panic!("{}: {e}", l.name()));
        assert!(text(ShaderLanguage::Wgsl).contains("@compute @workgroup_size(64, 1, 1)"));
        let msl = text(ShaderLanguage::Msl);
        assert!(msl.contains("kernel void double_("), "{msl}");
        let hlsl = text(ShaderLanguage::Hlsl);
        assert!(hlsl.contains("[numthreads(64, 1, 1)]"), "{hlsl}");
        let spirv = text(ShaderLanguage::SpirV);
        match disassemble(&k.spirv) {
            Ok(_) => assert!(spirv.contains("OpEntryPoint GLCompute"), "{spirv}"),
            Err(why) => {
                println!("spirv-dis unavailable ({why}): the words are shown instead");
                assert!(spirv.contains("not disassembled"), "{spirv}");
            }
        }
    }

    pub(crate) const PTX: &str = "\
//
.version 8.0
.target sm_80
.address_size 64
.extern .shared .align 1024 .b8 everygpu_dyn_smem[];

.func  (.param .b32 func_retval0) helper
(
\t.param .b32 helper_param_0
)
;
.func  (.param .b32 func_retval0) helper(
\t.param .b32 helper_param_0
)
{
\tret;
}
.func unused()
{
\tret;
}
.visible .entry saxpy(
\t.param .u64 saxpy_param_0
)
.reqntid 256, 1, 1
{
\tcall.uni (retval0),
\thelper,
\t(
\tparam0
\t);
\tret;
}
.visible .entry copy(
\t.param .u64 copy_param_0
)
{
\tret;
}
";

    #[test]
    fn ptx_is_shown_per_kernel_with_the_functions_it_calls() {
        let kernels = ptx_kernels(PTX);
        let names: Vec<&str> = kernels.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["saxpy", "copy"]);
        let saxpy = &kernels[0].1;
        assert!(
            saxpy.starts_with(".version 8.0\n.target sm_80\n.address_size 64\n.extern .shared"),
            "{saxpy}"
        );
        assert!(
            saxpy.contains(") helper(") && saxpy.contains(".entry saxpy("),
            "{saxpy}"
        );
        assert_eq!(
            saxpy.matches("helper_param_0").count(),
            1,
            "declarations are left out: {saxpy}"
        );
        assert!(!saxpy.contains("unused") && !saxpy.contains(".entry copy("), "{saxpy}");
        let copy = &kernels[1].1;
        assert!(copy.contains(".entry copy(") && !copy.contains("helper"), "{copy}");
    }

    #[test]
    fn bad_spirv_is_shown_as_words_with_the_reason() {
        let mut k = double();
        k.spirv = vec![0x0723_0203, 0xdead_beef];
        let text = spirv_text(&k);
        assert!(text.contains("not disassembled"), "{text}");
        assert!(text.contains("07230203 deadbeef"), "{text}");
    }
}
