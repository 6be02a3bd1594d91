//! The bar across the top: the views, presenting, the scenario and its code, undo, redo and
//! replay, capture, the File and Help menus and the theme. (What only the explore view uses,
//! the baseline, the uncertainty bands and the assumptions, is over its chart.)

use crate::i18n::tr;
use crate::t;
use egui::{RichText, Ui};

use super::theme;
use crate::app::{
    AppState, Command, HistoryCommand, PresentCommand, ScenarioCommand, View, WindowCommand,
};

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    // Groups that wrap as wholes, labels before their controls: one row from 1280 points
    // wide, two or three on narrower screens, never a label parted from its control.
    ui.horizontal_wrapped(|ui| {
        // A little tighter than the rest of the window, so that with the scenario's code
        // beside its box and the Help menu the whole bar still fits one row at 1280.
        let spacing = ui.spacing_mut();
        spacing.button_padding.x = (spacing.button_padding.x * 0.625).round();
        spacing.item_spacing.x = (spacing.item_spacing.x * 0.75).round();
        group(ui, "views", |ui| views(ui, state, commands));
        group(ui, "present", |ui| present_button(ui, state, commands));
        group(ui, "scenario", |ui| scenario(ui, state, commands));
        group(ui, "history", |ui| history(ui, state, commands));
        group(ui, "work", |ui| {
            if ui
                .button(tr("toolbar-capture"))
                .on_hover_text(tr("toolbar-capture-tip"))
                .clicked()
            {
                commands.push(ScenarioCommand::OpenCaptureDialog.into());
            }
            super::menu::file_menu(ui, state, commands);
            super::menu::help_menu(ui, commands);
            let (icon, name, tip) = if state.prefs.dark_mode {
                ("☀", tr("toolbar-light"), tr("toolbar-light-tip"))
            } else {
                ("☾", tr("toolbar-dark"), tr("toolbar-dark-tip"))
            };
            let theme = ui.button(icon).on_hover_text(tip);
            named(&theme, &name);
            if theme.clicked() {
                commands.push(WindowCommand::SetDarkMode(!state.prefs.dark_mode).into());
            }
        });
    });
}

/// A run of controls kept together on one row of the toolbar, with a gap after it: it starts
/// a new row when it would not fit on this one (its width is as it was last drawn).
fn group(ui: &mut Ui, name: &str, add: impl FnOnce(&mut Ui)) {
    let id = ui.scope_id().with(("toolbar-group", name));
    let width: Option<f32> = ui.data(|d| d.get_temp(id));
    if width.is_some_and(|w| ui.available_size_before_wrap().x < w) {
        ui.end_row();
    }
    let drawn = ui.horizontal(add).response.rect.width();
    if width != Some(drawn) {
        ui.data_mut(|d| d.insert_temp(id, drawn));
        if width.is_none() {
            ui.ctx()
                .request_discard("the toolbar's groups are measured");
        }
    }
    ui.add_space(ui.spacing().item_spacing.x);
}

/// Give an icon button the name a screen reader (and a test) should hear.
fn named(response: &egui::Response, name: &str) {
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, response.enabled(), name));
}

fn views(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    for (view, name, tip) in [
        (View::Explore, tr("view-explore"), tr("view-explore-tip")),
        (View::Map, tr("view-map"), tr("view-map-tip")),
        (View::Analyse, tr("view-analyse"), tr("view-analyse-tip")),
        (View::Compare, tr("view-compare"), tr("view-compare-tip")),
        (View::Deal, tr("view-deal"), tr("view-deal-tip")),
    ] {
        if ui
            .selectable_label(state.view == view, name)
            .on_hover_text(tip)
            .clicked()
        {
            commands.push(WindowCommand::SetView(view).into());
        }
    }
}

fn present_button(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let stages = state.workshop.stages.len();
    if ui
        .add_enabled(
            stages > 0,
            egui::Button::new(RichText::new(tr("toolbar-present")).strong()),
        )
        .on_hover_text(t!("toolbar-present-tip", count = stages))
        .on_disabled_hover_text(tr("toolbar-present-none"))
        .clicked()
    {
        commands.push(PresentCommand::Start.into());
    }
}

/// "Scenario [the old deal ▾] ↺ JAWS-…": load a scenario, go back to it, or copy the code
/// of the levers as they stand.
fn scenario(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let current = state
        .scenario
        .as_deref()
        .and_then(|id| state.find_scenario(id))
        .map_or(tr("toolbar-own-settings"), |s| state.scenario_name(s));
    let label = ui.label(tr("toolbar-scenario"));
    let combo = egui::ComboBox::from_id_salt("scenario")
        .selected_text(current)
        .width(150.0 * theme::body_size(ui.style()) / 15.5)
        .truncate()
        .show_ui(ui, |ui| {
            for s in state.all_scenarios() {
                let selected = state.scenario.as_deref() == Some(s.id.as_str());
                if ui
                    .selectable_label(selected, state.scenario_name(s))
                    .on_hover_ui(|ui| super::code_view::scenario_hover(ui, state, s))
                    .clicked()
                {
                    commands.push(ScenarioCommand::Load(s.id.clone()).into());
                }
            }
        })
        .response
        .labelled_by(label.id);
    combo.on_hover_text(tr("toolbar-scenario-tip"));
    let reset = ui.button("↺").on_hover_text(tr("toolbar-reset-tip"));
    named(&reset, &tr("toolbar-reset"));
    if reset.clicked() {
        commands.push(ScenarioCommand::ResetToLoaded.into());
    }
    super::code_view::badge(ui, state);
}

/// Undo, redo, and replay the last change, as icons with their names.
fn history(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let can_undo = state.history.can_undo();
    for (icon, name, tip, none, enabled, command) in [
        (
            "↶",
            tr("toolbar-undo"),
            tr("toolbar-undo-tip"),
            tr("toolbar-undo-none"),
            can_undo,
            HistoryCommand::Undo,
        ),
        (
            "↷",
            tr("toolbar-redo"),
            tr("toolbar-redo-tip"),
            tr("toolbar-redo-none"),
            state.history.can_redo(),
            HistoryCommand::Redo,
        ),
        (
            "⟲",
            tr("toolbar-replay"),
            tr("toolbar-replay-tip"),
            tr("toolbar-replay-none"),
            can_undo,
            HistoryCommand::ReplayLastChange,
        ),
    ] {
        let button = ui
            .add_enabled(enabled, egui::Button::new(icon))
            .on_hover_text(tip)
            .on_disabled_hover_text(none);
        named(&button, &name);
        if button.clicked() {
            commands.push(command.into());
        }
    }
}
