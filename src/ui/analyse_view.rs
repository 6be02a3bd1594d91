//! What matters most, and what would it take: the tornado of the final-year gap, and a goal
//! seek that finds the smallest change of the levers a room is willing to move.

use crate::i18n::tr;
use crate::t;
use egui::{Align2, FontId, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

use super::theme;
use crate::app::{AnswerStanding, AppState, Command, ScenarioCommand, SeekCommand};
use crate::model::Domain;
use crate::model::seek::{SeekStatus, kept_out};
use crate::model::sensitivity::{BarKind, TornadoBar};
use crate::present::{axis, format};

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    // A width set by the window, not by the answer: nothing in the panel moves when an
    // answer (or a wide table of changes) arrives.
    let width = (ui.available_width() * 0.37).clamp(380.0, 620.0).round();
    egui::Panel::right("what-would-it-take")
        .resizable(false)
        .exact_size(width)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    seek_panel(ui, state, commands);
                });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let year = state.derived.projection.final_row().year;
        ui.heading(t!("tornado-heading", year = year.to_string()));
        ui.label(
            RichText::new(tr("tornado-explain"))
                .small()
                .color(ui.visuals().weak_text_color()),
        );
        if let Some(bars) = &state.derived.tornado {
            // Above the bars, which take the height left.
            thresholds(ui, state, bars, year);
            tornado(ui, bars, state.prefs.dark_mode);
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
        .map_or_else(|| tr("threshold-these-levers"), |s| state.scenario_name(s));
    let edges: Vec<String> = bars
        .iter()
        .filter_map(|b| b.threshold_words(&subject, year))
        .take(4)
        .collect();
    if edges.is_empty() {
        return;
    }
    ui.label(RichText::new(tr("threshold-heading")).strong());
    for e in edges {
        ui.label(format!("{e}."));
    }
    ui.add_space(6.0);
}

/// Horizontal bars of the final-year gap, biggest swing at the top, on a scale of round sums.
/// Type comes from the style, so on a projector it grows with the screen.
fn tornado(ui: &mut Ui, bars: &[TornadoBar], dark: bool) {
    let style = ui.style().clone();
    let name_font = FontId::proportional(theme::body_size(&style) * 0.9);
    let small = FontId::proportional(theme::label_size(&style));
    let row = (name_font.size * 2.0).max(small.size * 1.6 + 8.0);
    let foot = small.size * 3.2 + 8.0;
    // As many bars as the room has height for, biggest first, up to sixteen.
    let fit = ((ui.available_height() - foot) / row).floor().max(4.0) as usize;
    let shown: Vec<&TornadoBar> = bars
        .iter()
        .filter(|b| b.swing > 0.05)
        .take(fit.min(16))
        .collect();
    if shown.is_empty() {
        return;
    }
    // The input at each end in short ("10%", "£6m"): the name says what it is of.
    let end = |v: f64, unit: &str| format::with_unit(v, format::short_unit(unit));
    let gap_x = style.spacing.item_spacing.x;
    let width_of = |ui: &Ui, text: &str, font: &FontId| {
        ui.fonts_mut(|f| {
            f.layout_no_wrap(text.to_string(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
    };
    // An assumption by its name in the reader's language; a lever as its workshop names it.
    let names: Vec<String> = shown
        .iter()
        .map(|b| match b.kind {
            BarKind::Lever => b.label.clone(),
            BarKind::Assumption => crate::i18n::tr_or(&format!("assumption-{}", b.id), &b.label),
        })
        .collect();
    let widest = names
        .iter()
        .map(|n| width_of(ui, n, &name_font))
        .fold(0.0f32, f32::max);
    let label_w = (widest + gap_x * 1.5).min(ui.available_width() * 0.4);
    // Room at each end of the scale for the input values written beyond the bars.
    let value_w = shown
        .iter()
        .flat_map(|b| [b.low, b.high].map(|v| end(v, &b.unit)))
        .map(|t| width_of(ui, &t, &small))
        .fold(0.0f32, f32::max)
        + gap_x;
    let height = row * shown.len() as f32 + foot;
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
    let plot = Rect::from_min_max(
        pos2(rect.left() + label_w + value_w, rect.top() + 4.0),
        pos2(rect.right() - value_w, rect.bottom() - foot),
    );
    // Round marks, as many as fit without their labels touching.
    let most = (plot.width() / (small.size * 5.0)).clamp(3.0, 8.0) as usize;
    let (lo, hi, step) = axis::nice_range(lo, hi, most);
    let x = |v: f64| plot.left() + ((v - lo) / (hi - lo).max(1e-9)) as f32 * plot.width();
    let text = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let up = theme::warning_colour(dark);
    let down = theme::good_colour(dark);
    // Faint lines at the round marks, behind the bars.
    for v in axis::ticks(lo, hi, step) {
        painter.line_segment(
            [pos2(x(v), plot.top()), pos2(x(v), plot.bottom())],
            Stroke::new(1.0, weak.gamma_multiply(0.35)),
        );
    }
    for (i, b) in shown.iter().enumerate() {
        let y = plot.top() + row * i as f32 + row / 2.0;
        // Assumptions (the context no lever controls) are named in grey.
        let colour = match b.kind {
            BarKind::Lever => text,
            BarKind::Assumption => weak,
        };
        painter.text(
            pos2(rect.left() + label_w - gap_x, y),
            Align2::RIGHT_CENTER,
            &names[i],
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
        let left_x = x(b.gap_at_low).min(x(b.gap_at_high)).min(base) - gap_x * 0.6;
        let right_x = x(b.gap_at_low).max(x(b.gap_at_high)).max(base) + gap_x * 0.6;
        painter.text(
            pos2(left_x, y),
            Align2::RIGHT_CENTER,
            end(left_end, &b.unit),
            small.clone(),
            weak,
        );
        painter.text(
            pos2(right_x, y),
            Align2::LEFT_CENTER,
            end(right_end, &b.unit),
            small.clone(),
            weak,
        );
    }
    let base = x(shown[0].base_gap);
    painter.line_segment(
        [pos2(base, plot.top()), pos2(base, plot.bottom())],
        Stroke::new(2.0, text),
    );
    // A scale along the foot, in £m, at round sums.
    for v in axis::ticks(lo, hi, step) {
        let px = x(v);
        painter.line_segment(
            [pos2(px, plot.bottom()), pos2(px, plot.bottom() + 5.0)],
            Stroke::new(1.0, weak),
        );
        painter.text(
            pos2(px, plot.bottom() + 7.0),
            Align2::CENTER_TOP,
            format::money_axis(v),
            small.clone(),
            weak,
        );
    }
    painter.text(
        pos2(base, rect.bottom() - 2.0),
        Align2::CENTER_BOTTOM,
        t!("tornado-gap-now", money = format::money(shown[0].base_gap)),
        small,
        text,
    );
}

fn seek_panel(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    ui.heading(tr("seek-heading"));
    ui.label(tr("seek-explain"));
    ui.add_space(4.0);
    // The button first, at a place nothing above it changes: it never moves under the pointer,
    // whatever the question below or the answer under it says.
    find_button(ui, state, commands);
    if let Some(e) = &state.seek_error {
        ui.label(RichText::new(format!("⚠ {e}")).color(theme::warning_colour(dark)));
    }
    let form = &state.seek_form;
    ui.label(
        RichText::new(t!(
            "seek-question",
            question = if form.target_text().is_empty() {
                tr("seek-nothing-yet")
            } else {
                form.words(&state.assumptions, &state.workshop.levers)
            }
        ))
        .small(),
    );
    answer(ui, state, commands);
    ui.add_space(6.0);
    // While presenting, the stage has set the question: it folds away, leaving the room the
    // answer; a facilitator can still open it.
    egui::CollapsingHeader::new(RichText::new(tr("seek-the-question")).strong())
        .id_salt("seek-question")
        .default_open(!state.presenting())
        .show(ui, |ui| question_form(ui, state, commands));
}

/// tr("seek-find"), or while searching the progress and Cancel in its place.
fn find_button(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| match &state.seek_job {
        Some(job) => {
            ui.add(
                egui::ProgressBar::new(job.progress())
                    .show_percentage()
                    .desired_width(220.0),
            );
            if ui.button(tr("seek-cancel")).clicked() {
                commands.push(SeekCommand::Cancel.into());
            }
        }
        None => {
            if ui
                .button(RichText::new(tr("seek-find")).strong())
                .on_hover_text(tr("seek-find-tip"))
                .clicked()
            {
                commands.push(SeekCommand::Start.into());
            }
        }
    });
}

/// The question: what the room wants, and which levers it will move.
fn question_form(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    let mut form = state.seek_form.clone();
    let first = state.assumptions.base_year;
    let last = first + state.assumptions.horizon_years as i32 - 1;
    // Wraps rather than widening the panel: Welsh runs longer than English.
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut form.close_gap, tr("seek-close-gap"));
        let year = ui.add(egui::DragValue::new(&mut form.by_year).range(first..=last));
        let _ = year.on_hover_text(tr("seek-close-gap-tip"));
    });
    ui.checkbox(&mut form.keep_reserves, tr("seek-keep-reserves"));
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut form.cap_tax, tr("seek-cap-tax"));
        ui.add(
            egui::DragValue::new(&mut form.tax_cap)
                .range(0.0..=10.0)
                .speed(0.01)
                .suffix(tr("seek-percent-a-year")),
        );
    });
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(tr("seek-custom"));
        ui.add(
            egui::TextEdit::singleline(&mut form.custom)
                .hint_text(tr("seek-custom-hint"))
                .desired_width(220.0),
        )
        .labelled_by(name.id)
        .on_hover_text(tr("seek-custom-tip"));
    });
    ui.add_space(6.0);
    ui.label(RichText::new(tr("seek-movable")).strong());
    let movable: Vec<usize> = (0..form.movable.len())
        .filter(|&i| form.movable[i])
        .collect();
    let kept = kept_out(&state.workshop.levers, &state.levers, &movable);
    if !kept.is_empty() {
        ui.checkbox(&mut form.allow_off_limits, tr("seek-allow-off-limits"))
            .on_hover_text(t!("seek-kept-out", limits = kept.join("; ")));
    }
    ui.columns(2, |cols| {
        for (n, domain) in Domain::ALL.into_iter().enumerate() {
            let ui = &mut cols[n % 2];
            ui.label(
                RichText::new(domain.name())
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
}

/// The last answer: what changes, what it gives, and what to do with it; marked when it no
/// longer answers what is on screen.
fn answer(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    let (Some((target, found)), Some(standing)) =
        (&state.seek_result, state.seek_answer_standing())
    else {
        return;
    };
    ui.separator();
    let stale = match standing {
        AnswerStanding::Current | AnswerStanding::InPlace => None,
        AnswerStanding::QuestionChanged => Some(tr("seek-stale-question")),
        AnswerStanding::LeversMoved => Some(tr("seek-stale-levers")),
    };
    if let Some(why) = &stale {
        ui.label(
            RichText::new(format!("⚠ {why}"))
                .color(theme::warning_colour(dark))
                .strong(),
        );
    }
    // A stale answer is shown faded, for reference, and cannot be put in place by mistake.
    let weak = stale.is_some();
    let fade = |c: egui::Color32| if weak { c.gamma_multiply(0.5) } else { c };
    let (headline, colour) = match found.status {
        SeekStatus::AlreadyMet => (tr("seek-already"), theme::good_colour(dark)),
        SeekStatus::Met => (tr("seek-found"), theme::good_colour(dark)),
        SeekStatus::NotMet => (tr("seek-not-possible"), theme::warning_colour(dark)),
        SeekStatus::Cancelled => (tr("seek-stopped"), ui.visuals().text_color()),
    };
    ui.label(
        RichText::new(headline)
            .font(theme::bold(theme::body_size(ui.style()) * 1.16))
            .color(fade(colour)),
    );
    ui.label(RichText::new(t!("seek-for", target = target.as_str())).small());
    ui.label(found.message());
    // An answer that needs a referendum (or what the workshop calls unrealistic) says so
    // where the eye lands, not only in the sentence above.
    for o in &found.off_limits {
        ui.label(RichText::new(format!("⚠ {}", o.words)).color(theme::warning_colour(dark)));
    }
    if found.changes.is_empty() {
        return;
    }
    egui::ScrollArea::horizontal()
        .id_salt("seek-changes-scroll")
        .show(ui, |ui| changes_table(ui, state, found));
    let h = found.projection.headlines();

    let not_by = || t!("seek-not-by", year = h.final_year.to_string());
    ui.label(t!(
        "seek-then",
        year = h.final_year.to_string(),
        gap = format::GapReading::of(h.final_gap).phrase(),
        balance = h
            .reserves_below_minimum
            .map_or_else(not_by, |y| y.to_string()),
        close = h.jaws_close.map_or_else(not_by, |y| y.to_string()),
    ));
    ui.horizontal(|ui| {
        let in_place = standing == AnswerStanding::InPlace;
        if ui
            .add_enabled(
                !weak && !in_place,
                egui::Button::new(tr("seek-put-in-place")),
            )
            .on_hover_text(tr("seek-put-in-place-tip"))
            .on_disabled_hover_text(if in_place {
                tr("seek-in-place")
            } else {
                tr("seek-find-again")
            })
            .clicked()
        {
            commands.push(SeekCommand::ApplyResult.into());
        }
        if ui
            .add_enabled(!weak, egui::Button::new(tr("seek-capture")))
            .on_hover_text(tr("seek-capture-tip"))
            .clicked()
        {
            commands.push(
                ScenarioCommand::Capture {
                    name: capture_name(state),
                    note: t!(
                        "seek-note",
                        target = target.as_str(),
                        answer = found.message()
                    ),
                    levers: found.levers,
                }
                .into(),
            );
        }
    });
}

/// A short name for a captured answer, "What it would take 2"; the question goes in its note.
fn capture_name(state: &AppState) -> String {
    let name_of = tr("seek-scenario-name");
    let taken = |n: usize| {
        let name = format!("{name_of} {n}");
        state.all_scenarios().any(|s| s.name == name)
    };
    let n = (1..).find(|&n| !taken(n)).unwrap_or(1);
    format!("{name_of} {n}")
}

/// The levers an answer moves: from what, to what, and the band the new value falls in.
fn changes_table(ui: &mut Ui, state: &AppState, found: &crate::model::seek::SeekResult) {
    egui::Grid::new("seek-changes")
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new(tr("seek-lever")).strong());
            ui.label(RichText::new(tr("seek-now")).strong());
            ui.label(RichText::new(tr("seek-would-need")).strong());
            ui.end_row();
            for c in &found.changes {
                let lever = &state.workshop.levers[c.index];
                ui.label(&lever.label);
                ui.label(lever.value_text(c.from));
                // The workshop's band for the new value says when it is, say, above the
                // referendum limit. (Hook: when the search flags answers that enter a band the
                // workshop marks as needing a referendum or unrealistic, say so here.)
                let to = lever.value_text(c.to);
                let text = match lever.band_at(c.to) {
                    Some(band) if lever.band_at(c.from) != Some(band) => format!("{to} · {band}"),
                    _ => to,
                };
                ui.label(RichText::new(text).strong());
                ui.end_row();
            }
        });
}
