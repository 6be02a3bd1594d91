//! What the model must show (see docs/model.md and the design's MODEL.md), checked on the
//! bundled workshop and across the whole lever space.

use jaws::model::{LEVER_COUNT, LeverValues, Projection, YearRow, lever_index, simulate};
use jaws::workshop::Workshop;
use proptest::prelude::*;

fn workshop() -> Workshop {
    Workshop::bundled()
}

fn run(w: &Workshop, scenario: &str) -> Projection {
    simulate(
        &w.assumptions,
        &w.values_for(w.scenario(scenario).expect(scenario)),
    )
}

fn assert_sane(p: &Projection, what: &str) {
    for r in &p.rows {
        let values = [
            r.demand,
            r.resources,
            r.gap,
            r.reserves,
            r.reserves_drawn,
            r.cuts,
            r.unfunded,
            r.grant,
            r.council_tax,
            r.fees,
            r.structural_savings,
            r.co_produced,
            r.need,
            r.expectation,
            r.community_capacity,
            r.trust,
            r.adoption,
            r.unmet_need,
            r.prevention,
        ];
        assert!(
            values.iter().all(|v| v.is_finite()),
            "{what}: non-finite value in {r:?}"
        );
        let stocks = [
            r.need,
            r.community_capacity,
            r.unmet_need,
            r.prevention,
            r.reserves,
        ];
        assert!(
            stocks.iter().all(|v| *v >= 0.0),
            "{what}: negative stock in {r:?}"
        );
        let flows = [
            r.demand,
            r.resources,
            r.reserves_drawn,
            r.cuts,
            r.unfunded,
            r.co_produced,
        ];
        assert!(
            flows.iter().all(|v| *v >= 0.0),
            "{what}: negative flow in {r:?}"
        );
        for share in [r.expectation, r.trust, r.adoption] {
            assert!(
                (0.0..=1.0).contains(&share),
                "{what}: share outside 0..1 in {r:?}"
            );
        }
    }
}

#[test]
fn old_deal_jaws_open_and_reserves_fall_through_the_prudent_minimum() {
    let w = workshop();
    let p = run(&w, "old-deal");
    let first = p.rows.first().unwrap();
    let last = p.final_row();
    assert_eq!(p.rows.len(), w.assumptions.horizon_years as usize);
    assert!(
        last.gap > first.gap + 100.0,
        "gap opens: {} -> {}",
        first.gap,
        last.gap
    );
    // The gap widens every year: jaws, not a blip.
    assert!(p.rows.windows(2).all(|w| w[1].gap > w[0].gap));
    assert!(
        last.demand > last.resources * 1.2,
        "demand outruns resources by a fifth or more"
    );
    let h = p.headlines();
    let year = h
        .reserves_below_minimum
        .expect("reserves fall below the prudent minimum");
    assert!(year < last.year, "within the horizon");
}

#[test]
fn new_deal_is_worse_first_then_at_least_halves_the_final_gap() {
    let w = workshop();
    let old = run(&w, "old-deal");
    let new = run(&w, "new-deal");
    // Investment before return: worse in each of the first two years.
    for y in 0..2 {
        assert!(
            new.rows[y].gap > old.rows[y].gap,
            "year {}: new deal gap {} should exceed old deal {}",
            new.rows[y].year,
            new.rows[y].gap,
            old.rows[y].gap
        );
    }
    assert!(new.final_row().gap <= 0.5 * old.final_row().gap);
    // Not a quick fix: the gap does not close in the first two years.
    assert!(new.rows[..2].iter().all(|r| r.gap > 0.0));
    // And it is done without breaking the bank.
    assert!(new.rows.iter().all(|r| r.reserves >= new.prudent_minimum));
    assert!(new.headlines().reserves_below_minimum.is_none());
}

#[test]
fn cuts_close_the_gap_now_and_raise_demand_later() {
    let w = workshop();
    let base = w.default_values();
    let mut cut = base;
    cut.0[lever_index("service_reductions").unwrap()] = 10.0;
    let before = simulate(&w.assumptions, &base);
    let after = simulate(&w.assumptions, &cut);
    assert!(
        after.rows[0].gap < before.rows[0].gap - 30.0,
        "cuts close the gap now"
    );
    let (b, a) = (before.final_row(), after.final_row());
    assert!(
        a.need > b.need,
        "unmet need returns as crisis: need {} vs {}",
        a.need,
        b.need
    );
    assert!(
        a.demand > b.demand,
        "demand later is higher despite the cut: {} vs {}",
        a.demand,
        b.demand
    );
    assert!(a.gap > b.gap, "and so is the gap");
    assert!(a.trust < b.trust, "trust is lower");
}

/// 2N + 3 corner runs: all at default, all at minimum, all at maximum, and each lever alone at
/// its minimum and its maximum.
fn corners(w: &Workshop) -> Vec<(String, LeverValues)> {
    let defaults = w.default_values();
    let mut out = vec![("defaults".to_string(), defaults)];
    let mut mins = defaults;
    let mut maxs = defaults;
    for (i, l) in w.levers.iter().enumerate() {
        mins.0[i] = l.min;
        maxs.0[i] = l.max;
        let mut lo = defaults;
        lo.0[i] = l.min;
        let mut hi = defaults;
        hi.0[i] = l.max;
        out.push((format!("{} at min", l.id), lo));
        out.push((format!("{} at max", l.id), hi));
    }
    out.push(("all at min".into(), mins));
    out.push(("all at max".into(), maxs));
    out
}

#[test]
fn corner_runs_stay_finite_non_negative_and_in_range() {
    let w = workshop();
    let runs = corners(&w);
    assert_eq!(runs.len(), 2 * LEVER_COUNT + 3);
    for (name, v) in runs {
        assert_sane(&simulate(&w.assumptions, &v), &name);
        // The longest horizon too.
        let mut a = w.assumptions.clone();
        a.horizon_years = 30;
        assert_sane(&simulate(&a, &v), &format!("{name}, 30 years"));
    }
}

fn curves_differ(a: &Projection, b: &Projection) -> bool {
    let key = |r: &YearRow| {
        [
            r.demand,
            r.resources,
            r.gap,
            r.reserves,
            r.need,
            r.trust,
            r.adoption,
            r.community_capacity,
            r.unmet_need,
            r.expectation,
        ]
    };
    a.rows
        .iter()
        .zip(&b.rows)
        .any(|(x, y)| key(x).iter().zip(key(y)).any(|(p, q)| (p - q).abs() > 1e-3))
}

#[test]
fn no_lever_is_dead() {
    let w = workshop();
    for scenario in ["old-deal", "new-deal"] {
        let base = w.values_for(w.scenario(scenario).unwrap());
        for (i, l) in w.levers.iter().enumerate() {
            let mut lo = base;
            lo.0[i] = l.min;
            let mut hi = base;
            hi.0[i] = l.max;
            assert!(
                curves_differ(
                    &simulate(&w.assumptions, &lo),
                    &simulate(&w.assumptions, &hi)
                ),
                "{} moves no curve from {scenario}",
                l.id
            );
        }
    }
}

#[test]
fn the_model_is_deterministic() {
    let w = workshop();
    assert_eq!(run(&w, "new-deal"), run(&w, "new-deal"));
}

fn lever_space() -> impl Strategy<Value = LeverValues> {
    let w = workshop();
    let ranges: Vec<_> = w.levers.iter().map(|l| l.min..=l.max).collect();
    ranges.prop_map(|v| {
        let mut out = LeverValues::model_defaults();
        out.0.copy_from_slice(&v);
        out
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_levers_give_a_sane_projection(v in lever_space()) {
        let w = workshop();
        assert_sane(&simulate(&w.assumptions, &v), "random levers");
    }

    #[test]
    fn any_levers_and_plausible_futures_give_a_sane_projection(
        v in lever_space(),
        demographic in -2.0..8.0f64,
        cost in -2.0..8.0f64,
        escalation in 0.0..100.0f64,
        horizon in 5u32..=30,
    ) {
        let w = workshop();
        let mut a = w.assumptions.clone();
        a.demographic_growth = demographic;
        a.cost_inflation = cost;
        a.crisis_escalation = escalation;
        a.horizon_years = horizon;
        let p = simulate(&a, &v);
        prop_assert_eq!(p.rows.len(), horizon as usize);
        assert_sane(&p, "random levers and assumptions");
    }
}
