//! Matrix multiplication.

use super::*;

/// `c = a * b` for `n × n` row-major matrices, one thread per element of `c`.
#[kernel(workgroup_size = (16, 16))]
pub fn matmul_naive(n: u32, a: &[f32], b: &[f32], c: &mut [f32]) {
    let g = global_id();
    let (row, col, n) = (g.y as usize, g.x as usize, n as usize);
    if row < n && col < n {
        let mut sum = 0.0f32;
        for k in 0..n {
            sum += a[row * n + k] * b[k * n + col];
        }
        c[row * n + col] = sum;
    }
}

/// Tile edge of `matmul_tiled`.
pub const TILE: usize = 16;

/// `c = a * b` with 16×16 tiles of `a` and `b` staged in shared memory.
#[kernel(workgroup_size = (16, 16))]
pub fn matmul_tiled(
    n: u32,
    a: &[f32],
    b: &[f32],
    c: &mut [f32],
    ta: &Shared<f32, { TILE * TILE }>,
    tb: &Shared<f32, { TILE * TILE }>,
) {
    let n = n as usize;
    let (l, g) = (local_id(), global_id());
    let (lx, ly) = (l.x as usize, l.y as usize);
    let (row, col) = (g.y as usize, g.x as usize);
    let mut sum = 0.0f32;
    for t in 0..n.div_ceil(TILE) {
        let (ac, br) = (t * TILE + lx, t * TILE + ly);
        ta.set(ly * TILE + lx, if row < n && ac < n { a[row * n + ac] } else { 0.0 });
        tb.set(ly * TILE + lx, if br < n && col < n { b[br * n + col] } else { 0.0 });
        barrier();
        for k in 0..TILE {
            sum += ta.get(ly * TILE + k) * tb.get(k * TILE + lx);
        }
        barrier();
    }
    if row < n && col < n {
        c[row * n + col] = sum;
    }
}
