//! Presenter mode, the audience's screen: the stage's title and narrative in large type, the
//! view it calls for, whether its challenge is met, and a discreet stage counter. The
//! facilitator's notes go to their own window (or a panel, on a single screen).

use egui::{Color32, Key, Modifiers, RichText, Ui};

use super::{analyse_view, compare_view, deal_view, explore, facilitator_notes, map_view, theme};
use crate::app::presenter::NotesPlace;
use crate::app::{AppState, Command, PresentCommand, View};
use crate::present::format;

/// Keys a facilitator (or a presentation clicker) uses while presenting. PageDown and PageUp
/// are what clickers send; arrows and Space are left to a focused slider.
pub fn keys(ui: &Ui, state: &AppState) -> Vec<Command> {
    let mut out = Vec::new();
    // Typing a note must not change the stage.
    if ui.ctx().egui_wants_keyboard_input() || state.capture_draft.is_some() {
        return out;
    }
    let widget_focused = ui.ctx().memory(|m| m.focused().is_some());
    let last = state.workshop.stages.len().saturating_sub(1);
    ui.input_mut(|i| {
        let mut pressed = |key: Key| i.consume_key(Modifiers::NONE, key);
        if pressed(Key::PageDown) {
            out.push(PresentCommand::NextStage.into());
        }
        if pressed(Key::PageUp) {
            out.push(PresentCommand::PreviousStage.into());
        }
        if !widget_focused {
            if pressed(Key::ArrowRight) || pressed(Key::ArrowDown) || pressed(Key::Space) {
                out.push(PresentCommand::NextStage.into());
            }
            if pressed(Key::ArrowLeft) || pressed(Key::ArrowUp) {
                out.push(PresentCommand::PreviousStage.into());
            }
        }
        if pressed(Key::Home) {
            out.push(PresentCommand::GoToStage(0).into());
        }
        if pressed(Key::End) {
            out.push(PresentCommand::GoToStage(last).into());
        }
        // Clickers' "blank screen" button sends B or a full stop.
        if pressed(Key::B) || pressed(Key::Period) {
            out.push(PresentCommand::ToggleBlank.into());
        }
        if pressed(Key::T) {
            out.push(PresentCommand::ToggleTimer.into());
        }
        if pressed(Key::R) {
            out.push(PresentCommand::Reveal.into());
        }
        if pressed(Key::Q) {
            out.push(PresentCommand::ToggleCode.into());
        }
        if pressed(Key::S) {
            out.push(PresentCommand::SwapScreens.into());
        }
        if pressed(Key::F) || pressed(Key::F11) {
            out.push(PresentCommand::ToggleFullscreen.into());
        }
        if pressed(Key::N) {
            let place = state
                .presenter
                .as_ref()
                .map_or(NotesPlace::Window, |p| p.notes);
            out.push(PresentCommand::SetNotesPlace(place.next()).into());
        }
        if pressed(Key::Escape) {
            out.push(PresentCommand::Stop.into());
        }
    });
    out
}

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let (Some(p), Some(stage)) = (&state.presenter, state.presented_stage()) else {
        return;
    };
    let dark = state.prefs.dark_mode;
    let ctx = ui.ctx().clone();

    match p.notes {
        NotesPlace::Window => {
            let builder = egui::ViewportBuilder::default()
                .with_title(format!(
                    "Jaws — facilitator notes — {}",
                    state.workshop.title
                ))
                .with_inner_size([560.0, 760.0]);
            // With two screens, on the laptop's own (where the platform lets a window be
            // placed: not on Wayland).
            let builder = match state.notes_screen() {
                Some(s) => builder.with_position([s.position[0] + 40.0, s.position[1] + 40.0]),
                None => builder,
            };
            let id = egui::ViewportId::from_hash_of("jaws-facilitator-notes");
            ctx.show_viewport_immediate(id, builder, |ui, class| {
                if ui.input(|i| i.viewport().close_requested()) {
                    commands.push(PresentCommand::SetNotesPlace(NotesPlace::Hidden).into());
                }
                if class == egui::ViewportClass::EmbeddedWindow {
                    facilitator_notes::show(ui, state, commands);
                } else {
                    commands.extend(keys(ui, state));
                    egui::CentralPanel::default()
                        .show(ui, |ui| facilitator_notes::show(ui, state, commands));
                }
            });
        }
        // On a single screen the notes sit beside the stage, and keep out of the audience's
        // sight when the stage goes full screen.
        NotesPlace::Panel if !p.fullscreen => {
            egui::Panel::right("facilitator-notes")
                .resizable(true)
                .default_size(330.0)
                .min_size(280.0)
                .show(ui, |ui| facilitator_notes::show(ui, state, commands));
        }
        NotesPlace::Panel | NotesPlace::Hidden => {}
    }

    if p.blank {
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(Color32::BLACK))
            .show(ui, |ui| {
                ui.allocate_space(ui.available_size());
            });
        return;
    }

    let weak = ui.visuals().weak_text_color();
    egui::Panel::top("stage-heading")
        .frame(
            egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(24, 14)),
        )
        .show(ui, |ui| {
            ui.label(RichText::new(&stage.title).font(theme::bold(40.0)));
            if !stage.narrative.is_empty() {
                ui.add_space(4.0);
                ui.label(RichText::new(&stage.narrative).size(24.0));
            }
            if let Some(prompt) = &stage.predict
                && state.predicting()
            {
                ui.add_space(6.0);
                ui.label(
                    RichText::new(format!("Predict: {prompt}"))
                        .font(theme::bold(24.0))
                        .color(theme::demand_colour(dark)),
                );
            }
            if let Some(challenge) = &stage.challenge
                && !state.predicting()
            {
                ui.add_space(6.0);
                let met = state.derived.challenge.as_ref().and_then(|c| c.met);
                let (mark, colour) = match met {
                    Some(true) => ("✔ Met", theme::good_colour(dark)),
                    Some(false) => ("✘ Not met yet", theme::warning_colour(dark)),
                    None => ("? Cannot be judged over these years", weak),
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("Challenge:").font(theme::bold(24.0)));
                    ui.label(RichText::new(&challenge.wording).size(24.0));
                    ui.label(RichText::new(mark).font(theme::bold(26.0)).color(colour));
                });
            }
        });

    egui::Panel::bottom("stage-counter")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(24, 4)))
        .show_separator_line(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let n = state.workshop.stages.len();
                ui.label(
                    RichText::new(format!("{} / {n}", state.stage + 1))
                        .size(16.0)
                        .color(weak),
                );
                // The room sees whose figures these are.
                if let Some(c) = &state.council {
                    ui.label(RichText::new(c.profile.title()).size(16.0).color(weak));
                }
                if p.timer.running() || p.timer.banked > 0.0 {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(
                            RichText::new(format::clock(p.timer.elapsed(state.now)))
                                .size(16.0)
                                .color(weak),
                        );
                    });
                }
            });
        });

    match state.view {
        View::Explore => explore::show(ui, state, commands),
        View::Map => map_view::show(ui, state, commands),
        View::Analyse => analyse_view::show(ui, state, commands),
        View::Compare => compare_view::show(ui, state, commands),
        View::Deal => deal_view::show(ui, state, commands),
    }
    if p.show_code {
        super::code_view::overlay(ui, state);
    }
}
