//! Presenter mode, the audience's screen: the stage's title and narrative in large type, the
//! view it calls for, whether its challenge is met, and a discreet stage counter. The
//! facilitator's notes go to their own window (or a panel, on a single screen).

use crate::t;
use egui::{Color32, Key, Modifiers, RichText, Ui};

use super::{
    analyse_view, compare_view, deal_view, explore, facilitator_notes, lever_panel, map_view, theme,
};
use crate::app::presenter::NotesPlace;
use crate::app::{AppState, Command, PresentCommand, View};
use crate::present::format;
use crate::workshop::Words;

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
                .with_title(t!(
                    "present-notes-title",
                    workshop = state.workshop.title.as_str()
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
    // The stage's own words, by the workshop's one rule for languages.
    let i = state.stage;
    let words =
        |which| super::workshop_words_both(&state.workshop, which, state.prefs.bilingual_stage);
    // Every size here comes from the projector's style, which grows with the window.
    let style = ui.style().clone();
    let lead = theme::lead_size(&style);
    let label = theme::label_size(&style);
    let margin = |points: f32| (points * style.spacing.item_spacing.x / 8.0).round() as i8;
    // The stage's levers go under its heading in one column; if they need more there, and the
    // full height beside the heading would take them in fewer, they go there (a narrower
    // heading, a wider chart). Decided once a stage and window size.
    let explore = state.view == View::Explore;
    let full_height_key = egui::Id::unique((
        "stage-levers-full-height",
        stage.id.as_str(),
        ctx.content_rect().size().round().x as i32,
        ctx.content_rect().size().round().y as i32,
    ));
    let full_height = ui.data(|d| d.get_temp::<bool>(full_height_key)) == Some(true);
    if explore && full_height {
        lever_panel::panel(ui, state, commands);
    }
    egui::Panel::top("stage-heading")
        .frame(
            egui::Frame::side_top_panel(ui.style())
                .inner_margin(egui::Margin::symmetric(margin(24.0), margin(12.0))),
        )
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                // The stage counter (and the timer when it runs), small, at the top right: the
                // rest of the screen's height is the stage's.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                    let n = state.workshop.stages.len();
                    ui.label(
                        RichText::new(format!("{} / {n}", state.stage + 1))
                            .size(label)
                            .color(weak),
                    );
                    if p.timer.running() || p.timer.banked > 0.0 {
                        ui.label(
                            RichText::new(format::clock(p.timer.elapsed(state.now)))
                                .size(label)
                                .color(weak),
                        );
                    }
                    // The room sees whose figures these are.
                    if let Some(c) = &state.council {
                        ui.label(RichText::new(c.profile.title()).size(label).color(weak));
                    }
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(words(Words::StageTitle(i)).join(" · "))
                                    .font(theme::title_font(&style)),
                            )
                            .wrap(),
                        );
                    });
                });
            });
            // On the bilingual stage the Welsh narrative, then the English.
            if !stage.narrative.is_empty() {
                for narrative in words(Words::Narrative(i)) {
                    ui.label(RichText::new(narrative).size(lead));
                }
            }
            if stage.predict.is_some() && state.predicting() {
                ui.label(
                    RichText::new(format!(
                        "{}: {}",
                        stage_words(state, "present-predict"),
                        words(Words::Predict(i)).join(" · ")
                    ))
                    .font(theme::bold(lead))
                    .color(theme::demand_colour(dark)),
                );
            }
            if stage.challenge.is_some() && !state.predicting() {
                let met = state.derived.challenge.as_ref().and_then(|c| c.met);
                let (mark, colour) = match met {
                    Some(true) => (stage_words(state, "present-met"), theme::good_colour(dark)),
                    Some(false) => (
                        stage_words(state, "present-not-met"),
                        theme::warning_colour(dark),
                    ),
                    None => (stage_words(state, "present-not-judged"), weak),
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!("{}:", stage_words(state, "present-challenge")))
                            .font(theme::bold(lead)),
                    );
                    ui.label(RichText::new(words(Words::Challenge(i)).join(" · ")).size(lead));
                    ui.label(RichText::new(mark).font(theme::bold(lead)).color(colour));
                });
            }
        });

    if explore && !full_height {
        let (below, fits) = lever_panel::panel(ui, state, commands);
        if below > 1 || !fits {
            let full = ctx.content_rect().height();
            let (beside, fits_beside) = lever_panel::columns_needed(ui, state, full);
            if fits_beside && (beside < below || !fits) {
                ui.data_mut(|d| d.insert_temp(full_height_key, true));
                ui.ctx()
                    .request_discard("the stage's levers need the full height of the screen");
            }
        }
    }
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

/// The stage's own words, in both languages on a bilingual stage.
fn stage_words(state: &AppState, id: &str) -> String {
    super::stage_words(id, state.prefs.bilingual_stage)
}
