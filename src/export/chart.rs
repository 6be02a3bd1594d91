//! Charts as files: the jaws (demand against resources, the gap shaded) and the linked charts
//! (reserves, unmet need, community capacity, trust, adoption), one or more scenarios on each.
//!
//! Drawn with plotters into SVG text or a PNG file, with the embedded DejaVu Sans, so the
//! result is the same on any machine and needs no GPU, window or system font.

use std::fmt;
use std::path::Path;
use std::str::FromStr;
use std::sync::Once;

use plotters::coord::Shift;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::ExportError;
use crate::model::{Projection, YearRow};

/// DejaVu Sans, embedded so charts never depend on the fonts a machine has.
pub static DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub static DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The family name charts ask plotters for; the embedded fonts are registered under it.
const FAMILY: &str = "sans-serif";

/// Fonts SVG viewers should use: DejaVu first (the text was laid out with its widths).
pub const SVG_FONT_STACK: &str = "\"DejaVu Sans\", Verdana, \"Bitstream Vera Sans\", sans-serif";

static FONTS: Once = Once::new();

/// Register the embedded fonts with plotters (once per process; cheap afterwards).
pub fn register_fonts() {
    FONTS.call_once(|| {
        // The fonts are part of the binary and known good; a failure would show as missing
        // text in tests, not as a crash in front of a room.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, DEJAVU_SANS);
        let _ = plotters::style::register_font(FAMILY, FontStyle::Bold, DEJAVU_SANS_BOLD);
    });
}

/// Which chart to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum ChartKind {
    /// Demand and resources over the years, the gap shaded.
    Jaws,
    /// Usable reserves, with the prudent minimum.
    Reserves,
    /// Need nobody is meeting.
    UnmetNeed,
    /// What communities can do for themselves and each other.
    Capacity,
    /// Trust between people and public services.
    Trust,
    /// The share of the organisation working the new way.
    Adoption,
}

impl ChartKind {
    pub const ALL: [ChartKind; 6] = [
        ChartKind::Jaws,
        ChartKind::Reserves,
        ChartKind::UnmetNeed,
        ChartKind::Capacity,
        ChartKind::Trust,
        ChartKind::Adoption,
    ];

    /// As written on the command line and in file names.
    pub fn id(self) -> &'static str {
        match self {
            ChartKind::Jaws => "jaws",
            ChartKind::Reserves => "reserves",
            ChartKind::UnmetNeed => "unmet-need",
            ChartKind::Capacity => "capacity",
            ChartKind::Trust => "trust",
            ChartKind::Adoption => "adoption",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            ChartKind::Jaws => "The jaws: demand against resources",
            ChartKind::Reserves => "Usable reserves",
            ChartKind::UnmetNeed => "Unmet need",
            ChartKind::Capacity => "Community capacity",
            ChartKind::Trust => "Trust",
            ChartKind::Adoption => "Adoption of the new way of working",
        }
    }

    /// What the y axis measures, in words.
    pub fn y_axis(self, base_year: i32) -> String {
        match self {
            ChartKind::Jaws | ChartKind::UnmetNeed | ChartKind::Capacity => {
                format!("£m a year, {base_year} prices")
            }
            ChartKind::Reserves => format!("£m at year end, {base_year} prices"),
            ChartKind::Trust => "trust, % (0 none, 100 complete)".into(),
            ChartKind::Adoption => "% of the organisation".into(),
        }
    }

    fn value(self, r: &YearRow) -> f64 {
        match self {
            ChartKind::Jaws => r.demand,
            ChartKind::Reserves => r.reserves,
            ChartKind::UnmetNeed => r.unmet_need,
            ChartKind::Capacity => r.community_capacity,
            ChartKind::Trust => r.trust * 100.0,
            ChartKind::Adoption => r.adoption * 100.0,
        }
    }

    fn is_percent(self) -> bool {
        matches!(self, ChartKind::Trust | ChartKind::Adoption)
    }
}

impl fmt::Display for ChartKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A chart's size in pixels (SVG user units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartSize {
    pub width: u32,
    pub height: u32,
}

impl ChartSize {
    pub const DEFAULT: ChartSize = ChartSize {
        width: 1600,
        height: 900,
    };
    pub const MIN: u32 = 320;
    pub const MAX: u32 = 8000;
}

impl Default for ChartSize {
    fn default() -> Self {
        ChartSize::DEFAULT
    }
}

impl fmt::Display for ChartSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.width, self.height)
    }
}

impl FromStr for ChartSize {
    type Err = String;

    /// `WIDTHxHEIGHT` in pixels, each 320 to 8000: `1600x900`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            format!(
                "`{s}` is not a size: expected WIDTHxHEIGHT in pixels, each {} to {}, like 1600x900",
                ChartSize::MIN,
                ChartSize::MAX
            )
        };
        let (w, h) = s.trim().split_once(['x', 'X', '×']).ok_or_else(bad)?;
        let w: u32 = w.trim().parse().map_err(|_| bad())?;
        let h: u32 = h.trim().parse().map_err(|_| bad())?;
        let ok = |v: u32| (ChartSize::MIN..=ChartSize::MAX).contains(&v);
        if !ok(w) || !ok(h) {
            return Err(bad());
        }
        Ok(ChartSize {
            width: w,
            height: h,
        })
    }
}

/// One scenario's projection, with the name the legend gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub projection: Projection,
}

/// Everything needed to draw one chart.
#[derive(Clone, Debug)]
pub struct Chart<'a> {
    pub kind: ChartKind,
    /// The big line at the top; [`Chart::new`] uses the kind's title.
    pub title: String,
    /// A smaller line under it, such as the workshop's title; may be empty.
    pub subtitle: String,
    /// Prices are constant at this year's.
    pub base_year: i32,
    /// One to eight scenarios; more reuse colours.
    pub series: &'a [Series],
    pub size: ChartSize,
}

impl<'a> Chart<'a> {
    pub fn new(kind: ChartKind, series: &'a [Series], base_year: i32) -> Chart<'a> {
        Chart {
            kind,
            title: kind.title().into(),
            subtitle: String::new(),
            base_year,
            series,
            size: ChartSize::DEFAULT,
        }
    }

    pub fn subtitle(mut self, s: impl Into<String>) -> Self {
        self.subtitle = s.into();
        self
    }

    pub fn size(mut self, size: ChartSize) -> Self {
        self.size = size;
        self
    }
}

// Okabe–Ito: distinguishable with the common forms of colour blindness.
const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
const GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
const PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
const SKY: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
const INK: RGBColor = RGBColor(0x1A, 0x1A, 0x1A);
const YELLOW_OI: RGBColor = RGBColor(0xF0, 0xE4, 0x42);
const GREY: RGBColor = RGBColor(0x59, 0x59, 0x59);
const WARNING: RGBColor = RGBColor(0xB0, 0x1E, 0x1E);

/// Scenario colours in the order they are used; yellow, faint on white, comes last.
pub const PALETTE: [(u8, u8, u8); 8] = [
    (0x00, 0x72, 0xB2),
    (0xD5, 0x5E, 0x00),
    (0x00, 0x9E, 0x73),
    (0xCC, 0x79, 0xA7),
    (0xE6, 0x9F, 0x00),
    (0x56, 0xB4, 0xE9),
    (0x1A, 0x1A, 0x1A),
    (0xF0, 0xE4, 0x42),
];

fn series_colour(i: usize) -> RGBColor {
    [BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY, INK, YELLOW_OI][i % PALETTE.len()]
}

/// Draw a chart as SVG text. Text is laid out with DejaVu Sans; a style element asks viewers
/// for it, with similar fonts after it.
pub fn render_svg(chart: &Chart) -> Result<String, ExportError> {
    register_fonts();
    let plan = plan(chart);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (chart.size.width, chart.size.height))
            .into_drawing_area();
        draw(&root, chart, &plan).map_err(|e| ExportError::Draw(e.to_string()))?;
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
    // What is safe in HTML is safe in SVG: the same five characters, numeric apostrophe.
    let label = super::report::escape_html(&label);
    let mut out = String::with_capacity(svg.len() + 400);
    out.push_str(svg[..open_end].trim_end_matches('/'));
    out.push_str(&format!(" role=\"img\" aria-label=\"{label}\">\n"));
    out.push_str(&format!("<title>{label}</title>\n"));
    out.push_str(&format!(
        "<style>text {{ font-family: {SVG_FONT_STACK}; }}</style>\n"
    ));
    out.push_str(svg[open_end + 1..].trim_start_matches('\n'));
    out
}

/// Write a chart as an SVG file, atomically.
pub fn write_svg(path: &Path, chart: &Chart) -> Result<(), ExportError> {
    let svg = render_svg(chart)?;
    crate::workshop::atomic::write_atomic(path, svg.as_bytes())
        .map_err(|e| ExportError::io(path, e))
}

/// Write a chart as a PNG file, atomically: drawn into memory, encoded with the `image` crate
/// (the one eframe uses), then written beside `path` and renamed over it.
pub fn write_png(path: &Path, chart: &Chart) -> Result<(), ExportError> {
    let png = render_png(chart)?;
    crate::workshop::atomic::write_atomic(path, &png).map_err(|e| ExportError::io(path, e))
}

/// A chart as the bytes of a PNG image (RGB).
pub fn render_png(chart: &Chart) -> Result<Vec<u8>, ExportError> {
    register_fonts();
    let plan = plan(chart);
    let (width, height) = (chart.size.width, chart.size.height);
    let mut rgb = vec![0u8; width as usize * height as usize * 3];
    {
        let root = super::bitmap::Bitmap {
            inner: BitMapBackend::with_buffer(&mut rgb, (width, height)),
        }
        .into_drawing_area();
        draw(&root, chart, &plan)
            .and_then(|()| root.present())
            .map_err(|e| ExportError::Draw(e.to_string()))?;
    }
    let mut png = Vec::new();
    image::ImageEncoder::write_image(
        image::codecs::png::PngEncoder::new(&mut png),
        &rgb,
        width,
        height,
        image::ExtendedColorType::Rgb8,
    )
    .map_err(|e| ExportError::Draw(format!("could not encode the PNG: {e}")))?;
    Ok(png)
}

/// Write a chart to `path` as PNG or SVG, by the file's extension (`.svg`, else PNG).
pub fn write_chart(path: &Path, chart: &Chart) -> Result<(), ExportError> {
    let svg = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
    if svg {
        write_svg(path, chart)
    } else {
        write_png(path, chart)
    }
}

// ---------------------------------------------------------------------------------------
// What to draw, worked out once for both back ends.

#[derive(Clone, Debug)]
struct Curve {
    colour: RGBColor,
    dashed: bool,
    points: Vec<(f64, f64)>,
}

#[derive(Clone, Debug)]
enum Swatch {
    Line { colour: RGBColor, dashed: bool },
    Area(RGBColor),
    Marker(RGBColor),
}

#[derive(Clone, Debug)]
struct Marker {
    year: f64,
    colour: RGBColor,
    label: String,
}

#[derive(Clone, Debug)]
struct Plan {
    curves: Vec<Curve>,
    areas: Vec<(RGBColor, Vec<(f64, f64)>)>,
    /// A horizontal reference line: value, colour, legend text.
    reference: Option<(f64, RGBColor)>,
    markers: Vec<Marker>,
    legend: Vec<(Swatch, String)>,
    years: (i32, i32),
    y_range: (f64, f64),
}

fn plan(chart: &Chart) -> Plan {
    let kind = chart.kind;
    let many = chart.series.len() > 1;
    let mut p = Plan {
        curves: Vec::new(),
        areas: Vec::new(),
        reference: None,
        markers: Vec::new(),
        legend: Vec::new(),
        years: (0, 1),
        y_range: (0.0, 1.0),
    };
    let mut first_year = i32::MAX;
    let mut last_year = i32::MIN;
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    // Markers come last in the legend, after the curves and any reference line.
    let mut marker_legend = Vec::new();
    for s in chart.series {
        for r in &s.projection.rows {
            first_year = first_year.min(r.year);
            last_year = last_year.max(r.year);
        }
    }
    if first_year > last_year {
        first_year = chart.base_year;
        last_year = chart.base_year + 1;
    }
    p.years = (first_year, last_year.max(first_year + 1));

    for (i, s) in chart.series.iter().enumerate() {
        let rows = &s.projection.rows;
        let colour = series_colour(i);
        let name = |what: &str| {
            if many {
                format!("{}: {what}", s.name)
            } else {
                format!("{what} ({})", s.name)
            }
        };
        let points = |f: &dyn Fn(&YearRow) -> f64| -> Vec<(f64, f64)> {
            rows.iter().map(|r| (f64::from(r.year), f(r))).collect()
        };
        match kind {
            ChartKind::Jaws => {
                let (demand_c, resources_c) = if many {
                    (colour, colour)
                } else {
                    (VERMILLION, BLUE)
                };
                // Several shaded gaps on top of each other turn to mud: with several
                // scenarios only the first one's gap is shaded, and the legend says whose.
                let gap_c = if many { colour } else { VERMILLION };
                if i == 0 {
                    for poly in gap_polygons(rows) {
                        p.areas.push((gap_c, poly));
                    }
                }
                p.curves.push(Curve {
                    colour: demand_c,
                    dashed: false,
                    points: points(&|r| r.demand),
                });
                p.curves.push(Curve {
                    colour: resources_c,
                    dashed: true,
                    points: points(&|r| r.resources),
                });
                p.legend.push((
                    Swatch::Line {
                        colour: demand_c,
                        dashed: false,
                    },
                    name("demand"),
                ));
                p.legend.push((
                    Swatch::Line {
                        colour: resources_c,
                        dashed: true,
                    },
                    name("resources"),
                ));
                if i == 0 {
                    let label = if many {
                        format!("gap: demand above resources ({})", s.name)
                    } else {
                        "gap: demand above resources".into()
                    };
                    p.legend.push((Swatch::Area(gap_c), label));
                }
                for r in rows {
                    lo = lo.min(r.demand.min(r.resources));
                    hi = hi.max(r.demand.max(r.resources));
                }
            }
            _ => {
                let v = points(&|r| kind.value(r));
                for &(_, y) in &v {
                    lo = lo.min(y);
                    hi = hi.max(y);
                }
                p.curves.push(Curve {
                    colour,
                    dashed: false,
                    points: v,
                });
                p.legend.push((
                    Swatch::Line {
                        colour,
                        dashed: false,
                    },
                    s.name.clone(),
                ));
            }
        }
        if matches!(kind, ChartKind::Jaws | ChartKind::Reserves)
            && let Some(year) = s.projection.headlines().reserves_below_minimum
        {
            let marker_c = if many { colour } else { WARNING };
            let label = if many {
                format!(
                    "{}: reserves fall below the prudent minimum in {year}",
                    s.name
                )
            } else {
                format!("reserves fall below the prudent minimum in {year}")
            };
            p.markers.push(Marker {
                year: f64::from(year),
                colour: marker_c,
                label: year.to_string(),
            });
            marker_legend.push((Swatch::Marker(marker_c), label));
        }
    }
    if kind == ChartKind::Reserves
        && let Some(s) = chart.series.first()
    {
        let min = s.projection.prudent_minimum;
        p.reference = Some((min, GREY));
        p.legend.push((
            Swatch::Line {
                colour: GREY,
                dashed: true,
            },
            format!("prudent minimum (£{}m)", money(min)),
        ));
        lo = lo.min(min);
        hi = hi.max(min);
    }
    p.legend.extend(marker_legend);
    if !lo.is_finite() || !hi.is_finite() {
        lo = 0.0;
        hi = 1.0;
    }
    p.y_range = match kind {
        ChartKind::Jaws => {
            let pad = ((hi - lo) * 0.08).max(10.0);
            ((lo - pad).max(0.0), hi + pad)
        }
        ChartKind::Trust | ChartKind::Adoption => (0.0, 100.0_f64.max(hi)),
        _ => {
            let top = if hi > 0.0 { hi * 1.1 } else { 1.0 };
            let bottom = if lo < 0.0 { lo * 1.1 } else { 0.0 };
            (bottom, top.max(bottom + 1.0))
        }
    };
    p
}

/// Polygons covering the stretches where demand is above resources, with the crossings
/// interpolated so the shading starts and ends exactly where the curves cross.
fn gap_polygons(rows: &[YearRow]) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    let mut upper: Vec<(f64, f64)> = Vec::new();
    let mut lower: Vec<(f64, f64)> = Vec::new();
    let close = |upper: &mut Vec<(f64, f64)>, lower: &mut Vec<(f64, f64)>, out: &mut Vec<_>| {
        if upper.len() >= 2 {
            let mut poly = std::mem::take(upper);
            poly.extend(lower.drain(..).rev());
            out.push(poly);
        }
        upper.clear();
        lower.clear();
    };
    let mut prev: Option<(f64, f64, f64)> = None;
    for r in rows {
        let (x, d, s) = (f64::from(r.year), r.demand, r.resources);
        let g = d - s;
        if let Some((px, pd, ps)) = prev {
            let pg = pd - ps;
            if (pg > 0.0) != (g > 0.0) && pg != g {
                let t = pg / (pg - g);
                let cross = (px + t * (x - px), pd + t * (d - pd));
                upper.push(cross);
                lower.push(cross);
                if pg > 0.0 {
                    close(&mut upper, &mut lower, &mut out);
                }
            }
        }
        if g > 0.0 {
            upper.push((x, d));
            lower.push((x, s));
        }
        prev = Some((x, d, s));
    }
    close(&mut upper, &mut lower, &mut out);
    out
}

/// Money as people read it: thousands separated, no needless decimals.
fn money(v: f64) -> String {
    let rounded = if v.abs() >= 100.0 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.1}");
        s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
    };
    thousands(&rounded)
}

/// A number written out ("-1234567.5") with its thousands separated ("-1,234,567.5").
pub(super) fn thousands(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(a, b)| (a, Some(b)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

// ---------------------------------------------------------------------------------------
// Drawing.

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn font(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FAMILY), size, FontStyle::Normal)
}

fn bold(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FAMILY), size, FontStyle::Bold)
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
    plan: &Plan,
) -> DrawResult<DB> {
    let (w, h) = (chart.size.width as f64, chart.size.height as f64);
    // Everything scales with the size, as if drawn at 1600×900.
    let s = (w / 1600.0).min(h / 900.0).max(0.3);
    let px = |v: f64| (v * s).round().max(1.0);
    let title_size = px(40.0).max(12.0);
    let subtitle_size = px(25.0).max(10.0);
    let text_size = px(23.0).max(9.0);
    let margin = px(28.0) as i32;

    root.fill(&WHITE)?;

    // Title and subtitle.
    let mut y = margin;
    root.draw(&Text::new(
        chart.title.clone(),
        (margin, y),
        bold(title_size)
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    y += (title_size * 1.3) as i32;
    if !chart.subtitle.is_empty() {
        root.draw(&Text::new(
            chart.subtitle.clone(),
            (margin, y),
            font(subtitle_size)
                .color(&GREY)
                .pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        y += (subtitle_size * 1.35) as i32;
    }
    y += (px(10.0)) as i32;

    // Legend below the plot, laid out in rows that fit the width.
    let legend_font = font(text_size);
    let swatch_w = px(44.0) as i32;
    let gap_after_swatch = px(10.0) as i32;
    let gap_between = px(34.0) as i32;
    let row_h = (text_size * 1.55) as i32;
    let usable = chart.size.width as i32 - 2 * margin;
    let mut rows: Vec<Vec<(usize, i32)>> = vec![Vec::new()];
    let mut x = 0;
    for (i, (_, label)) in plan.legend.iter().enumerate() {
        let (tw, _) = root.estimate_text_size(label, &legend_font.color(&INK))?;
        let entry = swatch_w + gap_after_swatch + tw as i32;
        if x > 0 && x + entry > usable {
            rows.push(Vec::new());
            x = 0;
        }
        rows.last_mut().expect("one row at least").push((i, x));
        x += entry + gap_between;
    }
    let legend_h = rows.len() as i32 * row_h;
    let plot_bottom = chart.size.height as i32 - margin - legend_h - px(8.0) as i32;

    let plot_area = root.clone().shrink(
        (margin / 2, y),
        (
            (chart.size.width as i32 - margin / 2 - margin).max(10) as u32,
            (plot_bottom - y).max(10) as u32,
        ),
    );
    draw_plot(&plot_area, chart, plan, s, text_size)?;

    // The legend itself.
    let mut ly = plot_bottom + px(8.0) as i32;
    for row in rows {
        for (i, lx) in row {
            let (swatch, label) = &plan.legend[i];
            let x0 = margin + lx;
            let cy = ly + row_h / 2;
            draw_swatch(root, swatch, x0, cy, swatch_w, s)?;
            root.draw(&Text::new(
                label.clone(),
                (x0 + swatch_w + gap_after_swatch, cy),
                legend_font
                    .color(&INK)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        ly += row_h;
    }
    Ok(())
}

fn draw_swatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    swatch: &Swatch,
    x0: i32,
    cy: i32,
    w: i32,
    s: f64,
) -> DrawResult<DB> {
    let stroke = (3.5 * s).round().max(1.0) as u32;
    match *swatch {
        Swatch::Line { colour, dashed } => {
            let style = colour.stroke_width(stroke);
            if dashed {
                let dash = (w / 4).max(2);
                let mut x = x0;
                while x < x0 + w {
                    root.draw(&PathElement::new(
                        vec![(x, cy), ((x + dash).min(x0 + w), cy)],
                        style,
                    ))?;
                    x += dash * 2;
                }
            } else {
                root.draw(&PathElement::new(vec![(x0, cy), (x0 + w, cy)], style))?;
            }
        }
        Swatch::Area(colour) => {
            let half = (10.0 * s).round().max(3.0) as i32;
            root.draw(&Rectangle::new(
                [(x0, cy - half), (x0 + w, cy + half)],
                colour.mix(0.22).filled(),
            ))?;
        }
        Swatch::Marker(colour) => {
            let half = (12.0 * s).round().max(4.0) as i32;
            let style = colour.stroke_width(stroke);
            let mid = x0 + w / 2;
            let mut y = cy - half;
            while y < cy + half {
                root.draw(&PathElement::new(
                    vec![(mid, y), (mid, (y + half / 2).min(cy + half))],
                    style,
                ))?;
                y += half;
            }
        }
    }
    Ok(())
}

fn draw_plot<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Chart,
    plan: &Plan,
    s: f64,
    text_size: f64,
) -> DrawResult<DB> {
    let px = |v: f64| (v * s).round().max(1.0);
    let (first, last) = plan.years;
    let (plot_w, _) = area.dim_in_pixel();
    // Label every year if they fit, else every 2, 5 or 10.
    let span = (last - first).max(1) as f64;
    let fit = (plot_w as f64 / (text_size * 3.4)).max(1.0);
    let step = [1, 2, 5, 10, 20, 50]
        .into_iter()
        .find(|&k| span / k as f64 <= fit)
        .unwrap_or(100);
    let (y0, y1) = plan.y_range;
    let x_range = YearAxis {
        lo: f64::from(first) - 0.3,
        hi: f64::from(last) + 0.3,
        years: (first..=last)
            .filter(|y| (y - first) % step == 0)
            .map(f64::from)
            .collect(),
    };

    let mut c = ChartBuilder::on(area)
        .margin_top(px(6.0) as u32)
        .margin_right(px(24.0) as u32)
        .x_label_area_size(px(72.0) as u32)
        .y_label_area_size(px(120.0) as u32)
        .build_cartesian_2d(x_range, y0..y1)?;

    let percent = chart.kind.is_percent();
    let y_fmt = |v: &f64| {
        if percent {
            format!("{v:.0}%")
        } else {
            money(*v)
        }
    };
    let x_fmt = |v: &f64| format!("{:.0}", v.round());
    let tick_font = font(text_size * 0.92);
    let desc_font = font(text_size);
    let y_desc = chart.kind.y_axis(chart.base_year);
    c.configure_mesh()
        .disable_x_mesh()
        .bold_line_style(RGBColor(0xD9, 0xD9, 0xD9).stroke_width(1))
        .light_line_style(TRANSPARENT)
        .axis_style(GREY.stroke_width(px(1.5) as u32))
        .y_labels(if chart.size.height >= 500 { 8 } else { 5 })
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .label_style(tick_font.color(&INK))
        .axis_desc_style(desc_font.color(&INK))
        .x_desc("Year")
        .y_desc(y_desc)
        .set_all_tick_mark_size(px(6.0) as u32)
        .draw()?;

    let stroke = px(3.5) as u32;
    for (colour, poly) in &plan.areas {
        c.draw_series(std::iter::once(Polygon::new(
            poly.clone(),
            colour.mix(0.22).filled(),
        )))?;
    }
    if let Some((v, colour)) = plan.reference {
        let (xa, xb) = (f64::from(first) - 0.3, f64::from(last) + 0.3);
        c.draw_series(DashedLineSeries::new(
            vec![(xa, v), (xb, v)],
            px(12.0) as i32,
            px(8.0) as i32,
            colour.stroke_width(px(2.5) as u32),
        ))?;
    }
    for curve in &plan.curves {
        let style = curve.colour.stroke_width(stroke);
        if curve.dashed {
            c.draw_series(DashedLineSeries::new(
                curve.points.clone(),
                px(16.0) as i32,
                px(10.0) as i32,
                style,
            ))?;
        } else {
            c.draw_series(LineSeries::new(curve.points.clone(), style))?;
        }
    }
    for (k, m) in plan.markers.iter().enumerate() {
        c.draw_series(DashedLineSeries::new(
            vec![(m.year, y0), (m.year, y1)],
            px(8.0) as i32,
            px(8.0) as i32,
            m.colour.stroke_width(px(2.5) as u32),
        ))?;
        // Stagger labels a little so markers in the same year stay readable.
        let dy = (px(6.0) + k as f64 * text_size * 1.2) as i32;
        c.draw_series(std::iter::once(
            EmptyElement::at((m.year, y1))
                + Text::new(
                    m.label.clone(),
                    (px(6.0) as i32, dy),
                    bold(text_size * 0.9)
                        .color(&m.colour)
                        .pos(Pos::new(HPos::Left, VPos::Top)),
                ),
        ))?;
    }
    Ok(())
}

/// Years along the x axis, labelled only at whole years (every `step`), with a little room
/// either side so the curves do not start on the axis.
struct YearAxis {
    lo: f64,
    hi: f64,
    years: Vec<f64>,
}

impl Ranged for YearAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let share = (value - self.lo) / (self.hi - self.lo);
        let length = f64::from(limit.1 - limit.0);
        limit.0 + (length * share + 1e-3).floor() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.max_num_points() == 0 {
            return Vec::new();
        }
        self.years.clone()
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.lo..self.hi
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(year: i32, demand: f64, resources: f64) -> YearRow {
        YearRow {
            year,
            demand,
            resources,
            ..YearRow::default()
        }
    }

    #[test]
    fn the_gap_is_shaded_only_where_demand_is_above_resources() {
        let rows = [
            row(2026, 100.0, 100.0),
            row(2027, 110.0, 100.0),
            row(2028, 90.0, 100.0),
            row(2029, 95.0, 100.0),
            row(2030, 120.0, 100.0),
        ];
        let polys = gap_polygons(&rows);
        assert_eq!(polys.len(), 2);
        // The first stretch opens at 2026 and closes halfway between 2027 and 2028.
        let xs: Vec<f64> = polys[0].iter().map(|p| p.0).collect();
        assert!(xs.iter().all(|&x| (2026.0..=2027.5).contains(&x)), "{xs:?}");
        assert!(xs.iter().any(|&x| (x - 2027.5).abs() < 1e-9));
        // The second opens a fifth of the way from 2029 to 2030.
        assert!(polys[1].iter().any(|p| (p.0 - 2029.2).abs() < 1e-9));
        assert!(gap_polygons(&[row(2026, 1.0, 2.0), row(2027, 1.0, 2.0)]).is_empty());
    }

    #[test]
    fn a_chart_with_nothing_to_draw_still_draws() {
        for kind in ChartKind::ALL {
            let svg = render_svg(&Chart::new(kind, &[], 2026)).unwrap();
            assert!(svg.contains(kind.title()));
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

    #[test]
    fn money_reads_well() {
        assert_eq!(money(1234.4), "1,234");
        assert_eq!(money(40.0), "40");
        assert_eq!(money(12.25), "12.2");
        assert_eq!(money(-1234567.0), "-1,234,567");
    }
}
