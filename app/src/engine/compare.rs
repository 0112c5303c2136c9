//! Comparing a backend's outputs with the CPU reference, element by element and
//! field by field, by each buffer's element type and the case's tolerance.

use everygpu_backend::{CasePlan, HostBuffer};

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

/// The value at `offset` as f64, whether it is a float, and a formatter for
/// its exact text (called only for the first mismatch: formatting every
/// compared value would dominate the comparison).
fn read(bytes: &[u8], offset: usize, scalar: &str) -> Option<(f64, bool)> {
    macro_rules! get {
        ($t:ty) => {{
            let b = bytes.get(offset..offset + std::mem::size_of::<$t>())?;
            <$t>::from_le_bytes(b.try_into().ok()?)
        }};
    }
    Some(match scalar {
        "f32" => (get!(f32) as f64, true),
        "f64" => (get!(f64), true),
        "u8" => (get!(u8) as f64, false),
        "u16" => (get!(u16) as f64, false),
        "u32" => (get!(u32) as f64, false),
        "i32" => (get!(i32) as f64, false),
        "u64" => (get!(u64) as f64, false),
        "i64" => (get!(i64) as f64, false),
        _ => return None,
    })
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
        let mut profile = Vec::new();
        let step = (buf.len / 4096).max(1);
        for idx in 0..buf.len {
            let mut worst = 0.0f64;
            for (field, offset, scalar) in &buf.elem.fields {
                let at = idx * buf.elem.size + offset;
                let (Some((ev, is_float)), Some((av, _))) = (read(e.bytes(), at, scalar), read(a.bytes(), at, scalar))
                else {
                    continue;
                };
                c.compared += 1;
                if is_float && av.is_nan() {
                    c.nans += 1;
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
                        let rel = if ev != 0.0 {
                            abs / ev.abs()
                        } else if abs == 0.0 {
                            0.0
                        } else {
                            f64::INFINITY
                        };
                        (abs, rel, abs > tol.abs && abs > tol.rel * ev.abs())
                    }
                } else {
                    let abs = (av - ev).abs();
                    let rel = if ev != 0.0 {
                        abs / ev.abs()
                    } else if abs == 0.0 {
                        0.0
                    } else {
                        f64::INFINITY
                    };
                    (abs, rel, abs > tol.abs)
                };
                worst = worst.max(abs);
                c.max_abs_err = c.max_abs_err.max(abs);
                if rel.is_finite() || bad {
                    c.max_rel_err = c.max_rel_err.max(rel);
                }
                if bad {
                    c.mismatches += 1;
                    if c.first.is_none() {
                        c.first = Some(Mismatch {
                            buffer: buf.name.clone(),
                            index: idx,
                            field: field.clone(),
                            expected: text(e.bytes(), at, scalar),
                            actual: text(a.bytes(), at, scalar),
                        });
                    }
                }
            }
            if idx % step == 0 {
                profile.push(worst);
            }
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
    fn integers_compare_exactly() {
        let p = plan("u32", 4, 2, Tolerance { abs: 0.0, rel: 0.5 });
        let e = HostBuffer::from_bytes(&[1, 0, 0, 0, 7, 0, 0, 0]);
        let a = HostBuffer::from_bytes(&[1, 0, 0, 0, 8, 0, 0, 0]);
        assert_eq!(compare(&p, &[e], &[a]).mismatches, 1);
    }
}
