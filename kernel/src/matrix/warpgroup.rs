//! Hopper's warpgroup matrix units (`wgmma`, CUDA on sm_90a): the four
//! subgroups of a *warpgroup* (128 threads, 32-lane subgroups `4g .. 4g + 4`)
//! multiply slices of `A` and `B` read straight from workgroup memory into a
//! 64 × 256 block of `f32` sums held in their registers. One instruction does
//! 64 × 256 × 16 multiply-adds, 128 times the work of a 16 × 16 × 16 tile of
//! [`crate::matrix::Accumulator`], which Hopper runs as older, slower
//! `mma.sync` instructions.
//!
//! ```ignore
//! use everygpu_kernel::matrix::warpgroup::{self, Accumulator, SliceA, SliceB};
//! // Stage a 64 × 32 slice of A and a 32 × 256 slice of B in workgroup
//! // memory, 16 bytes at a time, where `a_chunk`/`b_chunk` say; then, after
//! // `warpgroup::fence_shared()` and a barrier, every thread of the warpgroup:
//! acc.mma::<f16>(SliceA::at(&tile_a, 0), SliceB::at(&tile_b, 0));
//! acc.store(c, row * n + col, n);
//! ```
//!
//! # Layouts
//! Both slices are **32 deep** (`k`), in **64-byte swizzled** rows: row `r`
//! holds 32 elements as four 16-byte chunks, chunk `q` at position
//! `q ^ ((r / 2) % 4)`, so that the matrix unit reads eight rows without bank
//! conflicts.
//! - `A` (64 × 32, from a row-major matrix): row `m` is row `m` of the slice.
//! - `B` (32 × 256, from a row-major matrix): eight groups of 32 columns, each
//!   32 rows (one per `k`) of 64 bytes; group `j` starts `32 · 32` elements
//!   after group `j - 1`.
//!
//! [`a_chunk`] and [`b_chunk`] give the element offset of each 16-byte chunk
//! in a slice; a slice starts at a multiple of 512 bytes of workgroup memory
//! (every `#[kernel]`'s workgroup memory starts 1024-byte aligned on CUDA).
//!
//! # Contract
//! Every thread of the warpgroup calls [`Accumulator::mma`] with the same
//! slices, in warpgroup-uniform control flow, after the slices are written and
//! made visible with [`fence_shared`] and a barrier. It returns when the
//! products are in the registers.
//!
//! [`Accumulator::mma_async`] returns at once instead, the step still in
//! flight: [`Accumulator::wait`] says when steps are done, and a slice must
//! not be overwritten before the steps reading it are. A pipeline keeps one
//! step in flight while the next slices arrive:
//!
//! ```ignore
//! for step in 0..steps {
//!     // wait for this step's slices; fence_shared(); barrier();
//!     acc.mma_async::<f16>(a_of(step), b_of(step));
//!     // start copying the slices of step + 2 over those of step - 2
//!     acc.wait::<1>(); // step - 1 is done: its slices are free
//! }
//! acc.store(c, offset, n); // waits for the last step
//! ```
//!
//! The layout functions exist on every target; the matrix operations where
//! `cfg(target_feature = "sm_90a")` holds: the nvptx route builds for `sm_90a`
//! on devices of compute capability 9.0.

#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
use super::MatrixElement;
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
use crate::Shared;

/// Rows of `A`, and of the accumulator, per warpgroup.
pub const ROWS: usize = 64;
/// Columns of `B`, and of the accumulator.
pub const COLS: usize = 256;
/// Depth (`k`) of one slice.
pub const DEPTH: usize = 32;
/// Threads of a warpgroup.
pub const THREADS: usize = 128;
/// Elements of a staged `A` slice (64 × 32).
pub const A_ELEMENTS: usize = ROWS * DEPTH;
/// Elements of a staged `B` slice (32 × 256).
pub const B_ELEMENTS: usize = DEPTH * COLS;
/// Columns of one group of a staged `B` slice: a 64-byte row of 16-bit
/// elements.
const COLUMN_GROUP: usize = 32;

/// The swizzled position of 16-byte chunk `q` (0 to 3) of row `r`.
#[inline(always)]
const fn swizzle(r: usize, q: usize) -> usize {
    q ^ ((r / 2) % 4)
}

/// Where elements `8q .. 8q + 8` of row `m` of an `A` slice go: an element
/// offset from the slice's start.
#[inline(always)]
pub const fn a_chunk(m: usize, q: usize) -> usize {
    m * DEPTH + swizzle(m, q) * 8
}

/// Where elements `8q .. 8q + 8` (of the 256 columns) of row `k` of a `B`
/// slice go: an element offset from the slice's start.
#[inline(always)]
pub const fn b_chunk(k: usize, q: usize) -> usize {
    (q / 4) * (DEPTH * COLUMN_GROUP) + k * COLUMN_GROUP + swizzle(k, q % 4) * 8
}

/// Bytes from one 8-row group of a slice to the next (both slices).
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
const GROUP_BYTES: u64 = 8 * 64;
/// Bytes from one 32-column group of a `B` slice to the next.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
const B_COLUMN_GROUP_BYTES: u64 = (DEPTH * COLUMN_GROUP * 2) as u64;
/// Descriptor steps (16 bytes each) from `k` to `k + 16`: 32 bytes along an
/// `A` row, 16 rows of 64 bytes down `B`.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
const A_STEP: u32 = 2;
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
const B_STEP: u32 = 64;

/// A shared-memory matrix descriptor (PTX ISA, "Matrix Descriptor Format"):
/// start address, leading and stride byte offsets (all in 16-byte units),
/// and the 64-byte swizzle mode.
#[cfg_attr(not(all(target_arch = "nvptx64", target_feature = "sm_90a")), allow(dead_code))]
const fn descriptor(address: u32, leading: u64, stride: u64) -> u64 {
    ((address as u64 & 0x3_ffff) >> 4) | ((leading >> 4) << 16) | ((stride >> 4) << 32) | (2 << 62)
}

/// A staged slice of `A`, as the matrix unit addresses it.
#[derive(Clone, Copy)]
pub struct SliceA(#[allow(dead_code)] u64);

/// A staged slice of `B`, as the matrix unit addresses it.
#[derive(Clone, Copy)]
pub struct SliceB(#[allow(dead_code)] u64);

#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
#[inline(always)]
#[track_caller]
fn shared_address<T: crate::Element, const N: usize>(tile: &Shared<T, N>, offset: usize, elements: usize) -> u32 {
    assert!(
        offset + elements <= N,
        "warpgroup slice out of bounds of its shared array"
    );
    let address = window_address(tile) + (offset * core::mem::size_of::<T>()) as u32;
    assert!(
        address % 512 == 0,
        "a warpgroup slice must start at a multiple of 512 bytes"
    );
    address
}

/// Where element 0 of `tile` sits in the workgroup's shared window: the
/// 32-bit address that `cp.async` and the matrix unit's descriptors take.
/// A pipeline computes it once and adds byte offsets to it, instead of
/// converting a generic address at every step.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
#[inline(always)]
pub fn window_address<T: crate::Element, const N: usize>(tile: &Shared<T, N>) -> u32 {
    let p = tile.ptr(0);
    let address: u32;
    // SAFETY: converts a generic address of shared memory to its offset in
    // the shared window; touches no memory.
    unsafe {
        core::arch::asm!(
            "{{ .reg .u64 s; cvta.to.shared.u64 s, {p}; cvt.u32.u64 {a}, s; }}",
            p = in(reg64) p,
            a = out(reg32) address,
            options(pure, nomem, nostack),
        );
    }
    address
}

/// `descriptor` moved `bytes` further along workgroup memory: its address
/// field (bits 0 to 13, in 16-byte units) plus `bytes / 16`.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
#[inline(always)]
#[track_caller]
fn descriptor_plus(descriptor: u64, bytes: u32) -> u64 {
    assert!(
        bytes % 512 == 0 && (descriptor & 0x3fff) + (bytes as u64 >> 4) <= 0x3fff,
        "a warpgroup slice moves by multiples of 512 bytes, inside workgroup memory"
    );
    descriptor + (bytes as u64 >> 4)
}

#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
impl SliceA {
    /// The `A` slice staged at element `offset` of `tile`.
    #[inline(always)]
    #[track_caller]
    pub fn at<T: MatrixElement, const N: usize>(tile: &Shared<T, N>, offset: usize) -> SliceA {
        // K-major with swizzling: the leading offset is unused.
        SliceA(descriptor(shared_address(tile, offset, A_ELEMENTS), 16, GROUP_BYTES))
    }

    /// The slice staged `bytes` (a multiple of 512) further along the same
    /// workgroup memory: the same slice of a later stage, for two integer
    /// additions. The caller keeps it inside the array it staged.
    #[inline(always)]
    #[track_caller]
    pub fn plus(self, bytes: u32) -> SliceA {
        SliceA(descriptor_plus(self.0, bytes))
    }
}

#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
impl SliceB {
    /// The `B` slice staged at element `offset` of `tile`.
    #[inline(always)]
    #[track_caller]
    pub fn at<T: MatrixElement, const N: usize>(tile: &Shared<T, N>, offset: usize) -> SliceB {
        // N-major ("transposed"): column groups `leading` apart, 8-row groups
        // `stride` apart.
        SliceB(descriptor(
            shared_address(tile, offset, B_ELEMENTS),
            B_COLUMN_GROUP_BYTES,
            GROUP_BYTES,
        ))
    }

    /// The slice staged `bytes` further along (see [`SliceA::plus`]).
    #[inline(always)]
    #[track_caller]
    pub fn plus(self, bytes: u32) -> SliceB {
        SliceB(descriptor_plus(self.0, bytes))
    }
}

/// Makes this thread's writes to workgroup memory (plain stores and
/// completed `cp.async` copies) visible to the matrix unit, which reads
/// through the asynchronous proxy. Call it before the barrier that precedes
/// [`Accumulator::mma`].
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
#[inline(always)]
pub fn fence_shared() {
    // SAFETY: a memory fence.
    unsafe { core::arch::asm!("fence.proxy.async.shared::cta;", options(nostack)) };
}

/// An `asm!` block over the 128 sums of an accumulator (`$d`, its two
/// halves), which are operands `{0}` to `{127}`, in order; named operands and options follow the
/// template.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
macro_rules! accumulator_asm {
    ($d:ident, [$($line:expr),* $(,)?], $($rest:tt)*) => {
        core::arch::asm!(
            $($line,)*
            inout(reg32) $d.0[0],
            inout(reg32) $d.0[1],
            inout(reg32) $d.0[2],
            inout(reg32) $d.0[3],
            inout(reg32) $d.0[4],
            inout(reg32) $d.0[5],
            inout(reg32) $d.0[6],
            inout(reg32) $d.0[7],
            inout(reg32) $d.0[8],
            inout(reg32) $d.0[9],
            inout(reg32) $d.0[10],
            inout(reg32) $d.0[11],
            inout(reg32) $d.0[12],
            inout(reg32) $d.0[13],
            inout(reg32) $d.0[14],
            inout(reg32) $d.0[15],
            inout(reg32) $d.0[16],
            inout(reg32) $d.0[17],
            inout(reg32) $d.0[18],
            inout(reg32) $d.0[19],
            inout(reg32) $d.0[20],
            inout(reg32) $d.0[21],
            inout(reg32) $d.0[22],
            inout(reg32) $d.0[23],
            inout(reg32) $d.0[24],
            inout(reg32) $d.0[25],
            inout(reg32) $d.0[26],
            inout(reg32) $d.0[27],
            inout(reg32) $d.0[28],
            inout(reg32) $d.0[29],
            inout(reg32) $d.0[30],
            inout(reg32) $d.0[31],
            inout(reg32) $d.0[32],
            inout(reg32) $d.0[33],
            inout(reg32) $d.0[34],
            inout(reg32) $d.0[35],
            inout(reg32) $d.0[36],
            inout(reg32) $d.0[37],
            inout(reg32) $d.0[38],
            inout(reg32) $d.0[39],
            inout(reg32) $d.0[40],
            inout(reg32) $d.0[41],
            inout(reg32) $d.0[42],
            inout(reg32) $d.0[43],
            inout(reg32) $d.0[44],
            inout(reg32) $d.0[45],
            inout(reg32) $d.0[46],
            inout(reg32) $d.0[47],
            inout(reg32) $d.0[48],
            inout(reg32) $d.0[49],
            inout(reg32) $d.0[50],
            inout(reg32) $d.0[51],
            inout(reg32) $d.0[52],
            inout(reg32) $d.0[53],
            inout(reg32) $d.0[54],
            inout(reg32) $d.0[55],
            inout(reg32) $d.0[56],
            inout(reg32) $d.0[57],
            inout(reg32) $d.0[58],
            inout(reg32) $d.0[59],
            inout(reg32) $d.0[60],
            inout(reg32) $d.0[61],
            inout(reg32) $d.0[62],
            inout(reg32) $d.0[63],
            inout(reg32) $d.1[0],
            inout(reg32) $d.1[1],
            inout(reg32) $d.1[2],
            inout(reg32) $d.1[3],
            inout(reg32) $d.1[4],
            inout(reg32) $d.1[5],
            inout(reg32) $d.1[6],
            inout(reg32) $d.1[7],
            inout(reg32) $d.1[8],
            inout(reg32) $d.1[9],
            inout(reg32) $d.1[10],
            inout(reg32) $d.1[11],
            inout(reg32) $d.1[12],
            inout(reg32) $d.1[13],
            inout(reg32) $d.1[14],
            inout(reg32) $d.1[15],
            inout(reg32) $d.1[16],
            inout(reg32) $d.1[17],
            inout(reg32) $d.1[18],
            inout(reg32) $d.1[19],
            inout(reg32) $d.1[20],
            inout(reg32) $d.1[21],
            inout(reg32) $d.1[22],
            inout(reg32) $d.1[23],
            inout(reg32) $d.1[24],
            inout(reg32) $d.1[25],
            inout(reg32) $d.1[26],
            inout(reg32) $d.1[27],
            inout(reg32) $d.1[28],
            inout(reg32) $d.1[29],
            inout(reg32) $d.1[30],
            inout(reg32) $d.1[31],
            inout(reg32) $d.1[32],
            inout(reg32) $d.1[33],
            inout(reg32) $d.1[34],
            inout(reg32) $d.1[35],
            inout(reg32) $d.1[36],
            inout(reg32) $d.1[37],
            inout(reg32) $d.1[38],
            inout(reg32) $d.1[39],
            inout(reg32) $d.1[40],
            inout(reg32) $d.1[41],
            inout(reg32) $d.1[42],
            inout(reg32) $d.1[43],
            inout(reg32) $d.1[44],
            inout(reg32) $d.1[45],
            inout(reg32) $d.1[46],
            inout(reg32) $d.1[47],
            inout(reg32) $d.1[48],
            inout(reg32) $d.1[49],
            inout(reg32) $d.1[50],
            inout(reg32) $d.1[51],
            inout(reg32) $d.1[52],
            inout(reg32) $d.1[53],
            inout(reg32) $d.1[54],
            inout(reg32) $d.1[55],
            inout(reg32) $d.1[56],
            inout(reg32) $d.1[57],
            inout(reg32) $d.1[58],
            inout(reg32) $d.1[59],
            inout(reg32) $d.1[60],
            inout(reg32) $d.1[61],
            inout(reg32) $d.1[62],
            inout(reg32) $d.1[63],
            $($rest)*
        )
    };
}

/// The 128 sums of `wgmma.mma_async.m64n256k16` in PTX's brace syntax.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
macro_rules! sums {
    () => {
        "{{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13}, {14}, {15}, {16}, {17}, {18}, {19}, {20}, {21}, {22}, {23}, {24}, {25}, {26}, {27}, {28}, {29}, {30}, {31}, {32}, {33}, {34}, {35}, {36}, {37}, {38}, {39}, {40}, {41}, {42}, {43}, {44}, {45}, {46}, {47}, {48}, {49}, {50}, {51}, {52}, {53}, {54}, {55}, {56}, {57}, {58}, {59}, {60}, {61}, {62}, {63}, {64}, {65}, {66}, {67}, {68}, {69}, {70}, {71}, {72}, {73}, {74}, {75}, {76}, {77}, {78}, {79}, {80}, {81}, {82}, {83}, {84}, {85}, {86}, {87}, {88}, {89}, {90}, {91}, {92}, {93}, {94}, {95}, {96}, {97}, {98}, {99}, {100}, {101}, {102}, {103}, {104}, {105}, {106}, {107}, {108}, {109}, {110}, {111}, {112}, {113}, {114}, {115}, {116}, {117}, {118}, {119}, {120}, {121}, {122}, {123}, {124}, {125}, {126}, {127}}}"
    };
}

/// Two `wgmma.mma_async.m64n256k16` steps of element type `$ty` (`"f16"` or
/// `"bf16"`) on the 128 sums in `$d`, from descriptors `$a` and `$b` (the
/// second step 16 `k` further), committed as one group and not waited for.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
macro_rules! wgmma_k32 {
    ($ty:literal, $d:ident, $a:expr, $b:expr) => {
        accumulator_asm!(
            $d,
            [
                "{{ .reg .pred p;",
                ".reg .b64 a1, b1;",
                "setp.ne.b32 p, {one}, 0;",
                "add.s64 a1, {a}, {a_step};",
                "add.s64 b1, {b}, {b_step};",
                "wgmma.fence.sync.aligned;",
                concat!("wgmma.mma_async.sync.aligned.m64n256k16.f32.", $ty, ".", $ty, " ", sums!(), ", {a}, {b}, p, 1, 1, 0, 1;"),
                concat!("wgmma.mma_async.sync.aligned.m64n256k16.f32.", $ty, ".", $ty, " ", sums!(), ", a1, b1, p, 1, 1, 0, 1;"),
                "wgmma.commit_group.sync.aligned; }}",
            ],
            a = in(reg64) $a,
            b = in(reg64) $b,
            one = in(reg32) 1u32,
            a_step = const A_STEP,
            b_step = const B_STEP,
            options(nostack),
        )
    };
}

/// Two neighbouring sums, stored as one 8-byte access.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
#[repr(C, align(8))]
struct Pair([f32; 2]);

/// A 64 × 256 block of `f32` sums, held by a warpgroup: 128 per thread, in
/// two named halves (columns 0 to 127 and 128 to 255), as the compiler keeps
/// an array of 64 in registers but puts one of 128 in memory.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
#[derive(Clone, Copy)]
pub struct Accumulator {
    d: ([f32; 64], [f32; 64]),
}

#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
impl Accumulator {
    /// A block of zeros.
    #[inline(always)]
    pub fn zero() -> Accumulator {
        Accumulator {
            d: ([0.0; 64], [0.0; 64]),
        }
    }

    /// `self += a · b` over the slices' 32 `k`: two 64 × 256 × 16
    /// `wgmma.mma_async`, waited for before it returns.
    #[inline(always)]
    pub fn mma<T: MatrixElement>(&mut self, a: SliceA, b: SliceB) {
        self.mma_async::<T>(a, b);
        self.wait::<0>();
    }

    /// Starts `self += a · b` and returns while the matrix unit works: the
    /// step is in flight until [`wait`](Self::wait) says it is done, and its
    /// slices must stay as they are until then. Steps on one accumulator run
    /// in order, so the next one can start at once: the matrix unit then
    /// never idles while the slices after it arrive.
    #[inline(always)]
    pub fn mma_async<T: MatrixElement>(&mut self, a: SliceA, b: SliceB) {
        let d = &mut self.d;
        // SAFETY: the descriptors point at slices inside workgroup memory
        // (checked by `at`); every thread of the warpgroup calls it (the
        // contract). The sums are this block's operands here and at every
        // later `wait`, so the compiler reads them only after one.
        unsafe {
            match T::KIND {
                super::Kind::F16 => wgmma_k32!("f16", d, a.0, b.0),
                super::Kind::Bf16 => wgmma_k32!("bf16", d, a.0, b.0),
            }
        }
    }

    /// Waits until at most `IN_FLIGHT` of the warpgroup's newest steps are
    /// still running (0 to 3), counting the steps of every accumulator it
    /// holds: those started before them are done, and their slices may be
    /// overwritten. (The matrix unit counts steps per warpgroup; a block held
    /// as two accumulators, one step each, waits with `IN_FLIGHT = 2` to have
    /// the previous pair done.)
    #[inline(always)]
    pub fn wait<const IN_FLIGHT: u32>(&mut self) {
        const { assert!(IN_FLIGHT <= 3, "warpgroup: at most 3 matrix steps in flight") };
        let d = &mut self.d;
        // SAFETY: waits for the warpgroup's own matrix steps; the sums are
        // operands, so the compiler takes them as written here.
        unsafe {
            match IN_FLIGHT {
                0 => accumulator_asm!(
                    d,
                    [concat!("wgmma.wait_group.sync.aligned 0; // ", sums!())],
                    options(nostack)
                ),
                1 => accumulator_asm!(
                    d,
                    [concat!("wgmma.wait_group.sync.aligned 1; // ", sums!())],
                    options(nostack)
                ),
                2 => accumulator_asm!(
                    d,
                    [concat!("wgmma.wait_group.sync.aligned 2; // ", sums!())],
                    options(nostack)
                ),
                3 => accumulator_asm!(
                    d,
                    [concat!("wgmma.wait_group.sync.aligned 3; // ", sums!())],
                    options(nostack)
                ),
                _ => unreachable!(),
            }
        }
    }

    /// Stores the block: element `(r, c)` to `dst[offset + r * stride + c]`,
    /// once every step is done. Each thread stores its own 128 sums.
    #[inline(always)]
    #[track_caller]
    pub fn store(&mut self, dst: &mut [f32], offset: usize, stride: usize) {
        self.wait::<0>();
        assert!(
            stride >= COLS && offset + (ROWS - 1) * stride + COLS <= dst.len(),
            "warpgroup block out of bounds"
        );
        let t = crate::local_id().x as usize % THREADS;
        let (row, col) = ((t / 32) * 16 + (t % 32) / 4, 2 * (t % 4));
        // Each thread holds pairs of neighbouring sums: stored as one 8-byte
        // access where they are 8-byte aligned, so that the four threads of a
        // row fill whole 32-byte sectors.
        let pairs = (dst.as_ptr() as usize + 4 * offset) % 8 == 0 && stride % 2 == 0;
        let base = dst.as_mut_ptr();
        // Each half of the sums by name: an index into them known only at
        // run time would put them in memory.
        let at = offset + row * stride + col;
        // SAFETY: inside the block, checked above; `pairs` as its callee needs.
        unsafe {
            store_half(&self.d.0, base.add(at), stride, pairs);
            store_half(&self.d.1, base.add(at + COLS / 2), stride, pairs);
        }
    }
}

/// Stores half the sums of an [`Accumulator`] from `at`, this thread's first
/// element of the half: two loops, each unrolled in full.
///
/// # Safety
/// The half is in bounds of the destination; with `pairs`, `at` is 8-byte
/// aligned and `stride` even.
#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
#[inline(always)]
unsafe fn store_half(d: &[f32; 64], at: *mut f32, stride: usize, pairs: bool) {
    // SAFETY: the caller's.
    unsafe {
        if pairs {
            for i in 0..16 {
                (at.add(8 * i) as *mut Pair).write(Pair([d[4 * i], d[4 * i + 1]]));
                (at.add(8 * i + 8 * stride) as *mut Pair).write(Pair([d[4 * i + 2], d[4 * i + 3]]));
            }
        } else {
            for i in 0..16 {
                at.add(8 * i).write(d[4 * i]);
                at.add(8 * i + 1).write(d[4 * i + 1]);
                at.add(8 * i + 8 * stride).write(d[4 * i + 2]);
                at.add(8 * i + 8 * stride + 1).write(d[4 * i + 3]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_fill_each_slice_exactly_once() {
        let mut a = [0u8; A_ELEMENTS];
        for m in 0..ROWS {
            for q in 0..DEPTH / 8 {
                for e in 0..8 {
                    a[a_chunk(m, q) + e] += 1;
                }
            }
        }
        assert!(a.iter().all(|&n| n == 1));
        let mut b = [0u8; B_ELEMENTS];
        for k in 0..DEPTH {
            for q in 0..COLS / 8 {
                for e in 0..8 {
                    b[b_chunk(k, q) + e] += 1;
                }
            }
        }
        assert!(b.iter().all(|&n| n == 1));
    }

    #[test]
    fn rows_are_swizzled_in_pairs_and_column_groups_are_apart() {
        // Rows 0 and 1 keep their chunks in place, rows 2 and 3 swap them in
        // pairs, and so on (the 64-byte swizzle).
        assert_eq!([0, 1, 2, 3].map(|q| a_chunk(0, q)), [0, 8, 16, 24]);
        assert_eq!([0, 1, 2, 3].map(|q| a_chunk(1, q)), [32, 40, 48, 56]);
        assert_eq!([0, 1, 2, 3].map(|q| a_chunk(2, q)), [72, 64, 88, 80]);
        assert_eq!(b_chunk(0, 4), 32 * 32);
        assert_eq!(b_chunk(5, 13), 1024 * 3 + 5 * 32 + (1 ^ 2) * 8);
    }

    #[test]
    fn descriptors_hold_address_offsets_and_swizzle_mode() {
        let d = descriptor(0x2000, 2048, 512);
        assert_eq!(d & 0x3fff, 0x200);
        assert_eq!((d >> 16) & 0x3fff, 128);
        assert_eq!((d >> 32) & 0x3fff, 32);
        assert_eq!(d >> 62, 2);
    }
}
