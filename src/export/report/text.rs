//! What both documents say, worked out once: the scenarios (entries), the charts (figures),
//! the headline figures in words, the assumptions as rows, the meta line and the predictions.

use std::fmt::Write as _;

use crate::i18n::tr;
use crate::model::{
    ASSUMPTION_SPECS, AssumptionGroup, Assumptions, Headlines, LeverValues, Projection,
};
use crate::present::format::{GapReading, local_time, with_unit};
use crate::t;
use crate::workshop::session::Session;
use crate::workshop::{Words, Workshop};

/// One scenario as the report shows it.
pub(super) struct Entry {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) note: String,
    pub(super) captured: Option<String>,
    /// Its scenario code, to type on a laptop for the same levers.
    pub(super) code: String,
    pub(super) values: LeverValues,
    pub(super) projection: Projection,
}

/// A chart drawn once, used by both documents.
pub(super) struct Figure {
    pub(super) file: String,
    pub(super) alt: String,
    pub(super) svg: String,
}

/// Everything the documents are written from.
pub(super) struct Ctx<'a> {
    pub(super) w: &'a Workshop,
    pub(super) session: Option<&'a Session>,
    pub(super) assumptions: &'a Assumptions,
    pub(super) entries: &'a [Entry],
    pub(super) compare: &'a [Figure],
    pub(super) per_entry: &'a [Vec<Figure>],
    pub(super) truncated: bool,
    /// When the report was made, in local time.
    pub(super) made: String,
    /// The reader's time zone: times are stored in UTC and shown in it.
    pub(super) zone: jiff::tz::TimeZone,
}

// ---------------------------------------------------------------------------------------
// Words and numbers, shared by both documents.

/// A moment from the session (stored in UTC) in the reader's time zone.
pub(super) fn when(ctx: &Ctx, iso: &str) -> String {
    local_time(iso, &ctx.zone)
}

pub(super) struct HeadlineWords {
    pub(super) final_gap: String,
    pub(super) cumulative: String,
    pub(super) below_minimum: String,
    pub(super) jaws_close: String,
}

pub(super) fn headline_words(p: &Projection) -> HeadlineWords {
    let h: Headlines = p.headlines();
    let years = p.rows.len();
    // One reading of a gap everywhere: a sum, a surplus, or balanced (never "a surplus of £0m").
    let year = h.final_year.to_string();
    let final_gap = match GapReading::of(h.final_gap) {
        GapReading::Gap(m) => t!("report-final-gap", money = m, year = year.as_str()),
        GapReading::Surplus(m) => t!("report-final-surplus", money = m, year = year.as_str()),
        GapReading::Balanced => t!("report-final-balanced", year = year.as_str()),
    };
    let cumulative = match GapReading::of(h.cumulative_gap) {
        GapReading::Gap(m) => t!("report-total-gap", money = m, years = years),
        GapReading::Surplus(m) => t!("report-total-surplus", money = m, years = years),
        GapReading::Balanced => t!("report-total-balanced", years = years),
    };
    let below_minimum = match h.reserves_below_minimum {
        Some(y) => y.to_string(),
        None => t!("report-not-by", year = year.as_str()),
    };
    let opened = p.rows.iter().any(|r| r.gap > 0.0);
    let jaws_close = match h.jaws_close {
        Some(y) => y.to_string(),
        None if opened => t!("report-not-by", year = year.as_str()),
        None => tr("report-no-gap-opens"),
    };
    HeadlineWords {
        final_gap,
        cumulative,
        below_minimum,
        jaws_close,
    }
}

/// The headline figures' labels, in the order of [`headline_cells`].
pub(super) fn headline_labels() -> [String; 4] {
    [
        tr("report-headline-final-gap"),
        tr("report-headline-total-gap"),
        tr("report-headline-below-minimum"),
        tr("report-headline-jaws-close"),
    ]
}

pub(super) fn headline_cells(p: &Projection) -> [String; 4] {
    let h = headline_words(p);
    [h.final_gap, h.cumulative, h.below_minimum, h.jaws_close]
}

pub(super) fn differs(a: f64, b: f64) -> bool {
    (a - b).abs() > 1e-9
}

/// Assumptions as rows: (label, value with unit, workshop's value if the session changed it,
/// source).
pub(super) fn assumption_rows(
    ctx: &Ctx,
    group: AssumptionGroup,
) -> Vec<(String, String, Option<String>, String)> {
    let w = ctx.w;
    let a = ctx.assumptions;
    let mut rows = Vec::new();
    if group == AssumptionGroup::Context {
        rows.push((
            tr("report-base-year"),
            a.base_year.to_string(),
            (a.base_year != w.assumptions.base_year).then(|| w.assumptions.base_year.to_string()),
            w.sources.get("base_year").cloned().unwrap_or_default(),
        ));
        rows.push((
            tr("report-years-projected"),
            a.horizon_years.to_string(),
            (a.horizon_years != w.assumptions.horizon_years)
                .then(|| w.assumptions.horizon_years.to_string()),
            w.sources.get("horizon_years").cloned().unwrap_or_default(),
        ));
    }
    for spec in ASSUMPTION_SPECS.iter().filter(|s| s.group == group) {
        let v = a.get(spec.id).unwrap_or_default();
        let base = w.assumptions.get(spec.id).unwrap_or_default();
        rows.push((
            crate::i18n::tr_or(&format!("assumption-{}", spec.id), spec.label),
            with_unit(v, spec.unit),
            differs(v, base).then(|| with_unit(base, spec.unit)),
            w.sources.get(spec.id).cloned().unwrap_or_default(),
        ));
    }
    rows
}

pub(super) fn group_title(group: AssumptionGroup) -> String {
    tr(match group {
        AssumptionGroup::Context => "report-group-context",
        AssumptionGroup::Response => "report-group-response",
    })
}

pub(super) fn lever_labels(w: &Workshop, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            w.levers
                .iter()
                .position(|l| l.id == *id)
                .map_or_else(|| id.clone(), |i| words(w, Words::LeverLabel(i)))
        })
        .collect()
}

pub(super) fn changed_count(w: &Workshop, values: &LeverValues) -> usize {
    w.levers
        .iter()
        .zip(values.0)
        .filter(|(l, v)| differs(*v, l.default))
        .count()
}

/// When the report was made, the units, and how far the session got.
pub(super) fn meta_line(ctx: &Ctx) -> String {
    let mut meta = t!(
        "report-meta",
        when = ctx.made.as_str(),
        year = ctx.assumptions.base_year.to_string()
    );
    if let Some(s) = ctx.session {
        // Stages are counted from 1 for people, from 0 in the file.
        if let Some(stage) = s.stage.and_then(|i| ctx.w.stages.get(i as usize)) {
            let n = ctx.w.stage_index(&stage.id).unwrap_or(0) + 1;
            let _ = write!(
                meta,
                " {}",
                t!(
                    "report-meta-stage",
                    stage = n,
                    stages = ctx.w.stages.len(),
                    title = words(ctx.w, Words::StageTitle(n - 1)).as_str()
                )
            );
        }
        let _ = write!(
            meta,
            " {}",
            t!("report-meta-captured", count = s.scenarios.len())
        );
    }
    meta
}

/// The workshop's own words in the report's language, by the workshop's one rule.
pub(super) fn words(w: &Workshop, which: Words) -> String {
    w.text(which, crate::i18n::lang()).to_owned()
}

/// One "predict, then reveal" moment as the record tells it.
pub(super) struct Predicted {
    pub(super) stage: String,
    pub(super) question: String,
    pub(super) answer: String,
}

/// The session's predictions that hold something (words or a sketch), in stage order.
pub(super) fn predictions(w: &Workshop, s: &Session) -> Vec<Predicted> {
    let mut out: Vec<(usize, Predicted)> = s
        .predictions
        .iter()
        .filter(|p| !p.said.trim().is_empty() || !p.strokes.is_empty())
        .map(|p| {
            let stage = w.stage(&p.stage);
            let i = w.stage_index(&p.stage);
            let said = p.said.trim();
            let mut answer = if said.is_empty() {
                tr("report-sketched-only")
            } else {
                said.to_string()
            };
            if !said.is_empty() && !p.strokes.is_empty() {
                answer.push(' ');
                answer.push_str(&tr("report-also-sketched"));
            }
            if !p.revealed {
                answer.push(' ');
                answer.push_str(&tr("report-not-revealed"));
            }
            (
                i.unwrap_or(usize::MAX),
                Predicted {
                    stage: match (stage, i) {
                        (Some(_), Some(i)) => words(w, Words::StageTitle(i)),
                        _ => p.stage.clone(),
                    },
                    question: match (stage, i) {
                        (Some(_), Some(i)) => words(w, Words::Predict(i)),
                        _ => String::new(),
                    },
                    answer,
                },
            )
        })
        .collect();
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, p)| p).collect()
}
