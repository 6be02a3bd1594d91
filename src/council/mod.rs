//! "Our council": a council's own figures (its budget by service line, its funding, its
//! reserves and its medium-term financial strategy), each with where it came from; the checks a
//! finance officer would make of them; and the model started from them ([`calibrate`]).
//!
//! Pure: no egui, no files. The RON file is read in `workshop::council_file`, spreadsheets in
//! [`sheet`]; both place the problems [`Council::problems`] finds, by [`Place`], where a person
//! reads them (a line and column, or a sheet and cell).

pub mod calibrate;
pub mod compare;
pub mod figures;
pub mod sheet;

use serde::{Deserialize, Serialize};

use crate::present::format::money;

pub use calibrate::{Calibration, MtfsFit, calibrate};

/// The most MTFS years a profile gives.
pub const MAX_MTFS_YEARS: usize = 5;

/// Above this many £m a figure cannot be one council's: it was typed in pounds.
pub const LARGEST_COUNCIL_FIGURE: f64 = 20_000.0;

/// The smallest budget (net budget plus fees and charges, £m) the model runs.
pub const SMALLEST_BUDGET: f64 = 10.0;

/// A figure and where it came from ("MTFS 2026/27, table 3").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    pub value: f64,
    pub source: String,
}

impl Sourced {
    pub fn new(value: f64, source: impl Into<String>) -> Sourced {
        Sourced {
            value,
            source: source.into(),
        }
    }
}

/// The kinds of council in Great Britain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CouncilType {
    County,
    Unitary,
    MetropolitanDistrict,
    LondonBorough,
    ShireDistrict,
    WelshUnitary,
    ScottishCouncil,
}

impl CouncilType {
    pub const ALL: [CouncilType; 7] = [
        CouncilType::County,
        CouncilType::Unitary,
        CouncilType::MetropolitanDistrict,
        CouncilType::LondonBorough,
        CouncilType::ShireDistrict,
        CouncilType::WelshUnitary,
        CouncilType::ScottishCouncil,
    ];

    /// As written in a file or a spreadsheet, and as people say it.
    pub fn label(self) -> &'static str {
        match self {
            CouncilType::County => "county",
            CouncilType::Unitary => "unitary",
            CouncilType::MetropolitanDistrict => "metropolitan district",
            CouncilType::LondonBorough => "London borough",
            CouncilType::ShireDistrict => "shire district",
            CouncilType::WelshUnitary => "Welsh unitary",
            CouncilType::ScottishCouncil => "Scottish council",
        }
    }

    /// The type a person wrote, ignoring case and spaces around it.
    pub fn from_label(text: &str) -> Option<CouncilType> {
        let t = text.trim();
        CouncilType::ALL
            .into_iter()
            .find(|k| k.label().eq_ignore_ascii_case(t))
    }

    /// The message for a type that is not one of the seven.
    pub fn unknown(text: &str) -> String {
        let all: Vec<String> = CouncilType::ALL
            .iter()
            .map(|k| format!("\"{}\"", k.label()))
            .collect();
        crate::t!(
            "council-unknown-type",
            given = text.trim(),
            types = all.join(", ")
        )
    }
}

/// One year of the council's medium-term financial strategy, in cash as published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MtfsYear {
    /// The financial year it starts in: 2026 is 2026/27.
    pub year: i32,
    /// The budget gap the MTFS publishes for the year before its planned savings, £m,
    /// measured against the first year's budget (cumulative, as MTFS tables give it).
    pub gap: Sourced,
    /// The savings it plans by the year, £m a year, cumulative from the first year.
    pub planned_savings: Sourced,
}

/// The money figures of a profile, in the order the template lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Money {
    NetBudget,
    AdultSocialCare,
    ChildrenSocialCare,
    OtherServices,
    CouncilTaxRequirement,
    SettlementFunding,
    FeesAndCharges,
    EarmarkedReserves,
    UnallocatedReserves,
    PrudentMinimum,
}

impl Money {
    pub const ALL: [Money; 10] = [
        Money::NetBudget,
        Money::AdultSocialCare,
        Money::ChildrenSocialCare,
        Money::OtherServices,
        Money::CouncilTaxRequirement,
        Money::SettlementFunding,
        Money::FeesAndCharges,
        Money::EarmarkedReserves,
        Money::UnallocatedReserves,
        Money::PrudentMinimum,
    ];

    /// Its field in the file and its row id in the template.
    pub fn id(self) -> &'static str {
        match self {
            Money::NetBudget => "net_budget",
            Money::AdultSocialCare => "adult_social_care",
            Money::ChildrenSocialCare => "children_social_care",
            Money::OtherServices => "other_services",
            Money::CouncilTaxRequirement => "council_tax_requirement",
            Money::SettlementFunding => "settlement_funding",
            Money::FeesAndCharges => "fees_and_charges",
            Money::EarmarkedReserves => "earmarked_reserves",
            Money::UnallocatedReserves => "unallocated_reserves",
            Money::PrudentMinimum => "prudent_minimum",
        }
    }

    /// What a finance officer calls it, in lower case (it follows a place in a message).
    pub fn words(self) -> String {
        crate::i18n::tr(match self {
            Money::NetBudget => "council-net-budget",
            Money::AdultSocialCare => "council-adult-social-care",
            Money::ChildrenSocialCare => "council-children-social-care",
            Money::OtherServices => "council-other-services",
            Money::CouncilTaxRequirement => "council-council-tax-requirement",
            Money::SettlementFunding => "council-settlement-funding",
            Money::FeesAndCharges => "council-fees-and-charges",
            Money::EarmarkedReserves => "council-earmarked-reserves",
            Money::UnallocatedReserves => "council-unallocated-reserves",
            Money::PrudentMinimum => "council-prudent-minimum",
        })
    }
}

/// A council's own figures: validated once read, cash £m as published.
#[derive(Clone, Debug, PartialEq)]
pub struct Council {
    pub name: String,
    pub council_type: CouncilType,
    /// The financial year the figures are for: 2025 is 2025/26. The model starts here.
    pub first_year: i32,
    /// Built from national averages for its type, not one council's accounts.
    pub illustrative: bool,
    /// Where the figures come from, in a line: shown beside the council's name.
    pub source: String,
    pub money: [Sourced; 10],
    pub mtfs: Vec<MtfsYear>,
}

/// Where in a profile a problem lies, for a reader to place it in its own file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Name,
    Type,
    FirstYear,
    Source,
    Money(Money),
    MoneySource(Money),
    /// The MTFS as a whole (too few or too many years).
    Mtfs,
    MtfsYear(usize),
    MtfsGap(usize),
    MtfsGapSource(usize),
    MtfsSavings(usize),
    MtfsSavingsSource(usize),
}

impl Council {
    pub fn get(&self, m: Money) -> f64 {
        self.money[m as usize].value
    }

    pub fn figure(&self, m: Money) -> &Sourced {
        &self.money[m as usize]
    }

    /// What the model calls the base budget: the net budget with fees and charges added back,
    /// since the model counts fees among resources.
    pub fn model_budget(&self) -> f64 {
        self.get(Money::NetBudget) + self.get(Money::FeesAndCharges)
    }

    /// Usable reserves: earmarked and unallocated.
    pub fn usable_reserves(&self) -> f64 {
        self.get(Money::EarmarkedReserves) + self.get(Money::UnallocatedReserves)
    }

    /// The name as every output heads it, marked when illustrative.
    pub fn title(&self) -> String {
        if self.illustrative && !self.name.to_lowercase().contains("illustrative") {
            format!("{} (illustrative)", self.name)
        } else {
            self.name.clone()
        }
    }

    /// The council's name and where its figures come from, for a header line.
    pub fn heading(&self) -> String {
        format!("{}; figures: {}", self.title(), self.source)
    }

    /// The same profile with every £ figure times `k`.
    pub fn scaled(&self, k: f64) -> Council {
        let mut c = self.clone();
        for f in &mut c.money {
            f.value *= k;
        }
        for y in &mut c.mtfs {
            y.gap.value *= k;
            y.planned_savings.value *= k;
        }
        c
    }

    /// Every problem a finance officer would want fixed before the figures are used, each at
    /// its place. Messages start in lower case: they follow a place.
    pub fn problems(&self) -> Vec<(Place, String)> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push((Place::Name, crate::i18n::tr("council-name-empty")));
        }
        if self.source.trim().is_empty() {
            out.push((Place::Source, crate::i18n::tr("council-source-empty")));
        }
        if !(2000..=2100).contains(&self.first_year) {
            out.push((
                Place::FirstYear,
                crate::t!(
                    "council-first-year-range",
                    year = self.first_year.to_string()
                ),
            ));
        }
        for m in Money::ALL {
            let f = self.figure(m);
            out.extend(money_problem(&m.words(), f.value, true).map(|e| (Place::Money(m), e)));
            if f.source.trim().is_empty() {
                out.push((Place::MoneySource(m), source_missing(&m.words())));
            }
        }
        let net = self.get(Money::NetBudget);
        let sane = |v: f64| v.is_finite() && (0.0..=LARGEST_COUNCIL_FIGURE).contains(&v);
        if sane(net) && net > 0.0 {
            if self.model_budget() < SMALLEST_BUDGET {
                out.push((
                    Place::Money(Money::NetBudget),
                    crate::t!(
                        "council-budget-too-small",
                        budget = money(self.model_budget()),
                        least = money(SMALLEST_BUDGET)
                    ),
                ));
            }
            let lines = [
                Money::AdultSocialCare,
                Money::ChildrenSocialCare,
                Money::OtherServices,
            ];
            if lines.iter().all(|&m| sane(self.get(m))) {
                let sum: f64 = lines.iter().map(|&m| self.get(m)).sum();
                if (sum - net).abs() > rounding(net) {
                    out.push((
                        Place::Money(Money::OtherServices),
                        crate::t!("council-lines-sum", sum = money(sum), net = money(net)),
                    ));
                }
            }
            let tax = self.get(Money::CouncilTaxRequirement);
            let settlement = self.get(Money::SettlementFunding);
            if sane(tax) && sane(settlement) && tax + settlement > net + rounding(net) {
                out.push((
                    Place::Money(Money::SettlementFunding),
                    crate::t!(
                        "council-funding-sum",
                        tax = money(tax),
                        settlement = money(settlement),
                        net = money(net)
                    ),
                ));
            }
        }
        self.mtfs_problems(&mut out);
        out
    }

    fn mtfs_problems(&self, out: &mut Vec<(Place, String)>) {
        let n = self.mtfs.len();
        if n == 0 || n > MAX_MTFS_YEARS {
            out.push((
                Place::Mtfs,
                crate::t!(
                    "council-mtfs-years",
                    count = n.to_string(),
                    most = MAX_MTFS_YEARS.to_string()
                ),
            ));
        }
        let net = self.get(Money::NetBudget);
        let mut previous_savings = 0.0;
        for (i, y) in self.mtfs.iter().enumerate() {
            let expected = match i {
                0 => None,
                _ => Some(self.mtfs[i - 1].year + 1),
            };
            match expected {
                None if y.year != self.first_year && y.year != self.first_year + 1 => {
                    out.push((
                        Place::MtfsYear(i),
                        crate::t!(
                            "council-mtfs-start",
                            start = financial_year(y.year),
                            first = financial_year(self.first_year),
                            next = financial_year(self.first_year + 1)
                        ),
                    ));
                }
                Some(next) if y.year != next => out.push((
                    Place::MtfsYear(i),
                    crate::t!(
                        "council-mtfs-order",
                        year = financial_year(y.year),
                        previous = financial_year(next - 1),
                        next = financial_year(next)
                    ),
                )),
                _ => {}
            }
            let words = crate::t!("council-year-gap", year = financial_year(y.year));
            out.extend(money_problem(&words, y.gap.value, false).map(|e| (Place::MtfsGap(i), e)));
            if y.gap.source.trim().is_empty() {
                out.push((Place::MtfsGapSource(i), source_missing(&words)));
            }
            let words = crate::t!("council-year-savings", year = financial_year(y.year));
            let s = y.planned_savings.value;
            out.extend(money_problem(&words, s, true).map(|e| (Place::MtfsSavings(i), e)));
            if y.planned_savings.source.trim().is_empty() {
                out.push((Place::MtfsSavingsSource(i), source_missing(&words)));
            }
            if s.is_finite() && s + rounding(net) < previous_savings {
                out.push((
                    Place::MtfsSavings(i),
                    crate::t!(
                        "council-savings-fall",
                        from = money(previous_savings),
                        to = money(s)
                    ),
                ));
            }
            if s.is_finite() {
                previous_savings = previous_savings.max(s);
            }
        }
    }
}

/// How far figures given to £0.1m may miss adding up: £0.2m, or 0.1% of a large budget.
fn rounding(net: f64) -> f64 {
    (0.001 * net).max(0.2)
}

fn source_missing(what: &str) -> String {
    crate::t!("council-source-missing", what = what)
}

/// A money figure's problem, if any: not a number, negative (when it may not be), or so large
/// it must have been typed in pounds.
fn money_problem(what: &str, v: f64, positive: bool) -> Option<String> {
    if !v.is_finite() {
        return Some(crate::t!("council-not-a-number", what = what));
    }
    if positive && v < 0.0 {
        return Some(crate::t!("council-negative", what = what, given = money(v)));
    }
    if v.abs() > LARGEST_COUNCIL_FIGURE {
        return Some(crate::t!(
            "council-in-pounds",
            what = what,
            given = v.to_string()
        ));
    }
    None
}

/// "2026/27" for 2026.
pub fn financial_year(start: i32) -> String {
    format!("{start}/{:02}", (start + 1).rem_euclid(100))
}

/// A financial year as people write it: "2026/27", "2026-27", "2026"; the year it starts.
pub fn parse_financial_year(text: &str) -> Option<i32> {
    let t = text.trim();
    let (first, rest) = match t.find(['/', '-']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let start: i32 = first.trim().parse().ok()?;
    if !(1000..=9999).contains(&start) {
        return None;
    }
    if let Some(rest) = rest {
        let end: i32 = rest.trim().parse().ok()?;
        let fits = match rest.trim().len() {
            2 => end == (start + 1).rem_euclid(100),
            4 => end == start + 1,
            _ => false,
        };
        if !fits {
            return None;
        }
    }
    Some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn financial_years_read_as_people_write_them() {
        assert_eq!(parse_financial_year("2026/27"), Some(2026));
        assert_eq!(parse_financial_year("2026-27"), Some(2026));
        assert_eq!(parse_financial_year("2026/2027"), Some(2026));
        assert_eq!(parse_financial_year(" 2026 "), Some(2026));
        assert_eq!(parse_financial_year("2099/00"), Some(2099));
        assert_eq!(parse_financial_year("2026/28"), None);
        assert_eq!(parse_financial_year("tbc"), None);
        assert_eq!(financial_year(2099), "2099/00");
    }

    #[test]
    fn council_types_read_in_any_case() {
        for k in CouncilType::ALL {
            assert_eq!(CouncilType::from_label(&k.label().to_uppercase()), Some(k));
        }
        assert!(CouncilType::unknown("parish").contains("\"shire district\""));
    }
}
