//! Thread inputs and the comparison of results.
//!
//! Each thread's arguments are drawn from the module's seed and the thread's
//! id: edge values (zero, signed zeros, ±1, the integer extremes, powers of
//! two around shift widths, float limits of the integer conversions,
//! infinities, NaNs, the smallest normal and a subnormal), small numbers, and
//! random bits.
//!
//! Results are compared bit for bit, except that any NaN equals any NaN: wasm
//! leaves the sign and payload of an arithmetic NaN unspecified, and the
//! generator canonicalises NaNs that flow into integers (see `generate`).

use crate::generate::Rng;
use crate::harness::{Harness, Ty, RECORD_HEADER, THREADS};

const I32_EDGES: &[u32] = &[
    0,
    1,
    2,
    3,
    7,
    8,
    15,
    16,
    31,
    32,
    33,
    63,
    64,
    255,
    256,
    0xffff,
    0x1_0000,
    0x7fff_ffff,
    0x8000_0000,
    0x8000_0001,
    0xffff_fffe,
    0xffff_ffff,
    0xff,
    0x80,
    0x7f,
    0xff80,
    0x8000,
];

const I64_EDGES: &[u64] = &[
    0,
    1,
    2,
    31,
    32,
    63,
    64,
    65,
    0xffff_ffff,
    0x1_0000_0000,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff_8000_0000,
    0x7fff_ffff_ffff_ffff,
    0x8000_0000_0000_0000,
    0x8000_0000_0000_0001,
    0xffff_ffff_ffff_fffe,
    0xffff_ffff_ffff_ffff,
    0x0020_0000_0000_0001,
];

const F32_EDGES: &[f32] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    3.5,
    0.49999997,
    f32::INFINITY,
    f32::NEG_INFINITY,
    f32::MAX,
    f32::MIN,
    f32::MIN_POSITIVE,
    -f32::MIN_POSITIVE,
    2147483520.0,
    2147483648.0,
    -2147483648.0,
    -2147483904.0,
    4294967040.0,
    4294967296.0,
    9223371487098961920.0,
    9223372036854775808.0,
    -9223372036854775808.0,
    18446742974197923840.0,
    18446744073709551616.0,
    16777216.0,
    16777217.0,
    -0.75,
    100.25,
];

const F64_EDGES: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    0.49999999999999994,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::MAX,
    f64::MIN,
    f64::MIN_POSITIVE,
    2147483647.0,
    2147483647.5,
    2147483648.0,
    -2147483648.0,
    -2147483649.0,
    4294967295.0,
    4294967296.0,
    9223372036854774784.0,
    9223372036854775808.0,
    -9223372036854775808.0,
    18446744073709549568.0,
    18446744073709551616.0,
    9007199254740993.0,
    1e300,
    -1e-300,
    1.0e10,
];

/// NaNs with either sign, quiet and signalling, with payloads.
const F32_NANS: &[u32] = &[0x7fc0_0000, 0xffc0_0000, 0x7f80_0001, 0x7fc1_2345, 0xff80_0100];
const F64_NANS: &[u64] = &[
    0x7ff8_0000_0000_0000,
    0xfff8_0000_0000_0000,
    0x7ff0_0000_0000_0001,
    0x7ff8_0000_1234_5678,
];
/// Subnormals: devices may flush these (see `reference`).
const F32_SUBNORMALS: &[u32] = &[0x0000_0001, 0x8000_0001, 0x0040_0000, 0x007f_ffff];
const F64_SUBNORMALS: &[u64] = &[0x0000_0000_0000_0001, 0x800f_ffff_ffff_ffff];

fn pick<T: Copy>(rng: &mut Rng, list: &[T]) -> T {
    list[rng.below(list.len() as u64) as usize]
}

/// The bits of one argument of type `ty`.
pub fn argument(rng: &mut Rng, ty: Ty) -> u64 {
    let r = rng.below(100);
    match ty {
        Ty::I32 => match r {
            0..40 => {
                let v = pick(rng, I32_EDGES);
                if rng.chance(1, 4) {
                    v.wrapping_neg() as u64
                } else {
                    v as u64
                }
            }
            40..70 => (rng.below(64) as i32 - 32) as u32 as u64,
            _ => rng.next_u64() as u32 as u64,
        },
        Ty::I64 => match r {
            0..40 => {
                let v = pick(rng, I64_EDGES);
                if rng.chance(1, 4) {
                    v.wrapping_neg()
                } else {
                    v
                }
            }
            40..60 => (rng.below(64) as i64 - 32) as u64,
            60..70 => rng.next_u64() as u32 as i32 as i64 as u64,
            _ => rng.next_u64(),
        },
        Ty::F32 => match r {
            0..40 => pick(rng, F32_EDGES).to_bits() as u64,
            40..44 => pick(rng, F32_NANS) as u64,
            44..46 => pick(rng, F32_SUBNORMALS) as u64,
            46..75 => {
                let v = (rng.below(1 << 20) as f32 / 1024.0 - 512.0) * if rng.chance(1, 2) { 1.0 } else { 0.001 };
                v.to_bits() as u64
            }
            _ => rng.next_u64() as u32 as u64,
        },
        Ty::F64 => match r {
            0..40 => pick(rng, F64_EDGES).to_bits(),
            40..44 => pick(rng, F64_NANS),
            44..46 => pick(rng, F64_SUBNORMALS),
            46..75 => {
                let v = (rng.below(1 << 30) as f64 / 1048576.0 - 512.0) * if rng.chance(1, 2) { 1.0 } else { 1e-3 };
                v.to_bits()
            }
            _ => rng.next_u64(),
        },
    }
}

/// The input buffer of every thread: per thread a record of
/// `harness.input_stride` bytes, the skip flag (0) first, then the arguments
/// of every call at 8-byte slots.
pub fn input_buffer(harness: &Harness, seed: u64) -> Vec<u8> {
    let stride = harness.input_stride as usize;
    let mut out = vec![0u8; stride * THREADS as usize];
    for tid in 0..THREADS as usize {
        let mut rng = Rng::new(seed.wrapping_mul(0x1000_0001).wrapping_add(tid as u64 + 1));
        let record = &mut out[tid * stride..][..stride];
        for call in &harness.calls {
            for (j, &ty) in call.params.iter().enumerate() {
                let at = call.input_offset as usize + 8 * j;
                let bits = argument(&mut rng, ty);
                record[at..at + ty.bytes()].copy_from_slice(&bits.to_le_bytes()[..ty.bytes()]);
            }
        }
        debug_assert!(record.len() >= RECORD_HEADER as usize);
    }
    out
}

/// Overwrites the arguments `choose(thread, call, parameter)` returns bits for.
pub fn choose_arguments(inputs: &mut [u8], harness: &Harness, choose: &dyn Fn(u32, usize, usize) -> Option<u64>) {
    let stride = harness.input_stride as usize;
    for tid in 0..THREADS {
        for (c, call) in harness.calls.iter().enumerate() {
            for (j, &ty) in call.params.iter().enumerate() {
                let Some(bits) = choose(tid, c, j) else { continue };
                let at = tid as usize * stride + call.input_offset as usize + 8 * j;
                if let Some(slot) = inputs.get_mut(at..at + ty.bytes()) {
                    slot.copy_from_slice(&bits.to_le_bytes()[..ty.bytes()]);
                }
            }
        }
    }
}

/// Sets the skip flag of `tid` in an input buffer.
pub fn skip(inputs: &mut [u8], harness: &Harness, tid: u32) {
    let at = tid as usize * harness.input_stride as usize;
    if let Some(flag) = inputs.get_mut(at..at + 4) {
        flag.copy_from_slice(&1u32.to_le_bytes());
    }
}

/// One result of one call of one thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Value {
    /// Its type.
    pub ty: Ty,
    /// Its bits (zero-extended).
    pub bits: u64,
}

impl Value {
    /// Whether `self` (expected) and `other` (actual) are the same result.
    pub fn matches(&self, other: &Value) -> bool {
        self.ty == other.ty && (self.bits == other.bits || (self.is_nan() && other.is_nan()))
    }

    /// Whether it is a NaN.
    pub fn is_nan(&self) -> bool {
        match self.ty {
            Ty::F32 => f32::from_bits(self.bits as u32).is_nan(),
            Ty::F64 => f64::from_bits(self.bits).is_nan(),
            _ => false,
        }
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.ty {
            Ty::I32 => write!(f, "i32 {:#010x} ({})", self.bits as u32, self.bits as u32 as i32),
            Ty::I64 => write!(f, "i64 {:#018x} ({})", self.bits, self.bits as i64),
            Ty::F32 => write!(
                f,
                "f32 {:#010x} ({:e})",
                self.bits as u32,
                f32::from_bits(self.bits as u32)
            ),
            Ty::F64 => write!(f, "f64 {:#018x} ({:e})", self.bits, f64::from_bits(self.bits)),
        }
    }
}

/// The values in one thread's output record, one per [`Harness::slots`].
pub fn results(harness: &Harness, record: &[u8]) -> Vec<Value> {
    harness
        .slots
        .iter()
        .map(|slot| {
            let at = slot.offset as usize;
            let n = slot.ty.bytes();
            let mut b = [0u8; 8];
            if let Some(src) = record.get(at..at + n) {
                b[..n].copy_from_slice(src);
            }
            Value {
                ty: slot.ty,
                bits: u64::from_le_bytes(b),
            }
        })
        .collect()
}
