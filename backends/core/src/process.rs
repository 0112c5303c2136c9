//! What everygpu processes leave on the machine, and how it never outlives them.
//!
//! **Scratch files.** Every file or folder an everygpu process creates
//! outside the user's crate (shared-memory case buffers in `/dev/shm`,
//! library copies, baseline sources and PTX in the temporary folder) is named
//! `everygpu-<pid>-<what>`, after the process that owns it. So whatever a
//! process leaves when it is killed is found by its name: [`remove_scratch_of`]
//! removes one process's files, [`sweep_stale_scratch`] those of every
//! process that is gone.
//!
//! **Child processes.** Workers are started with [`die_with_parent`]: Linux
//! kills them when the thread that started them ends, however it ends (even
//! by SIGKILL). Builds are started in a process group of their own
//! ([`own_process_group`]), so that ending one ends its rustc and build
//! scripts too, under a guard ([`guarded`]) that ends the group when its
//! parent ends, even by SIGKILL. While it runs, each child is [`track`]ed: the app's signal
//! handler ends every tracked child ([`end_tracked`]) and removes their
//! scratch files before the app itself goes.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// What every scratch file's name starts with, before its owner's id.
const SCRATCH: &str = "everygpu-";

/// The file-name prefix of the scratch files of process `pid`.
pub fn scratch_prefix(pid: u32) -> String {
    format!("{SCRATCH}{pid}-")
}

/// The owner's process id in a scratch file's name, and what follows it.
pub fn scratch_owner(name: &str) -> Option<(u32, &str)> {
    let (pid, rest) = name.strip_prefix(SCRATCH)?.split_once('-')?;
    Some((pid.parse().ok()?, rest))
}

/// A path in the temporary folder owned by this process: `what` names it
/// among this process's scratch files.
pub fn temp_path(what: &str) -> PathBuf {
    std::env::temp_dir().join(format!("{}{what}", scratch_prefix(std::process::id())))
}

/// The folder of shared-memory files (large buffers between processes,
/// `crate::host_buffer`).
pub fn shared_dir() -> PathBuf {
    PathBuf::from("/dev/shm")
}

/// The folders that hold scratch files: `/dev/shm` (shared buffers) and the
/// temporary folder.
fn scratch_dirs() -> [PathBuf; 2] {
    [shared_dir(), std::env::temp_dir()]
}

/// Removes a scratch file or folder.
fn remove(path: &Path) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(path).is_ok(),
        Ok(_) => std::fs::remove_file(path).is_ok(),
        Err(_) => false,
    }
}

/// The scratch files and folders in `dir`, with their owners' process ids.
fn scratch_entries_in(dir: impl AsRef<Path>) -> impl Iterator<Item = (u32, PathBuf)> {
    std::fs::read_dir(dir)
        .into_iter()
        .flat_map(|entries| entries.flatten())
        .filter_map(|e| Some((scratch_owner(&e.file_name().to_string_lossy())?.0, e.path())))
}

/// Every scratch file and folder there is, with its owner's process id.
fn scratch_entries() -> impl Iterator<Item = (u32, PathBuf)> {
    scratch_dirs().into_iter().flat_map(scratch_entries_in)
}

/// Removes the scratch files of process `pid` (a dead worker, or this
/// process on its way out).
pub fn remove_scratch_of(pid: u32) {
    for (_, path) in scratch_entries().filter(|(owner, _)| *owner == pid) {
        remove(&path);
    }
}

/// Removes the scratch files of everygpu processes that are gone: those whose
/// owner, the process id in the name, no longer exists. Returns how many
/// entries went.
pub fn sweep_stale_scratch() -> usize {
    scratch_dirs().iter().map(|dir| sweep_stale_scratch_in(dir)).sum()
}

/// Removes what processes that are gone left in `dir` under scratch names
/// ([`scratch_prefix`]): folders being filled in a cache before they were
/// renamed into place. Returns how many entries went.
pub fn sweep_stale_scratch_in(dir: &Path) -> usize {
    scratch_entries_in(dir)
        .filter(|(owner, path)| !is_alive(*owner) && remove(path))
        .count()
}

/// Whether process `pid` exists.
#[cfg(unix)]
fn is_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    // SAFETY: signal 0 only checks that the process exists.
    pid <= 0
        || unsafe { libc::kill(pid, 0) } == 0
        || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
fn is_alive(_pid: u32) -> bool {
    true
}

/// Makes the child of `command` receive SIGKILL when its parent thread
/// ends (`PR_SET_PDEATHSIG`); nothing on other systems.
pub fn die_with_parent(command: &mut Command) {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        let parent = std::process::id() as libc::pid_t;
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(move || {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                // The parent may have died before the call above.
                if libc::getppid() != parent {
                    libc::_exit(1);
                }
                Ok(())
            });
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = command;
}

/// Starts the child of `command` as the leader of a process group of its
/// own, which its children (rustc, build scripts) join, and makes it die with
/// its parent. Ending the group ([`end_tracked`]) ends them all; a terminal's
/// Ctrl-C reaches everygpu, which ends the group.
pub fn own_process_group(command: &mut Command) {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    die_with_parent(command);
}

/// The program that runs builds under `<program> guard -- …` (everygpu
/// itself), once the app registered it.
static GUARD: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Makes [`guarded`] run commands under `program guard -- …`: a process that
/// ends the command's whole process group when this process ends, however
/// it ends. The app registers its own binary.
pub fn set_guard(program: PathBuf) {
    let _ = GUARD.set(program);
}

/// `command` to be run under the registered guard (see [`set_guard`]), with
/// the same arguments, environment and folder; `command` itself where none
/// is registered. Start the result with [`own_process_group`]: the guard is
/// the group's leader.
pub fn guarded(command: Command) -> Command {
    let Some(guard) = GUARD.get() else {
        return command;
    };
    let mut g = Command::new(guard);
    g.arg("guard")
        .arg("--")
        .arg(command.get_program())
        .args(command.get_args());
    for (key, value) in command.get_envs() {
        match value {
            Some(v) => g.env(key, v),
            None => g.env_remove(key),
        };
    }
    if let Some(dir) = command.get_current_dir() {
        g.current_dir(dir);
    }
    g
}

/// A running child, and whether it leads a process group of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Child {
    pid: u32,
    group: bool,
}

/// The children running now.
static TRACKED: Mutex<Vec<Child>> = Mutex::new(Vec::new());

/// A child process being tracked; dropping it (once the child is reaped)
/// stops the tracking.
#[must_use = "the child is tracked only while this lives"]
#[derive(Debug)]
pub struct Tracked(Child);

impl Drop for Tracked {
    fn drop(&mut self) {
        let mut all = TRACKED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = all.iter().position(|c| *c == self.0) {
            all.swap_remove(i);
        }
    }
}

impl Tracked {
    /// Ends the child now (SIGKILL; its whole group when it leads one), for
    /// work that is no longer wanted. Its owner still reaps it.
    pub fn end(&self) {
        end(self.0);
    }
}

/// Ends child `c` (SIGKILL; the whole group of a group leader).
fn end(c: Child) {
    #[cfg(unix)]
    if let Ok(pid) = libc::pid_t::try_from(c.pid) {
        // SAFETY: plain syscalls; a group leader's pid is its group's id.
        unsafe {
            if c.group {
                libc::killpg(pid, libc::SIGKILL);
            } else {
                libc::kill(pid, libc::SIGKILL);
            }
        }
    }
}

/// Tracks child `pid` until the returned guard drops: `group` when it was
/// started with [`own_process_group`].
pub fn track(pid: u32, group: bool) -> Tracked {
    let child = Child { pid, group };
    TRACKED.lock().unwrap_or_else(|e| e.into_inner()).push(child);
    Tracked(child)
}

/// Ends every tracked child (SIGKILL; the whole group of a group leader) and
/// removes their scratch files. For a process about to end itself.
pub fn end_tracked() {
    let children = std::mem::take(&mut *TRACKED.lock().unwrap_or_else(|e| e.into_inner()));
    for &c in &children {
        end(c);
        // A process killed by SIGKILL runs no more code once the call above
        // returns, so it creates nothing after this.
        remove_scratch_of(c.pid);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scratch_names_carry_their_owner() {
        let name = format!("{}7-from-9-3", scratch_prefix(42));
        assert_eq!(scratch_owner(&name), Some((42, "7-from-9-3")));
        assert_eq!(scratch_owner("everygpu-tests"), None);
        assert_eq!(scratch_owner("other-42-x"), None);
        let path = temp_path("x.ptx");
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(scratch_owner(&file), Some((std::process::id(), "x.ptx")));
    }

    #[test]
    fn stale_scratch_is_swept_and_live_scratch_kept() {
        // A pid above the kernel's maximum (2^22) never exists.
        let dead = std::env::temp_dir().join(format!("{}stale-test", scratch_prefix(4_194_399)));
        std::fs::create_dir_all(dead.join("inner")).unwrap();
        let live = temp_path("live-test");
        std::fs::write(&live, b"x").unwrap();
        assert!(sweep_stale_scratch() >= 1);
        assert!(!dead.exists(), "a dead process's folder went");
        assert!(live.exists(), "a live process's file stays");
        remove_scratch_of(std::process::id());
        assert!(!live.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_cache_folder_keeps_all_but_what_dead_processes_left() {
        let cache = temp_path("sweep-in-test");
        let _ = std::fs::remove_dir_all(&cache);
        let dead = cache.join(format!("{}sysroot", scratch_prefix(4_194_399)));
        let live = cache.join(format!("{}sysroot", scratch_prefix(std::process::id())));
        let kept = cache.join("0123456789abcdef");
        for folder in [&dead, &live, &kept] {
            std::fs::create_dir_all(folder).unwrap();
        }
        assert_eq!(sweep_stale_scratch_in(&cache), 1);
        assert!(!dead.exists() && live.exists() && kept.exists());
        std::fs::remove_dir_all(&cache).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn ending_tracked_children_ends_their_groups() {
        let marker = temp_path("group-test-marker");
        let mut command = Command::new("sh");
        // The grandchild would leave the marker half a second from now.
        command
            .arg("-c")
            .arg(format!("(sleep 0.5; touch '{}') & wait", marker.display()));
        own_process_group(&mut command);
        let mut child = command.spawn().unwrap();
        let tracked = track(child.id(), true);
        std::thread::sleep(std::time::Duration::from_millis(100));
        end_tracked();
        drop(tracked);
        let status = child.wait().unwrap();
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(libc::SIGKILL));
        std::thread::sleep(std::time::Duration::from_millis(1000));
        assert!(!marker.exists(), "the grandchild in the group was killed too");
    }
}
