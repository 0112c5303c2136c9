//! Floating-point functions that `core` lacks, mapped per route: `std` on the
//! host, PTX instructions and `libm` on nvptx, shader builtins on wasm.

use crate::arch;

/// Math on `f32` and `f64` that works in every kernel.
pub trait Float: Copy {
    /// Square root.
    fn sqrt(self) -> Self;
    /// `e^self`.
    fn exp(self) -> Self;
    /// Natural logarithm.
    fn ln(self) -> Self;
    /// Sine.
    fn sin(self) -> Self;
    /// Cosine.
    fn cos(self) -> Self;
    /// `self^y`.
    fn powf(self, y: Self) -> Self;
    /// Largest integer not above.
    fn floor(self) -> Self;
    /// Smallest integer not below.
    fn ceil(self) -> Self;
    /// Absolute value.
    fn abs(self) -> Self;
}

macro_rules! float {
    ($t:ty: $sqrt:ident $exp:ident $log:ident $sin:ident $cos:ident $pow:ident $floor:ident $ceil:ident $abs:ident) => {
        impl Float for $t {
            #[inline(always)]
            fn sqrt(self) -> Self {
                arch::$sqrt(self)
            }
            #[inline(always)]
            fn exp(self) -> Self {
                arch::$exp(self)
            }
            #[inline(always)]
            fn ln(self) -> Self {
                arch::$log(self)
            }
            #[inline(always)]
            fn sin(self) -> Self {
                arch::$sin(self)
            }
            #[inline(always)]
            fn cos(self) -> Self {
                arch::$cos(self)
            }
            #[inline(always)]
            fn powf(self, y: Self) -> Self {
                arch::$pow(self, y)
            }
            #[inline(always)]
            fn floor(self) -> Self {
                arch::$floor(self)
            }
            #[inline(always)]
            fn ceil(self) -> Self {
                arch::$ceil(self)
            }
            #[inline(always)]
            fn abs(self) -> Self {
                arch::$abs(self)
            }
        }
    };
}
float!(f32: sqrt_f32 exp_f32 log_f32 sin_f32 cos_f32 pow_f32 floor_f32 ceil_f32 abs_f32);
float!(f64: sqrt_f64 exp_f64 log_f64 sin_f64 cos_f64 pow_f64 floor_f64 ceil_f64 abs_f64);
