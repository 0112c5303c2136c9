//! Inlining: every function reachable by direct calls is emitted into the
//! entry point, its body translated operator by operator; calls through
//! function pointers become a switch over the table.

use super::*;

impl Translator<'_, '_> {
    // ---------------------------------------------------------------- inlining

    /// Emits function `f` inline; returns its results, or `None` where no
    /// path reaches its end or a `return` (every one panics or loops): the
    /// call does not return.
    pub(super) fn inline(
        &mut self,
        f: u32,
        args: Vec<H>,
        arg_provs: Vec<Prov>,
        entry: bool,
    ) -> Result<Option<Vec<H>>, LowerError> {
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
        let out = self.body(f, func, &mut locals, &info, &targets, base);
        self.inline_stack.pop();
        self.current = prev;
        out
    }

    #[allow(clippy::too_many_lines)]
    fn body(
        &mut self,
        f: u32,
        func: &crate::module::DefinedFunc<'_>,
        locals: &mut FnLocals,
        info: &Instance,
        targets: &HashSet<usize>,
        base: usize,
    ) -> Result<Option<Vec<H>>, LowerError> {
        let m = self.m;
        let (ops, offsets) = (&func.ops[..], &func.offsets[..]);
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
            if let Some(&at) = offsets.get(pc) {
                self.span = Span::new(at, at + 1);
            }
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
                        return Ok((alive || fr.reached).then_some(results));
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
                        match out {
                            Some(results) => stack.extend(results),
                            // The callee's end is dead: what follows the call is too.
                            None => alive = false,
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
                for (&l, v) in result_locals.iter().zip(out.unwrap_or_default()) {
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
}
