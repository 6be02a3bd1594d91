//! The model's assumptions on the command line: `--assume ID=VALUE` on every command that
//! projects, `jaws assumptions` (what each is, its value, range and source) and `jaws
//! validate` (the model against the published record).

use std::io::Write;

use clap::Args;
use serde::Serialize;

use super::{CliError, ListFormat, json, table};
use crate::model::assumptions::{ASSUMPTION_SPECS, AssumptionGroup, assumption_spec};
use crate::model::validation::{Outcome, markdown, validate};
use crate::model::{Assumptions, LeverValues};
use crate::present::format::{count, with_unit};
use crate::workshop::Workshop;
use crate::workshop::ids::did_you_mean;

/// `--assume ID=VALUE`, shared by every command that projects.
#[derive(Args, Debug, Default, Clone)]
pub struct Assume {
    /// Set an assumption for this run, as ID=VALUE (e.g. demographic_growth=1.2); may be
    /// repeated. `jaws assumptions` lists them with their ranges.
    #[arg(long = "assume", value_name = "ID=VALUE")]
    pub assume: Vec<String>,
    /// The council to start from (the global `--council`), applied before `--assume`.
    #[arg(skip)]
    pub council: Option<Box<crate::council::Council>>,
}

impl Assume {
    /// `a` with every `--assume` applied in order, each checked by the one rule for a typed
    /// assumption ([`Assumptions::check`]): an unknown id or a value out of range is a usage
    /// error that says what is allowed.
    pub fn apply(&self, a: &Assumptions) -> Result<Assumptions, CliError> {
        let mut out = a.clone();
        for given in &self.assume {
            let (id, raw) = given.split_once('=').ok_or_else(|| {
                CliError::Usage(format!(
                    "--assume {given}: expected ID=VALUE, for example demographic_growth=1.2"
                ))
            })?;
            let (id, raw) = (id.trim(), raw.trim());
            let known = id == "base_year" || id == "horizon_years" || assumption_spec(id).is_some();
            if !known {
                let ids = ["base_year", "horizon_years"]
                    .into_iter()
                    .chain(ASSUMPTION_SPECS.iter().map(|s| s.id));
                return Err(CliError::Usage(format!(
                    "--assume {given}: there is no assumption called `{id}`{}; `jaws assumptions` lists them",
                    did_you_mean(id, ids)
                )));
            }
            let value: f64 = raw.parse().map_err(|_| {
                CliError::Usage(format!("--assume {given}: `{raw}` is not a number"))
            })?;
            out = out
                .check(id, value)
                .map_err(|why| CliError::Usage(format!("--assume {given}: {why}")))?;
        }
        Ok(out)
    }

    /// The workshop with its assumptions as `--assume` sets them.
    pub fn on(&self, mut w: Workshop) -> Result<Workshop, CliError> {
        if let Some(c) = &self.council {
            w = w.with_council(c).0;
        }
        w.assumptions = self.apply(&w.assumptions)?;
        Ok(w)
    }
}

/// One assumption as `jaws assumptions` lists it.
#[derive(Serialize)]
struct Listed {
    id: &'static str,
    label: &'static str,
    unit: &'static str,
    group: &'static str,
    value: f64,
    min: f64,
    max: f64,
    /// The range the uncertainty sweep draws from (the workshop's own where it gives one),
    /// or null where the council knows the figure.
    plausible: Option<(f64, f64)>,
    judgement: bool,
    source: String,
    description: &'static str,
}

/// `jaws assumptions`.
pub fn run_assumptions(
    out: &mut dyn Write,
    w: &Workshop,
    format: ListFormat,
) -> Result<(), CliError> {
    let a = &w.assumptions;
    let swept = crate::model::sweep::uncertain_set(a, &w.uncertain);
    let mut listed = vec![
        Listed {
            id: "base_year",
            label: "Base year",
            unit: "year",
            group: "context",
            value: f64::from(a.base_year),
            min: 1990.0,
            max: 2100.0,
            plausible: None,
            judgement: false,
            source: w
                .sources
                .get("base_year")
                .cloned()
                .unwrap_or_else(|| "The workshop: the year the projection starts.".into()),
            description: "The first year of the projection; money is in its prices.",
        },
        Listed {
            id: "horizon_years",
            label: "Horizon",
            unit: "years",
            group: "context",
            value: f64::from(a.horizon_years),
            min: 5.0,
            max: 30.0,
            plausible: None,
            judgement: false,
            source: w
                .sources
                .get("horizon_years")
                .cloned()
                .unwrap_or_else(|| "The workshop: how far ahead the room looks.".into()),
            description: "How many years the projection runs.",
        },
    ];
    for s in ASSUMPTION_SPECS {
        let value = a.get(s.id).unwrap_or(f64::NAN);
        listed.push(Listed {
            id: s.id,
            label: s.label,
            unit: s.unit,
            group: match s.group {
                AssumptionGroup::Context => "context",
                AssumptionGroup::Response => "response",
            },
            value,
            min: s.min,
            max: s.max,
            plausible: swept
                .iter()
                .find(|u| u.assumption == s.id)
                .map(|u| (u.low, u.high)),
            judgement: s.judgement,
            // The workshop's own source where it gives one.
            source: w
                .sources
                .get(s.id)
                .cloned()
                .unwrap_or_else(|| s.source.to_owned()),
            description: s.description,
        });
    }
    match format {
        ListFormat::Json => json(out, &listed)?,
        ListFormat::Table => {
            writeln!(
                out,
                "{}: every assumption, its value and range; judgements have a plausible range the uncertainty sweep draws from",
                w.title
            )?;
            let rows: Vec<Vec<String>> = listed
                .iter()
                .map(|l| {
                    vec![
                        l.id.to_owned(),
                        l.label.to_owned(),
                        with_unit(l.value, l.unit),
                        format!(
                            "{} to {}",
                            with_unit(l.min, l.unit),
                            with_unit(l.max, l.unit)
                        ),
                        l.plausible.map_or("-".into(), |(lo, hi)| {
                            format!("{} to {}", with_unit(lo, l.unit), with_unit(hi, l.unit))
                        }),
                        if l.judgement {
                            "judgement"
                        } else {
                            "published"
                        }
                        .to_owned(),
                        l.source.clone(),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    "id",
                    "label",
                    "value",
                    "range",
                    "plausible",
                    "basis",
                    "source",
                ],
                &rows,
            )?;
        }
    }
    Ok(())
}

/// The validation table on the built-in workshops' reference scenarios, each with `--assume`
/// applied to its workshop's assumptions.
pub fn validation(assume: &Assume) -> Result<Vec<Outcome>, CliError> {
    // Refuse a bad --assume once, plainly, rather than as every row's missing scenario.
    assume.apply(&Assumptions::default())?;
    let workshops = Workshop::bundled_all();
    let resolve = |r: &crate::model::validation::Reference| -> Option<(Assumptions, LeverValues)> {
        let w = workshops.iter().find(|w| w.id == r.workshop)?;
        let s = w.scenario(r.scenario)?;
        let a = assume.apply(&w.assumptions).ok()?;
        Some((a, w.values_for(s)))
    };
    Ok(validate(&resolve))
}

/// `jaws validate`: exit 1 when a row fails that the table does not explain.
pub fn run_validate(
    out: &mut dyn Write,
    assume: &Assume,
    format: ValidateFormat,
) -> Result<(), CliError> {
    let outcomes = validation(assume)?;
    let mut mtfs_failed = Vec::new();
    match format {
        ValidateFormat::Json => json(out, &outcomes)?,
        ValidateFormat::Markdown => out.write_all(markdown(&outcomes).as_bytes())?,
        ValidateFormat::Table => {
            let rows: Vec<Vec<String>> = outcomes
                .iter()
                .map(|o| {
                    vec![
                        o.id.to_owned(),
                        format!("{}/{}", o.scenario.workshop, o.scenario.scenario),
                        o.value.map_or("-".to_owned(), |v| format!("{v:.1}")),
                        if o.low == o.high {
                            format!("{} {}", o.low, o.unit)
                        } else {
                            format!("{} to {} {}", o.low, o.high, o.unit)
                        },
                        o.verdict().to_owned(),
                    ]
                })
                .collect();
            writeln!(
                out,
                "The model against the published record (docs/validation.md has each source)"
            )?;
            table(
                out,
                &["check", "scenario", "model", "passes within", "result"],
                &rows,
            )?;
            if assume.council.is_some() {
                let w = assume.on(Workshop::bundled())?;
                mtfs_failed = super::council::validate_mtfs(out, &w)?;
            }
        }
    }
    // A difference the table explains is reported, not failed: the note says why in the row.
    let mut failed: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.unexplained_failure())
        .map(|o| o.id)
        .collect();
    failed.extend(mtfs_failed.iter().map(String::as_str));
    if failed.is_empty() {
        Ok(())
    } else {
        Err(CliError::Refused(format!(
            "{} of {} failed: {}",
            count(failed.len(), "check"),
            outcomes.len(),
            failed.join(", ")
        )))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ValidateFormat {
    Table,
    Json,
    /// The table of docs/validation.md.
    Markdown,
}
