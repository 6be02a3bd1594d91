//! What an autosave that no longer fits its workshop can still give back. A facilitator may
//! narrow a lever's range, drop a stage or edit the file by hand between a crash and the next
//! start; the file then fails its checks, but its scenarios, deal and notes are still the
//! room's work. `salvage` keeps every part that still fits, and the result is checked again
//! by the one reader of session files before anything is offered.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::model::lever_index;
use crate::workshop::Workshop;
use crate::workshop::session::{
    CapturedScenario, DealCard, Prediction, Session, assumption_overrides, is_timestamp,
    now_iso8601, parse_session, session_to_string, sketch_point_fits,
};

/// A session a run left behind without closing cleanly, offered back before anything else
/// happens (`AppState::pending_restore`).
#[derive(Clone, Debug, PartialEq)]
pub struct PendingRestore {
    /// The autosave file the session was read from.
    pub path: PathBuf,
    /// What can be restored: the whole session, or the parts of it that still fit.
    pub session: Session,
    /// Why the file could not be restored whole (`FILE:LINE:COLUMN: message`); empty when it
    /// can be.
    pub problems: Vec<String>,
    /// Where the file that could not be read whole was moved, so that it is never replaced.
    pub kept_aside: Option<PathBuf>,
}

impl PendingRestore {
    /// Whether only part of the session can be restored.
    pub fn partial(&self) -> bool {
        !self.problems.is_empty()
    }
}

/// The parts of `raw` (a session read but not checked) that fit `workshop`: levers within
/// their ranges, assumptions that are valid, scenarios (their levers likewise), the deal,
/// notes, predictions for stages the workshop has, and the council if its figures pass.
/// `None` if even that would not pass the session checks, or if nothing of the room's work
/// is left.
pub fn salvage(raw: &Session, workshop: &Workshop) -> Option<Session> {
    let full = salvage_all(raw, workshop);
    // Each step gives up a little more, in case a part this code thinks fits does not.
    let steps: [fn(&mut Session); 5] = [
        |_| {},
        |s| s.council = None,
        |s| s.predictions.clear(),
        |s| s.deal.clear(),
        |s| s.scenarios.clear(),
    ];
    let mut candidate = full;
    for step in steps {
        step(&mut candidate);
        let text = session_to_string(&candidate);
        if let Ok(checked) = parse_session("(recovered session)", &text, workshop) {
            return checked.holds_work(workshop).then_some(checked);
        }
    }
    None
}

fn salvage_all(raw: &Session, workshop: &Workshop) -> Session {
    let mut out = Session::new(workshop);
    out.levers = fitting_levers(&raw.levers, workshop);

    let mut assumptions = workshop.assumptions.clone();
    for (id, &value) in &raw.assumptions {
        if let Ok(next) = assumptions.check(id, value) {
            assumptions = next;
        }
    }
    out.assumptions = assumption_overrides(&workshop.assumptions, &assumptions);

    for s in &raw.scenarios {
        let name = one_line(&s.name);
        let name = if name.trim().is_empty() {
            format!("Recovered scenario {}", out.scenarios.len() + 1)
        } else {
            name
        };
        let id = if fresh_id(&s.id, out.scenarios.iter().map(|t| t.id.as_str())) {
            s.id.clone()
        } else {
            out.new_scenario_id(&name)
        };
        out.scenarios.push(CapturedScenario {
            id,
            name,
            note: text(&s.note),
            levers: fitting_levers(&s.levers, workshop),
            captured: if is_timestamp(&s.captured) {
                s.captured.clone()
            } else {
                now_iso8601()
            },
        });
    }

    for card in &raw.deal {
        let words = text(&card.text);
        if words.trim().is_empty() {
            continue;
        }
        let id = if fresh_id(&card.id, out.deal.iter().map(|c| c.id.as_str())) {
            card.id.clone()
        } else {
            (1..)
                .map(|n| format!("card-{n}"))
                .find(|id| !out.deal.iter().any(|c| c.id == *id))
                .unwrap_or_default()
        };
        let mut levers: Vec<String> = Vec::new();
        for l in &card.levers {
            if lever_index(l).is_some() && !levers.contains(l) {
                levers.push(l.clone());
            }
        }
        out.deal.push(DealCard {
            id,
            text: words,
            side: card.side,
            levers,
        });
    }

    // The council's own figures are checked on their own; its assumptions are kept above.
    out.council = raw.council.clone().filter(|c| c.problems().is_empty());
    out.notes = text(&raw.notes);
    out.stage = raw
        .stage
        .filter(|&s| (s as usize) < workshop.stages.len())
        .or((!workshop.stages.is_empty()).then_some(0));
    for p in &raw.predictions {
        if workshop.stage(&p.stage).is_none() || out.predictions.iter().any(|q| q.stage == p.stage)
        {
            continue;
        }
        let strokes = p
            .strokes
            .iter()
            .map(|line| {
                line.iter()
                    .copied()
                    .filter(|&point| sketch_point_fits(point))
                    .collect::<Vec<_>>()
            })
            .filter(|line| !line.is_empty())
            .collect();
        out.predictions.push(Prediction {
            stage: p.stage.clone(),
            said: text(&p.said),
            strokes,
            revealed: p.revealed,
        });
    }
    out
}

/// The settings in `levers` that the workshop accepts (known levers, within range).
fn fitting_levers(levers: &BTreeMap<String, f64>, workshop: &Workshop) -> BTreeMap<String, f64> {
    levers
        .iter()
        .filter(|(id, v)| workshop.check_setting(id, **v).is_ok())
        .map(|(id, v)| (id.clone(), *v))
        .collect()
}

/// Whether `id` is a usable id (lower-case letters, digits, `-`, `_`; 1 to 64) not yet taken.
fn fresh_id<'a>(id: &str, mut taken: impl Iterator<Item = &'a str>) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !taken.any(|t| t == id)
}

/// Free text without control characters, keeping line breaks and tabs.
fn text(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// A name on one line, without control characters.
fn one_line(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}
