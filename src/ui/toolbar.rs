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
            (View::Compare, "Compare", "Scenarios side by side"),
            (View::Deal, "Our deal", "The commitments the room agrees"),
        ] {
            if ui.selectable_label(state.view == view, name).on_hover_text(tip).clicked() {
                commands.push(Command::SetView(view));
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
            commands.push(Command::StartPresenting);
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
        if ui
            .button("Capture")
            .on_hover_text("Keep the levers as they stand as a named scenario (Ctrl+K)")
            .clicked()
        {
            commands.push(Command::OpenCapture);
        }
        file_menu(ui, state, commands);
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

/// Save and open the room's work, export charts and the report.
fn file_menu(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.menu_button("File", |ui| {
        if ui
            .button("Workshops…")
            .on_hover_text(
                "Choose another workshop: those built in, in a workshops folder, or recent files",
            )
            .clicked()
        {
            commands.push(Command::OpenWorkshopPicker);
            ui.close();
        }
        ui.separator();
        if ui
            .button("Save session")
            .on_hover_text("Save where it was last saved")
            .clicked()
        {
            match &state.session_path {
                Some(p) => commands.push(Command::SaveSession(Some(p.clone()))),
                None => save_as(state, commands),
            }
            ui.close();
        }
        if ui.button("Save session as…").clicked() {
            save_as(state, commands);
            ui.close();
        }
        if ui
            .button("Open sessions or scenarios…")
            .on_hover_text("Or drop files on the window")
            .clicked()
        {
            if let Some(paths) = state.picker.open_files("Open Jaws files") {
                commands.push(Command::OpenFiles(paths));
            }
            ui.close();
        }
        ui.separator();
        if ui
            .button("Export the chart…")
            .on_hover_text(
                "The compared scenarios (or the levers as they stand) as PNG or SVG, for slides",
            )
            .clicked()
        {
            if let Some(path) = state.picker.save_file("Export chart", "jaws.png", "png") {
                commands.push(Command::ExportChart(path));
            }
            ui.close();
        }
        if ui
            .button("Write the report…")
            .on_hover_text(
                "A self-contained HTML report (and Markdown) of the session, in a folder",
            )
            .clicked()
        {
            if let Some(dir) = state.picker.pick_folder("Folder for the report") {
                commands.push(Command::WriteReport(dir));
            }
            ui.close();
        }
        if !state.recent.is_empty() {
            ui.separator();
            ui.label(RichText::new("Recent").small());
            for p in &state.recent {
                let name = p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui
                    .button(name)
                    .on_hover_text(p.display().to_string())
                    .clicked()
                {
                    commands.push(Command::OpenFiles(vec![p.clone()]));
                    ui.close();
                }
            }
        }
        ui.separator();
        super::about::menu_entry(ui);
    });
}

fn save_as(state: &AppState, commands: &mut Vec<Command>) {
    let extension = crate::workshop::FileKind::Session.extension();
    let suggested = format!("{}.{extension}", state.workshop.id);
    if let Some(path) = state
        .picker
        .save_file("Save session", &suggested, extension)
    {
        commands.push(Command::SaveSession(Some(path)));
    }
}
