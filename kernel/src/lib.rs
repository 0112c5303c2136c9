//! The kernel API of everygpu: what a kernel author writes against.
//!
//! A kernel crate is an ordinary `#![no_std]` Rust crate. Kernels are `pub fn`s
//! marked `#[kernel]`; their parameters are scalars (`u32 i32 f32 u64 i64 f64`),
//! read-only buffers `&[T]`, read-write buffers `&mut [T]` and workgroup-shared
//! arrays (`tile: &Shared<T, N>`), where `T` is a scalar or a `#[repr(C)]`
//! struct deriving [`Element`].
//!
//! The same source is compiled by real rustc for every route:
//! - the host (CPU route): kernels run on a fiber-based executor that keeps GPU
//!   barrier semantics ([`host`]);
//! - `nvptx64-nvidia-cuda`: the intrinsics map to `core::arch::nvptx` and PTX;
//! - `wasm32-unknown-unknown`: the intrinsics are imports of the `everygpu`
//!   module that the wasm→naga lowering turns into shader builtins.
//!
//! Threads see a 3-D grid of workgroups: [`global_id`], [`local_id`],
//! [`workgroup_id`], [`workgroup_size`], [`num_workgroups`], and the linear
//! [`global_index`] and [`workgroup_index`] for 1-D problems of any size
//! (large grids are 2-D, since some APIs allow at most 65535 workgroups per
//! dimension).
//!
//! Buffer writes from different threads must touch different elements, except
//! through the functions of [`atomic`]: the GPU memory model, stated for Rust.
//!
//! The threads of a subgroup (warp, wavefront) exchange values in registers
//! with [`subgroup`]: shuffles, reductions, scans, ballots; and multiply
//! `f16`/`bf16` tiles on the matrix units (tensor cores, cooperative
//! matrices) with [`matrix`]. Threads print with [`gpu_println!`] (see
//! [`print`]).
#![no_std]
#![cfg_attr(target_arch = "nvptx64", feature(stdarch_nvptx, asm_experimental_arch))]
#![cfg_attr(target_arch = "wasm32", feature(wasm_numeric_instr))]
#![cfg_attr(everygpu_race_check, feature(sanitize))]
#![allow(unsafe_op_in_unsafe_fn)]

#[cfg(not(any(target_arch = "nvptx64", target_arch = "wasm32", target_arch = "amdgpu")))]
extern crate std;

pub use everygpu_kernel_macros::{case, gpu_print, gpu_println, kernel, Element};

/// Keeps items only in the host (CPU route) build, where `std` exists: use it
/// for the module holding the cases, `everygpu_kernel::host_only! { mod cases; }`.
#[macro_export]
macro_rules! host_only {
    ($($item:item)*) => {$(
        #[cfg(not(any(target_arch = "nvptx64", target_arch = "wasm32", target_arch = "amdgpu")))]
        $item
    )*};
}

mod arch;
pub mod atomic;
pub mod math;
pub mod matrix;
pub mod print;
pub mod subgroup;

pub use half::{bf16, f16};

#[cfg(not(any(target_arch = "nvptx64", target_arch = "wasm32", target_arch = "amdgpu")))]
pub mod host;

/// Items the generated entry points use; not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::arch::*;
    #[cfg(not(any(target_arch = "nvptx64", target_arch = "wasm32", target_arch = "amdgpu")))]
    pub use linkme;

    /// Scalars allowed as fields of a `#[derive(Element)]` struct.
    pub trait ScalarField {
        /// Which scalar.
        const SCALAR: crate::Scalar;
    }
    macro_rules! scalar_field {
        ($($t:ty => $s:ident),*) => {$(
            impl ScalarField for $t { const SCALAR: crate::Scalar = crate::Scalar::$s; }
        )*};
    }
    scalar_field!(
        u8 => U8, u16 => U16, u32 => U32, i32 => I32, f32 => F32, u64 => U64, i64 => I64, f64 => F64,
        half::f16 => F16, half::bf16 => Bf16
    );
}

/// A three-component unsigned vector: thread and workgroup coordinates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Dim3 {
    /// The x component.
    pub x: u32,
    /// The y component.
    pub y: u32,
    /// The z component.
    pub z: u32,
}

/// The id of this thread in the whole grid: `workgroup_id * workgroup_size + local_id`.
#[inline(always)]
pub fn global_id() -> Dim3 {
    let [x, y, z] = arch::global_id();
    Dim3 { x, y, z }
}

/// The id of this thread inside its workgroup.
#[inline(always)]
pub fn local_id() -> Dim3 {
    Dim3 {
        x: arch::local_id(0),
        y: arch::local_id(1),
        z: arch::local_id(2),
    }
}

/// The id of this thread's workgroup in the grid.
#[inline(always)]
pub fn workgroup_id() -> Dim3 {
    Dim3 {
        x: arch::workgroup_id(0),
        y: arch::workgroup_id(1),
        z: arch::workgroup_id(2),
    }
}

/// The number of threads per workgroup, as declared by `#[kernel(workgroup_size = ...)]`.
#[inline(always)]
pub fn workgroup_size() -> Dim3 {
    Dim3 {
        x: arch::workgroup_size(0),
        y: arch::workgroup_size(1),
        z: arch::workgroup_size(2),
    }
}

/// The number of workgroups in the grid.
#[inline(always)]
pub fn num_workgroups() -> Dim3 {
    Dim3 {
        x: arch::num_workgroups(0),
        y: arch::num_workgroups(1),
        z: arch::num_workgroups(2),
    }
}

/// The linear index of this thread over a grid laid out by `Grid::threads(n)`:
/// `global_id.x + global_id.y * (num_workgroups.x * workgroup_size.x)`.
///
/// Use it for 1-D problems: it stays correct when the grid has to be 2-D.
#[inline(always)]
pub fn global_index() -> usize {
    arch::global_index()
}

/// The linear index of this thread's workgroup over a grid laid out by
/// `Grid::threads(n)`: `workgroup_id.x + workgroup_id.y * num_workgroups.x`
/// (and `z` likewise).
///
/// Use it for 1-D problems, as [`global_index`] for threads: a grid of more
/// workgroups than a device takes in one dimension (65,535 on many) is laid
/// out in two, where `workgroup_id().x` alone repeats.
#[inline(always)]
pub fn workgroup_index() -> usize {
    let (id, n) = (workgroup_id(), num_workgroups());
    id.x as usize + n.x as usize * (id.y as usize + n.y as usize * id.z as usize)
}

/// A workgroup-shared array of `N` elements: one per workgroup, visible to all
/// of its threads. Take it as a kernel parameter `tile: &Shared<T, N>`.
///
/// Threads of a workgroup read each other's writes after a [`barrier`], so the
/// array is never a `&mut` (which would let the compiler assume no other
/// thread writes it): elements are read with [`Shared::get`] and written with
/// [`Shared::set`], like `Cell`s.
///
/// `N` may differ on CUDA (`cfg(target_arch = "nvptx64")`, or a feature
/// such as `target_feature = "sm_90a"`): each kernel's PTX declares the
/// workgroup memory it carves its arrays from, and CUDA launches with that,
/// so a pipeline can keep more stages where the device has room for them.
/// The shader route and the CPU size arrays as the host build does.
#[repr(transparent)]
pub struct Shared<T, const N: usize>(core::cell::UnsafeCell<[T; N]>);

// SAFETY: threads of a workgroup share it by design; races on an element are
// the kernel's to avoid (barriers, atomics), as on every GPU.
unsafe impl<T, const N: usize> Sync for Shared<T, N> {}

impl<T, const N: usize> Shared<T, N> {
    /// The number of elements, as a constant (`#[kernel]` reads it to
    /// describe the parameter, whatever expression `N` was written as).
    pub const LEN: usize = N;
}

impl<T: Copy, const N: usize> Shared<T, N> {
    /// The number of elements.
    #[inline(always)]
    pub const fn len(&self) -> usize {
        N
    }

    /// Whether the array is empty.
    #[inline(always)]
    pub const fn is_empty(&self) -> bool {
        N == 0
    }

    /// Element `i`.
    #[inline(always)]
    #[track_caller]
    pub fn get(&self, i: usize) -> T {
        assert_index(i, N);
        // SAFETY: in bounds; the memory is the workgroup's array.
        unsafe { arch::shared_read(self.0.get() as *const T, i) }
    }

    /// Stores `v` in element `i`.
    #[inline(always)]
    #[track_caller]
    pub fn set(&self, i: usize, v: T) {
        assert_index(i, N);
        // SAFETY: as above.
        unsafe { arch::shared_write(self.0.get() as *mut T, i, v) }
    }

    /// The address of element `i`, for atomics (see [`atomic`]).
    #[inline(always)]
    #[track_caller]
    pub fn ptr(&self, i: usize) -> *mut T {
        assert_index(i, N);
        // SAFETY: in bounds.
        unsafe { (self.0.get() as *mut T).add(i) }
    }
}

/// The 4-byte scalars that workgroup memory moves four at a time
/// ([`Shared::get4`], [`Shared::set4`]): `f32`, `u32` and `i32`.
pub trait Word: Copy + word::Sealed {
    /// The value's bits.
    fn to_word(self) -> u32;
    /// The value with these bits.
    fn from_word(w: u32) -> Self;
}

mod word {
    pub trait Sealed {}
    impl Sealed for f32 {}
    impl Sealed for u32 {}
    impl Sealed for i32 {}
}

impl Word for f32 {
    #[inline(always)]
    fn to_word(self) -> u32 {
        self.to_bits()
    }
    #[inline(always)]
    fn from_word(w: u32) -> Self {
        f32::from_bits(w)
    }
}

impl Word for u32 {
    #[inline(always)]
    fn to_word(self) -> u32 {
        self
    }
    #[inline(always)]
    fn from_word(w: u32) -> Self {
        w
    }
}

impl Word for i32 {
    #[inline(always)]
    fn to_word(self) -> u32 {
        self as u32
    }
    #[inline(always)]
    fn from_word(w: u32) -> Self {
        w as i32
    }
}

/// Four neighbouring elements at once: one 16-byte access of workgroup
/// memory on the GPU routes (`ld.shared.v4`/`st.shared.v4` on CUDA; on the
/// shader route the array becomes an array of `vec4`s), where one element at
/// a time costs four. Register-blocked kernels (GEMM, convolutions, stencils)
/// read their fragments so.
impl<T: Word, const N: usize> Shared<T, N> {
    /// Elements `i .. i + 4`; `i` must be a multiple of 4.
    #[inline(always)]
    #[track_caller]
    pub fn get4(&self, i: usize) -> [T; 4] {
        assert_quad(i, N);
        // SAFETY: `i .. i + 4` is in bounds and `i` a multiple of 4 (checked
        // above); every route places workgroup arrays 16-byte aligned.
        unsafe { arch::shared_load4(self.0.get() as *const u32, i) }.map(T::from_word)
    }

    /// Stores `v` in elements `i .. i + 4`; `i` must be a multiple of 4.
    #[inline(always)]
    #[track_caller]
    pub fn set4(&self, i: usize, v: [T; 4]) {
        assert_quad(i, N);
        // SAFETY: as in `get4`.
        unsafe { arch::shared_store4(self.0.get() as *mut u32, i, v.map(T::to_word)) }
    }
}

/// Four neighbouring elements of a buffer at once: one 16-byte load on the
/// GPU routes (`ld.v4` on CUDA; on the shader route a `vec4` view of the
/// buffer, so one load and one bounds test where single elements cost four
/// of each). Register-blocked kernels stage their tiles from memory so.
///
/// ```
/// use everygpu_kernel::Get4;
/// let a = [1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0];
/// assert_eq!(a.get4(0), [1.0, 2.0, 3.0, 4.0]);
/// assert_eq!(a.get4(2), [3.0, 4.0, 5.0, 6.0]);
/// ```
pub trait Get4<T: Word> {
    /// `[self[i], self[i + 1], self[i + 2], self[i + 3]]`: one 16-byte load
    /// where they start 16 bytes into alignment (`i` a multiple of 4 in a
    /// buffer parameter, or in a slice of one that starts at a multiple of
    /// 4), four loads otherwise. Panics unless all four are in bounds.
    fn get4(&self, i: usize) -> [T; 4];

    /// Elements `i .. i + 4` in one 16-byte load, unchecked.
    ///
    /// # Safety
    /// `i + 4 <= self.len()`, and element `i` is 16-byte aligned (see
    /// [`Get4::get4`]).
    unsafe fn get4_unchecked(&self, i: usize) -> [T; 4];
}

impl<T: Word> Get4<T> for [T] {
    #[inline(always)]
    #[track_caller]
    fn get4(&self, i: usize) -> [T; 4] {
        if i.checked_add(4).is_none_or(|end| end > self.len()) {
            panic!("get4: elements {i}..{i}+4 of a slice of {}", self.len());
        }
        // SAFETY: in bounds (checked above).
        let p = unsafe { self.as_ptr().add(i) };
        if (p as usize).is_multiple_of(16) {
            // SAFETY: in bounds and 16-byte aligned.
            unsafe { self.get4_unchecked(i) }
        } else {
            // SAFETY: in bounds.
            unsafe { [0, 1, 2, 3].map(|k| p.add(k).read()) }
        }
    }

    #[inline(always)]
    unsafe fn get4_unchecked(&self, i: usize) -> [T; 4] {
        // SAFETY: the caller's contract.
        unsafe { arch::load4(self.as_ptr().add(i) as *const u32) }.map(T::from_word)
    }
}

impl<T, const N: usize> Shared<T, N> {
    /// Elements `start .. start + LEN` of the array, as an array of their
    /// own: checked once here, and addressed from their start.
    ///
    /// A kernel that reads several elements at constant distances from a
    /// computed index (a fragment of a stage of a pipeline, at each `k`)
    /// takes a view at that index and reads the view at the constant
    /// distances: on CUDA each access is then the view's address plus a
    /// constant, which the instruction encodes, where indices into the
    /// whole array are combined anew for every access.
    #[inline(always)]
    #[track_caller]
    pub fn view<const LEN: usize>(&self, start: usize) -> SharedView<'_, T, LEN> {
        if start.checked_add(LEN).is_none_or(|end| end > N) {
            panic!("view: elements {start}..{start}+{LEN} reach past the end of a workgroup array of {N}");
        }
        SharedView {
            // SAFETY: `start .. start + LEN` is in bounds (checked above).
            start: unsafe { (self.0.get() as *mut T).add(start) },
            quad_aligned: start.is_multiple_of(4),
            array: core::marker::PhantomData,
        }
    }
}

/// `LEN` consecutive elements of a workgroup array: see [`Shared::view`].
pub struct SharedView<'a, T, const LEN: usize> {
    start: *mut T,
    /// Whether `start` is a multiple of 4 elements (of 16 bytes, as
    /// workgroup arrays are 16-byte aligned on every route).
    quad_aligned: bool,
    array: core::marker::PhantomData<&'a [T; LEN]>,
}

impl<T: Copy, const LEN: usize> SharedView<'_, T, LEN> {
    /// Element `i` of the view.
    #[inline(always)]
    #[track_caller]
    pub fn get(&self, i: usize) -> T {
        assert_index(i, LEN);
        // SAFETY: in bounds of the view, which is in bounds of its array.
        unsafe { arch::shared_read(self.start, i) }
    }

    /// Stores `v` in element `i` of the view.
    #[inline(always)]
    #[track_caller]
    pub fn set(&self, i: usize, v: T) {
        assert_index(i, LEN);
        // SAFETY: as above.
        unsafe { arch::shared_write(self.start, i, v) }
    }
}

impl<T: Word, const LEN: usize> SharedView<'_, T, LEN> {
    /// Elements `i .. i + 4` of the view; its start and `i` must be
    /// multiples of 4 elements.
    #[inline(always)]
    #[track_caller]
    pub fn get4(&self, i: usize) -> [T; 4] {
        self.assert_quad(i);
        // SAFETY: in bounds of the view and 16-byte aligned (checked).
        unsafe { arch::shared_load4(self.start as *const u32, i) }.map(T::from_word)
    }

    /// Stores `v` in elements `i .. i + 4` of the view (as [`Self::get4`]).
    #[inline(always)]
    #[track_caller]
    pub fn set4(&self, i: usize, v: [T; 4]) {
        self.assert_quad(i);
        // SAFETY: as in `get4`.
        unsafe { arch::shared_store4(self.start as *mut u32, i, v.map(T::to_word)) }
    }

    #[inline(always)]
    #[track_caller]
    fn assert_quad(&self, i: usize) {
        if !self.quad_aligned {
            panic!("get4/set4: a view must start at a multiple of 4 elements");
        }
        assert_quad(i, LEN);
    }
}

#[inline(always)]
#[track_caller]
fn assert_quad(i: usize, len: usize) {
    if !i.is_multiple_of(4) || i.checked_add(4).is_none_or(|end| end > len) {
        panic!("get4/set4: elements {i}..{i}+4 of a workgroup array of {len}: the index must be a multiple of 4 and the four in bounds");
    }
}

#[inline(always)]
#[track_caller]
fn assert_index(i: usize, len: usize) {
    if i >= len {
        panic!("index out of bounds: the len is {len} but the index is {i}");
    }
}

/// Waits until every thread of the workgroup has reached this barrier, and makes
/// their writes to workgroup-shared memory and buffers visible to each other.
///
/// As on every GPU, all threads of a workgroup must reach the same barriers:
/// call it only in workgroup-uniform control flow.
#[inline(always)]
pub fn barrier() {
    arch::barrier()
}

/// A type that can be a buffer element: a scalar, or a `#[repr(C)]` struct of
/// scalars with `#[derive(Element)]`.
///
/// # Safety
/// The type must be plain data: `#[repr(C)]`, every bit pattern valid, no
/// padding that the kernel reads, no pointers.
pub unsafe trait Element: Copy + 'static {
    /// What the host and the shader routes need to know of the type.
    const DESC: ElementDesc;
}

/// The scalar types kernels can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// `u8`
    U8,
    /// `u16`
    U16,
    /// `u32`
    U32,
    /// `i32`
    I32,
    /// `f32`
    F32,
    /// `u64`
    U64,
    /// `i64`
    I64,
    /// `f64`
    F64,
    /// IEEE half precision ([`half::f16`]).
    F16,
    /// bfloat16 ([`half::bf16`]).
    Bf16,
}

impl Scalar {
    /// The name of the type in Rust.
    pub const fn name(self) -> &'static str {
        match self {
            Scalar::U8 => "u8",
            Scalar::U16 => "u16",
            Scalar::U32 => "u32",
            Scalar::I32 => "i32",
            Scalar::F32 => "f32",
            Scalar::U64 => "u64",
            Scalar::I64 => "i64",
            Scalar::F64 => "f64",
            Scalar::F16 => "f16",
            Scalar::Bf16 => "bf16",
        }
    }

    /// The size of the type in bytes.
    pub const fn size(self) -> usize {
        match self {
            Scalar::U8 => 1,
            Scalar::U16 | Scalar::F16 | Scalar::Bf16 => 2,
            Scalar::U32 | Scalar::I32 | Scalar::F32 => 4,
            Scalar::U64 | Scalar::I64 | Scalar::F64 => 8,
        }
    }
}

/// Layout of a buffer element type.
#[derive(Clone, Copy, Debug)]
pub struct ElementDesc {
    /// The Rust name of the type.
    pub name: &'static str,
    /// `size_of::<T>()`.
    pub size: usize,
    /// `align_of::<T>()`.
    pub align: usize,
    /// Fields as (name, byte offset, scalar); a scalar type has one unnamed field.
    pub fields: &'static [(&'static str, usize, Scalar)],
}

macro_rules! scalar_element {
    ($($t:ty => $s:ident),*) => {$(
        // SAFETY: scalars are plain data.
        unsafe impl Element for $t {
            const DESC: ElementDesc = ElementDesc {
                name: Scalar::$s.name(),
                size: core::mem::size_of::<$t>(),
                align: core::mem::align_of::<$t>(),
                fields: &[("", 0, Scalar::$s)],
            };
        }
    )*};
}
scalar_element!(
    u8 => U8, u16 => U16, u32 => U32, i32 => I32, f32 => F32, u64 => U64, i64 => I64, f64 => F64,
    half::f16 => F16, half::bf16 => Bf16
);

/// A scalar kernel parameter type.
pub trait ScalarParam: Copy {
    /// Which scalar it is.
    const SCALAR: Scalar;
}

macro_rules! scalar_param {
    ($($t:ty => $s:ident),*) => {$(
        impl ScalarParam for $t { const SCALAR: Scalar = Scalar::$s; }
    )*};
}
scalar_param!(u32 => U32, i32 => I32, f32 => F32, u64 => U64, i64 => I64, f64 => F64);

/// Bytes of the panicking source file's path kept in the status buffer.
pub const STATUS_FILE_BYTES: usize = 160;
/// The word of the status buffer where the panic's values start (an index
/// and a length), after the file bytes.
pub const STATUS_ARGS_AT: usize = 10 + STATUS_FILE_BYTES / 4;
/// How many values a panic carries.
pub const STATUS_ARGS: usize = 2;
/// The word where the panic's message starts on the nvptx route: its
/// length in bytes, then the bytes.
pub const STATUS_MESSAGE_AT: usize = STATUS_ARGS_AT + STATUS_ARGS;
/// Bytes of the panic's message kept in the status buffer.
pub const STATUS_MESSAGE_BYTES: usize = 128;
/// Size in `u32` words of the status buffer every GPU launch gets:
/// `[what, local xyz, workgroup xyz, line, column, file length, file
/// bytes..., values..., message length, message bytes...]`.
pub const STATUS_WORDS: usize = STATUS_MESSAGE_AT + 1 + STATUS_MESSAGE_BYTES / 4;

/// What the first word of the status buffer says on the nvptx route (0: no
/// thread panicked). The host words each as core does.
pub mod panic_kind {
    /// A panic with its message in the status buffer, or none (a message
    /// with formatted values, which the GPU does not format).
    pub const MESSAGE: u32 = 1;
    /// Index out of bounds: values index, length.
    pub const INDEX: u32 = 2;
    /// A range start past a slice's end: values start, length.
    pub const SLICE_START: u32 = 3;
    /// A range end past a slice's end: values end, length.
    pub const SLICE_END: u32 = 4;
    /// A range that starts after it ends: values start, end.
    pub const SLICE_ORDER: u32 = 5;
}
