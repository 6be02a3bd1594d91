//! Workshop files: their on-disk shape and their checks.
//!
//! Workshop files are at format version 4, which adds the workshop's words in several
//! languages ([`super::translation`]) to version 3, whose money is as a council budgets it: money
//! levers as a share of the budget, service lines, schedules for the MTFS years, bands marked
//! off limits (`limit`), and a lever's own claims where the workshop describes it its own
//! way. Version 2 (which added stages and the `audience`) and version 1 (neither) are read as
//! version 4 by [`super::legacy`], with a note of what changed ([`Workshop::migration`]).
//! The optional `map` (places on the framework map) may appear in any version.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::ids::{Checked, Distinct, LeverId, WorkshopId, did_you_mean};
use super::kind::{self, FileKind};
use super::legacy;
use super::read::text::shown_number;
use super::read::{self, Doc, Problems, Report, Seg, UniqueMap, read_text};
use super::scenario_file::ScenarioEntry;
use super::stage::{self, StageEntry};
use super::translation::{self, TranslationEntry};
use super::types::{MAP_X, MAP_Y, Workshop};
use crate::model::assumptions::assumption_spec;
use crate::model::links::NODES;
use crate::model::sweep::Uncertain;
use crate::model::{Assumptions, Band, Claim, LEVER_SPECS, Lever};

/// The newest workshop format version this build reads. Version 4 added the workshop's own
/// words in several languages (`language`, `translations`; a version 3 file reads as it is);
/// version 3 is the finance model of issue 13; version 2 added stages and the audience; older
/// files are migrated as they are read.
pub const WORKSHOP_VERSION: u32 = 4;

/// A workshop file as written; `A` is its version's assumptions.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkshopFile<A: Default> {
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
    assumptions: A,
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
    /// The language the file's words are written in (`"en-GB"` if not given). Version 4.
    language: Option<String>,
    /// The file's words in other languages, by language code. Version 4.
    translations: Option<UniqueMap<TranslationEntry>>,
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
    /// What the workshop's own description of the lever promises, replacing the model's.
    /// Version 3.
    claims: Option<Vec<Claim>>,
}

/// The assumptions of workshop format versions 1 and 2 (the first model): each optional, the
/// rest at the first model's defaults, read now through [`legacy::assumption`].
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct AssumptionsV2 {
    base_year: Option<i32>,
    horizon_years: Option<u32>,
    base_budget: Option<f64>,
    grant_share: Option<f64>,
    fees_share: Option<f64>,
    general_inflation: Option<f64>,
    tax_base_growth: Option<f64>,
    demographic_growth: Option<f64>,
    cost_inflation: Option<f64>,
    opening_reserves: Option<f64>,
    prudent_minimum: Option<f64>,
    reserves_ceiling: Option<f64>,
    max_in_year_cuts: Option<f64>,
    opening_adoption: Option<f64>,
    opening_expectation: Option<f64>,
    opening_capacity: Option<f64>,
    crisis_escalation: Option<f64>,
    prevention_yield: Option<f64>,
    coproduction_saving: Option<f64>,
    capacity_building: Option<f64>,
    capacity_decay: Option<f64>,
    expectation_delay: Option<f64>,
    prevention_delay: Option<f64>,
    restructuring_delay: Option<f64>,
}

impl AssumptionsV2 {
    /// The figures given, by id, in [`legacy::V2_ASSUMPTIONS`] order.
    fn given(&self) -> Vec<(&'static str, f64)> {
        let all = [
            self.base_budget,
            self.grant_share,
            self.fees_share,
            self.general_inflation,
            self.tax_base_growth,
            self.demographic_growth,
            self.cost_inflation,
            self.opening_reserves,
            self.prudent_minimum,
            self.reserves_ceiling,
            self.max_in_year_cuts,
            self.opening_adoption,
            self.opening_expectation,
            self.opening_capacity,
            self.crisis_escalation,
            self.prevention_yield,
            self.coproduction_saving,
            self.capacity_building,
            self.capacity_decay,
            self.expectation_delay,
            self.prevention_delay,
            self.restructuring_delay,
        ];
        legacy::V2_ASSUMPTIONS
            .into_iter()
            .zip(all)
            .filter_map(|(id, v)| Some((id, v?)))
            .collect()
    }
}

/// A workshop file of version 1 or 2 in version 3's shape, and what was changed to read it so.
fn upgrade(old: WorkshopFile<AssumptionsV2>) -> (WorkshopFile<Assumptions>, Vec<String>) {
    let mut notes = vec![legacy::read_as(
        super::FileKind::Workshop,
        old.version,
        WORKSHOP_VERSION,
    )];
    let mut a = Assumptions::default();
    if let Some(y) = old.assumptions.base_year {
        a.base_year = y;
    }
    if let Some(h) = old.assumptions.horizon_years {
        a.horizon_years = h;
    }
    let delay = old
        .assumptions
        .prevention_delay
        .unwrap_or(a.prevention_delay);
    for (id, value) in old.assumptions.given() {
        if let Some(c) = legacy::assumption(id, value, delay) {
            a.set(c.id, c.value);
            notes.extend(c.note);
        }
    }
    let budget = a.base_budget;
    let mut sources = old.sources;
    if let Some(source) = sources.0.remove("prevention_yield") {
        sources.0.insert("prevention_return".into(), source);
    }
    let uncertain = old
        .uncertain
        .into_iter()
        .map(|u| {
            match (
                legacy::assumption(&u.assumption, u.low, delay),
                legacy::assumption(&u.assumption, u.high, delay),
            ) {
                (Some(low), Some(high)) => {
                    notes.extend(legacy::range_note(
                        &u.assumption,
                        (u.low, &low),
                        (u.high, &high),
                    ));
                    Uncertain {
                        assumption: low.id.to_owned(),
                        low: low.value,
                        high: high.value,
                    }
                }
                _ => u,
            }
        })
        .collect();

    // Money levers: every value given in £m a year becomes a share of the budget.
    let mut scenarios = old.scenarios;
    let mut converted = Vec::new();
    for s in &mut scenarios {
        converted.extend(s.convert_money_levers(budget));
    }
    let mut levers = old.levers;
    for (id, o) in levers.0.iter_mut() {
        if legacy::is_money_lever(id) {
            for v in [&mut o.min, &mut o.max, &mut o.default]
                .into_iter()
                .flatten()
            {
                converted.push((id.clone(), *v, legacy::share_of_budget(*v, budget)));
                *v = legacy::share_of_budget(*v, budget);
            }
            for b in &mut o.bands {
                b.from = legacy::share_of_budget(b.from, budget);
                b.to = legacy::share_of_budget(b.to, budget);
            }
        }
    }
    let mut stages = old.stages;
    for stage in stages.iter_mut().flatten() {
        if let Some(target) = stage.challenge_target_mut()
            && let Some(rewritten) = legacy::rewrite_target(target, budget)
        {
            notes.push(format!(
                "The challenge \"{target}\" now reads \"{rewritten}\" (money levers as a share of the budget)"
            ));
            *target = rewritten;
        }
    }
    notes.extend(legacy::money_note(&converted, budget));
    notes.extend(stretch_to_hold(&mut levers, &scenarios));

    let file = WorkshopFile {
        format: old.format,
        version: WORKSHOP_VERSION,
        id: old.id,
        title: old.title,
        organisation: old.organisation,
        author: old.author,
        description: old.description,
        audience: old.audience,
        assumptions: a,
        sources,
        uncertain,
        levers,
        scenarios,
        stages,
        map: old.map,
        language: old.language,
        translations: old.translations,
    };
    (file, notes)
}

/// Where a scenario, default or band of an older file lies outside this model's slider but
/// within the lever's physical range (a slider that has since narrowed), stretch the
/// workshop's slider to hold it, so that nothing the file says is lost; one note a lever
/// stretched.
fn stretch_to_hold(
    levers: &mut UniqueMap<LeverOverride>,
    scenarios: &[ScenarioEntry],
) -> Vec<String> {
    let mut reach: BTreeMap<usize, (f64, f64)> = BTreeMap::new();
    let mut hold = |id: &str, v: f64| {
        if let Ok(lever) = LeverId::new(id)
            && v.is_finite()
        {
            let e = reach.entry(lever.index()).or_insert((v, v));
            *e = (e.0.min(v), e.1.max(v));
        }
    };
    for s in scenarios {
        for (id, v) in s.lever_values() {
            hold(id, v);
        }
    }
    // The file's own defaults and bands, which may run to the ends of its older ranges.
    for (id, o) in &levers.0 {
        for v in o
            .default
            .into_iter()
            .chain(o.bands.iter().flat_map(|b| [b.from, b.to]))
        {
            hold(id, v);
        }
    }
    let mut notes = Vec::new();
    for (i, (low, high)) in reach {
        let spec = &LEVER_SPECS[i];
        let o = levers.0.entry(spec.id.to_owned()).or_default();
        let (min, max) = (o.min.unwrap_or(spec.min), o.max.unwrap_or(spec.max));
        let (limit_low, limit_high) = spec.limits;
        let new_min = if low < min && low >= limit_low {
            low
        } else {
            min
        };
        let new_max = if high > max && high <= limit_high {
            high
        } else {
            max
        };
        if (new_min, new_max) != (min, max) {
            o.min = Some(new_min);
            o.max = Some(new_max);
            notes.push(format!(
                "{}'s slider now runs from {} to {}, to hold the file's scenarios",
                spec.label,
                crate::present::format::with_unit(new_min, spec.unit),
                crate::present::format::with_unit(new_max, spec.unit)
            ));
        }
    }
    notes
}

/// Features of version 3 given in an older file: each refused at its place.
fn newer_features(old: &WorkshopFile<AssumptionsV2>, report: &mut Report) {
    for (id, o) in &old.levers.0 {
        if o.claims.is_some() {
            report.label(
                &[Seg::Field("levers"), Seg::Key(id), Seg::Field("claims")],
                crate::t!("file-new-in-3", field = "claims"),
            );
        }
        for (i, b) in o.bands.iter().enumerate() {
            if b.limit.is_some() {
                report.label(
                    &[
                        Seg::Field("levers"),
                        Seg::Key(id),
                        Seg::Field("bands"),
                        Seg::Index(i),
                        Seg::Field("limit"),
                    ],
                    crate::t!("file-new-in-3-band"),
                );
            }
        }
    }
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
    let mut report = Report::new(&doc);
    // The version is read from the text's structure to choose the shape to parse; a file too
    // broken to tell is parsed as the newest, whose parser says what is wrong.
    let (raw, migration) = match doc.top_integer("version") {
        Some(v @ (1 | 2)) => {
            let old: WorkshopFile<AssumptionsV2> = read::parse(&doc)?;
            debug_assert_eq!(u64::from(old.version), v);
            newer_features(&old, &mut report);
            let (raw, notes) = upgrade(old);
            (raw, notes)
        }
        _ => (read::parse::<WorkshopFile<Assumptions>>(&doc)?, Vec::new()),
    };
    let version = doc
        .top_integer("version")
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(raw.version);
    kind::check_format(
        &mut report,
        FileKind::Workshop,
        &raw.format,
        version,
        WORKSHOP_VERSION,
    );
    if let Some(bad) = raw.id.problem() {
        report.value(&[Seg::Field("id")], bad.to_string());
    }
    report.line(&[Seg::Field("title")], &raw.title, "the workshop's title");
    for (field, text) in [("organisation", &raw.organisation), ("author", &raw.author)] {
        report.one_line(&[Seg::Field(field)], text, &format!("`{field}`"));
    }
    if let Some(audience) = &raw.audience {
        report.one_line(&[Seg::Field("audience")], audience, "`audience`");
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
        // Every problem of this scenario lies within it.
        report.scope(Some(report.doc.value(&path)));
        s.check(&path, &levers, &mut report);
        if s.id.problem().is_none()
            && let Some(twice) = ids.repeat(s.id.text())
        {
            report.value(&[path[0], path[1], Seg::Field("id")], twice);
        }
    }
    report.scope(None);

    check_map(&raw.map, &mut report);

    // Version 1 had no stages and no audience: it reads as version 2 with neither.
    if version == 1 {
        for (field, given) in [
            ("audience", raw.audience.is_some()),
            ("stages", raw.stages.is_some()),
        ] {
            if given {
                report.label(
                    &[Seg::Field(field)],
                    crate::t!("file-new-in-2", field = field),
                );
            }
        }
    }

    // Stages.
    let scenario_ids: Vec<&str> = raw.scenarios.iter().map(|s| s.id.text()).collect();
    let cx = stage::Context {
        levers: levers.clone().into(),
        assumptions: std::sync::Arc::new(raw.assumptions.clone()),
        scenarios: &scenario_ids,
    };
    let stages = stage::check_stages(raw.stages.unwrap_or_default(), &cx, &mut report);

    // Languages (version 4): refused in an older file, where an older Jaws would read them as
    // mistakes; checked against the stages, levers and scenarios read above.
    if version < 4 {
        for (field, given) in [
            ("language", raw.language.is_some()),
            ("translations", raw.translations.is_some()),
        ] {
            if given {
                report.label(
                    &[Seg::Field(field)],
                    crate::t!(
                        "file-new-in-4",
                        field = field,
                        version = version.to_string()
                    ),
                );
            }
        }
    }
    let language = translation::own_language(raw.language.as_deref(), &mut report);
    let translations = translation::check(
        raw.translations.unwrap_or_default(),
        &translation::Context {
            own: language,
            stages: &stages,
            levers: &levers,
            scenarios: &scenario_ids,
        },
        &mut report,
    );

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
        language,
        translations,
        migration,
        council: None,
    })
}

/// What `sources` may name: an assumption, or the schedules (the MTFS years).
fn is_assumption(id: &str) -> bool {
    ["base_year", "horizon_years", "schedule"].contains(&id) || assumption_spec(id).is_some()
}

/// The assumptions, where their sources come from, and their uncertain ranges.
fn check_assumptions(raw: &WorkshopFile<Assumptions>, report: &mut Report) {
    for (id, message) in raw.assumptions.problems() {
        report.label(&[Seg::Field("assumptions"), Seg::Field(id)], message);
    }
    for key in raw.sources.0.keys() {
        if !is_assumption(key) {
            report.label(
                &[Seg::Field("sources"), Seg::Key(key)],
                crate::t!("file-source-unknown-assumption", id = key.as_str()),
            );
        }
    }
    let mut uncertain = std::collections::HashSet::new();
    for (i, u) in raw.uncertain.iter().enumerate() {
        let path = [
            Seg::Field("uncertain"),
            Seg::Index(i),
            Seg::Field("assumption"),
        ];
        if assumption_spec(&u.assumption).is_none() {
            report.value(
                &path,
                crate::t!("file-uncertain-unknown", id = u.assumption.as_str()),
            );
            continue;
        }
        // Were one given twice, the later range would silently win.
        if !uncertain.insert(u.assumption.as_str()) {
            report.value(
                &path,
                crate::t!("file-uncertain-twice", id = u.assumption.as_str()),
            );
            continue;
        }
        let mut probe = raw.assumptions.clone();
        for v in [u.low, u.high] {
            probe.set(&u.assumption, v);
            let ordered = u.low <= u.high;
            if !ordered || probe.problems().iter().any(|(id, _)| *id == u.assumption) {
                report.value(
                    &path,
                    crate::t!(
                        "file-uncertain-range",
                        low = shown_number(u.low),
                        high = shown_number(u.high),
                        id = u.assumption.as_str()
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
            let at = [path[0], path[1], Seg::Field("label")];
            report.line(&at, v, &crate::t!("file-lever-label", id = id.as_str()));
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
        let n = shown_number;
        if let Some(claims) = &o.claims {
            l.claims = claims.clone();
            for (k, c) in claims.iter().enumerate() {
                if c.from < 1 || c.to.is_some_and(|to| to < c.from) {
                    report.label(
                        &[path[0], path[1], Seg::Field("claims"), Seg::Index(k)],
                        format!(
                            "a claim's years count from 1 and end no earlier than they start; this one says from year {} to {}",
                            c.from,
                            c.to.map_or("the end".to_owned(), |t| format!("year {t}"))
                        ),
                    );
                }
            }
        }
        let (lowest, highest) = l.limits;
        let beyond: Vec<String> = [("min", o.min), ("max", o.max), ("default", o.default)]
            .into_iter()
            .filter_map(|(field, v)| {
                let v = v?;
                (v.is_finite() && !(lowest..=highest).contains(&v))
                    .then(|| format!("{field} {}", n(v)))
            })
            .collect();
        if !beyond.is_empty() {
            // The physical range: a workshop may narrow a lever, never stretch it past this.
            report.label(
                &path,
                crate::t!(
                    "file-lever-beyond",
                    id = id.as_str(),
                    lowest = crate::present::format::with_unit(lowest, &l.unit),
                    highest = crate::present::format::with_unit(highest, &l.unit),
                    refused = beyond.join(&crate::i18n::tr("file-and"))
                ),
            );
        } else if !(l.min.is_finite() && l.max.is_finite() && l.min < l.max) {
            report.label(
                &path,
                crate::t!(
                    "file-lever-min-max",
                    id = id.as_str(),
                    min = n(l.min),
                    max = n(l.max)
                ),
            );
        } else if !(l.default >= l.min && l.default <= l.max) {
            report.label(
                &path,
                crate::t!(
                    "file-lever-default",
                    id = id.as_str(),
                    default = n(l.default),
                    min = n(l.min),
                    max = n(l.max)
                ),
            );
        }
        check_bands(id, l, report);
    }
    levers
}

/// A lever's bands: each labelled, within the lever's range, and none overlapping another
/// (one may start where another ends), so that a setting falls in at most one.
fn check_bands(id: &str, l: &Lever, report: &mut Report) {
    let n = shown_number;
    let band = |k: usize, field: &'static str| {
        [
            Seg::Field("levers"),
            Seg::Key(id),
            Seg::Field("bands"),
            Seg::Index(k),
            Seg::Field(field),
        ]
    };
    let mut placed: Vec<(usize, &Band)> = Vec::new();
    for (k, b) in l.bands.iter().enumerate() {
        report.line(
            &band(k, "label"),
            &b.label,
            &crate::t!("file-band-label", id = id),
        );
        if !(b.from < b.to && b.from >= l.min && b.to <= l.max) {
            report.value(
                &band(k, "from"),
                crate::t!(
                    "file-band-within",
                    id = id,
                    band = b.label.as_str(),
                    from = n(b.from),
                    to = n(b.to),
                    min = n(l.min),
                    max = n(l.max)
                ),
            );
        } else {
            placed.push((k, b));
        }
    }
    // In order along the lever, each must start at or after the end of every one before.
    placed.sort_by(|a, b| a.1.from.total_cmp(&b.1.from));
    // The band reaching furthest so far along the lever.
    let mut reach: Option<&Band> = None;
    for &(k, after) in &placed {
        if let Some(before) = reach
            && after.from < before.to
        {
            report.value(
                &band(k, "from"),
                crate::t!(
                    "file-band-overlaps",
                    id = id,
                    band = after.label.as_str(),
                    from = n(after.from),
                    to = n(after.to),
                    other = before.label.as_str(),
                    other_from = n(before.from),
                    other_to = n(before.to)
                ),
            );
        }
        if reach.is_none_or(|r| after.to > r.to) {
            reach = Some(after);
        }
    }
}

/// The framework map's positions: only stocks and flows, each clear of the domains' regions.
/// Keys are placed at the key, coordinates at the number.
fn check_map(map: &UniqueMap<(f32, f32)>, report: &mut Report) {
    let central: Vec<&str> = NODES.iter().map(|n| n.id).collect();
    for (id, &(x, y)) in &map.0 {
        let key = [Seg::Field("map"), Seg::Key(id)];
        if !central.contains(&id.as_str()) {
            let message = if LeverId::new(id).is_ok() {
                crate::t!(
                    "file-map-lever",
                    id = id.as_str(),
                    nodes = central.join(", ")
                )
            } else {
                crate::t!(
                    "file-map-no-node",
                    id = id.as_str(),
                    guess = did_you_mean(id, central.iter().copied()),
                    nodes = central.join(", ")
                )
            };
            report.label(&key, message);
            continue;
        }
        for (item, axis, v, range, across) in [
            (0, "x", x, &MAP_X, "file-map-across"),
            (1, "y", y, &MAP_Y, "file-map-down"),
        ] {
            if !(v.is_finite() && range.contains(&v)) {
                report.value(
                    &[key[0], key[1], Seg::Index(item)],
                    crate::t!(
                        "file-map-outside",
                        id = id.as_str(),
                        axis = axis,
                        value = shown_number(v),
                        from = range.start().to_string(),
                        to = range.end().to_string(),
                        across = crate::i18n::tr(across)
                    ),
                );
            }
        }
    }
}
