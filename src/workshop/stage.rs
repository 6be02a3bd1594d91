//! Stages: the script of a facilitated workshop, one step of the session at a time.
//!
//! A stage says what the room sees (a view, a short narrative, which levers are on screen and
//! which it may move, a scenario to start from), what the facilitator has in hand (talking
//! points and a question for the room), how long it should take, and optionally a challenge
//! the screen marks as met or not met as the levers move, and "predict, then reveal".
//!
//! Stages are read from a workshop file (format version 2) by [`super::workshop_file`], checked
//! here against the workshop's levers, scenarios and assumptions, and are always valid once
//! built.

use std::collections::HashSet;
use std::fmt;
use std::sync::Arc;

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use super::ids::{Checked, Distinct, LeverId, StageId, did_you_mean, listed};
use super::read::{ReaderError, Report, Seg};
use crate::model::levers::{Domain, LEVER_COUNT};
use crate::model::target::{ConditionOutcome, Goal, Target, TargetError};
use crate::model::{Assumptions, LEVER_SPECS, Lever, LeverValues, Projection, lever_index};

/// Longest stage title, in characters: it is the heading on the projector.
pub const MAX_TITLE_CHARS: usize = 80;
/// Longest narrative, in characters: one to three sentences read from the back of a room.
pub const MAX_NARRATIVE_CHARS: usize = 300;
/// Longest challenge wording or predict prompt, in characters: one line on the screen.
pub const MAX_PROMPT_CHARS: usize = 200;
/// Longest suggested duration of one stage, in minutes.
pub const MAX_STAGE_MINUTES: u32 = 120;
/// Most scenarios the compare view draws at once.
pub const MAX_COMPARED: usize = 8;

/// Which view a stage shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StageView {
    /// The levers and the jaws chart.
    #[default]
    Explore,
    /// The four domains of drivers and the links between them.
    Map,
    /// What matters most (tornado) and what would it take (goal seek).
    Analyse,
    /// Scenarios side by side.
    Compare,
    /// "Our deal": the commitments the room agrees.
    Deal,
}

impl StageView {
    pub const ALL: [StageView; 5] = [
        StageView::Explore,
        StageView::Map,
        StageView::Analyse,
        StageView::Compare,
        StageView::Deal,
    ];

    /// The id written in workshop files (and `--view`).
    pub fn id(self) -> &'static str {
        match self {
            StageView::Explore => "explore",
            StageView::Map => "map",
            StageView::Analyse => "analyse",
            StageView::Compare => "compare",
            StageView::Deal => "deal",
        }
    }
}

/// A set of levers, by index in the catalogue: which a stage shows, or lets the room move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeverMask([bool; LEVER_COUNT]);

impl LeverMask {
    pub const ALL: LeverMask = LeverMask([true; LEVER_COUNT]);
    pub const NONE: LeverMask = LeverMask([false; LEVER_COUNT]);

    /// Whether the lever at `index` (in [`LEVER_SPECS`] order) is in the set.
    pub fn contains(&self, index: usize) -> bool {
        self.0.get(index).copied().unwrap_or(false)
    }

    /// Whether the lever with this id is in the set.
    pub fn contains_id(&self, id: &str) -> bool {
        lever_index(id).is_some_and(|i| self.0[i])
    }

    pub fn is_all(&self) -> bool {
        self.0.iter().all(|&b| b)
    }

    pub fn is_empty(&self) -> bool {
        !self.0.iter().any(|&b| b)
    }

    pub fn len(&self) -> usize {
        self.0.iter().filter(|&&b| b).count()
    }

    /// The levers in the set, in catalogue order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..LEVER_COUNT).filter(|&i| self.0[i])
    }

    /// Their ids, in catalogue order.
    pub fn ids(&self) -> Vec<&'static str> {
        self.indices().map(|i| LEVER_SPECS[i].id).collect()
    }

    fn insert(&mut self, index: usize) {
        self.0[index] = true;
    }
}

/// A target the room works towards during a stage, marked met or not met as levers move.
#[derive(Clone, Debug, PartialEq)]
pub struct Challenge {
    /// The target as written, in the language of `jaws seek` (docs/seek.md).
    pub target: String,
    /// What the screen says, in plain English.
    pub wording: String,
    /// The target checked against the workshop's assumptions and levers.
    goal: Goal,
    /// What is needed to judge it again if the room changes the years or the prudent minimum;
    /// the workshop's, shared by every stage's challenge rather than copied into each.
    parsed: Target,
    assumptions: Arc<Assumptions>,
    levers: Arc<[Lever]>,
}

impl Challenge {
    /// The target checked against the workshop as written: for goal seek ("what would it
    /// take?" with the stage's unlocked levers) and to list its conditions.
    pub fn goal(&self) -> &Goal {
        &self.goal
    }

    /// The target checked against other assumptions, as the room may have changed them (a
    /// new base year, horizon or prudent minimum). An error says why it cannot apply, for
    /// example a `by` year now outside the horizon.
    pub fn goal_for(&self, a: &Assumptions) -> Result<Goal, TargetError> {
        Goal::new(&self.parsed, a, &self.levers, None)
    }

    /// The goal that judges this projection: the workshop's own if the projection covers the
    /// same years with the same prudent minimum, else the target checked again for its years.
    fn goal_matching(&self, p: &Projection) -> Option<std::borrow::Cow<'_, Goal>> {
        let first = p.rows.first()?.year;
        let years = p.rows.len();
        if first == self.goal.base_year
            && years == self.goal.years
            && p.prudent_minimum == self.assumptions.prudent_minimum.max(0.0)
        {
            return Some(std::borrow::Cow::Borrowed(&self.goal));
        }
        let mut a = (*self.assumptions).clone();
        a.base_year = first;
        a.horizon_years = u32::try_from(years).ok()?;
        a.prudent_minimum = p.prudent_minimum;
        self.goal_for(&a).ok().map(std::borrow::Cow::Owned)
    }

    /// Whether the challenge is met by these levers and their projection; `None` when it
    /// cannot be judged on this projection (the room moved the years so that a year the
    /// challenge names is outside the horizon).
    pub fn is_met(&self, p: &Projection, v: &LeverValues) -> Option<bool> {
        Some(self.goal_matching(p)?.is_met(p, v))
    }

    /// How each condition fares (the worst year, how far short), for the facilitator's screen;
    /// `None` when it cannot be judged on this projection.
    /// In the language spoken now: the workshop's own goal was worded when it was read.
    pub fn assess(&self, p: &Projection, v: &LeverValues) -> Option<Vec<ConditionOutcome>> {
        let goal = match self.goal_matching(p)? {
            std::borrow::Cow::Borrowed(_) => self.goal_for(&self.assumptions).ok()?,
            std::borrow::Cow::Owned(goal) => goal,
        };
        Some(goal.assess(p, v))
    }
}

/// One stage of a facilitated workshop. Every id in it names something in its workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    /// Unique in the workshop; sessions and predictions can refer to it.
    pub id: String,
    /// The heading on screen.
    pub title: String,
    /// One to three sentences for the screen.
    pub narrative: String,
    /// For the facilitator only.
    pub talking_points: Vec<String>,
    /// The question to put to the room (facilitator only; may be empty).
    pub question: String,
    pub view: StageView,
    /// The levers on screen.
    pub visible: LeverMask,
    /// The levers the room may move: always among the visible ones. Visible levers that are
    /// not unlocked are shown but cannot be moved.
    pub unlocked: LeverMask,
    /// A scenario loaded as the stage opens, by id; `None` leaves the levers as they are.
    pub scenario: Option<String>,
    /// A scenario drawn faintly behind the curves for comparison, by id.
    pub baseline: Option<String>,
    /// Scenarios the compare view shows, by id (at most eight).
    pub compare: Vec<String>,
    pub challenge: Option<Challenge>,
    /// Suggested duration, in minutes (at least 1).
    pub minutes: u32,
    /// "Predict, then reveal": the question the room answers before it sees. The chart keeps
    /// the stage's change (the scenario it loads, or the room's lever moves) hidden until the
    /// facilitator reveals it.
    pub predict: Option<String>,
}

impl Stage {
    /// Whether the lever at `index` is on screen in this stage.
    pub fn lever_visible(&self, index: usize) -> bool {
        self.visible.contains(index)
    }

    /// Whether the room may move the lever at `index` in this stage.
    pub fn lever_unlocked(&self, index: usize) -> bool {
        self.unlocked.contains(index)
    }

    /// Whether the stage asks the room to predict before it sees.
    pub fn predicts(&self) -> bool {
        self.predict.is_some()
    }

    /// Whether the stage's challenge is met by these levers and their projection: `None` when
    /// the stage has no challenge, or when it cannot be judged on this projection (see
    /// [`Challenge::is_met`]).
    pub fn challenge_met(&self, p: &Projection, v: &LeverValues) -> Option<bool> {
        self.challenge.as_ref()?.is_met(p, v)
    }
}

// ---------------------------------------------------------------------------------------
// The on-disk shape.

/// One stage as written in a workshop file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StageEntry {
    id: Checked<StageId>,
    title: String,
    #[serde(default)]
    narrative: String,
    #[serde(default)]
    talking_points: Vec<String>,
    #[serde(default)]
    question: String,
    #[serde(default)]
    view: StageView,
    #[serde(default)]
    visible: LeverChoice,
    #[serde(default)]
    unlocked: LeverChoice,
    scenario: Option<String>,
    baseline: Option<String>,
    #[serde(default)]
    compare: Vec<String>,
    challenge: Option<ChallengeEntry>,
    minutes: u32,
    predict: Option<String>,
}

impl StageEntry {
    /// The challenge's target as written, to rewrite an older file's.
    pub(super) fn challenge_target_mut(&mut self) -> Option<&mut String> {
        self.challenge.as_mut().map(|c| &mut c.target)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChallengeEntry {
    target: String,
    wording: String,
}

/// `"all"`, `"none"`, or a list of lever ids and domain names.
#[derive(Clone, Debug, Default, PartialEq)]
enum LeverChoice {
    #[default]
    All,
    List(Vec<String>),
}

const LEVER_CHOICE: &str =
    "\"all\", \"none\", or a list of lever ids and domains like [\"co_production\", \"financial\"]";

impl<'de> Deserialize<'de> for LeverChoice {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LeverChoice;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(LEVER_CHOICE)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LeverChoice, E> {
                match v {
                    "all" => Ok(LeverChoice::All),
                    "none" => Ok(LeverChoice::List(Vec::new())),
                    other => Err(ReaderError::Value(format!(
                        "expected {LEVER_CHOICE}; a single lever or domain goes in a list: [\"{other}\"]"
                    ))
                    .into_serde()),
                }
            }
            fn visit_unit<E: de::Error>(self) -> Result<LeverChoice, E> {
                Err(ReaderError::Value(format!(
                    "expected {LEVER_CHOICE}; write all and none in double quotes"
                ))
                .into_serde())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LeverChoice, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element::<String>()? {
                    ids.push(id);
                }
                Ok(LeverChoice::List(ids))
            }
        }
        d.deserialize_any(V)
    }
}

// ---------------------------------------------------------------------------------------
// Checking stages against their workshop.

/// What stages are checked against.
pub(super) struct Context<'a> {
    pub levers: Arc<[Lever]>,
    pub assumptions: Arc<Assumptions>,
    /// The workshop's scenario ids, in order.
    pub scenarios: &'a [&'a str],
}

/// Problems of one stage, placed by paths inside it.
struct Here<'r, 'd, 'a> {
    report: &'r mut Report<'d, 'a>,
    /// Which stage, from 0.
    i: usize,
}

impl Here<'_, '_, '_> {
    fn path<'p>(&self, rest: &[Seg<'p>]) -> Vec<Seg<'p>> {
        let mut path = vec![Seg::Field("stages"), Seg::Index(self.i)];
        path.extend_from_slice(rest);
        path
    }

    /// A problem at the value at `rest` inside the stage, its message built only if it is
    /// listed (see [`Report::at_with`]).
    fn at(&mut self, rest: &[Seg], message: impl FnOnce() -> String) {
        let path = self.path(rest);
        self.report.value_with(&path, message);
    }

    /// Check that the text at `rest` is one line (see [`Report::one_line`]).
    fn one_line(&mut self, rest: &[Seg], text: &str, what: &str) -> bool {
        let path = self.path(rest);
        self.report.one_line(&path, text, what)
    }

    /// A problem at the `column`th character (from 1) of the text at `rest`.
    fn in_text(&mut self, rest: &[Seg], column: usize, message: impl FnOnce() -> String) {
        let path = self.path(rest);
        self.report.in_text_with(&path, column, message);
    }
}

/// The levers a lever id or a domain name stands for.
fn resolve(entry: &str) -> Option<Vec<usize>> {
    if let Ok(lever) = LeverId::new(entry) {
        return Some(vec![lever.index()]);
    }
    let domain = Domain::ALL.into_iter().find(|d| d.id() == entry)?;
    Some(
        LEVER_SPECS
            .iter()
            .enumerate()
            .filter(|(_, s)| s.domain == domain)
            .map(|(i, _)| i)
            .collect(),
    )
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Check each stage against the workshop, reporting every problem at its place; the stages
/// are only used if there are none.
pub(super) fn check_stages(
    entries: Vec<StageEntry>,
    cx: &Context,
    report: &mut Report,
) -> Vec<Stage> {
    let known: HashSet<&str> = cx.scenarios.iter().copied().collect();
    let mut ids = Distinct::new("stage");
    let mut stages = Vec::with_capacity(entries.len());
    for (i, e) in entries.into_iter().enumerate() {
        let name = e.id.text().to_owned();
        // Every problem of this stage lies within it.
        let start = report.doc.value(&[Seg::Field("stages"), Seg::Index(i)]);
        report.scope(Some(start));
        let mut here = Here {
            report: &mut *report,
            i,
        };

        match &e.id {
            Checked::Bad(bad) => here.at(&[Seg::Field("id")], || bad.to_string()),
            Checked::Valid(id) => {
                if let Some(twice) = ids.repeat(id) {
                    here.at(&[Seg::Field("id")], || twice);
                }
            }
        }

        if e.title.trim().is_empty() {
            here.at(&[Seg::Field("title")], || {
                crate::t!("file-stage-title-empty", stage = name.as_str())
            });
        } else if !here.one_line(
            &[Seg::Field("title")],
            &e.title,
            &crate::i18n::tr("file-stage-title"),
        ) {
        } else if chars(&e.title) > MAX_TITLE_CHARS {
            here.at(&[Seg::Field("title")], || {
                crate::t!(
                    "file-stage-title-long",
                    stage = name.as_str(),
                    count = chars(&e.title).to_string(),
                    most = MAX_TITLE_CHARS.to_string()
                )
            });
        }
        if chars(&e.narrative) > MAX_NARRATIVE_CHARS {
            here.at(&[Seg::Field("narrative")], || {
                crate::t!(
                    "file-stage-narrative-long",
                    stage = name.as_str(),
                    count = chars(&e.narrative).to_string(),
                    most = MAX_NARRATIVE_CHARS.to_string()
                )
            });
        }
        for (k, point) in e.talking_points.iter().enumerate() {
            if point.trim().is_empty() {
                here.at(&[Seg::Field("talking_points"), Seg::Index(k)], || {
                    crate::t!(
                        "file-stage-point-empty",
                        stage = name.as_str(),
                        n = (k + 1).to_string()
                    )
                });
            }
        }

        // Levers: which are on screen, which the room may move.
        let (visible, clean) = lever_mask(&name, "visible", &e.visible, None, &mut here);
        // If `visible` has a mistake, what it meant to show is unknown: do not also complain
        // that unlocked levers are hidden.
        let known_visible = clean.then_some(&visible);
        let unlocked = match &e.unlocked {
            LeverChoice::All => visible,
            choice => lever_mask(&name, "unlocked", choice, known_visible, &mut here).0,
        };

        // Scenarios it names. A close name is looked for among all the workshop's scenarios,
        // so only for problems that are listed.
        let unknown = |field: &str, id: &str| {
            crate::t!(
                "file-stage-unknown-scenario",
                stage = name.as_str(),
                does = crate::i18n::tr(field),
                id = id,
                guess = did_you_mean(id, cx.scenarios.iter().copied()),
                scenarios = listed(cx.scenarios)
            )
        };
        if let Some(id) = &e.scenario
            && !known.contains(id.as_str())
        {
            here.at(&[Seg::Field("scenario")], || {
                unknown("file-stage-loads", id)
            });
        }
        if let Some(id) = &e.baseline
            && !known.contains(id.as_str())
        {
            here.at(&[Seg::Field("baseline")], || {
                unknown("file-stage-draws-behind", id)
            });
        }
        let mut compared = HashSet::new();
        for (k, id) in e.compare.iter().enumerate() {
            let path = [Seg::Field("compare"), Seg::Index(k)];
            if !known.contains(id.as_str()) {
                here.at(&path, || unknown("file-stage-compares", id));
            } else if !compared.insert(id.as_str()) {
                here.at(&path, || {
                    crate::t!(
                        "file-stage-compares-twice",
                        stage = name.as_str(),
                        id = id.as_str()
                    )
                });
            }
        }
        if e.compare.len() > MAX_COMPARED {
            here.at(&[Seg::Field("compare"), Seg::Index(MAX_COMPARED)], || {
                crate::t!(
                    "file-stage-compares-many",
                    stage = name.as_str(),
                    count = e.compare.len().to_string(),
                    most = MAX_COMPARED.to_string()
                )
            });
        }

        // The challenge.
        let challenge = e
            .challenge
            .and_then(|c| check_challenge(cx, &name, c, &mut here));

        if e.minutes == 0 || e.minutes > MAX_STAGE_MINUTES {
            here.at(&[Seg::Field("minutes")], || {
                crate::t!(
                    "file-stage-minutes",
                    stage = name.as_str(),
                    minutes = e.minutes.to_string(),
                    most = MAX_STAGE_MINUTES.to_string()
                )
            });
        }

        if let Some(prompt) = &e.predict {
            let path = [Seg::Field("predict")];
            if prompt.trim().is_empty() {
                here.at(&path, || {
                    crate::t!("file-stage-predict-empty", stage = name.as_str())
                });
            } else if !here.one_line(&path, prompt, &crate::i18n::tr("file-stage-predict")) {
            } else if chars(prompt) > MAX_PROMPT_CHARS {
                here.at(&path, || {
                    crate::t!(
                        "file-stage-predict-long",
                        stage = name.as_str(),
                        count = chars(prompt).to_string(),
                        most = MAX_PROMPT_CHARS.to_string()
                    )
                });
            }
            if e.scenario.is_none() && unlocked.is_empty() {
                here.at(&path, || {
                    crate::t!("file-stage-predict-nothing", stage = name.as_str())
                });
            }
        }

        stages.push(Stage {
            id: e.id.into_text(),
            title: e.title,
            narrative: e.narrative,
            talking_points: e.talking_points,
            question: e.question,
            view: e.view,
            visible,
            unlocked,
            scenario: e.scenario,
            baseline: e.baseline,
            compare: e.compare,
            challenge,
            minutes: e.minutes,
            predict: e.predict,
        });
    }
    report.scope(None);
    stages
}

/// The levers a `visible` or `unlocked` choice names, and whether it named them without a
/// mistake; for `unlocked`, each must be visible.
fn lever_mask(
    stage: &str,
    field: &str,
    choice: &LeverChoice,
    visible: Option<&LeverMask>,
    here: &mut Here,
) -> (LeverMask, bool) {
    let LeverChoice::List(ids) = choice else {
        return (LeverMask::ALL, true);
    };
    let mut mask = LeverMask::NONE;
    let mut clean = true;
    let mut listed_once = HashSet::new();
    for (k, id) in ids.iter().enumerate() {
        let path = [Seg::Field(field), Seg::Index(k)];
        let Some(levers) = resolve(id) else {
            let names = LEVER_SPECS
                .iter()
                .map(|s| s.id)
                .chain(Domain::ALL.iter().map(|d| d.id()));
            here.at(&path, || {
                crate::t!(
                    "file-stage-unknown-lever",
                    stage = stage,
                    id = id.as_str(),
                    field = field,
                    guess = did_you_mean(id, names)
                )
            });
            clean = false;
            continue;
        };
        if !listed_once.insert(id.as_str()) {
            here.at(&path, || {
                crate::t!(
                    "file-stage-lists-twice",
                    stage = stage,
                    id = id.as_str(),
                    field = field
                )
            });
            clean = false;
            continue;
        }
        if let Some(visible) = visible
            && let Some(&hidden) = levers.iter().find(|&&l| !visible.contains(l))
        {
            here.at(&path, || {
                crate::t!(
                    "file-stage-unlocks-hidden",
                    stage = stage,
                    lever = LEVER_SPECS[hidden].id
                )
            });
            clean = false;
            continue;
        }
        for l in levers {
            mask.insert(l);
        }
    }
    (mask, clean)
}

fn check_challenge(
    cx: &Context,
    stage: &str,
    c: ChallengeEntry,
    here: &mut Here,
) -> Option<Challenge> {
    let wording_path = [Seg::Field("challenge"), Seg::Field("wording")];
    if c.wording.trim().is_empty() {
        here.at(&wording_path, || {
            crate::t!("file-stage-wording-empty", stage = stage)
        });
    } else if !here.one_line(
        &wording_path,
        &c.wording,
        &crate::i18n::tr("file-stage-wording"),
    ) {
    } else if chars(&c.wording) > MAX_PROMPT_CHARS {
        here.at(&wording_path, || {
            crate::t!(
                "file-stage-wording-long",
                stage = stage,
                count = chars(&c.wording).to_string(),
                most = MAX_PROMPT_CHARS.to_string()
            )
        });
    }
    let checked = Target::parse(&c.target)
        .and_then(|t| Goal::new(&t, &cx.assumptions, &cx.levers, None).map(|g| (t, g)));
    match checked {
        Ok((parsed, goal)) => Some(Challenge {
            target: c.target,
            wording: c.wording,
            goal,
            parsed,
            assumptions: Arc::clone(&cx.assumptions),
            levers: Arc::clone(&cx.levers),
        }),
        Err(e) => {
            let target_path = [Seg::Field("challenge"), Seg::Field("target")];
            let message = crate::t!(
                "file-stage-target",
                stage = stage,
                message = e.message.as_str()
            );
            match e.column {
                // At the column inside the target's text where it goes wrong.
                Some(column) => here.in_text(&target_path, column, || message),
                None => here.at(&target_path, || message),
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_stand_for_their_levers() {
        let financial = resolve("financial").unwrap();
        assert_eq!(financial.len(), 5);
        assert!(financial.contains(&lever_index("council_tax_rise").unwrap()));
        assert_eq!(resolve("co_production"), Some(vec![1]));
        assert_eq!(resolve("nope"), None);
    }

    #[test]
    fn masks() {
        let mut m = LeverMask::NONE;
        assert!(m.is_empty());
        m.insert(3);
        assert!(m.contains(3) && !m.contains(2) && !m.contains(99));
        assert_eq!(m.ids(), vec!["risk_appetite"]);
        assert!(m.contains_id("risk_appetite"));
        assert_eq!(m.len(), 1);
        assert!(LeverMask::ALL.is_all());
    }
}
