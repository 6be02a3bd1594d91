//! Views: they read the app state and push commands; `app::AppState::apply` does the rest.
//! One file a view or panel.

pub mod analyse_view;
pub mod assumptions_panel;
pub mod explore;
pub mod format;
pub mod headlines;
pub mod jaws_chart;
pub mod lever_panel;
pub mod linked_charts;
pub mod map_view;
pub mod theme;
pub mod toolbar;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::app::{AppState, Command, View};

/// Draw the whole window for one frame; returns what the user asked for.
pub fn show(ui: &mut Ui, state: &AppState) -> Vec<Command> {
    let mut commands = shortcuts(ui);
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.add_space(4.0);
        toolbar::show(ui, state, &mut commands);
        ui.add_space(2.0);
    });
    if !state.load_problems.is_empty() {
        egui::Panel::top("problems").show(ui, |ui| {
            let warn = theme::warning_colour(state.prefs.dark_mode);
            ui.label(RichText::new("The workshop asked for could not be opened; showing the bundled workshop instead.").color(warn).strong());
            for p in &state.load_problems {
                ui.label(RichText::new(p).color(warn).monospace());
            }
        });
    }
    match state.view {
        View::Explore => explore::show(ui, state, &mut commands),
        View::Map => map_view::show(ui, state, &mut commands),
        View::Analyse => analyse_view::show(ui, state, &mut commands),
    }
    commands
}

/// Keyboard shortcuts that work anywhere in the window.
fn shortcuts(ui: &Ui) -> Vec<Command> {
    let mut out = Vec::new();
    let redo_shift = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
    let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    ui.input_mut(|i| {
        // Redo first: Ctrl+Shift+Z would otherwise also match Ctrl+Z.
        if i.consume_shortcut(&redo_shift) || i.consume_shortcut(&redo_y) {
            out.push(Command::Redo);
        } else if i.consume_shortcut(&undo) {
            out.push(Command::Undo);
        }
    });
    // R replays, unless someone is typing.
    if !ui.ctx().egui_wants_keyboard_input()
        && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::R))
    {
        out.push(Command::ReplayLastChange);
    }
    out
}
