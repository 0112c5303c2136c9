//! Mismatches proven to be a driver's, not the lowering's.
//!
//! An entry names a seed and the driver it fails on, says what the driver
//! does, and where the same lowered module was checked to match. The
//! campaign counts a mismatch of a listed seed on its driver as a known
//! driver failure instead of a failure; the tests check that every entry
//! still fails on its driver, and passes on any other device they run on
//! (an entry that stops failing must go).

/// A seed whose lowered module a driver runs wrongly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KnownDriverFailure {
    /// The seed (`lowering-fuzz --seed SEED --modules 1`).
    pub seed: u64,
    /// The driver, as a part of the device's name.
    pub driver: &'static str,
    /// What the driver does wrong.
    pub why: &'static str,
    /// Where the same module matched.
    pub matches_on: &'static str,
}

/// llvmpipe folds an operation of a zero it can see at compile time with a
/// signed operand as if signed zeros did not matter, although the shader
/// declares `SignedZeroInfNanPreserve`.
const SIGNED_ZERO: &str = "llvmpipe folds away the sign of a float zero (e.g. `0.0 / x` with a negative `x` gives \
                           +0.0) although the shader declares SignedZeroInfNanPreserve";
/// Where the signed-zero seeds were checked.
const NVIDIA: &str = "NVIDIA's Vulkan driver (H100, 580.159.04)";

/// Every known driver failure (`reports/lavapipe/lowering-fuzz.md`).
pub const KNOWN_DRIVER_FAILURES: &[KnownDriverFailure] = &[
    KnownDriverFailure {
        seed: 20273248,
        driver: "llvmpipe",
        why: SIGNED_ZERO,
        matches_on: NVIDIA,
    },
    KnownDriverFailure {
        seed: 20273422,
        driver: "llvmpipe",
        why: SIGNED_ZERO,
        matches_on: NVIDIA,
    },
    KnownDriverFailure {
        seed: 20286911,
        driver: "llvmpipe",
        why: SIGNED_ZERO,
        matches_on: "its WGSL read by hand: the right operations in the right order",
    },
    KnownDriverFailure {
        seed: 20296248,
        driver: "llvmpipe",
        why: SIGNED_ZERO,
        matches_on: "its WGSL read by hand: the right operations in the right order",
    },
    KnownDriverFailure {
        seed: 20300505,
        driver: "llvmpipe",
        why: SIGNED_ZERO,
        matches_on: "its WGSL read by hand: the right operations in the right order",
    },
    KnownDriverFailure {
        seed: 20300827,
        driver: "llvmpipe",
        why: SIGNED_ZERO,
        matches_on: "its WGSL read by hand: the right operations in the right order",
    },
    KnownDriverFailure {
        seed: 20604917,
        driver: "llvmpipe",
        why: SIGNED_ZERO,
        matches_on: "its SPIR-V read by hand: `OpFSub` of a value that folds to +0.0 and the +0.0 parameter, in \
                     that order (IEEE: +0.0; llvmpipe gives -0.0, as if it took `0.0 - x` for `-x`)",
    },
    KnownDriverFailure {
        seed: 20644220,
        driver: "llvmpipe",
        why: SIGNED_ZERO,
        matches_on: "its SPIR-V read by hand: `OpFAdd` of the f64 parameter (-0.0 on the one thread that differs) \
                     and a value that is +0.0 on the path taken, in that order (IEEE: +0.0; llvmpipe gives -0.0, \
                     as if `x + 0.0` were `x`)",
    },
    KnownDriverFailure {
        seed: 20629379,
        driver: "llvmpipe",
        why: "llvmpipe folds `x * 0.0` to +0.0 for an f64 `x` whose zero factor it can see at compile time (an \
              infinite or NaN `x` must give NaN, a negative one -0.0) although the shader declares \
              SignedZeroInfNanPreserve for 64-bit floats",
        matches_on: "its SPIR-V read by hand: `OpFMul` of the f64 parameter and a value that is +0.0 on the path \
                     every thread takes, then `x == x ? x : NaN` (IEEE: NaN or -0.0 where llvmpipe gives +0.0)",
    },
    KnownDriverFailure {
        seed: 20308470,
        driver: "llvmpipe",
        why: "llvmpipe folds an operation on a signalling NaN away and keeps its quiet bit clear (wasm quiets it); \
              SPIR-V's float controls keep NaNs NaN but not their payload bits",
        matches_on: "its WGSL read by hand: the right operations in the right order",
    },
];

/// The known failure of `seed` on the device named `device`, if any.
pub fn known_failure(seed: u64, device: &str) -> Option<&'static KnownDriverFailure> {
    KNOWN_DRIVER_FAILURES
        .iter()
        .find(|k| k.seed == seed && device.contains(k.driver))
}
