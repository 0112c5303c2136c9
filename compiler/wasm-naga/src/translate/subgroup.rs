//! Subgroup intrinsics (`everygpu_kernel::subgroup`): builtins become entry
//! point arguments, added the first time a kernel reads them; shuffles,
//! reductions, scans, ballots and votes become naga's subgroup statements.
//! wasm `i32` values are naga `u32`s: signed minimum and maximum bitcast to
//! `i32` and back.

use super::{Translator, H};
use crate::intrinsics::{CollectiveOp, GatherOp, SubgroupBuiltin, SubgroupOp, SubgroupType};
use crate::LowerError;
use naga::{
    Binding, BuiltIn, CollectiveOperation, Expression, FunctionArgument, GatherMode, Scalar, ScalarKind, Span,
    Statement, SubgroupOperation,
};

impl Translator<'_, '_> {
    /// Lowers one subgroup intrinsic; `None` for those without a result.
    pub(super) fn subgroup(&mut self, op: SubgroupOp, args: &[H]) -> Result<H, LowerError> {
        self.subgroup_ops |= op.class();
        let arg = |i: usize| {
            args.get(i)
                .copied()
                .ok_or_else(|| self.err("calls a subgroup operation without its operands"))
        };
        Ok(match op {
            SubgroupOp::Builtin(b) => self.subgroup_builtin(b),
            SubgroupOp::Gather(mode, ty) => {
                let x = arg(0)?;
                let mode = match mode {
                    GatherOp::Shuffle => GatherMode::Shuffle(arg(1)?),
                    GatherOp::Xor => GatherMode::ShuffleXor(arg(1)?),
                    GatherOp::Down => GatherMode::ShuffleDown(arg(1)?),
                    GatherOp::Up => GatherMode::ShuffleUp(arg(1)?),
                    GatherOp::BroadcastFirst => GatherMode::BroadcastFirst,
                };
                let result = self.subgroup_result(value_scalar(ty));
                self.stmt(Statement::SubgroupGather {
                    mode,
                    argument: x,
                    result,
                });
                result
            }
            SubgroupOp::Collective(op, ty) => {
                let x = arg(0)?;
                let (op, collective_op) = match op {
                    CollectiveOp::ReduceAdd => (SubgroupOperation::Add, CollectiveOperation::Reduce),
                    CollectiveOp::ReduceMin => (SubgroupOperation::Min, CollectiveOperation::Reduce),
                    CollectiveOp::ReduceMax => (SubgroupOperation::Max, CollectiveOperation::Reduce),
                    CollectiveOp::InclusiveAdd => (SubgroupOperation::Add, CollectiveOperation::InclusiveScan),
                    CollectiveOp::ExclusiveAdd => (SubgroupOperation::Add, CollectiveOperation::ExclusiveScan),
                };
                // Signed minimum and maximum work on `i32`; every other
                // operation gives the same bits on `u32`.
                let signed = ty == SubgroupType::I32 && matches!(op, SubgroupOperation::Min | SubgroupOperation::Max);
                let (argument, scalar) = if signed {
                    (self.bitcast(x, ScalarKind::Sint), Scalar::I32)
                } else {
                    (x, value_scalar(ty))
                };
                let result = self.subgroup_result(scalar);
                self.stmt(Statement::SubgroupCollectiveOperation {
                    op,
                    collective_op,
                    argument,
                    result,
                });
                if signed {
                    self.bitcast(result, ScalarKind::Uint)
                } else {
                    result
                }
            }
            SubgroupOp::Ballot => {
                let word = self.const_arg(&args[1..], "subgroup::ballot")?;
                if word > 3 {
                    return Err(self.err(format!("asks for word {word} of a subgroup ballot (there are 4)")));
                }
                let pred = self.nonzero(arg(0)?, Scalar::U32);
                let result = self
                    .fun
                    .expressions
                    .append(Expression::SubgroupBallotResult, Span::UNDEFINED);
                self.stmt(Statement::SubgroupBallot {
                    result,
                    predicate: Some(pred),
                });
                self.expr(Expression::AccessIndex {
                    base: result,
                    index: word,
                })
            }
            SubgroupOp::Any | SubgroupOp::All => {
                let pred = self.nonzero(arg(0)?, Scalar::U32);
                let result = self.subgroup_result(Scalar::BOOL);
                self.stmt(Statement::SubgroupCollectiveOperation {
                    op: if op == SubgroupOp::Any {
                        SubgroupOperation::Any
                    } else {
                        SubgroupOperation::All
                    },
                    collective_op: CollectiveOperation::Reduce,
                    argument: pred,
                    result,
                });
                self.bool_u32(result)
            }
        })
    }

    /// The (not emitted) result expression of a subgroup statement.
    fn subgroup_result(&mut self, scalar: Scalar) -> H {
        let ty = super::scalar_type(&mut self.module, scalar);
        self.fun
            .expressions
            .append(Expression::SubgroupOperationResult { ty }, Span::UNDEFINED)
    }

    /// A subgroup builtin, declared as an entry point argument on first use.
    fn subgroup_builtin(&mut self, b: SubgroupBuiltin) -> H {
        let slot = b as usize;
        if let Some(h) = self.subgroup_builtins[slot] {
            return h;
        }
        let (name, builtin) = match b {
            SubgroupBuiltin::Size => ("subgroup_size", BuiltIn::SubgroupSize),
            SubgroupBuiltin::Lane => ("subgroup_invocation_id", BuiltIn::SubgroupInvocationId),
            SubgroupBuiltin::Id => ("subgroup_id", BuiltIn::SubgroupId),
            SubgroupBuiltin::Count => ("num_subgroups", BuiltIn::NumSubgroups),
        };
        let ty = super::scalar_type(&mut self.module, Scalar::U32);
        let index = self.fun.arguments.len() as u32;
        self.fun.arguments.push(FunctionArgument {
            name: Some(name.into()),
            ty,
            binding: Some(Binding::BuiltIn(builtin)),
        });
        let h = self
            .fun
            .expressions
            .append(Expression::FunctionArgument(index), Span::UNDEFINED);
        self.subgroup_builtins[slot] = Some(h);
        h
    }
}

/// The naga scalar a subgroup value of type `ty` is held in.
fn value_scalar(ty: SubgroupType) -> Scalar {
    match ty {
        SubgroupType::U32 | SubgroupType::I32 => Scalar::U32,
        SubgroupType::F32 => Scalar::F32,
        SubgroupType::F64 => Scalar::F64,
    }
}
