//! The window in Welsh: the Language menu switches the toolbar and the presenter's screen,
//! the choice is remembered, and in the pseudo-locale every word of the toolbar and the
//! stage's heading comes from the catalogue.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::presenter::NotesPlace;
use jaws::app::{
    AppState, Command, PresentCommand, ScenarioCommand, SeekCommand, SessionCommand, View,
    WindowCommand,
};
use jaws::i18n::{self, Lang};
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;

use crate::painted::{harness, texts};

/// Present, with the facilitator's notes beside the stage (they hide in full screen: out of
/// it, as on one laptop).
pub(crate) fn present_beside_notes(h: &mut Harness<'_, JawsApp>) {
    h.state_mut().state.apply(PresentCommand::Start);
    h.state_mut()
        .state
        .apply(PresentCommand::SetNotesPlace(NotesPlace::Panel));
    if h.state()
        .state
        .presenter
        .as_ref()
        .is_some_and(|p| p.fullscreen)
    {
        h.state_mut().state.apply(PresentCommand::ToggleFullscreen);
    }
}

/// Ask "what would it take?" its default question on the analyse view, and wait for the
/// answer (at most 20 seconds).
fn answer_the_seek(h: &mut Harness<'_, JawsApp>) {
    h.state_mut()
        .state
        .apply(WindowCommand::SetView(View::Analyse));
    h.state_mut().state.apply(SeekCommand::Start);
    let started = std::time::Instant::now();
    while h.state().state.seek_job.is_some() {
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    h.run();
}

fn explore() -> Harness<'static, JawsApp> {
    let mut h = harness(AppState::new(Workshop::bundled(), None), [1280.0, 720.0]);
    h.run();
    h
}

fn painted(h: &Harness<'_, JawsApp>) -> Vec<String> {
    texts(h).into_iter().map(|t| t.text).collect()
}

#[test]
fn the_language_menu_turns_the_window_and_the_stage_welsh_and_back() {
    let _english_after = i18n::scoped(Lang::EnGb);
    let mut h = explore();
    assert!(painted(&h).iter().any(|t| t == "Explore"));
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("Language · Iaith").click();
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "Cymraeg")
        .click();
    h.run();
    h.run();
    assert_eq!(i18n::lang(), Lang::Cy);
    assert_eq!(h.state().state.prefs.lang, Some(Lang::Cy), "remembered");
    let words = painted(&h);
    for welsh in [
        "Archwilio",
        "▶ Cyflwyno",
        "Cymharu",
        "Ein bargen",
        "Ffeil",
        "Cymorth",
    ] {
        assert!(
            words.iter().any(|t| t == welsh),
            "no {welsh:?} in {words:?}"
        );
    }
    assert!(!words.iter().any(|t| t == "Explore" || t == "▶ Present"));
    // The presenter's screen speaks Welsh too: the challenge and its mark.
    let w = &h.state().state.workshop;
    let challenged = w.stages.iter().position(|s| s.challenge.is_some()).unwrap();
    h.state_mut().state.apply(PresentCommand::Start);
    h.state_mut()
        .state
        .apply(PresentCommand::GoToStage(challenged));
    h.run();
    h.run();
    let words = painted(&h);
    assert!(words.iter().any(|t| t == "Her:"), "{words:?}");
    assert!(
        words.iter().any(|t| t.starts_with("✔ Wedi")
            || t.starts_with("✘ Heb")
            || t.starts_with("? Ni ellir")),
        "{words:?}"
    );
    assert!(!words.iter().any(|t| t == "Challenge:"));
    // And back to English by the same menu, named in English whatever is spoken.
    h.state_mut().state.apply(PresentCommand::Stop);
    h.run();
    h.get_by_label("Cymorth").click();
    h.run();
    h.get_by_label("Iaith · Language").click();
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "English")
        .click();
    h.run();
    h.run();
    assert_eq!(i18n::lang(), Lang::EnGb);
    assert!(painted(&h).iter().any(|t| t == "Explore"));
}

/// Text that is not the catalogue's: numbers and codes, icons, and what the workshop file
/// says (its scenario names).
fn not_words(t: &str, w: &Workshop) -> bool {
    !t.chars().any(char::is_alphabetic)
        || t.starts_with("JAWS-")
        || w.scenarios.iter().any(|s| s.name == t)
}

#[test]
fn in_the_pseudo_locale_every_word_of_the_toolbar_and_the_stage_heading_is_the_catalogues() {
    let _english_after = i18n::scoped(Lang::EnGb);
    i18n::set_pseudo(true);
    let mut h = explore();
    h.run();
    let w = Workshop::bundled();
    let all = texts(&h);
    // The toolbar is everything above the lowest of its own words.
    let bottom = all
        .iter()
        .filter(|t| {
            t.text.contains("[!! ") && (t.text.contains("File") || t.text.contains("Explore"))
        })
        .map(|t| t.rect.max.y)
        .fold(0.0, f32::max);
    assert!(bottom > 0.0, "the toolbar was found");
    let stray: Vec<&str> = all
        .iter()
        .filter(|t| t.rect.max.y <= bottom + 1.0)
        .map(|t| t.text.as_str())
        .filter(|t| !t.starts_with("[!! ") && !not_words(t, &w))
        .collect();
    assert!(
        stray.is_empty(),
        "toolbar text not from the catalogue: {stray:?}"
    );

    let challenged = w.stages.iter().position(|s| s.challenge.is_some()).unwrap();
    h.state_mut().state.apply(PresentCommand::Start);
    h.state_mut()
        .state
        .apply(PresentCommand::GoToStage(challenged));
    h.run();
    h.run();
    let stage = &w.stages[challenged];
    let challenge = stage
        .challenge
        .as_ref()
        .map(|c| c.wording.clone())
        .unwrap_or_default();
    let all = texts(&h);
    let heading: Vec<&str> = all
        .iter()
        .map(|t| t.text.as_str())
        .filter(|t| t.contains("Challenge") || t.contains("Met") || t.contains("judged"))
        .collect();
    assert!(!heading.is_empty());
    for t in heading {
        assert!(
            t.starts_with("[!! ") || t == challenge,
            "{t:?} not from the catalogue"
        );
    }
}

#[test]
fn a_bilingual_stage_shows_welsh_then_english_whatever_the_window_speaks() {
    let _english_after = i18n::scoped(Lang::EnGb);
    let mut h = explore();
    let w = Workshop::bundled();
    let challenged = w.stages.iter().position(|s| s.challenge.is_some()).unwrap();
    present_beside_notes(&mut h);
    h.state_mut()
        .state
        .apply(PresentCommand::GoToStage(challenged));
    h.run();
    h.run();
    assert!(painted(&h).iter().any(|t| t == "Challenge:"));
    // The facilitator ticks it in the notes beside the stage.
    h.get_by_role_and_label(Role::CheckBox, "Welsh and English on the stage")
        .click();
    h.run();
    h.run();
    assert!(h.state().state.prefs.bilingual_stage, "remembered");
    let words = painted(&h);
    assert!(words.iter().any(|t| t == "Her · Challenge:"), "{words:?}");
    assert!(
        words
            .iter()
            .any(|t| t.starts_with("✔ Wedi'i chyflawni · ✔ Met")
                || t.starts_with("✘ Heb ei chyflawni eto · ✘ Not met yet")
                || t.starts_with("? Ni ellir")),
        "{words:?}"
    );
    // The chart's key too, on the projector.
    assert!(words.iter().any(|t| t == "Galw · Demand"), "{words:?}");
    // The rest of the window keeps its own language.
    assert!(words.iter().any(|t| t == "Stop presenting"), "{words:?}");
}

/// What the workshop file says, which is not the catalogue's: workshops carry their own text
/// (one language for now).
fn data_words(w: &Workshop) -> Vec<String> {
    let mut words: Vec<String> = vec![w.title.clone(), w.organisation.clone()];
    // The workshop picker lists every built-in workshop by its own title and audience.
    for other in Workshop::bundled_all() {
        words.extend([other.title, other.audience, other.description]);
    }
    words.extend(w.scenarios.iter().map(|s| s.name.clone()));
    // The compare view offers the illustrative councils by their own names.
    for c in jaws::workshop::bundled_councils() {
        words.extend([c.title(), c.heading()]);
    }
    for s in &w.stages {
        words.extend([s.title.clone(), s.narrative.clone(), s.question.clone()]);
        words.extend(s.talking_points.iter().cloned());
        words.extend(s.predict.iter().cloned());
        words.extend(s.challenge.iter().map(|c| c.wording.clone()));
    }
    for l in &w.levers {
        words.extend([l.label.clone(), l.unit.clone(), l.description.clone()]);
        words.extend(l.bands.iter().map(|b| b.label.clone()));
    }
    // The model's units, whole and as the tornado shortens them: they come through the
    // catalogue (`unit-…`) but sit inside a figure, so the pseudo-locale leaves them unwrapped.
    for a in jaws::model::ASSUMPTION_SPECS {
        words.extend([
            a.unit.to_string(),
            jaws::present::format::short_unit(a.unit).to_string(),
        ]);
    }
    words.retain(|w| !w.trim().is_empty());
    // Longest first, so a label inside a longer text is not taken out before it.
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
}

/// Whether a painted text has a word not from the catalogue: wrapped text, figures and
/// the workshop's and model's own words taken out, nothing with two letters running is left.
fn stray(text: &str, data: &[String]) -> bool {
    // Wrapped by the catalogue, or a scenario code.
    if text.contains("[!! ") || text.starts_with("JAWS-") {
        return false;
    }
    // Figures out: "£0.5m a year" is the lever's unit, "£m a year", with a number in it.
    let figures = |t: &str| -> String {
        t.chars()
            .filter(|c| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '−' | '-')))
            .collect()
    };
    let mut rest = figures(text);
    for d in data.iter().map(|d| figures(d)) {
        rest = rest.replace(&d, " ");
    }
    // A feedback loop's row: its letter and the model's name for it.
    if rest.trim_start().starts_with("R  ") || rest.trim_start().starts_with("B  ") {
        return false;
    }
    let letters: Vec<char> = rest.chars().collect();
    letters
        .windows(2)
        .any(|p| p[0].is_alphabetic() && p[1].is_alphabetic())
}

#[test]
fn in_the_pseudo_locale_no_view_dialog_or_stage_shows_a_word_of_its_own() {
    let _english_after = i18n::scoped(Lang::EnGb);
    i18n::set_pseudo(true);
    let w = Workshop::bundled();
    let data = data_words(&w);
    let mut h = harness(AppState::new(w.clone(), None), [1280.0, 720.0]);
    let mut found = std::collections::BTreeSet::new();
    let mut look = |h: &Harness<'_, JawsApp>, at: &str| {
        for t in texts(h) {
            if stray(&t.text, &data) {
                found.insert(format!("{at}: {:?}", t.text));
            }
        }
    };
    for view in View::ALL {
        h.state_mut().state.apply(WindowCommand::SetView(view));
        h.run();
        h.run();
        look(&h, &format!("{view:?}"));
    }
    // An answer to "what would it take?", its goal words and units.
    answer_the_seek(&mut h);
    h.run();
    assert!(h.state().state.seek_result.is_some(), "an answer");
    look(&h, "seek answer");
    // A problem in a file dropped on the window.
    let tmp = crate::common::scratch("pseudo-broken");
    let broken = tmp.path().join("broken.jaws-workshop");
    std::fs::write(
        &broken,
        include_str!("../../workshops/new-model.ron").replacen(
            "\"co_production\": 3.0",
            "\"co_prodution\": 3.0",
            1,
        ),
    )
    .unwrap();
    h.input_mut().dropped_files = vec![std::sync::Arc::new(crate::scenarios::Dropped(broken))];
    h.run();
    h.run();
    assert!(
        h.state().state.notice.as_ref().is_some_and(|n| n.error),
        "the problem is told"
    );
    look(&h, "file problem");
    h.state_mut().state.apply(WindowCommand::DismissNotice);
    h.run();
    h.state_mut()
        .state
        .apply(WindowCommand::SetView(View::Explore));
    h.run();
    // The dialogs, one at a time.
    let dialogs: [(&str, Command, Command); 3] = [
        (
            "capture",
            ScenarioCommand::OpenCaptureDialog.into(),
            ScenarioCommand::CancelCaptureDialog.into(),
        ),
        (
            "code",
            ScenarioCommand::OpenCodeDialog.into(),
            ScenarioCommand::CancelCodeDialog.into(),
        ),
        (
            "workshops",
            SessionCommand::OpenWorkshopPicker.into(),
            SessionCommand::CloseWorkshopPicker.into(),
        ),
    ];
    for (name, open, close) in dialogs {
        h.state_mut().state.apply(open);
        h.run();
        h.run();
        look(&h, name);
        h.state_mut().state.apply(close);
        h.run();
    }
    // Every stage of every shipped workshop, on the projector.
    for w in Workshop::bundled_all() {
        let data = data_words(&w);
        let mut h = harness(AppState::new(w.clone(), None), [1280.0, 720.0]);
        h.state_mut().state.apply(PresentCommand::Start);
        for (i, stage) in w.stages.iter().enumerate() {
            h.state_mut().state.apply(PresentCommand::GoToStage(i));
            h.run();
            h.run();
            for t in texts(&h) {
                if stray(&t.text, &data) {
                    found.insert(format!("{} stage {}: {:?}", w.id, stage.id, t.text));
                }
            }
        }
    }
    assert!(found.is_empty(), "not from the catalogue: {found:#?}");
}

#[test]
fn every_view_at_720p_cuts_no_words_in_welsh_or_english() {
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
    for lang in Lang::ALL {
        let _speak = i18n::scoped(lang);
        let mut h = explore();
        let hint = i18n::tr("seek-custom-hint");
        for view in View::ALL {
            h.state_mut().state.apply(WindowCommand::SetView(view));
            h.run();
            h.run();
            for t in texts(&h) {
                if !t.visible(screen) || t.text == hint {
                    continue;
                }
                // Running off the bottom of a list that scrolls is fine; shortened with an
                // ellipsis, or cut at a side, is not.
                let (r, c) = (t.rect.shrink(0.5), t.clip);
                let sides = r.left() < c.left().max(0.0) || r.right() > c.right().min(1280.0);
                assert!(
                    !t.elided && !sides,
                    "{lang} {view:?}: {:?} is cut (at {:?}, clip {:?})",
                    t.text,
                    t.rect,
                    t.clip
                );
            }
        }
    }
}

#[test]
fn the_window_speaks_the_language_asked_for_else_the_one_chosen_before() {
    let _english_after = i18n::scoped(Lang::EnGb);
    let mut state = AppState::new(Workshop::bundled(), None);
    state.prefs.lang = Some(Lang::Cy);
    let mut app = JawsApp::headless(state);
    app.choose_language(None);
    assert_eq!(
        i18n::lang(),
        Lang::Cy,
        "the choice remembered from the menu"
    );
    app.choose_language(Some(Lang::EnGb));
    assert_eq!(i18n::lang(), Lang::EnGb, "--lang wins for this run");
    assert_eq!(
        app.state.prefs.lang,
        Some(Lang::Cy),
        "and is not remembered"
    );
}

/// A workshop with a mistyped lever, dropped on the window in Welsh: the problem is told in
/// Welsh, with its place and the lever it probably means, and the file is left as it was.
#[test]
fn a_broken_workshop_dropped_on_the_welsh_window_is_reported_in_welsh() {
    use std::sync::Arc;
    let _welsh = i18n::scoped(Lang::Cy);
    let tmp = crate::common::scratch("cymraeg-broken");
    let broken = tmp.path().join("ein-gweithdy.jaws-workshop");
    let text = include_str!("../../workshops/new-model.ron").replacen(
        "\"co_production\": 3.0",
        "\"co_prodution\": 3.0",
        1,
    );
    std::fs::write(&broken, &text).unwrap();
    let mut h = explore();
    h.input_mut().dropped_files = vec![Arc::new(crate::scenarios::Dropped(broken.clone()))];
    h.run();
    h.run();
    let notice = h.state().state.notice.clone().expect("a notice");
    assert!(notice.error, "{}", notice.text);
    let said = "lifer anhysbys \"co_prodution\" (ai \"co_production\" oedd gennych mewn golwg?)";
    assert!(
        notice.text.contains("ein-gweithdy.jaws-workshop:") && notice.text.contains(said),
        "{}",
        notice.text
    );
    for english in ["unknown lever", "did you mean", "the levers are"] {
        assert!(!notice.text.contains(english), "{}", notice.text);
    }
    // On the screen, where the room reads it.
    assert!(
        painted(&h).iter().any(|t| t.contains(said)),
        "{:?}",
        painted(&h)
    );
    assert_eq!(std::fs::read_to_string(&broken).unwrap(), text);
}

/// An answer to "what would it take?" found in English reads in Welsh once the window is
/// switched to Welsh: its question and how it fares, not only the headings round it.
#[test]
fn a_seek_answer_found_in_english_is_reworded_when_the_window_turns_welsh() {
    let _english_after = i18n::scoped(Lang::EnGb);
    let mut h = explore();
    answer_the_seek(&mut h);
    let english = "The gap closed in every year from 2032";
    assert!(
        painted(&h).iter().any(|t| t.contains(english)),
        "{:?}",
        painted(&h)
    );
    h.state_mut()
        .state
        .apply(WindowCommand::SetLanguage(Lang::Cy));
    h.run();
    h.run();
    let words = painted(&h);
    assert!(
        words
            .iter()
            .any(|t| t.contains("Y bwlch wedi'i gau ym mhob blwyddyn o 2032")),
        "{words:?}"
    );
    assert!(!words.iter().any(|t| t.contains(english)), "{words:?}");
}
