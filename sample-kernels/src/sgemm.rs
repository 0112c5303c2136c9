//! SGEMM: a register-blocked single-precision matrix product.

use super::*;

/// Rows and columns of `c` that one workgroup of `sgemm` computes.
pub const SGEMM_TILE: usize = 128;
/// Depth (along `k`) of the slices of `a` and `b` that `sgemm` stages per step:
/// 16 on CUDA, where two stages of both slices (32 KB) fit twice into every
/// multiprocessor's shared memory; 8 elsewhere, so that they fit into the
/// 16 KB that every WebGPU device offers.
#[cfg(target_arch = "nvptx64")]
pub const SGEMM_DEPTH: usize = 16;
/// Depth (along `k`) of the slices of `a` and `b` that `sgemm` stages per step
/// (16 on CUDA).
#[cfg(not(target_arch = "nvptx64"))]
pub const SGEMM_DEPTH: usize = 8;
/// Threads per workgroup of `sgemm`: 16 × 16, each computing 8 × 8 elements of `c`.
pub const SGEMM_THREADS: usize = 256;
/// Elements of one stage of the `a` slice: `SGEMM_DEPTH` rows of `SGEMM_TILE`.
const SGEMM_A_STAGE: usize = SGEMM_DEPTH * SGEMM_TILE;
/// Elements of one stage of the `b` slice: `SGEMM_DEPTH` rows of `SGEMM_TILE`.
const SGEMM_B_STAGE: usize = SGEMM_DEPTH * SGEMM_TILE;
/// Elements of `sgemm`'s shared `a` array: two stages.
pub const SGEMM_A_SHARED: usize = 2 * SGEMM_A_STAGE;
/// Elements of `sgemm`'s shared `b` array: two stages.
pub const SGEMM_B_SHARED: usize = 2 * SGEMM_B_STAGE;
/// Whether the first fragments of each step load right after the previous
/// step's barrier, while that step's last depth multiplies, so that their
/// latency hides behind it: on CUDA (44,739–44,780 against 43,921–44,058
/// GFLOP/s at 4096³ on an H100). NVIDIA's Vulkan compiler schedules the
/// shader route's loop 2.6% slower so (34,021–34,083 against
/// 34,954–35,024): there they load at the start of the step.
const SGEMM_FIRST_ACROSS_BARRIER: bool = cfg!(target_arch = "nvptx64");
/// Elements of `a`, and of `b`, that each thread loads per step.
const SGEMM_LOADS: usize = SGEMM_TILE * SGEMM_DEPTH / SGEMM_THREADS;

/// The multiply-adds of depths `k - 1`, one per listed `k`, with the
/// fragments of `k` loading while those of `k - 1` (in `$f`) are multiplied;
/// `$f` ends holding the fragments of the last `k`.
macro_rules! sgemm_pipelined {
    ($acc:ident, $f:ident, $ta:ident, $tb:ident, $stage:ident, $tx:ident, $ty:ident; $($k:literal)*) => {
        $(
            let next = sgemm_fragments($ta, $tb, $stage, $k, $tx, $ty);
            sgemm_outer(&mut $acc, &$f);
            $f = next;
        )*
    };
}

/// `c = a · b` for `n × n` row-major matrices: the register-blocked SGEMM of
/// the fast GPU libraries, in portable Rust. Any `n` works.
///
/// Three levels of blocking, each reusing a value more times than the one
/// below:
/// - **Workgroup tile.** Each workgroup of 256 threads computes a 128 × 128
///   tile of `c`. It walks along `k` in steps of [`SGEMM_DEPTH`] (`d`: 16 on
///   CUDA, 8 elsewhere): per step it stages a 128 × `d` slice of `a` and a
///   `d` × 128 slice of `b` in shared memory (each thread loads `d / 2`
///   elements of each), so every element read from memory is used 128 times.
/// - **Thread micro-tile.** Thread `(tx, ty)` of the 16 × 16 threads computes
///   8 × 8 elements of `c`, held in 64 registers (`acc`). Per `k` it reads 8
///   values of the `a` slice and 8 of the `b` slice into registers and does
///   64 fused multiply-adds with them: each value read from shared memory is
///   used 8 times. Its rows are `4ty .. 4ty+4` and `64+4ty .. 64+4ty+4` of the
///   tile (its columns likewise with `tx`): groups of 4 neighbours, so that
///   each group is one 16-byte load and the 16 threads of a row of threads
///   read 16 groups side by side, without bank conflicts.
/// - **Pipelining.** Shared memory holds two stages of slices (16 KB, the
///   least any WebGPU device offers; 32 KB on CUDA, where the deeper step
///   halves the barriers, loop and address instructions per multiply-add:
///   1.03× at 4096³ on an H100): while the threads compute on one stage,
///   the next step's elements are already on their way from memory into
///   registers, and go into the other stage afterwards; one barrier per step
///   separates the two. Inside a step, the values for `k + 1` load from
///   shared memory while the multiply-adds of `k` run (two sets of fragment
///   registers, used in turn); on CUDA the values for the next step's first
///   `k` load right after the barrier, while the step's last `k` multiplies.
///
/// The `a` slice is stored transposed (`[k][row]`), so that a thread's rows
/// for one `k` are contiguous, like its columns of `b`. Elements outside the
/// matrices (when `n` is not a multiple of 128 or the depth) load as zeros and
/// results outside are not stored: the edges cost comparisons in the loads
/// and stores, never in the multiply-adds.
///
/// Fragments move 16 bytes at a time ([`Shared::get4`], [`Shared::set4`]):
/// `ld.shared.v4` on CUDA, whole `vec4`s of a `vec4` array on the shader
/// route. On CUDA the multiply-adds are fused (`fma.rn.f32`: Rust never
/// fuses `a * b + c` by itself and `core` has no stable `mul_add`); every
/// other target runs the plain Rust, which shader compilers may fuse
/// themselves.
/// Two workgroups stay resident per multiprocessor on CUDA
/// (`resident_workgroups = 2`): ptxas keeps each thread within 128
/// registers, and each workgroup's loads and barriers hide behind the other's
/// multiply-adds.
///
/// Each element of `c` is summed along `k` in order, as in the CPU
/// reference, so fused and unfused sums agree to rounding (the case's
/// tolerance).
#[kernel(workgroup_size = 256, resident_workgroups = 2)]
pub fn sgemm(
    n: u32,
    a: &[f32],
    b: &[f32],
    c: &mut [f32],
    ta: &Shared<f32, SGEMM_A_SHARED>,
    tb: &Shared<f32, SGEMM_B_SHARED>,
) {
    let (n32, n) = (n, n as usize);
    // What makes the unchecked accesses below sound.
    assert!(
        n.checked_mul(n)
            .is_some_and(|nn| a.len() >= nn && b.len() >= nn && c.len() >= nn),
        "sgemm: a, b and c must hold n × n elements"
    );
    // The workgroup has exactly SGEMM_THREADS threads: the `%` changes
    // nothing, but lets the compiler prove every shared-memory index in
    // bounds and drop the checks.
    let l = local_id().x as usize % SGEMM_THREADS;
    let (tx, ty) = (l % 16, l / 16);
    let group = workgroup_id();
    let (row0, col0) = (group.y as usize * SGEMM_TILE, group.x as usize * SGEMM_TILE);
    let mut loads = SgemmLoads::new(a, b, n, row0, col0, l);
    // The step counter is 32 bits wide, like `n`: 64-bit loop arithmetic
    // costs CUDA four instructions per step more.
    let steps = n32.div_ceil(SGEMM_DEPTH as u32);

    let mut acc = [[0.0f32; 8]; 8];
    let mut staged = loads.load(a, b, n32);
    sgemm_store(ta, tb, 0, l, &staged);
    barrier();
    let mut f = if SGEMM_FIRST_ACROSS_BARRIER {
        sgemm_fragments(ta, tb, 0, 0, tx, ty)
    } else {
        ([0.0; 8], [0.0; 8])
    };
    for step in 0..steps {
        let (stage, next_stage) = ((step % 2) as usize, ((step + 1) % 2) as usize);
        let more = step + 1 < steps;
        if more {
            // Issued now, stored after the multiply-adds: the memory latency
            // hides behind them.
            loads.advance(n);
            staged = loads.load(a, b, n32);
        }
        if !SGEMM_FIRST_ACROSS_BARRIER {
            f = sgemm_fragments(ta, tb, stage, 0, tx, ty);
        }
        // The fragments of `k + 1` load while the multiply-adds of `k` run.
        // Written out: LLVM keeps a loop with a body this large rolled, and
        // a loop computes its shared-memory addresses at run time and copies
        // one set of fragment registers into the other at its end. (No
        // closure either: where an unoptimised build leaves it outlined, the
        // shader route cannot follow the pointers it captures.)
        if SGEMM_DEPTH == 16 {
            sgemm_pipelined!(acc, f, ta, tb, stage, tx, ty; 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15);
        } else {
            const { assert!(SGEMM_DEPTH == 8 || SGEMM_DEPTH == 16) };
            sgemm_pipelined!(acc, f, ta, tb, stage, tx, ty; 1 2 3 4 5 6 7);
        }
        if !SGEMM_FIRST_ACROSS_BARRIER {
            sgemm_outer(&mut acc, &f);
        }
        if more {
            // The other stage: every thread finished reading it before the
            // previous step's barrier.
            sgemm_store(ta, tb, next_stage, l, &staged);
        }
        barrier();
        if SGEMM_FIRST_ACROSS_BARRIER {
            // The last depth of the step multiplies while the first
            // fragments of the next step load. (After the last step they
            // are read and not used.)
            let next = sgemm_fragments(ta, tb, next_stage, 0, tx, ty);
            sgemm_outer(&mut acc, &f);
            f = next;
        }
    }
    // Row by row, written out: with constant row indices `acc` stays in
    // registers on every target (a loop over the rows that a compiler does
    // not unroll would index it at run time, which needs memory).
    let [r0, r1, r2, r3, r4, r5, r6, r7] = acc;
    let (top, bottom) = (row0 + ty * 4, row0 + SGEMM_TILE / 2 + ty * 4);
    let col = col0 + tx * 4;
    sgemm_store_row(c, n, top, col, r0);
    sgemm_store_row(c, n, top + 1, col, r1);
    sgemm_store_row(c, n, top + 2, col, r2);
    sgemm_store_row(c, n, top + 3, col, r3);
    sgemm_store_row(c, n, bottom, col, r4);
    sgemm_store_row(c, n, bottom + 1, col, r5);
    sgemm_store_row(c, n, bottom + 2, col, r6);
    sgemm_store_row(c, n, bottom + 3, col, r7);
}

/// Stores one row of a thread's micro-tile: columns `col .. col + 4` and
/// `col + 64 .. col + 68` of row `row` of `c`, those inside it.
#[inline(always)]
fn sgemm_store_row(c: &mut [f32], n: usize, row: usize, col: usize, values: [f32; 8]) {
    if row >= n {
        return;
    }
    for (j, v) in values.into_iter().enumerate() {
        let col = col + j / 4 * (SGEMM_TILE / 2) + j % 4;
        if col < n {
            // SAFETY: row < n and col < n, and `c` holds n × n elements
            // (asserted by `sgemm`).
            unsafe { *c.get_unchecked_mut(row * n + col) = v };
        }
    }
}

/// Where one thread's loads of the `a` and `b` slices come from, advanced
/// one step at a time. Each thread loads `SGEMM_LOADS` neighbouring elements
/// of one row of each slice (elements `e = SGEMM_LOADS * l + q`), so
/// neighbouring threads read neighbouring floats and a thread's loads share
/// one address computation. Coordinates are `u32`, like `n`, so that the
/// edge tests are 32-bit. Indices past the matrices are never used, so their
/// arithmetic wraps.
struct SgemmLoads {
    /// The first `k` of the current step.
    k0: u32,
    /// Whether the workgroup's tile of `c` lies inside `c`: then a step whose
    /// slices end before `n` needs no edge test at all.
    tile_inside: bool,
    /// Whether a step inside the matrices loads each group of 4 elements
    /// with one 16-byte load ([`Get4`]): on CUDA, where the groups start
    /// 16-byte aligned (`n` a multiple of 4, `a` and `b` 16-byte aligned).
    /// The shader route loads single elements: there the 16-byte loads made
    /// the kernel 4% slower on an H100's Vulkan driver (33,554 against 34,885
    /// GFLOP/s at 4096³), which schedules the longer loop worse.
    quads: bool,
    /// Index into `a` of the first load of the current step.
    a_at: usize,
    /// The row of `a`.
    a_row: u32,
    /// The `k` of the first load of `a`, from `k0`.
    a_k: u32,
    /// Index into `b` of the first load of the current step.
    b_at: usize,
    /// The `k` of the loads of `b`, from `k0`.
    b_k: u32,
    /// The column of the first load of `b`.
    b_col: u32,
}

impl SgemmLoads {
    /// The loads of the first step of the workgroup whose tile of `c` starts
    /// at `(row0, col0)`.
    #[inline(always)]
    fn new(a: &[f32], b: &[f32], n: usize, row0: usize, col0: usize, l: usize) -> SgemmLoads {
        let e = SGEMM_LOADS * l;
        let (row, a_k) = (row0 + e / SGEMM_DEPTH, e % SGEMM_DEPTH);
        let (b_k, col) = (e / SGEMM_TILE, col0 + e % SGEMM_TILE);
        SgemmLoads {
            k0: 0,
            tile_inside: row0 + SGEMM_TILE <= n && col0 + SGEMM_TILE <= n,
            quads: cfg!(target_arch = "nvptx64") && n % 4 == 0 && (a.as_ptr() as usize | b.as_ptr() as usize) % 16 == 0,
            a_at: row.wrapping_mul(n).wrapping_add(a_k),
            a_row: row as u32,
            a_k: a_k as u32,
            b_at: b_k.wrapping_mul(n).wrapping_add(col),
            b_k: b_k as u32,
            b_col: col as u32,
        }
    }

    /// This thread's elements of the current step's slices: `SGEMM_LOADS` of
    /// `a`, then `SGEMM_LOADS` of `b`; zeros outside the matrices.
    #[inline(always)]
    fn load(&self, a: &[f32], b: &[f32], n: u32) -> [f32; 2 * SGEMM_LOADS] {
        let mut v = [0.0f32; 2 * SGEMM_LOADS];
        // Inside the matrices (all but the last row and column of
        // workgroups, and the last step): no test per element. The condition
        // is the same for the whole workgroup.
        let inside = self.tile_inside && self.k0 + SGEMM_DEPTH as u32 <= n;
        if inside && self.quads {
            // Each thread's elements are groups of 4 neighbours starting at
            // a multiple of 4: one 16-byte load from each matrix per group.
            for g in 0..SGEMM_LOADS / 4 {
                // SAFETY: in bounds, as in the branch below; 16-byte aligned
                // (`quads`).
                let (va, vb) = unsafe { (a.get4_unchecked(self.a_at + 4 * g), b.get4_unchecked(self.b_at + 4 * g)) };
                v[4 * g..4 * g + 4].copy_from_slice(&va);
                v[SGEMM_LOADS + 4 * g..SGEMM_LOADS + 4 * g + 4].copy_from_slice(&vb);
            }
        } else if inside {
            for q in 0..SGEMM_LOADS {
                // SAFETY: the indices are row * n + k and k * n + column with
                // row, k and column < n, and `a` and `b` hold n × n elements
                // (asserted by `sgemm`).
                unsafe {
                    v[q] = *a.get_unchecked(self.a_at + q);
                    v[SGEMM_LOADS + q] = *b.get_unchecked(self.b_at + q);
                }
            }
        } else {
            for q in 0..SGEMM_LOADS {
                let k = self.k0 + self.a_k + q as u32;
                if self.a_row < n && k < n {
                    // SAFETY: as above.
                    v[q] = unsafe { *a.get_unchecked(self.a_at + q) };
                }
                let (k, col) = (self.k0 + self.b_k, self.b_col + q as u32);
                if k < n && col < n {
                    // SAFETY: as above.
                    v[SGEMM_LOADS + q] = unsafe { *b.get_unchecked(self.b_at + q) };
                }
            }
        }
        v
    }

    /// Moves on to the next step, `SGEMM_DEPTH` further along `k`.
    #[inline(always)]
    fn advance(&mut self, n: usize) {
        self.k0 += SGEMM_DEPTH as u32;
        self.a_at = self.a_at.wrapping_add(SGEMM_DEPTH);
        self.b_at = self.b_at.wrapping_add(SGEMM_DEPTH.wrapping_mul(n));
    }
}

/// Stores what [`SgemmLoads::load`] brought into `stage` of the shared
/// slices, `a` transposed.
#[inline(always)]
fn sgemm_store(
    ta: &Shared<f32, SGEMM_A_SHARED>,
    tb: &Shared<f32, SGEMM_B_SHARED>,
    stage: usize,
    l: usize,
    v: &[f32; 2 * SGEMM_LOADS],
) {
    let e = SGEMM_LOADS * l;
    let (row, a_k) = (e / SGEMM_DEPTH, e % SGEMM_DEPTH);
    for q in 0..SGEMM_LOADS {
        ta.set(stage * SGEMM_A_STAGE + (a_k + q) * SGEMM_TILE + row, v[q]);
    }
    for g in 0..SGEMM_LOADS / 4 {
        let b = &v[SGEMM_LOADS + 4 * g..SGEMM_LOADS + 4 * g + 4];
        tb.set4(stage * SGEMM_B_STAGE + e + 4 * g, [b[0], b[1], b[2], b[3]]);
    }
}

/// The 8 values of the `a` slice (this thread's rows) and the 8 of the `b`
/// slice (its columns) at depth `k` of `stage`: four 16-byte loads.
#[inline(always)]
fn sgemm_fragments(
    ta: &Shared<f32, SGEMM_A_SHARED>,
    tb: &Shared<f32, SGEMM_B_SHARED>,
    stage: usize,
    k: usize,
    tx: usize,
    ty: usize,
) -> ([f32; 8], [f32; 8]) {
    let (a_at, b_at) = (stage * SGEMM_A_STAGE + ty * 4, stage * SGEMM_B_STAGE + tx * 4);
    // On CUDA, through views from this thread's first row (of the `a` slice)
    // and column (of `b`): each read is then a view's address plus a
    // constant, which `ld.shared` encodes, where indices into the whole
    // arrays cost integer instructions per read (a tenth of the step). The
    // shader route indexes the arrays: the lowering proves these indices in
    // bounds, and the shader compiler folds their constant parts itself.
    #[cfg(target_arch = "nvptx64")]
    let (ta, tb, a_at, b_at) = {
        const VIEW: usize = SGEMM_A_STAGE - (SGEMM_TILE / 2 - 4);
        const { assert!(SGEMM_A_STAGE == SGEMM_B_STAGE) };
        (ta.view::<VIEW>(a_at), tb.view::<VIEW>(b_at), 0, 0)
    };
    let (near, far) = (k * SGEMM_TILE, k * SGEMM_TILE + SGEMM_TILE / 2);
    let (a0, a1) = (ta.get4(a_at + near), ta.get4(a_at + far));
    let (b0, b1) = (tb.get4(b_at + near), tb.get4(b_at + far));
    (
        [a0[0], a0[1], a0[2], a0[3], a1[0], a1[1], a1[2], a1[3]],
        [b0[0], b0[1], b0[2], b0[3], b1[0], b1[1], b1[2], b1[3]],
    )
}

/// `acc += a ⊗ b`: the 64 multiply-adds of one `k`. The loops have constant
/// bounds, so they unroll and `acc` stays in registers.
#[inline(always)]
fn sgemm_outer(acc: &mut [[f32; 8]; 8], (a, b): &([f32; 8], [f32; 8])) {
    for i in 0..8 {
        for j in 0..8 {
            acc[i][j] = fma(a[i], b[j], acc[i][j]);
        }
    }
}

/// `a * b + c`, rounded once on CUDA (`fma.rn.f32`), twice elsewhere.
#[inline(always)]
fn fma(a: f32, b: f32, c: f32) -> f32 {
    #[cfg(target_arch = "nvptx64")]
    {
        let d: u32;
        // SAFETY: arithmetic on registers only.
        unsafe {
            core::arch::asm!(
                "fma.rn.f32 {d}, {a}, {b}, {c};",
                d = out(reg32) d,
                a = in(reg32) a.to_bits(),
                b = in(reg32) b.to_bits(),
                c = in(reg32) c.to_bits(),
                options(pure, nomem, nostack),
            );
        }
        f32::from_bits(d)
    }
    #[cfg(not(target_arch = "nvptx64"))]
    {
        a * b + c
    }
}
