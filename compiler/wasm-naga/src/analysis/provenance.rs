//! The provenance of every address: an abstract interpretation of each
//! function instance over its structured control flow (see the module docs).

use super::*;

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
    /// Regions that matrix input tiles are loaded from: workgroup arrays
    /// among them are typed per element, since a cooperative load takes its
    /// element type from its pointer.
    pub tile_regions: HashSet<Prov>,
    /// Regions touched by atomic operations proper (not sub-word stores).
    pub atomic_ops: HashSet<Prov>,
    /// Regions read or written 16 bytes at a time (`shared_load_x4`,
    /// `shared_store_x4`): workgroup arrays among them are typed as `vec4`s.
    pub x4_regions: HashSet<Prov>,
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
                                    self.prov.atomic_ops.insert(p.prov);
                                }
                                Prov::Scalar
                            }
                            Some(Intrinsic::Panic) => {
                                state = None;
                                Prov::Scalar
                            }
                            Some(Intrinsic::LoadX4 | Intrinsic::StoreX4) => {
                                if let Some(p) = argv.first() {
                                    self.prov.x4_regions.insert(p.prov);
                                }
                                Prov::Scalar
                            }
                            Some(Intrinsic::Matrix(op)) => {
                                if matches!(op, MatrixOp::Load(_)) {
                                    if let Some(p) = argv.first() {
                                        self.prov.tile_regions.insert(p.prov);
                                    }
                                }
                                op.result().map_or(Prov::Scalar, Prov::Matrix)
                            }
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
