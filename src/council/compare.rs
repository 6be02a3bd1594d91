//! Councils side by side: each council's gap as a share of its own budget, so that a county
//! and a district (or the councils of a combined authority) read on one chart.

use crate::model::Projection;

/// Each year's gap (demand less resources) as a % of `budget`, the council's base-year budget:
/// `(year, %)`. A budget that is not positive gives no points rather than infinities.
pub fn gap_share_of_budget(projection: &Projection, budget: f64) -> Vec<[f64; 2]> {
    if !(budget.is_finite() && budget > 0.0) {
        return Vec::new();
    }
    projection
        .rows
        .iter()
        .map(|r| [f64::from(r.year), r.gap / budget * 100.0])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assumptions, LeverValues, simulate};

    #[test]
    fn the_share_is_the_gap_over_the_budget() {
        let a = Assumptions::default();
        let p = simulate(&a, &LeverValues::model_defaults());
        let share = gap_share_of_budget(&p, a.base_budget);
        assert_eq!(share.len(), p.rows.len());
        for (s, r) in share.iter().zip(&p.rows) {
            assert_eq!(s[0], f64::from(r.year));
            assert!((s[1] - r.gap / a.base_budget * 100.0).abs() < 1e-12);
        }
        assert!(gap_share_of_budget(&p, 0.0).is_empty());
        assert!(gap_share_of_budget(&p, f64::NAN).is_empty());
    }
}
