//! Never losing the room's work, without a window: two windows on one workshop, a killed
//! process, an autosave that no longer fits its workshop, a usage error.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::Duration;

use jaws::app::{AppState, DealCommand, ScenarioCommand, SessionCommand};
use jaws::model::lever_index;
use jaws::workshop::Workshop;
use jaws::workshop::session::{DealSide, load_session};

use crate::common::{jaws_with, scratch};

const FILE: &str = "new-model.session.ron";
const MARKER: &str = "new-model.running";

/// A session with the room's work in it, autosaved in `dir`: levers as the new deal has them,
/// a captured scenario, a commitment and notes.
fn working(dir: &Path, name: &str) -> AppState {
    let mut s = AppState::new(Workshop::bundled(), Some("old-deal"));
    s.use_autosave(dir);
    s.now = 1.0;
    s.apply(ScenarioCommand::Load("new-deal".into()));
    s.apply(ScenarioCommand::Capture {
        name: name.into(),
        note: "Relationships first".into(),
        levers: s.levers,
    });
    s.apply(DealCommand::AddCard {
        side: DealSide::Community,
        text: "Keep the lunch clubs open".into(),
        levers: vec!["community_delivery".into()],
    });
    s.apply(DealCommand::SetNotes("Meet again in June.".into()));
    s.now = 10.0;
    s.autosave_tick();
    s
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_second_window_on_the_same_workshop_autosaves_to_its_own_file_and_says_so() {
    let tmp = scratch("two-windows");
    let dir = tmp.path();
    let first = working(dir, "Table 1");
    let first_file = std::fs::read(dir.join(FILE)).unwrap();

    let mut second = AppState::new(Workshop::bundled(), None);
    second.use_autosave(dir);
    assert!(
        second.pending_restore.is_none(),
        "the second window is not told the first crashed: the first is still open"
    );
    let notice = second
        .notice
        .clone()
        .expect("the second window says where it saves");
    assert!(
        notice.text.contains("another window") && notice.text.contains("new-model.2.session.ron"),
        "{}",
        notice.text
    );
    second.now = 1.0;
    second.apply(ScenarioCommand::Capture {
        name: "Table 2".into(),
        note: String::new(),
        levers: second.levers,
    });
    second.now = 10.0;
    second.autosave_tick();
    second
        .finish_autosave()
        .expect("the second window's final save");

    assert_eq!(
        std::fs::read(dir.join(FILE)).unwrap(),
        first_file,
        "the second window never writes the first's file"
    );
    let w = Workshop::bundled();
    let theirs = load_session(&dir.join("new-model.2.session.ron"), &w).unwrap();
    assert_eq!(theirs.scenarios[0].name, "Table 2");
    assert!(
        dir.join(MARKER).exists(),
        "the first window's marker stays while it runs"
    );
    drop(first);
}

/// The child half of the two-process tests: autosave some work in `dir`, say so, then wait to
/// be killed.
fn work_until_killed(dir: &Path) -> ! {
    let s = working(dir, "Agreed before the fire alarm");
    println!("autosaved");
    std::io::stdout().flush().unwrap();
    loop {
        std::thread::sleep(Duration::from_secs(1));
        let _ = &s;
    }
}

#[test]
fn another_running_process_keeps_its_file_and_a_killed_ones_lock_never_blocks() {
    const CHILD: &str = "JAWS_SECOND_INSTANCE_DIR";
    if let Some(dir) = std::env::var_os(CHILD) {
        work_until_killed(Path::new(&dir));
    }
    let tmp = scratch("second-instance");
    let dir = tmp.path();
    let mut child = Process::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "autosave::another_running_process_keeps_its_file_and_a_killed_ones_lock_never_blocks",
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

    // Another Jaws on the same workshop and folder while the first runs.
    let mut second = AppState::new(Workshop::bundled(), None);
    second.use_autosave(dir);
    assert!(
        second.pending_restore.is_none(),
        "a running window's session is not offered as a crash"
    );
    assert!(
        second
            .autosave
            .as_ref()
            .unwrap()
            .path
            .ends_with("new-model.2.session.ron")
    );
    drop(second);

    child.kill().expect("kill the first mid-session (SIGKILL)");
    child.wait().unwrap();
    // Its lock went with it: the next start takes the usual file and offers its work back.
    let mut next = AppState::new(Workshop::bundled(), None);
    next.use_autosave(dir);
    assert!(next.autosave.as_ref().unwrap().path.ends_with(FILE));
    assert!(
        next.pending_restore.is_some(),
        "the killed session's work is offered"
    );
    next.apply(SessionCommand::RestoreAutosave);
    assert_eq!(next.captured[0].name, "Agreed before the fire alarm");
}

/// The bundled workshop with co-production's range narrowed to 0..20 (the new deal puts it at
/// 35), as a facilitator might edit it between a crash and the next start.
fn narrowed() -> Workshop {
    let mut w = Workshop::bundled();
    let i = lever_index("co_production").unwrap();
    w.levers[i].max = 20.0;
    assert!(w.levers[i].default <= 20.0);
    w
}

/// Leave a crashed session in `dir` that no longer fits `narrowed()`, with a lever the model
/// no longer has written in by hand. Returns the file's bytes.
fn crashed_session_that_no_longer_fits(dir: &Path) -> Vec<u8> {
    drop(working(dir, "Table 2"));
    let path = dir.join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replacen("levers: {", "levers: {\n        \"retired_lever\": 1.0,", 1);
    assert_ne!(text, edited);
    std::fs::write(&path, &edited).unwrap();
    assert!(dir.join(MARKER).exists(), "no clean exit: the marker stays");
    edited.into_bytes()
}

#[test]
fn an_autosave_that_no_longer_fits_is_kept_aside_and_what_fits_is_offered() {
    let tmp = scratch("no-longer-fits");
    let dir = tmp.path();
    let bytes = crashed_session_that_no_longer_fits(dir);

    let w = narrowed();
    let mut s = AppState::new(w.clone(), None);
    s.use_autosave(dir);
    let offer = s.pending_restore.clone().expect("what fits is offered");
    let aside = offer.kept_aside.clone().expect("the file is kept aside");
    let aside_name = aside.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        aside_name.starts_with("new-model.unreadable-") && aside_name.ends_with(".session.ron"),
        "{aside_name}"
    );
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        bytes,
        "kept byte for byte as it was"
    );
    assert!(!dir.join(FILE).exists(), "moved, not copied");
    // The problems are located in the file where it now is.
    let located = |needle: &str| {
        offer
            .problems
            .iter()
            .any(|p| p.starts_with(&format!("{}:", aside.display())) && p.contains(needle))
    };
    assert!(located("co_production"), "{:#?}", offer.problems);
    assert!(located("retired_lever"), "{:#?}", offer.problems);

    s.apply(SessionCommand::RestoreAutosave);
    assert_eq!(s.captured.len(), 1, "the scenario is restored");
    assert_eq!(s.captured[0].name, "Table 2");
    assert!(
        !s.captured[0].levers.contains_key("co_production"),
        "its out-of-range lever takes the default"
    );
    assert_eq!(s.deal.len(), 1);
    assert_eq!(s.notes, "Meet again in June.");
    let co = lever_index("co_production").unwrap();
    let risk = lever_index("risk_appetite").unwrap();
    let new_deal = w.values_for(w.scenario("new-deal").unwrap());
    assert_eq!(
        s.levers.0[co], w.levers[co].default,
        "out of range: default"
    );
    assert_eq!(s.levers.0[risk], new_deal.0[risk], "in range: restored");

    // From now on the work autosaves to the usual file; the one kept aside is never touched.
    s.now = 20.0;
    s.apply(DealCommand::SetNotes("Meet again in July.".into()));
    s.now = 30.0;
    s.autosave_tick();
    s.finish_autosave().unwrap();
    assert_eq!(std::fs::read(&aside).unwrap(), bytes);
    let saved = load_session(&dir.join(FILE), &w).unwrap();
    assert_eq!(saved.notes, "Meet again in July.");
    assert_eq!(saved.scenarios.len(), 1);
}

#[test]
fn an_unreadable_autosave_from_a_clean_exit_is_kept_aside_and_said_so() {
    let tmp = scratch("unreadable-clean");
    let dir = tmp.path();
    let mut s = working(dir, "Table 3");
    s.finish_autosave().unwrap();
    drop(s);
    assert!(!dir.join(MARKER).exists());
    let bytes = std::fs::read(dir.join(FILE)).unwrap();

    let mut next = AppState::new(narrowed(), None);
    next.use_autosave(dir);
    assert!(
        next.pending_restore.is_none(),
        "a clean exit is not offered back"
    );
    let notice = next.notice.clone().expect("it says what it did");
    assert!(notice.error);
    assert!(
        notice.text.contains("kept aside") && notice.text.contains("co_production"),
        "{}",
        notice.text
    );
    let aside: Vec<String> = files(dir)
        .into_iter()
        .filter(|n| n.contains(".unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1, "{:?}", files(dir));
    assert_eq!(std::fs::read(dir.join(&aside[0])).unwrap(), bytes);
    next.finish_autosave().unwrap();
    assert_eq!(std::fs::read(dir.join(&aside[0])).unwrap(), bytes);
}

#[test]
fn a_usage_error_leaves_no_crash_marker_behind() {
    let tmp = scratch("usage-marker");
    let data = tmp.path().to_str().unwrap();
    for args in [
        &["--stage", "nope"][..],
        &["--stage", "99"],
        &["--scenario", "nope"],
        &["--view", "nope"],
    ] {
        let run = jaws_with(args, |c| {
            c.env("JAWS_DATA_DIR", data);
        });
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
    }
    let autosave = tmp.path().join("autosave");
    let left: Vec<String> = if autosave.exists() {
        files(&autosave)
    } else {
        Vec::new()
    };
    assert!(
        !left.iter().any(|n| n.ends_with(".running")),
        "no crash marker: {left:?}"
    );
    // The next start has nothing to offer.
    let mut s = AppState::new(Workshop::bundled(), None);
    s.use_autosave(&autosave);
    assert!(s.pending_restore.is_none());
}

#[test]
fn a_window_that_cannot_open_leaves_no_crash_marker_behind() {
    let tmp = scratch("no-display-marker");
    let data = tmp.path().to_str().unwrap();
    // No display to open a window on.
    let run = jaws_with(&["--view", "deal"], |c| {
        c.env("JAWS_DATA_DIR", data)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("WAYLAND_SOCKET");
    });
    if run.code == Some(0) {
        eprintln!("skipped: a window opened here, so this cannot be tested");
        return;
    }
    let autosave: PathBuf = tmp.path().join("autosave");
    let left = if autosave.exists() {
        files(&autosave)
    } else {
        Vec::new()
    };
    assert!(
        !left.iter().any(|n| n.ends_with(".running")),
        "no crash marker: {left:?}"
    );
}
