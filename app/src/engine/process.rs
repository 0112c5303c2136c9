//! Ending everygpu cleanly on a signal, and builds that end with it.
//!
//! SIGINT (a terminal's Ctrl-C), SIGTERM and SIGHUP end every child process
//! everygpu tracks (workers, and builds with their rustc and build scripts),
//! remove the scratch files of everygpu and of those children, and then end
//! everygpu by the same signal, so its parent sees what happened. SIGKILL
//! cannot be caught: workers and builds then die with their parent
//! (`PR_SET_PDEATHSIG`), and the next everygpu sweeps the files
//! ([`everygpu_backend::process`]). A build's rustc and build scripts are
//! not everygpu's children, so builds run under [`guard`], which ends its
//! whole process group when everygpu ends.

use everygpu_backend::process;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when a signal arrived: everygpu is ending by it.
static ENDING: AtomicBool = AtomicBool::new(false);

/// Installs the handler, on a thread of its own. Call it once, early.
/// A signal that everygpu was started with ignored (`nohup`, a background
/// job of a script) stays ignored.
pub fn end_cleanly_on_signals() {
    let caught = [SIGINT, SIGTERM, SIGHUP].into_iter().filter(|&s| !is_ignored(s));
    let mut signals = match signal_hook::iterator::Signals::new(caught) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("warning: no clean-up on signals: {e}");
            return;
        }
    };
    let spawned = std::thread::Builder::new().name("signals".into()).spawn(move || {
        if let Some(signal) = signals.forever().next() {
            ENDING.store(true, Ordering::SeqCst);
            process::end_tracked();
            process::remove_scratch_of(std::process::id());
            // Default disposition, raised again: the process ends by `signal`.
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        }
    });
    if let Err(e) = spawned {
        eprintln!("warning: no clean-up on signals: {e}");
    }
}

/// Waits for the end where a signal arrived: the work the signal cut short
/// (a build whose processes it ended) must not end everygpu with an exit
/// code of its own before the signal thread ends it by the signal.
pub fn hold_if_ending() {
    if ENDING.load(Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
}

/// Whether `signal` is ignored in this process.
fn is_ignored(signal: i32) -> bool {
    // SAFETY: a query (no new action) into a zeroed struct we own.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut current) == 0 && current.sa_sigaction == libc::SIG_IGN
    }
}

/// `everygpu guard -- PROGRAM ARGS…`: runs the program as a child in this
/// process's group (the parent made it a group of its own) and ends the
/// whole group, with every process the program started, when the parent
/// everygpu ends (even by SIGKILL: `PR_SET_PDEATHSIG` sends this process
/// SIGTERM) or a signal arrives. Otherwise it exits as the program did.
pub fn guard(command: &[std::ffi::OsString]) -> anyhow::Result<std::process::ExitCode> {
    let Some((program, args)) = command.split_first() else {
        anyhow::bail!("guard: no program to run");
    };
    #[cfg(target_os = "linux")]
    {
        // SAFETY: plain syscalls.
        unsafe {
            let parent = libc::getppid();
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM as libc::c_ulong, 0, 0, 0);
            if libc::getppid() != parent {
                libc::kill(0, libc::SIGKILL);
            }
        }
    }
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::Builder::new().name("guard".into()).spawn(move || {
        if signals.forever().next().is_some() {
            // SAFETY: a plain syscall; the group is this process's own.
            unsafe { libc::kill(0, libc::SIGKILL) };
        }
    })?;
    let status = std::process::Command::new(program)
        .args(args)
        .status()
        .map_err(|e| anyhow::anyhow!("{}: {e}", program.to_string_lossy()))?;
    use std::os::unix::process::ExitStatusExt;
    Ok(match (status.code(), status.signal()) {
        (Some(code), _) => std::process::ExitCode::from(code as u8),
        (None, Some(signal)) => std::process::ExitCode::from(128u8.wrapping_add(signal as u8)),
        (None, None) => std::process::ExitCode::FAILURE,
    })
}
