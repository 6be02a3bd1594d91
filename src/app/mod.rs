//! The running app: state, the commands views emit, and the one place that applies them.

pub mod autosave;
pub mod bands;
pub mod files;
pub mod history;
pub mod presenter;
pub mod seeker;
pub mod window;

use serde::{Deserialize, Serialize};

use crate::model::loops::{self, RankedLoop};
use crate::model::seek::SeekResult;
use crate::model::sensitivity::{TornadoBar, tornado};
use crate::model::sweep::{Bands, bands};
use crate::model::target::Goal;
use crate::model::{Assumptions, LeverValues, Projection, influence, simulate};
use crate::workshop::session::{DealCard, DealSide, Session};
use crate::workshop::{Scenario, Workshop};
use history::{History, Snapshot};

/// Which screen the window shows. Later views (map, present, compare) join here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    Explore,
    /// The framework map: the four domains and how the drivers act on each other.
    Map,
    /// What matters most (tornado) and what would it take (goal seek).
    Analyse,
    /// Scenarios side by side.
    Compare,
    /// "Our deal": the commitments the room agrees.
    Deal,
}

/// Everything a view may ask for. Views never change state themselves.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Move a lever. `dragging` marks a change that is part of a slider drag, so that the
    /// whole drag becomes one undo step.
    SetLever {
        lever: usize,
        value: f64,
        dragging: bool,
    },
    /// A slider drag finished.
    EndGesture,
    /// One lever back to its default.
    ResetLever(usize),
    /// Every lever back to the workshop's defaults.
    ResetLevers,
    /// Load a scenario's lever values (and remember it for "reset to scenario").
    LoadScenario(String),
    /// Back to the values of the scenario last loaded.
    ResetToScenario,
    /// Draw this scenario faintly behind the current curves; `None` for no baseline.
    SetBaseline(Option<String>),
    SetAssumption {
        id: String,
        value: f64,
    },
    SetBaseYear(i32),
    SetHorizon(u32),
    /// Every assumption back to the workshop's own.
    ResetAssumptions,
    Undo,
    Redo,
    /// Animate the curves from before the last change to after it.
    ReplayLastChange,
    ToggleAssumptions,
    SetDarkMode(bool),
    SetView(View),
    /// Show or hide the uncertainty bands on the jaws chart.
    SetUncertainty(bool),
    /// Change the "what would it take?" question.
    SetSeekForm(SeekForm),
    /// Start looking for the smallest change that meets the question.
    StartSeek,
    CancelSeek,
    /// Put the levers the search found in place (one undo step).
    ApplySeekResult,
    /// Keep these lever values as a named scenario of this session.
    CaptureScenario {
        name: String,
        note: String,
        levers: LeverValues,
    },
    RenameScenario {
        id: String,
        name: String,
    },
    SetScenarioNote {
        id: String,
        note: String,
    },
    DuplicateScenario(String),
    /// Delete a captured scenario (undo brings it back).
    DeleteScenario(String),
    /// Add or remove a scenario from the compare view.
    ToggleCompare(String),
    AddDealCard {
        side: DealSide,
        text: String,
        levers: Vec<String>,
    },
    RemoveDealCard(String),
    SetNotes(String),
    /// Save the session: to this file, or where it was last saved.
    SaveSession(Option<std::path::PathBuf>),
    /// Save one scenario as a scenario file, to carry to another laptop.
    SaveScenario {
        id: String,
        path: std::path::PathBuf,
    },
    /// Open (or drop) files: sessions, scenario files.
    OpenFiles(Vec<std::path::PathBuf>),
    /// Export the jaws chart of the compared scenarios (or the current levers) as PNG or SVG.
    ExportChart(std::path::PathBuf),
    /// Write the HTML and Markdown report of the session into a folder.
    WriteReport(std::path::PathBuf),
    RestoreAutosave,
    DismissRestore,
    DismissNotice,
    /// Open the capture dialog, with a suggested name.
    OpenCapture,
    /// Change the capture dialog's name and note.
    SetCaptureDraft {
        name: String,
        note: String,
    },
    /// Capture the levers as they stand under the dialog's name and note.
    ConfirmCapture,
    CancelCapture,
    /// The year the map shows (0-based from the base year).
    SetMapYear(usize),
    /// Select a map node (a lever or stock id) to see its details; `None` to clear.
    SelectNode(Option<String>),
    /// Highlight a feedback loop on the map, by id; `None` to clear.
    SelectLoop(Option<String>),
    /// Presenter mode on (F5), at the stage the room had reached.
    StartPresenting,
    /// Presenter mode off (Esc).
    StopPresenting,
    NextStage,
    PreviousStage,
    /// Jump to a stage, by index (Home and End go to the first and last).
    GoToStage(usize),
    /// Blank the audience screen, or bring it back (B).
    ToggleBlank,
    /// Start or pause the stage timer (T).
    ToggleTimer,
    ToggleFullscreen,
    SetNotesPlace(presenter::NotesPlace),
    /// Show what the room was asked to predict (R).
    Reveal,
    /// A point of the room's prediction sketched on the jaws chart, in (year, £m).
    SketchPoint {
        at: [f64; 2],
        new_stroke: bool,
    },
    ClearSketch,
    /// What the room said it predicted, as the facilitator writes it down.
    SetPredictionSaid(String),
    /// List the workshops on offer (bundled, in the folders, recent).
    OpenWorkshopPicker,
    CloseWorkshopPicker,
    /// Open a workshop in place of this one (this session is saved first).
    OpenWorkshop(crate::workshop::catalogue::WorkshopSource),
    /// Ask for a workshop file with the file dialog, then open it.
    BrowseWorkshop,
}

/// The preferences that persist between runs (eframe storage). The user's work does not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub dark_mode: bool,
    pub zoom: f32,
    /// Files opened or saved lately, newest first (the File menu's Recent).
    pub recent: Vec<std::path::PathBuf>,
    /// Workshop files opened lately, newest first (the workshop picker's Recent).
    pub recent_workshops: Vec<std::path::PathBuf>,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            dark_mode: true,
            zoom: 1.0,
            recent: Vec::new(),
            recent_workshops: Vec::new(),
        }
    }
}

/// The "what would it take?" question as the room sets it.
#[derive(Clone, Debug, PartialEq)]
pub struct SeekForm {
    pub close_gap: bool,
    pub by_year: i32,
    pub keep_reserves: bool,
    pub cap_tax: bool,
    pub tax_cap: f64,
    /// A target written out (see docs/seek.md); used instead of the boxes when not empty.
    pub custom: String,
    /// Which levers the room is willing to move, in catalogue order.
    pub movable: [bool; crate::model::LEVER_COUNT],
}

impl Default for SeekForm {
    fn default() -> Self {
        let mut movable = [true; crate::model::LEVER_COUNT];
        // The national settlement is the government's lever, not the council's.
        movable[crate::model::LeverKey::GrantChange as usize] = false;
        SeekForm {
            close_gap: true,
            by_year: 2032,
            keep_reserves: true,
            cap_tax: false,
            tax_cap: 2.99,
            custom: String::new(),
            movable,
        }
    }
}

impl SeekForm {
    pub fn uses_custom(&self) -> bool {
        !self.custom.trim().is_empty()
    }

    /// The question as a target expression (docs/seek.md).
    pub fn target_text(&self) -> String {
        if self.uses_custom() {
            return self.custom.trim().to_string();
        }
        let mut parts = Vec::new();
        if self.close_gap {
            parts.push(format!("gap<=0 by {}", self.by_year));
        }
        if self.keep_reserves {
            parts.push("reserves>=minimum".to_string());
        }
        if self.cap_tax {
            parts.push(format!("council_tax_rise<={}", self.tax_cap));
        }
        parts.join(" and ")
    }
}

/// A message at the foot of the window.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            text: text.into(),
            error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Notice {
        Notice {
            text: text.into(),
            error: true,
        }
    }
}

/// What the framework map is showing.
#[derive(Clone, Debug, Default)]
pub struct MapState {
    /// The year shown, 0-based from the base year.
    pub year: usize,
    pub selected_node: Option<String>,
    pub selected_loop: Option<String>,
    /// Link effects, shares and ranked loops for `year`; `None` while the map is not shown.
    pub analysis: Option<MapAnalysis>,
}

#[derive(Clone, Debug)]
pub struct MapAnalysis {
    /// Each declared link's effect (`influence::Nudge::Relative`), in `LINKS` order.
    pub effects: Vec<f64>,
    /// Each link's share of the influence on its target, 0..1.
    pub shares: Vec<f64>,
    /// Every feedback loop, strongest first.
    pub loops: Vec<RankedLoop>,
}

/// An animation from one set of levers and assumptions to another.
#[derive(Clone, Debug)]
pub struct Replay {
    pub from: Snapshot,
    pub to: Snapshot,
    pub started: f64,
}

/// How long "replay last change" takes, in seconds.
pub const REPLAY_SECONDS: f64 = 2.0;

/// The app's state. Derived values (projections) are recomputed in `apply`, never by views.
pub struct AppState {
    pub workshop: Workshop,
    pub levers: LeverValues,
    pub assumptions: Assumptions,
    /// The scenario last loaded, which "reset to scenario" returns to.
    pub scenario: Option<String>,
    /// The scenario drawn faintly behind the current curves.
    pub baseline: Option<String>,
    pub projection: Projection,
    pub baseline_projection: Option<Projection>,
    /// Whether the jaws chart shows how sure its curves are.
    pub show_uncertainty: bool,
    /// Percentile bands of demand and resources over the workshop's uncertain assumptions,
    /// for the current levers; `None` when hidden or the workshop names no uncertainty.
    pub bands: Option<Bands>,
    /// Which change the shown bands belong to, and the latest change; they differ while new
    /// bands are being worked out (the chart marks them as updating).
    pub bands_for: u64,
    pub bands_wanted: u64,
    /// Works the bands out off the UI thread. `None`: worked out at once (tests, benchmarks
    /// of the model), which is simpler and deterministic.
    pub band_worker: Option<bands::BandWorker>,
    /// What matters most to the final-year gap, while the analyse view is shown.
    pub tornado: Option<Vec<TornadoBar>>,
    pub seek_form: SeekForm,
    pub seek_job: Option<seeker::SeekJob>,
    /// The last answer, with the question it answers.
    pub seek_result: Option<(String, SeekResult)>,
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
    /// A message for the room: what was saved or opened, or what went wrong and what to do.
    pub notice: Option<Notice>,
    /// Saving the session as the room works, for recovery after a crash.
    pub autosave: Option<autosave::Autosave>,
    /// A session left by a run that did not close cleanly, offered for restoring.
    pub pending_restore: Option<(std::path::PathBuf, Session)>,
    /// Where the session was last saved or opened (Save goes there again).
    pub session_path: Option<std::path::PathBuf>,
    /// Files opened or saved, newest first.
    pub recent: Vec<std::path::PathBuf>,
    /// The capture dialog's name and note, while it is open.
    pub capture_draft: Option<(String, String)>,
    /// Asks the person for file names (native dialogs; tests put in their own).
    pub picker: Box<dyn files::FilePicker>,
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
    pub presenter: Option<presenter::Presenter>,
    /// What the room predicted at "predict, then reveal" stages.
    pub predictions: Vec<crate::workshop::session::Prediction>,
    /// The workshops on offer, while the workshop picker is open.
    pub workshop_picker: Option<Vec<crate::workshop::catalogue::CatalogueEntry>>,
    /// The time now, in seconds (from egui), for animations.
    pub now: f64,
}

impl AppState {
    pub fn new(workshop: Workshop, scenario: Option<&str>) -> AppState {
        let baseline = workshop
            .scenario("old-deal")
            .or(workshop.scenarios.first())
            .map(|s| s.id.clone());
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
        let projection = simulate(&assumptions, &levers);
        let mut state = AppState {
            workshop,
            levers,
            assumptions,
            scenario,
            baseline,
            projection,
            baseline_projection: None,
            show_uncertainty: true,
            bands: None,
            bands_for: 0,
            bands_wanted: 0,
            band_worker: None,
            tornado: None,
            seek_form: SeekForm::default(),
            seek_job: None,
            seek_result: None,
            seek_error: None,
            captured: Vec::new(),
            deal: Vec::new(),
            notes: String::new(),
            compare: Vec::new(),
            notice: None,
            autosave: None,
            pending_restore: None,
            session_path: None,
            recent: Vec::new(),
            capture_draft: None,
            picker: Box::new(files::NativePicker),
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
        };
        state.recompute();
        state
    }

    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            levers: self.levers,
            assumptions: self.assumptions.clone(),
            scenario: self.scenario.clone(),
            captured: self.captured.clone(),
            deal: self.deal.clone(),
        }
    }

    fn restore(&mut self, s: Snapshot) {
        self.levers = s.levers;
        self.assumptions = s.assumptions;
        self.scenario = s.scenario;
        self.captured = s.captured;
        self.deal = s.deal;
        let keep: Vec<String> = self
            .compare
            .iter()
            .filter(|id| self.find_scenario(id).is_some())
            .cloned()
            .collect();
        self.compare = keep;
    }

    /// Work out what the map shows: link strengths and ranked loops for the map's year. Under
    /// a millisecond, but only done while the map is on screen.
    fn refresh_map(&mut self) {
        if self.view != View::Map {
            self.map.analysis = None;
            return;
        }
        let last = self.assumptions.horizon_years as usize - 1;
        self.map.year = self.map.year.min(last);
        let effects = influence::link_effects(
            &self.assumptions,
            &self.levers,
            self.map.year,
            influence::Nudge::Relative,
        );
        let shares = influence::link_shares(&effects);
        let loops = loops::ranked_loops_with(&shares);
        self.map.analysis = Some(MapAnalysis {
            effects,
            shares,
            loops,
        });
    }

    /// Keep the session saved in `dir` as the room works; offer what a crashed run left.
    pub fn use_autosave(&mut self, dir: &std::path::Path) {
        let (saver, left) = autosave::Autosave::start(dir, &self.workshop);
        self.pending_restore = left.map(|s| (saver.path.clone(), s));
        self.autosave = Some(saver);
    }

    /// Save the session if a change has waited long enough.
    pub fn autosave_tick(&mut self) {
        let session = self
            .autosave
            .as_ref()
            .filter(|a| a.pending())
            .map(|_| self.to_session());
        if let (Some(a), Some(session)) = (&mut self.autosave, session)
            && let Some(problem) = a.tick(self.now, || session)
        {
            self.notice = Some(Notice::error(problem));
        }
    }

    /// A clean exit: save the session and clear the crash marker.
    pub fn finish_autosave(&mut self) {
        let session = self.to_session();
        if let Some(a) = &mut self.autosave {
            a.finish(&session);
        }
    }

    /// A scenario by id: the workshop's own, then those captured in this session.
    pub fn find_scenario(&self, id: &str) -> Option<&Scenario> {
        self.workshop
            .scenario(id)
            .or_else(|| self.captured.iter().find(|s| s.id == id))
    }

    /// Every scenario a picker should offer.
    pub fn all_scenarios(&self) -> impl Iterator<Item = &Scenario> {
        self.workshop.scenarios.iter().chain(&self.captured)
    }

    /// An id made from a name ("Table 3's plan" → "table-3s-plan"), unique in this session.
    fn unused_scenario_id(&self, name: &str) -> String {
        let mut base: String = name
            .to_lowercase()
            .chars()
            .filter_map(|c| {
                if c.is_ascii_alphanumeric() {
                    Some(c)
                } else if c == ' ' || c == '-' {
                    Some('-')
                } else {
                    None
                }
            })
            .collect();
        base = base
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        base.truncate(48);
        if base.is_empty() {
            base = "scenario".into();
        }
        let mut id = base.clone();
        let mut n = 2;
        while self.find_scenario(&id).is_some() {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    fn start_seek(&mut self) {
        if self.seek_job.is_some() {
            return;
        }
        let text = self.seek_form.target_text();
        if text.is_empty() {
            self.seek_error = Some("Tick at least one thing to aim for, or write a target.".into());
            return;
        }
        match Goal::parse(&text, &self.assumptions, &self.workshop.levers, None) {
            Err(e) => self.seek_error = Some(format!("{e}")),
            Ok(goal) => {
                self.seek_error = None;
                let movable: Vec<usize> = (0..self.workshop.levers.len())
                    .filter(|&i| self.seek_form.movable[i])
                    .collect();
                self.seek_job = Some(seeker::SeekJob::start(
                    text,
                    goal,
                    self.assumptions.clone(),
                    self.levers,
                    self.workshop.levers.clone(),
                    movable,
                ));
            }
        }
    }

    /// Take a finished search's answer. Returns whether one is still running.
    pub fn collect_seek(&mut self) -> bool {
        if let Some(found) = self.seek_job.as_ref().and_then(|j| j.finished()) {
            let target = self.seek_job.take().map(|j| j.target).unwrap_or_default();
            self.seek_result = Some((target, found));
        }
        self.seek_job.is_some()
    }

    /// Futures for the bands: enough for steady 5th and 95th percentiles, few enough (about
    /// 2 ms on two cores) to redo on every slider movement without a stutter.
    const BAND_FUTURES: usize = 400;

    fn refresh_bands(&mut self) {
        self.bands_wanted += 1;
        // Every assumption with a plausible range joins the workshop's own uncertain list.
        let uncertain =
            crate::model::sweep::uncertain_set(&self.assumptions, &self.workshop.uncertain);
        if !self.show_uncertainty || uncertain.is_empty() {
            self.bands = None;
            self.bands_for = self.bands_wanted;
            return;
        }
        match &self.band_worker {
            Some(worker) => worker.request(
                self.bands_wanted,
                &self.assumptions,
                &self.workshop.uncertain,
                &self.levers,
                Self::BAND_FUTURES,
            ),
            None => {
                self.bands = Some(bands(
                    &self.assumptions,
                    &self.workshop.uncertain,
                    &self.levers,
                    Self::BAND_FUTURES,
                    1,
                ));
                self.bands_for = self.bands_wanted;
            }
        }
    }

    /// Take finished bands from the worker. Returns whether newer ones are still coming.
    pub fn collect_bands(&mut self) -> bool {
        if let Some((generation, b)) = self.band_worker.as_ref().and_then(|w| w.poll())
            && generation > self.bands_for
        {
            self.bands = self.show_uncertainty.then_some(b);
            self.bands_for = generation;
        }
        self.bands_stale()
    }

    pub fn bands_stale(&self) -> bool {
        self.show_uncertainty && self.bands_for != self.bands_wanted
    }

    /// Work bands out on a background thread from now on (the real window does this).
    pub fn use_band_worker(&mut self) {
        self.band_worker = Some(bands::BandWorker::spawn());
        self.refresh_bands();
    }

    /// Rerun the model for the current levers and the baseline. Microseconds: safe every change.
    pub(crate) fn recompute(&mut self) {
        self.projection = simulate(&self.assumptions, &self.levers);
        self.baseline_projection = self
            .baseline
            .as_deref()
            .and_then(|id| self.find_scenario(id))
            .map(|s| simulate(&self.assumptions, &self.workshop.values_for(s)));
        self.refresh_bands();
        self.refresh_map();
        self.tornado = (self.view == View::Analyse).then(|| {
            tornado(
                &self.assumptions,
                &self.workshop.uncertain,
                &self.levers,
                &self.workshop.levers,
            )
        });
    }

    /// Apply a change that undo can reverse.
    fn change(&mut self, gesture: Option<usize>, f: impl FnOnce(&mut Self)) {
        let before = self.snapshot();
        f(self);
        if self.snapshot() != before {
            if let Some(a) = &mut self.autosave {
                a.touch(self.now);
            }
            self.history.record(&before, gesture);
            self.replay = None;
            self.recompute();
        }
    }

    pub fn apply(&mut self, command: Command) {
        match command {
            Command::SetLever {
                lever,
                value,
                dragging,
            } => {
                let Some(spec) = self.workshop.levers.get(lever) else {
                    return;
                };
                // A stage may lock levers: this is the one place that enforces it.
                if !self.lever_unlocked(lever) {
                    return;
                }
                let value = spec.clamp(value);
                self.change(dragging.then_some(lever), |s| s.levers.0[lever] = value);
                if !dragging {
                    self.history.end_gesture();
                }
            }
            Command::EndGesture => self.history.end_gesture(),
            Command::ResetLever(lever) => {
                if !self.lever_unlocked(lever) {
                    return;
                }
                let Some(default) = self.workshop.levers.get(lever).map(|l| l.default) else {
                    return;
                };
                self.change(None, |s| s.levers.0[lever] = default);
            }
            Command::ResetLevers => {
                let defaults = self.workshop.default_values();
                self.change(None, |s| {
                    s.levers = defaults;
                    s.scenario = None;
                });
            }
            Command::LoadScenario(id) => {
                let Some(values) = self
                    .find_scenario(&id)
                    .map(|sc| self.workshop.values_for(sc))
                else {
                    return;
                };
                self.change(None, |s| {
                    s.levers = values;
                    s.scenario = Some(id);
                });
            }
            Command::ResetToScenario => match self.scenario.clone() {
                Some(id) => self.apply(Command::LoadScenario(id)),
                None => self.apply(Command::ResetLevers),
            },
            Command::SetBaseline(id) => {
                self.baseline = id.filter(|id| self.find_scenario(id).is_some());
                self.recompute();
            }
            Command::SetAssumption { id, value } => {
                let mut next = self.assumptions.clone();
                if next.set(&id, value) && next.problems().is_empty() {
                    self.change(None, |s| s.assumptions = next);
                }
            }
            Command::SetBaseYear(year) => {
                let mut next = self.assumptions.clone();
                next.base_year = year;
                if next.problems().is_empty() {
                    self.change(None, |s| s.assumptions = next);
                }
            }
            Command::SetHorizon(years) => {
                let mut next = self.assumptions.clone();
                next.horizon_years = years;
                if next.problems().is_empty() {
                    self.change(None, |s| s.assumptions = next);
                }
            }
            Command::ResetAssumptions => {
                let original = self.workshop.assumptions.clone();
                self.change(None, |s| s.assumptions = original);
            }
            Command::Undo => {
                if let Some(previous) = self.history.undo(&self.snapshot()) {
                    self.restore(previous);
                    self.replay = None;
                    self.recompute();
                }
            }
            Command::Redo => {
                if let Some(next) = self.history.redo(&self.snapshot()) {
                    self.restore(next);
                    self.replay = None;
                    self.recompute();
                }
            }
            Command::ReplayLastChange => {
                if let Some(before) = self.history.last_before() {
                    self.replay = Some(Replay {
                        from: before.clone(),
                        to: self.snapshot(),
                        started: self.now,
                    });
                }
            }
            Command::ToggleAssumptions => self.assumptions_open = !self.assumptions_open,
            Command::SetUncertainty(on) => {
                self.show_uncertainty = on;
                self.refresh_bands();
            }
            Command::SetView(view) => {
                self.view = view;
                self.recompute();
            }
            Command::SetSeekForm(form) => self.seek_form = form,
            Command::CaptureScenario { name, note, levers } => {
                let id = self.unused_scenario_id(&name);
                let levers = self
                    .workshop
                    .levers
                    .iter()
                    .zip(levers.0)
                    .map(|(l, v)| (l.id.clone(), v))
                    .collect();
                let scenario = Scenario {
                    id: id.clone(),
                    name,
                    note,
                    levers,
                };
                self.change(None, |s| s.captured.push(scenario));
                if self.compare.len() < 8 {
                    self.compare.push(id);
                }
            }
            Command::RenameScenario { id, name } => {
                if let Some(i) = self.captured.iter().position(|s| s.id == id) {
                    let name = name.trim().to_string();
                    if !name.is_empty() {
                        self.change(None, |s| s.captured[i].name = name);
                    }
                }
            }
            Command::SetScenarioNote { id, note } => {
                if let Some(i) = self.captured.iter().position(|s| s.id == id) {
                    self.change(None, |s| s.captured[i].note = note);
                }
            }
            Command::DuplicateScenario(id) => {
                if let Some(original) = self.find_scenario(&id).cloned() {
                    let copy_name = format!("{} (copy)", original.name);
                    let copy_id = self.unused_scenario_id(&copy_name);
                    let copy = Scenario {
                        id: copy_id,
                        name: copy_name,
                        ..original
                    };
                    self.change(None, |s| s.captured.push(copy));
                }
            }
            Command::DeleteScenario(id) => {
                if let Some(i) = self.captured.iter().position(|s| s.id == id) {
                    self.change(None, |s| {
                        s.captured.remove(i);
                        if s.scenario.as_deref() == Some(id.as_str()) {
                            s.scenario = None;
                        }
                    });
                    self.compare.retain(|c| *c != id);
                    self.notice = Some(Notice::info(
                        "Scenario deleted. Undo (Ctrl+Z) brings it back.",
                    ));
                }
            }
            Command::ToggleCompare(id) => {
                if let Some(i) = self.compare.iter().position(|c| *c == id) {
                    self.compare.remove(i);
                } else if self.compare.len() >= 8 {
                    self.notice = Some(Notice::error(
                        "At most eight scenarios can be compared at once: untick one first.",
                    ));
                } else if self.find_scenario(&id).is_some() {
                    self.compare.push(id);
                }
            }
            Command::AddDealCard { side, text, levers } => {
                let text = text.trim().to_string();
                if !text.is_empty() {
                    let n = (1..)
                        .find(|n| !self.deal.iter().any(|c| c.id == format!("card-{n}")))
                        .unwrap_or(1);
                    let card = DealCard {
                        id: format!("card-{n}"),
                        text,
                        side,
                        levers,
                    };
                    self.change(None, |s| s.deal.push(card));
                }
            }
            Command::RemoveDealCard(id) => {
                if let Some(i) = self.deal.iter().position(|c| c.id == id) {
                    self.change(None, |s| {
                        s.deal.remove(i);
                    });
                }
            }
            Command::SetNotes(notes) => {
                self.notes = notes;
                if let Some(a) = &mut self.autosave {
                    a.touch(self.now);
                }
            }
            Command::SaveSession(path) => self.save_session(path),
            Command::SaveScenario { id, path } => self.save_scenario(&id, &path),
            Command::OpenFiles(paths) => self.open_files(&paths),
            Command::ExportChart(path) => self.export_chart(&path),
            Command::WriteReport(dir) => self.write_report(&dir),
            Command::RestoreAutosave => {
                if let Some((_, session)) = self.pending_restore.take() {
                    self.load_session(session);
                    self.notice = Some(Notice::info(
                        "The session was restored as it was last saved.",
                    ));
                }
            }
            Command::DismissRestore => self.pending_restore = None,
            Command::DismissNotice => self.notice = None,
            Command::OpenCapture => {
                let n = self.captured.len() + 1;
                self.capture_draft = Some((format!("Scenario {n}"), String::new()));
            }
            Command::SetCaptureDraft { name, note } => self.capture_draft = Some((name, note)),
            Command::CancelCapture => self.capture_draft = None,
            Command::ConfirmCapture => {
                if let Some((name, note)) = self.capture_draft.take() {
                    let name = if name.trim().is_empty() {
                        "Scenario".to_string()
                    } else {
                        name.trim().to_string()
                    };
                    let levers = self.levers;
                    self.apply(Command::CaptureScenario {
                        name: name.clone(),
                        note,
                        levers,
                    });
                    self.notice = Some(Notice::info(format!(
                        "Captured \"{name}\": it is in the scenario picker and on the compare view."
                    )));
                }
            }
            Command::StartSeek => self.start_seek(),
            Command::CancelSeek => {
                if let Some(job) = &self.seek_job {
                    job.cancel();
                }
            }
            Command::ApplySeekResult => {
                if let Some((_, found)) = &self.seek_result {
                    let levers = found.levers;
                    self.change(None, |s| {
                        s.levers = levers;
                        s.scenario = None;
                    });
                }
            }
            Command::SetMapYear(year) => {
                self.map.year = year.min(self.assumptions.horizon_years as usize - 1);
                self.refresh_map();
            }
            Command::SelectNode(id) => self.map.selected_node = id,
            Command::SelectLoop(id) => {
                self.map.selected_loop = if self.map.selected_loop == id {
                    None
                } else {
                    id
                };
            }
            Command::SetDarkMode(dark) => self.prefs.dark_mode = dark,
            Command::OpenWorkshopPicker => self.open_workshop_picker(),
            Command::CloseWorkshopPicker => self.workshop_picker = None,
            Command::OpenWorkshop(source) => self.open_workshop(&source),
            Command::BrowseWorkshop => {
                if let Some(path) = self
                    .picker
                    .open_files("Open a workshop file")
                    .and_then(|p| p.into_iter().next())
                {
                    self.open_workshop(&crate::workshop::catalogue::WorkshopSource::File(path));
                }
            }
            other => self.apply_presenter(other),
        }
    }

    /// How far through the replay we are (0..1), or `None` when not replaying.
    pub fn replay_progress(&self) -> Option<f64> {
        let r = self.replay.as_ref()?;
        let t = ((self.now - r.started) / REPLAY_SECONDS).clamp(0.0, 1.0);
        (t < 1.0).then_some(t)
    }

    /// The projection to draw now: the current one, or a frame of the replay animation.
    pub fn shown_projection(&self) -> Projection {
        match (self.replay.as_ref(), self.replay_progress()) {
            (Some(r), Some(t)) => {
                // Ease in and out so the room sees the start and the end of the move.
                let t = t * t * (3.0 - 2.0 * t);
                let mut levers = r.from.levers;
                for (v, to) in levers.0.iter_mut().zip(r.to.levers.0) {
                    *v += (to - *v) * t;
                }
                let mut a = r.to.assumptions.clone();
                if r.from.assumptions.horizon_years == a.horizon_years
                    && r.from.assumptions.base_year == a.base_year
                {
                    for spec in crate::model::ASSUMPTION_SPECS {
                        let from = r.from.assumptions.get(spec.id).unwrap_or_default();
                        let to = a.get(spec.id).unwrap_or_default();
                        a.set(spec.id, from + (to - from) * t);
                    }
                }
                simulate(&a, &levers)
            }
            _ => self.projection.clone(),
        }
    }
}
