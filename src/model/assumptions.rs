//! The context no lever controls, and the strengths of the model's responses.
//!
//! "Context" is what a council knows about itself (budget, reserves, demography); "response"
//! holds the effect sizes the equations use, most of them judgements (docs/model.md says which).
//! Both are editable per workshop; the sweep varies those a workshop marks uncertain.

use crate::present::format::with_unit;
use serde::{Deserialize, Serialize};

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
    pub demographic_growth: f64,
    pub cost_inflation: f64,
    pub opening_reserves: f64,
    pub prudent_minimum: f64,
    pub reserves_ceiling: f64,
    pub max_in_year_cuts: f64,
    pub opening_adoption: f64,
    pub opening_expectation: f64,
    pub opening_capacity: f64,
    pub crisis_escalation: f64,
    pub prevention_yield: f64,
    pub coproduction_saving: f64,
    pub capacity_building: f64,
    pub capacity_decay: f64,
    pub expectation_delay: f64,
    pub prevention_delay: f64,
    pub restructuring_delay: f64,
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
            demographic_growth: 1.6,
            cost_inflation: 1.2,
            opening_reserves: 130.0,
            prudent_minimum: 40.0,
            reserves_ceiling: 260.0,
            max_in_year_cuts: 5.0,
            opening_adoption: 3.0,
            opening_expectation: 60.0,
            opening_capacity: 8.0,
            crisis_escalation: 25.0,
            prevention_yield: 35.0,
            coproduction_saving: 60.0,
            capacity_building: 1.0,
            capacity_decay: 10.0,
            expectation_delay: 5.0,
            prevention_delay: 3.0,
            restructuring_delay: 2.5,
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

/// How to show, edit and validate one numeric assumption.
pub struct AssumptionSpec {
    pub id: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub group: AssumptionGroup,
    pub description: &'static str,
    pub field: fn(&mut Assumptions) -> &mut f64,
}

macro_rules! spec {
    ($id:ident, $label:literal, $unit:literal, $min:literal, $max:literal, $group:ident, $desc:literal) => {
        AssumptionSpec {
            id: stringify!($id),
            label: $label,
            unit: $unit,
            min: $min,
            max: $max,
            group: AssumptionGroup::$group,
            description: $desc,
            field: |a| &mut a.$id,
        }
    };
}

/// The numeric assumptions (base year and horizon are integers and handled on their own).
pub const ASSUMPTION_SPECS: &[AssumptionSpec] = &[
    spec!(
        base_budget,
        "Base budget",
        "£m",
        10.0,
        20000.0,
        Context,
        "What the council spends on the services in scope in the base year, funded in full by its resources."
    ),
    spec!(
        grant_share,
        "Central grant share",
        "% of resources",
        0.0,
        90.0,
        Context,
        "The share of the base year's resources that comes from central government grant and retained business rates."
    ),
    spec!(
        fees_share,
        "Fees and other income share",
        "% of resources",
        0.0,
        50.0,
        Context,
        "The share of the base year's resources that comes from fees, charges and trading; council tax is the rest."
    ),
    spec!(
        general_inflation,
        "General inflation (CPI)",
        "% a year",
        0.0,
        15.0,
        Context,
        "Consumer price inflation, used to turn the cash council tax rise into a real-terms one."
    ),
    spec!(
        tax_base_growth,
        "Council tax base growth",
        "% a year",
        -2.0,
        5.0,
        Context,
        "How fast the number of band D equivalent homes paying council tax grows each year."
    ),
    spec!(
        demographic_growth,
        "Demographic growth in need",
        "% a year",
        -2.0,
        8.0,
        Context,
        "How fast underlying need grows each year as the population ages and grows, before anything the council does."
    ),
    spec!(
        cost_inflation,
        "Real cost inflation",
        "% a year",
        -2.0,
        8.0,
        Context,
        "How much faster the cost of providing a unit of service rises than general prices (wages, care fees)."
    ),
    spec!(
        opening_reserves,
        "Usable reserves at the start",
        "£m",
        0.0,
        10000.0,
        Context,
        "Reserves the council could use to balance its budget at the start of the base year."
    ),
    spec!(
        prudent_minimum,
        "Prudent minimum reserves",
        "£m",
        0.0,
        5000.0,
        Context,
        "The level below which the section 151 officer would judge reserves unsafe; falling below it is the year the budget can no longer be balanced."
    ),
    spec!(
        reserves_ceiling,
        "Most reserves the council would hold",
        "£m",
        0.0,
        20000.0,
        Context,
        "Surpluses build reserves up to this level; beyond it the money is released to spend or to return to residents, and leaves the model."
    ),
    spec!(
        max_in_year_cuts,
        "Most that can be cut in a year",
        "% of demand",
        0.0,
        30.0,
        Context,
        "The largest saving from in-year cuts the council could deliver in one year; beyond it, the gap falls on reserves whatever the policy."
    ),
    spec!(
        opening_adoption,
        "New way of working at the start",
        "% of organisation",
        0.5,
        50.0,
        Context,
        "The share of the organisation already working the new way at the start: usually a few small pilots."
    ),
    spec!(
        opening_expectation,
        "Need arriving as demand at the start",
        "% of need",
        20.0,
        100.0,
        Context,
        "The share of underlying need that arrives at the council's door as demand, rather than being met by people, families and communities."
    ),
    spec!(
        opening_capacity,
        "Community capacity at the start",
        "% of base budget",
        0.0,
        40.0,
        Context,
        "What residents, families and community groups already do that the council could build on, valued as the need it could meet."
    ),
    spec!(
        crisis_escalation,
        "Unmet need turning into crisis",
        "% a year",
        0.0,
        100.0,
        Response,
        "How much of the need left unmet each year comes back as crisis need, which costs more to meet."
    ),
    spec!(
        prevention_yield,
        "Return on prevention",
        "% a year",
        0.0,
        100.0,
        Response,
        "How much need a year is avoided for each £1 a year of prevention once it has matured, when the organisation works the new way."
    ),
    spec!(
        coproduction_saving,
        "Saving from co-production",
        "% of cost",
        0.0,
        100.0,
        Response,
        "How much of the cost of a service is saved when the outcome is co-produced with residents and communities."
    ),
    spec!(
        capacity_building,
        "Capacity built per £1 of relationship building",
        "£ a year per £1 a year",
        0.0,
        10.0,
        Response,
        "How much community capacity, valued as the need it can meet, each £1 a year of relationship building adds each year."
    ),
    spec!(
        capacity_decay,
        "Community capacity fading",
        "% a year",
        0.0,
        100.0,
        Response,
        "How fast community capacity fades when it is not renewed: volunteers move on, groups close."
    ),
    spec!(
        expectation_delay,
        "Time for expectations to change",
        "years",
        0.25,
        20.0,
        Response,
        "How long expectations and behaviours take to move most of the way to where effort and trust are pushing them."
    ),
    spec!(
        prevention_delay,
        "Time for prevention to mature",
        "years",
        0.25,
        20.0,
        Response,
        "How long prevention and early help take to reach full effect after the money starts."
    ),
    spec!(
        restructuring_delay,
        "Time for structural change to pay back",
        "years",
        0.25,
        20.0,
        Response,
        "How long integration, shared services and channel shift take to deliver most of their savings."
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
                let name = if id == "base_year" {
                    "base year"
                } else {
                    "horizon"
                };
                if !value.is_finite() || value.fract() != 0.0 {
                    return Err(format!("the {name} must be a whole number"));
                }
                // Out-of-range values saturate here and are refused by `problems` below.
                if id == "base_year" {
                    next.base_year = value.clamp(-1e6, 1e6) as i32;
                } else {
                    next.horizon_years = value.clamp(0.0, 1000.0) as u32;
                }
            }
            _ if !value.is_finite() => return Err(format!("{value} is not a number")),
            _ => {
                if !next.set(id, value) {
                    return Err(format!("there is no assumption called `{id}`"));
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
                format!("base year {} must be between 1990 and 2100", self.base_year),
            ));
        }
        if !(5..=30).contains(&self.horizon_years) {
            out.push((
                "horizon_years",
                format!(
                    "horizon of {} years must be between 5 and 30",
                    self.horizon_years
                ),
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
                    format!(
                        "{} must be from {} to {}; {} is outside that",
                        crate::present::format::lower_first(spec.label),
                        with_unit(spec.min, spec.unit),
                        with_unit(spec.max, spec.unit),
                        with_unit(v, spec.unit)
                    ),
                ));
            }
        }
        if self.grant_share + self.fees_share > 95.0 {
            out.push((
                "fees_share",
                "grant share and fees share add up to more than 95%, leaving almost nothing for council tax".into(),
            ));
        }
        if self.reserves_ceiling < self.opening_reserves {
            out.push((
                "reserves_ceiling",
                format!(
                    "the most reserves the council would hold (£{}m) is below the opening reserves £{}m",
                    self.reserves_ceiling, self.opening_reserves
                ),
            ));
        }
        if self.prudent_minimum > self.opening_reserves {
            out.push((
                "prudent_minimum",
                format!(
                    "prudent minimum £{}m is above the opening reserves £{}m",
                    self.prudent_minimum, self.opening_reserves
                ),
            ));
        }
        out
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
