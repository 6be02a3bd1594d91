//! Ids: what names a workshop, a scenario, a stage or a deal card in files and on the command
//! line, and the levers of the model. One rule, one message when an id breaks it, one "did you
//! mean" when a name is close to a known one.
//!
//! An id read from a file is [`Checked`]: validated as it is read, but a bad one does not stop
//! the reading, so that every problem in the file is listed together with its place.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::LEVER_SPECS;
use crate::model::lever_index;

/// Longest id, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// 1 to 64 lower-case letters, digits, `-` or `_`: safe in file names, URLs and commands.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// An id that breaks the rule, with what it was to name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadId {
    pub what: &'static str,
    pub given: String,
}

impl fmt::Display for BadId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!(
            "file-bad-id",
            what = what_words(self.what),
            id = self.given.as_str(),
            most = MAX_ID_CHARS.to_string()
        ))
    }
}

/// What an id names ("scenario", "deal card"), in the thread's language.
pub fn what_words(what: &str) -> String {
    crate::i18n::tr(match what {
        "workshop" => "file-what-workshop",
        "scenario" => "file-what-scenario",
        "stage" => "file-what-stage",
        "deal card" => "file-what-deal-card",
        other => return other.to_owned(),
    })
}

/// An id type: a string that follows the rule.
pub trait Id: Sized {
    /// What it names, as a person says it: "scenario".
    const WHAT: &'static str;
    fn new(id: impl Into<String>) -> Result<Self, BadId>;
    fn as_str(&self) -> &str;
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl Id for $name {
            const WHAT: &'static str = $what;

            fn new(id: impl Into<String>) -> Result<Self, BadId> {
                let id = id.into();
                if is_valid_id(&id) {
                    Ok($name(id))
                } else {
                    Err(BadId { what: $what, given: id })
                }
            }

            fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl $name {
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

id_type!(
    /// Names a workshop; sessions and scenario files name the workshop they were made with.
    WorkshopId,
    "workshop"
);
id_type!(
    /// Names a scenario, unique in its workshop or session.
    ScenarioId,
    "scenario"
);
id_type!(
    /// Names a stage, unique in its workshop.
    StageId,
    "stage"
);
id_type!(
    /// Names a card of "our deal", unique in its session.
    CardId,
    "deal card"
);

/// An id as a file gives it, checked as it is read. A bad id does not stop the reading: it is
/// kept, to be reported at its place with every other problem in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Checked<T> {
    Valid(T),
    Bad(BadId),
}

impl<T: Id> Checked<T> {
    /// Check text, such as an id held in memory that is about to be written.
    pub fn from_text(text: impl Into<String>) -> Checked<T> {
        match T::new(text) {
            Ok(id) => Checked::Valid(id),
            Err(bad) => Checked::Bad(bad),
        }
    }

    /// The id as written, valid or not.
    pub fn text(&self) -> &str {
        match self {
            Checked::Valid(id) => id.as_str(),
            Checked::Bad(bad) => &bad.given,
        }
    }

    pub fn into_text(self) -> String {
        match self {
            Checked::Valid(id) => id.as_str().to_owned(),
            Checked::Bad(bad) => bad.given,
        }
    }

    pub fn problem(&self) -> Option<&BadId> {
        match self {
            Checked::Valid(_) => None,
            Checked::Bad(bad) => Some(bad),
        }
    }
}

impl<'de, T: Id> Deserialize<'de> for Checked<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Checked::from_text)
    }
}

impl<T: Id> Serialize for Checked<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.text())
    }
}

/// Ids met so far among things that must each have their own, to find one used twice.
pub struct Distinct {
    what: &'static str,
    seen: HashSet<String>,
}

impl Distinct {
    pub fn new(what: &'static str) -> Distinct {
        Distinct {
            what,
            seen: HashSet::new(),
        }
    }

    /// `None` the first time an id is met; the problem each time after.
    pub fn repeat(&mut self, id: &str) -> Option<String> {
        if self.seen.insert(id.to_owned()) {
            return None;
        }
        Some(crate::t!(
            "file-id-twice",
            what = what_words(self.what),
            id = id
        ))
    }
}

/// A lever of the model, by its id: `co_production`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LeverId(usize);

impl LeverId {
    pub fn new(id: &str) -> Result<LeverId, UnknownLever> {
        lever_index(id)
            .map(LeverId)
            .ok_or_else(|| UnknownLever(id.to_owned()))
    }

    /// Where the lever comes in the model's catalogue ([`LEVER_SPECS`]).
    pub fn index(self) -> usize {
        self.0
    }

    pub fn as_str(self) -> &'static str {
        LEVER_SPECS[self.0].id
    }
}

/// A lever id the model does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLever(pub String);

impl fmt::Display for UnknownLever {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<&str> = LEVER_SPECS.iter().map(|s| s.id).collect();
        f.write_str(&crate::t!(
            "file-unknown-lever",
            id = self.0.as_str(),
            guess = did_you_mean(&self.0, ids.iter().copied()),
            levers = ids.join(", ")
        ))
    }
}

/// Most edits between a word and a name it is taken to mean.
const CLOSE: usize = 2;

/// ` (did you mean "trust"?)` when one of `names` is close to `word` (at most two edits; the
/// closest, the first of those as close); empty otherwise. Work in proportion to the names
/// given, however long the list: each is compared only as far as it could still be close.
pub fn did_you_mean<'n>(word: &str, names: impl Iterator<Item = &'n str>) -> String {
    let word: Vec<char> = word.chars().collect();
    let mut best: Option<(usize, &str)> = None;
    let mut name = Vec::new();
    for n in names {
        name.clear();
        name.extend(n.chars());
        let most = best.map_or(CLOSE, |(d, _)| d - 1);
        if let Some(d) = distance_within(&word, &name, most) {
            best = Some((d, n));
            // No unknown word is nearer than one edit.
            if d <= 1 {
                break;
            }
        }
        if best.is_some_and(|(d, _)| d == 0) {
            break;
        }
    }
    best.map_or(String::new(), |(_, n)| {
        crate::t!("file-did-you-mean", name = n)
    })
}

/// The edit distance (insertions, deletions, substitutions) between `a` and `b` if it is at
/// most `most`, else `None`; only the diagonal band `most` wide either side is worked out.
fn distance_within(a: &[char], b: &[char], most: usize) -> Option<usize> {
    // At least as many edits as the lengths differ.
    if a.len().abs_diff(b.len()) > most {
        return None;
    }
    const FAR: usize = usize::MAX / 2;
    let mut prev: Vec<usize> = (0..=b.len())
        .map(|j| if j <= most { j } else { FAR })
        .collect();
    let mut cur = vec![FAR; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        let row = i + 1;
        let (lo, hi) = (row.saturating_sub(most), (row + most).min(b.len()));
        cur.fill(FAR);
        if lo == 0 {
            cur[0] = row;
        }
        let mut nearest = cur[0];
        for j in lo.max(1)..=hi {
            let d = (prev[j - 1] + usize::from(ca != b[j - 1]))
                .min(prev[j] + 1)
                .min(cur[j - 1] + 1);
            cur[j] = d;
            nearest = nearest.min(d);
        }
        if nearest > most {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|&d| d <= most)
}

/// Names for a message that lists what there is: all of them when there are few, else the
/// first few and how many more, so a message stays a line however big the file.
pub fn listed(names: &[&str]) -> String {
    const SHOWN: usize = 12;
    if names.len() <= SHOWN {
        return names.join(", ");
    }
    crate::t!(
        "file-and-more",
        names = names[..SHOWN].join(", "),
        more = (names.len() - SHOWN).to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_one_rule_and_say_so_once() {
        for good in ["new-deal", "table_3", "a", &"x".repeat(64)] {
            assert!(ScenarioId::new(good).is_ok(), "{good}");
        }
        for bad in ["", "New Deal", "é", &"x".repeat(65), "a.b"] {
            let e = StageId::new(bad).unwrap_err();
            assert_eq!(
                e.to_string(),
                format!(
                    "stage id \"{bad}\" must be 1 to 64 lower-case letters, digits, '-' or '_'"
                )
            );
        }
        let c: Checked<CardId> = Checked::from_text("Not An Id");
        assert_eq!(c.text(), "Not An Id");
        assert!(c.problem().unwrap().to_string().starts_with("deal card id"));
    }

    #[test]
    fn a_second_use_is_reported_each_time() {
        let mut seen = Distinct::new("scenario");
        assert_eq!(seen.repeat("a"), None);
        assert_eq!(seen.repeat("b"), None);
        assert!(seen.repeat("a").unwrap().contains("\"a\" is used twice"));
        assert!(seen.repeat("a").is_some());
    }

    #[test]
    fn close_names_are_suggested() {
        let names = ["trust", "gap", "adoption"];
        assert_eq!(
            did_you_mean("trsut", names.iter().copied()),
            " (did you mean \"trust\"?)"
        );
        assert_eq!(did_you_mean("the_council", names.iter().copied()), "");
        let e = LeverId::new("council_tax_rse").unwrap_err().to_string();
        assert!(e.contains("did you mean \"council_tax_rise\""), "{e}");
        assert_eq!(
            LeverId::new("co_production").map(LeverId::as_str),
            Ok("co_production")
        );
    }

    #[test]
    fn distances_are_exact_within_the_band() {
        let d = |a: &str, b: &str, most| {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            distance_within(&a, &b, most)
        };
        assert_eq!(d("trust", "trust", 2), Some(0));
        assert_eq!(d("trsut", "trust", 2), Some(2));
        assert_eq!(d("trst", "trust", 2), Some(1));
        assert_eq!(d("kitten", "sitting", 2), None);
        assert_eq!(d("kitten", "sitting", 3), Some(3));
        assert_eq!(d("", "ab", 2), Some(2));
        assert_eq!(d("abc", "", 2), None);
        assert_eq!(d("scenario-12x", "scenario-12", 1), Some(1));
        // The first of the closest is named.
        let names = ["scenario-22", "scenario-1", "scenario-11"];
        assert_eq!(
            did_you_mean("scenario-1x", names.iter().copied()),
            " (did you mean \"scenario-1\"?)"
        );
    }

    #[test]
    fn long_lists_are_cut() {
        let many: Vec<String> = (0..20).map(|i| format!("s{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(listed(&many[..2]), "s0, s1");
        assert!(listed(&many).ends_with("s11 and 8 more"));
    }
}
