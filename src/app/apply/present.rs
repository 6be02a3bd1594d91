//! Presenter mode's commands: starting and stopping, moving between stages (each loading its
//! preset, baseline, compared scenarios and view), the audience screen's controls, and
//! "predict, then reveal".

use crate::app::command::{PresentCommand, View};
use crate::app::presenter::{NotesPlace, Presenter, Reveal, StageTimer};
use crate::app::state::{AppState, Notice};
use crate::i18n::tr;
use crate::workshop::StageView;
use crate::workshop::session::Prediction;

impl AppState {
    pub(super) fn apply_present(&mut self, command: PresentCommand) {
        let last = self.workshop.stages.len().saturating_sub(1);
        match command {
            PresentCommand::Start => {
                if self.workshop.stages.is_empty() {
                    self.notice = Some(Notice::error(tr("notice-no-stages")));
                    return;
                }
                if self.presenter.is_none() {
                    self.presenter = Some(Presenter {
                        blank: false,
                        fullscreen: true,
                        notes: NotesPlace::Window,
                        timer: StageTimer::default(),
                        started: self.now,
                        reveal: Reveal::Shown,
                        show_code: false,
                        screens: self.screens.placement(),
                    });
                    self.capture_draft = None;
                    self.enter_stage(self.stage.min(last));
                }
            }
            PresentCommand::Stop => self.presenter = None,
            // Stage keys do nothing unless presenting, and nothing past either end.
            PresentCommand::NextStage => {
                if self.presenting() && self.stage < last {
                    self.enter_stage(self.stage + 1);
                }
            }
            PresentCommand::PreviousStage => {
                if self.presenting() && self.stage > 0 {
                    self.enter_stage(self.stage - 1);
                }
            }
            PresentCommand::GoToStage(i) => {
                if self.presenting() && i <= last {
                    self.enter_stage(i);
                }
            }
            PresentCommand::ToggleBlank => {
                if let Some(p) = &mut self.presenter {
                    p.blank = !p.blank;
                }
            }
            PresentCommand::ToggleTimer => {
                let now = self.now;
                if let Some(p) = &mut self.presenter {
                    p.timer.toggle(now);
                }
            }
            PresentCommand::ToggleFullscreen => {
                if let Some(p) = &mut self.presenter {
                    p.fullscreen = !p.fullscreen;
                }
            }
            PresentCommand::SetNotesPlace(place) => {
                if let Some(p) = &mut self.presenter {
                    p.notes = place;
                }
            }
            PresentCommand::SwapScreens => {
                let Some(p) = &mut self.presenter else {
                    return;
                };
                match &mut p.screens {
                    Some((stage, notes)) => std::mem::swap(stage, notes),
                    None => {
                        self.notice = Some(Notice::info(tr("notice-one-screen")));
                    }
                }
            }
            PresentCommand::ToggleCode => {
                if let Some(p) = &mut self.presenter {
                    p.show_code = !p.show_code;
                }
            }
            PresentCommand::Reveal => {
                let now = self.now;
                let hidden = self
                    .presenter
                    .as_ref()
                    .is_some_and(|p| p.reveal == Reveal::Hidden);
                if hidden {
                    if let Some(p) = &mut self.presenter {
                        p.reveal = Reveal::Revealing(now);
                    }
                    if let Some(pred) = self.prediction_mut() {
                        pred.revealed = true;
                    }
                    self.touch_autosave();
                }
            }
            PresentCommand::SketchPoint { at, new_stroke } => {
                if !self.predicting() || !at.iter().all(|v| v.is_finite()) {
                    return;
                }
                if let Some(pred) = self.prediction_mut() {
                    if new_stroke || pred.strokes.is_empty() {
                        pred.strokes.push(Vec::new());
                    }
                    if let Some(line) = pred.strokes.last_mut() {
                        line.push(at);
                    }
                }
                self.touch_autosave();
            }
            PresentCommand::ClearSketch => {
                if let Some(pred) = self.prediction_mut() {
                    pred.strokes.clear();
                }
                self.touch_autosave();
            }
            PresentCommand::SetPredictionSaid(said) => {
                if let Some(pred) = self.prediction_mut() {
                    pred.said = said;
                }
                self.touch_autosave();
            }
        }
    }

    /// The prediction for the stage on screen, made if there is none yet.
    fn prediction_mut(&mut self) -> Option<&mut Prediction> {
        let id = self.presented_stage()?.id.clone();
        if let Some(i) = self.predictions.iter().position(|p| p.stage == id) {
            return Some(&mut self.predictions[i]);
        }
        self.predictions.push(Prediction {
            stage: id,
            ..Prediction::default()
        });
        self.predictions.last_mut()
    }

    /// Put stage `index` on screen: its view, its preset and baseline, its scenarios to
    /// compare; hide its change if it asks the room to predict first.
    fn enter_stage(&mut self, index: usize) {
        let Some(stage) = self.workshop.stages.get(index).cloned() else {
            return;
        };
        self.stage = index;
        if let Some(id) = &stage.scenario {
            self.load_scenario(id);
        }
        self.baseline = stage.baseline.clone();
        if !stage.compare.is_empty() {
            self.compare = stage.compare.clone();
        }
        // "What would it take?" starts from the stage's own question and levers.
        if stage.view == StageView::Analyse {
            if let Some(c) = &stage.challenge {
                self.seek_form.custom = c.target.clone();
            }
            for (i, movable) in self.seek_form.movable.iter_mut().enumerate() {
                *movable = stage.lever_unlocked(i);
            }
        }
        self.view = match stage.view {
            StageView::Explore => View::Explore,
            StageView::Map => View::Map,
            StageView::Analyse => View::Analyse,
            StageView::Compare => View::Compare,
            StageView::Deal => View::Deal,
        };
        let revealed_before = self
            .predictions
            .iter()
            .any(|p| p.stage == stage.id && p.revealed);
        let now = self.now;
        if let Some(p) = &mut self.presenter {
            p.reveal = if stage.predicts() && !revealed_before {
                Reveal::Hidden
            } else {
                Reveal::Shown
            };
            p.blank = false;
            p.timer.restart(now);
        }
        self.replay = None;
        self.touch_autosave();
    }
}
