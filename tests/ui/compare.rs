//! The compare view and the exported chart tell the same story: each scenario in the same
//! colour, and money in the same words, so a chart pasted into a slide matches what the room
//! saw on the screen.

use egui::epaint::{ColorMode, Shape};
use egui::{Color32, Vec2};
use egui_kittest::Harness;
use jaws::app::{AppState, ScenarioCommand, View, WindowCommand};
use jaws::export::{Chart, ChartKind, build_report, render_svg};
use jaws::ui::shell::JawsApp;
use jaws::workshop::Workshop;

const COMPARED: [&str; 3] = ["old-deal", "new-deal", "cut-to-balance"];

/// Every text painted in the last frame, with its colour, in painting order.
fn texts(h: &Harness<'_, JawsApp>) -> Vec<(String, Color32)> {
    fn walk(shape: &Shape, out: &mut Vec<(String, Color32)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(t) => {
                let colour = t
                    .override_text_color
                    .or_else(|| t.galley.job.sections.first().map(|s| s.format.color))
                    .unwrap_or(t.fallback_color);
                out.push((t.galley.job.text.clone(), colour));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// The colours of the solid lines painted in the last frame.
fn line_colours(h: &Harness<'_, JawsApp>) -> Vec<Color32> {
    fn walk(shape: &Shape, out: &mut Vec<Color32>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Path(p) if p.points.len() > 2 => {
                if let ColorMode::Solid(c) = p.stroke.color {
                    out.push(c);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// Each legend entry's text and the colour of the swatch drawn just before it.
fn svg_legend(svg: &str) -> Vec<(String, String)> {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    let mut stroke = String::new();
    let mut out = Vec::new();
    for n in doc.descendants() {
        if let Some(s) = n.attribute("stroke") {
            stroke = s.to_ascii_lowercase();
        }
        if n.has_tag_name("text")
            && let Some(t) = n.text()
        {
            out.push((t.trim().to_owned(), stroke.clone()));
        }
    }
    out
}

/// Money as the shared format writes it: a true minus, £, thousands separated, m or bn.
fn is_money_text(t: &str) -> bool {
    let t = t.strip_prefix('−').unwrap_or(t);
    let Some(t) = t.strip_prefix('£') else {
        return false;
    };
    let Some(number) = t.strip_suffix("bn").or_else(|| t.strip_suffix('m')) else {
        return false;
    };
    let (int, frac) = number.split_once('.').unwrap_or((number, "0"));
    let groups: Vec<&str> = int.split(',').collect();
    groups[0].len() <= 3
        && !groups[0].is_empty()
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        && frac.chars().all(|c| c.is_ascii_digit())
}

/// A gap as the screen words it: "£349m", or "a surplus of £171m".
fn is_gap_text(t: &str) -> bool {
    is_money_text(t.strip_prefix("a surplus of ").unwrap_or(t))
}

fn hex(c: Color32) -> String {
    format!("#{:02x}{:02x}{:02x}", c.r(), c.g(), c.b())
}

#[test]
fn the_exported_chart_and_the_compare_view_give_each_scenario_the_same_colour_and_money() {
    let mut state = AppState::new(Workshop::bundled(), Some("new-deal"));
    for id in COMPARED {
        state.apply(ScenarioCommand::ToggleCompare(id.into()));
    }
    state.apply(WindowCommand::SetView(View::Compare));
    let mut cell = Some(state);
    let mut h = Harness::builder()
        .with_size(Vec2::new(1280.0, 900.0))
        .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
    h.run();
    let shown = texts(&h);
    let lines = line_colours(&h);

    // What the window's File ▸ Export chart writes for the same comparison.
    let app = &h.state().state;
    let series = app.compared_series();
    assert_eq!(series.len(), COMPARED.len());
    let svg = render_svg(&Chart::new(
        ChartKind::Jaws,
        &series,
        app.assumptions.base_year,
    ))
    .unwrap();
    let legend = svg_legend(&svg);
    let report = build_report(&app.workshop, None).unwrap();

    for s in &series {
        // The colour: of the scenario's name in the headline table, of its curve, and of its
        // curves in the exported chart.
        // Named in its curve's colour in the key and in the headline table; the table's row
        // is the one followed by its figures.
        let named: Vec<(usize, Color32)> = shown
            .iter()
            .enumerate()
            .filter(|(_, (t, _))| *t == s.name)
            .map(|(i, (_, c))| (i, *c))
            .filter(|(_, c)| lines.contains(c))
            .collect();
        assert!(
            named.len() >= 2,
            "{} is named in its colour in the key and the table",
            s.name
        );
        let (i, colour) = named
            .into_iter()
            .find(|(i, _)| shown.get(i + 1).is_some_and(|(t, _)| is_gap_text(t)))
            .unwrap_or_else(|| panic!("{} has no row of figures", s.name));
        let exported = legend
            .iter()
            .find(|(t, _)| *t == format!("{}: demand", s.name))
            .map(|(_, stroke)| stroke.clone())
            .unwrap_or_else(|| panic!("no legend for {} in {legend:?}", s.name));
        assert_eq!(exported, hex(colour), "{}", s.name);

        // The money: the screen's headline figures are the export's words for them.
        let h = s.projection.headlines();
        // (Both word a negative gap as a surplus: "a surplus of £171m", never "−£171m".)
        let said = |screen: &str, tail: String, gap: f64| {
            let words = match screen.strip_prefix("a surplus of ") {
                Some(plain) => {
                    assert!(gap < 0.0, "{screen}");
                    format!("a surplus of {plain}{tail}")
                }
                None => {
                    assert!(gap > 0.0, "{screen}");
                    format!(">{screen}{tail}")
                }
            };
            assert!(
                report.html.contains(&words),
                "{}: the screen says {screen}; the report does not say `{words}`",
                s.name
            );
        };
        let (final_gap, total_gap) = (&shown[i + 1].0, &shown[i + 2].0);
        assert!(is_gap_text(final_gap) && is_gap_text(total_gap));
        said(final_gap, format!(" in {}<", h.final_year), h.final_gap);
        said(total_gap, " over ".into(), h.cumulative_gap);
    }
    // The axes: the screen's marks and the file's are money written the same way, and they
    // share marks where their scales meet.
    let figure =
        |t: &&String| ["£", "−£", "-£"].iter().any(|p| t.starts_with(p)) && !t.contains(' ');
    let screen_marks: Vec<&String> = shown.iter().map(|(t, _)| t).filter(figure).collect();
    let file_marks: Vec<&String> = legend.iter().map(|(t, _)| t).filter(figure).collect();
    for t in screen_marks.iter().chain(&file_marks) {
        assert!(
            is_money_text(t),
            "`{t}` is not money as the shared format writes it"
        );
    }
    assert!(
        file_marks
            .iter()
            .filter(|t| screen_marks.contains(t))
            .count()
            >= 2,
        "screen {screen_marks:?}, file {file_marks:?}"
    );
    // The same scenario keeps its colour in the export of one chart kind after another.
    for &kind in ChartKind::all() {
        let svg = render_svg(&Chart::new(kind, &series, 2026)).unwrap();
        let legend = svg_legend(&svg);
        for (i, s) in series.iter().enumerate() {
            let c = jaws::ui::theme::scenario_colour(i);
            assert!(
                legend
                    .iter()
                    .any(|(t, stroke)| t.starts_with(&s.name) && *stroke == hex(c)),
                "{kind}: {} not in {}: {legend:?}",
                s.name,
                hex(c)
            );
        }
    }
}

/// Six scenarios compared, one of them captured from "what would it take?" under a long name.
fn six_compared(size: [f32; 2]) -> Harness<'static, JawsApp> {
    let mut state = AppState::new(Workshop::bundled(), Some("new-deal"));
    for id in ["old-deal", "new-deal", "cut-to-balance", "pilots-only"] {
        state.apply(ScenarioCommand::ToggleCompare(id.into()));
    }
    let levers = state.levers;
    state.apply(ScenarioCommand::Capture {
        name: LONG.into(),
        note: String::new(),
        levers,
    });
    state.apply(ScenarioCommand::Capture {
        name: "Table 3".into(),
        note: String::new(),
        levers: state.workshop.default_values(),
    });
    state.apply(WindowCommand::SetView(View::Compare));
    crate::painted::harness(state, size)
}

const LONG: &str =
    "What it would take: gap<=0 by 2035 and reserves>=minimum and council_tax_rise<=4.99";

#[test]
fn six_scenarios_keep_a_tall_chart_with_its_key_above_and_long_names_shortened() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let h = six_compared(size);
        let at = format!("{}x{}", size[0], size[1]);
        let chart = crate::painted::plots(&h)
            .into_iter()
            .map(|p| p.frame)
            .max_by(|a, b| a.area().total_cmp(&b.area()))
            .expect("the compare chart");
        assert!(
            chart.height() >= size[1] * 0.33,
            "{at}: the chart is only {} tall",
            chart.height()
        );
        let painted = crate::painted::texts(&h);
        let names: Vec<String> = h
            .state()
            .state
            .derived
            .compared
            .iter()
            .map(|c| c.name.clone())
            .collect();
        assert_eq!(names.len(), 6);
        for t in &painted {
            let is_name = names
                .iter()
                .any(|n| *n == t.text || (t.elided && n.starts_with(t.text.trim_end_matches('…'))));
            assert!(
                !(is_name && chart.intersects(t.rect.intersect(t.clip))),
                "{at}: `{}` is written over the chart at {:?} (clip {:?}, elided {})",
                t.text,
                t.rect,
                t.clip,
                t.elided
            );
        }
        // The long name is shortened wherever it is shown, never drawn past its place (its
        // rename box scrolls inside itself).
        let long: Vec<_> = painted
            .iter()
            .filter(|t| LONG.starts_with(t.text.trim_end_matches('…')) && t.text.len() > 4)
            .filter(|t| t.clip.contains_rect(t.rect.shrink(1.0)))
            .collect();
        assert!(!long.is_empty(), "{at}: the long name is shown");
        for t in long {
            assert!(
                t.elided,
                "{at}: `{}` is drawn whole, {} wide",
                t.text,
                t.rect.width()
            );
        }
    }
}
