//! Emits the naga module of one kernel: globals per the binding contract of
//! `everygpu_backend::shader`, and one compute entry point into which every
//! function reachable by direct calls is inlined.
//!
//! Control flow: only wasm loops that a branch continues become naga loops
//! (`loop { ...; break }`, back edges `continue`); every other construct is
//! spliced into its parent, and a forward branch skips the code up to its
//! target's end with guards instead of breaks (shader compilers analyse every
//! breakable construct, and rustc's code nests dozens of blocks). A branch to
//! the end of the construct it is in guards the rest with its negated
//! condition; any other forward branch stores the target's id in a `pending`
//! local, the code after it runs in flat `if pending == 0` segments, and a
//! landing after the target clears `pending`. Values live across a segment
//! boundary go through fresh locals. A branch that leaves a naga loop sets
//! `pending` and breaks; after the loop, a dispatch continues or leaves the
//! enclosing loop, or guards what follows. `br_table` is a `switch` that sets
//! `pending`, followed by the same dispatch. Values crossing a naga scope
//! (block results, loop parameters) go through local variables.
//!
//! Memory: every address is resolved by its provenance (see `analysis`) to a
//! region (a buffer binding, a workgroup array, the private shadow stack, or
//! the constant data) and turned into an element index; sub-word and 64-bit
//! accesses extract or combine bits of elements.

use crate::analysis::{self, branch_targets, skip_dead, Instance, Prov, Provenance};
use crate::intrinsics::{self, AtomicOp, Dim, Intrinsic, MathOp, MatrixValue, ParamType};
use crate::module::WasmModule;
use crate::{panic_message, LowerError};
use everygpu_backend::status::{self, STATUS_FILE_BYTES};
use everygpu_backend::{
    LowerOptions, ManifestKernel, Param, ShaderBinding, FIRST_BUFFER_BINDING, PARAMS_BINDING, STATUS_BINDING,
};
use naga::{
    AddressSpace, ArraySize, AtomicFunction, Barrier, BinaryOperator as B, Binding, Block, BuiltIn, EntryPoint,
    Expression, Function, FunctionArgument, GlobalVariable, Handle, Literal, LocalVariable, MathFunction as M, Module,
    PredeclaredType, ResourceBinding, Scalar, ScalarKind, ShaderStage, Span, Statement, StorageAccess, SwitchCase,
    SwitchValue, Type, TypeInner, UnaryOperator,
};
mod matrix;
mod numeric;
mod pair;
mod subgroup;

pub use bindings::lower_kernel;
use bindings::{array_type, canonical, scalar_type, vector_type};
use control::{Frame, Jump, Kind};
use memory::{load_info, store_info};
use panic::Landing;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasmparser::{MemArg, Operator, ValType};
mod bindings;
mod control;
mod inline;
mod intrinsic;
mod memory;
mod panic;

/// The byte address `buffer_ptr`/`shared_ptr` return: non-zero (Rust treats
/// null as `None`) and aligned for every element type.
pub const REGION_BASE: u32 = 0x1000;

type H = Handle<Expression>;

/// A memory region and how its elements are stored.
#[derive(Clone, Copy, Debug)]
struct Region {
    global: Handle<GlobalVariable>,
    /// Element scalar (u32/i32/f32/u64/i64/f64).
    elem: Scalar,
    /// Whether elements are `atomic<elem>`.
    atomic: bool,
    /// Byte address of element 0.
    base: u32,
    /// Per-invocation memory (non-atomic read-modify-write is fine).
    private: bool,
    /// Whether the kernel may write it.
    writable: bool,
    /// Elements per array item: 1, or 4 for a workgroup array of `vec4`s
    /// (see [`Provenance::x4_regions`]), whose element `i` is component
    /// `i % 4` of item `i / 4`.
    lanes: u32,
}

/// The result of lowering one kernel.
pub struct Lowered {
    /// The module (not yet validated).
    pub module: Module,
    /// Panic message per site id.
    pub panic_messages: Vec<String>,
    /// `gpu_println!` call sites by number (see `everygpu_backend::print`).
    pub print_sites: Vec<String>,
    /// Buffer bindings in parameter order.
    pub bindings: Vec<ShaderBinding>,
    /// The classes of subgroup operations the kernel uses
    /// (`everygpu_backend::shader::subgroup_ops` bits).
    pub subgroup_ops: u32,
    /// Whether the kernel multiplies matrix tiles (cooperative matrices).
    pub uses_matrices: bool,
    /// The crate's constant data, for its parameter block, when it reads
    /// constant data at computed addresses (empty otherwise).
    pub constant_data: Vec<u32>,
}

/// The most constant data a kernel may read at computed addresses: 4 MiB,
/// which travels in its parameter block at every launch.
const MAX_CONSTANT_WORDS: u32 = 1 << 20;

struct Translator<'m, 'a> {
    m: &'m WasmModule<'a>,
    facts: &'m analysis::FuncFacts,
    prov: &'m Provenance,
    kernel: &'m ManifestKernel,
    module: Module,
    fun: Function,
    blocks: Vec<Block>,
    frames: Vec<Frame>,
    regions: HashMap<Prov, Region>,
    data_region: Option<Region>,
    /// The words of the data region, once a load needs it.
    constant_data: Vec<u32>,
    status: Handle<GlobalVariable>,
    params: Handle<GlobalVariable>,
    globals: HashMap<u32, Handle<GlobalVariable>>,
    builtins: [H; 3],
    pending: Option<Handle<LocalVariable>>,
    /// Types of expressions, for values spilled across guards.
    typifier: naga::front::Typifier,
    next_id: u32,
    panic_messages: Vec<String>,
    print_sites: Vec<String>,
    inline_stack: Vec<u32>,
    targets: HashMap<u32, Rc<HashSet<usize>>>,
    stack_bytes: u64,
    current: u32,
    /// Subgroup builtins declared so far (size, lane, id, count).
    subgroup_builtins: [Option<H>; 4],
    /// The classes of subgroup operations used (`subgroup_ops` bits).
    subgroup_ops: u32,
    /// Read-only views of buffer parameters by parameter and array type:
    /// `array<f16>` for matrix tile loads, `array<vec4<_>>` for
    /// `buffer_load_x4` (see [`Translator::view`]).
    views: HashMap<(u32, Handle<Type>), Handle<GlobalVariable>>,
    /// Bindings of those views (the same buffers bound a second time).
    view_bindings: Vec<ShaderBinding>,
    /// The binding number of the next view.
    next_binding: u32,
    /// Whether the kernel uses matrix tiles.
    uses_matrices: bool,
    /// Whether guards are switches (see [`Guard`]).
    switch_guards: bool,
    /// Whether wasm's i64 values are word pairs (`vec2<u32>`) rather than
    /// `u64` (see [`pair`]).
    narrow: bool,
    /// A private `u32` that is always 0 (see [`Translator::f32_bits`]).
    runtime_zero: Option<Handle<GlobalVariable>>,
    /// Whether a panicking thread goes on (see [`LowerOptions`]).
    uniform_panics: bool,
    /// Whether every loop has a way out (see [`LowerOptions`]).
    exiting_loops: bool,
    /// The clamped indices into arrays of fixed length (see [`crate::bounds`]).
    clamps: Vec<crate::bounds::Clamp>,
    /// The span of what is being emitted: the code offset of the wasm
    /// operator it comes from ([`crate::module::DefinedFunc::offsets`]), so
    /// that each expression and statement of the lowered module can be
    /// traced to its operator, and through DWARF line tables to its source
    /// line ([`crate::lines`]).
    span: Span,
}

/// The cooperative-matrix variables holding matrix tiles, per wasm local of
/// one inlined function and tile kind.
type TileLocals = HashMap<(u32, MatrixValue), Handle<LocalVariable>>;

/// The variables of one inlined function's wasm locals.
struct FnLocals {
    /// One per wasm local, of its wasm type.
    vars: Vec<Handle<LocalVariable>>,
    /// Those of the locals that hold matrix tiles.
    tiles: TileLocals,
}

/// The matrix tile kind the local accessed at `pc` holds, if it holds one.
fn tile_at(info: &Instance, pc: usize) -> Option<MatrixValue> {
    match info.operands.get(&pc)?.first()? {
        Prov::Matrix(kind) => Some(*kind),
        _ => None,
    }
}

fn needs_emit(e: &Expression) -> bool {
    !matches!(
        e,
        Expression::Literal(_)
            | Expression::Constant(_)
            | Expression::ZeroValue(_)
            | Expression::FunctionArgument(_)
            | Expression::GlobalVariable(_)
            | Expression::LocalVariable(_)
            | Expression::CallResult(_)
            | Expression::AtomicResult { .. }
            | Expression::SubgroupBallotResult
            | Expression::SubgroupOperationResult { .. }
    )
}

impl Translator<'_, '_> {
    // ----------------------------------------------------------------- helpers

    fn err(&self, construct: impl Into<String>) -> LowerError {
        LowerError::Unsupported {
            function: self.m.rust_name(self.current),
            construct: construct.into(),
        }
    }

    fn block(&mut self) -> &mut Block {
        if self.blocks.is_empty() {
            self.blocks.push(Block::new());
        }
        let n = self.blocks.len() - 1;
        &mut self.blocks[n]
    }

    fn stmt(&mut self, s: Statement) {
        let span = self.span;
        self.block().push(s, span);
    }

    fn expr(&mut self, e: Expression) -> H {
        let emit = needs_emit(&e);
        let h = self.fun.expressions.append(e, self.span);
        if emit {
            let block = self.block();
            if let Some(Statement::Emit(range)) = block.last_mut() {
                if let Some((first, last)) = range.first_and_last() {
                    if last.index() + 1 == h.index() {
                        *range = naga::Range::new_from_bounds(first, h);
                        return h;
                    }
                }
            }
            block.push(Statement::Emit(naga::Range::new_from_bounds(h, h)), Span::UNDEFINED);
        }
        h
    }

    fn lit(&mut self, l: Literal) -> H {
        self.expr(Expression::Literal(l))
    }
    /// An f32 constant from its bits; NaN and infinities (which naga
    /// literals cannot hold) as a bitcast of their bits, or'd with a value
    /// that is 0 at run time: WGSL refuses a constant expression that is not
    /// finite, and browsers check. Drivers fold the or.
    fn f32_bits(&mut self, bits: u32) -> H {
        let v = f32::from_bits(bits);
        if v.is_finite() {
            self.lit(Literal::F32(v))
        } else {
            let b = self.u32(bits);
            let zero = self.runtime_zero();
            let b = self.bin(B::InclusiveOr, b, zero);
            self.bitcast(b, ScalarKind::Float)
        }
    }
    /// A load of a private `u32` initialised to 0 and never written.
    fn runtime_zero(&mut self) -> H {
        let g = match self.runtime_zero {
            Some(g) => g,
            None => {
                let ty = scalar_type(&mut self.module, Scalar::U32);
                let init = self
                    .module
                    .global_expressions
                    .append(Expression::Literal(Literal::U32(0)), Span::UNDEFINED);
                let g = self.module.global_variables.append(
                    GlobalVariable {
                        name: Some("runtime_zero".to_string()),
                        space: AddressSpace::Private,
                        binding: None,
                        ty,
                        init: Some(init),
                        memory_decorations: Default::default(),
                    },
                    Span::UNDEFINED,
                );
                self.runtime_zero = Some(g);
                g
            }
        };
        let p = self.global_ptr(g);
        self.load(p)
    }
    /// An f64 constant from its bits (see [`Self::f32_bits`]).
    fn f64_bits(&mut self, bits: u64) -> H {
        let v = f64::from_bits(bits);
        if v.is_finite() {
            self.lit(Literal::F64(v))
        } else {
            let b = self.u64(bits);
            self.bitcast(b, ScalarKind::Float)
        }
    }
    fn u32(&mut self, v: u32) -> H {
        self.lit(Literal::U32(v))
    }
    fn u64(&mut self, v: u64) -> H {
        self.lit(Literal::U64(v))
    }
    fn zero(&mut self, s: Scalar) -> H {
        match s {
            Scalar::U64 => self.u64(0),
            Scalar::F32 => self.lit(Literal::F32(0.0)),
            Scalar::F64 => self.lit(Literal::F64(0.0)),
            Scalar::I32 => self.lit(Literal::I32(0)),
            Scalar::I64 => self.lit(Literal::I64(0)),
            _ => self.u32(0),
        }
    }
    fn bin(&mut self, op: B, left: H, right: H) -> H {
        self.expr(Expression::Binary { op, left, right })
    }
    fn cast(&mut self, expr: H, kind: ScalarKind, width: u8) -> H {
        self.expr(Expression::As {
            expr,
            kind,
            convert: Some(width),
        })
    }
    fn bitcast(&mut self, expr: H, kind: ScalarKind) -> H {
        self.expr(Expression::As {
            expr,
            kind,
            convert: None,
        })
    }
    fn math(&mut self, fun: M, arg: H, arg1: Option<H>) -> H {
        self.expr(Expression::Math {
            fun,
            arg,
            arg1,
            arg2: None,
            arg3: None,
        })
    }
    fn select(&mut self, condition: H, accept: H, reject: H) -> H {
        self.expr(Expression::Select {
            condition,
            accept,
            reject,
        })
    }
    fn bool_u32(&mut self, b: H) -> H {
        let one = self.u32(1);
        let zero = self.u32(0);
        self.select(b, one, zero)
    }
    fn nonzero(&mut self, v: H, s: Scalar) -> H {
        // `select(0, 1, c) != 0` is `c`: comparisons feeding branches stay booleans.
        if let Ok(Expression::Select {
            condition,
            accept,
            reject,
        }) = self.fun.expressions.try_get(v)
        {
            let (c, a, r) = (*condition, *accept, *reject);
            if self.literal_u32(a) == Some(1) && self.literal_u32(r) == Some(0) {
                return c;
            }
        }
        let z = self.zero(s);
        self.bin(B::NotEqual, v, z)
    }
    fn load(&mut self, pointer: H) -> H {
        self.expr(Expression::Load { pointer })
    }
    fn local(&mut self, s: Scalar, name: Option<String>) -> Handle<LocalVariable> {
        let ty = scalar_type(&mut self.module, s);
        self.fun
            .local_variables
            .append(LocalVariable { name, ty, init: None }, Span::UNDEFINED)
    }
    fn local_ptr(&mut self, l: Handle<LocalVariable>) -> H {
        self.expr(Expression::LocalVariable(l))
    }
    fn store_local(&mut self, l: Handle<LocalVariable>, value: H) {
        let pointer = self.local_ptr(l);
        self.stmt(Statement::Store { pointer, value });
    }
    fn load_local(&mut self, l: Handle<LocalVariable>) -> H {
        let p = self.local_ptr(l);
        self.load(p)
    }
    fn global_ptr(&mut self, g: Handle<GlobalVariable>) -> H {
        self.expr(Expression::GlobalVariable(g))
    }
    fn literal_u32(&self, h: H) -> Option<u32> {
        match self.fun.expressions.try_get(h).ok()? {
            Expression::Literal(Literal::U32(v)) => Some(*v),
            _ => None,
        }
    }
    fn check_budget(&self) -> Result<(), LowerError> {
        if self.fun.expressions.len() > 2_000_000 {
            return Err(self.err("grows beyond two million expressions after inlining"));
        }
        Ok(())
    }

    fn pending(&mut self) -> Handle<LocalVariable> {
        if let Some(p) = self.pending {
            return p;
        }
        let ty = scalar_type(&mut self.module, Scalar::U32);
        let init = self
            .fun
            .expressions
            .append(Expression::Literal(Literal::U32(0)), Span::UNDEFINED);
        let p = self.fun.local_variables.append(
            LocalVariable {
                name: Some("pending".into()),
                ty,
                init: Some(init),
            },
            Span::UNDEFINED,
        );
        self.pending = Some(p);
        p
    }
}
