//! The session file on disk, version by version, and the way an older version is brought up
//! to the newest shape as it is read.

use serde::{Deserialize, Serialize};

use super::types::{CapturedScenario, DealCard, DealSide, Prediction, Session, sketch_point_fits};
use crate::workshop::council_file::CouncilFile;
use crate::workshop::ids::{CardId, Checked, ScenarioId, StageId, WorkshopId};
use crate::workshop::kind::{self, FileKind, SESSION_FORMAT};
use crate::workshop::legacy;
use crate::workshop::read::text::cleaned;
use crate::workshop::read::{self, Doc, Problem, Problems, Seg, UniqueMap, after_previous_token};

/// The newest session format version this build reads and writes. Version 3 may keep the
/// council profile the room started from; version 2 holds money levers as a share of the
/// budget and the finance model's assumptions; version 1 files (£m a year, the first model's
/// assumptions) are read through [`crate::workshop::legacy`].
pub const SESSION_VERSION: u32 = 3;

/// The first session format version that may keep a council profile.
pub(super) const COUNCIL_SINCE: u32 = 3;

/// The session file, versions 1 to 3: the same shape, read differently (see
/// [`SESSION_VERSION`]); `council` only from version 3.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SessionFile {
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
    /// The council profile the room started from, whole (as its own file holds it), so the
    /// session carries it to another laptop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council: Option<CouncilFile>,
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
pub(super) type Latest = SessionFile;

/// A session file as read: the newest shape, and the version it was written in (its money
/// levers and assumptions still as that version wrote them until [`upgrade`] reads them now).
pub(super) struct Read {
    pub file: Latest,
    pub from: u32,
}

/// Read an older file's figures as this version's: assumptions renamed and reinterpreted,
/// money levers (in the current levers and every captured scenario) from £m a year to a share
/// of the budget, which is the session's own base budget where it changed it, else
/// `workshop_budget`. `prevention_delay` is the workshop's. The notes say what changed.
pub(super) fn upgrade(read: &mut Read, workshop_budget: f64, prevention_delay: f64) -> Vec<String> {
    if read.from >= SESSION_VERSION {
        return Vec::new();
    }
    // Version 2 reads as version 3 unchanged (3 only adds the council): nothing to tell.
    if read.from >= 2 {
        read.file.version = SESSION_VERSION;
        read.from = SESSION_VERSION;
        return Vec::new();
    }
    let raw = &mut read.file;
    let mut notes = vec![legacy::read_as(
        FileKind::Session,
        read.from,
        SESSION_VERSION,
    )];
    notes.extend(legacy::convert_assumption_map(
        &mut raw.assumptions.0,
        prevention_delay,
    ));
    let budget = raw
        .assumptions
        .0
        .get("base_budget")
        .copied()
        .filter(|b| b.is_finite() && *b > 0.0)
        .unwrap_or(workshop_budget);
    let mut converted = legacy::convert_money_levers(&mut raw.levers.0, budget);
    for s in &mut raw.scenarios {
        converted.extend(legacy::convert_money_levers(&mut s.levers.0, budget));
    }
    notes.extend(legacy::money_note(&converted, budget));
    raw.version = SESSION_VERSION;
    read.from = SESSION_VERSION;
    notes
}

/// Parse a session file's text in whichever version it is written, into the newest shape.
fn read_versioned(doc: &Doc) -> Result<Read, Problems> {
    // The version is read from the text's structure, so that a file from a newer Jaws is
    // recognised as one even where this Jaws cannot parse the rest.
    if let Some(v) = doc.top_integer("version")
        && let Some(message) = kind::version_problem(FileKind::Session, v, SESSION_VERSION)
    {
        return Err(Problems(vec![
            doc.problem_at(doc.label(&[Seg::Field("version")]), message),
        ]));
    }
    // Versions 1 to 3 share a shape; a file too broken to tell is parsed as the newest,
    // whose parser says what is wrong.
    let file: Latest = read::parse(doc)?;
    let from = file.version.min(SESSION_VERSION);
    if from < COUNCIL_SINCE && file.council.is_some() {
        return Err(Problems(vec![doc.problem_at(
            doc.label(&[Seg::Field("council")]),
            crate::t!(
                "file-session-council-new",
                version = COUNCIL_SINCE.to_string()
            ),
        )]));
    }
    Ok(Read { file, from })
}

/// Read a session file's text into the newest shape, refusing other kinds of file, versions
/// this build does not read, and anything that does not parse.
pub(super) fn read_session(doc: &Doc) -> Result<Read, Problems> {
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

pub(super) fn into_session(raw: Latest, migration: Vec<String>) -> Session {
    Session {
        migration,
        council: raw.council.as_ref().map(CouncilFile::to_council),
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

/// The newest shape of a session, as it is written. Text keeps the rule files are read with
/// (see [`cleaned`]) and sketched points off any chart are left out, so that whatever the
/// window holds, what Jaws saves opens again.
pub(super) fn to_latest(s: &Session) -> Latest {
    let line = |t: &str| cleaned(t, true).into_owned();
    let free = |t: &str| cleaned(t, false).into_owned();
    SessionFile {
        format: SESSION_FORMAT.into(),
        version: SESSION_VERSION,
        workshop: Checked::from_text(s.workshop.clone()),
        workshop_title: line(&s.workshop_title),
        stage: s.stage,
        levers: UniqueMap(s.levers.clone()),
        assumptions: UniqueMap(s.assumptions.clone()),
        scenarios: s
            .scenarios
            .iter()
            .map(|c| CapturedEntry {
                id: Checked::from_text(c.id.clone()),
                name: line(&c.name),
                note: free(&c.note),
                captured: c.captured.clone(),
                levers: UniqueMap(c.levers.clone()),
            })
            .collect(),
        deal: s
            .deal
            .iter()
            .map(|d| DealEntry {
                id: Checked::from_text(d.id.clone()),
                text: free(&d.text),
                side: d.side,
                levers: d.levers.clone(),
            })
            .collect(),
        notes: free(&s.notes),
        predictions: s
            .predictions
            .iter()
            .map(|p| PredictionEntry {
                stage: Checked::from_text(p.stage.clone()),
                said: free(&p.said),
                strokes: p
                    .strokes
                    .iter()
                    .map(|line| {
                        line.iter()
                            .filter(|&&point| sketch_point_fits(point))
                            .map(|&[x, y]| (x, y))
                            .collect()
                    })
                    .collect(),
                revealed: p.revealed,
            })
            .collect(),
        council: s.council.as_ref().map(CouncilFile::from_council),
    }
}
