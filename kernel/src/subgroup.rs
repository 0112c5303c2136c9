//! Subgroup operations: the threads of a subgroup (an NVIDIA warp, an AMD
//! wavefront, a Vulkan/WebGPU subgroup, a Metal SIMD-group) exchange values
//! in registers, without workgroup memory or barriers.
//!
//! ```ignore
//! use everygpu_kernel::subgroup;
//! // The sum of `v` over the subgroup, in every lane.
//! let total = subgroup::reduce_add(v);
//! // This lane's offset among the lanes that keep an element.
//! let slot = subgroup::exclusive_add(keep as u32);
//! ```
//!
//! # The contract
//! - **Every lane of the subgroup calls the operation, together.** Call it
//!   in subgroup-uniform control flow and do not return early before it:
//!   write `let v = if i < n { x[i] } else { 0.0 };` rather than
//!   `if i >= n { return; }`. (CUDA's `shfl.sync` with a full mask needs it;
//!   Vulkan's active-lane semantics would silently give another answer.) The
//!   CPU reference runs the lanes in lock-step and reports a violation as a
//!   panic naming the operation, the lanes and the source line.
//! - **The subgroup size depends on the device**: 32 on NVIDIA GPUs and on
//!   the CPU backends, 8 on lavapipe, 32 or 64 on AMD, 8 to 32 on Intel.
//!   Kernels that read [`size`] and do not assume a value give the same
//!   results everywhere (to rounding, for floating-point sums, whose order
//!   depends on the size). Subgroups are formed from consecutive linear
//!   thread ids (`x` fastest) in a workgroup; a workgroup whose size is not a
//!   multiple of the subgroup size has a last, partial subgroup, whose
//!   operations cover its lanes only. Use [`id`] and [`lane`] rather than
//!   deriving them from [`crate::local_id`]: not every API promises that
//!   mapping.
//! - **Shuffles from a lane outside the subgroup** (`shuffle_down` past the
//!   last lane, `shuffle` of an index ≥ [`size`]) give an unspecified value:
//!   the lane's own value on CUDA and on the CPU, anything on other drivers.
//!
//! # Routes
//! - nvptx (CUDA): `shfl.sync`, `vote.sync`, `redux.sync` (sm_80 and later,
//!   integer reductions), `%laneid`; floating-point reductions are butterflies
//!   of `shfl.sync.bfly`, scans Kogge–Stone ladders of `shfl.sync.up`.
//! - wasm (Vulkan, wgpu, WebGPU...): `everygpu` imports that the lowering turns
//!   into naga's subgroup statements (SPIR-V `GroupNonUniform*`, WGSL
//!   `subgroup*`); a device without subgroups refuses the kernel with that
//!   reason.
//! - CPU (`cpu`, `cpu-mt`): 32 lanes in lock-step on the fiber executor, with
//!   the same orders of addition as the CUDA route.
//!
//! `f64` values need a device with f64 (see `everygpu devices`).

use crate::arch;

/// How a gather picks the lane it reads.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gather {
    /// From lane `arg`.
    Shuffle,
    /// From lane `lane ^ arg`.
    Xor,
    /// From lane `lane + arg`.
    Down,
    /// From lane `lane - arg`.
    Up,
    /// From the lowest lane (`arg` unused).
    BroadcastFirst,
}

impl Gather {
    /// The public function's name.
    pub const fn name(self) -> &'static str {
        match self {
            Gather::Shuffle => "shuffle",
            Gather::Xor => "shuffle_xor",
            Gather::Down => "shuffle_down",
            Gather::Up => "shuffle_up",
            Gather::BroadcastFirst => "broadcast_first",
        }
    }
}

/// A collective arithmetic operation.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Collective {
    /// Sum over the subgroup.
    ReduceAdd,
    /// Minimum over the subgroup.
    ReduceMin,
    /// Maximum over the subgroup.
    ReduceMax,
    /// Sum over lanes `0..=lane`.
    InclusiveAdd,
    /// Sum over lanes `0..lane` (0 in lane 0).
    ExclusiveAdd,
}

impl Collective {
    /// The public function's name.
    pub const fn name(self) -> &'static str {
        match self {
            Collective::ReduceAdd => "reduce_add",
            Collective::ReduceMin => "reduce_min",
            Collective::ReduceMax => "reduce_max",
            Collective::InclusiveAdd => "inclusive_add",
            Collective::ExclusiveAdd => "exclusive_add",
        }
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for u32 {}
    impl Sealed for i32 {}
    impl Sealed for f32 {}
    impl Sealed for f64 {}
}

/// A value lanes can exchange: `u32`, `i32`, `f32`, `f64`.
pub trait SubgroupValue: Copy + sealed::Sealed {
    #[doc(hidden)]
    fn gather(self, mode: Gather, arg: u32) -> Self;
}

/// A value with subgroup arithmetic (sums, minimum, maximum, scans).
pub trait SubgroupNum: SubgroupValue {
    #[doc(hidden)]
    fn collective(self, op: Collective) -> Self;
}

impl SubgroupValue for u32 {
    #[inline(always)]
    #[track_caller]
    fn gather(self, mode: Gather, arg: u32) -> Self {
        arch::sg_gather_u32(self, mode, arg)
    }
}
impl SubgroupValue for i32 {
    #[inline(always)]
    #[track_caller]
    fn gather(self, mode: Gather, arg: u32) -> Self {
        arch::sg_gather_u32(self as u32, mode, arg) as i32
    }
}
impl SubgroupValue for f32 {
    #[inline(always)]
    #[track_caller]
    fn gather(self, mode: Gather, arg: u32) -> Self {
        arch::sg_gather_f32(self, mode, arg)
    }
}
impl SubgroupValue for f64 {
    #[inline(always)]
    #[track_caller]
    fn gather(self, mode: Gather, arg: u32) -> Self {
        arch::sg_gather_f64(self, mode, arg)
    }
}

macro_rules! subgroup_num {
    ($($t:ty => $f:ident),*) => {$(
        impl SubgroupNum for $t {
            #[inline(always)]
            #[track_caller]
            fn collective(self, op: Collective) -> Self {
                arch::$f(self, op)
            }
        }
    )*};
}
subgroup_num!(u32 => sg_collective_u32, i32 => sg_collective_i32, f32 => sg_collective_f32, f64 => sg_collective_f64);

/// The number of lanes of a subgroup on this device (see the module docs).
#[inline(always)]
pub fn size() -> u32 {
    arch::sg_size()
}

/// This thread's lane in its subgroup: `0..size()`.
#[inline(always)]
pub fn lane() -> u32 {
    arch::sg_lane()
}

/// This thread's subgroup in its workgroup: `0..count()`.
#[inline(always)]
pub fn id() -> u32 {
    arch::sg_id()
}

/// The number of subgroups in a workgroup.
#[inline(always)]
pub fn count() -> u32 {
    arch::sg_count()
}

/// `x` of lane `src` (which should be below [`size`]).
#[inline(always)]
#[track_caller]
pub fn shuffle<T: SubgroupValue>(x: T, src: u32) -> T {
    x.gather(Gather::Shuffle, src)
}

/// `x` of lane `lane() ^ mask`: the butterfly exchange of reductions.
#[inline(always)]
#[track_caller]
pub fn shuffle_xor<T: SubgroupValue>(x: T, mask: u32) -> T {
    x.gather(Gather::Xor, mask)
}

/// `x` of lane `lane() + delta` (unspecified past the last lane).
#[inline(always)]
#[track_caller]
pub fn shuffle_down<T: SubgroupValue>(x: T, delta: u32) -> T {
    x.gather(Gather::Down, delta)
}

/// `x` of lane `lane() - delta` (unspecified below lane 0).
#[inline(always)]
#[track_caller]
pub fn shuffle_up<T: SubgroupValue>(x: T, delta: u32) -> T {
    x.gather(Gather::Up, delta)
}

/// `x` of lane `src`, the same for every lane (`src` should be uniform).
#[inline(always)]
#[track_caller]
pub fn broadcast<T: SubgroupValue>(x: T, src: u32) -> T {
    x.gather(Gather::Shuffle, src)
}

/// `x` of the subgroup's lowest lane.
#[inline(always)]
#[track_caller]
pub fn broadcast_first<T: SubgroupValue>(x: T) -> T {
    x.gather(Gather::BroadcastFirst, 0)
}

/// The sum of `x` over the subgroup, in every lane.
#[inline(always)]
#[track_caller]
pub fn reduce_add<T: SubgroupNum>(x: T) -> T {
    x.collective(Collective::ReduceAdd)
}

/// The minimum of `x` over the subgroup, in every lane.
#[inline(always)]
#[track_caller]
pub fn reduce_min<T: SubgroupNum>(x: T) -> T {
    x.collective(Collective::ReduceMin)
}

/// The maximum of `x` over the subgroup, in every lane.
#[inline(always)]
#[track_caller]
pub fn reduce_max<T: SubgroupNum>(x: T) -> T {
    x.collective(Collective::ReduceMax)
}

/// The sum of `x` over lanes `0..=lane()`.
#[inline(always)]
#[track_caller]
pub fn inclusive_add<T: SubgroupNum>(x: T) -> T {
    x.collective(Collective::InclusiveAdd)
}

/// The sum of `x` over lanes `0..lane()` (zero in lane 0).
#[inline(always)]
#[track_caller]
pub fn exclusive_add<T: SubgroupNum>(x: T) -> T {
    x.collective(Collective::ExclusiveAdd)
}

/// Which lanes passed `true`: bit `l % 32` of word `l / 32` for lane `l`.
#[inline(always)]
#[track_caller]
pub fn ballot(pred: bool) -> Ballot {
    Ballot {
        words: arch::sg_ballot(pred),
    }
}

/// Whether any lane passed `true`.
#[inline(always)]
#[track_caller]
pub fn any(pred: bool) -> bool {
    arch::sg_any(pred)
}

/// Whether every lane passed `true`.
#[inline(always)]
#[track_caller]
pub fn all(pred: bool) -> bool {
    arch::sg_all(pred)
}

/// The lanes of a [`ballot`], for subgroups of up to 128 lanes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ballot {
    /// Bit `l % 32` of word `l / 32` is lane `l`.
    pub words: [u32; 4],
}

impl Ballot {
    /// How many lanes passed `true`.
    #[inline(always)]
    pub fn count(self) -> u32 {
        self.words.iter().map(|w| w.count_ones()).sum()
    }

    /// Whether lane `lane` passed `true`.
    #[inline(always)]
    pub fn contains(self, lane: u32) -> bool {
        lane < 128 && self.words[(lane / 32) as usize] & (1 << (lane % 32)) != 0
    }

    /// The lowest lane that passed `true`, if any did.
    #[inline(always)]
    pub fn first(self) -> Option<u32> {
        let mut base = 0;
        for w in self.words {
            if w != 0 {
                return Some(base + w.trailing_zeros());
            }
            base += 32;
        }
        None
    }

    /// How many lanes below `lane` passed `true` (a compaction slot).
    #[inline(always)]
    pub fn count_below(self, lane: u32) -> u32 {
        let mut n = 0;
        for (i, w) in self.words.iter().enumerate() {
            let base = i as u32 * 32;
            if lane >= base + 32 {
                n += w.count_ones();
            } else if lane > base {
                n += (w & ((1u32 << (lane - base)) - 1)).count_ones();
            }
        }
        n
    }
}
