//! What files may not say, each refused with its place: control characters in any text, a
//! blank title or name, text of one line broken over two; and what is echoed back from a file
//! never rewrites a terminal or forges a `FILE:LINE:COLUMN` line.

use jaws::workshop::session::parse_session;
use jaws::workshop::{Problem, Problems, Workshop, parse_scenario_file, parse_workshop};

use crate::common::{jaws, position, scratch};

/// A workshop with something in every text field a workshop file carries; each `... here` is
/// unique, so a test can break it.
const WORKSHOP: &str = r#"(
    format: "jaws-workshop",
    version: 2,
    id: "test",
    title: "Title here",
    organisation: "Organisation here",
    author: "Author here",
    description: "Description here",
    audience: "Audience here",
    sources: { "base_budget": "Source here" },
    uncertain: [ (assumption: "demographic_growth", low: 1.0, high: 2.0) ],
    levers: {
        "council_tax_rise": (
            label: "Lever label here",
            description: "Lever description here",
            bands: [
                (from: 0.0, to: 2.0, label: "Band here"),
                (from: 2.0, to: 10.0, label: "Other band"),
            ],
        ),
    },
    scenarios: [
        (id: "old-deal", name: "Scenario name here", note: "Scenario note here", levers: {}),
        (id: "new-deal", name: "New", levers: { "co_production": 30.0 }),
    ],
    stages: [
        (
            id: "first",
            title: "Stage title here",
            narrative: "Narrative here",
            talking_points: ["Talking point here"],
            question: "Question here",
            visible: ["cultural", "council_tax_rise"],
            unlocked: ["co_production"],
            scenario: "old-deal",
            challenge: (target: "gap<=0 by 2035", wording: "Wording here"),
            minutes: 10,
            predict: "Predict here",
        ),
    ],
)
"#;

const SCENARIO_FILE: &str = r#"(
    format: "jaws-scenario",
    version: 1,
    workshop: "new-model",
    scenario: (id: "mine", name: "Scenario name here", note: "Scenario note here", levers: {}),
)
"#;

const SESSION: &str = r#"(
    format: "jaws-session",
    version: 1,
    workshop: "new-model",
    workshop_title: "Workshop title here",
    scenarios: [
        (id: "t1", name: "Captured name here", note: "Captured note here",
         captured: "2026-03-14T10:30:00Z", levers: {}),
    ],
    deal: [ (id: "c1", text: "Deal text here", side: council, levers: []) ],
    notes: "Notes here",
)
"#;

/// Every `... here` in a text.
fn needles(text: &str) -> Vec<&str> {
    text.match_indices(" here\"")
        .map(|(end, _)| {
            let start = text[..end].rfind('"').unwrap() + 1;
            &text[start..end + 5]
        })
        .collect()
}

/// `text` with `needle` (unique) replaced by `to`.
fn edit(text: &str, needle: &str, to: &str) -> String {
    assert_eq!(text.matches(needle).count(), 1, "`{needle}` is not unique");
    text.replacen(needle, to, 1)
}

type Parse = fn(&str) -> Result<(), Problems>;

fn kinds() -> Vec<(&'static str, &'static str, Parse)> {
    vec![
        ("workshop", WORKSHOP, |t| {
            parse_workshop("f.ron", t).map(drop)
        }),
        ("scenario file", SCENARIO_FILE, |t| {
            parse_scenario_file("f.ron", t, &Workshop::bundled()).map(drop)
        }),
        ("session", SESSION, |t| {
            parse_session("f.ron", t, &Workshop::bundled()).map(drop)
        }),
    ]
}

fn only_problem(what: &str, text: &str, parse: Parse) -> Problem {
    match parse(text) {
        Ok(()) => panic!("{what} accepted:\n{text}"),
        Err(Problems(mut p)) => {
            assert_eq!(p.len(), 1, "{what}: one problem expected: {p:#?}");
            p.remove(0)
        }
    }
}

#[test]
fn the_texts_are_valid_as_they_stand() {
    for (what, text, parse) in kinds() {
        assert!(parse(text).is_ok(), "{what}: {:?}", parse(text));
        assert!(needles(text).len() >= 2, "{what}");
    }
}

#[test]
fn a_control_character_in_any_text_is_refused_at_the_character() {
    for (what, text, parse) in kinds() {
        for needle in needles(text) {
            let (head, _) = needle.split_once(' ').unwrap();
            // Written as it is (a NUL, a DEL) and as an escape (ESC, a C1 control).
            for (written, code) in [
                ("\0", "U+0000"),
                ("\u{7f}", "U+007F"),
                ("\\u{1b}", "U+001B"),
                ("\\x1b", "U+001B"),
                ("\\u{85}", "U+0085"),
                ("\\0", "U+0000"),
            ] {
                let broken = edit(text, needle, &format!("{head}{written} here"));
                let p = only_problem(what, &broken, parse);
                let at = broken.find(&format!("{head}{written}")).unwrap() + head.len();
                assert_eq!(
                    (p.line, p.column),
                    position(&broken, at),
                    "{what}, {needle:?} with {written:?}: {p}"
                );
                assert!(
                    p.message.contains(&format!("control character ({code})")),
                    "{what}, {needle:?}: {p}"
                );
            }
        }
    }
}

#[test]
fn line_breaks_are_free_text_but_not_a_title() {
    // Free text may run over lines.
    for needle in ["Description here", "Narrative here", "Scenario note here"] {
        let text = edit(WORKSHOP, needle, "Two\\nlines\\there");
        assert!(parse_workshop("f.ron", &text).is_ok(), "{needle}");
    }
    let text = edit(SESSION, "Notes here", "One.\\n\\nTwo.\\r\\n");
    assert!(parse_session("f.ron", &text, &Workshop::bundled()).is_ok());
    // Titles and names are one line.
    for (what, text, parse) in kinds() {
        for needle in [
            "Title here",
            "Scenario name here",
            "Workshop title here",
            "Captured name here",
            "Stage title here",
            "Lever label here",
            "Band here",
        ] {
            if !text.contains(needle) {
                continue;
            }
            let broken = edit(text, needle, "One\\ntwo");
            let p = only_problem(what, &broken, parse);
            let at = broken.find("\\ntwo").unwrap();
            assert_eq!((p.line, p.column), position(&broken, at), "{what}: {p}");
            assert!(p.message.contains("must be one line"), "{what}: {p}");
        }
    }
}

#[test]
fn an_id_cannot_rewrite_the_terminal_or_forge_a_problem_line() {
    let dir = scratch("forged");
    let path = dir.path().join("w.ron");
    let forged = r#"a\u{1b}[2K\u{1b}[31m\n/etc/passwd:1:1: all is well\u{202e}"#;
    let text = edit(WORKSHOP, "\"new-deal\"", &format!("\"{forged}\"")).replacen(
        "\"co_production\": 30.0",
        &format!("\"{forged}\": 1.0"),
        1,
    );
    std::fs::write(&path, text).unwrap();
    let run = jaws(&["check", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(1));
    assert!(
        !run.stderr.contains(['\u{1b}', '\u{202e}', '\r']),
        "raw control characters reach the terminal:\n{}",
        run.stderr
    );
    let file = format!("{}:", path.display());
    for line in run.stderr.lines() {
        assert!(line.starts_with(&file), "a line that is not ours: {line:?}");
    }
    assert!(
        run.stderr.contains("\\u{1b}[31m\\n/etc/passwd"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_blank_title_or_name_is_refused_where_it_is() {
    for (what, text, parse) in kinds() {
        for needle in ["Title here", "Scenario name here", "Captured name here"] {
            if !text.contains(needle) {
                continue;
            }
            for blank in ["", "   ", "\\t"] {
                let broken = edit(text, &format!("\"{needle}\""), &format!("\"{blank}\""));
                let p = only_problem(what, &broken, parse);
                let at = broken.find(&format!("\"{blank}\"")).unwrap();
                assert_eq!((p.line, p.column), position(&broken, at), "{what}: {p}");
                assert!(p.message.contains("is empty"), "{what}: {p}");
            }
        }
    }
}

/// The one problem `text` has for `parse`, at `at` (a needle, unique in the text), saying
/// `says`.
fn refused_at(what: &str, text: &str, parse: Parse, at: &str, says: &str) {
    let p = only_problem(what, text, parse);
    assert_eq!(text.matches(at).count(), 1, "`{at}` is not unique");
    assert_eq!(
        (p.line, p.column),
        position(text, text.find(at).unwrap()),
        "{what}: placed at `{at}`: {p}"
    );
    assert!(p.message.contains(says), "{what}: should say {says:?}: {p}");
}

fn workshop(text: &str) -> Result<(), Problems> {
    parse_workshop("f.ron", text).map(drop)
}

#[test]
fn an_assumption_uncertain_twice_is_refused_at_the_second() {
    // Were it accepted, the later range would silently win.
    let text = edit(
        WORKSHOP,
        "uncertain: [ (assumption: \"demographic_growth\", low: 1.0, high: 2.0) ]",
        "uncertain: [\n        (assumption: \"demographic_growth\", low: 1.0, high: 2.0),\n        (assumption: \"demographic_growth\" , low: 1.0, high: 8.0),\n    ]",
    );
    refused_at(
        "workshop",
        &text,
        workshop,
        "\"demographic_growth\" ,",
        "demographic_growth has an uncertain range already",
    );
}

#[test]
fn bands_must_not_overlap_and_must_be_labelled() {
    let bands = "(from: 0.0, to: 2.0, label: \"Band here\"),\n                (from: 2.0, to: 10.0, label: \"Other band\"),";
    for (to, at, says) in [
        (
            "(from: 0.0, to: 3.0, label: \"Low\"),\n                (from: 2.5, to: 10.0, label: \"High\"),",
            "2.5",
            "band \"High\" (2.5 to 10) overlaps band \"Low\" (0 to 3)",
        ),
        // Inside a wide band, after a narrow one that ends sooner.
        (
            "(from: 0.0, to: 9.0, label: \"Wide\"),\n                (from: 1.0, to: 2.0, label: \"A\"),\n                (from: 4.5, to: 5.0, label: \"B\"),",
            "1.0",
            "overlaps band \"Wide\"",
        ),
        (
            "(from: 0.0, to: 2.0, label: \"\"),\n                (from: 2.0, to: 10.0, label: \"High\"),",
            "\"\"",
            "a band of lever council_tax_rise is empty",
        ),
    ] {
        let text = edit(WORKSHOP, bands, to);
        match workshop(&text) {
            Err(Problems(p)) if p.len() == 2 => {
                // The wide band holds both narrow ones: each is reported, the first first.
                assert!(p[0].message.contains(says) && p[1].message.contains("overlaps"));
            }
            _ => refused_at("workshop", &text, workshop, at, says),
        }
    }
    // Touching is not overlapping, in any order.
    let text = edit(
        WORKSHOP,
        bands,
        "(from: 2.0, to: 10.0, label: \"High\"),\n                (from: 0.0, to: 2.0, label: \"Low\"),",
    );
    assert!(workshop(&text).is_ok());
}

/// A session on the test workshop (one stage, "first").
fn on_test_workshop(text: &str) -> Result<(), Problems> {
    let w = parse_workshop("w.ron", WORKSHOP).unwrap();
    let text = text.replacen("workshop: \"new-model\"", "workshop: \"test\"", 1);
    parse_session("f.ron", &text, &w).map(drop)
}

#[test]
fn a_session_must_fit_its_workshop_s_stages() {
    let stage = |n: &str| {
        edit(
            SESSION,
            "    notes:",
            &format!("    stage: {n},\n    notes:"),
        )
    };
    assert!(on_test_workshop(&stage("0")).is_ok());
    refused_at(
        "session",
        &stage("13"),
        on_test_workshop,
        "13,",
        "has 1 stage, numbered from 0 to 0",
    );
    let prediction = |stage: &str| {
        edit(
            SESSION,
            "    notes:",
            &format!("    predictions: [ (stage: \"{stage}\", said: \"2031\") ],\n    notes:"),
        )
    };
    assert!(on_test_workshop(&prediction("first")).is_ok());
    refused_at(
        "session",
        &prediction("frist"),
        on_test_workshop,
        "\"frist\"",
        "stage \"frist\", which workshop \"test\" does not have (did you mean \"first\"?)",
    );
}

#[test]
fn a_sketched_point_off_any_chart_is_refused_at_the_point() {
    for (point, says) in [
        ("(2030.0, 1e308)", "off any chart"),
        ("(-1e308, 800.0)", "off any chart"),
        ("(2030.0, -inf)", "not a finite number"),
        ("(2030.0, NaN)", "not a finite number"),
    ] {
        let text = edit(
            SESSION,
            "    notes:",
            &format!(
                "    predictions: [ (stage: \"first\", strokes: [[(2026.0, 760.0), {point}]]) ],\n    notes:"
            ),
        );
        refused_at("session", &text, on_test_workshop, point, says);
    }
}

#[test]
fn what_jaws_saves_always_reads_back_whatever_the_window_holds() {
    use jaws::workshop::session::{CapturedScenario, Prediction, Session, session_to_string};
    let w = Workshop::bundled();
    let mut s = Session::new(&w);
    s.notes = "pasted \u{1b}[31m from a terminal\u{0}\nsecond line".into();
    let mut c =
        CapturedScenario::capture("t1", "Table\n1\u{7}", "n\u{1b}", &w, &w.default_values());
    c.name = "Table\n1\u{7}".into();
    s.scenarios.push(c);
    s.predictions.push(Prediction {
        stage: w.stages[0].id.clone(),
        said: "\u{0}".into(),
        strokes: vec![vec![[2030.0, 800.0], [2030.0, 1e308], [f64::NAN, 1.0]]],
        revealed: false,
    });
    let text = session_to_string(&s);
    let back = parse_session("s.ron", &text, &w).expect("reads back");
    assert_eq!(back.notes, "pasted [31m from a terminal\nsecond line");
    assert_eq!(back.scenarios[0].name, "Table 1");
    assert_eq!(back.predictions[0].strokes, vec![vec![[2030.0, 800.0]]]);
}
