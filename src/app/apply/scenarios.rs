//! Scenario commands: loading one, the baseline, capturing the levers as a scenario (and its
//! dialog), renaming, copying, deleting, and the compare view's list.

use crate::app::command::ScenarioCommand;
use crate::app::state::{AppState, Notice};
use crate::model::LeverValues;
use crate::workshop::Scenario;

/// The compare view shows at most this many scenarios.
pub(crate) const MOST_COMPARED: usize = 8;

impl AppState {
    pub(super) fn apply_scenario(&mut self, command: ScenarioCommand) {
        match command {
            ScenarioCommand::Load(id) => self.load_scenario(&id),
            ScenarioCommand::ResetToLoaded => match self.scenario.clone() {
                Some(id) => self.load_scenario(&id),
                None => self.load_defaults(),
            },
            ScenarioCommand::SetBaseline(id) => {
                self.baseline = id.filter(|id| self.find_scenario(id).is_some());
            }
            ScenarioCommand::Capture { name, note, levers } => self.capture(name, note, levers),
            ScenarioCommand::Rename { id, name } => {
                if let Some(i) = self.captured.iter().position(|s| s.id == id) {
                    let name = name.trim().to_string();
                    if !name.is_empty() {
                        self.change(None, |s| s.captured[i].name = name);
                    }
                }
            }
            ScenarioCommand::SetNote { id, note } => {
                if let Some(i) = self.captured.iter().position(|s| s.id == id) {
                    self.change(None, |s| s.captured[i].note = note);
                }
            }
            ScenarioCommand::Duplicate(id) => {
                if let Some(original) = self.find_scenario(&id).cloned() {
                    let copy_name = format!("{} (copy)", original.name);
                    let copy_id = self.unused_scenario_id(&copy_name);
                    let copy = Scenario {
                        id: copy_id,
                        name: copy_name,
                        ..original
                    };
                    self.change(None, |s| s.captured.push(copy));
                }
            }
            ScenarioCommand::Delete(id) => {
                if let Some(i) = self.captured.iter().position(|s| s.id == id) {
                    self.change(None, |s| {
                        s.captured.remove(i);
                        if s.scenario.as_deref() == Some(id.as_str()) {
                            s.scenario = None;
                        }
                    });
                    self.compare.retain(|c| *c != id);
                    self.notice = Some(Notice::info(
                        "Scenario deleted. Undo (Ctrl+Z) brings it back.",
                    ));
                }
            }
            ScenarioCommand::ToggleCompare(id) => {
                if let Some(i) = self.compare.iter().position(|c| *c == id) {
                    self.compare.remove(i);
                } else if self.compare.len() >= MOST_COMPARED {
                    self.notice = Some(Notice::error(
                        "At most eight scenarios can be compared at once: untick one first.",
                    ));
                } else if self.find_scenario(&id).is_some() {
                    self.compare.push(id);
                }
            }
            ScenarioCommand::OpenCaptureDialog => {
                let n = self.captured.len() + 1;
                self.capture_draft = Some((format!("Scenario {n}"), String::new()));
            }
            ScenarioCommand::EditCaptureDialog { name, note } => {
                self.capture_draft = Some((name, note));
            }
            ScenarioCommand::CancelCaptureDialog => self.capture_draft = None,
            ScenarioCommand::ConfirmCaptureDialog => {
                if let Some((name, note)) = self.capture_draft.take() {
                    let name = if name.trim().is_empty() {
                        "Scenario".to_string()
                    } else {
                        name.trim().to_string()
                    };
                    self.capture(name.clone(), note, self.levers);
                    self.notice = Some(Notice::info(format!(
                        "Captured \"{name}\": it is in the scenario picker and on the compare view."
                    )));
                }
            }
        }
    }

    /// Load a scenario's levers (one undo step) and remember it for "reset to scenario".
    pub(crate) fn load_scenario(&mut self, id: &str) {
        let Some(values) = self
            .find_scenario(id)
            .map(|sc| self.workshop.values_for(sc))
        else {
            return;
        };
        self.change(None, |s| {
            s.levers = values;
            s.scenario = Some(id.to_string());
        });
    }

    /// Every lever back to the workshop's defaults (one undo step); no scenario is loaded.
    pub(crate) fn load_defaults(&mut self) {
        let defaults = self.workshop.default_values();
        self.change(None, |s| {
            s.levers = defaults;
            s.scenario = None;
        });
    }

    /// Keep `levers` as a scenario of this session, and put it on the compare view.
    fn capture(&mut self, name: String, note: String, levers: LeverValues) {
        let id = self.unused_scenario_id(&name);
        let levers = self
            .workshop
            .levers
            .iter()
            .zip(levers.0)
            .map(|(l, v)| (l.id.clone(), v))
            .collect();
        let scenario = Scenario {
            id: id.clone(),
            name,
            note,
            levers,
        };
        self.add_captured(scenario);
    }

    /// Add a scenario to this session (one undo step), and to the compare view if it has room.
    pub(crate) fn add_captured(&mut self, scenario: Scenario) {
        let id = scenario.id.clone();
        self.change(None, |s| s.captured.push(scenario));
        if self.compare.len() < MOST_COMPARED {
            self.compare.push(id);
        }
    }

    /// An id made from a name ("Table 3's plan" → "table-3s-plan"), unique in this session.
    pub(crate) fn unused_scenario_id(&self, name: &str) -> String {
        let mut base: String = name
            .to_lowercase()
            .chars()
            .filter_map(|c| {
                if c.is_ascii_alphanumeric() {
                    Some(c)
                } else if c == ' ' || c == '-' {
                    Some('-')
                } else {
                    None
                }
            })
            .collect();
        base = base
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        base.truncate(48);
        if base.is_empty() {
            base = "scenario".into();
        }
        let mut id = base.clone();
        let mut n = 2;
        while self.find_scenario(&id).is_some() {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}
