//! Memory: every address is resolved by its provenance to a region (a
//! buffer binding, a workgroup array, the private shadow stack, or the
//! constant data) and turned into an element index; sub-word and 64-bit
//! accesses extract or combine bits of elements.

use super::*;

impl Translator<'_, '_> {
    // ------------------------------------------------------------------- memory

    pub(super) fn region(&mut self, prov: Prov, write: bool) -> Result<Region, LowerError> {
        match prov {
            Prov::Buffer(_) | Prov::Shared(_) => {
                let r = self.regions.get(&prov).copied().ok_or_else(|| {
                    self.err("accesses memory derived from a parameter that is not a buffer or shared array")
                })?;
                if write && !r.writable {
                    return Err(self.err("writes to a read-only buffer (`&[T]`)"));
                }
                Ok(r)
            }
            Prov::Stack => self.stack_region(),
            // A write cannot go to the constant data.
            Prov::StackOrData if write => self.stack_region(),
            Prov::StackOrData => Err(self.err(
                "copies memory through a pointer that may point into the stack or into constant data",
            )),
            Prov::Matrix(kind) => Err(self.err(format!(
                "uses a matrix tile (`{}`) as an address",
                kind.rust_name()
            ))),
            Prov::Top => Err(self.err(
                "accesses memory through a pointer whose buffer cannot be determined statically (pointers into different buffers meet here)",
            )),
            Prov::Scalar => {
                if write {
                    return Err(self.err(
                        "writes to an address that derives from no buffer, shared array or local variable (a static or an integer used as a pointer)",
                    ));
                }
                self.data_region()
            }
        }
    }

    fn stack_region(&mut self) -> Result<Region, LowerError> {
        if let Some(r) = self.regions.get(&Prov::Stack) {
            return Ok(*r);
        }
        let Some(sp) = analysis::stack_pointer_global(self.m) else {
            return Err(self.err("uses stack memory without a stack pointer"));
        };
        let top = self.m.globals.get(sp as usize).and_then(|g| g.init).unwrap_or(0) as u32;
        // Frames are found as `__stack_pointer - constant`; when the analysis
        // saw none (the pointer went through a local first), give 1 KiB.
        let bytes = if self.stack_bytes == 0 {
            1024
        } else {
            self.stack_bytes.clamp(16, 64 * 1024)
        };
        if self.stack_bytes > 64 * 1024 {
            return Err(self.err(format!(
                "needs {} bytes of stack (more than the 64 KiB the shader route gives an invocation)",
                self.stack_bytes
            )));
        }
        let words = bytes.div_ceil(4) as u32;
        let u32_ty = scalar_type(&mut self.module, Scalar::U32);
        let ty = array_type(&mut self.module, u32_ty, 4, Some(words));
        let global = self.module.global_variables.append(
            GlobalVariable {
                name: Some("stack".into()),
                space: AddressSpace::Private,
                binding: None,
                ty,
                init: None,
                memory_decorations: Default::default(),
            },
            Span::UNDEFINED,
        );
        let r = Region {
            global,
            elem: Scalar::U32,
            atomic: false,
            base: top.wrapping_sub(words * 4),
            private: true,
            writable: true,
            lanes: 1,
        };
        self.regions.insert(Prov::Stack, r);
        Ok(r)
    }

    /// The crate's constant data (its tables and literals), read at computed
    /// addresses: words appended to the parameter block, one copy that every
    /// invocation shares (see `everygpu_backend::shader::param_block`).
    fn data_region(&mut self) -> Result<Region, LowerError> {
        if let Some(r) = self.data_region {
            return Ok(r);
        }
        let Some((start, end)) = self.m.data_range() else {
            return Err(self.err("reads memory at a computed address outside any buffer, and the module has no data"));
        };
        let start = start & !3;
        let words = (end.saturating_sub(start)).div_ceil(4);
        if words > MAX_CONSTANT_WORDS {
            return Err(self.err(format!(
                "reads constant data at a computed address, and the crate's data ({} KiB) is larger than {} KiB",
                words / 256,
                MAX_CONSTANT_WORDS / 256
            )));
        }
        self.constant_data = (0..words)
            .map(|i| {
                let b = self.m.read_data(start + i * 4, 4).unwrap_or_else(|| {
                    (0..4)
                        .map(|k| self.m.read_data(start + i * 4 + k, 1).map(|v| v[0]).unwrap_or(0))
                        .collect()
                });
                u32::from_le_bytes([b[0], b[1], b[2], b[3]])
            })
            .collect();
        // Byte address `start` is word `constant_data_offset / 4` of the block.
        let at = everygpu_backend::shader::constant_data_offset(self.kernel.params.len()) as u32;
        let r = Region {
            global: self.params,
            elem: Scalar::U32,
            atomic: false,
            base: start.wrapping_sub(at),
            private: false,
            writable: false,
            lanes: 1,
        };
        self.data_region = Some(r);
        Ok(r)
    }

    /// `addr + offset - base` as u32.
    pub(super) fn byte_offset(&mut self, region: &Region, addr: H, offset: u64) -> H {
        let delta = (offset as u32).wrapping_sub(region.base);
        if delta == 0 {
            return addr;
        }
        let d = self.u32(delta);
        self.bin(B::Add, addr, d)
    }

    pub(super) fn elem_index(&mut self, offset: H, elem_bytes: u32) -> H {
        let s = self.u32(elem_bytes.trailing_zeros());
        self.bin(B::ShiftRight, offset, s)
    }

    /// A pointer to element `index` of `region`: component `index % 4` of
    /// item `index / 4` in an array of `vec4`s.
    pub(super) fn elem_ptr(&mut self, region: &Region, index: H) -> H {
        let base = self.global_ptr(region.global);
        if region.lanes == 1 {
            return self.item_ptr(base, index, self.global_last(region.global));
        }
        let (two, three) = (self.u32(2), self.u32(3));
        let item = self.bin(B::ShiftRight, index, two);
        let lane = self.bin(B::And, index, three);
        let v = self.item_ptr(base, item, self.global_last(region.global));
        self.item_ptr(v, lane, Some(3))
    }

    /// A pointer to item `index` of the array (or vector) `base` points at,
    /// whose last item is `last` (`None`: a buffer's, known at run time).
    /// The index is clamped inside it; [`crate::bounds`] drops clamps that
    /// provably change nothing.
    pub(super) fn item_ptr(&mut self, base: H, index: H, last: Option<u32>) -> H {
        if let (Some(i), Some(last)) = (self.literal_u32(index), last) {
            if i <= last {
                return self.expr(Expression::Access { base, index });
            }
        }
        let limit = match last {
            Some(last) => self.u32(last),
            None => {
                let len = self.expr(Expression::ArrayLength(base));
                let one = self.u32(1);
                self.bin(B::Subtract, len, one)
            }
        };
        let clamped = self.math(M::Min, index, Some(limit));
        let access = self.expr(Expression::Access { base, index: clamped });
        if let Some(last) = last {
            self.clamps.push(crate::bounds::Clamp { access, index, last });
        }
        access
    }

    /// The last index of the array global `g` holds, or `None` where it is
    /// sized at run time (a buffer).
    pub(super) fn global_last(&self, g: Handle<GlobalVariable>) -> Option<u32> {
        match self.module.types[self.module.global_variables[g].ty].inner {
            TypeInner::Array {
                size: ArraySize::Constant(n),
                ..
            } => Some(n.get() - 1),
            _ => None,
        }
    }

    /// An element value as u32 (4-byte elements) or u64 (8-byte elements).
    pub(super) fn word_bits(&mut self, v: H, elem: Scalar) -> H {
        match elem.kind {
            ScalarKind::Uint => v,
            _ => self.bitcast(v, ScalarKind::Uint),
        }
    }

    pub(super) fn elem_value(&mut self, v: H, elem: Scalar) -> H {
        match elem.kind {
            ScalarKind::Uint => v,
            k => self.bitcast(v, k),
        }
    }

    fn mask_shift(&mut self, offset: H, align_mask: u32) -> H {
        let m = self.u32(align_mask);
        let low = self.bin(B::And, offset, m);
        let three = self.u32(3);
        self.bin(B::ShiftLeft, low, three)
    }

    /// Reads `width` aligned bytes at byte offset `o` of a region of `f16`
    /// elements (a workgroup array that matrix tiles load from): u32 bits
    /// for widths up to 4, u64 bits for 8.
    fn load_half_bits(&mut self, region: &Region, o: H, width: u32) -> H {
        match width {
            8 => {
                let lo = self.load_half_bits(region, o, 4);
                let four = self.u32(4);
                let o4 = self.bin(B::Add, o, four);
                let hi = self.load_half_bits(region, o4, 4);
                self.i64_join(lo, hi)
            }
            4 => {
                let idx = self.elem_index(o, 2);
                let lo = self.half_element_bits(region, idx);
                let one = self.u32(1);
                let idx2 = self.bin(B::Add, idx, one);
                let hi = self.half_element_bits(region, idx2);
                let sixteen = self.u32(16);
                let hi = self.bin(B::ShiftLeft, hi, sixteen);
                self.bin(B::InclusiveOr, lo, hi)
            }
            2 => {
                let idx = self.elem_index(o, 2);
                self.half_element_bits(region, idx)
            }
            _ => {
                let idx = self.elem_index(o, 2);
                let h = self.half_element_bits(region, idx);
                let sh = self.mask_shift(o, 1);
                let v = self.bin(B::ShiftRight, h, sh);
                let mask = self.u32(0xff);
                self.bin(B::And, v, mask)
            }
        }
    }

    /// The bits of `f16` element `idx` of `region`, as u32.
    fn half_element_bits(&mut self, region: &Region, idx: H) -> H {
        let p = self.elem_ptr(region, idx);
        let h = self.load(p);
        // f16 → f32 is exact, and so is packing that f32 back to f16.
        let f = self.cast(h, ScalarKind::Float, 4);
        let zero = self.f32_bits(0);
        let ty = self.vec2_type(Scalar::F32);
        let v = self.expr(Expression::Compose {
            ty,
            components: vec![f, zero],
        });
        self.math(M::Pack2x16float, v, None)
    }

    /// Writes `width` aligned bytes of `bits` at byte offset `o` of a region
    /// of `f16` elements. Single bytes are refused: another invocation may
    /// write the element's other byte.
    fn store_half_bits(&mut self, region: &Region, o: H, width: u32, bits: H) -> Result<(), LowerError> {
        match width {
            8 => {
                let (lo, hi) = self.i64_halves(bits);
                self.store_half_bits(region, o, 4, lo)?;
                let four = self.u32(4);
                let o4 = self.bin(B::Add, o, four);
                self.store_half_bits(region, o4, 4, hi)
            }
            4 => {
                // Both halves unpacked and converted at once: one conversion
                // of a pair where the GPU has one (NVIDIA's does).
                let idx = self.elem_index(o, 2);
                let v = self.math(M::Unpack2x16float, bits, None);
                let h = self.cast(v, ScalarKind::Float, 2);
                for lane in 0..2 {
                    let x = self.expr(Expression::AccessIndex { base: h, index: lane });
                    let i = if lane == 0 {
                        idx
                    } else {
                        let one = self.u32(1);
                        self.bin(B::Add, idx, one)
                    };
                    let p = self.elem_ptr(region, i);
                    self.stmt(Statement::Store { pointer: p, value: x });
                }
                Ok(())
            }
            2 => {
                let idx = self.elem_index(o, 2);
                self.store_half_element(region, idx, bits);
                Ok(())
            }
            _ => Err(self.err(
                "stores single bytes into a workgroup array that matrix tiles load from (its elements are f16: \
                 store whole elements)",
            )),
        }
    }

    /// Stores the low 16 bits of `bits` as `f16` element `idx` of `region`.
    fn store_half_element(&mut self, region: &Region, idx: H, bits: H) {
        let v = self.math(M::Unpack2x16float, bits, None);
        let f = self.expr(Expression::AccessIndex { base: v, index: 0 });
        let h = self.cast(f, ScalarKind::Float, 2);
        let p = self.elem_ptr(region, idx);
        self.stmt(Statement::Store { pointer: p, value: h });
    }

    pub(super) fn mem_load(
        &mut self,
        op: &Operator<'_>,
        prov: Prov,
        addr: H,
        memarg: MemArg,
        width: u32,
    ) -> Result<H, LowerError> {
        let signed = matches!(
            op,
            Operator::I32Load8S { .. }
                | Operator::I32Load16S { .. }
                | Operator::I64Load8S { .. }
                | Operator::I64Load16S { .. }
                | Operator::I64Load32S { .. }
        );
        let out = load_result(op);
        if prov == Prov::StackOrData {
            return self.load_stack_or_data(op, addr, memarg, width);
        }
        // A constant address into the data segment folds to a constant.
        if prov == Prov::Scalar {
            if let Some(a) = self.literal_u32(addr) {
                let ea = a.wrapping_add(memarg.offset as u32);
                let mut bytes = [0u8; 8];
                for (i, b) in bytes.iter_mut().enumerate().take(width as usize) {
                    *b = self
                        .m
                        .read_data(ea.wrapping_add(i as u32), 1)
                        .map(|v| v[0])
                        .unwrap_or(0);
                }
                let mut raw = u64::from_le_bytes(bytes);
                if signed && width < 8 {
                    let sh = 64 - width * 8;
                    raw = (((raw << sh) as i64) >> sh) as u64;
                }
                return Ok(match out {
                    ValType::I32 => self.u32(raw as u32),
                    ValType::I64 => self.i64_const(raw),
                    ValType::F32 => self.f32_bits(raw as u32),
                    _ => self.f64_bits(raw),
                });
            }
        }
        let region = self.region(prov, false)?;
        let o = self.byte_offset(&region, addr, memarg.offset);
        let esize = region.elem.width as u32;
        // A float element read as that float: no bit juggling.
        if esize == width
            && (1u32 << memarg.align.min(31)) >= width
            && region.elem.kind == ScalarKind::Float
            && matches!(out, ValType::F32 | ValType::F64)
        {
            let idx = self.elem_index(o, esize);
            let p = self.elem_ptr(&region, idx);
            return Ok(self.load(p));
        }
        let aligned = load_aligned(&region, memarg, width);
        let bits = self.load_bits(&region, o, width, aligned);
        // Sign extension of sub-word loads (to 32 bits first).
        let bits = if signed && width < 4 {
            self.sext32(bits, width * 8)
        } else {
            bits
        };
        Ok(match out {
            ValType::I32 => bits,
            ValType::F32 => self.bitcast(bits, ScalarKind::Float),
            ValType::F64 => self.bitcast(bits, ScalarKind::Float),
            _ => {
                if width == 8 {
                    bits
                } else if signed {
                    self.sext_i32_to_i64(bits)
                } else {
                    self.i64_from_u32(bits)
                }
            }
        })
    }

    /// Reads `width` bytes at byte offset `o` of `region`: u32 bits for
    /// widths up to 4, u64 bits for 8. Unaligned accesses are assembled from bytes.
    pub(super) fn load_bits(&mut self, region: &Region, o: H, width: u32, aligned: bool) -> H {
        if !aligned && width > 1 {
            if width == 8 {
                let lo = self.load_bits(region, o, 4, false);
                let four = self.u32(4);
                let o4 = self.bin(B::Add, o, four);
                let hi = self.load_bits(region, o4, 4, false);
                return self.i64_join(lo, hi);
            }
            let mut acc = self.load_bits(region, o, 1, true);
            for k in 1..width {
                let kk = self.u32(k);
                let ok = self.bin(B::Add, o, kk);
                let b = self.load_bits(region, ok, 1, true);
                let sh = self.u32(8 * k);
                let b = self.bin(B::ShiftLeft, b, sh);
                acc = self.bin(B::InclusiveOr, acc, b);
            }
            return acc;
        }
        let esize = region.elem.width as u32;
        if esize == 2 {
            return self.load_half_bits(region, o, width);
        }
        if esize == 4 {
            let idx = self.elem_index(o, 4);
            match width {
                8 => {
                    let p = self.elem_ptr(region, idx);
                    let lo = self.load(p);
                    let lo = self.word_bits(lo, region.elem);
                    let one = self.u32(1);
                    let idx2 = self.bin(B::Add, idx, one);
                    let p2 = self.elem_ptr(region, idx2);
                    let hi = self.load(p2);
                    let hi = self.word_bits(hi, region.elem);
                    self.i64_join(lo, hi)
                }
                4 => {
                    let p = self.elem_ptr(region, idx);
                    let w = self.load(p);
                    self.word_bits(w, region.elem)
                }
                _ => {
                    let p = self.elem_ptr(region, idx);
                    let w = self.load(p);
                    let w = self.word_bits(w, region.elem);
                    let sh = self.mask_shift(o, 3);
                    let v = self.bin(B::ShiftRight, w, sh);
                    let mask = self.u32(if width == 1 { 0xff } else { 0xffff });
                    self.bin(B::And, v, mask)
                }
            }
        } else {
            let idx = self.elem_index(o, 8);
            let p = self.elem_ptr(region, idx);
            let q = self.load(p);
            let q = self.word_bits(q, region.elem);
            if width == 8 {
                q
            } else {
                let sh = self.mask_shift(o, 7);
                let v = self.bin(B::ShiftRight, q, sh);
                let v = self.cast(v, ScalarKind::Uint, 4);
                if width == 4 {
                    v
                } else {
                    let mask = self.u32(if width == 1 { 0xff } else { 0xffff });
                    self.bin(B::And, v, mask)
                }
            }
        }
    }

    /// Writes `width` bytes of `bits` (u32, or u64 for width 8) at byte
    /// offset `o` of `region`. Unaligned accesses are split into bytes.
    fn store_bits(&mut self, region: &Region, o: H, width: u32, bits: H, aligned: bool) -> Result<(), LowerError> {
        if !aligned && width > 1 {
            if width == 8 {
                let (lo, hi) = self.i64_halves(bits);
                self.store_bits(region, o, 4, lo, false)?;
                let four = self.u32(4);
                let o4 = self.bin(B::Add, o, four);
                return self.store_bits(region, o4, 4, hi, false);
            }
            for k in 0..width {
                let sh = self.u32(8 * k);
                let b = self.bin(B::ShiftRight, bits, sh);
                let ok = if k == 0 {
                    o
                } else {
                    let kk = self.u32(k);
                    self.bin(B::Add, o, kk)
                };
                self.store_bits(region, ok, 1, b, true)?;
            }
            return Ok(());
        }
        let esize = region.elem.width as u32;
        if esize == 2 {
            return self.store_half_bits(region, o, width, bits);
        }
        if esize == 4 {
            let idx = self.elem_index(o, 4);
            match width {
                4 => {
                    let p = self.elem_ptr(region, idx);
                    let v = self.elem_value(bits, region.elem);
                    self.stmt(Statement::Store { pointer: p, value: v });
                }
                8 => {
                    let (lo, hi) = self.i64_halves(bits);
                    let p = self.elem_ptr(region, idx);
                    let lo = self.elem_value(lo, region.elem);
                    self.stmt(Statement::Store { pointer: p, value: lo });
                    let one = self.u32(1);
                    let idx2 = self.bin(B::Add, idx, one);
                    let p2 = self.elem_ptr(region, idx2);
                    let hi = self.elem_value(hi, region.elem);
                    self.stmt(Statement::Store { pointer: p2, value: hi });
                }
                _ => {
                    let sh = self.mask_shift(o, 3);
                    let mask = self.u32(if width == 1 { 0xff } else { 0xffff });
                    let v = self.bin(B::And, bits, mask);
                    let v = self.bin(B::ShiftLeft, v, sh);
                    let m = self.bin(B::ShiftLeft, mask, sh);
                    let keep = self.expr(Expression::Unary {
                        op: UnaryOperator::BitwiseNot,
                        expr: m,
                    });
                    let p = self.elem_ptr(region, idx);
                    if region.private {
                        let w = self.load(p);
                        let w = self.word_bits(w, region.elem);
                        let kept = self.bin(B::And, w, keep);
                        let nw = self.bin(B::InclusiveOr, kept, v);
                        let nw = self.elem_value(nw, region.elem);
                        self.stmt(Statement::Store { pointer: p, value: nw });
                    } else if region.atomic {
                        // Two atomics on disjoint bits: other threads' bytes of the word survive.
                        let keep = self.elem_value(keep, region.elem);
                        let v = self.elem_value(v, region.elem);
                        self.stmt(Statement::Atomic {
                            pointer: p,
                            fun: AtomicFunction::And,
                            value: keep,
                            result: None,
                        });
                        self.stmt(Statement::Atomic {
                            pointer: p,
                            fun: AtomicFunction::InclusiveOr,
                            value: v,
                            result: None,
                        });
                    } else {
                        return Err(
                            self.err("stores a sub-word value into a buffer that is not atomic (internal error)")
                        );
                    }
                }
            }
        } else {
            let idx = self.elem_index(o, 8);
            let p = self.elem_ptr(region, idx);
            if width == 8 {
                let v = self.elem_value(bits, region.elem);
                self.stmt(Statement::Store { pointer: p, value: v });
            } else if region.private {
                let sh = self.mask_shift(o, 7);
                let mask = self.u64(if width == 4 {
                    0xffff_ffff
                } else if width == 2 {
                    0xffff
                } else {
                    0xff
                });
                let v = self.cast(bits, ScalarKind::Uint, 8);
                let v = self.bin(B::And, v, mask);
                let v = self.bin(B::ShiftLeft, v, sh);
                let m = self.bin(B::ShiftLeft, mask, sh);
                let keep = self.expr(Expression::Unary {
                    op: UnaryOperator::BitwiseNot,
                    expr: m,
                });
                let w = self.load(p);
                let w = self.word_bits(w, region.elem);
                let kept = self.bin(B::And, w, keep);
                let nw = self.bin(B::InclusiveOr, kept, v);
                let nw = self.elem_value(nw, region.elem);
                self.stmt(Statement::Store { pointer: p, value: nw });
            } else {
                return Err(self.err(format!(
                    "stores {width} bytes into a buffer of 8-byte elements, which would race with other threads"
                )));
            }
        }
        Ok(())
    }

    /// `memory.fill` / `memory.copy`: a byte loop into private memory; a word
    /// loop into buffers and shared arrays, which panics when the address or
    /// length is not a multiple of 4 (sub-word stores there would race).
    pub(super) fn bulk(&mut self, op: &Operator<'_>, provs: &[Prov], d: H, v: H, n: H) -> Result<(), LowerError> {
        let prov = |i: usize| provs.get(i).copied().unwrap_or(Prov::Scalar);
        let dst = self.region(prov(0), true)?;
        let od = self.byte_offset(&dst, d, 0);
        let step = if dst.private { 1 } else { 4 };
        let is_fill = matches!(op, Operator::MemoryFill { .. });
        let src = if is_fill {
            None
        } else {
            Some(self.region(prov(1), false)?)
        };
        let os = src.as_ref().map(|r| self.byte_offset(r, v, 0));
        if step == 4 {
            let mut any = self.bin(B::InclusiveOr, od, n);
            if let Some(os) = os {
                any = self.bin(B::InclusiveOr, any, os);
            }
            let three = self.u32(3);
            let low = self.bin(B::And, any, three);
            let zero = self.u32(0);
            let bad = self.bin(B::NotEqual, low, zero);
            self.blocks.push(Block::new());
            self.panic_site(
                "memset/memcpy into a buffer or shared array at an address or length that is not a multiple of 4 (the shader route copies whole words)".into(),
                None,
            )?;
            let accept = self.blocks.pop().unwrap_or_default();
            self.stmt(Statement::If {
                condition: bad,
                accept,
                reject: Block::new(),
            });
        }
        match (src, os) {
            (Some(src), Some(os)) => {
                let emit = |t: &mut Self, backward: bool| {
                    t.copy_loop(n, step, backward, |t, i| {
                        let from = t.bin(B::Add, os, i);
                        let bits = t.load_bits(&src, from, step, true);
                        let to = t.bin(B::Add, od, i);
                        t.store_bits(&dst, to, step, bits, true)
                    })
                };
                if prov(0) == prov(1) {
                    // memmove: copy backwards when the destination is above the source.
                    let up = self.bin(B::Greater, od, os);
                    self.blocks.push(Block::new());
                    emit(self, true)?;
                    let accept = self.blocks.pop().unwrap_or_default();
                    self.blocks.push(Block::new());
                    emit(self, false)?;
                    let reject = self.blocks.pop().unwrap_or_default();
                    self.stmt(Statement::If {
                        condition: up,
                        accept,
                        reject,
                    });
                } else {
                    emit(self, false)?;
                }
            }
            _ => {
                let ff = self.u32(0xff);
                let byte = self.bin(B::And, v, ff);
                let value = if step == 4 {
                    let splat = self.u32(0x0101_0101);
                    self.bin(B::Multiply, byte, splat)
                } else {
                    byte
                };
                self.copy_loop(n, step, false, |t, i| {
                    let to = t.bin(B::Add, od, i);
                    t.store_bits(&dst, to, step, value, true)
                })?;
            }
        }
        Ok(())
    }

    /// A loop over byte offsets `0..n` by `step` (or down from `n`).
    fn copy_loop(
        &mut self,
        n: H,
        step: u32,
        backward: bool,
        mut body: impl FnMut(&mut Self, H) -> Result<(), LowerError>,
    ) -> Result<(), LowerError> {
        let i = self.local(Scalar::U32, None);
        let start = if backward { n } else { self.u32(0) };
        self.store_local(i, start);
        self.blocks.push(Block::new());
        let iv = self.load_local(i);
        let done = if backward {
            let zero = self.u32(0);
            self.bin(B::Equal, iv, zero)
        } else {
            self.bin(B::GreaterEqual, iv, n)
        };
        let mut brk = Block::new();
        brk.push(Statement::Break, Span::UNDEFINED);
        self.stmt(Statement::If {
            condition: done,
            accept: brk,
            reject: Block::new(),
        });
        let stepv = self.u32(step);
        if backward {
            let next = self.bin(B::Subtract, iv, stepv);
            self.store_local(i, next);
            body(self, next)?;
        } else {
            body(self, iv)?;
            let next = self.bin(B::Add, iv, stepv);
            self.store_local(i, next);
        }
        let lb = self.blocks.pop().unwrap_or_default();
        self.stmt(Statement::Loop {
            body: lb,
            continuing: Block::new(),
            break_if: None,
        });
        Ok(())
    }

    pub(super) fn sext32(&mut self, v: H, bits: u32) -> H {
        let sh = self.u32(32 - bits);
        let up = self.bin(B::ShiftLeft, v, sh);
        let i = self.bitcast(up, ScalarKind::Sint);
        let down = self.bin(B::ShiftRight, i, sh);
        self.bitcast(down, ScalarKind::Uint)
    }

    /// A load through a pointer into the stack or the constant data: the
    /// address says which (the stack lies below its top, the data above).
    fn load_stack_or_data(&mut self, op: &Operator<'_>, addr: H, memarg: MemArg, width: u32) -> Result<H, LowerError> {
        self.stack_region()?;
        let top = analysis::stack_pointer_global(self.m)
            .and_then(|sp| self.m.globals.get(sp as usize))
            .and_then(|g| g.init)
            .unwrap_or(0) as u32;
        let result = self.val_local(load_result(op))?;
        let offset = self.u32(memarg.offset as u32);
        let ea = self.bin(B::Add, addr, offset);
        let limit = self.u32(top);
        let in_stack = self.bin(B::Less, ea, limit);
        let mut arms = Vec::new();
        for prov in [Prov::Stack, Prov::Scalar] {
            self.blocks.push(Block::new());
            let v = self.mem_load(op, prov, addr, memarg, width)?;
            self.store_local(result, v);
            arms.push(self.blocks.pop().unwrap_or_default());
        }
        let reject = arms.pop().unwrap_or_default();
        let accept = arms.pop().unwrap_or_default();
        self.stmt(Statement::If {
            condition: in_stack,
            accept,
            reject,
        });
        Ok(self.load_local(result))
    }

    pub(super) fn mem_store(
        &mut self,
        op: &Operator<'_>,
        prov: Prov,
        addr: H,
        memarg: MemArg,
        width: u32,
        value: H,
    ) -> Result<(), LowerError> {
        let region = self.region(prov, true)?;
        let o = self.byte_offset(&region, addr, memarg.offset);
        let esize = region.elem.width as u32;
        let ty = store_value_type(op);
        if esize == width
            && (1u32 << memarg.align.min(31)) >= width
            && region.elem.kind == ScalarKind::Float
            && matches!(ty, ValType::F32 | ValType::F64)
        {
            let idx = self.elem_index(o, esize);
            let p = self.elem_ptr(&region, idx);
            self.stmt(Statement::Store { pointer: p, value });
            return Ok(());
        }
        // The bits to store: u64 for width 8, u32 otherwise.
        let bits = match (ty, width) {
            (ValType::F32, _) | (ValType::F64, _) => self.bitcast(value, ScalarKind::Uint),
            (ValType::I64, w) if w < 8 => self.i64_wrap(value),
            _ => value,
        };
        let aligned = store_aligned(&region, memarg, width);
        self.store_bits(&region, o, width, bits, aligned)
    }
}

/// Whether a load of `width` bytes at `memarg`'s alignment may use the
/// aligned path of `region`: it reads element by element, so it needs only
/// its elements' alignment.
fn load_aligned(region: &Region, memarg: MemArg, width: u32) -> bool {
    1u32 << memarg.align.min(31) >= width.min(region.elem.width as u32)
}

/// Whether a store of `width` bytes at `memarg`'s alignment may use the
/// aligned path of `region`: aligned to its width, or, in a region of `f16`
/// elements (which it writes element by element), to 2 bytes. Stores to
/// word regions keep the stricter rule, which the analysis' choice of
/// atomic regions follows (`analysis::provenance`).
fn store_aligned(region: &Region, memarg: MemArg, width: u32) -> bool {
    let align = 1u32 << memarg.align.min(31);
    align >= width || (region.elem.width == 2 && align >= 2)
}

pub(super) fn load_info(op: &Operator<'_>) -> Option<(MemArg, u32)> {
    let m = analysis::memarg_of(op)?;
    let is_load = format!("{op:?}").contains("Load");
    is_load.then(|| (m, analysis::load_width(op)))
}

pub(super) fn store_info(op: &Operator<'_>) -> Option<(MemArg, u32)> {
    let m = analysis::memarg_of(op)?;
    let is_store = format!("{op:?}").contains("Store");
    is_store.then(|| (m, analysis::store_width(op)))
}

fn load_result(op: &Operator<'_>) -> ValType {
    use Operator as O;
    match op {
        O::F32Load { .. } => ValType::F32,
        O::F64Load { .. } => ValType::F64,
        O::I64Load { .. }
        | O::I64Load8S { .. }
        | O::I64Load8U { .. }
        | O::I64Load16S { .. }
        | O::I64Load16U { .. }
        | O::I64Load32S { .. }
        | O::I64Load32U { .. } => ValType::I64,
        _ => ValType::I32,
    }
}

fn store_value_type(op: &Operator<'_>) -> ValType {
    use Operator as O;
    match op {
        O::F32Store { .. } => ValType::F32,
        O::F64Store { .. } => ValType::F64,
        O::I64Store { .. } | O::I64Store8 { .. } | O::I64Store16 { .. } | O::I64Store32 { .. } => ValType::I64,
        _ => ValType::I32,
    }
}
