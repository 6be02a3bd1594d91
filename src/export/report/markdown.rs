//! The report in Markdown, with the charts as SVG files beside it (`report.md` names them).

use std::fmt::Write as _;

use super::text::{
    Ctx, Figure, HEADLINE_LABELS, assumption_rows, changed_count, differs, group_title,
    headline_cells, lever_labels, meta_line, predictions, when,
};
use crate::export::markup::escape_markdown;
use crate::export::series::MAX_SERIES;
use crate::model::{AssumptionGroup, Domain};
use crate::present::format::with_unit;
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

pub(super) fn markdown(ctx: &Ctx) -> String {
    let w = ctx.w;
    let m = escape_markdown;
    let mut o = String::new();
    let _ = writeln!(o, "# {}: workshop report\n", m(&w.title));
    if let Some(h) = w.council_heading() {
        let _ = writeln!(o, "**Council: {}**\n", m(&h));
    }
    if !w.organisation.is_empty() {
        let _ = writeln!(o, "**{}**\n", m(&w.organisation));
    }
    o.push_str(&md_paragraphs(&w.description));
    let meta = meta_line(ctx);
    let _ = writeln!(o, "_{}_\n", m(&meta));

    o.push_str("## The scenarios compared\n\n| Scenario |");
    for l in HEADLINE_LABELS {
        let _ = write!(o, " {} |", cell(l));
    }
    o.push_str(" Levers changed from the defaults |\n|---|");
    o.push_str(&"---:|".repeat(HEADLINE_LABELS.len() + 1));
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
        let _ = writeln!(
            o,
            "The charts show the first {} scenarios; the table shows them all.\n",
            MAX_SERIES
        );
    }
    for f in ctx.compare {
        md_figure(&mut o, f);
    }

    if let Some(s) = ctx.session {
        o.push_str("## Our deal\n\n");
        if s.deal.is_empty() {
            o.push_str("No deal cards were recorded in this session.\n\n");
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
                                "<br>_Moves: {}_",
                                cell(&lever_labels(w, &c.levers).join(", "))
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
                DealSide::Council.heading(),
                DealSide::Community.heading()
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
            o.push_str("## Notes\n\n");
            o.push_str(&md_paragraphs(&s.notes));
        }
        let predicted = predictions(w, s);
        if !predicted.is_empty() {
            o.push_str("## What the room predicted\n\n");
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
            let _ = writeln!(o, "_Captured {}._\n", m(&when(ctx, c)));
        }
        let _ = writeln!(
            o,
            "Scenario code `{}`: type it in Jaws (Ctrl+L) for these levers.\n",
            en.code
        );
        o.push_str(&md_paragraphs(&en.note));
        for (label, value) in HEADLINE_LABELS.iter().zip(headline_cells(&en.projection)) {
            let _ = writeln!(o, "- {}: **{}**", m(label), m(&value));
        }
        o.push('\n');
        for f in figs {
            md_figure(&mut o, f);
        }
        o.push_str("### Lever settings\n\nLevers that differ from the workshop's defaults are in bold and marked \u{201c}changed\u{201d}.\n\n");
        for domain in Domain::ALL {
            let _ = writeln!(
                o,
                "#### {}\n\n| Lever | Setting | Workshop default |\n|---|---:|---:|",
                domain.label()
            );
            for (l, v) in w.levers.iter().zip(en.values.0) {
                if l.domain != domain {
                    continue;
                }
                let band = l.band_at(v).map(|b| format!(" ({b})")).unwrap_or_default();
                let setting = format!("{}{band}", with_unit(v, &l.unit));
                if differs(v, l.default) {
                    let _ = writeln!(
                        o,
                        "| **{}** (changed) | **{}** | {} |",
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

    o.push_str("## Assumptions\n\n");
    for group in [AssumptionGroup::Context, AssumptionGroup::Response] {
        let _ = writeln!(
            o,
            "### {}\n\n| Assumption | Value | Where it comes from |\n|---|---:|---|",
            group_title(group)
        );
        for (label, value, was, source) in assumption_rows(ctx, group) {
            let note = match &was {
                Some(was) if source.is_empty() => format!("Workshop: {was}."),
                Some(was) => format!("Workshop: {was}. {source}"),
                None => source,
            };
            if was.is_some() {
                let _ = writeln!(
                    o,
                    "| **{}** (changed) | **{}** | {} |",
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
