//! Hopper's tensor memory accelerator (TMA, CUDA on sm_90a): one thread
//! copies a whole 2-D box of a row-major matrix into workgroup memory, laid
//! out in the swizzled rows that the warpgroup matrix unit reads
//! ([`super::warpgroup`]), and the copy reports its bytes to a
//! [`TransferBarrier`] in workgroup memory that the workgroup waits on. No
//! other thread spends registers or issue slots on the copy.
//!
//! ```ignore
//! use everygpu_kernel::matrix::tma::{Map, MapSlot, Swizzle, TransferBarrier};
//! static MAP_A: MapSlot = MapSlot::new();
//! // Every thread of the workgroup, once (`scratch`: 128 bytes of workgroup
//! // memory, 128-byte aligned, as a window address):
//! let map = Map::build(&MAP_A, scratch, a, n, n, [64, 32], Swizzle::B64);
//! // One thread, once: `barrier` is 8 bytes of workgroup memory.
//! let full = unsafe { TransferBarrier::at(barrier) };
//! if local_id().x == 0 { full.init(1); }
//! barrier();
//! // One thread, per copy: announce the bytes, then start the copy.
//! if local_id().x == 0 {
//!     full.expect(64 * 32 * 2);
//!     unsafe { map.copy(stage, [row, k], full) };
//! }
//! // Every thread that reads the box:
//! full.wait(0); // the barrier's phase: 0, 1, 0, ... per round of copies
//! ```
//!
//! # Tensor maps
//! A copy reads through a *tensor map*: the matrix's address, shape and row
//! stride, the box and the swizzle, encoded in 128 opaque bytes that must lie
//! in global memory. [`Map::build`] encodes it on the GPU itself, as Triton
//! does (`tensormap.replace` over zeros in workgroup memory, then
//! `tensormap.cp_fenceproxy` into a [`MapSlot`], a `static` of the kernel
//! crate): the host needs to know nothing about it. Every workgroup of a
//! launch writes the same bytes to the slot, so a slot serves one launch at a
//! time: give each kernel its own, and do not launch it on two streams at
//! once (everygpu launches one kernel after another).
//!
//! # Clusters
//! A kernel launched in clusters (`#[kernel(cluster = (1, 2))]`) may copy a
//! box into the workgroup memory of several workgroups of its cluster at
//! once ([`Map::copy_multicast`]): each reads it from the L2 once instead of
//! once per workgroup. [`cluster_rank`] says which workgroup of the cluster
//! this is, and [`cluster_barrier`] waits for every thread of the cluster.
//!
//! # Layouts
//! Box element `(r, c)` (row `r`, column `c`, 16-bit elements) lands at byte
//! `r · 2w + 2c` of the destination (`w` the box's width), with the 16-byte
//! chunks of each row swizzled as the map says. With [`Swizzle::B64`] and a
//! width of 32 elements this is exactly the 64-byte swizzled layout of
//! `warpgroup::a_chunk`/`b_chunk`; the destination then starts at a multiple
//! of 512 bytes.
//!
//! The types exist on every target; the operations where
//! `cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))` holds (a
//! kernel calls them under that `cfg`, and stages its data otherwise on the
//! other targets): the nvptx route builds for `sm_90a` (PTX ISA 8.3) on
//! devices of compute capability 9.0.

use core::cell::UnsafeCell;

/// 128 bytes of global memory that hold one tensor map (a `static` of the
/// kernel crate; see the module docs).
#[repr(C, align(128))]
pub struct MapSlot(UnsafeCell<[u8; 128]>);

// SAFETY: only `Map::build` writes the slot, and every workgroup of a launch
// writes the same bytes; the map's readers (the copy unit) see them after its
// fences.
unsafe impl Sync for MapSlot {}

impl MapSlot {
    /// An empty slot.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> MapSlot {
        MapSlot(UnsafeCell::new([0; 128]))
    }
}

/// How a map lays out the 16-byte chunks of each box row in workgroup memory
/// (the tensor map's `swizzle_mode`). A swizzled box row is at most the
/// swizzle's span long.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum Swizzle {
    /// Rows as they are.
    None = 0,
    /// Chunks swizzled within 32-byte rows.
    B32 = 1,
    /// Chunks swizzled within 64-byte rows, in pairs of rows (the warpgroup
    /// layout of [`super::warpgroup`]).
    B64 = 2,
    /// Chunks swizzled within 128-byte rows.
    B128 = 3,
}

impl Swizzle {
    /// The longest box row, in bytes, this swizzle allows.
    pub const fn span(self) -> usize {
        match self {
            Swizzle::None => 256 * 2,
            Swizzle::B32 => 32,
            Swizzle::B64 => 64,
            Swizzle::B128 => 128,
        }
    }
}

/// A tensor map in its slot: what [`Map::copy`] reads through.
#[derive(Clone, Copy)]
pub struct Map {
    #[cfg_attr(not(all(target_arch = "nvptx64", target_feature = "sm_90a")), allow(dead_code))]
    slot: *const u8,
    #[cfg_attr(not(all(target_arch = "nvptx64", target_feature = "sm_90a")), allow(dead_code))]
    box_bytes: u32,
}

/// Checks a map's arguments; returns the bytes of one box.
#[cfg_attr(not(all(target_arch = "nvptx64", target_feature = "sm_90a")), allow(dead_code))]
#[track_caller]
fn check_map(elements: usize, address: usize, rows: usize, cols: usize, box_: [u32; 2], swizzle: Swizzle) -> u32 {
    let [box_rows, box_cols] = box_;
    assert!(
        rows.checked_mul(cols).is_some_and(|e| e <= elements),
        "tma::Map: the matrix holds fewer than rows × cols elements"
    );
    assert!(
        address.is_multiple_of(16) && (2 * cols).is_multiple_of(16),
        "tma::Map: the matrix must start 16-byte aligned and its rows be a multiple of 16 bytes"
    );
    assert!(
        rows <= 1 << 31 && cols <= 1 << 31,
        "tma::Map: at most 2^31 rows and columns"
    );
    assert!(
        (1..=256).contains(&box_rows) && (1..=256).contains(&box_cols) && (2 * box_cols as usize).is_multiple_of(16),
        "tma::Map: a box has 1 to 256 rows and columns, its rows a multiple of 16 bytes"
    );
    assert!(
        2 * box_cols as usize <= swizzle.span(),
        "tma::Map: a box row is longer than the swizzle's span"
    );
    2 * box_rows * box_cols
}

/// A barrier in workgroup memory that counts arrivals and the bytes of the
/// copies reporting to it (an `mbarrier`): a *phase* completes when the
/// expected arrivals have arrived and the bytes they announced have landed.
/// Phases alternate between parity 0 and 1.
#[derive(Clone, Copy)]
pub struct TransferBarrier {
    #[cfg_attr(not(all(target_arch = "nvptx64", target_feature = "sm_90a")), allow(dead_code))]
    address: u32,
}

impl TransferBarrier {
    /// The barrier at `address`, a window address of workgroup memory
    /// (`warpgroup::window_address` plus an offset).
    ///
    /// # Safety
    /// The 8 bytes at `address` are 8-byte aligned and used for nothing but
    /// this barrier for as long as it is.
    #[track_caller]
    pub unsafe fn at(address: u32) -> TransferBarrier {
        assert!(address.is_multiple_of(8), "a transfer barrier is 8-byte aligned");
        TransferBarrier { address }
    }
}

#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
pub use nvptx::{cluster_barrier, cluster_rank};

#[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
mod nvptx {
    use super::*;
    use crate::matrix::MatrixElement;
    use crate::{barrier, local_id};

    /// The `.global` address of a generic pointer to global memory.
    #[inline(always)]
    fn global_address(p: *const u8) -> u64 {
        let g: u64;
        // SAFETY: converts an address; touches no memory.
        unsafe {
            core::arch::asm!("cvta.to.global.u64 {g}, {p};", p = in(reg64) p, g = out(reg64) g,
                options(pure, nomem, nostack));
        }
        g
    }

    impl Map {
        /// Encodes the map of a row-major `rows × cols` matrix of 16-bit
        /// elements (`matrix`, row stride `cols`), copied in boxes of
        /// `box_ = [box_rows, box_cols]`, into `slot`. `scratch` is 128 bytes
        /// of workgroup memory, 128-byte aligned, as a window address; it is
        /// free again when this returns.
        ///
        /// Every thread of the workgroup calls it, in uniform control flow
        /// (it ends with a barrier); subgroup 0 encodes, and every thread may
        /// copy through the map afterwards.
        #[inline(always)]
        #[track_caller]
        pub fn build<T: MatrixElement>(
            slot: &'static MapSlot,
            scratch: u32,
            matrix: &[T],
            rows: usize,
            cols: usize,
            box_: [u32; 2],
            swizzle: Swizzle,
        ) -> Map {
            let box_bytes = check_map(matrix.len(), matrix.as_ptr() as usize, rows, cols, box_, swizzle);
            assert!(scratch.is_multiple_of(128), "tma::Map: the scratch is 128-byte aligned");
            let slot = slot.0.get() as *const u8;
            let [box_rows, box_cols] = box_;
            let lane = local_id().x % 32;
            let subgroup0 = local_id().x < 32 && local_id().y == 0 && local_id().z == 0;
            if subgroup0 {
                // SAFETY: subgroup 0 writes its scratch, then lane 0 the map's
                // fields in it, then the subgroup copies it to the slot, all
                // 128 bytes, 128-byte aligned. The fields: rank 2 (written as
                // 1), dimension 0 the columns (innermost), strides in bytes,
                // 16-bit elements (`.u16`), no interleave, zeros out of bounds.
                unsafe {
                    core::arch::asm!(
                        "st.shared.u32 [{a}], 0;",
                        "bar.warp.sync -1;",
                        a = in(reg32) scratch + 4 * lane,
                        options(nostack),
                    );
                    if lane == 0 {
                        core::arch::asm!(
                            "tensormap.replace.tile.global_address.shared::cta.b1024.b64 [{s}], {address};",
                            "tensormap.replace.tile.rank.shared::cta.b1024.b32 [{s}], 1;",
                            "tensormap.replace.tile.box_dim.shared::cta.b1024.b32 [{s}], 0, {box_cols};",
                            "tensormap.replace.tile.box_dim.shared::cta.b1024.b32 [{s}], 1, {box_rows};",
                            "tensormap.replace.tile.global_dim.shared::cta.b1024.b32 [{s}], 0, {cols};",
                            "tensormap.replace.tile.global_dim.shared::cta.b1024.b32 [{s}], 1, {rows};",
                            "tensormap.replace.tile.global_stride.shared::cta.b1024.b64 [{s}], 0, {stride};",
                            "tensormap.replace.tile.element_stride.shared::cta.b1024.b32 [{s}], 0, 1;",
                            "tensormap.replace.tile.element_stride.shared::cta.b1024.b32 [{s}], 1, 1;",
                            "tensormap.replace.tile.elemtype.shared::cta.b1024.b32 [{s}], 1;",
                            "tensormap.replace.tile.interleave_layout.shared::cta.b1024.b32 [{s}], 0;",
                            "tensormap.replace.tile.fill_mode.shared::cta.b1024.b32 [{s}], 0;",
                            s = in(reg32) scratch,
                            address = in(reg64) global_address(matrix.as_ptr() as *const u8),
                            box_cols = in(reg32) box_cols,
                            box_rows = in(reg32) box_rows,
                            cols = in(reg32) cols as u32,
                            rows = in(reg32) rows as u32,
                            stride = in(reg64) 2 * cols as u64,
                            options(nostack),
                        );
                        replace_swizzle(scratch, swizzle);
                    }
                    core::arch::asm!(
                        "bar.warp.sync -1;",
                        "tensormap.cp_fenceproxy.global.shared::cta.tensormap::generic.release.gpu.sync.aligned [{to}], [{from}], 128;",
                        to = in(reg64) global_address(slot),
                        from = in(reg32) scratch,
                        options(nostack),
                    );
                }
            }
            barrier();
            // SAFETY: orders this thread's later copies after the map's write
            // (the copy unit reads maps through the tensor-map proxy).
            unsafe {
                core::arch::asm!(
                    "fence.proxy.tensormap::generic.acquire.gpu [{m}], 128;",
                    m = in(reg64) slot,
                    options(nostack),
                );
            }
            Map { slot, box_bytes }
        }

        /// The bytes one copy writes (announce them with
        /// [`TransferBarrier::expect`]).
        #[inline(always)]
        pub fn box_bytes(self) -> u32 {
            self.box_bytes
        }

        /// Starts copying the box whose top-left element is `[row, col]` of
        /// the matrix to `to`, a window address of workgroup memory; the copy
        /// reports its bytes to `done`. Elements outside the matrix read as
        /// zeros.
        ///
        /// # Safety
        /// The box's bytes at `to` are workgroup memory that nothing reads or
        /// writes until `done` says the copy landed; `to` is 128-byte aligned
        /// (for a swizzled map, a multiple of the swizzle's 8-row span).
        #[inline(always)]
        pub unsafe fn copy(self, to: u32, [row, col]: [u32; 2], done: TransferBarrier) {
            // SAFETY: the caller's; the coordinates are in elements,
            // innermost first.
            unsafe {
                core::arch::asm!(
                    "cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes [{to}], [{map}, {{{col}, {row}}}], [{bar}];",
                    to = in(reg32) to,
                    map = in(reg64) self.slot,
                    col = in(reg32) col,
                    row = in(reg32) row,
                    bar = in(reg32) done.address,
                    options(nostack),
                );
            }
        }

        /// As [`copy`](Self::copy), into the workgroup memory of every
        /// workgroup of the cluster in `workgroups` (bit `r` for the
        /// workgroup of [`cluster_rank`] `r`), at the same address in each,
        /// and reporting to the transfer barrier at `done`'s address in each.
        ///
        /// # Safety
        /// As for [`copy`](Self::copy), in every workgroup of the mask: the
        /// box's bytes there are free, and its barrier is initialised and
        /// expects them (the bytes may land before that workgroup announces
        /// them, never before its barrier's previous phase completed).
        #[inline(always)]
        pub unsafe fn copy_multicast(self, to: u32, [row, col]: [u32; 2], done: TransferBarrier, workgroups: u16) {
            // SAFETY: the caller's.
            unsafe {
                core::arch::asm!(
                    "cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes.multicast::cluster [{to}], [{map}, {{{col}, {row}}}], [{bar}], {mask};",
                    to = in(reg32) to,
                    map = in(reg64) self.slot,
                    col = in(reg32) col,
                    row = in(reg32) row,
                    bar = in(reg32) done.address,
                    mask = in(reg16) workgroups,
                    options(nostack),
                );
            }
        }
    }

    /// This workgroup's rank in its cluster (`#[kernel(cluster = ...)]`): 0
    /// to the cluster's size less one, `x` fastest; 0 without clusters.
    #[inline(always)]
    pub fn cluster_rank() -> u32 {
        let r: u32;
        // SAFETY: reads a special register.
        unsafe {
            core::arch::asm!("mov.u32 {r}, %cluster_ctarank;", r = out(reg32) r, options(pure, nomem, nostack));
        }
        r
    }

    /// A barrier of every thread of every workgroup of the cluster (a
    /// workgroup barrier without clusters), ordering their memory accesses
    /// (workgroup memory included) before and after it. Every thread calls
    /// it, in uniform control flow.
    #[inline(always)]
    pub fn cluster_barrier() {
        // SAFETY: a barrier; every thread of the cluster takes part.
        unsafe {
            core::arch::asm!(
                "barrier.cluster.arrive.aligned;",
                "barrier.cluster.wait.aligned;",
                options(nostack)
            );
        }
    }

    /// Sets the swizzle of the map being encoded at `scratch` (the field
    /// takes an immediate).
    ///
    /// # Safety
    /// As for the other fields, in [`Map::build`].
    #[inline(always)]
    unsafe fn replace_swizzle(scratch: u32, swizzle: Swizzle) {
        macro_rules! replace {
            ($mode:literal) => {
                core::arch::asm!(
                    concat!("tensormap.replace.tile.swizzle_mode.shared::cta.b1024.b32 [{s}], ", $mode, ";"),
                    s = in(reg32) scratch,
                    options(nostack),
                )
            };
        }
        // SAFETY: the caller's.
        unsafe {
            match swizzle {
                Swizzle::None => replace!("0"),
                Swizzle::B32 => replace!("1"),
                Swizzle::B64 => replace!("2"),
                Swizzle::B128 => replace!("3"),
            }
        }
    }

    impl TransferBarrier {
        /// Sets the barrier up to expect `arrivals` arrivals per phase (one
        /// thread, once, before a barrier of the workgroup).
        #[inline(always)]
        pub fn init(self, arrivals: u32) {
            // SAFETY: the barrier's 8 bytes are its own (`at`).
            unsafe {
                core::arch::asm!(
                    "mbarrier.init.shared::cta.b64 [{a}], {n};",
                    "fence.mbarrier_init.release.cluster;",
                    a = in(reg32) self.address,
                    n = in(reg32) arrivals,
                    options(nostack),
                );
            }
        }

        /// Arrives, announcing `bytes` more bytes of copies that this phase
        /// waits for.
        #[inline(always)]
        pub fn expect(self, bytes: u32) {
            // SAFETY: as for `init`.
            unsafe {
                core::arch::asm!(
                    "mbarrier.arrive.expect_tx.shared::cta.b64 _, [{a}], {b};",
                    a = in(reg32) self.address,
                    b = in(reg32) bytes,
                    options(nostack),
                );
            }
        }

        /// Waits until the phase of parity `phase` (0 or 1) is complete:
        /// its arrivals arrived and its copies landed, visible to this
        /// thread and to the matrix unit.
        #[inline(always)]
        pub fn wait(self, phase: u32) {
            loop {
                let done: u32;
                // SAFETY: as for `init`.
                unsafe {
                    core::arch::asm!(
                        "{{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [{a}], {phase}; selp.u32 {d}, 1, 0, p; }}",
                        a = in(reg32) self.address,
                        phase = in(reg32) phase,
                        d = out(reg32) done,
                        options(nostack),
                    );
                }
                if done != 0 {
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_are_checked_against_the_matrix_and_the_swizzle() {
        assert_eq!(check_map(64 * 64, 0, 64, 64, [64, 32], Swizzle::B64), 4096);
        let refused = |rows, cols, box_, swizzle| {
            std::panic::catch_unwind(|| check_map(64 * 64, 0, rows, cols, box_, swizzle)).is_err()
        };
        assert!(refused(65, 64, [64, 32], Swizzle::B64), "more rows than elements");
        assert!(
            refused(64, 64, [64, 64], Swizzle::B64),
            "box rows past the 64-byte span"
        );
        assert!(refused(64, 64, [257, 32], Swizzle::B64), "more than 256 rows");
        assert!(refused(64, 4, [4, 4], Swizzle::None), "8-byte rows");
        assert!(!refused(64, 64, [64, 64], Swizzle::B128));
    }
}
