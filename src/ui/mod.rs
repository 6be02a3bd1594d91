//! The window: `shell.rs` (the eframe app) runs the views, which read the app state and its
//! derived results and push commands; `app::AppState::apply` does the rest. One file a view
//! or panel.

use crate::i18n::tr;
use crate::t;
pub mod about;
pub mod analyse_view;
pub mod assumptions_panel;
pub mod chart;
pub mod code_view;
pub mod compare_view;
pub mod deal_view;
pub mod explore;
pub mod facilitator_notes;
pub mod headlines;
pub mod jaws_chart;
pub mod lever_panel;
pub mod linked_charts;
pub mod map_view;
pub mod menu;
pub mod present_view;
pub mod shell;
pub mod theme;
pub mod toolbar;
pub mod workshop_picker;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::app::{
    AppState, Command, FileCommand, FileRequest, HistoryCommand, Notice, PendingRestore,
    PresentCommand, ScenarioCommand, SessionCommand, View, WindowCommand,
};

/// Draw the whole window for one frame; returns what the user asked for.
pub fn show(ui: &mut Ui, state: &AppState) -> Vec<Command> {
    // Keys must not act behind a dialog that waits for an answer about the room's work.
    let keys_free = state.pending_restore.is_none() && state.close_blocked.is_none();
    if state.presenting() {
        let mut commands = Vec::new();
        if keys_free {
            commands.extend(present_view::keys(ui, state));
            commands.extend(shortcuts(ui, state));
        }
        dialogs(ui, state, &mut commands);
        present_view::show(ui, state, &mut commands);
        return commands;
    }
    let mut commands = if keys_free {
        shortcuts(ui, state)
    } else {
        Vec::new()
    };
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.add_space(4.0);
        toolbar::show(ui, state, &mut commands);
        ui.add_space(2.0);
    });
    // While the workshop picker is open it explains the problems itself.
    if !state.load_problems.is_empty() && state.workshop_picker.is_none() {
        egui::Panel::top("problems").show(ui, |ui| {
            let warn = theme::warning_colour(state.prefs.dark_mode);
            ui.label(RichText::new(tr("load-problems")).color(warn).strong());
            for p in &state.load_problems {
                ui.label(RichText::new(p).color(warn).monospace());
            }
        });
    }
    if let Some(notice) = &state.notice {
        notice_line(ui, state, notice, &mut commands);
    }
    dialogs(ui, state, &mut commands);
    workshop_picker::show(ui, state, &mut commands);
    about::show(ui.ctx());
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

/// The message at the foot of the window: OK or Esc dismisses it; one that only reports
/// something done fades away by itself after a few seconds. It wraps, however long it is (a
/// path, a list of problems), and its OK button stays at the right, in reach; a very long
/// message scrolls.
fn notice_line(ui: &mut Ui, state: &AppState, notice: &Notice, commands: &mut Vec<Command>) {
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
        || state.code_draft.is_some()
        || state.pending_restore.is_some()
        || state.close_blocked.is_some()
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
        let colour = if notice.error {
            theme::warning_colour(state.prefs.dark_mode)
        } else {
            ui.visuals().text_color()
        };
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            if ui
                .small_button(tr("notice-ok"))
                .on_hover_text(tr("notice-dismiss-tip"))
                .clicked()
            {
                commands.push(WindowCommand::DismissNotice.into());
            }
            egui::ScrollArea::vertical()
                .max_height(ui.ctx().content_rect().height() / 4.0)
                .show(ui, |ui| {
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(&notice.text).color(colour.gamma_multiply(opacity)),
                            )
                            .wrap(),
                        );
                    });
                });
        });
    });
}

/// The capture and scenario code dialogs, and the offer to restore a session after a crash.
fn dialogs(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    code_view::dialog(ui, state, commands);
    // Whether the capture dialog was open last frame, so the cursor goes to Name as it opens.
    let opened_key = egui::Id::unique("capture-dialog-open");
    if let Some((draft_name, draft_note)) = &state.capture_draft {
        let was_open = ui.data(|d| d.get_temp::<bool>(opened_key)).unwrap_or(false);
        ui.data_mut(|d| d.insert_temp(opened_key, true));
        let modal = egui::Modal::new(egui::Id::unique("capture-dialog")).show(ui.ctx(), |ui| {
            ui.heading(tr("capture-heading"));
            let (mut name, mut note) = (draft_name.clone(), draft_note.clone());
            let name_label = ui.label(tr("capture-name"));
            let edit = ui
                .add(egui::TextEdit::singleline(&mut name).desired_width(320.0))
                .labelled_by(name_label.id);
            if !was_open {
                edit.request_focus();
            }
            let note_label = ui.label(tr("capture-note"));
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
                    .button(RichText::new(tr("capture-button")).strong())
                    .on_hover_text(tr("capture-button-tip"))
                    .clicked()
                    || enter
                {
                    commands.push(ScenarioCommand::EditCaptureDialog { name, note }.into());
                    commands.push(ScenarioCommand::ConfirmCaptureDialog.into());
                }
                if ui
                    .button(tr("dialog-cancel"))
                    .on_hover_text(tr("dialog-esc"))
                    .clicked()
                {
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
    if let Some(offer) = &state.pending_restore {
        restore_dialog(ui, state, offer, commands);
    }
    if let Some(problem) = &state.close_blocked {
        egui::Modal::new(egui::Id::unique("close-blocked-dialog")).show(ui.ctx(), |ui| {
            ui.set_max_width(560.0);
            ui.heading(tr("close-heading"));
            ui.add(egui::Label::new(problem.as_str()).wrap());
            ui.label(tr("close-text"));
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr("close-save-as")).strong())
                    .clicked()
                {
                    commands.push(FileCommand::Ask(FileRequest::SaveSessionAs).into());
                }
                if ui.button(tr("close-keep-working")).clicked() {
                    commands.push(SessionCommand::KeepWorking.into());
                }
                if ui.button(tr("close-without-saving")).clicked() {
                    commands.push(SessionCommand::CloseWithoutSaving.into());
                }
            });
        });
    }
}

/// tr("restore-heading"): the whole session, or what of it still fits the workshop
/// with the located problems that stopped the rest. The buttons stay in reach however long
/// the list of problems is.
fn restore_dialog(ui: &Ui, state: &AppState, offer: &PendingRestore, commands: &mut Vec<Command>) {
    let session = &offer.session;
    egui::Modal::new(egui::Id::unique("restore-dialog")).show(ui.ctx(), |ui| {
        ui.set_max_width(640.0);
        ui.heading(tr("restore-heading"));
        let scenarios = crate::present::format::count(session.scenarios.len(), "count-scenario");
        let deal = crate::present::format::count(session.deal.len(), "count-commitment");
        let held = t!(
            if session.notes.trim().is_empty() {
                "restore-held"
            } else {
                "restore-held-notes"
            },
            scenarios = scenarios,
            deal = deal
        );
        let (text, restore, fresh_hint) = match &offer.kept_aside {
            None => (
                t!(
                    "restore-crashed",
                    held = held.as_str(),
                    path = offer.path.display().to_string()
                ),
                tr("restore-it"),
                tr("restore-it-tip"),
            ),
            Some(aside) => (
                t!(
                    "restore-crashed-aside",
                    held = held.as_str(),
                    path = aside.display().to_string()
                ),
                tr("restore-what-fits"),
                tr("restore-what-fits-tip"),
            ),
        };
        ui.add(egui::Label::new(text).wrap());
        ui.horizontal(|ui| {
            if ui.button(RichText::new(restore).strong()).clicked() {
                commands.push(SessionCommand::RestoreAutosave.into());
            }
            if ui
                .button(tr("restore-fresh"))
                .on_hover_text(fresh_hint)
                .clicked()
            {
                commands.push(SessionCommand::DismissRestore.into());
            }
        });
        if offer.partial() {
            ui.add_space(6.0);
            ui.label(RichText::new(tr("restore-not-fit")).strong());
            let warn = theme::warning_colour(state.prefs.dark_mode);
            egui::ScrollArea::vertical()
                .max_height(ui.ctx().content_rect().height() / 3.0)
                .show(ui, |ui| {
                    for p in &offer.problems {
                        ui.add(egui::Label::new(RichText::new(p).color(warn).monospace()).wrap());
                    }
                });
        }
    });
}

/// Keyboard shortcuts that work anywhere in the window.
fn shortcuts(ui: &Ui, state: &AppState) -> Vec<Command> {
    let mut out = Vec::new();
    let redo_shift = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
    let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    menu::shortcuts(ui, state, &mut out);
    ui.input_mut(|i| {
        // Redo first: Ctrl+Shift+Z would otherwise also match Ctrl+Z.
        if i.consume_shortcut(&redo_shift) || i.consume_shortcut(&redo_y) {
            out.push(HistoryCommand::Redo.into());
        } else if i.consume_shortcut(&undo) {
            out.push(HistoryCommand::Undo.into());
        }
        if i.consume_shortcut(&menu::CAPTURE) {
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

/// Words for the stage: in the window's language, or for a mixed room (`both`, the
/// bilingual stage) in Welsh then English ("Her · Challenge"), as the Welsh Language
/// Standards put them.
pub(crate) fn stage_words(id: &str, both: bool) -> String {
    in_both(both, || tr(id))
}

/// The workshop's own words (a stage's title, a lever's label) in the window's language, by
/// the one rule [`Workshop::text`] keeps: its translation, else its own words.
pub(crate) fn workshop_words(
    w: &crate::workshop::Workshop,
    which: crate::workshop::Words,
) -> String {
    w.text(which, crate::i18n::lang()).to_owned()
}

/// The workshop's words for the stage: in Welsh then English on the bilingual stage (`both`),
/// each once; in the window's language otherwise.
pub(crate) fn workshop_words_both(
    w: &crate::workshop::Workshop,
    which: crate::workshop::Words,
    both: bool,
) -> Vec<String> {
    use crate::i18n::Lang;
    if !both {
        return vec![workshop_words(w, which)];
    }
    let (cy, en) = (w.text(which, Lang::Cy), w.text(which, Lang::EnGb));
    if cy == en {
        vec![cy.to_owned()]
    } else {
        vec![cy.to_owned(), en.to_owned()]
    }
}

/// What `words` writes, once in Welsh and once in English when `both` ("Bwlch yn 2040 ·
/// Gap in 2040"), else once in the window's language.
pub(crate) fn in_both(both: bool, words: impl Fn() -> String) -> String {
    use crate::i18n::{Lang, lang, set_lang};
    if !both {
        return words();
    }
    let spoken = lang();
    set_lang(Lang::Cy);
    let cy = words();
    set_lang(Lang::EnGb);
    let en = words();
    set_lang(spoken);
    if cy == en {
        cy
    } else {
        format!("{cy} · {en}")
    }
}
