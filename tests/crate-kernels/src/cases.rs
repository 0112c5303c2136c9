//! Seeded inputs for the crate kernels; the CPU reference runs the same Rust.

use everygpu_kernel::case;
use everygpu_kernel::host::*;

#[case(size = 1 << 16)]
fn libm_wave(n: usize) -> Case {
    let mut rng = Rng::new(21);
    let mut c = Case::new();
    let x = c.input("x", rng.f32s(n, -9.0, 9.0));
    let out = c.output("out", vec![0.0f32; n]);
    c.launch("libm_wave", Grid::Linear(n as u64), &[x.into(), out.into()])
        .traffic(8 * n as u64, 0)
        .tolerance(Tolerance::EXACT);
    c
}

/// The specials, then values of every magnitude: random bit patterns (NaNs
/// with payloads among them).
fn wide_f32s(rng: &mut Rng, n: usize) -> Vec<f32> {
    let specials = [
        0.0f32,
        -0.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        f32::MIN_POSITIVE,
        -f32::MIN_POSITIVE / 4.0,
        f32::MAX,
        f32::MIN,
        1.0,
        -1.0,
        0.5,
        core::f32::consts::PI,
        -core::f32::consts::FRAC_PI_2,
        88.72,
        -103.97,
    ];
    let mut v: Vec<f32> = specials.into_iter().cycle().take(n.min(64)).collect();
    v.extend(rng.u32s(n - v.len(), u32::MAX).into_iter().map(f32::from_bits));
    v
}

#[case(size = 1 << 14)]
fn libm_f32(n: usize) -> Case {
    let mut rng = Rng::new(25);
    let mut c = Case::new();
    let x = c.input("x", wide_f32s(&mut rng, n));
    let mut ys = wide_f32s(&mut rng, n);
    ys[..64].rotate_left(5);
    let y = c.input("y", ys);
    let out = c.output("out", vec![0.0f32; 10 * n]);
    c.launch("libm_f32", Grid::Linear(n as u64), &[x.into(), y.into(), out.into()])
        .traffic(48 * n as u64, 0)
        .tolerance(Tolerance::EXACT);
    c
}

#[case(size = 1 << 16)]
fn glam_rotate(n: usize) -> Case {
    let mut rng = Rng::new(22);
    let mut c = Case::new();
    let points = c.input("points", rng.f32s(3 * n, -4.0, 4.0));
    let out = c.output("out", vec![0.0f32; 3 * n]);
    c.launch(
        "glam_rotate",
        Grid::Linear(n as u64),
        &[0.7f32.into(), points.into(), out.into()],
    )
    .traffic(24 * n as u64, 0)
    .tolerance(Tolerance::EXACT);
    c
}

#[case(size = 1 << 14)]
fn crc_blocks(n: usize) -> Case {
    let mut rng = Rng::new(23);
    let mut c = Case::new();
    let data: Vec<u8> = rng.u32s(64 * n, 256).into_iter().map(|b| b as u8).collect();
    let data = c.input("data", data);
    let out = c.output("out", vec![0u32; n]);
    c.launch("crc_blocks", Grid::Linear(n as u64), &[data.into(), out.into()])
        .traffic(68 * n as u64, 0);
    c
}

#[case(size = 1 << 16)]
fn xoshiro(n: usize) -> Case {
    let mut rng = Rng::new(24);
    let mut c = Case::new();
    let seeds = c.input("seeds", rng.u32s(n, u32::MAX));
    let out = c.output("out", vec![0u32; n]);
    c.launch("xoshiro", Grid::Linear(n as u64), &[seeds.into(), out.into()])
        .traffic(8 * n as u64, 0);
    c
}
