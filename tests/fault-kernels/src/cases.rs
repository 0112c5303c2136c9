//! One case per fault, plus `good`.

use everygpu_kernel::case;
use everygpu_kernel::host::data::filled;
use everygpu_kernel::host::*;

fn one_output_u32(kernel: &str, n: usize) -> Case {
    let mut c = Case::new();
    let out = c.output("out", vec![0u32; n]);
    c.launch(kernel, Grid::Linear(n as u64), &[out.into()]);
    c
}

#[case(size = 1024)]
fn oob_read(n: usize) -> Case {
    let mut c = Case::new();
    let input = c.input("input", filled(n, 1.0f32));
    let out = c.output("out", vec![0.0f32; n]);
    c.launch("oob_read", Grid::Linear(n as u64), &[input.into(), out.into()]);
    c
}

#[case(size = 1024)]
fn oob_write(n: usize) -> Case {
    one_output_u32("oob_write", n)
}

#[case(size = 1024)]
fn explicit_panic(n: usize) -> Case {
    one_output_u32("explicit_panic", n)
}

#[case(size = 256)]
fn print_then_panic(n: usize) -> Case {
    one_output_u32("print_then_panic", n)
}

#[case(size = 256)]
fn endless_loop(n: usize) -> Case {
    one_output_u32("endless_loop", n)
}

#[case(size = 1024)]
fn divide_by_zero(n: usize) -> Case {
    let mut c = Case::new();
    let d = c.input("divisors", (0..n as u32).map(|i| i % 7).collect());
    let out = c.output("out", vec![0u32; n]);
    c.launch("divide_by_zero", Grid::Linear(n as u64), &[d.into(), out.into()]);
    c
}

#[case(size = 1024)]
fn huge_buffer(_n: usize) -> Case {
    // 2^40 floats: 4 TiB. The memory check refuses before allocating.
    let n = 1usize << 40;
    let mut c = Case::new();
    let out = c.output("out", filled(n, 0.0f32));
    c.launch("huge_buffer", Grid::Linear(n as u64), &[out.into()]);
    c
}

#[case(size = 64)]
fn recursion(n: usize) -> Case {
    one_output_u32("recursion", n)
}

#[case(size = 64)]
fn large_local_array(n: usize) -> Case {
    let mut c = Case::new();
    let out = c.output("out", vec![0.0f32; n]);
    c.launch("large_local_array", Grid::Linear(n as u64), &[out.into()]);
    c
}

#[case(size = 1024)]
fn nan_output(n: usize) -> Case {
    let mut c = Case::new();
    let z = c.input("zeros", vec![0.0f32; n]);
    let out = c.output("out", vec![1.0f32; n]);
    c.launch("nan_output", Grid::Linear(n as u64), &[z.into(), out.into()]);
    c
}

#[case(size = 1024)]
fn function_pointer(n: usize) -> Case {
    let mut c = Case::new();
    let ops = c.input("ops", (0..n as u32).collect());
    let out = c.output("out", vec![0u32; n]);
    c.launch("function_pointer", Grid::Linear(n as u64), &[ops.into(), out.into()]);
    c
}

#[case(size = 1 << 16)]
fn racy_sum(n: usize) -> Case {
    let mut c = Case::new();
    let v = c.input("values", vec![1u32; n]);
    let total = c.output("total", vec![0u32; 1]);
    c.launch("racy_sum", Grid::Linear(n as u64), &[v.into(), total.into()]);
    c
}

#[case(size = 4096)]
fn good(n: usize) -> Case {
    let mut rng = Rng::new(11);
    let mut c = Case::new();
    let x = c.input("x", rng.f32s(n, -1.0, 1.0));
    let y = c.output("y", rng.f32s(n, -1.0, 1.0));
    c.launch("good", Grid::Linear(n as u64), &[x.into(), y.into()])
        .tolerance(Tolerance::rel(1e-6));
    c
}
