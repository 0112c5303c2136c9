//! `gpu_println!` and `gpu_print!`: formatted output from kernel threads,
//! the same on every route.
//!
//! ```ignore
//! gpu_println!("thread {} of {:?}: sum = {sum:.3}", local_id().x, workgroup_id());
//! ```
//!
//! The format string takes `{}`, `{:?}`, `{name}` (a variable in scope),
//! `{0}`, the integer radixes `{:x}` `{:X}` `{:b}` `{:o}`, floats' `{:e}`,
//! and fill, alignment, sign, `#`, `0`, width and precision (`{:>8.3}`), as
//! `format!` reads them. Arguments are scalars (`u8`…`u64`, `i8`…`i64`,
//! `usize`, `isize`, `f32`, `f64`, `f16`, `bf16`, `bool`, `char`), [`Dim3`]
//! and arrays of scalars (`{:?}` only, as in Rust). What the macro cannot
//! print is a compile error at the call.
//!
//! **How it works.** A thread does not format anything: each call appends a
//! record to the launch's print area (after the status words, see
//! [`PRINT_AT`]) — its length, its call site, the thread's workgroup and
//! local index, and its arguments as words with their kinds. The call site
//! is a `&'static str` the macro builds (file, line, column and the format
//! string); the host resolves it after the launch (CUDA reads it from the
//! module's global memory, the CPU executor's log keeps it and numbers the
//! sites, as the shader route's lowering does with those it finds in the
//! module's data) and formats the records with
//! Rust's own formatting, ordered by workgroup, then thread, then call
//! order. Records past the area's capacity are dropped and counted.
//! Printing costs nothing in a kernel that does not print, and a kernel's
//! results do not depend on it. (This module is `print/mod.rs`: a kernel
//! crate's own `src/print.rs` then stays unambiguous in the code view's
//! map from PTX lines to source lines, which names inlined frames by
//! relative path.)

use crate::{arch, Dim3};

/// The first word of the print area in a launch's status buffer.
pub const PRINT_AT: usize = crate::STATUS_WORDS;
/// Words of the print area before its records: words reserved so far
/// (counting those of dropped records), records dropped, and the records'
/// capacity in words, which the host writes. The record that starts inside
/// the area but does not fit writes a zero length where it starts, which
/// ends the records.
pub const PRINT_HEADER_WORDS: usize = 3;
/// Words a record starts with: its length in words, the call site (two
/// words of address or an index, then the site's length in bytes), the
/// linear index of the thread's workgroup, and its linear index in the
/// workgroup.
pub const RECORD_HEADER_WORDS: u32 = 6;
/// The print area's capacity for records, in words (4 MiB: 2^16 records of
/// five `u32` arguments).
pub const PRINT_CAPACITY_WORDS: usize = 1 << 20;

/// The kind of an argument's value, the low byte of its kind word (the
/// next 24 bits count the elements of an array; 0 for a scalar).
pub mod kind {
    /// `u8`, `u16`, `u32`: one word.
    pub const U32: u32 = 1;
    /// `i8`, `i16`, `i32`: one word.
    pub const I32: u32 = 2;
    /// `f32`: one word (its bits).
    pub const F32: u32 = 3;
    /// `u64`, `usize`: two words, low first.
    pub const U64: u32 = 4;
    /// `i64`, `isize`: two words, low first.
    pub const I64: u32 = 5;
    /// `f64`: two words of its bits, low first.
    pub const F64: u32 = 6;
    /// `bool`: one word, 0 or 1.
    pub const BOOL: u32 = 7;
    /// `char`: one word.
    pub const CHAR: u32 = 8;
    /// `f16`: one word holding its bits.
    pub const F16: u32 = 9;
    /// `bf16`: one word holding its bits.
    pub const BF16: u32 = 10;
    /// [`Dim3`](crate::Dim3): three words.
    pub const DIM3: u32 = 11;
}

/// A record being written; see the module documentation.
pub struct Record(arch::PrintRecord);

impl Record {
    /// Starts a record of `words` words (header and arguments) for `site`,
    /// or `None` where it does not fit (it is counted as dropped) or nobody
    /// listens.
    #[inline(always)]
    pub fn begin(site: &'static str, words: u32) -> Option<Record> {
        arch::PrintRecord::begin(site, words).map(Record)
    }

    /// Appends one word.
    #[inline(always)]
    pub fn push(&mut self, word: u32) {
        self.0.push(word);
    }

    /// Ends the record.
    #[inline(always)]
    pub fn end(self) {
        self.0.end();
    }
}

/// A value `gpu_println!` can print: written as a kind word and its value's
/// words.
pub trait PrintArg {
    /// Words that [`PrintArg::write`] appends, the kind word included.
    const WORDS: u32;
    /// Appends the kind word and the value's words.
    fn write(&self, record: &mut Record);
}

/// A scalar `gpu_println!` prints: one kind, one or two words.
pub trait PrintScalar: Copy {
    /// Its kind ([`kind`]).
    const KIND: u32;
    /// Words of its value.
    const VALUE_WORDS: u32;
    /// Appends the value's words.
    fn write_value(self, record: &mut Record);
}

/// Arguments that `{}` prints (as `Display` does in Rust): scalars.
pub trait PrintDisplay {}
/// Arguments that `{:x}`, `{:X}`, `{:b}` and `{:o}` print: integers.
pub trait PrintInteger {}
/// Arguments that `{:e}` and `{:E}` print: floats.
pub trait PrintFloat {}

macro_rules! print_scalar {
    ($($t:ty => $kind:ident, $words:literal, |$v:ident| [$($w:expr),*] $(, $class:ident)?;)*) => {$(
        impl PrintScalar for $t {
            const KIND: u32 = kind::$kind;
            const VALUE_WORDS: u32 = $words;
            #[inline(always)]
            fn write_value(self, record: &mut Record) {
                let $v = self;
                $(record.push($w);)*
            }
        }
        impl PrintArg for $t {
            const WORDS: u32 = 1 + $words;
            #[inline(always)]
            fn write(&self, record: &mut Record) {
                record.push(kind::$kind);
                self.write_value(record);
            }
        }
        impl PrintDisplay for $t {}
        $(impl $class for $t {})?
    )*};
}
print_scalar! {
    u8 => U32, 1, |v| [v as u32], PrintInteger;
    u16 => U32, 1, |v| [v as u32], PrintInteger;
    u32 => U32, 1, |v| [v], PrintInteger;
    i8 => I32, 1, |v| [v as i32 as u32], PrintInteger;
    i16 => I32, 1, |v| [v as i32 as u32], PrintInteger;
    i32 => I32, 1, |v| [v as u32], PrintInteger;
    u64 => U64, 2, |v| [v as u32, (v >> 32) as u32], PrintInteger;
    usize => U64, 2, |v| [v as u32, (v as u64 >> 32) as u32], PrintInteger;
    i64 => I64, 2, |v| [v as u32, (v >> 32) as u32], PrintInteger;
    isize => I64, 2, |v| [v as u32, (v as i64 >> 32) as u32], PrintInteger;
    f32 => F32, 1, |v| [v.to_bits()], PrintFloat;
    f64 => F64, 2, |v| [v.to_bits() as u32, (v.to_bits() >> 32) as u32], PrintFloat;
    bool => BOOL, 1, |v| [v as u32];
    char => CHAR, 1, |v| [v as u32];
    half::f16 => F16, 1, |v| [v.to_bits() as u32];
    half::bf16 => BF16, 1, |v| [v.to_bits() as u32];
}

impl PrintArg for Dim3 {
    const WORDS: u32 = 4;
    #[inline(always)]
    fn write(&self, record: &mut Record) {
        record.push(kind::DIM3);
        record.push(self.x);
        record.push(self.y);
        record.push(self.z);
    }
}

impl<T: PrintScalar, const N: usize> PrintArg for [T; N] {
    const WORDS: u32 = {
        assert!(N < 1 << 16, "gpu_println!: arrays of at most 65535 elements");
        1 + N as u32 * T::VALUE_WORDS
    };
    #[inline(always)]
    fn write(&self, record: &mut Record) {
        record.push(T::KIND | (N as u32) << 8);
        for &v in self {
            v.write_value(record);
        }
    }
}
impl<T: PrintInteger, const N: usize> PrintInteger for [T; N] {}
impl<T: PrintFloat, const N: usize> PrintFloat for [T; N] {}

impl<T: PrintArg + ?Sized> PrintArg for &T {
    const WORDS: u32 = T::WORDS;
    #[inline(always)]
    fn write(&self, record: &mut Record) {
        (**self).write(record);
    }
}
impl<T: PrintArg + ?Sized> PrintArg for &mut T {
    const WORDS: u32 = T::WORDS;
    #[inline(always)]
    fn write(&self, record: &mut Record) {
        (**self).write(record);
    }
}
impl<T: PrintDisplay + ?Sized> PrintDisplay for &T {}
impl<T: PrintDisplay + ?Sized> PrintDisplay for &mut T {}
impl<T: PrintInteger + ?Sized> PrintInteger for &T {}
impl<T: PrintInteger + ?Sized> PrintInteger for &mut T {}
impl<T: PrintFloat + ?Sized> PrintFloat for &T {}
impl<T: PrintFloat + ?Sized> PrintFloat for &mut T {}

/// Checks at compile time that an argument can be printed with a spec;
/// the macro calls these with each argument.
#[doc(hidden)]
pub mod check {
    use super::*;
    #[inline(always)]
    pub fn display<T: PrintDisplay + PrintArg + ?Sized>(_: &T) {}
    #[inline(always)]
    pub fn debug<T: PrintArg + ?Sized>(_: &T) {}
    #[inline(always)]
    pub fn integer<T: PrintInteger + PrintArg + ?Sized>(_: &T) {}
    #[inline(always)]
    pub fn float<T: PrintFloat + PrintArg + ?Sized>(_: &T) {}
    /// The words an argument's record part takes.
    #[inline(always)]
    pub const fn words<T: PrintArg + ?Sized>(_: &T) -> u32 {
        T::WORDS
    }
}
