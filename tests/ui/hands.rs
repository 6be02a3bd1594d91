//! The facilitator's hands and the laptops in the room: file shortcuts that never fail
//! silently (saving to the documents folder where no dialog can open), menus that show their
//! keys, Ctrl+C and each chart's menu copying the chart as an image, and scenario codes typed
//! on one laptop to load what another found, shown large with a QR code on the stage.

use std::cell::Cell;
use std::path::PathBuf;

use egui::accesskit::Role;
use egui::epaint::Shape;
use egui::{Key, Modifiers, OutputCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jaws::app::files::FilePicker;
use jaws::app::{AppState, LeverCommand, ScenarioCommand, View, WindowCommand};
use jaws::model::lever_index;
use jaws::scenario_code;
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;
use jaws::workshop::session::load_session;

use crate::common::scratch;

const SIZES: [[f32; 2]; 3] = [[1024.0, 768.0], [1280.0, 720.0], [1920.0, 1080.0]];

fn app(state: AppState, size: [f32; 2]) -> Harness<'static, JawsApp> {
    let mut cell = Some(state);
    let mut h = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
    h.run();
    h
}

fn state<'a>(h: &'a Harness<'_, JawsApp>) -> &'a AppState {
    &h.state().state
}

fn notice(h: &Harness<'_, JawsApp>) -> String {
    state(h)
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

/// A computer with no file dialog: every dialog fails to open, and says so.
struct NoDialogs;

impl FilePicker for NoDialogs {
    fn save_file(&self, _: &str, _: &str, _: &str) -> Option<PathBuf> {
        None
    }
    fn open_files(&self, _: &str) -> Option<Vec<PathBuf>> {
        None
    }
    fn pick_folder(&self, _: &str) -> Option<PathBuf> {
        None
    }
    fn no_dialog(&self) -> bool {
        true
    }
}

/// A person who cancels every dialog.
struct Cancels(Cell<usize>);

impl FilePicker for Cancels {
    fn save_file(&self, _: &str, _: &str, _: &str) -> Option<PathBuf> {
        self.0.set(self.0.get() + 1);
        None
    }
    fn open_files(&self, _: &str) -> Option<Vec<PathBuf>> {
        self.0.set(self.0.get() + 1);
        None
    }
    fn pick_folder(&self, _: &str) -> Option<PathBuf> {
        self.0.set(self.0.get() + 1);
        None
    }
}

fn chord(h: &mut Harness<'_, JawsApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

#[test]
fn without_a_file_dialog_the_keys_save_to_the_documents_folder_and_say_where() {
    for size in SIZES {
        let tmp = scratch("no-dialog");
        let folder = tmp.path().join("Documents").join("Jaws");
        let mut s = AppState::new(Workshop::bundled(), Some("new-deal"));
        s.files_folder = Some(folder.clone());
        let mut h = app(s, size);
        h.state_mut().picker = Box::new(NoDialogs);

        // Ctrl+S with nowhere saved yet asks where; no dialog: the documents folder.
        chord(&mut h, Modifiers::COMMAND, Key::S);
        let first = folder.join("new-model.jaws");
        assert!(first.exists(), "{size:?}: {}", notice(&h));
        let said = notice(&h);
        assert!(
            said.starts_with("No file dialog could open on this computer. Session saved to ")
                && said.contains(&first.display().to_string()),
            "{said}"
        );
        assert!(
            texts(&h).contains(&said),
            "{size:?}: the notice is on screen"
        );
        let saved = load_session(&first, &Workshop::bundled()).unwrap();
        assert_eq!(saved.current_values(&Workshop::bundled()), state(&h).levers);

        // Ctrl+Shift+S: save as, never over the first.
        chord(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        assert!(folder.join("new-model-2.jaws").exists(), "{}", notice(&h));

        // Ctrl+O cannot open without a dialog: it says how else.
        chord(&mut h, Modifiers::COMMAND, Key::O);
        let said = notice(&h);
        assert!(
            said.contains("drop them on the window")
                && said.contains(&folder.display().to_string()),
            "{said}"
        );
        assert!(state(&h).notice.as_ref().unwrap().error);

        // The chart and the report, from the menu.
        h.get_by_label("File").click();
        h.run();
        h.get_by_label_contains("Export the chart").click();
        h.run();
        assert!(folder.join("jaws-chart.png").exists(), "{}", notice(&h));
        h.get_by_label("File").click();
        h.run();
        h.get_by_label_contains("Write the report").click();
        h.run();
        assert!(
            folder.join("new-model-report").join("report.html").exists(),
            "{}",
            notice(&h)
        );
    }
}

#[test]
fn a_cancelled_dialog_says_nothing_and_saves_nothing() {
    let tmp = scratch("cancel");
    let mut s = AppState::new(Workshop::bundled(), None);
    s.files_folder = Some(tmp.path().to_path_buf());
    let mut h = app(s, [1280.0, 720.0]);
    h.state_mut().picker = Box::new(Cancels(Cell::new(0)));
    chord(&mut h, Modifiers::COMMAND, Key::S);
    chord(&mut h, Modifiers::COMMAND, Key::O);
    assert_eq!(state(&h).notice, None);
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
}

#[test]
fn the_file_menu_shows_the_keys_that_work() {
    let mut h = app(AppState::new(Workshop::bundled(), None), [1280.0, 720.0]);
    h.get_by_label("File").click();
    h.run();
    let all = texts(&h);
    for (item, keys) in [
        ("Save session", "Ctrl+S"),
        ("Workshops…", ""),
        ("Save session as…", "Ctrl+Shift+S"),
        ("Open sessions or scenarios…", "Ctrl+O"),
        ("Enter a scenario code…", "Ctrl+L"),
        ("Copy the chart", "Ctrl+C"),
    ] {
        let buttons: Vec<String> = h
            .get_all_by_role(Role::Button)
            .filter_map(|b| b.accesskit_node().label())
            .collect();
        assert!(
            buttons
                .iter()
                .any(|b| b.starts_with(item) && b.ends_with(keys)),
            "{item} ({keys}) in {buttons:?}"
        );
        if !keys.is_empty() {
            assert!(all.iter().any(|t| t == keys), "{item}: {keys} in {all:?}");
        }
    }
}

/// Every text painted in the last frame.
fn texts(h: &Harness<'_, JawsApp>) -> Vec<String> {
    fn walk(shape: &Shape, out: &mut Vec<String>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(t) => out.push(t.galley.job.text.clone()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// The images put on the clipboard in the last frame: (width, height).
fn copied(h: &Harness<'_, JawsApp>) -> Vec<[usize; 2]> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::CopyImage(image) => Some(image.size),
            _ => None,
        })
        .collect()
}

#[test]
fn ctrl_c_copies_the_chart_as_an_image_unless_text_is_being_typed() {
    for view in [View::Explore, View::Compare] {
        let mut s = AppState::new(Workshop::bundled(), Some("new-deal"));
        s.apply(ScenarioCommand::ToggleCompare("old-deal".into()));
        s.apply(ScenarioCommand::ToggleCompare("new-deal".into()));
        s.apply(WindowCommand::SetView(view));
        let mut h = app(s, [1280.0, 720.0]);
        press_ctrl_c(&mut h);
        assert_eq!(copied(&h), [[1600, 900]], "{view:?}");
        assert!(notice(&h).contains("is on the clipboard"), "{}", notice(&h));
        h.run();
    }
    // Typing in a field, Ctrl+C copies the text, not the chart.
    let mut s = AppState::new(Workshop::bundled(), None);
    s.apply(WindowCommand::SetView(View::Deal));
    let mut h = app(s, [1280.0, 720.0]);
    h.get_by_role_and_label(Role::MultilineTextInput, "Notes for the record")
        .focus();
    h.run();
    press_ctrl_c(&mut h);
    assert!(copied(&h).is_empty());
}

/// Ctrl+C pressed, and one frame run: kittest runs a frame for each event queued, and only
/// the last frame's output can be read.
fn press_ctrl_c(h: &mut Harness<'_, JawsApp>) {
    h.event(egui::Event::Key {
        key: Key::C,
        pressed: true,
        modifiers: Modifiers::COMMAND,
        repeat: false,
        physical_key: None,
    });
    h.step();
}

#[test]
fn each_chart_has_a_menu_that_copies_it() {
    let mut h = app(
        AppState::new(Workshop::bundled(), Some("new-deal")),
        [1280.0, 800.0],
    );
    // The x axis's "Year" sits under the jaws chart: right-click the chart above it.
    let year = text_pos(&h, "Year").expect("the jaws chart's axis");
    h.event(egui::Event::PointerMoved(year + egui::vec2(0.0, -150.0)));
    h.event(egui::Event::PointerButton {
        pos: year + egui::vec2(0.0, -150.0),
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: year + egui::vec2(0.0, -150.0),
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    h.get_by_label_contains("Copy the chart").click();
    h.step();
    assert_eq!(copied(&h), [[1600, 900]]);
    assert!(
        notice(&h)
            .starts_with("The chart \"The jaws: demand against resources\" is on the clipboard"),
        "{}",
        notice(&h)
    );
}

/// Where a painted text starts.
fn text_pos(h: &Harness<'_, JawsApp>, text: &str) -> Option<egui::Pos2> {
    fn walk(shape: &Shape, text: &str) -> Option<egui::Pos2> {
        match shape {
            Shape::Vec(shapes) => shapes.iter().find_map(|s| walk(s, text)),
            Shape::Text(t) if t.galley.job.text == text => Some(t.pos),
            _ => None,
        }
    }
    h.output().shapes.iter().find_map(|c| walk(&c.shape, text))
}

#[test]
fn a_code_typed_on_another_laptop_loads_the_same_levers() {
    for size in SIZES {
        // A leader's laptop: the new deal, with co-production pushed further.
        let w = Workshop::bundled();
        let mut theirs = AppState::new(w.clone(), Some("new-deal"));
        theirs.apply(LeverCommand::Set {
            lever: lever_index("co_production").unwrap(),
            value: 41.5,
            dragging: false,
        });
        let code = theirs.current_code().to_string();
        let them = app(theirs, size);
        // Shown beside the scenario box.
        them.get_by_role_and_label(Role::Button, &code);

        // The facilitator's laptop, on the old deal.
        let mut h = app(AppState::new(w.clone(), Some("old-deal")), size);
        chord(&mut h, Modifiers::COMMAND, Key::L);
        h.get_by_role_and_label(Role::TextInput, "Scenario code")
            .type_text(&code.to_lowercase().replace('-', " "));
        h.run();
        h.key_press(Key::Enter);
        h.run();
        assert_eq!(state(&h).levers, state(&them).levers, "{size:?}");
        assert_eq!(state(&h).scenario.as_deref(), Some("new-deal"));
        assert!(state(&h).code_draft.is_none(), "the dialog closes");
        assert!(
            notice(&h).starts_with(&format!("Loaded {code}: The new deal with 1 lever moved.")),
            "{}",
            notice(&h)
        );
        // One undo step back to what the room had.
        chord(&mut h, Modifiers::COMMAND, Key::Z);
        assert_eq!(
            state(&h).levers,
            w.values_for(w.scenario("old-deal").unwrap())
        );
    }
}

#[test]
fn a_mistyped_code_is_refused_naming_the_character() {
    let w = Workshop::bundled();
    let code =
        scenario_code::encode(&w, &w.values_for(w.scenario("new-deal").unwrap())).to_string();
    // The 2nd character of the 2nd group, mistyped.
    let mut chars: Vec<char> = code.chars().collect();
    let i = "JAWS-XXXX-".len() + 1;
    chars[i] = if chars[i] == 'Q' { 'R' } else { 'Q' };
    let typo: String = chars.iter().collect();
    let mut h = app(AppState::new(w.clone(), Some("old-deal")), [1280.0, 720.0]);
    let before = state(&h).levers;
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Enter a scenario code").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Scenario code")
        .type_text(&typo);
    h.run();
    h.get_by_label("Load these levers").click();
    h.run();
    assert_eq!(state(&h).levers, before, "nothing changes");
    let problem = state(&h)
        .code_draft
        .as_ref()
        .and_then(|d| d.problem.clone())
        .expect("the dialog stays open with the reason");
    assert!(
        problem.starts_with("The 2nd character of the 2nd group")
            && problem.contains(&format!(
                "should probably be \"{}\"",
                code.chars().nth(i).unwrap()
            )),
        "{problem}"
    );
    h.get_by_label(&format!("⚠ {problem}"));
    // Put right, it loads; or added as a scenario, it joins the compare view.
    h.get_by_label("Add as a scenario").click();
    h.run();
    assert!(state(&h).code_draft.is_some());
    h.key_press(Key::Escape);
    h.run();
    assert!(state(&h).code_draft.is_none());
    state_apply(&mut h, ScenarioCommand::AddCode(code.clone()));
    let added = state(&h).captured.last().expect("added").clone();
    assert_eq!(added.name, format!("Code {code}"));
    assert!(state(&h).compare.contains(&added.id));
}

fn state_apply(h: &mut Harness<'_, JawsApp>, c: impl Into<jaws::app::Command>) {
    h.state_mut().state.apply(c);
    h.run();
}

#[test]
fn the_stage_shows_the_code_large_with_a_qr_code() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0], [3840.0, 2160.0]] {
        let mut h = app(AppState::new(Workshop::bundled(), None), size);
        chord(&mut h, Modifiers::NONE, Key::F5);
        assert!(state(&h).presenting());
        chord(&mut h, Modifiers::NONE, Key::Q);
        let code = state(&h).current_code().to_string();
        let qr_label = format!("QR code of {code}");
        let qr = h.get_by_role_and_label(Role::Image, &qr_label);
        assert!(
            qr.rect().height() >= size[1] * 0.35,
            "{size:?}: the QR code is {} tall",
            qr.rect().height()
        );
        let label = h.get_by_label(&code);
        assert!(
            label.rect().height() >= size[1] / 20.0,
            "{size:?}: the code is {} tall",
            label.rect().height()
        );
        chord(&mut h, Modifiers::NONE, Key::Q);
        assert!(h.query_by_label(&format!("QR code of {code}")).is_none());
    }
}

#[test]
fn every_scenario_shows_its_code_where_it_is_listed() {
    let mut s = AppState::new(Workshop::bundled(), None);
    s.apply(WindowCommand::SetView(View::Compare));
    let mut h = app(s, [1280.0, 720.0]);
    let code = state(&h).code_of("new-deal").unwrap().to_string();
    h.get_by_role_and_label(Role::CheckBox, "The new deal")
        .hover();
    h.run();
    h.get_by_label(&format!("Code: {code}"));
}
