//! Charts, data and reports as files, drawn without a GPU or a window: plotters for the
//! charts (SVG, or PNG in memory), embedded fonts, and atomic writes throughout.
//!
//! - [`chart`]: the jaws chart and the linked charts as SVG text or PNG files.
//! - [`csv`]: the projection and the tornado as CSV, one quoting rule; files for spreadsheets
//!   start with a byte-order mark.
//! - [`report`]: a self-contained HTML report and a Markdown one, for a workshop or a session.
//! - [`markup`]: escaping for SVG, HTML and Markdown; nothing a title or note holds can make
//!   a file invalid.
//!
//! Words, numbers, colours and fonts come from [`crate::present`], as on the screen. Nothing
//! here touches egui; the window's menu and the command line call the same functions.

mod bitmap;
pub mod chart;
pub mod csv;
mod error;
pub mod markup;
pub mod report;
mod series;

use std::path::Path;

pub use chart::{
    Chart, ChartKind, ChartSize, render_png, render_rgba, render_svg, write_chart, write_png,
    write_svg,
};
pub use error::ExportError;
pub use report::{Report, build_report, build_report_in, write_report};
pub use series::{MAX_SERIES, Series, workshop_series};

/// What an exported file holds, as its name should say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Svg,
    Csv,
}

impl FileKind {
    /// The extension its files end in, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Png => "png",
            FileKind::Svg => "svg",
            FileKind::Csv => "csv",
        }
    }

    fn what(self) -> &'static str {
        match self {
            FileKind::Png => "a PNG image",
            FileKind::Svg => "an SVG image",
            FileKind::Csv => "comma-separated values (CSV)",
        }
    }
}

/// Refuse a file name whose extension says another format: `--png chart.svg` would put PNG
/// bytes in a file every program opens as SVG. A name with no extension is taken as asked
/// (it may be a device or a pipe).
pub fn check_file_name(path: &Path, kind: FileKind) -> Result<(), ExportError> {
    let Some(ext) = path.extension() else {
        return Ok(());
    };
    if ext.eq_ignore_ascii_case(kind.extension()) {
        return Ok(());
    }
    Err(ExportError::Request(format!(
        "`{}` ends in .{}, but this writes {}: give a name ending in .{}",
        path.display(),
        ext.to_string_lossy(),
        kind.what(),
        kind.extension()
    )))
}

/// The projection CSV of one or more scenarios: see [`csv::series`].
pub fn projection_csv(series: &[Series]) -> String {
    csv::series(series)
}

/// Write the projection CSV as a file for a spreadsheet (byte-order mark first), atomically.
pub fn write_csv(path: &Path, series: &[Series]) -> Result<(), ExportError> {
    csv::write_for_spreadsheet(path, &csv::series(series))
}

/// [`write_csv`] with a first line naming the council the projection starts from, if any.
pub fn write_csv_headed(
    path: &Path,
    series: &[Series],
    council: Option<&str>,
) -> Result<(), ExportError> {
    let body = csv::series(series);
    match council {
        Some(h) => csv::write_for_spreadsheet(path, &format!("# {h}\n{body}")),
        None => csv::write_for_spreadsheet(path, &body),
    }
}

/// Write the tornado CSV as a file for a spreadsheet (byte-order mark first), atomically.
pub fn write_tornado_csv(
    path: &Path,
    bars: &[crate::model::sensitivity::TornadoBar],
) -> Result<(), ExportError> {
    csv::write_for_spreadsheet(path, &csv::tornado(bars))
}
