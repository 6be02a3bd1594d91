//! The simulation: assumptions and lever values in, one row a year out.
//!
//! Stocks are integrated monthly (forward Euler, dt = 1/12 year) so that delays act smoothly;
//! rows report flows as totals over the year and stocks as they stand at its end. Money is
//! budgeted the way a council's medium-term financial strategy budgets it: three service lines
//! with their own growth, savings that once made stay made, reserves drawn to a prudent
//! minimum, and a section 114 point where the budget can no longer be balanced. Every equation
//! is written out in docs/model.md, with the reasoning behind each coefficient.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::assumptions::Assumptions;
use super::levers::{ClaimMetric, LeverKey as L, LeverValues};
use super::lines::{LINE_COUNT, Line, REACH};
use super::schedule::at;

/// Steps a year. Monthly keeps the shortest delay (a quarter) stable under Euler.
pub const STEPS_PER_YEAR: usize = 12;

// Fixed coefficients: judgements documented in docs/model.md ("Fixed coefficients").
/// Share of the budget at which co-production reaches half its potential for want of capacity.
const CAPACITY_HALF_SHARE: f64 = 0.05;
/// Most of a line's arriving demand that co-production can ever meet.
const CO_PRODUCTION_CEILING: f64 = 0.9;
/// Community capacity built per £ co-produced each year (learning by doing).
const CAPACITY_LEARNING: f64 = 0.1;
/// Ceiling on community capacity, as a share of the base budget.
const CAPACITY_CEILING_SHARE: f64 = 0.4;
/// Share of community capacity knocked back each year per unit of cuts as a share of budget.
const CAPACITY_WITHDRAWAL: f64 = 2.0;
/// Saving on services run by communities (with full capacity behind them), net of the
/// council's support grant.
const COMMUNITY_DELIVERY_SAVING: f64 = 0.2;
/// Share of community-run services that fail people where capacity is missing.
const COMMUNITY_DELIVERY_SHORTFALL: f64 = 0.5;
/// Share of newly unmet need that strong communities can catch.
const COMMUNITY_CATCH: f64 = 0.3;
/// Saving from pooling the whole adult care budget with health, as a share of it.
const INTEGRATION_SAVING: f64 = 0.03;
/// Saving from sharing the whole back office, as a share of the base budget.
const SHARED_SERVICES_SAVING: f64 = 0.015;
/// Saving from moving every contact online (from 10%), as a share of the spending it touches.
const DIGITAL_SAVING: f64 = 0.02;
/// One-off cost of restructuring per £1 a year of saving.
const RESTRUCTURING_COST: f64 = 1.0;
/// Adoption lost each year per unit of restructuring still under way (as a share of budget).
const RESTRUCTURING_CHURN: f64 = 8.0;
/// Prevention value of pooling the whole adult care budget, as a share of it.
const INTEGRATION_PREVENTION: f64 = 0.01;
/// One-off cost of redesigning a service for co-production, per £1 a year of its cost.
const REDESIGN_COST: f64 = 0.05;
/// Time for unmet need to build up to, or fall back from, the rate at which it arises.
const UNMET_NEED_DELAY: f64 = 1.0;
/// Time for trust to move most of the way to where events are pushing it.
const TRUST_DELAY: f64 = 2.0;
/// Share of charges above today's level that stands for need priced out of services.
const FEES_DETERRENCE: f64 = 0.5;
/// Cost of public engagement at full effort, as a share of the base budget.
const ENGAGEMENT_COST_SHARE: f64 = 0.008;
/// Cost of scaling up at full pace (programme team, training, backfill), share of budget.
const SCALE_UP_COST_SHARE: f64 = 0.003;
/// Behaviour-change spending (as a share of budget) that achieves half the possible effect.
const BEHAVIOUR_HALF_SHARE: f64 = 0.003;
/// Most that behaviour change can lower expectation by, as a share of it.
const BEHAVIOUR_MAX_EFFECT: f64 = 0.2;
/// Trust lost at 100% of contacts online (in proportion to the square of the share): about
/// one resident in ten shut out, each losing 0.2 of trust.
const DIGITAL_EXCLUSION: f64 = 0.02;
/// Years for savings made in the year to become savings that recur.
const SAVINGS_LEAD_TIME: f64 = 0.5;
/// A line is asked for its budget share of each saving until its room above its floor is
/// less than 1/SAVINGS_TAPER of its budget pressure; then for less, down to nothing.
const SAVINGS_TAPER: f64 = 20.0;
const EXPECTATION_FLOOR: f64 = 0.15;
const TRUST_FLOOR: f64 = 0.02;
const TRUST_CEILING: f64 = 0.98;

/// One service line in one year. Money in £m at constant base-year prices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct LineYear {
    /// What meeting the demand that arrives would cost, year total.
    pub demand: f64,
    /// What the council spends on the line: demand less savings, in-year cuts and any
    /// shortfall, year total.
    pub spending: f64,
    /// The line's share of all spending in the year, 0..1.
    pub share: f64,
    /// Savings from cutting the line that recur (planned and unplanned), year total.
    pub savings: f64,
    /// What the base year's services would cost this year with need and unit costs grown
    /// (the budget pressure), year total.
    pub pressures: f64,
    /// Underlying and crisis need at the end of the year, £m a year at base-year cost.
    pub need: f64,
    /// Need going unmet at the end of the year, £m a year at base-year cost.
    pub unmet_need: f64,
}

/// The service lines of one year, adults, children, other; serialised by line id.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Lines(pub [LineYear; LINE_COUNT]);

impl Lines {
    pub fn get(&self, line: Line) -> &LineYear {
        &self.0[line as usize]
    }
}

impl Serialize for Lines {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(LINE_COUNT))?;
        for line in Line::ALL {
            map.serialize_entry(line.id(), self.get(line))?;
        }
        map.end()
    }
}

/// One year of a projection. Money in £m at constant base-year prices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct YearRow {
    pub year: i32,
    /// What meeting the demand that arrives would cost, plus what the levers cost: the upper
    /// jaw.
    pub demand: f64,
    /// Central grant, council tax, fees and other income: the lower jaw.
    pub resources: f64,
    /// The jaws: demand minus resources, the savings the council needs; negative is a surplus.
    pub gap: f64,
    /// What the council actually spent: demand less its savings, in-year cuts and shortfall.
    pub spending: f64,
    /// Savings from services that recur (planned cuts, and in-year cuts made permanent).
    pub savings: f64,
    /// What the levers cost: running costs and one-off costs of change.
    pub programmes: f64,
    /// What the base year's services would cost this year, need and unit costs grown: the
    /// budget pressure before anything the council does.
    pub pressures: f64,
    /// Usable reserves at the end of the year.
    pub reserves: f64,
    /// Drawn from reserves this year.
    pub reserves_drawn: f64,
    /// Services withheld in the year to close the budget gap; they become savings that recur.
    pub cuts: f64,
    /// The shortfall: what neither savings, cuts nor reserves could fund, which goes unmet.
    /// Only from the section 114 point.
    pub unfunded: f64,
    /// Surplus beyond the reserves ceiling, released to spend or return to residents.
    pub released: f64,
    pub grant: f64,
    pub council_tax: f64,
    pub fees: f64,
    /// Efficiency savings from structural change compared with the base year (negative:
    /// extra cost); already taken off demand.
    pub structural_savings: f64,
    /// Need met through co-production this year.
    pub co_produced: f64,
    /// Underlying and crisis need, £m a year at base-year cost.
    pub need: f64,
    /// Share of need arriving as demand, 0..1.
    pub expectation: f64,
    /// Need communities could meet, £m a year.
    pub community_capacity: f64,
    /// 0..1.
    pub trust: f64,
    /// Share of the organisation working the new way, 0..1.
    pub adoption: f64,
    /// Need going unmet, £m a year at base-year cost.
    pub unmet_need: f64,
    /// Matured prevention, £m a year.
    pub prevention: f64,
    /// Whether the budget could not be balanced this year or before: a section 114 notice.
    pub section_114: bool,
    /// Adult social care, children's social care and all other services.
    pub lines: Lines,
}

/// A run of the model: one row a year over the horizon, plus the figures a room asks for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Projection {
    pub rows: Vec<YearRow>,
    pub prudent_minimum: f64,
    /// How many years, from the base year, follow the workshop's schedules (the MTFS years).
    pub mtfs_years: usize,
}

/// The figures a room watches: they change as a slider moves.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Headlines {
    pub final_year: i32,
    pub final_gap: f64,
    /// Sum of the gap over the horizon (surpluses count against it).
    pub cumulative_gap: f64,
    /// First year that ends with reserves below the prudent minimum.
    pub reserves_below_minimum: Option<i32>,
    /// The year the budget could no longer be balanced: reserves at the prudent minimum and
    /// the gap beyond what savings can close. In England, a section 114 notice.
    pub section_114: Option<i32>,
    /// The shortfall in the final year: spending the council could not fund.
    pub final_shortfall: f64,
    /// First year with no gap after the gap had opened.
    pub jaws_close: Option<i32>,
}

impl YearRow {
    /// The value of a map node (see `links::NODES`) in this year, by id.
    pub fn node(&self, id: &str) -> Option<f64> {
        Some(match id {
            "need" => self.need,
            "expectation" => self.expectation,
            "community_capacity" => self.community_capacity,
            "trust" => self.trust,
            "adoption" => self.adoption,
            "unmet_need" => self.unmet_need,
            "prevention" => self.prevention,
            "structural_savings" => self.structural_savings,
            "savings" => self.savings,
            "reserves" => self.reserves,
            "co_produced" => self.co_produced,
            "cuts" => self.cuts,
            "demand" => self.demand,
            "resources" => self.resources,
            "gap" => self.gap,
            _ => return None,
        })
    }

    /// The column a lever's claim is about.
    pub fn claimed(&self, m: ClaimMetric) -> f64 {
        match m {
            ClaimMetric::Gap => self.gap,
            ClaimMetric::ServiceCost => self.demand - self.programmes,
            ClaimMetric::Programmes => self.programmes,
            ClaimMetric::StructuralSavings => self.structural_savings,
            ClaimMetric::Spending => self.spending,
            ClaimMetric::Resources => self.resources,
            ClaimMetric::Reserves => self.reserves,
            ClaimMetric::UnmetNeed => self.unmet_need,
            ClaimMetric::CommunityCapacity => self.community_capacity,
            ClaimMetric::Trust => self.trust,
            ClaimMetric::Adoption => self.adoption,
            ClaimMetric::Expectation => self.expectation,
            ClaimMetric::CoProduced => self.co_produced,
            ClaimMetric::Cuts => self.cuts,
        }
    }

    /// Adult and children's social care together as a share of all spending.
    pub fn social_care_share(&self) -> f64 {
        self.lines.get(Line::Adults).share + self.lines.get(Line::Children).share
    }
}

impl Projection {
    pub fn headlines(&self) -> Headlines {
        let last = self.rows.last().copied().unwrap_or_default();
        let mut opened = false;
        let mut jaws_close = None;
        for r in &self.rows {
            if r.gap > 0.0 {
                opened = true;
            } else if opened && jaws_close.is_none() {
                jaws_close = Some(r.year);
            }
        }
        Headlines {
            final_year: last.year,
            final_gap: last.gap,
            cumulative_gap: self.rows.iter().map(|r| r.gap).sum(),
            reserves_below_minimum: self
                .rows
                .iter()
                .find(|r| r.reserves < self.prudent_minimum)
                .map(|r| r.year),
            section_114: self.rows.iter().find(|r| r.section_114).map(|r| r.year),
            final_shortfall: last.unfunded,
            jaws_close,
        }
    }

    pub fn final_row(&self) -> YearRow {
        self.rows.last().copied().unwrap_or_default()
    }
}

/// Lever values as fractions and rates, ready for the equations.
struct Policy {
    relationship: f64,
    co_production: f64,
    behaviour: f64,
    risk: f64,
    integration: f64,
    shared: f64,
    community_delivery: f64,
    digital: f64,
    grant_growth: f64,
    commitment: f64,
    engagement: f64,
    pace: f64,
    tax_rise: f64,
    reserves_use: f64,
    transformation: f64,
    fees_growth: f64,
    reductions: f64,
}

impl Policy {
    fn new(v: &LeverValues) -> Self {
        let pct = |k: L| v.get(k) / 100.0;
        Policy {
            relationship: pct(L::RelationshipBuilding),
            co_production: pct(L::CoProduction),
            behaviour: pct(L::BehaviourChange),
            risk: pct(L::RiskAppetite),
            integration: pct(L::HealthIntegration),
            shared: pct(L::SharedServices),
            community_delivery: pct(L::CommunityDelivery),
            digital: pct(L::DigitalShift),
            grant_growth: pct(L::GrantChange),
            commitment: pct(L::PoliticalCommitment),
            engagement: pct(L::PublicEngagement),
            pace: pct(L::ScaleUpPace),
            tax_rise: pct(L::CouncilTaxRise),
            reserves_use: pct(L::ReservesUse),
            transformation: pct(L::TransformationInvestment),
            fees_growth: pct(L::FeesIncome),
            reductions: pct(L::ServiceReductions),
        }
    }

    /// Share of a line's arriving demand co-production could meet, before its reach on the
    /// line and before capacity limits it.
    fn co_production_reach(redesigned: f64, adoption: f64, trust: f64) -> f64 {
        redesigned * adoption * (0.4 + 0.8 * trust)
    }

    /// Prevention investment a year, £m, that the stock of prevention is moving towards.
    fn prevention_input(&self, ctx: &Context) -> f64 {
        self.transformation * ctx.budget
            + INTEGRATION_PREVENTION * ctx.line_budget[Line::Adults as usize] * self.integration
    }

    /// Annual savings all structural levers would deliver once complete, £m, by line.
    fn structural_potential(&self, ctx: &Context) -> [f64; LINE_COUNT] {
        let mut out = [0.0; LINE_COUNT];
        for (i, o) in out.iter_mut().enumerate() {
            let b = ctx.line_budget[i];
            *o = b
                * (INTEGRATION_SAVING * self.integration * REACH[i].integration
                    + SHARED_SERVICES_SAVING * self.shared
                    + DIGITAL_SAVING * (self.digital - 0.1) * REACH[i].digital);
        }
        out
    }

    /// Spending on the levers themselves, £m a year (one-off costs of change are added apart).
    fn running_cost(&self, b: f64) -> f64 {
        b * (self.relationship
            + self.behaviour
            + self.transformation
            + ENGAGEMENT_COST_SHARE * self.engagement
            + SCALE_UP_COST_SHARE * self.pace)
    }

    fn adoption_ceiling(&self) -> f64 {
        0.1 + 0.85 * self.commitment
    }
}

/// Things the equations need at every step that depend only on the assumptions.
struct Context {
    budget: f64,
    /// The base budget's split between the lines (before the levers' own running costs).
    line_budget: [f64; LINE_COUNT],
    capacity_half: f64,
    capacity_ceiling: f64,
    opening_expectation: f64,
    opening_adoption: f64,
    /// Prevention × its adoption multiplier at the calibration point (today's practice).
    prevention_today: f64,
    /// Spending the co-production redesign acts on, £m a year.
    redesign_base: f64,
}

/// Where the model starts: today's practice (the model's lever defaults) in steady state,
/// scaled so that base-year demand equals the base budget.
struct Opening {
    grant: f64,
    council_tax: f64,
    fees: f64,
    need: [f64; LINE_COUNT],
    crisis: [f64; LINE_COUNT],
    unmet: [f64; LINE_COUNT],
    capacity: f64,
    sustaining: f64,
    trust: f64,
    prevention: f64,
    structural: f64,
    /// Each line's share of the structural savings (fixed: by the run's own potential).
    structural_split: [f64; LINE_COUNT],
    redesigned: f64,
}

/// Indexes of the map's nodes (`links::NODES`, in that order) in a [`Step`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(usize)]
pub enum Node {
    Need,
    Expectation,
    CommunityCapacity,
    Trust,
    Adoption,
    UnmetNeed,
    Prevention,
    StructuralSavings,
    Savings,
    Reserves,
    CoProduced,
    Cuts,
    Demand,
    Resources,
    Gap,
}

pub const NODE_COUNT: usize = 15;

/// Replacement values for flow nodes (NaN: not replaced). Used to isolate one link's effect.
pub type Pins = [f64; NODE_COUNT];

/// Everything the monthly step integrates.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct State {
    /// Months since the start of the base year.
    pub month: u32,
    /// Underlying need by line, £m a year at base-year cost.
    pub need: [f64; LINE_COUNT],
    /// Need from unmet need turned crisis, by line; it resolves over time.
    pub crisis: [f64; LINE_COUNT],
    /// Need going unmet, by line.
    pub unmet: [f64; LINE_COUNT],
    /// Savings from each line that recur, £m a year (beyond planned service cuts).
    pub savings: [f64; LINE_COUNT],
    /// Unit cost of each line (1 in the base year).
    pub unit_cost: [f64; LINE_COUNT],
    /// The budget pressure by line: base-year services at this year's need and unit cost.
    pub pressure: [f64; LINE_COUNT],
    pub expectation: f64,
    pub capacity: f64,
    pub trust: f64,
    pub adoption: f64,
    pub prevention: f64,
    pub structural: f64,
    /// Share of services redesigned for co-production so far (what redesign still costs).
    pub redesigned: f64,
    pub reserves: f64,
    pub grant: f64,
    pub council_tax: f64,
    pub fees: f64,
    /// Whether the budget has already failed to balance (a section 114 notice).
    pub section_114: bool,
}

impl State {
    /// A stock node's level.
    pub fn stock(&self, node: Node) -> Option<f64> {
        Some(match node {
            Node::Need => (0..LINE_COUNT).map(|i| self.need[i] + self.crisis[i]).sum(),
            Node::Expectation => self.expectation,
            Node::CommunityCapacity => self.capacity,
            Node::Trust => self.trust,
            Node::Adoption => self.adoption,
            Node::UnmetNeed => self.unmet.iter().sum(),
            Node::Prevention => self.prevention,
            Node::StructuralSavings => self.structural,
            Node::Savings => self.savings.iter().sum(),
            Node::Reserves => self.reserves,
            _ => return None,
        })
    }

    /// Move a stock node by `d`, in its own unit. Aggregates move each part in proportion, or
    /// evenly from zero. False if `node` is not a stock.
    pub fn nudge(&mut self, node: Node, d: f64) -> bool {
        fn spread(parts: &mut [&mut f64], d: f64) {
            let total: f64 = parts.iter().map(|p| **p).sum();
            let n = parts.len() as f64;
            for p in parts.iter_mut() {
                **p += if total > 0.0 { d * **p / total } else { d / n };
            }
        }
        match node {
            Node::Need => {
                let [n0, n1, n2] = &mut self.need;
                let [c0, c1, c2] = &mut self.crisis;
                spread(&mut [n0, n1, n2, c0, c1, c2], d);
            }
            Node::UnmetNeed => {
                let [u0, u1, u2] = &mut self.unmet;
                spread(&mut [u0, u1, u2], d);
            }
            Node::Savings => {
                let [x0, x1, x2] = &mut self.savings;
                spread(&mut [x0, x1, x2], d);
            }
            Node::Expectation => self.expectation += d,
            Node::CommunityCapacity => self.capacity += d,
            Node::Trust => self.trust += d,
            Node::Adoption => self.adoption += d,
            Node::Prevention => self.prevention += d,
            Node::StructuralSavings => self.structural += d,
            Node::Reserves => self.reserves += d,
            _ => return false,
        }
        true
    }
}

/// What one evaluation of the equations gives at a state.
#[derive(Clone, Copy, Debug, Default)]
pub struct Step {
    /// Every node's value: stock levels and flow values (£m a year for money flows).
    pub values: [f64; NODE_COUNT],
    /// How each node is moving: a stock's rate of change a year; a flow's value.
    pub rates: [f64; NODE_COUNT],
    drawn: f64,
    unfunded: f64,
    released: f64,
    savings_value: f64,
    spending: f64,
    programmes: f64,
    reserves_after: f64,
    section_114: bool,
    lines: [LineFlow; LINE_COUNT],
    d_need: [f64; LINE_COUNT],
    d_crisis: [f64; LINE_COUNT],
    d_unmet: [f64; LINE_COUNT],
    d_savings: [f64; LINE_COUNT],
    d_redesigned: f64,
}

/// One line's money flows in a step, £m a year.
#[derive(Clone, Copy, Debug, Default)]
struct LineFlow {
    demand: f64,
    spending: f64,
    savings: f64,
}

/// One year's rates, fixed by the levers, the assumptions and the schedules.
#[derive(Clone, Copy, Debug)]
struct YearRates {
    grant: f64,
    council_tax: f64,
    fees: f64,
    /// Monthly growth of each line's unit cost and of its budget pressure.
    unit_cost: [f64; LINE_COUNT],
    pressure: [f64; LINE_COUNT],
    /// Savings planned this year from the schedule, £m a year added each year.
    planned: f64,
}

/// What the equations need at every step that the levers and assumptions fix for the whole
/// run: worked out once, because the step runs 180 times a projection.
struct Fixed {
    running: f64,
    target_structural: f64,
    prevention_input: f64,
    /// How far behaviour change can lower expectation (before the adoption multiplier).
    behaviour: f64,
    spread: f64,
    /// Trust's target before co-production, unmet need and cuts.
    trust_base: f64,
    /// Expectation's rise per £m of in-year cuts, softened by engagement.
    cuts_on_expectation: f64,
    /// Co-production's reach on each line per unit of (adoption × trust factor × capacity).
    co_reach: [f64; LINE_COUNT],
    /// Share of each line's services handed to community organisations.
    handed: [f64; LINE_COUNT],
    /// Share of priced-out need falling on each line.
    priced_out: [f64; LINE_COUNT],
    /// Unmet need's escalation into crisis, a year, by line.
    escalation: [f64; LINE_COUNT],
    // Reciprocals, so that the step multiplies rather than divides.
    inv_budget: f64,
    inv_restructuring_delay: f64,
    inv_crisis_resolution: f64,
    inv_expectation_delay: f64,
    inv_prevention_delay: f64,
    inv_adoption_ceiling: f64,
    inv_capacity_ceiling: f64,
}

/// Steps a year, as a number: dividing by `dt` is multiplying by this.
const STEPS: f64 = STEPS_PER_YEAR as f64;

/// One run's fixed inputs: the policy, the opening state and the assumptions as rates.
pub struct Model {
    p: Policy,
    fixed: Fixed,
    ctx: Context,
    start: Opening,
    dt: f64,
    years: Vec<YearRates>,
    /// Continuous growth rate of each line's underlying need, a year.
    need_rate: [f64; LINE_COUNT],
    decay: f64,
    co_saving: f64,
    prevention_return: f64,
    ceiling_share: f64,
    max_cuts: f64,
    delivery: f64,
    floors: [f64; LINE_COUNT],
    minimum: f64,
    reserves_ceiling: f64,
    capacity_building: f64,
    trust_on_expectation: f64,
    trust_sensitivity: f64,
    opening_reserves: f64,
    base_year: i32,
    horizon: usize,
    mtfs_years: usize,
}

fn trust_target(
    p: &Policy,
    b: f64,
    sensitivity: f64,
    co_produced: f64,
    unmet: f64,
    cuts: f64,
) -> f64 {
    (0.45 + 0.3 * p.engagement + co_produced / b + 0.05 * p.relationship / 0.01
        - sensitivity * (unmet + cuts) / b
        - DIGITAL_EXCLUSION * p.digital * p.digital)
        .clamp(TRUST_FLOOR, TRUST_CEILING)
}

fn opening(a: &Assumptions, ctx: &Context) -> Opening {
    let today = Policy::new(&LeverValues::model_defaults());
    let b = ctx.budget;
    let e0 = ctx.opening_expectation;
    let a0 = ctx.opening_adoption;
    let decay = a.capacity_decay / 100.0;
    let escalation = a.crisis_escalation / 100.0;
    let resolution = a.crisis_resolution.max(0.01);
    let co_saving = a.coproduction_saving / 100.0;
    let capacity = a.opening_capacity / 100.0 * b;
    let capacity_factor = capacity / (capacity + ctx.capacity_half);
    let mut trust = 0.5;
    let mut need = [0.0; LINE_COUNT];
    let mut crisis = [0.0; LINE_COUNT];
    let mut unmet = [0.0; LINE_COUNT];
    let mut co_produced = 0.0;
    // A few fixed-point passes settle trust, need, crisis and unmet need together.
    for _ in 0..8 {
        let reach = Policy::co_production_reach(today.co_production, a0, trust) * capacity_factor;
        co_produced = 0.0;
        let mut unmet_total = 0.0;
        for (i, r) in REACH.iter().enumerate() {
            let q = (reach * r.co_production).min(CO_PRODUCTION_CEILING);
            let handed = today.community_delivery * r.community_delivery;
            let per_need =
                e0 * (1.0 - co_saving * q - COMMUNITY_DELIVERY_SAVING * capacity_factor * handed);
            let total = ctx.line_budget[i] / per_need.max(1e-9);
            unmet[i] = (1.0 - capacity_factor) * COMMUNITY_DELIVERY_SHORTFALL * handed * total * e0;
            crisis[i] = escalation * r.escalation * unmet[i] * resolution;
            need[i] = (total - crisis[i]).max(0.0);
            co_produced += q * total * e0;
            unmet_total += unmet[i];
        }
        trust = trust_target(
            &today,
            b,
            a.trust_sensitivity,
            co_produced.min(capacity),
            unmet_total,
            0.0,
        );
    }
    // What keeps today's community activity going without the council's help, so that
    // capacity holds steady under today's practice.
    let sustaining = (decay * capacity
        - a.capacity_building * today.relationship * b * (1.0 - capacity / ctx.capacity_ceiling)
        - CAPACITY_LEARNING * co_produced.min(capacity))
    .max(0.0);
    let shares = (a.grant_share / 100.0, a.fees_share / 100.0);
    Opening {
        grant: b * shares.0,
        council_tax: b * (1.0 - shares.0 - shares.1).max(0.0),
        fees: b * shares.1,
        need,
        crisis,
        unmet,
        capacity,
        sustaining,
        trust,
        prevention: today.prevention_input(ctx),
        structural: today.structural_potential(ctx).iter().sum(),
        structural_split: [0.0; LINE_COUNT],
        redesigned: today.co_production,
    }
}

impl Model {
    pub fn new(a: &Assumptions, levers: &LeverValues) -> Model {
        let b = a.base_budget.max(1.0);
        let today = Policy::new(&LeverValues::model_defaults());
        let services = (b - today.running_cost(b)).max(0.1 * b);
        let shares = a.line_shares();
        let line_budget = shares.map(|s| s * services);
        let weighted = |w: fn(&super::lines::Reach) -> f64| -> f64 {
            (0..LINE_COUNT).map(|i| w(&REACH[i]) * line_budget[i]).sum()
        };
        let ctx = Context {
            budget: b,
            line_budget,
            capacity_half: CAPACITY_HALF_SHARE * b,
            capacity_ceiling: CAPACITY_CEILING_SHARE * b,
            opening_expectation: (a.opening_expectation / 100.0).clamp(EXPECTATION_FLOOR, 1.0),
            opening_adoption: (a.opening_adoption / 100.0).clamp(0.001, 0.5),
            prevention_today: 0.0,
            redesign_base: weighted(|r| r.co_production),
        };
        let mut start = opening(a, &ctx);
        let ctx = Context {
            prevention_today: start.prevention * (0.5 + 0.5 * ctx.opening_adoption),
            ..ctx
        };
        let p = Policy::new(levers);
        let target_structural = p.structural_potential(&ctx);
        // Savings are shared between the lines by the run's own potential, or by budget when
        // there is none.
        let potential: f64 = target_structural.iter().sum();
        start.structural_split = if potential.abs() > 1e-12 * b {
            target_structural.map(|x| x / potential)
        } else {
            shares
        };
        let dt = 1.0 / STEPS_PER_YEAR as f64;
        let horizon = a.horizon_years.clamp(1, 100) as usize;
        let grow = |rate: f64| (1.0 + rate).max(0.0).powf(dt);
        let sched = &a.schedule;
        let general_cost = a.cost_inflation / 100.0;
        let premium = [
            a.adults_cost_premium / 100.0,
            a.children_cost_premium / 100.0,
            0.0,
        ];
        let need_growth = [
            (a.demographic_growth + a.adults_need_growth) / 100.0,
            (a.demographic_growth + a.children_need_growth) / 100.0,
            a.demographic_growth / 100.0,
        ];
        // Past the schedules every year's rates are the same: worked out once (powf is dear).
        let scheduled = sched.years();
        let mut years: Vec<YearRates> = Vec::with_capacity(horizon);
        for y in 0..horizon {
            if y > scheduled {
                years.push(years[y - 1]);
                continue;
            }
            years.push({
                let cpi = at(&sched.general_inflation, y, a.general_inflation) / 100.0;
                let tax = at(&sched.council_tax_rise, y, p.tax_rise * 100.0) / 100.0;
                let grant = at(&sched.grant_change, y, p.grant_growth * 100.0) / 100.0;
                // Pay and prices in cash, as an MTFS gives them; otherwise CPI plus the real rate.
                let real_cost = match sched.pay_and_prices.get(y) {
                    Some(pp) => (1.0 + pp / 100.0) / (1.0 + cpi).max(1e-9) - 1.0,
                    None => general_cost,
                };
                let unit_cost = premium.map(|extra| grow(real_cost + extra));
                let mut pressure = [0.0; LINE_COUNT];
                for i in 0..LINE_COUNT {
                    pressure[i] = unit_cost[i] * grow(need_growth[i]);
                }
                YearRates {
                    grant: grow(grant),
                    // Cash rise deflated by CPI, times growth in the tax base: a real rate.
                    council_tax: grow(
                        (1.0 + tax) / (1.0 + cpi).max(1e-9) * (1.0 + a.tax_base_growth / 100.0)
                            - 1.0,
                    ),
                    fees: grow(p.fees_growth),
                    unit_cost,
                    pressure,
                    planned: at(&sched.planned_savings, y, 0.0).max(0.0) / 100.0 * b,
                }
            });
        }
        let fees_weight: f64 = REACH.iter().map(|r| r.fees).sum();
        let behaviour_x = (p.behaviour / BEHAVIOUR_HALF_SHARE).powi(2);
        let investment_x = p.transformation / 0.01;
        let fixed = Fixed {
            running: p.running_cost(b),
            target_structural: target_structural.iter().sum(),
            prevention_input: p.prevention_input(&ctx),
            behaviour: BEHAVIOUR_MAX_EFFECT * behaviour_x / (1.0 + behaviour_x),
            spread: a.adoption_rate
                * (0.1 + 0.9 * p.pace)
                * (0.5 + p.risk)
                * (1.0 + 0.5 * investment_x / (1.0 + investment_x)),
            trust_base: 0.45 + 0.3 * p.engagement + 0.05 * p.relationship / 0.01
                - DIGITAL_EXCLUSION * p.digital * p.digital,
            cuts_on_expectation: a.cuts_on_expectation * (1.0 - 0.7 * p.engagement) / b,
            co_reach: REACH.map(|r| p.co_production * r.co_production),
            handed: REACH.map(|r| p.community_delivery * r.community_delivery),
            priced_out: REACH.map(|r| FEES_DETERRENCE * r.fees / fees_weight),
            escalation: REACH.map(|r| a.crisis_escalation / 100.0 * r.escalation),
            inv_budget: 1.0 / b,
            inv_restructuring_delay: 1.0 / a.restructuring_delay.max(0.01),
            inv_crisis_resolution: 1.0 / a.crisis_resolution.max(0.01),
            inv_expectation_delay: 1.0 / a.expectation_delay.max(0.01),
            inv_prevention_delay: 1.0 / a.prevention_delay.max(0.01),
            inv_adoption_ceiling: 1.0 / p.adoption_ceiling(),
            inv_capacity_ceiling: 1.0 / (CAPACITY_CEILING_SHARE * b),
        };
        Model {
            fixed,
            years,
            need_rate: need_growth.map(|g| (1.0 + g).max(1e-9).ln()),
            decay: a.capacity_decay / 100.0,
            co_saving: a.coproduction_saving / 100.0,
            prevention_return: a.prevention_return,
            ceiling_share: a.new_deal_ceiling / 100.0,
            max_cuts: a.max_in_year_cuts / 100.0,
            delivery: (a.savings_delivery / 100.0).clamp(0.0, 1.0),
            floors: [a.adults_floor, a.children_floor, a.other_floor]
                .map(|f| (f / 100.0).clamp(0.0, 1.0)),
            minimum: a.prudent_minimum.max(0.0),
            reserves_ceiling: a.reserves_ceiling.max(0.0),
            capacity_building: a.capacity_building,
            trust_on_expectation: a.trust_on_expectation,
            trust_sensitivity: a.trust_sensitivity,
            opening_reserves: a.opening_reserves.max(0.0),
            base_year: a.base_year,
            horizon,
            mtfs_years: sched.years().min(horizon),
            p,
            ctx,
            start,
            dt,
        }
    }

    pub fn opening_state(&self) -> State {
        State {
            month: 0,
            need: self.start.need,
            crisis: self.start.crisis,
            unmet: self.start.unmet,
            savings: [0.0; LINE_COUNT],
            unit_cost: [1.0; LINE_COUNT],
            pressure: self.ctx.line_budget,
            expectation: self.ctx.opening_expectation,
            capacity: self.start.capacity,
            trust: self.start.trust,
            adoption: self.ctx.opening_adoption,
            prevention: self.start.prevention,
            structural: self.start.structural,
            redesigned: self.start.redesigned,
            reserves: self.opening_reserves,
            grant: self.start.grant,
            council_tax: self.start.council_tax,
            fees: self.start.fees,
            section_114: false,
        }
    }

    pub fn budget(&self) -> f64 {
        self.ctx.budget
    }

    fn rates(&self, month: u32) -> &YearRates {
        let y = (month as usize / STEPS_PER_YEAR).min(self.years.len() - 1);
        &self.years[y]
    }

    /// Grant, council tax and fees after `months` months of this model's growth, from 1.
    fn growth(&self, months: u32) -> [f64; 3] {
        let mut g = [1.0; 3];
        for m in 0..months {
            let r = self.rates(m);
            g[0] *= r.grant;
            g[1] *= r.council_tax;
            g[2] *= r.fees;
        }
        g
    }

    /// `s` (reached `months` into a run of `other`) as this model's levers would have had it:
    /// grant, council tax and fees follow this model's growth rates. Used to measure what a
    /// growth-rate lever is doing at a moment in time.
    pub fn restate(&self, other: &Model, s: &State, months: u32) -> State {
        let mine = self.growth(months);
        let theirs = other.growth(months);
        State {
            grant: s.grant * mine[0] / theirs[0],
            council_tax: s.council_tax * mine[1] / theirs[1],
            fees: s.fees * mine[2] / theirs[2],
            ..*s
        }
    }

    /// Evaluate every equation at state `s`. `pins` replaces flow values as they are worked
    /// out, so one link's direct effect can be measured with everything else held.
    pub fn evaluate(&self, s: &State, pins: Option<&Pins>) -> Step {
        let pin = |node: Node, v: f64| match pins {
            Some(p) if !p[node as usize].is_nan() => p[node as usize],
            _ => v,
        };
        let (p, ctx, b, dt) = (&self.p, &self.ctx, self.ctx.budget, self.dt);
        let rates = self.rates(s.month);
        let e0 = ctx.opening_expectation;

        // Demand that arrives, line by line, and what co-production meets of it.
        let capacity_factor = s.capacity / (s.capacity + ctx.capacity_half);
        let f = &self.fixed;
        let reach = s.adoption * (0.4 + 0.8 * s.trust) * capacity_factor;
        let mut base = [0.0; LINE_COUNT];
        let mut arriving = [0.0; LINE_COUNT];
        let mut co = [0.0; LINE_COUNT];
        for i in 0..LINE_COUNT {
            let total = s.need[i] + s.crisis[i];
            base[i] = total * e0;
            arriving[i] = total * (e0 + REACH[i].expectation * (s.expectation - e0)).max(0.0);
            co[i] = (reach * f.co_reach[i]).min(CO_PRODUCTION_CEILING) * arriving[i];
        }
        let co_raw: f64 = co.iter().sum();
        // Co-production can never exceed the community capacity behind it.
        let co_produced = pin(Node::CoProduced, co_raw.min(s.capacity));
        if co_raw > 0.0 {
            let k = co_produced / co_raw;
            co.iter_mut().for_each(|q| *q *= k);
        } else if co_produced > 0.0 {
            let total: f64 = arriving.iter().sum();
            for i in 0..LINE_COUNT {
                co[i] = co_produced * arriving[i] / total.max(1e-12);
            }
        }
        // Prevention beyond today's avoids demand (a level: it plateaus with the money).
        let avoided = self.prevention_return
            * (s.prevention * (0.5 + 0.5 * s.adoption) - ctx.prevention_today);
        let prevention_weight: f64 = (0..LINE_COUNT)
            .map(|i| REACH[i].prevention * arriving[i])
            .sum();
        let per_weight = if prevention_weight > 0.0 {
            avoided / prevention_weight
        } else {
            0.0
        };

        // The cost of each line's demand, the new deal's reductions capped at the ceiling.
        let savings_now = s.structural - self.start.structural;
        let mut service = [0.0; LINE_COUNT];
        let mut volume = [0.0; LINE_COUNT];
        let mut shortfall = [0.0; LINE_COUNT];
        for i in 0..LINE_COUNT {
            let r = &REACH[i];
            let prevented = per_weight * r.prevention * arriving[i];
            // Measured against need at the opening expectation: what is handed over is services.
            let handed = f.handed[i] * base[i];
            shortfall[i] = (1.0 - capacity_factor) * COMMUNITY_DELIVERY_SHORTFALL * handed;
            let lowered =
                (base[i] - arriving[i]).max(0.0) + prevented.max(0.0) + self.co_saving * co[i];
            let raised = (arriving[i] - base[i]).max(0.0) - prevented.min(0.0);
            let cap = self.ceiling_share * base[i];
            let lowered = if lowered > cap { cap } else { lowered };
            // Community-run services are a cheaper way to deliver, not less demand: outside the cap.
            let cheaper = COMMUNITY_DELIVERY_SAVING * capacity_factor * handed;
            volume[i] = (base[i] + raised - lowered - cheaper).max(0.0);
            service[i] = (s.unit_cost[i] * volume[i]
                - savings_now * self.start.structural_split[i])
                .max(0.0);
        }

        // What the levers cost: running costs, and one-off costs while change is under way.
        let restructuring =
            (f.target_structural - s.structural).max(0.0) * f.inv_restructuring_delay;
        let d_redesigned = (p.co_production - s.redesigned) * f.inv_restructuring_delay;
        let programmes = f.running
            + RESTRUCTURING_COST * restructuring
            + REDESIGN_COST * d_redesigned.max(0.0) * ctx.redesign_base;
        let demand = pin(Node::Demand, service.iter().sum::<f64>() + programmes);

        // Resources, the jaws, and the savings already in place.
        let resources = pin(Node::Resources, s.grant + s.council_tax + s.fees);
        let gap = pin(Node::Gap, demand - resources);
        // Savings in place: planned service cuts and past savings, each line down to its floor
        // (what must be provided, measured against the line's budget pressure).
        let mut cut_money = [0.0; LINE_COUNT];
        let mut headroom = [0.0; LINE_COUNT];
        let mut savings_value = 0.0;
        for i in 0..LINE_COUNT {
            let most = (1.0 - self.floors[i]) * s.pressure[i];
            let planned = self.delivery * p.reductions * s.pressure[i];
            cut_money[i] = (s.savings[i] + planned).min(most).min(service[i]).max(0.0);
            savings_value += cut_money[i];
            // Never more than the line still spends: a line whose demand the levers have
            // lowered below its budget pressure has less to cut than its floor allows.
            headroom[i] = (most - s.savings[i] - planned)
                .min(service[i] - cut_money[i])
                .max(0.0);
        }
        let headroom_total: f64 = headroom.iter().sum();
        // Savings are shared the way budgets set them: each line the same share of its budget,
        // tapering as a line nears its floor (the last twentieth of its pressure).
        let mut weight = [0.0; LINE_COUNT];
        for i in 0..LINE_COUNT {
            weight[i] = s.pressure[i].min(headroom[i] * SAVINGS_TAPER);
        }
        let weight_total: f64 = weight.iter().sum();
        let before_cuts = demand - savings_value;
        let budget_gap = gap - savings_value;

        // Closing the budget gap: reserves, in-year cuts, the rest of reserves; beyond that
        // the budget cannot be balanced.
        let mut reserves = s.reserves;
        let (mut drawn, mut cuts, mut unfunded, mut released) = (0.0, 0.0, 0.0, 0.0);
        let mut section_114 = s.section_114;
        if budget_gap > 0.0 {
            let room = (reserves - self.minimum).max(0.0);
            drawn = (p.reserves_use * budget_gap).min(room * STEPS);
            let most = (self.max_cuts * before_cuts.max(0.0)).min(headroom_total);
            cuts = pin(Node::Cuts, (budget_gap - drawn).min(most));
            let mut rest = budget_gap - drawn - cuts;
            // Cuts at their limit: reserves above the minimum cover the rest, whatever the policy.
            let extra = rest.min((room * STEPS - drawn).max(0.0)).max(0.0);
            drawn += extra;
            rest -= extra;
            reserves = if drawn * dt >= room {
                reserves.min(self.minimum)
            } else {
                reserves - drawn * dt
            };
            if rest > 1e-9 * b {
                section_114 = true;
                let below = rest.min(reserves * STEPS);
                drawn += below;
                reserves = (reserves - below * dt).max(0.0);
                unfunded = rest - below;
            }
        } else {
            cuts = pin(Node::Cuts, cuts);
            // A surplus tops reserves up to the ceiling; the rest is released.
            let room = (self.reserves_ceiling - reserves).max(0.0);
            let kept = (-budget_gap * dt).min(room);
            released = -budget_gap - kept * STEPS;
            reserves += kept;
        }

        // Savings made in the year become savings that recur (as far as they are delivered),
        // with any the schedule plans, taken from the lines with room to cut.
        let pressure_total = s.pressure.iter().sum::<f64>().max(1e-12);
        // At most the year's deliverable savings, as a share of the budget pressure.
        let recurring = (self.delivery * (cuts.max(0.0) / SAVINGS_LEAD_TIME + rates.planned))
            .min(self.max_cuts * pressure_total);
        let mut lines = [LineFlow::default(); LINE_COUNT];
        let mut funded = [0.0; LINE_COUNT];
        let mut d_savings = [0.0; LINE_COUNT];
        let mut newly = [0.0; LINE_COUNT];
        let priced_out = (s.fees - self.start.fees).max(0.0);
        let per_room = if weight_total > 0.0 {
            1.0 / weight_total
        } else {
            0.0
        };
        let per_pressure = 1.0 / pressure_total;
        // In-year cuts by the same weights, but none beyond a line's headroom: what one line
        // cannot take goes to the others, so the lines' spending adds up to the council's.
        let line_cuts_all = share_capped(cuts.max(0.0), &weight, &headroom);
        for i in 0..LINE_COUNT {
            let share_of_room = weight[i] * per_room;
            d_savings[i] = recurring * share_of_room;
            let line_cuts = line_cuts_all[i];
            let line_unfunded = unfunded * s.pressure[i] * per_pressure;
            let per_unit = 1.0 / s.unit_cost[i].max(1e-12);
            funded[i] = (service[i] - cut_money[i] - line_cuts).max(0.0);
            lines[i] = LineFlow {
                demand: service[i],
                spending: funded[i],
                savings: cut_money[i],
            };
            newly[i] = ((cut_money[i] + line_cuts + line_unfunded) * per_unit)
                * (1.0 - COMMUNITY_CATCH * capacity_factor)
                + shortfall[i]
                + priced_out * f.priced_out[i] * per_unit;
        }
        let spending = before_cuts - cuts - unfunded;
        // For the lines' own figures, the shortfall falls on each in proportion to what it
        // spends (the need it leaves unmet was shared by budget pressure above).
        let funded_total: f64 = funded.iter().sum();
        if unfunded > 0.0 && funded_total > 0.0 {
            for (l, f) in lines.iter_mut().zip(funded) {
                l.spending = (f - unfunded * f / funded_total).max(0.0);
            }
        }

        // Need, crisis and unmet need, by line.
        let mut d_need = [0.0; LINE_COUNT];
        let mut d_crisis = [0.0; LINE_COUNT];
        let mut d_unmet = [0.0; LINE_COUNT];
        for i in 0..LINE_COUNT {
            d_need[i] = s.need[i] * self.need_rate[i];
            d_crisis[i] = f.escalation[i] * s.unmet[i] - s.crisis[i] * f.inv_crisis_resolution;
            d_unmet[i] = (newly[i] - s.unmet[i]) / UNMET_NEED_DELAY;
        }
        let unmet_total: f64 = s.unmet.iter().sum();

        let expectation_target = (e0
            * (1.0 - f.behaviour * (0.1 + 0.9 * s.adoption))
            * (1.0 + self.trust_on_expectation * (self.start.trust - s.trust))
            * (1.0 + f.cuts_on_expectation * cuts))
            .clamp(EXPECTATION_FLOOR, 1.0);
        let d_expectation = (expectation_target - s.expectation) * f.inv_expectation_delay;

        let d_capacity = self.start.sustaining
            + self.capacity_building * p.relationship * b * (1.0 - s.capacity * f.inv_capacity_ceiling)
            + CAPACITY_LEARNING * co_produced
            - self.decay * s.capacity
            // The share lost in a step, x / (1 + x): the plain rate while cuts are small, and
            // however deep they are, never more than all of it.
            - {
                let x = CAPACITY_WITHDRAWAL * cuts * f.inv_budget * dt;
                s.capacity * x / (1.0 + x) * STEPS
            };

        let trust_target = (f.trust_base
            + (co_produced - self.trust_sensitivity * (unmet_total + cuts)) * f.inv_budget)
            .clamp(TRUST_FLOOR, TRUST_CEILING);
        let d_trust = (trust_target - s.trust) / TRUST_DELAY;

        let churn = RESTRUCTURING_CHURN * restructuring * f.inv_budget;
        let d_adoption = f.spread * s.adoption * (1.0 - s.adoption * f.inv_adoption_ceiling)
            - churn * s.adoption;

        let d_prevention = (f.prevention_input - s.prevention) * f.inv_prevention_delay;
        let d_structural = (f.target_structural - s.structural) * f.inv_restructuring_delay;

        let need_total: f64 = (0..LINE_COUNT).map(|i| s.need[i] + s.crisis[i]).sum();
        let values = [
            need_total,
            s.expectation,
            s.capacity,
            s.trust,
            s.adoption,
            unmet_total,
            s.prevention,
            savings_now,
            savings_value,
            s.reserves,
            co_produced,
            cuts,
            demand,
            resources,
            gap,
        ];
        let rates_out = [
            d_need.iter().sum::<f64>() + d_crisis.iter().sum::<f64>(),
            d_expectation,
            d_capacity,
            d_trust,
            d_adoption,
            d_unmet.iter().sum(),
            d_prevention,
            d_structural,
            d_savings.iter().sum(),
            (reserves - s.reserves) * STEPS,
            co_produced,
            cuts,
            demand,
            resources,
            gap,
        ];
        Step {
            values,
            rates: rates_out,
            drawn,
            unfunded,
            released,
            savings_value,
            spending,
            programmes,
            reserves_after: reserves,
            section_114,
            lines,
            d_need,
            d_crisis,
            d_unmet,
            d_savings,
            d_redesigned,
        }
    }

    /// The state a month later. Clamps keep shares in 0..1 and stocks at or above 0.
    pub fn advance(&self, s: &State, step: &Step) -> State {
        let mut next = *s;
        self.advance_in_place(&mut next, step);
        next
    }

    /// `advance`, moving `s` itself on a month.
    fn advance_in_place(&self, state: &mut State, step: &Step) {
        let s = *state;
        let s = &s;
        let dt = self.dt;
        let r = &step.rates;
        let year = self.rates(s.month);
        let next = state;
        *next = State {
            month: s.month + 1,
            expectation: (s.expectation + r[Node::Expectation as usize] * dt)
                .clamp(EXPECTATION_FLOOR, 1.0),
            capacity: (s.capacity + r[Node::CommunityCapacity as usize] * dt)
                .clamp(0.0, self.ctx.capacity_ceiling),
            trust: (s.trust + r[Node::Trust as usize] * dt).clamp(0.0, 1.0),
            adoption: (s.adoption + r[Node::Adoption as usize] * dt).clamp(0.0, 1.0),
            prevention: (s.prevention + r[Node::Prevention as usize] * dt).max(0.0),
            structural: s.structural + r[Node::StructuralSavings as usize] * dt,
            redesigned: (s.redesigned + step.d_redesigned * dt).clamp(0.0, 1.0),
            reserves: step.reserves_after,
            grant: s.grant * year.grant,
            council_tax: s.council_tax * year.council_tax,
            fees: s.fees * year.fees,
            section_114: step.section_114,
            ..*s
        };
        for i in 0..LINE_COUNT {
            next.need[i] = (s.need[i] + step.d_need[i] * dt).max(0.0);
            next.crisis[i] = (s.crisis[i] + step.d_crisis[i] * dt).max(0.0);
            next.unmet[i] = (s.unmet[i] + step.d_unmet[i] * dt).max(0.0);
            next.savings[i] = (s.savings[i] + step.d_savings[i] * dt).max(0.0);
            next.unit_cost[i] = s.unit_cost[i] * year.unit_cost[i];
            next.pressure[i] = s.pressure[i] * year.pressure[i];
        }
    }

    /// Run over the horizon, calling `at_year_start` with each year's opening state.
    pub fn run(&self, mut at_year_start: impl FnMut(usize, &State)) -> Projection {
        RUNS.with(|n| n.set(n.get() + 1));
        let dt = self.dt;
        let mut s = self.opening_state();
        let mut rows = Vec::with_capacity(self.horizon);
        for year in 0..self.horizon {
            at_year_start(year, &s);
            let mut row = YearRow {
                year: self.base_year + year as i32,
                ..YearRow::default()
            };
            let mut lines = [LineYear::default(); LINE_COUNT];
            for _ in 0..STEPS_PER_YEAR {
                let step = self.evaluate(&s, None);
                let v = &step.values;
                row.demand += v[Node::Demand as usize] * dt;
                row.resources += v[Node::Resources as usize] * dt;
                row.gap += v[Node::Gap as usize] * dt;
                row.spending += step.spending * dt;
                row.savings += step.savings_value * dt;
                row.programmes += step.programmes * dt;
                row.reserves_drawn += step.drawn * dt;
                row.cuts += v[Node::Cuts as usize] * dt;
                row.unfunded += step.unfunded * dt;
                row.released += step.released * dt;
                row.grant += s.grant * dt;
                row.council_tax += s.council_tax * dt;
                row.fees += s.fees * dt;
                row.structural_savings += v[Node::StructuralSavings as usize] * dt;
                row.co_produced += v[Node::CoProduced as usize] * dt;
                for (l, f) in lines.iter_mut().zip(&step.lines) {
                    l.demand += f.demand * dt;
                    l.spending += f.spending * dt;
                    l.savings += f.savings * dt;
                }
                for (l, p) in lines.iter_mut().zip(&s.pressure) {
                    l.pressures += p * dt;
                }
                self.advance_in_place(&mut s, &step);
            }
            row.pressures = lines.iter().map(|l| l.pressures).sum();
            for (i, l) in lines.iter_mut().enumerate() {
                l.share = if row.spending > 0.0 {
                    (l.spending / row.spending).clamp(0.0, 1.0)
                } else {
                    0.0
                };
                l.need = s.need[i] + s.crisis[i];
                l.unmet_need = s.unmet[i];
            }
            row.lines = Lines(lines);
            row.section_114 = s.section_114;
            row.reserves = s.reserves;
            row.need = s.stock(Node::Need).unwrap_or_default();
            row.expectation = s.expectation;
            row.community_capacity = s.capacity;
            row.trust = s.trust;
            row.adoption = s.adoption;
            row.unmet_need = s.stock(Node::UnmetNeed).unwrap_or_default();
            row.prevention = s.prevention;
            rows.push(row);
        }
        Projection {
            rows,
            prudent_minimum: self.minimum,
            mtfs_years: self.mtfs_years,
        }
    }
}

thread_local! {
    static RUNS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// How many projections this thread has run. Lets the app's tests check that a frame with
/// nothing new to show runs the model not at all (views read results, never compute them).
pub fn runs_on_this_thread() -> u64 {
    RUNS.with(std::cell::Cell::get)
}

/// Run the model. Pure and deterministic; assumes validated inputs but stays finite on any.
pub fn simulate(a: &Assumptions, levers: &LeverValues) -> Projection {
    Model::new(a, levers).run(|_, _| {})
}

/// The model's lever defaults, for callers with no workshop at hand.
pub fn simulate_defaults(a: &Assumptions) -> Projection {
    simulate(a, &LeverValues::model_defaults())
}

/// `total` shared among the lines in proportion to `weight`, none given more than its `cap`:
/// what is over a line's cap goes to the others in proportion to their weights (then to
/// their room, should weights run out). `total` at most the caps' sum is shared whole.
fn share_capped(
    total: f64,
    weight: &[f64; LINE_COUNT],
    cap: &[f64; LINE_COUNT],
) -> [f64; LINE_COUNT] {
    let mut out = [0.0; LINE_COUNT];
    let mut open = [true; LINE_COUNT];
    let mut left = total;
    // Each round either shares the rest or closes at least one line at its cap.
    for _ in 0..=LINE_COUNT {
        if left <= 0.0 {
            break;
        }
        let mut by: [f64; LINE_COUNT] =
            std::array::from_fn(|i| if open[i] { weight[i] } else { 0.0 });
        if by.iter().sum::<f64>() <= 0.0 {
            by = std::array::from_fn(|i| {
                if open[i] {
                    (cap[i] - out[i]).max(0.0)
                } else {
                    0.0
                }
            });
        }
        let sum: f64 = by.iter().sum();
        if sum <= 0.0 {
            break;
        }
        let over: Vec<usize> = (0..LINE_COUNT)
            .filter(|&i| open[i] && out[i] + left * by[i] / sum > cap[i])
            .collect();
        if over.is_empty() {
            for i in 0..LINE_COUNT {
                out[i] += left * by[i] / sum;
            }
            left = 0.0;
        } else {
            for i in over {
                left -= (cap[i] - out[i]).max(0.0);
                out[i] = out[i].max(cap[i]);
                open[i] = false;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_are_shared_by_weight_and_none_beyond_a_line_s_room() {
        // In proportion when nothing is over.
        let out = share_capped(6.0, &[1.0, 2.0, 3.0], &[10.0, 10.0, 10.0]);
        assert!((out[0] - 1.0).abs() < 1e-12 && (out[2] - 3.0).abs() < 1e-12);
        // The first line has room for 0.5: the rest goes to the others by weight.
        let out = share_capped(6.0, &[3.0, 1.0, 2.0], &[0.5, 10.0, 10.0]);
        assert_eq!(out[0], 0.5);
        assert!((out.iter().sum::<f64>() - 6.0).abs() < 1e-12);
        assert!((out[2] / out[1] - 2.0).abs() < 1e-12);
        // Everything the caps hold, and no more than each.
        let caps = [1.0, 2.0, 3.0];
        let out = share_capped(6.0, &[5.0, 0.1, 0.1], &caps);
        assert!(out.iter().zip(&caps).all(|(o, c)| o <= c));
        assert!((out.iter().sum::<f64>() - 6.0).abs() < 1e-9);
        assert_eq!(share_capped(0.0, &[1.0; 3], &[1.0; 3]), [0.0; 3]);
    }

    #[test]
    fn crisis_need_resolves_when_nothing_new_goes_unmet() {
        let a = Assumptions::default();
        let mut v = LeverValues::model_defaults();
        v.set(L::CommunityDelivery, 0.0);
        let m = Model::new(&a, &v);
        let mut s = m.opening_state();
        s.crisis = [50.0; LINE_COUNT];
        s.unmet = [0.0; LINE_COUNT];
        for _ in 0..36 {
            let step = m.evaluate(&s, None);
            s = m.advance(&s, &step);
        }
        // Three years at a two-year resolution time: about e^-1.5 = 22% is left, plus the
        // little that the few cuts of today's practice add.
        for c in s.crisis {
            assert!(c < 0.3 * 50.0, "{c}");
        }
    }
}
