//! `jaws seek` (what would it take?) and `jaws tornado` (what moves the gap most): their
//! arguments checked, and their output as a table, CSV or JSON.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use super::{CliError, DataFormat, ListFormat, json, load_workshop, resolve_levers, table};
use crate::export::{self, FileKind};
use crate::model::metric::{Judged, targets};
use crate::model::seek::{
    OffLimits, SeekResult, SeekStatus, default_movable, kept_out, seek_allowing,
};
use crate::model::sensitivity::{Side, TornadoBar, tornado};
use crate::model::target::{ConditionOutcome, Goal};
use crate::model::{LEVER_SPECS, LeverValues, Projection, lever_index};
use crate::present::format::money;
use crate::workshop::Workshop;

/// `jaws seek --help`: what a target may say, its metrics listed from the metric table.
pub fn seek_help() -> String {
    let mut s = String::from(
        "Targets (all conditions must hold; join them with `and`). Metrics, each <= or >= a number:\n",
    );
    let width = targets().map(|(m, _)| m.id.len()).max().unwrap_or(0) + 2;
    for (m, t) in targets() {
        let mut about = format!("{}, {}", t.description, m.unit);
        if m.prudent_minimum {
            about.push_str("; X may be `minimum` (or `prudent_minimum`), optionally `minimum+20`");
        }
        s.push_str(&hanging(&format!("  {:width$}", m.id), &about));
    }
    s.push_str(&hanging(
        &format!("  {:width$}", "LEVER"),
        "a cap on a lever (e.g. council_tax_rise<=2.99): the search keeps to it",
    ));
    let judged = |j: Judged| {
        let ids: Vec<&str> = targets()
            .filter(|(_, t)| t.judged == j)
            .map(|(m, _)| m.id)
            .collect();
        ids.join(", ")
    };
    s.push_str(&hanging(
        "",
        &format!(
            "Which years count: {} in the final year, or in every year from --by YEAR (or a condition's own `by YEAR`) to the end of the horizon; {} in every year of the horizon, whatever --by says (a condition's own `by YEAR` can start it later).",
            judged(Judged::FinalYear),
            judged(Judged::EveryYear)
        ),
    ));
    s.push_str(SEEK_HELP_REST);
    s
}

/// `lead` then `text` wrapped to 92 columns, continuation lines indented under the text.
fn hanging(lead: &str, text: &str) -> String {
    let indent = lead.chars().count();
    let mut out = String::from(lead);
    let mut column = indent;
    for word in text.split_whitespace() {
        if column > indent && column + 1 + word.chars().count() > 92 {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            column = indent;
        }
        if column > indent {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += word.chars().count();
    }
    out.push('\n');
    out
}

const SEEK_HELP_REST: &str = "
The answer is the smallest change from the scenario (the sum of squared changes, each as a
share of its lever's range) that meets the target, moving only --levers; or, when none can,
the closest it gets and by how much each condition falls short. Either way the exit code is
0: JSON `met` says which. Method and examples: docs/seek.md.

Examples:
  jaws seek --scenario old-deal --target 'gap<=0 and reserves>=minimum'
  jaws seek --scenario old-deal --target 'gap<=0' --by 2030 --levers council_tax_rise,transformation_investment
  jaws seek --scenario new-deal --target 'council_tax_rise<=2.99 and gap<=0' --format json
";

/// The levers a room will move, from `--levers`: catalogue indices, or a usage error.
fn movable_levers(w: &Workshop, ids: &[String]) -> Result<Vec<usize>, CliError> {
    if ids.is_empty() {
        let movable = default_movable();
        return Ok((0..w.levers.len().min(LEVER_SPECS.len()))
            .filter(|&i| movable[i])
            .collect());
    }
    let mut out = Vec::new();
    for id in ids {
        let id = id.trim();
        if id.is_empty() {
            return Err(CliError::Usage(
                "--levers: an empty lever id; give lever ids separated by commas, for example council_tax_rise,transformation_investment".into(),
            ));
        }
        let i = lever_index(id).ok_or_else(|| {
            let all: Vec<&str> = LEVER_SPECS.iter().map(|s| s.id).collect();
            CliError::Usage(format!(
                "--levers: unknown lever `{id}`; the levers are: {}",
                all.join(", ")
            ))
        })?;
        if !out.contains(&i) {
            out.push(i);
        }
    }
    Ok(out)
}

/// `jaws seek`.
#[allow(clippy::too_many_arguments)]
pub fn run_seek(
    out: &mut dyn Write,
    workshop: Option<&PathBuf>,
    assume: &super::Assume,
    allow_off_limits: bool,
    scenario: Option<&str>,
    sets: &[String],
    target: &str,
    by: Option<i32>,
    levers: &[String],
    format: ListFormat,
) -> Result<(), CliError> {
    let w = assume.on(load_workshop(workshop)?)?;
    let start = resolve_levers(&w, scenario, sets)?;
    let movable = movable_levers(&w, levers)?;
    let goal = Goal::parse(target, &w.assumptions, &w.levers, by).map_err(|e| {
        // A --by outside the horizon is about --by, not the target's text.
        let mut m = if e.message.starts_with("--by") {
            e.to_string()
        } else {
            format!("--target: {e}")
        };
        if let Some(p) = e.pointer(target) {
            m.push('\n');
            m.push_str(&p);
        }
        CliError::Usage(m)
    })?;
    let result = seek_allowing(
        &w.assumptions,
        &start,
        &w.levers,
        &goal,
        &movable,
        allow_off_limits,
        &mut |_| true,
    );
    let base = resolve_levers(&w, scenario, &[])?;
    let replay = replay_command(workshop, assume, scenario, &base, &result);
    match format {
        ListFormat::Json => {
            #[derive(Serialize)]
            struct Change {
                from: f64,
                to: f64,
            }
            #[derive(Serialize)]
            struct Out<'a> {
                workshop: &'a str,
                scenario: Option<&'a str>,
                target: &'a str,
                by: Option<i32>,
                movable: Vec<&'a str>,
                status: SeekStatus,
                met: bool,
                message: String,
                levers: BTreeMap<&'a str, f64>,
                changed: BTreeMap<&'a str, Change>,
                distance: f64,
                conditions: &'a [ConditionOutcome],
                shortfall: Option<Vec<&'a ConditionOutcome>>,
                headlines: crate::model::Headlines,
                prudent_minimum: f64,
                evaluations: usize,
                /// Levers the answer moves into bands marked off limits, each in words.
                off_limits: &'a [OffLimits],
                allow_off_limits: bool,
                replay: String,
            }
            let met = result.met();
            json(
                out,
                &Out {
                    workshop: &w.id,
                    scenario,
                    target: &goal.text,
                    by,
                    movable: movable.iter().map(|&i| LEVER_SPECS[i].id).collect(),
                    status: result.status,
                    met,
                    message: result.message(),
                    levers: w
                        .levers
                        .iter()
                        .zip(result.levers.0)
                        .map(|(l, v)| (l.id.as_str(), v))
                        .collect(),
                    changed: result
                        .changes
                        .iter()
                        .map(|c| {
                            (
                                c.id,
                                Change {
                                    from: c.from,
                                    to: c.to,
                                },
                            )
                        })
                        .collect(),
                    distance: result.distance,
                    conditions: &result.outcomes,
                    shortfall: (!met).then(|| result.outcomes.iter().filter(|o| !o.met).collect()),
                    headlines: result.projection.headlines(),
                    prudent_minimum: result.projection.prudent_minimum,
                    evaluations: result.evaluations,
                    off_limits: &result.off_limits,
                    allow_off_limits,
                    replay,
                },
            )?;
        }
        ListFormat::Table => {
            super::council::header(out, &w, "")?;
            writeln!(
                out,
                "{} — {}: what would it take to meet `{}`?",
                w.title,
                scenario.unwrap_or("lever defaults"),
                goal.text
            )?;
            let verdict = match result.status {
                SeekStatus::AlreadyMet | SeekStatus::Met => "MET",
                SeekStatus::NotMet | SeekStatus::Cancelled => "NOT MET",
            };
            writeln!(out, "{verdict}: {}", result.message())?;
            let kept = kept_out(&w.levers, &start, &movable);
            if !allow_off_limits && !kept.is_empty() {
                writeln!(
                    out,
                    "Kept out of, as the workshop marks them (--allow-off-limits to allow): {}.",
                    kept.join("; ")
                )?;
            }
            if !result.changes.is_empty() {
                writeln!(out)?;
                let rows: Vec<Vec<String>> = result
                    .changes
                    .iter()
                    .map(|c| {
                        let l = &w.levers[c.index];
                        vec![
                            c.id.to_owned(),
                            l.label.clone(),
                            format!("{}", c.from),
                            format!("{}", c.to),
                            signed(c.to - c.from),
                            l.unit.clone(),
                        ]
                    })
                    .collect();
                table(
                    out,
                    &["lever", "label", "from", "to", "change", "unit"],
                    &rows,
                )?;
                writeln!(
                    out,
                    "size of the change: {:.3} (each lever's change as a share of its range, squared, summed, square-rooted)",
                    result.distance
                )?;
            }
            writeln!(out)?;
            let rows: Vec<Vec<String>> = result
                .outcomes
                .iter()
                .map(|o| {
                    vec![
                        o.condition.clone(),
                        match (o.from_year, o.to_year) {
                            (Some(a), Some(b)) if a == b => a.to_string(),
                            (Some(a), Some(b)) => format!("{a}-{b}"),
                            _ => "throughout".into(),
                        },
                        o.worst_year.map_or("-".into(), |y| y.to_string()),
                        figure(o.value),
                        figure(o.bound),
                        if o.met { "yes".into() } else { "no".into() },
                        figure(o.short_by),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    "condition",
                    "years",
                    "worst year",
                    "value",
                    "bound",
                    "met",
                    "short by",
                ],
                &rows,
            )?;
            writeln!(out)?;
            write_headlines(out, &result.projection)?;
            writeln!(out)?;
            writeln!(out, "replay: {replay}")?;
        }
    }
    Ok(())
}

/// The `jaws project` command line that shows the answer's projection: the scenario, and
/// every lever where the answer differs from it.
fn replay_command(
    workshop: Option<&PathBuf>,
    assume: &super::Assume,
    scenario: Option<&str>,
    base: &LeverValues,
    r: &SeekResult,
) -> String {
    let mut s = String::from("jaws project");
    if let Some(w) = workshop {
        s.push_str(&format!(" --workshop {}", w.display()));
    }
    for a in &assume.assume {
        s.push_str(&format!(" --assume {a}"));
    }
    if let Some(id) = scenario {
        s.push_str(&format!(" --scenario {id}"));
    }
    for (i, spec) in LEVER_SPECS.iter().enumerate() {
        let v = r.levers.0[i];
        if v != base.0[i] {
            s.push_str(&format!(" --set {}={v}", spec.id));
        }
    }
    s
}

/// The headline figures under a projection table, as the room reads them.
pub(super) fn write_headlines(out: &mut dyn Write, p: &Projection) -> Result<(), CliError> {
    let h = p.headlines();
    writeln!(
        out,
        "final-year gap ({}): {}",
        h.final_year,
        money(h.final_gap)
    )?;
    writeln!(out, "cumulative gap: {}", money(h.cumulative_gap))?;
    writeln!(
        out,
        "reserves below the prudent minimum ({}): {}",
        money(p.prudent_minimum),
        h.reserves_below_minimum
            .map_or("not within the horizon".into(), |y| y.to_string())
    )?;
    writeln!(
        out,
        "jaws close: {}",
        h.jaws_close
            .map_or("not within the horizon".into(), |y| y.to_string())
    )?;
    writeln!(
        out,
        "section 114 point (the budget cannot be balanced): {}",
        h.section_114
            .map_or("not within the horizon".into(), |y| format!(
                "{y}; unfunded in {}: {}",
                h.final_year,
                money(h.final_shortfall)
            ))
    )?;
    Ok(())
}

fn signed(v: f64) -> String {
    let s = figure(v);
    if v > 0.0 { format!("+{s}") } else { s }
}

/// A figure as people read it: up to three decimals, no trailing zeros.
fn figure(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// Where `jaws tornado` puts its answer.
pub enum TornadoOut {
    /// Printed, for people or scripts.
    Print(DataFormat),
    /// A CSV file for a spreadsheet.
    CsvFile(PathBuf),
}

/// `jaws tornado`.
pub fn run_tornado(
    out: &mut dyn Write,
    workshop: Option<&PathBuf>,
    assume: &super::Assume,
    scenario: Option<&str>,
    sets: &[String],
    to: TornadoOut,
) -> Result<(), CliError> {
    let w = assume.on(load_workshop(workshop)?)?;
    let values = resolve_levers(&w, scenario, sets)?;
    let bars = tornado(&w.assumptions, &w.uncertain, &values, &w.levers);
    let final_year = w.assumptions.base_year + w.assumptions.horizon_years as i32 - 1;
    let base_gap = bars.first().map_or_else(
        || {
            crate::model::simulate(&w.assumptions, &values)
                .final_row()
                .gap
        },
        |b| b.base_gap,
    );
    let format = match to {
        TornadoOut::Print(format) => format,
        TornadoOut::CsvFile(path) => {
            export::check_file_name(&path, FileKind::Csv)
                .map_err(|e| CliError::Usage(format!("--csv {e}")))?;
            export::write_tornado_csv(&path, &bars)?;
            writeln!(out, "wrote {}", path.display())?;
            return Ok(());
        }
    };
    match format {
        DataFormat::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                workshop: &'a str,
                scenario: Option<&'a str>,
                final_year: i32,
                base_gap: f64,
                bars: &'a [TornadoBar],
            }
            json(
                out,
                &Out {
                    workshop: &w.id,
                    scenario,
                    final_year,
                    base_gap,
                    bars: &bars,
                },
            )?;
        }
        DataFormat::Csv => {
            super::council::header(out, &w, "# ")?;
            out.write_all(export::csv::tornado(&bars).as_bytes())?
        }
        DataFormat::Table => {
            super::council::header(out, &w, "")?;
            writeln!(
                out,
                "{} — {}: final-year gap ({final_year}) {}; each input swung across its range, the rest held",
                w.title,
                scenario.unwrap_or("lever defaults"),
                money(base_gap)
            )?;
            let rows: Vec<Vec<String>> = bars
                .iter()
                .enumerate()
                .map(|(i, b)| {
                    vec![
                        (i + 1).to_string(),
                        b.kind.id().into(),
                        b.id.clone(),
                        figure(b.low),
                        figure(b.high),
                        format!("{:.1}", b.gap_at_low),
                        format!("{:.1}", b.gap_at_high),
                        format!("{:.1}", b.swing),
                        b.threshold.map_or("-".into(), |t| {
                            let side = match t.closed {
                                Side::Above => "above",
                                Side::Below => "below",
                            };
                            format!("{side} {}", figure(t.value))
                        }),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    "rank",
                    "kind",
                    "id",
                    "low",
                    "high",
                    "gap_at_low",
                    "gap_at_high",
                    "swing",
                    "gap closed",
                ],
                &rows,
            )?;
            // The knife-edges, in words: where the final-year gap changes sign.
            let subject = scenario
                .and_then(|id| w.scenario(id))
                .map_or("These levers".to_owned(), |s| s.name.clone());
            let edges: Vec<String> = bars
                .iter()
                .filter_map(|b| b.threshold_words(&subject, final_year))
                .take(6)
                .collect();
            if !edges.is_empty() {
                writeln!(out)?;
                writeln!(out, "Thresholds, each with everything else as it stands:")?;
                for e in edges {
                    writeln!(out, "  {e}.")?;
                }
            }
        }
    }
    Ok(())
}
