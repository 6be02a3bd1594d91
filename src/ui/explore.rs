//! The explore view: levers on the left, the jaws in the middle, the drivers underneath.

use crate::i18n::tr;
use egui::Ui;

use super::{assumptions_panel, chart, headlines, jaws_chart, lever_panel, linked_charts, theme};
use crate::app::{AppState, Command, ScenarioCommand, WindowCommand};

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    // While presenting, the stage places its levers (present_view).
    if !state.presenting() {
        lever_panel::panel(ui, state, commands);
    }
    if state.assumptions_open {
        egui::Panel::right("assumptions")
            .resizable(true)
            .default_size(360.0)
            .min_size(300.0)
            .show(ui, |ui| assumptions_panel::show(ui, state, commands));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if !state.presenting() {
            chart_options(ui, state, commands);
        }
        let shown = state.shown_projection();
        let baseline_name = state
            .baseline
            .as_deref()
            .and_then(|id| state.find_scenario(id))
            .map(|s| state.scenario_name(s));
        let baseline = baseline_name
            .as_deref()
            .zip(state.derived.baseline.as_ref());
        let predicting = state.predicting();
        if predicting {
            // The figures would give the answer away.
            ui.label(
                egui::RichText::new(tr("explore-hidden-figures"))
                    .font(theme::bold(theme::lead_size(ui.style()))),
            );
        } else if state.presenting()
            && ui.available_height() < ui.ctx().content_rect().height() * 0.8
        {
            // The stage's heading and levers take room: the figures in one line, so the chart
            // keeps its height.
            headlines::show_line(ui, shown, dark, state.prefs.bilingual_stage);
        } else {
            let one_row = state.presenting() && ui.available_width() >= 640.0;
            headlines::show(ui, shown, baseline, dark, one_row);
        }
        ui.add_space(4.0);
        // On the projector the jaws chart takes the room; the driver charts stay on laptops.
        let presenting = state.presenting();
        let screen = chart::Screen::of(ui, presenting);
        // Whose figures these are, above the chart they shape: one line (the whole source on
        // hover), drawn before the charts are sized so that they still fit below it.
        if let Some(c) = &state.council {
            ui.add(
                egui::Label::new(egui::RichText::new(c.profile.heading()).small().weak())
                    .truncate(),
            );
        }
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
        let jaws = |ui: &mut Ui, prediction, commands: &mut Vec<Command>| {
            jaws_chart::JawsChart {
                shown,
                years_drawn: state.shown_years(),
                baseline,
                bands,
                prediction,
                sketching: predicting,
                screen,
                dark,
                height: big,
                published: state
                    .council
                    .as_ref()
                    .map_or(&[][..], |c| c.fits.as_slice()),
                both_languages: presenting && state.prefs.bilingual_stage,
            }
            .show(ui, commands);
        };
        // A stage that asks the room to predict one of the linked charts (reserves, say) is
        // sketched on that chart, large; once revealed it stands beside the jaws.
        match state.predicted_metric().filter(|_| presenting) {
            Some(metric) => {
                let asked = |ui: &mut Ui, commands: &mut Vec<Command>| {
                    ui.label(
                        egui::RichText::new(crate::i18n::tr_or(
                            &format!("metric-{}", metric.id),
                            metric.title,
                        ))
                        .font(theme::bold(theme::body_size(ui.style()))),
                    );
                    linked_charts::MetricChart {
                        metric,
                        shown,
                        baseline: state.derived.baseline.as_ref(),
                        years_drawn: state.shown_years(),
                        prediction,
                        sketching: predicting,
                        screen,
                        dark,
                        height: big - ui.text_style_height(&egui::TextStyle::Body),
                        link: None,
                    }
                    .show(ui, commands);
                };
                if state.shown_years().is_some() {
                    asked(ui, commands);
                } else {
                    ui.columns(2, |cols| {
                        jaws(&mut cols[0], &[][..], commands);
                        asked(&mut cols[1], commands);
                    });
                }
            }
            None => jaws(ui, prediction, commands),
        }
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

/// What the chart shows besides the levers as they stand: a scenario to compare with, the
/// range of futures, and the assumptions panel.
fn chart_options(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.horizontal(|ui| {
            let baseline = state
                .baseline
                .as_deref()
                .and_then(|id| state.find_scenario(id))
                .map_or(tr("explore-nothing"), |s| state.scenario_name(s));
            let label = ui.label(tr("explore-compare-with"));
            egui::ComboBox::from_id_salt("compare-with")
                .selected_text(baseline)
                .width(150.0 * theme::body_size(ui.style()) / 15.5)
                .truncate()
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(state.baseline.is_none(), tr("explore-nothing"))
                        .clicked()
                    {
                        commands.push(ScenarioCommand::SetBaseline(None).into());
                    }
                    for s in state.all_scenarios() {
                        let selected = state.baseline.as_deref() == Some(s.id.as_str());
                        if ui
                            .selectable_label(selected, state.scenario_name(s))
                            .clicked()
                        {
                            commands.push(ScenarioCommand::SetBaseline(Some(s.id.clone())).into());
                        }
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text(
                    "A scenario drawn dashed behind your curves, with its figures under yours; \
                     shown once the levers differ from it",
                );
        });
        ui.add_space(ui.spacing().item_spacing.x);
        let mut uncertainty = state.show_uncertainty;
        if ui
            .checkbox(&mut uncertainty, tr("explore-uncertainty"))
            .on_hover_text(tr("explore-uncertainty-tip"))
            .changed()
        {
            commands.push(WindowCommand::SetUncertainty(uncertainty).into());
        }
        ui.add_space(ui.spacing().item_spacing.x);
        if ui
            .selectable_label(state.assumptions_open, tr("explore-assumptions"))
            .on_hover_text(tr("explore-assumptions-tip"))
            .clicked()
        {
            commands.push(WindowCommand::ToggleAssumptions.into());
        }
    });
}
