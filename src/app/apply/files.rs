//! File commands: the session as a file (`to_session`, `load_session`), saving and opening
//! sessions and scenario files (menu or dropped on the window), chart export and the report.
//! Every outcome becomes a notice saying what happened, or what went wrong and what to do;
//! nothing here can lose work or panic.

use crate::i18n::tr;
use crate::t;
use std::path::{Path, PathBuf};

use crate::app::command::{FileCommand, FileRequest, View};
use crate::app::state::{AppState, ChartImage, Notice};
use crate::export::{Chart, ChartKind, Series, render_rgba, write_chart, write_report};
use crate::workshop::ScenarioFile;
use crate::workshop::session::{
    CapturedScenario, OpenedFile, Overwrite, Session, open_file, save_scenario_file, save_session,
    session_to_string,
};

impl AppState {
    pub(super) fn apply_file(&mut self, command: FileCommand) {
        match command {
            FileCommand::Ask(request) => self.request_file(request),
            FileCommand::SaveSession(path) => match path.or_else(|| self.session_path.clone()) {
                Some(path) => self.save_session(path),
                // Never saved: ask where, and save there once the person has chosen.
                None => self.request_file(FileRequest::SaveSessionAs),
            },
            FileCommand::SaveScenario { id, path } => self.save_scenario(&id, &path),
            FileCommand::Open(paths) => self.open_files(&paths),
            FileCommand::ExportChart(path) => self.export_chart(&path),
            FileCommand::CopyChart(kind) => self.copy_chart(kind),
            FileCommand::WriteReport(dir) => self.write_report(&dir),
            FileCommand::UseCouncil(path) => self.import_council(&path),
            FileCommand::CompareCouncil(path) => self.compare_council_file(&path),
        }
    }

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
        s.council = self.council.as_ref().map(|c| c.profile.clone());
        s
    }

    /// Take a saved session's work in: one undo step.
    pub(crate) fn load_session(&mut self, session: Session) {
        let levers = session.current_values(&self.workshop);
        let mut assumptions = session.current_assumptions(&self.workshop);
        let captured: Vec<_> = session
            .scenarios
            .iter()
            .map(CapturedScenario::to_scenario)
            .collect();
        let deal = session.deal.clone();
        // The session keeps the assumptions the council set (and any changed since); the
        // council itself brings back its name, sources, published gaps and the year-by-year
        // rates that reproduce its MTFS (worked out again: they follow from the council and
        // the workshop alone).
        let mut council = None;
        if let Some(c) = &session.council {
            let started = self.workshop.with_council(c).0;
            assumptions.schedule = started.assumptions.schedule;
            council = started.council;
        }
        // The file keeps the levers, not which scenario they came from: name the scenario
        // they are, so the scenario box and "reset to scenario" carry on as before.
        let scenario = self
            .workshop
            .scenarios
            .iter()
            .chain(&captured)
            .find(|s| self.workshop.values_for(s) == levers)
            .map(|s| s.id.clone());
        self.change(None, |s| {
            s.levers = levers;
            s.assumptions = assumptions;
            s.scenario = scenario;
            s.captured = captured;
            s.deal = deal;
            s.council = council;
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

    fn save_session(&mut self, path: PathBuf) {
        let session = self.to_session();
        match save_session(&path, &session, Overwrite::IfReadable) {
            Ok(()) => {
                self.notice = Some(Notice::info(t!(
                    "notice-session-saved",
                    path = path.display().to_string()
                )));
                self.remember(&path);
                self.session_path = Some(path);
                self.saved_text = Some(session_to_string(&session));
                // Saved where the person chose because autosave could not: now it may close.
                if self.close_blocked.take().is_some() {
                    self.close_confirmed = true;
                }
            }
            Err(e) => self.notice = Some(Notice::error(e.to_string())),
        }
    }

    fn save_scenario(&mut self, id: &str, path: &Path) {
        let Some(scenario) = self.find_scenario(id).cloned() else {
            return;
        };
        let file = ScenarioFile {
            workshop: self.workshop.id.clone(),
            scenario,
            migration: Vec::new(),
        };
        match save_scenario_file(path, &file, Overwrite::IfReadable) {
            Ok(()) => {
                self.notice = Some(Notice::info(t!(
                    "notice-scenario-saved",
                    path = path.display().to_string()
                )));
                self.remember(path);
            }
            Err(e) => self.notice = Some(Notice::error(e.to_string())),
        }
    }

    /// Open files, as from the menu or dropped on the window: scenario files join this
    /// session's scenarios, a session replaces the work in hand (undo brings it back).
    fn open_files(&mut self, paths: &[PathBuf]) {
        let mut added = 0;
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        for path in paths {
            match open_file(path, &self.workshop) {
                Ok(OpenedFile::Scenario(f)) => {
                    if f.workshop != self.workshop.id {
                        // Every workshop uses the model's own levers, so the values carry over;
                        // they were checked against this workshop's ranges when read.
                        notes.push(t!(
                            "notice-other-workshop",
                            path = path.display().to_string(),
                            workshop = f.workshop.as_str()
                        ));
                    }
                    if !f.migration.is_empty() {
                        notes.push(format!(
                            "{}: {}",
                            path.display(),
                            super::super::state::migration_text(&f.migration)
                        ));
                    }
                    let mut scenario = f.scenario;
                    // Two laptops may both have made "table-1": keep both, renamed apart.
                    if self.find_scenario(&scenario.id).is_some() {
                        scenario.id = self.unused_scenario_id(&scenario.name);
                    }
                    self.add_captured(scenario);
                    added += 1;
                    self.remember(path);
                }
                Ok(OpenedFile::Session(session)) => {
                    if !session.migration.is_empty() {
                        notes.push(format!(
                            "{}: {}",
                            path.display(),
                            super::super::state::migration_text(&session.migration)
                        ));
                    }
                    self.load_session(*session);
                    self.session_path = Some(path.clone());
                    self.remember(path);
                }
                Ok(OpenedFile::Workshop(w)) => problems.push(t!(
                    "notice-is-workshop",
                    path = path.display().to_string(),
                    title = w.title.as_str()
                )),
                Ok(OpenedFile::Council(c)) => {
                    notes.push(self.use_council(*c));
                    self.remember(path);
                }
                Err(p) => problems.push(p.to_string()),
            }
        }
        let mut notice = match (added, problems.is_empty()) {
            (_, false) => Notice::error(problems.join("\n")),
            (0, true) => Notice::info(tr("notice-opened")),
            (n, true) => Notice::info(t!("notice-scenarios-added", count = n)),
        };
        for n in notes {
            notice.text.push('\n');
            notice.text.push_str(&n);
        }
        self.notice = Some(notice);
    }

    /// Start from a council's figures in `path`: a filled template (.xlsx, .ods, .csv) or a
    /// council profile. Nothing changes unless the whole file is valid.
    pub(crate) fn import_council(&mut self, path: &Path) {
        match read_council(path) {
            Ok(c) => {
                let said = self.use_council(c);
                self.notice = Some(Notice::info(said));
            }
            Err(problems) => {
                self.notice = Some(Notice::error(t!(
                    "notice-council-not-used",
                    path = path.display().to_string(),
                    problems = problems
                )));
            }
        }
    }

    /// Set the council in `path` (a filled template or a council profile) beside the one in
    /// use on the compare view, and offer it there from now on. Nothing changes unless the
    /// whole file is valid.
    fn compare_council_file(&mut self, path: &Path) {
        match read_council(path) {
            Ok(c) => {
                let title = c.title();
                self.known_councils.retain(|k| k.title() != title);
                self.known_councils.push(c.clone());
                // Figures read again (a corrected spreadsheet) replace those drawn already.
                match self.other_councils.iter_mut().find(|o| o.title() == title) {
                    Some(drawn) => *drawn = c,
                    None => self
                        .apply_scenario(crate::app::ScenarioCommand::ToggleCouncil(title.clone())),
                }
                if self.other_councils.iter().any(|o| o.title() == title) {
                    self.notice =
                        Some(Notice::info(t!("notice-council-compared", council = title)));
                }
            }
            Err(problems) => {
                self.notice = Some(Notice::error(t!(
                    "notice-council-not-used",
                    path = path.display().to_string(),
                    problems = problems
                )));
            }
        }
    }

    /// The assumptions started from `council` (from the workshop's own), one undo step; what
    /// to tell the room.
    pub(crate) fn use_council(&mut self, council: crate::council::Council) -> String {
        let (w, calibration) = self.workshop.with_council(&council);
        self.change(None, |s| {
            s.assumptions = w.assumptions;
            s.council = w.council;
        });
        let mut said = t!("notice-council-started", council = council.heading());
        for miss in calibration.misses() {
            said.push(' ');
            said.push_str(&t!(
                "notice-council-miss",
                year = crate::council::financial_year(miss.year),
                model = crate::present::format::money(miss.model),
                published = crate::present::format::money(miss.published)
            ));
        }
        said
    }

    /// The compared scenarios (or, with none, the levers as they stand) as chart series.
    pub fn compared_series(&self) -> Vec<Series> {
        let mut series: Vec<Series> = self
            .derived
            .compared
            .iter()
            .map(|c| Series {
                name: c.name.clone(),
                projection: c.projection.clone(),
            })
            .collect();
        if series.is_empty() {
            series.push(Series {
                name: tr("series-as-they-stand"),
                projection: self.derived.projection.clone(),
            });
        }
        series
    }

    fn export_chart(&mut self, path: &Path) {
        let series = self.compared_series();
        let chart = Chart::new(ChartKind::Jaws, &series, self.assumptions.base_year)
            .subtitle(self.chart_subtitle())
            .published(self.published_gaps());
        self.notice = Some(match write_chart(path, &chart) {
            Ok(()) => Notice::info(t!("notice-chart-saved", path = path.display().to_string())),
            Err(e) => Notice::error(t!("notice-chart-name", problem = e.to_string())),
        });
    }

    /// The chart as the screen shows it: on the compare view the compared scenarios, elsewhere
    /// the levers as they stand (named as their scenario, if they are one) and the baseline.
    pub fn shown_series(&self) -> Vec<Series> {
        if self.view == View::Compare && !self.derived.compared.is_empty() {
            return self.compared_series();
        }
        let name = self
            .scenario
            .as_deref()
            .and_then(|id| self.find_scenario(id))
            .filter(|s| self.workshop.values_for(s) == self.levers)
            .map_or_else(|| tr("series-as-they-stand"), |s| self.scenario_name(s));
        let mut series = vec![Series {
            name,
            projection: self.derived.projection.clone(),
        }];
        if let (Some(b), Some(p)) = (
            self.baseline
                .as_deref()
                .and_then(|id| self.find_scenario(id)),
            &self.derived.baseline,
        ) && b.id.as_str() != self.scenario.as_deref().unwrap_or_default()
        {
            series.push(Series {
                name: self.scenario_name(b),
                projection: p.clone(),
            });
        }
        series
    }

    /// Draw the chart for the clipboard; the window hands it over after the frame.
    fn copy_chart(&mut self, kind: ChartKind) {
        let series = self.shown_series();
        let chart = Chart::new(kind, &series, self.assumptions.base_year)
            .subtitle(self.chart_subtitle())
            .published(self.published_gaps());
        self.notice = Some(match render_rgba(&chart) {
            Ok((width, height, rgba)) => {
                self.clipboard_image = Some(ChartImage {
                    width: width as usize,
                    height: height as usize,
                    rgba,
                });
                Notice::info(t!("notice-chart-copied", chart = kind.title()))
            }
            Err(e) => Notice::error(t!("notice-chart-not-copied", problem = e.to_string())),
        });
    }

    /// The line under an exported chart's title: the council and its sources (when the figures
    /// are its own), then the workshop, as `jaws export` writes it.
    fn chart_subtitle(&self) -> String {
        let title = self
            .workshop
            .text(crate::workshop::Words::Title, crate::i18n::lang());
        match &self.council {
            Some(c) => format!("{} · {title}", c.profile.heading()),
            None => title.to_owned(),
        }
    }

    /// The council's published MTFS gaps, for the jaws chart; none without a council.
    fn published_gaps(&self) -> &[crate::council::MtfsFit] {
        self.council.as_ref().map_or(&[], |c| &c.fits)
    }

    /// The workshop as the room has it: its assumptions as they stand (a council's MTFS
    /// rates among them, which a session's changes do not hold) and the council in use.
    fn workshop_as_it_stands(&self) -> crate::workshop::Workshop {
        let mut w = self.workshop.clone();
        w.assumptions = self.assumptions.clone();
        w.council = self.council.clone();
        w
    }

    fn write_report(&mut self, dir: &Path) {
        let workshop = self.workshop_as_it_stands();
        self.notice = Some(
            match write_report(dir, &workshop, Some(&self.to_session())) {
                Ok(files) => Notice::info(t!(
                    "notice-report-written",
                    path = dir.display().to_string(),
                    count = files.len()
                )),
                Err(e) => Notice::error(e.to_string()),
            },
        );
    }
}

/// A council's figures from `path`: a filled template (.xlsx, .ods, .csv) or a council
/// profile, checked whole; or what is wrong, located.
fn read_council(path: &Path) -> Result<crate::council::Council, String> {
    match crate::council::sheet::SheetFormat::of(path) {
        Some(_) => crate::council::sheet::import(path).map_err(|e| e.to_string()),
        None => crate::workshop::load_council(path).map_err(|e| e.to_string()),
    }
}
