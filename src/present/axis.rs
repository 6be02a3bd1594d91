//! Axes at round numbers: a step of 1, 2, 2.5 or 5 times a power of ten, and a range that
//! starts and ends on a step and holds everything to be drawn. The window's charts and the
//! tornado use it, so marks read £100m, £200m, … rather than £87.3m, £174.6m.

/// A round step that divides `span` into at most `most` parts (at least one).
pub fn nice_step(span: f64, most: usize) -> f64 {
    let most = most.max(1) as f64;
    if !span.is_finite() || span <= 0.0 {
        return 1.0;
    }
    let rough = span / most;
    let power = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| span / step <= most + 1e-9)
        .unwrap_or(10.0 * power)
}

/// A range that holds `lo..=hi`, starts and ends on a multiple of a round step, and has at
/// most `most` steps: `(start, end, step)`. An empty or reversed range is widened around its
/// value, so there is always something to draw.
pub fn nice_range(lo: f64, hi: f64, most: usize) -> (f64, f64, f64) {
    let (lo, hi) = if lo.is_finite() && hi.is_finite() {
        (lo.min(hi), lo.max(hi))
    } else {
        (0.0, 1.0)
    };
    let (lo, hi) = if hi - lo < 1e-9 {
        let half = (lo.abs() * 0.1).max(0.5);
        (lo - half, hi + half)
    } else {
        (lo, hi)
    };
    // A wider step may be needed once the ends are rounded outwards.
    let mut step = nice_step(hi - lo, most);
    loop {
        let start = (lo / step).floor() * step;
        let end = (hi / step).ceil() * step;
        if ((end - start) / step).round() as usize <= most.max(1) {
            return (start, end, step);
        }
        step = next_step(step);
    }
}

/// The next round step above `step`.
fn next_step(step: f64) -> f64 {
    let power = 10f64.powf(step.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0, 20.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s > step * (1.0 + 1e-9))
        .unwrap_or(step * 2.0)
}

/// The round marks from `start` to `end`, `step` apart.
pub fn ticks(start: f64, end: f64, step: f64) -> Vec<f64> {
    if step.is_nan() || step <= 0.0 || !start.is_finite() || !end.is_finite() {
        return Vec::new();
    }
    let first = (start / step).ceil() as i64;
    let last = (end / step + 1e-9).floor() as i64;
    (first..=last)
        .map(|k| {
            let v = k as f64 * step;
            // No "−£0m" from a mark that lands a rounding error below zero.
            if v.abs() < step * 1e-9 { 0.0 } else { v }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn is_round(step: f64) -> bool {
        let power = 10f64.powf(step.log10().floor());
        let m = step / power;
        [1.0, 2.0, 2.5, 5.0, 10.0]
            .iter()
            .any(|r| (m - r).abs() < 1e-6)
    }

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(100.0, 4), 25.0);
        assert_eq!(nice_step(87.0, 4), 25.0);
        assert_eq!(nice_step(9.0, 5), 2.0);
        assert_eq!(nice_range(12.0, 348.0, 5), (0.0, 400.0, 100.0));
        assert_eq!(ticks(-100.0, 200.0, 100.0), vec![-100.0, 0.0, 100.0, 200.0]);
    }

    proptest! {
        #[test]
        fn a_nice_range_holds_its_values_on_round_marks(
            lo in -5000.0f64..5000.0,
            width in 0.0f64..8000.0,
            most in 2usize..10,
        ) {
            let hi = lo + width;
            let (start, end, step) = nice_range(lo, hi, most);
            prop_assert!(start <= lo && end >= hi, "{start}..{end} holds {lo}..{hi}");
            prop_assert!(is_round(step), "{step} is round");
            prop_assert!(((end - start) / step).round() as usize <= most);
            let marks = ticks(start, end, step);
            prop_assert!(marks.len() >= 2);
            for m in marks {
                prop_assert!(((m / step) - (m / step).round()).abs() < 1e-6);
            }
        }
    }
}
