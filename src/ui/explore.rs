//! The explore view: levers on the left, the jaws in the middle, the drivers underneath.

use egui::Ui;

use super::{assumptions_panel, headlines, jaws_chart, lever_panel, linked_charts, theme};
use crate::app::{AppState, Command};

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    // While presenting, a stage may show few levers or none: the chart gets the room.
    let any_lever = (0..state.workshop.levers.len()).any(|i| state.lever_visible(i));
    if any_lever {
        egui::Panel::left("levers")
            .resizable(true)
            .default_size(360.0)
            .size_range(300.0..=if state.presenting() { 400.0 } else { 600.0 })
            .show(ui, |ui| lever_panel::show(ui, state, commands));
    }
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
        let baseline = baseline_name.zip(state.derived.baseline.as_ref());
        let predicting = state.predicting();
        if predicting {
            // The figures would give the answer away.
            ui.label(
                egui::RichText::new(
                    "The figures appear when the prediction is revealed. Sketch on the chart what you expect.",
                )
                .font(theme::bold(20.0)),
            );
        } else if state.presenting() && ui.available_height() < 480.0 {
            // Little room: the figures in one line, so the chart keeps its height.
            headlines::show_line(ui, shown, dark);
        } else {
            let one_row = state.presenting() && ui.available_width() >= 640.0;
            headlines::show(ui, shown, baseline, dark, one_row);
        }
        ui.add_space(4.0);
        // On the projector the jaws chart takes the room; the driver charts stay on laptops.
        let presenting = state.presenting();
        let small = (ui.available_height() * 0.26).clamp(110.0, 190.0);
        let big = if presenting {
            (ui.available_height() - 8.0).max(200.0)
        } else {
            (ui.available_height() - small - 40.0).max(200.0)
        };
        // Bands belong to the current levers: not shown while a replay or reveal moves the
        // curves.
        let bands = state
            .derived
            .bands
            .as_ref()
            .filter(|_| state.replay_progress().is_none() && !predicting);
        let bands = bands.map(|b| (b, state.bands_stale()));
        let prediction = state
            .current_prediction()
            .map_or(&[][..], |p| p.strokes.as_slice());
        // Whose figures these are, above the chart they shape.
        if let Some(c) = &state.council {
            ui.label(egui::RichText::new(c.profile.heading()).small().weak());
        }
        jaws_chart::JawsChart {
            shown,
            years_drawn: state.shown_years(),
            baseline,
            bands,
            prediction,
            sketching: predicting,
            key_above: presenting,
            dark,
            height: big,
            published: state.council.as_ref().map_or(&[][..], |c| c.fits.as_slice()),
        }
        .show(ui, commands);
        if !presenting {
            linked_charts::show(
                ui,
                shown,
                state.derived.baseline.as_ref(),
                dark,
                small,
                commands,
            );
        }
    });
}
