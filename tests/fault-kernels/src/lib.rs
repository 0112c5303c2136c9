//! Kernels that misbehave on purpose. `everygpu run tests/fault-kernels
//! --backend all` must report each with the right status and message on
//! every backend, never die, and still run the good case after the bad ones.
#![no_std]

use everygpu_kernel::{global_index, gpu_println, kernel};

/// Reads past the end of its input.
#[kernel]
pub fn oob_read(input: &[f32], out: &mut [f32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = input[i + 1];
    }
}

/// Writes past the end of its output.
#[kernel]
pub fn oob_write(out: &mut [u32]) {
    let i = global_index();
    out[i + 3] = 1;
}

/// Panics explicitly in one thread.
#[kernel]
pub fn explicit_panic(out: &mut [u32]) {
    let i = global_index();
    if i == 37 {
        panic!("thread 37 gives up");
    }
    if i < out.len() {
        out[i] = i as u32;
    }
}

/// Every thread prints, then thread 37 panics: its prints, and those of
/// the threads before it, are not lost.
#[kernel]
pub fn print_then_panic(out: &mut [u32]) {
    let i = global_index();
    gpu_println!("thread {i} was here");
    if i == 37 {
        panic!("thread 37 gives up after printing");
    }
    if i < out.len() {
        out[i] = i as u32;
    }
}

/// Never ends.
#[kernel]
pub fn endless_loop(out: &mut [u32]) {
    let i = global_index();
    let mut x = i as u32;
    // The loop's exit depends on a value that never comes: it runs forever
    // without being something the compiler may remove.
    while x != u32::MAX || out.len() != usize::MAX {
        x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223) | 1;
        if i < out.len() {
            out[i] = x;
        }
    }
}

/// Divides by a divisor that is zero for some threads.
#[kernel]
pub fn divide_by_zero(divisors: &[u32], out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = 1000 / divisors[i];
    }
}

/// Needs far more memory than exists (its case asks for it).
#[kernel]
pub fn huge_buffer(out: &mut [f32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = 1.0;
    }
}

fn depth(n: u32) -> u32 {
    if n == 0 {
        0
    } else {
        1 + depth(core::hint::black_box(n - 1))
    }
}

/// Recurses (deeply on the CPU; GPUs have no call stack for it).
#[kernel]
pub fn recursion(out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = depth(core::hint::black_box(10_000_000));
    }
}

/// Keeps a 16 MiB array on the stack.
#[kernel]
pub fn large_local_array(out: &mut [f32]) {
    let i = global_index();
    let mut local = [0.0f32; 4 << 20];
    let n = local.len();
    local[core::hint::black_box(i) % n] = i as f32;
    if i < out.len() {
        out[i] = core::hint::black_box(&local)[i % n];
    }
}

/// Produces NaN (0/0) in every element.
#[kernel]
pub fn nan_output(zeros: &[f32], out: &mut [f32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = zeros[i] / zeros[i];
    }
}

/// Calls through a function pointer picked per thread.
#[kernel]
pub fn function_pointer(ops: &[u32], out: &mut [u32]) {
    fn double(x: u32) -> u32 {
        x * 2
    }
    fn square(x: u32) -> u32 {
        x * x
    }
    let table: [fn(u32) -> u32; 2] = [double, square];
    let i = global_index();
    if i < out.len() {
        let f = core::hint::black_box(table[(ops[i] & 1) as usize]);
        out[i] = f(i as u32);
    }
}

/// Simply wrong: on every backend but the CPU ones it differs from the
/// reference, because it reads which thread ran last.
#[kernel]
pub fn racy_sum(values: &[u32], total: &mut [u32]) {
    let i = global_index();
    if i < values.len() {
        // A non-atomic read-modify-write from every thread: lost updates.
        total[0] = total[0].wrapping_add(values[i]);
    }
}

/// Correct, to prove the good cases still run after the bad ones.
#[kernel]
pub fn good(x: &[f32], y: &mut [f32]) {
    let i = global_index();
    if i < y.len() {
        y[i] += 2.0 * x[i];
    }
}

everygpu_kernel::host_only! {
    mod cases;
}
