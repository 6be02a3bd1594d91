//! Charts, data and reports as files, drawn without a GPU or a window: plotters for the
//! charts (SVG, or PNG in memory), embedded fonts, and atomic writes throughout.
//!
//! - [`chart`]: the jaws chart and the linked charts as SVG text or PNG files.
//! - [`report`]: a self-contained HTML report and a Markdown one, for a workshop or a session.
//!
//! Nothing here touches egui; the window's menu and the command line call the same functions.

mod bitmap;
pub mod chart;
pub mod report;

use std::path::{Path, PathBuf};

pub use chart::{
    Chart, ChartKind, ChartSize, Series, render_svg, write_chart, write_png, write_svg,
};
pub use report::{Report, build_report, write_report};

use crate::model::simulate;
use crate::workshop::Workshop;
use crate::workshop::atomic::write_atomic;

/// Why an export did not happen. Files being replaced are left as they were.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Something asked for that cannot be drawn (an unknown scenario, too many scenarios).
    #[error("{0}")]
    Request(String),
    #[error("cannot draw the chart: {0}")]
    Draw(String),
    #[error("cannot write {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl ExportError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> ExportError {
        ExportError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Most scenarios on one chart: the Okabe–Ito palette has eight colours.
pub const MAX_SERIES: usize = 8;

/// The workshop's scenarios by id, projected under its assumptions; no ids means the lever
/// defaults. Unknown ids are refused with the list of known ones.
pub fn workshop_series(w: &Workshop, ids: &[String]) -> Result<Vec<Series>, ExportError> {
    if ids.is_empty() {
        return Ok(vec![Series {
            name: "Lever defaults".into(),
            projection: simulate(&w.assumptions, &w.default_values()),
        }]);
    }
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for id in ids {
        if seen.contains(&id.as_str()) {
            continue;
        }
        seen.push(id);
        let s = w.scenario(id).ok_or_else(|| {
            let known: Vec<&str> = w.scenarios.iter().map(|s| s.id.as_str()).collect();
            ExportError::Request(format!(
                "unknown scenario `{id}`; this workshop has: {}",
                known.join(", ")
            ))
        })?;
        out.push(Series {
            name: s.name.clone(),
            projection: simulate(&w.assumptions, &w.values_for(s)),
        });
    }
    if out.len() > MAX_SERIES {
        return Err(ExportError::Request(format!(
            "{} scenarios asked for; one chart shows at most {MAX_SERIES} (its colour-blind-safe palette has {MAX_SERIES} colours)",
            out.len()
        )));
    }
    Ok(out)
}

/// The projection as CSV: for one series exactly `jaws project --format csv`; for several,
/// a first column `scenario` (the scenario's name) and each series' rows in turn.
pub fn projection_csv(series: &[Series]) -> String {
    match series {
        [one] => crate::cli::projection_csv(&one.projection),
        _ => {
            let mut out = String::new();
            for (i, s) in series.iter().enumerate() {
                let csv = crate::cli::projection_csv(&s.projection);
                for (j, line) in csv.lines().enumerate() {
                    if j == 0 {
                        if i == 0 {
                            out.push_str("scenario,");
                            out.push_str(line);
                            out.push('\n');
                        }
                        continue;
                    }
                    out.push_str(&csv_field(&s.name));
                    out.push(',');
                    out.push_str(line);
                    out.push('\n');
                }
            }
            out
        }
    }
}

/// A CSV field, quoted when it needs to be.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// Write the projection CSV atomically.
pub fn write_csv(path: &Path, series: &[Series]) -> Result<(), ExportError> {
    write_atomic(path, projection_csv(series).as_bytes()).map_err(|e| ExportError::io(path, e))
}
