//! Presenter mode as a room sees it on a projector at 1280x720, 1920x1080 and 3840x2160: type
//! that grows with the screen, and every stage of every shipped workshop fitting the smallest.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::presenter::NotesPlace;
use jaws::app::{AppState, PresentCommand};
use jaws::ui::shell::JawsApp;
use jaws::workshop::{StageView, Workshop};

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
fn every_stage_of_every_shipped_workshop_fits_a_720p_projector() {
    let size = [1280.0, 720.0];
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size.into());
    for workshop in Workshop::bundled_all() {
        let stages = workshop.stages.clone();
        let mut h = presenting(workshop, size);
        for (n, stage) in stages.iter().enumerate() {
            go_to(&mut h, n);
            let st = state(&h);
            let at = format!("{} stage {}", st.workshop.id, stage.id);
            let painted = texts(&h);
            let whole = |words: &str| painted.iter().any(|t| t.text == words && t.whole(screen));
            assert!(whole(&stage.title), "{at}: the title is cut");
            assert!(whole(&stage.narrative), "{at}: the narrative is cut");
            if stage.view == StageView::Explore {
                for (i, lever) in st.workshop.levers.iter().enumerate() {
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
                let find = h.get_by_role_and_label(Role::Button, "Find the smallest change");
                assert!(
                    on_screen(find.rect(), screen),
                    "{at}: Find the smallest change is off the screen at {:?}",
                    find.rect()
                );
            }
        }
    }
}
