//! Scenarios side by side: up to eight on one jaws chart in a colour-blind-safe palette, their
//! headline figures in a table, and the levers on which they differ.

use crate::i18n::tr;
use crate::t;
use egui::{Color32, RichText, Ui};
use egui_plot::{Line, LineStyle};

use super::chart::{self, Extent, Readout, Screen};
use super::theme;
use crate::app::{AppState, Command, Compared, ComparedCouncil, FileRequest, ScenarioCommand};
use crate::export::ChartKind;
use crate::present::format;

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::Panel::left("compare-list")
        .resizable(true)
        .default_size(330.0)
        .min_size(280.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    list(ui, state, commands);
                    ui.add_space(12.0);
                    councils_list(ui, state, commands);
                });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        // Projected when the list or the assumptions change, not here.
        let chosen = &state.derived.compared;
        let councils = &state.derived.councils;
        if chosen.is_empty() && councils.is_empty() {
            ui.heading(tr("compare-heading"));
            ui.label(tr("compare-explain"));
            ui.label(tr("compare-councils-hint"));
            return;
        }
        // Never wider than the panel: a wide table scrolls sideways on its own.
        let width = ui.available_width();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(width);
                if !councils.is_empty() {
                    councils_chart(ui, state, councils);
                    ui.add_space(6.0);
                }
                if !chosen.is_empty() {
                    chart(ui, state, chosen, commands);
                    ui.add_space(6.0);
                    headlines(ui, chosen);
                    ui.add_space(6.0);
                    differences(ui, state, chosen);
                }
            });
    });
}

/// The councils the room may set beside the one in use: each a tick, in its line's colour
/// once chosen; and a button to add a council's own figures.
fn councils_list(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.heading(tr("compare-councils"));
    ui.label(RichText::new(tr("compare-councils-explain")).small());
    let in_use = state.council.as_ref().map(|c| c.profile.title());
    for c in &state.known_councils {
        let title = c.title();
        if in_use.as_deref() == Some(title.as_str()) {
            continue;
        }
        // The one in use is drawn first, in the councils' first colour.
        let position = state.other_councils.iter().position(|o| o.title() == title);
        ui.horizontal(|ui| {
            let mut on = position.is_some();
            let swatch = position.map_or(Color32::TRANSPARENT, |i| theme::council_colour(i + 1));
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 18.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, swatch);
            let tick = ui.add(egui::Checkbox::without_text(&mut on));
            let text = ui.visuals().text_color();
            let name =
                name_label(ui, &title, text, ui.available_width()).on_hover_text(c.heading());
            let tick = tick.labelled_by(name.id).on_hover_text(c.heading());
            if tick.changed() || name.clicked() {
                commands.push(ScenarioCommand::ToggleCouncil(title.clone()).into());
            }
        });
    }
    if ui
        .button(tr("compare-councils-add"))
        .on_hover_text(tr("compare-councils-add-tip"))
        .clicked()
    {
        commands.push(FileRequest::CompareCouncil.into());
    }
}

/// Each council's gap as a share of its own budget, the one in use first, with the levers as
/// they stand: a county and a district on one chart.
fn councils_chart(ui: &mut Ui, state: &AppState, councils: &[ComparedCouncil]) {
    let screen = Screen::of(ui, state.presenting());
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let name = |c: &ComparedCouncil, first: bool| -> String {
        let name = c
            .name
            .clone()
            .unwrap_or_else(|| tr("compare-councils-ours"));
        if first && c.name.is_some() {
            t!("compare-councils-in-use", council = name.as_str())
        } else {
            name
        }
    };
    let names: Vec<String> = councils
        .iter()
        .enumerate()
        .map(|(i, c)| name(c, i == 0))
        .collect();
    ui.label(RichText::new(tr("compare-councils-chart")).strong());
    // Which scenario every council runs: the levers as they stand, named when they are one.
    let scenario = state
        .scenario
        .as_deref()
        .and_then(|id| state.find_scenario(id))
        .filter(|s| state.workshop.values_for(s) == state.levers);
    ui.label(match scenario {
        Some(s) => t!(
            "compare-councils-levers-of",
            scenario = state.scenario_name(s).as_str()
        ),
        None => tr("compare-councils-levers"),
    });
    // The key above the chart: each council in its colour, its budget on hover.
    let used = ui
        .horizontal_wrapped(|ui| {
            for (i, (c, n)) in councils.iter().zip(&names).enumerate() {
                let colour = theme::council_colour(i);
                let width = chart::text_width(ui, n).min(body * NAME_WIDTH);
                if ui.available_size_before_wrap().x < body * 1.8 + width + 12.0 {
                    ui.end_row();
                }
                let budget = t!("compare-councils-budget", budget = format::money(c.budget));
                ui.horizontal(|ui| {
                    let h = body;
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(h * 1.8, h), egui::Sense::hover());
                    ui.painter().line_segment(
                        [rect.left_center(), rect.right_center()],
                        egui::Stroke::new(screen.line().min(4.0), colour),
                    );
                    name_label(ui, n, colour, body * NAME_WIDTH).on_hover_text(&budget);
                });
                ui.add_space(body * 0.6);
            }
        })
        .response
        .rect
        .height();
    let mut data = Extent::default();
    for c in councils {
        data.add_all(c.share.iter().map(|p| p[1]));
    }
    // Zero always in sight: above it a gap, below a surplus.
    data.add(0.0);
    let (lo, hi) = chart::y_range(ui, egui::Id::unique("compare-councils-chart"), data, None);
    let years: Vec<i32> = councils[0].share.iter().map(|p| p[0] as i32).collect();
    let first = years
        .first()
        .copied()
        .unwrap_or(state.assumptions.base_year);
    let last = years.last().copied().unwrap_or(first + 1).max(first + 1);
    let mut readout = Readout::new(years);
    for (c, n) in councils.iter().zip(&names) {
        readout = readout.with(
            t!("compare-councils-gap-of", council = n.as_str()),
            c.share.iter().map(|p| p[1]).collect(),
            format::percent,
        );
    }
    let screen_height = ui.ctx().content_rect().height();
    let height =
        (ui.available_height() * 0.5 - used).clamp(screen_height * 0.35, screen_height * 0.5);
    let label_width = chart::text_width(ui, "2040");
    let width = ui.available_width() - chart::text_width(ui, "−10%") - 40.0;
    chart::plot("compare-councils", screen, Some(readout))
        .height(height)
        .x_axis_label(tr("compare-year"))
        .y_axis_label(tr("compare-councils-percent"))
        .x_grid_spacer(chart::year_spacer(first, last, 0.4, width, label_width))
        .x_axis_formatter(|mark, _| chart::year_text(mark))
        .y_axis_formatter(|mark, _| format::percent(mark.value))
        .show(ui, |plot| {
            plot.set_plot_bounds_x(first as f64 - 0.4..=last as f64 + 0.4);
            plot.set_plot_bounds_y(lo..=hi);
            for (i, (c, n)) in councils.iter().zip(&names).enumerate() {
                plot.line(
                    Line::new(
                        t!("compare-councils-gap-of", council = n.as_str()),
                        c.share.clone(),
                    )
                    .color(theme::council_colour(i))
                    .width(screen.line() * 0.85),
                );
            }
        });
}

fn list(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.heading(tr("compare-scenarios"));
    ui.label(RichText::new(tr("compare-scenarios-explain")).small());
    for s in state.all_scenarios() {
        let captured = state.captured.iter().any(|c| c.id == s.id);
        let position = state.compare.iter().position(|c| *c == s.id);
        ui.horizontal(|ui| {
            let mut on = position.is_some();
            let swatch = position.map_or(Color32::TRANSPARENT, theme::scenario_colour);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 18.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, swatch);
            // The note and the code on hover, over the tick as over the name.
            let tick = ui
                .add(egui::Checkbox::without_text(&mut on))
                .on_hover_ui(|ui| super::code_view::scenario_hover(ui, state, s));
            // A long name (a goal-seek question, say) is shortened to fit, whole on hover.
            let text = ui.visuals().text_color();
            let name = name_label(ui, &state.scenario_name(s), text, ui.available_width());
            let name = name.on_hover_ui(|ui| super::code_view::scenario_hover(ui, state, s));
            let tick = tick.labelled_by(name.id);
            if tick.changed() || name.clicked() {
                commands.push(ScenarioCommand::ToggleCompare(s.id.clone()).into());
            }
        });
        if captured {
            ui.horizontal(|ui| {
                ui.add_space(24.0);
                let key = egui::Id::unique(("rename", s.id.as_str()));
                let mut name: String = ui
                    .data(|d| d.get_temp(key))
                    .unwrap_or_else(|| s.name.clone());
                let name_label = ui.label(tr("compare-name"));
                let edit = ui
                    .add(egui::TextEdit::singleline(&mut name).desired_width(150.0))
                    .labelled_by(name_label.id);
                if edit.changed() {
                    ui.data_mut(|d| d.insert_temp(key, name.clone()));
                }
                if edit.lost_focus() {
                    ui.data_mut(|d| d.remove::<String>(key));
                    if name != s.name {
                        commands.push(
                            ScenarioCommand::Rename {
                                id: s.id.clone(),
                                name,
                            }
                            .into(),
                        );
                    }
                }
            });
            // Each button says which scenario it acts on, for screen readers and tests.
            let named = |r: egui::Response, what: String| {
                r.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        format!("{what} {}", s.name),
                    )
                });
                r
            };
            ui.horizontal(|ui| {
                ui.add_space(24.0);
                if named(ui.small_button(tr("compare-copy")), tr("compare-copy"))
                    .on_hover_text(t!("compare-copy-tip", scenario = s.name.as_str()))
                    .clicked()
                {
                    commands.push(ScenarioCommand::Duplicate(s.id.clone()).into());
                }
                if named(ui.small_button(tr("compare-save")), tr("compare-save-name"))
                    .on_hover_text(tr("compare-save-tip"))
                    .clicked()
                {
                    commands.push(FileRequest::SaveScenario(s.id.clone()).into());
                }
                if named(ui.small_button(tr("compare-delete")), tr("compare-delete"))
                    .on_hover_text(t!("compare-delete-tip", scenario = s.name.as_str()))
                    .clicked()
                {
                    commands.push(ScenarioCommand::Delete(s.id.clone()).into());
                }
            });
        }
    }
}

/// The widest a scenario's name is drawn in a key or a table before it is shortened with an
/// ellipsis (the whole name on hover), in body-text heights.
const NAME_WIDTH: f32 = 11.0;

/// A scenario's name, shortened with an ellipsis to fit `width` points, with the whole name on
/// hover; in its colour.
fn name_label(ui: &mut Ui, name: &str, colour: Color32, width: f32) -> egui::Response {
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.add(egui::Label::new(RichText::new(name).color(colour).strong()).truncate())
    })
    .inner
    .on_hover_text(name)
}

fn chart(ui: &mut Ui, state: &AppState, chosen: &[Compared], commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    let base_year = state.assumptions.base_year;
    let screen = Screen::of(ui, state.presenting());
    let ink = chart::ink(dark);
    let body = ui.text_style_height(&egui::TextStyle::Body);
    // The key above the chart: each scenario once, its swatch its own colour in both line
    // styles; what the styles mean, once.
    let used = ui
        .horizontal_wrapped(|ui| {
            for (i, c) in chosen.iter().enumerate() {
                let colour = theme::scenario_colour(i);
                // A new row rather than an entry that runs off the edge.
                let name = chart::text_width(ui, &c.name).min(body * NAME_WIDTH);
                let needed = body * 1.8 + name + 3.0 * ui.spacing().item_spacing.x;
                if ui.available_size_before_wrap().x < needed {
                    ui.end_row();
                }
                ui.horizontal(|ui| {
                    swatch(ui, colour, screen.line().min(4.0));
                    name_label(ui, &c.name, colour, body * NAME_WIDTH);
                });
                ui.add_space(body * 0.6);
            }
            // What the line styles mean, once for every scenario.
            for (dashed, words) in [
                (false, tr("compare-demand")),
                (true, tr("compare-resources")),
            ] {
                let entry = chart::KeyEntry::new(
                    chart::Swatch::Line {
                        colour: ink,
                        dashed,
                    },
                    words,
                );
                chart::key_entry(ui, &entry, 2.0);
            }
            let prices = t!("compare-prices", year = base_year.to_string());
            chart::keep_together(ui, &prices, 0.0);
            ui.label(RichText::new(prices).color(ui.visuals().weak_text_color()));
        })
        .response
        .rect
        .height();
    let mut data = Extent::default();
    for c in chosen {
        data.add_all(
            c.projection
                .rows
                .iter()
                .flat_map(|r| [r.demand, r.resources]),
        );
    }
    let (lo, hi) = chart::y_range(ui, egui::Id::unique("compare-chart"), data, Some(0.0));
    let first = chosen[0]
        .projection
        .rows
        .first()
        .map_or(base_year, |r| r.year);
    let last = chosen[0]
        .projection
        .rows
        .last()
        .map_or(first + 1, |r| r.year);
    let mut readout = Readout::new(chosen[0].projection.rows.iter().map(|r| r.year).collect());
    for c in chosen {
        readout = readout.money(
            t!("compare-gap-of", scenario = c.name.as_str()),
            c.projection
                .rows
                .iter()
                .map(|r| r.demand - r.resources)
                .collect(),
        );
    }
    // Over two fifths of the screen's height: at 1080p a chart the room can read.
    let screen_height = ui.ctx().content_rect().height();
    let height =
        (ui.available_height() * 0.55 - used).clamp(screen_height * 0.45, screen_height * 0.6);
    let label_width = chart::text_width(ui, "2040");
    let width = ui.available_width() - chart::text_width(ui, "£1,000m") - 40.0;
    let response = chart::plot("compare-jaws", screen, Some(readout))
        .height(height)
        .x_axis_label(tr("compare-year"))
        .y_axis_label(tr("compare-money-a-year"))
        .x_grid_spacer(chart::year_spacer(first, last, 0.4, width, label_width))
        .x_axis_formatter(|mark, _| chart::year_text(mark))
        .y_axis_formatter(chart::money_mark)
        .show(ui, |plot| {
            plot.set_plot_bounds_x(first as f64 - 0.4..=last as f64 + 0.4);
            plot.set_plot_bounds_y(lo..=hi);
            for (
                i,
                Compared {
                    name,
                    projection: p,
                    ..
                },
            ) in chosen.iter().enumerate()
            {
                let c = theme::scenario_colour(i);
                let pts = |f: fn(&crate::model::YearRow) -> f64| -> Vec<[f64; 2]> {
                    p.rows.iter().map(|r| [r.year as f64, f(r)]).collect()
                };
                plot.line(
                    Line::new(
                        t!("compare-demand-of", scenario = name.as_str()),
                        pts(|r| r.demand),
                    )
                    .color(c)
                    .width(screen.line() * 0.85),
                );
                plot.line(
                    Line::new(
                        t!("compare-resources-of", scenario = name.as_str()),
                        pts(|r| r.resources),
                    )
                    .color(c)
                    .width(screen.thin_line())
                    .style(LineStyle::dashed_loose()),
                );
            }
        })
        .response;
    super::menu::chart_menu(&response, ChartKind::Jaws, commands);
}

/// A scenario's swatch in the key: its colour, solid (demand) over dashed (resources).
fn swatch(ui: &mut Ui, colour: Color32, width: f32) {
    let h = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(h * 1.8, h), egui::Sense::hover());
    let painter = ui.painter();
    let (top, bottom) = (rect.top() + h * 0.3, rect.bottom() - h * 0.3);
    painter.line_segment(
        [egui::pos2(rect.left(), top), egui::pos2(rect.right(), top)],
        egui::Stroke::new(width, colour),
    );
    painter.add(egui::Shape::dashed_line(
        &[
            egui::pos2(rect.left(), bottom),
            egui::pos2(rect.right(), bottom),
        ],
        egui::Stroke::new(width * 0.8, colour),
        h * 0.35,
        h * 0.25,
    ));
}

fn headlines(ui: &mut Ui, chosen: &[Compared]) {
    let body = ui.text_style_height(&egui::TextStyle::Body);
    ui.label(RichText::new(tr("compare-headlines")).strong());
    // Wide tables scroll sideways rather than cut columns off.
    egui::ScrollArea::horizontal()
        .id_salt("compare-headlines-scroll")
        .show(ui, |ui| {
            egui::Grid::new("compare-headlines")
                .striped(true)
                .show(ui, |ui| {
                    let last = chosen[0].headlines.final_year;
                    for h in [
                        tr("compare-col-scenario"),
                        t!("compare-col-gap-in", year = last.to_string()),
                        tr("compare-col-total-gap"),
                        tr("compare-col-cant-balance"),
                        tr("compare-col-jaws-close"),
                    ] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for (i, c) in chosen.iter().enumerate() {
                        let h = &c.headlines;
                        name_label(ui, &c.name, theme::scenario_colour(i), body * NAME_WIDTH);
                        ui.label(format::GapReading::of(h.final_gap).phrase());
                        ui.label(format::GapReading::of(h.cumulative_gap).phrase());
                        ui.label(h.reserves_below_minimum.map_or_else(
                            || t!("compare-not-by", year = last.to_string()),
                            |y| y.to_string(),
                        ));
                        ui.label(h.jaws_close.map_or_else(
                            || t!("compare-not-by", year = last.to_string()),
                            |y| y.to_string(),
                        ));
                        ui.end_row();
                    }
                });
        });
}

/// The levers on which the compared scenarios differ, each scenario's value side by side.
fn differences(ui: &mut Ui, state: &AppState, chosen: &[Compared]) {
    let body = ui.text_style_height(&egui::TextStyle::Body);
    ui.label(RichText::new(tr("compare-differ")).strong());
    let differing = &state.derived.differing;
    if differing.is_empty() {
        ui.label(tr("compare-same"));
        return;
    }
    egui::ScrollArea::horizontal()
        .id_salt("compare-levers-scroll")
        .show(ui, |ui| {
            egui::Grid::new("compare-levers")
                .striped(true)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr("compare-lever")).strong());
                    for (i, c) in chosen.iter().enumerate() {
                        name_label(ui, &c.name, theme::scenario_colour(i), body * 8.0);
                    }
                    ui.end_row();
                    for &i in differing {
                        let lever = &state.workshop.levers[i];
                        ui.label(&lever.label).on_hover_text(&lever.description);
                        for c in chosen {
                            ui.label(format::with_unit(c.levers.0[i], &lever.unit));
                        }
                        ui.end_row();
                    }
                });
        });
}
