//! The model against the published record: each check is a published figure with its source,
//! the scenario it runs on, how the model's comparable value is measured, and the band within
//! which the model passes. `docs/validation.md` is generated from these (and checked by a
//! test); `jaws validate` prints them and fails when one does.
//!
//! Checks name their scenario by workshop and scenario id; the caller resolves them (from the
//! built-in workshops: `Workshop::bundled_scenario`), so the model needs no files.

use serde::Serialize;

use super::assumptions::Assumptions;
use super::levers::LeverValues;
use super::lines::Line;
use super::simulate::{Projection, YearRow, simulate};

/// A scenario of a workshop: what a check runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Reference {
    pub workshop: &'static str,
    pub scenario: &'static str,
}

/// One row of the validation table.
pub struct Check {
    pub id: &'static str,
    /// What is checked, in a few words.
    pub title: &'static str,
    /// The published figure, as published.
    pub published: &'static str,
    /// Publisher, title, year and where in it.
    pub source: &'static str,
    pub scenario: Reference,
    /// How the model's comparable value is measured.
    pub measure: &'static str,
    pub unit: &'static str,
    /// The model passes with a value in `low..=high`.
    pub low: f64,
    pub high: f64,
    /// Why the band is as wide as it is, and anything that differs between the published
    /// figure and the model's.
    pub note: &'static str,
    /// The model is known to disagree with this figure and `note` says why. Such a row is
    /// shown as a difference, not hidden, and does not fail `jaws validate`; if the model comes
    /// to pass it, a test says the note is out of date.
    pub explained: bool,
    /// The model's value, from the scenario's projection; `None` when it cannot be measured
    /// (a year the projection does not reach, an event that never happens).
    pub value: fn(&Projection) -> Option<f64>,
}

/// A check as run: the model's value and whether it passes.
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    pub id: &'static str,
    pub title: &'static str,
    pub published: &'static str,
    pub source: &'static str,
    pub scenario: Reference,
    pub measure: &'static str,
    pub unit: &'static str,
    pub low: f64,
    pub high: f64,
    pub note: &'static str,
    /// The model's value, or `None` if it could not be measured (or the scenario is missing).
    pub value: Option<f64>,
    /// Set when the scenario could not be found.
    pub missing: bool,
    pub pass: bool,
    /// The row fails, as the check's note explains (see [`Check::explained`]).
    pub explained: bool,
}

impl Outcome {
    /// A failure nobody has explained: what makes `jaws validate` exit with 1.
    pub fn unexplained_failure(&self) -> bool {
        !self.pass && !self.explained
    }

    /// The result in a word or two.
    pub fn verdict(&self) -> &'static str {
        match (self.pass, self.explained) {
            (true, false) => "pass",
            (true, true) => "pass, note out of date",
            (false, true) => "differs, explained",
            (false, false) => "fail",
        }
    }
}

fn row(p: &Projection, year: i32) -> Option<&YearRow> {
    p.rows.iter().find(|r| r.year == year)
}

fn change(p: &Projection, from: i32, to: i32, f: fn(&YearRow) -> f64) -> Option<f64> {
    Some(100.0 * (f(row(p, to)?) / f(row(p, from)?) - 1.0))
}

fn spending_power(r: &YearRow) -> f64 {
    r.grant + r.council_tax
}

fn social_care_demand(r: &YearRow) -> f64 {
    r.lines.get(Line::Adults).demand + r.lines.get(Line::Children).demand
}

/// The reference scenarios, each shipped in a built-in workshop (`workshops/`).
const REPLAY: Reference = Reference {
    workshop: "the-2010s",
    scenario: "replay-2010s",
};
const PRESENT: Reference = Reference {
    workshop: "new-model",
    scenario: "old-deal",
};
const DOOM: Reference = Reference {
    workshop: "graph-of-doom",
    scenario: "graph-of-doom",
};
const WIGAN: Reference = Reference {
    workshop: "wigan-deal",
    scenario: "wigan-deal",
};

pub const CHECKS: &[Check] = &[
    Check {
        id: "lga-2012-gap",
        title: "LGA funding outlook: the gap by 2019/20 if nothing changed",
        published: "A funding gap of £16.5bn a year by 2019/20, a 29% shortfall between revenue and spending pressures.",
        source: "Local Government Association, Funding outlook for councils from 2010/11 to 2019/20: preliminary modelling, 26 June 2012 (summary).",
        scenario: REPLAY,
        measure: "Budget pressures (the 2010/11 services with need and unit costs grown) less resources, as a share of the pressures, in 2019/20.",
        unit: "%",
        low: 22.0,
        high: 36.0,
        note: "The LGA projected from 2012's plans and called its income forecast optimistic; the replay follows the settlements that happened (NAO 2018). A quarter either side of 29%.",
        explained: false,
        value: |p| {
            let r = row(p, 2019)?;
            Some(100.0 * (r.pressures - r.resources) / r.pressures)
        },
    },
    Check {
        id: "nao-2018-government-funding",
        title: "NAO: government funding, 2010-11 to 2017-18",
        published: "Government funding to local authorities fell 49.1% in real terms from 2010-11 to 2017-18.",
        source: "National Audit Office, Financial sustainability of local authorities 2018, HC 834, 8 March 2018, summary (quoted by the HCLG Committee, paragraph 6).",
        scenario: REPLAY,
        measure: "Change in central grant and retained business rates from 2010/11 to 2017/18, real terms.",
        unit: "%",
        low: -52.0,
        high: -46.0,
        note: "The replay's settlement schedule is set from this figure (9.2% a year), so this row checks the schedule and the model's accounting, not a prediction.",
        explained: false,
        value: |p| change(p, 2010, 2017, |r| r.grant),
    },
    Check {
        id: "nao-2018-spending-power",
        title: "NAO: spending power, 2010-11 to 2017-18",
        published: "Spending power (government funding and council tax) fell 28.6% in real terms from 2010-11 to 2017-18.",
        source: "National Audit Office, Financial sustainability of local authorities 2018, HC 834, 8 March 2018, summary.",
        scenario: REPLAY,
        measure: "Change in grant plus council tax from 2010/11 to 2017/18, real terms.",
        unit: "%",
        low: -32.0,
        high: -25.0,
        note: "Depends on the council tax freezes and rises the replay schedules and on council tax's share of income (35% in 2010/11); three points either side.",
        explained: false,
        value: |p| change(p, 2010, 2017, spending_power),
    },
    Check {
        id: "nao-2018-social-care-share",
        title: "NAO: social care's share of spending, 2010-11 to 2016-17",
        published: "Social care rose from 45.3% of local authorities' service spending in 2010-11 to 54.4% in 2016-17.",
        source: "National Audit Office, Financial sustainability of local authorities 2018, press release, 8 March 2018.",
        scenario: REPLAY,
        measure: "Rise in adult and children's social care's share of spending from 2010/11 to 2016/17, percentage points.",
        unit: "points",
        low: 5.0,
        high: 13.0,
        note: "The published rise is 9.1 points; four points either side. The model fails it: its social care spending rises about 6% in real terms by 2016/17 where the NAO found a 3% fall, because the floors (85% of adult care need, 95% of children's) and crisis need hold social care up, and the cuts fall on other services (down about 45% against the NAO's 32.6%). Councils cut social care further below need than the floors allow, or its need grew less than the replay assumes.",
        explained: true,
        value: |p| {
            let share = |y| row(p, y).map(YearRow::social_care_share);
            Some(100.0 * (share(2016)? - share(2010)?))
        },
    },
    Check {
        id: "survives-the-2010s",
        title: "A typical council got through the 2010s without a section 114 notice",
        published: "One section 114 notice in England from 2010 to 2019, Northamptonshire in February 2018, after years of depleting reserves; every other council balanced its budget.",
        source: "LGC, Immediate spending controls imposed on Northants, 2 February 2018; Institute for Government, Local authority section 114 notices (explainer).",
        scenario: REPLAY,
        measure: "Years in 2010/11 to 2019/20 under a section 114 notice.",
        unit: "years",
        low: 0.0,
        high: 0.0,
        note: "With savings that recur the replay balances through the decade, as councils did; its reserves are checked in the next rows.",
        explained: false,
        value: |p| Some(p.rows.iter().filter(|r| r.section_114).count() as f64),
    },
    Check {
        id: "reserves-2010s-level",
        title: "Reserves of a typical council through the 2010s",
        published: "County councils held unallocated reserves of 4.7% of net revenue expenditure in 2016-17, and earmarked reserves several times that; local rules set the prudent minimum at 3% to 12%.",
        source: "LGC, Revealed: variation in levels of 'stressed' reserves, 2018 (DCLG data); Gateshead and Thanet reserves policies.",
        scenario: REPLAY,
        measure: "Lowest usable reserves in 2010/11 to 2019/20, as a share of that year's resources.",
        unit: "%",
        low: 5.0,
        high: 30.0,
        note: "The model's reserves are usable reserves, earmarked and unallocated together: at least the prudent minimum (about 5%), at most what a council this size held.",
        explained: false,
        value: |p| {
            p.rows
                .iter()
                .map(|r| 100.0 * r.reserves / r.resources)
                .min_by(f64::total_cmp)
        },
    },
    Check {
        id: "reserves-2010s-drawdown",
        title: "Reserves drawn down in the second half of the 2010s",
        published: "Councils' reserves rose from 2011 to 2015, then fell in 2015-16 and 2016-17 (by about 2% and 6% in real terms) as more spending was funded from them.",
        source: "NLGN, Should local government be concerned about recent trend change in its reserves balance?, 31 August 2017 (DCLG data).",
        scenario: REPLAY,
        measure: "Change in reserves from 2015/16 to 2017/18, real terms.",
        unit: "%",
        low: -40.0,
        high: -1.0,
        note: "The direction is what is checked: down, by less than the two fifths that would signal a council near its limit.",
        explained: false,
        value: |p| change(p, 2015, 2017, |r| r.reserves),
    },
    Check {
        id: "adult-care-demand-growth",
        title: "Adult social care demand grows 3-4% a year in real terms",
        published: "Funding must grow 3.4% a year in real terms to meet demand (2021/22 to 2032/33); projections for the Department of Health put it at 3.3% a year (2018 to 2038).",
        source: "Health Foundation (REAL Centre), Adult social care funding pressures, 25 September 2023, key points; Hu, Hancock and Wittenberg, Projections of adult social care demand and expenditure 2018 to 2038, CPEC, LSE, 2020.",
        scenario: PRESENT,
        measure: "Average yearly growth of adult social care's demand (the cost of meeting it), 2026 to 2040, old deal.",
        unit: "% a year",
        low: 3.0,
        high: 4.0,
        note: "The model's demand includes crisis need from cuts, which the published projections do not; 3% to 4% is the published range (OBR 3.1%, PSSRU 2018 3.7%).",
        explained: false,
        value: |p| {
            let first = social_care_line(p.rows.first()?, Line::Adults);
            let last = social_care_line(p.rows.last()?, Line::Adults);
            let years = (p.rows.len() - 1) as f64;
            Some(100.0 * ((last / first).powf(1.0 / years) - 1.0))
        },
    },
    Check {
        id: "barnet-graph-of-doom",
        title: "Barnet's graph of doom: social care takes the whole budget",
        published: "\"Over a 20-year period, unless there was really radical corrective action, adult social care and children's services would need to take up the totality of our existing budget.\"",
        source: "The Guardian, Graph of Doom: a bleak future for social care services, 15 May 2012 (Nick Walkley, chief executive, London Borough of Barnet).",
        scenario: DOOM,
        measure: "Years from 2011/12 until the cost of meeting social care demand reaches the (flat) resources.",
        unit: "years",
        low: 15.0,
        high: 25.0,
        note: "Barnet's slide assumed flat funding and steady demographic growth; its numbers were not published. Five years either side of twenty.",
        explained: false,
        value: |p| {
            let first = p.rows.first()?.year;
            p.rows
                .iter()
                .find(|r| social_care_demand(r) >= r.resources)
                .map(|r| f64::from(r.year - first))
        },
    },
    Check {
        id: "barnet-squeeze",
        title: "Barnet: the squeeze on everything else starts within five to seven years",
        published: "\"In five to seven years we get to the point where it starts to restrict our ability to do anything very much else.\"",
        source: "The Guardian, Graph of Doom: a bleak future for social care services, 15 May 2012 (Nick Walkley).",
        scenario: DOOM,
        measure: "Years from 2011/12 until spending on all other services is a tenth below its 2011/12 level in real terms.",
        unit: "years",
        low: 4.0,
        high: 8.0,
        note: "\"Restrict our ability to do anything very much else\" read as other services cut by a tenth (a judgement); a year either side of five to seven.",
        explained: false,
        value: |p| {
            let first = p.rows.first()?;
            let other = |r: &YearRow| r.lines.get(Line::Other).spending;
            p.rows
                .iter()
                .find(|r| other(r) <= 0.9 * other(first))
                .map(|r| f64::from(r.year - first.year))
        },
    },
    Check {
        id: "wigan-deal-savings",
        title: "The Wigan Deal: savings of about two fifths of the budget by 2018/19",
        published: "Since 2011 Wigan Council has saved more than £140m, 40% of its budget, with council tax frozen and about £10m invested in more than 560 community groups; £160m by 2020.",
        source: "The King's Fund, A citizen-led approach to health and care: lessons from the Wigan Deal, 26 June 2019 (quoted by the council); Wigan Today, 7 March 2019; Wigan Council, Deal for Communities Investment Fund.",
        scenario: WIGAN,
        measure: "Budget pressures less spending in 2018/19, as a share of the 2011/12 budget.",
        unit: "%",
        low: 35.0,
        high: 61.0,
        note: "£140m is 40% of a £350m budget, but Wigan's net budget was about £231m around 2016 (61%); the band spans both readings. Not a formal evaluation (King's Fund).",
        explained: false,
        value: |p| {
            let r = row(p, 2018)?;
            let budget = p.rows.first()?.resources;
            Some(100.0 * (r.pressures - r.spending) / budget)
        },
    },
    Check {
        id: "wigan-deal-no-section-114",
        title: "The Wigan Deal: never a section 114 notice",
        published: "Wigan balanced every budget through the Deal and froze council tax for six years to 2019/20.",
        source: "Wigan Today, Wigan's council tax frozen and £10m town centres cash pot approved, 7 March 2019.",
        scenario: WIGAN,
        measure: "Years in 2011/12 to 2019/20 under a section 114 notice.",
        unit: "years",
        low: 0.0,
        high: 0.0,
        note: "",
        explained: false,
        value: |p| Some(p.rows.iter().filter(|r| r.section_114).count() as f64),
    },
];

fn social_care_line(r: &YearRow, line: Line) -> f64 {
    r.lines.get(line).demand
}

/// Run every check, resolving each scenario with `resolve` (workshop id, scenario id).
pub fn validate(
    resolve: &dyn Fn(&Reference) -> Option<(Assumptions, LeverValues)>,
) -> Vec<Outcome> {
    CHECKS
        .iter()
        .map(|c| {
            let found = resolve(&c.scenario);
            let value = found.as_ref().and_then(|(a, v)| (c.value)(&simulate(a, v)));
            let pass = value.is_some_and(|v| v >= c.low && v <= c.high);
            Outcome {
                id: c.id,
                title: c.title,
                published: c.published,
                source: c.source,
                scenario: c.scenario,
                measure: c.measure,
                unit: c.unit,
                low: c.low,
                high: c.high,
                note: c.note,
                value,
                missing: found.is_none(),
                pass,
                explained: c.explained,
            }
        })
        .collect()
}

fn figure(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// The validation table as Markdown, one row a check.
pub fn markdown(outcomes: &[Outcome]) -> String {
    let mut out = String::from(
        "| check | published | source | scenario | model | passes within | result |\n| --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for o in outcomes {
        let model = match o.value {
            Some(v) => format!("{} {} ({})", figure(v), o.unit, o.measure),
            None if o.missing => "scenario not found".to_owned(),
            None => format!("not reached ({})", o.measure),
        };
        let band = if o.low == o.high {
            format!("{} {}", figure(o.low), o.unit)
        } else {
            format!("{} to {} {}", figure(o.low), figure(o.high), o.unit)
        };
        let note = if o.note.is_empty() {
            String::new()
        } else {
            format!(" {}", o.note)
        };
        let cells = [
            format!("**{}** (`{}`)", o.title, o.id),
            o.published.to_owned(),
            o.source.to_owned(),
            format!("`{}` / `{}`", o.scenario.workshop, o.scenario.scenario),
            model,
            format!("{band}.{note}"),
            if o.pass {
                o.verdict().to_owned()
            } else {
                format!("**{}**", o.verdict())
            },
        ];
        let cells: Vec<String> = cells
            .iter()
            .map(|c| c.replace('|', "\\|").replace(['\r', '\n'], " "))
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}
