//! Pictures of the explore view, rendered with a software renderer (Mesa lavapipe), compared
//! with the PNGs in tests/snapshots. Update with `UPDATE_SNAPSHOTS=1 cargo test`.
//!
//! With no graphics adapter at all the tests skip, saying why, unless CI is set: under CI
//! they must run (CI installs mesa-vulkan-drivers).

use egui_kittest::Harness;
use jaws::app::AppState;
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;

use crate::snapshot::can_render;

fn explore(dark: bool, scenario: &str) -> Harness<'static, JawsApp> {
    let scenario = scenario.to_string();
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_pixels_per_point(1.0)
        .build_eframe(move |cc| {
            let mut app = JawsApp::new(cc, AppState::new(Workshop::bundled(), Some(&scenario)));
            app.state.prefs.dark_mode = dark;
            app
        });
    h.run();
    h
}

#[test]
fn explore_dark_old_deal() {
    let mut h = explore(true, "old-deal");
    if can_render(&mut h) {
        h.snapshot("explore_dark_old_deal");
    }
}

#[test]
fn explore_light_new_deal() {
    let mut h = explore(false, "new-deal");
    if can_render(&mut h) {
        h.snapshot("explore_light_new_deal");
    }
}

#[test]
fn explore_with_assumptions_open() {
    let mut h = explore(true, "new-deal");
    h.state_mut()
        .state
        .apply(jaws::app::WindowCommand::ToggleAssumptions);
    h.run();
    if can_render(&mut h) {
        h.snapshot("explore_dark_assumptions");
    }
}

/// The 2010s as they happened: the end of the years the workshop sets year by year (MTFS)
/// marked on the jaws, and social care's share climbing in the small charts.
#[test]
fn explore_light_the_2010s() {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_pixels_per_point(1.0)
        .build_eframe(move |cc| {
            let w = Workshop::bundled_named("the-2010s").expect("a built-in workshop");
            let mut app = JawsApp::new(cc, AppState::new(w, Some("replay-2010s")));
            app.state.prefs.dark_mode = false;
            app
        });
    h.run();
    if can_render(&mut h) {
        h.snapshot("explore_light_the_2010s");
    }
}
