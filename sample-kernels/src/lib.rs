//! everygpu's sample kernels. Each kernel has a case in `cases.rs`.
#![no_std]

use everygpu_kernel::{atomic, barrier, global_index, kernel, local_id, workgroup_id};

/// `y = a * x + y`
#[kernel]
pub fn saxpy(a: f32, x: &[f32], y: &mut [f32]) {
    let i = global_index();
    if i < y.len() {
        y[i] = a * x[i] + y[i];
    }
}

/// Sums each workgroup's 256 elements in shared memory, tree-wise.
#[kernel(workgroup_size = 256)]
pub fn reduce_sum(input: &[f32], partial: &mut [f32], #[shared] tile: &mut [f32; 256]) {
    let i = global_index();
    let l = local_id().x as usize;
    tile[l] = if i < input.len() { input[i] } else { 0.0 };
    barrier();
    let mut stride = 128;
    while stride > 0 {
        if l < stride {
            tile[l] += tile[l + stride];
        }
        barrier();
        stride /= 2;
    }
    if l == 0 {
        partial[workgroup_id().x as usize] = tile[0];
    }
}

/// Counts values into 256 bins with atomics.
#[kernel]
pub fn histogram(values: &[u32], bins: &mut [u32]) {
    let i = global_index();
    if i < values.len() {
        let b = (values[i] & 255) as usize;
        atomic::fetch_add(&mut bins[b], 1);
    }
}

everygpu_kernel::host_only! {
    mod cases;
}
