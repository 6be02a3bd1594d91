//! The on-disk shapes of workshop and scenario files, and their validation.
//!
//! Workshop files are at format version 2, which added stages (see [`super::stage`]) and the
//! `audience`. Version 1 files read as version 2 with neither: that is their migration.
//! The optional `map` (places on the framework map) may appear in either version.
//! Scenario files are still at version 1.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::location::{Locator, Problem, Problems, whole_file};
use super::session::{map_key, skip_trivia, struct_field};
use super::stage::{self, StageEntry};
use super::{FileKind, MAP_X, MAP_Y, Scenario, ScenarioFile, Workshop};
use crate::model::links::NODES;
use crate::model::sweep::Uncertain;
use crate::model::{ASSUMPTION_SPECS, Assumptions, Band, LEVER_SPECS, Lever, lever_index};

pub const WORKSHOP_FORMAT: &str = "jaws-workshop";
pub const SCENARIO_FORMAT: &str = "jaws-scenario";
/// The newest workshop format version this build reads. Version 2 added stages and the
/// audience; version 1 files are migrated as they are read.
pub const WORKSHOP_VERSION: u32 = 2;
/// The newest scenario file format version this build reads and writes.
pub const SCENARIO_VERSION: u32 = 1;

/// A map that refuses duplicate keys (serde's maps silently keep the last one).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct UniqueMap<V>(pub BTreeMap<String, V>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for UniqueMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V2<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for V2<V> {
            type Value = UniqueMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map like { \"id\": value }")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, V>()? {
                    if out.contains_key(&k) {
                        return Err(de::Error::custom(format!("`{k}{TWICE}")));
                    }
                    out.insert(k, v);
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(V2(std::marker::PhantomData))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkshopFile {
    format: String,
    version: u32,
    id: String,
    title: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    author: String,
    #[serde(default)]
    description: String,
    /// Who the workshop is for ("A cabinet or leadership team"). Version 2.
    audience: Option<String>,
    #[serde(default)]
    assumptions: Assumptions,
    #[serde(default)]
    sources: UniqueMap<String>,
    #[serde(default)]
    uncertain: Vec<Uncertain>,
    #[serde(default)]
    levers: UniqueMap<LeverOverride>,
    scenarios: Vec<ScenarioEntry>,
    /// The script of a facilitated session, in order. Version 2.
    stages: Option<Vec<StageEntry>>,
    /// Where the framework map puts stocks and flows, by node id: `(x, y)` as fractions of
    /// the map. Optional in either version: a file without it reads as before, and a Jaws that
    /// predates it refuses it as an unknown field rather than misreading it.
    #[serde(default)]
    map: UniqueMap<(f32, f32)>,
}

/// What a workshop may change about one of the model's levers.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct LeverOverride {
    label: Option<String>,
    description: Option<String>,
    min: Option<f64>,
    max: Option<f64>,
    default: Option<f64>,
    #[serde(default)]
    bands: Vec<Band>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ScenarioEntry {
    id: String,
    name: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    levers: UniqueMap<f64>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFileShape {
    format: String,
    version: u32,
    workshop: String,
    scenario: ScenarioEntry,
}

/// Just the format field, to tell file kinds apart before full parsing.
#[derive(Deserialize)]
struct Probe {
    format: String,
}

pub(super) fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(64)
}

pub(super) fn syntax_problem(name: &str, text: &str, e: &ron::error::SpannedError) -> Problem {
    let loc = Locator { file: name, text };
    let start = loc.offset(e.span.start.line, e.span.start.col);
    let end = loc.offset(e.span.end.line, e.span.end.col).max(start);
    // ron's span starts before the whitespace ahead of the offending token: point at the token.
    let token = end - text[start..end].trim_start().len();
    let ends_early = text[start..].trim().is_empty();
    let (at, message) = match &e.code {
        ron::Error::ExceededRecursionLimit => (
            token,
            "nesting is too deep (more than 64 levels); a Jaws file is never nested like this"
                .into(),
        ),
        ron::Error::Eof => (start, ENDS_EARLY.into()),
        _ if ends_early => (start, ENDS_EARLY.into()),
        // `minutes: 12.5` where a whole number belongs: ron reads `12`, then finds `.5`.
        ron::Error::ExpectedComma
            if text[token..].starts_with('.')
                && text[..token].ends_with(|c: char| c.is_ascii_digit()) =>
        {
            (
                text[..token]
                    .rfind(|c: char| !c.is_ascii_digit())
                    .map_or(token, |i| i + 1),
                "expected a whole number, like 3, not a decimal".into(),
            )
        }
        // Noticed at the next item, often on the next line: point where the comma belongs.
        ron::Error::ExpectedComma => (
            loc.after_previous_token(start),
            "expected a comma here, after this item (or a closing bracket)".into(),
        ),
        ron::Error::Message(m) if m.ends_with(TWICE) => {
            // Noticed after the second entry's value: point at its key.
            let key = format!("\"{}\"", m.trim_start_matches('`').trim_end_matches(TWICE));
            (text[..start].rfind(&key).unwrap_or(token), m.clone())
        }
        ron::Error::ExpectedStringEnd => (
            token,
            "text in double quotes is not closed: a closing \" is missing".into(),
        ),
        // A stage's `visible` or `unlocked` noticed after its value was read: point at the value.
        ron::Error::Message(m) if m.starts_with(stage::LEVER_CHOICE_EXPECTED) => {
            let value = text[..token].rfind(':').map_or(token, |colon| {
                let after = &text[colon + 1..];
                colon + 1 + after.len() - after.trim_start().len()
            });
            (value, m.clone())
        }
        ron::Error::InvalidValueForType { expected, found } => {
            (token, format!("expected {expected}, found {found}"))
        }
        ron::Error::ExpectedFloat => (token, "expected a number, like 2.5".into()),
        ron::Error::ExpectedInteger => (token, "expected a whole number, like 3".into()),
        ron::Error::ExpectedString => (token, "expected text in double quotes".into()),
        ron::Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            token,
            format!(
                "unknown field `{found}` in {}; expected one of: {}",
                what(outer.as_deref()),
                expected.join(", ")
            ),
        ),
        ron::Error::MissingStructField { field, outer } => (
            token,
            format!("{} needs the field `{field}`", what(outer.as_deref())),
        ),
        ron::Error::DuplicateStructField { field, outer } => (
            token,
            format!(
                "the field `{field}` appears twice in {}",
                what(outer.as_deref())
            ),
        ),
        ron::Error::ExpectedIdentifier => (
            token,
            "expected a field name (like `id:`) or a closing `)` here".into(),
        ),
        ron::Error::ExpectedDifferentStructName { expected, found } => (
            token,
            format!(
                "expected `(` to open {}, found `{found}`",
                what(Some(expected))
            ),
        ),
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => (
            token,
            format!(
                "`{found}` is not one of the choices here; expected {}",
                expected
                    .iter()
                    .map(|e| format!("`{e}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        ),
        // Only pairs are unnamed groups in Jaws files: map places, sketched points.
        ron::Error::ExpectedStructLike => (
            token,
            "expected `(` to open a pair of numbers, like (0.5, 0.5)".into(),
        ),
        ron::Error::ExpectedNamedStructLike(outer) => {
            (token, format!("expected `(` to open {}", what(Some(outer))))
        }
        other => (token, format!("{other}")),
    };
    loc.problem_at(at, message)
}

const ENDS_EARLY: &str = "the file ends too early: something is not closed";
/// The end of [`UniqueMap`]'s message for a duplicate key.
const TWICE: &str = "` appears twice in this map; keep one";

/// What a person calls the thing a file-shape struct describes.
fn what(shape: Option<&str>) -> String {
    match shape {
        Some("WorkshopFile") => "the workshop".into(),
        Some("ScenarioFileShape") => "the scenario file".into(),
        Some("ScenarioEntry") => "a scenario".into(),
        Some("LeverOverride") => "a lever's settings".into(),
        Some("Assumptions") => "the assumptions".into(),
        Some("Uncertain") => "an uncertain range".into(),
        Some("Band") => "a band".into(),
        Some("StageEntry") => "a stage".into(),
        Some("ChallengeEntry") => "a stage's challenge".into(),
        Some("SessionFileV1") => "the session".into(),
        Some("CapturedEntry") => "a captured scenario".into(),
        Some("DealEntry") => "a deal card".into(),
        Some(other) => format!("`{other}`"),
        None => "this part".into(),
    }
}

fn check_not_empty(name: &str, text: &str) -> Result<(), Problems> {
    if text.trim().is_empty() {
        return Err(Problems(vec![whole_file(
            name,
            "the file is empty; expected a workshop like (format: \"jaws-workshop\", version: 2, ...)",
        )]));
    }
    Ok(())
}

pub fn kind(text: &str) -> FileKind {
    let format = match options().from_str::<Probe>(text) {
        Ok(p) => Some(p.format),
        // A mistake further on: go by what the format field says, so the problem is
        // reported against the right shape of file.
        Err(_) => claims_format(text).map(str::to_owned),
    };
    match format.as_deref() {
        Some(SCENARIO_FORMAT) => FileKind::Scenario,
        Some(super::session::SESSION_FORMAT) => FileKind::Session,
        _ => FileKind::Workshop,
    }
}

/// The text of the first `format: "..."` field outside comments, read without parsing the file.
pub(super) fn claims_format(text: &str) -> Option<&str> {
    let loc = Locator { file: "", text };
    let mut from = 0;
    while let Some(at) = loc.find(from, "format") {
        from = at + "format".len();
        let value = text[from..]
            .trim_start()
            .strip_prefix(':')
            .map(str::trim_start)
            .and_then(|v| v.strip_prefix('"'));
        if let Some(value) = value {
            return value.split('"').next();
        }
    }
    None
}

fn check_format(
    loc: &Locator,
    format: &str,
    expected: &str,
    version: u32,
    newest: u32,
    out: &mut Vec<Problem>,
) {
    if format != expected {
        out.push(loc.problem_at_path(
            &["format"],
            format!("format is \"{format}\", expected \"{expected}\""),
        ));
    }
    if version == 0 || version > newest {
        out.push(loc.problem_at_path(
            &["version"],
            format!(
                "format version {version} is not one this Jaws reads (1 to {newest}); {}",
                if version > newest {
                    "it was made by a newer Jaws: update Jaws"
                } else {
                    "versions start at 1"
                }
            ),
        ));
    }
}

/// Ids name scenarios, workshops and deal cards in files and on the command line.
pub(super) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn check_id(loc: &Locator, path: &[&str], what: &str, id: &str, out: &mut Vec<Problem>) {
    if !is_valid_id(id) {
        out.push(loc.problem_at_path(
            path,
            format!("{what} id \"{id}\" must be 1 to 64 lower-case letters, digits, '-' or '_'"),
        ));
    }
}

fn check_scenario(
    loc: &Locator,
    entry: &ScenarioEntry,
    levers: &[Lever],
    anchor: usize,
    out: &mut Vec<Problem>,
) {
    for (id, &value) in &entry.levers.0 {
        let at = loc.find(anchor, &format!("\"{id}\"")).unwrap_or(anchor);
        match lever_index(id) {
            None => out.push(loc.problem_at(
                at,
                format!("scenario \"{}\" sets unknown lever \"{id}\"", entry.id),
            )),
            Some(i) => {
                let l = &levers[i];
                if !value.is_finite() || value < l.min || value > l.max {
                    out.push(loc.problem_at(
                        at,
                        format!(
                            "scenario \"{}\" sets {id} to {value}, outside its range {} to {} ({})",
                            entry.id, l.min, l.max, l.unit
                        ),
                    ));
                }
            }
        }
    }
}

pub fn parse_workshop(name: &str, text: &str) -> Result<Workshop, Problems> {
    check_not_empty(name, text)?;
    let loc = Locator { file: name, text };
    if claims_format(text) == Some(SCENARIO_FORMAT) {
        return Err(Problems(vec![loc.problem_at_path(
            &["format"],
            format!(
                "this is a scenario file (format \"{SCENARIO_FORMAT}\"), not a workshop (format \"{WORKSHOP_FORMAT}\")"
            ),
        )]));
    }
    if claims_format(text) == Some(super::session::SESSION_FORMAT) {
        return Err(Problems(vec![loc.problem_at_path(
            &["format"],
            format!(
                "this is a session file (format \"{}\"), not a workshop (format \"{WORKSHOP_FORMAT}\"); open it with --session",
                super::session::SESSION_FORMAT
            ),
        )]));
    }
    let raw: WorkshopFile = options()
        .from_str(text)
        .map_err(|e| Problems(vec![syntax_problem(name, text, &e)]))?;
    let mut out = Vec::new();
    check_format(
        &loc,
        &raw.format,
        WORKSHOP_FORMAT,
        raw.version,
        WORKSHOP_VERSION,
        &mut out,
    );
    check_id(&loc, &["id"], "workshop", &raw.id, &mut out);

    // Assumptions.
    for (id, message) in raw.assumptions.problems() {
        out.push(loc.problem_at_path(&["assumptions", &format!("{id}:")], message));
    }
    for key in raw.sources.0.keys() {
        if !is_assumption(key) {
            out.push(loc.problem_at_path(
                &["sources", &format!("\"{key}\"")],
                format!("source given for unknown assumption \"{key}\""),
            ));
        }
    }
    for u in &raw.uncertain {
        let path = ["uncertain", &format!("\"{}\"", u.assumption)];
        if crate::model::assumptions::assumption_spec(&u.assumption).is_none() {
            out.push(
                loc.problem_at_path(&path, format!("unknown assumption \"{}\"", u.assumption)),
            );
        } else {
            let mut probe = raw.assumptions.clone();
            for v in [u.low, u.high] {
                probe.set(&u.assumption, v);
                let ordered = u.low <= u.high;
                if !ordered || probe.problems().iter().any(|(id, _)| *id == u.assumption) {
                    out.push(loc.problem_at_path(
                        &path,
                        format!("uncertain range {} to {} for {} must be low ≤ high and within the assumption's own range", u.low, u.high, u.assumption),
                    ));
                    break;
                }
            }
        }
    }

    // Levers: the model's catalogue with this workshop's overrides.
    let mut levers: Vec<Lever> = LEVER_SPECS.iter().map(Lever::from).collect();
    for (id, o) in &raw.levers.0 {
        let path = ["levers:", &format!("\"{id}\"")];
        let Some(i) = lever_index(id) else {
            out.push(loc.problem_at_path(
                &path,
                format!("unknown lever \"{id}\"; the model has no such lever"),
            ));
            continue;
        };
        let l = &mut levers[i];
        if let Some(v) = &o.label {
            l.label = v.clone();
        }
        if let Some(v) = &o.description {
            l.description = v.clone();
        }
        if let Some(v) = o.min {
            l.min = v;
        }
        if let Some(v) = o.max {
            l.max = v;
        }
        if let Some(v) = o.default {
            l.default = v;
        }
        l.bands = o.bands.clone();
        if !(l.min.is_finite() && l.max.is_finite() && l.min < l.max) {
            out.push(loc.problem_at_path(
                &path,
                format!(
                    "lever {id} needs min below max (min {}, max {})",
                    l.min, l.max
                ),
            ));
        } else if !(l.default >= l.min && l.default <= l.max) {
            out.push(loc.problem_at_path(
                &path,
                format!(
                    "lever {id} default {} is outside its range {} to {}",
                    l.default, l.min, l.max
                ),
            ));
        }
        for b in &l.bands {
            if !(b.from < b.to && b.from >= l.min && b.to <= l.max) {
                out.push(loc.problem_at_path(&path, format!("lever {id} band \"{}\" ({} to {}) must lie within {} to {} with from below to", b.label, b.from, b.to, l.min, l.max)));
            }
        }
    }

    // Scenarios.
    if raw.scenarios.is_empty() {
        out.push(loc.problem_at_path(&["scenarios"], "a workshop needs at least one scenario"));
    }
    let scenarios_at = loc.find_path(&["scenarios:"]);
    for (i, s) in raw.scenarios.iter().enumerate() {
        let anchor = loc
            .find(scenarios_at, &format!("\"{}\"", s.id))
            .unwrap_or(scenarios_at);
        check_id(
            &loc,
            &["scenarios:", &format!("\"{}\"", s.id)],
            "scenario",
            &s.id,
            &mut out,
        );
        if raw.scenarios[..i].iter().any(|t| t.id == s.id) {
            let second = loc
                .find(anchor + 1, &format!("\"{}\"", s.id))
                .unwrap_or(anchor);
            out.push(loc.problem_at(second, format!("scenario id \"{}\" is used twice", s.id)));
        }
        check_scenario(&loc, s, &levers, anchor, &mut out);
    }

    check_map(&loc, &raw.map, &mut out);

    // Version 1 had no stages and no audience: it reads as version 2 with neither.
    if raw.version == 1 {
        for (field, given) in [
            ("audience", raw.audience.is_some()),
            ("stages", raw.stages.is_some()),
        ] {
            if given {
                out.push(loc.problem_at(
                    stage::field_at(text, field),
                    format!(
                        "`{field}` is new in version 2 of the workshop format; change `version: 1` to `version: 2`"
                    ),
                ));
            }
        }
    }

    // Stages.
    let scenario_ids: Vec<&str> = raw.scenarios.iter().map(|s| s.id.as_str()).collect();
    let cx = stage::Context {
        loc: &loc,
        levers: &levers,
        assumptions: &raw.assumptions,
        scenarios: &scenario_ids,
    };
    let stages = stage::check_stages(raw.stages.unwrap_or_default(), &cx, &mut out);

    if !out.is_empty() {
        // In the order they appear in the file.
        out.sort_by_key(|p| (p.line, p.column));
        return Err(Problems(out));
    }
    Ok(Workshop {
        id: raw.id,
        title: raw.title,
        organisation: raw.organisation,
        author: raw.author,
        description: raw.description,
        audience: raw.audience.unwrap_or_default(),
        assumptions: raw.assumptions,
        sources: raw.sources.0,
        uncertain: raw.uncertain,
        levers,
        scenarios: raw.scenarios.into_iter().map(into_scenario).collect(),
        stages,
        map_positions: raw.map.0,
    })
}

/// The framework map's positions: only stocks and flows, each clear of the domains' regions.
/// Keys are placed at the key, coordinates at the number.
fn check_map(loc: &Locator, map: &UniqueMap<(f32, f32)>, out: &mut Vec<Problem>) {
    if map.0.is_empty() {
        return;
    }
    let text = loc.text;
    let field = struct_field(text, skip_trivia(text, 0), "map");
    let value = field.map_or(0, |(_, v)| v);
    let central: Vec<&str> = NODES.iter().map(|n| n.id).collect();
    for (id, &(x, y)) in &map.0 {
        let (key, tuple) = map_key(text, value, id).unwrap_or((value, value));
        if !central.contains(&id.as_str()) {
            let message = if lever_index(id).is_some() {
                format!(
                    "\"{id}\" is a lever: levers are placed in their domain's region automatically; only stocks and flows can be placed: {}",
                    central.join(", ")
                )
            } else {
                format!(
                    "the map has no node \"{id}\"{}; the stocks and flows that can be placed are: {}",
                    super::stage::did_you_mean(id, central.iter().copied()),
                    central.join(", ")
                )
            };
            out.push(loc.problem_at(key, message));
            continue;
        }
        let (at_x, at_y) = tuple_items(text, tuple);
        for (at, axis, v, range, across) in [
            (
                at_x,
                "x",
                x,
                &MAP_X,
                "across the map from the left; the domains' levers fill the sides",
            ),
            (at_y, "y", y, &MAP_Y, "down the map from the top"),
        ] {
            if !(v.is_finite() && range.contains(&v)) {
                out.push(loc.problem_at(
                    at,
                    format!(
                        "\"{id}\" has {axis} = {v}, outside the map: expected a number from {} to {} (a fraction of the way {across})",
                        range.start(),
                        range.end()
                    ),
                ));
            }
        }
    }
}

/// Byte offsets of the two items of a pair `(x, y)` whose `(` is at `at`; `at` where one
/// cannot be found.
fn tuple_items(text: &str, at: usize) -> (usize, usize) {
    if !text[at..].starts_with('(') {
        return (at, at);
    }
    let x = skip_trivia(text, at + 1);
    let end = text[x..]
        .find(|c: char| c == ',' || c == ')' || c == '/' || c.is_whitespace())
        .map_or(text.len(), |n| x + n);
    let comma = skip_trivia(text, end);
    if !text[comma..].starts_with(',') {
        return (x, x);
    }
    (x, skip_trivia(text, comma + 1))
}

fn is_assumption(id: &str) -> bool {
    id == "base_year" || id == "horizon_years" || ASSUMPTION_SPECS.iter().any(|s| s.id == id)
}

fn into_scenario(e: ScenarioEntry) -> Scenario {
    Scenario {
        id: e.id,
        name: e.name,
        note: e.note,
        levers: e.levers.0,
    }
}

pub fn parse_scenario(
    name: &str,
    text: &str,
    workshop: &Workshop,
) -> Result<ScenarioFile, Problems> {
    let (raw, loc, mut out) = read_scenario_shape(name, text)?;
    check_id(
        &loc,
        &["scenario", "id"],
        "scenario",
        &raw.scenario.id,
        &mut out,
    );
    check_scenario(
        &loc,
        &raw.scenario,
        &workshop.levers,
        loc.find_path(&["scenario:"]),
        &mut out,
    );
    if !out.is_empty() {
        return Err(Problems(out));
    }
    Ok(ScenarioFile {
        workshop: raw.workshop,
        scenario: into_scenario(raw.scenario),
    })
}

/// A scenario file as text, in the shape [`parse_scenario`] reads.
pub(super) fn scenario_to_text(file: &ScenarioFile) -> Result<String, ron::Error> {
    let shape = ScenarioFileShape {
        format: SCENARIO_FORMAT.into(),
        version: SCENARIO_VERSION,
        workshop: file.workshop.clone(),
        scenario: ScenarioEntry {
            id: file.scenario.id.clone(),
            name: file.scenario.name.clone(),
            note: file.scenario.note.clone(),
            levers: UniqueMap(file.scenario.levers.clone()),
        },
    };
    ron::ser::to_string_pretty(&shape, ron::ser::PrettyConfig::new())
}

/// Parse a scenario file's shape, format and version without checking its levers against a
/// workshop: enough to know it is a scenario file this Jaws reads.
pub(super) fn parse_scenario_shape(name: &str, text: &str) -> Result<(), Problems> {
    let (_, _, out) = read_scenario_shape(name, text)?;
    if out.is_empty() {
        Ok(())
    } else {
        Err(Problems(out))
    }
}

/// A scenario file's text read into its shape, with any problems of format and version.
fn read_scenario_shape<'a>(
    name: &'a str,
    text: &'a str,
) -> Result<(ScenarioFileShape, Locator<'a>, Vec<Problem>), Problems> {
    check_not_empty(name, text)?;
    let raw: ScenarioFileShape = options()
        .from_str(text)
        .map_err(|e| Problems(vec![syntax_problem(name, text, &e)]))?;
    let loc = Locator { file: name, text };
    let mut out = Vec::new();
    check_format(
        &loc,
        &raw.format,
        SCENARIO_FORMAT,
        raw.version,
        SCENARIO_VERSION,
        &mut out,
    );
    Ok((raw, loc, out))
}
