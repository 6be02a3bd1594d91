//! The figures a room watches change as a slider moves.

use egui::{RichText, Ui};

use super::{format, theme};
use crate::model::Projection;

pub fn show(ui: &mut Ui, shown: &Projection, baseline: Option<(&str, &Projection)>, dark: bool) {
    let h = shown.headlines();
    let base = baseline.map(|(name, p)| (name, p.headlines()));
    let first_year = shown.rows.first().map_or(0, |r| r.year);
    let warn = theme::warning_colour(dark);
    let good = theme::good_colour(dark);
    let cards: [(String, String, egui::Color32, String); 4] = [
        (
            format!("Gap in {}", h.final_year),
            format::money(h.final_gap),
            if h.final_gap > 0.0 { warn } else { good },
            compare_money(h.final_gap, base.map(|(n, b)| (n, b.final_gap))),
        ),
        (
            format!("Total gap {first_year}–{}", h.final_year),
            format::money(h.cumulative_gap),
            if h.cumulative_gap > 0.0 { warn } else { good },
            compare_money(h.cumulative_gap, base.map(|(n, b)| (n, b.cumulative_gap))),
        ),
        (
            "Budget can’t balance".into(),
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
            "Jaws close".into(),
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
        "Demand minus resources in the last year of the horizon. Negative is a surplus.",
        "The gap added up over every year of the horizon.",
        "The year the budget can no longer be balanced: the first year reserves end below the prudent minimum. In England, the year a section 114 notice would be likely.",
        "The first year, after the gap has opened, in which resources cover demand.",
    ];
    ui.columns(4, |cols| {
        for ((col, (title, value, colour, note)), why) in cols.iter_mut().zip(cards).zip(explain) {
            egui::Frame::group(col.style())
                .inner_margin(8.0)
                .show(col, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(&title).color(ui.visuals().weak_text_color()))
                        .on_hover_text(why);
                    ui.label(RichText::new(&value).font(theme::bold(28.0)).color(colour))
                        .on_hover_text(why);
                    ui.label(
                        RichText::new(if note.is_empty() { " ".into() } else { note }).small(),
                    );
                });
        }
    });
}

/// The baseline's figure beside ours: "The old deal: £343m".
fn compare_money(_v: f64, base: Option<(&str, f64)>) -> String {
    base.map_or(String::new(), |(name, b)| {
        format!("{name}: {}", format::money(b))
    })
}

fn compare_year(base: Option<(&str, Option<i32>)>, last: i32) -> String {
    base.map_or(String::new(), |(name, b)| {
        format!("{name}: {}", year_or_never(b, last).to_lowercase())
    })
}

/// A year, or "Not by 2040" when it does not happen within the horizon.
fn year_or_never(y: Option<i32>, last: i32) -> String {
    y.map_or(format!("Not by {last}"), |y| y.to_string())
}
