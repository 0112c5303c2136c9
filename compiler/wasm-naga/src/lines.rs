//! The source lines of a wasm module's code, from its DWARF line tables
//! (the wasm route built with `-Cdebuginfo=line-tables-only`).
//!
//! The lowering gives every expression and statement of a lowered module
//! the code offset of the wasm operator it comes from as its span
//! ([`crate::module::DefinedFunc::offsets`]); [`LineTable::line`] turns such
//! an offset into the file and line that LLVM recorded for it: the
//! innermost location, so code inlined from `core` or another crate has
//! that crate's file.

use gimli::{EndianSlice, LittleEndian};
use std::collections::HashMap;
use std::path::PathBuf;
use wasmparser::{Parser, Payload};

/// A wasm module's line table: code offset → source location.
#[derive(Clone, Debug, Default)]
pub struct LineTable {
    /// Rows sorted by address: (address, file, line), `line` 0 where the
    /// code has no line (the end of a sequence, or compiler-made code).
    rows: Vec<(u64, usize, u32)>,
    /// The files rows name, as absolute paths where the unit says where it
    /// was compiled.
    files: Vec<PathBuf>,
}

impl LineTable {
    /// The line table of `wasm`; empty where it has no DWARF.
    pub fn read(wasm: &[u8]) -> Result<LineTable, String> {
        let mut sections: HashMap<&str, &[u8]> = HashMap::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::CustomSection(reader) = payload.map_err(|e| e.to_string())? {
                if reader.name().starts_with(".debug_") {
                    sections.insert(reader.name(), reader.data());
                }
            }
        }
        if !sections.contains_key(".debug_line") {
            return Ok(LineTable::default());
        }
        let load = |id: gimli::SectionId| -> Result<EndianSlice<'_, LittleEndian>, gimli::Error> {
            Ok(EndianSlice::new(
                sections.get(id.name()).copied().unwrap_or(&[]),
                LittleEndian,
            ))
        };
        let dwarf = gimli::Dwarf::load(load).map_err(|e| format!("DWARF: {e}"))?;
        let mut table = LineTable::default();
        let mut file_ids: HashMap<PathBuf, usize> = HashMap::new();
        let mut units = dwarf.units();
        while let Some(header) = units.next().map_err(|e| format!("DWARF units: {e}"))? {
            let unit = dwarf.unit(header).map_err(|e| format!("DWARF unit: {e}"))?;
            let unit = unit.unit_ref(&dwarf);
            let Some(program) = unit.line_program.clone() else {
                continue;
            };
            let comp_dir = unit.comp_dir.map(|d| PathBuf::from(d.to_string_lossy().into_owned()));
            let mut rows = program.rows();
            while let Some((header, row)) = rows.next_row().map_err(|e| format!("DWARF line table: {e}"))? {
                if row.end_sequence() {
                    table.rows.push((row.address(), 0, 0));
                    continue;
                }
                let Some(entry) = row.file(header) else {
                    continue;
                };
                let mut path = comp_dir.clone().unwrap_or_default();
                if let Some(dir) = entry.directory(header) {
                    if let Ok(dir) = unit.attr_string(dir) {
                        path.push(dir.to_string_lossy().as_ref());
                    }
                }
                if let Ok(name) = unit.attr_string(entry.path_name()) {
                    path.push(name.to_string_lossy().as_ref());
                }
                let next = table.files.len();
                let file = *file_ids.entry(path.clone()).or_insert(next);
                if file == next {
                    table.files.push(path);
                }
                let line = row.line().map_or(0, |l| l.get() as u32);
                table.rows.push((row.address(), file, line));
            }
        }
        // Stable: of rows at one address, the last (LLVM's) wins below.
        table.rows.sort_by_key(|&(address, _, _)| address);
        Ok(table)
    }

    /// Whether the module had line tables.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The file and line of the code at `offset` (bytes from the start of
    /// the code section's contents), where it has one.
    pub fn line(&self, offset: u64) -> Option<(&std::path::Path, u32)> {
        let at = self.rows.partition_point(|&(address, _, _)| address <= offset);
        let &(_, file, line) = self.rows.get(at.checked_sub(1)?)?;
        (line != 0).then(|| (self.files[file].as_path(), line))
    }
}
