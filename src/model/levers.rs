//! The levers a room can move: one slider each, grouped by the seed's four domains.
//!
//! The catalogue is fixed by the model (its equations refer to these ids); a workshop may
//! relabel a lever, narrow or widen its range, move its default and add bands, but cannot add
//! levers the equations do not know.

use serde::{Deserialize, Serialize};

/// The seed's four domains of drivers. Order here is the order on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Domain {
    Cultural,
    Structural,
    Political,
    Financial,
}

impl Domain {
    pub const ALL: [Domain; 4] = [
        Domain::Cultural,
        Domain::Structural,
        Domain::Political,
        Domain::Financial,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Domain::Cultural => "cultural",
            Domain::Structural => "structural",
            Domain::Political => "political",
            Domain::Financial => "financial",
        }
    }

    /// The domain's name in English, as the command line and docs/model.md write it.
    pub fn label(self) -> &'static str {
        match self {
            Domain::Cultural => "Cultural",
            Domain::Structural => "Structural",
            Domain::Political => "Political",
            Domain::Financial => "Financial",
        }
    }

    /// The domain's name in the reader's language, for the window and the report.
    pub fn name(self) -> String {
        crate::i18n::tr(match self {
            Domain::Cultural => "domain-cultural",
            Domain::Structural => "domain-structural",
            Domain::Political => "domain-political",
            Domain::Financial => "domain-financial",
        })
    }
}

/// Index of a lever in [`LEVER_SPECS`] and in [`LeverValues`]. Equations use these, never strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(usize)]
pub enum LeverKey {
    RelationshipBuilding,
    CoProduction,
    BehaviourChange,
    RiskAppetite,
    HealthIntegration,
    SharedServices,
    CommunityDelivery,
    DigitalShift,
    GrantChange,
    PoliticalCommitment,
    PublicEngagement,
    ScaleUpPace,
    CouncilTaxRise,
    ReservesUse,
    TransformationInvestment,
    FeesIncome,
    ServiceReductions,
}

pub const LEVER_COUNT: usize = 17;

/// The model's own description of one lever; a workshop starts from this.
#[derive(Clone, Copy, Debug)]
pub struct LeverSpec {
    pub key: LeverKey,
    pub id: &'static str,
    pub label: &'static str,
    pub domain: Domain,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub default: f64,
    pub description: &'static str,
}

macro_rules! lever {
    ($key:ident, $id:literal, $label:literal, $domain:ident, $unit:literal, $min:literal, $max:literal, $default:literal, $desc:literal) => {
        LeverSpec {
            key: LeverKey::$key,
            id: $id,
            label: $label,
            domain: Domain::$domain,
            unit: $unit,
            min: $min,
            max: $max,
            default: $default,
            description: $desc,
        }
    };
}

/// Defaults are the old deal as a typical English upper-tier council runs it today; see
/// docs/model.md for where each number comes from.
pub const LEVER_SPECS: [LeverSpec; LEVER_COUNT] = [
    lever!(
        RelationshipBuilding,
        "relationship_building",
        "Relationship building",
        Cultural,
        "£m a year",
        0.0,
        12.0,
        0.5,
        "Money spent each year on building relationships with and between residents and community groups, which grows what communities can do for themselves."
    ),
    lever!(
        CoProduction,
        "co_production",
        "Co-production",
        Cultural,
        "% of services",
        0.0,
        60.0,
        3.0,
        "The share of services redesigned so that residents and staff plan and deliver outcomes together, drawing on people's capacity as well as their need."
    ),
    lever!(
        BehaviourChange,
        "behaviour_change",
        "Changing expectations",
        Cultural,
        "£m a year",
        0.0,
        6.0,
        0.0,
        "Money spent each year helping people change what they expect from the council and what they do for themselves; it works slowly."
    ),
    lever!(
        RiskAppetite,
        "risk_appetite",
        "Appetite for risk",
        Cultural,
        "%",
        0.0,
        100.0,
        25.0,
        "How far the organisation's culture lets staff try new ways of working; more appetite lets good pilots spread faster."
    ),
    lever!(
        HealthIntegration,
        "health_integration",
        "Integration with health",
        Structural,
        "% of care budget pooled",
        0.0,
        60.0,
        5.0,
        "The share of the care budget pooled with the NHS and partners, which cuts duplication and helps people earlier, after a period of reorganisation."
    ),
    lever!(
        SharedServices,
        "shared_services",
        "Shared services and delayering",
        Structural,
        "% of back office",
        0.0,
        100.0,
        10.0,
        "The share of back-office functions shared with other councils or delayered; it saves money after one-off restructuring costs and some disruption."
    ),
    lever!(
        CommunityDelivery,
        "community_delivery",
        "Community-run services",
        Structural,
        "% of services",
        0.0,
        30.0,
        2.0,
        "The share of services handed to community organisations to run; cheaper where communities have the capacity, and people fall through the gaps where they do not."
    ),
    lever!(
        DigitalShift,
        "digital_shift",
        "Digital channel shift",
        Structural,
        "% of contacts online",
        10.0,
        90.0,
        30.0,
        "The share of contacts with the council handled online; it saves money, but pushed too far it shuts out people who are not online and costs trust."
    ),
    lever!(
        GrantChange,
        "grant_change",
        "National funding settlement",
        Political,
        "% a year, real",
        -8.0,
        4.0,
        -2.0,
        "How central government grant changes each year in real terms; councils lost about 60p in every £1 of it between 2010 and 2020."
    ),
    lever!(
        PoliticalCommitment,
        "political_commitment",
        "Political commitment to the new deal",
        Political,
        "%",
        0.0,
        100.0,
        15.0,
        "How strongly local leaders, political and managerial, back the new way of working; it sets how far the change can spread across the organisation."
    ),
    lever!(
        PublicEngagement,
        "public_engagement",
        "Public engagement and openness",
        Political,
        "%",
        0.0,
        100.0,
        20.0,
        "How openly the council talks and listens to residents about money and choices; it builds trust and softens the blow when services change."
    ),
    lever!(
        ScaleUpPace,
        "scale_up_pace",
        "Pace of scaling up pilots",
        Political,
        "%",
        0.0,
        100.0,
        10.0,
        "How hard the council pushes successful small pilots into mainstream services; faster scale-up spreads the new deal sooner."
    ),
    lever!(
        CouncilTaxRise,
        "council_tax_rise",
        "Council tax rise",
        Financial,
        "% a year",
        0.0,
        10.0,
        4.99,
        "The council tax increase each year in cash terms; above 4.99% (2.99% plus the 2% social care precept) an English council must hold a referendum."
    ),
    lever!(
        ReservesUse,
        "reserves_use",
        "Use of reserves",
        Financial,
        "% of the gap",
        0.0,
        100.0,
        50.0,
        "How much of each year's gap is met from reserves rather than by in-year cuts, for as long as reserves stay above the prudent minimum."
    ),
    lever!(
        TransformationInvestment,
        "transformation_investment",
        "Transformation and prevention investment",
        Financial,
        "£m a year",
        0.0,
        40.0,
        2.0,
        "Money spent each year on prevention and on changing how services work; it costs now and reduces need a few years later."
    ),
    lever!(
        FeesIncome,
        "fees_income",
        "Fees, charges and income",
        Financial,
        "% a year, real",
        -2.0,
        6.0,
        0.0,
        "How fast income from fees, charges and trading grows each year in real terms; higher charges put some people off services they need."
    ),
    lever!(
        ServiceReductions,
        "service_reductions",
        "Planned service cuts",
        Financial,
        "% of services",
        0.0,
        25.0,
        0.0,
        "The share of services cut back by tightening eligibility or closing provision; it saves money now and leaves need unmet that comes back later as crisis."
    ),
];

/// A labelled stretch of a lever's range, shown under its slider ("cuts", "hold", "invest").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub from: f64,
    pub to: f64,
    pub label: String,
}

/// A lever as a workshop presents it: the model's spec with the workshop's overrides applied.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lever {
    pub id: String,
    pub label: String,
    pub domain: Domain,
    pub unit: String,
    pub min: f64,
    pub max: f64,
    pub default: f64,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
}

impl From<&LeverSpec> for Lever {
    fn from(s: &LeverSpec) -> Self {
        Lever {
            id: s.id.to_owned(),
            label: s.label.to_owned(),
            domain: s.domain,
            unit: s.unit.to_owned(),
            min: s.min,
            max: s.max,
            default: s.default,
            description: s.description.to_owned(),
            bands: Vec::new(),
        }
    }
}

impl Lever {
    pub fn clamp(&self, v: f64) -> f64 {
        v.clamp(self.min, self.max)
    }

    /// The slider's step: fine enough to reach any sensible value, coarse enough that arrow
    /// keys move visibly. Scenario codes keep a lever to this step too.
    pub fn step(&self) -> f64 {
        let span = self.max - self.min;
        if span <= 12.0 {
            0.01
        } else if span <= 40.0 {
            0.1
        } else {
            0.5
        }
    }

    /// A value as people read it, to the precision the slider sets ("50.7% of services",
    /// not "50.73% of services"), with its unit.
    pub fn value_text(&self, v: f64) -> String {
        let places = if self.step() >= 0.1 { 1 } else { 2 };
        let scale = 10f64.powi(places);
        crate::present::format::with_unit((v * scale).round() / scale, &self.unit)
    }

    /// The label a band gives this value, if any.
    pub fn band_at(&self, v: f64) -> Option<&str> {
        self.bands
            .iter()
            .find(|b| v >= b.from && v <= b.to)
            .map(|b| b.label.as_str())
    }
}

pub fn lever_index(id: &str) -> Option<usize> {
    LEVER_SPECS.iter().position(|s| s.id == id)
}

/// One value per lever, in catalogue order: what a scenario resolves to before simulation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverValues(pub [f64; LEVER_COUNT]);

impl LeverValues {
    pub fn get(&self, key: LeverKey) -> f64 {
        self.0[key as usize]
    }

    pub fn set(&mut self, key: LeverKey, v: f64) {
        self.0[key as usize] = v;
    }

    /// The model's own defaults (a workshop's may differ: see `Workshop::default_levers`).
    pub fn model_defaults() -> Self {
        let mut v = [0.0; LEVER_COUNT];
        for (slot, spec) in v.iter_mut().zip(LEVER_SPECS.iter()) {
            *slot = spec.default;
        }
        LeverValues(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_consistent() {
        for (i, s) in LEVER_SPECS.iter().enumerate() {
            assert_eq!(s.key as usize, i, "{} is out of order", s.id);
            assert!(
                s.min < s.max && s.default >= s.min && s.default <= s.max,
                "{}",
                s.id
            );
        }
        for d in Domain::ALL {
            let n = LEVER_SPECS.iter().filter(|s| s.domain == d).count();
            assert!(n >= 3, "{d:?} has only {n} levers");
        }
    }
}
