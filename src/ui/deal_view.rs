//! tr("deal-heading"): the commitments the room agrees, in two columns, each linked to the levers it
//! moves so the deal and its curves stay together; and notes for the record.

use crate::i18n::tr;
use crate::t;
use egui::{RichText, Ui};

use super::theme;
use crate::app::{AppState, Command, DealCommand};
use crate::present::format;
use crate::workshop::session::DealSide;

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::CentralPanel::default().show(ui, |ui| {
        ui.heading(tr("deal-heading"));
        ui.label(tr("deal-explain"));
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.columns(2, |cols| {
                    for (ui, side) in cols.iter_mut().zip(DealSide::ALL) {
                        column(ui, state, side, commands);
                    }
                });
                ui.add_space(10.0);
                let notes_label = ui.label(RichText::new(tr("deal-notes")).strong());
                let mut notes = state.notes.clone();
                if ui
                    .add(
                        egui::TextEdit::multiline(&mut notes)
                            .desired_rows(4)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(notes_label.id)
                    .changed()
                {
                    commands.push(DealCommand::SetNotes(notes).into());
                }
            });
    });
}

fn column(ui: &mut Ui, state: &AppState, side: DealSide, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    ui.label(RichText::new(side.heading()).font(theme::bold(theme::body_size(ui.style()) * 1.16)));
    for card in state.deal.iter().filter(|c| c.side == side) {
        egui::Frame::group(ui.style())
            .inner_margin(8.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&card.text).size(theme::body_size(ui.style()) * 1.03));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::TOP), |ui| {
                        if ui
                            .small_button("✕")
                            .on_hover_text(tr("deal-remove-tip"))
                            .clicked()
                        {
                            commands.push(DealCommand::RemoveCard(card.id.clone()).into());
                        }
                    });
                });
                ui.horizontal_wrapped(|ui| {
                    for id in &card.levers {
                        if let Some(i) = crate::model::lever_index(id) {
                            let lever = &state.workshop.lever_in(i, crate::i18n::lang());
                            let colour = theme::domain_colour(lever.domain, dark);
                            ui.label(
                                RichText::new(format!(
                                    "{}: {}",
                                    lever.label,
                                    lever.value_text(state.levers.0[i])
                                ))
                                .small()
                                .color(colour),
                            );
                        }
                    }
                });
            });
    }
    // A new commitment: its words and the levers it moves.
    let key = egui::Id::unique(("deal-draft", side));
    let (mut text, mut linked): (String, Vec<String>) =
        ui.data(|d| d.get_temp(key)).unwrap_or_default();
    let before = (text.clone(), linked.clone());
    let add_label = ui.label(RichText::new(t!("deal-add-label", whom = for_whom(side))).small());
    ui.add(
        egui::TextEdit::multiline(&mut text)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text(tr("deal-add-hint")),
    )
    .labelled_by(add_label.id);
    egui::ComboBox::new(("deal-levers", side), tr("deal-levers"))
        .selected_text(if linked.is_empty() {
            tr("deal-none-yet")
        } else {
            format::count(linked.len(), "count-lever")
        })
        .show_ui(ui, |ui| {
            for lever in &state.workshop.levers_in(crate::i18n::lang()) {
                let mut on = linked.contains(&lever.id);
                if ui.checkbox(&mut on, &lever.label).changed() {
                    if on {
                        linked.push(lever.id.clone());
                    } else {
                        linked.retain(|l| *l != lever.id);
                    }
                }
            }
        });
    if ui.button(t!("deal-add-to", side = short(side))).clicked() && !text.trim().is_empty() {
        commands.push(
            DealCommand::AddCard {
                side,
                text: text.clone(),
                levers: linked.clone(),
            }
            .into(),
        );
        text.clear();
        linked.clear();
    }
    if (text.clone(), linked.clone()) != before || text.is_empty() {
        ui.data_mut(|d| d.insert_temp(key, (text, linked)));
    }
}

fn for_whom(side: DealSide) -> String {
    match side {
        DealSide::Council => tr("deal-for-council"),
        DealSide::Community => tr("deal-for-community"),
    }
}

fn short(side: DealSide) -> String {
    match side {
        DealSide::Council => tr("deal-council-side"),
        DealSide::Community => tr("deal-community-side"),
    }
}
