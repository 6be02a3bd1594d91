//! Drawing a plan with plotters, on any back end (SVG text, or the PNG bitmap): title,
//! legend rows that fit the width, axes and every element, all scaled to the size asked for.

use std::sync::Once;

use plotters::coord::Shift;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::plan::{GREY, INK, Plan, Swatch};
use super::spec::Chart;
use crate::export::markup::printable;
use crate::present::fonts::{DEJAVU_SANS, DEJAVU_SANS_BOLD};
use crate::present::format::money_axis;

/// The family name charts ask plotters for; the embedded fonts are registered under it.
const FAMILY: &str = "sans-serif";

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

pub(super) type DrawResult<DB> =
    Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn font(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FAMILY), size, FontStyle::Normal)
}

fn bold(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FAMILY), size, FontStyle::Bold)
}

pub(super) fn draw<DB: DrawingBackend>(
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
        printable(&chart.title),
        (margin, y),
        bold(title_size)
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    y += (title_size * 1.3) as i32;
    if !chart.subtitle.is_empty() {
        // A council's sources can run long: two lines at most, the rest cut with an ellipsis,
        // never past the edge.
        let style = font(subtitle_size).color(&GREY);
        let width = chart.size.width as i32 - 2 * margin;
        let fits = |t: &str| {
            root.estimate_text_size(t, &style)
                .map_or(true, |(w, _)| w as i32 <= width)
        };
        for line in fit_lines(&printable(&chart.subtitle), 2, fits) {
            root.draw(&Text::new(
                line,
                (margin, y),
                style.pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
            y += (subtitle_size * 1.35) as i32;
        }
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
        Swatch::Point(colour) => {
            let r = (9.0 * s).round().max(3.0) as i32;
            let mid = x0 + w / 2;
            root.draw(&Polygon::new(
                vec![(mid, cy - r), (mid + r, cy), (mid, cy + r), (mid - r, cy)],
                colour.filled(),
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
            money_axis(*v)
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
        .x_desc(crate::i18n::tr("chart-year"))
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
    let r = px(9.0) as i32;
    for &point in &plan.points {
        c.draw_series(std::iter::once(
            EmptyElement::at(point)
                + Polygon::new(
                    vec![(0, -r), (r, 0), (0, r), (-r, 0)],
                    plan.points_colour.filled(),
                ),
        ))?;
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

/// `text` in at most `most` lines, each one that `fits`, broken between words; what does not
/// fit in them is cut with an ellipsis (at a word where it can be, else within one).
fn fit_lines(text: &str, most: usize, fits: impl Fn(&str) -> bool) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut lines = Vec::new();
    let mut i = 0;
    while i < words.len() && lines.len() < most {
        let last = lines.len() + 1 == most;
        let mut line = words[i].to_string();
        i += 1;
        while let Some(next) = words.get(i) {
            let longer = format!("{line} {next}");
            if !fits(&longer) {
                break;
            }
            line = longer;
            i += 1;
        }
        let cut_short = last && i < words.len();
        lines.push(if cut_short || !fits(&line) {
            with_ellipsis(&line, &fits)
        } else {
            line
        });
    }
    lines
}

/// `line` shortened until it fits with an ellipsis after it: whole words off first, then
/// characters.
fn with_ellipsis(line: &str, fits: &impl Fn(&str) -> bool) -> String {
    let mut words: Vec<&str> = line.split(' ').collect();
    while words.len() > 1 && !fits(&format!("{}…", words.join(" "))) {
        words.pop();
    }
    let mut chars: Vec<char> = words.join(" ").chars().collect();
    while !chars.is_empty() && !fits(&format!("{}…", chars.iter().collect::<String>())) {
        chars.pop();
    }
    format!("{}…", chars.iter().collect::<String>())
}

#[cfg(test)]
mod fit_tests {
    use super::fit_lines;

    /// As if every character were one unit wide, in lines of `width`.
    fn within(width: usize) -> impl Fn(&str) -> bool {
        move |t: &str| t.chars().count() <= width
    }

    #[test]
    fn long_text_takes_two_lines_then_an_ellipsis_and_never_runs_over() {
        let text = "Illustrative shire county; figures: National averages for county councils (CCN 2024; DLUHC revenue account budget 2024-25)";
        let lines = fit_lines(text, 2, within(40));
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 40), "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(text.starts_with(&lines[0]));
        // Short text is left alone.
        assert_eq!(
            fit_lines("The new deal", 2, within(40)),
            vec!["The new deal"]
        );
        // A word longer than a line is cut inside it.
        let long = "x".repeat(100);
        let lines = fit_lines(&long, 2, within(10));
        assert!(lines.iter().all(|l| l.chars().count() <= 10), "{lines:?}");
        assert!(fit_lines("", 2, within(10)).is_empty());
    }
}
