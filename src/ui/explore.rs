//! The explore view: levers on the left, the jaws in the middle, the drivers underneath.

use egui::Ui;

use super::{assumptions_panel, headlines, jaws_chart, lever_panel, linked_charts};
use crate::app::{AppState, Command};

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    egui::Panel::left("levers")
        .resizable(true)
        .default_size(360.0)
        .min_size(300.0)
        .show(ui, |ui| lever_panel::show(ui, state, commands));
    if state.assumptions_open {
        egui::Panel::right("assumptions")
            .resizable(true)
            .default_size(360.0)
            .min_size(300.0)
            .show(ui, |ui| assumptions_panel::show(ui, state, commands));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        let shown = state.shown_projection();
        let baseline_name = state
            .baseline
            .as_deref()
            .and_then(|id| state.find_scenario(id))
            .map(|s| s.name.as_str());
        let baseline = baseline_name.zip(state.baseline_projection.as_ref());
        headlines::show(ui, &shown, baseline, dark);
        ui.add_space(4.0);
        let small = (ui.available_height() * 0.26).clamp(110.0, 190.0);
        let big = (ui.available_height() - small - 40.0).max(200.0);
        // Bands belong to the current levers: not shown while a replay moves the curves.
        let bands = state
            .bands
            .as_ref()
            .filter(|_| state.replay_progress().is_none());
        let bands = bands.map(|b| (b, state.bands_stale()));
        jaws_chart::show(ui, &shown, baseline, bands, dark, big);
        linked_charts::show(ui, &shown, state.baseline_projection.as_ref(), dark, small);
    });
}
