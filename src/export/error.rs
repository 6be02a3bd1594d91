//! Why an export did not happen.

use std::path::{Path, PathBuf};

/// Why an export did not happen. Files being replaced are left as they were.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Something asked for that cannot be drawn (an unknown scenario, too many scenarios, a
    /// file name that says another format).
    #[error("{0}")]
    Request(String),
    #[error("cannot draw the chart: {0}")]
    Draw(String),
    #[error("cannot write {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl ExportError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> ExportError {
        ExportError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
