//! The kernels of the backend conformance suite (`everygpu-conformance`).
//! Each exercises one thing every backend must do alike: plain arithmetic,
//! workgroup memory and barriers, atomics, 64-bit types, panics, loops that
//! run long.
#![no_std]

use everygpu_kernel::{atomic, barrier, global_index, kernel, local_id, workgroup_index, Get4, Shared};

/// `y = a·x + y`.
#[kernel(workgroup_size = 64)]
pub fn saxpy(a: f32, x: &[f32], y: &mut [f32]) {
    let i = global_index();
    if i < y.len() {
        y[i] = a * x[i] + y[i];
    }
}

/// Thread `i` copies elements `4i .. 4i + 4` of `x[skip..]` into `out` with
/// one `get4`: 16-byte loads where `skip` is a multiple of 4, single
/// elements otherwise.
#[kernel(workgroup_size = 64)]
pub fn quads(skip: u32, x: &[u32], out: &mut [u32]) {
    let x = &x[skip as usize..];
    let i = 4 * global_index();
    if i + 4 <= x.len() {
        let [a, b, c, d] = x.get4(i);
        out[i] = a;
        out[i + 1] = b;
        out[i + 2] = c;
        out[i + 3] = d;
    }
}

/// Each workgroup of 256 threads sums its 256 elements of `x` into
/// `sums[workgroup]`, tree-wise in workgroup memory.
#[kernel(workgroup_size = 256)]
pub fn block_sum(x: &[f32], sums: &mut [f32], tile: &Shared<f32, 256>) {
    let i = global_index();
    let l = local_id().x as usize;
    tile.set(l, if i < x.len() { x[i] } else { 0.0 });
    barrier();
    let mut stride = 128;
    while stride > 0 {
        if l < stride {
            tile.set(l, tile.get(l) + tile.get(l + stride));
        }
        barrier();
        stride /= 2;
    }
    let group = workgroup_index();
    if l == 0 && group < sums.len() {
        sums[group] = tile.get(0);
    }
}

/// Counts `data` into `bins` (`value % bins.len()`) with atomic adds.
#[kernel(workgroup_size = 128)]
pub fn histogram(data: &[u32], bins: &mut [u32]) {
    let i = global_index();
    if i < data.len() && !bins.is_empty() {
        let b = (data[i] % bins.len() as u32) as usize;
        atomic::fetch_add(&mut bins[b], 1);
    }
}

/// Thread `bad` panics; every other thread writes its index.
#[kernel(workgroup_size = 64)]
pub fn checked(bad: u32, out: &mut [u32]) {
    let i = global_index();
    if i == bad as usize {
        panic!("thread gives up");
    }
    if i < out.len() {
        out[i] = i as u32;
    }
}

/// `out[i] = data[i + shift]`: past the end of `data` for the last `shift`
/// threads.
#[kernel(workgroup_size = 64)]
pub fn shifted(shift: u32, data: &[u32], out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = data[i + shift as usize];
    }
}

/// `out[i]` = the sum of `data[i .. i + width]`: past the end of `data` for
/// the last `width - 1` threads.
#[kernel(workgroup_size = 64)]
pub fn windowed(width: u32, data: &[u32], out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = data[i..i + width as usize].iter().sum();
    }
}

/// Thread `bad` panics with a formatted message.
#[kernel(workgroup_size = 64)]
pub fn formatted(bad: u32, out: &mut [u32]) {
    let i = global_index();
    if i == bad as usize {
        panic!("thread {i} of {} gives up", out.len());
    }
    if i < out.len() {
        out[i] = i as u32;
    }
}

/// `y = a·x + y` in f64.
#[kernel(workgroup_size = 64)]
pub fn daxpy(a: f64, x: &[f64], y: &mut [f64]) {
    let i = global_index();
    if i < y.len() {
        y[i] = a * x[i] + y[i];
    }
}

/// One step of a 64-bit linear congruential generator.
#[kernel(workgroup_size = 64)]
pub fn lcg(x: &mut [u64]) {
    let i = global_index();
    if i < x.len() {
        x[i] = x[i].wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    }
}

/// `x[i] += 1`: every run must start from the inputs.
#[kernel(workgroup_size = 64)]
pub fn bump(x: &mut [u32]) {
    let i = global_index();
    if i < x.len() {
        x[i] = x[i].wrapping_add(1);
    }
}
