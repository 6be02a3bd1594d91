//! Messages a person can act on: a number out of range names its field and what it takes, a
//! number hundreds of digits long is shown in powers of ten, an empty file says what it is
//! and what was expected, an output that must be a folder says so.

use jaws::workshop::session::parse_session;
use jaws::workshop::{BUNDLED, Problem, Problems, Workshop, parse_scenario_file, parse_workshop};

use crate::common::{jaws, position, scratch};

const WORKSHOP: &str = r#"(
    format: "jaws-workshop",
    version: 2,
    id: "test",
    title: "Test",
    assumptions: (base_year: 2026, horizon_years: 15),
    levers: { "co_production": (default: 10.0) },
    scenarios: [ (id: "old-deal", name: "Old", levers: {}) ],
    stages: [ (id: "first", title: "First", minutes: 10) ],
)
"#;

const SESSION: &str = r#"(
    format: "jaws-session",
    version: 1,
    workshop: "new-model",
    stage: 0,
    notes: "",
)
"#;

fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "`{from}` is not unique");
    text.replacen(from, to, 1)
}

fn one(result: Result<(), Problems>) -> Problem {
    let mut p = result.expect_err("refused").0;
    assert_eq!(p.len(), 1, "{p:#?}");
    p.remove(0)
}

/// Whether a message holds a run of more than 15 digits, which no one can read.
fn has_long_number(message: &str) -> bool {
    message
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() > 15)
}

#[test]
fn a_whole_number_out_of_range_names_its_field_and_what_it_takes() {
    let workshop = |t: &str| parse_workshop("w.ron", t).map(drop);
    let session = |t: &str| parse_session("s.ron", t, &Workshop::bundled()).map(drop);
    for (parse, text, field, takes) in [
        (
            &workshop as &dyn Fn(&str) -> Result<(), Problems>,
            WORKSHOP,
            "minutes: 10",
            "from 1 to 120",
        ),
        (&workshop, WORKSHOP, "version: 2", "a format version"),
        (
            &workshop,
            WORKSHOP,
            "base_year: 2026",
            "a year from 1990 to 2100",
        ),
        (&workshop, WORKSHOP, "horizon_years: 15", "from 5 to 30"),
        (&session, SESSION, "stage: 0", "counting from 0"),
    ] {
        let name = field.split(':').next().unwrap();
        for (number, below) in [("99999999999", false), ("-99999999999", true)] {
            let text = edit(text, field, &format!("{name}: {number}"));
            let p = one(parse(&text));
            assert_eq!(
                (p.line, p.column),
                position(&text, text.find(number).unwrap()),
                "{p}"
            );
            assert!(
                p.message.contains(&format!("is out of range for `{name}`"))
                    && p.message.contains(takes),
                "{p}"
            );
            assert_eq!(
                p.message.contains("below zero"),
                below && name != "base_year",
                "{p}"
            );
        }
    }
}

#[test]
fn a_number_hundreds_of_digits_long_is_shown_in_powers_of_ten() {
    let huge = format!("1{}.0", "0".repeat(308));
    let workshop = |t: &str| parse_workshop("w.ron", t).map(drop);
    // A lever's default, an assumption (checked by the model), a scenario's setting.
    for (from, to) in [
        ("(default: 10.0)", format!("(default: {huge})")),
        (
            "base_year: 2026,",
            format!("base_year: 2026, base_budget: {huge},"),
        ),
        (
            "levers: {}",
            format!("levers: {{ \"co_production\": -{huge} }}"),
        ),
    ] {
        let p = one(workshop(&edit(WORKSHOP, from, &to)));
        assert!(!has_long_number(&p.message), "{p}");
        assert!(p.message.contains("e308"), "{p}");
    }
    // A whole number too long for any field is cut.
    let digits = "9".repeat(309);
    let p = one(workshop(&edit(
        WORKSHOP,
        "minutes: 10",
        &format!("minutes: {digits}"),
    )));
    assert!(!has_long_number(&p.message), "{p}");
    assert!(p.message.contains("(309 digits)"), "{p}");
    // On the command line too.
    let run = jaws(&["project", "--set", &format!("co_production={huge}")]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("co_production = 1e308 is out of range")
            && !has_long_number(&run.stderr),
        "{}",
        run.stderr
    );
}

#[test]
fn an_empty_file_says_what_it_is_and_what_was_expected() {
    let dir = scratch("empty");
    for (name, contents, says) in [
        (
            "table-3.session.ron",
            "",
            "the file is empty (0 bytes); expected a session file, which starts (format: \"jaws-session\", version: 3, ...)",
        ),
        (
            "new-model-session.ron",
            "  // nothing yet\n",
            "the file is empty: it holds nothing but spaces and comments; expected a session file",
        ),
        (
            "my-deal.scenario.ron",
            "\n",
            "expected a scenario file, which starts (format: \"jaws-scenario\"",
        ),
        (
            "notes.ron",
            "",
            "the file is empty (0 bytes); expected a Jaws workshop, scenario or session file",
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        let run = jaws(&["check", path.to_str().unwrap()]);
        assert_eq!(run.code, Some(1), "{name}");
        assert_eq!(
            run.stderr.lines().count(),
            1,
            "{name}: one problem: {}",
            run.stderr
        );
        assert!(
            run.stderr.starts_with(&format!("{}:1:1: ", path.display())),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains(says), "{name}: {}", run.stderr);
    }
    // Where the kind is known, that is what is expected, whatever the name.
    let p = one(parse_session("x.ron", "", &Workshop::bundled()).map(drop));
    assert!(p.message.contains("expected a session file"), "{p}");
    let p = one(parse_scenario_file("x.ron", "", &Workshop::bundled()).map(drop));
    assert!(p.message.contains("expected a scenario file"), "{p}");
    let p = one(parse_workshop("x.session.ron", "/* */").map(drop));
    assert!(p.message.contains("expected a workshop file"), "{p}");
}

#[test]
fn a_report_needs_a_folder_and_says_so() {
    let dir = scratch("report-out");
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "mine").unwrap();
    for (out, is) in [
        ("/dev/null", "is not a folder"),
        (file.to_str().unwrap(), "is a file"),
    ] {
        let run = jaws(&["report", "--out", out]);
        assert_eq!(run.code, Some(2), "{out}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "the report is a folder of files (report.html, report.md and its charts), but {out} {is}; give a folder"
            )),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("os error"), "{}", run.stderr);
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    // The bundled workshops are untouched by all this.
    assert!(
        BUNDLED
            .iter()
            .all(|(_, text)| parse_workshop("b.ron", text).is_ok())
    );
}
