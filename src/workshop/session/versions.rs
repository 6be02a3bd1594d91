//! The session file on disk, version by version, and the way an older version is brought up
//! to the newest shape as it is read.

use serde::{Deserialize, Serialize};

use super::types::{CapturedScenario, DealCard, DealSide, Prediction, Session};
use crate::workshop::ids::{CardId, Checked, ScenarioId, StageId, WorkshopId};
use crate::workshop::kind::{self, FileKind, SESSION_FORMAT};
use crate::workshop::read::{self, Doc, Problem, Problems, Seg, UniqueMap, after_previous_token};

/// The newest session format version this build reads and writes.
pub const SESSION_VERSION: u32 = 1;

/// Version 1 of the session file.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SessionFileV1 {
    pub format: String,
    pub version: u32,
    pub workshop: Checked<WorkshopId>,
    #[serde(default)]
    pub workshop_title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<u32>,
    #[serde(default)]
    pub levers: UniqueMap<f64>,
    #[serde(default)]
    pub assumptions: UniqueMap<f64>,
    #[serde(default)]
    pub scenarios: Vec<CapturedEntry>,
    #[serde(default)]
    pub deal: Vec<DealEntry>,
    #[serde(default)]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub predictions: Vec<PredictionEntry>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PredictionEntry {
    pub stage: Checked<StageId>,
    #[serde(default)]
    pub said: String,
    #[serde(default)]
    pub strokes: Vec<Vec<(f64, f64)>>,
    #[serde(default)]
    pub revealed: bool,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CapturedEntry {
    pub id: Checked<ScenarioId>,
    pub name: String,
    #[serde(default)]
    pub note: String,
    pub captured: String,
    #[serde(default)]
    pub levers: UniqueMap<f64>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DealEntry {
    pub id: Checked<CardId>,
    pub text: String,
    pub side: DealSide,
    #[serde(default)]
    pub levers: Vec<String>,
}

/// The newest shape; what every older version is migrated to.
pub(super) type Latest = SessionFileV1;

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

/// Parse a session file's text in whichever version it is written, and migrate it to the
/// newest shape.
fn read_versioned(doc: &Doc) -> Result<Latest, Problems> {
    // The version is read from the text's structure, so that a file from a newer Jaws is
    // recognised as one even where this Jaws cannot parse the rest.
    if let Some(v) = doc.top_integer("version")
        && let Some(message) = kind::version_problem(FileKind::Session, v, SESSION_VERSION)
    {
        return Err(Problems(vec![
            doc.problem_at(doc.label(&[Seg::Field("version")]), message),
        ]));
    }
    // Version 1, or a file too broken to tell: the version 1 parser says what is wrong.
    let parsed = Versioned::V1(read::parse(doc)?);
    Ok(upgrade(parsed))
}

/// Read a session file's text into the newest shape, refusing other kinds of file, versions
/// this build does not read, and anything that does not parse.
pub(super) fn read_session(doc: &Doc) -> Result<Latest, Problems> {
    kind::expect_kind(doc, FileKind::Session, SESSION_VERSION)?;
    read_versioned(doc).map_err(|mut problems| {
        if let Some(cut) = cut_off(doc) {
            problems.0.push(cut);
        }
        problems
    })
}

/// A file that does not end with the `)` closing the session was most likely cut short (a
/// crash, a full disk, a copy that did not finish): say so, at its end.
fn cut_off(doc: &Doc) -> Option<Problem> {
    let end = after_previous_token(doc.text, doc.text.len());
    if doc.text[..end].ends_with(')') {
        return None;
    }
    Some(doc.problem_at(
        end,
        "the file stops here without closing the session's `(`: it looks cut off, perhaps by a crash or a full disk",
    ))
}

pub(super) fn into_session(raw: Latest) -> Session {
    Session {
        workshop: raw.workshop.into_text(),
        workshop_title: raw.workshop_title,
        scenarios: raw
            .scenarios
            .into_iter()
            .map(|s| CapturedScenario {
                id: s.id.into_text(),
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
                stage: p.stage.into_text(),
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
                id: d.id.into_text(),
                text: d.text,
                side: d.side,
                levers: d.levers,
            })
            .collect(),
    }
}

pub(super) fn to_latest(s: &Session) -> Latest {
    SessionFileV1 {
        format: SESSION_FORMAT.into(),
        version: SESSION_VERSION,
        workshop: Checked::from_text(s.workshop.clone()),
        workshop_title: s.workshop_title.clone(),
        stage: s.stage,
        levers: UniqueMap(s.levers.clone()),
        assumptions: UniqueMap(s.assumptions.clone()),
        scenarios: s
            .scenarios
            .iter()
            .map(|c| CapturedEntry {
                id: Checked::from_text(c.id.clone()),
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
                id: Checked::from_text(d.id.clone()),
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
                stage: Checked::from_text(p.stage.clone()),
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
