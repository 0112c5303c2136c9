//! Subgroups: lanes exchange values in registers (NVIDIA warps, AMD
//! wavefronts, Vulkan/WebGPU subgroups), written once for every route and for
//! any subgroup size.

use super::*;

/// Threads per workgroup of the subgroup reductions.
pub const REDUCE_GROUP: usize = 256;

/// Sums each workgroup's 256 elements, like `reduce_sum`, with subgroup
/// reductions instead of a tree in shared memory: each subgroup adds its
/// lanes in registers, lane 0 of each puts the subgroup's sum in shared
/// memory, and after one barrier (the tree has nine) the first subgroup adds
/// those sums. Written for any subgroup size: 32 on NVIDIA GPUs and on the
/// CPU, 8 on lavapipe, 64 on some AMD GPUs.
#[kernel(workgroup_size = 256)]
pub fn reduce_sum_subgroup(input: &[f32], partial: &mut [f32], sums: &Shared<f32, REDUCE_GROUP>) {
    let i = global_index();
    let v = if i < input.len() { input[i] } else { 0.0 };
    let total = workgroup_sum_subgroups(v, sums);
    let group = workgroup_index();
    if local_id().x == 0 && group < partial.len() {
        partial[group] = total;
    }
}

/// The sum of `v` over the workgroup, in its first subgroup: one subgroup
/// reduction, one barrier, and one more reduction of the subgroups' sums.
#[inline(always)]
fn workgroup_sum_subgroups(v: f32, sums: &Shared<f32, REDUCE_GROUP>) -> f32 {
    let s = subgroup::reduce_add(v);
    let (id, lane, size) = (subgroup::id(), subgroup::lane(), subgroup::size());
    if lane == 0 {
        sums.set(id as usize, s);
    }
    barrier();
    if id != 0 {
        return 0.0;
    }
    // Every lane of the first subgroup adds a strided share of the sums.
    let mut share = 0.0;
    let mut j = lane;
    while j < subgroup::count() {
        share += sums.get(j as usize);
        j += size;
    }
    subgroup::reduce_add(share)
}

/// Workgroups of `sum_subgroup` (as BabelStream's dot).
pub const SUM_GROUPS: u32 = 1024;

/// The sum of a large array, one partial sum per workgroup: each thread adds
/// a grid-stride share in four independent sums (four loads in flight: the
/// bytes in flight per thread of BabelStream's dot, which reads two arrays
/// two at a time), then the workgroup adds them with subgroup reductions.
#[kernel(workgroup_size = 256)]
pub fn sum_subgroup(input: &[f32], partial: &mut [f32], sums: &Shared<f32, REDUCE_GROUP>) {
    let group = workgroup_id().x as usize;
    let stride = everygpu_kernel::num_workgroups().x as usize * REDUCE_GROUP;
    let n = input.len();
    let mut i = group * REDUCE_GROUP + local_id().x as usize;
    // SAFETY (every `get_unchecked` below): the loop conditions keep each
    // index below `n`, the slice's length.
    let at = |i: usize| unsafe { *input.get_unchecked(i) };
    let mut s = [0.0f32; 4];
    while i + 3 * stride < n {
        s[0] += at(i);
        s[1] += at(i + stride);
        s[2] += at(i + 2 * stride);
        s[3] += at(i + 3 * stride);
        i += 4 * stride;
    }
    while i < n {
        s[0] += at(i);
        i += stride;
    }
    let total = workgroup_sum_subgroups((s[0] + s[1]) + (s[2] + s[3]), sums);
    if local_id().x == 0 {
        partial[group] = total;
    }
}

/// Inclusive prefix sums within each block of 256 elements, like
/// `scan_blocks`, with subgroup scans: each subgroup scans its lanes in
/// registers, the first subgroup scans the subgroups' totals, and every
/// thread adds the totals of the subgroups before its own. Two barriers
/// instead of sixteen; written for any subgroup size.
#[kernel(workgroup_size = 256)]
pub fn scan_blocks_subgroup(input: &[u32], output: &mut [u32], sums: &mut [u32], totals: &Shared<u32, SCAN_BLOCK>) {
    let i = global_index();
    let v = if i < input.len() { input[i] } else { 0 };
    let s = subgroup::inclusive_add(v);
    let (id, lane, size) = (subgroup::id(), subgroup::lane(), subgroup::size());
    if lane == size - 1 {
        totals.set(id as usize, s);
    }
    barrier();
    if id == 0 {
        // Scan the totals in chunks of one subgroup, carrying each chunk's sum.
        let count = subgroup::count();
        let mut carry = 0u32;
        let mut base = 0;
        while base < count {
            let k = base + lane;
            let t = if k < count { totals.get(k as usize) } else { 0 };
            let scanned = subgroup::inclusive_add(t).wrapping_add(carry);
            if k < count {
                totals.set(k as usize, scanned);
            }
            carry = subgroup::broadcast(scanned, size - 1);
            base += size;
        }
    }
    barrier();
    let before = if id > 0 { totals.get(id as usize - 1) } else { 0 };
    let scanned = s.wrapping_add(before);
    if i < output.len() {
        output[i] = scanned;
    }
    if local_id().x as usize == SCAN_BLOCK - 1 {
        let block = workgroup_index();
        if block < sums.len() {
            sums[block] = scanned;
        }
    }
}
