//! The target language's syntax: tokens with their columns, and [`Target::parse`], which checks
//! the grammar only (a workshop's horizon and lever ranges are [`super::goal`]'s business).

use std::fmt;

use serde::Serialize;

use crate::model::levers::{LEVER_SPECS, lever_index};
use crate::model::metric::{Metric, targets};

/// Which way a condition points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Op {
    /// `<=`: at most the bound.
    AtMost,
    /// `>=`: at least the bound.
    AtLeast,
}

impl Op {
    pub fn symbol(self) -> &'static str {
        match self {
            Op::AtMost => "<=",
            Op::AtLeast => ">=",
        }
    }

    /// How far `value` is on the wrong side of `bound` (negative: on the right side).
    pub(super) fn excess(self, value: f64, bound: f64) -> f64 {
        match self {
            Op::AtMost => value - bound,
            Op::AtLeast => bound - value,
        }
    }
}

/// The right-hand side of a condition.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bound {
    Number(f64),
    /// The workshop's prudent minimum reserves, plus an offset (£m).
    PrudentMinimum(f64),
}

/// What a condition is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Metric(&'static Metric),
    /// A lever, by index in the catalogue: the condition caps the lever itself.
    Lever(usize),
}

/// One condition as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Condition {
    pub subject: Subject,
    pub op: Op,
    pub bound: Bound,
    /// The condition's own `by` year, if it names one.
    pub by: Option<i32>,
    /// The condition as written, trimmed.
    pub text: String,
    /// 1-based column (in characters) where the condition starts.
    pub column: usize,
    /// 1-based column of its `by` year, if any.
    pub by_column: Option<usize>,
}

/// A parsed target: every condition must hold.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub text: String,
    pub conditions: Vec<Condition>,
}

/// A target that cannot be used, with the 1-based column (in characters) it went wrong at,
/// when the problem is in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetError {
    pub column: Option<usize>,
    pub message: String,
}

impl TargetError {
    pub(super) fn at(column: usize, message: impl Into<String>) -> Self {
        TargetError {
            column: Some(column),
            message: message.into(),
        }
    }

    /// The target with a caret under the column, for a terminal.
    pub fn pointer(&self, text: &str) -> Option<String> {
        let column = self.column?;
        Some(format!(
            "  {text}\n  {}^",
            " ".repeat(column.saturating_sub(1))
        ))
    }
}

impl fmt::Display for TargetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(c) => f.write_str(&crate::t!(
                "target-at-column",
                column = c.to_string(),
                message = self.message.as_str()
            )),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for TargetError {}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Word(String),
    Number(f64),
    AtMost,
    AtLeast,
    /// `<`, `>`, `=`, `==`, `!=`: operators a target does not take.
    BadOp(String),
    And,
    Plus,
    Minus,
    End,
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Word(w) => format!("`{w}`"),
        Tok::Number(n) => crate::t!("target-the-number", number = n.to_string()),
        Tok::AtMost => "`<=`".into(),
        Tok::AtLeast => "`>=`".into(),
        Tok::BadOp(s) => format!("`{s}`"),
        Tok::And => "`and`".into(),
        Tok::Plus => "`+`".into(),
        Tok::Minus => "`-`".into(),
        Tok::End => crate::i18n::tr("target-the-end"),
    }
}

/// Tokens with their 1-based columns and byte offsets.
fn lex(text: &str) -> Result<Vec<(Tok, usize, usize)>, TargetError> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (byte, c) = chars[i];
        let column = i + 1;
        let next = chars.get(i + 1).map(|&(_, c)| c);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let (tok, len) = match c {
            '<' if next == Some('=') => (Tok::AtMost, 2),
            '>' if next == Some('=') => (Tok::AtLeast, 2),
            '≤' => (Tok::AtMost, 1),
            '≥' => (Tok::AtLeast, 1),
            '=' if next == Some('<') => (Tok::AtMost, 2),
            '=' if next == Some('>') => (Tok::AtLeast, 2),
            '=' if next == Some('=') => (Tok::BadOp("==".into()), 2),
            '!' if next == Some('=') => (Tok::BadOp("!=".into()), 2),
            '<' | '>' | '=' => (Tok::BadOp(c.to_string()), 1),
            '&' if next == Some('&') => (Tok::And, 2),
            ',' | '&' => (Tok::And, 1),
            '+' => (Tok::Plus, 1),
            '-' | '−' => (Tok::Minus, 1),
            c if c.is_ascii_digit() || c == '.' => {
                let mut j = i;
                let mut seen_e = false;
                while j < chars.len() {
                    let d = chars[j].1;
                    let prev = if j > i { chars[j - 1].1 } else { ' ' };
                    let ok = d.is_ascii_digit()
                        || d == '.'
                        || ((d == 'e' || d == 'E') && !seen_e)
                        || ((d == '+' || d == '-') && (prev == 'e' || prev == 'E'));
                    if !ok {
                        break;
                    }
                    seen_e |= d == 'e' || d == 'E';
                    j += 1;
                }
                let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
                let raw = &text[byte..end];
                let n: f64 = raw.parse().map_err(|_| {
                    TargetError::at(column, crate::t!("target-not-a-number", raw = raw))
                })?;
                if !n.is_finite() {
                    return Err(TargetError::at(
                        column,
                        crate::t!("target-too-large", raw = raw),
                    ));
                }
                (Tok::Number(n), j - i)
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut j = i;
                while j < chars.len() && (chars[j].1.is_alphanumeric() || chars[j].1 == '_') {
                    j += 1;
                }
                let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
                let word = text[byte..end].to_lowercase();
                let tok = if word == "and" {
                    Tok::And
                } else {
                    Tok::Word(word)
                };
                (tok, j - i)
            }
            other => {
                return Err(TargetError::at(
                    column,
                    crate::t!("target-unexpected", found = other.to_string()),
                ));
            }
        };
        out.push((tok, column, byte));
        i += len;
    }
    out.push((Tok::End, chars.len() + 1, text.len()));
    Ok(out)
}

/// Edit distance, for "did you mean".
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The metrics a target may name, as a list for messages: "gap, cumulative_gap, …".
fn metric_list() -> String {
    targets().map(|(m, _)| m.id).collect::<Vec<_>>().join(", ")
}

/// A metric a target may name, by id.
fn target_metric(id: &str) -> Option<&'static Metric> {
    targets().map(|(m, _)| m).find(|m| m.id == id)
}

fn unknown_subject(word: &str) -> String {
    let names = targets()
        .map(|(m, _)| m.id)
        .chain(LEVER_SPECS.iter().map(|s| s.id));
    let guess = names
        .map(|n| (edit_distance(word, n), n))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d);
    let hint = guess.map_or(String::new(), |(_, n)| {
        crate::t!("target-did-you-mean", name = n)
    });
    crate::t!(
        "target-unknown",
        word = word,
        guess = hint,
        metrics = metric_list()
    )
}

impl Target {
    /// Parse a target such as `gap<=0 and reserves>=minimum`. Errors give the column.
    pub fn parse(text: &str) -> Result<Target, TargetError> {
        let toks = lex(text)?;
        if toks.len() == 1 {
            return Err(TargetError {
                column: None,
                message: crate::i18n::tr("target-empty"),
            });
        }
        let mut conditions = Vec::new();
        let mut k = 0;
        loop {
            let (ref first, column, start) = toks[k];
            let (subject, name) = match first {
                Tok::Word(w) => {
                    if let Some(m) = target_metric(w) {
                        (Subject::Metric(m), w.clone())
                    } else if let Some(i) = lever_index(w) {
                        (Subject::Lever(i), w.clone())
                    } else {
                        return Err(TargetError::at(column, unknown_subject(w)));
                    }
                }
                other => {
                    return Err(TargetError::at(
                        column,
                        crate::t!(
                            "target-expected-subject",
                            metrics = metric_list(),
                            found = describe(other)
                        ),
                    ));
                }
            };
            k += 1;
            let (ref op_tok, op_col, _) = toks[k];
            let op = match op_tok {
                Tok::AtMost => Op::AtMost,
                Tok::AtLeast => Op::AtLeast,
                Tok::BadOp(s) => {
                    return Err(TargetError::at(
                        op_col,
                        crate::t!("target-bad-operator", op = s.as_str()),
                    ));
                }
                other => {
                    return Err(TargetError::at(
                        op_col,
                        crate::t!(
                            "target-expected-operator",
                            name = name.as_str(),
                            found = describe(other)
                        ),
                    ));
                }
            };
            k += 1;
            let bound = parse_bound(&toks, &mut k, subject, &name)?;
            let mut by = None;
            let mut by_column = None;
            if let (Tok::Word(w), by_col, _) = &toks[k]
                && w == "by"
            {
                if let Subject::Lever(_) = subject {
                    return Err(TargetError::at(
                        *by_col,
                        crate::t!("target-cap-no-by", name = name.as_str()),
                    ));
                }
                k += 1;
                match toks[k] {
                    (Tok::Number(y), col, _) if y.fract() == 0.0 && (0.0..1e5).contains(&y) => {
                        by = Some(y as i32);
                        by_column = Some(col);
                        k += 1;
                    }
                    (ref other, col, _) => {
                        return Err(TargetError::at(
                            col,
                            crate::t!("target-expected-year", found = describe(other)),
                        ));
                    }
                }
            }
            let end = toks[k].2;
            conditions.push(Condition {
                subject,
                op,
                bound,
                by,
                text: text[start..end].trim().to_owned(),
                column,
                by_column,
            });
            match &toks[k] {
                (Tok::End, _, _) => break,
                (Tok::And, col, _) => {
                    k += 1;
                    if let (Tok::End, _, _) = toks[k] {
                        return Err(TargetError::at(*col, crate::i18n::tr("target-and-nothing")));
                    }
                }
                (other, col, _) => {
                    return Err(TargetError::at(
                        *col,
                        crate::t!("target-expected-and", found = describe(other)),
                    ));
                }
            }
        }
        Ok(Target {
            text: text.trim().to_owned(),
            conditions,
        })
    }
}

fn signed_number(toks: &[(Tok, usize, usize)], k: &mut usize) -> Option<f64> {
    let sign = match toks[*k].0 {
        Tok::Minus => -1.0,
        Tok::Plus => 1.0,
        _ => 0.0,
    };
    let at = if sign != 0.0 { *k + 1 } else { *k };
    if let Tok::Number(n) = toks[at].0 {
        *k = at + 1;
        Some(if sign < 0.0 { -n } else { n })
    } else {
        None
    }
}

/// Whether `minimum` (the workshop's prudent minimum of reserves) can bound the subject.
fn takes_minimum(subject: Subject) -> bool {
    match subject {
        Subject::Metric(m) => m.prudent_minimum,
        Subject::Lever(_) => false,
    }
}

fn parse_bound(
    toks: &[(Tok, usize, usize)],
    k: &mut usize,
    subject: Subject,
    name: &str,
) -> Result<Bound, TargetError> {
    let (ref tok, column, _) = toks[*k];
    if let Tok::Word(w) = tok
        && (w == "minimum" || w == "prudent_minimum")
    {
        if !takes_minimum(subject) {
            return Err(TargetError::at(
                column,
                crate::t!("target-minimum-not", word = w.as_str(), name = name),
            ));
        }
        *k += 1;
        let offset = match toks[*k].0 {
            Tok::Plus | Tok::Minus => {
                let sign_col = toks[*k].1;
                let negative = toks[*k].0 == Tok::Minus;
                *k += 1;
                match toks[*k].0 {
                    Tok::Number(n) => {
                        *k += 1;
                        if negative { -n } else { n }
                    }
                    ref other => {
                        return Err(TargetError::at(
                            toks[*k].1.max(sign_col),
                            crate::t!(
                                "target-expected-offset",
                                word = w.as_str(),
                                found = describe(other)
                            ),
                        ));
                    }
                }
            }
            _ => 0.0,
        };
        return Ok(Bound::PrudentMinimum(offset));
    }
    match signed_number(toks, k) {
        Some(n) => Ok(Bound::Number(n)),
        None => {
            let id = if takes_minimum(subject) {
                "target-expected-bound-or-minimum"
            } else {
                "target-expected-bound"
            };
            Err(TargetError::at(
                column,
                crate::t!(id, found = describe(tok)),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::metric::metric;

    fn err(text: &str) -> TargetError {
        Target::parse(text).expect_err(text)
    }

    #[test]
    fn parses_the_documented_forms() {
        let t = Target::parse("gap<=0").unwrap();
        assert_eq!(t.conditions.len(), 1);
        assert_eq!(
            t.conditions[0].subject,
            Subject::Metric(metric("gap").unwrap())
        );
        assert_eq!(t.conditions[0].op, Op::AtMost);
        assert_eq!(t.conditions[0].bound, Bound::Number(0.0));

        let t = Target::parse("gap <= 0 and reserves >= minimum").unwrap();
        assert_eq!(t.conditions.len(), 2);
        assert_eq!(t.conditions[1].bound, Bound::PrudentMinimum(0.0));
        assert_eq!(t.conditions[1].text, "reserves >= minimum");
        assert_eq!(t.conditions[1].column, 14);

        let t =
            Target::parse("reserves>=prudent_minimum+20, trust ≥ 0.5 && gap<=-10 by 2030").unwrap();
        assert_eq!(t.conditions[0].bound, Bound::PrudentMinimum(20.0));
        assert_eq!(t.conditions[1].op, Op::AtLeast);
        assert_eq!(t.conditions[2].bound, Bound::Number(-10.0));
        assert_eq!(t.conditions[2].by, Some(2030));

        let t = Target::parse("council_tax_rise<=2.99 AND cumulative_gap<=0").unwrap();
        let i = lever_index("council_tax_rise").unwrap();
        assert_eq!(t.conditions[0].subject, Subject::Lever(i));
        assert_eq!(t.conditions[0].bound, Bound::Number(2.99));
        assert_eq!(
            t.conditions[1].subject,
            Subject::Metric(metric("cumulative_gap").unwrap())
        );
    }

    #[test]
    fn parse_errors_say_where_and_what() {
        let e = err("gapp<=0");
        assert_eq!(e.column, Some(1));
        assert!(e.message.contains("did you mean `gap`"), "{e}");

        let e = err("gap<0");
        assert_eq!(e.column, Some(4));
        assert!(e.message.contains("use <= (at most) or >="), "{e}");

        let e = err("gap = 0");
        assert_eq!(e.column, Some(5));

        let e = err("gap<=");
        assert_eq!(e.column, Some(6));
        assert!(e.message.contains("expected a number"), "{e}");

        let e = err("gap<=minimum");
        assert_eq!(e.column, Some(6));
        assert!(e.message.contains("can bound reserves"), "{e}");

        let e = err("gap<=0 reserves>=0");
        assert_eq!(e.column, Some(8));
        assert!(e.message.contains("expected `and`"), "{e}");

        let e = err("gap<=0 and");
        assert_eq!(e.column, Some(8));

        let e = err("gap<=0 by soon");
        assert_eq!(e.column, Some(11));
        assert!(e.message.contains("expected a year"), "{e}");

        let e = err("council_tax_rise<=2 by 2030");
        assert_eq!(e.column, Some(21));

        let e = err("   ");
        assert_eq!(e.column, None);
        assert!(e.message.contains("empty"));

        let e = err("gap<=0 ; trust>=0.5");
        assert_eq!(e.column, Some(8));

        // Columns count characters, not bytes.
        let e = err("trust≥0.5 and £");
        assert_eq!(e.column, Some(15));
        assert_eq!(
            e.pointer("trust≥0.5 and £").unwrap(),
            "  trust≥0.5 and £\n                ^"
        );
    }
}
