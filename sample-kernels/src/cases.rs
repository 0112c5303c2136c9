//! Cases for the sample kernels: inputs, launches, traffic and baselines.

use everygpu_kernel::host::*;
use everygpu_kernel::case;

#[case(size = 1 << 20)]
fn saxpy(n: usize) -> Case {
    let mut rng = Rng::new(1);
    let mut c = Case::new();
    let x = c.input("x", rng.f32s(n, -1.0, 1.0));
    let y = c.output("y", rng.f32s(n, -1.0, 1.0));
    c.launch("saxpy", Grid::Linear(n as u64), &[2.5f32.into(), x.into(), y.into()])
        .traffic(12 * n as u64, 2 * n as u64)
        .tolerance(Tolerance::rel(1e-6))
        .native(move |b| {
            let (x, y) = b.pair(x, y);
            for (y, x) in y.iter_mut().zip(x) {
                *y += 2.5 * x;
            }
        });
    c
}

#[case(size = 1 << 20)]
fn reduce_sum(n: usize) -> Case {
    let mut rng = Rng::new(2);
    let mut c = Case::new();
    let input = c.input("input", rng.f32s(n, 0.0, 1.0));
    let groups = n.div_ceil(256);
    let partial = c.output("partial", vec![0.0f32; groups]);
    c.launch("reduce_sum", Grid::Linear(n as u64), &[input.into(), partial.into(), Arg::Shared])
        .traffic(4 * n as u64 + 4 * groups as u64, n as u64)
        .tolerance(Tolerance::rel(1e-5));
    c
}

#[case(size = 1 << 20)]
fn histogram(n: usize) -> Case {
    let mut rng = Rng::new(3);
    let mut c = Case::new();
    let values = c.input("values", rng.u32s(n, 0));
    let bins = c.output("bins", vec![0u32; 256]);
    c.launch("histogram", Grid::Linear(n as u64), &[values.into(), bins.into()])
        .traffic(4 * n as u64, 0);
    c
}
