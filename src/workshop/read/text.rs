//! Text in files and in messages about them: which characters a file's text may hold, and how
//! what a file says is echoed back so that a message stays one readable line.

use std::borrow::Cow;

/// Whether a character may not appear in any text a Jaws file carries: control characters
/// (NUL, ESC, DEL, ...) cannot be shown on a screen or in a window title, and rewrite a
/// terminal they are printed to. Line breaks and tabs are allowed in free text; fields of one
/// line refuse those too (see [`is_line_break`]).
pub fn is_refused(c: char) -> bool {
    c.is_control() && !is_line_break(c)
}

/// Line breaks and tabs: allowed in free text (notes, narratives), not in titles and names.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\t')
}

/// Text as Jaws writes it into a file, keeping the rule files are read with, so that what
/// it saves always opens again: refused characters dropped (a control character pasted into
/// the notes), and for text of one line, line breaks and tabs made spaces.
pub fn cleaned(text: &str, one_line: bool) -> Cow<'_, str> {
    let bad = |c: char| is_refused(c) || (one_line && is_line_break(c));
    if !text.chars().any(bad) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|&c| !is_refused(c))
            .map(|c| if is_line_break(c) && one_line { ' ' } else { c })
            .collect(),
    )
}

/// How a character is named in a message: `U+001B`.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Characters that would change how the rest of a line is shown: control characters, and the
/// marks that reverse the direction of text.
fn hides_or_forges(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text as it may be printed in a message: every control character (a line break too) and
/// direction mark written as an escape (`\n`, `\u{1b}`), so that nothing a file or an argument
/// holds can start a new line, colour a terminal or forge a `FILE:LINE:COLUMN` line.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(hides_or_forges) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hides_or_forges(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Most digits a number in a message is written with before it is shown in powers of ten.
const MOST_DIGITS: usize = 15;

/// A number from a file as a message echoes it: as written for ordinary sizes (`0.25`,
/// `2026`), in powers of ten when huge or tiny (`1e308`), never 309 digits.
pub fn shown_number<T>(v: T) -> String
where
    T: Into<f64> + Copy + std::fmt::Display + std::fmt::LowerExp,
{
    let a = v.into().abs();
    if !a.is_finite() || a == 0.0 || (1e-6..1e15).contains(&a) {
        format!("{v}")
    } else {
        format!("{v:e}")
    }
}

/// A message with every run of more than [`MOST_DIGITS`] digits (a number echoed from a file,
/// however it got into the message) shown in powers of ten: `1.000e308` rather than 309
/// digits a person cannot read.
pub fn shorten_numbers(message: &str) -> Cow<'_, str> {
    let b = message.as_bytes();
    let long =
        |start: usize| b[start..].iter().take_while(|c| c.is_ascii_digit()).count() > MOST_DIGITS;
    // Where a number starts: not in the middle of one, nor in its fraction (`0.899999976`).
    let starts = |i: usize| {
        b[i].is_ascii_digit() && (i == 0 || !(b[i - 1].is_ascii_digit() || b[i - 1] == b'.'))
    };
    if !(0..b.len()).any(|i| starts(i) && long(i)) {
        return Cow::Borrowed(message);
    }
    let mut out = String::with_capacity(message.len());
    let mut i = 0;
    while i < b.len() {
        if !(starts(i) && long(i)) {
            let c = message[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        // The whole number: digits, then perhaps a fraction.
        let mut end = i;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
        if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            end += 1;
            while end < b.len() && b[end].is_ascii_digit() {
                end += 1;
            }
        }
        match message[i..end].parse::<f64>() {
            Ok(v) if v.is_finite() => out.push_str(&format!("{v:.3e}")),
            _ => out.push_str(&format!("{}… ({} digits)", &message[i..i + 6], end - i)),
        }
        i = end;
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_and_line_breaks_told_apart() {
        for c in ['\0', '\u{1b}', '\u{7f}', '\u{85}', '\u{8}'] {
            assert!(is_refused(c), "{c:?}");
        }
        for c in ['a', ' ', '£', '\u{202E}'] {
            assert!(!is_refused(c), "{c:?}");
        }
        for c in ['\n', '\r', '\t'] {
            assert!(!is_refused(c) && is_line_break(c), "{c:?}");
        }
        assert_eq!(code_point('\u{1b}'), "U+001B");
        assert_eq!(cleaned("a\u{1b}[1m\nb\tc", false), "a[1m\nb\tc");
        assert_eq!(cleaned("a\u{0}\nb", true), "a b");
        assert!(matches!(cleaned("plain", true), Cow::Borrowed(_)));
    }

    #[test]
    fn printed_text_cannot_start_a_line_or_colour_a_terminal() {
        assert_eq!(printable("plain £ text"), "plain £ text");
        let forged = "x\n/etc/passwd:1:1: \u{1b}[31mred\u{202E}";
        let shown = printable(forged);
        assert!(!shown.chars().any(hides_or_forges), "{shown}");
        assert_eq!(shown, "x\\n/etc/passwd:1:1: \\u{1b}[31mred\\u{202e}");
    }

    #[test]
    fn huge_numbers_are_shown_in_powers_of_ten() {
        assert_eq!(shown_number(0.25), "0.25");
        assert_eq!(shown_number(-3.0), "-3");
        assert_eq!(shown_number(1e308), "1e308");
        assert_eq!(shown_number(f64::NAN), "NaN");
        assert_eq!(shown_number(0.9f32), "0.9");
        assert_eq!(
            shorten_numbers("x = 0.8999999761581421"),
            "x = 0.8999999761581421"
        );
        let long = format!("{}", 1e308);
        assert_eq!(long.len(), 309);
        let message = format!("base_budget is {long}, expected 10 to 20000 £m");
        assert_eq!(
            shorten_numbers(&message),
            "base_budget is 1.000e308, expected 10 to 20000 £m"
        );
        let digits = "9".repeat(400);
        let message = format!("`{digits}` is out of range");
        assert_eq!(
            shorten_numbers(&message),
            "`999999… (400 digits)` is out of range"
        );
        assert_eq!(shorten_numbers("year 2026, £1,234m"), "year 2026, £1,234m");
    }
}
