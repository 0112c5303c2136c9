//! wasm32 intrinsics: imports of the `everygpu` module.
//!
//! The wasm→naga lowering recognises each import by name and replaces the call
//! with a shader builtin (`local_invocation_id`, `workgroupBarrier`, `atomicAdd`,
//! `exp`, ...). Nothing here runs on a wasm engine.

mod ffi {
    #[link(wasm_import_module = "everygpu")]
    extern "C" {
        pub fn local_id(d: u32) -> u32;
        pub fn workgroup_id(d: u32) -> u32;
        pub fn workgroup_size(d: u32) -> u32;
        pub fn num_workgroups(d: u32) -> u32;
        pub fn barrier();
        /// The address of `#[shared]` parameter `index` of the running kernel.
        pub fn shared_ptr(index: u32) -> *mut u8;
        /// The address of buffer parameter `index` of the running kernel.
        pub fn buffer_ptr(index: u32) -> *mut u8;
        /// The element count of buffer parameter `index`.
        pub fn buffer_len(index: u32) -> usize;
        pub fn param_u32(index: u32) -> u32;
        pub fn param_i32(index: u32) -> i32;
        pub fn param_f32(index: u32) -> f32;
        pub fn param_u64(index: u32) -> u64;
        pub fn param_i64(index: u32) -> i64;
        pub fn param_f64(index: u32) -> f64;
        pub fn panic(file: *const u8, file_len: usize, line: u32, column: u32);
        /// Reserves a `gpu_println!` record of `words` words for the site
        /// (a constant string) and writes its header: the status buffer's
        /// word where its arguments go, or `u32::MAX` where it is dropped.
        pub fn print_begin(site: *const u8, site_len: usize, words: u32) -> u32;
        /// Stores one word of a record's arguments.
        pub fn print_word(at: u32, word: u32);
        pub fn atomic_add_u32(p: *mut u32, v: u32) -> u32;
        pub fn atomic_min_u32(p: *mut u32, v: u32) -> u32;
        pub fn atomic_max_u32(p: *mut u32, v: u32) -> u32;
        pub fn atomic_xchg_u32(p: *mut u32, v: u32) -> u32;
        pub fn atomic_cas_u32(p: *mut u32, current: u32, new: u32) -> u32;
        pub fn atomic_add_i32(p: *mut i32, v: i32) -> i32;
        pub fn atomic_min_i32(p: *mut i32, v: i32) -> i32;
        pub fn atomic_max_i32(p: *mut i32, v: i32) -> i32;
        pub fn atomic_xchg_i32(p: *mut i32, v: i32) -> i32;
        pub fn atomic_cas_i32(p: *mut i32, current: i32, new: i32) -> i32;
        pub fn exp_f32(x: f32) -> f32;
        pub fn log_f32(x: f32) -> f32;
        pub fn sin_f32(x: f32) -> f32;
        pub fn cos_f32(x: f32) -> f32;
        pub fn pow_f32(x: f32, y: f32) -> f32;
        pub fn exp_f64(x: f64) -> f64;
        pub fn log_f64(x: f64) -> f64;
        pub fn sin_f64(x: f64) -> f64;
        pub fn cos_f64(x: f64) -> f64;
        pub fn pow_f64(x: f64, y: f64) -> f64;
    }
}

macro_rules! forward {
    ($($name:ident($($a:ident: $t:ty),*) -> $r:ty;)*) => {$(
        #[inline(always)]
        pub fn $name($($a: $t),*) -> $r {
            // SAFETY: the lowering implements these imports with builtins.
            unsafe { ffi::$name($($a),*) }
        }
    )*};
}
forward! {
    exp_f32(x: f32) -> f32; log_f32(x: f32) -> f32; sin_f32(x: f32) -> f32; cos_f32(x: f32) -> f32;
    pow_f32(x: f32, y: f32) -> f32;
    exp_f64(x: f64) -> f64; log_f64(x: f64) -> f64; sin_f64(x: f64) -> f64; cos_f64(x: f64) -> f64;
    pow_f64(x: f64, y: f64) -> f64;
}

/// A `gpu_println!` record being written (see `crate::print`): the
/// lowering reserves it in the status buffer's print area.
pub struct PrintRecord {
    at: u32,
}

impl PrintRecord {
    #[inline(always)]
    pub fn begin(site: &'static str, words: u32) -> Option<PrintRecord> {
        // SAFETY: the lowering implements the import.
        let at = unsafe { ffi::print_begin(site.as_ptr(), site.len(), words) };
        (at != u32::MAX).then_some(PrintRecord { at })
    }

    #[inline(always)]
    pub fn push(&mut self, word: u32) {
        // SAFETY: the lowering implements the import; `begin` reserved the word.
        unsafe { ffi::print_word(self.at, word) };
        self.at += 1;
    }

    #[inline(always)]
    pub fn end(self) {}
}

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
    // SAFETY: builtin read.
    unsafe { ffi::local_id(d as u32) }
}
#[inline(always)]
pub fn workgroup_id(d: usize) -> u32 {
    // SAFETY: builtin read.
    unsafe { ffi::workgroup_id(d as u32) }
}
#[inline(always)]
pub fn workgroup_size(d: usize) -> u32 {
    // SAFETY: builtin read.
    unsafe { ffi::workgroup_size(d as u32) }
}
#[inline(always)]
pub fn num_workgroups(d: usize) -> u32 {
    // SAFETY: builtin read.
    unsafe { ffi::num_workgroups(d as u32) }
}
#[inline(always)]
pub fn barrier() {
    // SAFETY: workgroupBarrier; uniformity is the caller's contract.
    unsafe { ffi::barrier() }
}
#[inline(always)]
pub fn shared_ptr(index: u32) -> *mut u8 {
    // SAFETY: returns the address of a workgroup variable.
    unsafe { ffi::shared_ptr(index) }
}
#[inline(always)]
pub fn buffer_ptr(index: u32) -> *mut u8 {
    // SAFETY: returns the address of a storage binding.
    unsafe { ffi::buffer_ptr(index) }
}
#[inline(always)]
pub fn buffer_len(index: u32) -> usize {
    // SAFETY: returns the element count of a storage binding.
    unsafe { ffi::buffer_len(index) }
}
pub use ffi::{
    atomic_add_i32, atomic_add_u32, atomic_cas_i32, atomic_cas_u32, atomic_max_i32, atomic_max_u32, atomic_min_i32,
    atomic_min_u32, atomic_xchg_i32, atomic_xchg_u32,
};

/// Reads scalar parameter `index` of the running kernel.
pub trait WasmParam {
    /// The parameter's value.
    fn param(index: u32) -> Self;
}
macro_rules! wasm_param {
    ($($t:ty => $f:ident),*) => {$(
        impl WasmParam for $t {
            #[inline(always)]
            fn param(index: u32) -> Self {
                // SAFETY: reads the parameter block.
                unsafe { ffi::$f(index) }
            }
        }
    )*};
}
wasm_param!(u32 => param_u32, i32 => param_i32, f32 => param_f32, u64 => param_u64, i64 => param_i64, f64 => param_f64);

#[inline(always)]
pub fn sqrt_f32(x: f32) -> f32 {
    core::arch::wasm32::f32_sqrt(x)
}
#[inline(always)]
pub fn sqrt_f64(x: f64) -> f64 {
    core::arch::wasm32::f64_sqrt(x)
}
#[inline(always)]
pub fn floor_f32(x: f32) -> f32 {
    core::arch::wasm32::f32_floor(x)
}
#[inline(always)]
pub fn floor_f64(x: f64) -> f64 {
    core::arch::wasm32::f64_floor(x)
}
#[inline(always)]
pub fn ceil_f32(x: f32) -> f32 {
    core::arch::wasm32::f32_ceil(x)
}
#[inline(always)]
pub fn ceil_f64(x: f64) -> f64 {
    core::arch::wasm32::f64_ceil(x)
}
#[inline(always)]
pub fn abs_f32(x: f32) -> f32 {
    f32::from_bits(x.to_bits() & 0x7fff_ffff)
}
#[inline(always)]
pub fn abs_f64(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0x7fff_ffff_ffff_ffff)
}

// ---------------------------------------------------------------------------
// Subgroups (see `crate::subgroup`): one import per operation and type, which
// the lowering turns into naga's subgroup statements.

use crate::subgroup::{Collective, Gather};

mod sg_ffi {
    #[link(wasm_import_module = "everygpu")]
    extern "C" {
        pub fn sg_size() -> u32;
        pub fn sg_lane() -> u32;
        pub fn sg_id() -> u32;
        pub fn sg_count() -> u32;
        pub fn sg_ballot(pred: u32, word: u32) -> u32;
        pub fn sg_any(pred: u32) -> u32;
        pub fn sg_all(pred: u32) -> u32;
    }
}

macro_rules! sg_imports {
    ($($t:ty: $shuffle:ident $xor:ident $down:ident $up:ident $first:ident;)*) => {
        mod sg_gather_ffi {
            #[link(wasm_import_module = "everygpu")]
            extern "C" {$(
                pub fn $shuffle(x: $t, lane: u32) -> $t;
                pub fn $xor(x: $t, mask: u32) -> $t;
                pub fn $down(x: $t, delta: u32) -> $t;
                pub fn $up(x: $t, delta: u32) -> $t;
                pub fn $first(x: $t) -> $t;
            )*}
        }
    };
}
sg_imports! {
    u32: sg_shuffle_u32 sg_shuffle_xor_u32 sg_shuffle_down_u32 sg_shuffle_up_u32 sg_broadcast_first_u32;
    f32: sg_shuffle_f32 sg_shuffle_xor_f32 sg_shuffle_down_f32 sg_shuffle_up_f32 sg_broadcast_first_f32;
    f64: sg_shuffle_f64 sg_shuffle_xor_f64 sg_shuffle_down_f64 sg_shuffle_up_f64 sg_broadcast_first_f64;
}

macro_rules! sg_gather {
    ($name:ident, $t:ty, $shuffle:ident $xor:ident $down:ident $up:ident $first:ident) => {
        #[inline(always)]
        pub fn $name(x: $t, mode: Gather, arg: u32) -> $t {
            // SAFETY: the lowering implements these imports with subgroup operations.
            unsafe {
                match mode {
                    Gather::Shuffle => sg_gather_ffi::$shuffle(x, arg),
                    Gather::Xor => sg_gather_ffi::$xor(x, arg),
                    Gather::Down => sg_gather_ffi::$down(x, arg),
                    Gather::Up => sg_gather_ffi::$up(x, arg),
                    Gather::BroadcastFirst => sg_gather_ffi::$first(x),
                }
            }
        }
    };
}
sg_gather!(sg_gather_u32, u32, sg_shuffle_u32 sg_shuffle_xor_u32 sg_shuffle_down_u32 sg_shuffle_up_u32 sg_broadcast_first_u32);
sg_gather!(sg_gather_f32, f32, sg_shuffle_f32 sg_shuffle_xor_f32 sg_shuffle_down_f32 sg_shuffle_up_f32 sg_broadcast_first_f32);
sg_gather!(sg_gather_f64, f64, sg_shuffle_f64 sg_shuffle_xor_f64 sg_shuffle_down_f64 sg_shuffle_up_f64 sg_broadcast_first_f64);

macro_rules! sg_collective {
    ($($name:ident, $t:ty: $add:ident $min:ident $max:ident $incl:ident $excl:ident;)*) => {
        mod sg_collective_ffi {
            #[link(wasm_import_module = "everygpu")]
            extern "C" {$(
                pub fn $add(x: $t) -> $t;
                pub fn $min(x: $t) -> $t;
                pub fn $max(x: $t) -> $t;
                pub fn $incl(x: $t) -> $t;
                pub fn $excl(x: $t) -> $t;
            )*}
        }
        $(
            #[inline(always)]
            pub fn $name(x: $t, op: Collective) -> $t {
                // SAFETY: the lowering implements these imports with subgroup operations.
                unsafe {
                    match op {
                        Collective::ReduceAdd => sg_collective_ffi::$add(x),
                        Collective::ReduceMin => sg_collective_ffi::$min(x),
                        Collective::ReduceMax => sg_collective_ffi::$max(x),
                        Collective::InclusiveAdd => sg_collective_ffi::$incl(x),
                        Collective::ExclusiveAdd => sg_collective_ffi::$excl(x),
                    }
                }
            }
        )*
    };
}
sg_collective! {
    sg_collective_u32, u32: sg_reduce_add_u32 sg_reduce_min_u32 sg_reduce_max_u32 sg_inclusive_add_u32 sg_exclusive_add_u32;
    sg_collective_i32, i32: sg_reduce_add_i32 sg_reduce_min_i32 sg_reduce_max_i32 sg_inclusive_add_i32 sg_exclusive_add_i32;
    sg_collective_f32, f32: sg_reduce_add_f32 sg_reduce_min_f32 sg_reduce_max_f32 sg_inclusive_add_f32 sg_exclusive_add_f32;
    sg_collective_f64, f64: sg_reduce_add_f64 sg_reduce_min_f64 sg_reduce_max_f64 sg_inclusive_add_f64 sg_exclusive_add_f64;
}

#[inline(always)]
pub fn sg_size() -> u32 {
    // SAFETY: a builtin read.
    unsafe { sg_ffi::sg_size() }
}
#[inline(always)]
pub fn sg_lane() -> u32 {
    // SAFETY: a builtin read.
    unsafe { sg_ffi::sg_lane() }
}
#[inline(always)]
pub fn sg_id() -> u32 {
    // SAFETY: a builtin read.
    unsafe { sg_ffi::sg_id() }
}
#[inline(always)]
pub fn sg_count() -> u32 {
    // SAFETY: a builtin read.
    unsafe { sg_ffi::sg_count() }
}
#[inline(always)]
pub fn sg_ballot(pred: bool) -> [u32; 4] {
    // SAFETY: subgroup ballots; the word index is a constant.
    unsafe { [0, 1, 2, 3].map(|w| sg_ffi::sg_ballot(pred as u32, w)) }
}
#[inline(always)]
pub fn sg_any(pred: bool) -> bool {
    // SAFETY: a subgroup vote.
    unsafe { sg_ffi::sg_any(pred as u32) != 0 }
}
#[inline(always)]
pub fn sg_all(pred: bool) -> bool {
    // SAFETY: a subgroup vote.
    unsafe { sg_ffi::sg_all(pred as u32) != 0 }
}

// ---------------------------------------------------------------------------
// Matrix tiles (see `crate::matrix`): a tile is a handle the lowering tracks
// like a pointer's provenance, and each import becomes a naga
// cooperative-matrix expression.

use crate::matrix::{Kind, Role};

/// A tile, as the lowering sees it: the result of a `mat_*` import. 64 bits
/// wide, so that LLVM never packs two tiles into one wasm value (it moves
/// pairs of 32-bit values as one `i64`); the lowering keeps tiles in
/// cooperative-matrix variables and never emits the handle itself.
pub type MatTile = u64;
/// An accumulator tile (see [`MatTile`]).
pub type MatAcc = u64;

mod mat_ffi {
    #[link(wasm_import_module = "everygpu")]
    extern "C" {
        pub fn mat_load_a_f16(ptr: *const u8, stride_bytes: u32) -> u64;
        pub fn mat_load_b_f16(ptr: *const u8, stride_bytes: u32) -> u64;
        pub fn mat_load_a_bf16(ptr: *const u8, stride_bytes: u32) -> u64;
        pub fn mat_load_b_bf16(ptr: *const u8, stride_bytes: u32) -> u64;
        pub fn mat_zero() -> u64;
        pub fn mat_load_acc(ptr: *const f32, stride_bytes: u32) -> u64;
        pub fn mat_store(acc: u64, ptr: *mut f32, stride_bytes: u32);
        pub fn mat_scale(acc: u64, s: f32) -> u64;
        pub fn mat_mma(acc: u64, a: u64, b: u64) -> u64;
    }
}

/// # Safety
/// `ptr` points to a row-major 16 × 16 tile of 2-byte elements with `stride`.
#[inline(always)]
pub unsafe fn mat_load(role: Role, kind: Kind, ptr: *const u8, stride: usize, _shared: bool) -> MatTile {
    let stride = (stride * 2) as u32;
    // SAFETY: the lowering implements these imports with cooperative loads.
    unsafe {
        match (role, kind) {
            (Role::A, Kind::F16) => mat_ffi::mat_load_a_f16(ptr, stride),
            (Role::B, Kind::F16) => mat_ffi::mat_load_b_f16(ptr, stride),
            (Role::A, Kind::Bf16) => mat_ffi::mat_load_a_bf16(ptr, stride),
            (Role::B, Kind::Bf16) => mat_ffi::mat_load_b_bf16(ptr, stride),
        }
    }
}

#[inline(always)]
pub fn mat_zero() -> MatAcc {
    // SAFETY: a cooperative-matrix constant.
    unsafe { mat_ffi::mat_zero() }
}

/// # Safety
/// `ptr` points to a row-major 16 × 16 tile of `f32` with `stride`.
#[inline(always)]
pub unsafe fn mat_load_acc(ptr: *const f32, stride: usize, _shared: bool) -> MatAcc {
    // SAFETY: the caller's contract.
    unsafe { mat_ffi::mat_load_acc(ptr, (stride * 4) as u32) }
}

/// # Safety
/// As [`mat_load_acc`].
#[inline(always)]
pub unsafe fn mat_store(acc: &MatAcc, ptr: *mut f32, stride: usize, _shared: bool) {
    // SAFETY: the caller's contract.
    unsafe { mat_ffi::mat_store(*acc, ptr, (stride * 4) as u32) }
}

#[inline(always)]
pub fn mat_scale(acc: &MatAcc, s: f32) -> MatAcc {
    // SAFETY: a cooperative-matrix product with a scalar.
    unsafe { mat_ffi::mat_scale(*acc, s) }
}

#[inline(always)]
pub fn mat_mma(_kind: Kind, acc: &MatAcc, a: &MatTile, b: &MatTile) -> MatAcc {
    // SAFETY: a cooperative multiply-add.
    unsafe { mat_ffi::mat_mma(*acc, *a, *b) }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    let (file, line, col) = match info.location() {
        Some(l) => (l.file(), l.line(), l.column()),
        None => ("", 0, 0),
    };
    // SAFETY: the lowering records the panic in the status buffer and ends the
    // invocation; the `unreachable` below is never reached.
    unsafe { ffi::panic(file.as_ptr(), file.len(), line, col) };
    core::arch::wasm32::unreachable()
}

// ---------------------------------------------------------------------------
// Four words of workgroup memory at once (`Shared::get4`/`set4`): the
// lowering types the array as `vec4`s and reads or writes one whole `vec4`.

mod x4_ffi {
    #[link(wasm_import_module = "everygpu")]
    extern "C" {
        /// Word `lane` of the 16 bytes at `p`.
        pub fn shared_load_x4(p: *const u32, lane: u32) -> u32;
        /// Stores the 16 bytes at `p`.
        pub fn shared_store_x4(p: *mut u32, x: u32, y: u32, z: u32, w: u32);
        /// Word `lane` of the 16 bytes at `p`, in any memory: in a buffer,
        /// through the buffer's `vec4` view.
        pub fn buffer_load_x4(p: *const u32, lane: u32) -> u32;
    }
}

/// The four words at `p`: four imports of one `vec4`, which the lowering
/// reads once.
///
/// # Safety
/// `p .. p.add(4)` is readable, and `p` 16-byte aligned.
#[inline(always)]
pub unsafe fn load4(p: *const u32) -> [u32; 4] {
    // SAFETY: the caller's contract.
    unsafe { [0, 1, 2, 3].map(|lane| x4_ffi::buffer_load_x4(p, lane)) }
}

/// Elements `i .. i + 4` of a workgroup array of words: four imports of one
/// `vec4`, which the lowering reads once.
///
/// # Safety
/// `p.add(i) .. p.add(i + 4)` is in bounds of a workgroup array and 16-byte
/// aligned.
#[inline(always)]
pub unsafe fn shared_load4(p: *const u32, i: usize) -> [u32; 4] {
    // SAFETY: the caller's contract; the lowering reads the array's `vec4`.
    unsafe {
        let p = p.add(i);
        [0, 1, 2, 3].map(|lane| x4_ffi::shared_load_x4(p, lane))
    }
}

/// Stores `v` in elements `i .. i + 4` of a workgroup array of words.
///
/// # Safety
/// As for [`shared_load4`].
#[inline(always)]
pub unsafe fn shared_store4(p: *mut u32, i: usize, v: [u32; 4]) {
    let [x, y, z, w] = v;
    // SAFETY: the caller's contract.
    unsafe { x4_ffi::shared_store_x4(p.add(i), x, y, z, w) }
}
