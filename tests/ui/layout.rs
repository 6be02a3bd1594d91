//! The explore view and the toolbar at the sizes a room meets: a 1280x720 projector, the
//! default 1280x800 window, a 1920x1080 screen, and a 1024x768 one for the toolbar.

use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::AppState;
use jaws::i18n::{self, Lang, tr};
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

/// Stands for the scenario code of the levers as they stand in `TOOLBAR`.
const CODE: &str = "(the levers' code)";

/// The toolbar's controls, by role and the catalogue id of their name, in the order they
/// stand.
const TOOLBAR: [(Role, &str); 16] = [
    (Role::Button, "view-explore"),
    (Role::Button, "view-map"),
    (Role::Button, "view-analyse"),
    (Role::Button, "view-compare"),
    (Role::Button, "view-deal"),
    (Role::Button, "toolbar-present"),
    (Role::ComboBox, "toolbar-scenario"),
    (Role::Button, "toolbar-reset"),
    (Role::Button, CODE),
    (Role::Button, "toolbar-undo"),
    (Role::Button, "toolbar-redo"),
    (Role::Button, "toolbar-replay"),
    (Role::Button, "toolbar-capture"),
    (Role::Button, "menu-file"),
    (Role::Button, "menu-help"),
    (Role::Button, "toolbar-light"),
];

/// Each control of the toolbar by its name in the language spoken, and where it stands.
fn toolbar_rects(h: &Harness<'_, JawsApp>) -> Vec<(String, Rect)> {
    let code = state(h).current_code().to_string();
    TOOLBAR
        .iter()
        .map(|(role, id)| {
            let label = if *id == CODE { code.clone() } else { tr(id) };
            let rect = h
                .get_all_by_role_and_label(*role, &label)
                .map(|n| n.rect())
                .min_by(|a, b| a.top().total_cmp(&b.top()))
                .unwrap_or_else(|| panic!("no {label} in the toolbar"));
            (label, rect)
        })
        .collect()
}

/// The painted "Scenario" label beside its drop-down.
fn scenario_label(h: &Harness<'_, JawsApp>) -> Rect {
    let label = tr("toolbar-scenario");
    crate::painted::texts(h)
        .into_iter()
        .filter(|t| t.text == label)
        .min_by(|a, b| a.rect.top().total_cmp(&b.rect.top()))
        .expect("the Scenario label is painted")
        .rect
}

#[test]
fn the_toolbar_is_one_row_from_1280_wide_in_welsh_and_english_with_labels_before_controls_and_wraps_whole_groups_narrower()
 {
    for lang in Lang::ALL {
        let _spoken = i18n::scoped(lang);
        for size in [
            [1280.0, 720.0],
            [1280.0, 800.0],
            [1920.0, 1080.0],
            [1024.0, 768.0],
        ] {
            let h = explore(size);
            let rects = toolbar_rects(&h);
            let at = format!("{lang} {}x{}", size[0], size[1]);
            for (name, r) in &rects {
                assert!(
                    screen(size).contains_rect(*r),
                    "{at}: {name} is off the screen at {r:?}"
                );
            }
            let rows = {
                let mut centres: Vec<f32> = rects.iter().map(|(_, r)| r.center().y).collect();
                centres.sort_by(f32::total_cmp);
                centres.dedup_by(|a, b| (*a - *b).abs() < 4.0);
                centres.len()
            };
            if size[0] >= 1280.0 {
                assert_eq!(rows, 1, "{at}: the toolbar takes {rows} rows: {rects:?}");
            } else {
                assert!(rows <= 2, "{at}: the toolbar takes {rows} rows");
            }
            // The label before its control, on the same row.
            let label = scenario_label(&h);
            let scenario = tr("toolbar-scenario");
            let combo = rects.iter().find(|(n, _)| *n == scenario).unwrap().1;
            assert!(
                label.right() <= combo.left() && (label.center().y - combo.center().y).abs() < 4.0,
                "{at}: `{scenario}` {label:?} is not just before its drop-down {combo:?}"
            );
            // In reading order: left to right along each row, rows top to bottom.
            for pair in rects.windows(2) {
                let ((a, ra), (b, rb)) = (&pair[0], &pair[1]);
                let same_row = (ra.center().y - rb.center().y).abs() < 4.0;
                assert!(
                    (same_row && ra.right() <= rb.left()) || (!same_row && rb.top() >= ra.bottom()),
                    "{at}: {a} {ra:?} then {b} {rb:?} are out of order"
                );
            }
        }
    }
}
