//! Random wasm modules from a seed: wasm-smith, configured to the subset of
//! wasm that rustc emits for kernels and the lowering takes.
//!
//! The configuration keeps: i32/i64/f32/f64 numerics (including sign
//! extension and the saturating float→int conversions), locals, mutable
//! globals, structured control flow (`block`, `loop`, `if`, `br`, `br_if`,
//! `br_table`, `return`, `select`, multi-value blocks and functions), direct
//! calls, one linear memory with loads, stores, `memory.fill` and
//! `memory.copy`. It leaves out what the lowering refuses by design or what
//! rustc never emits for kernels: SIMD, threads and atomics, reference types,
//! tables and `call_indirect`, tail calls, exceptions, GC, memory64,
//! multi-memory, custom page sizes, wide arithmetic, extended constant
//! expressions, data and element segments, start functions and imports.
//!
//! Two passes of wasm-smith's own run on every module:
//! - `ensure_termination`: a fuel global, decremented at every function entry
//!   and loop head, executes `unreachable` when it runs out, so every module
//!   terminates on both sides, and every module exercises the panic path;
//! - `canonicalize_nans`: every float instruction whose NaN result has
//!   unspecified bits in wasm (arithmetic, rounding, conversions) is followed
//!   by a select that replaces any NaN by the canonical one. NaN sign and
//!   payload bits differ between the host's FPU and GPUs and are free in the
//!   wasm spec; without this, `reinterpret` would turn that freedom into
//!   integer differences that say nothing about the lowering.
//!
//! A third of the modules have no floats: integer code, whose `i64` values
//! the lowering holds as pairs of 32-bit words unless it needs `u64`
//! (`translate/pair.rs` in `everygpu-wasm-naga`).
//!
//! Most modules are generated with `disallow_traps` (wasm-smith guards
//! division, float→int conversion and memory accesses so they cannot trap):
//! the lowering gives integer division by zero, signed overflow and
//! out-of-range trapping conversions defined results instead of traps (as
//! naga does), so threads that trap there in wasm cannot be compared. The
//! rest are generated with traps allowed, to exercise `unreachable` and the
//! guards' absence; their threads that trap other than by `unreachable` are
//! counted and not compared.

use arbitrary::Unstructured;

/// Fuel of the termination pass: function entries plus loop iterations a
/// thread may execute before it reaches `unreachable`.
pub const FUEL: u32 = 400;

/// A deterministic generator of bytes and numbers (SplitMix64).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5851_F42D_4C95_7F2D)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// True with probability `num / den`.
    pub fn chance(&mut self, num: u64, den: u64) -> bool {
        self.below(den) < num
    }

    /// `len` random bytes.
    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(len + 8);
        while out.len() < len {
            out.extend_from_slice(&self.next_u64().to_le_bytes());
        }
        out.truncate(len);
        out
    }
}

/// How one module was generated.
#[derive(Clone, Debug)]
pub struct Generated {
    /// The module as wasm-smith wrote it (before the kernel harness).
    pub wasm: Vec<u8>,
    /// Whether wasm-smith guarded against traps.
    pub disallow_traps: bool,
}

/// Why no module came out of a seed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GenerateError {
    /// wasm-smith refused every input tried.
    #[error("wasm-smith generated no module from seed {seed}: {last}")]
    NoModule {
        /// The seed.
        seed: u64,
        /// wasm-smith's last error.
        last: String,
    },
}

/// The wasm-smith configuration of one module. `allow_floats: false` leaves
/// integer code alone, where the lowering holds `i64` values as word pairs
/// unless a 64-bit division needs `u64`.
pub fn config(rng: &mut Rng, disallow_traps: bool, allow_floats: bool) -> wasm_smith::Config {
    wasm_smith::Config {
        allow_floats,
        // Not in kernels, or refused by the lowering by design.
        simd_enabled: false,
        relaxed_simd_enabled: false,
        threads_enabled: false,
        shared_everything_threads_enabled: false,
        reference_types_enabled: false,
        gc_enabled: false,
        exceptions_enabled: false,
        tail_call_enabled: false,
        memory64_enabled: false,
        custom_page_sizes_enabled: false,
        wide_arithmetic_enabled: false,
        custom_descriptors_enabled: false,
        multibyte_array_access_enabled: false,
        // A mutable global initialised by an expression has no constant
        // initial value for the lowering; rustc writes plain constants.
        extended_const_enabled: false,
        // What rustc's wasm32 output uses.
        multi_value_enabled: true,
        sign_extension_ops_enabled: true,
        saturating_float_to_int_enabled: true,
        // `memory.fill`/`memory.copy` (rustc's memset/memcpy). Without data or
        // element segments and tables, nothing else of the proposal appears.
        bulk_memory_enabled: true,
        canonicalize_nans: true,
        disallow_traps,
        allow_start_export: false,
        export_everything: false,
        generate_custom_sections: false,
        max_imports: 0,
        max_exports: 0,
        max_tables: 0,
        max_tags: 0,
        max_data_segments: 0,
        max_element_segments: 0,
        min_memories: 1,
        max_memories: 1,
        max_memory32_bytes: 4 * 65536,
        min_funcs: 1,
        max_funcs: 1 + rng.below(5) as usize,
        max_instructions: 10 + rng.below(110) as usize,
        max_globals: 4,
        min_types: 1,
        max_types: 12,
        max_nesting_depth: 6,
        max_type_size: 1000,
        ..wasm_smith::Config::default()
    }
}

/// Whether a function of `wasm` divides 64-bit integers.
fn has_64bit_division(wasm: &[u8]) -> bool {
    everygpu_wasm_naga::module::WasmModule::parse(wasm).is_ok_and(|m| {
        m.funcs.iter().any(|f| {
            f.ops.iter().any(|op| {
                let name = everygpu_wasm_naga::analysis::op_name(op);
                name.starts_with("i64.div") || name.starts_with("i64.rem")
            })
        })
    })
}

/// Generates the module of `seed`.
pub fn generate(seed: u64) -> Result<Generated, GenerateError> {
    let mut rng = Rng::new(seed);
    let disallow_traps = !rng.chance(1, 5);
    // A third of the modules without floats, from a stream of their own so
    // that the other seeds keep their modules.
    let allow_floats = !Rng::new(seed.rotate_left(17) ^ 0x00F1_0A75).chance(1, 3);
    // Half of those without 64-bit divisions, which the lowering holds as
    // word pairs: wasm-smith rarely writes an i64 function without one.
    let pairs = !allow_floats && Rng::new(seed.rotate_left(29) ^ 0x0000_9A12).chance(1, 2);
    let mut last = String::new();
    for _ in 0..if pairs { 32 } else { 8 } {
        let cfg = config(&mut rng, disallow_traps, allow_floats);
        let len = 512 + rng.below(8192) as usize;
        let data = rng.bytes(len);
        let mut module = match wasm_smith::Module::new(cfg, &mut Unstructured::new(&data)) {
            Ok(m) => m,
            Err(e) => {
                last = e.to_string();
                continue;
            }
        };
        if let Err(e) = module.ensure_termination(FUEL) {
            last = e.to_string();
            continue;
        }
        let wasm = module.to_bytes();
        if pairs && has_64bit_division(&wasm) {
            last = "every module had a 64-bit division".into();
            continue;
        }
        return Ok(Generated { wasm, disallow_traps });
    }
    Err(GenerateError::NoModule { seed, last })
}
