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

    /// Byte offset of a line and column (both from 1; column in characters), within the text.
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let mut start = 0;
        for _ in 1..line {
            match self.text[start..].find('\n') {
                Some(i) => start += i + 1,
                None => return self.text.len(),
            }
        }
        self.text[start..]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// Byte offset just after the last thing written before `at`, passing back over
    /// whitespace and `//` comments: where a missing comma belongs.
    pub fn after_previous_token(&self, at: usize) -> usize {
        let mut pos = at.min(self.text.len());
        loop {
            pos = self.text[..pos].trim_end().len();
            let line_start = self.text[..pos].rfind('\n').map_or(0, |i| i + 1);
            match comment_start(&self.text[line_start..pos]) {
                Some(c) => pos = line_start + c,
                None => return pos,
            }
        }
    }

    /// Byte offset of the first `needle` at or after `from`, skipping `//` comments.
    pub fn find(&self, from: usize, needle: &str) -> Option<usize> {
        let mut start = from.min(self.text.len());
        while let Some(rel) = self.text[start..].find(needle) {
            let at = start + rel;
            let line_start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
            if comment_start(&self.text[line_start..at]).is_none() {
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

/// Where a `//` comment starts in one line, if it has one outside double-quoted text.
fn comment_start(line: &str) -> Option<usize> {
    let mut in_string = false;
    let mut escaped = false;
    let mut prev_slash = false;
    for (i, c) in line.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if c == '/' && prev_slash {
            return Some(i - 1);
        }
        prev_slash = !in_string && c == '/';
    }
    None
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
    fn offsets_invert_positions() {
        let l = Locator {
            file: "f",
            text: "ab\n£cd \"x\"\n",
        };
        for byte in [0, 1, 3, 5, 6, 10] {
            let (line, column) = l.position(byte);
            assert_eq!(l.offset(line, column), byte);
        }
    }

    #[test]
    fn the_previous_token_ends_before_whitespace_and_comments() {
        let text = "a: \"x//y\" // note\n  // more\n  b";
        let l = Locator { file: "f", text };
        let b = text.rfind('b').unwrap();
        assert_eq!(l.after_previous_token(b), text.find(" //").unwrap());
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
