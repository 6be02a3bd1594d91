//! Capture, compare, the deal, files and never losing the room's work, driven through the
//! real app as a facilitator would.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::files::FilePicker;
use jaws::app::{AppState, FileCommand, ScenarioCommand, SessionCommand, View};
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;
use jaws::workshop::session::{DealSide, load_session};

use crate::common::scratch;

/// Answers file dialogs with fixed paths.
pub struct Picker(pub PathBuf);

impl FilePicker for Picker {
    fn save_file(&self, _: &str, suggested: &str, _: &str) -> Option<PathBuf> {
        Some(self.0.join(suggested))
    }
    fn open_files(&self, _: &str) -> Option<Vec<PathBuf>> {
        std::fs::read_dir(&self.0)
            .ok()
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
    }
    fn pick_folder(&self, _: &str) -> Option<PathBuf> {
        Some(self.0.join("report"))
    }
}

pub fn app(state: AppState) -> Harness<'static, JawsApp> {
    let mut cell = Some(state);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        // A toolbar that no longer fits its row is measured again tighter: two more frames.
        .with_max_steps(8)
        .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
    h.run();
    h
}

pub fn state<'a>(h: &'a Harness<'_, JawsApp>) -> &'a AppState {
    &h.state().state
}

fn capture(h: &mut Harness<'_, JawsApp>, name: &str) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::K);
    h.run();
    let field = h.get_by_role_and_label(Role::TextInput, "Name");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Name")
        .type_text(name);
    h.run();
    h.get_by_label("Capture scenario").click();
    h.run();
}

#[test]
fn capture_with_a_shortcut_then_compare_and_delete_with_undo() {
    let mut h = app(AppState::new(Workshop::bundled(), Some("new-deal")));
    capture(&mut h, "Table 3's plan");
    let captured = state(&h).captured.last().cloned().expect("captured");
    assert_eq!(captured.name, "Table 3's plan");
    assert_eq!(state(&h).workshop.values_for(&captured), state(&h).levers);

    h.get_by_label("Compare").click();
    h.run();
    assert_eq!(state(&h).view, View::Compare);
    // Tick the old deal too: both are compared, with a headline row each.
    h.get_by_role_and_label(Role::CheckBox, "The old deal")
        .click();
    h.run();
    assert_eq!(state(&h).compare.len(), 2);
    h.get_by_label("Headline figures");
    assert!(
        h.get_all_by_label("Table 3's plan").count() >= 2,
        "in the list and the table"
    );
    h.get_by_label("Where they differ");

    h.get_by_label(&format!("Delete {}", captured.name)).click();
    h.run();
    assert!(state(&h).captured.is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        state(&h).captured.len(),
        1,
        "undo brings a deleted scenario back"
    );
}

#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn scenario_files_dropped_from_several_laptops_join_the_comparison() {
    let tmp = scratch("drop");
    let dir = tmp.path();
    let first = AppState::new(Workshop::bundled(), Some("new-deal"));
    let mut h = app(first);
    h.state_mut().picker = Box::new(Picker(dir.to_path_buf()));
    capture(&mut h, "Table one");
    let id = state(&h).captured[0].id.clone();
    h.state_mut().state.apply(FileCommand::SaveScenario {
        id,
        path: dir.join("table-one.ron"),
    });
    h.state_mut()
        .state
        .apply(ScenarioCommand::Load("old-deal".into()));
    capture(&mut h, "Table two");
    let id = state(&h).captured[1].id.clone();
    h.state_mut().state.apply(FileCommand::SaveScenario {
        id,
        path: dir.join("table-two.ron"),
    });
    let broken = dir.join("broken.ron");
    std::fs::write(&broken, "(format: \"jaws-scenario\", version: 1,").unwrap();
    let before = std::fs::read(&broken).unwrap();

    // A second laptop: a fresh app, files dropped on it.
    let mut h = app(AppState::new(Workshop::bundled(), None));
    h.input_mut().dropped_files = vec![
        Arc::new(Dropped(dir.join("table-one.ron"))),
        Arc::new(Dropped(dir.join("table-two.ron"))),
        Arc::new(Dropped(broken.clone())),
    ];
    h.run();
    let names: Vec<&str> = state(&h).captured.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Table one", "Table two"]);
    assert_eq!(state(&h).compare.len(), 2);
    // The broken file is reported with its place, and left as it was.
    let notice = state(&h).notice.clone().expect("a notice");
    assert!(
        notice.error && notice.text.contains("broken.ron:1:"),
        "{}",
        notice.text
    );
    assert_eq!(std::fs::read(&broken).unwrap(), before);
}

#[test]
fn the_session_saves_and_opens_with_its_scenarios_and_deal() {
    let tmp = scratch("save");
    let dir = tmp.path();
    let s = AppState::new(Workshop::bundled(), Some("new-deal"));
    let mut h = app(s);
    h.state_mut().picker = Box::new(Picker(dir.to_path_buf()));
    capture(&mut h, "Cabinet's preferred path");
    h.get_by_label("Our deal").click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Add a commitment for the council")
        .focus();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Add a commitment for the council")
        .type_text("Fund lunch clubs run by community groups");
    h.run();
    h.get_by_label("Add to the council's side").click();
    h.run();
    assert_eq!(state(&h).deal.len(), 1);
    assert_eq!(state(&h).deal[0].side, DealSide::Council);

    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Save session as…").click();
    h.run();
    let saved = dir.join("new-model.jaws");
    let session = load_session(&saved, &Workshop::bundled()).expect("a readable session file");
    assert_eq!(session.scenarios.len(), 1);
    assert_eq!(session.deal.len(), 1);

    // Another laptop opens it.
    let mut other = AppState::new(Workshop::bundled(), None);
    other.apply(FileCommand::Open(vec![saved]));
    assert_eq!(other.captured.len(), 1);
    assert_eq!(other.deal, state(&h).deal);
    assert_eq!(other.levers, state(&h).levers);
}

#[test]
fn after_a_crash_the_next_start_offers_the_work_back() {
    let tmp = scratch("crash");
    let dir = tmp.path();
    let mut first = AppState::new(Workshop::bundled(), Some("old-deal"));
    first.use_autosave(dir);
    first.now = 10.0;
    first.apply(ScenarioCommand::Load("new-deal".into()));
    first.apply(ScenarioCommand::Capture {
        name: "Before the power cut".into(),
        note: String::new(),
        levers: first.levers,
    });
    first.now = 20.0; // a few seconds later
    first.autosave_tick();
    let levers = first.levers;
    // The process dies here: no clean exit, so the marker stays (and the lock goes with it).
    drop(first);

    let mut second = AppState::new(Workshop::bundled(), None);
    second.use_autosave(dir);
    assert!(
        second.pending_restore.is_some(),
        "the next start offers the saved session"
    );
    let mut h = app(second);
    h.get_by_label("Restore the last session?");
    h.get_by_label("Restore it").click();
    h.run();
    assert_eq!(state(&h).levers, levers);
    assert_eq!(state(&h).captured[0].name, "Before the power cut");

    // A clean exit clears the marker: the start after that offers nothing.
    h.state_mut()
        .state
        .finish_autosave()
        .expect("the final save works");
    let mut third = AppState::new(Workshop::bundled(), None);
    third.use_autosave(dir);
    assert!(third.pending_restore.is_none());
}

#[test]
fn a_corrupt_autosave_is_not_offered_and_not_overwritten_until_there_is_work() {
    let tmp = scratch("corrupt");
    let dir = tmp.path();
    std::fs::write(dir.join("new-model.running"), "1").unwrap();
    std::fs::write(
        dir.join("new-model.session.ron"),
        "(format: \"jaws-session\", version: 1, workshop:",
    )
    .unwrap();
    let mut s = AppState::new(Workshop::bundled(), None);
    s.use_autosave(dir);
    assert!(s.pending_restore.is_none());
}

/// The child half of the kill test: work, autosave, say so, then wait to be killed.
fn work_until_killed(dir: &Path) -> ! {
    let mut s = AppState::new(Workshop::bundled(), Some("old-deal"));
    s.use_autosave(dir);
    s.now = 1.0;
    s.apply(ScenarioCommand::Load("new-deal".into()));
    s.apply(ScenarioCommand::Capture {
        name: "Agreed before the fire alarm".into(),
        note: "Table 2".into(),
        levers: s.levers,
    });
    s.now = 10.0;
    s.autosave_tick();
    println!("autosaved");
    use std::io::Write;
    std::io::stdout().flush().unwrap();
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
}

#[test]
fn a_killed_process_leaves_a_session_the_next_start_restores() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command as Process, Stdio};
    const CHILD: &str = "JAWS_KILL_TEST_DIR";
    if let Some(dir) = std::env::var_os(CHILD) {
        work_until_killed(Path::new(&dir));
    }
    let tmp = scratch("kill");
    let dir = tmp.path();
    let mut child = Process::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "scenarios::a_killed_process_leaves_a_session_the_next_start_restores",
            "--nocapture",
        ])
        .env(CHILD, dir)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the child");
    let out = child.stdout.take().unwrap();
    let saved = BufReader::new(out)
        .lines()
        .map_while(Result::ok)
        .any(|l| l.contains("autosaved"));
    assert!(saved, "the child autosaved");
    child.kill().expect("kill the child mid-session");
    child.wait().unwrap();

    let mut next = AppState::new(Workshop::bundled(), None);
    next.use_autosave(dir);
    assert!(
        next.pending_restore.is_some(),
        "the next start offers the killed session's work"
    );
    next.apply(SessionCommand::RestoreAutosave);
    assert_eq!(next.captured[0].name, "Agreed before the fire alarm");
    let w = Workshop::bundled();
    assert_eq!(next.levers, w.values_for(w.scenario("new-deal").unwrap()));
}
