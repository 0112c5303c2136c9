//! A small interpreter of the naga IR subset the lowering emits, so tests can
//! run lowered kernels without a GPU and compare their results with Rust.
//!
//! Each workgroup runs its invocations as threads that meet at barriers;
//! storage and workgroup memory sit behind one lock. Elements are kept as raw
//! bits (`u64`) and typed by their global's declared type.

use naga::{
    ArraySize, BinaryOperator as B, Expression, Handle, Literal, MathFunction as M, Module, ScalarKind, Statement,
    TypeInner, UnaryOperator,
};
use std::collections::HashMap;
use std::sync::{Condvar, Mutex};

/// A runtime value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum V {
    U32(u32),
    I32(i32),
    U64(u64),
    I64(i64),
    F32(f32),
    F64(f64),
    Bool(bool),
    /// A 64-bit integer as (low, high) words.
    Vec2([u32; 2]),
    BVec2([bool; 2]),
    Vec3([u32; 3]),
    Cas(u64, bool, ScalarKind),
    Ptr(Ptr),
}

/// A pointer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ptr {
    Local(Handle<naga::LocalVariable>),
    Global(Handle<naga::GlobalVariable>),
    Elem(Handle<naga::GlobalVariable>, usize),
}

/// Storage buffers by binding, as element bits.
pub type Buffers = HashMap<u32, Vec<u64>>;

type R<T> = Result<T, String>;

fn elem_scalar(module: &Module, g: Handle<naga::GlobalVariable>) -> R<(naga::Scalar, Option<usize>)> {
    let ty = &module.types[module.global_variables[g].ty].inner;
    let (base, len) = match *ty {
        TypeInner::Array { base, size, .. } => (
            base,
            match size {
                ArraySize::Constant(n) => Some(n.get() as usize),
                _ => None,
            },
        ),
        TypeInner::Scalar(s) | TypeInner::Atomic(s) => return Ok((s, None)),
        _ => return Err(format!("unsupported global type {ty:?}")),
    };
    match module.types[base].inner {
        TypeInner::Scalar(s) | TypeInner::Atomic(s) => Ok((s, len)),
        ref other => Err(format!("unsupported element type {other:?}")),
    }
}

fn from_bits(s: naga::Scalar, b: u64) -> V {
    match (s.kind, s.width) {
        (ScalarKind::Uint, 4) => V::U32(b as u32),
        (ScalarKind::Sint, 4) => V::I32(b as u32 as i32),
        (ScalarKind::Float, 4) => V::F32(f32::from_bits(b as u32)),
        (ScalarKind::Uint, _) => V::U64(b),
        (ScalarKind::Sint, _) => V::I64(b as i64),
        (ScalarKind::Float, _) => V::F64(f64::from_bits(b)),
        _ => V::Bool(b != 0),
    }
}

fn to_bits(v: V) -> R<u64> {
    Ok(match v {
        V::U32(x) => x as u64,
        V::I32(x) => x as u32 as u64,
        V::F32(x) => x.to_bits() as u64,
        V::U64(x) => x,
        V::I64(x) => x as u64,
        V::F64(x) => x.to_bits(),
        V::Bool(b) => b as u64,
        other => return Err(format!("cannot store {other:?}")),
    })
}

/// A barrier that invocations leaving the kernel stop counting towards.
struct GroupBarrier {
    state: Mutex<(usize, usize, u64)>, // (live, arrived, generation)
    cv: Condvar,
}

impl GroupBarrier {
    fn wait(&self) {
        let mut s = self.state.lock().unwrap();
        s.1 += 1;
        if s.1 >= s.0 {
            s.1 = 0;
            s.2 += 1;
            self.cv.notify_all();
            return;
        }
        let generation = s.2;
        while s.2 == generation {
            s = self.cv.wait(s).unwrap();
        }
    }
    fn leave(&self) {
        let mut s = self.state.lock().unwrap();
        s.0 -= 1;
        if s.1 > 0 && s.1 >= s.0 {
            s.1 = 0;
            s.2 += 1;
            self.cv.notify_all();
        }
    }
}

struct Shared<'b> {
    storage: &'b mut Buffers,
    workgroup: HashMap<Handle<naga::GlobalVariable>, Vec<u64>>,
}

enum Flow {
    Normal,
    Break,
    Continue,
    Return,
}

struct Inv<'a, 'b> {
    module: &'a Module,
    fun: &'a naga::Function,
    shared: &'a Mutex<Shared<'b>>,
    barrier: &'a GroupBarrier,
    builtins: [[u32; 3]; 3],
    locals: HashMap<Handle<naga::LocalVariable>, V>,
    private: HashMap<Handle<naga::GlobalVariable>, Vec<u64>>,
    cache: Vec<Option<V>>,
    steps: u64,
}

/// Runs entry point 0 of `module` over `groups` workgroups.
pub fn run(module: &Module, groups: [u32; 3], storage: &mut Buffers) -> R<()> {
    let ep = module.entry_points.first().ok_or("no entry point")?;
    let [wx, wy, wz] = ep.workgroup_size;
    for gz in 0..groups[2] {
        for gy in 0..groups[1] {
            for gx in 0..groups[0] {
                let mut workgroup = HashMap::new();
                for (h, g) in module.global_variables.iter() {
                    if g.space == naga::AddressSpace::WorkGroup {
                        let (_, len) = elem_scalar(module, h)?;
                        workgroup.insert(h, vec![0u64; len.unwrap_or(1)]);
                    }
                }
                let shared = Mutex::new(Shared {
                    storage: &mut *storage,
                    workgroup,
                });
                let n = (wx * wy * wz) as usize;
                let barrier = GroupBarrier {
                    state: Mutex::new((n, 0, 0)),
                    cv: Condvar::new(),
                };
                let results: Vec<R<()>> = std::thread::scope(|s| {
                    let mut handles = Vec::new();
                    for lz in 0..wz {
                        for ly in 0..wy {
                            for lx in 0..wx {
                                let (shared, barrier) = (&shared, &barrier);
                                handles.push(s.spawn(move || {
                                    let mut inv = Inv {
                                        module,
                                        fun: &ep.function,
                                        shared,
                                        barrier,
                                        builtins: [[lx, ly, lz], [gx, gy, gz], groups],
                                        locals: HashMap::new(),
                                        private: HashMap::new(),
                                        cache: vec![None; ep.function.expressions.len()],
                                        steps: 0,
                                    };
                                    let r = inv.start();
                                    barrier.leave();
                                    r
                                }));
                            }
                        }
                    }
                    handles
                        .into_iter()
                        .map(|h| h.join().unwrap_or(Err("thread panicked".into())))
                        .collect()
                });
                for r in results {
                    r?;
                }
            }
        }
    }
    Ok(())
}

impl Inv<'_, '_> {
    fn start(&mut self) -> R<()> {
        for (h, g) in self.module.global_variables.iter() {
            if g.space == naga::AddressSpace::Private {
                let (s, len) = elem_scalar(self.module, h)?;
                let mut v = vec![0u64; len.unwrap_or(1)];
                if let Some(init) = g.init {
                    match &self.module.global_expressions[init] {
                        Expression::Literal(l) => v[0] = to_bits(lit(*l))?,
                        Expression::Compose { components, .. } => {
                            for (i, c) in components.iter().enumerate() {
                                if let Expression::Literal(l) = self.module.global_expressions[*c] {
                                    v[i] = to_bits(lit(l))?;
                                }
                            }
                        }
                        other => return Err(format!("unsupported global init {other:?}")),
                    }
                }
                let _ = s;
                self.private.insert(h, v);
            }
        }
        for (h, l) in self.fun.local_variables.iter() {
            let zero = match self.module.types[l.ty].inner {
                TypeInner::Scalar(s) => from_bits(s, 0),
                TypeInner::Vector {
                    size: naga::VectorSize::Bi,
                    scalar: naga::Scalar::U32,
                } => V::Vec2([0; 2]),
                ref other => return Err(format!("local of type {other:?}")),
            };
            let v = match l.init {
                Some(e) => self.eval(e)?,
                None => zero,
            };
            self.locals.insert(h, v);
        }
        self.block(&self.fun.body).map(|_| ())
    }

    fn block(&mut self, block: &naga::Block) -> R<Flow> {
        for s in block.iter() {
            self.steps += 1;
            if self.steps > 50_000_000 {
                return Err("step limit exceeded".into());
            }
            match self.stmt(s)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    fn stmt(&mut self, s: &Statement) -> R<Flow> {
        match s {
            Statement::Emit(range) => {
                for h in range.clone() {
                    let v = self.compute(h)?;
                    self.cache[h.index()] = Some(v);
                }
            }
            Statement::Block(b) => return self.block(b),
            Statement::If {
                condition,
                accept,
                reject,
            } => {
                let c = self.eval(*condition)?;
                return self.block(if c == V::Bool(true) { accept } else { reject });
            }
            Statement::Switch { selector, cases } => {
                let v = match self.eval(*selector)? {
                    V::U32(x) => x as i64,
                    V::I32(x) => x as i64,
                    other => return Err(format!("switch on {other:?}")),
                };
                let case = cases
                    .iter()
                    .find(|c| match c.value {
                        naga::SwitchValue::U32(x) => x as i64 == v,
                        naga::SwitchValue::I32(x) => x as i64 == v,
                        naga::SwitchValue::Default => false,
                    })
                    .or_else(|| cases.iter().find(|c| c.value == naga::SwitchValue::Default));
                if let Some(c) = case {
                    return Ok(match self.block(&c.body)? {
                        Flow::Break | Flow::Normal => Flow::Normal,
                        other => other,
                    });
                }
            }
            Statement::Loop {
                body,
                continuing,
                break_if,
            } => loop {
                match self.block(body)? {
                    Flow::Break => return Ok(Flow::Normal),
                    Flow::Return => return Ok(Flow::Return),
                    Flow::Continue | Flow::Normal => {}
                }
                if let Flow::Return = self.block(continuing)? {
                    return Ok(Flow::Return);
                }
                if let Some(b) = break_if {
                    if self.eval(*b)? == V::Bool(true) {
                        return Ok(Flow::Normal);
                    }
                }
            },
            Statement::Break => return Ok(Flow::Break),
            Statement::Continue => return Ok(Flow::Continue),
            Statement::Return { .. } => return Ok(Flow::Return),
            Statement::Store { pointer, value } => {
                let p = self.ptr(*pointer)?;
                let v = self.eval(*value)?;
                self.write(p, v)?;
            }
            Statement::Atomic {
                pointer,
                fun,
                value,
                result,
            } => {
                let p = self.ptr(*pointer)?;
                let v = self.eval(*value)?;
                let compare = match fun {
                    naga::AtomicFunction::Exchange { compare: Some(c) } => Some(self.eval(*c)?),
                    _ => None,
                };
                // Read-modify-write under the shared lock.
                let shared = self.shared;
                let mut g = shared.lock().map_err(|_| "poisoned")?;
                let old = self.read_locked(&mut g, p)?;
                let (new, res) = match fun {
                    naga::AtomicFunction::Add => (arith(B::Add, old, v)?, old),
                    naga::AtomicFunction::And => (arith(B::And, old, v)?, old),
                    naga::AtomicFunction::InclusiveOr => (arith(B::InclusiveOr, old, v)?, old),
                    naga::AtomicFunction::Min => (math2(M::Min, old, v)?, old),
                    naga::AtomicFunction::Max => (math2(M::Max, old, v)?, old),
                    naga::AtomicFunction::Exchange { compare: None } => (v, old),
                    naga::AtomicFunction::Exchange { compare: Some(_) } => {
                        let c = compare.ok_or("compare value")?;
                        let eq = old == c;
                        let kind = match old {
                            V::I32(_) => ScalarKind::Sint,
                            _ => ScalarKind::Uint,
                        };
                        (if eq { v } else { old }, V::Cas(to_bits(old)?, eq, kind))
                    }
                    other => return Err(format!("atomic {other:?}")),
                };
                self.write_locked(&mut g, p, new)?;
                drop(g);
                if let Some(r) = result {
                    self.cache[r.index()] = Some(res);
                }
            }
            Statement::ControlBarrier(_) | Statement::MemoryBarrier(_) => self.barrier.wait(),
            other => return Err(format!("unsupported statement {other:?}")),
        }
        Ok(Flow::Normal)
    }

    fn ptr(&mut self, h: Handle<Expression>) -> R<Ptr> {
        match self.eval(h)? {
            V::Ptr(p) => Ok(p),
            other => Err(format!("not a pointer: {other:?}")),
        }
    }

    fn eval(&mut self, h: Handle<Expression>) -> R<V> {
        match &self.fun.expressions[h] {
            Expression::Literal(l) => Ok(lit(*l)),
            Expression::LocalVariable(l) => Ok(V::Ptr(Ptr::Local(*l))),
            Expression::GlobalVariable(g) => Ok(V::Ptr(Ptr::Global(*g))),
            Expression::FunctionArgument(i) => Ok(V::Vec3(self.builtins[*i as usize])),
            _ => self.cache[h.index()].ok_or_else(|| format!("expression {h:?} used before it was emitted")),
        }
    }

    fn global_elem(&self, g: Handle<naga::GlobalVariable>) -> R<naga::Scalar> {
        elem_scalar(self.module, g).map(|(s, _)| s)
    }

    fn read_locked(&mut self, sh: &mut Shared<'_>, p: Ptr) -> R<V> {
        match p {
            Ptr::Local(l) => self.locals.get(&l).copied().ok_or("unknown local".into()),
            Ptr::Global(g) | Ptr::Elem(g, _) => {
                let i = if let Ptr::Elem(_, i) = p { i } else { 0 };
                let s = self.global_elem(g)?;
                let gv = &self.module.global_variables[g];
                let mem = match gv.space {
                    naga::AddressSpace::Private => self.private.get(&g),
                    naga::AddressSpace::WorkGroup => sh.workgroup.get(&g),
                    _ => {
                        let b = gv.binding.as_ref().ok_or("storage without binding")?.binding;
                        sh.storage.get(&b)
                    }
                }
                .ok_or_else(|| format!("no memory for {:?}", gv.name))?;
                let bits = *mem
                    .get(i)
                    .ok_or_else(|| format!("out-of-bounds read of {:?}[{i}] (len {})", gv.name, mem.len()))?;
                Ok(from_bits(s, bits))
            }
        }
    }

    fn write_locked(&mut self, sh: &mut Shared<'_>, p: Ptr, v: V) -> R<()> {
        match p {
            Ptr::Local(l) => {
                self.locals.insert(l, v);
                Ok(())
            }
            Ptr::Global(g) | Ptr::Elem(g, _) => {
                let i = if let Ptr::Elem(_, i) = p { i } else { 0 };
                let gv = &self.module.global_variables[g];
                let mem = match gv.space {
                    naga::AddressSpace::Private => self.private.get_mut(&g),
                    naga::AddressSpace::WorkGroup => sh.workgroup.get_mut(&g),
                    _ => {
                        let b = gv.binding.as_ref().ok_or("storage without binding")?.binding;
                        sh.storage.get_mut(&b)
                    }
                }
                .ok_or_else(|| format!("no memory for {:?}", gv.name))?;
                let len = mem.len();
                let slot = mem
                    .get_mut(i)
                    .ok_or_else(|| format!("out-of-bounds write of {:?}[{i}] (len {len})", gv.name))?;
                *slot = to_bits(v)?;
                Ok(())
            }
        }
    }

    fn read(&mut self, p: Ptr) -> R<V> {
        let shared = self.shared;
        let mut g = shared.lock().map_err(|_| "poisoned")?;
        self.read_locked(&mut g, p)
    }

    fn write(&mut self, p: Ptr, v: V) -> R<()> {
        let shared = self.shared;
        let mut g = shared.lock().map_err(|_| "poisoned")?;
        self.write_locked(&mut g, p, v)
    }

    fn compute(&mut self, h: Handle<Expression>) -> R<V> {
        let e = self.fun.expressions[h].clone();
        Ok(match e {
            Expression::Access { base, index } => {
                let i = match self.eval(index)? {
                    V::U32(i) => i as usize,
                    V::I32(i) => i as usize,
                    other => return Err(format!("index {other:?}")),
                };
                match self.ptr(base)? {
                    Ptr::Global(g) => V::Ptr(Ptr::Elem(g, i)),
                    other => return Err(format!("access into {other:?}")),
                }
            }
            Expression::AccessIndex { base, index } => match self.eval(base)? {
                V::Vec3(v) => V::U32(v[index as usize]),
                V::Vec2(v) => V::U32(v[index as usize]),
                V::Ptr(Ptr::Global(g)) => V::Ptr(Ptr::Elem(g, index as usize)),
                V::Cas(old, ex, kind) => match index {
                    0 => from_bits(naga::Scalar { kind, width: 4 }, old),
                    _ => V::Bool(ex),
                },
                other => return Err(format!("access index into {other:?}")),
            },
            Expression::Compose { components, .. } => match components[..] {
                [lo, hi] => match (self.eval(lo)?, self.eval(hi)?) {
                    (V::U32(lo), V::U32(hi)) => V::Vec2([lo, hi]),
                    other => return Err(format!("compose of {other:?}")),
                },
                _ => return Err(format!("compose of {} components", components.len())),
            },
            Expression::Relational { fun, argument } => match (fun, self.eval(argument)?) {
                (naga::RelationalFunction::All, V::BVec2(b)) => V::Bool(b[0] && b[1]),
                (naga::RelationalFunction::Any, V::BVec2(b)) => V::Bool(b[0] || b[1]),
                other => return Err(format!("relational {other:?}")),
            },
            Expression::Load { pointer } => {
                let p = self.ptr(pointer)?;
                self.read(p)?
            }
            Expression::ArrayLength(pointer) => {
                let Ptr::Global(g) = self.ptr(pointer)? else {
                    return Err("arrayLength of something other than a buffer".into());
                };
                let gv = &self.module.global_variables[g];
                let b = gv
                    .binding
                    .as_ref()
                    .ok_or("arrayLength of a global without binding")?
                    .binding;
                let sh = self.shared.lock().map_err(|_| "poisoned")?;
                let len = sh
                    .storage
                    .get(&b)
                    .ok_or_else(|| format!("no buffer bound at {b}"))?
                    .len();
                V::U32(len as u32)
            }
            Expression::Binary { op, left, right } => {
                let (a, b) = (self.eval(left)?, self.eval(right)?);
                arith(op, a, b)?
            }
            Expression::Unary { op, expr } => {
                let a = self.eval(expr)?;
                match (op, a) {
                    (UnaryOperator::Negate, V::F32(x)) => V::F32(-x),
                    (UnaryOperator::Negate, V::F64(x)) => V::F64(-x),
                    (UnaryOperator::BitwiseNot, V::U32(x)) => V::U32(!x),
                    (UnaryOperator::BitwiseNot, V::I32(x)) => V::I32(!x),
                    (UnaryOperator::BitwiseNot, V::U64(x)) => V::U64(!x),
                    (UnaryOperator::LogicalNot, V::Bool(x)) => V::Bool(!x),
                    other => return Err(format!("unary {other:?}")),
                }
            }
            Expression::Select {
                condition,
                accept,
                reject,
            } => {
                if self.eval(condition)? == V::Bool(true) {
                    self.eval(accept)?
                } else {
                    self.eval(reject)?
                }
            }
            Expression::As { expr, kind, convert } => {
                let a = self.eval(expr)?;
                match convert {
                    None => {
                        let width = match a {
                            V::U64(_) | V::I64(_) | V::F64(_) => 8,
                            _ => 4,
                        };
                        from_bits(naga::Scalar { kind, width }, to_bits(a)?)
                    }
                    Some(w) => convert_to(a, kind, w)?,
                }
            }
            Expression::Math {
                fun, arg, arg1, arg2, ..
            } => {
                let a = self.eval(arg)?;
                match (fun, arg1, arg2) {
                    (M::Clamp, Some(lo), Some(hi)) => {
                        let (lo, hi) = (self.eval(lo)?, self.eval(hi)?);
                        math2(M::Min, math2(M::Max, a, lo)?, hi)?
                    }
                    (_, Some(b), _) => {
                        let b = self.eval(b)?;
                        math2(fun, a, b)?
                    }
                    _ => math1(fun, a)?,
                }
            }
            other => return Err(format!("unsupported expression {other:?}")),
        })
    }
}

fn lit(l: Literal) -> V {
    match l {
        Literal::U32(x) => V::U32(x),
        Literal::I32(x) => V::I32(x),
        Literal::U64(x) => V::U64(x),
        Literal::I64(x) => V::I64(x),
        Literal::F32(x) => V::F32(x),
        Literal::F64(x) => V::F64(x),
        Literal::Bool(b) => V::Bool(b),
        _ => V::Bool(false),
    }
}

fn convert_to(a: V, kind: ScalarKind, w: u8) -> R<V> {
    let as_f64 = match a {
        V::U32(x) => x as f64,
        V::I32(x) => x as f64,
        V::U64(x) => x as f64,
        V::I64(x) => x as f64,
        V::F32(x) => x as f64,
        V::F64(x) => x,
        V::Bool(b) => b as u8 as f64,
        other => return Err(format!("convert {other:?}")),
    };
    let as_u64 = match a {
        V::U32(x) => x as u64,
        V::I32(x) => x as i64 as u64,
        V::U64(x) => x,
        V::I64(x) => x as u64,
        _ => 0,
    };
    let is_int = matches!(a, V::U32(_) | V::I32(_) | V::U64(_) | V::I64(_));
    Ok(match (kind, w) {
        (ScalarKind::Float, 4) => match a {
            V::U64(x) => V::F32(x as f32),
            V::I64(x) => V::F32(x as f32),
            V::U32(x) => V::F32(x as f32),
            V::I32(x) => V::F32(x as f32),
            _ => V::F32(as_f64 as f32),
        },
        (ScalarKind::Float, _) => match a {
            V::U64(x) => V::F64(x as f64),
            V::I64(x) => V::F64(x as f64),
            _ => V::F64(as_f64),
        },
        (ScalarKind::Uint, 4) => V::U32(if is_int { as_u64 as u32 } else { as_f64 as u32 }),
        (ScalarKind::Sint, 4) => V::I32(if is_int { as_u64 as u32 as i32 } else { as_f64 as i32 }),
        (ScalarKind::Uint, _) => V::U64(if is_int { as_u64 } else { as_f64 as u64 }),
        (ScalarKind::Sint, _) => V::I64(if is_int { as_u64 as i64 } else { as_f64 as i64 }),
        (ScalarKind::Bool, _) => V::Bool(as_f64 != 0.0),
        _ => return Err("convert to abstract".into()),
    })
}

fn arith(op: B, a: V, b: V) -> R<V> {
    use V::*;
    Ok(match (a, b) {
        (Vec2(x), Vec2(y)) => match op {
            B::Equal => BVec2([x[0] == y[0], x[1] == y[1]]),
            B::NotEqual => BVec2([x[0] != y[0], x[1] != y[1]]),
            _ => return Err(format!("{op:?} on vec2<u32>")),
        },
        (U32(x), U32(y)) => match op {
            B::Add => U32(x.wrapping_add(y)),
            B::Subtract => U32(x.wrapping_sub(y)),
            B::Multiply => U32(x.wrapping_mul(y)),
            B::Divide => U32(x.checked_div(y).unwrap_or(x)),
            B::Modulo => U32(if y == 0 { 0 } else { x % y }),
            B::And => U32(x & y),
            B::InclusiveOr => U32(x | y),
            B::ExclusiveOr => U32(x ^ y),
            B::ShiftLeft => U32(x.wrapping_shl(y)),
            B::ShiftRight => U32(x.wrapping_shr(y)),
            _ => cmp(op, x.cmp(&y))?,
        },
        (I32(x), I32(y)) => match op {
            B::Add => I32(x.wrapping_add(y)),
            B::Subtract => I32(x.wrapping_sub(y)),
            B::Multiply => I32(x.wrapping_mul(y)),
            B::Divide => I32(if y == 0 { x } else { x.wrapping_div(y) }),
            B::Modulo => I32(if y == 0 { 0 } else { x.wrapping_rem(y) }),
            B::And => I32(x & y),
            B::InclusiveOr => I32(x | y),
            B::ExclusiveOr => I32(x ^ y),
            _ => cmp(op, x.cmp(&y))?,
        },
        (I32(x), U32(y)) => match op {
            B::ShiftLeft => I32(x.wrapping_shl(y)),
            B::ShiftRight => I32(x.wrapping_shr(y)),
            _ => return Err(format!("{op:?} on i32, u32")),
        },
        (U64(x), U64(y)) => match op {
            B::Add => U64(x.wrapping_add(y)),
            B::Subtract => U64(x.wrapping_sub(y)),
            B::Multiply => U64(x.wrapping_mul(y)),
            B::Divide => U64(x.checked_div(y).unwrap_or(x)),
            B::Modulo => U64(if y == 0 { 0 } else { x % y }),
            B::And => U64(x & y),
            B::InclusiveOr => U64(x | y),
            B::ExclusiveOr => U64(x ^ y),
            _ => cmp(op, x.cmp(&y))?,
        },
        (U64(x), U32(y)) => match op {
            B::ShiftLeft => U64(x.wrapping_shl(y)),
            B::ShiftRight => U64(x.wrapping_shr(y)),
            _ => return Err(format!("{op:?} on u64, u32")),
        },
        (I64(x), I64(y)) => match op {
            B::Add => I64(x.wrapping_add(y)),
            B::Subtract => I64(x.wrapping_sub(y)),
            B::Multiply => I64(x.wrapping_mul(y)),
            B::Divide => I64(if y == 0 { x } else { x.wrapping_div(y) }),
            B::Modulo => I64(if y == 0 { 0 } else { x.wrapping_rem(y) }),
            _ => cmp(op, x.cmp(&y))?,
        },
        (I64(x), U32(y)) => match op {
            B::ShiftLeft => I64(x.wrapping_shl(y)),
            B::ShiftRight => I64(x.wrapping_shr(y)),
            _ => return Err(format!("{op:?} on i64, u32")),
        },
        (F32(x), F32(y)) => match op {
            B::Add => F32(x + y),
            B::Subtract => F32(x - y),
            B::Multiply => F32(x * y),
            B::Divide => F32(x / y),
            _ => fcmp(op, x as f64, y as f64)?,
        },
        (F64(x), F64(y)) => match op {
            B::Add => F64(x + y),
            B::Subtract => F64(x - y),
            B::Multiply => F64(x * y),
            B::Divide => F64(x / y),
            _ => fcmp(op, x, y)?,
        },
        (Bool(x), Bool(y)) => match op {
            B::LogicalAnd | B::And => Bool(x && y),
            B::LogicalOr | B::InclusiveOr => Bool(x || y),
            B::Equal => Bool(x == y),
            B::NotEqual => Bool(x != y),
            _ => return Err(format!("{op:?} on bools")),
        },
        other => return Err(format!("{op:?} on {other:?}")),
    })
}

fn cmp(op: B, o: std::cmp::Ordering) -> R<V> {
    use std::cmp::Ordering::*;
    Ok(V::Bool(match op {
        B::Equal => o == Equal,
        B::NotEqual => o != Equal,
        B::Less => o == Less,
        B::LessEqual => o != Greater,
        B::Greater => o == Greater,
        B::GreaterEqual => o != Less,
        _ => return Err(format!("{op:?} is not a comparison")),
    }))
}

fn fcmp(op: B, x: f64, y: f64) -> R<V> {
    Ok(V::Bool(match op {
        B::Equal => x == y,
        B::NotEqual => x != y,
        B::Less => x < y,
        B::LessEqual => x <= y,
        B::Greater => x > y,
        B::GreaterEqual => x >= y,
        _ => return Err(format!("{op:?} on floats")),
    }))
}

fn math1(fun: M, a: V) -> R<V> {
    Ok(match (fun, a) {
        (M::Sqrt, V::F32(x)) => V::F32(x.sqrt()),
        (M::Sqrt, V::F64(x)) => V::F64(x.sqrt()),
        (M::Abs, V::F32(x)) => V::F32(x.abs()),
        (M::Abs, V::F64(x)) => V::F64(x.abs()),
        (M::Floor, V::F32(x)) => V::F32(x.floor()),
        (M::Floor, V::F64(x)) => V::F64(x.floor()),
        (M::Ceil, V::F32(x)) => V::F32(x.ceil()),
        (M::Ceil, V::F64(x)) => V::F64(x.ceil()),
        (M::Trunc, V::F32(x)) => V::F32(x.trunc()),
        (M::Trunc, V::F64(x)) => V::F64(x.trunc()),
        (M::Round, V::F32(x)) => V::F32(x.round_ties_even()),
        (M::Round, V::F64(x)) => V::F64(x.round_ties_even()),
        (M::Exp, V::F32(x)) => V::F32(x.exp()),
        (M::Log, V::F32(x)) => V::F32(x.ln()),
        (M::Sin, V::F32(x)) => V::F32(x.sin()),
        (M::Cos, V::F32(x)) => V::F32(x.cos()),
        (M::CountLeadingZeros, V::U32(x)) => V::U32(x.leading_zeros()),
        (M::CountTrailingZeros, V::U32(x)) => V::U32(x.trailing_zeros()),
        (M::CountOneBits, V::U32(x)) => V::U32(x.count_ones()),
        other => return Err(format!("math {other:?}")),
    })
}

fn math2(fun: M, a: V, b: V) -> R<V> {
    Ok(match (fun, a, b) {
        (M::Min, V::U32(x), V::U32(y)) => V::U32(x.min(y)),
        (M::Max, V::U32(x), V::U32(y)) => V::U32(x.max(y)),
        (M::Min, V::I32(x), V::I32(y)) => V::I32(x.min(y)),
        (M::Max, V::I32(x), V::I32(y)) => V::I32(x.max(y)),
        (M::Min, V::F32(x), V::F32(y)) => V::F32(x.min(y)),
        (M::Max, V::F32(x), V::F32(y)) => V::F32(x.max(y)),
        (M::Min, V::F64(x), V::F64(y)) => V::F64(x.min(y)),
        (M::Max, V::F64(x), V::F64(y)) => V::F64(x.max(y)),
        (M::Pow, V::F32(x), V::F32(y)) => V::F32(x.powf(y)),
        other => return Err(format!("math {other:?}")),
    })
}
