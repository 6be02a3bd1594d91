//! The figures a room watches change as a slider moves.

use crate::i18n::tr;
use crate::t;
use egui::{RichText, Ui};

use super::theme;
use crate::model::Projection;
use crate::present::format::GapReading;

/// The four figures as one line of text, for a screen with little height to spare.
/// On a bilingual stage (`both`) its words read Welsh, then English.
pub fn show_line(ui: &mut Ui, shown: &Projection, dark: bool, both: bool) {
    let h = shown.headlines();
    let first_year = shown.rows.first().map_or(0, |r| r.year);
    let warn = theme::warning_colour(dark);
    let good = theme::good_colour(dark);
    let plain = ui.visuals().text_color();
    let (gap, total) = (
        GapReading::of(h.final_gap),
        GapReading::of(h.cumulative_gap),
    );
    let figures = [
        (
            super::in_both(both, || gap.caption_year(h.final_year)),
            gap.figure(),
            if gap.is_gap() { warn } else { good },
        ),
        (
            super::in_both(both, || total.caption_total(first_year, h.final_year, true)),
            total.figure(),
            if total.is_gap() { warn } else { good },
        ),
        (
            super::stage_words("headline-cant-balance-short", both),
            year_or_never(h.reserves_below_minimum, h.final_year),
            if h.reserves_below_minimum.is_some() {
                warn
            } else {
                good
            },
        ),
        (
            super::stage_words("headline-jaws-close-short", both),
            year_or_never(h.jaws_close, h.final_year),
            if h.jaws_close.is_some() { good } else { plain },
        ),
    ];
    ui.horizontal_wrapped(|ui| {
        for (i, (label, value, colour)) in figures.into_iter().enumerate() {
            if i > 0 {
                ui.label("·");
            }
            ui.label(RichText::new(label).color(ui.visuals().weak_text_color()));
            ui.label(
                RichText::new(value)
                    .font(theme::bold(theme::lead_size(ui.style())))
                    .color(colour),
            );
        }
    });
}

/// `one_row` keeps the four figures on one line (on a projector the chart needs the height).
pub fn show(
    ui: &mut Ui,
    shown: &Projection,
    baseline: Option<(&str, &Projection)>,
    dark: bool,
    one_row: bool,
) {
    let h = shown.headlines();
    let base = baseline.map(|(name, p)| (name, p.headlines()));
    let first_year = shown.rows.first().map_or(0, |r| r.year);
    let warn = theme::warning_colour(dark);
    let good = theme::good_colour(dark);
    let (gap, total) = (
        GapReading::of(h.final_gap),
        GapReading::of(h.cumulative_gap),
    );
    let cards: [(String, String, egui::Color32, String); 4] = [
        (
            gap.caption_year(h.final_year),
            gap.figure(),
            if gap.is_gap() { warn } else { good },
            compare_money(base.map(|(n, b)| (n, b.final_gap))),
        ),
        (
            total.caption_total(first_year, h.final_year, false),
            total.figure(),
            if total.is_gap() { warn } else { good },
            compare_money(base.map(|(n, b)| (n, b.cumulative_gap))),
        ),
        (
            tr("headline-cant-balance"),
            year_or_never(h.reserves_below_minimum, h.final_year),
            if h.reserves_below_minimum.is_some() {
                warn
            } else {
                good
            },
            compare_year(
                base.map(|(n, b)| (n, b.reserves_below_minimum)),
                h.final_year,
            ),
        ),
        (
            tr("headline-jaws-close"),
            year_or_never(h.jaws_close, h.final_year),
            if h.jaws_close.is_some() {
                good
            } else {
                ui.visuals().text_color()
            },
            compare_year(base.map(|(n, b)| (n, b.jaws_close)), h.final_year),
        ),
    ];
    let explain = [
        tr("headline-gap-why"),
        tr("headline-total-why"),
        tr("headline-cant-balance-why"),
        tr("headline-jaws-close-why"),
    ];
    // Four across when there is room, two by two when the assumptions panel squeezes us.
    // The threshold grows with the type, which is larger on a projector.
    let body = ui.style().text_styles[&egui::TextStyle::Body].size;
    let per_row = if one_row || ui.available_width() >= 760.0 * body / 15.5 {
        4
    } else {
        2
    };
    let cards: Vec<_> = cards.into_iter().zip(explain).collect();
    for row in cards.chunks(per_row) {
        ui.columns(per_row, |cols| {
            for (col, ((title, value, colour, note), why)) in cols.iter_mut().zip(row) {
                card(col, title, value, *colour, note, why, one_row);
            }
        });
    }
}

/// One headline: a caption, the figure large, the baseline's figure beneath. The figure never
/// wraps; the words around it wrap when the cards are narrow (`narrow`) rather than lose
/// their ends.
fn card(
    ui: &mut Ui,
    title: &str,
    value: &str,
    colour: egui::Color32,
    note: &str,
    why: &str,
    narrow: bool,
) {
    let fit = |label: egui::Label| {
        if narrow {
            label.wrap()
        } else {
            label.truncate()
        }
    };
    egui::Frame::group(ui.style())
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Left-aligned, not justified: wrapped words must not be spread across the card.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                let weak = ui.visuals().weak_text_color();
                ui.add(fit(egui::Label::new(RichText::new(title).color(weak))))
                    .on_hover_text(why);
                // Shrink the figure to fit rather than break it across lines.
                let lead = theme::lead_size(ui.style());
                let size = (ui.available_width() / (value.chars().count() as f32 * 0.62))
                    .clamp(lead * 0.9, lead * 1.5);
                ui.add(
                    egui::Label::new(RichText::new(value).font(theme::bold(size)).color(colour))
                        .extend(),
                )
                .on_hover_text(why);
                let note = if note.is_empty() { " " } else { note };
                ui.add(fit(egui::Label::new(RichText::new(note).small())));
            });
        });
}

/// The baseline's figure beside ours: "The old deal: £343m", "The new deal: a surplus of £12m".
fn compare_money(base: Option<(&str, f64)>) -> String {
    base.map_or(String::new(), |(name, b)| {
        format!("{name}: {}", GapReading::of(b).phrase())
    })
}

fn compare_year(base: Option<(&str, Option<i32>)>, last: i32) -> String {
    base.map_or(String::new(), |(name, b)| {
        let when = b.map_or_else(
            || t!("headline-not-by-lower", year = last.to_string()),
            |y| y.to_string(),
        );
        format!("{name}: {when}")
    })
}

/// A year, or "Not by 2040" when it does not happen within the horizon.
fn year_or_never(y: Option<i32>, last: i32) -> String {
    y.map_or_else(
        || t!("headline-not-by", year = last.to_string()),
        |y| y.to_string(),
    )
}
