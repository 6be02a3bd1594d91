//! The model's causal structure, declared once. `jaws links`, the framework map and
//! docs/model.md all read this table; tests check the equations agree with it.

use serde::Serialize;

/// A node that is not a lever: a stock the model integrates, or a quantity it derives.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct NodeSpec {
    pub id: &'static str,
    pub label: &'static str,
    pub kind: NodeKind,
    pub description: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    /// Accumulates over time (integrated).
    Stock,
    /// Worked out afresh at each step from stocks and levers.
    Flow,
}

pub const NODES: &[NodeSpec] = &[
    NodeSpec {
        id: "need",
        label: "Need",
        kind: NodeKind::Stock,
        description: "Need in the population for adult social care, children's social care and other services, with need from crises still to resolve, valued at today's cost of meeting it.",
    },
    NodeSpec {
        id: "expectation",
        label: "Expectation",
        kind: NodeKind::Stock,
        description: "The share of need that arrives at the council's door as demand rather than being met by people, families and communities.",
    },
    NodeSpec {
        id: "community_capacity",
        label: "Community capacity",
        kind: NodeKind::Stock,
        description: "What individuals and communities can do for themselves and each other, valued as the need it can meet.",
    },
    NodeSpec {
        id: "trust",
        label: "Trust",
        kind: NodeKind::Stock,
        description: "Mutual understanding between people and public services, from 0 (none) to 1 (complete).",
    },
    NodeSpec {
        id: "adoption",
        label: "Adoption",
        kind: NodeKind::Stock,
        description: "The share of the organisation working the new way; it starts with a few small pilots and spreads in an S-curve.",
    },
    NodeSpec {
        id: "unmet_need",
        label: "Unmet need",
        kind: NodeKind::Stock,
        description: "Need that nobody is meeting because services were cut or priced out of reach.",
    },
    NodeSpec {
        id: "prevention",
        label: "Prevention",
        kind: NodeKind::Stock,
        description: "Prevention and early help that has matured into real effect, in £m a year.",
    },
    NodeSpec {
        id: "structural_savings",
        label: "Structural savings",
        kind: NodeKind::Stock,
        description: "Savings from integration, shared services and channel shift realised so far, compared with today.",
    },
    NodeSpec {
        id: "savings",
        label: "Savings that recur",
        kind: NodeKind::Stock,
        description: "Services cut and kept cut, planned or forced by the budget: each pound saved stays saved, and the need it met goes unmet.",
    },
    NodeSpec {
        id: "reserves",
        label: "Reserves",
        kind: NodeKind::Stock,
        description: "Usable reserves, drawn on to cover the gap and topped up by any surplus.",
    },
    NodeSpec {
        id: "co_produced",
        label: "Co-produced outcomes",
        kind: NodeKind::Flow,
        description: "Need met through co-production with residents and communities instead of as a service.",
    },
    NodeSpec {
        id: "cuts",
        label: "In-year cuts",
        kind: NodeKind::Flow,
        description: "Services withheld during the year to close the part of the budget gap reserves do not cover; they become savings that recur.",
    },
    NodeSpec {
        id: "demand",
        label: "Demand",
        kind: NodeKind::Flow,
        description: "What it costs to meet the demand that arrives on every service line, plus what the levers themselves cost.",
    },
    NodeSpec {
        id: "resources",
        label: "Resources",
        kind: NodeKind::Flow,
        description: "Central grant and business rates, council tax, fees and other income.",
    },
    NodeSpec {
        id: "gap",
        label: "Gap",
        kind: NodeKind::Flow,
        description: "Demand minus resources: the jaws, the savings the council needs.",
    },
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Polarity {
    /// More of the source means more of the target.
    #[serde(rename = "+")]
    Same,
    /// More of the source means less of the target.
    #[serde(rename = "-")]
    Opposite,
}

impl Polarity {
    pub fn sign(self) -> f64 {
        match self {
            Polarity::Same => 1.0,
            Polarity::Opposite => -1.0,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Polarity::Same => "+",
            Polarity::Opposite => "−",
        }
    }
}

/// How long a link takes to act.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Delay {
    /// Within the year.
    None,
    /// About a year or two.
    Short,
    /// Several years.
    Long,
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct Link {
    pub from: &'static str,
    pub to: &'static str,
    pub polarity: Polarity,
    pub delay: Delay,
    pub description: &'static str,
}

macro_rules! link {
    ($from:literal -> $to:literal, $pol:tt, $delay:ident, $desc:literal) => {
        Link {
            from: $from,
            to: $to,
            polarity: link!(@pol $pol),
            delay: Delay::$delay,
            description: $desc,
        }
    };
    (@pol +) => { Polarity::Same };
    (@pol -) => { Polarity::Opposite };
}

pub const LINKS: &[Link] = &[
    // Cultural levers
    link!("relationship_building" -> "community_capacity", +, Short, "Investing in relationships with and between residents grows what communities can do."),
    link!("relationship_building" -> "trust", +, Short, "People who know the council through real relationships trust it more."),
    link!("relationship_building" -> "demand", +, None, "Relationship building is spending, so it adds to this year's costs."),
    link!("co_production" -> "co_produced", +, None, "Redesigning services for co-production lets more need be met together with residents."),
    link!("co_production" -> "demand", +, None, "Redesigning services costs money up front."),
    link!("behaviour_change" -> "expectation", -, Long, "Helping people change what they expect slowly lowers the share of need that arrives as demand."),
    link!("behaviour_change" -> "demand", +, None, "Behaviour change work is spending, so it adds to this year's costs."),
    link!("risk_appetite" -> "adoption", +, Short, "A culture that lets staff try things lets the new way of working spread faster."),
    // Structural levers
    link!("health_integration" -> "structural_savings", +, Short, "Pooling budgets with health cuts duplication, once the reorganisation is done."),
    link!("health_integration" -> "prevention", +, Long, "Joined-up care with the NHS helps people earlier, before they reach crisis."),
    link!("health_integration" -> "demand", +, None, "Reorganising costs money up front."),
    link!("health_integration" -> "adoption", -, None, "Reorganising with partners churns the organisation and slows the new way of working for a while."),
    link!("shared_services" -> "structural_savings", +, Short, "Sharing back offices and removing layers saves money once the restructuring is done."),
    link!("shared_services" -> "adoption", -, None, "Restructuring churns the organisation and slows the new way of working for a while."),
    link!("shared_services" -> "demand", +, None, "Restructuring costs money up front: redundancy, systems, moves."),
    link!("community_delivery" -> "demand", -, None, "Community-run services cost less to deliver, by more where communities have the capacity."),
    link!("community_delivery" -> "unmet_need", +, Short, "Where communities lack the capacity to run a service, some people fall through the gaps."),
    link!("digital_shift" -> "structural_savings", +, Short, "Handling contacts online costs less once the systems are in place."),
    link!("digital_shift" -> "trust", -, Short, "Pushed too far, channel shift shuts out people who are not online."),
    link!("digital_shift" -> "demand", +, None, "New digital channels cost money up front."),
    link!("digital_shift" -> "adoption", -, None, "Rebuilding how people reach the council churns the organisation for a while."),
    // Political levers
    link!("grant_change" -> "resources", +, None, "The national funding settlement sets how central grant changes each year."),
    link!("political_commitment" -> "adoption", +, Short, "Leaders who back the new deal let it spread further across the organisation."),
    link!("public_engagement" -> "trust", +, Short, "Talking and listening openly about money and choices builds trust."),
    link!("public_engagement" -> "expectation", -, Long, "Honest conversations soften the backlash when services are cut: fewer people escalate."),
    link!("public_engagement" -> "demand", +, None, "Engagement takes staff time and money."),
    link!("scale_up_pace" -> "adoption", +, Short, "Pushing successful pilots into mainstream services spreads the new deal sooner."),
    link!("scale_up_pace" -> "demand", +, None, "Scaling up takes a programme team, training and backfill."),
    // Financial levers
    link!("council_tax_rise" -> "resources", +, None, "A higher council tax rise brings in more income."),
    link!("reserves_use" -> "reserves", -, None, "Covering more of the budget gap from reserves runs them down faster."),
    link!("reserves_use" -> "cuts", -, None, "The part of the budget gap reserves cover need not be cut."),
    link!("transformation_investment" -> "prevention", +, Long, "Investment in prevention and early help avoids demand once it matures."),
    link!("transformation_investment" -> "adoption", +, Short, "Investment in change helps the new way of working spread."),
    link!("transformation_investment" -> "demand", +, None, "Transformation is spending now, before it pays back."),
    link!("fees_income" -> "resources", +, None, "Higher fees and charges bring in more income."),
    link!("fees_income" -> "unmet_need", +, Short, "Higher charges put some people off services they need."),
    link!("service_reductions" -> "unmet_need", +, Short, "Need that services no longer meet does not go away."),
    link!("service_reductions" -> "cuts", -, None, "Planned cuts leave less of the budget gap to cut in the year."),
    link!("service_reductions" -> "reserves", +, None, "Planned cuts leave less of the budget gap to draw from reserves."),
    // Between stocks and flows
    link!("need" -> "demand", +, None, "More need means more demand on services."),
    link!("expectation" -> "demand", +, None, "The more of their need people bring to the council, the more demand it faces."),
    link!("unmet_need" -> "need", +, Short, "Need left unmet turns into crisis, which has to be met later: failure demand. Crises resolve in time."),
    link!("unmet_need" -> "trust", -, Short, "People let down by services trust them less."),
    link!("need" -> "unmet_need", +, Short, "Where services are handed to communities without the capacity to run them, the more need there is, the more of it goes unmet."),
    link!("prevention" -> "demand", -, None, "Prevention that has matured avoids demand, up to what the money pays for."),
    link!("community_capacity" -> "co_produced", +, None, "Co-production draws on what communities can do: it cannot exceed their capacity."),
    link!("need" -> "co_produced", +, None, "The more need there is, the more of it co-production can meet."),
    link!("expectation" -> "co_produced", +, None, "Co-production works on the need that arrives at the council's door."),
    link!("community_capacity" -> "demand", -, None, "Capable communities make community-run services work, at lower cost."),
    link!("community_capacity" -> "unmet_need", -, Short, "Strong communities catch some of the people services no longer reach."),
    link!("trust" -> "co_produced", +, None, "People co-produce with a council they trust."),
    link!("trust" -> "expectation", -, Long, "Where people trust the council they are readier to do more for themselves."),
    link!("adoption" -> "co_produced", +, None, "Co-production only happens where the organisation works the new way."),
    link!("adoption" -> "demand", -, None, "An organisation working the new way gets more from its prevention."),
    link!("adoption" -> "expectation", -, Long, "Behaviour change works through front-line conversations, so it works where the organisation works the new way."),
    link!("co_produced" -> "demand", -, None, "Need met through co-production costs the council less than a service."),
    link!("co_produced" -> "community_capacity", +, Short, "Doing things together builds people's confidence and ability: capacity grows with use."),
    link!("co_produced" -> "trust", +, Short, "Visible co-production shows people the council means it."),
    link!("structural_savings" -> "demand", -, None, "Savings from structural change lower the cost of services, and the further restructuring has got, the less of its one-off cost is still to pay."),
    link!("structural_savings" -> "adoption", +, None, "As restructuring completes, the churn eases and the new way of working can spread again."),
    link!("demand" -> "gap", +, None, "More demand widens the gap."),
    link!("resources" -> "gap", -, None, "More resources narrow the gap."),
    link!("gap" -> "cuts", +, None, "The part of the budget gap that savings already made and reserves do not cover has to be cut."),
    link!("gap" -> "reserves", -, None, "The budget gap is drawn from reserves, so a bigger gap runs them down."),
    link!("gap" -> "unmet_need", +, Short, "Once the budget cannot be balanced, the shortfall is services the council cannot fund."),
    link!("reserves" -> "cuts", -, None, "Once reserves reach the prudent minimum they cover no more of the gap, and all of it must be cut."),
    link!("reserves" -> "unmet_need", -, Short, "Once the budget cannot be balanced, what is left of reserves is all that keeps the shortfall from services."),
    link!("demand" -> "cuts", +, None, "The most that can be cut in a year is a share of what is being spent."),
    link!("cuts" -> "unmet_need", +, Short, "Cut services leave need unmet."),
    link!("cuts" -> "reserves", +, None, "Every pound cut is a pound not drawn from reserves."),
    link!("cuts" -> "trust", -, Short, "Cuts made without the community erode trust."),
    link!("cuts" -> "community_capacity", -, Short, "Sudden withdrawal of services and grants knocks community groups back."),
    link!("cuts" -> "expectation", +, Long, "Cuts made without engagement push people to escalate and demand more."),
    link!("cuts" -> "savings", +, Short, "What is cut in the year stays cut: it becomes a saving that recurs, as far as it is delivered."),
    link!("savings" -> "cuts", -, None, "Savings already made leave less of the gap to cut this year."),
    link!("savings" -> "reserves", +, None, "Savings already made leave less of the gap to draw from reserves."),
    link!("savings" -> "unmet_need", +, Short, "Services kept cut leave need unmet year after year."),
];

pub fn node_label(id: &str) -> Option<&'static str> {
    NODES
        .iter()
        .find(|n| n.id == id)
        .map(|n| n.label)
        .or_else(|| {
            super::levers::LEVER_SPECS
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.label)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_link_joins_known_nodes_and_is_declared_once() {
        for (i, l) in LINKS.iter().enumerate() {
            assert!(node_label(l.from).is_some(), "unknown source {}", l.from);
            assert!(node_label(l.to).is_some(), "unknown target {}", l.to);
            assert!(
                !LINKS[..i].iter().any(|m| m.from == l.from && m.to == l.to),
                "{} -> {} declared twice",
                l.from,
                l.to
            );
        }
    }

    #[test]
    fn every_lever_acts_on_something() {
        for s in super::super::levers::LEVER_SPECS.iter() {
            assert!(LINKS.iter().any(|l| l.from == s.id), "{} has no link", s.id);
        }
    }
}
