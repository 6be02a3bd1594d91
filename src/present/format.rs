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
//!
//! Words (counts, the gap, months, durations) come from the catalogue (`present.ftl`), in
//! the language of the thread that asks; figures, £ and separators are the same in Welsh
//! and English.

use crate::i18n::{Arg, Lang, lang, tr, tr_args, tr_in};

/// The minus sign people read; a hyphen is for machines.
pub const MINUS: &str = "\u{2212}";

/// The unit of a share between 0 and 1 (trust, expectation), as the model's tables write it.
pub const SHARE_UNIT: &str = "0 to 1";

/// What a figure that is not a number (an overflow, a division by nothing) is shown as:
/// "n/a", "d/b".
pub fn not_a_number() -> String {
    tr("number-not-a-number")
}

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
        return not_a_number();
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
        return not_a_number();
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

/// The catalogue id of a unit the model's tables write in English ("% of budget a year" is
/// `unit-pct-of-budget-a-year`, "£m a year" `unit-gbpm-a-year`).
pub fn unit_id(unit: &str) -> String {
    let spelt = unit.replace('%', " pct ").replace('£', " gbp");
    let words = spelt
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    std::iter::once("unit".to_owned())
        .chain(words)
        .collect::<Vec<_>>()
        .join("-")
}

/// A unit in the thread's language: the model's tables write units in English, which is
/// the English; another language's catalogue has them as `unit-…` ([`unit_id`]), and a unit
/// it lacks stays as written (a workshop's own).
pub fn unit_words(unit: &str) -> String {
    let spoken = lang();
    if spoken == Lang::EnGb || !unit.chars().any(char::is_alphabetic) {
        return unit.to_owned();
    }
    let id = unit_id(unit);
    if crate::i18n::has(spoken, &id) {
        tr_in(spoken, &id, &[])
    } else {
        unit.to_owned()
    }
}

/// A setting with its unit, exact to two decimals: "£6m a year", "4.99% a year", "2.5 years",
/// "−£3m", "£1 a year per £1 a year". For lever and assumption values.
pub fn with_unit(v: f64, unit: &str) -> String {
    let unit = unit_words(unit);
    let unit = unit.as_str();
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
    } else if let Some(rest) = unit_words(unit).strip_prefix("£m") {
        format!("{}{rest}", money(v))
    } else {
        with_unit(v, unit)
    }
}

/// A figure already in per cent, to one decimal: "4.2%", "−0.5%".
pub fn percent(v: f64) -> String {
    format!("{}%", number((v * 10.0).round() / 10.0))
}

/// A share (0..1) as a percentage: "42%".
pub fn share(v: f64) -> String {
    format!("{:.0}%", v * 100.0)
}

/// The first letter upper case, for a phrase that starts a sentence: "reserves …" → "Reserves …".
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first letter lower case, for a label used inside a sentence ("Council tax rise" →
/// "council tax rise"), unless the word is an abbreviation ("NHS integration" stays).
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
            a.to_lowercase().chain(s.chars().skip(1)).collect()
        }
        _ => s.to_owned(),
    }
}

/// A count with its noun, as the language's plural rules want it: "1 lever", "3 scenarios",
/// "0 commitments"; "3 lifer". `id` is the catalogue's message for the noun (`count-lever`).
pub fn count(n: usize, id: &str) -> String {
    tr_args(id, &[("count", Arg::from(n))])
}

/// The gap between demand and resources as people say it: a gap is a sum of money, a
/// negative gap is a surplus, and a gap that rounds to nothing is balanced. One reading
/// for every place that shows a gap, so none says "−£171m" or "a surplus of £0m".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GapReading {
    /// Demand exceeds resources by this much ("£349m").
    Gap(String),
    /// Resources exceed demand by this much ("£171m").
    Surplus(String),
    /// Within rounding of nothing.
    Balanced,
}

impl GapReading {
    pub fn of(gap: f64) -> GapReading {
        let text = money(gap.abs());
        if text == money(0.0) || !gap.is_finite() {
            if gap.is_finite() {
                GapReading::Balanced
            } else {
                GapReading::Gap(text)
            }
        } else if gap > 0.0 {
            GapReading::Gap(text)
        } else {
            GapReading::Surplus(text)
        }
    }

    /// The figure alone, as a card shows it under its caption: "£349m", "£171m", "None".
    pub fn figure(&self) -> String {
        match self {
            GapReading::Gap(m) | GapReading::Surplus(m) => m.clone(),
            GapReading::Balanced => tr("gap-none"),
        }
    }

    /// Which caption fits, as the catalogue's captions choose: `surplus` or `gap` (balanced:
    /// the figure says none).
    fn reading(&self) -> Arg<'static> {
        match self {
            GapReading::Surplus(_) => "surplus".into(),
            GapReading::Gap(_) | GapReading::Balanced => "gap".into(),
        }
    }

    /// A card's caption for the figure in one year: "Gap in 2040", "Surplus in 2040".
    pub fn caption_year(&self, year: i32) -> String {
        tr_args(
            "gap-caption-year",
            &[
                ("reading", self.reading()),
                ("year", year.to_string().into()),
            ],
        )
    }

    /// A card's caption for the figure added up over the years: "Total gap 2026–2040",
    /// "Total surplus 2026–2040"; `short`: "total 2026–2040", for a line of figures.
    pub fn caption_total(&self, from: i32, to: i32, short: bool) -> String {
        tr_args(
            if short {
                "gap-caption-total-short"
            } else {
                "gap-caption-total"
            },
            &[
                ("reading", self.reading()),
                ("from", from.to_string().into()),
                ("to", to.to_string().into()),
            ],
        )
    }

    /// The gap in a phrase: "£349m", "a surplus of £171m", "none (balanced)".
    pub fn phrase(&self) -> String {
        match self {
            GapReading::Gap(m) => m.clone(),
            GapReading::Surplus(m) => tr_args("gap-surplus-of", &[("money", m.as_str().into())]),
            GapReading::Balanced => tr("gap-balanced"),
        }
    }

    pub fn is_gap(&self) -> bool {
        matches!(self, GapReading::Gap(_))
    }
}

/// A moment stored in UTC (ISO 8601, as files keep it: `2026-07-14T10:30:00Z`) shown in the
/// reader's time zone as people write it: "14 July 2026 at 11:30 BST". A date alone reads
/// "14 July 2026"; anything else is shown as it is, never lost.
/// Month names and the words round them come from the catalogue ("14 Gorffennaf 2026 am
/// 11:30 BST").
pub fn local_time(iso: &str, zone: &jiff::tz::TimeZone) -> String {
    if let Ok(t) = iso.parse::<jiff::Timestamp>() {
        let z = t.to_zoned_datetime(zone.clone());
        let abbreviation = z.strftime(" %Z").to_string();
        return date_time(z.date(), z.time(), &abbreviation);
    }
    if let Ok(d) = iso.parse::<jiff::civil::Date>()
        && !iso.contains('T')
    {
        return date(d);
    }
    // A date and time without a zone is taken as written: there is nothing to convert.
    match iso.parse::<jiff::civil::DateTime>() {
        Ok(t) => date_time(t.date(), t.time(), ""),
        Err(_) => iso.to_owned(),
    }
}

/// The catalogue's month names, January first.
pub const MONTH_IDS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// A date as people write it: "14 July 2026", "14 Gorffennaf 2026".
pub fn date(d: jiff::civil::Date) -> String {
    let month = MONTH_IDS[(d.month() as usize).clamp(1, 12) - 1];
    tr_args(
        "date",
        &[
            ("day", d.day().to_string().into()),
            ("month", tr(month).into()),
            ("year", d.year().to_string().into()),
        ],
    )
}

fn date_time(d: jiff::civil::Date, t: jiff::civil::Time, zone: &str) -> String {
    tr_args(
        "date-time",
        &[
            ("date", date(d).into()),
            ("time", t.strftime("%H:%M").to_string().into()),
            ("zone", zone.to_owned().into()),
        ],
    )
}

/// Now, in the reader's time zone, as [`local_time`] writes it.
pub fn now_local(zone: &jiff::tz::TimeZone) -> String {
    local_time(&jiff::Timestamp::now().to_string(), zone)
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
        (0, m) => tr_args("duration-minutes", &[("minutes", m.into())]),
        (h, 0) => tr_args("duration-hours", &[("hours", h.into())]),
        (h, m) => tr_args(
            "duration-hours-minutes",
            &[("hours", h.into()), ("minutes", m.into())],
        ),
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
    fn gaps_read_as_gaps_surpluses_or_balanced() {
        assert_eq!(GapReading::of(349.8).phrase(), "£350m");
        assert_eq!(GapReading::of(-171.2).phrase(), "a surplus of £171m");
        assert_eq!(GapReading::of(-0.01).phrase(), "none (balanced)");
        assert_eq!(GapReading::of(0.0).figure(), "None");
        assert_eq!(GapReading::of(-171.2).caption_year(2040), "Surplus in 2040");
        assert_eq!(
            GapReading::of(-5.0).caption_total(2026, 2040, false),
            "Total surplus 2026–2040"
        );
        assert_eq!(
            GapReading::of(5.0).caption_total(2026, 2040, true),
            "total 2026–2040"
        );
        assert_eq!(GapReading::of(5.0).caption_year(2040), "Gap in 2040");
        for v in [-1e6, -171.0, -0.04, 0.0, 0.04, 12.0, 1e6] {
            let p = GapReading::of(v).phrase();
            assert!(!p.contains(MINUS) && !p.contains("£0m"), "{v} → {p}");
        }
    }

    #[test]
    fn counts_and_cases_read_naturally() {
        assert_eq!(count(1, "count-lever"), "1 lever");
        assert_eq!(count(0, "count-lever"), "0 levers");
        assert_eq!(count(3, "count-scenario"), "3 scenarios");
        assert_eq!(capitalise("reserves above"), "Reserves above");
        assert_eq!(lower_first("Council tax rise"), "council tax rise");
        assert_eq!(lower_first("NHS integration"), "NHS integration");
    }

    #[test]
    fn times_are_stored_in_utc_and_shown_in_local_time() {
        // The UK's rule, written out so the test needs no time zone database.
        let london = jiff::tz::TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap();
        assert_eq!(
            local_time("2026-07-14T10:30:00Z", &london),
            "14 July 2026 at 11:30 BST"
        );
        assert_eq!(
            local_time("2026-01-14T10:30:00Z", &london),
            "14 January 2026 at 10:30 GMT"
        );
        // Late on New Year's Eve in UTC is already the new year in Auckland.
        let nz = jiff::tz::TimeZone::posix("NZST-12NZDT,M9.5.0,M4.1.0/3").unwrap();
        assert_eq!(
            local_time("2026-12-31T23:30:00Z", &nz),
            "1 January 2027 at 12:30 NZDT"
        );
        assert_eq!(
            local_time("2026-03-14T10:30:00.5+01:00", &jiff::tz::TimeZone::UTC),
            "14 March 2026 at 09:30 UTC"
        );
        assert_eq!(local_time("2026-12-01", &london), "1 December 2026");
        assert_eq!(
            local_time("2026-12-01T09:05", &london),
            "1 December 2026 at 09:05"
        );
        assert_eq!(local_time("soon", &london), "soon");
    }

    #[test]
    fn welsh_dates_durations_and_gaps_read_in_welsh() {
        let london = jiff::tz::TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap();
        crate::i18n::set_lang(crate::i18n::Lang::Cy);
        let said = [
            local_time("2026-07-14T10:30:00Z", &london),
            local_time("2026-12-01", &london),
            minutes(210),
            GapReading::of(-171.2).phrase(),
            GapReading::of(-171.2).caption_year(2040),
            count(2, "count-lever"),
            money(f64::NAN),
        ];
        crate::i18n::set_lang(crate::i18n::Lang::EnGb);
        assert_eq!(
            said,
            [
                "14 Gorffennaf 2026 am 11:30 BST",
                "1 Rhagfyr 2026",
                "3 awr 30 mun",
                "gwarged o £171m",
                "Gwarged yn 2040",
                "2 lifer",
                "d/b",
            ]
        );
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
