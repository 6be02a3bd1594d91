//! Sensitivity: which levers, and which uncertain assumptions, move the final-year gap most.
//!
//! For the current scenario, each lever is swung to the bottom and the top of its range with
//! everything else held, and each of the workshop's uncertain assumptions to its low and high
//! value; the final-year gap at each end makes one bar of a tornado chart. Bars are sorted by
//! their swing, largest first. It is 2 × (levers + uncertain assumptions) projections, a
//! fraction of a millisecond, so it can run on every change.
//!
//! Where the final-year gap changes sign between the ends of a bar, the bar carries its
//! threshold: the value at which the jaws close (found by bisection), and on which side of it
//! they are closed ("the new deal closes the jaws only with council tax above 3.8% a year").

use serde::Serialize;

use crate::present::format::{lower_first, with_unit};

use super::assumptions::{Assumptions, assumption_spec};
use super::levers::{Lever, LeverValues, lever_index};
use super::simulate::simulate;
use super::sweep::{Uncertain, uncertain_set};

/// Whether a bar swings a lever or an uncertain assumption.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BarKind {
    Lever,
    Assumption,
}

impl BarKind {
    pub fn id(self) -> &'static str {
        match self {
            BarKind::Lever => "lever",
            BarKind::Assumption => "assumption",
        }
    }
}

/// One bar of the tornado: an input swung from `low` to `high`, and the final-year gap at each
/// end (£m a year, negative a surplus).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TornadoBar {
    pub id: String,
    pub label: String,
    pub kind: BarKind,
    pub unit: String,
    /// The input's value in the scenario as it stands.
    pub current: f64,
    pub low: f64,
    pub high: f64,
    pub gap_at_low: f64,
    pub gap_at_high: f64,
    /// The final-year gap of the scenario as it stands (the same for every bar).
    pub base_gap: f64,
    /// The length of the bar: the spread of the final-year gap over the two ends and the base
    /// (so an input that is already at one end still shows its whole effect).
    pub swing: f64,
    /// Where the final-year gap changes sign across the bar, if it does.
    pub threshold: Option<Threshold>,
}

/// The value of an input at which the final-year gap is zero, with the rest held.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Threshold {
    pub value: f64,
    /// Which side of `value` the jaws are closed on (final-year gap zero or less).
    pub closed: Side,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Above,
    Below,
}

impl TornadoBar {
    /// Where the gap in `final_year` changes sign across this bar, in words, with the rest as
    /// they stand: "The new deal closes the gap in 2040 only with council tax rise above
    /// 4.35% a year." `subject` names the levers as they stand ("The new deal", "These
    /// levers"). `None` when the gap does not change sign across the bar.
    pub fn threshold_words(&self, subject: &str, final_year: i32) -> Option<String> {
        let t = self.threshold?;
        let side = match t.closed {
            Side::Above => "above",
            Side::Below => "below",
        };
        let value = with_unit((t.value * 100.0).round() / 100.0, &self.unit);
        let what = lower_first(&self.label);
        Some(crate::t!(
            if self.base_gap <= 0.0 {
                "threshold-keeps-closed"
            } else {
                "threshold-closes"
            },
            subject = subject,
            year = final_year.to_string(),
            what = what,
            side = side,
            value = value
        ))
    }
}

/// Bisection steps: the range shrinks a million-fold.
const BISECTIONS: usize = 20;

/// Where `gap(x)` changes sign in `low..high`, looking first between `low` and `current`,
/// then between `current` and `high` (the crossing nearest today's setting when there are two).
fn threshold(
    low: f64,
    current: f64,
    high: f64,
    at_low: f64,
    at_current: f64,
    at_high: f64,
    gap: impl Fn(f64) -> f64,
) -> Option<Threshold> {
    let closed = |g: f64| g <= 0.0;
    let (mut a, mut b, mut ga) = if closed(at_low) != closed(at_current) {
        (low, current, at_low)
    } else if closed(at_current) != closed(at_high) {
        (current, high, at_current)
    } else {
        return None;
    };
    let side = if closed(ga) { Side::Below } else { Side::Above };
    for _ in 0..BISECTIONS {
        let m = 0.5 * (a + b);
        let gm = gap(m);
        if closed(gm) == closed(ga) {
            a = m;
            ga = gm;
        } else {
            b = m;
        }
    }
    Some(Threshold {
        value: 0.5 * (a + b),
        closed: side,
    })
}

fn swing(gap_at_low: f64, gap_at_high: f64, base_gap: f64) -> f64 {
    gap_at_low.max(gap_at_high).max(base_gap) - gap_at_low.min(gap_at_high).min(base_gap)
}

/// Swing every lever across its range (`lever_specs`: the workshop's levers, with their
/// ranges) and every uncertain assumption (the workshop's `uncertain`, then every other
/// assumption with a plausible range) across its low..high, holding the rest at `levers` and
/// `a`; sorted by swing, largest first (ties keep levers in catalogue order, then assumptions
/// in `uncertain_set` order).
pub fn tornado(
    a: &Assumptions,
    uncertain: &[Uncertain],
    levers: &LeverValues,
    lever_specs: &[Lever],
) -> Vec<TornadoBar> {
    let final_gap = |a: &Assumptions, v: &LeverValues| simulate(a, v).final_row().gap;
    let base_gap = final_gap(a, levers);
    let mut bars = Vec::with_capacity(lever_specs.len() + uncertain.len());
    for l in lever_specs {
        let Some(i) = lever_index(&l.id) else {
            continue;
        };
        let at = |x: f64| {
            let mut v = *levers;
            v.0[i] = x;
            final_gap(a, &v)
        };
        let (gap_at_low, gap_at_high) = (at(l.min), at(l.max));
        let current = levers.0[i];
        let threshold = threshold(l.min, current, l.max, gap_at_low, base_gap, gap_at_high, at);
        bars.push(TornadoBar {
            id: l.id.clone(),
            label: l.label.clone(),
            kind: BarKind::Lever,
            unit: l.unit.clone(),
            current: levers.0[i],
            low: l.min,
            high: l.max,
            gap_at_low,
            gap_at_high,
            base_gap,
            swing: swing(gap_at_low, gap_at_high, base_gap),
            threshold,
        });
    }
    for u in &uncertain_set(a, uncertain) {
        let Some(current) = a.get(&u.assumption) else {
            continue;
        };
        let at = |x: f64| {
            let mut b = a.clone();
            b.set(&u.assumption, x);
            final_gap(&b, levers)
        };
        let spec = assumption_spec(&u.assumption);
        let (gap_at_low, gap_at_high) = (at(u.low), at(u.high));
        // An assumption's own value may lie outside its sweep range; only the range counts.
        let inside = current.clamp(u.low.min(u.high), u.high.max(u.low));
        let at_inside = if inside == current {
            base_gap
        } else {
            at(inside)
        };
        let threshold = threshold(
            u.low,
            inside,
            u.high,
            gap_at_low,
            at_inside,
            gap_at_high,
            at,
        );
        bars.push(TornadoBar {
            id: u.assumption.clone(),
            label: spec.map_or_else(|| u.assumption.clone(), |s| s.label.to_owned()),
            kind: BarKind::Assumption,
            unit: spec.map_or_else(String::new, |s| s.unit.to_owned()),
            current,
            low: u.low,
            high: u.high,
            gap_at_low,
            gap_at_high,
            base_gap,
            swing: swing(gap_at_low, gap_at_high, base_gap),
            threshold,
        });
    }
    // Stable: equal swings keep their order.
    bars.sort_by(|x, y| y.swing.total_cmp(&x.swing));
    bars
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LEVER_SPECS;

    #[test]
    fn every_lever_and_assumption_gets_a_bar_in_order_of_swing() {
        let a = Assumptions::default();
        let v = LeverValues::model_defaults();
        let levers: Vec<Lever> = LEVER_SPECS.iter().map(Lever::from).collect();
        let uncertain = vec![Uncertain {
            assumption: "demographic_growth".into(),
            low: 0.5,
            high: 1.2,
        }];
        let bars = tornado(&a, &uncertain, &v, &levers);
        assert_eq!(
            bars.len(),
            LEVER_SPECS.len() + uncertain_set(&a, &uncertain).len()
        );
        assert!(bars.windows(2).all(|w| w[0].swing >= w[1].swing));
        let base = simulate(&a, &v).final_row().gap;
        for b in &bars {
            assert_eq!(b.base_gap, base);
            assert!(b.low <= b.current && b.current <= b.high, "{b:?}");
            assert!(b.swing >= 0.0 && b.swing.is_finite());
        }
        let demo = bars.iter().find(|b| b.id == "demographic_growth").unwrap();
        assert_eq!(demo.kind, BarKind::Assumption);
        assert!(demo.gap_at_high > demo.gap_at_low, "more need, a wider gap");
        let tax = bars.iter().find(|b| b.id == "council_tax_rise").unwrap();
        assert!(
            tax.gap_at_high < tax.gap_at_low,
            "more council tax, a narrower gap"
        );
        // Every threshold is a real crossing: the gap is closed on its side, open on the other.
        for b in bars.iter().filter(|b| b.kind == BarKind::Lever) {
            let Some(t) = b.threshold else { continue };
            let i = crate::model::lever_index(&b.id).unwrap();
            let gap_at = |x: f64| {
                let mut w = v;
                w.0[i] = x;
                simulate(&a, &w).final_row().gap
            };
            let step = 1e-3 * (b.high - b.low);
            let (below, above) = (gap_at(t.value - step), gap_at(t.value + step));
            match t.closed {
                Side::Above => assert!(above <= 0.0 && below > 0.0, "{}: {below} {above}", b.id),
                Side::Below => assert!(below <= 0.0 && above > 0.0, "{}: {below} {above}", b.id),
            }
        }
        assert!(
            tax.threshold.is_some(),
            "council tax can close the jaws at today's practice"
        );
        let words = tax.threshold_words("The old deal", 2040).unwrap();
        assert!(
            words.starts_with(
                "The old deal closes the gap in 2040 only with council tax rise above "
            ) || words.starts_with(
                "The old deal keeps the gap in 2040 closed only with council tax rise above "
            ),
            "{words}"
        );
        assert!(words.ends_with("% a year"), "{words}");
    }
}
