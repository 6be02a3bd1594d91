//! Plain English everywhere the room reads: a surplus is called a surplus, a challenge and a
//! goal seek are said in words (not `gap<=0 by 2035`), counts are singular or plural, an
//! out-of-range assumption is named by its label, and a restored session names its scenario.
//! Checked at the window sizes a room uses.

use egui::epaint::Shape;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::presenter::NotesPlace;
use jaws::app::recovery::PendingRestore;
use jaws::app::{AppState, DealCommand, LeverCommand, PresentCommand, ScenarioCommand};
use jaws::model::lever_index;
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;
use jaws::workshop::session::DealSide;

const SIZES: [[f32; 2]; 3] = [[1024.0, 768.0], [1280.0, 720.0], [1920.0, 1080.0]];

fn app(state: AppState, size: [f32; 2]) -> Harness<'static, JawsApp> {
    let mut cell = Some(state);
    let mut h = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
    h.run();
    h
}

/// Every text painted in the last frame (before wrapping), charts' included.
fn texts(h: &Harness<'_, JawsApp>) -> Vec<String> {
    fn walk(shape: &Shape, out: &mut Vec<String>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(t) => out.push(t.galley.job.text.clone()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// Syntax and machine words a person should never have to read.
fn assert_plain(texts: &[String]) {
    for t in texts {
        for bad in ["<=", ">=", "(s)", "£0m a year against", "a surplus of £0m"] {
            assert!(!t.contains(bad), "{bad:?} on screen in {t:?}");
        }
    }
}

#[test]
fn a_surplus_is_called_a_surplus_at_every_size() {
    for size in SIZES {
        let mut state = AppState::new(Workshop::bundled(), Some("new-deal"));
        state.apply(ScenarioCommand::SetBaseline(Some("old-deal".into())));
        let h = app(state, size);
        let h_ = &h.state().state.derived.projection.headlines();
        assert!(h_.final_gap < -10.0, "the new deal ends in surplus");
        let all = texts(&h);
        assert!(
            all.iter().any(|t| t == "Surplus in 2040"),
            "{size:?}: the card says surplus: {all:?}"
        );
        assert!(
            !all.iter().any(|t| t.starts_with('−') && t.ends_with('m')),
            "{size:?}: no negative money in the headline cards: {all:?}"
        );
        assert_plain(&all);
    }
}

#[test]
fn the_facilitator_reads_the_challenge_in_words() {
    for size in SIZES {
        let w = Workshop::bundled();
        let stage = w.stage_index("financial").unwrap();
        let mut state = AppState::new(w, None);
        state.apply(PresentCommand::Start);
        state.apply(PresentCommand::GoToStage(stage));
        state.apply(PresentCommand::SetNotesPlace(NotesPlace::Panel));
        state.apply(PresentCommand::ToggleFullscreen);
        let h = app(state, size);
        // The notes scroll: read them by accessible name, painted or scrolled out of sight.
        h.get_by_label_contains("✘ The gap closed in every year from 2035 to 2040: not yet; in ");
        h.get_by_label("✔ Council tax rise at most 4.99% a year.");
        assert!(h.query_by_label_contains("<=").is_none());
        assert_plain(&texts(&h));
    }
}

#[test]
fn values_keep_the_sliders_precision() {
    let mut state = AppState::new(Workshop::bundled(), None);
    state.apply(DealCommand::AddCard {
        side: DealSide::Council,
        text: "Co-produce care".into(),
        levers: vec!["co_production".into()],
    });
    let i = lever_index("co_production").unwrap();
    state.apply(LeverCommand::Set {
        lever: i,
        value: 50.73,
        dragging: false,
    });
    state.apply(jaws::app::WindowCommand::SetView(jaws::app::View::Deal));
    let h = app(state, [1280.0, 720.0]);
    let all = texts(&h);
    assert!(
        all.iter().any(|t| t == "Co-production: 50.7% of services"),
        "{all:?}"
    );
    assert_plain(&all);
}

#[test]
fn a_restored_session_counts_in_words_and_names_its_scenario() {
    let w = Workshop::bundled();
    let mut before = AppState::new(w.clone(), None);
    before.apply(ScenarioCommand::Load("new-deal".into()));
    before.apply(DealCommand::AddCard {
        side: DealSide::Council,
        text: "Co-produce care".into(),
        levers: vec!["co_production".into()],
    });
    let session = before.to_session();
    let mut state = AppState::new(w, Some("old-deal"));
    state.pending_restore = Some(PendingRestore {
        path: "autosave.ron".into(),
        session,
        problems: Vec::new(),
        kept_aside: None,
    });
    let mut h = app(state, [1280.0, 720.0]);
    h.get_by_label_contains("The session was saved with 0 scenarios and 1 commitment in");
    h.get_by_label("Restore it").click();
    h.run();
    assert_eq!(h.state().state.scenario.as_deref(), Some("new-deal"));
    let all = texts(&h);
    assert!(!all.iter().any(|t| t == "(your own settings)"), "{all:?}");
    assert!(
        all.iter().any(|t| t == "The new deal"),
        "the scenario box names it: {all:?}"
    );
}

#[test]
fn an_assumption_out_of_range_is_named_by_its_label() {
    let mut state = AppState::new(Workshop::bundled(), None);
    state.apply(jaws::app::AssumptionCommand::Set {
        id: "base_budget".into(),
        value: -5.0,
    });
    let notice = state.notice.clone().expect("refused with a reason").text;
    assert!(notice.starts_with("Base budget must be from £"), "{notice}");
    assert!(notice.ends_with("−£5m is outside that"), "{notice}");
    assert!(!notice.contains("base_budget"), "{notice}");
    let h = app(state, [1280.0, 720.0]);
    assert!(
        texts(&h).contains(&notice),
        "shown at the foot of the window"
    );
}
