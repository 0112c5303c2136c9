//! Where the lines of a kernel's PTX and shaders come from in the kernel
//! crate's Rust source, for the code view's mapping both ways. PTX below;
//! shaders in [`shader_sources`].
//!
//! The code view builds the nvptx route with line tables
//! ([`everygpu_compiler::CompileRoute::nvptx_with_line_tables`]): LLVM
//! writes a `.file` directive per source file and a `.loc file line column`
//! before the instructions of each location, commented with its inlining
//! chain, innermost first:
//!
//! ```text
//! .file 1 "/work/k/src/lib.rs"
//! .loc 2 18 5   // src/arch/nvptx.rs:18:5 @[ src/lib.rs:147:5 @[ src/stream.rs:31:21 ] ]
//! ```
//!
//! Each instruction is attributed to the innermost frame of its chain that
//! lies in the kernel crate: code inlined from `core` or `everygpu-kernel`
//! counts for the line of the crate that called it. The innermost frame's
//! file is exact (the `.file` index); the others are named relative to
//! their own crate's folder, so a relative name that a file of another
//! crate in the module also has (`src/lib.rs` of `everygpu-kernel`) is
//! ambiguous and skipped rather than guessed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A Rust source file of the kernel crate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// Its path, relative to the crate's folder.
    pub path: String,
    /// Its text.
    pub text: String,
}

/// A line of one of the crate's [`SourceFile`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SourceLine {
    /// The file (index in the route's sources).
    pub file: usize,
    /// The line, from 1.
    pub line: u32,
}

/// One kernel's PTX as the code view shows it, and where its lines come
/// from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PtxKernel {
    /// The kernel (its `.entry`).
    pub name: String,
    /// The PTX: its entry and the functions it calls, without the line
    /// tables' directives and labels.
    pub text: String,
    /// Per line of `text`, the source line it comes from, where known.
    pub sources: Vec<Option<SourceLine>>,
}

/// The kernel crate's source files that mapped code reaches, read once
/// each.
pub struct CrateFiles {
    crate_dir: PathBuf,
    sources: Vec<SourceFile>,
    /// Crate-relative path → index in `sources` (`None`: unreadable).
    opened: HashMap<PathBuf, Option<usize>>,
}

impl CrateFiles {
    /// The files of the crate in `crate_dir`.
    pub fn new(crate_dir: &Path) -> CrateFiles {
        CrateFiles {
            crate_dir: std::fs::canonicalize(crate_dir).unwrap_or_else(|_| crate_dir.to_owned()),
            sources: Vec::new(),
            opened: HashMap::new(),
        }
    }

    /// The files read so far.
    pub fn into_sources(self) -> Vec<SourceFile> {
        self.sources
    }

    /// `line` of `path`, where `path` is a readable file of the crate that
    /// has that line.
    pub fn line(&mut self, path: &Path, line: u32) -> Option<SourceLine> {
        if line == 0 {
            return None;
        }
        let relative = path.strip_prefix(&self.crate_dir).ok()?.to_owned();
        let file = match self.opened.get(&relative) {
            Some(&file) => file,
            None => {
                let file = std::fs::read_to_string(path).ok().map(|text| {
                    self.sources.push(SourceFile {
                        path: relative.display().to_string(),
                        text,
                    });
                    self.sources.len() - 1
                });
                self.opened.insert(relative, file);
                file
            }
        }?;
        (line as usize <= self.sources[file].text.lines().count()).then_some(SourceLine { file, line })
    }
}

/// A PTX module's line tables, and the crate's source files they reach.
pub struct LineTables {
    /// `.file` index → path.
    files: HashMap<u32, String>,
    crate_files: CrateFiles,
}

impl LineTables {
    /// The `.file` directives of `module`, for the crate in `crate_dir`.
    pub fn new(module: &str, crate_dir: &Path) -> LineTables {
        let files = module
            .lines()
            .filter_map(|l| {
                let rest = l.trim_start().strip_prefix(".file")?;
                let (index, path) = rest.trim_start().split_once(char::is_whitespace)?;
                let path = path.trim().strip_prefix('"')?.split('"').next()?;
                Some((index.parse().ok()?, path.to_string()))
            })
            .collect();
        LineTables {
            files,
            crate_files: CrateFiles::new(crate_dir),
        }
    }

    /// The source files the kernels mapped so far reach.
    pub fn into_sources(self) -> Vec<SourceFile> {
        self.crate_files.into_sources()
    }

    /// Kernel `name`'s PTX (`text`, its part of the module) as shown, with
    /// each line's source.
    pub fn map(&mut self, name: &str, text: &str) -> PtxKernel {
        let mut shown = Vec::new();
        let mut sources = Vec::new();
        let mut here = None;
        for line in text.lines() {
            let t = line.trim_start();
            if let Some(loc) = t.strip_prefix(".loc") {
                here = self.location(loc);
                continue;
            }
            if t.starts_with(".file") || is_debug_label(t) {
                continue;
            }
            if t.starts_with(".visible") || t.starts_with(".entry") || t.starts_with(".func") || line == "}" {
                here = None;
            }
            if let Some(target) = t.strip_prefix(".target") {
                // The line tables make it `sm_80, debug`: the PTX that runs
                // is the same without them.
                shown.push(format!(".target{}", target.replace(", debug", "")));
            } else {
                shown.push(line.to_string());
            }
            // A label or a comment belongs to no line: the code after it does.
            let label = !line.starts_with(char::is_whitespace) && t.ends_with(':');
            sources.push(if label || t.starts_with("//") { None } else { here });
        }
        let mut text = shown.join("\n");
        text.push('\n');
        PtxKernel {
            name: name.to_string(),
            text,
            sources,
        }
    }

    /// The source line of a `.loc` directive's operands and comment.
    fn location(&mut self, loc: &str) -> Option<SourceLine> {
        let (operands, comment) = loc.split_once("//").unwrap_or((loc, ""));
        let mut words = operands.split_whitespace();
        let file: u32 = words.next()?.parse().ok()?;
        let line: u32 = words.next()?.parse().ok()?;
        let exact = self.files.get(&file).cloned()?;
        // The chain, innermost first: `a:1:2 @[ b:3:4 @[ c:5:6 ] ]`.
        let comment = comment.replace(']', "");
        let mut frames = comment.split("@[").map(str::trim).filter(|f| !f.is_empty());
        // The innermost frame is the `.loc` itself, its file exact.
        frames.next();
        if let Some(found) = self.crate_files.line(Path::new(&exact), line) {
            return Some(found);
        }
        for frame in frames {
            let mut parts = frame.rsplitn(3, ':');
            let (_column, line, name) = (parts.next(), parts.next(), parts.next());
            let (Some(line), Some(name)) = (line.and_then(|l| l.parse().ok()), name) else {
                continue;
            };
            if let Some(path) = self.resolve(name) {
                if let Some(found) = self.crate_files.line(&path, line) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// The absolute path an outer frame's file name stands for, where it
    /// is unambiguous.
    fn resolve(&self, name: &str) -> Option<PathBuf> {
        let path = Path::new(name);
        if path.is_absolute() {
            return Some(path.to_owned());
        }
        // Another crate's file of the same relative name in the module:
        // which of the two this frame is cannot be told.
        let suffix = format!("/{name}");
        let crate_dir = &self.crate_files.crate_dir;
        if self
            .files
            .values()
            .any(|f| f.ends_with(&suffix) && !Path::new(f).starts_with(crate_dir))
        {
            return None;
        }
        Some(crate_dir.join(path))
    }
}

/// The source line of each line of `text`, a shader that naga wrote from
/// `kernel`'s module (WGSL, MSL, HLSL): naga names each expression it binds
/// `_e<index>`, and the lowering gave each expression the code offset of its
/// wasm operator as its span, which `table` turns into a line. A line takes
/// the source of the expression it binds, or else of the first one it
/// uses; lines that use none (braces, `loop`) have none.
pub fn shader_sources(
    text: &str,
    kernel: &everygpu_backend::ShaderKernel,
    table: &everygpu_wasm_naga::lines::LineTable,
    files: &mut CrateFiles,
) -> Vec<Option<SourceLine>> {
    let Some(entry) = kernel.module.entry_points.iter().find(|e| e.name == kernel.name) else {
        return vec![None; text.lines().count()];
    };
    let expressions = &entry.function.expressions;
    let offsets: Vec<Option<u64>> = expressions
        .iter()
        .map(|(h, _)| expressions.get_span(h).to_range().map(|r| r.start as u64))
        .collect();
    let mut lines: HashMap<u64, Option<SourceLine>> = HashMap::new();
    text.lines()
        .map(|line| {
            let index = line
                .split_once("let _e")
                .and_then(|(_, rest)| leading_number(rest))
                .or_else(|| expression_names(line).next())?;
            let offset = (*offsets.get(index)?)?;
            *lines.entry(offset).or_insert_with(|| {
                let (path, line) = table.line(offset)?;
                files.line(path, line)
            })
        })
        .collect()
}

/// `kernel`'s SPIR-V disassembly (by `disassemble`) with the source line of
/// each of its lines. SPIR-V ids are not naga's expressions, so the module
/// is written again for reading: its statements carry the lines of the
/// crate's file that most of the kernel's code comes from, as `OpLine`s
/// (each `Emit` split where its expressions' lines change), and the lines
/// after an `OpLine` take its line. Code of other files or of no line is
/// marked past the file's end, which maps to nothing. The instructions are
/// those of the SPIR-V that runs; the `OpLine`s, `OpString`s and
/// `OpSource` are left out of the text.
pub fn spirv_sources(
    kernel: &everygpu_backend::ShaderKernel,
    table: &everygpu_wasm_naga::lines::LineTable,
    files: &mut CrateFiles,
    disassemble: impl Fn(&[u32]) -> Result<String, String>,
) -> Option<(String, Vec<Option<SourceLine>>)> {
    let mut module = (*kernel.module).clone();
    let entry = module.entry_points.iter_mut().find(|e| e.name == kernel.name)?;
    let function = &mut entry.function;
    // The line of every code offset the expressions and statements carry.
    let mut offsets: Vec<naga::Span> = function
        .expressions
        .iter()
        .map(|(h, _)| function.expressions.get_span(h))
        .collect();
    statement_spans(&function.body, &mut offsets);
    let line_of_offset: HashMap<u64, Option<SourceLine>> = offsets
        .iter()
        .filter_map(|span| span.to_range())
        .map(|r| {
            let offset = r.start as u64;
            (
                offset,
                table.line(offset).and_then(|(path, line)| files.line(path, line)),
            )
        })
        .collect();
    let line_of_span =
        |span: naga::Span| -> Option<SourceLine> { *line_of_offset.get(&(span.to_range()?.start as u64))? };
    // Each expression's line, and the file most of them are in.
    let lines: Vec<Option<SourceLine>> = function
        .expressions
        .iter()
        .map(|(h, _)| line_of_span(function.expressions.get_span(h)))
        .collect();
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for l in lines.iter().flatten() {
        *counts.entry(l.file).or_default() += 1;
    }
    let (&file, _) = counts.iter().max_by_key(|&(f, n)| (*n, std::cmp::Reverse(*f)))?;
    let text = files.sources[file].text.clone();
    // Byte ranges of the file's lines; one past the end for no line.
    let mut starts = vec![0usize];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let source = format!("{text}\n");
    let nowhere = naga::Span::new(source.len() as u32, source.len() as u32);
    let span_of = |l: Option<SourceLine>| match l {
        Some(l) if l.file == file => {
            let start = starts[l.line as usize - 1] as u32;
            naga::Span::new(start, start + 1)
        }
        _ => nowhere,
    };
    respan_block(
        &mut function.body,
        &lines,
        &mut |span| span_of(line_of_span(span)),
        &span_of,
    );

    let mut validator =
        naga::valid::Validator::new(naga::valid::ValidationFlags::empty(), naga::valid::Capabilities::all());
    let info = validator.validate(&module).ok()?;
    let mut options = everygpu_backend::shader::spirv_options_for(
        kernel.subgroup_ops != 0 || kernel.uses_matrices,
        kernel.indices_clamped,
    );
    let file_name = files.sources[file].path.clone();
    options.debug_info = Some(naga::back::spv::DebugInfo {
        source_code: &source,
        file_name: &file_name,
        language: naga::back::spv::SourceLanguage::Unknown,
    });
    let words = everygpu_backend::shader::write_spirv(&module, &info, &options, &kernel.name).ok()?;
    let (widths, _) = everygpu_backend::spirv_words::declared_types(&words).ok()?;
    let words = everygpu_backend::shader::finish_spirv(&words, &widths).ok()?;
    let listing = disassemble(&words).ok()?;

    let mut shown = Vec::new();
    let mut sources = Vec::new();
    let mut here = None;
    for line in listing.lines() {
        let t = line.trim_start();
        let op = t.split_once("= ").map_or(t, |(_, op)| op);
        if let Some(rest) = op.strip_prefix("OpLine ") {
            let number = rest.split_whitespace().nth(1).and_then(|n| n.parse().ok());
            here = number
                .and_then(|n: u32| (n as usize <= starts.len() && n != 0).then_some(SourceLine { file, line: n }));
            continue;
        }
        if op.starts_with("OpNoLine") || op.starts_with("OpLabel") || op.starts_with("OpFunctionEnd") {
            here = None;
        }
        if op.starts_with("OpSource") || op.starts_with("OpString") || op.starts_with("OpNoLine") {
            continue;
        }
        shown.push(line);
        sources.push(here);
    }
    let mut text = shown.join("\n");
    text.push('\n');
    Some((text, sources))
}

/// Appends the spans of the statements of `block` and the blocks in it.
fn statement_spans(block: &naga::Block, out: &mut Vec<naga::Span>) {
    for (statement, span) in block.span_iter() {
        out.push(*span);
        match statement {
            naga::Statement::Block(b) => statement_spans(b, out),
            naga::Statement::If { accept, reject, .. } => {
                statement_spans(accept, out);
                statement_spans(reject, out);
            }
            naga::Statement::Switch { cases, .. } => cases.iter().for_each(|c| statement_spans(&c.body, out)),
            naga::Statement::Loop { body, continuing, .. } => {
                statement_spans(body, out);
                statement_spans(continuing, out);
            }
            _ => {}
        }
    }
}

/// Gives the statements of `block` (and the blocks in them) the spans
/// `span` makes of theirs, splitting each `Emit` where the lines of its
/// expressions (`lines`, by index) change.
fn respan_block(
    block: &mut naga::Block,
    lines: &[Option<SourceLine>],
    span: &mut impl FnMut(naga::Span) -> naga::Span,
    span_of: &impl Fn(Option<SourceLine>) -> naga::Span,
) {
    let old = std::mem::take(block);
    for (mut statement, s) in old.span_iter().map(|(st, sp)| (st.clone(), *sp)) {
        match statement {
            naga::Statement::Emit(ref range) => {
                // Runs of expressions of one line, each its own `Emit`.
                let line = |h: naga::Handle<naga::Expression>| lines.get(h.index()).copied().flatten();
                let mut runs: Vec<(naga::Handle<naga::Expression>, naga::Handle<naga::Expression>)> = Vec::new();
                for h in range.clone() {
                    match runs.last_mut() {
                        Some((first, last)) if line(*first) == line(h) => *last = h,
                        _ => runs.push((h, h)),
                    }
                }
                for (first, last) in runs {
                    block.push(
                        naga::Statement::Emit(naga::Range::new_from_bounds(first, last)),
                        span_of(line(first)),
                    );
                }
                continue;
            }
            naga::Statement::Block(ref mut b) => respan_block(b, lines, span, span_of),
            naga::Statement::If {
                ref mut accept,
                ref mut reject,
                ..
            } => {
                respan_block(accept, lines, span, span_of);
                respan_block(reject, lines, span, span_of);
            }
            naga::Statement::Switch { ref mut cases, .. } => {
                for case in cases {
                    respan_block(&mut case.body, lines, span, span_of);
                }
            }
            naga::Statement::Loop {
                ref mut body,
                ref mut continuing,
                ..
            } => {
                respan_block(body, lines, span, span_of);
                respan_block(continuing, lines, span, span_of);
            }
            _ => {}
        }
        block.push(statement, span(s));
    }
}

/// The indices of the `_e<index>` names in `line`, in order.
fn expression_names(line: &str) -> impl Iterator<Item = usize> + '_ {
    line.match_indices("_e").filter_map(move |(at, _)| {
        let before = line[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return None;
        }
        leading_number(&line[at + 2..])
    })
}

/// The number `s` starts with, where it is followed by no other word
/// character.
fn leading_number(s: &str) -> Option<usize> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let after = s[digits..].chars().next();
    if digits == 0 || after.is_some_and(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    s[..digits].parse().ok()
}

/// A label that only the line tables need (`$L__func_begin0:`,
/// `$L__tmp3:`, `$L__func_end0:`).
fn is_debug_label(line: &str) -> bool {
    let Some(label) = line.strip_suffix(':') else {
        return false;
    };
    ["$L__func_begin", "$L__func_end", "$L__tmp"].iter().any(|p| {
        label
            .strip_prefix(p)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A crate with `src/lib.rs` and `src/ops.rs`, beside a dependency
    /// that has a `src/lib.rs` too.
    fn crate_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::create_dir_all(dir.path().join("src")).expect("src");
        let lib = "#![no_std]\nmod ops;\n\n#[kernel]\npub fn saxpy(a: f32, x: &[f32], y: &mut [f32]) {\n    let i = global_index();\n    y[i] = ops::axpy(a, x[i], y[i]);\n}\n";
        std::fs::write(dir.path().join("src/lib.rs"), lib).expect("lib.rs");
        std::fs::write(
            dir.path().join("src/ops.rs"),
            "pub fn axpy(a: f32, x: f32, y: f32) -> f32 {\n    a * x + y\n}\n",
        )
        .expect("ops.rs");
        dir
    }

    fn module(dir: &Path) -> String {
        let d = dir.display();
        format!(
            "\
.version 8.0
.target sm_80, debug
.address_size 64
\t.file\t1 \"{d}/src/lib.rs\"
\t.file\t2 \"/deps/everygpu-kernel/src/lib.rs\"
\t.file\t3 \"{d}/src/ops.rs\"
\t.file\t4 \"/rust/library/core/src/slice/index.rs\"
.visible .entry saxpy(
\t.param .u64 saxpy_param_0
)
{{
$L__func_begin0:
\t.loc\t1 5 0                          // src/lib.rs:5:0
\tld.param.u64 \t%rd1, [saxpy_param_0];
$L__tmp0:
\t.loc\t2 147 5                        // src/lib.rs:147:5 @[ src/lib.rs:6:13 @[ src/lib.rs:5:1 ] ]
\tmov.u32 \t%r1, %tid.x;
\t.loc\t3 2 5                          // src/ops.rs:2:5 @[ src/lib.rs:7:12 @[ src/lib.rs:5:1 ] ]
\tfma.rn.f32 \t%f3, %f1, %f2, %f3;
\t.loc\t4 290 9                        // /rust/library/core/src/slice/index.rs:290:9 @[ src/ops.rs:2:9 @[ src/lib.rs:7:12 ] ]
\tsetp.ge.u64 \t%p1, %rd2, %rd3;
\t.loc\t1 0 5                          // src/lib.rs:0:5
\tret;
$L__func_end0:
}}
"
        )
    }

    #[test]
    fn each_instruction_maps_to_the_innermost_line_of_the_crate() {
        let dir = crate_dir();
        let text = module(dir.path());
        let mut tables = LineTables::new(&text, dir.path());
        let kernel = tables.map("saxpy", &text);
        let sources = tables.into_sources();
        let line_of = |needle: &str| {
            let i = kernel.text.lines().position(|l| l.contains(needle)).expect(needle);
            kernel.sources[i].map(|s| (sources[s.file].path.as_str(), s.line))
        };
        assert_eq!(line_of("ld.param"), Some(("src/lib.rs", 5)));
        // Inlined from the dependency's `src/lib.rs`, called from this
        // crate's line 6: but that call site is named `src/lib.rs` too, and
        // the dependency has such a file: skipped, not guessed.
        assert_eq!(line_of("mov.u32"), None);
        // This crate's other file, exactly.
        assert_eq!(line_of("fma.rn"), Some(("src/ops.rs", 2)));
        // Inlined from `core` (absolute) into `src/ops.rs` (unambiguous).
        assert_eq!(line_of("setp.ge"), Some(("src/ops.rs", 2)));
        // Line 0: code of no line.
        assert_eq!(line_of("ret;"), None);
        assert_eq!(kernel.text.lines().count(), kernel.sources.len());
    }

    #[test]
    fn the_line_tables_are_left_out_of_the_text() {
        let dir = crate_dir();
        let text = module(dir.path());
        let kernel = LineTables::new(&text, dir.path()).map("saxpy", &text);
        for gone in [
            ".loc",
            ".file",
            "$L__func_begin0",
            "$L__tmp0",
            "$L__func_end0",
            ", debug",
        ] {
            assert!(!kernel.text.contains(gone), "`{gone}` in\n{}", kernel.text);
        }
        assert!(kernel.text.contains(".target sm_80\n"), "{}", kernel.text);
        assert!(kernel.text.contains("fma.rn.f32"), "{}", kernel.text);
    }

    #[test]
    fn files_outside_the_crate_and_lines_past_a_file_s_end_map_nowhere() {
        let dir = crate_dir();
        let text = module(dir.path()).replace(".loc\t3 2 5 ", ".loc\t3 99 5 ");
        let mut tables = LineTables::new(&text, dir.path());
        let kernel = tables.map("saxpy", &text);
        let i = kernel.text.lines().position(|l| l.contains("fma.rn")).expect("fma");
        // `src/ops.rs` has 3 lines: line 99 is not in it; its caller,
        // `src/lib.rs:7`, is ambiguous.
        assert_eq!(kernel.sources[i], None);
        let sources = tables.into_sources();
        assert!(sources.iter().all(|s| !s.path.starts_with('/')), "{sources:?}");
    }
}
