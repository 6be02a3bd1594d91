//! Goal seek, "what would it take?": answers that are met really are met (in the library and
//! when replayed through `jaws project`), impossible targets are reported honestly, the change
//! is small, only the allowed levers move, and bad input is a usage error.

use jaws::model::seek::{SeekResult, SeekStatus, seek, seek_allowing};
use jaws::model::target::Goal;
use jaws::model::{LEVER_COUNT, LEVER_SPECS, LeverValues, lever_index, simulate};
use jaws::workshop::Workshop;
use proptest::prelude::*;
use serde_json::Value;

use crate::common::jaws;

fn workshop() -> Workshop {
    Workshop::bundled()
}

fn all_levers() -> Vec<usize> {
    (0..LEVER_COUNT).collect()
}

fn ids(ids: &[&str]) -> Vec<usize> {
    ids.iter().map(|id| lever_index(id).expect(id)).collect()
}

fn run_seek(
    w: &Workshop,
    start: &LeverValues,
    target: &str,
    by: Option<i32>,
    movable: &[usize],
) -> (Goal, SeekResult) {
    let goal = Goal::parse(target, &w.assumptions, &w.levers, by).expect(target);
    let r = seek(
        &w.assumptions,
        start,
        &w.levers,
        &goal,
        movable,
        &mut |_| true,
    );
    (goal, r)
}

fn scenario(w: &Workshop, id: &str) -> LeverValues {
    w.values_for(w.scenario(id).expect(id))
}

/// Everything a result claims about itself holds.
fn assert_consistent(
    w: &Workshop,
    start: &LeverValues,
    goal: &Goal,
    r: &SeekResult,
    movable: &[usize],
) {
    let p = simulate(&w.assumptions, &r.levers);
    assert_eq!(p, r.projection, "the projection is the levers' projection");
    assert_eq!(goal.is_met(&p, &r.levers), r.met(), "{}", r.message());
    assert_eq!(r.outcomes, goal.assess(&p, &r.levers));
    assert_eq!(r.met(), r.outcomes.iter().all(|o| o.met));
    for i in 0..LEVER_COUNT {
        let l = &w.levers[i];
        let v = r.levers.0[i];
        assert!(v >= l.min && v <= l.max, "{} = {v} is out of range", l.id);
        if !movable.contains(&i) {
            assert_eq!(v, start.0[i], "{} moved but was not allowed to", l.id);
        }
    }
    let changed: Vec<usize> = (0..LEVER_COUNT)
        .filter(|&i| r.levers.0[i] != start.0[i])
        .collect();
    assert_eq!(
        changed,
        r.changes.iter().map(|c| c.index).collect::<Vec<_>>()
    );
    let distance = changed
        .iter()
        .map(|&i| ((r.levers.0[i] - start.0[i]) / (w.levers[i].max - w.levers[i].min)).powi(2))
        .sum::<f64>()
        .sqrt();
    assert!((distance - r.distance).abs() < 1e-12);
}

/// The smallest change of lever `i` alone (as a share of its range) that meets the goal,
/// by a fine scan outwards from the start in both directions; `None` if none does.
fn best_single_lever(w: &Workshop, start: &LeverValues, goal: &Goal, i: usize) -> Option<f64> {
    let l = &w.levers[i];
    let range = l.max - l.min;
    // Where the seek may take it: out of the bands marked off limits (a referendum).
    let (lo, hi) = l.allowed_range(start.0[i]);
    let steps = 2000;
    (1..=steps).find_map(|s| {
        let d = range * s as f64 / steps as f64;
        [start.0[i] - d, start.0[i] + d].into_iter().find_map(|x| {
            if x < lo || x > hi {
                return None;
            }
            let mut v = *start;
            v.0[i] = x;
            goal.is_met(&simulate(&w.assumptions, &v), &v)
                .then_some(d / range)
        })
    })
}

#[test]
fn seek_meets_the_targets_it_reports_as_met() {
    let w = workshop();
    let cases: &[(&str, &str, Option<i32>, &[&str])] = &[
        ("old-deal", "gap<=0", None, &[]),
        ("old-deal", "gap<=0 and reserves>=minimum", None, &[]),
        ("old-deal", "gap<=0", Some(2030), &[]),
        (
            "old-deal",
            "council_tax_rise<=2.99 and gap<=0 and reserves>=minimum",
            None,
            &[],
        ),
        (
            "old-deal",
            "cumulative_gap<=0",
            None,
            &[
                "council_tax_rise",
                "grant_change",
                "transformation_investment",
            ],
        ),
        (
            "old-deal",
            "unmet_need<=20 and trust>=0.5 by 2032",
            None,
            &[],
        ),
        (
            "pilots-only",
            "gap<=0 and reserves>=minimum+20",
            Some(2032),
            &[],
        ),
        (
            "cut-to-balance",
            "gap<=-50 and unmet_need<=30",
            Some(2035),
            &[],
        ),
        ("new-deal", "gap<=0", Some(2027), &[]),
    ];
    for &(scen, target, by, levers) in cases {
        let start = scenario(&w, scen);
        let movable = if levers.is_empty() {
            all_levers()
        } else {
            ids(levers)
        };
        let (goal, r) = run_seek(&w, &start, target, by, &movable);
        assert!(r.met(), "{scen}: {target} by {by:?}: {}", r.message());
        assert_eq!(r.status, SeekStatus::Met, "{scen}: {target}");
        assert_consistent(&w, &start, &goal, &r, &movable);
    }
}

#[test]
fn a_met_target_changes_nothing() {
    let w = workshop();
    let start = scenario(&w, "new-deal");
    let (goal, r) = run_seek(
        &w,
        &start,
        "gap<=0 and reserves>=minimum",
        None,
        &all_levers(),
    );
    assert_eq!(r.status, SeekStatus::AlreadyMet);
    assert_eq!(r.levers, start);
    assert!(r.changes.is_empty());
    assert_eq!(r.distance, 0.0);
    assert_consistent(&w, &start, &goal, &r, &all_levers());
}

#[test]
fn impossible_targets_are_reported_with_how_close_they_get() {
    let w = workshop();
    let start = scenario(&w, "old-deal");
    let fees = ids(&["fees_income"]);
    let (goal, r) = run_seek(&w, &start, "gap<=0", Some(2027), &fees);
    assert_eq!(r.status, SeekStatus::NotMet);
    assert_consistent(&w, &start, &goal, &r, &fees);
    let short = &r.outcomes[0];
    assert!(!short.met && short.short_by > 0.0);
    // Fees help, so the closest it gets is with fees as high as they go, and it is closer
    // than where it started.
    assert_eq!(r.levers.0[fees[0]], w.levers[fees[0]].max);
    let before = goal.assess(&simulate(&w.assumptions, &start), &start);
    assert!(short.short_by < before[0].short_by);
    assert!(r.message().contains("cannot be met"), "{}", r.message());
    assert!(
        r.message()
            .contains("The gap closed in every year from 2027 to"),
        "plain English, not the target syntax: {}",
        r.message()
    );

    // Trust tops out below 0.99 whatever the levers do.
    let (goal, r) = run_seek(&w, &start, "trust>=0.99", None, &all_levers());
    assert_eq!(r.status, SeekStatus::NotMet);
    assert_consistent(&w, &start, &goal, &r, &all_levers());
    assert!(r.outcomes[0].short_by > 0.0);
    let before = goal.assess(&simulate(&w.assumptions, &start), &start);
    assert!(
        r.outcomes[0].short_by < before[0].short_by,
        "it gets closer"
    );

    // A cap on a lever the room will not move, which the scenario breaks.
    let (goal, r) = run_seek(
        &w,
        &start,
        "council_tax_rise<=2.99 and gap<=0",
        None,
        &ids(&["transformation_investment"]),
    );
    assert_eq!(r.status, SeekStatus::NotMet);
    assert!(!r.outcomes[0].met);
    assert!(r.message().contains("not among the levers allowed to move"));
    assert_consistent(&w, &start, &goal, &r, &ids(&["transformation_investment"]));
}

#[test]
fn only_the_allowed_levers_move_and_caps_hold() {
    let w = workshop();
    let start = scenario(&w, "old-deal");
    let allowed = ids(&[
        "council_tax_rise",
        "transformation_investment",
        "co_production",
    ]);
    // These three close the gap only with a council tax rise that needs a referendum: kept
    // out of it, the seek says how close it gets; allowed, it goes there and says so.
    let (goal, r) = run_seek(&w, &start, "gap<=0", None, &allowed);
    assert!(!r.met(), "{}", r.message());
    let tax = lever_index("council_tax_rise").unwrap();
    assert!(r.levers.0[tax] <= 4.99, "{}", r.levers.0[tax]);
    assert!(r.off_limits.is_empty());
    assert_consistent(&w, &start, &goal, &r, &allowed);
    let r = seek_allowing(
        &w.assumptions,
        &start,
        &w.levers,
        &goal,
        &allowed,
        true,
        &mut |_| true,
    );
    assert!(r.met(), "{}", r.message());
    assert!(!r.changes.is_empty());
    assert!(r.changes.iter().all(|c| allowed.contains(&c.index)));
    assert!(r.levers.0[tax] > 4.99);
    assert_eq!(r.off_limits.len(), 1);
    assert_eq!(r.off_limits[0].id, "council_tax_rise");
    assert!(
        r.message().contains("it needs a referendum"),
        "{}",
        r.message()
    );
    assert_consistent(&w, &start, &goal, &r, &allowed);

    let (goal, r) = run_seek(
        &w,
        &start,
        "council_tax_rise<=2.99 and gap<=0",
        None,
        &all_levers(),
    );
    assert!(r.met(), "{}", r.message());
    assert!(r.levers.0[lever_index("council_tax_rise").unwrap()] <= 2.99);
    assert_consistent(&w, &start, &goal, &r, &all_levers());
}

#[test]
fn the_change_is_small() {
    let w = workshop();
    let cases: &[(&str, &str, Option<i32>)] = &[
        ("old-deal", "gap<=0", None),
        // The old deal keeps reserves above the minimum; a buffer of £30m more it does not.
        ("old-deal", "reserves>=minimum+30", None),
        ("old-deal", "gap<=0", Some(2030)),
        ("pilots-only", "gap<=0 and reserves>=minimum", None),
    ];
    for &(scen, target, by) in cases {
        let start = scenario(&w, scen);
        let (goal, r) = run_seek(&w, &start, target, by, &all_levers());
        assert!(r.met(), "{scen} {target}: {}", r.message());
        // No smaller than the best any single lever can do on its own...
        let singles: Vec<f64> = (0..LEVER_COUNT)
            .filter_map(|i| best_single_lever(&w, &start, &goal, i))
            .collect();
        let best_single = singles.iter().copied().fold(f64::INFINITY, f64::min);
        assert!(
            r.distance <= best_single * 1.03 + 1e-3,
            "{scen} {target}: seek moved {} but one lever alone needs only {best_single}",
            r.distance
        );
        // ...and tight: a tenth less of the whole change no longer meets the target.
        let mut less = start;
        for c in &r.changes {
            less.0[c.index] = c.from + 0.9 * (c.to - c.from);
        }
        assert!(
            !goal.is_met(&simulate(&w.assumptions, &less), &less),
            "{scen} {target}: the change has slack"
        );
    }
}

#[test]
fn seek_is_deterministic_and_reports_progress_and_can_be_cancelled() {
    let w = workshop();
    let start = scenario(&w, "old-deal");
    let goal = Goal::parse(
        "gap<=0 and reserves>=minimum",
        &w.assumptions,
        &w.levers,
        None,
    )
    .unwrap();
    let mut seen = Vec::new();
    let one = seek(
        &w.assumptions,
        &start,
        &w.levers,
        &goal,
        &all_levers(),
        &mut |p| {
            seen.push(p);
            true
        },
    );
    let two = seek(
        &w.assumptions,
        &start,
        &w.levers,
        &goal,
        &all_levers(),
        &mut |_| true,
    );
    assert_eq!(one, two, "the same question, the same answer");
    assert!(!seen.is_empty());
    assert!(seen.iter().all(|p| (0.0..=1.0).contains(p)));
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "progress only goes forward"
    );

    let mut calls = 0;
    let cancelled = seek(
        &w.assumptions,
        &start,
        &w.levers,
        &goal,
        &all_levers(),
        &mut |_| {
            calls += 1;
            calls < 3
        },
    );
    assert_eq!(cancelled.status, SeekStatus::Cancelled);
    assert_eq!(calls, 3, "no progress is reported after cancelling");
    assert!(cancelled.evaluations < one.evaluations);
    assert_eq!(
        cancelled.projection,
        simulate(&w.assumptions, &cancelled.levers)
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// From anywhere in the lever space, with any set of movable levers: what is reported as
    /// met is met, nothing else moves, and everything stays in range.
    #[test]
    fn seek_is_honest_from_anywhere(
        shares in prop::collection::vec(0.0f64..=1.0, LEVER_COUNT),
        mask in prop::collection::vec(any::<bool>(), LEVER_COUNT),
        which in 0usize..4,
    ) {
        let w = workshop();
        let mut start = w.default_values();
        for (i, s) in shares.iter().enumerate() {
            let l = &w.levers[i];
            start.0[i] = l.min + s * (l.max - l.min);
        }
        let mut movable: Vec<usize> = (0..LEVER_COUNT).filter(|&i| mask[i]).collect();
        if movable.is_empty() {
            movable.push(lever_index("council_tax_rise").unwrap());
        }
        let target = ["gap<=0", "gap<=0 and reserves>=minimum", "unmet_need<=30", "cumulative_gap<=0 and council_tax_rise<=4.99"][which];
        let (goal, r) = run_seek(&w, &start, target, Some(2032), &movable);
        prop_assert_ne!(r.status, SeekStatus::Cancelled);
        assert_consistent(&w, &start, &goal, &r, &movable);
    }
}

// ------------------------------------------------------------------ the binary

fn json(args: &[&str]) -> Value {
    let run = jaws(args);
    assert_eq!(run.code, Some(0), "jaws {args:?}: {}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout))
}

fn usage_error(args: &[&str], says: &str) {
    let run = jaws(args);
    assert_eq!(
        run.code,
        Some(2),
        "jaws {args:?} should be a usage error:\n{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "nothing on stdout: {}", run.stdout);
    assert!(
        run.stderr.contains(says),
        "jaws {args:?}: expected {says:?} in:\n{}",
        run.stderr
    );
}

/// `jaws project` with the scenario and `--set` for every lever the answer changed.
fn replay(scenario: &str, answer: &Value) -> Value {
    let changed = answer["changed"].as_object().expect("changed is an object");
    let sets: Vec<String> = changed
        .iter()
        .map(|(id, c)| format!("{id}={}", c["to"].as_f64().expect("to is a number")))
        .collect();
    let mut args = vec!["project", "--scenario", scenario, "--format", "json"];
    for s in &sets {
        args.push("--set");
        args.push(s);
    }
    json(&args)
}

#[test]
fn the_binary_answers_hold_when_replayed_with_project() {
    let cases: &[&[&str]] = &[
        &[
            "--scenario",
            "old-deal",
            "--target",
            "gap<=0 and reserves>=minimum",
        ],
        &[
            "--scenario",
            "old-deal",
            "--target",
            "gap<=0",
            "--by",
            "2030",
            "--levers",
            "council_tax_rise,transformation_investment,co_production",
            "--allow-off-limits",
        ],
        &[
            "--scenario",
            "pilots-only",
            "--target",
            "council_tax_rise<=2.99 and cumulative_gap<=0 and trust>=0.45",
        ],
    ];
    for extra in cases {
        let mut args = vec!["seek", "--format", "json"];
        args.extend_from_slice(extra);
        let answer = json(&args);
        assert_eq!(
            answer["met"],
            Value::Bool(true),
            "{args:?}: {}",
            answer["message"]
        );
        assert_eq!(answer["shortfall"], Value::Null);
        let scenario = extra[1];
        let projected = replay(scenario, &answer);
        // The same levers, every one of them, and the same outcome.
        assert_eq!(projected["levers"], answer["levers"], "{args:?}");
        assert_eq!(projected["headlines"], answer["headlines"], "{args:?}");
        let rows = projected["rows"].as_array().unwrap();
        let minimum = projected["prudent_minimum"].as_f64().unwrap();
        let by = extra
            .iter()
            .position(|a| *a == "--by")
            .map(|i| extra[i + 1].parse::<i64>().unwrap());
        let last = rows.last().unwrap()["year"].as_i64().unwrap();
        let target = extra[extra.iter().position(|a| *a == "--target").unwrap() + 1];
        let mut cumulative = 0.0;
        for r in rows {
            let year = r["year"].as_i64().unwrap();
            let judged = year >= by.unwrap_or(last);
            cumulative += r["gap"].as_f64().unwrap();
            if target.contains("gap<=0") && !target.contains("cumulative") && judged {
                assert!(r["gap"].as_f64().unwrap() <= 0.0, "{args:?}: gap in {year}");
            }
            if target.contains("reserves>=minimum") {
                assert!(
                    r["reserves"].as_f64().unwrap() >= minimum,
                    "{args:?}: reserves in {year}"
                );
            }
            if target.contains("trust>=0.45") && judged {
                assert!(
                    r["trust"].as_f64().unwrap() >= 0.45,
                    "{args:?}: trust in {year}"
                );
            }
        }
        if target.contains("cumulative_gap<=0") {
            assert!(cumulative <= 0.0, "{args:?}: cumulative gap {cumulative}");
        }
        if target.contains("council_tax_rise<=2.99") {
            assert!(projected["levers"]["council_tax_rise"].as_f64().unwrap() <= 2.99);
        }
        // Only the allowed levers moved.
        if let Some(i) = extra.iter().position(|a| *a == "--levers") {
            let allowed: Vec<&str> = extra[i + 1].split(',').collect();
            for id in answer["changed"].as_object().unwrap().keys() {
                assert!(allowed.contains(&id.as_str()), "{id} moved");
            }
        }
        // Every lever is there, so the answer replays on its own.
        assert_eq!(
            answer["levers"].as_object().unwrap().len(),
            LEVER_SPECS.len()
        );
    }
}

#[test]
fn the_binary_reports_impossible_targets_as_answers() {
    let answer = json(&[
        "seek",
        "--scenario",
        "old-deal",
        "--target",
        "gap<=0",
        "--by",
        "2027",
        "--levers",
        "fees_income",
        "--format",
        "json",
    ]);
    assert_eq!(answer["met"], Value::Bool(false));
    assert_eq!(answer["status"], "not_met");
    let shortfall = answer["shortfall"].as_array().expect("a shortfall");
    assert_eq!(shortfall.len(), 1);
    assert!(shortfall[0]["short_by"].as_f64().unwrap() > 0.0);
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .contains("cannot be met")
    );
    let changed = answer["changed"].as_object().unwrap();
    assert!(changed.keys().all(|k| k == "fees_income"));
    // Replayed, the shortfall is what it says.
    let projected = replay("old-deal", &answer);
    assert_eq!(projected["headlines"], answer["headlines"]);

    let run = jaws(&["seek", "--target", "trust>=0.99"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("NOT MET"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Trust at least 0.99 in"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_binary_table_says_what_moved_and_how_to_replay_it() {
    let run = jaws(&["seek", "--scenario", "old-deal", "--target", "gap<=0"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("MET: Met by moving"), "{}", run.stdout);
    // The settlement is the government's, so it stays; a referendum is kept out of, and said.
    assert!(!run.stdout.contains("grant_change"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("Kept out of, as the workshop marks them (--allow-off-limits to allow): council tax rise above 4.99% a year"),
        "{}",
        run.stdout
    );
    let allowed = jaws(&[
        "seek",
        "--scenario",
        "old-deal",
        "--target",
        "gap<=0",
        "--allow-off-limits",
    ]);
    assert!(
        allowed.stdout.contains("council_tax_rise"),
        "{}",
        allowed.stdout
    );
    assert!(
        allowed
            .stdout
            .contains("is in “referendum needed”: it needs a referendum."),
        "{}",
        allowed.stdout
    );
    let replay = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("replay: jaws "))
        .expect("a replay line");
    let mut args: Vec<&str> = replay.split(' ').collect();
    args.extend(["--format", "json"]);
    let projected = json(&args);
    assert!(projected["headlines"]["final_gap"].as_f64().unwrap() <= 0.0);

    let run = jaws(&[
        "seek",
        "--scenario",
        "new-deal",
        "--target",
        "gap<=0",
        "--format",
        "json",
    ]);
    let answer: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(answer["status"], "already_met");
    assert_eq!(answer["changed"].as_object().unwrap().len(), 0);
}

#[test]
fn bad_seek_input_is_a_usage_error() {
    usage_error(&["seek"], "--target");
    usage_error(&["seek", "--target", "gap<0"], "column 4");
    usage_error(&["seek", "--target", "gapp<=0"], "did you mean `gap`");
    usage_error(&["seek", "--target", "gap<=0 and"], "column 8");
    usage_error(&["seek", "--target", ""], "empty");
    usage_error(&["seek", "--target", "gap<=minimum"], "can bound reserves");
    usage_error(&["seek", "--target", "council_tax_rise<=-1"], "no room");
    usage_error(
        &["seek", "--target", "gap<=0", "--by", "2041"],
        "--by 2041 is outside the horizon, 2026 to 2040",
    );
    usage_error(
        &["seek", "--target", "gap<=0", "--by", "2025"],
        "outside the horizon",
    );
    usage_error(&["seek", "--target", "gap<=0 by 1999"], "column 11");
    usage_error(&["seek", "--target", "gap<=0", "--by", "soon"], "--by");
    usage_error(
        &[
            "seek",
            "--target",
            "gap<=0",
            "--levers",
            "council_tax,fees_income",
        ],
        "unknown lever `council_tax`",
    );
    usage_error(&["seek", "--target", "gap<=0", "--levers", ""], "--levers");
    usage_error(
        &["seek", "--target", "gap<=0", "--scenario", "no-such"],
        "unknown scenario",
    );
    usage_error(
        &["seek", "--target", "gap<=0", "--set", "council_tax_rise=11"],
        "out of range",
    );
    usage_error(
        &["seek", "--target", "gap<=0", "--format", "csv"],
        "--format",
    );
}
