//! Parsing RON into a file's shape, and turning a parser's error into a problem a person can
//! act on: placed at the token that is wrong (or where a missing comma belongs), in words, never
//! naming a Rust type.

use ron::error::SpannedError;
use serde::de::DeserializeOwned;

use super::custom::ReaderError;
use super::locate::Doc;
use super::problem::{Problem, Problems};
use super::scan::after_previous_token;
use crate::i18n::{tr, tr_or};
use crate::t;

/// Deepest nesting a Jaws file may have; no real one comes close.
pub const MAX_DEPTH: usize = 64;

/// The RON options every Jaws file is read with.
pub fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_DEPTH)
}

/// Parse the document into `T`; a syntax or shape mistake is one located problem.
pub fn parse<T: DeserializeOwned>(doc: &Doc) -> Result<T, Problems> {
    options()
        .from_str(doc.text)
        .map_err(|e| Problems(vec![problem(doc, &e)]))
}

/// What a person calls each part of a Jaws file, by the name of the Rust type that reads it.
const SHAPES: &[(&str, &str)] = &[
    ("WorkshopFile", "the workshop"),
    ("ScenarioFileShape", "the scenario file"),
    ("ScenarioEntry", "a scenario"),
    ("LeverOverride", "a lever's settings"),
    ("Assumptions", "the assumptions"),
    ("Uncertain", "an uncertain range"),
    ("Band", "a band"),
    ("StageEntry", "a stage"),
    ("ChallengeEntry", "a stage's challenge"),
    ("StageView", "a stage's view"),
    ("SessionFile", "the session"),
    ("AssumptionsV2", "the assumptions"),
    ("Schedule", "the schedules"),
    ("Claim", "a claim"),
    ("ClaimMetric", "a claim's metric"),
    ("Direction", "a claim's direction"),
    ("Limit", "a band's limit"),
    ("CapturedEntry", "a captured scenario"),
    ("DealEntry", "a deal card"),
    ("DealSide", "a deal card's side"),
    ("PredictionEntry", "a prediction"),
    ("CouncilFile", "the council profile"),
    ("Sourced", "a figure and its source"),
    ("MtfsYear", "an MTFS year"),
    ("TranslationEntry", "a translation"),
    ("StageWords", "a stage's words in another language"),
    ("LeverWords", "a lever's words in another language"),
    ("ScenarioWords", "a scenario's words in another language"),
];

/// Said of a part whose type is missing from [`SHAPES`]: never the type's own name (the
/// English of `file-part-unnamed`).
pub const UNNAMED_PART: &str = "a part of the file";

/// What a person calls the part a type reads, in the thread's language: the table's
/// English, or the catalogue's `file-part-…` ([`part_id`]).
fn what(shape: Option<&str>) -> String {
    match shape {
        Some(name) => SHAPES.iter().find(|(n, _)| *n == name).map_or_else(
            || tr("file-part-unnamed"),
            |(n, label)| tr_or(&part_id(n), label),
        ),
        None => tr("file-part-this"),
    }
}

/// The catalogue id of what a type reads: `StageEntry` is `file-part-stage-entry`.
fn part_id(type_name: &str) -> String {
    let mut id = String::from("file-part");
    for c in type_name.chars() {
        if c.is_ascii_uppercase() {
            id.push('-');
        }
        id.push(c.to_ascii_lowercase());
    }
    id
}

/// serde's description of what a reader expected, in words: `u32` is a whole number, `struct
/// StageEntry` is a stage.
fn expected_in_words(expected: &str) -> String {
    let shape = expected
        .strip_prefix("struct ")
        .or_else(|| expected.strip_prefix("enum "));
    if let Some(name) = shape {
        return what(Some(name));
    }
    tr(match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            "file-a-whole-number"
        }
        "f32" | "f64" => "file-a-number",
        "a string" => "file-a-text",
        "a sequence" => "file-a-list",
        "a boolean" => "file-a-boolean",
        "option" => "file-a-value",
        "a tuple of size 2" => "file-a-pair",
        other => return other.into(),
    })
}

/// One problem for a parser's error: where a person should look, and what to do.
pub fn problem(doc: &Doc, e: &SpannedError) -> Problem {
    let text = doc.text;
    let start = doc.offset(e.span.start.line, e.span.start.col);
    let end = doc.offset(e.span.end.line, e.span.end.col).max(start);
    // ron's span starts before the whitespace ahead of the offending token: point at the token.
    let token = end - text[start..end].trim_start().len();
    let ends_early = text[start..].trim().is_empty();
    let (at, message) = match &e.code {
        ron::Error::ExceededRecursionLimit => {
            (token, t!("file-too-deep", levels = MAX_DEPTH.to_string()))
        }
        ron::Error::Eof => (start, tr("file-ends-early")),
        _ if ends_early => (start, tr("file-ends-early")),
        // `minutes: 12.5` where a whole number belongs: ron reads `12`, then finds `.5`.
        ron::Error::ExpectedComma
            if text[token..].starts_with('.')
                && text[..token].ends_with(|c: char| c.is_ascii_digit()) =>
        {
            (
                text[..token]
                    .rfind(|c: char| !c.is_ascii_digit())
                    .map_or(token, |i| i + 1),
                tr("file-expected-whole-not-decimal"),
            )
        }
        // Noticed at the next item, often on the next line: point where the comma belongs.
        ron::Error::ExpectedComma => (after_previous_token(text, start), tr("file-expected-comma")),
        ron::Error::Message(m) => match ReaderError::decode(m) {
            // Noticed after the second entry's value: point at its key.
            Some(ReaderError::RepeatedKey(key)) => (
                doc.repeated_key(end, &key).unwrap_or(token),
                ReaderError::RepeatedKey(key).message(),
            ),
            // Noticed once the value was read: point at the value.
            Some(mistake @ ReaderError::Value(_)) => {
                (doc.value_before(end).unwrap_or(token), mistake.message())
            }
            None => (token, m.clone()),
        },
        ron::Error::ExpectedStringEnd => (token, tr("file-string-not-closed")),
        ron::Error::InvalidValueForType { expected, found } => (
            token,
            t!(
                "file-expected-found",
                expected = expected_in_words(expected),
                found = found.to_string()
            ),
        ),
        ron::Error::ExpectedDifferentLength { expected, found } => (
            token,
            t!(
                "file-expected-items",
                expected = expected_in_words(expected),
                count = *found
            ),
        ),
        ron::Error::IntegerOutOfBounds => out_of_bounds(doc, end, token),
        // A number where a word such as `explore` or `council` belongs.
        ron::Error::SuggestRawIdentifier(found) => {
            (token, t!("file-expected-word", found = found.as_str()))
        }
        ron::Error::TrailingCharacters => (token, tr("file-trailing")),
        ron::Error::ExpectedFloat => (token, tr("file-expected-number")),
        ron::Error::ExpectedInteger => (token, tr("file-expected-whole-number")),
        ron::Error::ExpectedString => (token, tr("file-expected-text")),
        ron::Error::ExpectedBoolean => (token, tr("file-expected-boolean")),
        ron::Error::ExpectedArray => (token, tr("file-expected-list")),
        ron::Error::ExpectedArrayEnd => (token, tr("file-expected-list-end")),
        ron::Error::ExpectedMap => (token, tr("file-expected-map")),
        ron::Error::ExpectedMapEnd => (token, tr("file-expected-map-end")),
        ron::Error::ExpectedMapColon => (token, tr("file-expected-colon")),
        ron::Error::ExpectedStructLikeEnd | ron::Error::ExpectedOptionEnd => {
            (token, tr("file-expected-part-end"))
        }
        ron::Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            token,
            t!(
                "file-unknown-field",
                found = found.as_str(),
                part = what(outer.as_deref()),
                expected = expected.join(", ")
            ),
        ),
        ron::Error::MissingStructField { field, outer } => (
            token,
            t!(
                "file-missing-field",
                part = what(outer.as_deref()),
                field = *field
            ),
        ),
        ron::Error::DuplicateStructField { field, outer } => (
            token,
            t!(
                "file-field-twice",
                field = *field,
                part = what(outer.as_deref())
            ),
        ),
        ron::Error::ExpectedIdentifier => (token, tr("file-expected-field-name")),
        ron::Error::ExpectedDifferentStructName { expected, found } => (
            token,
            t!(
                "file-expected-open-found",
                part = what(Some(expected)),
                found = found.as_str()
            ),
        ),
        ron::Error::ExpectedStructName(name) => {
            (token, t!("file-expected-part", part = what(Some(name))))
        }
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => (
            token,
            t!(
                "file-not-a-choice",
                found = found.as_str(),
                expected = expected
                    .iter()
                    .map(|e| format!("`{e}`"))
                    .collect::<Vec<_>>()
                    .join(&tr("file-or"))
            ),
        ),
        // Only pairs are unnamed groups in Jaws files: map places, sketched points.
        ron::Error::ExpectedStructLike => (token, tr("file-expected-pair")),
        ron::Error::ExpectedNamedStructLike(outer) => {
            (token, t!("file-expected-open", part = what(Some(outer))))
        }
        other => (token, format!("{other}")),
    };
    doc.problem_at(at, message)
}

/// The whole numbers Jaws files hold, by field: what each may be, and whether it may be
/// below zero. Said when a number does not even fit the field's type, so a person learns the
/// range, not a Rust type's.
const WHOLE_NUMBERS: &[(&str, &str, bool)] = &[
    ("version", "file-takes-version", false),
    ("minutes", "file-takes-minutes", false),
    ("stage", "file-takes-stage", false),
    ("base_year", "file-takes-base-year", true),
    ("horizon_years", "file-takes-horizon-years", false),
];

/// A whole number too big (or below zero) for its field, named with the field it was given
/// for and what that field takes.
fn out_of_bounds(doc: &Doc, end: usize, token: usize) -> (usize, String) {
    let Some(entry) = doc.entry_before(end) else {
        return (token, tr("file-number-out-of-range"));
    };
    let number = &doc.text[entry.value.clone()];
    let below = |signed: bool| {
        if number.starts_with('-') && !signed {
            tr("file-not-below-zero")
        } else {
            String::new()
        }
    };
    let message = if entry.label == entry.value {
        t!("file-out-of-range", number = number, below = below(false))
    } else {
        let field = doc.text[entry.label].trim_matches('"');
        match WHOLE_NUMBERS.iter().find(|(f, _, _)| *f == field) {
            Some((_, takes, signed)) => t!(
                "file-out-of-range-takes",
                number = number,
                field = field,
                below = below(*signed),
                takes = tr(takes)
            ),
            None => t!(
                "file-out-of-range-for",
                number = number,
                field = field,
                below = below(false)
            ),
        }
    };
    (entry.value.start, message)
}

#[cfg(test)]
mod tests {
    use super::{SHAPES, part_id};
    use crate::i18n::{Lang, has, tr_in};

    #[test]
    fn every_part_of_a_file_has_its_welsh_and_the_english_is_the_tables() {
        for (type_name, english) in SHAPES {
            let id = part_id(type_name);
            assert!(has(Lang::Cy, &id), "add {id} to i18n/*/files.ftl");
            assert_eq!(tr_in(Lang::EnGb, &id, &[]), *english, "{id}");
        }
        assert_eq!(part_id("AssumptionsV2"), "file-part-assumptions-v2");
    }
}
