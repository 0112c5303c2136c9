//! The contract between everygpu's compile routes, its backends and the app.
//!
//! A compile route produces an [`Artifact`] (a CPU library, PTX, or validated
//! shader modules: an [`ArtifactKind`] per [`Route`], see [`artifact`]); a
//! [`Backend`] consumes the artifact of its route and runs a [`CasePlan`]: it uploads the case's buffers, performs the launches in
//! order with device-side timing, and downloads the outputs. Comparison with
//! the CPU reference happens above, in the app, so every backend is judged by
//! the same code.

pub mod artifact;
pub mod copy_roof;
pub mod host_buffer;
pub mod loop_limit;
pub mod plan;
pub mod print;
pub mod process;
pub mod race;
pub mod shader;
pub mod spirv_words;
pub mod stats;
pub mod status;

pub use artifact::{Artifact, ArtifactKind, PtxArch, PtxArchError, Route};
pub use host_buffer::HostBuffer;
pub use plan::{Arg, CasePlan, Elem, Launch, Manifest, ManifestCase, ManifestKernel, Param, PlanBuffer, Tolerance};
pub use shader::{
    LowerOptions, ShaderArtifact, ShaderBinding, ShaderKernel, FIRST_BUFFER_BINDING, PARAMS_BINDING, PARAM_SLOT_BYTES,
    STATUS_BINDING,
};
pub use stats::KernelStats;

use std::time::Duration;

/// Facts about a device, for display and for % of peak.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct DeviceInfo {
    /// The device's name as its driver reports it.
    pub name: String,
    /// The vendor.
    pub vendor: String,
    /// The API used to reach it: "CPU", "CUDA", "Vulkan", "wgpu/Vulkan", "wgpu/GL"...
    pub api: String,
    /// Driver name and version, where known.
    pub driver: String,
    /// Device memory in bytes, where known.
    pub memory_bytes: Option<u64>,
    /// Theoretical peak memory bandwidth in GB/s, where known.
    pub peak_gbps: Option<f64>,
    /// Theoretical peak f32 throughput in GFLOP/s, where known.
    pub peak_gflops: Option<f64>,
    /// Whether kernels may use f64.
    pub f64: bool,
    /// Whether kernels may use i64/u64.
    pub i64: bool,
    /// Further facts (compute capability, limits, ...), as `key: value` lines.
    pub details: Vec<(String, String)>,
}

impl DeviceInfo {
    /// The key of the detail that names a CUDA device's PTX architecture
    /// (`arch: sm_90a` in `everygpu devices`).
    pub const PTX_ARCH_DETAIL: &'static str = "arch";

    /// The architecture the nvptx route builds for this device: its
    /// [`DeviceInfo::PTX_ARCH_DETAIL`], where it has one.
    pub fn ptx_arch(&self) -> Option<PtxArch> {
        self.details
            .iter()
            .find(|(key, _)| key == Self::PTX_ARCH_DETAIL)
            .and_then(|(_, arch)| arch.parse().ok())
    }
}

/// How a backend should run a case.
///
/// Inputs are uploaded once, before the first run. Every later run (warm-up
/// or timed) starts from the device buffers as the run before left them, as
/// BabelStream and CUDA programs do: a kernel that updates a buffer in place
/// sees its own earlier result. Re-uploading instead would time the kernel
/// behind the upload's writes still in the device's cache.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunOptions {
    /// Untimed runs before the timed ones.
    pub warmup: u32,
    /// Warm-up also lasts at least this long from the start of the first run,
    /// for caches, drivers and clocks that settle over time rather than over
    /// a count of runs. (NVIDIA's compute clocks take seconds to come back
    /// for Vulkan-only work; benchmarks hold them with a CUDA context, see
    /// `everygpu_backend_cuda::ClockHold`.)
    pub warmup_time: Duration,
    /// Timed runs of the whole case (at least 1). Outputs are those of the first run.
    pub repeat: u32,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            warmup: 0,
            warmup_time: Duration::ZERO,
            repeat: 1,
        }
    }
}

impl RunOptions {
    /// `warmup` runs and `repeat` timed ones, without a minimum warm-up time.
    pub fn runs(warmup: u32, repeat: u32) -> Self {
        RunOptions {
            warmup,
            repeat,
            ..RunOptions::default()
        }
    }

    /// The runs to make, in order (see [`RunSchedule`]).
    pub fn schedule(&self) -> RunSchedule {
        RunSchedule {
            warmup: self.warmup,
            warmup_time: self.warmup_time,
            repeat: self.repeat.max(1),
            started: None,
            done: 0,
            timed: 0,
        }
    }
}

/// The runs of a case: `(index, timed)` for each, warm-up runs first (at
/// least [`RunOptions::warmup`] of them, for at least
/// [`RunOptions::warmup_time`] from the first run's start), then the timed
/// ones. Its clock starts at the first `next`.
#[derive(Clone, Debug)]
pub struct RunSchedule {
    warmup: u32,
    warmup_time: Duration,
    repeat: u32,
    started: Option<std::time::Instant>,
    done: u32,
    timed: u32,
}

impl Iterator for RunSchedule {
    type Item = (u32, bool);

    fn next(&mut self) -> Option<(u32, bool)> {
        if self.timed == self.repeat {
            return None;
        }
        let started = *self.started.get_or_insert_with(std::time::Instant::now);
        let warming = self.done < self.warmup || started.elapsed() < self.warmup_time;
        let index = self.done;
        self.done += 1;
        if !warming {
            self.timed += 1;
        }
        Some((index, !warming))
    }
}

impl RunSchedule {
    /// Ends the schedule after a run that took [`RunSchedule::SLOW`] or
    /// longer: such runs are long enough that warm-up matters little, and
    /// repeating them costs minutes. Returns whether the run counts as timed:
    /// as scheduled, or as the one timed run when none came before.
    pub fn end_if_slow(&mut self, took: Duration, timed: bool) -> bool {
        if took < Self::SLOW {
            return timed;
        }
        let counts = timed || self.timed == 0;
        self.timed = self.repeat;
        counts
    }

    /// How long a run must take for [`RunSchedule::end_if_slow`] to end the
    /// schedule.
    pub const SLOW: Duration = Duration::from_secs(1);
}

/// A backend's result for one case.
#[derive(Clone, Debug, Default)]
pub struct CaseRun {
    /// Contents of every case buffer after the first run, in plan order
    /// (backends may leave non-output buffers empty).
    pub buffers: Vec<HostBuffer>,
    /// Device time of each timed run of the whole case (all its launches), in
    /// nanoseconds.
    pub times_ns: Vec<f64>,
    /// What the first run's threads printed (`gpu_println!`).
    pub prints: print::Prints,
    /// The data races the run made, where the backend checks (the CPU
    /// reference's race-check build).
    pub races: Vec<race::Race>,
}

/// What [`Backend::prepare`] did for a plan.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Prepared {
    /// The kernels whose pipelines were created (and compiled by the
    /// driver) now, in launch order; the plan's other kernels reused a
    /// pipeline created before for the same code.
    pub created: Vec<String>,
    /// What the backend must say about how it runs the plan's kernels (a
    /// rule of the API it relaxed for one), on every prepare, not only
    /// when it creates their pipelines.
    #[serde(default)]
    pub notes: Vec<String>,
    /// What the driver reports of each of the plan's kernels, in launch
    /// order, once each (empty where it reports nothing).
    #[serde(default)]
    pub stats: Vec<KernelStats>,
}

/// A kernel panic as a backend reports it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KernelPanic {
    /// The kernel that panicked.
    pub kernel: String,
    /// What it said, or what the route knows of it ("index out of bounds").
    pub message: String,
    /// `local_id` of the panicking thread.
    pub local: [u32; 3],
    /// `workgroup_id` of the panicking thread.
    pub group: [u32; 3],
    /// Source file, where known.
    pub file: Option<String>,
    /// Line (0 when unknown).
    pub line: u32,
    /// Column (0 when unknown).
    pub column: u32,
    /// What the case's threads printed (`gpu_println!`) up to the panic.
    /// (Boxed: it is rarely there, and errors stay small.)
    #[serde(default)]
    pub prints: Box<print::Prints>,
}

/// What a kernel reports when the driver ended a loop that the kernel had not
/// left (a driver's iteration limit, see [`loop_limit`]): it did not panic,
/// it was stopped, like a kernel past its time limit.
pub const DRIVER_STOPPED_LOOP: &str = "the driver ended a loop early: it stops shader loops after a fixed \
     number of iterations (Mesa's llvmpipe and lavapipe do, SwiftShader ends endless ones at once), and a loop of this kernel is endless or too long for it";

impl BackendError {
    /// The error, carrying what the case's threads printed before it where
    /// it is a kernel panic (a print before a panic is not lost).
    pub fn with_prints(self, prints: &print::Prints) -> BackendError {
        match self {
            BackendError::Panic(mut p) => {
                p.prints = Box::new(prints.clone());
                BackendError::Panic(p)
            }
            e => e,
        }
    }
}

impl KernelPanic {
    /// Whether the driver stopped the kernel ([`DRIVER_STOPPED_LOOP`])
    /// rather than the kernel panicking.
    pub fn driver_stopped(&self) -> bool {
        self.message == DRIVER_STOPPED_LOOP
    }
}

impl std::fmt::Display for KernelPanic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [lx, ly, lz] = self.local;
        let [gx, gy, gz] = self.group;
        let what = if self.driver_stopped() {
            "was stopped"
        } else {
            "panicked"
        };
        write!(
            f,
            "kernel `{}` {what} in thread ({lx},{ly},{lz}) of workgroup ({gx},{gy},{gz}): {}",
            self.kernel, self.message
        )?;
        if let Some(file) = &self.file {
            write!(f, " at {file}:{}:{}", self.line, self.column)?;
        }
        Ok(())
    }
}

impl KernelPanic {
    /// The first panic that a run's launches recorded in their status
    /// slots: `slots` holds one slot of [`STATUS_WORDS`] words per launch,
    /// `stride` bytes apart, in launch order; `kernels` names each launch's
    /// kernel with its panic messages (a shader kernel's, by site).
    pub fn first_in_slots<'a>(
        slots: &[u8],
        stride: usize,
        kernels: impl IntoIterator<Item = (&'a str, &'a [String])>,
    ) -> Option<KernelPanic> {
        kernels.into_iter().enumerate().find_map(|(l, (kernel, messages))| {
            let slot = slots.get(l * stride..)?.get(..STATUS_WORDS * 4)?;
            let words: Vec<u32> = slot
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            let message = shader::panic_message(messages, words[0]);
            KernelPanic::from_status(kernel, &words, &message)
        })
    }

    /// Decodes the status buffer that GPU routes write on panic
    /// (`everygpu_kernel::STATUS_WORDS` words). `None` when no thread panicked.
    pub fn from_status(kernel: &str, words: &[u32], message: &str) -> Option<KernelPanic> {
        if words.first().copied().unwrap_or(0) == 0 || words.len() < 10 {
            return None;
        }
        let bytes = status::read_bytes(words, 9, status::STATUS_FILE_BYTES).unwrap_or_default();
        let file = String::from_utf8_lossy(&bytes).into_owned();
        let message = match words[0] {
            code if code == status::DRIVER_STOPPED_SITE + 1 => DRIVER_STOPPED_LOOP.to_string(),
            _ => {
                let values = words.get(status::STATUS_ARGS_AT as usize..).unwrap_or_default();
                with_values(message, &values[..values.len().min(status::STATUS_ARGS as usize)])
            }
        };
        Some(KernelPanic {
            kernel: kernel.to_string(),
            message,
            local: [words[1], words[2], words[3]],
            group: [words[4], words[5], words[6]],
            file: (!file.is_empty()).then_some(file),
            line: words[7],
            column: words[8],
            prints: Box::default(),
        })
    }
}

/// `message` with each of its value marks ([`status::ARG_MARK`] and a
/// digit) replaced by that value of `values` (`?` where there is none).
fn with_values(message: &str, values: &[u32]) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        if c != status::ARG_MARK {
            out.push(c);
            continue;
        }
        match chars
            .next()
            .and_then(|d| d.to_digit(10))
            .and_then(|d| values.get(d as usize))
        {
            Some(v) => out.push_str(&v.to_string()),
            None => out.push('?'),
        }
    }
    out
}

/// Words in the status buffer of every GPU launch: the header, the file
/// name's bytes, the panic's values and its message (`status`; the same as
/// `everygpu_kernel::STATUS_WORDS`).
pub const STATUS_WORDS: usize = status::STATUS_MESSAGE_AT as usize + 1 + status::STATUS_MESSAGE_BYTES / 4;

/// Why a backend could not produce a result.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BackendError {
    /// The artifact could not be loaded (driver rejected the module...).
    #[error("cannot load the {route:?} artifact: {message}")]
    Load {
        /// The route of the artifact.
        route: Route,
        /// The driver's words (JIT log, validation error...).
        message: String,
    },
    /// The backend needs an artifact of another route.
    #[error("this backend runs {expected:?} artifacts, not {got:?}")]
    WrongArtifact {
        /// What it runs.
        expected: Route,
        /// What it was given.
        got: Route,
    },
    /// A kernel of the plan is not in the loaded artifact.
    #[error("kernel `{0}` is not in the loaded artifact")]
    MissingKernel(String),
    /// An allocation failed.
    #[error("out of memory allocating {requested} bytes for buffer `{buffer}`{}", available.map(|a| format!(" ({a} bytes available)")).unwrap_or_default())]
    OutOfMemory {
        /// The buffer.
        buffer: String,
        /// Bytes requested.
        requested: u64,
        /// Bytes the device has, where known.
        available: Option<u64>,
    },
    /// The device cannot run this kernel (f64 on a device without it, ...).
    #[error("kernel `{kernel}` needs {what}, which this device does not support")]
    Unsupported {
        /// The kernel.
        kernel: String,
        /// What is missing.
        what: String,
    },
    /// A launch failed in the driver.
    #[error("launch of kernel `{kernel}` failed: {message}")]
    Launch {
        /// The kernel.
        kernel: String,
        /// The driver's words.
        message: String,
    },
    /// A kernel panicked.
    #[error("{0}")]
    Panic(KernelPanic),
    /// The device, or this process's context on it, was lost (a kernel
    /// faulted, or the driver reset the device): nothing in flight
    /// completed.
    #[error("{message}")]
    DeviceLost {
        /// What was lost and why, in the backend's words.
        message: String,
        /// Whether only a new process can use the device again (a CUDA
        /// fault poisons every context of the process); otherwise the
        /// backend recreates the device at its next call.
        needs_new_process: bool,
    },
    /// A launch ran past its time limit.
    #[error("kernel `{kernel}` ran longer than {limit_ms} ms")]
    Timeout {
        /// The kernel.
        kernel: String,
        /// The limit.
        limit_ms: u64,
    },
    /// Anything else the driver said.
    #[error("{0}")]
    Driver(String),
}

impl BackendError {
    /// What a shader backend answers after one of its launches ran past its
    /// time limit: the kernel may still be running, so the device stays
    /// alive (leaked) and this process opens no second one next to it (on
    /// NVIDIA's Vulkan driver that crashed the process); a new process does
    /// (the parent gives the backend a fresh worker).
    pub fn held_after_timeout(backend: &str) -> BackendError {
        BackendError::DeviceLost {
            message: format!(
                "{backend}: a kernel ran past its time limit and may still be running on the device, which this \
                 process keeps and no longer uses; a new process opens it again"
            ),
            needs_new_process: true,
        }
    }
}

/// One device reached through one API: everything everygpu runs kernels on.
pub trait Backend: Send {
    /// A short, stable id: `cpu`, `cpu-mt`, `cuda:0`, `vulkan:0`, `wgpu-vulkan:0`, `wgpu-gl:0`.
    fn id(&self) -> &str;

    /// The device.
    fn device(&self) -> &DeviceInfo;

    /// The route whose artifacts it runs.
    fn route(&self) -> Route;

    /// Loads the kernels of one build. Replaces what was loaded before.
    fn load(&mut self, artifact: &Artifact, manifest: &Manifest) -> Result<(), BackendError>;

    /// Makes the kernels `plan` launches ready to launch: creates their
    /// pipelines (reusing those created before for the same code) and has the
    /// driver compile them, so that [`Backend::run`] times launches alone and
    /// its time limit covers launches alone. [`Backend::run`] prepares what
    /// was not prepared; backends that compile at [`Backend::load`] (CPU,
    /// CUDA) have nothing to do here.
    fn prepare(&mut self, _plan: &CasePlan) -> Result<Prepared, BackendError> {
        Ok(Prepared::default())
    }

    /// Runs a case: uploads `inputs` (one per plan buffer), performs the plan's
    /// launches `warmup + repeat` times, and returns the buffers after the first
    /// run and the device time of each timed run.
    fn run(&mut self, plan: &CasePlan, inputs: &[HostBuffer], options: &RunOptions) -> Result<CaseRun, BackendError>;

    /// Device-to-device copy bandwidth in GB/s over `bytes` bytes, measured now:
    /// the achievable memory roof. `None` where the backend cannot measure it.
    fn measure_copy_gbps(&mut self, _bytes: u64) -> Option<f64> {
        None
    }

    /// How the shader route lowers kernels for this backend (backends of
    /// other routes ignore it).
    fn lower_options(&self) -> LowerOptions {
        LowerOptions::default()
    }

    /// How long one launch may run: a run of a case whose launches take
    /// longer is a [`BackendError::Timeout`] naming this limit. Backends that
    /// wait for the device with a limit of their own take it from here; the
    /// others leave the limit to whoever drives them (a worker process that is
    /// stopped when it passes).
    fn set_launch_timeout(&mut self, _limit: Duration) {}
}

/// A backend that could not be opened, and why: shown by `everygpu devices`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Absent {
    /// The backend family: `cuda`, `vulkan`, `wgpu`.
    pub backend: String,
    /// Why it is not available here.
    pub reason: String,
}

/// What a backend family found on this machine.
#[derive(Default)]
pub struct Enumerated {
    /// One backend per usable device.
    pub backends: Vec<Box<dyn Backend>>,
    /// Why the family (or one of its devices) is not usable, when it is not.
    pub absent: Vec<Absent>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_values_fill_their_marks() {
        let mut words = vec![0u32; STATUS_WORDS];
        words[0] = 1;
        words[status::STATUS_ARGS_AT as usize] = 1024;
        words[status::STATUS_ARGS_AT as usize + 1] = 7;
        let template = "the len is \u{1}1 but the index is \u{1}0; \u{1}9 and \u{1}x are unknown";
        let panic = KernelPanic::from_status("k", &words, template).expect("a panic");
        assert_eq!(panic.message, "the len is 7 but the index is 1024; ? and ? are unknown");
        // A slot from before the values existed: the marks read `?`.
        let short = &words[..status::STATUS_ARGS_AT as usize];
        let panic = KernelPanic::from_status("k", short, template).expect("a panic");
        assert!(
            panic.message.starts_with("the len is ? but the index is ?"),
            "{}",
            panic.message
        );
    }

    #[test]
    fn schedule_counts_warmup_runs_then_timed_ones() {
        let runs: Vec<(u32, bool)> = RunOptions::runs(2, 3).schedule().collect();
        assert_eq!(runs, vec![(0, false), (1, false), (2, true), (3, true), (4, true)]);
        let runs: Vec<(u32, bool)> = RunOptions::runs(0, 0).schedule().collect();
        assert_eq!(runs, vec![(0, true)], "at least one timed run");
    }

    #[test]
    fn a_slow_run_ends_the_schedule_as_its_one_timed_run() {
        let mut schedule = RunOptions::runs(2, 10).schedule();
        let (_, timed) = schedule.next().expect("a first run");
        assert!(!timed, "a warm-up run");
        assert!(schedule.end_if_slow(RunSchedule::SLOW, timed), "counts as timed");
        assert_eq!(schedule.next(), None);
        // Fast runs keep the schedule.
        let mut schedule = RunOptions::runs(1, 2).schedule();
        let (_, timed) = schedule.next().expect("a first run");
        assert!(!schedule.end_if_slow(Duration::from_millis(1), timed));
        assert_eq!(schedule.count(), 2);
    }

    #[test]
    fn schedule_warms_up_for_its_minimum_time() {
        let options = RunOptions {
            warmup: 1,
            warmup_time: Duration::from_millis(30),
            repeat: 2,
        };
        let started = std::time::Instant::now();
        let mut warmups = 0;
        let mut timed = 0;
        for (_, is_timed) in options.schedule() {
            if is_timed {
                timed += 1;
                assert!(
                    started.elapsed() >= Duration::from_millis(30),
                    "timed before the warm-up time"
                );
            } else {
                assert_eq!(timed, 0, "warm-up after a timed run");
                warmups += 1;
                std::thread::sleep(Duration::from_millis(4));
            }
        }
        assert_eq!(timed, 2);
        assert!(warmups >= 7, "{warmups} warm-up runs of 4 ms in 30 ms");
    }
}
