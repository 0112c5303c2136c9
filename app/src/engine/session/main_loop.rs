//! The session thread's main loop: it opens the crate, gathers each save's
//! events until they settle, takes commands, watches that the crate folder
//! still exists, and looks for interruptions while work is under way.

use super::super::Engine;
use super::history::history_device;
use super::saves::{FileEvent, Saves};
use super::{BackendInfo, Input, SessionCommand, SessionEvent, Worker};
use everygpu_backend::Backend;
use everygpu_compiler::BuildProfile;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How often the worker checks that the crate folder still exists.
const EXISTENCE_POLL: Duration = Duration::from_millis(500);

/// What an interruption check found.
pub(super) enum Interrupt {
    None,
    /// A newer save, with its first event.
    Changed(FileEvent),
    /// The user cancelled the run or sweep.
    Cancelled,
    Shutdown,
}

/// A build or rerun to start once the saves settle.
struct Pending {
    /// The first file event of the cycle, when saves started it.
    first_change: Option<Instant>,
    /// The file events so far.
    changed: Vec<FileEvent>,
    /// Whether to build (a save, a Rebuild) or only rerun the last good build.
    rebuild: bool,
}

impl Pending {
    fn rebuild(first_change: Option<Instant>, changed: Vec<FileEvent>) -> Pending {
        Pending {
            first_change,
            changed,
            rebuild: true,
        }
    }

    fn rerun() -> Pending {
        Pending {
            first_change: None,
            changed: vec![],
            rebuild: false,
        }
    }
}

impl Worker {
    /// Sends `event`, then tells the listener how soon it wants looking at.
    pub(super) fn emit(&self, event: SessionEvent) {
        let wake = event.wake(self.config.first.as_deref());
        let _ = self.events.send(event);
        (self.wake)(wake);
    }

    fn next_input(&mut self, timeout: Duration) -> Result<Input, RecvTimeoutError> {
        match self.backlog.pop_front() {
            Some(i) => Ok(i),
            None => self.inputs.recv_timeout(timeout),
        }
    }

    /// Opens the crate, builds and runs, then rebuilds on every save and
    /// handles commands until a shutdown.
    pub(super) fn main(&mut self) {
        let mut engine = match Engine::open(&self.config.krate, &self.config.backend, self.config.launch_timeout) {
            Ok(e) => e,
            Err(e) => {
                self.emit(SessionEvent::OpenFailed {
                    message: format!("{e:#}"),
                });
                return;
            }
        };
        // The edit loop compiles incrementally, in target folders of its own.
        engine.krate.profile = BuildProfile::Edit;
        engine.check_races = self.config.check_races;
        engine.set_cancel(self.cancel.clone());
        engine.set_superseded(self.superseded.clone());
        let dir = engine.krate.dir.clone();
        let mut backends = Vec::new();
        if engine.show_reference {
            backends.push(BackendInfo {
                id: "cpu".into(),
                device: engine.reference_device().clone(),
            });
        }
        backends.extend(engine.backends.iter().map(|b| BackendInfo {
            id: b.id().to_string(),
            device: b.device().clone(),
        }));
        self.devices = backends.iter().map(history_device).collect();
        self.krate_name = match engine.krate.package.as_str() {
            "" => dir.display().to_string(),
            name => name.to_string(),
        };
        self.emit(SessionEvent::Opened {
            dir: dir.clone(),
            package: engine.krate.package.clone(),
            backends,
            absent: engine
                .absent
                .iter()
                .map(|a| (a.backend.clone(), a.reason.clone()))
                .collect(),
        });
        self.open_history();
        self.watcher = self.watch(&dir);
        let mut folder_gone = false;
        // The first build needs no save.
        let mut pending: Option<Pending> = Some(Pending::rebuild(None, vec![]));
        loop {
            if let Some(Pending {
                first_change,
                changed,
                rebuild,
            }) = pending.take()
            {
                // Gather the save's events until they settle.
                let mut saves = Saves::new(changed);
                let mut shutdown = false;
                if first_change.is_some() {
                    loop {
                        match self.inputs.recv_timeout(saves.quiet()) {
                            Ok(Input::Changed(e)) => saves.add(e),
                            Ok(Input::Command(SessionCommand::Shutdown)) => {
                                shutdown = true;
                                break;
                            }
                            Ok(other) => self.backlog.push_back(other),
                            Err(RecvTimeoutError::Timeout) => break,
                            Err(RecvTimeoutError::Disconnected) => {
                                shutdown = true;
                                break;
                            }
                        }
                    }
                }
                if shutdown {
                    return;
                }
                let mut changed = saves.changed;
                if !changed.is_empty() {
                    changed.sort();
                    changed.dedup();
                    // Editors' and sed's temporary files come and go within a save.
                    let existing: Vec<PathBuf> = changed.iter().filter(|p| p.exists()).cloned().collect();
                    if !existing.is_empty() {
                        changed = existing;
                    }
                    self.emit(SessionEvent::FilesChanged { paths: changed });
                }
                // A new size or selection reruns the last good build as it is.
                let rebuild = rebuild || engine.manifest().is_none();
                self.cancel.store(false, Ordering::SeqCst);
                match self.build_and_run(&mut engine, first_change, rebuild) {
                    Interrupt::None | Interrupt::Cancelled => {}
                    Interrupt::Shutdown => return,
                    Interrupt::Changed(e) => pending = Some(Pending::rebuild(Some(Instant::now()), vec![e])),
                }
                continue;
            }
            match self.next_input(EXISTENCE_POLL) {
                Ok(Input::Changed(e)) => pending = Some(Pending::rebuild(Some(Instant::now()), vec![e])),
                Ok(Input::WatchError(message)) => self.emit(SessionEvent::Watch {
                    message: format!("file watcher: {message}"),
                }),
                Ok(Input::Command(c)) => match c {
                    SessionCommand::Shutdown => return,
                    SessionCommand::Rebuild => pending = Some(Pending::rebuild(None, vec![])),
                    SessionCommand::CaseSize { case, size } => {
                        match size {
                            Some(n) => self.config.case_sizes.insert(case.clone(), n),
                            None => self.config.case_sizes.remove(&case),
                        };
                        self.config.first = Some(case);
                        pending = Some(Pending::rerun());
                    }
                    SessionCommand::Focus { case } => self.config.first = Some(case),
                    SessionCommand::Sweep { case, sizes } => {
                        self.cancel.store(false, Ordering::SeqCst);
                        if let Interrupt::Shutdown = self.sweep(&mut engine, &case, &sizes) {
                            return;
                        }
                    }
                },
                Err(RecvTimeoutError::Disconnected) => return,
                Err(RecvTimeoutError::Timeout) => {
                    let exists = dir.join("Cargo.toml").is_file();
                    if !exists && !folder_gone {
                        folder_gone = true;
                        self.watcher = None;
                        self.emit(SessionEvent::Watch {
                            message: format!(
                                "{} is gone; the last results stay on screen, and the crate is rebuilt when it comes back",
                                dir.display()
                            ),
                        });
                    } else if exists && folder_gone {
                        folder_gone = false;
                        self.watcher = self.watch(&dir);
                        self.emit(SessionEvent::Watch {
                            message: format!("{} is back", dir.display()),
                        });
                        pending = Some(Pending::rebuild(Some(Instant::now()), vec![]));
                    }
                }
            }
        }
    }

    /// Looks for a newer save, a cancel or a shutdown while work is under way.
    /// A save comes first.
    pub(super) fn interrupted(&mut self) -> Interrupt {
        loop {
            match self.inputs.try_recv() {
                Ok(Input::Changed(e)) => return Interrupt::Changed(e),
                Ok(Input::Command(SessionCommand::Shutdown)) => return Interrupt::Shutdown,
                Ok(Input::Command(SessionCommand::Focus { case })) => self.config.first = Some(case),
                Ok(other) => self.backlog.push_back(other),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => return Interrupt::Shutdown,
            }
        }
        if self.cancel.load(Ordering::SeqCst) {
            return Interrupt::Cancelled;
        }
        Interrupt::None
    }
}
