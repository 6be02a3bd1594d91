//! The window: `shell.rs` (the eframe app) runs the views, which read the app state and its
//! derived results and push commands; `app::AppState::apply` does the rest. One file a view
//! or panel.

pub mod analyse_view;
pub mod assumptions_panel;
pub mod chart;
pub mod compare_view;
pub mod deal_view;
pub mod explore;
pub mod facilitator_notes;
pub mod headlines;
pub mod jaws_chart;
pub mod lever_panel;
pub mod linked_charts;
pub mod map_view;
pub mod present_view;
pub mod shell;
pub mod theme;
pub mod toolbar;
pub mod workshop_picker;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::app::{
    AppState, Command, HistoryCommand, PresentCommand, ScenarioCommand, SessionCommand, View,
    WindowCommand,
};

/// Draw the whole window for one frame; returns what the user asked for.
pub fn show(ui: &mut Ui, state: &AppState) -> Vec<Command> {
    if state.presenting() {
        let mut commands = present_view::keys(ui, state);
        commands.extend(shortcuts(ui, state));
        dialogs(ui, state, &mut commands);
        present_view::show(ui, state, &mut commands);
        return commands;
    }
    let mut commands = shortcuts(ui, state);
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.add_space(4.0);
        toolbar::show(ui, state, &mut commands);
        ui.add_space(2.0);
    });
    // While the workshop picker is open it explains the problems itself.
    if !state.load_problems.is_empty() && state.workshop_picker.is_none() {
        egui::Panel::top("problems").show(ui, |ui| {
            let warn = theme::warning_colour(state.prefs.dark_mode);
            ui.label(RichText::new("The workshop asked for could not be opened; showing the bundled workshop instead.").color(warn).strong());
            for p in &state.load_problems {
                ui.label(RichText::new(p).color(warn).monospace());
            }
        });
    }
    if let Some(notice) = &state.notice {
        egui::Panel::bottom("notice").show(ui, |ui| {
            ui.horizontal(|ui| {
                let colour = if notice.error {
                    theme::warning_colour(state.prefs.dark_mode)
                } else {
                    ui.visuals().text_color()
                };
                ui.label(RichText::new(&notice.text).color(colour));
                if ui.small_button("OK").clicked() {
                    commands.push(WindowCommand::DismissNotice.into());
                }
            });
        });
    }
    dialogs(ui, state, &mut commands);
    workshop_picker::show(ui, state, &mut commands);
    match state.view {
        View::Explore => explore::show(ui, state, &mut commands),
        View::Map => map_view::show(ui, state, &mut commands),
        View::Analyse => analyse_view::show(ui, state, &mut commands),
        View::Compare => compare_view::show(ui, state, &mut commands),
        View::Deal => deal_view::show(ui, state, &mut commands),
    }
    commands
}

/// The capture dialog, and the offer to restore a session after a crash.
fn dialogs(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    if let Some((name, note)) = &state.capture_draft {
        egui::Modal::new(egui::Id::unique("capture-dialog")).show(ui.ctx(), |ui| {
            ui.heading("Capture these levers as a scenario");
            let (mut name, mut note) = (name.clone(), note.clone());
            let name_label = ui.label("Name");
            let edit = ui
                .add(egui::TextEdit::singleline(&mut name).desired_width(320.0))
                .labelled_by(name_label.id);
            if !edit.has_focus() && name.starts_with("Scenario ") && note.is_empty() {
                edit.request_focus();
            }
            let note_label = ui.label("Note (what the table was thinking)");
            ui.add(
                egui::TextEdit::multiline(&mut note)
                    .desired_rows(3)
                    .desired_width(320.0),
            )
            .labelled_by(note_label.id);
            if (&name, &note)
                != (
                    &state.capture_draft.as_ref().unwrap().0,
                    &state.capture_draft.as_ref().unwrap().1,
                )
            {
                commands.push(
                    ScenarioCommand::EditCaptureDialog {
                        name: name.clone(),
                        note: note.clone(),
                    }
                    .into(),
                );
            }
            ui.horizontal(|ui| {
                let enter = ui.input(|i| i.key_pressed(Key::Enter) && !i.modifiers.shift)
                    && !note.contains('\n');
                if ui
                    .button(RichText::new("Capture scenario").strong())
                    .clicked()
                    || (enter && edit.lost_focus())
                {
                    commands.push(ScenarioCommand::EditCaptureDialog { name, note }.into());
                    commands.push(ScenarioCommand::ConfirmCaptureDialog.into());
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                    commands.push(ScenarioCommand::CancelCaptureDialog.into());
                }
            });
        });
    }
    if let Some((path, session)) = &state.pending_restore {
        egui::Modal::new(egui::Id::unique("restore-dialog")).show(ui.ctx(), |ui| {
            ui.heading("Restore the last session?");
            ui.label(format!(
                "Jaws did not close properly last time. The session was saved with {} scenario(s) and {} commitment(s) in {}.",
                session.scenarios.len(),
                session.deal.len(),
                path.display()
            ));
            ui.horizontal(|ui| {
                if ui.button(RichText::new("Restore it").strong()).clicked() {
                    commands.push(SessionCommand::RestoreAutosave.into());
                }
                if ui.button("Start fresh").on_hover_text("The saved file stays where it is until this session is saved over it").clicked() {
                    commands.push(SessionCommand::DismissRestore.into());
                }
            });
        });
    }
}

/// Keyboard shortcuts that work anywhere in the window.
fn shortcuts(ui: &Ui, state: &AppState) -> Vec<Command> {
    let mut out = Vec::new();
    let redo_shift = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
    let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    let capture = KeyboardShortcut::new(Modifiers::COMMAND, Key::K);
    ui.input_mut(|i| {
        // Redo first: Ctrl+Shift+Z would otherwise also match Ctrl+Z.
        if i.consume_shortcut(&redo_shift) || i.consume_shortcut(&redo_y) {
            out.push(HistoryCommand::Redo.into());
        } else if i.consume_shortcut(&undo) {
            out.push(HistoryCommand::Undo.into());
        }
        if i.consume_shortcut(&capture) {
            out.push(ScenarioCommand::OpenCaptureDialog.into());
        }
    });
    // R replays (while presenting it reveals a prediction instead), unless someone is typing.
    if !ui.ctx().egui_wants_keyboard_input()
        && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::R))
    {
        out.push(HistoryCommand::ReplayLastChange.into());
    }
    if !state.presenting() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F5)) {
        out.push(PresentCommand::Start.into());
    }
    out
}
