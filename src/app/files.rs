//! File dialogs, behind a trait so tests answer them, and the folders Jaws looks in. Views ask
//! for a dialog with a `FileRequest`; the window opens it after the frame and `answer` turns
//! the person's choice into the command that acts on it (apply/files.rs does the file work).

use crate::i18n::tr;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::autosave::data_dir;
use super::command::{Command, FileCommand, FileRequest, SessionCommand};
use crate::workshop::catalogue::WorkshopSource;
use crate::workshop::{FileKind, OPEN_EXTENSIONS};

/// Asks the person where to save or what to open. Behind a trait so tests can answer.
pub trait FilePicker {
    fn save_file(&self, title: &str, suggested: &str, extension: &str) -> Option<PathBuf>;
    fn open_files(&self, title: &str) -> Option<Vec<PathBuf>>;
    fn pick_folder(&self, title: &str) -> Option<PathBuf>;
    /// Whether the last answer of `None` was because no dialog could open at all (no desktop
    /// portal, no dialog program), rather than the person cancelling. Jaws then saves to the
    /// documents folder and says where, so a file action never fails silently.
    fn no_dialog(&self) -> bool {
        false
    }
}

/// The platform's own dialogs (rfd: the desktop portal, else zenity, on Linux).
#[derive(Default)]
pub struct NativePicker {
    failed: Cell<bool>,
}

/// rfd answers "cancelled" both when the person cancels and when no dialog could open. No
/// person dismisses a dialog this fast, so an answer sooner than this means none opened.
const TOO_FAST_TO_BE_A_PERSON: Duration = Duration::from_millis(250);

impl NativePicker {
    fn ask<T>(&self, dialog: impl FnOnce() -> Option<T>) -> Option<T> {
        // With no display there is nowhere to show a dialog: do not try.
        if cfg!(target_os = "linux")
            && std::env::var_os("DISPLAY").is_none()
            && std::env::var_os("WAYLAND_DISPLAY").is_none()
        {
            self.failed.set(true);
            return None;
        }
        let asked = Instant::now();
        let answer = dialog();
        self.failed
            .set(answer.is_none() && asked.elapsed() < TOO_FAST_TO_BE_A_PERSON);
        answer
    }
}

impl FilePicker for NativePicker {
    fn save_file(&self, title: &str, suggested: &str, extension: &str) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(title)
                .set_file_name(suggested)
                .add_filter(extension, &[extension])
                .save_file()
        })
    }

    fn open_files(&self, title: &str) -> Option<Vec<PathBuf>> {
        // Named here, on the window's thread, which speaks the window's language.
        let kinds = tr("dialog-jaws-files");
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(kinds, &OPEN_EXTENSIONS)
                .pick_files()
        })
    }

    fn pick_folder(&self, title: &str) -> Option<PathBuf> {
        self.ask(|| rfd::FileDialog::new().set_title(title).pick_folder())
    }

    fn no_dialog(&self) -> bool {
        self.failed.get()
    }
}

/// Where Jaws saves when no file dialog can open: `Jaws` in the user's documents folder
/// (else in their home folder).
pub fn default_folder() -> Option<PathBuf> {
    dirs::document_dir()
        .or_else(dirs::home_dir)
        .map(|d| d.join("Jaws"))
}

/// `dir/stem.ext`, or `dir/stem-2.ext` and so on if that is taken: saving without a dialog
/// never replaces a file.
pub fn unused_path(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let name = |n: u32| match (n, ext) {
        (1, "") => stem.to_owned(),
        (1, e) => format!("{stem}.{e}"),
        (n, "") => format!("{stem}-{n}"),
        (n, e) => format!("{stem}-{n}.{e}"),
    };
    (1..)
        .map(|n| dir.join(name(n)))
        .find(|p| !p.exists())
        .expect("some name is free")
}

/// Where to save what `request` asks for when no dialog can open: an unused name in
/// `folder`, with the extension Jaws gives that kind of file. `None` for requests that open files, which need a person to choose.
pub fn without_dialog(request: &FileRequest, folder: &Path, workshop_id: &str) -> Option<Command> {
    match request {
        FileRequest::SaveSessionAs => Some(
            FileCommand::SaveSession(Some(unused_path(
                folder,
                workshop_id,
                FileKind::Session.extension(),
            )))
            .into(),
        ),
        FileRequest::SaveScenario(id) => Some(
            FileCommand::SaveScenario {
                id: id.clone(),
                path: unused_path(folder, id, FileKind::Scenario.extension()),
            }
            .into(),
        ),
        FileRequest::ExportChart => {
            Some(FileCommand::ExportChart(unused_path(folder, "jaws-chart", "png")).into())
        }
        FileRequest::WriteReport => Some(
            FileCommand::WriteReport(unused_path(folder, &format!("{workshop_id}-report"), ""))
                .into(),
        ),
        FileRequest::Open
        | FileRequest::OpenWorkshop
        | FileRequest::ImportCouncil
        | FileRequest::CompareCouncil => None,
    }
}

/// Ask the person what `request` needs; the command that acts on their answer, or `None` if
/// they cancelled. `workshop_id` names the suggested session file.
pub fn answer(
    request: &FileRequest,
    picker: &dyn FilePicker,
    workshop_id: &str,
) -> Option<Command> {
    match request {
        FileRequest::SaveSessionAs => {
            let extension = FileKind::Session.extension();
            picker
                .save_file(
                    &tr("dialog-save-session"),
                    &format!("{workshop_id}.{extension}"),
                    extension,
                )
                .map(|path| FileCommand::SaveSession(Some(path)).into())
        }
        FileRequest::SaveScenario(id) => {
            let extension = FileKind::Scenario.extension();
            picker
                .save_file(
                    &tr("dialog-save-scenario"),
                    &format!("{id}.{extension}"),
                    extension,
                )
                .map(|path| {
                    FileCommand::SaveScenario {
                        id: id.clone(),
                        path,
                    }
                    .into()
                })
        }
        FileRequest::Open => picker
            .open_files(&tr("dialog-open-files"))
            .map(|paths| FileCommand::Open(paths).into()),
        FileRequest::ExportChart => picker
            .save_file(&tr("dialog-export-chart"), "jaws.png", "png")
            .map(|path| FileCommand::ExportChart(path).into()),
        FileRequest::WriteReport => picker
            .pick_folder(&tr("dialog-report-folder"))
            .map(|dir| FileCommand::WriteReport(dir).into()),
        FileRequest::ImportCouncil => picker
            .open_files(&tr("dialog-import-council"))
            .and_then(|paths| paths.into_iter().next())
            .map(|path| FileCommand::UseCouncil(path).into()),
        FileRequest::CompareCouncil => picker
            .open_files(&tr("dialog-compare-council"))
            .and_then(|paths| paths.into_iter().next())
            .map(|path| FileCommand::CompareCouncil(path).into()),
        FileRequest::OpenWorkshop => picker
            .open_files(&tr("dialog-open-workshop"))
            .and_then(|paths| paths.into_iter().next())
            .map(|path| SessionCommand::OpenWorkshop(WorkshopSource::File(path)).into()),
    }
}

/// The folders the workshop picker looks in: `workshops/` beside the program, and
/// `workshops/` in the user's data folder.
pub fn workshop_folders() -> (Option<PathBuf>, Option<PathBuf>) {
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join("workshops")));
    let data = data_dir().map(|d| d.join("workshops"));
    (beside, data)
}
