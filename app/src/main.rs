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
    let args = cli::Cli::parse();
    // Case buffers of a MiB and more live in shared memory, so the app and
    // its workers exchange paths instead of pushing bytes through pipes.
    everygpu_backend::host_buffer::set_shared_threshold(Some(1 << 20));
    match cli::dispatch(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
