//! Opening and checking any Jaws file, telling the kinds apart by their `format`.

use std::path::Path;

use super::council_file::{COUNCIL_VERSION, parse_council};
use super::kind::{self, FileKind};
use super::read::{Doc, Problems, read_text};
use super::scenario_file::{SCENARIO_VERSION, parse_scenario_file};
use super::session::{SESSION_VERSION, Session, parse_session};
use super::types::{ScenarioFile, Workshop};
use super::workshop_file::{WORKSHOP_VERSION, parse_workshop};
use crate::council::Council;

/// Any Jaws file a person might open or drop on the window, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenedFile {
    Workshop(Box<Workshop>),
    Scenario(ScenarioFile),
    Session(Box<Session>),
    Council(Box<Council>),
}

/// Open any Jaws file; scenario and session files are checked against `workshop` (the one
/// open).
pub fn open_file(path: &Path, workshop: &Workshop) -> Result<OpenedFile, Problems> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    let doc = Doc::new(&name, &text);
    if kind::is_empty(&doc) {
        return Err(kind::empty_unknown(&doc, newest));
    }
    match FileKind::of(&text) {
        FileKind::Workshop => {
            parse_workshop(&name, &text).map(|w| OpenedFile::Workshop(Box::new(w)))
        }
        FileKind::Scenario => parse_scenario_file(&name, &text, workshop).map(OpenedFile::Scenario),
        FileKind::Session => {
            parse_session(&name, &text, workshop).map(|s| OpenedFile::Session(Box::new(s)))
        }
        FileKind::Council => parse_council(&name, &text).map(|c| OpenedFile::Council(Box::new(c))),
    }
}

impl OpenedFile {
    pub fn kind(&self) -> FileKind {
        match self {
            OpenedFile::Workshop(_) => FileKind::Workshop,
            OpenedFile::Scenario(_) => FileKind::Scenario,
            OpenedFile::Session(_) => FileKind::Session,
            OpenedFile::Council(_) => FileKind::Council,
        }
    }

    /// What was changed to read it, if it was written for an earlier Jaws.
    pub fn migration(&self) -> &[String] {
        match self {
            OpenedFile::Workshop(w) => &w.migration,
            OpenedFile::Scenario(f) => &f.migration,
            OpenedFile::Session(s) => &s.migration,
            OpenedFile::Council(_) => &[],
        }
    }
}

/// The newest version of each kind of file this Jaws reads.
fn newest(kind: FileKind) -> u32 {
    match kind {
        FileKind::Workshop => WORKSHOP_VERSION,
        FileKind::Scenario => SCENARIO_VERSION,
        FileKind::Session => SESSION_VERSION,
        FileKind::Council => COUNCIL_VERSION,
    }
}

/// What kind of Jaws file some text is: what its `format` says, else a workshop.
pub fn file_kind(text: &str) -> FileKind {
    FileKind::of(text)
}

/// Validate any Jaws file on disk, as `jaws check` does. Scenario and session files are
/// checked against the bundled workshop's levers.
pub fn check_file(path: &Path) -> Result<FileKind, Problems> {
    check_file_against(path, &Workshop::bundled())
}

/// Validate any Jaws file on disk; scenario and session files are checked against `workshop`.
pub fn check_file_against(path: &Path, workshop: &Workshop) -> Result<FileKind, Problems> {
    open_file(path, workshop).map(|opened| opened.kind())
}
