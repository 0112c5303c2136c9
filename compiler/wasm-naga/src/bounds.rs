//! Which array indices need clamping.
//!
//! Every index the lowering computes into an array is clamped, so that a
//! kernel's bug reads and writes inside the array instead of corrupting
//! other memory or losing the device: `min(i, len - 1)` for arrays of fixed
//! length (workgroup arrays, the private stack, the lanes of a `vec4`), and
//! `min(i, arrayLength(buffer) - 1)` for buffers. The SPIR-V is written
//! without naga's own checks (`BoundsCheckPolicy::Unchecked`): this pass
//! decides, and it can do better than a check on every access.
//!
//! A clamp costs more than its `min`: a shader compiler cannot fold the
//! constant part of a clamped index (`t[min(base + 32, 63)]`) into the
//! access instruction's offset, as it folds `t[base + 32]`. In a
//! register-blocked GEMM, whose every fragment read is a computed base plus a
//! constant, clamps cost about an eighth of the time on NVIDIA's Vulkan
//! driver. [`drop_proven_clamps`] removes the clamps of fixed-length arrays
//! whose index provably stays inside. It interprets the function's
//! statements in order over ranges of values: the workgroup size bounds
//! `local_invocation_id`, constants and the arithmetic between them (with
//! wrap-around) bound the rest, and each 32-bit local holds a range per
//! path, paths told apart by the lowering's forward-branch variable (so that
//! what a panicking path computed stays out of the code that runs on). A
//! loop's entry state grows to a fixed point, widened to "anything" where it
//! keeps growing, so only indices built from bounded parts, such as
//! `thread % 256` or `step & 1`, lose their clamp. Buffers, sized at run
//! time, keep theirs.

use naga::{
    BinaryOperator as B, Block, Expression, Function, Handle, Literal, LocalVariable, MathFunction as M, Module,
    ScalarKind, Statement, TypeInner,
};
use std::collections::HashMap;

/// A clamped index into an array of fixed length: `access` indexes with the
/// clamped `min(index, last)`; `index` is the unclamped one.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Clamp {
    /// The `Access` expression.
    pub access: Handle<Expression>,
    /// The index before clamping.
    pub index: Handle<Expression>,
    /// The last valid index.
    pub last: u32,
}

/// The values a 32-bit integer expression may take, as unsigned bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Range {
    /// No value yet: a local variable nothing has been stored in.
    Empty,
    /// Every value in `lo ..= hi`.
    Within(u32, u32),
    /// Any value.
    Any,
}

impl Range {
    fn exactly(v: u32) -> Range {
        Range::Within(v, v)
    }

    fn union(self, other: Range) -> Range {
        match (self, other) {
            (Range::Empty, r) | (r, Range::Empty) => r,
            (Range::Within(a, b), Range::Within(c, d)) => Range::Within(a.min(c), b.max(d)),
            _ => Range::Any,
        }
    }

    /// `lo ..= hi` computed in 64 bits, wrapped to 32 bits where the whole
    /// range wraps alike.
    fn wrapped(lo: i64, hi: i64) -> Range {
        let (wlo, whi) = (lo.rem_euclid(1 << 32), hi.rem_euclid(1 << 32));
        if hi - lo < (1 << 32) && wlo <= whi {
            Range::Within(wlo as u32, whi as u32)
        } else {
            Range::Any
        }
    }

    /// Applies `f` to the bounds of two known ranges.
    fn both(self, other: Range, f: impl FnOnce(u32, u32, u32, u32) -> Range) -> Range {
        match (self, other) {
            (Range::Empty, _) | (_, Range::Empty) => Range::Empty,
            (Range::Within(a, b), Range::Within(c, d)) => f(a, b, c, d),
            _ => Range::Any,
        }
    }

    /// Applies `f` to the bounds of two ranges, an unknown one counting as
    /// `0 ..= u32::MAX`: for operations whose result one operand bounds.
    fn both_or_any(self, other: Range, f: impl FnOnce(u32, u32, u32, u32) -> Range) -> Range {
        let bounds = |r: Range| match r {
            Range::Any => Some((0, u32::MAX)),
            Range::Within(lo, hi) => Some((lo, hi)),
            Range::Empty => None,
        };
        match (bounds(self), bounds(other)) {
            (Some((a, b)), Some((c, d))) => f(a, b, c, d),
            _ => Range::Empty,
        }
    }

    /// Whether every value is below 2³¹: then signed and unsigned
    /// operations agree.
    fn non_negative(self) -> bool {
        matches!(self, Range::Within(_, hi) if hi < 1 << 31)
    }
}

/// The smallest all-ones number at least `v`: the largest value of `x | y`
/// for `x, y <= v`.
fn ones_through(v: u32) -> u32 {
    u32::MAX >> v.leading_zeros()
}

/// Times a loop's entry state may grow before the locals still growing are
/// widened to [`Range::Any`].
const ROUNDS_BEFORE_WIDENING: u32 = 4;

/// Expression evaluations, per expression of the function, after which the
/// analysis gives up (nested loops multiply the rounds) and every clamp
/// stays.
const EVALUATIONS_PER_EXPRESSION: usize = 64;

/// Points each clamp whose index provably stays within its array back at
/// the unclamped index. The clamp's `min` stays in the arena, unused (shader
/// compilers drop it). `pending` is the lowering's variable for forward
/// branches and panics (see [`crate::translate`]).
pub(crate) fn drop_proven_clamps(
    module: &Module,
    fun: &mut Function,
    workgroup_size: [u32; 3],
    pending: Option<Handle<LocalVariable>>,
    clamps: &[Clamp],
) {
    if clamps.is_empty() {
        return;
    }
    let Some(ranges) = Analysis::run(module, fun, workgroup_size, pending) else {
        return;
    };
    for clamp in clamps {
        if !matches!(ranges[clamp.index.index()], Range::Within(_, hi) if hi <= clamp.last) {
            continue;
        }
        if let Expression::Access { index, .. } = &mut fun.expressions[clamp.access] {
            *index = clamp.index;
        }
    }
}

/// The value of `pending` on a path: `None` where it is not one known value.
type Key = Option<u32>;

/// The paths that reach a point of the function, told apart by the value of
/// `pending`, with the ranges of the tracked locals on each. The lowering
/// skips code after a forward branch or a panic with `pending`: code
/// guarded by `pending == 0` runs on the paths that did neither, and keeping
/// those paths apart keeps what a panicking path computed out of them.
#[derive(Clone, Debug, Default, PartialEq)]
struct State {
    /// At most one path per key, in key order.
    paths: Vec<Path>,
}

/// The paths of one key.
#[derive(Clone, Debug, PartialEq)]
struct Path {
    key: Key,
    /// Every key these paths had (the current one too), in order: an
    /// expression evaluated before `pending` changed was evaluated under
    /// one of them.
    seen: Vec<Key>,
    /// The ranges of the tracked locals.
    locals: Vec<Range>,
}

impl Path {
    fn merge(&mut self, other: Path) {
        self.locals
            .iter_mut()
            .zip(other.locals)
            .for_each(|(m, l)| *m = m.union(l));
        self.seen.extend(other.seen);
        self.seen.sort();
        self.seen.dedup();
    }
}

/// Paths kept apart at one point; more are merged into one of unknown key.
const MAX_PATHS: usize = 8;

impl State {
    fn join(mut self, other: State) -> State {
        for path in other.paths {
            match self.paths.iter_mut().find(|p| p.key == path.key) {
                Some(mine) => mine.merge(path),
                None => self.paths.push(path),
            }
        }
        if self.paths.len() > MAX_PATHS {
            let mut paths = std::mem::take(&mut self.paths).into_iter();
            let mut all = paths.next().expect("more than one path");
            paths.for_each(|p| all.merge(p));
            all.key = None;
            all.seen.insert(0, None);
            self.paths.push(all);
        }
        self.paths.sort_by_key(|p| p.key);
        self
    }

    /// The paths on which `pending` may equal (`equal`) or differ from
    /// `value`.
    fn filter(&self, value: u32, equal: bool) -> State {
        let paths = self.paths.iter().filter(|p| match p.key {
            None => true,
            Some(k) => (k == value) == equal,
        });
        State {
            paths: paths.cloned().collect(),
        }
    }
}

/// Where `break` and `continue` statements leave to.
#[derive(Default)]
struct Exits {
    breaks: State,
    continues: State,
}

/// An abstract interpretation of the function's statements, in order, with
/// the range of every 32-bit integer local on each path at each point: each
/// expression's range is the union over every path and state it is
/// evaluated in.
struct Analysis<'a> {
    fun: &'a Function,
    workgroup_size: [u32; 3],
    pending: Option<Handle<LocalVariable>>,
    /// Locals followed: 32-bit integers used only by plain loads and stores.
    tracked: Vec<bool>,
    /// Per expression, `Some(signed)` for a 32-bit integer scalar; `None`
    /// for every other type (floats, vectors, booleans), whose values the
    /// integer arithmetic here does not describe.
    int: Vec<Option<bool>>,
    /// Per expression, its range over every evaluation.
    expr: Vec<Range>,
    /// Per expression and key, its range on the path of that key.
    /// Per expression and key, its range over every evaluation on the paths
    /// of that key.
    on_path: HashMap<(Handle<Expression>, Key), Range>,
    evaluations: usize,
    budget: usize,
}

impl<'a> Analysis<'a> {
    /// Every expression's range, or `None` where the function is too large
    /// to analyse.
    fn run(
        module: &Module,
        fun: &'a Function,
        workgroup_size: [u32; 3],
        pending: Option<Handle<LocalVariable>>,
    ) -> Option<Vec<Range>> {
        let mut tracked: Vec<bool> = fun
            .local_variables
            .iter()
            .map(|(_, v)| {
                v.init.is_none()
                    && matches!(
                        module.types[v.ty].inner,
                        TypeInner::Scalar(s) if s.width == 4 && matches!(s.kind, ScalarKind::Uint | ScalarKind::Sint)
                    )
            })
            .collect();
        // A local whose address goes anywhere but a plain load or store (an
        // element access, a call, an atomic) may change in ways not
        // followed here.
        for (_, e) in fun.expressions.iter() {
            if let Expression::Access { base, .. } | Expression::AccessIndex { base, .. } = *e {
                if let Expression::LocalVariable(l) = fun.expressions[base] {
                    tracked[l.index()] = false;
                }
            }
        }
        // Or is passed by pointer to a call or an atomic.
        for_each_statement(&fun.body, &mut |s| {
            let pointers = match s {
                Statement::Call { arguments, .. } => arguments.as_slice(),
                Statement::Atomic { pointer, .. } => std::slice::from_ref(pointer),
                _ => &[],
            };
            for &p in pointers {
                if let Expression::LocalVariable(l) = fun.expressions[p] {
                    tracked[l.index()] = false;
                }
            }
        });
        let mut types = naga::front::Typifier::new();
        let context = naga::proc::ResolveContext::with_locals(module, &fun.local_variables, &fun.arguments);
        let mut int = Vec::with_capacity(fun.expressions.len());
        for (h, _) in fun.expressions.iter() {
            let kind = match types.grow(h, &fun.expressions, &context) {
                Ok(()) => match *types[h].inner_with(&module.types) {
                    TypeInner::Scalar(s) if s.width == 4 && s.kind == ScalarKind::Uint => Some(false),
                    TypeInner::Scalar(s) if s.width == 4 && s.kind == ScalarKind::Sint => Some(true),
                    _ => None,
                },
                Err(_) => None,
            };
            int.push(kind);
        }
        // Expressions no statement emits have one value each; emitted ones
        // have none until evaluated.
        let mut expr: Vec<Range> = fun
            .expressions
            .iter()
            .map(|(_, e)| match *e {
                Expression::Literal(Literal::U32(v)) => Range::exactly(v),
                Expression::Literal(Literal::I32(v)) => Range::exactly(v as u32),
                _ => Range::Any,
            })
            .collect();
        for_each_statement(&fun.body, &mut |s| {
            if let Statement::Emit(range) = s {
                range.clone().for_each(|h| expr[h.index()] = Range::Empty);
            }
        });
        let mut analysis = Analysis {
            fun,
            workgroup_size,
            pending,
            tracked,
            int,
            expr,
            on_path: HashMap::new(),
            evaluations: 0,
            budget: fun.expressions.len() * EVALUATIONS_PER_EXPRESSION,
        };
        // Locals start at zero (naga zero-initialises them).
        let entry = State {
            paths: vec![Path {
                key: Some(0),
                seen: vec![Some(0)],
                locals: vec![Range::exactly(0); fun.local_variables.len()],
            }],
        };
        analysis.block(&fun.body, entry, &mut Exits::default())?;
        Some(analysis.expr)
    }

    /// The state after `block` run from `state`; `None` once the
    /// evaluation budget is spent.
    fn block(&mut self, block: &Block, mut state: State, exits: &mut Exits) -> Option<State> {
        for s in block.iter() {
            match s {
                Statement::Emit(range) => {
                    for h in range.clone() {
                        for path in &state.paths {
                            let r = self.evaluate(h, path);
                            let on_path = self.on_path.entry((h, path.key)).or_insert(Range::Empty);
                            *on_path = on_path.union(r);
                            self.expr[h.index()] = self.expr[h.index()].union(r);
                        }
                        self.evaluations += state.paths.len();
                    }
                    if self.evaluations > self.budget {
                        return None;
                    }
                }
                Statement::Store { pointer, value } => {
                    let Expression::LocalVariable(l) = self.fun.expressions[*pointer] else {
                        continue;
                    };
                    let mut paths = std::mem::take(&mut state.paths);
                    for path in &mut paths {
                        let v = self.value(*value, path);
                        if Some(l) == self.pending {
                            path.key = match v {
                                Range::Within(lo, hi) if lo == hi => Some(lo),
                                _ => None,
                            };
                            if !path.seen.contains(&path.key) {
                                path.seen.push(path.key);
                                path.seen.sort();
                            }
                        } else if self.tracked[l.index()] {
                            path.locals[l.index()] = v;
                        }
                    }
                    // Paths whose keys now agree merge.
                    state = paths
                        .into_iter()
                        .fold(State::default(), |s, p| s.join(State { paths: vec![p] }));
                }
                Statement::Block(b) => state = self.block(b, state, exits)?,
                Statement::If {
                    condition,
                    accept,
                    reject,
                } => {
                    let (yes, no) = match self.pending_test(*condition) {
                        Some((value, equal)) => (state.filter(value, equal), state.filter(value, !equal)),
                        None => (state.clone(), state),
                    };
                    let a = self.block(accept, yes, exits)?;
                    let b = self.block(reject, no, exits)?;
                    state = a.join(b);
                }
                Statement::Switch { selector, cases } => {
                    // `break` leaves the switch; `continue` the loop around it.
                    let mut inner = Exits::default();
                    let on_pending = self.is_pending(*selector);
                    let values: Vec<u32> = cases
                        .iter()
                        .filter_map(|c| match c.value {
                            naga::SwitchValue::I32(v) => Some(v as u32),
                            naga::SwitchValue::U32(v) => Some(v),
                            naga::SwitchValue::Default => None,
                        })
                        .collect();
                    let (mut end, mut through) = (State::default(), State::default());
                    for case in cases {
                        let entry = match (on_pending, case.value) {
                            (false, _) => state.clone(),
                            (true, naga::SwitchValue::I32(v)) => state.filter(v as u32, true),
                            (true, naga::SwitchValue::U32(v)) => state.filter(v, true),
                            (true, naga::SwitchValue::Default) => {
                                values.iter().fold(state.clone(), |s, &v| s.filter(v, false))
                            }
                        };
                        let s = self.block(&case.body, entry.join(std::mem::take(&mut through)), &mut inner)?;
                        if case.fall_through {
                            through = s;
                        } else {
                            end = end.join(s);
                        }
                    }
                    exits.continues = std::mem::take(&mut exits.continues).join(inner.continues);
                    state = end.join(through).join(inner.breaks);
                }
                Statement::Loop {
                    body,
                    continuing,
                    break_if,
                } => state = self.r#loop(body, continuing, break_if.is_some(), state)?,
                Statement::Break => exits.breaks = std::mem::take(&mut exits.breaks).join(std::mem::take(&mut state)),
                Statement::Continue => {
                    exits.continues = std::mem::take(&mut exits.continues).join(std::mem::take(&mut state))
                }
                Statement::Return { .. } | Statement::Kill => state = State::default(),
                _ => {}
            }
        }
        Some(state)
    }

    /// The state after a loop entered in `state`: its entry state grown to a
    /// fixed point (widened where it keeps growing), the state its breaks
    /// leave with.
    fn r#loop(&mut self, body: &Block, continuing: &Block, break_if: bool, state: State) -> Option<State> {
        let mut head = state;
        let mut changes = vec![0u32; self.tracked.len()];
        loop {
            let mut exits = Exits::default();
            let end = self.block(body, head.clone(), &mut exits)?;
            let end = self.block(continuing, end.join(exits.continues), &mut Exits::default())?;
            let leave = if break_if {
                exits.breaks.join(end.clone())
            } else {
                exits.breaks
            };
            let mut next = head.clone().join(end);
            // Locals that keep growing, on any path, grow no more.
            let mut widen = vec![false; changes.len()];
            for path in &next.paths {
                let before = head.paths.iter().find(|p| p.key == path.key).map(|p| &p.locals);
                for (i, r) in path.locals.iter().enumerate() {
                    if before.is_none_or(|b| b[i] != *r) && !widen[i] {
                        widen[i] = true;
                        changes[i] += 1;
                    }
                }
            }
            for path in &mut next.paths {
                for (i, r) in path.locals.iter_mut().enumerate() {
                    if widen[i] && changes[i] > ROUNDS_BEFORE_WIDENING {
                        *r = Range::Any;
                    }
                }
            }
            if next == head {
                return Some(leave);
            }
            head = next;
        }
    }

    /// The range of an evaluated expression on `path`: over its evaluations
    /// under every key the path had (or all of them, where one was unknown).
    fn value(&self, h: Handle<Expression>, path: &Path) -> Range {
        if path.seen.contains(&None) {
            return self.expr[h.index()];
        }
        let mut found = None;
        for key in &path.seen {
            if let Some(&r) = self.on_path.get(&(h, *key)) {
                found = Some(found.map_or(r, |f: Range| f.union(r)));
            }
        }
        found.unwrap_or(self.expr[h.index()])
    }

    /// Whether `h` is a load of `pending`.
    fn is_pending(&self, h: Handle<Expression>) -> bool {
        matches!(self.fun.expressions[h], Expression::Load { pointer }
            if matches!(self.fun.expressions[pointer], Expression::LocalVariable(l) if Some(l) == self.pending))
    }

    /// `(value, equal)` where `condition` holds exactly when `pending ==
    /// value` (`equal`) or `pending != value`.
    fn pending_test(&self, condition: Handle<Expression>) -> Option<(u32, bool)> {
        match self.fun.expressions[condition] {
            Expression::Unary {
                op: naga::UnaryOperator::LogicalNot,
                expr,
            } => self.pending_test(expr).map(|(v, equal)| (v, !equal)),
            Expression::Binary {
                op: op @ (B::Equal | B::NotEqual),
                left,
                right,
            } => {
                let constant = |h: Handle<Expression>| match self.fun.expressions[h] {
                    Expression::Literal(Literal::U32(v)) => Some(v),
                    _ => None,
                };
                let value = match (self.is_pending(left), self.is_pending(right)) {
                    (true, false) => constant(right)?,
                    (false, true) => constant(left)?,
                    _ => return None,
                };
                Some((value, op == B::Equal))
            }
            _ => None,
        }
    }

    /// The range of expression `h` on `path`.
    fn evaluate(&self, h: Handle<Expression>, path: &Path) -> Range {
        let fun = self.fun;
        let r = |h: Handle<Expression>| self.value(h, path);
        match fun.expressions[h] {
            Expression::AccessIndex { base, index } => match fun.expressions[base] {
                Expression::FunctionArgument(a) => match fun.arguments[a as usize].binding {
                    Some(naga::Binding::BuiltIn(naga::BuiltIn::LocalInvocationId)) => self
                        .workgroup_size
                        .get(index as usize)
                        .map_or(Range::Any, |&n| Range::Within(0, n.saturating_sub(1))),
                    _ => Range::Any,
                },
                _ => Range::Any,
            },
            Expression::Load { pointer } => match fun.expressions[pointer] {
                Expression::LocalVariable(l) if Some(l) == self.pending => path.key.map_or(Range::Any, Range::exactly),
                Expression::LocalVariable(l) if self.tracked[l.index()] => path.locals[l.index()],
                _ => Range::Any,
            },
            Expression::Binary { op, left, right } => match (self.int[left.index()], self.int[right.index()]) {
                (Some(left_signed), Some(right_signed)) => binary(op, r(left), r(right), left_signed || right_signed),
                _ => Range::Any,
            },
            Expression::Math {
                fun: fun @ (M::Min | M::Max),
                arg,
                arg1: Some(b),
                ..
            } => {
                let signed = match self.int[arg.index()] {
                    Some(signed) => signed,
                    None => return Range::Any,
                };
                let (a, b) = (r(arg), r(b));
                if signed && !(a.non_negative() && b.non_negative()) {
                    return Range::Any;
                }
                match fun {
                    M::Min => a.both_or_any(b, |a, b, c, d| Range::Within(a.min(c), b.min(d))),
                    _ => a.both(b, |a, b, c, d| Range::Within(a.max(c), b.max(d))),
                }
            }
            Expression::Select { accept, reject, .. } if self.int[h.index()].is_some() => r(accept).union(r(reject)),
            // The same bits as another 32-bit integer type.
            Expression::As {
                expr: inner,
                convert: None,
                ..
            } if self.int[inner.index()].is_some() && self.int[h.index()].is_some() => r(inner),
            _ => Range::Any,
        }
    }
}

/// Calls `f` with every statement of `block`, those of nested blocks too.
fn for_each_statement(block: &Block, f: &mut impl FnMut(&Statement)) {
    for s in block.iter() {
        f(s);
        match s {
            Statement::Block(b) => for_each_statement(b, f),
            Statement::If { accept, reject, .. } => {
                for_each_statement(accept, f);
                for_each_statement(reject, f);
            }
            Statement::Switch { cases, .. } => cases.iter().for_each(|c| for_each_statement(&c.body, f)),
            Statement::Loop { body, continuing, .. } => {
                for_each_statement(body, f);
                for_each_statement(continuing, f);
            }
            _ => {}
        }
    }
}

/// The range of `a op b`. Addition, subtraction, multiplication and the
/// bitwise operations give the same bits on signed and unsigned operands;
/// division, remainder and right shifts of `signed` operands only agree with
/// the unsigned ones for values below 2³¹.
fn binary(op: B, a: Range, b: Range, signed: bool) -> Range {
    let unsigned = !signed || (a.non_negative() && b.non_negative());
    match op {
        B::Add => a.both(b, |a, b, c, d| Range::wrapped(a as i64 + c as i64, b as i64 + d as i64)),
        B::Subtract => a.both(b, |a, b, c, d| Range::wrapped(a as i64 - d as i64, b as i64 - c as i64)),
        B::Multiply => a.both(b, |a, b, c, d| {
            let hi = b as u64 * d as u64;
            if hi <= u32::MAX as u64 {
                Range::Within(a * c, hi as u32)
            } else {
                Range::Any
            }
        }),
        // Either operand bounds the result, known or not.
        B::And => a.both_or_any(b, |_, b, _, d| Range::Within(0, b.min(d))),
        B::InclusiveOr | B::ExclusiveOr => a.both(b, |_, b, _, d| Range::Within(0, ones_through(b.max(d)))),
        B::ShiftLeft => a.both(b, |a, b, c, d| {
            if d >= 32 || c != d {
                return Range::Any;
            }
            match (b as u64) << d {
                hi if hi <= u32::MAX as u64 => Range::Within(a << d, hi as u32),
                _ => Range::Any,
            }
        }),
        B::ShiftRight if unsigned => a.both_or_any(b, |a, b, c, d| {
            if d >= 32 {
                return Range::Any;
            }
            Range::Within(a >> d, b >> c)
        }),
        B::Divide if unsigned => a.both_or_any(b, |a, b, c, d| {
            if c == 0 {
                return Range::Any;
            }
            Range::Within(a / d, b / c)
        }),
        B::Modulo if unsigned => a.both_or_any(b, |_, b, c, d| {
            if c == 0 {
                return Range::Any;
            }
            Range::Within(0, b.min(d - 1))
        }),
        _ => Range::Any,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANY: Range = Range::Any;

    fn within(lo: u32, hi: u32) -> Range {
        Range::Within(lo, hi)
    }

    #[test]
    fn addresses_minus_a_region_base_wrap_back_into_the_region() {
        // `address - 4096` is written `address + 0xFFFFF000`.
        assert_eq!(
            binary(B::Add, within(4096, 4348), Range::exactly(0xFFFF_F000), false),
            within(0, 252)
        );
        // A range that wraps only in part is anything.
        assert_eq!(binary(B::Add, within(0, 4348), Range::exactly(0xFFFF_F000), false), ANY);
        assert_eq!(binary(B::Subtract, within(10, 20), within(5, 10), false), within(0, 15));
        assert_eq!(binary(B::Subtract, within(0, 20), within(5, 10), false), ANY);
    }

    #[test]
    fn one_operand_bounds_and_remainder_and_division() {
        assert_eq!(binary(B::And, ANY, Range::exactly(63), false), within(0, 63));
        assert_eq!(binary(B::Modulo, ANY, Range::exactly(256), false), within(0, 255));
        assert_eq!(
            binary(B::Divide, ANY, Range::exactly(16), false),
            within(0, u32::MAX / 16)
        );
        assert_eq!(
            binary(B::ShiftRight, ANY, Range::exactly(4), false),
            within(0, u32::MAX >> 4)
        );
        // Signed operands that may be negative: the unsigned reasoning
        // does not hold.
        assert_eq!(binary(B::Modulo, ANY, Range::exactly(256), true), ANY);
        assert_eq!(binary(B::ShiftRight, ANY, Range::exactly(4), true), ANY);
        assert_eq!(
            binary(B::ShiftRight, within(0, 255), Range::exactly(4), true),
            within(0, 15)
        );
    }

    #[test]
    fn overflowing_products_and_shifts_are_anything() {
        assert_eq!(binary(B::Multiply, within(0, 1 << 16), within(0, 1 << 16), false), ANY);
        assert_eq!(binary(B::Multiply, within(2, 3), within(4, 5), false), within(8, 15));
        assert_eq!(binary(B::ShiftLeft, within(0, 15), Range::exactly(29), false), ANY);
        assert_eq!(
            binary(B::ShiftLeft, within(1, 15), Range::exactly(4), false),
            within(16, 240)
        );
        // A shift by a computed amount.
        assert_eq!(binary(B::ShiftLeft, within(1, 15), within(1, 2), false), ANY);
    }

    #[test]
    fn paths_merge_by_the_value_of_pending() {
        let path = |key: Key, r: Range| State {
            paths: vec![Path {
                key,
                seen: vec![key],
                locals: vec![r],
            }],
        };
        let locals = |s: &State| s.paths.iter().map(|p| (p.key, p.locals.clone())).collect::<Vec<_>>();
        let joined = path(Some(0), within(0, 3))
            .join(path(Some(5), ANY))
            .join(path(Some(0), within(8, 9)));
        assert_eq!(
            locals(&joined),
            vec![(Some(0), vec![within(0, 9)]), (Some(5), vec![ANY])]
        );
        assert_eq!(locals(&joined.filter(0, true)), vec![(Some(0), vec![within(0, 9)])]);
        assert_eq!(locals(&joined.filter(0, false)), vec![(Some(5), vec![ANY])]);
        // A path whose `pending` is not known takes every branch.
        let unknown = joined.join(path(None, within(1, 1)));
        assert_eq!(unknown.filter(5, true).paths.len(), 2);
    }
}
