//! The kernel harness: turns a wasm-smith module into a kernel module, in the
//! shape rustc gives a kernel crate, that the lowering and wasmi both run.
//!
//! The module it writes has:
//! - the `everygpu` imports the harness uses (`local_id`, `workgroup_id`,
//!   `buffer_ptr`, `param_u32`), before the generated functions;
//! - `__stack_pointer` as global 0 (the lowering takes the first mutable i32
//!   global with a constant initial value as the stack pointer), the generated
//!   globals after it;
//! - the generated functions, rewritten:
//!   - every memory access goes into the calling thread's stack frame: the
//!     address becomes `__stack_pointer + (address & mask)` (an aligned
//!     address where the instruction's alignment hint promises one, which the
//!     lowering trusts as rustc's hints are always true), the static offset is
//!     reduced, and `memory.fill`/`memory.copy` lengths are bounded. The
//!     lowering maps stack memory by provenance, so addresses must derive from
//!     `__stack_pointer` as rustc's do; wasm-smith's are arbitrary integers;
//!   - `memory.size` becomes the constant page count and `memory.grow`
//!     fails except for growing by 0, as the memory's maximum is its size;
//!   - a call is kept only when the callee comes before the caller (no
//!     recursion, which the lowering refuses by design) and the inlined size
//!     stays within [`INLINE_BUDGET`] (the lowering inlines every call); other
//!     calls drop their arguments and push zeros;
//! - the kernel `kernel` (exported, `fn()`): thread `tid` reads its record of
//!   the input buffer (a skip flag, then the arguments), zeroes a
//!   [`FRAME_BYTES`] stack frame, calls each root function with its
//!   arguments, and stores in its record of the output buffer the bits of
//!   every result, the final values of the mutable generated globals
//!   (wasm-smith's functions leave much of their work there) and the frame.

use everygpu_backend::{Elem, ManifestKernel, Param};
use wasm_encoder::reencode::Reencode;
use wasm_encoder::{
    BlockType, CodeSection, ConstExpr, EntityType, ExportKind, ExportSection, Function, FunctionSection, GlobalSection,
    GlobalType, ImportSection, Instruction, MemArg, MemArgTarget, MemorySection, MemoryType, NameMap, NameSection,
    TypeSection,
};
use wasmparser::{Operator, Payload, ValType};

/// Threads per workgroup.
pub const WORKGROUP: u32 = 32;
/// Workgroups per launch.
pub const GROUPS: u32 = 2;
/// Threads per module.
pub const THREADS: u32 = WORKGROUP * GROUPS;
/// Bytes of the stack frame the harness gives the generated code.
pub const FRAME_BYTES: u32 = 256;
/// Addresses are masked to this many bytes above the frame's base...
const ADDRESS_SPAN: u32 = 128;
/// ...plus a static offset below this.
const OFFSET_SPAN: u64 = 64;
/// `memory.fill`/`memory.copy` addresses and lengths are masked to this.
const BULK_MASK: i32 = 63;
/// Pages of linear memory.
pub const PAGES: u32 = 4;
/// Initial `__stack_pointer`: the frame lies right below it.
pub const STACK_TOP: u32 = 65536;
/// Where wasmi keeps the input buffer (what `buffer_ptr(0)` returns there).
pub const INPUT_BASE: u32 = 65536;
/// Where wasmi keeps the output buffer (what `buffer_ptr(1)` returns there).
pub const OUTPUT_BASE: u32 = 2 * 65536;
/// Bytes of input or output records of all threads at most.
const MAX_BUFFER_BYTES: u32 = 65536;
/// Operators (counting inlined callees) one root function may grow to.
pub const INLINE_BUDGET: usize = 3000;
/// Operators (counting inlined callees) all root calls of the kernel together
/// may grow to.
pub const KERNEL_BUDGET: usize = 6000;
/// Bytes before the arguments in an input record (the skip flag and padding).
pub const RECORD_HEADER: u32 = 8;
/// The kernel's name.
pub const KERNEL: &str = "kernel";

/// The `everygpu` imports of the harness, in function-index order.
const IMPORTS: [&str; 4] = ["local_id", "workgroup_id", "buffer_ptr", "param_u32"];
const LOCAL_ID: u32 = 0;
const WORKGROUP_ID: u32 = 1;
const BUFFER_PTR: u32 = 2;
const PARAM_U32: u32 = 3;
const IMPORT_COUNT: u32 = IMPORTS.len() as u32;
/// Global index of `__stack_pointer`.
const SP: u32 = 0;

/// A wasm number type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f32`
    F32,
    /// `f64`
    F64,
}

impl Ty {
    fn of(v: ValType) -> Option<Ty> {
        Some(match v {
            ValType::I32 => Ty::I32,
            ValType::I64 => Ty::I64,
            ValType::F32 => Ty::F32,
            ValType::F64 => Ty::F64,
            _ => return None,
        })
    }

    fn encoder(self) -> wasm_encoder::ValType {
        match self {
            Ty::I32 => wasm_encoder::ValType::I32,
            Ty::I64 => wasm_encoder::ValType::I64,
            Ty::F32 => wasm_encoder::ValType::F32,
            Ty::F64 => wasm_encoder::ValType::F64,
        }
    }

    /// Bytes of a value.
    pub fn bytes(self) -> usize {
        match self {
            Ty::I32 | Ty::F32 => 4,
            Ty::I64 | Ty::F64 => 8,
        }
    }

    /// Whether it is a float type.
    pub fn is_float(self) -> bool {
        matches!(self, Ty::F32 | Ty::F64)
    }

    /// The wasm name.
    pub fn name(self) -> &'static str {
        match self {
            Ty::I32 => "i32",
            Ty::I64 => "i64",
            Ty::F32 => "f32",
            Ty::F64 => "f64",
        }
    }

    fn zero(self) -> Instruction<'static> {
        match self {
            Ty::I32 => Instruction::I32Const(0),
            Ty::I64 => Instruction::I64Const(0),
            Ty::F32 => Instruction::F32Const(0.0f32.into()),
            Ty::F64 => Instruction::F64Const(0.0f64.into()),
        }
    }

    fn load(self, offset: u64) -> Instruction<'static> {
        let m = |align| MemArg {
            offset,
            align,
            target: MemArgTarget::Memory(0),
            ordering: None,
        };
        match self {
            Ty::I32 => Instruction::I32Load(m(2)),
            Ty::I64 => Instruction::I64Load(m(3)),
            Ty::F32 => Instruction::F32Load(m(2)),
            Ty::F64 => Instruction::F64Load(m(3)),
        }
    }

    fn store(self, offset: u64) -> Instruction<'static> {
        let m = |align| MemArg {
            offset,
            align,
            target: MemArgTarget::Memory(0),
            ordering: None,
        };
        match self {
            Ty::I32 => Instruction::I32Store(m(2)),
            Ty::I64 => Instruction::I64Store(m(3)),
            Ty::F32 => Instruction::F32Store(m(2)),
            Ty::F64 => Instruction::F64Store(m(3)),
        }
    }
}

/// One call the kernel makes per thread.
#[derive(Clone, Debug)]
pub struct RootCall {
    /// The generated function (index among the generated functions).
    pub func: u32,
    /// Its parameter types.
    pub params: Vec<Ty>,
    /// Its result types.
    pub results: Vec<Ty>,
    /// Byte offset of the first argument in an input record (8 bytes per argument).
    pub input_offset: u32,
    /// Byte offset of the first result in an output record (8 bytes per result).
    pub output_offset: u32,
}

/// What an output slot holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Observed {
    /// Result `index` of the call of generated function `func`.
    Result {
        /// The generated function.
        func: u32,
        /// Which result.
        index: usize,
    },
    /// The final value of mutable generated global `index`.
    Global(u32),
    /// Eight bytes of the stack frame at this offset, after every call.
    Frame(u32),
}

impl std::fmt::Display for Observed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Observed::Result { func, index } => write!(f, "f{func} result {index}"),
            Observed::Global(g) => write!(f, "global {g}"),
            Observed::Frame(o) => write!(f, "frame bytes {o}..{}", o + 8),
        }
    }
}

/// One value of an output record.
#[derive(Clone, Copy, Debug)]
pub struct Slot {
    /// What it holds.
    pub observed: Observed,
    /// Its type.
    pub ty: Ty,
    /// Its byte offset in the record.
    pub offset: u32,
}

/// A generated module wrapped as a kernel.
#[derive(Clone, Debug)]
pub struct Harness {
    /// The kernel module.
    pub wasm: Vec<u8>,
    /// What the kernel calls, in order.
    pub calls: Vec<RootCall>,
    /// What a thread's output record holds: every call's results, the final
    /// values of the mutable generated globals, the stack frame.
    pub slots: Vec<Slot>,
    /// Bytes of one thread's input record.
    pub input_stride: u32,
    /// Bytes of one thread's output record.
    pub output_stride: u32,
    /// Calls the rewriting replaced by zeros (recursion or inlining budget).
    pub calls_cut: usize,
}

/// Why a generated module could not be wrapped (a module wasm-smith should
/// not have generated with this configuration).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HarnessError {
    /// wasmparser could not read it.
    #[error("cannot read the generated module: {0}")]
    Parse(#[from] wasmparser::BinaryReaderError),
    /// It uses something the configuration excludes.
    #[error("the generated module uses {0}, which the configuration excludes")]
    Unexpected(String),
    /// wasm-encoder could not translate an instruction.
    #[error("cannot re-encode the generated module: {0}")]
    Reencode(String),
}

impl From<wasm_encoder::reencode::Error<std::convert::Infallible>> for HarnessError {
    fn from(e: wasm_encoder::reencode::Error<std::convert::Infallible>) -> Self {
        HarnessError::Reencode(e.to_string())
    }
}

/// The manifest entry of the harness kernel: `kernel(inputs: &[u32],
/// outputs: &mut [u32], threads: u32)`.
pub fn manifest_kernel() -> ManifestKernel {
    let u32_elem = Elem {
        name: "u32".into(),
        size: 4,
        align: 4,
        fields: vec![(String::new(), 0, "u32".into())],
    };
    ManifestKernel {
        name: KERNEL.into(),
        params: vec![
            Param::Buffer {
                name: "inputs".into(),
                elem: u32_elem.clone(),
                mutable: false,
            },
            Param::Buffer {
                name: "outputs".into(),
                elem: u32_elem,
                mutable: true,
            },
            Param::Scalar {
                name: "threads".into(),
                scalar: "u32".into(),
            },
        ],
        workgroup_size: [WORKGROUP, 1, 1],
        file: "lowering-fuzz".into(),
        line: 0,
    }
}

/// Shifts function indices past the imports and global indices past
/// `__stack_pointer`.
struct Shift;

impl Reencode for Shift {
    type Error = std::convert::Infallible;

    fn function_index(&mut self, func: u32) -> Result<u32, wasm_encoder::reencode::Error<Self::Error>> {
        Ok(func + IMPORT_COUNT)
    }

    fn global_index(&mut self, global: u32) -> Result<u32, wasm_encoder::reencode::Error<Self::Error>> {
        Ok(global + 1)
    }
}

/// The parts of the generated module the harness reads.
#[derive(Default)]
struct Source<'a> {
    types: Vec<(Vec<Ty>, Vec<Ty>)>,
    func_types: Vec<u32>,
    globals: Vec<(wasmparser::GlobalType, wasmparser::ConstExpr<'a>)>,
    bodies: Vec<wasmparser::FunctionBody<'a>>,
}

fn tys(list: &[ValType]) -> Result<Vec<Ty>, HarnessError> {
    list.iter()
        .map(|&v| Ty::of(v).ok_or_else(|| HarnessError::Unexpected(format!("the value type {v:?}"))))
        .collect()
}

fn read_source(wasm: &[u8]) -> Result<Source<'_>, HarnessError> {
    let mut s = Source::default();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    let ty = ty?;
                    s.types.push((tys(ty.params())?, tys(ty.results())?));
                }
            }
            Payload::ImportSection(r) if r.count() > 0 => return Err(HarnessError::Unexpected("imports".into())),
            Payload::FunctionSection(reader) => {
                for t in reader {
                    s.func_types.push(t?);
                }
            }
            Payload::GlobalSection(reader) => {
                for g in reader {
                    let g = g?;
                    s.globals.push((g.ty, g.init_expr));
                }
            }
            Payload::CodeSectionEntry(body) => s.bodies.push(body),
            Payload::TableSection(r) if r.count() > 0 => return Err(HarnessError::Unexpected("tables".into())),
            Payload::ElementSection(r) if r.count() > 0 => {
                return Err(HarnessError::Unexpected("element segments".into()))
            }
            Payload::DataSection(r) if r.count() > 0 => return Err(HarnessError::Unexpected("data segments".into())),
            Payload::StartSection { .. } => return Err(HarnessError::Unexpected("a start function".into())),
            _ => {}
        }
    }
    Ok(s)
}

/// Scratch locals appended to every rewritten function.
struct Scratch {
    i32_a: u32,
    i32_b: u32,
    i64: u32,
    f32: u32,
    f64: u32,
}

impl Scratch {
    fn of(&self, ty: Ty) -> u32 {
        match ty {
            Ty::I32 => self.i32_a,
            Ty::I64 => self.i64,
            Ty::F32 => self.f32,
            Ty::F64 => self.f64,
        }
    }
}

/// The type stored or loaded by a memory instruction.
fn access(op: &Operator<'_>) -> Option<(wasmparser::MemArg, Ty, bool)> {
    use Operator as O;
    Some(match op {
        O::I32Load { memarg }
        | O::I32Load8S { memarg }
        | O::I32Load8U { memarg }
        | O::I32Load16S { memarg }
        | O::I32Load16U { memarg } => (*memarg, Ty::I32, false),
        O::I64Load { memarg }
        | O::I64Load8S { memarg }
        | O::I64Load8U { memarg }
        | O::I64Load16S { memarg }
        | O::I64Load16U { memarg }
        | O::I64Load32S { memarg }
        | O::I64Load32U { memarg } => (*memarg, Ty::I64, false),
        O::F32Load { memarg } => (*memarg, Ty::F32, false),
        O::F64Load { memarg } => (*memarg, Ty::F64, false),
        O::I32Store { memarg } | O::I32Store8 { memarg } | O::I32Store16 { memarg } => (*memarg, Ty::I32, true),
        O::I64Store { memarg } | O::I64Store8 { memarg } | O::I64Store16 { memarg } | O::I64Store32 { memarg } => {
            (*memarg, Ty::I64, true)
        }
        O::F32Store { memarg } => (*memarg, Ty::F32, true),
        O::F64Store { memarg } => (*memarg, Ty::F64, true),
        _ => return None,
    })
}

/// `address → __stack_pointer + (address & mask)`.
fn into_frame(f: &mut Function, mask: i32) {
    f.instruction(&Instruction::I32Const(mask));
    f.instruction(&Instruction::I32And);
    f.instruction(&Instruction::GlobalGet(SP));
    f.instruction(&Instruction::I32Add);
}

/// Rewrites generated function `index`; returns it and its inlined size.
fn rewrite_function(
    s: &Source<'_>,
    index: u32,
    sizes: &[usize],
    calls_cut: &mut usize,
) -> Result<(Function, usize), HarnessError> {
    let body = &s.bodies[index as usize];
    let ty_index = s.func_types[index as usize];
    let (params, _) = &s.types[ty_index as usize];
    let mut shift = Shift;
    let mut locals: Vec<(u32, wasm_encoder::ValType)> = Vec::new();
    let mut count = params.len() as u32;
    for l in body.get_locals_reader()? {
        let (n, ty) = l?;
        let ty = Ty::of(ty).ok_or_else(|| HarnessError::Unexpected(format!("a local of type {ty:?}")))?;
        locals.push((n, ty.encoder()));
        count += n;
    }
    let scratch = Scratch {
        i32_a: count,
        i32_b: count + 1,
        i64: count + 2,
        f32: count + 3,
        f64: count + 4,
    };
    for t in [Ty::I32, Ty::I32, Ty::I64, Ty::F32, Ty::F64] {
        locals.push((1, t.encoder()));
    }
    let mut f = Function::new(locals);
    let mut size = 0usize;
    for op in body.get_operators_reader()? {
        let op = op?;
        size += 1;
        if let Some((memarg, ty, is_store)) = access(&op) {
            let align = 1u32 << memarg.align.min(3);
            let mask = (ADDRESS_SPAN - 1) & !(align - 1);
            let offset = (memarg.offset % OFFSET_SPAN) & !(align as u64 - 1);
            if is_store {
                let tmp = scratch.of(ty);
                f.instruction(&Instruction::LocalSet(tmp));
                into_frame(&mut f, mask as i32);
                f.instruction(&Instruction::LocalGet(tmp));
            } else {
                into_frame(&mut f, mask as i32);
            }
            let memarg = wasmparser::MemArg { offset, ..memarg };
            let mut reencoded = shift.instruction(op)?;
            set_memarg(&mut reencoded, shift.mem_arg(memarg)?);
            f.instruction(&reencoded);
            continue;
        }
        match op {
            Operator::MemorySize { .. } => {
                f.instruction(&Instruction::I32Const(PAGES as i32));
            }
            Operator::MemoryGrow { .. } => {
                // Growing by 0 returns the size; anything else fails (-1).
                f.instruction(&Instruction::LocalSet(scratch.i32_a));
                f.instruction(&Instruction::I32Const(PAGES as i32));
                f.instruction(&Instruction::I32Const(-1));
                f.instruction(&Instruction::LocalGet(scratch.i32_a));
                f.instruction(&Instruction::I32Eqz);
                f.instruction(&Instruction::Select);
            }
            Operator::MemoryFill { .. } => {
                // [dst, value, len]
                f.instruction(&Instruction::I32Const(BULK_MASK));
                f.instruction(&Instruction::I32And);
                f.instruction(&Instruction::LocalSet(scratch.i32_a));
                f.instruction(&Instruction::LocalSet(scratch.i32_b));
                into_frame(&mut f, BULK_MASK);
                f.instruction(&Instruction::LocalGet(scratch.i32_b));
                f.instruction(&Instruction::LocalGet(scratch.i32_a));
                f.instruction(&Instruction::MemoryFill(0));
            }
            Operator::MemoryCopy { .. } => {
                // [dst, src, len]
                f.instruction(&Instruction::I32Const(BULK_MASK));
                f.instruction(&Instruction::I32And);
                f.instruction(&Instruction::LocalSet(scratch.i32_a));
                into_frame(&mut f, BULK_MASK);
                f.instruction(&Instruction::LocalSet(scratch.i32_b));
                into_frame(&mut f, BULK_MASK);
                f.instruction(&Instruction::LocalGet(scratch.i32_b));
                f.instruction(&Instruction::LocalGet(scratch.i32_a));
                f.instruction(&Instruction::MemoryCopy { src_mem: 0, dst_mem: 0 });
            }
            Operator::MemoryInit { .. } | Operator::DataDrop { .. } => {
                return Err(HarnessError::Unexpected("passive data".into()));
            }
            Operator::Call { function_index } => {
                let callee_ty = s
                    .func_types
                    .get(function_index as usize)
                    .and_then(|&t| s.types.get(t as usize))
                    .ok_or_else(|| HarnessError::Unexpected("a call of a missing function".into()))?;
                let callee_size = sizes.get(function_index as usize).copied();
                match callee_size {
                    Some(n) if function_index < index && size + n <= INLINE_BUDGET => {
                        size += n;
                        f.instruction(&Instruction::Call(function_index + IMPORT_COUNT));
                    }
                    _ => {
                        *calls_cut += 1;
                        for _ in &callee_ty.0 {
                            f.instruction(&Instruction::Drop);
                        }
                        for &r in &callee_ty.1 {
                            f.instruction(&r.zero());
                        }
                    }
                }
            }
            op
            @ (Operator::CallIndirect { .. } | Operator::ReturnCall { .. } | Operator::ReturnCallIndirect { .. }) => {
                return Err(HarnessError::Unexpected(format!("{op:?}")));
            }
            op => {
                let i = shift.instruction(op)?;
                f.instruction(&i);
            }
        }
    }
    Ok((f, size))
}

fn set_memarg(i: &mut Instruction<'_>, m: MemArg) {
    use Instruction as I;
    match i {
        I::I32Load(a)
        | I::I64Load(a)
        | I::F32Load(a)
        | I::F64Load(a)
        | I::I32Load8S(a)
        | I::I32Load8U(a)
        | I::I32Load16S(a)
        | I::I32Load16U(a)
        | I::I64Load8S(a)
        | I::I64Load8U(a)
        | I::I64Load16S(a)
        | I::I64Load16U(a)
        | I::I64Load32S(a)
        | I::I64Load32U(a)
        | I::I32Store(a)
        | I::I64Store(a)
        | I::F32Store(a)
        | I::F64Store(a)
        | I::I32Store8(a)
        | I::I32Store16(a)
        | I::I64Store8(a)
        | I::I64Store16(a)
        | I::I64Store32(a) => *a = m,
        _ => {}
    }
}

/// The kernel's body: see the module documentation.
fn kernel_body(calls: &[RootCall], slots: &[Slot], input_stride: u32, output_stride: u32) -> Function {
    use Instruction as I;
    let (tid, input, output) = (0u32, 1u32, 2u32);
    let mut locals = vec![(3, wasm_encoder::ValType::I32)];
    // One local per result of every call, to store them in order.
    let mut result_locals = Vec::new();
    let mut next = 3u32;
    for c in calls {
        let mut ls = Vec::new();
        for &r in &c.results {
            locals.push((1, r.encoder()));
            ls.push(next);
            next += 1;
        }
        result_locals.push(ls);
    }
    let mut f = Function::new(locals);
    let i = |f: &mut Function, ins: I<'_>| {
        f.instruction(&ins);
    };
    // tid = workgroup_id(0) * WORKGROUP + local_id(0)
    i(&mut f, I::I32Const(0));
    i(&mut f, I::Call(WORKGROUP_ID));
    i(&mut f, I::I32Const(WORKGROUP as i32));
    i(&mut f, I::I32Mul);
    i(&mut f, I::I32Const(0));
    i(&mut f, I::Call(LOCAL_ID));
    i(&mut f, I::I32Add);
    i(&mut f, I::LocalSet(tid));
    // if tid >= threads { return }
    i(&mut f, I::LocalGet(tid));
    i(&mut f, I::I32Const(2));
    i(&mut f, I::Call(PARAM_U32));
    i(&mut f, I::I32GeU);
    i(&mut f, I::If(BlockType::Empty));
    i(&mut f, I::Return);
    i(&mut f, I::End);
    // input = buffer_ptr(0) + tid * stride; output likewise.
    for (local, buffer, stride) in [(input, 0, input_stride), (output, 1, output_stride)] {
        i(&mut f, I::I32Const(buffer));
        i(&mut f, I::Call(BUFFER_PTR));
        i(&mut f, I::LocalGet(tid));
        i(&mut f, I::I32Const(stride as i32));
        i(&mut f, I::I32Mul);
        i(&mut f, I::I32Add);
        i(&mut f, I::LocalSet(local));
    }
    // if skip flag { return }
    i(&mut f, I::LocalGet(input));
    i(&mut f, Ty::I32.load(0));
    i(&mut f, I::If(BlockType::Empty));
    i(&mut f, I::Return);
    i(&mut f, I::End);
    // __stack_pointer -= FRAME_BYTES, and the frame zeroed.
    i(&mut f, I::GlobalGet(SP));
    i(&mut f, I::I32Const(FRAME_BYTES as i32));
    i(&mut f, I::I32Sub);
    i(&mut f, I::GlobalSet(SP));
    for k in 0..FRAME_BYTES / 8 {
        i(&mut f, I::GlobalGet(SP));
        i(&mut f, I::I64Const(0));
        i(&mut f, Ty::I64.store(k as u64 * 8));
    }
    for (c, ls) in calls.iter().zip(&result_locals) {
        for (j, &p) in c.params.iter().enumerate() {
            i(&mut f, I::LocalGet(input));
            i(&mut f, p.load((c.input_offset + 8 * j as u32) as u64));
        }
        i(&mut f, I::Call(c.func + IMPORT_COUNT));
        for &l in ls.iter().rev() {
            i(&mut f, I::LocalSet(l));
        }
        for (j, (&r, &l)) in c.results.iter().zip(ls).enumerate() {
            i(&mut f, I::LocalGet(output));
            i(&mut f, I::LocalGet(l));
            i(&mut f, r.store((c.output_offset + 8 * j as u32) as u64));
        }
    }
    for slot in slots {
        match slot.observed {
            Observed::Result { .. } => {}
            Observed::Global(g) => {
                i(&mut f, I::LocalGet(output));
                i(&mut f, I::GlobalGet(g + 1));
                i(&mut f, slot.ty.store(slot.offset as u64));
            }
            Observed::Frame(o) => {
                i(&mut f, I::LocalGet(output));
                i(&mut f, I::GlobalGet(SP));
                i(&mut f, Ty::I64.load(o as u64));
                i(&mut f, Ty::I64.store(slot.offset as u64));
            }
        }
    }
    i(&mut f, I::GlobalGet(SP));
    i(&mut f, I::I32Const(FRAME_BYTES as i32));
    i(&mut f, I::I32Add);
    i(&mut f, I::GlobalSet(SP));
    i(&mut f, I::End);
    f
}

/// Wraps the wasm-smith module `wasm` as a kernel.
pub fn build(wasm: &[u8]) -> Result<Harness, HarnessError> {
    let s = read_source(wasm)?;
    if s.func_types.len() != s.bodies.len() {
        return Err(HarnessError::Unexpected("functions without bodies".into()));
    }
    let mut shift = Shift;
    let mut calls_cut = 0;
    let mut bodies = Vec::new();
    let mut sizes = Vec::new();
    for index in 0..s.bodies.len() as u32 {
        let (f, size) = rewrite_function(&s, index, &sizes, &mut calls_cut)?;
        bodies.push(f);
        sizes.push(size);
    }
    // Root calls: every generated function, while the total stays in budget.
    let mut calls = Vec::new();
    let (mut input_offset, mut output_offset, mut total) = (RECORD_HEADER, 0u32, 0usize);
    for (index, &size) in sizes.iter().enumerate() {
        if total + size > KERNEL_BUDGET {
            continue;
        }
        let (params, results) = &s.types[s.func_types[index] as usize];
        total += size;
        calls.push(RootCall {
            func: index as u32,
            params: params.clone(),
            results: results.clone(),
            input_offset,
            output_offset,
        });
        input_offset += 8 * params.len() as u32;
        output_offset += 8 * results.len() as u32;
    }
    let mut slots = Vec::new();
    for c in &calls {
        for (index, &ty) in c.results.iter().enumerate() {
            slots.push(Slot {
                observed: Observed::Result { func: c.func, index },
                ty,
                offset: c.output_offset + 8 * index as u32,
            });
        }
    }
    for (g, (ty, _)) in s.globals.iter().enumerate() {
        if ty.mutable {
            let ty = Ty::of(ty.content_type)
                .ok_or_else(|| HarnessError::Unexpected(format!("a global of type {:?}", ty.content_type)))?;
            slots.push(Slot {
                observed: Observed::Global(g as u32),
                ty,
                offset: output_offset,
            });
            output_offset += 8;
        }
    }
    for o in (0..FRAME_BYTES).step_by(8) {
        slots.push(Slot {
            observed: Observed::Frame(o),
            ty: Ty::I64,
            offset: output_offset,
        });
        output_offset += 8;
    }
    let input_stride = input_offset;
    let output_stride = output_offset;
    if (input_stride.max(output_stride) * THREADS) > MAX_BUFFER_BYTES {
        return Err(HarnessError::Unexpected(
            "more arguments or results than the buffers hold".into(),
        ));
    }

    let mut module = wasm_encoder::Module::new();
    let mut types = TypeSection::new();
    for (p, r) in &s.types {
        types
            .ty()
            .function(p.iter().map(|t| t.encoder()), r.iter().map(|t| t.encoder()));
    }
    let import_ty = s.types.len() as u32;
    types
        .ty()
        .function([wasm_encoder::ValType::I32], [wasm_encoder::ValType::I32]);
    let kernel_ty = import_ty + 1;
    types.ty().function([], []);
    module.section(&types);

    let mut imports = ImportSection::new();
    for name in IMPORTS {
        imports.import("everygpu", name, EntityType::Function(import_ty));
    }
    module.section(&imports);

    let mut funcs = FunctionSection::new();
    for &t in &s.func_types {
        funcs.function(t);
    }
    funcs.function(kernel_ty);
    module.section(&funcs);

    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: PAGES as u64,
        maximum: Some(PAGES as u64),
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    module.section(&memories);

    let mut globals = GlobalSection::new();
    globals.global(
        GlobalType {
            val_type: wasm_encoder::ValType::I32,
            mutable: true,
            shared: false,
        },
        &ConstExpr::i32_const(STACK_TOP as i32),
    );
    for (ty, init) in &s.globals {
        let ty = shift.global_type(*ty)?;
        let init = shift.const_expr(init.clone())?;
        globals.global(ty, &init);
    }
    module.section(&globals);

    let kernel_index = IMPORT_COUNT + s.bodies.len() as u32;
    let mut exports = ExportSection::new();
    exports.export(KERNEL, ExportKind::Func, kernel_index);
    exports.export("memory", ExportKind::Memory, 0);
    module.section(&exports);

    let mut code = CodeSection::new();
    for f in &bodies {
        code.function(f);
    }
    code.function(&kernel_body(&calls, &slots, input_stride, output_stride));
    module.section(&code);

    let mut names = NameSection::new();
    let mut fnames = NameMap::new();
    for (k, name) in IMPORTS.iter().enumerate() {
        fnames.append(k as u32, name);
    }
    for k in 0..s.bodies.len() as u32 {
        fnames.append(IMPORT_COUNT + k, &format!("f{k}"));
    }
    fnames.append(kernel_index, KERNEL);
    names.functions(&fnames);
    let mut gnames = NameMap::new();
    gnames.append(SP, "__stack_pointer");
    names.globals(&gnames);
    module.section(&names);

    Ok(Harness {
        wasm: module.finish(),
        calls,
        slots,
        input_stride,
        output_stride,
        calls_cut,
    })
}
