//! Presenter mode, the facilitator's own screen: the stage's talking points and question,
//! the prediction and the challenge, the time, what comes next, and the controls.

use egui::{RichText, Ui};

use super::theme;
use crate::app::presenter::{NotesPlace, Reveal};
use crate::app::{AppState, Command, PresentCommand, ScenarioCommand};
use crate::present::format;

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let (Some(p), Some(stage)) = (&state.presenter, state.presented_stage()) else {
        return;
    };
    let dark = state.prefs.dark_mode;
    let stages = &state.workshop.stages;
    let weak = ui.visuals().weak_text_color();
    // The facilitator reads these at a laptop's distance: laptop type, more on the screen.
    super::theme::set_sizes(ui.style_mut(), theme::Look::Laptop);

    ui.label(RichText::new(format!("Stage {} of {}", state.stage + 1, stages.len())).color(weak));
    ui.label(RichText::new(&stage.title).font(theme::bold(24.0)));
    controls(ui, state, commands);
    ui.separator();

    // Time: this stage against its suggestion, and the whole workshop against its total.
    let stage_secs = p.timer.elapsed(state.now);
    let planned = f64::from(stage.minutes) * 60.0;
    let left = planned - stage_secs;
    let stage_time = if p.timer.running() || stage_secs > 0.0 {
        format!(
            "This stage: {} of {} · {}",
            format::clock(stage_secs),
            format::minutes(stage.minutes),
            if left >= 0.0 {
                format!("{} left", format::clock(left))
            } else {
                format!("{} over", format::clock(-left))
            }
        )
    } else {
        format!(
            "This stage: {} suggested · timer stopped (T starts it)",
            format::minutes(stage.minutes)
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
        RichText::new(format!(
            "Presenting for {} · the plan has {} before this stage, {} in all",
            format::clock(state.now - p.started),
            format::minutes(done),
            format::minutes(state.workshop.total_minutes())
        ))
        .color(weak),
    );
    ui.separator();

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if !stage.talking_points.is_empty() {
                ui.label(RichText::new("Talking points").strong());
                for point in &stage.talking_points {
                    ui.horizontal_wrapped(|ui| {
                        ui.label("•");
                        ui.label(point);
                    });
                }
                ui.add_space(6.0);
            }
            if !stage.question.is_empty() {
                ui.label(RichText::new("Question for the room").strong());
                ui.label(RichText::new(&stage.question).italics());
                ui.add_space(6.0);
            }
            if let Some(prompt) = &stage.predict {
                prediction(ui, state, prompt, commands);
                ui.add_space(6.0);
            }
            if let Some(challenge) = &stage.challenge {
                ui.label(RichText::new("Challenge").strong());
                ui.label(&challenge.wording);
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
                        ui.label("Cannot be judged over the years now set in the assumptions.");
                    }
                }
                ui.add_space(6.0);
            }
            match stages.get(state.stage + 1) {
                Some(next) => {
                    ui.label(RichText::new(format!("Next: {}", next.title)).strong());
                    ui.label(RichText::new(&next.narrative).color(weak));
                }
                None => {
                    ui.label(RichText::new("This is the last stage.").strong());
                }
            }
            ui.add_space(6.0);
            egui::CollapsingHeader::new("All stages")
                .default_open(false)
                .show(ui, |ui| {
                    for (i, s) in stages.iter().enumerate() {
                        let text =
                            format!("{}. {} ({})", i + 1, s.title, format::minutes(s.minutes));
                        if ui.selectable_label(i == state.stage, text).clicked() {
                            commands.push(PresentCommand::GoToStage(i).into());
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
            .add_enabled(state.stage > 0, egui::Button::new("◀ Back"))
            .on_hover_text("The stage before (Left, PageUp)")
            .clicked()
        {
            commands.push(PresentCommand::PreviousStage.into());
        }
        if ui
            .add_enabled(state.stage < last, egui::Button::new(RichText::new("Next ▶").strong()))
            .on_hover_text("The next stage (Right, PageDown, Space)")
            .clicked()
        {
            commands.push(PresentCommand::NextStage.into());
        }
        let blank = if p.blank { "Show screen" } else { "Blank screen" };
        if ui
            .selectable_label(p.blank, blank)
            .on_hover_text("Blank the audience's screen to turn the room's attention to itself (B)")
            .clicked()
        {
            commands.push(PresentCommand::ToggleBlank.into());
        }
        let timer = if p.timer.running() { "Pause timer" } else { "Start timer" };
        if ui
            .button(timer)
            .on_hover_text("Time this stage against its suggested length (T)")
            .clicked()
        {
            commands.push(PresentCommand::ToggleTimer.into());
        }
        let full = if p.fullscreen { "Leave full screen" } else { "Full screen" };
        if ui
            .button(full)
            .on_hover_text("The audience's window fills its screen (F)")
            .clicked()
        {
            commands.push(PresentCommand::ToggleFullscreen.into());
        }
        let notes = match p.notes {
            NotesPlace::Window => "Notes: own window",
            NotesPlace::Panel => "Notes: beside the stage",
            NotesPlace::Hidden => "Notes: hidden",
        };
        if ui
            .button(notes)
            .on_hover_text("Where these notes go: their own window (for the laptop's screen), beside the stage (one screen; hidden in full screen), or hidden (N)")
            .clicked()
        {
            commands.push(PresentCommand::SetNotesPlace(p.notes.next()).into());
        }
        if ui
            .button("Reset to stage")
            .on_hover_text("Put the levers back to where this stage started")
            .clicked()
        {
            commands.push(ScenarioCommand::ResetToLoaded.into());
        }
        if ui
            .button("Capture scenario")
            .on_hover_text("Keep the levers as they stand as a named scenario, for a table's plan (Ctrl+K)")
            .clicked()
        {
            commands.push(ScenarioCommand::OpenCaptureDialog.into());
        }
        if ui
            .button("Stop presenting")
            .on_hover_text("Back to exploring, with everything as it stands (Esc)")
            .clicked()
        {
            commands.push(PresentCommand::Stop.into());
        }
    });
}

/// "Predict, then reveal": the prompt, what the room said, the sketch, and the reveal.
fn prediction(ui: &mut Ui, state: &AppState, prompt: &str, commands: &mut Vec<Command>) {
    let reveal = state.presenter.as_ref().map_or(Reveal::Shown, |p| p.reveal);
    ui.label(RichText::new("Predict, then reveal").strong());
    ui.label(prompt);
    let said_label = ui.label("What the room said");
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
            .add_enabled(reveal == Reveal::Hidden, egui::Button::new(RichText::new("Reveal").strong()))
            .on_hover_text("Show the change: the curves draw themselves, with the room's sketch beside them (R)")
            .on_disabled_hover_text("Revealed")
            .clicked()
        {
            commands.push(PresentCommand::Reveal.into());
        }
        let sketched = state.current_prediction().is_some_and(|p| !p.strokes.is_empty());
        if ui
            .add_enabled(sketched && reveal == Reveal::Hidden, egui::Button::new("Clear sketch"))
            .on_hover_text("Rub out what was sketched on the chart")
            .clicked()
        {
            commands.push(PresentCommand::ClearSketch.into());
        }
    });
    if reveal == Reveal::Hidden {
        ui.label(
            RichText::new("Drag on the chart to sketch the room's prediction.")
                .color(ui.visuals().weak_text_color()),
        );
    }
}
