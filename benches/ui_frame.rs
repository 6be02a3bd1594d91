//! CPU cost of one frame while a lever is dragged: layout, model rerun and tessellation, on a
//! bare egui context (no GPU), in the explore view (1280x800) and in presenter mode (1920x1080).
//! Target: median under 4 ms.

// Test code may unwrap: a panic here is a failed run, which is what it should be.
#![allow(clippy::unwrap_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jaws::app::presenter::NotesPlace;
use jaws::app::{AppState, LeverCommand, PresentCommand};
use jaws::model::lever_index;
use jaws::ui::shell::JawsApp;
use jaws::ui::theme;
use jaws::workshop::Workshop;

/// Time frames of `state` on a screen of `size` points while co-production is dragged.
fn frames_while_dragging(c: &mut Criterion, name: &str, state: AppState, size: [f32; 2]) {
    let ctx = egui::Context::default();
    theme::install_fonts(&ctx);
    theme::install_style(&ctx);
    let mut app = JawsApp::headless(state);
    let lever = lever_index("co_production").unwrap();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size.into())),
        ..Default::default()
    };
    // Warm up: fonts atlas, first layout, the look for presenting.
    for _ in 0..3 {
        let out = ctx.run_ui(input(), |ui| app.frame(ui));
        ctx.tessellate(out.shapes, out.pixels_per_point);
    }
    let mut value = 0.0;
    c.bench_function(name, |b| {
        b.iter(|| {
            // The drag moves the lever a little every frame, as a hand does.
            value = (value + 0.7) % 60.0;
            app.state.apply(LeverCommand::Set {
                lever,
                value,
                dragging: true,
            });
            let out = ctx.run_ui(input(), |ui| app.frame(ui));
            black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
        })
    });
}

fn explore(c: &mut Criterion) {
    // As in the window: uncertainty bands are worked out on their own thread.
    let mut state = AppState::new(Workshop::bundled(), Some("old-deal"));
    state.use_band_worker();
    frames_while_dragging(
        c,
        "explore frame while dragging a lever",
        state,
        [1280.0, 800.0],
    );
}

/// Presenter mode on a 1080p projector at the "scaling up what works" stage, its challenge
/// judged live, type and lines at the projector's size. The notes go in a side panel: a bare
/// context cannot open a second window.
fn presenter(c: &mut Criterion) {
    let mut state = AppState::new(Workshop::bundled(), None);
    state.use_band_worker();
    state.stage = state.workshop.stage_index("scale-up").unwrap();
    state.apply(PresentCommand::Start);
    state.apply(PresentCommand::SetNotesPlace(NotesPlace::Panel));
    state.apply(PresentCommand::ToggleFullscreen);
    frames_while_dragging(
        c,
        "presenter frame while dragging a lever",
        state,
        [1920.0, 1080.0],
    );
}

criterion_group!(benches, explore, presenter);
criterion_main!(benches);
