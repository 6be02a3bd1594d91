//! The figures of a council profile, one a row, as the template lists them and the import
//! reads them: what each is, its unit, what it means and where councils publish it.

use super::{MAX_MTFS_YEARS, Money, Place};

/// What a row holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Name,
    Type,
    FirstYear,
    Source,
    Money(Money),
    /// The MTFS year `n` (from 0): its financial year, gap, planned savings.
    MtfsYear(usize),
    MtfsGap(usize),
    MtfsSavings(usize),
}

/// One row of the template.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub kind: RowKind,
    pub label: String,
    pub unit: &'static str,
    pub meaning: String,
    pub published: &'static str,
}

impl RowKind {
    /// Whether the row carries a source of its own (the name, type and year do not).
    pub fn has_source(self) -> bool {
        match self {
            RowKind::Name | RowKind::Type | RowKind::FirstYear | RowKind::Source => false,
            RowKind::Money(_)
            | RowKind::MtfsYear(_)
            | RowKind::MtfsGap(_)
            | RowKind::MtfsSavings(_) => true,
        }
    }

    /// The row that holds a place's value, and whether the place is its source rather than
    /// its value. The MTFS as a whole is placed at its first year's row.
    pub fn of(place: Place) -> (RowKind, bool) {
        match place {
            Place::Name => (RowKind::Name, false),
            Place::Type => (RowKind::Type, false),
            Place::FirstYear => (RowKind::FirstYear, false),
            Place::Source => (RowKind::Source, false),
            Place::Money(m) => (RowKind::Money(m), false),
            Place::MoneySource(m) => (RowKind::Money(m), true),
            Place::Mtfs => (RowKind::MtfsYear(0), false),
            Place::MtfsYear(i) => (RowKind::MtfsYear(i), false),
            Place::MtfsGap(i) => (RowKind::MtfsGap(i), false),
            Place::MtfsGapSource(i) => (RowKind::MtfsGap(i), true),
            Place::MtfsSavings(i) => (RowKind::MtfsSavings(i), false),
            Place::MtfsSavingsSource(i) => (RowKind::MtfsSavings(i), true),
        }
    }
}

const BUDGET: &str = "The council's budget report or budget book for the year (revenue budget summary); the government's Revenue Account (RA) return";
const FUNDING: &str = "Budget report, funding summary; council tax setting report; the local government finance settlement (core spending power)";
const RESERVES: &str = "Statement of accounts (Movement in Reserves Statement, usable reserves note); the budget report's reserves statement";
const MINIMUM: &str = "The section 151 officer's report on the robustness of the estimates and the adequacy of reserves (Local Government Act 2003, section 25)";
const MTFS: &str = "Medium-term financial strategy (MTFS) or plan, usually an appendix to the February budget report";

fn money_row(m: Money) -> Row {
    let (label, meaning, published) = match m {
        Money::NetBudget => (
            "Net revenue budget",
            "Net revenue budget for the first year: what the council spends on services less fees, charges and specific grants, met from council tax, the settlement and other grants. Excludes schools (dedicated schools grant), housing revenue account, police and fire.",
            BUDGET,
        ),
        Money::AdultSocialCare => (
            "Adult social care, net budget",
            "The part of the net budget spent on adult social care.",
            BUDGET,
        ),
        Money::ChildrenSocialCare => (
            "Children's social care, net budget",
            "The part of the net budget spent on children's social care (not schools).",
            BUDGET,
        ),
        Money::OtherServices => (
            "All other services, net budget",
            "Everything else in the net budget (waste, highways, housing, culture, central costs, capital financing); the three lines add up to the net budget.",
            BUDGET,
        ),
        Money::CouncilTaxRequirement => (
            "Council tax requirement",
            "What council tax raises for the council in the first year (its precept), excluding parish precepts.",
            FUNDING,
        ),
        Money::SettlementFunding => (
            "Settlement funding",
            "Revenue support grant and retained business rates (the settlement funding assessment) for the first year. Other unringfenced grants make up the rest of the net budget.",
            FUNDING,
        ),
        Money::FeesAndCharges => (
            "Fees and charges",
            "Income from fees, charges and trading in the first year, which the net budget is after.",
            "Revenue outturn (RO) returns, sales fees and charges lines; the budget book's income lines",
        ),
        Money::EarmarkedReserves => (
            "Earmarked reserves",
            "Usable revenue reserves set aside for a purpose, at the start of the first year.",
            RESERVES,
        ),
        Money::UnallocatedReserves => (
            "Unallocated reserves (general fund balance)",
            "The general fund balance not set aside for anything, at the start of the first year.",
            RESERVES,
        ),
        Money::PrudentMinimum => (
            "Prudent minimum reserves",
            "The level below which the section 151 officer would judge reserves unsafe: the point the budget can no longer be balanced.",
            MINIMUM,
        ),
    };
    Row {
        id: m.id().into(),
        kind: RowKind::Money(m),
        label: label.into(),
        unit: "£m",
        meaning: meaning.into(),
        published,
    }
}

/// Every row, in the template's order.
pub fn rows() -> Vec<Row> {
    let mut out = vec![
        Row {
            id: "name".into(),
            kind: RowKind::Name,
            label: "Council".into(),
            unit: "text",
            meaning: "The council's name, as it should head every chart and report.".into(),
            published: "",
        },
        Row {
            id: "type".into(),
            kind: RowKind::Type,
            label: "Type of council".into(),
            unit: "text",
            meaning: "One of: county, unitary, metropolitan district, London borough, shire district, Welsh unitary, Scottish council.".into(),
            published: "",
        },
        Row {
            id: "first_year".into(),
            kind: RowKind::FirstYear,
            label: "First financial year".into(),
            unit: "financial year, like 2025/26",
            meaning: "The year the budget figures below are for; the model starts here.".into(),
            published: BUDGET,
        },
        Row {
            id: "source".into(),
            kind: RowKind::Source,
            label: "Where these figures come from".into(),
            unit: "text",
            meaning: "In a line, shown with the council's name on every chart, table and report (\"Budget 2025/26 and MTFS, February 2025\").".into(),
            published: "",
        },
    ];
    out.extend(Money::ALL.map(money_row));
    for i in 0..MAX_MTFS_YEARS {
        let n = i + 1;
        let optional = if i == 0 {
            ""
        } else {
            " Leave all three rows of a year blank if the MTFS is shorter."
        };
        out.push(Row {
            id: format!("mtfs_{n}_year"),
            kind: RowKind::MtfsYear(i),
            label: format!("MTFS year {n}"),
            unit: "financial year, like 2026/27",
            meaning: format!(
                "The MTFS's year {n}: the first is the first financial year or the one after; each then follows the one before.{optional}"
            ),
            published: MTFS,
        });
        out.push(Row {
            id: format!("mtfs_{n}_gap"),
            kind: RowKind::MtfsGap(i),
            label: format!("MTFS year {n}: budget gap"),
            unit: "£m",
            meaning: "The budget gap the MTFS publishes for the year, before planned savings, against the first year's budget (cumulative), in cash.".into(),
            published: MTFS,
        });
        out.push(Row {
            id: format!("mtfs_{n}_savings"),
            kind: RowKind::MtfsSavings(i),
            label: format!("MTFS year {n}: planned savings"),
            unit: "£m",
            meaning: "Savings the MTFS plans by the year, cumulative from the first year, in cash."
                .into(),
            published: MTFS,
        });
    }
    out
}
