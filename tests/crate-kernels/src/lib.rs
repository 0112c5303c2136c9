//! Kernels built on crates.io crates that were not written for GPUs: libm's
//! transcendental functions, glam's vectors and quaternions, crc32fast's
//! table-driven checksum, rand_xoshiro's generators. Each has a case, so
//! `everygpu run tests/crate-kernels` compares every backend with the CPU.
#![no_std]

use everygpu_kernel::{global_index, kernel};
use glam::{Quat, Vec3};
use rand_xoshiro::rand_core::{Rng, SeedableRng};

/// `out[i] = sin(x[i]) · exp(-|x[i]| / 4) + atan2(x[i], 3)` with libm.
#[kernel]
pub fn libm_wave(x: &[f32], out: &mut [f32]) {
    let i = global_index();
    if i < x.len() && i < out.len() {
        let v = x[i];
        out[i] = libm::sinf(v) * libm::expf(-libm::fabsf(v) / 4.0) + libm::atan2f(v, 3.0);
    }
}

/// Ten of libm's f32 functions of `x[i]` (and `y[i]`): `out[10 i + k]`.
/// Everything libm computes is IEEE arithmetic on bits, so every backend
/// must give the CPU's bits, specials (NaN, ±Inf, -0, subnormals) included.
#[kernel]
pub fn libm_f32(x: &[f32], y: &[f32], out: &mut [f32]) {
    let i = global_index();
    if i < x.len() && i < y.len() && 10 * i + 9 < out.len() {
        let (a, b) = (x[i], y[i]);
        let values = [
            libm::sinf(a),
            libm::cosf(a),
            libm::tanf(a),
            libm::expf(a),
            libm::logf(a),
            libm::powf(a, b),
            libm::sqrtf(a),
            libm::cbrtf(a),
            libm::atan2f(a, b),
            libm::hypotf(a, b),
        ];
        out[10 * i..10 * i + 10].copy_from_slice(&values);
    }
}

/// Rotates points (x, y, z triples) by a quaternion about an axis, with
/// glam, and writes their lengths after a cross product with a fixed vector.
#[kernel]
pub fn glam_rotate(angle: f32, points: &[f32], out: &mut [f32]) {
    let i = global_index();
    if 3 * i + 2 < points.len() && 3 * i + 2 < out.len() {
        let p = Vec3::new(points[3 * i], points[3 * i + 1], points[3 * i + 2]);
        let q = Quat::from_axis_angle(Vec3::new(1.0, 2.0, 2.0).normalize(), angle);
        let r = q * p;
        let c = r.cross(Vec3::Z) + r * 0.5;
        out[3 * i] = c.x;
        out[3 * i + 1] = c.y;
        out[3 * i + 2] = c.z.max(r.length());
    }
}

/// The CRC-32 of each 64-byte block of `data`, with crc32fast (its
/// table-driven software path).
#[kernel]
pub fn crc_blocks(data: &[u8], out: &mut [u32]) {
    let i = global_index();
    if 64 * (i + 1) <= data.len() && i < out.len() {
        let mut h = crc32fast::Hasher::new();
        h.update(&data[64 * i..64 * (i + 1)]);
        out[i] = h.finalize();
    }
}

/// Eight numbers per thread from a xoshiro128++ generator seeded with the
/// thread's seed through `seed_from_u64` (SplitMix64), xor-folded.
#[kernel]
pub fn xoshiro(seeds: &[u32], out: &mut [u32]) {
    let i = global_index();
    if i < seeds.len() && i < out.len() {
        let mut rng = rand_xoshiro::Xoshiro128PlusPlus::seed_from_u64(seeds[i] as u64);
        let mut acc = 0u32;
        for k in 0..8 {
            acc ^= rng.next_u32().rotate_left(k);
        }
        out[i] = acc;
    }
}

everygpu_kernel::host_only! {
    mod cases;
}
