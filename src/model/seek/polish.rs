//! Polishing: an answer that meets the goal is pulled back towards the start as far as the
//! goal still holds, hairline changes are dropped when the others can make up for them, and
//! the changes are rounded to a sensible step; when nothing meets the goal, the closest point
//! found is pulled back as far as that adds nothing to the shortfall.

use super::local::{norm2, total_shortfall};
use super::search::Search;
use crate::model::levers::LeverValues;
use crate::model::simulate::simulate;

/// Changes under these shares of the largest change are dropped (the first that costs
/// little)...
const SPARSE_SHARES: [f64; 3] = [0.1, 0.05, 0.02];
/// ...at most this much more total change.
const SPARSE_COST: f64 = 0.02;

/// Bisection steps when pulling a change back: 2⁻²⁰ of the change is well below rounding.
const BISECTIONS: usize = 20;

impl Search<'_> {
    /// `z` with the change of lever `k` (or of all levers) from the origin scaled by `t`.
    fn along(&self, z: &[f64], k: Option<usize>, t: f64) -> Vec<f64> {
        let origin = self.origin();
        (0..self.n())
            .map(|i| {
                if k.is_none_or(|k| k == i) {
                    (origin[i] + t * (z[i] - origin[i])).clamp(self.zlo[i], self.zhi[i])
                } else {
                    z[i]
                }
            })
            .collect()
    }

    /// Whether `z` keeps what polishing must keep (see `keep`).
    fn keeps(&mut self, z: &[f64]) -> bool {
        let met = self.eval(z);
        match self.keep {
            None => met,
            Some(limit) => total_shortfall(&self.residuals) <= limit,
        }
    }

    /// The smallest `t` in `bad..good` at which `along(z, k, t)` still keeps what it must,
    /// by bisection; `good` is known to.
    fn bisect(&mut self, z: &[f64], k: Option<usize>, mut bad: f64, mut good: f64) -> f64 {
        for _ in 0..BISECTIONS {
            let mid = 0.5 * (bad + good);
            if self.keeps(&self.along(z, k, mid)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        good
    }

    /// Pull each lever's change back towards the origin as far as the goal still holds, a few
    /// rounds; a lever that no longer helps goes back to where it started. `None` if cancelled.
    fn pull_back(
        &mut self,
        mut z: Vec<f64>,
        progress: &mut dyn FnMut(f32) -> bool,
        done: (f32, f32),
    ) -> Option<Vec<f64>> {
        let n = self.n();
        let origin = self.origin();
        for round in 0..3 {
            let before = norm2(&z);
            for k in 0..n {
                let share = (round * n + k) as f32 / (3 * n) as f32;
                if !progress(done.0 + (done.1 - done.0) * share) {
                    return None;
                }
                if z[k] == origin[k] {
                    continue;
                }
                let t = if self.keeps(&self.along(&z, Some(k), 0.0)) {
                    0.0
                } else {
                    self.bisect(&z, Some(k), 0.0, 1.0)
                };
                z = self.along(&z, Some(k), t);
            }
            if before - norm2(&z) < 1e-9 * (1.0 + before) {
                break;
            }
        }
        Some(z)
    }

    /// Polish a point that meets the goal: pull the whole change back towards the start, then
    /// each lever's; drop hairline changes when the others can make up for them at almost no
    /// cost; round. `None` if cancelled.
    pub(super) fn polish(
        &mut self,
        z: Vec<f64>,
        progress: &mut dyn FnMut(f32) -> bool,
    ) -> Option<LeverValues> {
        let n = self.n();
        let origin = self.origin();
        // All together: the origin is known not to meet the goal.
        let t = self.bisect(&z, None, 0.0, 1.0);
        let z = self.along(&z, None, t);
        let z = self.pull_back(z, progress, (0.8, 0.88))?;
        // Hairline changes (under a tenth of the largest, else a twentieth, else a fiftieth)
        // dropped, the rest scaled up until the goal holds again and pulled back; kept if the
        // total change grows by at most `SPARSE_COST`.
        let size = |z: &[f64]| {
            z.iter()
                .zip(&origin)
                .map(|(z, o)| (z - o).powi(2))
                .sum::<f64>()
                .sqrt()
        };
        let largest = (0..n).map(|k| (z[k] - origin[k]).abs()).fold(0.0, f64::max);
        let mut z = z;
        for share in SPARSE_SHARES {
            let mut sparse = z.clone();
            let mut dropped = false;
            for k in 0..n {
                let change = (z[k] - origin[k]).abs();
                if change > 0.0 && change < share * largest {
                    sparse[k] = origin[k];
                    dropped = true;
                }
            }
            if !dropped {
                continue;
            }
            let mut grow = 1.0;
            while grow < 8.0 && !self.eval(&self.along(&sparse, None, grow)) {
                grow *= 1.25;
            }
            if grow >= 8.0 {
                continue;
            }
            let t = if grow > 1.0 {
                self.bisect(&sparse, None, grow / 1.25, grow)
            } else {
                1.0
            };
            let candidate = self.along(&sparse, None, t);
            let candidate = self.pull_back(candidate, progress, (0.88, 0.96))?;
            if size(&candidate) <= (1.0 + SPARSE_COST) * size(&z) {
                z = candidate;
                break;
            }
        }
        if !progress(0.97) {
            return None;
        }
        let exact = self.values(&z);
        // Round each change to a step of at most a thousandth of the lever's range: to the
        // nearest step if that still meets the goal, else away from the start.
        for away in [false, true] {
            let v = self.rounded(&exact, Some(away));
            if self.check(&v) {
                return Some(v);
            }
        }
        Some(exact)
    }

    /// `v` with each change rounded to a step of at most a thousandth of the lever's range:
    /// to the nearest step (`None` or `Some(false)`), or away from the start (`Some(true)`).
    fn rounded(&self, v: &LeverValues, away: Option<bool>) -> LeverValues {
        let mut out = *v;
        for k in 0..self.n() {
            let i = self.index[k];
            if out.0[i] == self.start.0[i] {
                continue;
            }
            let decimals = (3.0 - self.range[k].log10().floor()).clamp(0.0, 12.0) as usize;
            let step = 10f64.powi(-(decimals as i32));
            let x = out.0[i] / step;
            let r = if away != Some(true) {
                x.round()
            } else if out.0[i] > self.x0[k] {
                x.ceil()
            } else {
                x.floor()
            };
            // Through decimal text, so the value prints as it was rounded.
            let r: f64 = format!("{:.*}", decimals, r * step)
                .parse()
                .unwrap_or(out.0[i]);
            // `+ 0.0` turns a rounded -0 into 0.
            out.0[i] = r.clamp(self.lo[k], self.hi[k]) + 0.0;
        }
        out
    }

    /// The closest point found when the goal cannot be met, with each lever pulled back as
    /// far as that does not add to the shortfall, and rounded when that costs nothing.
    /// `None` if cancelled.
    pub(super) fn closest(&mut self, progress: &mut dyn FnMut(f32) -> bool) -> Option<LeverValues> {
        let z = match &self.nearest_miss {
            Some((_, _, z)) => z.clone(),
            None => self.current.clone(),
        };
        self.eval(&z);
        let reached = total_shortfall(&self.residuals);
        self.keep = Some(reached * (1.0 + 1e-6) + 1e-9);
        let z = self.pull_back(z, progress, (0.8, 0.97))?;
        let exact = self.values(&z);
        let v = self.rounded(&exact, None);
        self.evaluations += 1;
        let p = simulate(self.a, &v);
        self.goal.residuals(&p, &mut self.residuals);
        let rounded = total_shortfall(&self.residuals);
        Some(if rounded <= reached * (1.0 + 1e-4) + 1e-9 {
            v
        } else {
            exact
        })
    }
}
