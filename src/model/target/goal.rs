//! Targets checked against a workshop ([`Goal`]): which years each condition covers, the caps
//! met with the levers' ranges; and how a projection fares against them ([`Goal::assess`]),
//! down to the shortfalls the search works with.

use serde::Serialize;

use super::syntax::{Bound, Condition, Op, Subject, Target, TargetError};
use super::words::{Checked, Fared};
use crate::model::assumptions::Assumptions;
use crate::model::levers::{LEVER_SPECS, Lever, LeverValues};
use crate::model::metric::{Judged, Metric};
use crate::model::simulate::Projection;

/// One condition checked against a workshop: a window of years or a lever's bounds.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalCondition {
    pub condition: Condition,
    pub kind: GoalKind,
    /// The condition in plain English, for people (`words.rs`).
    pub words: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum GoalKind {
    /// The metric must be on the right side of `bound` in every year from index `from` (0 is
    /// the base year) to the end of the horizon.
    Metric {
        metric: &'static Metric,
        bound: f64,
        from: usize,
    },
    /// The lever's value must stay within `min..=max` (the cap met with the lever's range).
    Lever { index: usize, min: f64, max: f64 },
}

/// A target checked against one workshop: what [`crate::model::seek::seek`] works to.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    pub text: String,
    pub conditions: Vec<GoalCondition>,
    pub base_year: i32,
    pub years: usize,
    /// Shortfall scale per metric condition (see [`scale`]).
    scales: Vec<f64>,
}

/// How one condition fares in a projection.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConditionOutcome {
    /// The condition as written.
    pub condition: String,
    /// The condition in plain English ("the gap closed in every year from 2035 to 2040");
    /// [`ConditionOutcome::sentence`] says how it fares.
    pub words: String,
    /// The metric or lever id.
    pub subject: String,
    pub unit: String,
    pub op: &'static str,
    pub bound: f64,
    /// First and last year judged (none for a lever cap).
    pub from_year: Option<i32>,
    pub to_year: Option<i32>,
    /// The year where the metric is worst against the bound (none for a lever cap).
    pub worst_year: Option<i32>,
    /// The metric in that year, or the lever's value.
    pub value: f64,
    pub met: bool,
    /// How far short in the worst year, in the condition's unit; 0 when met.
    pub short_by: f64,
}

impl ConditionOutcome {
    /// How this condition fares, in plain English, as a sentence: "The gap closed in 2040."
    /// when met; "The gap closed in every year from 2035 to 2040: not yet; in 2040 the gap is
    /// still £350m." when not. Lever caps say where the lever stands.
    pub fn sentence(&self) -> String {
        super::words::sentence(&self.fared())
    }

    /// Where it falls short, in words, or `None` when met: "in 2040 the gap is still £350m",
    /// "in 2031 reserves are −£45m, £85m short", "it is 7.16% a year".
    pub fn shortfall(&self) -> Option<String> {
        super::words::shortfall(&self.fared())
    }

    fn fared(&self) -> Fared<'_> {
        Fared {
            words: &self.words,
            subject: &self.subject,
            unit: &self.unit,
            op: self.op,
            bound: self.bound,
            worst_year: self.worst_year,
            value: self.value,
            met: self.met,
            short_by: self.short_by,
        }
    }
}

impl Goal {
    /// Parse `text` and check it against a workshop's assumptions and levers. `by`, if given,
    /// is the year from which conditions without their own `by` must hold (see the module
    /// documentation: reserves ignore it).
    pub fn parse(
        text: &str,
        a: &Assumptions,
        levers: &[Lever],
        by: Option<i32>,
    ) -> Result<Goal, TargetError> {
        Goal::new(&Target::parse(text)?, a, levers, by)
    }

    pub fn new(
        target: &Target,
        a: &Assumptions,
        levers: &[Lever],
        by: Option<i32>,
    ) -> Result<Goal, TargetError> {
        let years = a.horizon_years.clamp(1, 100) as usize;
        let first = a.base_year;
        let last = first + years as i32 - 1;
        let year_index = |y: i32, column: Option<usize>, what: &str| {
            if (first..=last).contains(&y) {
                Ok((y - first) as usize)
            } else {
                Err(TargetError {
                    column,
                    message: crate::t!(
                        "target-outside-horizon",
                        what = what,
                        year = y.to_string(),
                        first = first.to_string(),
                        last = last.to_string()
                    ),
                })
            }
        };
        let default_from = match by {
            Some(y) => Some(year_index(y, None, "--by")?),
            None => None,
        };
        let mut conditions = Vec::new();
        let mut scales = Vec::new();
        for c in &target.conditions {
            let kind = match c.subject {
                Subject::Metric(metric) => {
                    let from = match (c.by, c.by_column) {
                        (Some(y), col) => year_index(y, col, "by")?,
                        (None, _) if judged(metric) == Judged::EveryYear => 0,
                        (None, _) => default_from.unwrap_or(years - 1),
                    };
                    let bound = match c.bound {
                        Bound::Number(n) => n,
                        Bound::PrudentMinimum(plus) => a.prudent_minimum.max(0.0) + plus,
                    };
                    scales.push(scale(metric, a));
                    GoalKind::Metric {
                        metric,
                        bound,
                        from,
                    }
                }
                Subject::Lever(index) => {
                    let lever = levers.get(index).ok_or_else(|| {
                        TargetError::at(c.column, crate::i18n::tr("target-no-such-lever"))
                    })?;
                    let Bound::Number(n) = c.bound else {
                        return Err(TargetError::at(
                            c.column,
                            crate::i18n::tr("target-cap-number"),
                        ));
                    };
                    // An earlier cap on the same lever narrows the range further.
                    let (mut min, mut max) = conditions
                        .iter()
                        .rev()
                        .find_map(|g: &GoalCondition| match g.kind {
                            GoalKind::Lever {
                                index: i, min, max, ..
                            } if i == index => Some((min, max)),
                            _ => None,
                        })
                        .unwrap_or((lever.min, lever.max));
                    match c.op {
                        Op::AtMost => max = max.min(n),
                        Op::AtLeast => min = min.max(n),
                    }
                    if min > max {
                        return Err(TargetError::at(
                            c.column,
                            crate::t!(
                                "target-no-room",
                                condition = c.text.as_str(),
                                lever = lever.id.as_str(),
                                min = lever.min.to_string(),
                                max = lever.max.to_string(),
                                unit = crate::present::format::unit_words(&lever.unit),
                                rest = if n >= lever.min && n <= lever.max {
                                    crate::i18n::tr("target-no-room-other-cap")
                                } else {
                                    String::new()
                                }
                            ),
                        ));
                    }
                    scales.push(1.0);
                    GoalKind::Lever { index, min, max }
                }
            };
            let checked = match kind {
                GoalKind::Metric { bound, from, .. } => Checked::Metric { bound, from },
                GoalKind::Lever { index, .. } => Checked::Lever {
                    label: levers
                        .get(index)
                        .map_or(LEVER_SPECS[index].label, |l| &l.label),
                },
            };
            let words = super::words::condition(c, checked, first, last);
            conditions.push(GoalCondition {
                condition: c.clone(),
                kind,
                words,
            });
        }
        Ok(Goal {
            text: target.text.clone(),
            conditions,
            base_year: first,
            years,
            scales,
        })
    }

    /// The whole target in plain English: "the gap closed in 2040 and reserves at or above
    /// the prudent minimum (£40m) in every year".
    pub fn words(&self) -> String {
        let parts: Vec<String> = self.conditions.iter().map(|c| c.words.clone()).collect();
        super::words::join(&parts)
    }

    /// The bounds the target puts on lever `index`, if any: the tightest of its caps.
    pub fn lever_bounds(&self, index: usize) -> Option<(f64, f64)> {
        self.conditions.iter().rev().find_map(|g| match g.kind {
            GoalKind::Lever {
                index: i, min, max, ..
            } if i == index => Some((min, max)),
            _ => None,
        })
    }

    /// How each condition fares for these lever values and their projection.
    pub fn assess(&self, p: &Projection, v: &LeverValues) -> Vec<ConditionOutcome> {
        self.conditions
            .iter()
            .map(|g| {
                let c = &g.condition;
                match g.kind {
                    GoalKind::Metric {
                        metric,
                        bound,
                        from,
                    } => {
                        let mut worst: Option<(i32, f64, f64)> = None;
                        for_each_value(p, metric, from, |year, value, _| {
                            let excess = c.op.excess(value, bound);
                            if worst.is_none_or(|(_, _, e)| excess > e) {
                                worst = Some((year, value, excess));
                            }
                        });
                        let (year, value, excess) = worst.unwrap_or((0, f64::NAN, f64::INFINITY));
                        ConditionOutcome {
                            condition: c.text.clone(),
                            words: g.words.clone(),
                            subject: metric.id.into(),
                            unit: metric.unit.into(),
                            op: c.op.symbol(),
                            bound,
                            from_year: Some(self.base_year + from as i32),
                            to_year: Some(self.base_year + self.years as i32 - 1),
                            worst_year: Some(year),
                            value,
                            met: excess <= 0.0,
                            short_by: excess.max(0.0),
                        }
                    }
                    GoalKind::Lever { index, min, max } => {
                        let value = v.0[index];
                        let short = (min - value).max(value - max).max(0.0);
                        let bound = match c.op {
                            Op::AtMost => max,
                            Op::AtLeast => min,
                        };
                        ConditionOutcome {
                            condition: c.text.clone(),
                            words: g.words.clone(),
                            subject: LEVER_SPECS[index].id.into(),
                            unit: LEVER_SPECS[index].unit.into(),
                            op: c.op.symbol(),
                            bound,
                            from_year: None,
                            to_year: None,
                            worst_year: None,
                            value,
                            met: short <= 0.0,
                            short_by: short,
                        }
                    }
                }
            })
            .collect()
    }

    /// Whether every condition holds. The same test as [`Goal::assess`], without allocating.
    pub fn is_met(&self, p: &Projection, v: &LeverValues) -> bool {
        self.conditions.iter().all(|g| match g.kind {
            GoalKind::Metric {
                metric,
                bound,
                from,
            } => {
                let mut ok = true;
                for_each_value(p, metric, from, |_, value, _| {
                    ok &= g.condition.op.excess(value, bound) <= 0.0;
                });
                ok && p.rows.len() > from
            }
            GoalKind::Lever { index, min, max } => v.0[index] >= min && v.0[index] <= max,
        })
    }

    /// Shortfalls for the search, one a metric condition and year, scaled so that 1 is 1% of
    /// the budget (a hundredth for trust); positive is short. Reserves count any gap no means
    /// could fund as reserves below zero, so the search still sees which way is better once
    /// reserves have run out. Lever caps are not included: the search keeps to them as bounds.
    pub(crate) fn residuals(&self, p: &Projection, out: &mut Vec<f64>) {
        out.clear();
        for (g, scale) in self.conditions.iter().zip(&self.scales) {
            if let GoalKind::Metric {
                metric,
                bound,
                from,
            } = g.kind
            {
                for_each_value(p, metric, from, |_, value, searchable| {
                    out.push(g.condition.op.excess(searchable.unwrap_or(value), bound) / scale);
                });
            }
        }
    }

    /// How many values `residuals` gives.
    pub(crate) fn residual_count(&self) -> usize {
        self.conditions
            .iter()
            .map(|g| match g.kind {
                GoalKind::Metric { from, .. } => self.years.saturating_sub(from),
                GoalKind::Lever { .. } => 0,
            })
            .sum()
    }
}

/// Which years a condition on `metric` covers when it names none.
fn judged(metric: &Metric) -> Judged {
    metric.target.map_or(Judged::FinalYear, |t| t.judged)
}

/// What one unit of shortfall is worth to the search: 1% of the base budget for money, a
/// hundredth for a share. It makes shortfalls on different metrics comparable.
fn scale(metric: &Metric, a: &Assumptions) -> f64 {
    if metric.share {
        0.01
    } else {
        a.base_budget.max(1.0) / 100.0
    }
}

/// Calls `f(year, value, value for the search)` for each year from `from` to the end. The
/// value for the search differs where the metric counts unfunded gap below zero.
fn for_each_value(
    p: &Projection,
    metric: &Metric,
    from: usize,
    mut f: impl FnMut(i32, f64, Option<f64>),
) {
    let below_zero = metric.target.is_some_and(|t| t.unfunded_below_zero);
    let mut unfunded = 0.0;
    for (i, (r, value)) in p.rows.iter().zip(metric.values(&p.rows)).enumerate() {
        unfunded += r.unfunded;
        if i < from {
            continue;
        }
        f(r.year, value, below_zero.then_some(value - unfunded));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::lever_index;
    use crate::model::metric::metric;
    use crate::model::simulate;

    fn levers() -> Vec<Lever> {
        LEVER_SPECS.iter().map(Lever::from).collect()
    }

    #[test]
    fn goals_check_years_and_caps_against_the_workshop() {
        let a = Assumptions::default();
        let l = levers();
        let g = Goal::parse("gap<=0", &a, &l, None).unwrap();
        assert_eq!(
            g.conditions[0].kind,
            GoalKind::Metric {
                metric: metric("gap").unwrap(),
                bound: 0.0,
                from: 14
            }
        );
        let g = Goal::parse("gap<=0 and reserves>=minimum", &a, &l, Some(2030)).unwrap();
        assert!(matches!(
            g.conditions[0].kind,
            GoalKind::Metric { from: 4, .. }
        ));
        assert!(
            matches!(g.conditions[1].kind, GoalKind::Metric { from: 0, bound, .. } if bound == 40.0),
            "reserves hold every year whatever --by says"
        );
        let g = Goal::parse("reserves>=100 by 2035", &a, &l, None).unwrap();
        assert!(matches!(
            g.conditions[0].kind,
            GoalKind::Metric { from: 9, .. }
        ));

        let e = Goal::parse("gap<=0", &a, &l, Some(2041)).unwrap_err();
        assert!(e.message.contains("2026 to 2040"), "{e}");
        let e = Goal::parse("gap<=0 by 2025", &a, &l, None).unwrap_err();
        assert_eq!(e.column, Some(11));

        let e = Goal::parse("council_tax_rise<=-1", &a, &l, None).unwrap_err();
        assert!(e.message.contains("no room"), "{e}");
        let e =
            Goal::parse("council_tax_rise<=2 and council_tax_rise>=3", &a, &l, None).unwrap_err();
        assert_eq!(e.column, Some(25));
        let g = Goal::parse("council_tax_rise<=20", &a, &l, None).unwrap();
        assert_eq!(
            g.lever_bounds(lever_index("council_tax_rise").unwrap()),
            Some((0.0, 10.0))
        );
    }

    #[test]
    fn assess_matches_the_projection() {
        // A council whose reserves do fall below the minimum: little can be cut, grant falls.
        let a = Assumptions {
            max_in_year_cuts: 1.0,
            ..Assumptions::default()
        };
        let l = levers();
        let mut v = LeverValues::model_defaults();
        v.set(crate::model::LeverKey::GrantChange, -10.0);
        let p = simulate(&a, &v);
        let g = Goal::parse(
            "gap<=0 and reserves>=minimum and council_tax_rise<=2.99 and trust>=0",
            &a,
            &l,
            None,
        )
        .unwrap();
        let out = g.assess(&p, &v);
        let last = p.final_row();
        assert!(!out[0].met);
        assert_eq!(out[0].worst_year, Some(last.year));
        assert_eq!(out[0].short_by, last.gap);
        let below = p.headlines().reserves_below_minimum.unwrap();
        assert!(!out[1].met);
        assert!(out[1].worst_year.unwrap() >= below);
        assert!(!out[2].met);
        assert!((out[2].short_by - 2.0).abs() < 1e-9);
        assert!(out[3].met && out[3].short_by == 0.0);
        assert!(!g.is_met(&p, &v));
        let mut r = Vec::new();
        g.residuals(&p, &mut r);
        assert_eq!(r.len(), g.residual_count());
        assert_eq!(r.len(), 1 + 15 + 1);
    }
}
