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

/// The element type of a matrix input tile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatrixElem {
    /// `f16`
    F16,
    /// `bf16`
    Bf16,
}

/// A matrix tile value (see `everygpu_kernel::matrix`): its role and type.
/// The analysis tracks tiles like pointers (`Prov::Matrix`), and the
/// translator keeps them in cooperative-matrix variables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatrixValue {
    /// A 16 × 16 tile of the left operand.
    A(MatrixElem),
    /// A 16 × 16 tile of the right operand.
    B(MatrixElem),
    /// A 16 × 16 tile of `f32` sums.
    Acc,
}

impl MatrixValue {
    /// The Rust type that holds it.
    pub fn rust_name(self) -> &'static str {
        match self {
            MatrixValue::A(MatrixElem::F16) => "TileA<f16>",
            MatrixValue::A(MatrixElem::Bf16) => "TileA<bf16>",
            MatrixValue::B(MatrixElem::F16) => "TileB<f16>",
            MatrixValue::B(MatrixElem::Bf16) => "TileB<bf16>",
            MatrixValue::Acc => "Accumulator",
        }
    }
}

/// A matrix tile operation (`mat_*` imports).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatrixOp {
    /// `mat_load_{a,b}_{f16,bf16}(ptr, stride_bytes)`
    Load(MatrixValue),
    /// `mat_zero()`
    Zero,
    /// `mat_load_acc(ptr, stride_bytes)`
    LoadAcc,
    /// `mat_store(acc, ptr, stride_bytes)`
    Store,
    /// `mat_scale(acc, s)`
    Scale,
    /// `mat_mma(acc, a, b)`
    Mma,
}

impl MatrixOp {
    /// The tile it returns, if it returns one.
    pub fn result(self) -> Option<MatrixValue> {
        match self {
            MatrixOp::Load(v) => Some(v),
            MatrixOp::Zero | MatrixOp::LoadAcc | MatrixOp::Scale | MatrixOp::Mma => Some(MatrixValue::Acc),
            MatrixOp::Store => None,
        }
    }
}

fn classify_matrix(name: &str) -> Option<MatrixOp> {
    use MatrixElem::{Bf16, F16};
    Some(match name {
        "mat_load_a_f16" => MatrixOp::Load(MatrixValue::A(F16)),
        "mat_load_a_bf16" => MatrixOp::Load(MatrixValue::A(Bf16)),
        "mat_load_b_f16" => MatrixOp::Load(MatrixValue::B(F16)),
        "mat_load_b_bf16" => MatrixOp::Load(MatrixValue::B(Bf16)),
        "mat_zero" => MatrixOp::Zero,
        "mat_load_acc" => MatrixOp::LoadAcc,
        "mat_store" => MatrixOp::Store,
        "mat_scale" => MatrixOp::Scale,
        "mat_mma" => MatrixOp::Mma,
        _ => return None,
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
    /// `mat_*`
    Matrix(MatrixOp),
    /// `shared_load_x4(p, lane)`: word `lane` of the 16 bytes at `p`, in a
    /// workgroup array.
    LoadX4,
    /// `shared_store_x4(p, x, y, z, w)`: 16 bytes at `p`, in a workgroup
    /// array.
    StoreX4,
    /// `buffer_load_x4(p, lane)`: word `lane` of the 16 bytes at `p`, in
    /// any memory (a buffer's through its `vec4` view).
    BufferLoadX4,
    /// `print_begin(site, site_len, words)`: reserves a `gpu_println!`
    /// record in the status buffer's print area.
    PrintBegin,
    /// `print_word(at, word)`: one word of a record.
    PrintWord,
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
        "shared_load_x4" => Intrinsic::LoadX4,
        "shared_store_x4" => Intrinsic::StoreX4,
        "buffer_load_x4" => Intrinsic::BufferLoadX4,
        "print_begin" => Intrinsic::PrintBegin,
        "print_word" => Intrinsic::PrintWord,
        _ if name.starts_with("sg_") => Intrinsic::Subgroup(classify_subgroup(name)?),
        _ if name.starts_with("mat_") => Intrinsic::Matrix(classify_matrix(name)?),
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
