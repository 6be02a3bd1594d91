//! What files written for the first model meant, and how they read now: workshop files of
//! version 2 (and 1), session and scenario files of version 1. The model's money then was
//! not how councils budget it (issue 13): three levers were £m a year, and three assumptions
//! meant something else. Every kind of file converts through here, so a value reads the same
//! wherever it was written, and every conversion is said in words the room can check.

use std::collections::BTreeMap;

use crate::model::assumptions::assumption_spec;
use crate::model::{Assumptions, LEVER_SPECS};
use crate::present::format::{lower_first, money, number, with_unit};
use crate::t;

/// The levers the first model took in £m a year and this one as a share of the base budget,
/// so that a workshop means the same for a £300m council as for a £3bn one.
pub const MONEY_LEVERS: [&str; 3] = [
    "relationship_building",
    "behaviour_change",
    "transformation_investment",
];

pub fn is_money_lever(id: &str) -> bool {
    MONEY_LEVERS.contains(&id)
}

/// £m a year as a share of a `budget` of £m, in % a year.
pub fn share_of_budget(pounds: f64, budget: f64) -> f64 {
    pounds * 100.0 / budget
}

/// The money levers in `levers` converted from £m a year to a share of `budget`: each
/// conversion as (lever id, £m before, % after), in id order.
pub fn convert_money_levers(
    levers: &mut BTreeMap<String, f64>,
    budget: f64,
) -> Vec<(String, f64, f64)> {
    let mut done = Vec::new();
    for (id, v) in levers.iter_mut() {
        if is_money_lever(id) && v.is_finite() {
            let before = *v;
            *v = share_of_budget(before, budget);
            done.push((id.clone(), before, *v));
        }
    }
    done
}

/// The note for money levers converted, or `None` when none were.
pub fn money_note(converted: &[(String, f64, f64)], budget: f64) -> Option<String> {
    // The example is the first value that is not zero, which shows the arithmetic.
    let (id, before, after) = converted
        .iter()
        .find(|(_, before, _)| *before != 0.0)
        .or(converted.first())?;
    let label = LEVER_SPECS
        .iter()
        .find(|s| s.id == id)
        .map_or(id.clone(), |s| lower_first(s.label));
    Some(t!(
        "file-note-money",
        count = converted.len(),
        budget = number(budget),
        lever = label,
        before = money(*before).trim_end_matches(" a year"),
        after = with_unit(round(*after), "% of budget a year")
    ))
}

fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// A target written for the first model with a cap on a money lever, rewritten with the cap
/// as a share of `budget` (`transformation_investment<=15` at £750m:
/// `transformation_investment<=2`); `None` when it names no money lever or does not parse
/// (its checks then say what is wrong).
pub fn rewrite_target(text: &str, budget: f64) -> Option<String> {
    use crate::model::target::{Bound, Subject, Target};
    let target = Target::parse(text).ok()?;
    let mut changed = false;
    let parts: Vec<String> = target
        .conditions
        .iter()
        .map(|c| match (c.subject, c.bound) {
            (Subject::Lever(i), Bound::Number(n)) if is_money_lever(LEVER_SPECS[i].id) => {
                changed = true;
                let share = (share_of_budget(n, budget) * 1e4).round() / 1e4;
                format!("{}{}{share}", LEVER_SPECS[i].id, c.op.symbol())
            }
            _ => c.text.clone(),
        })
        .collect();
    changed.then(|| parts.join(" and "))
}

/// Budget-weighted extra growth in need on top of population growth, and extra cost inflation
/// on top of general pay and price inflation, at the service lines' default shares: what the
/// first model's single "demographic growth" and "real cost inflation" also covered.
fn line_weighted(adults: f64, children: f64) -> f64 {
    let a = Assumptions::default();
    (a.adults_share * adults + a.children_share * children) / 100.0
}

/// One assumption as the first model wrote it, read as this model's: its id now and its value
/// now, and what was done, in words (`None`: the same figure, read as it was).
pub struct Converted {
    pub id: &'static str,
    pub value: f64,
    pub note: Option<String>,
}

/// The first model's assumption `id` set to `value`, read now. `prevention_delay` is the file's
/// own (or the default): the first model's yield grew a year at a time, this model's return
/// is the level it reaches once prevention has matured. `None` for an id neither model knew.
pub fn assumption(id: &str, value: f64, prevention_delay: f64) -> Option<Converted> {
    let d = Assumptions::default();
    let clamp = |id: &str, v: f64| {
        assumption_spec(id).map_or(v, |s| {
            if v.is_finite() {
                v.clamp(s.min, s.max)
            } else {
                v
            }
        })
    };
    Some(match id {
        "prevention_yield" => {
            let v = clamp("prevention_return", value / 100.0 * prevention_delay);
            Converted {
                id: "prevention_return",
                value: v,
                note: Some(t!(
                    "file-note-prevention",
                    was = number(value),
                    now = with_unit(round(v), "£"),
                    years = number(prevention_delay)
                )),
            }
        }
        "demographic_growth" => {
            let extra = line_weighted(d.adults_need_growth, d.children_need_growth);
            let v = clamp(id, value - extra);
            Converted {
                id: "demographic_growth",
                value: v,
                note: Some(t!(
                    "file-note-growth",
                    was = number(value),
                    now = number(round(v)),
                    adults = number(d.adults_need_growth),
                    children = number(d.children_need_growth)
                )),
            }
        }
        "cost_inflation" => {
            let extra = line_weighted(d.adults_cost_premium, d.children_cost_premium);
            let v = clamp(id, value - extra);
            Converted {
                id: "cost_inflation",
                value: v,
                note: Some(t!(
                    "file-note-inflation",
                    was = number(value),
                    now = number(round(v)),
                    adults = number(d.adults_cost_premium),
                    children = number(d.children_cost_premium)
                )),
            }
        }
        _ => {
            let spec = assumption_spec(id)?;
            Converted {
                id: spec.id,
                value,
                note: None,
            }
        }
    })
}

/// The ids the first model's assumptions had (besides `base_year` and `horizon_years`).
pub const V2_ASSUMPTIONS: [&str; 22] = [
    "base_budget",
    "grant_share",
    "fees_share",
    "general_inflation",
    "tax_base_growth",
    "demographic_growth",
    "cost_inflation",
    "opening_reserves",
    "prudent_minimum",
    "reserves_ceiling",
    "max_in_year_cuts",
    "opening_adoption",
    "opening_expectation",
    "opening_capacity",
    "crisis_escalation",
    "prevention_yield",
    "coproduction_saving",
    "capacity_building",
    "capacity_decay",
    "expectation_delay",
    "prevention_delay",
    "restructuring_delay",
];

/// An assumptions map (by id, as sessions keep them) from the first model read now: renamed
/// and reinterpreted where it must be, with a note for each. `prevention_delay` is the one the
/// file's workshop uses where the map gives none.
pub fn convert_assumption_map(
    map: &mut BTreeMap<String, f64>,
    prevention_delay: f64,
) -> Vec<String> {
    let delay = map
        .get("prevention_delay")
        .copied()
        .unwrap_or(prevention_delay);
    let mut notes = Vec::new();
    let old = std::mem::take(map);
    for (id, value) in old {
        match assumption(&id, value, delay) {
            Some(c) => {
                notes.extend(c.note);
                map.insert(c.id.to_owned(), c.value);
            }
            // Not an assumption of either model: left for the checks to name.
            None => {
                map.insert(id, value);
            }
        }
    }
    notes
}

/// The note for an uncertain range read now, or `None` when it reads as it was.
pub fn range_note(id: &str, low: (f64, &Converted), high: (f64, &Converted)) -> Option<String> {
    if id == low.1.id && low.0 == low.1.value && high.0 == high.1.value {
        return None;
    }
    let spec = assumption_spec(low.1.id)?;
    Some(t!(
        "file-note-range",
        id = id,
        low = number(low.0),
        high = number(high.0),
        now = low.1.id,
        from = with_unit(round(low.1.value), spec.unit),
        to = with_unit(round(high.1.value), spec.unit)
    ))
}

/// The opening line of every note about an older file.
pub fn read_as(kind: super::FileKind, from: u32, to: u32) -> String {
    use super::FileKind;
    t!(
        "file-read-as",
        kind = crate::i18n::tr(match kind {
            FileKind::Workshop => "file-note-workshop",
            FileKind::Scenario => "file-note-scenario-file",
            FileKind::Session => "file-note-session",
            FileKind::Council => "file-note-council",
        }),
        from = from.to_string(),
        to = to.to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_model_s_defaults_read_close_to_this_one_s() {
        let d = Assumptions::default();
        let growth = assumption("demographic_growth", 1.6, 3.0).unwrap();
        assert!(
            (growth.value - d.demographic_growth).abs() < 0.1,
            "{}",
            growth.value
        );
        let cost = assumption("cost_inflation", 1.2, 3.0).unwrap();
        assert!(cost.value > 0.0 && cost.value < 1.0, "{}", cost.value);
        let prevention = assumption("prevention_yield", 35.0, 3.0).unwrap();
        assert_eq!(prevention.id, "prevention_return");
        assert!((prevention.value - d.prevention_return).abs() < 0.1);
        // Unchanged figures have no note; unknown ids are not assumptions.
        assert!(
            assumption("base_budget", 500.0, 3.0)
                .unwrap()
                .note
                .is_none()
        );
        assert!(assumption("nonsense", 1.0, 3.0).is_none());
        for id in V2_ASSUMPTIONS {
            assert!(assumption(id, 1.0, 3.0).is_some(), "{id}");
        }
    }

    #[test]
    fn money_levers_become_a_share_of_the_budget() {
        let mut m = BTreeMap::from([
            ("transformation_investment".to_owned(), 15.0),
            ("co_production".to_owned(), 30.0),
        ]);
        let done = convert_money_levers(&mut m, 750.0);
        assert_eq!(m["transformation_investment"], 2.0);
        assert_eq!(m["co_production"], 30.0);
        let note = money_note(&done, 750.0).unwrap();
        assert!(
            note.contains(
                "transformation and prevention investment of £15m a year is now 2% of budget a year"
            ),
            "{note}"
        );
        assert!(money_note(&[], 750.0).is_none());
    }

    #[test]
    fn caps_on_money_levers_are_rewritten_and_others_kept() {
        assert_eq!(
            rewrite_target(
                "gap<=0 by 2035 and transformation_investment<=15 and council_tax_rise<=2.99",
                750.0
            )
            .as_deref(),
            Some("gap<=0 by 2035 and transformation_investment<=2 and council_tax_rise<=2.99")
        );
        assert_eq!(rewrite_target("gap<=0 and reserves>=minimum", 750.0), None);
        assert_eq!(rewrite_target("gap<=", 750.0), None);
    }
}
