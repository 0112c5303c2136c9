//! everygpu's imported intrinsics (thread indices, barriers, atomics,
//! math, parameters) as naga expressions and statements.

use super::*;

impl Translator<'_, '_> {
    // --------------------------------------------------------------- intrinsics

    pub(super) fn const_arg(&self, args: &[H], what: &str) -> Result<u32, LowerError> {
        args.first()
            .and_then(|&h| self.literal_u32(h))
            .ok_or_else(|| self.err(format!("calls `{what}` with an argument that is not a constant")))
    }

    /// Reserves a `gpu_println!` record in the status buffer's print area
    /// and writes its header (see `everygpu_backend::print`): the word where
    /// its arguments go, or `u32::MAX` where it does not fit (it is counted
    /// as dropped, and where it started inside the area, it ends the
    /// records there with a zero length).
    fn print_begin(&mut self, args: &[H]) -> Result<H, LowerError> {
        use everygpu_backend::print::{PRINT_AT, PRINT_HEADER_WORDS, RECORD_HEADER_WORDS};
        let (&[site, site_len, words], _) = args.split_at(3) else {
            return Err(self.err("calls `print_begin` without its three arguments"));
        };
        let (Some(site), Some(site_len)) = (self.literal_u32(site), self.literal_u32(site_len)) else {
            return Err(self.err("prints (`gpu_println!`) with a call site that is not a constant"));
        };
        let text = self
            .m
            .read_data(site, site_len)
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| self.err("prints (`gpu_println!`) with a call site outside the module's data"))?;
        let number = match self.print_sites.iter().position(|s| *s == text) {
            Some(i) => i as u32,
            None => {
                self.print_sites.push(text);
                self.print_sites.len() as u32 - 1
            }
        };
        let word_at = |t: &mut Self, index: H| {
            let status = t.global_ptr(t.status);
            t.expr(Expression::Access { base: status, index })
        };
        let status = self.global_ptr(self.status);
        let counter = self.expr(Expression::AccessIndex {
            base: status,
            index: PRINT_AT as u32,
        });
        let u32_ty = scalar_type(&mut self.module, Scalar::U32);
        let start = self.expr(Expression::AtomicResult {
            ty: u32_ty,
            comparison: false,
        });
        self.stmt(Statement::Atomic {
            pointer: counter,
            fun: AtomicFunction::Add,
            value: words,
            result: Some(start),
        });
        let status = self.global_ptr(self.status);
        let capacity = self.expr(Expression::AccessIndex {
            base: status,
            index: (PRINT_AT + 2) as u32,
        });
        let capacity = self.load(capacity);
        let end = self.bin(B::Add, start, words);
        let no_wrap = self.bin(B::GreaterEqual, end, start);
        let inside = self.bin(B::LessEqual, end, capacity);
        let fits = self.bin(B::LogicalAnd, no_wrap, inside);
        let at = self.local(Scalar::U32, Some("print_at".into()));
        let none = self.u32(u32::MAX);
        self.store_local(at, none);
        let first_record = self.u32((PRINT_AT + PRINT_HEADER_WORDS) as u32);
        let record = self.bin(B::Add, start, first_record);

        // It fits: the header, then where the arguments go.
        self.blocks.push(Block::new());
        let [local, group, groups] = self.builtins;
        let [sx, sy, _] = self.kernel.workgroup_size;
        let component = |t: &mut Self, v: H, i: u32| t.expr(Expression::AccessIndex { base: v, index: i });
        let linear = |t: &mut Self, v: H, dims: [H; 2]| {
            let [x, y, z] = [0, 1, 2].map(|i| component(t, v, i));
            let yz = t.bin(B::Multiply, dims[1], z);
            let yz = t.bin(B::Add, y, yz);
            let xyz = t.bin(B::Multiply, dims[0], yz);
            t.bin(B::Add, x, xyz)
        };
        let group_dims = [component(self, groups, 0), component(self, groups, 1)];
        let group_linear = linear(self, group, group_dims);
        let local_dims = [self.u32(sx), self.u32(sy)];
        let local_linear = linear(self, local, local_dims);
        let header = [
            words,
            self.u32(number),
            self.u32(0),
            self.u32(site_len),
            group_linear,
            local_linear,
        ];
        for (i, value) in header.into_iter().enumerate() {
            let offset = self.u32(i as u32);
            let index = self.bin(B::Add, record, offset);
            let pointer = word_at(self, index);
            self.stmt(Statement::Store { pointer, value });
        }
        let header_words = self.u32(RECORD_HEADER_WORDS as u32);
        let args_at = self.bin(B::Add, record, header_words);
        self.store_local(at, args_at);
        let accept = self.blocks.pop().unwrap_or_default();

        // It does not: counted, and the last record to start inside the
        // area ends the records.
        self.blocks.push(Block::new());
        let starts_inside = self.bin(B::Less, start, capacity);
        self.blocks.push(Block::new());
        let pointer = word_at(self, record);
        let zero = self.u32(0);
        self.stmt(Statement::Store { pointer, value: zero });
        let end_records = self.blocks.pop().unwrap_or_default();
        self.stmt(Statement::If {
            condition: starts_inside,
            accept: end_records,
            reject: Block::new(),
        });
        let status = self.global_ptr(self.status);
        let dropped = self.expr(Expression::AccessIndex {
            base: status,
            index: (PRINT_AT + 1) as u32,
        });
        let one = self.u32(1);
        let old = self.expr(Expression::AtomicResult {
            ty: u32_ty,
            comparison: false,
        });
        self.stmt(Statement::Atomic {
            pointer: dropped,
            fun: AtomicFunction::Add,
            value: one,
            result: Some(old),
        });
        let reject = self.blocks.pop().unwrap_or_default();
        self.stmt(Statement::If {
            condition: fits,
            accept,
            reject,
        });
        Ok(self.load_local(at))
    }

    fn param_word(&mut self, index: u32) -> H {
        let p = self.global_ptr(self.params);
        let e = self.expr(Expression::AccessIndex { base: p, index });
        self.load(e)
    }

    pub(super) fn intrinsic(&mut self, kind: Intrinsic, args: &[H], provs: &[Prov]) -> Result<Option<H>, LowerError> {
        Ok(Some(match kind {
            Intrinsic::Dim(dim) => {
                let d = self.const_arg(args, "a thread index function")?;
                if d > 2 {
                    return Err(self.err(format!("asks for dimension {d} of a thread index")));
                }
                match dim {
                    Dim::WorkgroupSize => self.u32(self.kernel.workgroup_size[d as usize]),
                    Dim::LocalId | Dim::WorkgroupId | Dim::NumWorkgroups => {
                        let b = self.builtins[match dim {
                            Dim::LocalId => 0,
                            Dim::WorkgroupId => 1,
                            _ => 2,
                        }];
                        self.expr(Expression::AccessIndex { base: b, index: d })
                    }
                }
            }
            Intrinsic::Barrier => {
                self.stmt(Statement::ControlBarrier(Barrier::WORK_GROUP | Barrier::STORAGE));
                return Ok(None);
            }
            Intrinsic::BufferPtr | Intrinsic::SharedPtr => {
                let i = self.const_arg(args, "buffer_ptr/shared_ptr")?;
                let ok = matches!(
                    (self.kernel.params.get(i as usize), kind),
                    (Some(Param::Buffer { .. }), Intrinsic::BufferPtr)
                        | (Some(Param::Shared { .. }), Intrinsic::SharedPtr)
                );
                if !ok {
                    return Err(self.err(format!(
                        "takes the address of parameter {i}, which the manifest does not list as that kind of parameter"
                    )));
                }
                self.u32(REGION_BASE)
            }
            Intrinsic::BufferLen => {
                let i = self.const_arg(args, "buffer_len")?;
                self.param_word(i * 2)
            }
            Intrinsic::Param(t) => {
                let i = self.const_arg(args, "a parameter read")?;
                let lo = self.param_word(i * 2);
                match t {
                    ParamType::U32 | ParamType::I32 => lo,
                    ParamType::F32 => self.bitcast(lo, ScalarKind::Float),
                    ParamType::U64 | ParamType::I64 | ParamType::F64 => {
                        let hi = self.param_word(i * 2 + 1);
                        let q = self.i64_join(lo, hi);
                        if t == ParamType::F64 {
                            self.bitcast(q, ScalarKind::Float)
                        } else {
                            q
                        }
                    }
                }
            }
            Intrinsic::Panic => return Ok(None),
            Intrinsic::PrintBegin => self.print_begin(args)?,
            Intrinsic::PrintWord => {
                let (&[at, word], _) = args.split_at(2) else {
                    return Err(self.err("calls `print_word` without its two arguments"));
                };
                let status = self.global_ptr(self.status);
                let pointer = self.expr(Expression::Access {
                    base: status,
                    index: at,
                });
                self.stmt(Statement::Store { pointer, value: word });
                return Ok(None);
            }
            Intrinsic::Math { op, f64 } => {
                if f64 {
                    return Err(self.err(format!(
                        "calls `{}_f64`, which has no f64 form in SPIR-V (GLSL.std.450 is 32-bit only); use the f32 form",
                        match op {
                            MathOp::Exp => "exp",
                            MathOp::Log => "log",
                            MathOp::Sin => "sin",
                            MathOp::Cos => "cos",
                            MathOp::Pow => "pow",
                        }
                    )));
                }
                let a = *args
                    .first()
                    .ok_or_else(|| self.err("calls a math function without argument"))?;
                match op {
                    MathOp::Exp => self.math(M::Exp, a, None),
                    MathOp::Log => self.math(M::Log, a, None),
                    MathOp::Sin => self.math(M::Sin, a, None),
                    MathOp::Cos => self.math(M::Cos, a, None),
                    MathOp::Pow => {
                        let b = *args.get(1).ok_or_else(|| self.err("calls pow without exponent"))?;
                        self.math(M::Pow, a, Some(b))
                    }
                }
            }
            Intrinsic::Atomic { op, signed } => {
                let (Some(&ptr), Some(&v)) = (args.first(), args.get(1)) else {
                    return Err(self.err("calls an atomic without operands"));
                };
                let prov = provs.first().copied().unwrap_or(Prov::Scalar);
                return self.atomic(op, signed, prov, ptr, v, args.get(2).copied()).map(Some);
            }
            Intrinsic::Subgroup(op) => self.subgroup(op, args)?,
            Intrinsic::Matrix(op) => return self.matrix(op, args, provs),
            Intrinsic::LoadX4 => {
                let (Some(&ptr), Some(lane)) = (args.first(), args.get(1).and_then(|&h| self.literal_u32(h))) else {
                    return Err(self.err("calls `shared_load_x4` without an address and a constant lane"));
                };
                let prov = provs.first().copied().unwrap_or(Prov::Scalar);
                self.load_x4(prov, ptr, lane)?
            }
            Intrinsic::BufferLoadX4 => {
                let (Some(&ptr), Some(lane)) = (args.first(), args.get(1).and_then(|&h| self.literal_u32(h))) else {
                    return Err(self.err("calls `buffer_load_x4` without an address and a constant lane"));
                };
                let prov = provs.first().copied().unwrap_or(Prov::Scalar);
                self.buffer_load_x4(prov, ptr, lane)?
            }
            Intrinsic::StoreX4 => {
                let [ptr, words @ ..] = args else {
                    return Err(self.err("calls `shared_store_x4` without operands"));
                };
                let Ok(words) = <[H; 4]>::try_from(words) else {
                    return Err(self.err("calls `shared_store_x4` without four words"));
                };
                let prov = provs.first().copied().unwrap_or(Prov::Scalar);
                self.store_x4(prov, *ptr, words)?;
                return Ok(None);
            }
        }))
    }

    /// The `vec4` at `ptr` in the workgroup array that `Shared::get4`/`set4`
    /// reach, and the array's region. Every such array of plain 4-byte
    /// elements is typed as `vec4`s (see `lower_kernel`); anything else is
    /// refused.
    fn x4_ptr(&mut self, prov: Prov, ptr: H, write: bool) -> Result<(H, Region), LowerError> {
        let region = self.region(prov, write)?;
        if !matches!(prov, Prov::Shared(_)) || region.lanes != 4 {
            return Err(self.err(
                "reads or writes four elements at once (`get4`/`set4`) of memory that is not a workgroup array of plain 4-byte elements (atomics on the same array are not supported)",
            ));
        }
        let offset = self.byte_offset(&region, ptr, 0);
        let four = self.u32(4);
        let item = self.bin(B::ShiftRight, offset, four);
        let base = self.global_ptr(region.global);
        Ok((self.item_ptr(base, item, self.global_last(region.global)), region))
    }

    /// Word `lane` of the 16 bytes at `ptr`, as u32: the whole `vec4` is
    /// loaded (the four lanes' loads are one load to a shader compiler).
    fn load_x4(&mut self, prov: Prov, ptr: H, lane: u32) -> Result<H, LowerError> {
        if lane > 3 {
            return Err(self.err(format!("calls `shared_load_x4` for lane {lane} of 4")));
        }
        let (p, region) = self.x4_ptr(prov, ptr, false)?;
        let v = self.load(p);
        let value = self.expr(Expression::AccessIndex { base: v, index: lane });
        Ok(self.word_bits(value, region.elem))
    }

    /// Word `lane` of the 16 bytes at `ptr` (16-byte aligned), as u32. In a
    /// buffer of 4-byte elements, the whole `vec4` is loaded from the
    /// buffer's `vec4` view (one load and one bounds test for the four
    /// lanes); anywhere else, the word is loaded as any other.
    fn buffer_load_x4(&mut self, prov: Prov, ptr: H, lane: u32) -> Result<H, LowerError> {
        if lane > 3 {
            return Err(self.err(format!("calls `buffer_load_x4` for lane {lane} of 4")));
        }
        if let Prov::Buffer(param) = prov {
            let region = self.region(prov, false)?;
            if !region.atomic && region.lanes == 1 && region.elem.width == 4 {
                let view = self.x4_view(param, region.elem)?;
                let offset = self.byte_offset(&region, ptr, 0);
                let four = self.u32(4);
                let item = self.bin(B::ShiftRight, offset, four);
                let base = self.global_ptr(view);
                let p = self.item_ptr(base, item, None);
                let v = self.load(p);
                let value = self.expr(Expression::AccessIndex { base: v, index: lane });
                return Ok(self.word_bits(value, region.elem));
            }
        }
        let region = self.region(prov, false)?;
        let o = self.byte_offset(&region, ptr, 4 * u64::from(lane));
        Ok(self.load_bits(&region, o, 4, true))
    }

    /// The read-only `array<vec4<elem>>` view of buffer parameter `param`.
    fn x4_view(&mut self, param: u32, elem: Scalar) -> Result<Handle<GlobalVariable>, LowerError> {
        let v = vector_type(&mut self.module, naga::VectorSize::Quad, elem);
        let ty = super::array_type(&mut self.module, v, 16, None);
        self.view(param, ty, "x4")
    }

    /// Stores four words (u32) at `ptr` as one `vec4`.
    fn store_x4(&mut self, prov: Prov, ptr: H, words: [H; 4]) -> Result<(), LowerError> {
        let (pointer, region) = self.x4_ptr(prov, ptr, true)?;
        let components = words.map(|w| self.elem_value(w, region.elem)).to_vec();
        let ty = vector_type(&mut self.module, naga::VectorSize::Quad, region.elem);
        let value = self.expr(Expression::Compose { ty, components });
        self.stmt(Statement::Store { pointer, value });
        Ok(())
    }

    fn atomic(
        &mut self,
        op: AtomicOp,
        signed: bool,
        prov: Prov,
        ptr: H,
        v: H,
        new: Option<H>,
    ) -> Result<H, LowerError> {
        let region = self.region(prov, true)?;
        let offset = self.byte_offset(&region, ptr, 0);
        if region.private {
            // Per-invocation memory: a plain read-modify-write.
            let idx = self.elem_index(offset, 4);
            let p = self.elem_ptr(&region, idx);
            let old = self.load(p);
            let old = self.word_bits(old, region.elem);
            let newv = match op {
                AtomicOp::Add => self.bin(B::Add, old, v),
                AtomicOp::Exchange => v,
                AtomicOp::CompareExchange => {
                    let eq = self.bin(B::Equal, old, v);
                    let n = new.unwrap_or(v);
                    self.select(eq, n, old)
                }
                AtomicOp::Min | AtomicOp::Max => {
                    let (a, b) = if signed {
                        (self.bitcast(old, ScalarKind::Sint), self.bitcast(v, ScalarKind::Sint))
                    } else {
                        (old, v)
                    };
                    let r = self.math(if op == AtomicOp::Min { M::Min } else { M::Max }, a, Some(b));
                    if signed {
                        self.bitcast(r, ScalarKind::Uint)
                    } else {
                        r
                    }
                }
            };
            let nv = self.elem_value(newv, region.elem);
            self.stmt(Statement::Store { pointer: p, value: nv });
            return Ok(old);
        }
        if !region.atomic {
            return Err(self.err("uses an atomic on memory that is not atomic (internal error)"));
        }
        let region_signed = region.elem == Scalar::I32;
        if matches!(op, AtomicOp::Min | AtomicOp::Max) && region_signed != signed {
            return Err(self.err(format!(
                "uses a {} atomic min/max on a buffer of {} elements",
                if signed { "signed" } else { "unsigned" },
                if region_signed { "i32" } else { "u32" }
            )));
        }
        let idx = self.elem_index(offset, 4);
        let pointer = self.elem_ptr(&region, idx);
        let value = self.elem_value(v, region.elem);
        let compare = new.map(|_| value);
        let value = match new {
            Some(n) => self.elem_value(n, region.elem),
            None => value,
        };
        let fun = match op {
            AtomicOp::Add => AtomicFunction::Add,
            AtomicOp::Min => AtomicFunction::Min,
            AtomicOp::Max => AtomicFunction::Max,
            AtomicOp::Exchange => AtomicFunction::Exchange { compare: None },
            AtomicOp::CompareExchange => AtomicFunction::Exchange { compare },
        };
        let ty = if op == AtomicOp::CompareExchange {
            self.module
                .generate_predeclared_type(PredeclaredType::AtomicCompareExchangeWeakResult(region.elem))
        } else {
            scalar_type(&mut self.module, region.elem)
        };
        let result = self.expr(Expression::AtomicResult {
            ty,
            comparison: op == AtomicOp::CompareExchange,
        });
        self.stmt(Statement::Atomic {
            pointer,
            fun,
            value,
            result: Some(result),
        });
        let old = if op == AtomicOp::CompareExchange {
            self.expr(Expression::AccessIndex { base: result, index: 0 })
        } else {
            result
        };
        Ok(self.word_bits(old, region.elem))
    }
}
