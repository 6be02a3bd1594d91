//! A tolerant scanner over RON text: past whitespace and comments, past one value, into string
//! literals. It never fails and never recurses: on broken text it still moves forward, so
//! whatever it is given, walking a file with it takes time in proportion to the file.

use std::borrow::Cow;
use std::ops::Range;

fn byte(text: &str, i: usize) -> u8 {
    text.as_bytes().get(i).copied().unwrap_or(0)
}

pub(super) fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Past whitespace, comments and `#![enable(..)]` attributes.
pub fn skip_trivia(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let rest = &b[i.min(b.len())..];
        if rest.starts_with(b"//") {
            i = text[i..].find('\n').map_or(b.len(), |n| i + n + 1);
        } else if rest.starts_with(b"/*") {
            let mut depth = 0usize;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if rest.starts_with(b"#![") {
            i = skip_value(text, i + 2);
        } else {
            return i.min(b.len());
        }
    }
}

/// Past one string literal starting at `i` (`"..."`, `r"..."`, `r#"..."#`, `b"..."`, `'c'`).
fn skip_string(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    if byte(text, i) == b'b' {
        i += 1;
    }
    if byte(text, i) == b'r' {
        i += 1;
        let mut hashes = 0;
        while byte(text, i) == b'#' {
            hashes += 1;
            i += 1;
        }
        i += 1; // the opening quote
        let close: Vec<u8> = std::iter::once(b'"')
            .chain(std::iter::repeat_n(b'#', hashes))
            .collect();
        while i < b.len() && !b[i..].starts_with(&close) {
            i += 1;
        }
        return (i + close.len()).min(b.len());
    }
    let quote = byte(text, i);
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

fn starts_string(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let mut j = i;
    if byte(text, j) == b'"' || byte(text, j) == b'\'' {
        return true;
    }
    if byte(text, j) == b'b' {
        j += 1;
        if byte(text, j) == b'"' {
            return true;
        }
    }
    if byte(text, j) == b'r' {
        j += 1;
        while byte(text, j) == b'#' {
            j += 1;
        }
        return j > i && j < b.len() && b[j] == b'"' && (i == 0 || !is_ident(b[i - 1]));
    }
    false
}

/// Past one value starting at (or after trivia before) `i`.
pub fn skip_value(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut i = skip_trivia(text, i);
    if i >= b.len() {
        return b.len();
    }
    if starts_string(text, i) {
        return skip_string(text, i);
    }
    if matches!(b[i], b'(' | b'[' | b'{') {
        return skip_group(text, i);
    }
    // A number, identifier or struct name, perhaps followed by `(..)`.
    let start = i;
    while i < b.len()
        && !matches!(b[i], b',' | b')' | b']' | b'}' | b':' | b'(' | b'[' | b'{')
        && !b[i].is_ascii_whitespace()
    {
        i += 1;
    }
    let after = skip_trivia(text, i);
    if i > start && byte(text, after) == b'(' && is_ident(b[start]) {
        return skip_group(text, after);
    }
    // At least one character, always on a character boundary.
    if i == start {
        i += text[start..].chars().next().map_or(1, char::len_utf8);
    }
    i
}

/// Past a bracketed group starting at its opening bracket.
fn skip_group(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    let mut depth = 0usize;
    while i < b.len() {
        if starts_string(text, i) {
            i = skip_string(text, i);
            continue;
        }
        match b[i] {
            b'/' if matches!(byte(text, i + 1), b'/' | b'*') => i = skip_trivia(text, i),
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
                if depth == 0 {
                    return i;
                }
            }
            c if is_ident(c) => {
                while i < b.len() && is_ident(b[i]) {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    b.len()
}

/// Past a separating comma, if there is one.
pub(super) fn skip_comma(text: &str, i: usize) -> usize {
    let i = skip_trivia(text, i);
    if byte(text, i) == b',' { i + 1 } else { i }
}

/// Past an identifier (`name`, `r#name`) starting at `i`; `i` when there is none.
pub(super) fn skip_ident(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    if text[i.min(b.len())..].starts_with("r#") {
        j += 2;
    }
    let start = j;
    while j < b.len() && is_ident(b[j]) {
        j += 1;
    }
    if j == start { i } else { j }
}

/// The span of the value at (or after trivia before) `i`, seen through `Some(..)`: where a
/// file writes `Some("x")` for an optional field, the value a person means is `"x"`.
pub fn value_span(text: &str, i: usize) -> Range<usize> {
    let mut at = skip_trivia(text, i);
    // Bounded: each pass moves past a `Some(`.
    loop {
        if text[at..].starts_with("Some") && !is_ident(byte(text, at + 4)) {
            let open = skip_trivia(text, at + 4);
            if byte(text, open) == b'(' {
                at = skip_trivia(text, open + 1);
                continue;
            }
        }
        return at..skip_value(text, at).max(at);
    }
}

/// The text a string literal spanning `span` stands for, escapes resolved; `None` if `span` is
/// not one string literal.
pub fn string_value(text: &str, span: Range<usize>) -> Option<Cow<'_, str>> {
    let lit = text.get(span.clone())?;
    let raw = lit.starts_with('r');
    let closed = if raw {
        let hashes = lit[1..].len() - lit[1..].trim_start_matches('#').len();
        let close = format!("\"{}", "#".repeat(hashes));
        lit[1 + hashes..].starts_with('"') && lit.len() >= 3 + 2 * hashes && lit.ends_with(&close)
    } else {
        lit.len() >= 2 && lit.starts_with('"') && lit.ends_with('"') && !ends_in_escape(lit)
    };
    if !closed {
        return None;
    }
    let chars = LiteralChars::new(text, span.start)?;
    let inner = chars.i..chars.end;
    if raw || !text[inner.clone()].contains('\\') {
        return Some(Cow::Borrowed(&text[inner]));
    }
    Some(Cow::Owned(chars.map(|(_, c)| c).collect()))
}

/// Whether a `"..."` literal's last quote is escaped (`"a\"`), so the literal is not closed.
fn ends_in_escape(lit: &str) -> bool {
    let body = &lit[..lit.len() - 1];
    (body.len() - body.trim_end_matches('\\').len()) % 2 == 1
}

/// The characters a string literal stands for, each with the byte offset in the text where it
/// is written (for an escape such as `\u{1b}`, its backslash): what a problem inside a piece
/// of text is placed by. One reading of RON's escapes for every use.
pub struct LiteralChars<'a> {
    text: &'a str,
    i: usize,
    /// Where the literal's contents end (its closing quote, or the end of the text).
    end: usize,
    raw: bool,
}

impl<'a> LiteralChars<'a> {
    /// The literal starting at `at` (`"..."`, `r#"..."#` or `'c'`); `None` if none does.
    pub fn new(text: &'a str, at: usize) -> Option<LiteralChars<'a>> {
        let b = text.as_bytes();
        let mut i = at;
        let raw = b.get(i) == Some(&b'r');
        let mut hashes = 0;
        if raw {
            i += 1;
            while b.get(i) == Some(&b'#') {
                hashes += 1;
                i += 1;
            }
        }
        let quote = *b.get(i)?;
        if quote != b'"' && (raw || quote != b'\'') {
            return None;
        }
        // `skip_string` ends after the closing quote (and hashes), or at the end of the text.
        let after = skip_string(text, at);
        let closing = if raw { 1 + hashes } else { 1 };
        let end = if after >= i + 1 + closing && text.is_char_boundary(after - closing) {
            after - closing
        } else {
            after
        };
        Some(LiteralChars {
            text,
            i: i + 1,
            end: end.max(i + 1).min(text.len()),
            raw,
        })
    }

    /// `\xHH`, perhaps the first of up to four making one UTF-8 character; `i` is after `x`.
    fn byte_escape(&mut self) -> Option<char> {
        let mut bytes = Vec::with_capacity(4);
        loop {
            let hex = self.text.get(self.i..self.i + 2)?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            self.i += 2;
            if let Ok(s) = std::str::from_utf8(&bytes) {
                return s.chars().next();
            }
            if bytes.len() == 4 || !self.text[self.i..].starts_with("\\x") {
                return None;
            }
            self.i += 2;
        }
    }
}

impl Iterator for LiteralChars<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        if self.i >= self.end {
            return None;
        }
        let at = self.i;
        let c = self.text[at..].chars().next()?;
        self.i += c.len_utf8();
        if self.raw || c != '\\' {
            return Some((at, c));
        }
        let Some(e) = self.text[self.i..].chars().next() else {
            return Some((at, c));
        };
        self.i += e.len_utf8();
        let meant = match e {
            'n' => Some('\n'),
            't' => Some('\t'),
            'r' => Some('\r'),
            '0' => Some('\0'),
            'u' => {
                let rest = self.text[self.i..].strip_prefix('{');
                let close = rest.and_then(|r| r.find('}'));
                match (rest, close) {
                    (Some(rest), Some(close)) => {
                        let c = u32::from_str_radix(&rest[..close], 16)
                            .ok()
                            .and_then(char::from_u32);
                        self.i += close + 2;
                        c
                    }
                    _ => None,
                }
            }
            'x' => self.byte_escape(),
            other => Some(other),
        };
        // An escape that does not parse stands for itself; the parser has refused it anyway.
        self.i = self.i.min(self.end);
        Some((at, meant.unwrap_or(e)))
    }
}

/// Byte offset of the `column`th character (from 1) inside the string literal whose value
/// starts at `at` (`"..."` or `r#"..."#`), counting an escape such as `\"` as the one
/// character it stands for; the literal's end when it has fewer. Falls back to `at`.
pub fn char_in_string(text: &str, at: usize, column: usize) -> usize {
    let Some(mut chars) = LiteralChars::new(text, at) else {
        return at;
    };
    let end = chars.end;
    chars
        .nth(column.saturating_sub(1))
        .map_or(end, |(offset, _)| offset)
}

/// Every string literal in the text, in order, outside comments: the spans of those holding a
/// character `refused` says no to, with the first such character and where it is written.
/// One pass over the text.
pub fn refused_in_literals(text: &str, refused: impl Fn(char) -> bool) -> Vec<(usize, char)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        i = skip_trivia(text, i);
        if i >= b.len() {
            break;
        }
        if starts_string(text, i) {
            let end = skip_string(text, i);
            if let Some(bad) =
                LiteralChars::new(text, i).and_then(|mut chars| chars.find(|&(_, c)| refused(c)))
            {
                found.push(bad);
            }
            i = end.max(i + 1);
        } else if is_ident(b[i]) {
            while i < b.len() && is_ident(b[i]) {
                i += 1;
            }
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    found
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

/// Byte offset just after the last thing written before `at`, passing back over whitespace
/// and `//` comments: where a missing comma belongs.
pub fn after_previous_token(text: &str, at: usize) -> usize {
    let mut pos = at.min(text.len());
    loop {
        pos = text[..pos].trim_end().len();
        let line_start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
        match comment_start(&text[line_start..pos]) {
            Some(c) => pos = line_start + c,
            None => return pos,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_previous_token_ends_before_whitespace_and_comments() {
        let text = "a: \"x//y\" // note\n  // more\n  b";
        let b = text.rfind('b').unwrap();
        assert_eq!(after_previous_token(text, b), text.find(" //").unwrap());
    }

    #[test]
    fn strings_read_back_with_their_escapes() {
        let text = r##"("a\"b", r#"c"d"#, "\u{2227}\x41\n", "unclosed"##;
        let spans: Vec<Range<usize>> = {
            let mut out = Vec::new();
            let mut i = 1;
            while i < text.len() {
                let s = value_span(text, i);
                out.push(s.clone());
                i = skip_comma(text, s.end);
            }
            out
        };
        let values: Vec<Option<String>> = spans
            .iter()
            .map(|s| string_value(text, s.clone()).map(Cow::into_owned))
            .collect();
        assert_eq!(
            values,
            [
                Some("a\"b".into()),
                Some("c\"d".into()),
                Some("∧A\n".into()),
                None
            ]
        );
    }

    #[test]
    fn some_is_seen_through() {
        let text = "Some ( \"pq\" )";
        assert_eq!(&text[value_span(text, 0)], "\"pq\"");
        let text = "Something";
        assert_eq!(&text[value_span(text, 0)], "Something");
    }

    #[test]
    fn columns_inside_literals_count_characters_and_escapes() {
        let text = "\"a\\\"£b\" r#\"xy\"#";
        assert_eq!(&text[char_in_string(text, 0, 1)..][..1], "a");
        assert_eq!(&text[char_in_string(text, 0, 2)..][..2], "\\\"");
        assert_eq!(&text[char_in_string(text, 0, 3)..][..2], "£");
        assert_eq!(&text[char_in_string(text, 0, 4)..][..1], "b");
        let r = text.find('r').unwrap();
        assert_eq!(&text[char_in_string(text, r, 2)..][..1], "y");
    }

    #[test]
    fn broken_text_always_moves_forward() {
        for text in ["", "(", "\"", "r#\"", "/*", "#![", "£", "a(", "{ \"k\" "] {
            for i in 0..text.len() {
                if text.is_char_boundary(i) {
                    let end = skip_value(text, i);
                    assert!(end > i || end == text.len(), "{text:?} at {i}");
                    assert!(text.is_char_boundary(end), "{text:?} at {i}");
                }
            }
        }
    }
}
