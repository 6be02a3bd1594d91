//! The command line: the same binary as the app, for analysts, scripts and tests.
//!
//! Exit codes: 0 success, 1 an invalid or unreadable file, 2 a usage error (clap's own
//! convention, kept for our own checks of `--set` and friends).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::export::{self, ChartKind, ChartSize, FileKind};
use crate::model::sweep::{SweepRow, sweep};
use crate::model::{LINKS, LeverValues, Projection, simulate};
use crate::workshop::read::text::{printable, shorten_numbers};
use crate::workshop::session::load_session;
use crate::workshop::{Problems, Workshop, open_file};

mod analysis;
mod assumptions;
mod code;
mod council;

use analysis::TornadoOut;
pub use assumptions::Assume;

#[derive(Parser, Debug)]
#[command(
    name = "jaws",
    version,
    about = "Jaws: see the jaws of doom open, and what a new deal between people and public services could do about them.",
    long_about = None,
    after_help = "With no command, Jaws opens its window on the workshop (the bundled default unless --workshop is given)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Workshop to open: a file, or the name of a built-in one (new-model, cabinet-60,
    /// adult-social-care). Default: the built-in "new model" workshop.
    #[arg(long, global = true, value_name = "FILE|NAME")]
    pub workshop: Option<PathBuf>,
    /// Scenario to start from, by id.
    #[arg(long, global = true, value_name = "ID")]
    pub scenario: Option<String>,
    /// View to open the window on.
    #[arg(long, value_enum, default_value_t = View::Explore)]
    pub view: View,
    /// Language of what a person reads: the window, the report and exported charts (en or
    /// cy). The window otherwise speaks the language last chosen in it, or the system's.
    #[arg(long, global = true, value_name = "en|cy")]
    pub lang: Option<crate::i18n::Lang>,
    /// Stage to start presenting at: its id, or its number counting from 1.
    #[arg(long, value_name = "STAGE")]
    pub stage: Option<String>,
    /// Start from a council's own figures: a council profile (`jaws import` makes one), or a
    /// built-in illustrative one (shire-county, metropolitan-district, shire-district).
    #[arg(long, global = true, value_name = "FILE|NAME")]
    pub council: Option<String>,
    /// Workshop, session (.jaws) and scenario files to open in the window: a session opens
    /// with the workshop it was made with, scenarios join the session.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum View {
    Explore,
    Map,
    Analyse,
    Compare,
    Deal,
    /// Presenter mode: the workshop's stages, full screen (F5 in the window; Esc leaves).
    Present,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the levers: id, label, domain, unit, range, default and what each does.
    Levers {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// List the assumptions: id, label, value, range, plausible range, source, and whether
    /// each is a judgement.
    Assumptions {
        #[command(flatten)]
        assume: Assume,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Project a scenario over the workshop's horizon, one row a year (JSON and CSV also give
    /// each service line's spending and share of the budget).
    Project {
        /// Set a lever, as LEVER=VALUE; may be repeated.
        #[arg(long = "set", value_name = "LEVER=VALUE")]
        set: Vec<String>,
        #[command(flatten)]
        assume: Assume,
        #[arg(long, value_enum, default_value_t = DataFormat::Table)]
        format: DataFormat,
    },
    /// Check the model against the published record: each row a published figure, the model's
    /// value on a reference scenario of the built-in workshops, and whether it passes. Exit 1
    /// when a row fails that the table does not explain. docs/validation.md is this table.
    Validate {
        #[command(flatten)]
        assume: Assume,
        #[arg(long, value_enum, default_value_t = assumptions::ValidateFormat::Table)]
        format: assumptions::ValidateFormat,
    },
    /// Validate workshop and scenario files; one line a problem as FILE:LINE:COLUMN: message.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// json: one object a file with its kind and its problems (line, column, message).
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Simulate many futures over the workshop's uncertain assumptions; gap percentiles a year.
    Sweep {
        /// How many futures to simulate (1 to 1,000,000).
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        samples: u64,
        /// Seed for the random draws; the same seed gives the same answer.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[command(flatten)]
        assume: Assume,
        #[arg(long, value_enum, default_value_t = DataFormat::Table)]
        format: DataFormat,
    },
    /// What would it take? The smallest change to the levers that meets a target.
    #[command(after_help = analysis::seek_help())]
    Seek {
        /// The target, e.g. 'gap<=0 and reserves>=minimum' (the list is below).
        #[arg(long, value_name = "EXPR")]
        target: String,
        /// Year from which gap, cumulative_gap, unmet_need, trust and cuts conditions must hold,
        /// to the end of the horizon (default: the final year only).
        #[arg(long, value_name = "YEAR")]
        by: Option<i32>,
        /// Levers the room is willing to move, as ids separated by commas (default: every
        /// lever but the national settlement, as in the window).
        #[arg(long, value_name = "ID,...", value_delimiter = ',')]
        levers: Vec<String>,
        /// Let the answer enter bands of a lever's range the workshop marks as needing a
        /// referendum or unrealistic (kept out of by default, as in the window).
        #[arg(long)]
        allow_off_limits: bool,
        /// Start from the scenario with this lever set, as LEVER=VALUE; may be repeated.
        #[arg(long = "set", value_name = "LEVER=VALUE")]
        set: Vec<String>,
        #[command(flatten)]
        assume: Assume,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Which levers and uncertain assumptions move the final-year gap most, each swung across
    /// its range with the rest held; largest swing first.
    Tornado {
        /// Start from the scenario with this lever set, as LEVER=VALUE; may be repeated.
        #[arg(long = "set", value_name = "LEVER=VALUE")]
        set: Vec<String>,
        #[command(flatten)]
        assume: Assume,
        #[arg(long, value_enum, default_value_t = DataFormat::Table)]
        format: DataFormat,
        /// Write the tornado as CSV to FILE, for a spreadsheet (UTF-8 with a byte-order mark),
        /// instead of printing it.
        #[arg(long, value_name = "FILE", conflicts_with = "format")]
        csv: Option<PathBuf>,
    },
    /// List the model's causal links: from, to, polarity, delay and what each means.
    Links {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Export a chart (PNG or SVG) or the projection (CSV) of one or more scenarios.
    #[command(group(clap::ArgGroup::new("output").required(true).args(["png", "svg", "csv"])))]
    Export {
        /// Scenario to draw, by id; repeat to overlay up to eight. Default: the lever defaults.
        #[arg(long = "scenario", value_name = "ID")]
        scenario: Vec<String>,
        /// Write the chart as a PNG image.
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
        /// Write the chart as an SVG image.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
        /// Write the projection as CSV (the columns of `jaws project --format csv`).
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Which chart to draw.
        #[arg(long, value_enum, default_value_t = ChartKind::Jaws)]
        chart: ChartKind,
        /// Image size in pixels, WIDTHxHEIGHT, each 320 to 8000.
        #[arg(long, value_name = "WxH", default_value = "1600x900")]
        size: ChartSize,
        #[command(flatten)]
        assume: Assume,
    },
    /// Write a self-contained HTML report (and Markdown, with SVG charts) of a workshop or session.
    Report {
        /// Session file to report (default: the workshop's own scenarios).
        #[arg(long, value_name = "FILE")]
        session: Option<PathBuf>,
        /// Folder to write report.html, report.md and the charts into (created if need be).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[command(flatten)]
        assume: Assume,
    },
    /// Write the fill-in sheet for a council's own figures: one row a figure, its unit, what
    /// it means and where councils publish it.
    Template {
        /// Where to write it: a .xlsx workbook or a .csv file.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Read a filled template (.xlsx, .ods or .csv) into a council profile for --council;
    /// nothing is written unless the whole sheet is valid.
    Import {
        /// The filled template.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Where to write the council profile.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Scenario codes: a scenario as a short code to read out or type on another laptop
    /// (JAWS-1AB3-7K3F-QX), with a check that names a mistyped character.
    Code {
        #[command(subcommand)]
        action: code::CodeAction,
    },
    /// List the feedback loops in the links, reinforcing or balancing, ranked by how strongly
    /// each is acting in a scenario and year.
    Loops {
        /// Year to rank the loops in (default: the last year of the horizon).
        #[arg(long, value_name = "YEAR")]
        year: Option<i32>,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DataFormat {
    Table,
    Csv,
    Json,
}

/// Why a command failed, and so its exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Invalid(Problems),
    /// Input refused with a reason that has no file place (a mistyped scenario code).
    #[error("{0}")]
    Refused(String),
    /// Standard output could not be written (a closed pipe is not reported).
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
    /// A file asked for could not be written; nothing at `path` was replaced.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl From<export::ExportError> for CliError {
    fn from(e: export::ExportError) -> Self {
        match e {
            export::ExportError::Request(m) => CliError::Usage(m),
            export::ExportError::Io { path, source } => CliError::Write { path, source },
            other => CliError::Output(std::io::Error::other(other.to_string())),
        }
    }
}

impl CliError {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Usage(_) => ExitCode::from(2),
            CliError::Invalid(_)
            | CliError::Refused(_)
            | CliError::Output(_)
            | CliError::Write { .. } => ExitCode::from(1),
        }
    }
}

/// Run a command as the `jaws` binary does: its output on standard output, problems and
/// errors on standard error, and the exit code. A pipe closed at either end (`jaws project |
/// head -1`, `jaws check FILE 2>&1 | head -1`) ends it quietly, never with a panic.
pub fn main(cli: Cli) -> ExitCode {
    if let Some(lang) = cli.lang {
        crate::i18n::set_lang(lang);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = run(cli, &mut out).and_then(|()| out.flush().map_err(CliError::Output));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // Whoever was reading has all they wanted.
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            match &e {
                CliError::Invalid(p) => tell(&p.to_string()),
                other => tell(&format!("error: {other}")),
            }
            e.exit_code()
        }
    }
}

/// Say something to the person on standard error, a line at a time, with control characters
/// escaped so that nothing echoed from a file or an argument can rewrite the terminal or
/// forge a `FILE:LINE:COLUMN` line, and numbers hundreds of digits long in powers of ten. If
/// standard error is closed, there is no one to tell.
pub fn tell(message: &str) {
    let mut err = std::io::stderr().lock();
    for line in message.lines() {
        if writeln!(err, "{}", printable(&shorten_numbers(line))).is_err() {
            return;
        }
    }
}

pub fn load_workshop(path: Option<&PathBuf>) -> Result<Workshop, CliError> {
    match path {
        None => Ok(Workshop::bundled()),
        Some(p) => crate::workshop::catalogue::load_named_or_path(p).map_err(CliError::Invalid),
    }
}

/// The lever values a command asked for: a scenario (or the defaults) with `--set` applied.
pub fn resolve_levers(
    w: &Workshop,
    scenario: Option<&str>,
    sets: &[String],
) -> Result<LeverValues, CliError> {
    let mut values = match scenario {
        None => w.default_values(),
        Some(id) => {
            let s = w.scenario(id).ok_or_else(|| {
                let ids: Vec<&str> = w.scenarios.iter().map(|s| s.id.as_str()).collect();
                CliError::Usage(format!(
                    "unknown scenario `{id}`; this workshop has: {}",
                    ids.join(", ")
                ))
            })?;
            w.values_for(s)
        }
    };
    for set in sets {
        let (id, raw) = set.split_once('=').ok_or_else(|| {
            CliError::Usage(format!(
                "--set {set}: expected LEVER=VALUE, for example council_tax_rise=2.99"
            ))
        })?;
        let (id, raw) = (id.trim(), raw.trim());
        let value: f64 = raw
            .parse()
            .map_err(|_| CliError::Usage(format!("--set {set}: `{raw}` is not a number")))?;
        let i = w
            .check_setting(id, value)
            .map_err(|m| CliError::Usage(format!("--set {set}: {m}")))?;
        values.0[i] = value;
    }
    Ok(values)
}

pub fn run(cli: Cli, out: &mut dyn Write) -> Result<(), CliError> {
    let Some(command) = cli.command else {
        return Ok(());
    };
    // --council starts every projecting command from the council (through `Assume::on`).
    let council = match &cli.council {
        Some(c) => Some(Box::new(
            crate::workshop::load_council_named_or_path(c).map_err(CliError::Invalid)?,
        )),
        None => None,
    };
    let ours = |a: Assume| Assume {
        council: council.clone(),
        ..a
    };
    match command {
        Command::Levers { format } => {
            let w = load_workshop(cli.workshop.as_ref())?;
            match format {
                ListFormat::Json => json(out, &w.levers)?,
                ListFormat::Table => {
                    let rows: Vec<Vec<String>> = w
                        .levers
                        .iter()
                        .map(|l| {
                            vec![
                                l.id.clone(),
                                l.domain.label().into(),
                                l.label.clone(),
                                l.unit.clone(),
                                num(l.min),
                                num(l.max),
                                num(l.default),
                            ]
                        })
                        .collect();
                    table(
                        out,
                        &["id", "domain", "label", "unit", "min", "max", "default"],
                        &rows,
                    )?;
                }
            }
        }
        Command::Assumptions { assume, format } => {
            let w = ours(assume).on(load_workshop(cli.workshop.as_ref())?)?;
            council::header(out, &w, "")?;
            assumptions::run_assumptions(out, &w, format)?;
        }
        Command::Validate { assume, format } => {
            assumptions::run_validate(out, &ours(assume), format)?
        }
        Command::Template { out: path } => council::run_template(out, &path)?,
        Command::Import { file, out: path } => council::run_import(out, &file, &path)?,
        Command::Project {
            set,
            assume,
            format,
        } => {
            let w = ours(assume).on(load_workshop(cli.workshop.as_ref())?)?;
            let values = resolve_levers(&w, cli.scenario.as_deref(), &set)?;
            let p = simulate(&w.assumptions, &values);
            write_projection(out, &w, cli.scenario.as_deref(), &values, &p, format)?;
        }
        Command::Check { files, format } => {
            // Scenario and session files are checked against --workshop (default: bundled).
            let w = load_workshop(cli.workshop.as_ref())?;
            let mut problems = Vec::new();
            let mut checked = Vec::new();
            for f in &files {
                match open_file(f, &w) {
                    Ok(opened) => {
                        let kind = opened.kind();
                        let warnings = {
                            use crate::workshop::FileKind as Kind;
                            match kind {
                                Kind::Workshop => crate::workshop::untranslated_in(f),
                                Kind::Scenario | Kind::Session | Kind::Council => Vec::new(),
                            }
                        };
                        // A closed output does not stop the checking: the exit code and the
                        // problems of the files after it still say what is wrong.
                        if format == ListFormat::Table {
                            let file = f.display().to_string();
                            let mut said =
                                writeln!(out, "{}: ok ({})", printable(&file), kind.label());
                            // An older file reads, and says what was changed to read it.
                            for note in opened.migration() {
                                if said.is_ok() {
                                    said = writeln!(out, "  {note}.");
                                }
                            }
                            // Words a workshop lacks in one of its languages: warnings only.
                            for warning in &warnings {
                                if said.is_ok() {
                                    said = writeln!(out, "{warning}");
                                }
                            }
                            match said {
                                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                                other => other?,
                            }
                        }
                        let mut file = CheckedFile::new(f, Some(kind), &[]);
                        file.warnings = CheckedProblem::all(&warnings);
                        checked.push(file);
                    }
                    Err(Problems(p)) => {
                        checked.push(CheckedFile::new(f, None, &p));
                        problems.extend(p);
                    }
                }
            }
            if format == ListFormat::Json {
                json(out, &checked)?;
            }
            if !problems.is_empty() {
                return Err(CliError::Invalid(Problems(problems)));
            }
        }
        Command::Sweep {
            samples,
            seed,
            assume,
            format,
        } => {
            let w = ours(assume).on(load_workshop(cli.workshop.as_ref())?)?;
            let values = resolve_levers(&w, cli.scenario.as_deref(), &[])?;
            match format {
                DataFormat::Table => council::header(out, &w, "")?,
                DataFormat::Csv => council::header(out, &w, "# ")?,
                DataFormat::Json => {}
            }
            let rows = sweep(
                &w.assumptions,
                &w.uncertain,
                &values,
                samples as usize,
                seed,
            );
            write_sweep(out, &rows, format)?;
        }
        Command::Code { action } => {
            code::run_code(action, cli.workshop.as_ref(), cli.scenario.as_deref(), out)?;
        }
        Command::Loops { year, format } => {
            let w = load_workshop(cli.workshop.as_ref())?;
            let values = resolve_levers(&w, cli.scenario.as_deref(), &[])?;
            let first = w.assumptions.base_year;
            let last = first + w.assumptions.horizon_years as i32 - 1;
            let year = year.unwrap_or(last);
            if !(first..=last).contains(&year) {
                return Err(CliError::Usage(format!(
                    "--year {year} is outside the horizon {first} to {last}"
                )));
            }
            let ranked =
                crate::model::loops::ranked_loops(&w.assumptions, &values, (year - first) as usize);
            match format {
                ListFormat::Json => json(out, &ranked)?,
                ListFormat::Table => {
                    let rows: Vec<Vec<String>> = ranked
                        .iter()
                        .map(|r| {
                            vec![
                                r.feedback.name.clone(),
                                r.feedback.kind.label().into(),
                                format!("{:.3}", r.strength),
                                r.feedback.nodes.join(" > "),
                            ]
                        })
                        .collect();
                    writeln!(out, "feedback loops in {year}, strongest first")?;
                    table(out, &["loop", "kind", "strength", "nodes"], &rows)?;
                }
            }
        }
        Command::Export {
            scenario,
            png,
            svg,
            csv,
            chart,
            size,
            assume,
        } => {
            let w = ours(assume).on(load_workshop(cli.workshop.as_ref())?)?;
            // `--scenario` before the command name arrives as the global option.
            let ids = if scenario.is_empty() {
                cli.scenario.into_iter().collect()
            } else {
                scenario
            };
            let series = export::workshop_series(&w, &ids)?;
            // The workshop's title in the language asked for (`--lang`).
            let title = w.text(crate::workshop::Words::Title, crate::i18n::lang());
            let subtitle = match w.council_heading() {
                Some(h) => format!("{h} · {title}"),
                None => title.to_owned(),
            };
            let c = export::Chart::new(chart, &series, w.assumptions.base_year)
                .subtitle(subtitle)
                .size(size)
                .published(w.council.as_ref().map_or(&[][..], |c| &c.fits));
            // A name that says another format is refused before anything is drawn.
            let named = |flag: &str, path: &PathBuf, kind: FileKind| {
                export::check_file_name(path, kind)
                    .map_err(|e| CliError::Usage(format!("--{flag} {e}")))
            };
            let path = if let Some(path) = png {
                named("png", &path, FileKind::Png)?;
                export::write_png(&path, &c)?;
                path
            } else if let Some(path) = svg {
                named("svg", &path, FileKind::Svg)?;
                export::write_svg(&path, &c)?;
                path
            } else if let Some(path) = csv {
                named("csv", &path, FileKind::Csv)?;
                export::write_csv_headed(&path, &series, w.council_heading().as_deref())?;
                path
            } else {
                return Err(CliError::Usage(
                    "say where to write: --png FILE, --svg FILE or --csv FILE".into(),
                ));
            };
            writeln!(out, "wrote {}", path.display())?;
        }
        Command::Report {
            session,
            out: dir,
            assume,
        } => {
            let workshop = load_workshop(cli.workshop.as_ref())?;
            let session = match session {
                Some(p) => Some(load_session(&p, &workshop).map_err(CliError::Invalid)?),
                None => None,
            };
            // A session keeps the council the room started from (its figures, name and
            // published gaps; the assumptions it set are among the session's): the report
            // starts from it unless --council names another.
            let mut assume = ours(assume);
            if assume.council.is_none() {
                assume.council = session
                    .as_ref()
                    .and_then(|s| s.council.clone())
                    .map(Box::new);
            }
            let w = assume.on(workshop)?;
            for path in export::write_report(&dir, &w, session.as_ref())? {
                writeln!(out, "wrote {}", path.display())?;
            }
        }
        Command::Seek {
            target,
            by,
            levers,
            allow_off_limits,
            set,
            assume,
            format,
        } => analysis::run_seek(
            out,
            cli.workshop.as_ref(),
            &ours(assume),
            allow_off_limits,
            cli.scenario.as_deref(),
            &set,
            &target,
            by,
            &levers,
            format,
        )?,
        Command::Tornado {
            set,
            assume,
            format,
            csv,
        } => analysis::run_tornado(
            out,
            cli.workshop.as_ref(),
            &ours(assume),
            cli.scenario.as_deref(),
            &set,
            match csv {
                Some(path) => TornadoOut::CsvFile(path),
                None => TornadoOut::Print(format),
            },
        )?,
        Command::Links { format } => match format {
            ListFormat::Json => json(out, LINKS)?,
            ListFormat::Table => {
                let rows: Vec<Vec<String>> = LINKS
                    .iter()
                    .map(|l| {
                        vec![
                            l.from.into(),
                            l.to.into(),
                            l.polarity.symbol().into(),
                            format!("{:?}", l.delay).to_lowercase(),
                            l.description.into(),
                        ]
                    })
                    .collect();
                table(
                    out,
                    &["from", "to", "polarity", "delay", "description"],
                    &rows,
                )?;
            }
        },
    }
    Ok(())
}

/// One file's result in `jaws check --format json`.
#[derive(Serialize)]
struct CheckedFile {
    file: String,
    /// "workshop", "scenario" or "session"; null when the file has problems.
    kind: Option<&'static str>,
    ok: bool,
    problems: Vec<CheckedProblem>,
    /// Words a workshop lacks in one of its languages (the file is still ok).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<CheckedProblem>,
}

#[derive(Serialize)]
struct CheckedProblem {
    line: usize,
    column: usize,
    message: String,
}

impl CheckedProblem {
    fn all(p: &[crate::workshop::Problem]) -> Vec<CheckedProblem> {
        p.iter()
            .map(|p| CheckedProblem {
                line: p.line,
                column: p.column,
                message: p.message.clone(),
            })
            .collect()
    }
}

impl CheckedFile {
    fn new(
        path: &std::path::Path,
        kind: Option<crate::workshop::FileKind>,
        p: &[crate::workshop::Problem],
    ) -> Self {
        CheckedFile {
            file: path.display().to_string(),
            kind: kind.map(|k| k.label()),
            ok: p.is_empty(),
            problems: CheckedProblem::all(p),
            warnings: Vec::new(),
        }
    }
}

fn write_projection(
    out: &mut dyn Write,
    w: &Workshop,
    scenario: Option<&str>,
    values: &LeverValues,
    p: &Projection,
    format: DataFormat,
) -> Result<(), CliError> {
    match format {
        DataFormat::Csv => {
            council::header(out, w, "# ")?;
            out.write_all(export::csv::projection(p).as_bytes())?
        }
        DataFormat::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                workshop: &'a str,
                /// The council it starts from, and where its figures come from.
                #[serde(skip_serializing_if = "Option::is_none")]
                council: Option<String>,
                scenario: Option<&'a str>,
                levers: std::collections::BTreeMap<&'a str, f64>,
                headlines: crate::model::Headlines,
                prudent_minimum: f64,
                /// Years from the base year that the workshop's schedules set (the MTFS).
                mtfs_years: usize,
                /// A year each: every figure, and each service line's demand, spending,
                /// savings, share of spending, need and unmet need under `lines`.
                rows: &'a [crate::model::YearRow],
            }
            let levers = w
                .levers
                .iter()
                .zip(values.0)
                .map(|(l, v)| (l.id.as_str(), v))
                .collect();
            json(
                out,
                &Out {
                    workshop: &w.id,
                    council: w.council_heading(),
                    scenario,
                    levers,
                    headlines: p.headlines(),
                    prudent_minimum: p.prudent_minimum,
                    mtfs_years: p.mtfs_years,
                    rows: &p.rows,
                },
            )?;
        }
        DataFormat::Table => {
            council::header(out, w, "")?;
            let cols = [
                "year",
                "demand",
                "resources",
                "gap",
                "spending",
                "savings",
                "reserves",
                "cuts",
                "unmet_need",
                "trust",
                "adoption",
                "adults%",
                "children%",
                "other%",
            ];
            let share = |r: &crate::model::YearRow, line: crate::model::Line| {
                format!("{:.1}%", 100.0 * r.lines.get(line).share)
            };
            let rows: Vec<Vec<String>> = p
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    vec![
                        // The MTFS years, set by the workshop's schedules, are marked.
                        if i < p.mtfs_years {
                            format!("{}*", r.year)
                        } else {
                            r.year.to_string()
                        },
                        format!("{:.1}", r.demand),
                        format!("{:.1}", r.resources),
                        format!("{:.1}", r.gap),
                        format!("{:.1}", r.spending),
                        format!("{:.1}", r.savings),
                        format!("{:.1}", r.reserves),
                        format!("{:.1}", r.cuts),
                        format!("{:.1}", r.unmet_need),
                        format!("{:.2}", r.trust),
                        format!("{:.2}", r.adoption),
                        share(r, crate::model::Line::Adults),
                        share(r, crate::model::Line::Children),
                        share(r, crate::model::Line::Other),
                    ]
                })
                .collect();
            writeln!(
                out,
                "{} — {} (money in £m a year, constant {} prices)",
                w.title,
                scenario.unwrap_or("lever defaults"),
                w.assumptions.base_year
            )?;
            table(out, &cols, &rows)?;
            if p.mtfs_years > 0 {
                writeln!(
                    out,
                    "* the medium-term financial strategy: years the workshop's schedules set"
                )?;
            }
            writeln!(
                out,
                "adults%, children%, other%: each service line's share of spending"
            )?;
            writeln!(out)?;
            analysis::write_headlines(out, p)?;
        }
    }
    Ok(())
}

fn write_sweep(out: &mut dyn Write, rows: &[SweepRow], format: DataFormat) -> Result<(), CliError> {
    match format {
        DataFormat::Json => json(out, rows)?,
        DataFormat::Csv => {
            writeln!(
                out,
                "year,gap_p5,gap_p25,gap_p50,gap_p75,gap_p95,below_minimum"
            )?;
            for r in rows {
                writeln!(
                    out,
                    "{},{:.4},{:.4},{:.4},{:.4},{:.4},{:.4}",
                    r.year, r.gap_p5, r.gap_p25, r.gap_p50, r.gap_p75, r.gap_p95, r.below_minimum
                )?;
            }
        }
        DataFormat::Table => {
            let t: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.year.to_string(),
                        format!("{:.1}", r.gap_p5),
                        format!("{:.1}", r.gap_p25),
                        format!("{:.1}", r.gap_p50),
                        format!("{:.1}", r.gap_p75),
                        format!("{:.1}", r.gap_p95),
                        format!("{:.0}%", r.below_minimum * 100.0),
                    ]
                })
                .collect();
            writeln!(out, "gap, £m a year, across simulated futures")?;
            table(
                out,
                &[
                    "year",
                    "gap_p5",
                    "gap_p25",
                    "gap_p50",
                    "gap_p75",
                    "gap_p95",
                    "below_minimum",
                ],
                &t,
            )?;
        }
    }
    Ok(())
}

fn json<T: Serialize + ?Sized>(out: &mut dyn Write, v: &T) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, v).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

fn num(v: f64) -> String {
    format!("{v}")
}

/// A plain aligned text table; numbers right-aligned.
fn table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let numeric = |c: &str| {
        c.parse::<f64>().is_ok()
            || c.ends_with('%') && c.trim_end_matches('%').parse::<f64>().is_ok()
    };
    let line = |cells: Vec<&str>, out: &mut dyn Write| -> std::io::Result<()> {
        let last = cells.len() - 1;
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = w - c.chars().count();
            if numeric(c) {
                s.push_str(&" ".repeat(pad));
                s.push_str(c);
            } else {
                s.push_str(c);
                if i != last {
                    s.push_str(&" ".repeat(pad));
                }
            }
            if i != last {
                s.push_str("  ");
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(header.to_vec(), out)?;
    for r in rows {
        line(r.iter().map(String::as_str).collect(), out)?;
    }
    Ok(())
}
