//! Goal seek, "what would it take?": the smallest change to the levers a room is willing to
//! move that meets a [`Goal`], or, when none does, how close they can get.
//!
//! The change is measured as the sum of squared lever changes, each as a share of that lever's
//! range, so moving council tax by a tenth of its range costs the same as moving transformation
//! investment by a tenth of its range. Only the levers given as movable change, always within
//! their ranges and within any caps the target puts on them.
//!
//! Method: a trust-region sequential quadratic programme with an exact (ℓ1) penalty, Fletcher's
//! Sℓ1QP, on normalised lever changes `z` (0 is the starting point):
//!
//! 1. From the current point, one projection per movable lever gives the slope of every
//!    condition in every year it is judged (forward differences).
//! 2. The local problem, smallest ½‖z‖² plus Λ times the conditions' shortfalls as the slopes
//!    predict them, within the levers' bounds and a trust region, is a small convex quadratic
//!    programme; it is solved exactly enough by coordinate ascent on its dual, which has a
//!    closed form in each coordinate.
//! 3. The step is kept if the real model agrees it helps (actual against predicted reduction
//!    of the penalised objective); the trust region grows when the model is trusted and shrinks
//!    when it is not, which copes with the model's kinks (reserves floored at the minimum, cuts
//!    capped). When the steps stop, a target still not met raises Λ and tries again.
//! 4. The model's kinks can leave that search on a poor answer, or none, so it searches again
//!    from a few of the most promising of an evenly spread, fixed set of points (within the
//!    size of the answer found, or across the whole ranges when none was).
//! 5. The nearest point found that meets the target is then polished: the whole change, and
//!    then each lever's change in turn, is pulled back towards the start by bisection as far as
//!    the target still holds; hairline changes are dropped when the others can make up for
//!    them at almost no cost; the changes are rounded to a sensible step where that keeps the
//!    target met. When nothing meets it, the point with the least total shortfall is kept,
//!    each lever pulled back as far as that adds nothing to the shortfall.
//!
//! Why this method: the objective is exactly the one asked for (not a proxy), several
//! conditions across many years and hard bounds are handled the same way, the penalty form
//! still makes progress when the target is out of reach (so the answer then is the closest the
//! allowed levers can get, with the least change among the closest), and it is deterministic:
//! the restart points are a fixed sequence, not random, and there are no threads. A projection

mod answer;
mod local;
mod polish;
mod search;

pub use answer::{LeverChange, OffLimits, SeekResult, SeekStatus};

use super::assumptions::Assumptions;
use super::levers::{LEVER_COUNT, Lever, LeverKey, LeverValues};
use super::target::Goal;
use search::Search;

/// The levers a room moves unless it says otherwise, the same in the window and `jaws seek`:
/// every lever but the national settlement, which is the government's, not the council's.
pub fn default_movable() -> [bool; LEVER_COUNT] {
    let mut movable = [true; LEVER_COUNT];
    movable[LeverKey::GrantChange as usize] = false;
    movable
}

/// The bands a search from `start` keeps out of unless the room allows them, among the
/// `movable` levers, in words: "council tax rise from 4.99% a year (\u{201c}referendum
/// needed\u{201d}: it needs a referendum)". A band `start` is already in is not kept out of.
pub fn kept_out(levers: &[Lever], start: &LeverValues, movable: &[usize]) -> Vec<String> {
    let mut out = Vec::new();
    for &i in movable {
        let Some(l) = levers.get(i) else { continue };
        let v = start.0[i];
        for b in &l.bands {
            let Some(limit) = b.limit else { continue };
            if v > b.from && v < b.to {
                continue;
            }
            let (id, edge) = if b.from >= v {
                ("seek-kept-out-above", b.from)
            } else {
                ("seek-kept-out-below", b.to)
            };
            out.push(crate::t!(
                id,
                lever = crate::present::format::lower_first(&l.label),
                value = l.value_text(edge),
                band = b.label.as_str(),
                limit = limit.words()
            ));
        }
    }
    out
}

/// Every lever `values` leaves inside a band `levers` marks off limits, in words.
pub fn off_limits(levers: &[Lever], values: &LeverValues) -> Vec<OffLimits> {
    levers
        .iter()
        .zip(values.0.iter())
        .zip(super::levers::LEVER_SPECS.iter())
        .filter_map(|((l, &v), spec)| {
            let band = l.off_limits_at(v)?;
            let limit = band.limit?;
            Some(OffLimits {
                id: spec.id,
                words: crate::t!(
                    "seek-off-limits",
                    lever = l.label.as_str(),
                    value = l.value_text(v),
                    band = band.label.as_str(),
                    limit = limit.words()
                ),
            })
        })
        .collect()
}

/// Find the smallest change of the `movable` levers (catalogue indices) from `start` that
/// meets `goal`. `levers` is the workshop's view of every lever in catalogue order (ranges).
/// Bands of a lever's range marked off limits (a referendum, unrealistic) are kept out of,
/// unless `start` is already in one; [`seek_allowing`] is the same search with them open.
/// `progress` is called now and then with the share done (0 to 1); return `false` from it to
/// cancel, and the best found so far comes back as [`SeekStatus::Cancelled`].
pub fn seek(
    a: &Assumptions,
    start: &LeverValues,
    levers: &[Lever],
    goal: &Goal,
    movable: &[usize],
    progress: &mut dyn FnMut(f32) -> bool,
) -> SeekResult {
    seek_allowing(a, start, levers, goal, movable, false, progress)
}

/// [`seek`], with the bands marked off limits open to the search when `off_limits_allowed`
/// (the room allows a referendum, say). Either way the answer names every lever it moves into
/// or within such a band ([`SeekResult::off_limits`]).
pub fn seek_allowing(
    a: &Assumptions,
    start: &LeverValues,
    levers: &[Lever],
    goal: &Goal,
    movable: &[usize],
    off_limits_allowed: bool,
    progress: &mut dyn FnMut(f32) -> bool,
) -> SeekResult {
    let mut s = Search::new(a, start, levers, goal, movable, off_limits_allowed);
    // Progress only ever goes forward, whatever stage reports it.
    let mut last = 0.0f32;
    let mut forward = |p: f32| {
        last = last.max(p.clamp(0.0, 1.0));
        progress(last)
    };
    let status = s.run(&mut forward);
    if status != SeekStatus::Cancelled {
        forward(1.0);
    }
    let mut found = s.finish(status);
    // Only the levers the answer moved: one the room left in such a band is its own choice.
    let mut moved = *start;
    for c in &found.changes {
        moved.0[c.index] = c.to;
    }
    found.off_limits = off_limits(levers, &moved)
        .into_iter()
        .filter(|o| found.changes.iter().any(|c| c.id == o.id))
        .collect();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::{LEVER_SPECS, lever_index};

    fn levers() -> Vec<Lever> {
        LEVER_SPECS.iter().map(Lever::from).collect()
    }

    #[test]
    fn a_cap_alone_is_met_by_moving_to_it() {
        let a = Assumptions::default();
        let l = levers();
        let mut start = LeverValues::model_defaults();
        let tax = lever_index("council_tax_rise").unwrap();
        start.0[tax] = 4.99;
        let goal = Goal::parse("council_tax_rise<=2.99", &a, &l, None).unwrap();
        let r = seek(&a, &start, &l, &goal, &[tax], &mut |_| true);
        assert_eq!(r.status, SeekStatus::Met);
        assert_eq!(r.levers.0[tax], 2.99);
        assert_eq!(r.changes.len(), 1);
        assert!((r.distance - 0.2).abs() < 1e-12);
    }

    #[test]
    fn nothing_to_move_is_not_met_and_does_not_panic() {
        let a = Assumptions::default();
        let l = levers();
        let start = LeverValues::model_defaults();
        let goal = Goal::parse("gap<=0", &a, &l, None).unwrap();
        let r = seek(&a, &start, &l, &goal, &[], &mut |_| true);
        assert_eq!(r.status, SeekStatus::NotMet);
        assert!(!r.met());
        assert!(r.changes.is_empty());
        assert_eq!(r.levers, start);
        assert!(r.message().contains("the gap is still"), "{}", r.message());
    }
}
