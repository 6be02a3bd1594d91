//! The workshop picker: choose which workshop to run, at start-up or from the File menu.
//!
//! One row a workshop, grouped by where it was found. A workshop that will not load is shown
//! in the warning colour with its problems (`FILE:LINE:COLUMN: message`) and cannot be opened;
//! the others stay on offer.

use crate::i18n::tr;
use crate::t;
use egui::{Align, Key, Layout, Modifiers, RichText, ScrollArea, Stroke, TextWrapMode, Ui};

use crate::app::{AppState, Command, FileRequest, SessionCommand};
use crate::ui::theme;
use crate::workshop::catalogue::{CatalogueEntry, Origin, WorkshopSource};

/// The picker's width in points: room for a title and its audience, and a problem's path.
const WIDTH: f32 = 640.0;
/// The column on the right of each row, for Open or "open now".
const BUTTON_WIDTH: f32 = 100.0;
/// Problems shown for one workshop; a badly broken file can have many.
const MOST_PROBLEMS: usize = 8;

/// The groups in the order they are shown: heading, and what it means
fn groups() -> [(Origin, String, String); 5] {
    [
        (Origin::Chosen, tr("picker-chosen"), tr("picker-chosen-tip")),
        (
            Origin::Bundled,
            tr("picker-built-in"),
            tr("picker-built-in-tip"),
        ),
        (
            Origin::BesideApp,
            tr("picker-beside"),
            tr("picker-beside-tip"),
        ),
        (
            Origin::DataFolder,
            tr("picker-yours"),
            tr("picker-yours-tip"),
        ),
        (Origin::Recent, tr("picker-recent"), tr("picker-recent-tip")),
    ]
}

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let Some(entries) = &state.workshop_picker else {
        return;
    };
    let dark = state.prefs.dark_mode;
    let modal = egui::Modal::new(egui::Id::unique("workshop-picker")).show(ui.ctx(), |ui| {
        ui.set_width(WIDTH);
        ui.heading(tr("picker-heading"));
        // Only promise a save when there is something to save.
        ui.label(
            RichText::new(if state.has_work_to_save() {
                tr("picker-fresh-saved")
            } else {
                tr("picker-fresh")
            })
            .weak(),
        );
        if !state.load_problems.is_empty() {
            ui.add_space(4.0);
            load_problems(ui, state, dark);
        }
        ui.add_space(4.0);
        // Leave room for the heading, the problems above and the buttons below at 1280x720.
        let above = ui.min_rect().height();
        let max_height = (ui.ctx().content_rect().height() - above - 230.0).max(160.0);
        // A solid scroll bar, so it is plain when there are more workshops further down.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        ScrollArea::vertical()
            .id_salt("workshop-picker-list")
            .max_height(max_height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for (origin, heading, meaning) in groups() {
                    let group: Vec<&CatalogueEntry> =
                        entries.iter().filter(|e| e.origin == origin).collect();
                    if group.is_empty() {
                        continue;
                    }
                    ui.add_space(6.0);
                    ui.label(RichText::new(heading).font(theme::bold(body_size(ui))))
                        .on_hover_text(meaning);
                    for e in group {
                        row(ui, state, e, commands);
                    }
                }
            });
        ui.separator();
        footer(ui, state, commands);
    });
    if modal.is_top_modal
        && !modal.any_popup_open
        && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
    {
        commands.push(SessionCommand::CloseWorkshopPicker.into());
    }
}

/// Why the workshop asked for on the command line is not the one open.
fn load_problems(ui: &mut Ui, state: &AppState, dark: bool) {
    let warn = theme::warning_colour(dark);
    egui::Frame::new()
        .stroke(Stroke::new(1.5, warn))
        .corner_radius(4.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(tr("picker-not-opened"))
                    .color(warn)
                    .font(theme::bold(body_size(ui) * 1.05)),
            );
            problem_lines(ui, &state.load_problems, dark);
            ui.label(format!(
                "\u{201c}{}\u{201d} is open instead. Fix the file and open it again, or choose \
                 another workshop below.",
                state.workshop.title
            ));
        });
}

/// One workshop: title, audience, stages and time, and Open; or what is wrong with it.
fn row(ui: &mut Ui, state: &AppState, e: &CatalogueEntry, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    let warn = theme::warning_colour(dark);
    let open_now = e.is_valid() && e.id == state.workshop.id && e.title == state.workshop.title;
    let stroke = if !e.is_valid() {
        Stroke::new(1.5, warn)
    } else if open_now {
        Stroke::new(1.5, theme::good_colour(dark))
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    egui::Frame::new()
        .stroke(stroke)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.spacing_mut().item_spacing.y = 3.0;
            ui.horizontal_top(|ui| {
                let text_width = ui.available_width() - BUTTON_WIDTH - ui.spacing().item_spacing.x;
                ui.vertical(|ui| {
                    ui.set_width(text_width);
                    describe(ui, e, dark);
                });
                ui.allocate_ui_with_layout(
                    egui::vec2(BUTTON_WIDTH, 0.0),
                    Layout::top_down(Align::Max),
                    |ui| actions(ui, state, e, open_now, dark, commands),
                );
            });
            if !e.is_valid() {
                ui.label(RichText::new(tr("picker-cannot-open")).color(warn).strong());
                problem_lines(ui, &e.problems, dark);
            }
        });
    ui.add_space(2.0);
}

/// The left of a row: what a facilitator needs to choose at a glance.
fn describe(ui: &mut Ui, e: &CatalogueEntry, dark: bool) {
    let mut title = RichText::new(&e.title).font(theme::bold(body_size(ui) * 1.16));
    if !e.is_valid() {
        title = title.color(theme::warning_colour(dark));
    }
    ui.label(title);
    if e.is_valid() {
        if !e.audience.is_empty() {
            ui.label(&e.audience);
        }
        ui.label(RichText::new(length(e.stages, e.minutes)).weak());
    }
    if let WorkshopSource::File(path) = &e.source {
        ui.label(RichText::new(path.display().to_string()).small().weak())
            .on_hover_text(tr("picker-where"));
    }
}

/// The right of a row: Open, or a mark that this is the workshop open now.
fn actions(
    ui: &mut Ui,
    state: &AppState,
    e: &CatalogueEntry,
    open_now: bool,
    dark: bool,
    commands: &mut Vec<Command>,
) {
    if !e.is_valid() {
        return;
    }
    if open_now {
        let badge = RichText::new(tr("picker-open-now"))
            .color(theme::good_colour(dark))
            .strong();
        ui.add(egui::Label::new(badge).wrap_mode(TextWrapMode::Extend))
            .on_hover_text(tr("picker-open-now-tip"));
        // A file can be edited while Jaws runs: offer to read it again.
        if matches!(e.source, WorkshopSource::File(_)) {
            let again = ui
                .button(tr("picker-reopen"))
                .on_hover_text(if state.has_work_to_save() {
                    tr("picker-reopen-tip-saved")
                } else {
                    tr("picker-reopen-tip")
                });
            named(
                &again,
                t!("picker-reopen-name", workshop = e.title.as_str()),
            );
            if again.clicked() {
                commands.push(SessionCommand::OpenWorkshop(e.source.clone()).into());
            }
        }
        return;
    }
    // A wider button than most: it is what the facilitator is here to press.
    ui.spacing_mut().button_padding.x = 20.0;
    let open = ui
        .button(RichText::new(tr("picker-open")).strong())
        .on_hover_text(t!(
            if state.has_work_to_save() {
                "picker-open-tip-saved"
            } else {
                "picker-open-tip"
            },
            workshop = e.title.as_str()
        ));
    named(&open, t!("picker-open-name", workshop = e.title.as_str()));
    if open.clicked() {
        commands.push(SessionCommand::OpenWorkshop(e.source.clone()).into());
    }
}

/// Problems one a line, in monospace so `FILE:LINE:COLUMN` reads as an address.
fn problem_lines(ui: &mut Ui, problems: &[String], dark: bool) {
    let warn = theme::warning_colour(dark);
    for p in problems.iter().take(MOST_PROBLEMS) {
        ui.label(RichText::new(p).monospace().color(warn));
    }
    if problems.len() > MOST_PROBLEMS {
        ui.label(
            RichText::new(t!("picker-more", count = problems.len() - MOST_PROBLEMS)).color(warn),
        );
    }
}

/// The buttons under the list, and where Jaws looks for workshop files.
fn footer(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(tr("picker-open-file"))
            .on_hover_text(tr("picker-open-file-tip"))
            .clicked()
        {
            commands.push(FileRequest::OpenWorkshop.into());
        }
        if ui
            .button(
                RichText::new(t!("picker-keep", workshop = state.workshop.title.as_str())).strong(),
            )
            .on_hover_text(tr("picker-keep-tip"))
            .clicked()
        {
            commands.push(SessionCommand::CloseWorkshopPicker.into());
        }
    });
    ui.label(RichText::new(tr("picker-also")).small().weak())
        .on_hover_ui(|ui| {
            let (beside, data) = crate::app::files::workshop_folders();
            ui.label(tr("picker-folders"));
            for folder in [beside, data].into_iter().flatten() {
                ui.label(RichText::new(folder.display().to_string()).monospace());
            }
        });
}

/// The body text size, so the picker grows with the type (larger on a projector).
fn body_size(ui: &Ui) -> f32 {
    egui::TextStyle::Body.resolve(ui.style()).size
}

/// Give a widget the accessible name a screen reader (and a test) should hear.
fn named(response: &egui::Response, name: String) {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
}

/// "5 stages · about 1 h", or what a workshop without stages is for.
fn length(stages: usize, minutes: u32) -> String {
    if stages == 0 {
        return tr("picker-no-stages");
    }
    let stages = t!("picker-stages", count = stages);
    if minutes == 0 {
        return stages;
    }
    t!(
        "picker-length",
        stages = stages,
        time = crate::present::format::minutes(minutes)
    )
}

#[cfg(test)]
mod tests {
    use super::length;

    #[test]
    fn lengths_read_as_people_say_them() {
        assert_eq!(length(6, 60), "6 stages · about 1 h");
        assert_eq!(length(9, 215), "9 stages · about 3 h 35 min");
        assert_eq!(length(1, 45), "1 stage · about 45 min");
        assert_eq!(length(2, 0), "2 stages");
        assert_eq!(length(0, 0), "No stages: the levers to explore freely");
    }
}
