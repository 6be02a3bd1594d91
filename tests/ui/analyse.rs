//! "What would it take?": a room asks, Jaws searches with a progress bar, the answer can be
//! put in place, and the tornado says what matters most.

use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jaws::app::{AppState, SeekCommand, View};
use jaws::model::simulate;
use jaws::model::target::Goal;
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;

fn analyse(scenario: &str) -> Harness<'static, JawsApp> {
    let scenario = scenario.to_string();
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            JawsApp::new(cc, AppState::new(Workshop::bundled(), Some(&scenario)))
        });
    h.run();
    h.get_by_label("What would it take?").click();
    h.run();
    h
}

fn state<'a>(h: &'a Harness<'_, JawsApp>) -> &'a AppState {
    &h.state().state
}

/// Step frames until the search has answered (it runs on its own thread).
fn wait_for_answer(h: &mut Harness<'_, JawsApp>) {
    let started = Instant::now();
    while state(h).seek_job.is_some() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the search never finished"
        );
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    h.run();
}

#[test]
fn the_tornado_puts_what_matters_first() {
    let h = analyse("old-deal");
    assert_eq!(state(&h).view, View::Analyse);
    let bars = state(&h)
        .derived
        .tornado
        .as_ref()
        .expect("the tornado is worked out while shown");
    let rank = |id: &str| bars.iter().position(|b| b.id == id).unwrap();
    assert!(rank("council_tax_rise") < rank("risk_appetite"));
    assert!(bars.windows(2).all(|w| w[0].swing >= w[1].swing));
}

#[test]
fn finding_the_smallest_change_and_putting_it_in_place() {
    let mut h = analyse("old-deal");
    h.get_by_label("Find the smallest change").click();
    h.run();
    wait_for_answer(&mut h);
    let (target, found) = state(&h).seek_result.clone().expect("an answer");
    assert!(found.met(), "{}", found.message());
    h.get_by_label("Found a way.");
    // The question is said in plain English, not in the target syntax.
    assert_eq!(
        target,
        "The gap closed in every year from 2032 to 2040 and reserves at or above the prudent minimum (£40m) in every year"
    );
    h.get_by_label(&format!("For: {target}"));
    h.get_by_label(&format!("Question: {target}"));
    // Only levers the room would move have moved: not the national settlement.
    let grant = jaws::model::lever_index("grant_change").unwrap();
    assert_eq!(found.levers.0[grant], state(&h).levers.0[grant]);

    let apply = h.get_by_label("Put these levers in place");
    apply.scroll_to_me();
    h.run();
    h.get_by_label("Put these levers in place").click();
    h.run();
    assert_eq!(state(&h).levers, found.levers);
    // What is on screen now meets the question, checked afresh.
    let st = state(&h);
    let goal = Goal::parse(
        &st.seek_form.target_text(),
        &st.assumptions,
        &st.workshop.levers,
        None,
    )
    .unwrap();
    assert!(goal.is_met(&simulate(&st.assumptions, &st.levers), &st.levers));
    // And it is one undo step.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let w = Workshop::bundled();
    assert_eq!(
        state(&h).levers,
        w.values_for(w.scenario("old-deal").unwrap())
    );
}

#[test]
fn an_impossible_question_gets_an_honest_answer() {
    let mut h = analyse("old-deal");
    // Only fees may move: the gap cannot close by 2027 that way.
    for lever in &Workshop::bundled().levers {
        let b = h.get_by_role_and_label(Role::CheckBox, &lever.label);
        let ticked = lever.id != "grant_change";
        if ticked != (lever.id == "fees_income") {
            b.click();
            h.run();
        }
    }
    h.get_by_role_and_label(Role::TextInput, "Or write a target:")
        .focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Or write a target:")
        .type_text("gap<=0 by 2027");
    h.run();
    h.get_by_label("Find the smallest change").click();
    h.run();
    wait_for_answer(&mut h);
    let (_, found) = state(&h).seek_result.clone().unwrap();
    assert!(!found.met());
    h.get_by_label("Not possible with these levers.");
    h.get_by_label_contains("The gap closed in every year from 2027 to 2040: not yet; in ");
}

#[test]
fn a_mistyped_target_says_where_the_mistake_is() {
    let mut h = analyse("old-deal");
    h.get_by_role_and_label(Role::TextInput, "Or write a target:")
        .focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Or write a target:")
        .type_text("gapp<=0");
    h.run();
    h.get_by_label("Find the smallest change").click();
    h.run();
    h.get_by_label_contains("column 1");
    assert!(state(&h).seek_job.is_none());
}

#[test]
fn an_answer_can_be_captured_as_a_scenario_and_loaded_later() {
    let mut h = analyse("old-deal");
    h.get_by_label("Find the smallest change").click();
    h.run();
    wait_for_answer(&mut h);
    let (target, found) = state(&h).seek_result.clone().unwrap();
    let capture = h.get_by_label("Capture as a scenario");
    capture.scroll_to_me();
    h.run();
    h.get_by_label("Capture as a scenario").click();
    h.run();
    let captured = state(&h).captured.last().cloned().expect("captured");
    // A short name for tables and keys; the whole question in the note.
    assert_eq!(captured.name, "What it would take 1");
    assert!(captured.note.contains(&target), "{}", captured.note);
    // It is offered in the scenario picker and loads exactly.
    h.get_by_role_and_label(Role::ComboBox, "Scenario").click();
    h.run();
    h.get_by_label(&captured.name).click();
    h.run();
    assert_eq!(state(&h).levers, found.levers);
    assert_eq!(state(&h).scenario.as_deref(), Some(captured.id.as_str()));
}

#[test]
fn a_referendum_is_kept_out_of_unless_the_room_allows_it_and_said_when_it_is() {
    let mut h = analyse("old-deal");
    // The knife-edges are written above the tornado.
    h.get_by_label("Where the gap changes sign");
    assert!(
        h.query_all_by_label_contains(
            "The old deal closes the gap in 2040 only with council tax rise above"
        )
        .count()
            == 1
    );
    // Only three levers, which close the gap only with a rise that needs a referendum.
    let mut form = state(&h).seek_form.clone();
    assert!(
        !form.allow_off_limits,
        "off limits unless the room allows it"
    );
    for (i, l) in Workshop::bundled().levers.iter().enumerate() {
        form.movable[i] = [
            "council_tax_rise",
            "transformation_investment",
            "co_production",
        ]
        .contains(&l.id.as_str());
    }
    form.close_gap = false;
    form.keep_reserves = false;
    form.custom = "gap<=0".into();
    h.state_mut().state.apply(SeekCommand::SetForm(form));
    h.run();
    h.get_by_label("Find the smallest change").click();
    h.run();
    wait_for_answer(&mut h);
    let (_, found) = state(&h).seek_result.clone().expect("an answer");
    assert!(!found.met(), "{}", found.message());
    assert!(found.off_limits.is_empty());

    h.get_by_role_and_label(
        Role::CheckBox,
        "Allow what the workshop marks as needing a referendum or unrealistic",
    )
    .click();
    h.run();
    assert!(state(&h).seek_form.allow_off_limits);
    h.get_by_label("Find the smallest change").click();
    h.run();
    wait_for_answer(&mut h);
    let (_, found) = state(&h).seek_result.clone().expect("an answer");
    assert!(found.met(), "{}", found.message());
    assert_eq!(found.off_limits.len(), 1);
    h.get_by_label(&format!("⚠ {}", found.off_limits[0].words));
    assert!(
        found.off_limits[0]
            .words
            .ends_with("it needs a referendum.")
    );
}

#[test]
fn a_changed_question_marks_the_answer_out_of_date_and_the_button_stays_put() {
    let mut h = analyse("old-deal");
    let button = h.get_by_label("Find the smallest change").rect();
    h.get_by_label("Find the smallest change").click();
    h.run();
    wait_for_answer(&mut h);
    assert_eq!(
        h.get_by_label("Find the smallest change").rect(),
        button,
        "the answer appears below the button, which does not move"
    );
    assert!(h.query_by_label_contains("Out of date").is_none());
    // Ask something else: the old answer is marked, and cannot be put in place by mistake.
    h.get_by_role_and_label(Role::TextInput, "Or write a target:")
        .focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Or write a target:")
        .type_text("gap<=0 by 2030");
    h.run();
    h.get_by_label_contains("Out of date: this answer is for an earlier question");
    let put = h.get_by_label("Put these levers in place");
    assert!(
        put.accesskit_node().is_disabled(),
        "a stale answer cannot be put in place"
    );
    assert_eq!(h.get_by_label("Find the smallest change").rect(), button);
}
