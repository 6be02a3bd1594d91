//! Where problems are placed, tested on random workshops written by ron itself, pretty and
//! compact, with comments and text that mention field names put in their way: every path
//! leads to text that reads back as the value there, and every problem points at the very
//! value it is about.

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde::Serialize;

use jaws::model::LEVER_SPECS;
use jaws::workshop::read::{Doc, MOST_LISTED, Seg, value_span};
use jaws::workshop::{Workshop, parse_workshop};

/// Text that looks like the structure around it: field names, brackets, comment markers.
const TRICKY: &[&str] = &[
    "uncertain: [ (assumption: \"nope\") ]",
    "levers: { \"co_production\": 1.0 }",
    "scenarios",
    "stages: [(id: \"x\")]",
    "// not a comment",
    "/* nor this */",
    "a \"quoted\" word",
    "(",
    "]",
    "}",
    "£ ∑ ünïcödé",
    "r#\"raw\"#",
    "map: { \"trust\": (0.5, 0.5) }",
    "",
];

#[derive(Serialize, Clone, Debug)]
struct UncertainW {
    assumption: String,
    low: f64,
    high: f64,
}

#[derive(Serialize, Clone, Debug)]
struct ScenarioW {
    id: String,
    name: String,
    note: String,
    levers: BTreeMap<String, f64>,
}

#[derive(Serialize, Clone, Debug)]
struct StageW {
    id: String,
    title: String,
    narrative: String,
    talking_points: Vec<String>,
    scenario: Option<String>,
    compare: Vec<String>,
    minutes: u32,
}

#[derive(Serialize, Clone, Debug)]
struct WorkshopW {
    format: String,
    version: u32,
    id: String,
    title: String,
    description: String,
    uncertain: Vec<UncertainW>,
    scenarios: Vec<ScenarioW>,
    stages: Vec<StageW>,
    map: BTreeMap<String, (f32, f32)>,
}

/// What is put wrong on purpose, each with the value its problem must point at.
#[derive(Clone, Debug, Default)]
struct Mistakes {
    /// Unknown lever ids set by scenarios.
    levers: Vec<String>,
    /// Unknown scenarios loaded by stages.
    scenarios: Vec<String>,
    /// Unknown assumptions given uncertain ranges.
    assumptions: Vec<String>,
}

fn text() -> impl Strategy<Value = String> {
    prop::sample::select(TRICKY).prop_map(str::to_owned)
}

/// A valid workshop (bar the mistakes asked for), with the mistakes it holds.
fn workshop(mistaken: bool) -> impl Strategy<Value = (WorkshopW, Mistakes)> {
    let scenario = (
        text(),
        text(),
        prop::collection::btree_map(0..LEVER_SPECS.len(), 0.0..=1.0f64, 0..4),
        any::<bool>(),
    );
    let stage = (
        text(),
        text(),
        prop::collection::vec(text(), 0..3),
        any::<bool>(),
        1..=120u32,
        any::<bool>(),
    );
    (
        text(),
        text(),
        prop::collection::vec(scenario, 1..5),
        prop::collection::vec(stage, 0..5),
        prop::collection::vec((any::<bool>(), any::<bool>()), 0..4),
        prop::collection::btree_map(
            prop::sample::select(&["trust", "gap", "need", "reserves"][..]),
            (0.22f32..=0.78, 0.03f32..=0.97),
            0..3,
        ),
    )
        .prop_map(
            move |(title, description, scenarios, stages, uncertain, map)| {
                let mut mistakes = Mistakes::default();
                let bundled = Workshop::bundled();
                // Ranges a workshop may give: the sweep's own for each judgement.
                let ranges = jaws::model::sweep::uncertain_set(&bundled.assumptions, &[]);
                let scenarios: Vec<ScenarioW> = scenarios
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, note, levers, wrong))| {
                        let mut levers: BTreeMap<String, f64> = levers
                            .into_iter()
                            .map(|(l, t)| {
                                let s = &LEVER_SPECS[l];
                                (s.id.to_owned(), s.min + t * (s.max - s.min))
                            })
                            .collect();
                        if mistaken && wrong {
                            let id = format!("no_such_lever_{i}");
                            levers.insert(id.clone(), 1.0);
                            mistakes.levers.push(id);
                        }
                        ScenarioW {
                            id: format!("s-{i}"),
                            // A name is never empty.
                            name: format!("N{name}"),
                            note,
                            levers,
                        }
                    })
                    .collect();
                let n = scenarios.len();
                let stages = stages
                    .into_iter()
                    .enumerate()
                    .map(
                        |(i, (title, narrative, talking_points, loads, minutes, wrong))| {
                            let scenario = if mistaken && wrong {
                                let id = format!("no-such-scenario-{i}");
                                mistakes.scenarios.push(id.clone());
                                Some(id)
                            } else {
                                loads.then(|| format!("s-{}", i % n))
                            };
                            StageW {
                                id: format!("stage-{i}"),
                                // A title is never empty.
                                title: format!("T{title}"),
                                narrative,
                                talking_points: talking_points
                                    .into_iter()
                                    .map(|p| format!("P{p}"))
                                    .collect(),
                                scenario,
                                compare: (0..n.min(i)).map(|k| format!("s-{k}")).collect(),
                                minutes,
                            }
                        },
                    )
                    .collect();
                let uncertain = uncertain
                    .into_iter()
                    .enumerate()
                    .map(|(i, (from_bundled, wrong))| {
                        let u = &ranges[i % ranges.len()];
                        let assumption = if mistaken && (wrong || !from_bundled) {
                            let id = format!("no_such_assumption_{i}");
                            mistakes.assumptions.push(id.clone());
                            id
                        } else {
                            u.assumption.clone()
                        };
                        UncertainW {
                            assumption,
                            low: u.low,
                            high: u.high,
                        }
                    })
                    .collect();
                let w = WorkshopW {
                    format: "jaws-workshop".into(),
                    version: 2,
                    id: "random".into(),
                    title: format!("T{title}"),
                    description,
                    uncertain,
                    scenarios,
                    stages,
                    map: map.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
                };
                (w, mistakes)
            },
        )
}

/// How the workshop is written: pretty or compact, with or without `Some(..)` around options,
/// with or without comments between the tokens.
#[derive(Clone, Copy, Debug)]
struct Style {
    pretty: bool,
    implicit_some: bool,
    comments: bool,
}

fn style() -> impl Strategy<Value = Style> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(pretty, implicit_some, comments)| {
        Style {
            pretty,
            implicit_some,
            comments,
        }
    })
}

fn write(w: &WorkshopW, style: Style) -> String {
    let mut config = ron::ser::PrettyConfig::new();
    if style.implicit_some {
        config = config.extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    }
    let text = if style.pretty {
        ron::ser::to_string_pretty(w, config).unwrap()
    } else {
        ron::Options::default()
            .to_string_pretty(
                w,
                config
                    .compact_structs(true)
                    .compact_arrays(true)
                    .compact_maps(true)
                    .new_line(" ")
                    .indentor(""),
            )
            .unwrap()
    };
    if style.comments {
        with_comments(&text)
    } else {
        text
    }
}

/// `text` with comments that mention field names after every comma and line break outside
/// strings: where a search for a field name as text would stop.
fn with_comments(text: &str) -> String {
    let mut out = String::new();
    let mut in_string = false;
    let mut escaped = false;
    for (n, c) in text.chars().enumerate() {
        out.push(c);
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            ',' if n % 2 == 0 => out.push_str(" /* uncertain: [ \"nope\" ], levers: { } */ "),
            ',' => out.push_str(" // scenarios: [ (id: \"s-0\"),\n"),
            '\n' => out.push_str("    // stages: [ map: { \"trust\": (0.5, 0.5) } ]\n"),
            _ => {}
        }
    }
    out
}

/// The value at `span`, read back by ron on its own.
fn read_back(text: &str, span: std::ops::Range<usize>) -> ron::Value {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text[span.clone()])
        .unwrap_or_else(|e| panic!("`{}` does not read back: {e}", &text[span]))
}

/// A value as ron reads it after writing it.
fn as_read<T: Serialize>(v: &T) -> ron::Value {
    ron::from_str(&ron::to_string(v).unwrap()).unwrap()
}

/// Every path into the workshop that a problem may be placed at, with the value there and,
/// for a map's key, the key.
fn paths(w: &WorkshopW) -> Vec<(Vec<Seg<'_>>, ron::Value, Option<&str>)> {
    let mut out = vec![
        (vec![Seg::Field("id")], as_read(&w.id), None),
        (vec![Seg::Field("title")], as_read(&w.title), None),
        (
            vec![Seg::Field("description")],
            as_read(&w.description),
            None,
        ),
        (vec![Seg::Field("version")], as_read(&w.version), None),
    ];
    for (i, u) in w.uncertain.iter().enumerate() {
        let at = |f| vec![Seg::Field("uncertain"), Seg::Index(i), Seg::Field(f)];
        out.push((at("assumption"), as_read(&u.assumption), None));
        out.push((at("high"), as_read(&u.high), None));
    }
    for (i, s) in w.scenarios.iter().enumerate() {
        let at = |f| vec![Seg::Field("scenarios"), Seg::Index(i), Seg::Field(f)];
        out.push((at("id"), as_read(&s.id), None));
        out.push((at("note"), as_read(&s.note), None));
        out.push((at("levers"), as_read(&s.levers), None));
        for (k, v) in &s.levers {
            let mut path = at("levers");
            path.push(Seg::Key(k));
            out.push((path, as_read(v), Some(k.as_str())));
        }
    }
    for (i, s) in w.stages.iter().enumerate() {
        let at = |f| vec![Seg::Field("stages"), Seg::Index(i), Seg::Field(f)];
        out.push((at("title"), as_read(&s.title), None));
        out.push((at("minutes"), as_read(&s.minutes), None));
        if let Some(scenario) = &s.scenario {
            out.push((at("scenario"), as_read(scenario), None));
        }
        for (k, p) in s.talking_points.iter().enumerate() {
            let mut path = at("talking_points");
            path.push(Seg::Index(k));
            out.push((path, as_read(p), None));
        }
    }
    for (k, (x, y)) in &w.map {
        let key = vec![Seg::Field("map"), Seg::Key(k)];
        out.push((key.clone(), as_read(&(x, y)), Some(k.as_str())));
        for (item, v) in [(0, x), (1, y)] {
            let mut path = key.clone();
            path.push(Seg::Index(item));
            out.push((path, as_read(v), None));
        }
    }
    out
}

proptest! {
    #![proptest_config(Config::with_cases(48))]

    #[test]
    fn every_path_leads_to_text_that_reads_back_as_its_value(
        (w, _) in workshop(false),
        style in style(),
    ) {
        let text = write(&w, style);
        prop_assert!(parse_workshop("random.ron", &text).is_ok(), "{text}");
        let doc = Doc::new("random.ron", &text);
        for (path, value, key) in paths(&w) {
            let (spot, found) = doc.find(&path);
            prop_assert!(found, "{path:?} not found in\n{text}");
            prop_assert_eq!(read_back(&text, spot.value.clone()), value, "{:?} in\n{}", path, text);
            match (key, path.last()) {
                (Some(key), _) => {
                    let label = read_back(&text, spot.label.clone());
                    prop_assert_eq!(label, ron::Value::String(key.into()));
                }
                (None, Some(Seg::Field(name))) => prop_assert_eq!(&text[spot.label], *name),
                _ => {}
            }
        }
    }

    #[test]
    fn every_problem_points_at_the_value_it_is_about(
        (w, mistakes) in workshop(true),
        style in style(),
    ) {
        let text = write(&w, style);
        let expected = mistakes.levers.len() + mistakes.scenarios.len() + mistakes.assumptions.len();
        let problems = match parse_workshop("random.ron", &text) {
            Ok(_) => {
                prop_assert_eq!(expected, 0);
                return Ok(());
            }
            Err(p) => p.0,
        };
        prop_assert_eq!(problems.len(), expected, "{:#?}\n{}", problems, text);
        let doc = Doc::new("random.ron", &text);
        let mut pointed_at = Vec::new();
        for p in &problems {
            let at = doc.offset(p.line, p.column);
            let value = read_back(&text, value_span(&text, at));
            let ron::Value::String(id) = value else {
                panic!("{p} points at {value:?}, not an id\n{text}");
            };
            prop_assert!(p.message.contains(&format!("\"{id}\"")), "{p} points at {id:?}");
            pointed_at.push(id);
        }
        let mut injected: Vec<String> = mistakes
            .levers
            .into_iter()
            .chain(mistakes.scenarios)
            .chain(mistakes.assumptions)
            .collect();
        injected.sort();
        pointed_at.sort();
        prop_assert_eq!(pointed_at, injected);
    }
}

#[test]
fn a_field_name_in_a_description_does_not_move_a_problem() {
    // The description mentions `uncertain`, and a scenario named "nope" comes before the
    // uncertain range for the unknown assumption "nope": a search for the text `uncertain`
    // then `"nope"` lands on the scenario's name.
    let text = r#"(
    format: "jaws-workshop",
    version: 2,
    id: "test",
    title: "Test",
    description: "Where the uncertain figures come from",
    scenarios: [
        (id: "old-deal", name: "nope"),
    ],
    uncertain: [
        (assumption: "nope", low: 1.0, high: 2.0),
    ],
)"#;
    let problems = parse_workshop("t.ron", text).unwrap_err().0;
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let at = text.rfind("\"nope\"").unwrap();
    let doc = Doc::new("t.ron", text);
    assert_eq!((problems[0].line, problems[0].column), doc.position(at));
    assert_eq!((problems[0].line, problems[0].column), (11, 22));
}

/// A workshop with `n` stages, each with three mistakes.
fn stages_with_mistakes(n: usize) -> String {
    let stages: String = (0..n)
        .map(|i| {
            format!(
                "        (id: \"s{i}\", title: \"T\", scenario: \"nope\", minutes: 500, visible: [\"zzz\"]),\n"
            )
        })
        .collect();
    format!(
        "(\n    format: \"jaws-workshop\",\n    version: 2,\n    id: \"big\",\n    title: \"Big\",\n    scenarios: [ (id: \"old-deal\", name: \"Old\") ],\n    stages: [\n{stages}    ],\n)\n"
    )
}

#[test]
fn placing_problems_reads_each_part_of_the_file_once() {
    let text = stages_with_mistakes(5000);
    let doc = Doc::new("big.ron", &text);
    for i in 0..5000 {
        for field in ["scenario", "minutes", "visible"] {
            let (_, found) = doc.find(&[Seg::Field("stages"), Seg::Index(i), Seg::Field(field)]);
            assert!(found);
        }
    }
    // Finding the file's end, then the file, its list of stages, and each stage.
    assert!(
        doc.scanned() <= 4 * text.len(),
        "read {} bytes of a {}-byte file to place 15000 problems",
        doc.scanned(),
        text.len()
    );
}

#[test]
fn checking_takes_time_in_proportion_to_the_file() {
    // A coarse guard for the whole check, on a busy machine: were each problem placed by
    // reading the file from its start, 32 times the stages would take about a thousand times
    // as long. The larger file runs on its own thread, so a slow check fails here rather than
    // holding up the tests.
    let check = |n: usize| {
        let text = stages_with_mistakes(n);
        let start = std::time::Instant::now();
        let problems = parse_workshop("big.ron", &text).unwrap_err().0;
        // The first hundred, then how many more.
        assert_eq!(problems.len(), MOST_LISTED + 1);
        let last = &problems[MOST_LISTED].message;
        assert!(
            last.starts_with(&format!("{} more problems", 3 * n - MOST_LISTED)),
            "{last}"
        );
        start.elapsed()
    };
    let small = check(250).min(check(250));
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || done.send(check(8000)));
    let allowed = (small * 200).max(std::time::Duration::from_secs(10));
    if finished.recv_timeout(allowed).is_err() {
        panic!("32 times the stages took longer than {allowed:?}, after {small:?}");
    }
}

/// `n` scenarios, and `n` stages each loading one the workshop does not have.
fn stages_naming_unknown_scenarios(n: usize) -> String {
    let scenarios: String = (0..n)
        .map(|i| format!("        (id: \"scenario-{i}\", name: \"S\"),\n"))
        .collect();
    let stages: String = (0..n)
        .map(|i| {
            format!(
                "        (id: \"s{i}\", title: \"T\", scenario: \"scenario-{i}x\", minutes: 5),\n"
            )
        })
        .collect();
    format!(
        "(\n    format: \"jaws-workshop\",\n    version: 2,\n    id: \"big\",\n    title: \"Big\",\n    scenarios: [\n{scenarios}    ],\n    stages: [\n{stages}    ],\n)\n"
    )
}

#[test]
fn close_names_are_looked_for_only_for_the_problems_listed() {
    // Each unknown scenario could be compared with every scenario for a "did you mean": that
    // is the square of the file. Only the hundred problems listed look; the rest are counted.
    let check = |n: usize| {
        let text = stages_naming_unknown_scenarios(n);
        let start = std::time::Instant::now();
        let problems = parse_workshop("big.ron", &text).unwrap_err().0;
        assert_eq!(problems.len(), MOST_LISTED + 1);
        assert!(
            problems[0]
                .message
                .contains("(did you mean \"scenario-0\"?)"),
            "{}",
            problems[0].message
        );
        let last = &problems[MOST_LISTED];
        assert!(
            last.message
                .starts_with(&format!("{} more problems from here on", n - MOST_LISTED)),
            "{}",
            last.message
        );
        // The count points at the first stage not listed.
        let first_unlisted = format!("(id: \"s{MOST_LISTED}\"");
        assert_eq!(
            (last.line, last.column),
            crate::common::position_of(&text, &first_unlisted)
        );
        start.elapsed()
    };
    let small = check(500).min(check(500));
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || done.send(check(16_000)));
    let allowed = (small * 200).max(std::time::Duration::from_secs(10));
    if finished.recv_timeout(allowed).is_err() {
        panic!("32 times the stages took longer than {allowed:?}, after {small:?}");
    }
}
