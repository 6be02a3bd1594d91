//! Every kind of Jaws file broken every which way: each refusal is placed inside the file and
//! said in words a facilitator can act on, never with the name of a type in the code.

use std::collections::{BTreeSet, HashSet};

use jaws::workshop::read::UNNAMED_PART;
use jaws::workshop::session::{Session, parse_session, session_to_string};
use jaws::workshop::{BUNDLED, Problems, Workshop, parse_scenario_file, parse_workshop};

const SCENARIO_FILE: &str = r#"// A scenario on its own.
(
    format: "jaws-scenario",
    version: 1,
    workshop: "new-model",
    scenario: (
        id: "my-deal",
        name: "My deal",
        note: "Lower tax, more co-production.",
        levers: {
            "council_tax_rise": 2.0,
            "co_production": 20.0,
        },
    ),
)
"#;

/// A session with something in every field.
fn session_text(w: &Workshop) -> String {
    let text = r#"(
    format: "jaws-session",
    version: 1,
    workshop: "new-model",
    workshop_title: "A new model of public services",
    stage: 2,
    levers: {
        "co_production": 35.0,
    },
    assumptions: {
        "demographic_growth": 2.0,
        "base_year": 2027,
    },
    scenarios: [
        (
            id: "table-1",
            name: "Table 1",
            note: "Invest early.",
            captured: "2026-03-14T10:30:00Z",
            levers: {
                "co_production": 35.0,
            },
        ),
    ],
    deal: [
        (
            id: "lunch-clubs",
            text: "Keep the lunch clubs open",
            side: community,
            levers: ["community_delivery", "co_production"],
        ),
    ],
    notes: "We agreed to meet again in June.",
    predictions: [
        (
            stage: "the-old-deal",
            said: "Most tables said 2031.",
            strokes: [[(2026.0, 760.0), (2030.0, 830.0)]],
            revealed: true,
        ),
    ],
)
"#;
    let s: Session = parse_session("s.ron", text, w).unwrap_or_else(|p| panic!("{p}"));
    // The test's own text and what Jaws writes are both part of the corpus.
    format!("{text}\n{}", session_to_string(&s))
}

/// Ways to break a line `name: value,` (or `"key": value,`): the name misspelt, the line
/// gone, the value of every other kind.
fn mutations(text: &str) -> Vec<String> {
    const VALUES: &[&str] = &[
        "\"text\"",
        "7",
        "-1",
        "2.5",
        "99999999999999999999",
        "[]",
        "[1, \"x\"]",
        "()",
        "(x: 1)",
        "{}",
        "{ \"k\": \"v\" }",
        "true",
        "nonsense",
        "Some(3)",
        "\"unclosed",
    ];
    let lines: Vec<&str> = text.lines().collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let Some((name, value)) = trimmed.split_once(": ") else {
            continue;
        };
        let is_name = name
            .trim_matches('"')
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !is_name || name.is_empty() || !seen.insert(name.to_owned()) {
            continue;
        }
        let indent = &line[..line.len() - trimmed.len()];
        let comma = if value.trim_end().ends_with(',') {
            ","
        } else {
            ""
        };
        let with = |new_line: String| {
            let mut l = lines.clone();
            l[n] = &new_line;
            l.join("\n")
        };
        out.push(with(format!(
            "{indent}{}x: {value}",
            name.trim_end_matches('"')
        )));
        out.push(with(String::new()));
        for v in VALUES {
            out.push(with(format!("{indent}{name}: {v}{comma}")));
        }
    }
    out
}

/// A word that joins lower case to upper case, as type names do (`ScenarioEntry`).
fn camel_case_word(message: &str) -> Option<&str> {
    message
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| {
            w.as_bytes()
                .windows(2)
                .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
        })
}

/// What is wrong with how a refused file's problems are told, one line each (by message, so
/// one mistake found in many files is listed once).
#[derive(Default)]
struct Findings {
    problems: usize,
    wrong: BTreeSet<String>,
}

impl Findings {
    /// Each problem of a refused file must be inside it and in words.
    fn check(&mut self, text: &str, result: Result<(), Problems>) {
        let Err(problems) = result else {
            return;
        };
        let lines = text.lines().count().max(1);
        for p in &problems.0 {
            self.problems += 1;
            let m = &p.message;
            let mut wrong = |why: &str| {
                self.wrong.insert(format!("{why}: {m}"));
            };
            if let Some(word) = camel_case_word(m) {
                wrong(&format!("names the type {word}"));
            }
            if m.contains(UNNAMED_PART) {
                wrong("an unnamed part");
            }
            if m.starts_with(|c: char| c.is_ascii_uppercase()) {
                wrong("the parser's own words");
            }
            if !(1..=lines + 1).contains(&p.line) || p.column == 0 {
                wrong(&format!("outside the file ({}:{})", p.line, p.column));
            }
        }
    }
}

#[test]
fn no_refusal_names_a_type_or_points_outside_the_file() {
    let w = Workshop::bundled();
    let mut found = Findings::default();
    let workshops = [BUNDLED[0].1, BUNDLED[1].1];
    for base in workshops {
        for text in mutations(base) {
            found.check(&text, parse_workshop("w.ron", &text).map(|_| ()));
        }
    }
    for text in mutations(SCENARIO_FILE) {
        found.check(&text, parse_scenario_file("s.ron", &text, &w).map(|_| ()));
    }
    for text in mutations(&session_text(&w)) {
        found.check(&text, parse_session("s.ron", &text, &w).map(|_| ()));
    }
    let wrong: Vec<&String> = found.wrong.iter().collect();
    assert!(
        wrong.is_empty(),
        "{} problems told wrongly:\n{wrong:#?}",
        wrong.len()
    );
    assert!(
        found.problems > 1000,
        "the corpus should refuse many files, not {}",
        found.problems
    );
}

#[test]
fn the_corpus_finds_type_names() {
    assert_eq!(
        camel_case_word("unknown field `x` in ScenarioFileShape"),
        Some("ScenarioFileShape")
    );
    assert_eq!(camel_case_word("expected `(` to open a scenario"), None);
    assert!(mutations(SCENARIO_FILE).len() > 50);
}
