//! Workshop files: their on-disk shape and their checks.
//!
//! Workshop files are at format version 2, which added stages (see [`super::stage`]) and the
//! `audience`. Version 1 files read as version 2 with neither: that is their migration.
//! The optional `map` (places on the framework map) may appear in either version.

use std::path::Path;

use serde::Deserialize;

use super::ids::{Checked, Distinct, LeverId, WorkshopId, did_you_mean};
use super::kind::{self, FileKind};
use super::read::{self, Doc, Problems, Report, Seg, UniqueMap, read_text};
use super::scenario_file::ScenarioEntry;
use super::stage::{self, StageEntry};
use super::types::{MAP_X, MAP_Y, Workshop};
use crate::model::assumptions::assumption_spec;
use crate::model::links::NODES;
use crate::model::sweep::Uncertain;
use crate::model::{Assumptions, Band, LEVER_SPECS, Lever};

/// The newest workshop format version this build reads. Version 2 added stages and the
/// audience; version 1 files are migrated as they are read.
pub const WORKSHOP_VERSION: u32 = 2;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkshopFile {
    format: String,
    version: u32,
    id: Checked<WorkshopId>,
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

impl Workshop {
    /// Read and validate a workshop file.
    pub fn load(path: &Path) -> Result<Workshop, Problems> {
        let name = path.display().to_string();
        let text = read_text(path)?;
        parse_workshop(&name, &text)
    }
}

/// Parse and validate workshop text. `name` is what problems call the file.
pub fn parse_workshop(name: &str, text: &str) -> Result<Workshop, Problems> {
    let doc = Doc::new(name, text);
    kind::expect_kind(&doc, FileKind::Workshop, WORKSHOP_VERSION)?;
    let raw: WorkshopFile = read::parse(&doc)?;
    let mut report = Report::new(&doc);
    kind::check_format(
        &mut report,
        FileKind::Workshop,
        &raw.format,
        raw.version,
        WORKSHOP_VERSION,
    );
    if let Some(bad) = raw.id.problem() {
        report.value(&[Seg::Field("id")], bad.to_string());
    }

    check_assumptions(&raw, &mut report);
    let levers = levers_with_overrides(&raw.levers, &mut report);

    // Scenarios.
    if raw.scenarios.is_empty() {
        report.label(
            &[Seg::Field("scenarios")],
            "a workshop needs at least one scenario",
        );
    }
    let mut ids = Distinct::new("scenario");
    for (i, s) in raw.scenarios.iter().enumerate() {
        let path = [Seg::Field("scenarios"), Seg::Index(i)];
        s.check(&path, &levers, &mut report);
        if s.id.problem().is_none()
            && let Some(twice) = ids.repeat(s.id.text())
        {
            report.value(&[path[0], path[1], Seg::Field("id")], twice);
        }
    }

    check_map(&raw.map, &mut report);

    // Version 1 had no stages and no audience: it reads as version 2 with neither.
    if raw.version == 1 {
        for (field, given) in [
            ("audience", raw.audience.is_some()),
            ("stages", raw.stages.is_some()),
        ] {
            if given {
                report.label(
                    &[Seg::Field(field)],
                    format!(
                        "`{field}` is new in version 2 of the workshop format; change `version: 1` to `version: 2`"
                    ),
                );
            }
        }
    }

    // Stages.
    let scenario_ids: Vec<&str> = raw.scenarios.iter().map(|s| s.id.text()).collect();
    let cx = stage::Context {
        levers: &levers,
        assumptions: &raw.assumptions,
        scenarios: &scenario_ids,
    };
    let stages = stage::check_stages(raw.stages.unwrap_or_default(), &cx, &mut report);

    report.finish()?;
    Ok(Workshop {
        id: raw.id.into_text(),
        title: raw.title,
        organisation: raw.organisation,
        author: raw.author,
        description: raw.description,
        audience: raw.audience.unwrap_or_default(),
        assumptions: raw.assumptions,
        sources: raw.sources.0,
        uncertain: raw.uncertain,
        levers,
        scenarios: raw
            .scenarios
            .into_iter()
            .map(ScenarioEntry::into_scenario)
            .collect(),
        stages,
        map_positions: raw.map.0,
    })
}

fn is_assumption(id: &str) -> bool {
    id == "base_year" || id == "horizon_years" || assumption_spec(id).is_some()
}

/// The assumptions, where their sources come from, and their uncertain ranges.
fn check_assumptions(raw: &WorkshopFile, report: &mut Report) {
    for (id, message) in raw.assumptions.problems() {
        report.label(&[Seg::Field("assumptions"), Seg::Field(id)], message);
    }
    for key in raw.sources.0.keys() {
        if !is_assumption(key) {
            report.label(
                &[Seg::Field("sources"), Seg::Key(key)],
                format!("source given for unknown assumption \"{key}\""),
            );
        }
    }
    for (i, u) in raw.uncertain.iter().enumerate() {
        let path = [
            Seg::Field("uncertain"),
            Seg::Index(i),
            Seg::Field("assumption"),
        ];
        if assumption_spec(&u.assumption).is_none() {
            report.value(&path, format!("unknown assumption \"{}\"", u.assumption));
            continue;
        }
        let mut probe = raw.assumptions.clone();
        for v in [u.low, u.high] {
            probe.set(&u.assumption, v);
            let ordered = u.low <= u.high;
            if !ordered || probe.problems().iter().any(|(id, _)| *id == u.assumption) {
                report.value(
                    &path,
                    format!(
                        "uncertain range {} to {} for {} must be low ≤ high and within the assumption's own range",
                        u.low, u.high, u.assumption
                    ),
                );
                break;
            }
        }
    }
}

/// The model's catalogue of levers with this workshop's overrides.
fn levers_with_overrides(overrides: &UniqueMap<LeverOverride>, report: &mut Report) -> Vec<Lever> {
    let mut levers: Vec<Lever> = LEVER_SPECS.iter().map(Lever::from).collect();
    for (id, o) in &overrides.0 {
        let path = [Seg::Field("levers"), Seg::Key(id)];
        let i = match LeverId::new(id) {
            Ok(lever) => lever.index(),
            Err(unknown) => {
                report.label(&path, unknown.to_string());
                continue;
            }
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
            report.label(
                &path,
                format!(
                    "lever {id} needs min below max (min {}, max {})",
                    l.min, l.max
                ),
            );
        } else if !(l.default >= l.min && l.default <= l.max) {
            report.label(
                &path,
                format!(
                    "lever {id} default {} is outside its range {} to {}",
                    l.default, l.min, l.max
                ),
            );
        }
        for b in &l.bands {
            if !(b.from < b.to && b.from >= l.min && b.to <= l.max) {
                report.label(
                    &path,
                    format!(
                        "lever {id} band \"{}\" ({} to {}) must lie within {} to {} with from below to",
                        b.label, b.from, b.to, l.min, l.max
                    ),
                );
            }
        }
    }
    levers
}

/// The framework map's positions: only stocks and flows, each clear of the domains' regions.
/// Keys are placed at the key, coordinates at the number.
fn check_map(map: &UniqueMap<(f32, f32)>, report: &mut Report) {
    let central: Vec<&str> = NODES.iter().map(|n| n.id).collect();
    for (id, &(x, y)) in &map.0 {
        let key = [Seg::Field("map"), Seg::Key(id)];
        if !central.contains(&id.as_str()) {
            let message = if LeverId::new(id).is_ok() {
                format!(
                    "\"{id}\" is a lever: levers are placed in their domain's region automatically; only stocks and flows can be placed: {}",
                    central.join(", ")
                )
            } else {
                format!(
                    "the map has no node \"{id}\"{}; the stocks and flows that can be placed are: {}",
                    did_you_mean(id, central.iter().copied()),
                    central.join(", ")
                )
            };
            report.label(&key, message);
            continue;
        }
        for (item, axis, v, range, across) in [
            (
                0,
                "x",
                x,
                &MAP_X,
                "across the map from the left; the domains' levers fill the sides",
            ),
            (1, "y", y, &MAP_Y, "down the map from the top"),
        ] {
            if !(v.is_finite() && range.contains(&v)) {
                report.value(
                    &[key[0], key[1], Seg::Index(item)],
                    format!(
                        "\"{id}\" has {axis} = {v}, outside the map: expected a number from {} to {} (a fraction of the way {across})",
                        range.start(),
                        range.end()
                    ),
                );
            }
        }
    }
}
