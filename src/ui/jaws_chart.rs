//! The jaws: demand and resources over the years, the gap shaded between them.

use egui::{Color32, Ui};
use egui_plot::{
    Corner, FilledArea, HoverPosition, Legend, Line, LineStyle, Plot, PlotPoint, Points, Text,
    VLine,
};

use super::{format, theme};
use crate::app::Command;
use crate::model::Projection;
use crate::model::sweep::Bands;

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
    pub dark: bool,
    pub height: f32,
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
        dark,
        height,
    } = chart;
    let demand_c = theme::demand_colour(dark);
    let resources_c = theme::resources_colour(dark);
    let warn = theme::warning_colour(dark);
    let good = theme::good_colour(dark);
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

    let plot = still(Plot::new("jaws"))
        .height(height)
        .legend(
            Legend::default()
                .position(Corner::LeftTop)
                .follow_insertion_order(true)
                .text_style(egui::TextStyle::Small)
                .background_alpha(0.85),
        )
        .show_grid([false, true])
        .default_x_bounds(x0 - 0.4, x1 + 0.4)
        .default_y_bounds((lo - pad).max(0.0), hi + pad)
        .x_axis_label("Year")
        .y_axis_label(format!("£m a year, {base_year} prices"))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .x_axis_formatter(|mark, _| year_label(mark.value))
        .y_axis_formatter(|mark, _| format!("£{:.0}m", mark.value))
        .label_formatter(hover_text);
    let sketch_colour = if dark { Color32::WHITE } else { Color32::BLACK };
    plot.show(ui, |plot_ui| {
        // The room's prediction, sketched with the mouse while the change is hidden.
        if sketching {
            let response = plot_ui.response();
            if response.dragged_by(egui::PointerButton::Primary)
                && let Some(at) = plot_ui.pointer_coordinate()
            {
                commands.push(Command::SketchPoint {
                    at: [at.x, at.y],
                    new_stroke: response.drag_started(),
                });
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
            // At the foot of the line, below every curve and band, where the legend is not.
            plot_ui.text(
                Text::new(
                    "",
                    PlotPoint::new(x, lo - pad * 0.5),
                    egui::RichText::new(format!("{year}: budget can no longer be balanced"))
                        .color(warn)
                        .strong(),
                )
                .anchor(if x > (x0 + x1) / 2.0 {
                    egui::Align2::RIGHT_CENTER
                } else {
                    egui::Align2::LEFT_CENTER
                }),
            );
        }
    });
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
