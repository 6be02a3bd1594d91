//! A workshop's own words in more than one language (workshop format version 4).
//!
//! A workshop is written in one language (`language`, English unless it says otherwise) and
//! may carry `translations` of its words into others, by language and then by the id of what
//! they translate (a stage, a lever, a scenario). A section beside the file rather than a map
//! in every field: the rest of the file keeps the shape every version has had, each
//! translation is plain text at a plain path (so every problem is placed where it is
//! written), and a translator works through one block.
//!
//! [`super::Workshop::text`] is the one place a workshop's words are chosen for a language: views,
//! the report and exports ask it and never look into translations themselves.

use serde::Deserialize;

use super::ids::did_you_mean;
use super::read::{Report, Seg, UniqueMap};
use super::stage::{MAX_NARRATIVE_CHARS, MAX_PROMPT_CHARS, MAX_TITLE_CHARS, Stage};
use crate::i18n::Lang;
use crate::model::{LEVER_SPECS, Lever};

/// One language's words for a workshop, as written under `translations`.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct TranslationEntry {
    title: Option<String>,
    organisation: Option<String>,
    description: Option<String>,
    audience: Option<String>,
    #[serde(default)]
    stages: UniqueMap<StageWords>,
    #[serde(default)]
    levers: UniqueMap<LeverWords>,
    #[serde(default)]
    scenarios: UniqueMap<ScenarioWords>,
}

/// A stage's words in one language; what is left out shows in the workshop's own language.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageWords {
    pub title: Option<String>,
    pub narrative: Option<String>,
    /// In the order of the stage's own; fewer leaves the rest in the workshop's language.
    #[serde(default)]
    pub talking_points: Vec<String>,
    pub question: Option<String>,
    /// The challenge's wording (its target is the same in every language).
    pub challenge: Option<String>,
    pub predict: Option<String>,
}

/// A lever's words in one language: any lever of the model, relabelled by the workshop or not.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeverWords {
    pub label: Option<String>,
    pub description: Option<String>,
    /// The labels of the workshop's bands for this lever, in its order.
    #[serde(default)]
    pub bands: Vec<String>,
}

/// A scenario's name and note in one language.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioWords {
    pub name: Option<String>,
    pub note: Option<String>,
}

/// A workshop's words in one language other than its own, checked: stages, levers and
/// scenarios by their place in the workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct Translation {
    pub lang: Lang,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub description: Option<String>,
    pub audience: Option<String>,
    /// One for each stage, in the workshop's order.
    pub stages: Vec<StageWords>,
    /// One for each lever, in the model's order.
    pub levers: Vec<LeverWords>,
    /// One for each scenario, in the workshop's order.
    pub scenarios: Vec<ScenarioWords>,
}

/// Which of a workshop's words: the one key [`Workshop::text`] takes. Stages and scenarios
/// are counted from 0 in the workshop's order, levers in the model's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    Title,
    Organisation,
    Description,
    Audience,
    StageTitle(usize),
    Narrative(usize),
    /// A stage's talking point: the stage, then the point.
    TalkingPoint(usize, usize),
    Question(usize),
    /// A stage's challenge, as the screen words it.
    Challenge(usize),
    Predict(usize),
    LeverLabel(usize),
    LeverDescription(usize),
    /// A band's label: the lever, then the band.
    BandLabel(usize, usize),
    ScenarioName(usize),
    ScenarioNote(usize),
}

impl Translation {
    /// Its words for `which`, if it gives them.
    pub(super) fn words(&self, which: Words) -> Option<&str> {
        let stage = |i: usize| self.stages.get(i);
        let lever = |i: usize| self.levers.get(i);
        let scenario = |i: usize| self.scenarios.get(i);
        let found = match which {
            Words::Title => self.title.as_ref(),
            Words::Organisation => self.organisation.as_ref(),
            Words::Description => self.description.as_ref(),
            Words::Audience => self.audience.as_ref(),
            Words::StageTitle(i) => stage(i).and_then(|s| s.title.as_ref()),
            Words::Narrative(i) => stage(i).and_then(|s| s.narrative.as_ref()),
            Words::TalkingPoint(i, k) => stage(i).and_then(|s| s.talking_points.get(k)),
            Words::Question(i) => stage(i).and_then(|s| s.question.as_ref()),
            Words::Challenge(i) => stage(i).and_then(|s| s.challenge.as_ref()),
            Words::Predict(i) => stage(i).and_then(|s| s.predict.as_ref()),
            Words::LeverLabel(i) => lever(i).and_then(|l| l.label.as_ref()),
            Words::LeverDescription(i) => lever(i).and_then(|l| l.description.as_ref()),
            Words::BandLabel(i, k) => lever(i).and_then(|l| l.bands.get(k)),
            Words::ScenarioName(i) => scenario(i).and_then(|s| s.name.as_ref()),
            Words::ScenarioNote(i) => scenario(i).and_then(|s| s.note.as_ref()),
        };
        found.map(String::as_str).filter(|t| !t.is_empty())
    }
}

/// The language a workshop is written in, from its `language` field: English if not given.
pub(super) fn own_language(given: Option<&str>, report: &mut Report) -> Lang {
    match given {
        None => Lang::EnGb,
        Some(code) => language(code).unwrap_or_else(|| {
            report.value(&[Seg::Field("language")], unknown_language(code));
            Lang::EnGb
        }),
    }
}

/// The language a code names: exactly as Jaws writes it, `en-GB` or `cy`.
fn language(code: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

fn unknown_language(code: &str) -> String {
    let codes = Lang::ALL.map(|l| format!("\"{}\" ({})", l.code(), l.name()));
    format!(
        "unknown language \"{code}\"{}; a workshop can be written in {}",
        did_you_mean(code, Lang::ALL.iter().map(|l| l.code())),
        codes.join(" or ")
    )
}

/// What the translations are checked against: the workshop as read.
pub(super) struct Context<'a> {
    pub own: Lang,
    pub stages: &'a [Stage],
    pub levers: &'a [Lever],
    pub scenarios: &'a [&'a str],
}

/// Check the `translations` section, every problem at its place: an unknown language or one
/// the workshop is written in already, a stage, lever or scenario the workshop does not have,
/// more talking points or band labels than the workshop's own, and empty, multi-line or
/// over-long text (the same limits as the workshop's own words).
pub(super) fn check(
    entries: UniqueMap<TranslationEntry>,
    cx: &Context,
    report: &mut Report,
) -> Vec<Translation> {
    let mut out = Vec::new();
    for (code, e) in entries.0 {
        let at = [Seg::Field("translations"), Seg::Key(&code)];
        let Some(lang) = language(&code) else {
            report.label(&at, unknown_language(&code));
            continue;
        };
        if lang == cx.own {
            report.label(
                &at,
                format!(
                    "the workshop is written in \"{code}\" already (its `language`); translations are into other languages"
                ),
            );
            continue;
        }
        let mut t = Translation {
            lang,
            title: e.title,
            organisation: e.organisation,
            description: e.description,
            audience: e.audience,
            stages: vec![StageWords::default(); cx.stages.len()],
            levers: vec![LeverWords::default(); cx.levers.len()],
            scenarios: vec![ScenarioWords::default(); cx.scenarios.len()],
        };
        let text = |report: &mut Report,
                    path: &[Seg],
                    words: &Option<String>,
                    what: &str,
                    one_line: bool| {
            check_text(report, &code, path, words.as_deref(), what, one_line);
        };
        let top = |f| [at[0], at[1], Seg::Field(f)];
        text(
            report,
            &top("title"),
            &t.title,
            "the workshop's title",
            true,
        );
        text(
            report,
            &top("organisation"),
            &t.organisation,
            "`organisation`",
            true,
        );
        text(
            report,
            &top("description"),
            &t.description,
            "the description",
            false,
        );
        text(report, &top("audience"), &t.audience, "`audience`", true);

        for (id, words) in e.stages.0 {
            let path = [at[0], at[1], Seg::Field("stages"), Seg::Key(&id)];
            let Some(i) = cx.stages.iter().position(|s| s.id == id) else {
                report.label(
                    &path,
                    format!(
                        "a translation for stage \"{id}\", which this workshop does not have{}",
                        did_you_mean(&id, cx.stages.iter().map(|s| s.id.as_str()))
                    ),
                );
                continue;
            };
            let own = &cx.stages[i];
            let field = |f| [path[0], path[1], path[2], path[3], Seg::Field(f)];
            text(
                report,
                &field("title"),
                &words.title,
                "a stage's title",
                true,
            );
            text(
                report,
                &field("narrative"),
                &words.narrative,
                "a narrative",
                false,
            );
            text(
                report,
                &field("question"),
                &words.question,
                "a question",
                false,
            );
            text(
                report,
                &field("challenge"),
                &words.challenge,
                "a challenge",
                true,
            );
            text(
                report,
                &field("predict"),
                &words.predict,
                "a predict prompt",
                true,
            );
            for (k, point) in words.talking_points.iter().enumerate() {
                let at = [
                    path[0],
                    path[1],
                    path[2],
                    path[3],
                    Seg::Field("talking_points"),
                    Seg::Index(k),
                ];
                if k >= own.talking_points.len() {
                    report.value(
                        &at,
                        format!(
                            "stage \"{id}\" has {} talking points in its own language; this one translates none of them",
                            own.talking_points.len()
                        ),
                    );
                } else {
                    check_text(report, &code, &at, Some(point), "a talking point", false);
                }
            }
            for (f, v, most) in [
                ("title", &words.title, MAX_TITLE_CHARS),
                ("narrative", &words.narrative, MAX_NARRATIVE_CHARS),
                ("challenge", &words.challenge, MAX_PROMPT_CHARS),
                ("predict", &words.predict, MAX_PROMPT_CHARS),
            ] {
                let n = v.as_deref().map_or(0, |v| v.chars().count());
                if n > most {
                    report.value(
                        &field(f),
                        format!(
                            "stage \"{id}\": the {f} in \"{code}\" is {n} characters; keep it to {most} so it fits on the screen"
                        ),
                    );
                }
            }
            if own.challenge.is_none() && words.challenge.is_some() {
                report.label(
                    &field("challenge"),
                    format!("stage \"{id}\" has no challenge to translate"),
                );
            }
            if own.predict.is_none() && words.predict.is_some() {
                report.label(
                    &field("predict"),
                    format!("stage \"{id}\" asks no prediction to translate"),
                );
            }
            t.stages[i] = words;
        }

        for (id, words) in e.levers.0 {
            let path = [at[0], at[1], Seg::Field("levers"), Seg::Key(&id)];
            let Some(i) = cx.levers.iter().position(|l| l.id == id) else {
                report.label(
                    &path,
                    format!(
                        "a translation for lever \"{id}\", which the model does not have{}",
                        did_you_mean(&id, LEVER_SPECS.iter().map(|s| s.id))
                    ),
                );
                continue;
            };
            let field = |f| [path[0], path[1], path[2], path[3], Seg::Field(f)];
            text(
                report,
                &field("label"),
                &words.label,
                "a lever's label",
                true,
            );
            text(
                report,
                &field("description"),
                &words.description,
                "a lever's description",
                false,
            );
            let bands = cx.levers[i].bands.len();
            for (k, label) in words.bands.iter().enumerate() {
                let at = [
                    path[0],
                    path[1],
                    path[2],
                    path[3],
                    Seg::Field("bands"),
                    Seg::Index(k),
                ];
                if k >= bands {
                    report.value(
                        &at,
                        format!(
                            "lever \"{id}\" has {bands} bands in this workshop; this label is for none of them"
                        ),
                    );
                } else {
                    check_text(report, &code, &at, Some(label), "a band's label", true);
                }
            }
            t.levers[i] = words;
        }

        for (id, words) in e.scenarios.0 {
            let path = [at[0], at[1], Seg::Field("scenarios"), Seg::Key(&id)];
            let Some(i) = cx.scenarios.iter().position(|s| *s == id) else {
                report.label(
                    &path,
                    format!(
                        "a translation for scenario \"{id}\", which this workshop does not have{}",
                        did_you_mean(&id, cx.scenarios.iter().copied())
                    ),
                );
                continue;
            };
            let field = |f| [path[0], path[1], path[2], path[3], Seg::Field(f)];
            text(
                report,
                &field("name"),
                &words.name,
                "a scenario's name",
                true,
            );
            text(
                report,
                &field("note"),
                &words.note,
                "a scenario's note",
                false,
            );
            t.scenarios[i] = words;
        }
        out.push(t);
    }
    out
}

/// Translated words, if given: not blank (leaving them out shows the workshop's own), and one
/// line where the workshop's own must be.
fn check_text(
    report: &mut Report,
    code: &str,
    path: &[Seg],
    words: Option<&str>,
    what: &str,
    one_line: bool,
) {
    let Some(words) = words else { return };
    if words.trim().is_empty() {
        report.value(
            path,
            format!("{what} in \"{code}\" is empty; leave it out to show the workshop's own words"),
        );
    } else if one_line {
        report.one_line(path, words, what);
    }
}
