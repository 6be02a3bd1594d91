//! Writing sessions: as text, and to a file.

use std::path::Path;

use super::checks::reads_as_session;
use super::types::Session;
use super::versions::to_latest;
use crate::workshop::kind::FileKind;
use crate::workshop::save::{Overwrite, SaveError, save_text};

fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .compact_arrays(true)
}

/// A session as the text of a session file (the newest version).
pub fn session_to_string(session: &Session) -> String {
    let body = ron::ser::to_string_pretty(&to_latest(session), pretty())
        // Strings, numbers, maps and lists always serialise; were one not to, the empty text
        // would not read back, and saving refuses to write what does not read back.
        .unwrap_or_default();
    format!(
        "// A Jaws session: open it in Jaws with the workshop \"{}\".\n{body}\n",
        session.workshop
    )
}

/// Save a session atomically. With [`Overwrite::IfReadable`], an existing file at `path` is
/// replaced only if it is itself a readable session.
pub fn save_session(path: &Path, session: &Session, overwrite: Overwrite) -> Result<(), SaveError> {
    save_text(
        path,
        &session_to_string(session),
        FileKind::Session,
        reads_as_session,
        overwrite,
    )
}
