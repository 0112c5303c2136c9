//! Running a build's cases on the session's thread, the one on screen
//! first, until a save or a cancel interrupts them; and sweeps of one case
//! over sizes.

use super::super::Engine;
use super::build::CaseBuilt;
use super::main_loop::Interrupt;
use super::{Input, SessionEvent, Wake, Worker};
use everygpu_backend::RunOptions;
use everygpu_compiler::BuildProfile;
use everygpu_report::BenchRun;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Clears a flag when dropped.
struct ClearOnDrop(Arc<AtomicBool>);

impl Drop for ClearOnDrop {
    fn drop(&mut self) {
        self.0.store(false, Ordering::SeqCst);
    }
}

impl Worker {
    /// Builds (when `rebuild`), then runs the selected cases, the one on
    /// screen first.
    ///
    /// In the edit loop, a build after a save first gives entry points only
    /// to the kernels of the cases it runs first (the selected cases, or the
    /// one on screen), as their last run launched them: rustc then optimizes
    /// those alone, and their results show sooner. The whole crate is built
    /// when a case needs more (the others, or a case whose launches changed).
    pub(super) fn build_and_run(
        &mut self,
        engine: &mut Engine,
        first_change: Option<Instant>,
        rebuild: bool,
    ) -> Interrupt {
        self.generation += 1;
        let generation = self.generation;
        // The run to store, started now; its source hash is set once built.
        let mut stored_run = (self.history.is_some() && self.config.store_history)
            .then(|| BenchRun::new(env!("CARGO_PKG_VERSION"), &self.krate_name, ""));
        // Set by the save this run is for, if it came while the last run's
        // cases ran.
        self.superseded.store(false, Ordering::SeqCst);
        let manifest = if rebuild {
            self.emit(SessionEvent::BuildStarted { generation });
            let first: Vec<String> = match &self.config.first {
                Some(case) if self.config.cases.is_empty() => vec![case.clone()],
                _ => self.config.cases.clone(),
            };
            let kernels = engine
                .kernels_of(&first)
                .filter(|_| engine.krate.profile == BuildProfile::Edit);
            match self.build(engine, generation, first_change, kernels.as_ref()) {
                Some(m) => m,
                None => return Interrupt::None,
            }
        } else {
            match engine.manifest() {
                Some(m) => m.clone(),
                None => return Interrupt::None,
            }
        };
        self.emit_built(engine, generation, &manifest);
        // The sources as built, with the Cargo.lock the build may have written
        // (as `everygpu bench` hashes them). A save from here on interrupts
        // the run before its next case, and an interrupted run is not stored.
        if let Some(run) = &mut stored_run {
            run.source_hash = everygpu_report::hash_sources(&engine.krate.dir).unwrap_or_default();
        }
        let wanted: Vec<String> = self
            .config
            .cases
            .iter()
            .filter(|n| {
                let known = manifest.cases.iter().any(|c| &c.name == *n);
                if !known {
                    self.emit(SessionEvent::Note {
                        message: format!("case `{n}` is not in the crate any more"),
                    });
                }
                known
            })
            .cloned()
            .collect();
        let cases = if wanted.is_empty() && !self.config.cases.is_empty() {
            // Every selected case is gone: run them all rather than nothing.
            engine.select_cases(&[])
        } else {
            engine.select_cases(&wanted)
        };
        let mut cases = match cases {
            Ok(c) => c,
            Err(e) => {
                self.emit(SessionEvent::Note {
                    message: format!("{e:#}"),
                });
                vec![]
            }
        };
        // The case on screen first: its result shows while the others run.
        // When the session runs the whole crate (the app), after a save it
        // runs once first, untimed runs and repeats left out, so that the new
        // source's result shows at once; it runs again with all of them after
        // the others, and that run is the one stored.
        let mut quick = None;
        if let Some(first) = &self.config.first {
            if let Some(at) = cases.iter().position(|&i| &manifest.cases[i].name == first) {
                let index = cases.remove(at);
                cases.insert(0, index);
                let options = &self.config.options;
                if rebuild && self.config.cases.is_empty() && options.warmup + options.repeat > 1 {
                    cases.push(index);
                    quick = Some(0);
                }
            }
        }
        // Progress counts cases: the quick run is not one.
        let total = cases.len() - usize::from(quick.is_some());
        self.running.store(true, Ordering::SeqCst);
        let _running = ClearOnDrop(self.running.clone());
        let names: Vec<String> = cases.into_iter().map(|i| manifest.cases[i].name.clone()).collect();
        for (at, name) in names.into_iter().enumerate() {
            let done = match quick {
                Some(q) if at > q => at - 1,
                _ => at,
            };
            match self.interrupted() {
                Interrupt::None => {}
                other => {
                    if let Interrupt::Cancelled = other {
                        self.emit(SessionEvent::Note {
                            message: format!("build {generation}: run cancelled after {done} of {total} cases"),
                        });
                    }
                    self.emit(SessionEvent::RunFinished {
                        generation,
                        interrupted: true,
                        since_change: None,
                    });
                    return match other {
                        Interrupt::Cancelled => Interrupt::None,
                        other => other,
                    };
                }
            }
            self.emit(SessionEvent::Progress {
                generation,
                done,
                total,
                running: Some(name.clone()),
            });
            let size = self.config.case_sizes.get(&name).copied().or(self.config.size);
            let (events, wake) = (self.events.clone(), self.wake.clone());
            engine.progress = Some(Box::new(move |case, size, p, elapsed| {
                let _ = events.send(SessionEvent::Progress {
                    generation,
                    done,
                    total,
                    running: Some(format!("{case} at {size}: {}", p.describe(elapsed))),
                });
                wake(Wake::Soon);
            }));
            let results = match self.build_case(engine, generation, first_change, &name, size) {
                CaseBuilt::Built(built) if quick == Some(at) => engine.run_built(&built, &RunOptions::runs(0, 1)),
                CaseBuilt::Built(built) => engine.run_built(&built, &self.config.options),
                CaseBuilt::Refused(rows) => rows,
                CaseBuilt::Gone => Vec::new(),
                CaseBuilt::NoBuild => {
                    // The build reported the run's end.
                    engine.progress = None;
                    return match self.interrupted() {
                        Interrupt::Cancelled => Interrupt::None,
                        other => other,
                    };
                }
            };
            engine.progress = None;
            match self.interrupted() {
                // A save stopped the case: its results are of the old source.
                Interrupt::Changed(paths) => {
                    self.emit(SessionEvent::RunFinished {
                        generation,
                        interrupted: true,
                        since_change: None,
                    });
                    return Interrupt::Changed(paths);
                }
                Interrupt::Shutdown => return Interrupt::Shutdown,
                Interrupt::None | Interrupt::Cancelled => {}
            }
            if let Some(run) = stored_run.as_mut().filter(|_| quick != Some(at)) {
                run.records.extend(results.iter().map(|r| r.to_record("")));
            }
            self.emit(SessionEvent::CaseDone { generation, results });
        }
        self.emit(SessionEvent::Progress {
            generation,
            done: total,
            total,
            running: None,
        });
        let cancelled = self.cancel.load(Ordering::SeqCst);
        self.emit(SessionEvent::RunFinished {
            generation,
            interrupted: cancelled,
            since_change: first_change.map(|t| t.elapsed()),
        });
        if let (Some(run), false) = (stored_run, cancelled) {
            self.store(generation, run);
        }
        Interrupt::None
    }

    /// Runs `case` at each of `sizes`, ending early at a save, a cancel, a
    /// shutdown or a build without the case.
    pub(super) fn sweep(&mut self, engine: &mut Engine, case: &str, sizes: &[u64]) -> Interrupt {
        let known = engine
            .manifest()
            .is_some_and(|m| m.cases.iter().any(|c| c.name == case));
        if !known {
            self.emit(SessionEvent::SweepFinished {
                case: case.into(),
                error: Some(format!("case `{case}` is not in the last good build")),
            });
            return Interrupt::None;
        }
        let options = RunOptions::runs(1, 3);
        for &size in sizes {
            match self.interrupted() {
                Interrupt::None => {}
                Interrupt::Changed(e) => {
                    self.emit(SessionEvent::SweepFinished {
                        case: case.into(),
                        error: Some("interrupted by a save".into()),
                    });
                    // The save still needs its rebuild.
                    self.backlog.push_front(Input::Changed(e));
                    return Interrupt::None;
                }
                Interrupt::Cancelled => {
                    self.emit(SessionEvent::SweepFinished {
                        case: case.into(),
                        error: Some("cancelled".into()),
                    });
                    return Interrupt::None;
                }
                Interrupt::Shutdown => return Interrupt::Shutdown,
            }
            let results = match self.build_case(engine, self.generation, None, case, Some(size)) {
                CaseBuilt::Built(built) => engine.run_built(&built, &options),
                CaseBuilt::Refused(rows) => rows,
                CaseBuilt::Gone | CaseBuilt::NoBuild => {
                    self.emit(SessionEvent::SweepFinished {
                        case: case.into(),
                        error: Some(format!("case `{case}` is not in a good build of the crate")),
                    });
                    return Interrupt::None;
                }
            };
            self.emit(SessionEvent::SweepPoint {
                case: case.into(),
                size,
                results,
            });
        }
        self.emit(SessionEvent::SweepFinished {
            case: case.into(),
            error: None,
        });
        Interrupt::None
    }
}
