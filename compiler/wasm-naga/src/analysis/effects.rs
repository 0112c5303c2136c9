//! What each memory operator reads and writes, and the names the
//! lowering's errors give operators.

use super::*;

pub(super) enum EffKind {
    Load { width: u32 },
    Store { width: u32 },
    Bulk,
    Arith,
    KeepProv,
    Value,
}

pub(super) struct Effect {
    pub(super) pops: usize,
    pub(super) pushes: usize,
    pub(super) kind: EffKind,
}

/// Stack effect and provenance rule of the plain (non-control) instructions
/// the lowering supports; `None` for the unsupported ones.
pub(super) fn effect(op: &Operator<'_>) -> Option<Effect> {
    use Operator as O;
    let e = |pops, pushes, kind| Some(Effect { pops, pushes, kind });
    match op {
        O::I32Load { .. } | O::I64Load { .. } | O::F32Load { .. } | O::F64Load { .. } => {
            e(1, 1, EffKind::Load { width: load_width(op) })
        }
        O::I32Load8S { .. }
        | O::I32Load8U { .. }
        | O::I32Load16S { .. }
        | O::I32Load16U { .. }
        | O::I64Load8S { .. }
        | O::I64Load8U { .. }
        | O::I64Load16S { .. }
        | O::I64Load16U { .. }
        | O::I64Load32S { .. }
        | O::I64Load32U { .. } => e(1, 1, EffKind::Load { width: load_width(op) }),
        O::I32Store { .. }
        | O::I64Store { .. }
        | O::F32Store { .. }
        | O::F64Store { .. }
        | O::I32Store8 { .. }
        | O::I32Store16 { .. }
        | O::I64Store8 { .. }
        | O::I64Store16 { .. }
        | O::I64Store32 { .. } => e(2, 0, EffKind::Store { width: store_width(op) }),
        O::MemoryCopy { .. } | O::MemoryFill { .. } => e(3, 0, EffKind::Bulk),
        O::DataDrop { .. } | O::ElemDrop { .. } => e(0, 0, EffKind::Value),
        O::I32Add
        | O::I32Sub
        | O::I32And
        | O::I32Or
        | O::I32Xor
        | O::I32Shl
        | O::I32ShrU
        | O::I32ShrS
        | O::I32Rotl
        | O::I32Rotr
        | O::I64Add
        | O::I64Sub
        | O::I64And
        | O::I64Or
        | O::I64Xor
        | O::I64Shl
        | O::I64ShrU
        | O::I64ShrS
        | O::I64Rotl
        | O::I64Rotr => e(2, 1, EffKind::Arith),
        O::I32WrapI64 | O::I64ExtendI32U | O::I64ExtendI32S => e(1, 1, EffKind::KeepProv),
        O::I32Mul
        | O::I32DivS
        | O::I32DivU
        | O::I32RemS
        | O::I32RemU
        | O::I32Eq
        | O::I32Ne
        | O::I32LtS
        | O::I32LtU
        | O::I32GtS
        | O::I32GtU
        | O::I32LeS
        | O::I32LeU
        | O::I32GeS
        | O::I32GeU
        | O::I64Mul
        | O::I64DivS
        | O::I64DivU
        | O::I64RemS
        | O::I64RemU
        | O::I64Eq
        | O::I64Ne
        | O::I64LtS
        | O::I64LtU
        | O::I64GtS
        | O::I64GtU
        | O::I64LeS
        | O::I64LeU
        | O::I64GeS
        | O::I64GeU
        | O::F32Add
        | O::F32Sub
        | O::F32Mul
        | O::F32Div
        | O::F32Min
        | O::F32Max
        | O::F32Copysign
        | O::F32Eq
        | O::F32Ne
        | O::F32Lt
        | O::F32Gt
        | O::F32Le
        | O::F32Ge
        | O::F64Add
        | O::F64Sub
        | O::F64Mul
        | O::F64Div
        | O::F64Min
        | O::F64Max
        | O::F64Copysign
        | O::F64Eq
        | O::F64Ne
        | O::F64Lt
        | O::F64Gt
        | O::F64Le
        | O::F64Ge => e(2, 1, EffKind::Value),
        O::I32Eqz
        | O::I32Clz
        | O::I32Ctz
        | O::I32Popcnt
        | O::I32Extend8S
        | O::I32Extend16S
        | O::I64Eqz
        | O::I64Clz
        | O::I64Ctz
        | O::I64Popcnt
        | O::I64Extend8S
        | O::I64Extend16S
        | O::I64Extend32S
        | O::F32Abs
        | O::F32Neg
        | O::F32Sqrt
        | O::F32Ceil
        | O::F32Floor
        | O::F32Trunc
        | O::F32Nearest
        | O::F64Abs
        | O::F64Neg
        | O::F64Sqrt
        | O::F64Ceil
        | O::F64Floor
        | O::F64Trunc
        | O::F64Nearest
        | O::I32TruncF32S
        | O::I32TruncF32U
        | O::I32TruncF64S
        | O::I32TruncF64U
        | O::I64TruncF32S
        | O::I64TruncF32U
        | O::I64TruncF64S
        | O::I64TruncF64U
        | O::I32TruncSatF32S
        | O::I32TruncSatF32U
        | O::I32TruncSatF64S
        | O::I32TruncSatF64U
        | O::I64TruncSatF32S
        | O::I64TruncSatF32U
        | O::I64TruncSatF64S
        | O::I64TruncSatF64U
        | O::F32ConvertI32S
        | O::F32ConvertI32U
        | O::F32ConvertI64S
        | O::F32ConvertI64U
        | O::F32DemoteF64
        | O::F64ConvertI32S
        | O::F64ConvertI32U
        | O::F64ConvertI64S
        | O::F64ConvertI64U
        | O::F64PromoteF32
        | O::I32ReinterpretF32
        | O::I64ReinterpretF64
        | O::F32ReinterpretI32
        | O::F64ReinterpretI64 => e(1, 1, EffKind::Value),
        _ => None,
    }
}

/// The memory argument of a load or store.
pub fn memarg_of(op: &Operator<'_>) -> Option<wasmparser::MemArg> {
    use Operator as O;
    Some(match op {
        O::I32Load { memarg }
        | O::I64Load { memarg }
        | O::F32Load { memarg }
        | O::F64Load { memarg }
        | O::I32Load8S { memarg }
        | O::I32Load8U { memarg }
        | O::I32Load16S { memarg }
        | O::I32Load16U { memarg }
        | O::I64Load8S { memarg }
        | O::I64Load8U { memarg }
        | O::I64Load16S { memarg }
        | O::I64Load16U { memarg }
        | O::I64Load32S { memarg }
        | O::I64Load32U { memarg }
        | O::I32Store { memarg }
        | O::I64Store { memarg }
        | O::F32Store { memarg }
        | O::F64Store { memarg }
        | O::I32Store8 { memarg }
        | O::I32Store16 { memarg }
        | O::I64Store8 { memarg }
        | O::I64Store16 { memarg }
        | O::I64Store32 { memarg } => *memarg,
        _ => return None,
    })
}

/// Bytes read by a load instruction.
pub fn load_width(op: &Operator<'_>) -> u32 {
    use Operator as O;
    match op {
        O::I32Load8S { .. } | O::I32Load8U { .. } | O::I64Load8S { .. } | O::I64Load8U { .. } => 1,
        O::I32Load16S { .. } | O::I32Load16U { .. } | O::I64Load16S { .. } | O::I64Load16U { .. } => 2,
        O::I64Load { .. } | O::F64Load { .. } => 8,
        _ => 4,
    }
}

/// Bytes written by a store instruction.
pub fn store_width(op: &Operator<'_>) -> u32 {
    use Operator as O;
    match op {
        O::I32Store8 { .. } | O::I64Store8 { .. } => 1,
        O::I32Store16 { .. } | O::I64Store16 { .. } => 2,
        O::I64Store { .. } | O::F64Store { .. } => 8,
        _ => 4,
    }
}

/// A short name of a wasm instruction for error messages (`i32.load`, ...).
pub fn op_name(op: &Operator<'_>) -> String {
    let debug = format!("{op:?}");
    let head: String = debug.chars().take_while(|c| c.is_alphanumeric()).collect();
    // `I32TruncSatF32S` → `i32.trunc_sat_f32_s`, `MemorySize` → `memory.size`
    let mut out = String::new();
    let mut dotted = false;
    for (i, c) in head.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(if dotted { '_' } else { '.' });
            dotted = true;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}
