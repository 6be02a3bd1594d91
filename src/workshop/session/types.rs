//! What a room makes in a workshop, as the program holds it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::council::Council;
use crate::model::{ASSUMPTION_SPECS, Assumptions, LeverValues};
use crate::workshop::time::now_iso8601;
use crate::workshop::types::{Scenario, Workshop};

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
    /// What was changed to read an older file, in sentences for the room (not saved: a saved
    /// session is always the newest version); empty for a session of this version.
    pub migration: Vec<String>,
    /// The council whose figures the room started from, if any (the assumptions it set are
    /// among `assumptions`; this keeps its name, sources and published gaps).
    pub council: Option<Council>,
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

/// Years a sketched point may have: any chart Jaws draws lies well within them (base years
/// 1990 to 2100, horizons up to 30 years).
pub const SKETCH_YEARS: std::ops::RangeInclusive<f64> = 1900.0..=2200.0;
/// Most £m, either way, a sketched point may have: far beyond any council's budget over any
/// horizon, far short of nonsense such as 1e308.
pub const SKETCH_MONEY: f64 = 1e9;

/// Whether a sketched (year, £m) point could lie on a jaws chart.
pub fn sketch_point_fits([year, money]: [f64; 2]) -> bool {
    SKETCH_YEARS.contains(&year) && money.is_finite() && money.abs() <= SKETCH_MONEY
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
    pub fn heading(self) -> String {
        crate::i18n::tr(match self {
            DealSide::Council => "deal-council-heading",
            DealSide::Community => "deal-community-heading",
        })
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
            migration: Vec::new(),
            council: None,
        }
    }

    /// Record the levers and assumptions as they stand.
    pub fn set_current(&mut self, workshop: &Workshop, levers: &LeverValues, a: &Assumptions) {
        self.levers = lever_map(workshop, levers);
        self.assumptions = assumption_overrides(&workshop.assumptions, a);
    }

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

    /// The levers as they stand, resolved against the workshop's defaults.
    pub fn current_values(&self, workshop: &Workshop) -> LeverValues {
        workshop.values_with(&self.levers)
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
        workshop.values_with(&self.levers)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::ids::is_valid_id;

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
