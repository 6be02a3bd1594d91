//! The bar across the top: scenario, baseline, undo and redo, replay, assumptions, theme.

use egui::{RichText, Ui};

use super::theme;
use crate::app::{
    AppState, Command, HistoryCommand, PresentCommand, ScenarioCommand, View, WindowCommand,
};

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Jaws").font(theme::bold(22.0)));
        ui.separator();
        for (view, name, tip) in [
            (View::Explore, "Explore", "Levers and the jaws chart"),
            (View::Map, "Map", "The four domains and how the drivers act on each other"),
            (View::Analyse, "What would it take?", "What moves the gap most, and the smallest change that closes it"),
            (View::Compare, "Compare", "Scenarios side by side"),
            (View::Deal, "Our deal", "The commitments the room agrees"),
        ] {
            if ui.selectable_label(state.view == view, name).on_hover_text(tip).clicked() {
                commands.push(WindowCommand::SetView(view).into());
            }
        }
        let stages = state.workshop.stages.len();
        if ui
            .add_enabled(stages > 0, egui::Button::new(RichText::new("▶ Present").strong()))
            .on_hover_text(format!(
                "Present the workshop's {stages} stages full screen, with your notes in a second window (F5; Esc leaves)"
            ))
            .on_disabled_hover_text("This workshop has no stages to present")
            .clicked()
        {
            commands.push(PresentCommand::Start.into());
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
                    if ui
                        .selectable_label(selected, &s.name)
                        .on_hover_ui(|ui| super::code_view::scenario_hover(ui, state, s))
                        .clicked()
                    {
                        commands.push(ScenarioCommand::Load(s.id.clone()).into());
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
            commands.push(ScenarioCommand::ResetToLoaded.into());
        }
        super::code_view::badge(ui, state);

        let baseline = state
            .baseline
            .as_deref()
            .and_then(|id| state.find_scenario(id))
            .map_or("nothing".to_string(), |s| s.name.clone());
        egui::ComboBox::from_label("Compare with")
            .selected_text(baseline)
            .show_ui(ui, |ui| {
                if ui.selectable_label(state.baseline.is_none(), "nothing").clicked() {
                    commands.push(ScenarioCommand::SetBaseline(None).into());
                }
                for s in state.all_scenarios() {
                    let selected = state.baseline.as_deref() == Some(s.id.as_str());
                    if ui.selectable_label(selected, &s.name).clicked() {
                        commands.push(ScenarioCommand::SetBaseline(Some(s.id.clone())).into());
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
            commands.push(HistoryCommand::Undo.into());
        }
        if ui
            .add_enabled(state.history.can_redo(), egui::Button::new("↷ Redo"))
            .on_hover_text("Redo (Ctrl+Shift+Z or Ctrl+Y)")
            .clicked()
        {
            commands.push(HistoryCommand::Redo.into());
        }
        if ui
            .add_enabled(state.history.can_undo(), egui::Button::new("▶ Replay"))
            .on_hover_text("Replay the last change: the curves move from before it to after it, so the room sees what moved (R)")
            .clicked()
        {
            commands.push(HistoryCommand::ReplayLastChange.into());
        }
        ui.separator();
        if ui
            .button("Capture")
            .on_hover_text("Keep the levers as they stand as a named scenario (Ctrl+K)")
            .clicked()
        {
            commands.push(ScenarioCommand::OpenCaptureDialog.into());
        }
        super::menu::file_menu(ui, state, commands);
        super::menu::help_menu(ui);
        ui.separator();
        let mut uncertainty = state.show_uncertainty;
        if ui
            .checkbox(&mut uncertainty, "Uncertainty")
            .on_hover_text("Shade the range the curves could take across the workshop's uncertain assumptions: darker for the middle half of futures, lighter for nine in ten")
            .changed()
        {
            commands.push(WindowCommand::SetUncertainty(uncertainty).into());
        }
        if ui
            .selectable_label(state.assumptions_open, "Assumptions")
            .on_hover_text("The context no lever controls: budget, reserves, demography, inflation. Put in your own council's numbers.")
            .clicked()
        {
            commands.push(WindowCommand::ToggleAssumptions.into());
        }
        let (icon, tip) = if state.prefs.dark_mode {
            ("☀ Light", "Switch to the light theme")
        } else {
            ("☾ Dark", "Switch to the dark theme")
        };
        if ui.button(icon).on_hover_text(tip).clicked() {
            commands.push(WindowCommand::SetDarkMode(!state.prefs.dark_mode).into());
        }
    });
}
