//! Small charts under the jaws, cursor-linked, so a room sees the drivers move together.

use egui::{Color32, Id, RichText, Ui};
use egui_plot::{HLine, HoverPosition, Line, LineStyle, Plot};

use super::{jaws_chart::year_label, theme};
use crate::app::Command;
use crate::export::ChartKind;
use crate::model::Projection;
use crate::model::metric::linked_charts;
use crate::present::format;

pub fn show(
    ui: &mut Ui,
    shown: &Projection,
    baseline: Option<&Projection>,
    dark: bool,
    height: f32,
    commands: &mut Vec<Command>,
) {
    let link = Id::unique("linked-charts");
    let colour = if dark {
        Color32::from_gray(230)
    } else {
        Color32::from_gray(30)
    };
    let warn = theme::warning_colour(dark);
    let charts = linked_charts();
    ui.columns(charts.len(), |cols| {
        for (ui, &(m, chart)) in cols.iter_mut().zip(&charts) {
            let unit = if m.share { "%" } else { m.unit };
            ui.add(egui::Label::new(RichText::new(m.title).strong()).truncate())
                .on_hover_text(format!("{} ({unit})", chart.explain));
            let pts = |p: &Projection| -> Vec<[f64; 2]> {
                p.rows
                    .iter()
                    .zip(m.values(&p.rows))
                    .map(|(r, v)| [r.year as f64, m.plotted(v)])
                    .collect()
            };
            let mut top: f64 = m
                .values(&shown.rows)
                .map(|v| m.plotted(v))
                .fold(0.0, f64::max);
            if let Some(b) = baseline {
                top = m.values(&b.rows).map(|v| m.plotted(v)).fold(top, f64::max);
            }
            if m.share {
                top = 100.0;
            }
            let (x0, x1) = (
                shown.rows.first().map_or(0.0, |r| r.year as f64),
                shown.rows.last().map_or(1.0, |r| r.year as f64),
            );
            let share = m.share;
            let response = super::jaws_chart::still(Plot::new(m.title))
                .height(height)
                .link_cursor(link, [true, false])
                .show_grid([false, true])
                .default_x_bounds(x0 - 0.3, x1 + 0.3)
                .default_y_bounds(0.0, (top * 1.1).max(if share { 100.0 } else { 10.0 }))
                .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
                // Small charts: no label hard against an edge, where it would be clipped.
                .x_axis_formatter(|m, range| {
                    let margin = (range.end() - range.start()) * 0.08;
                    if m.value > range.end() - margin || m.value < range.start() + margin {
                        String::new()
                    } else {
                        year_label(m.value)
                    }
                })
                .y_axis_formatter(move |m, _| {
                    if share {
                        format!("{:.0}%", m.value)
                    } else {
                        format::money_axis(m.value)
                    }
                })
                .label_formatter(move |pos| match pos {
                    HoverPosition::NearDataPoint { position, .. } => Some(format!(
                        "{:.0}: {}",
                        position.x,
                        if share {
                            format!("{:.0}%", position.y)
                        } else {
                            format::money(position.y)
                        }
                    )),
                    HoverPosition::Elsewhere { .. } => None,
                })
                .show(ui, |plot_ui| {
                    if let Some(b) = baseline {
                        plot_ui.line(
                            Line::new(format!("{} (baseline)", m.title), pts(b))
                                .color(colour.gamma_multiply(0.4))
                                .style(LineStyle::dashed_loose())
                                .width(1.5),
                        );
                    }
                    if m.prudent_minimum {
                        plot_ui.hline(
                            HLine::new("Prudent minimum", shown.prudent_minimum)
                                .color(warn)
                                .style(LineStyle::dashed_dense())
                                .width(1.5),
                        );
                    }
                    plot_ui.line(Line::new(m.title, pts(shown)).color(colour).width(2.5));
                })
                .response;
            super::menu::chart_menu(&response, ChartKind::Linked(m), commands);
        }
    });
}
