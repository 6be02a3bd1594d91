//! Scenarios side by side: up to eight on one jaws chart in a colour-blind-safe palette, their
//! headline figures in a table, and the levers on which they differ.

use egui::{Color32, RichText, Ui};
use egui_plot::{Corner, Legend, Line, LineStyle, Plot};

use super::{jaws_chart::year_label, theme};
use crate::app::{AppState, Command, Compared, FileRequest, ScenarioCommand};
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
                .show(ui, |ui| list(ui, state, commands));
        });
    egui::CentralPanel::default().show(ui, |ui| {
        // Projected when the list or the assumptions change, not here.
        let chosen = &state.derived.compared;
        if chosen.is_empty() {
            ui.heading("Compare scenarios");
            ui.label("Tick up to eight scenarios on the left: the workshop's own, those captured here (Capture, or Ctrl+K), and scenario files opened or dropped on the window from other laptops.");
            return;
        }
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            chart(ui, state, chosen, commands);
            ui.add_space(6.0);
            headlines(ui, chosen);
            ui.add_space(6.0);
            differences(ui, state, chosen);
        });
    });
}

fn list(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.heading("Scenarios");
    ui.label(RichText::new("Tick to compare (up to eight). Scenarios captured in this session can be renamed, copied, saved to a file or deleted.").small());
    for s in state.all_scenarios() {
        let captured = state.captured.iter().any(|c| c.id == s.id);
        let position = state.compare.iter().position(|c| *c == s.id);
        ui.horizontal(|ui| {
            let mut on = position.is_some();
            let swatch = position.map_or(Color32::TRANSPARENT, theme::scenario_colour);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 18.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, swatch);
            if ui
                .checkbox(&mut on, &s.name)
                .on_hover_ui(|ui| super::code_view::scenario_hover(ui, state, s))
                .changed()
            {
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
                let name_label = ui.label("Name");
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
            let named = |r: egui::Response, what: &str| {
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
                if named(ui.small_button("Copy"), "Copy")
                    .on_hover_text(format!("Duplicate {}", s.name))
                    .clicked()
                {
                    commands.push(ScenarioCommand::Duplicate(s.id.clone()).into());
                }
                if named(ui.small_button("Save…"), "Save")
                    .on_hover_text("Save as a scenario file, to carry to another laptop")
                    .clicked()
                {
                    commands.push(FileRequest::SaveScenario(s.id.clone()).into());
                }
                if named(ui.small_button("Delete"), "Delete")
                    .on_hover_text(format!("Delete {} (Ctrl+Z undoes)", s.name))
                    .clicked()
                {
                    commands.push(ScenarioCommand::Delete(s.id.clone()).into());
                }
            });
        }
    }
}

fn chart(ui: &mut Ui, state: &AppState, chosen: &[Compared], commands: &mut Vec<Command>) {
    let base_year = state.assumptions.base_year;
    let response = super::jaws_chart::still(Plot::new("compare-jaws"))
        .height((ui.available_height() * 0.5).clamp(240.0, 420.0))
        .legend(
            Legend::default()
                .position(Corner::LeftTop)
                .follow_insertion_order(true)
                .text_style(egui::TextStyle::Small),
        )
        .x_axis_label("Year")
        .y_axis_label(format!("£m a year, {base_year} prices"))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .x_axis_formatter(|m, _| year_label(m.value))
        .y_axis_formatter(|m, _| format::money_axis(m.value))
        .show(ui, |plot| {
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
                    Line::new(format!("{name}: demand"), pts(|r| r.demand))
                        .color(c)
                        .width(3.0),
                );
                plot.line(
                    Line::new(format!("{name}: resources"), pts(|r| r.resources))
                        .color(c)
                        .width(2.0)
                        .style(LineStyle::dashed_loose()),
                );
            }
        })
        .response;
    super::menu::chart_menu(&response, ChartKind::Jaws, commands);
    ui.label(RichText::new("Solid: demand. Dashed: resources. The gap is the space between a scenario's two lines.").small());
}

fn headlines(ui: &mut Ui, chosen: &[Compared]) {
    ui.label(RichText::new("Headline figures").strong());
    egui::Grid::new("compare-headlines")
        .striped(true)
        .show(ui, |ui| {
            let last = chosen[0].headlines.final_year;
            for h in [
                "Scenario",
                &format!("Gap in {last}"),
                "Total gap",
                "Budget can't balance",
                "Jaws close",
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for (i, c) in chosen.iter().enumerate() {
                let h = &c.headlines;
                ui.label(
                    RichText::new(&c.name)
                        .color(theme::scenario_colour(i))
                        .strong(),
                );
                ui.label(format::GapReading::of(h.final_gap).phrase());
                ui.label(format::GapReading::of(h.cumulative_gap).phrase());
                ui.label(
                    h.reserves_below_minimum
                        .map_or(format!("not by {last}"), |y| y.to_string()),
                );
                ui.label(
                    h.jaws_close
                        .map_or(format!("not by {last}"), |y| y.to_string()),
                );
                ui.end_row();
            }
        });
}

/// The levers on which the compared scenarios differ, each scenario's value side by side.
fn differences(ui: &mut Ui, state: &AppState, chosen: &[Compared]) {
    ui.label(RichText::new("Where they differ").strong());
    let differing = &state.derived.differing;
    if differing.is_empty() {
        ui.label("Every lever is the same in these scenarios.");
        return;
    }
    egui::Grid::new("compare-levers")
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new("Lever").strong());
            for (i, c) in chosen.iter().enumerate() {
                ui.label(
                    RichText::new(&c.name)
                        .color(theme::scenario_colour(i))
                        .strong(),
                );
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
}
