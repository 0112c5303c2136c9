//! Numbers, sizes and times as text for tables: three significant digits,
//! `-` for what is missing.

/// `x` with three significant digits (`2225`, `123`, `12.3`, `1.23`, `0.0123`,
/// `1.23e-5`); `-` when not finite.
pub fn sig3(x: f64) -> String {
    if !x.is_finite() {
        return "-".into();
    }
    if x == 0.0 {
        return "0".into();
    }
    // Round to three significant digits first, so that 99.96 becomes 100 and
    // is printed without decimals.
    let rounded: f64 = format!("{x:.2e}").parse().unwrap_or(x);
    let magnitude = rounded.abs().log10().floor() as i32;
    match magnitude {
        m if m >= 2 => format!("{x:.0}"),
        m if m >= -3 => format!("{rounded:.*}", (2 - m) as usize),
        _ => format!("{x:.2e}"),
    }
}

/// [`sig3`] of the value, `-` for `None`.
pub fn opt(x: Option<f64>) -> String {
    x.map_or_else(|| "-".into(), sig3)
}

/// A percentage: `97.3%`, `-` for `None`.
pub fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "-".into(), |x| format!("{}%", sig3(x)))
}

/// A ratio: `1.10×`, `-` for `None`.
pub fn ratio(x: Option<f64>) -> String {
    match x {
        Some(x) if x.is_finite() => format!("{x:.2}×"),
        _ => "-".into(),
    }
}

/// A problem size: `2^25` for powers of two from 1024 on, else the number.
pub fn size(n: u64) -> String {
    if n >= 1024 && n.is_power_of_two() {
        format!("2^{}", n.trailing_zeros())
    } else {
        n.to_string()
    }
}

/// A Unix time as `2026-04-20 13:45:07 UTC`.
pub fn time_utc(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian
/// calendar (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_significant_digits() {
        let cases = [
            (2225.4, "2225"),
            (123.44, "123"),
            (99.96, "100"),
            (12.345, "12.3"),
            (1.0, "1.00"),
            (0.12345, "0.123"),
            (0.0012345, "0.00123"),
            (0.000012345, "1.23e-5"),
            (-3.456, "-3.46"),
            (0.0, "0"),
            (f64::NAN, "-"),
        ];
        for (x, want) in cases {
            assert_eq!(sig3(x), want, "{x}");
        }
    }

    #[test]
    fn sizes_and_times() {
        assert_eq!(size(33_554_432), "2^25");
        assert_eq!(size(1000), "1000");
        assert_eq!(size(512), "512");
        assert_eq!(time_utc(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(time_utc(951_782_400), "2000-02-29 00:00:00 UTC");
        assert_eq!(time_utc(1_776_691_507), "2026-04-20 13:25:07 UTC");
    }
}
