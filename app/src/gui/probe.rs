//! `everygpu gui --latency N`: the app's own save-to-result latency, measured
//! in the window. The probe edits the crate's `src/lib.rs` N times, as
//! `watch --latency` does, and times each edit until the frame that first
//! draws the selected case's result of the build that edit started; then it
//! restores the file, prints p50/p95 and closes the window.

use crate::engine::latency::{percentile, write_probe, Edit};
use crate::gui::state::AppState;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The time between two edits in which the file system settles, so that
/// every edit starts a cycle of its own.
const SETTLE: Duration = Duration::from_millis(300);
/// The longest an edit may wait for its result.
const LIMIT: Duration = Duration::from_secs(120);

/// Where the probe is.
enum Step {
    /// Waiting for the first result of the selected case.
    First,
    /// The result of build `shown` is drawn; the next edit is due at `at`.
    Settling { shown: u64, at: Instant },
    /// Edit `i` was saved at `saved`, after build `before`'s result.
    Edited { before: u64, saved: Instant },
    /// Finished: the window closes.
    Done,
}

/// The latency probe of one app.
pub struct Probe {
    saves: u32,
    edit: Edit,
    lib: PathBuf,
    original: Option<String>,
    step: Step,
    samples: Vec<f64>,
    started: Instant,
    /// Frames drawn since the first edit, and when it was saved.
    frames: u64,
    first_save: Option<Instant>,
    /// Where the probe leaves what ended it early, for `gui::run` to report
    /// once the window has closed.
    failure: Arc<Mutex<Option<String>>>,
}

impl Probe {
    /// A probe that saves `saves` times and leaves what stopped it early in
    /// `failure`.
    pub fn new(krate: &std::path::Path, saves: u32, edit: Edit, failure: Arc<Mutex<Option<String>>>) -> Probe {
        Probe {
            saves: saves.max(1),
            edit,
            lib: krate.join("src/lib.rs"),
            original: None,
            step: Step::First,
            samples: Vec::new(),
            started: Instant::now(),
            frames: 0,
            first_save: None,
            failure,
        }
    }

    /// The build whose result of the selected case is on screen.
    fn shown(state: &AppState) -> Option<u64> {
        let case = state.selected_case.as_ref()?;
        state.results.get(case).map(|e| e.generation)
    }

    /// Called after every frame is drawn; returns how soon the next frame is
    /// needed, or `None` once the probe is over (close the window). While
    /// it waits for a result it asks for no frames of its own: the app
    /// repaints when the session reports something, as it does for a user,
    /// so the probe measures the app and not a busier one.
    pub fn after_frame(&mut self, state: &AppState) -> Option<Duration> {
        let now = Instant::now();
        if self.first_save.is_some() {
            self.frames += 1;
        }
        match self.step {
            Step::First => {
                if let Some(shown) = Self::shown(state) {
                    self.step = Step::Settling {
                        shown,
                        at: now + SETTLE,
                    };
                } else if now - self.started > Duration::from_secs(600) {
                    return self.fail("no first result within 10 minutes".into());
                }
                Some(Duration::from_secs(1))
            }
            Step::Settling { shown, at } => {
                if now < at {
                    return Some(at - now);
                }
                let i = self.samples.len() as u32;
                let original = match &self.original {
                    Some(o) => o.clone(),
                    None => match std::fs::read_to_string(&self.lib) {
                        Ok(o) => {
                            self.original = Some(o.clone());
                            o
                        }
                        Err(e) => return self.fail(format!("reading {}: {e}", self.lib.display())),
                    },
                };
                if let Err(e) = write_probe(&self.lib, &original, i, self.edit) {
                    return self.fail(format!("{e:#}"));
                }
                let saved = Instant::now();
                self.first_save.get_or_insert(saved);
                self.step = Step::Edited { before: shown, saved };
                Some(LIMIT)
            }
            Step::Edited { before, saved } => match Self::shown(state) {
                Some(shown) if shown > before => {
                    self.samples.push((now - saved).as_secs_f64());
                    if self.samples.len() as u32 >= self.saves {
                        self.finish();
                        return None;
                    }
                    self.step = Step::Settling {
                        shown,
                        at: now + SETTLE,
                    };
                    Some(SETTLE)
                }
                _ if now - saved > LIMIT => self.fail(format!("no new result within {} s of a save", LIMIT.as_secs())),
                _ => Some(LIMIT.saturating_sub(now - saved)),
            },
            Step::Done => None,
        }
    }

    fn fail(&mut self, message: String) -> Option<Duration> {
        self.record_failure(message);
        self.finish();
        None
    }

    /// Keeps the first failure.
    fn record_failure(&self, message: String) {
        if let Ok(mut f) = self.failure.lock() {
            f.get_or_insert(message);
        }
    }

    /// Restores the file and prints the figures.
    fn finish(&mut self) {
        self.step = Step::Done;
        if let Some(original) = self.original.take() {
            if let Err(e) = std::fs::write(&self.lib, original) {
                self.record_failure(format!("restoring {}: {e}", self.lib.display()));
            }
        }
        if self.samples.is_empty() {
            return;
        }
        println!(
            "save-to-window latency over {} saves: p50 {:.3} s, p95 {:.3} s, min {:.3} s, max {:.3} s \
             (from the save to the end of the first frame that draws the new result)",
            self.samples.len(),
            percentile(&self.samples, 0.5),
            percentile(&self.samples, 0.95),
            percentile(&self.samples, 0.0),
            percentile(&self.samples, 1.0),
        );
        if let Some(first) = self.first_save {
            let seconds = first.elapsed().as_secs_f64();
            println!(
                "frames drawn meanwhile: {} in {seconds:.1} s ({:.1} per second)",
                self.frames,
                self.frames as f64 / seconds.max(1e-9)
            );
        }
    }
}
