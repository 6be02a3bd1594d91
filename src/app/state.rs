//! The session as the app holds it, and the questions views ask of it. Everything here changes
//! through `AppState::apply` (apply/), except time, which the window moves on each frame
//! (`advance`).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::autosave::Autosave;
use super::bands::BandWorker;
use super::command::{Command, FileRequest, View};
use super::derived::{Derived, Inputs};
use super::history::{History, Snapshot};
use super::presenter::{Presenter, REVEAL_SECONDS, Reveal, Screen, Screens};
use super::recovery::PendingRestore;
use super::seeker::{SeekForm, SeekJob};
use crate::council::Council;
use crate::model::seek::SeekResult;
use crate::model::{Assumptions, LeverValues, Projection};
use crate::scenario_code::{self, ScenarioCode};
use crate::workshop::catalogue::CatalogueEntry;
use crate::workshop::session::{DealCard, Prediction};
use crate::workshop::{OurCouncil, Scenario, Stage, Workshop};

/// The preferences that persist between runs (eframe storage). The user's work does not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub dark_mode: bool,
    pub zoom: f32,
    /// Files opened or saved lately, newest first (the File menu's Recent).
    pub recent: Vec<PathBuf>,
    /// Workshop files opened lately, newest first (the workshop picker's Recent).
    pub recent_workshops: Vec<PathBuf>,
    /// The workshop open when the window last closed (its id); none on the first start. The
    /// workshop picker opens by itself only when there is none.
    pub last_workshop: Option<String>,
    /// The language chosen from the Language menu; none yet: follow the system's.
    pub lang: Option<crate::i18n::Lang>,
    /// Presenting to a mixed room: the stage's own words in Welsh, then English.
    pub bilingual_stage: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            dark_mode: true,
            zoom: 1.0,
            recent: Vec::new(),
            recent_workshops: Vec::new(),
            last_workshop: None,
            lang: None,
            bilingual_stage: false,
        }
    }
}

/// A message at the foot of the window.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// What was changed to read an older file, as sentences to add to a notice ("" for none).
pub fn migration_text(notes: &[String]) -> String {
    notes
        .iter()
        .map(|n| format!("{n}."))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Notice {
    /// This notice with what was changed to read an older file after it, if anything was.
    pub fn with_migration(mut self, notes: &[String]) -> Notice {
        if !notes.is_empty() {
            self.text.push('\n');
            self.text.push_str(&migration_text(notes));
        }
        self
    }

    /// A notice reads as a sentence, whatever the phrase it was given starts with.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            text: crate::present::format::capitalise(&text.into()),
            error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Notice {
        Notice {
            text: crate::present::format::capitalise(&text.into()),
            error: true,
        }
    }
}

/// The scenario code dialog: what has been typed, and why it could not be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodeDraft {
    pub text: String,
    pub problem: Option<String>,
}

/// A chart as pixels, for the clipboard: `rgba` is `width × height` pixels, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartImage {
    pub width: usize,
    pub height: usize,
    pub rgba: Vec<u8>,
}

/// What the framework map is showing (its analysis is in `Derived::map`).
#[derive(Clone, Debug, Default)]
pub struct MapState {
    /// The year shown, 0-based from the base year.
    pub year: usize,
    pub selected_node: Option<String>,
    pub selected_loop: Option<String>,
}

/// An animation from one set of levers and assumptions to another.
#[derive(Clone, Debug)]
pub struct Replay {
    pub from: Snapshot,
    pub to: Snapshot,
    pub started: f64,
}

/// The most councils the compare view sets beside the one in use: with it, five lines the
/// room can tell apart.
pub const MAX_OTHER_COUNCILS: usize = 4;

/// How long "replay last change" takes, in seconds.
pub const REPLAY_SECONDS: f64 = 2.0;

/// The app's state. What is worked out from it is in `derived`, refreshed when it changes;
/// views read both and never compute.
pub struct AppState {
    pub workshop: Workshop,
    pub levers: LeverValues,
    pub assumptions: Assumptions,
    /// The council the assumptions start from (File ▸ Import council figures…, `--council`).
    pub council: Option<Box<OurCouncil>>,
    /// The scenario last loaded, which "reset to scenario" returns to.
    pub scenario: Option<String>,
    /// The scenario drawn faintly behind the current curves.
    pub baseline: Option<String>,
    /// Projections and everything else worked out from the above.
    pub derived: Derived,
    /// Whether the jaws chart shows how sure its curves are.
    pub show_uncertainty: bool,
    pub seek_form: SeekForm,
    pub seek_job: Option<SeekJob>,
    /// The last answer, with the question it answers.
    pub seek_result: Option<(String, SeekResult)>,
    /// The question (and the levers) the search under way or the last answer started from, so
    /// the window can say when the answer no longer fits what is on screen.
    pub seek_asked: Option<(SeekForm, LeverValues)>,
    /// Why the question could not be asked (a typo in a written target, say).
    pub seek_error: Option<String>,
    /// Scenarios captured in this session, after the workshop's own in every picker.
    pub captured: Vec<Scenario>,
    /// "Our deal": what the council and what residents and communities commit to.
    pub deal: Vec<DealCard>,
    /// The room's notes for the record.
    pub notes: String,
    /// Scenarios on the compare view, in order (at most eight).
    pub compare: Vec<String>,
    /// Councils the compare view offers to set beside the one in use: the illustrative
    /// profiles that ship, then any added this session.
    pub known_councils: Vec<Council>,
    /// Those set beside it, in the order chosen (at most [`MAX_OTHER_COUNCILS`]).
    pub other_councils: Vec<Council>,
    /// A message for the room: what was saved or opened, or what went wrong and what to do.
    pub notice: Option<Notice>,
    /// Saving the session as the room works, for recovery after a crash.
    pub autosave: Option<Autosave>,
    /// A session left by a run that did not close cleanly, offered for restoring. Until the
    /// person answers, no other command takes effect and autosave writes nothing, so the
    /// crashed session stays exactly as it was.
    pub pending_restore: Option<PendingRestore>,
    /// Commands that wait for the answer to the restore offer (those from the command line:
    /// a view, presenting), applied once it is given.
    pub(crate) after_restore: Vec<Command>,
    /// The window was asked to close and the final save failed: why, and where the work is.
    /// The window stays open, offering Save As, until the person chooses.
    pub close_blocked: Option<String>,
    /// The window may close without a successful autosave: the person chose to, or saved the
    /// session to a file of their own.
    pub close_confirmed: bool,
    /// The text of the session last saved to a file the person chose, so that closing knows
    /// the work is safe there even when autosave fails.
    pub(crate) saved_text: Option<String>,
    /// Where the session was last saved or opened (Save goes there again).
    pub session_path: Option<PathBuf>,
    /// Files opened or saved, newest first.
    pub recent: Vec<PathBuf>,
    /// The capture dialog's name and note, while it is open.
    pub capture_draft: Option<(String, String)>,
    /// The scenario code dialog, while it is open.
    pub code_draft: Option<CodeDraft>,
    /// File dialogs the views asked for, answered by the window after the frame.
    pub file_requests: Vec<FileRequest>,
    /// Where files are saved when no file dialog can open (`Jaws` in the documents folder).
    pub files_folder: Option<PathBuf>,
    /// A chart drawn for the clipboard (Ctrl+C), for the window to hand over.
    pub clipboard_image: Option<ChartImage>,
    pub history: History,
    pub replay: Option<Replay>,
    pub view: View,
    pub assumptions_open: bool,
    pub map: MapState,
    pub prefs: Prefs,
    /// Problems with the workshop asked for, shown in a banner; the bundled one is open instead.
    pub load_problems: Vec<String>,
    /// The stage the room has reached (index into the workshop's stages).
    pub stage: usize,
    /// Presenter mode, while it is on.
    pub presenter: Option<Presenter>,
    /// What the room predicted at "predict, then reveal" stages.
    pub predictions: Vec<Prediction>,
    /// The workshops on offer, while the workshop picker is open.
    pub workshop_picker: Option<Vec<CatalogueEntry>>,
    /// The time now, in seconds (from the window), for animations.
    pub now: f64,
    /// The monitors the window can see (found by the window; none known in tests).
    pub screens: Screens,
}

impl AppState {
    pub fn new(workshop: Workshop, scenario: Option<&str>) -> AppState {
        // Nothing to compare with until someone asks: the scenario loaded would only be
        // compared with itself.
        let baseline = None;
        // The window opens on a scenario (the first, unless one is asked for) so that
        // "reset to scenario" always has somewhere to go.
        let scenario = scenario
            .and_then(|id| workshop.scenario(id))
            .or(workshop.scenarios.first())
            .map(|s| s.id.clone());
        let levers = match scenario.as_deref().and_then(|id| workshop.scenario(id)) {
            Some(s) => workshop.values_for(s),
            None => workshop.default_values(),
        };
        let assumptions = workshop.assumptions.clone();
        let derived = Derived::new(&Inputs {
            assumptions: &assumptions,
            levers: &levers,
            baseline: None,
            compared: Vec::new(),
            stage: None,
            analyse: false,
            map_year: None,
            uncertainty: false,
            uncertain: &[],
            lever_specs: &workshop.levers,
            replay: None,
            council: None,
            other_councils: &[],
            workshop_assumptions: &workshop.assumptions,
            workshop_levers: workshop.default_values(),
        });
        // A workshop written for an earlier Jaws says what was changed to read it.
        let notice = (!workshop.migration.is_empty())
            .then(|| Notice::info(migration_text(&workshop.migration)));
        let mut state = AppState {
            council: workshop.council.clone(),
            workshop,
            levers,
            assumptions,
            scenario,
            baseline,
            derived,
            show_uncertainty: true,
            seek_form: SeekForm::default(),
            seek_job: None,
            seek_result: None,
            seek_asked: None,
            seek_error: None,
            captured: Vec::new(),
            deal: Vec::new(),
            notes: String::new(),
            compare: Vec::new(),
            known_councils: crate::workshop::bundled_councils(),
            other_councils: Vec::new(),
            notice,
            autosave: None,
            pending_restore: None,
            after_restore: Vec::new(),
            close_blocked: None,
            close_confirmed: false,
            saved_text: None,
            session_path: None,
            recent: Vec::new(),
            capture_draft: None,
            code_draft: None,
            file_requests: Vec::new(),
            files_folder: super::files::default_folder(),
            clipboard_image: None,
            history: History::default(),
            replay: None,
            view: View::Explore,
            assumptions_open: false,
            map: MapState::default(),
            prefs: Prefs::default(),
            load_problems: Vec::new(),
            stage: 0,
            presenter: None,
            predictions: Vec::new(),
            workshop_picker: None,
            now: 0.0,
            screens: Screens::default(),
        };
        state.derive();
        state
    }

    /// Bring `derived` up to date with the session: the parts whose inputs changed are worked
    /// out again, the rest stay. `apply` ends with this and the window calls it (through
    /// `advance`) before every frame, so views always read results for what they show.
    pub fn derive(&mut self) {
        let last_year = (self.assumptions.horizon_years as usize).saturating_sub(1);
        self.map.year = self.map.year.min(last_year);
        // Field by field (not `find_scenario`), so that `derived` can be borrowed mutably.
        let (workshop, captured) = (&self.workshop, &self.captured);
        let lang = crate::i18n::lang();
        let values = |id: &str| {
            scenario_in(workshop, captured, id).map(|s| {
                (
                    s.id.as_str(),
                    shown_name(workshop, s, lang),
                    workshop.values_for(s),
                )
            })
        };
        // A baseline whose levers are the ones in place would be compared with itself: it is
        // drawn once the levers move away from it.
        let baseline = self
            .baseline
            .as_deref()
            .and_then(values)
            .map(|(_, _, v)| v)
            .filter(|v| *v != self.levers);
        let compared: Vec<_> = self.compare.iter().filter_map(|id| values(id)).collect();
        let stage = self
            .presenter
            .as_ref()
            .and_then(|_| self.workshop.stages.get(self.stage));
        let replay = self
            .replay
            .as_ref()
            .zip(self.replay_progress())
            .map(|(r, t)| (&r.from, &r.to, t));
        let council_name = self.council.as_ref().map(|c| c.profile.title());
        self.derived.refresh(&Inputs {
            assumptions: &self.assumptions,
            levers: &self.levers,
            baseline,
            compared,
            stage,
            analyse: self.view == View::Analyse,
            map_year: (self.view == View::Map).then_some(self.map.year),
            uncertainty: self.show_uncertainty,
            uncertain: &self.workshop.uncertain,
            lever_specs: &self.workshop.levers,
            replay,
            council: council_name.as_deref(),
            other_councils: &self.other_councils,
            workshop_assumptions: &self.workshop.assumptions,
            workshop_levers: self.workshop.default_values(),
        });
    }

    /// Time moves on to `now` (seconds): a reveal that has run its course settles, and the
    /// replay (if one runs) gets its frame for now. The window calls this before each frame.
    pub fn advance(&mut self, now: f64) {
        self.now = now;
        if let Some(p) = &mut self.presenter {
            p.settle_reveal(now);
        }
        self.derive();
    }

    /// Work bands out on a background thread from now on (the real window does this).
    pub fn use_band_worker(&mut self) {
        self.derived.use_band_worker(None);
        self.derive();
    }

    /// Take finished bands from the worker. Returns whether newer ones are still coming. If
    /// they could not be worked out, the bands are turned off (so nothing keeps asking) and
    /// the room is told why; the rest of Jaws carries on.
    pub fn collect_bands(&mut self) -> bool {
        let coming = self.derived.collect_bands(self.show_uncertainty);
        if let Some(why) = self.derived.take_band_failure() {
            self.show_uncertainty = false;
            self.derive();
            self.notice = Some(Notice::error(crate::t!(
                "notice-bands-failed",
                problem = why
            )));
            return false;
        }
        coming
    }

    /// Work bands out with this worker from now on (tests give one that fails).
    pub fn set_band_worker(&mut self, worker: BandWorker) {
        self.derived.use_band_worker(Some(worker));
        self.derive();
    }

    /// Whether the bands shown belong to an earlier change (new ones are on their way).
    pub fn bands_stale(&self) -> bool {
        self.derived.bands_stale(self.show_uncertainty)
    }

    /// Hand the band worker on, for the session that replaces this one.
    pub(crate) fn take_band_worker(&mut self) -> Option<BandWorker> {
        self.derived.take_band_worker()
    }

    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            levers: self.levers,
            assumptions: self.assumptions.clone(),
            scenario: self.scenario.clone(),
            captured: self.captured.clone(),
            deal: self.deal.clone(),
            council: self.council.clone(),
        }
    }

    /// Put an undo or redo step back.
    pub(crate) fn restore(&mut self, s: Snapshot) {
        self.levers = s.levers;
        self.assumptions = s.assumptions;
        self.scenario = s.scenario;
        self.captured = s.captured;
        self.deal = s.deal;
        self.council = s.council;
        let keep: Vec<String> = self
            .compare
            .iter()
            .filter(|id| self.find_scenario(id).is_some())
            .cloned()
            .collect();
        self.compare = keep;
        // A baseline undone out of existence (a captured scenario) is no longer drawn.
        if self
            .baseline
            .as_deref()
            .is_some_and(|id| self.find_scenario(id).is_none())
        {
            self.baseline = None;
        }
        self.replay = None;
    }

    /// Apply a change that undo can reverse; what it changes is worked out again once the
    /// command is applied.
    pub(crate) fn change(&mut self, gesture: Option<usize>, f: impl FnOnce(&mut Self)) {
        let before = self.snapshot();
        f(self);
        if self.snapshot() != before {
            self.touch_autosave();
            self.history.record(&before, gesture);
            self.replay = None;
        }
    }

    /// Something worth keeping changed: save the session a little later.
    pub(crate) fn touch_autosave(&mut self) {
        if let Some(a) = &mut self.autosave {
            a.touch(self.now);
        }
    }

    /// The window's title: the council's name (when the figures are its own) and the
    /// workshop's.
    pub fn window_title(&self) -> String {
        let title = self
            .workshop
            .text(crate::workshop::Words::Title, crate::i18n::lang());
        match &self.council {
            Some(c) => format!("Jaws — {} — {}", c.profile.title(), title),
            None => format!("Jaws — {title}"),
        }
    }

    /// A scenario by id: the workshop's own, then those captured in this session.
    pub fn find_scenario(&self, id: &str) -> Option<&Scenario> {
        scenario_in(&self.workshop, &self.captured, id)
    }

    /// A scenario's name as a person reads it: a workshop's scenario in the window's language
    /// ([`Workshop::text`]), a captured one as the room named it.
    pub fn scenario_name(&self, s: &Scenario) -> String {
        shown_name(&self.workshop, s, crate::i18n::lang()).to_owned()
    }

    /// Every scenario a picker should offer.
    pub fn all_scenarios(&self) -> impl Iterator<Item = &Scenario> {
        self.workshop.scenarios.iter().chain(&self.captured)
    }

    /// How far through the replay we are (0..1), or `None` when not replaying.
    pub fn replay_progress(&self) -> Option<f64> {
        let r = self.replay.as_ref()?;
        let t = ((self.now - r.started) / REPLAY_SECONDS).clamp(0.0, 1.0);
        (t < 1.0).then_some(t)
    }

    /// The projection to draw now: the current one, or the replay's frame.
    pub fn shown_projection(&self) -> &Projection {
        self.replay_progress()
            .and(self.derived.replay_frame.as_ref())
            .unwrap_or(&self.derived.projection)
    }

    /// Whether presenter mode is on.
    pub fn presenting(&self) -> bool {
        self.presenter.is_some()
    }

    /// The stage on screen while presenting.
    pub fn presented_stage(&self) -> Option<&Stage> {
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
        let years = self.derived.projection.rows.len();
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

    /// How the last answer to "what would it take?" stands against what is on screen now.
    pub fn seek_answer_standing(&self) -> Option<AnswerStanding> {
        let (_, found) = self.seek_result.as_ref()?;
        let (form, from) = self.seek_asked.as_ref()?;
        Some(if self.levers == found.levers {
            AnswerStanding::InPlace
        } else if *form != self.seek_form {
            AnswerStanding::QuestionChanged
        } else if *from != self.levers {
            AnswerStanding::LeversMoved
        } else {
            AnswerStanding::Current
        })
    }

    /// Whether opening another workshop would save something first: the session is autosaved
    /// and the room has done something worth keeping.
    pub fn has_work_to_save(&self) -> bool {
        self.autosave.is_some()
            && (self.history.can_undo()
                || !self.captured.is_empty()
                || !self.deal.is_empty()
                || !self.notes.is_empty()
                || !self.predictions.is_empty())
    }

    /// The linked chart the stage on screen asks the room to predict on, if its question is
    /// about one of them (else the jaws; see `presenter::asked_about`).
    pub fn predicted_metric(&self) -> Option<&'static crate::model::metric::Metric> {
        self.presented_stage()?
            .predict
            .as_deref()
            .and_then(super::presenter::asked_about)
    }

    /// The monitor the facilitator's notes go to while presenting on two screens.
    pub fn notes_screen(&self) -> Option<&Screen> {
        let (_, notes) = self.presenter.as_ref()?.screens?;
        self.screens.monitors.get(notes)
    }

    /// The scenario code of the levers as they stand.
    pub fn current_code(&self) -> ScenarioCode {
        scenario_code::encode(&self.workshop, &self.levers)
    }

    /// A scenario's code, by id.
    pub fn code_of(&self, id: &str) -> Option<ScenarioCode> {
        self.find_scenario(id)
            .map(|s| scenario_code::encode(&self.workshop, &self.workshop.values_for(s)))
    }

    /// The prediction for the stage on screen, if the room has made one.
    pub fn current_prediction(&self) -> Option<&Prediction> {
        let stage = self.presented_stage()?;
        self.predictions.iter().find(|p| p.stage == stage.id)
    }
}

/// How the last answer to "what would it take?" stands against what is on screen now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerStanding {
    /// It answers the question as it stands, from the levers as they stand.
    Current,
    /// Its levers are the ones in place.
    InPlace,
    /// The question has changed since: the answer is for an earlier one.
    QuestionChanged,
    /// The levers have moved since it started from them.
    LeversMoved,
}

/// A scenario by id: the workshop's own, then those captured in this session.
fn scenario_in<'a>(
    workshop: &'a Workshop,
    captured: &'a [Scenario],
    id: &str,
) -> Option<&'a Scenario> {
    workshop
        .scenario(id)
        .or_else(|| captured.iter().find(|s| s.id == id))
}

/// A scenario's name in `lang`: a workshop's own in its translation where it has one, a
/// captured one as the room named it.
fn shown_name<'a>(workshop: &'a Workshop, s: &'a Scenario, lang: crate::i18n::Lang) -> &'a str {
    match workshop.scenarios.iter().position(|w| w == s) {
        Some(i) => workshop.text(crate::workshop::Words::ScenarioName(i), lang),
        None => s.name.as_str(),
    }
}
