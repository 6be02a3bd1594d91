//! Council profiles: the file and its checks, the model started from a council (each MTFS
//! year's published gap reproduced by the baseline), scale, and the shipped illustrative
//! profiles.

use jaws::council::{Council, CouncilType, Money, MtfsYear, Sourced};
use jaws::model::schedule::at;
use jaws::model::{Assumptions, simulate};
use jaws::workshop::{BUNDLED_COUNCILS, Workshop, council_to_string, parse_council};
use proptest::prelude::*;

fn bundled(name: &str) -> Council {
    let (_, text) = BUNDLED_COUNCILS
        .iter()
        .find(|(n, _)| *n == name)
        .expect("shipped profile");
    parse_council(name, text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The published gap at the first year's prices, by CPI as the assumptions give it.
fn published_real(a: &Assumptions, c: &Council, y: &MtfsYear) -> f64 {
    let mut level = 1.0;
    for i in 0..(y.year - c.first_year) as usize {
        level *= 1.0 + at(&a.schedule.general_inflation, i, a.general_inflation) / 100.0;
    }
    y.gap.value / level
}

/// Every MTFS year's gap in the baseline against the published one, as a share of the budget.
fn misses(c: &Council) -> Vec<(i32, f64, f64)> {
    let (w, _) = Workshop::bundled().with_council(c);
    let p = simulate(&w.assumptions, &w.default_values());
    assert_eq!(p.rows[0].year, c.first_year);
    let net = c.get(Money::NetBudget);
    c.mtfs
        .iter()
        .filter_map(|y| {
            let row = p
                .rows
                .iter()
                .find(|r| r.year == y.year)
                .expect("MTFS year projected");
            let want = published_real(&w.assumptions, c, y);
            ((row.gap - want).abs() > 0.02 * net).then_some((y.year, row.gap, want))
        })
        .collect()
}

#[test]
fn every_shipped_profile_reads_is_marked_illustrative_and_carries_its_sources() {
    assert_eq!(BUNDLED_COUNCILS.len(), 3);
    for (name, _) in BUNDLED_COUNCILS {
        let c = bundled(name);
        assert!(c.illustrative, "{name}");
        assert!(c.title().contains("llustrative"), "{name}");
        for m in Money::ALL {
            assert!(!c.figure(m).source.trim().is_empty(), "{name}: {}", m.id());
        }
        assert!((3..=5).contains(&c.mtfs.len()), "{name}");
    }
    let types: Vec<CouncilType> = BUNDLED_COUNCILS
        .iter()
        .map(|(n, _)| bundled(n).council_type)
        .collect();
    assert_eq!(
        types,
        [
            CouncilType::County,
            CouncilType::MetropolitanDistrict,
            CouncilType::ShireDistrict
        ]
    );
}

#[test]
fn the_baseline_reproduces_each_shipped_profiles_mtfs_within_two_percent_of_budget() {
    for (name, _) in BUNDLED_COUNCILS {
        let c = bundled(name);
        assert_eq!(misses(&c), vec![], "{name}");
        let (_, calibration) = Workshop::bundled().with_council(&c);
        assert!(calibration.misses().next().is_none(), "{name}");
    }
}

#[test]
fn a_profile_starts_the_model_from_its_own_figures() {
    let c = bundled("shire-county");
    let (w, _) = Workshop::bundled().with_council(&c);
    let a = &w.assumptions;
    assert_eq!(a.base_year, 2026);
    assert!((a.base_budget - (600.0 + 59.3)).abs() < 1e-9);
    assert!((a.opening_reserves - 118.2).abs() < 1e-9);
    assert!((a.prudent_minimum - 30.0).abs() < 1e-9);
    assert!((a.adults_share - 46.0).abs() < 1e-9);
    assert!(a.problems().is_empty(), "{:?}", a.problems());
    let p = simulate(a, &w.default_values());
    // The chart marks where the MTFS ends: its last year, 2029/30, is the fourth.
    assert_eq!(p.mtfs_years, 4);
    assert!(w.sources["base_budget"].contains("Illustrative shire county"));
}

#[test]
fn every_money_figure_times_ten_gives_the_same_years_and_ten_times_the_money() {
    for (name, _) in BUNDLED_COUNCILS {
        let c = bundled(name);
        let one = Workshop::bundled().with_council(&c).0;
        let ten = Workshop::bundled().with_council(&c.scaled(10.0)).0;
        let p1 = simulate(&one.assumptions, &one.default_values());
        let p10 = simulate(&ten.assumptions, &ten.default_values());
        let (h1, h10) = (p1.headlines(), p10.headlines());
        assert_eq!(h1.section_114, h10.section_114, "{name}");
        assert_eq!(
            h1.reserves_below_minimum, h10.reserves_below_minimum,
            "{name}"
        );
        for (r1, r10) in p1.rows.iter().zip(&p10.rows) {
            assert_eq!(r1.year, r10.year);
            for (a, b) in [
                (r1.gap, r10.gap),
                (r1.demand, r10.demand),
                (r1.resources, r10.resources),
                (r1.reserves, r10.reserves),
                (r1.savings, r10.savings),
            ] {
                assert!(
                    (b - 10.0 * a).abs() <= 1e-6 * (1.0 + b.abs()),
                    "{name} {}: {b} is not ten times {a}",
                    r1.year
                );
            }
        }
    }
}

#[test]
fn a_profile_round_trips_through_its_file() {
    for (name, _) in BUNDLED_COUNCILS {
        let c = bundled(name);
        let text = council_to_string(&c);
        assert_eq!(parse_council("again", &text), Ok(c), "{name}");
    }
}

/// The shipped county's text with `from` replaced by `to`, read; its problems as text.
fn problems_after(from: &str, to: &str) -> String {
    let (_, text) = BUNDLED_COUNCILS[0];
    assert!(text.contains(from), "{from}");
    let changed = text.replacen(from, to, 1);
    match parse_council("county.ron", &changed) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

fn line_of(needle: &str) -> usize {
    let (_, text) = BUNDLED_COUNCILS[0];
    text.lines()
        .position(|l| l.contains(needle))
        .expect("in the file")
        + 1
}

#[test]
fn bad_figures_are_refused_at_their_place_with_what_to_do() {
    let budget = line_of("value: 600.0");
    let got = problems_after("value: 600.0", "value: -600.0");
    assert!(got.contains(&format!("county.ron:{budget}:")), "{got}");
    assert!(got.contains("net budget cannot be negative"), "{got}");

    let got = problems_after("value: 600.0", "value: 600000000.0");
    assert!(got.contains("looks like pounds"), "{got}");
    assert!(got.contains("in £m"), "{got}");

    let other = line_of("value: 186.0");
    let got = problems_after("value: 186.0", "value: 196.0");
    assert!(got.contains(&format!("county.ron:{other}:")), "{got}");
    assert!(got.contains("add up to £610"), "{got}");

    let got = problems_after("year: 2028", "year: 2030");
    assert!(got.contains("out of order"), "{got}");

    let got = problems_after("council_type: \"county\"", "council_type: \"parish\"");
    assert!(got.contains("\"parish\" is not a type of council"), "{got}");

    let got = problems_after("value: 36.0", "value: 20.0");
    assert!(got.contains("give them cumulative"), "{got}");

    let got = problems_after("Judgement: 5% of the net budget (range 3%", "");
    assert!(got.is_empty(), "a source may be cut short: {got}");
    let (_, text) = BUNDLED_COUNCILS[0];
    let start = text
        .find("source: \"Judgement: 5%")
        .expect("minimum's source");
    let end = start + text[start..].find("\",").expect("end of source");
    let changed = format!("{}source: \"{}", &text[..start], &text[end..]);
    let got = parse_council("county.ron", &changed)
        .unwrap_err()
        .to_string();
    assert!(
        got.contains("say where prudent minimum comes from"),
        "{got}"
    );
}

#[test]
fn a_file_of_another_kind_is_named_as_such() {
    let got = parse_council("w.ron", jaws::workshop::BUNDLED_NEW_MODEL)
        .unwrap_err()
        .to_string();
    assert!(got.contains("not a council profile"), "{got}");
    let got = parse_council("empty.ron", "").unwrap_err().to_string();
    assert!(got.contains("empty"), "{got}");
}

fn sourced(v: f64) -> Sourced {
    Sourced::new(v, "test")
}

prop_compose! {
    /// A council of any size and shape, its budget balanced at the start of the first year,
    /// with an MTFS (from that year or the next) whose gap grows by 1-5% of the budget a year,
    /// as published MTFSs do.
    fn any_council()(
        net in 30.0f64..3000.0,
        adults in 0.0f64..0.5,
        children in 0.0f64..0.3,
        tax in 0.3f64..0.7,
        settlement in 0.1f64..0.3,
        fees in 0.0f64..0.25,
        reserves in 0.05f64..0.4,
        minimum in 0.02f64..0.08,
        start in 0usize..2,
        growth in prop::collection::vec(0.01f64..0.05, 4..7),
        savings in 0.0f64..0.03,
    ) -> Council {
        // The gap on a path from zero at the opening: each year's figure is its average.
        let mut gaps = Vec::new();
        let mut end = 0.0;
        for g in &growth {
            gaps.push(end + g / 2.0);
            end += g;
        }
        let mtfs = gaps
            .iter()
            .enumerate()
            .skip(start)
            .take(5)
            .map(|(i, gap)| MtfsYear {
                year: 2026 + i as i32,
                gap: sourced(gap * net),
                planned_savings: sourced(savings * (i + 1) as f64 * net),
            })
            .collect();
        Council {
            name: "Any council".into(),
            council_type: CouncilType::Unitary,
            first_year: 2026,
            illustrative: false,
            source: "test".into(),
            money: [
                sourced(net),
                sourced(adults * net),
                sourced(children * net),
                sourced((1.0 - adults - children) * net),
                sourced(tax * net),
                sourced(settlement * net),
                sourced(fees * net / (1.0 - fees)),
                sourced(reserves * net * 0.7),
                sourced(reserves * net * 0.3),
                sourced(minimum * net),
            ],
            mtfs,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn the_baseline_reproduces_any_councils_mtfs_within_two_percent_of_budget(c in any_council()) {
        prop_assert!(c.problems().is_empty(), "{:?}", c.problems());
        prop_assert_eq!(misses(&c), vec![]);
    }
}
