//! What a workshop is once read: always valid inside the program.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use super::ids::LeverId;
use super::read::text::shown_number;
use super::stage::Stage;
use super::translation::{Translation, Words};
use crate::council::{Council, MtfsFit};
use crate::i18n::Lang;
use crate::model::sweep::Uncertain;
use crate::model::{Assumptions, LEVER_SPECS, Lever, LeverValues};

/// Where across the framework map (a fraction of its width, from the left) a workshop may
/// place a stock or flow: clear of the domains' regions, which fill the outer fifth each side.
pub const MAP_X: RangeInclusive<f32> = 0.22..=0.78;
/// Where down the framework map (a fraction of its height, from the top) a workshop may place
/// a stock or flow: on the canvas, not cut off at its edges.
pub const MAP_Y: RangeInclusive<f32> = 0.03..=0.97;

/// A named set of lever values. Levers it does not mention take the workshop's defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    pub note: String,
    pub levers: BTreeMap<String, f64>,
}

/// A scenario saved on its own, to carry between laptops.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioFile {
    /// The id of the workshop it was made for.
    pub workshop: String,
    pub scenario: Scenario,
    /// What was changed to read an older file, in sentences; empty for this version's.
    pub migration: Vec<String>,
}

/// A validated workshop: the model's levers with the workshop's overrides, its assumptions
/// and its scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct Workshop {
    pub id: String,
    pub title: String,
    pub organisation: String,
    pub author: String,
    pub description: String,
    /// Who the workshop is for, e.g. "A cabinet or leadership team" (may be empty).
    pub audience: String,
    pub assumptions: Assumptions,
    /// Where assumption values come from, by assumption id.
    pub sources: BTreeMap<String, String>,
    pub uncertain: Vec<Uncertain>,
    /// Every lever of the model, in catalogue order.
    pub levers: Vec<Lever>,
    pub scenarios: Vec<Scenario>,
    /// The script of a facilitated session, in order; empty for a workshop without one.
    pub stages: Vec<Stage>,
    /// Where the framework map puts stocks and flows, by node id, as `(x, y)` fractions of
    /// the map (within [`MAP_X`] and [`MAP_Y`]); nodes not named are placed automatically.
    pub map_positions: BTreeMap<String, (f32, f32)>,
    /// The language its own words are written in.
    pub language: Lang,
    /// Its words in other languages, each at most once; read them with [`Workshop::text`].
    pub translations: Vec<Translation>,
    /// What was changed to read an older file (money levers as a share of the budget,
    /// renamed assumptions), in sentences for the room; empty for a file of this version.
    pub migration: Vec<String>,
    /// The council the workshop was started from ([`Workshop::with_council`]), if any.
    pub council: Option<Box<OurCouncil>>,
}

/// The council a workshop was started from, and how its MTFS was reproduced.
#[derive(Clone, Debug, PartialEq)]
pub struct OurCouncil {
    pub profile: Council,
    pub fits: Vec<MtfsFit>,
}

impl Workshop {
    /// The council's name and where its figures come from, for every output's header line.
    pub fn council_heading(&self) -> Option<String> {
        self.council.as_ref().map(|c| c.profile.heading())
    }

    pub fn default_values(&self) -> LeverValues {
        let mut v = LeverValues::model_defaults();
        for (slot, lever) in v.0.iter_mut().zip(&self.levers) {
            *slot = lever.default;
        }
        v
    }

    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// Where the stage with this id comes in the running order (from 0).
    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The suggested length of the whole session, in minutes: the stages' durations added up.
    pub fn total_minutes(&self) -> u32 {
        self.stages.iter().map(|s| s.minutes).sum()
    }

    pub fn lever(&self, id: &str) -> Option<&Lever> {
        self.levers.iter().find(|l| l.id == id)
    }

    /// Lever values for a scenario: the workshop's defaults with the scenario's settings.
    pub fn values_for(&self, scenario: &Scenario) -> LeverValues {
        self.values_with(&scenario.levers)
    }

    /// The workshop's defaults with these settings by lever id; unknown ids are ignored (files
    /// are checked as they are read).
    pub fn values_with(&self, settings: &BTreeMap<String, f64>) -> LeverValues {
        let mut v = self.default_values();
        for (id, value) in settings {
            if let Ok(lever) = LeverId::new(id) {
                v.0[lever.index()] = *value;
            }
        }
        v
    }

    /// Check a lever setting as a person typed it; the message says what is allowed.
    pub fn check_setting(&self, id: &str, value: f64) -> Result<usize, String> {
        let Ok(lever) = LeverId::new(id) else {
            let ids: Vec<&str> = LEVER_SPECS.iter().map(|s| s.id).collect();
            return Err(format!(
                "unknown lever `{id}`; the levers are: {}",
                ids.join(", ")
            ));
        };
        let i = lever.index();
        let lever = &self.levers[i];
        if !value.is_finite() || value < lever.min || value > lever.max {
            return Err(format!(
                "{id} = {} is out of range: expected {} to {} ({})",
                shown_number(value),
                shown_number(lever.min),
                shown_number(lever.max),
                lever.unit
            ));
        }
        Ok(i)
    }
}

/// A workshop's words in a language: [`Workshop::text`] is the one rule for which show.
impl Workshop {
    /// The workshop's words for `which` in `lang`: its translation into `lang` where it has
    /// one, else its own words (in [`Workshop::language`]), else, where it has none of its
    /// own (a stage with no narrative in English but one in Welsh), whichever translation
    /// has them. Empty where no language has any.
    pub fn text(&self, which: Words, lang: Lang) -> &str {
        if lang != self.language
            && let Some(t) = self.translation(lang).and_then(|t| t.words(which))
        {
            return t;
        }
        let own = self.own_words(which);
        if !own.is_empty() {
            return own;
        }
        self.translations
            .iter()
            .find_map(|t| t.words(which))
            .unwrap_or(own)
    }

    /// The stage's talking points in `lang`, one for each of its own.
    pub fn talking_points(&self, stage: usize, lang: Lang) -> Vec<&str> {
        let n = self.stages.get(stage).map_or(0, |s| s.talking_points.len());
        (0..n)
            .map(|k| self.text(Words::TalkingPoint(stage, k), lang))
            .collect()
    }

    /// Lever `i` (in the model's order) with its words in `lang`: label, description and
    /// band labels, by [`Workshop::text`]. Panics on no lever; `i` comes from the catalogue.
    pub fn lever_in(&self, i: usize, lang: Lang) -> Lever {
        let mut lever = self.levers[i].clone();
        lever.label = self.text(Words::LeverLabel(i), lang).to_owned();
        lever.description = self.text(Words::LeverDescription(i), lang).to_owned();
        for (k, band) in lever.bands.iter_mut().enumerate() {
            band.label = self.text(Words::BandLabel(i, k), lang).to_owned();
        }
        lever
    }

    /// Every lever with its words in `lang`, in the model's order.
    pub fn levers_in(&self, lang: Lang) -> Vec<Lever> {
        (0..self.levers.len())
            .map(|i| self.lever_in(i, lang))
            .collect()
    }

    /// Its translation into `lang`, if it carries one.
    pub fn translation(&self, lang: Lang) -> Option<&Translation> {
        self.translations.iter().find(|t| t.lang == lang)
    }

    /// Whether it has any words in `lang`: its own language, or a translation.
    pub fn speaks(&self, lang: Lang) -> bool {
        lang == self.language || self.translation(lang).is_some()
    }

    /// The words as the file gives them in its own language ("" where it gives none).
    pub(super) fn own_words(&self, which: Words) -> &str {
        let stage = |i: usize| self.stages.get(i);
        let lever = |i: usize| self.levers.get(i);
        let scenario = |i: usize| self.scenarios.get(i);
        match which {
            Words::Title => &self.title,
            Words::Organisation => &self.organisation,
            Words::Description => &self.description,
            Words::Audience => &self.audience,
            Words::StageTitle(i) => stage(i).map_or("", |s| &s.title),
            Words::Narrative(i) => stage(i).map_or("", |s| &s.narrative),
            Words::TalkingPoint(i, k) => stage(i)
                .and_then(|s| s.talking_points.get(k))
                .map_or("", |p| p),
            Words::Question(i) => stage(i).map_or("", |s| &s.question),
            Words::Challenge(i) => stage(i)
                .and_then(|s| s.challenge.as_ref())
                .map_or("", |c| &c.wording),
            Words::Predict(i) => stage(i).and_then(|s| s.predict.as_deref()).unwrap_or(""),
            Words::LeverLabel(i) => lever(i).map_or("", |l| &l.label),
            Words::LeverDescription(i) => lever(i).map_or("", |l| &l.description),
            Words::BandLabel(i, k) => lever(i)
                .and_then(|l| l.bands.get(k))
                .map_or("", |b| &b.label),
            Words::ScenarioName(i) => scenario(i).map_or("", |s| &s.name),
            Words::ScenarioNote(i) => scenario(i).map_or("", |s| &s.note),
        }
    }
}
