//! Atomic read-modify-write operations on `u32` and `i32` elements of buffers
//! (`fetch_add(&mut bins[b], 1)`) and of workgroup-shared arrays
//! (`tile.fetch_add(b, 1)`). Each returns the element's previous value.
//!
//! They are relaxed: atomic on the element, ordering nothing else. Use
//! [`crate::barrier`] to order workgroup memory.

use crate::arch;

/// An integer type with atomic operations on every route.
pub trait AtomicInt: Copy + sealed::Sealed {
    #[doc(hidden)]
    unsafe fn add(p: *mut Self, v: Self) -> Self;
    #[doc(hidden)]
    unsafe fn min(p: *mut Self, v: Self) -> Self;
    #[doc(hidden)]
    unsafe fn max(p: *mut Self, v: Self) -> Self;
    #[doc(hidden)]
    unsafe fn xchg(p: *mut Self, v: Self) -> Self;
    #[doc(hidden)]
    unsafe fn cas(p: *mut Self, current: Self, new: Self) -> Self;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for u32 {}
    impl Sealed for i32 {}
}

macro_rules! atomic_int {
    ($t:ty: $add:ident, $min:ident, $max:ident, $xchg:ident, $cas:ident) => {
        impl AtomicInt for $t {
            #[inline(always)]
            unsafe fn add(p: *mut Self, v: Self) -> Self {
                arch::$add(p, v)
            }
            #[inline(always)]
            unsafe fn min(p: *mut Self, v: Self) -> Self {
                arch::$min(p, v)
            }
            #[inline(always)]
            unsafe fn max(p: *mut Self, v: Self) -> Self {
                arch::$max(p, v)
            }
            #[inline(always)]
            unsafe fn xchg(p: *mut Self, v: Self) -> Self {
                arch::$xchg(p, v)
            }
            #[inline(always)]
            unsafe fn cas(p: *mut Self, current: Self, new: Self) -> Self {
                arch::$cas(p, current, new)
            }
        }
    };
}
atomic_int!(u32: atomic_add_u32, atomic_min_u32, atomic_max_u32, atomic_xchg_u32, atomic_cas_u32);
atomic_int!(i32: atomic_add_i32, atomic_min_i32, atomic_max_i32, atomic_xchg_i32, atomic_cas_i32);

/// Atomically adds `v` (wrapping) to `*slot`.
#[inline(always)]
pub fn fetch_add<T: AtomicInt>(slot: &mut T, v: T) -> T {
    // SAFETY: `slot` is a valid, aligned element.
    unsafe { T::add(slot, v) }
}
/// Atomically stores `min(*slot, v)`.
#[inline(always)]
pub fn fetch_min<T: AtomicInt>(slot: &mut T, v: T) -> T {
    // SAFETY: as above.
    unsafe { T::min(slot, v) }
}
/// Atomically stores `max(*slot, v)`.
#[inline(always)]
pub fn fetch_max<T: AtomicInt>(slot: &mut T, v: T) -> T {
    // SAFETY: as above.
    unsafe { T::max(slot, v) }
}
/// Atomically stores `v`.
#[inline(always)]
pub fn exchange<T: AtomicInt>(slot: &mut T, v: T) -> T {
    // SAFETY: as above.
    unsafe { T::xchg(slot, v) }
}
/// Atomically stores `new` if `*slot == current`; returns the previous value
/// either way (it equals `current` when the store happened).
#[inline(always)]
pub fn compare_exchange<T: AtomicInt>(slot: &mut T, current: T, new: T) -> T {
    // SAFETY: as above.
    unsafe { T::cas(slot, current, new) }
}

impl<T: AtomicInt, const N: usize> crate::Shared<T, N> {
    /// Atomically adds `v` (wrapping) to element `i`.
    #[inline(always)]
    #[track_caller]
    pub fn fetch_add(&self, i: usize, v: T) -> T {
        // SAFETY: `ptr` checks the index.
        unsafe { T::add(self.ptr(i), v) }
    }
    /// Atomically stores `min(element i, v)`.
    #[inline(always)]
    #[track_caller]
    pub fn fetch_min(&self, i: usize, v: T) -> T {
        // SAFETY: as above.
        unsafe { T::min(self.ptr(i), v) }
    }
    /// Atomically stores `max(element i, v)`.
    #[inline(always)]
    #[track_caller]
    pub fn fetch_max(&self, i: usize, v: T) -> T {
        // SAFETY: as above.
        unsafe { T::max(self.ptr(i), v) }
    }
    /// Atomically stores `v` in element `i`.
    #[inline(always)]
    #[track_caller]
    pub fn exchange(&self, i: usize, v: T) -> T {
        // SAFETY: as above.
        unsafe { T::xchg(self.ptr(i), v) }
    }
    /// Atomically stores `new` in element `i` if it equals `current`.
    #[inline(always)]
    #[track_caller]
    pub fn compare_exchange(&self, i: usize, current: T, new: T) -> T {
        // SAFETY: as above.
        unsafe { T::cas(self.ptr(i), current, new) }
    }
}
