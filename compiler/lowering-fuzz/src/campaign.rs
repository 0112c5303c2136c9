//! One module from seed to verdict, and the counts of a campaign.
//!
//! Per seed: generate (wasm-smith) → wrap as a kernel (harness) → lower
//! (`everygpu_wasm_naga::lower`, a panic there is a failure, an error a
//! refusal) → run every thread in wasmi → run the lowered kernel on the
//! device → compare.
//!
//! Device runs: when some threads reach `unreachable` in wasm, one launch
//! runs every thread except those that trap otherwise, and must report a
//! panic ("entered unreachable code") from one of the threads that reach
//! `unreachable`. A second launch skips every thread that traps in wasm,
//! must not panic, and its results are compared with wasm's for every thread.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use everygpu_backend::{Backend, Manifest};

use crate::generate::generate;
use crate::gpu::{self, DeviceOutcome};
use crate::harness::{self, Harness, THREADS, WORKGROUP};
use crate::reference::{Mode, Outcome, Reference};
use crate::values::{self, Value};

/// The message of the lowering's panic site for `unreachable`.
const UNREACHABLE_MESSAGE: &str = "entered unreachable code";

/// Why a module failed: the lowering (or, for [`Failure::Tool`], this
/// fuzzer) got something wrong.
#[derive(Clone, Debug)]
pub enum Failure {
    /// `lower` panicked.
    LoweringPanic(String),
    /// `lower` produced a module naga rejects, or reported an internal error.
    InvalidOutput(String),
    /// The driver rejected the lowered kernel, or a launch failed.
    Device(String),
    /// Results or panics differ from the reference.
    Mismatch(Vec<String>),
    /// The harness or the reference failed on a generated module.
    Tool(String),
}

impl Failure {
    /// A one-line kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::LoweringPanic(_) => "lowering panic",
            Failure::InvalidOutput(_) => "invalid lowering output",
            Failure::Device(_) => "device error",
            Failure::Mismatch(_) => "mismatch",
            Failure::Tool(_) => "fuzzer error",
        }
    }

    /// Every line of detail.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Failure::LoweringPanic(s) | Failure::InvalidOutput(s) | Failure::Device(s) | Failure::Tool(s) => {
                vec![s.clone()]
            }
            Failure::Mismatch(lines) => lines.clone(),
        }
    }
}

/// Whether a module has any i64 instruction.
fn has_i64_instructions(wasm: &[u8]) -> bool {
    everygpu_wasm_naga::module::WasmModule::parse(wasm)
        .map(|m| {
            m.funcs.iter().any(|f| {
                f.ops
                    .iter()
                    .any(|op| everygpu_wasm_naga::analysis::op_name(op).starts_with("i64"))
            })
        })
        .unwrap_or(false)
}

/// What became of one seed.
#[derive(Clone, Debug, Default)]
pub struct ModuleReport {
    /// The seed.
    pub seed: u64,
    /// wasm-smith produced no module.
    pub not_generated: bool,
    /// The module was generated with traps guarded.
    pub disallow_traps: bool,
    /// The lowering refused the kernel: its message.
    pub refused: Option<String>,
    /// The kernel lowered.
    pub lowered: bool,
    /// It has i64 instructions, lowered as pairs of 32-bit words.
    pub narrow: bool,
    /// The kernel ran on the device.
    pub ran: bool,
    /// Threads whose results were compared.
    pub threads_compared: u64,
    /// Threads that matched only the reference that flushes subnormals.
    pub threads_flushed: u64,
    /// Threads that reached `unreachable` in wasm.
    pub threads_unreachable: u64,
    /// Threads that trapped otherwise, by trap.
    pub threads_trapped: BTreeMap<String, u64>,
    /// An expected panic was reported by the device.
    pub panic_verified: bool,
    /// Calls the harness cut (recursion, inlining budget).
    pub calls_cut: usize,
    /// The failure, if any.
    pub failure: Option<Failure>,
    /// A mismatch proven to be the driver's ([`crate::known`]), which is not
    /// a failure.
    pub known_driver_failure: Option<&'static crate::KnownDriverFailure>,
    /// The harness module, kept for failures.
    pub wasm: Vec<u8>,
    /// The module as wasm-smith generated it.
    pub generated: Vec<u8>,
    /// The lowered kernel's SPIR-V.
    pub spirv: Vec<u32>,
    /// Time per phase.
    pub times: Times,
}

/// Time spent per phase.
#[derive(Clone, Copy, Debug, Default)]
pub struct Times {
    /// wasm-smith and the harness.
    pub generate: Duration,
    /// `lower`.
    pub lower: Duration,
    /// wasmi.
    pub reference: Duration,
    /// Loading (pipeline creation) and launches.
    pub device: Duration,
}

impl Times {
    /// The sum of every phase.
    pub fn total(&self) -> Duration {
        self.generate + self.lower + self.reference + self.device
    }

    fn add(&mut self, o: &Times) {
        self.generate += o.generate;
        self.lower += o.lower;
        self.reference += o.reference;
        self.device += o.device;
    }
}

/// The counts of a campaign.
#[derive(Clone, Debug, Default)]
pub struct Counts {
    /// Seeds tried.
    pub modules: u64,
    /// Seeds wasm-smith made no module of.
    pub not_generated: u64,
    /// Modules generated with traps guarded.
    pub trap_free_modules: u64,
    /// Kernels lowered.
    pub lowered: u64,
    /// Kernels refused, by reason (function names and numbers elided).
    pub refused: BTreeMap<String, u64>,
    /// Kernels with i64 instructions lowered as pairs of 32-bit words.
    pub narrow: u64,
    /// Kernels run on the device.
    pub ran: u64,
    /// Threads compared.
    pub threads_compared: u64,
    /// Threads that matched only with subnormals flushed.
    pub threads_flushed: u64,
    /// Threads that reached `unreachable` in wasm.
    pub threads_unreachable: u64,
    /// Threads not compared because they trap in wasm, by trap.
    pub threads_trapped: BTreeMap<String, u64>,
    /// Modules whose expected panic the device reported.
    pub panics_verified: u64,
    /// Calls the harness cut.
    pub calls_cut: u64,
    /// Failures by kind.
    pub failures: BTreeMap<&'static str, u64>,
    /// Seeds that failed.
    pub failed_seeds: Vec<u64>,
    /// Seeds whose mismatch is a known driver failure.
    pub known_driver_failures: Vec<u64>,
    /// Time per phase.
    pub times: Times,
}

impl Counts {
    /// Adds one module's report.
    pub fn add(&mut self, r: &ModuleReport) {
        self.modules += 1;
        self.not_generated += r.not_generated as u64;
        self.trap_free_modules += (r.disallow_traps && !r.not_generated) as u64;
        self.lowered += r.lowered as u64;
        self.narrow += r.narrow as u64;
        if let Some(reason) = &r.refused {
            *self.refused.entry(reason_key(reason)).or_default() += 1;
        }
        self.ran += r.ran as u64;
        self.threads_compared += r.threads_compared;
        self.threads_flushed += r.threads_flushed;
        self.threads_unreachable += r.threads_unreachable;
        for (k, v) in &r.threads_trapped {
            *self.threads_trapped.entry(k.clone()).or_default() += v;
        }
        self.panics_verified += r.panic_verified as u64;
        self.calls_cut += r.calls_cut as u64;
        if let Some(f) = &r.failure {
            *self.failures.entry(f.kind()).or_default() += 1;
            self.failed_seeds.push(r.seed);
        }
        if r.known_driver_failure.is_some() {
            self.known_driver_failures.push(r.seed);
        }
        self.times.add(&r.times);
    }

    /// Failures of any kind.
    pub fn failed(&self) -> u64 {
        self.failures.values().sum()
    }

    /// Mismatches.
    pub fn mismatches(&self) -> u64 {
        self.failures.get("mismatch").copied().unwrap_or(0)
    }

    /// Lowering panics.
    pub fn lowering_panics(&self) -> u64 {
        self.failures.get("lowering panic").copied().unwrap_or(0)
    }
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let refused: u64 = self.refused.values().sum();
        writeln!(
            f,
            "modules tried:        {} ({} with traps guarded, {} not generated)",
            self.modules, self.trap_free_modules, self.not_generated
        )?;
        writeln!(f, "lowered:              {}", self.lowered)?;
        writeln!(f, "  i64 as word pairs:  {}", self.narrow)?;
        writeln!(f, "refused with error:   {refused}")?;
        for (reason, n) in &self.refused {
            writeln!(f, "  {n:>6}  {reason}")?;
        }
        writeln!(f, "ran on the device:    {}", self.ran)?;
        writeln!(
            f,
            "threads compared:     {} ({} of them matched only with subnormals flushed)",
            self.threads_compared, self.threads_flushed
        )?;
        writeln!(
            f,
            "threads at unreachable: {} (panic verified in {} modules)",
            self.threads_unreachable, self.panics_verified
        )?;
        let trapped: u64 = self.threads_trapped.values().sum();
        writeln!(f, "threads not compared (trap in wasm, defined in shaders): {trapped}")?;
        for (trap, n) in &self.threads_trapped {
            writeln!(f, "  {n:>6}  {trap}")?;
        }
        writeln!(f, "calls cut by the harness: {}", self.calls_cut)?;
        writeln!(f, "mismatches:           {}", self.mismatches())?;
        writeln!(f, "lowering panics:      {}", self.lowering_panics())?;
        for (kind, n) in &self.failures {
            if *kind != "mismatch" && *kind != "lowering panic" {
                writeln!(f, "{kind}: {n}")?;
            }
        }
        if !self.failed_seeds.is_empty() {
            writeln!(f, "failed seeds:         {:?}", self.failed_seeds)?;
        }
        if !self.known_driver_failures.is_empty() {
            writeln!(
                f,
                "known driver failures (not counted above): {:?}",
                self.known_driver_failures
            )?;
        }
        write!(
            f,
            "time: generate {:.1}s, lower {:.1}s, wasmi {:.1}s, device {:.1}s",
            self.times.generate.as_secs_f64(),
            self.times.lower.as_secs_f64(),
            self.times.reference.as_secs_f64(),
            self.times.device.as_secs_f64()
        )
    }
}

/// A refusal message without the function it names and with numbers elided,
/// so refusals group by construct.
pub fn reason_key(message: &str) -> String {
    let mut s = message;
    if let Some(rest) = s.strip_prefix('`') {
        if let Some(end) = rest.find("` ") {
            s = &rest[end + 2..];
        }
    }
    let mut out = String::new();
    let mut in_digits = false;
    for c in s.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('N');
            }
            in_digits = true;
        } else {
            in_digits = false;
            out.push(c);
        }
    }
    out
}

fn manifest() -> Manifest {
    Manifest {
        abi_version: 1,
        kernels: vec![harness::manifest_kernel()],
        cases: Vec::new(),
    }
}

fn tid_of(p: &everygpu_backend::KernelPanic) -> u32 {
    p.group[0] * WORKGROUP + p.local[0]
}

impl ModuleReport {
    /// Takes a mismatch that [`crate::known`] lists for this seed on the
    /// device named `device` as that known driver failure.
    pub fn apply_known(&mut self, device: &str) {
        if matches!(self.failure, Some(Failure::Mismatch(_))) {
            if let Some(k) = crate::known_failure(self.seed, device) {
                self.failure = None;
                self.known_driver_failure = Some(k);
            }
        }
    }
}

/// Runs seed `seed` on `backend`.
pub fn run_seed(backend: &mut dyn Backend, seed: u64) -> ModuleReport {
    let started = Instant::now();
    let generated = match generate(seed) {
        Ok(g) => g,
        Err(_) => {
            return ModuleReport {
                seed,
                not_generated: true,
                ..ModuleReport::default()
            };
        }
    };
    let mut r = run_module(backend, seed, generated.wasm);
    r.disallow_traps = generated.disallow_traps;
    r.times.generate += started.elapsed().saturating_sub(r.times.total());
    r
}

/// Runs `module` (a module as `generate` makes them: no imports, tables or
/// data) on `backend`, with the thread inputs of `seed`.
pub fn run_module(backend: &mut dyn Backend, seed: u64, module: Vec<u8>) -> ModuleReport {
    run_module_with(backend, seed, module, &|_, _, _| None)
}

/// Chooses an argument: `(thread, call, parameter)` → its bits, or `None`
/// for the seed's random argument.
pub type Arguments<'a> = &'a dyn Fn(u32, usize, usize) -> Option<u64>;

/// [`run_module`] with the arguments `arguments` chooses.
pub fn run_module_with(
    backend: &mut dyn Backend,
    seed: u64,
    module: Vec<u8>,
    arguments: Arguments<'_>,
) -> ModuleReport {
    let mut r = ModuleReport {
        seed,
        generated: module,
        ..ModuleReport::default()
    };
    let started = Instant::now();
    let h = match harness::build(&r.generated) {
        Ok(h) => h,
        Err(e) => {
            r.failure = Some(Failure::Tool(e.to_string()));
            return r;
        }
    };
    r.calls_cut = h.calls_cut;
    r.wasm = h.wasm.clone();
    let mut inputs = values::input_buffer(&h, seed);
    values::choose_arguments(&mut inputs, &h, arguments);
    r.times.generate = started.elapsed();

    let started = Instant::now();
    let manifest = manifest();
    let lowered = std::panic::catch_unwind(|| everygpu_wasm_naga::lower(&h.wasm, &manifest));
    r.times.lower = started.elapsed();
    let artifact = match lowered {
        Ok(a) => a,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "(no message)".into());
            r.failure = Some(Failure::LoweringPanic(msg));
            return r;
        }
    };
    if let Some((_, e)) = artifact.errors.first() {
        if e.contains("does not validate") || e.contains("SPIR-V generation failed") || e.contains("internal error") {
            r.failure = Some(Failure::InvalidOutput(e.clone()));
        } else {
            r.refused = Some(e.clone());
        }
        return r;
    }
    let Some(kernel) = artifact.kernels.first() else {
        r.failure = Some(Failure::Tool(
            "the lowering returned neither the kernel nor an error".into(),
        ));
        return r;
    };
    r.spirv = kernel.spirv.clone();
    r.lowered = true;
    r.narrow = !kernel.uses_i64 && has_i64_instructions(&h.wasm);

    let started = Instant::now();
    let reference = match Reference::new(&h, Mode::Ieee) {
        Ok(x) => x,
        Err(e) => {
            r.failure = Some(Failure::Tool(e.to_string()));
            return r;
        }
    };
    let mut outcomes = Vec::with_capacity(THREADS as usize);
    for tid in 0..THREADS {
        match reference.run(&h, &inputs, tid, Mode::Ieee) {
            Ok(o) => outcomes.push(o),
            Err(e) => {
                r.failure = Some(Failure::Tool(format!("thread {tid}: {e}")));
                return r;
            }
        }
    }
    r.times.reference = started.elapsed();

    let started = Instant::now();
    let result = run_device(backend, &h, artifact, &inputs, &outcomes, &mut r);
    r.times.device = started.elapsed();
    match result {
        Ok(Some(outputs)) => {
            let started = Instant::now();
            compare(&h, &inputs, &outcomes, &outputs, &mut r);
            r.times.reference += started.elapsed();
        }
        Ok(None) => {}
        Err(f) => r.failure = Some(f),
    }
    r
}

/// The device runs; the outputs of the launch that is compared (`None` when
/// no thread completes in wasm).
fn run_device(
    backend: &mut dyn Backend,
    h: &Harness,
    artifact: everygpu_backend::ShaderArtifact,
    inputs: &[u8],
    outcomes: &[Outcome],
    r: &mut ModuleReport,
) -> Result<Option<Vec<u8>>, Failure> {
    let manifest = manifest();
    gpu::load(backend, artifact, &manifest).map_err(|e| Failure::Device(format!("load: {e}")))?;
    r.ran = true;
    let unreachable: Vec<u32> = (0..THREADS)
        .filter(|&t| outcomes[t as usize] == Outcome::Unreachable)
        .collect();
    for o in outcomes {
        match o {
            Outcome::Trapped(t) => *r.threads_trapped.entry(t.clone()).or_default() += 1,
            Outcome::Unreachable => r.threads_unreachable += 1,
            Outcome::Completed(_) => {}
        }
    }
    let device_err = |e: everygpu_backend::BackendError| Failure::Device(format!("launch: {e}"));
    if !unreachable.is_empty() {
        let mut masked = inputs.to_vec();
        for (t, o) in outcomes.iter().enumerate() {
            if matches!(o, Outcome::Trapped(_)) {
                values::skip(&mut masked, h, t as u32);
            }
        }
        match gpu::launch(backend, h, &masked).map_err(device_err)? {
            DeviceOutcome::Completed(_) => {
                return Err(Failure::Mismatch(vec![format!(
                    "threads {unreachable:?} reach `unreachable` in wasm; the shader reported no panic"
                )]))
            }
            DeviceOutcome::Panicked(p) => {
                let tid = tid_of(&p);
                if !unreachable.contains(&tid) {
                    return Err(Failure::Mismatch(vec![format!(
                        "the shader panicked in thread {tid} ({}), which wasm runs to {}",
                        p.message,
                        describe(&outcomes[tid.min(THREADS - 1) as usize])
                    )]));
                }
                if p.message != UNREACHABLE_MESSAGE {
                    return Err(Failure::Mismatch(vec![format!(
                        "thread {tid} panicked with `{}`, expected `{UNREACHABLE_MESSAGE}`",
                        p.message
                    )]));
                }
                r.panic_verified = true;
            }
        }
    }
    if !outcomes.iter().any(|o| matches!(o, Outcome::Completed(_))) {
        return Ok(None);
    }
    let mut masked = inputs.to_vec();
    for (t, o) in outcomes.iter().enumerate() {
        if !matches!(o, Outcome::Completed(_)) {
            values::skip(&mut masked, h, t as u32);
        }
    }
    match gpu::launch(backend, h, &masked).map_err(device_err)? {
        DeviceOutcome::Completed(out) => Ok(Some(out)),
        DeviceOutcome::Panicked(p) => Err(Failure::Mismatch(vec![format!(
            "the shader panicked in thread {} ({}), which wasm runs to completion",
            tid_of(&p),
            p.message
        )])),
    }
}

fn describe(o: &Outcome) -> String {
    match o {
        Outcome::Completed(_) => "completion".into(),
        Outcome::Unreachable => "`unreachable`".into(),
        Outcome::Trapped(t) => format!("a trap ({t})"),
    }
}

/// The arguments of thread `tid`, for reports.
fn arguments(h: &Harness, inputs: &[u8], tid: u32) -> Vec<String> {
    let record = &inputs[tid as usize * h.input_stride as usize..][..h.input_stride as usize];
    h.calls
        .iter()
        .map(|c| {
            let args: Vec<String> = c
                .params
                .iter()
                .enumerate()
                .map(|(j, &ty)| {
                    let at = c.input_offset as usize + 8 * j;
                    let mut b = [0u8; 8];
                    b[..ty.bytes()].copy_from_slice(&record[at..at + ty.bytes()]);
                    Value {
                        ty,
                        bits: u64::from_le_bytes(b),
                    }
                    .to_string()
                })
                .collect();
            format!("f{}({})", c.func, args.join(", "))
        })
        .collect()
}

fn compare(h: &Harness, inputs: &[u8], outcomes: &[Outcome], outputs: &[u8], r: &mut ModuleReport) {
    let stride = h.output_stride as usize;
    let mut flushing: Option<Option<Reference>> = None;
    let mut lines = Vec::new();
    let mut mismatched = 0;
    for (tid, o) in outcomes.iter().enumerate() {
        let Outcome::Completed(expected) = o else { continue };
        let actual = values::results(h, &outputs[tid * stride..][..stride]);
        r.threads_compared += 1;
        if expected.iter().zip(&actual).all(|(e, a)| e.matches(a)) {
            continue;
        }
        // The device may flush subnormals: compare with a flushing reference.
        let flushed = flushing
            .get_or_insert_with(|| Reference::new(h, Mode::FlushSubnormals).ok())
            .as_ref()
            .and_then(|f| f.run(h, inputs, tid as u32, Mode::FlushSubnormals).ok());
        if let Some(Outcome::Completed(alt)) = &flushed {
            if alt.iter().zip(&actual).all(|(e, a)| e.matches(a)) {
                r.threads_flushed += 1;
                continue;
            }
        }
        mismatched += 1;
        if mismatched <= 4 {
            lines.push(format!("thread {tid}: {}", arguments(h, inputs, tid as u32).join("; ")));
            for (k, slot) in h.slots.iter().enumerate() {
                let (e, a) = (&expected[k], &actual[k]);
                if e.matches(a) && !matches!(slot.observed, harness::Observed::Result { .. }) {
                    continue;
                }
                let mark = if e.matches(a) { "  " } else { "≠ " };
                let alt = match &flushed {
                    Some(Outcome::Completed(alt)) if !alt[k].matches(e) => format!(" (flushing wasm: {})", alt[k]),
                    _ => String::new(),
                };
                lines.push(format!("  {mark}{}: wasm {e}{alt}, shader {a}", slot.observed));
            }
        }
    }
    if mismatched > 0 {
        lines.insert(
            0,
            format!("{mismatched} of {} compared threads differ", r.threads_compared),
        );
        r.failure = Some(Failure::Mismatch(lines));
    }
}

/// Writes a failed module's harness as `.wasm` and `.wat`, wasm-smith's
/// module as `.generated.wat`, the lowered kernel as `.spv` and the report as
/// `.txt`, into `dir`; returns the `.wasm` path.
pub fn save_failure(dir: &Path, r: &ModuleReport) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let base = dir.join(format!("seed-{}", r.seed));
    let wasm = base.with_extension("wasm");
    std::fs::write(&wasm, &r.wasm)?;
    let print = |wasm: &[u8]| wasmprinter::print_bytes(wasm).unwrap_or_else(|e| format!(";; wasmprinter: {e}\n"));
    std::fs::write(base.with_extension("wat"), print(&r.wasm))?;
    std::fs::write(base.with_extension("generated.wat"), print(&r.generated))?;
    if !r.spirv.is_empty() {
        let bytes: Vec<u8> = r.spirv.iter().flat_map(|w| w.to_le_bytes()).collect();
        std::fs::write(base.with_extension("spv"), bytes)?;
    }
    if let Some(f) = &r.failure {
        let mut text = format!("seed {}: {}\n", r.seed, f.kind());
        for l in f.lines() {
            text.push_str(&l);
            text.push('\n');
        }
        std::fs::write(base.with_extension("txt"), text)?;
    }
    Ok(wasm)
}

/// The command that reproduces seed `seed`.
pub fn reproduction(seed: u64) -> String {
    format!("cargo run -p everygpu-lowering-fuzz --release -- --seed {seed} --modules 1 --verbose")
}
