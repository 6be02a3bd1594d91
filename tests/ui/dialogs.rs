//! The facilitator's hands on the small things: the capture dialog with the cursor in Name,
//! Enter to capture and one Esc to close; notices that fade or go with Esc; the workshop
//! picker that opens by itself only on a first start and promises a save only when there is
//! something to save; and on the projector, text boxes that show and no tooltip over the
//! chart.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jaws::app::presenter::NotesPlace;
use jaws::app::{
    AppState, LeverCommand, Notice, Prefs, PresentCommand, SessionCommand, WindowCommand,
};
use jaws::present::palette::{Rgb, contrast};
use jaws::ui::shell::JawsApp;
use jaws::ui::theme;
use jaws::workshop::Workshop;

use crate::common::scratch;
use crate::painted::{harness, state, texts};

fn explore() -> Harness<'static, JawsApp> {
    harness(AppState::new(Workshop::bundled(), None), [1280.0, 800.0])
}

fn press(h: &mut Harness<'_, JawsApp>, key: Key) {
    h.key_press(key);
    h.run();
}

#[test]
fn the_capture_dialog_opens_with_the_cursor_in_name_and_enter_captures() {
    let mut h = explore();
    h.key_press_modifiers(Modifiers::COMMAND, Key::K);
    h.run();
    let name = h.get_by_role_and_label(Role::TextInput, "Name");
    assert!(name.accesskit_node().is_focused(), "the cursor is in Name");
    // Type a name straight away, press Enter: captured under that name, dialog closed.
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Table 2");
    h.run();
    press(&mut h, Key::Enter);
    let st = state(&h);
    assert!(st.capture_draft.is_none(), "Enter closed the dialog");
    assert_eq!(st.captured.last().map(|s| s.name.as_str()), Some("Table 2"));
}

#[test]
fn one_escape_closes_the_capture_dialog_wherever_the_cursor_is() {
    let mut h = explore();
    for click_note in [false, true] {
        h.key_press_modifiers(Modifiers::COMMAND, Key::K);
        h.run();
        assert!(state(&h).capture_draft.is_some());
        if click_note {
            h.get_by_role_and_label(
                Role::MultilineTextInput,
                "Note (what the table was thinking)",
            )
            .click();
            h.run();
            // The cursor stays where the person put it.
            assert!(
                !h.get_by_role_and_label(Role::TextInput, "Name")
                    .accesskit_node()
                    .is_focused()
            );
        }
        press(&mut h, Key::Escape);
        assert!(
            state(&h).capture_draft.is_none(),
            "one Esc closes it (cursor in the note: {click_note})"
        );
        assert!(state(&h).captured.is_empty(), "and captures nothing");
    }
}

#[test]
fn a_notice_goes_with_escape_and_a_report_of_something_done_fades_by_itself() {
    let mut h = explore();
    h.state_mut().state.notice = Some(Notice::error("Something went wrong: try again."));
    h.run();
    h.get_by_label("Something went wrong: try again.");
    press(&mut h, Key::Escape);
    assert!(state(&h).notice.is_none(), "Esc dismisses a notice");

    h.state_mut().state.notice = Some(Notice::info("Saved."));
    h.run();
    h.get_by_label("Saved.");
    // Ten seconds on (kittest steps a quarter of a second a frame).
    for _ in 0..40 {
        h.step();
    }
    h.run();
    assert!(
        state(&h).notice.is_none(),
        "a report of something done fades away"
    );

    // An error stays until someone dismisses it.
    h.state_mut().state.notice = Some(Notice::error("Could not save."));
    for _ in 0..40 {
        h.step();
    }
    assert!(state(&h).notice.is_some(), "an error waits to be read");
}

#[test]
fn the_picker_opens_by_itself_only_when_no_workshop_was_open_before() {
    let offered = || {
        let mut s = AppState::new(Workshop::bundled(), None);
        s.apply(SessionCommand::OpenWorkshopPicker);
        s
    };
    // The first start: no preferences saved.
    assert!(
        JawsApp::starting(offered(), None)
            .state
            .workshop_picker
            .is_some()
    );
    // A start with preferences but no workshop recorded.
    assert!(
        JawsApp::starting(offered(), Some(Prefs::default()))
            .state
            .workshop_picker
            .is_some()
    );
    // A workshop was open last time: straight in.
    let prefs = Prefs {
        last_workshop: Some("new-model".into()),
        ..Prefs::default()
    };
    assert!(
        JawsApp::starting(offered(), Some(prefs.clone()))
            .state
            .workshop_picker
            .is_none()
    );
    // Unless the one asked for would not load: the picker explains.
    let mut broken = offered();
    broken.load_problems = vec!["x.ron:1:1: not a workshop".into()];
    assert!(
        JawsApp::starting(broken, Some(prefs))
            .state
            .workshop_picker
            .is_some()
    );
}

#[test]
fn the_picker_promises_a_save_only_when_there_is_something_to_save() {
    let saved_first = |h: &Harness<'_, JawsApp>| {
        texts(h)
            .iter()
            .any(|t| t.text.contains("this one is saved first"))
    };
    let tmp = scratch("picker-save");
    let mut s = AppState::new(Workshop::bundled(), None);
    s.use_autosave(tmp.path());
    s.apply(SessionCommand::OpenWorkshopPicker);
    let mut h = harness(s, [1280.0, 800.0]);
    assert!(!saved_first(&h), "nothing done yet: nothing to save");
    h.state_mut()
        .state
        .apply(SessionCommand::CloseWorkshopPicker);
    h.state_mut().state.apply(LeverCommand::Set {
        lever: 0,
        value: 5.0,
        dragging: false,
    });
    h.state_mut()
        .state
        .apply(SessionCommand::OpenWorkshopPicker);
    h.run();
    assert!(saved_first(&h), "with work done, it says it is saved first");
}

fn rgb(c: egui::Color32) -> Rgb {
    Rgb(c.r(), c.g(), c.b())
}

#[test]
fn projected_text_boxes_stand_out_and_their_text_reads() {
    for dark in [true, false] {
        let v = theme::projector_visuals(dark);
        let text = rgb(v.override_text_color.unwrap());
        let boxes = rgb(v.text_edit_bg_color());
        let around = rgb(v.panel_fill);
        assert!(contrast(text, boxes) >= 7.0, "dark {dark}: text in a box");
        assert!(
            boxes != around,
            "dark {dark}: a box is not the colour around it"
        );
        assert!(
            contrast(rgb(v.widgets.inactive.bg_stroke.color), around) >= 3.0,
            "dark {dark}: a box has an edge to see"
        );
    }
    // And on the deal stage the boxes are drawn so.
    let mut s = AppState::new(Workshop::bundled(), None);
    s.stage = s.workshop.stage_index("our-deal").unwrap();
    s.apply(PresentCommand::Start);
    s.apply(PresentCommand::SetNotesPlace(NotesPlace::Hidden));
    let h = harness(s, [1280.0, 720.0]);
    let fill = theme::projector_visuals(true).text_edit_bg_color();
    let drawn = crate::painted::shapes(&h)
        .into_iter()
        .filter(|(shape, _)| matches!(shape, egui::Shape::Rect(r) if r.fill == fill))
        .count();
    assert!(
        drawn >= 3,
        "the deal's text boxes are drawn in their own colour"
    );
}

#[test]
fn no_tooltip_covers_the_projected_chart_when_a_lever_is_hovered() {
    let mut s = AppState::new(Workshop::bundled(), None);
    s.stage = s.workshop.stage_index("cultural").unwrap();
    s.apply(PresentCommand::Start);
    s.apply(PresentCommand::SetNotesPlace(NotesPlace::Hidden));
    let mut h = harness(s, [1920.0, 1080.0]);
    let lever = state(&h).workshop.levers[0].clone();
    let slider = h.get_by_role_and_label(Role::Slider, &lever.label).rect();
    let before = texts(&h).len();
    h.hover_at(slider.center());
    h.run();
    h.run();
    assert!(
        !texts(&h)
            .iter()
            .any(|t| t.text.contains(&lever.description)),
        "no description pops up over the stage"
    );
    assert_eq!(texts(&h).len(), before, "nothing new is painted");
    // And off the projector, the laptop's tooltips are there.
    h.state_mut().state.apply(PresentCommand::Stop);
    h.state_mut().state.apply(WindowCommand::SetDarkMode(true));
    h.run();
    let slider = h.get_by_role_and_label(Role::Slider, &lever.label).rect();
    h.hover_at(slider.center());
    for _ in 0..4 {
        h.step();
    }
    assert!(
        texts(&h)
            .iter()
            .any(|t| t.text.contains(&lever.description)),
        "a laptop shows what a lever does"
    );
}
