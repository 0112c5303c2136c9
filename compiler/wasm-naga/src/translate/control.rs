//! Structured control flow: frames, branches through `pending`, guards,
//! and the locals that carry values across them (see the module docs).

use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Block,
    Loop,
    If,
    Body { entry: bool },
}

pub(super) struct Frame {
    pub(super) kind: Kind,
    /// The pc of its `block`/`loop`/`if` (0 for a function body).
    pub(super) start: usize,
    /// A wasm loop that some branch continues: a naga `loop`.
    pub(super) naga_loop: bool,
    /// Increases with nesting: every frame enclosing this one has a smaller id.
    pub(super) id: u32,
    /// A branch left this frame with `pending` set: the code after it in the
    /// parent runs only where `pending` is 0.
    pub(super) crossed: bool,
    /// A branch reaches this frame's end through `pending`: a landing that
    /// clears it follows the construct.
    pub(super) landing: bool,
    /// Of a naga loop: the frames beyond it that branches leaving it target.
    pub(super) exits: Vec<usize>,
    /// Guards open in this frame (the current arm of an `if`), innermost last.
    pub(super) guards: Vec<Guard>,
    /// `pending` may have been set since this frame's innermost guard began:
    /// what follows needs a new one.
    pub(super) dirty: bool,
    pub(super) reached: bool,
    pub(super) height: usize,
    pub(super) params: Vec<H>,
    pub(super) param_types: Vec<ValType>,
    pub(super) result_types: Vec<ValType>,
    /// Locals receiving the results (block/if/body) when they cross a scope.
    pub(super) result_locals: Vec<Handle<LocalVariable>>,
    /// Locals receiving a naga loop's parameters on `continue`.
    pub(super) param_locals: Vec<Handle<LocalVariable>>,
    pub(super) condition: Option<H>,
    pub(super) accept: Option<Block>,
    pub(super) then_alive: bool,
    pub(super) else_seen: bool,
}

impl Frame {
    pub(super) fn new(kind: Kind, id: u32, height: usize) -> Self {
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
pub(super) struct Guard {
    pub(super) run: H,
    pub(super) skip: H,
    /// `pending == 0`: a later segment may replace it (see `roll`).
    pub(super) pending: bool,
    /// A switch guard a `break` inside leaves on its way out of a naga loop:
    /// the loop's dispatch follows the switch.
    pub(super) leaves: bool,
}

/// Where a branch went.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Jump {
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

impl Translator<'_, '_> {
    // ----------------------------------------------------------- control flow

    pub(super) fn set_pending(&mut self, id: u32) {
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
    pub(super) fn jump(&mut self, target: usize, conditional: bool) -> Result<Jump, LowerError> {
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
    pub(super) fn route(&mut self, targets: &[usize]) {
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
    pub(super) fn clear_pending_if(&mut self, id: u32, then: Option<Statement>) {
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
    pub(super) fn open_guard(&mut self, run: H, skip: H, pending: bool) {
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

    pub(super) fn close_guards(&mut self) {
        while self.frames.last().is_some_and(|f| !f.guards.is_empty()) {
            self.close_guard();
        }
    }

    /// `pending` may be set: what follows in the current frame runs in a new
    /// `if pending == 0` segment. A segment that follows one of the same
    /// frame replaces it rather than nesting in it; the values of the frame
    /// on the operand stack then cross into the new one through locals.
    pub(super) fn roll(&mut self, stack: &mut [H]) -> Result<(), LowerError> {
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
    pub(super) fn spill(&mut self, values: &[H]) -> Result<Vec<Option<Handle<LocalVariable>>>, LowerError> {
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

    pub(super) fn block_types(&self, ty: wasmparser::BlockType) -> (Vec<ValType>, Vec<ValType>) {
        self.m.block_arity(ty)
    }

    pub(super) fn new_locals(&mut self, types: &[ValType]) -> Result<Vec<Handle<LocalVariable>>, LowerError> {
        types.iter().map(|&t| self.val_local(t)).collect()
    }

    /// A variable for wasm values of type `t` (an `i64` is a word pair in
    /// narrow mode).
    pub(super) fn val_local(&mut self, t: ValType) -> Result<Handle<LocalVariable>, LowerError> {
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
    pub(super) fn val_zero(&mut self, t: ValType) -> H {
        if t == ValType::I64 {
            return self.i64_const(0);
        }
        self.zero(canonical(t).unwrap_or(Scalar::U32))
    }
}
