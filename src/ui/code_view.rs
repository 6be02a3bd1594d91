//! Scenario codes in the window: the code of the levers beside the scenario box (click to
//! copy), the dialog to type one (Ctrl+L), and on the stage the code large with a QR code
//! for phones (Q). `scenario_code` makes and reads them; loading one is a command.

use crate::i18n::tr;
use crate::t;
use egui::accesskit::Role;
use egui::{Align2, Color32, Key, RichText, Sense, Ui, vec2};

use super::theme;
use crate::app::{AppState, Command, ScenarioCommand};
use crate::workshop::Scenario;

/// The code of the levers as they stand, as a small button that copies it.
pub fn badge(ui: &mut Ui, state: &AppState) {
    let code = state.current_code().to_string();
    // In the small type of labels, so that the toolbar keeps one row at 1280.
    let text = RichText::new(&code)
        .family(egui::FontFamily::Monospace)
        .size(theme::label_size(ui.style()));
    let response = ui.button(text).on_hover_text(tr("code-badge-tip"));
    if response.clicked() {
        ui.ctx().copy_text(code);
    }
}

/// A scenario's note and its code, for its tooltip wherever it is listed.
pub fn scenario_hover(ui: &mut Ui, state: &AppState, scenario: &Scenario) {
    if !scenario.note.is_empty() {
        ui.label(&scenario.note);
    }
    if let Some(code) = state.code_of(&scenario.id) {
        ui.label(RichText::new(t!("code-badge", code = code.to_string())).monospace());
    }
}

/// The dialog to type a scenario code: load its levers, or add it as a scenario.
pub fn dialog(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let Some(draft) = &state.code_draft else {
        return;
    };
    egui::Modal::new(egui::Id::unique("code-dialog")).show(ui.ctx(), |ui| {
        ui.heading(tr("code-heading"));
        ui.label(tr("code-explain"));
        let label = ui.label(tr("code-label"));
        let mut text = draft.text.clone();
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text("JAWS-2C1J-200H-E")
                    .font(egui::TextStyle::Monospace)
                    .desired_width(340.0),
            )
            .labelled_by(label.id);
        if text.is_empty() && !edit.has_focus() && draft.problem.is_none() {
            edit.request_focus();
        }
        if text != draft.text {
            commands.push(ScenarioCommand::EditCodeDialog(text.clone()).into());
        }
        if let Some(problem) = &draft.problem {
            ui.label(
                RichText::new(format!("⚠ {problem}"))
                    .color(theme::warning_colour(state.prefs.dark_mode)),
            );
        }
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr("code-load")).strong())
                .on_hover_text(tr("code-load-tip"))
                .clicked()
                || enter
            {
                commands.push(ScenarioCommand::LoadCode(text.clone()).into());
            }
            if ui
                .button(tr("code-add"))
                .on_hover_text(tr("code-add-tip"))
                .clicked()
            {
                commands.push(ScenarioCommand::AddCode(text.clone()).into());
            }
            if ui.button(tr("code-cancel")).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                commands.push(ScenarioCommand::CancelCodeDialog.into());
            }
        });
    });
}

/// On the stage: the code of the levers as they stand, large enough to read from the back of
/// the room, and a QR code of it for phones.
pub fn overlay(ui: &mut Ui, state: &AppState) {
    let code = state.current_code().to_string();
    let height = ui.ctx().content_rect().height();
    egui::Area::new(egui::Id::unique("stage-code"))
        .anchor(Align2::CENTER_CENTER, vec2(0.0, 0.0))
        .order(egui::Order::Foreground)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(24.0)
                .show(ui, |ui| {
                    ui.vertical_centered(|ui| {
                        ui.label(
                            RichText::new(tr("code-stage-heading"))
                                .font(theme::bold(height / 30.0)),
                        );
                        ui.label(
                            RichText::new(&code)
                                .font(egui::FontId::monospace(height / 14.0))
                                .strong(),
                        );
                        qr(ui, &code, height * 0.4);
                        ui.label(RichText::new(tr("code-stage-hint")).size(height / 40.0));
                    });
                });
        });
}

/// A QR code of `text`, `side` points square, dark on white with its quiet zone.
fn qr(ui: &mut Ui, text: &str, side: f32) {
    let Ok(code) = qrcode::QrCode::new(text.as_bytes()) else {
        return;
    };
    let modules = code.width();
    let colours = code.to_colors();
    let quiet = 4;
    let cell = side / (modules + 2 * quiet) as f32;
    let (rect, response) = ui.allocate_exact_size(vec2(side, side), Sense::hover());
    response
        .widget_info(|| egui::WidgetInfo::labeled(Role::Image, true, t!("code-qr", code = text)));
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    for (i, c) in colours.iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (x, y) = ((i % modules + quiet) as f32, (i / modules + quiet) as f32);
            painter.rect_filled(
                egui::Rect::from_min_size(
                    rect.min + vec2(x * cell, y * cell),
                    vec2(cell.ceil(), cell.ceil()),
                ),
                0.0,
                Color32::BLACK,
            );
        }
    }
}
