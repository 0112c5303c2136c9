//! Host intrinsics: thread coordinates live in thread-local state that the CPU
//! executor ([`crate::host::exec`]) sets before it runs each kernel thread.
//! In the compiled thread loops the executor writes it in the loop that calls
//! the inlined kernel, so LLVM forwards the stores to the kernel's reads and
//! the coordinates become loop variables.

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
    /// The workgroup's shared memory, `[start, end)` addresses: atomics
    /// outside it touch memory other workgroups see.
    pub shared: [usize; 2],
    /// The grid's threads in `x` and `y` ([`grid_threads`]), which every
    /// [`global_index`] is below.
    pub threads: usize,
}

impl ThreadState {
    /// The state outside any kernel.
    pub const IDLE: ThreadState = ThreadState {
        local: [0; 3],
        group: [0; 3],
        size: [1; 3],
        groups: [1; 3],
        shared: [0; 2],
        threads: 1,
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
        let x = s.group[0] as usize * s.size[0] as usize + s.local[0] as usize;
        let y = s.group[1] as usize * s.size[1] as usize + s.local[1] as usize;
        let index = x + y * (s.groups[0] as usize * s.size[0] as usize);
        // SAFETY: the executor runs only threads inside the grid (`local <
        // size`, `group < groups` in every dimension), so `x` is below the
        // grid's width, `y` below its height and `index` below their product,
        // `threads`. Said here, it lets LLVM drop a kernel's bounds checks in
        // the thread loops that know every buffer holds that many elements
        // (`#[kernel]`'s `__loop`, which hands `run_span` the very value it
        // compared), and vectorise them.
        unsafe { core::hint::assert_unchecked(index < s.threads) };
        index
    })
}

/// The threads of a grid of `groups` workgroups of `size` in `x` and `y`:
/// a bound of every [`global_index`].
#[inline(always)]
pub fn grid_threads(groups: [u32; 3], size: [u32; 3]) -> usize {
    (groups[0] as usize * size[0] as usize) * (groups[1] as usize * size[1] as usize)
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
/// A `gpu_println!` record being built; the executor's print log takes it
/// whole at its end (see `crate::print`).
pub struct PrintRecord {
    site: &'static str,
    words: std::vec::Vec<u32>,
}

impl PrintRecord {
    #[inline(always)]
    pub fn begin(site: &'static str, words: u32) -> Option<PrintRecord> {
        let mut record = std::vec::Vec::with_capacity(words as usize);
        let s = STATE.with(|s| s.get());
        let group = s.group[0] + s.groups[0] * (s.group[1] + s.groups[1] * s.group[2]);
        let local = s.local[0] + s.size[0] * (s.local[1] + s.size[1] * s.local[2]);
        // The site words are filled in by the log, which numbers the sites.
        record.extend_from_slice(&[words, 0, 0, site.len() as u32, group, local]);
        Some(PrintRecord { site, words: record })
    }

    #[inline(always)]
    pub fn push(&mut self, word: u32) {
        self.words.push(word);
    }

    #[inline(always)]
    pub fn end(self) {
        crate::host::print::append(self.site, self.words);
    }
}

#[inline(always)]
pub fn barrier() {
    crate::host::exec::barrier();
}

/// Tells the executor about an atomic on memory other workgroups may touch
/// (anything but this workgroup's shared memory): the reference then runs
/// the kernel's workgroups in order.
#[inline(always)]
fn note_atomic(addr: usize) {
    let [start, end] = STATE.with(|s| s.get().shared);
    if !(start..end).contains(&addr) {
        crate::host::exec::note_global_atomic();
    }
}

macro_rules! host_atomics {
    ($($t:ty, $atomic:ty, $add:ident, $min:ident, $max:ident, $xchg:ident, $cas:ident;)*) => {$(
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $add(p: *mut $t, v: $t) -> $t {
            note_atomic(p as usize);
            <$atomic>::from_ptr(p).fetch_add(v, core::sync::atomic::Ordering::Relaxed)
        }
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $min(p: *mut $t, v: $t) -> $t {
            note_atomic(p as usize);
            <$atomic>::from_ptr(p).fetch_min(v, core::sync::atomic::Ordering::Relaxed)
        }
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $max(p: *mut $t, v: $t) -> $t {
            note_atomic(p as usize);
            <$atomic>::from_ptr(p).fetch_max(v, core::sync::atomic::Ordering::Relaxed)
        }
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $xchg(p: *mut $t, v: $t) -> $t {
            note_atomic(p as usize);
            <$atomic>::from_ptr(p).swap(v, core::sync::atomic::Ordering::Relaxed)
        }
        /// # Safety
        /// `p` must be a valid, aligned element that every thread accesses atomically.
        #[inline(always)]
        pub unsafe fn $cas(p: *mut $t, current: $t, new: $t) -> $t {
            note_atomic(p as usize);
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

// ---------------------------------------------------------------------------
// Subgroups: 32 lanes in lock-step on the fiber executor (see
// `crate::subgroup`), with the CUDA route's orders of addition.

use crate::host::exec::{self, LaneCall, SUBGROUP_SIZE};
use crate::subgroup::{Collective, Gather};
use core::panic::Location;

#[inline(always)]
pub fn sg_size() -> u32 {
    SUBGROUP_SIZE
}

#[inline(always)]
pub fn sg_lane() -> u32 {
    exec::linear_local_id() % SUBGROUP_SIZE
}

#[inline(always)]
pub fn sg_id() -> u32 {
    exec::linear_local_id() / SUBGROUP_SIZE
}

#[inline(always)]
pub fn sg_count() -> u32 {
    STATE.with(|s| {
        let [x, y, z] = s.get().size;
        (x * y * z).div_ceil(SUBGROUP_SIZE)
    })
}

/// A value that crosses lanes as bits.
trait LaneBits: Copy {
    fn from_lane(bits: u64) -> Self;
    fn to_lane(self) -> u64;
}
macro_rules! lane_bits {
    ($($t:ty: $from:expr, $to:expr;)*) => {$(
        impl LaneBits for $t {
            fn from_lane(bits: u64) -> Self {
                $from(bits)
            }
            fn to_lane(self) -> u64 {
                $to(self)
            }
        }
    )*};
}
lane_bits! {
    u32: |b: u64| b as u32, |v: u32| v as u64;
    i32: |b: u64| b as u32 as i32, |v: i32| v as u32 as u64;
    f32: |b: u64| f32::from_bits(b as u32), |v: f32| v.to_bits() as u64;
    f64: f64::from_bits, f64::to_bits;
}

/// Gathers move bits, whatever the type: lane `i` gets the value of the lane
/// its mode names, or keeps its own when that lane does not exist.
fn gather(lanes: &mut [LaneCall], source: impl Fn(usize, u64) -> usize) {
    let values: std::vec::Vec<u64> = lanes.iter().map(|l| l.value).collect();
    for (i, lane) in lanes.iter_mut().enumerate() {
        if let Some(v) = values.get(source(i, lane.arg)) {
            lane.value = *v;
        }
    }
}

fn gather_shuffle(lanes: &mut [LaneCall]) -> Result<(), std::string::String> {
    gather(lanes, |_, arg| arg as usize);
    Ok(())
}
fn gather_xor(lanes: &mut [LaneCall]) -> Result<(), std::string::String> {
    gather(lanes, |i, arg| i ^ arg as usize);
    Ok(())
}
fn gather_down(lanes: &mut [LaneCall]) -> Result<(), std::string::String> {
    gather(lanes, |i, arg| i.saturating_add(arg as usize));
    Ok(())
}
fn gather_up(lanes: &mut [LaneCall]) -> Result<(), std::string::String> {
    gather(lanes, |i, arg| i.checked_sub(arg as usize).unwrap_or(i));
    Ok(())
}
fn gather_first(lanes: &mut [LaneCall]) -> Result<(), std::string::String> {
    gather(lanes, |_, _| 0);
    Ok(())
}

#[track_caller]
fn gather_call(bits: u64, mode: Gather, arg: u32) -> u64 {
    let compute = match mode {
        Gather::Shuffle => gather_shuffle,
        Gather::Xor => gather_xor,
        Gather::Down => gather_down,
        Gather::Up => gather_up,
        Gather::BroadcastFirst => gather_first,
    };
    exec::subgroup_call(LaneCall::new(
        mode.name(),
        Location::caller(),
        compute,
        bits,
        arg as u64,
    ))
    .value
}

#[track_caller]
pub fn sg_gather_u32(x: u32, mode: Gather, arg: u32) -> u32 {
    gather_call(x as u64, mode, arg) as u32
}
#[track_caller]
pub fn sg_gather_f32(x: f32, mode: Gather, arg: u32) -> f32 {
    f32::from_bits(gather_call(x.to_bits() as u64, mode, arg) as u32)
}
#[track_caller]
pub fn sg_gather_f64(x: f64, mode: Gather, arg: u32) -> f64 {
    f64::from_bits(gather_call(x.to_bits(), mode, arg))
}

/// The butterfly of the CUDA route's reductions, over the lanes that exist:
/// lane `i` combines with lane `i ^ off` for off = 16, 8, 4, 2, 1; lane 0
/// then holds the whole result, which every lane gets.
fn butterfly<T: LaneBits>(lanes: &mut [LaneCall], combine: impl Fn(T, T) -> T) {
    let n = lanes.len();
    let mut v: std::vec::Vec<T> = lanes.iter().map(|l| T::from_lane(l.value)).collect();
    let mut off = SUBGROUP_SIZE as usize / 2;
    while off > 0 {
        let old = v.clone();
        for (i, x) in v.iter_mut().enumerate() {
            if i ^ off < n {
                *x = combine(old[i], old[i ^ off]);
            }
        }
        off /= 2;
    }
    for lane in lanes.iter_mut() {
        lane.value = v[0].to_lane();
    }
}

/// The Kogge–Stone ladder of the CUDA route's scans; the exclusive scan is
/// the inclusive one shifted up by a lane.
fn scan<T: LaneBits>(lanes: &mut [LaneCall], exclusive: bool, zero: T, add: impl Fn(T, T) -> T) {
    let mut s: std::vec::Vec<T> = lanes.iter().map(|l| T::from_lane(l.value)).collect();
    let mut off = 1;
    while off < SUBGROUP_SIZE as usize {
        let old = s.clone();
        for (i, x) in s.iter_mut().enumerate() {
            if i >= off {
                *x = add(old[i], old[i - off]);
            }
        }
        off *= 2;
    }
    for (i, lane) in lanes.iter_mut().enumerate() {
        let v = match (exclusive, i) {
            (false, _) => s[i],
            (true, 0) => zero,
            (true, _) => s[i - 1],
        };
        lane.value = v.to_lane();
    }
}

macro_rules! collective {
    ($name:ident, $t:ty, $zero:expr, $add:expr, $min:expr, $max:expr) => {
        #[track_caller]
        pub fn $name(x: $t, op: Collective) -> $t {
            fn reduce_add(l: &mut [LaneCall]) -> Result<(), std::string::String> {
                butterfly::<$t>(l, $add);
                Ok(())
            }
            fn reduce_min(l: &mut [LaneCall]) -> Result<(), std::string::String> {
                butterfly::<$t>(l, $min);
                Ok(())
            }
            fn reduce_max(l: &mut [LaneCall]) -> Result<(), std::string::String> {
                butterfly::<$t>(l, $max);
                Ok(())
            }
            fn inclusive(l: &mut [LaneCall]) -> Result<(), std::string::String> {
                scan::<$t>(l, false, $zero, $add);
                Ok(())
            }
            fn exclusive(l: &mut [LaneCall]) -> Result<(), std::string::String> {
                scan::<$t>(l, true, $zero, $add);
                Ok(())
            }
            let compute = match op {
                Collective::ReduceAdd => reduce_add,
                Collective::ReduceMin => reduce_min,
                Collective::ReduceMax => reduce_max,
                Collective::InclusiveAdd => inclusive,
                Collective::ExclusiveAdd => exclusive,
            };
            let call = LaneCall::new(op.name(), Location::caller(), compute, x.to_lane(), 0);
            <$t>::from_lane(exec::subgroup_call(call).value)
        }
    };
}
collective!(sg_collective_u32, u32, 0, u32::wrapping_add, u32::min, u32::max);
collective!(sg_collective_i32, i32, 0, i32::wrapping_add, i32::min, i32::max);
collective!(sg_collective_f32, f32, 0.0, |a: f32, b: f32| a + b, f32::min, f32::max);
collective!(sg_collective_f64, f64, 0.0, |a: f64, b: f64| a + b, f64::min, f64::max);

fn ballot_compute(lanes: &mut [LaneCall]) -> Result<(), std::string::String> {
    let bits = lanes
        .iter()
        .enumerate()
        .fold(0u64, |acc, (i, l)| acc | ((l.value != 0) as u64) << i);
    for l in lanes.iter_mut() {
        l.value = bits;
    }
    Ok(())
}

#[track_caller]
pub fn sg_ballot(pred: bool) -> [u32; 4] {
    let call = LaneCall::new("ballot", Location::caller(), ballot_compute, pred as u64, 0);
    let bits = exec::subgroup_call(call).value;
    [bits as u32, (bits >> 32) as u32, 0, 0]
}

#[track_caller]
pub fn sg_any(pred: bool) -> bool {
    let call = LaneCall::new("any", Location::caller(), ballot_compute, pred as u64, 0);
    exec::subgroup_call(call).value != 0
}

#[track_caller]
pub fn sg_all(pred: bool) -> bool {
    fn all(lanes: &mut [LaneCall]) -> Result<(), std::string::String> {
        let every = lanes.iter().all(|l| l.value != 0) as u64;
        for l in lanes.iter_mut() {
            l.value = every;
        }
        Ok(())
    }
    let call = LaneCall::new("all", Location::caller(), all, pred as u64, 0);
    exec::subgroup_call(call).value != 0
}

// ---------------------------------------------------------------------------
// Matrix tiles (see `crate::matrix`): lane `l` of the 32 holds row `l / 2`,
// columns `(l % 2) * 8 ..+ 8` of every tile; a multiply-accumulate is a
// subgroup operation that gathers the whole tiles once every lane reached it.

use crate::matrix::{Kind, Role, TILE};

/// A lane's 8 elements of an input tile (bits of `f16`/`bf16`).
pub type MatTile = [u16; 8];
/// A lane's 8 elements of an accumulator tile.
pub type MatAcc = [f32; 8];

/// The first element of this lane's share: (row, column).
fn mat_cell() -> (usize, usize) {
    let lane = sg_lane() as usize;
    (lane / 2, (lane % 2) * 8)
}

/// # Safety
/// `ptr` points to a row-major tile of 2-byte elements with `stride`.
pub unsafe fn mat_load(_role: Role, _kind: Kind, ptr: *const u8, stride: usize, _shared: bool) -> MatTile {
    let (r, c) = mat_cell();
    let p = ptr as *const u16;
    // SAFETY: the caller's contract.
    core::array::from_fn(|j| unsafe { p.add(r * stride + c + j).read() })
}

pub fn mat_zero() -> MatAcc {
    [0.0; 8]
}

/// # Safety
/// `ptr` points to a row-major tile of `f32` with `stride`.
pub unsafe fn mat_load_acc(ptr: *const f32, stride: usize, _shared: bool) -> MatAcc {
    let (r, c) = mat_cell();
    // SAFETY: the caller's contract.
    core::array::from_fn(|j| unsafe { ptr.add(r * stride + c + j).read() })
}

/// # Safety
/// `ptr` points to a row-major tile of `f32` with `stride`.
pub unsafe fn mat_store(acc: &MatAcc, ptr: *mut f32, stride: usize, _shared: bool) {
    let (r, c) = mat_cell();
    for (j, v) in acc.iter().enumerate() {
        // SAFETY: the caller's contract.
        unsafe { ptr.add(r * stride + c + j).write(*v) };
    }
}

pub fn mat_scale(acc: &MatAcc, s: f32) -> MatAcc {
    acc.map(|v| v * s)
}

/// Whole 16 × 16 tiles as `f32`, gathered from every lane's share.
fn gather_tile<T: Copy>(lanes: &[LaneCall], which: usize, convert: impl Fn(T) -> f32) -> [[f32; TILE]; TILE] {
    let mut tile = [[0.0; TILE]; TILE];
    for (lane, call) in lanes.iter().enumerate() {
        // SAFETY: every lane points at its own share, alive while it waits.
        let share = unsafe { &*(call.ptrs[which] as *const [T; 8]) };
        for (j, v) in share.iter().enumerate() {
            tile[lane / 2][(lane % 2) * 8 + j] = convert(*v);
        }
    }
    tile
}

fn mma_compute(lanes: &mut [LaneCall]) -> Result<(), std::string::String> {
    if lanes.len() != SUBGROUP_SIZE as usize {
        return Err(std::format!(
            "matrix::Accumulator::mma in a subgroup of {} lanes: matrix tiles need whole subgroups of {SUBGROUP_SIZE} \
             (make the workgroup size a multiple of {SUBGROUP_SIZE})",
            lanes.len()
        ));
    }
    let convert: fn(u16) -> f32 = match lanes[0].value {
        0 => |b| f32::from(half::f16::from_bits(b)),
        _ => |b| f32::from(half::bf16::from_bits(b)),
    };
    let a = gather_tile(lanes, 0, convert);
    let b = gather_tile(lanes, 1, convert);
    for (lane, call) in lanes.iter().enumerate() {
        // SAFETY: as in `gather_tile`; the result share is the lane's own.
        let acc = unsafe { &mut *(call.ptrs[2] as *mut MatAcc) };
        let (r, c) = (lane / 2, (lane % 2) * 8);
        for (j, out) in acc.iter_mut().enumerate() {
            // Products of f16/bf16 are exact in f32; the sums go in order of k.
            let mut sum = *out;
            for k in 0..TILE {
                sum += a[r][k] * b[k][c + j];
            }
            *out = sum;
        }
    }
    Ok(())
}

#[track_caller]
pub fn mat_mma(kind: Kind, acc: &MatAcc, a: &MatTile, b: &MatTile) -> MatAcc {
    let mut out = *acc;
    let mut call = LaneCall::new(
        "Accumulator::mma",
        Location::caller(),
        mma_compute,
        (kind == Kind::Bf16) as u64,
        0,
    );
    call.ptrs = [
        a as *const MatTile as usize,
        b as *const MatTile as usize,
        &mut out as *mut MatAcc as usize,
    ];
    exec::subgroup_call(call);
    out
}

/// The four words at `p`.
///
/// # Safety
/// `p .. p.add(4)` is readable.
#[inline(always)]
pub unsafe fn load4(p: *const u32) -> [u32; 4] {
    // SAFETY: the caller's contract.
    unsafe { [0, 1, 2, 3].map(|k| p.add(k).read()) }
}

/// Elements `i .. i + 4` of a workgroup array of words.
///
/// # Safety
/// `p.add(i) .. p.add(i + 4)` is in bounds of the array.
#[inline(always)]
pub unsafe fn shared_load4(p: *const u32, i: usize) -> [u32; 4] {
    // SAFETY: the caller's contract.
    unsafe { load4(p.add(i)) }
}

/// Stores `v` in elements `i .. i + 4` of a workgroup array of words.
///
/// # Safety
/// As for [`shared_load4`].
#[inline(always)]
pub unsafe fn shared_store4(p: *mut u32, i: usize, v: [u32; 4]) {
    for (k, w) in v.into_iter().enumerate() {
        // SAFETY: the caller's contract.
        unsafe { p.add(i + k).write(w) };
    }
}
