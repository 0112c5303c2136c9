//! The status buffer: how an invocation that cannot go on says why.
//!
//! Word 0 holds the site (its index among the kernel's panic messages, plus
//! one), written by the first invocation to get there (an atomic
//! compare-exchange from 0); that invocation then writes its local and
//! workgroup ids (words 1–6), the source line and column (7, 8), the file
//! name's length (9), from word [`STATUS_HEADER_WORDS`] the file name's
//! bytes, and from word [`STATUS_ARGS_AT`] the values the panic carries (an
//! index and a length), which the site's message names by
//! [`ARG_MARK`] and their place. The nvptx route, which knows no sites,
//! writes what kind of panic it was to word 0 instead and its message as
//! text from word [`STATUS_MESSAGE_AT`]. The host reads it back after every launch
//! ([`KernelPanic::from_status`](crate::KernelPanic::from_status)).
//!
//! [`record`] writes that in naga IR, for the lowering's panics and for
//! [`loop_limit`](crate::loop_limit).

use naga::{
    AtomicFunction, Block, Expression, Function, GlobalVariable, Handle, Literal, Module, PredeclaredType, Scalar,
    Span, Statement,
};

/// Bytes of a source file name kept in the status buffer.
pub const STATUS_FILE_BYTES: usize = 160;
/// Words of the status buffer before the file bytes.
pub const STATUS_HEADER_WORDS: u32 = 10;
/// The first word of the panic's values, after the file bytes.
pub const STATUS_ARGS_AT: u32 = STATUS_HEADER_WORDS + (STATUS_FILE_BYTES / 4) as u32;
/// How many values a panic can carry.
pub const STATUS_ARGS: u32 = 2;
/// Where the panic's message starts on the nvptx route, whose panic handler
/// records it as text: its length in bytes, then the bytes (see
/// `everygpu_kernel::STATUS_MESSAGE_AT`).
pub const STATUS_MESSAGE_AT: u32 = STATUS_ARGS_AT + STATUS_ARGS;
/// Bytes of a panic's message kept in the status buffer.
pub const STATUS_MESSAGE_BYTES: usize = 128;
/// In a panic site's message, this character and a digit `d` stand for the
/// panic's value `d` (`"the len is \u{1}1 but the index is \u{1}0"`).
pub const ARG_MARK: char = '\u{1}';

/// Core's messages for its index and range checks, worded as core words
/// them, with their two values marked ([`ARG_MARK`]): every GPU route
/// carries the values and the host fills them in.
pub mod core_message {
    /// `panic_bounds_check(index, len)`.
    pub const INDEX: &str = "index out of bounds: the len is \u{1}1 but the index is \u{1}0";
    /// A range whose start is past the slice's end: (start, len).
    pub const RANGE_START: &str = "range start index \u{1}0 out of range for slice of length \u{1}1";
    /// A range whose end is past the slice's end: (end, len).
    pub const RANGE_END: &str = "range end index \u{1}0 out of range for slice of length \u{1}1";
    /// A range that starts after it ends: (start, end).
    pub const RANGE_ORDER: &str = "slice index starts at \u{1}0 but ends at \u{1}1";
}

/// The bytes of a field written as a count word at `at` and then the bytes
/// (the file name, the nvptx route's message), at most `max` of them; `None`
/// where the words end before the count.
pub fn read_bytes(words: &[u32], at: usize, max: usize) -> Option<Vec<u8>> {
    let len = (*words.get(at)? as usize).min(max);
    Some(words[at + 1..].iter().flat_map(|w| w.to_le_bytes()).take(len).collect())
}

/// The site of a loop the driver ended ([`crate::loop_limit`]): word 0 then
/// holds `u32::MAX`, beyond any kernel's panic sites.
pub const DRIVER_STOPPED_SITE: u32 = u32::MAX - 1;

/// Where an invocation stopped.
pub struct Site<'a> {
    /// Its index among the kernel's panic messages.
    pub index: u32,
    /// A `u32` expression added to `index` at run time: a site whose
    /// message depends on its values has its messages in a row.
    pub choice: Option<Handle<Expression>>,
    /// The source line (a `u32` expression).
    pub line: Handle<Expression>,
    /// The source column (a `u32` expression).
    pub column: Handle<Expression>,
    /// The source file's name (cut to [`STATUS_FILE_BYTES`]).
    pub file: &'a [u8],
    /// The values the panic carries (`u32` expressions, at most
    /// [`STATUS_ARGS`]).
    pub args: &'a [Handle<Expression>],
}

/// What [`record`] needs of the function being written.
pub struct Target<'a> {
    /// The module (for the compare-exchange result type).
    pub module: &'a mut Module,
    /// The function whose body gets the statements.
    pub fun: &'a mut Function,
    /// The status buffer, an array of atomic `u32`s.
    pub status: Handle<GlobalVariable>,
    /// The local and workgroup id arguments (`vec3<u32>`).
    pub ids: [Handle<Expression>; 2],
}

/// Appends to `block` what records `site` in the status buffer, unless an
/// invocation did before. The caller ends the invocation after it (a
/// `return`) where the thread should leave.
pub fn record(target: &mut Target, block: &mut Block, site: &Site) {
    let cas_ty = target
        .module
        .generate_predeclared_type(PredeclaredType::AtomicCompareExchangeWeakResult(Scalar::U32));
    let fun = &mut *target.fun;
    let status = append(fun, Expression::GlobalVariable(target.status));
    let flag = emit(fun, block, Expression::AccessIndex { base: status, index: 0 });
    let zero = append(fun, Expression::Literal(Literal::U32(0)));
    let mut value = append(fun, Expression::Literal(Literal::U32(site.index + 1)));
    if let Some(choice) = site.choice {
        let binary = Expression::Binary {
            op: naga::BinaryOperator::Add,
            left: value,
            right: choice,
        };
        value = emit(fun, block, binary);
    }
    let result = append(
        fun,
        Expression::AtomicResult {
            ty: cas_ty,
            comparison: true,
        },
    );
    block.push(
        Statement::Atomic {
            pointer: flag,
            fun: AtomicFunction::Exchange { compare: Some(zero) },
            value,
            result: Some(result),
        },
        Span::UNDEFINED,
    );
    let won = emit(fun, block, Expression::AccessIndex { base: result, index: 1 });
    let mut first = Block::new();
    let mut words: Vec<(u32, Handle<Expression>)> = Vec::new();
    for (i, ids) in target.ids.into_iter().enumerate() {
        for d in 0..3 {
            let v = emit(fun, &mut first, Expression::AccessIndex { base: ids, index: d });
            words.push((1 + i as u32 * 3 + d, v));
        }
    }
    let file = &site.file[..site.file.len().min(STATUS_FILE_BYTES)];
    words.push((7, site.line));
    words.push((8, site.column));
    words.push((9, append(fun, Expression::Literal(Literal::U32(file.len() as u32)))));
    for (i, chunk) in file.chunks(4).enumerate() {
        let mut w = [0u8; 4];
        w[..chunk.len()].copy_from_slice(chunk);
        let v = append(fun, Expression::Literal(Literal::U32(u32::from_le_bytes(w))));
        words.push((STATUS_HEADER_WORDS + i as u32, v));
    }
    for (i, &v) in site.args.iter().take(STATUS_ARGS as usize).enumerate() {
        words.push((STATUS_ARGS_AT + i as u32, v));
    }
    for (index, value) in words {
        let status = append(fun, Expression::GlobalVariable(target.status));
        let pointer = emit(fun, &mut first, Expression::AccessIndex { base: status, index });
        first.push(Statement::Store { pointer, value }, Span::UNDEFINED);
    }
    block.push(
        Statement::If {
            condition: won,
            accept: first,
            reject: Block::new(),
        },
        Span::UNDEFINED,
    );
}

/// Appends an expression that needs no emitting (a literal, a variable).
fn append(fun: &mut Function, e: Expression) -> Handle<Expression> {
    fun.expressions.append(e, Span::UNDEFINED)
}

/// Appends `e` and emits it at the end of `block`.
pub fn emit(fun: &mut Function, block: &mut Block, e: Expression) -> Handle<Expression> {
    let h = fun.expressions.append(e, Span::UNDEFINED);
    block.push(Statement::Emit(naga::Range::new_from_bounds(h, h)), Span::UNDEFINED);
    h
}
