//! CPU cost of one frame of the explore view while a lever is dragged: layout, model rerun
//! and tessellation, on a bare egui context (no GPU), in the explore view and in presenter
//! mode. Target: median under 4 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jaws::app::presenter::NotesPlace;
use jaws::app::window::JawsApp;
use jaws::app::{AppState, Command};
use jaws::model::lever_index;
use jaws::ui::theme;
use jaws::workshop::Workshop;

fn frame_while_dragging(c: &mut Criterion) {
    let ctx = egui::Context::default();
    theme::install_fonts(&ctx);
    theme::install_style(&ctx);
    // As in the window: uncertainty bands are worked out on their own thread.
    let mut state = AppState::new(Workshop::bundled(), Some("old-deal"));
    state.use_band_worker();
    let mut app = JawsApp::headless(state);
    let lever = lever_index("co_production").unwrap();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    // Warm up: fonts atlas, first layout.
    for _ in 0..3 {
        let out = ctx.run_ui(input(), |ui| app.frame(ui));
        ctx.tessellate(out.shapes, out.pixels_per_point);
    }
    let mut value = 0.0;
    c.bench_function("explore frame while dragging a lever", |b| {
        b.iter(|| {
            // The drag moves the lever a little every frame, as a hand does.
            value = (value + 0.7) % 60.0;
            app.state.apply(Command::SetLever {
                lever,
                value,
                dragging: true,
            });
            let out = ctx.run_ui(input(), |ui| app.frame(ui));
            black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
        })
    });
}

/// One frame of presenter mode on a projector (1280x720) while the room moves an unlocked
/// lever at the "scaling up what works" stage, with its challenge judged live. The notes go
/// in a side panel here: a bare context cannot open a second window.
fn presenter_frame_while_dragging(c: &mut Criterion) {
    let ctx = egui::Context::default();
    theme::install_fonts(&ctx);
    theme::install_style_for(&ctx, true);
    let mut state = AppState::new(Workshop::bundled(), None);
    state.use_band_worker();
    state.stage = state.workshop.stage_index("scale-up").unwrap();
    state.apply(Command::StartPresenting);
    state.apply(Command::SetNotesPlace(NotesPlace::Panel));
    state.apply(Command::ToggleFullscreen);
    let mut app = JawsApp::headless(state);
    let lever = lever_index("co_production").unwrap();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 720.0),
        )),
        ..Default::default()
    };
    for _ in 0..3 {
        let out = ctx.run_ui(input(), |ui| app.frame(ui));
        ctx.tessellate(out.shapes, out.pixels_per_point);
    }
    let mut value = 0.0;
    c.bench_function("presenter frame while dragging a lever", |b| {
        b.iter(|| {
            value = (value + 0.7) % 60.0;
            app.state.apply(Command::SetLever {
                lever,
                value,
                dragging: true,
            });
            let out = ctx.run_ui(input(), |ui| app.frame(ui));
            black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
        })
    });
}

criterion_group!(
    benches,
    frame_while_dragging,
    presenter_frame_while_dragging
);
criterion_main!(benches);
