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
        notice_bar(ui, state, notice, &mut commands);
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

/// How long a notice that reports something done stays before it fades away, in seconds.
/// (A notice of something wrong stays until dismissed.)
const NOTICE_SECONDS: f64 = 8.0;

/// A notice at the foot of the window: OK or Esc dismisses it; one that only reports
/// something done fades away by itself after a few seconds.
fn notice_bar(
    ui: &mut Ui,
    state: &AppState,
    notice: &crate::app::Notice,
    commands: &mut Vec<Command>,
) {
    let now = ui.input(|i| i.time);
    // When this notice was first shown (the window's memory, not the session's).
    let key = egui::Id::unique("notice-shown");
    let shown = match ui.data(|d| d.get_temp::<(String, f64)>(key)) {
        Some((text, at)) if text == notice.text => at,
        _ => {
            ui.data_mut(|d| d.insert_temp(key, (notice.text.clone(), now)));
            now
        }
    };
    let age = now - shown;
    let fading = !notice.error;
    if fading && age >= NOTICE_SECONDS {
        commands.push(WindowCommand::DismissNotice.into());
        return;
    }
    // Esc dismisses it, unless a dialog or someone typing has the key.
    let dialog = state.capture_draft.is_some()
        || state.pending_restore.is_some()
        || state.workshop_picker.is_some();
    if !dialog
        && !ui.ctx().egui_wants_keyboard_input()
        && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
    {
        commands.push(WindowCommand::DismissNotice.into());
        return;
    }
    // The last second of its time, it fades.
    let opacity = if fading {
        ((NOTICE_SECONDS - age) as f32).clamp(0.0, 1.0)
    } else {
        1.0
    };
    if fading {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(
                (NOTICE_SECONDS - 1.0 - age).max(0.05),
            ));
    }
    egui::Panel::bottom("notice").show(ui, |ui| {
        ui.horizontal(|ui| {
            let colour = if notice.error {
                theme::warning_colour(state.prefs.dark_mode)
            } else {
                ui.visuals().text_color()
            };
            ui.label(RichText::new(&notice.text).color(colour.gamma_multiply(opacity)));
            if ui
                .small_button("OK")
                .on_hover_text("Dismiss this message (Esc)")
                .clicked()
            {
                commands.push(WindowCommand::DismissNotice.into());
            }
        });
    });
}

/// The capture dialog, and the offer to restore a session after a crash.
fn dialogs(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    // Whether the capture dialog was open last frame, so the cursor goes to Name as it opens.
    let opened_key = egui::Id::unique("capture-dialog-open");
    if let Some((draft_name, draft_note)) = &state.capture_draft {
        let was_open = ui.data(|d| d.get_temp::<bool>(opened_key)).unwrap_or(false);
        ui.data_mut(|d| d.insert_temp(opened_key, true));
        let modal = egui::Modal::new(egui::Id::unique("capture-dialog")).show(ui.ctx(), |ui| {
            ui.heading("Capture these levers as a scenario");
            let (mut name, mut note) = (draft_name.clone(), draft_note.clone());
            let name_label = ui.label("Name");
            let edit = ui
                .add(egui::TextEdit::singleline(&mut name).desired_width(320.0))
                .labelled_by(name_label.id);
            if !was_open {
                edit.request_focus();
            }
            let note_label = ui.label("Note (what the table was thinking)");
            let note_edit = ui
                .add(
                    egui::TextEdit::multiline(&mut note)
                        .desired_rows(3)
                        .desired_width(320.0),
                )
                .labelled_by(note_label.id);
            if (&name, &note) != (draft_name, draft_note) {
                commands.push(
                    ScenarioCommand::EditCaptureDialog {
                        name: name.clone(),
                        note: note.clone(),
                    }
                    .into(),
                );
            }
            // Enter captures, except in the note, where it starts a new line.
            let enter = ui.input(|i| i.key_pressed(Key::Enter) && !i.modifiers.shift)
                && !note_edit.has_focus()
                && !note_edit.lost_focus();
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new("Capture scenario").strong())
                    .on_hover_text("Keep the levers as they stand under this name (Enter)")
                    .clicked()
                    || enter
                {
                    commands.push(ScenarioCommand::EditCaptureDialog { name, note }.into());
                    commands.push(ScenarioCommand::ConfirmCaptureDialog.into());
                }
                if ui.button("Cancel").on_hover_text("Esc").clicked() {
                    commands.push(ScenarioCommand::CancelCaptureDialog.into());
                }
            });
        });
        // One Esc closes it, wherever the cursor is (a click outside leaves it open: a name
        // half-typed is not thrown away by a slip of the hand).
        if ui.input(|i| i.key_pressed(Key::Escape)) && modal.is_top_modal {
            commands.push(ScenarioCommand::CancelCaptureDialog.into());
        }
    } else {
        ui.data_mut(|d| d.remove::<bool>(opened_key));
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
