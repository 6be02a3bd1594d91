//! The workshop report: one self-contained HTML file (inline CSS, charts as inline SVG, no
//! external resources; prints to PDF with sensible page breaks) and the same in Markdown with
//! the charts as SVG files beside it.
//!
//! With a session it reports the session's captured scenarios, assumptions, deal and notes;
//! without one, the workshop's own scenarios. This file gathers what to report and draws the
//! charts once; `text` words it for both documents, `html` and `markdown` write them.

use std::path::{Path, PathBuf};

mod html;
mod markdown;
mod text;

use super::chart::{Chart, ChartKind, ChartSize, render_svg};
use super::error::ExportError;
use super::series::{MAX_SERIES, Series};
use crate::model::{Assumptions, LeverValues, simulate};
use crate::present::format::now_local;
use crate::scenario_code;
use crate::workshop::atomic::write_atomic;
use crate::workshop::session::Session;
use crate::workshop::{Words, Workshop};
use text::{Ctx, Entry, Figure};

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

/// Build the report for a workshop, or for a session made with it, with times in this
/// computer's time zone.
pub fn build_report(workshop: &Workshop, session: Option<&Session>) -> Result<Report, ExportError> {
    build_report_in(workshop, session, &jiff::tz::TimeZone::system())
}

/// Build the report with times shown in `zone` (stored in UTC, shown in local time).
pub fn build_report_in(
    workshop: &Workshop,
    session: Option<&Session>,
    zone: &jiff::tz::TimeZone,
) -> Result<Report, ExportError> {
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
    let compared = &all[..all.len().min(MAX_SERIES)];

    let figure = |kind: ChartKind, series: &[Series], file: String, size| {
        let subtitle = if series.len() == 1 {
            series[0].name.clone()
        } else {
            crate::i18n::tr("chart-scenarios-compared")
        };
        let chart = Chart::new(kind, series, base)
            .subtitle(subtitle.clone())
            .size(size)
            .published(w.council.as_ref().map_or(&[][..], |c| &c.fits));
        render_svg(&chart).map(|svg| Figure {
            file,
            alt: format!("{}: {subtitle}", kind.title()),
            svg,
        })
    };
    // The charts of money against the prudent minimum are drawn large.
    let size = |kind: ChartKind| {
        if kind.marks_reserves() {
            MAIN_SIZE
        } else {
            SMALL_SIZE
        }
    };
    let mut compare = Vec::new();
    for &kind in ChartKind::all() {
        compare.push(figure(
            kind,
            compared,
            format!("compare-{}.svg", kind.id()),
            size(kind),
        )?);
    }
    // Each scenario's own: the jaws large, then its other charts of reserves.
    let mut per_entry = Vec::new();
    for (e, s) in entries.iter().zip(&all) {
        let one = std::slice::from_ref(s);
        let mut figures = Vec::new();
        for &kind in ChartKind::all().iter().filter(|k| k.marks_reserves()) {
            let size = match kind {
                ChartKind::Jaws => MAIN_SIZE,
                ChartKind::Linked(_) => SMALL_SIZE,
            };
            figures.push(figure(
                kind,
                one,
                format!("scenario-{}-{}.svg", e.id, kind.id()),
                size,
            )?);
        }
        per_entry.push(figures);
    }

    let ctx = Ctx {
        w,
        session,
        assumptions: &assumptions,
        entries: &entries,
        compare: &compare,
        per_entry: &per_entry,
        truncated: all.len() > compared.len(),
        made: now_local(zone),
        zone: zone.clone(),
    };
    let charts = compare
        .iter()
        .chain(per_entry.iter().flatten())
        .map(|f| (f.file.clone(), f.svg.clone()))
        .collect();
    Ok(Report {
        html: html::html(&ctx),
        markdown: markdown::markdown(&ctx),
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
    output_folder(dir)?;
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

/// Refuse an output that is there and is not a folder (`--out /dev/null`, `--out notes.txt`):
/// a report is several files, so it needs a folder.
fn output_folder(dir: &Path) -> Result<(), ExportError> {
    match std::fs::metadata(dir) {
        Ok(m) if !m.is_dir() => Err(ExportError::Request(format!(
            "the report is a folder of files ({HTML_FILE}, {MARKDOWN_FILE} and its charts), but {} is {}; give a folder, which is made if it does not exist",
            dir.display(),
            if m.is_file() {
                "a file"
            } else {
                "not a folder"
            }
        ))),
        _ => Ok(()),
    }
}

fn entries(w: &Workshop, session: Option<&Session>, a: &Assumptions) -> Vec<Entry> {
    let project = |values: LeverValues| simulate(a, &values);
    match session {
        None => w
            .scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let values = w.values_for(s);
                Entry {
                    id: s.id.clone(),
                    name: text::words(w, Words::ScenarioName(i)),
                    note: text::words(w, Words::ScenarioNote(i)),
                    captured: None,
                    code: scenario_code::encode(w, &values).to_string(),
                    values,
                    projection: project(values),
                }
            })
            .collect(),
        Some(session) if session.scenarios.is_empty() => {
            let values = session.current_values(w);
            vec![Entry {
                id: "current".into(),
                name: crate::i18n::tr("report-current-name"),
                note: crate::i18n::tr("report-current-note"),
                captured: None,
                code: scenario_code::encode(w, &values).to_string(),
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
                    code: scenario_code::encode(w, &values).to_string(),
                    values,
                    projection: project(values),
                }
            })
            .collect(),
    }
}
