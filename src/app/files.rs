//! The room's work in files: save and open sessions and scenarios, drop files on the window,
//! export charts and write the report. Every outcome becomes a notice saying what happened, or
//! what went wrong and what to do; nothing here can lose work or panic.

use std::path::{Path, PathBuf};

use super::{AppState, Notice, View};
use crate::export::{Chart, ChartKind, Series, write_chart, write_report};
use crate::model::simulate;
use crate::workshop::ScenarioFile;
use crate::workshop::session::{
    CapturedScenario, OpenedFile, Overwrite, Session, open_file, save_scenario_file, save_session,
};

/// Asks the person where to save or what to open. Behind a trait so tests can answer.
pub trait FilePicker {
    fn save_file(&self, title: &str, suggested: &str, extension: &str) -> Option<PathBuf>;
    fn open_files(&self, title: &str) -> Option<Vec<PathBuf>>;
    fn pick_folder(&self, title: &str) -> Option<PathBuf>;
}

/// The platform's own dialogs. With no portal or no desktop they answer "cancelled" at once.
pub struct NativePicker;

impl FilePicker for NativePicker {
    fn save_file(&self, title: &str, suggested: &str, extension: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .set_file_name(suggested)
            .add_filter(extension, &[extension])
            .save_file()
    }

    fn open_files(&self, title: &str) -> Option<Vec<PathBuf>> {
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter("Jaws files", &crate::workshop::OPEN_EXTENSIONS)
            .pick_files()
    }

    fn pick_folder(&self, title: &str) -> Option<PathBuf> {
        rfd::FileDialog::new().set_title(title).pick_folder()
    }
}

impl AppState {
    /// The session as it stands, ready to save.
    pub fn to_session(&self) -> Session {
        let mut s = Session::new(&self.workshop);
        s.scenarios = self
            .captured
            .iter()
            .map(CapturedScenario::from_scenario)
            .collect();
        s.set_current(&self.workshop, &self.levers, &self.assumptions);
        s.notes = self.notes.clone();
        s.deal = self.deal.clone();
        s.stage = (!self.workshop.stages.is_empty()).then_some(self.stage as u32);
        s.predictions = self.predictions.clone();
        s
    }

    /// Take a saved session's work in: one undo step.
    pub fn load_session(&mut self, session: Session) {
        let levers = session.current_values(&self.workshop);
        let assumptions = session.current_assumptions(&self.workshop);
        let captured: Vec<_> = session
            .scenarios
            .iter()
            .map(CapturedScenario::to_scenario)
            .collect();
        let deal = session.deal.clone();
        self.change(None, |s| {
            s.levers = levers;
            s.assumptions = assumptions;
            s.scenario = None;
            s.captured = captured;
            s.deal = deal;
        });
        self.notes = session.notes;
        self.predictions = session.predictions;
        if let Some(stage) = session.stage {
            self.stage = (stage as usize).min(self.workshop.stages.len().saturating_sub(1));
        }
        self.compare = self.captured.iter().take(8).map(|c| c.id.clone()).collect();
    }

    fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(8);
    }

    pub(super) fn save_session(&mut self, path: Option<PathBuf>) {
        let Some(path) = path.or_else(|| self.session_path.clone()) else {
            self.notice = Some(Notice::error(
                "Choose where to save the session first (File → Save session as…).",
            ));
            return;
        };
        match save_session(&path, &self.to_session(), Overwrite::IfReadable) {
            Ok(()) => {
                self.notice = Some(Notice::info(format!(
                    "Session saved to {}.",
                    path.display()
                )));
                self.session_path = Some(path.clone());
                self.remember(&path);
            }
            Err(e) => self.notice = Some(Notice::error(e.to_string())),
        }
    }

    pub(super) fn save_scenario(&mut self, id: &str, path: &Path) {
        let Some(scenario) = self.find_scenario(id).cloned() else {
            return;
        };
        let file = ScenarioFile {
            workshop: self.workshop.id.clone(),
            scenario,
        };
        match save_scenario_file(path, &file, Overwrite::IfReadable) {
            Ok(()) => {
                self.notice = Some(Notice::info(format!(
                    "Scenario saved to {}.",
                    path.display()
                )));
                self.remember(path);
            }
            Err(e) => self.notice = Some(Notice::error(e.to_string())),
        }
    }

    /// Open files, as from the menu or dropped on the window: scenario files join this
    /// session's scenarios, a session replaces the work in hand (undo brings it back).
    pub(super) fn open_files(&mut self, paths: &[PathBuf]) {
        let mut added = 0;
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        for path in paths {
            match open_file(path, &self.workshop) {
                Ok(OpenedFile::Scenario(f)) => {
                    if f.workshop != self.workshop.id {
                        // Every workshop uses the model's own levers, so the values carry over;
                        // they were checked against this workshop's ranges when read.
                        notes.push(format!(
                            "{} was made for the workshop \"{}\"; its lever settings are the model's own, so it opens here unchanged.",
                            path.display(),
                            f.workshop
                        ));
                    }
                    let mut scenario = f.scenario;
                    // Two laptops may both have made "table-1": keep both, renamed apart.
                    if self.find_scenario(&scenario.id).is_some() {
                        scenario.id = self.unused_scenario_id(&scenario.name);
                    }
                    let id = scenario.id.clone();
                    self.change(None, |s| s.captured.push(scenario));
                    if self.compare.len() < 8 {
                        self.compare.push(id);
                    }
                    added += 1;
                    self.remember(path);
                }
                Ok(OpenedFile::Session(session)) => {
                    self.load_session(*session);
                    self.session_path = Some(path.clone());
                    self.remember(path);
                }
                Ok(OpenedFile::Workshop(w)) => problems.push(format!(
                    "{} is a workshop (\"{}\"): open it with `jaws --workshop {}`.",
                    path.display(),
                    w.title,
                    path.display()
                )),
                Err(p) => problems.push(p.to_string()),
            }
        }
        let mut notice = match (added, problems.is_empty()) {
            (_, false) => Notice::error(problems.join("\n")),
            (0, true) => Notice::info("Opened."),
            (n, true) => Notice::info(format!(
                "{n} scenario{} added to this session and to the compare view.",
                if n == 1 { "" } else { "s" }
            )),
        };
        for n in notes {
            notice.text.push('\n');
            notice.text.push_str(&n);
        }
        self.notice = Some(notice);
    }

    /// The compared scenarios (or, with none, the levers as they stand) as chart series.
    pub fn compared_series(&self) -> Vec<Series> {
        let mut series: Vec<Series> = self
            .compare
            .iter()
            .filter_map(|id| self.find_scenario(id))
            .map(|s| Series {
                name: s.name.clone(),
                projection: simulate(&self.assumptions, &self.workshop.values_for(s)),
            })
            .collect();
        if series.is_empty() {
            series.push(Series {
                name: "As the levers stand".into(),
                projection: self.projection.clone(),
            });
        }
        series
    }

    pub(super) fn export_chart(&mut self, path: &Path) {
        let series = self.compared_series();
        let chart = Chart::new(ChartKind::Jaws, &series, self.assumptions.base_year)
            .subtitle(self.workshop.title.clone());
        self.notice = Some(match write_chart(path, &chart) {
            Ok(()) => Notice::info(format!("Chart saved to {}.", path.display())),
            Err(e) => Notice::error(format!("{e}. Use a file name ending .png or .svg.")),
        });
    }

    pub(super) fn write_report(&mut self, dir: &Path) {
        self.notice = Some(
            match write_report(dir, &self.workshop, Some(&self.to_session())) {
                Ok(files) => Notice::info(format!(
                    "Report written to {} ({} files): open report.html in any browser.",
                    dir.display(),
                    files.len()
                )),
                Err(e) => Notice::error(e.to_string()),
            },
        );
    }
}

impl AppState {
    /// List the workshops on offer: bundled, in `workshops/` beside the program and in the
    /// data folder, and recent workshop files.
    pub fn open_workshop_picker(&mut self) {
        let (beside, data) = workshop_folders();
        self.workshop_picker = Some(crate::workshop::catalogue::discover(
            beside.as_deref(),
            data.as_deref(),
            &self.prefs.recent_workshops,
        ));
    }

    /// Open a workshop in place of this one. The current session is saved first (autosave
    /// keeps one file a workshop), so going back to it loses nothing. A workshop that will not
    /// load leaves everything as it is and says why.
    pub fn open_workshop(&mut self, source: &crate::workshop::catalogue::WorkshopSource) {
        match source.load() {
            Err(problems) => {
                self.notice = Some(Notice::error(format!(
                    "That workshop could not be opened; this one stays open. {}",
                    problems
                        .0
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                )));
                // Show it in the picker, with the other workshops on offer, so the problems
                // can be read in full and another workshop chosen.
                if self.workshop_picker.is_none() {
                    self.open_workshop_picker();
                }
                let entries = self.workshop_picker.get_or_insert_with(Vec::new);
                let mut listed = false;
                for e in entries.iter_mut().filter(|e| e.source == *source) {
                    e.problems = problems.0.iter().map(ToString::to_string).collect();
                    listed = true;
                }
                if !listed && let crate::workshop::catalogue::WorkshopSource::File(path) = source {
                    entries.push(crate::workshop::catalogue::CatalogueEntry::invalid(
                        path,
                        crate::workshop::catalogue::Origin::Chosen,
                        &problems,
                    ));
                }
            }
            Ok(workshop) => {
                if let crate::workshop::catalogue::WorkshopSource::File(path) = source {
                    self.prefs.recent_workshops.retain(|p| p != path);
                    self.prefs.recent_workshops.insert(0, path.clone());
                    self.prefs.recent_workshops.truncate(8);
                }
                self.switch_workshop(workshop);
            }
        }
    }

    /// Start afresh on another workshop, keeping the person's preferences, recent files, file
    /// dialogs and background workers.
    pub fn switch_workshop(&mut self, workshop: crate::workshop::Workshop) {
        self.finish_autosave();
        let autosave_dir = self
            .autosave
            .as_ref()
            .and_then(|a| a.path.parent().map(Path::to_path_buf));
        let title = workshop.title.clone();
        let mut next = AppState::new(workshop, None);
        next.prefs = self.prefs.clone();
        next.recent = std::mem::take(&mut self.recent);
        next.picker = std::mem::replace(&mut self.picker, Box::new(NativePicker));
        next.band_worker = self.band_worker.take();
        next.show_uncertainty = self.show_uncertainty;
        next.now = self.now;
        next.view = View::Explore;
        *self = next;
        if let Some(dir) = autosave_dir {
            self.use_autosave(&dir);
        }
        self.recompute();
        self.notice = Some(Notice::info(format!(
            "Opened \"{title}\". Press F5 to present it."
        )));
    }
}

/// The folders the workshop picker looks in: `workshops/` beside the program, and
/// `workshops/` in the user's data folder.
pub fn workshop_folders() -> (Option<PathBuf>, Option<PathBuf>) {
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join("workshops")));
    let data = super::autosave::data_dir().map(|d| d.join("workshops"));
    (beside, data)
}
