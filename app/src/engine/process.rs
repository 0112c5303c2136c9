//! Ending everygpu cleanly on a signal.
//!
//! SIGINT (a terminal's Ctrl-C), SIGTERM and SIGHUP end every child process
//! everygpu tracks (workers, and builds with their rustc and build scripts),
//! remove the scratch files of everygpu and of those children, and then end
//! everygpu by the same signal, so its parent sees what happened. SIGKILL
//! cannot be caught: workers and builds then die with their parent
//! (`PR_SET_PDEATHSIG`), and the next everygpu sweeps the files
//! ([`everygpu_backend::process`]).

use everygpu_backend::process;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

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

/// Whether `signal` is ignored in this process.
fn is_ignored(signal: i32) -> bool {
    // SAFETY: a query (no new action) into a zeroed struct we own.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut current) == 0 && current.sa_sigaction == libc::SIG_IGN
    }
}
