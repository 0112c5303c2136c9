//! The CPU executor: runs a launch with GPU semantics.
//!
//! Workgroups run one after another on the calling thread ([`Mode::Ordered`]),
//! on every core ([`Mode::Parallel`], the `cpu-mt` backend), or on every core
//! where their order cannot change the result ([`Mode::Reference`], the
//! reference every backend is compared with).
//!
//! **Compiled thread loops.** Besides a one-thread entry, `#[kernel]`
//! generates a span entry that runs whole workgroups: [`run_span`] loops over
//! workgroups and local ids around the inlined kernel, so thread coordinates
//! are loop variables to LLVM and barrier-free kernels compile like a plain
//! loop over elements. Where every buffer holds as many elements as the grid
//! has threads, a second copy of the loop tells LLVM so (`global_index()` is
//! below that count), which removes the bounds checks of `buf[i]` and lets
//! the loop vectorise.
//!
//! **Lock-step where a thread waits for others.** Spans run on a fiber (a
//! corosensei coroutine). When a thread reaches a [`barrier`] or a subgroup
//! operation ([`subgroup_call`]), its fiber parks and the executor takes its
//! workgroup over: the threads after it start on fibers of their own and run
//! in lock-step. A barrier holds each fiber until every thread of the
//! workgroup parked there; a subgroup operation holds it until every lane of
//! its subgroup ([`SUBGROUP_SIZE`] consecutive threads) parked at the same
//! call, then the executor computes every lane's result at once. The threads
//! before the parked one returned without parking: for a barrier that is
//! divergence unless the parked thread is the workgroup's first, for a
//! subgroup operation unless it is its subgroup's first lane. Once the
//! workgroup is done, the next workgroups run in the thread loop again.
//! Fibers are pooled per OS thread and never move to another, so the
//! thread-local addresses LLVM keeps across calls stay right.
//!
//! **The reference on every core.** In [`Mode::Reference`] workgroups run in
//! parallel unless the kernel is known to need their order. A kernel needs it
//! when it makes an atomic on memory beyond its workgroup's (the order of
//! such atomics can change results) or panics (the report must name the
//! first thread in order). The launch then stops with [`Stop::Rerun`] and the
//! kernel runs in order from then on: the caller runs its case again from
//! the inputs.

use super::{races, ArgSlot, KernelDesc, ParamKind, KERNELS};
use crate::arch::{ThreadState, STATE};
use core::cell::{Cell, RefCell};
use core::panic::Location;
use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use rayon::prelude::*;
use std::boxed::Box;
use std::format;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::string::{String, ToString};
use std::sync::OnceLock;
use std::vec::Vec;

mod lockstep;

use lockstep::LockStep;

/// Stack size of one kernel-thread fiber (more for the race checker's build,
/// whose instrumented code keeps more on the stack).
const FIBER_STACK_BYTES: usize = if super::races::CHECKING {
    1024 * 1024
} else {
    256 * 1024
};

/// Lanes per subgroup on the CPU backends (as on NVIDIA GPUs).
pub const SUBGROUP_SIZE: u32 = 32;

/// Threads per chunk of workgroups that one core takes at a time, at most:
/// enough to make the chunk's setup negligible, few enough to balance cores.
const CHUNK_THREADS: u64 = 1 << 16;

/// How a launch runs its workgroups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// One after another on the calling thread, in order of their linear id.
    Ordered,
    /// On every core, in any order.
    Parallel,
    /// On every core where their order cannot change the result, else in
    /// order (see the module documentation).
    Reference,
}

impl Mode {
    /// The mode's number in the C ABI.
    pub fn from_abi(mode: u32) -> Option<Mode> {
        match mode {
            0 => Some(Mode::Ordered),
            1 => Some(Mode::Parallel),
            2 => Some(Mode::Reference),
            _ => None,
        }
    }
}

/// Why a launch did not complete.
#[derive(Clone, Debug)]
pub enum Stop {
    /// A kernel thread panicked (or broke the rules of barriers or subgroups).
    Panic(PanicReport),
    /// The reference ran workgroups in parallel, and the kernel turned out to
    /// need their order: run the case again from its inputs.
    Rerun,
}

impl Stop {
    /// The panic report, if it is one.
    pub fn panic(self) -> Option<PanicReport> {
        match self {
            Stop::Panic(p) => Some(p),
            Stop::Rerun => None,
        }
    }
}

/// Whole workgroups for one call of a kernel's span entry (`x` fastest).
#[derive(Clone, Copy, Debug)]
pub struct Span {
    /// `num_workgroups`.
    pub groups: [u32; 3],
    /// The first workgroup.
    pub first: [u32; 3],
    /// How many workgroups, from `first` on.
    pub count: u64,
    /// The workgroup's shared memory (`[start, end)`), when the kernel has
    /// any: then a span is one workgroup.
    pub shared: [usize; 2],
}

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

impl PanicReport {
    /// A report of the executor's own (divergence...), at the kernel's
    /// `location` when it has one.
    fn new(message: String, local: [u32; 3], group: [u32; 3], location: Option<&Location<'_>>) -> PanicReport {
        PanicReport {
            message,
            local,
            group,
            file: location.map(|l| l.file().to_string()),
            line: location.map_or(0, |l| l.line()),
            column: location.map_or(0, |l| l.column()),
        }
    }
}

/// What a fiber runs.
#[derive(Clone, Copy)]
enum Job {
    /// One thread, through the kernel's one-thread entry.
    Thread {
        entry: unsafe fn(*const ArgSlot),
        args: *const ArgSlot,
    },
    /// Whole workgroups, through the kernel's span entry.
    Span {
        threads: unsafe fn(*const ArgSlot, &Span),
        args: *const ArgSlot,
        span: Span,
    },
}

impl Job {
    /// # Safety
    /// The argument slots describe live buffers for the whole launch.
    unsafe fn run(self) {
        match self {
            // SAFETY: the caller's contract.
            Job::Thread { entry, args } => unsafe { entry(args) },
            // SAFETY: as above.
            Job::Span { threads, args, span } => unsafe { threads(args, &span) },
        }
    }
}

/// What the executor tells a fiber as it resumes it. (Small: a resume moves
/// it through the coroutine, and workgroups in lock-step resume fibers
/// millions of times.)
#[derive(Clone, Copy)]
enum Resume {
    /// Run the job in this OS thread's [`JOB`] slot (to a fiber of the
    /// pool, idle between jobs).
    Start,
    /// Go on past the barrier or subgroup operation it parked at.
    Go,
    /// Unwind: the workgroup failed, the fiber's thread will never go on.
    Abort,
}

/// What a fiber tells the executor as it suspends.
#[derive(Clone, Copy)]
enum Event {
    /// Its thread parked.
    Parked(Park),
    /// Its job returned; the fiber is idle.
    Returned,
    /// Its job panicked, the report in this OS thread's [`REPORT`] slot;
    /// the fiber is idle.
    Panicked,
    /// Its job was unwound by [`Resume::Abort`]; the fiber is idle.
    Aborted,
}

type Fiber = Coroutine<Resume, Event, (), FiberStack>;

/// A fiber's stack, its top a different distance below its mapping's end
/// for each fiber. The fibers of a workgroup in lock-step run one after
/// another, each touching the top of its own stack; mappings start on page
/// boundaries, so equal tops would share cache sets and evict each other at
/// every switch.
struct FiberStack {
    mapping: DefaultStack,
    /// Bytes between the mapping's end and the stack's top.
    offset: usize,
}

impl FiberStack {
    fn new() -> FiberStack {
        /// Seventeen cache lines: consecutive fibers' tops fall into
        /// different sets of every cache level.
        const STEP: usize = 17 * 64;
        static CREATED: AtomicU64 = AtomicU64::new(0);
        let n = CREATED.fetch_add(1, Ordering::Relaxed) as usize;
        FiberStack {
            mapping: DefaultStack::new(FIBER_STACK_BYTES).expect("cannot allocate a fiber stack"),
            offset: n * STEP % (64 * 1024),
        }
    }
}

// SAFETY: the base lies inside the mapping, below its end by a multiple of
// the stack alignment (64 KiB at most of the 256 KiB); the limit is the
// mapping's, guard page included.
unsafe impl corosensei::stack::Stack for FiberStack {
    fn base(&self) -> corosensei::stack::StackPointer {
        let base = self.mapping.base().get() - self.offset;
        corosensei::stack::StackPointer::new(base).expect("inside the mapping")
    }

    fn limit(&self) -> corosensei::stack::StackPointer {
        self.mapping.limit()
    }

    #[cfg(windows)]
    fn teb_fields(&self) -> corosensei::stack::StackTebFields {
        self.mapping.teb_fields()
    }

    #[cfg(windows)]
    fn update_teb_fields(&mut self, stack_limit: usize, guaranteed_stack_bytes: usize) {
        self.mapping.update_teb_fields(stack_limit, guaranteed_stack_bytes)
    }
}

std::thread_local! {
    static YIELDER: Cell<*const Yielder<Resume, Event>> = const { Cell::new(core::ptr::null()) };
    /// The [`LaneCall`] slot of the fiber running on this OS thread.
    static CALL_SLOT: Cell<*mut LaneCall> = const { Cell::new(core::ptr::null_mut()) };
    /// Set when the executor took over the workgroup of the span running on
    /// this OS thread: [`run_span`] returns once the parked thread is done.
    static TAKEN: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<PanicReport>> = const { RefCell::new(None) };
    /// Idle fibers of this OS thread.
    static POOL: RefCell<Vec<Fiber>> = const { RefCell::new(Vec::new()) };
    /// The job of the next [`Resume::Start`].
    static JOB: Cell<Option<Job>> = const { Cell::new(None) };
    /// The report of the last [`Event::Panicked`].
    static REPORT: RefCell<Option<PanicReport>> = const { RefCell::new(None) };
    /// Set by an atomic on memory beyond the workgroup's, for the launch
    /// running on this OS thread (see [`Mode::Reference`]).
    static GLOBAL_ATOMICS: Cell<*const AtomicBool> = const { Cell::new(core::ptr::null()) };
}

/// Workgroups done and in all, of the launch running now.
static PROGRESS: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];

/// The payload that unwinds a fiber whose thread will never go on.
struct AbortFiber;

/// Installs the panic hook that records kernel panics (message, thread,
/// location) instead of printing them. The cdylib has its own `std`, so this
/// hook sees only panics of the kernel crate.
pub fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let state = STATE.with(|s| s.get());
            let message = info
                .payload_as_str()
                .map(|s| s.to_string())
                .unwrap_or_else(|| "panic with a non-string payload".to_string());
            let report = PanicReport::new(message, state.local, state.group, info.location());
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(report));
        }));
    });
}

/// Called by atomics on memory beyond the running workgroup's.
#[inline]
pub fn note_global_atomic() {
    let flag = GLOBAL_ATOMICS.with(|f| f.get());
    // SAFETY: set by `launch` to a flag that outlives the chunk running here.
    if let Some(flag) = unsafe { flag.as_ref() } {
        if !flag.load(Ordering::Relaxed) {
            flag.store(true, Ordering::Relaxed);
        }
    }
}

/// Workgroups done and in all, of the launch running in this process now
/// (for progress reports from another thread).
pub fn progress() -> (u64, u64) {
    (PROGRESS[0].load(Ordering::Relaxed), PROGRESS[1].load(Ordering::Relaxed))
}

/// The thread loop of a kernel's span entry: calls `thread` once for every
/// thread of the span's workgroups, in order (`x` fastest), with the
/// coordinates set before each call. Returns early when the executor took a
/// workgroup over (see the module documentation): the thread that parked
/// finished in lock-step, and so did the rest of its workgroup.
///
/// # Safety
/// Only for the span entries that `#[kernel]` generates, run by the executor;
/// `threads` is `grid_threads(span.groups, [X, Y, Z])`, which the kernel's
/// `global_index()` takes as a fact.
#[inline(always)]
pub unsafe fn run_span<const X: u32, const Y: u32, const Z: u32>(
    span: &Span,
    threads: usize,
    mut thread: impl FnMut(),
) {
    let state = STATE.with(|s| s.as_ptr());
    let taken = TAKEN.with(|t| t.as_ptr());
    // SAFETY: thread-local cells of this OS thread, which the running fiber
    // never leaves; nothing else holds a reference into them.
    unsafe {
        (*state).size = [X, Y, Z];
        (*state).groups = span.groups;
        (*state).shared = span.shared;
        (*state).threads = threads;
        let mut group = span.first;
        for _ in 0..span.count {
            (*state).group = group;
            for z in 0..Z {
                for y in 0..Y {
                    for x in 0..X {
                        (*state).local = [x, y, z];
                        run_thread(&mut thread);
                        if *taken {
                            return;
                        }
                    }
                }
            }
            group = next_group(group, span.groups);
        }
    }
}

/// Runs one thread of [`run_span`]'s loop. The race checker's build calls
/// it through a pointer the optimizer cannot see through, so that each
/// thread's accesses stay its own: inlined into the loop, a thread's load
/// and the next thread's store of one element become one load before the
/// loop and one store after it.
#[inline(always)]
fn run_thread(thread: &mut impl FnMut()) {
    if races::CHECKING {
        let thread: &mut dyn FnMut() = core::hint::black_box(thread);
        thread();
    } else {
        thread();
    }
}

/// The workgroup after `group` (`x` fastest).
#[inline(always)]
fn next_group(mut group: [u32; 3], groups: [u32; 3]) -> [u32; 3] {
    group[0] += 1;
    if group[0] == groups[0] {
        group[0] = 0;
        group[1] += 1;
        if group[1] == groups[1] {
            group[1] = 0;
            group[2] += 1;
        }
    }
    group
}

/// Called by [`crate::barrier`] on the host.
pub fn barrier() {
    park(Park::Barrier, "barrier()");
    races::barrier_passed();
}

/// Parks the running fiber until the executor lets it go on; unwinds it
/// when its workgroup failed.
fn park(why: Park, what: &str) {
    let yielder = YIELDER.with(|y| y.get());
    if yielder.is_null() {
        panic!("{what} called outside a kernel launch");
    }
    // SAFETY: the pointer was set by the fiber running on this OS thread, whose
    // yielder outlives every suspension of that fiber.
    let resume = unsafe { (*yielder).suspend(Event::Parked(why)) };
    // Other fibers ran meanwhile and replaced the thread-local pointer.
    YIELDER.with(|y| y.set(yielder));
    match resume {
        Resume::Go => {}
        Resume::Abort => resume_unwind(Box::new(AbortFiber)),
        Resume::Start => unreachable!("a parked fiber is resumed with Go or Abort"),
    }
}

/// Runs a subgroup operation: parks this lane until every lane of its
/// subgroup made the same call, and returns this lane's result
/// ([`LaneCall::value`] after [`LaneCall::compute`]).
pub fn subgroup_call(call: LaneCall) -> LaneCall {
    let slot = CALL_SLOT.with(|s| s.get());
    if slot.is_null() {
        panic!("subgroup::{} called outside a kernel launch", call.op);
    }
    // SAFETY: the executor points the slot at this fiber's entry of the
    // workgroup's call table before it resumes the fiber.
    unsafe { *slot = call };
    park(Park::Subgroup, call.op);
    // The executor computed the result into this fiber's entry, and points
    // the slot at it before every resume.
    let slot = CALL_SLOT.with(|s| s.get());
    // SAFETY: as above.
    unsafe { *slot }
}

/// The linear id of the running thread in its workgroup (`x` fastest).
#[inline(always)]
pub fn linear_local_id() -> u32 {
    let s = STATE.with(|s| s.get());
    s.local[0] + s.size[0] * (s.local[1] + s.size[1] * s.local[2])
}

/// Runs one launch: `groups` workgroups of the kernel's workgroup size.
///
/// `args` holds one slot per parameter; shared-array slots are filled here,
/// per workgroup.
pub fn launch(kernel: &KernelDesc, groups: [u32; 3], args: &[ArgSlot], mode: Mode) -> Result<(), Stop> {
    install_panic_hook();
    let run = Run::new(kernel, groups, args);
    if !races::CHECKING {
        return run.launch(mode);
    }
    // A checked launch runs its workgroups in order, on this thread.
    races::launch_begin(kernel, groups, args, &run.shared_arrays());
    let result = run.launch(Mode::Ordered);
    races::launch_end();
    result
}

/// Per kernel of [`KERNELS`]: whether the reference runs its workgroups in
/// order.
fn order_flags() -> &'static [AtomicBool] {
    static FLAGS: OnceLock<Vec<AtomicBool>> = OnceLock::new();
    FLAGS.get_or_init(|| KERNELS.iter().map(|_| AtomicBool::new(false)).collect())
}

fn needs_order(kernel: &KernelDesc) -> bool {
    match KERNELS.iter().position(|k| core::ptr::eq(k, kernel)) {
        Some(i) => order_flags()[i].load(Ordering::Relaxed),
        None => true,
    }
}

fn mark_ordered(kernel: &KernelDesc) {
    if let Some(i) = KERNELS.iter().position(|k| core::ptr::eq(k, kernel)) {
        order_flags()[i].store(true, Ordering::Relaxed);
    }
}

/// A launch being run: what every chunk of workgroups needs.
struct Run<'a> {
    kernel: &'a KernelDesc,
    groups: [u32; 3],
    args: &'a [ArgSlot],
    /// (parameter index, byte offset) of each shared array.
    shared_slots: Vec<(usize, usize)>,
    /// Bytes of shared memory per workgroup.
    shared_bytes: usize,
    /// Local ids of a workgroup in `x`-fastest order.
    ids: Vec<[u32; 3]>,
}

impl<'a> Run<'a> {
    fn new(kernel: &'a KernelDesc, groups: [u32; 3], args: &'a [ArgSlot]) -> Run<'a> {
        let mut shared_slots = Vec::new();
        let mut shared_bytes = 0usize;
        for (i, p) in kernel.params.iter().enumerate() {
            if let ParamKind::Shared { elem, len } = &p.kind {
                let align = elem.align.max(32);
                shared_bytes = shared_bytes.div_ceil(align) * align;
                shared_slots.push((i, shared_bytes));
                shared_bytes += elem.size * len;
            }
        }
        let [x, y, z] = kernel.workgroup_size;
        let ids = (0..z)
            .flat_map(|z| (0..y).flat_map(move |y| (0..x).map(move |x| [x, y, z])))
            .collect();
        Run {
            kernel,
            groups,
            args,
            shared_slots,
            shared_bytes,
            ids,
        }
    }

    /// Runs the launch in `mode`.
    fn launch(&self, mode: Mode) -> Result<(), Stop> {
        let kernel = self.kernel;
        let count = self.groups.iter().map(|&g| g as u64).product::<u64>();
        let per_group = kernel.workgroup_size.iter().map(|&t| t as u64).product::<u64>();
        PROGRESS[0].store(0, Ordering::Relaxed);
        PROGRESS[1].store(count, Ordering::Relaxed);
        let parallel = match mode {
            Mode::Ordered => false,
            Mode::Parallel => true,
            Mode::Reference => !needs_order(kernel),
        };
        let chunk = if parallel {
            let cores = rayon::current_num_threads() as u64;
            count.div_ceil(cores * 8).min((CHUNK_THREADS / per_group).max(1)).max(1)
        } else {
            (CHUNK_THREADS / per_group).max(1)
        };
        let chunks = count.div_ceil(chunk);
        let atomics = AtomicBool::new(false);
        let run_chunk = |c: u64| {
            let first = c * chunk;
            GLOBAL_ATOMICS.with(|f| f.set(&atomics));
            let r = self.chunk(first, chunk.min(count - first));
            GLOBAL_ATOMICS.with(|f| f.set(core::ptr::null()));
            PROGRESS[0].fetch_add(chunk.min(count - first), Ordering::Relaxed);
            r
        };
        if !parallel {
            return (0..chunks).try_for_each(run_chunk).map_err(Stop::Panic);
        }
        if mode != Mode::Reference {
            return (0..chunks).into_par_iter().try_for_each(run_chunk).map_err(Stop::Panic);
        }
        let result = (0..chunks).into_par_iter().try_for_each(run_chunk);
        if result.is_err() || atomics.load(Ordering::Relaxed) {
            mark_ordered(kernel);
            return Err(Stop::Rerun);
        }
        Ok(())
    }

    /// The launch's workgroup arrays, for the race checker.
    fn shared_arrays(&self) -> Vec<races::SharedArray> {
        self.shared_slots
            .iter()
            .filter_map(|&(param, offset)| match &self.kernel.params[param].kind {
                ParamKind::Shared { elem, len } => Some(races::SharedArray {
                    name: self.kernel.params[param].name,
                    offset,
                    elem: elem.size,
                    len: *len,
                }),
                _ => None,
            })
            .collect()
    }

    /// The workgroup with linear id `i` (`x` fastest).
    fn group_of(&self, i: u64) -> [u32; 3] {
        let [gx, gy, _] = self.groups.map(|g| g as u64);
        [(i % gx) as u32, ((i / gx) % gy) as u32, (i / (gx * gy)) as u32]
    }

    /// Runs workgroups `first..first + count` on this OS thread, in order.
    fn chunk(&self, first: u64, count: u64) -> Result<(), PanicReport> {
        if self.shared_slots.is_empty() {
            return self.span(self.args.as_ptr(), first, count, [0, 0]);
        }
        // Workgroup memory: zeroed for every workgroup, 16-byte aligned.
        let mut shared = std::vec![0u128; self.shared_bytes.div_ceil(16).max(1)];
        let base = shared.as_mut_ptr() as *mut u8;
        let range = [base as usize, base as usize + self.shared_bytes];
        let mut args: Vec<ArgSlot> = self.args.to_vec();
        for &(param, offset) in &self.shared_slots {
            // SAFETY: offset is inside the allocation (computed from the layout).
            args[param].ptr = unsafe { base.add(offset) };
        }
        for group in first..first + count {
            if group != first {
                races::ignored(|| shared.fill(0));
            }
            self.span(args.as_ptr(), group, 1, range)?;
        }
        Ok(())
    }

    /// Runs workgroups `first..first + count` through the kernel's span
    /// entry on a fiber, taking over each workgroup where a thread parks.
    fn span(&self, args: *const ArgSlot, mut first: u64, count: u64, shared: [usize; 2]) -> Result<(), PanicReport> {
        let end = first + count;
        while first < end {
            let span = Span {
                groups: self.groups,
                first: self.group_of(first),
                count: end - first,
                shared,
            };
            let mut fiber = take_fiber();
            let mut call = LaneCall::empty();
            TAKEN.with(|t| t.set(false));
            CALL_SLOT.with(|s| s.set(&mut call));
            let event = start(
                &mut fiber,
                Job::Span {
                    threads: self.kernel.threads,
                    args,
                    span,
                },
            );
            CALL_SLOT.with(|s| s.set(core::ptr::null_mut()));
            match event {
                Event::Parked(park) => {
                    let state = STATE.with(|s| s.get());
                    TAKEN.with(|t| t.set(true));
                    let r = self.take_over(args, fiber, park, call, state);
                    TAKEN.with(|t| t.set(false));
                    r?;
                    let [x, y, z] = state.group.map(|g| g as u64);
                    let [gx, gy, _] = self.groups.map(|g| g as u64);
                    first = x + gx * (y + gy * z) + 1;
                }
                finished => {
                    give_fiber(fiber);
                    return outcome(finished);
                }
            }
        }
        Ok(())
    }

    /// Runs the rest of a workgroup whose thread parked in the thread loop
    /// (on `fiber`, at `park`, with `call` when at a subgroup operation).
    fn take_over(
        &self,
        args: *const ArgSlot,
        fiber: Fiber,
        park: Park,
        call: LaneCall,
        state: ThreadState,
    ) -> Result<(), PanicReport> {
        let [x, y, z] = state.local;
        let [sx, sy, _] = state.size;
        let t = (x + sx * (y + sy * z)) as usize;
        let lane0 = t - t % SUBGROUP_SIZE as usize;
        let diverged = match park {
            Park::Barrier if t > 0 => Some(format!(
                "barrier divergence: thread ({x},{y},{z}) reached a barrier that thread (0,0,0) of its workgroup \
                 finished without reaching"
            )),
            Park::Subgroup if t > lane0 => {
                let [lx, ly, lz] = self.ids[lane0];
                Some(format!(
                    "subgroup::{} reached in non-uniform control flow: thread ({x},{y},{z}) reached it at {}, but \
                     thread ({lx},{ly},{lz}), lane 0 of its subgroup, finished without reaching it (every lane of a \
                     subgroup must call it together)",
                    call.op, call.location
                ))
            }
            _ => None,
        };
        if let Some(message) = diverged {
            abort(fiber);
            let location = (park == Park::Subgroup).then_some(call.location);
            return Err(PanicReport::new(message, state.local, state.group, location));
        }
        let lock_step = LockStep {
            entry: self.kernel.entry,
            args,
            threads: &self.ids[t..],
            state,
            whole: t == 0,
        };
        lock_step.run(fiber, park, call)
    }
}

/// A fiber from this OS thread's pool, or a new one.
fn take_fiber() -> Fiber {
    POOL.with(|p| p.borrow_mut().pop()).unwrap_or_else(new_fiber)
}

fn give_fiber(fiber: Fiber) {
    POOL.with(|p| p.borrow_mut().push(fiber));
}

fn new_fiber() -> Fiber {
    Coroutine::with_stack(
        FiberStack::new(),
        |yielder: &Yielder<Resume, Event>, mut input: Resume| loop {
            let event = match (input, JOB.with(|j| j.take())) {
                (Resume::Start, Some(job)) => {
                    YIELDER.with(|y| y.set(yielder as *const _));
                    // SAFETY: the executor starts jobs over live buffers only.
                    let r = catch_unwind(AssertUnwindSafe(|| unsafe { job.run() }));
                    YIELDER.with(|y| y.set(core::ptr::null()));
                    match r {
                        Ok(()) => Event::Returned,
                        Err(payload) if payload.is::<AbortFiber>() => Event::Aborted,
                        Err(_) => {
                            let report = take_panic();
                            REPORT.with(|r| *r.borrow_mut() = Some(report));
                            Event::Panicked
                        }
                    }
                }
                _ => Event::Returned,
            };
            input = yielder.suspend(event);
        },
    )
}

/// Starts `job` on an idle fiber.
fn start(fiber: &mut Fiber, job: Job) -> Event {
    JOB.with(|j| j.set(Some(job)));
    resume(fiber, Resume::Start)
}

fn resume(fiber: &mut Fiber, input: Resume) -> Event {
    match fiber.resume(input) {
        CoroutineResult::Yield(event) => event,
        CoroutineResult::Return(()) => unreachable!("pool fibers loop forever"),
    }
}

/// What a finished job's event means for the workgroup.
fn outcome(event: Event) -> Result<(), PanicReport> {
    match event {
        Event::Panicked => Err(REPORT.with(|r| r.borrow_mut().take()).unwrap_or_else(take_panic)),
        Event::Aborted => Err(PanicReport::new("aborted".to_string(), [0; 3], [0; 3], None)),
        Event::Returned | Event::Parked(_) => Ok(()),
    }
}

/// Unwinds a parked fiber whose thread will never go on, and pools it.
fn abort(mut fiber: Fiber) {
    match resume(&mut fiber, Resume::Abort) {
        // A thread that parks again while unwinding (a barrier in a `Drop`)
        // keeps its fiber: drop it, unwinding it for good.
        Event::Parked(_) => drop(fiber),
        _ => give_fiber(fiber),
    }
    LAST_PANIC.with(|p| p.borrow_mut().take());
    REPORT.with(|r| r.borrow_mut().take());
}

/// The report of the last panic on this thread (recorded by the hook).
pub fn take_panic_report() -> PanicReport {
    take_panic()
}

fn take_panic() -> PanicReport {
    LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| {
        let s = STATE.with(|s| s.get());
        PanicReport::new("kernel panicked".to_string(), s.local, s.group, None)
    })
}
