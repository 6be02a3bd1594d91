//! The report in Markdown, with the charts as SVG files beside it (`report.md` names them).

use std::fmt::Write as _;

use super::text::{
    Ctx, Figure, assumption_rows, changed_count, differs, group_title, headline_cells,
    headline_labels, lever_labels, meta_line, predictions, when, words,
};
use crate::export::markup::escape_markdown;
use crate::export::series::MAX_SERIES;
use crate::i18n::tr;
use crate::model::{AssumptionGroup, Domain};
use crate::present::format::with_unit;
use crate::t;
use crate::workshop::Words;
use crate::workshop::session::DealSide;

/// Text for a table cell: escaped, on one line.
fn cell(s: &str) -> String {
    escape_markdown(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn md_paragraphs(s: &str) -> String {
    let normalised = s.replace("\r\n", "\n");
    let mut out = String::new();
    for para in normalised
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let lines: Vec<String> = para.lines().map(|l| escape_markdown(l.trim())).collect();
        out.push_str(&lines.join("  \n"));
        out.push_str("\n\n");
    }
    out
}

fn md_figure(o: &mut String, f: &Figure) {
    let _ = writeln!(o, "![{}]({})\n", escape_markdown(&f.alt), f.file);
}

/// Stands for the scenario code in its sentence until the code's backticks go in.
const CODE_MARK: &str = "\u{E000}";

pub(super) fn markdown(ctx: &Ctx) -> String {
    let w = ctx.w;
    let m = escape_markdown;
    let changed = cell(&tr("report-changed"));
    let mut o = String::new();
    let _ = writeln!(
        o,
        "# {}\n",
        m(&t!(
            "report-title",
            workshop = words(w, Words::Title).as_str()
        ))
    );
    if let Some(h) = w.council_heading() {
        let _ = writeln!(o, "**Council: {}**\n", m(&h));
    }
    if !w.organisation.is_empty() {
        let _ = writeln!(o, "**{}**\n", m(&words(w, Words::Organisation)));
    }
    o.push_str(&md_paragraphs(&words(w, Words::Description)));
    let meta = meta_line(ctx);
    let _ = writeln!(o, "_{}_\n", m(&meta));

    let _ = write!(
        o,
        "## {}\n\n| {} |",
        m(&tr("report-compared")),
        cell(&tr("report-col-scenario"))
    );
    let labels = headline_labels();
    for l in &labels {
        let _ = write!(o, " {} |", cell(l));
    }
    let _ = write!(o, " {} |\n|---|", cell(&tr("report-col-levers-changed")));
    o.push_str(&"---:|".repeat(labels.len() + 1));
    o.push('\n');
    for en in ctx.entries {
        let _ = write!(o, "| {} |", cell(&en.name));
        for c in headline_cells(&en.projection) {
            let _ = write!(o, " {} |", cell(&c));
        }
        let _ = writeln!(o, " {} |", changed_count(w, &en.values));
    }
    o.push('\n');
    if ctx.truncated {
        let _ = writeln!(o, "{}\n", m(&t!("report-charts-first", count = MAX_SERIES)));
    }
    for f in ctx.compare {
        md_figure(&mut o, f);
    }

    if let Some(s) = ctx.session {
        let _ = writeln!(o, "## {}\n", m(&tr("report-deal")));
        if s.deal.is_empty() {
            let _ = writeln!(o, "{}\n", m(&tr("report-deal-empty")));
        } else {
            let col = |side: DealSide| -> Vec<String> {
                s.deal
                    .iter()
                    .filter(|c| c.side == side)
                    .map(|c| {
                        let mut t = cell(&c.text);
                        if !c.levers.is_empty() {
                            let _ = write!(
                                t,
                                "<br>_{}_",
                                cell(&t!(
                                    "report-deal-moves",
                                    levers = lever_labels(w, &c.levers).join(", ")
                                ))
                            );
                        }
                        t
                    })
                    .collect()
            };
            let (council, community) = (col(DealSide::Council), col(DealSide::Community));
            let _ = writeln!(
                o,
                "| {} | {} |\n|---|---|",
                cell(&DealSide::Council.heading()),
                cell(&DealSide::Community.heading())
            );
            for i in 0..council.len().max(community.len()) {
                let _ = writeln!(
                    o,
                    "| {} | {} |",
                    council.get(i).map_or("", String::as_str),
                    community.get(i).map_or("", String::as_str)
                );
            }
            o.push('\n');
        }
        if !s.notes.trim().is_empty() {
            let _ = writeln!(o, "## {}\n", m(&tr("report-notes")));
            o.push_str(&md_paragraphs(&s.notes));
        }
        let predicted = predictions(w, s);
        if !predicted.is_empty() {
            let _ = writeln!(o, "## {}\n", m(&tr("report-predicted")));
            for p in predicted {
                let _ = writeln!(
                    o,
                    "- **{}**: {}  \n  {}",
                    m(&p.stage),
                    m(&p.question),
                    m(&p.answer)
                );
            }
            o.push('\n');
        }
    }

    for (en, figs) in ctx.entries.iter().zip(ctx.per_entry) {
        let _ = writeln!(o, "## {}\n", m(&en.name));
        if let Some(c) = &en.captured {
            let _ = writeln!(o, "_{}_\n", m(&t!("report-captured", when = when(ctx, c))));
        }
        // The code as code, wherever the language puts it in the sentence.
        let _ = writeln!(
            o,
            "{}\n",
            m(&t!("report-code", code = CODE_MARK)).replace(CODE_MARK, &format!("`{}`", en.code))
        );
        o.push_str(&md_paragraphs(&en.note));
        for (label, value) in labels.iter().zip(headline_cells(&en.projection)) {
            let _ = writeln!(o, "- {}: **{}**", m(label), m(&value));
        }
        o.push('\n');
        for f in figs {
            md_figure(&mut o, f);
        }
        let _ = writeln!(
            o,
            "### {}\n\n{}\n",
            m(&tr("report-lever-settings")),
            m(&tr("report-levers-differ-any"))
        );
        for domain in Domain::ALL {
            let _ = writeln!(
                o,
                "#### {}\n\n| {} | {} | {} |\n|---|---:|---:|",
                m(&domain.name()),
                cell(&tr("report-col-lever")),
                cell(&tr("report-col-setting")),
                cell(&tr("report-col-default")),
            );
            for (l, v) in w.levers_in(crate::i18n::lang()).iter().zip(en.values.0) {
                if l.domain != domain {
                    continue;
                }
                let band = l.band_at(v).map(|b| format!(" ({b})")).unwrap_or_default();
                let setting = format!("{}{band}", with_unit(v, &l.unit));
                if differs(v, l.default) {
                    let _ = writeln!(
                        o,
                        "| **{}** ({changed}) | **{}** | {} |",
                        cell(&l.label),
                        cell(&setting),
                        cell(&with_unit(l.default, &l.unit))
                    );
                } else {
                    let _ = writeln!(
                        o,
                        "| {} | {} | {} |",
                        cell(&l.label),
                        cell(&setting),
                        cell(&with_unit(l.default, &l.unit))
                    );
                }
            }
            o.push('\n');
        }
    }

    let _ = writeln!(o, "## {}\n", m(&tr("report-assumptions")));
    for group in [AssumptionGroup::Context, AssumptionGroup::Response] {
        let _ = writeln!(
            o,
            "### {}\n\n| {} | {} | {} |\n|---|---:|---|",
            m(&group_title(group)),
            cell(&tr("report-col-assumption")),
            cell(&tr("report-col-value")),
            cell(&tr("report-col-source")),
        );
        for (label, value, was, source) in assumption_rows(ctx, group) {
            let note = match &was {
                Some(was) if source.is_empty() => t!("report-workshop-value", value = was.as_str()),
                Some(was) => format!(
                    "{} {source}",
                    t!("report-workshop-value", value = was.as_str())
                ),
                None => source,
            };
            if was.is_some() {
                let _ = writeln!(
                    o,
                    "| **{}** ({changed}) | **{}** | {} |",
                    cell(&label),
                    cell(&value),
                    cell(&note)
                );
            } else {
                let _ = writeln!(
                    o,
                    "| {} | {} | {} |",
                    cell(&label),
                    cell(&value),
                    cell(&note)
                );
            }
        }
        o.push('\n');
    }
    o
}
