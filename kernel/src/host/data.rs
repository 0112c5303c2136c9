//! Deterministic input data for cases, with a memory check before allocating.

use crate::Element;
use std::vec::Vec;

/// A small, fast, seeded generator (SplitMix64): the same seed gives the same
/// inputs on every machine.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator with this seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform `f64` in `[lo, hi)`.
    pub fn f64_in(&mut self, lo: f64, hi: f64) -> f64 {
        let unit = (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64);
        lo + (hi - lo) * unit
    }

    /// `n` uniform `f32`s in `[lo, hi)`.
    pub fn f32s(&mut self, n: usize, lo: f32, hi: f32) -> Vec<f32> {
        fill(n, || self.f64_in(lo as f64, hi as f64) as f32)
    }

    /// `n` uniform `f64`s in `[lo, hi)`.
    pub fn f64s(&mut self, n: usize, lo: f64, hi: f64) -> Vec<f64> {
        fill(n, || self.f64_in(lo, hi))
    }

    /// `n` uniform `u32`s below `bound` (all of `u32` when `bound` is 0).
    pub fn u32s(&mut self, n: usize, bound: u32) -> Vec<u32> {
        fill(n, || {
            let v = self.next_u64();
            if bound == 0 {
                v as u32
            } else {
                (v % bound as u64) as u32
            }
        })
    }
}

/// `n` copies of `v`, after checking that they fit in memory.
pub fn filled<T: Element>(n: usize, v: T) -> Vec<T> {
    fill(n, || v)
}

/// `n` values from `f`, after checking that they fit in memory.
pub fn fill<T>(n: usize, f: impl FnMut() -> T) -> Vec<T> {
    check_fits(n, core::mem::size_of::<T>());
    core::iter::repeat_with(f).take(n).collect()
}

/// Panics with a clear message when `n` elements of `size` bytes would not fit
/// in the memory this machine has available.
pub fn check_fits(n: usize, size: usize) {
    let Some(bytes) = n.checked_mul(size) else {
        panic!("{n} elements of {size} bytes overflow the address space");
    };
    if let Some(avail) = available_memory() {
        if bytes as u64 > avail / 2 {
            panic!(
                "{n} elements of {size} bytes need {:.1} GiB; this machine has {:.1} GiB available \
                 (a case may use at most half of it per buffer)",
                bytes as f64 / (1u64 << 30) as f64,
                avail as f64 / (1u64 << 30) as f64
            );
        }
    }
}

/// Bytes of memory available to new allocations, where the OS tells.
pub fn available_memory() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
