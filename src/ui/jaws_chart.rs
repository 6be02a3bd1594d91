//! The jaws: demand and resources over the years, the gap shaded between them.

use egui::{Color32, Ui};
use egui_plot::{
    Corner, FilledArea, HoverPosition, Legend, Line, LineStyle, Plot, PlotPoint, Points, Text,
    VLine,
};

use super::theme;
use crate::app::{Command, PresentCommand};
use crate::export::ChartKind;
use crate::model::Projection;
use crate::model::sweep::Bands;
use crate::present::format;

/// The jaws chart, as one view or another wants it drawn.
pub struct JawsChart<'a> {
    /// The curves to draw (the levers as they stand, or a frame of a replay).
    pub shown: &'a Projection,
    /// How many of `shown`'s years to draw; all when `None`. While a room predicts, only the
    /// first year is drawn, and a reveal draws the rest left to right. The axes always fit
    /// every year, so they do not move as the curves appear.
    pub years_drawn: Option<usize>,
    /// Drawn faintly behind, with its name.
    pub baseline: Option<(&'a str, &'a Projection)>,
    /// Uncertainty bands, and whether they are out of date.
    pub bands: Option<(&'a Bands, bool)>,
    /// Lines the room sketched as its prediction, in (year, £m).
    pub prediction: &'a [Vec<[f64; 2]>],
    /// Whether dragging on the chart sketches a prediction.
    pub sketching: bool,
    /// A key in a row above the chart rather than a legend over it: on a projector the legend
    /// would cover a fifth of the chart.
    pub key_above: bool,
    pub dark: bool,
    pub height: f32,
    /// The council's published MTFS gaps (and how the model reproduced them), drawn as
    /// points where demand would be for resources to fall short by the published gap.
    pub published: &'a [crate::council::MtfsFit],
}

impl JawsChart<'_> {
    pub fn show(self, ui: &mut Ui, commands: &mut Vec<Command>) {
        show(ui, self, commands);
    }
}

fn show(ui: &mut Ui, chart: JawsChart<'_>, commands: &mut Vec<Command>) {
    let JawsChart {
        shown,
        years_drawn,
        baseline,
        bands,
        prediction,
        sketching,
        key_above,
        dark,
        mut height,
        published,
    } = chart;
    let demand_c = theme::demand_colour(dark);
    let resources_c = theme::resources_colour(dark);
    let warn = theme::warning_colour(dark);
    let good = theme::good_colour(dark);
    let ui_weak = ui.visuals().weak_text_color();
    let base_year = shown.rows.first().map_or(0, |r| r.year);
    let all_years: Vec<f64> = shown.rows.iter().map(|r| r.year as f64).collect();
    let drawn = years_drawn
        .unwrap_or(shown.rows.len())
        .min(shown.rows.len());
    let rows = &shown.rows[..drawn];
    let years: Vec<f64> = rows.iter().map(|r| r.year as f64).collect();
    let demand: Vec<f64> = rows.iter().map(|r| r.demand).collect();
    let resources: Vec<f64> = rows.iter().map(|r| r.resources).collect();

    // Fixed y range over current and baseline curves, so moving a slider moves the curves,
    // not the axis.
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    if let Some((b, _)) = bands {
        for p in b.demand.iter().chain(&b.resources) {
            lo = lo.min(p[0]);
            hi = hi.max(p[4]);
        }
    }
    for p in std::iter::once(shown).chain(baseline.map(|(_, p)| p)) {
        for r in &p.rows {
            lo = lo.min(r.demand.min(r.resources));
            hi = hi.max(r.demand.max(r.resources));
        }
    }
    let pad = ((hi - lo) * 0.08).max(10.0);
    let (x0, x1) = (
        all_years.first().copied().unwrap_or(0.0),
        all_years.last().copied().unwrap_or(1.0),
    );

    let sketch_colour = if dark { Color32::WHITE } else { Color32::BLACK };
    let body_size = egui::TextStyle::Body.resolve(ui.style()).size;
    let mut plot = still(Plot::new("jaws"));
    if key_above {
        let mut entries = vec![
            (KeyMark::Line(demand_c, false), "Demand".to_string()),
            (KeyMark::Line(resources_c, false), "Resources".to_string()),
            (KeyMark::Fill(warn.gamma_multiply(0.5)), "Gap".to_string()),
        ];
        if demand.iter().zip(&resources).any(|(d, r)| d < r) {
            entries.push((KeyMark::Fill(good.gamma_multiply(0.5)), "Surplus".into()));
        }
        if let Some((name, _)) = baseline {
            let faint = ui.visuals().weak_text_color();
            entries.push((KeyMark::Line(faint, true), format!("{name} (dashed)")));
        }
        if bands.is_some() {
            let grey = ui.visuals().weak_text_color();
            entries.push((
                KeyMark::Fill(grey.gamma_multiply(0.5)),
                "Range of futures".into(),
            ));
        }
        if prediction.iter().any(|l| l.len() > 1) {
            entries.push((KeyMark::Line(sketch_colour, true), "Our prediction".into()));
        }
        let row = ui.horizontal_wrapped(|ui| {
            for (mark, label) in &entries {
                key_entry(ui, *mark, label);
            }
            let prices = format!("£m at {base_year} prices");
            keep_together(ui, &prices, 0.0);
            ui.add(
                egui::Label::new(egui::RichText::new(prices).color(ui.visuals().weak_text_color()))
                    .extend(),
            );
        });
        height = (height - row.response.rect.height() - ui.spacing().item_spacing.y).max(150.0);
    } else {
        plot = plot.legend(
            Legend::default()
                .position(Corner::LeftTop)
                .follow_insertion_order(true)
                .text_style(egui::TextStyle::Small)
                .background_alpha(0.85),
        );
    }
    let plot = plot
        .height(height)
        .show_grid([false, true])
        .default_x_bounds(x0 - 0.4, x1 + 0.4)
        .default_y_bounds((lo - pad).max(0.0), hi + pad)
        .x_axis_label("Year")
        // Above the chart the key gives the prices; a short label fits a short chart.
        .y_axis_label(if key_above {
            "£m a year".to_string()
        } else {
            format!("£m a year, {base_year} prices")
        })
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .x_axis_formatter(|mark, _| year_label(mark.value))
        .y_axis_formatter(|mark, _| format::money_axis(mark.value))
        .label_formatter(hover_text);
    let response = plot.show(ui, |plot_ui| {
        // The room's prediction, sketched with the mouse while the change is hidden.
        if sketching {
            let response = plot_ui.response();
            if response.dragged_by(egui::PointerButton::Primary)
                && let Some(at) = plot_ui.pointer_coordinate()
            {
                commands.push(
                    PresentCommand::SketchPoint {
                        at: [at.x, at.y],
                        new_stroke: response.drag_started(),
                    }
                    .into(),
                );
            }
        }
        for line in prediction.iter().filter(|l| l.len() > 1) {
            plot_ui.line(
                Line::new("Our prediction", line.clone())
                    .color(sketch_colour)
                    .style(LineStyle::dashed_dense())
                    .width(3.0),
            );
        }
        if let Some((name, b)) = baseline {
            let faint = |c: Color32| c.gamma_multiply(0.45);
            let bd: Vec<[f64; 2]> = b.rows.iter().map(|r| [r.year as f64, r.demand]).collect();
            let br: Vec<[f64; 2]> = b
                .rows
                .iter()
                .map(|r| [r.year as f64, r.resources])
                .collect();
            // One legend entry for both dashed curves: the colours already say which is which.
            plot_ui.line(
                Line::new(format!("{name} (dashed)"), bd)
                    .color(faint(demand_c))
                    .style(LineStyle::dashed_loose())
                    .width(2.0),
            );
            plot_ui.line(
                Line::new(format!("{name} (dashed)"), br)
                    .color(faint(resources_c))
                    .style(LineStyle::dashed_loose())
                    .width(2.0),
            );
        }
        // How sure the curves are: the middle half of futures darker, nine in ten lighter.
        if let Some((b, stale)) = bands {
            if stale {
                plot_ui.text(
                    Text::new(
                        "",
                        PlotPoint::new(x1, hi + pad * 0.95),
                        "uncertainty bands updating…",
                    )
                    .anchor(egui::Align2::RIGHT_TOP)
                    .color(Color32::GRAY),
                );
            }
            let xs: Vec<f64> = b.years.iter().map(|y| *y as f64).collect();
            for (series, colour) in [(&b.demand, demand_c), (&b.resources, resources_c)] {
                let col = |k: usize| series.iter().map(|p| p[k]).collect::<Vec<f64>>();
                plot_ui.add(
                    FilledArea::new("Nine in ten futures", &xs, &col(0), &col(4))
                        .fill_color(colour.gamma_multiply(0.10)),
                );
                plot_ui.add(
                    FilledArea::new("Middle half of futures", &xs, &col(1), &col(3))
                        .fill_color(colour.gamma_multiply(0.18)),
                );
            }
        }
        // The gap where demand exceeds resources, and any surplus, shaded separately.
        let upper: Vec<f64> = demand
            .iter()
            .zip(&resources)
            .map(|(d, r)| d.max(*r))
            .collect();
        let lower: Vec<f64> = demand
            .iter()
            .zip(&resources)
            .map(|(d, r)| d.min(*r))
            .collect();
        plot_ui.add(
            FilledArea::new("Gap", &years, &resources, &upper)
                .fill_color(warn.gamma_multiply(0.28)),
        );
        if demand.iter().zip(&resources).any(|(d, r)| d < r) {
            plot_ui.add(
                FilledArea::new("Surplus", &years, &lower, &resources)
                    .fill_color(good.gamma_multiply(0.28)),
            );
        }
        // Where the curves stop while the rest is hidden: today, for the room to predict from.
        if drawn < shown.rows.len()
            && let (Some(&x), Some(&d), Some(&r)) = (years.last(), demand.last(), resources.last())
        {
            plot_ui.points(Points::new("", vec![[x, d]]).radius(7.0).color(demand_c));
            plot_ui.points(Points::new("", vec![[x, r]]).radius(7.0).color(resources_c));
        }
        plot_ui.line(
            Line::new("Demand", points(&years, &demand))
                .color(demand_c)
                .width(3.5),
        );
        plot_ui.line(
            Line::new("Resources", points(&years, &resources))
                .color(resources_c)
                .width(3.5),
        );
        // The council's own published gaps, on the demand side of this year's resources.
        let published_points: Vec<[f64; 2]> = published
            .iter()
            .filter_map(|f| {
                let row = rows.iter().find(|r| r.year == f.year)?;
                Some([f.year as f64, row.resources + f.published])
            })
            .collect();
        if !published_points.is_empty() {
            plot_ui.points(
                Points::new("Published MTFS gap", published_points)
                    .radius(5.0)
                    .shape(egui_plot::MarkerShape::Diamond)
                    .color(demand_c),
            );
        }

        // The end of the medium-term financial strategy: the workshop's own year-by-year
        // figures to here, the levers' rates after.
        if shown.mtfs_years > 0
            && drawn == shown.rows.len()
            && let Some(last) = shown.rows.get(shown.mtfs_years - 1)
        {
            let x = f64::from(last.year);
            plot_ui.vline(
                VLine::new("", x)
                    .color(ui_weak)
                    .width(1.5)
                    .style(LineStyle::dotted_dense()),
            );
            plot_ui.text(
                Text::new(
                    "",
                    PlotPoint::new(x, hi + pad * 0.5),
                    egui::RichText::new(format!("← MTFS to {}", last.year)).color(ui_weak),
                )
                .anchor(egui::Align2::RIGHT_CENTER),
            );
        }

        // The marker would give a prediction away: it waits until every year is drawn.
        if let Some(year) = shown
            .headlines()
            .reserves_below_minimum
            .filter(|_| drawn == shown.rows.len())
        {
            let x = year as f64;
            plot_ui.vline(
                VLine::new("", x)
                    .color(warn)
                    .width(2.0)
                    .style(LineStyle::dashed_dense()),
            );
            // At the foot of the line, below every curve and band, where the legend is not;
            // on whichever side of the line it fits.
            let t = plot_ui.transform();
            let frame = *t.frame();
            let at = t.position_from_point_x(x);
            let (right, left) = (frame.right() - at, at - frame.left());
            let width = |w: &str| w.chars().count() as f32 * body_size * 0.6 + 6.0;
            let long = format!("{year}: budget can no longer be balanced");
            let (words, anchor) = if right >= width(&long) {
                (long, egui::Align2::LEFT_CENTER)
            } else if left >= width(&long) {
                (long, egui::Align2::RIGHT_CENTER)
            } else {
                // A narrow chart: fewer words, on the roomier side.
                let short = format!("{year}: can’t balance");
                let side = if right >= left {
                    egui::Align2::LEFT_CENTER
                } else {
                    egui::Align2::RIGHT_CENTER
                };
                (short, side)
            };
            plot_ui.text(
                Text::new(
                    "",
                    PlotPoint::new(x, lo - pad * 0.5),
                    egui::RichText::new(words).color(warn).strong(),
                )
                .anchor(anchor),
            );
        }
    });
    super::menu::chart_menu(&response.response, ChartKind::Jaws, commands);
}

const BANDS_EXPLAINED: &str = "How sure the curves are: darker shading holds the middle half of 400 simulated futures over the workshop's uncertain assumptions, lighter shading nine in ten.";

/// Start a new row of the key unless `words` (after `lead` points of swatch) fit on this one,
/// so an entry is never split across lines.
fn keep_together(ui: &mut Ui, words: &str, lead: f32) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galley = ui.fonts_mut(|f| f.layout_no_wrap(words.to_string(), font, Color32::WHITE));
    let needed = lead + 2.0 * ui.spacing().item_spacing.x + galley.size().x + 12.0;
    if ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
}

/// How a key entry is drawn: a line (dashed or not) or a filled swatch.
#[derive(Clone, Copy)]
enum KeyMark {
    Line(Color32, bool),
    Fill(Color32),
}

fn key_entry(ui: &mut Ui, mark: KeyMark, label: &str) {
    let h = ui.text_style_height(&egui::TextStyle::Body);
    keep_together(ui, label, h * 1.6);
    let (rect, swatch) = ui.allocate_exact_size(egui::vec2(h * 1.6, h), egui::Sense::hover());
    if label == "Range of futures" {
        swatch.on_hover_text(BANDS_EXPLAINED);
    }
    let painter = ui.painter();
    match mark {
        KeyMark::Line(colour, dashed) => {
            let (a, b) = (rect.left_center(), rect.right_center());
            if dashed {
                painter.add(egui::Shape::dashed_line(
                    &[a, b],
                    egui::Stroke::new(3.0, colour),
                    5.0,
                    4.0,
                ));
            } else {
                painter.line_segment([a, b], egui::Stroke::new(3.5, colour));
            }
        }
        KeyMark::Fill(colour) => {
            painter.rect_filled(rect.shrink2(egui::vec2(0.0, h * 0.15)), 2.0, colour);
        }
    }
    let text = ui.add(egui::Label::new(label).extend());
    if label == "Range of futures" {
        text.on_hover_text(BANDS_EXPLAINED);
    }
    ui.add_space(10.0);
}

fn points(xs: &[f64], ys: &[f64]) -> Vec<[f64; 2]> {
    xs.iter().zip(ys).map(|(x, y)| [*x, *y]).collect()
}

/// A chart a room looks at rather than navigates: no panning, zooming or box-zoom by accident.
pub fn still(plot: Plot<'_>) -> Plot<'_> {
    plot.allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
}

/// Whole years only; grid marks between years get no label.
pub fn year_label(v: f64) -> String {
    if (v - v.round()).abs() < 1e-6 {
        format!("{:.0}", v)
    } else {
        String::new()
    }
}

fn hover_text(pos: &HoverPosition<'_>) -> Option<String> {
    match pos {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => Some(format!(
            "{plot_name}\n{:.0}: {}",
            position.x,
            format::money(position.y)
        )),
        HoverPosition::Elsewhere { .. } => None,
    }
}
