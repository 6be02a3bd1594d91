//! The explore view and the toolbar at the sizes a room meets: a 1280x720 projector, the
//! default 1280x800 window, a 1920x1080 screen, and a 1024x768 one for the toolbar.

use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::AppState;
use jaws::model::Domain;
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;

use crate::painted::{harness, state};

fn screen(size: [f32; 2]) -> Rect {
    Rect::from_min_size(egui::Pos2::ZERO, size.into())
}

fn explore(size: [f32; 2]) -> Harness<'static, JawsApp> {
    harness(AppState::new(Workshop::bundled(), None), size)
}

/// Every domain heading wholly on the screen.
fn headings_in_sight(h: &Harness<'_, JawsApp>, size: [f32; 2], when: &str) {
    for domain in Domain::ALL {
        let heading = h.get_by_role_and_label(Role::Button, domain.label());
        assert!(
            screen(size).contains_rect(heading.rect()),
            "{}x{} {when}: the {} heading is out of sight at {:?}",
            size[0],
            size[1],
            domain.label(),
            heading.rect()
        );
    }
}

#[test]
fn all_four_domain_headings_are_in_sight_without_scrolling_and_stay_so_as_domains_open() {
    for size in [[1280.0, 720.0], [1280.0, 800.0], [1920.0, 1080.0]] {
        let mut h = explore(size);
        headings_in_sight(&h, size, "at first");
        // Open each domain in turn: its levers come into sight, the headings stay.
        for domain in Domain::ALL {
            let first = state(&h)
                .workshop
                .levers
                .iter()
                .find(|l| l.domain == domain)
                .unwrap()
                .label
                .clone();
            if h.query_by_role_and_label(Role::Slider, &first).is_none() {
                h.get_by_role_and_label(Role::Button, domain.label())
                    .click();
                h.run();
            }
            headings_in_sight(&h, size, &format!("with {} open", domain.label()));
            for lever in state(&h)
                .workshop
                .levers
                .iter()
                .filter(|l| l.domain == domain)
            {
                let slider = h.get_by_role_and_label(Role::Slider, &lever.label);
                assert!(
                    screen(size).contains_rect(slider.rect()),
                    "{}x{}: {} opened, but its `{}` slider is out of sight",
                    size[0],
                    size[1],
                    domain.label(),
                    lever.label
                );
            }
        }
    }
}
