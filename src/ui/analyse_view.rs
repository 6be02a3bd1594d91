//! What matters most, and what would it take: the tornado of the final-year gap, and a goal
//! seek that finds the smallest change of the levers a room is willing to move.

use egui::{Align2, FontId, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

use super::theme;
use crate::app::{AppState, Command, ScenarioCommand, SeekCommand};
use crate::model::Domain;
use crate::model::seek::{SeekStatus, kept_out};
use crate::model::sensitivity::{BarKind, TornadoBar};
use crate::present::format;

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::Panel::right("what-would-it-take")
        .resizable(true)
        .default_size(470.0)
        .min_size(380.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    seek_panel(ui, state, commands);
                });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let year = state.derived.projection.final_row().year;
        ui.heading(format!("What moves the gap in {year} most"));
        ui.label(
            RichText::new("Each bar swings one lever across its whole range, or one uncertain assumption (in grey) across its range, with everything else as it stands. Red widens the gap, green narrows it; the line is the gap now.")
                .small()
                .color(ui.visuals().weak_text_color()),
        );
        if let Some(bars) = &state.derived.tornado {
            tornado(ui, bars, state.prefs.dark_mode);
            thresholds(ui, state, bars, year);
        }
    });
}

/// The knife-edges in words, for the levers and assumptions that matter most: where the
/// final-year gap changes sign with everything else as it stands.
fn thresholds(ui: &mut Ui, state: &AppState, bars: &[TornadoBar], year: i32) {
    let subject = state
        .scenario
        .as_deref()
        .and_then(|id| state.workshop.scenario(id))
        .map_or("These levers".to_owned(), |s| s.name.clone());
    let edges: Vec<String> = bars
        .iter()
        .filter_map(|b| b.threshold_words(&subject, year))
        .take(4)
        .collect();
    if edges.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new("Where the gap changes sign").strong());
    for e in edges {
        ui.label(format!("{e}."));
    }
}

/// Horizontal bars of the final-year gap, biggest swing at the top.
fn tornado(ui: &mut Ui, bars: &[TornadoBar], dark: bool) {
    let shown: Vec<&TornadoBar> = bars.iter().filter(|b| b.swing > 0.05).take(16).collect();
    if shown.is_empty() {
        return;
    }
    let row = 30.0;
    let name_font = FontId::proportional(14.0);
    let widest = shown
        .iter()
        .map(|b| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(b.label.clone(), name_font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(0.0f32, f32::max);
    let label_w = (widest + 12.0).min(ui.available_width() * 0.4);
    let height = row * shown.len() as f32 + 52.0;
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    let painter = ui.painter_at(rect);
    let lo = shown
        .iter()
        .map(|b| b.gap_at_low.min(b.gap_at_high).min(b.base_gap))
        .fold(f64::INFINITY, f64::min);
    let hi = shown
        .iter()
        .map(|b| b.gap_at_low.max(b.gap_at_high).max(b.base_gap))
        .fold(f64::NEG_INFINITY, f64::max);
    // Room either side of the bars for the input values written at their ends.
    let plot = Rect::from_min_max(
        pos2(rect.left() + label_w + 110.0, rect.top() + 4.0),
        pos2(rect.right() - 110.0, rect.bottom() - 44.0),
    );
    let x = |v: f64| plot.left() + ((v - lo) / (hi - lo).max(1e-9)) as f32 * plot.width();
    let text = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let up = theme::warning_colour(dark);
    let down = theme::good_colour(dark);
    for (i, b) in shown.iter().enumerate() {
        let y = plot.top() + row * i as f32 + row / 2.0;
        // Assumptions (the context no lever controls) are named in grey.
        let colour = match b.kind {
            BarKind::Lever => text,
            BarKind::Assumption => weak,
        };
        painter.text(
            pos2(rect.left() + label_w, y),
            Align2::RIGHT_CENTER,
            &b.label,
            name_font.clone(),
            colour,
        );
        // Each end from the current gap: red where it widens the gap, green where it narrows.
        let base = x(b.base_gap);
        for end in [b.gap_at_low, b.gap_at_high] {
            let colour = if end > b.base_gap { up } else { down };
            let c = x(end);
            let bar =
                Rect::from_x_y_ranges(base.min(c)..=base.max(c), y - row * 0.32..=y + row * 0.32);
            painter.rect_filled(bar, 2.0, colour.gamma_multiply(0.75));
        }
        // The input value at each end, outside the bar so the two never collide.
        let (left_end, right_end) = if x(b.gap_at_low) <= x(b.gap_at_high) {
            (b.low, b.high)
        } else {
            (b.high, b.low)
        };
        let left_x = x(b.gap_at_low).min(x(b.gap_at_high)).min(base) - 5.0;
        let right_x = x(b.gap_at_low).max(x(b.gap_at_high)).max(base) + 5.0;
        let small = FontId::proportional(11.5);
        painter.text(
            pos2(left_x, y),
            Align2::RIGHT_CENTER,
            format::with_unit(left_end, &b.unit),
            small.clone(),
            weak,
        );
        painter.text(
            pos2(right_x, y),
            Align2::LEFT_CENTER,
            format::with_unit(right_end, &b.unit),
            small,
            weak,
        );
    }
    let base = x(shown[0].base_gap);
    painter.line_segment(
        [pos2(base, plot.top()), pos2(base, plot.bottom())],
        Stroke::new(2.0, text),
    );
    // A scale along the foot, in £m.
    for k in 0..=4 {
        let v = lo + (hi - lo) * k as f64 / 4.0;
        let px = x(v);
        painter.line_segment(
            [pos2(px, plot.bottom()), pos2(px, plot.bottom() + 5.0)],
            Stroke::new(1.0, weak),
        );
        painter.text(
            pos2(px, plot.bottom() + 7.0),
            Align2::CENTER_TOP,
            format::money(v),
            FontId::proportional(12.0),
            weak,
        );
    }
    painter.text(
        pos2(base, rect.bottom() - 2.0),
        Align2::CENTER_BOTTOM,
        format!("gap now {}", format::money(shown[0].base_gap)),
        FontId::proportional(12.0),
        text,
    );
}

fn seek_panel(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    ui.heading("What would it take?");
    ui.label("Say what the room wants to achieve and which levers it is willing to move. Jaws finds the smallest change from where the levers are now that gets there, or says how close it can get.");
    let mut form = state.seek_form.clone();
    let first = state.assumptions.base_year;
    let last = first + state.assumptions.horizon_years as i32 - 1;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.checkbox(&mut form.close_gap, "Close the gap by");
        let year = ui.add(egui::DragValue::new(&mut form.by_year).range(first..=last));
        let _ = year.on_hover_text(
            "The year from which resources must cover demand, to the end of the horizon",
        );
    });
    ui.checkbox(
        &mut form.keep_reserves,
        "Keep reserves above the prudent minimum every year",
    );
    ui.horizontal(|ui| {
        ui.checkbox(&mut form.cap_tax, "Council tax rise no more than");
        ui.add(
            egui::DragValue::new(&mut form.tax_cap)
                .range(0.0..=10.0)
                .speed(0.01)
                .suffix("% a year"),
        );
    });
    ui.horizontal(|ui| {
        let name = ui.label("Or write a target:");
        ui.add(egui::TextEdit::singleline(&mut form.custom).hint_text("e.g. unmet_need<=20 and trust>=0.5").desired_width(220.0))
            .labelled_by(name.id)
            .on_hover_text("Conditions joined by `and`: gap, cumulative_gap, reserves, unmet_need, trust, cuts, or a lever id, with <= or >= and a number (see docs/seek.md). Used instead of the boxes above.");
    });
    ui.label(
        RichText::new(format!(
            "Question: {}",
            if form.target_text().is_empty() {
                "(nothing yet)".to_string()
            } else {
                form.words(&state.assumptions, &state.workshop.levers)
            }
        ))
        .small(),
    );

    ui.add_space(6.0);
    ui.label(RichText::new("Levers the room will move").strong());
    let movable: Vec<usize> = (0..form.movable.len())
        .filter(|&i| form.movable[i])
        .collect();
    let kept = kept_out(&state.workshop.levers, &state.levers, &movable);
    if !kept.is_empty() {
        ui.checkbox(
            &mut form.allow_off_limits,
            "Allow what the workshop marks as needing a referendum or unrealistic",
        )
        .on_hover_text(format!(
            "Otherwise the answer keeps out of: {}.",
            kept.join("; ")
        ));
    }
    ui.columns(2, |cols| {
        for (n, domain) in Domain::ALL.into_iter().enumerate() {
            let ui = &mut cols[n % 2];
            ui.label(
                RichText::new(domain.label())
                    .color(theme::domain_colour(domain, dark))
                    .strong(),
            );
            for (i, lever) in state.workshop.levers.iter().enumerate() {
                if lever.domain == domain {
                    ui.checkbox(&mut form.movable[i], &lever.label)
                        .on_hover_text(&lever.description);
                }
            }
            ui.add_space(4.0);
        }
    });
    if form != state.seek_form {
        commands.push(SeekCommand::SetForm(form).into());
    }

    ui.add_space(6.0);
    match &state.seek_job {
        Some(job) => {
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(job.progress())
                        .show_percentage()
                        .desired_width(220.0),
                );
                if ui.button("Cancel").clicked() {
                    commands.push(SeekCommand::Cancel.into());
                }
            });
        }
        None => {
            if ui
                .button(RichText::new("Find the smallest change").strong())
                .on_hover_text("Search the levers ticked above for the smallest change that meets the question")
                .clicked()
            {
                commands.push(SeekCommand::Start.into());
            }
        }
    }
    if let Some(e) = &state.seek_error {
        ui.label(RichText::new(format!("⚠ {e}")).color(theme::warning_colour(dark)));
    }
    if let Some((target, found)) = &state.seek_result {
        ui.separator();
        let (headline, colour) = match found.status {
            SeekStatus::AlreadyMet => (
                "Already there: nothing needs to change.",
                theme::good_colour(dark),
            ),
            SeekStatus::Met => ("Found a way.", theme::good_colour(dark)),
            SeekStatus::NotMet => (
                "Not possible with these levers.",
                theme::warning_colour(dark),
            ),
            SeekStatus::Cancelled => ("Stopped: the best found so far.", ui.visuals().text_color()),
        };
        ui.label(
            RichText::new(headline)
                .font(theme::bold(18.0))
                .color(colour),
        );
        ui.label(RichText::new(format!("For: {target}")).small());
        ui.label(found.message());
        // An answer that needs a referendum (or what the workshop calls unrealistic) says so
        // where the eye lands, not only in the sentence above.
        for o in &found.off_limits {
            ui.label(RichText::new(format!("⚠ {}", o.words)).color(theme::warning_colour(dark)));
        }
        if !found.changes.is_empty() {
            egui::Grid::new("seek-changes")
                .striped(true)
                .show(ui, |ui| {
                    ui.label(RichText::new("Lever").strong());
                    ui.label(RichText::new("Now").strong());
                    ui.label(RichText::new("Would need").strong());
                    ui.end_row();
                    for c in &found.changes {
                        let lever = &state.workshop.levers[c.index];
                        ui.label(&lever.label);
                        ui.label(lever.value_text(c.from));
                        ui.label(RichText::new(lever.value_text(c.to)).strong());
                        ui.end_row();
                    }
                });
            let h = found.projection.headlines();
            ui.label(format!(
                "Then: gap in {}: {}; budget can't balance: {}; jaws close: {}.",
                h.final_year,
                format::GapReading::of(h.final_gap).phrase(),
                h.reserves_below_minimum
                    .map_or(format!("not by {}", h.final_year), |y| y.to_string()),
                h.jaws_close
                    .map_or(format!("not by {}", h.final_year), |y| y.to_string()),
            ));
            ui.horizontal(|ui| {
                if ui
                    .button("Put these levers in place")
                    .on_hover_text("Move the levers to this answer (undo brings back what you had)")
                    .clicked()
                {
                    commands.push(SeekCommand::ApplyResult.into());
                }
                if ui
                    .button("Capture as a scenario")
                    .on_hover_text(
                        "Keep this answer as a scenario of the session, to compare and take away",
                    )
                    .clicked()
                {
                    commands.push(
                        ScenarioCommand::Capture {
                            name: format!("What it would take: {target}"),
                            note: found.message(),
                            levers: found.levers,
                        }
                        .into(),
                    );
                }
            });
        }
    }
}
