//! Cases: runnable, checkable descriptions of kernel launches.
//!
//! A case is host Rust next to the kernels: for a problem size `n` it builds
//! seeded inputs, a sequence of launches, the bytes moved and flops per run
//! (for throughput), which buffers are outputs, the comparison tolerance, and
//! optionally the same computation as a plain native loop, on one core and on
//! every core (the CPU baselines of `everygpu bench`).

use super::{kernel, ParamKind};
use crate::{Element, ElementDesc, Scalar};
use core::marker::PhantomData;
use std::boxed::Box;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

/// What `#[case]` registers.
#[derive(Debug)]
pub struct CaseDesc {
    /// The case's name (the function's name).
    pub name: &'static str,
    /// The problem size used when none is given.
    pub default_size: u64,
    /// Builds the case for size `n`.
    pub build: fn(usize) -> Case,
    /// Where the case is defined.
    pub file: &'static str,
    /// The line of the case's `fn`.
    pub line: u32,
}

/// A typed handle to a case buffer.
#[derive(Debug)]
pub struct Buf<T> {
    index: usize,
    _elem: PhantomData<T>,
}
impl<T> Clone for Buf<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Buf<T> {}

/// One launch argument.
#[derive(Clone, Copy, Debug, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// A case buffer, by index.
    Buffer(usize),
    /// A `u32` scalar.
    U32(u32),
    /// An `i32` scalar.
    I32(i32),
    /// An `f32` scalar.
    F32(f32),
    /// A `u64` scalar.
    U64(u64),
    /// An `i64` scalar.
    I64(i64),
    /// An `f64` scalar.
    F64(f64),
    /// A `#[shared]` parameter: the executor provides the memory.
    Shared,
}

impl Arg {
    fn scalar(&self) -> Option<Scalar> {
        Some(match self {
            Arg::U32(_) => Scalar::U32,
            Arg::I32(_) => Scalar::I32,
            Arg::F32(_) => Scalar::F32,
            Arg::U64(_) => Scalar::U64,
            Arg::I64(_) => Scalar::I64,
            Arg::F64(_) => Scalar::F64,
            Arg::Buffer(_) | Arg::Shared => return None,
        })
    }

    /// The scalar's bits, zero-extended to 64.
    pub fn bits(&self) -> u64 {
        match *self {
            Arg::U32(v) => v as u64,
            Arg::I32(v) => v as u32 as u64,
            Arg::F32(v) => v.to_bits() as u64,
            Arg::U64(v) => v,
            Arg::I64(v) => v as u64,
            Arg::F64(v) => v.to_bits(),
            Arg::Buffer(_) | Arg::Shared => 0,
        }
    }
}

impl<T> From<Buf<T>> for Arg {
    fn from(b: Buf<T>) -> Arg {
        Arg::Buffer(b.index)
    }
}
macro_rules! arg_from {
    ($($t:ty => $v:ident),*) => {$(
        impl From<$t> for Arg { fn from(v: $t) -> Arg { Arg::$v(v) } }
    )*};
}
arg_from!(u32 => U32, i32 => I32, f32 => F32, u64 => U64, i64 => I64, f64 => F64);

/// How many threads or workgroups a launch has.
#[derive(Clone, Copy, Debug)]
pub enum Grid {
    /// `n` threads in one dimension, read with `global_index()`. Laid out as a
    /// 2-D grid when one dimension would need more than 65535 workgroups.
    Linear(u64),
    /// At least this many threads per dimension (rounded up to whole workgroups).
    Threads([u32; 3]),
    /// Exactly this many workgroups per dimension.
    Workgroups([u32; 3]),
}

/// The most workgroups per grid dimension that every API accepts.
pub const MAX_GROUPS_PER_DIM: u32 = 65535;

impl Grid {
    /// Workgroup counts for a kernel with this workgroup size.
    pub fn groups(&self, workgroup_size: [u32; 3]) -> Result<[u32; 3], String> {
        let groups = match *self {
            Grid::Linear(n) => {
                let total = n.div_ceil(workgroup_size[0] as u64 * workgroup_size[1] as u64 * workgroup_size[2] as u64);
                if total <= MAX_GROUPS_PER_DIM as u64 {
                    [total.max(1) as u32, 1, 1]
                } else {
                    let x = 32768u64;
                    let y = total.div_ceil(x);
                    if y > MAX_GROUPS_PER_DIM as u64 {
                        return Err(format!("{n} threads need more than {MAX_GROUPS_PER_DIM}² workgroups"));
                    }
                    [x as u32, y as u32, 1]
                }
            }
            Grid::Threads(t) => [0, 1, 2].map(|d| t[d].div_ceil(workgroup_size[d]).max(1)),
            Grid::Workgroups(g) => g,
        };
        if groups.iter().any(|&g| g == 0 || g > MAX_GROUPS_PER_DIM) {
            return Err(format!(
                "grid of {groups:?} workgroups: each dimension must be 1..={MAX_GROUPS_PER_DIM}"
            ));
        }
        Ok(groups)
    }
}

/// When a result counts as matching the reference: `|a-b| <= abs` or
/// `|a-b| <= rel * |b|`. Integers compare exactly unless `abs` allows more.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Tolerance {
    /// Largest absolute error accepted.
    pub abs: f64,
    /// Largest error relative to the reference value accepted.
    pub rel: f64,
}

impl Tolerance {
    /// Bit-exact.
    pub const EXACT: Tolerance = Tolerance { abs: 0.0, rel: 0.0 };
    /// A relative tolerance (and the same absolute one, for values near zero).
    pub const fn rel(rel: f64) -> Tolerance {
        Tolerance { abs: rel, rel }
    }
}

pub(crate) struct CaseBuffer {
    pub name: String,
    pub elem: ElementDesc,
    pub len: usize,
    pub output: bool,
    pub bytes: Vec<u8>,
}

pub(crate) struct Launch {
    pub kernel: String,
    pub grid: Grid,
    pub args: Vec<Arg>,
}

type NativeFn = Box<dyn Fn(&mut Buffers<'_>) + Send + Sync>;

/// A runnable case. Build it in a `#[case]` function.
pub struct Case {
    pub(crate) buffers: Vec<CaseBuffer>,
    pub(crate) launches: Vec<Launch>,
    pub(crate) bytes: u64,
    pub(crate) flops: u64,
    pub(crate) tolerance: Tolerance,
    pub(crate) native: Option<NativeFn>,
    pub(crate) native_parallel: Option<NativeFn>,
}

impl Default for Case {
    fn default() -> Self {
        Self::new()
    }
}

impl Case {
    /// An empty case.
    pub fn new() -> Case {
        Case {
            buffers: Vec::new(),
            launches: Vec::new(),
            bytes: 0,
            flops: 0,
            tolerance: Tolerance::EXACT,
            native: None,
            native_parallel: None,
        }
    }

    fn buffer<T: Element>(&mut self, name: &str, data: Vec<T>, output: bool) -> Buf<T> {
        let len = data.len();
        let size = len * core::mem::size_of::<T>();
        let mut bytes = Vec::with_capacity(size);
        // SAFETY: T is plain data (Element's contract); we copy its bytes.
        unsafe {
            core::ptr::copy_nonoverlapping(data.as_ptr() as *const u8, bytes.as_mut_ptr(), size);
            bytes.set_len(size);
        }
        self.buffers.push(CaseBuffer {
            name: name.to_string(),
            elem: T::DESC,
            len,
            output,
            bytes,
        });
        Buf {
            index: self.buffers.len() - 1,
            _elem: PhantomData,
        }
    }

    /// A buffer the kernels read (or scratch space): not compared.
    pub fn input<T: Element>(&mut self, name: &str, data: Vec<T>) -> Buf<T> {
        self.buffer(name, data, false)
    }

    /// A buffer whose final contents are compared with the CPU reference.
    pub fn output<T: Element>(&mut self, name: &str, data: Vec<T>) -> Buf<T> {
        self.buffer(name, data, true)
    }

    /// Appends a launch of `kernel` (by name) over `grid` with `args`, one per
    /// kernel parameter (`Arg::Shared` for `#[shared]` ones).
    pub fn launch(&mut self, kernel: &str, grid: Grid, args: &[Arg]) -> &mut Case {
        self.launches.push(Launch {
            kernel: kernel.to_string(),
            grid,
            args: args.to_vec(),
        });
        self
    }

    /// Bytes moved to and from memory and floating-point operations, per run of
    /// the whole case: the numerators of GB/s and GFLOP/s.
    pub fn traffic(&mut self, bytes: u64, flops: u64) -> &mut Case {
        self.bytes = bytes;
        self.flops = flops;
        self
    }

    /// How close outputs must be to the reference.
    pub fn tolerance(&mut self, tolerance: Tolerance) -> &mut Case {
        self.tolerance = tolerance;
        self
    }

    /// The same computation as a plain native Rust loop, the loop a CPU
    /// programmer writes: the baseline of the one-thread `cpu` backend.
    pub fn native(&mut self, f: impl Fn(&mut Buffers<'_>) + Send + Sync + 'static) -> &mut Case {
        self.native = Some(Box::new(f));
        self
    }

    /// The same loop on every core with [`rayon`] (`par_iter`,
    /// `par_chunks`...): the baseline of the `cpu-mt` backend.
    pub fn native_parallel(&mut self, f: impl Fn(&mut Buffers<'_>) + Send + Sync + 'static) -> &mut Case {
        self.native_parallel = Some(Box::new(f));
        self
    }

    /// Checks every launch against its kernel's parameters; returns the plan
    /// the app executes.
    pub(crate) fn plan(&self) -> Result<Plan, String> {
        let mut launches = Vec::new();
        for (li, l) in self.launches.iter().enumerate() {
            let Some((index, k)) = kernel(&l.kernel) else {
                return Err(format!(
                    "launch {li} names kernel `{}`, which the crate does not define",
                    l.kernel
                ));
            };
            if l.args.len() != k.params.len() {
                return Err(format!(
                    "launch {li} of `{}` passes {} arguments; the kernel takes {}",
                    k.name,
                    l.args.len(),
                    k.params.len()
                ));
            }
            for (a, p) in l.args.iter().zip(k.params) {
                let ok = match (&p.kind, a) {
                    (ParamKind::Scalar(s), a) => a.scalar() == Some(*s),
                    (ParamKind::Buffer { elem, .. }, Arg::Buffer(b)) => match self.buffers.get(*b) {
                        Some(buf) => buf.elem.name == elem.name && buf.elem.size == elem.size,
                        None => false,
                    },
                    (ParamKind::Shared { .. }, Arg::Shared) => true,
                    _ => false,
                };
                if !ok {
                    return Err(format!(
                        "launch {li} of `{}`: argument for parameter `{}` ({:?}) is {:?}",
                        k.name, p.name, p.kind, a
                    ));
                }
            }
            let groups = l
                .grid
                .groups(k.workgroup_size)
                .map_err(|e| format!("launch {li} of `{}`: {e}", k.name))?;
            launches.push(PlanLaunch {
                kernel: k.name.to_string(),
                kernel_index: index,
                groups,
                args: l.args.clone(),
            });
        }
        Ok(Plan {
            buffers: self
                .buffers
                .iter()
                .map(|b| PlanBuffer {
                    name: b.name.clone(),
                    elem: b.elem.into(),
                    len: b.len,
                    output: b.output,
                })
                .collect(),
            launches,
            bytes: self.bytes,
            flops: self.flops,
            tolerance: self.tolerance,
            has_native: self.native.is_some(),
        })
    }
}

/// The JSON plan of a case, as the app reads it.
#[derive(serde::Serialize)]
pub(crate) struct Plan {
    buffers: Vec<PlanBuffer>,
    launches: Vec<PlanLaunch>,
    bytes: u64,
    flops: u64,
    tolerance: Tolerance,
    has_native: bool,
}

#[derive(serde::Serialize)]
struct PlanBuffer {
    name: String,
    elem: ElemJson,
    len: usize,
    output: bool,
}

#[derive(serde::Serialize)]
struct PlanLaunch {
    kernel: String,
    kernel_index: usize,
    groups: [u32; 3],
    args: Vec<Arg>,
}

/// An element type in the manifest and plans.
#[derive(serde::Serialize)]
pub(crate) struct ElemJson {
    name: &'static str,
    size: usize,
    align: usize,
    fields: Vec<(&'static str, usize, &'static str)>,
}

impl From<ElementDesc> for ElemJson {
    fn from(e: ElementDesc) -> Self {
        ElemJson {
            name: e.name,
            size: e.size,
            align: e.align,
            fields: e.fields.iter().map(|(n, o, s)| (*n, *o, s.name())).collect(),
        }
    }
}

/// The case's buffers, as the native baseline sees them.
pub struct Buffers<'a> {
    pub(crate) raw: &'a [(*mut u8, usize)],
}

impl Buffers<'_> {
    /// A buffer's contents.
    pub fn get<T: Element>(&self, b: Buf<T>) -> &[T] {
        let (p, bytes) = self.raw[b.index];
        if bytes == 0 {
            return &[];
        }
        // SAFETY: the app passes aligned buffers of the case's element types.
        unsafe { core::slice::from_raw_parts(p as *const T, bytes / core::mem::size_of::<T>()) }
    }

    /// A buffer's contents, writable.
    pub fn get_mut<T: Element>(&mut self, b: Buf<T>) -> &mut [T] {
        let (p, bytes) = self.raw[b.index];
        if bytes == 0 {
            return &mut [];
        }
        // SAFETY: as above; `&mut self` keeps views from overlapping in time
        // unless the case asks for two views of one buffer.
        unsafe { core::slice::from_raw_parts_mut(p as *mut T, bytes / core::mem::size_of::<T>()) }
    }

    /// Views two different buffers at once: one read-only, one writable.
    pub fn pair<A: Element, B: Element>(&mut self, a: Buf<A>, b: Buf<B>) -> (&[A], &mut [B]) {
        assert_ne!(a.index, b.index, "pair() needs two different buffers");
        let (pa, ba) = self.raw[a.index];
        let (pb, bb) = self.raw[b.index];
        // SAFETY: different buffers do not overlap.
        unsafe {
            (
                core::slice::from_raw_parts(pa as *const A, ba / core::mem::size_of::<A>()),
                core::slice::from_raw_parts_mut(pb as *mut B, bb / core::mem::size_of::<B>()),
            )
        }
    }

    /// Views three different buffers at once: two read-only, one writable.
    pub fn triple<A: Element, B: Element, C: Element>(
        &mut self,
        a: Buf<A>,
        b: Buf<B>,
        c: Buf<C>,
    ) -> (&[A], &[B], &mut [C]) {
        assert!(
            a.index != c.index && b.index != c.index,
            "triple() writes a buffer it also reads"
        );
        let (pa, ba) = self.raw[a.index];
        let (pb, bb) = self.raw[b.index];
        let (pc, bc) = self.raw[c.index];
        // SAFETY: the written buffer differs from the read ones.
        unsafe {
            (
                core::slice::from_raw_parts(pa as *const A, ba / core::mem::size_of::<A>()),
                core::slice::from_raw_parts(pb as *const B, bb / core::mem::size_of::<B>()),
                core::slice::from_raw_parts_mut(pc as *mut C, bc / core::mem::size_of::<C>()),
            )
        }
    }
}
