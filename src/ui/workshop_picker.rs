//! The workshop picker: choose which workshop to run, at start-up or from the File menu.

use egui::Ui;

use crate::app::{AppState, Command};

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let Some(entries) = &state.workshop_picker else {
        return;
    };
    egui::Modal::new(egui::Id::unique("workshop-picker")).show(ui.ctx(), |ui| {
        ui.heading("Choose a workshop");
        for e in entries {
            if ui.button(&e.title).clicked() {
                commands.push(Command::OpenWorkshop(e.source.clone()));
            }
        }
        if ui.button("Cancel").clicked() {
            commands.push(Command::CloseWorkshopPicker);
        }
    });
}
