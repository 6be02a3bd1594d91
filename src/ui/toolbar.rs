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

/// The toolbar's groups, in the order they stand.
const GROUPS: [&str; 5] = ["views", "present", "scenario", "history", "work"];

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    // Groups that wrap as wholes, labels before their controls: one row from 1280 points
    // wide, two or three on narrower screens, never a label parted from its control.
    let widths = Widths::new(ui);
    let compact = widths.too_wide_for(ui);
    ui.horizontal_wrapped(|ui| {
        // A little tighter than the rest of the window, so that with the scenario's code
        // beside its box and the Help menu the whole bar still fits one row at 1280; tighter
        // still where that row would not fit (Welsh runs longer than English).
        let spacing = ui.spacing_mut();
        let (padding, gap) = if compact { (0.375, 0.5) } else { (0.625, 0.75) };
        spacing.button_padding.x = (spacing.button_padding.x * padding).round();
        spacing.item_spacing.x = (spacing.item_spacing.x * gap).round();
        let [views_, present, scenario_, history_, work] = GROUPS;
        widths.group(ui, compact, views_, |ui| views(ui, state, commands));
        widths.group(ui, compact, present, |ui| {
            present_button(ui, state, commands)
        });
        widths.group(ui, compact, scenario_, |ui| scenario(ui, state, commands));
        widths.group(ui, compact, history_, |ui| history(ui, state, commands));
        widths.group(ui, compact, work, |ui| {
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

/// The groups' widths as last drawn, remembered by language and by spacing (ordinary or
/// compact), so a language's ordinary widths stay known while it is drawn compact.
struct Widths {
    id: egui::Id,
    gap: f32,
}

impl Widths {
    fn new(ui: &Ui) -> Widths {
        Widths {
            id: ui.scope_id().with(("toolbar", crate::i18n::lang().code())),
            gap: (ui.spacing().item_spacing.x * 0.75).round(),
        }
    }

    fn key(&self, compact: bool, name: &str) -> egui::Id {
        self.id.with((compact, name))
    }

    fn width(&self, ui: &Ui, compact: bool, name: &str) -> Option<f32> {
        ui.data(|d| d.get_temp(self.key(compact, name)))
    }

    /// Whether the groups at the ordinary spacing, once measured, would take more than the
    /// one row this width gives (each group is followed by two gaps: its own spacing and
    /// the space `group` adds).
    fn too_wide_for(&self, ui: &Ui) -> bool {
        let widths: Option<Vec<f32>> = GROUPS
            .iter()
            .map(|name| self.width(ui, false, name))
            .collect();
        widths.is_some_and(|w| {
            let row = w.iter().sum::<f32>() + 2.0 * self.gap * (w.len() - 1) as f32;
            row > ui.available_width()
        })
    }

    /// A run of controls kept together on one row of the toolbar, with a gap after it: it
    /// starts a new row when it would not fit on this one (its width is as it was last
    /// drawn).
    fn group(&self, ui: &mut Ui, compact: bool, name: &str, add: impl FnOnce(&mut Ui)) {
        let width = self.width(ui, compact, name);
        if width.is_some_and(|w| ui.available_size_before_wrap().x < w) {
            ui.end_row();
        }
        let drawn = ui.horizontal(add).response.rect.width();
        if width != Some(drawn) {
            ui.data_mut(|d| d.insert_temp(self.key(compact, name), drawn));
            if width.is_none() {
                ui.ctx()
                    .request_discard("the toolbar's groups are measured");
            }
        }
        ui.add_space(ui.spacing().item_spacing.x);
    }
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
    // One width whatever the scenario's name (a long one is cut short, whole on hover), so
    // loading a scenario never moves the rest of the toolbar or gives it a second row.
    let width = 150.0 * theme::body_size(ui.style()) / 15.5;
    let height = ui.spacing().interact_size.y;
    let combo = ui
        .allocate_ui_with_layout(
            egui::vec2(width, height),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                egui::ComboBox::from_id_salt("scenario")
                    .selected_text(current.clone())
                    .width(width)
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
            },
        )
        .inner
        .labelled_by(label.id);
    combo.on_hover_ui(|ui| {
        ui.strong(&current);
        ui.label(tr("toolbar-scenario-tip"));
    });
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
