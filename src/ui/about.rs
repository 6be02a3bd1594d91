//! About Jaws: the version, what Jaws is, and the licences of everything built into it (the
//! crates and the embedded fonts). A window of its own, opened from the Help menu; whether it
//! is open is this view's own business, so it lives in egui's memory, not in the session.

use crate::i18n::tr;
use std::sync::OnceLock;

use egui::{Id, RichText, Ui};

use crate::desktop::{THIRD_PARTY_LICENCES, VERSION};

fn open_id() -> Id {
    Id::unique("about-jaws-open")
}

/// The menu entry that opens the window.
pub fn menu_entry(ui: &mut Ui) {
    if ui
        .button(tr("about-menu"))
        .on_hover_text(tr("about-menu-tip"))
        .clicked()
    {
        ui.ctx().data_mut(|d| d.insert_temp(open_id(), true));
        ui.close();
    }
}

/// The About window, when it is open.
pub fn show(ctx: &egui::Context) {
    let mut open = ctx.data(|d| d.get_temp::<bool>(open_id()).unwrap_or(false));
    if !open {
        return;
    }
    egui::Window::new(tr("about-title"))
        .open(&mut open)
        .collapsible(false)
        .default_size([640.0, 520.0])
        .show(ctx, |ui| {
            ui.heading(format!("Jaws {VERSION}"));
            ui.label(
                "A workshop tool for council leaders, political and managerial. It turns \
                 INLOGOV's new model of public services (Staite, 2013) into levers a room can \
                 move, redrawing demand against resources: the jaws of doom, and what a new \
                 deal between people and public services could do about them.",
            );
            ui.label(
                "Jaws works offline. It sends nothing anywhere and keeps its files in your data \
                 folder and where you save them.",
            );
            ui.add_space(8.0);
            ui.label(RichText::new(tr("about-licences")).strong());
            let lines = licence_lines();
            let row = ui.text_style_height(&egui::TextStyle::Monospace);
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show_rows(ui, row, lines.len(), |ui, rows| {
                    for line in &lines[rows] {
                        ui.label(RichText::new(*line).monospace());
                    }
                });
        });
    ctx.data_mut(|d| d.insert_temp(open_id(), open));
}

/// The licences text a line at a time, so only the lines in view are laid out.
fn licence_lines() -> &'static [&'static str] {
    static LINES: OnceLock<Vec<&'static str>> = OnceLock::new();
    LINES.get_or_init(|| THIRD_PARTY_LICENCES.lines().collect())
}
