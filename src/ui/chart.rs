//! What the window's charts share: a range that holds every point drawn and eases to a new
//! one, a key above the chart with each entry's own swatch (line style and all), year marks
//! that fit small charts, lines as thick as a projector needs, and a readout of every series
//! at the year under the pointer.

use crate::i18n::tr;
use egui::{Color32, Id, Stroke, Ui};
use egui_plot::{GridInput, GridMark, HoverPosition, Plot, PlotUi};

use super::theme;
use crate::app::{Command, PresentCommand};
use crate::present::{axis, format};

/// How long a chart takes to ease to a new range, in seconds.
const EASE_SECONDS: f32 = 0.35;

/// The smallest and largest value a chart draws.
#[derive(Clone, Copy, Debug)]
pub struct Extent {
    pub lo: f64,
    pub hi: f64,
}

impl Default for Extent {
    fn default() -> Self {
        Extent {
            lo: f64::INFINITY,
            hi: f64::NEG_INFINITY,
        }
    }
}

impl Extent {
    pub fn add(&mut self, v: f64) {
        if v.is_finite() {
            self.lo = self.lo.min(v);
            self.hi = self.hi.max(v);
        }
    }

    pub fn add_all(&mut self, values: impl IntoIterator<Item = f64>) {
        for v in values {
            self.add(v);
        }
    }

    fn is_empty(&self) -> bool {
        self.lo > self.hi
    }
}

/// The y range a chart shows for data spanning `data`: a little room above and below, on round
/// marks, eased from the last range over a third of a second, and at every moment holding all
/// the data (the ends reach out at once; they only ease in). `floor` keeps the range from going
/// below it (0 for amounts that cannot be negative) unless the data does.
pub fn y_range(ui: &Ui, id: Id, data: Extent, floor: Option<f64>) -> (f64, f64) {
    let data = if data.is_empty() {
        Extent { lo: 0.0, hi: 1.0 }
    } else {
        data
    };
    let pad = ((data.hi - data.lo) * 0.06)
        .max(data.hi.abs().max(data.lo.abs()) * 0.01)
        .max(0.5);
    let mut lo = data.lo - pad;
    if let Some(f) = floor
        && data.lo >= f
    {
        lo = lo.max(f);
    }
    let (lo, hi, _) = axis::nice_range(lo, data.hi + pad, 8);
    let ctx = ui.ctx();
    let eased_lo = ctx.animate_value_with_time(id.with("y-lo"), lo as f32, EASE_SECONDS) as f64;
    let eased_hi = ctx.animate_value_with_time(id.with("y-hi"), hi as f32, EASE_SECONDS) as f64;
    (eased_lo.min(data.lo), eased_hi.max(data.hi))
}

/// Whether the window is projected (presenter mode), and how tall it is.
#[derive(Clone, Copy, Debug)]
pub struct Screen {
    pub presenting: bool,
    pub height: f32,
}

impl Screen {
    pub fn of(ui: &Ui, presenting: bool) -> Screen {
        Screen {
            presenting,
            height: ui.ctx().content_rect().height(),
        }
    }

    /// A main line's width: 3.5 points on a laptop; on a projector, more in proportion to the
    /// window's height above 720, so a line is never thinner than a 250th of the height.
    pub fn line(self) -> f32 {
        if self.presenting {
            3.5 * (self.height / 720.0).max(1.0)
        } else {
            3.5
        }
    }

    /// The finest line drawn (a band's edge): a point on a laptop, more in proportion on a
    /// projector.
    pub fn hairline(self) -> f32 {
        if self.presenting {
            (self.height / 720.0).max(1.0) * 1.5
        } else {
            1.0
        }
    }

    /// A lesser line (a baseline, a marker): a little thinner, never under a 250th of the
    /// height on a projector.
    pub fn thin_line(self) -> f32 {
        if self.presenting {
            (self.line() * 0.85).max(self.height / 240.0)
        } else {
            2.5
        }
    }
}

/// One series of a readout: a name, its value each year, and how to write a value.
pub type ReadoutSeries = (String, Vec<f64>, fn(f64) -> String);

/// Every series of a chart, for the readout at the year under the pointer.
pub struct Readout {
    pub years: Vec<i32>,
    pub series: Vec<ReadoutSeries>,
}

impl Readout {
    pub fn new(years: Vec<i32>) -> Readout {
        Readout {
            years,
            series: Vec::new(),
        }
    }

    pub fn money(mut self, name: impl Into<String>, values: Vec<f64>) -> Readout {
        self.series.push((name.into(), values, format::money));
        self
    }

    pub fn with(
        mut self,
        name: impl Into<String>,
        values: Vec<f64>,
        write: fn(f64) -> String,
    ) -> Readout {
        self.series.push((name.into(), values, write));
        self
    }

    /// The year nearest `x` and every series' value then, one a line.
    pub fn text(&self, x: f64) -> Option<String> {
        let i = self
            .years
            .iter()
            .enumerate()
            .min_by(|a, b| {
                (f64::from(*a.1) - x)
                    .abs()
                    .total_cmp(&(f64::from(*b.1) - x).abs())
            })?
            .0;
        let mut out = self.years[i].to_string();
        for (name, values, write) in &self.series {
            if let Some(v) = values.get(i) {
                out.push_str(&format!("\n{name}: {}", write(*v)));
            }
        }
        Some(out)
    }
}

/// A chart as the window draws them: still (no panning or zooming by accident); on a laptop a
/// vertical ruler and the readout of every series at the year under the pointer, on a
/// projector neither (they would cover the chart the room is reading).
pub fn plot<'a>(id: impl egui::AsIdSalt, screen: Screen, readout: Option<Readout>) -> Plot<'a> {
    let plot = Plot::new(id)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        // Ranges are the charts' own (`y_range`), never egui_plot's.
        .auto_bounds(false);
    if screen.presenting {
        return plot.show_crosshair(false).show_x(false).show_y(false);
    }
    let plot = plot.show_y(false);
    match readout {
        Some(r) => plot.label_formatter(move |pos| match pos {
            HoverPosition::NearDataPoint { position, .. }
            | HoverPosition::Elsewhere { position } => r.text(position.x),
        }),
        None => plot,
    }
}

/// Year marks for a chart `width` points wide from `first` to `last`, its range reaching `pad`
/// years beyond each: at least three labelled, every year a minor mark. The first and last
/// years are labelled only where their labels fit inside the chart's ends.
pub fn year_marks(first: i32, last: i32, pad: f64, width: f32, label_width: f32) -> Vec<GridMark> {
    let span = (last - first).max(1);
    let per_year = width / (span as f32 + 2.0 * pad as f32);
    let ends_fit = pad as f32 * per_year >= label_width * 0.5;
    // The smallest round step whose labels have room between them.
    let step = [1, 2, 5, 10, 20]
        .into_iter()
        .find(|s| *s as f32 * per_year >= label_width * 2.2)
        .unwrap_or(20);
    let inside = |y: &i32| ends_fit || (*y != first && *y != last);
    let mut labelled: Vec<i32> = (first..=last)
        .filter(|y| y % step == 0)
        .filter(inside)
        .collect();
    // Too few round years: three spread evenly, the ends among them where they fit.
    if labelled.len() < 3 && span >= 2 {
        labelled = if ends_fit {
            vec![first, first + span / 2, last]
        } else {
            let edge = (span / 6).max(1);
            vec![first + edge, first + span / 2, last - edge]
        };
    }
    // On a chart too narrow for them, the middle label alone rather than labels that overlap.
    let between = labelled
        .windows(2)
        .map(|w| w[1] - w[0])
        .min()
        .unwrap_or(span);
    if (between as f32) * per_year < label_width * 1.05 {
        labelled = vec![first + span / 2];
    }
    (first..=last)
        .map(|y| GridMark {
            value: f64::from(y),
            // Labels are spaced here, so egui_plot (which leaves out labels closer than its own
            // spacing) is told they are far apart; minor marks get none.
            step_size: if labelled.contains(&y) {
                f64::from(span)
            } else {
                1.0
            },
        })
        .collect()
}

/// The year marks as egui_plot's grid spacer, for a chart whose plot is about `width` wide.
pub fn year_spacer(
    first: i32,
    last: i32,
    pad: f64,
    width: f32,
    label_width: f32,
) -> impl Fn(GridInput) -> Vec<GridMark> {
    move |_| year_marks(first, last, pad, width, label_width)
}

/// Marks up a value axis at round steps (`present::axis`), as many as a chart `height` points
/// tall has room to label with text `line` points high: a small chart gets three or four.
pub fn value_spacer(height: f32, line: f32) -> impl Fn(GridInput) -> Vec<GridMark> {
    move |input| {
        let (lo, hi) = input.bounds;
        let most = ((height / (line * 2.4)) as usize).clamp(2, 10);
        let step = axis::nice_step(hi - lo, most);
        axis::ticks(lo, hi, step)
            .into_iter()
            .map(|value| GridMark {
                value,
                step_size: step,
            })
            .collect()
    }
}

/// The year under a mark, or nothing between years (minor marks are unlabelled).
pub fn year_text(mark: GridMark) -> String {
    if mark.step_size > 1.0 && (mark.value - mark.value.round()).abs() < 1e-6 {
        format!("{:.0}", mark.value)
    } else {
        String::new()
    }
}

/// How a key entry is drawn.
#[derive(Clone, Copy, Debug)]
pub enum Swatch {
    /// A line in this colour, `dashed` or solid.
    Line { colour: Color32, dashed: bool },
    /// Two lines one over the other, dashed or solid (a scenario's demand and resources).
    Pair {
        upper: Color32,
        lower: Color32,
        dashed: bool,
    },
    /// A filled area.
    Fill(Color32),
    /// A band: a light fill with a darker middle.
    Band(Color32),
}

/// One entry of a chart's key: its swatch, its words, and what hovering them explains.
pub struct KeyEntry {
    pub swatch: Swatch,
    pub label: String,
    pub tip: Option<String>,
}

impl KeyEntry {
    pub fn new(swatch: Swatch, label: impl Into<String>) -> KeyEntry {
        KeyEntry {
            swatch,
            label: label.into(),
            tip: None,
        }
    }

    pub fn tip(mut self, tip: String) -> KeyEntry {
        self.tip = Some(tip);
        self
    }
}

/// A chart's key, in rows above the chart (never over it), each entry with its own swatch;
/// `aside` (say, the prices' year) in weak text at the end. Returns the height it took.
pub fn key(ui: &mut Ui, entries: &[KeyEntry], aside: Option<&str>, line: f32) -> f32 {
    let row = ui.horizontal_wrapped(|ui| {
        for e in entries {
            key_entry(ui, e, line);
        }
        if let Some(aside) = aside {
            keep_together(ui, aside, 0.0);
            ui.add(
                egui::Label::new(egui::RichText::new(aside).color(ui.visuals().weak_text_color()))
                    .extend(),
            );
        }
    });
    row.response.rect.height() + ui.spacing().item_spacing.y
}

/// Start a new row of the key unless `words` (after `lead` points of swatch) fit on this one,
/// so an entry is never split across lines.
pub fn keep_together(ui: &mut Ui, words: &str, lead: f32) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galley = ui.fonts_mut(|f| f.layout_no_wrap(words.to_string(), font, Color32::WHITE));
    let needed = lead + 2.0 * ui.spacing().item_spacing.x + galley.size().x + 12.0;
    if ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
}

/// One entry of a key, in a wrapping row: its swatch, then its words.
pub fn key_entry(ui: &mut Ui, entry: &KeyEntry, line: f32) {
    let h = ui.text_style_height(&egui::TextStyle::Body);
    let width = h * 1.8;
    keep_together(ui, &entry.label, width);
    let (rect, swatch) = ui.allocate_exact_size(egui::vec2(width, h), egui::Sense::hover());
    let painter = ui.painter();
    let dash = |p: &egui::Painter, y: f32, colour: Color32, dashed: bool| {
        let (a, b) = (egui::pos2(rect.left(), y), egui::pos2(rect.right(), y));
        let stroke = Stroke::new(line, colour);
        if dashed {
            p.add(egui::Shape::dashed_line(
                &[a, b],
                stroke,
                h * 0.35,
                h * 0.25,
            ));
        } else {
            p.line_segment([a, b], stroke);
        }
    };
    match entry.swatch {
        Swatch::Line { colour, dashed } => dash(painter, rect.center().y, colour, dashed),
        Swatch::Pair {
            upper,
            lower,
            dashed,
        } => {
            dash(painter, rect.top() + h * 0.3, upper, dashed);
            dash(painter, rect.bottom() - h * 0.3, lower, dashed);
        }
        Swatch::Fill(colour) => {
            painter.rect_filled(rect.shrink2(egui::vec2(0.0, h * 0.15)), 2.0, colour);
        }
        Swatch::Band(colour) => {
            let outer = rect.shrink2(egui::vec2(0.0, h * 0.1));
            painter.rect_filled(outer, 2.0, colour.gamma_multiply(0.45));
            painter.rect_filled(outer.shrink2(egui::vec2(0.0, h * 0.22)), 0.0, colour);
        }
    }
    let text = ui.add(egui::Label::new(entry.label.as_str()).extend());
    if let Some(tip) = &entry.tip {
        swatch.on_hover_text(tip);
        text.on_hover_text(tip);
    }
    ui.add_space(h * 0.6);
}

/// The text colour for a chart's ink (a sketch, a marker) on this theme: pure white or black.
pub fn ink(dark: bool) -> Color32 {
    if dark { Color32::WHITE } else { Color32::BLACK }
}

/// The width of a label of `text` in the body style, for choosing marks that fit.
pub fn text_width(ui: &Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.fonts_mut(|f| {
        f.layout_no_wrap(text.to_string(), font, Color32::WHITE)
            .size()
            .x
    })
}

/// The money marks of a y axis, as the shared format writes them.
pub fn money_mark(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    format::money_axis(mark.value)
}

/// A chart's colours for the theme, as egui's: see `theme`.
pub fn series_colour(dark: bool) -> (Color32, Color32) {
    (theme::demand_colour(dark), theme::resources_colour(dark))
}

/// The room's prediction, sketched by dragging on a chart while the change is hidden, in the
/// chart's own units. A stroke starts where the button went down, not where the drag was
/// first noticed a few points later.
pub fn sketch(plot_ui: &mut PlotUi<'_>, commands: &mut Vec<Command>) {
    let response = plot_ui.response().clone();
    let transform = *plot_ui.transform();
    if response.drag_started_by(egui::PointerButton::Primary)
        && let Some(origin) = response.ctx.input(|i| i.pointer.press_origin())
    {
        let at = transform.value_from_position(origin);
        commands.push(
            PresentCommand::SketchPoint {
                at: [at.x, at.y],
                new_stroke: true,
            }
            .into(),
        );
    }
    if response.dragged_by(egui::PointerButton::Primary)
        && let Some(at) = plot_ui.pointer_coordinate()
    {
        commands.push(
            PresentCommand::SketchPoint {
                at: [at.x, at.y],
                new_stroke: false,
            }
            .into(),
        );
    }
}

/// The room's sketched prediction, drawn the same way on every chart it can be made on: dashed,
/// thin, in ink, so it never reads as a projection.
pub fn prediction_lines(
    plot_ui: &mut PlotUi<'_>,
    strokes: &[Vec<[f64; 2]>],
    ink: Color32,
    thin: f32,
) {
    for stroke in strokes.iter().filter(|l| l.len() > 1) {
        plot_ui.line(
            egui_plot::Line::new(tr("chart-our-prediction"), stroke.clone())
                .color(ink)
                .style(egui_plot::LineStyle::dashed_dense())
                .width(thin),
        );
    }
}
