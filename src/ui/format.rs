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

#[cfg(test)]
mod tests {
    use super::*;

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
