//! Checking a session file: what it holds on its own (ids, known levers, dates), and what it
//! holds against the workshop it is opened with (the same workshop, values within its ranges).

use std::collections::HashSet;
use std::path::Path;

use super::types::{Session, apply_assumption_overrides};
use super::versions::{Latest, SESSION_VERSION, into_session, read_session};
use crate::model::ASSUMPTION_SPECS;
use crate::model::assumptions::assumption_spec;
use crate::workshop::ids::{Distinct, LeverId, UnknownLever};
use crate::workshop::kind::{self, FileKind};
use crate::workshop::read::{Doc, Problems, Report, Seg, read_text};
use crate::workshop::time::is_timestamp;
use crate::workshop::types::Workshop;

/// Parse and check a session file's text for `workshop`. `name` is what problems call the file.
pub fn parse_session(name: &str, text: &str, workshop: &Workshop) -> Result<Session, Problems> {
    let doc = Doc::new(name, text);
    let raw = read_session(&doc)?;
    let mut report = Report::new(&doc);
    check_structure(&raw, &mut report);
    check_for_workshop(&raw, workshop, &mut report);
    report.finish()?;
    Ok(into_session(raw))
}

/// A session file's text as written, read but not checked (only its syntax and shape), for
/// recovering what can be recovered from a file that no longer fits its workshop. Anything
/// taken from it must be checked again before use: `parse_session` is the way in.
pub fn read_session_unchecked(name: &str, text: &str) -> Result<Session, Problems> {
    read_session(&Doc::new(name, text)).map(into_session)
}

/// Read and check a session file for `workshop`.
pub fn load_session(path: &Path, workshop: &Workshop) -> Result<Session, Problems> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    parse_session(&name, &text, workshop)
}

/// Everything that can be checked without the workshop: shape, version, ids, known levers.
pub(super) fn reads_as_session(name: &str, text: &str) -> Result<(), Problems> {
    let doc = Doc::new(name, text);
    let raw = read_session(&doc)?;
    let mut report = Report::new(&doc);
    check_structure(&raw, &mut report);
    report.finish()
}

/// What is wrong with a lever set to `value`, without the workshop: an unknown lever, or a
/// value that is not a number.
fn lever_setting_problem(what: &str, id: &str, value: f64) -> Option<String> {
    match LeverId::new(id) {
        Err(unknown) => Some(format!("{what} {unknown}")),
        Ok(_) if !value.is_finite() => {
            Some(format!("{what} {id} to {value}, which is not a number"))
        }
        Ok(_) => None,
    }
}

fn check_structure(raw: &Latest, report: &mut Report) {
    kind::check_format(
        report,
        FileKind::Session,
        &raw.format,
        raw.version,
        SESSION_VERSION,
    );
    if let Some(bad) = raw.workshop.problem() {
        report.label(&[Seg::Field("workshop")], bad.to_string());
    }
    for (id, &value) in &raw.levers.0 {
        if let Some(m) = lever_setting_problem("the current levers set", id, value) {
            report.label(&[Seg::Field("levers"), Seg::Key(id)], m);
        }
    }
    for (id, &value) in &raw.assumptions.0 {
        let path = [Seg::Field("assumptions"), Seg::Key(id)];
        let whole = id == "base_year" || id == "horizon_years";
        if !whole && assumption_spec(id).is_none() {
            let ids: Vec<&str> = ["base_year", "horizon_years"]
                .into_iter()
                .chain(ASSUMPTION_SPECS.iter().map(|s| s.id))
                .collect();
            report.label(
                &path,
                format!(
                    "unknown assumption \"{id}\"; the assumptions are: {}",
                    ids.join(", ")
                ),
            );
        } else if !value.is_finite() {
            report.label(&path, format!("{id} must be a number, not {value}"));
        } else if whole && (value.fract() != 0.0 || !(0.0..=10000.0).contains(&value)) {
            report.label(&path, format!("{id} must be a whole number, not {value}"));
        }
    }
    for (i, p) in raw.predictions.iter().enumerate() {
        let here = |rest: Seg<'static>| [Seg::Field("predictions"), Seg::Index(i), rest];
        if let Some(bad) = p.stage.problem() {
            report.label(&here(Seg::Field("stage")), bad.to_string());
        }
        for (j, line) in p.strokes.iter().enumerate() {
            if line.iter().any(|(x, y)| !x.is_finite() || !y.is_finite()) {
                let path = [
                    Seg::Field("predictions"),
                    Seg::Index(i),
                    Seg::Field("strokes"),
                    Seg::Index(j),
                ];
                report.label(
                    &path,
                    "a sketched point is not a finite number; expected (year, £m) pairs like (2030.0, 1100.0)",
                );
            }
        }
    }
    let mut scenario_ids = Distinct::new("scenario");
    for (i, s) in raw.scenarios.iter().enumerate() {
        let here = |rest: Seg<'static>| [Seg::Field("scenarios"), Seg::Index(i), rest];
        if let Some(bad) = s.id.problem() {
            report.label(&here(Seg::Field("id")), bad.to_string());
        }
        if let Some(twice) = scenario_ids.repeat(s.id.text()) {
            report.label(&here(Seg::Field("id")), twice);
        }
        if !is_timestamp(&s.captured) {
            report.label(
                &here(Seg::Field("captured")),
                format!(
                    "captured \"{}\" is not a date and time like \"2026-03-14T10:30:00Z\" (ISO 8601)",
                    s.captured
                ),
            );
        }
        for (id, &value) in &s.levers.0 {
            let what = format!("scenario \"{}\" sets", s.id.text());
            if let Some(m) = lever_setting_problem(&what, id, value) {
                let path = [
                    Seg::Field("scenarios"),
                    Seg::Index(i),
                    Seg::Field("levers"),
                    Seg::Key(id),
                ];
                report.label(&path, m);
            }
        }
    }
    let mut card_ids = Distinct::new("deal card");
    for (i, card) in raw.deal.iter().enumerate() {
        let id = card.id.text();
        let here = |rest: Seg<'static>| [Seg::Field("deal"), Seg::Index(i), rest];
        if let Some(bad) = card.id.problem() {
            report.label(&here(Seg::Field("id")), bad.to_string());
        }
        if let Some(twice) = card_ids.repeat(id) {
            report.label(&here(Seg::Field("id")), twice);
        }
        let mut linked = HashSet::new();
        for (j, lever) in card.levers.iter().enumerate() {
            let path = [
                Seg::Field("deal"),
                Seg::Index(i),
                Seg::Field("levers"),
                Seg::Index(j),
            ];
            if LeverId::new(lever).is_err() {
                let unknown = UnknownLever(lever.clone());
                report.label(&path, format!("deal card \"{id}\" links {unknown}"));
            } else if !linked.insert(lever.as_str()) {
                report.label(
                    &path,
                    format!("deal card \"{id}\" links lever \"{lever}\" twice; keep one"),
                );
            }
        }
    }
}

/// Checks that need the workshop: that it is the one the session was made with, and that
/// every value is within its ranges.
fn check_for_workshop(raw: &Latest, w: &Workshop, report: &mut Report) {
    if raw.workshop.text() != w.id {
        let title = if raw.workshop_title.is_empty() {
            String::new()
        } else {
            format!(" (\"{}\")", raw.workshop_title)
        };
        report.label(
            &[Seg::Field("workshop")],
            format!(
                "this session was made with workshop \"{}\"{title}, not \"{}\" (\"{}\"); open it with that workshop's file (--workshop FILE)",
                raw.workshop.text(),
                w.id,
                w.title
            ),
        );
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
            report.label(&[Seg::Field("levers"), Seg::Key(id)], m);
        }
    }
    for (i, s) in raw.scenarios.iter().enumerate() {
        for (id, &value) in &s.levers.0 {
            if let Some(m) = range(&format!("scenario \"{}\" sets", s.id.text()), id, value) {
                let path = [
                    Seg::Field("scenarios"),
                    Seg::Index(i),
                    Seg::Field("levers"),
                    Seg::Key(id),
                ];
                report.label(&path, m);
            }
        }
    }
    let a = apply_assumption_overrides(&w.assumptions, &raw.assumptions.0);
    for (id, message) in a.problems() {
        let message = format!("with this session's assumptions, {message}");
        if raw.assumptions.0.contains_key(id) {
            report.label(&[Seg::Field("assumptions"), Seg::Key(id)], message);
        } else {
            report.label(&[Seg::Field("assumptions")], message);
        }
    }
}
