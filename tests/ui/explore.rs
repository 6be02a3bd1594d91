//! The explore view, driven as a person would: find widgets by role and name, drag, type,
//! press keys, and check what changed. The harness also fails any frame in which an
//! interactive widget has no accessible name.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::AppState;
use jaws::model::{lever_index, simulate};
use jaws::present::format;
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;

fn app(dark: bool) -> Harness<'static, JawsApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            let mut app = JawsApp::new(cc, AppState::new(Workshop::bundled(), None));
            app.state.prefs.dark_mode = dark;
            app
        });
    harness.run();
    harness
}

fn state<'a>(h: &'a Harness<'_, JawsApp>) -> &'a AppState {
    &h.state().state
}

fn final_gap(h: &Harness<'_, JawsApp>) -> f64 {
    state(h).derived.projection.headlines().final_gap
}

#[test]
fn dragging_a_lever_moves_the_headline_gap_the_way_the_model_says() {
    let mut h = app(true);
    let i = lever_index("co_production").unwrap();
    let before_gap = final_gap(&h);
    h.get_by_label(&format::money(before_gap));

    let slider = h.get_by_role_and_label(Role::Slider, "Co-production");
    let rect = slider.rect();
    let start = egui::pos2(rect.left() + 10.0, rect.center().y);
    let end = egui::pos2(rect.left() + rect.width() * 0.8, rect.center().y);
    h.drag_at(start);
    h.run();
    h.hover_at(end);
    h.run();
    h.drop_at(end);
    h.run();

    let st = state(&h);
    let moved_to = st.levers.0[i];
    assert!(
        moved_to > 30.0,
        "the drag moved co-production up, to {moved_to}"
    );
    // What the model says for exactly these levers is what the headline shows.
    let expected = simulate(&st.assumptions, &st.levers).headlines().final_gap;
    assert!(
        expected < before_gap,
        "more co-production narrows the final gap"
    );
    assert_eq!(final_gap(&h), expected);
    h.get_by_label(&format::money(expected));
    assert!(
        h.query_by_label(&format::money(before_gap)).is_none()
            || format::money(before_gap) == format::money(expected)
    );
    // A whole drag is one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(final_gap(&h), before_gap);
    assert!(!state(&h).history.can_undo());
}

#[test]
fn undo_restores_the_exact_previous_projection_and_redo_brings_it_back() {
    let mut h = app(true);
    let before = state(&h).derived.projection.clone();
    let slider = h.get_by_role_and_label(Role::Slider, "Relationship building");
    slider.focus();
    h.run();
    for _ in 0..5 {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    let after = state(&h).derived.projection.clone();
    assert_ne!(before, after, "the keyboard moved the lever");
    h.get_by_role_and_label(Role::Button, "Undo").click();
    h.run();
    while state(&h).history.can_undo() {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }
    assert_eq!(state(&h).derived.projection, before);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_ne!(
        state(&h).derived.projection,
        before,
        "redo re-applies a change"
    );
}

#[test]
fn the_keyboard_moves_a_slider() {
    let mut h = app(false);
    let i = lever_index("relationship_building").unwrap();
    let before = state(&h).levers.0[i];
    h.get_by_role_and_label(Role::Slider, "Relationship building")
        .focus();
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    let after = state(&h).levers.0[i];
    assert!(
        after > before,
        "ArrowRight raised the lever: {before} -> {after}"
    );
    h.key_press(Key::ArrowLeft);
    h.run();
    h.key_press(Key::ArrowLeft);
    h.run();
    assert!(state(&h).levers.0[i] < before);
}

#[test]
fn loading_a_scenario_then_reset_to_scenario_restores_it() {
    let mut h = app(true);
    let w = Workshop::bundled();
    let new_deal = w.values_for(w.scenario("new-deal").unwrap());
    h.get_by_role_and_label(Role::ComboBox, "Scenario").click();
    h.run();
    h.get_by_label("The new deal").click();
    h.run();
    assert_eq!(state(&h).levers, new_deal);
    assert_eq!(state(&h).scenario.as_deref(), Some("new-deal"));

    let slider = h.get_by_role_and_label(Role::Slider, "Co-production");
    slider.focus();
    h.run();
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_ne!(state(&h).levers, new_deal);
    h.get_by_label("Reset to scenario").click();
    h.run();
    assert_eq!(state(&h).levers, new_deal);

    // Reset levers goes to the workshop defaults, which differ from the new deal.
    h.get_by_label("Reset levers").click();
    h.run();
    assert_eq!(state(&h).levers, w.default_values());
}

#[test]
fn a_lever_resets_on_its_own() {
    let mut h = app(true);
    let i = lever_index("relationship_building").unwrap();
    let default = state(&h).workshop.levers[i].default;
    h.get_by_role_and_label(Role::Slider, "Relationship building")
        .focus();
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    assert_ne!(state(&h).levers.0[i], default);
    h.get_by_label("Reset Relationship building").click();
    h.run();
    assert_eq!(state(&h).levers.0[i], default);
}

#[test]
fn an_assumption_is_typed_validated_inline_and_applied() {
    let mut h = app(true);
    h.get_by_label("Assumptions").click();
    h.run();
    let before = state(&h).derived.projection.headlines().final_gap;

    // Nonsense is refused where it was typed, and nothing changes.
    let field = h.get_by_role_and_label(Role::TextInput, "Population growth in need");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Population growth in need")
        .type_text("lots");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label_contains("is not a number");
    assert_eq!(state(&h).derived.projection.headlines().final_gap, before);

    // A valid number is applied, and the jaws open wider with faster growth in need.
    let field = h.get_by_role_and_label(Role::TextInput, "Population growth in need");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Population growth in need")
        .type_text("3");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(state(&h).assumptions.demographic_growth, 3.0);
    assert!(state(&h).derived.projection.headlines().final_gap > before);
    assert!(h.query_by_label_contains("is not a number").is_none());

    // Out of range is refused with the allowed range.
    let field = h.get_by_role_and_label(Role::TextInput, "Population growth in need");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Population growth in need")
        .type_text("50");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label_contains("population growth in need must be from −2% a year to 8% a year; 50% a year is outside that");
    assert_eq!(state(&h).assumptions.demographic_growth, 3.0);
    // What was typed stays in the field to be corrected: nothing is lost.
    let typed = h
        .get_by_role_and_label(Role::TextInput, "Population growth in need")
        .value();
    assert_eq!(typed.as_deref(), Some("50"));

    h.get_by_label("Reset assumptions").click();
    h.run();
    assert_eq!(state(&h).assumptions, Workshop::bundled().assumptions);
}

#[test]
fn replay_animates_from_before_to_after() {
    let mut h = app(true);
    h.get_by_role_and_label(Role::ComboBox, "Scenario").click();
    h.run();
    h.get_by_label("The new deal").click();
    h.run();
    let after = state(&h).derived.projection.clone();
    h.get_by_role_and_label(Role::Button, "Replay").click();
    h.step();
    assert!(state(&h).replay_progress().is_some(), "replay under way");
    let frame = state(&h).shown_projection().clone();
    assert_ne!(
        frame, after,
        "mid-replay the curves are between before and after"
    );
    // Run until the animation ends; it settles exactly on the current projection.
    for _ in 0..400 {
        if state(&h).replay_progress().is_none() {
            break;
        }
        h.step();
    }
    assert!(state(&h).replay_progress().is_none());
    assert_eq!(*state(&h).shown_projection(), after);
}

#[test]
fn the_jaws_chart_carries_uncertainty_bands_that_can_be_hidden() {
    let mut h = app(true);
    let bands = state(&h)
        .derived
        .bands
        .clone()
        .expect("bands for the bundled workshop");
    for series in [&bands.demand, &bands.resources] {
        for p in series {
            assert!(
                p.windows(2).all(|w| w[0] <= w[1]),
                "percentiles in order: {p:?}"
            );
        }
        let (first, last) = (series.first().unwrap(), series.last().unwrap());
        assert!(
            last[4] - last[0] > first[4] - first[0],
            "bands widen with time"
        );
    }
    // Moving a lever moves the bands with it.
    h.get_by_role_and_label(Role::Slider, "Co-production")
        .focus();
    h.run();
    for _ in 0..20 {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    assert_ne!(state(&h).derived.bands.as_ref(), Some(&bands));
    h.get_by_label("Uncertainty").click();
    h.run();
    assert!(state(&h).derived.bands.is_none());
}
