//! The scenarios a chart or a CSV file shows: each one's name and projection.

use super::error::ExportError;
use crate::model::{Projection, simulate};
use crate::present::palette::SCENARIOS;
use crate::workshop::Workshop;

/// One scenario's projection, with the name the legend gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub projection: Projection,
}

/// Most scenarios on one chart: one a colour of the palette.
pub const MAX_SERIES: usize = SCENARIOS.len();

/// The workshop's scenarios by id, projected under its assumptions; no ids means the lever
/// defaults. Unknown ids are refused with the list of known ones.
pub fn workshop_series(w: &Workshop, ids: &[String]) -> Result<Vec<Series>, ExportError> {
    if ids.is_empty() {
        return Ok(vec![Series {
            name: crate::i18n::tr("chart-lever-defaults"),
            projection: simulate(&w.assumptions, &w.default_values()),
        }]);
    }
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for id in ids {
        if seen.contains(&id.as_str()) {
            continue;
        }
        seen.push(id);
        let i = w
            .scenarios
            .iter()
            .position(|s| s.id == *id)
            .ok_or_else(|| {
                let known: Vec<&str> = w.scenarios.iter().map(|s| s.id.as_str()).collect();
                ExportError::Request(format!(
                    "unknown scenario `{id}`; this workshop has: {}",
                    known.join(", ")
                ))
            })?;
        let s = &w.scenarios[i];
        out.push(Series {
            // In the language asked for (`--lang`), as the workshop gives it.
            name: w
                .text(crate::workshop::Words::ScenarioName(i), crate::i18n::lang())
                .to_owned(),
            projection: simulate(&w.assumptions, &w.values_for(s)),
        });
    }
    if out.len() > MAX_SERIES {
        return Err(ExportError::Request(format!(
            "{} scenarios asked for; one chart shows at most {MAX_SERIES} (its colour-blind-safe palette has {MAX_SERIES} colours)",
            out.len()
        )));
    }
    Ok(out)
}
