//! Presenter mode driven as a facilitator would: F5, a clicker's keys, stage by stage through
//! every shipped workshop, locked and unlocked levers, a challenge met live, predict then
//! reveal, and the notes the audience does not see.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jaws::app::presenter::{NotesPlace, Reveal};
use jaws::app::{AppState, LeverCommand, PresentCommand, View};
use jaws::model::seek::{SeekStatus, seek};
use jaws::ui::shell::JawsApp;
use jaws::workshop::{StageView, Workshop};

use crate::snapshot::can_render;

fn app(workshop: Workshop) -> Harness<'static, JawsApp> {
    let mut cell = Some(AppState::new(workshop, None));
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
    h.run();
    h
}

fn state<'a>(h: &'a Harness<'_, JawsApp>) -> &'a AppState {
    &h.state().state
}

fn press(h: &mut Harness<'_, JawsApp>, key: Key) {
    h.key_press(key);
    h.run();
}

fn presenting(workshop: Workshop) -> Harness<'static, JawsApp> {
    let mut h = app(workshop);
    press(&mut h, Key::F5);
    assert!(state(&h).presenting(), "F5 starts presenting");
    h
}

fn view_of(v: StageView) -> View {
    match v {
        StageView::Explore => View::Explore,
        StageView::Map => View::Map,
        StageView::Analyse => View::Analyse,
        StageView::Compare => View::Compare,
        StageView::Deal => View::Deal,
    }
}

/// Each lever's slider on screen: shown and movable as the stage says, absent when hidden.
fn check_levers(h: &Harness<'_, JawsApp>) {
    let st = state(h);
    let stage = st.presented_stage().unwrap().clone();
    for (i, lever) in st.workshop.levers.iter().enumerate() {
        let slider = h.query_by_role_and_label(Role::Slider, &lever.label);
        match (stage.lever_visible(i), slider) {
            (false, None) => {}
            (false, Some(_)) => panic!(
                "stage {}: lever {} is on screen but the stage hides it",
                stage.id, lever.id
            ),
            (true, None) => panic!(
                "stage {}: lever {} is hidden but the stage shows it",
                stage.id, lever.id
            ),
            (true, Some(node)) => assert_eq!(
                node.accesskit_node().is_disabled(),
                !stage.lever_unlocked(i),
                "stage {}: lever {} locked as the stage says",
                stage.id,
                lever.id
            ),
        }
    }
}

#[test]
fn every_stage_of_every_shipped_workshop_shows_its_view_and_its_levers_locked_as_written() {
    for workshop in Workshop::bundled_all() {
        let stages = workshop.stages.clone();
        assert!(!stages.is_empty(), "{} has stages", workshop.id);
        let mut h = presenting(workshop);
        for (i, stage) in stages.iter().enumerate() {
            let st = state(&h);
            assert_eq!(st.stage, i, "the clicker reached stage {}", stage.id);
            assert_eq!(st.view, view_of(stage.view), "stage {} view", stage.id);
            assert!(
                h.query_all_by_label(&stage.title).count() >= 1,
                "stage {} title on screen",
                stage.id
            );
            h.get_by_label(&format!("{} / {}", i + 1, stages.len()));
            if let Some(id) = &stage.scenario {
                assert_eq!(st.scenario.as_deref(), Some(id.as_str()));
            }
            assert_eq!(st.baseline, stage.baseline, "stage {} baseline", stage.id);
            if stage.view == StageView::Explore {
                check_levers(&h);
            }
            // What would it take? asks the stage's own question of the levers it unlocks.
            if stage.view == StageView::Analyse {
                let form = &st.seek_form;
                if let Some(c) = &stage.challenge {
                    assert_eq!(form.target_text(), c.target, "stage {}", stage.id);
                }
                for i in 0..st.workshop.levers.len() {
                    assert_eq!(
                        form.movable[i],
                        stage.lever_unlocked(i),
                        "stage {}",
                        stage.id
                    );
                }
            }
            // The talking points are in the facilitator's notes.
            for point in &stage.talking_points {
                h.get_by_label(point);
            }
            press(&mut h, Key::PageDown);
        }
        assert_eq!(
            state(&h).stage,
            stages.len() - 1,
            "past the last stage, the clicker stays on it"
        );
    }
}

#[test]
fn keys_and_clicker_step_blank_time_and_leave() {
    let mut h = presenting(Workshop::bundled());
    let last = state(&h).workshop.stages.len() - 1;
    for (key, expected) in [
        (Key::ArrowRight, 1),
        (Key::Space, 2),
        (Key::PageDown, 3),
        (Key::ArrowLeft, 2),
        (Key::PageUp, 1),
        (Key::End, last),
        (Key::Home, 0),
    ] {
        press(&mut h, key);
        assert_eq!(state(&h).stage, expected, "after {key:?}");
    }
    press(&mut h, Key::B);
    assert!(state(&h).presenter.as_ref().unwrap().blank, "B blanks");
    assert!(
        h.query_by_label("The old deal").is_none()
            || h.query_all_by_label("The old deal").count() == 1,
        "a blank screen shows no stage (only the notes name it)"
    );
    press(&mut h, Key::B);
    assert!(
        !state(&h).presenter.as_ref().unwrap().blank,
        "B again shows"
    );

    assert!(!state(&h).presenter.as_ref().unwrap().timer.running());
    press(&mut h, Key::T);
    assert!(
        state(&h).presenter.as_ref().unwrap().timer.running(),
        "T starts the timer"
    );
    press(&mut h, Key::T);
    assert!(
        !state(&h).presenter.as_ref().unwrap().timer.running(),
        "T pauses it"
    );

    press(&mut h, Key::N);
    assert_eq!(
        state(&h).presenter.as_ref().unwrap().notes,
        NotesPlace::Panel,
        "N moves the notes beside the stage"
    );

    press(&mut h, Key::Escape);
    assert!(!state(&h).presenting(), "Esc leaves");
    // Back to exploring, every lever movable again: open each domain (they fold to fit) and
    // try its sliders.
    for domain in jaws::model::Domain::ALL {
        if h.query_by_role_and_label(Role::Slider, &first_lever(&h, domain))
            .is_none()
        {
            h.get_by_role_and_label(Role::Button, domain.label())
                .click();
            h.run();
        }
        for lever in state(&h)
            .workshop
            .levers
            .iter()
            .filter(|l| l.domain == domain)
        {
            let node = h.get_by_role_and_label(Role::Slider, &lever.label);
            assert!(!node.accesskit_node().is_disabled(), "{} movable", lever.id);
        }
    }
}

/// The label of the first lever in `domain`.
fn first_lever(h: &Harness<'_, JawsApp>, domain: jaws::model::Domain) -> String {
    state(h)
        .workshop
        .levers
        .iter()
        .find(|l| l.domain == domain)
        .map(|l| l.label.clone())
        .unwrap()
}

#[test]
fn a_locked_lever_does_not_move_whatever_asks() {
    let mut h = presenting(Workshop::bundled());
    // The jaws: financial levers shown, none unlocked.
    press(&mut h, Key::PageDown);
    let st = state(&h);
    let stage = st.presented_stage().unwrap().clone();
    let i = (0..st.workshop.levers.len())
        .find(|&i| stage.lever_visible(i) && !stage.lever_unlocked(i))
        .expect("the jaws stage shows a locked lever");
    let lever = st.workshop.levers[i].clone();
    let before = st.levers.0[i];
    let target = if before < lever.max {
        lever.max
    } else {
        lever.min
    };
    h.get_by_role_and_label(Role::Slider, &lever.label)
        .set_value_accesskit(target);
    h.run();
    h.state_mut().state.apply(LeverCommand::Set {
        lever: i,
        value: target,
        dragging: false,
    });
    h.run();
    assert_eq!(state(&h).levers.0[i], before, "{} stayed put", lever.id);
}

#[test]
fn a_challenge_turns_to_met_when_the_room_moves_the_levers_far_enough() {
    let mut h = presenting(Workshop::bundled());
    while state(&h).presented_stage().unwrap().id != "scale-up" {
        press(&mut h, Key::PageDown);
    }
    h.get_by_label("✘ Not met yet");
    let st = state(&h);
    let stage = st.presented_stage().unwrap().clone();
    let challenge = stage.challenge.clone().unwrap();
    assert_eq!(
        stage.challenge_met(&st.derived.projection, &st.levers),
        Some(false)
    );

    // Find, with the stage's own unlocked levers, a setting that meets it; then move those
    // sliders there as a person (or a screen reader) would.
    let movable: Vec<usize> = stage.unlocked.indices().collect();
    let found = seek(
        &st.assumptions,
        &st.levers,
        &st.workshop.levers,
        challenge.goal(),
        &movable,
        &mut |_| true,
    );
    assert_eq!(found.status, SeekStatus::Met, "the challenge can be met");
    // Sliders move in steps, so each goes a little further than the answer, the way it moved.
    let moves: Vec<(String, f64)> = found
        .changes
        .iter()
        .map(|c| {
            let l = &st.workshop.levers[c.index];
            let further = c.to + (c.to - c.from).signum() * 0.02 * (l.max - l.min);
            (l.label.clone(), further.clamp(l.min, l.max))
        })
        .collect();
    for (label, value) in moves {
        h.get_by_role_and_label(Role::Slider, &label)
            .set_value_accesskit(value);
        h.run();
    }
    let st = state(&h);
    assert_eq!(
        stage.challenge_met(&st.derived.projection, &st.levers),
        Some(true),
        "the levers the room moved meet the challenge"
    );
    h.get_by_label("✔ Met");
}

#[test]
fn predict_hides_the_change_keeps_the_sketch_and_reveal_shows_it() {
    let mut h = presenting(Workshop::bundled());
    // The notes go to the facilitator's own screen (here, out of the way of the chart).
    h.state_mut()
        .state
        .apply(PresentCommand::SetNotesPlace(NotesPlace::Hidden));
    h.run();
    let st = state(&h);
    let stage = st.presented_stage().unwrap().clone();
    assert!(stage.predicts(), "the first stage asks for a prediction");
    assert!(st.predicting());
    assert_eq!(st.shown_years(), Some(1), "only today is drawn");
    h.get_by_label(&format!("Predict: {}", stage.predict.clone().unwrap()));
    // The headline figures would give the answer away.
    let gap = jaws::present::format::money(st.derived.projection.headlines().final_gap);
    assert!(
        h.query_by_label(&gap).is_none(),
        "no final gap on screen yet"
    );

    // Sketch a line across the chart with the mouse.
    let chart = h.get_by_label("The figures appear when the prediction is revealed. Sketch on the chart what you expect.").rect();
    let start = egui::pos2(chart.left() + 200.0, chart.bottom() + 300.0);
    let end = egui::pos2(chart.left() + 700.0, chart.bottom() + 120.0);
    h.drag_at(start);
    h.run();
    for k in 1..=5 {
        let t = k as f32 / 5.0;
        h.hover_at(start + (end - start) * t);
        h.run();
    }
    h.drop_at(end);
    h.run();
    let sketch = state(&h)
        .current_prediction()
        .expect("a prediction is kept")
        .clone();
    assert_eq!(sketch.strokes.len(), 1, "one stroke");
    assert!(sketch.strokes[0].len() >= 3, "the stroke follows the mouse");
    let (first, last) = (sketch.strokes[0][0], *sketch.strokes[0].last().unwrap());
    assert!(last[0] > first[0], "drawn left to right, in years");
    assert!(last[1] > first[1], "drawn upwards, in £m");

    h.key_press(Key::R);
    h.step();
    h.step();
    assert!(matches!(
        state(&h).presenter.as_ref().unwrap().reveal,
        Reveal::Revealing(_)
    ));
    let partway = state(&h).shown_years().expect("the curves are drawing");
    assert!(partway > 1, "the reveal has begun drawing the curves");
    // Let the reveal run its course.
    let mut steps = 0;
    while state(&h).predicting() {
        h.step();
        steps += 1;
        assert!(steps < 1000, "the reveal finishes");
    }
    h.run();
    let st = state(&h);
    assert!(!st.predicting(), "revealed");
    assert_eq!(st.shown_years(), None, "every year drawn");
    h.get_by_label(&jaws::present::format::money(
        st.derived.projection.headlines().final_gap,
    ));
    let kept = st.current_prediction().unwrap();
    assert!(kept.revealed);
    assert_eq!(
        kept.strokes, sketch.strokes,
        "the sketch stays beside the result"
    );
    // And it is in the session record.
    let session = st.to_session();
    assert_eq!(session.predictions.len(), 1);
    assert_eq!(session.predictions[0].stage, stage.id);
    assert_eq!(session.predictions[0].strokes, sketch.strokes);

    // Coming back to the stage does not hide it again.
    press(&mut h, Key::PageDown);
    press(&mut h, Key::PageUp);
    assert!(!state(&h).predicting());
}

#[test]
fn a_workshop_without_stages_says_so_instead_of_presenting() {
    let mut w = Workshop::bundled();
    w.stages.clear();
    let mut h = app(w);
    press(&mut h, Key::F5);
    assert!(!state(&h).presenting());
    let notice = state(&h).notice.clone().expect("a notice");
    assert!(
        notice.error && notice.text.contains("no stages"),
        "{}",
        notice.text
    );
}

#[test]
fn presenter_snapshots() {
    let mut h = presenting(Workshop::bundled());
    h.state_mut()
        .state
        .apply(PresentCommand::SetNotesPlace(NotesPlace::Hidden));
    for (k, at) in [
        [2026.0, 780.0],
        [2030.0, 860.0],
        [2035.0, 990.0],
        [2040.0, 1150.0],
    ]
    .into_iter()
    .enumerate()
    {
        h.state_mut().state.apply(PresentCommand::SketchPoint {
            at,
            new_stroke: k == 0,
        });
    }
    h.run();
    if !can_render(&mut h) {
        return;
    }
    h.snapshot("present_predict");
    h.key_press(Key::R);
    while state(&h).predicting() {
        h.step();
    }
    h.run();
    h.snapshot("present_revealed");
    while state(&h).presented_stage().unwrap().id != "scale-up" {
        press(&mut h, Key::PageDown);
    }
    h.snapshot("present_challenge");
    h.state_mut()
        .state
        .apply(PresentCommand::SetNotesPlace(NotesPlace::Panel));
    h.state_mut().state.apply(PresentCommand::ToggleFullscreen);
    h.run();
    h.snapshot("present_notes_panel");
}

/// A laptop (its own screen first) with a projector plugged in to its right.
fn two_screens() -> jaws::app::presenter::Screens {
    use jaws::app::presenter::{Screen, Screens};
    Screens {
        monitors: vec![
            Screen {
                position: [0.0, 0.0],
                size: [1366.0, 768.0],
            },
            Screen {
                position: [1366.0, 0.0],
                size: [1920.0, 1080.0],
            },
        ],
        current: Some(0),
    }
}

/// The window commands sent in the frame that handles one key press.
fn commands_on(h: &mut Harness<'_, JawsApp>, key: Key) -> Vec<egui::ViewportCommand> {
    h.event(egui::Event::Key {
        key,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
        repeat: false,
        physical_key: None,
    });
    h.step();
    let commands = h.output().viewport_output[&egui::ViewportId::ROOT]
        .commands
        .clone();
    h.run();
    commands
}

#[test]
fn presenting_puts_the_stage_on_the_projector_and_the_notes_on_the_laptop_and_s_swaps_them() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let mut laptop = AppState::new(Workshop::bundled(), None);
        laptop.apply(jaws::app::WindowCommand::ScreensFound(two_screens()));
        let mut cell = Some(laptop);
        let mut h = Harness::builder()
            .with_size(size)
            .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
        h.run();
        let sent = commands_on(&mut h, Key::F5);
        assert!(
            sent.contains(&egui::ViewportCommand::SetMonitor(1)),
            "the stage fills the projector: {sent:?}"
        );
        assert_eq!(state(&h).notes_screen(), Some(&two_screens().monitors[0]));
        // S swaps them: the stage to the laptop's screen, the notes to the projector.
        let sent = commands_on(&mut h, Key::S);
        assert!(
            sent.contains(&egui::ViewportCommand::SetMonitor(0)),
            "{sent:?}"
        );
        assert_eq!(state(&h).notes_screen(), Some(&two_screens().monitors[1]));
        // F leaves full screen; F again fills the screen the stage is on.
        let sent = commands_on(&mut h, Key::F);
        assert!(
            sent.contains(&egui::ViewportCommand::Fullscreen(false)),
            "{sent:?}"
        );
        let sent = commands_on(&mut h, Key::F);
        assert!(
            sent.contains(&egui::ViewportCommand::SetMonitor(0)),
            "{sent:?}"
        );
    }
}

#[test]
fn on_one_screen_presenting_fills_it_and_swapping_says_why_not() {
    let mut h = app(Workshop::bundled());
    let sent = commands_on(&mut h, Key::F5);
    assert!(
        sent.contains(&egui::ViewportCommand::Fullscreen(true)),
        "{sent:?}"
    );
    assert_eq!(state(&h).notes_screen(), None);
    commands_on(&mut h, Key::S);
    let notice = state(&h).notice.clone().expect("says why").text;
    assert!(
        notice.starts_with("Only one screen is connected"),
        "{notice}"
    );
}

/// On the large chart a predict stage asks about, "prudent minimum" is written beside its
/// line, ending inside the plot, not against (or past) its right edge, at laptop and projector
/// sizes.
#[test]
fn the_prudent_minimum_s_name_ends_inside_the_large_reserves_chart() {
    let w = Workshop::bundled_named("adult-social-care").unwrap();
    let stage = w
        .stages
        .iter()
        .position(|s| s.id == "care-now")
        .expect("the stage that predicts the reserves");
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let mut cell = Some(AppState::new(w.clone(), None));
        let mut h = Harness::builder()
            .with_size(size)
            .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
        h.state_mut().state.apply(PresentCommand::Start);
        h.state_mut().state.apply(PresentCommand::GoToStage(stage));
        for _ in 0..3 {
            h.run();
        }
        let label = crate::painted::texts(&h)
            .into_iter()
            .find(|t| t.text == "prudent minimum")
            .expect("the prudent minimum is named on the large chart");
        assert!(
            label.rect.right() <= label.clip.right() - 4.0,
            "{size:?}: ends at {} against the plot's edge at {}",
            label.rect.right(),
            label.clip.right()
        );
    }
}
