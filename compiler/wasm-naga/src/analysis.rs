//! Whole-module facts the lowering needs before it emits anything:
//!
//! - which functions never return and end in the `panic` import (core's panic
//!   chain: their call sites become panic sites, their bodies are not lowered);
//! - which block of each function is the target of a branch (only those become
//!   breakable naga constructs);
//! - the provenance of every address: an abstract interpretation of each
//!   function instance (function + provenance of its arguments) over its
//!   structured control flow, flow-sensitive per local with a fixpoint at
//!   loops. A value is a plain integer, or points into buffer parameter k, into
//!   shared parameter k, or into the shadow stack. Values loaded from the shadow
//!   stack carry the join of everything stored there (a module-wide fixpoint).
//!   Matrix tiles (the handles `mat_*` imports return) are tracked the same
//!   way, so the translator can keep them in cooperative-matrix variables;
//!   a tile used as a number, stored in memory or passed out of a block is
//!   refused, naming the function.

use crate::intrinsics::{self, Intrinsic, MatrixValue};
use crate::module::WasmModule;
use crate::LowerError;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasmparser::Operator;

/// Where an address value points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Prov {
    /// Not derived from any region's base: a plain integer or a constant
    /// data-segment address (the bottom of the lattice).
    #[default]
    Scalar,
    /// Into buffer parameter `k`.
    Buffer(u32),
    /// Into `#[shared]` parameter `k`.
    Shared(u32),
    /// Into the shadow stack.
    Stack,
    /// Into the shadow stack or the constant data: a pointer loaded from the
    /// stack, where both stack addresses and plain numbers (such as a trait
    /// object's vtable address) were stored. Reads look at the address.
    StackOrData,
    /// Not an address: a matrix tile (see `everygpu_kernel::matrix`).
    Matrix(MatrixValue),
    /// Into more than one region.
    Top,
}

impl Prov {
    /// The least upper bound.
    pub fn join(self, other: Prov) -> Prov {
        match (self, other) {
            (a, b) if a == b => a,
            (Prov::Scalar, x) | (x, Prov::Scalar) => x,
            (Prov::StackOrData, Prov::Stack) | (Prov::Stack, Prov::StackOrData) => Prov::StackOrData,
            _ => Prov::Top,
        }
    }
}

fn join_vec(a: &mut [Prov], b: &[Prov]) -> bool {
    let mut changed = false;
    for (x, &y) in a.iter_mut().zip(b) {
        let j = x.join(y);
        changed |= j != *x;
        *x = j;
    }
    changed
}

/// Per-function facts independent of arguments.
#[derive(Debug, Default)]
pub struct FuncFacts {
    /// Function index → never returns.
    pub diverges: Vec<bool>,
    /// Function index → reaches the `panic` import through direct calls.
    pub reaches_panic: Vec<bool>,
}

impl FuncFacts {
    /// Whether a call to `f` is a panic site (core's panic chain).
    pub fn is_panic_fn(&self, f: u32) -> bool {
        self.diverges.get(f as usize).copied().unwrap_or(false)
            && self.reaches_panic.get(f as usize).copied().unwrap_or(false)
    }
}

/// Returns the index of the `end` or `else` closing the construct that
/// contains `pc` (skipping nested constructs).
pub fn skip_dead(ops: &[Operator<'_>], mut pc: usize) -> usize {
    let mut depth = 0usize;
    while let Some(op) = ops.get(pc) {
        match op {
            Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } => depth += 1,
            Operator::Else if depth == 0 => return pc,
            Operator::End if depth == 0 => return pc,
            Operator::End => depth -= 1,
            _ => {}
        }
        pc += 1;
    }
    ops.len()
}

/// The start pcs of the constructs that some branch targets; `usize::MAX`
/// stands for the function body (targeted by `return` or an outermost `br`).
pub fn branch_targets(ops: &[Operator<'_>]) -> HashSet<usize> {
    let mut targets = HashSet::new();
    let mut stack = vec![usize::MAX];
    for (pc, op) in ops.iter().enumerate() {
        let mut mark = |depth: u32, stack: &Vec<usize>| {
            if let Some(&t) = stack.len().checked_sub(1 + depth as usize).and_then(|i| stack.get(i)) {
                targets.insert(t);
            }
        };
        match op {
            Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } => stack.push(pc),
            Operator::End => {
                stack.pop();
            }
            Operator::Br { relative_depth } | Operator::BrIf { relative_depth } => mark(*relative_depth, &stack),
            Operator::BrTable { targets: t } => {
                mark(t.default(), &stack);
                for d in t.targets().flatten() {
                    mark(d, &stack);
                }
            }
            Operator::Return => {
                targets.insert(usize::MAX);
            }
            _ => {}
        }
    }
    targets
}

fn direct_callees<'a>(ops: &'a [Operator<'_>]) -> impl Iterator<Item = u32> + 'a {
    ops.iter().filter_map(|op| match op {
        Operator::Call { function_index } => Some(*function_index),
        _ => None,
    })
}

/// Computes [`FuncFacts`] for every function of the module.
pub fn func_facts(m: &WasmModule<'_>) -> FuncFacts {
    let n = m.imports.len() + m.funcs.len();
    let mut facts = FuncFacts {
        diverges: vec![false; n],
        reaches_panic: vec![false; n],
    };
    for (i, imp) in m.imports.iter().enumerate() {
        if matches!(intrinsics::classify(imp), Some(Intrinsic::Panic)) {
            facts.diverges[i] = true;
            facts.reaches_panic[i] = true;
        }
    }
    // Both are least fixpoints that only grow: iterate until stable.
    for _ in 0..n + 2 {
        let mut changed = false;
        for (di, f) in m.funcs.iter().enumerate() {
            let i = m.imports.len() + di;
            if !facts.reaches_panic[i]
                && direct_callees(&f.ops).any(|c| facts.reaches_panic.get(c as usize) == Some(&true))
            {
                facts.reaches_panic[i] = true;
                changed = true;
            }
            if !facts.diverges[i] && !returns(&f.ops, &facts.diverges) {
                facts.diverges[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    facts
}

/// Whether the function body can return (reach its end or a `return`).
fn returns(ops: &[Operator<'_>], diverges: &[bool]) -> bool {
    // (is_loop, end reachable through a branch)
    let mut frames: Vec<(bool, bool)> = vec![(false, false)];
    let mut alive = true;
    let mut pc = 0;
    while let Some(op) = ops.get(pc) {
        if !alive && !matches!(op, Operator::End | Operator::Else) {
            pc = skip_dead(ops, pc);
            continue;
        }
        let branch = |frames: &mut Vec<(bool, bool)>, depth: u32| {
            if let Some(i) = frames.len().checked_sub(1 + depth as usize) {
                if !frames[i].0 {
                    frames[i].1 = true;
                }
            }
        };
        match op {
            Operator::Block { .. } => frames.push((false, false)),
            Operator::Loop { .. } => frames.push((true, false)),
            Operator::If { .. } => frames.push((false, true)),
            Operator::Else => {
                if let Some(f) = frames.last_mut() {
                    f.1 |= alive;
                }
                alive = true;
            }
            Operator::End => {
                let Some((_, reached)) = frames.pop() else { break };
                alive |= reached;
                if frames.is_empty() {
                    return alive;
                }
            }
            Operator::Br { relative_depth } => {
                branch(&mut frames, *relative_depth);
                alive = false;
            }
            Operator::BrIf { relative_depth } => branch(&mut frames, *relative_depth),
            Operator::BrTable { targets } => {
                branch(&mut frames, targets.default());
                for d in targets.targets().flatten() {
                    branch(&mut frames, d);
                }
                alive = false;
            }
            Operator::Return => return true,
            Operator::Unreachable => alive = false,
            Operator::Call { function_index } if diverges.get(*function_index as usize) == Some(&true) => alive = false,
            _ => {}
        }
        pc += 1;
    }
    true
}

/// An abstract operand.
#[derive(Clone, Copy, Debug)]
struct Val {
    prov: Prov,
    konst: Option<u64>,
    sp: bool,
}

impl Val {
    const SCALAR: Val = Val {
        prov: Prov::Scalar,
        konst: None,
        sp: false,
    };
    fn of(prov: Prov) -> Val {
        Val { prov, ..Val::SCALAR }
    }
}

/// What the analysis learnt about one function instance.
#[derive(Debug, Default)]
pub struct Instance {
    /// Provenance of the operands of memory operations and calls, by pc.
    pub operands: HashMap<usize, Vec<Prov>>,
    /// Provenance of the results.
    pub results: Vec<Prov>,
    /// Bytes of shadow stack this instance and its callees need.
    pub stack_bytes: u64,
    /// Locals that hold a matrix tile somewhere.
    pub tile_locals: HashSet<u32>,
    /// Locals that hold a number (or a pointer) somewhere: parameters and
    /// locals set to one. A local in `tile_locals` but not here needs no
    /// variable of its wasm type.
    pub number_locals: HashSet<u32>,
}

/// A function instance: function index and argument provenance.
pub type InstanceKey = (u32, Vec<Prov>);

/// The analysis of one kernel.
#[derive(Debug, Default)]
pub struct Provenance {
    /// Every analysed instance.
    pub instances: HashMap<InstanceKey, Rc<Instance>>,
    /// Regions touched by atomics or sub-word stores (they become atomic arrays).
    pub atomic_regions: HashSet<Prov>,
    /// Join of every value stored to the shadow stack.
    pub stack_content: Prov,
    /// Whether plain numbers were stored to the shadow stack too: then a
    /// pointer loaded from it may be a constant-data address
    /// ([`Prov::StackOrData`]).
    pub stack_numbers: bool,
}

impl Provenance {
    /// Whether the kernel may touch `region`: some memory operation or call
    /// takes an address into it (or into more than one region), or the
    /// shadow stack holds one. A region no operation reaches needs no
    /// variable: a workgroup array a kernel takes but uses only on other
    /// routes then costs no workgroup memory.
    pub fn touches(&self, region: Prov) -> bool {
        let hit = |p: &Prov| *p == region || *p == Prov::Top;
        hit(&self.stack_content)
            || self
                .instances
                .values()
                .any(|i| i.operands.values().flatten().any(hit) || i.results.iter().any(hit))
    }
}

struct Frame {
    is_loop: bool,
    is_if: bool,
    start: usize,
    height: usize,
    params: usize,
    results: usize,
    /// Loop: state at the loop head; if: state before the branch.
    entry: Option<Vec<Prov>>,
    /// Join of states at branches to this frame.
    branch_state: Option<Vec<Prov>>,
    /// Join of the values carried to this frame (loop: params; else: results).
    carried: Vec<Prov>,
    else_seen: bool,
}

fn join_state(into: &mut Option<Vec<Prov>>, from: &[Prov]) -> bool {
    match into {
        Some(s) => join_vec(s, from),
        None => {
            *into = Some(from.to_vec());
            true
        }
    }
}

struct Ctx<'m, 'a> {
    m: &'m WasmModule<'a>,
    facts: &'m FuncFacts,
    prov: Provenance,
    in_progress: Vec<u32>,
    stack_changed: bool,
    work: usize,
}

/// Runs the provenance analysis of `entry` for `kernel`.
pub fn analyse(m: &WasmModule<'_>, facts: &FuncFacts, entry: u32) -> Result<Provenance, LowerError> {
    let (mut stack_content, mut stack_numbers) = (Prov::Scalar, false);
    for _ in 0..6 {
        let mut ctx = Ctx {
            m,
            facts,
            prov: Provenance {
                stack_content,
                stack_numbers,
                ..Provenance::default()
            },
            in_progress: Vec::new(),
            stack_changed: false,
            work: 0,
        };
        ctx.instance(entry, Vec::new())?;
        if !ctx.stack_changed {
            return Ok(ctx.prov);
        }
        (stack_content, stack_numbers) = (ctx.prov.stack_content, ctx.prov.stack_numbers);
    }
    Err(LowerError::Unsupported {
        function: m.rust_name(entry),
        construct: "pointers stored in stack memory whose provenance does not settle".into(),
    })
}

impl Ctx<'_, '_> {
    fn unsupported(&self, f: u32, construct: impl Into<String>) -> LowerError {
        LowerError::Unsupported {
            function: self.m.rust_name(f),
            construct: construct.into(),
        }
    }

    /// Refuses a matrix tile among `vals`, consumed by `what`.
    fn no_tile<'v>(
        &self,
        f: u32,
        vals: impl IntoIterator<Item = &'v Prov>,
        what: impl FnOnce() -> String,
    ) -> Result<(), LowerError> {
        match vals.into_iter().find_map(|p| match p {
            Prov::Matrix(v) => Some(*v),
            _ => None,
        }) {
            Some(v) => Err(self.unsupported(
                f,
                format!(
                    "{} a matrix tile (`{}`), which the shader route keeps only in local variables \
                     and passes only to matrix operations and functions",
                    what(),
                    v.rust_name()
                ),
            )),
            None => Ok(()),
        }
    }

    /// Whether a call of `callee` panics: a function of core's panic chain,
    /// or a recursive call (the translation makes it a panic site: the
    /// shader route has no call stack).
    fn panics(&self, callee: u32) -> bool {
        self.facts.is_panic_fn(callee) || self.in_progress.contains(&callee)
    }

    fn instance(&mut self, f: u32, args: Vec<Prov>) -> Result<Rc<Instance>, LowerError> {
        let key = (f, args);
        if let Some(i) = self.prov.instances.get(&key) {
            return Ok(i.clone());
        }
        if self.in_progress.contains(&f) {
            return Err(self.unsupported(f, "is recursive, which the shader route cannot lower"));
        }
        if self.in_progress.len() > 64 {
            return Err(self.unsupported(f, "nests calls too deeply (more than 64 levels)"));
        }
        self.in_progress.push(f);
        let result = self.walk(f, &key.1);
        self.in_progress.pop();
        let inst = Rc::new(result?);
        self.prov.instances.insert(key, inst.clone());
        Ok(inst)
    }

    fn walk(&mut self, f: u32, args: &[Prov]) -> Result<Instance, LowerError> {
        let m = self.m;
        let func = m
            .defined(f)
            .ok_or_else(|| self.unsupported(f, "is not a defined function"))?;
        let ty = m.func_type(f).ok_or_else(|| self.unsupported(f, "has no type"))?;
        let ops = &func.ops;
        let mut inst = Instance {
            results: vec![Prov::Scalar; ty.results().len()],
            ..Instance::default()
        };
        let mut own_frame = 0u64;
        let mut callee_stack = 0u64;
        let mut locals: Vec<Prov> = vec![Prov::Scalar; func.locals.len()];
        for (i, (l, a)) in locals.iter_mut().zip(args).enumerate() {
            *l = *a;
            if matches!(a, Prov::Matrix(_)) {
                inst.tile_locals.insert(i as u32);
            } else {
                inst.number_locals.insert(i as u32);
            }
        }
        let mut state: Option<Vec<Prov>> = Some(locals);
        let mut stack: Vec<Val> = Vec::new();
        let mut frames = vec![Frame {
            is_loop: false,
            is_if: false,
            start: usize::MAX,
            height: 0,
            params: 0,
            results: ty.results().len(),
            entry: None,
            branch_state: None,
            carried: vec![Prov::Scalar; ty.results().len()],
            else_seen: false,
        }];
        let mut pc = 0usize;
        macro_rules! pop {
            () => {
                stack
                    .pop()
                    .ok_or_else(|| self.unsupported(f, "has an operand stack underflow"))?
            };
        }
        while pc < ops.len() {
            self.work += 1;
            if self.work > 5_000_000 {
                return Err(self.unsupported(f, "is too large to analyse"));
            }
            let op = &ops[pc];
            let Some(cur) = state.as_mut() else {
                if !matches!(op, Operator::End | Operator::Else) {
                    pc = skip_dead(ops, pc);
                    continue;
                }
                // Dead `end`/`else`: closed with no fallthrough state.
                match self.close(f, op, &mut frames, &mut stack, &mut state, &mut pc, &mut inst)? {
                    true => return self.finish(inst, own_frame, callee_stack),
                    false => continue,
                }
            };
            match op {
                Operator::Block { blockty } | Operator::Loop { blockty } | Operator::If { blockty } => {
                    if matches!(op, Operator::If { .. }) {
                        pop!();
                    }
                    let (params, results) = m.block_arity(*blockty);
                    let height = stack.len().saturating_sub(params.len());
                    self.no_tile(f, stack[height..].iter().map(|v| &v.prov), || {
                        "passes into a block".into()
                    })?;
                    let is_loop = matches!(op, Operator::Loop { .. });
                    let carried = if is_loop {
                        stack[height..].iter().map(|v| v.prov).collect()
                    } else {
                        vec![Prov::Scalar; results.len()]
                    };
                    frames.push(Frame {
                        is_loop,
                        is_if: matches!(op, Operator::If { .. }),
                        start: pc,
                        height,
                        params: params.len(),
                        results: results.len(),
                        entry: Some(cur.clone()),
                        branch_state: None,
                        carried,
                        else_seen: false,
                    });
                }
                Operator::Else | Operator::End => {
                    if self.close(f, op, &mut frames, &mut stack, &mut state, &mut pc, &mut inst)? {
                        return self.finish(inst, own_frame, callee_stack);
                    }
                    continue;
                }
                Operator::Br { relative_depth } | Operator::BrIf { relative_depth } => {
                    if matches!(op, Operator::BrIf { .. }) {
                        pop!();
                    }
                    let carried = frames
                        .len()
                        .checked_sub(1 + *relative_depth as usize)
                        .and_then(|i| frames.get(i))
                        .map_or(0, |fr| if fr.is_loop { fr.params } else { fr.results });
                    self.no_tile(
                        f,
                        stack[stack.len().saturating_sub(carried)..].iter().map(|v| &v.prov),
                        || "passes out of a block".into(),
                    )?;
                    let cur = cur.clone();
                    branch(&mut frames, &stack, *relative_depth, &cur);
                    if matches!(op, Operator::Br { .. }) {
                        state = None;
                    }
                }
                Operator::BrTable { targets } => {
                    pop!();
                    let carried = frames
                        .len()
                        .checked_sub(1 + targets.default() as usize)
                        .and_then(|i| frames.get(i))
                        .map_or(0, |fr| if fr.is_loop { fr.params } else { fr.results });
                    self.no_tile(
                        f,
                        stack[stack.len().saturating_sub(carried)..].iter().map(|v| &v.prov),
                        || "passes out of a block".into(),
                    )?;
                    let cur = cur.clone();
                    branch(&mut frames, &stack, targets.default(), &cur);
                    for d in targets.targets().flatten() {
                        branch(&mut frames, &stack, d, &cur);
                    }
                    state = None;
                }
                Operator::Return => {
                    let n = inst.results.len();
                    let vals = &stack[stack.len().saturating_sub(n)..];
                    for (r, v) in inst.results.iter_mut().zip(vals) {
                        *r = r.join(v.prov);
                    }
                    state = None;
                }
                Operator::Unreachable => state = None,
                Operator::Nop => {}
                Operator::Drop => {
                    pop!();
                }
                Operator::Select | Operator::TypedSelect { .. } => {
                    pop!();
                    let b = pop!();
                    let a = pop!();
                    self.no_tile(f, [&a.prov, &b.prov], || "selects".into())?;
                    stack.push(Val::of(a.prov.join(b.prov)));
                }
                Operator::LocalGet { local_index } => {
                    let p = cur.get(*local_index as usize).copied().unwrap_or(Prov::Scalar);
                    if matches!(p, Prov::Matrix(_) | Prov::Top) {
                        record(&mut inst.operands, pc, &[p]);
                    }
                    stack.push(Val::of(p));
                }
                Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
                    let v = pop!();
                    if matches!(v.prov, Prov::Matrix(_)) {
                        record(&mut inst.operands, pc, &[v.prov]);
                        inst.tile_locals.insert(*local_index);
                    } else {
                        inst.number_locals.insert(*local_index);
                    }
                    if let Some(l) = cur.get_mut(*local_index as usize) {
                        *l = v.prov;
                    }
                    if matches!(op, Operator::LocalTee { .. }) {
                        stack.push(Val::of(v.prov));
                    }
                }
                Operator::GlobalGet { global_index } => {
                    let g = m.globals.get(*global_index as usize);
                    if Some(*global_index) == stack_pointer_global(m) {
                        stack.push(Val {
                            prov: Prov::Stack,
                            konst: None,
                            sp: true,
                        });
                    } else {
                        stack.push(Val {
                            konst: g.filter(|g| !g.mutable).and_then(|g| g.init),
                            ..Val::SCALAR
                        });
                    }
                }
                Operator::GlobalSet { .. } => {
                    let v = pop!();
                    self.no_tile(f, [&v.prov], || "stores in a global".into())?;
                }
                Operator::I32Const { value } => stack.push(Val {
                    konst: Some(*value as u32 as u64),
                    ..Val::SCALAR
                }),
                Operator::I64Const { value } => stack.push(Val {
                    konst: Some(*value as u64),
                    ..Val::SCALAR
                }),
                Operator::F32Const { .. } | Operator::F64Const { .. } => stack.push(Val::SCALAR),
                Operator::Call { function_index } => {
                    let callee = *function_index;
                    let cty = m
                        .func_type(callee)
                        .ok_or_else(|| self.unsupported(f, "calls a function without a type"))?;
                    let n = cty.params().len();
                    let at = stack.len().saturating_sub(n);
                    let argv: Vec<Val> = stack.split_off(at);
                    let arg_provs: Vec<Prov> = argv.iter().map(|v| v.prov).collect();
                    record(&mut inst.operands, pc, &arg_provs);
                    let nres = cty.results().len();
                    if let Some(imp) = m.import(callee) {
                        let kind = intrinsics::classify(imp);
                        let result = match kind {
                            Some(Intrinsic::BufferPtr) => argv
                                .first()
                                .and_then(|v| v.konst)
                                .map(|k| Prov::Buffer(k as u32))
                                .unwrap_or(Prov::Top),
                            Some(Intrinsic::SharedPtr) => argv
                                .first()
                                .and_then(|v| v.konst)
                                .map(|k| Prov::Shared(k as u32))
                                .unwrap_or(Prov::Top),
                            Some(Intrinsic::Atomic { .. }) => {
                                if let Some(p) = argv.first() {
                                    self.prov.atomic_regions.insert(p.prov);
                                }
                                Prov::Scalar
                            }
                            Some(Intrinsic::Panic) => {
                                state = None;
                                Prov::Scalar
                            }
                            Some(Intrinsic::Matrix(op)) => op.result().map_or(Prov::Scalar, Prov::Matrix),
                            _ => {
                                self.no_tile(f, &arg_provs, || format!("passes `{}`", imp.name))?;
                                Prov::Scalar
                            }
                        };
                        for _ in 0..nres {
                            stack.push(Val::of(result));
                        }
                    } else if self.panics(callee) {
                        state = None;
                        for _ in 0..nres {
                            stack.push(Val::SCALAR);
                        }
                    } else {
                        let callee_inst = self.instance(callee, arg_provs)?;
                        callee_stack = callee_stack.max(callee_inst.stack_bytes);
                        for r in &callee_inst.results {
                            stack.push(Val::of(*r));
                        }
                        if self.facts.diverges.get(callee as usize) == Some(&true) {
                            state = None;
                        }
                    }
                }
                Operator::CallIndirect {
                    type_index,
                    table_index,
                } => {
                    // A switch over the table's functions of this type: each
                    // is analysed with the arguments, the results joined.
                    let cty = m
                        .types
                        .get(*type_index as usize)
                        .ok_or_else(|| self.unsupported(f, "calls a function pointer of no type"))?;
                    let (n, nres) = (cty.params().len(), cty.results().len());
                    stack.pop();
                    let at = stack.len().saturating_sub(n);
                    let argv: Vec<Val> = stack.split_off(at);
                    let arg_provs: Vec<Prov> = argv.iter().map(|v| v.prov).collect();
                    record(&mut inst.operands, pc, &arg_provs);
                    let mut results = vec![Prov::Scalar; nres];
                    for (_, callee) in m.indirect_targets(*table_index, *type_index) {
                        if m.import(callee).is_some() || self.panics(callee) {
                            continue;
                        }
                        let callee_inst = self.instance(callee, arg_provs.clone())?;
                        callee_stack = callee_stack.max(callee_inst.stack_bytes);
                        join_vec(&mut results, &callee_inst.results);
                    }
                    self.no_tile(f, &results, || "returns through a function pointer".to_string())?;
                    for r in results {
                        stack.push(Val::of(r));
                    }
                }
                Operator::ReturnCallIndirect { .. } => {
                    return Err(self.unsupported(
                        f,
                        "tail-calls a function pointer (return_call_indirect), which the shader route cannot lower",
                    ));
                }
                _ => {
                    let Some(eff) = effect(op) else {
                        return Err(self.unsupported(
                            f,
                            format!(
                                "uses the wasm instruction `{}`, which the shader route cannot lower",
                                op_name(op)
                            ),
                        ));
                    };
                    let at = stack.len().saturating_sub(eff.pops);
                    let argv = stack.split_off(at);
                    self.no_tile(f, argv.iter().map(|v| &v.prov), || {
                        format!("uses the wasm instruction `{}` on", op_name(op))
                    })?;
                    match eff.kind {
                        EffKind::Load { width } => {
                            let p = argv.first().map_or(Prov::Scalar, |v| v.prov);
                            record(&mut inst.operands, pc, &[p]);
                            let _ = width;
                            let r = match (p, self.prov.stack_content) {
                                (Prov::Stack | Prov::StackOrData, Prov::Stack | Prov::StackOrData)
                                    if self.prov.stack_numbers =>
                                {
                                    Prov::StackOrData
                                }
                                (Prov::Stack | Prov::StackOrData, content) => content,
                                _ => Prov::Scalar,
                            };
                            stack.push(Val::of(r));
                        }
                        EffKind::Store { width } => {
                            let p = argv.first().map_or(Prov::Scalar, |v| v.prov);
                            let v = argv.get(1).map_or(Prov::Scalar, |v| v.prov);
                            record(&mut inst.operands, pc, &[p]);
                            let aligned = memarg_of(op).is_some_and(|m| (1u32 << m.align.min(31)) >= width);
                            if (width < 4 || !aligned) && matches!(p, Prov::Buffer(_) | Prov::Shared(_)) {
                                self.prov.atomic_regions.insert(p);
                            }
                            if matches!(p, Prov::Stack | Prov::StackOrData) && width >= 4 {
                                let j = self.prov.stack_content.join(v);
                                if j != self.prov.stack_content {
                                    self.prov.stack_content = j;
                                    self.stack_changed = true;
                                }
                                if v == Prov::Scalar && !self.prov.stack_numbers {
                                    self.prov.stack_numbers = true;
                                    self.stack_changed = true;
                                }
                            }
                        }
                        EffKind::Bulk => {
                            let ps: Vec<Prov> = argv.iter().map(|v| v.prov).collect();
                            record(&mut inst.operands, pc, &ps);
                        }
                        EffKind::Arith => {
                            let (a, b) = (
                                argv.first().copied().unwrap_or(Val::SCALAR),
                                argv.get(1).copied().unwrap_or(Val::SCALAR),
                            );
                            if a.sp && matches!(op, Operator::I32Sub) {
                                own_frame += b.konst.unwrap_or(0);
                            }
                            let prov = if matches!(op, Operator::I32Sub | Operator::I64Sub)
                                && a.prov != Prov::Scalar
                                && b.prov != Prov::Scalar
                            {
                                Prov::Scalar
                            } else {
                                a.prov.join(b.prov)
                            };
                            stack.push(Val::of(prov));
                        }
                        EffKind::KeepProv => {
                            let a = argv.first().copied().unwrap_or(Val::SCALAR);
                            stack.push(Val::of(a.prov));
                        }
                        EffKind::Value => {
                            for _ in 0..eff.pushes {
                                stack.push(Val::SCALAR);
                            }
                        }
                    }
                }
            }
            pc += 1;
        }
        self.finish(inst, own_frame, callee_stack)
    }

    fn finish(&self, mut inst: Instance, own: u64, callees: u64) -> Result<Instance, LowerError> {
        inst.stack_bytes = own.saturating_add(callees);
        Ok(inst)
    }

    /// Handles `else`/`end` at `*pc`; returns true at the end of the function.
    #[allow(clippy::too_many_arguments)]
    fn close(
        &mut self,
        f: u32,
        op: &Operator<'_>,
        frames: &mut Vec<Frame>,
        stack: &mut Vec<Val>,
        state: &mut Option<Vec<Prov>>,
        pc: &mut usize,
        inst: &mut Instance,
    ) -> Result<bool, LowerError> {
        let depth = frames.len();
        let Some(frame) = frames.last_mut() else {
            return Err(self.unsupported(f, "has unbalanced control flow"));
        };
        let fall = state.take();
        if let Some(s) = &fall {
            let vals: Vec<Prov> = stack[stack.len().saturating_sub(frame.results)..]
                .iter()
                .map(|v| v.prov)
                .collect();
            // A function's results may be tiles; an inner block's may not.
            if depth > 1 {
                self.no_tile(f, &vals, || "passes out of a block".into())?;
            }
            if !frame.is_loop {
                join_vec(&mut frame.carried, &vals);
            }
            let _ = s;
        }
        if matches!(op, Operator::Else) {
            // Then-branch done: its fallthrough joins the end; the else starts from the entry.
            if let Some(s) = &fall {
                join_state(&mut frame.branch_state, s);
            }
            frame.else_seen = true;
            stack.truncate(frame.height);
            for _ in 0..frame.params {
                stack.push(Val::SCALAR);
            }
            *state = frame.entry.clone();
            *pc += 1;
            return Ok(false);
        }
        // `end`.
        if frame.is_loop {
            if let (Some(back), Some(entry)) = (frame.branch_state.take(), frame.entry.as_mut()) {
                if join_vec(entry, &back) {
                    // Not yet a fixpoint: walk the loop again from its head.
                    stack.truncate(frame.height);
                    for p in frame.carried.clone() {
                        stack.push(Val::of(p));
                    }
                    *state = frame.entry.clone();
                    *pc = frame.start + 1;
                    return Ok(false);
                }
            }
        }
        let Some(frame) = frames.pop() else {
            return Err(self.unsupported(f, "has unbalanced control flow"));
        };
        let mut out = fall;
        if let Some(b) = &frame.branch_state {
            if !frame.is_loop {
                match &mut out {
                    Some(o) => {
                        join_vec(o, b);
                    }
                    None => out = Some(b.clone()),
                }
            }
        }
        if frame.is_if && !frame.else_seen {
            if let Some(e) = &frame.entry {
                match &mut out {
                    Some(o) => {
                        join_vec(o, e);
                    }
                    None => out = Some(e.clone()),
                }
            }
        }
        stack.truncate(frame.height);
        if frames.is_empty() {
            for (r, c) in inst.results.iter_mut().zip(&frame.carried) {
                *r = r.join(*c);
            }
            return Ok(true);
        }
        let carried = if frame.is_loop {
            vec![Prov::Scalar; frame.results]
        } else {
            frame.carried
        };
        for p in carried {
            stack.push(Val::of(p));
        }
        *state = out;
        *pc += 1;
        Ok(false)
    }
}

fn branch(frames: &mut [Frame], stack: &[Val], depth: u32, state: &[Prov]) {
    let Some(i) = frames.len().checked_sub(1 + depth as usize) else {
        return;
    };
    let frame = &mut frames[i];
    let n = if frame.is_loop { frame.params } else { frame.results };
    let vals: Vec<Prov> = stack[stack.len().saturating_sub(n)..].iter().map(|v| v.prov).collect();
    join_vec(&mut frame.carried, &vals);
    join_state(&mut frame.branch_state, state);
}

fn record(map: &mut HashMap<usize, Vec<Prov>>, pc: usize, provs: &[Prov]) {
    match map.get_mut(&pc) {
        Some(v) => {
            join_vec(v, provs);
        }
        None => {
            map.insert(pc, provs.to_vec());
        }
    }
}

/// The global that rustc uses as `__stack_pointer`: the first mutable i32
/// global defined (not imported) with a constant initial value.
pub fn stack_pointer_global(m: &WasmModule<'_>) -> Option<u32> {
    m.globals
        .iter()
        .position(|g| g.mutable && g.ty == wasmparser::ValType::I32 && g.init.is_some())
        .map(|i| i as u32)
}

enum EffKind {
    Load { width: u32 },
    Store { width: u32 },
    Bulk,
    Arith,
    KeepProv,
    Value,
}

struct Effect {
    pops: usize,
    pushes: usize,
    kind: EffKind,
}

/// Stack effect and provenance rule of the plain (non-control) instructions
/// the lowering supports; `None` for the unsupported ones.
fn effect(op: &Operator<'_>) -> Option<Effect> {
    use Operator as O;
    let e = |pops, pushes, kind| Some(Effect { pops, pushes, kind });
    match op {
        O::I32Load { .. } | O::I64Load { .. } | O::F32Load { .. } | O::F64Load { .. } => {
            e(1, 1, EffKind::Load { width: load_width(op) })
        }
        O::I32Load8S { .. }
        | O::I32Load8U { .. }
        | O::I32Load16S { .. }
        | O::I32Load16U { .. }
        | O::I64Load8S { .. }
        | O::I64Load8U { .. }
        | O::I64Load16S { .. }
        | O::I64Load16U { .. }
        | O::I64Load32S { .. }
        | O::I64Load32U { .. } => e(1, 1, EffKind::Load { width: load_width(op) }),
        O::I32Store { .. }
        | O::I64Store { .. }
        | O::F32Store { .. }
        | O::F64Store { .. }
        | O::I32Store8 { .. }
        | O::I32Store16 { .. }
        | O::I64Store8 { .. }
        | O::I64Store16 { .. }
        | O::I64Store32 { .. } => e(2, 0, EffKind::Store { width: store_width(op) }),
        O::MemoryCopy { .. } | O::MemoryFill { .. } => e(3, 0, EffKind::Bulk),
        O::DataDrop { .. } | O::ElemDrop { .. } => e(0, 0, EffKind::Value),
        O::I32Add
        | O::I32Sub
        | O::I32And
        | O::I32Or
        | O::I32Xor
        | O::I32Shl
        | O::I32ShrU
        | O::I32ShrS
        | O::I32Rotl
        | O::I32Rotr
        | O::I64Add
        | O::I64Sub
        | O::I64And
        | O::I64Or
        | O::I64Xor
        | O::I64Shl
        | O::I64ShrU
        | O::I64ShrS
        | O::I64Rotl
        | O::I64Rotr => e(2, 1, EffKind::Arith),
        O::I32WrapI64 | O::I64ExtendI32U | O::I64ExtendI32S => e(1, 1, EffKind::KeepProv),
        O::I32Mul
        | O::I32DivS
        | O::I32DivU
        | O::I32RemS
        | O::I32RemU
        | O::I32Eq
        | O::I32Ne
        | O::I32LtS
        | O::I32LtU
        | O::I32GtS
        | O::I32GtU
        | O::I32LeS
        | O::I32LeU
        | O::I32GeS
        | O::I32GeU
        | O::I64Mul
        | O::I64DivS
        | O::I64DivU
        | O::I64RemS
        | O::I64RemU
        | O::I64Eq
        | O::I64Ne
        | O::I64LtS
        | O::I64LtU
        | O::I64GtS
        | O::I64GtU
        | O::I64LeS
        | O::I64LeU
        | O::I64GeS
        | O::I64GeU
        | O::F32Add
        | O::F32Sub
        | O::F32Mul
        | O::F32Div
        | O::F32Min
        | O::F32Max
        | O::F32Copysign
        | O::F32Eq
        | O::F32Ne
        | O::F32Lt
        | O::F32Gt
        | O::F32Le
        | O::F32Ge
        | O::F64Add
        | O::F64Sub
        | O::F64Mul
        | O::F64Div
        | O::F64Min
        | O::F64Max
        | O::F64Copysign
        | O::F64Eq
        | O::F64Ne
        | O::F64Lt
        | O::F64Gt
        | O::F64Le
        | O::F64Ge => e(2, 1, EffKind::Value),
        O::I32Eqz
        | O::I32Clz
        | O::I32Ctz
        | O::I32Popcnt
        | O::I32Extend8S
        | O::I32Extend16S
        | O::I64Eqz
        | O::I64Clz
        | O::I64Ctz
        | O::I64Popcnt
        | O::I64Extend8S
        | O::I64Extend16S
        | O::I64Extend32S
        | O::F32Abs
        | O::F32Neg
        | O::F32Sqrt
        | O::F32Ceil
        | O::F32Floor
        | O::F32Trunc
        | O::F32Nearest
        | O::F64Abs
        | O::F64Neg
        | O::F64Sqrt
        | O::F64Ceil
        | O::F64Floor
        | O::F64Trunc
        | O::F64Nearest
        | O::I32TruncF32S
        | O::I32TruncF32U
        | O::I32TruncF64S
        | O::I32TruncF64U
        | O::I64TruncF32S
        | O::I64TruncF32U
        | O::I64TruncF64S
        | O::I64TruncF64U
        | O::I32TruncSatF32S
        | O::I32TruncSatF32U
        | O::I32TruncSatF64S
        | O::I32TruncSatF64U
        | O::I64TruncSatF32S
        | O::I64TruncSatF32U
        | O::I64TruncSatF64S
        | O::I64TruncSatF64U
        | O::F32ConvertI32S
        | O::F32ConvertI32U
        | O::F32ConvertI64S
        | O::F32ConvertI64U
        | O::F32DemoteF64
        | O::F64ConvertI32S
        | O::F64ConvertI32U
        | O::F64ConvertI64S
        | O::F64ConvertI64U
        | O::F64PromoteF32
        | O::I32ReinterpretF32
        | O::I64ReinterpretF64
        | O::F32ReinterpretI32
        | O::F64ReinterpretI64 => e(1, 1, EffKind::Value),
        _ => None,
    }
}

/// The memory argument of a load or store.
pub fn memarg_of(op: &Operator<'_>) -> Option<wasmparser::MemArg> {
    use Operator as O;
    Some(match op {
        O::I32Load { memarg }
        | O::I64Load { memarg }
        | O::F32Load { memarg }
        | O::F64Load { memarg }
        | O::I32Load8S { memarg }
        | O::I32Load8U { memarg }
        | O::I32Load16S { memarg }
        | O::I32Load16U { memarg }
        | O::I64Load8S { memarg }
        | O::I64Load8U { memarg }
        | O::I64Load16S { memarg }
        | O::I64Load16U { memarg }
        | O::I64Load32S { memarg }
        | O::I64Load32U { memarg }
        | O::I32Store { memarg }
        | O::I64Store { memarg }
        | O::F32Store { memarg }
        | O::F64Store { memarg }
        | O::I32Store8 { memarg }
        | O::I32Store16 { memarg }
        | O::I64Store8 { memarg }
        | O::I64Store16 { memarg }
        | O::I64Store32 { memarg } => *memarg,
        _ => return None,
    })
}

/// Bytes read by a load instruction.
pub fn load_width(op: &Operator<'_>) -> u32 {
    use Operator as O;
    match op {
        O::I32Load8S { .. } | O::I32Load8U { .. } | O::I64Load8S { .. } | O::I64Load8U { .. } => 1,
        O::I32Load16S { .. } | O::I32Load16U { .. } | O::I64Load16S { .. } | O::I64Load16U { .. } => 2,
        O::I64Load { .. } | O::F64Load { .. } => 8,
        _ => 4,
    }
}

/// Bytes written by a store instruction.
pub fn store_width(op: &Operator<'_>) -> u32 {
    use Operator as O;
    match op {
        O::I32Store8 { .. } | O::I64Store8 { .. } => 1,
        O::I32Store16 { .. } | O::I64Store16 { .. } => 2,
        O::I64Store { .. } | O::F64Store { .. } => 8,
        _ => 4,
    }
}

/// A short name of a wasm instruction for error messages (`i32.load`, ...).
pub fn op_name(op: &Operator<'_>) -> String {
    let debug = format!("{op:?}");
    let head: String = debug.chars().take_while(|c| c.is_alphanumeric()).collect();
    // `I32TruncSatF32S` → `i32.trunc_sat_f32_s`, `MemorySize` → `memory.size`
    let mut out = String::new();
    let mut dotted = false;
    for (i, c) in head.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(if dotted { '_' } else { '.' });
            dotted = true;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}
