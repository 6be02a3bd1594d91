//! The levers, grouped under the seed's four domains, each in its domain's colour.

use egui::{Align, Color32, Layout, RichText, Sense, Stroke, Ui, vec2};

use super::theme;
use crate::app::{AppState, Command, LeverCommand, ScenarioCommand};
use crate::model::{Domain, Lever};
use crate::present::format;

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    ui.horizontal(|ui| {
        ui.heading("Levers");
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            // While presenting, "reset" means back to where the stage started.
            if state.presenting() {
                if ui
                    .button("Reset to stage")
                    .on_hover_text("Put the levers back to where this stage started")
                    .clicked()
                {
                    commands.push(ScenarioCommand::ResetToLoaded.into());
                }
            } else if ui
                .button("Reset levers")
                .on_hover_text("Put every lever back to the workshop's default")
                .clicked()
            {
                commands.push(LeverCommand::ResetAll.into());
            }
        });
    });
    ui.add_space(2.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for domain in Domain::ALL {
                let in_domain =
                    |(i, l): &(usize, &Lever)| l.domain == domain && state.lever_visible(*i);
                if !state
                    .workshop
                    .levers
                    .iter()
                    .enumerate()
                    .any(|e| in_domain(&e))
                {
                    continue;
                }
                let colour = theme::domain_colour(domain, dark);
                let header = RichText::new(domain.name())
                    .font(theme::bold(17.0))
                    .color(colour);
                egui::CollapsingHeader::new(header)
                    .id_salt(domain.id())
                    .default_open(true)
                    .show(ui, |ui| {
                        for (i, lever) in state.workshop.levers.iter().enumerate() {
                            if in_domain(&(i, lever)) {
                                // A stage may show a lever without letting the room move it.
                                ui.add_enabled_ui(state.lever_unlocked(i), |ui| {
                                    lever_row(
                                        ui,
                                        i,
                                        lever,
                                        state.levers.0[i],
                                        colour,
                                        dark,
                                        commands,
                                    );
                                })
                                .response
                                .on_disabled_hover_text(
                                    "Locked for this stage: the facilitator will unlock it later",
                                );
                            }
                        }
                    });
                ui.add_space(4.0);
            }
        });
}

pub(crate) fn lever_row(
    ui: &mut Ui,
    index: usize,
    lever: &Lever,
    value: f64,
    colour: Color32,
    dark: bool,
    commands: &mut Vec<Command>,
) {
    let tooltip = format!(
        "{}\n\nRange {} to {}; default {}.",
        lever.description,
        format::with_unit(lever.min, &lever.unit),
        format::with_unit(lever.max, &lever.unit),
        format::with_unit(lever.default, &lever.unit)
    );
    let name = ui
        .horizontal(|ui| {
            // A thin bar in the domain's colour ties the lever to its group at a glance.
            let (bar, _) = ui.allocate_exact_size(vec2(4.0, 18.0), Sense::hover());
            ui.painter().rect_filled(bar, 2.0, colour);
            ui.label(RichText::new(&lever.label).strong())
                .on_hover_text(&tooltip)
        })
        .inner;
    let mut v = value;
    let mut slider_rect = None;
    ui.horizontal(|ui| {
        ui.add_space(10.0);
        ui.scope(|ui| {
            ui.visuals_mut().selection.bg_fill = colour;
            let step = lever.step();
            let response = ui
                .add(
                    egui::Slider::new(&mut v, lever.min..=lever.max)
                        .step_by(step)
                        .trailing_fill(true)
                        .max_decimals(2),
                )
                .on_hover_text(&tooltip)
                // Screen readers and tests find the slider by the lever's name.
                .labelled_by(name.id);
            slider_rect = Some(response.rect);
            if response.changed() && v != value {
                commands.push(
                    LeverCommand::Set {
                        lever: index,
                        value: v,
                        dragging: response.dragged(),
                    }
                    .into(),
                );
            }
            if response.drag_stopped() {
                commands.push(LeverCommand::EndDrag.into());
            }
        });
        let at_default = (value - lever.default).abs() < 1e-9;
        let reset = ui
            .add_enabled(!at_default, egui::Button::new("↺").small())
            .on_hover_text(format!(
                "Reset {} to its default ({})",
                lever.label,
                format::with_unit(lever.default, &lever.unit)
            ))
            .on_disabled_hover_text("At its default");
        // Every reset button shows the same symbol; its accessible name says which lever.
        reset.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                !at_default,
                format!("Reset {}", lever.label),
            )
        });
        if reset.clicked() {
            commands.push(LeverCommand::Reset(index).into());
        }
    });
    ui.horizontal(|ui| {
        ui.add_space(10.0);
        let text = match lever.band_at(value) {
            Some(band) => format!("{} · {}", lever.value_text(value), band),
            None => lever.value_text(value),
        };
        ui.label(
            RichText::new(text)
                .small()
                .color(ui.visuals().weak_text_color()),
        );
    });
    if let Some(rect) = slider_rect {
        paint_marks(ui, rect, lever, colour, dark);
    }
    ui.add_space(4.0);
}

/// The default marked under the rail, and the workshop's bands as a strip beneath it.
fn paint_marks(ui: &Ui, slider: egui::Rect, lever: &Lever, colour: Color32, dark: bool) {
    let width = ui.spacing().slider_width;
    let radius = slider.height() / 2.5;
    let rail = egui::Rangef::new(slider.left() + radius, slider.left() + width - radius);
    let x_of = |v: f64| rail.min + ((v - lever.min) / (lever.max - lever.min)) as f32 * rail.span();
    let painter = ui.painter();
    let y = slider.bottom() - 1.0;
    let x = x_of(lever.default);
    let mark = if dark {
        Color32::from_gray(200)
    } else {
        Color32::from_gray(60)
    };
    painter.add(egui::Shape::convex_polygon(
        vec![
            egui::pos2(x, y - 5.0),
            egui::pos2(x - 4.0, y + 2.0),
            egui::pos2(x + 4.0, y + 2.0),
        ],
        mark,
        Stroke::NONE,
    ));
    for (n, band) in lever.bands.iter().enumerate() {
        let (a, b) = (x_of(band.from), x_of(band.to));
        let fill = colour.gamma_multiply(if n % 2 == 0 { 0.35 } else { 0.6 });
        painter.rect_filled(
            egui::Rect::from_x_y_ranges(a..=b, y + 3.0..=y + 5.0),
            0.0,
            fill,
        );
    }
}
