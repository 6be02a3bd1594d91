//! File dialogs, behind a trait so tests answer them, and the folders Jaws looks in. Views ask
//! for a dialog with a `FileRequest`; the window opens it after the frame and `answer` turns
//! the person's choice into the command that acts on it (apply/files.rs does the file work).

use std::path::PathBuf;

use super::autosave::data_dir;
use super::command::{Command, FileCommand, FileRequest, SessionCommand};
use crate::workshop::catalogue::WorkshopSource;

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
            .add_filter("Jaws files", &["ron"])
            .pick_files()
    }

    fn pick_folder(&self, title: &str) -> Option<PathBuf> {
        rfd::FileDialog::new().set_title(title).pick_folder()
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
        FileRequest::SaveSessionAs => picker
            .save_file("Save session", &format!("{workshop_id}-session.ron"), "ron")
            .map(|path| FileCommand::SaveSession(Some(path)).into()),
        FileRequest::SaveScenario(id) => picker
            .save_file("Save scenario", &format!("{id}.ron"), "ron")
            .map(|path| {
                FileCommand::SaveScenario {
                    id: id.clone(),
                    path,
                }
                .into()
            }),
        FileRequest::Open => picker
            .open_files("Open Jaws files")
            .map(|paths| FileCommand::Open(paths).into()),
        FileRequest::ExportChart => picker
            .save_file("Export chart", "jaws.png", "png")
            .map(|path| FileCommand::ExportChart(path).into()),
        FileRequest::WriteReport => picker
            .pick_folder("Folder for the report")
            .map(|dir| FileCommand::WriteReport(dir).into()),
        FileRequest::OpenWorkshop => picker
            .open_files("Open a workshop file")
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
