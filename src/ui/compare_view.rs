//! Scenarios side by side: up to eight on one jaws chart in a colour-blind-safe palette, their
//! headline figures in a table, and the levers on which they differ.

use egui::{Color32, RichText, Ui};
use egui_plot::{Corner, Legend, Line, LineStyle, Plot};

use super::{format, jaws_chart::year_label};
use crate::app::{AppState, Command};
use crate::model::{Projection, simulate};

const SCENARIO_EXTENSION: &str = crate::workshop::FileKind::Scenario.extension();

/// Okabe–Ito: eight colours that stay apart for the common kinds of colour blindness.
pub const PALETTE: [Color32; 8] = [
    Color32::from_rgb(0xE6, 0x9F, 0x00),
    Color32::from_rgb(0x56, 0xB4, 0xE9),
    Color32::from_rgb(0x00, 0x9E, 0x73),
    Color32::from_rgb(0xF0, 0xE4, 0x42),
    Color32::from_rgb(0x00, 0x72, 0xB2),
    Color32::from_rgb(0xD5, 0x5E, 0x00),
    Color32::from_rgb(0xCC, 0x79, 0xA7),
    Color32::from_rgb(0x99, 0x99, 0x99),
];

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
        let chosen: Vec<(String, Projection)> = state
            .compare
            .iter()
            .filter_map(|id| state.find_scenario(id))
            .map(|s| (s.name.clone(), simulate(&state.assumptions, &state.workshop.values_for(s))))
            .collect();
        if chosen.is_empty() {
            ui.heading("Compare scenarios");
            ui.label("Tick up to eight scenarios on the left: the workshop's own, those captured here (Capture, or Ctrl+K), and scenario files opened or dropped on the window from other laptops.");
            return;
        }
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            chart(ui, state, &chosen);
            ui.add_space(6.0);
            headlines(ui, &chosen);
            ui.add_space(6.0);
            differences(ui, state);
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
            let swatch = position.map_or(Color32::TRANSPARENT, |i| PALETTE[i]);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 18.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, swatch);
            if ui
                .checkbox(&mut on, &s.name)
                .on_hover_text(&s.note)
                .changed()
            {
                commands.push(Command::ToggleCompare(s.id.clone()));
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
                        commands.push(Command::RenameScenario {
                            id: s.id.clone(),
                            name,
                        });
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
                    commands.push(Command::DuplicateScenario(s.id.clone()));
                }
                if named(ui.small_button("Save…"), "Save")
                    .on_hover_text("Save as a scenario file, to carry to another laptop")
                    .clicked()
                    && let Some(path) = state.picker.save_file(
                        "Save scenario",
                        &format!("{}.{SCENARIO_EXTENSION}", s.id),
                        SCENARIO_EXTENSION,
                    )
                {
                    commands.push(Command::SaveScenario {
                        id: s.id.clone(),
                        path,
                    });
                }
                if named(ui.small_button("Delete"), "Delete")
                    .on_hover_text(format!("Delete {} (Ctrl+Z undoes)", s.name))
                    .clicked()
                {
                    commands.push(Command::DeleteScenario(s.id.clone()));
                }
            });
        }
    }
}

fn chart(ui: &mut Ui, state: &AppState, chosen: &[(String, Projection)]) {
    let base_year = state.assumptions.base_year;
    super::jaws_chart::still(Plot::new("compare-jaws"))
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
        .y_axis_formatter(|m, _| format!("£{:.0}m", m.value))
        .show(ui, |plot| {
            for (i, (name, p)) in chosen.iter().enumerate() {
                let c = PALETTE[i % PALETTE.len()];
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
        });
    ui.label(RichText::new("Solid: demand. Dashed: resources. The gap is the space between a scenario's two lines.").small());
}

fn headlines(ui: &mut Ui, chosen: &[(String, Projection)]) {
    ui.label(RichText::new("Headline figures").strong());
    egui::Grid::new("compare-headlines")
        .striped(true)
        .show(ui, |ui| {
            let last = chosen[0].1.final_row().year;
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
            for (i, (name, p)) in chosen.iter().enumerate() {
                let h = p.headlines();
                ui.label(
                    RichText::new(name)
                        .color(PALETTE[i % PALETTE.len()])
                        .strong(),
                );
                ui.label(format::money(h.final_gap));
                ui.label(format::money(h.cumulative_gap));
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
fn differences(ui: &mut Ui, state: &AppState) {
    let scenarios: Vec<_> = state
        .compare
        .iter()
        .filter_map(|id| state.find_scenario(id))
        .collect();
    let values: Vec<_> = scenarios
        .iter()
        .map(|s| state.workshop.values_for(s))
        .collect();
    let differing: Vec<usize> = (0..state.workshop.levers.len())
        .filter(|&i| {
            values
                .iter()
                .any(|v| (v.0[i] - values[0].0[i]).abs() > 1e-9)
        })
        .collect();
    ui.label(RichText::new("Where they differ").strong());
    if differing.is_empty() {
        ui.label("Every lever is the same in these scenarios.");
        return;
    }
    egui::Grid::new("compare-levers")
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new("Lever").strong());
            for (i, s) in scenarios.iter().enumerate() {
                ui.label(
                    RichText::new(&s.name)
                        .color(PALETTE[i % PALETTE.len()])
                        .strong(),
                );
            }
            ui.end_row();
            for i in differing {
                let lever = &state.workshop.levers[i];
                ui.label(&lever.label).on_hover_text(&lever.description);
                for v in &values {
                    ui.label(format::with_unit(v.0[i], &lever.unit));
                }
                ui.end_row();
            }
        });
}
