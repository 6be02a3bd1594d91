//! Scenarios: as a workshop lists them, and on their own in a scenario file, to carry between
//! laptops. Scenario files are at format version 2 (money levers as a share of the budget);
//! version 1 files (£m a year) are read through [`super::legacy`].

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::ids::{Checked, Id, LeverId, ScenarioId, WorkshopId};
use super::kind::{self, FileKind, SCENARIO_FORMAT};
use super::read::text::{cleaned, shown_number};
use super::read::{self, Doc, Problems, Report, Seg, UniqueMap, read_text, whole_file};
use super::save::{Overwrite, SaveError, save_text};
use super::types::{Scenario, ScenarioFile, Workshop};
use crate::model::Lever;

/// The newest scenario file format version this build reads and writes.
pub const SCENARIO_VERSION: u32 = 2;

/// One scenario as written, in a workshop's `scenarios` or a scenario file's `scenario`.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ScenarioEntry {
    pub id: Checked<ScenarioId>,
    name: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    levers: UniqueMap<f64>,
}

impl ScenarioEntry {
    /// Check the scenario written at `path`: its id, and its levers against `levers`.
    pub fn check(&self, path: &[Seg], levers: &[Lever], report: &mut Report) {
        fn within<'p>(path: &[Seg<'p>], rest: &[Seg<'p>]) -> Vec<Seg<'p>> {
            let mut full = path.to_vec();
            full.extend_from_slice(rest);
            full
        }
        if let Some(bad) = self.id.problem() {
            report.value(&within(path, &[Seg::Field("id")]), bad.to_string());
        }
        let id = self.id.text();
        report.line(
            &within(path, &[Seg::Field("name")]),
            &self.name,
            &crate::t!("file-scenario-name", id = id),
        );
        for (lever, &value) in &self.levers.0 {
            let at = within(path, &[Seg::Field("levers"), Seg::Key(lever)]);
            match LeverId::new(lever) {
                Err(unknown) => report.label(
                    &at,
                    crate::t!(
                        "file-scenario-sets-unknown",
                        id = id,
                        unknown = unknown.to_string()
                    ),
                ),
                Ok(i) => {
                    let l = &levers[i.index()];
                    if !value.is_finite() || value < l.min || value > l.max {
                        report.label(
                            &at,
                            crate::t!(
                                "file-scenario-out-of-range",
                                id = id,
                                lever = lever.as_str(),
                                value = shown_number(value),
                                min = shown_number(l.min),
                                max = shown_number(l.max),
                                unit = crate::present::format::unit_words(&l.unit)
                            ),
                        );
                    }
                }
            }
        }
    }

    /// Its money levers from £m a year (the first model's) to a share of `budget`.
    pub fn convert_money_levers(&mut self, budget: f64) -> Vec<(String, f64, f64)> {
        super::legacy::convert_money_levers(&mut self.levers.0, budget)
    }

    /// The levers it sets, by id.
    pub fn lever_values(&self) -> impl Iterator<Item = (&str, f64)> {
        self.levers.0.iter().map(|(id, &v)| (id.as_str(), v))
    }

    pub fn into_scenario(self) -> Scenario {
        Scenario {
            id: self.id.into_text(),
            name: self.name,
            note: self.note,
            levers: self.levers.0,
        }
    }

    /// The scenario as written: its text keeps the rule files are read with, so that it
    /// opens again (see [`cleaned`]).
    fn from_scenario(s: &Scenario) -> ScenarioEntry {
        ScenarioEntry {
            id: Checked::from_text(s.id.clone()),
            name: cleaned(&s.name, true).into_owned(),
            note: cleaned(&s.note, false).into_owned(),
            levers: UniqueMap(s.levers.clone()),
        }
    }
}

/// A scenario file as written.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFileShape {
    format: String,
    version: u32,
    workshop: Checked<WorkshopId>,
    scenario: ScenarioEntry,
}

/// Parse a scenario file, checking its levers against `workshop`.
pub fn parse_scenario_file(
    name: &str,
    text: &str,
    workshop: &Workshop,
) -> Result<ScenarioFile, Problems> {
    let doc = Doc::new(name, text);
    let mut raw = read_shape(&doc)?;
    let mut report = Report::new(&doc);
    check_shape(&raw, &mut report);
    let mut migration = Vec::new();
    if raw.version < SCENARIO_VERSION {
        let budget = workshop.assumptions.base_budget;
        let converted = raw.scenario.convert_money_levers(budget);
        migration.push(super::legacy::read_as(
            super::FileKind::Scenario,
            raw.version,
            SCENARIO_VERSION,
        ));
        migration.extend(super::legacy::money_note(&converted, budget));
    }
    raw.scenario
        .check(&[Seg::Field("scenario")], &workshop.levers, &mut report);
    report.finish()?;
    Ok(ScenarioFile {
        workshop: raw.workshop.into_text(),
        scenario: raw.scenario.into_scenario(),
        migration,
    })
}

/// Read and check a scenario file for `workshop`.
pub fn load_scenario_file(path: &Path, workshop: &Workshop) -> Result<ScenarioFile, Problems> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    parse_scenario_file(&name, &text, workshop)
}

fn read_shape(doc: &Doc) -> Result<ScenarioFileShape, Problems> {
    kind::expect_kind(doc, FileKind::Scenario, SCENARIO_VERSION)?;
    read::parse(doc)
}

/// Format, version and workshop id: what can be checked without a workshop.
fn check_shape(raw: &ScenarioFileShape, report: &mut Report) {
    kind::check_format(
        report,
        FileKind::Scenario,
        &raw.format,
        raw.version,
        SCENARIO_VERSION,
    );
    if let Some(bad) = raw.workshop.problem() {
        report.value(&[Seg::Field("workshop")], bad.to_string());
    }
}

/// Whether a scenario file is one this Jaws reads, without checking its levers against a
/// workshop: enough to know it may be replaced.
fn reads_as_scenario_file(name: &str, text: &str) -> Result<(), Problems> {
    let doc = Doc::new(name, text);
    let raw = read_shape(&doc)?;
    let mut report = Report::new(&doc);
    check_shape(&raw, &mut report);
    report.finish()
}

/// A scenario file's text, in the shape [`parse_scenario_file`] reads.
pub fn scenario_file_to_string(file: &ScenarioFile) -> String {
    let shape = ScenarioFileShape {
        format: SCENARIO_FORMAT.into(),
        version: SCENARIO_VERSION,
        workshop: Checked::from_text(file.workshop.clone()),
        scenario: ScenarioEntry::from_scenario(&file.scenario),
    };
    let body = ron::ser::to_string_pretty(&shape, ron::ser::PrettyConfig::new())
        // Strings, numbers and maps of them always serialise.
        .unwrap_or_default();
    format!(
        "// A Jaws scenario for the workshop \"{}\".\n{body}\n",
        file.workshop
    )
}

/// Save a scenario file atomically; with [`Overwrite::IfReadable`], an existing file at `path`
/// is replaced only if it is itself a readable scenario file.
pub fn save_scenario_file(
    path: &Path,
    file: &ScenarioFile,
    overwrite: Overwrite,
) -> Result<(), SaveError> {
    let name = format!("{} (as it would be saved)", path.display());
    let mut problems = Vec::new();
    if let Err(bad) = ScenarioId::new(file.scenario.id.clone()) {
        problems.push(whole_file(&name, bad.to_string()));
    }
    for (id, &v) in &file.scenario.levers {
        if let Err(unknown) = LeverId::new(id) {
            problems.push(whole_file(&name, format!("the scenario sets {unknown}")));
        } else if !v.is_finite() {
            problems.push(whole_file(
                &name,
                format!("the scenario sets {id} to {v}, which is not a number"),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(SaveError::Invalid(Problems(problems)));
    }
    save_text(
        path,
        &scenario_file_to_string(file),
        FileKind::Scenario,
        reads_as_scenario_file,
        overwrite,
    )
}
