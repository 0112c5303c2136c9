//! HGEMM and BGEMM: f16 and bf16 matrix products with f32 sums, on the
//! matrix units (tensor cores, cooperative matrices) through
//! `everygpu_kernel::matrix`.

use super::*;

/// Rows of `c` that one workgroup of `hgemm`/`bgemm` computes.
pub const GEMM_TILE: usize = 128;
/// Columns of `c` that one workgroup computes.
pub const GEMM_BLOCK_COLS: usize = 2 * GEMM_TILE;
/// Depth (along `k`) of the slices of `a` and `b` staged per step off
/// Hopper: one matrix tile.
pub const GEMM_DEPTH: usize = 16;
/// Threads per workgroup: 8 subgroups of 32 lanes, each computing a 64 × 64
/// part of the block as 4 × 4 matrix tiles (off Hopper).
pub const GEMM_THREADS: usize = 256;
/// Row stride of a staged slice of `a`: 8 elements (16 bytes) of padding
/// move consecutive rows to different shared-memory banks.
const GEMM_A_STRIDE: usize = GEMM_DEPTH + 8;
/// Row stride of a staged slice of `b` (padded as `a`'s).
const GEMM_B_STRIDE: usize = GEMM_BLOCK_COLS + 8;
const GEMM_A_STAGE: usize = GEMM_TILE * GEMM_A_STRIDE;
const GEMM_B_STAGE: usize = GEMM_DEPTH * GEMM_B_STRIDE;
/// Stages of `a` and `b` in flight on Hopper (see [`gemm_warpgroup`]).
const GEMM_WARPGROUP_STAGES: usize = 4;
const GEMM_WARPGROUP_A_STAGE: usize = 2 * warpgroup::A_ELEMENTS;
const GEMM_WARPGROUP_B_STAGE: usize = warpgroup::B_ELEMENTS;
/// Whether this is CUDA on Hopper (sm_90a), which stages slices for `wgmma`.
const HOPPER: bool = cfg!(all(target_arch = "nvptx64", target_feature = "sm_90a"));
/// Elements of the shared `a` array of `hgemm`/`bgemm`: Hopper's swizzled
/// stages, or two padded ones on every other target. (CUDA launches each
/// kernel with the workgroup memory its PTX declares.)
pub const GEMM_A_SHARED: usize = if HOPPER {
    GEMM_WARPGROUP_STAGES * GEMM_WARPGROUP_A_STAGE
} else {
    2 * GEMM_A_STAGE
};
/// Elements after Hopper's stages of `b`: 128 bytes where the tensor maps
/// are encoded, and a transfer barrier per stage.
const GEMM_WARPGROUP_TAIL: usize = (128 + 8 * GEMM_WARPGROUP_STAGES) / 2;
/// Elements of the shared `b` array of `hgemm`/`bgemm` (as `a`'s).
pub const GEMM_B_SHARED: usize = if HOPPER {
    GEMM_WARPGROUP_STAGES * GEMM_WARPGROUP_B_STAGE + GEMM_WARPGROUP_TAIL
} else {
    2 * GEMM_B_STAGE
};

/// `c = a · b` for `n × n` row-major matrices of `f16` (`n` a multiple of
/// 256), summed in `f32` on the matrix units. See [`gemm`].
#[kernel(workgroup_size = 256)]
pub fn hgemm(
    n: u32,
    a: &[f16],
    b: &[f16],
    c: &mut [f32],
    ta: &Shared<f16, GEMM_A_SHARED>,
    tb: &Shared<f16, GEMM_B_SHARED>,
) {
    gemm(n as usize, a, b, c, ta, tb);
}

/// `c = a · b` for `n × n` row-major matrices of `bf16` (`n` a multiple of
/// 256), summed in `f32` on the matrix units. See [`gemm`].
#[kernel(workgroup_size = 256)]
pub fn bgemm(
    n: u32,
    a: &[bf16],
    b: &[bf16],
    c: &mut [f32],
    ta: &Shared<bf16, GEMM_A_SHARED>,
    tb: &Shared<bf16, GEMM_B_SHARED>,
) {
    gemm(n as usize, a, b, c, ta, tb);
}

/// The element types of `hgemm` and `bgemm`.
trait GemmElement: MatrixElement {
    /// The tensor maps of `a` and `b` on Hopper: one pair per kernel (see
    /// `matrix::tma::MapSlot`).
    #[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
    fn maps() -> &'static [MapSlot; 2];
}

impl GemmElement for f16 {
    #[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
    fn maps() -> &'static [MapSlot; 2] {
        static MAPS: [MapSlot; 2] = [MapSlot::new(), MapSlot::new()];
        &MAPS
    }
}

impl GemmElement for bf16 {
    #[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
    fn maps() -> &'static [MapSlot; 2] {
        static MAPS: [MapSlot; 2] = [MapSlot::new(), MapSlot::new()];
        &MAPS
    }
}

/// One workgroup computes a 128 × 256 block of `c`.
///
/// - **CUDA on Hopper** (sm_90a) computes it with two warpgroups of `wgmma`
///   (see [`gemm_warpgroup`]).
/// - **Every other target**: each of the 8 subgroups computes a 64 × 64 part
///   of the block as 4 × 4 accumulator tiles, so that each tile it loads
///   takes part in 4 products. Slices of `a` and `b` one tile deep are
///   staged in workgroup memory, two stages deep: while the tiles of one stage are
///   multiplied, the next stage arrives (on CUDA by `cp.async`, asynchronous
///   copies that do not pass through registers; elsewhere through
///   registers, loaded before the multiply-adds and stored after them).
///   The shader route declares the arrays `array<f16, N>`, the element type
///   its cooperative loads read.
#[inline(always)]
fn gemm<T: GemmElement>(
    n: usize,
    a: &[T],
    b: &[T],
    c: &mut [f32],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
) {
    assert!(
        n % GEMM_BLOCK_COLS == 0
            && n.checked_mul(n)
                .is_some_and(|nn| a.len() >= nn && b.len() >= nn && c.len() >= nn),
        "hgemm/bgemm: n must be a multiple of 256, and a, b and c must hold n × n elements"
    );
    let row0 = workgroup_id().y as usize * GEMM_TILE;
    let col0 = workgroup_id().x as usize * GEMM_BLOCK_COLS;
    #[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
    gemm_warpgroup(n, a, b, c, ta, tb, row0, col0);
    #[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
    {
        let mut acc: [[Accumulator; 4]; 4] = core::array::from_fn(|_| core::array::from_fn(|_| Accumulator::zero()));
        gemm_staged(n, a, b, ta, tb, row0, col0, &mut acc);
        // Row by row, written out (see `gemm_multiply`).
        let (m0, n0) = gemm_warp_origin(row0, col0);
        let [r0, r1, r2, r3] = &acc;
        gemm_store_row(c, n, m0 * n + n0, r0);
        gemm_store_row(c, n, (m0 + 16) * n + n0, r1);
        gemm_store_row(c, n, (m0 + 32) * n + n0, r2);
        gemm_store_row(c, n, (m0 + 48) * n + n0, r3);
    }
}

/// Stores a row of 4 accumulator tiles at `c[at..]`, side by side.
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_store_row(c: &mut [f32], n: usize, at: usize, row: &[Accumulator; 4]) {
    let [t0, t1, t2, t3] = row;
    t0.store(c, at, n);
    t1.store(c, at + 16, n);
    t2.store(c, at + 32, n);
    t3.store(c, at + 48, n);
}

/// CUDA on Hopper (sm_90a): each of the two warpgroups computes 64 × 256 of
/// the block with `wgmma` (`matrix::warpgroup`), reading 32-deep slices of
/// `a` and `b` straight from workgroup memory, where the tensor memory
/// accelerator (`matrix::tma`) copies them in the swizzled layout the matrix
/// unit reads: one thread starts each step's copies (a 128 × 32 box of `a`
/// and eight 32 × 32 boxes of `b`), and a transfer barrier per stage says
/// when they have landed.
///
/// Four stages turn round: while the matrix unit multiplies step `s` (and
/// may still be finishing `s - 1`), the copies of steps `s + 1` and `s + 2`
/// are in flight; once both warpgroups are done with `s - 1` (a barrier),
/// the copies of `s + 3` go into its stage. Measured on an H100 with
/// `cp.async` copies by every thread instead (4096³, against cuBLAS in the
/// same run): one 64 × 256 instruction per 16 `k` instead of two 64 × 128
/// ones, 1.08×; addresses worked out once and moved along instead of
/// recomputed (and checked) at every step, 1.16×: the loop's instructions,
/// one after another, had been what each step waited for.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn gemm_warpgroup<T: GemmElement>(
    n: usize,
    a: &[T],
    b: &[T],
    c: &mut [f32],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    row0: usize,
    col0: usize,
) {
    use everygpu_kernel::matrix::tma::{Map, Swizzle, TransferBarrier};
    use warpgroup::{self as wg, SliceA, SliceB};
    const STAGES: usize = GEMM_WARPGROUP_STAGES;
    // Offsets into workgroup memory are in bytes, of 16-bit elements.
    const E: usize = 2;
    const { assert!(core::mem::size_of::<T>() == E) };
    const A_STAGE_BYTES: u32 = (E * GEMM_WARPGROUP_A_STAGE) as u32;
    const B_STAGE_BYTES: u32 = (E * GEMM_WARPGROUP_B_STAGE) as u32;
    // Bytes of a 32 × 32 box of `b`: one column group of its slice.
    const B_BOX_BYTES: u32 = (E * wg::DEPTH * 32) as u32;
    const {
        assert!(
            STAGES * GEMM_WARPGROUP_A_STAGE <= GEMM_A_SHARED
                && STAGES * GEMM_WARPGROUP_B_STAGE + GEMM_WARPGROUP_TAIL <= GEMM_B_SHARED
                && wg::COLS == 8 * 32
        )
    };
    let [slot_a, slot_b] = T::maps();
    // `gemm` checked the lengths; this checks the block.
    assert!(
        row0 + GEMM_TILE <= n && col0 + GEMM_BLOCK_COLS <= n,
        "hgemm/bgemm: the grid covers more than the n × n matrix"
    );
    let l = local_id().x as usize % GEMM_THREADS;
    let group = l / wg::THREADS;
    let steps = n / wg::DEPTH;
    let (a_window, b_window) = (wg::window_address(ta), wg::window_address(tb));
    // After `tb`'s stages: 128 bytes where the maps are encoded, then a
    // transfer barrier per stage.
    let tail = b_window + STAGES as u32 * B_STAGE_BYTES;
    let map_a = Map::build(
        slot_a,
        tail,
        a,
        n,
        n,
        [GEMM_TILE as u32, wg::DEPTH as u32],
        Swizzle::B64,
    );
    let map_b = Map::build(slot_b, tail, b, n, n, [wg::DEPTH as u32, 32], Swizzle::B64);
    // The transfer barrier of stage `s` (its address worked out, not an
    // array indexed at run time, which would live in memory).
    // SAFETY: 8 bytes each after the scratch, in `tb`'s tail, for nothing else.
    let full = |s: usize| unsafe { TransferBarrier::at(tail + 128 + 8 * s as u32) };
    let producer = l == 0;
    if producer {
        for s in 0..STAGES {
            full(s).init(1);
        }
    }
    barrier();
    // Starts the copies of `step` (by the producer): `a`'s 128 rows of the
    // block, which the two warpgroups' slices are, and `b`'s 256 columns as
    // eight column groups.
    let stage = |step: usize| {
        let s = step % STAGES;
        let k0 = (step * wg::DEPTH) as u32;
        full(s).expect(A_STAGE_BYTES + B_STAGE_BYTES);
        let (to_a, to_b) = (a_window + s as u32 * A_STAGE_BYTES, b_window + s as u32 * B_STAGE_BYTES);
        // SAFETY: the stage is free (every warpgroup is done with the step
        // that used it, see below) and 512-byte aligned; the boxes lie in
        // the matrices (checked above).
        unsafe {
            map_a.copy(to_a, [row0 as u32, k0], full(s));
            for j in 0..8 {
                map_b.copy(to_b + j * B_BOX_BYTES, [k0, (col0 + 32 * j as usize) as u32], full(s));
            }
        }
    };
    let mut acc = wg::Accumulator::zero();
    // The slices of stage 0; later stages are these, moved along.
    let slice_a = SliceA::at(ta, group * wg::A_ELEMENTS);
    let slice_b = SliceB::at(tb, 0);
    if producer {
        for step in 0..steps.min(STAGES - 1) {
            stage(step);
        }
    }
    for step in 0..steps {
        let s = step % STAGES;
        full(s).wait(((step / STAGES) % 2) as u32);
        acc.mma_async::<T>(
            slice_a.plus(s as u32 * A_STAGE_BYTES),
            slice_b.plus(s as u32 * B_STAGE_BYTES),
        );
        // This warpgroup's step `step - 1` is done; after the barrier,
        // everyone's is, and its stage takes the copies of `step + 3`.
        acc.wait::<1>();
        barrier();
        if producer && step + STAGES - 1 < steps {
            stage(step + STAGES - 1);
        }
    }
    let at = (row0 + wg::ROWS * group) * n + col0;
    acc.store(c, at, n);
}

/// The top-left element of this subgroup's 64 × 64 part of the block.
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_warp_origin(row0: usize, col0: usize) -> (usize, usize) {
    // 8 subgroups of 32 lanes: 2 down, 4 across. (The shader route's
    // cooperative matrices assume a device whose subgroups have 32 lanes,
    // as NVIDIA's do; the CPU's have 32 too.)
    let id = subgroup::id() as usize % 8;
    (row0 + (id / 4) * 64, col0 + (id % 4) * 64)
}

/// CUDA before Hopper: slices of `a` and `b` copied into workgroup memory by
/// `cp.async`, two stages deep: while the tiles of one stage are
/// multiplied, the copies of the next one are in flight, without passing
/// through registers.
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn gemm_staged<T: MatrixElement>(
    n: usize,
    a: &[T],
    b: &[T],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    row0: usize,
    col0: usize,
    acc: &mut [[Accumulator; 4]; 4],
) {
    let l = local_id().x as usize % GEMM_THREADS;
    let steps = n / GEMM_DEPTH;
    gemm_stage(n, a, b, ta, tb, row0, col0, 0, 0, l);
    for step in 0..steps {
        let stage = step % 2;
        if step + 1 < steps {
            gemm_stage(n, a, b, ta, tb, row0, col0, (step + 1) * GEMM_DEPTH, 1 - stage, l);
        }
        // This step's stage has arrived (the next one may still be in flight).
        if step + 1 < steps {
            copy_wait::<1>();
        } else {
            copy_wait::<0>();
        }
        barrier();
        gemm_multiply(ta, tb, stage, acc);
        // Every subgroup is done with this stage before it is refilled.
        barrier();
    }
}

/// Every other target (the shader route, the CPU): slices of `a` and `b`
/// staged in workgroup memory through registers, two stages deep. Each step
/// loads the next step's slices into registers, multiplies the tiles of the
/// current stage while those loads are in flight, and stores them into the
/// other stage halfway through the multiply-adds; one barrier per step
/// separates the stages. (Stored after all the multiply-adds instead, it ran
/// 1.28× slower on an H100's Vulkan driver: there the loads did not overlap
/// the products.)
#[cfg(not(target_arch = "nvptx64"))]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn gemm_staged<T: MatrixElement>(
    n: usize,
    a: &[T],
    b: &[T],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    row0: usize,
    col0: usize,
    acc: &mut [[Accumulator; 4]; 4],
) {
    let l = local_id().x as usize % GEMM_THREADS;
    let steps = n / GEMM_DEPTH;
    let mut slices = GemmSlices::load(n, a, b, row0, col0, 0, l);
    slices.store(ta, tb, 0, l);
    for step in 0..steps {
        let stage = step % 2;
        let more = step + 1 < steps;
        if more {
            // Issued now, stored amid the multiply-adds: the memory latency
            // hides behind them.
            slices = GemmSlices::load(n, a, b, row0, col0, (step + 1) * GEMM_DEPTH, l);
        }
        // This step's stage is stored, and every subgroup is done with the
        // other one (the previous step's).
        barrier();
        let (tiles_b, a_at) = gemm_operands(tb, stage);
        let [r0, r1, r2, r3] = &mut *acc;
        gemm_multiply_row(ta, a_at, &tiles_b, r0);
        gemm_multiply_row(ta, a_at + 16 * GEMM_A_STRIDE, &tiles_b, r1);
        if more {
            slices.store(ta, tb, 1 - stage, l);
        }
        gemm_multiply_row(ta, a_at + 32 * GEMM_A_STRIDE, &tiles_b, r2);
        gemm_multiply_row(ta, a_at + 48 * GEMM_A_STRIDE, &tiles_b, r3);
    }
}

/// One thread's share of the 128 × 16 slice of `a` and the 16 × 256 slice of
/// `b` at one depth, in registers: 4 and 8 words (pairs of elements).
/// Neighbouring threads move neighbouring words, so that a subgroup's loads
/// read contiguous memory and its stores fill contiguous banks of workgroup
/// memory.
#[cfg(not(target_arch = "nvptx64"))]
struct GemmSlices {
    a: [u32; GEMM_A_WORDS],
    b: [u32; GEMM_B_WORDS],
}

/// Words of the `a` slice that one thread moves per step.
#[cfg(not(target_arch = "nvptx64"))]
const GEMM_A_WORDS: usize = GEMM_TILE * GEMM_DEPTH / 2 / GEMM_THREADS;
/// Words of the `b` slice that one thread moves per step.
#[cfg(not(target_arch = "nvptx64"))]
const GEMM_B_WORDS: usize = GEMM_DEPTH * GEMM_BLOCK_COLS / 2 / GEMM_THREADS;

#[cfg(not(target_arch = "nvptx64"))]
impl GemmSlices {
    /// Word `j` of this thread's share of the `a` slice: row `q / 8` of the
    /// slice, elements `2 (q % 8)` and the next, with `q = l + 256 j`.
    #[inline(always)]
    fn a_word(l: usize, j: usize) -> (usize, usize) {
        let q = l + GEMM_THREADS * j;
        (q / (GEMM_DEPTH / 2), 2 * (q % (GEMM_DEPTH / 2)))
    }

    /// Word `j` of this thread's share of the `b` slice: row `q / 128`,
    /// elements `2 (q % 128)` and the next.
    #[inline(always)]
    fn b_word(l: usize, j: usize) -> (usize, usize) {
        let q = l + GEMM_THREADS * j;
        (q / (GEMM_BLOCK_COLS / 2), 2 * (q % (GEMM_BLOCK_COLS / 2)))
    }

    /// Loads this thread's words of the slices at depth `k0`.
    #[inline(always)]
    fn load<T: MatrixElement>(n: usize, a: &[T], b: &[T], row0: usize, col0: usize, k0: usize, l: usize) -> Self {
        // SAFETY (both loads): rows and columns are below `n` (`gemm`'s
        // tiles lie inside the matrices, `n` being a multiple of 256), and
        // `a` and `b` hold n × n elements (asserted by `gemm`).
        GemmSlices {
            a: core::array::from_fn(|j| {
                let (r, k) = Self::a_word(l, j);
                unsafe { load_word(a.as_ptr().add((row0 + r) * n + k0 + k)) }
            }),
            b: core::array::from_fn(|j| {
                let (k, c) = Self::b_word(l, j);
                unsafe { load_word(b.as_ptr().add((k0 + k) * n + col0 + c)) }
            }),
        }
    }

    /// Stores the words into `stage` of the workgroup's slices.
    #[inline(always)]
    fn store<T: MatrixElement>(
        &self,
        ta: &Shared<T, GEMM_A_SHARED>,
        tb: &Shared<T, GEMM_B_SHARED>,
        stage: usize,
        l: usize,
    ) {
        for (j, &word) in self.a.iter().enumerate() {
            let (r, k) = Self::a_word(l, j);
            store_word(ta, stage * GEMM_A_STAGE + r * GEMM_A_STRIDE + k, word);
        }
        for (j, &word) in self.b.iter().enumerate() {
            let (k, c) = Self::b_word(l, j);
            store_word(tb, stage * GEMM_B_STAGE + k * GEMM_B_STRIDE + c, word);
        }
    }
}

/// The two 2-byte elements at `p`, as one word.
///
/// # Safety
/// `p` points at two readable elements, at an even index of a buffer.
#[cfg(not(target_arch = "nvptx64"))]
#[inline(always)]
unsafe fn load_word<T: MatrixElement>(p: *const T) -> u32 {
    const { assert!(core::mem::size_of::<T>() == 2) };
    // SAFETY: the caller's contract. The shader route's buffers are arrays
    // of words, so an even element is word-aligned there (and must be read
    // as one: it assembles under-aligned loads from bytes); elsewhere only
    // the elements' alignment is known.
    unsafe {
        if cfg!(target_arch = "wasm32") {
            p.cast::<u32>().read()
        } else {
            p.cast::<u32>().read_unaligned()
        }
    }
}

/// Stores `word` as elements `i` and `i + 1` of `dst` (`i` even).
#[cfg(not(target_arch = "nvptx64"))]
#[inline(always)]
fn store_word<T: MatrixElement, const N: usize>(dst: &Shared<T, N>, i: usize, word: u32) {
    const { assert!(core::mem::size_of::<T>() == 2) };
    let p = dst.ptr(i);
    assert!(i + 1 < N, "store_word: the staged slice ends past the shared array");
    // SAFETY: two elements in bounds (checked above); `i` is even, which
    // aligns the word on the shader route (see `load_word`).
    unsafe {
        if cfg!(target_arch = "wasm32") {
            p.cast::<u32>().write(word)
        } else {
            p.cast::<u32>().write_unaligned(word)
        }
    }
}

/// Multiplies the tiles of `stage`: per subgroup, 4 tiles of `a` by 4 of
/// `b`.
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_multiply<T: MatrixElement>(
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    stage: usize,
    acc: &mut [[Accumulator; 4]; 4],
) {
    let (tiles_b, a_at) = gemm_operands(tb, stage);
    // Row by row, written out: LLVM leaves a loop over the rows rolled on
    // CUDA, and the accumulators indexed at run time go to memory.
    let [r0, r1, r2, r3] = acc;
    gemm_multiply_row(ta, a_at, &tiles_b, r0);
    gemm_multiply_row(ta, a_at + 16 * GEMM_A_STRIDE, &tiles_b, r1);
    gemm_multiply_row(ta, a_at + 32 * GEMM_A_STRIDE, &tiles_b, r2);
    gemm_multiply_row(ta, a_at + 48 * GEMM_A_STRIDE, &tiles_b, r3);
}

/// The 4 tiles of `b` that this subgroup multiplies in `stage`, and where
/// its first tile of `a` starts (the others follow 16 rows apart).
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_operands<T: MatrixElement>(tb: &Shared<T, GEMM_B_SHARED>, stage: usize) -> ([TileB<T>; 4], usize) {
    const { assert!(GEMM_DEPTH == 16) };
    let (wm, wn) = gemm_warp_origin(0, 0);
    // The tiles by name: built by an array's `map`, they would pass through
    // memory wherever LLVM leaves the `map` outlined, which the shader route
    // cannot follow.
    let b_at = stage * GEMM_B_STAGE + wn;
    let tile_b0 = TileB::load_shared(tb, b_at, GEMM_B_STRIDE);
    let tile_b1 = TileB::load_shared(tb, b_at + 16, GEMM_B_STRIDE);
    let tile_b2 = TileB::load_shared(tb, b_at + 32, GEMM_B_STRIDE);
    let tile_b3 = TileB::load_shared(tb, b_at + 48, GEMM_B_STRIDE);
    (
        [tile_b0, tile_b1, tile_b2, tile_b3],
        stage * GEMM_A_STAGE + wm * GEMM_A_STRIDE,
    )
}

/// `row[j] += A · tiles_b[j]` for the tile `A` of `a` at `a_at`.
#[cfg(not(all(target_arch = "nvptx64", target_feature = "sm_90a")))]
#[inline(always)]
fn gemm_multiply_row<T: MatrixElement>(
    ta: &Shared<T, GEMM_A_SHARED>,
    a_at: usize,
    tiles_b: &[TileB<T>; 4],
    row: &mut [Accumulator; 4],
) {
    let tile_a = TileA::load_shared(ta, a_at, GEMM_A_STRIDE);
    let [t0, t1, t2, t3] = row;
    t0.mma(&tile_a, &tiles_b[0]);
    t1.mma(&tile_a, &tiles_b[1]);
    t2.mma(&tile_a, &tiles_b[2]);
    t3.mma(&tile_a, &tiles_b[3]);
}

/// Starts copying the 128 × 16 slice of `a` and the 16 × 256 slice of `b` at
/// depth `k0` into `stage`: 16 bytes (8 elements) at a time, one of `a` and
/// two of `b` per thread.
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn gemm_stage<T: MatrixElement>(
    n: usize,
    a: &[T],
    b: &[T],
    ta: &Shared<T, GEMM_A_SHARED>,
    tb: &Shared<T, GEMM_B_SHARED>,
    row0: usize,
    col0: usize,
    k0: usize,
    stage: usize,
    l: usize,
) {
    let (r, k) = (l / 2, (l % 2) * 8);
    copy16(
        ta,
        stage * GEMM_A_STAGE + r * GEMM_A_STRIDE + k,
        a,
        (row0 + r) * n + k0 + k,
    );
    for chunk in [l, l + GEMM_THREADS] {
        let (k, col) = (chunk / 32, (chunk % 32) * 8);
        copy16(
            tb,
            stage * GEMM_B_STAGE + k * GEMM_B_STRIDE + col,
            b,
            (k0 + k) * n + col0 + col,
        );
    }
    copy_commit();
}

/// Copies `src[from..from + 8]` to `dst[to..to + 8]`: asynchronously with
/// `cp.async` on CUDA (completed by [`copy_wait`]).
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[inline(always)]
fn copy16<T: Copy, const N: usize>(dst: &Shared<T, N>, to: usize, src: &[T], from: usize) {
    let src = &src[from..from + 8];
    assert!(to + 8 <= N, "copy16: the staged slice ends past the shared array");
    let dst = dst.ptr(to);
    // SAFETY: 16 bytes in bounds on both sides (checked above), 16-byte
    // aligned (the offsets are multiples of 8 elements of 2 bytes).
    unsafe {
        core::arch::asm!(
            "{{ .reg .u64 sa; cvta.to.shared.u64 sa, {d}; cp.async.cg.shared.global [sa], [{s}], 16; }}",
            d = in(reg64) dst,
            s = in(reg64) src.as_ptr(),
            options(nostack),
        );
    }
}

/// Ends a group of asynchronous copies.
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[inline(always)]
fn copy_commit() {
    // SAFETY: groups the copies issued so far.
    unsafe { core::arch::asm!("cp.async.commit_group;", options(nostack)) };
}

/// Waits until at most `IN_FLIGHT` of this thread's newest copy groups are
/// still in flight (0 to 4).
#[cfg(all(target_arch = "nvptx64", not(target_feature = "sm_90a")))]
#[inline(always)]
fn copy_wait<const IN_FLIGHT: u32>() {
    const { assert!(IN_FLIGHT <= 4, "copy_wait: at most 4 groups in flight") };
    // SAFETY: waits for this thread's own copies.
    unsafe {
        match IN_FLIGHT {
            0 => core::arch::asm!("cp.async.wait_group 0;", options(nostack)),
            1 => core::arch::asm!("cp.async.wait_group 1;", options(nostack)),
            2 => core::arch::asm!("cp.async.wait_group 2;", options(nostack)),
            3 => core::arch::asm!("cp.async.wait_group 3;", options(nostack)),
            4 => core::arch::asm!("cp.async.wait_group 4;", options(nostack)),
            _ => unreachable!(),
        }
    }
}
