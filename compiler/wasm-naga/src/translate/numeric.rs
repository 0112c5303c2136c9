//! Numeric wasm instructions: integer and float arithmetic, comparisons,
//! conversions (including the saturating ones), bit counting and sign
//! extension. wasm integers are held as naga `u32`/`u64`; signed operations
//! bitcast to `i32`/`i64` and back.

use super::{Translator, H};
use crate::LowerError;
use naga::{BinaryOperator as B, Expression, Literal, MathFunction as M, ScalarKind, UnaryOperator};
use wasmparser::Operator;

#[derive(Clone, Copy, PartialEq)]
enum W {
    W32,
    W64,
}

impl Translator<'_, '_> {
    fn int_lit(&mut self, w: W, v: u64) -> H {
        match w {
            W::W32 => self.u32(v as u32),
            W::W64 => self.i64_const(v),
        }
    }

    /// The shift amount of a wasm shift: `b mod bits`, as u32.
    fn shift_amount(&mut self, w: W, b: H) -> H {
        let bits = if w == W::W32 { 31 } else { 63 };
        match self.fun.expressions.try_get(b) {
            Ok(Expression::Literal(Literal::U32(v))) => {
                let v = *v;
                return self.u32(v & bits);
            }
            Ok(Expression::Literal(Literal::U64(v))) => {
                let v = *v as u32;
                return self.u32(v & bits);
            }
            _ => {}
        }
        let m = self.int_lit(w, if w == W::W32 { 31 } else { 63 });
        let s = self.bin(B::And, b, m);
        if w == W::W64 {
            self.cast(s, ScalarKind::Uint, 4)
        } else {
            s
        }
    }

    /// An integer divisor, with a constant 0 replaced by 1: naga's validator
    /// rejects a division by a constant zero (wasm traps there, at run time
    /// only), and `x / 1 = x`, `x % 1 = 0` are what the shaders compute for
    /// a zero divisor at run time (WGSL's definition, which naga's SPIR-V
    /// follows).
    fn constant_divisor(&mut self, b: H) -> H {
        match self.fun.expressions.try_get(b) {
            Ok(Expression::Literal(Literal::U32(0))) => self.u32(1),
            Ok(Expression::Literal(Literal::U64(0))) => self.u64(1),
            _ => b,
        }
    }

    fn signed_bin(&mut self, op: B, a: H, b: H) -> H {
        let a = self.bitcast(a, ScalarKind::Sint);
        let b = self.bitcast(b, ScalarKind::Sint);
        let r = self.bin(op, a, b);
        self.bitcast(r, ScalarKind::Uint)
    }

    fn signed_cmp(&mut self, op: B, a: H, b: H) -> H {
        let a = self.bitcast(a, ScalarKind::Sint);
        let b = self.bitcast(b, ScalarKind::Sint);
        let r = self.bin(op, a, b);
        self.bool_u32(r)
    }

    /// IEEE `a != b` (true when either is NaN) as `!(a == b)`: naga writes a
    /// float `!=` as SPIR-V's ordered `OpFOrdNotEqual`, false for NaN.
    fn float_ne(&mut self, a: H, b: H) -> H {
        let eq = self.bin(B::Equal, a, b);
        self.expr(Expression::Unary {
            op: UnaryOperator::LogicalNot,
            expr: eq,
        })
    }

    pub(super) fn cmp(&mut self, op: B, a: H, b: H) -> H {
        let r = self.bin(op, a, b);
        self.bool_u32(r)
    }

    fn rotate(&mut self, w: W, a: H, b: H, left: bool) -> H {
        let bits = if w == W::W32 { 32 } else { 64 };
        let s = self.shift_amount(w, b);
        let total = self.u32(bits);
        let rest = self.bin(B::Subtract, total, s);
        let m = self.u32(bits - 1);
        let rest = self.bin(B::And, rest, m);
        let (first, second) = if left {
            (B::ShiftLeft, B::ShiftRight)
        } else {
            (B::ShiftRight, B::ShiftLeft)
        };
        let x = self.bin(first, a, s);
        let y = self.bin(second, a, rest);
        self.bin(B::InclusiveOr, x, y)
    }

    /// `clz`/`ctz`/`popcnt` of an i64, from its words.
    pub(super) fn count64(&mut self, fun: M, v: H) -> H {
        let (lo, hi) = self.i64_halves(v);
        let r = match fun {
            M::CountOneBits => {
                let a = self.math(M::CountOneBits, lo, None);
                let b = self.math(M::CountOneBits, hi, None);
                self.bin(B::Add, a, b)
            }
            M::CountLeadingZeros => {
                // hi != 0 ? clz(hi) : 32 + clz(lo)
                let a = self.math(M::CountLeadingZeros, hi, None);
                let b = self.math(M::CountLeadingZeros, lo, None);
                let k = self.u32(32);
                let b = self.bin(B::Add, b, k);
                let z = self.u32(0);
                let c = self.bin(B::NotEqual, hi, z);
                self.select(c, a, b)
            }
            _ => {
                // lo != 0 ? ctz(lo) : 32 + ctz(hi)
                let a = self.math(M::CountTrailingZeros, lo, None);
                let b = self.math(M::CountTrailingZeros, hi, None);
                let k = self.u32(32);
                let b = self.bin(B::Add, b, k);
                let z = self.u32(0);
                let c = self.bin(B::NotEqual, lo, z);
                self.select(c, a, b)
            }
        };
        self.i64_from_u32(r)
    }

    /// An i32 (as u32) sign-extended to an i64 (as u64), by shifts rather
    /// than an `OpSConvert`: lavapipe (Mesa 22.3) folds a signed 64-bit
    /// comparison against a sign-converted constant to the wrong answer.
    pub(super) fn sext_i32_to_i64(&mut self, v: H) -> H {
        if self.narrow {
            return self.pair_sext32(v);
        }
        let w = self.cast(v, ScalarKind::Uint, 8);
        self.sext(W::W64, w, 32)
    }

    fn sext(&mut self, w: W, v: H, bits: u32) -> H {
        let total = if w == W::W32 { 32 } else { 64 };
        let sh = self.u32(total - bits);
        let up = self.bin(B::ShiftLeft, v, sh);
        let i = self.bitcast(up, ScalarKind::Sint);
        let down = self.bin(B::ShiftRight, i, sh);
        self.bitcast(down, ScalarKind::Uint)
    }

    fn fconst(&mut self, f64: bool, v: f64) -> H {
        if f64 {
            self.lit(Literal::F64(v))
        } else {
            self.lit(Literal::F32(v as f32))
        }
    }

    /// Float → integer with wasm's saturating semantics (NaN → 0, clamped to
    /// the integer range); also used for the trapping forms, whose
    /// out-of-range inputs trap in wasm and are undefined in shaders.
    fn trunc_sat(&mut self, x: H, f64: bool, out64: bool, signed: bool) -> H {
        // The largest float of the source type below the integer range's top,
        // and the exclusive limit where the result saturates to MAX.
        let (lo, hi, limit) = match (out64, signed, f64) {
            (false, true, false) => (-2147483648.0, 2147483520.0, 2147483648.0),
            (false, true, true) => (-2147483648.0, 2147483647.0, 2147483648.0),
            (false, false, false) => (0.0, 4294967040.0, 4294967296.0),
            (false, false, true) => (0.0, 4294967295.0, 4294967296.0),
            (true, true, false) => (-9223372036854775808.0, 9223371487098961920.0, 9223372036854775808.0),
            (true, true, true) => (-9223372036854775808.0, 9223372036854774784.0, 9223372036854775808.0),
            (true, false, false) => (0.0, 18446742974197923840.0, 18446744073709551616.0),
            (true, false, true) => (0.0, 18446744073709549568.0, 18446744073709551616.0),
        };
        let is_nan = self.float_ne(x, x);
        let zero = self.fconst(f64, 0.0);
        let x0 = self.select(is_nan, zero, x);
        let lo_h = self.fconst(f64, lo);
        let hi_h = self.fconst(f64, hi);
        let c = self.expr(Expression::Math {
            fun: M::Clamp,
            arg: x0,
            arg1: Some(lo_h),
            arg2: Some(hi_h),
            arg3: None,
        });
        let width = if out64 { 8 } else { 4 };
        let kind = if signed { ScalarKind::Sint } else { ScalarKind::Uint };
        let v = self.cast(c, kind, width);
        let v = if signed { self.bitcast(v, ScalarKind::Uint) } else { v };
        let max = match (out64, signed) {
            (false, true) => self.u32(i32::MAX as u32),
            (false, false) => self.u32(u32::MAX),
            (true, true) => self.u64(i64::MAX as u64),
            (true, false) => self.u64(u64::MAX),
        };
        let limit_h = self.fconst(f64, limit);
        let over = self.bin(B::GreaterEqual, x0, limit_h);
        self.select(over, max, v)
    }

    fn int_to_float(&mut self, v: H, signed: bool, f64: bool) -> H {
        let v = if signed { self.bitcast(v, ScalarKind::Sint) } else { v };
        self.cast(v, ScalarKind::Float, if f64 { 8 } else { 4 })
    }

    /// Rounding to an integral value (`ceil`, `floor`, `trunc`, `nearest`
    /// as round-half-even). IEEE gives the result the input's sign
    /// (`trunc(-0.5)` is `-0.0`); drivers are not that careful (lavapipe's
    /// f64 `Trunc` returns `+0.0`), so the sign is copied explicitly.
    ///
    /// f64 `trunc` and `nearest` are built from `floor` and `ceil`: lavapipe
    /// (Mesa 22.3) returns f64 `Trunc` and `RoundEven` unchanged from 2^23 up
    /// (the f32 limit of fractional values) and rounds 1.5 to 1.
    fn round(&mut self, fun: M, x: H, f64: bool) -> H {
        let r = match (fun, f64) {
            (M::Trunc, true) => {
                // x < 0 ? ceil(x) : floor(x)
                let zero = self.fconst(true, 0.0);
                let negative = self.bin(B::Less, x, zero);
                let c = self.math(M::Ceil, x, None);
                let f = self.math(M::Floor, x, None);
                self.select(negative, c, f)
            }
            (M::Round, true) => {
                // f = floor(x), d = x - f (exact); up when d > 0.5, or d == 0.5
                // and f is odd. From 2^52 up x is integral and d is 0.
                let f = self.math(M::Floor, x, None);
                let d = self.bin(B::Subtract, x, f);
                let half = self.fconst(true, 0.5);
                let above = self.bin(B::Greater, d, half);
                let tie = self.bin(B::Equal, d, half);
                let f_half = self.bin(B::Multiply, f, half);
                let f_half = self.math(M::Floor, f_half, None);
                let two = self.fconst(true, 2.0);
                let even_part = self.bin(B::Multiply, f_half, two);
                let parity = self.bin(B::Subtract, f, even_part);
                let one = self.fconst(true, 1.0);
                let odd = self.bin(B::Equal, parity, one);
                let tie_odd = self.bin(B::LogicalAnd, tie, odd);
                let up = self.bin(B::LogicalOr, above, tie_odd);
                let f1 = self.bin(B::Add, f, one);
                self.select(up, f1, f)
            }
            _ => self.math(fun, x, None),
        };
        self.copysign(r, x, f64)
    }

    /// wasm `min`/`max`: NaN when either operand is NaN, and `-0.0` below
    /// `+0.0`. SPIR-V's `FMin`/`FMax` leave both open (drivers return the
    /// other operand for a NaN), so neither is used: a comparison picks the
    /// operand, equal operands (which covers ±0) combine their bits (OR keeps
    /// a sign for `min`, AND clears it for `max`), and `a + b` gives the NaN.
    fn min_max(&mut self, a: H, b: H, min: bool) -> H {
        let pick_a = self.bin(if min { B::Less } else { B::Greater }, a, b);
        let r = self.select(pick_a, a, b);
        let ua = self.bitcast(a, ScalarKind::Uint);
        let ub = self.bitcast(b, ScalarKind::Uint);
        let both = self.bin(if min { B::InclusiveOr } else { B::And }, ua, ub);
        let both = self.bitcast(both, ScalarKind::Float);
        let eq = self.bin(B::Equal, a, b);
        let r = self.select(eq, both, r);
        let a_nan = self.float_ne(a, a);
        let b_nan = self.float_ne(b, b);
        let nan = self.bin(B::LogicalOr, a_nan, b_nan);
        let sum = self.bin(B::Add, a, b);
        self.select(nan, sum, r)
    }

    /// wasm `a / b`. Vulkan defines `OpFDiv` only for divisors in the normal
    /// range, and lavapipe gives `x / 0.0` as 0: a zero divisor is handled
    /// here, as IEEE does, with an infinity of the operands' combined sign,
    /// or NaN for `0 / 0` and `NaN / 0`.
    fn float_div(&mut self, a: H, b: H, f64: bool) -> H {
        let q = self.bin(B::Divide, a, b);
        let zero = self.fconst(f64, 0.0);
        let b_zero = self.bin(B::Equal, b, zero);
        let a_zero = self.bin(B::Equal, a, zero);
        let a_nan = self.float_ne(a, a);
        let nan_case = self.bin(B::LogicalOr, a_zero, a_nan);
        let (inf, nan) = if f64 {
            (
                self.f64_bits(0x7ff0_0000_0000_0000),
                self.f64_bits(0x7ff8_0000_0000_0000),
            )
        } else {
            (self.f32_bits(0x7f80_0000), self.f32_bits(0x7fc0_0000))
        };
        // The sign of a / ±0 is sign(a) xor sign(b).
        let ua = self.bitcast(a, ScalarKind::Uint);
        let ub = self.bitcast(b, ScalarKind::Uint);
        let signs = self.bin(B::ExclusiveOr, ua, ub);
        let signs = self.bitcast(signs, ScalarKind::Float);
        let inf = self.copysign(inf, signs, f64);
        let special = self.select(nan_case, nan, inf);
        self.select(b_zero, special, q)
    }

    /// wasm `abs` and `neg`, which are defined on the bits (the sign bit
    /// cleared or flipped, NaN payloads kept): `bits & !sign` (`op` And) or
    /// `bits ^ sign` (ExclusiveOr). `FAbs`/`FNegate` are arithmetic to
    /// drivers: lavapipe folds `FAbs(-0.0)` to `-0.0`.
    fn sign_bit(&mut self, a: H, f64: bool, op: B) -> H {
        let w = if f64 { W::W64 } else { W::W32 };
        let sign: u64 = if f64 { 0x8000_0000_0000_0000 } else { 0x8000_0000 };
        let mask = if op == B::And {
            !sign & if f64 { u64::MAX } else { 0xffff_ffff }
        } else {
            sign
        };
        let m = self.int_lit(w, mask);
        let bits = self.bitcast(a, ScalarKind::Uint);
        let r = self.bin(op, bits, m);
        self.bitcast(r, ScalarKind::Float)
    }

    fn copysign(&mut self, a: H, b: H, f64: bool) -> H {
        let ua = self.bitcast(a, ScalarKind::Uint);
        let ub = self.bitcast(b, ScalarKind::Uint);
        let w = if f64 { W::W64 } else { W::W32 };
        let (mag, sign) = if f64 {
            (0x7fff_ffff_ffff_ffff, 0x8000_0000_0000_0000)
        } else {
            (0x7fff_ffff, 0x8000_0000)
        };
        let m = self.int_lit(w, mag);
        let s = self.int_lit(w, sign);
        let x = self.bin(B::And, ua, m);
        let y = self.bin(B::And, ub, s);
        let r = self.bin(B::InclusiveOr, x, y);
        self.bitcast(r, ScalarKind::Float)
    }

    /// Lowers one numeric instruction on the operand stack.
    pub(super) fn numeric(&mut self, op: &Operator<'_>, stack: &mut Vec<H>) -> Result<(), LowerError> {
        use Operator as O;
        if self.narrow && self.pair_numeric(op, stack)? {
            return Ok(());
        }
        macro_rules! pop {
            () => {
                stack
                    .pop()
                    .ok_or_else(|| self.err("has an operand stack underflow"))?
            };
        }
        macro_rules! bin {
            ($f:expr) => {{
                let b = pop!();
                let a = pop!();
                let r = $f(self, a, b);
                stack.push(r);
            }};
        }
        macro_rules! un {
            ($f:expr) => {{
                let a = pop!();
                let r = $f(self, a);
                stack.push(r);
            }};
        }
        match op {
            O::I32Add | O::I64Add | O::F32Add | O::F64Add => bin!(|t: &mut Self, a, b| t.bin(B::Add, a, b)),
            O::I32Sub | O::I64Sub | O::F32Sub | O::F64Sub => bin!(|t: &mut Self, a, b| t.bin(B::Subtract, a, b)),
            O::I32Mul | O::I64Mul | O::F32Mul | O::F64Mul => bin!(|t: &mut Self, a, b| t.bin(B::Multiply, a, b)),
            O::I32DivU | O::I64DivU => bin!(|t: &mut Self, a, b| {
                let b = t.constant_divisor(b);
                t.bin(B::Divide, a, b)
            }),
            O::F32Div | O::F64Div => bin!(|t: &mut Self, a, b| t.float_div(a, b, matches!(op, O::F64Div))),
            O::I32RemU | O::I64RemU => bin!(|t: &mut Self, a, b| {
                let b = t.constant_divisor(b);
                t.bin(B::Modulo, a, b)
            }),
            O::I32DivS | O::I64DivS => bin!(|t: &mut Self, a, b| {
                let b = t.constant_divisor(b);
                t.signed_bin(B::Divide, a, b)
            }),
            O::I32RemS | O::I64RemS => bin!(|t: &mut Self, a, b| {
                let b = t.constant_divisor(b);
                t.signed_bin(B::Modulo, a, b)
            }),
            O::I32And | O::I64And => bin!(|t: &mut Self, a, b| t.bin(B::And, a, b)),
            O::I32Or | O::I64Or => bin!(|t: &mut Self, a, b| t.bin(B::InclusiveOr, a, b)),
            O::I32Xor | O::I64Xor => bin!(|t: &mut Self, a, b| t.bin(B::ExclusiveOr, a, b)),
            O::I32Shl | O::I64Shl => {
                let w = if matches!(op, O::I32Shl) { W::W32 } else { W::W64 };
                bin!(|t: &mut Self, a, b| {
                    let s = t.shift_amount(w, b);
                    t.bin(B::ShiftLeft, a, s)
                })
            }
            O::I32ShrU | O::I64ShrU => {
                let w = if matches!(op, O::I32ShrU) { W::W32 } else { W::W64 };
                bin!(|t: &mut Self, a, b| {
                    let s = t.shift_amount(w, b);
                    t.bin(B::ShiftRight, a, s)
                })
            }
            O::I32ShrS | O::I64ShrS => {
                let w = if matches!(op, O::I32ShrS) { W::W32 } else { W::W64 };
                bin!(|t: &mut Self, a, b| {
                    let s = t.shift_amount(w, b);
                    let i = t.bitcast(a, ScalarKind::Sint);
                    let r = t.bin(B::ShiftRight, i, s);
                    t.bitcast(r, ScalarKind::Uint)
                })
            }
            O::I32Rotl => bin!(|t: &mut Self, a, b| t.rotate(W::W32, a, b, true)),
            O::I32Rotr => bin!(|t: &mut Self, a, b| t.rotate(W::W32, a, b, false)),
            O::I64Rotl => bin!(|t: &mut Self, a, b| t.rotate(W::W64, a, b, true)),
            O::I64Rotr => bin!(|t: &mut Self, a, b| t.rotate(W::W64, a, b, false)),
            O::I32Eq | O::I64Eq | O::F32Eq | O::F64Eq => bin!(|t: &mut Self, a, b| t.cmp(B::Equal, a, b)),
            O::I32Ne | O::I64Ne => bin!(|t: &mut Self, a, b| t.cmp(B::NotEqual, a, b)),
            O::F32Ne | O::F64Ne => bin!(|t: &mut Self, a, b| {
                let r = t.float_ne(a, b);
                t.bool_u32(r)
            }),
            O::I32LtU | O::I64LtU | O::F32Lt | O::F64Lt => bin!(|t: &mut Self, a, b| t.cmp(B::Less, a, b)),
            O::I32GtU | O::I64GtU | O::F32Gt | O::F64Gt => bin!(|t: &mut Self, a, b| t.cmp(B::Greater, a, b)),
            O::I32LeU | O::I64LeU | O::F32Le | O::F64Le => bin!(|t: &mut Self, a, b| t.cmp(B::LessEqual, a, b)),
            O::I32GeU | O::I64GeU | O::F32Ge | O::F64Ge => bin!(|t: &mut Self, a, b| t.cmp(B::GreaterEqual, a, b)),
            O::I32LtS | O::I64LtS => bin!(|t: &mut Self, a, b| t.signed_cmp(B::Less, a, b)),
            O::I32GtS | O::I64GtS => bin!(|t: &mut Self, a, b| t.signed_cmp(B::Greater, a, b)),
            O::I32LeS | O::I64LeS => bin!(|t: &mut Self, a, b| t.signed_cmp(B::LessEqual, a, b)),
            O::I32GeS | O::I64GeS => bin!(|t: &mut Self, a, b| t.signed_cmp(B::GreaterEqual, a, b)),
            O::I32Eqz => un!(|t: &mut Self, a| {
                let z = t.u32(0);
                t.cmp(B::Equal, a, z)
            }),
            O::I64Eqz => un!(|t: &mut Self, a| {
                let z = t.i64_const(0);
                t.cmp(B::Equal, a, z)
            }),
            O::I32Clz => un!(|t: &mut Self, a| t.math(M::CountLeadingZeros, a, None)),
            O::I32Ctz => un!(|t: &mut Self, a| t.math(M::CountTrailingZeros, a, None)),
            O::I32Popcnt => un!(|t: &mut Self, a| t.math(M::CountOneBits, a, None)),
            O::I64Clz => un!(|t: &mut Self, a| t.count64(M::CountLeadingZeros, a)),
            O::I64Ctz => un!(|t: &mut Self, a| t.count64(M::CountTrailingZeros, a)),
            O::I64Popcnt => un!(|t: &mut Self, a| t.count64(M::CountOneBits, a)),
            O::I32Extend8S => un!(|t: &mut Self, a| t.sext(W::W32, a, 8)),
            O::I32Extend16S => un!(|t: &mut Self, a| t.sext(W::W32, a, 16)),
            O::I64Extend8S => un!(|t: &mut Self, a| t.sext(W::W64, a, 8)),
            O::I64Extend16S => un!(|t: &mut Self, a| t.sext(W::W64, a, 16)),
            O::I64Extend32S => un!(|t: &mut Self, a| t.sext(W::W64, a, 32)),
            O::I32WrapI64 => un!(|t: &mut Self, a| t.cast(a, ScalarKind::Uint, 4)),
            O::I64ExtendI32U => un!(|t: &mut Self, a| t.cast(a, ScalarKind::Uint, 8)),
            O::I64ExtendI32S => un!(|t: &mut Self, a| t.sext_i32_to_i64(a)),
            O::F32Min | O::F64Min => bin!(|t: &mut Self, a, b| t.min_max(a, b, true)),
            O::F32Max | O::F64Max => bin!(|t: &mut Self, a, b| t.min_max(a, b, false)),
            O::F32Copysign => bin!(|t: &mut Self, a, b| t.copysign(a, b, false)),
            O::F64Copysign => bin!(|t: &mut Self, a, b| t.copysign(a, b, true)),
            O::F32Abs | O::F64Abs => un!(|t: &mut Self, a| t.sign_bit(a, matches!(op, O::F64Abs), B::And)),
            O::F32Neg | O::F64Neg => un!(|t: &mut Self, a| t.sign_bit(a, matches!(op, O::F64Neg), B::ExclusiveOr)),
            O::F32Sqrt | O::F64Sqrt => un!(|t: &mut Self, a| t.math(M::Sqrt, a, None)),
            O::F32Ceil | O::F64Ceil => un!(|t: &mut Self, a| t.round(M::Ceil, a, matches!(op, O::F64Ceil))),
            O::F32Floor | O::F64Floor => un!(|t: &mut Self, a| t.round(M::Floor, a, matches!(op, O::F64Floor))),
            O::F32Trunc | O::F64Trunc => un!(|t: &mut Self, a| t.round(M::Trunc, a, matches!(op, O::F64Trunc))),
            O::F32Nearest | O::F64Nearest => {
                un!(|t: &mut Self, a| t.round(M::Round, a, matches!(op, O::F64Nearest)))
            }
            O::I32TruncF32S | O::I32TruncSatF32S => un!(|t: &mut Self, a| t.trunc_sat(a, false, false, true)),
            O::I32TruncF32U | O::I32TruncSatF32U => un!(|t: &mut Self, a| t.trunc_sat(a, false, false, false)),
            O::I32TruncF64S | O::I32TruncSatF64S => un!(|t: &mut Self, a| t.trunc_sat(a, true, false, true)),
            O::I32TruncF64U | O::I32TruncSatF64U => un!(|t: &mut Self, a| t.trunc_sat(a, true, false, false)),
            O::I64TruncF32S | O::I64TruncSatF32S => un!(|t: &mut Self, a| t.trunc_sat(a, false, true, true)),
            O::I64TruncF32U | O::I64TruncSatF32U => un!(|t: &mut Self, a| t.trunc_sat(a, false, true, false)),
            O::I64TruncF64S | O::I64TruncSatF64S => un!(|t: &mut Self, a| t.trunc_sat(a, true, true, true)),
            O::I64TruncF64U | O::I64TruncSatF64U => un!(|t: &mut Self, a| t.trunc_sat(a, true, true, false)),
            O::F32ConvertI32S | O::F32ConvertI64S => un!(|t: &mut Self, a| t.int_to_float(a, true, false)),
            O::F32ConvertI32U | O::F32ConvertI64U => un!(|t: &mut Self, a| t.int_to_float(a, false, false)),
            O::F64ConvertI32S | O::F64ConvertI64S => un!(|t: &mut Self, a| t.int_to_float(a, true, true)),
            O::F64ConvertI32U | O::F64ConvertI64U => un!(|t: &mut Self, a| t.int_to_float(a, false, true)),
            O::F32DemoteF64 => un!(|t: &mut Self, a| t.cast(a, ScalarKind::Float, 4)),
            O::F64PromoteF32 => un!(|t: &mut Self, a| t.cast(a, ScalarKind::Float, 8)),
            O::I32ReinterpretF32 | O::I64ReinterpretF64 => un!(|t: &mut Self, a| t.bitcast(a, ScalarKind::Uint)),
            O::F32ReinterpretI32 | O::F64ReinterpretI64 => un!(|t: &mut Self, a| t.bitcast(a, ScalarKind::Float)),
            _ => {
                return Err(self.err(format!(
                    "uses the wasm instruction `{}`, which the shader route cannot lower",
                    crate::analysis::op_name(op)
                )))
            }
        }
        Ok(())
    }
}
