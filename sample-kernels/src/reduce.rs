//! Reductions and atomics.

use super::*;

/// Sums each workgroup's 256 elements in shared memory, tree-wise.
#[kernel(workgroup_size = 256)]
pub fn reduce_sum(input: &[f32], partial: &mut [f32], tile: &Shared<f32, 256>) {
    let i = global_index();
    let l = local_id().x as usize;
    tile.set(l, if i < input.len() { input[i] } else { 0.0 });
    tree_sum(tile, l);
    // A grid laid out in two dimensions may have workgroups past the end.
    let group = workgroup_index();
    if l == 0 && group < partial.len() {
        partial[group] = tile.get(0);
    }
}

/// Counts values into 256 bins: per-workgroup bins in shared memory with
/// atomics, then one atomic add per bin into the result.
#[kernel(workgroup_size = 256)]
pub fn histogram(values: &[u32], bins: &mut [u32], local_bins: &Shared<u32, 256>) {
    let i = global_index();
    let l = local_id().x as usize;
    local_bins.set(l, 0);
    barrier();
    if i < values.len() {
        let b = (values[i] >> 24) as usize;
        local_bins.fetch_add(b, 1);
    }
    barrier();
    let count = local_bins.get(l);
    if count != 0 {
        atomic::fetch_add(&mut bins[l], count);
    }
}

/// A 16 KiB lookup table, as crates carry them (CRC tables, libm's
/// coefficients): 4096 hashed words, computed at compile time.
pub static LOOKUP: [u32; LOOKUP_LEN] = {
    let mut t = [0u32; LOOKUP_LEN];
    let mut i = 0;
    while i < LOOKUP_LEN {
        t[i] = mix(i as u32);
        i += 1;
    }
    t
};
/// Entries of [`LOOKUP`].
pub const LOOKUP_LEN: usize = 4096;

/// The hash behind [`LOOKUP`] (murmur3's finaliser).
pub const fn mix(i: u32) -> u32 {
    let mut x = i ^ (i >> 16);
    x = x.wrapping_mul(0x85eb_ca6b);
    x ^= x >> 13;
    x = x.wrapping_mul(0xc2b2_ae35);
    x ^ (x >> 16)
}

/// `out[i] = LOOKUP[input[i] % 4096]`: every thread reads the crate's
/// constant table at a computed index.
#[kernel]
pub fn lookup(input: &[u32], out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = LOOKUP[input[i] as usize % LOOKUP_LEN];
    }
}

/// `lookup` without the table: each thread computes the entry.
#[kernel]
pub fn lookup_computed(input: &[u32], out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = mix(input[i] % LOOKUP_LEN as u32);
    }
}

/// The smallest and largest value, with atomic min and max on signed integers.
#[kernel]
pub fn min_max(values: &[i32], result: &mut [i32]) {
    let i = global_index();
    if i < values.len() {
        atomic::fetch_min(&mut result[0], values[i]);
        atomic::fetch_max(&mut result[1], values[i]);
    }
}
