//! A workshop's own words in Welsh (issue 17, item 4): the presenter's stage shows the
//! workshop's Welsh in a Welsh window, both on the bilingual stage, and English where a
//! workshop has no Welsh.

use egui_kittest::Harness;
use jaws::app::{AppState, PresentCommand, ScenarioCommand, WindowCommand};
use jaws::i18n::{self, Lang};
use jaws::ui::shell::JawsApp;
use jaws::workshop::{Words, Workshop};

use crate::painted::{harness, texts};

fn painted(h: &Harness<'_, JawsApp>) -> Vec<String> {
    texts(h).into_iter().map(|t| t.text).collect()
}

/// The presenter's screen of `w` at `stage`, with the notes beside it (not full screen).
fn presenting(w: Workshop, stage: usize) -> Harness<'static, JawsApp> {
    let mut h = harness(AppState::new(w, None), [1280.0, 720.0]);
    crate::cymraeg::present_beside_notes(&mut h);
    h.state_mut().state.apply(PresentCommand::GoToStage(stage));
    h.run();
    h.run();
    h
}

#[test]
fn in_cymraeg_the_new_model_stage_shows_its_welsh_title_and_narrative() {
    let _after = i18n::scoped(Lang::Cy);
    let w = Workshop::bundled();
    let jaws = w.stage_index("the-jaws").unwrap();
    let h = presenting(w.clone(), jaws);
    let words = painted(&h);
    assert!(words.iter().any(|t| t == "Y safnau"), "{words:?}");
    let narrative = w.text(Words::Narrative(jaws), Lang::Cy);
    assert!(narrative.starts_with("Mae'r galw'n codi"), "{narrative}");
    assert!(words.iter().any(|t| t == narrative), "{words:?}");
    // The facilitator's notes too: the Welsh talking points, not the English.
    let point = w.text(Words::TalkingPoint(jaws, 0), Lang::Cy);
    assert_ne!(point, w.stages[jaws].talking_points[0]);
    assert!(words.iter().any(|t| t == point), "{words:?}");
    assert!(!words.iter().any(|t| t == "The jaws"), "{words:?}");
}

#[test]
fn on_the_bilingual_stage_both_titles_show_welsh_first() {
    let _after = i18n::scoped(Lang::EnGb);
    let w = Workshop::bundled();
    let jaws = w.stage_index("the-jaws").unwrap();
    let mut h = presenting(w.clone(), jaws);
    h.state_mut()
        .state
        .apply(WindowCommand::SetBilingualStage(true));
    h.run();
    h.run();
    let words = painted(&h);
    assert!(
        words.iter().any(|t| t == "Y safnau · The jaws"),
        "{words:?}"
    );
    // The narrative in Welsh, then in English, each whole.
    let cy = words
        .iter()
        .position(|t| t == w.text(Words::Narrative(jaws), Lang::Cy));
    let en = words
        .iter()
        .position(|t| t == w.text(Words::Narrative(jaws), Lang::EnGb));
    assert!(
        matches!((cy, en), (Some(c), Some(e)) if c < e),
        "{cy:?} {en:?} {words:?}"
    );
}

#[test]
fn a_workshop_with_no_welsh_shows_its_english_in_a_welsh_window() {
    let _after = i18n::scoped(Lang::Cy);
    let w = Workshop::bundled_named("cabinet-60").unwrap();
    assert!(w.translations.is_empty(), "cabinet-60 is English only");
    let title = w.stages[0].title.clone();
    let h = presenting(w, 0);
    let words = painted(&h);
    assert!(words.contains(&title), "{title} in {words:?}");
    // The window's own words are still Welsh.
    assert!(
        words.iter().any(|t| t == "Rhoi'r gorau i gyflwyno"),
        "{words:?}"
    );
}

#[test]
fn in_cymraeg_the_workshop_s_scenarios_have_their_welsh_names() {
    let _after = i18n::scoped(Lang::Cy);
    let mut h = harness(AppState::new(Workshop::bundled(), None), [1280.0, 720.0]);
    h.state_mut()
        .state
        .apply(ScenarioCommand::SetBaseline(Some("old-deal".into())));
    h.run();
    h.run();
    let words = painted(&h);
    assert!(
        words.iter().any(|t| t.contains("Yr hen fargen")),
        "{words:?}"
    );
    assert!(
        !words.iter().any(|t| t.contains("The old deal")),
        "{words:?}"
    );
    // Its levers by their Welsh names, and their bands.
    assert!(
        words.iter().any(|t| t == "Meithrin perthnasoedd"),
        "{words:?}"
    );
    assert!(
        !words.iter().any(|t| t == "Relationship building"),
        "{words:?}"
    );
    assert!(words.iter().any(|t| t.ends_with(" · dal")), "{words:?}");
}
