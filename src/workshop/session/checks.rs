//! Checking a session file: what it holds on its own (ids, known levers, dates), and what it
//! holds against the workshop it is opened with (the same workshop, values within its ranges).

use std::collections::HashSet;
use std::path::Path;

use super::types::{
    SKETCH_MONEY, SKETCH_YEARS, Session, apply_assumption_overrides, sketch_point_fits,
};
use super::versions::{Latest, Read, SESSION_VERSION, into_session, read_session, upgrade};
use crate::model::ASSUMPTION_SPECS;
use crate::model::assumptions::assumption_spec;
use crate::workshop::council_file::check_council;
use crate::workshop::ids::{Distinct, LeverId, UnknownLever, did_you_mean, listed};
use crate::workshop::kind::{self, FileKind};
use crate::workshop::read::text::shown_number;
use crate::workshop::read::{Doc, Problems, Report, Seg, read_text};
use crate::workshop::time::is_timestamp;
use crate::workshop::types::Workshop;

/// Parse and check a session file's text for `workshop`. `name` is what problems call the file.
pub fn parse_session(name: &str, text: &str, workshop: &Workshop) -> Result<Session, Problems> {
    let doc = Doc::new(name, text);
    let mut read = read_session(&doc)?;
    let notes = upgrade_for(&mut read, workshop);
    let raw = read.file;
    let mut report = Report::new(&doc);
    check_structure(&raw, &mut report);
    check_for_workshop(&raw, workshop, &mut report);
    report.finish()?;
    Ok(into_session(raw, notes))
}

/// An older session's figures read as this version's, for `workshop`.
fn upgrade_for(read: &mut Read, workshop: &Workshop) -> Vec<String> {
    upgrade(
        read,
        workshop.assumptions.base_budget,
        workshop.assumptions.prevention_delay,
    )
}

/// A session file's text as written, read but not checked (only its syntax and shape; an
/// older version's figures read as this version's for `workshop`), for recovering what can
/// be recovered from a file that no longer fits its workshop. Anything taken from it must be
/// checked again before use: `parse_session` is the way in.
pub fn read_session_unchecked(
    name: &str,
    text: &str,
    workshop: &Workshop,
) -> Result<Session, Problems> {
    let mut read = read_session(&Doc::new(name, text))?;
    let notes = upgrade_for(&mut read, workshop);
    Ok(into_session(read.file, notes))
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
    let mut read = read_session(&doc)?;
    // Renamed assumptions read as now; the budget only scales money levers, unchecked here.
    let defaults = crate::model::Assumptions::default();
    upgrade(&mut read, defaults.base_budget, defaults.prevention_delay);
    let raw = read.file;
    let mut report = Report::new(&doc);
    check_structure(&raw, &mut report);
    report.finish()
}

/// What is wrong with a lever set to `value`, without the workshop: an unknown lever, or a
/// value that is not a number.
fn lever_setting_problem(what: &str, id: &str, value: f64) -> Option<String> {
    match LeverId::new(id) {
        Err(unknown) => Some(crate::t!(
            "file-sets-unknown",
            what = what,
            unknown = unknown.to_string()
        )),
        Ok(_) if !value.is_finite() => Some(crate::t!(
            "file-sets-not-a-number",
            what = what,
            lever = id,
            value = shown_number(value)
        )),
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
    if let Some(council) = &raw.council {
        check_council(council, report, &[Seg::Field("council")]);
    }
    report.one_line(
        &[Seg::Field("workshop_title")],
        &raw.workshop_title,
        "`workshop_title`",
    );
    for (id, &value) in &raw.levers.0 {
        if let Some(m) =
            lever_setting_problem(&crate::i18n::tr("file-current-levers-set"), id, value)
        {
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
                crate::t!(
                    "file-unknown-assumption",
                    id = id.as_str(),
                    ids = ids.join(", ")
                ),
            );
        } else if !value.is_finite() {
            report.label(
                &path,
                crate::t!(
                    "file-must-be-number",
                    id = id.as_str(),
                    value = shown_number(value)
                ),
            );
        } else if whole && (value.fract() != 0.0 || !(0.0..=10000.0).contains(&value)) {
            report.label(
                &path,
                crate::t!(
                    "file-must-be-whole",
                    id = id.as_str(),
                    value = shown_number(value)
                ),
            );
        }
    }
    for (i, p) in raw.predictions.iter().enumerate() {
        let here = |rest: Seg<'static>| [Seg::Field("predictions"), Seg::Index(i), rest];
        if let Some(bad) = p.stage.problem() {
            report.label(&here(Seg::Field("stage")), bad.to_string());
        }
        for (j, line) in p.strokes.iter().enumerate() {
            if let Some(k) = line.iter().position(|&(x, y)| !sketch_point_fits([x, y])) {
                let path = [
                    Seg::Field("predictions"),
                    Seg::Index(i),
                    Seg::Field("strokes"),
                    Seg::Index(j),
                    Seg::Index(k),
                ];
                let (x, y) = line[k];
                let what = if x.is_finite() && y.is_finite() {
                    crate::t!(
                        "file-sketch-off-chart",
                        x = shown_number(x),
                        y = shown_number(y)
                    )
                } else {
                    crate::i18n::tr("file-sketch-not-finite")
                };
                report.value(
                    &path,
                    crate::t!(
                        "file-sketch-expected",
                        what = what,
                        from = SKETCH_YEARS.start().to_string(),
                        to = SKETCH_YEARS.end().to_string(),
                        money = shown_number(SKETCH_MONEY)
                    ),
                );
            }
        }
    }
    let mut scenario_ids = Distinct::new("scenario");
    for (i, s) in raw.scenarios.iter().enumerate() {
        let here = |rest: Seg<'static>| [Seg::Field("scenarios"), Seg::Index(i), rest];
        // Every problem of this scenario lies within it.
        report.scope(Some(
            report.doc.value(&[Seg::Field("scenarios"), Seg::Index(i)]),
        ));
        if let Some(bad) = s.id.problem() {
            report.label(&here(Seg::Field("id")), bad.to_string());
        }
        if let Some(twice) = scenario_ids.repeat(s.id.text()) {
            report.label(&here(Seg::Field("id")), twice);
        }
        report.line(
            &here(Seg::Field("name")),
            &s.name,
            &crate::t!("file-scenario-name", id = s.id.text()),
        );
        if !is_timestamp(&s.captured) {
            report.label(
                &here(Seg::Field("captured")),
                crate::t!("file-captured-not-time", when = s.captured.as_str()),
            );
        }
        for (id, &value) in &s.levers.0 {
            let what = crate::t!("file-scenario-sets", id = s.id.text());
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
    report.scope(None);
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
                report.label(
                    &path,
                    crate::t!(
                        "file-card-links-unknown",
                        id = id,
                        unknown = unknown.to_string()
                    ),
                );
            } else if !linked.insert(lever.as_str()) {
                report.label(
                    &path,
                    crate::t!("file-card-links-twice", id = id, lever = lever.as_str()),
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
            crate::t!(
                "file-session-other-workshop",
                made = raw.workshop.text(),
                title = title,
                id = w.id.as_str(),
                name = w.title.as_str()
            ),
        );
        // Ranges belong to the other workshop: checking them here would only confuse.
        return;
    }
    let range = |what: &str, id: &str, value: f64| -> Option<String> {
        let l = w.lever(id)?;
        (value < l.min || value > l.max).then(|| {
            crate::t!(
                "file-sets-out-of-range",
                what = what,
                lever = id,
                value = shown_number(value),
                min = shown_number(l.min),
                max = shown_number(l.max),
                unit = crate::present::format::unit_words(&l.unit)
            )
        })
    };
    for (id, &value) in &raw.levers.0 {
        if let Some(m) = range(&crate::i18n::tr("file-current-levers-set"), id, value) {
            report.label(&[Seg::Field("levers"), Seg::Key(id)], m);
        }
    }
    for (i, s) in raw.scenarios.iter().enumerate() {
        for (id, &value) in &s.levers.0 {
            if let Some(m) = range(
                &crate::t!("file-scenario-sets", id = s.id.text()),
                id,
                value,
            ) {
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
    if let Some(stage) = raw.stage {
        let stages = w.stages.len();
        if stage as usize >= stages {
            let message = if stages == 0 {
                crate::t!(
                    "file-stage-none",
                    stage = stage.to_string(),
                    workshop = w.id.as_str()
                )
            } else {
                crate::t!(
                    "file-stage-beyond",
                    stage = stage.to_string(),
                    workshop = w.id.as_str(),
                    count = stages,
                    last = (stages - 1).to_string()
                )
            };
            report.value(&[Seg::Field("stage")], message);
        }
    }
    let stage_ids: Vec<&str> = w.stages.iter().map(|s| s.id.as_str()).collect();
    for (i, p) in raw.predictions.iter().enumerate() {
        let id = p.stage.text();
        if p.stage.problem().is_none() && w.stage(id).is_none() {
            report.value_with(
                &[
                    Seg::Field("predictions"),
                    Seg::Index(i),
                    Seg::Field("stage"),
                ],
                || {
                    crate::t!(
                        "file-prediction-unknown-stage",
                        id = id,
                        workshop = w.id.as_str(),
                        guess = did_you_mean(id, stage_ids.iter().copied()),
                        stages = if stage_ids.is_empty() {
                            crate::i18n::tr("file-none")
                        } else {
                            listed(&stage_ids)
                        }
                    )
                },
            );
        }
    }
    let a = apply_assumption_overrides(&w.assumptions, &raw.assumptions.0);
    for (id, message) in a.problems() {
        let message = crate::t!("file-session-assumptions", message = message);
        if raw.assumptions.0.contains_key(id) {
            report.label(&[Seg::Field("assumptions"), Seg::Key(id)], message);
        } else {
            report.label(&[Seg::Field("assumptions")], message);
        }
    }
}
