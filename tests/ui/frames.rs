//! Views read results, they never compute them: once the window has settled, frames with
//! nothing new to show run the model not at all, in every view and in presenter mode with a
//! live challenge (the model counts its runs per thread, and the harness draws on this one);
//! and what the compare view and the stage show is what `Derived` holds.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::presenter::NotesPlace;
use jaws::app::{
    AppState, Command, JudgedChallenge, PresentCommand, ScenarioCommand, View, WindowCommand,
};
use jaws::model::simulate::runs_on_this_thread;
use jaws::present::format;
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;

fn app(state: AppState) -> Harness<'static, JawsApp> {
    let mut cell = Some(state);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
    h.run();
    h
}

/// Model runs during `frames` frames in which nothing changes.
fn runs_in_quiet_frames(h: &mut Harness<'_, JawsApp>, frames: usize) -> u64 {
    // Let layout, bands and anything else settle first.
    for _ in 0..3 {
        h.step();
    }
    let before = runs_on_this_thread();
    for _ in 0..frames {
        h.step();
    }
    runs_on_this_thread() - before
}

fn compared_three() -> [Command; 4] {
    [
        ScenarioCommand::ToggleCompare("old-deal".into()).into(),
        ScenarioCommand::ToggleCompare("new-deal".into()).into(),
        ScenarioCommand::Capture {
            name: "Table two".into(),
            note: String::new(),
            levers: Workshop::bundled().default_values(),
        }
        .into(),
        WindowCommand::SetView(View::Compare).into(),
    ]
}

fn with(commands: impl IntoIterator<Item = Command>) -> AppState {
    let mut s = AppState::new(Workshop::bundled(), Some("old-deal"));
    for c in commands {
        s.apply(c);
    }
    s
}

#[test]
fn no_view_runs_the_model_on_a_frame_with_nothing_new() {
    let cases: Vec<(&str, AppState)> = vec![
        ("explore", with([])),
        (
            "explore with assumptions",
            with([WindowCommand::ToggleAssumptions.into()]),
        ),
        ("map", with([WindowCommand::SetView(View::Map).into()])),
        (
            "analyse",
            with([WindowCommand::SetView(View::Analyse).into()]),
        ),
        ("compare", with(compared_three())),
        ("deal", with([WindowCommand::SetView(View::Deal).into()])),
    ];
    for (name, state) in cases {
        let mut h = app(state);
        assert_eq!(
            runs_in_quiet_frames(&mut h, 5),
            0,
            "the {name} view ran the model on frames where nothing changed"
        );
    }
    // Compare really did have three scenarios to show.
    let h = app(with(compared_three()));
    assert_eq!(h.state().state.derived.compared.len(), 3);
}

#[test]
fn presenting_a_stage_with_a_challenge_runs_no_model_between_changes() {
    let mut state = AppState::new(Workshop::bundled(), None);
    state.stage = state.workshop.stage_index("scale-up").unwrap();
    state.apply(PresentCommand::Start);
    state.apply(PresentCommand::SetNotesPlace(NotesPlace::Panel));
    state.apply(PresentCommand::ToggleFullscreen);
    assert!(
        state.derived.challenge.is_some(),
        "the stage's challenge is judged"
    );
    let mut h = app(state);
    assert_eq!(runs_in_quiet_frames(&mut h, 5), 0);
}

#[test]
fn the_compare_view_and_the_stage_show_what_derived_holds() {
    // Results no view could have worked out for itself: if one is on screen, the view read it.
    let mut state = with(compared_three());
    state.derived.compared[0].headlines.final_gap = 4321.0;
    state.derived.differing.clear();
    let h = app(state);
    h.get_by_label(&format::money(4321.0));
    h.get_by_label("Every lever is the same in these scenarios.");

    let mut state = AppState::new(Workshop::bundled(), None);
    state.stage = state.workshop.stage_index("scale-up").unwrap();
    state.apply(PresentCommand::Start);
    state.apply(PresentCommand::SetNotesPlace(NotesPlace::Panel));
    assert_eq!(state.derived.challenge.as_ref().unwrap().met, Some(false));
    state.derived.challenge = Some(JudgedChallenge {
        met: Some(true),
        outcomes: Some(Vec::new()),
    });
    let h = app(state);
    h.get_by_label("✔ Met");
}
