//! The shadow memory and the `__tsan_*` entry points of a race-check build.
//!
//! Every function here is built without the instrumentation
//! (`#[sanitize(thread = "off")]`), and what it calls that was built with it
//! (a generic instantiated in this crate) finds the checker busy ([`BUSY`])
//! and returns at once. The checker's own flags and the atomics it performs
//! for the kernel use inline assembly ([`Raw`]): `core`'s atomics are
//! instantiated in this crate too, instrumented, and would call back here.
//! The entry points are naked: they pass their return address, the
//! access's call site, to the checker. x86-64 only.

use super::{AccessKind, Race, RaceAccess, SharedArray};
use crate::arch::{ThreadState, STATE};
use crate::host::{ArgSlot, KernelDesc, ParamKind};
use core::cell::UnsafeCell;
use core::sync::atomic::AtomicBool;
use std::vec::Vec;

/// Distinct pairs of call sites kept per launch.
const MAX_RACES: usize = 16;

/// The epoch's bit that marks an atomic access.
const ATOMIC: u32 = 1 << 31;

/// Bytes per shadow cell of workgroup memory.
const SHARED_GRANULE: usize = 4;

/// One access a cell remembers: the thread (linear id in the grid, plus
/// one; 0: none), its barrier epoch (with [`ATOMIC`]) and its call site
/// (relative to the library).
#[derive(Clone, Copy, Default)]
struct Slot {
    thread: u32,
    epoch: u32,
    pc: u32,
}

/// The shadow of one element: its last write and its last read.
#[derive(Clone, Copy, Default)]
struct Cell {
    write: Slot,
    read: Slot,
}

/// A buffer of the launch and its shadow.
struct Region {
    base: usize,
    end: usize,
    elem: usize,
    name: &'static str,
    cells: Vec<Cell>,
}

struct Checker {
    /// The address of the launching OS thread's [`STATE`], whose fibers run
    /// the launch. Other OS threads of the process run no kernel code
    /// meanwhile (the launch runs in order, on this thread alone); an
    /// instrumented access of theirs (a pool's atomics) is to memory of
    /// their own, outside the launch's, and changes nothing here.
    owner: usize,
    regions: Vec<Region>,
    /// The span of `regions`' addresses, `[lo, hi)`.
    lo: usize,
    hi: usize,
    /// Workgroup memory: its arrays, and the running workgroup's shadow.
    shared: Vec<SharedArray>,
    shared_cells: Vec<Cell>,
    /// The running workgroup, once one runs, and its linear id.
    group: Option<[u32; 3]>,
    group_linear: u64,
    groups: [u32; 3],
    size: [u32; 3],
    /// Barriers each thread of the running workgroup passed.
    epochs: Vec<u32>,
    races: Vec<Race>,
    /// The call sites of `races`, as their cells hold them.
    race_pcs: Vec<(u32, u32)>,
    /// The races of the last launch checked.
    last: Vec<Race>,
}

struct Global(UnsafeCell<Checker>);

// SAFETY: only the launching OS thread changes the checker (`owner`), and
// only between `launch_begin` and `launch_end`, which that thread calls.
unsafe impl Sync for Global {}

static CHECKER: Global = Global(UnsafeCell::new(Checker {
    owner: 0,
    regions: Vec::new(),
    lo: 0,
    hi: 0,
    shared: Vec::new(),
    shared_cells: Vec::new(),
    group: None,
    group_linear: 0,
    groups: [0; 3],
    size: [0; 3],
    epochs: Vec::new(),
    races: Vec::new(),
    race_pcs: Vec::new(),
    last: Vec::new(),
}));

/// Set while a launch is checked: the fast way out of every entry point.
/// Read and written through [`Raw`]: `AtomicBool`'s methods are
/// instrumented in this crate, and would call the entry points.
static ACTIVE: AtomicBool = AtomicBool::new(false);

#[inline(always)]
fn active() -> bool {
    // SAFETY: a static's address; a bool is a byte.
    unsafe { u8::load(ACTIVE.as_ptr().cast()) != 0 }
}

/// Sets [`ACTIVE`], returning what it was.
fn set_active(on: bool) -> bool {
    // SAFETY: as above.
    unsafe { u8::swap(ACTIVE.as_ptr().cast(), on as u8) != 0 }
}

/// Set inside the checker, and in code the executor runs unchecked: what
/// the entry points are called for meanwhile is not the kernel's. A static
/// of its own, read and written through [`Raw`], so that the optimizer
/// keeps every change around the calls it brackets.
static BUSY: AtomicBool = AtomicBool::new(false);

#[inline(always)]
fn busy() -> bool {
    // SAFETY: a static's address; a bool is a byte.
    unsafe { u8::load(BUSY.as_ptr().cast()) != 0 }
}

/// Sets [`BUSY`], returning what it was (a plain store: only the launching
/// thread sets it).
#[inline(always)]
fn set_busy(on: bool) -> bool {
    let was = busy();
    // SAFETY: a static's address; a bool is a byte.
    unsafe {
        core::arch::asm!("mov byte ptr [{a}], {v}", a = in(reg) BUSY.as_ptr(), v = in(reg_byte) on as u8,
            options(nostack, preserves_flags));
    }
    was
}

/// The launch's base of call sites: the library's load address.
fn library_base() -> usize {
    extern "C" {
        /// The ELF header of this library, defined by the linker.
        static __ehdr_start: u8;
    }
    core::ptr::addr_of!(__ehdr_start) as usize
}

/// Starts checking a launch of `kernel` over `groups` workgroups with
/// `args`; `shared` lays out its workgroup memory.
#[sanitize(thread = "off")]
pub fn launch_begin(kernel: &KernelDesc, groups: [u32; 3], args: &[ArgSlot], shared: &[SharedArray]) {
    set_busy(true);
    // SAFETY: no launch is checked now, so nothing else touches the checker.
    let c = unsafe { &mut *CHECKER.0.get() };
    c.regions.clear();
    for (p, a) in kernel.params.iter().zip(args) {
        // A `&[T]` buffer is only read: no access to it can race.
        if let ParamKind::Buffer { elem, mutable: true } = &p.kind {
            if a.len > 0 && elem.size > 0 {
                c.regions.push(Region {
                    base: a.ptr as usize,
                    end: a.ptr as usize + a.len * elem.size,
                    elem: elem.size,
                    name: p.name,
                    cells: std::vec![Cell::default(); a.len],
                });
            }
        }
    }
    c.lo = c.regions.iter().map(|r| r.base).min().unwrap_or(0);
    c.hi = c.regions.iter().map(|r| r.end).max().unwrap_or(0);
    c.shared.clear();
    c.shared.extend_from_slice(shared);
    let shared_bytes = shared.iter().map(|s| s.offset + s.elem * s.len).max().unwrap_or(0);
    c.shared_cells = std::vec![Cell::default(); shared_bytes.div_ceil(SHARED_GRANULE)];
    c.size = kernel.workgroup_size;
    c.groups = groups;
    c.epochs = std::vec![0; kernel.workgroup_size.iter().product::<u32>() as usize];
    c.group = None;
    c.races.clear();
    c.race_pcs.clear();
    c.owner = STATE.with(|s| s.as_ptr() as usize);
    set_busy(false);
    set_active(true);
}

/// Ends checking the launch: its races are kept for [`races`].
#[sanitize(thread = "off")]
pub fn launch_end() {
    if !set_active(false) {
        return;
    }
    set_busy(true);
    // SAFETY: the launch is over; only this thread touches the checker.
    let c = unsafe { &mut *CHECKER.0.get() };
    c.last = core::mem::take(&mut c.races);
    c.regions = Vec::new();
    c.shared_cells = Vec::new();
    c.epochs = Vec::new();
    c.owner = 0;
    set_busy(false);
}

/// The races of the last launch checked.
pub fn races() -> Vec<Race> {
    // SAFETY: called between launches, by the thread that ran them.
    unsafe { (*CHECKER.0.get()).last.clone() }
}

/// The running thread passed a barrier: what it does next is ordered after
/// what its workgroup did before.
#[sanitize(thread = "off")]
pub fn barrier_passed() {
    if !active() {
        return;
    }
    let was = set_busy(true);
    // SAFETY: called by the launching thread, the checker's while it runs.
    let c = unsafe { &mut *CHECKER.0.get() };
    let st = c.state();
    c.enter_group(&st);
    let local = c.local_linear(st.local);
    c.epochs[local] += 1;
    set_busy(was);
}

/// Runs `f` without checking its accesses: the executor's own writes to
/// the launch's memory (zeroing workgroup memory).
#[sanitize(thread = "off")]
pub fn ignored<R>(f: impl FnOnce() -> R) -> R {
    let was = set_busy(true);
    let r = f();
    set_busy(was);
    r
}

impl Checker {
    #[inline(always)]
    fn local_linear(&self, local: [u32; 3]) -> usize {
        (local[0] + self.size[0] * (local[1] + self.size[1] * local[2])) as usize
    }

    /// Notes the workgroup the running thread is in: a new one starts with
    /// no barrier passed and fresh workgroup memory.
    #[inline(always)]
    fn enter_group(&mut self, st: &ThreadState) {
        if self.group == Some(st.group) {
            return;
        }
        self.group = Some(st.group);
        let [gx, gy, _] = self.groups.map(u64::from);
        let [x, y, z] = st.group.map(u64::from);
        self.group_linear = x + gx * (y + gy * z);
        self.epochs.fill(0);
        self.shared_cells.fill(Cell::default());
    }

    /// The running kernel thread's coordinates: the launching OS thread's
    /// state, which its fibers share.
    #[inline(always)]
    fn state(&self) -> ThreadState {
        // SAFETY: `owner` is the launching thread's `STATE`, alive for the
        // whole launch; the fiber writing it is the one running.
        unsafe { *(self.owner as *const ThreadState) }
    }

    #[inline(always)]
    fn access(&mut self, addr: usize, size: usize, kind: AccessKind, pc: usize) {
        let st = self.state();
        // The buffer's index in `regions`, or `None` for workgroup memory.
        let region = if addr >= st.shared[0] && addr < st.shared[1] {
            None
        } else {
            let Some(i) = self.regions.iter().position(|r| addr >= r.base && addr < r.end) else {
                return;
            };
            Some(i)
        };
        self.enter_group(&st);
        let per_group = self.epochs.len() as u32;
        let local = self.local_linear(st.local);
        // Slot ids of the running workgroup's threads: `group..group + per_group`.
        let group = (self.group_linear * per_group as u64 + 1) as u32;
        let thread = group + local as u32;
        let atomic = matches!(kind, AccessKind::AtomicRead | AccessKind::AtomicWrite);
        let write = matches!(kind, AccessKind::Write | AccessKind::AtomicWrite);
        let now = Slot {
            thread,
            epoch: self.epochs[local] | if atomic { ATOMIC } else { 0 },
            pc: pc.wrapping_sub(library_base()) as u32,
        };
        let (base, granule, count) = match region {
            None => (st.shared[0], SHARED_GRANULE, self.shared_cells.len()),
            Some(r) => {
                let r = &self.regions[r];
                (r.base, r.elem, r.cells.len())
            }
        };
        if count == 0 {
            return;
        }
        // Element sizes are mostly powers of two: a shift, not a division.
        let index = |offset: usize| match granule.is_power_of_two() {
            true => offset >> granule.trailing_zeros(),
            false => offset / granule,
        };
        let first = index(addr - base);
        let last = index(addr + size - 1 - base).min(count - 1);
        for i in first..=last {
            let cell = match region {
                None => &mut self.shared_cells[i],
                Some(r) => &mut self.regions[r].cells[i],
            };
            let prior = *cell;
            if write {
                cell.write = now;
            } else {
                cell.read = now;
            }
            let w = conflict(prior.write, now, group, per_group);
            let r = write && conflict(prior.read, now, group, per_group);
            if w || r {
                let (name, index) = match region {
                    None => shared_element(&self.shared, i * SHARED_GRANULE),
                    Some(r) => (self.regions[r].name, i as u64),
                };
                let (earlier, earlier_write) = if w { (prior.write, true) } else { (prior.read, false) };
                self.report(name, region.is_none(), index, earlier, earlier_write, now, kind);
            }
        }
    }

    /// The thread with slot id `thread` (linear id plus one).
    #[sanitize(thread = "off")]
    fn coordinates(&self, thread: u32) -> ([u32; 3], [u32; 3]) {
        let per_group = self.size.iter().product::<u32>() as u64;
        let linear = (thread - 1) as u64;
        let (g, l) = (linear / per_group, (linear % per_group) as u32);
        let [sx, sy, _] = self.size;
        let [gx, gy, _] = self.groups.map(u64::from);
        (
            [l % sx, (l / sx) % sy, l / (sx * sy)],
            [(g % gx) as u32, ((g / gx) % gy) as u32, (g / (gx * gy)) as u32],
        )
    }

    /// Records a race between `earlier` (a cell's slot, `write` if it is
    /// its write) and the running thread's access.
    #[sanitize(thread = "off")]
    #[cold]
    #[allow(clippy::too_many_arguments)]
    fn report(
        &mut self,
        buffer: &'static str,
        shared: bool,
        index: u64,
        earlier: Slot,
        earlier_write: bool,
        now: Slot,
        kind: AccessKind,
    ) {
        let pcs = (earlier.pc, now.pc);
        for (i, p) in self.race_pcs.iter().enumerate() {
            if *p == pcs && self.races[i].buffer == buffer {
                self.races[i].count += 1;
                return;
            }
        }
        if self.races.len() == MAX_RACES {
            return;
        }
        let atomic = earlier.epoch & ATOMIC != 0;
        let earlier_kind = match (earlier_write, atomic) {
            (true, true) => AccessKind::AtomicWrite,
            (true, false) => AccessKind::Write,
            (false, true) => AccessKind::AtomicRead,
            (false, false) => AccessKind::Read,
        };
        let (l0, g0) = self.coordinates(earlier.thread);
        let (l1, g1) = self.coordinates(now.thread);
        self.races.push(Race {
            buffer,
            shared,
            index,
            first: RaceAccess {
                local: l0,
                group: g0,
                kind: earlier_kind,
                pc: earlier.pc as u64,
            },
            second: RaceAccess {
                local: l1,
                group: g1,
                kind,
                pc: now.pc as u64,
            },
            count: 1,
        });
        self.race_pcs.push(pcs);
    }
}

/// Whether `earlier` and the access `now` of a thread of the workgroup whose
/// threads' slot ids are `group..group + per_group` race: different
/// threads, unordered (other workgroups, or the same barrier epoch), not
/// both atomic.
#[inline(always)]
fn conflict(earlier: Slot, now: Slot, group: u32, per_group: u32) -> bool {
    let same_group = earlier.thread.wrapping_sub(group) < per_group;
    earlier.thread != 0
        && earlier.thread != now.thread
        && (!same_group || earlier.epoch & !ATOMIC == now.epoch & !ATOMIC)
        && (earlier.epoch & now.epoch & ATOMIC) == 0
}

/// Checks and records an access of `size` bytes at `addr` from call site
/// `pc` (an absolute return address).
#[inline(always)]
fn access(addr: usize, size: usize, kind: AccessKind, pc: usize) {
    if !active() || busy() || size == 0 {
        return;
    }
    // Most accesses are to neither the buffers nor workgroup memory (the
    // executor's, the stack's): out at once, without a reference to the
    // checker.
    let c = CHECKER.0.get();
    // SAFETY: the checker's fields are set before `ACTIVE`; `owner` is the
    // launching thread's state, alive for the whole launch.
    let inside = unsafe {
        let shared = (*((*c).owner as *const ThreadState)).shared;
        (addr >= (*c).lo && addr < (*c).hi) || (addr >= shared[0] && addr < shared[1])
    };
    if !inside {
        return;
    }
    // Whatever instrumented code the checker reaches returns at once.
    set_busy(true);
    // SAFETY: while a launch is checked only its OS thread runs instrumented
    // code that gets past `BUSY` (see `Checker::owner`).
    unsafe { (*c).access(addr, size, kind, pc) };
    set_busy(false);
}

/// The workgroup array and element at byte `offset` of workgroup memory.
#[sanitize(thread = "off")]
fn shared_element(arrays: &[SharedArray], offset: usize) -> (&'static str, u64) {
    let mut found = ("workgroup memory", offset as u64);
    for a in arrays {
        if offset >= a.offset && offset < a.offset + a.elem * a.len {
            found = (a.name, ((offset - a.offset) / a.elem.max(1)) as u64);
        }
    }
    found
}

// ------------------------------------------------------------ entry points

/// A naked entry point that passes its return address, in register `$x86`
/// (the one after the C arguments), to `$imp`.
macro_rules! with_pc {
    ($name:ident($($arg:ident: $ty:ty),*) $(-> $ret:ty)?, $imp:ident, $x86:literal) => {
        #[unsafe(naked)]
        #[no_mangle]
        #[doc(hidden)]
        pub unsafe extern "C" fn $name($($arg: $ty),*) $(-> $ret)? {
            core::arch::naked_asm!(concat!("mov ", $x86, ", qword ptr [rsp]"), "jmp {imp}", imp = sym $imp);
        }
    };
    // Exported as `$symbol`.
    ($symbol:expr => $name:ident($($arg:ident: $ty:ty),*) $(-> $ret:ty)?, $imp:ident, $x86:literal) => {
        #[unsafe(naked)]
        #[export_name = $symbol]
        unsafe extern "C" fn $name($($arg: $ty),*) $(-> $ret)? {
            core::arch::naked_asm!(concat!("mov ", $x86, ", qword ptr [rsp]"), "jmp {imp}", imp = sym $imp);
        }
    };
}

macro_rules! plain_accesses {
    ($($name:ident, $imp:ident, $size:expr, $kind:ident;)*) => {$(
        #[sanitize(thread = "off")]
        extern "C" fn $imp(addr: usize, pc: usize) {
            access(addr, $size, AccessKind::$kind, pc);
        }
        with_pc!($name(addr: usize), $imp, "rsi");
    )*};
}

plain_accesses! {
    __tsan_read1, read1, 1, Read;
    __tsan_read2, read2, 2, Read;
    __tsan_read4, read4, 4, Read;
    __tsan_read8, read8, 8, Read;
    __tsan_read16, read16, 16, Read;
    __tsan_write1, write1, 1, Write;
    __tsan_write2, write2, 2, Write;
    __tsan_write4, write4, 4, Write;
    __tsan_write8, write8, 8, Write;
    __tsan_write16, write16, 16, Write;
    __tsan_unaligned_read2, unaligned_read2, 2, Read;
    __tsan_unaligned_read4, unaligned_read4, 4, Read;
    __tsan_unaligned_read8, unaligned_read8, 8, Read;
    __tsan_unaligned_read16, unaligned_read16, 16, Read;
    __tsan_unaligned_write2, unaligned_write2, 2, Write;
    __tsan_unaligned_write4, unaligned_write4, 4, Write;
    __tsan_unaligned_write8, unaligned_write8, 8, Write;
    __tsan_unaligned_write16, unaligned_write16, 16, Write;
}

#[sanitize(thread = "off")]
extern "C" fn read_range(addr: usize, size: usize, pc: usize) {
    access(addr, size, AccessKind::Read, pc);
}
with_pc!(__tsan_read_range(addr: usize, size: usize), read_range, "rdx");

#[sanitize(thread = "off")]
extern "C" fn write_range(addr: usize, size: usize, pc: usize) {
    access(addr, size, AccessKind::Write, pc);
}
with_pc!(__tsan_write_range(addr: usize, size: usize), write_range, "rdx");

#[sanitize(thread = "off")]
unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize, pc: usize) -> *mut u8 {
    access(src as usize, n, AccessKind::Read, pc);
    access(dst as usize, n, AccessKind::Write, pc);
    // SAFETY: what the instrumented `memcpy` call was asked to do.
    unsafe { core::ptr::copy_nonoverlapping(src, dst, n) };
    dst
}
with_pc!(__tsan_memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8, memcpy, "rcx");

#[sanitize(thread = "off")]
unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize, pc: usize) -> *mut u8 {
    access(src as usize, n, AccessKind::Read, pc);
    access(dst as usize, n, AccessKind::Write, pc);
    // SAFETY: what the instrumented `memmove` call was asked to do.
    unsafe { core::ptr::copy(src, dst, n) };
    dst
}
with_pc!(__tsan_memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8, memmove, "rcx");

#[sanitize(thread = "off")]
unsafe extern "C" fn memset(dst: *mut u8, byte: i32, n: usize, pc: usize) -> *mut u8 {
    access(dst as usize, n, AccessKind::Write, pc);
    // SAFETY: what the instrumented `memset` call was asked to do.
    unsafe { core::ptr::write_bytes(dst, byte as u8, n) };
    dst
}
with_pc!(__tsan_memset(dst: *mut u8, byte: i32, n: usize) -> *mut u8, memset, "rcx");

/// Function entries and exits: the checker keeps no call stacks.
#[no_mangle]
#[doc(hidden)]
#[sanitize(thread = "off")]
pub extern "C" fn __tsan_func_entry(_caller: *const u8) {}

#[no_mangle]
#[doc(hidden)]
#[sanitize(thread = "off")]
pub extern "C" fn __tsan_func_exit() {}

/// Called by the instrumented library's constructor: nothing to set up.
#[no_mangle]
#[doc(hidden)]
#[sanitize(thread = "off")]
pub extern "C" fn __tsan_init() {}

#[no_mangle]
#[doc(hidden)]
#[sanitize(thread = "off")]
pub extern "C" fn __tsan_atomic_thread_fence(_order: i32) {
    // `core::sync::atomic::fence` is instrumented in this crate: it would
    // call this function again.
    // SAFETY: a full barrier, nothing else.
    unsafe { core::arch::asm!("mfence", options(nostack, preserves_flags)) };
}

#[no_mangle]
#[doc(hidden)]
#[sanitize(thread = "off")]
pub extern "C" fn __tsan_atomic_signal_fence(_order: i32) {
    // SAFETY: an empty block the compiler cannot move memory accesses across.
    unsafe { core::arch::asm!("", options(nostack, preserves_flags)) };
}

/// Atomic operations that the instrumentation cannot see: `core`'s
/// atomics, instantiated in this crate, are instrumented themselves and
/// would call the entry points below again.
trait Raw: Copy + Eq {
    /// # Safety
    /// `a` is valid and aligned.
    unsafe fn load(a: *mut Self) -> Self;
    /// Stores `v`, returns the value before.
    ///
    /// # Safety
    /// As above.
    unsafe fn swap(a: *mut Self, v: Self) -> Self;
    /// Stores `new` if the value is `current`; returns the value before.
    ///
    /// # Safety
    /// As above.
    unsafe fn cas(a: *mut Self, current: Self, new: Self) -> Self;
}

macro_rules! raw {
    ($t:ty, $size:literal, $acc:tt, $($m:literal)?) => {
        impl Raw for $t {
            unsafe fn load(a: *mut $t) -> $t {
                let v: $t;
                // SAFETY: the caller's contract; an aligned x86-64 load is
                // sequentially consistent with the stores below.
                unsafe {
                    core::arch::asm!(concat!("mov {v", $(":", $m,)? "}, ", $size, " ptr [{a}]"),
                        a = in(reg) a, v = out(reg) v, options(nostack, preserves_flags));
                }
                v
            }
            unsafe fn swap(a: *mut $t, mut v: $t) -> $t {
                // SAFETY: the caller's contract; `xchg` with memory is locked.
                unsafe {
                    core::arch::asm!(concat!("xchg ", $size, " ptr [{a}], {v", $(":", $m,)? "}"),
                        a = in(reg) a, v = inout(reg) v, options(nostack, preserves_flags));
                }
                v
            }
            unsafe fn cas(a: *mut $t, current: $t, new: $t) -> $t {
                let before: $t;
                // SAFETY: the caller's contract.
                unsafe {
                    core::arch::asm!(concat!("lock cmpxchg ", $size, " ptr [{a}], {new", $(":", $m,)? "}"),
                        a = in(reg) a, new = in(reg) new, inout($acc) current => before, options(nostack));
                }
                before
            }
        }
    };
}

raw!(u16, "word", "ax", "x");
raw!(u32, "dword", "eax", "e");
raw!(u64, "qword", "rax", "r");

impl Raw for u8 {
    unsafe fn load(a: *mut u8) -> u8 {
        let v: u8;
        // SAFETY: the caller's contract.
        unsafe {
            core::arch::asm!("mov {v}, byte ptr [{a}]", a = in(reg) a, v = out(reg_byte) v,
                options(nostack, preserves_flags));
        }
        v
    }
    unsafe fn swap(a: *mut u8, mut v: u8) -> u8 {
        // SAFETY: the caller's contract.
        unsafe {
            core::arch::asm!("xchg byte ptr [{a}], {v}", a = in(reg) a, v = inout(reg_byte) v,
                options(nostack, preserves_flags));
        }
        v
    }
    unsafe fn cas(a: *mut u8, current: u8, new: u8) -> u8 {
        let before: u8;
        // SAFETY: the caller's contract.
        unsafe {
            core::arch::asm!("lock cmpxchg byte ptr [{a}], {new}", a = in(reg) a, new = in(reg_byte) new,
                inout("al") current => before, options(nostack));
        }
        before
    }
}

/// `f` applied atomically (a compare-exchange loop); returns the value before.
///
/// # Safety
/// `a` is valid and aligned.
unsafe fn fetch_update<T: Raw>(a: *mut T, f: impl Fn(T) -> T) -> T {
    // SAFETY: the caller's contract.
    let mut now = unsafe { T::load(a) };
    loop {
        // SAFETY: as above.
        let before = unsafe { T::cas(a, now, f(now)) };
        if before == now {
            return now;
        }
        now = before;
    }
}

/// The atomics of one width, `__tsan_atomic{bits}_*`: each does its
/// operation (sequentially consistent, whatever order was asked: stronger
/// is allowed) and notes it.
macro_rules! atomics {
    ($t:ty, $size:expr, $bits:literal) => {
        const _: () = {
            #[sanitize(thread = "off")]
            unsafe extern "C" fn load(a: *mut $t, _order: i32, pc: usize) -> $t {
                access(a as usize, $size, AccessKind::AtomicRead, pc);
                // SAFETY: the instrumented atomic's address.
                unsafe { <$t as Raw>::load(a) }
            }
            with_pc!(concat!("__tsan_atomic", $bits, "_load") => load_entry(a: *mut $t, order: i32) -> $t, load, "rdx");

            #[sanitize(thread = "off")]
            unsafe extern "C" fn store(a: *mut $t, v: $t, _order: i32, pc: usize) {
                access(a as usize, $size, AccessKind::AtomicWrite, pc);
                // SAFETY: as above.
                unsafe { <$t as Raw>::swap(a, v) };
            }
            with_pc!(concat!("__tsan_atomic", $bits, "_store") => store_entry(a: *mut $t, v: $t, order: i32), store, "rcx");

            #[sanitize(thread = "off")]
            unsafe extern "C" fn exchange(a: *mut $t, v: $t, _order: i32, pc: usize) -> $t {
                access(a as usize, $size, AccessKind::AtomicWrite, pc);
                // SAFETY: as above.
                unsafe { <$t as Raw>::swap(a, v) }
            }
            with_pc!(concat!("__tsan_atomic", $bits, "_exchange") => exchange_entry(a: *mut $t, v: $t, order: i32) -> $t, exchange, "rcx");

            atomics!(@rmw $t, $size, $bits, fetch_add, fetch_add_entry, |x, v| x.wrapping_add(v));
            atomics!(@rmw $t, $size, $bits, fetch_sub, fetch_sub_entry, |x, v| x.wrapping_sub(v));
            atomics!(@rmw $t, $size, $bits, fetch_and, fetch_and_entry, |x, v| x & v);
            atomics!(@rmw $t, $size, $bits, fetch_or, fetch_or_entry, |x, v| x | v);
            atomics!(@rmw $t, $size, $bits, fetch_xor, fetch_xor_entry, |x, v| x ^ v);
            atomics!(@rmw $t, $size, $bits, fetch_nand, fetch_nand_entry, |x, v| !(x & v));

            #[sanitize(thread = "off")]
            unsafe extern "C" fn cas_val(a: *mut $t, c: $t, v: $t, _s: i32, _f: i32, pc: usize) -> $t {
                // SAFETY: as above.
                let before = unsafe { <$t as Raw>::cas(a, c, v) };
                let kind = if before == c { AccessKind::AtomicWrite } else { AccessKind::AtomicRead };
                access(a as usize, $size, kind, pc);
                before
            }
            with_pc!(concat!("__tsan_atomic", $bits, "_compare_exchange_val")
                => cas_val_entry(a: *mut $t, c: $t, v: $t, s: i32, f: i32) -> $t, cas_val, "r9");

            #[sanitize(thread = "off")]
            unsafe extern "C" fn cas(a: *mut $t, c: *mut $t, v: $t, _s: i32, _f: i32, pc: usize) -> i32 {
                // SAFETY: as above; `c` holds the caller's expected value.
                let (expected, before) = unsafe { (*c, <$t as Raw>::cas(a, *c, v)) };
                let won = before == expected;
                access(a as usize, $size, if won { AccessKind::AtomicWrite } else { AccessKind::AtomicRead }, pc);
                if !won {
                    // SAFETY: as above.
                    unsafe { *c = before };
                }
                won as i32
            }
            with_pc!(concat!("__tsan_atomic", $bits, "_compare_exchange_strong")
                => cas_strong_entry(a: *mut $t, c: *mut $t, v: $t, s: i32, f: i32) -> i32, cas, "r9");
            with_pc!(concat!("__tsan_atomic", $bits, "_compare_exchange_weak")
                => cas_weak_entry(a: *mut $t, c: *mut $t, v: $t, s: i32, f: i32) -> i32, cas, "r9");
        };
    };
    // A read-modify-write `__tsan_atomic{bits}_{op}`: `f(old, v)` stored.
    (@rmw $t:ty, $size:expr, $bits:literal, $op:ident, $entry:ident, |$x:ident, $v:ident| $e:expr) => {
        #[sanitize(thread = "off")]
        unsafe extern "C" fn $op(a: *mut $t, v: $t, _order: i32, pc: usize) -> $t {
            access(a as usize, $size, AccessKind::AtomicWrite, pc);
            // SAFETY: the instrumented atomic's address.
            unsafe { fetch_update(a, |$x: $t| { let $v = v; $e }) }
        }
        with_pc!(concat!("__tsan_atomic", $bits, "_", stringify!($op)) => $entry(a: *mut $t, v: $t, order: i32) -> $t, $op, "rcx");
    };
}

atomics!(u8, 1, "8");
atomics!(u16, 2, "16");
atomics!(u32, 4, "32");
atomics!(u64, 8, "64");
