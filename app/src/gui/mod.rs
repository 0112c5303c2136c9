//! The desktop app (eframe/egui): one kernel crate, every backend side by
//! side, rebuilt and rerun on every save.
//!
//! - [`state`]: what the window shows, as data, and how session events change it;
//! - [`view`], [`plots`], [`code`]: drawing it (functions ending in `_ui`),
//!   returning [`action::Action`]s, with numbers as [`format`] writes them;
//! - this module: the eframe app, which owns the session (the engine's worker
//!   thread, see [`crate::engine::session`]) and the artifact thread, feeds
//!   their events into the state and applies actions. Nothing slow runs on the
//!   UI thread.

pub mod action;
pub mod code;
pub mod format;
pub mod plots;
pub mod probe;
pub mod source_map;
pub mod state;
pub mod view;

use crate::engine::session::{Session, SessionCommand, SessionConfig, Wake};
use action::Action;
use anyhow::anyhow;
use code::ArtifactBuilder;
use eframe::egui;
use everygpu_backend::RunOptions;
use state::{AppState, Phase, Remembered};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The bundled sample kernels: `$EVERYGPU_SAMPLES`, else the workspace's
/// `sample-kernels` next to this crate's sources.
pub fn sample_kernels_dir() -> PathBuf {
    match std::env::var_os("EVERYGPU_SAMPLES") {
        Some(p) => PathBuf::from(p),
        None => {
            let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../sample-kernels"));
            p.canonicalize().unwrap_or(p)
        }
    }
}

/// How long progress (build output, other cases' results) may wait for a
/// frame: at most two frames a second while a run goes on, where each
/// result drawn at once would keep a software renderer drawing without end.
/// The case on screen and the ends of builds and runs draw at once.
const PROGRESS_REPAINT: Duration = Duration::from_millis(500);

/// Opens the window on `krate` (the sample kernels when `None`) and returns
/// when it closes; with `latency`, measures the app's save-to-result latency
/// (see [`probe`]) and closes it.
pub fn run(krate: Option<PathBuf>, latency: Option<(u32, crate::engine::latency::Edit)>) -> anyhow::Result<ExitCode> {
    let krate = krate.unwrap_or_else(sample_kernels_dir);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("everygpu")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([800.0, 500.0]),
        ..Default::default()
    };
    let failure: Arc<Mutex<Option<String>>> = Arc::default();
    let probe = latency.map(|(saves, edit)| probe::Probe::new(&krate, saves, edit, failure.clone()));
    eframe::run_native(
        "everygpu",
        options,
        Box::new(move |cc| Ok(Box::new(EveryGpuApp::new(cc, krate, probe)))),
    )
    .map_err(|e| anyhow!("the window could not open: {e}"))?;
    if let Some(message) = failure.lock().ok().and_then(|mut f| f.take()) {
        anyhow::bail!("the latency probe stopped: {message}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The eframe app.
pub struct EveryGpuApp {
    state: AppState,
    session: Option<Session>,
    artifacts: ArtifactBuilder,
    ctx: egui::Context,
    started: Instant,
    /// `gui --latency`: the probe.
    probe: Option<probe::Probe>,
}

impl EveryGpuApp {
    /// Restores what was remembered and opens `krate`.
    pub fn new(cc: &eframe::CreationContext<'_>, krate: PathBuf, probe: Option<probe::Probe>) -> EveryGpuApp {
        let remembered: Remembered = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        let ctx = cc.egui_ctx.clone();
        let wake_ctx = ctx.clone();
        let mut app = EveryGpuApp {
            state: AppState::new(krate.clone(), remembered),
            session: None,
            artifacts: ArtifactBuilder::start(Arc::new(move || wake_ctx.request_repaint())),
            ctx,
            started: Instant::now(),
            probe,
        };
        app.open(krate);
        app
    }

    fn open(&mut self, dir: PathBuf) {
        // Dropping the old session stops its worker (after any build in flight).
        self.session = None;
        let dir = dir.canonicalize().unwrap_or(dir);
        self.state.reset_for(dir.clone());
        let ctx = self.ctx.clone();
        self.session = Some(Session::start(
            SessionConfig {
                krate: dir,
                backend: "all".into(),
                cases: vec![],
                size: None,
                case_sizes: Default::default(),
                first: self.state.selected_case.clone(),
                // A probe's runs are not stored, as with `watch --latency`.
                store_history: self.probe.is_none(),
                launch_timeout: Duration::from_secs(10),
                options: RunOptions::runs(1, 3),
                check_races: std::env::var_os("EVERYGPU_CHECK_RACES").is_some_and(|v| v == "1"),
            },
            Arc::new(move |wake| match wake {
                Wake::Now => ctx.request_repaint(),
                Wake::Soon => ctx.request_repaint_after(PROGRESS_REPAINT),
            }),
        ));
    }

    fn apply(&mut self, action: Action) {
        let send = |s: &Option<Session>, c: SessionCommand| {
            if let Some(s) = s {
                s.send(c);
            }
        };
        match action {
            Action::Open(dir) => self.open(dir),
            Action::Rebuild => send(&self.session, SessionCommand::Rebuild),
            Action::SelectCase(case) => {
                self.state.size_input = self
                    .state
                    .case_sizes
                    .get(&case)
                    .map(|n| n.to_string())
                    .unwrap_or_default();
                self.state.selected_case = Some(case.clone());
                send(&self.session, SessionCommand::Focus { case });
            }
            Action::SetSize(size) => {
                let Some(case) = self.state.selected_case.clone() else {
                    return;
                };
                match size {
                    Some(n) => self.state.case_sizes.insert(case.clone(), n),
                    None => self.state.case_sizes.remove(&case),
                };
                send(&self.session, SessionCommand::CaseSize { case, size });
            }
            Action::Cancel => {
                if let Some(s) = &self.session {
                    s.cancel();
                }
            }
            Action::Sweep { case, max_log2 } => {
                self.state.sweep.case = case.clone();
                self.state.sweep.points.clear();
                self.state.sweep.running = true;
                self.state.sweep.error = None;
                let sizes = (10..=max_log2.min(26)).map(|e| 1u64 << e).collect();
                send(&self.session, SessionCommand::Sweep { case, sizes });
            }
            Action::BuildArtifacts => {
                if let Some(m) = &self.state.manifest {
                    self.artifacts
                        .request(self.state.crate_dir.clone(), m.clone(), self.state.good_generation);
                }
            }
        }
    }
}

impl eframe::App for EveryGpuApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.state.clock = self.started.elapsed().as_secs_f64();
        if let Some(session) = &self.session {
            let shown = self.state.selected_case.clone();
            while let Some(event) = session.try_event() {
                self.state.apply(event);
            }
            // A case chosen by the app (the first, when the one on screen is
            // gone) is the session's first case too.
            if let Some(case) = self.state.selected_case.clone().filter(|c| Some(c) != shown.as_ref()) {
                session.send(SessionCommand::Focus { case });
            }
        }
        while let Some(event) = self.artifacts.try_event() {
            self.state.artifacts.apply(event);
        }
        if matches!(self.state.phase, Phase::Building | Phase::Opening) {
            // The header's build timer counts whole seconds; everything else
            // repaints when the session reports something (its `wake`).
            ctx.request_repaint_after(Duration::from_secs(1));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        for action in view::app_ui(ui, &mut self.state) {
            self.apply(action);
        }
        if let Some(probe) = &mut self.probe {
            match probe.after_frame(&self.state) {
                Some(next) => ui.ctx().request_repaint_after(next),
                None => ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close),
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.state.remembered());
    }
}
