//! Isolation: every backend runs kernels in a worker child process.
//!
//! The worker is this same binary (`everygpu worker <backend-id>`), speaking a
//! small protocol on its stdin/stdout: each message is a JSON header and its
//! buffers, framed by lengths. Large buffers stay in shared memory and travel
//! as paths ([`everygpu_backend::host_buffer`]); small ones inline. A crash, an abort, a segfault or a runaway
//! kernel costs only the worker: [`WorkerBackend`] reports which case, backend
//! and why, and starts a fresh worker (loading the same artifact) on next use.
//!
//! Artifacts cross the boundary as paths ([`LoadRequest`]); the worker builds
//! what its backend needs (it lowers wasm itself for the shader backends).
//!
//! The CPU workers are also where the crate's own host code runs: the
//! reference worker reads the manifest from the library, builds each case's
//! inputs and runs its native baseline. A case whose host code crashes,
//! aborts, runs out of memory or calls `exit` ends only that worker, and the
//! error names the case.
//!
//! This file holds the worker's entry point ([`serve`]), the time limits of
//! the parent's waits and what the reference reports while it runs
//! ([`Progress`]). What travels over the pipes, and how, is in `protocol`;
//! the worker's side in `server`; the parent's side, [`WorkerBackend`], in
//! `backend`.

mod backend;
mod protocol;
mod server;

pub use backend::{cancelled, CaseBuildError, WorkerBackend};
pub use protocol::LoadRequest;

use everygpu_backend::CasePlan;
use std::time::Duration;

/// The worker side (`everygpu worker <id>`): serves one backend until stdin
/// closes.
pub fn serve(id: &str, launch_timeout: Option<Duration>) -> anyhow::Result<()> {
    server::serve(id, launch_timeout)
}

/// How long a worker may take to create and compile the pipelines of one
/// case ([`Backend::prepare`](everygpu_backend::Backend::prepare)): a limit
/// of its own, apart from the launches' time limit, since a software driver
/// may compile a large kernel for minutes.
pub const COMPILE_LIMIT: Duration = Duration::from_secs(600);

/// How long a case's host code may take to build its inputs.
pub const CASE_BUILD_LIMIT: Duration = Duration::from_secs(300);

/// How long loading an artifact may take (a CUDA driver compiles PTX there).
const LOAD_LIMIT: Duration = Duration::from_secs(600);

/// Where a long reference run is.
#[derive(Clone, Debug)]
pub struct Progress {
    /// The kernel running now.
    pub kernel: String,
    /// Its launch's index in the case.
    pub launch: usize,
    /// The case's launches.
    pub launches: usize,
    /// Workgroups of the launch done.
    pub done: u64,
    /// Workgroups of the launch.
    pub total: u64,
}

impl Progress {
    /// "the reference is at `sgemm` (launch 1 of 1), 45% of its workgroups, after 3 s".
    pub fn describe(&self, elapsed: Duration) -> String {
        let percent = if self.total == 0 {
            0.0
        } else {
            100.0 * self.done as f64 / self.total as f64
        };
        format!(
            "the reference is at `{}` (launch {} of {}), {percent:.0}% of its workgroups, after {:.0} s",
            self.kernel,
            self.launch + 1,
            self.launches,
            elapsed.as_secs_f64()
        )
    }
}

/// How long a case may take on one CPU core without running away: at
/// 0.5 GB/s of traffic and 0.5 GFLOP/s, a tenth of what a core does.
pub fn cpu_work_time(plan: &CasePlan) -> Duration {
    Duration::from_secs_f64((plan.bytes as f64 + plan.flops as f64) / 0.5e9)
}
