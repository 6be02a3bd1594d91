//! The one place commands take effect, so undo, replay, the window and tests all go the same
//! way. Each group of commands has its handler; every match is exhaustive.

use crate::i18n::tr;
use crate::t;
mod files;
mod present;
mod scenarios;
mod seek;
mod session;

use super::command::{
    AssumptionCommand, Command, DealCommand, FileRequest, HistoryCommand, LeverCommand, MapCommand,
    WindowCommand,
};
use super::files::{FilePicker, answer, without_dialog, workshop_folders};
use super::state::{AppState, Notice, Replay};
use crate::workshop::session::DealCard;

impl AppState {
    /// Apply one command, then work out again whatever it changed.
    pub fn apply(&mut self, command: impl Into<Command>) {
        let command = command.into();
        // The crashed session waits for the person's answer; nothing may change the session
        // (autosave would write it over the crashed one) or the workshop before then.
        if self.pending_restore.is_some() && !command.allowed_while_restore_pending() {
            return;
        }
        match command {
            Command::Lever(c) => self.apply_lever(c),
            Command::Assumption(c) => self.apply_assumption(c),
            Command::History(c) => self.apply_history(c),
            Command::Scenario(c) => self.apply_scenario(c),
            Command::Deal(c) => self.apply_deal(c),
            Command::Seek(c) => self.apply_seek(c),
            Command::File(c) => self.apply_file(c),
            Command::Map(c) => self.apply_map(c),
            Command::Present(c) => self.apply_present(c),
            Command::Window(c) => self.apply_window(c),
            Command::Session(c) => self.apply_session(c),
        }
        self.derive();
    }

    /// Apply a command now or, while the restore offer waits for an answer, once it has one
    /// (`main` uses this for what the command line asks: a view, presenting).
    pub fn apply_after_restore(&mut self, command: impl Into<Command>) {
        let command = command.into();
        if self.pending_restore.is_some() && !command.allowed_while_restore_pending() {
            self.after_restore.push(command);
        } else {
            self.apply(command);
        }
    }

    /// Ask the person, through `picker`, for the files the views asked for, and act on each
    /// answer. The window calls this after the frame, so no dialog opens inside a menu or
    /// inside `apply`; tests answer with their own picker.
    pub fn answer_file_requests(&mut self, picker: &dyn FilePicker) {
        for request in std::mem::take(&mut self.file_requests) {
            match answer(&request, picker, &self.workshop.id) {
                Some(command) => self.apply(command),
                None if picker.no_dialog() => self.answer_without_dialog(&request),
                // The person cancelled: nothing to do, nothing to say.
                None => {}
            }
        }
    }

    /// No file dialog could open on this computer: save into the default folder and say
    /// where, or say how else to open files. A file action never fails silently.
    fn answer_without_dialog(&mut self, request: &FileRequest) {
        let no_dialog = tr("notice-no-dialog");
        let Some(folder) = self.files_folder.clone() else {
            self.notice = Some(Notice::error(format!(
                "{no_dialog} {}",
                tr("notice-no-documents")
            )));
            return;
        };
        match without_dialog(request, &folder, &self.workshop.id) {
            Some(command) => {
                if let Err(e) = std::fs::create_dir_all(&folder) {
                    self.notice = Some(Notice::error(format!(
                        "{no_dialog} {}",
                        t!(
                            "notice-no-folder",
                            path = folder.display().to_string(),
                            problem = e.to_string()
                        )
                    )));
                    return;
                }
                self.apply(command);
                if let Some(n) = &mut self.notice {
                    n.text = format!("{no_dialog} {}", n.text);
                }
            }
            None => {
                let how = match request {
                    FileRequest::OpenWorkshop => {
                        let (_, data) = workshop_folders();
                        t!(
                            "notice-open-workshop-how",
                            folder = data.map_or_else(
                                || tr("notice-workshops-beside"),
                                |d| d.display().to_string()
                            )
                        )
                    }
                    FileRequest::ImportCouncil => tr("notice-import-council-how"),
                    FileRequest::CompareCouncil => tr("notice-compare-council-how"),
                    FileRequest::Open
                    | FileRequest::SaveSessionAs
                    | FileRequest::SaveScenario(_)
                    | FileRequest::ExportChart
                    | FileRequest::WriteReport => t!(
                        "notice-open-files-how",
                        folder = folder.display().to_string()
                    ),
                };
                self.notice = Some(Notice::error(format!("{no_dialog} {how}")));
            }
        }
    }

    /// Ask the window for a file dialog.
    pub(crate) fn request_file(&mut self, request: FileRequest) {
        if !self.file_requests.contains(&request) {
            self.file_requests.push(request);
        }
    }

    fn apply_lever(&mut self, command: LeverCommand) {
        match command {
            LeverCommand::Set {
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
            LeverCommand::EndDrag => self.history.end_gesture(),
            LeverCommand::Reset(lever) => {
                if !self.lever_unlocked(lever) {
                    return;
                }
                let Some(default) = self.workshop.levers.get(lever).map(|l| l.default) else {
                    return;
                };
                self.change(None, |s| s.levers.0[lever] = default);
            }
            LeverCommand::ResetAll => self.load_defaults(),
        }
    }

    fn apply_assumption(&mut self, command: AssumptionCommand) {
        match command {
            AssumptionCommand::Set { id, value } => match self.assumptions.check(&id, value) {
                Ok(next) => self.change(None, |s| s.assumptions = next),
                // The assumptions panel refuses these where they are typed; anything else
                // that sends one still gets the reason.
                Err(why) => self.notice = Some(Notice::error(why)),
            },
            AssumptionCommand::ResetAll => {
                let original = self.workshop.assumptions.clone();
                self.change(None, |s| s.assumptions = original);
            }
        }
    }

    fn apply_history(&mut self, command: HistoryCommand) {
        match command {
            // Undo and redo change the room's work as much as anything else: save them too.
            HistoryCommand::Undo => {
                if let Some(previous) = self.history.undo(&self.snapshot()) {
                    self.restore(previous);
                    self.touch_autosave();
                }
            }
            HistoryCommand::Redo => {
                if let Some(next) = self.history.redo(&self.snapshot()) {
                    self.restore(next);
                    self.touch_autosave();
                }
            }
            HistoryCommand::ReplayLastChange => {
                if let Some(before) = self.history.last_before() {
                    self.replay = Some(Replay {
                        from: before.clone(),
                        to: self.snapshot(),
                        started: self.now,
                    });
                    self.derived.forget_replay();
                }
            }
        }
    }

    fn apply_deal(&mut self, command: DealCommand) {
        match command {
            DealCommand::AddCard { side, text, levers } => {
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
            DealCommand::RemoveCard(id) => {
                if let Some(i) = self.deal.iter().position(|c| c.id == id) {
                    self.change(None, |s| {
                        s.deal.remove(i);
                    });
                }
            }
            DealCommand::SetNotes(notes) => {
                self.notes = notes;
                self.touch_autosave();
            }
        }
    }

    fn apply_map(&mut self, command: MapCommand) {
        match command {
            MapCommand::SetYear(year) => {
                let last = (self.assumptions.horizon_years as usize).saturating_sub(1);
                self.map.year = year.min(last);
            }
            MapCommand::SelectNode(id) => self.map.selected_node = id,
            MapCommand::SelectLoop(id) => {
                self.map.selected_loop = if self.map.selected_loop == id {
                    None
                } else {
                    id
                };
            }
        }
    }

    fn apply_window(&mut self, command: WindowCommand) {
        match command {
            WindowCommand::SetView(view) => self.view = view,
            WindowCommand::ToggleAssumptions => self.assumptions_open = !self.assumptions_open,
            WindowCommand::SetUncertainty(on) => self.show_uncertainty = on,
            WindowCommand::SetDarkMode(dark) => self.prefs.dark_mode = dark,
            WindowCommand::SetLanguage(lang) => {
                self.prefs.lang = Some(lang);
                crate::i18n::set_lang(lang);
                self.reword_seek_answer();
            }
            WindowCommand::SetBilingualStage(on) => self.prefs.bilingual_stage = on,
            WindowCommand::DismissNotice => self.notice = None,
            WindowCommand::ScreensFound(screens) => {
                // Monitors plugged in or out while presenting: the stage and notes follow.
                if let Some(p) = &mut self.presenter
                    && screens.monitors.len() != self.screens.monitors.len()
                {
                    p.screens = screens.placement();
                }
                self.screens = screens;
            }
        }
    }
}
