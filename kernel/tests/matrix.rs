//! The CPU executor's matrix tiles, against hand-computed products: loads
//! and stores in row-major order, multiply-accumulates in f32 over f16 and
//! bf16 inputs, scaling, tiles from workgroup memory, and the rules
//! (whole subgroups, aligned tiles) reported as panics.
#![allow(missing_docs)]

use everygpu_kernel::host::exec::Mode;
use everygpu_kernel::host::{exec, kernel, ArgSlot};
use everygpu_kernel::matrix::{Accumulator, TileA, TileB};
use everygpu_kernel::{barrier, bf16, f16, local_id, subgroup, Shared};

/// `c = a · b` for one 16 × 16 tile of f16 (row stride 16).
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn product_f16(a: &[f16], b: &[f16], c: &mut [f32]) {
    let mut acc = Accumulator::zero();
    acc.mma(&TileA::load(a, 0, 16), &TileB::load(b, 0, 16));
    acc.store(c, 0, 16);
}

/// `c = a · b` for one 16 × 16 tile of bf16.
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn product_bf16(a: &[bf16], b: &[bf16], c: &mut [f32]) {
    let mut acc = Accumulator::zero();
    acc.mma(&TileA::load(a, 0, 16), &TileB::load(b, 0, 16));
    acc.store(c, 0, 16);
}

/// `c = (c + 2 a·b) / 2`, with the tiles in the middle of 32-wide rows.
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn accumulate(a: &[f16], b: &[f16], c: &mut [f32]) {
    let mut acc = Accumulator::load(c, 16, 32);
    let (ta, tb) = (TileA::load(a, 16, 32), TileB::load(b, 16, 32));
    acc.mma(&ta, &tb);
    acc.mma(&ta, &tb);
    acc.scale(0.5);
    acc.store(c, 16, 32);
}

/// Two subgroups, each multiplying its own tiles staged in workgroup memory.
#[everygpu_kernel::kernel(workgroup_size = 64)]
pub fn staged(
    a: &[f16],
    b: &[f16],
    c: &mut [f32],
    ta: &Shared<f16, 512>,
    tb: &Shared<f16, 512>,
    tc: &Shared<f32, 512>,
) {
    let l = local_id().x as usize;
    for i in (l..512).step_by(64) {
        ta.set(i, a[i]);
        tb.set(i, b[i]);
    }
    barrier();
    let t = subgroup::id() as usize * 256;
    let mut acc = Accumulator::zero();
    acc.mma(&TileA::load_shared(ta, t, 16), &TileB::load_shared(tb, t, 16));
    acc.store_shared(tc, t, 16);
    barrier();
    for i in (l..512).step_by(64) {
        c[i] = tc.get(i);
    }
}

/// A workgroup of 40 threads: its second subgroup has 8 lanes.
#[everygpu_kernel::kernel(workgroup_size = 40)]
pub fn partial(a: &[f16], b: &[f16], c: &mut [f32]) {
    let mut acc = Accumulator::zero();
    acc.mma(&TileA::load(a, 0, 16), &TileB::load(b, 0, 16));
    acc.store(c, 0, 16);
}

/// A tile at an offset of 4 elements (8 bytes).
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn misaligned(a: &[f16]) {
    let _ = TileA::load(a, 4, 16);
}

fn slot<T>(v: &mut [T]) -> ArgSlot {
    ArgSlot {
        ptr: v.as_mut_ptr() as *mut u8,
        len: v.len(),
        bits: 0,
    }
}

const SHARED: ArgSlot = ArgSlot {
    ptr: std::ptr::null_mut(),
    len: 0,
    bits: 0,
};

/// `a[r][k] = (r + 2k) mod 7 - 3` and `b[k][n] = (3k + n) mod 5 - 2`:
/// small integers, exact in f16, bf16 and f32.
fn inputs(rows: usize, cols: usize) -> (Vec<f32>, Vec<f32>) {
    let a = (0..rows * cols)
        .map(|i| ((i / cols + 2 * (i % cols)) % 7) as f32 - 3.0)
        .collect();
    let b = (0..rows * cols)
        .map(|i| ((3 * (i / cols) + i % cols) % 5) as f32 - 2.0)
        .collect();
    (a, b)
}

/// Row-major `a · b` for 16 × 16 tiles with row stride `stride` at `offset`.
fn product(a: &[f32], b: &[f32], offset: usize, stride: usize) -> Vec<f32> {
    let mut c = vec![0.0; 256];
    for r in 0..16 {
        for n in 0..16 {
            c[r * 16 + n] = (0..16)
                .map(|k| a[offset + r * stride + k] * b[offset + k * stride + n])
                .sum();
        }
    }
    c
}

fn launch(name: &str, args: &[ArgSlot]) -> Result<(), exec::PanicReport> {
    let (_, k) = kernel(name).expect("registered");
    exec::launch(k, [1, 1, 1], args, Mode::Ordered).map_err(|s| s.panic().expect("a panic"))
}

#[test]
fn f16_and_bf16_tiles_multiply_exactly() {
    let (a, b) = inputs(16, 16);
    let expected = product(&a, &b, 0, 16);
    let mut a16: Vec<f16> = a.iter().map(|v| f16::from_f32(*v)).collect();
    let mut b16: Vec<f16> = b.iter().map(|v| f16::from_f32(*v)).collect();
    let mut c = vec![f32::NAN; 256];
    launch("product_f16", &[slot(&mut a16), slot(&mut b16), slot(&mut c)]).expect("no panic");
    assert_eq!(c, expected);
    let mut a16: Vec<bf16> = a.iter().map(|v| bf16::from_f32(*v)).collect();
    let mut b16: Vec<bf16> = b.iter().map(|v| bf16::from_f32(*v)).collect();
    let mut c = vec![f32::NAN; 256];
    launch("product_bf16", &[slot(&mut a16), slot(&mut b16), slot(&mut c)]).expect("no panic");
    assert_eq!(c, expected);
}

#[test]
fn accumulators_load_accumulate_scale_and_store_in_place() {
    let (a, b) = inputs(16, 32);
    let ab = product(&a, &b, 16, 32);
    let mut a16: Vec<f16> = a.iter().map(|v| f16::from_f32(*v)).collect();
    let mut b16: Vec<f16> = b.iter().map(|v| f16::from_f32(*v)).collect();
    let before: Vec<f32> = (0..16 * 32).map(|i| i as f32).collect();
    let mut c = before.clone();
    launch("accumulate", &[slot(&mut a16), slot(&mut b16), slot(&mut c)]).expect("no panic");
    for r in 0..16 {
        for n in 0..32 {
            let i = r * 32 + n;
            let want = if n >= 16 {
                (before[i] + 2.0 * ab[r * 16 + n - 16]) * 0.5
            } else {
                before[i]
            };
            assert_eq!(c[i], want, "({r}, {n})");
        }
    }
}

#[test]
fn tiles_load_from_and_store_to_workgroup_memory() {
    let (a, b) = inputs(32, 16);
    let mut a16: Vec<f16> = a.iter().map(|v| f16::from_f32(*v)).collect();
    let mut b16: Vec<f16> = b.iter().map(|v| f16::from_f32(*v)).collect();
    let mut c = vec![f32::NAN; 512];
    let args = [slot(&mut a16), slot(&mut b16), slot(&mut c), SHARED, SHARED, SHARED];
    launch("staged", &args).expect("no panic");
    assert_eq!(&c[..256], product(&a, &b, 0, 16));
    assert_eq!(&c[256..], product(&a, &b, 256, 16));
}

#[test]
fn a_partial_subgroup_cannot_hold_a_tile() {
    let mut a = vec![f16::ONE; 256];
    let mut b = vec![f16::ONE; 256];
    let mut c = vec![0.0f32; 256];
    let p = launch("partial", &[slot(&mut a), slot(&mut b), slot(&mut c)]).expect_err("8 lanes");
    assert!(p.message.contains("a subgroup of 8 lanes"), "{}", p.message);
    assert!(p.message.contains("whole subgroups of 32"), "{}", p.message);
}

#[test]
fn a_misaligned_tile_panics_with_the_rule() {
    let mut a = vec![f16::ONE; 512];
    let p = launch("misaligned", &[slot(&mut a)]).expect_err("misaligned");
    assert!(p.message.contains("not a multiple of 32 bytes"), "{}", p.message);
    assert!(
        p.file.as_deref().is_some_and(|f| f.ends_with("matrix.rs")),
        "{:?}",
        p.file
    );
}
