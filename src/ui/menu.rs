//! The File and Help menus and the keyboard shortcuts for files, codes and copying a chart, declared
//! once so the menu shows the same keys that work. Items that need a file name ask for it;
//! the window opens the dialog once the frame is drawn, and where no dialog can open the app
//! saves to the documents folder and says where.

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::app::{AppState, Command, FileCommand, FileRequest, ScenarioCommand, SessionCommand};
use crate::export::ChartKind;

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

fn item(ui: &mut Ui, text: &str, shortcut: Option<&KeyboardShortcut>) -> egui::Response {
    let mut button = egui::Button::new(text);
    if let Some(s) = shortcut {
        button = button.shortcut_text(ui.ctx().format_shortcut(s));
    }
    ui.add(button)
}

/// Save and open the room's work, scenario codes, export charts and the report.
pub fn file_menu(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.menu_button("File", |ui| {
        let mut pick = |ui: &mut Ui, command: Command| {
            commands.push(command);
            ui.close();
        };
        if item(ui, "Workshops…", None)
            .on_hover_text(
                "Choose another workshop: those built in, in a workshops folder, or recent files",
            )
            .clicked()
        {
            pick(ui, SessionCommand::OpenWorkshopPicker.into());
        }
        ui.separator();
        if item(ui, "Save session", Some(&SAVE))
            .on_hover_text("Save where it was last saved (asks where the first time)")
            .clicked()
        {
            pick(ui, FileCommand::SaveSession(None).into());
        }
        if item(ui, "Save session as…", Some(&SAVE_AS)).clicked() {
            pick(ui, FileRequest::SaveSessionAs.into());
        }
        if item(ui, "Open sessions or scenarios…", Some(&OPEN))
            .on_hover_text("Or drop files on the window")
            .clicked()
        {
            pick(ui, FileRequest::Open.into());
        }
        if item(ui, "Import council figures…", None)
            .on_hover_text("Start from your council's own figures: a filled template (.xlsx, .ods, .csv from `jaws template`) or a council profile")
            .clicked()
        {
            pick(ui, FileRequest::ImportCouncil.into());
        }
        ui.separator();
        if item(ui, "Enter a scenario code…", Some(&ENTER_CODE))
            .on_hover_text("Load the levers of a code from another laptop (JAWS-…)")
            .clicked()
        {
            pick(ui, ScenarioCommand::OpenCodeDialog.into());
        }
        if item(ui, "Copy the chart", Some(&COPY_CHART))
            .on_hover_text("The jaws chart as an image, to paste into a slide or a chat")
            .clicked()
        {
            pick(ui, FileCommand::CopyChart(ChartKind::Jaws).into());
        }
        if item(ui, "Export the chart…", None)
            .on_hover_text(
                "The compared scenarios (or the levers as they stand) as PNG or SVG, for slides",
            )
            .clicked()
        {
            pick(ui, FileRequest::ExportChart.into());
        }
        if item(ui, "Write the report…", None)
            .on_hover_text(
                "A self-contained HTML report (and Markdown) of the session, in a folder",
            )
            .clicked()
        {
            pick(ui, FileRequest::WriteReport.into());
        }
        if !state.recent.is_empty() {
            ui.separator();
            ui.label(RichText::new("Recent").small());
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

/// Help: about Jaws (the version and the licences of what it is built from).
pub fn help_menu(ui: &mut Ui) {
    ui.menu_button("Help", |ui| {
        super::about::menu_entry(ui);
    });
}

/// A chart's context menu: copy it as an image, or export it.
pub fn chart_menu(response: &egui::Response, kind: ChartKind, commands: &mut Vec<Command>) {
    response.context_menu(|ui| {
        if item(ui, "Copy the chart", Some(&COPY_CHART))
            .on_hover_text("As an image, to paste into a slide or a chat")
            .clicked()
        {
            commands.push(FileCommand::CopyChart(kind).into());
            ui.close();
        }
        if item(ui, "Export the chart…", None).clicked() {
            commands.push(FileRequest::ExportChart.into());
            ui.close();
        }
    });
}
