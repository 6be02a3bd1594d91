//! The levers a room can move: one slider each, grouped by the seed's four domains.
//!
//! The catalogue is fixed by the model (its equations refer to these ids); a workshop may
//! relabel a lever, narrow or widen its slider within the lever's physical range, move its
//! default and add bands, but cannot add levers the equations do not know.

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

/// What a lever's own description says it does, as something a test can check: moving the
/// lever up moves `metric` the way `direction` says, in every year from `from` to `to` (years
/// of the horizon counted from 1, `to` inclusive; `None`: to the end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub metric: ClaimMetric,
    pub direction: Direction,
    pub from: u32,
    pub to: Option<u32>,
}

/// What a claim is about: a column of the projection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimMetric {
    /// The jaws: demand minus resources.
    Gap,
    /// The cost of services alone (demand less programme costs).
    ServiceCost,
    /// What the levers themselves cost: running costs and one-off change costs.
    Programmes,
    /// Efficiency savings from structural change (integration, sharing, channel shift).
    StructuralSavings,
    /// Spending before this year's in-year cuts.
    Spending,
    Resources,
    Reserves,
    UnmetNeed,
    CommunityCapacity,
    Trust,
    Adoption,
    Expectation,
    CoProduced,
    /// In-year cuts.
    Cuts,
}

impl ClaimMetric {
    pub fn id(self) -> &'static str {
        match self {
            ClaimMetric::Gap => "gap",
            ClaimMetric::ServiceCost => "service_cost",
            ClaimMetric::Programmes => "programmes",
            ClaimMetric::StructuralSavings => "structural_savings",
            ClaimMetric::Spending => "spending",
            ClaimMetric::Resources => "resources",
            ClaimMetric::Reserves => "reserves",
            ClaimMetric::UnmetNeed => "unmet_need",
            ClaimMetric::CommunityCapacity => "community_capacity",
            ClaimMetric::Trust => "trust",
            ClaimMetric::Adoption => "adoption",
            ClaimMetric::Expectation => "expectation",
            ClaimMetric::CoProduced => "co_produced",
            ClaimMetric::Cuts => "cuts",
        }
    }

    /// In words, for "raises …" / "lowers …".
    pub fn words(self) -> &'static str {
        match self {
            ClaimMetric::Gap => "the gap",
            ClaimMetric::ServiceCost => "the cost of services",
            ClaimMetric::Programmes => "programme costs",
            ClaimMetric::StructuralSavings => "structural savings",
            ClaimMetric::Spending => "spending",
            ClaimMetric::Resources => "resources",
            ClaimMetric::Reserves => "reserves",
            ClaimMetric::UnmetNeed => "unmet need",
            ClaimMetric::CommunityCapacity => "community capacity",
            ClaimMetric::Trust => "trust",
            ClaimMetric::Adoption => "adoption",
            ClaimMetric::Expectation => "expectation",
            ClaimMetric::CoProduced => "co-produced outcomes",
            ClaimMetric::Cuts => "in-year cuts",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    pub fn sign(self) -> f64 {
        match self {
            Direction::Up => 1.0,
            Direction::Down => -1.0,
        }
    }
}

impl Claim {
    /// "raises programme costs in year 1", "lowers the gap from year 3".
    pub fn describe(&self) -> String {
        let verb = match self.direction {
            Direction::Up => "raises",
            Direction::Down => "lowers",
        };
        let when = match self.to {
            Some(to) if to == self.from => format!("in year {to}"),
            Some(to) => format!("in years {} to {to}", self.from),
            None if self.from <= 1 => "from the first year".to_owned(),
            None => format!("from year {}", self.from),
        };
        format!("{verb} {} {when}", self.metric.words())
    }
}

const fn up(metric: ClaimMetric, from: u32, to: Option<u32>) -> Claim {
    Claim {
        metric,
        direction: Direction::Up,
        from,
        to,
    }
}

const fn down(metric: ClaimMetric, from: u32, to: Option<u32>) -> Claim {
    Claim {
        metric,
        direction: Direction::Down,
        from,
        to,
    }
}

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
    /// The physical range: the furthest any file, command line or scenario code may set or
    /// stretch the lever (a workshop may narrow its slider within it, never widen past it).
    /// The slider's own range, `min..max`, lies within it.
    pub limits: (f64, f64),
    /// What the description promises, checked across the lever's range from every shipped
    /// scenario (`tests/headless/claims.rs`).
    pub claims: &'static [Claim],
    /// Where the default comes from; "Judgement: …" when no published figure sets it.
    pub source: &'static str,
}

impl LeverSpec {
    pub fn judgement(&self) -> bool {
        self.source.starts_with("Judgement")
    }
}

macro_rules! lever {
    ($key:ident, $id:literal, $label:literal, $domain:ident, $unit:literal, $min:literal, $max:literal, $default:literal, $desc:literal, limits: ($lo:literal, $hi:literal), claims: $claims:expr, source: $source:literal) => {
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
            limits: ($lo, $hi),
            claims: $claims,
            source: $source,
        }
    };
}

use ClaimMetric as M;

/// Defaults are the old deal as a typical English upper-tier council runs it today; see
/// docs/model.md for where each number comes from. Money levers are shares of the base budget,
/// so a workshop means the same thing for a £300m council as for a £3bn one.
pub const LEVER_SPECS: [LeverSpec; LEVER_COUNT] = [
    lever!(
        RelationshipBuilding,
        "relationship_building",
        "Relationship building",
        Cultural,
        "% of budget a year",
        0.0,
        1.6,
        0.07,
        "Money spent each year on building relationships with and between residents and community groups (community connectors, small grants); it costs every year, and from the second year grows what communities can do and how far people trust the council.",
        limits: (0.0, 5.0),
        claims: &[
            up(M::Programmes, 1, None),
            up(M::CommunityCapacity, 2, None),
            up(M::Trust, 2, None),
        ],
        source: "Judgement: a small community grants and development budget today (£0.5m a year at a £750m budget). Wigan put about £10m into its community investment fund over five years (Wigan Council, Deal for Communities Investment Fund), about 0.8% of its budget a year."
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
        "The share of services redesigned so that residents and staff plan and deliver outcomes together, drawing on people's capacity as well as their need. Redesign costs money first; co-production then grows as far as the organisation works the new way, people trust the council and communities have the capacity.",
        limits: (0.0, 100.0),
        claims: &[
            up(M::Programmes, 1, Some(1)),
            up(M::CoProduced, 2, None),
            down(M::ServiceCost, 2, None),
        ],
        source: "Judgement: co-production today is \"a few small pilots\" (the seed's phrase), about 3% of services."
    ),
    lever!(
        BehaviourChange,
        "behaviour_change",
        "Changing expectations",
        Cultural,
        "% of budget a year",
        0.0,
        0.8,
        0.0,
        "Money spent each year helping people change what they expect from the council and what they do for themselves; it costs every year and works slowly, mostly where the organisation works the new way.",
        limits: (0.0, 3.0),
        claims: &[
            up(M::Programmes, 1, None),
            down(M::Expectation, 2, None),
            down(M::ServiceCost, 3, Some(8)),
        ],
        source: "Judgement: no dedicated spending on changing expectations today."
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
        "How far the organisation's culture lets staff try new ways of working; more appetite lets good pilots spread faster. It costs no money, and does nothing without the commitment and effort to spread what works.",
        limits: (0.0, 100.0),
        claims: &[up(M::Adoption, 2, None)],
        source: "Judgement: a cautious organisational culture."
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
        "The share of the adult care budget pooled with the NHS and partners. Reorganising costs money first and disrupts the organisation; it then saves a little and helps people earlier. The national evidence for cash savings is weak.",
        limits: (0.0, 100.0),
        claims: &[up(M::Programmes, 1, Some(1)), down(M::ServiceCost, 3, None)],
        source: "Judgement: a small pooled budget with the NHS today (5% of the care budget), as every area has under the Better Care Fund."
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
        "The share of back-office functions shared with other councils or delayered; it costs money and some disruption first, and saves from the second or third year.",
        limits: (0.0, 100.0),
        claims: &[up(M::Programmes, 1, Some(1)), down(M::ServiceCost, 2, None)],
        source: "Judgement: some back-office sharing already done. The LGA counted 626 sharing arrangements by 2019, saving £1.34bn in all (LGA, shared services map)."
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
        "The share of services (mostly libraries, community centres, parks and day opportunities) handed to community organisations to run, with the council's support. They are cheaper to run, by more where communities have the capacity, and people fall through the gaps where they do not.",
        limits: (0.0, 60.0),
        claims: &[down(M::ServiceCost, 1, None), up(M::UnmetNeed, 1, Some(3))],
        source: "Judgement: a few services (2%) already run by community organisations. 85% of councils transferring assets cite lower costs as a reason, and nine in ten worry about communities' capacity (NLGN for Power to Change, A Common Interest, 2016)."
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
        "The share of contacts with the council handled online; new systems cost money first and save a little from the second or third year, mostly in other services, but pushed too far it shuts out people who are not online and costs trust.",
        limits: (0.0, 100.0),
        claims: &[
            up(M::Programmes, 1, Some(1)),
            up(M::StructuralSavings, 1, None),
            down(M::Trust, 1, Some(2)),
        ],
        source: "Judgement: about 30% of contacts handled online today."
    ),
    lever!(
        GrantChange,
        "grant_change",
        "National funding settlement",
        Political,
        "% a year, real",
        -10.0,
        4.0,
        -2.0,
        "How central government grant (with retained business rates) changes each year in real terms, after any settlement years the workshop gives; it fell 49% in real terms from 2010-11 to 2017-18, about 9% a year.",
        limits: (-30.0, 30.0),
        claims: &[up(M::Resources, 1, None), down(M::Gap, 1, None)],
        source: "Judgement: a gentle real-terms decline. Government funding fell 49.1% in real terms from 2010-11 to 2017-18 (NAO 2018, HC 834), about 9.2% a year; core funding ended 2024-25 9% below 2010-11 in real terms (IFS, How have English councils' funding and spending changed? 2010 to 2024), about 0.7% a year over the whole period."
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
        "How strongly local leaders, political and managerial, back the new way of working; it sets how far the change can spread across the organisation. It costs no money.",
        limits: (0.0, 100.0),
        claims: &[up(M::Adoption, 2, None)],
        source: "Judgement: some backing for pilots, no organisation-wide commitment."
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
        "How openly the council talks and listens to residents about money and choices; it takes staff time and money every year, builds trust and softens the backlash when services are cut. There is no evidence it saves money directly.",
        limits: (0.0, 100.0),
        claims: &[up(M::Programmes, 1, None), up(M::Trust, 2, None)],
        source: "Judgement: routine consultation, not open conversation about money and choices. Participatory budgeting in England raised people's sense of influence but had no measured financial effect (SQW for DCLG, Communities in the driving seat, 2011)."
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
        "How hard the council pushes successful small pilots into mainstream services: a programme team, training and backfill that cost money every year and spread the new way of working sooner.",
        limits: (0.0, 100.0),
        claims: &[up(M::Programmes, 1, None), up(M::Adoption, 2, None)],
        source: "Judgement: pilots are rarely pushed into mainstream services today."
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
        "The council tax increase each year in cash terms, after any years the workshop schedules; above 4.99% (2.99% plus the 2% adult social care precept) an English county or unitary council must hold a referendum.",
        limits: (-10.0, 30.0),
        claims: &[up(M::Resources, 1, None), down(M::Gap, 1, None)],
        source: "House of Commons Library, Council tax: local referendums (SN05682): for 2023-24 to 2025-26 the limit for councils with social care responsibilities is 2.99% plus a 2% adult social care precept; the old deal takes the most it can without a referendum."
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
        "How much of each year's budget gap is met from reserves rather than by cutting services, for as long as reserves stay above the prudent minimum; what is cut stays cut.",
        limits: (0.0, 100.0),
        claims: &[down(M::Reserves, 1, Some(2)), down(M::Cuts, 1, Some(1))],
        source: "Judgement: half of each year's gap from reserves, half by savings. Councils budgeted to use £1.2bn of reserves in 2013-14 (LGC, Reserves raided as cuts bite, 2013) while making most of their savings from services."
    ),
    lever!(
        TransformationInvestment,
        "transformation_investment",
        "Transformation and prevention investment",
        Financial,
        "% of budget a year",
        0.0,
        5.0,
        0.27,
        "Money spent each year on prevention, early help and changing how services work. It costs every year; from about the third year it avoids roughly as much demand as it costs (more where the organisation works the new way), and it speeds the spread of the new way of working.",
        limits: (0.0, 15.0),
        claims: &[
            up(M::Programmes, 1, None),
            up(M::Adoption, 2, None),
            down(M::ServiceCost, 3, Some(6)),
        ],
        source: "Judgement: a modest invest-to-save budget (£2m a year at a £750m budget)."
    ),
    lever!(
        FeesIncome,
        "fees_income",
        "Fees, charges and income",
        Financial,
        "% a year, real",
        -2.0,
        3.0,
        0.0,
        "How fast income from fees, charges and trading grows each year in real terms; it brings in money, and higher charges put some people off services they need.",
        limits: (-10.0, 10.0),
        claims: &[up(M::Resources, 1, None), down(M::Gap, 1, None)],
        source: "Judgement: fees and charges held flat in real terms. Charging income fell 11% in real terms from 2009/10 to 2011/12 (Audit Commission, Income from charging, 2013); charges for discretionary services may only recover cost (Local Government Act 2003, section 93)."
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
        "The share of services cut back from the start by tightening eligibility or closing provision, down to what the council must provide; it lowers spending at once and leaves need unmet, which comes back later as crisis.",
        limits: (0.0, 60.0),
        claims: &[down(M::Spending, 1, Some(1)), up(M::UnmetNeed, 1, Some(3))],
        source: "Judgement: the baseline plans no cuts beyond those the budget forces; planned cuts are a scenario choice (`cut-to-balance`)."
    ),
];

/// A labelled stretch of a lever's range, shown under its slider ("cuts", "hold", "invest").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub from: f64,
    pub to: f64,
    pub label: String,
    /// Off limits to the goal seek unless the room allows it, and why. Workshop format 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<Limit>,
}

/// Why a band of a lever's range is off limits: the goal seek keeps out of it unless the room
/// allows it, and any answer that enters it says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Limit {
    /// It needs a local referendum (a council tax rise above the limit).
    Referendum,
    /// The workshop judges it unrealistic for this council.
    Unrealistic,
}

impl Limit {
    /// "needs a referendum", "is marked as unrealistic".
    pub fn words(self) -> String {
        crate::i18n::tr(match self {
            Limit::Referendum => "limit-referendum",
            Limit::Unrealistic => "limit-unrealistic",
        })
    }
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
    /// The lever's physical range ([`LeverSpec::limits`]), within which `min..max` lies.
    pub limits: (f64, f64),
    pub default: f64,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
    /// What the description promises: the model's own, or the workshop's where it describes
    /// the lever its own way (checked by `tests/headless/claims.rs`).
    pub claims: Vec<Claim>,
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
            limits: s.limits,
            default: s.default,
            description: s.description.to_owned(),
            bands: Vec::new(),
            claims: s.claims.to_vec(),
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

    /// The band off limits that holds `v` inside it (not merely at its edge), if any: a
    /// council tax rise of 6% is in "referendum needed" from 4.99%, one of 4.99% is not.
    pub fn off_limits_at(&self, v: f64) -> Option<&Band> {
        self.bands
            .iter()
            .find(|b| b.limit.is_some() && v > b.from && v < b.to)
    }

    /// How far from `start` the goal seek may move this lever while the off-limits bands are
    /// kept out of: its range, cut at the nearest edge of any such band on either side. A
    /// start already inside one keeps that band open (the room chose it).
    pub fn allowed_range(&self, start: f64) -> (f64, f64) {
        let (mut lo, mut hi) = (self.min, self.max);
        for b in self.bands.iter().filter(|b| b.limit.is_some()) {
            if b.to <= start {
                lo = lo.max(b.to);
            } else if b.from >= start {
                hi = hi.min(b.from);
            }
        }
        (lo.min(start.max(self.min)), hi.max(start.min(self.max)))
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
            assert!(
                s.limits.0 <= s.min && s.max <= s.limits.1,
                "{}: the slider lies within the physical range",
                s.id
            );
        }
        for d in Domain::ALL {
            let n = LEVER_SPECS.iter().filter(|s| s.domain == d).count();
            assert!(n >= 3, "{d:?} has only {n} levers");
        }
    }
}
