//! Small charts under the jaws, cursor-linked, so a room sees the drivers move together.

use egui::{Color32, Id, RichText, Ui};
use egui_plot::{HLine, HoverPosition, Line, LineStyle, Plot};

use super::{jaws_chart::year_label, theme};
use crate::model::{Projection, YearRow};
use crate::present::format;

struct Series {
    title: &'static str,
    unit: &'static str,
    value: fn(&YearRow) -> f64,
    /// Shares are shown as percentages.
    share: bool,
    explain: &'static str,
}

const SERIES: [Series; 5] = [
    Series {
        title: "Reserves",
        unit: "£m",
        value: |r| r.reserves,
        share: false,
        explain: "Usable reserves at the end of each year. The dashed line is the prudent minimum.",
    },
    Series {
        title: "Unmet need",
        unit: "£m a year",
        value: |r| r.unmet_need,
        share: false,
        explain: "Need nobody is meeting because services were cut or priced out of reach; it comes back as crisis.",
    },
    Series {
        title: "Community capacity",
        unit: "£m a year",
        value: |r| r.community_capacity,
        share: false,
        explain: "What residents and communities can do for themselves and each other, valued as the need it can meet.",
    },
    Series {
        title: "Trust",
        unit: "%",
        value: |r| r.trust,
        share: true,
        explain: "Mutual understanding between people and public services.",
    },
    Series {
        title: "Adoption",
        unit: "% of organisation",
        value: |r| r.adoption,
        share: true,
        explain: "The share of the organisation working the new way: it starts with a few pilots.",
    },
];

pub fn show(
    ui: &mut Ui,
    shown: &Projection,
    baseline: Option<&Projection>,
    dark: bool,
    height: f32,
) {
    let link = Id::unique("linked-charts");
    let colour = if dark {
        Color32::from_gray(230)
    } else {
        Color32::from_gray(30)
    };
    let warn = theme::warning_colour(dark);
    ui.columns(SERIES.len(), |cols| {
        for (ui, s) in cols.iter_mut().zip(&SERIES) {
            ui.add(egui::Label::new(RichText::new(s.title).strong()).truncate())
                .on_hover_text(format!("{} ({})", s.explain, s.unit));
            let scale = if s.share { 100.0 } else { 1.0 };
            let pts = |p: &Projection| -> Vec<[f64; 2]> {
                p.rows
                    .iter()
                    .map(|r| [r.year as f64, (s.value)(r) * scale])
                    .collect()
            };
            let mut top: f64 = shown
                .rows
                .iter()
                .map(|r| (s.value)(r) * scale)
                .fold(0.0, f64::max);
            if let Some(b) = baseline {
                top = b
                    .rows
                    .iter()
                    .map(|r| (s.value)(r) * scale)
                    .fold(top, f64::max);
            }
            if s.share {
                top = 100.0;
            }
            let (x0, x1) = (
                shown.rows.first().map_or(0.0, |r| r.year as f64),
                shown.rows.last().map_or(1.0, |r| r.year as f64),
            );
            let share = s.share;
            super::jaws_chart::still(Plot::new(s.title))
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
                            Line::new(format!("{} (baseline)", s.title), pts(b))
                                .color(colour.gamma_multiply(0.4))
                                .style(LineStyle::dashed_loose())
                                .width(1.5),
                        );
                    }
                    if s.title == "Reserves" {
                        plot_ui.hline(
                            HLine::new("Prudent minimum", shown.prudent_minimum)
                                .color(warn)
                                .style(LineStyle::dashed_dense())
                                .width(1.5),
                        );
                    }
                    plot_ui.line(Line::new(s.title, pts(shown)).color(colour).width(2.5));
                });
        }
    });
}
