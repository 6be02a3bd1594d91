//! The bar across the top: scenario, baseline, undo and redo, replay, assumptions, theme.

use egui::{RichText, Ui};

use super::theme;
use crate::app::{AppState, Command, View};

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Jaws").font(theme::bold(22.0)));
        ui.separator();
        for (view, name, tip) in [
            (View::Explore, "Explore", "Levers and the jaws chart"),
            (View::Map, "Map", "The four domains and how the drivers act on each other"),
            (View::Analyse, "What would it take?", "What moves the gap most, and the smallest change that closes it"),
        ] {
            if ui.selectable_label(state.view == view, name).on_hover_text(tip).clicked() {
                commands.push(Command::SetView(view));
            }
        }
        ui.separator();

        let current = state
            .scenario
            .as_deref()
            .and_then(|id| state.find_scenario(id))
            .map_or("(your own settings)".to_string(), |s| s.name.clone());
        egui::ComboBox::from_label("Scenario")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for s in state.all_scenarios() {
                    let selected = state.scenario.as_deref() == Some(s.id.as_str());
                    if ui.selectable_label(selected, &s.name).on_hover_text(&s.note).clicked() {
                        commands.push(Command::LoadScenario(s.id.clone()));
                    }
                }
            })
            .response
            .on_hover_text("Load a scenario's lever settings. Undo brings back what you had.");
        if ui
            .button("Reset to scenario")
            .on_hover_text("Put the levers back to the scenario last loaded")
            .clicked()
        {
            commands.push(Command::ResetToScenario);
        }

        let baseline = state
            .baseline
            .as_deref()
            .and_then(|id| state.find_scenario(id))
            .map_or("nothing".to_string(), |s| s.name.clone());
        egui::ComboBox::from_label("Compare with")
            .selected_text(baseline)
            .show_ui(ui, |ui| {
                if ui.selectable_label(state.baseline.is_none(), "nothing").clicked() {
                    commands.push(Command::SetBaseline(None));
                }
                for s in state.all_scenarios() {
                    let selected = state.baseline.as_deref() == Some(s.id.as_str());
                    if ui.selectable_label(selected, &s.name).clicked() {
                        commands.push(Command::SetBaseline(Some(s.id.clone())));
                    }
                }
            })
            .response
            .on_hover_text("The scenario drawn faintly behind your curves");
        ui.separator();

        if ui
            .add_enabled(state.history.can_undo(), egui::Button::new("↶ Undo"))
            .on_hover_text("Undo the last change (Ctrl+Z)")
            .clicked()
        {
            commands.push(Command::Undo);
        }
        if ui
            .add_enabled(state.history.can_redo(), egui::Button::new("↷ Redo"))
            .on_hover_text("Redo (Ctrl+Shift+Z or Ctrl+Y)")
            .clicked()
        {
            commands.push(Command::Redo);
        }
        if ui
            .add_enabled(state.history.can_undo(), egui::Button::new("▶ Replay"))
            .on_hover_text("Replay the last change: the curves move from before it to after it, so the room sees what moved (R)")
            .clicked()
        {
            commands.push(Command::ReplayLastChange);
        }
        ui.separator();
        let mut uncertainty = state.show_uncertainty;
        if ui
            .checkbox(&mut uncertainty, "Uncertainty")
            .on_hover_text("Shade the range the curves could take across the workshop's uncertain assumptions: darker for the middle half of futures, lighter for nine in ten")
            .changed()
        {
            commands.push(Command::SetUncertainty(uncertainty));
        }
        if ui
            .selectable_label(state.assumptions_open, "Assumptions")
            .on_hover_text("The context no lever controls: budget, reserves, demography, inflation. Put in your own council's numbers.")
            .clicked()
        {
            commands.push(Command::ToggleAssumptions);
        }
        let (icon, tip) = if state.prefs.dark_mode {
            ("☀ Light", "Switch to the light theme")
        } else {
            ("☾ Dark", "Switch to the dark theme")
        };
        if ui.button(icon).on_hover_text(tip).clicked() {
            commands.push(Command::SetDarkMode(!state.prefs.dark_mode));
        }
    });
}
