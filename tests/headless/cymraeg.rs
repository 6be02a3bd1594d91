//! Welsh outside the window: the report and exported charts follow the language (`--lang`
//! on the command line, the thread's language in the library), with Welsh month names and
//! the `lang` attribute to match, and stay well-formed.

use std::fs;

use jaws::export::{Chart, ChartKind, build_report_in, render_svg, workshop_series};
use jaws::i18n::{self, Lang};
use jaws::workshop::Workshop;
use jaws::workshop::session::{CapturedScenario, Session};

use crate::common::{jaws, scratch};

const WELSH_MONTHS: [&str; 12] = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
];
const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn session_captured_in_july(w: &Workshop) -> Session {
    let mut s = Session::new(w);
    let mut c = CapturedScenario::capture("table-1", "Bwrdd 1", "", w, &w.default_values());
    c.captured = "2026-07-14T10:30:00Z".into();
    s.scenarios.push(c);
    s
}

#[test]
fn the_report_in_welsh_says_so_and_writes_its_dates_in_welsh() {
    let w = Workshop::bundled();
    let s = session_captured_in_july(&w);
    let zone = jiff::tz::TimeZone::UTC;
    let cy = {
        let _speak = i18n::scoped(Lang::Cy);
        build_report_in(&w, Some(&s), &zone).unwrap()
    };
    let en = build_report_in(&w, Some(&s), &zone).unwrap();

    assert!(cy.html.contains("<html lang=\"cy\">"), "the lang attribute");
    assert!(en.html.contains("<html lang=\"en-GB\">"));
    roxmltree::Document::parse(cy.html.trim_start_matches("<!DOCTYPE html>"))
        .expect("the Welsh report is well-formed");
    assert!(
        cy.html.contains("Cipiwyd 14 Gorffennaf 2026 am 10:30 UTC."),
        "{}",
        cy.html
    );
    assert!(en.html.contains("Captured 14 July 2026 at 10:30 UTC."));
    for html in [&cy.html, &cy.markdown] {
        assert!(WELSH_MONTHS.iter().any(|m| html.contains(m)));
        for m in ENGLISH_MONTHS {
            // "Mai" and "Mawrth" are Welsh; an English month name is not.
            assert!(
                !html.contains(&format!(" {m} 20")),
                "{m} in the Welsh report"
            );
        }
    }
    for heading in [
        "Cymharu'r senarios",
        "Ein bargen",
        "Rhagdybiaethau",
        "Gosodiadau'r liferi",
    ] {
        assert!(
            cy.html.contains(&heading.replace('\'', "&#39;")),
            "{heading}"
        );
        assert!(cy.markdown.contains(heading), "{heading} in Markdown");
    }
    for english in [
        "The scenarios compared",
        "Our deal",
        "Lever settings",
        "workshop report",
    ] {
        assert!(!cy.html.contains(english), "{english} in the Welsh report");
        assert!(en.html.contains(english));
    }
    assert!(
        cy.html.contains("Twf yn y boblogaeth mewn angen"),
        "assumptions by their Welsh names"
    );
    // The charts inside are Welsh too.
    assert!(cy.html.contains("Y safnau: y galw yn erbyn yr adnoddau"));
}

#[test]
fn every_chart_exported_in_welsh_is_well_formed_and_welsh() {
    let w = Workshop::bundled();
    let ids = ["old-deal".to_string(), "new-deal".to_string()];
    let _speak = i18n::scoped(Lang::Cy);
    let series = workshop_series(&w, &ids).unwrap();
    for &kind in ChartKind::all() {
        let chart = Chart::new(kind, &series, w.assumptions.base_year).subtitle(w.title.clone());
        let svg = render_svg(&chart).unwrap();
        let doc = roxmltree::Document::parse(&svg).expect("the Welsh SVG is well-formed");
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        assert!(
            texts.iter().any(|t| t.trim() == "Blwyddyn"),
            "{kind}: {texts:?}"
        );
        let axis = kind.y_axis(w.assumptions.base_year);
        assert!(texts.iter().any(|t| t.trim() == axis), "{kind}: {axis}");
        assert!(!texts.iter().any(|t| t.trim() == "Year"), "{kind}");
    }
}

#[test]
fn no_english_is_left_in_a_welsh_chart_of_any_shipped_workshop() {
    let _speak = i18n::scoped(Lang::Cy);
    for w in Workshop::bundled_all() {
        let series = workshop_series(&w, &[]).unwrap();
        for &kind in ChartKind::all() {
            let chart = Chart::new(kind, &series, w.assumptions.base_year);
            let svg = render_svg(&chart).unwrap();
            let doc = roxmltree::Document::parse(&svg).expect("well-formed");
            for t in doc.descendants().filter_map(|n| n.text()) {
                for english in [
                    "demand",
                    "resources",
                    "gap:",
                    "prudent",
                    "strategy",
                    "prices",
                    "Year",
                ] {
                    assert!(!t.contains(english), "{} {kind}: {t:?}", w.id);
                }
            }
        }
    }
}

#[test]
fn every_linked_chart_has_its_welsh_words() {
    for &kind in ChartKind::all() {
        let Some(c) = kind.linked() else { continue };
        for part in ["heading", "axis", "explain"] {
            let id = format!("chart-{}-{part}", c.id);
            assert!(i18n::has(Lang::Cy, &id), "no Welsh for {id}");
            assert!(i18n::has(Lang::EnGb, &id), "no English for {id}");
        }
    }
}

#[test]
fn every_node_metric_and_assumption_the_window_names_has_welsh() {
    let ids = jaws::model::NODES
        .iter()
        .map(|n| format!("node-{}", n.id))
        .chain(
            jaws::model::metric::METRICS
                .iter()
                .map(|m| format!("metric-{}", m.id)),
        )
        .chain(
            jaws::model::ASSUMPTION_SPECS
                .iter()
                .map(|a| format!("assumption-{}", a.id)),
        );
    let missing: Vec<String> = ids.filter(|id| !i18n::has(Lang::Cy, id)).collect();
    assert!(
        missing.is_empty(),
        "add these to i18n/cy/model.ftl and i18n/en-GB/model.ftl: {missing:?}"
    );
}

/// The English of the model's tables, as the catalogue's ids name it.
fn model_table_words() -> Vec<(String, String)> {
    let mut words: Vec<(String, String)> = Vec::new();
    for n in jaws::model::NODES {
        words.push((format!("node-{}", n.id), n.label.to_string()));
    }
    for m in jaws::model::metric::METRICS {
        words.push((format!("metric-{}", m.id), m.title.to_string()));
    }
    for a in jaws::model::ASSUMPTION_SPECS {
        words.push((format!("assumption-{}", a.id), a.label.to_string()));
    }
    for &kind in ChartKind::all() {
        if let Some(c) = kind.linked() {
            words.push((format!("chart-{}-heading", c.id), c.heading.to_string()));
            words.push((format!("chart-{}-axis", c.id), c.axis.to_string()));
            words.push((format!("chart-{}-explain", c.id), c.explain.to_string()));
        }
    }
    words
}

#[test]
fn the_english_catalogue_says_what_the_models_tables_say() {
    // The tables are the English; the catalogue's copy is what a Welsh translator works
    // from, so a changed English name must be changed there (and its Welsh looked at).
    let stale: Vec<String> = model_table_words()
        .into_iter()
        .filter(|(id, en)| i18n::tr_in(Lang::EnGb, id, &[]) != *en)
        .map(|(id, en)| format!("{id} = {en}"))
        .collect();
    assert!(
        stale.is_empty(),
        "i18n/en-GB/model.ftl should say:\n{}",
        stale.join("\n")
    );
}

#[test]
fn report_and_export_take_lang_on_the_command_line() {
    let tmp = scratch("cymraeg-cli");
    let dir = tmp.path();
    let out = dir.join("adroddiad");
    jaws(&["report", "--lang", "cy", "--out", out.to_str().unwrap()]).ok();
    let html = fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains("<html lang=\"cy\">"));
    assert!(html.contains("Cymharu&#39;r senarios"));
    let svg = dir.join("safnau.svg");
    jaws(&["export", "--lang", "cy", "--svg", svg.to_str().unwrap()]).ok();
    let svg = fs::read_to_string(svg).unwrap();
    roxmltree::Document::parse(&svg).expect("well-formed");
    assert!(svg.contains("Blwyddyn"));
    let en = dir.join("en");
    jaws(&["report", "--lang", "en", "--out", en.to_str().unwrap()]).ok();
    assert!(
        fs::read_to_string(en.join("report.html"))
            .unwrap()
            .contains("<html lang=\"en-GB\">")
    );
    let bad = jaws(&["report", "--lang", "fr", "--out", en.to_str().unwrap()]);
    assert_eq!(bad.code, Some(2), "{}", bad.stderr);
    assert!(bad.stderr.contains("give en or cy"), "{}", bad.stderr);
}

/// A seek that falls short, and one that goes into a band needing a referendum, asked in
/// Welsh: the answer's every word is Welsh, goal words, units and bands alike.
#[test]
fn a_seek_answer_in_welsh_says_its_goal_units_and_bands_in_welsh() {
    use jaws::model::lever_index;
    use jaws::model::seek::{seek, seek_allowing};
    use jaws::model::target::Goal;

    let _welsh = i18n::scoped(Lang::Cy);
    let w = Workshop::bundled();
    let start = w.values_for(w.scenario("old-deal").expect("the old deal"));
    let movable: Vec<usize> = ["transformation_investment"]
        .iter()
        .map(|id| lever_index(id).unwrap())
        .collect();
    let goal = Goal::parse(
        "gap<=0 and reserves>=minimum and council_tax_rise<=2.99",
        &w.assumptions,
        &w.levers,
        Some(2032),
    )
    .unwrap();
    let words = goal.words();
    assert!(
        words.starts_with("y bwlch wedi'i gau ym mhob blwyddyn o 2032 i ")
            && words.contains("ar yr isafswm darbodus")
            && words.contains("% y flwyddyn ar y mwyaf"),
        "{words}"
    );
    let r = seek(
        &w.assumptions,
        &start,
        &w.levers,
        &goal,
        &movable,
        &mut |_| true,
    );
    let m = r.message();
    assert!(!r.met(), "{m}");
    assert!(m.contains(": ddim eto; "), "{m}");
    assert!(m.contains("% y flwyddyn"), "{m}");
    for english in [
        "not yet",
        "the gap",
        "in every year",
        "a year",
        "at most",
        "prudent minimum",
        " is ",
        " are ",
    ] {
        assert!(!m.contains(english), "English {english:?} in {m}");
    }

    // Allowed into a band needing a referendum, it says so in Welsh.
    let allowed: Vec<usize> = [
        "council_tax_rise",
        "transformation_investment",
        "co_production",
    ]
    .iter()
    .map(|id| lever_index(id).unwrap())
    .collect();
    let goal = Goal::parse("gap<=0", &w.assumptions, &w.levers, None).unwrap();
    let r = seek_allowing(
        &w.assumptions,
        &start,
        &w.levers,
        &goal,
        &allowed,
        true,
        &mut |_| true,
    );
    assert_eq!(r.off_limits.len(), 1, "{}", r.message());
    let band = &r.off_limits[0].words;
    assert!(
        band.contains("% y flwyddyn") && band.ends_with(": mae angen refferendwm."),
        "{band}"
    );
    // A mistyped target, as the room might type it in the question's own box.
    let typo = Goal::parse("gapp<=0", &w.assumptions, &w.levers, None)
        .unwrap_err()
        .to_string();
    assert!(
        typo.starts_with(
            "colofn 1: nid yw `gapp` yn fetrig nac yn lifer (ai `gap` oedd gennych mewn golwg?)"
        ),
        "{typo}"
    );
    let stray: Vec<String> = i18n::missing_ids()
        .into_iter()
        .filter(|id| {
            ["goal-", "unit-", "seek-", "limit-", "target-"]
                .iter()
                .any(|p| id.contains(p))
        })
        .collect();
    assert!(stray.is_empty(), "missing: {stray:?}");
}

/// Every unit of the model's tables (levers, metrics, assumptions) has its Welsh, and the
/// English catalogue's copy is the table's own.
#[test]
fn every_unit_the_model_writes_has_welsh_and_the_english_is_the_tables() {
    use jaws::present::format::{SHARE_UNIT, unit_id};
    let units: std::collections::BTreeSet<&str> = jaws::model::LEVER_SPECS
        .iter()
        .map(|l| l.unit)
        .chain(jaws::model::metric::METRICS.iter().map(|m| m.unit))
        .chain(jaws::model::ASSUMPTION_SPECS.iter().map(|a| a.unit))
        .filter(|u| *u != SHARE_UNIT && u.chars().any(char::is_alphabetic))
        .collect();
    assert!(units.len() > 15, "{units:?}");
    for unit in units {
        let id = unit_id(unit);
        assert!(i18n::has(Lang::Cy, &id), "no Welsh {id} for {unit:?}");
        assert_eq!(i18n::tr_in(Lang::EnGb, &id, &[]), unit, "{id}");
    }
    let _welsh = i18n::scoped(Lang::Cy);
    assert_eq!(
        jaws::present::format::with_unit(4.99, "% a year"),
        "4.99% y flwyddyn"
    );
    assert_eq!(
        jaws::present::format::amount(-12.0, "£m a year"),
        "−£12m y flwyddyn"
    );
}

/// The problems a person most often meets in a file, read in Welsh: where the file ends
/// early, a mistyped lever (with the one it probably means), the wrong kind of file, an
/// empty file, and a council's spreadsheet with cells left empty. Each keeps its place.
#[test]
fn file_problems_read_in_welsh_are_welsh_and_keep_their_places() {
    use jaws::council::sheet::{SheetFormat, import_bytes, template_csv};
    use jaws::workshop::parse_workshop;

    let _welsh = i18n::scoped(Lang::Cy);
    let good = include_str!("../../workshops/new-model.ron");
    let told = |text: &str| -> String {
        parse_workshop("ein.jaws-workshop", text)
            .expect_err("refused")
            .to_string()
    };
    let cut = told(&good[..good[..good.len() / 2].rfind('\n').unwrap()]);
    assert!(
        cut.starts_with("ein.jaws-workshop:") && cut.contains("yn dod i ben yn rhy gynnar"),
        "{cut}"
    );
    let typo = told(&good.replacen("\"co_production\": 3.0", "\"co_prodution\": 3.0", 1));
    assert!(
        typo.contains(
            "lifer anhysbys \"co_prodution\" (ai \"co_production\" oedd gennych mewn golwg?)"
        ),
        "{typo}"
    );
    let empty = told("");
    assert!(
        empty.contains("mae'r ffeil yn wag (0 beit); roedd disgwyl ffeil gweithdy"),
        "{empty}"
    );
    let session = told("(format: \"jaws-session\", version: 2)");
    assert!(
        session.contains("ffeil sesiwn yw hon") && session.contains("--session"),
        "{session}"
    );
    let blank = import_bytes("cyngor.csv", SheetFormat::Csv, &template_csv(None))
        .expect_err("a blank template is refused")
        .to_string();
    assert!(
        blank.contains("llinell ") && blank.contains("yn wag; rhowch ef mewn £m"),
        "{blank}"
    );
    for (what, text) in [
        ("cut", &cut),
        ("typo", &typo),
        ("empty", &empty),
        ("session", &session),
        ("blank", &blank),
    ] {
        for english in [
            "expected",
            "unknown",
            "did you mean",
            "the file",
            " is empty",
            "line ",
        ] {
            assert!(
                !text.contains(english),
                "{what}: English {english:?} in {text}"
            );
        }
    }
    let missing: Vec<String> = i18n::missing_ids()
        .into_iter()
        .filter(|id| id.contains(":file-") || id.contains(":council-"))
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

/// A stage's challenge, read with its workshop in English, tells the facilitator how it fares
/// in Welsh once the window speaks Welsh: its conditions are worded again, not only the
/// sentence round them.
#[test]
fn a_stages_challenge_is_worded_in_the_language_spoken_now() {
    use jaws::app::{AppState, PresentCommand, WindowCommand};
    let _english = i18n::scoped(Lang::EnGb);
    let w = Workshop::bundled();
    let challenged = w.stages.iter().position(|s| s.challenge.is_some()).unwrap();
    let mut s = AppState::new(w, None);
    s.apply(PresentCommand::Start);
    s.apply(PresentCommand::GoToStage(challenged));
    let said = |s: &AppState| -> Vec<String> {
        s.derived
            .challenge
            .as_ref()
            .and_then(|c| c.outcomes.as_ref())
            .expect("the challenge is judged")
            .iter()
            .map(|o| o.sentence())
            .collect()
    };
    assert!(
        said(&s)[0].starts_with("The gap closed in every year from"),
        "{:?}",
        said(&s)
    );
    s.apply(WindowCommand::SetLanguage(Lang::Cy));
    let welsh = said(&s);
    assert!(
        welsh[0].starts_with("Y bwlch wedi'i gau ym mhob blwyddyn o"),
        "{welsh:?}"
    );
    for sentence in &welsh {
        for english in [
            "in every year",
            "the gap",
            "prudent minimum",
            "at most",
            "not yet",
        ] {
            assert!(!sentence.contains(english), "{sentence}");
        }
    }
}

/// What Jaws says it changed to read an older file is in the language of whoever reads it.
#[test]
fn an_older_session_s_notes_are_in_welsh_for_a_welsh_reader() {
    let text = r#"(
    format: "jaws-session",
    version: 1,
    workshop: "new-model",
    levers: { "transformation_investment": 15.0 },
    assumptions: { "prevention_yield": 50.0, "demographic_growth": 2.0 },
)"#;
    let w = jaws::workshop::Workshop::bundled();
    let read = |lang| {
        let _speak = jaws::i18n::scoped(lang);
        jaws::workshop::session::parse_session("v1.jaws", text, &w)
            .unwrap()
            .migration
            .join(" ")
    };
    let cy = read(jaws::i18n::Lang::Cy);
    for said in [
        "Ysgrifennwyd y sesiwn",
        "fersiwn 1",
        "gyfran o'r gyllideb",
        "dwf yn y boblogaeth",
        "adenillion ar atal",
    ] {
        assert!(cy.contains(said), "{said:?} not in {cy}");
    }
    let en = read(jaws::i18n::Lang::EnGb);
    assert!(
        en.contains("This session was written for an earlier Jaws (version 1)"),
        "{en}"
    );
    assert!(
        en.contains("1 value was divided by the £750m base budget"),
        "{en}"
    );
}
