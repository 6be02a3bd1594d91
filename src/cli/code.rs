//! `jaws code encode` and `jaws code decode`: scenario codes on the command line
//! (`scenario_code` has the format; docs/files.md describes it).

use std::collections::BTreeMap;
use std::io::Write;

use clap::Subcommand;
use serde::Serialize;

use super::{CliError, ListFormat, json, load_workshop, resolve_levers, table};
use crate::scenario_code::{self, CodeError};
use crate::workshop::{BUNDLED, Workshop};

#[derive(Subcommand, Debug)]
pub enum CodeAction {
    /// Print the scenario code of --scenario (or the defaults) with --set applied.
    Encode {
        /// Set a lever, as LEVER=VALUE; may be repeated. Kept to the lever's slider step.
        #[arg(long = "set", value_name = "LEVER=VALUE")]
        set: Vec<String>,
    },
    /// Print the workshop and the lever values a code stands for. A mistyped code is refused
    /// (exit 1), naming the character in doubt. The code's workshop is found among the
    /// built-in ones, or give --workshop FILE for your own.
    Decode {
        /// The code, as JAWS-XXXX-XXXX-… (case, spaces and dashes do not matter).
        code: String,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
}

#[derive(Serialize)]
struct Decoded<'a> {
    code: String,
    version: u8,
    workshop: &'a str,
    workshop_title: &'a str,
    /// The workshop scenario the code starts from, or null for the lever defaults.
    base: Option<String>,
    /// The levers the code moves from there.
    changed: Vec<&'a str>,
    /// Every lever's value.
    levers: BTreeMap<&'a str, f64>,
}

pub fn run_code(
    action: CodeAction,
    workshop: Option<&std::path::PathBuf>,
    scenario: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    match action {
        CodeAction::Encode { set } => {
            let w = load_workshop(workshop)?;
            let values = resolve_levers(&w, scenario, &set)?;
            writeln!(out, "{}", scenario_code::encode(&w, &values))?;
        }
        CodeAction::Decode { code, format } => {
            let refused = |e: CodeError| CliError::Refused(format!("{code}: {e}"));
            let read = scenario_code::read(&code).map_err(refused)?;
            // The workshop asked for, or the built-in one the code names.
            let w = match workshop {
                Some(_) => load_workshop(workshop)?,
                None => BUNDLED
                    .iter()
                    .filter_map(|(name, _)| Workshop::bundled_named(name))
                    .find(|w| scenario_code::workshop_tag(&w.id) == read.workshop)
                    .ok_or(refused(CodeError::OtherWorkshop { title: None }))?,
            };
            let found = scenario_code::levers(&read, &w).map_err(refused)?;
            let d = Decoded {
                code: read.code().to_string(),
                version: read.version,
                workshop: &w.id,
                workshop_title: &w.title,
                base: found.base.clone(),
                changed: found
                    .changed
                    .iter()
                    .map(|&i| w.levers[i].id.as_str())
                    .collect(),
                levers: w
                    .levers
                    .iter()
                    .zip(found.levers.0)
                    .map(|(l, v)| (l.id.as_str(), v))
                    .collect(),
            };
            match format {
                ListFormat::Json => json(out, &d)?,
                ListFormat::Table => {
                    writeln!(out, "{}", d.code)?;
                    writeln!(out, "workshop: {} ({})", w.title, w.id)?;
                    let base = found
                        .base
                        .as_deref()
                        .and_then(|id| w.scenario(id))
                        .map_or("the lever defaults".to_owned(), |s| {
                            format!("{} ({})", s.name, s.id)
                        });
                    writeln!(out, "starts from: {base}")?;
                    writeln!(out)?;
                    let rows: Vec<Vec<String>> = w
                        .levers
                        .iter()
                        .enumerate()
                        .map(|(i, l)| {
                            vec![
                                l.id.clone(),
                                l.label.clone(),
                                format!("{}", found.levers.0[i]),
                                l.unit.clone(),
                                if found.changed.contains(&i) {
                                    "moved".into()
                                } else {
                                    String::new()
                                },
                            ]
                        })
                        .collect();
                    table(out, &["lever", "label", "value", "unit", ""], &rows)?;
                }
            }
        }
    }
    Ok(())
}
