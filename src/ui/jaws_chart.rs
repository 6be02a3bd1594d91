//! The jaws: demand and resources over the years, the gap shaded between them.

use crate::i18n::tr;
use crate::t;
use egui::{Color32, Id, Ui};
use egui_plot::{FilledArea, Line, LineStyle, PlotPoint, Points, Text, VLine};

use super::chart::{self, Extent, KeyEntry, Readout, Screen, Swatch};
use super::theme;
use crate::app::Command;
use crate::export::ChartKind;
use crate::model::Projection;
use crate::model::sweep::Bands;

/// The jaws chart, as one view or another wants it drawn.
pub struct JawsChart<'a> {
    /// The curves to draw (the levers as they stand, or a frame of a replay).
    pub shown: &'a Projection,
    /// How many of `shown`'s years to draw; all when `None`. While a room predicts, only the
    /// first year is drawn, and a reveal draws the rest left to right; until then the axes
    /// are worked out from the first year alone, so they give nothing away.
    pub years_drawn: Option<usize>,
    /// Drawn dashed behind, with its name.
    pub baseline: Option<(&'a str, &'a Projection)>,
    /// Uncertainty bands, and whether they are out of date.
    pub bands: Option<(&'a Bands, bool)>,
    /// Lines the room sketched as its prediction, in (year, £m).
    pub prediction: &'a [Vec<[f64; 2]>],
    /// Whether dragging on the chart sketches a prediction.
    pub sketching: bool,
    pub screen: Screen,
    pub dark: bool,
    pub height: f32,
    /// The council's published MTFS gaps (and how the model reproduced them), drawn as
    /// points where demand would be for resources to fall short by the published gap.
    pub published: &'a [crate::council::MtfsFit],
    /// On a bilingual stage: the key in Welsh, then English.
    pub both_languages: bool,
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
        screen,
        dark,
        height,
        published,
        both_languages,
    } = chart;
    let key = |id: &str| super::stage_words(id, both_languages);
    let (demand_c, resources_c) = chart::series_colour(dark);
    let warn = theme::warning_colour(dark);
    let good = theme::good_colour(dark);
    let ink = chart::ink(dark);
    let line = screen.line();
    let thin = screen.thin_line();
    let base_year = shown.rows.first().map_or(0, |r| r.year);
    let last_year = shown.rows.last().map_or(base_year + 1, |r| r.year);
    let drawn = years_drawn
        .unwrap_or(shown.rows.len())
        .min(shown.rows.len());
    let hiding = drawn < shown.rows.len();
    let rows = &shown.rows[..drawn];
    let years: Vec<f64> = rows.iter().map(|r| r.year as f64).collect();
    let demand: Vec<f64> = rows.iter().map(|r| r.demand).collect();
    let resources: Vec<f64> = rows.iter().map(|r| r.resources).collect();
    let surplus = demand.iter().zip(&resources).any(|(d, r)| d < r);

    // Everything drawn, so the range holds it all.
    let mut data = Extent::default();
    data.add_all(demand.iter().chain(&resources).copied());
    if hiding {
        // While the room predicts, a range from today's figures alone, wide enough to sketch
        // in either direction: nothing in it hints at where the curves go.
        if let (Some(d), Some(r)) = (
            shown.rows.first().map(|r| r.demand),
            shown.rows.first().map(|r| r.resources),
        ) {
            let mid = (d + r) / 2.0;
            data.add(mid * 0.5);
            data.add(mid * 1.6);
        }
    } else if let Some((b, _)) = bands {
        data.add_all(
            b.demand
                .iter()
                .chain(&b.resources)
                .flat_map(|p| [p[0], p[4]]),
        );
    }
    // The baseline is shown whole even while the room predicts: it is what they know.
    if let Some((_, b)) = baseline {
        data.add_all(b.rows.iter().flat_map(|r| [r.demand, r.resources]));
    }
    data.add_all(prediction.iter().flatten().map(|p| p[1]));
    let id = Id::unique("jaws-chart");
    let (lo, hi) = chart::y_range(ui, id, data, Some(0.0));
    let (x0, x1) = (base_year as f64 - 0.4, last_year as f64 + 0.4);

    let mut entries = vec![
        KeyEntry::new(
            Swatch::Line {
                colour: demand_c,
                dashed: false,
            },
            key("chart-key-demand"),
        ),
        KeyEntry::new(
            Swatch::Line {
                colour: resources_c,
                dashed: false,
            },
            key("chart-key-resources"),
        ),
    ];
    if !hiding {
        entries.push(KeyEntry::new(
            Swatch::Fill(warn.gamma_multiply(0.5)),
            key("chart-key-gap"),
        ));
        if surplus {
            entries.push(KeyEntry::new(
                Swatch::Fill(good.gamma_multiply(0.5)),
                key("chart-key-surplus"),
            ));
        }
        if bands.is_some() {
            entries.push(
                KeyEntry::new(
                    Swatch::Band(resources_c.gamma_multiply(0.6)),
                    key("chart-key-range"),
                )
                .tip(tr("chart-bands-explained")),
            );
        }
    }
    if let Some((name, _)) = baseline {
        entries.push(KeyEntry::new(
            Swatch::Pair {
                upper: demand_c,
                lower: resources_c,
                dashed: true,
            },
            t!("chart-dashed", scenario = name),
        ));
    }
    if prediction.iter().any(|l| l.len() > 1) {
        entries.push(KeyEntry::new(
            Swatch::Line {
                colour: ink,
                dashed: true,
            },
            key("chart-key-prediction"),
        ));
    }
    let prices = t!("chart-prices", year = base_year.to_string());
    let used = chart::key(ui, &entries, Some(&prices), line.min(4.0));
    let height = (height - used).max(150.0);

    let mut readout = Readout::new(shown.rows.iter().map(|r| r.year).collect());
    if !hiding {
        readout = readout
            .money(
                tr("chart-key-demand"),
                shown.rows.iter().map(|r| r.demand).collect(),
            )
            .money(
                tr("chart-key-resources"),
                shown.rows.iter().map(|r| r.resources).collect(),
            )
            .money(
                tr("chart-key-gap"),
                shown.rows.iter().map(|r| r.demand - r.resources).collect(),
            );
        if let Some((name, b)) = baseline {
            readout = readout.money(
                t!("chart-gap-of-scenario", scenario = name),
                b.rows.iter().map(|r| r.demand - r.resources).collect(),
            );
        }
    }
    let label_width = chart::text_width(ui, "2040");
    let plot = chart::plot("jaws", screen, (!hiding).then_some(readout))
        .height(height)
        .show_grid([false, true])
        .x_axis_label(tr("chart-axis-year"))
        .y_axis_label(tr("chart-axis-money"))
        .x_grid_spacer(chart::year_spacer(
            base_year,
            last_year,
            0.4,
            ui.available_width() - 80.0,
            label_width,
        ))
        .x_axis_formatter(|mark, _| chart::year_text(mark))
        .y_grid_spacer(chart::value_spacer(height, body_line(ui)))
        .y_axis_formatter(chart::money_mark);
    let body_size = theme::body_size(ui.style());
    let response = plot.show(ui, |plot_ui| {
        plot_ui.set_plot_bounds_x(x0..=x1);
        plot_ui.set_plot_bounds_y(lo..=hi);
        // The room's prediction, sketched with the mouse while the change is hidden; a stroke
        // starts where the button went down, not where the drag was first noticed.
        if sketching {
            chart::sketch(plot_ui, commands);
        }
        // How sure the curves are: the middle half of futures shaded, nine in ten outlined
        // with fine dashes, so where the two jaws' bands overlap each is still seen whole.
        if let Some((b, stale)) = bands.filter(|_| !hiding) {
            if stale {
                plot_ui.text(
                    Text::new("", PlotPoint::new(x1, hi), tr("chart-bands-updating"))
                        .anchor(egui::Align2::RIGHT_TOP)
                        .color(ui_weak(dark)),
                );
            }
            let xs: Vec<f64> = b.years.iter().map(|y| *y as f64).collect();
            for (series, colour) in [(&b.demand, demand_c), (&b.resources, resources_c)] {
                let col = |k: usize| series.iter().map(|p| p[k]).collect::<Vec<f64>>();
                plot_ui.add(
                    FilledArea::new(tr("chart-middle-half"), &xs, &col(1), &col(3))
                        .fill_color(colour.gamma_multiply(0.2)),
                );
                for k in [0, 4] {
                    plot_ui.line(
                        Line::new("", points(&xs, &col(k)))
                            .color(colour.gamma_multiply(0.8))
                            .style(LineStyle::dashed_dense())
                            .width(screen.hairline()),
                    );
                }
            }
        }
        if let Some((name, b)) = baseline {
            let bd: Vec<[f64; 2]> = b.rows.iter().map(|r| [r.year as f64, r.demand]).collect();
            let br: Vec<[f64; 2]> = b
                .rows
                .iter()
                .map(|r| [r.year as f64, r.resources])
                .collect();
            for (pts, colour) in [(bd, demand_c), (br, resources_c)] {
                plot_ui.line(
                    Line::new(t!("chart-dashed", scenario = name), pts)
                        .color(colour)
                        .style(LineStyle::dashed_loose())
                        .width(thin),
                );
            }
        }
        // The gap where demand exceeds resources, and any surplus, shaded separately.
        if !hiding {
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
                FilledArea::new(tr("chart-key-gap"), &years, &resources, &upper)
                    .fill_color(warn.gamma_multiply(0.28)),
            );
            if surplus {
                plot_ui.add(
                    FilledArea::new(tr("chart-key-surplus"), &years, &lower, &resources)
                        .fill_color(good.gamma_multiply(0.28)),
                );
            }
        }
        // Where the curves stop while the rest is hidden: today, for the room to predict from.
        if hiding
            && let (Some(&x), Some(&d), Some(&r)) = (years.last(), demand.last(), resources.last())
        {
            let radius = line * 2.0;
            plot_ui.points(Points::new("", vec![[x, d]]).radius(radius).color(demand_c));
            plot_ui.points(
                Points::new("", vec![[x, r]])
                    .radius(radius)
                    .color(resources_c),
            );
        }
        plot_ui.line(
            Line::new(tr("chart-key-demand"), points(&years, &demand))
                .color(demand_c)
                .width(line),
        );
        plot_ui.line(
            Line::new(tr("chart-key-resources"), points(&years, &resources))
                .color(resources_c)
                .width(line),
        );
        super::chart::prediction_lines(plot_ui, prediction, ink, thin);
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
                Points::new(tr("chart-key-published-gap"), published_points)
                    .radius(5.0)
                    .shape(egui_plot::MarkerShape::Diamond)
                    .color(demand_c),
            );
        }

        // The end of the medium-term financial strategy: the workshop's own year-by-year
        // figures to here, the levers' rates after.
        if shown.mtfs_years > 0
            && !hiding
            && let Some(last) = shown.rows.get(shown.mtfs_years - 1)
        {
            let x = f64::from(last.year);
            plot_ui.vline(
                VLine::new("", x)
                    .color(ui_weak(dark))
                    .width(thin)
                    .style(LineStyle::dotted_dense()),
            );
            plot_ui.text(
                Text::new(
                    "",
                    PlotPoint::new(x, hi),
                    egui::RichText::new(t!("chart-mtfs-to", year = last.year.to_string()))
                        .color(ui_weak(dark)),
                )
                .anchor(egui::Align2::RIGHT_TOP),
            );
        }

        // The marker would give a prediction away: it waits until every year is drawn.
        if let Some(year) = shown.headlines().reserves_below_minimum.filter(|_| !hiding) {
            let x = year as f64;
            plot_ui.vline(
                VLine::new("", x)
                    .color(warn)
                    .width(thin)
                    .style(LineStyle::dashed_dense()),
            );
            // At the foot of the line, inside the chart, on whichever side it fits.
            let t = plot_ui.transform();
            let frame = *t.frame();
            let at = t.position_from_point_x(x);
            let (right, left) = (frame.right() - at, at - frame.left());
            let width = |w: &str| w.chars().count() as f32 * body_size * 0.6 + 6.0;
            let long = t!("chart-cant-balance-long", year = year.to_string());
            let (words, anchor) = if right >= width(&long) {
                (long, egui::Align2::LEFT_BOTTOM)
            } else if left >= width(&long) {
                (long, egui::Align2::RIGHT_BOTTOM)
            } else {
                // A narrow chart: fewer words, on the roomier side.
                let short = t!("chart-cant-balance-short", year = year.to_string());
                let side = if right >= left {
                    egui::Align2::LEFT_BOTTOM
                } else {
                    egui::Align2::RIGHT_BOTTOM
                };
                (short, side)
            };
            plot_ui.text(
                Text::new(
                    "",
                    PlotPoint::new(x, lo + (hi - lo) * 0.01),
                    egui::RichText::new(words).color(warn).strong(),
                )
                .anchor(anchor),
            );
        }
    });
    super::menu::chart_menu(&response.response, ChartKind::Jaws, commands);
}

fn ui_weak(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(170)
    } else {
        Color32::from_gray(80)
    }
}

fn points(xs: &[f64], ys: &[f64]) -> Vec<[f64; 2]> {
    xs.iter().zip(ys).map(|(x, y)| [*x, *y]).collect()
}

/// The height of a line of body text: an axis label.
fn body_line(ui: &Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Body)
}
