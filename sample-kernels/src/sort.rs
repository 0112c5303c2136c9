//! Sorting and scanning.

use super::*;

/// One compare-exchange step of a bitonic sort over a power-of-two `data`.
#[kernel]
pub fn bitonic_step(j: u32, k: u32, data: &mut [u32]) {
    let i = global_index();
    let partner = i ^ j as usize;
    if i < data.len() && partner > i && partner < data.len() {
        let ascending = i & k as usize == 0;
        let (x, y) = (data[i], data[partner]);
        if (x > y) == ascending {
            data[i] = y;
            data[partner] = x;
        }
    }
}

/// Elements scanned by one workgroup of `scan_blocks`.
pub const SCAN_BLOCK: usize = 256;

/// Inclusive prefix sums within each block of 256 elements (Hillis–Steele in
/// shared memory); each block's total goes to `sums`.
#[kernel(workgroup_size = 256)]
pub fn scan_blocks(input: &[u32], output: &mut [u32], sums: &mut [u32], tile: &Shared<u32, SCAN_BLOCK>) {
    let i = global_index();
    let l = local_id().x as usize;
    tile.set(l, if i < input.len() { input[i] } else { 0 });
    barrier();
    let mut offset = 1;
    while offset < SCAN_BLOCK {
        let add = if l >= offset { tile.get(l - offset) } else { 0 };
        barrier();
        tile.set(l, tile.get(l).wrapping_add(add));
        barrier();
        offset *= 2;
    }
    if i < output.len() {
        output[i] = tile.get(l);
    }
    if l == SCAN_BLOCK - 1 {
        let block = workgroup_index();
        if block < sums.len() {
            sums[block] = tile.get(l);
        }
    }
}

/// Adds the scanned total of all previous blocks to each element.
#[kernel(workgroup_size = 256)]
pub fn scan_add(offsets: &[u32], output: &mut [u32]) {
    let i = global_index();
    let block = i / SCAN_BLOCK;
    if i < output.len() && block > 0 {
        output[i] = output[i].wrapping_add(offsets[block - 1]);
    }
}
