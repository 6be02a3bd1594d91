//! Stages: the script of a facilitated workshop, one step of the session at a time.
//!
//! A stage says what the room sees (a view, a short narrative, which levers are on screen and
//! which it may move, a scenario to start from), what the facilitator has in hand (talking
//! points and a question for the room), how long it should take, and optionally a challenge
//! the screen marks as met or not met as the levers move, and "predict, then reveal".
//!
//! Stages are read from a workshop file (format version 2) by [`super::file`], checked here
//! against the workshop's levers, scenarios and assumptions, and are always valid once built.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use super::file::is_valid_id;
use super::location::{Locator, Problem};
use super::session::{Seg, list_item, map_key, skip_trivia, struct_field};
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
    /// What is needed to judge it again if the room changes the years or the prudent minimum.
    parsed: Target,
    assumptions: Assumptions,
    levers: Vec<Lever>,
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
        let mut a = self.assumptions.clone();
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
    pub fn assess(&self, p: &Projection, v: &LeverValues) -> Option<Vec<ConditionOutcome>> {
        Some(self.goal_matching(p)?.assess(p, v))
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
    id: String,
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
/// How the problems [`LeverChoice`] reports start, so they can be placed at the value.
pub(super) const LEVER_CHOICE_EXPECTED: &str = "expected \"all\", \"none\"";

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
                    other => Err(E::custom(format!(
                        "expected {LEVER_CHOICE}; a single lever or domain goes in a list: [\"{other}\"]"
                    ))),
                }
            }
            fn visit_unit<E: de::Error>(self) -> Result<LeverChoice, E> {
                Err(E::custom(format!(
                    "expected {LEVER_CHOICE}; write all and none in double quotes"
                )))
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
    pub loc: &'a Locator<'a>,
    pub levers: &'a [Lever],
    pub assumptions: &'a Assumptions,
    pub scenarios: &'a [&'a str],
}

impl Context<'_> {
    /// Byte offset of the value at `path` inside stage `i` (or of the deepest step found).
    fn at(&self, i: usize, path: &[Seg]) -> usize {
        let mut full = vec![Seg::Field("stages"), Seg::Index(i)];
        full.extend_from_slice(path);
        value_at(self.loc.text, &full)
    }

    fn problem(&self, i: usize, path: &[Seg], message: String) -> Problem {
        self.loc.problem_at(self.at(i, path), message)
    }
}

/// Byte offset of the name of the file's top-level field `name` (or of the file's start).
pub(super) fn field_at(text: &str, name: &str) -> usize {
    let start = skip_trivia(text, 0);
    struct_field(text, start, name).map_or(start, |(key, _)| key)
}

/// Byte offset of the value at `path`: a field's value, a map entry's value or a list's item.
/// Falls back to the deepest step found, then to the start of the file.
fn value_at(text: &str, path: &[Seg]) -> usize {
    let mut value = skip_trivia(text, 0);
    for seg in path {
        let found = match *seg {
            Seg::Field(name) => struct_field(text, value, name).map(|(_, v)| v),
            Seg::Key(key) => map_key(text, value, key).map(|(_, v)| v),
            Seg::Index(n) => list_item(text, value, n),
        };
        match found {
            Some(v) => value = v,
            None => break,
        }
    }
    value
}

/// Byte offset, in a file, of the `column`th character (from 1) of the string literal whose
/// value starts at `at` (`"..."`, `r#"..."#`, or either inside `Some(..)`), counting escapes
/// such as `\"` as the one character they stand for. Falls back to `at`.
fn char_in_literal(text: &str, at: usize, column: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at;
    if text[i..].starts_with("Some") {
        i = skip_trivia(text, i + 4);
        if b.get(i) != Some(&b'(') {
            return at;
        }
        i = skip_trivia(text, i + 1);
    }
    let raw = b.get(i) == Some(&b'r');
    if raw {
        i += 1;
        while b.get(i) == Some(&b'#') {
            i += 1;
        }
    }
    if b.get(i) != Some(&b'"') {
        return at;
    }
    i += 1;
    for _ in 1..column {
        let mut chars = text[i..].chars();
        match chars.next() {
            None => return i,
            Some('"') if !raw => return i,
            Some('\\') if !raw => {
                i += 1;
                match chars.next() {
                    Some('u') => {
                        i += text[i..].find('}').map_or(1, |n| n + 1);
                    }
                    Some('x') => i += 3,
                    Some(c) => i += c.len_utf8(),
                    None => return i,
                }
            }
            Some(c) => i += c.len_utf8(),
        }
    }
    i.min(text.len())
}

/// ` (did you mean "trust"?)` when one of `names` is close to `word`; empty otherwise.
pub(super) fn did_you_mean<'a>(word: &str, names: impl Iterator<Item = &'a str>) -> String {
    names
        .map(|n| (crate::model::target::edit_distance(word, n), n))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map_or(String::new(), |(_, n)| format!(" (did you mean \"{n}\"?)"))
}

/// The levers a lever id or a domain name stands for.
fn resolve(entry: &str) -> Option<Vec<usize>> {
    if let Some(i) = lever_index(entry) {
        return Some(vec![i]);
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

/// Check each stage against the workshop, pushing problems in the order they appear; the
/// stages are only used if there are none.
pub(super) fn check_stages(
    entries: Vec<StageEntry>,
    cx: &Context,
    out: &mut Vec<Problem>,
) -> Vec<Stage> {
    let mut stages = Vec::with_capacity(entries.len());
    let mut seen: Vec<String> = Vec::new();
    for (i, e) in entries.into_iter().enumerate() {
        let name = e.id.clone();
        let at = |path: &[Seg], message: String| cx.problem(i, path, message);

        if !is_valid_id(&e.id) {
            out.push(at(
                &[Seg::Field("id")],
                format!(
                    "stage id \"{}\" must be 1 to 64 lower-case letters, digits, '-' or '_'",
                    e.id
                ),
            ));
        } else if seen.contains(&e.id) {
            out.push(at(
                &[Seg::Field("id")],
                format!("stage id \"{}\" is used twice; stage ids must differ", e.id),
            ));
        }
        seen.push(e.id.clone());

        if e.title.trim().is_empty() {
            out.push(at(
                &[Seg::Field("title")],
                format!("stage \"{name}\" needs a title: the heading on the screen"),
            ));
        } else if chars(&e.title) > MAX_TITLE_CHARS {
            out.push(at(
                &[Seg::Field("title")],
                format!(
                    "stage \"{name}\": the title is {} characters; keep it to {MAX_TITLE_CHARS} so it fits as a heading",
                    chars(&e.title)
                ),
            ));
        }
        if chars(&e.narrative) > MAX_NARRATIVE_CHARS {
            out.push(at(
                &[Seg::Field("narrative")],
                format!(
                    "stage \"{name}\": the narrative is {} characters; the back of the room has to read it, so keep it to one to three sentences ({MAX_NARRATIVE_CHARS} characters at most) and put the rest in talking_points",
                    chars(&e.narrative)
                ),
            ));
        }
        for (k, point) in e.talking_points.iter().enumerate() {
            if point.trim().is_empty() {
                out.push(at(
                    &[Seg::Field("talking_points"), Seg::Index(k)],
                    format!("stage \"{name}\": talking point {} is empty", k + 1),
                ));
            }
        }

        // Levers: which are on screen, which the room may move.
        let before = out.len();
        let visible = lever_mask(cx, i, &name, "visible", &e.visible, None, out);
        // If `visible` has a mistake, what it meant to show is unknown: do not also complain
        // that unlocked levers are hidden.
        let known_visible = (out.len() == before).then_some(&visible);
        let unlocked = match &e.unlocked {
            LeverChoice::All => visible,
            choice => lever_mask(cx, i, &name, "unlocked", choice, known_visible, out),
        };

        // Scenarios it names.
        let known = |id: &str| cx.scenarios.contains(&id);
        let unknown = |field: &str, id: &str, path: &[Seg]| {
            at(
                path,
                format!(
                    "stage \"{name}\" {field} scenario \"{id}\", which this workshop does not have{}; its scenarios are: {}",
                    did_you_mean(id, cx.scenarios.iter().copied()),
                    cx.scenarios.join(", ")
                ),
            )
        };
        if let Some(id) = &e.scenario
            && !known(id)
        {
            out.push(unknown("loads", id, &[Seg::Field("scenario")]));
        }
        if let Some(id) = &e.baseline
            && !known(id)
        {
            out.push(unknown("draws behind", id, &[Seg::Field("baseline")]));
        }
        for (k, id) in e.compare.iter().enumerate() {
            let path = [Seg::Field("compare"), Seg::Index(k)];
            if !known(id) {
                out.push(unknown("compares", id, &path));
            } else if e.compare[..k].contains(id) {
                out.push(at(
                    &path,
                    format!("stage \"{name}\" compares \"{id}\" twice; list it once"),
                ));
            }
        }
        if e.compare.len() > MAX_COMPARED {
            out.push(at(
                &[Seg::Field("compare"), Seg::Index(MAX_COMPARED)],
                format!(
                    "stage \"{name}\" compares {} scenarios; the compare view shows at most {MAX_COMPARED}",
                    e.compare.len()
                ),
            ));
        }

        // The challenge.
        let challenge = e
            .challenge
            .and_then(|c| check_challenge(cx, i, &name, c, out));

        if e.minutes == 0 || e.minutes > MAX_STAGE_MINUTES {
            out.push(at(
                &[Seg::Field("minutes")],
                format!(
                    "stage \"{name}\" lasts {} minutes; a stage takes 1 to {MAX_STAGE_MINUTES} minutes (split a longer one)",
                    e.minutes
                ),
            ));
        }

        if let Some(prompt) = &e.predict {
            let path = [Seg::Field("predict")];
            if prompt.trim().is_empty() {
                out.push(at(
                    &path,
                    format!(
                        "stage \"{name}\": `predict` is the question the room answers before it sees; it is empty"
                    ),
                ));
            } else if chars(prompt) > MAX_PROMPT_CHARS {
                out.push(at(
                    &path,
                    format!(
                        "stage \"{name}\": the predict prompt is {} characters; keep it to {MAX_PROMPT_CHARS}",
                        chars(prompt)
                    ),
                ));
            }
            if e.scenario.is_none() && unlocked.is_empty() {
                out.push(at(
                    &path,
                    format!(
                        "stage \"{name}\" asks the room to predict but has nothing to reveal: give it a `scenario` to load, or unlock levers for the room to move"
                    ),
                ));
            }
        }

        stages.push(Stage {
            id: e.id,
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
    stages
}

/// The levers a `visible` or `unlocked` choice names; for `unlocked`, each must be visible.
fn lever_mask(
    cx: &Context,
    i: usize,
    stage: &str,
    field: &str,
    choice: &LeverChoice,
    visible: Option<&LeverMask>,
    out: &mut Vec<Problem>,
) -> LeverMask {
    let LeverChoice::List(ids) = choice else {
        return LeverMask::ALL;
    };
    let mut mask = LeverMask::NONE;
    for (k, id) in ids.iter().enumerate() {
        let at = |message: String| cx.problem(i, &[Seg::Field(field), Seg::Index(k)], message);
        let Some(levers) = resolve(id) else {
            let names = LEVER_SPECS
                .iter()
                .map(|s| s.id)
                .chain(Domain::ALL.iter().map(|d| d.id()));
            out.push(at(format!(
                "stage \"{stage}\" lists unknown lever \"{id}\" in `{field}`{}; use a lever id (see `jaws levers`) or a domain: cultural, structural, political, financial",
                did_you_mean(id, names)
            )));
            continue;
        };
        if ids[..k].contains(id) {
            out.push(at(format!(
                "stage \"{stage}\" lists \"{id}\" twice in `{field}`; list it once"
            )));
            continue;
        }
        if let Some(visible) = visible
            && let Some(&hidden) = levers.iter().find(|&&l| !visible.contains(l))
        {
            out.push(at(format!(
                "stage \"{stage}\" unlocks \"{}\" but does not show it; add it to `visible`",
                LEVER_SPECS[hidden].id
            )));
            continue;
        }
        for l in levers {
            mask.insert(l);
        }
    }
    mask
}

fn check_challenge(
    cx: &Context,
    i: usize,
    stage: &str,
    c: ChallengeEntry,
    out: &mut Vec<Problem>,
) -> Option<Challenge> {
    let wording_path = [Seg::Field("challenge"), Seg::Field("wording")];
    if c.wording.trim().is_empty() {
        out.push(cx.problem(
            i,
            &wording_path,
            format!(
                "stage \"{stage}\": say in `wording` what the challenge asks, in plain English, for the screen"
            ),
        ));
    } else if chars(&c.wording) > MAX_PROMPT_CHARS {
        out.push(cx.problem(
            i,
            &wording_path,
            format!(
                "stage \"{stage}\": the challenge wording is {} characters; keep it to {MAX_PROMPT_CHARS}",
                chars(&c.wording)
            ),
        ));
    }
    let target_at = cx.at(i, &[Seg::Field("challenge"), Seg::Field("target")]);
    let checked = Target::parse(&c.target)
        .and_then(|t| Goal::new(&t, cx.assumptions, cx.levers, None).map(|g| (t, g)));
    match checked {
        Ok((parsed, goal)) => Some(Challenge {
            target: c.target,
            wording: c.wording,
            goal,
            parsed,
            assumptions: cx.assumptions.clone(),
            levers: cx.levers.to_vec(),
        }),
        Err(e) => {
            let place = match e.column {
                Some(column) => char_in_literal(cx.loc.text, target_at, column),
                None => target_at,
            };
            out.push(cx.loc.problem_at(
                place,
                format!("stage \"{stage}\": the challenge's target: {}", e.message),
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_inside_literals_count_characters_and_escapes() {
        let text = "(t: \"a\\\"£b\", r: r#\"xy\"#, s: Some(\"pq\"))";
        let t = value_at(text, &[Seg::Field("t")]);
        assert_eq!(&text[t..t + 1], "\"");
        assert_eq!(&text[char_in_literal(text, t, 1)..][..1], "a");
        assert_eq!(&text[char_in_literal(text, t, 2)..][..2], "\\\"");
        assert_eq!(&text[char_in_literal(text, t, 3)..][..2], "£");
        assert_eq!(&text[char_in_literal(text, t, 4)..][..1], "b");
        let r = value_at(text, &[Seg::Field("r")]);
        assert_eq!(&text[char_in_literal(text, r, 2)..][..1], "y");
        let s = value_at(text, &[Seg::Field("s")]);
        assert_eq!(&text[char_in_literal(text, s, 2)..][..1], "q");
    }

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
