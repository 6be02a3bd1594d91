//! "Our council" in the window: File ▸ Import council figures… through the real menu, the
//! council's name on the chart and the presenter screen, one undo step back.

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::{AppState, HistoryCommand, PresentCommand};
use jaws::council::sheet::template_csv;
use jaws::ui::shell::JawsApp;
use jaws::workshop::{BUNDLED_COUNCILS, Workshop, parse_council};

use crate::common::{OpensOne, scratch};

fn app(picked: PathBuf) -> Harness<'static, JawsApp> {
    let mut cell = Some(AppState::new(Workshop::bundled(), None));
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .with_pixels_per_point(1.0)
        .with_max_steps(8)
        .build_eframe(move |cc| {
            let mut app = JawsApp::new(cc, cell.take().unwrap());
            app.picker = Box::new(OpensOne(picked.clone()));
            app
        });
    h.run();
    h
}

fn import_through_the_menu(h: &mut Harness<'_, JawsApp>) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Import council figures…").click();
    h.run();
    h.run();
}

#[test]
fn importing_a_council_puts_its_name_on_the_chart_and_the_stage_and_undo_takes_it_away() {
    let dir = scratch("council-window");
    // A spreadsheet carries no "illustrative" mark: an import is the council's own figures.
    let council = jaws::council::Council {
        illustrative: false,
        ..parse_council("county", BUNDLED_COUNCILS[0].1).unwrap()
    };
    let sheet = dir.path().join("council.csv");
    std::fs::write(&sheet, template_csv(Some(&council))).unwrap();
    let mut h = app(sheet);
    let before = h.state().state.assumptions.clone();
    import_through_the_menu(&mut h);
    let s = &h.state().state;
    let ours = s.council.as_ref().expect("the council is in use");
    assert_eq!(ours.profile, council);
    assert!((s.assumptions.base_budget - 659.3).abs() < 1e-9);
    assert!(s.window_title().contains("Illustrative shire county"));
    assert!(
        s.notice
            .as_ref()
            .is_some_and(|n| n.text.contains("Started from Illustrative shire county"))
    );
    h.get_by_label(&council.heading());
    // The chart marks where the MTFS ends.
    assert_eq!(s.derived.projection.mtfs_years, 4);

    h.state_mut().state.apply(PresentCommand::Start);
    h.run();
    h.get_by_label("Illustrative shire county");
    h.state_mut().state.apply(PresentCommand::Stop);
    h.run();

    h.state_mut().state.apply(HistoryCommand::Undo);
    h.run();
    let s = &h.state().state;
    assert!(s.council.is_none());
    assert_eq!(s.assumptions, before);
    assert!(h.query_by_label(&council.heading()).is_none());
}

#[test]
fn a_bad_sheet_changes_nothing_and_says_where_it_is_wrong() {
    let dir = scratch("council-window-bad");
    let sheet = dir.path().join("council.csv");
    // The blank template: nothing filled in.
    std::fs::write(&sheet, template_csv(None)).unwrap();
    let mut h = app(sheet);
    let before = h.state().state.assumptions.clone();
    import_through_the_menu(&mut h);
    let s = &h.state().state;
    assert!(s.council.is_none());
    assert_eq!(s.assumptions, before);
    let notice = s.notice.as_ref().expect("a notice").text.clone();
    assert!(notice.contains("Nothing was changed"), "{notice}");
    assert!(notice.contains("cell C"), "{notice}");
}

/// A council's name and sources take one line above the jaws at 1280x720, however long the
/// sources: every chart, the small ones included, still ends inside the window.
#[test]
fn with_a_council_every_chart_still_fits_a_1280x720_window() {
    let dir = scratch("council-fits");
    for (name, text) in BUNDLED_COUNCILS {
        let file = dir.path().join(format!("{name}.jaws-council"));
        std::fs::write(&file, text).unwrap();
        let mut h = app(PathBuf::new());
        h.state_mut()
            .state
            .apply(jaws::app::FileCommand::UseCouncil(file));
        for _ in 0..4 {
            h.run();
        }
        assert!(h.state().state.council.is_some(), "{name} is in use");
        // The small charts' year marks are the lowest thing drawn: each must be wholly in
        // the window, not cut by its edge.
        let years: Vec<_> = crate::painted::texts(&h)
            .into_iter()
            .filter(|t| t.text == "2038")
            .collect();
        assert!(
            years.len() >= 5,
            "{name}: the small charts' years are drawn"
        );
        for t in years {
            assert!(
                t.rect.bottom() <= 720.5 && t.clip.contains_rect(t.rect),
                "{name}: a year mark at {:?} is cut (clip {:?})",
                t.rect,
                t.clip
            );
        }
    }
}

/// A session saved with a council opens (File ▸ Open…) with the council's name above the
/// jaws, in the title and on the presenter screen, as it was when saved.
#[test]
fn a_session_saved_with_a_council_reopens_with_its_name_on_the_chart() {
    let dir = scratch("council-session-window");
    let council = parse_council("county", BUNDLED_COUNCILS[0].1).unwrap();
    let profile = dir.path().join("county.jaws-council");
    std::fs::write(&profile, BUNDLED_COUNCILS[0].1).unwrap();
    let mut room = AppState::new(Workshop::bundled(), None);
    room.apply(jaws::app::FileCommand::UseCouncil(profile));
    let session = dir.path().join("room.jaws");
    std::fs::write(
        &session,
        jaws::workshop::session::session_to_string(&room.to_session()),
    )
    .unwrap();

    let mut h = app(session);
    assert!(h.query_by_label(&council.heading()).is_none());
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Open sessions or scenarios…")
        .click();
    h.run();
    h.run();
    let s = &h.state().state;
    assert_eq!(s.council, room.council, "{:?}", s.notice);
    assert!(s.window_title().contains("Illustrative shire county"));
    h.get_by_label(&council.heading());
    h.state_mut().state.apply(PresentCommand::Start);
    h.run();
    h.get_by_label("Illustrative shire county");
}

/// Councils side by side: on the compare view, ticking a second council draws its gap as a
/// share of its budget beside this one's, both named in the chart's key, at laptop and
/// projector sizes.
#[test]
fn ticking_a_second_council_puts_both_names_in_the_compare_chart_s_key() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let mut cell = Some(AppState::new(Workshop::bundled(), None));
        let mut h = Harness::builder()
            .with_size(size)
            .with_pixels_per_point(1.0)
            .with_max_steps(8)
            .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
        h.state_mut()
            .state
            .apply(jaws::app::WindowCommand::SetView(jaws::app::View::Compare));
        h.run();
        // Offered, not yet drawn.
        assert_eq!(
            h.query_all_by_label("Illustrative shire district").count(),
            1
        );
        assert!(h.query_by_label("This workshop's figures").is_none());
        h.get_by_label("Illustrative shire district").click();
        h.run();
        h.run();
        let s = &h.state().state;
        assert_eq!(s.derived.councils.len(), 2, "{size:?}");
        // In the list and in the key; the figures in use first in the key.
        assert_eq!(
            h.query_all_by_label("Illustrative shire district").count(),
            2,
            "{size:?}"
        );
        h.get_by_label("This workshop's figures");
        h.get_by_label("The gap as a share of each council's budget");
        // Untick: the chart goes.
        h.get_all_by_label("Illustrative shire district")
            .next()
            .unwrap()
            .click();
        h.run();
        h.run();
        assert!(h.state().state.derived.councils.is_empty());
        assert!(h.query_by_label("This workshop's figures").is_none());
    }
}
