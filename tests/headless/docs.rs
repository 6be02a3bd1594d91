//! docs/model.md and docs/validation.md stay true to the code.
//!
//! Sections between `<!-- BEGIN GENERATED: name -->` and `<!-- END GENERATED: name -->` must
//! equal what the code generates now. To regenerate them after changing the model, run
//!
//!     UPDATE_DOCS=1 cargo test --test docs
//!
//! The hand-written parts are checked too, though they cannot be regenerated: the workshop's
//! own `sources` are quoted word for word, and every fixed coefficient in src/model/simulate.rs
//! is listed with the value the code uses. (Every lever's and assumption's source is in the
//! code and in a generated table.)

use std::ops::Range;
use std::path::{Path, PathBuf};

use jaws::model::docs::{
    assumptions_markdown, lever_claims_markdown, levers_markdown, links_markdown, reach_markdown,
    schedules_markdown, sources_markdown,
};
use jaws::model::sweep::sweep;
use jaws::model::validation::{Reference, markdown, validate};
use jaws::model::{Line, simulate};
use jaws::workshop::Workshop;

/// Futures and seed behind the generated sweep table (the same as `jaws sweep --samples 2000`).
const SWEEP_SAMPLES: usize = 2000;
const SWEEP_SEED: u64 = 1;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn doc_path() -> PathBuf {
    root().join("docs").join("model.md")
}

fn validation_path() -> PathBuf {
    root().join("docs").join("validation.md")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn generated() -> Vec<(&'static str, String)> {
    vec![
        ("links", links_markdown()),
        ("reach", reach_markdown()),
        ("schedules", schedules_markdown()),
        ("levers", levers_markdown()),
        ("claims", lever_claims_markdown()),
        ("assumptions", assumptions_markdown()),
        ("sources", sources_markdown()),
        ("scenarios", scenarios_markdown()),
        ("sweep", sweep_markdown()),
    ]
}

fn validation_generated() -> Vec<(&'static str, String)> {
    vec![("validation", markdown(&validate(&reference)))]
}

/// A reference scenario from the built-in workshops.
fn reference(r: &Reference) -> Option<(jaws::model::Assumptions, jaws::model::LeverValues)> {
    Workshop::bundled_scenario(r.workshop, r.scenario)
}

fn begin_marker(name: &str) -> String {
    format!("<!-- BEGIN GENERATED: {name} -->")
}

fn end_marker(name: &str) -> String {
    format!("<!-- END GENERATED: {name} -->")
}

/// What goes between the markers: the table set off by blank lines.
fn body(content: &str) -> String {
    format!("\n\n{content}\n")
}

/// Byte range of the text between a section's markers.
fn section(doc: &str, name: &str) -> Result<Range<usize>, String> {
    let (begin, end) = (begin_marker(name), end_marker(name));
    let count = |m: &str| doc.matches(m).count();
    if count(&begin) != 1 || count(&end) != 1 {
        return Err(format!(
            "docs/model.md must hold `{begin}` and `{end}` once each (found {} and {}); \
             add them where the `{name}` table belongs",
            count(&begin),
            count(&end)
        ));
    }
    let start = doc.find(&begin).unwrap() + begin.len();
    let stop = doc.find(&end).unwrap();
    if stop < start {
        return Err(format!("`{end}` comes before `{begin}` in docs/model.md"));
    }
    Ok(start..stop)
}

/// The document with every generated section taken out: what people wrote by hand.
fn hand_written(doc: &str) -> String {
    let mut out = doc.to_owned();
    for (name, _) in generated() {
        let r = section(&out, name).unwrap_or_else(|e| panic!("{e}"));
        out.replace_range(r, "\n");
    }
    out
}

/// Where a section first differs, by line of docs/model.md (`line` is the BEGIN marker's).
fn first_difference(found: &str, expected: &str, line: usize) -> String {
    let mut found_lines = found.lines();
    for (i, want) in expected.lines().enumerate() {
        match found_lines.next() {
            Some(got) if got == want => {}
            Some(got) => {
                return format!(
                    "docs/model.md line {}:\n  found:    {got}\n  expected: {want}",
                    line + i
                );
            }
            None => {
                return format!(
                    "docs/model.md line {}: missing\n  expected: {want}",
                    line + i
                );
            }
        }
    }
    match found_lines.next() {
        Some(extra) => format!("extra lines, starting:\n  {extra}"),
        None => "the sections differ in blank lines or line endings".into(),
    }
}

#[test]
fn generated_sections_match_the_code() {
    check_generated(doc_path(), generated());
}

#[test]
fn the_validation_table_matches_the_code() {
    check_generated(validation_path(), validation_generated());
}

/// The validation table is run, not only printed: every row has a value, and the rows that
/// fail are the ones docs/validation.md explains.
#[test]
fn validation_rows_are_measured_and_their_results_known() {
    let out = validate(&reference);
    assert!(out.len() >= 10);
    for o in &out {
        assert!(!o.missing, "{}: scenario not found", o.id);
        assert!(o.value.is_some(), "{}: not measured", o.id);
    }
    let failing: Vec<&str> = out.iter().filter(|o| !o.pass).map(|o| o.id).collect();
    assert_eq!(
        failing,
        ["nao-2018-social-care-share"],
        "the rows that fail have changed"
    );
    // Every failure is explained, and every explanation is of a failure: a row marked
    // explained that now passes has a note that is no longer true.
    for o in &out {
        assert_eq!(
            o.explained,
            !o.pass,
            "{}: {} (fix the model or the note, never the band)",
            o.id,
            o.verdict()
        );
    }
}

fn check_generated(path: PathBuf, generated: Vec<(&'static str, String)>) {
    let doc = read(&path);
    let file = path.file_name().unwrap().to_string_lossy().into_owned();
    if std::env::var("UPDATE_DOCS").as_deref() == Ok("1") {
        let mut updated = doc.clone();
        for (name, content) in generated.iter().cloned() {
            let r = section(&updated, name).unwrap_or_else(|e| panic!("{e}"));
            updated.replace_range(r, &body(&content));
        }
        if updated != doc {
            // Write beside and rename, so that the other tests never read half a file.
            let tmp = path.with_extension("md.tmp");
            std::fs::write(&tmp, &updated).expect("write the .md.tmp file");
            std::fs::rename(&tmp, &path).expect("replace the document");
            eprintln!("docs/{file}: generated sections rewritten");
        }
        return;
    }
    let mut stale = Vec::new();
    for (name, content) in generated {
        let r = section(&doc, name).unwrap_or_else(|e| panic!("{e}"));
        let expected = body(&content);
        if doc[r.clone()] != expected {
            stale.push(format!(
                "section `{name}`: {}",
                first_difference(&doc[r.clone()], &expected, doc[..r.start].lines().count())
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "docs/{file} no longer matches the code; regenerate it with\n  \
         UPDATE_DOCS=1 cargo test --test headless docs::\nthen read the hand-written text around \
         the changed tables.\n\n{}",
        stale.join("\n\n")
    );
}

/// The hand-written line that starts a table row for `id`, if any.
fn row<'a>(text: &'a str, id: &str) -> Option<&'a str> {
    let start = format!("| `{id}` |");
    text.lines().find(|l| l.starts_with(&start))
}

#[test]
fn the_workshop_sources_are_quoted_word_for_word() {
    let text = hand_written(&read(&doc_path()));
    let w = Workshop::bundled();
    for (id, source) in &w.sources {
        let line =
            row(&text, id).unwrap_or_else(|| panic!("docs/model.md has no source row for `{id}`"));
        assert!(
            line.contains(source.as_str()),
            "the source row for `{id}` in docs/model.md must quote the bundled workshop's \
             source word for word:\n  {source}\nfound:\n  {line}"
        );
    }
}

/// `(name, value)` of every `const` in src/model/simulate.rs, value as written.
fn simulate_constants() -> Vec<(String, String)> {
    let source = read(&root().join("src/model/simulate.rs"));
    source
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l
                .strip_prefix("pub const ")
                .or_else(|| l.strip_prefix("const "))?;
            let (name, rest) = rest.split_once(':')?;
            let (_, value) = rest.split_once('=')?;
            let value = value.trim().strip_suffix(';')?;
            Some((name.trim().to_owned(), value.trim().to_owned()))
        })
        .collect()
}

#[test]
fn every_fixed_coefficient_is_documented_with_its_value() {
    let text = hand_written(&read(&doc_path()));
    let constants = simulate_constants();
    assert!(
        constants.len() >= 20,
        "found only {} constants in simulate.rs: has its layout changed?",
        constants.len()
    );
    let wrong: Vec<String> = constants
        .iter()
        .filter(|(name, value)| {
            let want = format!("| `{name}` | {value} |");
            !text.lines().any(|l| l.starts_with(&want))
        })
        .map(|(name, value)| format!("| `{name}` | {value} | …reasoning… |"))
        .collect();
    assert!(
        wrong.is_empty(),
        "docs/model.md (\"Fixed coefficients\") lacks these rows, or gives another value:\n{}",
        wrong.join("\n")
    );
}

fn money(v: f64) -> String {
    format!("{v:.1}")
}

fn year(y: Option<i32>, last: i32) -> String {
    y.map_or(format!("not by {last}"), |y| y.to_string())
}

/// Headline figures of every scenario in the bundled workshop.
fn scenarios_markdown() -> String {
    let w = Workshop::bundled();
    let first = w.assumptions.base_year;
    let last = first + w.assumptions.horizon_years as i32 - 1;
    let mut out = format!(
        "| scenario | gap {first} | gap {} | gap {last} | savings that recur, {last} | \
         in-year cuts, total | reserves {last} | section 114 | jaws close | \
         social care share {first} → {last} | unmet need {last} | trust {last} |\n",
        first + 1
    );
    out.push_str(&format!("|{}\n", " --- |".repeat(12)));
    for s in &w.scenarios {
        let p = simulate(&w.assumptions, &w.values_for(s));
        let h = p.headlines();
        let end = p.final_row();
        let total = |f: fn(&jaws::model::YearRow) -> f64| p.rows.iter().map(f).sum::<f64>();
        let care = |r: &jaws::model::YearRow| {
            r.lines.get(Line::Adults).share + r.lines.get(Line::Children).share
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {} | {} | {} | {:.0}% → {:.0}% | {} | {:.2} |\n",
            s.id,
            money(p.rows[0].gap),
            money(p.rows[1].gap),
            money(h.final_gap),
            money(end.savings),
            money(total(|r| r.cuts)),
            money(end.reserves),
            year(h.section_114, last),
            year(h.jaws_close, last),
            100.0 * care(&p.rows[0]),
            100.0 * care(&end),
            money(end.unmet_need),
            end.trust,
        ));
    }
    out
}

/// Final-year gap percentiles of every scenario across the workshop's uncertain futures.
fn sweep_markdown() -> String {
    let w = Workshop::bundled();
    let last = w.assumptions.base_year + w.assumptions.horizon_years as i32 - 1;
    let mut out = format!(
        "| scenario | gap {last}, p5 | p25 | p50 | p75 | p95 | futures below minimum in {last} | \
         first year half or more are below |\n"
    );
    out.push_str(&format!("|{}\n", " --- |".repeat(8)));
    for s in &w.scenarios {
        let rows = sweep(
            &w.assumptions,
            &w.uncertain,
            &w.values_for(s),
            SWEEP_SAMPLES,
            SWEEP_SEED,
        );
        let end = rows.last().expect("a sweep has a row a year");
        let half = rows.iter().find(|r| r.below_minimum >= 0.5).map(|r| r.year);
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {:.0}% | {} |\n",
            s.id,
            money(end.gap_p5),
            money(end.gap_p25),
            money(end.gap_p50),
            money(end.gap_p75),
            money(end.gap_p95),
            end.below_minimum * 100.0,
            year(half, last),
        ));
    }
    out
}
