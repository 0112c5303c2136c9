//! What kernel threads print (`gpu_println!`, see `everygpu_kernel::print`):
//! the print area every backend reads back after a launch, its records, and
//! their formatting, the same for every backend.
//!
//! The area follows the status words ([`PRINT_AT`]): words reserved, records
//! dropped, the capacity in words, then the records. A record is its length
//! in words, its call site (three words: an address and a length on CUDA,
//! a number elsewhere), the linear indices of the thread's workgroup and of
//! the thread in it, then per argument a kind word and the value's words.
//! A call site is text: file, line, column and the format string with every
//! placeholder numbered (`{0:.3}`), NUL separated.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt::Write;

/// The first word of the print area in a launch's status buffer (see
/// `everygpu_kernel::print::PRINT_AT`).
pub const PRINT_AT: usize = crate::STATUS_WORDS;
/// Words of the area before its records.
pub const PRINT_HEADER_WORDS: usize = 3;
/// Words a record starts with.
pub const RECORD_HEADER_WORDS: usize = 6;
/// Words of records a launch's print area holds.
pub const PRINT_CAPACITY_WORDS: usize = 1 << 20;
/// Words of a status buffer with a print area: the status words, the
/// area's header and its records.
pub const STATUS_WITH_PRINTS_WORDS: usize = PRINT_AT + PRINT_HEADER_WORDS + PRINT_CAPACITY_WORDS;

/// Words of the status buffer of a kernel with `sites` call sites: the
/// status words, and the print area where the kernel prints.
pub fn status_words(sites: &[String]) -> usize {
    if sites.is_empty() {
        crate::STATUS_WORDS
    } else {
        STATUS_WITH_PRINTS_WORDS
    }
}

/// Where the capacity word of a status buffer's print area is, in bytes
/// (the host writes [`PRINT_CAPACITY_WORDS`] there before a launch).
pub const CAPACITY_AT_BYTES: u64 = ((PRINT_AT + 2) * 4) as u64;

/// Kinds of argument values (see `everygpu_kernel::print::kind`).
mod kind {
    pub const U32: u32 = 1;
    pub const I32: u32 = 2;
    pub const F32: u32 = 3;
    pub const U64: u32 = 4;
    pub const I64: u32 = 5;
    pub const F64: u32 = 6;
    pub const BOOL: u32 = 7;
    pub const CHAR: u32 = 8;
    pub const F16: u32 = 9;
    pub const BF16: u32 = 10;
    pub const DIM3: u32 = 11;
}

/// What one call printed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Printed {
    /// The launch, in the case's order.
    pub launch: u32,
    /// The thread's workgroup.
    pub workgroup: [u32; 3],
    /// The thread's id in its workgroup.
    pub local: [u32; 3],
    /// The text, with its newline for `gpu_println!`.
    pub text: String,
}

/// What a case's threads printed, in order: by launch, workgroup, thread,
/// then call.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prints {
    /// The records that fitted, formatted.
    pub records: Vec<Printed>,
    /// Records that did not fit into a launch's print area.
    pub dropped: u64,
}

impl Prints {
    /// Whether nothing printed and nothing was dropped.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.dropped == 0
    }

    /// The lines, in order (each record's text; a `gpu_print!` without a
    /// newline continues on the line of the thread's next record).
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let mut open: Option<(u32, [u32; 3], [u32; 3])> = None;
        for r in &self.records {
            let thread = (r.launch, r.workgroup, r.local);
            let mut text = r.text.as_str();
            if open == Some(thread) {
                let (first, rest) = text.split_once('\n').map_or((text, None), |(a, b)| (a, Some(b)));
                if let Some(last) = lines.last_mut() {
                    let last: &mut String = last;
                    last.push_str(first);
                }
                match rest {
                    Some(rest) => text = rest,
                    None => continue,
                }
            }
            open = None;
            let ends_open = !text.is_empty() && !text.ends_with('\n');
            let body = text.strip_suffix('\n').unwrap_or(text);
            if !body.is_empty() || text.ends_with('\n') {
                lines.extend(body.split('\n').map(str::to_string));
            }
            if ends_open {
                open = Some(thread);
            }
        }
        lines
    }
}

/// A launch's grid, to turn linear indices back into ids.
#[derive(Clone, Copy, Debug)]
pub struct Grid {
    /// Workgroups per dimension.
    pub groups: [u32; 3],
    /// Threads per workgroup per dimension.
    pub size: [u32; 3],
}

fn unlinear(i: u32, dims: [u32; 3]) -> [u32; 3] {
    let (x, y) = (dims[0].max(1), dims[1].max(1));
    [i % x, i / x % y, i / x / y]
}

/// A call site, parsed.
#[derive(Clone, Debug, PartialEq)]
struct Site {
    /// Where the call is: `file:line:column`.
    location: String,
    pieces: Vec<Piece>,
}

#[derive(Clone, Debug, PartialEq)]
enum Piece {
    Text(String),
    Arg(usize, Spec),
}

impl Site {
    /// Parses a site's text.
    fn parse(text: &str) -> Result<Site, String> {
        let mut parts = text.splitn(4, '\0');
        let (Some(file), Some(line), Some(column), Some(template)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(format!("a print site that is not one: {text:?}"));
        };
        let mut pieces = Vec::new();
        let mut lit = String::new();
        let mut it = template.chars().peekable();
        while let Some(c) = it.next() {
            match c {
                '{' | '}' if it.peek() == Some(&c) => {
                    it.next();
                    lit.push(c);
                }
                '{' => {
                    let inner: String = it.by_ref().take_while(|&c| c != '}').collect();
                    let (index, spec) = inner.split_once(':').unwrap_or((&inner, ""));
                    let index = index
                        .parse()
                        .map_err(|_| format!("a placeholder without its index: {{{inner}}}"))?;
                    pieces.push(Piece::Text(std::mem::take(&mut lit)));
                    pieces.push(Piece::Arg(index, Spec::parse(spec)));
                }
                c => lit.push(c),
            }
        }
        pieces.push(Piece::Text(lit));
        Ok(Site {
            location: format!("{file}:{line}:{column}"),
            pieces,
        })
    }

    /// Formats the site's string with `args`.
    fn format(&self, args: &[Value]) -> String {
        let mut out = String::new();
        for p in &self.pieces {
            match p {
                Piece::Text(t) => out.push_str(t),
                Piece::Arg(i, spec) => match args.get(*i) {
                    Some(v) => spec.write(&mut out, v),
                    None => out.push_str("{?}"),
                },
            }
        }
        out
    }
}

/// A printed argument's value.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    U32(u32),
    I32(i32),
    F32(f32),
    U64(u64),
    I64(i64),
    F64(f64),
    Bool(bool),
    Char(char),
    F16(half::f16),
    Bf16(half::bf16),
    Dim3([u32; 3]),
    Array(Vec<Value>),
}

/// Reads one scalar of `kind` from `words`.
fn scalar(kind: u32, words: &mut impl Iterator<Item = u32>) -> Option<Value> {
    let mut w = || words.next();
    Some(match kind {
        kind::U32 => Value::U32(w()?),
        kind::I32 => Value::I32(w()? as i32),
        kind::F32 => Value::F32(f32::from_bits(w()?)),
        kind::U64 => Value::U64(w()? as u64 | (w()? as u64) << 32),
        kind::I64 => Value::I64((w()? as u64 | (w()? as u64) << 32) as i64),
        kind::F64 => Value::F64(f64::from_bits(w()? as u64 | (w()? as u64) << 32)),
        kind::BOOL => Value::Bool(w()? != 0),
        kind::CHAR => Value::Char(char::from_u32(w()?).unwrap_or(char::REPLACEMENT_CHARACTER)),
        kind::F16 => Value::F16(half::f16::from_bits(w()? as u16)),
        kind::BF16 => Value::Bf16(half::bf16::from_bits(w()? as u16)),
        kind::DIM3 => Value::Dim3([w()?, w()?, w()?]),
        _ => return None,
    })
}

/// Reads a record's arguments.
fn values(mut words: impl Iterator<Item = u32>) -> Option<Vec<Value>> {
    let mut out = Vec::new();
    while let Some(k) = words.next() {
        let (kind, count) = (k & 0xff, k >> 8);
        out.push(if count == 0 {
            scalar(kind, &mut words)?
        } else {
            Value::Array((0..count).map(|_| scalar(kind, &mut words)).collect::<Option<_>>()?)
        });
    }
    Some(out)
}

/// Reads the print area of launch `launch` (`area`: its header and as many
/// of its records as were read back). `site` resolves a record's three
/// site words to the site's text; sites are resolved once each.
pub fn read_area(
    area: &[u32],
    launch: u32,
    grid: Grid,
    site: &mut dyn FnMut([u32; 3]) -> Result<String, String>,
    prints: &mut Prints,
) -> Result<(), String> {
    let [reserved, dropped, capacity] = match area {
        [a, b, c, ..] => [*a as usize, *b as usize, *c as usize],
        _ => return Ok(()),
    };
    prints.dropped += dropped as u64;
    let used = reserved.min(capacity);
    let records = area
        .get(PRINT_HEADER_WORDS..PRINT_HEADER_WORDS + used)
        .ok_or("the print area was not read back whole")?;
    read_records(records, launch, grid, site, prints)
}

/// Reads the print areas of a case's launches from the status buffer of the
/// shader backends: launch `l`'s status words at byte `l * stride` of
/// `slots`, followed by its print area where its kernel prints (`sites`
/// not empty). Each site is text the lowering found (see
/// `ShaderKernel::print_sites`), numbered by the records.
pub fn read_slots<'a>(
    slots: &[u8],
    stride: usize,
    launches: impl IntoIterator<Item = (&'a [String], Grid)>,
    prints: &mut Prints,
) -> Result<(), String> {
    let word = |bytes: &[u8], i: usize| {
        bytes
            .get(4 * i..4 * i + 4)
            .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    };
    for (l, (sites, grid)) in launches.into_iter().enumerate() {
        if sites.is_empty() {
            continue;
        }
        let area = slots
            .get(l * stride + PRINT_AT * 4..)
            .ok_or("the status buffer ends before a print area")?;
        let header: Vec<u32> = (0..PRINT_HEADER_WORDS).filter_map(|i| word(area, i)).collect();
        let used = header.first().map_or(0, |&w| w as usize).min(PRINT_CAPACITY_WORDS);
        let words: Vec<u32> = (0..PRINT_HEADER_WORDS + used).map_while(|i| word(area, i)).collect();
        let mut site = |[number, _, _]: [u32; 3]| {
            sites
                .get(number as usize)
                .cloned()
                .ok_or_else(|| format!("print site {number} is not one of the kernel's {}", sites.len()))
        };
        read_area(&words, l as u32, grid, &mut site, prints)?;
    }
    Ok(())
}

/// Reads records laid out one after another (see the module documentation).
pub fn read_records(
    mut records: &[u32],
    launch: u32,
    grid: Grid,
    site: &mut dyn FnMut([u32; 3]) -> Result<String, String>,
    prints: &mut Prints,
) -> Result<(), String> {
    let mut sites: HashMap<[u32; 3], Site> = HashMap::new();
    let first = prints.records.len();
    // A zero length ends the records: the record that did not fit where
    // the area ends left it (see `everygpu_kernel::print`).
    while records.first().is_some_and(|&len| len != 0) {
        let len = records[0] as usize;
        let record = records
            .get(..len)
            .filter(|_| len >= RECORD_HEADER_WORDS)
            .ok_or_else(|| format!("a print record of {len} words, past the area's end"))?;
        records = &records[len..];
        let key = [record[1], record[2], record[3]];
        let s = match sites.get(&key) {
            Some(s) => s,
            None => {
                let s = Site::parse(&site(key)?)?;
                sites.entry(key).or_insert(s)
            }
        };
        let args = values(record[RECORD_HEADER_WORDS..].iter().copied())
            .ok_or_else(|| format!("a print record of {} whose arguments cannot be read", s.location))?;
        prints.records.push(Printed {
            launch,
            workgroup: unlinear(record[4], grid.groups),
            local: unlinear(record[5], grid.size),
            text: s.format(&args),
        });
    }
    // Stable: a thread's calls keep their order.
    let order = |r: &Printed| {
        (
            r.launch,
            r.workgroup[2],
            r.workgroup[1],
            r.workgroup[0],
            r.local[2],
            r.local[1],
            r.local[0],
        )
    };
    prints.records[first..].sort_by_key(order);
    Ok(())
}

/// A placeholder's format spec, as `format!` reads it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    plus: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
    ty: String,
}

impl Spec {
    fn parse(s: &str) -> Spec {
        let c: Vec<char> = s.chars().collect();
        let mut spec = Spec::default();
        let mut i = 0;
        let is_align = |c: char| matches!(c, '<' | '^' | '>');
        if c.len() >= 2 && is_align(c[1]) {
            (spec.fill, spec.align, i) = (Some(c[0]), Some(c[1]), 2);
        } else if c.first().copied().is_some_and(is_align) {
            (spec.align, i) = (Some(c[0]), 1);
        }
        if let Some(&s) = c.get(i).filter(|&&s| s == '+' || s == '-') {
            spec.plus = s == '+';
            i += 1;
        }
        if c.get(i) == Some(&'#') {
            (spec.alternate, i) = (true, i + 1);
        }
        if c.get(i) == Some(&'0') {
            (spec.zero, i) = (true, i + 1);
        }
        let digits = |i: &mut usize| {
            let start = *i;
            while c.get(*i).is_some_and(|d| d.is_ascii_digit()) {
                *i += 1;
            }
            c[start..*i].iter().collect::<String>().parse::<usize>().ok()
        };
        spec.width = digits(&mut i).unwrap_or(0);
        if c.get(i) == Some(&'.') {
            i += 1;
            spec.precision = digits(&mut i);
        }
        spec.ty = c[i..].iter().collect();
        spec
    }

    /// Appends `v` formatted as Rust formats it with this spec (composites
    /// format every element with the whole spec, as `Debug` does).
    fn write(&self, out: &mut String, v: &Value) {
        match v {
            Value::Dim3([x, y, z]) => {
                let _ = write!(out, "Dim3 {{ x: ");
                self.write(out, &Value::U32(*x));
                out.push_str(", y: ");
                self.write(out, &Value::U32(*y));
                out.push_str(", z: ");
                self.write(out, &Value::U32(*z));
                out.push_str(" }");
            }
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write(out, item);
                }
                out.push(']');
            }
            scalar => self.pad(out, scalar),
        }
    }

    /// One scalar, padded to the width.
    fn pad(&self, out: &mut String, v: &Value) {
        let (sign, body) = self.body(v);
        let numeric = !matches!(v, Value::Bool(_) | Value::Char(_));
        let len = sign.chars().count() + body.chars().count();
        if len >= self.width {
            out.push_str(&sign);
            out.push_str(&body);
        } else if self.zero && numeric {
            // Zeros go after the sign and the radix prefix.
            let (prefix, digits) = match body.get(..2) {
                Some(p @ ("0x" | "0b" | "0o")) => (p, &body[2..]),
                _ => ("", body.as_str()),
            };
            out.push_str(&sign);
            out.push_str(prefix);
            out.extend(std::iter::repeat_n('0', self.width - len));
            out.push_str(digits);
        } else {
            let fill = self.fill.unwrap_or(' ');
            let pad = self.width - len;
            let (before, after) = match self.align.unwrap_or(if numeric { '>' } else { '<' }) {
                '<' => (0, pad),
                '^' => (pad / 2, pad - pad / 2),
                _ => (pad, 0),
            };
            out.extend(std::iter::repeat_n(fill, before));
            out.push_str(&sign);
            out.push_str(&body);
            out.extend(std::iter::repeat_n(fill, after));
        }
    }

    /// A scalar's sign (`-`, or `+` where asked) and the rest, unpadded.
    fn body(&self, v: &Value) -> (String, String) {
        let debug = self.ty == "?";
        let float = |x: f64, text: String| -> (String, String) {
            let negative = text.starts_with('-');
            let body = text.trim_start_matches('-').to_string();
            let sign = if negative {
                "-"
            } else if self.plus && !x.is_nan() {
                "+"
            } else {
                ""
            };
            (sign.to_string(), body)
        };
        let int = |negative: bool, magnitude: String| {
            let sign = if negative {
                "-"
            } else if self.plus {
                "+"
            } else {
                ""
            };
            (sign.to_string(), magnitude)
        };
        // Integers in a radix print the bits of their own width.
        let radix = |bits: u64| -> String {
            let (prefix, digits) = match self.ty.as_str() {
                "x" => ("0x", format!("{bits:x}")),
                "X" => ("0x", format!("{bits:X}")),
                "b" => ("0b", format!("{bits:b}")),
                _ => ("0o", format!("{bits:o}")),
            };
            if self.alternate {
                format!("{prefix}{digits}")
            } else {
                digits
            }
        };
        let radix_ty = matches!(self.ty.as_str(), "x" | "X" | "b" | "o");
        match *v {
            Value::U32(x) if radix_ty => (String::new(), radix(x as u64)),
            Value::I32(x) if radix_ty => (String::new(), radix(x as u32 as u64)),
            Value::U64(x) if radix_ty => (String::new(), radix(x)),
            Value::I64(x) if radix_ty => (String::new(), radix(x as u64)),
            Value::U32(x) => int(false, x.to_string()),
            Value::U64(x) => int(false, x.to_string()),
            Value::I32(x) => int(x < 0, x.unsigned_abs().to_string()),
            Value::I64(x) => int(x < 0, x.unsigned_abs().to_string()),
            Value::F32(x) => float(x as f64, self.float_text(x, debug)),
            Value::F64(x) => float(x, self.float_text(x, debug)),
            Value::F16(x) => float(x.to_f64(), self.float_text(x.to_f32(), debug)),
            Value::Bf16(x) => float(x.to_f64(), self.float_text(x.to_f32(), debug)),
            Value::Bool(b) => (String::new(), b.to_string()),
            Value::Char(c) if debug => (String::new(), format!("{c:?}")),
            Value::Char(c) => (String::new(), c.to_string()),
            Value::Dim3(_) | Value::Array(_) => (String::new(), String::new()),
        }
    }

    /// A float as `{}`, `{:?}`, `{:e}` or `{:E}` with this precision.
    fn float_text<F>(&self, x: F, debug: bool) -> String
    where
        F: std::fmt::Display + std::fmt::Debug + std::fmt::LowerExp + std::fmt::UpperExp,
    {
        match (self.ty.as_str(), self.precision) {
            ("e", Some(p)) => format!("{x:.p$e}"),
            ("e", None) => format!("{x:e}"),
            ("E", Some(p)) => format!("{x:.p$E}"),
            ("E", None) => format!("{x:E}"),
            (_, Some(p)) if debug => format!("{x:.p$?}"),
            (_, None) if debug => format!("{x:?}"),
            (_, Some(p)) => format!("{x:.p$}"),
            (_, None) => format!("{x}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Formats `args` with the site's template, as a record would be.
    fn format(template: &str, args: &[Value]) -> String {
        Site::parse(&format!("src/lib.rs\u{0}3\u{0}9\u{0}{template}"))
            .unwrap()
            .format(args)
    }

    #[test]
    fn formats_like_rust() {
        use Value::*;
        let cases: Vec<(&str, Vec<Value>, String)> = vec![
            ("{0:}", vec![U32(7)], format!("{}", 7u32)),
            (
                "{0:?} {1:?}",
                vec![F32(1.0), F64(0.1)],
                format!("{:?} {:?}", 1.0f32, 0.1f64),
            ),
            (
                "{0:} {1:}",
                vec![F32(1.0), F32(-0.0)],
                format!("{} {}", 1.0f32, -0.0f32),
            ),
            ("{0:.3}", vec![F32(2.0 / 3.0)], format!("{:.3}", 2.0f32 / 3.0)),
            ("{0:>8.2}|", vec![F64(-4.56789)], format!("{:>8.2}|", -4.56789f64)),
            ("{0:08.2}", vec![F64(-4.56789)], format!("{:08.2}", -4.56789f64)),
            (
                "{0:x} {0:#X} {0:#010b}",
                vec![U32(0x2a)],
                format!("{0:x} {0:#X} {0:#010b}", 0x2au32),
            ),
            ("{0:x}", vec![I32(-1)], format!("{:x}", -1i32)),
            ("{0:#x}", vec![I64(-2)], format!("{:#x}", -2i64)),
            (
                "{0:+} {1:+}",
                vec![I32(5), F32(0.0)],
                format!("{:+} {:+}", 5i32, 0.0f32),
            ),
            ("{0:*^9}", vec![I32(-42)], format!("{:*^9}", -42i32)),
            (
                "{0:<6}|{1:>6}|",
                vec![Bool(true), Char('é')],
                format!("{:<6}|{:>6}|", true, 'é'),
            ),
            (
                "{0:6}|{1:?}",
                vec![Bool(false), Char('\n')],
                format!("{:6}|{:?}", false, '\n'),
            ),
            (
                "{0:e} {1:.2E}",
                vec![F32(1234.5), F64(0.000123)],
                format!("{:e} {:.2E}", 1234.5f32, 0.000123f64),
            ),
            ("{0:?}", vec![Dim3([1, 2, 3])], "Dim3 { x: 1, y: 2, z: 3 }".to_string()),
            (
                "{0:?}",
                vec![Array(vec![F32(1.5), F32(2.0)])],
                format!("{:?}", [1.5f32, 2.0]),
            ),
            (
                "{0:4?}",
                vec![Array(vec![U32(1), U32(22)])],
                format!("{:4?}", [1u32, 22]),
            ),
            (
                "{0:.1?}",
                vec![Array(vec![F64(1.25), F64(-2.0)])],
                format!("{:.1?}", [1.25f64, -2.0]),
            ),
            ("{{{0:}}}", vec![U64(u64::MAX)], format!("{{{}}}", u64::MAX)),
            ("{0:}", vec![F32(f32::NAN)], format!("{}", f32::NAN)),
            (
                "{0:} {1:?}",
                vec![F16(half::f16::from_f32(0.5)), Bf16(half::bf16::from_f32(3.0))],
                format!("{} {:?}", 0.5f32, 3.0f32),
            ),
        ];
        for (template, args, expected) in cases {
            assert_eq!(format(template, &args), expected, "{template}");
        }
    }

    #[test]
    fn records_sort_by_thread_and_keep_their_calls_in_order() {
        let site = |[i, _, _]: [u32; 3]| -> Result<String, String> {
            Ok([
                "a.rs\u{0}1\u{0}2\u{0}{0:} first\n",
                "a.rs\u{0}3\u{0}2\u{0}{0:?} second\n",
            ][i as usize]
                .to_string())
        };
        let record = |site: u32, group: u32, local: u32, v: u32| vec![8, site, 0, 5, group, local, kind::U32, v];
        let words: Vec<u32> = [
            record(0, 1, 0, 10),
            record(0, 0, 1, 20),
            record(1, 0, 1, 21),
            record(0, 0, 0, 30),
        ]
        .concat();
        let grid = Grid {
            groups: [2, 1, 1],
            size: [2, 1, 1],
        };
        let mut prints = Prints::default();
        let area = [&[words.len() as u32 + 16, 1, words.len() as u32][..], &words].concat();
        read_area(&area, 0, grid, &mut { site }, &mut prints).unwrap();
        assert_eq!(prints.dropped, 1);
        assert_eq!(prints.lines(), ["30 first", "20 first", "21 second", "10 first"]);
        assert_eq!(prints.records[3].workgroup, [1, 0, 0]);
        assert_eq!(prints.records[1].local, [1, 0, 0]);
        // The record that did not fit at the end left a zero length.
        let mut prints = Prints::default();
        let area = [
            &[words.len() as u32 + 16, 1, words.len() as u32 + 4][..],
            &words,
            &[0, 7, 7, 7],
        ]
        .concat();
        read_area(&area, 0, grid, &mut { site }, &mut prints).unwrap();
        assert_eq!(prints.records.len(), 4);
    }

    #[test]
    fn prints_without_newline_continue_their_threads_line() {
        let p = |text: &str, local: u32| Printed {
            launch: 0,
            workgroup: [0; 3],
            local: [local, 0, 0],
            text: text.into(),
        };
        let prints = Prints {
            records: vec![p("a", 0), p("b\n", 0), p("c", 1), p("d\ne\n", 1)],
            dropped: 0,
        };
        assert_eq!(prints.lines(), ["ab", "cd", "e"]);
    }

    #[test]
    fn broken_records_are_errors_not_panics() {
        let grid = Grid {
            groups: [1; 3],
            size: [1; 3],
        };
        let mut site = |_: [u32; 3]| -> Result<String, String> { Ok("f\u{0}1\u{0}1\u{0}{0:}".into()) };
        for words in [vec![3, 0, 0], vec![99, 0, 0, 0, 0, 0], vec![8, 0, 0, 0, 0, 0, 77, 0]] {
            let mut prints = Prints::default();
            assert!(
                read_records(&words, 0, grid, &mut site, &mut prints).is_err(),
                "{words:?}"
            );
        }
    }
}
