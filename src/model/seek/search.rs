//! The search itself: the movable levers as normalised changes from the start, projections
//! run through the goal's shortfalls, and the trust-region Sℓ1QP (`descend`) restarted from an
//! evenly spread set of points (`seeds`). Polishing the answer is in `polish`.

use super::answer::{LeverChange, SeekResult, SeekStatus};
use super::local::{MARGIN, local_merit, local_problem, norm2, shortfall, total_shortfall};
use crate::model::assumptions::Assumptions;
use crate::model::levers::{LEVER_COUNT, LEVER_SPECS, Lever, LeverValues};
use crate::model::simulate::simulate;
use crate::model::target::Goal;

/// Most trust-region iterations, across all penalty levels.
const MAX_ITERATIONS: usize = 150;
/// Trust-region steps for each search again from another point, and how many points.
const RESTART_ITERATIONS: usize = 60;
const RESTARTS: usize = 4;
/// Evenly spread points screened (one projection each) to choose where to search again.
const SCREEN_POINTS: usize = 512;
/// Forward-difference step, as a share of a lever's range.
const SLOPE_STEP: f64 = 1e-5;
const FIRST_PENALTY: f64 = 1e3;
const LAST_PENALTY: f64 = 1e7;

/// The search's state: the movable levers as normalised changes `z` from the start.
pub(super) struct Search<'a> {
    pub(super) a: &'a Assumptions,
    pub(super) goal: &'a Goal,
    pub(super) start: LeverValues,
    /// For each movable lever: catalogue index, starting value, range, and its bounds in lever
    /// units (the range met with any caps in the target).
    pub(super) index: Vec<usize>,
    pub(super) x0: Vec<f64>,
    pub(super) range: Vec<f64>,
    pub(super) lo: Vec<f64>,
    pub(super) hi: Vec<f64>,
    /// The same bounds in `z`.
    pub(super) zlo: Vec<f64>,
    pub(super) zhi: Vec<f64>,
    pub(super) evaluations: usize,
    pub(super) residuals: Vec<f64>,
    /// The nearest point found that meets the goal.
    pub(super) best: Option<Vec<f64>>,
    /// The search's current point.
    pub(super) current: Vec<f64>,
    /// The point with the least total shortfall seen that does not meet the goal (with its
    /// shortfall and squared size).
    pub(super) nearest_miss: Option<(f64, f64, Vec<f64>)>,
    /// The answer once polished (lever units, rounded).
    pub(super) answer: Option<LeverValues>,
    /// What polishing must keep: `None`, the goal met; `Some(s)`, a total shortfall of at most
    /// `s` (when the goal cannot be met).
    pub(super) keep: Option<f64>,
}

impl<'a> Search<'a> {
    pub(super) fn new(
        a: &'a Assumptions,
        start: &LeverValues,
        levers: &[Lever],
        goal: &'a Goal,
        movable: &[usize],
        off_limits_allowed: bool,
    ) -> Self {
        let mut wanted: Vec<usize> = movable
            .iter()
            .copied()
            .filter(|&i| i < LEVER_COUNT && i < levers.len())
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut s = Search {
            a,
            goal,
            start: *start,
            index: Vec::new(),
            x0: Vec::new(),
            range: Vec::new(),
            lo: Vec::new(),
            hi: Vec::new(),
            zlo: Vec::new(),
            zhi: Vec::new(),
            evaluations: 0,
            residuals: Vec::with_capacity(goal.residual_count()),
            best: None,
            current: Vec::new(),
            nearest_miss: None,
            answer: None,
            keep: None,
        };
        for i in wanted {
            let l = &levers[i];
            // Bands marked off limits (a referendum, unrealistic) are kept out of unless the
            // room allows them.
            let (mut lo, mut hi) = if off_limits_allowed {
                (l.min, l.max)
            } else {
                l.allowed_range(start.0[i])
            };
            if let Some((cmin, cmax)) = goal.lever_bounds(i) {
                lo = lo.max(cmin);
                hi = hi.min(cmax);
            }
            if lo > hi || l.max <= l.min || !start.0[i].is_finite() {
                continue;
            }
            let range = l.max - l.min;
            let x0 = start.0[i];
            s.index.push(i);
            s.x0.push(x0);
            s.range.push(range);
            s.lo.push(lo);
            s.hi.push(hi);
            s.zlo.push((lo - x0) / range);
            s.zhi.push((hi - x0) / range);
        }
        s
    }

    pub(super) fn n(&self) -> usize {
        self.index.len()
    }

    pub(super) fn values(&self, z: &[f64]) -> LeverValues {
        let mut v = self.start;
        for (k, &zk) in z.iter().enumerate().take(self.n()) {
            v.0[self.index[k]] = (self.x0[k] + zk * self.range[k]).clamp(self.lo[k], self.hi[k]);
        }
        v
    }

    /// Whether these lever values meet the goal.
    pub(super) fn check(&mut self, v: &LeverValues) -> bool {
        self.evaluations += 1;
        let p = simulate(self.a, v);
        self.goal.is_met(&p, v)
    }

    /// Run the model at `z`: residuals into `self.residuals`; whether the goal is met.
    pub(super) fn eval(&mut self, z: &[f64]) -> bool {
        let v = self.values(z);
        self.evaluations += 1;
        let p = simulate(self.a, &v);
        self.goal.residuals(&p, &mut self.residuals);
        let met = self.goal.is_met(&p, &v);
        if met && self.best.as_ref().is_none_or(|b| norm2(z) < norm2(b)) {
            self.best = Some(z.to_vec());
        }
        if !met {
            let short = total_shortfall(&self.residuals);
            let size = norm2(z);
            if self
                .nearest_miss
                .as_ref()
                .is_none_or(|(s, n, _)| short < *s || (short == *s && size < *n))
            {
                self.nearest_miss = Some((short, size, z.to_vec()));
            }
        }
        met
    }

    fn merit(&self, z: &[f64], penalty: f64) -> f64 {
        0.5 * norm2(z) + penalty * shortfall(&self.residuals)
    }

    /// Slopes of every residual with respect to every movable lever at `z`, by forward
    /// differences (backward at an upper bound): `jac[j * n + k]`.
    fn slopes(&mut self, z: &[f64], res: &[f64], jac: &mut [f64]) {
        let n = self.n();
        let mut probe = z.to_vec();
        for k in 0..n {
            let h = if z[k] + SLOPE_STEP <= self.zhi[k] {
                SLOPE_STEP
            } else if z[k] - SLOPE_STEP >= self.zlo[k] {
                -SLOPE_STEP
            } else {
                for j in 0..res.len() {
                    jac[j * n + k] = 0.0;
                }
                continue;
            };
            probe[k] = z[k] + h;
            self.eval(&probe);
            for (j, r) in res.iter().enumerate() {
                jac[j * n + k] = (self.residuals[j] - r) / h;
            }
            probe[k] = z[k];
        }
    }

    pub(super) fn run(&mut self, progress: &mut dyn FnMut(f32) -> bool) -> SeekStatus {
        let n = self.n();
        // The start, moved into any caps the target puts on the movable levers: the nearest
        // point the search may choose.
        let z = self.origin();
        self.current.clone_from(&z);
        let inside = z.iter().all(|&v| v == 0.0);
        if self.eval(&z) {
            if inside {
                return SeekStatus::AlreadyMet;
            }
            self.answer = Some(self.values(&z));
            return SeekStatus::Met;
        }
        if n == 0 {
            return SeekStatus::NotMet;
        }
        if !self.descend(z, MAX_ITERATIONS, progress, (0.0, 0.5)) {
            return SeekStatus::Cancelled;
        }
        // The model has kinks (reserves stop at the minimum, cuts are capped, trust is
        // floored), so a search from one point can settle on a poor answer or none: search
        // again from the most promising of an evenly spread set of points.
        let seeds = self.seeds();
        let count = seeds.len().max(1) as f32;
        for (s, seed) in seeds.into_iter().enumerate() {
            let span = (
                0.5 + 0.3 * s as f32 / count,
                0.5 + 0.3 * (s + 1) as f32 / count,
            );
            if !self.descend(seed, RESTART_ITERATIONS, progress, span) {
                return SeekStatus::Cancelled;
            }
        }
        if !progress(0.8) {
            return SeekStatus::Cancelled;
        }
        match self.best.clone() {
            Some(best) => match self.polish(best, progress) {
                Some(v) => {
                    self.answer = Some(v);
                    SeekStatus::Met
                }
                None => SeekStatus::Cancelled,
            },
            None => match self.closest(progress) {
                Some(v) => {
                    self.answer = Some(v);
                    SeekStatus::NotMet
                }
                None => SeekStatus::Cancelled,
            },
        }
    }

    /// Trust-region Sℓ1QP from `z`, at most `iterations` steps; progress reported across
    /// `span`. `false` if cancelled.
    fn descend(
        &mut self,
        mut z: Vec<f64>,
        iterations: usize,
        progress: &mut dyn FnMut(f32) -> bool,
        span: (f32, f32),
    ) -> bool {
        let n = self.n();
        self.eval(&z);
        self.current.clone_from(&z);
        let m = self.residuals.len();
        let mut penalty = FIRST_PENALTY;
        let mut radius: f64 = 0.5;
        let mut res = self.residuals.clone();
        let mut jac = vec![0.0; m * n];
        let mut slopes_stale = true;
        let mut dual = vec![0.0; m];
        for iteration in 0..iterations {
            if !progress(span.0 + (span.1 - span.0) * iteration as f32 / iterations as f32) {
                return false;
            }
            if slopes_stale {
                self.slopes(&z, &res, &mut jac);
                slopes_stale = false;
            }
            self.residuals.clone_from(&res);
            let here = self.merit(&z, penalty);
            let lo: Vec<f64> = (0..n).map(|k| self.zlo[k].max(z[k] - radius)).collect();
            let hi: Vec<f64> = (0..n).map(|k| self.zhi[k].min(z[k] + radius)).collect();
            let step = local_problem(&jac, &res, &z, &lo, &hi, penalty, &mut dual);
            let predicted = here - local_merit(&jac, &res, &z, &step, penalty);
            let moved = step
                .iter()
                .zip(&z)
                .map(|(s, z)| (s - z).abs())
                .fold(0.0, f64::max);
            let short = shortfall(&res);
            if predicted <= 1e-12 * (1.0 + here) || moved < 1e-10 {
                // A stationary point of the penalised problem: done, unless the target is
                // still not met and a larger penalty could push on.
                if short > 0.0 && penalty < LAST_PENALTY {
                    penalty *= 10.0;
                    radius = radius.max(0.1);
                    continue;
                }
                break;
            }
            self.eval(&step);
            let there = self.merit(&step, penalty);
            let ratio = (here - there) / predicted;
            if ratio > 0.1 {
                z = step;
                self.current.clone_from(&z);
                res.clone_from(&self.residuals);
                slopes_stale = true;
                if ratio > 0.75 && moved >= 0.9 * radius {
                    radius = (radius * 2.0).min(2.0);
                }
            } else {
                radius = 0.25 * moved;
            }
            if radius < 1e-8 {
                if short > 0.0 && penalty < LAST_PENALTY {
                    penalty *= 10.0;
                    radius = 0.1;
                    continue;
                }
                break;
            }
        }
        true
    }

    /// Where to search again. With an answer of size ρ in hand: the points that meet the
    /// goal closest to the start (else those with the least shortfall) among a fixed, evenly
    /// spread set within ρ of the start. Without one: every movable lever at the end of its
    /// range that its slope at the start says helps, and the points with the least shortfall
    /// among an evenly spread set across the whole ranges. The sets are Kronecker sequences:
    /// deterministic, no random numbers.
    fn seeds(&mut self) -> Vec<Vec<f64>> {
        let n = self.n();
        let origin = self.origin();
        // The generalised golden ratio for n + 1 dimensions: the root of x^(n+2) = x + 1.
        let mut phi = 2.0f64;
        for _ in 0..60 {
            phi = (1.0 + phi).powf(1.0 / (n as f64 + 2.0));
        }
        let alpha: Vec<f64> = (1..=n + 1).map(|i| phi.powi(-(i as i32)).fract()).collect();
        let point = |p: usize, k: usize| (0.5 + p as f64 * alpha[k]).fract();
        let mut seeds = Vec::new();
        let within = self.best.as_ref().map(|b| {
            b.iter()
                .zip(&origin)
                .map(|(b, o)| (b - o).powi(2))
                .sum::<f64>()
                .sqrt()
        });
        let candidates: Vec<Vec<f64>> = match within {
            Some(size) => (1..=SCREEN_POINTS)
                .map(|p| {
                    let d: Vec<f64> = (0..n).map(|k| 2.0 * point(p, k) - 1.0).collect();
                    let length = norm2(&d).sqrt().max(1e-12);
                    let r = size * (0.3 + 0.7 * point(p, n));
                    (0..n)
                        .map(|k| (origin[k] + r * d[k] / length).clamp(self.zlo[k], self.zhi[k]))
                        .collect()
                })
                .collect(),
            None => {
                self.eval(&origin);
                let res = self.residuals.clone();
                let mut jac = vec![0.0; res.len() * n];
                self.slopes(&origin, &res, &mut jac);
                seeds.push(
                    (0..n)
                        .map(|k| {
                            let slope: f64 = (0..res.len())
                                .filter(|&j| res[j] + MARGIN > 0.0)
                                .map(|j| jac[j * n + k])
                                .sum();
                            if slope > 0.0 {
                                self.zlo[k]
                            } else if slope < 0.0 {
                                self.zhi[k]
                            } else {
                                origin[k]
                            }
                        })
                        .collect(),
                );
                (1..=SCREEN_POINTS)
                    .map(|p| {
                        (0..n)
                            .map(|k| self.zlo[k] + point(p, k) * (self.zhi[k] - self.zlo[k]))
                            .collect()
                    })
                    .collect()
            }
        };
        // Those that meet the goal first, nearest first; then the least short.
        let mut scored: Vec<(bool, f64, f64, Vec<f64>)> = candidates
            .into_iter()
            .map(|z| {
                let met = self.eval(&z);
                (!met, total_shortfall(&self.residuals), norm2(&z), z)
            })
            .collect();
        scored.sort_by(|a, b| {
            a.0.cmp(&b.0).then(if a.0 {
                a.1.total_cmp(&b.1).then(a.2.total_cmp(&b.2))
            } else {
                a.2.total_cmp(&b.2)
            })
        });
        let room = RESTARTS.saturating_sub(seeds.len());
        seeds.extend(scored.into_iter().take(room).map(|(_, _, _, z)| z));
        seeds
    }

    /// The nearest point to the start the search may choose: the start, moved into any caps.
    pub(super) fn origin(&self) -> Vec<f64> {
        (0..self.n())
            .map(|k| 0.0f64.clamp(self.zlo[k], self.zhi[k]))
            .collect()
    }

    pub(super) fn finish(mut self, status: SeekStatus) -> SeekResult {
        let levers = match status {
            SeekStatus::AlreadyMet => self.start,
            SeekStatus::Met => match self.answer {
                Some(v) => v,
                None => self.values(&self.best.clone().unwrap_or_default()),
            },
            SeekStatus::NotMet => self.answer.unwrap_or_else(|| self.values(&self.current)),
            SeekStatus::Cancelled => match self.best.clone() {
                Some(b) => self.values(&b),
                None => self.values(&self.current),
            },
        };
        self.evaluations += 1;
        let projection = simulate(self.a, &levers);
        let outcomes = self.goal.assess(&projection, &levers);
        let mut changes = Vec::new();
        let mut distance = 0.0;
        for (k, &i) in self.index.iter().enumerate() {
            let (from, to) = (self.start.0[i], levers.0[i]);
            if from != to {
                changes.push(LeverChange {
                    index: i,
                    id: LEVER_SPECS[i].id,
                    from,
                    to,
                });
                distance += ((to - from) / self.range[k]).powi(2);
            }
        }
        SeekResult {
            status,
            levers,
            changes,
            distance: distance.sqrt(),
            projection,
            outcomes,
            evaluations: self.evaluations,
            off_limits: Vec::new(),
        }
    }
}
