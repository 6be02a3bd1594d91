//! Session and scenario files: round trips, versions, corrupt and truncated files refused and
//! left untouched, atomic saves.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use jaws::model::Assumptions;
use jaws::workshop::atomic::TEMP_MARKER;
use jaws::workshop::session::{
    CapturedScenario, DealCard, DealSide, Overwrite, Prediction, SESSION_FORMAT, SaveError,
    Session, load_scenario_file, load_session, parse_session, save_scenario_file, save_session,
    scenario_file_to_string, session_to_string,
};
use jaws::workshop::{Problems, ScenarioFile, Workshop, parse_scenario_file};

use crate::common::scratch;

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A session with every field in use, including text that needs escaping.
fn full_session(w: &Workshop) -> Session {
    let mut s = Session::new(w);
    let mut values = w.default_values();
    values.0[1] = 35.0;
    values.0[12] = 2.99;
    let mut a = w.assumptions.clone();
    a.demographic_growth = 2.25;
    a.base_year = 2027;
    a.horizon_years = 12;
    s.set_current(w, &values, &a);
    s.stage = Some(3);
    s.notes =
        "First line, with \"quotes\", a back\\slash and £.\n\nSecond paragraph: ∑ ünïcödé.".into();
    s.scenarios.push(CapturedScenario::capture(
        "table-1",
        "Table 1: relationships first",
        "Invest early;\nscale fast.",
        w,
        &values,
    ));
    s.scenarios.push(CapturedScenario {
        id: "cabinet".into(),
        name: "Cabinet's path".into(),
        note: String::new(),
        levers: BTreeMap::from([("service_reductions".to_owned(), 5.0)]),
        captured: "2026-03-14T11:00:00+01:00".into(),
    });
    s.deal = vec![
        DealCard {
            id: "open-books".into(),
            text: "Publish the budget choices <openly> & early".into(),
            side: DealSide::Council,
            levers: vec!["public_engagement".into()],
        },
        DealCard {
            id: "lunch-clubs".into(),
            text: "Run the lunch clubs with volunteers".into(),
            side: DealSide::Community,
            levers: vec!["community_delivery".into(), "co_production".into()],
        },
    ];
    s.predictions = vec![Prediction {
        stage: "the-old-deal".into(),
        said: "Most tables said 2031; \"table 4\" said 2029.".into(),
        strokes: vec![
            vec![[2026.0, 760.5], [2030.25, 830.0], [2035.0, 901.125]],
            vec![[2026.0, 750.0], [2040.0, 700.0]],
        ],
        revealed: true,
    }];
    s
}

#[test]
fn a_session_round_trips_through_text_and_through_a_file() {
    let w = Workshop::bundled();
    let s = full_session(&w);
    let text = session_to_string(&s);
    assert!(text.contains(SESSION_FORMAT));
    let back = parse_session("mem", &text, &w).unwrap_or_else(|p| panic!("{p}\n{text}"));
    assert_eq!(back, s);

    let tmp = scratch("round-trip");
    let dir = tmp.path();
    let path = dir.join("workshop.jaws-session.ron");
    save_session(&path, &s, Overwrite::IfReadable).unwrap();
    let loaded = load_session(&path, &w).unwrap();
    assert_eq!(loaded, s);
    // Saving what was loaded gives the same bytes: nothing drifts between saves.
    let first = fs::read(&path).unwrap();
    save_session(&path, &loaded, Overwrite::IfReadable).unwrap();
    assert_eq!(fs::read(&path).unwrap(), first);

    // Current levers and assumptions come back as they were set.
    assert_eq!(loaded.current_values(&w).0[1], 35.0);
    let a: Assumptions = loaded.current_assumptions(&w);
    assert_eq!((a.base_year, a.horizon_years), (2027, 12));
    assert_eq!(a.demographic_growth, 2.25);
    assert_eq!(a.cost_inflation, w.assumptions.cost_inflation);
    assert_eq!(files_in(dir), vec!["workshop.jaws-session.ron"]);
}

#[test]
fn an_empty_session_round_trips_and_has_no_stage() {
    let w = Workshop::bundled();
    let s = Session::new(&w);
    let text = session_to_string(&s);
    assert!(!text.contains("stage"), "{text}");
    assert!(!text.contains("predictions"), "{text}");
    assert_eq!(parse_session("mem", &text, &w).unwrap(), s);
}

#[test]
fn only_a_session_with_the_rooms_own_work_is_worth_restoring() {
    let w = Workshop::bundled();
    let mut s = Session::new(&w);
    assert!(!s.holds_work(&w), "an untouched session");
    // Levers as one of the workshop's scenarios left them: nothing of the room's own.
    let new_deal = w.values_for(w.scenario("new-deal").unwrap());
    s.set_current(&w, &new_deal, &w.assumptions);
    assert!(!s.holds_work(&w), "a scenario loaded, nothing moved");
    let mut moved = new_deal;
    moved.0[1] += 1.0;
    s.set_current(&w, &moved, &w.assumptions);
    assert!(s.holds_work(&w), "a lever the room moved");
    let mut s = Session::new(&w);
    s.predictions.push(Prediction {
        stage: "the-old-deal".into(),
        ..Prediction::default()
    });
    assert!(s.holds_work(&w), "a prediction");
    assert!(full_session(&w).holds_work(&w));
}

#[test]
fn a_sketched_point_that_is_not_a_number_is_refused_where_it_is() {
    let w = Workshop::bundled();
    let mut s = Session::new(&w);
    s.predictions.push(Prediction {
        stage: "the-old-deal".into(),
        strokes: vec![vec![[2026.0, 760.0]]],
        ..Prediction::default()
    });
    let text = session_to_string(&s).replace("760.0", "NaN");
    let problems = parse_session("s.ron", &text, &w).unwrap_err().to_string();
    assert!(problems.contains("not a finite number"), "{problems}");
    let line = text.lines().position(|l| l.contains("NaN")).unwrap() + 1;
    assert!(
        problems.contains(&format!("s.ron:{line}:"))
            || problems.contains(&format!("s.ron:{}:", line - 1)),
        "located near line {line}: {problems}"
    );
}

#[test]
fn a_scenario_file_round_trips() {
    let w = Workshop::bundled();
    let file = ScenarioFile {
        workshop: w.id.clone(),
        scenario: jaws::workshop::Scenario {
            id: "table-2".into(),
            name: "Table 2 \"bold\"".into(),
            note: "Line one\nline two".into(),
            levers: BTreeMap::from([
                ("co_production".to_owned(), 20.0),
                ("grant_change".to_owned(), -3.5),
            ]),
        },
        migration: Vec::new(),
    };
    let text = scenario_file_to_string(&file);
    assert_eq!(parse_scenario_file("mem", &text, &w).unwrap(), file);

    let tmp = scratch("scenario");
    let dir = tmp.path();
    let path = dir.join("table-2.ron");
    save_scenario_file(&path, &file, Overwrite::IfReadable).unwrap();
    assert_eq!(load_scenario_file(&path, &w).unwrap(), file);
    // `jaws check` agrees it is a scenario file.
    let out = Command::new(env!("CARGO_BIN_EXE_jaws"))
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("ok (scenario)"));
    assert_eq!(files_in(dir), vec!["table-2.ron"]);
}

fn problems_of(text: &str) -> Problems {
    parse_session("s.ron", text, &Workshop::bundled()).expect_err("should be refused")
}

#[test]
fn versions_this_jaws_does_not_read_are_refused_clearly() {
    let zero =
        problems_of("(\n  format: \"jaws-session\",\n  version: 0,\n  workshop: \"new-model\",\n)");
    assert_eq!(zero.0.len(), 1, "{zero}");
    assert_eq!((zero.0[0].line, zero.0[0].column), (3, 3));
    assert!(zero.0[0].message.contains("versions start at 1"), "{zero}");

    let future = problems_of(
        "(\n  format: \"jaws-session\",\n  version: 4,\n  workshop: \"new-model\",\n  hologram: true,\n)",
    );
    assert_eq!(future.0.len(), 1, "{future}");
    assert_eq!((future.0[0].line, future.0[0].column), (3, 3));
    assert!(future.0[0].message.contains("newer Jaws"), "{future}");
    assert!(future.0[0].message.contains("update Jaws"), "{future}");
}

/// A session as the first model's Jaws wrote it: money levers in £m a year, the yield on
/// prevention, growth in need for every service.
const SESSION_V1: &str = r#"(
    format: "jaws-session",
    version: 1,
    workshop: "new-model",
    workshop_title: "A new model of public services",
    levers: { "transformation_investment": 15.0, "co_production": 35.0 },
    assumptions: { "prevention_yield": 50.0, "demographic_growth": 2.0 },
    scenarios: [
        (id: "table-1", name: "Table 1", captured: "2026-03-14T10:30:00Z",
         levers: { "relationship_building": 3.0 }),
    ],
)
"#;

#[test]
fn a_version_1_session_reads_now_with_a_note_and_saves_as_the_newest_version() {
    let w = Workshop::bundled();
    let s = parse_session("v1.ron", SESSION_V1, &w).expect("a version 1 session reads");
    // £15m a year of a £750m budget is 2% of it; £3m is 0.4%.
    assert_eq!(s.levers["transformation_investment"], 2.0);
    assert_eq!(s.levers["co_production"], 35.0);
    assert!((s.scenarios[0].levers["relationship_building"] - 0.4).abs() < 1e-12);
    // A yield of 50% a year over the workshop's three years: a return of £1.50 a year per £1.
    assert!(!s.assumptions.contains_key("prevention_yield"));
    assert!((s.assumptions["prevention_return"] - 1.5).abs() < 1e-12);
    assert!((s.assumptions["demographic_growth"] - (2.0 - 0.864)).abs() < 1e-12);
    let notes = s.migration.join(" ");
    for said in [
        "version 1",
        "version 3",
        "share of the budget",
        "levels off",
        "population growth",
    ] {
        assert!(notes.contains(said), "{said:?} not in {notes}");
    }
    // Saved, it is version 3 and reads back the same, with nothing left to say.
    let text = session_to_string(&s);
    assert!(text.contains("version: 3"), "{text}");
    let back = parse_session("v2.ron", &text, &w).unwrap();
    assert!(back.migration.is_empty());
    assert_eq!(back.levers, s.levers);
    assert_eq!(back.assumptions, s.assumptions);

    // A session that changed the base budget converts with its own budget.
    let own = SESSION_V1.replace(
        "\"demographic_growth\": 2.0",
        "\"demographic_growth\": 2.0, \"base_budget\": 300.0",
    );
    let s = parse_session("v1.ron", &own, &w).unwrap();
    assert_eq!(s.levers["transformation_investment"], 5.0);

    // A version 1 scenario file reads the same way.
    let scenario = "(format: \"jaws-scenario\", version: 1, workshop: \"new-model\", scenario: (id: \"t\", name: \"T\", levers: { \"behaviour_change\": 3.0 }))";
    let f = parse_scenario_file("t.ron", scenario, &w).unwrap();
    assert_eq!(f.scenario.levers["behaviour_change"], 0.4);
    assert!(f.migration.join(" ").contains("share of the budget"));
}

#[test]
fn mistakes_are_located_and_all_reported_together() {
    let text = r#"(
    format: "jaws-session",
    version: 1,
    workshop: "new-model",
    levers: { "co_production": 99.0, "nonsense": 1.0 },
    scenarios: [
        (id: "a", name: "A", captured: "yesterday"),
        (id: "a", name: "B", captured: "2026-01-01", levers: { "risk_appetite": 101.0 }),
    ],
    deal: [ (id: "x", text: "t", side: council, levers: ["zzz"]) ],
)"#;
    let p = problems_of(text);
    let found: Vec<(usize, usize, &str)> =
        p.0.iter()
            .map(|p| (p.line, p.column, p.message.as_str()))
            .collect();
    let expect = [
        (5, 15, "co_production to 99"),
        (5, 38, "unknown lever \"nonsense\""),
        (7, 30, "\"yesterday\" is not a date"),
        (8, 10, "\"a\" is used twice"),
        (8, 64, "risk_appetite to 101"),
        (10, 58, "unknown lever \"zzz\""),
    ];
    assert_eq!(found.len(), expect.len(), "{p}");
    for ((line, col, msg), (el, ec, em)) in found.iter().zip(expect) {
        assert_eq!((*line, *col), (el, ec), "{msg}");
        assert!(msg.contains(em), "{msg} should mention {em}");
    }

    let unknown = problems_of(
        "(format: \"jaws-session\", version: 1, workshop: \"new-model\", colour: \"red\")",
    );
    assert!(
        unknown.0[0].message.contains("unknown field `colour`"),
        "{unknown}"
    );

    let twice = problems_of(
        "(format: \"jaws-session\", version: 1, workshop: \"new-model\",\n levers: {\"co_production\": 1.0, \"co_production\": 2.0})",
    );
    assert_eq!((twice.0[0].line, twice.0[0].column), (2, 33), "{twice}");
    assert!(twice.0[0].message.contains("appears twice"), "{twice}");
}

#[test]
fn a_session_for_another_workshop_is_refused_with_both_names() {
    let w = Workshop::bundled();
    let mut s = full_session(&w);
    s.workshop = "my-council".into();
    s.workshop_title = "My council".into();
    let p = parse_session("s.ron", &session_to_string(&s), &w).unwrap_err();
    assert_eq!(p.0.len(), 1, "{p}");
    let m = &p.0[0].message;
    assert!(
        m.contains("\"my-council\"") && m.contains("My council") && m.contains("new-model"),
        "{m}"
    );
}

/// Save a good session, then damage it; the damaged file is refused with a located problem,
/// and a save over it is refused and leaves it byte for byte as it was.
fn refused_and_untouched(dir: &Path, name: &str, damaged: &[u8]) {
    let w = Workshop::bundled();
    let path = dir.join(name);
    fs::write(&path, damaged).unwrap();
    let p = load_session(&path, &w).expect_err("a damaged file is refused");
    for problem in &p.0 {
        assert!(problem.line >= 1 && problem.column >= 1, "{problem}");
        assert_eq!(problem.file, path.display().to_string());
    }
    match save_session(&path, &full_session(&w), Overwrite::IfReadable) {
        Err(SaveError::WouldReplaceUnreadable { problems, .. }) => {
            assert!(!problems.0.is_empty());
        }
        other => panic!("expected a refusal to replace {name}, got {other:?}"),
    }
    assert_eq!(fs::read(&path).unwrap(), damaged, "{name} was changed");
}

#[test]
fn corrupt_and_truncated_sessions_are_refused_and_never_overwritten() {
    let w = Workshop::bundled();
    let tmp = scratch("corrupt");
    let dir = tmp.path();
    let good = session_to_string(&full_session(&w)).into_bytes();

    // Cut short anywhere: refused, never a panic, never replaced.
    let mut cuts: Vec<usize> = (0..good.len()).step_by(37).collect();
    cuts.push(good.len() - 2);
    for (i, cut) in cuts.into_iter().enumerate() {
        refused_and_untouched(dir, &format!("cut-{i}.ron"), &good[..cut]);
    }
    // A cut file says it looks cut off, at its end.
    let half = &good[..good.len() / 2];
    let p = parse_session("s.ron", std::str::from_utf8(half).unwrap_or(""), &w);
    if let Err(p) = p {
        assert!(
            p.0.iter().any(|p| p.message.contains("looks cut off")),
            "{p}"
        );
    }
    // Garbage, binary, a stray byte in the middle, another kind of file.
    refused_and_untouched(dir, "garbage.ron", b"this is not a session at all");
    refused_and_untouched(dir, "binary.ron", &[0xFF, 0xFE, 0x00, 0x12, 0x80]);
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] = b'}';
    refused_and_untouched(dir, "flipped.ron", &flipped);
    refused_and_untouched(
        dir,
        "workshop.ron",
        include_bytes!("../../workshops/new-model.ron"),
    );
    refused_and_untouched(dir, "empty.ron", b"");

    // Asked explicitly, a save replaces even an unreadable file, and the result reads back.
    let path = dir.join("garbage.ron");
    save_session(&path, &full_session(&w), Overwrite::Always).unwrap();
    assert_eq!(
        load_session(&path, &w).unwrap(),
        full_session_without_time(&w, &path)
    );

    assert!(
        !files_in(dir).iter().any(|n| n.contains(TEMP_MARKER)),
        "temporary files left: {:?}",
        files_in(dir)
    );
}

/// The full session with the capture times of the one saved at `path` (captures use "now").
fn full_session_without_time(w: &Workshop, path: &Path) -> Session {
    let saved = load_session(path, w).unwrap();
    let mut s = full_session(w);
    for (a, b) in s.scenarios.iter_mut().zip(&saved.scenarios) {
        a.captured = b.captured.clone();
    }
    s
}

#[test]
fn scenario_files_that_do_not_parse_are_not_overwritten() {
    let w = Workshop::bundled();
    let tmp = scratch("scenario-corrupt");
    let dir = tmp.path();
    let path = dir.join("s.ron");
    let damaged = b"(format: \"jaws-scenario\", version: 1, workshop: \"new-model\", scen";
    fs::write(&path, damaged).unwrap();
    let file = ScenarioFile {
        workshop: w.id.clone(),
        scenario: w.scenarios[0].clone(),
        migration: Vec::new(),
    };
    assert!(matches!(
        save_scenario_file(&path, &file, Overwrite::IfReadable),
        Err(SaveError::WouldReplaceUnreadable { .. })
    ));
    assert_eq!(fs::read(&path).unwrap(), damaged);
    save_scenario_file(&path, &file, Overwrite::Always).unwrap();
    assert_eq!(load_scenario_file(&path, &w).unwrap(), file);
}

#[test]
fn an_invalid_session_is_never_written() {
    let w = Workshop::bundled();
    let tmp = scratch("invalid");
    let dir = tmp.path();
    let path = dir.join("s.ron");
    let mut s = full_session(&w);
    s.scenarios[1].id = "Not An Id".into();
    match save_session(&path, &s, Overwrite::IfReadable) {
        Err(SaveError::Invalid(p)) => assert!(p.to_string().contains("Not An Id"), "{p}"),
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert!(files_in(dir).is_empty(), "{:?}", files_in(dir));
}

#[test]
fn saves_are_atomic_and_leave_no_temporary_files() {
    let w = Workshop::bundled();
    let tmp = scratch("atomic");
    let dir = tmp.path();
    let path = dir.join("s.ron");
    let mut s = full_session(&w);
    for i in 0..20 {
        s.notes = format!("save number {i}");
        save_session(&path, &s, Overwrite::IfReadable).unwrap();
        // Whatever is on disk is always a whole, readable session.
        assert_eq!(load_session(&path, &w).unwrap().notes, s.notes);
    }
    assert_eq!(files_in(dir), vec!["s.ron"]);
    // A save into a folder that does not exist fails cleanly.
    let missing = dir.join("no-such-folder").join("s.ron");
    assert!(matches!(
        save_session(&missing, &s, Overwrite::IfReadable),
        Err(SaveError::Io { .. })
    ));
    assert_eq!(files_in(dir), vec!["s.ron"]);
}

#[test]
fn jaws_check_accepts_sessions_and_reports_their_problems() {
    let w = Workshop::bundled();
    let tmp = scratch("check");
    let dir = tmp.path();
    let good = dir.join("good.ron");
    save_session(&good, &full_session(&w), Overwrite::IfReadable).unwrap();
    let bad = dir.join("bad.ron");
    fs::write(
        &bad,
        "(format: \"jaws-session\", version: 1, workshop: \"new-model\",\n levers: {\"co_production\": 99.0})",
    )
    .unwrap();
    let run = |args: &[&Path]| {
        Command::new(env!("CARGO_BIN_EXE_jaws"))
            .arg("check")
            .args(args)
            .output()
            .unwrap()
    };
    let ok = run(&[&good]);
    assert_eq!(ok.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("ok (session)"));
    let refused = run(&[&good, &bad]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains(&format!("{}:2:11: ", bad.display())) && err.contains("outside its range"),
        "{err}"
    );
}

#[test]
fn any_jaws_file_opens_as_its_kind() {
    use jaws::workshop::session::{OpenedFile, open_file};
    let w = Workshop::bundled();
    let tmp = scratch("open-any");
    let dir = tmp.path();
    let session = dir.join("a.ron");
    save_session(&session, &full_session(&w), Overwrite::IfReadable).unwrap();
    let scenario = dir.join("b.ron");
    let file = ScenarioFile {
        workshop: w.id.clone(),
        scenario: w.scenarios[1].clone(),
        migration: Vec::new(),
    };
    save_scenario_file(&scenario, &file, Overwrite::IfReadable).unwrap();
    let workshop = dir.join("c.ron");
    fs::write(&workshop, include_str!("../../workshops/new-model.ron")).unwrap();
    assert!(matches!(
        open_file(&session, &w),
        Ok(OpenedFile::Session(_))
    ));
    assert_eq!(open_file(&scenario, &w), Ok(OpenedFile::Scenario(file)));
    assert!(matches!(
        open_file(&workshop, &w),
        Ok(OpenedFile::Workshop(_))
    ));
    assert!(open_file(&dir.join("missing.ron"), &w).is_err());
}
