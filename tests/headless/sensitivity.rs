//! Uncertainty and sensitivity on the bundled workshop: the tornado ranks what matters above
//! what barely does, and the sweep's bands are ordered and widen with time.

use jaws::model::sensitivity::{BarKind, Side, tornado};
use jaws::model::sweep::uncertain_set;
use jaws::model::{LEVER_COUNT, lever_index, simulate};
use jaws::workshop::Workshop;
use serde_json::Value;

use crate::common::jaws;

/// What `jaws` printed, having succeeded.
fn stdout_of(args: &[&str]) -> String {
    jaws(args).ok().stdout
}

fn rank(bars: &[Value], id: &str) -> usize {
    bars.iter()
        .position(|b| b["id"] == id)
        .unwrap_or_else(|| panic!("no bar for {id}"))
}

#[test]
fn tornado_ranks_what_matters_above_what_barely_does() {
    let w = Workshop::bundled();
    let old = w.values_for(w.scenario("old-deal").unwrap());
    let bars = tornado(&w.assumptions, &w.uncertain, &old, &w.levers);
    let uncertain = uncertain_set(&w.assumptions, &w.uncertain);
    assert_eq!(bars.len(), LEVER_COUNT + uncertain.len());
    // Every judgement's range is in it.
    assert!(uncertain.len() >= 20);
    assert!(
        bars.windows(2).all(|b| b[0].swing >= b[1].swing),
        "largest first"
    );
    let find = |id: &str| bars.iter().position(|b| b.id == id).unwrap();
    // Measured: in the old deal the culture barely moves the gap by 2040 without the political
    // push and investment to spread it; council tax and the settlement move it by hundreds.
    let (tax, grant, risk) = (
        find("council_tax_rise"),
        find("grant_change"),
        find("risk_appetite"),
    );
    assert!(
        tax < risk && grant < risk,
        "tax {tax}, grant {grant}, risk {risk}"
    );
    assert!(bars[risk].swing < 0.01 * bars[tax].swing);
    assert!(
        bars[tax].swing > 100.0,
        "council tax moves the gap by £100m+"
    );
    // Each bar is what projecting the swung input gives.
    let base = simulate(&w.assumptions, &old).final_row().gap;
    for b in &bars {
        assert_eq!(b.base_gap, base);
        let (at_low, at_high) = match b.kind {
            BarKind::Lever => {
                let i = lever_index(&b.id).unwrap();
                let (mut lo, mut hi) = (old, old);
                lo.0[i] = b.low;
                hi.0[i] = b.high;
                (
                    simulate(&w.assumptions, &lo).final_row().gap,
                    simulate(&w.assumptions, &hi).final_row().gap,
                )
            }
            BarKind::Assumption => {
                let (mut lo, mut hi) = (w.assumptions.clone(), w.assumptions.clone());
                assert!(lo.set(&b.id, b.low) && hi.set(&b.id, b.high));
                (
                    simulate(&lo, &old).final_row().gap,
                    simulate(&hi, &old).final_row().gap,
                )
            }
        };
        assert_eq!((b.gap_at_low, b.gap_at_high), (at_low, at_high), "{}", b.id);
        let spread = at_low.max(at_high).max(base) - at_low.min(at_high).min(base);
        assert_eq!(b.swing, spread);
    }
    // Every uncertain assumption is there, as an assumption.
    for u in &uncertain {
        let b = &bars[find(&u.assumption)];
        assert_eq!(b.kind, BarKind::Assumption);
        assert_eq!((b.low, b.high), (u.low, u.high));
    }
}

/// "The new deal closes the jaws only with council tax above …": the threshold is where the
/// final-year gap changes sign, on the side the bar says.
#[test]
fn thresholds_say_where_the_final_gap_changes_sign() {
    let w = Workshop::bundled();
    let new = w.values_for(w.scenario("new-deal").unwrap());
    let bars = tornado(&w.assumptions, &w.uncertain, &new, &w.levers);
    let tax = bars.iter().find(|b| b.id == "council_tax_rise").unwrap();
    let t = tax
        .threshold
        .expect("the new deal's jaws depend on council tax");
    assert_eq!(t.closed, Side::Above);
    assert!(t.value > tax.low && t.value < tax.current, "{t:?}");
    let gap_at = |x: f64| {
        let mut v = new;
        v.0[lever_index("council_tax_rise").unwrap()] = x;
        simulate(&w.assumptions, &v).final_row().gap
    };
    assert!(gap_at(t.value + 0.01) <= 0.0 && gap_at(t.value - 0.01) > 0.0);
    // Bars whose gap keeps its sign across the range have none.
    for b in &bars {
        let crosses = (b.gap_at_low <= 0.0) != (b.gap_at_high <= 0.0)
            || (b.gap_at_low <= 0.0) != (b.base_gap <= 0.0);
        assert_eq!(b.threshold.is_some(), crosses, "{}", b.id);
    }
    // And `jaws tornado --format json` says the same.
    let out: Value = serde_json::from_str(&stdout_of(&[
        "tornado",
        "--scenario",
        "new-deal",
        "--format",
        "json",
    ]))
    .unwrap();
    let bars = out["bars"].as_array().unwrap();
    let json_tax = &bars[rank(bars, "council_tax_rise")];
    assert_eq!(json_tax["threshold"]["value"], t.value);
    assert_eq!(json_tax["threshold"]["closed"], "above");
}

#[test]
fn tornado_on_the_command_line() {
    let out: Value = serde_json::from_str(&stdout_of(&[
        "tornado",
        "--scenario",
        "old-deal",
        "--format",
        "json",
    ]))
    .unwrap();
    let bars = out["bars"].as_array().unwrap();
    assert!(rank(bars, "council_tax_rise") < rank(bars, "risk_appetite"));
    assert!(rank(bars, "grant_change") < rank(bars, "risk_appetite"));
    // The bottom of the council tax bar is `jaws project --set council_tax_rise=0`.
    let tax = &bars[rank(bars, "council_tax_rise")];
    let projected: Value = serde_json::from_str(&stdout_of(&[
        "project",
        "--scenario",
        "old-deal",
        "--set",
        "council_tax_rise=0",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(tax["gap_at_low"], projected["headlines"]["final_gap"]);
    assert_eq!(tax["kind"], "lever");

    let csv = stdout_of(&["tornado", "--scenario", "old-deal", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "rank,kind,id,label,unit,current,low,high,gap_at_low,gap_at_high,swing,base_gap,threshold,closed"
    );
    assert_eq!(lines.count(), bars.len());
    let table = stdout_of(&["tornado"]);
    assert!(table.contains("gap_at_low") && table.contains("council_tax_rise"));
}

/// Gap percentiles a year from `jaws sweep --samples 1000 --format csv`.
fn sweep(scenario: Option<&str>) -> Vec<[f64; 6]> {
    let mut args = vec!["sweep", "--samples", "1000", "--format", "csv"];
    if let Some(s) = scenario {
        args.extend(["--scenario", s]);
    }
    let text = stdout_of(&args);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "year,gap_p5,gap_p25,gap_p50,gap_p75,gap_p95,below_minimum"
    );
    lines
        .map(|l| {
            let v: Vec<f64> = l.split(',').map(|c| c.parse().unwrap()).collect();
            [v[0], v[1], v[2], v[3], v[4], v[5]]
        })
        .collect()
}

#[test]
fn sweep_bands_are_ordered_and_widen_with_time() {
    for scenario in [None, Some("old-deal"), Some("new-deal")] {
        let rows = sweep(scenario);
        assert_eq!(rows.len(), 15);
        for r in &rows {
            assert!(
                r[1] <= r[2] && r[2] <= r[3] && r[3] <= r[4] && r[4] <= r[5],
                "{scenario:?}: percentiles out of order in {}: {r:?}",
                r[0]
            );
        }
        for pair in rows.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(
                b[5] - b[1] >= a[5] - a[1],
                "{scenario:?}: the 5-95% band narrows from {} to {}",
                a[0],
                b[0]
            );
            assert!(
                b[4] - b[2] >= a[4] - a[2],
                "{scenario:?}: the 25-75% band narrows from {} to {}",
                a[0],
                b[0]
            );
        }
        let (first, last) = (rows[0], rows[rows.len() - 1]);
        assert!(last[5] - last[1] > 5.0 * (first[5] - first[1]));
    }
}
