//! `jaws check`'s warnings for a workshop in several languages: each of its words that one of
//! its languages lacks, placed where the words shown instead are written.

use std::path::Path;

use super::read::{Doc, Problem, Seg, read_text};
use super::translation::Words;
use super::types::Workshop;
use super::workshop_file::parse_workshop;
use crate::i18n::Lang;

/// `jaws check`'s warnings for/// `jaws check`'s warnings for a workshop file: for a workshop that carries any translation,
/// each of its words that one of its languages lacks, placed at the words that are shown
/// instead. A workshop in one language only gets none: nothing is missing from it. Empty for
/// a file that is not a valid workshop (its problems say why).
pub fn untranslated_in(path: &Path) -> Vec<Problem> {
    let name = path.display().to_string();
    let Ok(text) = read_text(path) else {
        return Vec::new();
    };
    untranslated(&name, &text)
}

/// [`untranslated_in`] for a workshop's text; `name` is what the warnings call the file.
pub fn untranslated(name: &str, text: &str) -> Vec<Problem> {
    let Ok(w) = parse_workshop(name, text) else {
        return Vec::new();
    };
    let doc = Doc::new(name, text);
    let mut warnings = Vec::new();
    let own = w.language;
    for t in &w.translations {
        let mut warn = |path: &[Seg], words: Words, what: &str| {
            let (own_words, theirs) = (w.own_words(words), t.words(words));
            let (missing, shown, path) = match (own_words.is_empty(), theirs) {
                (false, None) => (t.lang, own, path.to_vec()),
                (true, Some(_)) => (own, t.lang, translated_path(t.lang, words, &w)),
                _ => return,
            };
            let (spot, found) = doc.find(&path);
            if !found {
                return;
            }
            warnings.push(doc.problem_at(
                spot.value.start,
                format!(
                    "warning: {what} has no {} ({}) text; {} is shown",
                    language_name(missing),
                    missing.code(),
                    language_name(shown)
                ),
            ));
        };
        for (f, words, what) in [
            ("title", Words::Title, "the workshop's title"),
            ("organisation", Words::Organisation, "`organisation`"),
            ("description", Words::Description, "the description"),
            ("audience", Words::Audience, "`audience`"),
        ] {
            warn(&[Seg::Field(f)], words, what);
        }
        for (i, s) in w.stages.iter().enumerate() {
            let n = i + 1;
            let at = |f| [Seg::Field("stages"), Seg::Index(i), Seg::Field(f)];
            warn(
                &at("title"),
                Words::StageTitle(i),
                &format!("stage {n}'s title"),
            );
            warn(
                &at("narrative"),
                Words::Narrative(i),
                &format!("stage {n}'s narrative"),
            );
            warn(
                &at("question"),
                Words::Question(i),
                &format!("stage {n}'s question"),
            );
            warn(
                &[
                    Seg::Field("stages"),
                    Seg::Index(i),
                    Seg::Field("challenge"),
                    Seg::Field("wording"),
                ],
                Words::Challenge(i),
                &format!("stage {n}'s challenge"),
            );
            warn(
                &at("predict"),
                Words::Predict(i),
                &format!("stage {n}'s predict prompt"),
            );
            for k in 0..s.talking_points.len() {
                warn(
                    &[
                        Seg::Field("stages"),
                        Seg::Index(i),
                        Seg::Field("talking_points"),
                        Seg::Index(k),
                    ],
                    Words::TalkingPoint(i, k),
                    &format!("stage {n}'s talking point {}", k + 1),
                );
            }
        }
        // A lever's words only where the file gives them: the model's own are not the file's.
        for (i, l) in w.levers.iter().enumerate() {
            let at = |f| [Seg::Field("levers"), Seg::Key(&l.id), Seg::Field(f)];
            for (f, words, what) in [
                ("label", Words::LeverLabel(i), "label"),
                ("description", Words::LeverDescription(i), "description"),
            ] {
                if doc.find(&at(f)).1 {
                    warn(&at(f), words, &format!("lever {}'s {what}", l.id));
                }
            }
            for k in 0..l.bands.len() {
                warn(
                    &[
                        Seg::Field("levers"),
                        Seg::Key(&l.id),
                        Seg::Field("bands"),
                        Seg::Index(k),
                        Seg::Field("label"),
                    ],
                    Words::BandLabel(i, k),
                    &format!("lever {}'s band \"{}\"", l.id, l.bands[k].label),
                );
            }
        }
        for (i, s) in w.scenarios.iter().enumerate() {
            let at = |f| [Seg::Field("scenarios"), Seg::Index(i), Seg::Field(f)];
            warn(
                &at("name"),
                Words::ScenarioName(i),
                &format!("scenario {}'s name", s.id),
            );
            warn(
                &at("note"),
                Words::ScenarioNote(i),
                &format!("scenario {}'s note", s.id),
            );
        }
    }
    warnings.sort_by_key(|p| (p.line, p.column));
    warnings
}

/// A language's name in English, for `jaws check` (which speaks English).
fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::EnGb => "English",
        Lang::Cy => "Welsh",
    }
}

/// Where a translation writes `words`, to place a warning about words only it has.
fn translated_path(lang: Lang, words: Words, w: &Workshop) -> Vec<Seg<'_>> {
    let mut path = vec![Seg::Field("translations"), Seg::Key(lang.code())];
    let stage = |i: usize, f: &'static str| {
        let id = w.stages.get(i).map_or("", |s| s.id.as_str());
        vec![Seg::Field("stages"), Seg::Key(id), Seg::Field(f)]
    };
    let lever = |i: usize, rest: &[Seg<'static>]| {
        let id = w.levers.get(i).map_or("", |l| l.id.as_str());
        let mut p = vec![Seg::Field("levers"), Seg::Key(id)];
        p.extend_from_slice(rest);
        p
    };
    let scenario = |i: usize, f: &'static str| {
        let id = w.scenarios.get(i).map_or("", |s| s.id.as_str());
        vec![Seg::Field("scenarios"), Seg::Key(id), Seg::Field(f)]
    };
    let rest = match words {
        Words::Title => vec![Seg::Field("title")],
        Words::Organisation => vec![Seg::Field("organisation")],
        Words::Description => vec![Seg::Field("description")],
        Words::Audience => vec![Seg::Field("audience")],
        Words::StageTitle(i) => stage(i, "title"),
        Words::Narrative(i) => stage(i, "narrative"),
        Words::TalkingPoint(i, k) => {
            let mut p = stage(i, "talking_points");
            p.push(Seg::Index(k));
            p
        }
        Words::Question(i) => stage(i, "question"),
        Words::Challenge(i) => stage(i, "challenge"),
        Words::Predict(i) => stage(i, "predict"),
        Words::LeverLabel(i) => lever(i, &[Seg::Field("label")]),
        Words::LeverDescription(i) => lever(i, &[Seg::Field("description")]),
        Words::BandLabel(i, k) => lever(i, &[Seg::Field("bands"), Seg::Index(k)]),
        Words::ScenarioName(i) => scenario(i, "name"),
        Words::ScenarioNote(i) => scenario(i, "note"),
    };
    path.extend(rest);
    path
}
