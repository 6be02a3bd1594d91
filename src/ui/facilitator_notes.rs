//! Presenter mode, the facilitator's own screen: the stage's talking points and question,
//! the prediction and the challenge, the time, what comes next, and the controls.

use crate::i18n::tr;
use crate::t;
use egui::{RichText, Ui};

use super::theme;
use crate::app::presenter::{NotesPlace, Reveal};
use crate::app::{AppState, Command, PresentCommand, ScenarioCommand, WindowCommand};
use crate::present::format;
use crate::workshop::Words;

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let (Some(p), Some(stage)) = (&state.presenter, state.presented_stage()) else {
        return;
    };
    let dark = state.prefs.dark_mode;
    let stages = &state.workshop.stages;
    let weak = ui.visuals().weak_text_color();
    // The facilitator reads these at a laptop's distance: laptop type, more on the screen.
    super::theme::set_sizes(ui.style_mut(), theme::Look::Laptop);

    ui.label(
        RichText::new(t!(
            "notes-stage-of",
            stage = state.stage + 1,
            stages = stages.len()
        ))
        .color(weak),
    );
    // The workshop's own words, in the window's language where it has them.
    let w = &state.workshop;
    let i = state.stage;
    let words = |which| super::workshop_words(w, which);
    ui.label(RichText::new(words(Words::StageTitle(i))).font(theme::bold(24.0)));
    controls(ui, state, commands);
    ui.separator();

    // Time: this stage against its suggestion, and the whole workshop against its total.
    let stage_secs = p.timer.elapsed(state.now);
    let planned = f64::from(stage.minutes) * 60.0;
    let left = planned - stage_secs;
    let stage_time = if p.timer.running() || stage_secs > 0.0 {
        t!(
            "notes-stage-time",
            elapsed = format::clock(stage_secs),
            planned = format::minutes(stage.minutes),
            left = if left >= 0.0 {
                t!("notes-time-left", time = format::clock(left))
            } else {
                t!("notes-time-over", time = format::clock(-left))
            }
        )
    } else {
        t!(
            "notes-stage-suggested",
            planned = format::minutes(stage.minutes)
        )
    };
    let colour = if left < 0.0 {
        theme::warning_colour(dark)
    } else {
        ui.visuals().text_color()
    };
    ui.label(RichText::new(stage_time).color(colour));
    let done: u32 = stages[..state.stage].iter().map(|s| s.minutes).sum();
    ui.label(
        RichText::new(t!(
            "notes-presenting-for",
            elapsed = format::clock(state.now - p.started),
            before = format::minutes(done),
            total = format::minutes(state.workshop.total_minutes())
        ))
        .color(weak),
    );
    ui.separator();

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if !stage.talking_points.is_empty() {
                ui.label(RichText::new(tr("notes-talking-points")).strong());
                for point in w.talking_points(i, crate::i18n::lang()) {
                    ui.horizontal_wrapped(|ui| {
                        ui.label("•");
                        ui.label(point);
                    });
                }
                ui.add_space(6.0);
            }
            if !stage.question.is_empty() {
                ui.label(RichText::new(tr("notes-question")).strong());
                ui.label(RichText::new(words(Words::Question(i))).italics());
                ui.add_space(6.0);
            }
            if stage.predict.is_some() {
                prediction(ui, state, &words(Words::Predict(i)), commands);
                ui.add_space(6.0);
            }
            if stage.challenge.is_some() {
                ui.label(RichText::new(tr("notes-challenge")).strong());
                ui.label(words(Words::Challenge(i)));
                match state
                    .derived
                    .challenge
                    .as_ref()
                    .and_then(|c| c.outcomes.as_ref())
                {
                    Some(outcomes) => {
                        for o in outcomes {
                            let (mark, colour) = if o.met {
                                ("✔", theme::good_colour(dark))
                            } else {
                                ("✘", theme::warning_colour(dark))
                            };
                            ui.label(
                                RichText::new(format!("{mark} {}", o.sentence())).color(colour),
                            );
                        }
                    }
                    None => {
                        ui.label(tr("notes-not-judged"));
                    }
                }
                ui.add_space(6.0);
            }
            match stages.get(i + 1) {
                Some(_) => {
                    let title = words(Words::StageTitle(i + 1));
                    ui.label(RichText::new(t!("notes-next", title = title.as_str())).strong());
                    ui.label(RichText::new(words(Words::Narrative(i + 1))).color(weak));
                }
                None => {
                    ui.label(RichText::new(tr("notes-last-stage")).strong());
                }
            }
            ui.add_space(6.0);
            egui::CollapsingHeader::new(tr("notes-all-stages"))
                .default_open(false)
                .show(ui, |ui| {
                    for (k, s) in stages.iter().enumerate() {
                        let text = format!(
                            "{}. {} ({})",
                            k + 1,
                            words(Words::StageTitle(k)),
                            format::minutes(s.minutes)
                        );
                        if ui.selectable_label(k == i, text).clicked() {
                            commands.push(PresentCommand::GoToStage(k).into());
                        }
                    }
                });
        });
}

fn controls(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let Some(p) = &state.presenter else {
        return;
    };
    let last = state.workshop.stages.len().saturating_sub(1);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(state.stage > 0, egui::Button::new(tr("notes-back")))
            .on_hover_text(tr("notes-back-tip"))
            .clicked()
        {
            commands.push(PresentCommand::PreviousStage.into());
        }
        if ui
            .add_enabled(
                state.stage < last,
                egui::Button::new(RichText::new(tr("notes-next-button")).strong()),
            )
            .on_hover_text(tr("notes-next-tip"))
            .clicked()
        {
            commands.push(PresentCommand::NextStage.into());
        }
        let blank = if p.blank {
            tr("notes-show-screen")
        } else {
            tr("notes-blank-screen")
        };
        if ui
            .selectable_label(p.blank, blank)
            .on_hover_text(tr("notes-blank-tip"))
            .clicked()
        {
            commands.push(PresentCommand::ToggleBlank.into());
        }
        let timer = if p.timer.running() {
            tr("notes-pause-timer")
        } else {
            tr("notes-start-timer")
        };
        if ui
            .button(timer)
            .on_hover_text(tr("notes-timer-tip"))
            .clicked()
        {
            commands.push(PresentCommand::ToggleTimer.into());
        }
        let full = if p.fullscreen {
            tr("notes-leave-full-screen")
        } else {
            tr("notes-full-screen")
        };
        if ui
            .button(full)
            .on_hover_text(tr("notes-full-screen-tip"))
            .clicked()
        {
            commands.push(PresentCommand::ToggleFullscreen.into());
        }
        let mut both = state.prefs.bilingual_stage;
        if ui
            .checkbox(&mut both, tr("notes-bilingual"))
            .on_hover_text(tr("notes-bilingual-tip"))
            .changed()
        {
            commands.push(WindowCommand::SetBilingualStage(both).into());
        }
        let notes = match p.notes {
            NotesPlace::Window => tr("notes-place-window"),
            NotesPlace::Panel => tr("notes-place-panel"),
            NotesPlace::Hidden => tr("notes-place-hidden"),
        };
        if ui
            .button(notes)
            .on_hover_text(tr("notes-place-tip"))
            .clicked()
        {
            commands.push(PresentCommand::SetNotesPlace(p.notes.next()).into());
        }
        if ui
            .button(tr("notes-reset-stage"))
            .on_hover_text(tr("notes-reset-stage-tip"))
            .clicked()
        {
            commands.push(ScenarioCommand::ResetToLoaded.into());
        }
        if ui
            .button(tr("notes-capture"))
            .on_hover_text(tr("notes-capture-tip"))
            .clicked()
        {
            commands.push(ScenarioCommand::OpenCaptureDialog.into());
        }
        if ui
            .button(tr("notes-stop"))
            .on_hover_text(tr("notes-stop-tip"))
            .clicked()
        {
            commands.push(PresentCommand::Stop.into());
        }
    });
}

/// tr("notes-predict-reveal"): the prompt, what the room said, the sketch, and the reveal.
fn prediction(ui: &mut Ui, state: &AppState, prompt: &str, commands: &mut Vec<Command>) {
    let reveal = state.presenter.as_ref().map_or(Reveal::Shown, |p| p.reveal);
    ui.label(RichText::new(tr("notes-predict-reveal")).strong());
    ui.label(prompt);
    let said_label = ui.label(tr("notes-said"));
    let mut said = state
        .current_prediction()
        .map(|p| p.said.clone())
        .unwrap_or_default();
    if ui
        .add(
            egui::TextEdit::multiline(&mut said)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(said_label.id)
        .changed()
    {
        commands.push(PresentCommand::SetPredictionSaid(said).into());
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                reveal == Reveal::Hidden,
                egui::Button::new(RichText::new(tr("notes-reveal")).strong()),
            )
            .on_hover_text(tr("notes-reveal-tip"))
            .on_disabled_hover_text(tr("notes-revealed"))
            .clicked()
        {
            commands.push(PresentCommand::Reveal.into());
        }
        let sketched = state
            .current_prediction()
            .is_some_and(|p| !p.strokes.is_empty());
        if ui
            .add_enabled(
                sketched && reveal == Reveal::Hidden,
                egui::Button::new(tr("notes-clear-sketch")),
            )
            .on_hover_text(tr("notes-clear-sketch-tip"))
            .clicked()
        {
            commands.push(PresentCommand::ClearSketch.into());
        }
    });
    if reveal == Reveal::Hidden {
        ui.label(RichText::new(tr("notes-sketch-hint")).color(ui.visuals().weak_text_color()));
    }
}
