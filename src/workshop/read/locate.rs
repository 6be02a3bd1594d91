//! Finding things in RON text by their place in the structure: a path of fields, map keys and
//! list items leads to a byte span. Problems found after parsing are placed with it.
//!
//! Nothing is searched for as text, so a field name inside a string or a comment can never
//! draw a problem to the wrong place. Each group (struct, map, list) on the way is scanned once,
//! the first time a path passes through it, and remembered: placing any number of problems
//! costs time in proportion to the file, not to the file times the problems.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::{BinaryHeap, HashMap};
use std::ops::Range;

use super::problem::{Problem, Problems};
use super::scan::{
    char_in_string, refused_in_literals, skip_comma, skip_ident, skip_trivia, skip_value,
    string_value, value_span,
};
use super::text::{code_point, is_line_break, is_refused};

/// One step of a path into a RON value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg<'p> {
    /// A field of a struct: `(name: value)`.
    Field(&'p str),
    /// A key of a map: `{"key": value}`.
    Key(&'p str),
    /// An item of a list or a tuple: `[a, b]`, `(a, b)`, from 0.
    Index(usize),
}

/// Where one step of a path was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spot {
    /// The field's name or the map's key; for a list item, the item itself.
    pub label: Range<usize>,
    /// The value (seen through `Some(..)`).
    pub value: Range<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Struct,
    Map,
    List,
    Other,
}

/// The direct children of one group, in the order written.
struct Table<'a> {
    kind: Kind,
    entries: Vec<Spot>,
    /// Field names and map keys (as the text they stand for), to their first entry.
    first: HashMap<Cow<'a, str>, usize>,
}

impl<'a> Table<'a> {
    /// Scan the group whose value starts at `at`. Stops quietly where the text is broken.
    fn scan(text: &'a str, at: usize) -> Table<'a> {
        let b = text.as_bytes();
        let mut table = Table {
            kind: Kind::Other,
            entries: Vec::new(),
            first: HashMap::new(),
        };
        let mut i = skip_trivia(text, at);
        // An optional struct name before `(`.
        let named = skip_ident(text, i);
        if named > i && b.get(skip_trivia(text, named)) == Some(&b'(') {
            i = skip_trivia(text, named);
        }
        let (kind, close) = match b.get(i) {
            Some(b'(') => (Kind::Struct, b')'),
            Some(b'{') => (Kind::Map, b'}'),
            Some(b'[') => (Kind::List, b']'),
            _ => return table,
        };
        i += 1;
        table.kind = kind;
        if kind == Kind::Struct {
            // `(name: value, ..)` is a struct; `(a, b)` a tuple, found like a list's items.
            let first = skip_trivia(text, i);
            let name_end = skip_ident(text, first);
            let is_struct = name_end > first && b.get(skip_trivia(text, name_end)) == Some(&b':');
            if !is_struct && b.get(first) != Some(&b')') {
                table.kind = Kind::List;
            }
        }
        loop {
            i = skip_trivia(text, i);
            if i >= b.len() || b[i] == close {
                return table;
            }
            // The entry, and where all of it ends (after any `Some(..)` around its value).
            let (entry, end) = match table.kind {
                Kind::List => {
                    let v = value_span(text, i);
                    (
                        Spot {
                            label: v.clone(),
                            value: v,
                        },
                        skip_value(text, i),
                    )
                }
                Kind::Struct | Kind::Map => {
                    let label = if table.kind == Kind::Struct {
                        let end = skip_ident(text, i);
                        if end == i {
                            return table;
                        }
                        i..end
                    } else {
                        value_span(text, i)
                    };
                    let colon = skip_trivia(text, label.end);
                    if b.get(colon) != Some(&b':') {
                        return table;
                    }
                    let value = value_span(text, colon + 1);
                    let end = skip_value(text, colon + 1);
                    let name = match table.kind {
                        Kind::Struct => Cow::Borrowed(text[label.clone()].trim_start_matches("r#")),
                        _ => string_value(text, label.clone())
                            .unwrap_or(Cow::Borrowed(&text[label.clone()])),
                    };
                    table.first.entry(name).or_insert(table.entries.len());
                    (Spot { label, value }, end)
                }
                Kind::Other => return table,
            };
            let next = skip_comma(text, end);
            table.entries.push(entry);
            if next <= i {
                return table;
            }
            i = next;
        }
    }

    fn find(&self, seg: Seg) -> Option<&Spot> {
        let i = match (seg, self.kind) {
            (Seg::Field(name), Kind::Struct) | (Seg::Key(name), Kind::Map) => {
                *self.first.get(name)?
            }
            (Seg::Index(n), Kind::List) => n,
            _ => return None,
        };
        self.entries.get(i)
    }

    /// The entry whose value holds `at` strictly inside it, or else the last one written
    /// before `at`.
    fn around(&self, at: usize) -> Option<(&Spot, bool)> {
        let n = self.entries.partition_point(|e| e.value.start < at);
        let last = self.entries.get(n.checked_sub(1)?)?;
        Some((last, at < last.value.end))
    }
}

/// A file's text, with what is needed to place problems in it.
pub struct Doc<'a> {
    /// What problems call the file.
    pub name: &'a str,
    pub text: &'a str,
    /// Groups scanned so far, by where their value starts.
    tables: RefCell<HashMap<usize, Table<'a>>>,
    /// The whole file's value, once found: finding it means passing over the whole text.
    root: OnceCell<Range<usize>>,
    /// How much text scanning groups has read so far, in bytes.
    scanned: Cell<usize>,
}

impl<'a> Doc<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Doc<'a> {
        Doc {
            name,
            text,
            tables: RefCell::new(HashMap::new()),
            root: OnceCell::new(),
            scanned: Cell::new(0),
        }
    }

    /// The whole file's value.
    fn root(&self) -> Spot {
        let value = self
            .root
            .get_or_init(|| {
                let value = value_span(self.text, 0);
                self.scanned.set(self.scanned.get() + value.end);
                value
            })
            .clone();
        Spot {
            label: value.clone(),
            value,
        }
    }

    /// Run `f` on the table of the group whose value starts at `at`, scanning it if need be.
    fn with_table<R>(&self, at: usize, f: impl FnOnce(&Table<'a>) -> R) -> R {
        let mut tables = self.tables.borrow_mut();
        let table = tables.entry(at).or_insert_with(|| {
            let table = Table::scan(self.text, at);
            let end = table.entries.last().map_or(at, |e| e.value.end);
            self.scanned
                .set(self.scanned.get() + end.saturating_sub(at));
            table
        });
        f(table)
    }

    /// Where `path` leads, with whether every step of it was found; where a step is missing,
    /// the deepest step found (the whole file if none).
    pub fn find(&self, path: &[Seg]) -> (Spot, bool) {
        let mut spot = self.root();
        for &seg in path {
            match self.with_table(spot.value.start, |t| t.find(seg).cloned()) {
                Some(next) => spot = next,
                None => return (spot, false),
            }
        }
        (spot, true)
    }

    /// How much of the text, in bytes, finding paths has read so far: each group is read once
    /// however many paths pass through it, so this stays within a few times the file's length
    /// (the depth of nesting), however many problems are placed.
    pub fn scanned(&self) -> usize {
        self.scanned.get()
    }

    /// Byte offset of the label at the end of `path` (a field's name, a map's key, a list's
    /// item), or of the deepest step found.
    pub fn label(&self, path: &[Seg]) -> usize {
        self.find(path).0.label.start
    }

    /// Byte offset of the value at the end of `path`, or of the deepest step found.
    pub fn value(&self, path: &[Seg]) -> usize {
        self.find(path).0.value.start
    }

    /// The top-level field `name`'s value as text, if it is a string literal: read without
    /// parsing the file, so it works on a file broken further on.
    pub fn top_string(&self, name: &str) -> Option<Cow<'a, str>> {
        let (spot, found) = self.find(&[Seg::Field(name)]);
        found.then(|| string_value(self.text, spot.value))?
    }

    /// The top-level field `name`'s value, if it is a whole number.
    pub fn top_integer(&self, name: &str) -> Option<u64> {
        let (spot, found) = self.find(&[Seg::Field(name)]);
        found.then(|| self.text[spot.value].parse().ok())?
    }

    /// Walk down from the whole file through the values that hold `at`; `visit` sees each
    /// group on the way with the entry around `at` and whether `at` lies inside it.
    fn descend(&self, at: usize, mut visit: impl FnMut(&Table<'a>, Option<(&Spot, bool)>)) {
        let mut value = self.root().value;
        // Each step goes into a strictly smaller span, so this ends.
        loop {
            let inner = self.with_table(value.start, |t| {
                let around = t.around(at);
                visit(t, around);
                around
                    .filter(|(_, inside)| *inside)
                    .map(|(s, _)| s.value.clone())
            });
            match inner {
                Some(next) if next != value => value = next,
                _ => return,
            }
        }
    }

    /// The entry (field, map entry or item) whose value a reader had just read when it stopped
    /// at `at`: the deepest one holding `at`, or else ending just before it.
    pub fn entry_before(&self, at: usize) -> Option<Spot> {
        let mut found = None;
        // The deepest group's entry is the one: each level overwrites the one above.
        self.descend(at, |_, around| {
            if let Some((spot, _)) = around {
                found = Some(spot.clone());
            }
        });
        found
    }

    /// Where the value a reader had just read when it stopped at `at` starts.
    pub fn value_before(&self, at: usize) -> Option<usize> {
        self.entry_before(at).map(|spot| spot.value.start)
    }

    /// The key of the second `key` in the innermost map around `at` that gives it twice.
    pub fn repeated_key(&self, at: usize, key: &str) -> Option<usize> {
        let mut found = None;
        let text = self.text;
        self.descend(at, |t, _| {
            if t.kind != Kind::Map {
                return;
            }
            let second = t
                .entries
                .iter()
                .filter(|e| e.label.start < at)
                .filter(|e| string_value(text, e.label.clone()).as_deref() == Some(key))
                .nth(1);
            if let Some(e) = second {
                found = Some(e.label.start);
            }
        });
        found
    }

    /// Line and column (both from 1; column in characters) of a byte offset.
    pub fn position(&self, byte: usize) -> (usize, usize) {
        let before = &self.text[..floor_boundary(self.text, byte)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    /// Byte offset of a line and column (both from 1; column in characters), within the text.
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let text = self.text;
        let mut start = 0;
        for _ in 1..line {
            match text[start..].find('\n') {
                Some(i) => start += i + 1,
                None => return text.len(),
            }
        }
        text[start..]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(text.len(), |(i, _)| start + i)
    }

    pub fn problem_at(&self, byte: usize, message: impl Into<String>) -> Problem {
        let (line, column) = self.position(byte);
        Problem::new(self.name, line, column, message)
    }
}

fn floor_boundary(text: &str, mut byte: usize) -> usize {
    byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

/// Most problems listed for one file: the first ones in the file, then how many more there
/// are. A person fixes a file from the top; a thousand lines help no one, and building them
/// would cost time out of proportion to the file.
pub const MOST_LISTED: usize = 100;

/// The problems found in one file, each at a byte offset; lines and columns are worked out
/// all at once at the end, in one pass over the text.
///
/// Only the [`MOST_LISTED`] problems that come first in the file are kept, however many are
/// found and in whatever order; the rest are counted. A message that is costly to build (one
/// that looks for a close name among thousands) can be given as a closure
/// ([`Report::at_with`]), called only if the problem is kept.
///
/// A report starts with the rule every file's text keeps: no control characters in any
/// string (see [`super::text::is_refused`]), each found at its character.
pub struct Report<'d, 'a> {
    pub doc: &'d Doc<'a>,
    /// The problems kept, as (place, order found, message): the greatest on top, to be let go
    /// first when one that comes earlier in the file is found.
    kept: BinaryHeap<(usize, usize, String)>,
    /// How many problems were found in all.
    found: usize,
    /// Where the first problem not kept is.
    first_dropped: Option<usize>,
    /// Where every problem found from now on lies at or after, when the checks know (see
    /// [`Report::scope`]).
    floor: Option<usize>,
}

impl<'d, 'a> Report<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Report<'d, 'a> {
        let mut report = Report {
            doc,
            kept: BinaryHeap::new(),
            found: 0,
            first_dropped: None,
            floor: None,
        };
        for (at, c) in refused_in_literals(doc.text, is_refused) {
            report.at(
                at,
                crate::t!("file-control-character", code = code_point(c)),
            );
        }
        report
    }

    /// Whether a problem at `byte` would be listed, as things stand.
    fn keeps(&self, byte: usize) -> bool {
        self.kept.len() < MOST_LISTED || self.kept.peek().is_some_and(|top| byte < top.0)
    }

    /// Say that the problems found from now on lie at or after `at` (the start of the stage
    /// or scenario being checked), or, with `None`, that this is no longer known. Once the
    /// report is full of problems that come before `at`, those found are only counted: not
    /// placed, their messages not built. A file with a hundred thousand mistakes is checked
    /// in the time it takes to read it.
    pub fn scope(&mut self, at: Option<usize>) {
        self.floor = at;
    }

    /// The floor of the current scope, if every problem in it is past those kept.
    fn past_kept(&self) -> Option<usize> {
        self.floor.filter(|&f| !self.keeps(f))
    }

    /// A problem that will not be listed, at or after `at`: counted.
    fn count(&mut self, at: usize) {
        self.found += 1;
        self.dropped(at);
    }

    /// A problem at a byte offset.
    pub fn at(&mut self, byte: usize, message: impl Into<String>) {
        self.at_with(byte, || message.into());
    }

    /// A problem at a byte offset, its message built only if it is to be listed.
    pub fn at_with(&mut self, byte: usize, message: impl FnOnce() -> String) {
        self.found += 1;
        if !self.keeps(byte) {
            self.dropped(byte);
            return;
        }
        self.kept.push((byte, self.found, message()));
        if self.kept.len() > MOST_LISTED
            && let Some((later, _, _)) = self.kept.pop()
        {
            self.dropped(later);
        }
    }

    fn dropped(&mut self, byte: usize) {
        self.first_dropped = Some(self.first_dropped.map_or(byte, |b| b.min(byte)));
    }

    /// A problem at the label at the end of `path` (see [`Doc::label`]).
    pub fn label(&mut self, path: &[Seg], message: impl Into<String>) {
        self.label_with(path, || message.into());
    }

    /// A problem at the value at the end of `path` (see [`Doc::value`]).
    pub fn value(&mut self, path: &[Seg], message: impl Into<String>) {
        self.value_with(path, || message.into());
    }

    /// [`Report::label`] with a message built only if it is to be listed.
    pub fn label_with(&mut self, path: &[Seg], message: impl FnOnce() -> String) {
        if let Some(floor) = self.past_kept() {
            return self.count(floor);
        }
        let at = self.doc.label(path);
        self.at_with(at, message);
    }

    /// [`Report::value`] with a message built only if it is to be listed.
    pub fn value_with(&mut self, path: &[Seg], message: impl FnOnce() -> String) {
        if let Some(floor) = self.past_kept() {
            return self.count(floor);
        }
        let at = self.doc.value(path);
        self.at_with(at, message);
    }

    /// A problem at the `column`th character (from 1) of the string at the end of `path`.
    pub fn in_text(&mut self, path: &[Seg], column: usize, message: impl Into<String>) {
        self.in_text_with(path, column, || message.into());
    }

    /// [`Report::in_text`] with a message built only if it is to be listed.
    pub fn in_text_with(&mut self, path: &[Seg], column: usize, message: impl FnOnce() -> String) {
        if let Some(floor) = self.past_kept() {
            return self.count(floor);
        }
        let at = char_in_string(self.doc.text, self.doc.value(path), column);
        self.at_with(at, message);
    }

    /// Check text of one line that must say something (a title, a name) at the end of
    /// `path`: not blank, and no line break or tab in it. `what` names it for the message
    /// ("the workshop's title"). Returns whether it passed.
    pub fn line(&mut self, path: &[Seg], text: &str, what: &str) -> bool {
        if text.trim().is_empty() {
            self.value_with(path, || crate::t!("file-text-empty", what = what));
            return false;
        }
        self.one_line(path, text, what)
    }

    /// Check text at the end of `path` that must be one line (a title, a name, a label): no
    /// line break or tab in it, reported at the first. Returns whether it passed.
    pub fn one_line(&mut self, path: &[Seg], text: &str, what: &str) -> bool {
        let Some(k) = text.chars().position(is_line_break) else {
            return true;
        };
        self.in_text_with(path, k + 1, || crate::t!("file-text-one-line", what = what));
        false
    }

    pub fn is_empty(&self) -> bool {
        self.found == 0
    }

    /// Every problem kept, in the order they appear in the file, then how many more were
    /// found; `Ok` if there are none.
    pub fn finish(self) -> Result<(), Problems> {
        if self.found == 0 {
            return Ok(());
        }
        let mut found = self.kept.into_vec();
        found.sort_unstable_by_key(|(at, order, _)| (*at, *order));
        let more = self.found - found.len();
        let mut found: Vec<(usize, String)> = found.into_iter().map(|(at, _, m)| (at, m)).collect();
        if let Some(at) = self.first_dropped.filter(|_| more > 0) {
            found.push((
                at,
                crate::t!(
                    "file-more-problems",
                    count = more,
                    most = MOST_LISTED.to_string()
                ),
            ));
        }
        let text = self.doc.text;
        let (mut line, mut column, mut pos) = (1, 1, 0);
        let problems = found
            .into_iter()
            .map(|(at, message)| {
                let at = floor_boundary(text, at).max(pos);
                for c in text[pos..at].chars() {
                    if c == '\n' {
                        line += 1;
                        column = 1;
                    } else {
                        column += 1;
                    }
                }
                pos = at;
                Problem::new(self.doc.name, line, column, message)
            })
            .collect();
        Err(Problems(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_find_fields_keys_and_items() {
        let text = "// c\n(\n  a: 1,\n  b: [ (id: \"x\", m: {\"k\": 2.0}), (id: \"y\", m: {\"k\": 3.0, \"j\": 4.0}) ],\n  s: \"(b: ]\",\n  c: Some(3),\n  d: r#\"x\"#,\n  e: 5,\n  t: (0.5, 0.25),\n)";
        let doc = Doc::new("f", text);
        let at = |p: &[Seg]| doc.position(doc.label(p));
        assert_eq!(at(&[Seg::Field("a")]), (3, 3));
        assert_eq!(at(&[Seg::Field("e")]), (8, 3));
        let j = [
            Seg::Field("b"),
            Seg::Index(1),
            Seg::Field("m"),
            Seg::Key("j"),
        ];
        assert_eq!(at(&j), (4, 58));
        assert_eq!(&text[doc.find(&j).0.value], "4.0");
        assert_eq!(&text[doc.find(&[Seg::Field("c")]).0.value], "3");
        assert_eq!(&text[doc.find(&[Seg::Field("d")]).0.value], "r#\"x\"#");
        let y = doc.find(&[Seg::Field("t"), Seg::Index(1)]).0.value;
        assert_eq!(&text[y], "0.25");
        // A missing step falls back to the last one found.
        assert_eq!(at(&[Seg::Field("b"), Seg::Index(5)]), (4, 3));
        assert_eq!(at(&[Seg::Field("zz")]), (2, 1));
        assert_eq!(doc.top_integer("e"), Some(5));
        assert_eq!(doc.top_string("s").as_deref(), Some("(b: ]"));
    }

    #[test]
    fn a_field_name_inside_text_is_not_a_field() {
        let text = "(\n  description: \"uncertain: [x] levers: {}\", // uncertain: here\n  uncertain: [ (a: 1) ],\n)";
        let doc = Doc::new("f", text);
        let u = doc.label(&[Seg::Field("uncertain")]);
        assert_eq!(doc.position(u), (3, 3));
    }

    #[test]
    fn the_report_orders_problems_and_counts_characters() {
        let text = "£a\nbc £d";
        let doc = Doc::new("f", text);
        let mut r = Report::new(&doc);
        r.at(text.find('d').unwrap(), "d");
        r.at(text.find('a').unwrap(), "a");
        r.at(0, "start");
        let p = r.finish().unwrap_err().0;
        let places: Vec<(usize, usize, &str)> = p
            .iter()
            .map(|p| (p.line, p.column, p.message.as_str()))
            .collect();
        assert_eq!(places, [(1, 1, "start"), (1, 2, "a"), (2, 5, "d")]);
        for (line, column, _) in places {
            assert_eq!(doc.position(doc.offset(line, column)), (line, column));
        }
    }

    #[test]
    fn a_repeated_key_is_found_at_its_second_place() {
        let text = "(m: {\"a\": 1.0, \"b\": {\"a\": 1}, \"a\": 2.0 }, n: 1)";
        let doc = Doc::new("f", text);
        let end = text.find(" }").unwrap() + 1;
        assert_eq!(
            doc.repeated_key(end, "a"),
            Some(text.rfind("\"a\"").unwrap())
        );
        assert_eq!(doc.repeated_key(end, "b"), None);
    }

    #[test]
    fn the_value_just_read_is_found() {
        let text = "(x: [(c: \"everything\" , n: 1)])";
        let doc = Doc::new("f", text);
        let at = text.find("\" ,").unwrap() + 2;
        assert_eq!(doc.value_before(at), Some(text.find("\"every").unwrap()));
    }
}
