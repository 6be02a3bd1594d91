//! `jaws assumptions`, `--assume ID=VALUE` on the commands that project, and `jaws validate`.

use crate::common::jaws;

#[test]
fn assumptions_list_every_one_with_its_range_source_and_basis() {
    let json = jaws(&["assumptions", "--format", "json"]).ok().json();
    let all = json.as_array().expect("an array");
    let ids: Vec<&str> = all.iter().map(|a| a["id"].as_str().unwrap()).collect();
    for id in [
        "base_year",
        "horizon_years",
        "base_budget",
        "demographic_growth",
        "prevention_return",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    for a in all {
        let (v, lo, hi) = (
            a["value"].as_f64().unwrap(),
            a["min"].as_f64().unwrap(),
            a["max"].as_f64().unwrap(),
        );
        assert!(lo <= v && v <= hi, "{a}");
        assert!(!a["source"].as_str().unwrap().is_empty(), "{a}");
        // A judgement has a plausible range the sweep draws from, within the assumption's range.
        if a["judgement"].as_bool().unwrap() && !a["plausible"].is_null() {
            let p = a["plausible"].as_array().unwrap();
            assert!(p[0].as_f64().unwrap() >= lo && p[1].as_f64().unwrap() <= hi);
        }
    }
    let table = jaws(&["assumptions"]).ok().stdout;
    assert!(table.contains("demographic_growth") && table.contains("judgement"));
}

#[test]
fn assume_changes_the_projection_and_the_listing() {
    let base = jaws(&["project", "--format", "json"]).ok().json();
    // Every money assumption doubled (the others are rates and shares).
    let richer = jaws(&[
        "project",
        "--assume",
        "base_budget=1500",
        "--assume",
        "opening_reserves=260",
        "--assume",
        "prudent_minimum=80",
        "--assume",
        "reserves_ceiling=520",
        "--format",
        "json",
    ])
    .ok()
    .json();
    let gap = |j: &serde_json::Value| j["headlines"]["final_gap"].as_f64().unwrap();
    // Money scales with the budget: twice the budget, twice the gap.
    assert!((gap(&richer) - 2.0 * gap(&base)).abs() < 1e-6 * gap(&base).abs().max(1.0));
    let listed = jaws(&[
        "assumptions",
        "--assume",
        "base_budget=1500",
        "--format",
        "json",
    ])
    .ok()
    .json();
    let budget = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "base_budget")
        .unwrap();
    assert_eq!(budget["value"].as_f64(), Some(1500.0));
}

#[test]
fn a_bad_assume_is_refused_saying_what_is_allowed() {
    for command in [
        vec!["project"],
        vec!["sweep", "--samples", "10"],
        vec!["tornado"],
        vec!["seek", "--target", "gap<=0"],
        vec!["validate"],
        vec!["assumptions"],
    ] {
        for (given, says) in [
            ("demographic_groth=1", "demographic_growth"),
            ("demographic_growth=1e308", "demographic_growth"),
            ("base_budget=-5", "base_budget"),
            ("base_budget", "ID=VALUE"),
            ("base_budget=lots", "not a number"),
        ] {
            let mut args = command.clone();
            args.extend(["--assume", given]);
            let run = jaws(&args);
            assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
            assert!(run.stdout.is_empty(), "{args:?} wrote {}", run.stdout);
            assert!(
                run.stderr.contains(says) && run.stderr.contains("--assume"),
                "{args:?}: {}",
                run.stderr
            );
        }
    }
}

#[test]
fn validate_prints_the_table_and_fails_only_when_a_row_fails_unexplained() {
    let run = jaws(&["validate"]);
    // One row differs on purpose and says why (docs/validation.md): shown, not failed.
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("lga-2012-gap") && run.stdout.contains("pass"));
    let nao = run
        .stdout
        .lines()
        .find(|l| l.contains("nao-2018-social-care-share"))
        .expect("the NAO row is listed");
    assert!(nao.contains("differs, explained"), "{nao}");
    // A row that fails with no explanation fails the command, naming the row.
    let unexplained = jaws(&["validate", "--assume", "adults_need_growth=0"]);
    assert_eq!(unexplained.code, Some(1), "{}", unexplained.stdout);
    assert!(
        unexplained.stderr.contains("adult-care-demand-growth")
            && !unexplained.stderr.contains("nao-2018-social-care-share"),
        "{}",
        unexplained.stderr
    );
    let json = jaws(&["validate", "--format", "json"]).json();
    let rows = json.as_array().unwrap();
    assert!(rows.len() >= 10);
    assert_eq!(
        rows.iter().filter(|r| r["pass"] == false).count(),
        1,
        "{json}"
    );
    // The Markdown is the table of docs/validation.md.
    let md = jaws(&["validate", "--format", "markdown"]).stdout;
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/validation.md"))
        .unwrap();
    assert!(doc.contains(md.trim()), "docs/validation.md is stale");
    // An assumption changed reruns the table: with no growth in the need for adult care,
    // demand no longer grows 3-4% a year.
    let slower = jaws(&[
        "validate",
        "--assume",
        "adults_need_growth=0",
        "--format",
        "json",
    ])
    .json();
    let row = |j: &serde_json::Value, id: &str| {
        j.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(row(&json, "adult-care-demand-growth")["pass"], true);
    assert_eq!(row(&slower, "adult-care-demand-growth")["pass"], false);
}
