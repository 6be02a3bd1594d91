//! CSV, one way everywhere: the projection (`jaws project --format csv`, `jaws export --csv`)
//! and the tornado (`jaws tornado`), with one rule for text cells.
//!
//! Files written for spreadsheets start with a UTF-8 byte-order mark, which is how Excel
//! on Windows knows the file is UTF-8 (without it "£m" reads "Â£m"). Text written to
//! standard output for scripts has none: a pipe into another program is not a spreadsheet,
//! and a mark there would end up glued to the first column's name.
//!
//! The quoting is the whole of what this needs from RFC 4180 (a cell with a comma, quote or
//! line break is quoted, quotes doubled), so it is written here rather than taken from the
//! `csv` crate: the numbers are formatted by us, and there is one text rule.

use std::path::Path;

use super::error::ExportError;
use super::series::Series;
use crate::model::Projection;
use crate::model::metric::columns;
use crate::model::sensitivity::{Side, TornadoBar};
use crate::workshop::atomic::write_atomic;

/// The UTF-8 byte-order mark that tells a spreadsheet the file is UTF-8.
pub const BYTE_ORDER_MARK: &str = "\u{FEFF}";

/// A text cell: quoted when it holds a comma, a quote or a line break (quotes doubled); and
/// with an apostrophe in front when a spreadsheet would otherwise take it for a formula
/// (`=`, `+`, `-`, `@`, a tab or a carriage return first), so a scenario named
/// `=HYPERLINK(…)` on a participant's laptop stays text. Numbers are not text cells.
pub fn text_cell(s: &str) -> String {
    let guarded;
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{s}");
        guarded.as_str()
    } else {
        s
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// A projection's rows: `year` then every column of the metric table, money to four
/// decimals (as `jaws project --format csv` writes it).
pub fn projection(p: &Projection) -> String {
    let mut s = String::from("year");
    for m in columns() {
        s.push(',');
        s.push_str(m.id);
    }
    s.push('\n');
    let cells: Vec<Vec<f64>> = columns().map(|m| m.values(&p.rows).collect()).collect();
    for (i, r) in p.rows.iter().enumerate() {
        s.push_str(&r.year.to_string());
        for column in &cells {
            s.push_str(&format!(",{:.4}", column[i]));
        }
        s.push('\n');
    }
    s
}

/// Several scenarios' projections: for one, exactly [`projection`]; for several, a first
/// column `scenario` (its name) and each scenario's rows in turn.
pub fn series(series: &[Series]) -> String {
    match series {
        [one] => projection(&one.projection),
        _ => {
            let mut out = String::new();
            for (i, s) in series.iter().enumerate() {
                let csv = projection(&s.projection);
                let name = text_cell(&s.name);
                for (j, line) in csv.lines().enumerate() {
                    if j == 0 {
                        if i == 0 {
                            out.push_str("scenario,");
                            out.push_str(line);
                            out.push('\n');
                        }
                        continue;
                    }
                    out.push_str(&name);
                    out.push(',');
                    out.push_str(line);
                    out.push('\n');
                }
            }
            out
        }
    }
}

/// The tornado's bars, largest swing first, with their rank.
pub fn tornado(bars: &[TornadoBar]) -> String {
    let mut s = String::from(
        "rank,kind,id,label,unit,current,low,high,gap_at_low,gap_at_high,swing,base_gap,threshold,closed\n",
    );
    for (i, b) in bars.iter().enumerate() {
        // Where the final-year gap changes sign, and on which side of it the gap is closed;
        // empty where it does not change sign across the bar.
        let (threshold, closed) = match b.threshold {
            Some(t) => (
                format!("{:.4}", t.value),
                match t.closed {
                    Side::Above => "above",
                    Side::Below => "below",
                },
            ),
            None => (String::new(), ""),
        };
        s.push_str(&format!(
            "{},{},{},{},{},{},{},{},{:.4},{:.4},{:.4},{:.4},{threshold},{closed}\n",
            i + 1,
            b.kind.id(),
            text_cell(&b.id),
            text_cell(&b.label),
            text_cell(&b.unit),
            b.current,
            b.low,
            b.high,
            b.gap_at_low,
            b.gap_at_high,
            b.swing,
            b.base_gap
        ));
    }
    s
}

/// Write CSV text as a file for a spreadsheet: the byte-order mark, then the text, atomically.
pub fn write_for_spreadsheet(path: &Path, text: &str) -> Result<(), ExportError> {
    let mut bytes = Vec::with_capacity(BYTE_ORDER_MARK.len() + text.len());
    bytes.extend_from_slice(BYTE_ORDER_MARK.as_bytes());
    bytes.extend_from_slice(text.as_bytes());
    write_atomic(path, &bytes).map_err(|e| ExportError::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cells_are_quoted_once_and_never_formulas() {
        assert_eq!(text_cell("plain"), "plain");
        assert_eq!(text_cell("a, b"), "\"a, b\"");
        assert_eq!(text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(text_cell("=1+1"), "'=1+1");
        assert_eq!(text_cell("-cuts, then"), "\"'-cuts, then\"");
        assert_eq!(text_cell("£m a year"), "£m a year");
    }

    /// One CSV record split into its cells as RFC 4180 reads it.
    fn read_record(line: &str) -> Vec<String> {
        let mut cells = vec![String::new()];
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    cells.last_mut().unwrap().push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => cells.push(String::new()),
                (c, _) => cells.last_mut().unwrap().push(c),
            }
        }
        cells
    }

    proptest::proptest! {
        #[test]
        fn any_text_reads_back_as_one_cell(a in "\\PC*", b in ".*") {
            let line = format!("{},1.5,{}", text_cell(&a), text_cell(&b));
            let cells = read_record(&line);
            proptest::prop_assert_eq!(cells.len(), 3, "{}", line);
            for (cell, original) in [(&cells[0], &a), (&cells[2], &b)] {
                // What a spreadsheet shows: the text, behind an apostrophe if it looked like
                // a formula.
                let shown = cell.strip_prefix('\'').filter(|_| cell != original);
                proptest::prop_assert_eq!(shown.unwrap_or(cell), original.as_str());
            }
        }
    }
}
