//! Every lever does what its description says: each claim in its metadata (`LeverSpec::claims`,
//! or a workshop's own where it describes the lever its own way) holds across the lever's range
//! from every scenario of every shipped workshop, and shows somewhere.

use jaws::model::{ClaimMetric, LEVER_SPECS, LeverValues, Projection, simulate};
use jaws::workshop::Workshop;

/// Points across each lever's range at which the claims are checked.
const POINTS: usize = 6;

fn scale(m: ClaimMetric, budget: f64) -> f64 {
    match m {
        ClaimMetric::Trust | ClaimMetric::Adoption | ClaimMetric::Expectation => 1.0,
        _ => budget,
    }
}

#[test]
fn every_lever_claim_holds_across_its_range_from_every_shipped_scenario() {
    let mut wrong = Vec::new();
    // (lever, claim) -> whether it acted strictly somewhere.
    let mut acted: std::collections::BTreeMap<(usize, String), bool> = Default::default();
    for w in Workshop::bundled_all() {
        let budget = w.assumptions.base_budget;
        for s in &w.scenarios {
            let base = w.values_for(s);
            for (i, spec) in LEVER_SPECS.iter().enumerate() {
                let l = &w.levers[i];
                let runs: Vec<(f64, Projection)> = (0..POINTS)
                    .map(|k| {
                        let x = l.min + (l.max - l.min) * k as f64 / (POINTS - 1) as f64;
                        let mut v: LeverValues = base;
                        v.0[i] = x;
                        (x, simulate(&w.assumptions, &v))
                    })
                    .collect();
                for claim in &l.claims {
                    let tol = 1e-9 * scale(claim.metric, budget);
                    let strict = 1e-6 * scale(claim.metric, budget);
                    let last = runs[0].1.rows.len() as u32;
                    let to = claim.to.unwrap_or(last).min(last);
                    let mut every_year_moves = true;
                    for year in claim.from..=to {
                        let y = (year - 1) as usize;
                        let value = |p: &Projection| p.rows[y].claimed(claim.metric);
                        for pair in runs.windows(2) {
                            let change =
                                (value(&pair[1].1) - value(&pair[0].1)) * claim.direction.sign();
                            if change < -tol {
                                wrong.push(format!(
                                    "{}/{}: {} {} ({:?}), but from {} to {} it moved {:+.6} in year {year}",
                                    w.id,
                                    s.id,
                                    spec.id,
                                    claim.describe(),
                                    claim.metric,
                                    pair[0].0,
                                    pair[1].0,
                                    change * claim.direction.sign()
                                ));
                            }
                        }
                        let whole = (value(&runs[POINTS - 1].1) - value(&runs[0].1))
                            * claim.direction.sign();
                        every_year_moves &= whole > strict;
                    }
                    *acted.entry((i, claim.describe())).or_default() |= every_year_moves;
                }
            }
        }
    }
    for ((i, claim), acted) in acted {
        if !acted {
            wrong.push(format!(
                "{} {claim}: in no shipped scenario does it do so in every year it claims",
                LEVER_SPECS[i].id,
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} broken claims:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_lever_claims_something() {
    for spec in LEVER_SPECS.iter() {
        assert!(!spec.claims.is_empty(), "{} claims nothing", spec.id);
        assert!(spec.claims.len() <= 8);
        for c in spec.claims {
            assert!(
                c.from >= 1 && c.to.is_none_or(|t| t >= c.from),
                "{}",
                spec.id
            );
        }
    }
}
