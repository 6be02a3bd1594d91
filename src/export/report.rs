//! The workshop report: one self-contained HTML file (inline CSS, charts as inline SVG, no
//! external resources; prints to PDF with sensible page breaks) and the same in Markdown with
//! the charts as SVG files beside it.
//!
//! With a session it reports the session's captured scenarios, assumptions, deal and notes;
//! without one, the workshop's own scenarios.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::ExportError;
use super::chart::{Chart, ChartKind, ChartSize, Series, render_svg};
use crate::model::{
    ASSUMPTION_SPECS, AssumptionGroup, Assumptions, Domain, Headlines, LeverValues, Projection,
    simulate,
};
use crate::workshop::Workshop;
use crate::workshop::atomic::write_atomic;
use crate::workshop::session::{DealSide, Session, now_iso8601};

/// A report ready to write: the two documents and the charts the Markdown refers to.
#[derive(Clone, Debug)]
pub struct Report {
    pub html: String,
    pub markdown: String,
    /// (file name, SVG text) of each chart, as `report.md` names them.
    pub charts: Vec<(String, String)>,
}

/// File names inside the report folder.
pub const HTML_FILE: &str = "report.html";
pub const MARKDOWN_FILE: &str = "report.md";

const MAIN_SIZE: ChartSize = ChartSize {
    width: 1280,
    height: 720,
};
const SMALL_SIZE: ChartSize = ChartSize {
    width: 960,
    height: 600,
};

/// One scenario as the report shows it.
struct Entry {
    id: String,
    name: String,
    note: String,
    captured: Option<String>,
    values: LeverValues,
    projection: Projection,
}

/// A chart drawn once, used by both documents.
struct Figure {
    file: String,
    alt: String,
    svg: String,
}

/// Build the report for a workshop, or for a session made with it.
pub fn build_report(workshop: &Workshop, session: Option<&Session>) -> Result<Report, ExportError> {
    let w = workshop;
    let assumptions = session.map_or_else(|| w.assumptions.clone(), |s| s.current_assumptions(w));
    let entries = entries(w, session, &assumptions);
    let base = assumptions.base_year;
    let all: Vec<Series> = entries
        .iter()
        .map(|e| Series {
            name: e.name.clone(),
            projection: e.projection.clone(),
        })
        .collect();
    let compared = &all[..all.len().min(super::MAX_SERIES)];

    let figure = |kind: ChartKind, series: &[Series], file: String, size| {
        let subtitle = if series.len() == 1 {
            series[0].name.clone()
        } else {
            "Scenarios compared".to_owned()
        };
        let chart = Chart::new(kind, series, base)
            .subtitle(subtitle.clone())
            .size(size);
        render_svg(&chart).map(|svg| Figure {
            file,
            alt: format!("{}: {subtitle}", kind.title()),
            svg,
        })
    };
    let mut compare = Vec::new();
    for kind in ChartKind::ALL {
        let size = if matches!(kind, ChartKind::Jaws | ChartKind::Reserves) {
            MAIN_SIZE
        } else {
            SMALL_SIZE
        };
        compare.push(figure(
            kind,
            compared,
            format!("compare-{}.svg", kind.id()),
            size,
        )?);
    }
    let mut per_entry = Vec::new();
    for (e, s) in entries.iter().zip(&all) {
        let one = std::slice::from_ref(s);
        per_entry.push([
            figure(
                ChartKind::Jaws,
                one,
                format!("scenario-{}-jaws.svg", e.id),
                MAIN_SIZE,
            )?,
            figure(
                ChartKind::Reserves,
                one,
                format!("scenario-{}-reserves.svg", e.id),
                SMALL_SIZE,
            )?,
        ]);
    }

    let ctx = Ctx {
        w,
        session,
        assumptions: &assumptions,
        entries: &entries,
        compare: &compare,
        per_entry: &per_entry,
        truncated: all.len() > compared.len(),
        made: now_iso8601()[..10].to_owned(),
    };
    let charts = compare
        .iter()
        .chain(per_entry.iter().flatten())
        .map(|f| (f.file.clone(), f.svg.clone()))
        .collect();
    Ok(Report {
        html: html(&ctx),
        markdown: markdown(&ctx),
        charts,
    })
}

/// Write `report.html`, `report.md` and the chart SVGs into `dir` (created if need be), each
/// atomically. Returns the files written, the HTML first.
pub fn write_report(
    dir: &Path,
    workshop: &Workshop,
    session: Option<&Session>,
) -> Result<Vec<PathBuf>, ExportError> {
    let report = build_report(workshop, session)?;
    std::fs::create_dir_all(dir).map_err(|e| ExportError::io(dir, e))?;
    let mut written = Vec::new();
    let mut put = |name: &str, text: &str| -> Result<(), ExportError> {
        let path = dir.join(name);
        write_atomic(&path, text.as_bytes()).map_err(|e| ExportError::io(&path, e))?;
        written.push(path);
        Ok(())
    };
    put(HTML_FILE, &report.html)?;
    put(MARKDOWN_FILE, &report.markdown)?;
    for (name, svg) in &report.charts {
        put(name, svg)?;
    }
    Ok(written)
}

fn entries(w: &Workshop, session: Option<&Session>, a: &Assumptions) -> Vec<Entry> {
    let project = |values: LeverValues| simulate(a, &values);
    match session {
        None => w
            .scenarios
            .iter()
            .map(|s| {
                let values = w.values_for(s);
                Entry {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    note: s.note.clone(),
                    captured: None,
                    values,
                    projection: project(values),
                }
            })
            .collect(),
        Some(session) if session.scenarios.is_empty() => {
            let values = session.current_values(w);
            vec![Entry {
                id: "current".into(),
                name: "Where the room left the levers".into(),
                note: "No scenarios were captured in this session, so this is the levers as they were last set.".into(),
                captured: None,
                values,
                projection: project(values),
            }]
        }
        Some(session) => session
            .scenarios
            .iter()
            .map(|c| {
                let values = c.values(w);
                Entry {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    note: c.note.clone(),
                    captured: Some(c.captured.clone()),
                    values,
                    projection: project(values),
                }
            })
            .collect(),
    }
}

struct Ctx<'a> {
    w: &'a Workshop,
    session: Option<&'a Session>,
    assumptions: &'a Assumptions,
    entries: &'a [Entry],
    compare: &'a [Figure],
    per_entry: &'a [[Figure; 2]],
    truncated: bool,
    made: String,
}

// ---------------------------------------------------------------------------------------
// Words and numbers, shared by both documents.

/// A number as people read it: thousands separated, at most two decimals, no trailing zeros.
fn number(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    let s = if s == "-0" { "0" } else { s };
    super::chart::thousands(s)
}

/// A value with its unit: `£6m a year`, `4.99% a year`, `2.5 years`.
fn with_unit(v: f64, unit: &str) -> String {
    let n = number(v);
    if let Some(rest) = unit.strip_prefix("£m") {
        format!("£{n}m{rest}")
    } else if let Some(rest) = unit.strip_prefix('£') {
        format!("£{n}{rest}")
    } else if let Some(rest) = unit.strip_prefix('%') {
        format!("{n}%{rest}")
    } else {
        format!("{n} {unit}")
    }
}

/// An ISO 8601 date and time as people write it: `14 March 2026 at 10:30 UTC`. Anything
/// else is shown as it is.
fn when(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
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
    let date = iso.get(..10).unwrap_or(iso);
    let parts: Vec<&str> = date.split('-').collect();
    let (Some(y), Some(m), Some(d)) = (
        parts.first(),
        parts.get(1).and_then(|m| m.parse::<usize>().ok()),
        parts.get(2).and_then(|d| d.parse::<u32>().ok()),
    ) else {
        return iso.to_owned();
    };
    let Some(month) = m.checked_sub(1).and_then(|i| MONTHS.get(i)) else {
        return iso.to_owned();
    };
    let mut out = format!("{d} {month} {y}");
    if let Some(time) = iso.get(11..16) {
        let _ = write!(out, " at {time}");
        let zone = &iso[16..];
        let zone = zone.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
        match zone {
            "" => {}
            "Z" => out.push_str(" UTC"),
            offset => {
                let _ = write!(out, " UTC{offset}");
            }
        }
    }
    out
}

fn millions(v: f64) -> String {
    format!("£{}m", number(v.round()))
}

struct HeadlineWords {
    final_gap: String,
    cumulative: String,
    below_minimum: String,
    jaws_close: String,
}

fn headline_words(p: &Projection) -> HeadlineWords {
    let h: Headlines = p.headlines();
    let years = p.rows.len();
    let final_gap = if h.final_gap > 0.0 {
        format!("{} in {}", millions(h.final_gap), h.final_year)
    } else {
        format!(
            "none: a surplus of {} in {}",
            millions(-h.final_gap),
            h.final_year
        )
    };
    let cumulative = if h.cumulative_gap > 0.0 {
        format!("{} over {years} years", millions(h.cumulative_gap))
    } else {
        format!(
            "none: a surplus of {} over {years} years",
            millions(-h.cumulative_gap)
        )
    };
    let below_minimum = match h.reserves_below_minimum {
        Some(y) => y.to_string(),
        None => format!("not by {}", h.final_year),
    };
    let opened = p.rows.iter().any(|r| r.gap > 0.0);
    let jaws_close = match h.jaws_close {
        Some(y) => y.to_string(),
        None if opened => format!("not by {}", h.final_year),
        None => "no gap opens".into(),
    };
    HeadlineWords {
        final_gap,
        cumulative,
        below_minimum,
        jaws_close,
    }
}

const HEADLINE_LABELS: [&str; 4] = [
    "Gap in the final year",
    "Gap added up over the years",
    "Year reserves fall below the prudent minimum",
    "Year the jaws close",
];

fn headline_cells(p: &Projection) -> [String; 4] {
    let h = headline_words(p);
    [h.final_gap, h.cumulative, h.below_minimum, h.jaws_close]
}

fn differs(a: f64, b: f64) -> bool {
    (a - b).abs() > 1e-9
}

/// Assumptions as rows: (label, value with unit, workshop's value if the session changed it,
/// source).
fn assumption_rows(
    ctx: &Ctx,
    group: AssumptionGroup,
) -> Vec<(String, String, Option<String>, String)> {
    let w = ctx.w;
    let a = ctx.assumptions;
    let mut rows = Vec::new();
    if group == AssumptionGroup::Context {
        rows.push((
            "Base year".to_owned(),
            a.base_year.to_string(),
            (a.base_year != w.assumptions.base_year).then(|| w.assumptions.base_year.to_string()),
            w.sources.get("base_year").cloned().unwrap_or_default(),
        ));
        rows.push((
            "Years projected".to_owned(),
            a.horizon_years.to_string(),
            (a.horizon_years != w.assumptions.horizon_years)
                .then(|| w.assumptions.horizon_years.to_string()),
            w.sources.get("horizon_years").cloned().unwrap_or_default(),
        ));
    }
    for spec in ASSUMPTION_SPECS.iter().filter(|s| s.group == group) {
        let v = a.get(spec.id).unwrap_or_default();
        let base = w.assumptions.get(spec.id).unwrap_or_default();
        rows.push((
            spec.label.to_owned(),
            with_unit(v, spec.unit),
            differs(v, base).then(|| with_unit(base, spec.unit)),
            w.sources.get(spec.id).cloned().unwrap_or_default(),
        ));
    }
    rows
}

fn group_title(group: AssumptionGroup) -> &'static str {
    match group {
        AssumptionGroup::Context => "The council's situation",
        AssumptionGroup::Response => "How strongly the model responds",
    }
}

fn lever_labels(w: &Workshop, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| w.lever(id).map_or_else(|| id.clone(), |l| l.label.clone()))
        .collect()
}

fn changed_count(w: &Workshop, values: &LeverValues) -> usize {
    w.levers
        .iter()
        .zip(values.0)
        .filter(|(l, v)| differs(*v, l.default))
        .count()
}

// ---------------------------------------------------------------------------------------
// HTML.

/// Text made safe for HTML, in elements and in attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Paragraphs from free text: blank lines separate paragraphs, single line breaks are kept.
fn paragraphs(s: &str, class: &str) -> String {
    let mut out = String::new();
    let normalised = s.replace("\r\n", "\n");
    for para in normalised
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let lines: Vec<String> = para.lines().map(escape_html).collect();
        let class_attr = if class.is_empty() {
            String::new()
        } else {
            format!(" class=\"{class}\"")
        };
        let _ = writeln!(out, "<p{class_attr}>{}</p>", lines.join("<br>"));
    }
    out
}

/// An SVG inside HTML: the namespace is implied there, and leaving it out keeps the report
/// free of any address; the font rule lives once in the page's style sheet instead.
fn inline_svg(svg: &str) -> String {
    let svg = svg.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
    match (svg.find("<style>"), svg.find("</style>\n")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &svg[..a], &svg[b + "</style>\n".len()..]),
        _ => svg,
    }
}

fn figure_html(out: &mut String, f: &Figure) {
    let _ = writeln!(
        out,
        "<figure>\n{}<figcaption>{}</figcaption>\n</figure>",
        inline_svg(&f.svg),
        escape_html(&f.alt)
    );
}

const CSS: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif; color: #1a1a1a;
  background: #fff; line-height: 1.45; max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.5rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.organisation { font-size: 1.15rem; color: #404040; margin: 0 0 1rem; }
.meta, .note, figcaption, .empty, .hint { color: #404040; }
.meta { font-size: .9rem; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; border: 1px solid #d9d9d9; }
figure svg text { font-family: "DejaVu Sans", Verdana, "Bitstream Vera Sans", sans-serif; }
figcaption { font-size: .85rem; margin-top: .25rem; }
.small-charts { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.small-charts figure { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem;
  break-inside: auto; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #d9d9d9; }
th { border-bottom: 2px solid #1a1a1a; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.changed td { font-weight: bold; background: #fff6e0; }
.tag { display: inline-block; font-size: .75rem; font-weight: bold; border: 1px solid #9a6200;
  color: #6b4400; border-radius: .25rem; padding: 0 .3rem; margin-left: .4rem; }
dl.headlines { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.headlines dt { color: #404040; }
dl.headlines dd { margin: 0; font-weight: bold; }
.deal { display: grid; grid-template-columns: 1fr 1fr; gap: 1.25rem; }
.deal ul { list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid #bdbdbd; border-left: 6px solid #0072b2; border-radius: .3rem;
  padding: .5rem .7rem; margin-bottom: .6rem; break-inside: avoid; page-break-inside: avoid; }
.community .card { border-left-color: #009e73; }
.card p { margin: 0; }
.card .moves { font-size: .85rem; color: #404040; margin-top: .3rem; }
section.scenario, section.assumptions { break-before: page; page-break-before: always; }
nav ul { padding-left: 1.2rem; }
a { color: #005a9c; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
  figure svg { border: none; }
  tr.changed td { background: none; }
}
"#;

fn html(ctx: &Ctx) -> String {
    let w = ctx.w;
    let e = escape_html;
    let mut o = String::new();
    let title = format!("{}: workshop report", w.title);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Jaws\">\n<title>{}</title>\n<style>{CSS}</style>\n\
         </head>\n<body>\n<header>\n<h1>{}</h1>\n",
        e(&title),
        e(&w.title)
    );
    if !w.organisation.is_empty() {
        let _ = writeln!(o, "<p class=\"organisation\">{}</p>", e(&w.organisation));
    }
    o.push_str(&paragraphs(&w.description, ""));
    let meta = meta_line(ctx);
    let _ = writeln!(o, "<p class=\"meta\">{}</p>\n</header>", e(&meta));

    // Contents (screen only).
    o.push_str("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ul>\n");
    o.push_str("<li><a href=\"#compare\">The scenarios compared</a></li>\n");
    if ctx.session.is_some() {
        o.push_str("<li><a href=\"#deal\">Our deal</a></li>\n");
    }
    if ctx.session.is_some_and(|s| !s.notes.trim().is_empty()) {
        o.push_str("<li><a href=\"#notes\">Notes</a></li>\n");
    }
    if ctx.session.is_some_and(|s| !predictions(w, s).is_empty()) {
        o.push_str("<li><a href=\"#predictions\">What the room predicted</a></li>\n");
    }
    for en in ctx.entries {
        let _ = writeln!(
            o,
            "<li><a href=\"#scenario-{}\">{}</a></li>",
            e(&en.id),
            e(&en.name)
        );
    }
    o.push_str("<li><a href=\"#assumptions\">Assumptions</a></li>\n</ul>\n</nav>\n");

    // Comparison.
    o.push_str("<section id=\"compare\">\n<h2>The scenarios compared</h2>\n");
    comparison_table_html(&mut o, ctx);
    if ctx.truncated {
        let _ = writeln!(
            o,
            "<p class=\"hint\">The charts below show the first {} scenarios; the table shows them all.</p>",
            super::MAX_SERIES
        );
    }
    for f in &ctx.compare[..2] {
        figure_html(&mut o, f);
    }
    o.push_str("<div class=\"small-charts\">\n");
    for f in &ctx.compare[2..] {
        figure_html(&mut o, f);
    }
    o.push_str("</div>\n</section>\n");

    if let Some(s) = ctx.session {
        deal_html(&mut o, w, s);
        if !s.notes.trim().is_empty() {
            o.push_str("<section id=\"notes\">\n<h2>Notes</h2>\n");
            o.push_str(&paragraphs(&s.notes, ""));
            o.push_str("</section>\n");
        }
        let predicted = predictions(w, s);
        if !predicted.is_empty() {
            o.push_str("<section id=\"predictions\">\n<h2>What the room predicted</h2>\n<dl>\n");
            for p in predicted {
                let _ = writeln!(
                    o,
                    "<dt>{}: {}</dt>\n<dd>{}</dd>",
                    e(&p.stage),
                    e(&p.question),
                    e(&p.answer)
                );
            }
            o.push_str("</dl>\n</section>\n");
        }
    }

    for (en, figs) in ctx.entries.iter().zip(ctx.per_entry) {
        scenario_html(&mut o, ctx, en, figs);
    }

    assumptions_html(&mut o, ctx);
    o.push_str("</body>\n</html>\n");
    o
}

/// When the report was made, the units, and how far the session got.
fn meta_line(ctx: &Ctx) -> String {
    let mut meta = format!(
        "Workshop report made with Jaws on {}. Money is in £m a year at constant {} prices unless it says otherwise.",
        ctx.made, ctx.assumptions.base_year
    );
    if let Some(s) = ctx.session {
        // Stages are counted from 1 for people, from 0 in the file.
        if let Some(stage) = s.stage.and_then(|i| ctx.w.stages.get(i as usize)) {
            let n = ctx.w.stage_index(&stage.id).unwrap_or(0) + 1;
            let _ = write!(
                meta,
                " The room had reached stage {n} of {}, \"{}\".",
                ctx.w.stages.len(),
                stage.title
            );
        }
        let _ = write!(
            meta,
            " {} scenario{} captured in this session.",
            s.scenarios.len(),
            if s.scenarios.len() == 1 {
                " was"
            } else {
                "s were"
            }
        );
    }
    meta
}

/// One "predict, then reveal" moment as the record tells it.
struct Predicted {
    stage: String,
    question: String,
    answer: String,
}

/// The session's predictions that hold something (words or a sketch), in stage order.
fn predictions(w: &Workshop, s: &Session) -> Vec<Predicted> {
    let mut out: Vec<(usize, Predicted)> = s
        .predictions
        .iter()
        .filter(|p| !p.said.trim().is_empty() || !p.strokes.is_empty())
        .map(|p| {
            let stage = w.stage(&p.stage);
            let said = p.said.trim();
            let mut answer = if said.is_empty() {
                "Sketched on the chart; nothing written down.".to_string()
            } else {
                said.to_string()
            };
            if !said.is_empty() && !p.strokes.is_empty() {
                answer.push_str(" (also sketched on the chart)");
            }
            if !p.revealed {
                answer.push_str(" Not yet revealed.");
            }
            (
                w.stage_index(&p.stage).unwrap_or(usize::MAX),
                Predicted {
                    stage: stage.map_or_else(|| p.stage.clone(), |s| s.title.clone()),
                    question: stage.and_then(|s| s.predict.clone()).unwrap_or_default(),
                    answer,
                },
            )
        })
        .collect();
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, p)| p).collect()
}

fn comparison_table_html(o: &mut String, ctx: &Ctx) {
    let e = escape_html;
    o.push_str("<table>\n<thead><tr><th scope=\"col\">Scenario</th>");
    for l in HEADLINE_LABELS {
        let _ = write!(o, "<th scope=\"col\" class=\"num\">{}</th>", e(l));
    }
    o.push_str("<th scope=\"col\" class=\"num\">Levers changed from the defaults</th></tr></thead>\n<tbody>\n");
    for en in ctx.entries {
        let _ = write!(
            o,
            "<tr><th scope=\"row\"><a href=\"#scenario-{}\">{}</a></th>",
            e(&en.id),
            e(&en.name)
        );
        for cell in headline_cells(&en.projection) {
            let _ = write!(o, "<td class=\"num\">{}</td>", e(&cell));
        }
        let _ = writeln!(
            o,
            "<td class=\"num\">{}</td></tr>",
            changed_count(ctx.w, &en.values)
        );
    }
    o.push_str("</tbody>\n</table>\n");
}

fn deal_html(o: &mut String, w: &Workshop, s: &Session) {
    let e = escape_html;
    o.push_str("<section id=\"deal\">\n<h2>Our deal</h2>\n");
    if s.deal.is_empty() {
        o.push_str(
            "<p class=\"empty\">No deal cards were recorded in this session.</p>\n</section>\n",
        );
        return;
    }
    o.push_str("<div class=\"deal\">\n");
    for side in DealSide::ALL {
        let class = match side {
            DealSide::Council => "council",
            DealSide::Community => "community",
        };
        let _ = writeln!(o, "<div class=\"{class}\">\n<h3>{}</h3>", e(side.heading()));
        let cards: Vec<_> = s.deal.iter().filter(|c| c.side == side).collect();
        if cards.is_empty() {
            o.push_str("<p class=\"empty\">None recorded.</p>\n");
        } else {
            o.push_str("<ul>\n");
            for c in cards {
                let _ = write!(o, "<li class=\"card\"><p>{}</p>", e(&c.text));
                if !c.levers.is_empty() {
                    let _ = write!(
                        o,
                        "<p class=\"moves\">Moves: {}</p>",
                        e(&lever_labels(w, &c.levers).join(", "))
                    );
                }
                o.push_str("</li>\n");
            }
            o.push_str("</ul>\n");
        }
        o.push_str("</div>\n");
    }
    o.push_str("</div>\n</section>\n");
}

fn scenario_html(o: &mut String, ctx: &Ctx, en: &Entry, figs: &[Figure; 2]) {
    let e = escape_html;
    let w = ctx.w;
    let _ = writeln!(
        o,
        "<section class=\"scenario\" id=\"scenario-{}\">\n<h2>{}</h2>",
        e(&en.id),
        e(&en.name)
    );
    if let Some(c) = &en.captured {
        let _ = writeln!(o, "<p class=\"meta\">Captured {}.</p>", e(&when(c)));
    }
    o.push_str(&paragraphs(&en.note, "note"));
    o.push_str("<dl class=\"headlines\">\n");
    for (label, value) in HEADLINE_LABELS.iter().zip(headline_cells(&en.projection)) {
        let _ = writeln!(o, "<dt>{}</dt><dd>{}</dd>", e(label), e(&value));
    }
    o.push_str("</dl>\n");
    figure_html(o, &figs[0]);
    figure_html(o, &figs[1]);

    let changed = changed_count(w, &en.values);
    let _ = writeln!(
        o,
        "<h3>Lever settings</h3>\n<p class=\"hint\">{}</p>",
        match changed {
            0 => "Every lever is at the workshop's default.".to_owned(),
            1 => "One lever differs from the workshop's default; it is in bold and marked \u{201c}changed\u{201d}.".to_owned(),
            n => format!("{n} levers differ from the workshop's defaults; they are in bold and marked \u{201c}changed\u{201d}."),
        }
    );
    for domain in Domain::ALL {
        let _ = writeln!(
            o,
            "<h4>{}</h4>\n<table>\n<thead><tr><th scope=\"col\">Lever</th><th scope=\"col\" class=\"num\">Setting</th><th scope=\"col\" class=\"num\">Workshop default</th></tr></thead>\n<tbody>",
            e(domain.label())
        );
        for (l, v) in w.levers.iter().zip(en.values.0) {
            if l.domain != domain {
                continue;
            }
            let changed = differs(v, l.default);
            let band = l.band_at(v).map(|b| format!(" ({b})")).unwrap_or_default();
            let _ = writeln!(
                o,
                "<tr{}><td>{}{}</td><td class=\"num\">{}{}</td><td class=\"num\">{}</td></tr>",
                if changed { " class=\"changed\"" } else { "" },
                e(&l.label),
                if changed {
                    "<span class=\"tag\">changed</span>"
                } else {
                    ""
                },
                e(&with_unit(v, &l.unit)),
                e(&band),
                e(&with_unit(l.default, &l.unit)),
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o.push_str("</section>\n");
}

fn assumptions_html(o: &mut String, ctx: &Ctx) {
    let e = escape_html;
    o.push_str("<section class=\"assumptions\" id=\"assumptions\">\n<h2>Assumptions</h2>\n");
    let any_changed = ctx.session.is_some_and(|s| !s.assumptions.is_empty());
    o.push_str(&paragraphs(
        if any_changed {
            "What the model takes as given. Values changed in this session are in bold and marked \u{201c}changed\u{201d}, with the workshop's own value beside them."
        } else {
            "What the model takes as given: the council's situation, and how strongly the model responds to what the council does."
        },
        "hint",
    ));
    for group in [AssumptionGroup::Context, AssumptionGroup::Response] {
        let _ = writeln!(
            o,
            "<h3>{}</h3>\n<table>\n<thead><tr><th scope=\"col\">Assumption</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Where it comes from</th></tr></thead>\n<tbody>",
            e(group_title(group))
        );
        for (label, value, was, source) in assumption_rows(ctx, group) {
            let changed = was.is_some();
            let _ = writeln!(
                o,
                "<tr{}><td>{}{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                if changed { " class=\"changed\"" } else { "" },
                e(&label),
                if changed {
                    "<span class=\"tag\">changed</span>"
                } else {
                    ""
                },
                e(&value),
                e(&match was {
                    Some(was) if source.is_empty() => format!("Workshop: {was}."),
                    Some(was) => format!("Workshop: {was}. {source}"),
                    None => source,
                })
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o.push_str("</section>\n");
}

// ---------------------------------------------------------------------------------------
// Markdown.

/// Text made safe for Markdown: characters that would start formatting are escaped.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Text for a table cell: escaped, on one line.
fn cell(s: &str) -> String {
    escape_markdown(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn md_paragraphs(s: &str) -> String {
    let normalised = s.replace("\r\n", "\n");
    let mut out = String::new();
    for para in normalised
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let lines: Vec<String> = para.lines().map(|l| escape_markdown(l.trim())).collect();
        out.push_str(&lines.join("  \n"));
        out.push_str("\n\n");
    }
    out
}

fn md_figure(o: &mut String, f: &Figure) {
    let _ = writeln!(o, "![{}]({})\n", escape_markdown(&f.alt), f.file);
}

fn markdown(ctx: &Ctx) -> String {
    let w = ctx.w;
    let m = escape_markdown;
    let mut o = String::new();
    let _ = writeln!(o, "# {}: workshop report\n", m(&w.title));
    if !w.organisation.is_empty() {
        let _ = writeln!(o, "**{}**\n", m(&w.organisation));
    }
    o.push_str(&md_paragraphs(&w.description));
    let meta = meta_line(ctx);
    let _ = writeln!(o, "_{}_\n", m(&meta));

    o.push_str("## The scenarios compared\n\n| Scenario |");
    for l in HEADLINE_LABELS {
        let _ = write!(o, " {} |", cell(l));
    }
    o.push_str(" Levers changed from the defaults |\n|---|");
    o.push_str(&"---:|".repeat(HEADLINE_LABELS.len() + 1));
    o.push('\n');
    for en in ctx.entries {
        let _ = write!(o, "| {} |", cell(&en.name));
        for c in headline_cells(&en.projection) {
            let _ = write!(o, " {} |", cell(&c));
        }
        let _ = writeln!(o, " {} |", changed_count(w, &en.values));
    }
    o.push('\n');
    if ctx.truncated {
        let _ = writeln!(
            o,
            "The charts show the first {} scenarios; the table shows them all.\n",
            super::MAX_SERIES
        );
    }
    for f in ctx.compare {
        md_figure(&mut o, f);
    }

    if let Some(s) = ctx.session {
        o.push_str("## Our deal\n\n");
        if s.deal.is_empty() {
            o.push_str("No deal cards were recorded in this session.\n\n");
        } else {
            let col = |side: DealSide| -> Vec<String> {
                s.deal
                    .iter()
                    .filter(|c| c.side == side)
                    .map(|c| {
                        let mut t = cell(&c.text);
                        if !c.levers.is_empty() {
                            let _ = write!(
                                t,
                                "<br>_Moves: {}_",
                                cell(&lever_labels(w, &c.levers).join(", "))
                            );
                        }
                        t
                    })
                    .collect()
            };
            let (council, community) = (col(DealSide::Council), col(DealSide::Community));
            let _ = writeln!(
                o,
                "| {} | {} |\n|---|---|",
                DealSide::Council.heading(),
                DealSide::Community.heading()
            );
            for i in 0..council.len().max(community.len()) {
                let _ = writeln!(
                    o,
                    "| {} | {} |",
                    council.get(i).map_or("", String::as_str),
                    community.get(i).map_or("", String::as_str)
                );
            }
            o.push('\n');
        }
        if !s.notes.trim().is_empty() {
            o.push_str("## Notes\n\n");
            o.push_str(&md_paragraphs(&s.notes));
        }
        let predicted = predictions(w, s);
        if !predicted.is_empty() {
            o.push_str("## What the room predicted\n\n");
            for p in predicted {
                let _ = writeln!(
                    o,
                    "- **{}**: {}  \n  {}",
                    m(&p.stage),
                    m(&p.question),
                    m(&p.answer)
                );
            }
            o.push('\n');
        }
    }

    for (en, figs) in ctx.entries.iter().zip(ctx.per_entry) {
        let _ = writeln!(o, "## {}\n", m(&en.name));
        if let Some(c) = &en.captured {
            let _ = writeln!(o, "_Captured {}._\n", m(&when(c)));
        }
        o.push_str(&md_paragraphs(&en.note));
        for (label, value) in HEADLINE_LABELS.iter().zip(headline_cells(&en.projection)) {
            let _ = writeln!(o, "- {}: **{}**", m(label), m(&value));
        }
        o.push('\n');
        for f in figs {
            md_figure(&mut o, f);
        }
        o.push_str("### Lever settings\n\nLevers that differ from the workshop's defaults are in bold and marked \u{201c}changed\u{201d}.\n\n");
        for domain in Domain::ALL {
            let _ = writeln!(
                o,
                "#### {}\n\n| Lever | Setting | Workshop default |\n|---|---:|---:|",
                domain.label()
            );
            for (l, v) in w.levers.iter().zip(en.values.0) {
                if l.domain != domain {
                    continue;
                }
                let band = l.band_at(v).map(|b| format!(" ({b})")).unwrap_or_default();
                let setting = format!("{}{band}", with_unit(v, &l.unit));
                if differs(v, l.default) {
                    let _ = writeln!(
                        o,
                        "| **{}** (changed) | **{}** | {} |",
                        cell(&l.label),
                        cell(&setting),
                        cell(&with_unit(l.default, &l.unit))
                    );
                } else {
                    let _ = writeln!(
                        o,
                        "| {} | {} | {} |",
                        cell(&l.label),
                        cell(&setting),
                        cell(&with_unit(l.default, &l.unit))
                    );
                }
            }
            o.push('\n');
        }
    }

    o.push_str("## Assumptions\n\n");
    for group in [AssumptionGroup::Context, AssumptionGroup::Response] {
        let _ = writeln!(
            o,
            "### {}\n\n| Assumption | Value | Where it comes from |\n|---|---:|---|",
            group_title(group)
        );
        for (label, value, was, source) in assumption_rows(ctx, group) {
            let note = match &was {
                Some(was) if source.is_empty() => format!("Workshop: {was}."),
                Some(was) => format!("Workshop: {was}. {source}"),
                None => source,
            };
            if was.is_some() {
                let _ = writeln!(
                    o,
                    "| **{}** (changed) | **{}** | {} |",
                    cell(&label),
                    cell(&value),
                    cell(&note)
                );
            } else {
                let _ = writeln!(
                    o,
                    "| {} | {} | {} |",
                    cell(&label),
                    cell(&value),
                    cell(&note)
                );
            }
        }
        o.push('\n');
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_units_read_as_people_write_them() {
        assert_eq!(number(1234.5), "1,234.5");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(4.99), "4.99");
        assert_eq!(number(20.0), "20");
        assert_eq!(with_unit(6.0, "£m a year"), "£6m a year");
        assert_eq!(with_unit(4.99, "% a year"), "4.99% a year");
        assert_eq!(with_unit(2.5, "years"), "2.5 years");
        assert_eq!(
            with_unit(1.0, "£ a year per £1 a year"),
            "£1 a year per £1 a year"
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape_html("<b>\"Tom\" & 'Jerry'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
        assert_eq!(
            escape_markdown("a|b *c* [d](e)"),
            "a\\|b \\*c\\* \\[d\\](e)"
        );
        assert_eq!(when("2026-03-14T10:30:00Z"), "14 March 2026 at 10:30 UTC");
        assert_eq!(
            when("2026-03-14T10:30:00.5+01:00"),
            "14 March 2026 at 10:30 UTC+01:00"
        );
        assert_eq!(when("2026-12-01"), "1 December 2026");
        assert_eq!(when("soon"), "soon");
    }
}
