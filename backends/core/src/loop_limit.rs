//! Loops that a driver ends early say so.
//!
//! Rust defines an endless loop: `loop {}` runs until the launch is stopped.
//! Mesa's llvmpipe and lavapipe instead end loops after a fixed number of
//! iterations (gallivm's loop limiter, 65,535 turns of the compiled loops of
//! an invocation): a long or endless loop is cut short and the kernel goes
//! on with wrong values, or "finishes" at once where the CPU times out.
//!
//! [`check_loops`] makes every loop note, in a variable of its own, that it
//! left by one of its `break`s; after the loop, an invocation that left it
//! otherwise records [`DRIVER_STOPPED_SITE`] in the status buffer and ends,
//! and the host reports the kernel as stopped, like one past its time limit
//! ([`KernelPanic::driver_stopped`](crate::KernelPanic::driver_stopped)).
//! Each loop also gets an exit that never happens (the grid has no
//! workgroups) and leaves the variable unset: without one, Mesa's own
//! optimisations, which run before the limiter is added, would prove the
//! variable set at every exit and drop the check.
//!
//! The exit costs a test per iteration, so backends apply the pass only for
//! drivers with such a limit (`needs_loop_checks`); elsewhere the lowering's
//! module runs as it is.

use crate::status::{self, emit, Site, Target, DRIVER_STOPPED_SITE};
use naga::{
    BinaryOperator, Binding, Block, BuiltIn, Expression, Handle, Literal, LocalVariable, Scalar, Span, Statement, Type,
    TypeInner, UnaryOperator,
};

/// Whether a device of this name ends loops early: Mesa's llvmpipe (GL) and
/// lavapipe (Vulkan) name their devices `llvmpipe (LLVM …)`; SwiftShader
/// (Chromium's software WebGPU adapter, `SwiftShader Device …`) ends
/// endless ones at once.
pub fn needs_loop_checks(device_name: &str) -> bool {
    device_name.starts_with("llvmpipe") || device_name.starts_with("SwiftShader")
}

/// Checks every loop of every entry point of `module` that has the shader
/// route's status buffer (binding [`STATUS_BINDING`](crate::STATUS_BINDING),
/// atomic words) and thread-id arguments. Returns how many loops it checked.
/// With `leave`, an invocation whose loop was ended early leaves after
/// recording it; otherwise it goes on (for WGSL, whose uniformity rules
/// refuse a `return` where threads may diverge before a barrier).
pub fn check_loops(module: &mut naga::Module, leave: bool) -> usize {
    let atomic_words = |ty: Handle<Type>| match module.types[ty].inner {
        TypeInner::Array { base, .. } => matches!(module.types[base].inner, TypeInner::Atomic(Scalar::U32)),
        _ => false,
    };
    let Some(status) = module.global_variables.iter().find_map(|(h, g)| {
        g.binding
            .as_ref()
            .is_some_and(|b| b.group == 0 && b.binding == crate::STATUS_BINDING && atomic_words(g.ty))
            .then_some(h)
    }) else {
        return 0;
    };
    let bool_ty = module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Scalar(Scalar::BOOL),
        },
        Span::UNDEFINED,
    );
    let mut entries = std::mem::take(&mut module.entry_points);
    let mut loops = 0;
    for entry in &mut entries {
        let fun = &mut entry.function;
        let argument = |b: BuiltIn| {
            fun.arguments
                .iter()
                .position(|a| a.binding == Some(Binding::BuiltIn(b)))
                .map(|i| i as u32)
        };
        let (Some(local), Some(group), Some(groups)) = (
            argument(BuiltIn::LocalInvocationId),
            argument(BuiltIn::WorkGroupId),
            argument(BuiltIn::NumWorkGroups),
        ) else {
            continue;
        };
        let mut arg = |i| fun.expressions.append(Expression::FunctionArgument(i), Span::UNDEFINED);
        let (local, group, num_workgroups) = (arg(local), arg(group), arg(groups));
        let mut body = std::mem::take(&mut fun.body);
        let mut pass = Pass {
            target: Target {
                module,
                fun,
                status,
                ids: [local, group],
            },
            num_workgroups,
            bool_ty,
            loops: 0,
            leave,
        };
        pass.block(&mut body);
        loops += pass.loops;
        fun.body = body;
    }
    module.entry_points = entries;
    loops
}

struct Pass<'a> {
    target: Target<'a>,
    /// The `num_workgroups` argument (`vec3<u32>`).
    num_workgroups: Handle<Expression>,
    bool_ty: Handle<Type>,
    /// Loops checked so far.
    loops: usize,
    /// Whether an invocation leaves once it recorded a stopped loop.
    leave: bool,
}

impl Pass<'_> {
    /// Checks the loops in `block` and below, inner loops first.
    fn block(&mut self, block: &mut Block) {
        let old = std::mem::take(block);
        for (mut statement, span) in old.span_into_iter() {
            match &mut statement {
                Statement::Block(b) => self.block(b),
                Statement::If { accept, reject, .. } => {
                    self.block(accept);
                    self.block(reject);
                }
                Statement::Switch { cases, .. } => {
                    for case in cases.iter_mut() {
                        self.block(&mut case.body);
                    }
                }
                Statement::Loop { body, continuing, .. } => {
                    self.block(body);
                    self.block(continuing);
                }
                _ => {}
            }
            if let Statement::Loop { .. } = statement {
                self.checked_loop(block, statement);
            } else {
                block.push(statement, span);
            }
        }
    }

    /// Pushes `looped` (a `Loop`) onto `block` between a variable set to
    /// false before it, set to true at each of its `break`s, and the check
    /// after it; the loop's body starts with the exit that never happens.
    fn checked_loop(&mut self, block: &mut Block, mut looped: Statement) {
        self.loops += 1;
        let fun = &mut *self.target.fun;
        let literal = |fun: &mut naga::Function, l| fun.expressions.append(Expression::Literal(l), Span::UNDEFINED);
        let no = literal(fun, Literal::Bool(false));
        let var = fun.local_variables.append(
            LocalVariable {
                name: Some(format!("left_loop_{}", self.loops)),
                ty: self.bool_ty,
                init: Some(no),
            },
            Span::UNDEFINED,
        );
        let left = fun.expressions.append(Expression::LocalVariable(var), Span::UNDEFINED);
        let yes = literal(fun, Literal::Bool(true));
        let zero = literal(fun, Literal::U32(0));
        let set = |value| Statement::Store { pointer: left, value };
        if let Statement::Loop {
            body,
            continuing,
            break_if,
        } = &mut looped
        {
            mark_breaks(body, &set(yes));
            if let Some(condition) = *break_if {
                continuing.push(
                    Statement::If {
                        condition,
                        accept: Block::from_vec(vec![set(yes)]),
                        reject: Block::new(),
                    },
                    Span::UNDEFINED,
                );
            }
            let mut head = Block::new();
            let groups = emit(
                fun,
                &mut head,
                Expression::AccessIndex {
                    base: self.num_workgroups,
                    index: 0,
                },
            );
            let empty = emit(
                fun,
                &mut head,
                Expression::Binary {
                    op: BinaryOperator::Equal,
                    left: groups,
                    right: zero,
                },
            );
            head.push(
                Statement::If {
                    condition: empty,
                    accept: Block::from_vec(vec![Statement::Break]),
                    reject: Block::new(),
                },
                Span::UNDEFINED,
            );
            head.append(body);
            *body = head;
        }
        block.push(set(no), Span::UNDEFINED);
        block.push(looped, Span::UNDEFINED);
        let value = emit(fun, block, Expression::Load { pointer: left });
        let stopped = emit(
            fun,
            block,
            Expression::Unary {
                op: UnaryOperator::LogicalNot,
                expr: value,
            },
        );
        let mut record = Block::new();
        let site = Site {
            index: DRIVER_STOPPED_SITE,
            choice: None,
            line: zero,
            column: zero,
            file: &[],
            args: &[],
        };
        status::record(&mut self.target, &mut record, &site);
        if self.leave {
            record.push(Statement::Return { value: None }, Span::UNDEFINED);
        }
        block.push(
            Statement::If {
                condition: stopped,
                accept: record,
                reject: Block::new(),
            },
            Span::UNDEFINED,
        );
    }
}

/// Puts `set` before every `break` of `block` that leaves the loop whose
/// body it is (not those of nested loops and switches).
fn mark_breaks(block: &mut Block, set: &Statement) {
    let old = std::mem::take(block);
    for (mut statement, span) in old.span_into_iter() {
        match &mut statement {
            Statement::Break => block.push(set.clone(), Span::UNDEFINED),
            Statement::Block(b) => mark_breaks(b, set),
            Statement::If { accept, reject, .. } => {
                mark_breaks(accept, set);
                mark_breaks(reject, set);
            }
            _ => {}
        }
        block.push(statement, span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KERNEL: &str = r#"
@group(0) @binding(0) var<storage, read_write> status: array<atomic<u32>, 50>;
@group(0) @binding(2) var<storage, read_write> out: array<u32>;

@compute @workgroup_size(64)
fn k(@builtin(local_invocation_id) local_id: vec3<u32>, @builtin(workgroup_id) workgroup_id: vec3<u32>,
     @builtin(num_workgroups) num_workgroups: vec3<u32>) {
    var x = local_id.x;
    loop {
        if x > 1000u { break; }
        loop {
            x = x * 3u + 1u;
            if (x & 7u) != 0u { break; }
        }
    }
    out[local_id.x] = x;
}
"#;

    #[test]
    fn every_loop_is_checked_and_the_module_still_validates() {
        let mut module = naga::front::wgsl::parse_str(KERNEL).unwrap();
        assert_eq!(check_loops(&mut module, true), 2);
        let info = naga::valid::Validator::new(naga::valid::ValidationFlags::all(), naga::valid::Capabilities::all())
            .validate(&module)
            .unwrap_or_else(|e| panic!("{}", e.emit_to_string(KERNEL)));
        let wgsl = naga::back::wgsl::write_string(&module, &info, naga::back::wgsl::WriterFlags::empty()).unwrap();
        // Each loop: the exit that never happens, the note at each break, the check.
        assert_eq!(wgsl.matches("num_workgroups.x == 0u").count(), 2, "{wgsl}");
        assert_eq!(wgsl.matches("left_loop_1_ = true").count(), 1, "{wgsl}");
        assert_eq!(wgsl.matches("left_loop_2_ = true").count(), 1, "{wgsl}");
        let code = DRIVER_STOPPED_SITE + 1;
        assert_eq!(wgsl.matches(&format!("0u, {code}u)")).count(), 2, "{wgsl}");
    }

    #[test]
    fn modules_without_the_status_buffer_are_left_alone() {
        let source = "@compute @workgroup_size(1) fn k() { loop { break; } }";
        let mut module = naga::front::wgsl::parse_str(source).unwrap();
        assert_eq!(check_loops(&mut module, true), 0);
        // Hand-written kernels may bind plain words there (the WGSL baselines).
        let plain = KERNEL.replace("array<atomic<u32>, 50>", "array<u32>");
        let mut module = naga::front::wgsl::parse_str(&plain).unwrap();
        assert_eq!(check_loops(&mut module, true), 0);
    }

    #[test]
    fn llvmpipe_devices_are_the_ones_with_a_limit() {
        assert!(needs_loop_checks("llvmpipe (LLVM 15.0.6, 256 bits)"));
        assert!(!needs_loop_checks("NVIDIA H200"));
    }
}
