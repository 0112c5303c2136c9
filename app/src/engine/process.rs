//! Child processes that never outlive everygpu.
//!
//! Workers are started with [`die_with_parent`]: Linux kills them when the
//! thread that started them ends, which is when everygpu ends, however it
//! ends (even by SIGKILL).

use std::process::Command;

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
