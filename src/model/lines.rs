//! Service lines: adult social care, children's social care and all other services. Each has
//! its own share of the budget, need growth, cost inflation and the share of its demand the
//! council must meet whatever happens; levers act on the lines they plausibly touch, by the
//! weights below (docs/model.md prints them, generated from this table).

use serde::Serialize;

/// One service line. The order is the order of every per-line array.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[repr(usize)]
pub enum Line {
    Adults,
    Children,
    Other,
}

pub const LINE_COUNT: usize = 3;

impl Line {
    pub const ALL: [Line; LINE_COUNT] = [Line::Adults, Line::Children, Line::Other];

    pub fn id(self) -> &'static str {
        match self {
            Line::Adults => "adult_social_care",
            Line::Children => "children_social_care",
            Line::Other => "other_services",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Line::Adults => "Adult social care",
            Line::Children => "Children's social care",
            Line::Other => "All other services",
        }
    }

    pub fn reach(self) -> &'static Reach {
        &REACH[self as usize]
    }
}

/// How strongly each mechanism touches a line, from 0 (not at all) to 1 (fully). All are
/// judgements; docs/model.md gives the reasoning.
#[derive(Clone, Copy, Debug)]
pub struct Reach {
    /// How far residents' expectations (and so behaviour change and trust) shape the line's
    /// demand. Children's social care is mostly referred by other agencies.
    pub expectation: f64,
    /// How far the line's services can be redesigned for co-production.
    pub co_production: f64,
    /// How much of the line could be run by community organisations.
    pub community_delivery: f64,
    /// Where prevention and early help avoid demand (shares in proportion to demand).
    pub prevention: f64,
    /// How much of the line pooling budgets with the NHS touches.
    pub integration: f64,
    /// How much of the line is contact that could move online.
    pub digital: f64,
    /// How readily need left unmet on the line comes back as crisis.
    pub escalation: f64,
    /// Where need priced out by higher fees and charges falls.
    pub fees: f64,
}

pub const REACH: [Reach; LINE_COUNT] = [
    Reach {
        expectation: 1.0,
        co_production: 1.0,
        community_delivery: 0.3,
        prevention: 1.0,
        integration: 1.0,
        digital: 0.3,
        escalation: 1.0,
        fees: 0.3,
    },
    Reach {
        expectation: 0.5,
        co_production: 0.5,
        community_delivery: 0.0,
        prevention: 1.0,
        integration: 0.0,
        digital: 0.1,
        escalation: 1.0,
        fees: 0.0,
    },
    Reach {
        expectation: 1.0,
        co_production: 0.5,
        community_delivery: 1.0,
        prevention: 0.3,
        integration: 0.0,
        digital: 1.0,
        escalation: 0.3,
        fees: 1.0,
    },
];

/// Why each reach weight is what it is (docs/model.md quotes these).
pub const REACH_REASONS: &[(&str, &str)] = &[
    (
        "expectation",
        "Adults and other services respond to what residents ask for; children's social care is mostly referred by schools, police and health, so expectations move half as much of it.",
    ),
    (
        "co_production",
        "Strengths-based adult care is co-production's home ground; children's and other services can be redesigned for it in part.",
    ),
    (
        "community_delivery",
        "Libraries, community centres, parks and lunch clubs are what communities take on (NLGN for Power to Change, 2016: community centres 53% of councils, green spaces 42%, libraries 16%); some adult day opportunities; no statutory children's work.",
    ),
    (
        "prevention",
        "Reablement and early help work on social care demand; homelessness prevention on a little of the rest.",
    ),
    (
        "integration",
        "Pooled budgets with the NHS (the Better Care Fund) are adult social care budgets.",
    ),
    (
        "digital",
        "Contact centres and transactions are mostly other services (Socitm, 2012); a little of adult care's front door.",
    ),
    (
        "escalation",
        "Unmet care needs come back as falls, admissions and children taken into care; unmet need for other services escalates less (homelessness does).",
    ),
    (
        "fees",
        "Charges are mostly for other services (Audit Commission, 2013); adults pay assessed contributions towards care.",
    ),
];
