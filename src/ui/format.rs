//! Numbers as a room reads them.

/// Money in £m: "£412m", "−£35m", "£1.2bn".
pub fn money(v: f64) -> String {
    let sign = if v < -0.05 { "−" } else { "" };
    let a = v.abs();
    if a >= 999.5 {
        format!("{sign}£{:.2}bn", a / 1000.0)
    } else if a >= 9.95 {
        format!("{sign}£{a:.0}m")
    } else {
        format!("{sign}£{a:.1}m")
    }
}

/// A lever or assumption value with its unit: "4.99 % a year", "£6.0m a year".
pub fn with_unit(v: f64, unit: &str) -> String {
    let digits = if v.fract().abs() < 1e-9 {
        0
    } else if (v * 10.0).fract().abs() < 1e-6 {
        1
    } else {
        2
    };
    if let Some(rest) = unit.strip_prefix("£m") {
        format!("£{v:.digits$}m{rest}")
    } else if unit.starts_with('%') {
        format!("{v:.digits$}{unit}")
    } else {
        format!("{v:.digits$} {unit}")
    }
}

/// A share (0..1) as a percentage.
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
    fn clocks_and_durations_read_naturally() {
        assert_eq!(clock(0.4), "0:00");
        assert_eq!(clock(245.9), "4:05");
        assert_eq!(clock(3729.0), "1:02:09");
        assert_eq!(clock(-3.0), "0:00");
        assert_eq!(minutes(45), "45 min");
        assert_eq!(minutes(210), "3 h 30 min");
        assert_eq!(minutes(120), "2 h");
    }

    #[test]
    fn money_reads_naturally() {
        assert_eq!(money(412.3), "£412m");
        assert_eq!(money(-35.2), "−£35m");
        assert_eq!(money(1234.0), "£1.23bn");
        assert_eq!(money(4.56), "£4.6m");
        assert_eq!(money(-0.01), "£0.0m");
    }

    #[test]
    fn units_attach_where_people_expect() {
        assert_eq!(with_unit(4.99, "% a year"), "4.99% a year");
        assert_eq!(with_unit(6.0, "£m a year"), "£6m a year");
        assert_eq!(with_unit(2.5, "years"), "2.5 years");
    }
}
