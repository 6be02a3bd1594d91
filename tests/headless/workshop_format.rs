//! The workshop format, version 3: stages, their checks and where problems are reported;
//! version 1 and 2 files migrated with a note of what changed; the shipped workshops valid,
//! bundled, and saying things the model bears out.

use std::path::{Path, PathBuf};

use jaws::model::seek::{SeekStatus, seek};
use jaws::model::{LEVER_SPECS, LeverValues, Projection, lever_index, simulate};
use jaws::workshop::{
    BUNDLED, LeverMask, Problem, Problems, StageView, WORKSHOP_VERSION, Workshop, parse_workshop,
};

use crate::common::{jaws, position_of, scratch};

// ------------------------------------------------------------------------------ helpers

/// A small version 3 workshop with every stage field in use.
const BASE: &str = r#"// A test workshop.
(
    format: "jaws-workshop",
    version: 3,
    id: "test",
    title: "Test",
    audience: "Testers",
    scenarios: [
        (id: "old-deal", name: "Old", levers: {}),
        (id: "new-deal", name: "New", levers: { "co_production": 30.0 }),
    ],
    stages: [
        (
            id: "first",
            title: "First",
            narrative: "Short.",
            talking_points: ["One.", "Two."],
            question: "Why?",
            view: explore,
            visible: ["cultural", "council_tax_rise"],
            unlocked: ["co_production", "council_tax_rise"],
            scenario: "old-deal",
            baseline: "new-deal",
            challenge: (
                target: "gap<=0 by 2035 and reserves>=minimum",
                wording: "Close the gap by 2035.",
            ),
            minutes: 10,
            predict: "Which curve moves first?",
        ),
        (
            id: "second",
            title: "Second",
            view: compare,
            compare: ["old-deal", "new-deal"],
            minutes: 5,
        ),
    ],
)
"#;

/// `text` with `from`, which must occur exactly once, replaced by `to`.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "`{from}` is not unique");
    text.replacen(from, to, 1)
}

fn problems(text: &str) -> Vec<Problem> {
    match parse_workshop("test.ron", text) {
        Ok(_) => panic!("expected problems, but the workshop is valid:\n{text}"),
        Err(Problems(p)) => p,
    }
}

/// The one problem `BASE` with `from` replaced by `to` has: at `at` (a needle in the edited
/// text, which must be unique there), saying `says`.
fn fails(from: &str, to: &str, at: &str, says: &str) -> Problem {
    let text = edit(BASE, from, to);
    let mut found = problems(&text);
    assert_eq!(found.len(), 1, "one problem expected: {found:#?}");
    let p = found.remove(0);
    assert_eq!(p.file, "test.ron");
    assert_eq!(
        (p.line, p.column),
        position_of(&text, at),
        "placed at `{at}`: {p:?}"
    );
    assert!(
        p.message.to_lowercase().contains(&says.to_lowercase()),
        "should say {says:?}: {p:?}"
    );
    for internal in [
        "StageEntry",
        "ChallengeEntry",
        "WorkshopFile",
        "LeverChoice",
    ] {
        assert!(!p.message.contains(internal), "leaks a type name: {p:?}");
    }
    p
}

fn workshops_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("workshops")
}

fn index(id: &str) -> usize {
    lever_index(id).unwrap_or_else(|| panic!("no lever {id}"))
}

fn run(w: &Workshop, scenario: &str) -> (LeverValues, Projection) {
    let v = w.values_for(w.scenario(scenario).expect("scenario"));
    (v, simulate(&w.assumptions, &v))
}

// ------------------------------------------------------------------------------ the format

#[test]
fn a_version_3_workshop_reads_every_stage_field() {
    // Version 4 added only languages: a version 3 file reads as it is, with nothing to note.
    assert_eq!(WORKSHOP_VERSION, 4);
    let w = parse_workshop("test.ron", BASE).unwrap();
    assert!(w.migration.is_empty(), "{:?}", w.migration);
    assert_eq!(w.audience, "Testers");
    assert_eq!(w.stages.len(), 2);
    assert_eq!(w.total_minutes(), 15);
    assert_eq!(w.stage_index("second"), Some(1));

    let s = w.stage("first").unwrap();
    assert_eq!(s.title, "First");
    assert_eq!(s.narrative, "Short.");
    assert_eq!(s.talking_points, ["One.", "Two."]);
    assert_eq!(s.question, "Why?");
    assert_eq!(s.view, StageView::Explore);
    // A domain stands for its levers.
    let cultural: Vec<&str> = LEVER_SPECS
        .iter()
        .filter(|l| l.domain == jaws::model::levers::Domain::Cultural)
        .map(|l| l.id)
        .chain(["council_tax_rise"])
        .collect();
    let mut visible = s.visible.ids();
    visible.sort();
    let mut expected = cultural.clone();
    expected.sort();
    assert_eq!(visible, expected);
    assert_eq!(s.unlocked.ids(), ["co_production", "council_tax_rise"]);
    assert!(s.lever_visible(index("risk_appetite")) && !s.lever_unlocked(index("risk_appetite")));
    assert!(!s.lever_visible(index("grant_change")));
    assert_eq!(s.scenario.as_deref(), Some("old-deal"));
    assert_eq!(s.baseline.as_deref(), Some("new-deal"));
    let c = s.challenge.as_ref().unwrap();
    assert_eq!(c.target, "gap<=0 by 2035 and reserves>=minimum");
    assert_eq!(c.wording, "Close the gap by 2035.");
    assert_eq!(c.goal().conditions.len(), 2);
    assert_eq!(s.minutes, 10);
    assert_eq!(s.predict.as_deref(), Some("Which curve moves first?"));
    assert!(s.predicts());

    // Defaults: everything visible, everything visible unlocked, explore, nothing loaded.
    let s = w.stage("second").unwrap();
    assert_eq!(s.view, StageView::Compare);
    assert_eq!(s.compare, ["old-deal", "new-deal"]);
    assert!(s.visible.is_all() && s.unlocked.is_all());
    assert!(s.scenario.is_none() && s.baseline.is_none() && s.challenge.is_none());
    assert!(!s.predicts() && s.talking_points.is_empty() && s.narrative.is_empty());
}

#[test]
fn lever_choices_all_none_and_unlocked_defaults() {
    let w = parse_workshop(
        "t",
        &edit(
            BASE,
            "            visible: [\"cultural\", \"council_tax_rise\"],\n            unlocked: [\"co_production\", \"council_tax_rise\"],",
            "            visible: [\"financial\"],",
        ),
    )
    .unwrap();
    let s = &w.stages[0];
    assert_eq!(s.visible.len(), 5);
    assert_eq!(
        s.unlocked, s.visible,
        "unlocked defaults to every visible lever"
    );

    let w = parse_workshop(
        "t",
        &edit(
            BASE,
            "unlocked: [\"co_production\", \"council_tax_rise\"],",
            "unlocked: \"none\",",
        ),
    )
    .unwrap();
    assert!(w.stages[0].unlocked.is_empty());
    assert_eq!(w.stages[0].unlocked, LeverMask::NONE);

    let w = parse_workshop(
        "t",
        &edit(
            BASE,
            "visible: [\"cultural\", \"council_tax_rise\"],",
            "visible: \"all\",",
        ),
    )
    .unwrap();
    assert!(w.stages[0].visible.is_all());
}

#[test]
fn a_version_1_workshop_is_migrated_with_no_stages() {
    // BASE as version 1 wrote it: no audience, no stages.
    let v1 = edit(
        &edit(BASE, "    audience: \"Testers\",\n", ""),
        "version: 3,",
        "version: 1,",
    );
    let v1 = format!("{}\n)\n", &v1[..v1.find("    stages: [").unwrap()]);
    let migrated = parse_workshop("v1.ron", &v1).expect("a version 1 workshop reads");
    assert!(migrated.stages.is_empty());
    assert_eq!(migrated.audience, "");
    assert!(
        migrated.migration[0].contains("version 1") && migrated.migration[0].contains("version 4"),
        "{:?}",
        migrated.migration
    );
    let mut expected = parse_workshop("test.ron", BASE).unwrap();
    expected.stages.clear();
    expected.audience.clear();
    expected.migration = migrated.migration.clone();
    assert_eq!(migrated, expected, "everything else reads as before");

    // And through `jaws check`, which says it was read as version 4.
    let tmp = scratch("v1");
    let path = tmp.path().join("v1.ron");
    std::fs::write(&path, &v1).unwrap();
    let out = jaws(&["check", path.to_str().unwrap()]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stdout.contains("read as version 4"), "{}", out.stdout);

    // Version 2 fields in a version 1 file are refused, each at its place.
    let text = edit(BASE, "version: 3,", "version: 1,");
    let found = problems(&text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        (found[0].line, found[0].column),
        position_of(&text, "audience:")
    );
    assert!(found[0].message.contains("version 2"), "{:?}", found[0]);
    assert_eq!(
        (found[1].line, found[1].column),
        position_of(&text, "stages:")
    );
}

/// The default workshop as Jaws shipped it in format version 2: money levers in £m a year,
/// one growth in need for every service, a yield on prevention that grew for ever.
const SHIPPED_V2: &str = include_str!("../fixtures/new-model-v2.ron");

#[test]
fn the_workshop_jaws_shipped_before_opens_with_a_note_of_what_changed() {
    let w = parse_workshop("new-model-v2.ron", SHIPPED_V2).expect("it still opens");
    let a = &w.assumptions;
    // £20m a year of transformation investment in a £750m budget: 2.67% of it.
    let new_deal = w.values_for(w.scenario("new-deal").unwrap());
    let t = index("transformation_investment");
    assert!(
        (new_deal.0[t] - 20.0 / 7.5).abs() < 1e-9,
        "{}",
        new_deal.0[t]
    );
    assert!((new_deal.0[index("relationship_building")] - 0.8).abs() < 1e-9);
    let bands = &w.levers[t].bands;
    assert!(
        bands.iter().all(|b| b.to <= w.levers[t].max + 1e-9),
        "{bands:?}"
    );
    // Growth in need of 1.6% a year for every service: population growth of about 0.74%, with
    // the care lines' own growth on top. The file gave no yield on prevention: this model's
    // return applies.
    assert!(
        (a.demographic_growth - 0.736).abs() < 1e-9,
        "{}",
        a.demographic_growth
    );
    assert_eq!(a.prevention_return, 1.0);
    assert!(a.cost_inflation > 0.8 && a.cost_inflation < 0.9);
    // Its uncertain yield of 20% to 50% a year over a three-year delay: a return of £0.60 to
    // £1.50 a year per £1.
    let u = w
        .uncertain
        .iter()
        .find(|u| u.assumption == "prevention_return")
        .expect("the uncertain yield is an uncertain return");
    assert!(
        (u.low - 0.6).abs() < 1e-9 && (u.high - 1.5).abs() < 1e-9,
        "{u:?}"
    );
    assert!(!w.sources.contains_key("prevention_yield"));
    // Each change said, in words.
    let notes = w.migration.join("\n");
    for said in [
        "version 2",
        "share of the budget",
        "Transformation and prevention investment",
        "population growth",
        "uncertain range of prevention_yield",
        "pay and price inflation",
    ] {
        assert!(notes.contains(said), "{said:?} not in:\n{notes}");
    }
    // Every number it gives is finite, every stage's challenge still reads.
    for s in &w.scenarios {
        let p = simulate(a, &w.values_for(s));
        assert!(p.rows.iter().all(|r| r.gap.is_finite()), "{}", s.id);
    }
    assert!(w.stages.iter().filter_map(|s| s.challenge.as_ref()).count() >= 3);

    // The command line says so too.
    let tmp = scratch("v2");
    let path = tmp.path().join("new-model-v2.ron");
    std::fs::write(&path, SHIPPED_V2).unwrap();
    let out = jaws(&["check", path.to_str().unwrap()]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stdout.contains("share of the budget"), "{}", out.stdout);
    // A version 2 file's project reads the same numbers as the migrated workshop.
    let run = jaws(&[
        "project",
        "--workshop",
        path.to_str().unwrap(),
        "--scenario",
        "new-deal",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

#[test]
fn a_money_lever_capped_in_a_version_2_challenge_is_rewritten_and_version_3_fields_refused() {
    let v2 = edit(BASE, "version: 3,", "version: 2,");
    let capped = edit(
        &v2,
        "gap<=0 by 2035 and reserves>=minimum",
        "gap<=0 by 2035 and transformation_investment<=15",
    );
    let w = parse_workshop("test.ron", &capped).unwrap();
    let c = w.stage("first").unwrap().challenge.as_ref().unwrap();
    assert_eq!(c.target, "gap<=0 by 2035 and transformation_investment<=2");
    assert!(
        w.migration
            .iter()
            .any(|n| n.contains("transformation_investment<=2"))
    );

    // A band's limit and a lever's claims are version 3's: refused in a version 2 file.
    let limited = edit(
        &v2,
        "    scenarios: [",
        "    levers: { \"council_tax_rise\": (bands: [(from: 5.0, to: 10.0, label: \"referendum\", limit: referendum)], claims: []) },\n    scenarios: [",
    );
    let found = problems(&limited);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        (found[0].line, found[0].column),
        position_of(&limited, "limit: referendum")
    );
    assert!(found[0].message.contains("new in version 3"), "{found:?}");
    assert_eq!(
        (found[1].line, found[1].column),
        position_of(&limited, "claims: []")
    );
}

#[test]
fn bands_off_limits_and_a_lever_s_own_claims_read_in_version_3() {
    let text = edit(
        BASE,
        "    scenarios: [",
        "    levers: { \"council_tax_rise\": (description: \"Our way of saying it.\", bands: [(from: 0.0, to: 4.99, label: \"within the limit\"), (from: 4.99, to: 10.0, label: \"referendum needed\", limit: referendum)], claims: [(metric: resources, direction: up, from: 1)]) },\n    scenarios: [",
    );
    let w = parse_workshop("test.ron", &text).unwrap_or_else(|e| panic!("{e}"));
    let l = w.lever("council_tax_rise").unwrap();
    assert_eq!(l.claims.len(), 1);
    assert_eq!(
        l.claims[0].describe(),
        "raises resources from the first year"
    );
    assert_eq!(
        l.off_limits_at(6.0).map(|b| b.label.as_str()),
        Some("referendum needed")
    );
    assert!(l.off_limits_at(4.99).is_none());
    assert_eq!(l.allowed_range(2.0), (0.0, 4.99));
    assert_eq!(
        l.allowed_range(6.0),
        (0.0, 10.0),
        "a start inside the band keeps it open"
    );
    // A claim's years count from 1.
    let bad = edit(&text, "from: 1)]", "from: 0)]");
    let found = problems(&bad);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].message.contains("count from 1"), "{found:?}");
}

#[test]
fn newer_and_zero_versions_are_refused() {
    fails("version: 3,", "version: 5,", "version: 5", "update Jaws");
    fails(
        "version: 3,",
        "version: 0,",
        "version: 0",
        "versions start at 1",
    );
}

// ------------------------------------------------------------------------------ stage errors

#[test]
fn unknown_levers_and_domains_are_placed_at_the_id() {
    let p = fails(
        "visible: [\"cultural\", \"council_tax_rise\"]",
        "visible: [\"cultural\", \"council_tax_rse\"]",
        "\"council_tax_rse\"",
        "unknown lever \"council_tax_rse\"",
    );
    assert!(
        p.message.contains("did you mean \"council_tax_rise\""),
        "{p:?}"
    );
    assert!(p.message.contains("stage \"first\""), "{p:?}");
    fails(
        "visible: [\"cultural\", \"council_tax_rise\"]",
        "visible: [\"culture\", \"council_tax_rise\"]",
        "\"culture\"",
        "did you mean \"cultural\"",
    );
    fails(
        "unlocked: [\"co_production\", \"council_tax_rise\"]",
        "unlocked: [\"co_production\", \"nonsense\"]",
        "\"nonsense\"",
        "unknown lever",
    );
}

#[test]
fn levers_listed_twice_or_unlocked_but_hidden_are_refused() {
    fails(
        "visible: [\"cultural\", \"council_tax_rise\"]",
        "visible: [\"cultural\", \"council_tax_rise\", \"council_tax_rise\"]",
        "\"council_tax_rise\"],\n            unlocked",
        "twice",
    );
    fails(
        "unlocked: [\"co_production\", \"council_tax_rise\"]",
        "unlocked: [\"co_production\", \"grant_change\"]",
        "\"grant_change\"",
        "does not show it",
    );
    // A domain only partly visible cannot be unlocked.
    fails(
        "unlocked: [\"co_production\", \"council_tax_rise\"]",
        "unlocked: [\"co_production\", \"financial\"]",
        "\"financial\"",
        "unlocks \"reserves_use\" but does not show it",
    );
}

#[test]
fn lever_choices_of_the_wrong_shape_are_refused_at_the_value() {
    for (to, at, says) in [
        ("visible: all,", "all,", "double quotes"),
        ("visible: \"everything\",", "\"everything\"", "in a list"),
        ("visible: 7,", "7,", "found the unsigned integer"),
        ("visible: [3],", "3]", "expected text in double quotes"),
    ] {
        fails(
            "visible: [\"cultural\", \"council_tax_rise\"],",
            to,
            at,
            says,
        );
    }
}

#[test]
fn unknown_scenarios_are_placed_at_the_id() {
    let p = fails(
        "scenario: \"old-deal\",",
        "scenario: \"old-dael\",",
        "\"old-dael\"",
        "loads scenario \"old-dael\"",
    );
    assert!(p.message.contains("did you mean \"old-deal\""), "{p:?}");
    assert!(p.message.contains("old-deal, new-deal"), "{p:?}");
    fails(
        "baseline: \"new-deal\",",
        "baseline: \"no-deal\",",
        "\"no-deal\"",
        "draws behind scenario \"no-deal\"",
    );
    fails(
        "compare: [\"old-deal\", \"new-deal\"],",
        "compare: [\"old-deal\", \"raw-deal\"],",
        "\"raw-deal\"",
        "compares scenario \"raw-deal\"",
    );
    fails(
        "compare: [\"old-deal\", \"new-deal\"],",
        "compare: [\"old-deal\", \"new-deal\", \"old-deal\"],",
        "\"old-deal\"],",
        "twice",
    );
}

#[test]
fn too_many_compared_scenarios_are_refused() {
    let mut scenarios = String::new();
    let mut ids = Vec::new();
    for i in 0..9 {
        scenarios.push_str(&format!("        (id: \"s{i}\", name: \"S{i}\"),\n"));
        ids.push(format!("\"s{i}\""));
    }
    let text = edit(
        &edit(
            BASE,
            "    scenarios: [\n",
            &format!("    scenarios: [\n{scenarios}"),
        ),
        "compare: [\"old-deal\", \"new-deal\"],",
        &format!("compare: [{}],", ids.join(", ")),
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].line, found[0].column),
        position_of(&text, "\"s8\"]")
    );
    assert!(found[0].message.contains("at most 8"), "{:?}", found[0]);
}

#[test]
fn stage_ids_must_be_valid_and_different() {
    fails(
        "id: \"second\"",
        "id: \"first\"",
        "\"first\",\n            title: \"Second\"",
        "stage id \"first\" is used twice",
    );
    fails(
        "id: \"second\"",
        "id: \"Second Stage\"",
        "\"Second Stage\"",
        "lower-case",
    );
}

#[test]
fn challenge_targets_are_placed_at_the_column_inside_the_text() {
    // Column 30 of the target, not the start of the string.
    fails(
        "target: \"gap<=0 by 2035 and reserves>=minimum\"",
        "target: \"gap<=0 by 2035 and reserves>=minimun\"",
        "minimun",
        "the challenge's target",
    );
    fails(
        "target: \"gap<=0 by 2035 and reserves>=minimum\"",
        "target: \"gap<0 by 2035 and reserves>=minimum\"",
        "<0 by",
        "not a target operator",
    );
    fails(
        "target: \"gap<=0 by 2035 and reserves>=minimum\"",
        "target: \"gapp<=0 by 2035 and reserves>=minimum\"",
        "gapp",
        "did you mean `gap`",
    );
    // Escapes before the mistake count as the one character they stand for.
    fails(
        "target: \"gap<=0 by 2035 and reserves>=minimum\"",
        "target: \"gap<=0 by 2035 \\u{2227} reserves>=minimum\"",
        "\\u{2227}",
        "unexpected `∧`",
    );
    // Checked against the workshop: a year outside the horizon, a cap with no room.
    fails(
        "target: \"gap<=0 by 2035 and reserves>=minimum\"",
        "target: \"gap<=0 by 2045 and reserves>=minimum\"",
        "2045",
        "outside the horizon, 2026 to 2040",
    );
    fails(
        "target: \"gap<=0 by 2035 and reserves>=minimum\"",
        "target: \"gap<=0 and council_tax_rise<=-1\"",
        "council_tax_rise<=-1",
        "no room",
    );
    fails(
        "target: \"gap<=0 by 2035 and reserves>=minimum\"",
        "target: \"  \"",
        "\"  \"",
        "empty",
    );
    fails(
        "wording: \"Close the gap by 2035.\"",
        "wording: \" \"",
        "\" \"",
        "plain English",
    );
    fails(
        "wording: \"Close the gap by 2035.\",",
        "",
        "),\n            minutes: 10",
        "needs the field `wording`",
    );
}

#[test]
fn text_must_fit_the_screen() {
    let long = "word ".repeat(70);
    fails(
        "narrative: \"Short.\"",
        &format!("narrative: \"{long}\""),
        &format!("\"{long}"),
        "back of the room",
    );
    let long = "t".repeat(81);
    fails(
        "title: \"First\"",
        &format!("title: \"{long}\""),
        &format!("\"{long}"),
        "keep it to 80",
    );
    fails(
        "title: \"First\"",
        "title: \"\"",
        "\"\",\n            narrative",
        "needs a title",
    );
    fails(
        "talking_points: [\"One.\", \"Two.\"]",
        "talking_points: [\"One.\", \"\"]",
        "\"\"]",
        "talking point 2 is empty",
    );
    let long = "q".repeat(201);
    fails(
        "predict: \"Which curve moves first?\"",
        &format!("predict: \"{long}\""),
        &format!("\"{long}"),
        "keep it to 200",
    );
}

#[test]
fn durations_must_be_whole_minutes_in_range() {
    fails(
        "minutes: 10,",
        "minutes: 0,",
        "0,\n            predict",
        "1 to 120",
    );
    fails("minutes: 10,", "minutes: 121,", "121", "1 to 120");
    fails("minutes: 10,", "minutes: 7.5,", "7.5", "whole number");
    fails(
        "minutes: 10,",
        "minutes: \"ten\",",
        "\"ten\"",
        "whole number",
    );
    fails(
        "            minutes: 5,\n",
        "",
        "),\n    ],\n)",
        "a stage needs the field `minutes`",
    );
}

#[test]
fn predict_needs_something_to_reveal_and_a_question() {
    // No scenario to load and no lever the room may move.
    let text = edit(
        &edit(BASE, "            scenario: \"old-deal\",\n", ""),
        "unlocked: [\"co_production\", \"council_tax_rise\"],",
        "unlocked: \"none\",",
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].line, found[0].column),
        position_of(&text, "\"Which curve")
    );
    assert!(found[0].message.contains("nothing to reveal"), "{found:?}");

    fails(
        "predict: \"Which curve moves first?\"",
        "predict: \"\"",
        "\"\",\n        ),",
        "it is empty",
    );
}

#[test]
fn unknown_fields_wrong_types_and_views_are_refused_in_place() {
    let p = fails(
        "            question: \"Why?\",",
        "            qestion: \"Why?\",",
        "qestion",
        "unknown field `qestion` in a stage",
    );
    assert!(
        p.message.contains("talking_points"),
        "lists the fields: {p:?}"
    );
    fails(
        "                wording: \"Close the gap by 2035.\",",
        "                wording: \"Close the gap by 2035.\",\n                colour: \"red\",",
        "colour",
        "unknown field `colour` in a stage's challenge",
    );
    fails(
        "view: compare,",
        "view: slides,",
        "slides",
        "`explore` or `map`",
    );
    fails(
        "title: \"Second\"",
        "title: 2",
        "2,\n            view",
        "text in double quotes",
    );
    fails(
        "talking_points: [\"One.\", \"Two.\"]",
        "talking_points: \"One.\"",
        "\"One.\"",
        "",
    );
}

#[test]
fn every_problem_is_reported_together_in_file_order() {
    let text = edit(
        &edit(
            &edit(BASE, "scenario: \"old-deal\",", "scenario: \"nope\","),
            "minutes: 5,",
            "minutes: 500,",
        ),
        "visible: [\"cultural\", \"council_tax_rise\"]",
        "visible: [\"cultural\", \"council_tax_rse\"]",
    );
    let found = problems(&text);
    let places: Vec<(usize, usize)> = found.iter().map(|p| (p.line, p.column)).collect();
    assert_eq!(
        places,
        [
            position_of(&text, "\"council_tax_rse\""),
            position_of(&text, "\"nope\""),
            position_of(&text, "500"),
        ],
        "{found:#?}"
    );
}

#[test]
fn other_semantic_errors_are_still_reported() {
    // A lever default outside its range, and a duplicate scenario id.
    let text = edit(
        BASE,
        "    scenarios: [",
        "    levers: { \"co_production\": (default: 99.0) },\n    scenarios: [",
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("outside its range"), "{found:?}");

    let text = edit(
        BASE,
        "(id: \"new-deal\", name: \"New\"",
        "(id: \"old-deal\", name: \"New\"",
    );
    let found = problems(&text);
    assert!(
        found.iter().any(|p| p.message.contains("used twice")),
        "{found:#?}"
    );
}

#[test]
fn a_lever_may_be_narrowed_but_never_widened_past_its_physical_range() {
    // Narrowing, and widening the slider within the physical range, are fine.
    let ok = edit(
        BASE,
        "    scenarios: [",
        "    levers: { \"council_tax_rise\": (min: 1.0, max: 15.0), \"co_production\": (max: 40.0) },\n    scenarios: [",
    );
    let w = parse_workshop("test.ron", &ok).expect("within the physical range");
    assert_eq!(w.lever("council_tax_rise").unwrap().max, 15.0);
    // A council tax rise of 1000% a year, and numbers near the largest a float holds, are
    // refused at the lever, with the range that holds.
    for (field, value) in [("max", "1000.0"), ("min", "-1e308"), ("max", "1e308")] {
        let from = "    scenarios: [";
        let to = format!(
            "    levers: {{ \"council_tax_rise\": ({field}: {value}) }},\n    scenarios: ["
        );
        let p = fails(
            from,
            &to,
            "\"council_tax_rise\": (",
            "can never go beyond −10% a year to 30% a year",
        );
        assert!(p.message.contains("not widen"), "{p:?}");
        assert!(
            !p.message.contains("000000000"),
            "no 309-digit number: {p:?}"
        );
    }
    // Every lever's slider lies within its physical range.
    for s in LEVER_SPECS {
        assert!(s.limits.0 <= s.min && s.max <= s.limits.1, "{}", s.id);
    }
}

// ------------------------------------------------------------------------------ challenges

#[test]
fn challenges_are_judged_live_against_the_projection() {
    let w = Workshop::bundled();
    let stage = w.stage("test-our-deal").expect("the stage");
    let (old, p_old) = run(&w, "old-deal");
    let (new, p_new) = run(&w, "new-deal");
    assert_eq!(stage.challenge_met(&p_old, &old), Some(false));
    assert_eq!(stage.challenge_met(&p_new, &new), Some(true));

    // A lever cap in the target: the new deal with a referendum-sized rise is not met.
    let mut over = new;
    over.0[index("council_tax_rise")] = 6.0;
    let p_over = simulate(&w.assumptions, &over);
    assert_eq!(stage.challenge_met(&p_over, &over), Some(false));
    let outcomes = stage
        .challenge
        .as_ref()
        .unwrap()
        .assess(&p_over, &over)
        .unwrap();
    assert!(
        outcomes
            .iter()
            .any(|o| o.subject == "council_tax_rise" && !o.met)
    );

    // A stage without a challenge has nothing to say.
    assert_eq!(
        w.stage("cultural").unwrap().challenge_met(&p_new, &new),
        None
    );

    // The room changes the assumptions: judged on the projection's own years and minimum.
    let mut a = w.assumptions.clone();
    a.base_year = 2027;
    let p = simulate(&a, &new);
    assert_eq!(stage.challenge_met(&p, &new), Some(true));
    a.prudent_minimum = 500.0;
    let p = simulate(&a, &new);
    assert_eq!(stage.challenge_met(&p, &new), Some(false));
    // A horizon that ends before the challenge's year: it cannot be judged.
    let mut a = w.assumptions.clone();
    a.horizon_years = 8;
    let p = simulate(&a, &new);
    assert_eq!(stage.challenge_met(&p, &new), None);
}

/// Seek the stage's challenge from its scenario with the levers it unlocks.
fn seek_stage(w: &Workshop, stage: &str) -> SeekStatus {
    let s = w.stage(stage).unwrap();
    let c = s.challenge.as_ref().unwrap();
    let start = w.values_for(w.scenario(s.scenario.as_deref().unwrap()).unwrap());
    let movable: Vec<usize> = s.unlocked.indices().collect();
    let r = seek(
        &w.assumptions,
        &start,
        &w.levers,
        c.goal(),
        &movable,
        &mut |_| true,
    );
    if r.status == SeekStatus::Met {
        assert_eq!(s.challenge_met(&r.projection, &r.levers), Some(true));
        assert!(r.changes.iter().all(|ch| s.lever_unlocked(ch.index)));
    }
    r.status
}

#[test]
fn every_shipped_challenge_starts_unmet_and_can_be_met_with_the_stage_s_levers() {
    // Except one, on purpose: money alone cannot close the jaws without a referendum.
    let impossible = [("new-model", "financial")];
    for w in Workshop::bundled_all() {
        for s in w.stages.iter().filter(|s| s.challenge.is_some()) {
            let scenario = s
                .scenario
                .as_deref()
                .expect("a challenge stage loads a scenario");
            let (v, p) = run(&w, scenario);
            assert_eq!(
                s.challenge_met(&p, &v),
                Some(false),
                "{}/{}: the challenge is already met as the stage opens",
                w.id,
                s.id
            );
            let status = seek_stage(&w, &s.id);
            if impossible.contains(&(w.id.as_str(), s.id.as_str())) {
                assert_eq!(status, SeekStatus::NotMet, "{}/{}", w.id, s.id);
            } else {
                assert_eq!(status, SeekStatus::Met, "{}/{}", w.id, s.id);
            }
        }
    }
}

// ------------------------------------------------------------------------------ shipped workshops

#[test]
fn every_bundled_workshop_parses_and_is_named_by_its_file() {
    assert_eq!(BUNDLED[0].0, "new-model.ron", "the default comes first");
    for (file, text) in BUNDLED {
        let w = parse_workshop(file, text).unwrap_or_else(|p| panic!("{file}:\n{p}"));
        assert_eq!(format!("{}.ron", w.id), *file, "the id is the file name");
        let on_disk = std::fs::read_to_string(workshops_dir().join(file)).unwrap();
        assert_eq!(on_disk, *text);
        let stem = file.strip_suffix(".ron").unwrap();
        for name in [*file, stem, &format!("workshops/{file}")] {
            assert_eq!(Workshop::bundled_named(name).as_ref(), Some(&w), "{name}");
        }
        assert!(!w.stages.is_empty(), "{file} has stages");
        assert!(!w.audience.is_empty(), "{file} says who it is for");
    }
    assert_eq!(
        Workshop::bundled_named("new-model"),
        Some(Workshop::bundled())
    );
    assert_eq!(Workshop::bundled_named("no-such-workshop"), None);
    assert_eq!(Workshop::bundled_all().len(), BUNDLED.len());

    // Every workshop shipped in workshops/ is bundled.
    let mut shipped: Vec<String> = std::fs::read_dir(workshops_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    shipped.sort();
    let mut bundled: Vec<String> = BUNDLED.iter().map(|(f, _)| f.to_string()).collect();
    bundled.sort();
    assert_eq!(shipped, bundled);
}

#[test]
fn jaws_check_passes_every_shipped_workshop() {
    let mut args = vec!["check".to_owned()];
    for (file, _) in BUNDLED {
        args.push(workshops_dir().join(file).to_string_lossy().into_owned());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = jaws(&args);
    let stdout = &out.stdout;
    assert_eq!(out.code, Some(0), "{stdout}\n{}", out.stderr);
    assert_eq!(
        stdout.matches("ok (workshop)").count(),
        BUNDLED.len(),
        "{stdout}"
    );
}

#[test]
fn the_half_day_walks_through_the_whole_model() {
    let w = Workshop::bundled();
    let minutes = w.total_minutes();
    assert!(
        (195..=225).contains(&minutes),
        "about three and a half hours, not {minutes} minutes"
    );
    let ids: Vec<&str> = w.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "the-old-deal",
            "the-jaws",
            "cultural",
            "structural",
            "political",
            "financial",
            "one-system",
            "the-new-deal",
            "scale-up",
            "test-our-deal",
            "our-deal",
        ]
    );
    // One stage a domain, showing that domain's levers.
    for domain in jaws::model::levers::Domain::ALL {
        let s = w.stage(domain.id()).unwrap();
        for (i, spec) in LEVER_SPECS.iter().enumerate() {
            assert_eq!(s.lever_visible(i), spec.domain == domain, "{}", spec.id);
        }
        assert!(!s.unlocked.is_empty());
    }
    // The national settlement is shown, never unlocked, in the political stage.
    let political = w.stage("political").unwrap();
    assert!(!political.lever_unlocked(index("grant_change")));
    assert_eq!(w.stage("one-system").unwrap().view, StageView::Map);
    assert_eq!(w.stage("our-deal").unwrap().view, StageView::Deal);
    assert!(w.stages.iter().filter(|s| s.predicts()).count() >= 1);
    assert!(w.stages.iter().filter(|s| s.challenge.is_some()).count() >= 2);
}

#[test]
fn the_cabinet_hour_is_an_hour_on_the_default_figures() {
    let w = Workshop::bundled_named("cabinet-60").unwrap();
    assert!((5..=7).contains(&w.stages.len()));
    assert_eq!(w.total_minutes(), 60);
    let default = Workshop::bundled();
    assert_eq!(w.assumptions, default.assumptions);
    assert_eq!(w.sources, default.sources);
    assert_eq!(w.uncertain, default.uncertain);
    assert_eq!(w.levers, default.levers);
    assert_eq!(w.scenarios, default.scenarios);
    assert!(w.stages.iter().any(|s| s.predicts()));
    assert!(w.stages.iter().any(|s| s.challenge.is_some()));
}

#[test]
fn adult_social_care_has_its_own_wider_jaws_and_says_what_is_judgement() {
    let w = Workshop::bundled_named("adult-social-care").unwrap();
    let default = Workshop::bundled();
    // The whole budget is adult social care, the line whose need and costs grow fastest.
    assert_eq!(w.assumptions.adults_share, 100.0);
    assert!(w.assumptions.adults_share > default.assumptions.adults_share);
    assert!(w.assumptions.base_budget < default.assumptions.base_budget);
    // Every figure of its own is a judgement, bar the Bank of England's target and the
    // statement of what the budget covers.
    for (id, source) in &w.sources {
        assert!(
            source.starts_with("Judgement") || id == "general_inflation" || id == "adults_share",
            "{id}: {source}"
        );
    }
    // The jaws are wider: the old deal's final gap is a larger share of the budget.
    let share = |w: &Workshop| {
        let (_, p) = run(w, "old-deal");
        p.final_row().gap / w.assumptions.base_budget
    };
    assert!(share(&w) > share(&default) * 1.2);
    // Levers speak the language of care.
    assert_eq!(
        w.lever("service_reductions").unwrap().label,
        "Tightening eligibility"
    );
}

/// What the talking points and predict questions say happens, checked against the model, so
/// that a change to the model cannot leave a facilitator saying something untrue.
#[test]
fn what_the_stages_tell_the_room_is_what_the_model_shows() {
    let w = Workshop::bundled();
    let (_, old) = run(&w, "old-deal");
    let (_, cut) = run(&w, "cut-to-balance");
    let (_, new) = run(&w, "new-deal");
    let (_, pilots) = run(&w, "pilots-only");
    // The old deal balances by cutting: reserves fall every year to just above the minimum,
    // social care takes two thirds of the budget, a sixth of other services' demand is unmet.
    let last = old.final_row();
    assert!(old.rows.windows(2).all(|w| w[1].reserves < w[0].reserves));
    assert!(last.reserves > old.prudent_minimum && last.reserves < old.prudent_minimum + 20.0);
    assert!(last.social_care_share() > 0.65);
    let other = last.lines.get(jaws::model::Line::Other);
    assert!((0.8..0.87).contains(&(other.spending / other.demand)));
    // Resources rise more slowly than demand, grant falls in real terms.
    assert!(last.resources > old.rows[0].resources);
    assert!(last.grant < old.rows[0].grant);
    assert!(last.demand / old.rows[0].demand > last.resources / old.rows[0].resources);
    // Cutting to balance protects reserves, but the jaws are as wide as ever, and by the end
    // the old deal has made the same cuts.
    assert!(
        cut.rows
            .iter()
            .zip(&old.rows)
            .all(|(c, o)| c.reserves > o.reserves)
    );
    assert!(
        cut.rows
            .iter()
            .zip(&old.rows)
            .all(|(c, o)| c.gap >= o.gap - 0.5)
    );
    assert!((cut.final_row().savings / last.savings - 1.0).abs() < 0.05);
    assert!((cut.final_row().social_care_share() - last.social_care_share()).abs() < 0.01);
    // The new deal costs more for the first three years, then less.
    for (i, (n, o)) in new.rows.iter().zip(&old.rows).enumerate() {
        assert_eq!(n.gap > o.gap, i < 3, "year {}", n.year);
    }
    // Pilots that never scale: by the end the gap is almost exactly the old deal's.
    assert!((pilots.final_row().gap / last.gap - 1.0).abs() < 0.02);

    let w = Workshop::bundled_named("adult-social-care").unwrap();
    let (_, old) = run(&w, "old-deal");
    let (_, tight) = run(&w, "tighten-eligibility");
    let (_, integration) = run(&w, "integration-only");
    let (_, new) = run(&w, "new-deal");
    // Tightening eligibility puts off the section 114 point by about four years but closes
    // none of the jaws, and the old deal ends up tightening as far.
    let s114 = |p: &Projection| p.headlines().section_114.unwrap();
    assert!((3..=5).contains(&(s114(&tight) - s114(&old))));
    // (Until the old deal's own section 114 point: after it, the shortfall it cannot fund
    // comes back as crisis and widens its jaws further.)
    assert!(
        tight
            .rows
            .iter()
            .zip(&old.rows)
            .filter(|(_, o)| o.year < s114(&old))
            .all(|(t, o)| t.gap >= o.gap - 0.5)
    );
    assert!((tight.final_row().savings / old.final_row().savings - 1.0).abs() < 0.05);
    // Integration on its own closes little of the gap.
    let closed = old.final_row().gap - integration.final_row().gap;
    assert!(closed > 0.0 && closed < 0.1 * old.final_row().gap);
    // The new deal for care closes the jaws, running reserves down first, and a decade on
    // they begin to open again.
    assert!(new.headlines().jaws_close.is_some());
    assert!(new.headlines().reserves_below_minimum.is_none());
    let lowest = new.rows.iter().map(|r| r.reserves).fold(f64::MAX, f64::min);
    assert!(lowest < new.rows[0].reserves);
    let widest = new.rows.iter().map(|r| r.gap).fold(f64::MAX, f64::min);
    assert!(new.final_row().gap > widest + 10.0);
}

// ------------------------------------------------------------------------------ the map

/// `BASE` with a `map` field holding `entries`, one a line.
fn with_map(entries: &[&str]) -> String {
    let lines: String = entries.iter().map(|e| format!("        {e}\n")).collect();
    edit(
        BASE,
        "    stages: [",
        &format!("    map: {{\n{lines}    }},\n    stages: ["),
    )
}

/// The problems of `BASE` with these map entries: each at the needle given (unique in the
/// edited text), saying what is given, in file order.
fn map_fails(entries: &[&str], expected: &[(&str, &str)]) -> Vec<Problem> {
    let text = with_map(entries);
    let found = problems(&text);
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for (p, (at, says)) in found.iter().zip(expected) {
        assert_eq!(
            (p.line, p.column),
            position_of(&text, at),
            "placed at `{at}`: {p:?}"
        );
        assert!(p.message.contains(says), "should say {says:?}: {p:?}");
        assert!(!p.message.contains("WorkshopFile"), "{p:?}");
    }
    found
}

#[test]
fn map_positions_are_read_and_kept() {
    let text = with_map(&["\"trust\": (0.35, 0.12),", "\"gap\": (0.5, 0.9),"]);
    let w = parse_workshop("test.ron", &text).unwrap();
    assert_eq!(
        w.map_positions,
        std::collections::BTreeMap::from([
            ("gap".to_owned(), (0.5, 0.9)),
            ("trust".to_owned(), (0.35, 0.12)),
        ])
    );
    // The edges of the allowed ranges are allowed, and every stock and flow may be placed.
    let text = with_map(&[
        "\"need\": (0.22, 0.03),",
        "\"demand\": (0.78, 0.97),",
        "\"unmet_need\": (0.5, 0.5), // a comment",
    ]);
    let w = parse_workshop("test.ron", &text).unwrap();
    assert_eq!(w.map_positions["need"], (0.22, 0.03));
    assert_eq!(w.map_positions["demand"], (0.78, 0.97));
    for node in jaws::model::links::NODES {
        let text = with_map(&[&format!("\"{}\": (0.4, 0.6),", node.id)]);
        let w = parse_workshop("test.ron", &text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(w.map_positions[node.id], (0.4, 0.6));
    }
    // Without `map`, nothing is placed by hand: the shipped workshops leave it to Jaws.
    assert!(
        parse_workshop("test.ron", BASE)
            .unwrap()
            .map_positions
            .is_empty()
    );
    assert!(
        Workshop::bundled_all()
            .iter()
            .all(|w| w.map_positions.is_empty())
    );
    // A version 1 file may carry it too.
    let v1 = edit(
        &edit(
            &edit(BASE, "    audience: \"Testers\",\n", ""),
            "version: 3,",
            "version: 1,",
        ),
        "    stages: [",
        "    map: { \"trust\": (0.6, 0.5) },\n    stages: [",
    );
    let v1 = format!("{}\n)\n", &v1[..v1.find("    stages: [").unwrap()]);
    let w = parse_workshop("v1.ron", &v1).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(w.map_positions["trust"], (0.6, 0.5));
}

#[test]
fn map_positions_for_levers_are_refused_at_the_id() {
    let found = map_fails(
        &["\"trust\": (0.3, 0.1),", "\"co_production\": (0.5, 0.5),"],
        &[(
            "\"co_production\": (",
            "\"co_production\" is a lever: levers are placed in their domain's region automatically; only stocks and flows can be placed: ",
        )],
    );
    for node in jaws::model::links::NODES {
        assert!(found[0].message.contains(node.id), "{:?}", found[0]);
    }
}

#[test]
fn unknown_map_nodes_are_refused_with_a_guess() {
    let found = map_fails(
        &["\"trsut\": (0.3, 0.1),"],
        &[("\"trsut\"", "did you mean \"trust\"")],
    );
    assert!(
        found[0]
            .message
            .contains("the stocks and flows that can be placed are: "),
        "{:?}",
        found[0]
    );
    // Nothing close: no guess, still the list.
    let found = map_fails(
        &["\"the_council\": (0.3, 0.1),"],
        &[("\"the_council\"", "structural_savings")],
    );
    assert!(!found[0].message.contains("did you mean"), "{:?}", found[0]);
}

#[test]
fn map_positions_out_of_range_are_refused_at_the_number() {
    map_fails(
        &["\"trust\": (0.9, 0.5),"],
        &[(
            "0.9",
            "x = 0.9, outside the map: expected a number from 0.22 to 0.78",
        )],
    );
    map_fails(
        &["\"trust\": (0.21, 0.5),"],
        &[("0.21", "from 0.22 to 0.78")],
    );
    map_fails(
        &["\"gap\": (0.5, 1.2),"],
        &[(
            "1.2",
            "y = 1.2, outside the map: expected a number from 0.03 to 0.97",
        )],
    );
    map_fails(&["\"gap\": (0.5, -0.1),"], &[("-0.1", "from 0.03 to 0.97")]);
    // Not finite, and both wrong at once: each at its own number.
    map_fails(
        &["\"gap\": ( inf ,NaN ),"],
        &[("inf", "x = inf"), ("NaN", "y = NaN")],
    );
}

#[test]
fn a_map_node_given_twice_is_refused_at_the_second() {
    map_fails(
        &[
            "\"trust\": (0.3, 0.1),",
            "\"gap\": (0.5, 0.9),",
            "\"trust\": (0.4, 0.2),",
        ],
        &[("\"trust\": (0.4", "`trust` appears twice in this map")],
    );
}

#[test]
fn every_bad_map_entry_is_reported_together_and_by_jaws_check() {
    let entries = [
        "\"council_tax_rise\": (0.5, 0.5),",
        "\"trst\": (0.3, 0.1),",
        "\"gap\": (0.1, 0.9),",
        "\"demand\": (0.4, 0.99),",
        "\"trust\": \"top\",",
    ];
    // A value of the wrong shape stops the reading there, like any other.
    map_fails(
        &entries,
        &[("\"top\"", "a pair of numbers, like (0.5, 0.5)")],
    );
    let entries = &entries[..4];
    let expected = [
        ("\"council_tax_rise\": (", "is a lever"),
        ("\"trst\"", "did you mean \"trust\""),
        ("0.1, 0.9", "x = 0.1"),
        ("0.99", "y = 0.99"),
    ];
    map_fails(entries, &expected);

    let text = with_map(entries);
    let tmp = scratch("map");
    let dir = tmp.path();
    let path = dir.join("map.ron");
    std::fs::write(&path, &text).unwrap();
    let name = path.to_str().unwrap();
    let out = jaws(&["check", name]);
    let stderr = &out.stderr;
    assert_eq!(out.code, Some(1), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), expected.len(), "{stderr}");
    for (line, (at, says)) in lines.iter().zip(expected) {
        let (l, c) = position_of(&text, at);
        let head = format!("{name}:{l}:{c}: ");
        assert!(line.starts_with(&head), "{line:?} should start {head:?}");
        assert!(line.contains(says), "{line:?} should say {says:?}");
    }
}
