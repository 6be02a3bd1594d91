//! Random well-formed workshop files with random values in every field (NaN, ±inf, ±1e308,
//! control characters, blank and enormous text, huge counts, ids that break the rules): `check`
//! either refuses the file with located problems, or accepts it, and then projecting,
//! sweeping, seeking and exporting all succeed with finite numbers. Never a panic, never a
//! hang past a few seconds.

use std::collections::BTreeMap;
use std::time::Duration;

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde::Serialize;

use jaws::export::{self, Chart, ChartKind, ChartSize, Series};
use jaws::model::seek::seek;
use jaws::model::sweep::sweep;
use jaws::model::target::Goal;
use jaws::model::{ASSUMPTION_SPECS, LEVER_SPECS, Projection, simulate};
use jaws::workshop::{Problems, Workshop, parse_workshop};

/// Lever ranges a file gives are drawn only within each lever's range in the model's
/// catalogue, plus values that are not numbers at all. Ranges the model cannot bear (a
/// council tax rise of 1e308%) still pass `check` until every lever has a physical range
/// that files may narrow but not widen (issue 11, item 8, with the model); set this to true
/// then, and this test asks that those be refused too.
const LEVER_RANGES_BEYOND_THE_MODEL: bool = false;

// ---------------------------------------------------------------------------- the shapes

#[derive(Serialize, Debug, Clone)]
struct WorkshopW {
    format: String,
    version: u32,
    id: String,
    title: String,
    organisation: String,
    author: String,
    description: String,
    audience: Option<String>,
    assumptions: AssumptionsW,
    sources: BTreeMap<String, String>,
    uncertain: Vec<UncertainW>,
    levers: BTreeMap<String, LeverW>,
    scenarios: Vec<ScenarioW>,
    stages: Vec<StageW>,
    map: BTreeMap<String, (f32, f32)>,
}

/// The assumptions as a file writes them: `(base_year: 2026, base_budget: 750.0, ...)`.
#[derive(Debug, Clone)]
struct AssumptionsW(BTreeMap<&'static str, Num>);

impl Serialize for AssumptionsW {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Assumptions", self.0.len())?;
        for (k, v) in &self.0 {
            out.serialize_field(k, v)?;
        }
        out.end()
    }
}

/// A number as a file may write it: a whole number where one is due.
#[derive(Serialize, Debug, Clone, Copy)]
#[serde(untagged)]
enum Num {
    Whole(i64),
    Real(f64),
}

#[derive(Serialize, Debug, Clone)]
struct UncertainW {
    assumption: String,
    low: f64,
    high: f64,
}

#[derive(Serialize, Debug, Clone)]
struct LeverW {
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    default: Option<f64>,
    bands: Vec<BandW>,
}

#[derive(Serialize, Debug, Clone)]
struct BandW {
    from: f64,
    to: f64,
    label: String,
}

#[derive(Serialize, Debug, Clone)]
struct ScenarioW {
    id: String,
    name: String,
    note: String,
    levers: BTreeMap<String, f64>,
}

#[derive(Serialize, Debug, Clone)]
struct StageW {
    id: String,
    title: String,
    narrative: String,
    talking_points: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scenario: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    visible: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unlocked: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    challenge: Option<ChallengeW>,
    minutes: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    predict: Option<String>,
}

#[derive(Serialize, Debug, Clone)]
struct ChallengeW {
    target: String,
    wording: String,
}

// ---------------------------------------------------------------------------- the values
//
// Each field is mostly good and now and then hostile, so that some files pass and every
// field is, across the cases, given everything.

/// One hostile value in this many.
const ODDS: u32 = 30;

/// Mostly `good`, now and then `hostile`.
fn mostly<T: std::fmt::Debug + Clone + 'static>(
    good: impl Strategy<Value = T> + 'static,
    hostile: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<T> {
    prop_oneof![ODDS => good, 1 => hostile].boxed()
}

/// Numbers that break things.
fn hostile_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => prop::sample::select(vec![
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e308,
            -1e308,
            f64::MAX,
            f64::MIN_POSITIVE,
            -0.0,
            -1.0,
            1e15,
            -1e15,
        ]),
        1 => any::<f64>(),
    ]
}

/// Within a lever's range in the catalogue, or not a number at all (or, when the model bears
/// them, anything).
fn lever_number(lever: usize) -> BoxedStrategy<f64> {
    let s = &LEVER_SPECS[lever];
    let hostile = if LEVER_RANGES_BEYOND_THE_MODEL {
        hostile_number().boxed()
    } else {
        prop::sample::select(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY]).boxed()
    };
    mostly(s.min..=s.max, hostile)
}

/// Text of every kind a file can hold: blank, control characters, line breaks, markup,
/// direction marks, very long.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_owned()),
        "[a-z]{1,5}[\\x00-\\x1f\\x7f\\x{80}-\\x{9f}][a-z]{0,5}",
        Just("two\nlines".to_owned()),
        Just("<script>&amp;\"quotes\"</script>".to_owned()),
        Just("\u{202e}reversed".to_owned()),
        "[a-z ]{500,2000}",
    ]
}

/// Ordinary words, now and then anything.
fn text() -> BoxedStrategy<String> {
    mostly("[A-Z][A-Za-z0-9 ,.'£&<>\"-]{0,30}", hostile_text())
}

/// An id for the `i`th thing: mostly `prefix-i`, now and then one that breaks the rule or is
/// used twice.
fn id(prefix: &'static str, i: usize) -> BoxedStrategy<String> {
    mostly(
        Just(format!("{prefix}-{i}")),
        prop::sample::select(vec![
            String::new(),
            "Has Spaces".to_owned(),
            "esc\u{1b}[31m\n/x:1:1: forged".to_owned(),
            "x".repeat(65),
            format!("{prefix}-0"),
        ]),
    )
}

fn lever_id() -> impl Strategy<Value = String> {
    mostly(
        (0..LEVER_SPECS.len()).prop_map(|i| LEVER_SPECS[i].id.to_owned()),
        prop::sample::select(vec!["financial".to_owned(), "no_such_lever".to_owned()]),
    )
}

fn assumption_ids() -> Vec<&'static str> {
    ["base_year", "horizon_years"]
        .into_iter()
        .chain(ASSUMPTION_SPECS.iter().map(|s| s.id))
        .collect()
}

/// A value for an assumption: within its range, now and then anything.
fn assumption_value(id: &'static str) -> BoxedStrategy<Num> {
    let whole = |range: std::ops::RangeInclusive<i64>| {
        mostly(
            range.prop_map(Num::Whole),
            prop_oneof![
                prop::sample::select(vec![0i64, -5, 100_000, i64::from(u32::MAX)])
                    .prop_map(Num::Whole),
                hostile_number().prop_map(Num::Real),
            ],
        )
    };
    match id {
        "base_year" => whole(1990..=2100),
        "horizon_years" => whole(5..=30),
        _ => {
            let spec = ASSUMPTION_SPECS.iter().find(|s| s.id == id).unwrap();
            mostly(
                (spec.min..=spec.max).prop_map(Num::Real),
                hostile_number().prop_map(Num::Real),
            )
        }
    }
}

fn assumptions() -> impl Strategy<Value = AssumptionsW> {
    prop::sample::subsequence(assumption_ids(), 0..6)
        .prop_flat_map(|ids| {
            let values: Vec<_> = ids
                .iter()
                .map(|&id| assumption_value(id).prop_map(move |v| (id, v)))
                .collect();
            values
        })
        .prop_map(|pairs| AssumptionsW(pairs.into_iter().collect()))
}

fn uncertain() -> impl Strategy<Value = UncertainW> {
    prop::sample::select(ASSUMPTION_SPECS.iter().map(|s| s.id).collect::<Vec<_>>())
        .prop_flat_map(|id| {
            let spec = ASSUMPTION_SPECS.iter().find(|s| s.id == id).unwrap();
            let value = mostly(spec.min..=spec.max, hostile_number());
            (Just(id), value.clone(), value)
        })
        .prop_map(|(id, a, b)| UncertainW {
            assumption: id.to_owned(),
            low: a.min(b),
            high: a.max(b),
        })
}

fn lever_override() -> impl Strategy<Value = (String, LeverW)> {
    (0..LEVER_SPECS.len()).prop_flat_map(|i| {
        let s = &LEVER_SPECS[i];
        let (lo, hi) = (s.min, s.max);
        let low = mostly(lo..=lo + 0.3 * (hi - lo), lever_number(i));
        let high = mostly(lo + 0.7 * (hi - lo)..=hi, lever_number(i));
        let band = (lever_number(i), lever_number(i), text()).prop_map(|(a, b, label)| BandW {
            from: a.min(b),
            to: a.max(b),
            label,
        });
        (
            prop::option::of(text()),
            prop::option::weighted(0.5, low),
            prop::option::weighted(0.5, high),
            prop::option::weighted(0.1, lever_number(i)),
            mostly(Just(Vec::new()), prop::collection::vec(band, 1..4)),
        )
            .prop_map(move |(label, min, max, default, bands)| {
                (
                    LEVER_SPECS[i].id.to_owned(),
                    LeverW {
                        label,
                        min,
                        max,
                        default,
                        bands,
                    },
                )
            })
    })
}

fn scenario(i: usize) -> impl Strategy<Value = ScenarioW> {
    (
        id("scenario", i),
        text(),
        text(),
        prop::sample::subsequence((0..LEVER_SPECS.len()).collect::<Vec<_>>(), 0..5),
        mostly(
            Just(Vec::new()),
            prop::collection::vec((lever_id(), hostile_number()), 1..2),
        ),
    )
        .prop_flat_map(|(id, name, note, chosen, odd)| {
            let settings: Vec<BoxedStrategy<(String, f64)>> = chosen
                .into_iter()
                .map(|l| {
                    lever_number(l)
                        .prop_map(move |v| (LEVER_SPECS[l].id.to_owned(), v))
                        .boxed()
                })
                .collect();
            (Just((id, name, note, odd)), settings)
        })
        .prop_map(|((id, name, note, odd), settings)| ScenarioW {
            id,
            name,
            note,
            levers: settings.into_iter().chain(odd).collect(),
        })
}

const TARGETS: &[&str] = &[
    "gap<=0",
    "gap<=0 by 2030 and reserves>=minimum",
    "council_tax_rise<=2.99 and gap<=0",
    "trust>=0.6",
];

const BAD_TARGETS: &[&str] = &["gap<=0 by 1900", "gap<=", "nonsense", ""];

fn lever_list() -> impl Strategy<Value = Option<Vec<String>>> {
    mostly(
        Just(None),
        prop::option::of(prop::collection::vec(lever_id(), 0..4)),
    )
}

fn stage(i: usize) -> impl Strategy<Value = StageW> {
    (
        (id("stage", i), text(), text()),
        prop::collection::vec(text(), 0..3),
        mostly(
            prop::option::of(Just("scenario-0".to_owned())),
            prop::option::of(id("scenario", 99)),
        ),
        (lever_list(), lever_list()),
        prop::option::of((
            mostly(
                prop::sample::select(TARGETS),
                prop::sample::select(BAD_TARGETS),
            ),
            text(),
        )),
        mostly(1..=120u32, prop::sample::select(vec![0u32, 121, u32::MAX])),
        mostly(Just(None), prop::option::of(text())),
    )
        .prop_map(
            |(
                (id, title, narrative),
                talking_points,
                scenario,
                (visible, unlocked),
                challenge,
                minutes,
                predict,
            )| {
                // A prompt needs something to reveal; a list of what is unlocked, levers on
                // screen: left to chance, now and then.
                StageW {
                    id,
                    title,
                    narrative,
                    talking_points,
                    predict: predict.filter(|_| scenario.is_some()),
                    scenario,
                    visible,
                    unlocked,
                    challenge: challenge.map(|(target, wording)| ChallengeW {
                        target: (*target).to_owned(),
                        wording,
                    }),
                    minutes,
                }
            },
        )
}

/// `n` things, the `i`th made by `one(i)`.
fn numbered<T: std::fmt::Debug + 'static, S: Strategy<Value = T> + 'static>(
    n: impl Strategy<Value = usize> + 'static,
    one: fn(usize) -> S,
) -> BoxedStrategy<Vec<T>> {
    n.prop_flat_map(move |n| (0..n).map(one).collect::<Vec<_>>())
        .boxed()
}

fn workshop() -> impl Strategy<Value = WorkshopW> {
    let map_number = mostly(
        0.3f32..0.7,
        prop::sample::select(vec![f32::NAN, f32::INFINITY, f32::MAX, -1.0]),
    );
    (
        (
            mostly(Just("jaws-workshop".to_owned()), text()),
            mostly(Just(2u32), prop::sample::select(vec![0u32, 1, 3])),
            id("workshop", 0),
        ),
        (
            mostly("[A-Z][A-Za-z0-9 ]{0,30}", hostile_text()),
            text(),
            text(),
            text(),
            prop::option::of(text()),
        ),
        assumptions(),
        prop::collection::btree_map(
            mostly(
                prop::sample::select(assumption_ids()).prop_map(str::to_owned),
                hostile_text(),
            ),
            text(),
            0..3,
        ),
        prop::collection::vec(uncertain(), 0..4),
        prop::collection::vec(lever_override(), 0..3),
        // Now and then a huge count: thousands of scenarios or stages.
        prop_oneof![
            12 => numbered(1..5usize, scenario),
            1 => numbered(1000..2000usize, scenario),
        ],
        prop_oneof![
            12 => numbered(0..5usize, stage),
            1 => numbered(1000..2000usize, stage),
        ],
        mostly(
            Just(BTreeMap::new()),
            prop::collection::btree_map(
                prop::sample::select(vec!["trust", "gap", "need", "co_production", "x"])
                    .prop_map(str::to_owned),
                (map_number.clone(), map_number),
                1..3,
            ),
        ),
    )
        .prop_map(
            |(
                (format, version, id),
                (title, organisation, author, description, audience),
                assumptions,
                sources,
                uncertain,
                levers,
                scenarios,
                stages,
                map,
            )| WorkshopW {
                format,
                version,
                id,
                title,
                organisation,
                author,
                description,
                audience,
                assumptions,
                sources,
                uncertain,
                levers: levers.into_iter().collect(),
                scenarios,
                stages,
                map,
            },
        )
}

// ---------------------------------------------------------------------------- the checks

/// Every figure of a projection is a number.
fn finite(what: &str, p: &Projection) -> Result<(), String> {
    let csv = export::csv::projection(p);
    for line in csv.lines().skip(1) {
        for cell in line.split(',') {
            match cell.parse::<f64>() {
                Ok(v) if v.is_finite() => {}
                _ => return Err(format!("{what}: `{cell}` in\n{line}")),
            }
        }
    }
    Ok(())
}

/// What a workshop that `check` accepted must bear.
fn use_it(w: &Workshop) -> Result<(), String> {
    let mut series = Vec::new();
    for s in w.scenarios.iter().take(8) {
        let v = w.values_for(s);
        let p = simulate(&w.assumptions, &v);
        finite(&format!("scenario {}", s.id), &p)?;
        series.push(Series {
            name: s.name.clone(),
            projection: p,
        });
    }
    let defaults = w.default_values();
    finite("defaults", &simulate(&w.assumptions, &defaults))?;
    for row in sweep(&w.assumptions, &w.uncertain, &defaults, 40, 7) {
        let cells = [row.gap_p5, row.gap_p50, row.gap_p95, row.below_minimum];
        if !cells.iter().all(|v| v.is_finite()) {
            return Err(format!("sweep: {row:?}"));
        }
    }
    let goal = Goal::parse(
        "gap<=0 and reserves>=minimum",
        &w.assumptions,
        &w.levers,
        None,
    )
    .map_err(|e| format!("target: {e}"))?;
    let movable = [0, 1, 2];
    let r = seek(
        &w.assumptions,
        &defaults,
        &w.levers,
        &goal,
        &movable,
        &mut |_| true,
    );
    if !r.levers.0.iter().all(|v| v.is_finite()) || !r.distance.is_finite() {
        return Err(format!("seek: {:?}", r.levers));
    }
    finite("seek", &r.projection)?;
    let small = ChartSize {
        width: 320,
        height: 240,
    };
    for &kind in ChartKind::all() {
        let chart = Chart::new(kind, &series, w.assumptions.base_year)
            .subtitle(w.title.clone())
            .size(small);
        let svg = export::render_svg(&chart).map_err(|e| format!("svg: {e}"))?;
        roxmltree::Document::parse(&svg).map_err(|e| format!("svg is not XML: {e}"))?;
        if kind == ChartKind::Jaws {
            export::render_png(&chart).map_err(|e| format!("png: {e}"))?;
        }
    }
    let csv = export::projection_csv(&series);
    if csv.is_empty() {
        return Err("empty CSV".into());
    }
    Ok(())
}

/// Refusals are placed inside the file, in words.
fn well_placed(text: &str, Problems(problems): &Problems) -> Result<(), String> {
    let lines = text.lines().count().max(1);
    if problems.is_empty() || problems.len() > 101 {
        return Err(format!("{} problems", problems.len()));
    }
    for p in problems {
        let line_text = text.lines().nth(p.line - 1).unwrap_or("");
        if p.line < 1 || p.line > lines || p.column < 1 || p.column > line_text.chars().count() + 1
        {
            return Err(format!("outside the file: {p}"));
        }
        if p.message.trim().is_empty() || p.message.chars().any(char::is_control) {
            return Err(format!("message: {p:?}"));
        }
    }
    Ok(())
}

#[test]
fn any_workshop_is_refused_in_place_or_works_throughout() {
    let config = Config {
        cases: 64,
        failure_persistence: None,
        ..Config::default()
    };
    proptest!(config, |(w in workshop(), compact in any::<bool>())| {
        let text = if compact {
            ron::to_string(&w).unwrap()
        } else {
            ron::ser::to_string_pretty(&w, ron::ser::PrettyConfig::new()).unwrap()
        };
        // On its own thread, so that a hang fails the test instead of holding it up.
        let (done, finished) = std::sync::mpsc::channel();
        let checked = text.clone();
        std::thread::spawn(move || {
            let outcome = match parse_workshop("random.ron", &checked) {
                Err(problems) => well_placed(&checked, &problems).map(|()| false),
                Ok(w) => use_it(&w).map(|()| true),
            };
            let _ = done.send(outcome);
        });
        match finished.recv_timeout(Duration::from_secs(60)) {
            Err(_) => prop_assert!(false, "took more than a minute:\n{text:.2000}"),
            Ok(Err(why)) => prop_assert!(false, "{why}\n{text:.3000}"),
            Ok(Ok(_accepted)) => {}
        }
    });
}

/// The property above is worth something only if its random workshops fall on both sides:
/// some read and used, some refused. About one in ten is accepted, so 64 random cases now and
/// then hold none; this is checked on a fixed draw instead, so it never fails by chance.
#[test]
fn the_random_workshops_are_sometimes_accepted_and_sometimes_refused() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{RngSeed, TestRunner};
    let mut runner = TestRunner::new(Config {
        rng_seed: RngSeed::Fixed(11),
        ..Config::default()
    });
    let strategy = workshop();
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..200 {
        let w = strategy.new_tree(&mut runner).unwrap().current();
        match parse_workshop("random.ron", &ron::to_string(&w).unwrap()) {
            Ok(_) => accepted += 1,
            Err(_) => refused += 1,
        }
    }
    assert!(
        accepted >= 5 && refused >= 5,
        "{accepted} accepted, {refused} refused"
    );
}
