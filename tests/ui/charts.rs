//! Charts that never hide data and read on a washed-out projector: every point drawn inside
//! its chart after every kind of change, lines thick enough and colours far enough apart,
//! round marks, enough year labels, a readout of every series, and nothing to compare a
//! scenario with itself.

use egui::accesskit::Role;
use egui::epaint::{ColorMode, Shape};
use egui::{Color32, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jaws::app::presenter::NotesPlace;
use jaws::app::recovery::PendingRestore;
use jaws::app::{
    AppState, AssumptionCommand, LeverCommand, PresentCommand, ScenarioCommand, SessionCommand,
    View, WindowCommand,
};
use jaws::model::lever_index;
use jaws::present::palette::{self, Rgb, contrast};
use jaws::ui::shell::JawsApp;
use jaws::ui::theme;
use jaws::workshop::Workshop;

use crate::painted::{PROJECTORS, harness, plots, shapes, state, texts};

/// Every plot on screen holds everything drawn in it (give or take a line's half-width).
fn all_inside(h: &Harness<'_, JawsApp>, when: &str) {
    let found = plots(h);
    assert!(!found.is_empty(), "{when}: no chart on screen");
    for plot in found {
        for (rect, kind) in &plot.drawn {
            let slack = if *kind == "text" { 1.0 } else { 8.0 };
            assert!(
                plot.frame.expand(slack).contains_rect(*rect),
                "{when}: a {kind} at {rect:?} is outside its chart {:?}",
                plot.frame
            );
        }
    }
}

fn settle(h: &mut Harness<'_, JawsApp>) {
    // Ranges ease over a third of a second; kittest steps a quarter of a second a frame.
    for _ in 0..3 {
        h.run();
    }
}

fn apply(h: &mut Harness<'_, JawsApp>, command: impl Into<jaws::app::Command>) {
    h.state_mut().state.apply(command);
    settle(h);
}

#[test]
fn every_chart_holds_all_its_data_after_every_kind_of_change() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let at = |what: &str| format!("{}x{} {what}", size[0], size[1]);
        let mut h = harness(AppState::new(Workshop::bundled(), Some("old-deal")), size);
        settle(&mut h);
        all_inside(&h, &at("at the start"));

        apply(&mut h, ScenarioCommand::Load("new-deal".into()));
        all_inside(&h, &at("after loading the new deal"));

        apply(
            &mut h,
            ScenarioCommand::SetBaseline(Some("old-deal".into())),
        );
        all_inside(&h, &at("comparing with the old deal"));

        apply(
            &mut h,
            AssumptionCommand::Set {
                id: "base_budget".into(),
                value: 1200.0,
            },
        );
        all_inside(&h, &at("with a base budget of 1200"));

        // A session from elsewhere: other levers and assumptions, restored.
        let mut other = AppState::new(Workshop::bundled(), Some("cut-to-balance"));
        other.apply(AssumptionCommand::Set {
            id: "base_budget".into(),
            value: 300.0,
        });
        let session = other.to_session();
        h.state_mut().state.pending_restore = Some(PendingRestore {
            path: "elsewhere".into(),
            session,
            problems: Vec::new(),
            kept_aside: None,
        });
        apply(&mut h, SessionCommand::RestoreAutosave);
        all_inside(&h, &at("after restoring a session"));

        for view in [View::Compare, View::Map] {
            if view == View::Compare {
                for id in ["old-deal", "new-deal", "cut-to-balance", "pilots-only"] {
                    h.state_mut()
                        .state
                        .apply(ScenarioCommand::ToggleCompare(id.into()));
                }
            }
            apply(&mut h, WindowCommand::SetView(view));
            if view == View::Map {
                h.get_by_role_and_label(Role::Button, "Reserves").click();
                settle(&mut h);
            }
            all_inside(&h, &at(&format!("in {view:?}")));
        }

        // Presenting the financial drivers: the room drags planned cuts to 25%.
        let mut s = AppState::new(Workshop::bundled(), None);
        s.stage = s.workshop.stage_index("financial").unwrap();
        s.apply(PresentCommand::Start);
        s.apply(PresentCommand::SetNotesPlace(NotesPlace::Hidden));
        let mut h = harness(s, size);
        settle(&mut h);
        let cuts = lever_index("service_reductions").unwrap();
        for value in [5.0, 12.0, 18.0, 25.0] {
            h.state_mut().state.apply(LeverCommand::Set {
                lever: cuts,
                value,
                dragging: true,
            });
            h.run();
        }
        h.state_mut().state.apply(LeverCommand::EndDrag);
        settle(&mut h);
        assert_eq!(
            state(&h).levers.0[cuts],
            25.0,
            "the stage lets the room cut"
        );
        all_inside(&h, &at("presenting, planned cuts dragged to 25%"));
    }
}

/// The widths of the strokes painted in `colour` (any transparency) inside the plots.
fn stroke_widths(h: &Harness<'_, JawsApp>, colour: Color32) -> Vec<f32> {
    let frames: Vec<Rect> = plots(h).into_iter().map(|p| p.frame).collect();
    let same = |c: Color32| c.r() == colour.r() && c.g() == colour.g() && c.b() == colour.b();
    shapes(h)
        .into_iter()
        .filter(|(_, clip)| frames.contains(clip))
        .filter_map(|(shape, _)| match shape {
            Shape::Path(p) => match p.stroke.color {
                ColorMode::Solid(c) if same(c) => Some(p.stroke.width),
                _ => None,
            },
            Shape::LineSegment { stroke, .. } if same(stroke.color) => Some(stroke.width),
            _ => None,
        })
        .collect()
}

#[test]
fn on_a_projector_the_jaws_are_drawn_at_least_a_250th_of_the_height_thick() {
    for size in PROJECTORS {
        for dark in [true, false] {
            let mut s = AppState::new(Workshop::bundled(), None);
            // Scaling up: the new deal dashed behind, the bands, the challenge.
            s.stage = s.workshop.stage_index("scale-up").unwrap();
            s.apply(PresentCommand::Start);
            s.apply(PresentCommand::SetNotesPlace(NotesPlace::Hidden));
            // Without the bands, whose edges are fine dashes and not series: every stroke in
            // the jaws' colours is a curve or the baseline's.
            s.apply(WindowCommand::SetUncertainty(false));
            let mut h = harness(s, size);
            apply(&mut h, WindowCommand::SetDarkMode(dark));
            let least = size[1] / 250.0;
            for (name, colour) in [
                ("demand", theme::demand_colour(dark)),
                ("resources", theme::resources_colour(dark)),
            ] {
                let widths = stroke_widths(&h, colour);
                assert!(widths.len() > 1, "{size:?}: no {name} line, or no baseline");
                for w in widths {
                    assert!(
                        w >= least,
                        "{size:?} dark {dark}: a {name} line is {w} thick, under {least}"
                    );
                }
            }
        }
    }
}

fn rgb(c: Color32) -> Rgb {
    Rgb(c.r(), c.g(), c.b())
}

#[test]
fn each_series_stands_at_three_to_one_from_the_chart_and_the_two_jaws_from_each_other() {
    for dark in [true, false] {
        for (look, visuals) in [
            ("laptop", theme::visuals(dark)),
            ("projector", theme::projector_visuals(dark)),
        ] {
            let bg = rgb(visuals.extreme_bg_color);
            let series = [
                ("demand", theme::demand_colour(dark)),
                ("resources", theme::resources_colour(dark)),
                ("the budget marker", theme::warning_colour(dark)),
                ("a sketch", jaws::ui::chart::ink(dark)),
            ];
            for (name, c) in series {
                let ratio = contrast(rgb(c), bg);
                assert!(
                    ratio >= 3.0,
                    "{look} dark {dark}: {name} {} on {} is {ratio:.2}:1",
                    rgb(c).hex(),
                    bg.hex()
                );
            }
            let (d, r) = (rgb(series[0].1), rgb(series[1].1));
            assert!(
                contrast(d, r) >= 3.0,
                "{look} dark {dark}: demand and resources are {:.2}:1",
                contrast(d, r)
            );
            // Compared scenarios: every one reads on the chart.
            for i in 0..palette::SCENARIOS.len() {
                let c = rgb(theme::scenario_colour(i));
                assert!(contrast(c, bg) >= 3.0, "{look} dark {dark}: scenario {i}");
            }
        }
    }
}

#[test]
fn compare_with_starts_at_nothing_and_never_draws_a_scenario_against_itself() {
    let mut h = harness(
        AppState::new(Workshop::bundled(), Some("old-deal")),
        [1280.0, 800.0],
    );
    assert_eq!(
        state(&h).baseline,
        None,
        "nothing to compare with at the start"
    );
    let notes = |h: &Harness<'_, JawsApp>| {
        texts(h)
            .into_iter()
            .filter(|t| t.text.starts_with("The old deal:"))
            .count()
    };
    assert_eq!(notes(&h), 0);
    // Comparing the old deal with itself draws nothing and repeats no figure.
    apply(
        &mut h,
        ScenarioCommand::SetBaseline(Some("old-deal".into())),
    );
    assert!(state(&h).derived.baseline.is_none());
    assert_eq!(notes(&h), 0, "no card repeats its own value");
    // Once the levers move away from it, it is there to compare with.
    apply(
        &mut h,
        LeverCommand::Set {
            lever: lever_index("co_production").unwrap(),
            value: 30.0,
            dragging: false,
        },
    );
    assert!(state(&h).derived.baseline.is_some());
    assert_eq!(
        notes(&h),
        4,
        "each headline card gives the old deal's figure"
    );
}

/// The numbers in money text: "£1,200m" → 1200, "−£50m" → -50, "£1.2bn" → 1200.
fn money_value(t: &str) -> Option<f64> {
    let negative = t.starts_with('−');
    let t = t.trim_start_matches('−').strip_prefix('£')?;
    let (n, scale) = if let Some(n) = t.strip_suffix("bn") {
        (n, 1000.0)
    } else {
        (t.strip_suffix('m')?, 1.0)
    };
    let v: f64 = n.replace(',', "").parse().ok()?;
    Some(if negative { -v } else { v } * scale)
}

fn is_round(step: f64) -> bool {
    let power = 10f64.powf(step.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .any(|m| (step / power - m).abs() < 1e-6)
}

#[test]
fn the_tornado_scale_is_marked_at_round_sums() {
    for size in [[1280.0, 800.0], [1920.0, 1080.0]] {
        let mut s = AppState::new(Workshop::bundled(), Some("old-deal"));
        s.apply(WindowCommand::SetView(View::Analyse));
        let h = harness(s, size);
        // The scale's marks: money along one line at the tornado's foot.
        let mut rows: Vec<(f32, Vec<(f32, f64)>)> = Vec::new();
        for t in texts(&h) {
            if let Some(v) = money_value(&t.text) {
                let y = t.rect.center().y;
                match rows.iter_mut().find(|(ry, _)| (ry - y).abs() < 2.0) {
                    Some((_, marks)) => marks.push((t.rect.center().x, v)),
                    None => rows.push((y, vec![(t.rect.center().x, v)])),
                }
            }
        }
        let (_, mut marks) = rows
            .into_iter()
            .max_by_key(|(_, m)| m.len())
            .expect("the tornado has a scale");
        marks.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert!(marks.len() >= 3, "{size:?}: {marks:?}");
        let step = marks[1].1 - marks[0].1;
        assert!(
            is_round(step),
            "{size:?}: a step of {step} is not round: {marks:?}"
        );
        for pair in marks.windows(2) {
            assert!(((pair[1].1 - pair[0].1) - step).abs() < 1e-6, "{marks:?}");
        }
        for (_, v) in &marks {
            assert!(
                ((v / step) - (v / step).round()).abs() < 1e-6,
                "{v} is off the step"
            );
        }
    }
}

#[test]
fn the_small_charts_each_label_more_than_two_years() {
    for size in [[1280.0, 720.0], [1280.0, 800.0], [1920.0, 1080.0]] {
        let h = harness(AppState::new(Workshop::bundled(), None), size);
        let painted = texts(&h);
        let years = |frame: Rect| {
            painted
                .iter()
                .filter(|t| t.text.len() == 4 && t.text.parse::<i32>().is_ok())
                .filter(|t| {
                    t.rect.top() >= frame.bottom() - 1.0
                        && t.rect.top() <= frame.bottom() + 30.0
                        && t.rect.center().x >= frame.left() - 20.0
                        && t.rect.center().x <= frame.right() + 20.0
                })
                .count()
        };
        let charts = plots(&h);
        // The jaws and the small charts that have room to label their years: on a laptop
        // the last of the six (social care's share) gives way.
        let small = if size[0] < 1600.0 { 5 } else { 6 };
        assert_eq!(charts.len(), 1 + small, "{size:?}");
        for p in &charts {
            assert!(
                years(p.frame) > 2,
                "{size:?}: the chart at {:?} labels {} years",
                p.frame,
                years(p.frame)
            );
        }
    }
}

#[test]
fn hovering_a_chart_reads_every_series_for_that_year() {
    let mut h = harness(
        AppState::new(Workshop::bundled(), Some("old-deal")),
        [1280.0, 800.0],
    );
    apply(
        &mut h,
        ScenarioCommand::SetBaseline(Some("new-deal".into())),
    );
    let jaws = plots(&h)
        .into_iter()
        .max_by(|a, b| a.frame.area().total_cmp(&b.frame.area()))
        .unwrap()
        .frame;
    // Near the middle of the chart, wherever the curves are.
    h.hover_at(jaws.center());
    h.run();
    h.run();
    let tip = texts(&h)
        .into_iter()
        .find(|t| t.text.contains("Demand:"))
        .expect("a readout of the year under the pointer");
    for series in ["Demand:", "Resources:", "Gap:", "The new deal, gap:"] {
        assert!(
            tip.text.contains(series),
            "{series} missing from {:?}",
            tip.text
        );
    }
    let year: i32 = tip
        .text
        .lines()
        .next()
        .unwrap()
        .parse()
        .expect("the year first");
    let st = state(&h);
    let row = st
        .derived
        .projection
        .rows
        .iter()
        .find(|r| r.year == year)
        .unwrap();
    assert!(tip.text.contains(&jaws::present::format::money(row.demand)));
}

#[test]
fn no_crosshair_or_readout_on_the_projector() {
    let mut s = AppState::new(Workshop::bundled(), None);
    s.stage = s.workshop.stage_index("political").unwrap();
    s.apply(PresentCommand::Start);
    s.apply(PresentCommand::SetNotesPlace(NotesPlace::Hidden));
    let mut h = harness(s, [1920.0, 1080.0]);
    let jaws = plots(&h)[0].frame;
    let before = shapes(&h).len();
    h.hover_at(jaws.center());
    h.run();
    assert!(
        !texts(&h).iter().any(|t| t.text.contains("Demand:")),
        "no readout over the projected chart"
    );
    assert_eq!(
        shapes(&h).len(),
        before,
        "hovering draws nothing over the chart"
    );
}
