//! What the model must show (see docs/model.md and the design's MODEL.md), checked on the
//! bundled workshop and across the whole lever and assumption space.

use jaws::model::assumptions::assumption_spec;
use jaws::model::{
    ASSUMPTION_SPECS, Assumptions, LEVER_COUNT, LeverValues, Line, Projection, Schedule, YearRow,
    lever_index, simulate,
};
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

fn lever(id: &str) -> usize {
    lever_index(id).expect(id)
}

/// Every money column of a row (year excluded), for sanity and for the scale property.
fn money(r: &YearRow) -> Vec<f64> {
    let mut out = vec![
        r.demand,
        r.resources,
        r.gap,
        r.spending,
        r.savings,
        r.programmes,
        r.pressures,
        r.reserves,
        r.reserves_drawn,
        r.cuts,
        r.unfunded,
        r.released,
        r.grant,
        r.council_tax,
        r.fees,
        r.structural_savings,
        r.co_produced,
        r.need,
        r.community_capacity,
        r.unmet_need,
        r.prevention,
    ];
    for l in &r.lines.0 {
        out.extend([
            l.demand,
            l.spending,
            l.savings,
            l.pressures,
            l.need,
            l.unmet_need,
        ]);
    }
    out
}

fn shares(r: &YearRow) -> Vec<f64> {
    let mut out = vec![r.expectation, r.trust, r.adoption];
    out.extend(r.lines.0.iter().map(|l| l.share));
    out
}

fn assert_sane(p: &Projection, what: &str) {
    for r in &p.rows {
        assert!(
            money(r).iter().chain(&shares(r)).all(|v| v.is_finite()),
            "{what}: non-finite value in {r:?}"
        );
        let mut never_negative = vec![
            r.demand,
            r.resources,
            r.spending,
            r.savings,
            r.programmes,
            r.pressures,
            r.reserves,
            r.reserves_drawn,
            r.cuts,
            r.unfunded,
            r.released,
            r.grant,
            r.council_tax,
            r.fees,
            r.co_produced,
            r.need,
            r.community_capacity,
            r.unmet_need,
            r.prevention,
        ];
        for l in &r.lines.0 {
            never_negative.extend([
                l.demand,
                l.spending,
                l.savings,
                l.pressures,
                l.need,
                l.unmet_need,
            ]);
        }
        assert!(
            never_negative.iter().all(|v| *v >= -1e-9),
            "{what}: negative stock or flow in {r:?}"
        );
        for share in shares(r) {
            assert!(
                (0.0..=1.0).contains(&share),
                "{what}: share outside 0..1 in {r:?}"
            );
        }
        let line_total: f64 = r.lines.0.iter().map(|l| l.share).sum();
        assert!(
            line_total <= 1.0 + 1e-9,
            "{what}: line shares add to {line_total}"
        );
    }
}

#[test]
fn old_deal_jaws_open_and_the_council_balances_only_by_cutting() {
    let w = workshop();
    let p = run(&w, "old-deal");
    let (first, last) = (p.rows[0], p.final_row());
    assert_eq!(p.rows.len(), w.assumptions.horizon_years as usize);
    // The jaws: the gap widens every year, to well over a tenth of demand.
    assert!(p.rows.windows(2).all(|w| w[1].gap > w[0].gap));
    assert!(
        last.gap > 0.1 * last.demand,
        "{} of {}",
        last.gap,
        last.demand
    );
    // Resources still grow in real terms (council tax rises faster than prices), but demand
    // grows faster.
    assert!(last.resources > first.resources);
    assert!(last.demand / first.demand > last.resources / first.resources);
    // Balanced by savings that recur: they grow every year, and the cuts found in any year are
    // the new pressure, not the whole gap again.
    assert!(p.rows.windows(2).all(|w| w[1].savings > w[0].savings));
    let cuts: f64 = p.rows.iter().map(|r| r.cuts).sum();
    assert!(
        cuts < last.savings,
        "in-year cuts {cuts} against savings {}",
        last.savings
    );
    assert!(cuts < 0.2 * p.headlines().cumulative_gap);
    // Reserves fall every year; need is left unmet; trust falls.
    assert!(p.rows.windows(2).all(|w| w[1].reserves < w[0].reserves));
    assert!(last.unmet_need > 10.0 * first.unmet_need);
    assert!(last.trust < first.trust);
    // The graph of doom: social care takes a growing share, everything else is squeezed.
    assert!(last.social_care_share() > first.social_care_share() + 0.08);
    // Other services are held flat while their demand grows: a sixth of it goes unmet.
    let other = |r: &YearRow| {
        let l = r.lines.get(Line::Other);
        l.spending / l.demand
    };
    assert!(
        other(&last) < other(&first) - 0.1,
        "other services are squeezed"
    );
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
    assert!(new.headlines().section_114.is_none());
}

#[test]
fn planned_cuts_lower_spending_now_and_raise_need_and_demand_later() {
    let w = workshop();
    let base = w.default_values();
    let mut cut = base;
    cut.0[lever("service_reductions")] = 10.0;
    let before = simulate(&w.assumptions, &base);
    let after = simulate(&w.assumptions, &cut);
    assert!(
        after.rows[0].spending < before.rows[0].spending - 30.0,
        "cuts lower spending now"
    );
    assert!(after.rows[0].savings > before.rows[0].savings + 30.0);
    // Five years on: the need left unmet has come back as crisis. (By the end of the horizon
    // the old deal has made the same cuts itself, forced, and the two meet.)
    let (b, a) = (before.rows[4], after.rows[4]);
    assert!(a.unmet_need > b.unmet_need);
    assert!(
        a.need > b.need,
        "unmet need returns as crisis: need {} vs {}",
        a.need,
        b.need
    );
    assert!(
        a.demand > b.demand,
        "demand later is higher: {} vs {}",
        a.demand,
        b.demand
    );
    assert!(a.gap > b.gap, "and so is the gap");
    assert!(a.trust < b.trust, "trust is lower");
}

#[test]
fn prevention_levels_off_instead_of_growing_for_ever() {
    // Investment held steady avoids a steady amount of demand once it has matured: the saving
    // from heavier investment grows no faster than unit costs after that.
    let w = workshop();
    let base = w.values_for(w.scenario("old-deal").unwrap());
    let mut more = base;
    more.0[lever("transformation_investment")] = 3.0;
    let (a, b) = (
        simulate(&w.assumptions, &base),
        simulate(&w.assumptions, &more),
    );
    let avoided = |y: usize| {
        let cost = |p: &Projection| p.rows[y].demand - p.rows[y].programmes;
        cost(&a) - cost(&b)
    };
    assert!(avoided(7) > 0.0, "it does avoid demand");
    // Concave: the last four years add far less than four early ones (the little growth left
    // is unit costs and the new way of working spreading).
    let early = avoided(6) - avoided(2);
    let late = avoided(14) - avoided(10);
    assert!(late < 0.5 * early, "{early} then {late}");
}

#[test]
fn a_budget_that_cannot_be_balanced_names_its_section_114_year_and_reports_the_shortfall() {
    let w = workshop();
    let mut a = w.assumptions.clone();
    a.max_in_year_cuts = 1.0;
    let mut v = w.values_for(w.scenario("old-deal").unwrap());
    v.0[lever("grant_change")] = -10.0;
    let p = simulate(&a, &v);
    let h = p.headlines();
    let year = h.section_114.expect("a section 114 year");
    assert!(year < h.final_year);
    assert_eq!(h.reserves_below_minimum, Some(year));
    for r in &p.rows {
        assert_eq!(r.section_114, r.year >= year, "{}", r.year);
        if r.year > year {
            // Honest after the notice: the council spends only what it has, and the rest is a
            // shortfall that goes unmet, not demand carrying on unfunded.
            assert!(r.unfunded > 0.0);
            assert!((r.spending - (r.resources + r.reserves_drawn)).abs() < 1e-6 * r.spending);
        } else if r.year < year {
            assert_eq!(r.unfunded, 0.0);
        }
    }
    assert!(h.final_shortfall > 0.0 && h.final_shortfall == p.final_row().unfunded);
    // The shortfall is need left unmet, which comes back as crisis: demand stays bounded.
    let last = p.final_row();
    assert!(last.unmet_need > last.unfunded * 0.5);
    assert!(last.demand < 2.0 * w.assumptions.base_budget);
}

#[test]
fn adult_social_care_demand_grows_three_to_four_per_cent_a_year_in_the_old_deal() {
    let w = workshop();
    let p = run(&w, "old-deal");
    let adults = |r: &YearRow| r.lines.get(Line::Adults).demand;
    let years = (p.rows.len() - 1) as f64;
    let growth = (adults(&p.final_row()) / adults(&p.rows[0])).powf(1.0 / years) - 1.0;
    assert!((0.03..=0.04).contains(&growth), "{growth}");
    // Other services grow more slowly.
    let other = |r: &YearRow| r.lines.get(Line::Other).demand;
    assert!(
        other(&p.final_row()) / other(&p.rows[0]) < adults(&p.final_row()) / adults(&p.rows[0])
    );
}

#[test]
fn schedules_set_the_mtfs_years_and_the_levers_the_rates_after() {
    let w = workshop();
    let mut a = w.assumptions.clone();
    a.schedule = Schedule {
        grant_change: vec![-5.0, -5.0, -5.0],
        council_tax_rise: vec![2.99, 2.99],
        planned_savings: vec![3.0],
        ..Schedule::default()
    };
    let v = w.default_values();
    let p = simulate(&a, &v);
    let plain = simulate(&w.assumptions, &v);
    assert_eq!(p.mtfs_years, 3);
    assert_eq!(plain.mtfs_years, 0);
    let growth =
        |p: &Projection, f: fn(&YearRow) -> f64, y: usize| f(&p.rows[y]) / f(&p.rows[y - 1]) - 1.0;
    // Grant falls 5% a year for three years, then as the lever says (-2%).
    assert!((growth(&p, |r| r.grant, 2) + 0.05).abs() < 1e-9);
    assert!((growth(&p, |r| r.grant, 5) + 0.02).abs() < 1e-9);
    // Council tax rises less in the scheduled years, then as the lever says.
    assert!(growth(&p, |r| r.council_tax, 1) < growth(&plain, |r| r.council_tax, 1));
    assert!(
        (growth(&p, |r| r.council_tax, 6) - growth(&plain, |r| r.council_tax, 6)).abs() < 1e-12
    );
    // Planned savings in the first year recur, delivered at the savings delivery rate.
    assert!(p.rows[1].savings > plain.rows[1].savings + 0.8 * 0.03 * a.base_budget);
}

#[test]
fn pay_and_price_inflation_in_cash_raises_unit_costs_above_cpi() {
    let w = workshop();
    let v = w.default_values();
    let mut a = w.assumptions.clone();
    a.schedule.pay_and_prices = vec![6.4, 4.0];
    a.schedule.general_inflation = vec![4.0, 2.0];
    let p = simulate(&a, &v);
    let plain = simulate(&w.assumptions, &v);
    // A 6.4% pay bill against 4% CPI is 2.3% real, more than the 0.5% assumed after.
    assert!(p.rows[0].pressures > plain.rows[0].pressures);
    // Higher CPI makes the same cash council tax rise worth less.
    assert!(p.rows[1].council_tax < plain.rows[1].council_tax);
}

/// 2N + 3 corner runs: all at default, all at minimum, all at maximum, and each lever alone at
/// its minimum and its maximum: the ends of its physical range, which a workshop may stretch
/// its slider to.
fn corners(w: &Workshop) -> Vec<(String, LeverValues)> {
    let defaults = w.default_values();
    let mut out = vec![("defaults".to_string(), defaults)];
    let mut mins = defaults;
    let mut maxs = defaults;
    for (i, l) in w.levers.iter().enumerate() {
        let (min, max) = jaws::model::LEVER_SPECS[i].limits;
        mins.0[i] = min;
        maxs.0[i] = max;
        let mut lo = defaults;
        lo.0[i] = min;
        let mut hi = defaults;
        hi.0[i] = max;
        out.push((format!("{} at min", l.id), lo));
        out.push((format!("{} at max", l.id), hi));
    }
    out.push(("all at min".into(), mins));
    out.push(("all at max".into(), maxs));
    out
}

/// The assumptions at the corners of their plausible ranges (and of their valid ranges for
/// the service-line figures), each alone.
fn assumption_corners(a: &Assumptions) -> Vec<(String, Assumptions)> {
    let mut out = Vec::new();
    for spec in ASSUMPTION_SPECS {
        for v in [spec.min, spec.max] {
            let mut b = a.clone();
            b.set(spec.id, v);
            if b.problems().is_empty() {
                out.push((format!("{} = {v}", spec.id), b));
            }
        }
    }
    out
}

#[test]
fn corner_runs_stay_finite_non_negative_and_in_range() {
    let w = workshop();
    let runs = corners(&w);
    assert_eq!(runs.len(), 2 * LEVER_COUNT + 3);
    for (name, v) in &runs {
        assert_sane(&simulate(&w.assumptions, v), name);
        // The longest horizon too.
        let mut a = w.assumptions.clone();
        a.horizon_years = 30;
        assert_sane(&simulate(&a, v), &format!("{name}, 30 years"));
    }
    for (name, a) in assumption_corners(&w.assumptions) {
        for (lever_name, v) in [&runs[0], &runs[runs.len() - 2], &runs[runs.len() - 1]] {
            assert_sane(&simulate(&a, v), &format!("{name}, levers {lever_name}"));
        }
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

/// Anywhere in every lever's physical range (which holds every workshop's sliders).
fn lever_space() -> impl Strategy<Value = LeverValues> {
    let ranges: Vec<_> = jaws::model::LEVER_SPECS
        .iter()
        .map(|l| l.limits.0..=l.limits.1)
        .collect();
    ranges.prop_map(|v| {
        let mut out = LeverValues::model_defaults();
        out.0.copy_from_slice(&v);
        out
    })
}

/// Any valid assumptions: each numeric assumption anywhere in its valid range (fractions of it
/// drawn here), kept valid where assumptions constrain each other.
fn assumption_space() -> impl Strategy<Value = Assumptions> {
    let n = ASSUMPTION_SPECS.len();
    (proptest::collection::vec(0.0..=1.0f64, n), 5u32..=30).prop_map(|(fractions, horizon)| {
        let mut a = workshop().assumptions;
        for (spec, f) in ASSUMPTION_SPECS.iter().zip(fractions) {
            a.set(spec.id, spec.min + (spec.max - spec.min) * f);
        }
        a.horizon_years = horizon;
        a.grant_share = a.grant_share.min(95.0 - a.fees_share);
        a.children_share = a.children_share.min(100.0 - a.adults_share);
        a.reserves_ceiling = a.reserves_ceiling.max(a.opening_reserves);
        a.prudent_minimum = a.prudent_minimum.min(a.opening_reserves);
        a
    })
}

fn schedule_space() -> impl Strategy<Value = Schedule> {
    let years = |lo: f64, hi: f64| proptest::collection::vec(lo..=hi, 0..=5);
    (
        years(-30.0, 30.0),
        years(-10.0, 30.0),
        years(-5.0, 30.0),
        years(-5.0, 30.0),
        years(0.0, 30.0),
    )
        .prop_map(|(g, t, c, p, s)| Schedule {
            grant_change: g,
            council_tax_rise: t,
            general_inflation: c,
            pay_and_prices: p,
            planned_savings: s,
        })
}

/// Money inputs: the base budget and the reserves. Everything else is a rate or a share.
fn scaled(a: &Assumptions, k: f64) -> Assumptions {
    let mut b = a.clone();
    for id in [
        "base_budget",
        "opening_reserves",
        "prudent_minimum",
        "reserves_ceiling",
    ] {
        assert!(
            assumption_spec(id).unwrap().unit.starts_with('£'),
            "{id} is money"
        );
        b.set(id, a.get(id).unwrap() * k);
    }
    b
}

#[test]
fn every_money_assumption_is_one_the_scale_test_scales() {
    let scaled_ids = [
        "base_budget",
        "opening_reserves",
        "prudent_minimum",
        "reserves_ceiling",
    ];
    for spec in ASSUMPTION_SPECS {
        assert_eq!(
            spec.unit.starts_with('£') && !spec.unit.contains("per £"),
            scaled_ids.contains(&spec.id),
            "{} ({})",
            spec.id,
            spec.unit
        );
    }
    for l in jaws::model::LEVER_SPECS.iter() {
        assert!(
            !l.unit.contains('£'),
            "{} is a money lever in £: make it a share of budget",
            l.id
        );
    }
}

/// Found by the property below: a £10m council with its care lines' floors at 92.5% and 82%,
/// the levers lowering demand and pay and prices rising 22.9% in the first year. In-year cuts
/// were shared by the lines' headroom against their budget pressure, more than one line still
/// spent, so its spending went below nothing (held at nothing) and the lines' shares of the
/// council's spending added to 1.0002. Cuts are now shared within what each line spends.
#[test]
fn the_lines_shares_never_add_to_more_than_the_whole() {
    let v = jaws::model::LeverValues([
        4.08609981620205,
        71.35269119001828,
        0.7771373075465141,
        75.5969375160823,
        0.0,
        0.0,
        49.66385832173676,
        0.0,
        0.0,
        66.03806360980792,
        8.001968257923268,
        3.7347190144097064,
        0.0,
        0.0,
        0.0,
        0.0,
        34.44476323978962,
    ]);
    let a = Assumptions {
        base_year: 2026,
        horizon_years: 10,
        base_budget: 10.0,
        grant_share: 0.0,
        fees_share: 0.0,
        general_inflation: 0.0,
        tax_base_growth: -2.0,
        adults_share: 0.7448598209631728,
        children_share: 32.636116332083795,
        demographic_growth: 1.401384478327783,
        adults_need_growth: -2.0,
        children_need_growth: 7.861013473098714,
        cost_inflation: 7.331073342963434,
        adults_cost_premium: -2.0,
        children_cost_premium: -2.0,
        opening_reserves: 0.0,
        prudent_minimum: 0.0,
        reserves_ceiling: 14266.465134072338,
        max_in_year_cuts: 7.2694413586731175,
        savings_delivery: 89.5991583537995,
        adults_floor: 92.52453842097074,
        children_floor: 81.97422197844666,
        other_floor: 0.0,
        opening_adoption: 12.287228672423224,
        opening_expectation: 20.0,
        opening_capacity: 17.31747529082122,
        crisis_escalation: 0.0,
        crisis_resolution: 0.25,
        prevention_return: 0.0,
        prevention_delay: 0.25,
        coproduction_saving: 0.0,
        new_deal_ceiling: 0.0,
        capacity_building: 4.198046353040037,
        capacity_decay: 0.0,
        expectation_delay: 11.003415063887502,
        trust_on_expectation: 0.0,
        cuts_on_expectation: 0.0,
        trust_sensitivity: 0.0,
        adoption_rate: 0.0,
        restructuring_delay: 0.25,
        schedule: jaws::model::schedule::Schedule {
            pay_and_prices: vec![22.869803896643607],
            ..Default::default()
        },
    };
    assert!(a.problems().is_empty(), "{:?}", a.problems());
    assert_sane(&simulate(&a, &v), "the shrunk case");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_levers_give_a_sane_projection(v in lever_space()) {
        let w = workshop();
        assert_sane(&simulate(&w.assumptions, &v), "random levers");
    }

    #[test]
    fn any_levers_assumptions_and_schedules_give_a_sane_projection(
        v in lever_space(),
        a in assumption_space(),
        schedule in schedule_space(),
    ) {
        let mut a = a;
        a.schedule = schedule;
        prop_assume!(a.problems().is_empty());
        let p = simulate(&a, &v);
        prop_assert_eq!(p.rows.len(), a.horizon_years as usize);
        assert_sane(&p, "random levers, assumptions and schedules");
    }

    /// Scale: a council k times the size, with k times the reserves, faces the same
    /// percentages: every money figure is k times as large and every year is the same.
    #[test]
    fn multiplying_every_money_input_by_k_multiplies_every_money_output_by_k(
        v in lever_space(),
        k in 0.1..10.0f64,
        a in assumption_space(),
    ) {
        // Money inputs that stay valid when multiplied by up to ten.
        let opening_reserves = a.opening_reserves.min(900.0);
        let a = Assumptions {
            base_budget: a.base_budget.clamp(20.0, 1500.0),
            opening_reserves,
            prudent_minimum: a.prudent_minimum.min(opening_reserves).min(450.0),
            reserves_ceiling: a.reserves_ceiling.clamp(opening_reserves, 1900.0),
            ..a
        };
        prop_assume!(a.problems().is_empty() && scaled(&a, k).problems().is_empty());
        let one = simulate(&a, &v);
        let big = simulate(&scaled(&a, k), &v);
        for (x, y) in one.rows.iter().zip(&big.rows) {
            // Exact but for rounding, which feedback can amplify a little.
            for (p, q) in money(x).iter().zip(money(y)) {
                let tolerance = 1e-6 * (k * p).abs().max(k * a.base_budget);
                prop_assert!((q - k * p).abs() <= tolerance, "{} vs {} × {} in {}: {:?} {:?}", q, k, p, x.year, x, y);
            }
            for (p, q) in shares(x).iter().zip(shares(y)) {
                prop_assert!((p - q).abs() <= 1e-9);
            }
            prop_assert_eq!(x.section_114, y.section_114);
        }
        let (h1, h2) = (one.headlines(), big.headlines());
        prop_assert_eq!(h1.section_114, h2.section_114);
        prop_assert_eq!(h1.reserves_below_minimum, h2.reserves_below_minimum);
        prop_assert_eq!(h1.jaws_close, h2.jaws_close);
    }
}
