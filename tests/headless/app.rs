//! The app with no window: commands applied to `AppState`, derived results worked out once
//! when (and only when) their inputs change, assumptions checked by one rule, and file
//! dialogs asked for by commands and answered afterwards.

use std::path::{Path, PathBuf};

use jaws::app::files::FilePicker;
use jaws::app::{
    AppState, AssumptionCommand, Command, FileCommand, FileRequest, HistoryCommand, LeverCommand,
    MapCommand, PresentCommand, ScenarioCommand, View, WindowCommand,
};
use jaws::model::simulate::runs_on_this_thread;
use jaws::model::{ASSUMPTION_SPECS, simulate};
use jaws::workshop::Workshop;
use jaws::workshop::session::load_session;
use proptest::prelude::*;

use crate::common::scratch;

/// The bundled workshop with three scenarios compared and no uncertainty bands (they run on
/// threads of their own, and would only slow these tests).
fn comparing_three() -> AppState {
    let mut s = AppState::new(Workshop::bundled(), Some("old-deal"));
    s.apply(WindowCommand::SetUncertainty(false));
    s.apply(ScenarioCommand::SetBaseline(Some("new-deal".into())));
    s.apply(ScenarioCommand::ToggleCompare("old-deal".into()));
    s.apply(ScenarioCommand::ToggleCompare("new-deal".into()));
    s.apply(ScenarioCommand::Capture {
        name: "Table two".into(),
        note: String::new(),
        levers: s.workshop.default_values(),
    });
    assert_eq!(s.derived.compared.len(), 3);
    s
}

/// Model runs while `command` is applied.
fn runs(s: &mut AppState, command: impl Into<Command>) -> u64 {
    let before = runs_on_this_thread();
    s.apply(command);
    runs_on_this_thread() - before
}

#[test]
fn each_result_is_worked_out_again_only_when_its_own_inputs_change() {
    let mut s = comparing_three();
    assert!(s.derived.baseline.is_some());
    // A lever: the current projection alone; the baseline and compared scenarios stand.
    let lever = LeverCommand::Set {
        lever: 0,
        value: 40.0,
        dragging: false,
    };
    assert_eq!(runs(&mut s, lever), 1);
    // Nothing new: nothing at all.
    assert_eq!(runs(&mut s, WindowCommand::SetView(View::Explore)), 0);
    assert_eq!(runs(&mut s, WindowCommand::SetView(View::Compare)), 0);
    // A new name is shown, with no projection run for it.
    let id = s.captured[0].id.clone();
    let rename = ScenarioCommand::Rename {
        id: id.clone(),
        name: "Table 2's plan".into(),
    };
    assert_eq!(runs(&mut s, rename), 0);
    assert_eq!(s.derived.compared[2].name, "Table 2's plan");
    // An assumption: the current levers, the baseline and the three compared.
    let growth = AssumptionCommand::Set {
        id: "demographic_growth".into(),
        value: 2.0,
    };
    assert_eq!(runs(&mut s, growth), 5);
    assert_eq!(
        s.derived.compared[1].projection,
        simulate(
            &s.assumptions,
            &s.workshop
                .values_for(s.workshop.scenario("new-deal").unwrap())
        )
    );
}

#[test]
fn an_assumption_is_checked_by_one_rule_and_refused_with_its_reason() {
    let mut s = AppState::new(Workshop::bundled(), None);
    let before = s.assumptions.clone();
    let why = s.assumptions.check("demographic_growth", 50.0).unwrap_err();
    s.apply(AssumptionCommand::Set {
        id: "demographic_growth".into(),
        value: 50.0,
    });
    assert_eq!(s.assumptions, before, "refused");
    assert!(!s.history.can_undo(), "no undo step for a refusal");
    let notice = s.notice.clone().expect("the reason is shown");
    assert!(
        notice.error && notice.text == jaws::present::format::capitalise(&why),
        "{notice:?}"
    );
    // Base year and horizon go the same way as every other assumption.
    s.apply(AssumptionCommand::Set {
        id: "horizon_years".into(),
        value: 20.0,
    });
    assert_eq!(s.assumptions.horizon_years, 20);
    assert_eq!(s.derived.projection.rows.len(), 20);
    s.apply(AssumptionCommand::Set {
        id: "horizon_years".into(),
        value: 20.5,
    });
    assert_eq!(s.assumptions.horizon_years, 20);
}

/// Answers every dialog with a fixed folder's files, or cancels.
struct Picker(Option<PathBuf>);

impl FilePicker for Picker {
    fn save_file(&self, _: &str, suggested: &str, _: &str) -> Option<PathBuf> {
        self.0.as_ref().map(|d| d.join(suggested))
    }
    fn open_files(&self, _: &str) -> Option<Vec<PathBuf>> {
        self.0.clone().map(|p| vec![p])
    }
    fn pick_folder(&self, _: &str) -> Option<PathBuf> {
        self.0.as_ref().map(|d| d.join("report"))
    }
}

#[test]
fn a_file_dialog_is_asked_for_by_a_command_and_answered_afterwards() {
    let tmp = scratch("requests");
    let dir = tmp.path();
    let mut s = AppState::new(Workshop::bundled(), Some("new-deal"));
    s.apply(FileRequest::ExportChart);
    assert_eq!(
        s.file_requests,
        [FileRequest::ExportChart],
        "asked, not opened"
    );
    // Cancelled: nothing happens and nothing is left waiting.
    s.answer_file_requests(&Picker(None));
    assert!(s.file_requests.is_empty());
    assert!(s.notice.is_none());
    // Answered: the chart is written where the person chose.
    s.apply(FileRequest::ExportChart);
    s.answer_file_requests(&Picker(Some(dir.to_path_buf())));
    assert!(dir.join("jaws.png").is_file());
    assert!(!s.notice.as_ref().unwrap().error);
}

#[test]
fn save_asks_where_the_first_time_and_saves_there_after() {
    let tmp = scratch("save-session");
    let dir = tmp.path();
    let mut s = AppState::new(Workshop::bundled(), Some("new-deal"));
    s.apply(FileCommand::SaveSession(None));
    assert_eq!(s.file_requests, [FileRequest::SaveSessionAs]);
    s.answer_file_requests(&Picker(Some(dir.to_path_buf())));
    let path = dir.join("new-model.jaws");
    assert_eq!(s.session_path.as_deref(), Some(path.as_path()));
    load_session(&path, &s.workshop).expect("a readable session");
    // Again: saved in the same place without asking.
    s.apply(ScenarioCommand::Load("old-deal".into()));
    s.apply(FileCommand::SaveSession(None));
    assert!(s.file_requests.is_empty());
    let saved = load_session(&path, &s.workshop).unwrap();
    assert_eq!(saved.current_values(&s.workshop), s.levers);
}

#[test]
fn a_workshop_file_asked_for_opens_in_place_of_this_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("workshops/cabinet-60.ron");
    let mut s = AppState::new(Workshop::bundled(), None);
    s.apply(FileRequest::OpenWorkshop);
    s.answer_file_requests(&Picker(Some(path)));
    assert_eq!(
        s.workshop.id,
        Workshop::bundled_named("cabinet-60").unwrap().id
    );
}

/// Something a room might do, as a small value proptest can generate and shrink.
#[derive(Clone, Debug)]
enum Step {
    Lever(usize, f64, bool),
    EndDrag,
    Assumption(usize, f64),
    Horizon(u32),
    Undo,
    Redo,
    Load(usize),
    Baseline(Option<usize>),
    ToggleCompare(usize),
    Capture,
    View(usize),
    MapYear(usize),
    Present,
    NextStage,
    StopPresenting,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..17usize, 0.0..=1.0f64, any::<bool>()).prop_map(|(i, f, d)| Step::Lever(i, f, d)),
        1 => Just(Step::EndDrag),
        2 => (0..ASSUMPTION_SPECS.len(), 0.0..=1.0f64).prop_map(|(i, f)| Step::Assumption(i, f)),
        1 => (5..=30u32).prop_map(Step::Horizon),
        1 => Just(Step::Undo),
        1 => Just(Step::Redo),
        1 => (0..8usize).prop_map(Step::Load),
        1 => proptest::option::of(0..8usize).prop_map(Step::Baseline),
        2 => (0..8usize).prop_map(Step::ToggleCompare),
        1 => Just(Step::Capture),
        1 => (0..View::ALL.len()).prop_map(Step::View),
        1 => (0..30usize).prop_map(Step::MapYear),
        1 => Just(Step::Present),
        1 => Just(Step::NextStage),
        1 => Just(Step::StopPresenting),
    ]
}

fn command(s: &AppState, step: &Step) -> Command {
    let scenario = |i: usize| {
        let all: Vec<_> = s.all_scenarios().map(|x| x.id.clone()).collect();
        all[i % all.len()].clone()
    };
    match *step {
        Step::Lever(i, f, dragging) => {
            let l = &s.workshop.levers[i];
            LeverCommand::Set {
                lever: i,
                value: l.min + f * (l.max - l.min),
                dragging,
            }
            .into()
        }
        Step::EndDrag => LeverCommand::EndDrag.into(),
        Step::Assumption(i, f) => {
            let spec = &ASSUMPTION_SPECS[i];
            AssumptionCommand::Set {
                id: spec.id.into(),
                value: spec.min + f * (spec.max - spec.min),
            }
            .into()
        }
        Step::Horizon(years) => AssumptionCommand::Set {
            id: "horizon_years".into(),
            value: f64::from(years),
        }
        .into(),
        Step::Undo => HistoryCommand::Undo.into(),
        Step::Redo => HistoryCommand::Redo.into(),
        Step::Load(i) => ScenarioCommand::Load(scenario(i)).into(),
        Step::Baseline(i) => ScenarioCommand::SetBaseline(i.map(scenario)).into(),
        Step::ToggleCompare(i) => ScenarioCommand::ToggleCompare(scenario(i)).into(),
        Step::Capture => ScenarioCommand::Capture {
            name: "Captured".into(),
            note: String::new(),
            levers: s.levers,
        }
        .into(),
        Step::View(i) => WindowCommand::SetView(View::ALL[i]).into(),
        Step::MapYear(y) => MapCommand::SetYear(y).into(),
        Step::Present => PresentCommand::Start.into(),
        Step::NextStage => PresentCommand::NextStage.into(),
        Step::StopPresenting => PresentCommand::Stop.into(),
    }
}

/// Everything in `Derived` that a fresh computation from the session would give.
fn assert_current(s: &AppState, after: &Step) {
    let d = &s.derived;
    let project = |id: &str| {
        simulate(
            &s.assumptions,
            &s.workshop.values_for(s.find_scenario(id).unwrap()),
        )
    };
    assert_eq!(
        d.projection,
        simulate(&s.assumptions, &s.levers),
        "projection after {after:?}"
    );
    // A baseline is drawn once the levers differ from it: never against itself.
    let baseline = s
        .baseline
        .as_deref()
        .filter(|id| s.workshop.values_for(s.find_scenario(id).unwrap()) != s.levers);
    assert_eq!(
        d.baseline,
        baseline.map(project),
        "baseline after {after:?}"
    );
    let compared: Vec<_> = d.compared.iter().map(|c| c.id.clone()).collect();
    assert_eq!(compared, s.compare, "compared after {after:?}");
    for c in &d.compared {
        assert_eq!(c.projection, project(&c.id), "{} after {after:?}", c.id);
        assert_eq!(c.headlines, c.projection.headlines());
        assert_eq!(c.name, s.find_scenario(&c.id).unwrap().name);
    }
    let differing: Vec<usize> = (0..s.workshop.levers.len())
        .filter(|&i| {
            d.compared
                .iter()
                .any(|c| c.levers.0[i] != d.compared[0].levers.0[i])
        })
        .collect();
    assert_eq!(d.differing, differing, "differing after {after:?}");
    let challenge = s
        .presented_stage()
        .and_then(|st| st.challenge.as_ref())
        .map(|c| c.is_met(&d.projection, &s.levers));
    assert_eq!(
        d.challenge.as_ref().map(|c| c.met),
        challenge,
        "challenge after {after:?}"
    );
    assert_eq!(d.map.is_some(), s.view == View::Map);
    assert_eq!(d.tornado.is_some(), s.view == View::Analyse);
    if let Some(map) = &d.map {
        let year = s.map.year;
        assert!(year < s.assumptions.horizon_years as usize);
        let effects = jaws::model::influence::link_effects(
            &s.assumptions,
            &s.levers,
            year,
            jaws::model::influence::Nudge::Relative,
        );
        assert_eq!(map.effects, effects, "map after {after:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever a room does, in any order, what the views read is what the session gives:
    /// nothing is left over from before a change.
    #[test]
    fn derived_results_always_match_the_session(steps in proptest::collection::vec(step(), 1..14)) {
        let mut s = AppState::new(Workshop::bundled(), Some("old-deal"));
        s.apply(WindowCommand::SetUncertainty(false));
        for step in &steps {
            let c = command(&s, step);
            s.apply(c);
            assert_current(&s, step);
        }
        if let Some(bars) = &s.derived.tornado {
            let fresh = jaws::model::sensitivity::tornado(
                &s.assumptions,
                &s.workshop.uncertain,
                &s.levers,
                &s.workshop.levers,
            );
            prop_assert_eq!(bars, &fresh);
        }
    }
}

#[test]
fn an_undo_or_redo_is_autosaved_like_any_other_change() {
    let tmp = scratch("undo-autosave");
    let saved = tmp.path().join("new-model.session.ron");
    let mut s = AppState::new(Workshop::bundled(), Some("old-deal"));
    s.apply(WindowCommand::SetUncertainty(false));
    s.use_autosave(tmp.path());
    s.now = 1.0;
    s.apply(ScenarioCommand::Load("new-deal".into()));
    s.now = 10.0;
    s.autosave_tick();
    for (at, step) in [(11.0, HistoryCommand::Undo), (21.0, HistoryCommand::Redo)] {
        s.now = at;
        s.apply(step);
        s.now = at + 9.0;
        s.autosave_tick();
        let on_disk = load_session(&saved, &s.workshop).unwrap();
        assert_eq!(
            on_disk.current_values(&s.workshop),
            s.levers,
            "after {step:?} the file holds the levers on screen"
        );
    }
}

#[test]
fn files_written_for_an_earlier_jaws_open_and_the_room_is_told_what_changed() {
    let tmp = scratch("older-files");
    let session = tmp.path().join("session.ron");
    std::fs::write(
        &session,
        "(format: \"jaws-session\", version: 1, workshop: \"new-model\", levers: { \"transformation_investment\": 15.0 })",
    )
    .unwrap();
    let mut s = AppState::new(Workshop::bundled(), None);
    assert!(s.notice.is_none(), "today's workshop needs no note");
    s.apply(FileCommand::Open(vec![session.clone()]));
    let lever = jaws::model::lever_index("transformation_investment").unwrap();
    assert_eq!(s.levers.0[lever], 2.0, "£15m a year of £750m");
    let notice = s.notice.clone().expect("a notice");
    assert!(!notice.error, "{}", notice.text);
    assert!(
        notice.text.contains("version 1") && notice.text.contains("share of the budget"),
        "{}",
        notice.text
    );

    // A workshop of version 2 says so as it opens.
    let v2 = jaws::workshop::parse_workshop("v2.ron", include_str!("../fixtures/new-model-v2.ron"))
        .unwrap();
    let s = AppState::new(v2, None);
    let notice = s.notice.expect("the workshop's note");
    assert!(notice.text.contains("version 2"), "{}", notice.text);
}
