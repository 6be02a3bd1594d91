//! Numbers as people read them, written the same way on the screen, in exported charts and
//! reports, and in the command line's sentences.
//!
//! Money is the model's unit, £m, and is written by one family of functions: [`money`] for a
//! figure a person reads ("£412m", "−£35m", "£4.6m", "£1,234m", "£12.3bn") and
//! [`money_axis`] for the marks along a chart's axis, which keeps the decimals a mark needs
//! ("£12.5m") and otherwise reads the same. A finance director sees the same text for the same
//! figure everywhere: a true minus sign (−, not a hyphen), thousands separated, £m up to
//! £10bn (a council's figures stay in the unit its budget papers use), then £bn.
//!
//! Machine-read output (CSV, JSON) does not come through here: it keeps plain numbers.

/// The minus sign people read; a hyphen is for machines.
pub const MINUS: &str = "\u{2212}";

/// The unit of a share between 0 and 1 (trust, expectation), as the model's tables write it.
pub const SHARE_UNIT: &str = "0 to 1";

/// What a figure that is not a number (an overflow, a division by nothing) is shown as.
pub const NOT_A_NUMBER: &str = "n/a";

/// Money in £m as a finance director reads it: "£412m", "−£35m", "£4.6m", "£1,234m",
/// "£12.3bn". One decimal under £10m, whole £m to £10bn, then £bn to three figures.
pub fn money(m: f64) -> String {
    write_money(m, false)
}

/// Money for the marks along a chart's axis: as [`money`], with the decimals the mark needs
/// and no more ("£12.5m", "£1,200m", "£0m"), so marks a half apart stay distinct.
pub fn money_axis(m: f64) -> String {
    write_money(m, true)
}

fn write_money(m: f64, axis: bool) -> String {
    if !m.is_finite() {
        return NOT_A_NUMBER.into();
    }
    let a = m.abs();
    let (digits, unit) = if a >= 9_999.5 {
        let bn = a / 1000.0;
        if bn >= 1e6 {
            // Beyond any budget on earth: say so in powers of ten rather than in 300 digits.
            (format!("{bn:.2e}"), "bn")
        } else if axis {
            (trimmed(bn, 2), "bn")
        } else {
            (grouped(bn, if bn < 99.95 { 1 } else { 0 }), "bn")
        }
    } else if axis {
        (trimmed(a, 2), "m")
    } else {
        (grouped(a, if a < 9.95 { 1 } else { 0 }), "m")
    };
    if digits.chars().all(|c| matches!(c, '0' | '.' | ',')) {
        return "£0m".into();
    }
    let sign = if m < 0.0 { MINUS } else { "" };
    format!("{sign}£{digits}{unit}")
}

/// `v` (not negative) to `places` decimals, thousands separated.
fn grouped(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// `v` (not negative) to at most `places` decimals, trailing zeros dropped, thousands separated.
fn trimmed(v: f64, places: usize) -> String {
    let s = grouped(v, places);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

/// A number as people write it: thousands separated, at most two decimals, no trailing zeros,
/// a true minus sign: "1,234.5", "4.99", "−3", "0".
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return NOT_A_NUMBER.into();
    }
    if v.abs() >= 1e15 {
        return format!("{v:.3e}").replace('-', MINUS);
    }
    let digits = trimmed(v.abs(), 2);
    if digits == "0" || v >= 0.0 {
        digits
    } else {
        format!("{MINUS}{digits}")
    }
}

/// A setting with its unit, exact to two decimals: "£6m a year", "4.99% a year", "2.5 years",
/// "−£3m", "£1 a year per £1 a year". For lever and assumption values.
pub fn with_unit(v: f64, unit: &str) -> String {
    let n = number(v);
    let (sign, n) = match n.strip_prefix(MINUS) {
        Some(rest) => (MINUS, rest),
        None => ("", n.as_str()),
    };
    if let Some(rest) = unit.strip_prefix("£m") {
        format!("{sign}£{n}m{rest}")
    } else if let Some(rest) = unit.strip_prefix('£') {
        format!("{sign}£{n}{rest}")
    } else if let Some(rest) = unit.strip_prefix('%') {
        format!("{sign}{n}%{rest}")
    } else if unit.is_empty() {
        format!("{sign}{n}")
    } else {
        format!("{sign}{n} {unit}")
    }
}

/// A unit's first words, for a mark where the full unit would not fit and its name says the
/// rest: "%" for "% of care budget pooled" or "% a year, real", "£m" for "£m a year".
pub fn short_unit(unit: &str) -> &str {
    let unit = unit.split([',', '(']).next().unwrap_or(unit);
    let unit = unit.split(" of ").next().unwrap_or(unit);
    unit.split(" a year").next().unwrap_or(unit).trim()
}

/// A figure the model works out, with its unit: money as [`money`] ("£303m a year"), a share
/// as the number alone ("0.98"), anything else as [`with_unit`].
pub fn amount(v: f64, unit: &str) -> String {
    if unit == SHARE_UNIT {
        number(v)
    } else if let Some(rest) = unit.strip_prefix("£m") {
        format!("{}{rest}", money(v))
    } else {
        with_unit(v, unit)
    }
}

/// A share (0..1) as a percentage: "42%".
pub fn share(v: f64) -> String {
    format!("{:.0}%", v * 100.0)
}

/// Elapsed time as a clock reads: "4:05", "1:02:09".
pub fn clock(seconds: f64) -> String {
    let s = seconds.max(0.0).floor() as u64;
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A duration in minutes as people say it: "45 min", "3 h 30 min", "2 h".
pub fn minutes(total: u32) -> String {
    match (total / 60, total % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_unit_keeps_its_first_words() {
        assert_eq!(short_unit("% of care budget pooled"), "%");
        assert_eq!(short_unit("% a year, real"), "%");
        assert_eq!(short_unit("£m a year"), "£m");
        assert_eq!(short_unit("years"), "years");
        assert_eq!(with_unit(6.0, short_unit("£m a year")), "£6m");
    }

    #[test]
    fn money_reads_as_a_finance_director_writes_it() {
        assert_eq!(money(412.3), "£412m");
        assert_eq!(money(-35.2), "−£35m");
        assert_eq!(money(4.56), "£4.6m");
        assert_eq!(money(-4.56), "−£4.6m");
        assert_eq!(money(1234.0), "£1,234m");
        assert_eq!(money(-1234567.0), "−£1,235bn");
        assert_eq!(money(9_999.4), "£9,999m");
        assert_eq!(money(12_345.0), "£12.3bn");
        assert_eq!(money(123_456.0), "£123bn");
        assert_eq!(money(9.96), "£10m");
        assert_eq!(money(0.0), "£0m");
        assert_eq!(
            money(-0.01),
            "£0m",
            "no minus on a figure that rounds to nothing"
        );
        assert_eq!(money(1e308), "£1.00e305bn");
        assert_eq!(money(f64::NEG_INFINITY), "n/a");
        assert_eq!(money(f64::NAN), "n/a");
    }

    #[test]
    fn axis_marks_keep_the_decimals_they_need() {
        assert_eq!(money_axis(12.5), "£12.5m");
        assert_eq!(money_axis(1200.0), "£1,200m");
        assert_eq!(money_axis(0.0), "£0m");
        assert_eq!(money_axis(-200.0), "−£200m");
        assert_eq!(money_axis(15_000.0), "£15bn");
        assert_eq!(money_axis(12_500.0), "£12.5bn");
        // The same figure, whole, reads the same as money.
        for v in [0.0, 40.0, 412.0, 1200.0, -600.0] {
            assert_eq!(money_axis(v), money(v));
        }
    }

    #[test]
    fn numbers_and_units_read_as_people_write_them() {
        assert_eq!(number(1234.5), "1,234.5");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(4.99), "4.99");
        assert_eq!(number(4.999), "5");
        assert_eq!(number(20.0), "20");
        assert_eq!(number(-3.0), "−3");
        assert_eq!(with_unit(6.0, "£m a year"), "£6m a year");
        assert_eq!(with_unit(-3.0, "£m a year"), "−£3m a year");
        assert_eq!(with_unit(4.99, "% a year"), "4.99% a year");
        assert_eq!(with_unit(2.5, "years"), "2.5 years");
        assert_eq!(
            with_unit(1.0, "£ a year per £1 a year"),
            "£1 a year per £1 a year"
        );
        assert_eq!(amount(303.04, "£m a year"), "£303m a year");
        assert_eq!(amount(-5.26, "£m"), "−£5.3m");
        assert_eq!(amount(0.0, "£m a year"), "£0m a year");
        assert_eq!(amount(0.98, SHARE_UNIT), "0.98");
        assert_eq!(share(0.42), "42%");
    }

    /// The figure a money text stands for, in £m: the inverse of [`money`] for a reader.
    fn read_money(t: &str) -> f64 {
        let (sign, t) = match t.strip_prefix(MINUS) {
            Some(rest) => (-1.0, rest),
            None => (1.0, t),
        };
        let t = t.strip_prefix('£').expect("starts with £");
        let (digits, scale) = match t.strip_suffix("bn") {
            Some(d) => (d, 1000.0),
            None => (t.strip_suffix('m').expect("ends in m or bn"), 1.0),
        };
        let (int, _) = digits.split_once('.').unwrap_or((digits, ""));
        let groups: Vec<&str> = int.split(',').collect();
        assert!(
            !groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3),
            "thousands separated: {t}"
        );
        sign * digits.replace(',', "").parse::<f64>().expect("a number") * scale
    }

    proptest::proptest! {
        #[test]
        fn money_is_read_back_to_its_precision(v in -1e8f64..1e8) {
            for (text, axis) in [(money(v), false), (money_axis(v), true)] {
                let back = read_money(&text);
                // One decimal under £10m, whole £m to £10bn, three figures beyond (axis
                // marks keep two decimals): never further off than half the last place.
                let place = if v.abs() < 9.95 && !axis {
                    0.1
                } else if v.abs() < 9_999.5 {
                    if axis { 0.01 } else { 1.0 }
                } else if axis {
                    10.0
                } else if v.abs() < 99_950.0 {
                    100.0
                } else {
                    1000.0
                };
                proptest::prop_assert!((back - v).abs() <= place / 2.0 + 1e-9, "{v} → {text}");
                proptest::prop_assert!(!text.contains('-'), "a hyphen in {text}");
                proptest::prop_assert_eq!(text.starts_with(MINUS), back < 0.0, "{}", text);
            }
        }
    }

    #[test]
    fn clocks_and_durations_read_naturally() {
        assert_eq!(clock(0.4), "0:00");
        assert_eq!(clock(245.9), "4:05");
        assert_eq!(clock(3729.0), "1:02:09");
        assert_eq!(clock(-3.0), "0:00");
        assert_eq!(minutes(45), "45 min");
        assert_eq!(minutes(210), "3 h 30 min");
        assert_eq!(minutes(120), "2 h");
    }
}
