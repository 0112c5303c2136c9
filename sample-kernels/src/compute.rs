//! N-body, Mandelbrot.

use super::*;

/// A body of the n-body simulation: position and mass.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Element)]
pub struct Body {
    /// x position
    pub x: f32,
    /// y position
    pub y: f32,
    /// z position
    pub z: f32,
    /// mass
    pub mass: f32,
}

/// The gravitational acceleration on each body from all others (softened):
/// `accel[3i..3i+3]`.
#[kernel]
pub fn nbody_accel(softening: f32, bodies: &[Body], accel: &mut [f32]) {
    let i = global_index();
    if i >= bodies.len() {
        return;
    }
    let me = bodies[i];
    let mut acc = [0.0f32; 3];
    for other in bodies {
        let d = [other.x - me.x, other.y - me.y, other.z - me.z];
        let dist2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] + softening * softening;
        let inv = 1.0 / Float::sqrt(dist2);
        let s = other.mass * inv * inv * inv;
        for (a, d) in acc.iter_mut().zip(d) {
            *a += d * s;
        }
    }
    accel[3 * i..3 * i + 3].copy_from_slice(&acc);
}

/// Fractional bits of the fixed-point numbers of `mandelbrot`.
pub const FRAC: u32 = 28;

/// Escape iterations of each pixel of a `width × width` view of the
/// Mandelbrot set, in 64-bit fixed point so every device agrees bit for bit.
#[kernel(workgroup_size = (16, 16))]
pub fn mandelbrot(width: u32, max_iter: u32, counts: &mut [u32]) {
    let g = global_id();
    if g.x >= width || g.y >= width {
        return;
    }
    let one = 1i64 << FRAC;
    // View: real in [-2, 1), imaginary in [-1.5, 1.5).
    let cr = -2 * one + (3 * one / width as i64) * g.x as i64;
    let ci = -(3 * one / 2) + (3 * one / width as i64) * g.y as i64;
    let (mut zr, mut zi) = (0i64, 0i64);
    let mut n = 0;
    while n < max_iter {
        let (zr2, zi2) = ((zr * zr) >> FRAC, (zi * zi) >> FRAC);
        if zr2 + zi2 > 4 * one {
            break;
        }
        zi = ((2 * zr * zi) >> FRAC) + ci;
        zr = zr2 - zi2 + cr;
        n += 1;
    }
    counts[(g.y * width + g.x) as usize] = n;
}
