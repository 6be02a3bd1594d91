//! Parsing RON into a file's shape, and turning a parser's error into a problem a person can
//! act on: placed at the token that is wrong (or where a missing comma belongs), in words, never
//! naming a Rust type.

use ron::error::SpannedError;
use serde::de::DeserializeOwned;

use super::custom::ReaderError;
use super::locate::Doc;
use super::problem::{Problem, Problems};
use super::scan::after_previous_token;

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

const ENDS_EARLY: &str = "the file ends too early: something is not closed";

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

/// Said of a part whose type is missing from [`SHAPES`]: never the type's own name.
pub const UNNAMED_PART: &str = "a part of the file";

/// What a person calls the part a type reads.
fn what(shape: Option<&str>) -> &'static str {
    match shape {
        Some(name) => SHAPES
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(UNNAMED_PART, |(_, label)| label),
        None => "this part",
    }
}

/// serde's description of what a reader expected, in words: `u32` is a whole number, `struct
/// StageEntry` is a stage.
fn expected_in_words(expected: &str) -> String {
    let shape = expected
        .strip_prefix("struct ")
        .or_else(|| expected.strip_prefix("enum "));
    if let Some(name) = shape {
        return what(Some(name)).into();
    }
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            "a whole number, like 3".into()
        }
        "f32" | "f64" => "a number, like 2.5".into(),
        "a string" => "text in double quotes".into(),
        "a sequence" => "a list in [ ]".into(),
        "a boolean" => "true or false".into(),
        "option" => "a value".into(),
        "a tuple of size 2" => "a pair, like (0.5, 0.5)".into(),
        other => other.into(),
    }
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
        ron::Error::ExceededRecursionLimit => (
            token,
            format!(
                "nesting is too deep (more than {MAX_DEPTH} levels); a Jaws file is never nested like this"
            ),
        ),
        ron::Error::Eof => (start, ENDS_EARLY.into()),
        _ if ends_early => (start, ENDS_EARLY.into()),
        // `minutes: 12.5` where a whole number belongs: ron reads `12`, then finds `.5`.
        ron::Error::ExpectedComma
            if text[token..].starts_with('.')
                && text[..token].ends_with(|c: char| c.is_ascii_digit()) =>
        {
            (
                text[..token]
                    .rfind(|c: char| !c.is_ascii_digit())
                    .map_or(token, |i| i + 1),
                "expected a whole number, like 3, not a decimal".into(),
            )
        }
        // Noticed at the next item, often on the next line: point where the comma belongs.
        ron::Error::ExpectedComma => (
            after_previous_token(text, start),
            "expected a comma here, after this item (or a closing bracket)".into(),
        ),
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
        ron::Error::ExpectedStringEnd => (
            token,
            "text in double quotes is not closed: a closing \" is missing".into(),
        ),
        ron::Error::InvalidValueForType { expected, found } => (
            token,
            format!("expected {}, found {found}", expected_in_words(expected)),
        ),
        ron::Error::ExpectedDifferentLength { expected, found } => (
            token,
            format!(
                "expected {}, found {found} item{}",
                expected_in_words(expected),
                if *found == 1 { "" } else { "s" }
            ),
        ),
        ron::Error::IntegerOutOfBounds => out_of_bounds(doc, end, token),
        // A number where a word such as `explore` or `council` belongs.
        ron::Error::SuggestRawIdentifier(found) => (
            token,
            format!("`{found}` is not one of the choices here; expected a word, without quotes"),
        ),
        ron::Error::TrailingCharacters => (
            token,
            "unexpected text after the end of the file: nothing may follow the `)` that closes it"
                .into(),
        ),
        ron::Error::ExpectedFloat => (token, "expected a number, like 2.5".into()),
        ron::Error::ExpectedInteger => (token, "expected a whole number, like 3".into()),
        ron::Error::ExpectedString => (token, "expected text in double quotes".into()),
        ron::Error::ExpectedBoolean => (token, "expected true or false".into()),
        ron::Error::ExpectedArray => (token, "expected a list, opening with `[`".into()),
        ron::Error::ExpectedArrayEnd => (
            token,
            "expected `]` to close the list, or a comma before the next item".into(),
        ),
        ron::Error::ExpectedMap => (token, "expected a map, opening with `{`".into()),
        ron::Error::ExpectedMapEnd => (
            token,
            "expected `}` to close the map, or a comma before the next entry".into(),
        ),
        ron::Error::ExpectedMapColon => {
            (token, "expected `:` between the key and its value".into())
        }
        ron::Error::ExpectedStructLikeEnd | ron::Error::ExpectedOptionEnd => (
            token,
            "expected `)` to close this part, or a comma before the next field".into(),
        ),
        ron::Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            token,
            format!(
                "unknown field `{found}` in {}; expected one of: {}",
                what(outer.as_deref()),
                expected.join(", ")
            ),
        ),
        ron::Error::MissingStructField { field, outer } => (
            token,
            format!("{} needs the field `{field}`", what(outer.as_deref())),
        ),
        ron::Error::DuplicateStructField { field, outer } => (
            token,
            format!(
                "the field `{field}` appears twice in {}",
                what(outer.as_deref())
            ),
        ),
        ron::Error::ExpectedIdentifier => (
            token,
            "expected a field name (like `id:`) or a closing `)` here".into(),
        ),
        ron::Error::ExpectedDifferentStructName { expected, found } => (
            token,
            format!(
                "expected `(` to open {}, found `{found}`",
                what(Some(expected))
            ),
        ),
        ron::Error::ExpectedStructName(name) => {
            (token, format!("expected {} here", what(Some(name))))
        }
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => (
            token,
            format!(
                "`{found}` is not one of the choices here; expected {}",
                expected
                    .iter()
                    .map(|e| format!("`{e}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        ),
        // Only pairs are unnamed groups in Jaws files: map places, sketched points.
        ron::Error::ExpectedStructLike => (
            token,
            "expected `(` to open a pair of numbers, like (0.5, 0.5)".into(),
        ),
        ron::Error::ExpectedNamedStructLike(outer) => {
            (token, format!("expected `(` to open {}", what(Some(outer))))
        }
        other => (token, format!("{other}")),
    };
    doc.problem_at(at, message)
}

/// The whole numbers Jaws files hold, by field: what each may be, and whether it may be
/// below zero. Said when a number does not even fit the field's type, so a person learns the
/// range, not a Rust type's.
const WHOLE_NUMBERS: &[(&str, &str, bool)] = &[
    ("version", "a format version: 1, 2, ...", false),
    ("minutes", "a whole number of minutes from 1 to 120", false),
    (
        "stage",
        "the number of the stage reached, counting from 0",
        false,
    ),
    ("base_year", "a year from 1990 to 2100", true),
    (
        "horizon_years",
        "a whole number of years from 5 to 30",
        false,
    ),
];

/// A whole number too big (or below zero) for its field, named with the field it was given
/// for and what that field takes.
fn out_of_bounds(doc: &Doc, end: usize, token: usize) -> (usize, String) {
    let Some(entry) = doc.entry_before(end) else {
        return (token, "this whole number is out of range here".into());
    };
    let number = &doc.text[entry.value.clone()];
    let below = |signed: bool| {
        if number.starts_with('-') && !signed {
            " (it cannot be below zero)"
        } else {
            ""
        }
    };
    let message = if entry.label == entry.value {
        format!("`{number}` is out of range here{}", below(false))
    } else {
        let field = doc.text[entry.label].trim_matches('"');
        match WHOLE_NUMBERS.iter().find(|(f, _, _)| *f == field) {
            Some((_, takes, signed)) => format!(
                "`{number}` is out of range for `{field}`{}: expected {takes}",
                below(*signed)
            ),
            None => format!("`{number}` is out of range for `{field}`{}", below(false)),
        }
    };
    (entry.value.start, message)
}
