//! Command-line parsing and the subcommands.

mod bench;
mod devices;
mod emit;
mod history;
mod run;
mod table;
mod watch;

use clap::{Parser, Subcommand};
use everygpu_backend::PtxArch;
use std::path::PathBuf;
use std::process::ExitCode;

/// Write a GPU kernel once in Rust, run it on every GPU.
#[derive(Parser, Debug)]
#[command(name = "everygpu", version, about)]
pub struct Cli {
    /// Without a command: the desktop app on the bundled sample kernels.
    #[command(subcommand)]
    command: Option<Command>,
}

/// Which cases, backends and size to run.
#[derive(clap::Args, Debug, Clone)]
pub struct Selection {
    /// The kernel crate (a folder with Cargo.toml).
    pub krate: PathBuf,
    /// Run only these cases (repeatable, or comma-separated).
    #[arg(long = "case", value_delimiter = ',')]
    pub cases: Vec<String>,
    /// Backends to run: `all` (default) or a comma-separated list of ids or
    /// families (cpu, cpu-mt, cuda, vulkan, wgpu, cuda:0, ...).
    #[arg(long, default_value = "all")]
    pub backend: String,
    /// Problem size for every case: a count (`4096`) or a power of two
    /// (`2^20`); default: each case's own.
    #[arg(long, allow_hyphen_values = true, value_parser = parse_size)]
    pub size: Option<u64>,
    /// Print one JSON object on stdout instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also print what each backend's driver reports of each kernel it
    /// compiled: registers, local (spilled) and shared memory, resident
    /// workgroups and occupancy, instructions (always in `--json`; `bench`
    /// prints them, with its advice, under its table).
    #[arg(long)]
    pub stats: bool,
    /// Lines of what kernels print (`gpu_println!`) to show per case and
    /// output: a count, or `all` (always all in `--json`).
    #[arg(long, default_value = "20", value_parser = parse_line_limit)]
    pub prints: usize,
    /// Time limit per kernel launch, in milliseconds; a launch past it is
    /// stopped (its worker process is killed) and reported as `timeout`.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout_ms: u64,
    /// Check the kernels for data races in the CPU reference: it then runs
    /// on a build of the crate instrumented to note every memory access,
    /// with workgroups in order, and reports two threads that access one
    /// element (at least one a write, not both atomic) with no barrier
    /// between as `race`, with both threads, the element and the two
    /// places in the source. Costs a second CPU build and a slower
    /// reference; cases whose buffers exceed 64 MiB are not checked.
    #[arg(long)]
    pub check_races: bool,
    /// Run prebuilt artifacts from this folder (`everygpu emit --route all`)
    /// instead of building `krate`: for machines without a Rust toolchain.
    #[arg(long)]
    pub artifacts: Option<PathBuf>,
}

/// `--prints`: a count of lines, or `all`.
fn parse_line_limit(s: &str) -> Result<usize, String> {
    match s {
        "all" => Ok(usize::MAX),
        _ => s
            .parse()
            .map_err(|_| format!("`{s}`: expected a number of lines or `all`")),
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List every backend and device, and why absent ones are absent.
    Devices {
        /// JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Run cases on backends and compare every result with the CPU reference.
    Run(Selection),
    /// Benchmark cases: size sweeps, device-timed repeats, baselines and copy roofs
    /// in the same run; reports and history.
    Bench {
        #[command(flatten)]
        selection: Selection,
        /// Timed repeats per case and backend.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
        repeat: u32,
        /// Untimed warm-up runs before them.
        #[arg(long, default_value_t = 2)]
        warmup: u32,
        /// Keep warming up for at least this many milliseconds, for caches,
        /// drivers and clocks that settle over time.
        #[arg(long, value_name = "MS", default_value_t = 200)]
        warmup_ms: u64,
        /// Sweep these problem sizes: `2^10..2^28` (every power of two in
        /// between), `2^10..2^28:2` (every second), or a list `4096,2^20`.
        #[arg(long, value_parser = bench::parse_size_list, conflicts_with = "size")]
        sizes: Option<bench::Sizes>,
        /// Write the report (markdown, JSON, throughput and roofline PNGs) into this folder.
        #[arg(long, value_name = "DIR")]
        report: Option<PathBuf>,
        /// Name the report files NAME.md, NAME.json, NAME-throughput.png and
        /// NAME-roofline.png (default: the crate and the device, which two
        /// runs on one device share).
        #[arg(long, value_name = "NAME", requires = "report")]
        report_name: Option<String>,
        /// Do not store the run in the history database (`everygpu history`).
        #[arg(long)]
        no_history: bool,
        /// Hand-written WGSL baselines from this folder (`<kernel>.wgsl`, in
        /// the shader route's binding layout), instead of the built-in
        /// BabelStream ones.
        #[arg(long, value_name = "DIR")]
        wgsl: Option<PathBuf>,
        /// Do not hold a CUDA context open while measuring. By default one is
        /// held on every NVIDIA GPU, as the driver then keeps the GPU at its
        /// compute clocks; without it, Vulkan-only runs measure at idle clocks.
        #[arg(long)]
        no_clock_hold: bool,
    },
    /// Benchmark runs stored by `bench`: list them, show one, or compare two.
    History {
        /// No id: list the latest runs. One: show that run. Two: compare the
        /// second with the first.
        ids: Vec<i64>,
        /// How many runs to list.
        #[arg(long, default_value_t = 20, value_parser = parse_limit)]
        limit: usize,
        /// JSON instead of tables.
        #[arg(long)]
        json: bool,
    },
    /// Rebuild and rerun on every save of the crate; a fresh table each time.
    /// Every run of a good build that no save interrupted is stored in the
    /// history database (`everygpu history`).
    Watch {
        #[command(flatten)]
        selection: Selection,
        /// Benchmark the loop instead: edit src/lib.rs this many times and
        /// print the save-to-results latency (p50, p95).
        #[arg(long, value_name = "SAVES", value_parser = clap::value_parser!(u32).range(1..))]
        latency: Option<u32>,
        /// What each `--latency` save changes: `code` appends a new function
        /// (rustc compiles it on every route), `comment` a comment line.
        #[arg(long, value_enum, default_value_t = crate::engine::latency::Edit::Code, requires = "latency")]
        edit: crate::engine::latency::Edit,
    },
    /// Open the desktop app on a kernel crate (default: the sample kernels).
    Gui {
        /// The kernel crate.
        krate: Option<PathBuf>,
        /// Benchmark the app instead: edit src/lib.rs this many times, print
        /// the latency from each save to the frame that draws its result,
        /// and close the window.
        #[arg(long, value_name = "SAVES", value_parser = clap::value_parser!(u32).range(1..))]
        latency: Option<u32>,
        /// What each `--latency` save changes (as for `watch`).
        #[arg(long, value_enum, default_value_t = crate::engine::latency::Edit::Code, requires = "latency")]
        edit: crate::engine::latency::Edit,
    },
    /// Serve one backend to a parent everygpu over stdin/stdout (internal).
    #[command(hide = true)]
    Worker {
        /// The backend id.
        backend: String,
        /// How long one launch may run (the parent's `--timeout-ms`).
        #[arg(long)]
        launch_timeout_ms: Option<u64>,
    },
    /// Run a program in this process's group, ending the whole group when
    /// the parent everygpu ends, however it ends (internal: builds run so).
    #[command(hide = true)]
    Guard {
        /// The program and its arguments.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
        command: Vec<std::ffi::OsString>,
    },
    /// Write the artifacts of one route.
    Emit {
        /// The kernel crate.
        krate: PathBuf,
        /// cpu, nvptx, wasm, spirv, wgsl (what the browser backend runs), msl, hlsl, or all (cpu + nvptx + wasm,
        /// for `run --artifacts`).
        #[arg(long)]
        route: String,
        /// Output folder (default: the current one).
        #[arg(long, default_value = ".")]
        out: PathBuf,
        /// PTX architecture for the nvptx route.
        #[arg(long, default_value = "sm_80")]
        arch: PtxArch,
    },
}

/// Runs the parsed command; the exit code says whether everything matched.
pub fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    if !matches!(cli.command, Some(Command::Worker { .. } | Command::Guard { .. })) {
        crate::engine::process::end_cleanly_on_signals();
        // What runs killed by SIGKILL left in shared memory and the temporary folder.
        everygpu_backend::process::sweep_stale_scratch();
    }
    let Some(command) = cli.command else {
        return crate::gui::run(None, None);
    };
    match command {
        Command::Watch {
            selection,
            latency,
            edit,
        } => watch::watch(&selection, latency.map(|n| (n, edit))),
        Command::Gui { krate, latency, edit } => crate::gui::run(krate, latency.map(|n| (n, edit))),
        Command::Devices { json } => devices::devices(json),
        Command::Run(sel) => run::run(&sel),
        Command::Bench {
            selection,
            repeat,
            warmup,
            warmup_ms,
            sizes,
            report,
            report_name,
            no_history,
            wgsl,
            no_clock_hold,
        } => bench::bench(
            &selection,
            &bench::BenchArgs {
                warmup,
                warmup_ms,
                repeat,
                sizes,
                report,
                report_name,
                no_history,
                wgsl,
                no_clock_hold,
            },
        ),
        Command::History { ids, limit, json } => history::history(&ids, limit, json),
        Command::Emit {
            krate,
            route,
            out,
            arch,
        } => emit::emit(&krate, &route, &out, arch),
        Command::Worker {
            backend,
            launch_timeout_ms,
        } => {
            crate::engine::worker::serve(&backend, launch_timeout_ms.map(std::time::Duration::from_millis))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Guard { command } => crate::engine::process::guard(&command),
    }
}

/// `--size`: one count of elements, 1 or more.
fn parse_size(s: &str) -> Result<u64, String> {
    if s.trim_start().starts_with('-') {
        return Err("a size counts elements: 1 or more".into());
    }
    match bench::parse_sizes(s)?.as_slice() {
        [n] => Ok(*n),
        _ => Err("one size here; `bench --sizes` sweeps several".into()),
    }
}

/// `--limit`: at least one run.
fn parse_limit(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("0 would list nothing; give 1 or more".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}
