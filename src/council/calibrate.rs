//! The model started from a council: its figures set the opening state, and the pay and price
//! inflation of each MTFS year is solved so that the baseline reproduces the gap the council
//! publishes for that year. After the MTFS the workshop's own assumptions carry on.

use crate::model::schedule::{SCHEDULE_SPECS, at};
use crate::model::{Assumptions, LeverValues, simulate};

use super::{Council, Money};

/// How close the baseline must come to each published gap: 2% of the net budget.
pub const TOLERANCE_SHARE: f64 = 0.02;

/// Steps of bisection for each year's rate: the interval shrinks to 35% / 2^40.
const SOLVE_STEPS: usize = 40;

/// One MTFS year as the model reproduces it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MtfsFit {
    pub year: i32,
    /// The published gap, cash £m.
    pub published_cash: f64,
    /// The published gap at the first year's prices, £m, as the model's money is.
    pub published: f64,
    /// The baseline's gap for the year, £m at the first year's prices.
    pub model: f64,
    /// Pay and price inflation solved for the year, % in cash.
    pub pay_and_prices: f64,
    /// Whether the model is within [`TOLERANCE_SHARE`] of the budget of the published gap.
    pub within: bool,
}

/// The workshop's assumptions, started from the council.
#[derive(Clone, Debug, PartialEq)]
pub struct Calibration {
    pub assumptions: Assumptions,
    pub fits: Vec<MtfsFit>,
}

impl Calibration {
    /// The MTFS years the model could not bring within tolerance (a rate at the end of its
    /// range).
    pub fn misses(&self) -> impl Iterator<Item = &MtfsFit> {
        self.fits.iter().filter(|f| !f.within)
    }
}

/// The context assumptions a council's figures replace, and the sources they then carry.
pub const FROM_COUNCIL: &[&str] = &[
    "base_budget",
    "grant_share",
    "fees_share",
    "adults_share",
    "children_share",
    "opening_reserves",
    "prudent_minimum",
    "reserves_ceiling",
];

/// Start `workshop`'s assumptions from `council`, with `levers` as the baseline (the
/// workshop's defaults). Every money figure is a share of the budget in the model, so a
/// council with every figure times `k` gives the same rates and `k` times the money.
pub fn calibrate(council: &Council, workshop: &Assumptions, levers: &LeverValues) -> Calibration {
    let mut a = opening(council, workshop);
    let deflators = deflators(&a, council);
    let base = a.base_budget;
    let first_index = |y: i32| (y - council.first_year).max(0) as usize;
    let last = council
        .mtfs
        .last()
        .map_or(0, |y| first_index(y.year) + 1)
        .min(a.horizon_years as usize);
    // Planned savings: the MTFS's cumulative cash figures as each year's new savings, a share
    // of the budget at the first year's prices.
    let mut planned = vec![0.0; last];
    let mut before = 0.0;
    for y in &council.mtfs {
        let i = first_index(y.year);
        if i >= last {
            break;
        }
        let real = y.planned_savings.value / deflators[i];
        planned[i] = ((real - before).max(0.0) / base * 100.0).min(savings_limit());
        before = before.max(real);
    }
    a.schedule.planned_savings = planned;
    // Years before the MTFS keep the workshop's rate: CPI plus real cost inflation.
    let default_rate = |a: &Assumptions, y: usize| {
        let cpi = at(&a.schedule.general_inflation, y, a.general_inflation) / 100.0;
        ((1.0 + cpi) * (1.0 + a.cost_inflation / 100.0) - 1.0) * 100.0
    };
    a.schedule.pay_and_prices = (0..last).map(|y| default_rate(&a, y)).collect();
    let (low, high) = pay_limits();
    // What each year's gap should be: the published gap (at the first year's prices) in the
    // MTFS years; before the MTFS, on a straight line from a balanced budget at the opening
    // to the first MTFS year, so that the path into the MTFS is smooth (a jump would have to
    // be undone the next year, and the year after, since each year's rate sets a year's
    // average).
    let mut targets: Vec<Option<(f64, &super::MtfsYear)>> = vec![None; last];
    for y in &council.mtfs {
        let i = first_index(y.year);
        if i < last {
            targets[i] = Some((y.gap.value / deflators[i], y));
        }
    }
    let first = targets.iter().position(Option::is_some).unwrap_or(last);
    let lead_in: Vec<f64> = match targets.get(first).copied().flatten() {
        Some((gap, _)) => (0..first)
            .map(|i| gap * (i as f64 + 0.5) / (first as f64 + 0.5))
            .collect(),
        None => Vec::new(),
    };
    let mut fits = Vec::new();
    for (i, target) in targets.iter().enumerate() {
        let (published, year) = match (*target, lead_in.get(i)) {
            (Some((gap, y)), _) => (gap, Some(y)),
            (None, Some(&gap)) => (gap, None),
            (None, None) => continue,
        };
        let (rate, model) = solve_year(&a, levers, i, published, (low, high));
        a.schedule.pay_and_prices[i] = rate;
        if let Some(y) = year {
            fits.push(MtfsFit {
                year: y.year,
                published_cash: y.gap.value,
                published,
                model,
                pay_and_prices: rate,
                within: (model - published).abs()
                    <= TOLERANCE_SHARE * council.get(Money::NetBudget) + 1e-9,
            });
        }
    }
    Calibration {
        assumptions: a,
        fits,
    }
}

/// The pay and price inflation of year `i` (the years before it already solved) that gives
/// the baseline a gap of `target` in it, within `limits`; and the gap it gives.
fn solve_year(
    a: &Assumptions,
    levers: &LeverValues,
    i: usize,
    target: f64,
    (low, high): (f64, f64),
) -> (f64, f64) {
    // Only the years up to this one matter: run no further.
    let mut trial = a.clone();
    trial.horizon_years = (i + 1) as u32;
    let mut gap_at = |rate: f64| {
        trial.schedule.pay_and_prices[i] = rate;
        simulate(&trial, levers).rows[i].gap
    };
    // The gap rises with pay and prices: bisect for the rate that gives the target.
    let (mut lo, mut hi) = (low, high);
    let rate = if gap_at(lo) >= target {
        lo
    } else if gap_at(hi) <= target {
        hi
    } else {
        for _ in 0..SOLVE_STEPS {
            let mid = 0.5 * (lo + hi);
            if gap_at(mid) < target {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        0.5 * (lo + hi)
    };
    (rate, gap_at(rate))
}

/// The workshop's assumptions with the council's opening figures in place of its own.
fn opening(council: &Council, workshop: &Assumptions) -> Assumptions {
    let mut a = workshop.clone();
    let net = council.get(Money::NetBudget).max(1e-9);
    let base = council.model_budget().max(1e-9);
    // The model keeps its reserves ceiling as the same share of the budget, or the council's
    // own reserves if they are higher.
    let ceiling_share = workshop.reserves_ceiling / workshop.base_budget.max(1e-9);
    a.base_year = council.first_year;
    a.base_budget = base;
    a.grant_share = (net - council.get(Money::CouncilTaxRequirement)).max(0.0) / base * 100.0;
    a.fees_share = council.get(Money::FeesAndCharges) / base * 100.0;
    a.adults_share = council.get(Money::AdultSocialCare) / net * 100.0;
    a.children_share = council.get(Money::ChildrenSocialCare) / net * 100.0;
    a.opening_reserves = council.usable_reserves();
    a.prudent_minimum = council.get(Money::PrudentMinimum);
    a.reserves_ceiling = (ceiling_share * base).max(a.opening_reserves);
    let mtfs_end = council
        .mtfs
        .last()
        .map_or(0, |y| (y.year - council.first_year + 1).max(0) as u32);
    a.horizon_years = a.horizon_years.max(mtfs_end);
    // The workshop's own pay and savings schedules were for its own council.
    a.schedule.pay_and_prices.clear();
    a.schedule.planned_savings.clear();
    a
}

/// The price level of each year against the first year's, by CPI (the schedule, then the
/// assumption): what a cash figure is divided by to be at the first year's prices.
fn deflators(a: &Assumptions, council: &Council) -> Vec<f64> {
    let years = council
        .mtfs
        .last()
        .map_or(0, |y| (y.year - council.first_year + 1).max(0) as usize);
    let mut out = Vec::with_capacity(years);
    let mut level = 1.0;
    for y in 0..years {
        out.push(level);
        level *= 1.0 + at(&a.schedule.general_inflation, y, a.general_inflation) / 100.0;
    }
    out
}

fn pay_limits() -> (f64, f64) {
    SCHEDULE_SPECS
        .iter()
        .find(|s| s.id == "pay_and_prices")
        .map_or((-5.0, 30.0), |s| (s.min, s.max))
}

fn savings_limit() -> f64 {
    SCHEDULE_SPECS
        .iter()
        .find(|s| s.id == "planned_savings")
        .map_or(30.0, |s| s.max)
}
