//! Targets in plain English: the one describer of a condition and of how it fares, for every
//! place a person reads one (the facilitator's notes, "what would it take?", the seek's
//! message, the command line's sentences). The target syntax (`gap<=0 by 2035`) stays for
//! scripts and the command line's `--target`; people read "the gap closed from 2035 to 2040".

use super::goal::{ConditionOutcome, GoalKind};
use super::syntax::{Bound, Condition, Op};
use crate::model::metric::{Judged, Metric};
use crate::present::format::{GapReading, amount, capitalise, lower_first, money, with_unit};

/// The years a metric condition covers, as a phrase: "in 2040", "in every year", "in every
/// year from 2035 to 2040".
fn years(metric: &Metric, from_year: i32, first: i32, last: i32) -> String {
    let every = metric.target.is_some_and(|t| t.judged == Judged::EveryYear);
    if from_year >= last {
        format!("in {last}")
    } else if from_year <= first && every {
        "in every year".into()
    } else {
        format!("in every year from {from_year} to {last}")
    }
}

/// A condition in plain English, lower case (it may stand inside a sentence): "the gap
/// closed in every year from 2035 to 2040", "reserves at or above the prudent minimum (£40m)
/// in every year", "council tax rise at most 4.99% a year". `lever_label` names a capped
/// lever as the workshop labels it.
pub(super) fn condition(
    c: &Condition,
    kind: &GoalKind,
    first: i32,
    last: i32,
    lever_label: Option<&str>,
) -> String {
    match *kind {
        GoalKind::Metric {
            metric,
            bound,
            from,
        } => {
            let when = years(metric, first + from as i32, first, last);
            let limit = |v: f64| amount(v, metric.unit);
            match (metric.id, c.op, c.bound) {
                ("gap", Op::AtMost, _) if bound == 0.0 => format!("the gap closed {when}"),
                ("gap", Op::AtMost, _) if bound < 0.0 => {
                    format!("a surplus of at least {} {when}", limit(-bound))
                }
                ("gap", Op::AtMost, _) => format!("a gap of at most {} {when}", limit(bound)),
                ("cumulative_gap", Op::AtMost, _) if bound == 0.0 => {
                    format!("the gap added up from {first} closed {when}")
                }
                (_, Op::AtLeast, Bound::PrudentMinimum(0.0)) => format!(
                    "{} at or above the prudent minimum ({}) {when}",
                    lower_first(metric.title),
                    money(bound)
                ),
                (_, Op::AtLeast, Bound::PrudentMinimum(plus)) => format!(
                    "{} at least {} {} the prudent minimum {when}",
                    lower_first(metric.title),
                    money(plus.abs()),
                    if plus > 0.0 { "above" } else { "below" }
                ),
                (_, op, _) => format!(
                    "{} {} {} {when}",
                    lower_first(metric.title),
                    at(op),
                    limit(bound)
                ),
            }
        }
        GoalKind::Lever { .. } => {
            let n = match c.bound {
                Bound::Number(n) | Bound::PrudentMinimum(n) => n,
            };
            let (label, unit) = match c.subject {
                super::syntax::Subject::Lever(i) => (
                    lever_label.unwrap_or(crate::model::LEVER_SPECS[i].label),
                    crate::model::LEVER_SPECS[i].unit,
                ),
                super::syntax::Subject::Metric(m) => (m.title, m.unit),
            };
            format!("{} {} {}", lower_first(label), at(c.op), with_unit(n, unit))
        }
    }
}

fn at(op: Op) -> &'static str {
    match op {
        Op::AtMost => "at most",
        Op::AtLeast => "at least",
    }
}

impl ConditionOutcome {
    /// How this condition fares, in plain English, as a sentence: "The gap closed in 2040."
    /// when met; "The gap closed in every year from 2035 to 2040: not yet; in 2040 the gap is
    /// still £350m." when not. Lever caps say where the lever stands.
    pub fn sentence(&self) -> String {
        match self.shortfall() {
            None => format!("{}.", capitalise(&self.words)),
            Some(why) => format!("{}: not yet; {why}.", capitalise(&self.words)),
        }
    }

    /// Where it falls short, in words, or `None` when met: "in 2040 the gap is still £350m",
    /// "in 2031 reserves are −£45m, £85m short", "it is 7.16% a year".
    pub fn shortfall(&self) -> Option<String> {
        if self.met {
            return None;
        }
        let Some(year) = self.worst_year else {
            return Some(format!("it is {}", with_unit(self.value, &self.unit)));
        };
        let metric = crate::model::metric::metric(&self.subject);
        let title = metric.map_or(self.subject.clone(), |m| lower_first(m.title));
        if self.subject == "gap" {
            return Some(match GapReading::of(self.value) {
                GapReading::Gap(m) if self.bound == 0.0 => {
                    format!("in {year} the gap is still {m}")
                }
                reading => format!(
                    "in {year} the gap is {}, {} too much",
                    reading.phrase(),
                    amount(self.short_by, &self.unit)
                ),
            });
        }
        let (verb, direction) = match self.op {
            "<=" => ("is", "too high"),
            _ => ("is", "short"),
        };
        // "reserves are", "trust is": the one plural title among the targets.
        let verb = if title.ends_with('s') { "are" } else { verb };
        Some(format!(
            "in {year} {title} {verb} {}, {} {direction}",
            amount(self.value, &self.unit),
            amount(self.short_by, &self.unit)
        ))
    }
}

/// Conditions joined as people list them: "a", "a and b", "a, b and c".
pub fn join(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
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
        let a = Assumptions::default();
        let l: Vec<Lever> = LEVER_SPECS.iter().map(Lever::from).collect();
        let v = LeverValues::model_defaults();
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
