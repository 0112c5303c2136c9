//! The parts of a wasm module the lowering reads, decoded once with wasmparser:
//! function types and bodies (as operator lists), imports, globals, constant
//! data, the function tables' entries, exports and the function names of the
//! name section.
//!
//! The module is validated by wasmparser first, so later passes can rely on a
//! well-typed operand stack; they still return errors instead of panicking.

use crate::LowerError;
use std::collections::HashMap;
use wasmparser::{
    BlockType, ExternalKind, FuncType, KnownCustom, Name, Operator, Parser, Payload, TypeRef, ValType, Validator,
    WasmFeatures,
};

/// An imported function.
#[derive(Clone, Debug)]
pub struct ImportedFunc {
    /// Module name, `everygpu` for the kernel intrinsics.
    pub module: String,
    /// Field name.
    pub name: String,
}

/// A function defined in the module.
#[derive(Clone, Debug)]
pub struct DefinedFunc<'a> {
    /// Types of the parameters followed by the declared locals.
    pub locals: Vec<ValType>,
    /// Number of parameters.
    pub params: usize,
    /// The body; the final `end` is included.
    pub ops: Vec<Operator<'a>>,
    /// Where each of `ops` is: bytes from the start of the code section's
    /// contents, as DWARF addresses wasm code.
    pub offsets: Vec<u32>,
}

/// A global variable.
#[derive(Clone, Copy, Debug)]
pub struct Global {
    /// Its type.
    pub ty: ValType,
    /// Whether it is mutable.
    pub mutable: bool,
    /// Its initial value when that is a constant.
    pub init: Option<u64>,
}

/// The decoded module.
#[derive(Debug, Default)]
pub struct WasmModule<'a> {
    /// Every function type.
    pub types: Vec<FuncType>,
    /// The type index of every function, imports first.
    pub func_types: Vec<u32>,
    /// The imported functions (function indices `0..imports.len()`).
    pub imports: Vec<ImportedFunc>,
    /// The defined functions (function indices from `imports.len()`).
    pub funcs: Vec<DefinedFunc<'a>>,
    /// Every global.
    pub globals: Vec<Global>,
    /// Active data segments as (address, bytes).
    pub data: Vec<(u32, &'a [u8])>,
    /// The function tables' entries (what `call_indirect` can reach): table
    /// index → (slot, function index), from active element segments.
    pub tables: HashMap<u32, Vec<(u32, u32)>>,
    /// Exported functions by name.
    pub exports: HashMap<String, u32>,
    /// Function names from the name section (raw, usually mangled).
    pub names: HashMap<u32, String>,
    /// Where the code section's contents start in the module.
    pub code_start: u64,
}

fn const_expr(expr: &wasmparser::ConstExpr<'_>) -> Option<u64> {
    let mut reader = expr.get_operators_reader();
    let value = match reader.read().ok()? {
        Operator::I32Const { value } => value as u32 as u64,
        Operator::I64Const { value } => value as u64,
        Operator::F32Const { value } => value.bits() as u64,
        Operator::F64Const { value } => value.bits(),
        _ => return None,
    };
    match reader.read().ok()? {
        Operator::End => Some(value),
        _ => None,
    }
}

impl<'a> WasmModule<'a> {
    /// Validates and decodes `wasm`.
    pub fn parse(wasm: &'a [u8]) -> Result<Self, LowerError> {
        let bad = |e: wasmparser::BinaryReaderError| LowerError::InvalidWasm(e.to_string());
        // rustc's defaults include reference types (the `call_indirect` encoding)
        // and more; unsupported instructions are refused when lowered.
        Validator::new_with_features(WasmFeatures::default())
            .validate_all(wasm)
            .map_err(bad)?;

        let mut m = WasmModule::default();
        for payload in Parser::new(0).parse_all(wasm) {
            match payload.map_err(bad)? {
                Payload::TypeSection(reader) => {
                    for ty in reader.into_iter_err_on_gc_types() {
                        m.types.push(ty.map_err(bad)?);
                    }
                }
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        let import = import.map_err(bad)?;
                        match import.ty {
                            TypeRef::Func(ty) | TypeRef::FuncExact(ty) => {
                                m.func_types.push(ty);
                                m.imports.push(ImportedFunc {
                                    module: import.module.to_string(),
                                    name: import.name.to_string(),
                                });
                            }
                            TypeRef::Global(g) => m.globals.push(Global {
                                ty: g.content_type,
                                mutable: g.mutable,
                                init: None,
                            }),
                            _ => {}
                        }
                    }
                }
                Payload::FunctionSection(reader) => {
                    for ty in reader {
                        m.func_types.push(ty.map_err(bad)?);
                    }
                }
                Payload::GlobalSection(reader) => {
                    for g in reader {
                        let g = g.map_err(bad)?;
                        m.globals.push(Global {
                            ty: g.ty.content_type,
                            mutable: g.ty.mutable,
                            init: const_expr(&g.init_expr),
                        });
                    }
                }
                Payload::ExportSection(reader) => {
                    for e in reader {
                        let e = e.map_err(bad)?;
                        if e.kind == ExternalKind::Func {
                            m.exports.insert(e.name.to_string(), e.index);
                        }
                    }
                }
                Payload::DataSection(reader) => {
                    for d in reader {
                        let d = d.map_err(bad)?;
                        if let wasmparser::DataKind::Active { offset_expr, .. } = d.kind {
                            if let Some(addr) = const_expr(&offset_expr) {
                                m.data.push((addr as u32, d.data));
                            }
                        }
                    }
                }
                Payload::ElementSection(reader) => {
                    for e in reader {
                        let e = e.map_err(bad)?;
                        let wasmparser::ElementKind::Active {
                            table_index,
                            offset_expr,
                        } = e.kind
                        else {
                            continue;
                        };
                        let Some(offset) = const_expr(&offset_expr) else {
                            continue;
                        };
                        let wasmparser::ElementItems::Functions(funcs) = e.items else {
                            continue;
                        };
                        let table = m.tables.entry(table_index.unwrap_or(0)).or_default();
                        for (i, f) in funcs.into_iter().enumerate() {
                            table.push((offset as u32 + i as u32, f.map_err(bad)?));
                        }
                    }
                }
                Payload::CodeSectionStart { unchecked_range, .. } => m.code_start = unchecked_range.start,
                Payload::CodeSectionEntry(body) => {
                    let index = m.imports.len() + m.funcs.len();
                    let ty = m
                        .func_types
                        .get(index)
                        .and_then(|&t| m.types.get(t as usize))
                        .ok_or_else(|| LowerError::InvalidWasm("function without a type".into()))?;
                    let mut locals: Vec<ValType> = ty.params().to_vec();
                    let params = locals.len();
                    for local in body.get_locals_reader().map_err(bad)? {
                        let (count, ty) = local.map_err(bad)?;
                        if locals.len() + count as usize > 50_000 {
                            return Err(LowerError::InvalidWasm("too many locals".into()));
                        }
                        locals.extend(std::iter::repeat_n(ty, count as usize));
                    }
                    let (mut ops, mut offsets) = (Vec::new(), Vec::new());
                    let mut reader = body.get_operators_reader().map_err(bad)?;
                    while !reader.eof() {
                        let (op, at) = reader.read_with_offset().map_err(bad)?;
                        ops.push(op);
                        offsets.push(at.saturating_sub(m.code_start) as u32);
                    }
                    m.funcs.push(DefinedFunc {
                        locals,
                        params,
                        ops,
                        offsets,
                    });
                }
                Payload::CustomSection(reader) => {
                    if let KnownCustom::Name(names) = reader.as_known() {
                        for name in names.into_iter().flatten() {
                            if let Name::Function(map) = name {
                                for naming in map.into_iter().flatten() {
                                    m.names.insert(naming.index, naming.name.to_string());
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(m)
    }

    /// The functions of table `table` whose type is type `ty`, by slot:
    /// those a `call_indirect` of that type can reach.
    pub fn indirect_targets(&self, table: u32, ty: u32) -> Vec<(u32, u32)> {
        let Some(want) = self.types.get(ty as usize) else {
            return Vec::new();
        };
        self.tables
            .get(&table)
            .map(|t| {
                t.iter()
                    .copied()
                    .filter(|&(_, f)| self.func_type(f) == Some(want))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The type of function `index`.
    pub fn func_type(&self, index: u32) -> Option<&FuncType> {
        self.types.get(*self.func_types.get(index as usize)? as usize)
    }

    /// The defined function `index` (None for imports).
    pub fn defined(&self, index: u32) -> Option<&DefinedFunc<'a>> {
        (index as usize)
            .checked_sub(self.imports.len())
            .and_then(|i| self.funcs.get(i))
    }

    /// The imported function `index` (None for defined functions).
    pub fn import(&self, index: u32) -> Option<&ImportedFunc> {
        self.imports.get(index as usize)
    }

    /// The Rust name of function `index`: demangled from the name section,
    /// without the hash, or `function #N`.
    pub fn rust_name(&self, index: u32) -> String {
        match self.names.get(&index) {
            Some(raw) => format!("{:#}", rustc_demangle::demangle(raw)),
            None => format!("function #{index}"),
        }
    }

    /// (params, results) of a block type.
    pub fn block_arity(&self, ty: BlockType) -> (Vec<ValType>, Vec<ValType>) {
        match ty {
            BlockType::Empty => (vec![], vec![]),
            BlockType::Type(t) => (vec![], vec![t]),
            BlockType::FuncType(i) => match self.types.get(i as usize) {
                Some(f) => (f.params().to_vec(), f.results().to_vec()),
                None => (vec![], vec![]),
            },
        }
    }

    /// Reads `len` bytes of constant data at `addr`, if every byte lies in a data segment.
    pub fn read_data(&self, addr: u32, len: u32) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(len as usize);
        for a in addr..addr.checked_add(len)? {
            let byte = self.data.iter().find_map(|&(start, bytes)| {
                let off = a.checked_sub(start)? as usize;
                bytes.get(off).copied()
            })?;
            out.push(byte);
        }
        Some(out)
    }

    /// The address range `[start, end)` covered by data segments.
    pub fn data_range(&self) -> Option<(u32, u32)> {
        let start = self.data.iter().map(|d| d.0).min()?;
        let end = self.data.iter().map(|d| d.0.saturating_add(d.1.len() as u32)).max()?;
        Some((start, end))
    }
}
