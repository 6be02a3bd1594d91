//! Targets for goal seek ("what would it take?"): a small expression language.
//!
//! ```text
//! target    := condition (("and" | "&&" | ",") condition)*
//! condition := metric op bound ["by" YEAR]
//!            | lever  op number
//! op        := "<=" | ">=" | "≤" | "≥"
//! bound     := number | ("minimum" | "prudent_minimum") [("+" | "-") number]
//! ```
//!
//! Metrics are read from the projection's rows (see [`Metric`]); a lever id makes the condition
//! a cap on that lever (`council_tax_rise<=2.99`), a bound the search must keep to. A metric
//! condition holds in every year of its window: from its `by` year (written in the condition,
//! else given by the caller, as `jaws seek --by`) to the end of the horizon. Without one, `gap`,
//! `cumulative_gap`, `unmet_need`, `trust` and `cuts` are judged in the final year only;
//! `reserves` in every year of the horizon (falling below the minimum in any year is the
//! failure a section 114 notice marks), and a caller's `by` does not shorten that.
//!
//! Parsing checks the grammar ([`Target::parse`]); [`Goal::new`] then checks the target
//! against a workshop (years inside the horizon, caps inside the levers' ranges) and is what
//! the search and [`Goal::assess`] use.

use std::fmt;

use serde::Serialize;

use super::assumptions::Assumptions;
use super::levers::{LEVER_SPECS, Lever, LeverValues, lever_index};
use super::simulate::Projection;

/// What a condition can be about, besides a lever.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// The year's gap, demand minus resources (£m a year); `gap<=0` is a balanced year.
    Gap,
    /// The gap summed from the base year to the year in question (£m).
    CumulativeGap,
    /// Usable reserves at the end of the year (£m).
    Reserves,
    /// Need going unmet at the end of the year (£m a year at base-year cost).
    UnmetNeed,
    /// Residents' trust in the council at the end of the year, 0 to 1.
    Trust,
    /// Services withheld in the year to close the gap (£m).
    Cuts,
}

impl Metric {
    pub const ALL: [Metric; 6] = [
        Metric::Gap,
        Metric::CumulativeGap,
        Metric::Reserves,
        Metric::UnmetNeed,
        Metric::Trust,
        Metric::Cuts,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Metric::Gap => "gap",
            Metric::CumulativeGap => "cumulative_gap",
            Metric::Reserves => "reserves",
            Metric::UnmetNeed => "unmet_need",
            Metric::Trust => "trust",
            Metric::Cuts => "cuts",
        }
    }

    pub fn unit(self) -> &'static str {
        match self {
            Metric::Gap | Metric::UnmetNeed => "£m a year",
            Metric::CumulativeGap | Metric::Reserves | Metric::Cuts => "£m",
            Metric::Trust => "0 to 1",
        }
    }

    /// One sentence on what the metric is and which years a condition on it covers.
    pub fn description(self) -> &'static str {
        match self {
            Metric::Gap => {
                "The year's gap, demand minus resources, £m a year (negative is a surplus). Judged in the final year, or in every year from `by` on."
            }
            Metric::CumulativeGap => {
                "The gap added up from the base year to the year judged, £m (surpluses count against it). Judged in the final year, or in every year from `by` on."
            }
            Metric::Reserves => {
                "Usable reserves at the end of the year, £m; `minimum` (or `prudent_minimum`) is the workshop's prudent minimum. Judged in every year of the horizon, or from the condition's own `by` year on."
            }
            Metric::UnmetNeed => {
                "Need going unmet at the end of the year, £m a year at base-year cost. Judged in the final year, or in every year from `by` on."
            }
            Metric::Trust => {
                "Residents' trust in the council at the end of the year, 0 to 1. Judged in the final year, or in every year from `by` on."
            }
            Metric::Cuts => {
                "Services withheld during the year to close the gap, £m. Judged in the final year, or in every year from `by` on."
            }
        }
    }

    fn from_id(id: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.id() == id)
    }

    /// Whether a condition without its own `by` covers every year rather than the final one.
    fn every_year_by_default(self) -> bool {
        self == Metric::Reserves
    }

    /// What one unit of shortfall is worth to the search: 1% of the base budget for money,
    /// a hundredth for trust. It makes shortfalls on different metrics comparable.
    fn scale(self, a: &Assumptions) -> f64 {
        match self {
            Metric::Trust => 0.01,
            _ => a.base_budget.max(1.0) / 100.0,
        }
    }
}

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
    fn excess(self, value: f64, bound: f64) -> f64 {
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
    Metric(Metric),
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
    fn at(column: usize, message: impl Into<String>) -> Self {
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
            Some(c) => write!(f, "column {c}: {}", self.message),
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
        Tok::Number(n) => format!("the number {n}"),
        Tok::AtMost => "`<=`".into(),
        Tok::AtLeast => "`>=`".into(),
        Tok::BadOp(s) => format!("`{s}`"),
        Tok::And => "`and`".into(),
        Tok::Plus => "`+`".into(),
        Tok::Minus => "`-`".into(),
        Tok::End => "the end of the target".into(),
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
                let n: f64 = raw
                    .parse()
                    .map_err(|_| TargetError::at(column, format!("`{raw}` is not a number")))?;
                if !n.is_finite() {
                    return Err(TargetError::at(
                        column,
                        format!("`{raw}` is too large a number"),
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
                    format!(
                        "unexpected `{other}`; a target looks like gap<=0 or reserves>=minimum"
                    ),
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

fn unknown_subject(word: &str) -> String {
    let names = Metric::ALL
        .iter()
        .map(|m| m.id())
        .chain(LEVER_SPECS.iter().map(|s| s.id));
    let guess = names
        .clone()
        .map(|n| (edit_distance(word, n), n))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d);
    let metrics: Vec<&str> = Metric::ALL.iter().map(|m| m.id()).collect();
    let hint = guess.map_or(String::new(), |(_, n)| format!(" (did you mean `{n}`?)"));
    format!(
        "`{word}` is not a metric or a lever{hint}; metrics: {}; or a lever id to cap it (see `jaws levers`)",
        metrics.join(", ")
    )
}

impl Target {
    /// Parse a target such as `gap<=0 and reserves>=minimum`. Errors give the column.
    pub fn parse(text: &str) -> Result<Target, TargetError> {
        let toks = lex(text)?;
        if toks.len() == 1 {
            return Err(TargetError {
                column: None,
                message:
                    "the target is empty; write a condition such as gap<=0 or reserves>=minimum"
                        .into(),
            });
        }
        let mut conditions = Vec::new();
        let mut k = 0;
        loop {
            let (ref first, column, start) = toks[k];
            let subject = match first {
                Tok::Word(w) => {
                    if let Some(m) = Metric::from_id(w) {
                        Subject::Metric(m)
                    } else if let Some(i) = lever_index(w) {
                        Subject::Lever(i)
                    } else {
                        return Err(TargetError::at(column, unknown_subject(w)));
                    }
                }
                other => {
                    return Err(TargetError::at(
                        column,
                        format!(
                            "expected a metric (gap, cumulative_gap, reserves, unmet_need, trust, cuts) or a lever id, found {}",
                            describe(other)
                        ),
                    ));
                }
            };
            let name = match &toks[k].0 {
                Tok::Word(w) => w.clone(),
                _ => unreachable!("a subject is a word"),
            };
            k += 1;
            let (ref op_tok, op_col, _) = toks[k];
            let op = match op_tok {
                Tok::AtMost => Op::AtMost,
                Tok::AtLeast => Op::AtLeast,
                Tok::BadOp(s) => {
                    return Err(TargetError::at(
                        op_col,
                        format!(
                            "`{s}` is not a target operator; use <= (at most) or >= (at least): a target is met at its bound"
                        ),
                    ));
                }
                other => {
                    return Err(TargetError::at(
                        op_col,
                        format!(
                            "expected <= or >= after `{name}`, found {}",
                            describe(other)
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
                        format!(
                            "a cap on the lever `{name}` holds throughout; it takes no `by` year"
                        ),
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
                            format!(
                                "expected a year after `by`, such as 2030, found {}",
                                describe(other)
                            ),
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
                        return Err(TargetError::at(
                            *col,
                            "nothing follows `and`; add another condition or remove it",
                        ));
                    }
                }
                (other, col, _) => {
                    return Err(TargetError::at(
                        *col,
                        format!(
                            "expected `and`, `by YEAR` or the end of the target, found {}",
                            describe(other)
                        ),
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
        if subject != Subject::Metric(Metric::Reserves) {
            return Err(TargetError::at(
                column,
                format!(
                    "`{w}` is the prudent minimum of reserves; it can bound reserves, not `{name}`"
                ),
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
                            format!(
                                "expected a number (£m) after `{w} +`, found {}",
                                describe(other)
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
            let hint = if subject == Subject::Metric(Metric::Reserves) {
                " or `minimum`"
            } else {
                ""
            };
            Err(TargetError::at(
                column,
                format!(
                    "expected a number{hint} after the operator, found {}",
                    describe(tok)
                ),
            ))
        }
    }
}

/// One condition checked against a workshop: a window of years or a lever's bounds.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalCondition {
    pub condition: Condition,
    pub kind: GoalKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum GoalKind {
    /// The metric must be on the right side of `bound` in every year from index `from` (0 is
    /// the base year) to the end of the horizon.
    Metric {
        metric: Metric,
        bound: f64,
        from: usize,
    },
    /// The lever's value must stay within `min..=max` (the cap met with the lever's range).
    Lever { index: usize, min: f64, max: f64 },
}

/// A target checked against one workshop: what [`crate::model::seek::seek`] works to.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    pub text: String,
    pub conditions: Vec<GoalCondition>,
    pub base_year: i32,
    pub years: usize,
    /// Shortfall scale per metric condition (see `Metric::scale`).
    scales: Vec<f64>,
}

/// How one condition fares in a projection.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConditionOutcome {
    /// The condition as written.
    pub condition: String,
    /// The metric or lever id.
    pub subject: String,
    pub unit: String,
    pub op: &'static str,
    pub bound: f64,
    /// First and last year judged (none for a lever cap).
    pub from_year: Option<i32>,
    pub to_year: Option<i32>,
    /// The year where the metric is worst against the bound (none for a lever cap).
    pub worst_year: Option<i32>,
    /// The metric in that year, or the lever's value.
    pub value: f64,
    pub met: bool,
    /// How far short in the worst year, in the condition's unit; 0 when met.
    pub short_by: f64,
}

impl Goal {
    /// Parse `text` and check it against a workshop's assumptions and levers. `by`, if given,
    /// is the year from which conditions without their own `by` must hold (see the module
    /// documentation: reserves ignore it).
    pub fn parse(
        text: &str,
        a: &Assumptions,
        levers: &[Lever],
        by: Option<i32>,
    ) -> Result<Goal, TargetError> {
        Goal::new(&Target::parse(text)?, a, levers, by)
    }

    pub fn new(
        target: &Target,
        a: &Assumptions,
        levers: &[Lever],
        by: Option<i32>,
    ) -> Result<Goal, TargetError> {
        let years = a.horizon_years.clamp(1, 100) as usize;
        let first = a.base_year;
        let last = first + years as i32 - 1;
        let year_index = |y: i32, column: Option<usize>, what: &str| {
            if (first..=last).contains(&y) {
                Ok((y - first) as usize)
            } else {
                Err(TargetError {
                    column,
                    message: format!(
                        "{what} {y} is outside the horizon, {first} to {last}; choose a year in it"
                    ),
                })
            }
        };
        let default_from = match by {
            Some(y) => Some(year_index(y, None, "--by")?),
            None => None,
        };
        let mut conditions = Vec::new();
        let mut scales = Vec::new();
        for c in &target.conditions {
            let kind = match c.subject {
                Subject::Metric(metric) => {
                    let from = match (c.by, c.by_column) {
                        (Some(y), col) => year_index(y, col, "by")?,
                        (None, _) if metric.every_year_by_default() => 0,
                        (None, _) => default_from.unwrap_or(years - 1),
                    };
                    let bound = match c.bound {
                        Bound::Number(n) => n,
                        Bound::PrudentMinimum(plus) => a.prudent_minimum.max(0.0) + plus,
                    };
                    scales.push(metric.scale(a));
                    GoalKind::Metric {
                        metric,
                        bound,
                        from,
                    }
                }
                Subject::Lever(index) => {
                    let lever = levers.get(index).ok_or_else(|| {
                        TargetError::at(c.column, "this workshop does not have that lever")
                    })?;
                    let Bound::Number(n) = c.bound else {
                        unreachable!("the parser only lets reserves take `minimum`")
                    };
                    // An earlier cap on the same lever narrows the range further.
                    let (mut min, mut max) = conditions
                        .iter()
                        .rev()
                        .find_map(|g: &GoalCondition| match g.kind {
                            GoalKind::Lever {
                                index: i, min, max, ..
                            } if i == index => Some((min, max)),
                            _ => None,
                        })
                        .unwrap_or((lever.min, lever.max));
                    match c.op {
                        Op::AtMost => max = max.min(n),
                        Op::AtLeast => min = min.max(n),
                    }
                    if min > max {
                        return Err(TargetError::at(
                            c.column,
                            format!(
                                "`{}` leaves the lever no room: {} runs from {} to {} ({}){}",
                                c.text,
                                lever.id,
                                lever.min,
                                lever.max,
                                lever.unit,
                                if n >= lever.min && n <= lever.max {
                                    ", and another cap in the target rules out the rest"
                                } else {
                                    ""
                                }
                            ),
                        ));
                    }
                    scales.push(1.0);
                    GoalKind::Lever { index, min, max }
                }
            };
            conditions.push(GoalCondition {
                condition: c.clone(),
                kind,
            });
        }
        Ok(Goal {
            text: target.text.clone(),
            conditions,
            base_year: first,
            years,
            scales,
        })
    }

    /// The bounds the target puts on lever `index`, if any: the tightest of its caps.
    pub fn lever_bounds(&self, index: usize) -> Option<(f64, f64)> {
        self.conditions.iter().rev().find_map(|g| match g.kind {
            GoalKind::Lever {
                index: i, min, max, ..
            } if i == index => Some((min, max)),
            _ => None,
        })
    }

    /// How each condition fares for these lever values and their projection.
    pub fn assess(&self, p: &Projection, v: &LeverValues) -> Vec<ConditionOutcome> {
        self.conditions
            .iter()
            .map(|g| {
                let c = &g.condition;
                match g.kind {
                    GoalKind::Metric {
                        metric,
                        bound,
                        from,
                    } => {
                        let mut worst: Option<(i32, f64, f64)> = None;
                        for_each_value(p, metric, from, |year, value, _| {
                            let excess = c.op.excess(value, bound);
                            if worst.is_none_or(|(_, _, e)| excess > e) {
                                worst = Some((year, value, excess));
                            }
                        });
                        let (year, value, excess) = worst.unwrap_or((0, f64::NAN, f64::INFINITY));
                        ConditionOutcome {
                            condition: c.text.clone(),
                            subject: metric.id().into(),
                            unit: metric.unit().into(),
                            op: c.op.symbol(),
                            bound,
                            from_year: Some(self.base_year + from as i32),
                            to_year: Some(self.base_year + self.years as i32 - 1),
                            worst_year: Some(year),
                            value,
                            met: excess <= 0.0,
                            short_by: excess.max(0.0),
                        }
                    }
                    GoalKind::Lever { index, min, max } => {
                        let value = v.0[index];
                        let short = (min - value).max(value - max).max(0.0);
                        let bound = match c.op {
                            Op::AtMost => max,
                            Op::AtLeast => min,
                        };
                        ConditionOutcome {
                            condition: c.text.clone(),
                            subject: LEVER_SPECS[index].id.into(),
                            unit: LEVER_SPECS[index].unit.into(),
                            op: c.op.symbol(),
                            bound,
                            from_year: None,
                            to_year: None,
                            worst_year: None,
                            value,
                            met: short <= 0.0,
                            short_by: short,
                        }
                    }
                }
            })
            .collect()
    }

    /// Whether every condition holds. The same test as [`Goal::assess`], without allocating.
    pub fn is_met(&self, p: &Projection, v: &LeverValues) -> bool {
        self.conditions.iter().all(|g| match g.kind {
            GoalKind::Metric {
                metric,
                bound,
                from,
            } => {
                let mut ok = true;
                for_each_value(p, metric, from, |_, value, _| {
                    ok &= g.condition.op.excess(value, bound) <= 0.0;
                });
                ok && p.rows.len() > from
            }
            GoalKind::Lever { index, min, max } => v.0[index] >= min && v.0[index] <= max,
        })
    }

    /// Shortfalls for the search, one a metric condition and year, scaled so that 1 is 1% of
    /// the budget (a hundredth for trust); positive is short. Reserves count any gap no means
    /// could fund as reserves below zero, so the search still sees which way is better once
    /// reserves have run out. Lever caps are not included: the search keeps to them as bounds.
    pub(crate) fn residuals(&self, p: &Projection, out: &mut Vec<f64>) {
        out.clear();
        for (g, scale) in self.conditions.iter().zip(&self.scales) {
            if let GoalKind::Metric {
                metric,
                bound,
                from,
            } = g.kind
            {
                for_each_value(p, metric, from, |_, value, searchable| {
                    out.push(g.condition.op.excess(searchable.unwrap_or(value), bound) / scale);
                });
            }
        }
    }

    /// How many values `residuals` gives.
    pub(crate) fn residual_count(&self) -> usize {
        self.conditions
            .iter()
            .map(|g| match g.kind {
                GoalKind::Metric { from, .. } => self.years.saturating_sub(from),
                GoalKind::Lever { .. } => 0,
            })
            .sum()
    }
}

/// Calls `f(year, value, value for the search)` for each year from `from` to the end.
fn for_each_value(
    p: &Projection,
    metric: Metric,
    from: usize,
    mut f: impl FnMut(i32, f64, Option<f64>),
) {
    let mut cumulative = 0.0;
    let mut unfunded = 0.0;
    for (i, r) in p.rows.iter().enumerate() {
        cumulative += r.gap;
        unfunded += r.unfunded;
        if i < from {
            continue;
        }
        match metric {
            Metric::Gap => f(r.year, r.gap, None),
            Metric::CumulativeGap => f(r.year, cumulative, None),
            Metric::Reserves => f(r.year, r.reserves, Some(r.reserves - unfunded)),
            Metric::UnmetNeed => f(r.year, r.unmet_need, None),
            Metric::Trust => f(r.year, r.trust, None),
            Metric::Cuts => f(r.year, r.cuts, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::simulate;

    fn levers() -> Vec<Lever> {
        LEVER_SPECS.iter().map(Lever::from).collect()
    }

    fn err(text: &str) -> TargetError {
        Target::parse(text).expect_err(text)
    }

    #[test]
    fn parses_the_documented_forms() {
        let t = Target::parse("gap<=0").unwrap();
        assert_eq!(t.conditions.len(), 1);
        assert_eq!(t.conditions[0].subject, Subject::Metric(Metric::Gap));
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
            Subject::Metric(Metric::CumulativeGap)
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

    #[test]
    fn goals_check_years_and_caps_against_the_workshop() {
        let a = Assumptions::default();
        let l = levers();
        let g = Goal::parse("gap<=0", &a, &l, None).unwrap();
        assert_eq!(
            g.conditions[0].kind,
            GoalKind::Metric {
                metric: Metric::Gap,
                bound: 0.0,
                from: 14
            }
        );
        let g = Goal::parse("gap<=0 and reserves>=minimum", &a, &l, Some(2030)).unwrap();
        assert!(matches!(
            g.conditions[0].kind,
            GoalKind::Metric { from: 4, .. }
        ));
        assert!(
            matches!(g.conditions[1].kind, GoalKind::Metric { from: 0, bound, .. } if bound == 40.0),
            "reserves hold every year whatever --by says"
        );
        let g = Goal::parse("reserves>=100 by 2035", &a, &l, None).unwrap();
        assert!(matches!(
            g.conditions[0].kind,
            GoalKind::Metric { from: 9, .. }
        ));

        let e = Goal::parse("gap<=0", &a, &l, Some(2041)).unwrap_err();
        assert!(e.message.contains("2026 to 2040"), "{e}");
        let e = Goal::parse("gap<=0 by 2025", &a, &l, None).unwrap_err();
        assert_eq!(e.column, Some(11));

        let e = Goal::parse("council_tax_rise<=-1", &a, &l, None).unwrap_err();
        assert!(e.message.contains("no room"), "{e}");
        let e =
            Goal::parse("council_tax_rise<=2 and council_tax_rise>=3", &a, &l, None).unwrap_err();
        assert_eq!(e.column, Some(25));
        let g = Goal::parse("council_tax_rise<=20", &a, &l, None).unwrap();
        assert_eq!(
            g.lever_bounds(lever_index("council_tax_rise").unwrap()),
            Some((0.0, 10.0))
        );
    }

    #[test]
    fn assess_matches_the_projection() {
        // A council whose reserves do fall below the minimum: little can be cut, grant falls.
        let a = Assumptions {
            max_in_year_cuts: 1.0,
            ..Assumptions::default()
        };
        let l = levers();
        let mut v = LeverValues::model_defaults();
        v.set(crate::model::LeverKey::GrantChange, -10.0);
        let p = simulate(&a, &v);
        let g = Goal::parse(
            "gap<=0 and reserves>=minimum and council_tax_rise<=2.99 and trust>=0",
            &a,
            &l,
            None,
        )
        .unwrap();
        let out = g.assess(&p, &v);
        let last = p.final_row();
        assert!(!out[0].met);
        assert_eq!(out[0].worst_year, Some(last.year));
        assert_eq!(out[0].short_by, last.gap);
        let below = p.headlines().reserves_below_minimum.unwrap();
        assert!(!out[1].met);
        assert!(out[1].worst_year.unwrap() >= below);
        assert!(!out[2].met);
        assert!((out[2].short_by - 2.0).abs() < 1e-9);
        assert!(out[3].met && out[3].short_by == 0.0);
        assert!(!g.is_met(&p, &v));
        let mut r = Vec::new();
        g.residuals(&p, &mut r);
        assert_eq!(r.len(), g.residual_count());
        assert_eq!(r.len(), 1 + 15 + 1);
    }
}
