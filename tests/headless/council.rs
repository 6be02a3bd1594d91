//! Council profiles: the file and its checks, the model started from a council (each MTFS
//! year's published gap reproduced by the baseline), scale, and the shipped illustrative
//! profiles.

use jaws::council::{Council, CouncilType, Money, MtfsYear, Sourced};
use jaws::model::schedule::at;
use jaws::model::{Assumptions, simulate};
use jaws::workshop::{BUNDLED_COUNCILS, Workshop, council_to_string, parse_council};
use proptest::prelude::*;

fn bundled(name: &str) -> Council {
    let (_, text) = BUNDLED_COUNCILS
        .iter()
        .find(|(n, _)| *n == name)
        .expect("shipped profile");
    parse_council(name, text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The published gap at the first year's prices, by CPI as the assumptions give it.
fn published_real(a: &Assumptions, c: &Council, y: &MtfsYear) -> f64 {
    let mut level = 1.0;
    for i in 0..(y.year - c.first_year) as usize {
        level *= 1.0 + at(&a.schedule.general_inflation, i, a.general_inflation) / 100.0;
    }
    y.gap.value / level
}

/// Every MTFS year's gap in the baseline against the published one, as a share of the budget.
fn misses(c: &Council) -> Vec<(i32, f64, f64)> {
    let (w, _) = Workshop::bundled().with_council(c);
    let p = simulate(&w.assumptions, &w.default_values());
    assert_eq!(p.rows[0].year, c.first_year);
    let net = c.get(Money::NetBudget);
    c.mtfs
        .iter()
        .filter_map(|y| {
            let row = p
                .rows
                .iter()
                .find(|r| r.year == y.year)
                .expect("MTFS year projected");
            let want = published_real(&w.assumptions, c, y);
            ((row.gap - want).abs() > 0.02 * net).then_some((y.year, row.gap, want))
        })
        .collect()
}

#[test]
fn every_shipped_profile_reads_is_marked_illustrative_and_carries_its_sources() {
    assert_eq!(BUNDLED_COUNCILS.len(), 3);
    for (name, _) in BUNDLED_COUNCILS {
        let c = bundled(name);
        assert!(c.illustrative, "{name}");
        assert!(c.title().contains("llustrative"), "{name}");
        for m in Money::ALL {
            assert!(!c.figure(m).source.trim().is_empty(), "{name}: {}", m.id());
        }
        assert!((3..=5).contains(&c.mtfs.len()), "{name}");
    }
    let types: Vec<CouncilType> = BUNDLED_COUNCILS
        .iter()
        .map(|(n, _)| bundled(n).council_type)
        .collect();
    assert_eq!(
        types,
        [
            CouncilType::County,
            CouncilType::MetropolitanDistrict,
            CouncilType::ShireDistrict
        ]
    );
}

#[test]
fn the_baseline_reproduces_each_shipped_profiles_mtfs_within_two_percent_of_budget() {
    for (name, _) in BUNDLED_COUNCILS {
        let c = bundled(name);
        assert_eq!(misses(&c), vec![], "{name}");
        let (_, calibration) = Workshop::bundled().with_council(&c);
        assert!(calibration.misses().next().is_none(), "{name}");
    }
}

#[test]
fn a_profile_starts_the_model_from_its_own_figures() {
    let c = bundled("shire-county");
    let (w, _) = Workshop::bundled().with_council(&c);
    let a = &w.assumptions;
    assert_eq!(a.base_year, 2026);
    assert!((a.base_budget - (600.0 + 59.3)).abs() < 1e-9);
    assert!((a.opening_reserves - 118.2).abs() < 1e-9);
    assert!((a.prudent_minimum - 30.0).abs() < 1e-9);
    assert!((a.adults_share - 46.0).abs() < 1e-9);
    assert!(a.problems().is_empty(), "{:?}", a.problems());
    let p = simulate(a, &w.default_values());
    // The chart marks where the MTFS ends: its last year, 2029/30, is the fourth.
    assert_eq!(p.mtfs_years, 4);
    assert!(w.sources["base_budget"].contains("Illustrative shire county"));
}

#[test]
fn every_money_figure_times_ten_gives_the_same_years_and_ten_times_the_money() {
    for (name, _) in BUNDLED_COUNCILS {
        let c = bundled(name);
        let one = Workshop::bundled().with_council(&c).0;
        let ten = Workshop::bundled().with_council(&c.scaled(10.0)).0;
        let p1 = simulate(&one.assumptions, &one.default_values());
        let p10 = simulate(&ten.assumptions, &ten.default_values());
        let (h1, h10) = (p1.headlines(), p10.headlines());
        assert_eq!(h1.section_114, h10.section_114, "{name}");
        assert_eq!(
            h1.reserves_below_minimum, h10.reserves_below_minimum,
            "{name}"
        );
        for (r1, r10) in p1.rows.iter().zip(&p10.rows) {
            assert_eq!(r1.year, r10.year);
            for (a, b) in [
                (r1.gap, r10.gap),
                (r1.demand, r10.demand),
                (r1.resources, r10.resources),
                (r1.reserves, r10.reserves),
                (r1.savings, r10.savings),
            ] {
                assert!(
                    (b - 10.0 * a).abs() <= 1e-6 * (1.0 + b.abs()),
                    "{name} {}: {b} is not ten times {a}",
                    r1.year
                );
            }
        }
    }
}

#[test]
fn a_profile_round_trips_through_its_file() {
    for (name, _) in BUNDLED_COUNCILS {
        let c = bundled(name);
        let text = council_to_string(&c);
        assert_eq!(parse_council("again", &text), Ok(c), "{name}");
    }
}

/// The shipped county's text with `from` replaced by `to`, read; its problems as text.
fn problems_after(from: &str, to: &str) -> String {
    let (_, text) = BUNDLED_COUNCILS[0];
    assert!(text.contains(from), "{from}");
    let changed = text.replacen(from, to, 1);
    match parse_council("county.ron", &changed) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

fn line_of(needle: &str) -> usize {
    let (_, text) = BUNDLED_COUNCILS[0];
    text.lines()
        .position(|l| l.contains(needle))
        .expect("in the file")
        + 1
}

#[test]
fn bad_figures_are_refused_at_their_place_with_what_to_do() {
    let budget = line_of("value: 600.0");
    let got = problems_after("value: 600.0", "value: -600.0");
    assert!(got.contains(&format!("county.ron:{budget}:")), "{got}");
    assert!(got.contains("net budget cannot be negative"), "{got}");

    let got = problems_after("value: 600.0", "value: 600000000.0");
    assert!(got.contains("looks like pounds"), "{got}");
    assert!(got.contains("in £m"), "{got}");

    let other = line_of("value: 186.0");
    let got = problems_after("value: 186.0", "value: 196.0");
    assert!(got.contains(&format!("county.ron:{other}:")), "{got}");
    assert!(got.contains("add up to £610"), "{got}");

    let got = problems_after("year: 2028", "year: 2030");
    assert!(got.contains("out of order"), "{got}");

    let got = problems_after("council_type: \"county\"", "council_type: \"parish\"");
    assert!(got.contains("\"parish\" is not a type of council"), "{got}");

    let got = problems_after("value: 36.0", "value: 20.0");
    assert!(got.contains("give them cumulative"), "{got}");

    let got = problems_after("Judgement: 5% of the net budget (range 3%", "");
    assert!(got.is_empty(), "a source may be cut short: {got}");
    let (_, text) = BUNDLED_COUNCILS[0];
    let start = text
        .find("source: \"Judgement: 5%")
        .expect("minimum's source");
    let end = start + text[start..].find("\",").expect("end of source");
    let changed = format!("{}source: \"{}", &text[..start], &text[end..]);
    let got = parse_council("county.ron", &changed)
        .unwrap_err()
        .to_string();
    assert!(
        got.contains("say where prudent minimum comes from"),
        "{got}"
    );
}

#[test]
fn a_file_of_another_kind_is_named_as_such() {
    let got = parse_council("w.ron", jaws::workshop::BUNDLED_NEW_MODEL)
        .unwrap_err()
        .to_string();
    assert!(got.contains("not a council profile"), "{got}");
    let got = parse_council("empty.ron", "").unwrap_err().to_string();
    assert!(got.contains("empty"), "{got}");
}

fn sourced(v: f64) -> Sourced {
    Sourced::new(v, "test")
}

prop_compose! {
    /// A council of any size and shape, its budget balanced at the start of the first year,
    /// with an MTFS (from that year or the next) whose gap grows by 1-5% of the budget a year,
    /// as published MTFSs do.
    fn any_council()(
        net in 30.0f64..3000.0,
        adults in 0.0f64..0.5,
        children in 0.0f64..0.3,
        tax in 0.3f64..0.7,
        settlement in 0.1f64..0.3,
        fees in 0.0f64..0.25,
        reserves in 0.05f64..0.4,
        minimum in 0.02f64..0.08,
        start in 0usize..2,
        growth in prop::collection::vec(0.01f64..0.05, 4..7),
        savings in 0.0f64..0.03,
    ) -> Council {
        // The gap on a path from zero at the opening: each year's figure is its average.
        let mut gaps = Vec::new();
        let mut end = 0.0;
        for g in &growth {
            gaps.push(end + g / 2.0);
            end += g;
        }
        let mtfs = gaps
            .iter()
            .enumerate()
            .skip(start)
            .take(5)
            .map(|(i, gap)| MtfsYear {
                year: 2026 + i as i32,
                gap: sourced(gap * net),
                planned_savings: sourced(savings * (i + 1) as f64 * net),
            })
            .collect();
        Council {
            name: "Any council".into(),
            council_type: CouncilType::Unitary,
            first_year: 2026,
            illustrative: false,
            source: "test".into(),
            money: [
                sourced(net),
                sourced(adults * net),
                sourced(children * net),
                sourced((1.0 - adults - children) * net),
                sourced(tax * net),
                sourced(settlement * net),
                sourced(fees * net / (1.0 - fees)),
                sourced(reserves * net * 0.7),
                sourced(reserves * net * 0.3),
                sourced(minimum * net),
            ],
            mtfs,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn the_baseline_reproduces_any_councils_mtfs_within_two_percent_of_budget(c in any_council()) {
        prop_assert!(c.problems().is_empty(), "{:?}", c.problems());
        prop_assert_eq!(misses(&c), vec![]);
    }
}

// ---- The template and the import -------------------------------------------------------

use jaws::council::sheet::{SheetFormat, import_bytes, template_csv, template_xlsx};

/// A council with known figures, as a finance officer would enter it (not illustrative).
fn known() -> Council {
    Council {
        illustrative: false,
        name: "Anyshire County Council".into(),
        ..bundled("shire-county")
    }
}

/// The blank template's rows, filled by a test from `c`: value in column C, source in E.
fn filled_rows(c: &Council) -> Vec<Vec<String>> {
    let blank = template_csv(None);
    let filled = template_csv(Some(c));
    let read = |bytes: &[u8]| -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&bytes[3..])
            .records()
            .map(|r| r.expect("csv").iter().map(String::from).collect())
            .collect()
    };
    let mut rows = read(&blank);
    let known = read(&filled);
    for (row, k) in rows.iter_mut().zip(&known).skip(1) {
        assert_eq!(
            row[0], k[0],
            "the filled template keeps the blank one's rows"
        );
        assert!(row[2].is_empty(), "the blank template has no values");
        row[2] = k[2].clone();
        row[4] = k[4].clone();
    }
    rows
}

fn csv_bytes(rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.write_record(r).expect("csv");
    }
    w.into_inner().expect("csv")
}

/// An OpenDocument spreadsheet of `rows` on a sheet named `sheet`, numbers as numbers.
fn ods_bytes(rows: &[Vec<String>], sheet: &str) -> Vec<u8> {
    use std::io::Write as _;
    let esc = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut body = String::new();
    for r in rows {
        body.push_str("<table:table-row>");
        for cell in r {
            match cell.parse::<f64>() {
                Ok(v) => body.push_str(&format!(
                    "<table:table-cell office:value-type=\"float\" office:value=\"{v}\"><text:p>{v}</text:p></table:table-cell>"
                )),
                Err(_) if cell.is_empty() => body.push_str("<table:table-cell/>"),
                Err(_) => body.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                    esc(cell)
                )),
            }
        }
        body.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="{sheet}">{body}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content.as_str()),
    ] {
        zip.start_file(name, stored).expect("zip");
        zip.write_all(text.as_bytes()).expect("zip");
    }
    zip.finish().expect("zip").into_inner()
}

#[test]
fn the_same_figures_as_csv_xlsx_and_ods_import_as_the_same_profile() {
    let c = known();
    let rows = filled_rows(&c);
    let from_csv = import_bytes("council.csv", SheetFormat::Csv, &csv_bytes(&rows));
    assert_eq!(from_csv, Ok(c.clone()));
    let xlsx = template_xlsx(Some(&c)).expect("xlsx");
    assert_eq!(
        import_bytes("council.xlsx", SheetFormat::Xlsx, &xlsx),
        Ok(c.clone())
    );
    let ods = ods_bytes(&rows, "Figures");
    assert_eq!(
        import_bytes("council.ods", SheetFormat::Ods, &ods),
        Ok(c.clone())
    );
    // And the imported council's baseline reproduces its MTFS.
    assert_eq!(misses(&c), vec![]);
}

/// The import's refusal of `rows` changed by `edit`, as CSV and as xlsx-free ODS, as text.
fn refused(edit: impl Fn(&mut Vec<Vec<String>>)) -> (String, String) {
    let mut rows = filled_rows(&known());
    edit(&mut rows);
    let csv = import_bytes("council.csv", SheetFormat::Csv, &csv_bytes(&rows))
        .expect_err("refused")
        .to_string();
    let ods = import_bytes(
        "council.ods",
        SheetFormat::Ods,
        &ods_bytes(&rows, "Figures"),
    )
    .expect_err("refused")
    .to_string();
    (csv, ods)
}

fn row_of(rows: &[Vec<String>], id: &str) -> usize {
    rows.iter().position(|r| r[0] == id).expect("row")
}

#[test]
fn bad_spreadsheets_are_refused_at_the_sheet_and_cell_a_finance_officer_reads() {
    let rows = filled_rows(&known());
    let budget = row_of(&rows, "net_budget") + 1;
    let (csv, ods) = refused(|r| {
        let i = row_of(r, "net_budget");
        r[i][2] = "tbc".into();
    });
    assert!(
        ods.contains(&format!(
            "council.ods: sheet \"Figures\", cell C{budget}: net budget must be a number in £m, found \"tbc\""
        )),
        "{ods}"
    );
    assert!(
        csv.contains(&format!(
            "council.csv: line {budget}, cell C{budget}: net budget"
        )),
        "{csv}"
    );

    let (csv, _) = refused(|r| {
        let i = row_of(r, "prudent_minimum");
        r.remove(i);
    });
    assert!(csv.contains("the row for prudent_minimum"), "{csv}");
    assert!(csv.contains("is missing"), "{csv}");

    let (_, ods) = refused(|r| {
        let i = row_of(r, "fees_and_charges");
        let copy = r[i].clone();
        r.push(copy);
    });
    assert!(ods.contains("fees_and_charges is given twice"), "{ods}");

    let (_, ods) = refused(|r| {
        let i = row_of(r, "net_budget");
        r[i][2] = "-600".into();
    });
    assert!(
        ods.contains(&format!("cell C{budget}: net budget cannot be negative")),
        "{ods}"
    );

    let reserves = row_of(&rows, "earmarked_reserves") + 1;
    let (_, ods) = refused(|r| {
        let i = row_of(r, "earmarked_reserves");
        r[i][2] = "90000000".into();
    });
    assert!(
        ods.contains(&format!("cell C{reserves}: earmarked reserves")),
        "{ods}"
    );
    assert!(ods.contains("looks like pounds"), "{ods}");

    let renamed = import_bytes("council.ods", SheetFormat::Ods, &ods_bytes(&rows, "Sheet1"))
        .expect_err("refused")
        .to_string();
    assert!(renamed.contains("no sheet named \"Figures\""), "{renamed}");
    assert!(renamed.contains("\"Sheet1\""), "{renamed}");
}

#[test]
fn files_that_are_not_a_filled_template_are_refused_without_a_panic() {
    let empty = import_bytes("council.xlsx", SheetFormat::Xlsx, b"").expect_err("empty");
    assert!(empty.to_string().contains("the file is empty"), "{empty}");
    let corrupt = import_bytes(
        "council.xlsx",
        SheetFormat::Xlsx,
        b"PK\x03\x04 not really a zip",
    )
    .expect_err("corrupt")
    .to_string();
    assert!(corrupt.contains("damaged"), "{corrupt}");
    let xlsx = template_xlsx(Some(&known())).expect("xlsx");
    let cut = import_bytes("council.xlsx", SheetFormat::Xlsx, &xlsx[..xlsx.len() / 2])
        .expect_err("cut short")
        .to_string();
    assert!(cut.contains("damaged"), "{cut}");
    let protected = std::fs::read("tests/fixtures/council/protected.xlsx").expect("fixture");
    let got = import_bytes("council.xlsx", SheetFormat::Xlsx, &protected)
        .expect_err("protected")
        .to_string();
    assert!(got.contains("password-protected"), "{got}");
    let ods = import_bytes("council.ods", SheetFormat::Ods, &xlsx).expect_err("an xlsx");
    assert!(ods.to_string().contains("damaged"), "{ods}");
}

// ---- The command line ------------------------------------------------------------------

use crate::common::{jaws, scratch};

#[test]
fn jaws_template_then_import_writes_a_profile_that_every_projecting_command_starts_from() {
    let dir = scratch("council-cli");
    let xlsx = dir.path().join("council.xlsx");
    let csv = dir.path().join("council.csv");
    jaws(&["template", "--out", xlsx.to_str().unwrap()]).ok();
    jaws(&["template", "--out", csv.to_str().unwrap()]).ok();
    // The blank template is not a profile: the import says what is empty, and writes nothing.
    let out = dir.path().join("ours.ron");
    let run = jaws(&[
        "import",
        xlsx.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("sheet \"Figures\", cell C"),
        "{}",
        run.stderr
    );
    assert!(!out.exists());
    // Filled, it imports.
    std::fs::write(&csv, csv_bytes(&filled_rows(&known()))).unwrap();
    let run = jaws(&[
        "import",
        csv.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
    .ok();
    assert!(
        run.stdout.contains("Anyshire County Council"),
        "{}",
        run.stdout
    );
    let path = out.to_str().unwrap();
    jaws(&["check", path]).ok();
    let project = jaws(&["project", "--council", path]).ok();
    let first = project.stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("Anyshire County Council; figures: National averages"),
        "{first}"
    );
    assert!(project.stdout.contains("2026"), "{}", project.stdout);
    let csv_out = jaws(&["project", "--council", path, "--format", "csv"]).ok();
    assert!(
        csv_out.stdout.starts_with("# Anyshire County Council"),
        "{}",
        csv_out.stdout
    );
    let json = jaws(&["project", "--council", "shire-district", "--format", "json"])
        .ok()
        .json();
    assert!(
        json["council"]
            .as_str()
            .unwrap_or_default()
            .contains("Illustrative shire district")
    );
    for args in [
        &["sweep", "--samples", "20", "--council", path][..],
        &["tornado", "--council", path],
        &["seek", "--target", "gap<=0", "--council", path],
        &["assumptions", "--council", path],
    ] {
        let run = jaws(args).ok();
        assert!(
            run.stdout.starts_with("Anyshire County Council"),
            "{args:?}: {}",
            run.stdout
        );
    }
    let validate = jaws(&["validate", "--council", path]);
    assert!(
        validate.stdout.contains("2027/28: published"),
        "{}",
        validate.stdout
    );
    let svg = dir.path().join("jaws.svg");
    jaws(&["export", "--council", path, "--svg", svg.to_str().unwrap()]).ok();
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(svg.contains("Anyshire County Council"));
    // Its published MTFS gaps are marked, as on the window's chart.
    assert!(svg.contains("Published MTFS gap"), "{svg}");
    let report = dir.path().join("report");
    jaws(&[
        "report",
        "--council",
        path,
        "--out",
        report.to_str().unwrap(),
    ])
    .ok();
    let html = std::fs::read_to_string(report.join("report.html")).unwrap();
    assert!(html.contains("Council: Anyshire County Council"));
}

#[test]
fn a_huge_or_foreign_file_is_refused_and_nothing_is_written() {
    let dir = scratch("council-huge");
    let out = dir.path().join("ours.ron");
    let huge = dir.path().join("council.xlsx");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let run = jaws(&[
        "import",
        huge.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("50.0 MiB"), "{}", run.stderr);
    let odd = dir.path().join("council.numbers");
    std::fs::write(&odd, b"x").unwrap();
    let run = jaws(&[
        "import",
        odd.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains(".xlsx, .ods or .csv"), "{}", run.stderr);
    assert!(!out.exists());
    let run = jaws(&["project", "--council", "no-such-council.ron"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("no such file"), "{}", run.stderr);
}

/// Sessions keep the council the room started from: saved, autosaved, reopened.
mod sessions {
    use std::path::{Path, PathBuf};

    use jaws::app::{AppState, FileCommand, HistoryCommand, LeverCommand, SessionCommand};
    use jaws::workshop::session::{parse_session, session_to_string};
    use jaws::workshop::{BUNDLED_COUNCILS, Workshop};

    use crate::common::scratch;

    fn county_profile(dir: &Path) -> PathBuf {
        let path = dir.join("county.jaws-council");
        std::fs::write(&path, BUNDLED_COUNCILS[0].1).unwrap();
        path
    }

    /// A room that started from the shire county and moved a lever since.
    fn room(dir: &Path) -> AppState {
        let mut s = AppState::new(Workshop::bundled(), None);
        s.apply(FileCommand::UseCouncil(county_profile(dir)));
        assert!(s.council.is_some(), "{:?}", s.notice);
        let lever = &s.workshop.levers[0];
        let value = (lever.min + lever.max) / 2.0;
        s.apply(LeverCommand::Set {
            lever: 0,
            value,
            dragging: false,
        });
        s
    }

    #[test]
    fn a_saved_session_reopens_with_the_council_its_name_gaps_and_assumptions() {
        let dir = scratch("council-session");
        let s = room(dir.path());
        let text = session_to_string(&s.to_session());
        assert!(text.contains("version: 3"), "{text}");
        assert!(text.contains("council: Some(("), "{text}");
        assert!(text.contains("Illustrative shire county"), "{text}");
        let path = dir.path().join("room.jaws");
        std::fs::write(&path, &text).unwrap();

        let mut t = AppState::new(Workshop::bundled(), None);
        assert!(t.council.is_none());
        t.apply(FileCommand::Open(vec![path]));
        assert_eq!(t.council, s.council, "{:?}", t.notice);
        assert_eq!(t.window_title(), s.window_title());
        assert!(t.window_title().contains("Illustrative shire county"));
        assert_eq!(t.assumptions, s.assumptions);
        assert_eq!(t.levers, s.levers);
        // The chart still marks where the MTFS ends.
        assert_eq!(
            t.derived.projection.mtfs_years,
            s.derived.projection.mtfs_years
        );
        assert!(t.derived.projection.mtfs_years > 0);
        // Opening the session is one undo step, the council with it.
        t.apply(HistoryCommand::Undo);
        assert!(t.council.is_none());
        assert!(!t.window_title().contains("shire county"));
    }

    #[test]
    fn jaws_report_on_a_session_starts_from_its_council() {
        let dir = scratch("council-session-report");
        let s = room(dir.path());
        let path = dir.path().join("room.jaws");
        std::fs::write(&path, session_to_string(&s.to_session())).unwrap();
        let out = dir.path().join("report");
        crate::common::jaws(&[
            "report",
            "--session",
            path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .ok();
        let html = std::fs::read_to_string(out.join("report.html")).unwrap();
        assert!(html.contains("Illustrative shire county"), "{html}");
    }

    /// The report the window writes is of the figures on screen: the council's name and its
    /// MTFS years' rates (which the session's assumption changes do not hold).
    #[test]
    fn the_window_s_report_shows_the_council_and_the_figures_on_screen() {
        use jaws::present::format::GapReading;
        let dir = scratch("council-window-report");
        let mut s = room(dir.path());
        let out = dir.path().join("report");
        s.apply(FileCommand::WriteReport(out.clone()));
        let html = std::fs::read_to_string(out.join("report.html")).unwrap();
        assert!(html.contains("Illustrative shire county"), "{:?}", s.notice);
        let total = s.derived.projection.headlines().cumulative_gap;
        let GapReading::Gap(money) = GapReading::of(total) else {
            panic!("the county's jaws open: {total}");
        };
        assert!(html.contains(&money), "{money} not in the report");
        // A chart exported from the window is headed by the council and its sources.
        let svg = dir.path().join("jaws.svg");
        s.apply(FileCommand::ExportChart(svg.clone()));
        let svg = std::fs::read_to_string(svg).unwrap();
        assert!(
            svg.contains("Illustrative shire county; figures: "),
            "{svg}"
        );
    }

    #[test]
    fn undo_after_a_second_council_brings_back_the_first_whole() {
        let dir = scratch("council-undo");
        let mut s = room(dir.path());
        let (first, assumptions) = (s.council.clone(), s.assumptions.clone());
        let district = dir.path().join("district.jaws-council");
        std::fs::write(&district, BUNDLED_COUNCILS[2].1).unwrap();
        s.apply(FileCommand::UseCouncil(district));
        assert_ne!(s.council, first);
        s.apply(HistoryCommand::Undo);
        assert_eq!(s.council, first);
        assert_eq!(s.assumptions, assumptions, "its MTFS rates with it");
        assert!(s.window_title().contains("Illustrative shire county"));
    }

    #[test]
    fn a_session_without_a_council_reopened_over_one_takes_it_away() {
        let dir = scratch("council-session-none");
        let plain = AppState::new(Workshop::bundled(), None).to_session();
        assert!(plain.council.is_none());
        let text = session_to_string(&plain);
        assert!(!text.contains("council:"), "{text}");
        let path = dir.path().join("plain.jaws");
        std::fs::write(&path, &text).unwrap();
        let mut s = room(dir.path());
        s.apply(FileCommand::Open(vec![path]));
        assert!(s.council.is_none());
        assert_eq!(s.assumptions, Workshop::bundled().assumptions);
    }

    #[test]
    fn a_crashed_session_s_council_is_restored_with_its_work() {
        let dir = scratch("council-autosave");
        let mut s = AppState::new(Workshop::bundled(), None);
        s.use_autosave(dir.path());
        s.now = 1.0;
        s.apply(FileCommand::UseCouncil(county_profile(dir.path())));
        s.now = 10.0;
        s.autosave_tick();
        let ours = s.council.clone().expect("in use");
        // No clean exit: the marker stays, as after a crash.
        drop(s);
        let mut next = AppState::new(Workshop::bundled(), None);
        next.use_autosave(dir.path());
        assert!(next.pending_restore.is_some());
        next.apply(SessionCommand::RestoreAutosave);
        assert_eq!(next.council.as_deref(), Some(&*ours));
    }

    #[test]
    fn a_council_in_a_session_is_checked_at_its_place() {
        let dir = scratch("council-session-bad");
        let s = room(dir.path());
        let w = Workshop::bundled();
        let text = session_to_string(&s.to_session());
        // A negative budget inside the session's council.
        let at = text.find("net_budget: (").unwrap();
        let value = at + text[at..].find("value: ").unwrap() + "value: ".len();
        let mut bad = text.clone();
        bad.insert(value, '-');
        let problems = parse_session("room.jaws", &bad, &w)
            .unwrap_err()
            .to_string();
        let line = bad[..value].lines().count();
        assert!(
            problems.contains(&format!("room.jaws:{line}:")),
            "{problems}"
        );
        assert!(problems.contains("negative"), "{problems}");
        // A council in a version 2 session says to change the version.
        let old = text.replace("version: 3", "version: 2");
        let problems = parse_session("old.jaws", &old, &w).unwrap_err().to_string();
        assert!(problems.contains("new in version 3"), "{problems}");
        // Without one, a version 2 session reads as before, with nothing to say.
        let plain = session_to_string(&AppState::new(w.clone(), None).to_session())
            .replace("version: 3", "version: 2");
        let read = parse_session("plain.jaws", &plain, &w).unwrap();
        assert!(read.migration.is_empty(), "{:?}", read.migration);
        assert!(read.council.is_none());
    }
}

/// Councils side by side on the compare view: each council's gap as a share of its own budget.
mod side_by_side {
    use jaws::app::{AppState, FileCommand, LeverCommand, ScenarioCommand};
    use jaws::model::simulate;
    use jaws::workshop::{BUNDLED_COUNCILS, Workshop, parse_council};

    use crate::common::scratch;

    const COUNTY: &str = "Illustrative shire county";
    const DISTRICT: &str = "Illustrative shire district";

    /// Each year's gap over the budget, in per cent, worked out here from the model itself.
    fn expected(council: Option<&str>, s: &AppState) -> Vec<[f64; 2]> {
        let a = match council {
            None => s.assumptions.clone(),
            Some(name) => {
                let (_, text) = BUNDLED_COUNCILS
                    .iter()
                    .find(|(_, t)| t.contains(name))
                    .unwrap();
                let c = parse_council(name, text).unwrap();
                Workshop::bundled().with_council(&c).0.assumptions
            }
        };
        simulate(&a, &s.levers)
            .rows
            .iter()
            .map(|r| [f64::from(r.year), 100.0 * r.gap / a.base_budget])
            .collect()
    }

    fn close(a: &[[f64; 2]], b: &[[f64; 2]]) -> bool {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(p, q)| p[0] == q[0] && (p[1] - q[1]).abs() < 1e-9)
    }

    #[test]
    fn each_council_s_line_is_its_gap_over_its_own_budget() {
        let mut s = AppState::new(Workshop::bundled(), None);
        assert!(
            s.derived.councils.is_empty(),
            "nothing chosen, nothing drawn"
        );
        assert!(s.known_councils.len() >= 3);
        s.apply(ScenarioCommand::ToggleCouncil(COUNTY.into()));
        s.apply(ScenarioCommand::ToggleCouncil(DISTRICT.into()));
        let lines = &s.derived.councils;
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].name, None, "the figures in use come first");
        assert_eq!(lines[1].name.as_deref(), Some(COUNTY));
        assert_eq!(lines[2].name.as_deref(), Some(DISTRICT));
        assert!(close(&lines[0].share, &expected(None, &s)));
        assert!(close(&lines[1].share, &expected(Some(COUNTY), &s)));
        assert!(close(&lines[2].share, &expected(Some(DISTRICT), &s)));
        // A county and a district differ tenfold in money, not in share.
        assert!(lines[1].budget > 5.0 * lines[2].budget);
        // The same scenario on each: moving a lever moves every line.
        let before = s.derived.councils.clone();
        let lever = &s.workshop.levers[0];
        let value = if s.levers.0[0] == lever.max {
            lever.min
        } else {
            lever.max
        };
        s.apply(LeverCommand::Set {
            lever: 0,
            value,
            dragging: false,
        });
        for (b, a) in before.iter().zip(&s.derived.councils) {
            assert_ne!(b.share, a.share, "{:?} did not move", a.name);
        }
        assert!(close(
            &s.derived.councils[1].share,
            &expected(Some(COUNTY), &s)
        ));
        // Taken away again, its line goes.
        s.apply(ScenarioCommand::ToggleCouncil(COUNTY.into()));
        assert_eq!(s.derived.councils.len(), 2);
        s.apply(ScenarioCommand::ToggleCouncil(DISTRICT.into()));
        assert!(s.derived.councils.is_empty());
    }

    #[test]
    fn with_a_council_in_use_it_comes_first_under_its_name() {
        let dir = scratch("councils-side-by-side");
        let path = dir.path().join("district.jaws-council");
        std::fs::write(&path, BUNDLED_COUNCILS[2].1).unwrap();
        let mut s = AppState::new(Workshop::bundled(), None);
        s.apply(FileCommand::UseCouncil(path));
        s.apply(ScenarioCommand::ToggleCouncil(COUNTY.into()));
        let lines = &s.derived.councils;
        assert_eq!(lines[0].name.as_deref(), Some(DISTRICT));
        assert!(close(&lines[0].share, &expected(None, &s)));
        assert!(close(&lines[1].share, &expected(Some(COUNTY), &s)));
    }

    #[test]
    fn a_council_file_is_added_whole_or_not_at_all() {
        let dir = scratch("councils-added");
        let mut s = AppState::new(Workshop::bundled(), None);
        let bad = dir.path().join("broken.jaws-council");
        std::fs::write(
            &bad,
            BUNDLED_COUNCILS[0]
                .1
                .replace("net_budget: (", "net_budget: (\n")
                .replacen("value: ", "value: -", 1),
        )
        .unwrap();
        let known = s.known_councils.len();
        s.apply(FileCommand::CompareCouncil(bad));
        assert!(s.other_councils.is_empty());
        assert_eq!(s.known_councils.len(), known);
        let notice = s.notice.as_ref().expect("a notice").text.clone();
        assert!(notice.contains("Nothing was changed"), "{notice}");
        assert!(notice.contains("broken.jaws-council:"), "{notice}");

        let renamed = BUNDLED_COUNCILS[1]
            .1
            .replace("Illustrative metropolitan district", "Anytown Council");
        let good = dir.path().join("anytown.jaws-council");
        std::fs::write(&good, renamed).unwrap();
        s.apply(FileCommand::CompareCouncil(good.clone()));
        assert_eq!(s.known_councils.len(), known + 1);
        assert_eq!(s.derived.councils.len(), 2);
        // Corrected and added again, its new figures replace those drawn.
        let budget = s.derived.councils[1].budget;
        let read = parse_council("anytown", &std::fs::read_to_string(&good).unwrap()).unwrap();
        std::fs::write(&good, jaws::workshop::council_to_string(&read.scaled(2.0))).unwrap();
        s.apply(FileCommand::CompareCouncil(good));
        assert_eq!(s.known_councils.len(), known + 1);
        assert_eq!(s.other_councils.len(), 1);
        assert_ne!(s.derived.councils[1].budget, budget, "{:?}", s.notice);
        assert!(
            s.derived.councils[1]
                .name
                .as_deref()
                .is_some_and(|n| n.starts_with("Anytown Council"))
        );
    }

    #[test]
    fn at_most_four_councils_are_set_beside_the_one_in_use() {
        let dir = scratch("councils-most");
        let mut s = AppState::new(Workshop::bundled(), None);
        for n in 0..5 {
            let path = dir.path().join(format!("c{n}.jaws-council"));
            let text = BUNDLED_COUNCILS[0]
                .1
                .replace("Illustrative shire county", &format!("Council {n}"));
            std::fs::write(&path, text).unwrap();
            s.apply(FileCommand::CompareCouncil(path));
        }
        assert_eq!(s.other_councils.len(), 4);
        assert_eq!(s.derived.councils.len(), 5);
        let notice = s.notice.as_ref().expect("a notice").text.clone();
        assert!(notice.contains("At most 4"), "{notice}");
    }
}
