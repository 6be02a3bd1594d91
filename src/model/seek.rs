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
//! takes microseconds and a search a few thousand of them: tens of milliseconds.

use serde::Serialize;

use super::assumptions::Assumptions;
use super::levers::{LEVER_COUNT, LEVER_SPECS, Lever, LeverValues};
use super::simulate::{Projection, simulate};
use super::target::{ConditionOutcome, Goal};

/// How the search ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SeekStatus {
    /// The starting levers already meet the target: nothing changes.
    AlreadyMet,
    /// A change that meets the target was found.
    Met,
    /// No change of the movable levers within their ranges was found that meets the target;
    /// the levers are the closest found.
    NotMet,
    /// The caller cancelled; the levers are the best found so far.
    Cancelled,
}

/// One lever the answer moves.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LeverChange {
    pub index: usize,
    pub id: &'static str,
    pub from: f64,
    pub to: f64,
}

/// The answer to a seek.
#[derive(Clone, Debug, PartialEq)]
pub struct SeekResult {
    pub status: SeekStatus,
    /// Every lever: the start with the changes applied.
    pub levers: LeverValues,
    /// The levers that moved, in catalogue order.
    pub changes: Vec<LeverChange>,
    /// √(Σ (change / range)²): 0 is no change, 1 is one lever across its whole range.
    pub distance: f64,
    pub projection: Projection,
    /// How each condition of the target fares with these levers.
    pub outcomes: Vec<ConditionOutcome>,
    /// Projections run.
    pub evaluations: usize,
}

impl SeekResult {
    /// Whether the returned levers meet the target (also possible when cancelled).
    pub fn met(&self) -> bool {
        self.outcomes.iter().all(|o| o.met)
    }

    /// A sentence for a person: what was found, or how close it gets.
    pub fn message(&self) -> String {
        let unmet: Vec<String> = self
            .outcomes
            .iter()
            .filter(|o| !o.met)
            .map(|o| match o.worst_year {
                Some(y) => format!(
                    "{} falls short by {} (in {y}: {} against {})",
                    o.condition,
                    amount(o.short_by, &o.unit),
                    amount(o.value, &o.unit),
                    amount(o.bound, &o.unit)
                ),
                None => format!(
                    "{} is not kept: the lever stays at {} ({}), and it is not among the levers allowed to move",
                    o.condition,
                    o.value,
                    o.unit
                ),
            })
            .collect();
        match self.status {
            SeekStatus::AlreadyMet => "the target is already met; nothing needs to change".into(),
            SeekStatus::Met => format!(
                "met by moving {} lever{}",
                self.changes.len(),
                if self.changes.len() == 1 { "" } else { "s" }
            ),
            SeekStatus::NotMet => format!(
                "cannot be met by moving only the allowed levers within their ranges; the closest found: {}",
                unmet.join("; ")
            ),
            SeekStatus::Cancelled => {
                if unmet.is_empty() {
                    "cancelled; the best found so far meets the target but may not be the smallest change".into()
                } else {
                    format!("cancelled; the best found so far: {}", unmet.join("; "))
                }
            }
        }
    }
}

/// A figure to a sensible precision, without trailing zeros.
fn short(v: f64) -> String {
    let decimals = if v.abs() >= 100.0 {
        0
    } else if v.abs() >= 1.0 {
        1
    } else {
        3
    };
    let s = format!("{v:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        &s
    };
    if s == "-0" { "0".into() } else { s.into() }
}

/// An amount in a metric's unit, as people say it: £12m a year, £40m, 0.98.
fn amount(v: f64, unit: &str) -> String {
    let sign = if v < 0.0 { "-" } else { "" };
    match unit {
        "£m a year" => format!("{sign}£{}m a year", short(v.abs())),
        "£m" => format!("{sign}£{}m", short(v.abs())),
        "0 to 1" => short(v),
        other => format!("{} {other}", short(v)),
    }
}

/// Most trust-region iterations, across all penalty levels.
const MAX_ITERATIONS: usize = 150;
/// Trust-region steps for each search again from another point, and how many points.
const RESTART_ITERATIONS: usize = 60;
const RESTARTS: usize = 4;
/// Evenly spread points screened (one projection each) to choose where to search again.
const SCREEN_POINTS: usize = 512;
/// Forward-difference step, as a share of a lever's range.
const SLOPE_STEP: f64 = 1e-5;
/// Margin the local problems aim inside each condition by (1 is 1% of the budget).
const MARGIN: f64 = 1e-3;
const FIRST_PENALTY: f64 = 1e3;
const LAST_PENALTY: f64 = 1e7;

/// Find the smallest change of the `movable` levers (catalogue indices) from `start` that
/// meets `goal`. `levers` is the workshop's view of every lever in catalogue order (ranges).
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
    let mut s = Search::new(a, start, levers, goal, movable);
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
    s.finish(status)
}

/// The search's state: the movable levers as normalised changes `z` from the start.
struct Search<'a> {
    a: &'a Assumptions,
    goal: &'a Goal,
    start: LeverValues,
    /// For each movable lever: catalogue index, starting value, range, and its bounds in lever
    /// units (the range met with any caps in the target).
    index: Vec<usize>,
    x0: Vec<f64>,
    range: Vec<f64>,
    lo: Vec<f64>,
    hi: Vec<f64>,
    /// The same bounds in `z`.
    zlo: Vec<f64>,
    zhi: Vec<f64>,
    evaluations: usize,
    residuals: Vec<f64>,
    /// The nearest point found that meets the goal.
    best: Option<Vec<f64>>,
    /// The search's current point.
    current: Vec<f64>,
    /// The point with the least total shortfall seen that does not meet the goal (with its
    /// shortfall and squared size).
    nearest_miss: Option<(f64, f64, Vec<f64>)>,
    /// The answer once polished (lever units, rounded).
    answer: Option<LeverValues>,
    /// What polishing must keep: `None`, the goal met; `Some(s)`, a total shortfall of at most
    /// `s` (when the goal cannot be met).
    keep: Option<f64>,
}

impl<'a> Search<'a> {
    fn new(
        a: &'a Assumptions,
        start: &LeverValues,
        levers: &[Lever],
        goal: &'a Goal,
        movable: &[usize],
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
            let (mut lo, mut hi) = (l.min, l.max);
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

    fn n(&self) -> usize {
        self.index.len()
    }

    fn values(&self, z: &[f64]) -> LeverValues {
        let mut v = self.start;
        for (k, &zk) in z.iter().enumerate().take(self.n()) {
            v.0[self.index[k]] = (self.x0[k] + zk * self.range[k]).clamp(self.lo[k], self.hi[k]);
        }
        v
    }

    /// Whether these lever values meet the goal.
    fn check(&mut self, v: &LeverValues) -> bool {
        self.evaluations += 1;
        let p = simulate(self.a, v);
        self.goal.is_met(&p, v)
    }

    /// Run the model at `z`: residuals into `self.residuals`; whether the goal is met.
    fn eval(&mut self, z: &[f64]) -> bool {
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

    fn run(&mut self, progress: &mut dyn FnMut(f32) -> bool) -> SeekStatus {
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
    fn origin(&self) -> Vec<f64> {
        (0..self.n())
            .map(|k| 0.0f64.clamp(self.zlo[k], self.zhi[k]))
            .collect()
    }

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
    fn polish(
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
    fn closest(&mut self, progress: &mut dyn FnMut(f32) -> bool) -> Option<LeverValues> {
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

    fn finish(mut self, status: SeekStatus) -> SeekResult {
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
        }
    }
}

/// Changes under these shares of the largest change are dropped (the first that costs
/// little)...
const SPARSE_SHARES: [f64; 3] = [0.1, 0.05, 0.02];
/// ...at most this much more total change.
const SPARSE_COST: f64 = 0.02;

/// Bisection steps when pulling a change back: 2⁻²⁰ of the change is well below rounding.
const BISECTIONS: usize = 20;

fn norm2(z: &[f64]) -> f64 {
    z.iter().map(|v| v * v).sum()
}

/// The residuals' total shortfall beyond the margin.
fn shortfall(res: &[f64]) -> f64 {
    res.iter().map(|r| (r + MARGIN).max(0.0)).sum()
}

/// The total shortfall, without the margin: 0 when every condition holds.
fn total_shortfall(res: &[f64]) -> f64 {
    res.iter().map(|r| r.max(0.0)).sum()
}

/// The penalised objective as the slopes predict it at `y`, from `z`.
fn local_merit(jac: &[f64], res: &[f64], z: &[f64], y: &[f64], penalty: f64) -> f64 {
    let n = z.len();
    let mut total = 0.5 * norm2(y);
    for (j, r) in res.iter().enumerate() {
        let a = &jac[j * n..(j + 1) * n];
        let predicted: f64 = r
            + MARGIN
            + a.iter()
                .zip(y.iter().zip(z))
                .map(|(a, (y, z))| a * (y - z))
                .sum::<f64>();
        total += penalty * predicted.max(0.0);
    }
    total
}

/// The local problem: minimise ½‖y‖² + Λ Σⱼ max(0, cⱼ + aⱼ·(y − z)) over `lo ≤ y ≤ hi`, where
/// cⱼ is residual j plus the margin and aⱼ its slopes.
///
/// Its dual is to maximise over 0 ≤ λⱼ ≤ Λ; for given λ the best y is
/// clamp(−Σ λⱼ aⱼ, lo, hi), so each coordinate of the dual is a one-dimensional concave,
/// piecewise-quadratic problem whose derivative is piecewise linear and decreasing: its root
/// is found exactly among the breakpoints. Coordinate ascent converges for this problem
/// (strictly convex primal, box-constrained dual); `dual` carries λ between calls.
fn local_problem(
    jac: &[f64],
    res: &[f64],
    z: &[f64],
    lo: &[f64],
    hi: &[f64],
    penalty: f64,
    dual: &mut [f64],
) -> Vec<f64> {
    let n = z.len();
    let m = res.len();
    // Rows that can be short somewhere in the box; the others have λ = 0.
    let mut rows = Vec::new();
    let mut b = vec![0.0; m];
    for j in 0..m {
        let a = &jac[j * n..(j + 1) * n];
        let az: f64 = a.iter().zip(z).map(|(a, z)| a * z).sum();
        b[j] = az - (res[j] + MARGIN);
        let worst: f64 = (0..n).map(|i| (a[i] * lo[i]).max(a[i] * hi[i])).sum();
        let nonzero = a.iter().any(|&v| v != 0.0);
        if nonzero && worst > b[j] {
            rows.push(j);
            dual[j] = dual[j].clamp(0.0, penalty);
        } else {
            dual[j] = 0.0;
        }
    }
    let mut w = vec![0.0; n];
    for &j in &rows {
        let a = &jac[j * n..(j + 1) * n];
        for i in 0..n {
            w[i] -= dual[j] * a[i];
        }
    }
    let mut u = vec![0.0; n];
    let mut points = Vec::with_capacity(2 * n + 2);
    for _sweep in 0..400 {
        let mut largest = 0.0f64;
        for &j in &rows {
            let a = &jac[j * n..(j + 1) * n];
            for i in 0..n {
                u[i] = w[i] + dual[j] * a[i];
            }
            let g = |t: f64| -> f64 {
                let mut s = 0.0;
                for i in 0..n {
                    s += a[i] * (u[i] - t * a[i]).clamp(lo[i], hi[i]);
                }
                s - b[j]
            };
            let t = if g(0.0) <= 0.0 {
                0.0
            } else if g(penalty) >= 0.0 {
                penalty
            } else {
                points.clear();
                points.push(0.0);
                for i in 0..n {
                    if a[i] != 0.0 {
                        for edge in [lo[i], hi[i]] {
                            let t = (u[i] - edge) / a[i];
                            if t > 0.0 && t < penalty {
                                points.push(t);
                            }
                        }
                    }
                }
                points.push(penalty);
                points.sort_unstable_by(f64::total_cmp);
                let mut root = penalty;
                let (mut t0, mut g0) = (0.0, g(0.0));
                for &t1 in &points[1..] {
                    let g1 = g(t1);
                    if g1 <= 0.0 {
                        root = if g0 - g1 > 0.0 {
                            t0 + (t1 - t0) * g0 / (g0 - g1)
                        } else {
                            t1
                        };
                        break;
                    }
                    (t0, g0) = (t1, g1);
                }
                root
            };
            let change = t - dual[j];
            if change != 0.0 {
                for i in 0..n {
                    w[i] = u[i] - t * a[i];
                }
                let size = a.iter().fold(0.0f64, |m, v| m.max(v.abs())) * change.abs();
                largest = largest.max(size);
                dual[j] = t;
            }
        }
        if largest < 1e-12 {
            break;
        }
    }
    (0..n).map(|i| w[i].clamp(lo[i], hi[i])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::lever_index;

    fn levers() -> Vec<Lever> {
        LEVER_SPECS.iter().map(Lever::from).collect()
    }

    #[test]
    fn the_local_problem_is_solved_exactly() {
        // min ½‖y‖² subject to y0 + y1 >= 1 (as -y0 - y1 + 1 <= 0 at z = 0), |y| <= 1:
        // the answer is (½, ½).
        let jac = [-1.0, -1.0];
        let res = [1.0 - MARGIN];
        let mut dual = [0.0];
        let y = local_problem(
            &jac,
            &res,
            &[0.0, 0.0],
            &[-1.0, -1.0],
            &[1.0, 1.0],
            1e3,
            &mut dual,
        );
        assert!(
            (y[0] - 0.5).abs() < 1e-12 && (y[1] - 0.5).abs() < 1e-12,
            "{y:?}"
        );
        assert!((dual[0] - 0.5).abs() < 1e-12);
        // With y1 held at most 0.2, y0 makes up the rest.
        let y = local_problem(
            &jac,
            &res,
            &[0.0, 0.0],
            &[-1.0, -1.0],
            &[1.0, 0.2],
            1e3,
            &mut dual,
        );
        assert!(
            (y[0] - 0.8).abs() < 1e-12 && (y[1] - 0.2).abs() < 1e-12,
            "{y:?}"
        );
        // Out of reach within the box: as close as the box allows, the dual at the penalty.
        let y = local_problem(
            &jac,
            &[5.0],
            &[0.0, 0.0],
            &[-1.0, -1.0],
            &[1.0, 1.0],
            1e3,
            &mut dual,
        );
        assert_eq!(y, vec![1.0, 1.0]);
        assert_eq!(dual[0], 1e3);
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
        assert!(r.message().contains("falls short by"), "{}", r.message());
    }

    #[test]
    fn amounts_read_as_people_say_them() {
        assert_eq!(amount(303.04, "£m a year"), "£303m a year");
        assert_eq!(amount(-5.26, "£m"), "-£5.3m");
        assert_eq!(amount(0.0, "£m a year"), "£0m a year");
        assert_eq!(amount(0.98, "0 to 1"), "0.98");
        assert_eq!(short(-0.0001), "0");
    }
}
