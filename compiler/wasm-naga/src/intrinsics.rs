//! The `everygpu` imports of a kernel module (see `everygpu_kernel`'s
//! `arch/wasm.rs`), recognised by name.

use crate::module::ImportedFunc;

/// A builtin dimension query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dim {
    /// `local_id(d)`
    LocalId,
    /// `workgroup_id(d)`
    WorkgroupId,
    /// `workgroup_size(d)`
    WorkgroupSize,
    /// `num_workgroups(d)`
    NumWorkgroups,
}

/// The scalar type of a `param_*` import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamType {
    /// `u32`
    U32,
    /// `i32`
    I32,
    /// `f32`
    F32,
    /// `u64`
    U64,
    /// `i64`
    I64,
    /// `f64`
    F64,
}

/// An atomic read-modify-write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicOp {
    /// `atomic_add_*`
    Add,
    /// `atomic_min_*`
    Min,
    /// `atomic_max_*`
    Max,
    /// `atomic_xchg_*`
    Exchange,
    /// `atomic_cas_*`
    CompareExchange,
}

/// A transcendental function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathOp {
    /// `exp`
    Exp,
    /// `log`
    Log,
    /// `sin`
    Sin,
    /// `cos`
    Cos,
    /// `pow`
    Pow,
}

/// What an import does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    /// A thread/grid coordinate.
    Dim(Dim),
    /// `barrier()`
    Barrier,
    /// `shared_ptr(i)`
    SharedPtr,
    /// `buffer_ptr(i)`
    BufferPtr,
    /// `buffer_len(i)`
    BufferLen,
    /// `param_*(i)`
    Param(ParamType),
    /// `panic(file, len, line, col)`
    Panic,
    /// `atomic_*_{u32,i32}(ptr, ...)`
    Atomic {
        /// The operation.
        op: AtomicOp,
        /// Whether it is the `i32` form.
        signed: bool,
    },
    /// `exp/log/sin/cos/pow_{f32,f64}`
    Math {
        /// The function.
        op: MathOp,
        /// Whether it is the `f64` form.
        f64: bool,
    },
}

/// Recognises an import of the `everygpu` module.
pub fn classify(import: &ImportedFunc) -> Option<Intrinsic> {
    if import.module != "everygpu" {
        return None;
    }
    let name = import.name.as_str();
    Some(match name {
        "local_id" => Intrinsic::Dim(Dim::LocalId),
        "workgroup_id" => Intrinsic::Dim(Dim::WorkgroupId),
        "workgroup_size" => Intrinsic::Dim(Dim::WorkgroupSize),
        "num_workgroups" => Intrinsic::Dim(Dim::NumWorkgroups),
        "barrier" => Intrinsic::Barrier,
        "shared_ptr" => Intrinsic::SharedPtr,
        "buffer_ptr" => Intrinsic::BufferPtr,
        "buffer_len" => Intrinsic::BufferLen,
        "param_u32" => Intrinsic::Param(ParamType::U32),
        "param_i32" => Intrinsic::Param(ParamType::I32),
        "param_f32" => Intrinsic::Param(ParamType::F32),
        "param_u64" => Intrinsic::Param(ParamType::U64),
        "param_i64" => Intrinsic::Param(ParamType::I64),
        "param_f64" => Intrinsic::Param(ParamType::F64),
        "panic" => Intrinsic::Panic,
        _ => {
            if let Some(rest) = name.strip_prefix("atomic_") {
                let (op, ty) = rest.rsplit_once('_')?;
                let signed = match ty {
                    "u32" => false,
                    "i32" => true,
                    _ => return None,
                };
                let op = match op {
                    "add" => AtomicOp::Add,
                    "min" => AtomicOp::Min,
                    "max" => AtomicOp::Max,
                    "xchg" => AtomicOp::Exchange,
                    "cas" => AtomicOp::CompareExchange,
                    _ => return None,
                };
                Intrinsic::Atomic { op, signed }
            } else {
                let (op, ty) = name.rsplit_once('_')?;
                let f64 = match ty {
                    "f32" => false,
                    "f64" => true,
                    _ => return None,
                };
                let op = match op {
                    "exp" => MathOp::Exp,
                    "log" => MathOp::Log,
                    "sin" => MathOp::Sin,
                    "cos" => MathOp::Cos,
                    "pow" => MathOp::Pow,
                    _ => return None,
                };
                Intrinsic::Math { op, f64 }
            }
        }
    })
}
