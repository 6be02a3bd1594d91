//! Presenter mode as a room sees it on a projector at 1280x720, 1920x1080 and 3840x2160: type
//! that grows with the screen, and every stage of every shipped workshop fitting the smallest.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::presenter::NotesPlace;
use jaws::app::{AppState, PresentCommand};
use jaws::i18n::{self, Lang};
use jaws::ui::shell::JawsApp;
use jaws::workshop::{StageView, Words, Workshop};

use crate::painted::{PROJECTORS, harness, state, texts};

/// Presenting `workshop` on a screen of `size`, notes hidden (they are on the laptop).
pub fn presenting(workshop: Workshop, size: [f32; 2]) -> Harness<'static, JawsApp> {
    let mut s = AppState::new(workshop, None);
    s.apply(PresentCommand::Start);
    s.apply(PresentCommand::SetNotesPlace(NotesPlace::Hidden));
    let mut h = harness(s, size);
    h.run();
    h
}

pub fn go_to(h: &mut Harness<'_, JawsApp>, stage: usize) {
    h.state_mut().state.apply(PresentCommand::GoToStage(stage));
    h.run();
    h.run();
}

#[test]
fn presenter_type_grows_with_the_window_title_narrative_and_every_label() {
    for (size, workshop) in PROJECTORS
        .into_iter()
        .flat_map(|size| Workshop::bundled_all().into_iter().map(move |w| (size, w)))
    {
        let height = size[1];
        let stages = workshop.stages.clone();
        let mut h = presenting(workshop, size);
        for (i, stage) in stages.iter().enumerate() {
            go_to(&mut h, i);
            let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size.into());
            let shown: Vec<_> = texts(&h)
                .into_iter()
                .filter(|t| t.visible(screen))
                .collect();
            let at = |what: &str| {
                format!(
                    "{}x{} {} stage {} ({what})",
                    size[0],
                    size[1],
                    state(&h).workshop.id,
                    stage.id
                )
            };
            let title = shown
                .iter()
                .find(|t| t.text == stage.title)
                .unwrap_or_else(|| panic!("{}: no title", at("title")));
            assert!(
                title.size >= height / 20.0,
                "{}: title {} < {}",
                at("title"),
                title.size,
                height / 20.0
            );
            let narrative = shown
                .iter()
                .find(|t| t.text == stage.narrative)
                .unwrap_or_else(|| panic!("{}: no narrative", at("narrative")));
            assert!(
                narrative.size >= height / 36.0,
                "{}: narrative {} < {}",
                at("narrative"),
                narrative.size,
                height / 36.0
            );
            for t in &shown {
                assert!(
                    t.size >= height / 48.0,
                    "{}: `{}` is {:.1} points, under a 48th of the height ({:.1})",
                    at("label"),
                    t.text,
                    t.size,
                    height / 48.0
                );
            }
        }
        assert_eq!(state(&h).stage, stages.len() - 1);
    }
}

/// Whether a widget can be used where it is: all of it on the screen.
fn on_screen(rect: egui::Rect, screen: egui::Rect) -> bool {
    screen.contains_rect(rect.shrink(0.5))
}

#[test]
fn every_stage_of_every_shipped_workshop_fits_a_720p_projector_in_welsh_english_and_both() {
    let size = [1280.0, 720.0];
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size.into());
    // Welsh runs 15-30% longer than English, and a bilingual stage has both: the stage must
    // still fit.
    let speaking = [(Lang::EnGb, false), (Lang::Cy, false), (Lang::EnGb, true)];
    for ((lang, both), workshop) in speaking
        .into_iter()
        .flat_map(|l| Workshop::bundled_all().into_iter().map(move |w| (l, w)))
    {
        let _speak = i18n::scoped(lang);
        let stages = workshop.stages.clone();
        let mut h = presenting(workshop, size);
        h.state_mut()
            .state
            .apply(jaws::app::WindowCommand::SetBilingualStage(both));
        for (n, stage) in stages.iter().enumerate() {
            go_to(&mut h, n);
            let st = state(&h);
            let at = format!(
                "{lang}{}: {} stage {}",
                if both { " and cy" } else { "" },
                st.workshop.id,
                stage.id
            );
            let painted = texts(&h);
            let whole = |words: &str| painted.iter().any(|t| t.text == words && t.whole(screen));
            // The stage's own words as the room sees them: in the language spoken, or in
            // Welsh then English on the bilingual stage (the narratives one under the other).
            let w = &st.workshop;
            let shown = |which| {
                let mut all = if both {
                    vec![w.text(which, Lang::Cy), w.text(which, Lang::EnGb)]
                } else {
                    vec![w.text(which, lang)]
                };
                all.dedup();
                all
            };
            let title = shown(Words::StageTitle(n)).join(" · ");
            assert!(whole(&title), "{at}: the title is cut");
            if !stage.narrative.is_empty() {
                for narrative in shown(Words::Narrative(n)) {
                    assert!(whole(narrative), "{at}: the narrative is cut");
                }
            }
            if stage.view == StageView::Explore {
                for (i, lever) in w.levers_in(lang).iter().enumerate() {
                    if !(stage.lever_visible(i) && stage.lever_unlocked(i)) {
                        continue;
                    }
                    assert!(
                        whole(&lever.label),
                        "{at}: `{}` is cut or hidden",
                        lever.label
                    );
                    let slider = h.get_by_role_and_label(Role::Slider, &lever.label);
                    assert!(
                        on_screen(slider.rect(), screen),
                        "{at}: the slider for `{}` is off the screen at {:?}",
                        lever.label,
                        slider.rect()
                    );
                }
            }
            if stage.view == StageView::Analyse {
                let find_words = i18n::tr("seek-find");
                let find = h.get_by_role_and_label(Role::Button, &find_words);
                assert!(
                    on_screen(find.rect(), screen),
                    "{at}: Find the smallest change is off the screen at {:?}",
                    find.rect()
                );
            }
        }
    }
}

/// The money marks painted up the side of the one chart on screen, top to bottom.
fn y_marks(h: &Harness<'_, JawsApp>) -> Vec<String> {
    let frame = crate::painted::plots(h)[0].frame;
    let mut marks: Vec<_> = texts(h)
        .into_iter()
        .filter(|t| t.text.contains('£') && t.rect.right() <= frame.left() + 2.0)
        .collect();
    marks.sort_by(|a, b| a.rect.top().total_cmp(&b.rect.top()));
    marks.into_iter().map(|t| t.text).collect()
}

#[test]
fn a_question_about_reserves_is_sketched_on_reserves_whose_axes_give_nothing_away() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        // The care workshop asks when its reserves fall below the minimum (the old deal of
        // the default workshop keeps them above it).
        let workshop = Workshop::bundled_named("adult-social-care").unwrap();
        let asked = workshop.stage_index("care-now").unwrap();
        let mut h = presenting(workshop, size);
        go_to(&mut h, asked);
        assert!(state(&h).predicting());
        // One chart: reserves, with the prudent minimum the question names.
        let charts = crate::painted::plots(&h);
        assert_eq!(charts.len(), 1, "{size:?}: only the chart asked about");
        let painted = texts(&h);
        assert!(
            painted.iter().any(|t| t.text == "Reserves"),
            "{size:?}: the reserves chart"
        );
        assert!(painted.iter().any(|t| t.text == "prudent minimum"));
        let before = y_marks(&h);
        assert!(before.len() >= 2, "{size:?}: {before:?}");

        // A future in which the answer moves two years (public engagement at its height,
        // which barely touches the first year): the axes stay as they were.
        let answer = state(&h)
            .derived
            .projection
            .headlines()
            .reserves_below_minimum;
        {
            let st = &mut h.state_mut().state;
            let i = jaws::model::lever_index("public_engagement").unwrap();
            st.levers.0[i] = 100.0;
            st.derive();
        }
        h.run();
        h.run();
        let st = state(&h);
        assert_ne!(
            st.derived.projection.headlines().reserves_below_minimum,
            answer,
            "the answer has moved"
        );
        assert_eq!(
            y_marks(&h),
            before,
            "{size:?}: the axes do not hint at the answer"
        );

        // The sketch starts where the pointer went down, not where the drag was noticed.
        let frame = crate::painted::plots(&h)[0].frame;
        let down = frame.left_center() + egui::vec2(frame.width() * 0.2, 0.0);
        h.drag_at(down);
        h.run();
        for k in 1..=4 {
            h.hover_at(down + egui::vec2(40.0 * k as f32, -20.0 * k as f32));
            h.run();
        }
        h.drop_at(down + egui::vec2(160.0, -80.0));
        h.run();
        let st = state(&h);
        let stroke = st.current_prediction().expect("sketched").strokes[0].clone();
        let (first, last) = (
            st.workshop.assumptions.base_year as f64 - 0.3,
            (st.workshop.assumptions.base_year + st.assumptions.horizon_years as i32 - 1) as f64
                + 0.3,
        );
        let year_down = first + (last - first) * 0.2;
        assert!(
            (stroke[0][0] - year_down).abs() < 0.05,
            "{size:?}: the stroke starts at {}, the pointer went down at {year_down}",
            stroke[0][0]
        );
    }
}
