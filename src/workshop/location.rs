//! Problems found in files, each with the place a person should look.

use std::fmt;

/// One thing wrong with a file, printed as `FILE:LINE:COLUMN: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// All the problems found in one file; never empty.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct Problems(pub Vec<Problem>);

/// Finds where things are in a file's text, for problems found after parsing.
pub struct Locator<'a> {
    pub file: &'a str,
    pub text: &'a str,
}

impl Locator<'_> {
    /// Line and column (both from 1; column in characters) of a byte offset.
    pub fn position(&self, byte: usize) -> (usize, usize) {
        let before = &self.text[..byte.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    /// Byte offset of the first `needle` at or after `from`, skipping `//` comments.
    pub fn find(&self, from: usize, needle: &str) -> Option<usize> {
        let mut start = from.min(self.text.len());
        while let Some(rel) = self.text[start..].find(needle) {
            let at = start + rel;
            let line_start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
            if !self.text[line_start..at].contains("//") {
                return Some(at);
            }
            start = at + needle.len();
        }
        None
    }

    /// Follow a path of needles, each searched after the previous; the last found is the place.
    pub fn find_path(&self, path: &[&str]) -> usize {
        let mut at = 0;
        for needle in path {
            match self.find(at, needle) {
                Some(found) => at = found,
                None => break,
            }
        }
        at
    }

    pub fn problem_at(&self, byte: usize, message: impl Into<String>) -> Problem {
        let (line, column) = self.position(byte);
        Problem {
            file: self.file.to_owned(),
            line,
            column,
            message: message.into(),
        }
    }

    pub fn problem_at_path(&self, path: &[&str], message: impl Into<String>) -> Problem {
        self.problem_at(self.find_path(path), message)
    }
}

/// A problem with a whole file (missing, empty, too big): placed at its start.
pub fn whole_file(file: &str, message: impl Into<String>) -> Problem {
    Problem {
        file: file.to_owned(),
        line: 1,
        column: 1,
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let l = Locator {
            file: "f",
            text: "ab\n£cd \"x\"\n",
        };
        let at = l.find(0, "\"x\"").unwrap();
        assert_eq!(l.position(at), (2, 5));
        assert_eq!(l.position(0), (1, 1));
    }

    #[test]
    fn comments_are_skipped() {
        let l = Locator {
            file: "f",
            text: "// \"x\"\n\"x\"",
        };
        assert_eq!(l.position(l.find(0, "\"x\"").unwrap()), (2, 1));
    }
}
