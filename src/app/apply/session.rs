//! Session commands: restoring after a crash, the workshop picker and opening another
//! workshop in place of this one; and the autosave that keeps the session as the room works.

use crate::i18n::tr;
use crate::t;
use std::path::Path;

use crate::app::autosave::Autosave;
use crate::app::command::{SessionCommand, View};
use crate::app::files::workshop_folders;
use crate::app::state::{AppState, Notice};
use crate::workshop::Workshop;
use crate::workshop::catalogue::{CatalogueEntry, Origin, WorkshopSource, discover};
use crate::workshop::session::session_to_string;

impl AppState {
    pub(super) fn apply_session(&mut self, command: SessionCommand) {
        match command {
            SessionCommand::RestoreAutosave => {
                if let Some(offer) = self.pending_restore.take() {
                    let partial = offer.partial();
                    let migration = offer.session.migration.clone();
                    self.load_session(offer.session);
                    self.notice = Some(
                        if partial {
                            Notice::info(t!(
                                "notice-restored-part",
                                path = offer.path.display().to_string()
                            ))
                        } else {
                            Notice::info(tr("notice-restored"))
                        }
                        .with_migration(&migration),
                    );
                    self.after_restore_answered();
                }
            }
            SessionCommand::DismissRestore => {
                if self.pending_restore.take().is_some() {
                    self.after_restore_answered();
                }
            }
            SessionCommand::OpenWorkshopPicker => self.open_workshop_picker(),
            SessionCommand::CloseWorkshopPicker => self.workshop_picker = None,
            SessionCommand::OpenWorkshop(source) => self.open_workshop(&source),
            SessionCommand::CloseWithoutSaving => {
                self.close_blocked = None;
                self.close_confirmed = true;
            }
            SessionCommand::KeepWorking => self.close_blocked = None,
        }
    }

    /// The restore offer has its answer: what waited for it happens now.
    fn after_restore_answered(&mut self) {
        for command in std::mem::take(&mut self.after_restore) {
            self.apply(command);
        }
    }

    /// Keep the session saved in `dir` as the room works; offer what a crashed run left, and
    /// say what else was found (another window on this workshop, a file kept aside).
    pub fn use_autosave(&mut self, dir: &Path) {
        let started = Autosave::start(dir, &self.workshop);
        self.pending_restore = started.restore;
        self.autosave = Some(started.autosave);
        if !started.notices.is_empty() {
            let text = started.notices.join("\n");
            self.notice = Some(if started.trouble {
                Notice::error(text)
            } else {
                Notice::info(text)
            });
        }
    }

    /// Save the session if a change has waited long enough. Nothing is written while the
    /// restore offer waits: the file still holds the crashed session.
    pub fn autosave_tick(&mut self) {
        if self.pending_restore.is_some() {
            return;
        }
        let session = self
            .autosave
            .as_ref()
            .filter(|a| a.pending())
            .map(|_| self.to_session());
        if let (Some(a), Some(session)) = (&mut self.autosave, session)
            && let Err(problem) = a.tick(self.now, || session)
        {
            self.notice = Some(Notice::error(problem));
        }
    }

    /// A clean exit: save the session, and clear the crash marker once that save succeeded
    /// (or the session as it stands is saved in a file the person chose). While the restore
    /// offer waits, nothing is written and the marker stays: the next start offers it again.
    /// On failure, says why and where the work is.
    pub fn finish_autosave(&mut self) -> Result<(), String> {
        if self.pending_restore.is_some() || self.autosave.is_none() {
            return Ok(());
        }
        let session = self.to_session();
        let saved_by_person = self.saved_text.as_deref() == Some(&session_to_string(&session));
        let Some(a) = &mut self.autosave else {
            return Ok(());
        };
        match a.finish(&session) {
            Ok(()) => Ok(()),
            Err(_) if saved_by_person => {
                a.clear_marker();
                Ok(())
            }
            Err(problem) => Err(problem),
        }
    }

    /// The window is asked to close. Returns whether it may: the final save succeeded, or the
    /// person has chosen to close all the same. Otherwise the window stays open and says why
    /// (`close_blocked`), offering Save As.
    pub fn may_close(&mut self) -> bool {
        if self.close_confirmed {
            return true;
        }
        match self.finish_autosave() {
            Ok(()) => true,
            Err(problem) => {
                self.close_blocked = Some(problem);
                false
            }
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
                self.notice = Some(Notice::error(t!(
                    "notice-workshop-not-opened",
                    problem = problems
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
        // This session lives on only in its autosave: if that cannot be written, stay.
        if let Err(problem) = self.finish_autosave() {
            self.notice = Some(Notice::error(t!(
                "notice-stays-open",
                workshop = self.workshop.title.as_str(),
                problem = problem
            )));
            return;
        }
        let autosave_dir = self
            .autosave
            .as_ref()
            .and_then(|a| a.path.parent().map(Path::to_path_buf));
        let title = workshop.title.clone();
        let migration = workshop.migration.clone();
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
        self.notice = Some(
            Notice::info(t!("notice-workshop-opened", workshop = title.as_str()))
                .with_migration(&migration),
        );
        if let Some(dir) = autosave_dir {
            // What autosave finds there (another window, a file kept aside) says so instead.
            self.use_autosave(&dir);
        }
    }
}
