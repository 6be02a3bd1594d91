//! Uncertainty: many simulated futures of one scenario, each drawing every uncertain
//! assumption uniformly between its low and high values: the workshop's own list first, then
//! every other assumption with a plausible range (`AssumptionSpec::plausible`), so that no
//! judgement escapes the sweep.
//!
//! Futures are seeded by their own index, so the result is the same whatever the number of
//! threads; the work is split across every core.

use serde::{Deserialize, Serialize};

use super::assumptions::{ASSUMPTION_SPECS, Assumptions, assumption_spec};
use super::levers::LeverValues;
use super::simulate::simulate;

/// An assumption the workshop is unsure of, with the range it could plausibly take.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Uncertain {
    pub assumption: String,
    pub low: f64,
    pub high: f64,
}

/// Percentiles of the gap for one year across all futures.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SweepRow {
    pub year: i32,
    pub gap_p5: f64,
    pub gap_p25: f64,
    pub gap_p50: f64,
    pub gap_p75: f64,
    pub gap_p95: f64,
    /// Share of futures in which reserves are below the prudent minimum at the end of the year.
    pub below_minimum: f64,
}

/// SplitMix64: tiny, fast, and fixed forever, so a seed means the same futures in every version.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn unit(state: &mut u64) -> f64 {
    (splitmix64(state) >> 11) as f64 / (1u64 << 53) as f64
}

/// Everything the sweep draws: the workshop's uncertain assumptions in its order, then every
/// other assumption with a plausible range, in catalogue order, its range taken around its
/// value in `base`. A workshop entry with low equal to high holds an assumption fixed.
pub fn uncertain_set(base: &Assumptions, workshop: &[Uncertain]) -> Vec<Uncertain> {
    let mut out = workshop.to_vec();
    for spec in ASSUMPTION_SPECS {
        if workshop.iter().any(|u| u.assumption == spec.id) {
            continue;
        }
        if let (Some(p), Some(v)) = (spec.plausible, base.get(spec.id)) {
            let (low, high) = p.around(v);
            out.push(Uncertain {
                assumption: spec.id.to_owned(),
                low: low.clamp(spec.min, spec.max),
                high: high.clamp(spec.min, spec.max),
            });
        }
    }
    out
}

/// An uncertain assumption resolved to its field, so that a future costs no look-ups.
struct Draw {
    field: fn(&mut Assumptions) -> &mut f64,
    low: f64,
    high: f64,
}

fn resolve(uncertain: &[Uncertain]) -> Vec<Option<Draw>> {
    uncertain
        .iter()
        .map(|u| {
            assumption_spec(&u.assumption).map(|s| Draw {
                field: s.field,
                low: u.low,
                high: u.high,
            })
        })
        .collect()
}

fn draw_future(base: &Assumptions, draws: &[Option<Draw>], seed: u64, index: u64) -> Assumptions {
    let mut state = seed ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03);
    splitmix64(&mut state);
    let mut a = base.clone();
    for d in draws {
        // Every entry takes its draw, known or not, so that a seed keeps meaning the same futures.
        let x = unit(&mut state);
        if let Some(d) = d {
            *(d.field)(&mut a) = d.low + (d.high - d.low) * x;
        }
    }
    a
}

/// The assumptions of future number `index`, drawing `uncertain` exactly as given (callers
/// wanting the whole set pass `uncertain_set`).
pub fn future_assumptions(
    base: &Assumptions,
    uncertain: &[Uncertain],
    seed: u64,
    index: u64,
) -> Assumptions {
    draw_future(base, &resolve(uncertain), seed, index)
}

/// Demand, resources and gap of every future, a column a year (`[year * samples + i]`), so
/// each year's percentiles are taken from one contiguous slice.
struct Futures {
    years: usize,
    samples: usize,
    gap: Vec<f64>,
    demand: Vec<f64>,
    resources: Vec<f64>,
    below: Vec<u32>,
}

fn run_futures(
    base: &Assumptions,
    uncertain: &[Uncertain],
    levers: &LeverValues,
    samples: usize,
    seed: u64,
) -> Futures {
    let samples = samples.max(1);
    let years = base.horizon_years as usize;
    let draws = resolve(&uncertain_set(base, uncertain));
    let draws = &draws;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(samples);
    let chunk = samples.div_ceil(threads);
    // Each worker fills rows of its own futures; they are transposed into columns after.
    let results: Vec<(usize, Vec<[f64; 3]>, Vec<u32>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    let start = t * chunk;
                    let end = ((t + 1) * chunk).min(samples);
                    let mut local = vec![[0.0; 3]; (end - start) * years];
                    let mut local_below = vec![0u32; years];
                    for i in start..end {
                        let a = draw_future(base, draws, seed, i as u64);
                        let p = simulate(&a, levers);
                        for (y, r) in p.rows.iter().enumerate().take(years) {
                            local[(i - start) * years + y] = [r.gap, r.demand, r.resources];
                            if r.reserves < p.prudent_minimum {
                                local_below[y] += 1;
                            }
                        }
                    }
                    (start, local, local_below)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("sweep worker panicked"))
            .collect()
    });
    let mut f = Futures {
        years,
        samples,
        gap: vec![0.0; years * samples],
        demand: vec![0.0; years * samples],
        resources: vec![0.0; years * samples],
        below: vec![0; years],
    };
    for (start, local, local_below) in results {
        let n = local.len() / years.max(1);
        for i in 0..n {
            for y in 0..years {
                let [g, d, r] = local[i * years + y];
                let at = y * samples + start + i;
                f.gap[at] = g;
                f.demand[at] = d;
                f.resources[at] = r;
            }
        }
        for (b, l) in f.below.iter_mut().zip(local_below) {
            *b += l;
        }
    }
    f
}

/// The 5th, 25th, 50th, 75th and 95th percentiles of each year's column.
fn percentiles(data: &mut [f64], years: usize, samples: usize) -> Vec<[f64; 5]> {
    (0..years)
        .map(|y| {
            let column = &mut data[y * samples..(y + 1) * samples];
            column.sort_unstable_by(f64::total_cmp);
            [0.05, 0.25, 0.5, 0.75, 0.95].map(|p| percentile(column, p))
        })
        .collect()
}

/// Run `samples` futures and summarise the gap year by year. `uncertain` is the workshop's
/// list; every other assumption with a plausible range joins it (`uncertain_set`).
pub fn sweep(
    base: &Assumptions,
    uncertain: &[Uncertain],
    levers: &LeverValues,
    samples: usize,
    seed: u64,
) -> Vec<SweepRow> {
    let mut f = run_futures(base, uncertain, levers, samples, seed);
    percentiles(&mut f.gap, f.years, f.samples)
        .into_iter()
        .enumerate()
        .map(|(y, [p5, p25, p50, p75, p95])| SweepRow {
            year: base.base_year + y as i32,
            gap_p5: p5,
            gap_p25: p25,
            gap_p50: p50,
            gap_p75: p75,
            gap_p95: p95,
            below_minimum: f.below[y] as f64 / f.samples as f64,
        })
        .collect()
}

/// Uncertainty bands for the jaws chart: percentiles of demand and of resources a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Bands {
    pub years: Vec<i32>,
    /// Per year: 5th, 25th, 50th, 75th, 95th percentiles.
    pub demand: Vec<[f64; 5]>,
    pub resources: Vec<[f64; 5]>,
}

pub fn bands(
    base: &Assumptions,
    uncertain: &[Uncertain],
    levers: &LeverValues,
    samples: usize,
    seed: u64,
) -> Bands {
    let mut f = run_futures(base, uncertain, levers, samples, seed);
    Bands {
        years: (0..f.years).map(|y| base.base_year + y as i32).collect(),
        demand: percentiles(&mut f.demand, f.years, f.samples),
        resources: percentiles(&mut f.resources, f.years, f.samples),
    }
}

/// Linear interpolation between closest ranks, on sorted data.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    let pos = p * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uncertain() -> Vec<Uncertain> {
        vec![
            Uncertain {
                assumption: "demographic_growth".into(),
                low: 0.8,
                high: 2.5,
            },
            Uncertain {
                assumption: "cost_inflation".into(),
                low: 0.3,
                high: 2.0,
            },
        ]
    }

    #[test]
    fn same_seed_same_answer_and_bands_are_ordered() {
        let a = Assumptions::default();
        let v = LeverValues::model_defaults();
        let one = sweep(&a, &uncertain(), &v, 200, 7);
        let two = sweep(&a, &uncertain(), &v, 200, 7);
        assert_eq!(one, two);
        let other = sweep(&a, &uncertain(), &v, 200, 8);
        assert_ne!(one, other);
        for r in &one {
            assert!(r.gap_p5 <= r.gap_p25 && r.gap_p25 <= r.gap_p50);
            assert!(r.gap_p50 <= r.gap_p75 && r.gap_p75 <= r.gap_p95);
        }
        let first = one.first().unwrap();
        let last = one.last().unwrap();
        assert!(
            last.gap_p95 - last.gap_p5 > first.gap_p95 - first.gap_p5,
            "bands widen with time"
        );
    }
}
