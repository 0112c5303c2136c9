//! `everygpu`: one binary, the desktop app and the CLI.
//!
//! - `everygpu devices`: every backend and device found, and why others are absent;
//! - `everygpu run <crate>`: every case on every backend, checked against the CPU reference;
//! - `everygpu bench <crate>`: device-timed repeats with baselines measured in the same run;
//! - `everygpu emit <crate> --route R`: writes a route's artifacts;
//! - `everygpu watch <crate>`: rebuilds and reruns on every save;
//! - `everygpu` or `everygpu gui [<crate>]`: the desktop app.

mod cli;
mod engine;
mod gui;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    quiet_vulkan_device_select();
    let args = cli::Cli::parse();
    // Builds run under `everygpu guard`, which ends them with everygpu.
    if let Ok(exe) = std::env::current_exe() {
        everygpu_backend::process::set_guard(exe);
    }
    // Case buffers of a MiB and more live in shared memory, so the app and
    // its workers exchange paths instead of pushing bytes through pipes.
    everygpu_backend::host_buffer::set_shared_threshold(Some(1 << 20));
    let result = cli::dispatch(args);
    engine::process::hold_if_ending();
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Switches off Mesa's implicit `VK_LAYER_MESA_device_select` for this
/// process and its workers, unless the user set `NODEVICE_SELECT` already.
///
/// The layer reorders Vulkan devices so that programs taking the first one
/// get the display's GPU; to find that GPU it connects to the Wayland and X11
/// displays on every `vkEnumeratePhysicalDevices`, and where no desktop
/// session exists (a terminal over SSH, CI) libwayland prints "error:
/// XDG_RUNTIME_DIR is invalid or not set in the environment." each time.
/// everygpu lists every device itself and never relies on their order (the
/// window's renderer picks its adapter by power preference), so the layer
/// has nothing to do here. Called first in `main`, before any thread exists.
fn quiet_vulkan_device_select() {
    if std::env::var_os("NODEVICE_SELECT").is_none() {
        std::env::set_var("NODEVICE_SELECT", "1");
    }
}
