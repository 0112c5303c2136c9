//! Comparing a backend's outputs with the CPU reference, element by element and
//! field by field, by each buffer's element type and the case's tolerance.

use everygpu_backend::{CasePlan, HostBuffer};
use rayon::prelude::*;

/// The first element that did not match.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Mismatch {
    /// The buffer's name.
    pub buffer: String,
    /// The element index.
    pub index: usize,
    /// The field, for struct elements.
    pub field: String,
    /// The reference's value.
    pub expected: String,
    /// The backend's value.
    pub actual: String,
}

/// How far outputs are from the reference.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Comparison {
    /// Largest absolute difference.
    pub max_abs_err: f64,
    /// Largest difference relative to the reference value.
    pub max_rel_err: f64,
    /// Elements outside the tolerance.
    pub mismatches: u64,
    /// Elements compared.
    pub compared: u64,
    /// NaN values in the backend's outputs (they match a NaN reference, but a
    /// user wants to know).
    pub nans: u64,
    /// The first element outside the tolerance.
    pub first: Option<Mismatch>,
    /// Per-element absolute error of the first mismatching output (at most 4096
    /// points, evenly sampled), for plots.
    pub error_profile: Vec<f64>,
}

/// A field's scalar type, resolved once per buffer rather than per element.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Scalar {
    F32,
    F64,
    F16,
    Bf16,
    U8,
    U16,
    U32,
    I32,
    U64,
    I64,
}

impl Scalar {
    fn of(name: &str) -> Option<Scalar> {
        Some(match name {
            "f32" => Scalar::F32,
            "f64" => Scalar::F64,
            "f16" => Scalar::F16,
            "bf16" => Scalar::Bf16,
            "u8" => Scalar::U8,
            "u16" => Scalar::U16,
            "u32" => Scalar::U32,
            "i32" => Scalar::I32,
            "u64" => Scalar::U64,
            "i64" => Scalar::I64,
            _ => return None,
        })
    }

    fn is_float(self) -> bool {
        matches!(self, Scalar::F32 | Scalar::F64 | Scalar::F16 | Scalar::Bf16)
    }

    /// Bytes per value.
    fn width(self) -> usize {
        match self {
            Scalar::U8 => 1,
            Scalar::F16 | Scalar::Bf16 | Scalar::U16 => 2,
            Scalar::F32 | Scalar::U32 | Scalar::I32 => 4,
            Scalar::F64 | Scalar::U64 | Scalar::I64 => 8,
        }
    }

    /// NaNs among `bytes`, values of this type one after another (by their
    /// bits: no conversion per value).
    fn count_nans(self, bytes: &[u8]) -> u64 {
        macro_rules! count {
            ($t:ty, $magnitude:expr, $infinity:expr) => {
                bytes
                    .chunks_exact(std::mem::size_of::<$t>())
                    .filter(|b| <$t>::from_le_bytes((*b).try_into().expect("exact chunk")) & $magnitude > $infinity)
                    .count() as u64
            };
        }
        match self {
            Scalar::F32 => count!(u32, 0x7fff_ffff, 0x7f80_0000),
            Scalar::F64 => count!(u64, 0x7fff_ffff_ffff_ffff, 0x7ff0_0000_0000_0000),
            Scalar::F16 => count!(u16, 0x7fff, 0x7c00),
            Scalar::Bf16 => count!(u16, 0x7fff, 0x7f80),
            _ => 0,
        }
    }

    /// The value at `offset` as f64.
    fn read(self, bytes: &[u8], offset: usize) -> Option<f64> {
        macro_rules! get {
            ($t:ty) => {{
                let b = bytes.get(offset..offset + std::mem::size_of::<$t>())?;
                <$t>::from_le_bytes(b.try_into().ok()?) as f64
            }};
        }
        Some(match self {
            Scalar::F32 => get!(f32),
            Scalar::F64 => get!(f64),
            Scalar::F16 => half::f16::from_bits(get!(u16) as u16).to_f64(),
            Scalar::Bf16 => half::bf16::from_bits(get!(u16) as u16).to_f64(),
            Scalar::U8 => get!(u8),
            Scalar::U16 => get!(u16),
            Scalar::U32 => get!(u32),
            Scalar::I32 => get!(i32),
            Scalar::U64 => get!(u64),
            Scalar::I64 => get!(i64),
        })
    }
}

/// The exact text of the value at `offset` (u64/i64 without going through f64).
fn text(bytes: &[u8], offset: usize, scalar: &str) -> String {
    macro_rules! get {
        ($t:ty) => {
            bytes
                .get(offset..offset + std::mem::size_of::<$t>())
                .and_then(|b| b.try_into().ok())
                .map(<$t>::from_le_bytes)
        };
    }
    let s = match scalar {
        "f32" => get!(f32).map(|v| format!("{v:?}")),
        "f64" => get!(f64).map(|v| format!("{v:?}")),
        "f16" => get!(u16).map(|v| format!("{:?}", half::f16::from_bits(v).to_f32())),
        "bf16" => get!(u16).map(|v| format!("{:?}", half::bf16::from_bits(v).to_f32())),
        "u8" => get!(u8).map(|v| v.to_string()),
        "u16" => get!(u16).map(|v| v.to_string()),
        "u32" => get!(u32).map(|v| v.to_string()),
        "i32" => get!(i32).map(|v| v.to_string()),
        "u64" => get!(u64).map(|v| v.to_string()),
        "i64" => get!(i64).map(|v| v.to_string()),
        _ => None,
    };
    s.unwrap_or_default()
}

/// Elements per parallel chunk of a comparison.
const CHUNK: usize = 1 << 16;

/// The comparison of one chunk of elements.
#[derive(Default)]
struct Part {
    max_abs: f64,
    max_rel: f64,
    mismatches: u64,
    compared: u64,
    nans: u64,
    /// The first mismatch: element index and field index.
    first: Option<(usize, usize)>,
    /// The worst error of every `step`-th element.
    profile: Vec<f64>,
}

/// Compares elements `range` of one buffer.
fn compare_chunk(
    range: std::ops::Range<usize>,
    elem_size: usize,
    fields: &[(usize, Option<Scalar>)],
    e: &[u8],
    a: &[u8],
    tol: everygpu_backend::Tolerance,
    step: usize,
) -> Part {
    let mut p = Part::default();
    let bytes = range.start * elem_size..(range.end * elem_size).min(e.len()).min(a.len());
    // Identical bytes: nothing differs; only NaNs are left to count.
    if e.get(bytes.clone()) == a.get(bytes.clone()) {
        let scalars = fields.iter().filter(|(_, s)| s.is_some()).count();
        p.compared = (range.len() * scalars) as u64;
        p.nans = match (fields, a.get(bytes)) {
            // A plain array of one scalar: over its words (the common case).
            ([(0, Some(s))], Some(words)) if s.width() == elem_size => s.count_nans(words),
            _ => range
                .clone()
                .map(|idx| {
                    fields
                        .iter()
                        .filter_map(|&(offset, s)| s.filter(|s| s.is_float()).map(|s| (offset, s)))
                        .filter(|&(offset, s)| s.read(a, idx * elem_size + offset).is_some_and(f64::is_nan))
                        .count() as u64
                })
                .sum(),
        };
        p.profile = range.filter(|i| i % step == 0).map(|_| 0.0).collect();
        return p;
    }
    for idx in range {
        let mut worst = 0.0f64;
        for (f, &(offset, scalar)) in fields.iter().enumerate() {
            let Some(s) = scalar else { continue };
            let at = idx * elem_size + offset;
            let (Some(ev), Some(av)) = (s.read(e, at), s.read(a, at)) else {
                continue;
            };
            p.compared += 1;
            let is_float = s.is_float();
            if is_float && av.is_nan() {
                p.nans += 1;
            }
            let (abs, rel, bad) = if is_float {
                if ev.is_nan() && av.is_nan() {
                    (0.0, 0.0, false)
                } else if ev.is_nan() || av.is_nan() || ev.is_infinite() || av.is_infinite() {
                    let same = ev == av;
                    (
                        if same { 0.0 } else { f64::INFINITY },
                        if same { 0.0 } else { f64::INFINITY },
                        !same,
                    )
                } else {
                    let abs = (av - ev).abs();
                    (abs, relative(abs, ev), abs > tol.abs && abs > tol.rel * ev.abs())
                }
            } else {
                let abs = (av - ev).abs();
                (abs, relative(abs, ev), abs > tol.abs)
            };
            worst = worst.max(abs);
            p.max_abs = p.max_abs.max(abs);
            if rel.is_finite() || bad {
                p.max_rel = p.max_rel.max(rel);
            }
            if bad {
                p.mismatches += 1;
                p.first.get_or_insert((idx, f));
            }
        }
        if idx % step == 0 {
            p.profile.push(worst);
        }
    }
    p
}

/// `abs` relative to the reference value `ev`.
fn relative(abs: f64, ev: f64) -> f64 {
    if ev != 0.0 {
        abs / ev.abs()
    } else if abs == 0.0 {
        0.0
    } else {
        f64::INFINITY
    }
}

/// Compares the output buffers of `actual` with `expected`.
pub fn compare(plan: &CasePlan, expected: &[HostBuffer], actual: &[HostBuffer]) -> Comparison {
    let tol = plan.tolerance;
    let mut c = Comparison::default();
    for (i, buf) in plan.buffers.iter().enumerate() {
        if !buf.output {
            continue;
        }
        let (Some(e), Some(a)) = (expected.get(i), actual.get(i)) else {
            c.mismatches += buf.len as u64;
            c.first.get_or_insert(Mismatch {
                buffer: buf.name.clone(),
                index: 0,
                field: String::new(),
                expected: "a buffer".into(),
                actual: "nothing".into(),
            });
            continue;
        };
        if a.len() != e.len() {
            c.mismatches += buf.len as u64;
            c.first.get_or_insert(Mismatch {
                buffer: buf.name.clone(),
                index: 0,
                field: "length".into(),
                expected: e.len().to_string(),
                actual: a.len().to_string(),
            });
            continue;
        }
        let fields: Vec<(usize, Option<Scalar>)> = buf
            .elem
            .fields
            .iter()
            .map(|(_, offset, scalar)| (*offset, Scalar::of(scalar)))
            .collect();
        let step = (buf.len / 4096).max(1);
        // Chunks in parallel: outputs of 2^28 elements are common in benchmarks.
        let chunks: Vec<std::ops::Range<usize>> = (0..buf.len)
            .step_by(CHUNK)
            .map(|s| s..(s + CHUNK).min(buf.len))
            .collect();
        let parts: Vec<Part> = chunks
            .into_par_iter()
            .map(|range| compare_chunk(range, buf.elem.size, &fields, e.bytes(), a.bytes(), tol, step))
            .collect();
        let mut profile = Vec::new();
        for p in parts {
            c.max_abs_err = c.max_abs_err.max(p.max_abs);
            c.max_rel_err = c.max_rel_err.max(p.max_rel);
            c.mismatches += p.mismatches;
            c.compared += p.compared;
            c.nans += p.nans;
            if let (None, Some((idx, f))) = (&c.first, p.first) {
                let (field, offset, scalar) = &buf.elem.fields[f];
                let at = idx * buf.elem.size + offset;
                c.first = Some(Mismatch {
                    buffer: buf.name.clone(),
                    index: idx,
                    field: field.clone(),
                    expected: text(e.bytes(), at, scalar),
                    actual: text(a.bytes(), at, scalar),
                });
            }
            profile.extend(p.profile);
        }
        if c.mismatches > 0 && c.error_profile.is_empty() {
            c.error_profile = profile;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use everygpu_backend::{Elem, PlanBuffer, Tolerance};

    fn plan(scalar: &str, size: usize, len: usize, tol: Tolerance) -> CasePlan {
        CasePlan {
            buffers: vec![PlanBuffer {
                name: "out".into(),
                elem: Elem {
                    name: scalar.into(),
                    size,
                    align: size,
                    fields: vec![(String::new(), 0, scalar.into())],
                },
                len,
                output: true,
            }],
            launches: vec![],
            bytes: 0,
            flops: 0,
            tolerance: tol,
            has_native: false,
        }
    }

    fn f32s(v: &[f32]) -> HostBuffer {
        HostBuffer::from_bytes(&v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>())
    }

    #[test]
    fn floats_within_tolerance_match() {
        let p = plan("f32", 4, 3, Tolerance { abs: 1e-6, rel: 1e-5 });
        let c = compare(&p, &[f32s(&[1.0, 2.0, 0.0])], &[f32s(&[1.000001, 2.0, 0.0])]);
        assert_eq!(c.mismatches, 0);
        assert!(c.max_rel_err > 0.0 && c.max_rel_err < 1e-5);
    }

    #[test]
    fn half_precision_elements_compare_as_their_values() {
        let bits = |v: &[u16]| HostBuffer::from_bytes(&v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>());
        let h = |x: f32| half::f16::from_f32(x).to_bits();
        let p = plan("f16", 2, 2, Tolerance { abs: 0.0, rel: 1e-3 });
        let c = compare(&p, &[bits(&[h(1.0), h(-2.5)])], &[bits(&[h(1.0), h(-2.0)])]);
        assert_eq!(c.mismatches, 1);
        let m = c.first.expect("a mismatch");
        assert_eq!((m.expected.as_str(), m.actual.as_str()), ("-2.5", "-2.0"));
        let b = |x: f32| half::bf16::from_f32(x).to_bits();
        let p = plan("bf16", 2, 1, Tolerance { abs: 0.0, rel: 0.0 });
        assert_eq!(compare(&p, &[bits(&[b(3.0)])], &[bits(&[b(3.0)])]).mismatches, 0);
    }

    #[test]
    fn first_mismatch_is_reported_with_values() {
        let p = plan("f32", 4, 3, Tolerance { abs: 0.0, rel: 1e-6 });
        let c = compare(&p, &[f32s(&[1.0, 2.0, 3.0])], &[f32s(&[1.0, 2.5, 4.0])]);
        assert_eq!(c.mismatches, 2);
        let m = c.first.expect("a mismatch");
        assert_eq!((m.index, m.expected.as_str(), m.actual.as_str()), (1, "2.0", "2.5"));
        assert_eq!(c.max_abs_err, 1.0);
    }

    #[test]
    fn nan_against_number_mismatches_and_nan_against_nan_matches() {
        let p = plan("f32", 4, 2, Tolerance { abs: 1.0, rel: 1.0 });
        let c = compare(&p, &[f32s(&[f32::NAN, 1.0])], &[f32s(&[f32::NAN, f32::NAN])]);
        assert_eq!(c.mismatches, 1);
        assert_eq!(c.first.map(|m| m.index), Some(1));
    }

    #[test]
    fn identical_outputs_still_count_their_nans() {
        let p = plan("f32", 4, 4, Tolerance { abs: 0.0, rel: 0.0 });
        let v = f32s(&[f32::NAN, 1.0, -f32::NAN, f32::INFINITY]);
        let c = compare(&p, std::slice::from_ref(&v), std::slice::from_ref(&v));
        assert_eq!((c.mismatches, c.compared, c.nans), (0, 4, 2));
        let p = plan("f16", 2, 3, Tolerance { abs: 0.0, rel: 0.0 });
        let bits = [half::f16::NAN, half::f16::INFINITY, half::f16::ONE];
        let v = HostBuffer::from_bytes(&bits.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>());
        let c = compare(&p, std::slice::from_ref(&v), std::slice::from_ref(&v));
        assert_eq!((c.compared, c.nans), (3, 1));
        // Struct elements: field by field.
        let mut p = plan("f32", 8, 2, Tolerance { abs: 0.0, rel: 0.0 });
        p.buffers[0].elem.fields = vec![("x".into(), 0, "f32".into()), ("n".into(), 4, "u32".into())];
        let v = HostBuffer::from_bytes(
            &[f32::NAN.to_bits(), u32::MAX, 1.0f32.to_bits(), 0x7fc0_0000]
                .iter()
                .flat_map(|x| x.to_le_bytes())
                .collect::<Vec<u8>>(),
        );
        let c = compare(&p, std::slice::from_ref(&v), std::slice::from_ref(&v));
        assert_eq!((c.compared, c.nans), (4, 1), "a u32 with a NaN's bits is no NaN");
    }

    #[test]
    fn integers_compare_exactly() {
        let p = plan("u32", 4, 2, Tolerance { abs: 0.0, rel: 0.5 });
        let e = HostBuffer::from_bytes(&[1, 0, 0, 0, 7, 0, 0, 0]);
        let a = HostBuffer::from_bytes(&[1, 0, 0, 0, 8, 0, 0, 0]);
        assert_eq!(compare(&p, &[e], &[a]).mismatches, 1);
    }
}
