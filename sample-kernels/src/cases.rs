//! Cases for the sample kernels: seeded inputs for a size `n`, the launches,
//! bytes and flops per run, tolerances, and native baselines.

use crate::{Body, F32x4, FRAC, REDUCE_GROUP, SCAN_BLOCK, SUM_GROUPS, TILE};
use everygpu_kernel::host::data::filled;
use everygpu_kernel::host::*;
use everygpu_kernel::{bf16, case, f16, Element};
use rayon::prelude::*;

/// Elements per rayon task in the streaming baselines.
const CHUNK: usize = 1 << 16;

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
        })
        .native_parallel(move |b| {
            let (x, y) = b.pair(x, y);
            y.par_chunks_mut(CHUNK).zip(x.par_chunks(CHUNK)).for_each(|(y, x)| {
                for (y, x) in y.iter_mut().zip(x) {
                    *y += 2.5 * x;
                }
            });
        });
    c
}

#[case(size = 1 << 10)]
fn print_squares(n: usize) -> Case {
    let mut rng = Rng::new(7);
    let mut c = Case::new();
    let x = c.input("x", rng.f32s(n, -4.0, 4.0));
    let out = c.output("out", vec![0.0f32; n]);
    c.launch("print_squares", Grid::Linear(n as u64), &[x.into(), out.into()])
        .traffic(8 * n as u64, n as u64);
    c
}

/// BabelStream's initial values and scalar.
const STREAM_A: f64 = 0.1;
const STREAM_B: f64 = 0.2;
const STREAM_C: f64 = 0.0;
const STREAM_SCALAR: f64 = 0.4;
/// Workgroups of the dot kernel (BabelStream uses a fixed count).
const DOT_GROUPS: u32 = 1024;

macro_rules! babelstream_cases {
    ($t:ty, $suffix:literal, $copy:ident, $mul:ident, $add:ident, $triad:ident, $dot:ident) => {
        #[case(size = 1 << 22)]
        fn $copy(n: usize) -> Case {
            let mut c = Case::new();
            let a = c.input("a", filled(n, STREAM_A as $t));
            let out = c.output("c", filled(n, STREAM_C as $t));
            let size = core::mem::size_of::<$t>() as u64;
            c.launch(
                concat!("copy_", $suffix),
                Grid::Linear(n as u64),
                &[a.into(), out.into()],
            )
            .traffic(2 * size * n as u64, 0)
            .native(move |b| {
                let (a, c) = b.pair(a, out);
                c.copy_from_slice(a);
            })
            .native_parallel(move |b| {
                let (a, c) = b.pair(a, out);
                c.par_chunks_mut(CHUNK)
                    .zip(a.par_chunks(CHUNK))
                    .for_each(|(c, a)| c.copy_from_slice(a));
            });
            c
        }

        #[case(size = 1 << 22)]
        fn $mul(n: usize) -> Case {
            let mut c = Case::new();
            let cc = c.input("c", filled(n, STREAM_C as $t + 1.0));
            let out = c.output("b", filled(n, STREAM_B as $t));
            let size = core::mem::size_of::<$t>() as u64;
            let s = STREAM_SCALAR as $t;
            c.launch(
                concat!("mul_", $suffix),
                Grid::Linear(n as u64),
                &[s.into(), cc.into(), out.into()],
            )
            .traffic(2 * size * n as u64, n as u64)
            .native(move |b| {
                let (cc, out) = b.pair(cc, out);
                for (o, x) in out.iter_mut().zip(cc) {
                    *o = s * x;
                }
            })
            .native_parallel(move |b| {
                let (cc, out) = b.pair(cc, out);
                out.par_chunks_mut(CHUNK)
                    .zip(cc.par_chunks(CHUNK))
                    .for_each(|(out, cc)| {
                        for (o, x) in out.iter_mut().zip(cc) {
                            *o = s * x;
                        }
                    });
            });
            c
        }

        #[case(size = 1 << 22)]
        fn $add(n: usize) -> Case {
            let mut c = Case::new();
            let a = c.input("a", filled(n, STREAM_A as $t));
            let bb = c.input("b", filled(n, STREAM_B as $t));
            let out = c.output("c", filled(n, STREAM_C as $t));
            let size = core::mem::size_of::<$t>() as u64;
            c.launch(
                concat!("add_", $suffix),
                Grid::Linear(n as u64),
                &[a.into(), bb.into(), out.into()],
            )
            .traffic(3 * size * n as u64, n as u64)
            .native(move |b| {
                let (a, bb, out) = b.triple(a, bb, out);
                for ((o, x), y) in out.iter_mut().zip(a).zip(bb) {
                    *o = x + y;
                }
            })
            .native_parallel(move |b| {
                let (a, bb, out) = b.triple(a, bb, out);
                let inputs = a.par_chunks(CHUNK).zip(bb.par_chunks(CHUNK));
                out.par_chunks_mut(CHUNK).zip(inputs).for_each(|(out, (a, bb))| {
                    for ((o, x), y) in out.iter_mut().zip(a).zip(bb) {
                        *o = x + y;
                    }
                });
            });
            c
        }

        #[case(size = 1 << 22)]
        fn $triad(n: usize) -> Case {
            let mut c = Case::new();
            let bb = c.input("b", filled(n, STREAM_B as $t));
            let cc = c.input("c", filled(n, STREAM_C as $t + 1.0));
            let out = c.output("a", filled(n, STREAM_A as $t));
            let size = core::mem::size_of::<$t>() as u64;
            let s = STREAM_SCALAR as $t;
            c.launch(
                concat!("triad_", $suffix),
                Grid::Linear(n as u64),
                &[s.into(), bb.into(), cc.into(), out.into()],
            )
            .traffic(3 * size * n as u64, 2 * n as u64)
            .native(move |b| {
                let (bb, cc, out) = b.triple(bb, cc, out);
                for ((o, x), y) in out.iter_mut().zip(bb).zip(cc) {
                    *o = x + s * y;
                }
            })
            .native_parallel(move |b| {
                let (bb, cc, out) = b.triple(bb, cc, out);
                let inputs = bb.par_chunks(CHUNK).zip(cc.par_chunks(CHUNK));
                out.par_chunks_mut(CHUNK).zip(inputs).for_each(|(out, (bb, cc))| {
                    for ((o, x), y) in out.iter_mut().zip(bb).zip(cc) {
                        *o = x + s * y;
                    }
                });
            });
            c
        }

        #[case(size = 1 << 22)]
        fn $dot(n: usize) -> Case {
            let mut rng = Rng::new(4);
            let mut c = Case::new();
            let a = c.input("a", fill_with(n, || rng.f64_in(0.0, 1.0) as $t));
            let bb = c.input("b", filled(n, STREAM_B as $t));
            let partial = c.output("partial", filled(DOT_GROUPS as usize, 0.0 as $t));
            let size = core::mem::size_of::<$t>() as u64;
            c.launch(
                concat!("dot_", $suffix),
                Grid::Workgroups([DOT_GROUPS, 1, 1]),
                &[a.into(), bb.into(), partial.into(), Arg::Shared],
            )
            .traffic(2 * size * n as u64, 2 * n as u64)
            .tolerance(Tolerance::rel(1e-4))
            .native(move |b| {
                // A plain Rust dot, in contiguous chunks (one per partial sum):
                // the loop a CPU programmer writes, not the GPU's strided partition.
                let (a, bb, partial) = b.triple(a, bb, partial);
                let chunk = a.len().div_ceil(partial.len()).max(1);
                for (p, (a, bb)) in partial.iter_mut().zip(a.chunks(chunk).zip(bb.chunks(chunk))) {
                    *p = a.iter().zip(bb).map(|(x, y)| x * y).sum();
                }
            })
            .native_parallel(move |b| {
                let (a, bb, partial) = b.triple(a, bb, partial);
                let chunk = a.len().div_ceil(partial.len()).max(1);
                let inputs = a.par_chunks(chunk).zip(bb.par_chunks(chunk));
                partial.par_iter_mut().zip(inputs).for_each(|(p, (a, bb))| {
                    *p = a.iter().zip(bb).map(|(x, y)| x * y).sum();
                });
            });
            c
        }
    };
}
babelstream_cases!(f32, "f32", copy_f32, mul_f32, add_f32, triad_f32, dot_f32);
babelstream_cases!(f64, "f64", copy_f64, mul_f64, add_f64, triad_f64, dot_f64);

/// `n` copies of `v` as 16-byte elements.
fn filled4(n: usize, v: f32) -> Vec<F32x4> {
    vec![F32x4 { x: v, y: v, z: v, w: v }; n]
}

/// BabelStream copy over `n` 16-byte elements (`4n` floats).
#[case(size = 1 << 20)]
fn copy_f32x4(n: usize) -> Case {
    let mut c = Case::new();
    let a = c.input("a", filled4(n, STREAM_A as f32));
    let out = c.output("c", filled4(n, STREAM_C as f32));
    c.launch("copy_f32x4", Grid::Linear(n as u64), &[a.into(), out.into()])
        .traffic(2 * 16 * n as u64, 0)
        .native(move |b| {
            let (a, c) = b.pair(a, out);
            c.copy_from_slice(a);
        })
        .native_parallel(move |b| {
            let (a, c) = b.pair(a, out);
            c.par_chunks_mut(CHUNK)
                .zip(a.par_chunks(CHUNK))
                .for_each(|(c, a)| c.copy_from_slice(a));
        });
    c
}

/// BabelStream triad over `n` 16-byte elements.
#[case(size = 1 << 20)]
fn triad_f32x4(n: usize) -> Case {
    let mut c = Case::new();
    let bb = c.input("b", filled4(n, STREAM_B as f32));
    let cc = c.input("c", filled4(n, STREAM_C as f32 + 1.0));
    let out = c.output("a", filled4(n, STREAM_A as f32));
    let s = STREAM_SCALAR as f32;
    let triad = move |o: &mut F32x4, b: &F32x4, c: &F32x4| {
        *o = F32x4 {
            x: b.x + s * c.x,
            y: b.y + s * c.y,
            z: b.z + s * c.z,
            w: b.w + s * c.w,
        };
    };
    c.launch(
        "triad_f32x4",
        Grid::Linear(n as u64),
        &[s.into(), bb.into(), cc.into(), out.into()],
    )
    .traffic(3 * 16 * n as u64, 8 * n as u64)
    .native(move |b| {
        let (bb, cc, out) = b.triple(bb, cc, out);
        for ((o, x), y) in out.iter_mut().zip(bb).zip(cc) {
            triad(o, x, y);
        }
    })
    .native_parallel(move |b| {
        let (bb, cc, out) = b.triple(bb, cc, out);
        let inputs = bb.par_chunks(CHUNK).zip(cc.par_chunks(CHUNK));
        out.par_chunks_mut(CHUNK).zip(inputs).for_each(|(out, (bb, cc))| {
            for ((o, x), y) in out.iter_mut().zip(bb).zip(cc) {
                triad(o, x, y);
            }
        });
    });
    c
}

fn fill_with<T>(n: usize, f: impl FnMut() -> T) -> Vec<T> {
    everygpu_kernel::host::data::fill(n, f)
}

/// Per-workgroup sums of `n` values in `[0, 1)`, checked against the sums of
/// 256-element chunks.
fn reduce_case(kernel: &'static str, n: usize) -> Case {
    let mut rng = Rng::new(2);
    let mut c = Case::new();
    let input = c.input("input", rng.f32s(n, 0.0, 1.0));
    let groups = n.div_ceil(REDUCE_GROUP);
    let partial = c.output("partial", vec![0.0f32; groups]);
    c.launch(
        kernel,
        Grid::Linear(n as u64),
        &[input.into(), partial.into(), Arg::Shared],
    )
    .traffic(4 * n as u64 + 4 * groups as u64, n as u64)
    .tolerance(Tolerance::rel(1e-5))
    .native(move |b| {
        let (input, partial) = b.pair(input, partial);
        for (p, chunk) in partial.iter_mut().zip(input.chunks(REDUCE_GROUP)) {
            *p = chunk.iter().sum();
        }
    })
    .native_parallel(move |b| {
        let (input, partial) = b.pair(input, partial);
        partial
            .par_iter_mut()
            .zip(input.par_chunks(REDUCE_GROUP))
            .for_each(|(p, chunk)| *p = chunk.iter().sum());
    });
    c
}

#[case(size = 1 << 20)]
fn reduce_sum(n: usize) -> Case {
    reduce_case("reduce_sum", n)
}

/// The same sums with subgroup reductions instead of the tree.
#[case(size = 1 << 20)]
fn reduce_sum_subgroup(n: usize) -> Case {
    reduce_case("reduce_sum_subgroup", n)
}

/// The sum of a large array with subgroup reductions: compare its GB/s with
/// BabelStream's dot, which reads twice the bytes per element.
#[case(size = 1 << 22)]
fn sum_subgroup(n: usize) -> Case {
    let mut rng = Rng::new(11);
    let mut c = Case::new();
    let input = c.input("input", rng.f32s(n, 0.0, 1.0));
    let partial = c.output("partial", vec![0.0f32; SUM_GROUPS as usize]);
    c.launch(
        "sum_subgroup",
        Grid::Workgroups([SUM_GROUPS, 1, 1]),
        &[input.into(), partial.into(), Arg::Shared],
    )
    .traffic(4 * n as u64, n as u64)
    .tolerance(Tolerance::rel(1e-4))
    .native(move |b| {
        // A plain Rust sum in contiguous chunks, one per partial sum.
        let (input, partial) = b.pair(input, partial);
        let chunk = input.len().div_ceil(partial.len()).max(1);
        for (p, x) in partial.iter_mut().zip(input.chunks(chunk)) {
            *p = x.iter().sum();
        }
    });
    c
}

#[case(size = 1 << 20)]
fn histogram(n: usize) -> Case {
    let mut rng = Rng::new(3);
    let mut c = Case::new();
    let values = c.input("values", rng.u32s(n, 0));
    let bins = c.output("bins", vec![0u32; 256]);
    c.launch(
        "histogram",
        Grid::Linear(n as u64),
        &[values.into(), bins.into(), Arg::Shared],
    )
    .traffic(4 * n as u64, 0)
    .native(move |b| {
        let (values, bins) = b.pair(values, bins);
        for v in values {
            bins[(v >> 24) as usize] += 1;
        }
    });
    c
}

/// `lookup` and `lookup_computed`: the same values, read from a 16 KiB
/// constant table or computed.
fn lookup_case(kernel: &'static str, n: usize) -> Case {
    let mut rng = Rng::new(13);
    let mut c = Case::new();
    let input = c.input("input", rng.u32s(n, 0));
    let out = c.output("out", vec![0u32; n]);
    c.launch(kernel, Grid::Linear(n as u64), &[input.into(), out.into()])
        .traffic(8 * n as u64, 0)
        .native(move |b| {
            let (input, out) = b.pair(input, out);
            for (o, v) in out.iter_mut().zip(input) {
                *o = crate::LOOKUP[*v as usize % crate::LOOKUP_LEN];
            }
        });
    c
}

#[case(size = 1 << 20)]
fn lookup(n: usize) -> Case {
    lookup_case("lookup", n)
}

#[case(size = 1 << 20)]
fn lookup_computed(n: usize) -> Case {
    lookup_case("lookup_computed", n)
}

#[case(size = 1 << 18)]
fn min_max(n: usize) -> Case {
    let mut rng = Rng::new(5);
    let mut c = Case::new();
    let values = c.input("values", fill_with(n, || rng.next_u64() as i32));
    let result = c.output("result", vec![i32::MAX, i32::MIN]);
    c.launch("min_max", Grid::Linear(n as u64), &[values.into(), result.into()])
        .traffic(4 * n as u64, 0)
        .native(move |b| {
            let (values, result) = b.pair(values, result);
            result[0] = values.iter().copied().min().unwrap_or(i32::MAX);
            result[1] = values.iter().copied().max().unwrap_or(i32::MIN);
        });
    c
}

fn matmul_case(kernel: &'static str, n: usize, tiled: bool) -> Case {
    let mut rng = Rng::new(6);
    let mut c = Case::new();
    let a = c.input("a", rng.f32s(n * n, -1.0, 1.0));
    let b = c.input("b", rng.f32s(n * n, -1.0, 1.0));
    let out = c.output("c", vec![0.0f32; n * n]);
    let mut args = vec![(n as u32).into(), a.into(), b.into(), out.into()];
    if tiled {
        args.extend([Arg::Shared, Arg::Shared]);
    }
    c.launch(kernel, Grid::Threads([n as u32, n as u32, 1]), &args)
        .traffic(3 * 4 * (n * n) as u64, 2 * (n as u64).pow(3))
        .tolerance(Tolerance::rel(1e-4))
        .native(move |bufs| {
            let (a, b, out) = bufs.triple(a, b, out);
            for row in 0..n {
                for col in 0..n {
                    let mut sum = 0.0f32;
                    for k in 0..n {
                        sum += a[row * n + k] * b[k * n + col];
                    }
                    out[row * n + col] = sum;
                }
            }
        })
        .native_parallel(move |bufs| {
            let (a, b, out) = bufs.triple(a, b, out);
            out.par_chunks_mut(n.max(1)).enumerate().for_each(|(row, out)| {
                for (col, o) in out.iter_mut().enumerate() {
                    let mut sum = 0.0f32;
                    for k in 0..n {
                        sum += a[row * n + k] * b[k * n + col];
                    }
                    *o = sum;
                }
            });
        });
    c
}

#[case(size = 256)]
fn matmul_naive(n: usize) -> Case {
    matmul_case("matmul_naive", n, false)
}

#[case(size = 256)]
fn matmul_tiled(n: usize) -> Case {
    let _ = TILE;
    matmul_case("matmul_tiled", n, true)
}

#[case(size = 4096)]
fn nbody(n: usize) -> Case {
    let mut rng = Rng::new(7);
    let mut c = Case::new();
    let bodies = fill_with(n, || Body {
        x: rng.f64_in(-1.0, 1.0) as f32,
        y: rng.f64_in(-1.0, 1.0) as f32,
        z: rng.f64_in(-1.0, 1.0) as f32,
        mass: rng.f64_in(0.5, 1.0) as f32,
    });
    let bodies = c.input("bodies", bodies);
    let accel = c.output("accel", vec![0.0f32; 3 * n]);
    c.launch(
        "nbody_accel",
        Grid::Linear(n as u64),
        &[0.01f32.into(), bodies.into(), accel.into()],
    )
    .traffic(16 * n as u64 + 12 * n as u64, 20 * (n as u64).pow(2))
    .tolerance(Tolerance { abs: 1e-2, rel: 1e-3 });
    c
}

#[case(size = 512)]
fn mandelbrot(n: usize) -> Case {
    let _ = FRAC;
    let mut c = Case::new();
    let counts = c.output("counts", vec![0u32; n * n]);
    c.launch(
        "mandelbrot",
        Grid::Threads([n as u32, n as u32, 1]),
        &[(n as u32).into(), 256u32.into(), counts.into()],
    )
    .traffic(4 * (n * n) as u64, 0);
    c
}

#[case(size = 1 << 16)]
fn bitonic_sort(n: usize) -> Case {
    let n = n.next_power_of_two();
    let mut rng = Rng::new(8);
    let mut c = Case::new();
    let data = c.output("data", rng.u32s(n, 0));
    let mut k = 2;
    let mut steps = 0u64;
    while k <= n {
        let mut j = k / 2;
        while j > 0 {
            c.launch(
                "bitonic_step",
                Grid::Linear(n as u64),
                &[(j as u32).into(), (k as u32).into(), data.into()],
            );
            steps += 1;
            j /= 2;
        }
        k *= 2;
    }
    c.traffic(8 * n as u64 * steps, 0)
        .native(move |b| b.get_mut(data).sort_unstable());
    c
}

#[case(size = 1 << 20)]
fn prefix_sum(n: usize) -> Case {
    prefix_sum_case("scan_blocks", n)
}

/// The same prefix sums with subgroup scans inside each block.
#[case(size = 1 << 20)]
fn prefix_sum_subgroup(n: usize) -> Case {
    prefix_sum_case("scan_blocks_subgroup", n)
}

/// Inclusive prefix sums of `n` values: `scan` (a kernel of `scan_blocks`'
/// signature) on blocks of 256, recursively on the block sums, then
/// `scan_add` back down.
fn prefix_sum_case(scan: &'static str, n: usize) -> Case {
    let mut rng = Rng::new(9);
    let mut c = Case::new();
    let input = c.input("input", rng.u32s(n, 1000));
    let output = c.output("output", vec![0u32; n]);
    // One level per 256× reduction: scan blocks, scan the block sums, add back.
    let mut levels = vec![(input, output, n)];
    loop {
        let (_, out, len) = *levels.last().expect("one level");
        let blocks = len.div_ceil(SCAN_BLOCK);
        let sums = c.input(&format!("sums{}", levels.len()), vec![0u32; blocks]);
        let scanned = c.input(&format!("scanned{}", levels.len()), vec![0u32; blocks]);
        let src = levels.last().expect("one level").0;
        c.launch(
            scan,
            Grid::Linear(len as u64),
            &[src.into(), out.into(), sums.into(), Arg::Shared],
        );
        if blocks == 1 {
            break;
        }
        levels.push((sums, scanned, blocks));
    }
    // Add the scanned sums back, innermost level first.
    for w in levels.windows(2).rev() {
        let (_, out, len) = w[0];
        let (_, scanned, _) = w[1];
        c.launch("scan_add", Grid::Linear(len as u64), &[scanned.into(), out.into()]);
    }
    c.traffic(8 * n as u64, n as u64).native(move |b| {
        let (input, output) = b.pair(input, output);
        let mut acc = 0u32;
        for (o, v) in output.iter_mut().zip(input) {
            acc = acc.wrapping_add(*v);
            *o = acc;
        }
    });
    c
}

/// `c = a · b` of `f16` or `bf16` matrices on the matrix units, one
/// workgroup per 128 × 256 block of `c`; `n` is rounded up to a multiple of 256.
fn gemm16_case<T: Element + Send + Sync>(
    kernel: &'static str,
    n: usize,
    from_f32: fn(f32) -> T,
    to_f32: fn(T) -> f32,
) -> Case {
    let n = n.div_ceil(crate::GEMM_BLOCK_COLS).max(1) * crate::GEMM_BLOCK_COLS;
    let mut rng = Rng::new(12);
    let mut c = Case::new();
    let a = c.input("a", rng.f32s(n * n, -1.0, 1.0).into_iter().map(from_f32).collect());
    let b = c.input("b", rng.f32s(n * n, -1.0, 1.0).into_iter().map(from_f32).collect());
    let out = c.output("c", vec![0.0f32; n * n]);
    let blocks = [n / crate::GEMM_BLOCK_COLS, n / crate::GEMM_TILE].map(|b| b as u32);
    // The products of 16-bit floats are exact in f32: only the sums round,
    // in an order the hardware picks (tensor cores add groups of products
    // at once). The bound of `sgemm`'s tolerance, four times over.
    let tolerance = Tolerance {
        abs: (n as f64).powf(1.5) * 2.0f64.powi(-24),
        rel: 0.0,
    };
    c.launch(
        kernel,
        Grid::Workgroups([blocks[0], blocks[1], 1]),
        &[
            (n as u32).into(),
            a.into(),
            b.into(),
            out.into(),
            Arg::Shared,
            Arg::Shared,
        ],
    )
    // a and b read once (2 bytes an element), c written once (4 bytes).
    .traffic(8 * (n * n) as u64, 2 * (n as u64).pow(3))
    .tolerance(tolerance)
    .native(move |bufs| {
        // The loop a CPU programmer writes: widen to f32, then i-k-j.
        let (a, b, out) = bufs.triple(a, b, out);
        let a: Vec<f32> = a.iter().map(|v| to_f32(*v)).collect();
        let b: Vec<f32> = b.iter().map(|v| to_f32(*v)).collect();
        out.fill(0.0);
        for (a_row, c_row) in a.chunks_exact(n).zip(out.chunks_exact_mut(n)) {
            for (&a_ik, b_row) in a_row.iter().zip(b.chunks_exact(n)) {
                for (c, &b_kj) in c_row.iter_mut().zip(b_row) {
                    *c += a_ik * b_kj;
                }
            }
        }
    })
    .native_parallel(move |bufs| {
        // The same loop, rows of c on every core.
        let (a, b, out) = bufs.triple(a, b, out);
        let a: Vec<f32> = a.par_iter().map(|v| to_f32(*v)).collect();
        let b: Vec<f32> = b.par_iter().map(|v| to_f32(*v)).collect();
        out.fill(0.0);
        out.par_chunks_exact_mut(n)
            .zip(a.par_chunks_exact(n))
            .for_each(|(c_row, a_row)| {
                for (&a_ik, b_row) in a_row.iter().zip(b.chunks_exact(n)) {
                    for (c, &b_kj) in c_row.iter_mut().zip(b_row) {
                        *c += a_ik * b_kj;
                    }
                }
            });
    });
    c
}

/// `c = a · b` of `f16` matrices, summed in `f32`, on the matrix units.
#[case(size = 512)]
fn hgemm(n: usize) -> Case {
    gemm16_case("hgemm", n, f16::from_f32, f32::from)
}

/// `c = a · b` of `bf16` matrices, summed in `f32`, on the matrix units.
#[case(size = 512)]
fn bgemm(n: usize) -> Case {
    gemm16_case("bgemm", n, bf16::from_f32, f32::from)
}

/// `c = a · b` with the register-blocked `sgemm`, one workgroup per 128 × 128
/// tile of `c`.
#[case(size = 512)]
fn sgemm(n: usize) -> Case {
    let mut rng = Rng::new(10);
    let mut c = Case::new();
    let a = c.input("a", rng.f32s(n * n, -1.0, 1.0));
    let b = c.input("b", rng.f32s(n * n, -1.0, 1.0));
    let out = c.output("c", vec![0.0f32; n * n]);
    let tiles = n.div_ceil(crate::SGEMM_TILE) as u32;
    // The rounding error of an n-term f32 dot product of values in [-1, 1)
    // grows like √n · u · Σ|a_k·b_k| ≈ √n · u · n/4 (u = 2⁻²⁴). Fused
    // multiply-adds (GPUs) and other summation orders (cuBLAS) differ from
    // the reference's plain sequential sums by a fraction of that: measured
    // at most a twelfth at n = 4096, a seventh at n = 512. Absolute, because
    // it does not shrink with elements that cancel to near zero.
    let u = 2.0f64.powi(-24);
    let tolerance = Tolerance {
        abs: (n as f64).powf(1.5) * u / 4.0,
        rel: 0.0,
    };
    c.launch(
        "sgemm",
        Grid::Workgroups([tiles, tiles, 1]),
        &[
            (n as u32).into(),
            a.into(),
            b.into(),
            out.into(),
            Arg::Shared,
            Arg::Shared,
        ],
    )
    // The compulsory traffic: a and b read once, c written once (12n² bytes).
    // The kernel reads a and b n/128 times over, mostly from cache.
    .traffic(12 * (n * n) as u64, 2 * (n as u64).pow(3))
    .tolerance(tolerance)
    .native(move |bufs| {
        // The cache-friendly loop a CPU programmer writes: i-k-j, so the
        // innermost loop streams along rows of b and c.
        let (a, b, out) = bufs.triple(a, b, out);
        out.fill(0.0);
        if n == 0 {
            return;
        }
        for (a_row, c_row) in a.chunks_exact(n).zip(out.chunks_exact_mut(n)) {
            for (&a_ik, b_row) in a_row.iter().zip(b.chunks_exact(n)) {
                for (c, &b_kj) in c_row.iter_mut().zip(b_row) {
                    *c += a_ik * b_kj;
                }
            }
        }
    })
    .native_parallel(move |bufs| {
        // The same loop, rows of c on every core.
        let (a, b, out) = bufs.triple(a, b, out);
        out.fill(0.0);
        if n == 0 {
            return;
        }
        out.par_chunks_exact_mut(n)
            .zip(a.par_chunks_exact(n))
            .for_each(|(c_row, a_row)| {
                for (&a_ik, b_row) in a_row.iter().zip(b.chunks_exact(n)) {
                    for (c, &b_kj) in c_row.iter_mut().zip(b_row) {
                        *c += a_ik * b_kj;
                    }
                }
            });
    });
    c
}
