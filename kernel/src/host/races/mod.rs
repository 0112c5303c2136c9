//! Race checking for the CPU reference.
//!
//! The CPU route's race-check build (`CompileRoute::CpuRaceCheck` in
//! `everygpu-compiler`) compiles the kernel crate with LLVM's
//! ThreadSanitizer instrumentation (`-Zsanitizer=thread`) and
//! `--cfg everygpu_race_check`: every load and store the optimizer keeps,
//! every `memcpy`/`memset` and every atomic then calls a `__tsan_*` function.
//! Those functions are defined here, not by TSan's runtime (the instrumented
//! library links none): each does what the call stands for (atomics and
//! copies happen) and notes the access in a shadow of the launch's memory, as
//! the Linux kernel's KCSAN does with the same instrumentation.
//!
//! **What is a race.** Within one launch, two accesses to the same element of
//! a buffer (or the same word of workgroup memory) by different threads, at
//! least one of them a write and not both atomic, with no barrier between
//! them: the threads are in different workgroups, or in one workgroup
//! between the same two barriers. Launches are ordered; so are a thread's own
//! accesses.
//!
//! **How.** Launches run with their workgroups in order, on the calling OS
//! thread. Each element (4-byte word of workgroup memory) keeps the last
//! write and the last read: thread, barrier epoch, call site. An access that
//! conflicts with either is a race; the first of each pair of call sites is
//! kept with its threads and the element, and the others counted. Keeping the
//! last read only, a write can miss a read by another thread that an
//! unrelated read followed; a race through elements the instrumentation
//! never sees (memory LLVM keeps in registers) is not seen either.
//!
//! **Cost.** Every access calls into the checker, and the launch runs on one
//! core; the shadow takes 24 bytes per element of each buffer the kernel may
//! write (`&mut [T]`; a `&[T]` buffer is only read, and no read races a
//! read).
//!
//! Call sites are return addresses into the library, relative to its load
//! address: `everygpu-backend-cpu` reads their file and line from the
//! library's line tables, which the race-check build keeps.

/// Whether this library was built to check races.
pub const CHECKING: bool = cfg!(everygpu_race_check);

/// How one of the two accesses of a race touched the element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AccessKind {
    /// A plain load.
    Read,
    /// A plain store.
    Write,
    /// An atomic load.
    AtomicRead,
    /// An atomic store or read-modify-write.
    AtomicWrite,
}

/// One of the two accesses of a race.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct RaceAccess {
    /// `local_id` of the thread.
    pub local: [u32; 3],
    /// `workgroup_id` of the thread.
    pub group: [u32; 3],
    /// How it touched the element.
    pub kind: AccessKind,
    /// The return address of the instrumentation's call, relative to the
    /// library's load address (0: unknown).
    pub pc: u64,
}

/// Two accesses that race, and how often the same pair of call sites raced
/// in the launch.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Race {
    /// The buffer parameter's name, or the workgroup array's.
    pub buffer: &'static str,
    /// Whether `buffer` is workgroup memory.
    pub shared: bool,
    /// The element's index in it.
    pub index: u64,
    /// The access the checker saw first.
    pub first: RaceAccess,
    /// The access that raced with it.
    pub second: RaceAccess,
    /// How many racing accesses the same two call sites made.
    pub count: u64,
}

/// A shared array of a launch: its name, byte offset in the workgroup's
/// memory and element size.
#[derive(Clone, Copy, Debug)]
pub struct SharedArray {
    /// The parameter's name.
    pub name: &'static str,
    /// Its offset in the workgroup's memory, in bytes.
    pub offset: usize,
    /// Its element size, in bytes.
    pub elem: usize,
    /// Its element count.
    pub len: usize,
}

// The checker's entry points are x86-64 assembly, and it finds its library
// by its ELF header: the app builds it only on x86-64 Linux.
#[cfg(all(everygpu_race_check, not(all(target_os = "linux", target_arch = "x86_64"))))]
compile_error!("the race checker runs on x86-64 Linux only");

#[cfg(everygpu_race_check)]
mod checker;

#[cfg(everygpu_race_check)]
pub use checker::{barrier_passed, ignored, launch_begin, launch_end, races};

#[cfg(not(everygpu_race_check))]
mod off {
    use super::{Race, SharedArray};
    use crate::host::{ArgSlot, KernelDesc};
    use std::vec::Vec;

    /// Starts checking a launch (a race-check build only).
    #[inline(always)]
    pub fn launch_begin(_kernel: &KernelDesc, _groups: [u32; 3], _args: &[ArgSlot], _shared: &[SharedArray]) {}

    /// Ends checking a launch (a race-check build only).
    #[inline(always)]
    pub fn launch_end() {}

    /// A thread of the running workgroup passed a barrier.
    #[inline(always)]
    pub fn barrier_passed() {}

    /// Runs `f` with its memory accesses unchecked (the executor's own).
    #[inline(always)]
    pub fn ignored<R>(f: impl FnOnce() -> R) -> R {
        f()
    }

    /// The races of the last launch checked: none without the checker.
    pub fn races() -> Vec<Race> {
        Vec::new()
    }
}

#[cfg(not(everygpu_race_check))]
pub use off::{barrier_passed, ignored, launch_begin, launch_end, races};
