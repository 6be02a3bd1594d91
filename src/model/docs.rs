//! Markdown tables for docs/model.md, built from the model's own declarations so that the
//! reference document cannot drift from the code. `tests/docs.rs` checks the document against
//! these functions; `UPDATE_DOCS=1 cargo test --test docs` rewrites its generated sections.

use super::assumptions::{ASSUMPTION_SPECS, AssumptionGroup, Assumptions, Plausible};
use super::levers::LEVER_SPECS;
use super::lines::{Line, REACH, REACH_REASONS, Reach};
use super::links::{Delay, LINKS};
use super::schedule::SCHEDULE_SPECS;

/// Range of the base year, as `Assumptions::problems` enforces it.
pub const BASE_YEAR_RANGE: (i32, i32) = (1990, 2100);
/// Range of the horizon in years, as `Assumptions::problems` enforces it.
pub const HORIZON_RANGE: (u32, u32) = (5, 30);

/// Every lever: id, domain, label, unit, range, default and what it does.
pub fn levers_markdown() -> String {
    let rows = LEVER_SPECS.iter().map(|s| {
        vec![
            code(s.id),
            s.domain.label().to_owned(),
            s.label.to_owned(),
            s.unit.to_owned(),
            range(s.min, s.max),
            num(s.default),
            s.description.to_owned(),
        ]
    });
    table(
        &[
            "id",
            "domain",
            "label",
            "unit",
            "range",
            "default",
            "what it does",
        ],
        rows,
    )
}

/// What each lever claims to do, and where its default comes from.
pub fn lever_claims_markdown() -> String {
    let rows = LEVER_SPECS.iter().map(|s| {
        let claims: Vec<String> = s.claims.iter().map(|c| c.describe()).collect();
        vec![
            code(s.id),
            capitalise(&claims.join("; ")),
            s.source.to_owned(),
        ]
    });
    table(
        &[
            "lever",
            "moving it up … (checked from every shipped scenario)",
            "where the default comes from",
        ],
        rows,
    )
}

/// Where every assumption's default comes from, whether it is a judgement, and the range the
/// uncertainty sweep draws from.
pub fn sources_markdown() -> String {
    let defaults = Assumptions::default();
    let rows = ASSUMPTION_SPECS.iter().map(|s| {
        let value = defaults.get(s.id).unwrap_or_default();
        let swept = match s.plausible {
            Some(p @ Plausible::Between { .. }) => {
                let (low, high) = p.around(value);
                format!("{} to {}", num(low), num(high))
            }
            Some(Plausible::Times { low, high }) => {
                format!("{} to {} times the value", num(low), num(high))
            }
            None => "not swept".to_owned(),
        };
        vec![
            code(s.id),
            if s.judgement {
                "judgement"
            } else {
                "published"
            }
            .to_owned(),
            swept,
            s.source.to_owned(),
        ]
    });
    table(
        &[
            "assumption",
            "kind",
            "sweep range",
            "where the default comes from",
        ],
        rows,
    )
}

/// How strongly each mechanism touches each service line.
pub fn reach_markdown() -> String {
    type Weight = fn(&Reach) -> f64;
    let fields: [(&str, Weight); 8] = [
        ("expectation", |r| r.expectation),
        ("co_production", |r| r.co_production),
        ("community_delivery", |r| r.community_delivery),
        ("prevention", |r| r.prevention),
        ("integration", |r| r.integration),
        ("digital", |r| r.digital),
        ("escalation", |r| r.escalation),
        ("fees", |r| r.fees),
    ];
    let rows = fields.iter().map(|(id, f)| {
        let why = REACH_REASONS
            .iter()
            .find(|(r, _)| r == id)
            .map_or("", |(_, w)| *w);
        let mut row = vec![code(id)];
        row.extend(Line::ALL.iter().map(|l| num(f(&REACH[*l as usize]))));
        row.push(why.to_owned());
        row
    });
    let mut header = vec!["mechanism"];
    header.extend(Line::ALL.iter().map(|l| l.label()));
    header.push("why");
    table(&header, rows)
}

/// The year-by-year schedules a workshop may give, and what takes over after them.
pub fn schedules_markdown() -> String {
    let rows = SCHEDULE_SPECS.iter().map(|s| {
        vec![
            code(s.id),
            s.label.to_owned(),
            s.unit.to_owned(),
            range(s.min, s.max),
            s.after.to_owned(),
        ]
    });
    table(
        &[
            "schedule",
            "what it gives",
            "unit",
            "range a year",
            "after it ends",
        ],
        rows,
    )
}

fn capitalise(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(first) => first.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Every assumption: id, group, label, unit, default (from `Assumptions::default()`), range
/// and what it means. Base year and horizon, which are integers, come first.
pub fn assumptions_markdown() -> String {
    let defaults = Assumptions::default();
    let mut rows = vec![
        vec![
            code("base_year"),
            "context".to_owned(),
            "Base year".to_owned(),
            "year".to_owned(),
            defaults.base_year.to_string(),
            format!("{} to {}", BASE_YEAR_RANGE.0, BASE_YEAR_RANGE.1),
            "The first year projected; rows run from it, one a year.".to_owned(),
        ],
        vec![
            code("horizon_years"),
            "context".to_owned(),
            "Horizon".to_owned(),
            "years".to_owned(),
            defaults.horizon_years.to_string(),
            format!("{} to {}", HORIZON_RANGE.0, HORIZON_RANGE.1),
            "How many years the projection covers, the base year included.".to_owned(),
        ],
    ];
    rows.extend(ASSUMPTION_SPECS.iter().map(|s| {
        let value = defaults
            .get(s.id)
            .expect("every assumption spec names a field of Assumptions");
        vec![
            code(s.id),
            group(s.group).to_owned(),
            s.label.to_owned(),
            s.unit.to_owned(),
            num(value),
            range(s.min, s.max),
            s.description.to_owned(),
        ]
    }));
    table(
        &[
            "id",
            "group",
            "label",
            "unit",
            "default",
            "range",
            "what it means",
        ],
        rows.into_iter(),
    )
}

/// Every causal link: from, to, polarity (+ or −), delay and what it means.
pub fn links_markdown() -> String {
    let rows = LINKS.iter().map(|l| {
        vec![
            code(l.from),
            code(l.to),
            l.polarity.symbol().to_owned(),
            delay(l.delay).to_owned(),
            l.description.to_owned(),
        ]
    });
    table(&["from", "to", "polarity", "delay", "what it means"], rows)
}

fn group(g: AssumptionGroup) -> &'static str {
    match g {
        AssumptionGroup::Context => "context",
        AssumptionGroup::Response => "response",
    }
}

fn delay(d: Delay) -> &'static str {
    match d {
        Delay::None => "none",
        Delay::Short => "short",
        Delay::Long => "long",
    }
}

fn code(id: &str) -> String {
    format!("`{id}`")
}

fn num(v: f64) -> String {
    format!("{v}")
}

fn range(min: f64, max: f64) -> String {
    format!("{} to {}", num(min), num(max))
}

/// A Markdown table, one line a row, ending in a newline. Cells never break the table.
fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let line = |cells: &mut dyn Iterator<Item = String>| {
        let cells: Vec<String> = cells.map(|c| cell(&c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = line(&mut header.iter().map(|h| (*h).to_owned()));
    out.push_str(&line(&mut header.iter().map(|_| "---".to_owned())));
    for row in rows {
        out.push_str(&line(&mut row.into_iter()));
    }
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_ranges_of_base_year_and_horizon_match_validation() {
        let problems_with = |base_year: i32, horizon_years: u32| {
            Assumptions {
                base_year,
                horizon_years,
                ..Assumptions::default()
            }
            .problems()
            .len()
        };
        let (y0, y1) = BASE_YEAR_RANGE;
        let (h0, h1) = HORIZON_RANGE;
        assert_eq!(problems_with(y0, h0), 0);
        assert_eq!(problems_with(y1, h1), 0);
        assert_eq!(problems_with(y0 - 1, h0), 1);
        assert_eq!(problems_with(y1 + 1, h0), 1);
        assert_eq!(problems_with(y0, h0 - 1), 1);
        assert_eq!(problems_with(y0, h1 + 1), 1);
    }

    #[test]
    fn tables_have_a_row_for_everything_and_well_formed_lines() {
        let count = |s: &str| s.lines().count() - 2;
        assert_eq!(count(&levers_markdown()), LEVER_SPECS.len());
        assert_eq!(count(&lever_claims_markdown()), LEVER_SPECS.len());
        assert_eq!(count(&assumptions_markdown()), ASSUMPTION_SPECS.len() + 2);
        assert_eq!(count(&sources_markdown()), ASSUMPTION_SPECS.len());
        assert_eq!(count(&links_markdown()), LINKS.len());
        assert_eq!(count(&schedules_markdown()), SCHEDULE_SPECS.len());
        assert_eq!(count(&reach_markdown()), REACH_REASONS.len());
        for t in [
            levers_markdown(),
            lever_claims_markdown(),
            assumptions_markdown(),
            sources_markdown(),
            links_markdown(),
            schedules_markdown(),
            reach_markdown(),
        ] {
            let columns = t.lines().next().unwrap().matches(" | ").count();
            for l in t.lines() {
                assert!(l.starts_with("| ") && l.ends_with(" |"), "{l}");
                assert_eq!(l.matches(" | ").count(), columns, "{l}");
            }
        }
        assert_eq!(cell("a|b\nc"), "a\\|b c");
    }
}
