//! The simulation: assumptions and lever values in, one row a year out.
//!
//! Stocks are integrated monthly (forward Euler, dt = 1/12 year) so that delays act smoothly;
//! rows report flows as totals over the year and stocks as they stand at its end. Every
//! equation is written out in docs/model.md, with the reasoning behind each coefficient.

use serde::Serialize;

use super::assumptions::Assumptions;
use super::levers::{LeverKey as L, LeverValues};

/// Steps a year. Monthly keeps the shortest delay (a quarter) stable under Euler.
pub const STEPS_PER_YEAR: usize = 12;

// Fixed coefficients: judgements documented in docs/model.md ("Fixed coefficients").
/// Share of the budget at which co-production reaches half its potential for want of capacity.
const CAPACITY_HALF_SHARE: f64 = 0.05;
/// Most of arriving demand that co-production can ever meet.
const CO_PRODUCTION_CEILING: f64 = 0.9;
/// Community capacity built per £ co-produced each year (learning by doing).
const CAPACITY_LEARNING: f64 = 0.1;
/// Ceiling on community capacity, as a share of the base budget.
const CAPACITY_CEILING_SHARE: f64 = 0.4;
/// Share of community capacity knocked back each year per unit of cuts as a share of budget.
const CAPACITY_WITHDRAWAL: f64 = 2.0;
/// Unit-cost saving on services run by communities (with full capacity behind them).
const COMMUNITY_DELIVERY_SAVING: f64 = 0.2;
/// Share of community-run services that fail people where capacity is missing.
const COMMUNITY_DELIVERY_SHORTFALL: f64 = 0.5;
/// Share of newly unmet need that strong communities can catch.
const COMMUNITY_CATCH: f64 = 0.3;
/// Savings from structural change at full reach, as shares of the base budget.
const INTEGRATION_SAVING: f64 = 0.03;
const SHARED_SERVICES_SAVING: f64 = 0.02;
const DIGITAL_SAVING: f64 = 0.03;
/// One-off cost of restructuring per £1 a year of saving.
const RESTRUCTURING_COST: f64 = 1.0;
/// Adoption lost each year per unit of restructuring still under way (as a share of budget).
const RESTRUCTURING_CHURN: f64 = 8.0;
/// Prevention value of pooling the whole care budget, as a share of the base budget.
const INTEGRATION_PREVENTION: f64 = 0.008;
/// Fastest that prevention can shrink need, a year.
const PREVENTION_RATE_CAP: f64 = 0.08;
/// Fastest spread of the new way of working (logistic rate at full pace, appetite, investment).
const ADOPTION_RATE: f64 = 0.7;
/// Time for unmet need to build up to, or fall back from, the rate at which it arises.
const UNMET_NEED_DELAY: f64 = 1.0;
/// Time for trust to move most of the way to where events are pushing it.
const TRUST_DELAY: f64 = 2.0;
/// Share of charges above today's level that stands for need priced out of services.
const FEES_DETERRENCE: f64 = 0.5;
/// Cost of public engagement at full effort, as a share of the base budget.
const ENGAGEMENT_COST_SHARE: f64 = 0.008;
/// Behaviour-change spending (as a share of budget) that achieves half the possible effect.
const BEHAVIOUR_HALF_SHARE: f64 = 0.003;
/// Most that behaviour change can lower expectation by, as a share of it.
const BEHAVIOUR_MAX_EFFECT: f64 = 0.2;
const EXPECTATION_FLOOR: f64 = 0.15;
const TRUST_FLOOR: f64 = 0.02;
const TRUST_CEILING: f64 = 0.98;

/// One year of a projection. Money in £m at constant base-year prices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct YearRow {
    pub year: i32,
    /// Cost of meeting the demand that arrives, plus the cost of running the levers.
    pub demand: f64,
    pub resources: f64,
    /// Demand minus resources; negative is a surplus.
    pub gap: f64,
    /// Usable reserves at the end of the year.
    pub reserves: f64,
    /// Drawn from reserves this year (before any surplus was added back).
    pub reserves_drawn: f64,
    /// Services withheld this year to close the gap.
    pub cuts: f64,
    /// Gap no means could close: reserves exhausted and cuts at their limit.
    pub unfunded: f64,
    /// Surplus beyond the reserves ceiling, released to spend or return to residents.
    pub released: f64,
    pub grant: f64,
    pub council_tax: f64,
    pub fees: f64,
    /// Savings from structural change compared with the base year (negative: extra cost).
    pub structural_savings: f64,
    /// Need met through co-production this year.
    pub co_produced: f64,
    /// Underlying need, £m a year at base-year cost.
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
}

/// A run of the model: one row a year over the horizon, plus the figures a room asks for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Projection {
    pub rows: Vec<YearRow>,
    pub prudent_minimum: f64,
}

/// The figures a room watches: they change as a slider moves.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Headlines {
    pub final_year: i32,
    pub final_gap: f64,
    /// Sum of the gap over the horizon (surpluses count against it).
    pub cumulative_gap: f64,
    /// First year that ends with reserves below the prudent minimum: the year the budget can
    /// no longer be balanced (a section 114 notice in England).
    pub reserves_below_minimum: Option<i32>,
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
            "reserves" => self.reserves,
            "co_produced" => self.co_produced,
            "cuts" => self.cuts,
            "demand" => self.demand,
            "resources" => self.resources,
            "gap" => self.gap,
            _ => return None,
        })
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
    tax_growth: f64,
    reserves_use: f64,
    transformation: f64,
    fees_growth: f64,
    reductions: f64,
}

impl Policy {
    fn new(v: &LeverValues, a: &Assumptions) -> Self {
        let pct = |k: L| v.get(k) / 100.0;
        let cpi = a.general_inflation / 100.0;
        Policy {
            relationship: v.get(L::RelationshipBuilding),
            co_production: pct(L::CoProduction),
            behaviour: v.get(L::BehaviourChange),
            risk: pct(L::RiskAppetite),
            integration: pct(L::HealthIntegration),
            shared: pct(L::SharedServices),
            community_delivery: pct(L::CommunityDelivery),
            digital: pct(L::DigitalShift),
            grant_growth: pct(L::GrantChange),
            commitment: pct(L::PoliticalCommitment),
            engagement: pct(L::PublicEngagement),
            pace: pct(L::ScaleUpPace),
            // Cash rise deflated by CPI, times growth in the tax base: a real-terms rate.
            tax_growth: (1.0 + pct(L::CouncilTaxRise)) / (1.0 + cpi)
                * (1.0 + a.tax_base_growth / 100.0)
                - 1.0,
            reserves_use: pct(L::ReservesUse),
            transformation: v.get(L::TransformationInvestment),
            fees_growth: pct(L::FeesIncome),
            reductions: pct(L::ServiceReductions),
        }
    }

    /// Share of arriving demand co-production could meet, before capacity limits it.
    fn co_production_reach(&self, adoption: f64, trust: f64) -> f64 {
        self.co_production * adoption * (0.4 + 0.8 * trust)
    }

    /// Prevention investment a year, £m, that the stock of prevention is moving towards.
    fn prevention_input(&self, budget: f64) -> f64 {
        self.transformation + INTEGRATION_PREVENTION * budget * self.integration
    }

    /// Annual savings all structural levers would deliver once complete, £m.
    fn structural_potential(&self, budget: f64) -> f64 {
        budget
            * (INTEGRATION_SAVING * self.integration
                + SHARED_SERVICES_SAVING * self.shared
                + DIGITAL_SAVING * (self.digital - 0.1))
    }

    /// Spending on the levers themselves, £m a year (restructuring costs are added apart).
    fn running_cost(&self, budget: f64) -> f64 {
        self.relationship
            + self.behaviour
            + self.transformation
            + ENGAGEMENT_COST_SHARE * budget * self.engagement
    }

    fn adoption_ceiling(&self) -> f64 {
        0.1 + 0.85 * self.commitment
    }
}

/// Things the equations need at every step that depend only on the assumptions.
struct Context {
    budget: f64,
    capacity_half: f64,
    capacity_ceiling: f64,
    opening_expectation: f64,
    /// Prevention × its adoption multiplier at the calibration point (today's practice).
    prevention_today: f64,
    opening_adoption: f64,
    /// Public engagement under today's practice, which today's expectation already reflects.
    engagement_today: f64,
}

/// Where the model starts: today's practice (the model's lever defaults) in steady state,
/// scaled so that base-year demand equals the base budget.
struct Opening {
    grant: f64,
    council_tax: f64,
    need: f64,
    capacity: f64,
    sustaining: f64,
    trust: f64,
    unmet: f64,
    prevention: f64,
    structural: f64,
}

fn trust_target(p: &Policy, ctx: &Context, co_produced: f64, unmet: f64, cuts: f64) -> f64 {
    let b = ctx.budget;
    (0.45 + 0.3 * p.engagement + 1.0 * co_produced / b + 0.05 * p.relationship / (0.01 * b)
        - 1.0 * unmet / b
        - 1.0 * cuts / b
        - 0.15 * p.digital * p.digital)
        .clamp(TRUST_FLOOR, TRUST_CEILING)
}

fn community_delivery_effect(p: &Policy, ctx: &Context, capacity: f64) -> f64 {
    p.community_delivery * capacity / (capacity + ctx.capacity_half)
}

fn opening(a: &Assumptions, ctx: &Context) -> Opening {
    let today = Policy::new(&LeverValues::model_defaults(), a);
    let b = ctx.budget;
    let e0 = ctx.opening_expectation;
    let a0 = ctx.opening_adoption;
    let running = today.running_cost(b);
    let decay = a.capacity_decay / 100.0;
    let capacity = a.opening_capacity / 100.0 * b;
    let mut trust = 0.5;
    let mut need = b;
    let mut unmet = 0.0;
    let mut co_produced = 0.0;
    // A few fixed-point passes settle capacity, trust, need and unmet need together.
    for _ in 0..8 {
        let reach =
            today.co_production_reach(a0, trust) * capacity / (capacity + ctx.capacity_half);
        let cd = community_delivery_effect(&today, ctx, capacity);
        let per_need = e0
            * (1.0 - a.coproduction_saving / 100.0 * reach)
            * (1.0 - COMMUNITY_DELIVERY_SAVING * cd);
        need = (b - running).max(0.1 * b) / per_need;
        co_produced = (reach * need * e0).min(capacity);
        unmet = (today.community_delivery - cd) * need * e0 * COMMUNITY_DELIVERY_SHORTFALL;
        trust = trust_target(&today, ctx, co_produced, unmet, 0.0);
    }
    // What keeps today's community activity going without the council's help, so that
    // capacity holds steady under today's practice.
    let sustaining = (decay * capacity
        - a.capacity_building * today.relationship * (1.0 - capacity / ctx.capacity_ceiling)
        - CAPACITY_LEARNING * co_produced)
        .max(0.0);
    let grant = b * a.grant_share / 100.0;
    let council_tax = b * (1.0 - (a.grant_share + a.fees_share) / 100.0).max(0.0);
    Opening {
        grant,
        council_tax,
        need,
        capacity,
        sustaining,
        trust,
        unmet,
        prevention: today.prevention_input(b),
        structural: today.structural_potential(b),
    }
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
    Reserves,
    CoProduced,
    Cuts,
    Demand,
    Resources,
    Gap,
}

pub const NODE_COUNT: usize = 14;

/// Replacement values for flow nodes (NaN: not replaced). Used to isolate one link's effect.
pub type Pins = [f64; NODE_COUNT];

/// Everything the monthly step integrates.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct State {
    pub need: f64,
    pub expectation: f64,
    pub capacity: f64,
    pub trust: f64,
    pub adoption: f64,
    pub unmet: f64,
    pub prevention: f64,
    pub structural: f64,
    pub reserves: f64,
    pub grant: f64,
    pub council_tax: f64,
    pub fees: f64,
    pub unit_cost: f64,
}

impl State {
    /// A stock node's level, for perturbing it.
    pub fn stock_mut(&mut self, node: Node) -> Option<&mut f64> {
        Some(match node {
            Node::Need => &mut self.need,
            Node::Expectation => &mut self.expectation,
            Node::CommunityCapacity => &mut self.capacity,
            Node::Trust => &mut self.trust,
            Node::Adoption => &mut self.adoption,
            Node::UnmetNeed => &mut self.unmet,
            Node::Prevention => &mut self.prevention,
            Node::StructuralSavings => &mut self.structural,
            Node::Reserves => &mut self.reserves,
            _ => return None,
        })
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
    savings: f64,
    reserves_after: f64,
}

/// One run's fixed inputs: the policy, the opening state and the assumptions as rates.
pub struct Model {
    p: Policy,
    ctx: Context,
    start: Opening,
    dt: f64,
    grant_step: f64,
    tax_step: f64,
    fees_step: f64,
    cost_step: f64,
    fees_today: f64,
    e_today: f64,
    decay: f64,
    escalation: f64,
    demographic: f64,
    co_saving: f64,
    prevention_yield: f64,
    max_cuts: f64,
    minimum: f64,
    ceiling: f64,
    capacity_building: f64,
    expectation_delay: f64,
    prevention_delay: f64,
    restructuring_delay: f64,
    opening_reserves: f64,
    base_year: i32,
    horizon: usize,
}

impl Model {
    pub fn new(a: &Assumptions, levers: &LeverValues) -> Model {
        let b = a.base_budget.max(1.0);
        let ctx = Context {
            budget: b,
            capacity_half: CAPACITY_HALF_SHARE * b,
            capacity_ceiling: CAPACITY_CEILING_SHARE * b,
            opening_expectation: (a.opening_expectation / 100.0).clamp(EXPECTATION_FLOOR, 1.0),
            prevention_today: 0.0,
            opening_adoption: (a.opening_adoption / 100.0).clamp(0.001, 0.5),
            engagement_today: LeverValues::model_defaults().get(L::PublicEngagement) / 100.0,
        };
        let start = opening(a, &ctx);
        let ctx = Context {
            prevention_today: start.prevention * (0.5 + 0.5 * ctx.opening_adoption),
            ..ctx
        };
        let p = Policy::new(levers, a);
        let dt = 1.0 / STEPS_PER_YEAR as f64;
        let grow = |rate: f64| (1.0 + rate).max(0.0).powf(dt);
        Model {
            grant_step: grow(p.grant_growth),
            tax_step: grow(p.tax_growth),
            fees_step: grow(p.fees_growth),
            cost_step: grow(a.cost_inflation / 100.0),
            fees_today: b * a.fees_share / 100.0,
            e_today: ctx.opening_expectation,
            decay: a.capacity_decay / 100.0,
            escalation: a.crisis_escalation / 100.0,
            demographic: a.demographic_growth / 100.0,
            co_saving: a.coproduction_saving / 100.0,
            prevention_yield: a.prevention_yield / 100.0,
            max_cuts: a.max_in_year_cuts / 100.0,
            minimum: a.prudent_minimum.max(0.0),
            ceiling: a.reserves_ceiling.max(0.0),
            capacity_building: a.capacity_building,
            expectation_delay: a.expectation_delay,
            prevention_delay: a.prevention_delay,
            restructuring_delay: a.restructuring_delay,
            opening_reserves: a.opening_reserves.max(0.0),
            base_year: a.base_year,
            horizon: a.horizon_years.clamp(1, 100) as usize,
            p,
            ctx,
            start,
            dt,
        }
    }

    pub fn opening_state(&self) -> State {
        State {
            need: self.start.need,
            expectation: self.e_today,
            capacity: self.start.capacity,
            trust: self.start.trust,
            adoption: self.ctx.opening_adoption,
            unmet: self.start.unmet,
            prevention: self.start.prevention,
            structural: self.start.structural,
            reserves: self.opening_reserves,
            grant: self.start.grant,
            council_tax: self.start.council_tax,
            fees: self.fees_today,
            unit_cost: 1.0,
        }
    }

    pub fn budget(&self) -> f64 {
        self.ctx.budget
    }

    /// `s` (reached `months` into a run of `other`) as this model's levers would have had it:
    /// grant, council tax and fees follow this model's growth rates. Used to measure what a
    /// growth-rate lever is doing at a moment in time.
    pub fn restate(&self, other: &Model, s: &State, months: u32) -> State {
        let ratio = |mine: f64, theirs: f64| (mine / theirs).powi(months as i32);
        State {
            grant: s.grant * ratio(self.grant_step, other.grant_step),
            council_tax: s.council_tax * ratio(self.tax_step, other.tax_step),
            fees: s.fees * ratio(self.fees_step, other.fees_step),
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

        // Demand.
        let arriving = s.need * s.expectation;
        let capacity_factor = s.capacity / (s.capacity + ctx.capacity_half);
        let reach = (p.co_production_reach(s.adoption, s.trust) * capacity_factor)
            .min(CO_PRODUCTION_CEILING);
        let co_produced = pin(Node::CoProduced, (reach * arriving).min(s.capacity));
        let cd = community_delivery_effect(p, ctx, s.capacity);
        let service_cost = s.unit_cost
            * (arriving - self.co_saving * co_produced)
            * (1.0 - p.reductions)
            * (1.0 - COMMUNITY_DELIVERY_SAVING * cd);
        let target_structural = p.structural_potential(b);
        let restructuring = (target_structural - s.structural).max(0.0) / self.restructuring_delay;
        let demand = pin(
            Node::Demand,
            service_cost + p.running_cost(b) + RESTRUCTURING_COST * restructuring,
        );

        // Resources and the gap.
        let savings = s.structural - self.start.structural;
        let resources = pin(Node::Resources, s.grant + s.council_tax + s.fees + savings);
        let gap = pin(Node::Gap, demand - resources);
        let mut reserves = s.reserves;
        let (mut drawn, mut cuts, mut unfunded, mut released) = (0.0, 0.0, 0.0, 0.0);
        if gap > 0.0 {
            // Planned use of reserves stops exactly at the prudent minimum (no rounding
            // below it); only an overspend the cuts cannot cover goes further.
            let headroom = (reserves - self.minimum).max(0.0);
            drawn = (p.reserves_use * gap).min(headroom / dt);
            reserves = if drawn * dt >= headroom {
                reserves.min(self.minimum)
            } else {
                reserves - drawn * dt
            };
            cuts = pin(Node::Cuts, (gap - drawn).min(self.max_cuts * demand));
            let rest = (gap - drawn - cuts).max(0.0);
            let overspend = rest.min(reserves / dt);
            unfunded = rest - overspend;
            drawn += overspend;
            reserves = (reserves - overspend * dt).max(0.0);
        } else {
            cuts = pin(Node::Cuts, cuts);
            // A surplus tops reserves up to the ceiling; the rest is released.
            let room = (self.ceiling - reserves).max(0.0);
            let kept = (-gap * dt).min(room);
            released = -gap - kept / dt;
            reserves += kept;
        }

        // Stocks.
        let prevention_effect = self.prevention_yield
            * (s.prevention * (0.5 + 0.5 * s.adoption) - ctx.prevention_today);
        let prevention_rate =
            (prevention_effect / s.need).clamp(-PREVENTION_RATE_CAP, PREVENTION_RATE_CAP);
        let d_need = s.need * (self.demographic - prevention_rate) + self.escalation * s.unmet;

        // Squared: a campaign below a certain scale changes little.
        let behaviour_x = (p.behaviour / (BEHAVIOUR_HALF_SHARE * b)).powi(2);
        let expectation_target = (self.e_today
            * (1.0
                - BEHAVIOUR_MAX_EFFECT * behaviour_x / (1.0 + behaviour_x)
                    * (0.1 + 0.9 * s.adoption))
            * (1.0 + 0.3 * (self.start.trust - s.trust))
            * (1.0 - 0.02 * (p.engagement - ctx.engagement_today))
            * (1.0 + 1.0 * cuts / b * (1.0 - 0.7 * p.engagement)))
            .clamp(EXPECTATION_FLOOR, 1.0);
        let d_expectation = (expectation_target - s.expectation) / self.expectation_delay;

        let d_capacity = self.start.sustaining
            + self.capacity_building * p.relationship * (1.0 - s.capacity / ctx.capacity_ceiling)
            + CAPACITY_LEARNING * co_produced
            - self.decay * s.capacity
            - CAPACITY_WITHDRAWAL * cuts / b * s.capacity;

        let d_trust = (trust_target(p, ctx, co_produced, s.unmet, cuts) - s.trust) / TRUST_DELAY;

        let investment_x = p.transformation / (0.01 * b);
        let spread = ADOPTION_RATE
            * (0.1 + 0.9 * p.pace)
            * (0.5 + p.risk)
            * (1.0 + 0.5 * investment_x / (1.0 + investment_x));
        let churn = RESTRUCTURING_CHURN * restructuring / b;
        let d_adoption =
            spread * s.adoption * (1.0 - s.adoption / p.adoption_ceiling()) - churn * s.adoption;

        let reductions_unmet = p.reductions * s.need * self.e_today;
        let shortfall =
            (p.community_delivery - cd) * s.need * self.e_today * COMMUNITY_DELIVERY_SHORTFALL;
        let priced_out = FEES_DETERRENCE * (s.fees - self.fees_today).max(0.0);
        let newly_unmet = (cuts / s.unit_cost + reductions_unmet)
            * (1.0 - COMMUNITY_CATCH * capacity_factor)
            + shortfall
            + priced_out;
        let d_unmet = (newly_unmet - s.unmet) / UNMET_NEED_DELAY;

        let d_prevention = (p.prevention_input(b) - s.prevention) / self.prevention_delay;
        let d_structural = (target_structural - s.structural) / self.restructuring_delay;

        let values = [
            s.need,
            s.expectation,
            s.capacity,
            s.trust,
            s.adoption,
            s.unmet,
            s.prevention,
            savings,
            s.reserves,
            co_produced,
            cuts,
            demand,
            resources,
            gap,
        ];
        let rates = [
            d_need,
            d_expectation,
            d_capacity,
            d_trust,
            d_adoption,
            d_unmet,
            d_prevention,
            d_structural,
            (reserves - s.reserves) / dt,
            co_produced,
            cuts,
            demand,
            resources,
            gap,
        ];
        Step {
            values,
            rates,
            drawn,
            unfunded,
            released,
            savings,
            reserves_after: reserves,
        }
    }

    /// The state a month later. Clamps keep shares in 0..1 and stocks at or above 0.
    pub fn advance(&self, s: &State, step: &Step) -> State {
        let dt = self.dt;
        let r = &step.rates;
        State {
            need: (s.need + r[Node::Need as usize] * dt).max(0.0),
            expectation: (s.expectation + r[Node::Expectation as usize] * dt)
                .clamp(EXPECTATION_FLOOR, 1.0),
            capacity: (s.capacity + r[Node::CommunityCapacity as usize] * dt)
                .clamp(0.0, self.ctx.capacity_ceiling),
            trust: (s.trust + r[Node::Trust as usize] * dt).clamp(0.0, 1.0),
            adoption: (s.adoption + r[Node::Adoption as usize] * dt).clamp(0.0, 1.0),
            unmet: (s.unmet + r[Node::UnmetNeed as usize] * dt).max(0.0),
            prevention: (s.prevention + r[Node::Prevention as usize] * dt).max(0.0),
            structural: s.structural + r[Node::StructuralSavings as usize] * dt,
            reserves: step.reserves_after,
            grant: s.grant * self.grant_step,
            council_tax: s.council_tax * self.tax_step,
            fees: s.fees * self.fees_step,
            unit_cost: s.unit_cost * self.cost_step,
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
            for _ in 0..STEPS_PER_YEAR {
                let step = self.evaluate(&s, None);
                let v = &step.values;
                row.demand += v[Node::Demand as usize] * dt;
                row.resources += v[Node::Resources as usize] * dt;
                row.gap += v[Node::Gap as usize] * dt;
                row.reserves_drawn += step.drawn * dt;
                row.cuts += v[Node::Cuts as usize] * dt;
                row.unfunded += step.unfunded * dt;
                row.released += step.released * dt;
                row.grant += s.grant * dt;
                row.council_tax += s.council_tax * dt;
                row.fees += s.fees * dt;
                row.structural_savings += step.savings * dt;
                row.co_produced += v[Node::CoProduced as usize] * dt;
                s = self.advance(&s, &step);
            }
            row.reserves = s.reserves;
            row.need = s.need;
            row.expectation = s.expectation;
            row.community_capacity = s.capacity;
            row.trust = s.trust;
            row.adoption = s.adoption;
            row.unmet_need = s.unmet;
            row.prevention = s.prevention;
            rows.push(row);
        }
        Projection {
            rows,
            prudent_minimum: self.minimum,
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
