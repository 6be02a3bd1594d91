//! The workshop picker, driven through the real app: every workshop on offer, opening one,
//! and a workshop that will not load shown with its problems while the open one stays.

use std::path::{Path, PathBuf};

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::{AppState, Command, SessionCommand};
use jaws::ui::shell::JawsApp;
use jaws::workshop::catalogue::{CatalogueEntry, Origin, WorkshopSource, discover};
use jaws::workshop::{Workshop, parse_workshop};

use crate::snapshot::can_render;

use crate::common::{OpensOne, scratch};

fn app(state: AppState) -> Harness<'static, JawsApp> {
    let mut cell = Some(state);
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .with_pixels_per_point(1.0)
        // The picker's scroll area settles a frame or two after the modal first appears.
        .with_max_steps(8)
        .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
    h.run();
    h
}

fn state<'a>(h: &'a Harness<'_, JawsApp>) -> &'a AppState {
    &h.state().state
}

/// Applies a command and lets the window settle: a picker with more workshops than fit
/// takes a second frame to place its scrolling list, and a click must land where it settled.
fn apply(h: &mut Harness<'_, JawsApp>, command: impl Into<Command>) {
    h.state_mut().state.apply(command);
    h.run();
    h.run();
}

/// A workshop with a syntax error on line 3, and the problem Jaws reports for it.
fn broken_workshop(dir: &Path) -> (PathBuf, String) {
    let path = dir.join("broken.ron");
    std::fs::write(
        &path,
        "(\n    format: \"jaws-workshop\",\n    version: 2,, \n    id: \"broken\",\n)\n",
    )
    .unwrap();
    let problem = Workshop::load(&path).unwrap_err().0[0].to_string();
    assert!(
        problem.starts_with(&format!("{}:3:", path.display())),
        "the problem is located on line 3: {problem}"
    );
    (path, problem)
}

#[test]
fn the_file_menu_opens_the_picker_with_every_bundled_workshop() {
    let mut h = app(AppState::new(Workshop::bundled(), None));
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Workshops…").click();
    h.run();
    assert!(state(&h).workshop_picker.is_some());
    h.get_by_label("Choose a workshop");
    h.get_by_label("Built in");
    let open = Workshop::bundled();
    for w in Workshop::bundled_all() {
        if w.id == open.id {
            // The one open now is marked, not offered again.
            assert!(
                h.query_by_role_and_label(Role::Button, &format!("Open {}", w.title))
                    .is_none()
            );
        } else {
            h.get_by_role_and_label(Role::Button, &format!("Open {}", w.title));
        }
        assert!(h.query_all_by_label(&w.title).count() >= 1, "{}", w.title);
        if !w.audience.is_empty() {
            h.get_by_label(&w.audience);
        }
    }
    h.get_by_label("✔ open now");
    let cabinet = Workshop::bundled_named("cabinet-60").unwrap();
    assert_eq!(cabinet.total_minutes(), 60);
    h.get_by_label(&format!("{} stages · about 1 h", cabinet.stages.len()));
    h.get_by_role_and_label(Role::Button, "Open a workshop file…");
    h.get_by_role_and_label(Role::Button, &format!("Keep {}", open.title));
}

#[test]
fn opening_a_bundled_workshop_switches_to_it_and_closes_the_picker() {
    let mut h = app(AppState::new(Workshop::bundled(), None));
    apply(&mut h, SessionCommand::OpenWorkshopPicker);
    let cabinet = Workshop::bundled_named("cabinet-60").unwrap();
    h.get_by_role_and_label(Role::Button, &format!("Open {}", cabinet.title))
        .click();
    h.run();
    assert_eq!(state(&h).workshop, cabinet);
    assert!(state(&h).workshop_picker.is_none());
    assert!(h.query_by_label("Choose a workshop").is_none());
}

#[test]
fn keep_and_escape_close_the_picker_and_change_nothing() {
    let mut h = app(AppState::new(Workshop::bundled(), None));
    apply(&mut h, SessionCommand::OpenWorkshopPicker);
    let title = Workshop::bundled().title;
    h.get_by_role_and_label(Role::Button, &format!("Keep {title}"))
        .click();
    h.run();
    assert!(state(&h).workshop_picker.is_none());

    apply(&mut h, SessionCommand::OpenWorkshopPicker);
    h.key_press(Key::Escape);
    h.run();
    assert!(state(&h).workshop_picker.is_none());
    assert_eq!(state(&h).workshop, Workshop::bundled());
}

#[test]
fn a_broken_file_chosen_in_the_picker_shows_where_it_is_wrong_and_this_workshop_stays() {
    let tmp = scratch("browse");
    let dir = tmp.path();
    let (path, problem) = broken_workshop(dir);
    let st = AppState::new(Workshop::bundled(), None);
    let mut h = app(st);
    h.state_mut().picker = Box::new(OpensOne(path.clone()));
    apply(&mut h, SessionCommand::OpenWorkshopPicker);
    h.get_by_role_and_label(Role::Button, "Open a workshop file…")
        .click();
    h.run();

    assert_eq!(
        state(&h).workshop,
        Workshop::bundled(),
        "this workshop stays open"
    );
    let entries = state(&h)
        .workshop_picker
        .as_ref()
        .expect("the picker stays");
    let chosen = entries
        .iter()
        .find(|e| e.source == WorkshopSource::File(path.clone()))
        .expect("the chosen file is listed");
    assert_eq!(chosen.problems[0], problem);
    h.get_by_label("The file you chose");
    h.get_by_label("broken.ron");
    h.get_by_label("Cannot be opened:");
    h.get_by_label(&problem);
    assert!(
        h.query_by_role_and_label(Role::Button, "Open broken.ron")
            .is_none()
    );
    // The others are still on offer.
    let cabinet = Workshop::bundled_named("cabinet-60").unwrap();
    h.get_by_role_and_label(Role::Button, &format!("Open {}", cabinet.title));
}

#[test]
fn opening_a_broken_file_with_the_picker_closed_opens_it_to_say_why() {
    let tmp = scratch("closed");
    let dir = tmp.path();
    let (path, problem) = broken_workshop(dir);
    let mut h = app(AppState::new(Workshop::bundled(), None));
    apply(
        &mut h,
        SessionCommand::OpenWorkshop(WorkshopSource::File(path)),
    );
    assert_eq!(state(&h).workshop, Workshop::bundled());
    h.get_by_label("Choose a workshop");
    h.get_by_label(&problem);
    assert!(
        state(&h)
            .notice
            .as_ref()
            .is_some_and(|n| n.error && n.text.contains(&problem))
    );
}

#[test]
fn problems_with_the_workshop_asked_for_are_shown_in_the_picker() {
    let mut st = AppState::new(Workshop::bundled(), None);
    let problem = "workshops/ours.ron:12:5: expected a number, found \"lots\"".to_string();
    st.load_problems = vec![problem.clone()];
    let mut h = app(st);
    apply(&mut h, SessionCommand::OpenWorkshopPicker);
    h.get_by_label("The workshop asked for could not be opened");
    // The banner over the window may show it too.
    assert!(h.query_all_by_label(&problem).count() >= 1);
    h.get_by_label(&format!(
        "\u{201c}{}\u{201d} is open instead. Fix the file and open it again, or choose another workshop below.",
        Workshop::bundled().title
    ));
}

/// The picker as a facilitator first sees it: the built-in workshops, and a draft in their
/// folder with a mistake. The entries are fixed so the picture does not depend on this
/// computer's folders.
#[test]
fn snapshot_of_the_picker_at_the_top() {
    let draft = Path::new("workshops/draft.ron");
    let text = "(\n    format: \"jaws-workshop\",\n    version: 2,\n    id: \"draft\",\n    title: 42,\n)\n";
    let problems = parse_workshop(&draft.display().to_string(), text).unwrap_err();
    let mut entries = discover(None, None, &[]);
    entries.push(CatalogueEntry::invalid(
        draft,
        Origin::DataFolder,
        &problems,
    ));
    let mut st = AppState::new(Workshop::bundled(), None);
    st.workshop_picker = Some(entries);
    let mut h = app(st);
    h.get_by_label("Your workshops folder");
    if can_render(&mut h) {
        h.snapshot("workshop_picker");
    }
}

/// What the room sees when the workshop asked for would not open and a file chosen since will
/// not either: both sets of problems, in the warning colour, above the workshops on offer.
#[test]
fn snapshot_of_the_picker_with_problems() {
    let chosen = Path::new("Downloads/budget-day.ron");
    let text = "(\n    format: \"jaws-workshop\",\n    version: 2,\n    id: \"budget-day\"\n    title: \"Budget day\",\n)\n";
    let problems = parse_workshop(&chosen.display().to_string(), text).unwrap_err();
    let mut entries = discover(None, None, &[]);
    entries.push(CatalogueEntry::invalid(chosen, Origin::Chosen, &problems));
    let mut st = AppState::new(Workshop::bundled(), None);
    st.workshop_picker = Some(entries);
    st.load_problems = vec!["workshops/ours.ron:12:5: expected a number, found \"lots\"".into()];
    let mut h = app(st);
    h.get_by_label("The file you chose");
    if can_render(&mut h) {
        h.snapshot("workshop_picker_problems");
    }
}
