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

use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasmparser::{MemArg, Operator, ValType};

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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Block,
    Loop,
    If,
    Body { entry: bool },
}

struct Frame {
    kind: Kind,
    /// The pc of its `block`/`loop`/`if` (0 for a function body).
    start: usize,
    /// A wasm loop that some branch continues: a naga `loop`.
    naga_loop: bool,
    /// Increases with nesting: every frame enclosing this one has a smaller id.
    id: u32,
    /// A branch left this frame with `pending` set: the code after it in the
    /// parent runs only where `pending` is 0.
    crossed: bool,
    /// A branch reaches this frame's end through `pending`: a landing that
    /// clears it follows the construct.
    landing: bool,
    /// Of a naga loop: the frames beyond it that branches leaving it target.
    exits: Vec<usize>,
    /// Guards open in this frame (the current arm of an `if`), innermost last.
    guards: Vec<Guard>,
    /// `pending` may have been set since this frame's innermost guard began:
    /// what follows needs a new one.
    dirty: bool,
    reached: bool,
    height: usize,
    params: Vec<H>,
    param_types: Vec<ValType>,
    result_types: Vec<ValType>,
    /// Locals receiving the results (block/if/body) when they cross a scope.
    result_locals: Vec<Handle<LocalVariable>>,
    /// Locals receiving a naga loop's parameters on `continue`.
    param_locals: Vec<Handle<LocalVariable>>,
    condition: Option<H>,
    accept: Option<Block>,
    then_alive: bool,
    else_seen: bool,
}

impl Frame {
    fn new(kind: Kind, id: u32, height: usize) -> Self {
        Frame {
            kind,
            start: 0,
            naga_loop: false,
            id,
            crossed: false,
            landing: false,
            exits: Vec::new(),
            guards: Vec::new(),
            dirty: false,
            reached: false,
            height,
            params: Vec::new(),
            param_types: Vec::new(),
            result_types: Vec::new(),
            result_locals: Vec::new(),
            param_locals: Vec::new(),
            condition: None,
            accept: None,
            then_alive: false,
            else_seen: false,
        }
    }
}

/// What wraps the rest of a frame's code (its block is on `blocks`): an
/// `if run { ... }`, or in kernels with cooperative-matrix operations,
/// `switch 0u { default: { if skip { break; } ... } }`. naga requires those
/// operations in uniform control flow, and in its analysis a `break` keeps
/// it uniform where an `if` on a thread's value does not.
#[derive(Clone, Copy)]
struct Guard {
    run: H,
    skip: H,
    /// `pending == 0`: a later segment may replace it (see `roll`).
    pending: bool,
    /// A switch guard a `break` inside leaves on its way out of a naga loop:
    /// the loop's dispatch follows the switch.
    leaves: bool,
}

/// Where a branch went.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Jump {
    /// Control left (`return`, `break`, `continue`).
    Left,
    /// `pending` holds the target: what follows needs a guard.
    Pending,
    /// The target is the end of the current frame: nothing was emitted.
    Here,
}

/// Open guards beyond which branches to the current frame's end go through
/// `pending` too, keeping the nesting of the emitted code shallow.
const MAX_GUARD_DEPTH: usize = 8;

/// The result of lowering one kernel.
pub struct Lowered {
    /// The module (not yet validated).
    pub module: Module,
    /// Panic message per site id.
    pub panic_messages: Vec<String>,
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
    inline_stack: Vec<u32>,
    targets: HashMap<u32, Rc<HashSet<usize>>>,
    stack_bytes: u64,
    current: u32,
    /// Subgroup builtins declared so far (size, lane, id, count).
    subgroup_builtins: [Option<H>; 4],
    /// The classes of subgroup operations used (`subgroup_ops` bits).
    subgroup_ops: u32,
    /// Per buffer parameter, its `array<f16>` view for matrix tile loads.
    f16_views: HashMap<u32, Handle<GlobalVariable>>,
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

/// Lowers kernel `kernel` whose wasm entry is function `entry`.
pub fn lower_kernel(
    m: &WasmModule<'_>,
    facts: &analysis::FuncFacts,
    kernel: &ManifestKernel,
    entry: u32,
    options: LowerOptions,
) -> Result<Lowered, LowerError> {
    let prov = analysis::analyse(m, facts, entry)?;
    let stack_bytes = prov
        .instances
        .get(&(entry, Vec::new()))
        .map(|i| i.stack_bytes)
        .unwrap_or(0);
    let mut module = Module::default();
    let u32_ty = scalar_type(&mut module, Scalar::U32);
    let atomic_u32 = module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Atomic(Scalar::U32),
        },
        Span::UNDEFINED,
    );
    let status_ty = array_type(&mut module, atomic_u32, 4, None);
    let params_ty = array_type(&mut module, u32_ty, 4, None);
    let status = module.global_variables.append(
        GlobalVariable {
            name: Some("status".into()),
            space: AddressSpace::Storage {
                access: StorageAccess::LOAD | StorageAccess::STORE,
            },
            binding: Some(ResourceBinding {
                group: 0,
                binding: STATUS_BINDING,
            }),
            ty: status_ty,
            init: None,
            memory_decorations: Default::default(),
        },
        Span::UNDEFINED,
    );
    let params = module.global_variables.append(
        GlobalVariable {
            name: Some("params".into()),
            space: AddressSpace::Storage {
                access: StorageAccess::LOAD,
            },
            binding: Some(ResourceBinding {
                group: 0,
                binding: PARAMS_BINDING,
            }),
            ty: params_ty,
            init: None,
            memory_decorations: Default::default(),
        },
        Span::UNDEFINED,
    );
    let kernel_name = m.rust_name(entry);
    let unsupported = |construct: String| LowerError::Unsupported {
        function: kernel_name.clone(),
        construct,
    };
    let mut regions = HashMap::new();
    let mut bindings = Vec::new();
    for (k, p) in kernel.params.iter().enumerate() {
        let k32 = k as u32;
        match p {
            Param::Scalar { .. } => {}
            Param::Buffer { name, elem, mutable } => {
                let atomic = prov.atomic_regions.contains(&Prov::Buffer(k32));
                let scalar = elem_scalar(elem, atomic).map_err(|e| unsupported(format!("buffer `{name}`: {e}")))?;
                if atomic && !mutable {
                    return Err(unsupported(format!(
                        "needs atomic access to the read-only buffer `{name}`"
                    )));
                }
                let base = scalar_type(&mut module, scalar);
                let elem_ty = if atomic { atomic_type(&mut module, scalar) } else { base };
                let ty = array_type(&mut module, elem_ty, scalar.width as u32, None);
                let binding = FIRST_BUFFER_BINDING + bindings.len() as u32;
                let access = if *mutable {
                    StorageAccess::LOAD | StorageAccess::STORE
                } else {
                    StorageAccess::LOAD
                };
                let global = module.global_variables.append(
                    GlobalVariable {
                        name: Some(name.clone()),
                        space: AddressSpace::Storage { access },
                        binding: Some(ResourceBinding { group: 0, binding }),
                        ty,
                        init: None,
                        memory_decorations: Default::default(),
                    },
                    Span::UNDEFINED,
                );
                bindings.push(ShaderBinding {
                    binding,
                    param: k,
                    writable: *mutable,
                });
                regions.insert(
                    Prov::Buffer(k32),
                    Region {
                        global,
                        elem: scalar,
                        atomic,
                        base: REGION_BASE,
                        private: false,
                        writable: *mutable,
                    },
                );
            }
            Param::Shared { .. } if !prov.touches(Prov::Shared(k32)) => {}
            Param::Shared { name, elem, len } => {
                let atomic = prov.atomic_regions.contains(&Prov::Shared(k32));
                let scalar =
                    elem_scalar(elem, atomic).map_err(|e| unsupported(format!("shared array `{name}`: {e}")))?;
                let bytes = elem.size.saturating_mul(*len);
                let count = bytes.div_ceil(scalar.width as usize).max(1);
                let base = scalar_type(&mut module, scalar);
                let elem_ty = if atomic { atomic_type(&mut module, scalar) } else { base };
                let ty = array_type(&mut module, elem_ty, scalar.width as u32, Some(count as u32));
                let global = module.global_variables.append(
                    GlobalVariable {
                        name: Some(name.clone()),
                        space: AddressSpace::WorkGroup,
                        binding: None,
                        ty,
                        init: None,
                        memory_decorations: Default::default(),
                    },
                    Span::UNDEFINED,
                );
                regions.insert(
                    Prov::Shared(k32),
                    Region {
                        global,
                        elem: scalar,
                        atomic,
                        base: REGION_BASE,
                        private: false,
                        writable: true,
                    },
                );
            }
        }
    }
    let vec3 = module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Vector {
                size: naga::VectorSize::Tri,
                scalar: Scalar::U32,
            },
        },
        Span::UNDEFINED,
    );
    let mut fun = Function {
        name: Some(kernel.name.clone()),
        ..Function::default()
    };
    let mut builtins = Vec::new();
    for (i, (name, b)) in [
        ("local_id", BuiltIn::LocalInvocationId),
        ("workgroup_id", BuiltIn::WorkGroupId),
        ("num_workgroups", BuiltIn::NumWorkGroups),
    ]
    .into_iter()
    .enumerate()
    {
        fun.arguments.push(FunctionArgument {
            name: Some(name.into()),
            ty: vec3,
            binding: Some(Binding::BuiltIn(b)),
        });
        builtins.push(
            fun.expressions
                .append(Expression::FunctionArgument(i as u32), Span::UNDEFINED),
        );
    }
    let switch_guards = prov
        .instances
        .values()
        .any(|i| !i.tile_locals.is_empty() || i.operands.values().flatten().any(|p| matches!(p, Prov::Matrix(_))));
    let mut t = Translator {
        m,
        facts,
        prov: &prov,
        kernel,
        module,
        fun,
        blocks: vec![Block::new()],
        frames: Vec::new(),
        regions,
        data_region: None,
        constant_data: Vec::new(),
        status,
        params,
        globals: HashMap::new(),
        builtins: [builtins[0], builtins[1], builtins[2]],
        pending: None,
        typifier: naga::front::Typifier::new(),
        next_id: 1,
        panic_messages: Vec::new(),
        inline_stack: Vec::new(),
        targets: HashMap::new(),
        stack_bytes,
        current: entry,
        subgroup_builtins: [None; 4],
        subgroup_ops: 0,
        f16_views: HashMap::new(),
        view_bindings: Vec::new(),
        next_binding: FIRST_BUFFER_BINDING + bindings.len() as u32,
        uses_matrices: false,
        narrow: pair::narrow_ok(m, &prov, kernel),
        runtime_zero: None,
        // Matrix kernels keep naga's own uniformity (their guards are
        // switches); WebGPU runs none of them.
        uniform_panics: options.uniform_panics && !switch_guards,
        exiting_loops: options.exiting_loops,
        switch_guards,
    };
    t.inline(entry, Vec::new(), Vec::new(), true)?;
    let body = t.blocks.pop().unwrap_or_default();
    t.fun.body = body;
    let mut module = t.module;
    module.entry_points.push(EntryPoint {
        name: kernel.name.clone(),
        stage: ShaderStage::Compute,
        early_depth_test: None,
        workgroup_size: kernel.workgroup_size,
        workgroup_size_overrides: None,
        function: t.fun,
        mesh_info: None,
        task_payload: None,
        incoming_ray_payload: None,
    });
    // Panics touch the status buffer only with atomics, just before returning.
    crate::barriers::drop_needless_storage_ordering(&mut module, &[status]);
    bindings.extend(t.view_bindings);
    Ok(Lowered {
        module,
        panic_messages: t.panic_messages,
        bindings,
        subgroup_ops: t.subgroup_ops,
        uses_matrices: t.uses_matrices,
        constant_data: t.constant_data,
    })
}

/// A panic that follows a block's end (see [`Translator::panic_landing`]).
#[derive(Clone, Debug)]
struct Landing {
    /// The panic function (or the `panic` import).
    callee: u32,
    args: Vec<LandingArg>,
    types: Vec<ValType>,
}

/// An argument of a landing's panic call.
#[derive(Clone, Copy, Debug)]
enum LandingArg {
    Const(u32),
    /// A local the landing does not change.
    Local(u32),
    Computed,
}

/// The panic after the `end` at `end`, if straight-line code (no branch,
/// no call) leads from it to a panic call and `unreachable`.
fn landing_after(m: &WasmModule<'_>, facts: &analysis::FuncFacts, ops: &[Operator<'_>], end: usize) -> Option<Landing> {
    let mut stack: Vec<LandingArg> = Vec::new();
    let mut written = HashSet::new();
    for pc in end + 1..ops.len() {
        match ops[pc] {
            Operator::I32Const { value } => stack.push(LandingArg::Const(value as u32)),
            Operator::LocalGet { local_index } => stack.push(LandingArg::Local(local_index)),
            Operator::Call { function_index } => {
                let panics = facts.is_panic_fn(function_index)
                    || m.import(function_index)
                        .and_then(intrinsics::classify)
                        .is_some_and(|k| k == Intrinsic::Panic);
                if !panics || !matches!(ops.get(pc + 1), Some(Operator::Unreachable)) {
                    return None;
                }
                let types = m.func_type(function_index)?.params().to_vec();
                let args = stack
                    .split_off(stack.len().checked_sub(types.len())?)
                    .into_iter()
                    .map(|a| match a {
                        LandingArg::Local(i) if written.contains(&i) => LandingArg::Computed,
                        other => other,
                    })
                    .collect();
                return Some(Landing {
                    callee: function_index,
                    args,
                    types,
                });
            }
            ref op => {
                // Anything else without control flow: its stack effect.
                if matches!(
                    op,
                    Operator::Block { .. }
                        | Operator::Loop { .. }
                        | Operator::If { .. }
                        | Operator::Else
                        | Operator::End
                        | Operator::Br { .. }
                        | Operator::BrIf { .. }
                        | Operator::BrTable { .. }
                        | Operator::Return
                        | Operator::Unreachable
                        | Operator::CallIndirect { .. }
                ) {
                    return None;
                }
                if let Operator::LocalSet { local_index } | Operator::LocalTee { local_index } = *op {
                    written.insert(local_index);
                }
                let (pops, pushes) = op.operator_arity(&NoModule)?;
                stack.truncate(stack.len().checked_sub(pops as usize)?);
                stack.extend(std::iter::repeat_n(LandingArg::Computed, pushes as usize));
            }
        }
    }
    None
}

/// Module facts for [`Operator::operator_arity`] of operators that need
/// none (those of straight-line code): every query is unanswered.
struct NoModule;

impl wasmparser::ModuleArity for NoModule {
    fn sub_type_at(&self, _: u32) -> Option<&wasmparser::SubType> {
        None
    }
    fn tag_type_arity(&self, _: u32) -> Option<(u32, u32)> {
        None
    }
    fn type_index_of_function(&self, _: u32) -> Option<u32> {
        None
    }
    fn func_type_of_cont_type(&self, _: &wasmparser::ContType) -> Option<&wasmparser::FuncType> {
        None
    }
    fn sub_type_of_ref_type(&self, _: &wasmparser::RefType) -> Option<&wasmparser::SubType> {
        None
    }
    fn control_stack_height(&self) -> u32 {
        0
    }
    fn label_block(&self, _: u32) -> Option<(wasmparser::BlockType, wasmparser::FrameKind)> {
        None
    }
}

fn scalar_type(module: &mut Module, s: Scalar) -> Handle<Type> {
    module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Scalar(s),
        },
        Span::UNDEFINED,
    )
}

fn atomic_type(module: &mut Module, s: Scalar) -> Handle<Type> {
    module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Atomic(s),
        },
        Span::UNDEFINED,
    )
}

fn array_type(module: &mut Module, base: Handle<Type>, stride: u32, len: Option<u32>) -> Handle<Type> {
    let size = match len.and_then(std::num::NonZeroU32::new) {
        Some(n) => ArraySize::Constant(n),
        None => ArraySize::Dynamic,
    };
    module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Array { base, size, stride },
        },
        Span::UNDEFINED,
    )
}

/// The element scalar of a buffer or shared array: the element itself for
/// 4- and 8-byte scalars, u32 words for everything else.
fn elem_scalar(elem: &everygpu_backend::Elem, atomic: bool) -> Result<Scalar, String> {
    let scalar = if elem.is_scalar() {
        match elem.fields[0].2.as_str() {
            "u32" => Scalar::U32,
            "i32" => Scalar::I32,
            "f32" => Scalar::F32,
            "u64" => Scalar::U64,
            "i64" => Scalar::I64,
            "f64" => Scalar::F64,
            _ => Scalar::U32,
        }
    } else {
        Scalar::U32
    };
    if atomic && !matches!(scalar, Scalar::U32 | Scalar::I32) {
        return Err(format!(
            "atomic access to elements of type `{}` (only u32/i32 and byte-sized elements can be atomic)",
            elem.name
        ));
    }
    Ok(scalar)
}

fn canonical(v: ValType) -> Option<Scalar> {
    match v {
        ValType::I32 => Some(Scalar::U32),
        ValType::I64 => Some(Scalar::U64),
        ValType::F32 => Some(Scalar::F32),
        ValType::F64 => Some(Scalar::F64),
        _ => None,
    }
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
        self.block().push(s, Span::UNDEFINED);
    }

    fn expr(&mut self, e: Expression) -> H {
        let emit = needs_emit(&e);
        let h = self.fun.expressions.append(e, Span::UNDEFINED);
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

    // ----------------------------------------------------------- control flow

    fn set_pending(&mut self, id: u32) {
        let p = self.pending();
        let v = self.u32(id);
        self.store_local(p, v);
    }

    fn pending_is(&mut self, id: u32) -> H {
        let p = self.pending();
        let cur = self.load_local(p);
        let v = self.u32(id);
        self.bin(B::Equal, cur, v)
    }

    /// Emits a jump to frame `target` (values already stored), taken where
    /// a condition holds if `conditional`.
    fn jump(&mut self, target: usize, conditional: bool) -> Result<Jump, LowerError> {
        let Some(t) = self.frames.get(target) else {
            return Err(self.err("branches to a missing label"));
        };
        if t.kind == (Kind::Body { entry: true }) {
            self.stmt(Statement::Return { value: None });
            return Ok(Jump::Left);
        }
        let (kind, id) = (t.kind, t.id);
        let current = self.frames.len() - 1;
        if kind != Kind::Loop {
            self.frames[target].reached = true;
        }
        if let Some(inner) = (target + 1..=current).rev().find(|&i| self.frames[i].naga_loop) {
            // Leave the innermost loop; its dispatch passes the branch on.
            if kind != Kind::Loop {
                self.frames[target].landing = true;
            }
            if !self.frames[inner].exits.contains(&target) {
                self.frames[inner].exits.push(target);
            }
            self.set_pending(id);
            self.break_out(inner);
            return Ok(Jump::Left);
        }
        if kind == Kind::Loop {
            if !self.frames[target].naga_loop {
                return Err(self.err("branches to a label that was not lowered as a loop (internal error)"));
            }
            self.stmt(Statement::Continue);
            return Ok(Jump::Left);
        }
        if target == current && (!conditional || self.guard_depth() < MAX_GUARD_DEPTH) {
            return Ok(Jump::Here);
        }
        self.frames[target].landing = true;
        for f in &mut self.frames[target + 1..] {
            f.crossed = true;
        }
        self.set_pending(id);
        Ok(Jump::Pending)
    }

    /// After a naga loop that branches left, or a `br_table` switch: passes
    /// the branches pending to `targets` on from here.
    fn route(&mut self, targets: &[usize]) {
        let current = self.frames.len() - 1;
        let lp = self.frames.iter().rposition(|f| f.naga_loop);
        let (mut again, mut out, mut forward) = (false, false, false);
        for &t in targets {
            match lp {
                Some(l) if t == l => again = true,
                Some(l) if t < l => {
                    out = true;
                    if !self.frames[l].exits.contains(&t) {
                        self.frames[l].exits.push(t);
                    }
                }
                _ => {
                    self.frames[t].landing = true;
                    self.frames[t].reached = true;
                    for f in &mut self.frames[t + 1..] {
                        f.crossed = true;
                    }
                    forward = true;
                }
            }
        }
        let Some(l) = lp else {
            self.frames[current].dirty |= forward;
            return;
        };
        if again {
            self.clear_pending_if(self.frames[l].id, Some(Statement::Continue));
        }
        if out {
            self.break_if_pending_beyond(l);
        }
        self.frames[current].dirty |= forward;
    }

    /// `if` `pending` targets a frame outside the naga loop of frame `lp`,
    /// `break` out of it. Frames outside have ids in `1..id`: the test is
    /// `pending - 1 < id - 1`.
    fn break_if_pending_beyond(&mut self, lp: usize) {
        let id = self.frames[lp].id;
        let p = self.pending();
        let cur = self.load_local(p);
        let one = self.u32(1);
        let below = self.bin(B::Subtract, cur, one);
        let bound = self.u32(id - 1);
        let outside = self.bin(B::Less, below, bound);
        self.blocks.push(Block::new());
        self.break_out(lp);
        let accept = self.blocks.pop().unwrap_or_default();
        self.stmt(Statement::If {
            condition: outside,
            accept,
            reject: Block::new(),
        });
    }

    /// A `break` out of the naga loop of frame `lp` (`pending` is set): the
    /// switch guards it leaves on the way pass it on.
    fn break_out(&mut self, lp: usize) {
        for f in &mut self.frames[lp..] {
            for g in &mut f.guards {
                g.leaves = true;
            }
        }
        self.stmt(Statement::Break);
    }

    /// Appends `pending = value` to `block`.
    fn push_set_pending(&mut self, block: &mut Block, value: u32) {
        let p = self.pending();
        let pointer = self
            .fun
            .expressions
            .append(Expression::LocalVariable(p), Span::UNDEFINED);
        let value = self
            .fun
            .expressions
            .append(Expression::Literal(Literal::U32(value)), Span::UNDEFINED);
        block.push(Statement::Store { pointer, value }, Span::UNDEFINED);
    }

    /// `if pending == id { pending = 0; then }`: where a branch pending to
    /// frame `id` arrives (after the frame's construct: its landing; or at
    /// the loop it continues).
    fn clear_pending_if(&mut self, id: u32, then: Option<Statement>) {
        let here = self.pending_is(id);
        let mut accept = Block::new();
        self.push_set_pending(&mut accept, 0);
        if let Some(then) = then {
            accept.push(then, Span::UNDEFINED);
        }
        self.stmt(Statement::If {
            condition: here,
            accept,
            reject: Block::new(),
        });
    }

    /// Guards open in every frame.
    fn guard_depth(&self) -> usize {
        self.frames.iter().map(|f| f.guards.len()).sum()
    }

    /// Runs the rest of the current frame's code only where `run` holds, or
    /// with switch guards, skips it where `skip` holds.
    fn open_guard(&mut self, run: H, skip: H, pending: bool) {
        if let Some(f) = self.frames.last_mut() {
            f.guards.push(Guard {
                run,
                skip,
                pending,
                leaves: false,
            });
            self.blocks.push(Block::new());
        }
    }

    /// The guard that skips the rest of the current frame where `pending`
    /// is set.
    fn open_pending_guard(&mut self) {
        let p = self.pending();
        let cur = self.load_local(p);
        let zero = self.u32(0);
        // Only the condition the guard's form tests is emitted.
        let c = if self.switch_guards {
            self.bin(B::NotEqual, cur, zero)
        } else {
            self.bin(B::Equal, cur, zero)
        };
        self.open_guard(c, c, true);
    }

    /// Closes the innermost guard of the current frame.
    fn close_guard(&mut self) {
        let Some(g) = self.frames.last_mut().and_then(|f| f.guards.pop()) else {
            return;
        };
        let mut body = self.blocks.pop().unwrap_or_default();
        if body.is_empty() {
            return;
        }
        if !self.switch_guards {
            self.stmt(Statement::If {
                condition: g.run,
                accept: body,
                reject: Block::new(),
            });
            return;
        }
        let mut leave = Block::new();
        leave.push(Statement::Break, Span::UNDEFINED);
        let mut guarded = Block::new();
        guarded.push(
            Statement::If {
                condition: g.skip,
                accept: leave,
                reject: Block::new(),
            },
            Span::UNDEFINED,
        );
        guarded.append(&mut body);
        let selector = self.u32(0);
        self.stmt(Statement::Switch {
            selector,
            cases: vec![SwitchCase {
                value: SwitchValue::Default,
                body: guarded,
                fall_through: false,
            }],
        });
        if g.leaves {
            // Pass on a `break` meant for the enclosing loop.
            if let Some(l) = self.frames.iter().rposition(|f| f.naga_loop) {
                self.break_if_pending_beyond(l);
            }
        }
    }

    fn close_guards(&mut self) {
        while self.frames.last().is_some_and(|f| !f.guards.is_empty()) {
            self.close_guard();
        }
    }

    /// `pending` may be set: what follows in the current frame runs in a new
    /// `if pending == 0` segment. A segment that follows one of the same
    /// frame replaces it rather than nesting in it; the values of the frame
    /// on the operand stack then cross into the new one through locals.
    fn roll(&mut self, stack: &mut [H]) -> Result<(), LowerError> {
        let Some(f) = self.frames.last_mut() else {
            return Ok(());
        };
        f.dirty = false;
        let height = f.height.min(stack.len());
        let replace = f.guards.last().is_some_and(|g| g.pending);
        if !replace {
            self.open_pending_guard();
            return Ok(());
        }
        let spilled = self.spill(&stack[height..])?;
        self.close_guard();
        self.open_pending_guard();
        for (v, l) in stack[height..].iter_mut().zip(spilled) {
            if let Some(l) = l {
                *v = self.load_local(l);
            }
        }
        Ok(())
    }

    /// Stores the values whose expressions are scoped to the current block
    /// into fresh locals.
    fn spill(&mut self, values: &[H]) -> Result<Vec<Option<Handle<LocalVariable>>>, LowerError> {
        let mut out = Vec::with_capacity(values.len());
        for &v in values {
            let scoped = !matches!(
                self.fun.expressions[v],
                Expression::Literal(_)
                    | Expression::Constant(_)
                    | Expression::ZeroValue(_)
                    | Expression::FunctionArgument(_)
                    | Expression::GlobalVariable(_)
                    | Expression::LocalVariable(_)
            );
            if !scoped {
                out.push(None);
                continue;
            }
            let ctx =
                naga::proc::ResolveContext::with_locals(&self.module, &self.fun.local_variables, &self.fun.arguments);
            if let Err(e) = self.typifier.grow(v, &self.fun.expressions, &ctx) {
                return Err(self.err(format!("has a value of unknown type ({e}; internal error)")));
            }
            let ty = self.typifier.register_type(v, &mut self.module.types);
            let l = self.fun.local_variables.append(
                LocalVariable {
                    name: None,
                    ty,
                    init: None,
                },
                Span::UNDEFINED,
            );
            self.store_local(l, v);
            out.push(Some(l));
        }
        Ok(out)
    }

    fn block_types(&self, ty: wasmparser::BlockType) -> (Vec<ValType>, Vec<ValType>) {
        self.m.block_arity(ty)
    }

    fn new_locals(&mut self, types: &[ValType]) -> Result<Vec<Handle<LocalVariable>>, LowerError> {
        types.iter().map(|&t| self.val_local(t)).collect()
    }

    /// A variable for wasm values of type `t` (an `i64` is a word pair in
    /// narrow mode).
    fn val_local(&mut self, t: ValType) -> Result<Handle<LocalVariable>, LowerError> {
        if t == ValType::I64 && self.narrow {
            let ty = self.pair_type();
            return Ok(self.fun.local_variables.append(
                LocalVariable {
                    name: None,
                    ty,
                    init: None,
                },
                Span::UNDEFINED,
            ));
        }
        let s = canonical(t).ok_or_else(|| self.err(format!("uses values of type {t:?}")))?;
        Ok(self.local(s, None))
    }

    /// The zero of wasm type `t`.
    fn val_zero(&mut self, t: ValType) -> H {
        if t == ValType::I64 {
            return self.i64_const(0);
        }
        self.zero(canonical(t).unwrap_or(Scalar::U32))
    }

    // ---------------------------------------------------------------- inlining

    /// Emits function `f` inline; returns its results.
    fn inline(&mut self, f: u32, args: Vec<H>, arg_provs: Vec<Prov>, entry: bool) -> Result<Vec<H>, LowerError> {
        let m = self.m;
        let prev = self.current;
        self.current = f;
        if self.inline_stack.contains(&f) {
            return Err(self.err("is recursive, which the shader route cannot lower"));
        }
        let key = (f, arg_provs);
        let arg_provs = &key.1;
        let Some(info) = self.prov.instances.get(&key).cloned() else {
            return Err(self.err("was not analysed (internal error)"));
        };
        let func = m.defined(f).ok_or_else(|| self.err("is not a defined function"))?;
        let ty = m.func_type(f).ok_or_else(|| self.err("has no type"))?;
        let targets = match self.targets.get(&f) {
            Some(t) => t.clone(),
            None => {
                let t = Rc::new(branch_targets(&func.ops));
                self.targets.insert(f, t.clone());
                t
            }
        };
        self.inline_stack.push(f);
        let mut locals = Vec::with_capacity(func.locals.len());
        let mut tiles = TileLocals::new();
        for (i, &lt) in func.locals.iter().enumerate() {
            let tile_only = info.tile_locals.contains(&(i as u32)) && !info.number_locals.contains(&(i as u32));
            if tile_only {
                // Tiles live in their own variables: a stand-in that is never
                // read (no 64-bit variable for the 64-bit handles).
                locals.push(self.local(Scalar::U32, None));
                if let (Some(&a), Some(&Prov::Matrix(kind))) = (args.get(i), arg_provs.get(i)) {
                    let t = self.tile_local(&mut tiles, i as u32, kind)?;
                    self.store_local(t, a);
                }
                continue;
            }
            let l = self.val_local(lt)?;
            let v = match (args.get(i), arg_provs.get(i)) {
                // A tile argument lives in its own cooperative-matrix variable.
                (Some(&a), Some(&Prov::Matrix(kind))) if i < func.params => {
                    let t = self.tile_local(&mut tiles, i as u32, kind)?;
                    self.store_local(t, a);
                    self.val_zero(lt)
                }
                (Some(&a), _) if i < func.params => a,
                _ => self.val_zero(lt),
            };
            self.store_local(l, v);
            locals.push(l);
        }
        let results: Vec<ValType> = ty.results().to_vec();
        let targeted = !entry && targets.contains(&usize::MAX);
        let result_locals = if targeted {
            let mut ls = self.new_locals(&results)?;
            for (l, p) in ls.iter_mut().zip(&info.results) {
                if let Prov::Matrix(kind) = *p {
                    *l = self.matrix_local(kind)?;
                }
            }
            ls
        } else {
            Vec::new()
        };
        let base = self.frames.len();
        let id = self.next_id;
        self.next_id += 1;
        self.frames.push(Frame {
            result_types: results.clone(),
            result_locals,
            ..Frame::new(Kind::Body { entry }, id, 0)
        });
        self.blocks.push(Block::new());
        let mut locals = FnLocals { vars: locals, tiles };
        let out = self.body(f, &func.ops, &mut locals, &info, &targets, base);
        self.inline_stack.pop();
        self.current = prev;
        out
    }

    #[allow(clippy::too_many_lines)]
    fn body(
        &mut self,
        f: u32,
        ops: &[Operator<'_>],
        locals: &mut FnLocals,
        info: &Instance,
        targets: &HashSet<usize>,
        base: usize,
    ) -> Result<Vec<H>, LowerError> {
        let m = self.m;
        let mut stack: Vec<H> = Vec::new();
        let mut alive = true;
        let mut pc = 0usize;
        // Of each block, by its pc: the panic that follows its end, if one does.
        let mut landings: HashMap<usize, Option<Landing>> = HashMap::new();
        macro_rules! pop {
            () => {
                stack
                    .pop()
                    .ok_or_else(|| self.err("has an operand stack underflow"))?
            };
        }
        macro_rules! frame_index {
            ($depth:expr) => {{
                let depth = $depth as usize;
                match (self.frames.len()).checked_sub(1 + depth) {
                    Some(i) if i >= base => i,
                    _ => return Err(self.err("branches out of its function")),
                }
            }};
        }
        while pc < ops.len() {
            self.check_budget()?;
            let op = &ops[pc];
            if !alive && !matches!(op, Operator::End | Operator::Else) {
                pc = skip_dead(ops, pc);
                continue;
            }
            if let Some(f) = self.frames.last().filter(|f| f.dirty) {
                // At the end of an arm, only its stores of results need a guard.
                let ends = matches!(op, Operator::End | Operator::Else);
                if !ends || (alive && !f.result_locals.is_empty()) {
                    self.roll(&mut stack)?;
                }
            }
            match op {
                Operator::Block { blockty } | Operator::Loop { blockty } | Operator::If { blockty } => {
                    let condition = if matches!(op, Operator::If { .. }) {
                        let c = pop!();
                        Some(self.nonzero(c, Scalar::U32))
                    } else {
                        None
                    };
                    let (ptys, rtys) = self.block_types(*blockty);
                    let at = stack.len().saturating_sub(ptys.len());
                    let params = stack.split_off(at);
                    let kind = match op {
                        Operator::Block { .. } => Kind::Block,
                        Operator::Loop { .. } => Kind::Loop,
                        _ => Kind::If,
                    };
                    let targeted = targets.contains(&pc);
                    let naga_loop = targeted && kind == Kind::Loop;
                    let result_locals = if targeted || kind == Kind::If || kind == Kind::Loop {
                        self.new_locals(&rtys)?
                    } else {
                        Vec::new()
                    };
                    let param_locals = if naga_loop {
                        let ls = self.new_locals(&ptys)?;
                        for (&l, &v) in ls.iter().zip(&params) {
                            self.store_local(l, v);
                        }
                        ls
                    } else {
                        Vec::new()
                    };
                    let id = self.next_id;
                    self.next_id += 1;
                    self.frames.push(Frame {
                        start: pc,
                        naga_loop,
                        params: params.clone(),
                        param_types: ptys,
                        result_types: rtys,
                        result_locals,
                        param_locals: param_locals.clone(),
                        condition,
                        ..Frame::new(kind, id, stack.len())
                    });
                    self.blocks.push(Block::new());
                    if param_locals.is_empty() {
                        stack.extend(params);
                    } else {
                        for l in param_locals {
                            let v = self.load_local(l);
                            stack.push(v);
                        }
                    }
                }
                Operator::Else => {
                    let Some(fr) = self.frames.last() else {
                        return Err(self.err("has unbalanced control flow"));
                    };
                    let (height, rl, params) = (fr.height, fr.result_locals.clone(), fr.params.clone());
                    if alive {
                        let vals = stack.split_off(stack.len().saturating_sub(rl.len()));
                        for (l, v) in rl.into_iter().zip(vals) {
                            self.store_local(l, v);
                        }
                    }
                    stack.truncate(height);
                    self.close_guards();
                    let accept = self.blocks.pop().unwrap_or_default();
                    self.blocks.push(Block::new());
                    if let Some(fr) = self.frames.last_mut() {
                        fr.accept = Some(accept);
                        fr.then_alive = alive;
                        fr.else_seen = true;
                        fr.dirty = false;
                    }
                    stack.extend(params);
                    alive = true;
                }
                Operator::End => {
                    let Some(fr) = self.frames.last() else {
                        return Err(self.err("has unbalanced control flow"));
                    };
                    let (n, result_locals, guarded) =
                        (fr.result_types.len(), fr.result_locals.clone(), !fr.guards.is_empty());
                    // Results are stored (or spilled) inside the innermost guard.
                    let mut direct_results = Vec::new();
                    let mut spilled = Vec::new();
                    if alive {
                        let vals = stack.split_off(stack.len().saturating_sub(n));
                        if !result_locals.is_empty() {
                            for (&l, &v) in result_locals.iter().zip(&vals) {
                                self.store_local(l, v);
                            }
                        } else if guarded {
                            spilled = self.spill(&vals)?;
                            direct_results = vals;
                        } else {
                            direct_results = vals;
                        }
                    }
                    self.close_guards();
                    let Some(fr) = self.frames.pop() else {
                        return Err(self.err("has unbalanced control flow"));
                    };
                    let body = self.blocks.pop().unwrap_or_default();
                    stack.truncate(fr.height);
                    let after_alive = match fr.kind {
                        Kind::Loop => alive,
                        Kind::If => !fr.else_seen || fr.then_alive || alive || fr.reached,
                        _ => alive || fr.reached,
                    };
                    let mut construct = if fr.kind == Kind::If {
                        let (accept, reject) = if fr.else_seen {
                            (fr.accept.unwrap_or_default(), body)
                        } else {
                            // No else: the parameters pass through as results.
                            self.blocks.push(Block::new());
                            for (&l, &v) in fr.result_locals.iter().zip(&fr.params) {
                                self.store_local(l, v);
                            }
                            let reject = self.blocks.pop().unwrap_or_default();
                            (body, reject)
                        };
                        let condition = match fr.condition {
                            Some(c) => c,
                            None => return Err(self.err("has an if without condition (internal error)")),
                        };
                        let mut b = Block::new();
                        b.push(
                            Statement::If {
                                condition,
                                accept,
                                reject,
                            },
                            Span::UNDEFINED,
                        );
                        b
                    } else {
                        body
                    };
                    if fr.naga_loop {
                        construct.push(Statement::Break, Span::UNDEFINED);
                        let mut continuing = Block::new();
                        let break_if = match self.exiting_loops {
                            true => {
                                self.blocks.push(Block::new());
                                let zero = self.runtime_zero();
                                let never = self.nonzero(zero, Scalar::U32);
                                continuing = self.blocks.pop().unwrap_or_default();
                                Some(never)
                            }
                            false => None,
                        };
                        self.stmt(Statement::Loop {
                            body: construct,
                            continuing,
                            break_if,
                        });
                    } else {
                        self.block().append(&mut construct);
                    }
                    if fr.landing {
                        self.clear_pending_if(fr.id, None);
                    }
                    if fr.crossed {
                        if let Some(parent) = self.frames.last_mut() {
                            parent.dirty = true;
                        }
                    }
                    if !fr.exits.is_empty() {
                        self.route(&fr.exits);
                    }
                    let mut results = Vec::new();
                    if fr.result_locals.is_empty() {
                        for (i, v) in direct_results.into_iter().enumerate() {
                            results.push(match spilled.get(i).copied().flatten() {
                                Some(l) => self.load_local(l),
                                None => v,
                            });
                        }
                    } else {
                        for l in fr.result_locals {
                            let v = self.load_local(l);
                            results.push(v);
                        }
                    }
                    if matches!(fr.kind, Kind::Body { .. }) {
                        if self.frames.len() != base {
                            return Err(self.err("has unbalanced control flow"));
                        }
                        return Ok(results);
                    }
                    stack.extend(results);
                    alive = after_alive;
                }
                Operator::Br { relative_depth } | Operator::BrIf { relative_depth } => {
                    let t = frame_index!(*relative_depth);
                    let cond = if matches!(op, Operator::BrIf { .. }) {
                        Some(pop!())
                    } else {
                        None
                    };
                    if let Some(landing) = self.panic_landing(ops, t, &mut landings) {
                        // The panic where the branch is; the thread goes on.
                        self.blocks.push(Block::new());
                        self.inline_panic(landing, locals)?;
                        let mut accept = self.blocks.pop().unwrap_or_default();
                        match cond {
                            Some(c) => {
                                let c = self.nonzero(c, Scalar::U32);
                                self.stmt(Statement::If {
                                    condition: c,
                                    accept,
                                    reject: Block::new(),
                                });
                            }
                            None => {
                                self.block().append(&mut accept);
                                alive = false;
                            }
                        }
                        pc += 1;
                        continue;
                    }
                    let fr = &self.frames[t];
                    let dest = if fr.kind == Kind::Loop {
                        fr.param_locals.clone()
                    } else {
                        fr.result_locals.clone()
                    };
                    let n = if fr.kind == Kind::Loop {
                        fr.param_types.len()
                    } else {
                        fr.result_types.len()
                    };
                    let entry_body = fr.kind == (Kind::Body { entry: true });
                    if dest.len() != n && !entry_body {
                        return Err(self.err("branches with values to a label without locals (internal error)"));
                    }
                    let vals: Vec<H> = stack[stack.len().saturating_sub(n)..].to_vec();
                    if let Some(c) = cond {
                        let c = self.nonzero(c, Scalar::U32);
                        self.blocks.push(Block::new());
                        for (&l, &v) in dest.iter().zip(&vals) {
                            self.store_local(l, v);
                        }
                        let jump = self.jump(t, true)?;
                        let accept = self.blocks.pop().unwrap_or_default();
                        if !accept.is_empty() {
                            self.stmt(Statement::If {
                                condition: c,
                                accept,
                                reject: Block::new(),
                            });
                        }
                        match jump {
                            Jump::Here if self.switch_guards => self.open_guard(c, c, false),
                            Jump::Here => {
                                let run = self.expr(Expression::Unary {
                                    op: UnaryOperator::LogicalNot,
                                    expr: c,
                                });
                                self.open_guard(run, c, false);
                            }
                            Jump::Pending => {
                                if let Some(f) = self.frames.last_mut() {
                                    f.dirty = true;
                                }
                            }
                            Jump::Left => {}
                        }
                    } else {
                        for (&l, &v) in dest.iter().zip(&vals) {
                            self.store_local(l, v);
                        }
                        self.jump(t, false)?;
                        alive = false;
                    }
                }
                Operator::BrTable { targets: table } => {
                    let index = pop!();
                    let mut depths: Vec<u32> = Vec::new();
                    for d in table.targets() {
                        depths.push(d.map_err(|e| LowerError::InvalidWasm(e.to_string()))?);
                    }
                    depths.push(table.default());
                    let mut cases = Vec::new();
                    let mut routed = Vec::new();
                    let count = depths.len();
                    for (i, d) in depths.into_iter().enumerate() {
                        let t = frame_index!(d);
                        let fr = &self.frames[t];
                        let (dest, n) = if fr.kind == Kind::Loop {
                            (fr.param_locals.clone(), fr.param_types.len())
                        } else {
                            (fr.result_locals.clone(), fr.result_types.len())
                        };
                        let (kind, id) = (fr.kind, fr.id);
                        let vals: Vec<H> = stack[stack.len().saturating_sub(n)..].to_vec();
                        self.blocks.push(Block::new());
                        for (&l, &v) in dest.iter().zip(&vals) {
                            self.store_local(l, v);
                        }
                        if kind == (Kind::Body { entry: true }) {
                            self.stmt(Statement::Return { value: None });
                        } else {
                            if !routed.contains(&t) {
                                routed.push(t);
                            }
                            self.set_pending(id);
                        }
                        let body = self.blocks.pop().unwrap_or_default();
                        cases.push(SwitchCase {
                            value: if i + 1 == count {
                                SwitchValue::Default
                            } else {
                                SwitchValue::U32(i as u32)
                            },
                            body,
                            fall_through: false,
                        });
                    }
                    self.stmt(Statement::Switch { selector: index, cases });
                    // The switch's `break` leaves only the switch: loops are
                    // continued or left by the dispatch after it.
                    self.route(&routed);
                    alive = false;
                }
                Operator::Return => {
                    let fr = &self.frames[base];
                    let dest = fr.result_locals.clone();
                    let n = fr.result_types.len();
                    let vals: Vec<H> = stack[stack.len().saturating_sub(n)..].to_vec();
                    for (&l, &v) in dest.iter().zip(&vals) {
                        self.store_local(l, v);
                    }
                    self.jump(base, false)?;
                    alive = false;
                }
                Operator::Unreachable => {
                    self.panic_site("entered unreachable code".into(), None)?;
                    alive = false;
                }
                Operator::Nop => {}
                Operator::Drop => {
                    pop!();
                }
                Operator::Select | Operator::TypedSelect { .. } => {
                    let c = pop!();
                    let b = pop!();
                    let a = pop!();
                    let c = self.nonzero(c, Scalar::U32);
                    let v = self.select(c, a, b);
                    stack.push(v);
                }
                Operator::LocalGet { local_index } => {
                    let l = match tile_at(info, pc) {
                        Some(kind) => self.tile_local(&mut locals.tiles, *local_index, kind)?,
                        None => *locals
                            .vars
                            .get(*local_index as usize)
                            .ok_or_else(|| self.err("reads a missing local"))?,
                    };
                    let v = self.load_local(l);
                    stack.push(v);
                }
                Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
                    let l = match tile_at(info, pc) {
                        Some(kind) => self.tile_local(&mut locals.tiles, *local_index, kind)?,
                        None => *locals
                            .vars
                            .get(*local_index as usize)
                            .ok_or_else(|| self.err("writes a missing local"))?,
                    };
                    let v = pop!();
                    self.store_local(l, v);
                    if matches!(op, Operator::LocalTee { .. }) {
                        // Re-read: the value is the stored one, and later stores must not change it.
                        let v = self.load_local(l);
                        stack.push(v);
                    }
                }
                Operator::GlobalGet { global_index } => {
                    let v = self.global_get(*global_index)?;
                    stack.push(v);
                }
                Operator::GlobalSet { global_index } => {
                    let v = pop!();
                    let g = self.mutable_global(*global_index)?;
                    let p = self.global_ptr(g);
                    self.stmt(Statement::Store { pointer: p, value: v });
                }
                Operator::I32Const { value } => {
                    let v = self.u32(*value as u32);
                    stack.push(v);
                }
                Operator::I64Const { value } => {
                    let v = self.i64_const(*value as u64);
                    stack.push(v);
                }
                Operator::F32Const { value } => {
                    let v = self.f32_bits(value.bits());
                    stack.push(v);
                }
                Operator::F64Const { value } => {
                    let v = self.f64_bits(value.bits());
                    stack.push(v);
                }
                Operator::Call { function_index } => {
                    let callee = *function_index;
                    let cty = m
                        .func_type(callee)
                        .ok_or_else(|| self.err("calls a function without a type"))?;
                    let (np, results) = (cty.params().len(), cty.results().to_vec());
                    let args = stack.split_off(stack.len().saturating_sub(np));
                    let provs = info
                        .operands
                        .get(&pc)
                        .cloned()
                        .unwrap_or_else(|| vec![Prov::Scalar; np]);
                    if let Some(imp) = m.import(callee) {
                        let Some(kind) = intrinsics::classify(imp) else {
                            return Err(self.err(format!(
                                "calls the import `{}::{}`, which is not an everygpu intrinsic",
                                imp.module, imp.name
                            )));
                        };
                        if kind == Intrinsic::Panic {
                            self.panic_import(&args)?;
                            alive = false;
                            for r in &results {
                                let z = self.val_zero(*r);
                                stack.push(z);
                            }
                        } else if let Some(v) = self.intrinsic(kind, &args, &provs)? {
                            stack.push(v);
                        }
                    } else if self.panicking_call(callee, &args)? {
                        alive = false;
                        for r in &results {
                            let z = self.val_zero(*r);
                            stack.push(z);
                        }
                    } else {
                        let out = self.inline(callee, args, provs, false)?;
                        self.current = f;
                        stack.extend(out);
                        if self.facts.diverges.get(callee as usize) == Some(&true) {
                            alive = false;
                        }
                    }
                }
                Operator::CallIndirect {
                    type_index,
                    table_index,
                } => {
                    let slot = pop!();
                    let out = self.call_indirect(*type_index, *table_index, slot, &mut stack, info, pc)?;
                    self.current = f;
                    stack.extend(out);
                }
                _ => {
                    if let Operator::MemoryFill { .. } | Operator::MemoryCopy { .. } = op {
                        let n = pop!();
                        let v = pop!();
                        let d = pop!();
                        let provs = info.operands.get(&pc).cloned().unwrap_or_default();
                        self.bulk(op, &provs, d, v, n)?;
                    } else if let Operator::DataDrop { .. } | Operator::ElemDrop { .. } = op {
                        // Passive segments are never read: dropping them does nothing.
                    } else if let Some((memarg, width)) = load_info(op) {
                        let addr = pop!();
                        let prov = info
                            .operands
                            .get(&pc)
                            .and_then(|v| v.first().copied())
                            .unwrap_or(Prov::Scalar);
                        let v = self.mem_load(op, prov, addr, memarg, width)?;
                        stack.push(v);
                    } else if let Some((memarg, width)) = store_info(op) {
                        let value = pop!();
                        let addr = pop!();
                        let prov = info
                            .operands
                            .get(&pc)
                            .and_then(|v| v.first().copied())
                            .unwrap_or(Prov::Scalar);
                        self.mem_store(op, prov, addr, memarg, width, value)?;
                    } else {
                        self.numeric(op, &mut stack)?;
                    }
                }
            }
            pc += 1;
        }
        Err(self.err("has a body without end"))
    }

    /// With [`LowerOptions::uniform_panics`]: the panic that follows the end
    /// of frame `target`, a block a branch goes to (rustc's landing of a
    /// bounds or overflow check: straight-line code that builds the panic's
    /// arguments, the call of a panic function, `unreachable`).
    fn panic_landing(
        &self,
        ops: &[Operator<'_>],
        target: usize,
        landings: &mut HashMap<usize, Option<Landing>>,
    ) -> Option<Landing> {
        let fr = self.frames.get(target)?;
        if !self.uniform_panics || fr.kind != Kind::Block || !fr.result_types.is_empty() {
            return None;
        }
        landings
            .entry(fr.start)
            .or_insert_with(|| {
                // A block's body ends at its own `end` (it has no `else`).
                let end = skip_dead(ops, fr.start + 1);
                match ops.get(end) {
                    Some(Operator::End) => landing_after(self.m, self.facts, ops, end),
                    _ => None,
                }
            })
            .clone()
    }

    /// Records `landing`'s panic here, with the arguments the branch would
    /// pass: constants and unchanged locals as they are, anything computed
    /// (a message's formatted values) as 0, which the panic's message does
    /// not need.
    fn inline_panic(&mut self, landing: Landing, locals: &FnLocals) -> Result<(), LowerError> {
        let mut args = Vec::with_capacity(landing.args.len());
        for (arg, ty) in landing.args.into_iter().zip(landing.types) {
            args.push(match arg {
                LandingArg::Const(v) => self.u32(v),
                LandingArg::Local(i) => {
                    let l = *locals
                        .vars
                        .get(i as usize)
                        .ok_or_else(|| self.err("reads a missing local"))?;
                    self.load_local(l)
                }
                LandingArg::Computed => self.val_zero(ty),
            });
        }
        match self.m.import(landing.callee) {
            Some(_) => self.panic_import(&args),
            None => self.panicking_call(landing.callee, &args).map(|_| ()),
        }
    }

    fn global_get(&mut self, index: u32) -> Result<H, LowerError> {
        let g = self
            .m
            .globals
            .get(index as usize)
            .copied()
            .ok_or_else(|| self.err("reads a missing global"))?;
        if !g.mutable {
            let Some(init) = g.init else {
                return Err(self.err("reads an imported global"));
            };
            return Ok(match g.ty {
                ValType::I32 => self.u32(init as u32),
                ValType::I64 => self.i64_const(init),
                ValType::F32 => self.f32_bits(init as u32),
                ValType::F64 => self.f64_bits(init),
                _ => return Err(self.err("reads a global of a reference type")),
            });
        }
        let gv = self.mutable_global(index)?;
        let p = self.global_ptr(gv);
        Ok(self.load(p))
    }

    fn mutable_global(&mut self, index: u32) -> Result<Handle<GlobalVariable>, LowerError> {
        if let Some(g) = self.globals.get(&index) {
            return Ok(*g);
        }
        let g = self
            .m
            .globals
            .get(index as usize)
            .copied()
            .ok_or_else(|| self.err("uses a missing global"))?;
        let (Some(init), Some(s)) = (g.init, canonical(g.ty)) else {
            return Err(self.err("uses an imported or non-numeric global"));
        };
        let finite = match s {
            Scalar::F32 => f32::from_bits(init as u32).is_finite(),
            Scalar::F64 => f64::from_bits(init).is_finite(),
            _ => true,
        };
        if !finite {
            return Err(self.err("uses a mutable float global whose initial value is not finite"));
        }
        let lit = match s {
            Scalar::U64 => Literal::U64(init),
            Scalar::F32 => Literal::F32(f32::from_bits(init as u32)),
            Scalar::F64 => Literal::F64(f64::from_bits(init)),
            _ => Literal::U32(init as u32),
        };
        let (init, ty) = if s == Scalar::U64 && self.narrow {
            // A word pair, like every i64 value of the kernel.
            let ty = self.pair_type();
            let ge = &mut self.module.global_expressions;
            let lo = ge.append(Expression::Literal(Literal::U32(init as u32)), Span::UNDEFINED);
            let hi = ge.append(Expression::Literal(Literal::U32((init >> 32) as u32)), Span::UNDEFINED);
            let pair = ge.append(
                Expression::Compose {
                    ty,
                    components: vec![lo, hi],
                },
                Span::UNDEFINED,
            );
            (pair, ty)
        } else {
            let init = self
                .module
                .global_expressions
                .append(Expression::Literal(lit), Span::UNDEFINED);
            (init, scalar_type(&mut self.module, s))
        };
        let name = if Some(index) == analysis::stack_pointer_global(self.m) {
            "stack_pointer".to_string()
        } else {
            format!("global{index}")
        };
        let gv = self.module.global_variables.append(
            GlobalVariable {
                name: Some(name),
                space: AddressSpace::Private,
                binding: None,
                ty,
                init: Some(init),
                memory_decorations: Default::default(),
            },
            Span::UNDEFINED,
        );
        self.globals.insert(index, gv);
        Ok(gv)
    }

    /// A call through a function pointer: a switch over the functions of
    /// the table with the call's type (`slot` is the pointer), each inlined
    /// with the same arguments, popped from `stack`; the results come back
    /// through locals. A slot holding no such function panics.
    fn call_indirect(
        &mut self,
        type_index: u32,
        table_index: u32,
        slot: H,
        stack: &mut Vec<H>,
        info: &Instance,
        pc: usize,
    ) -> Result<Vec<H>, LowerError> {
        let m = self.m;
        let ty = m
            .types
            .get(type_index as usize)
            .ok_or_else(|| self.err("calls a function pointer of no type"))?;
        let (np, results) = (ty.params().len(), ty.results().to_vec());
        let args = stack.split_off(stack.len().saturating_sub(np));
        let provs = info
            .operands
            .get(&pc)
            .cloned()
            .unwrap_or_else(|| vec![Prov::Scalar; np]);
        let result_locals = self.new_locals(&results)?;
        let caller = self.current;
        let mut cases = Vec::new();
        for (index, callee) in m.indirect_targets(table_index, type_index) {
            if m.import(callee).is_some() {
                continue;
            }
            self.blocks.push(Block::new());
            if !self.panicking_call(callee, &args)? {
                let out = self.inline(callee, args.clone(), provs.clone(), false)?;
                self.current = caller;
                for (&l, v) in result_locals.iter().zip(out) {
                    self.store_local(l, v);
                }
            }
            cases.push(SwitchCase {
                value: SwitchValue::U32(index),
                body: self.blocks.pop().unwrap_or_default(),
                fall_through: false,
            });
        }
        self.blocks.push(Block::new());
        self.panic_site(
            format!(
                "`{}` called a function pointer to no function of its type",
                m.rust_name(caller)
            ),
            None,
        )?;
        cases.push(SwitchCase {
            value: SwitchValue::Default,
            body: self.blocks.pop().unwrap_or_default(),
            fall_through: false,
        });
        self.stmt(Statement::Switch { selector: slot, cases });
        Ok(result_locals.into_iter().map(|l| self.load_local(l)).collect())
    }

    // ------------------------------------------------------------------- panics

    /// Records a panic site: the first panicking invocation writes the status
    /// buffer; the invocation ends.
    fn panic_site(&mut self, message: String, location: Option<(Vec<u8>, H, H)>) -> Result<(), LowerError> {
        let index = self.panic_messages.len() as u32;
        self.panic_messages.push(message);
        let (file, line, column) = match location {
            Some(l) => l,
            None => (Vec::new(), self.u32(0), self.u32(0)),
        };
        let mut block = Block::new();
        let mut target = status::Target {
            module: &mut self.module,
            fun: &mut self.fun,
            status: self.status,
            ids: [self.builtins[0], self.builtins[1]],
        };
        let site = status::Site {
            index,
            line,
            column,
            file: &file,
        };
        status::record(&mut target, &mut block, &site);
        if !self.uniform_panics {
            // The thread leaves (see `LowerOptions::uniform_panics`).
            block.push(Statement::Return { value: None }, Span::UNDEFINED);
        }
        self.block().append(&mut block);
        Ok(())
    }

    /// If a call of `callee` panics, records the panic site and says so: a
    /// function of core's panic chain, or a recursive call. Code around a
    /// call cycle that never runs (a crate's rarely taken path) still runs;
    /// the recursive call panics when it runs, since the shader route inlines
    /// every call and has no call stack.
    fn panicking_call(&mut self, callee: u32, args: &[H]) -> Result<bool, LowerError> {
        if self.facts.is_panic_fn(callee) {
            self.panic_call(callee, args)?;
        } else if self.inline_stack.contains(&callee) {
            let message = format!(
                "`{}` recursed into `{}`: recursion is not supported on this route",
                self.m.rust_name(self.current),
                self.m.rust_name(callee)
            );
            self.panic_site(message, None)?;
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// A call of the `panic` import itself (a panic handler inlined by rustc).
    fn panic_import(&mut self, args: &[H]) -> Result<(), LowerError> {
        let file = match (args.first(), args.get(1)) {
            (Some(&p), Some(&l)) => match (self.literal_u32(p), self.literal_u32(l)) {
                (Some(p), Some(l)) => self.m.read_data(p, l.min(STATUS_FILE_BYTES as u32)).unwrap_or_default(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let line = match args.get(2) {
            Some(&h) => h,
            None => self.u32(0),
        };
        let col = match args.get(3) {
            Some(&h) => h,
            None => self.u32(0),
        };
        self.panic_site("explicit panic".into(), Some((file, line, col)))
    }

    /// A call of a function of core's panic chain.
    fn panic_call(&mut self, callee: u32, args: &[H]) -> Result<(), LowerError> {
        let name = self.m.rust_name(callee);
        let mut message = panic_message(&name);
        // `core::panicking::panic(msg)`, `expect_failed(msg)`: a constant message.
        if name.ends_with("panicking::panic") || name.contains("expect_failed") {
            if let (Some(&p), Some(&l)) = (args.first(), args.get(1)) {
                if let (Some(p), Some(l)) = (self.literal_u32(p), self.literal_u32(l)) {
                    if let Some(s) = self.m.read_data(p, l.min(4096)).and_then(|b| String::from_utf8(b).ok()) {
                        message = s;
                    }
                }
            }
        }
        // `panic_fmt(fmt::Arguments, location)`, as rustc 1.96 passes it: a
        // literal message is (str pointer, len << 1 | 1); otherwise a constant
        // template (a length byte and that many literal bytes, 0xc0 for an
        // argument, 0 at the end) and the arguments, shown as `{}`.
        if name.ends_with("panic_fmt") {
            let first = args.first().and_then(|&h| self.literal_u32(h));
            let second = args.get(1).and_then(|&h| self.literal_u32(h));
            let text = match (first, second) {
                (Some(p), Some(l)) if l & 1 == 1 => self
                    .m
                    .read_data(p, (l >> 1).min(4096))
                    .and_then(|b| String::from_utf8(b).ok()),
                (Some(t), _) => self.decode_template(t),
                _ => None,
            };
            if let Some(text) = text {
                message = text;
            }
        }
        let location = args.last().and_then(|&h| self.literal_u32(h)).and_then(|addr| {
            let bytes = self.m.read_data(addr, 16)?;
            let word = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
            let file = self.m.read_data(word(0), word(4).min(STATUS_FILE_BYTES as u32))?;
            std::str::from_utf8(&file).ok()?;
            Some((file, word(8), word(12)))
        });
        let location = match location {
            Some((file, line, col)) => {
                let line = self.u32(line);
                let col = self.u32(col);
                Some((file, line, col))
            }
            None => None,
        };
        self.panic_site(message, location)
    }

    /// Decodes a constant `format_args!` template; `None` for anything unexpected.
    fn decode_template(&self, mut addr: u32) -> Option<String> {
        let mut out = Vec::new();
        loop {
            let b = self.m.read_data(addr, 1)?[0];
            addr = addr.checked_add(1)?;
            match b {
                0 => break,
                1..=0x7f => {
                    out.extend(self.m.read_data(addr, b as u32)?);
                    addr = addr.checked_add(b as u32)?;
                }
                0xc0 => out.extend_from_slice(b"{}"),
                _ => return None,
            }
            if out.len() > 1024 {
                return None;
            }
        }
        let text = String::from_utf8(out).ok()?;
        (!text.is_empty()).then_some(text)
    }

    // --------------------------------------------------------------- intrinsics

    fn const_arg(&self, args: &[H], what: &str) -> Result<u32, LowerError> {
        args.first()
            .and_then(|&h| self.literal_u32(h))
            .ok_or_else(|| self.err(format!("calls `{what}` with an argument that is not a constant")))
    }

    fn param_word(&mut self, index: u32) -> H {
        let p = self.global_ptr(self.params);
        let e = self.expr(Expression::AccessIndex { base: p, index });
        self.load(e)
    }

    fn intrinsic(&mut self, kind: Intrinsic, args: &[H], provs: &[Prov]) -> Result<Option<H>, LowerError> {
        Ok(Some(match kind {
            Intrinsic::Dim(dim) => {
                let d = self.const_arg(args, "a thread index function")?;
                if d > 2 {
                    return Err(self.err(format!("asks for dimension {d} of a thread index")));
                }
                match dim {
                    Dim::WorkgroupSize => self.u32(self.kernel.workgroup_size[d as usize]),
                    Dim::LocalId | Dim::WorkgroupId | Dim::NumWorkgroups => {
                        let b = self.builtins[match dim {
                            Dim::LocalId => 0,
                            Dim::WorkgroupId => 1,
                            _ => 2,
                        }];
                        self.expr(Expression::AccessIndex { base: b, index: d })
                    }
                }
            }
            Intrinsic::Barrier => {
                self.stmt(Statement::ControlBarrier(Barrier::WORK_GROUP | Barrier::STORAGE));
                return Ok(None);
            }
            Intrinsic::BufferPtr | Intrinsic::SharedPtr => {
                let i = self.const_arg(args, "buffer_ptr/shared_ptr")?;
                let ok = matches!(
                    (self.kernel.params.get(i as usize), kind),
                    (Some(Param::Buffer { .. }), Intrinsic::BufferPtr)
                        | (Some(Param::Shared { .. }), Intrinsic::SharedPtr)
                );
                if !ok {
                    return Err(self.err(format!(
                        "takes the address of parameter {i}, which the manifest does not list as that kind of parameter"
                    )));
                }
                self.u32(REGION_BASE)
            }
            Intrinsic::BufferLen => {
                let i = self.const_arg(args, "buffer_len")?;
                self.param_word(i * 2)
            }
            Intrinsic::Param(t) => {
                let i = self.const_arg(args, "a parameter read")?;
                let lo = self.param_word(i * 2);
                match t {
                    ParamType::U32 | ParamType::I32 => lo,
                    ParamType::F32 => self.bitcast(lo, ScalarKind::Float),
                    ParamType::U64 | ParamType::I64 | ParamType::F64 => {
                        let hi = self.param_word(i * 2 + 1);
                        let q = self.i64_join(lo, hi);
                        if t == ParamType::F64 {
                            self.bitcast(q, ScalarKind::Float)
                        } else {
                            q
                        }
                    }
                }
            }
            Intrinsic::Panic => return Ok(None),
            Intrinsic::Math { op, f64 } => {
                if f64 {
                    return Err(self.err(format!(
                        "calls `{}_f64`, which has no f64 form in SPIR-V (GLSL.std.450 is 32-bit only); use the f32 form",
                        match op {
                            MathOp::Exp => "exp",
                            MathOp::Log => "log",
                            MathOp::Sin => "sin",
                            MathOp::Cos => "cos",
                            MathOp::Pow => "pow",
                        }
                    )));
                }
                let a = *args
                    .first()
                    .ok_or_else(|| self.err("calls a math function without argument"))?;
                match op {
                    MathOp::Exp => self.math(M::Exp, a, None),
                    MathOp::Log => self.math(M::Log, a, None),
                    MathOp::Sin => self.math(M::Sin, a, None),
                    MathOp::Cos => self.math(M::Cos, a, None),
                    MathOp::Pow => {
                        let b = *args.get(1).ok_or_else(|| self.err("calls pow without exponent"))?;
                        self.math(M::Pow, a, Some(b))
                    }
                }
            }
            Intrinsic::Atomic { op, signed } => {
                let (Some(&ptr), Some(&v)) = (args.first(), args.get(1)) else {
                    return Err(self.err("calls an atomic without operands"));
                };
                let prov = provs.first().copied().unwrap_or(Prov::Scalar);
                return self.atomic(op, signed, prov, ptr, v, args.get(2).copied()).map(Some);
            }
            Intrinsic::Subgroup(op) => self.subgroup(op, args)?,
            Intrinsic::Matrix(op) => return self.matrix(op, args, provs),
        }))
    }

    fn atomic(
        &mut self,
        op: AtomicOp,
        signed: bool,
        prov: Prov,
        ptr: H,
        v: H,
        new: Option<H>,
    ) -> Result<H, LowerError> {
        let region = self.region(prov, true)?;
        let offset = self.byte_offset(&region, ptr, 0);
        if region.private {
            // Per-invocation memory: a plain read-modify-write.
            let idx = self.elem_index(offset, 4);
            let p = self.elem_ptr(&region, idx);
            let old = self.load(p);
            let old = self.word_bits(old, region.elem);
            let newv = match op {
                AtomicOp::Add => self.bin(B::Add, old, v),
                AtomicOp::Exchange => v,
                AtomicOp::CompareExchange => {
                    let eq = self.bin(B::Equal, old, v);
                    let n = new.unwrap_or(v);
                    self.select(eq, n, old)
                }
                AtomicOp::Min | AtomicOp::Max => {
                    let (a, b) = if signed {
                        (self.bitcast(old, ScalarKind::Sint), self.bitcast(v, ScalarKind::Sint))
                    } else {
                        (old, v)
                    };
                    let r = self.math(if op == AtomicOp::Min { M::Min } else { M::Max }, a, Some(b));
                    if signed {
                        self.bitcast(r, ScalarKind::Uint)
                    } else {
                        r
                    }
                }
            };
            let nv = self.elem_value(newv, region.elem);
            self.stmt(Statement::Store { pointer: p, value: nv });
            return Ok(old);
        }
        if !region.atomic {
            return Err(self.err("uses an atomic on memory that is not atomic (internal error)"));
        }
        let region_signed = region.elem == Scalar::I32;
        if matches!(op, AtomicOp::Min | AtomicOp::Max) && region_signed != signed {
            return Err(self.err(format!(
                "uses a {} atomic min/max on a buffer of {} elements",
                if signed { "signed" } else { "unsigned" },
                if region_signed { "i32" } else { "u32" }
            )));
        }
        let idx = self.elem_index(offset, 4);
        let pointer = self.elem_ptr(&region, idx);
        let value = self.elem_value(v, region.elem);
        let compare = new.map(|_| value);
        let value = match new {
            Some(n) => self.elem_value(n, region.elem),
            None => value,
        };
        let fun = match op {
            AtomicOp::Add => AtomicFunction::Add,
            AtomicOp::Min => AtomicFunction::Min,
            AtomicOp::Max => AtomicFunction::Max,
            AtomicOp::Exchange => AtomicFunction::Exchange { compare: None },
            AtomicOp::CompareExchange => AtomicFunction::Exchange { compare },
        };
        let ty = if op == AtomicOp::CompareExchange {
            self.module
                .generate_predeclared_type(PredeclaredType::AtomicCompareExchangeWeakResult(region.elem))
        } else {
            scalar_type(&mut self.module, region.elem)
        };
        let result = self.expr(Expression::AtomicResult {
            ty,
            comparison: op == AtomicOp::CompareExchange,
        });
        self.stmt(Statement::Atomic {
            pointer,
            fun,
            value,
            result: Some(result),
        });
        let old = if op == AtomicOp::CompareExchange {
            self.expr(Expression::AccessIndex { base: result, index: 0 })
        } else {
            result
        };
        Ok(self.word_bits(old, region.elem))
    }

    // ------------------------------------------------------------------- memory

    fn region(&mut self, prov: Prov, write: bool) -> Result<Region, LowerError> {
        match prov {
            Prov::Buffer(_) | Prov::Shared(_) => {
                let r = self.regions.get(&prov).copied().ok_or_else(|| {
                    self.err("accesses memory derived from a parameter that is not a buffer or shared array")
                })?;
                if write && !r.writable {
                    return Err(self.err("writes to a read-only buffer (`&[T]`)"));
                }
                Ok(r)
            }
            Prov::Stack => self.stack_region(),
            // A write cannot go to the constant data.
            Prov::StackOrData if write => self.stack_region(),
            Prov::StackOrData => Err(self.err(
                "copies memory through a pointer that may point into the stack or into constant data",
            )),
            Prov::Matrix(kind) => Err(self.err(format!(
                "uses a matrix tile (`{}`) as an address",
                kind.rust_name()
            ))),
            Prov::Top => Err(self.err(
                "accesses memory through a pointer whose buffer cannot be determined statically (pointers into different buffers meet here)",
            )),
            Prov::Scalar => {
                if write {
                    return Err(self.err(
                        "writes to an address that derives from no buffer, shared array or local variable (a static or an integer used as a pointer)",
                    ));
                }
                self.data_region()
            }
        }
    }

    fn stack_region(&mut self) -> Result<Region, LowerError> {
        if let Some(r) = self.regions.get(&Prov::Stack) {
            return Ok(*r);
        }
        let Some(sp) = analysis::stack_pointer_global(self.m) else {
            return Err(self.err("uses stack memory without a stack pointer"));
        };
        let top = self.m.globals.get(sp as usize).and_then(|g| g.init).unwrap_or(0) as u32;
        // Frames are found as `__stack_pointer - constant`; when the analysis
        // saw none (the pointer went through a local first), give 1 KiB.
        let bytes = if self.stack_bytes == 0 {
            1024
        } else {
            self.stack_bytes.clamp(16, 64 * 1024)
        };
        if self.stack_bytes > 64 * 1024 {
            return Err(self.err(format!(
                "needs {} bytes of stack (more than the 64 KiB the shader route gives an invocation)",
                self.stack_bytes
            )));
        }
        let words = bytes.div_ceil(4) as u32;
        let u32_ty = scalar_type(&mut self.module, Scalar::U32);
        let ty = array_type(&mut self.module, u32_ty, 4, Some(words));
        let global = self.module.global_variables.append(
            GlobalVariable {
                name: Some("stack".into()),
                space: AddressSpace::Private,
                binding: None,
                ty,
                init: None,
                memory_decorations: Default::default(),
            },
            Span::UNDEFINED,
        );
        let r = Region {
            global,
            elem: Scalar::U32,
            atomic: false,
            base: top.wrapping_sub(words * 4),
            private: true,
            writable: true,
        };
        self.regions.insert(Prov::Stack, r);
        Ok(r)
    }

    /// The crate's constant data (its tables and literals), read at computed
    /// addresses: words appended to the parameter block, one copy that every
    /// invocation shares (see `everygpu_backend::shader::param_block`).
    fn data_region(&mut self) -> Result<Region, LowerError> {
        if let Some(r) = self.data_region {
            return Ok(r);
        }
        let Some((start, end)) = self.m.data_range() else {
            return Err(self.err("reads memory at a computed address outside any buffer, and the module has no data"));
        };
        let start = start & !3;
        let words = (end.saturating_sub(start)).div_ceil(4);
        if words > MAX_CONSTANT_WORDS {
            return Err(self.err(format!(
                "reads constant data at a computed address, and the crate's data ({} KiB) is larger than {} KiB",
                words / 256,
                MAX_CONSTANT_WORDS / 256
            )));
        }
        self.constant_data = (0..words)
            .map(|i| {
                let b = self.m.read_data(start + i * 4, 4).unwrap_or_else(|| {
                    (0..4)
                        .map(|k| self.m.read_data(start + i * 4 + k, 1).map(|v| v[0]).unwrap_or(0))
                        .collect()
                });
                u32::from_le_bytes([b[0], b[1], b[2], b[3]])
            })
            .collect();
        // Byte address `start` is word `constant_data_offset / 4` of the block.
        let at = everygpu_backend::shader::constant_data_offset(self.kernel.params.len()) as u32;
        let r = Region {
            global: self.params,
            elem: Scalar::U32,
            atomic: false,
            base: start.wrapping_sub(at),
            private: false,
            writable: false,
        };
        self.data_region = Some(r);
        Ok(r)
    }

    /// `addr + offset - base` as u32.
    fn byte_offset(&mut self, region: &Region, addr: H, offset: u64) -> H {
        let delta = (offset as u32).wrapping_sub(region.base);
        if delta == 0 {
            return addr;
        }
        let d = self.u32(delta);
        self.bin(B::Add, addr, d)
    }

    fn elem_index(&mut self, offset: H, elem_bytes: u32) -> H {
        let s = self.u32(elem_bytes.trailing_zeros());
        self.bin(B::ShiftRight, offset, s)
    }

    fn elem_ptr(&mut self, region: &Region, index: H) -> H {
        let base = self.global_ptr(region.global);
        self.expr(Expression::Access { base, index })
    }

    /// An element value as u32 (4-byte elements) or u64 (8-byte elements).
    fn word_bits(&mut self, v: H, elem: Scalar) -> H {
        match elem.kind {
            ScalarKind::Uint => v,
            _ => self.bitcast(v, ScalarKind::Uint),
        }
    }

    fn elem_value(&mut self, v: H, elem: Scalar) -> H {
        match elem.kind {
            ScalarKind::Uint => v,
            k => self.bitcast(v, k),
        }
    }

    fn mask_shift(&mut self, offset: H, align_mask: u32) -> H {
        let m = self.u32(align_mask);
        let low = self.bin(B::And, offset, m);
        let three = self.u32(3);
        self.bin(B::ShiftLeft, low, three)
    }

    fn mem_load(
        &mut self,
        op: &Operator<'_>,
        prov: Prov,
        addr: H,
        memarg: MemArg,
        width: u32,
    ) -> Result<H, LowerError> {
        let signed = matches!(
            op,
            Operator::I32Load8S { .. }
                | Operator::I32Load16S { .. }
                | Operator::I64Load8S { .. }
                | Operator::I64Load16S { .. }
                | Operator::I64Load32S { .. }
        );
        let out = load_result(op);
        if prov == Prov::StackOrData {
            return self.load_stack_or_data(op, addr, memarg, width);
        }
        // A constant address into the data segment folds to a constant.
        if prov == Prov::Scalar {
            if let Some(a) = self.literal_u32(addr) {
                let ea = a.wrapping_add(memarg.offset as u32);
                let mut bytes = [0u8; 8];
                for (i, b) in bytes.iter_mut().enumerate().take(width as usize) {
                    *b = self
                        .m
                        .read_data(ea.wrapping_add(i as u32), 1)
                        .map(|v| v[0])
                        .unwrap_or(0);
                }
                let mut raw = u64::from_le_bytes(bytes);
                if signed && width < 8 {
                    let sh = 64 - width * 8;
                    raw = (((raw << sh) as i64) >> sh) as u64;
                }
                return Ok(match out {
                    ValType::I32 => self.u32(raw as u32),
                    ValType::I64 => self.i64_const(raw),
                    ValType::F32 => self.f32_bits(raw as u32),
                    _ => self.f64_bits(raw),
                });
            }
        }
        let region = self.region(prov, false)?;
        let o = self.byte_offset(&region, addr, memarg.offset);
        let esize = region.elem.width as u32;
        // A float element read as that float: no bit juggling.
        if esize == width
            && (1u32 << memarg.align.min(31)) >= width
            && region.elem.kind == ScalarKind::Float
            && matches!(out, ValType::F32 | ValType::F64)
        {
            let idx = self.elem_index(o, esize);
            let p = self.elem_ptr(&region, idx);
            return Ok(self.load(p));
        }
        let aligned = (1u32 << memarg.align.min(31)) >= width;
        let bits = self.load_bits(&region, o, width, aligned);
        // Sign extension of sub-word loads (to 32 bits first).
        let bits = if signed && width < 4 {
            self.sext32(bits, width * 8)
        } else {
            bits
        };
        Ok(match out {
            ValType::I32 => bits,
            ValType::F32 => self.bitcast(bits, ScalarKind::Float),
            ValType::F64 => self.bitcast(bits, ScalarKind::Float),
            _ => {
                if width == 8 {
                    bits
                } else if signed {
                    self.sext_i32_to_i64(bits)
                } else {
                    self.i64_from_u32(bits)
                }
            }
        })
    }

    /// Reads `width` bytes at byte offset `o` of `region`: u32 bits for
    /// widths up to 4, u64 bits for 8. Unaligned accesses are assembled from bytes.
    fn load_bits(&mut self, region: &Region, o: H, width: u32, aligned: bool) -> H {
        if !aligned && width > 1 {
            if width == 8 {
                let lo = self.load_bits(region, o, 4, false);
                let four = self.u32(4);
                let o4 = self.bin(B::Add, o, four);
                let hi = self.load_bits(region, o4, 4, false);
                return self.i64_join(lo, hi);
            }
            let mut acc = self.load_bits(region, o, 1, true);
            for k in 1..width {
                let kk = self.u32(k);
                let ok = self.bin(B::Add, o, kk);
                let b = self.load_bits(region, ok, 1, true);
                let sh = self.u32(8 * k);
                let b = self.bin(B::ShiftLeft, b, sh);
                acc = self.bin(B::InclusiveOr, acc, b);
            }
            return acc;
        }
        let esize = region.elem.width as u32;
        if esize == 4 {
            let idx = self.elem_index(o, 4);
            match width {
                8 => {
                    let p = self.elem_ptr(region, idx);
                    let lo = self.load(p);
                    let lo = self.word_bits(lo, region.elem);
                    let one = self.u32(1);
                    let idx2 = self.bin(B::Add, idx, one);
                    let p2 = self.elem_ptr(region, idx2);
                    let hi = self.load(p2);
                    let hi = self.word_bits(hi, region.elem);
                    self.i64_join(lo, hi)
                }
                4 => {
                    let p = self.elem_ptr(region, idx);
                    let w = self.load(p);
                    self.word_bits(w, region.elem)
                }
                _ => {
                    let p = self.elem_ptr(region, idx);
                    let w = self.load(p);
                    let w = self.word_bits(w, region.elem);
                    let sh = self.mask_shift(o, 3);
                    let v = self.bin(B::ShiftRight, w, sh);
                    let mask = self.u32(if width == 1 { 0xff } else { 0xffff });
                    self.bin(B::And, v, mask)
                }
            }
        } else {
            let idx = self.elem_index(o, 8);
            let p = self.elem_ptr(region, idx);
            let q = self.load(p);
            let q = self.word_bits(q, region.elem);
            if width == 8 {
                q
            } else {
                let sh = self.mask_shift(o, 7);
                let v = self.bin(B::ShiftRight, q, sh);
                let v = self.cast(v, ScalarKind::Uint, 4);
                if width == 4 {
                    v
                } else {
                    let mask = self.u32(if width == 1 { 0xff } else { 0xffff });
                    self.bin(B::And, v, mask)
                }
            }
        }
    }

    /// Writes `width` bytes of `bits` (u32, or u64 for width 8) at byte
    /// offset `o` of `region`. Unaligned accesses are split into bytes.
    fn store_bits(&mut self, region: &Region, o: H, width: u32, bits: H, aligned: bool) -> Result<(), LowerError> {
        if !aligned && width > 1 {
            if width == 8 {
                let (lo, hi) = self.i64_halves(bits);
                self.store_bits(region, o, 4, lo, false)?;
                let four = self.u32(4);
                let o4 = self.bin(B::Add, o, four);
                return self.store_bits(region, o4, 4, hi, false);
            }
            for k in 0..width {
                let sh = self.u32(8 * k);
                let b = self.bin(B::ShiftRight, bits, sh);
                let ok = if k == 0 {
                    o
                } else {
                    let kk = self.u32(k);
                    self.bin(B::Add, o, kk)
                };
                self.store_bits(region, ok, 1, b, true)?;
            }
            return Ok(());
        }
        let esize = region.elem.width as u32;
        if esize == 4 {
            let idx = self.elem_index(o, 4);
            match width {
                4 => {
                    let p = self.elem_ptr(region, idx);
                    let v = self.elem_value(bits, region.elem);
                    self.stmt(Statement::Store { pointer: p, value: v });
                }
                8 => {
                    let (lo, hi) = self.i64_halves(bits);
                    let p = self.elem_ptr(region, idx);
                    let lo = self.elem_value(lo, region.elem);
                    self.stmt(Statement::Store { pointer: p, value: lo });
                    let one = self.u32(1);
                    let idx2 = self.bin(B::Add, idx, one);
                    let p2 = self.elem_ptr(region, idx2);
                    let hi = self.elem_value(hi, region.elem);
                    self.stmt(Statement::Store { pointer: p2, value: hi });
                }
                _ => {
                    let sh = self.mask_shift(o, 3);
                    let mask = self.u32(if width == 1 { 0xff } else { 0xffff });
                    let v = self.bin(B::And, bits, mask);
                    let v = self.bin(B::ShiftLeft, v, sh);
                    let m = self.bin(B::ShiftLeft, mask, sh);
                    let keep = self.expr(Expression::Unary {
                        op: UnaryOperator::BitwiseNot,
                        expr: m,
                    });
                    let p = self.elem_ptr(region, idx);
                    if region.private {
                        let w = self.load(p);
                        let w = self.word_bits(w, region.elem);
                        let kept = self.bin(B::And, w, keep);
                        let nw = self.bin(B::InclusiveOr, kept, v);
                        let nw = self.elem_value(nw, region.elem);
                        self.stmt(Statement::Store { pointer: p, value: nw });
                    } else if region.atomic {
                        // Two atomics on disjoint bits: other threads' bytes of the word survive.
                        let keep = self.elem_value(keep, region.elem);
                        let v = self.elem_value(v, region.elem);
                        self.stmt(Statement::Atomic {
                            pointer: p,
                            fun: AtomicFunction::And,
                            value: keep,
                            result: None,
                        });
                        self.stmt(Statement::Atomic {
                            pointer: p,
                            fun: AtomicFunction::InclusiveOr,
                            value: v,
                            result: None,
                        });
                    } else {
                        return Err(
                            self.err("stores a sub-word value into a buffer that is not atomic (internal error)")
                        );
                    }
                }
            }
        } else {
            let idx = self.elem_index(o, 8);
            let p = self.elem_ptr(region, idx);
            if width == 8 {
                let v = self.elem_value(bits, region.elem);
                self.stmt(Statement::Store { pointer: p, value: v });
            } else if region.private {
                let sh = self.mask_shift(o, 7);
                let mask = self.u64(if width == 4 {
                    0xffff_ffff
                } else if width == 2 {
                    0xffff
                } else {
                    0xff
                });
                let v = self.cast(bits, ScalarKind::Uint, 8);
                let v = self.bin(B::And, v, mask);
                let v = self.bin(B::ShiftLeft, v, sh);
                let m = self.bin(B::ShiftLeft, mask, sh);
                let keep = self.expr(Expression::Unary {
                    op: UnaryOperator::BitwiseNot,
                    expr: m,
                });
                let w = self.load(p);
                let w = self.word_bits(w, region.elem);
                let kept = self.bin(B::And, w, keep);
                let nw = self.bin(B::InclusiveOr, kept, v);
                let nw = self.elem_value(nw, region.elem);
                self.stmt(Statement::Store { pointer: p, value: nw });
            } else {
                return Err(self.err(format!(
                    "stores {width} bytes into a buffer of 8-byte elements, which would race with other threads"
                )));
            }
        }
        Ok(())
    }

    /// `memory.fill` / `memory.copy`: a byte loop into private memory; a word
    /// loop into buffers and shared arrays, which panics when the address or
    /// length is not a multiple of 4 (sub-word stores there would race).
    fn bulk(&mut self, op: &Operator<'_>, provs: &[Prov], d: H, v: H, n: H) -> Result<(), LowerError> {
        let prov = |i: usize| provs.get(i).copied().unwrap_or(Prov::Scalar);
        let dst = self.region(prov(0), true)?;
        let od = self.byte_offset(&dst, d, 0);
        let step = if dst.private { 1 } else { 4 };
        let is_fill = matches!(op, Operator::MemoryFill { .. });
        let src = if is_fill {
            None
        } else {
            Some(self.region(prov(1), false)?)
        };
        let os = src.as_ref().map(|r| self.byte_offset(r, v, 0));
        if step == 4 {
            let mut any = self.bin(B::InclusiveOr, od, n);
            if let Some(os) = os {
                any = self.bin(B::InclusiveOr, any, os);
            }
            let three = self.u32(3);
            let low = self.bin(B::And, any, three);
            let zero = self.u32(0);
            let bad = self.bin(B::NotEqual, low, zero);
            self.blocks.push(Block::new());
            self.panic_site(
                "memset/memcpy into a buffer or shared array at an address or length that is not a multiple of 4 (the shader route copies whole words)".into(),
                None,
            )?;
            let accept = self.blocks.pop().unwrap_or_default();
            self.stmt(Statement::If {
                condition: bad,
                accept,
                reject: Block::new(),
            });
        }
        match (src, os) {
            (Some(src), Some(os)) => {
                let emit = |t: &mut Self, backward: bool| {
                    t.copy_loop(n, step, backward, |t, i| {
                        let from = t.bin(B::Add, os, i);
                        let bits = t.load_bits(&src, from, step, true);
                        let to = t.bin(B::Add, od, i);
                        t.store_bits(&dst, to, step, bits, true)
                    })
                };
                if prov(0) == prov(1) {
                    // memmove: copy backwards when the destination is above the source.
                    let up = self.bin(B::Greater, od, os);
                    self.blocks.push(Block::new());
                    emit(self, true)?;
                    let accept = self.blocks.pop().unwrap_or_default();
                    self.blocks.push(Block::new());
                    emit(self, false)?;
                    let reject = self.blocks.pop().unwrap_or_default();
                    self.stmt(Statement::If {
                        condition: up,
                        accept,
                        reject,
                    });
                } else {
                    emit(self, false)?;
                }
            }
            _ => {
                let ff = self.u32(0xff);
                let byte = self.bin(B::And, v, ff);
                let value = if step == 4 {
                    let splat = self.u32(0x0101_0101);
                    self.bin(B::Multiply, byte, splat)
                } else {
                    byte
                };
                self.copy_loop(n, step, false, |t, i| {
                    let to = t.bin(B::Add, od, i);
                    t.store_bits(&dst, to, step, value, true)
                })?;
            }
        }
        Ok(())
    }

    /// A loop over byte offsets `0..n` by `step` (or down from `n`).
    fn copy_loop(
        &mut self,
        n: H,
        step: u32,
        backward: bool,
        mut body: impl FnMut(&mut Self, H) -> Result<(), LowerError>,
    ) -> Result<(), LowerError> {
        let i = self.local(Scalar::U32, None);
        let start = if backward { n } else { self.u32(0) };
        self.store_local(i, start);
        self.blocks.push(Block::new());
        let iv = self.load_local(i);
        let done = if backward {
            let zero = self.u32(0);
            self.bin(B::Equal, iv, zero)
        } else {
            self.bin(B::GreaterEqual, iv, n)
        };
        let mut brk = Block::new();
        brk.push(Statement::Break, Span::UNDEFINED);
        self.stmt(Statement::If {
            condition: done,
            accept: brk,
            reject: Block::new(),
        });
        let stepv = self.u32(step);
        if backward {
            let next = self.bin(B::Subtract, iv, stepv);
            self.store_local(i, next);
            body(self, next)?;
        } else {
            body(self, iv)?;
            let next = self.bin(B::Add, iv, stepv);
            self.store_local(i, next);
        }
        let lb = self.blocks.pop().unwrap_or_default();
        self.stmt(Statement::Loop {
            body: lb,
            continuing: Block::new(),
            break_if: None,
        });
        Ok(())
    }

    fn sext32(&mut self, v: H, bits: u32) -> H {
        let sh = self.u32(32 - bits);
        let up = self.bin(B::ShiftLeft, v, sh);
        let i = self.bitcast(up, ScalarKind::Sint);
        let down = self.bin(B::ShiftRight, i, sh);
        self.bitcast(down, ScalarKind::Uint)
    }

    /// A load through a pointer into the stack or the constant data: the
    /// address says which (the stack lies below its top, the data above).
    fn load_stack_or_data(&mut self, op: &Operator<'_>, addr: H, memarg: MemArg, width: u32) -> Result<H, LowerError> {
        self.stack_region()?;
        let top = analysis::stack_pointer_global(self.m)
            .and_then(|sp| self.m.globals.get(sp as usize))
            .and_then(|g| g.init)
            .unwrap_or(0) as u32;
        let result = self.val_local(load_result(op))?;
        let offset = self.u32(memarg.offset as u32);
        let ea = self.bin(B::Add, addr, offset);
        let limit = self.u32(top);
        let in_stack = self.bin(B::Less, ea, limit);
        let mut arms = Vec::new();
        for prov in [Prov::Stack, Prov::Scalar] {
            self.blocks.push(Block::new());
            let v = self.mem_load(op, prov, addr, memarg, width)?;
            self.store_local(result, v);
            arms.push(self.blocks.pop().unwrap_or_default());
        }
        let reject = arms.pop().unwrap_or_default();
        let accept = arms.pop().unwrap_or_default();
        self.stmt(Statement::If {
            condition: in_stack,
            accept,
            reject,
        });
        Ok(self.load_local(result))
    }

    fn mem_store(
        &mut self,
        op: &Operator<'_>,
        prov: Prov,
        addr: H,
        memarg: MemArg,
        width: u32,
        value: H,
    ) -> Result<(), LowerError> {
        let region = self.region(prov, true)?;
        let o = self.byte_offset(&region, addr, memarg.offset);
        let esize = region.elem.width as u32;
        let ty = store_value_type(op);
        if esize == width
            && (1u32 << memarg.align.min(31)) >= width
            && region.elem.kind == ScalarKind::Float
            && matches!(ty, ValType::F32 | ValType::F64)
        {
            let idx = self.elem_index(o, esize);
            let p = self.elem_ptr(&region, idx);
            self.stmt(Statement::Store { pointer: p, value });
            return Ok(());
        }
        // The bits to store: u64 for width 8, u32 otherwise.
        let bits = match (ty, width) {
            (ValType::F32, _) | (ValType::F64, _) => self.bitcast(value, ScalarKind::Uint),
            (ValType::I64, w) if w < 8 => self.i64_wrap(value),
            _ => value,
        };
        let aligned = (1u32 << memarg.align.min(31)) >= width;
        self.store_bits(&region, o, width, bits, aligned)
    }
}

fn load_info(op: &Operator<'_>) -> Option<(MemArg, u32)> {
    let m = analysis::memarg_of(op)?;
    let is_load = format!("{op:?}").contains("Load");
    is_load.then(|| (m, analysis::load_width(op)))
}

fn store_info(op: &Operator<'_>) -> Option<(MemArg, u32)> {
    let m = analysis::memarg_of(op)?;
    let is_store = format!("{op:?}").contains("Store");
    is_store.then(|| (m, analysis::store_width(op)))
}

fn load_result(op: &Operator<'_>) -> ValType {
    use Operator as O;
    match op {
        O::F32Load { .. } => ValType::F32,
        O::F64Load { .. } => ValType::F64,
        O::I64Load { .. }
        | O::I64Load8S { .. }
        | O::I64Load8U { .. }
        | O::I64Load16S { .. }
        | O::I64Load16U { .. }
        | O::I64Load32S { .. }
        | O::I64Load32U { .. } => ValType::I64,
        _ => ValType::I32,
    }
}

fn store_value_type(op: &Operator<'_>) -> ValType {
    use Operator as O;
    match op {
        O::F32Store { .. } => ValType::F32,
        O::F64Store { .. } => ValType::F64,
        O::I64Store { .. } | O::I64Store8 { .. } | O::I64Store16 { .. } | O::I64Store32 { .. } => ValType::I64,
        _ => ValType::I32,
    }
}
