//! Runs lowered sample kernels (built by real rustc) in the test interpreter of
//! naga IR and compares their outputs with the same computation in Rust:
//! control flow, provenance, sub-word loads, atomics, barriers, shared memory,
//! f64, i64 and panics end to end, without a GPU.

mod common;

use common::interp::{self, Buffers};
use everygpu_backend::{ShaderArtifact, ShaderKernel};
use everygpu_wasm_naga::lower;
use std::sync::OnceLock;

fn artifact() -> &'static ShaderArtifact {
    static A: OnceLock<ShaderArtifact> = OnceLock::new();
    A.get_or_init(|| {
        let (wasm, manifest) = common::samples();
        lower(wasm, manifest)
    })
}

fn kernel(name: &str) -> &'static ShaderKernel {
    artifact()
        .kernel(name)
        .unwrap_or_else(|| panic!("{name} did not lower: {:?}", artifact().errors))
}

/// An argument of a launch.
enum A {
    U32(u32),
    F32(f32),
    F64(f64),
    Buf(Vec<u64>),
    /// A buffer of `usize` elements of several words each.
    Structs(Vec<u64>, usize),
    Shared,
}

fn f32s(v: &[f32]) -> Vec<u64> {
    v.iter().map(|x| x.to_bits() as u64).collect()
}
fn f64s(v: &[f64]) -> Vec<u64> {
    v.iter().map(|x| x.to_bits()).collect()
}
fn u32s(v: &[u32]) -> Vec<u64> {
    v.iter().map(|&x| x as u64).collect()
}
fn as_f32(v: &[u64]) -> Vec<f32> {
    v.iter().map(|&b| f32::from_bits(b as u32)).collect()
}
fn as_u32(v: &[u64]) -> Vec<u32> {
    v.iter().map(|&b| b as u32).collect()
}

/// Launches `name` over `groups`; returns the buffers (by binding) and the status words.
fn launch(name: &str, groups: [u32; 3], args: Vec<A>) -> (Buffers, Vec<u32>) {
    let k = kernel(name);
    let mut params = vec![0u64; 2 * args.len().max(1)];
    let mut buffers = Buffers::new();
    for (i, a) in args.into_iter().enumerate() {
        match a {
            A::U32(v) => params[2 * i] = v as u64,
            A::F32(v) => params[2 * i] = v.to_bits() as u64,
            A::F64(v) => {
                params[2 * i] = v.to_bits() & 0xffff_ffff;
                params[2 * i + 1] = v.to_bits() >> 32;
            }
            A::Buf(data) => {
                let b = k
                    .bindings
                    .iter()
                    .find(|b| b.param == i)
                    .expect("binding of a buffer parameter");
                params[2 * i] = data.len() as u64;
                buffers.insert(b.binding, data);
            }
            A::Structs(data, len) => {
                let b = k
                    .bindings
                    .iter()
                    .find(|b| b.param == i)
                    .expect("binding of a buffer parameter");
                params[2 * i] = len as u64;
                buffers.insert(b.binding, data);
            }
            A::Shared => {}
        }
    }
    buffers.insert(0, vec![0; everygpu_backend::STATUS_WORDS]);
    buffers.insert(1, common::param_words(params, k));
    interp::run(&k.module, groups, &mut buffers).unwrap_or_else(|e| panic!("{name}: {e}"));
    let status = as_u32(&buffers[&0]);
    (buffers, status)
}

fn no_panic(name: &str, status: &[u32]) {
    assert_eq!(status[0], 0, "{name} panicked: {:?}", status);
}

#[test]
fn saxpy_matches_rust() {
    let n = 1000;
    let x: Vec<f32> = (0..n).map(|i| i as f32 * 0.5).collect();
    let y: Vec<f32> = (0..n).map(|i| 1000.0 - i as f32).collect();
    let (out, status) = launch(
        "saxpy",
        [4, 1, 1],
        vec![A::F32(2.5), A::Buf(f32s(&x)), A::Buf(f32s(&y))],
    );
    no_panic("saxpy", &status);
    let want: Vec<f32> = x.iter().zip(&y).map(|(x, y)| 2.5 * x + y).collect();
    assert_eq!(as_f32(&out[&3]), want);
}

#[test]
fn saxpy_out_of_bounds_reports_the_panic_site() {
    let x = vec![1.0f32; 100];
    let y = vec![0.0f32; 300];
    let (_, status) = launch(
        "saxpy",
        [2, 1, 1],
        vec![A::F32(1.0), A::Buf(f32s(&x)), A::Buf(f32s(&y))],
    );
    assert_ne!(status[0], 0, "an index past x must panic");
    let k = kernel("saxpy");
    let message = &k.panic_messages[status[0] as usize - 1];
    assert_eq!(
        message,
        "index out of bounds: the len is \u{1}1 but the index is \u{1}0"
    );
    // The values: the index past `x`, and `x`'s length.
    let (index, len) = (status[50], status[51]);
    assert_eq!(len, 100, "{status:?}");
    assert!((100..300).contains(&index), "index {index}");
    let panic = everygpu_backend::KernelPanic::from_status("saxpy", &status, message).expect("a panic");
    assert_eq!(
        panic.message,
        format!("index out of bounds: the len is 100 but the index is {index}"),
        "as the CPU says it"
    );
    let thread = status[1] + 256 * status[4];
    assert!((100..300).contains(&thread), "thread {thread} panicked");
    let file_len = status[9] as usize;
    let bytes: Vec<u8> = status[10..]
        .iter()
        .flat_map(|w| w.to_le_bytes())
        .take(file_len)
        .collect();
    assert_eq!(String::from_utf8_lossy(&bytes), "src/lib.rs");
    let source = include_str!("../../../sample-kernels/src/lib.rs");
    let line = source.lines().nth(status[7] as usize - 1).unwrap_or_default();
    assert!(
        line.contains("y[i] = a * x[i] + y[i]"),
        "line {} is `{line}`",
        status[7]
    );
}

#[test]
fn histogram_counts_top_bytes_with_atomics_and_barriers() {
    let n = 512u32;
    let values: Vec<u32> = (0..n).map(|i| i.wrapping_mul(2_654_435_761)).collect();
    let (out, status) = launch(
        "histogram",
        [2, 1, 1],
        vec![A::Buf(u32s(&values)), A::Buf(vec![0; 256]), A::Shared],
    );
    no_panic("histogram", &status);
    let mut want = vec![0u32; 256];
    for v in &values {
        want[(v >> 24) as usize] += 1;
    }
    assert_eq!(as_u32(&out[&3]), want);
}

#[test]
fn reduce_sum_tree_sums_each_workgroup() {
    let input: Vec<f32> = (0..600).map(|i| (i % 17) as f32).collect();
    let (out, status) = launch(
        "reduce_sum",
        [3, 1, 1],
        vec![A::Buf(f32s(&input)), A::Buf(vec![0; 3]), A::Shared],
    );
    no_panic("reduce_sum", &status);
    let want: Vec<f32> = input.chunks(256).map(|c| c.iter().sum()).collect();
    assert_eq!(as_f32(&out[&3]), want);
}

#[test]
fn dot_f64_sums_partials_in_f64() {
    let a: Vec<f64> = (0..700).map(|i| i as f64 * 0.25).collect();
    let b: Vec<f64> = (0..700).map(|i| (i % 5) as f64).collect();
    let (out, status) = launch(
        "dot_f64",
        [2, 1, 1],
        vec![A::Buf(f64s(&a)), A::Buf(f64s(&b)), A::Buf(vec![0; 2]), A::Shared],
    );
    no_panic("dot_f64", &status);
    let total: f64 = out[&4].iter().map(|&b| f64::from_bits(b)).sum();
    let want: f64 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
    assert_eq!(total, want);
}

#[test]
fn min_max_uses_signed_atomics() {
    let values: Vec<i32> = (0..300).map(|i: i32| (i * 7919) % 1000 - 500).collect();
    let (out, status) = launch(
        "min_max",
        [2, 1, 1],
        vec![
            A::Buf(values.iter().map(|&v| v as u32 as u64).collect()),
            A::Buf(vec![i32::MAX as u32 as u64, i32::MIN as u32 as u64]),
        ],
    );
    no_panic("min_max", &status);
    let got: Vec<i32> = out[&3].iter().map(|&b| b as u32 as i32).collect();
    assert_eq!(got, vec![*values.iter().min().unwrap(), *values.iter().max().unwrap()]);
}

fn mandelbrot_ref(width: u32, max_iter: u32) -> Vec<u32> {
    const FRAC: u32 = 28;
    let mut out = vec![0; (width * width) as usize];
    for y in 0..width {
        for x in 0..width {
            let one = 1i64 << FRAC;
            let cr = -2 * one + (3 * one / width as i64) * x as i64;
            let ci = -(3 * one / 2) + (3 * one / width as i64) * y as i64;
            let (mut zr, mut zi) = (0i64, 0i64);
            let mut n = 0;
            while n < max_iter {
                let (zr2, zi2) = ((zr * zr) >> FRAC, (zi * zi) >> FRAC);
                if zr2 + zi2 > 4 * one {
                    break;
                }
                zi = ((2 * zr * zi) >> FRAC) + ci;
                zr = zr2 - zi2 + cr;
                n += 1;
            }
            out[(y * width + x) as usize] = n;
        }
    }
    out
}

#[test]
fn mandelbrot_matches_rust_in_i64_fixed_point() {
    let width = 16;
    let (out, status) = launch(
        "mandelbrot",
        [1, 1, 1],
        vec![A::U32(width), A::U32(60), A::Buf(vec![0; 256])],
    );
    no_panic("mandelbrot", &status);
    assert_eq!(as_u32(&out[&2]), mandelbrot_ref(width, 60));
}

#[test]
fn bitonic_steps_sort() {
    let n = 256u32;
    let mut data: Vec<u64> = (0..n).map(|i| (i.wrapping_mul(2_654_435_761) >> 8) as u64).collect();
    let mut want: Vec<u32> = as_u32(&data);
    want.sort();
    let mut k = 2;
    while k <= n {
        let mut j = k / 2;
        while j > 0 {
            let (out, status) = launch("bitonic_step", [1, 1, 1], vec![A::U32(j), A::U32(k), A::Buf(data)]);
            no_panic("bitonic_step", &status);
            data = out[&2].clone();
            j /= 2;
        }
        k *= 2;
    }
    assert_eq!(as_u32(&data), want);
}

#[test]
fn scan_blocks_scans_each_block() {
    let input: Vec<u32> = (0..300).map(|i| i % 13).collect();
    let (out, status) = launch(
        "scan_blocks",
        [2, 1, 1],
        vec![
            A::Buf(u32s(&input)),
            A::Buf(vec![0; 300]),
            A::Buf(vec![0; 2]),
            A::Shared,
        ],
    );
    no_panic("scan_blocks", &status);
    let mut want = Vec::new();
    let mut sums = Vec::new();
    for c in input.chunks(256) {
        let mut acc = 0;
        for v in c {
            acc += v;
            want.push(acc);
        }
        sums.push(acc);
    }
    assert_eq!(as_u32(&out[&3]), want);
    assert_eq!(as_u32(&out[&4]), sums);
}

#[test]
fn matmul_tiled_matches_naive() {
    let n = 20u32;
    let a: Vec<f32> = (0..n * n).map(|i| (i % 7) as f32).collect();
    let b: Vec<f32> = (0..n * n).map(|i| (i % 5) as f32 - 2.0).collect();
    let (out, status) = launch(
        "matmul_tiled",
        [2, 2, 1],
        vec![
            A::U32(n),
            A::Buf(f32s(&a)),
            A::Buf(f32s(&b)),
            A::Buf(vec![0; (n * n) as usize]),
            A::Shared,
            A::Shared,
        ],
    );
    no_panic("matmul_tiled", &status);
    let n = n as usize;
    let mut want = vec![0f32; n * n];
    for r in 0..n {
        for c in 0..n {
            want[r * n + c] = (0..n).map(|k| a[r * n + k] * b[k * n + c]).sum();
        }
    }
    assert_eq!(as_f32(&out[&4]), want);
}

#[test]
fn nbody_reads_struct_elements() {
    let bodies: Vec<[f32; 4]> = (0..8)
        .map(|i| [i as f32, (i * 2) as f32 - 3.0, 1.0 - i as f32, 1.0 + i as f32])
        .collect();
    let words: Vec<u64> = bodies.iter().flatten().map(|x| x.to_bits() as u64).collect();
    let (out, status) = launch(
        "nbody_accel",
        [1, 1, 1],
        vec![A::F32(0.1), A::Structs(words, 8), A::Buf(vec![0; 24])],
    );
    no_panic("nbody_accel", &status);
    let got = as_f32(&out[&3]);
    for (i, me) in bodies.iter().enumerate() {
        let mut acc = [0f32; 3];
        for o in &bodies {
            let d = [o[0] - me[0], o[1] - me[1], o[2] - me[2]];
            let dist2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] + 0.1 * 0.1;
            let inv = 1.0 / dist2.sqrt();
            let s = o[3] * inv * inv * inv;
            for k in 0..3 {
                acc[k] += d[k] * s;
            }
        }
        for k in 0..3 {
            let g = got[3 * i + k];
            assert!(
                (g - acc[k]).abs() <= 1e-4 * acc[k].abs().max(1.0),
                "body {i}[{k}]: {g} vs {}",
                acc[k]
            );
        }
    }
}

#[test]
fn triad_f64_reads_an_f64_parameter() {
    let b: Vec<f64> = (0..300).map(|i| i as f64 / 3.0).collect();
    let c: Vec<f64> = (0..300).map(|i| 1e10 + i as f64).collect();
    let scalar = 0.1f64;
    let (out, status) = launch(
        "triad_f64",
        [2, 1, 1],
        vec![A::F64(scalar), A::Buf(f64s(&b)), A::Buf(f64s(&c)), A::Buf(vec![0; 300])],
    );
    no_panic("triad_f64", &status);
    let got: Vec<f64> = out[&4].iter().map(|&x| f64::from_bits(x)).collect();
    let want: Vec<f64> = b.iter().zip(&c).map(|(b, c)| b + scalar * c).collect();
    assert_eq!(got, want);
}
