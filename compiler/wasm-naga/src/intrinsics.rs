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

/// A subgroup builtin value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubgroupBuiltin {
    /// `sg_size`
    Size,
    /// `sg_lane`
    Lane,
    /// `sg_id`
    Id,
    /// `sg_count`
    Count,
}

/// How a subgroup gather picks its source lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GatherOp {
    /// `sg_shuffle_*`: from a lane index.
    Shuffle,
    /// `sg_shuffle_xor_*`
    Xor,
    /// `sg_shuffle_down_*`
    Down,
    /// `sg_shuffle_up_*`
    Up,
    /// `sg_broadcast_first_*`
    BroadcastFirst,
}

/// A subgroup arithmetic operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectiveOp {
    /// `sg_reduce_add_*`
    ReduceAdd,
    /// `sg_reduce_min_*`
    ReduceMin,
    /// `sg_reduce_max_*`
    ReduceMax,
    /// `sg_inclusive_add_*`
    InclusiveAdd,
    /// `sg_exclusive_add_*`
    ExclusiveAdd,
}

/// The value type of a subgroup operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubgroupType {
    /// `u32`
    U32,
    /// `i32`
    I32,
    /// `f32`
    F32,
    /// `f64`
    F64,
}

/// A subgroup operation (see `everygpu_kernel::subgroup`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubgroupOp {
    /// Size, lane, subgroup id or count.
    Builtin(SubgroupBuiltin),
    /// A shuffle or broadcast.
    Gather(GatherOp, SubgroupType),
    /// A reduction or scan.
    Collective(CollectiveOp, SubgroupType),
    /// `sg_ballot(pred, word)`: word `word` of the ballot.
    Ballot,
    /// `sg_any(pred)`
    Any,
    /// `sg_all(pred)`
    All,
}

impl SubgroupOp {
    /// The class of subgroup operations it needs, as Vulkan names them
    /// (`everygpu_backend::shader::subgroup_ops`).
    pub fn class(self) -> u32 {
        use everygpu_backend::shader::subgroup_ops as ops;
        match self {
            SubgroupOp::Builtin(_) => ops::BASIC,
            SubgroupOp::Gather(GatherOp::Shuffle | GatherOp::Xor, _) => ops::SHUFFLE,
            SubgroupOp::Gather(GatherOp::Down | GatherOp::Up, _) => ops::SHUFFLE_RELATIVE,
            SubgroupOp::Gather(GatherOp::BroadcastFirst, _) | SubgroupOp::Ballot => ops::BALLOT,
            SubgroupOp::Collective(..) => ops::ARITHMETIC,
            SubgroupOp::Any | SubgroupOp::All => ops::VOTE,
        }
    }
}

/// Recognises `sg_*` imports.
fn classify_subgroup(name: &str) -> Option<SubgroupOp> {
    let rest = name.strip_prefix("sg_")?;
    Some(match rest {
        "size" => SubgroupOp::Builtin(SubgroupBuiltin::Size),
        "lane" => SubgroupOp::Builtin(SubgroupBuiltin::Lane),
        "id" => SubgroupOp::Builtin(SubgroupBuiltin::Id),
        "count" => SubgroupOp::Builtin(SubgroupBuiltin::Count),
        "ballot" => SubgroupOp::Ballot,
        "any" => SubgroupOp::Any,
        "all" => SubgroupOp::All,
        _ => {
            let (op, ty) = rest.rsplit_once('_')?;
            let ty = match ty {
                "u32" => SubgroupType::U32,
                "i32" => SubgroupType::I32,
                "f32" => SubgroupType::F32,
                "f64" => SubgroupType::F64,
                _ => return None,
            };
            let gather = match op {
                "shuffle" => Some(GatherOp::Shuffle),
                "shuffle_xor" => Some(GatherOp::Xor),
                "shuffle_down" => Some(GatherOp::Down),
                "shuffle_up" => Some(GatherOp::Up),
                "broadcast_first" => Some(GatherOp::BroadcastFirst),
                _ => None,
            };
            if let Some(g) = gather {
                if ty == SubgroupType::I32 {
                    return None;
                }
                return Some(SubgroupOp::Gather(g, ty));
            }
            let op = match op {
                "reduce_add" => CollectiveOp::ReduceAdd,
                "reduce_min" => CollectiveOp::ReduceMin,
                "reduce_max" => CollectiveOp::ReduceMax,
                "inclusive_add" => CollectiveOp::InclusiveAdd,
                "exclusive_add" => CollectiveOp::ExclusiveAdd,
                _ => return None,
            };
            SubgroupOp::Collective(op, ty)
        }
    })
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
    /// `sg_*`
    Subgroup(SubgroupOp),
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
        _ if name.starts_with("sg_") => Intrinsic::Subgroup(classify_subgroup(name)?),
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
