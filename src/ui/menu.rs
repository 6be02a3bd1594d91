//! The File and Help menus and the keyboard shortcuts for files, codes and copying a chart, declared
//! once so the menu shows the same keys that work. Items that need a file name ask for it;
//! the window opens the dialog once the frame is drawn, and where no dialog can open the app
//! saves to the documents folder and says where.

use crate::i18n::tr;
use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::app::{
    AppState, Command, FileCommand, FileRequest, ScenarioCommand, SessionCommand, WindowCommand,
};
use crate::export::ChartKind;
use crate::i18n::Lang;

pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
pub const SAVE_AS: KeyboardShortcut = KeyboardShortcut::new(
    Modifiers {
        shift: true,
        ..Modifiers::COMMAND
    },
    Key::S,
);
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const ENTER_CODE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::L);
pub const COPY_CHART: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::C);
pub const CAPTURE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::K);

/// The file shortcuts, wherever the focus is (they are not text editing keys). Ctrl+C copies
/// the chart only while no text field has the keyboard, so copying text still copies text.
pub fn shortcuts(ui: &Ui, state: &AppState, out: &mut Vec<Command>) {
    let typing = ui.ctx().egui_wants_keyboard_input();
    let selecting = ui
        .ctx()
        .with_plugin::<egui::text_selection::LabelSelectionState, _>(|s| s.has_selection())
        .unwrap_or(false);
    ui.input_mut(|i| {
        // Save as first: Ctrl+Shift+S would otherwise also match Ctrl+S.
        if i.consume_shortcut(&SAVE_AS) {
            out.push(FileRequest::SaveSessionAs.into());
        } else if i.consume_shortcut(&SAVE) {
            out.push(FileCommand::SaveSession(None).into());
        }
        if i.consume_shortcut(&OPEN) {
            out.push(FileRequest::Open.into());
        }
        if i.consume_shortcut(&ENTER_CODE) && state.code_draft.is_none() {
            out.push(ScenarioCommand::OpenCodeDialog.into());
        }
        // egui turns Ctrl+C into a Copy event on a real window, and a key press in tests.
        let copy = i.events.iter().any(|e| matches!(e, egui::Event::Copy))
            || i.consume_shortcut(&COPY_CHART);
        if copy && !typing && !selecting && state.capture_draft.is_none() {
            out.push(FileCommand::CopyChart(ChartKind::Jaws).into());
        }
    });
}

fn item(ui: &mut Ui, text: String, shortcut: Option<&KeyboardShortcut>) -> egui::Response {
    let mut button = egui::Button::new(text);
    if let Some(s) = shortcut {
        button = button.shortcut_text(ui.ctx().format_shortcut(s));
    }
    ui.add(button)
}

/// Save and open the room's work, scenario codes, export charts and the report.
pub fn file_menu(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.menu_button(tr("menu-file"), |ui| {
        let mut pick = |ui: &mut Ui, command: Command| {
            commands.push(command);
            ui.close();
        };
        if item(ui, tr("menu-workshops"), None)
            .on_hover_text(tr("menu-workshops-tip"))
            .clicked()
        {
            pick(ui, SessionCommand::OpenWorkshopPicker.into());
        }
        ui.separator();
        if item(ui, tr("menu-save"), Some(&SAVE))
            .on_hover_text(tr("menu-save-tip"))
            .clicked()
        {
            pick(ui, FileCommand::SaveSession(None).into());
        }
        if item(ui, tr("menu-save-as"), Some(&SAVE_AS)).clicked() {
            pick(ui, FileRequest::SaveSessionAs.into());
        }
        if item(ui, tr("menu-open"), Some(&OPEN))
            .on_hover_text(tr("menu-open-tip"))
            .clicked()
        {
            pick(ui, FileRequest::Open.into());
        }
        if item(ui, tr("menu-import-council"), None)
            .on_hover_text(tr("menu-import-council-tip"))
            .clicked()
        {
            pick(ui, FileRequest::ImportCouncil.into());
        }
        ui.separator();
        if item(ui, tr("menu-enter-code"), Some(&ENTER_CODE))
            .on_hover_text(tr("menu-enter-code-tip"))
            .clicked()
        {
            pick(ui, ScenarioCommand::OpenCodeDialog.into());
        }
        if item(ui, tr("menu-copy-chart"), Some(&COPY_CHART))
            .on_hover_text(tr("menu-copy-chart-tip"))
            .clicked()
        {
            pick(ui, FileCommand::CopyChart(ChartKind::Jaws).into());
        }
        if item(ui, tr("menu-export-chart"), None)
            .on_hover_text(tr("menu-export-chart-tip"))
            .clicked()
        {
            pick(ui, FileRequest::ExportChart.into());
        }
        if item(ui, tr("menu-report"), None)
            .on_hover_text(tr("menu-report-tip"))
            .clicked()
        {
            pick(ui, FileRequest::WriteReport.into());
        }
        if !state.recent.is_empty() {
            ui.separator();
            ui.label(RichText::new(tr("menu-recent")).small());
            for p in &state.recent {
                let name = p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui
                    .button(name)
                    .on_hover_text(p.display().to_string())
                    .clicked()
                {
                    pick(ui, FileCommand::Open(vec![p.clone()]).into());
                }
            }
        }
    });
}

/// Help: the language (English or Cymraeg, each named in itself), and about Jaws (the
/// version and the licences of what it is built from).
pub fn help_menu(ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.menu_button(tr("menu-help"), |ui| {
        ui.menu_button(tr("menu-language"), |ui| {
            for lang in Lang::ALL {
                if ui
                    .radio(crate::i18n::lang() == lang, lang.name())
                    .on_hover_text(tr("menu-language-tip"))
                    .clicked()
                {
                    commands.push(WindowCommand::SetLanguage(lang).into());
                    ui.close();
                }
            }
        });
        super::about::menu_entry(ui);
    });
}

/// A chart's context menu: copy it as an image, or export it.
pub fn chart_menu(response: &egui::Response, kind: ChartKind, commands: &mut Vec<Command>) {
    response.context_menu(|ui| {
        if item(ui, tr("menu-copy-chart"), Some(&COPY_CHART))
            .on_hover_text(tr("menu-copy-chart-image-tip"))
            .clicked()
        {
            commands.push(FileCommand::CopyChart(kind).into());
            ui.close();
        }
        if item(ui, tr("menu-export-chart"), None).clicked() {
            commands.push(FileRequest::ExportChart.into());
            ui.close();
        }
    });
}
