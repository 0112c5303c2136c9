//! The CPU executor: runs a launch thread by thread with GPU semantics.
//!
//! Workgroups run one after another (the single-thread reference) or in
//! parallel on rayon (the multi-thread backend). Inside a workgroup, threads are
//! fibers (corosensei coroutines) that park at barriers and at subgroup
//! operations: [`barrier`] parks the calling fiber until every thread of the
//! workgroup has parked there; [`subgroup_call`] parks it until every lane of
//! its subgroup ([`SUBGROUP_SIZE`] consecutive threads) has parked at the same
//! operation, then the scheduler computes every lane's result at once. Lanes
//! thus run in lock-step between operations, as on a GPU.
//!
//! Fibers cost a stack switch per thread, so each workgroup first runs its
//! thread 0 on a fiber: if it finishes without parking, then (barriers being
//! workgroup-uniform, and subgroup operations subgroup-uniform, by contract)
//! the rest run directly on the worker's stack. A barrier or subgroup operation
//! reached in that mode panics, saying that thread 0 did not reach it.

use super::{ArgSlot, KernelDesc, ParamKind};
use crate::arch::{ThreadState, STATE};
use core::cell::{Cell, RefCell};
use core::panic::Location;
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use rayon::prelude::*;
use std::format;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::string::{String, ToString};
use std::vec::Vec;

/// Stack size of one kernel-thread fiber.
const FIBER_STACK_BYTES: usize = 256 * 1024;

/// Lanes per subgroup on the CPU backends (as on NVIDIA GPUs).
pub const SUBGROUP_SIZE: u32 = 32;

/// Why a fiber parked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Park {
    /// At a workgroup barrier.
    Barrier,
    /// At a subgroup operation, its call in the fiber's [`LaneCall`] slot.
    Subgroup,
}

/// One lane's part in a subgroup operation: what it passes in, and (once the
/// scheduler ran [`LaneCall::compute`] over the subgroup) what it gets back.
#[derive(Clone, Copy, Debug)]
pub struct LaneCall {
    /// The operation's public name (`reduce_add`...).
    pub op: &'static str,
    /// Where the kernel called it.
    pub location: &'static Location<'static>,
    /// Computes every lane's result from every lane's call, in lane order.
    pub compute: fn(&mut [LaneCall]) -> Result<(), String>,
    /// The lane's value (bits), replaced by its result.
    pub value: u64,
    /// A second operand (a lane index, a mask...).
    pub arg: u64,
    /// Addresses of the lane's operands in its own stack (matrix fragments),
    /// valid while it is parked.
    pub ptrs: [usize; 3],
}

impl LaneCall {
    /// A call of `op` at `location` with `value` and `arg`.
    pub fn new(
        op: &'static str,
        location: &'static Location<'static>,
        compute: fn(&mut [LaneCall]) -> Result<(), String>,
        value: u64,
        arg: u64,
    ) -> LaneCall {
        LaneCall {
            op,
            location,
            compute,
            value,
            arg,
            ptrs: [0; 3],
        }
    }

    /// Whether `other` is the same operation at the same place.
    fn same_call(&self, other: &LaneCall) -> bool {
        self.op == other.op && core::ptr::fn_addr_eq(self.compute, other.compute) && self.location == other.location
    }

    fn empty() -> LaneCall {
        fn none(_: &mut [LaneCall]) -> Result<(), String> {
            Ok(())
        }
        LaneCall::new("", Location::caller(), none, 0, 0)
    }
}

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
    static YIELDER: Cell<*const Yielder<(), Park>> = const { Cell::new(core::ptr::null()) };
    /// The [`LaneCall`] slot of the fiber running on this OS thread.
    static CALL_SLOT: Cell<*mut LaneCall> = const { Cell::new(core::ptr::null_mut()) };
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
            if info.payload().is::<AbortFiber>() {
                return;
            }
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
        let s = STATE.with(|s| s.get());
        let [x, y, z] = s.local;
        panic!(
            "barrier reached in non-uniform control flow: thread ({x},{y},{z}) reached it, but thread (0,0,0) \
             of its workgroup finished without reaching it"
        );
    }
    park(yielder, Park::Barrier);
}

/// Parks the running fiber; unwinds it when the scheduler is winding down.
fn park(yielder: *const Yielder<(), Park>, why: Park) {
    // SAFETY: the pointer was set by the fiber running on this OS thread, whose
    // yielder outlives every suspension of that fiber.
    unsafe { (*yielder).suspend(why) };
    // Other fibers ran meanwhile and replaced the thread-local pointer.
    YIELDER.with(|y| y.set(yielder));
    if ABORTING.with(|a| a.get()) {
        std::panic::resume_unwind(std::boxed::Box::new(AbortFiber));
    }
}

/// Runs a subgroup operation: parks this lane until every lane of its
/// subgroup made the same call, and returns this lane's result
/// ([`LaneCall::value`] after [`LaneCall::compute`]).
///
/// # Panics
/// Outside lock-step execution, i.e. when thread 0 of the workgroup finished
/// without reaching any barrier or subgroup operation: the operation is not
/// reached uniformly.
pub fn subgroup_call(call: LaneCall) -> LaneCall {
    let yielder = YIELDER.with(|y| y.get());
    let slot = CALL_SLOT.with(|s| s.get());
    if yielder.is_null() || slot.is_null() {
        let s = STATE.with(|s| s.get());
        let [x, y, z] = s.local;
        panic!(
            "subgroup::{} reached in non-uniform control flow: thread ({x},{y},{z}) reached it at {}, but \
             thread (0,0,0) of its workgroup finished without reaching any subgroup operation or barrier \
             (every lane of a subgroup must call it together)",
            call.op, call.location
        );
    }
    // SAFETY: the scheduler pointed the slot at this fiber's entry of the
    // workgroup's call table, which outlives the fiber's suspension.
    unsafe { *slot = call };
    park(yielder, Park::Subgroup);
    // The scheduler computed the result into this fiber's entry (thread 0's
    // entry moves from the probe's slot to the table) and points the slot at
    // it before every resume.
    let slot = CALL_SLOT.with(|s| s.get());
    // SAFETY: as above.
    unsafe { *slot }
}

/// The linear id of the running thread in its workgroup (`x` fastest).
pub fn linear_local_id() -> u32 {
    let s = STATE.with(|s| s.get());
    s.local[0] + s.size[0] * (s.local[1] + s.size[1] * s.local[2])
}

/// Runs one launch: `groups` workgroups of the kernel's workgroup size.
///
/// `args` holds one slot per parameter; shared-array slots are filled here,
/// per workgroup. `parallel` picks rayon over workgroups instead of the
/// single-thread reference order.
pub fn launch(kernel: &KernelDesc, groups: [u32; 3], args: &[ArgSlot], parallel: bool) -> Result<(), PanicReport> {
    install_panic_hook();
    let shared_layout = shared_layout(kernel);
    let count = groups[0] as u64 * groups[1] as u64 * groups[2] as u64;
    let group_of = |i: u64| {
        let x = (i % groups[0] as u64) as u32;
        let y = ((i / groups[0] as u64) % groups[1] as u64) as u32;
        let z = (i / (groups[0] as u64 * groups[1] as u64)) as u32;
        [x, y, z]
    };
    let ids = thread_ids(kernel.workgroup_size);
    let run = |i: u64| run_group(kernel, group_of(i), groups, args, &shared_layout, &ids);
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
            let align = elem.align.max(32);
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
    ids: &[[u32; 3]],
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

    // Each subgroup's lane 0 runs first, on a fiber: if it finishes without
    // parking, so do the other lanes (barriers are workgroup-uniform and
    // subgroup operations subgroup-uniform by contract), which then run
    // directly on this stack.
    for base in (0..ids.len()).step_by(SUBGROUP_SIZE as usize) {
        let lanes = &ids[base..(base + SUBGROUP_SIZE as usize).min(ids.len())];
        let mut first_call = LaneCall::empty();
        let mut fiber = new_fiber(entry, args_ptr);
        STATE.with(|s| s.set(state(lanes[0])));
        CALL_SLOT.with(|s| s.set(&mut first_call));
        let probe = fiber.resume(());
        CALL_SLOT.with(|s| s.set(core::ptr::null_mut()));
        match probe {
            CoroutineResult::Return(r) => {
                recycle(fiber);
                r?;
            }
            // Thread 0 parked: the whole workgroup runs in lock-step.
            CoroutineResult::Yield(park) if base == 0 => {
                return run_fibers(entry, args_ptr, ids, state, Some((fiber, park, first_call)), true);
            }
            // A later subgroup's lane 0 parked at a barrier that thread 0
            // finished without reaching.
            CoroutineResult::Yield(Park::Barrier) => {
                abort(fiber);
                let [x, y, z] = lanes[0];
                return Err(PanicReport {
                    message: std::format!(
                        "barrier divergence: thread ({x},{y},{z}) reached a barrier that thread (0,0,0) of its \
                         workgroup finished without reaching"
                    ),
                    local: lanes[0],
                    group,
                    file: None,
                    line: 0,
                    column: 0,
                });
            }
            // A later subgroup calls subgroup operations: its lanes run in
            // lock-step (a barrier among them would be divergence).
            CoroutineResult::Yield(park) => {
                run_fibers(entry, args_ptr, lanes, state, Some((fiber, park, first_call)), false)?;
                continue;
            }
        }
        // One unwind guard for the other lanes: the panic hook records which
        // thread panicked.
        let r = catch_unwind(AssertUnwindSafe(|| {
            for &local in &lanes[1..] {
                STATE.with(|s| s.set(state(local)));
                // SAFETY: the slots describe live buffers for the whole launch.
                unsafe { entry(args_ptr) };
            }
        }));
        if r.is_err() {
            return Err(take_panic());
        }
    }
    drop(shared);
    Ok(())
}

/// Unwinds a parked fiber that will never be released.
fn abort(mut fiber: Fiber) {
    ABORTING.with(|a| a.set(true));
    if let CoroutineResult::Return(_) = fiber.resume(()) {
        recycle(fiber);
    }
    ABORTING.with(|a| a.set(false));
    LAST_PANIC.with(|p| p.borrow_mut().take());
}

/// Local ids of a workgroup in x-fastest order.
fn thread_ids(size: [u32; 3]) -> Vec<[u32; 3]> {
    (0..size[2])
        .flat_map(|z| (0..size[1]).flat_map(move |y| (0..size[0]).map(move |x| [x, y, z])))
        .collect()
}

type Fiber = Coroutine<(), Park, Result<(), PanicReport>, DefaultStack>;

fn new_fiber(entry: unsafe fn(*const ArgSlot), args: *const ArgSlot) -> Fiber {
    let stack = STACKS
        .with(|s| s.borrow_mut().pop())
        .unwrap_or_else(|| DefaultStack::new(FIBER_STACK_BYTES).expect("cannot allocate a fiber stack"));
    let args = args as usize;
    Coroutine::with_stack(stack, move |yielder: &Yielder<(), Park>, ()| {
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

/// A fiber of [`run_fibers`] and where it stands.
enum FiberState {
    /// Ready to resume.
    Runnable(Fiber),
    /// Parked at a barrier or a subgroup operation.
    Parked(Fiber, Park),
    /// Returned.
    Done,
}

impl FiberState {
    fn park(&self) -> Option<Park> {
        match self {
            FiberState::Parked(_, p) => Some(*p),
            _ => None,
        }
    }
}

/// Runs a workgroup's threads as fibers in lock-step: every runnable fiber
/// runs until it parks or returns; then each subgroup whose lanes all wait
/// at the same operation gets its results; when every thread waits at the
/// barrier, the barrier opens. `started` is the first thread, already parked
/// once. `threads` is the whole workgroup (`whole`), or one subgroup whose
/// workgroup's other threads have returned (a barrier is then divergence).
fn run_fibers(
    entry: unsafe fn(*const ArgSlot),
    args: *const ArgSlot,
    threads: &[[u32; 3]],
    state: impl Fn([u32; 3]) -> ThreadState,
    started: Option<(Fiber, Park, LaneCall)>,
    whole: bool,
) -> Result<(), PanicReport> {
    let mut calls: Vec<LaneCall> = std::vec![LaneCall::empty(); threads.len()];
    let mut fibers: Vec<FiberState> = Vec::with_capacity(threads.len());
    match started {
        Some((fiber, park, call)) => {
            calls[0] = call;
            fibers.push(FiberState::Parked(fiber, park));
        }
        None => fibers.push(FiberState::Runnable(new_fiber(entry, args))),
    }
    for _ in 1..threads.len() {
        fibers.push(FiberState::Runnable(new_fiber(entry, args)));
    }
    let group = state(threads[0]).group;
    let mut result = Ok(());
    loop {
        for (i, slot) in fibers.iter_mut().enumerate() {
            let FiberState::Runnable(fiber) = slot else { continue };
            STATE.with(|s| s.set(state(threads[i])));
            CALL_SLOT.with(|s| s.set(&mut calls[i]));
            let step = fiber.resume(());
            CALL_SLOT.with(|s| s.set(core::ptr::null_mut()));
            let taken = core::mem::replace(slot, FiberState::Done);
            let FiberState::Runnable(fiber) = taken else {
                unreachable!("matched above")
            };
            match step {
                CoroutineResult::Yield(park) => *slot = FiberState::Parked(fiber, park),
                CoroutineResult::Return(r) => {
                    recycle(fiber);
                    if let (Err(p), Ok(())) = (r, &result) {
                        result = Err(p);
                    }
                }
            }
        }
        if result.is_err() {
            break;
        }
        if fibers.iter().all(|f| matches!(f, FiberState::Done)) {
            return Ok(());
        }
        match release(&mut fibers, &mut calls, threads, group, whole) {
            Ok(()) => {}
            Err(report) => {
                result = Err(report);
                break;
            }
        }
    }
    // A thread panicked, or threads wait for others that will never come (on
    // a GPU they would wait forever too): unwind every parked fiber (`park`
    // sees ABORTING and unwinds into the fiber's catch_unwind).
    ABORTING.with(|a| a.set(true));
    for slot in fibers.iter_mut() {
        if let FiberState::Parked(mut fiber, _) | FiberState::Runnable(mut fiber) =
            core::mem::replace(slot, FiberState::Done)
        {
            if let CoroutineResult::Return(_) = fiber.resume(()) {
                recycle(fiber);
            }
        }
    }
    ABORTING.with(|a| a.set(false));
    LAST_PANIC.with(|p| p.borrow_mut().take());
    result
}

/// Makes parked fibers runnable: subgroups whose lanes all wait at the same
/// operation (their results computed), else everyone at the barrier. Fails
/// when nothing can go on.
fn release(
    fibers: &mut [FiberState],
    calls: &mut [LaneCall],
    threads: &[[u32; 3]],
    group: [u32; 3],
    whole: bool,
) -> Result<(), PanicReport> {
    let report = |message: String, thread: usize, call: Option<&LaneCall>| PanicReport {
        message,
        local: threads[thread],
        group,
        file: call.map(|c| c.location.file().to_string()),
        line: call.map_or(0, |c| c.location.line()),
        column: call.map_or(0, |c| c.location.column()),
    };
    let lanes = SUBGROUP_SIZE as usize;
    let mut released = false;
    let mut stuck: Option<usize> = None;
    for base in (0..fibers.len()).step_by(lanes) {
        let end = (base + lanes).min(fibers.len());
        let members = base..end;
        let waiting: Vec<usize> = members
            .clone()
            .filter(|&i| fibers[i].park() == Some(Park::Subgroup))
            .collect();
        let Some(&first) = waiting.first() else { continue };
        let call = calls[first];
        if let Some(other) = waiting.iter().copied().find(|&i| !calls[i].same_call(&call)) {
            let o = &calls[other];
            return Err(report(
                format!(
                    "non-uniform subgroup operations: lanes of subgroup {} called subgroup::{} at {} and \
                     subgroup::{} at {} (every lane of a subgroup must make the same call together)",
                    base / lanes,
                    call.op,
                    call.location,
                    o.op,
                    o.location
                ),
                other,
                Some(o),
            ));
        }
        if waiting.len() < members.len() {
            if members.clone().any(|i| matches!(fibers[i], FiberState::Done)) {
                let gone: Vec<usize> = members
                    .clone()
                    .filter(|&i| matches!(fibers[i], FiberState::Done))
                    .map(|i| i - base)
                    .collect();
                return Err(report(
                    format!(
                        "subgroup::{} reached in non-uniform control flow: lanes {} of subgroup {} returned \
                         while the others call it (every lane of a subgroup must call it together)",
                        call.op,
                        ranges(&gone),
                        base / lanes
                    ),
                    first,
                    Some(&call),
                ));
            }
            // Others of the subgroup wait at the barrier.
            stuck.get_or_insert(first);
            continue;
        }
        (call.compute)(&mut calls[members.clone()]).map_err(|m| report(m, first, Some(&call)))?;
        for i in members {
            let taken = core::mem::replace(&mut fibers[i], FiberState::Done);
            if let FiberState::Parked(f, _) = taken {
                fibers[i] = FiberState::Runnable(f);
            }
        }
        released = true;
    }
    if released {
        return Ok(());
    }
    if let Some(first) = stuck {
        let call = calls[first];
        return Err(report(
            format!(
                "barrier divergence: lanes of subgroup {} wait at subgroup::{} ({}) while others of the \
                 subgroup wait at the barrier",
                first / lanes,
                call.op,
                call.location
            ),
            first,
            Some(&call),
        ));
    }
    // Every thread still running waits at the barrier.
    if !whole || fibers.iter().any(|f| matches!(f, FiberState::Done)) {
        return Err(report(
            "barrier divergence: some threads of the workgroup returned while others wait at a barrier".to_string(),
            0,
            None,
        ));
    }
    for f in fibers.iter_mut() {
        let taken = core::mem::replace(f, FiberState::Done);
        if let FiberState::Parked(fiber, _) = taken {
            *f = FiberState::Runnable(fiber);
        }
    }
    Ok(())
}

/// `[0, 1, 2, 5]` as "0-2, 5".
fn ranges(lanes: &[usize]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lanes.len() {
        let start = lanes[i];
        let mut end = start;
        while i + 1 < lanes.len() && lanes[i + 1] == end + 1 {
            i += 1;
            end = lanes[i];
        }
        out.push(if start == end {
            start.to_string()
        } else {
            std::format!("{start}-{end}")
        });
        i += 1;
    }
    out.join(", ")
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
