//! The context no lever controls, and the strengths of the model's responses.
//!
//! "Context" is what a council knows about itself (budget, reserves, service lines,
//! demography); "response" holds the effect sizes the equations use. Every figure names where
//! its default comes from: a published source (publisher, title, year, where), or "Judgement"
//! with a plausible range that the uncertainty sweep draws from. Both are editable per
//! workshop; the sweep varies every assumption with a plausible range (the workshop may narrow
//! or widen any of them).

use crate::present::format::with_unit;
use serde::{Deserialize, Serialize};

use super::schedule::Schedule;

/// Every figure the model needs besides the levers. Percentages are stored as typed (2.0 = 2%).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Assumptions {
    pub base_year: i32,
    pub horizon_years: u32,
    pub base_budget: f64,
    pub grant_share: f64,
    pub fees_share: f64,
    pub general_inflation: f64,
    pub tax_base_growth: f64,
    pub adults_share: f64,
    pub children_share: f64,
    pub demographic_growth: f64,
    pub adults_need_growth: f64,
    pub children_need_growth: f64,
    pub cost_inflation: f64,
    pub adults_cost_premium: f64,
    pub children_cost_premium: f64,
    pub opening_reserves: f64,
    pub prudent_minimum: f64,
    pub reserves_ceiling: f64,
    pub max_in_year_cuts: f64,
    pub savings_delivery: f64,
    pub adults_floor: f64,
    pub children_floor: f64,
    pub other_floor: f64,
    pub opening_adoption: f64,
    pub opening_expectation: f64,
    pub opening_capacity: f64,
    pub crisis_escalation: f64,
    pub crisis_resolution: f64,
    pub prevention_return: f64,
    pub prevention_delay: f64,
    pub coproduction_saving: f64,
    pub new_deal_ceiling: f64,
    pub capacity_building: f64,
    pub capacity_decay: f64,
    pub expectation_delay: f64,
    pub trust_on_expectation: f64,
    pub cuts_on_expectation: f64,
    pub trust_sensitivity: f64,
    pub adoption_rate: f64,
    pub restructuring_delay: f64,
    /// Year-by-year figures for the first years (the medium-term financial strategy); the
    /// levers and assumptions above are the rates after.
    #[serde(skip_serializing_if = "Schedule::is_empty")]
    pub schedule: Schedule,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            base_year: 2026,
            horizon_years: 15,
            base_budget: 750.0,
            grant_share: 35.0,
            fees_share: 10.0,
            general_inflation: 2.0,
            tax_base_growth: 0.8,
            adults_share: 36.0,
            children_share: 21.0,
            demographic_growth: 0.8,
            adults_need_growth: 1.7,
            children_need_growth: 1.2,
            cost_inflation: 0.5,
            adults_cost_premium: 0.4,
            children_cost_premium: 1.0,
            opening_reserves: 130.0,
            prudent_minimum: 40.0,
            reserves_ceiling: 260.0,
            max_in_year_cuts: 8.0,
            savings_delivery: 88.0,
            adults_floor: 85.0,
            children_floor: 95.0,
            other_floor: 40.0,
            opening_adoption: 3.0,
            opening_expectation: 60.0,
            opening_capacity: 8.0,
            crisis_escalation: 15.0,
            crisis_resolution: 2.0,
            prevention_return: 1.0,
            prevention_delay: 3.0,
            coproduction_saving: 40.0,
            new_deal_ceiling: 20.0,
            capacity_building: 1.0,
            capacity_decay: 10.0,
            expectation_delay: 5.0,
            trust_on_expectation: 0.15,
            cuts_on_expectation: 1.0,
            trust_sensitivity: 1.0,
            adoption_rate: 0.7,
            restructuring_delay: 2.5,
            schedule: Schedule::default(),
        }
    }
}

/// Whether an assumption describes the council's situation or the model's response to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AssumptionGroup {
    Context,
    Response,
}

/// The range an assumption could plausibly take, which the uncertainty sweep draws from.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Plausible {
    /// From `low` to `high`, in the assumption's own unit.
    Between { low: f64, high: f64 },
    /// From `low` to `high` times the value in use: for money, so that the range scales with
    /// the council (a £300m council's reserves are not a £3bn one's).
    Times { low: f64, high: f64 },
}

impl Plausible {
    /// The range around `value`, in the assumption's own unit.
    pub fn around(self, value: f64) -> (f64, f64) {
        match self {
            Plausible::Between { low, high } => (low, high),
            Plausible::Times { low, high } => (value * low, value * high),
        }
    }
}

/// How to show, edit, validate and source one numeric assumption.
pub struct AssumptionSpec {
    pub id: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub group: AssumptionGroup,
    pub description: &'static str,
    /// Where the default comes from: publisher, title, year and where in it; or, for a
    /// judgement, the reasoning and the evidence it leans on.
    pub source: &'static str,
    /// True when the default is a judgement rather than a published figure (or one derived
    /// from published figures by stated arithmetic).
    pub judgement: bool,
    /// What the sweep draws from; every judgement has one. `None`: the council knows it.
    pub plausible: Option<Plausible>,
    pub field: fn(&mut Assumptions) -> &mut f64,
}

const fn between(low: f64, high: f64) -> Option<Plausible> {
    Some(Plausible::Between { low, high })
}

const fn times(low: f64, high: f64) -> Option<Plausible> {
    Some(Plausible::Times { low, high })
}

macro_rules! spec {
    ($id:ident, $label:literal, $unit:literal, $min:literal, $max:literal, $group:ident,
     $desc:literal, judgement: $judgement:literal, plausible: $plausible:expr, source: $source:literal) => {
        AssumptionSpec {
            id: stringify!($id),
            label: $label,
            unit: $unit,
            min: $min,
            max: $max,
            group: AssumptionGroup::$group,
            description: $desc,
            source: $source,
            judgement: $judgement,
            plausible: $plausible,
            field: |a| &mut a.$id,
        }
    };
}

/// The numeric assumptions (base year and horizon are integers and handled on their own).
pub const ASSUMPTION_SPECS: &[AssumptionSpec] = &[
    spec!(
        base_budget, "Base budget", "£m", 10.0, 20000.0, Context,
        "What the council spends on the services in scope in the base year, funded in full by its resources.",
        judgement: true, plausible: None,
        source: "Judgement: a mid-sized upper-tier council. Lincolnshire County Council's net spending was £612.0m in 2023/24 and Stockport's net revenue budget £336.1m in 2024/25 (each council's published budget summary). Every money result scales with it, so it needs no range."
    ),
    spec!(
        grant_share, "Central grant share", "% of resources", 0.0, 90.0, Context,
        "The share of the base year's resources that comes from central government grant and retained business rates.",
        judgement: false, plausible: None,
        source: "Lincolnshire County Council, funding and spending 2023/24 (West Lindsey District Council, council tax guide 2024/25): council tax £388.3m is 59% of funding of £654.1m, business rates and grants 41%. With fees at a tenth of resources, grant and business rates are 35% and council tax 55%."
    ),
    spec!(
        fees_share, "Fees and other income share", "% of resources", 0.0, 50.0, Context,
        "The share of the base year's resources that comes from fees, charges and trading; council tax is the rest.",
        judgement: false, plausible: None,
        source: "Audit Commission, Income from charging: using data from the VFM profiles, September 2013: charging raised 9% of single-tier and county councils' service expenditure in 2011/12."
    ),
    spec!(
        general_inflation, "General inflation (CPI)", "% a year", 0.0, 15.0, Context,
        "Consumer price inflation, used to turn the cash council tax rise into a real-terms one.",
        judgement: false, plausible: between(1.5, 3.0),
        source: "Bank of England: the 2% CPI inflation target set by the government. The sweep runs from 1.5% to 3%: inflation is rarely on target for long."
    ),
    spec!(
        tax_base_growth, "Council tax base growth", "% a year", -2.0, 5.0, Context,
        "How fast the number of band D equivalent homes paying council tax grows each year.",
        judgement: true, plausible: between(0.3, 1.5),
        source: "Judgement: medium-term financial strategies commonly assume 0.5% to 1.25% a year (DLUHC's council taxbase statistics give each council's own)."
    ),
    spec!(
        adults_share, "Adult social care share", "% of base budget", 0.0, 100.0, Context,
        "The share of the base budget spent on adult social care.",
        judgement: false, plausible: None,
        source: "DLUHC, Local authority revenue expenditure and financing: 2024-25 budget, England (20 June 2024), section 1.1: adult social care £24.5bn of net current expenditure of £127.1bn, which less education (£41.8bn) and police (£16.6bn) is £68.7bn: 36%."
    ),
    spec!(
        children_share, "Children's social care share", "% of base budget", 0.0, 100.0, Context,
        "The share of the base budget spent on children's social care; everything else is the rest.",
        judgement: false, plausible: None,
        source: "DLUHC, Local authority revenue expenditure and financing: 2024-25 budget, England (20 June 2024), section 1.1: children's social care £14.2bn of the same £68.7bn: 21%."
    ),
    spec!(
        demographic_growth, "Population growth in need", "% a year", -2.0, 8.0, Context,
        "How fast need for every service grows each year as the population grows, before anything the council does.",
        judgement: false, plausible: between(0.3, 1.2),
        source: "National Audit Office, Financial sustainability of local authorities 2018 (HC 834, 8 March 2018), press release: total population grew 5% from 2010-11 to 2016-17, 0.8% a year."
    ),
    spec!(
        adults_need_growth, "Extra growth in adult care need", "% a year", -2.0, 8.0, Context,
        "How much faster than the population the need for adult social care grows (ageing, more complex needs).",
        judgement: false, plausible: between(1.0, 2.5),
        source: "National Audit Office 2018 (HC 834), press release: people aged 65 and over estimated to need care grew 14.3% from 2010-11 to 2016-17 (2.2% a year); ADASS Budget Survey 2017: need grew 2.8% in the year. Their midpoint, 2.5% a year, less population growth of 0.8%."
    ),
    spec!(
        children_need_growth, "Extra growth in children's care need", "% a year", -2.0, 8.0, Context,
        "How much faster than the population the need for children's social care grows.",
        judgement: false, plausible: between(0.5, 2.5),
        source: "National Audit Office, Pressures on children's social care (January 2019), press release: looked-after children grew 15% from 2010-11 to 2017-18 (2.0% a year), less population growth of 0.8%."
    ),
    spec!(
        cost_inflation, "Real pay and price inflation", "% a year", -2.0, 8.0, Context,
        "How much faster than general prices the cost of providing a unit of any service rises (pay, contracts).",
        judgement: true, plausible: between(0.0, 1.5),
        source: "Judgement: pay awards and contract prices have run a little ahead of CPI over the long run; medium-term financial strategies usually plan pay at or just above CPI."
    ),
    spec!(
        adults_cost_premium, "Extra cost inflation in adult care", "% a year", -2.0, 8.0, Context,
        "How much faster again the unit cost of adult social care rises (National Living Wage, care fees).",
        judgement: false, plausible: between(0.0, 1.5),
        source: "Health Foundation (REAL Centre), Adult social care funding pressures, 25 September 2023, key points: funding must grow 3.4% a year in real terms to meet demand. Less need growth of 2.5% and general cost growth of 0.5%: 0.4%."
    ),
    spec!(
        children_cost_premium, "Extra cost inflation in children's care", "% a year", -2.0, 8.0, Context,
        "How much faster again the unit cost of children's social care rises (placement costs).",
        judgement: true, plausible: between(0.0, 3.0),
        source: "Judgement between two published figures: the LGA's 2021 spending review submission projected children's social care costs up 16% in three years, about 3% a year in real terms (Community Care, 25 October 2021), while DLUHC's 2023-24 and 2024-25 budget releases show budgets up 11% a year in real terms. A total of 3.5% a year less need growth of 2.0% and general cost growth of 0.5%."
    ),
    spec!(
        opening_reserves, "Usable reserves at the start", "£m", 0.0, 10000.0, Context,
        "Reserves the council could use to balance its budget at the start of the base year.",
        judgement: true, plausible: times(0.6, 1.75),
        source: "Judgement: about 17% of net budget. County councils held unallocated reserves of 4.7% of net revenue expenditure in 2016-17 (LGC analysis of DCLG data, 2018), and earmarked reserves several times that, only part of which can in practice balance a budget. The sweep runs from about 10% to 30%."
    ),
    spec!(
        prudent_minimum, "Prudent minimum reserves", "£m", 0.0, 5000.0, Context,
        "The level below which the section 151 officer would judge reserves unsafe; falling below it is the year the budget can no longer be balanced.",
        judgement: true, plausible: times(0.6, 1.5),
        source: "Judgement: about 5% of net budget. No national figure exists; the chief finance officer judges it (Local Government Act 2003, section 25). Local rules range from 3% (Gateshead, reserves policy 2024/25) to 12% (Thanet, a district, 2015-16); county councils held 4.7% unallocated in 2016-17 (LGC, 2018)."
    ),
    spec!(
        reserves_ceiling, "Most reserves the council would hold", "£m", 0.0, 20000.0, Context,
        "Surpluses build reserves up to this level; beyond it the money is released to spend or to return to residents, and leaves the model.",
        judgement: true, plausible: times(1.0, 1.5),
        source: "Judgement: about a third of the budget; a council holding far more would be pressed to spend it or return it to residents."
    ),
    spec!(
        max_in_year_cuts, "Most savings a year", "% of spending", 0.0, 30.0, Context,
        "The largest saving the council can make from its services in a year, planned or not; beyond it, the gap falls on reserves whatever the policy.",
        judgement: false, plausible: between(5.0, 10.0),
        source: "ADASS Budget Survey 2017 (Care Management Matters, 28 June 2017): councils made 8% cuts in overall budgets for a second year in succession. The decade's average was lower (NAO 2018, HC 834: spending power fell 28.6% in real terms in seven years) and the most planned higher (Brighton and Hove, 9.6% of net revenue expenditure in 2024/25, budget Appendix 1)."
    ),
    spec!(
        savings_delivery, "Savings delivered as planned", "% of planned", 0.0, 100.0, Context,
        "The share of each saving the council plans that it actually delivers; the rest slips, and has to be found again.",
        judgement: false, plausible: between(60.0, 95.0),
        source: "Auditor General for Wales, Savings Planning in Councils in Wales, 13 June 2017: councils delivered £221.5m of £251.6m planned savings in 2015-16, 88%. Single councils range from about 58% (Birmingham, 2016-17) upwards."
    ),
    spec!(
        adults_floor, "Adult social care that must be provided", "% of demand", 0.0, 100.0, Context,
        "The share of the demand for adult social care the council must meet whatever its budget (the Care Act's duties); only the rest can be cut.",
        judgement: true, plausible: between(75.0, 95.0),
        source: "Judgement from the 2010s: NAO 2018 (HC 834, press release) found social care spending (adults' and children's) fell 3.0% in real terms from 2010-11 to 2016-17 while people aged 65 and over needing care grew 14.3% and looked-after children 10.9%, so councils met about 85% as much need per person."
    ),
    spec!(
        children_floor, "Children's social care that must be provided", "% of demand", 0.0, 100.0, Context,
        "The share of the demand for children's social care the council must meet whatever its budget (safeguarding and care duties).",
        judgement: true, plausible: between(90.0, 100.0),
        source: "Judgement: councils could not hold children's social care down in the 2010s; 91% of them overspent on it in 2017-18 (Public Accounts Committee, Transforming children's services, 2019, paragraph 3)."
    ),
    spec!(
        other_floor, "Other services that must be provided", "% of demand", 0.0, 100.0, Context,
        "The share of the demand for all other services (waste, roads, libraries, planning and the rest) the council must keep meeting however far it cuts.",
        judgement: true, plausible: between(30.0, 55.0),
        source: "Judgement from the 2010s: spending on other services fell 32.6% in real terms from 2010-11 to 2016-17 and kept falling (NAO 2018, HC 834, press release); the LGA's 2013 update projected money for all other services falling 46% in cash, about 55% in real terms, from 2010/11 to 2019/20 (Future funding outlook for councils, July 2013), and its 2012 outlook more than 66%."
    ),
    spec!(
        opening_adoption, "New way of working at the start", "% of organisation", 0.5, 50.0, Context,
        "The share of the organisation already working the new way at the start: usually a few small pilots.",
        judgement: true, plausible: between(1.0, 6.0),
        source: "Judgement: \"a few small pilots\" (the seed) as 3% of the organisation."
    ),
    spec!(
        opening_expectation, "Need arriving as demand at the start", "% of need", 20.0, 100.0, Context,
        "The share of underlying need that arrives at the council's door as demand, rather than being met by people, families and communities.",
        judgement: true, plausible: between(50.0, 70.0),
        source: "Judgement: a little over half of underlying need reaches the council; families, friends and communities meet the rest."
    ),
    spec!(
        opening_capacity, "Community capacity at the start", "% of base budget", 0.0, 40.0, Context,
        "What residents, families and community groups already do that the council could build on, valued as the need it could meet.",
        judgement: true, plausible: between(4.0, 12.0),
        source: "Judgement: what residents and groups already do that the council could build on, valued at 8% of the budget."
    ),
    spec!(
        crisis_escalation, "Unmet need turning into crisis", "% a year", 0.0, 100.0, Response,
        "How much of the need left unmet each year comes back as crisis need (falls, admissions, children coming into care); other services' unmet need escalates at 30% of this rate.",
        judgement: true, plausible: between(5.0, 30.0),
        source: "Judgement calibrated to the 2010s: no published rate exists. Early intervention spending fell 40% in real terms from 2010/11 to 2015/16 while late intervention rose 7% (Children's Society et al., Turning the tide, 2017), the direction this assumes; but councils met about 15% less adult care need per person by 2016-17 (NAO 2018) without its cost running away, and at 25% the replay of the decade fails in 2017/18 where almost no council did. 15% is the most the replay survives with."
    ),
    spec!(
        crisis_resolution, "Time for crisis need to resolve", "years", 0.25, 10.0, Response,
        "How long crisis need takes to resolve (people recover, move on, or their need is met another way).",
        judgement: true, plausible: between(1.0, 4.0),
        source: "Judgement: most crises resolve, one way or another, within about two years."
    ),
    spec!(
        prevention_return, "Demand avoided per £1 of prevention", "£ a year per £1 a year", 0.0, 3.0, Response,
        "How much demand a year each £1 a year of matured prevention avoids, in an organisation working the new way (half that where it does not). It levels off: prevention avoids demand, it does not make need vanish.",
        judgement: true, plausible: between(0.3, 1.5),
        source: "Judgement anchored on Glendinning et al., Home Care Re-ablement Services (SPRU York and PSSRU Kent, 2010): social care costs after reablement were 60% lower, but the saving was almost entirely offset by the cost of reablement, so about £1 of cost avoided a year for each £1 a year. Social returns of £2.20 to £7.78 per £1 (LGA et al., 2024) count value beyond council cash."
    ),
    spec!(
        prevention_delay, "Time for prevention to mature", "years", 0.25, 20.0, Response,
        "How long prevention and early help take to reach full effect after the money starts.",
        judgement: true, plausible: between(2.0, 5.0),
        source: "Judgement: prevention and early help take about three years to reach full effect."
    ),
    spec!(
        coproduction_saving, "Saving from co-production", "% of cost", 0.0, 100.0, Response,
        "How much of the cost of a service is saved when the outcome is co-produced with residents and communities.",
        judgement: true, plausible: between(10.0, 60.0),
        source: "Judgement: a co-produced outcome costs the council 60% of a service. Per person, community schemes cost well under what they save (time banks about £450 against £1,300, befriending £80 against £300: Knapp et al., Building community capacity, PSSRU Discussion Paper 2772, 2010), but those savings include the NHS's."
    ),
    spec!(
        new_deal_ceiling, "Most the new deal can take off demand", "% of demand", 0.0, 60.0, Response,
        "The most that co-production, community-run services, changed expectations and prevention together can take off the cost of each service's demand.",
        judgement: true, plausible: between(10.0, 30.0),
        source: "Judgement: half of what Wigan saved. Wigan saved more than £140m, 40% of its budget, from 2011 to 2019 (King's Fund, A citizen-led approach to health and care: lessons from the Wigan Deal, 2019), including ordinary cuts and a fifth fewer staff; the King's Fund notes it is not a formal evaluation, so the Deal's own share cannot be separated."
    ),
    spec!(
        capacity_building, "Capacity built per £1 of relationship building", "£ a year per £1 a year", 0.0, 10.0, Response,
        "How much community capacity, valued as the need it can meet, each £1 a year of relationship building adds each year.",
        judgement: true, plausible: between(0.5, 2.0),
        source: "Judgement: £1 a year of community capacity added each year per £1 a year of relationship building."
    ),
    spec!(
        capacity_decay, "Community capacity fading", "% a year", 0.0, 100.0, Response,
        "How fast community capacity fades when it is not renewed: volunteers move on, groups close.",
        judgement: true, plausible: between(5.0, 20.0),
        source: "Judgement: a tenth of community capacity fades each year unless renewed."
    ),
    spec!(
        expectation_delay, "Time for expectations to change", "years", 0.25, 20.0, Response,
        "How long expectations and behaviours take to move most of the way to where effort and trust are pushing them.",
        judgement: true, plausible: between(3.0, 8.0),
        source: "Judgement: expectations change over about five years (\"not quick fixes\", the seed)."
    ),
    spec!(
        trust_on_expectation, "Trust's effect on expectations", "per unit of trust", 0.0, 2.0, Response,
        "How far trust below its starting level raises the share of need people bring to the council (and trust above it lowers it): 0.3 means 3% more for each 0.1 of trust lost.",
        judgement: true, plausible: between(0.0, 0.3),
        source: "Judgement calibrated to the 2010s: a feedback the new model argues for (Staite, 2013) but no study has measured. Councils cut other services by a third (NAO 2018) without demand escalating through lost trust enough to break them; the replay of the decade survives with 0.15, not with 0.3. Its range starts at zero."
    ),
    spec!(
        cuts_on_expectation, "Cuts' effect on expectations", "per share of budget", 0.0, 5.0, Response,
        "How far cuts made in the year push people to escalate and demand more: 1 means in-year cuts of 1% of the budget raise expectation by 1% (less with public engagement).",
        judgement: true, plausible: between(0.0, 2.0),
        source: "Judgement: a feedback with no published measure; its range starts at zero."
    ),
    spec!(
        trust_sensitivity, "Trust lost to unmet need and cuts", "per share of budget", 0.0, 5.0, Response,
        "How far need left unmet and cuts lower trust: 1 means unmet need of 1% of the budget takes 0.01 off trust.",
        judgement: true, plausible: between(0.5, 2.0),
        source: "Judgement: a feedback with no published measure."
    ),
    spec!(
        adoption_rate, "Pace at which the new way spreads", "a year", 0.0, 5.0, Response,
        "The fastest the new way of working spreads through the organisation (a logistic rate) with full scale-up effort, appetite for risk and investment behind it.",
        judgement: true, plausible: between(0.4, 1.0),
        source: "Judgement: at full effort a few pilots become most of the organisation in three to four years; Wigan's Deal took about seven (King's Fund, 2019)."
    ),
    spec!(
        restructuring_delay, "Time for structural change to pay back", "years", 0.25, 20.0, Response,
        "How long integration, shared services, channel shift, redesign for co-production and handing services to communities take to be done and to deliver most of their savings.",
        judgement: true, plausible: between(1.5, 4.0),
        source: "Judgement: two to three years. The Better Care Fund missed its first-year savings entirely (NAO, Health and social care integration, February 2017)."
    ),
];

pub fn assumption_spec(id: &str) -> Option<&'static AssumptionSpec> {
    ASSUMPTION_SPECS.iter().find(|s| s.id == id)
}

impl Assumptions {
    pub fn get(&self, id: &str) -> Option<f64> {
        let spec = assumption_spec(id)?;
        let mut copy = self.clone();
        Some(*(spec.field)(&mut copy))
    }

    pub fn set(&mut self, id: &str, v: f64) -> bool {
        match assumption_spec(id) {
            Some(spec) => {
                *(spec.field)(self) = v;
                true
            }
            None => false,
        }
    }

    /// These assumptions with `id` set to `value`, if that leaves them usable; otherwise why
    /// not, the problem with `id` first. The one check for a typed assumption: the
    /// assumptions panel asks it before a value is committed and `app` asks it again before
    /// the value is used. `id` is an `ASSUMPTION_SPECS` id, `base_year` or `horizon_years`.
    pub fn check(&self, id: &str, value: f64) -> Result<Assumptions, String> {
        let mut next = self.clone();
        match id {
            "base_year" | "horizon_years" => {
                if !value.is_finite() || value.fract() != 0.0 {
                    return Err(crate::i18n::tr(if id == "base_year" {
                        "file-base-year-whole"
                    } else {
                        "file-horizon-whole"
                    }));
                }
                // Out-of-range values saturate here and are refused by `problems` below.
                if id == "base_year" {
                    next.base_year = value.clamp(-1e6, 1e6) as i32;
                } else {
                    next.horizon_years = value.clamp(0.0, 1000.0) as u32;
                }
            }
            _ if !value.is_finite() => {
                return Err(crate::t!("file-not-a-number", value = value.to_string()));
            }
            _ => {
                if !next.set(id, value) {
                    return Err(crate::t!("file-no-such-assumption", id = id));
                }
            }
        }
        let problems = next.problems();
        match problems.iter().find(|(p, _)| *p == id).or(problems.first()) {
            Some((_, why)) => Err(why.clone()),
            None => Ok(next),
        }
    }

    /// Every problem with these values, as (assumption id, message). Empty means usable.
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !(1990..=2100).contains(&self.base_year) {
            out.push((
                "base_year",
                crate::t!("file-base-year-range", year = self.base_year.to_string()),
            ));
        }
        if !(5..=30).contains(&self.horizon_years) {
            out.push((
                "horizon_years",
                crate::t!("file-horizon-range", years = self.horizon_years.to_string()),
            ));
        }
        let mut copy = self.clone();
        for spec in ASSUMPTION_SPECS {
            let v = *(spec.field)(&mut copy);
            if !v.is_finite() || v < spec.min || v > spec.max {
                out.push((
                    spec.id,
                    // Said with the label and units people read, not the file's id; in lower
                    // case, as it follows a file's place (`FILE:LINE:COLUMN: `) or a field.
                    crate::t!(
                        "file-assumption-range",
                        name = crate::present::format::lower_first(&crate::i18n::tr_or(
                            &format!("assumption-{}", spec.id),
                            spec.label
                        )),
                        min = with_unit(spec.min, spec.unit),
                        max = with_unit(spec.max, spec.unit),
                        value = with_unit(v, spec.unit)
                    ),
                ));
            }
        }
        if self.grant_share + self.fees_share > 95.0 {
            out.push(("fees_share", crate::i18n::tr("file-grant-and-fees")));
        }
        if self.adults_share + self.children_share > 100.0 {
            out.push((
                "children_share",
                crate::t!(
                    "file-care-shares",
                    total = (self.adults_share + self.children_share).to_string()
                ),
            ));
        }
        if self.reserves_ceiling < self.opening_reserves {
            out.push((
                "reserves_ceiling",
                crate::t!(
                    "file-reserves-ceiling",
                    ceiling = self.reserves_ceiling.to_string(),
                    opening = self.opening_reserves.to_string()
                ),
            ));
        }
        if self.prudent_minimum > self.opening_reserves {
            out.push((
                "prudent_minimum",
                crate::t!(
                    "file-prudent-minimum",
                    minimum = self.prudent_minimum.to_string(),
                    opening = self.opening_reserves.to_string()
                ),
            ));
        }
        for (id, message) in self.schedule.problems(self.horizon_years) {
            out.push((id, message));
        }
        out
    }

    /// The share of the base budget each service line takes, adults, children, other: each
    /// within 0..1 whatever the inputs, adding up to 1.
    pub fn line_shares(&self) -> [f64; 3] {
        let adults = (self.adults_share / 100.0).clamp(0.0, 1.0);
        let children = (self.children_share / 100.0).clamp(0.0, 1.0 - adults);
        [adults, children, 1.0 - adults - children]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_addressable() {
        let a = Assumptions::default();
        assert!(a.problems().is_empty(), "{:?}", a.problems());
        for s in ASSUMPTION_SPECS {
            assert!(a.get(s.id).is_some());
        }
        let mut b = a.clone();
        assert!(b.set("demographic_growth", 2.5));
        assert_eq!(b.demographic_growth, 2.5);
        assert!(!b.set("nonsense", 1.0));
    }

    #[test]
    fn every_assumption_is_sourced_and_every_judgement_has_a_range() {
        let a = Assumptions::default();
        for s in ASSUMPTION_SPECS {
            assert!(!s.source.is_empty(), "{} has no source", s.id);
            assert_eq!(
                s.judgement,
                s.source.starts_with("Judgement"),
                "{}: a judgement says so first, a published figure does not",
                s.id
            );
            if s.judgement && s.id != "base_budget" {
                assert!(
                    s.plausible.is_some(),
                    "{} is a judgement with no range",
                    s.id
                );
            }
            if let Some(p) = s.plausible {
                let v = a.get(s.id).unwrap();
                let (low, high) = p.around(v);
                assert!(
                    low <= v && v <= high && low >= s.min && high <= s.max,
                    "{}: range {low}..{high} must hold the default {v} within {}..{}",
                    s.id,
                    s.min,
                    s.max
                );
            }
        }
    }

    #[test]
    fn line_shares_add_up_and_stay_in_range() {
        for (a, c) in [
            (36.0, 21.0),
            (100.0, 0.0),
            (0.0, 0.0),
            (80.0, 80.0),
            (-5.0, 200.0),
        ] {
            let s = Assumptions {
                adults_share: a,
                children_share: c,
                ..Assumptions::default()
            }
            .line_shares();
            assert!(s.iter().all(|x| (0.0..=1.0).contains(x)), "{s:?}");
            assert!((s.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn check_accepts_valid_values_and_says_why_it_refuses_the_rest() {
        let a = Assumptions::default();
        assert_eq!(
            a.check("demographic_growth", 2.5)
                .unwrap()
                .demographic_growth,
            2.5
        );
        assert_eq!(a.check("base_year", 2030.0).unwrap().base_year, 2030);
        assert_eq!(a.check("horizon_years", 20.0).unwrap().horizon_years, 20);
        assert!(
            a.check("demographic_growth", 50.0)
                .unwrap_err()
                .contains("from −2% a year to 8% a year")
        );
        assert!(
            a.check("horizon_years", 2.5)
                .unwrap_err()
                .contains("whole number")
        );
        assert!(
            a.check("horizon_years", 40.0)
                .unwrap_err()
                .contains("between 5 and 30")
        );
        assert!(
            a.check("base_year", 1e300)
                .unwrap_err()
                .contains("between 1990 and 2100")
        );
        assert!(a.check("base_budget", f64::NAN).is_err());
        assert!(a.check("nonsense", 1.0).is_err());
        // A value valid on its own that breaks another rule is refused with that rule.
        assert!(
            a.check("prudent_minimum", 200.0)
                .unwrap_err()
                .contains("prudent minimum")
        );
    }
}
