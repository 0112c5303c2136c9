//! Kernels for the lowering's tests: each uses a Rust feature that turns into
//! a distinct wasm pattern. The tests run them lowered and compare with Rust.
#![no_std]

use everygpu_kernel::math::Float;
use everygpu_kernel::{atomic, global_index, kernel, Element};

/// Byte buffers: sub-word loads, unaligned `u32::from_le_bytes`.
#[kernel(workgroup_size = 64)]
pub fn bytes_read(input: &[u8], out: &mut [u32]) {
    let i = global_index();
    if i + 4 <= input.len() && i < out.len() {
        let word = u32::from_le_bytes([input[i], input[i + 1], input[i + 2], input[i + 3]]);
        out[i] = word ^ input[i..i + 4].iter().map(|&b| b as u32).sum::<u32>();
    }
}

/// Byte stores: each thread writes one byte of a shared word.
#[kernel(workgroup_size = 64)]
pub fn bytes_write(out: &mut [u8]) {
    let i = global_index();
    if i < out.len() {
        out[i] = (i as u8).wrapping_mul(7) ^ 0x5a;
    }
}

/// A local array with dynamic indexing (stack memory), sorted in place.
#[kernel(workgroup_size = 64)]
pub fn local_sort(seed: u32, out: &mut [u32]) {
    let i = global_index();
    if i >= out.len() {
        return;
    }
    let mut a = [0u32; 16];
    let mut x = seed ^ i as u32;
    for v in a.iter_mut() {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        *v = x >> 16;
    }
    for k in 1..a.len() {
        let mut j = k;
        while j > 0 && a[j - 1] > a[j] {
            a.swap(j - 1, j);
            j -= 1;
        }
    }
    out[i] = a[i % 16] ^ a[(i * 7 + 3) % 16];
}

/// 64-bit hashing: multiplies, rotates, shifts, xors.
#[kernel(workgroup_size = 64)]
pub fn hash64(input: &[u64], out: &mut [u64]) {
    let i = global_index();
    if i < input.len() && i < out.len() {
        let mut z = input[i].wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        out[i] = (z ^ (z >> 31)).rotate_left(i as u32 % 64) ^ (z.leading_zeros() as u64);
    }
}

/// A `match` over many values (a jump table or a lookup table).
#[kernel(workgroup_size = 64)]
pub fn match_table(input: &[u32], out: &mut [i32]) {
    let i = global_index();
    if i < input.len() && i < out.len() {
        out[i] = match input[i] % 11 {
            0 => 17,
            1 => -3,
            2 => 1000,
            3 => 42,
            4 => -77,
            5 => 5,
            6 => 123_456,
            7 => -1,
            8 => 8,
            9 => 99,
            _ => input[i] as i32 / -3,
        };
    }
}

/// Iterators, closures and `Option`.
#[kernel(workgroup_size = 64)]
pub fn iter_option(input: &[i32], out: &mut [i32]) {
    let i = global_index();
    if i >= out.len() {
        return;
    }
    let window = &input[i..(i + 8).min(input.len())];
    let evens: i32 = window.iter().filter(|&&v| v % 2 == 0).map(|v| v * 3).sum();
    let first_neg = window.iter().position(|&v| v < 0).map_or(-1, |p| p as i32);
    let max = window.iter().copied().max().unwrap_or(i32::MIN);
    out[i] = evens
        .wrapping_add(first_neg * 1000)
        .wrapping_add(max.checked_div(7).unwrap_or(0));
}

/// f64 arithmetic and conversions.
#[kernel(workgroup_size = 64)]
pub fn f64_math(x: &[f64], out: &mut [f64], ints: &mut [i64]) {
    let i = global_index();
    if i < x.len() && i < out.len() && i < ints.len() {
        let v = x[i];
        out[i] = Float::sqrt(Float::abs(v)) + Float::floor(v * 0.5) - v / 3.0;
        ints[i] = (v * 1e12) as i64;
    }
}

/// A `#[repr(C)]` struct buffer written field by field.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Element)]
pub struct Particle {
    /// Position.
    pub x: f32,
    /// Velocity.
    pub v: f32,
    /// Hits so far.
    pub hits: u32,
    /// Id.
    pub id: u32,
}

/// Moves particles and counts bounces with an atomic.
#[kernel(workgroup_size = 64)]
pub fn particles(dt: f32, ps: &mut [Particle], bounces: &mut [u32]) {
    let i = global_index();
    if i < ps.len() {
        let p = &mut ps[i];
        p.x += p.v * dt;
        if p.x > 1.0 || p.x < 0.0 {
            p.v = -p.v;
            p.hits += 1;
            atomic::fetch_add(&mut bounces[0], 1);
        }
    }
}

/// Workgroup arrays: `staged` reverses each workgroup's block through
/// `tile`; `scratch` serves only the targets other than wasm (as a
/// kernel's staging buffer for one route's faster path would).
#[kernel(workgroup_size = 64)]
pub fn workgroup_reverse(
    input: &[u32],
    out: &mut [u32],
    tile: &everygpu_kernel::Shared<u32, 64>,
    scratch: &everygpu_kernel::Shared<u32, 4096>,
) {
    let l = everygpu_kernel::local_id().x as usize;
    let i = global_index();
    #[cfg(target_arch = "wasm32")]
    let _ = scratch;
    #[cfg(not(target_arch = "wasm32"))]
    scratch.set(l, 0);
    if i < input.len() {
        tile.set(l, input[i]);
    }
    everygpu_kernel::barrier();
    if i < out.len() {
        out[i] = tile.get(63 - l);
    }
}

/// A shape, behind `&dyn Shape` in [`dyn_calls`].
pub trait Shape {
    /// Its area.
    fn area(&self) -> f32;
}

struct Square(f32);
struct Disc(f32);

impl Shape for Square {
    fn area(&self) -> f32 {
        self.0 * self.0
    }
}

impl Shape for Disc {
    fn area(&self) -> f32 {
        3.0 * self.0 * self.0
    }
}

fn double(x: f32) -> f32 {
    2.0 * x
}

fn negate(x: f32) -> f32 {
    -x
}

/// Dynamic dispatch: a trait object's method through its vtable, then a
/// function pointer, both picked per thread (`black_box` keeps the compiler
/// from resolving them).
#[kernel(workgroup_size = 64)]
pub fn dyn_calls(sizes: &[f32], out: &mut [f32]) {
    let i = global_index();
    if i < sizes.len() && i < out.len() {
        let (square, disc) = (Square(sizes[i]), Disc(sizes[i]));
        let shape: &dyn Shape = if i % 3 == 0 { &square } else { &disc };
        let then: fn(f32) -> f32 = if i % 2 == 0 { double } else { negate };
        out[i] = core::hint::black_box(then)(core::hint::black_box(shape).area());
    }
}
