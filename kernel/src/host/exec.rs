//! The CPU executor: runs a launch thread by thread with GPU semantics.
//!
//! Workgroups run one after another (the single-thread reference) or in
//! parallel on rayon (the multi-thread backend). Inside a workgroup, threads are
//! fibers (corosensei coroutines): [`barrier`] suspends the calling fiber, and the
//! scheduler resumes the next one, so every thread reaches a barrier before any
//! passes it.
//!
//! Fibers cost a stack switch per thread, so each launch first runs one thread
//! on a fiber: if it finishes without reaching a barrier, then (barriers being
//! workgroup-uniform by contract) no thread of the launch uses one, and the rest
//! run directly on the worker's stack. A barrier reached in that mode is a
//! non-uniform barrier and panics with that message.

use super::{ArgSlot, KernelDesc, ParamKind};
use crate::arch::{ThreadState, STATE};
use core::cell::{Cell, RefCell};
use core::sync::atomic::{AtomicU8, Ordering};
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use rayon::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::string::{String, ToString};
use std::vec::Vec;

/// Stack size of one kernel-thread fiber.
const FIBER_STACK_BYTES: usize = 256 * 1024;

const MODE_UNKNOWN: u8 = 0;
const MODE_DIRECT: u8 = 1;
const MODE_FIBERS: u8 = 2;

/// A kernel panic, with the thread that raised it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PanicReport {
    /// The panic message.
    pub message: String,
    /// `local_id` of the panicking thread.
    pub local: [u32; 3],
    /// `workgroup_id` of the panicking thread.
    pub group: [u32; 3],
    /// The source file of the panic, if known.
    pub file: Option<String>,
    /// Its line.
    pub line: u32,
    /// Its column.
    pub column: u32,
}

std::thread_local! {
    static YIELDER: Cell<*const Yielder<(), ()>> = const { Cell::new(core::ptr::null()) };
    static LAST_PANIC: RefCell<Option<PanicReport>> = const { RefCell::new(None) };
    static STACKS: RefCell<Vec<DefaultStack>> = const { RefCell::new(Vec::new()) };
    /// Set while the scheduler winds down fibers that wait at a barrier that will never open.
    static ABORTING: Cell<bool> = const { Cell::new(false) };
}

/// The payload that unwinds a fiber stuck at a barrier.
struct AbortFiber;

/// Installs the panic hook that records kernel panics (message, thread,
/// location) instead of printing them. The cdylib has its own `std`, so this
/// hook sees only panics of the kernel crate.
pub fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(std::boxed::Box::new(|info| {
            let state = STATE.with(|s| s.get());
            let message = info
                .payload_as_str()
                .map(|s| s.to_string())
                .unwrap_or_else(|| "panic with a non-string payload".to_string());
            let report = PanicReport {
                message,
                local: state.local,
                group: state.group,
                file: info.location().map(|l| l.file().to_string()),
                line: info.location().map_or(0, |l| l.line()),
                column: info.location().map_or(0, |l| l.column()),
            };
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(report));
        }));
    });
}

/// Called by [`crate::barrier`] on the host.
pub fn barrier() {
    let yielder = YIELDER.with(|y| y.get());
    if yielder.is_null() {
        panic!(
            "barrier reached in non-uniform control flow: thread (0,0,0) of workgroup (0,0,0) \
             finished without reaching it"
        );
    }
    // SAFETY: the pointer was set by the fiber running on this OS thread, whose
    // yielder outlives every suspension of that fiber.
    unsafe { (*yielder).suspend(()) };
    // Other fibers ran meanwhile and replaced the thread-local pointer.
    YIELDER.with(|y| y.set(yielder));
    if ABORTING.with(|a| a.get()) {
        std::panic::resume_unwind(std::boxed::Box::new(AbortFiber));
    }
}

/// Runs one launch: `groups` workgroups of the kernel's workgroup size.
///
/// `args` holds one slot per parameter; shared-array slots are filled here,
/// per workgroup. `parallel` picks rayon over workgroups instead of the
/// single-thread reference order.
pub fn launch(kernel: &KernelDesc, groups: [u32; 3], args: &[ArgSlot], parallel: bool) -> Result<(), PanicReport> {
    install_panic_hook();
    let mode = AtomicU8::new(MODE_UNKNOWN);
    let shared_layout = shared_layout(kernel);
    let count = groups[0] as u64 * groups[1] as u64 * groups[2] as u64;
    let group_of = |i: u64| {
        let x = (i % groups[0] as u64) as u32;
        let y = ((i / groups[0] as u64) % groups[1] as u64) as u32;
        let z = (i / (groups[0] as u64 * groups[1] as u64)) as u32;
        [x, y, z]
    };
    let run = |i: u64| run_group(kernel, group_of(i), groups, args, &shared_layout, &mode);
    if parallel {
        (0..count).into_par_iter().try_for_each(run)
    } else {
        (0..count).try_for_each(run)
    }
}

/// (parameter index, byte offset) of each shared array, and the total size.
struct SharedLayout {
    slots: Vec<(usize, usize)>,
    bytes: usize,
}

fn shared_layout(kernel: &KernelDesc) -> SharedLayout {
    let mut slots = Vec::new();
    let mut bytes = 0usize;
    for (i, p) in kernel.params.iter().enumerate() {
        if let ParamKind::Shared { elem, len } = &p.kind {
            let align = elem.align.max(16);
            bytes = bytes.div_ceil(align) * align;
            slots.push((i, bytes));
            bytes += elem.size * len;
        }
    }
    SharedLayout { slots, bytes }
}

fn run_group(
    kernel: &KernelDesc,
    group: [u32; 3],
    groups: [u32; 3],
    args: &[ArgSlot],
    layout: &SharedLayout,
    mode: &AtomicU8,
) -> Result<(), PanicReport> {
    let size = kernel.workgroup_size;
    // Workgroup memory: zeroed, 16-byte aligned.
    let mut shared = std::vec![0u128; layout.bytes.div_ceil(16)];
    let mut group_args: Vec<ArgSlot> = args.to_vec();
    for &(param, offset) in &layout.slots {
        // SAFETY: offset is inside the allocation (computed from the layout).
        group_args[param].ptr = unsafe { (shared.as_mut_ptr() as *mut u8).add(offset) };
    }
    let args_ptr = group_args.as_ptr();
    let state = |local: [u32; 3]| ThreadState {
        local,
        group,
        size,
        groups,
    };
    let entry = kernel.entry;

    let mut first = 0;
    if mode.load(Ordering::Relaxed) == MODE_UNKNOWN {
        // Probe: does thread 0 reach a barrier?
        let mut fiber = new_fiber(entry, args_ptr);
        STATE.with(|s| s.set(state([0; 3])));
        match fiber.resume(()) {
            CoroutineResult::Return(r) => {
                recycle(fiber);
                r?;
                mode.store(MODE_DIRECT, Ordering::Relaxed);
                first = 1;
            }
            CoroutineResult::Yield(()) => {
                mode.store(MODE_FIBERS, Ordering::Relaxed);
                // Run the whole group on fibers, this one included.
                return run_fibers(entry, args_ptr, &thread_ids(size), state, Some(fiber));
            }
        }
    }
    if mode.load(Ordering::Relaxed) == MODE_FIBERS {
        return run_fibers(entry, args_ptr, &thread_ids(size), state, None);
    }
    // One unwind guard for the whole group: the panic hook records which
    // thread panicked.
    let r = catch_unwind(AssertUnwindSafe(|| {
        let mut st = state([0; 3]);
        for (i, z) in (0..size[2]).enumerate() {
            for (j, y) in (0..size[1]).enumerate() {
                let row = (i * size[1] as usize + j) * size[0] as usize;
                for x in 0..size[0] {
                    if row + (x as usize) < first {
                        continue;
                    }
                    st.local = [x, y, z];
                    STATE.with(|s| s.set(st));
                    // SAFETY: the slots describe live buffers for the whole launch.
                    unsafe { entry(args_ptr) };
                }
            }
        }
    }));
    if r.is_err() {
        return Err(take_panic());
    }
    drop(shared);
    Ok(())
}

/// Local ids of a workgroup in x-fastest order.
fn thread_ids(size: [u32; 3]) -> Vec<[u32; 3]> {
    (0..size[2])
        .flat_map(|z| (0..size[1]).flat_map(move |y| (0..size[0]).map(move |x| [x, y, z])))
        .collect()
}

type Fiber = Coroutine<(), (), Result<(), PanicReport>, DefaultStack>;

fn new_fiber(entry: unsafe fn(*const ArgSlot), args: *const ArgSlot) -> Fiber {
    let stack = STACKS
        .with(|s| s.borrow_mut().pop())
        .unwrap_or_else(|| DefaultStack::new(FIBER_STACK_BYTES).expect("cannot allocate a fiber stack"));
    let args = args as usize;
    Coroutine::with_stack(stack, move |yielder: &Yielder<(), ()>, ()| {
        YIELDER.with(|y| y.set(yielder as *const _));
        // SAFETY: the slots describe live buffers for the whole launch.
        let r = catch_unwind(AssertUnwindSafe(|| unsafe { entry(args as *const ArgSlot) }));
        YIELDER.with(|y| y.set(core::ptr::null()));
        r.map_err(|_| take_panic())
    })
}

fn recycle(fiber: Fiber) {
    let stack = fiber.into_stack();
    STACKS.with(|s| s.borrow_mut().push(stack));
}

fn run_fibers(
    entry: unsafe fn(*const ArgSlot),
    args: *const ArgSlot,
    threads: &[[u32; 3]],
    state: impl Fn([u32; 3]) -> ThreadState,
    started: Option<Fiber>,
) -> Result<(), PanicReport> {
    let mut fibers: Vec<Option<Fiber>> = Vec::with_capacity(threads.len());
    let resumed_first = started.is_some();
    fibers.push(Some(started.unwrap_or_else(|| new_fiber(entry, args))));
    for _ in 1..threads.len() {
        fibers.push(Some(new_fiber(entry, args)));
    }
    let mut result = Ok(());
    let mut round = 0usize;
    loop {
        let mut live = 0;
        let mut finished = 0;
        for (i, slot) in fibers.iter_mut().enumerate() {
            let Some(fiber) = slot else { continue };
            if round == 0 && i == 0 && resumed_first {
                // Already at its first barrier.
                live += 1;
                continue;
            }
            STATE.with(|s| s.set(state(threads[i])));
            match fiber.resume(()) {
                CoroutineResult::Yield(()) => live += 1,
                CoroutineResult::Return(r) => {
                    finished += 1;
                    if let (Err(p), Ok(())) = (r, &result) {
                        result = Err(p);
                    }
                    if let Some(f) = slot.take() {
                        recycle(f);
                    }
                }
            }
        }
        if live == 0 {
            break;
        }
        if result.is_err() || finished > 0 {
            // A thread panicked or returned while others wait at a barrier: the
            // waiting ones would never be released on a GPU either.
            if result.is_ok() {
                result = Err(PanicReport {
                    message: "barrier divergence: some threads of the workgroup returned while others \
                              wait at a barrier"
                        .to_string(),
                    local: [0; 3],
                    group: state(threads[0]).group,
                    file: None,
                    line: 0,
                    column: 0,
                });
            }
            // Unwind the waiting fibers: `barrier` sees ABORTING and returns by
            // unwinding into the fiber's catch_unwind.
            ABORTING.with(|a| a.set(true));
            for slot in fibers.iter_mut() {
                if let Some(mut fiber) = slot.take() {
                    if let CoroutineResult::Return(_) = fiber.resume(()) {
                        recycle(fiber);
                    }
                }
            }
            ABORTING.with(|a| a.set(false));
            LAST_PANIC.with(|p| p.borrow_mut().take());
            break;
        }
        round += 1;
    }
    result
}

/// The report of the last panic on this thread (recorded by the hook).
pub fn take_panic_report() -> PanicReport {
    take_panic()
}

fn take_panic() -> PanicReport {
    LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| {
        let s = STATE.with(|s| s.get());
        PanicReport {
            message: "kernel panicked".to_string(),
            local: s.local,
            group: s.group,
            file: None,
            line: 0,
            column: 0,
        }
    })
}
