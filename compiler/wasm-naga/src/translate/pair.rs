//! wasm's 64-bit integers as pairs of 32-bit words, for kernels whose Rust
//! source has no 64-bit integers.
//!
//! rustc's wasm carries `i64` values that the source never wrote: the
//! (pointer, length) pairs of panic messages stored to the stack, 8-byte
//! moves of structs, the widened product of `u32::checked_mul`. Lowered as
//! `u64`, they make a kernel need 64-bit integer support, which GL before
//! 4.6 with extensions, WebGPU, and many mobile GPUs lack. So when every
//! `i64` instruction a kernel reaches has an exact 32-bit form
//! ([`narrow_ok`]), its `i64` values are `vec2<u32>` (low word first) and
//! the instructions become 32-bit arithmetic: adds with carries, products
//! with high halves, shifts across the two words, comparisons of the high
//! word then the low one. Kernels with 64-bit divisions, float conversions,
//! f64, or buffers of 8-byte integers keep `u64` (their source uses them).

use super::{Translator, H};
use crate::analysis::Provenance;
use crate::module::WasmModule;
use everygpu_backend::{ManifestKernel, Param};
use naga::{BinaryOperator as B, Expression, Literal, RelationalFunction, ScalarKind, Type, VectorSize};
use wasmparser::Operator;

/// Whether every 64-bit integer instruction of the functions the kernel
/// reaches has a 32-bit form, and the kernel has no f64 instruction (whose
/// bit manipulations go through `u64`) and no buffer of 8-byte elements:
/// then its `i64` values, mutable globals included, are word pairs.
pub(crate) fn narrow_ok(m: &WasmModule<'_>, prov: &Provenance, kernel: &ManifestKernel) -> bool {
    let eight_byte_buffers = kernel.params.iter().any(|p| match p {
        Param::Buffer { elem, .. } | Param::Shared { elem, .. } => elem
            .fields
            .iter()
            .any(|(_, _, s)| matches!(s.as_str(), "u64" | "i64" | "f64")),
        Param::Scalar { scalar, .. } => scalar == "f64",
    });
    if eight_byte_buffers {
        return false;
    }
    let mut functions: Vec<u32> = prov.instances.keys().map(|(f, _)| *f).collect();
    functions.sort_unstable();
    functions.dedup();
    functions.into_iter().all(|f| {
        let Some(func) = m.defined(f) else { return true };
        func.ops.iter().all(narrow_op)
    })
}

/// Whether `op` has an exact lowering when `i64` values are word pairs.
fn narrow_op(op: &Operator<'_>) -> bool {
    use Operator as O;
    // No operator that makes or reads an `f64` (its name says so:
    // `f64.add`, `i64.trunc_f64_u`, `f32.demote_f64`): the f64 it reads may
    // come from no `f64.*` operator at all (a zeroed `f64` local).
    if crate::analysis::op_name(op).contains("f64") {
        return false;
    }
    !matches!(
        op,
        O::I64DivS
            | O::I64DivU
            | O::I64RemS
            | O::I64RemU
            | O::I64TruncF32S
            | O::I64TruncF32U
            | O::I64TruncSatF32S
            | O::I64TruncSatF32U
            | O::F32ConvertI64S
            | O::F32ConvertI64U
    )
}

impl Translator<'_, '_> {
    /// The type of a pair: `vec2<u32>`.
    pub(super) fn pair_type(&mut self) -> naga::Handle<Type> {
        self.vec2_type(naga::Scalar::U32)
    }

    /// `vec2<scalar>`.
    pub(super) fn vec2_type(&mut self, scalar: naga::Scalar) -> naga::Handle<Type> {
        super::vector_type(&mut self.module, VectorSize::Bi, scalar)
    }

    /// An `i64` from its low and high words (`u64`, or a pair).
    pub(super) fn i64_join(&mut self, lo: H, hi: H) -> H {
        if self.narrow {
            let ty = self.pair_type();
            return self.expr(Expression::Compose {
                ty,
                components: vec![lo, hi],
            });
        }
        let lo = self.cast(lo, ScalarKind::Uint, 8);
        let hi = self.cast(hi, ScalarKind::Uint, 8);
        let s = self.u32(32);
        let hi = self.bin(B::ShiftLeft, hi, s);
        self.bin(B::InclusiveOr, lo, hi)
    }

    /// The low and high words of an `i64`.
    pub(super) fn i64_halves(&mut self, v: H) -> (H, H) {
        if self.narrow {
            let lo = self.expr(Expression::AccessIndex { base: v, index: 0 });
            let hi = self.expr(Expression::AccessIndex { base: v, index: 1 });
            return (lo, hi);
        }
        let lo = self.cast(v, ScalarKind::Uint, 4);
        let s = self.u32(32);
        let hi = self.bin(B::ShiftRight, v, s);
        let hi = self.cast(hi, ScalarKind::Uint, 4);
        (lo, hi)
    }

    /// The `i64` constant `v`.
    pub(super) fn i64_const(&mut self, v: u64) -> H {
        if self.narrow {
            let lo = self.u32(v as u32);
            let hi = self.u32((v >> 32) as u32);
            return self.i64_join(lo, hi);
        }
        self.lit(Literal::U64(v))
    }

    /// `i64.extend_i32_u`.
    pub(super) fn i64_from_u32(&mut self, x: H) -> H {
        if self.narrow {
            let zero = self.u32(0);
            return self.i64_join(x, zero);
        }
        self.cast(x, ScalarKind::Uint, 8)
    }

    /// `i32.wrap_i64`: the low word.
    pub(super) fn i64_wrap(&mut self, v: H) -> H {
        if self.narrow {
            return self.expr(Expression::AccessIndex { base: v, index: 0 });
        }
        self.cast(v, ScalarKind::Uint, 4)
    }

    /// The high word of `x` sign-extended: `0` or `!0`.
    fn sign_word(&mut self, x: H) -> H {
        let i = self.bitcast(x, ScalarKind::Sint);
        let s = self.u32(31);
        let r = self.bin(B::ShiftRight, i, s);
        self.bitcast(r, ScalarKind::Uint)
    }

    /// `i64.extend_i32_s` of a pair.
    pub(super) fn pair_sext32(&mut self, x: H) -> H {
        let hi = self.sign_word(x);
        self.i64_join(x, hi)
    }

    fn pair_add(&mut self, a: H, b: H, subtract: bool) -> H {
        let (al, ah) = self.i64_halves(a);
        let (bl, bh) = self.i64_halves(b);
        let (op, lo) = if subtract {
            (B::Subtract, self.bin(B::Subtract, al, bl))
        } else {
            (B::Add, self.bin(B::Add, al, bl))
        };
        // The carry (borrow) out of the low word, as 0 or 1.
        let carried = if subtract {
            self.bin(B::Less, al, bl)
        } else {
            self.bin(B::Less, lo, al)
        };
        let carry = self.bool_u32(carried);
        let hi = self.bin(op, ah, bh);
        let hi = self.bin(op, hi, carry);
        self.i64_join(lo, hi)
    }

    /// The high word of the 64-bit product of two words, from 16-bit halves.
    fn mul_hi(&mut self, x: H, y: H) -> H {
        let m16 = self.u32(0xffff);
        let s16 = self.u32(16);
        let xl = self.bin(B::And, x, m16);
        let xh = self.bin(B::ShiftRight, x, s16);
        let yl = self.bin(B::And, y, m16);
        let yh = self.bin(B::ShiftRight, y, s16);
        let p0 = self.bin(B::Multiply, xl, yl);
        let p1 = self.bin(B::Multiply, xl, yh);
        let p2 = self.bin(B::Multiply, xh, yl);
        let p3 = self.bin(B::Multiply, xh, yh);
        // The middle column: below 2^18, no overflow.
        let mid = self.bin(B::ShiftRight, p0, s16);
        let p1l = self.bin(B::And, p1, m16);
        let p2l = self.bin(B::And, p2, m16);
        let mid = self.bin(B::Add, mid, p1l);
        let mid = self.bin(B::Add, mid, p2l);
        let p1h = self.bin(B::ShiftRight, p1, s16);
        let p2h = self.bin(B::ShiftRight, p2, s16);
        let midh = self.bin(B::ShiftRight, mid, s16);
        let hi = self.bin(B::Add, p3, p1h);
        let hi = self.bin(B::Add, hi, p2h);
        self.bin(B::Add, hi, midh)
    }

    fn pair_mul(&mut self, a: H, b: H) -> H {
        let (al, ah) = self.i64_halves(a);
        let (bl, bh) = self.i64_halves(b);
        let lo = self.bin(B::Multiply, al, bl);
        let hi = self.mul_hi(al, bl);
        let c1 = self.bin(B::Multiply, al, bh);
        let c2 = self.bin(B::Multiply, ah, bl);
        let hi = self.bin(B::Add, hi, c1);
        let hi = self.bin(B::Add, hi, c2);
        self.i64_join(lo, hi)
    }

    /// The shift amount of an `i64` shift: its low word mod 64, split into
    /// (amount mod 32, amount ≥ 32).
    fn pair_shift_amount(&mut self, b: H) -> (H, H) {
        let (bl, _) = self.i64_halves(b);
        let m = self.u32(31);
        let s = self.bin(B::And, bl, m);
        let thirty_two = self.u32(32);
        let bit = self.bin(B::And, bl, thirty_two);
        let zero = self.u32(0);
        let big = self.bin(B::NotEqual, bit, zero);
        (s, big)
    }

    /// `x >> (32 - s)` for `s` in 0..32, as `(x >> 1) >> (31 - s)` (0 for s = 0).
    fn spill_right(&mut self, x: H, s: H) -> H {
        let one = self.u32(1);
        let k = self.u32(31);
        let x1 = self.bin(B::ShiftRight, x, one);
        let r = self.bin(B::Subtract, k, s);
        self.bin(B::ShiftRight, x1, r)
    }

    /// `x << (32 - s)` for `s` in 0..32 (0 for s = 0).
    fn spill_left(&mut self, x: H, s: H) -> H {
        let one = self.u32(1);
        let k = self.u32(31);
        let x1 = self.bin(B::ShiftLeft, x, one);
        let r = self.bin(B::Subtract, k, s);
        self.bin(B::ShiftLeft, x1, r)
    }

    fn pair_shl(&mut self, a: H, b: H) -> H {
        let (lo, hi) = self.i64_halves(a);
        let (s, big) = self.pair_shift_amount(b);
        let lo_s = self.bin(B::ShiftLeft, lo, s);
        let hi_s = self.bin(B::ShiftLeft, hi, s);
        let carry = self.spill_right(lo, s);
        let small_hi = self.bin(B::InclusiveOr, hi_s, carry);
        let zero = self.u32(0);
        let new_lo = self.select(big, zero, lo_s);
        let new_hi = self.select(big, lo_s, small_hi);
        self.i64_join(new_lo, new_hi)
    }

    fn pair_shr(&mut self, a: H, b: H, signed: bool) -> H {
        let (lo, hi) = self.i64_halves(a);
        let (s, big) = self.pair_shift_amount(b);
        let lo_s = self.bin(B::ShiftRight, lo, s);
        let hi_s = if signed {
            let i = self.bitcast(hi, ScalarKind::Sint);
            let r = self.bin(B::ShiftRight, i, s);
            self.bitcast(r, ScalarKind::Uint)
        } else {
            self.bin(B::ShiftRight, hi, s)
        };
        let carry = self.spill_left(hi, s);
        let small_lo = self.bin(B::InclusiveOr, lo_s, carry);
        let fill = if signed { self.sign_word(hi) } else { self.u32(0) };
        let new_lo = self.select(big, hi_s, small_lo);
        let new_hi = self.select(big, fill, hi_s);
        self.i64_join(new_lo, new_hi)
    }

    fn pair_rotate(&mut self, a: H, b: H, left: bool) -> H {
        // rotl(a, s) = (a << s) | (a >> (64 - s)); the shifts take s mod 64.
        let (bl, _) = self.i64_halves(b);
        let sixty_four = self.u32(64);
        let rest = self.bin(B::Subtract, sixty_four, bl);
        let rest = self.i64_from_u32(rest);
        let (x, y) = if left {
            (self.pair_shl(a, b), self.pair_shr(a, rest, false))
        } else {
            (self.pair_shr(a, b, false), self.pair_shl(a, rest))
        };
        self.bin(B::InclusiveOr, x, y)
    }

    /// An ordered comparison: the high words decide unless equal.
    fn pair_cmp(&mut self, op: B, a: H, b: H, signed: bool) -> H {
        let (al, ah) = self.i64_halves(a);
        let (bl, bh) = self.i64_halves(b);
        let (ah2, bh2) = if signed {
            (self.bitcast(ah, ScalarKind::Sint), self.bitcast(bh, ScalarKind::Sint))
        } else {
            (ah, bh)
        };
        let strict = match op {
            B::Less | B::LessEqual => B::Less,
            _ => B::Greater,
        };
        let high = self.bin(strict, ah2, bh2);
        let same = self.bin(B::Equal, ah, bh);
        let low = self.bin(op, al, bl);
        let tie = self.bin(B::LogicalAnd, same, low);
        let r = self.bin(B::LogicalOr, high, tie);
        self.bool_u32(r)
    }

    fn pair_eq(&mut self, a: H, b: H, equal: bool) -> H {
        let each = self.bin(B::Equal, a, b);
        let all = self.expr(Expression::Relational {
            fun: RelationalFunction::All,
            argument: each,
        });
        let r = if equal {
            all
        } else {
            self.expr(Expression::Unary {
                op: naga::UnaryOperator::LogicalNot,
                expr: all,
            })
        };
        self.bool_u32(r)
    }

    /// `i64.extend{8,16,32}_s` of a pair: the low word sign-extended.
    fn pair_extend(&mut self, a: H, bits: u32) -> H {
        let lo = self.i64_wrap(a);
        let lo = if bits < 32 { self.sext32(lo, bits) } else { lo };
        self.pair_sext32(lo)
    }

    /// Lowers one `i64` numeric instruction on pairs; `false` when `op` is
    /// not one.
    pub(super) fn pair_numeric(&mut self, op: &Operator<'_>, stack: &mut Vec<H>) -> Result<bool, crate::LowerError> {
        use Operator as O;
        let arity = match op {
            O::I64Add
            | O::I64Sub
            | O::I64Mul
            | O::I64And
            | O::I64Or
            | O::I64Xor
            | O::I64Shl
            | O::I64ShrU
            | O::I64ShrS
            | O::I64Rotl
            | O::I64Rotr
            | O::I64Eq
            | O::I64Ne
            | O::I64LtU
            | O::I64LtS
            | O::I64GtU
            | O::I64GtS
            | O::I64LeU
            | O::I64LeS
            | O::I64GeU
            | O::I64GeS => 2,
            O::I64Eqz
            | O::I64Clz
            | O::I64Ctz
            | O::I64Popcnt
            | O::I64Extend8S
            | O::I64Extend16S
            | O::I64Extend32S
            | O::I32WrapI64
            | O::I64ExtendI32U
            | O::I64ExtendI32S => 1,
            _ => return Ok(false),
        };
        if stack.len() < arity {
            return Err(self.err("has an operand stack underflow"));
        }
        let args = stack.split_off(stack.len() - arity);
        let (a, b) = (args[0], args.get(1).copied().unwrap_or(args[0]));
        let r = match op {
            O::I64Add => self.pair_add(a, b, false),
            O::I64Sub => self.pair_add(a, b, true),
            O::I64Mul => self.pair_mul(a, b),
            O::I64And => self.bin(B::And, a, b),
            O::I64Or => self.bin(B::InclusiveOr, a, b),
            O::I64Xor => self.bin(B::ExclusiveOr, a, b),
            O::I64Shl => self.pair_shl(a, b),
            O::I64ShrU => self.pair_shr(a, b, false),
            O::I64ShrS => self.pair_shr(a, b, true),
            O::I64Rotl => self.pair_rotate(a, b, true),
            O::I64Rotr => self.pair_rotate(a, b, false),
            O::I64Eq => self.pair_eq(a, b, true),
            O::I64Ne => self.pair_eq(a, b, false),
            O::I64LtU => self.pair_cmp(B::Less, a, b, false),
            O::I64LtS => self.pair_cmp(B::Less, a, b, true),
            O::I64GtU => self.pair_cmp(B::Greater, a, b, false),
            O::I64GtS => self.pair_cmp(B::Greater, a, b, true),
            O::I64LeU => self.pair_cmp(B::LessEqual, a, b, false),
            O::I64LeS => self.pair_cmp(B::LessEqual, a, b, true),
            O::I64GeU => self.pair_cmp(B::GreaterEqual, a, b, false),
            O::I64GeS => self.pair_cmp(B::GreaterEqual, a, b, true),
            O::I64Eqz => {
                let (lo, hi) = self.i64_halves(a);
                let any = self.bin(B::InclusiveOr, lo, hi);
                let zero = self.u32(0);
                self.cmp(B::Equal, any, zero)
            }
            O::I64Clz | O::I64Ctz | O::I64Popcnt => {
                let fun = match op {
                    O::I64Clz => naga::MathFunction::CountLeadingZeros,
                    O::I64Ctz => naga::MathFunction::CountTrailingZeros,
                    _ => naga::MathFunction::CountOneBits,
                };
                self.count64(fun, a)
            }
            O::I64Extend8S => self.pair_extend(a, 8),
            O::I64Extend16S => self.pair_extend(a, 16),
            O::I64Extend32S => self.pair_extend(a, 32),
            O::I32WrapI64 => self.i64_wrap(a),
            O::I64ExtendI32U => self.i64_from_u32(a),
            _ => self.pair_sext32(a),
        };
        stack.push(r);
        Ok(true)
    }
}
