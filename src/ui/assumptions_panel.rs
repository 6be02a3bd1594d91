//! The context no lever controls, editable so a council can see its own jaws.
//!
//! Values are typed, checked as they are committed (Enter or leaving the field), and refused
//! inline with the reason if they are not valid; the model only ever sees valid assumptions.

use crate::i18n::tr;
use crate::t;
use egui::{Id, RichText, Ui};

use super::theme;
use crate::app::{AppState, AssumptionCommand, Command};
use crate::model::{ASSUMPTION_SPECS, AssumptionGroup, AssumptionSpec};
use crate::present::format;

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading(tr("assumptions-heading"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr("assumptions-reset"))
                .on_hover_text(tr("assumptions-reset-tip"))
                .clicked()
            {
                commands.push(AssumptionCommand::ResetAll.into());
            }
        });
    });
    ui.label(RichText::new(tr("assumptions-money")).small());
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new(tr("assumptions-your-council")).strong());
            egui::Grid::new("assumptions-context")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    // Whole numbers, with no spec of their own.
                    let base_year = Row {
                        id: "base_year",
                        label: &tr("assumptions-base-year"),
                        unit: "",
                        hover: &tr("assumptions-base-year-tip"),
                        value: f64::from(state.assumptions.base_year),
                    };
                    checked_row(ui, state, &base_year, commands);
                    let horizon = Row {
                        id: "horizon_years",
                        label: &tr("assumptions-horizon"),
                        unit: &tr("assumptions-years"),
                        hover: &tr("assumptions-horizon-tip"),
                        value: f64::from(state.assumptions.horizon_years),
                    };
                    checked_row(ui, state, &horizon, commands);
                    for spec in ASSUMPTION_SPECS
                        .iter()
                        .filter(|s| s.group == AssumptionGroup::Context)
                    {
                        field(ui, state, spec, commands);
                    }
                });
            ui.add_space(6.0);
            egui::CollapsingHeader::new(RichText::new(tr("assumptions-response")).strong())
                .default_open(false)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr("assumptions-response-note")).small());
                    egui::Grid::new("assumptions-response")
                        .num_columns(3)
                        .striped(true)
                        .show(ui, |ui| {
                            for spec in ASSUMPTION_SPECS
                                .iter()
                                .filter(|s| s.group == AssumptionGroup::Response)
                            {
                                field(ui, state, spec, commands);
                            }
                        });
                });
        });
}

fn field(ui: &mut Ui, state: &AppState, spec: &AssumptionSpec, commands: &mut Vec<Command>) {
    let value = state.assumptions.get(spec.id).unwrap_or_default();
    let mut hover = t!(
        "assumptions-tooltip",
        description = spec.description,
        min = format::with_unit(spec.min, spec.unit),
        max = format::with_unit(spec.max, spec.unit)
    );
    if let Some(source) = state.workshop.sources.get(spec.id) {
        hover.push_str(&format!(
            "\n{}",
            t!("assumptions-source", source = source.as_str())
        ));
    }
    let label = crate::i18n::tr_or(&format!("assumption-{}", spec.id), spec.label);
    let row = Row {
        id: spec.id,
        label: &label,
        unit: spec.unit,
        hover: &hover,
        value,
    };
    checked_row(ui, state, &row, commands);
}

/// A row whose committed value is checked by the model's own rule (`Assumptions::check`),
/// the same check `apply` makes, and sent as a command once it passes.
fn checked_row(ui: &mut Ui, state: &AppState, row: &Row<'_>, commands: &mut Vec<Command>) {
    let check = |v: f64| state.assumptions.check(row.id, v).map(drop);
    if let Some(v) = edit_row(ui, row, state.prefs.dark_mode, check) {
        commands.push(
            AssumptionCommand::Set {
                id: row.id.to_string(),
                value: v,
            }
            .into(),
        );
    }
}

struct Row<'a> {
    id: &'a str,
    label: &'a str,
    unit: &'a str,
    hover: &'a str,
    value: f64,
}

/// One labelled text field. Returns a value when the user commits (Enter or leaving the
/// field) an entry that `check` accepts; otherwise the typed text stays, with the reason.
fn edit_row(
    ui: &mut Ui,
    row: &Row<'_>,
    dark: bool,
    check: impl Fn(f64) -> Result<(), String>,
) -> Option<f64> {
    let draft_id = Id::unique(("assumption-draft", row.id));
    let error_id = Id::unique(("assumption-error", row.id));
    let mut committed = None;
    // Three grid cells: the name (wrapping), the field, the unit; a problem gets its own row.
    let name = ui
        .scope(|ui| {
            ui.set_max_width(170.0);
            ui.add(egui::Label::new(row.label).wrap())
                .on_hover_text(row.hover)
        })
        .inner;
    let mut text: String = ui
        .data(|d| d.get_temp::<String>(draft_id))
        .unwrap_or_else(|| trim_number(row.value));
    let response = ui
        .add_sized(
            [72.0, 22.0],
            egui::TextEdit::singleline(&mut text).align(egui::Align2::RIGHT_CENTER),
        )
        .labelled_by(name.id)
        .on_hover_text(row.hover);
    if response.changed() {
        ui.data_mut(|d| d.insert_temp(draft_id, text.clone()));
    }
    if response.lost_focus() {
        let verdict = match text.trim().replace(',', "").parse::<f64>() {
            Ok(v) if v.is_finite() => check(v).map(|()| v),
            _ => Err(t!("assumptions-not-number", text = text.trim())),
        };
        ui.data_mut(|d| match verdict {
            Ok(v) => {
                committed = Some(v);
                d.remove::<String>(draft_id);
                d.remove::<String>(error_id);
            }
            Err(why) => {
                d.insert_temp(error_id, why);
            }
        });
    }
    ui.add(egui::Label::new(RichText::new(row.unit).small()).wrap());
    ui.end_row();
    if let Some(error) = ui.data(|d| d.get_temp::<String>(error_id)) {
        ui.add(
            egui::Label::new(
                RichText::new(format!("⚠ {error}"))
                    .color(theme::warning_colour(dark))
                    .small(),
            )
            .wrap(),
        );
        ui.end_row();
    }
    committed
}

fn trim_number(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
