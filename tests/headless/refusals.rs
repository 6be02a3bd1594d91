//! What files may not say, each refused with its place: control characters in any text; and
//! what is echoed back from a file never rewrites a terminal or forges a `FILE:LINE:COLUMN`
//! line.

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
