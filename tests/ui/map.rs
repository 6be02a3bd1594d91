//! The framework map, driven as a facilitator would: open it, pick a year, click a node,
//! follow a loop; and a picture at projector size.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::{AppState, View};
use jaws::model::links::LINKS;
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;

use crate::snapshot::can_render;

fn map(size: [f32; 2], scenario: &str) -> Harness<'static, JawsApp> {
    let scenario = scenario.to_string();
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .build_eframe(move |cc| {
            JawsApp::new(cc, AppState::new(Workshop::bundled(), Some(&scenario)))
        });
    h.run();
    h.get_by_label("Map").click();
    h.run();
    h
}

fn state<'a>(h: &'a Harness<'_, JawsApp>) -> &'a AppState {
    &h.state().state
}

#[test]
fn the_map_tab_shows_every_lever_and_stock_as_a_node() {
    let h = map([1280.0, 720.0], "old-deal");
    assert_eq!(state(&h).view, View::Map);
    for id in [
        "Need",
        "Trust",
        "Demand",
        "Resources",
        "Gap",
        "Council tax rise",
        "Co-production",
    ] {
        h.get_by_role_and_label(Role::Button, id);
    }
    let analysis = state(&h)
        .derived
        .map
        .as_ref()
        .expect("the map is analysed while shown");
    assert_eq!(analysis.shares.len(), LINKS.len());
}

#[test]
fn clicking_a_node_shows_what_it_is_and_what_moves_it() {
    let mut h = map([1280.0, 720.0], "old-deal");
    h.get_by_role_and_label(Role::Button, "Trust").click();
    h.run();
    assert_eq!(state(&h).map.selected_node.as_deref(), Some("trust"));
    h.get_by_label_contains("Mutual understanding between people and public services");
    h.get_by_label("What moves it now");

    // A lever's node brings its slider into the details.
    h.get_by_role_and_label(Role::Button, "Council tax rise")
        .click();
    h.run();
    assert_eq!(
        state(&h).map.selected_node.as_deref(),
        Some("council_tax_rise")
    );
    h.get_by_role_and_label(Role::Slider, "Council tax rise");
}

#[test]
fn selecting_a_loop_highlights_it_and_explains_it() {
    let mut h = map([1280.0, 720.0], "old-deal");
    // Five years on, when the old deal's vicious circle is turning.
    h.get_by_role_and_label(Role::Slider, "Year").focus();
    h.run();
    for _ in 0..5 {
        h.key_press(egui::Key::ArrowRight);
        h.run();
    }
    let failure = state(&h)
        .derived
        .map
        .as_ref()
        .unwrap()
        .loops
        .iter()
        .find(|l| l.feedback.name == "Failure demand")
        .expect("the failure demand loop is listed")
        .feedback
        .clone();
    h.get_by_label("R  Failure demand").click();
    h.run();
    assert_eq!(
        state(&h).map.selected_loop.as_deref(),
        Some(failure.id.as_str())
    );
    h.get_by_label_contains("Cuts leave need unmet");
    // Clicking again clears it.
    h.get_by_label("R  Failure demand").click();
    h.run();
    assert_eq!(state(&h).map.selected_loop, None);
}

#[test]
fn the_year_scrubber_changes_what_the_map_shows() {
    let mut h = map([1280.0, 720.0], "new-deal");
    let first = state(&h).derived.map.as_ref().unwrap().shares.clone();
    let slider = h.get_by_role_and_label(Role::Slider, "Year");
    slider.focus();
    h.run();
    for _ in 0..8 {
        h.key_press(egui::Key::ArrowRight);
        h.run();
    }
    assert_eq!(state(&h).map.year, 8);
    let later = &state(&h).derived.map.as_ref().unwrap().shares;
    assert_ne!(&first, later, "link strengths differ between 2026 and 2034");
}

#[test]
fn the_vicious_circle_gives_way_to_the_virtuous_one_under_the_new_deal() {
    // Failure demand is stronger than trust-and-co-production under the old deal late on;
    // under the new deal the virtuous loop overtakes it.
    let w = Workshop::bundled();
    // A family's strength is its strongest member's: the story acting most strongly.
    let rank = |scenario: &str, year: usize, family: &str| {
        let v = w.values_for(w.scenario(scenario).unwrap());
        jaws::model::loops::ranked_loops(&w.assumptions, &v, year)
            .into_iter()
            .filter(|l| l.feedback.family.as_deref() == Some(family))
            .map(|l| l.strength)
            .fold(0.0, f64::max)
    };
    for (year, virtuous) in [
        (5, "Trust and co-production"),
        (10, "Capacity grows with use"),
    ] {
        assert!(rank("old-deal", year, "Failure demand") > rank("old-deal", year, virtuous));
        assert!(rank("new-deal", year, virtuous) > rank("new-deal", year, "Failure demand"));
    }
}

#[test]
fn map_snapshot_at_projector_size() {
    let mut h = map([1280.0, 720.0], "new-deal");
    h.get_by_role_and_label(Role::Button, "Co-produced outcomes")
        .click();
    h.run();
    if can_render(&mut h) {
        h.snapshot("map_new_deal_1280x720");
    }
}

#[test]
fn no_two_nodes_overlap_on_a_projector_or_a_laptop() {
    for size in [[1280.0, 720.0], [1440.0, 900.0], [1024.0, 768.0]] {
        let h = map(size, "new-deal");
        let ids: Vec<String> = jaws::model::LEVER_SPECS
            .iter()
            .map(|s| s.label.to_string())
            .chain(
                jaws::model::links::NODES
                    .iter()
                    .map(|n| n.label.to_string()),
            )
            .collect();
        let rects: Vec<(String, egui::Rect)> = ids
            .iter()
            .map(|id| (id.clone(), h.get_by_role_and_label(Role::Button, id).rect()))
            .collect();
        for (i, (a, ra)) in rects.iter().enumerate() {
            for (b, rb) in &rects[i + 1..] {
                assert!(
                    !ra.intersects(*rb),
                    "at {size:?}, {a} {ra:?} overlaps {b} {rb:?}"
                );
            }
        }
    }
}

/// The default workshop with a `map` field holding `entries`, as a facilitator would write it.
fn arranged(entries: &str) -> Workshop {
    let text = jaws::workshop::BUNDLED_NEW_MODEL;
    let at = "\n    scenarios: [";
    assert_eq!(text.matches(at).count(), 1);
    let text = text.replacen(at, &format!("\n    map: {{ {entries} }},{at}"), 1);
    jaws::workshop::parse_workshop("arranged.ron", &text).unwrap_or_else(|e| panic!("{e}"))
}

/// The map view of `workshop` at `size`, with `scenario` loaded.
fn map_of(workshop: Workshop, size: [f32; 2], scenario: &str) -> Harness<'static, JawsApp> {
    let scenario = scenario.to_string();
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .build_eframe(move |cc| JawsApp::new(cc, AppState::new(workshop, Some(&scenario))));
    h.run();
    h.get_by_label("Map").click();
    h.run();
    h
}

#[test]
fn a_workshop_can_place_a_stock_where_the_facilitator_wants_it() {
    let w = arranged("\"trust\": (0.6, 0.5)");
    assert_eq!(w.map_positions["trust"], (0.6, 0.5));
    let moved = map_of(w, [1280.0, 720.0], "new-deal");
    let canvas = moved
        .get_by_role_and_label(Role::Canvas, "Framework map")
        .rect();
    assert!(
        canvas.width() > 500.0 && canvas.height() > 300.0,
        "{canvas:?}"
    );
    let trust = moved.get_by_role_and_label(Role::Button, "Trust").rect();
    let wanted = canvas.min + egui::vec2(0.6 * canvas.width(), 0.5 * canvas.height());
    assert!(
        (trust.center() - wanted).length() < 1.0,
        "Trust is centred at {:?}, not at {wanted:?} (0.6, 0.5 of {canvas:?})",
        trust.center()
    );

    // Everything else keeps its automatic place, and Trust has really moved.
    let automatic = map([1280.0, 720.0], "new-deal");
    assert_eq!(
        automatic
            .get_by_role_and_label(Role::Canvas, "Framework map")
            .rect(),
        canvas
    );
    let place =
        |h: &Harness<'_, JawsApp>, label: &str| h.get_by_role_and_label(Role::Button, label).rect();
    assert!((place(&automatic, "Trust").center() - wanted).length() > 100.0);
    for label in ["Need", "Gap", "Community capacity", "Co-production"] {
        assert_eq!(place(&moved, label), place(&automatic, label), "{label}");
    }
}
