//! Year-by-year figures for the first years of a projection: a council's medium-term
//! financial strategy (MTFS). Each list gives one value a year from the base year; after it
//! ends, the lever or assumption it stands in for sets the rate.

use serde::{Deserialize, Serialize};

/// The MTFS years. Each entry is in the unit of what it stands in for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Schedule {
    /// The settlement: change in central grant, % a year in real terms (then `grant_change`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grant_change: Vec<f64>,
    /// Council tax rise, % a year in cash (then `council_tax_rise`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub council_tax_rise: Vec<f64>,
    /// CPI, % a year (then `general_inflation`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub general_inflation: Vec<f64>,
    /// Pay and price inflation of council services, % a year in cash (then CPI plus
    /// `cost_inflation`); adult and children's care keep their premiums on top.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pay_and_prices: Vec<f64>,
    /// Savings the council plans from its services, % of the base budget in each year
    /// (afterwards it plans savings to close its gap, as its reserves policy says).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub planned_savings: Vec<f64>,
}

/// One schedule: its id, a short description, the range of a year's value.
pub struct ScheduleSpec {
    pub id: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub after: &'static str,
    pub field: fn(&Schedule) -> &Vec<f64>,
}

pub const SCHEDULE_SPECS: &[ScheduleSpec] = &[
    ScheduleSpec {
        id: "grant_change",
        label: "Settlement: change in central grant",
        unit: "% a year, real",
        min: -30.0,
        max: 30.0,
        after: "the `grant_change` lever",
        field: |s| &s.grant_change,
    },
    ScheduleSpec {
        id: "council_tax_rise",
        label: "Council tax rise",
        unit: "% a year",
        min: -10.0,
        max: 30.0,
        after: "the `council_tax_rise` lever",
        field: |s| &s.council_tax_rise,
    },
    ScheduleSpec {
        id: "general_inflation",
        label: "General inflation (CPI)",
        unit: "% a year",
        min: -5.0,
        max: 30.0,
        after: "the `general_inflation` assumption",
        field: |s| &s.general_inflation,
    },
    ScheduleSpec {
        id: "pay_and_prices",
        label: "Pay and price inflation",
        unit: "% a year",
        min: -5.0,
        max: 30.0,
        after: "CPI plus the `cost_inflation` assumption",
        field: |s| &s.pay_and_prices,
    },
    ScheduleSpec {
        id: "planned_savings",
        label: "Planned savings",
        unit: "% of base budget",
        min: 0.0,
        max: 30.0,
        after: "savings planned to close the gap, by the `reserves_use` lever",
        field: |s| &s.planned_savings,
    },
];

impl Schedule {
    pub fn is_empty(&self) -> bool {
        SCHEDULE_SPECS.iter().all(|s| (s.field)(self).is_empty())
    }

    /// How many years the schedules cover: the MTFS years a chart marks.
    pub fn years(&self) -> usize {
        SCHEDULE_SPECS
            .iter()
            .map(|s| (s.field)(self).len())
            .max()
            .unwrap_or(0)
    }

    /// Every problem, as (`schedule`, message): values out of range, lists longer than the
    /// horizon.
    pub fn problems(&self, horizon: u32) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for spec in SCHEDULE_SPECS {
            let values = (spec.field)(self);
            if values.len() > horizon as usize {
                out.push((
                    "schedule",
                    format!(
                        "the {} schedule gives {} years, more than the {horizon}-year horizon",
                        spec.id,
                        values.len()
                    ),
                ));
            }
            for (i, v) in values.iter().enumerate() {
                if !v.is_finite() || *v < spec.min || *v > spec.max {
                    out.push((
                        "schedule",
                        format!(
                            "the {} schedule's value for year {} is {v}, expected {} to {} ({})",
                            spec.id,
                            i + 1,
                            spec.min,
                            spec.max,
                            spec.unit
                        ),
                    ));
                }
            }
        }
        out
    }
}

/// The value for year `year` (from 0), or `after` once the list has ended.
pub fn at(values: &[f64], year: usize, after: f64) -> f64 {
    values.get(year).copied().unwrap_or(after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::LEVER_SPECS;

    #[test]
    fn a_schedule_standing_in_for_a_lever_keeps_to_its_physical_range() {
        for spec in SCHEDULE_SPECS {
            if let Some(lever) = LEVER_SPECS.iter().find(|l| l.id == spec.id) {
                assert_eq!((spec.min, spec.max), lever.limits, "{}", spec.id);
            }
        }
    }
}
