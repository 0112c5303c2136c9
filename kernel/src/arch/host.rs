//! Host intrinsics: thread coordinates live in thread-local state that the CPU
//! executor ([`crate::host::exec`]) sets before it calls each kernel thread.

use core::cell::Cell;

/// The coordinates of the kernel thread running on this OS thread.
#[derive(Clone, Copy, Debug)]
pub struct ThreadState {
    /// `local_id`
    pub local: [u32; 3],
    /// `workgroup_id`
    pub group: [u32; 3],
    /// `workgroup_size`
    pub size: [u32; 3],
    /// `num_workgroups`
    pub groups: [u32; 3],
}

impl ThreadState {
    /// The state outside any kernel.
    pub const IDLE: ThreadState = ThreadState {
        local: [0; 3],
        group: [0; 3],
        size: [1; 3],
        groups: [1; 3],
    };
}

std::thread_local! {
    /// The running kernel thread's coordinates.
    pub static STATE: Cell<ThreadState> = const { Cell::new(ThreadState::IDLE) };
}

// One thread-local read per query: in a cdylib each access is a call to
// `__tls_get_addr`, so composite ids read the whole state once.
#[inline(always)]
pub fn global_id() -> [u32; 3] {
    STATE.with(|s| {
        let s = s.get();
        [0, 1, 2].map(|d| s.group[d] * s.size[d] + s.local[d])
    })
}
#[inline(always)]
pub fn global_index() -> usize {
    STATE.with(|s| {
        let s = s.get();
        let x = (s.group[0] * s.size[0] + s.local[0]) as usize;
        let y = (s.group[1] * s.size[1] + s.local[1]) as usize;
        x + y * (s.groups[0] * s.size[0]) as usize
    })
}
#[inline(always)]
pub fn local_id(d: usize) -> u32 {
    STATE.with(|s| s.get().local[d])
}
#[inline(always)]
pub fn workgroup_id(d: usize) -> u32 {
    STATE.with(|s| s.get().group[d])
}
#[inline(always)]
pub fn workgroup_size(d: usize) -> u32 {
    STATE.with(|s| s.get().size[d])
}
#[inline(always)]
pub fn num_workgroups(d: usize) -> u32 {
    STATE.with(|s| s.get().groups[d])
}
#[inline(always)]
pub fn barrier() {
    crate::host::exec::barrier();
}

macro_rules! host_atomics {
    ($($t:ty, $atomic:ty, $add:ident, $min:ident, $max:ident, $xchg:ident, $cas:ident;)*) => {$(
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $add(p: *mut $t, v: $t) -> $t {
            <$atomic>::from_ptr(p).fetch_add(v, core::sync::atomic::Ordering::Relaxed)
        }
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $min(p: *mut $t, v: $t) -> $t {
            <$atomic>::from_ptr(p).fetch_min(v, core::sync::atomic::Ordering::Relaxed)
        }
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $max(p: *mut $t, v: $t) -> $t {
            <$atomic>::from_ptr(p).fetch_max(v, core::sync::atomic::Ordering::Relaxed)
        }
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $xchg(p: *mut $t, v: $t) -> $t {
            <$atomic>::from_ptr(p).swap(v, core::sync::atomic::Ordering::Relaxed)
        }
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $cas(p: *mut $t, current: $t, new: $t) -> $t {
            match <$atomic>::from_ptr(p).compare_exchange(
                current,
                new,
                core::sync::atomic::Ordering::Relaxed,
                core::sync::atomic::Ordering::Relaxed,
            ) {
                Ok(v) | Err(v) => v,
            }
        }
    )*};
}
host_atomics! {
    u32, core::sync::atomic::AtomicU32, atomic_add_u32, atomic_min_u32, atomic_max_u32, atomic_xchg_u32, atomic_cas_u32;
    i32, core::sync::atomic::AtomicI32, atomic_add_i32, atomic_min_i32, atomic_max_i32, atomic_xchg_i32, atomic_cas_i32;
}

macro_rules! host_math {
    ($($name:ident: $t:ty => $f:ident;)*) => {$(
        #[inline(always)]
        pub fn $name(x: $t) -> $t { <$t>::$f(x) }
    )*};
}
host_math! {
    sqrt_f32: f32 => sqrt; exp_f32: f32 => exp; log_f32: f32 => ln; sin_f32: f32 => sin; cos_f32: f32 => cos;
    floor_f32: f32 => floor; ceil_f32: f32 => ceil; abs_f32: f32 => abs;
    sqrt_f64: f64 => sqrt; exp_f64: f64 => exp; log_f64: f64 => ln; sin_f64: f64 => sin; cos_f64: f64 => cos;
    floor_f64: f64 => floor; ceil_f64: f64 => ceil; abs_f64: f64 => abs;
}
#[inline(always)]
pub fn pow_f32(x: f32, y: f32) -> f32 {
    x.powf(y)
}
#[inline(always)]
pub fn pow_f64(x: f64, y: f64) -> f64 {
    x.powf(y)
}
