//! What the views show that is worked out from the session: projections, the compared
//! scenarios and where their levers differ, the stage's challenge judged, the tornado, the
//! map's link strengths, the uncertainty bands and the replay's frames. Each part is worked out
//! here when its own inputs change, never by a view and never on a frame where nothing moved.

use super::bands::BandWorker;
use super::history::Snapshot;
use crate::council::compare::gap_share_of_budget;
use crate::council::{Council, calibrate};
use crate::model::loops::{self, RankedLoop};
use crate::model::sensitivity::{TornadoBar, tornado};
use crate::model::sweep::{Bands, Uncertain, bands};
use crate::model::target::ConditionOutcome;
use crate::model::{
    ASSUMPTION_SPECS, Assumptions, Headlines, Lever, LeverValues, Projection, influence, simulate,
};
use crate::workshop::Stage;

/// How strongly the drivers act on each other in the map's year.
#[derive(Clone, Debug)]
pub struct MapAnalysis {
    /// Each declared link's effect (`influence::Nudge::Relative`), in `LINKS` order.
    pub effects: Vec<f64>,
    /// Each link's share of the influence on its target, 0..1.
    pub shares: Vec<f64>,
    /// Every feedback loop, strongest first.
    pub loops: Vec<RankedLoop>,
}

/// One scenario on the compare view, projected with the assumptions as they stand.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub id: String,
    pub name: String,
    pub levers: LeverValues,
    pub projection: Projection,
    pub headlines: Headlines,
}

/// A council on the compare view's councils chart: the levers as they stand, on its figures.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparedCouncil {
    /// Its name; `None` for the figures in use when no council is (the workshop's own).
    pub name: Option<String>,
    /// Its base-year budget, £m: what its gap is a share of.
    pub budget: f64,
    /// Each year's gap as a % of that budget, `(year, %)`.
    pub share: Vec<[f64; 2]>,
}

/// The challenge of the stage on screen, judged against the levers as they stand.
#[derive(Clone, Debug, PartialEq)]
pub struct JudgedChallenge {
    /// Met or not; `None` when it cannot be judged over the years now set.
    pub met: Option<bool>,
    /// How each condition fares; `None` when it cannot be judged.
    pub outcomes: Option<Vec<ConditionOutcome>>,
}

/// Everything `Derived::refresh` reads. Built by `AppState::derive` from the session.
pub(crate) struct Inputs<'a> {
    pub assumptions: &'a Assumptions,
    pub levers: &'a LeverValues,
    /// The baseline scenario's levers.
    pub baseline: Option<LeverValues>,
    /// The compared scenarios: id, name, levers.
    pub compared: Vec<(&'a str, &'a str, LeverValues)>,
    /// The stage on screen while presenting.
    pub stage: Option<&'a Stage>,
    /// Whether the analyse view (and so the tornado) is on screen.
    pub analyse: bool,
    /// The map's year, while the map is on screen.
    pub map_year: Option<usize>,
    /// Whether the jaws chart shows uncertainty bands.
    pub uncertainty: bool,
    pub uncertain: &'a [Uncertain],
    pub lever_specs: &'a [Lever],
    /// A replay under way: from, to, and how far through (0..1).
    pub replay: Option<(&'a Snapshot, &'a Snapshot, f64)>,
    /// The name of the council the assumptions start from, if any.
    pub council: Option<&'a str>,
    /// Other councils to set beside it on the compare view, each started from its own figures
    /// over `workshop_assumptions` (as importing it would), with the workshop's default levers.
    pub other_councils: &'a [Council],
    pub workshop_assumptions: &'a Assumptions,
    pub workshop_levers: LeverValues,
}

/// Results the views read. See the module documentation.
pub struct Derived {
    /// The levers as they stand, projected.
    pub projection: Projection,
    /// The baseline scenario ("compare with"), projected.
    pub baseline: Option<Projection>,
    /// The scenarios on the compare view, in order.
    pub compared: Vec<Compared>,
    /// The levers on which the compared scenarios differ, in catalogue order.
    pub differing: Vec<usize>,
    /// The challenge of the stage on screen, while presenting one that has a challenge.
    pub challenge: Option<JudgedChallenge>,
    /// What matters most to the final-year gap, while the analyse view is shown.
    pub tornado: Option<Vec<TornadoBar>>,
    /// Link effects, shares and ranked loops for the map's year, while the map is shown.
    pub map: Option<MapAnalysis>,
    /// Percentile bands of demand and resources over the workshop's uncertain assumptions,
    /// for the current levers; `None` when hidden or the workshop names no uncertainty.
    pub bands: Option<Bands>,
    /// The frame of the replay animation now showing, while a replay runs.
    pub replay_frame: Option<Projection>,
    /// The councils side by side on the compare view, the one in use first; empty unless
    /// other councils are chosen.
    pub councils: Vec<ComparedCouncil>,
    /// The other councils' assumptions, started from their figures, in their order.
    council_assumptions: Vec<Assumptions>,
    /// Works the bands out off the UI thread. `None`: worked out at once (tests, benchmarks
    /// of the model), which is simpler and deterministic.
    band_worker: Option<BandWorker>,
    /// Which request the shown bands answer, and the latest request; they differ while new
    /// bands are being worked out (the chart marks them as updating).
    bands_for: u64,
    bands_wanted: u64,
    /// Why the worker could not work bands out, until the app has told the room.
    band_failure: Option<String>,
    seen: Seen,
}

/// The inputs each part was last worked out for. Assumptions and levers are tracked by
/// generation (bumped when they change), so the keys are cheap to keep and compare.
#[derive(Default)]
struct Seen {
    assumptions: Option<Assumptions>,
    levers: Option<LeverValues>,
    assumptions_gen: u64,
    levers_gen: u64,
    projection: Option<(u64, u64)>,
    baseline: Option<(u64, Option<LeverValues>)>,
    compared: Option<(u64, Vec<LeverValues>)>,
    /// With the language: the outcomes are sentences for the facilitator.
    challenge: Option<(u64, u64, Option<String>, crate::i18n::Lang)>,
    tornado: Option<(u64, u64)>,
    map: Option<(u64, u64, usize)>,
    bands: Option<(u64, u64, bool)>,
    /// How far through the replay the frame is (as bits).
    replay: Option<u64>,
    /// The other councils and the workshop's assumptions they were started from over.
    calibrated: Option<(Vec<Council>, Assumptions, LeverValues)>,
    councils: Option<(u64, u64, Option<String>)>,
}

/// Futures for the bands: enough for steady 5th and 95th percentiles, few enough (about 2 ms
/// on two cores) to redo on every slider movement without a stutter.
const BAND_FUTURES: usize = 400;

impl Derived {
    /// Everything worked out for `inputs`.
    pub(crate) fn new(inputs: &Inputs<'_>) -> Derived {
        // The projection is worked out here; `refresh` sees it is current and does the rest.
        let seen = Seen {
            assumptions: Some(inputs.assumptions.clone()),
            levers: Some(*inputs.levers),
            assumptions_gen: 1,
            levers_gen: 1,
            projection: Some((1, 1)),
            ..Seen::default()
        };
        let mut d = Derived {
            projection: simulate(inputs.assumptions, inputs.levers),
            baseline: None,
            compared: Vec::new(),
            differing: Vec::new(),
            challenge: None,
            tornado: None,
            map: None,
            bands: None,
            replay_frame: None,
            councils: Vec::new(),
            council_assumptions: Vec::new(),
            band_worker: None,
            bands_for: 0,
            bands_wanted: 0,
            band_failure: None,
            seen,
        };
        d.refresh(inputs);
        d
    }

    /// Work out again each part whose inputs differ from last time; leave the rest.
    pub(crate) fn refresh(&mut self, i: &Inputs<'_>) {
        let seen = &mut self.seen;
        if seen.assumptions.as_ref() != Some(i.assumptions) {
            seen.assumptions = Some(i.assumptions.clone());
            seen.assumptions_gen += 1;
        }
        if seen.levers.as_ref() != Some(i.levers) {
            seen.levers = Some(*i.levers);
            seen.levers_gen += 1;
        }
        let (a, l) = (seen.assumptions_gen, seen.levers_gen);

        if seen.projection != Some((a, l)) {
            seen.projection = Some((a, l));
            self.projection = simulate(i.assumptions, i.levers);
        }

        if seen.baseline.as_ref() != Some(&(a, i.baseline)) {
            seen.baseline = Some((a, i.baseline));
            self.baseline = i.baseline.map(|v| simulate(i.assumptions, &v));
        }

        // Projections depend on the levers alone; names and ids are refreshed every time, so
        // renaming a scenario runs nothing.
        let compared_levers: Vec<LeverValues> = i.compared.iter().map(|c| c.2).collect();
        if seen
            .compared
            .as_ref()
            .is_none_or(|(g, v)| *g != a || *v != compared_levers)
        {
            self.compared = i
                .compared
                .iter()
                .map(|(id, name, v)| {
                    let projection = simulate(i.assumptions, v);
                    Compared {
                        id: id.to_string(),
                        name: name.to_string(),
                        levers: *v,
                        headlines: projection.headlines(),
                        projection,
                    }
                })
                .collect();
            self.differing = differing(&compared_levers, i.lever_specs.len());
            seen.compared = Some((a, compared_levers));
        } else {
            for (c, (id, name, _)) in self.compared.iter_mut().zip(&i.compared) {
                if c.id != *id || c.name != *name {
                    c.id = id.to_string();
                    c.name = name.to_string();
                }
            }
        }

        let stage_id = i.stage.map(|s| s.id.as_str());
        let spoken = crate::i18n::lang();
        if seen.challenge.as_ref().is_none_or(|(ga, gl, id, said)| {
            (*ga, *gl, id.as_deref(), *said) != (a, l, stage_id, spoken)
        }) {
            self.challenge = i.stage.and_then(|s| {
                let c = s.challenge.as_ref()?;
                Some(JudgedChallenge {
                    met: c.is_met(&self.projection, i.levers),
                    outcomes: c.assess(&self.projection, i.levers),
                })
            });
            seen.challenge = Some((a, l, stage_id.map(str::to_string), spoken));
        }

        let tornado_key = i.analyse.then_some((a, l));
        if seen.tornado != tornado_key {
            seen.tornado = tornado_key;
            self.tornado = i
                .analyse
                .then(|| tornado(i.assumptions, i.uncertain, i.levers, i.lever_specs));
        }

        let map_key = i.map_year.map(|y| (a, l, y));
        if seen.map != map_key {
            seen.map = map_key;
            self.map = i
                .map_year
                .map(|year| map_analysis(i.assumptions, i.levers, year));
        }

        let replay_key = i.replay.map(|(_, _, t)| t.to_bits());
        if seen.replay != replay_key {
            seen.replay = replay_key;
            self.replay_frame = i.replay.map(|(from, to, t)| replay_frame(from, to, t));
        }

        // Calibrating a council solves for its MTFS years: done when the councils chosen (or
        // the workshop) change, not as the levers move.
        let calibrated_for = (i.other_councils, i.workshop_assumptions, &i.workshop_levers);
        if seen
            .calibrated
            .as_ref()
            .is_none_or(|(c, wa, wl)| (c.as_slice(), wa, wl) != calibrated_for)
        {
            self.council_assumptions = i
                .other_councils
                .iter()
                .map(|c| calibrate(c, i.workshop_assumptions, &i.workshop_levers).assumptions)
                .collect();
            seen.calibrated = Some((
                i.other_councils.to_vec(),
                i.workshop_assumptions.clone(),
                i.workshop_levers,
            ));
            seen.councils = None;
        }
        let councils_key = (a, l, i.council.map(str::to_string));
        if seen.councils.as_ref() != Some(&councils_key) {
            self.councils = if i.other_councils.is_empty() {
                Vec::new()
            } else {
                let ours = ComparedCouncil {
                    name: i.council.map(str::to_string),
                    budget: i.assumptions.base_budget,
                    share: gap_share_of_budget(&self.projection, i.assumptions.base_budget),
                };
                let others =
                    i.other_councils
                        .iter()
                        .zip(&self.council_assumptions)
                        .map(|(c, a)| ComparedCouncil {
                            name: Some(c.title()),
                            budget: a.base_budget,
                            share: gap_share_of_budget(&simulate(a, i.levers), a.base_budget),
                        });
                std::iter::once(ours).chain(others).collect()
            };
            seen.councils = Some(councils_key);
        }

        if seen.bands != Some((a, l, i.uncertainty)) {
            seen.bands = Some((a, l, i.uncertainty));
            self.request_bands(i);
        }
    }

    /// A new replay starts: its first frame is worked out at the next refresh, whatever the
    /// last one was.
    pub(crate) fn forget_replay(&mut self) {
        self.seen.replay = None;
        self.replay_frame = None;
    }

    fn request_bands(&mut self, i: &Inputs<'_>) {
        self.bands_wanted += 1;
        // Every assumption with a plausible range joins the workshop's own uncertain list.
        let none_uncertain =
            crate::model::sweep::uncertain_set(i.assumptions, i.uncertain).is_empty();
        if !i.uncertainty || none_uncertain {
            self.bands = None;
            self.bands_for = self.bands_wanted;
            return;
        }
        match &self.band_worker {
            Some(worker) => {
                let asked = worker.request(
                    self.bands_wanted,
                    i.assumptions,
                    i.uncertain,
                    i.levers,
                    BAND_FUTURES,
                );
                if !asked {
                    // The worker has gone: none are coming, so none are "updating".
                    self.bands = None;
                    self.bands_for = self.bands_wanted;
                    self.band_failure = Some("the uncertainty worker has stopped".into());
                }
            }
            None => {
                self.bands = Some(bands(i.assumptions, i.uncertain, i.levers, BAND_FUTURES, 1));
                self.bands_for = self.bands_wanted;
            }
        }
    }

    /// Work bands out on a background thread from now on (the real window does this); the
    /// next refresh asks it for the bands of the levers as they stand.
    pub(crate) fn use_band_worker(&mut self, worker: Option<BandWorker>) {
        self.band_worker = Some(worker.unwrap_or_else(BandWorker::spawn));
        self.seen.bands = None;
    }

    /// Hand the band worker on (to the session on another workshop).
    pub(crate) fn take_band_worker(&mut self) -> Option<BandWorker> {
        self.band_worker.take()
    }

    /// Take finished bands from the worker. Returns whether newer ones are still coming.
    pub(crate) fn collect_bands(&mut self, shown: bool) -> bool {
        if let Some((generation, answer)) = self.band_worker.as_ref().and_then(BandWorker::poll)
            && generation > self.bands_for
        {
            match answer {
                Ok(b) => self.bands = shown.then_some(b),
                Err(why) => {
                    self.bands = None;
                    self.band_failure = Some(why);
                }
            }
            self.bands_for = generation;
        }
        self.bands_stale(shown)
    }

    /// Why the bands last asked for could not be worked out, once (the app says so).
    pub(crate) fn take_band_failure(&mut self) -> Option<String> {
        self.band_failure.take()
    }

    /// Whether the bands shown belong to an earlier change (new ones are on their way).
    pub(crate) fn bands_stale(&self, shown: bool) -> bool {
        shown && self.bands_for != self.bands_wanted
    }
}

/// The levers (by index) on which any of `values` differs from the first.
fn differing(values: &[LeverValues], count: usize) -> Vec<usize> {
    let Some(first) = values.first() else {
        return Vec::new();
    };
    (0..count)
        .filter(|&i| values.iter().any(|v| (v.0[i] - first.0[i]).abs() > 1e-9))
        .collect()
}

/// Link strengths and ranked loops in `year`. Under a millisecond.
fn map_analysis(a: &Assumptions, levers: &LeverValues, year: usize) -> MapAnalysis {
    let effects = influence::link_effects(a, levers, year, influence::Nudge::Relative);
    let shares = influence::link_shares(&effects);
    let loops = loops::ranked_loops_with(&shares);
    MapAnalysis {
        effects,
        shares,
        loops,
    }
}

/// The replay animation's frame `t` (0..1) of the way from `from` to `to`.
fn replay_frame(from: &Snapshot, to: &Snapshot, t: f64) -> Projection {
    // Ease in and out so the room sees the start and the end of the move.
    let t = t * t * (3.0 - 2.0 * t);
    let mut levers = from.levers;
    for (v, to) in levers.0.iter_mut().zip(to.levers.0) {
        *v += (to - *v) * t;
    }
    let mut a = to.assumptions.clone();
    if from.assumptions.horizon_years == a.horizon_years
        && from.assumptions.base_year == a.base_year
    {
        for spec in ASSUMPTION_SPECS {
            let start = from.assumptions.get(spec.id).unwrap_or_default();
            let end = a.get(spec.id).unwrap_or_default();
            a.set(spec.id, start + (end - start) * t);
        }
    }
    simulate(&a, &levers)
}
