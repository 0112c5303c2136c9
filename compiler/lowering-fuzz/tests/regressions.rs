//! Lowering bugs the differential campaign found, as small modules with
//! chosen arguments, run on the first Vulkan device and in wasmi. Each module
//! failed before its fix (on lavapipe); thread `t` takes the `t`-th entry of
//! its argument table (cyclically), so every edge value reaches the device at
//! run time rather than as a constant the driver could fold.

use everygpu_backend::Backend;
use everygpu_lowering_fuzz::{gpu, run_module_with};

/// The first Vulkan device; `None` (after saying why) when there is none and
/// `EVERYGPU_ALLOW_NO_GPU=1`.
fn device() -> Option<Box<dyn Backend>> {
    match gpu::open_vulkan() {
        Ok(b) => Some(b),
        Err(why) if std::env::var("EVERYGPU_ALLOW_NO_GPU").as_deref() == Ok("1") => {
            eprintln!("skipped: no Vulkan device: {why}");
            None
        }
        Err(why) => panic!(
            "no Vulkan device: {why}. Install mesa-vulkan-drivers (lavapipe), or set EVERYGPU_ALLOW_NO_GPU=1 to skip"
        ),
    }
}

/// Runs `wat` with parameter `p` of every call of thread `t` set to
/// `table[(t + p) % len]`; fails on any difference from wasmi.
fn check(wat: &str, table: &[u64]) {
    let Some(mut backend) = device() else { return };
    let wasm = wat::parse_str(wat).expect("valid WAT");
    let pick = |t: u32, _call: usize, p: usize| Some(table[(t as usize + p * 7) % table.len()]);
    let r = run_module_with(backend.as_mut(), 0, wasm, &pick);
    if let Some(f) = &r.failure {
        panic!("{}:\n{}", f.kind(), f.lines().join("\n"));
    }
    assert!(r.lowered && r.ran, "{r:?}");
    assert_eq!(r.threads_compared, 64);
}

/// [`check`], for a module without floats or 64-bit divisions, whose i64
/// values the lowering must hold as pairs of 32-bit words.
fn check_narrow(wat: &str, table: &[u64]) {
    let Some(mut backend) = device() else { return };
    let wasm = wat::parse_str(wat).expect("valid WAT");
    let pick = |t: u32, _call: usize, p: usize| Some(table[(t as usize + p * 7) % table.len()]);
    let r = run_module_with(backend.as_mut(), 0, wasm, &pick);
    if let Some(f) = &r.failure {
        panic!("{}:\n{}", f.kind(), f.lines().join("\n"));
    }
    assert!(r.lowered && r.ran, "{r:?}");
    assert!(r.narrow, "the kernel's i64 values were not word pairs");
    assert_eq!(r.threads_compared, 64);
}

/// Edge values of i64 arithmetic: carries between the words, shift amounts
/// around 32 and 64, signs.
const I64_EDGES: &[u64] = &[
    0,
    1,
    2,
    31,
    32,
    33,
    63,
    64,
    0xffff_ffff,
    0x1_0000_0000,
    0x8000_0000,
    0x7fff_ffff_ffff_ffff,
    0x8000_0000_0000_0000,
    u64::MAX,
    0x1234_5678_9abc_def0,
    0xfedc_ba98_7654_3210,
    0x0000_0001_ffff_ffff,
];

fn f64s(values: &[f64]) -> Vec<u64> {
    values.iter().map(|v| v.to_bits()).collect()
}

const EDGES: &[f64] = &[
    f64::NAN,
    -0.0,
    0.0,
    1.0,
    -1.5,
    f64::INFINITY,
    f64::NEG_INFINITY,
    2.5,
    -0.3,
    1e300,
    2147483647.5,
];

/// naga writes a float `!=` as the ordered `OpFOrdNotEqual`, false for NaN:
/// `x != x` (Rust's `is_nan`) was false, and saturating conversions, which
/// test for NaN that way, turned NaN into the integer minimum.
#[test]
fn float_ne_is_true_for_nan() {
    check(
        r#"(module (memory 1)
          (func (param f64 f64) (result i32 i32 i32 i64 i32)
            (f64.ne (local.get 0) (local.get 1))
            (f64.ne (local.get 0) (local.get 0))
            (f32.ne (f32.demote_f64 (local.get 0)) (f32.demote_f64 (local.get 1)))
            (i64.trunc_sat_f64_s (local.get 0))
            (i32.trunc_sat_f32_u (f32.demote_f64 (local.get 1)))))"#,
        &f64s(EDGES),
    );
}

/// i64 as word pairs: sums with carries, products with high words, shifts
/// and rotations across the words, ordered comparisons of the high word
/// then the low one.
#[test]
fn i64_word_pairs_add_multiply_shift_and_compare_exactly() {
    check_narrow(
        r#"(module (memory 1)
          (func (param i64 i64) (result i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
            (i64.add (local.get 0) (local.get 1))
            (i64.sub (local.get 0) (local.get 1))
            (i64.mul (local.get 0) (local.get 1))
            (i64.shl (local.get 0) (local.get 1))
            (i64.shr_u (local.get 0) (local.get 1))
            (i64.shr_s (local.get 0) (local.get 1))
            (i64.rotl (local.get 0) (local.get 1))
            (i64.rotr (local.get 0) (local.get 1))
            (i64.and (local.get 0) (local.get 1))
            (i64.or (local.get 0) (local.get 1))
            (i64.xor (local.get 0) (local.get 1))))"#,
        I64_EDGES,
    );
    check_narrow(
        r#"(module (memory 1)
          (func (param i64 i64) (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
            (i64.lt_s (local.get 0) (local.get 1))
            (i64.lt_u (local.get 0) (local.get 1))
            (i64.gt_s (local.get 0) (local.get 1))
            (i64.gt_u (local.get 0) (local.get 1))
            (i64.le_s (local.get 0) (local.get 1))
            (i64.le_u (local.get 0) (local.get 1))
            (i64.ge_s (local.get 0) (local.get 1))
            (i64.ge_u (local.get 0) (local.get 1))
            (i64.eq (local.get 0) (local.get 1))
            (i64.ne (local.get 0) (local.get 1))
            (i64.eqz (local.get 0))))"#,
        I64_EDGES,
    );
}

/// i64 as word pairs: widening and narrowing, sign extensions, bit counts,
/// 8-byte and partial loads and stores, and `select`.
#[test]
fn i64_word_pairs_extend_count_load_and_store() {
    check_narrow(
        r#"(module (memory 1)
          (func (param i64 i32) (result i64 i64 i32 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
            (i64.extend_i32_u (local.get 1))
            (i64.extend_i32_s (local.get 1))
            (i32.wrap_i64 (local.get 0))
            (i64.extend8_s (local.get 0))
            (i64.extend16_s (local.get 0))
            (i64.extend32_s (local.get 0))
            (i64.clz (local.get 0))
            (i64.ctz (local.get 0))
            (i64.popcnt (local.get 0))
            (i64.store offset=8 (i32.const 0) (local.get 0))
            (i64.store32 offset=20 (i32.const 0) (local.get 0))
            (i64.load offset=8 (i32.const 0))
            (i64.load32_s offset=20 (i32.const 0))
            (i64.store offset=33 (i32.const 0) (local.get 0))
            (i64.load offset=33 (i32.const 0))
            (select (local.get 0) (i64.const 0x123456789) (local.get 1))))"#,
        I64_EDGES,
    );
}

/// SPIR-V's `FMin`/`FMax` return the other operand for a NaN (wasm: NaN) and
/// either zero for ±0 (wasm: `-0.0` is the minimum).
#[test]
fn min_and_max_propagate_nan_and_order_signed_zeros() {
    check(
        r#"(module (memory 1)
          (func (param f64 f64) (result i64 i64 i32 i32)
            (i64.reinterpret_f64 (f64.min (local.get 0) (local.get 1)))
            (i64.reinterpret_f64 (f64.max (local.get 0) (local.get 1)))
            (i32.reinterpret_f32 (f32.min (f32.demote_f64 (local.get 0)) (f32.demote_f64 (local.get 1))))
            (i32.reinterpret_f32 (f32.max (f32.demote_f64 (local.get 0)) (f32.demote_f64 (local.get 1))))))"#,
        &f64s(EDGES),
    );
}

/// Lavapipe's f64 `Trunc` and `RoundEven` return values from 2^23 up
/// unchanged and round 1.5 to 1; its `Trunc` of -0.3 is `+0.0`.
#[test]
fn rounding_is_exact_and_keeps_the_sign() {
    check(
        r#"(module (memory 1)
          (func (param f64) (result f64 f64 f64 f64 f32 f32 f32 f32)
            (f64.trunc (local.get 0))
            (f64.floor (local.get 0))
            (f64.ceil (local.get 0))
            (f64.nearest (local.get 0))
            (f32.trunc (f32.demote_f64 (local.get 0)))
            (f32.floor (f32.demote_f64 (local.get 0)))
            (f32.ceil (f32.demote_f64 (local.get 0)))
            (f32.nearest (f32.demote_f64 (local.get 0)))))"#,
        &f64s(&[
            1.5,
            2.5,
            -0.5,
            -1.5,
            -0.3,
            0.5,
            2147483647.5,
            23361352.866225895,
            -6245817390.878327,
            4503599627370495.5,
            4503599627370497.0,
            0.49999999999999994,
            -0.0,
            f64::INFINITY,
            f64::NAN,
            1e300,
        ]),
    );
}

/// wasm's `abs` and `neg` act on the sign bit; lavapipe folds `FAbs(-0.0)`
/// to `-0.0`.
#[test]
fn abs_and_neg_of_zeros_and_nans_keep_their_bits() {
    check(
        r#"(module (memory 1)
          (func (param f64) (result i64 i64 i64 i32 f32)
            (i64.reinterpret_f64 (f64.abs (local.get 0)))
            (i64.reinterpret_f64 (f64.neg (local.get 0)))
            (i64.reinterpret_f64 (f64.abs (f64.const -0x0p+0)))
            (i32.reinterpret_f32 (f32.abs (f32.const -0x0p+0)))
            (f32.neg (f32.demote_f64 (local.get 0)))))"#,
        &[
            (-0.0f64).to_bits(),
            0,
            0xfff8_0000_1234_5678,
            0x7ff0_0000_0000_0001,
            (-1.5f64).to_bits(),
            f64::NEG_INFINITY.to_bits(),
        ],
    );
}

/// Driver bugs the campaign found, not the lowering's (the SPIR-V is right
/// and passes spirv-val): lavapipe (Mesa 22.3) folds float operations with a
/// constant operand as if NaNs, infinities and signed zeros did not exist,
/// although the lowered kernels declare `SignedZeroInfNanPreserve`. On the
/// driver named, each module must still differ from wasm, so a fixed driver
/// shows up here; on any other device it must match.
const KNOWN_DRIVER_FAILURES: &[(&str, &str, &str, f64)] = &[
    (
        "llvmpipe",
        "0.0 + x is folded to x (wrong for x = -0.0)",
        "(module (memory 1) (func (param f64) (result f64) (f64.add (f64.const 0) (local.get 0))))",
        -0.0,
    ),
    (
        "llvmpipe",
        "0.0 * x is folded to 0.0 (wrong for negative x, infinities and NaN)",
        "(module (memory 1) (func (param f64) (result f64) (f64.mul (f64.const 0) (local.get 0))))",
        -1.5,
    ),
];

#[test]
fn known_driver_failures_are_still_there_and_nowhere_else() {
    let Some(mut backend) = device() else { return };
    let name = backend.device().name.clone();
    let mut surprises = Vec::new();
    for (driver, what, wat, arg) in KNOWN_DRIVER_FAILURES {
        let wasm = wat::parse_str(wat).expect("valid WAT");
        let r = run_module_with(backend.as_mut(), 0, wasm, &|_, _, _| Some(arg.to_bits()));
        let mismatch = matches!(r.failure, Some(everygpu_lowering_fuzz::Failure::Mismatch(_)));
        let expected = name.contains(driver);
        if mismatch != expected {
            surprises.push(format!(
                "{what}: {} on {name} ({:?})",
                if expected { "no longer fails" } else { "fails" },
                r.failure
            ));
        }
    }
    assert!(surprises.is_empty(), "{}", surprises.join("\n"));
}

/// lavapipe folds a signed 64-bit comparison against an `OpSConvert`ed
/// constant to the wrong answer; the lowering sign-extends by shifts.
#[test]
fn sign_extended_i64_comparisons() {
    check(
        r#"(module (memory 1)
          (func (param f64) (result i32 i32 i64)
            (i64.gt_s (i64.reinterpret_f64 (f64.const 0x1.fffffep-1051)) (i64.extend_i32_s (i32.const 4)))
            (i64.ge_s (i64.trunc_sat_f64_s (local.get 0)) (i64.extend_i32_s (i32.const -3)))
            (i64.extend_i32_s (i32.trunc_sat_f64_s (local.get 0)))))"#,
        &f64s(EDGES),
    );
}

/// Vulkan defines `OpFDiv` only for divisors in the normal range, and
/// lavapipe computes `x / 0.0` as 0; wasm's `x / ±0` is an infinity (NaN for
/// `0 / 0` and `NaN / 0`).
#[test]
fn division_by_zero_gives_infinities_and_nan() {
    check(
        r#"(module (memory 1)
          (func (param f64 f64) (result f64 f64 f32 f64)
            (f64.div (local.get 0) (f64.const 0))
            (f64.div (local.get 0) (f64.const -0))
            (f32.div (f32.demote_f64 (local.get 0)) (f32.const 0))
            (f64.div (local.get 0) (local.get 1))))"#,
        &f64s(EDGES),
    );
}
