//! The file events of a save: which paths count ([`is_relevant`]), the
//! watcher that reports them, and their gathering into one rebuild once they
//! settle ([`SETTLE`], else [`DEBOUNCE`]).

use super::{Input, SessionEvent, Worker, DEBOUNCE, SETTLE};
use notify::Watcher;
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::Duration;

/// A file event of the crate's folder.
#[derive(Clone, Debug)]
pub(super) struct FileEvent {
    paths: Vec<PathBuf>,
    /// Whether it ends a write: the writer closed the file, renamed it into
    /// place or removed it.
    ends_write: bool,
}

impl FileEvent {
    /// Whether an event of `kind` ends a write; `None` for events that
    /// change nothing (reads, opens).
    fn ends_write(kind: &notify::EventKind) -> Option<bool> {
        use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RenameMode};
        use notify::EventKind;
        Some(match kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
            EventKind::Access(_) | EventKind::Other => return None,
            EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::From | RenameMode::Both)) => true,
            EventKind::Remove(_) | EventKind::Create(CreateKind::Folder) => true,
            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Any => false,
        })
    }
}

/// The file events of one save, gathered until they settle.
#[derive(Debug, Default)]
pub(super) struct Saves {
    /// Every path named.
    pub(super) changed: Vec<PathBuf>,
    /// Paths written and not yet closed, renamed or removed.
    writing: BTreeSet<PathBuf>,
    /// Whether any event ended a write.
    ended: bool,
}

impl Saves {
    pub(super) fn new(events: impl IntoIterator<Item = FileEvent>) -> Saves {
        let mut saves = Saves::default();
        events.into_iter().for_each(|e| saves.add(e));
        saves
    }

    pub(super) fn add(&mut self, event: FileEvent) {
        if event.ends_write {
            self.ended = true;
            for p in &event.paths {
                self.writing.remove(p);
            }
        } else {
            self.writing.extend(event.paths.iter().cloned());
        }
        self.changed.extend(event.paths);
    }

    /// How long to wait for another event before building.
    pub(super) fn quiet(&self) -> Duration {
        match self.ended && self.writing.is_empty() {
            true => SETTLE,
            false => DEBOUNCE,
        }
    }
}

/// Whether a file event at `path` (inside `dir`) should trigger a rebuild.
fn is_relevant(dir: &Path, path: &Path) -> bool {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    let hidden_dir = rel.components().any(|c| match c {
        Component::Normal(s) => s == "target" || s == ".git",
        _ => false,
    });
    if hidden_dir {
        return false;
    }
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Cargo rewrites Cargo.lock itself; editors write swap and backup files.
    !(name == "Cargo.lock"
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.starts_with(".#")
        || name == "4913")
}

impl Worker {
    /// Watches `dir` for saves; `None`, with a note, where it cannot.
    pub(super) fn watch(&self, dir: &Path) -> Option<notify::RecommendedWatcher> {
        let tx = self.watcher_tx.clone();
        let (running, superseded) = (self.running.clone(), self.superseded.clone());
        let root = dir.to_path_buf();
        let handler = move |res: notify::Result<notify::Event>| {
            let input = match res {
                Ok(ev) => {
                    let Some(ends_write) = FileEvent::ends_write(&ev.kind) else {
                        return;
                    };
                    let paths: Vec<PathBuf> = ev.paths.into_iter().filter(|p| is_relevant(&root, p)).collect();
                    if paths.is_empty() {
                        return;
                    }
                    Input::Changed(FileEvent { paths, ends_write })
                }
                Err(e) => Input::WatchError(e.to_string()),
            };
            let changed = matches!(input, Input::Changed(_));
            let _ = tx.send(input);
            if changed && running.load(Ordering::SeqCst) {
                // The results under way are of a superseded source.
                superseded.store(true, Ordering::SeqCst);
            }
        };
        let watcher = notify::recommended_watcher(handler).and_then(|mut w| {
            w.watch(dir, notify::RecursiveMode::Recursive)?;
            Ok(w)
        });
        match watcher {
            Ok(w) => Some(w),
            Err(e) => {
                self.emit(SessionEvent::Watch {
                    message: format!("cannot watch {}: {e}; rebuild by hand", dir.display()),
                });
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{is_relevant, FileEvent, Saves, DEBOUNCE, SETTLE};
    use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, ModifyKind, RenameMode};
    use notify::EventKind;
    use std::path::{Path, PathBuf};

    fn event(kind: EventKind, paths: &[&str]) -> FileEvent {
        FileEvent {
            paths: paths.iter().map(PathBuf::from).collect(),
            ends_write: FileEvent::ends_write(&kind).expect("a change"),
        }
    }

    #[test]
    fn a_save_settles_once_every_file_written_is_closed_or_renamed_into_place() {
        let written = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        let closed = EventKind::Access(AccessKind::Close(AccessMode::Write));
        // Written in place, then closed: settled.
        let mut saves = Saves::new([event(written, &["/k/src/lib.rs"])]);
        assert_eq!(saves.quiet(), DEBOUNCE, "still being written");
        saves.add(event(closed, &["/k/src/lib.rs"]));
        assert_eq!(saves.quiet(), SETTLE);
        // Another file of the same save is being written: wait for it.
        saves.add(event(EventKind::Create(CreateKind::File), &["/k/src/b.rs"]));
        assert_eq!(saves.quiet(), DEBOUNCE);
        saves.add(event(closed, &["/k/src/b.rs"]));
        assert_eq!(saves.quiet(), SETTLE);
        assert_eq!(saves.changed.len(), 4);
        // Written elsewhere and renamed into place (atomic saves).
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::Both));
        let saves = Saves::new([event(renamed, &["/k/src/.lib.rs.tmp", "/k/src/lib.rs"])]);
        assert_eq!(saves.quiet(), SETTLE);
        // Watchers that never tell when a write ends: the whole debounce.
        let saves = Saves::new([event(EventKind::Any, &["/k/src/lib.rs"])]);
        assert_eq!(saves.quiet(), DEBOUNCE);
        // Opening or reading a file is no change.
        assert_eq!(FileEvent::ends_write(&EventKind::Access(AccessKind::Read)), None);
    }

    #[test]
    fn target_git_lock_and_swap_files_are_ignored() {
        let dir = Path::new("/k");
        assert!(is_relevant(dir, Path::new("/k/src/lib.rs")));
        assert!(is_relevant(dir, Path::new("/k/Cargo.toml")));
        assert!(!is_relevant(dir, Path::new("/k/target/everygpu/cpu/x.so")));
        assert!(!is_relevant(dir, Path::new("/k/.git/index")));
        assert!(!is_relevant(dir, Path::new("/k/Cargo.lock")));
        assert!(!is_relevant(dir, Path::new("/k/src/.lib.rs.swp")));
        assert!(!is_relevant(dir, Path::new("/k/src/lib.rs~")));
    }
}
