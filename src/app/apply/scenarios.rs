//! Scenario commands: loading one, the baseline, capturing the levers as a scenario (and its
//! dialog), renaming, copying, deleting, and the compare view's list.

use crate::app::command::ScenarioCommand;
use crate::app::files::workshop_folders;
use crate::app::state::{AppState, CodeDraft, MAX_OTHER_COUNCILS, Notice};
use crate::i18n::tr;
use crate::model::LeverValues;
use crate::present::format;
use crate::scenario_code::{self, CodeError};
use crate::t;
use crate::workshop::Scenario;
use crate::workshop::catalogue::discover;

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
            ScenarioCommand::OpenCodeDialog => {
                self.code_draft = Some(CodeDraft::default());
            }
            ScenarioCommand::EditCodeDialog(text) => {
                if let Some(d) = &mut self.code_draft {
                    d.text = text;
                    d.problem = None;
                }
            }
            ScenarioCommand::LoadCode(text) => self.load_code(&text, false),
            ScenarioCommand::AddCode(text) => self.load_code(&text, true),
            ScenarioCommand::CancelCodeDialog => self.code_draft = None,
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
                    let copy_name = t!("scenario-copy-name", scenario = original.name.as_str());
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
                    self.notice = Some(Notice::info(tr("notice-scenario-deleted")));
                }
            }
            ScenarioCommand::ToggleCompare(id) => {
                if let Some(i) = self.compare.iter().position(|c| *c == id) {
                    self.compare.remove(i);
                } else if self.compare.len() >= MOST_COMPARED {
                    self.notice = Some(Notice::error(tr("notice-eight-compared")));
                } else if self.find_scenario(&id).is_some() {
                    self.compare.push(id);
                }
            }
            ScenarioCommand::ToggleCouncil(title) => {
                if let Some(i) = self.other_councils.iter().position(|c| c.title() == title) {
                    self.other_councils.remove(i);
                } else if self.other_councils.len() >= MAX_OTHER_COUNCILS {
                    self.notice = Some(Notice::error(t!(
                        "notice-councils-most",
                        count = MAX_OTHER_COUNCILS
                    )));
                } else if let Some(c) = self.known_councils.iter().find(|c| c.title() == title) {
                    self.other_councils.push(c.clone());
                }
            }
            ScenarioCommand::OpenCaptureDialog => {
                let n = self.captured.len() + 1;
                self.capture_draft = Some((t!("scenario-numbered", number = n), String::new()));
            }
            ScenarioCommand::EditCaptureDialog { name, note } => {
                self.capture_draft = Some((name, note));
            }
            ScenarioCommand::CancelCaptureDialog => self.capture_draft = None,
            ScenarioCommand::ConfirmCaptureDialog => {
                if let Some((name, note)) = self.capture_draft.take() {
                    let name = if name.trim().is_empty() {
                        tr("scenario-unnamed")
                    } else {
                        name.trim().to_string()
                    };
                    self.capture(name.clone(), note, self.levers);
                    self.notice = Some(Notice::info(t!(
                        "notice-captured",
                        scenario = name.as_str()
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

    /// Load a scenario code's levers (one undo step), or with `add`, add them as a scenario of
    /// this session. A code that cannot be read changes nothing and says why: in the dialog
    /// while it is open, else in a notice.
    fn load_code(&mut self, text: &str, add: bool) {
        let decoded = scenario_code::read(text).and_then(|read| {
            scenario_code::levers(&read, &self.workshop)
                .map_err(|e| match e {
                    CodeError::OtherWorkshop { .. } => CodeError::OtherWorkshop {
                        title: self.workshop_titled(read.workshop),
                    },
                    other => other,
                })
                .map(|d| (read.code().to_string(), d))
        });
        let (code, d) = match decoded {
            Ok(found) => found,
            Err(e) => {
                match &mut self.code_draft {
                    Some(draft) => draft.problem = Some(e.to_string()),
                    None => self.notice = Some(Notice::error(e.to_string())),
                }
                return;
            }
        };
        self.code_draft = None;
        let from = d
            .base
            .as_deref()
            .and_then(|id| self.workshop.scenario(id))
            .map_or_else(|| tr("code-from-defaults"), |s| s.name.clone());
        let moved = if d.changed.is_empty() {
            String::new()
        } else {
            // Fluent trims a message's leading space: it goes here.
            format!(
                " {}",
                t!(
                    "code-moved",
                    levers = format::count(d.changed.len(), "count-lever")
                )
            )
        };
        if add {
            self.capture(
                t!("code-scenario-name", code = code.as_str()),
                format!("{from}{moved}."),
                d.levers,
            );
            self.notice = Some(Notice::info(t!(
                "notice-code-added",
                code = code.as_str(),
                from = format!("{from}{moved}")
            )));
        } else {
            self.change(None, |s| {
                s.levers = d.levers;
                s.scenario = d.base.clone();
            });
            self.notice = Some(Notice::info(t!(
                "notice-code-loaded",
                code = code.as_str(),
                from = format!("{from}{moved}")
            )));
        }
    }

    /// The title of a workshop Jaws knows (built in, in the workshop folders, or recent) whose
    /// tag a code carries, to say which workshop to open.
    fn workshop_titled(&self, tag: u16) -> Option<String> {
        let (beside, data) = workshop_folders();
        discover(
            beside.as_deref(),
            data.as_deref(),
            &self.prefs.recent_workshops,
        )
        .into_iter()
        .find(|e| !e.id.is_empty() && scenario_code::workshop_tag(&e.id) == tag)
        .map(|e| e.title)
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
