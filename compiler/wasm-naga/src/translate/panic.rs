//! Panics: the site of each records its message and location in the
//! status buffer, and the panicking invocation ends (or, with uniform
//! panics, goes on with its results discarded).

use super::*;

/// A panic that follows a block's end (see [`Translator::panic_landing`]).
#[derive(Clone, Debug)]
pub(super) struct Landing {
    /// The panic function (or the `panic` import).
    callee: u32,
    args: Vec<LandingArg>,
    types: Vec<ValType>,
}

/// An argument of a landing's panic call.
#[derive(Clone, Copy, Debug)]
enum LandingArg {
    Const(u32),
    /// A local the landing does not change.
    Local(u32),
    Computed,
}

/// The panic after the `end` at `end`, if straight-line code (no branch,
/// no call) leads from it to a panic call and `unreachable`.
fn landing_after(m: &WasmModule<'_>, facts: &analysis::FuncFacts, ops: &[Operator<'_>], end: usize) -> Option<Landing> {
    let mut stack: Vec<LandingArg> = Vec::new();
    let mut written = HashSet::new();
    for pc in end + 1..ops.len() {
        match ops[pc] {
            Operator::I32Const { value } => stack.push(LandingArg::Const(value as u32)),
            Operator::LocalGet { local_index } => stack.push(LandingArg::Local(local_index)),
            Operator::Call { function_index } => {
                let panics = facts.is_panic_fn(function_index)
                    || m.import(function_index)
                        .and_then(intrinsics::classify)
                        .is_some_and(|k| k == Intrinsic::Panic);
                if !panics || !matches!(ops.get(pc + 1), Some(Operator::Unreachable)) {
                    return None;
                }
                let types = m.func_type(function_index)?.params().to_vec();
                let args = stack
                    .split_off(stack.len().checked_sub(types.len())?)
                    .into_iter()
                    .map(|a| match a {
                        LandingArg::Local(i) if written.contains(&i) => LandingArg::Computed,
                        other => other,
                    })
                    .collect();
                return Some(Landing {
                    callee: function_index,
                    args,
                    types,
                });
            }
            ref op => {
                // Anything else without control flow: its stack effect.
                if matches!(
                    op,
                    Operator::Block { .. }
                        | Operator::Loop { .. }
                        | Operator::If { .. }
                        | Operator::Else
                        | Operator::End
                        | Operator::Br { .. }
                        | Operator::BrIf { .. }
                        | Operator::BrTable { .. }
                        | Operator::Return
                        | Operator::Unreachable
                        | Operator::CallIndirect { .. }
                ) {
                    return None;
                }
                if let Operator::LocalSet { local_index } | Operator::LocalTee { local_index } = *op {
                    written.insert(local_index);
                }
                let (pops, pushes) = op.operator_arity(&NoModule)?;
                stack.truncate(stack.len().checked_sub(pops as usize)?);
                stack.extend(std::iter::repeat_n(LandingArg::Computed, pushes as usize));
            }
        }
    }
    None
}

/// Module facts for [`Operator::operator_arity`] of operators that need
/// none (those of straight-line code): every query is unanswered.
struct NoModule;

impl wasmparser::ModuleArity for NoModule {
    fn sub_type_at(&self, _: u32) -> Option<&wasmparser::SubType> {
        None
    }
    fn tag_type_arity(&self, _: u32) -> Option<(u32, u32)> {
        None
    }
    fn type_index_of_function(&self, _: u32) -> Option<u32> {
        None
    }
    fn func_type_of_cont_type(&self, _: &wasmparser::ContType) -> Option<&wasmparser::FuncType> {
        None
    }
    fn sub_type_of_ref_type(&self, _: &wasmparser::RefType) -> Option<&wasmparser::SubType> {
        None
    }
    fn control_stack_height(&self) -> u32 {
        0
    }
    fn label_block(&self, _: u32) -> Option<(wasmparser::BlockType, wasmparser::FrameKind)> {
        None
    }
}

impl Translator<'_, '_> {
    /// With [`LowerOptions::uniform_panics`]: the panic that follows the end
    /// of frame `target`, a block a branch goes to (rustc's landing of a
    /// bounds or overflow check: straight-line code that builds the panic's
    /// arguments, the call of a panic function, `unreachable`).
    pub(super) fn panic_landing(
        &self,
        ops: &[Operator<'_>],
        target: usize,
        landings: &mut HashMap<usize, Option<Landing>>,
    ) -> Option<Landing> {
        let fr = self.frames.get(target)?;
        if !self.uniform_panics || fr.kind != Kind::Block || !fr.result_types.is_empty() {
            return None;
        }
        landings
            .entry(fr.start)
            .or_insert_with(|| {
                // A block's body ends at its own `end` (it has no `else`).
                let end = skip_dead(ops, fr.start + 1);
                match ops.get(end) {
                    Some(Operator::End) => landing_after(self.m, self.facts, ops, end),
                    _ => None,
                }
            })
            .clone()
    }

    /// Records `landing`'s panic here, with the arguments the branch would
    /// pass: constants and unchanged locals as they are, anything computed
    /// (a message's formatted values) as 0, which the panic's message does
    /// not need.
    pub(super) fn inline_panic(&mut self, landing: Landing, locals: &FnLocals) -> Result<(), LowerError> {
        let mut args = Vec::with_capacity(landing.args.len());
        for (arg, ty) in landing.args.into_iter().zip(landing.types) {
            args.push(match arg {
                LandingArg::Const(v) => self.u32(v),
                LandingArg::Local(i) => {
                    let l = *locals
                        .vars
                        .get(i as usize)
                        .ok_or_else(|| self.err("reads a missing local"))?;
                    self.load_local(l)
                }
                LandingArg::Computed => self.val_zero(ty),
            });
        }
        match self.m.import(landing.callee) {
            Some(_) => self.panic_import(&args),
            None => self.panicking_call(landing.callee, &args).map(|_| ()),
        }
    }

    // ------------------------------------------------------------------- panics

    /// Records a panic site: the first panicking invocation writes the status
    /// buffer; the invocation ends.
    pub(super) fn panic_site(&mut self, message: String, location: Option<(Vec<u8>, H, H)>) -> Result<(), LowerError> {
        self.panic_site_with(message, location, &[])
    }

    /// As [`Self::panic_site`], with the values the panic carries (`u32`
    /// expressions), which `message` names by [`status::ARG_MARK`].
    fn panic_site_with(
        &mut self,
        message: String,
        location: Option<(Vec<u8>, H, H)>,
        args: &[H],
    ) -> Result<(), LowerError> {
        self.panic_sites_with(vec![message], None, location, args)
    }

    /// As [`Self::panic_site_with`], with one of several `messages`, the
    /// one `choice` (a `u32` expression) picks at run time.
    fn panic_sites_with(
        &mut self,
        messages: Vec<String>,
        choice: Option<H>,
        location: Option<(Vec<u8>, H, H)>,
        args: &[H],
    ) -> Result<(), LowerError> {
        let index = self.panic_messages.len() as u32;
        self.panic_messages.extend(messages);
        let (file, line, column) = match location {
            Some(l) => l,
            None => (Vec::new(), self.u32(0), self.u32(0)),
        };
        let mut block = Block::new();
        let mut target = status::Target {
            module: &mut self.module,
            fun: &mut self.fun,
            status: self.status,
            ids: [self.builtins[0], self.builtins[1]],
        };
        let site = status::Site {
            index,
            choice,
            line,
            column,
            file: &file,
            args,
        };
        status::record(&mut target, &mut block, &site);
        if !self.uniform_panics {
            // The thread leaves (see `LowerOptions::uniform_panics`).
            block.push(Statement::Return { value: None }, Span::UNDEFINED);
        }
        self.block().append(&mut block);
        Ok(())
    }

    /// If a call of `callee` panics, records the panic site and says so: a
    /// function of core's panic chain, or a recursive call. Code around a
    /// call cycle that never runs (a crate's rarely taken path) still runs;
    /// the recursive call panics when it runs, since the shader route inlines
    /// every call and has no call stack.
    pub(super) fn panicking_call(&mut self, callee: u32, args: &[H]) -> Result<bool, LowerError> {
        if self.facts.is_panic_fn(callee) {
            self.panic_call(callee, args)?;
        } else if self.inline_stack.contains(&callee) {
            let message = format!(
                "`{}` recursed into `{}`: recursion is not supported on this route",
                self.m.rust_name(self.current),
                self.m.rust_name(callee)
            );
            self.panic_site(message, None)?;
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// A call of the `panic` import itself (a panic handler inlined by rustc).
    pub(super) fn panic_import(&mut self, args: &[H]) -> Result<(), LowerError> {
        let file = match (args.first(), args.get(1)) {
            (Some(&p), Some(&l)) => match (self.literal_u32(p), self.literal_u32(l)) {
                (Some(p), Some(l)) => self.m.read_data(p, l.min(STATUS_FILE_BYTES as u32)).unwrap_or_default(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let line = match args.get(2) {
            Some(&h) => h,
            None => self.u32(0),
        };
        let col = match args.get(3) {
            Some(&h) => h,
            None => self.u32(0),
        };
        self.panic_site("explicit panic".into(), Some((file, line, col)))
    }

    /// A call of a function of core's panic chain.
    fn panic_call(&mut self, callee: u32, args: &[H]) -> Result<(), LowerError> {
        let name = self.m.rust_name(callee);
        let mut message = panic_message(&name);
        // `core::panicking::panic(msg)`, `expect_failed(msg)`: a constant message.
        if name.ends_with("panicking::panic") || name.contains("expect_failed") {
            if let (Some(&p), Some(&l)) = (args.first(), args.get(1)) {
                if let (Some(p), Some(l)) = (self.literal_u32(p), self.literal_u32(l)) {
                    if let Some(s) = self.m.read_data(p, l.min(4096)).and_then(|b| String::from_utf8(b).ok()) {
                        message = s;
                    }
                }
            }
        }
        // `panic_fmt(fmt::Arguments, location)`, as rustc 1.96 passes it: a
        // literal message is (str pointer, len << 1 | 1); otherwise a constant
        // template (a length byte and that many literal bytes, 0xc0 for an
        // argument, 0 at the end) and the arguments, shown as `{}`.
        if name.ends_with("panic_fmt") {
            let first = args.first().and_then(|&h| self.literal_u32(h));
            let second = args.get(1).and_then(|&h| self.literal_u32(h));
            let text = match (first, second) {
                (Some(p), Some(l)) if l & 1 == 1 => self
                    .m
                    .read_data(p, (l >> 1).min(4096))
                    .and_then(|b| String::from_utf8(b).ok()),
                (Some(t), _) => self.decode_template(t),
                _ => None,
            };
            if let Some(text) = text {
                message = text;
            }
        }
        let location = args.last().and_then(|&h| self.literal_u32(h)).and_then(|addr| {
            let bytes = self.m.read_data(addr, 16)?;
            let word = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
            let file = self.m.read_data(word(0), word(4).min(STATUS_FILE_BYTES as u32))?;
            std::str::from_utf8(&file).ok()?;
            Some((file, word(8), word(12)))
        });
        let location = match location {
            Some((file, line, col)) => {
                let line = self.u32(line);
                let col = self.u32(col);
                Some((file, line, col))
            }
            None => None,
        };
        // Core's index and slice checks pass their values (`usize`, an `i32`
        // on wasm32) before the location: the message names them as the
        // CPU's does.
        let all_i32 = self
            .m
            .func_type(callee)
            .is_some_and(|t| t.params().iter().all(|p| *p == wasmparser::ValType::I32));
        let last = name.rsplit("::").next().unwrap_or_default();
        if last == "slice_index_fail" && args.len() == 4 && all_i32 {
            return self.slice_index_fail([args[0], args[1], args[2]], location);
        }
        match VALUE_MESSAGES.iter().find(|(needle, _)| last == *needle) {
            Some((_, template)) if args.len() == 3 && all_i32 => {
                self.panic_site_with(template.to_string(), location, &args[..2])
            }
            _ => self.panic_site(message, location),
        }
    }

    /// Core's `slice_index_fail(start, end, len)`: one of three messages,
    /// chosen as core chooses, with the two values it names.
    fn slice_index_fail(
        &mut self,
        [start, end, len]: [H; 3],
        location: Option<(Vec<u8>, H, H)>,
    ) -> Result<(), LowerError> {
        use status::core_message::{RANGE_END, RANGE_ORDER, RANGE_START};
        let messages = [RANGE_START, RANGE_END, RANGE_ORDER].map(String::from);
        let start_past = self.bin(B::Greater, start, len);
        let end_past = self.bin(B::Greater, end, len);
        let reversed = self.bin(B::Greater, start, end);
        // Past the end comes before reversed; a range that is neither ends
        // at the slice's length and is inclusive (`..=len`): its end is past.
        let pick = |t: &mut Self, start_case: H, end_case: H, order_case: H| {
            let rest = t.select(reversed, order_case, end_case);
            let rest = t.select(end_past, end_case, rest);
            t.select(start_past, start_case, rest)
        };
        let (zero, one, two) = (self.u32(0), self.u32(1), self.u32(2));
        let choice = pick(self, zero, one, two);
        let first = pick(self, start, end, start);
        let second = pick(self, len, len, end);
        self.panic_sites_with(messages.into(), Some(choice), location, &[first, second])
    }

    /// Decodes a constant `format_args!` template; `None` for anything unexpected.
    fn decode_template(&self, mut addr: u32) -> Option<String> {
        let mut out = Vec::new();
        loop {
            let b = self.m.read_data(addr, 1)?[0];
            addr = addr.checked_add(1)?;
            match b {
                0 => break,
                1..=0x7f => {
                    out.extend(self.m.read_data(addr, b as u32)?);
                    addr = addr.checked_add(b as u32)?;
                }
                0xc0 => out.extend_from_slice(b"{}"),
                _ => return None,
            }
            if out.len() > 1024 {
                return None;
            }
        }
        let text = String::from_utf8(out).ok()?;
        (!text.is_empty()).then_some(text)
    }
}

/// The panics of core's index and slice checks that carry two values (an
/// index and a length or end), and their messages as core words them, the
/// values marked ([`status::core_message`]).
const VALUE_MESSAGES: &[(&str, &str)] = &[
    ("panic_bounds_check", status::core_message::INDEX),
    ("slice_start_index_len_fail", status::core_message::RANGE_START),
    ("slice_end_index_len_fail", status::core_message::RANGE_END),
    ("slice_index_order_fail", status::core_message::RANGE_ORDER),
];
