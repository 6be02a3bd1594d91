//! Targets in words: the one describer of a condition and of how it fares, for every place a
//! person reads one (the facilitator's notes, "what would it take?", the seek's message, the
//! command line's sentences), in the thread's language (the catalogue's `goal-…` messages,
//! `i18n/*/model.ftl`). The target syntax (`gap<=0 by 2035`) stays for scripts and the
//! command line's `--target`; people read "the gap closed from 2035 to 2040".

use super::syntax::{Bound, Condition, Op, Subject};
use crate::i18n::tr_or;
use crate::model::metric::{Judged, Metric};
use crate::present::format::{GapReading, amount, capitalise, lower_first, money, with_unit};
use crate::t;

/// A metric's title in the thread's language, lower case for inside a sentence.
fn title(metric: &Metric) -> String {
    lower_first(&tr_or(&format!("metric-{}", metric.id), metric.title))
}

/// The years a metric condition covers, as a phrase: "in 2040", "in every year", "in every
/// year from 2035 to 2040".
fn years(metric: &Metric, from_year: i32, first: i32, last: i32) -> String {
    let every = metric.target.is_some_and(|t| t.judged == Judged::EveryYear);
    if from_year >= last {
        t!("goal-in-year", year = last.to_string())
    } else if from_year <= first && every {
        t!("goal-in-every-year")
    } else {
        t!(
            "goal-in-every-year-from",
            from = from_year.to_string(),
            to = last.to_string()
        )
    }
}

/// What a condition was checked against a workshop to: a metric's bound and first year
/// judged (index from the base year), or a capped lever's label in that workshop.
pub(super) enum Checked<'a> {
    Metric { bound: f64, from: usize },
    Lever { label: &'a str },
}

/// A condition in plain English, lower case (it may stand inside a sentence): "the gap
/// closed in every year from 2035 to 2040", "reserves at or above the prudent minimum (£40m)
/// in every year", "council tax rise at most 4.99% a year".
pub(super) fn condition(c: &Condition, checked: Checked<'_>, first: i32, last: i32) -> String {
    match (c.subject, checked) {
        (Subject::Metric(metric), Checked::Metric { bound, from }) => {
            let when = years(metric, first + from as i32, first, last);
            let limit = |v: f64| amount(v, metric.unit);
            match (metric.id, c.op, c.bound) {
                ("gap", Op::AtMost, _) if bound == 0.0 => t!("goal-gap-closed", when = when),
                ("gap", Op::AtMost, _) if bound < 0.0 => {
                    t!("goal-surplus-at-least", amount = limit(-bound), when = when)
                }
                ("gap", Op::AtMost, _) => {
                    t!("goal-gap-at-most", amount = limit(bound), when = when)
                }
                ("cumulative_gap", Op::AtMost, _) if bound == 0.0 => t!(
                    "goal-cumulative-gap-closed",
                    first = first.to_string(),
                    when = when
                ),
                (_, Op::AtLeast, Bound::PrudentMinimum(0.0)) => t!(
                    "goal-at-or-above-minimum",
                    metric = title(metric),
                    minimum = money(bound),
                    when = when
                ),
                (_, Op::AtLeast, Bound::PrudentMinimum(plus)) => t!(
                    if plus > 0.0 {
                        "goal-above-minimum"
                    } else {
                        "goal-below-minimum"
                    },
                    metric = title(metric),
                    amount = money(plus.abs()),
                    when = when
                ),
                (_, op, _) => t!(
                    match op {
                        Op::AtMost => "goal-at-most-when",
                        Op::AtLeast => "goal-at-least-when",
                    },
                    subject = title(metric),
                    amount = limit(bound),
                    when = when
                ),
            }
        }
        (subject, checked) => {
            let n = match c.bound {
                Bound::Number(n) | Bound::PrudentMinimum(n) => n,
            };
            let (label, unit) = match subject {
                Subject::Lever(i) => (
                    crate::model::LEVER_SPECS[i].label.to_owned(),
                    crate::model::LEVER_SPECS[i].unit,
                ),
                Subject::Metric(m) => (tr_or(&format!("metric-{}", m.id), m.title), m.unit),
            };
            let label = match checked {
                Checked::Lever { label } => label.to_owned(),
                Checked::Metric { .. } => label,
            };
            t!(
                match c.op {
                    Op::AtMost => "goal-at-most",
                    Op::AtLeast => "goal-at-least",
                },
                subject = lower_first(&label),
                amount = with_unit(n, unit)
            )
        }
    }
}

/// How a condition fared, as [`super::ConditionOutcome`] holds it.
pub(super) struct Fared<'a> {
    pub(super) words: &'a str,
    pub(super) subject: &'a str,
    pub(super) unit: &'a str,
    pub(super) op: &'a str,
    pub(super) bound: f64,
    pub(super) worst_year: Option<i32>,
    pub(super) value: f64,
    pub(super) met: bool,
    pub(super) short_by: f64,
}

/// How a condition fares, as a sentence: "The gap closed in 2040." when met; "The gap closed
/// in every year from 2035 to 2040: not yet; in 2040 the gap is still £350m." when not.
pub(super) fn sentence(o: &Fared<'_>) -> String {
    match shortfall(o) {
        None => t!("goal-met", condition = capitalise(o.words)),
        Some(why) => t!("goal-not-yet", condition = capitalise(o.words), why = why),
    }
}

/// Where it falls short, in words, or `None` when met: "in 2040 the gap is still £350m",
/// "in 2031 reserves are −£45m, £85m short", "it is 7.16% a year".
pub(super) fn shortfall(o: &Fared<'_>) -> Option<String> {
    if o.met {
        return None;
    }
    let Some(year) = o.worst_year else {
        return Some(t!("goal-it-is", value = with_unit(o.value, o.unit)));
    };
    let year = year.to_string();
    let metric = crate::model::metric::metric(o.subject);
    if o.subject == "gap" {
        return Some(match GapReading::of(o.value) {
            GapReading::Gap(m) if o.bound == 0.0 => t!("goal-gap-still", year = year, amount = m),
            reading => t!(
                "goal-gap-too-much",
                year = year,
                reading = reading.phrase(),
                amount = amount(o.short_by, o.unit)
            ),
        });
    }
    // "reserves are", "trust is": the one plural title among the targets (the English).
    let number = match metric {
        Some(m) if m.title.ends_with('s') => "plural",
        _ => "singular",
    };
    Some(t!(
        match o.op {
            "<=" => "goal-too-high",
            _ => "goal-short",
        },
        year = year,
        subject = metric.map_or(o.subject.to_owned(), title),
        number = number,
        value = amount(o.value, o.unit),
        amount = amount(o.short_by, o.unit)
    ))
}

/// Conditions joined as people list them: "a", "a and b", "a, b and c".
pub fn join(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => t!("goal-and", first = init.join(", "), last = last.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::levers::{LEVER_SPECS, Lever, LeverValues};
    use crate::model::target::Goal;
    use crate::model::{Assumptions, simulate};

    fn words(target: &str, by: Option<i32>) -> Vec<String> {
        let a = Assumptions::default();
        let l: Vec<Lever> = LEVER_SPECS.iter().map(Lever::from).collect();
        Goal::parse(target, &a, &l, by)
            .unwrap()
            .conditions
            .into_iter()
            .map(|c| c.words)
            .collect()
    }

    #[test]
    fn conditions_read_as_people_say_them() {
        assert_eq!(
            words("gap<=0 and reserves>=minimum", Some(2035)),
            [
                "the gap closed in every year from 2035 to 2040",
                "reserves at or above the prudent minimum (£40m) in every year"
            ]
        );
        assert_eq!(words("gap<=0", None), ["the gap closed in 2040"]);
        assert_eq!(
            words("council_tax_rise<=4.99", None),
            ["council tax rise at most 4.99% a year"]
        );
        assert_eq!(
            words("gap<=-10", None),
            ["a surplus of at least £10m a year in 2040"]
        );
        assert_eq!(
            words("trust>=0.5 and unmet_need<=20", None),
            [
                "trust at least 0.5 in 2040",
                "unmet need at most £20m a year in 2040"
            ]
        );
        for w in words(
            "gap<=0 and cumulative_gap<=0 and reserves>=minimum+5 and cuts<=3 and council_tax_rise<=2.99",
            Some(2030),
        ) {
            for syntax in ["<=", ">=", "_", "minimum+"] {
                assert!(!w.contains(syntax), "{w}");
            }
        }
    }

    #[test]
    fn outcomes_say_where_they_fall_short_in_words() {
        // A council whose reserves do fall below the minimum: little can be cut, grant falls.
        let a = Assumptions {
            max_in_year_cuts: 1.0,
            ..Assumptions::default()
        };
        let l: Vec<Lever> = LEVER_SPECS.iter().map(Lever::from).collect();
        let mut v = LeverValues::model_defaults();
        v.set(crate::model::LeverKey::GrantChange, -10.0);
        let p = simulate(&a, &v);
        let g = Goal::parse(
            "gap<=0 by 2035 and reserves>=minimum and council_tax_rise<=2.99",
            &a,
            &l,
            None,
        )
        .unwrap();
        let out = g.assess(&p, &v);
        let gap = out[0].sentence();
        assert!(
            gap.starts_with("The gap closed in every year from 2035 to 2040: not yet; in 2040 the gap is still £"),
            "{gap}"
        );
        let reserves = out[1].sentence();
        assert!(reserves.contains("reserves are"), "{reserves}");
        assert!(reserves.ends_with("short."), "{reserves}");
        assert_eq!(
            out[2].sentence(),
            "Council tax rise at most 2.99% a year: not yet; it is 4.99% a year."
        );
        for o in &out {
            let s = o.sentence();
            assert!(!s.contains("<=") && !s.contains(" £m"), "{s}");
        }
    }

    #[test]
    fn lists_join_as_people_write_them() {
        let s = |v: &[&str]| super::join(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&[]), "");
        assert_eq!(s(&["a"]), "a");
        assert_eq!(s(&["a", "b"]), "a and b");
        assert_eq!(s(&["a", "b", "c"]), "a, b and c");
    }
}
