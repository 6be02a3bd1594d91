//! Never losing the room's work, in the window: the restore offer waits for its answer with
//! nothing acting behind it, closing waits for a final save that worked (a read-only or full
//! folder, for real where the test can mount one), and the notice line stays in reach.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::{
    AppState, DealCommand, Notice, PresentCommand, ScenarioCommand, SessionCommand, View,
};
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;
use jaws::workshop::catalogue::WorkshopSource;
use jaws::workshop::session::load_session;

use crate::common::scratch;
use crate::scenarios::{Picker, app, state};

const FILE: &str = "new-model.session.ron";
const MARKER: &str = "new-model.running";

/// Some of the room's work autosaved in `dir` by a window that then dies without closing.
fn crash_in(dir: &Path) {
    let mut first = AppState::new(Workshop::bundled(), Some("old-deal"));
    first.use_autosave(dir);
    first.now = 10.0;
    first.apply(ScenarioCommand::Load("new-deal".into()));
    first.apply(ScenarioCommand::Capture {
        name: "Before the power cut".into(),
        note: String::new(),
        levers: first.levers,
    });
    first.now = 20.0;
    first.autosave_tick();
    drop(first);
    assert!(dir.join(MARKER).exists());
}

/// The person asks the window to close (the title bar's ×). Returns what the app told the
/// window in that frame.
fn request_close(h: &mut Harness<'_, JawsApp>) -> Vec<ViewportCommand> {
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.step();
    root_commands(h)
}

fn root_commands(h: &Harness<'_, JawsApp>) -> Vec<ViewportCommand> {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

#[test]
fn while_the_restore_offer_waits_nothing_touches_the_crashed_session() {
    let tmp = scratch("restore-waits");
    let dir = tmp.path();
    crash_in(dir);
    let crashed = std::fs::read(dir.join(FILE)).unwrap();

    let mut s = AppState::new(Workshop::bundled(), None);
    s.use_autosave(dir);
    let mut h = app(s);
    h.get_by_label("Restore the last session?");

    // Every key that does something elsewhere, pressed behind the dialog.
    h.key_press(Key::F5);
    h.key_press(Key::R);
    h.key_press_modifiers(Modifiers::COMMAND, Key::K);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.key_press(Key::PageDown);
    h.run();
    assert!(
        !state(&h).presenting(),
        "F5 does not present behind the dialog"
    );
    assert!(state(&h).capture_draft.is_none());
    assert!(state(&h).replay.is_none());
    // Any command, however it comes.
    let commands: Vec<jaws::app::Command> = vec![
        PresentCommand::Start.into(),
        ScenarioCommand::Load("new-deal".into()).into(),
        DealCommand::SetNotes("typed behind the dialog".into()).into(),
        SessionCommand::OpenWorkshop(WorkshopSource::Bundled("cabinet-60.ron".into())).into(),
        jaws::app::WindowCommand::SetView(View::Map).into(),
    ];
    for c in commands {
        h.state_mut().state.apply(c);
    }
    assert_eq!(
        state(&h).workshop.id,
        "new-model",
        "no other workshop opens"
    );
    assert!(state(&h).notes.is_empty());
    assert!(!state(&h).presenting());
    // Time passes; autosave would have written by now.
    h.state_mut().state.now += 60.0;
    h.state_mut().state.autosave_tick();
    h.run();
    // Closing goes ahead, and leaves the crashed session for the next start.
    let commands = request_close(&mut h);
    assert!(!commands.contains(&ViewportCommand::CancelClose));
    h.state_mut().state.finish_autosave().unwrap();
    assert_eq!(
        std::fs::read(dir.join(FILE)).unwrap(),
        crashed,
        "the crashed session is untouched"
    );
    assert!(dir.join(MARKER).exists(), "and still marked as crashed");
    drop(h);
    let mut next = AppState::new(Workshop::bundled(), None);
    next.use_autosave(dir);
    assert!(
        next.pending_restore.is_some(),
        "the next start offers it again"
    );
}

#[test]
fn presenting_from_the_command_line_waits_for_the_restore_answer_and_nothing_covers_it() {
    let tmp = scratch("restore-present");
    let dir = tmp.path();
    crash_in(dir);
    let mut s = AppState::new(Workshop::bundled(), None);
    s.use_autosave(dir);
    // As `jaws --view present` does.
    s.apply_after_restore(PresentCommand::Start);
    assert!(!s.presenting(), "presenting waits for the answer");
    let mut h = app(s);
    // Clicked with the pointer: nothing (the facilitator's notes, say) lies over the button.
    h.get_by_label("Restore it").click();
    h.run();
    assert!(state(&h).pending_restore.is_none());
    assert_eq!(state(&h).captured[0].name, "Before the power cut");
    assert!(state(&h).presenting(), "then presenting starts");
}

#[test]
fn a_session_that_no_longer_fits_is_offered_in_part_with_its_problems() {
    let tmp = scratch("restore-partial");
    let dir = tmp.path();
    crash_in(dir);
    let mut w = Workshop::bundled();
    let co = jaws::model::lever_index("co_production").unwrap();
    w.levers[co].max = 20.0;
    let mut s = AppState::new(w, None);
    s.use_autosave(dir);
    let mut h = app(s);
    h.get_by_label("Restore the last session?");
    h.get_by_label_contains("no longer fits this workshop");
    assert!(
        h.get_all_by_label_contains("co_production to 35, outside its range 0 to 20")
            .count()
            >= 1
    );
    h.get_by_label("Restore what fits").click();
    h.run();
    assert_eq!(state(&h).captured[0].name, "Before the power cut");
    assert!(state(&h).pending_restore.is_none());
}

/// Make the autosave file unwritable in a way any user can: a folder where the file goes.
fn block_autosave_file(dir: &Path) {
    std::fs::remove_file(dir.join(FILE)).unwrap();
    std::fs::create_dir(dir.join(FILE)).unwrap();
}

/// A window with some work autosaved in `dir`, and a change since.
fn window_with_work(dir: &Path) -> Harness<'static, JawsApp> {
    let mut s = AppState::new(Workshop::bundled(), Some("old-deal"));
    s.use_autosave(dir);
    s.now = 1.0;
    s.apply(ScenarioCommand::Load("new-deal".into()));
    s.apply(ScenarioCommand::Capture {
        name: "Table 1".into(),
        note: String::new(),
        levers: s.levers,
    });
    s.now = 10.0;
    s.autosave_tick();
    assert!(s.notice.is_none(), "{:?}", s.notice);
    s.apply(DealCommand::SetNotes("Agreed at 4pm".into()));
    app(s)
}

#[test]
fn a_failed_final_save_keeps_the_window_open_offers_save_as_and_keeps_the_marker() {
    let tmp = scratch("close-fails");
    let dir = tmp.path().join("autosave");
    let elsewhere = scratch("close-fails-elsewhere");
    let mut h = window_with_work(&dir);
    block_autosave_file(&dir);

    let commands = request_close(&mut h);
    assert!(
        commands.contains(&ViewportCommand::CancelClose),
        "the close is cancelled: {commands:?}"
    );
    h.run();
    h.get_by_label("The session could not be saved");
    let why = state(&h).close_blocked.clone().unwrap();
    assert!(
        why.contains(&dir.join(FILE).display().to_string()) && why.contains("Save session as"),
        "says where the work is and what to do: {why}"
    );
    assert!(dir.join(MARKER).exists(), "the marker stays");

    // Save As, to a folder that works: then the window closes.
    h.state_mut().picker = Box::new(Picker(elsewhere.path().to_path_buf()));
    h.get_by_label("Save session as…").click();
    h.run();
    let saved = elsewhere.path().join("new-model.jaws");
    let session = load_session(&saved, &Workshop::bundled()).expect("saved where chosen");
    assert_eq!(session.notes, "Agreed at 4pm");
    assert!(
        root_commands(&h).contains(&ViewportCommand::Close) || state(&h).close_confirmed,
        "the window goes on to close"
    );
    let commands = request_close(&mut h);
    assert!(!commands.contains(&ViewportCommand::CancelClose));
}

#[test]
fn closing_without_saving_after_a_failed_save_leaves_the_marker_for_the_next_start() {
    let tmp = scratch("close-anyway");
    let dir = tmp.path().join("autosave");
    let mut h = window_with_work(&dir);
    block_autosave_file(&dir);
    assert!(request_close(&mut h).contains(&ViewportCommand::CancelClose));
    h.run();
    h.get_by_label("Close without saving").click();
    h.run();
    assert!(state(&h).close_confirmed);
    assert!(!request_close(&mut h).contains(&ViewportCommand::CancelClose));
    assert!(
        dir.join(MARKER).exists(),
        "the next start is told the last run did not finish"
    );
}

#[test]
fn the_notice_wraps_and_its_ok_button_stays_in_reach() {
    let mut s = AppState::new(Workshop::bundled(), None);
    let long_path = "/media/facilitator/MEMORY-STICK/".to_string() + &"workshops-".repeat(40);
    s.notice = Some(Notice::error(format!(
        "Could not save the session to {long_path}/session.ron: the folder cannot be written (it is read-only, or belongs to someone else). {}",
        "Use File → Save session as… to keep your work. ".repeat(8)
    )));
    let mut h = app(s);
    let width = 1280.0;
    let ok = h.get_by_role_and_label(Role::Button, "OK");
    let rect = ok.rect();
    assert!(
        rect.min.x >= 0.0 && rect.max.x <= width,
        "OK is on screen: {rect:?}"
    );
    let text = h.get_by_label_contains("Could not save the session");
    assert!(
        text.rect().max.x <= width,
        "the text wraps within the window: {:?}",
        text.rect()
    );
    ok.click();
    h.run();
    assert!(state(&h).notice.is_none(), "OK dismisses it");
}

// ---------------------------------------------------------------------------------------
// A read-only and a full folder, for real: a small tmpfs mounted in a private mount
// namespace (`unshare`), where the test can make one.

const MOUNT_CHILD: &str = "JAWS_MOUNT_TEST_DIR";

/// Run test `name` again as a child, inside its own mount namespace with a 256 KiB tmpfs at
/// a scratch folder, passed in `MOUNT_CHILD`. Returns false (having said why) where this
/// system cannot make one.
fn run_in_small_tmpfs(name: &str) -> bool {
    let tmp = scratch("mount");
    let dir = tmp.path();
    let exe = std::env::current_exe().unwrap();
    let out = Process::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c"])
        .arg(r#"mount -t tmpfs -o size=256k tmpfs "$1" && echo mounted >&2 && exec "$2" --exact "$3" --nocapture --test-threads 1"#)
        .args(["sh".as_ref(), dir.as_os_str(), exe.as_os_str(), name.as_ref()])
        .env(MOUNT_CHILD, dir)
        .output();
    let out = match out {
        Ok(out) => out,
        Err(e) => {
            eprintln!("skipped: cannot run unshare ({e}), so no small folder can be mounted");
            return false;
        }
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.contains("mounted") {
        eprintln!("skipped: this system cannot mount a small folder for the test:\n{stderr}");
        return false;
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "the test failed in its small folder:\n{stdout}\n{stderr}"
    );
    true
}

fn remount_read_only(dir: &Path) {
    let status = Process::new("mount")
        .args(["-o", "remount,ro"])
        .arg(dir)
        .status()
        .unwrap();
    assert!(status.success(), "remount read-only");
}

/// Fill the file system holding `dir` until it refuses another byte.
fn fill(dir: &Path) {
    use std::io::Write;
    let mut f = std::fs::File::create(dir.join("filler")).unwrap();
    let block = vec![0u8; 4096];
    while f.write_all(&block).and_then(|()| f.sync_all()).is_ok() {}
}

/// The child half: on the small folder, autosave some work, break the folder with `break_it`,
/// then ask to close.
fn close_on_broken_folder(mount: &Path, break_it: fn(&Path), expect: &str) {
    let dir = mount.join("autosave");
    let mut h = window_with_work(&dir);
    assert!(dir.join(MARKER).exists());
    break_it(mount);
    assert!(request_close(&mut h).contains(&ViewportCommand::CancelClose));
    h.run();
    let why = state(&h).close_blocked.clone().expect("the close waits");
    assert!(why.contains(expect), "{why}");
    assert!(
        why.contains(&dir.display().to_string()),
        "names the folder: {why}"
    );
    h.get_by_label("Save session as…");
    assert!(dir.join(MARKER).exists(), "the marker stays");
    // Closed all the same: the next start offers what was last saved.
    h.get_by_label("Close without saving").click();
    h.run();
    drop(h);
    let mut next = AppState::new(Workshop::bundled(), None);
    next.use_autosave(&dir);
    let offer = next
        .pending_restore
        .as_ref()
        .expect("offered at the next start");
    assert_eq!(offer.session.scenarios[0].name, "Table 1");
}

#[test]
fn a_read_only_folder_at_the_final_save_keeps_the_window_open_and_the_marker() {
    if let Some(mount) = std::env::var_os(MOUNT_CHILD) {
        close_on_broken_folder(Path::new(&mount), remount_read_only, "read-only");
        return;
    }
    run_in_small_tmpfs(
        "recovery::a_read_only_folder_at_the_final_save_keeps_the_window_open_and_the_marker",
    );
}

#[test]
fn a_full_disk_at_the_final_save_keeps_the_window_open_and_the_marker() {
    if let Some(mount) = std::env::var_os(MOUNT_CHILD) {
        close_on_broken_folder(Path::new(&mount), fill, "full");
        return;
    }
    run_in_small_tmpfs(
        "recovery::a_full_disk_at_the_final_save_keeps_the_window_open_and_the_marker",
    );
}

#[test]
fn a_read_only_data_folder_is_named_in_the_notice() {
    if let Some(mount) = std::env::var_os(MOUNT_CHILD) {
        let mount = PathBuf::from(mount);
        remount_read_only(&mount);
        let mut s = AppState::new(Workshop::bundled(), None);
        s.use_autosave(&mount);
        let notice = s.notice.clone().expect("a notice");
        assert!(notice.error);
        assert!(
            notice.text.contains(&mount.display().to_string())
                && notice.text.contains("cannot be written"),
            "{}",
            notice.text
        );
        // And in the window, in reach.
        let mut h = app(s);
        h.get_by_label_contains("cannot be written");
        h.get_by_role_and_label(Role::Button, "OK").click();
        h.run();
        assert!(state(&h).notice.is_none());
        return;
    }
    run_in_small_tmpfs("recovery::a_read_only_data_folder_is_named_in_the_notice");
}
