//! A generation's build on the session's thread: the kernels the cases on
//! screen need first, the whole crate when a case needs more, and each
//! case's inputs in the reference.

use super::super::{trace, BuildProgress, BuiltCase, CaseResult, Engine};
use super::{BuildFailure, RouteState, SessionEvent, Wake, Worker};
use everygpu_backend::Manifest;
use everygpu_compiler::CompileError;
use std::collections::BTreeSet;
use std::time::Instant;

/// What building a case in the reference came to.
pub(super) enum CaseBuilt {
    /// Its plan and inputs.
    Built(BuiltCase),
    /// Its host code refused or failed: every backend's row says so.
    Refused(Vec<CaseResult>),
    /// It is not in the crate any more.
    Gone,
    /// The whole crate had to be built, and that build failed or was
    /// stopped (reported as the run's end).
    NoBuild,
}

impl Worker {
    /// Builds `kernels` (every kernel with `None`) and loads the backends,
    /// reporting as it goes. A build that failed, or that a save or a cancel
    /// stopped, is reported as the run's end and gives `None`.
    pub(super) fn build(
        &mut self,
        engine: &mut Engine,
        generation: u64,
        first_change: Option<Instant>,
        kernels: Option<&BTreeSet<String>>,
    ) -> Option<Manifest> {
        let start = Instant::now();
        let (events, wake) = (&self.events, &self.wake);
        let built = engine
            .build_with(kernels, &|p| {
                let event = match p {
                    BuildProgress::Route { route, state } => SessionEvent::Route {
                        generation,
                        route,
                        state,
                    },
                    BuildProgress::Output { route, line } => SessionEvent::BuildOutput {
                        generation,
                        route,
                        line,
                    },
                    BuildProgress::Warning { text } => SessionEvent::BuildOutput {
                        generation,
                        route: "cpu".into(),
                        line: text,
                    },
                };
                let _ = events.send(event);
                wake(Wake::Soon);
            })
            .cloned();
        trace(
            match kernels {
                Some(k) => format!("build and load of {} kernels", k.len()),
                None => "build and load".to_string(),
            },
            start,
        );
        let e = match built {
            Ok(m) => return Some(m),
            // A save or a cancel ended it.
            Err(CompileError::Stopped) => {
                self.emit(SessionEvent::RunFinished {
                    generation,
                    interrupted: true,
                    since_change: None,
                });
                return None;
            }
            Err(e) => e,
        };
        let failure = match e {
            CompileError::Diagnostics { route, diagnostics } => {
                let message = CompileError::Diagnostics {
                    route: route.clone(),
                    diagnostics: diagnostics.clone(),
                }
                .to_string();
                let mut diagnostics = diagnostics;
                diagnostics.sort_by_key(|d| !d.is_error());
                BuildFailure {
                    route,
                    diagnostics,
                    message,
                }
            }
            other => BuildFailure {
                route: "cpu".into(),
                diagnostics: vec![],
                message: other.to_string(),
            },
        };
        self.emit(SessionEvent::Route {
            generation,
            route: failure.route.clone(),
            state: RouteState::Failed,
        });
        self.emit(SessionEvent::BuildFailed { generation, failure });
        self.emit(SessionEvent::RunFinished {
            generation,
            interrupted: false,
            since_change: first_change.map(|t| t.elapsed()),
        });
        None
    }

    /// Tells of a good build: with the kernels a build left out described as
    /// the last whole build described them, so that views of the crate do
    /// not lose them meanwhile.
    pub(super) fn emit_built(&mut self, engine: &Engine, generation: u64, manifest: &Manifest) {
        let mut shown = manifest.clone();
        match (engine.built_kernels(), &self.whole_manifest) {
            (None, _) => self.whole_manifest = Some(manifest.clone()),
            (Some(_), Some(whole)) => {
                let left_out = whole
                    .kernels
                    .iter()
                    .filter(|k| manifest.kernel(&k.name).is_none())
                    .cloned()
                    .collect::<Vec<_>>();
                shown.kernels.extend(left_out);
            }
            (Some(_), None) => {}
        }
        self.emit(SessionEvent::Built {
            generation,
            manifest: shown,
            unavailable: engine.unavailable.clone(),
        });
    }

    /// Builds case `name` at `size` in the reference, first building the
    /// whole crate when the last build left out a kernel the case launches
    /// (also when its launches changed with the edit).
    pub(super) fn build_case(
        &mut self,
        engine: &mut Engine,
        generation: u64,
        first_change: Option<Instant>,
        name: &str,
        size: Option<u64>,
    ) -> CaseBuilt {
        let mut whole = false;
        loop {
            if whole || !engine.has_kernels_of(name) {
                let Some(manifest) = self.build(engine, generation, first_change, None) else {
                    return CaseBuilt::NoBuild;
                };
                self.emit_built(engine, generation, &manifest);
            }
            let Some(index) = engine
                .manifest()
                .and_then(|m| m.cases.iter().position(|c| c.name == name))
            else {
                return CaseBuilt::Gone;
            };
            match engine.build_case(index, size) {
                // Building it recorded the kernels it launches now.
                Ok(built) if engine.has_kernels_of(name) => return CaseBuilt::Built(built),
                Ok(_) => {}
                // It may launch a kernel the build left out, which the
                // reference refuses: the whole crate decides.
                Err(_) if engine.built_kernels().is_some() => whole = true,
                Err(rows) => return CaseBuilt::Refused(rows),
            }
        }
    }
}
