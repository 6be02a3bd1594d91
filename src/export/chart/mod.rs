//! Charts as files: the jaws (demand against resources, the gap shaded) and the linked charts
//! (reserves, unmet need, community capacity, trust, adoption), one or more scenarios on each.
//!
//! Drawn with plotters into SVG text or pixels (a PNG file, the clipboard), with the embedded DejaVu Sans, so the
//! result is the same on any machine and needs no GPU, window or system font.
//!
//! - `spec`: which chart, its size and scenarios; `plan`: what to draw, worked out once;
//!   `draw`: drawing it with plotters on either back end.

mod draw;
mod plan;
mod spec;

use std::path::Path;

use plotters::prelude::*;

pub use draw::register_fonts;
pub use spec::{Chart, ChartKind, ChartSize};

use super::error::ExportError;
use super::markup::escape_xml;
use crate::present::fonts::CSS_FONT_STACK;
use crate::workshop::atomic::write_atomic;

/// Draw a chart as SVG text. Text is laid out with DejaVu Sans; a style element asks viewers
/// for it, with similar fonts after it.
pub fn render_svg(chart: &Chart) -> Result<String, ExportError> {
    register_fonts();
    let plan = plan::plan(chart);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (chart.size.width, chart.size.height))
            .into_drawing_area();
        draw::draw(&root, chart, &plan).map_err(|e| ExportError::Draw(e.to_string()))?;
        root.present()
            .map_err(|e| ExportError::Draw(e.to_string()))?;
    }
    Ok(finish_svg(svg, chart))
}

/// Name the SVG for screen readers and ask for the right fonts.
fn finish_svg(svg: String, chart: &Chart) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg;
    };
    let label = if chart.subtitle.is_empty() {
        chart.title.clone()
    } else {
        format!("{}: {}", chart.title, chart.subtitle)
    };
    let label = escape_xml(&label);
    let mut out = String::with_capacity(svg.len() + 400);
    out.push_str(svg[..open_end].trim_end_matches('/'));
    out.push_str(&format!(" role=\"img\" aria-label=\"{label}\">\n"));
    out.push_str(&format!("<title>{label}</title>\n"));
    out.push_str(&format!(
        "<style>text {{ font-family: {CSS_FONT_STACK}; }}</style>\n"
    ));
    out.push_str(svg[open_end + 1..].trim_start_matches('\n'));
    out
}

/// Write a chart as an SVG file, atomically.
pub fn write_svg(path: &Path, chart: &Chart) -> Result<(), ExportError> {
    let svg = render_svg(chart)?;
    write_atomic(path, svg.as_bytes()).map_err(|e| ExportError::io(path, e))
}

/// Write a chart as a PNG file, atomically: drawn into memory, encoded, then written beside
/// `path` and renamed over it.
pub fn write_png(path: &Path, chart: &Chart) -> Result<(), ExportError> {
    let png = render_png(chart)?;
    write_atomic(path, &png).map_err(|e| ExportError::io(path, e))
}

/// A chart as the bytes of a PNG image.
pub fn render_png(chart: &Chart) -> Result<Vec<u8>, ExportError> {
    let rgb = render_rgb(chart)?;
    super::bitmap::encode_png(chart.size.width, chart.size.height, &rgb)
}

/// Draw a chart in memory as RGBA pixels (for the clipboard): width, height, and the pixels
/// row by row, four bytes each.
pub fn render_rgba(chart: &Chart) -> Result<(u32, u32, Vec<u8>), ExportError> {
    let rgba = render_rgb(chart)?
        .chunks_exact(3)
        .flat_map(|p| [p[0], p[1], p[2], 255])
        .collect();
    Ok((chart.size.width, chart.size.height, rgba))
}

/// The one bitmap drawing of a chart, for the PNG file and the clipboard alike: its pixels
/// row by row, three bytes (RGB) each.
fn render_rgb(chart: &Chart) -> Result<Vec<u8>, ExportError> {
    register_fonts();
    let plan = plan::plan(chart);
    let (w, h) = (chart.size.width, chart.size.height);
    let mut rgb = vec![0u8; w as usize * h as usize * 3];
    {
        let root = super::bitmap::Bitmap {
            inner: BitMapBackend::with_buffer(&mut rgb, (w, h)),
        }
        .into_drawing_area();
        draw::draw(&root, chart, &plan)
            .and_then(|()| root.present())
            .map_err(|e| ExportError::Draw(e.to_string()))?;
    }
    Ok(rgb)
}

/// Write a chart to `path` as PNG or SVG, as its extension says (PNG when it has none); any
/// other extension is refused, so a file never holds what its name does not say.
pub fn write_chart(path: &Path, chart: &Chart) -> Result<(), ExportError> {
    let is = |ext: &str| {
        path.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    };
    if is("svg") {
        write_svg(path, chart)
    } else if is("png") || path.extension().is_none() {
        write_png(path, chart)
    } else {
        Err(ExportError::Request(format!(
            "`{}` is neither .png nor .svg",
            path.display()
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_with_nothing_to_draw_still_draws() {
        for &kind in ChartKind::all() {
            let svg = render_svg(&Chart::new(kind, &[], 2026)).unwrap();
            // SVG text escapes the apostrophe of "Social care's share".
            let title = kind.title().replace('\'', "&apos;");
            assert!(
                svg.contains(&kind.title()) || svg.contains(&title),
                "{}",
                kind.title()
            );
        }
    }

    #[test]
    fn sizes_parse_or_explain() {
        assert_eq!(
            "1600x900".parse::<ChartSize>(),
            Ok(ChartSize {
                width: 1600,
                height: 900
            })
        );
        assert!("800×600".parse::<ChartSize>().is_ok());
        for bad in [
            "", "1600", "0x900", "1600x", "axb", "100x100", "9000x900", "-5x900",
        ] {
            let e = bad.parse::<ChartSize>().unwrap_err();
            assert!(e.contains("WIDTHxHEIGHT"), "{bad}: {e}");
        }
    }
}
