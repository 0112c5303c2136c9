//! The CPU executor's subgroups, against hand-computed results: 32 lanes in
//! lock-step, shuffles, reductions and scans in the CUDA route's orders,
//! ballots and votes, partial subgroups, and non-uniform use reported as a
//! panic naming the operation and the line.
#![allow(missing_docs)]

use everygpu_kernel::host::exec::{Mode, Stop};
use everygpu_kernel::host::{exec, kernel, ArgSlot};
use everygpu_kernel::{local_id, subgroup, workgroup_id};

/// The subgroup builtins: size, lane, id and count of every thread.
#[everygpu_kernel::kernel(workgroup_size = 64)]
pub fn builtins(out: &mut [u32]) {
    let l = local_id().x as usize;
    out[l * 4] = subgroup::size();
    out[l * 4 + 1] = subgroup::lane();
    out[l * 4 + 2] = subgroup::id();
    out[l * 4 + 3] = subgroup::count();
}

/// Every gather on `lane * 10 + 1`.
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn gathers(out: &mut [u32], outf: &mut [f64]) {
    let lane = subgroup::lane();
    let x = lane * 10 + 1;
    let l = lane as usize;
    out[l * 6] = subgroup::shuffle(x, 3);
    out[l * 6 + 1] = subgroup::shuffle_xor(x, 1);
    out[l * 6 + 2] = subgroup::shuffle_down(x, 1);
    out[l * 6 + 3] = subgroup::shuffle_up(x, 2);
    out[l * 6 + 4] = subgroup::broadcast_first(x);
    out[l * 6 + 5] = subgroup::shuffle(x as i32 - 100, 31 - lane) as u32;
    outf[l] = subgroup::shuffle_xor(lane as f64 + 0.5, 31);
}

/// Reductions and scans of `lane` (u32), `lane - 16` (i32) and `lane / 4` (f32).
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn arithmetic(u: &mut [u32], i: &mut [i32], f: &mut [f32]) {
    let lane = subgroup::lane();
    let l = lane as usize;
    u[l * 5] = subgroup::reduce_add(lane);
    u[l * 5 + 1] = subgroup::reduce_min(lane + 7);
    u[l * 5 + 2] = subgroup::reduce_max(lane);
    u[l * 5 + 3] = subgroup::inclusive_add(lane);
    u[l * 5 + 4] = subgroup::exclusive_add(lane);
    let s = lane as i32 - 16;
    i[l * 3] = subgroup::reduce_add(s);
    i[l * 3 + 1] = subgroup::reduce_min(s);
    i[l * 3 + 2] = subgroup::reduce_max(s);
    let x = lane as f32 / 4.0;
    f[l * 3] = subgroup::reduce_add(x);
    f[l * 3 + 1] = subgroup::inclusive_add(x);
    f[l * 3 + 2] = subgroup::exclusive_add(x);
}

/// Ballots and votes.
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn votes(out: &mut [u32]) {
    let lane = subgroup::lane();
    let b = subgroup::ballot(lane.is_multiple_of(3));
    let l = lane as usize;
    out[l * 6] = b.words[0];
    out[l * 6 + 1] = b.count();
    out[l * 6 + 2] = b.count_below(lane);
    out[l * 6 + 3] = subgroup::any(lane == 5) as u32;
    out[l * 6 + 4] = subgroup::all(lane < 32) as u32;
    out[l * 6 + 5] = subgroup::all(lane < 31) as u32;
}

/// A workgroup of 40 threads: a full subgroup and a partial one of 8 lanes.
#[everygpu_kernel::kernel(workgroup_size = 40)]
pub fn partial(out: &mut [u32]) {
    let l = local_id().x as usize;
    out[l * 2] = subgroup::reduce_add(1u32);
    out[l * 2 + 1] = subgroup::reduce_max(local_id().x);
}

/// Only the second subgroup of each workgroup calls subgroup operations:
/// subgroup-uniform, which is all the contract asks.
#[everygpu_kernel::kernel(workgroup_size = 64)]
pub fn second_subgroup_only(out: &mut [u32]) {
    let g = workgroup_id().x as usize;
    if subgroup::id() == 1 {
        out[g] = subgroup::reduce_add(subgroup::lane());
    }
}

/// Lanes 16..32 return before the reduction: non-uniform.
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn early_return(out: &mut [u32]) {
    let lane = subgroup::lane();
    if lane >= 16 {
        return;
    }
    out[lane as usize] = subgroup::reduce_add(1u32);
}

/// Even and odd lanes reduce at different call sites: non-uniform.
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn two_sites(out: &mut [u32]) {
    let lane = subgroup::lane();
    let v = if lane.is_multiple_of(2) {
        subgroup::reduce_add(1u32)
    } else {
        subgroup::reduce_add(2u32)
    };
    out[lane as usize] = v;
}

fn slot<T>(v: &mut [T]) -> ArgSlot {
    ArgSlot {
        ptr: v.as_mut_ptr() as *mut u8,
        len: v.len(),
        bits: 0,
    }
}

fn launch(name: &str, groups: u32, args: &[ArgSlot]) {
    let (_, k) = kernel(name).expect("registered");
    exec::launch(k, [groups, 1, 1], args, Mode::Ordered).expect("no panic");
}

#[test]
fn builtins_describe_32_lane_subgroups() {
    let mut out = vec![0u32; 64 * 4];
    launch("builtins", 1, &[slot(&mut out)]);
    for l in 0..64u32 {
        let got = &out[l as usize * 4..][..4];
        assert_eq!(got, [32, l % 32, l / 32, 2], "thread {l}");
    }
}

#[test]
fn gathers_read_the_named_lane_or_keep_their_own() {
    let mut out = vec![0u32; 32 * 6];
    let mut outf = vec![0.0f64; 32];
    launch("gathers", 1, &[slot(&mut out), slot(&mut outf)]);
    for lane in 0..32u32 {
        let x = |l: u32| l * 10 + 1;
        let got = &out[lane as usize * 6..][..6];
        let down = if lane + 1 < 32 { x(lane + 1) } else { x(lane) };
        let up = if lane >= 2 { x(lane - 2) } else { x(lane) };
        let mirrored = (x(31 - lane) as i32 - 100) as u32;
        assert_eq!(got, [x(3), x(lane ^ 1), down, up, x(0), mirrored], "lane {lane}");
        assert_eq!(outf[lane as usize], (31 - lane) as f64 + 0.5);
    }
}

#[test]
fn reductions_and_scans_match_hand_computed_sums() {
    let mut u = vec![0u32; 32 * 5];
    let mut i = vec![0i32; 32 * 3];
    let mut f = vec![0f32; 32 * 3];
    launch("arithmetic", 1, &[slot(&mut u), slot(&mut i), slot(&mut f)]);
    for lane in 0..32u32 {
        let l = lane as usize;
        let tri = lane * (lane + 1) / 2;
        let before = tri - lane;
        assert_eq!(&u[l * 5..][..5], [496, 7, 31, tri, before], "lane {lane}");
        // sum(-16..16) = -16, min -16, max 15.
        assert_eq!(&i[l * 3..][..3], [-16, -16, 15], "lane {lane}");
        // Quarters are exact in f32, so every order of addition agrees.
        assert_eq!(
            &f[l * 3..][..3],
            [124.0, tri as f32 / 4.0, before as f32 / 4.0],
            "lane {lane}"
        );
    }
}

#[test]
fn ballots_and_votes() {
    let mut out = vec![0u32; 32 * 6];
    launch("votes", 1, &[slot(&mut out)]);
    let bits: u32 = (0..32u32).filter(|l| l.is_multiple_of(3)).fold(0, |b, l| b | 1 << l);
    for lane in 0..32u32 {
        let below = (0..lane).filter(|l| l.is_multiple_of(3)).count() as u32;
        assert_eq!(
            &out[lane as usize * 6..][..6],
            [bits, 11, below, 1, 1, 0],
            "lane {lane}"
        );
    }
}

#[test]
fn a_partial_subgroup_covers_its_own_lanes() {
    let mut out = vec![0u32; 40 * 2];
    launch("partial", 1, &[slot(&mut out)]);
    for l in 0..40usize {
        let expected = if l < 32 { [32, 31] } else { [8, 39] };
        assert_eq!(&out[l * 2..][..2], expected, "thread {l}");
    }
}

#[test]
fn a_later_subgroup_may_use_subgroups_alone() {
    for mode in [Mode::Ordered, Mode::Parallel, Mode::Reference] {
        let mut out = vec![0u32; 3];
        let (_, k) = kernel("second_subgroup_only").expect("registered");
        exec::launch(k, [3, 1, 1], &[slot(&mut out)], mode).expect("no panic");
        assert_eq!(out, [496; 3]);
    }
}

#[test]
fn lanes_that_returned_make_the_call_non_uniform() {
    let (_, k) = kernel("early_return").expect("registered");
    let mut out = vec![0u32; 32];
    let p = exec::launch(k, [1, 1, 1], &[slot(&mut out)], Mode::Ordered)
        .err()
        .and_then(Stop::panic)
        .expect("non-uniform");
    assert!(p.message.contains("subgroup::reduce_add"), "{}", p.message);
    assert!(
        p.message.contains("lanes 16-31 of subgroup 0 returned"),
        "{}",
        p.message
    );
    assert!(
        p.file.as_deref().is_some_and(|f| f.ends_with("subgroup.rs")),
        "{:?}",
        p.file
    );
    assert_eq!(p.line, 95);
}

#[test]
fn two_call_sites_are_reported_with_both_lines() {
    let (_, k) = kernel("two_sites").expect("registered");
    let mut out = vec![0u32; 32];
    let p = exec::launch(k, [1, 1, 1], &[slot(&mut out)], Mode::Ordered)
        .err()
        .and_then(Stop::panic)
        .expect("non-uniform");
    assert!(p.message.contains("non-uniform subgroup operations"), "{}", p.message);
    assert!(p.message.contains(":103:"), "{}", p.message);
    assert!(p.message.contains(":105:"), "{}", p.message);
    // The executor stays usable.
    let mut out = vec![0u32; 32 * 6];
    launch("votes", 1, &[slot(&mut out)]);
}
