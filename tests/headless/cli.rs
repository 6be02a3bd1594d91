//! The command line, run as a real process: what scripts and analysts rely on.
//!
//! Names, exit codes and output shapes here are a contract: scripts depend on them.
//! Exit codes: 0 success, 1 an invalid or unreadable file, 2 a usage error.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{jaws, position, position_of, scratch};

const BUNDLED: &str = include_str!("../../workshops/new-model.ron");
const HORIZON_YEARS: usize = 15;
const BASE_YEAR: i64 = 2026;

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write test file");
    path
}

fn s(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// The bundled workshop with `from` (which must occur exactly once) replaced by `to`.
fn edited(from: &str, to: &str) -> String {
    assert_eq!(BUNDLED.matches(from).count(), 1, "`{from}` is not unique");
    BUNDLED.replacen(from, to, 1)
}

/// One parsed `FILE:LINE:COLUMN: message` line.
#[derive(Debug)]
struct Problem {
    file: String,
    line: usize,
    column: usize,
    message: String,
}

/// One line as a problem, if it is `FILE:LINE:COLUMN: message`.
fn parse_problem(l: &str) -> Option<Problem> {
    let (head, message) = l.split_once(": ")?;
    let mut parts = head.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    let file = parts.next()?.to_owned();
    Some(Problem {
        file,
        line,
        column,
        message: message.to_owned(),
    })
}

/// Every stderr line as a problem; fails if any line is not `FILE:LINE:COLUMN: message`.
fn problems(stderr: &str) -> Vec<Problem> {
    stderr
        .lines()
        .map(|l| {
            let p =
                parse_problem(l).unwrap_or_else(|| panic!("not FILE:LINE:COLUMN: message: {l:?}"));
            assert!(
                p.line >= 1 && p.column >= 1,
                "lines and columns count from 1: {l:?}"
            );
            assert!(!p.message.trim().is_empty(), "empty message: {l:?}");
            p
        })
        .collect()
}

/// `jaws check FILE`, which must fail with exit 1 and exactly the one problem described,
/// without touching the file. `at` is the expected line and column, where there is one.
fn check_fails(path: &Path, at: Option<(usize, usize)>, says: &str) -> Problem {
    let before = std::fs::read(path).ok();
    let run = jaws(&["check", s(path)]);
    assert_eq!(run.code, Some(1), "check {path:?}; stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "", "nothing on stdout for a broken file");
    let mut found = problems(&run.stderr);
    assert_eq!(found.len(), 1, "one problem expected:\n{}", run.stderr);
    let p = found.remove(0);
    assert_eq!(p.file, s(path), "names the file: {p:?}");
    if let Some((line, column)) = at {
        assert_eq!((p.line, p.column), (line, column), "position of {p:?}");
    }
    assert!(
        p.message.to_lowercase().contains(&says.to_lowercase()),
        "message should say {says:?}: {p:?}"
    );
    for internal in [
        "WorkshopFile",
        "ScenarioEntry",
        "ScenarioFileShape",
        "LeverOverride",
    ] {
        assert!(!p.message.contains(internal), "leaks a type name: {p:?}");
    }
    assert_eq!(
        std::fs::read(path).ok(),
        before,
        "checking changed {path:?}"
    );
    p
}

/// A usage error: exit 2, nothing on stdout, a message on stderr that says `says`.
fn usage_error(args: &[&str], says: &str) {
    let run = jaws(args);
    assert_eq!(run.code, Some(2), "jaws {args:?}; stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "", "jaws {args:?} wrote to stdout");
    assert!(
        run.stderr.contains(says),
        "jaws {args:?} should say {says:?}:\n{}",
        run.stderr
    );
}

fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<f64>>) {
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .expect("a header row")
        .split(',')
        .map(str::to_owned)
        .collect();
    let rows: Vec<Vec<f64>> = lines
        .map(|l| {
            let cells: Vec<f64> = l
                .split(',')
                .map(|c| c.parse().unwrap_or_else(|_| panic!("not a number: {c:?}")))
                .collect();
            assert_eq!(cells.len(), header.len(), "row width: {l:?}");
            cells
        })
        .collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name:?} in {header:?}"))
}

fn project_csv(args: &[&str]) -> (Vec<String>, Vec<Vec<f64>>) {
    let mut all = vec!["project", "--format", "csv"];
    all.extend_from_slice(args);
    parse_csv(&jaws(&all).ok().stdout)
}

fn final_value(args: &[&str], name: &str) -> f64 {
    let (header, rows) = project_csv(args);
    rows.last().unwrap()[column(&header, name)]
}

fn object_keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

// ---------------------------------------------------------------- levers

#[test]
fn levers_json_describes_every_lever_in_four_domains() {
    let levers = jaws(&["levers", "--format", "json"]).ok().json();
    let levers = levers.as_array().expect("an array of levers");
    let mut ids = Vec::new();
    for l in levers {
        for key in [
            "id",
            "label",
            "domain",
            "unit",
            "min",
            "max",
            "default",
            "description",
        ] {
            assert!(l.get(key).is_some(), "lever lacks {key}: {l}");
        }
        for key in ["id", "label", "domain", "unit", "description"] {
            assert!(l[key].as_str().is_some_and(|v| !v.is_empty()), "{key}: {l}");
        }
        let (min, max, default) = (
            l["min"].as_f64().unwrap(),
            l["max"].as_f64().unwrap(),
            l["default"].as_f64().unwrap(),
        );
        assert!(min < max && (min..=max).contains(&default), "range: {l}");
        ids.push(l["id"].as_str().unwrap());
    }
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "lever ids are unique");
    for domain in ["cultural", "structural", "political", "financial"] {
        let n = levers.iter().filter(|l| l["domain"] == domain).count();
        assert!(n >= 3, "{n} levers in the {domain} domain");
    }
    for id in ["council_tax_rise", "reserves_use", "co_production"] {
        assert!(ids.contains(&id), "no lever {id}");
    }
}

#[test]
fn levers_table_has_a_row_a_lever() {
    let n = jaws(&["levers", "--format", "json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .len();
    let table = jaws(&["levers"]).ok().stdout;
    let mut lines = table.lines();
    let header = lines.next().unwrap();
    for col in ["id", "domain", "min", "max", "default"] {
        assert!(header.split_whitespace().any(|h| h == col), "{header}");
    }
    assert_eq!(lines.count(), n);
    assert!(table.contains("council_tax_rise"));
}

#[test]
fn levers_read_a_given_workshop() {
    let tmp = scratch("levers-workshop");
    let dir = tmp.path();
    let copy = write(dir, "copy.ron", BUNDLED);
    let bundled = jaws(&["levers", "--format", "json"]).ok().stdout;
    let given = jaws(&["levers", "--workshop", s(&copy), "--format", "json"])
        .ok()
        .stdout;
    assert_eq!(given, bundled);

    let changed = write(
        dir,
        "changed.ron",
        edited(
            "\"council_tax_rise\": (bands: [",
            "\"council_tax_rise\": (default: 1.5, bands: [",
        ),
    );
    let levers = jaws(&["levers", "--workshop", s(&changed), "--format", "json"])
        .ok()
        .json();
    let lever = levers
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "council_tax_rise")
        .unwrap();
    assert_eq!(lever["default"], 1.5);
}

// ---------------------------------------------------------------- project

#[test]
fn project_csv_has_a_header_and_a_row_a_year() {
    let (header, rows) = project_csv(&[]);
    assert_eq!(
        header[..5],
        ["year", "demand", "resources", "gap", "reserves"],
        "leading columns"
    );
    assert_eq!(rows.len(), HORIZON_YEARS);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r[0], (BASE_YEAR + i as i64) as f64, "years run one a row");
        assert!(r.iter().all(|v| v.is_finite()));
    }
}

/// A CSV column's figure in a JSON row: at the top, or, for a service line's spending or
/// share, under `lines` (social care's share is adults' and children's together).
fn json_figure(row: &Value, name: &str) -> Option<f64> {
    if let Some(v) = row[name].as_f64() {
        return Some(v);
    }
    let lines = &row["lines"];
    if name == "social_care_share" {
        return Some(
            lines["adult_social_care"]["share"].as_f64()?
                + lines["children_social_care"]["share"].as_f64()?,
        );
    }
    let (line, figure) = name.rsplit_once('_')?;
    lines[line][figure].as_f64()
}

#[test]
fn project_csv_matches_json() {
    for scenario in [None, Some("new-deal")] {
        let mut args = vec![];
        if let Some(id) = scenario {
            args.extend(["--scenario", id]);
        }
        let (header, rows) = project_csv(&args);
        args.extend(["--format", "json"]);
        let mut all = vec!["project"];
        all.extend(args);
        let json = jaws(&all).ok().json();
        assert_eq!(json["scenario"].as_str(), scenario);
        let json_rows = json["rows"].as_array().expect("rows");
        assert_eq!(json_rows.len(), rows.len());
        for (csv, js) in rows.iter().zip(json_rows) {
            for (name, v) in header.iter().zip(csv) {
                let j =
                    json_figure(js, name).unwrap_or_else(|| panic!("JSON row lacks {name}: {js}"));
                // CSV has four decimal places.
                assert!(
                    (v - j).abs() <= 0.5e-4 + 1e-9 * j.abs(),
                    "{name}: {v} vs {j}"
                );
            }
        }
    }
}

#[test]
fn project_without_a_scenario_uses_the_lever_defaults() {
    let json = jaws(&["project", "--format", "json"]).ok().json();
    assert!(json["scenario"].is_null());
    let levers = jaws(&["levers", "--format", "json"]).ok().json();
    let mut sets = Vec::new();
    for l in levers.as_array().unwrap() {
        let id = l["id"].as_str().unwrap();
        assert_eq!(json["levers"][id], l["default"], "lever {id}");
        sets.push(format!("{id}={}", l["default"]));
    }
    let mut args = vec!["project", "--format", "csv"];
    for set in &sets {
        args.extend(["--set", set]);
    }
    let explicit = jaws(&args).ok().stdout;
    assert_eq!(explicit, jaws(&["project", "--format", "csv"]).ok().stdout);
}

#[test]
fn set_moves_the_projection_the_right_way() {
    let low = final_value(&["--set", "council_tax_rise=0"], "resources");
    let high = final_value(&["--set", "council_tax_rise=10"], "resources");
    assert!(
        high > low,
        "raising council tax raises resources: {low} -> {high}"
    );

    let low = final_value(&["--set", "grant_change=-8"], "grant");
    let high = final_value(&["--set", "grant_change=4"], "grant");
    assert!(
        high > low,
        "a better settlement raises grant: {low} -> {high}"
    );

    // --set applies on top of a scenario, and the last setting of a lever wins.
    let json = jaws(&[
        "project",
        "--scenario",
        "new-deal",
        "--set",
        "council_tax_rise=1",
        "--set",
        " council_tax_rise = 2.5 ",
        "--format",
        "json",
    ])
    .ok()
    .json();
    assert_eq!(json["levers"]["council_tax_rise"], 2.5);
    assert_eq!(json["scenario"], "new-deal");
}

#[test]
fn old_and_new_deal_differ() {
    let old = jaws(&["project", "--scenario", "old-deal", "--format", "csv"])
        .ok()
        .stdout;
    let new = jaws(&["project", "--scenario", "new-deal", "--format", "csv"])
        .ok()
        .stdout;
    assert_ne!(old, new);
    assert_eq!(parse_csv(&old).1.len(), HORIZON_YEARS);
    assert_eq!(parse_csv(&new).1.len(), HORIZON_YEARS);
}

#[test]
fn project_table_is_readable() {
    let out = jaws(&["project", "--scenario", "old-deal"]).ok().stdout;
    assert!(out.contains("old-deal"), "{out}");
    assert!(out.lines().any(|l| l.starts_with("year")), "{out}");
    assert!(out.contains("cumulative gap"), "{out}");
}

// ---------------------------------------------------------------- sweep

fn sweep(args: &[&str]) -> String {
    let mut all = vec!["sweep", "--samples", "200"];
    all.extend_from_slice(args);
    jaws(&all).ok().stdout
}

#[test]
fn sweep_gives_ordered_percentiles_a_year() {
    let (header, rows) = parse_csv(&sweep(&["--format", "csv"]));
    assert_eq!(header[0], "year");
    let (p5, p50, p95) = (
        column(&header, "gap_p5"),
        column(&header, "gap_p50"),
        column(&header, "gap_p95"),
    );
    assert_eq!(rows.len(), HORIZON_YEARS);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r[0], (BASE_YEAR + i as i64) as f64);
        assert!(r[p5] <= r[p50] && r[p50] <= r[p95], "row {r:?}");
    }
    assert!(
        rows.iter().any(|r| r[p5] < r[p95]),
        "the futures spread out"
    );

    let json = jaws(&[
        "sweep",
        "--samples",
        "50",
        "--scenario",
        "new-deal",
        "--format",
        "json",
    ])
    .ok()
    .json();
    let rows = json.as_array().expect("an array of years");
    assert_eq!(rows.len(), HORIZON_YEARS);
    for r in rows {
        let p = |k: &str| r[k].as_f64().unwrap_or_else(|| panic!("no {k}: {r}"));
        assert!(
            p("gap_p5") <= p("gap_p50") && p("gap_p50") <= p("gap_p95"),
            "{r}"
        );
    }
}

#[test]
fn sweep_seeds_are_repeatable() {
    let a = sweep(&["--seed", "7", "--format", "csv"]);
    assert_eq!(a, sweep(&["--seed", "7", "--format", "csv"]));
    assert_ne!(a, sweep(&["--seed", "8", "--format", "csv"]));
    assert_eq!(
        sweep(&["--seed", "7", "--format", "json"]),
        sweep(&["--seed", "7", "--format", "json"])
    );
    assert!(sweep(&[]).contains("gap_p50"), "the table has a header");
}

// ---------------------------------------------------------------- links

#[test]
fn links_json_lists_causal_links() {
    let links = jaws(&["links", "--format", "json"]).ok().json();
    let links = links.as_array().expect("an array of links");
    assert!(!links.is_empty());
    for l in links {
        assert_eq!(
            object_keys(l),
            ["delay", "description", "from", "polarity", "to"],
            "{l}"
        );
        assert!(l["polarity"] == "+" || l["polarity"] == "-", "{l}");
        for key in ["from", "to", "delay", "description"] {
            assert!(l[key].as_str().is_some_and(|v| !v.is_empty()), "{key}: {l}");
        }
    }
    assert!(jaws(&["links"]).ok().stdout.starts_with("from"));
}

// ---------------------------------------------------------------- usage errors

#[test]
fn bad_settings_are_usage_errors() {
    usage_error(
        &["project", "--set", "no_such_lever=1"],
        "unknown lever `no_such_lever`",
    );
    usage_error(&["project", "--set", "council_tax_rise=11"], "out of range");
    usage_error(&["project", "--set", "council_tax_rise=-1"], "out of range");
    usage_error(
        &["project", "--set", "council_tax_rise=nan"],
        "out of range",
    );
    usage_error(
        &["project", "--set", "council_tax_rise=inf"],
        "out of range",
    );
    usage_error(
        &["project", "--set", "council_tax_rise=abc"],
        "`abc` is not a number",
    );
    usage_error(
        &["project", "--set", "council_tax_rise="],
        "is not a number",
    );
    usage_error(&["project", "--set", "council_tax_rise"], "LEVER=VALUE");
    usage_error(&["project", "--set", "=3"], "unknown lever");
}

#[test]
fn bad_options_are_usage_errors() {
    usage_error(
        &["project", "--scenario", "no-such"],
        "unknown scenario `no-such`",
    );
    usage_error(&["project", "--scenario", "no-such"], "old-deal");
    usage_error(
        &["sweep", "--samples", "10", "--scenario", "no-such"],
        "unknown scenario",
    );
    usage_error(&["sweep"], "--samples");
    usage_error(&["sweep", "--samples", "0"], "--samples");
    usage_error(&["sweep", "--samples", "-5"], "--samples");
    usage_error(&["sweep", "--samples", "many"], "--samples");
    usage_error(&["sweep", "--samples", "10", "--seed", "x"], "--seed");
    for command in ["levers", "project", "sweep", "links"] {
        let mut args = vec![command, "--format", "xml"];
        if command == "sweep" {
            args.extend(["--samples", "10"]);
        }
        usage_error(&args, "xml");
    }
    usage_error(&["check"], "FILE");
    usage_error(&["no-such-command"], "no-such-command");
}

// ---------------------------------------------------------------- check

#[test]
fn the_bundled_workshop_checks_ok() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/workshops/new-model.ron");
    let before = std::fs::read(path).unwrap();
    let run = jaws(&["check", path]).ok();
    assert!(run.stdout.contains("ok (workshop)"), "{}", run.stdout);
    assert_eq!(run.stderr, "");
    assert_eq!(std::fs::read(path).unwrap(), before);
}

#[test]
fn check_finds_mistakes_in_scenarios() {
    let tmp = scratch("check-scenarios");
    let dir = tmp.path();

    let text = edited(
        "\"relationship_building\": 0.8",
        "\"relationship_buildng\": 0.8",
    );
    let path = write(dir, "unknown-lever.ron", &text);
    check_fails(
        &path,
        Some(position_of(&text, "\"relationship_buildng\"")),
        "relationship_buildng",
    );

    let text = edited("\"co_production\": 35.0", "\"co_production\": 135.0");
    let path = write(dir, "out-of-range.ron", &text);
    let p = check_fails(
        &path,
        Some(position_of(&text, "\"co_production\": 135")),
        "range",
    );
    assert!(
        p.message.contains("new-deal") && p.message.contains("co_production"),
        "{p:?}"
    );

    // The stage that loads "cut-to-balance" loads the other "old-deal" instead.
    // (Its Welsh words go too: they would name a scenario the workshop no longer has.)
    let text = edited("id: \"cut-to-balance\"", "id: \"old-deal\"")
        .replace("scenario: \"cut-to-balance\"", "scenario: \"old-deal\"");
    let text = format!(
        "{}\n)\n",
        &text[..text.find("\n    translations:").unwrap()]
    );
    let path = write(dir, "duplicate-id.ron", &text);
    let second = text.rfind("id: \"old-deal\"").unwrap() + "id: ".len();
    check_fails(&path, Some(position(&text, second)), "twice");

    let text = edited(
        "\"service_reductions\": 10.0,",
        "\"service_reductions\": 10.0,\n                \"service_reductions\": 12.0,",
    );
    let path = write(dir, "duplicate-key.ron", &text);
    check_fails(
        &path,
        Some(position_of(&text, "\"service_reductions\": 12.0")),
        "twice",
    );
}

#[test]
fn check_finds_mistakes_in_values_and_fields() {
    let tmp = scratch("check-values");
    let dir = tmp.path();

    let text = edited("base_budget: 750.0", "base_budget: 7.5.0");
    let path = write(dir, "malformed-number.ron", &text);
    check_fails(&path, Some(position_of(&text, "7.5.0")), "number");

    let text = edited("base_budget: 750.0", "base_budget: \"750\"");
    let path = write(dir, "wrong-type.ron", &text);
    check_fails(&path, Some(position_of(&text, "\"750\"")), "number");

    let text = edited("    author: \"Jaws\",", "    authr: \"Jaws\",");
    let path = write(dir, "unknown-field.ron", &text);
    check_fails(&path, Some(position_of(&text, "authr")), "authr");

    let text = edited(
        "\"grant_change\": (bands: [",
        "\"grant_change\": (default: 9.0, bands: [",
    );
    let path = write(dir, "override-default.ron", &text);
    check_fails(
        &path,
        Some(position_of(&text, "\"grant_change\": (default")),
        "outside",
    );

    let text = edited("version: 4,", "version: 99,");
    let path = write(dir, "newer.ron", &text);
    check_fails(&path, Some(position_of(&text, "version: 99")), "newer");
}

#[test]
fn check_finds_syntax_errors() {
    let tmp = scratch("check-syntax");
    let dir = tmp.path();

    // The comma belongs straight after `"Jaws"`, not where the next field starts.
    let text = edited("    author: \"Jaws\",", "    author: \"Jaws\"");
    let path = write(dir, "missing-comma.ron", &text);
    let (line, column) = position_of(&text, "author: \"Jaws\"");
    check_fails(
        &path,
        Some((line, column + "author: \"Jaws\"".len())),
        "comma",
    );

    // Missing the last `)`: the file ends before it is closed.
    let text = BUNDLED.trim_end().strip_suffix(')').unwrap().to_owned();
    let path = write(dir, "missing-paren.ron", &text);
    check_fails(&path, None, "ends too early");

    // Missing a `)` in the middle: found on the next line, which starts with `(`.
    let text = edited(
        "(from: 0.0, to: 0.5, label: \"freeze\"),",
        "(from: 0.0, to: 0.5, label: \"freeze\",",
    );
    let path = write(dir, "missing-inner-paren.ron", &text);
    let next = text.find("(from: 0.5, to: 4.99").unwrap();
    check_fails(&path, Some(position(&text, next)), ")");
}

#[test]
fn check_refuses_what_is_not_a_jaws_file() {
    let tmp = scratch("check-not-jaws");
    let dir = tmp.path();

    check_fails(&write(dir, "empty.ron", ""), Some((1, 1)), "empty");
    check_fails(
        &write(dir, "blank.ron", " \n\t\n  \r\n"),
        Some((1, 1)),
        "empty",
    );

    // Bytes 0xff 0xfe in the middle of line 3.
    let line3 = BUNDLED.match_indices('\n').nth(1).unwrap().0 + 1;
    let at = line3 + 10;
    assert!(BUNDLED[line3..at].is_ascii());
    let mut bytes = BUNDLED.as_bytes()[..at].to_vec();
    bytes.extend([0xff, 0xfe]);
    bytes.extend(&BUNDLED.as_bytes()[at..]);
    check_fails(&write(dir, "not-utf8.ron", bytes), Some((3, 11)), "UTF-8");

    check_fails(&dir.join("no-such-file.ron"), Some((1, 1)), "no such file");
    std::fs::create_dir(dir.join("folder.ron")).unwrap();
    check_fails(&dir.join("folder.ron"), Some((1, 1)), "folder");
}

#[test]
fn check_survives_absurd_nesting() {
    let tmp = scratch("check-nesting");
    let dir = tmp.path();
    let deep = |open: &str, close: &str| open.repeat(10_000) + &close.repeat(10_000);

    let path = write(dir, "brackets.ron", deep("[", "]"));
    check_fails(&path, Some((1, 1)), "(");
    let path = write(dir, "parens.ron", deep("(", ")"));
    check_fails(&path, None, "");

    // Deep inside a field nobody knows, where a reader skipping it would recurse.
    let head =
        "(format: \"jaws-workshop\", version: 1, id: \"x\", title: \"t\", scenarios: [], extra: ";
    let path = write(dir, "workshop.ron", format!("{head}{})", deep("[", "]")));
    check_fails(&path, None, "extra");
    let head = "(format: \"jaws-scenario\", version: 1, workshop: \"new-model\", \
                scenario: (id: \"a\", name: \"A\"), extra: ";
    let path = write(dir, "scenario.ron", format!("{head}{})", deep("[", "]")));
    check_fails(&path, None, "extra");
    let path = write(dir, "unclosed.ron", format!("{head}{}", "{".repeat(10_000)));
    check_fails(&path, None, "");
}

#[test]
fn check_refuses_a_huge_file() {
    let tmp = scratch("check-huge");
    let dir = tmp.path();
    // A comment line to take it past 8 MiB, then a valid workshop: refused for size alone.
    let mut text = String::with_capacity(9 << 20);
    text.push_str("// ");
    text.push_str(&"x".repeat((8 << 20) + 1024));
    text.push('\n');
    text.push_str(BUNDLED);
    let path = write(dir, "huge.ron", text);
    check_fails(&path, Some((1, 1)), "MiB");
}

const SCENARIO_FILE: &str = r#"// A scenario on its own, to carry between laptops.
(
    format: "jaws-scenario",
    version: 2,
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

#[test]
fn check_reads_scenario_files() {
    let tmp = scratch("check-scenario-files");
    let dir = tmp.path();
    let good = write(dir, "good.ron", SCENARIO_FILE);
    let run = jaws(&["check", s(&good)]).ok();
    assert_eq!(run.stdout.trim(), format!("{}: ok (scenario)", s(&good)));

    let text = SCENARIO_FILE.replace("\"co_production\": 20.0", "\"co_production\": 99.0");
    let path = write(dir, "out-of-range.ron", &text);
    check_fails(
        &path,
        Some(position_of(&text, "\"co_production\"")),
        "range",
    );

    let text = SCENARIO_FILE.replace("\"council_tax_rise\"", "\"council_tax\"");
    let path = write(dir, "unknown-lever.ron", &text);
    check_fails(
        &path,
        Some(position_of(&text, "\"council_tax\"")),
        "unknown lever",
    );

    // A syntax error is still reported as a scenario file's, at the missing comma.
    let text = SCENARIO_FILE.replace("2.0,", "2.0");
    let path = write(dir, "missing-comma.ron", &text);
    let (line, column) = position_of(&text, "\"council_tax_rise\": 2.0");
    let p = check_fails(
        &path,
        Some((line, column + "\"council_tax_rise\": 2.0".len())),
        "comma",
    );
    assert!(!p.message.contains("workshop"), "{p:?}");

    let text = SCENARIO_FILE.replace("version: 2,", "version: 99,");
    let path = write(dir, "newer.ron", &text);
    check_fails(&path, Some(position_of(&text, "version: 99")), "newer");

    let text = SCENARIO_FILE.replace("        name: \"My deal\",\n", "");
    let path = write(dir, "no-name.ron", &text);
    check_fails(&path, None, "name");
}

#[test]
fn check_reports_every_file() {
    let tmp = scratch("check-several");
    let dir = tmp.path();
    let good = write(dir, "good.ron", BUNDLED);
    let scenario = write(dir, "scenario.ron", SCENARIO_FILE);
    let range_text = edited("\"co_production\": 35.0", "\"co_production\": 135.0");
    let range = write(dir, "range.ron", &range_text);
    let empty = write(dir, "empty.ron", "");
    let missing = dir.join("missing.ron");
    let two_text = edited(
        "\"relationship_building\": 0.8",
        "\"relationship_buildng\": 0.8",
    )
    .replacen("version: 4,", "version: 99,", 1);
    let two = write(dir, "two.ron", &two_text);

    let paths = [&good, &range, &empty, &missing, &scenario, &two];
    let before: Vec<Option<Vec<u8>>> = paths.iter().map(|p| std::fs::read(p).ok()).collect();
    let args: Vec<&str> = std::iter::once("check")
        .chain(paths.iter().map(|p| s(p)))
        .collect();
    let run = jaws(&args);
    assert_eq!(run.code, Some(1), "{}", run.stderr);

    let found = problems(&run.stderr);
    let files: Vec<&str> = found.iter().map(|p| p.file.as_str()).collect();
    assert_eq!(
        files,
        [s(&range), s(&empty), s(&missing), s(&two), s(&two)],
        "every problem of every file, in order:\n{}",
        run.stderr
    );
    assert_eq!(
        (found[0].line, found[0].column),
        position_of(&range_text, "\"co_production\": 135")
    );
    assert!(run.stdout.contains(&format!("{}: ok (workshop)", s(&good))));
    assert!(
        run.stdout
            .contains(&format!("{}: ok (scenario)", s(&scenario)))
    );
    assert_eq!(run.stdout.lines().count(), 2, "{}", run.stdout);

    let after: Vec<Option<Vec<u8>>> = paths.iter().map(|p| std::fs::read(p).ok()).collect();
    assert!(before == after, "checking modified a file");
}

// ---------------------------------------------------------------- --workshop

#[test]
fn a_broken_workshop_option_is_an_invalid_file() {
    let tmp = scratch("workshop-option");
    let dir = tmp.path();
    let text = edited("base_budget: 750.0", "base_budget: 7.5.0");
    let broken = write(dir, "broken.ron", &text);
    let missing = dir.join("missing.ron");
    let scenario = write(dir, "scenario.ron", SCENARIO_FILE);
    let at = position_of(&text, "7.5.0");

    for (path, place, says) in [
        (&broken, Some(at), "number"),
        (&missing, Some((1, 1)), "no such file"),
        (&scenario, None, "scenario file"),
    ] {
        for command in [
            &["project"][..],
            &["project", "--format", "csv"],
            &["levers", "--format", "json"],
            &["sweep", "--samples", "10"],
        ] {
            let mut args = command.to_vec();
            args.extend(["--workshop", s(path)]);
            let run = jaws(&args);
            assert_eq!(run.code, Some(1), "jaws {args:?}:\n{}", run.stderr);
            assert_eq!(run.stdout, "", "jaws {args:?}");
            let found = problems(&run.stderr);
            assert_eq!(found.len(), 1, "{}", run.stderr);
            assert_eq!(found[0].file, s(path));
            if let Some(place) = place {
                assert_eq!((found[0].line, found[0].column), place, "{:?}", found[0]);
            }
            assert!(found[0].message.contains(says), "{:?}", found[0]);
        }
    }
}

#[test]
fn a_byte_order_mark_is_not_an_error() {
    let tmp = scratch("bom");
    let dir = tmp.path();
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(BUNDLED.as_bytes());
    let path = write(dir, "bom.ron", &bytes);
    jaws(&["check", s(&path)]).ok();
}
