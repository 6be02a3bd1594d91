//! Sensitivity: which levers, and which uncertain assumptions, move the final-year gap most.
//!
//! For the current scenario, each lever is swung to the bottom and the top of its range with
//! everything else held, and each of the workshop's uncertain assumptions to its low and high
//! value; the final-year gap at each end makes one bar of a tornado chart. Bars are sorted by
//! their swing, largest first. It is 2 × (levers + uncertain assumptions) projections, a
//! fraction of a millisecond, so it can run on every change.

use serde::Serialize;

use super::assumptions::{Assumptions, assumption_spec};
use super::levers::{Lever, LeverValues, lever_index};
use super::simulate::simulate;
use super::sweep::Uncertain;

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
}

fn swing(gap_at_low: f64, gap_at_high: f64, base_gap: f64) -> f64 {
    gap_at_low.max(gap_at_high).max(base_gap) - gap_at_low.min(gap_at_high).min(base_gap)
}

/// Swing every lever across its range (`lever_specs`: the workshop's levers, with their
/// ranges) and every uncertain assumption across its low..high, holding the rest at `levers`
/// and `a`; sorted by swing, largest first (ties keep levers in catalogue
/// order, then assumptions in the workshop's order).
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
        });
    }
    for u in uncertain {
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
            low: 1.0,
            high: 2.2,
        }];
        let bars = tornado(&a, &uncertain, &v, &levers);
        assert_eq!(bars.len(), LEVER_SPECS.len() + 1);
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
    }
}
