//! Text made safe for the files Jaws writes: SVG and HTML (one escaper: what is safe in one is
//! safe in the other) and Markdown. Titles, scenario names and notes come from files and
//! people, so they may hold markup and control characters; neither may break a file.

/// Whether XML 1.0 allows `c` at all, even escaped: not most control characters (tab, line
/// feed and carriage return are fine) nor the two non-characters U+FFFE and U+FFFF.
fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Text with every character a file cannot hold replaced by U+FFFD (�), so something that
/// should not be there shows rather than vanishing or corrupting the file. For text handed to
/// a library that escapes markup itself (plotters' SVG).
pub fn printable(s: &str) -> String {
    s.chars()
        .map(|c| if allowed_in_xml(c) { c } else { '\u{FFFD}' })
        .collect()
}

/// Text made safe for XML and HTML, in elements and in attribute values: the five markup
/// characters escaped (the apostrophe numerically, which HTML 4 also reads) and characters
/// XML forbids replaced as by [`printable`].
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if allowed_in_xml(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// Text made safe for Markdown: characters that would start formatting are escaped, and
/// control characters replaced as by [`printable`].
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            c if allowed_in_xml(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            escape_xml("<b>\"Tom\" & 'Jerry'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
        assert_eq!(
            escape_markdown("a|b *c* [d](e)"),
            "a\\|b \\*c\\* \\[d\\](e)"
        );
    }

    #[test]
    fn control_characters_never_reach_a_file() {
        assert_eq!(
            escape_xml("a\u{0}b\u{1b}[31m\tc\n"),
            "a\u{FFFD}b\u{FFFD}[31m\tc\n"
        );
        assert_eq!(printable("x\u{7}\u{FFFF}y"), "x\u{FFFD}\u{FFFD}y");
        assert_eq!(escape_markdown("a\u{8}"), "a\u{FFFD}");
        assert_eq!(printable("£ ∑ ünïcödé 🙂"), "£ ∑ ünïcödé 🙂");
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_well_formed_in_an_element_and_an_attribute(s in "\\PC*|[\\x00-\\x7f]*|.*") {
            let e = escape_xml(&s);
            let xml = format!("<svg aria-label=\"{e}\"><text>{e}</text></svg>");
            let doc = roxmltree::Document::parse(&xml);
            proptest::prop_assert!(doc.is_ok(), "{:?}: {:?}", s, doc.err());
            let doc = doc.unwrap();
            let text = doc.root_element().first_child().and_then(|n| n.text()).unwrap_or("");
            // Everything comes back as it was, or as U+FFFD where XML forbids it (line ends
            // compared as XML reads them, which may turn a carriage return into a line feed).
            let lines = |t: &str| t.replace("\r\n", "\n").replace('\r', "\n");
            proptest::prop_assert_eq!(lines(text), lines(&printable(&s)));
        }
    }
}
