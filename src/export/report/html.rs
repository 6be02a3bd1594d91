//! The report as one self-contained HTML file: inline CSS, charts as inline SVG, no external
//! resources; prints to PDF a scenario a page. It is also well-formed XML (void elements
//! closed, everything escaped), so any XML tool can read it and a test can prove nothing a
//! title or note holds breaks it.

use std::fmt::Write as _;

use super::text::{
    Ctx, Entry, Figure, assumption_rows, changed_count, differs, group_title, headline_cells,
    headline_labels, lever_labels, meta_line, predictions, when, words,
};
use crate::export::markup::escape_xml;
use crate::export::series::MAX_SERIES;
use crate::i18n::{lang, tr};
use crate::model::{AssumptionGroup, Domain};
use crate::present::fonts::CSS_FONT_STACK;
use crate::present::format::with_unit;
use crate::present::palette;
use crate::t;
use crate::workshop::session::{DealSide, Session};
use crate::workshop::{Words, Workshop};

/// Paragraphs from free text: blank lines separate paragraphs, single line breaks are kept.
fn paragraphs(s: &str, class: &str) -> String {
    let mut out = String::new();
    let normalised = s.replace("\r\n", "\n");
    for para in normalised
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let lines: Vec<String> = para.lines().map(escape_xml).collect();
        let class_attr = if class.is_empty() {
            String::new()
        } else {
            format!(" class=\"{class}\"")
        };
        let _ = writeln!(out, "<p{class_attr}>{}</p>", lines.join("<br/>"));
    }
    out
}

/// An SVG inside HTML: the namespace is implied there, and leaving it out keeps the report
/// free of any address; the font rule lives once in the page's style sheet instead.
fn inline_svg(svg: &str) -> String {
    let svg = svg.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
    match (svg.find("<style>"), svg.find("</style>\n")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &svg[..a], &svg[b + "</style>\n".len()..]),
        _ => svg,
    }
}

fn figure_html(out: &mut String, f: &Figure) {
    let _ = writeln!(
        out,
        "<figure>\n{}<figcaption>{}</figcaption>\n</figure>",
        inline_svg(&f.svg),
        escape_xml(&f.alt)
    );
}

/// The style sheet, with the shared fonts and palette put in where it says `$NAME`.
const CSS: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: $FONTS; color: $INK;
  background: #fff; line-height: 1.45; max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.5rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid $INK; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.organisation { font-size: 1.15rem; color: #404040; margin: 0 0 1rem; }
.meta, .note, figcaption, .empty, .hint { color: #404040; }
.meta { font-size: .9rem; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; border: 1px solid $RULE; }
figure svg text { font-family: $FONTS; }
figcaption { font-size: .85rem; margin-top: .25rem; }
.small-charts { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.small-charts figure { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem;
  break-inside: auto; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid $RULE; }
th { border-bottom: 2px solid $INK; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.changed td { font-weight: bold; background: #fff6e0; }
.tag { display: inline-block; font-size: .75rem; font-weight: bold; border: 1px solid #9a6200;
  color: #6b4400; border-radius: .25rem; padding: 0 .3rem; margin-left: .4rem; }
dl.headlines { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.headlines dt { color: #404040; }
dl.headlines dd { margin: 0; font-weight: bold; }
.deal { display: grid; grid-template-columns: 1fr 1fr; gap: 1.25rem; }
.deal ul { list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid #bdbdbd; border-left: 6px solid $COUNCIL; border-radius: .3rem;
  padding: .5rem .7rem; margin-bottom: .6rem; break-inside: avoid; page-break-inside: avoid; }
.community .card { border-left-color: $COMMUNITY; }
.card p { margin: 0; }
.card .moves { font-size: .85rem; color: #404040; margin-top: .3rem; }
section.scenario, section.assumptions { break-before: page; page-break-before: always; }
nav ul { padding-left: 1.2rem; }
a { color: $LINK; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
  figure svg { border: none; }
  tr.changed td { background: none; }
}
"#;

fn css() -> String {
    CSS.replace("$FONTS", CSS_FONT_STACK)
        .replace("$INK", &palette::INK.hex())
        .replace("$RULE", &palette::RULE.hex())
        .replace("$COUNCIL", &palette::BLUE.hex())
        .replace("$COMMUNITY", &palette::BLUISH_GREEN.hex())
        .replace("$LINK", &palette::RESOURCES.on_light.hex())
}

/// Stands for the scenario code in its sentence until the code's markup goes in (a
/// private-use character: no message or escaping produces it).
const CODE_MARK: &str = "\u{E000}";

pub(super) fn html(ctx: &Ctx) -> String {
    let w = ctx.w;
    let e = escape_xml;
    let mut o = String::new();
    let title = t!("report-title", workshop = words(w, Words::Title).as_str());
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <meta name=\"generator\" content=\"Jaws\"/>\n<title>{}</title>\n<style>{}</style>\n\
         </head>\n<body>\n<header>\n<h1>{}</h1>\n",
        lang().code(),
        e(&title),
        css(),
        e(&words(w, Words::Title))
    );
    if let Some(h) = w.council_heading() {
        let _ = writeln!(o, "<p class=\"organisation\">Council: {}</p>", e(&h));
    }
    if !w.organisation.is_empty() {
        let _ = writeln!(
            o,
            "<p class=\"organisation\">{}</p>",
            e(&words(w, Words::Organisation))
        );
    }
    o.push_str(&paragraphs(&words(w, Words::Description), ""));
    let meta = meta_line(ctx);
    let _ = writeln!(o, "<p class=\"meta\">{}</p>\n</header>", e(&meta));

    // Contents (screen only).
    let contents = e(&tr("report-contents"));
    let _ = writeln!(
        o,
        "<nav aria-label=\"{contents}\">\n<h2>{contents}</h2>\n<ul>"
    );
    let item = |o: &mut String, id: &str, words: &str| {
        let _ = writeln!(o, "<li><a href=\"#{id}\">{}</a></li>", e(&tr(words)));
    };
    item(&mut o, "compare", "report-compared");
    if ctx.session.is_some() {
        item(&mut o, "deal", "report-deal");
    }
    if ctx.session.is_some_and(|s| !s.notes.trim().is_empty()) {
        item(&mut o, "notes", "report-notes");
    }
    if ctx.session.is_some_and(|s| !predictions(w, s).is_empty()) {
        item(&mut o, "predictions", "report-predicted");
    }
    for en in ctx.entries {
        let _ = writeln!(
            o,
            "<li><a href=\"#scenario-{}\">{}</a></li>",
            e(&en.id),
            e(&en.name)
        );
    }
    item(&mut o, "assumptions", "report-assumptions");
    o.push_str("</ul>\n</nav>\n");

    // Comparison.
    let _ = writeln!(
        o,
        "<section id=\"compare\">\n<h2>{}</h2>",
        e(&tr("report-compared"))
    );
    comparison_table_html(&mut o, ctx);
    if ctx.truncated {
        let _ = writeln!(
            o,
            "<p class=\"hint\">{}</p>",
            e(&t!("report-charts-first", count = MAX_SERIES))
        );
    }
    for f in &ctx.compare[..2] {
        figure_html(&mut o, f);
    }
    o.push_str("<div class=\"small-charts\">\n");
    for f in &ctx.compare[2..] {
        figure_html(&mut o, f);
    }
    o.push_str("</div>\n</section>\n");

    if let Some(s) = ctx.session {
        deal_html(&mut o, w, s);
        if !s.notes.trim().is_empty() {
            let _ = writeln!(
                o,
                "<section id=\"notes\">\n<h2>{}</h2>",
                e(&tr("report-notes"))
            );
            o.push_str(&paragraphs(&s.notes, ""));
            o.push_str("</section>\n");
        }
        let predicted = predictions(w, s);
        if !predicted.is_empty() {
            let _ = writeln!(
                o,
                "<section id=\"predictions\">\n<h2>{}</h2>\n<dl>",
                e(&tr("report-predicted"))
            );
            for p in predicted {
                let _ = writeln!(
                    o,
                    "<dt>{}: {}</dt>\n<dd>{}</dd>",
                    e(&p.stage),
                    e(&p.question),
                    e(&p.answer)
                );
            }
            o.push_str("</dl>\n</section>\n");
        }
    }

    for (en, figs) in ctx.entries.iter().zip(ctx.per_entry) {
        scenario_html(&mut o, ctx, en, figs);
    }

    assumptions_html(&mut o, ctx);
    o.push_str("</body>\n</html>\n");
    o
}

fn comparison_table_html(o: &mut String, ctx: &Ctx) {
    let e = escape_xml;
    let _ = write!(
        o,
        "<table>\n<thead><tr><th scope=\"col\">{}</th>",
        e(&tr("report-col-scenario"))
    );
    for l in headline_labels() {
        let _ = write!(o, "<th scope=\"col\" class=\"num\">{}</th>", e(&l));
    }
    let _ = writeln!(
        o,
        "<th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>",
        e(&tr("report-col-levers-changed"))
    );
    for en in ctx.entries {
        let _ = write!(
            o,
            "<tr><th scope=\"row\"><a href=\"#scenario-{}\">{}</a></th>",
            e(&en.id),
            e(&en.name)
        );
        for cell in headline_cells(&en.projection) {
            let _ = write!(o, "<td class=\"num\">{}</td>", e(&cell));
        }
        let _ = writeln!(
            o,
            "<td class=\"num\">{}</td></tr>",
            changed_count(ctx.w, &en.values)
        );
    }
    o.push_str("</tbody>\n</table>\n");
}

fn deal_html(o: &mut String, w: &Workshop, s: &Session) {
    let e = escape_xml;
    let _ = writeln!(
        o,
        "<section id=\"deal\">\n<h2>{}</h2>",
        e(&tr("report-deal"))
    );
    if s.deal.is_empty() {
        let _ = writeln!(
            o,
            "<p class=\"empty\">{}</p>\n</section>",
            e(&tr("report-deal-empty"))
        );
        return;
    }
    o.push_str("<div class=\"deal\">\n");
    for side in DealSide::ALL {
        let class = match side {
            DealSide::Council => "council",
            DealSide::Community => "community",
        };
        let _ = writeln!(
            o,
            "<div class=\"{class}\">\n<h3>{}</h3>",
            e(&side.heading())
        );
        let cards: Vec<_> = s.deal.iter().filter(|c| c.side == side).collect();
        if cards.is_empty() {
            let _ = writeln!(
                o,
                "<p class=\"empty\">{}</p>",
                e(&tr("report-deal-side-empty"))
            );
        } else {
            o.push_str("<ul>\n");
            for c in cards {
                let _ = write!(o, "<li class=\"card\"><p>{}</p>", e(&c.text));
                if !c.levers.is_empty() {
                    let _ = write!(
                        o,
                        "<p class=\"moves\">{}</p>",
                        e(&t!(
                            "report-deal-moves",
                            levers = lever_labels(w, &c.levers).join(", ")
                        ))
                    );
                }
                o.push_str("</li>\n");
            }
            o.push_str("</ul>\n");
        }
        o.push_str("</div>\n");
    }
    o.push_str("</div>\n</section>\n");
}

fn scenario_html(o: &mut String, ctx: &Ctx, en: &Entry, figs: &[Figure]) {
    let e = escape_xml;
    let w = ctx.w;
    let _ = writeln!(
        o,
        "<section class=\"scenario\" id=\"scenario-{}\">\n<h2>{}</h2>",
        e(&en.id),
        e(&en.name)
    );
    if let Some(c) = &en.captured {
        let _ = writeln!(
            o,
            "<p class=\"meta\">{}</p>",
            e(&t!("report-captured", when = when(ctx, c)))
        );
    }
    // The code is marked up as code inside the sentence, wherever the language puts it.
    let code = format!("<code>{}</code>", e(&en.code));
    let _ = writeln!(
        o,
        "<p class=\"meta\">{}</p>",
        e(&t!("report-code", code = CODE_MARK)).replace(CODE_MARK, &code)
    );
    o.push_str(&paragraphs(&en.note, "note"));
    o.push_str("<dl class=\"headlines\">\n");
    for (label, value) in headline_labels().iter().zip(headline_cells(&en.projection)) {
        let _ = writeln!(o, "<dt>{}</dt><dd>{}</dd>", e(label), e(&value));
    }
    o.push_str("</dl>\n");
    for f in figs {
        figure_html(o, f);
    }

    let changed = changed_count(w, &en.values);
    let _ = writeln!(
        o,
        "<h3>{}</h3>\n<p class=\"hint\">{}</p>",
        e(&tr("report-lever-settings")),
        e(&t!("report-levers-differ", count = changed))
    );
    let tag = format!("<span class=\"tag\">{}</span>", e(&tr("report-changed")));
    for domain in Domain::ALL {
        let _ = writeln!(
            o,
            "<h4>{}</h4>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>",
            e(&domain.name()),
            e(&tr("report-col-lever")),
            e(&tr("report-col-setting")),
            e(&tr("report-col-default")),
        );
        for (l, v) in w.levers_in(crate::i18n::lang()).iter().zip(en.values.0) {
            if l.domain != domain {
                continue;
            }
            let changed = differs(v, l.default);
            let band = l.band_at(v).map(|b| format!(" ({b})")).unwrap_or_default();
            let _ = writeln!(
                o,
                "<tr{}><td>{}{}</td><td class=\"num\">{}{}</td><td class=\"num\">{}</td></tr>",
                if changed { " class=\"changed\"" } else { "" },
                e(&l.label),
                if changed { tag.as_str() } else { "" },
                e(&with_unit(v, &l.unit)),
                e(&band),
                e(&with_unit(l.default, &l.unit)),
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o.push_str("</section>\n");
}

fn assumptions_html(o: &mut String, ctx: &Ctx) {
    let e = escape_xml;
    let _ = writeln!(
        o,
        "<section class=\"assumptions\" id=\"assumptions\">\n<h2>{}</h2>",
        e(&tr("report-assumptions"))
    );
    let any_changed = ctx.session.is_some_and(|s| !s.assumptions.is_empty());
    o.push_str(&paragraphs(
        &tr(if any_changed {
            "report-assumptions-changed"
        } else {
            "report-assumptions-given"
        }),
        "hint",
    ));
    let tag = format!("<span class=\"tag\">{}</span>", e(&tr("report-changed")));
    for group in [AssumptionGroup::Context, AssumptionGroup::Response] {
        let _ = writeln!(
            o,
            "<h3>{}</h3>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            e(&group_title(group)),
            e(&tr("report-col-assumption")),
            e(&tr("report-col-value")),
            e(&tr("report-col-source")),
        );
        for (label, value, was, source) in assumption_rows(ctx, group) {
            let changed = was.is_some();
            let _ = writeln!(
                o,
                "<tr{}><td>{}{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                if changed { " class=\"changed\"" } else { "" },
                e(&label),
                if changed { tag.as_str() } else { "" },
                e(&value),
                e(&match was {
                    Some(was) if source.is_empty() => t!("report-workshop-value", value = was),
                    Some(was) => format!("{} {source}", t!("report-workshop-value", value = was)),
                    None => source,
                })
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o.push_str("</section>\n");
}
