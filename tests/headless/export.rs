//! Exports and reports, checked as files: PNGs decode at the size asked for, SVGs are XML
//! with their title and legend, CSV matches `jaws project`, and reports are self-contained
//! and name every scenario.

use std::fs;
use std::path::Path;

use jaws::export::{self, Chart, ChartKind, ChartSize, build_report, render_svg, write_report};
use jaws::workshop::Workshop;
use jaws::workshop::atomic::TEMP_MARKER;
use jaws::workshop::session::{CapturedScenario, DealCard, DealSide, Session};

use crate::common::{jaws, scratch};

/// The UTF-8 byte-order mark that tells a spreadsheet a CSV file is UTF-8.
const BOM: &str = "\u{FEFF}";

fn png_size(path: &Path) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("a sane size")];
    let info = reader.next_frame(&mut buf).expect("the PNG decodes");
    // Not blank: a chart has ink on it.
    let pixels = &buf[..info.buffer_size()];
    assert!(
        pixels.iter().any(|&b| b < 100),
        "{} is blank",
        path.display()
    );
    (info.width, info.height)
}

/// Every text element's content, for checking what an SVG says.
fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.has_tag_name("text") || n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_owned())
        .collect()
}

#[test]
fn png_export_decodes_at_the_size_asked_for() {
    let tmp = scratch("png");
    let dir = tmp.path();
    let default = dir.join("jaws.png");
    let run = jaws(&[
        "export",
        "--scenario",
        "old-deal",
        "--scenario",
        "new-deal",
        "--png",
        default.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("jaws.png"));
    assert_eq!(png_size(&default), (1600, 900));

    let small = dir.join("reserves.png");
    let run = jaws(&[
        "export",
        "--chart",
        "reserves",
        "--size",
        "800x450",
        "--png",
        small.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(png_size(&small), (800, 450));

    // Every chart, from the library, at an odd size.
    let w = Workshop::bundled();
    let series =
        export::workshop_series(&w, &["new-deal".into(), "cut-to-balance".into()]).unwrap();
    for &kind in ChartKind::all() {
        let path = dir.join(format!("{}.png", kind.id()));
        let size = ChartSize {
            width: 1001,
            height: 577,
        };
        let chart = Chart::new(kind, &series, 2026).size(size);
        export::write_png(&path, &chart).unwrap();
        assert_eq!(png_size(&path), (1001, 577), "{kind}");
    }
    let names = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned());
    assert!(!names.into_iter().any(|n| n.contains(TEMP_MARKER)));
}

#[test]
fn svg_export_is_xml_with_title_axes_and_legend() {
    let tmp = scratch("svg");
    let dir = tmp.path();
    let path = dir.join("jaws.svg");
    let run = jaws(&[
        "export",
        "--scenario",
        "old-deal",
        "--scenario",
        "new-deal",
        "--svg",
        path.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let svg = fs::read_to_string(&path).unwrap();
    let texts = svg_texts(&svg);
    for expected in [
        "The jaws: demand against resources",
        "A new model of public services",
        "The old deal: demand",
        "The new deal: resources",
        "£m a year, 2026 prices",
        "Year",
        "2040",
    ] {
        assert!(
            texts.iter().any(|t| t == expected),
            "no `{expected}` in {texts:?}"
        );
    }
    // Neither scenario takes reserves below the prudent minimum by 2040: no year is marked.
    assert!(
        !texts.iter().any(|t| t.contains("prudent minimum in")),
        "{texts:?}"
    );
    // Care's old deal does: the year is marked.
    let care = Workshop::bundled_named("adult-social-care").unwrap();
    let year = jaws::model::simulate(
        &care.assumptions,
        &care.values_for(care.scenario("old-deal").unwrap()),
    )
    .headlines()
    .reserves_below_minimum
    .expect("care's old deal runs reserves down");
    let care_path = dir.join("care.svg");
    let run = jaws(&[
        "export",
        "--workshop",
        "adult-social-care",
        "--scenario",
        "old-deal",
        "--svg",
        care_path.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let care_texts = svg_texts(&fs::read_to_string(&care_path).unwrap());
    assert!(
        care_texts
            .iter()
            .any(|t| t.contains(&format!("prudent minimum in {year}"))),
        "{care_texts:?}"
    );

    // Each chart kind has its own title and axis.
    let w = Workshop::bundled();
    let series = export::workshop_series(&w, &[]).unwrap();
    for &kind in ChartKind::all() {
        let svg = render_svg(&Chart::new(kind, &series, 2026).subtitle("Sub & <title>")).unwrap();
        let texts = svg_texts(&svg);
        assert!(
            texts.iter().any(|t| *t == kind.title()),
            "{kind}: {texts:?}"
        );
        assert!(
            texts.iter().any(|t| t == "Sub & <title>"),
            "{kind}: {texts:?}"
        );
        assert!(
            texts.iter().any(|t| *t == kind.y_axis(2026)),
            "{kind}: {texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.contains("Lever defaults")),
            "{kind}: {texts:?}"
        );
    }
}

#[test]
fn csv_export_matches_jaws_project() {
    let tmp = scratch("csv");
    let dir = tmp.path();
    for scenario in ["old-deal", "new-deal"] {
        let path = dir.join(format!("{scenario}.csv"));
        let run = jaws(&[
            "export",
            "--scenario",
            scenario,
            "--csv",
            path.to_str().unwrap(),
        ]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let project = jaws(&["project", "--scenario", scenario, "--format", "csv"]);
        // A file for a spreadsheet starts with a byte-order mark; the pipe for scripts does not.
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            format!("{BOM}{}", project.stdout)
        );
        assert!(!project.stdout.starts_with(BOM));
    }
    // Several scenarios: a scenario column, then each scenario's rows as `jaws project`.
    let both = dir.join("both.csv");
    let run = jaws(&[
        "export",
        "--scenario",
        "old-deal",
        "--scenario",
        "new-deal",
        "--csv",
        both.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let text = fs::read_to_string(&both).unwrap();
    let mut lines = text.strip_prefix(BOM).expect("a byte-order mark").lines();
    let project_old = jaws(&["project", "--scenario", "old-deal", "--format", "csv"]).stdout;
    let project_new = jaws(&["project", "--scenario", "new-deal", "--format", "csv"]).stdout;
    assert_eq!(
        lines.next().unwrap(),
        format!("scenario,{}", project_old.lines().next().unwrap())
    );
    let expected: Vec<String> = project_old
        .lines()
        .skip(1)
        .map(|l| format!("The old deal,{l}"))
        .chain(
            project_new
                .lines()
                .skip(1)
                .map(|l| format!("The new deal,{l}")),
        )
        .collect();
    assert_eq!(lines.map(str::to_owned).collect::<Vec<_>>(), expected);
}

#[test]
fn export_usage_errors_exit_2_and_write_nothing() {
    let tmp = scratch("usage");
    let dir = tmp.path();
    let out = dir.join("x.png");
    let out = out.to_str().unwrap();
    let svg = dir.join("x.svg");
    for args in [
        vec!["export"],
        vec!["export", "--png", out, "--svg", svg.to_str().unwrap()],
        vec!["export", "--png", out, "--size", "10x10"],
        vec!["export", "--png", out, "--size", "1600"],
        vec!["export", "--png", out, "--size", "99999x900"],
        vec!["export", "--png", out, "--chart", "pie"],
        vec!["export", "--png", out, "--scenario", "no-such-scenario"],
    ] {
        let run = jaws(&args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.is_empty());
    }
    let unknown = jaws(&["export", "--png", out, "--scenario", "nope"]);
    assert!(unknown.stderr.contains("old-deal"), "{}", unknown.stderr);
    // An unwritable place is a failure to write (1), with the file named.
    let missing = dir.join("no-such-folder").join("x.png");
    let run = jaws(&["export", "--png", missing.to_str().unwrap()]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("no-such-folder"), "{}", run.stderr);
    assert_eq!(fs::read_dir(dir).unwrap().count(), 0);
}

#[test]
fn exports_replace_files_atomically() {
    let tmp = scratch("replace");
    let dir = tmp.path();
    let path = dir.join("chart.svg");
    fs::write(&path, "old contents").unwrap();
    let run = jaws(&["export", "--svg", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(fs::read_to_string(&path).unwrap().starts_with("<svg"));
    assert_eq!(fs::read_dir(dir).unwrap().count(), 1);
}

fn assert_self_contained(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"));
    let lower = html.to_lowercase();
    for banned in ["http", "src=", "<link", "<script", "@import", "url("] {
        assert!(
            !lower.contains(banned),
            "the report refers outside itself: `{banned}`"
        );
    }
    assert!(lower.contains("<style>") && lower.contains("<svg"));
    assert!(lower.contains("@media print") && lower.contains("break-before: page"));
}

#[test]
fn the_workshop_report_names_every_scenario_and_stands_alone() {
    let tmp = scratch("report-workshop");
    let dir = tmp.path();
    let out = dir.join("out");
    let run = jaws(&["report", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let html = fs::read_to_string(out.join("report.html")).unwrap();
    let md = fs::read_to_string(out.join("report.md")).unwrap();
    assert_self_contained(&html);
    let w = Workshop::bundled();
    for text in [&html, &md] {
        assert!(text.contains(&w.title));
        assert!(text.contains(&w.organisation));
        for s in &w.scenarios {
            assert!(text.contains(&s.name), "no {}", s.name);
        }
        for heading in [
            "Gap in the final year",
            "Gap added up over the years",
            "Year reserves fall below the prudent minimum",
            "Year the jaws close",
            "Assumptions",
            "Cultural",
            "Financial",
            "Base budget",
        ] {
            assert!(text.contains(heading), "no {heading}");
        }
    }
    // No session: no deal section.
    assert!(!html.contains("id=\"deal\""));
    // Every chart the Markdown shows is beside it, and is XML.
    let mut shown = 0;
    for line in md.lines().filter(|l| l.starts_with("![")) {
        let file = line.rsplit_once("](").unwrap().1.trim_end_matches(')');
        let svg = fs::read_to_string(out.join(file)).unwrap_or_else(|_| panic!("{file} missing"));
        svg_texts(&svg);
        shown += 1;
    }
    // Each chart once for every scenario together; the jaws and reserves once a scenario.
    assert_eq!(shown, ChartKind::all().len() + 2 * w.scenarios.len());
    // The HTML's embedded charts parse too (as XML, once the HTML around them is removed).
    let mut rest = html.as_str();
    let mut embedded = 0;
    while let Some(start) = rest.find("<svg ") {
        let end = rest[start..].find("</svg>").unwrap() + start + "</svg>".len();
        let svg =
            rest[start..end].replacen("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", 1);
        svg_texts(&svg);
        embedded += 1;
        rest = &rest[end..];
    }
    assert_eq!(embedded, shown);
}

#[test]
fn the_session_report_has_its_scenarios_deal_and_notes_escaped() {
    let w = Workshop::bundled();
    let mut s = Session::new(&w);
    let mut v = w.default_values();
    v.0[1] = 40.0;
    s.scenarios.push(CapturedScenario::capture(
        "table-1",
        "Table <one> & friends",
        "Relationships first.",
        &w,
        &v,
    ));
    s.scenarios.push(CapturedScenario::capture(
        "cabinet",
        "Cabinet's path",
        "",
        &w,
        &w.default_values(),
    ));
    s.deal.push(DealCard {
        id: "open-books".into(),
        text: "Open the books <script>alert(1)</script>".into(),
        side: DealSide::Council,
        levers: vec!["public_engagement".into()],
    });
    s.deal.push(DealCard {
        id: "lunch".into(),
        text: "Lunch clubs run by volunteers".into(),
        side: DealSide::Community,
        levers: vec!["community_delivery".into()],
    });
    s.notes = "Meet again in June.".into();
    s.stage = Some(1);
    s.assumptions.insert("demographic_growth".into(), 2.4);
    s.predictions.push(jaws::workshop::session::Prediction {
        stage: "the-old-deal".into(),
        said: "Most tables said <2031>.".into(),
        strokes: vec![vec![[2026.0, 760.0], [2035.0, 900.0]]],
        revealed: true,
    });
    // A prediction with nothing in it is not worth a line in the record.
    s.predictions.push(jaws::workshop::session::Prediction {
        stage: "the-jaws".into(),
        ..Default::default()
    });

    let report = build_report(&w, Some(&s)).unwrap();
    assert_self_contained(&report.html);
    let html = &report.html;
    assert!(html.contains("Table &lt;one&gt; &amp; friends"));
    assert!(html.contains("Cabinet&#39;s path"));
    assert!(html.contains("Open the books &lt;script&gt;"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("What the council will do"));
    assert!(html.contains("What residents and communities will do"));
    assert!(html.contains("Moves: Public engagement and openness"));
    assert!(html.contains("Meet again in June."));
    // Stage 1 in the file is the second stage, "The jaws".
    assert!(
        html.contains("The room had reached stage 2 of 11"),
        "{html}"
    );
    assert!(
        report
            .markdown
            .contains("reached stage 2 of 11, \"The jaws\".")
    );
    assert!(html.contains("What the room predicted"));
    assert!(html.contains("Most tables said &lt;2031&gt;. (also sketched on the chart)"));
    assert!(html.contains("how far apart will demand and resources be in fifteen years"));
    assert!(html.contains("<dt>The old deal: "));
    assert!(
        !html.contains("<dt>The jaws: "),
        "only predictions that hold something"
    );
    assert!(report.markdown.contains("## What the room predicted"));
    assert!(html.contains("<span class=\"tag\">changed</span>"));
    // The workshop's own scenarios are not in a session's report.
    assert!(!html.contains("Pilots that never scale"));
    assert!(report.markdown.contains("Table \\<one\\> & friends"));
    assert!(
        report
            .markdown
            .contains("| What the council will do | What residents and communities will do |")
    );

    // Written to a folder: the files, atomically, nothing else.
    let tmp = scratch("report-session");
    let dir = tmp.path();
    let written = write_report(dir, &w, Some(&s)).unwrap();
    assert_eq!(written[0], dir.join("report.html"));
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), written.len());
    assert!(names.iter().all(|n| !n.contains(TEMP_MARKER)));
}

#[test]
fn the_report_command_reads_a_session_and_refuses_a_broken_one() {
    let w = Workshop::bundled();
    let tmp = scratch("report-cli");
    let dir = tmp.path();
    let session = dir.join("s.ron");
    let mut s = Session::new(&w);
    s.scenarios.push(CapturedScenario::capture(
        "t",
        "Table seven",
        "",
        &w,
        &w.default_values(),
    ));
    jaws::workshop::session::save_session(
        &session,
        &s,
        jaws::workshop::session::Overwrite::IfReadable,
    )
    .unwrap();
    let out = dir.join("out");
    let run = jaws(&[
        "report",
        "--session",
        session.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        fs::read_to_string(out.join("report.html"))
            .unwrap()
            .contains("Table seven")
    );

    fs::write(
        &session,
        "(format: \"jaws-session\", version: 1, workshop: \"new-model\", scen",
    )
    .unwrap();
    let out2 = dir.join("out2");
    let run = jaws(&[
        "report",
        "--session",
        session.to_str().unwrap(),
        "--out",
        out2.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains(&format!("{}:1:", session.display())),
        "{}",
        run.stderr
    );
    assert!(!out2.exists());
}

#[test]
fn the_tornado_written_to_a_file_is_for_a_spreadsheet_and_printed_for_a_script() {
    let tmp = scratch("tornado-csv");
    let path = tmp.path().join("tornado.csv");
    let run = jaws(&[
        "tornado",
        "--scenario",
        "old-deal",
        "--csv",
        path.to_str().unwrap(),
    ])
    .ok();
    assert!(run.stdout.contains("tornado.csv"), "{}", run.stdout);
    let printed = jaws(&["tornado", "--scenario", "old-deal", "--format", "csv"]).ok();
    assert!(
        !printed.stdout.starts_with(BOM),
        "no mark on a pipe for scripts"
    );
    // The £ of "£m a year" survives into Excel only with the mark.
    let file = fs::read_to_string(&path).unwrap();
    assert_eq!(file, format!("{BOM}{}", printed.stdout));
    assert!(file.contains("£m"));

    // --csv is a file; asking for a format as well, or naming another format, is a usage error.
    let both = jaws(&[
        "tornado",
        "--format",
        "json",
        "--csv",
        path.to_str().unwrap(),
    ]);
    assert_eq!(both.code, Some(2), "{}", both.stderr);
    let png = tmp.path().join("tornado.png");
    let wrong = jaws(&["tornado", "--csv", png.to_str().unwrap()]);
    assert_eq!(wrong.code, Some(2), "{}", wrong.stderr);
    assert!(wrong.stderr.contains(".csv"), "{}", wrong.stderr);
    assert!(!png.exists());
}

#[test]
fn text_cells_are_quoted_one_way_and_never_read_as_formulas() {
    // A scenario named by a participant, with a comma, quotes and a leading `=`.
    let tmp = scratch("csv-quoting");
    let workshop = tmp.path().join("w.ron");
    let text = jaws::workshop::BUNDLED_NEW_MODEL.replacen(
        "name: \"The old deal\"",
        "name: \"=The \\\"old\\\" deal, again\"",
        1,
    );
    fs::write(&workshop, text).unwrap();
    let out = tmp.path().join("both.csv");
    jaws(&[
        "export",
        "--workshop",
        workshop.to_str().unwrap(),
        "--scenario",
        "old-deal",
        "--scenario",
        "new-deal",
        "--csv",
        out.to_str().unwrap(),
    ])
    .ok();
    let csv = fs::read_to_string(&out).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert!(
        rows[1].starts_with("\"'=The \"\"old\"\" deal, again\",2026,"),
        "{}",
        rows[1]
    );
    // Every row has as many cells as the header once the quoted name is taken as one.
    let header_cells = rows[0].split(',').count();
    for row in &rows[1..] {
        let rest = row.rsplit_once("\",").map_or(*row, |(_, rest)| rest);
        let cells = rest.split(',').count() + usize::from(rest.len() < row.len());
        assert_eq!(cells, header_cells, "{row}");
    }
}

#[test]
fn a_file_name_that_says_another_format_is_refused_and_nothing_is_written() {
    let tmp = scratch("extension");
    let dir = tmp.path();
    for (flag, name, wants) in [
        ("--png", "x.svg", ".png"),
        ("--svg", "x.png", ".svg"),
        ("--csv", "x.png", ".csv"),
        ("--png", "x.jpg", ".png"),
    ] {
        let path = dir.join(name);
        let run = jaws(&["export", flag, path.to_str().unwrap()]);
        assert_eq!(run.code, Some(2), "{flag} {name}: {}", run.stderr);
        assert!(
            run.stderr.contains(name) && run.stderr.contains(wants),
            "{flag} {name}: {}",
            run.stderr
        );
        assert!(!path.exists(), "{flag} {name} wrote a file");
    }
    // The case of the extension does not matter, and a name without one is taken as asked.
    let upper = dir.join("CHART.PNG");
    jaws(&["export", "--png", upper.to_str().unwrap()]).ok();
    assert_eq!(png_size(&upper), (1600, 900));
    let bare = dir.join("chart");
    jaws(&["export", "--svg", bare.to_str().unwrap()]).ok();
    assert!(fs::read_to_string(&bare).unwrap().starts_with("<svg"));

    // The window's export goes by the extension and refuses one it cannot write.
    let w = Workshop::bundled();
    let series = export::workshop_series(&w, &[]).unwrap();
    let chart = Chart::new(ChartKind::Jaws, &series, 2026);
    let jpg = dir.join("chart.jpg");
    let e = export::write_chart(&jpg, &chart).unwrap_err();
    assert!(e.to_string().contains("neither .png nor .svg"), "{e}");
    assert!(!jpg.exists());
    let svg = dir.join("chart.svg");
    export::write_chart(&svg, &chart).unwrap();
    svg_texts(&fs::read_to_string(&svg).unwrap());
}

/// Text a hostile file or a careless paste could hold: markup, entities, control characters
/// (NUL, escape sequences, a bell), a byte-order mark and the XML non-character U+FFFF.
const HOSTILE: &str =
    "A <b>\"bold\"</b> & 'odd' ]]> <!-- x --> &amp; \u{0}\u{1b}[31m\u{7}\u{feff}\u{ffff} end";

#[test]
fn hostile_text_never_makes_an_svg_or_the_html_report_invalid() {
    let mut w = Workshop::bundled();
    w.title = format!("Title {HOSTILE}");
    w.organisation = format!("Org {HOSTILE}");
    w.description = format!("Description {HOSTILE}\n\nSecond {HOSTILE}");
    for s in &mut w.scenarios {
        s.name = format!("{} {HOSTILE}", s.name);
        s.note = HOSTILE.into();
    }

    // Charts: every kind, one scenario and several, the title and subtitle hostile too.
    let series = export::workshop_series(&w, &["old-deal".into(), "new-deal".into()]).unwrap();
    for &kind in ChartKind::all() {
        for shown in [&series[..1], &series[..]] {
            let chart = Chart::new(kind, shown, 2026)
                .subtitle(w.title.clone())
                .size(ChartSize {
                    width: 800,
                    height: 450,
                });
            let svg = render_svg(&chart).unwrap();
            let texts = svg_texts(&svg);
            assert!(
                texts
                    .iter()
                    .any(|t| t.starts_with("Title A <b>\"bold\"</b> & 'odd'")),
                "{kind}: the text survives, escaped: {texts:?}"
            );
        }
    }
    let tmp = scratch("hostile");
    let png = tmp.path().join("hostile.png");
    export::write_png(
        &png,
        &Chart::new(ChartKind::Jaws, &series, 2026).subtitle(HOSTILE),
    )
    .unwrap();
    png_size(&png);

    // The report: a session whose every free-text field is hostile.
    let mut s = Session::new(&w);
    s.scenarios.push(CapturedScenario::capture(
        "table-1",
        &format!("Table {HOSTILE}"),
        HOSTILE,
        &w,
        &w.default_values(),
    ));
    s.deal.push(DealCard {
        id: "card".into(),
        text: HOSTILE.into(),
        side: DealSide::Council,
        levers: vec!["public_engagement".into()],
    });
    s.notes = format!("{HOSTILE}\n\n{HOSTILE}");
    s.predictions.push(jaws::workshop::session::Prediction {
        stage: "the-old-deal".into(),
        said: HOSTILE.into(),
        strokes: Vec::new(),
        revealed: false,
    });
    for session in [None, Some(&s)] {
        let report = build_report(&w, session).unwrap();
        // The whole page is well-formed XML, not only its charts.
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let doc = roxmltree::Document::parse_with_options(&report.html, options)
            .unwrap_or_else(|e| panic!("the HTML report is not well-formed: {e}"));
        assert_eq!(doc.root_element().tag_name().name(), "html");
        let title = doc
            .descendants()
            .find(|n| n.has_tag_name("h1"))
            .and_then(|n| n.text())
            .unwrap();
        assert!(
            title.starts_with("Title A <b>\"bold\"</b> & 'odd' ]]>"),
            "{title}"
        );
        assert!(!report.html.contains('\u{0}') && !report.html.contains('\u{1b}'));
        assert!(!report.markdown.contains('\u{0}') && !report.markdown.contains('\u{1b}'));
        for (name, svg) in &report.charts {
            roxmltree::Document::parse(svg)
                .unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
        }
    }
}

#[test]
fn the_report_shows_times_in_local_time_and_the_file_keeps_utc() {
    let w = Workshop::bundled();
    let mut s = Session::new(&w);
    let mut c = CapturedScenario::capture("t", "Table seven", "", &w, &w.default_values());
    c.captured = "2026-07-14T10:30:00Z".into();
    s.scenarios.push(c);
    // The UK's rule, written out so the test needs no time zone database.
    let london = jiff::tz::TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap();
    let report = export::build_report_in(&w, Some(&s), &london).unwrap();
    assert!(
        report.html.contains("Captured 14 July 2026 at 11:30 BST."),
        "summer time in London is an hour ahead of UTC"
    );
    assert!(
        report
            .markdown
            .contains("_Captured 14 July 2026 at 11:30 BST._")
    );
    let utc = export::build_report_in(&w, Some(&s), &jiff::tz::TimeZone::UTC).unwrap();
    assert!(utc.html.contains("Captured 14 July 2026 at 10:30 UTC."));
    // When it was made: a local date and time with its zone.
    let made = regex_free_made(&report.markdown);
    assert!(
        made.ends_with(" GMT") || made.ends_with(" BST"),
        "made on a local time: {made}"
    );
    // The file keeps UTC whatever the zone of the laptop that saved it.
    let text = jaws::workshop::session::session_to_string(&s);
    assert!(
        text.contains("captured: \"2026-07-14T10:30:00Z\""),
        "{text}"
    );
}

/// The time in "Workshop report made with Jaws on … . Money is …".
fn regex_free_made(markdown: &str) -> String {
    let start = markdown.find("made with Jaws on ").expect("a made line") + 18;
    let rest = &markdown[start..];
    rest[..rest.find(". Money").unwrap()].to_owned()
}

#[test]
fn charts_mark_where_the_workshops_own_year_by_year_figures_end() {
    let tmp = scratch("mtfs");
    let svg = |workshop: &str, scenario: &str, chart: &str| {
        let path = tmp.path().join(format!("{workshop}-{chart}.svg"));
        let path_text = path.to_str().unwrap().to_owned();
        jaws(&[
            "--workshop",
            workshop,
            "export",
            "--scenario",
            scenario,
            "--chart",
            chart,
            "--svg",
            &path_text,
        ])
        .ok();
        fs::read_to_string(path).unwrap()
    };
    // The 2010s set the settlement, council tax and pay year by year to 2019.
    for chart in ["jaws", "reserves", "social-care"] {
        let s = svg("the-2010s", "replay-2010s", chart);
        assert!(
            s.contains("the medium-term financial strategy: its own year-by-year figures to 2019"),
            "{chart}"
        );
        assert!(s.contains("\nMTFS\n</text>"), "{chart}");
    }
    // The default workshop gives no schedules: nothing to mark.
    assert!(!svg("new-model", "old-deal", "jaws").contains("MTFS"));
}
