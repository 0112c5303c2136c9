//! The host side of a kernel crate, compiled only for the CPU route.
//!
//! - [`KernelDesc`]: what `#[kernel]` registers for every kernel (name,
//!   parameters, workgroup size, the CPU entry point);
//! - [`case`]: the case builder that kernel crates use to describe runnable
//!   cases (inputs, launches, traffic, tolerance, native baseline);
//! - [`exec`]: the CPU executor: compiled thread loops, fibers in lock-step
//!   where threads wait at barriers or subgroup operations, workgroups in
//!   order or on every core;
//! - [`print`]: the log of what kernel threads print;
//! - [`races`]: the race checker of the reference's race-check build;
//! - [`abi`]: the C ABI the cdylib exports to the everygpu app.

pub mod abi;
pub mod case;
pub mod data;
pub mod exec;
pub mod print;
pub mod races;

pub use crate::{Element, ElementDesc, Scalar};
pub use case::{Arg, Buf, Buffers, Case, CaseDesc, Grid, Tolerance};
pub use data::Rng;
/// For native baselines on every core ([`Case::native_parallel`]).
pub use rayon;
pub use std::{format, string::String, vec, vec::Vec};

/// Every `#[kernel]` of the crate, registered at link time.
#[linkme::distributed_slice]
pub static KERNELS: [KernelDesc];

/// Every `#[case]` of the crate, registered at link time.
#[linkme::distributed_slice]
pub static CASES: [CaseDesc];

/// What the `#[kernel]` macro records about a kernel.
#[derive(Debug)]
pub struct KernelDesc {
    /// The function's name, which is also its symbol on every GPU route.
    pub name: &'static str,
    /// The parameters in order.
    pub params: &'static [ParamDesc],
    /// Threads per workgroup.
    pub workgroup_size: [u32; 3],
    /// The CPU entry point of one thread: reads the arguments and calls the
    /// kernel once.
    pub entry: unsafe fn(*const ArgSlot),
    /// The CPU entry point of whole workgroups: the kernel inlined in
    /// [`exec::run_span`]'s thread loop.
    pub threads: unsafe fn(*const ArgSlot, &exec::Span),
    /// Where the kernel is defined.
    pub file: &'static str,
    /// The line of the kernel's `fn`.
    pub line: u32,
}

/// One kernel parameter.
#[derive(Debug)]
pub struct ParamDesc {
    /// The parameter's name in the source.
    pub name: &'static str,
    /// What it is.
    pub kind: ParamKind,
}

/// The kinds of kernel parameters.
#[derive(Debug)]
pub enum ParamKind {
    /// A scalar passed by value.
    Scalar(Scalar),
    /// `&[T]` (mutable: false) or `&mut [T]` (mutable: true).
    Buffer {
        /// The element type.
        elem: ElementDesc,
        /// Whether the kernel may write it.
        mutable: bool,
    },
    /// `name: &Shared<T, N>`: one array per workgroup.
    Shared {
        /// The element type.
        elem: ElementDesc,
        /// N.
        len: usize,
    },
}

/// One argument of a CPU launch, as the entry point reads it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ArgSlot {
    /// Buffer or shared-array address; null for scalars.
    pub ptr: *mut u8,
    /// Element count of a buffer.
    pub len: usize,
    /// A scalar's bits, zero-extended.
    pub bits: u64,
}

// SAFETY: an ArgSlot is plain addresses and bits; the executor upholds the
// kernel memory model for what they point to.
unsafe impl Send for ArgSlot {}
// SAFETY: as above.
unsafe impl Sync for ArgSlot {}

impl ArgSlot {
    /// Reads a scalar argument.
    ///
    /// # Safety
    /// The slot must hold a `T`'s bits.
    #[inline(always)]
    pub unsafe fn scalar<T: crate::ScalarParam>(&self) -> T {
        let bits = self.bits;
        // SAFETY: T is at most 8 bytes and stored in the low bytes of `bits`.
        unsafe { core::ptr::read_unaligned(&bits as *const u64 as *const T) }
    }

    /// Views a buffer argument.
    ///
    /// # Safety
    /// `ptr`/`len` must describe live, aligned `T`s.
    #[inline(always)]
    pub unsafe fn slice<'a, T>(&self) -> &'a [T] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: the caller's contract.
        unsafe { core::slice::from_raw_parts(self.ptr as *const T, self.len) }
    }

    /// Views a mutable buffer argument.
    ///
    /// # Safety
    /// `ptr`/`len` must describe live, aligned `T`s; threads write disjoint
    /// elements except through atomics (the kernel memory model).
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn slice_mut<'a, T>(&self) -> &'a mut [T] {
        if self.len == 0 {
            return &mut [];
        }
        // SAFETY: the caller's contract.
        unsafe { core::slice::from_raw_parts_mut(self.ptr as *mut T, self.len) }
    }

    /// Views a workgroup-shared array.
    ///
    /// # Safety
    /// `ptr` must point to a live, aligned `[T; N]` of this workgroup.
    #[inline(always)]
    pub unsafe fn shared<'a, T, const N: usize>(&self) -> &'a crate::Shared<T, N> {
        // SAFETY: the caller's contract.
        unsafe { &*(self.ptr as *const crate::Shared<T, N>) }
    }
}

/// Finds a kernel by name.
pub fn kernel(name: &str) -> Option<(usize, &'static KernelDesc)> {
    KERNELS.iter().enumerate().find(|(_, k)| k.name == name)
}
