//! The metric table's linked charts: small under the jaws, cursor-linked, so a room sees the
//! drivers move together; and one of them large when a stage asks the room to predict it.

use crate::i18n::tr;
use crate::t;
use egui::{Color32, Id, RichText, Ui};
use egui_plot::{HLine, Line, LineStyle, PlotPoint, Points};

use super::chart::{self, Extent, Readout, Screen};
use super::theme;
use crate::app::Command;
use crate::export::ChartKind;
use crate::model::Projection;
use crate::model::metric::{Metric, linked_charts};
use crate::present::format;

/// The narrowest a small chart may be and still label three years.
const MIN_CHART_WIDTH: f32 = 160.0;

/// The small charts in a row.
pub fn show(
    ui: &mut Ui,
    shown: &Projection,
    baseline: Option<&Projection>,
    dark: bool,
    height: f32,
    commands: &mut Vec<Command>,
) {
    let link = Id::unique("linked-charts");
    // As many as leave each room to label its years, in the metric table's order: on a narrow
    // window the last (social care's share) gives way; the export and report always have it.
    let mut charts = linked_charts();
    let fit = (ui.available_width() / MIN_CHART_WIDTH).floor().max(1.0) as usize;
    charts.truncate(fit);
    let screen = Screen::of(ui, false);
    ui.columns(charts.len(), |cols| {
        for (ui, &(metric, linked)) in cols.iter_mut().zip(&charts) {
            let unit = if metric.share { "%" } else { metric.unit };
            ui.add(egui::Label::new(RichText::new(title(metric)).strong()).truncate())
                .on_hover_text(format!(
                    "{} ({unit})",
                    crate::i18n::tr_or(&format!("chart-{}-explain", linked.id), linked.explain)
                ));
            MetricChart {
                metric,
                shown,
                baseline,
                years_drawn: None,
                prediction: &[],
                sketching: false,
                screen,
                dark,
                height,
                link: Some(link),
            }
            .show(ui, commands);
        }
    });
}

/// One metric over the years: the levers as they stand, the baseline dashed behind, the
/// prudent minimum where it applies; large, with the room's sketch, when it is predicted.
pub struct MetricChart<'a> {
    pub metric: &'static Metric,
    pub shown: &'a Projection,
    pub baseline: Option<&'a Projection>,
    /// As for the jaws: how many years to draw while the room predicts (the axes from the
    /// first year alone until then).
    pub years_drawn: Option<usize>,
    /// The room's sketch, in (year, the metric as plotted).
    pub prediction: &'a [Vec<[f64; 2]>],
    pub sketching: bool,
    pub screen: Screen,
    pub dark: bool,
    pub height: f32,
    /// Charts that share a cursor.
    pub link: Option<Id>,
}

impl MetricChart<'_> {
    pub fn show(self, ui: &mut Ui, commands: &mut Vec<Command>) {
        let MetricChart {
            metric: m,
            shown,
            baseline,
            years_drawn,
            prediction,
            sketching,
            screen,
            dark,
            height,
            link,
        } = self;
        let colour = if dark {
            Color32::from_gray(235)
        } else {
            Color32::from_gray(25)
        };
        let warn = theme::warning_colour(dark);
        let drawn = years_drawn
            .unwrap_or(shown.rows.len())
            .min(shown.rows.len());
        let hiding = drawn < shown.rows.len();
        let pts = |p: &Projection, n: usize| -> Vec<[f64; 2]> {
            p.rows
                .iter()
                .zip(m.values(&p.rows))
                .take(n)
                .map(|(r, v)| [r.year as f64, m.plotted(v)])
                .collect()
        };
        let current = pts(shown, drawn);
        let base = baseline.filter(|_| !hiding).map(|b| pts(b, b.rows.len()));

        let mut data = Extent::default();
        data.add_all(current.iter().map(|p| p[1]));
        if let Some(b) = &base {
            data.add_all(b.iter().map(|p| p[1]));
        }
        if m.prudent_minimum {
            data.add(shown.prudent_minimum);
        }
        // Amounts from zero on the small charts, so a small change is not made to look large.
        if link.is_some() && data.lo >= 0.0 {
            data.add(0.0);
        }
        if hiding && let Some(first) = current.first() {
            // Nothing from the years still hidden: today's value, with room either way.
            data.add(first[1] * 2.0);
            data.add(0.0);
        }
        data.add_all(prediction.iter().flatten().map(|p| p[1]));
        if m.share {
            // Shares on their whole scale, so a small change is not made to look large.
            data.add(0.0);
            data.add(100.0);
        }
        let id = Id::unique(("metric-chart", m.id, link.is_some()));
        let (lo, hi) = if m.share {
            // A little beyond 0% and 100%, so their marks are not on the edge.
            (data.lo.min(0.0) - 3.0, data.hi.max(100.0) + 3.0)
        } else {
            chart::y_range(ui, id, data, Some(0.0))
        };
        let first = shown.rows.first().map_or(0, |r| r.year);
        let last = shown.rows.last().map_or(first + 1, |r| r.year);
        let (x0, x1) = (first as f64 - 0.3, last as f64 + 0.3);
        let share = m.share;
        let write: fn(f64) -> String = if share {
            |v| format!("{v:.0}%")
        } else {
            format::money
        };
        let mut readout = Readout::new(shown.rows.iter().map(|r| r.year).collect());
        if !hiding {
            readout = readout.with(title(m), current.iter().map(|p| p[1]).collect(), write);
            if let Some(b) = &base {
                readout = readout.with(
                    tr("linked-compared-with"),
                    b.iter().map(|p| p[1]).collect(),
                    write,
                );
            }
            if m.prudent_minimum {
                readout = readout.with(
                    tr("linked-prudent-minimum"),
                    vec![shown.prudent_minimum; shown.rows.len()],
                    format::money,
                );
            }
        }
        // The small charts' marks in small type, so three years fit under a narrow chart;
        // the large one's in the body size the room reads.
        let small = link.is_some();
        let marks = if small {
            egui::TextStyle::Small
        } else {
            egui::TextStyle::Body
        };
        let font = marks.resolve(ui.style());
        let text_width = |ui: &Ui, text: &str| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(text.to_string(), font.clone(), Color32::WHITE)
                    .size()
                    .x
            })
        };
        let label_width = text_width(ui, "2040");
        let line_height = ui.text_style_height(&marks);
        // The plot's width, less the y axis's labels.
        let width = ui.available_width() - text_width(ui, "£1,000m") - 12.0;
        let value_text = move |mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>| {
            if share {
                format!("{:.0}%", mark.value)
            } else {
                format::money_axis(mark.value)
            }
        };
        let mut plot = chart::plot(
            ("metric-chart", m.id, link.is_some()),
            screen,
            (!hiding).then_some(readout),
        )
        .height(height)
        .show_grid([false, true])
        .x_grid_spacer(chart::year_spacer(first, last, 0.3, width, label_width))
        .y_grid_spacer(chart::value_spacer(height, line_height));
        plot = if small {
            plot.custom_x_axes(vec![
                egui_plot::AxisHints::new_x()
                    .formatter(|mark, _| chart::year_text(mark))
                    .tick_label_font(font.clone()),
            ])
            .custom_y_axes(vec![
                egui_plot::AxisHints::new_y()
                    .formatter(value_text)
                    .tick_label_font(font.clone()),
            ])
        } else {
            plot.x_axis_formatter(|mark, _| chart::year_text(mark))
                .y_axis_formatter(value_text)
        };
        if let Some(link) = link {
            plot = plot.link_cursor(link, [true, false]);
        }
        let line = if link.is_some() { 2.5 } else { screen.line() };
        let thin = if link.is_some() {
            1.5
        } else {
            screen.thin_line()
        };
        let ink = chart::ink(dark);
        let response = plot.show(ui, |plot_ui| {
            plot_ui.set_plot_bounds_x(x0..=x1);
            plot_ui.set_plot_bounds_y(lo..=hi);
            if sketching {
                chart::sketch(plot_ui, commands);
            }
            if let Some(b) = base {
                plot_ui.line(
                    Line::new(t!("linked-compared-line", chart = title(m)), b)
                        .color(colour.gamma_multiply(0.6))
                        .style(LineStyle::dashed_loose())
                        .width(thin),
                );
            }
            if m.prudent_minimum {
                plot_ui.hline(
                    HLine::new(tr("linked-prudent-minimum"), shown.prudent_minimum)
                        .color(warn)
                        .style(LineStyle::dashed_dense())
                        .width(thin),
                );
            }
            if hiding && let Some(&p) = current.last() {
                plot_ui.points(Points::new("", vec![p]).radius(line * 2.0).color(colour));
            }
            plot_ui.line(Line::new(title(m), current).color(colour).width(line));
            super::chart::prediction_lines(plot_ui, prediction, ink, thin);
            // Named on the large chart, where the room reads it.
            if link.is_none() && m.prudent_minimum {
                // Ended a little inside the plot's right edge, never against it.
                let inset = 10.0 * plot_ui.transform().dvalue_dpos()[0].abs();
                plot_ui.text(
                    egui_plot::Text::new(
                        "",
                        PlotPoint::new(x1 - inset, shown.prudent_minimum),
                        RichText::new(tr("linked-prudent-minimum-lower")).color(warn),
                    )
                    .anchor(egui::Align2::RIGHT_BOTTOM),
                );
            }
        });
        super::menu::chart_menu(&response.response, ChartKind::Linked(m), commands);
    }
}

/// A metric's title in the reader's language (the table holds the English).
fn title(m: &Metric) -> String {
    crate::i18n::tr_or(&format!("metric-{}", m.id), m.title)
}
