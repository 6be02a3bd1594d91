//! Presenter mode: a workshop's stages on the projector, stepped with a keyboard or a clicker,
//! with the facilitator's notes on their own screen.

use super::{AppState, Command, Notice, View};
use crate::workshop::StageView;
use crate::workshop::session::Prediction;

/// How long the reveal of a prediction takes: the curves draw themselves left to right.
pub const REVEAL_SECONDS: f64 = 2.5;

/// Where the facilitator's notes are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotesPlace {
    /// A second window (egui viewport), to drag onto the laptop's own screen.
    Window,
    /// A panel beside the stage, for a single screen; hidden while the stage is full screen.
    Panel,
    Hidden,
}

impl NotesPlace {
    pub fn next(self) -> NotesPlace {
        match self {
            NotesPlace::Window => NotesPlace::Panel,
            NotesPlace::Panel => NotesPlace::Hidden,
            NotesPlace::Hidden => NotesPlace::Window,
        }
    }
}

/// A stopwatch for the stage: the facilitator starts and pauses it with T.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageTimer {
    /// Seconds counted before the current run.
    pub banked: f64,
    /// When the current run started (egui time), while running.
    pub since: Option<f64>,
}

impl StageTimer {
    pub fn running(&self) -> bool {
        self.since.is_some()
    }

    pub fn elapsed(&self, now: f64) -> f64 {
        self.banked + self.since.map_or(0.0, |s| (now - s).max(0.0))
    }

    fn toggle(&mut self, now: f64) {
        match self.since.take() {
            Some(s) => self.banked += (now - s).max(0.0),
            None => self.since = Some(now),
        }
    }

    /// Back to zero, still running if it was.
    fn restart(&mut self, now: f64) {
        self.banked = 0.0;
        if self.since.is_some() {
            self.since = Some(now);
        }
    }
}

/// Where the reveal of a "predict, then reveal" stage has got to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reveal {
    /// The stage does not ask for a prediction, or its change has been revealed.
    Shown,
    /// The room is predicting: the chart shows only the first year.
    Hidden,
    /// Revealing since this time (egui time).
    Revealing(f64),
}

/// The state of presenter mode, while it is on.
#[derive(Clone, Debug, PartialEq)]
pub struct Presenter {
    pub blank: bool,
    pub fullscreen: bool,
    pub notes: NotesPlace,
    pub timer: StageTimer,
    /// When presenting started, for the whole session's elapsed time.
    pub started: f64,
    pub reveal: Reveal,
}

impl AppState {
    /// Whether presenter mode is on.
    pub fn presenting(&self) -> bool {
        self.presenter.is_some()
    }

    /// The stage on screen while presenting.
    pub fn presented_stage(&self) -> Option<&crate::workshop::Stage> {
        self.presenter.as_ref()?;
        self.workshop.stages.get(self.stage)
    }

    /// Whether the lever at `index` is on screen: all are, unless a stage says otherwise.
    pub fn lever_visible(&self, index: usize) -> bool {
        self.presented_stage()
            .is_none_or(|s| s.lever_visible(index))
    }

    /// Whether the room may move the lever at `index` now.
    pub fn lever_unlocked(&self, index: usize) -> bool {
        self.presented_stage()
            .is_none_or(|s| s.lever_unlocked(index))
    }

    /// How many years of the current curves to draw: all, unless the room is predicting (only
    /// the first year) or the reveal is drawing them left to right.
    pub fn shown_years(&self) -> Option<usize> {
        let years = self.projection.rows.len();
        match self.presenter.as_ref().map(|p| p.reveal)? {
            Reveal::Shown => None,
            Reveal::Hidden => Some(1),
            Reveal::Revealing(since) => {
                let t = ((self.now - since) / REVEAL_SECONDS).clamp(0.0, 1.0);
                (t < 1.0).then(|| 1 + ((years - 1) as f64 * t).floor() as usize)
            }
        }
    }

    /// Whether the room is still predicting: headline figures and challenge marks would give
    /// the answer away, so they wait.
    pub fn predicting(&self) -> bool {
        self.shown_years().is_some()
    }

    /// The prediction for the stage on screen, if the room has made one.
    pub fn current_prediction(&self) -> Option<&Prediction> {
        let stage = self.presented_stage()?;
        self.predictions.iter().find(|p| p.stage == stage.id)
    }

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

    fn touch_autosave(&mut self) {
        if let Some(a) = &mut self.autosave {
            a.touch(self.now);
        }
    }

    /// Put stage `index` on screen: its view, its preset and baseline, its scenarios to
    /// compare; hide its change if it asks the room to predict first.
    fn enter_stage(&mut self, index: usize) {
        let Some(stage) = self.workshop.stages.get(index).cloned() else {
            return;
        };
        self.stage = index;
        if let Some(id) = &stage.scenario {
            self.apply(Command::LoadScenario(id.clone()));
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
        self.recompute();
    }

    /// Commands of presenter mode; the rest are in [`AppState::apply`].
    pub(super) fn apply_presenter(&mut self, command: Command) {
        let last = self.workshop.stages.len().saturating_sub(1);
        match command {
            Command::StartPresenting => {
                if self.workshop.stages.is_empty() {
                    self.notice = Some(Notice::error(
                        "This workshop has no stages to present. Open one that has (File → Workshops…), or add stages to its file.",
                    ));
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
                    });
                    self.capture_draft = None;
                    self.enter_stage(self.stage.min(last));
                }
            }
            Command::StopPresenting => {
                self.presenter = None;
                self.recompute();
            }
            Command::NextStage if self.presenting() && self.stage < last => {
                self.enter_stage(self.stage + 1);
            }
            Command::PreviousStage if self.presenting() && self.stage > 0 => {
                self.enter_stage(self.stage - 1);
            }
            Command::GoToStage(i) if self.presenting() && i <= last => self.enter_stage(i),
            Command::ToggleBlank => {
                if let Some(p) = &mut self.presenter {
                    p.blank = !p.blank;
                }
            }
            Command::ToggleTimer => {
                let now = self.now;
                if let Some(p) = &mut self.presenter {
                    p.timer.toggle(now);
                }
            }
            Command::ToggleFullscreen => {
                if let Some(p) = &mut self.presenter {
                    p.fullscreen = !p.fullscreen;
                }
            }
            Command::SetNotesPlace(place) => {
                if let Some(p) = &mut self.presenter {
                    p.notes = place;
                }
            }
            Command::Reveal => {
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
            Command::SketchPoint { at, new_stroke } => {
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
            Command::ClearSketch => {
                if let Some(pred) = self.prediction_mut() {
                    pred.strokes.clear();
                }
                self.touch_autosave();
            }
            Command::SetPredictionSaid(said) => {
                if let Some(pred) = self.prediction_mut() {
                    pred.said = said;
                }
                self.touch_autosave();
            }
            _ => {}
        }
    }

    /// Finish a reveal whose animation has run its course.
    pub fn settle_reveal(&mut self) {
        let now = self.now;
        if let Some(p) = &mut self.presenter
            && let Reveal::Revealing(since) = p.reveal
            && now - since >= REVEAL_SECONDS
        {
            p.reveal = Reveal::Shown;
        }
    }
}
