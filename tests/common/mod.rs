//! Helpers shared by the test files that check where problems are reported.

/// Line and column (from 1; column in characters) of a byte offset.
pub fn position(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Line and column of the only occurrence of `needle`.
pub fn position_of(text: &str, needle: &str) -> (usize, usize) {
    assert_eq!(text.matches(needle).count(), 1, "`{needle}` is not unique");
    position(text, text.find(needle).unwrap())
}
