//! Saving a Jaws file: atomically (see [`super::atomic`]), only what reads back, and never over
//! a file that Jaws cannot read unless the person asks.

use std::path::{Path, PathBuf};

use super::atomic;
use super::kind::FileKind;
use super::read::{Problems, read_text};

/// Whether saving may replace a file that is already there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overwrite {
    /// Replace it only if it is a file of the same kind that this Jaws reads; a corrupt,
    /// truncated or foreign file is left as it is and the save refused.
    IfReadable,
    /// Replace whatever is there (the person chose to).
    Always,
}

/// Why a save did not happen. The target is unchanged in every case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(
        "{} was left as it is: it is not a {what} file this Jaws can read, so saving over it could lose work; save under another name, or choose to replace it\n{problems}",
        path.display()
    )]
    WouldReplaceUnreadable {
        path: PathBuf,
        what: &'static str,
        problems: Problems,
    },
    #[error("this cannot be saved as it stands:\n{0}")]
    Invalid(Problems),
    #[error("cannot write {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// How a kind of file is checked when saving: `(name, text)` to its problems, if any.
pub type Check = fn(&str, &str) -> Result<(), Problems>;

/// Save `text`, a file of `kind`, atomically at `path`. `reads` is how a file of that kind is
/// checked: what is about to be written must pass it, and with [`Overwrite::IfReadable`] so must
/// a file already at `path`.
pub fn save_text(
    path: &Path,
    text: &str,
    kind: FileKind,
    reads: Check,
    overwrite: Overwrite,
) -> Result<(), SaveError> {
    // Never write a file that would not open again.
    let name = format!("{} (as it would be saved)", path.display());
    reads(&name, text).map_err(SaveError::Invalid)?;
    if overwrite == Overwrite::IfReadable {
        check_replaceable(path, kind, reads)?;
    }
    atomic::write_atomic(path, text.as_bytes()).map_err(|source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Refuse to replace a file that is not a readable file of `kind`. Only a regular file holds
/// work to lose: a link is replaced, not followed, and a pipe or device is written into (see
/// [`atomic`]), so neither is read (a pipe would wait for a writer).
fn check_replaceable(path: &Path, kind: FileKind, reads: Check) -> Result<(), SaveError> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => {}
        _ => return Ok(()),
    }
    let refuse = |problems| SaveError::WouldReplaceUnreadable {
        path: path.to_path_buf(),
        what: kind.label(),
        problems,
    };
    let name = path.display().to_string();
    let text = read_text(path).map_err(refuse)?;
    reads(&name, &text).map_err(refuse)
}
