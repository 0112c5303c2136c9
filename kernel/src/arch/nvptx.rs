//! nvptx64 intrinsics: special registers, `bar.sync`, `atom.*`, and one
//! dynamic `.shared` window that the host sizes at launch.

use core::arch::nvptx;

// One dynamic shared-memory window per launch; the `#[kernel]` entry points
// carve their `#[shared]` parameters out of it at constant offsets. Aligned
// to 1024 bytes, the period of the widest swizzle of `matrix::warpgroup`.
core::arch::global_asm!(".extern .shared .align 1024 .b8 everygpu_dyn_smem[];");

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

/// Where a workgroup array starts in the dynamic shared memory window, given
/// `end`, where the array before it ends: 32-byte aligned (a matrix tile's
/// alignment). Entries carve their arrays with it and `#[kernel]` totals
/// their bytes with it, so the launch always covers the carving.
#[inline(always)]
pub const fn shared_array_start(end: usize) -> usize {
    (end + 31) & !31
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

/// A `gpu_println!` record being written into the print area that follows
/// the status words (see `crate::print`).
pub struct PrintRecord {
    at: *mut u32,
}

impl PrintRecord {
    #[inline(always)]
    pub fn begin(site: &'static str, words: u32) -> Option<PrintRecord> {
        use crate::print::{PRINT_AT, PRINT_HEADER_WORDS};
        use core::sync::atomic::{AtomicU32, Ordering::Relaxed};
        // SAFETY: the host points `everygpu_status` at the status words and
        // the print area's header, whose capacity word says how many words
        // of records follow; null means nobody listens.
        unsafe {
            let status = everygpu_status;
            if status.is_null() {
                return None;
            }
            let area = status.add(PRINT_AT);
            let start = AtomicU32::from_ptr(area).fetch_add(words, Relaxed);
            let capacity = core::ptr::read_volatile(area.add(2));
            if start.checked_add(words).is_none_or(|end| end > capacity) {
                if start < capacity {
                    // The last record to start inside the area ends it.
                    *area.add(PRINT_HEADER_WORDS + start as usize) = 0;
                }
                AtomicU32::from_ptr(area.add(1)).fetch_add(1, Relaxed);
                return None;
            }
            let at = area.add(PRINT_HEADER_WORDS + start as usize);
            let site_at = site.as_ptr() as u64;
            let (group, local) = linear_ids();
            let header = [
                words,
                site_at as u32,
                (site_at >> 32) as u32,
                site.len() as u32,
                group,
                local,
            ];
            for (i, w) in header.into_iter().enumerate() {
                *at.add(i) = w;
            }
            Some(PrintRecord {
                at: at.add(header.len()),
            })
        }
    }

    #[inline(always)]
    pub fn push(&mut self, word: u32) {
        // SAFETY: `begin` reserved the record's words.
        unsafe {
            *self.at = word;
            self.at = self.at.add(1);
        }
    }

    #[inline(always)]
    pub fn end(self) {}
}

/// This thread's workgroup and its index in it, linear (x fastest).
#[inline(always)]
fn linear_ids() -> (u32, u32) {
    let group = workgroup_id(0) + num_workgroups(0) * (workgroup_id(1) + num_workgroups(1) * workgroup_id(2));
    let local = local_id(0) + workgroup_size(0) * (local_id(1) + workgroup_size(1) * local_id(2));
    (group, local)
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    // The message stays unread: reading it would make every kernel build
    // the values of its formatted panic messages on its stack, whether it
    // panics or not. Messages come through the stand-ins below.
    record_panic(crate::panic_kind::MESSAGE, [0, 0], &[], info.location())
}

/// Stands in for core's `panic(&str)` (the PTX linker points its calls
/// here): `unwrap` on `None`, `assert!` without a message, `unreachable!`.
#[no_mangle]
#[cold]
#[inline(never)]
pub fn everygpu_panic_str(message: *const u8, len: usize, location: &'static core::panic::Location<'static>) -> ! {
    // SAFETY: core passes a `&'static str`.
    let message = unsafe { core::slice::from_raw_parts(message, len) };
    record_panic(crate::panic_kind::MESSAGE, [0, 0], message, Some(location))
}

/// Stands in for core's `panic_fmt` where its message has no formatted
/// values (`panic!("...")`, overflow, division by zero): the linker passes
/// such an `Arguments`' two words, the text's address and its length
/// shifted left with the low bit set.
#[no_mangle]
#[cold]
#[inline(never)]
pub fn everygpu_panic_literal(
    text: *const u8,
    bits: *const u8,
    location: &'static core::panic::Location<'static>,
) -> ! {
    // SAFETY: such an `Arguments` holds a `&'static str` of that length.
    let message = unsafe { core::slice::from_raw_parts(text, bits as usize >> 1) };
    record_panic(crate::panic_kind::MESSAGE, [0, 0], message, Some(location))
}

/// Stands in for core's `panic_fmt` where its message formats values: the
/// linker passes the `Arguments`' template alone (a constant), never the
/// values, so that no kernel builds them. The message is the template's
/// text with `{}` for each value, as on the shader route.
#[no_mangle]
#[cold]
#[inline(never)]
pub fn everygpu_panic_formatted(template: *const u8, location: &'static core::panic::Location<'static>) -> ! {
    // The template: a length byte (1 to 127) and that many bytes of text,
    // 0xc0 for a value, 0 at the end; anything else ends the message.
    let mut text = [0u8; crate::STATUS_MESSAGE_BYTES];
    let mut len = 0;
    let mut at = template;
    // SAFETY: `at` walks the constant template, which ends with 0.
    unsafe {
        loop {
            let b = *at;
            at = at.add(1);
            let piece: &[u8] = match b {
                1..=0x7f => {
                    let piece = core::slice::from_raw_parts(at, b as usize);
                    at = at.add(b as usize);
                    piece
                }
                0xc0 => b"{}",
                _ => break,
            };
            let n = piece.len().min(text.len() - len);
            text[len..len + n].copy_from_slice(&piece[..n]);
            len += n;
        }
    }
    record_panic(crate::panic_kind::MESSAGE, [0, 0], &text[..len], Some(location))
}

/// Stands in for core's `panic_bounds_check` (the PTX linker points its
/// calls here): the panic with its index and length, as the CPU words it.
#[no_mangle]
#[cold]
#[inline(never)]
pub fn everygpu_panic_bounds_check(index: usize, len: usize, location: &'static core::panic::Location<'static>) -> ! {
    record_panic(
        crate::panic_kind::INDEX,
        [index as u32, len as u32],
        &[],
        Some(location),
    )
}

/// Stands in for core's `slice_index_fail` (as above), which tells the
/// three ways a range can miss a slice apart.
#[no_mangle]
#[cold]
#[inline(never)]
pub fn everygpu_slice_index_fail(
    start: usize,
    end: usize,
    len: usize,
    location: &'static core::panic::Location<'static>,
) -> ! {
    use crate::panic_kind::{SLICE_END, SLICE_ORDER, SLICE_START};
    let (kind, values) = if start > len {
        (SLICE_START, [start, len])
    } else if end > len || start <= end {
        (SLICE_END, [end, len])
    } else {
        (SLICE_ORDER, [start, end])
    };
    record_panic(kind, values.map(|v| v as u32), &[], Some(location))
}

/// Records the launch's first panic (`kind`, this thread, where, its values
/// and message) and ends this thread.
#[cold]
#[inline(never)]
fn record_panic(kind: u32, values: [u32; 2], message: &[u8], location: Option<&core::panic::Location<'_>>) -> ! {
    // SAFETY: the host points `everygpu_status` at a zeroed buffer of
    // STATUS_WORDS u32 words before every launch; null means nobody listens.
    unsafe {
        let status = everygpu_status;
        if !status.is_null()
            && core::sync::atomic::AtomicU32::from_ptr(status)
                .compare_exchange(
                    0,
                    kind,
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
            let (line, col, file) = match location {
                Some(l) => (l.line(), l.column(), l.file().as_bytes()),
                None => (0, 0, &[][..]),
            };
            *status.add(7) = line;
            *status.add(8) = col;
            write_bytes(status.add(9), file, crate::STATUS_FILE_BYTES);
            for (i, v) in values.into_iter().enumerate() {
                *status.add(crate::STATUS_ARGS_AT + i) = v;
            }
            write_bytes(
                status.add(crate::STATUS_MESSAGE_AT),
                message,
                crate::STATUS_MESSAGE_BYTES,
            );
            core::sync::atomic::fence(core::sync::atomic::Ordering::SeqCst);
        }
        // `exit` ends this thread only; `trap` would poison the CUDA context.
        core::arch::asm!("exit;", options(noreturn));
    }
}

/// Writes at most `max` bytes of `bytes` after a word holding their count.
///
/// # Safety
/// `at` is followed by `max` writable bytes.
unsafe fn write_bytes(at: *mut u32, bytes: &[u8], max: usize) {
    let n = bytes.len().min(max);
    // SAFETY: the caller's contract.
    unsafe {
        *at = n as u32;
        let to = at.add(1) as *mut u8;
        for (i, b) in bytes[..n].iter().enumerate() {
            *to.add(i) = *b;
        }
    }
}

// ---------------------------------------------------------------------------
// Subgroups: a warp of 32 lanes (see `crate::subgroup`).

use crate::subgroup::{Collective, Gather};

/// Lanes per warp.
const WARP: u32 = 32;

#[inline(always)]
pub fn sg_size() -> u32 {
    WARP
}

#[inline(always)]
pub fn sg_lane() -> u32 {
    let lane: u32;
    // SAFETY: reads a special register.
    unsafe { core::arch::asm!("mov.u32 {0}, %laneid;", out(reg32) lane, options(pure, nomem, nostack)) };
    lane
}

#[inline(always)]
pub fn sg_id() -> u32 {
    let [sx, sy] = [workgroup_size(0), workgroup_size(1)];
    (local_id(0) + sx * (local_id(1) + sy * local_id(2))) / WARP
}

#[inline(always)]
pub fn sg_count() -> u32 {
    (workgroup_size(0) * workgroup_size(1) * workgroup_size(2)).div_ceil(WARP)
}

/// The lanes of this thread's warp that exist: all 32, except in the last
/// warp of a workgroup whose size is not a multiple of 32.
#[inline(always)]
fn sg_lanes() -> u32 {
    let [sx, sy, sz] = [workgroup_size(0), workgroup_size(1), workgroup_size(2)];
    let linear = local_id(0) + sx * (local_id(1) + sy * local_id(2));
    (sx * sy * sz - (linear & !(WARP - 1))).min(WARP)
}

/// The `membermask` of this thread's warp: its existing lanes.
#[inline(always)]
fn sg_mask() -> u32 {
    let n = sg_lanes();
    if n >= WARP {
        u32::MAX
    } else {
        (1u32 << n) - 1
    }
}

// Shuffles, votes and reductions are not `pure`: they read other lanes'
// registers and wait for them, so they must not be merged, moved or dropped.
macro_rules! shfl {
    ($kind:literal, $clamp:literal, $x:expr, $arg:expr, $mask:expr) => {{
        let r: u32;
        // SAFETY: every lane of `mask` executes it together (the subgroup
        // contract); the clamp keeps the source lane inside the warp.
        unsafe {
            core::arch::asm!(
                concat!("shfl.sync.", $kind, ".b32 {r}, {x}, {a}, ", $clamp, ", {m};"),
                r = out(reg32) r, x = in(reg32) $x, a = in(reg32) $arg, m = in(reg32) $mask,
                options(nomem, nostack),
            )
        };
        r
    }};
}

#[inline(always)]
fn shfl_bits(x: u32, mode: Gather, arg: u32, mask: u32) -> u32 {
    match mode {
        Gather::Shuffle => shfl!("idx", "0x1f", x, arg, mask),
        Gather::Xor => shfl!("bfly", "0x1f", x, arg, mask),
        Gather::Down => shfl!("down", "0x1f", x, arg, mask),
        Gather::Up => shfl!("up", "0x0", x, arg, mask),
        Gather::BroadcastFirst => shfl!("idx", "0x1f", x, 0u32, mask),
    }
}

#[inline(always)]
pub fn sg_gather_u32(x: u32, mode: Gather, arg: u32) -> u32 {
    shfl_bits(x, mode, arg, sg_mask())
}

#[inline(always)]
pub fn sg_gather_f32(x: f32, mode: Gather, arg: u32) -> f32 {
    f32::from_bits(shfl_bits(x.to_bits(), mode, arg, sg_mask()))
}

#[inline(always)]
pub fn sg_gather_f64(x: f64, mode: Gather, arg: u32) -> f64 {
    let mask = sg_mask();
    let bits = x.to_bits();
    let lo = shfl_bits(bits as u32, mode, arg, mask);
    let hi = shfl_bits((bits >> 32) as u32, mode, arg, mask);
    f64::from_bits(lo as u64 | (hi as u64) << 32)
}

/// The butterfly of a reduction: `combine` over every existing lane, in
/// every lane. A full warp (every warp of a workgroup whose size is a
/// multiple of 32) combines with every partner; in a partial warp lane 0
/// gathers the whole sum (its partners all exist) and broadcasts it. The
/// branch is uniform across the warp.
#[inline(always)]
fn butterfly<T: Copy>(mut x: T, combine: impl Fn(T, T) -> T, xor: impl Fn(T, u32) -> T, first: impl Fn(T) -> T) -> T {
    let n = sg_lanes();
    let mut off = WARP / 2;
    if n >= WARP {
        while off > 0 {
            x = combine(x, xor(x, off));
            off /= 2;
        }
        return x;
    }
    let lane = sg_lane();
    while off > 0 {
        let y = xor(x, off);
        if lane ^ off < n {
            x = combine(x, y);
        }
        off /= 2;
    }
    first(x)
}

/// The Kogge–Stone ladder of an inclusive scan; the exclusive scan is the
/// inclusive one shifted up by a lane.
#[inline(always)]
fn scan<T: Copy>(x: T, exclusive: bool, zero: T, add: impl Fn(T, T) -> T, up: impl Fn(T, u32) -> T) -> T {
    let lane = sg_lane();
    let mut s = x;
    let mut off = 1;
    while off < WARP {
        let y = up(s, off);
        if lane >= off {
            s = add(s, y);
        }
        off *= 2;
    }
    if exclusive {
        let e = up(s, 1);
        if lane == 0 {
            zero
        } else {
            e
        }
    } else {
        s
    }
}

macro_rules! collective_float {
    ($name:ident, $t:ty, $gather:ident) => {
        #[inline(always)]
        pub fn $name(x: $t, op: Collective) -> $t {
            let xor = |v: $t, m: u32| $gather(v, Gather::Xor, m);
            let first = |v: $t| $gather(v, Gather::BroadcastFirst, 0);
            let up = |v: $t, d: u32| $gather(v, Gather::Up, d);
            match op {
                Collective::ReduceAdd => butterfly(x, |a, b| a + b, xor, first),
                Collective::ReduceMin => butterfly(x, <$t>::min, xor, first),
                Collective::ReduceMax => butterfly(x, <$t>::max, xor, first),
                Collective::InclusiveAdd => scan(x, false, 0.0, |a, b| a + b, up),
                Collective::ExclusiveAdd => scan(x, true, 0.0, |a, b| a + b, up),
            }
        }
    };
}
collective_float!(sg_collective_f32, f32, sg_gather_f32);
collective_float!(sg_collective_f64, f64, sg_gather_f64);

/// `redux.sync` (sm_80 and later): one instruction, any membermask.
#[cfg(target_feature = "sm_80")]
macro_rules! redux {
    ($op:literal, $x:expr) => {{
        let r: u32;
        // SAFETY: every lane of the mask executes it together.
        unsafe {
            core::arch::asm!(
                concat!("redux.sync.", $op, " {r}, {x}, {m};"),
                r = out(reg32) r, x = in(reg32) $x, m = in(reg32) sg_mask(),
                options(nomem, nostack),
            )
        };
        r
    }};
}

macro_rules! collective_int {
    ($name:ident, $t:ty, $add:literal, $min:literal, $max:literal) => {
        #[inline(always)]
        pub fn $name(x: $t, op: Collective) -> $t {
            let up = |v: $t, d: u32| sg_gather_u32(v as u32, Gather::Up, d) as $t;
            match op {
                #[cfg(target_feature = "sm_80")]
                Collective::ReduceAdd => redux!($add, x as u32) as $t,
                #[cfg(target_feature = "sm_80")]
                Collective::ReduceMin => redux!($min, x as u32) as $t,
                #[cfg(target_feature = "sm_80")]
                Collective::ReduceMax => redux!($max, x as u32) as $t,
                #[cfg(not(target_feature = "sm_80"))]
                Collective::ReduceAdd | Collective::ReduceMin | Collective::ReduceMax => {
                    let xor = |v: $t, m: u32| sg_gather_u32(v as u32, Gather::Xor, m) as $t;
                    let first = |v: $t| sg_gather_u32(v as u32, Gather::BroadcastFirst, 0) as $t;
                    let combine = match op {
                        Collective::ReduceAdd => <$t>::wrapping_add,
                        Collective::ReduceMin => <$t>::min,
                        _ => <$t>::max,
                    };
                    butterfly(x, combine, xor, first)
                }
                Collective::InclusiveAdd => scan(x, false, 0, <$t>::wrapping_add, up),
                Collective::ExclusiveAdd => scan(x, true, 0, <$t>::wrapping_add, up),
            }
        }
    };
}
collective_int!(sg_collective_u32, u32, "add.u32", "min.u32", "max.u32");
collective_int!(sg_collective_i32, i32, "add.s32", "min.s32", "max.s32");

#[inline(always)]
pub fn sg_ballot(pred: bool) -> [u32; 4] {
    let r: u32;
    // SAFETY: every lane of the mask executes it together.
    unsafe {
        core::arch::asm!(
            "{{ .reg .pred p; setp.ne.u32 p, {x}, 0; vote.sync.ballot.b32 {r}, p, {m}; }}",
            r = out(reg32) r, x = in(reg32) pred as u32, m = in(reg32) sg_mask(),
            options(nomem, nostack),
        )
    };
    [r, 0, 0, 0]
}

macro_rules! vote {
    ($name:ident, $mode:literal) => {
        #[inline(always)]
        pub fn $name(pred: bool) -> bool {
            let r: u32;
            // SAFETY: every lane of the mask executes it together.
            unsafe {
                core::arch::asm!(
                    concat!(
                        "{{ .reg .pred p, q; setp.ne.u32 p, {x}, 0; vote.sync.", $mode,
                        ".pred q, p, {m}; selp.u32 {r}, 1, 0, q; }}"
                    ),
                    r = out(reg32) r, x = in(reg32) pred as u32, m = in(reg32) sg_mask(),
                    options(nomem, nostack),
                )
            };
            r != 0
        }
    };
}
vote!(sg_any, "any");
vote!(sg_all, "all");

// ---------------------------------------------------------------------------
// Matrix tiles (see `crate::matrix`): `wmma` on tensor cores, m16n16k16,
// row-major everywhere. An `f16` input fragment is eight `.f16x2` registers,
// a `bf16` one four `.b32` registers (the rest unused); an `f32`
// accumulator eight registers.

use crate::matrix::{Kind, Role};

/// A lane's registers of an input fragment.
pub type MatTile = [u32; 8];
/// A lane's registers of an accumulator fragment.
pub type MatAcc = [f32; 8];

// `wmma` instructions are warp-wide and wait for the other lanes: not
// `pure`, so they are neither merged, moved nor dropped.
macro_rules! wmma_load8 {
    ($instr:literal, $ptr:expr, $stride:expr, $shared:expr) => {{
        let mut r = [0u32; 8];
        // SAFETY: the caller's contract (a tile in bounds, aligned, every lane of the warp).
        unsafe {
            if $shared {
                core::arch::asm!(
                    concat!("{{ .reg .u64 sa; cvta.to.shared.u64 sa, {p}; ", $instr,
                        ".shared.f16 {{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}}}, [sa], {s}; }}"),
                    out(reg32) r[0], out(reg32) r[1], out(reg32) r[2], out(reg32) r[3],
                    out(reg32) r[4], out(reg32) r[5], out(reg32) r[6], out(reg32) r[7],
                    p = in(reg64) $ptr, s = in(reg32) $stride as u32, options(readonly, nostack),
                )
            } else {
                core::arch::asm!(
                    concat!($instr, ".f16 {{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}}}, [{p}], {s};"),
                    out(reg32) r[0], out(reg32) r[1], out(reg32) r[2], out(reg32) r[3],
                    out(reg32) r[4], out(reg32) r[5], out(reg32) r[6], out(reg32) r[7],
                    p = in(reg64) $ptr, s = in(reg32) $stride as u32, options(readonly, nostack),
                )
            }
        }
        r
    }};
}

macro_rules! wmma_load4 {
    ($instr:literal, $ptr:expr, $stride:expr, $shared:expr) => {{
        let mut r = [0u32; 8];
        // SAFETY: as in `wmma_load8`.
        unsafe {
            if $shared {
                core::arch::asm!(
                    concat!("{{ .reg .u64 sa; cvta.to.shared.u64 sa, {p}; ", $instr,
                        ".shared.bf16 {{{0}, {1}, {2}, {3}}}, [sa], {s}; }}"),
                    out(reg32) r[0], out(reg32) r[1], out(reg32) r[2], out(reg32) r[3],
                    p = in(reg64) $ptr, s = in(reg32) $stride as u32, options(readonly, nostack),
                )
            } else {
                core::arch::asm!(
                    concat!($instr, ".bf16 {{{0}, {1}, {2}, {3}}}, [{p}], {s};"),
                    out(reg32) r[0], out(reg32) r[1], out(reg32) r[2], out(reg32) r[3],
                    p = in(reg64) $ptr, s = in(reg32) $stride as u32, options(readonly, nostack),
                )
            }
        }
        r
    }};
}

/// # Safety
/// `ptr` points to a row-major 16 × 16 tile of 2-byte elements with
/// `stride`, 32-byte aligned, in workgroup memory when `shared`; every lane
/// of the warp calls it with the same arguments.
#[inline(always)]
pub unsafe fn mat_load(role: Role, kind: Kind, ptr: *const u8, stride: usize, shared: bool) -> MatTile {
    match (role, kind) {
        (Role::A, Kind::F16) => wmma_load8!("wmma.load.a.sync.aligned.row.m16n16k16", ptr, stride, shared),
        (Role::B, Kind::F16) => wmma_load8!("wmma.load.b.sync.aligned.row.m16n16k16", ptr, stride, shared),
        (Role::A, Kind::Bf16) => wmma_load4!("wmma.load.a.sync.aligned.row.m16n16k16", ptr, stride, shared),
        (Role::B, Kind::Bf16) => wmma_load4!("wmma.load.b.sync.aligned.row.m16n16k16", ptr, stride, shared),
    }
}

#[inline(always)]
pub fn mat_zero() -> MatAcc {
    [0.0; 8]
}

/// # Safety
/// As [`mat_load`], for a tile of `f32`.
#[inline(always)]
pub unsafe fn mat_load_acc(ptr: *const f32, stride: usize, shared: bool) -> MatAcc {
    let mut r = [0.0f32; 8];
    // SAFETY: the caller's contract.
    unsafe {
        if shared {
            core::arch::asm!(
                "{{ .reg .u64 sa; cvta.to.shared.u64 sa, {p}; wmma.load.c.sync.aligned.row.m16n16k16.shared.f32 \
                 {{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}}}, [sa], {s}; }}",
                out(reg32) r[0], out(reg32) r[1], out(reg32) r[2], out(reg32) r[3],
                out(reg32) r[4], out(reg32) r[5], out(reg32) r[6], out(reg32) r[7],
                p = in(reg64) ptr, s = in(reg32) stride as u32, options(readonly, nostack),
            )
        } else {
            core::arch::asm!(
                "wmma.load.c.sync.aligned.row.m16n16k16.f32 {{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}}}, [{p}], {s};",
                out(reg32) r[0], out(reg32) r[1], out(reg32) r[2], out(reg32) r[3],
                out(reg32) r[4], out(reg32) r[5], out(reg32) r[6], out(reg32) r[7],
                p = in(reg64) ptr, s = in(reg32) stride as u32, options(readonly, nostack),
            )
        }
    }
    r
}

/// # Safety
/// As [`mat_load_acc`].
#[inline(always)]
pub unsafe fn mat_store(acc: &MatAcc, ptr: *mut f32, stride: usize, shared: bool) {
    let r = acc;
    // SAFETY: the caller's contract.
    unsafe {
        if shared {
            core::arch::asm!(
                "{{ .reg .u64 sa; cvta.to.shared.u64 sa, {p}; wmma.store.d.sync.aligned.row.m16n16k16.shared.f32 \
                 [sa], {{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}}}, {s}; }}",
                in(reg32) r[0], in(reg32) r[1], in(reg32) r[2], in(reg32) r[3],
                in(reg32) r[4], in(reg32) r[5], in(reg32) r[6], in(reg32) r[7],
                p = in(reg64) ptr, s = in(reg32) stride as u32, options(nostack),
            )
        } else {
            core::arch::asm!(
                "wmma.store.d.sync.aligned.row.m16n16k16.f32 [{p}], {{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}}}, {s};",
                in(reg32) r[0], in(reg32) r[1], in(reg32) r[2], in(reg32) r[3],
                in(reg32) r[4], in(reg32) r[5], in(reg32) r[6], in(reg32) r[7],
                p = in(reg64) ptr, s = in(reg32) stride as u32, options(nostack),
            )
        }
    }
}

#[inline(always)]
pub fn mat_scale(acc: &MatAcc, s: f32) -> MatAcc {
    acc.map(|v| v * s)
}

#[inline(always)]
pub fn mat_mma(kind: Kind, acc: &MatAcc, a: &MatTile, b: &MatTile) -> MatAcc {
    let c = acc;
    let mut d = [0.0f32; 8];
    // SAFETY: register operands only; every lane of the warp calls it.
    unsafe {
        match kind {
            Kind::F16 => core::arch::asm!(
                "wmma.mma.sync.aligned.row.row.m16n16k16.f32.f32 \
                 {{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}}}, \
                 {{{8}, {9}, {10}, {11}, {12}, {13}, {14}, {15}}}, \
                 {{{16}, {17}, {18}, {19}, {20}, {21}, {22}, {23}}}, \
                 {{{24}, {25}, {26}, {27}, {28}, {29}, {30}, {31}}};",
                out(reg32) d[0], out(reg32) d[1], out(reg32) d[2], out(reg32) d[3],
                out(reg32) d[4], out(reg32) d[5], out(reg32) d[6], out(reg32) d[7],
                in(reg32) a[0], in(reg32) a[1], in(reg32) a[2], in(reg32) a[3],
                in(reg32) a[4], in(reg32) a[5], in(reg32) a[6], in(reg32) a[7],
                in(reg32) b[0], in(reg32) b[1], in(reg32) b[2], in(reg32) b[3],
                in(reg32) b[4], in(reg32) b[5], in(reg32) b[6], in(reg32) b[7],
                in(reg32) c[0], in(reg32) c[1], in(reg32) c[2], in(reg32) c[3],
                in(reg32) c[4], in(reg32) c[5], in(reg32) c[6], in(reg32) c[7],
                options(nomem, nostack),
            ),
            Kind::Bf16 => core::arch::asm!(
                "wmma.mma.sync.aligned.row.row.m16n16k16.f32.bf16.bf16.f32 \
                 {{{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}}}, \
                 {{{8}, {9}, {10}, {11}}}, \
                 {{{12}, {13}, {14}, {15}}}, \
                 {{{16}, {17}, {18}, {19}, {20}, {21}, {22}, {23}}};",
                out(reg32) d[0], out(reg32) d[1], out(reg32) d[2], out(reg32) d[3],
                out(reg32) d[4], out(reg32) d[5], out(reg32) d[6], out(reg32) d[7],
                in(reg32) a[0], in(reg32) a[1], in(reg32) a[2], in(reg32) a[3],
                in(reg32) b[0], in(reg32) b[1], in(reg32) b[2], in(reg32) b[3],
                in(reg32) c[0], in(reg32) c[1], in(reg32) c[2], in(reg32) c[3],
                in(reg32) c[4], in(reg32) c[5], in(reg32) c[6], in(reg32) c[7],
                options(nomem, nostack),
            ),
        }
    }
    d
}

/// The address of a workgroup array in the `.shared` window, from its
/// generic address: computed once per array (`pure`), so that the accesses
/// below address it with 32-bit offsets.
#[inline(always)]
fn shared_window_address(p: *const u32) -> u32 {
    let a: u32;
    // SAFETY: converts an address; no memory is touched.
    unsafe {
        core::arch::asm!(
            "{{ .reg .u64 s; cvta.to.shared.u64 s, {p}; cvt.u32.u64 {a}, s; }}",
            p = in(reg64) p,
            a = out(reg32) a,
            options(pure, nomem, nostack),
        );
    }
    a
}

/// Element `i` of a workgroup array: `ld.shared` for elements of 4 or 8
/// bytes aligned to their size (a generic load, which the hardware resolves
/// at run time, otherwise).
///
/// # Safety
/// `p.add(i)` is in bounds of a workgroup array.
#[inline(always)]
pub unsafe fn shared_read<T: Copy>(p: *const T, i: usize) -> T {
    let a = shared_window_address(p as *const u32) + (i * size_of::<T>()) as u32;
    if size_of::<T>() == 4 && align_of::<T>() == 4 {
        let w: u32;
        // SAFETY: the caller's contract. `readonly`, not `nomem`: the read
        // stays after the stores to the array and the barriers before it.
        unsafe {
            core::arch::asm!("ld.shared.b32 {w}, [{a}];", a = in(reg32) a, w = out(reg32) w, options(pure, readonly, nostack))
        };
        // SAFETY: `T` is 4 bytes, and `Copy`: any bits it was stored with.
        unsafe { core::mem::transmute_copy(&w) }
    } else if size_of::<T>() == 8 && align_of::<T>() == 8 {
        let w: u64;
        // SAFETY: as above.
        unsafe {
            core::arch::asm!("ld.shared.b64 {w}, [{a}];", a = in(reg32) a, w = out(reg64) w, options(pure, readonly, nostack))
        };
        // SAFETY: as above, 8 bytes.
        unsafe { core::mem::transmute_copy(&w) }
    } else {
        // SAFETY: the caller's contract.
        unsafe { p.add(i).read() }
    }
}

/// Stores `v` in element `i` of a workgroup array: `st.shared` for
/// elements of 4 or 8 bytes aligned to their size, as [`shared_read`].
///
/// # Safety
/// As for [`shared_read`].
#[inline(always)]
pub unsafe fn shared_write<T: Copy>(p: *mut T, i: usize, v: T) {
    let a = shared_window_address(p as *const u32) + (i * size_of::<T>()) as u32;
    if size_of::<T>() == 4 && align_of::<T>() == 4 {
        // SAFETY: `T` is 4 bytes.
        let w: u32 = unsafe { core::mem::transmute_copy(&v) };
        // SAFETY: the caller's contract.
        unsafe { core::arch::asm!("st.shared.b32 [{a}], {w};", a = in(reg32) a, w = in(reg32) w, options(nostack)) };
    } else if size_of::<T>() == 8 && align_of::<T>() == 8 {
        // SAFETY: `T` is 8 bytes.
        let w: u64 = unsafe { core::mem::transmute_copy(&v) };
        // SAFETY: the caller's contract.
        unsafe { core::arch::asm!("st.shared.b64 [{a}], {w};", a = in(reg32) a, w = in(reg64) w, options(nostack)) };
    } else {
        // SAFETY: the caller's contract.
        unsafe { p.add(i).write(v) }
    }
}

/// The four words at `p`: one `ld.v4.b32`. The address is generic: a slice
/// may point into any memory.
///
/// # Safety
/// `p .. p.add(4)` is readable, and `p` 16-byte aligned.
#[inline(always)]
pub unsafe fn load4(p: *const u32) -> [u32; 4] {
    let (x, y, z, w): (u32, u32, u32, u32);
    // SAFETY: the caller's contract. `readonly`, not `nomem`: the read stays
    // after stores and barriers before it.
    unsafe {
        core::arch::asm!(
            "ld.v4.b32 {{{x}, {y}, {z}, {w}}}, [{p}];",
            p = in(reg64) p,
            x = out(reg32) x,
            y = out(reg32) y,
            z = out(reg32) z,
            w = out(reg32) w,
            options(pure, readonly, nostack),
        );
    }
    [x, y, z, w]
}

/// Elements `i .. i + 4` of a workgroup array of words: one
/// `ld.shared.v4.b32`.
///
/// # Safety
/// `p.add(i) .. p.add(i + 4)` is in bounds of a workgroup array and 16-byte
/// aligned.
#[inline(always)]
pub unsafe fn shared_load4(p: *const u32, i: usize) -> [u32; 4] {
    let (x, y, z, w): (u32, u32, u32, u32);
    // SAFETY: the caller's contract. `readonly`, not `nomem`: the read stays
    // after the stores to the array and the barriers before it.
    unsafe {
        core::arch::asm!(
            "ld.shared.v4.b32 {{{x}, {y}, {z}, {w}}}, [{a}];",
            a = in(reg32) shared_window_address(p) + 4 * i as u32,
            x = out(reg32) x,
            y = out(reg32) y,
            z = out(reg32) z,
            w = out(reg32) w,
            options(pure, readonly, nostack),
        );
    }
    [x, y, z, w]
}

/// Stores `v` in elements `i .. i + 4` of a workgroup array of words: one
/// `st.shared.v4.b32`.
///
/// # Safety
/// As for [`shared_load4`].
#[inline(always)]
pub unsafe fn shared_store4(p: *mut u32, i: usize, v: [u32; 4]) {
    let [x, y, z, w] = v;
    // SAFETY: the caller's contract.
    unsafe {
        core::arch::asm!(
            "st.shared.v4.b32 [{a}], {{{x}, {y}, {z}, {w}}};",
            a = in(reg32) shared_window_address(p) + 4 * i as u32,
            x = in(reg32) x,
            y = in(reg32) y,
            z = in(reg32) z,
            w = in(reg32) w,
            options(nostack),
        );
    }
}
