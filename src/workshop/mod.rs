//! Workshop and scenario files: RON, versioned, validated once here at the edge.
//!
//! Reading never panics: every failure becomes a [`Problem`] naming the file, line and column
//! and saying what was expected. Inside the program a [`Workshop`] is always valid.

pub mod atomic;
pub mod catalogue;
mod file;
pub mod location;
pub mod session;
pub mod stage;

use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::path::Path;

use crate::model::sweep::Uncertain;
use crate::model::{Assumptions, LEVER_SPECS, Lever, LeverValues, lever_index};
pub use file::{SCENARIO_FORMAT, SCENARIO_VERSION, WORKSHOP_FORMAT, WORKSHOP_VERSION};
pub use location::{Problem, Problems};
pub use stage::{Challenge, LeverMask, Stage, StageView};

/// The default workshop, built into the binary so Jaws runs with no files beside it.
pub const BUNDLED_NEW_MODEL: &str = include_str!("../../workshops/new-model.ron");
pub const BUNDLED_NEW_MODEL_NAME: &str = "workshops/new-model.ron";

/// Every workshop shipped in `workshops/`, built into the binary: (file name, text). The
/// default comes first. Their validity is checked by tests.
pub const BUNDLED: &[(&str, &str)] = &[
    ("new-model.ron", BUNDLED_NEW_MODEL),
    (
        "cabinet-60.ron",
        include_str!("../../workshops/cabinet-60.ron"),
    ),
    (
        "adult-social-care.ron",
        include_str!("../../workshops/adult-social-care.ron"),
    ),
];

/// Largest file Jaws will read: far above any real workshop, far below trouble.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Where across the framework map (a fraction of its width, from the left) a workshop may
/// place a stock or flow: clear of the domains' regions, which fill the outer fifth each side.
pub const MAP_X: RangeInclusive<f32> = 0.22..=0.78;
/// Where down the framework map (a fraction of its height, from the top) a workshop may place
/// a stock or flow: on the canvas, not cut off at its edges.
pub const MAP_Y: RangeInclusive<f32> = 0.03..=0.97;

/// A named set of lever values. Levers it does not mention take the workshop's defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    pub note: String,
    pub levers: BTreeMap<String, f64>,
}

/// A validated workshop: the model's levers with the workshop's overrides, its assumptions
/// and its scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct Workshop {
    pub id: String,
    pub title: String,
    pub organisation: String,
    pub author: String,
    pub description: String,
    /// Who the workshop is for, e.g. "A cabinet or leadership team" (may be empty).
    pub audience: String,
    pub assumptions: Assumptions,
    /// Where assumption values come from, by assumption id.
    pub sources: BTreeMap<String, String>,
    pub uncertain: Vec<Uncertain>,
    /// Every lever of the model, in catalogue order.
    pub levers: Vec<Lever>,
    pub scenarios: Vec<Scenario>,
    /// The script of a facilitated session, in order; empty for a workshop without one.
    pub stages: Vec<Stage>,
    /// Where the framework map puts stocks and flows, by node id, as `(x, y)` fractions of
    /// the map (within [`MAP_X`] and [`MAP_Y`]); nodes not named are placed automatically.
    pub map_positions: BTreeMap<String, (f32, f32)>,
}

impl Workshop {
    /// The bundled default workshop. Its validity is checked by tests, so this cannot fail.
    pub fn bundled() -> Workshop {
        parse_workshop(BUNDLED_NEW_MODEL_NAME, BUNDLED_NEW_MODEL)
            .expect("the bundled workshop is valid (checked by tests)")
    }

    /// A bundled workshop by file name (`"cabinet-60.ron"`), with or without `.ron` or a
    /// leading `workshops/`; `None` if there is no such bundled workshop.
    pub fn bundled_named(name: &str) -> Option<Workshop> {
        let name = name.strip_prefix("workshops/").unwrap_or(name);
        let name = name.strip_suffix(".ron").unwrap_or(name);
        BUNDLED
            .iter()
            .find(|(file, _)| file.strip_suffix(".ron") == Some(name))
            .map(|(file, text)| {
                parse_workshop(&format!("workshops/{file}"), text)
                    .expect("the bundled workshops are valid (checked by tests)")
            })
    }

    /// Every bundled workshop, the default first: for a workshop picker.
    pub fn bundled_all() -> Vec<Workshop> {
        BUNDLED
            .iter()
            .filter_map(|(file, _)| Workshop::bundled_named(file))
            .collect()
    }

    /// Read and validate a workshop file.
    pub fn load(path: &Path) -> Result<Workshop, Problems> {
        let name = path.display().to_string();
        let text = read_text(path)?;
        parse_workshop(&name, &text)
    }

    pub fn default_values(&self) -> LeverValues {
        let mut v = LeverValues::model_defaults();
        for (slot, lever) in v.0.iter_mut().zip(&self.levers) {
            *slot = lever.default;
        }
        v
    }

    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// Where the stage with this id comes in the running order (from 0).
    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The suggested length of the whole session, in minutes: the stages' durations added up.
    pub fn total_minutes(&self) -> u32 {
        self.stages.iter().map(|s| s.minutes).sum()
    }

    pub fn lever(&self, id: &str) -> Option<&Lever> {
        self.levers.iter().find(|l| l.id == id)
    }

    /// Lever values for a scenario: the workshop's defaults with the scenario's settings.
    pub fn values_for(&self, scenario: &Scenario) -> LeverValues {
        let mut v = self.default_values();
        for (id, value) in &scenario.levers {
            if let Some(i) = lever_index(id) {
                v.0[i] = *value;
            }
        }
        v
    }

    /// Check a lever setting as a person typed it; the message says what is allowed.
    pub fn check_setting(&self, id: &str, value: f64) -> Result<usize, String> {
        let Some(i) = lever_index(id) else {
            let ids: Vec<&str> = LEVER_SPECS.iter().map(|s| s.id).collect();
            return Err(format!(
                "unknown lever `{id}`; the levers are: {}",
                ids.join(", ")
            ));
        };
        let lever = &self.levers[i];
        if !value.is_finite() || value < lever.min || value > lever.max {
            return Err(format!(
                "{id} = {value} is out of range: expected {} to {} ({})",
                lever.min, lever.max, lever.unit
            ));
        }
        Ok(i)
    }
}

/// Read a file as text for parsing, refusing what cannot be a Jaws file before parsing it.
pub fn read_text(path: &Path) -> Result<String, Problems> {
    let name = path.display().to_string();
    let fail = |m: String| Problems(vec![location::whole_file(&name, m)]);
    let meta = std::fs::metadata(path)
        .map_err(|e| fail(format!("cannot read the file: {}", io_reason(&e))))?;
    if meta.is_dir() {
        return Err(fail(
            "is a folder, not a file; expected a Jaws workshop, session or scenario file".into(),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(format!(
            "the file is {:.1} MiB; Jaws files are at most {} MiB, so this is not one",
            meta.len() as f64 / 1048576.0,
            MAX_FILE_BYTES / 1048576
        )));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| fail(format!("cannot read the file: {}", io_reason(&e))))?;
    text_from_bytes(&name, bytes)
}

/// Bytes to text, with the position of the first byte that is not UTF-8.
pub fn text_from_bytes(name: &str, mut bytes: Vec<u8>) -> Result<String, Problems> {
    // Some Windows editors start UTF-8 files with a byte-order mark; it is not content.
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        let text = String::from_utf8_lossy(&bytes[..good]);
        let loc = location::Locator {
            file: name,
            text: &text,
        };
        Problems(vec![loc.problem_at(
            good,
            "the file is not valid UTF-8 text here; save it as UTF-8",
        )])
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Parse and validate workshop text. `name` is what problems call the file.
pub fn parse_workshop(name: &str, text: &str) -> Result<Workshop, Problems> {
    file::parse_workshop(name, text)
}

/// Parse a scenario file, checking its levers against `workshop`.
pub fn parse_scenario_file(
    name: &str,
    text: &str,
    workshop: &Workshop,
) -> Result<ScenarioFile, Problems> {
    file::parse_scenario(name, text, workshop)
}

/// A scenario saved on its own, to carry between laptops.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioFile {
    /// The id of the workshop it was made for.
    pub workshop: String,
    pub scenario: Scenario,
}

/// What kind of Jaws file some text claims to be, from its `format` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Workshop,
    Scenario,
    Session,
}

impl FileKind {
    /// What a person calls this kind of file.
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Workshop => "workshop",
            FileKind::Scenario => "scenario",
            FileKind::Session => "session",
        }
    }

    /// The extension Jaws gives this kind of file when it saves one (without the dot).
    pub const fn extension(self) -> &'static str {
        match self {
            FileKind::Workshop => "jaws-workshop",
            FileKind::Scenario => "jaws-scenario",
            FileKind::Session => "jaws",
        }
    }
}

/// The extensions Jaws opens: its own, and `.ron`, which every Jaws file had before 0.2.
/// What a file is comes from its `format` field, never from its name.
pub const OPEN_EXTENSIONS: [&str; 4] = ["jaws", "jaws-workshop", "jaws-scenario", "ron"];

/// Whether a file's name says it is a Jaws file.
pub fn has_jaws_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| OPEN_EXTENSIONS.iter().any(|o| o.eq_ignore_ascii_case(x)))
}

pub fn file_kind(text: &str) -> FileKind {
    file::kind(text)
}

/// Validate any Jaws file on disk, as `jaws check` does. Scenario and session files are
/// checked against the bundled workshop's levers.
pub fn check_file(path: &Path) -> Result<FileKind, Problems> {
    check_file_against(path, &Workshop::bundled())
}

/// Validate any Jaws file on disk; scenario and session files are checked against `workshop`.
pub fn check_file_against(path: &Path, workshop: &Workshop) -> Result<FileKind, Problems> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    match file_kind(&text) {
        FileKind::Workshop => parse_workshop(&name, &text).map(|_| FileKind::Workshop),
        FileKind::Scenario => {
            parse_scenario_file(&name, &text, workshop).map(|_| FileKind::Scenario)
        }
        FileKind::Session => {
            session::parse_session(&name, &text, workshop).map(|_| FileKind::Session)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_workshop_is_valid_with_the_required_scenarios() {
        let w = parse_workshop(BUNDLED_NEW_MODEL_NAME, BUNDLED_NEW_MODEL).unwrap();
        assert!(w.scenario("old-deal").is_some());
        assert!(w.scenario("new-deal").is_some());
        assert_eq!(w.levers.len(), LEVER_SPECS.len());
    }
}
