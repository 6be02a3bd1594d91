//! Session commands: restoring after a crash, the workshop picker and opening another
//! workshop in place of this one; and the autosave that keeps the session as the room works.

use std::path::Path;

use crate::app::autosave::Autosave;
use crate::app::command::{SessionCommand, View};
use crate::app::files::workshop_folders;
use crate::app::state::{AppState, Notice};
use crate::workshop::Workshop;
use crate::workshop::catalogue::{CatalogueEntry, Origin, WorkshopSource, discover};

impl AppState {
    pub(super) fn apply_session(&mut self, command: SessionCommand) {
        match command {
            SessionCommand::RestoreAutosave => {
                if let Some((_, session)) = self.pending_restore.take() {
                    self.load_session(session);
                    self.notice = Some(Notice::info(
                        "The session was restored as it was last saved.",
                    ));
                }
            }
            SessionCommand::DismissRestore => self.pending_restore = None,
            SessionCommand::OpenWorkshopPicker => self.open_workshop_picker(),
            SessionCommand::CloseWorkshopPicker => self.workshop_picker = None,
            SessionCommand::OpenWorkshop(source) => self.open_workshop(&source),
        }
    }

    /// Keep the session saved in `dir` as the room works; offer what a crashed run left.
    pub fn use_autosave(&mut self, dir: &Path) {
        let (saver, left) = Autosave::start(dir, &self.workshop);
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

    /// List the workshops on offer: bundled, in `workshops/` beside the program and in the
    /// data folder, and recent workshop files.
    fn open_workshop_picker(&mut self) {
        let (beside, data) = workshop_folders();
        self.workshop_picker = Some(discover(
            beside.as_deref(),
            data.as_deref(),
            &self.prefs.recent_workshops,
        ));
    }

    /// Open a workshop in place of this one. The current session is saved first (autosave
    /// keeps one file a workshop), so going back to it loses nothing. A workshop that will not
    /// load leaves everything as it is and says why.
    fn open_workshop(&mut self, source: &WorkshopSource) {
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
                if !listed && let WorkshopSource::File(path) = source {
                    entries.push(CatalogueEntry::invalid(path, Origin::Chosen, &problems));
                }
            }
            Ok(workshop) => {
                if let WorkshopSource::File(path) = source {
                    self.prefs.recent_workshops.retain(|p| p != path);
                    self.prefs.recent_workshops.insert(0, path.clone());
                    self.prefs.recent_workshops.truncate(8);
                }
                self.switch_workshop(workshop);
            }
        }
    }

    /// Start afresh on another workshop, keeping the person's preferences, recent files and
    /// background workers.
    fn switch_workshop(&mut self, workshop: Workshop) {
        self.finish_autosave();
        let autosave_dir = self
            .autosave
            .as_ref()
            .and_then(|a| a.path.parent().map(Path::to_path_buf));
        let title = workshop.title.clone();
        let mut next = AppState::new(workshop, None);
        next.prefs = self.prefs.clone();
        next.recent = std::mem::take(&mut self.recent);
        next.show_uncertainty = self.show_uncertainty;
        next.now = self.now;
        next.screens = self.screens.clone();
        next.view = View::Explore;
        if let Some(worker) = self.take_band_worker() {
            next.derived.use_band_worker(Some(worker));
        }
        *self = next;
        if let Some(dir) = autosave_dir {
            self.use_autosave(&dir);
        }
        self.notice = Some(Notice::info(format!(
            "Opened \"{title}\". Press F5 to present it."
        )));
    }
}
