//! The kinds of Jaws file, told apart by their `format` field, and what every kind checks the
//! same way: that it is not empty, that it is the kind expected, that its version is one this
//! Jaws reads. Also the names Jaws gives each kind of file, and the names it opens.

use std::path::Path;

use super::read::{Doc, Problems, Report, Seg, skip_trivia, whole_file};

pub const WORKSHOP_FORMAT: &str = "jaws-workshop";
pub const SCENARIO_FORMAT: &str = "jaws-scenario";
pub const SESSION_FORMAT: &str = "jaws-session";
pub const COUNCIL_FORMAT: &str = "jaws-council";

/// What kind of Jaws file some text claims to be, from its `format` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Workshop,
    Scenario,
    Session,
    Council,
}

impl FileKind {
    pub const ALL: [FileKind; 4] = [
        FileKind::Workshop,
        FileKind::Scenario,
        FileKind::Session,
        FileKind::Council,
    ];

    /// What a person calls this kind of file.
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Workshop => "workshop",
            FileKind::Scenario => "scenario",
            FileKind::Session => "session",
            FileKind::Council => "council profile",
        }
    }

    /// The extension Jaws gives this kind of file when it saves one (without the dot).
    pub const fn extension(self) -> &'static str {
        match self {
            FileKind::Workshop => "jaws-workshop",
            FileKind::Scenario => "jaws-scenario",
            FileKind::Session => "jaws",
            FileKind::Council => "jaws-council",
        }
    }

    /// What its `format` field says.
    pub fn format(self) -> &'static str {
        match self {
            FileKind::Workshop => WORKSHOP_FORMAT,
            FileKind::Scenario => SCENARIO_FORMAT,
            FileKind::Session => SESSION_FORMAT,
            FileKind::Council => COUNCIL_FORMAT,
        }
    }

    /// The kind a document's `format` field names, if it names one; read from the text's
    /// structure without parsing the whole file, so a file broken further on is still
    /// reported as the kind it says it is.
    pub fn claimed(doc: &Doc) -> Option<FileKind> {
        let format = doc.top_string("format")?;
        FileKind::ALL.into_iter().find(|k| k.format() == format)
    }

    /// The kind of file some text is: what its `format` says, else a workshop.
    pub fn of(text: &str) -> FileKind {
        FileKind::claimed(&Doc::new("", text)).unwrap_or(FileKind::Workshop)
    }
}

/// Whether a file holds nothing a reader could take for a value: no text, or only spaces and
/// comments.
pub(super) fn is_empty(doc: &Doc) -> bool {
    skip_trivia(doc.text, 0) >= doc.text.len()
}

/// What an empty file is: nothing at all, or nothing but spaces and comments.
fn emptiness(doc: &Doc) -> String {
    crate::i18n::tr(if doc.text.is_empty() {
        "file-empty-0-bytes"
    } else {
        "file-empty-comments"
    })
}

/// What a kind of file is called, in the thread's language ("workshop", "council profile").
fn kind_words(kind: FileKind) -> String {
    crate::i18n::tr(match kind {
        FileKind::Workshop => "file-kind-workshop",
        FileKind::Scenario => "file-kind-scenario",
        FileKind::Session => "file-kind-session",
        FileKind::Council => "file-kind-council",
    })
}

/// The problem with an empty file, when it should hold a `kind`.
pub(super) fn empty_problem(doc: &Doc, kind: FileKind, newest: u32) -> Problems {
    Problems(vec![whole_file(
        doc.name,
        crate::t!(
            "file-empty-expected",
            empty = emptiness(doc),
            kind = kind_words(kind),
            format = kind.format(),
            newest = newest.to_string()
        ),
    )])
}

/// The problem with an empty file of no known kind: what its name suggests it was meant to
/// be (its extension, as Jaws saves each kind, or older names such as `…session.ron` and
/// `….scenario.ron`), else what any Jaws file starts with.
pub(super) fn empty_unknown(doc: &Doc, newest: impl Fn(FileKind) -> u32) -> Problems {
    let name = doc.name.to_lowercase();
    let extension = Path::new(&name).extension().and_then(|x| x.to_str());
    let kinds = [FileKind::Session, FileKind::Scenario, FileKind::Workshop];
    let named = kinds
        .into_iter()
        .find(|k| extension == Some(k.extension()))
        .or_else(|| {
            kinds[..2]
                .iter()
                .copied()
                .find(|k| name.contains(k.label()))
        });
    if let Some(kind) = named {
        return empty_problem(doc, kind, newest(kind));
    }
    Problems(vec![whole_file(
        doc.name,
        crate::t!("file-empty-unknown", empty = emptiness(doc)),
    )])
}

/// The extensions Jaws opens: its own, and `.ron`, which every Jaws file had before 0.2.
/// What a file is comes from its `format` field, never from its name.
pub const OPEN_EXTENSIONS: [&str; 5] = [
    "jaws",
    "jaws-workshop",
    "jaws-scenario",
    "jaws-council",
    "ron",
];

/// Whether a file's name says it is a Jaws file.
pub fn has_jaws_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| OPEN_EXTENSIONS.iter().any(|o| o.eq_ignore_ascii_case(x)))
}

/// Refuse an empty file, or one that says it is another kind of Jaws file, before parsing it
/// as `kind`.
pub(super) fn expect_kind(doc: &Doc, kind: FileKind, newest: u32) -> Result<(), Problems> {
    if is_empty(doc) {
        return Err(empty_problem(doc, kind, newest));
    }
    match FileKind::claimed(doc) {
        Some(other) if other != kind => {
            let hint = match (kind, other) {
                (FileKind::Workshop, FileKind::Session) => crate::i18n::tr("file-open-as-session"),
                _ => String::new(),
            };
            Err(Problems(vec![doc.problem_at(
                doc.label(&[Seg::Field("format")]),
                crate::t!(
                    "file-wrong-kind",
                    article = article(other.label()),
                    kind = kind_words(other),
                    format = other.format(),
                    expected = kind_words(kind),
                    expected_format = kind.format(),
                    hint = hint
                ),
            )]))
        }
        _ => Ok(()),
    }
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// A problem at the version field if this Jaws does not read `version` of `kind` (versions run
/// from 1 to `newest`).
pub(super) fn version_problem(kind: FileKind, version: u64, newest: u32) -> Option<String> {
    if (1..=u64::from(newest)).contains(&version) {
        return None;
    }
    Some(crate::t!(
        "file-version",
        kind = kind_words(kind),
        version = version.to_string(),
        newest = newest.to_string(),
        why = crate::i18n::tr(if version > u64::from(newest) {
            "file-version-newer"
        } else {
            "file-version-from-1"
        })
    ))
}

/// Check a parsed file's format and version fields.
pub(super) fn check_format(
    report: &mut Report,
    kind: FileKind,
    format: &str,
    version: u32,
    newest: u32,
) {
    check_format_at(report, &[], kind, format, version, newest);
}

/// Check the format and version fields of a file, or of one kept whole at `at` inside
/// another (a session's council profile).
pub(super) fn check_format_at(
    report: &mut Report,
    at: &[Seg],
    kind: FileKind,
    format: &str,
    version: u32,
    newest: u32,
) {
    let field = |name| -> Vec<Seg> { at.iter().copied().chain([Seg::Field(name)]).collect() };
    if format != kind.format() {
        report.label(
            &field("format"),
            crate::t!("file-format-is", format = format, expected = kind.format()),
        );
    }
    if let Some(message) = version_problem(kind, u64::from(version), newest) {
        report.label(&field("version"), message);
    }
}
