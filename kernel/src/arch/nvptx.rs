//! nvptx64 intrinsics: special registers, `bar.sync`, `atom.*`, and one
//! dynamic `.shared` window that the host sizes at launch.

use core::arch::nvptx;

// One dynamic shared-memory window per launch; the `#[kernel]` entry points
// carve their `#[shared]` parameters out of it at constant offsets.
core::arch::global_asm!(".extern .shared .align 16 .b8 everygpu_dyn_smem[];");

#[inline(always)]
pub fn global_id() -> [u32; 3] {
    [0, 1, 2].map(|d| workgroup_id(d) * workgroup_size(d) + local_id(d))
}
#[inline(always)]
pub fn global_index() -> usize {
    let [x, y, _] = global_id();
    x as usize + y as usize * (num_workgroups(0) * workgroup_size(0)) as usize
}
#[inline(always)]
pub fn local_id(d: usize) -> u32 {
    // SAFETY: reading special registers has no preconditions.
    unsafe {
        (match d {
            0 => nvptx::_thread_idx_x(),
            1 => nvptx::_thread_idx_y(),
            _ => nvptx::_thread_idx_z(),
        }) as u32
    }
}
#[inline(always)]
pub fn workgroup_id(d: usize) -> u32 {
    // SAFETY: as above.
    unsafe {
        (match d {
            0 => nvptx::_block_idx_x(),
            1 => nvptx::_block_idx_y(),
            _ => nvptx::_block_idx_z(),
        }) as u32
    }
}
#[inline(always)]
pub fn workgroup_size(d: usize) -> u32 {
    // SAFETY: as above.
    unsafe {
        (match d {
            0 => nvptx::_block_dim_x(),
            1 => nvptx::_block_dim_y(),
            _ => nvptx::_block_dim_z(),
        }) as u32
    }
}
#[inline(always)]
pub fn num_workgroups(d: usize) -> u32 {
    // SAFETY: as above.
    unsafe {
        (match d {
            0 => nvptx::_grid_dim_x(),
            1 => nvptx::_grid_dim_y(),
            _ => nvptx::_grid_dim_z(),
        }) as u32
    }
}
#[inline(always)]
pub fn barrier() {
    // SAFETY: `bar.sync 0`; uniformity is the caller's contract.
    unsafe { nvptx::_syncthreads() }
}

/// The generic address of the launch's dynamic shared memory.
#[inline(always)]
pub fn shared_base() -> *mut u8 {
    let p: *mut u8;
    // SAFETY: converts the `.shared` symbol's address to a generic pointer.
    unsafe {
        core::arch::asm!("cvta.shared.u64 {0}, everygpu_dyn_smem;", out(reg64) p, options(pure, nomem, nostack));
    }
    p
}

macro_rules! ptx_atomics {
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
ptx_atomics! {
    u32, core::sync::atomic::AtomicU32, atomic_add_u32, atomic_min_u32, atomic_max_u32, atomic_xchg_u32, atomic_cas_u32;
    i32, core::sync::atomic::AtomicI32, atomic_add_i32, atomic_min_i32, atomic_max_i32, atomic_xchg_i32, atomic_cas_i32;
}

#[inline(always)]
pub fn sqrt_f32(x: f32) -> f32 {
    let r: f32;
    // SAFETY: a pure arithmetic instruction.
    unsafe { core::arch::asm!("sqrt.rn.f32 {0}, {1};", out(reg32) r, in(reg32) x, options(pure, nomem, nostack)) };
    r
}
#[inline(always)]
pub fn sqrt_f64(x: f64) -> f64 {
    let r: f64;
    // SAFETY: a pure arithmetic instruction.
    unsafe { core::arch::asm!("sqrt.rn.f64 {0}, {1};", out(reg64) r, in(reg64) x, options(pure, nomem, nostack)) };
    r
}
#[inline(always)]
pub fn abs_f32(x: f32) -> f32 {
    f32::from_bits(x.to_bits() & 0x7fff_ffff)
}
#[inline(always)]
pub fn abs_f64(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0x7fff_ffff_ffff_ffff)
}
macro_rules! libm_math {
    ($($name:ident: $t:ty => $f:ident;)*) => {$(
        #[inline(always)]
        pub fn $name(x: $t) -> $t { libm::$f(x) }
    )*};
}
libm_math! {
    exp_f32: f32 => expf; log_f32: f32 => logf; sin_f32: f32 => sinf; cos_f32: f32 => cosf;
    floor_f32: f32 => floorf; ceil_f32: f32 => ceilf;
    exp_f64: f64 => exp; log_f64: f64 => log; sin_f64: f64 => sin; cos_f64: f64 => cos;
    floor_f64: f64 => floor; ceil_f64: f64 => ceil;
}
#[inline(always)]
pub fn pow_f32(x: f32, y: f32) -> f32 {
    libm::powf(x, y)
}
#[inline(always)]
pub fn pow_f64(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

/// The panic status word the host reads after a launch (see `everygpu_status`).
#[no_mangle]
pub static mut everygpu_status: *mut u32 = core::ptr::null_mut();

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    // Record the first panic of the launch: flag, thread, block, line, column, file.
    // SAFETY: the host points `everygpu_status` at a zeroed buffer of
    // STATUS_WORDS u32 words before every launch; null means nobody listens.
    unsafe {
        let status = everygpu_status;
        if !status.is_null()
            && core::sync::atomic::AtomicU32::from_ptr(status)
                .compare_exchange(
                    0,
                    1,
                    core::sync::atomic::Ordering::Relaxed,
                    core::sync::atomic::Ordering::Relaxed,
                )
                .is_ok()
        {
            let words = [
                local_id(0),
                local_id(1),
                local_id(2),
                workgroup_id(0),
                workgroup_id(1),
                workgroup_id(2),
            ];
            for (i, w) in words.iter().enumerate() {
                *status.add(1 + i) = *w;
            }
            let (line, col, file) = match info.location() {
                Some(l) => (l.line(), l.column(), l.file().as_bytes()),
                None => (0, 0, &[][..]),
            };
            *status.add(7) = line;
            *status.add(8) = col;
            let n = file.len().min(crate::STATUS_FILE_BYTES);
            *status.add(9) = n as u32;
            let bytes = status.add(10) as *mut u8;
            for (i, b) in file[..n].iter().enumerate() {
                *bytes.add(i) = *b;
            }
            core::sync::atomic::fence(core::sync::atomic::Ordering::SeqCst);
        }
        // `exit` ends this thread only; `trap` would poison the CUDA context.
        core::arch::asm!("exit;", options(noreturn));
    }
}
