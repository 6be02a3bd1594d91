//! The framework map: the four domains around the stocks, the model's own links between
//! them weighted by how strongly each is acting, and the feedback loops they make.

use crate::i18n::tr;
use crate::t;
use egui::epaint::{PathStroke, QuadraticBezierShape};
use egui::{
    Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Shape, Stroke, Ui, Vec2, pos2, vec2,
};
use egui_plot::{Line, VLine};

use super::{chart, lever_panel, theme};
use crate::app::{AppState, Command, MapAnalysis, MapCommand};
use crate::model::links::{Delay, LINKS, NODES, NodeKind, Polarity};
use crate::model::loops::LoopKind;
use crate::model::{Domain, LEVER_SPECS};
use crate::present::format;
use crate::workshop::Words;
use crate::workshop::Workshop;

/// Where each domain's levers go, as a fraction of the canvas.
fn region(domain: Domain) -> Rect {
    // Financial has five levers to the others' four, so it gets a little more height.
    let (x, y, h) = match domain {
        Domain::Cultural => (0.0, 0.0, 0.5),
        Domain::Political => (0.0, 0.5, 0.5),
        Domain::Structural => (0.8, 0.0, 0.45),
        Domain::Financial => (0.8, 0.45, 0.55),
    };
    Rect::from_min_size(pos2(x, y), vec2(0.2, h))
}

/// Where a stock or flow goes, as a fraction of the canvas: where the workshop puts it, if it
/// does (a facilitator arranging the map for their story; checked when the workshop was read
/// to lie clear of the domains' regions), and otherwise its automatic place.
fn central_position(workshop: &Workshop, id: &str) -> Pos2 {
    match workshop.map_positions.get(id) {
        Some(&(x, y)) => pos2(x, y),
        None => automatic_position(id),
    }
}

/// Automatic positions of the stocks and flows, chosen so that arrows from each domain's
/// levers mostly stay on their own side, and the jaws (demand, resources, gap) sit at the foot.
fn automatic_position(id: &str) -> Pos2 {
    let (x, y) = match id {
        "trust" => (0.33, 0.10),
        "community_capacity" => (0.50, 0.07),
        "co_produced" => (0.40, 0.27),
        "adoption" => (0.60, 0.25),
        "prevention" => (0.70, 0.08),
        "expectation" => (0.28, 0.45),
        "need" => (0.45, 0.47),
        "structural_savings" => (0.72, 0.43),
        "savings" => (0.725, 0.62),
        "unmet_need" => (0.56, 0.60),
        "demand" => (0.36, 0.75),
        "cuts" => (0.64, 0.76),
        "resources" => (0.72, 0.92),
        "gap" => (0.46, 0.92),
        "reserves" => (0.28, 0.92),
        _ => (0.5, 0.5),
    };
    pos2(x, y)
}

/// A domain's levers stacked down its region with even gaps, in the largest type (from the
/// label size down to the smallest allowed) that lets them all fit without touching.
fn stack_levers(
    ui: &Ui,
    canvas: Rect,
    domain: Domain,
    state: &AppState,
    colour: Color32,
) -> Vec<Placed> {
    let r = region(domain);
    let area = Rect::from_min_max(to_screen(canvas, r.min), to_screen(canvas, r.max)).shrink(4.0);
    let label = theme::label_size(ui.style());
    let smallest = theme::min_label_size(ui.style());
    let top = area.top() + theme::body_size(ui.style()) * 1.7; // below the domain's name
    let ids: Vec<(usize, &'static str)> = LEVER_SPECS
        .iter()
        .enumerate()
        .filter(|(_, s)| s.domain == domain)
        .map(|(i, s)| (i, s.id))
        .collect();
    let wrap = area.width() - 24.0;
    let mut size = label;
    loop {
        let galleys: Vec<_> = ids
            .iter()
            .map(|&(i, id)| {
                let text = format!(
                    "{}\n{}",
                    label_of(id),
                    format::with_unit(state.levers.0[i], &state.workshop.levers[i].unit)
                );
                ui.fonts_mut(|f| f.layout(text, FontId::proportional(size), colour, wrap))
            })
            .collect();
        let heights: f32 = galleys.iter().map(|g| g.size().y + 10.0).sum();
        let gap = (area.bottom() - top - heights) / (ids.len() as f32 + 1.0);
        if gap >= 4.0 || size <= smallest {
            let mut y = top + gap.max(2.0);
            return ids
                .iter()
                .zip(galleys)
                .map(|(&(_, id), galley)| {
                    let pill = galley.size() + vec2(16.0, 10.0);
                    let rect = Rect::from_min_size(pos2(area.center().x - pill.x / 2.0, y), pill);
                    y += pill.y + gap.max(2.0);
                    Placed { id, rect, galley }
                })
                .collect();
        }
        size = (size - 0.5).max(smallest);
    }
}

fn label_of(id: &str) -> String {
    crate::i18n::tr_or(
        &format!("node-{id}"),
        crate::model::links::node_label(id).unwrap_or(id),
    )
}

pub fn show(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    let Some(analysis) = state.derived.map.as_ref() else {
        ui.label(tr("map-working"));
        return;
    };
    let base_year = state.assumptions.base_year;
    let year = base_year + state.map.year as i32;

    egui::Panel::right("map-details")
        .resizable(true)
        .default_size(330.0)
        .min_size(280.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    details(ui, state, analysis, commands);
                    ui.separator();
                    loops_list(ui, state, analysis, year, commands);
                });
        });

    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal(|ui| {
            let name = ui.label(RichText::new(tr("map-year")).strong());
            let mut y = year;
            let last = base_year + state.assumptions.horizon_years as i32 - 1;
            let response = ui
                .add(egui::Slider::new(&mut y, base_year..=last).step_by(1.0))
                .labelled_by(name.id)
                .on_hover_text(tr("map-year-tip"));
            if response.changed() {
                commands.push(MapCommand::SetYear((y - base_year).max(0) as usize).into());
            }
        });
        ui.add(
            egui::Label::new(
                RichText::new(tr("map-arrows"))
                    .small()
                    .color(ui.visuals().weak_text_color()),
            )
            .wrap(),
        );
        let (canvas, response) = ui.allocate_exact_size(ui.available_size(), Sense::hover());
        // Named, so screen readers (and tests) can find the map and measure places on it.
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr("map-canvas")));
        draw(ui, canvas, state, analysis, dark, commands);
    });
}

/// Canvas fraction to screen.
fn to_screen(canvas: Rect, p: Pos2) -> Pos2 {
    canvas.min + vec2(p.x * canvas.width(), p.y * canvas.height())
}

struct Placed {
    id: &'static str,
    rect: Rect,
    galley: std::sync::Arc<egui::Galley>,
}

fn draw(
    ui: &mut Ui,
    canvas: Rect,
    state: &AppState,
    analysis: &MapAnalysis,
    dark: bool,
    commands: &mut Vec<Command>,
) {
    let painter = ui.painter_at(canvas);
    let text_colour = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();

    // Domain regions, faintly filled in their colours and named.
    for domain in Domain::ALL {
        let r = region(domain);
        let rect =
            Rect::from_min_max(to_screen(canvas, r.min), to_screen(canvas, r.max)).shrink(4.0);
        let colour = theme::domain_colour(domain, dark);
        painter.rect_filled(
            rect,
            10.0,
            colour.gamma_multiply(if dark { 0.12 } else { 0.10 }),
        );
        painter.text(
            rect.left_top() + vec2(10.0, 6.0),
            Align2::LEFT_TOP,
            domain.name(),
            theme::bold(theme::body_size(ui.style()) * 1.03),
            colour,
        );
    }

    // Nodes: measured first, so arrows can stop at their edges.
    let selected_loop = state
        .map
        .selected_loop
        .as_deref()
        .and_then(|id| analysis.loops.iter().find(|l| l.feedback.id == id));
    let font = FontId::proportional(theme::label_size(ui.style()) * 1.04);
    let wrap = (canvas.width() * 0.17).clamp(90.0, 190.0);
    let mut placed: Vec<Placed> = NODES
        .iter()
        .map(|node| {
            let galley =
                ui.fonts_mut(|f| f.layout(label_of(node.id), font.clone(), text_colour, wrap));
            let size = galley.size() + vec2(16.0, 10.0);
            let centre = to_screen(canvas, central_position(&state.workshop, node.id));
            Placed {
                id: node.id,
                rect: Rect::from_center_size(centre, size),
                galley,
            }
        })
        .collect();
    for domain in Domain::ALL {
        placed.extend(stack_levers(ui, canvas, domain, state, text_colour));
    }
    let rect_of = |id: &str| placed.iter().find(|p| p.id == id).map(|p| p.rect);

    // Arrows.
    let pointer = ui.input(|i| i.pointer.hover_pos());
    let mut hovered: Option<(usize, f32)> = None;
    let positive = theme::resources_colour(dark);
    let negative = theme::demand_colour(dark);
    for (i, link) in LINKS.iter().enumerate() {
        let (Some(a), Some(b)) = (rect_of(link.from), rect_of(link.to)) else {
            continue;
        };
        let share = analysis.shares[i] as f32;
        // A selected loop, or else a selected node, brings its links forward.
        let in_loop = match (selected_loop, state.map.selected_node.as_deref()) {
            (Some(l), _) => l.feedback.links.contains(&i),
            (None, Some(node)) => link.from == node || link.to == node,
            (None, None) => false,
        };
        let faded = (selected_loop.is_some() || state.map.selected_node.is_some()) && !in_loop;
        let base = match link.polarity {
            Polarity::Same => positive,
            Polarity::Opposite => negative,
        };
        let alpha = if faded {
            0.12
        } else if share < 0.005 {
            0.35
        } else {
            0.9
        };
        let colour = base.gamma_multiply(alpha);
        let width = if in_loop {
            3.0 + 4.0 * share
        } else {
            0.8 + 5.0 * share
        };
        let curve = Curve::between(a, b);
        painter.add(QuadraticBezierShape::from_points_stroke(
            [curve.start, curve.control, curve.end],
            false,
            Color32::TRANSPARENT,
            PathStroke::new(width, colour),
        ));
        // Arrowhead along the curve's last tangent.
        let dir = (curve.end - curve.control).normalized();
        let side = vec2(-dir.y, dir.x);
        let head = 7.0 + width;
        painter.add(Shape::convex_polygon(
            vec![
                curve.end,
                curve.end - dir * head + side * head * 0.5,
                curve.end - dir * head - side * head * 0.5,
            ],
            colour,
            Stroke::NONE,
        ));
        // Polarity in a small disc at the middle; a double bar for a delay.
        // Marks only where they can be read: on links that are acting or picked out.
        if in_loop || (!faded && share >= 0.02) {
            let mid = curve.at(0.5);
            let symbol = theme::min_label_size(ui.style());
            let radius = symbol * 0.64;
            painter.circle_filled(mid, radius, ui.visuals().panel_fill);
            painter.circle_stroke(mid, radius, Stroke::new(1.0, colour));
            painter.text(
                mid,
                Align2::CENTER_CENTER,
                link.polarity.symbol(),
                FontId::proportional(symbol),
                colour,
            );
            if link.delay != Delay::None {
                let t = curve.at(0.3);
                let d = (curve.at(0.31) - curve.at(0.29)).normalized();
                let n = vec2(-d.y, d.x) * 6.0;
                for k in [-2.0, 2.0] {
                    let c = t + d * k;
                    painter.line_segment([c - n, c + n], Stroke::new(1.5, colour));
                }
            }
        }
        if let Some(p) = pointer {
            let dist = curve.distance(p);
            if dist < 6.0 && hovered.is_none_or(|(_, d)| dist < d) {
                hovered = Some((i, dist));
            }
        }
    }

    // Nodes on top of the arrows: interactive, named for screen readers and tests.
    for p in &placed {
        let id = p.id;
        let lever = crate::model::lever_index(id);
        let response = ui.interact(p.rect, ui.scope_id().with(("map-node", id)), Sense::click());
        let name = label_of(id);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        let selected = state.map.selected_node.as_deref() == Some(id);
        let in_loop = selected_loop.is_some_and(|l| l.feedback.nodes.contains(&id));
        let faded = selected_loop.is_some() && !in_loop;
        let (fill, stroke_colour) = match lever {
            Some(i) => {
                let c = theme::domain_colour(LEVER_SPECS[i].domain, dark);
                (c.gamma_multiply(0.25), c)
            }
            None => (ui.visuals().extreme_bg_color, text_colour),
        };
        let stroke = Stroke::new(
            if selected || response.hovered() {
                3.0
            } else {
                1.2
            },
            stroke_colour.gamma_multiply(if faded { 0.3 } else { 1.0 }),
        );
        let kind = NODES.iter().find(|n| n.id == id).map(|n| n.kind);
        let rounding = match kind {
            Some(NodeKind::Stock) => 3.0,
            _ => p.rect.height() / 2.0,
        };
        painter.rect(p.rect, rounding, fill, stroke, egui::StrokeKind::Inside);
        let colour = if faded { weak } else { text_colour };
        painter.galley_with_override_text_color(
            p.rect.center() - p.galley.size() / 2.0,
            p.galley.clone(),
            colour,
        );
        let tip = NODES
            .iter()
            .find(|n| n.id == id)
            .map(|n| n.description)
            .map(str::to_owned)
            // A lever's words are the workshop's, in the window's language.
            .or(lever.map(|i| super::workshop_words(&state.workshop, Words::LeverDescription(i))))
            .unwrap_or_default();
        let response = response.on_hover_text(tip);
        if response.clicked() {
            commands.push(
                MapCommand::SelectNode(if selected { None } else { Some(id.to_string()) }).into(),
            );
        }
    }

    if let Some((i, _)) = hovered {
        let link = &LINKS[i];
        let share = analysis.shares[i];
        let text = t!(
            "map-link-tip",
            from = label_of(link.from),
            to = label_of(link.to),
            polarity = link.polarity.symbol(),
            description = link.description,
            year = (state.assumptions.base_year + state.map.year as i32).to_string(),
            share = format::share(share),
            target = label_of(link.to).to_lowercase(),
        );
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            ui.scope_id().with("link-tip"),
            egui::PopupAnchor::Pointer,
        )
        .show(|ui| {
            ui.set_max_width(360.0);
            ui.label(text);
        });
    }
}

/// A gently curved arrow from one node's edge to another's.
struct Curve {
    start: Pos2,
    control: Pos2,
    end: Pos2,
}

impl Curve {
    fn between(a: Rect, b: Rect) -> Curve {
        let (ca, cb) = (a.center(), b.center());
        let along = cb - ca;
        // Bend to the right of travel: a pair of opposite links separate instead of overlapping.
        let normal = vec2(along.y, -along.x) * 0.12;
        let control = ca + along * 0.5 + normal;
        Curve {
            start: edge_point(a, control),
            control,
            end: edge_point(b, control),
        }
    }

    fn at(&self, t: f32) -> Pos2 {
        let u = 1.0 - t;
        (self.start.to_vec2() * u * u
            + self.control.to_vec2() * 2.0 * u * t
            + self.end.to_vec2() * t * t)
            .to_pos2()
    }

    fn distance(&self, p: Pos2) -> f32 {
        (0..=24)
            .map(|k| self.at(k as f32 / 24.0).distance(p))
            .fold(f32::INFINITY, f32::min)
    }
}

/// Where the line from a rect's centre towards `toward` leaves the rect (plus a small gap).
fn edge_point(r: Rect, toward: Pos2) -> Pos2 {
    let c = r.center();
    let d = toward - c;
    if d.length() < 1e-3 {
        return c;
    }
    let half = r.size() / 2.0 + Vec2::splat(3.0);
    let scale = (half.x / d.x.abs().max(1e-6)).min(half.y / d.y.abs().max(1e-6));
    c + d * scale.min(1.0)
}

/// The selected node: what it is, its value over the horizon, its slider if a lever.
fn details(ui: &mut Ui, state: &AppState, analysis: &MapAnalysis, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    let Some(id) = state.map.selected_node.as_deref() else {
        ui.heading(tr("map-heading"));
        ui.label(tr("map-explain"));
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(label_of(id));
        if ui
            .small_button("✕")
            .on_hover_text(tr("map-close"))
            .clicked()
        {
            commands.push(MapCommand::SelectNode(None).into());
        }
    });
    if let Some(i) = crate::model::lever_index(id) {
        let lever = &state.workshop.lever_in(i, crate::i18n::lang());
        ui.label(
            RichText::new(t!("map-lever-of", domain = lever.domain.name()))
                .color(theme::domain_colour(lever.domain, dark)),
        );
        ui.label(&lever.description);
        lever_panel::lever_row(
            ui,
            i,
            lever,
            state.levers.0[i],
            theme::domain_colour(lever.domain, dark),
            commands,
        );
    } else if let Some(node) = NODES.iter().find(|n| n.id == id) {
        ui.label(
            RichText::new(match node.kind {
                NodeKind::Stock => tr("map-stock"),
                NodeKind::Flow => tr("map-flow"),
            })
            .small(),
        );
        ui.label(node.description);
        let share = matches!(id, "expectation" | "trust" | "adoption");
        let points: Vec<[f64; 2]> = state
            .derived
            .projection
            .rows
            .iter()
            .map(|r| {
                [
                    r.year as f64,
                    r.node(id).unwrap_or(0.0) * if share { 100.0 } else { 1.0 },
                ]
            })
            .collect();
        let year = (state.assumptions.base_year + state.map.year as i32) as f64;
        let (first, last) = (
            state.assumptions.base_year,
            state.assumptions.base_year + state.assumptions.horizon_years as i32 - 1,
        );
        let mut data = chart::Extent::default();
        data.add_all(points.iter().map(|p| p[1]));
        let floor = points.iter().all(|p| p[1] >= 0.0).then_some(0.0);
        let (lo, hi) = chart::y_range(ui, egui::Id::unique(("map-node-chart", id)), data, floor);
        let write: fn(f64) -> String = if share {
            |v| format!("{v:.0}%")
        } else {
            format::money
        };
        let readout = chart::Readout::new((first..=last).collect()).with(
            label_of(id),
            points.iter().map(|p| p[1]).collect(),
            write,
        );
        let label_width = chart::text_width(ui, "2040");
        let width = ui.available_width() - chart::text_width(ui, "£1,000m") - 12.0;
        chart::plot(
            ("map-node-chart", id),
            chart::Screen::of(ui, state.presenting()),
            Some(readout),
        )
        .height(150.0)
        .show_grid([false, true])
        .y_axis_formatter(move |m, _| {
            if share {
                format!("{:.0}%", m.value)
            } else {
                format::money_axis(m.value)
            }
        })
        .x_grid_spacer(chart::year_spacer(first, last, 0.3, width, label_width))
        .x_axis_formatter(|m, _| chart::year_text(m))
        .y_grid_spacer(chart::value_spacer(
            150.0,
            ui.text_style_height(&egui::TextStyle::Body),
        ))
        .show(ui, |plot| {
            plot.set_plot_bounds_x(first as f64 - 0.3..=last as f64 + 0.3);
            plot.set_plot_bounds_y(lo..=hi);
            plot.line(Line::new(label_of(id), points).width(2.5));
            plot.vline(VLine::new("", year).color(ui_weak(dark)));
        });
    }
    // What is acting on it, strongest first.
    let mut inputs: Vec<(usize, f64)> = LINKS
        .iter()
        .enumerate()
        .filter(|(_, l)| l.to == id)
        .map(|(i, _)| (i, analysis.shares[i]))
        .collect();
    inputs.sort_by(|a, b| b.1.total_cmp(&a.1));
    if !inputs.is_empty() {
        ui.label(RichText::new(tr("map-moves-it")).strong());
        for (i, share) in inputs {
            let l = &LINKS[i];
            ui.label(format!(
                "{} {}  {}",
                l.polarity.symbol(),
                label_of(l.from),
                format::share(share)
            ))
            .on_hover_text(l.description);
        }
    }
}

fn ui_weak(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(160)
    } else {
        Color32::from_gray(90)
    }
}

/// Feedback loops, strongest first in the year shown; click to follow one round the map.
fn loops_list(
    ui: &mut Ui,
    state: &AppState,
    analysis: &MapAnalysis,
    year: i32,
    commands: &mut Vec<Command>,
) {
    ui.heading(tr("map-loops"));
    ui.label(RichText::new(t!("map-loops-explain", year = year.to_string())).small());
    let strongest = analysis
        .loops
        .first()
        .map_or(0.0, |l| l.strength)
        .max(1e-12);
    // One line a story: the strongest version of each named loop, and the unnamed ones.
    for l in crate::model::loops::strongest_by_family(&analysis.loops)
        .into_iter()
        .take(10)
    {
        let selected = state.map.selected_loop.as_deref() == Some(l.feedback.id.as_str());
        let letter = match l.feedback.kind {
            LoopKind::Reinforcing => "R",
            LoopKind::Balancing => "B",
        };
        let response = ui
            .selectable_label(selected, format!("{letter}  {}", l.feedback.name))
            .on_hover_text(&l.feedback.description);
        // A bar for relative strength, under the name.
        let bar = Rect::from_min_size(
            response.rect.left_bottom() + vec2(0.0, -2.0),
            vec2(response.rect.width() * (l.strength / strongest) as f32, 2.0),
        );
        ui.painter()
            .rect_filled(bar, 0.0, ui.visuals().selection.bg_fill);
        if response.clicked() {
            commands.push(MapCommand::SelectLoop(Some(l.feedback.id.clone())).into());
        }
        if selected {
            ui.label(RichText::new(&l.feedback.description).small());
        }
    }
}
