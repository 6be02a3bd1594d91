//! The figures a projection gives, declared once. The CSV columns (`jaws project`, `jaws
//! export --csv`), the linked charts on the screen and in exported files, and the metrics a
//! goal-seek target may name all read [`METRICS`], so a new figure is one row here: give it a
//! `chart` to draw it under the jaws, a `target` to let `jaws seek` aim at it.

use super::lines::Line;
use super::simulate::YearRow;

/// How a figure is read from a projection's rows.
#[derive(Clone, Copy, Debug)]
pub enum Reading {
    /// Straight from the year's row.
    Row(fn(&YearRow) -> f64),
    /// Added up from the base year to the year in question.
    RunningTotal(fn(&YearRow) -> f64),
}

/// One figure of a projection.
#[derive(Debug)]
pub struct Metric {
    /// As scripts and targets write it: the CSV column, the target's word.
    pub id: &'static str,
    /// As people say it, short enough for a column or a small chart: "Unmet need".
    pub title: &'static str,
    /// "£m a year" (a flow), "£m" (a stock at the year's end, or an amount in the year), or
    /// [`crate::present::format::SHARE_UNIT`] for a share.
    pub unit: &'static str,
    /// A share from 0 to 1, shown on charts as a percentage.
    pub share: bool,
    /// Compared with the workshop's prudent minimum of reserves: its charts draw the minimum
    /// and mark the year it is crossed, and a target may bound it by `minimum`.
    pub prudent_minimum: bool,
    pub reading: Reading,
    /// Drawn as one of the linked charts under the jaws, and a chart of its own in files.
    pub chart: Option<LinkedChart>,
    /// Usable in a goal-seek target.
    pub target: Option<TargetUse>,
}

/// How a metric is drawn as a linked chart.
#[derive(Clone, Copy, Debug)]
pub struct LinkedChart {
    /// Left to right among the linked charts (and their order in the report).
    pub place: u8,
    /// As `jaws export --chart` and chart file names write it.
    pub id: &'static str,
    /// The title of a chart of it alone, as in an exported file.
    pub heading: &'static str,
    /// What the y axis measures, in words; money axes add the prices' year after it.
    pub axis: &'static str,
    /// A sentence for a person hovering over the chart.
    pub explain: &'static str,
}

/// Which years a target condition on a metric covers when it names none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judged {
    FinalYear,
    EveryYear,
}

/// How a goal-seek target uses a metric.
#[derive(Clone, Copy, Debug)]
pub struct TargetUse {
    /// What it is and which years a condition on it covers, for `jaws seek --help`.
    pub description: &'static str,
    pub judged: Judged,
    /// Beyond zero, count any gap no means could fund (reserves exhausted, cuts at their
    /// limit) as this metric below zero, so the search still sees which way is better.
    pub unfunded_below_zero: bool,
}

impl Metric {
    /// Its value in each year of `rows`, in order.
    pub fn values<'a>(&'a self, rows: &'a [YearRow]) -> impl Iterator<Item = f64> + 'a {
        let mut total = 0.0;
        rows.iter().map(move |r| match self.reading {
            Reading::Row(f) => f(r),
            Reading::RunningTotal(f) => {
                total += f(r);
                total
            }
        })
    }

    /// As a chart draws it: shares as percentages.
    pub fn plotted(&self, v: f64) -> f64 {
        if self.share { v * 100.0 } else { v }
    }

    /// Whether it is one of the projection's columns (read straight from a row).
    pub fn is_column(&self) -> bool {
        matches!(self.reading, Reading::Row(_))
    }
}

impl PartialEq for Metric {
    fn eq(&self, other: &Metric) -> bool {
        self.id == other.id
    }
}

impl Eq for Metric {}

impl std::hash::Hash for Metric {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

const FLOW: &str = "£m a year";
const AMOUNT: &str = "£m";
const SHARE: &str = crate::present::format::SHARE_UNIT;

const JUDGED_FINAL: &str = "Judged in the final year, or in every year from `by` on.";

/// Every figure, in the order of the projection's CSV columns (after `year`): scripts rely on
/// that order, so add new figures at the end.
pub static METRICS: &[Metric] = &[
    Metric {
        id: "demand",
        title: "Demand",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.demand),
        chart: None,
        target: None,
    },
    Metric {
        id: "resources",
        title: "Resources",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.resources),
        chart: None,
        target: None,
    },
    Metric {
        id: "gap",
        title: "Gap",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.gap),
        chart: None,
        target: Some(TargetUse {
            description: "the year's gap, demand minus resources (negative is a surplus)",
            judged: Judged::FinalYear,
            unfunded_below_zero: false,
        }),
    },
    Metric {
        id: "cumulative_gap",
        title: "Gap added up",
        unit: AMOUNT,
        share: false,
        prudent_minimum: false,
        reading: Reading::RunningTotal(|r| r.gap),
        chart: None,
        target: Some(TargetUse {
            description: "the gap added up from the base year to the year judged (surpluses count against it)",
            judged: Judged::FinalYear,
            unfunded_below_zero: false,
        }),
    },
    Metric {
        id: "reserves",
        title: "Reserves",
        unit: AMOUNT,
        share: false,
        prudent_minimum: true,
        reading: Reading::Row(|r| r.reserves),
        chart: Some(LinkedChart {
            place: 0,
            id: "reserves",
            heading: "Usable reserves",
            axis: "£m at year end",
            explain: "Usable reserves at the end of each year. The dashed line is the prudent minimum.",
        }),
        target: Some(TargetUse {
            description: "usable reserves at the end of the year",
            judged: Judged::EveryYear,
            unfunded_below_zero: true,
        }),
    },
    Metric {
        id: "reserves_drawn",
        title: "Drawn from reserves",
        unit: AMOUNT,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.reserves_drawn),
        chart: None,
        target: None,
    },
    Metric {
        id: "cuts",
        title: "Cuts",
        unit: AMOUNT,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.cuts),
        chart: None,
        target: Some(TargetUse {
            description: "services withheld during the year to close the gap",
            judged: Judged::FinalYear,
            unfunded_below_zero: false,
        }),
    },
    Metric {
        id: "unfunded",
        title: "Unfunded gap",
        unit: AMOUNT,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.unfunded),
        chart: None,
        target: None,
    },
    Metric {
        id: "grant",
        title: "Grant",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.grant),
        chart: None,
        target: None,
    },
    Metric {
        id: "council_tax",
        title: "Council tax",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.council_tax),
        chart: None,
        target: None,
    },
    Metric {
        id: "fees",
        title: "Fees and charges",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.fees),
        chart: None,
        target: None,
    },
    Metric {
        id: "structural_savings",
        title: "Structural savings",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.structural_savings),
        chart: None,
        target: None,
    },
    Metric {
        id: "co_produced",
        title: "Co-produced",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.co_produced),
        chart: None,
        target: None,
    },
    Metric {
        id: "need",
        title: "Need",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.need),
        chart: None,
        target: None,
    },
    Metric {
        id: "expectation",
        title: "Expectation",
        unit: SHARE,
        share: true,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.expectation),
        chart: None,
        target: None,
    },
    Metric {
        id: "community_capacity",
        title: "Community capacity",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.community_capacity),
        chart: Some(LinkedChart {
            place: 2,
            id: "capacity",
            heading: "Community capacity",
            axis: "£m a year",
            explain: "What residents and communities can do for themselves and each other, valued as the need it can meet.",
        }),
        target: None,
    },
    Metric {
        id: "trust",
        title: "Trust",
        unit: SHARE,
        share: true,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.trust),
        chart: Some(LinkedChart {
            place: 3,
            id: "trust",
            heading: "Trust",
            axis: "trust, % (0 none, 100 complete)",
            explain: "Mutual understanding between people and public services.",
        }),
        target: Some(TargetUse {
            description: "residents' trust in the council at the end of the year",
            judged: Judged::FinalYear,
            unfunded_below_zero: false,
        }),
    },
    Metric {
        id: "adoption",
        title: "Adoption",
        unit: SHARE,
        share: true,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.adoption),
        chart: Some(LinkedChart {
            place: 4,
            id: "adoption",
            heading: "Adoption of the new way of working",
            axis: "% of the organisation",
            explain: "The share of the organisation working the new way: it starts with a few pilots.",
        }),
        target: None,
    },
    Metric {
        id: "unmet_need",
        title: "Unmet need",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.unmet_need),
        chart: Some(LinkedChart {
            place: 1,
            id: "unmet-need",
            heading: "Unmet need",
            axis: "£m a year",
            explain: "Need nobody is meeting because services were cut or priced out of reach; it comes back as crisis.",
        }),
        target: Some(TargetUse {
            description: "need going unmet at the end of the year, at base-year cost",
            judged: Judged::FinalYear,
            unfunded_below_zero: false,
        }),
    },
    Metric {
        id: "prevention",
        title: "Prevention",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.prevention),
        chart: None,
        target: None,
    },
    Metric {
        id: "released",
        title: "Released",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.released),
        chart: None,
        target: None,
    },
    Metric {
        id: "spending",
        title: "Spending",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.spending),
        chart: None,
        target: None,
    },
    Metric {
        id: "savings",
        title: "Savings that recur",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.savings),
        chart: None,
        target: None,
    },
    Metric {
        id: "programmes",
        title: "Programme costs",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.programmes),
        chart: None,
        target: None,
    },
    Metric {
        id: "pressures",
        title: "Budget pressures",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.pressures),
        chart: None,
        target: None,
    },
    Metric {
        id: "social_care_share",
        title: "Social care's share",
        unit: SHARE,
        share: true,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.social_care_share()),
        chart: Some(LinkedChart {
            place: 5,
            id: "social-care",
            heading: "Social care's share of spending",
            axis: "% of what the council spends",
            explain: "Adult and children's social care's share of what the council spends. As it rises, everything else is squeezed: Barnet's \"graph of doom\" has it reaching all of the budget.",
        }),
        target: Some(TargetUse {
            description: "adult and children's social care's share of spending, from 0 to 1",
            judged: Judged::FinalYear,
            unfunded_below_zero: false,
        }),
    },
    Metric {
        id: "adult_social_care_share",
        title: "Adult social care's share",
        unit: SHARE,
        share: true,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.lines.get(Line::Adults).share),
        chart: None,
        target: None,
    },
    Metric {
        id: "children_social_care_share",
        title: "Children's social care's share",
        unit: SHARE,
        share: true,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.lines.get(Line::Children).share),
        chart: None,
        target: None,
    },
    Metric {
        id: "other_services_share",
        title: "Other services' share",
        unit: SHARE,
        share: true,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.lines.get(Line::Other).share),
        chart: None,
        target: None,
    },
    Metric {
        id: "adult_social_care_spending",
        title: "Adult social care",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.lines.get(Line::Adults).spending),
        chart: None,
        target: None,
    },
    Metric {
        id: "children_social_care_spending",
        title: "Children's social care",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.lines.get(Line::Children).spending),
        chart: None,
        target: None,
    },
    Metric {
        id: "other_services_spending",
        title: "Other services",
        unit: FLOW,
        share: false,
        prudent_minimum: false,
        reading: Reading::Row(|r| r.lines.get(Line::Other).spending),
        chart: None,
        target: None,
    },
];

/// A metric by id.
pub fn metric(id: &str) -> Option<&'static Metric> {
    METRICS.iter().find(|m| m.id == id)
}

/// The projection's columns after `year`, in CSV order.
pub fn columns() -> impl Iterator<Item = &'static Metric> {
    METRICS.iter().filter(|m| m.is_column())
}

/// The metrics a goal-seek target may name, in table order.
pub fn targets() -> impl Iterator<Item = (&'static Metric, &'static TargetUse)> {
    METRICS
        .iter()
        .filter_map(|m| m.target.as_ref().map(|t| (m, t)))
}

/// The linked charts, left to right.
pub fn linked_charts() -> Vec<(&'static Metric, &'static LinkedChart)> {
    let mut out: Vec<_> = METRICS
        .iter()
        .filter_map(|m| m.chart.as_ref().map(|c| (m, c)))
        .collect();
    out.sort_by_key(|(_, c)| c.place);
    out
}

/// How a target condition on a metric reads for `jaws seek --help` and docs: what it is and which
/// years it covers.
pub fn target_help(t: &TargetUse) -> String {
    match t.judged {
        Judged::FinalYear => format!("{}. {JUDGED_FINAL}", t.description),
        Judged::EveryYear => format!(
            "{}. Judged in every year of the horizon, or from the condition's own `by` year on.",
            t.description
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_charts_have_distinct_places() {
        for (i, a) in METRICS.iter().enumerate() {
            assert!(METRICS[i + 1..].iter().all(|b| b.id != a.id), "{}", a.id);
        }
        let places: Vec<u8> = linked_charts().iter().map(|(_, c)| c.place).collect();
        assert_eq!(places, (0..places.len() as u8).collect::<Vec<_>>());
        assert_eq!(metric("trust").map(|m| m.share), Some(true));
    }

    #[test]
    fn running_totals_add_up() {
        let rows = [
            YearRow {
                gap: 2.0,
                ..YearRow::default()
            },
            YearRow {
                gap: -0.5,
                ..YearRow::default()
            },
        ];
        let m = metric("cumulative_gap").unwrap();
        assert_eq!(m.values(&rows).collect::<Vec<_>>(), vec![2.0, 1.5]);
        assert!(!m.is_column());
    }
}
