//! Session files: what a room made in a workshop, kept between runs and carried between
//! laptops. Also saving scenario files.
//!
//! A session file is RON, `format: "jaws-session"`, versioned like workshop files:
//!
//! ```ron
//! (
//!     format: "jaws-session",
//!     version: 1,
//!     workshop: "new-model",
//!     workshop_title: "A new model of public services",
//!     stage: 2,                                  // optional
//!     levers: { "co_production": 35.0 },         // the levers as they stand
//!     assumptions: { "demographic_growth": 2.0 },// changes to the workshop's assumptions
//!     scenarios: [
//!         (id: "table-1", name: "Table 1", note: "", captured: "2026-03-14T10:30:00Z",
//!          levers: { "co_production": 35.0 }),
//!     ],
//!     deal: [
//!         (id: "lunch-clubs", text: "Keep the lunch clubs open", side: community,
//!          levers: ["community_delivery"]),
//!     ],
//!     notes: "Free text.",
//! )
//! ```
//!
//! Reading follows the same rules as workshop files: unknown fields and duplicate keys are
//! refused, and every problem names its file, line and column. Writing is atomic (see
//! [`super::atomic`]) and never replaces a file that Jaws cannot read unless asked to.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::file::{
    UniqueMap, claims_format, is_valid_id, options, parse_scenario_shape, scenario_to_text,
    syntax_problem,
};
use super::location::{Locator, Problem, Problems, whole_file};
use super::{
    FileKind, SCENARIO_FORMAT, Scenario, ScenarioFile, WORKSHOP_FORMAT, Workshop, atomic,
    parse_scenario_file, read_text,
};
use crate::model::assumptions::assumption_spec;
use crate::model::{ASSUMPTION_SPECS, Assumptions, LEVER_SPECS, LeverValues, lever_index};

pub const SESSION_FORMAT: &str = "jaws-session";
/// The newest session format version this build reads and writes.
pub const SESSION_VERSION: u32 = 1;

/// What a room made in one workshop. Lever and assumption maps are keyed by id.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// Id of the workshop the session was made with.
    pub workshop: String,
    /// Its title then, so a person can tell which workshop a session needs.
    pub workshop_title: String,
    pub scenarios: Vec<CapturedScenario>,
    /// The levers as they stand; levers not mentioned take the workshop's defaults.
    pub levers: BTreeMap<String, f64>,
    /// Changes to the workshop's assumptions, by assumption id (`base_year` and
    /// `horizon_years` included, as whole numbers).
    pub assumptions: BTreeMap<String, f64>,
    /// Which stage of the workshop the room had reached, if the workshop has stages.
    pub stage: Option<u32>,
    pub notes: String,
    /// "Our deal": the commitments the room agreed.
    pub deal: Vec<DealCard>,
    /// What the room predicted at "predict, then reveal" stages, kept beside the result.
    pub predictions: Vec<Prediction>,
}

/// What the room predicted before a stage revealed its change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prediction {
    /// The stage's id.
    pub stage: String,
    /// What the room said, as the facilitator wrote it down.
    pub said: String,
    /// Lines sketched on the jaws chart, each a list of (year, £m) points.
    pub strokes: Vec<Vec<[f64; 2]>>,
    /// Whether the stage's change has been revealed since.
    pub revealed: bool,
}

/// A scenario captured in a session.
#[derive(Clone, Debug, PartialEq)]
pub struct CapturedScenario {
    pub id: String,
    pub name: String,
    pub note: String,
    /// Lever values by id; levers not mentioned take the workshop's defaults.
    pub levers: BTreeMap<String, f64>,
    /// When it was captured, ISO 8601 (`2026-03-14T10:30:00Z`).
    pub captured: String,
}

/// One commitment of "our deal", linked to the levers it moves.
#[derive(Clone, Debug, PartialEq)]
pub struct DealCard {
    pub id: String,
    pub text: String,
    pub side: DealSide,
    /// Ids of the levers the commitment moves.
    pub levers: Vec<String>,
}

/// Who makes a commitment in the deal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DealSide {
    Council,
    Community,
}

impl DealSide {
    pub const ALL: [DealSide; 2] = [DealSide::Council, DealSide::Community];

    /// The heading of this side's column.
    pub fn heading(self) -> &'static str {
        match self {
            DealSide::Council => "What the council will do",
            DealSide::Community => "What residents and communities will do",
        }
    }
}

impl Session {
    /// An empty session on a workshop, with the levers at its defaults.
    pub fn new(workshop: &Workshop) -> Session {
        Session {
            workshop: workshop.id.clone(),
            workshop_title: workshop.title.clone(),
            scenarios: Vec::new(),
            levers: lever_map(workshop, &workshop.default_values()),
            assumptions: BTreeMap::new(),
            stage: None,
            notes: String::new(),
            deal: Vec::new(),
            predictions: Vec::new(),
        }
    }

    /// Record the levers and assumptions as they stand.
    pub fn set_current(&mut self, workshop: &Workshop, levers: &LeverValues, a: &Assumptions) {
        self.levers = lever_map(workshop, levers);
        self.assumptions = assumption_overrides(&workshop.assumptions, a);
    }

    /// The levers as they stand, resolved against the workshop's defaults.
    /// Whether the session holds any of the room's own work: scenarios, commitments, notes,
    /// predictions, changed assumptions, or levers set other than by default or as one of
    /// the workshop's scenarios. A session without any is not worth offering to restore.
    pub fn holds_work(&self, workshop: &Workshop) -> bool {
        if !self.scenarios.is_empty()
            || !self.deal.is_empty()
            || !self.notes.trim().is_empty()
            || !self.predictions.is_empty()
            || !self.assumptions.is_empty()
        {
            return true;
        }
        let v = self.current_values(workshop);
        v != workshop.default_values()
            && !workshop
                .scenarios
                .iter()
                .any(|s| workshop.values_for(s) == v)
    }

    pub fn current_values(&self, workshop: &Workshop) -> LeverValues {
        values_from_map(workshop, &self.levers)
    }

    /// The workshop's assumptions with this session's changes.
    pub fn current_assumptions(&self, workshop: &Workshop) -> Assumptions {
        apply_assumption_overrides(&workshop.assumptions, &self.assumptions)
    }

    pub fn scenario(&self, id: &str) -> Option<&CapturedScenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// An id for a new scenario called `name`, unused in this session: `table-1`, `table-1-2`.
    pub fn new_scenario_id(&self, name: &str) -> String {
        let mut base: String = name
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        while base.contains("--") {
            base = base.replace("--", "-");
        }
        let mut base = base.trim_matches('-').to_owned();
        base.truncate(56);
        if base.is_empty() {
            base = "scenario".into();
        }
        let mut id = base.clone();
        let mut n = 2;
        while self.scenario(&id).is_some() {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

impl CapturedScenario {
    /// Capture lever values now, with every lever recorded.
    pub fn capture(
        id: &str,
        name: &str,
        note: &str,
        workshop: &Workshop,
        levers: &LeverValues,
    ) -> CapturedScenario {
        CapturedScenario {
            id: id.to_owned(),
            name: name.to_owned(),
            note: note.to_owned(),
            levers: lever_map(workshop, levers),
            captured: now_iso8601(),
        }
    }

    /// A workshop's (or a scenario file's) scenario, captured now.
    pub fn from_scenario(s: &Scenario) -> CapturedScenario {
        CapturedScenario {
            id: s.id.clone(),
            name: s.name.clone(),
            note: s.note.clone(),
            levers: s.levers.clone(),
            captured: now_iso8601(),
        }
    }

    pub fn to_scenario(&self) -> Scenario {
        Scenario {
            id: self.id.clone(),
            name: self.name.clone(),
            note: self.note.clone(),
            levers: self.levers.clone(),
        }
    }

    /// The lever values, resolved against the workshop's defaults.
    pub fn values(&self, workshop: &Workshop) -> LeverValues {
        values_from_map(workshop, &self.levers)
    }
}

/// Every lever's value by id, in the workshop's lever order.
pub fn lever_map(workshop: &Workshop, values: &LeverValues) -> BTreeMap<String, f64> {
    workshop
        .levers
        .iter()
        .zip(values.0)
        .map(|(l, v)| (l.id.clone(), v))
        .collect()
}

fn values_from_map(workshop: &Workshop, map: &BTreeMap<String, f64>) -> LeverValues {
    let mut v = workshop.default_values();
    for (id, value) in map {
        if let Some(i) = lever_index(id) {
            v.0[i] = *value;
        }
    }
    v
}

/// The assumptions in `current` that differ from `base`, by id.
pub fn assumption_overrides(base: &Assumptions, current: &Assumptions) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    if current.base_year != base.base_year {
        out.insert("base_year".into(), f64::from(current.base_year));
    }
    if current.horizon_years != base.horizon_years {
        out.insert("horizon_years".into(), f64::from(current.horizon_years));
    }
    for spec in ASSUMPTION_SPECS {
        let (b, c) = (base.get(spec.id), current.get(spec.id));
        if b != c
            && let Some(c) = c
        {
            out.insert(spec.id.into(), c);
        }
    }
    out
}

/// `base` with changes by id applied; unknown ids are ignored (files are checked on reading).
pub fn apply_assumption_overrides(
    base: &Assumptions,
    overrides: &BTreeMap<String, f64>,
) -> Assumptions {
    let mut a = base.clone();
    for (id, &v) in overrides {
        match id.as_str() {
            "base_year" => a.base_year = v as i32,
            "horizon_years" => a.horizon_years = v as u32,
            _ => {
                a.set(id, v);
            }
        }
    }
    a
}

// ---------------------------------------------------------------------------------------
// The file on disk.

/// Version 1 of the session file.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SessionFileV1 {
    format: String,
    version: u32,
    workshop: String,
    #[serde(default)]
    workshop_title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stage: Option<u32>,
    #[serde(default)]
    levers: UniqueMap<f64>,
    #[serde(default)]
    assumptions: UniqueMap<f64>,
    #[serde(default)]
    scenarios: Vec<CapturedEntry>,
    #[serde(default)]
    deal: Vec<DealEntry>,
    #[serde(default)]
    notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    predictions: Vec<PredictionEntry>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct PredictionEntry {
    stage: String,
    #[serde(default)]
    said: String,
    #[serde(default)]
    strokes: Vec<Vec<(f64, f64)>>,
    #[serde(default)]
    revealed: bool,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct CapturedEntry {
    id: String,
    name: String,
    #[serde(default)]
    note: String,
    captured: String,
    #[serde(default)]
    levers: UniqueMap<f64>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct DealEntry {
    id: String,
    text: String,
    side: DealSide,
    #[serde(default)]
    levers: Vec<String>,
}

/// The newest shape; what every older version is migrated to.
type Latest = SessionFileV1;

/// A session file as read, in the shape of its own version. When version 2 arrives it joins
/// here, with its parser in [`read_versioned`] and a migration from version 1 in [`upgrade`].
enum Versioned {
    V1(SessionFileV1),
}

fn upgrade(v: Versioned) -> Latest {
    match v {
        Versioned::V1(v1) => v1,
    }
}

/// Just the format and version, read leniently, to choose a parser.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    version: Option<u32>,
}

/// Parse a session file's text in whichever version it is written, and migrate it to the
/// newest shape.
fn read_versioned(name: &str, text: &str) -> Result<Latest, Problems> {
    let loc = Locator { file: name, text };
    let version = options()
        .from_str::<VersionProbe>(text)
        .ok()
        .and_then(|p| p.version);
    let refuse = |message: String| {
        Err(Problems(vec![loc.problem_at(
            locate(text, &[Seg::Field("version")]),
            message,
        )]))
    };
    let parsed = match version {
        Some(0) => {
            return refuse(format!(
                "session format version 0 is not one this Jaws reads (1 to {SESSION_VERSION}); versions start at 1"
            ));
        }
        Some(v) if v > SESSION_VERSION => {
            return refuse(format!(
                "session format version {v} was made by a newer Jaws; this one reads versions 1 to {SESSION_VERSION}: update Jaws to open it"
            ));
        }
        // Version 1, or a file too broken to tell: the version 1 parser says what is wrong.
        _ => Versioned::V1(
            options()
                .from_str::<SessionFileV1>(text)
                .map_err(|e| Problems(vec![syntax_problem(name, text, &e)]))?,
        ),
    };
    Ok(upgrade(parsed))
}

/// Parse and check a session file's text for `workshop`. `name` is what problems call the file.
pub fn parse_session(name: &str, text: &str, workshop: &Workshop) -> Result<Session, Problems> {
    let raw = read_session(name, text)?;
    let loc = Locator { file: name, text };
    let mut out = Vec::new();
    check_structure(&loc, &raw, &mut out);
    check_for_workshop(&loc, &raw, workshop, &mut out);
    if !out.is_empty() {
        out.sort_by_key(|p| (p.line, p.column));
        return Err(Problems(out));
    }
    Ok(into_session(raw))
}

/// Read and check a session file for `workshop`.
pub fn load_session(path: &Path, workshop: &Workshop) -> Result<Session, Problems> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    parse_session(&name, &text, workshop)
}

/// Read and check a scenario file for `workshop`.
pub fn load_scenario_file(path: &Path, workshop: &Workshop) -> Result<ScenarioFile, Problems> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    parse_scenario_file(&name, &text, workshop)
}

/// Any Jaws file a person might open or drop on the window, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenedFile {
    Workshop(Box<Workshop>),
    Scenario(ScenarioFile),
    Session(Box<Session>),
}

/// Open any Jaws file, telling the kinds apart by their `format`; scenario and session files
/// are checked against `workshop` (the one open).
pub fn open_file(path: &Path, workshop: &Workshop) -> Result<OpenedFile, Problems> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    match super::file_kind(&text) {
        FileKind::Workshop => {
            super::parse_workshop(&name, &text).map(|w| OpenedFile::Workshop(Box::new(w)))
        }
        FileKind::Scenario => parse_scenario_file(&name, &text, workshop).map(OpenedFile::Scenario),
        FileKind::Session => {
            parse_session(&name, &text, workshop).map(|s| OpenedFile::Session(Box::new(s)))
        }
    }
}

/// Everything that can be checked without the workshop: shape, version, ids, known levers.
fn parse_structure(name: &str, text: &str) -> Result<Latest, Problems> {
    let raw = read_session(name, text)?;
    let mut out = Vec::new();
    check_structure(&Locator { file: name, text }, &raw, &mut out);
    if out.is_empty() {
        Ok(raw)
    } else {
        out.sort_by_key(|p| (p.line, p.column));
        Err(Problems(out))
    }
}

/// Read a session file's text into the newest shape, refusing other kinds of file, versions
/// this build does not read, and anything that does not parse.
fn read_session(name: &str, text: &str) -> Result<Latest, Problems> {
    if text.trim().is_empty() {
        return Err(Problems(vec![whole_file(
            name,
            format!(
                "the file is empty; expected a session like (format: \"{SESSION_FORMAT}\", version: {SESSION_VERSION}, ...)"
            ),
        )]));
    }
    let loc = Locator { file: name, text };
    let other = match claims_format(text) {
        Some(WORKSHOP_FORMAT) => Some(("a workshop", WORKSHOP_FORMAT)),
        Some(SCENARIO_FORMAT) => Some(("a scenario", SCENARIO_FORMAT)),
        _ => None,
    };
    if let Some((what, format)) = other {
        return Err(Problems(vec![loc.problem_at(
            locate(text, &[Seg::Field("format")]),
            format!(
                "this is {what} file (format \"{format}\"), not a session (format \"{SESSION_FORMAT}\")"
            ),
        )]));
    }
    read_versioned(name, text).map_err(|mut problems| {
        if let Some(cut) = cut_off(&loc) {
            problems.0.push(cut);
        }
        problems
    })
}

/// A file that does not end with the `)` closing the session was most likely cut short (a
/// crash, a full disk, a copy that did not finish): say so, at its end.
fn cut_off(loc: &Locator) -> Option<Problem> {
    let end = loc.after_previous_token(loc.text.len());
    if loc.text[..end].ends_with(')') {
        return None;
    }
    Some(loc.problem_at(
        end,
        "the file stops here without closing the session's `(`: it looks cut off, perhaps by a crash or a full disk",
    ))
}

fn check_structure(loc: &Locator, raw: &Latest, out: &mut Vec<Problem>) {
    let text = loc.text;
    let at = |path: &[Seg]| locate(text, path);
    if raw.format != SESSION_FORMAT {
        out.push(loc.problem_at(
            at(&[Seg::Field("format")]),
            format!(
                "format is \"{}\", expected \"{SESSION_FORMAT}\"",
                raw.format
            ),
        ));
    }
    if raw.version != SESSION_VERSION {
        out.push(loc.problem_at(
            at(&[Seg::Field("version")]),
            format!(
                "session format version {} is not one this Jaws reads (1 to {SESSION_VERSION})",
                raw.version
            ),
        ));
    }
    if !is_valid_id(&raw.workshop) {
        out.push(loc.problem_at(
            at(&[Seg::Field("workshop")]),
            format!(
                "workshop id \"{}\" must be 1 to 64 lower-case letters, digits, '-' or '_'",
                raw.workshop
            ),
        ));
    }
    for (id, &value) in &raw.levers.0 {
        let place = at(&[Seg::Field("levers"), Seg::Key(id)]);
        if let Some(m) = lever_setting_problem("the current levers set", id, value) {
            out.push(loc.problem_at(place, m));
        }
    }
    for (id, &value) in &raw.assumptions.0 {
        let place = at(&[Seg::Field("assumptions"), Seg::Key(id)]);
        let known = id == "base_year" || id == "horizon_years" || assumption_spec(id).is_some();
        if !known {
            let ids: Vec<&str> = ["base_year", "horizon_years"]
                .into_iter()
                .chain(ASSUMPTION_SPECS.iter().map(|s| s.id))
                .collect();
            out.push(loc.problem_at(
                place,
                format!(
                    "unknown assumption \"{id}\"; the assumptions are: {}",
                    ids.join(", ")
                ),
            ));
        } else if !value.is_finite() {
            out.push(loc.problem_at(place, format!("{id} must be a number, not {value}")));
        } else if (id == "base_year" || id == "horizon_years")
            && (value.fract() != 0.0 || !(0.0..=10000.0).contains(&value))
        {
            out.push(loc.problem_at(place, format!("{id} must be a whole number, not {value}")));
        }
    }
    for (i, p) in raw.predictions.iter().enumerate() {
        let here = |rest: &[Seg]| {
            let mut path = vec![Seg::Field("predictions"), Seg::Index(i)];
            path.extend_from_slice(rest);
            locate(text, &path)
        };
        if !is_valid_id(&p.stage) {
            out.push(loc.problem_at(
                here(&[Seg::Field("stage")]),
                format!(
                    "stage id \"{}\" must be 1 to 64 lower-case letters, digits, '-' or '_'",
                    p.stage
                ),
            ));
        }
        for (j, line) in p.strokes.iter().enumerate() {
            if line.iter().any(|(x, y)| !x.is_finite() || !y.is_finite()) {
                out.push(loc.problem_at(
                    here(&[Seg::Field("strokes"), Seg::Index(j)]),
                    "a sketched point is not a finite number; expected (year, £m) pairs like (2030.0, 1100.0)",
                ));
            }
        }
    }
    for (i, s) in raw.scenarios.iter().enumerate() {
        let here = |rest: &[Seg]| {
            let mut path = vec![Seg::Field("scenarios"), Seg::Index(i)];
            path.extend_from_slice(rest);
            locate(text, &path)
        };
        if !is_valid_id(&s.id) {
            out.push(loc.problem_at(
                here(&[Seg::Field("id")]),
                format!(
                    "scenario id \"{}\" must be 1 to 64 lower-case letters, digits, '-' or '_'",
                    s.id
                ),
            ));
        }
        if raw.scenarios[..i].iter().any(|t| t.id == s.id) {
            out.push(loc.problem_at(
                here(&[Seg::Field("id")]),
                format!(
                    "scenario id \"{}\" is used twice; give each scenario its own id",
                    s.id
                ),
            ));
        }
        if !is_timestamp(&s.captured) {
            out.push(loc.problem_at(
                here(&[Seg::Field("captured")]),
                format!(
                    "captured \"{}\" is not a date and time like \"2026-03-14T10:30:00Z\" (ISO 8601)",
                    s.captured
                ),
            ));
        }
        for (id, &value) in &s.levers.0 {
            let what = format!("scenario \"{}\" sets", s.id);
            if let Some(m) = lever_setting_problem(&what, id, value) {
                out.push(loc.problem_at(here(&[Seg::Field("levers"), Seg::Key(id)]), m));
            }
        }
    }
    for (i, card) in raw.deal.iter().enumerate() {
        let here = |rest: &[Seg]| {
            let mut path = vec![Seg::Field("deal"), Seg::Index(i)];
            path.extend_from_slice(rest);
            locate(text, &path)
        };
        if !is_valid_id(&card.id) {
            out.push(loc.problem_at(
                here(&[Seg::Field("id")]),
                format!(
                    "deal card id \"{}\" must be 1 to 64 lower-case letters, digits, '-' or '_'",
                    card.id
                ),
            ));
        }
        if raw.deal[..i].iter().any(|c| c.id == card.id) {
            out.push(loc.problem_at(
                here(&[Seg::Field("id")]),
                format!(
                    "deal card id \"{}\" is used twice; give each card its own id",
                    card.id
                ),
            ));
        }
        for (j, lever) in card.levers.iter().enumerate() {
            let place = here(&[Seg::Field("levers"), Seg::Index(j)]);
            if lever_index(lever).is_none() {
                out.push(loc.problem_at(
                    place,
                    format!(
                        "deal card \"{}\" links unknown lever \"{lever}\"; the levers are: {}",
                        card.id,
                        lever_ids().join(", ")
                    ),
                ));
            } else if card.levers[..j].contains(lever) {
                out.push(loc.problem_at(
                    place,
                    format!(
                        "deal card \"{}\" links lever \"{lever}\" twice; keep one",
                        card.id
                    ),
                ));
            }
        }
    }
}

fn lever_ids() -> Vec<&'static str> {
    LEVER_SPECS.iter().map(|s| s.id).collect()
}

fn lever_setting_problem(what: &str, id: &str, value: f64) -> Option<String> {
    if lever_index(id).is_none() {
        Some(format!(
            "{what} unknown lever \"{id}\"; the levers are: {}",
            lever_ids().join(", ")
        ))
    } else if !value.is_finite() {
        Some(format!("{what} {id} to {value}, which is not a number"))
    } else {
        None
    }
}

/// Checks that need the workshop: that it is the one the session was made with, and that
/// every value is within its ranges.
fn check_for_workshop(loc: &Locator, raw: &Latest, w: &Workshop, out: &mut Vec<Problem>) {
    let text = loc.text;
    if raw.workshop != w.id {
        let title = if raw.workshop_title.is_empty() {
            String::new()
        } else {
            format!(" (\"{}\")", raw.workshop_title)
        };
        out.push(loc.problem_at(
            locate(text, &[Seg::Field("workshop")]),
            format!(
                "this session was made with workshop \"{}\"{title}, not \"{}\" (\"{}\"); open it with that workshop's file (--workshop FILE)",
                raw.workshop, w.id, w.title
            ),
        ));
        // Ranges belong to the other workshop: checking them here would only confuse.
        return;
    }
    let range = |what: &str, id: &str, value: f64| -> Option<String> {
        let l = w.lever(id)?;
        (value < l.min || value > l.max).then(|| {
            format!(
                "{what} {id} to {value}, outside its range {} to {} ({})",
                l.min, l.max, l.unit
            )
        })
    };
    for (id, &value) in &raw.levers.0 {
        if let Some(m) = range("the current levers set", id, value) {
            let place = locate(text, &[Seg::Field("levers"), Seg::Key(id)]);
            out.push(loc.problem_at(place, m));
        }
    }
    for (i, s) in raw.scenarios.iter().enumerate() {
        for (id, &value) in &s.levers.0 {
            if let Some(m) = range(&format!("scenario \"{}\" sets", s.id), id, value) {
                let place = locate(
                    text,
                    &[
                        Seg::Field("scenarios"),
                        Seg::Index(i),
                        Seg::Field("levers"),
                        Seg::Key(id),
                    ],
                );
                out.push(loc.problem_at(place, m));
            }
        }
    }
    let a = apply_assumption_overrides(&w.assumptions, &raw.assumptions.0);
    for (id, message) in a.problems() {
        let place = if raw.assumptions.0.contains_key(id) {
            locate(text, &[Seg::Field("assumptions"), Seg::Key(id)])
        } else {
            locate(text, &[Seg::Field("assumptions")])
        };
        out.push(loc.problem_at(place, format!("with this session's assumptions, {message}")));
    }
}

fn into_session(raw: Latest) -> Session {
    Session {
        workshop: raw.workshop,
        workshop_title: raw.workshop_title,
        scenarios: raw
            .scenarios
            .into_iter()
            .map(|s| CapturedScenario {
                id: s.id,
                name: s.name,
                note: s.note,
                levers: s.levers.0,
                captured: s.captured,
            })
            .collect(),
        levers: raw.levers.0,
        assumptions: raw.assumptions.0,
        stage: raw.stage,
        notes: raw.notes,
        predictions: raw
            .predictions
            .into_iter()
            .map(|p| Prediction {
                stage: p.stage,
                said: p.said,
                strokes: p
                    .strokes
                    .into_iter()
                    .map(|line| line.into_iter().map(|(x, y)| [x, y]).collect())
                    .collect(),
                revealed: p.revealed,
            })
            .collect(),
        deal: raw
            .deal
            .into_iter()
            .map(|d| DealCard {
                id: d.id,
                text: d.text,
                side: d.side,
                levers: d.levers,
            })
            .collect(),
    }
}

fn to_latest(s: &Session) -> Latest {
    SessionFileV1 {
        format: SESSION_FORMAT.into(),
        version: SESSION_VERSION,
        workshop: s.workshop.clone(),
        workshop_title: s.workshop_title.clone(),
        stage: s.stage,
        levers: UniqueMap(s.levers.clone()),
        assumptions: UniqueMap(s.assumptions.clone()),
        scenarios: s
            .scenarios
            .iter()
            .map(|c| CapturedEntry {
                id: c.id.clone(),
                name: c.name.clone(),
                note: c.note.clone(),
                captured: c.captured.clone(),
                levers: UniqueMap(c.levers.clone()),
            })
            .collect(),
        deal: s
            .deal
            .iter()
            .map(|d| DealEntry {
                id: d.id.clone(),
                text: d.text.clone(),
                side: d.side,
                levers: d.levers.clone(),
            })
            .collect(),
        notes: s.notes.clone(),
        predictions: s
            .predictions
            .iter()
            .map(|p| PredictionEntry {
                stage: p.stage.clone(),
                said: p.said.clone(),
                strokes: p
                    .strokes
                    .iter()
                    .map(|line| line.iter().map(|[x, y]| (*x, *y)).collect())
                    .collect(),
                revealed: p.revealed,
            })
            .collect(),
    }
}

fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .compact_arrays(true)
}

/// A session as the text of a session file (the newest version).
pub fn session_to_string(session: &Session) -> String {
    let body = ron::ser::to_string_pretty(&to_latest(session), pretty())
        // Strings, numbers, maps and lists always serialise.
        .expect("a session serialises to RON");
    format!(
        "// A Jaws session: open it in Jaws with the workshop \"{}\".\n{body}\n",
        session.workshop
    )
}

/// A scenario file's text, in the shape `parse_scenario_file` reads.
pub fn scenario_file_to_string(file: &ScenarioFile) -> String {
    let body = scenario_to_text(file).expect("a scenario serialises to RON");
    format!(
        "// A Jaws scenario for the workshop \"{}\".\n{body}\n",
        file.workshop
    )
}

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

/// Save a session atomically. With [`Overwrite::IfReadable`], an existing file at `path` is
/// replaced only if it is itself a readable session.
pub fn save_session(path: &Path, session: &Session, overwrite: Overwrite) -> Result<(), SaveError> {
    let text = session_to_string(session);
    // Never write a file that would not open again.
    let name = format!("{} (as it would be saved)", path.display());
    parse_structure(&name, &text).map_err(SaveError::Invalid)?;
    if overwrite == Overwrite::IfReadable {
        check_replaceable(path, FileKind::Session)?;
    }
    write(path, text.as_bytes())
}

/// Save a scenario file atomically; `overwrite` as for [`save_session`].
pub fn save_scenario_file(
    path: &Path,
    file: &ScenarioFile,
    overwrite: Overwrite,
) -> Result<(), SaveError> {
    let text = scenario_file_to_string(file);
    let name = format!("{} (as it would be saved)", path.display());
    let mut problems = Vec::new();
    if !is_valid_id(&file.scenario.id) {
        problems.push(whole_file(
            &name,
            format!(
                "scenario id \"{}\" must be 1 to 64 lower-case letters, digits, '-' or '_'",
                file.scenario.id
            ),
        ));
    }
    for (id, &v) in &file.scenario.levers {
        if let Some(m) = lever_setting_problem("the scenario sets", id, v) {
            problems.push(whole_file(&name, m));
        }
    }
    if !problems.is_empty() {
        return Err(SaveError::Invalid(Problems(problems)));
    }
    parse_scenario_shape(&name, &text).map_err(SaveError::Invalid)?;
    if overwrite == Overwrite::IfReadable {
        check_replaceable(path, FileKind::Scenario)?;
    }
    write(path, text.as_bytes())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    atomic::write_atomic(path, bytes).map_err(|source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Refuse to replace a file that is not a readable file of `kind`.
fn check_replaceable(path: &Path, kind: FileKind) -> Result<(), SaveError> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        _ => {}
    }
    let refuse = |problems| SaveError::WouldReplaceUnreadable {
        path: path.to_path_buf(),
        what: kind.label(),
        problems,
    };
    let name = path.display().to_string();
    let text = read_text(path).map_err(refuse)?;
    match kind {
        FileKind::Session => parse_structure(&name, &text).map(|_| ()),
        FileKind::Scenario => parse_scenario_shape(&name, &text),
        FileKind::Workshop => super::parse_workshop(&name, &text).map(|_| ()),
    }
    .map_err(refuse)
}

// ---------------------------------------------------------------------------------------
// Dates.

/// The time now in UTC, ISO 8601 to the second: `2026-03-14T10:30:00Z`.
pub fn now_iso8601() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    iso8601_utc(secs)
}

/// Seconds since 1970 as an ISO 8601 UTC date and time.
pub fn iso8601_utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// An ISO 8601 date (`2026-03-14`) or date and time (`2026-03-14T10:30`, with optional
/// seconds, fraction, and `Z` or `+01:00`).
pub fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if part.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(part).ok()?.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d == 0 || d > month_days[m as usize - 1] {
        return false;
    }
    if b.len() == 10 {
        return true;
    }
    if b.get(10) != Some(&b'T') || b.get(13) != Some(&b':') {
        return false;
    }
    let (Some(hh), Some(mm)) = (digits(11..13), digits(14..16)) else {
        return false;
    };
    if hh > 23 || mm > 59 {
        return false;
    }
    let mut i = 16;
    if b.get(i) == Some(&b':') {
        match digits(i + 1..i + 3) {
            Some(ss) if ss <= 60 => i += 3,
            _ => return false,
        }
        if b.get(i) == Some(&b'.') {
            let start = i + 1;
            i = start;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return false;
            }
        }
    }
    match &b[i..] {
        [] | [b'Z'] => true,
        [sign, ..] if *sign == b'+' || *sign == b'-' => {
            b.len() == i + 6
                && b[i + 3] == b':'
                && digits(i + 1..i + 3).is_some_and(|h| h <= 23)
                && digits(i + 4..i + 6).is_some_and(|m| m <= 59)
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------
// Finding things in RON text that has already parsed, to place problems found afterwards.

/// One step of a path into a RON value.
#[derive(Clone, Copy, Debug)]
pub(super) enum Seg<'a> {
    /// A field of a struct: `(name: value)`.
    Field(&'a str),
    /// A key of a map: `{"key": value}`.
    Key(&'a str),
    /// An item of a list: `[a, b]`.
    Index(usize),
}

/// Byte offset of the deepest step of `path` found: a field's name, a map's key or a list's
/// item. Falls back to the last step found, then to the start of the file.
fn locate(text: &str, path: &[Seg]) -> usize {
    let mut at = skip_trivia(text, 0);
    let mut value = at;
    for seg in path {
        let found = match *seg {
            Seg::Field(name) => struct_field(text, value, name),
            Seg::Key(key) => map_key(text, value, key),
            Seg::Index(n) => list_item(text, value, n).map(|i| (i, i)),
        };
        match found {
            Some((label, v)) => {
                at = label;
                value = v;
            }
            None => break,
        }
    }
    at
}

fn byte(text: &str, i: usize) -> u8 {
    text.as_bytes().get(i).copied().unwrap_or(0)
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Past whitespace, comments and `#![enable(..)]` attributes.
pub(super) fn skip_trivia(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let rest = &b[i.min(b.len())..];
        if rest.starts_with(b"//") {
            i = text[i..].find('\n').map_or(b.len(), |n| i + n + 1);
        } else if rest.starts_with(b"/*") {
            let mut depth = 0usize;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if rest.starts_with(b"#![") {
            i = skip_value(text, i + 2);
        } else {
            return i;
        }
    }
}

/// Past one string literal starting at `i` (`"..."`, `r"..."`, `r#"..."#`, `'c'`).
fn skip_string(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    if byte(text, i) == b'b' {
        i += 1;
    }
    if byte(text, i) == b'r' {
        i += 1;
        let mut hashes = 0;
        while byte(text, i) == b'#' {
            hashes += 1;
            i += 1;
        }
        i += 1; // the opening quote
        let close: Vec<u8> = std::iter::once(b'"')
            .chain(std::iter::repeat_n(b'#', hashes))
            .collect();
        while i < b.len() && !b[i..].starts_with(&close) {
            i += 1;
        }
        return (i + close.len()).min(b.len());
    }
    let quote = byte(text, i);
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

fn starts_string(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let mut j = i;
    if byte(text, j) == b'"' || byte(text, j) == b'\'' {
        return true;
    }
    if byte(text, j) == b'b' {
        j += 1;
        if byte(text, j) == b'"' {
            return true;
        }
    }
    if byte(text, j) == b'r' {
        j += 1;
        while byte(text, j) == b'#' {
            j += 1;
        }
        return j > i && j < b.len() && b[j] == b'"' && (i == 0 || !is_ident(b[i - 1]));
    }
    false
}

/// Past one value starting at (or after trivia before) `i`.
fn skip_value(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut i = skip_trivia(text, i);
    if i >= b.len() {
        return b.len();
    }
    if starts_string(text, i) {
        return skip_string(text, i);
    }
    if matches!(b[i], b'(' | b'[' | b'{') {
        return skip_group(text, i);
    }
    // A number, identifier or struct name, perhaps followed by `(..)`.
    let start = i;
    while i < b.len()
        && !matches!(b[i], b',' | b')' | b']' | b'}' | b':' | b'(' | b'[' | b'{')
        && !b[i].is_ascii_whitespace()
    {
        i += 1;
    }
    let after = skip_trivia(text, i);
    if i > start && byte(text, after) == b'(' && is_ident(b[start]) {
        return skip_group(text, after);
    }
    i.max(start + 1)
}

/// Past a bracketed group starting at its opening bracket.
fn skip_group(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    let mut depth = 0usize;
    while i < b.len() {
        if starts_string(text, i) {
            i = skip_string(text, i);
            continue;
        }
        match b[i] {
            b'/' if matches!(byte(text, i + 1), b'/' | b'*') => i = skip_trivia(text, i),
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
                if depth == 0 {
                    return i;
                }
            }
            c if is_ident(c) => {
                while i < b.len() && is_ident(b[i]) {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    b.len()
}

/// Past a separating comma, if there is one.
fn skip_comma(text: &str, i: usize) -> usize {
    let i = skip_trivia(text, i);
    if byte(text, i) == b',' { i + 1 } else { i }
}

/// The name and value of a struct's field.
pub(super) fn struct_field(text: &str, value: usize, name: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = skip_trivia(text, value);
    while i < b.len() && is_ident(b[i]) {
        i += 1; // an optional struct name
    }
    i = skip_trivia(text, i);
    if byte(text, i) != b'(' {
        return None;
    }
    i += 1;
    loop {
        i = skip_trivia(text, i);
        if i >= b.len() || b[i] == b')' {
            return None;
        }
        let key_start = i;
        while i < b.len() && is_ident(b[i]) {
            i += 1;
        }
        if i == key_start {
            return None;
        }
        let key = &text[key_start..i];
        i = skip_trivia(text, i);
        if byte(text, i) != b':' {
            return None;
        }
        let v = skip_trivia(text, i + 1);
        if key == name {
            return Some((key_start, v));
        }
        i = skip_comma(text, skip_value(text, v));
    }
}

/// The key and value of a map's entry whose key is the string `key`.
pub(super) fn map_key(text: &str, value: usize, key: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = skip_trivia(text, value);
    if byte(text, i) != b'{' {
        return None;
    }
    i += 1;
    let quoted = format!("\"{key}\"");
    loop {
        i = skip_trivia(text, i);
        if i >= b.len() || b[i] == b'}' {
            return None;
        }
        let key_start = i;
        let key_end = skip_value(text, i);
        i = skip_trivia(text, key_end);
        if byte(text, i) != b':' {
            return None;
        }
        let v = skip_trivia(text, i + 1);
        if text[key_start..key_end] == quoted {
            return Some((key_start, v));
        }
        i = skip_comma(text, skip_value(text, v));
    }
}

/// The start of a list's `n`th item (from 0).
pub(super) fn list_item(text: &str, value: usize, n: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = skip_trivia(text, value);
    if byte(text, i) != b'[' {
        return None;
    }
    i += 1;
    let mut k = 0;
    loop {
        i = skip_trivia(text, i);
        if i >= b.len() || b[i] == b']' {
            return None;
        }
        if k == n {
            return Some(i);
        }
        k += 1;
        i = skip_comma(text, skip_value(text, i));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(text: &str, at: usize) -> (usize, usize) {
        Locator { file: "f", text }.position(at)
    }

    #[test]
    fn paths_find_fields_keys_and_items() {
        let text = "// c\n(\n  a: 1,\n  b: [ (id: \"x\", m: {\"k\": 2.0}), (id: \"y\", m: {\"k\": 3.0, \"j\": 4.0}) ],\n  s: \"(b: ]\",\n  c: Some(3),\n  d: r#\"x\"#,\n  e: 5,\n)";
        let at = |p: &[Seg]| pos(text, locate(text, p));
        assert_eq!(at(&[Seg::Field("a")]), (3, 3));
        assert_eq!(at(&[Seg::Field("e")]), (8, 3));
        assert_eq!(
            at(&[
                Seg::Field("b"),
                Seg::Index(1),
                Seg::Field("m"),
                Seg::Key("j")
            ]),
            (4, 58)
        );
        // A missing step falls back to the last one found.
        assert_eq!(at(&[Seg::Field("b"), Seg::Index(5)]), (4, 3));
        assert_eq!(at(&[Seg::Field("zz")]), (2, 1));
    }

    #[test]
    fn timestamps() {
        for good in [
            "2026-03-14",
            "2026-03-14T10:30",
            "2026-03-14T10:30:00Z",
            "2024-02-29T23:59:59.123+01:00",
            "2026-03-14T10:30:00-05:00",
        ] {
            assert!(is_timestamp(good), "{good}");
        }
        for bad in [
            "",
            "yesterday",
            "2026-13-01",
            "2025-02-29",
            "2026-03-14T24:00",
            "2026-03-14 10:30",
            "2026-03-14T10:30:00+1",
            "2026-03-14T10:30:00.Z",
        ] {
            assert!(!is_timestamp(bad), "{bad}");
        }
        assert_eq!(iso8601_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601_utc(1_773_484_200), "2026-03-14T10:30:00Z");
        assert!(is_timestamp(&now_iso8601()));
    }

    #[test]
    fn new_scenario_ids_are_valid_and_unused() {
        let w = Workshop::bundled();
        let mut s = Session::new(&w);
        assert_eq!(
            s.new_scenario_id("Table 1: the brave one!"),
            "table-1-the-brave-one"
        );
        assert_eq!(s.new_scenario_id("  ---  "), "scenario");
        let c = CapturedScenario::capture("table-1", "Table 1", "", &w, &w.default_values());
        s.scenarios.push(c);
        assert_eq!(s.new_scenario_id("Table 1"), "table-1-2");
        assert!(is_valid_id(&s.new_scenario_id(&"é".repeat(100))));
    }
}
