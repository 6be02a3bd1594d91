//! The levers, grouped under the seed's four domains, each in its domain's colour.
//!
//! On a laptop the domains fold so that all four headings stay in sight: as many open as fit,
//! the one opened last first. On a projector the levers a stage shows are laid out, in large
//! type, in as many columns as it takes to show every one without scrolling.

use crate::i18n::tr;
use crate::t;
use egui::{Align, Color32, Layout, RichText, Sense, Stroke, TextStyle, Ui, vec2};

use super::theme;
use crate::app::{AppState, Command, LeverCommand};
use crate::model::{Domain, Lever};
use crate::present::format;

/// The most columns of levers a projected stage gets before the levers scroll.
const MOST_COLUMNS: usize = 3;

/// The levers panel on the left of the explore view, sized for a laptop or for the stage.
/// While presenting, returns how many columns the stage's levers took (none shown: 0), and
/// whether they all fit without scrolling.
pub fn panel(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) -> (usize, bool) {
    let shown = shown(state);
    if shown.is_empty() {
        return (0, true);
    }
    if state.presenting() {
        let room = ui.available_height();
        let columns = Columns::fit(ui, state, &shown, room);
        egui::Panel::left("levers")
            .resizable(false)
            .exact_size(columns.panel_width)
            .show(ui, |ui| projected(ui, state, &columns, commands));
        (columns.columns.len(), columns.fits)
    } else {
        egui::Panel::left("levers")
            .resizable(true)
            .default_size(360.0)
            .size_range(300.0..=600.0)
            .show(ui, |ui| laptop(ui, state, commands));
        (1, true)
    }
}

/// The levers on screen: all, or those the stage shows.
fn shown(state: &AppState) -> Vec<usize> {
    (0..state.workshop.levers.len())
        .filter(|&i| state.lever_visible(i))
        .collect()
}

/// How many columns the stage's levers would take in `room` points of height, and whether
/// they would fit at all.
pub fn columns_needed(ui: &mut Ui, state: &AppState, room: f32) -> (usize, bool) {
    let columns = Columns::fit(ui, state, &shown(state), room);
    (columns.columns.len(), columns.fits)
}

/// The panel's heading and its reset button. (While presenting, "reset to stage" is in the
/// facilitator's notes, and the room's screen keeps its height for the levers.)
fn header(ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading(tr("levers-heading"));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui
                .button(tr("levers-reset"))
                .on_hover_text(tr("levers-reset-tip"))
                .clicked()
            {
                commands.push(LeverCommand::ResetAll.into());
            }
        });
    });
}

/// A domain's name over its levers: folds and unfolds on a laptop.
fn domain_heading(ui: &mut Ui, domain: Domain, open: Option<bool>, dark: bool) -> bool {
    let colour = theme::domain_colour(domain, dark);
    let size = theme::body_size(ui.style()) * 1.1;
    let text = match open {
        Some(true) => format!("▾ {}", domain.name()),
        Some(false) => format!("▸ {}", domain.name()),
        None => domain.name(),
    };
    let response = ui.add(
        egui::Label::new(RichText::new(text).font(theme::bold(size)).color(colour)).sense(
            if open.is_some() {
                Sense::click()
            } else {
                Sense::hover()
            },
        ),
    );
    // Read out as the domain's name, a button that folds or unfolds it.
    if let Some(open) = open {
        response.widget_info(|| {
            let mut info = egui::WidgetInfo::labeled(egui::Role::Button, true, domain.name());
            info.selected = Some(open);
            info
        });
        response
            .on_hover_text(if open {
                tr("levers-fold")
            } else {
                tr("levers-unfold")
            })
            .clicked()
    } else {
        false
    }
}

/// The levers on a laptop: every domain's heading in sight, as many domains open as fit.
fn laptop(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    header(ui, commands);
    ui.add_space(2.0);
    let label_width = ui.available_width() - LABEL_INDENT;
    let heading_height = text_height(ui, TextStyle::Body, 1.1) + ui.spacing().item_spacing.y;
    let domains: Vec<(Domain, f32)> = Domain::ALL
        .into_iter()
        .map(|d| {
            let height = (0..state.workshop.levers.len())
                .filter(|&i| state.workshop.levers[i].domain == d)
                .map(|i| {
                    row_height(
                        ui,
                        &state.workshop.lever_in(i, crate::i18n::lang()),
                        state.levers.0[i],
                        label_width,
                    )
                })
                .sum::<f32>();
            (d, height)
        })
        .collect();
    let mut folds = Folds::load(ui);
    // Worked out afresh only between gestures: a domain never folds under a dragging hand.
    if !ui.input(|i| i.pointer.any_down()) || folds.shown.is_empty() {
        // A little to spare, so a heading is never a few points below the edge.
        let room = ui.available_height() - 4.0 * heading_height - heading_height * 0.5;
        folds.shown = folds.open(&domains, room);
        folds.clone().store(ui);
    }
    let open = folds.shown;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for domain in Domain::ALL {
                let is_open = open.contains(&domain);
                if domain_heading(ui, domain, Some(is_open), dark) {
                    let mut folds = Folds::load(ui);
                    folds.toggle(domain, is_open);
                    folds.store(ui);
                }
                if is_open {
                    let colour = theme::domain_colour(domain, dark);
                    for (i, lever) in state
                        .workshop
                        .levers_in(crate::i18n::lang())
                        .iter()
                        .enumerate()
                    {
                        if lever.domain == domain {
                            lever_row(ui, i, lever, state.levers.0[i], colour, commands);
                        }
                    }
                }
            }
        });
}

/// Which domains the person folded, and the order they opened them in (latest first); kept in
/// the window's memory, not the session.
#[derive(Clone, Default)]
struct Folds {
    /// Opened, latest first.
    latest: Vec<Domain>,
    /// Folded by hand: they stay folded even when there is room.
    folded: Vec<Domain>,
    /// Open as last worked out.
    shown: Vec<Domain>,
}

impl Folds {
    fn id() -> egui::Id {
        egui::Id::unique("lever-domain-folds")
    }

    fn load(ui: &Ui) -> Folds {
        ui.data(|d| d.get_temp::<Folds>(Self::id()))
            .unwrap_or_default()
    }

    fn store(self, ui: &Ui) {
        ui.data_mut(|d| d.insert_temp(Self::id(), self));
    }

    fn toggle(&mut self, domain: Domain, was_open: bool) {
        self.latest.retain(|d| *d != domain);
        self.folded.retain(|d| *d != domain);
        if was_open {
            self.folded.push(domain);
        } else {
            self.latest.insert(0, domain);
        }
        self.shown.clear();
    }

    /// The domains to show open, given each one's height and the room for them: those not
    /// folded by hand, the latest opened first, for as long as they fit (and always one).
    fn open(&self, domains: &[(Domain, f32)], room: f32) -> Vec<Domain> {
        let order = self
            .latest
            .iter()
            .copied()
            .chain(Domain::ALL.into_iter().filter(|d| !self.latest.contains(d)))
            .filter(|d| !self.folded.contains(d));
        let mut used = 0.0;
        let mut open = Vec::new();
        for d in order {
            let h = domains
                .iter()
                .find(|(x, _)| *x == d)
                .map_or(0.0, |(_, h)| *h);
            if !open.is_empty() && used + h > room {
                continue;
            }
            used += h;
            open.push(d);
        }
        open
    }
}

/// What goes in the projected panel's columns: a domain's name or a lever.
#[derive(Clone, Copy)]
enum Item {
    Domain(Domain),
    Lever(usize),
}

/// The projected panel: its width and what each column holds.
struct Columns {
    /// Whether every lever fits without scrolling.
    fits: bool,
    panel_width: f32,
    /// The width of every value box, so the sliders line up.
    value_width: f32,
    columns: Vec<Vec<Item>>,
}

impl Columns {
    /// The fewest columns (up to [`MOST_COLUMNS`]) that show every lever the stage shows in
    /// the height there is.
    fn fit(ui: &mut Ui, state: &AppState, shown: &[usize], room: f32) -> Columns {
        let mut ui = ui.new_child(egui::UiBuilder::new());
        tight(&mut ui);
        let style = ui.style().clone();
        // The panel's frame: 8 points a side and 2 top and bottom (egui's side panel).
        let margin = 8.0;
        let column_width = (24.0 * theme::label_size(&style)).round();
        let room = room - 4.0;
        let heading = text_height(&ui, TextStyle::Small, 1.1) + style.spacing.item_spacing.y;
        let mut items: Vec<(Item, f32)> = Vec::new();
        for domain in Domain::ALL {
            let levers: Vec<usize> = shown
                .iter()
                .copied()
                .filter(|&i| state.workshop.levers[i].domain == domain)
                .collect();
            if levers.is_empty() {
                continue;
            }
            items.push((Item::Domain(domain), heading));
            for i in levers {
                let lever = &state.workshop.lever_in(i, crate::i18n::lang());
                items.push((Item::Lever(i), compact_height(&ui, lever, column_width)));
            }
        }
        let fitted = (1..=MOST_COLUMNS).find_map(|n| distribute(&items, n, room));
        let fits = fitted.is_some();
        eprintln!(
            "room {room} items {:?}",
            items.iter().map(|(_, h)| *h).collect::<Vec<_>>()
        );
        let columns = fitted
            .unwrap_or_else(|| distribute(&items, MOST_COLUMNS, f32::INFINITY).unwrap_or_default());
        // Every value box as wide as the widest, so the sliders line up; no wider than two
        // fifths of the column (long units are shortened to fit).
        let most = column_width * 0.4;
        let value_width = shown
            .iter()
            .map(|&i| {
                let lever = &state.workshop.lever_in(i, crate::i18n::lang());
                widest_value(&ui, lever, box_unit(&ui, lever, most))
            })
            .fold(0.0f32, f32::max);
        let n = columns.len().max(1) as f32;
        let gap = style.spacing.item_spacing.x * 2.0;
        Columns {
            fits,
            panel_width: n * column_width + (n - 1.0) * gap + 2.0 * margin,
            value_width,
            columns,
        }
    }
}

/// The projected panel's spacing: levers close together, each slider as tall as a line.
fn tight(ui: &mut Ui) {
    let label = theme::label_size(ui.style());
    let style = ui.style_mut();
    // Values in the label size, so each row is a line of text over a slider as tall as one.
    let small = TextStyle::Small.resolve(style);
    style.text_styles.insert(TextStyle::Button, small);
    let spacing = &mut style.spacing;
    spacing.item_spacing.y = (label * 0.15).round();
    spacing.interact_size.y = (label * 1.25).round();
    spacing.button_padding.y = (label * 0.1).round();
}

/// The gap under each projected lever.
fn after_lever(ui: &Ui) -> f32 {
    (theme::label_size(ui.style()) * 0.25).round()
}

/// Items in order into `n` columns of height `room`, a domain's name never last in a column;
/// `None` if they do not fit.
fn distribute(items: &[(Item, f32)], n: usize, room: f32) -> Option<Vec<Vec<Item>>> {
    let mut columns: Vec<Vec<Item>> = vec![Vec::new()];
    let mut used = 0.0;
    let mut k = 0;
    while k < items.len() {
        // A domain's name goes with its first lever.
        let take = match items[k].0 {
            Item::Domain(_) if k + 1 < items.len() => 2,
            _ => 1,
        };
        let h: f32 = items[k..k + take].iter().map(|(_, h)| h).sum();
        if used + h > room && !columns.last().is_some_and(Vec::is_empty) {
            if columns.len() == n {
                return None;
            }
            columns.push(Vec::new());
            used = 0.0;
        }
        used += h;
        if let Some(column) = columns.last_mut() {
            column.extend(items[k..k + take].iter().map(|(item, _)| *item));
        }
        k += take;
    }
    (used <= room || columns.len() <= n).then_some(columns)
}

/// The levers on the stage, in their columns.
fn projected(ui: &mut Ui, state: &AppState, columns: &Columns, commands: &mut Vec<Command>) {
    let dark = state.prefs.dark_mode;
    tight(ui);
    // Scrolls only when even the full height cannot hold them (a workshop with many levers).
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .vscroll(!columns.fits)
        .show(ui, |ui| {
            ui.columns(columns.columns.len(), |uis| {
                for (ui, column) in uis.iter_mut().zip(&columns.columns) {
                    for item in column {
                        match *item {
                            Item::Domain(domain) => {
                                let colour = theme::domain_colour(domain, dark);
                                let size = theme::label_size(ui.style()) * 1.1;
                                ui.label(
                                    RichText::new(domain.name())
                                        .font(theme::bold(size))
                                        .color(colour),
                                );
                            }
                            Item::Lever(i) => {
                                let lever = &state.workshop.lever_in(i, crate::i18n::lang());
                                let colour = theme::domain_colour(lever.domain, dark);
                                ui.add_enabled_ui(state.lever_unlocked(i), |ui| {
                                    compact_row(
                                        ui,
                                        i,
                                        lever,
                                        state.levers.0[i],
                                        colour,
                                        columns.value_width,
                                        commands,
                                    );
                                });
                            }
                        }
                    }
                }
            });
        });
}

/// Room on the left of a lever's name for the bar in its domain's colour.
const LABEL_INDENT: f32 = 14.0;

/// The height of a line of `style` text, times `scale`.
fn text_height(ui: &Ui, style: TextStyle, scale: f32) -> f32 {
    let font = style.resolve(ui.style());
    let size = font.size * scale;
    ui.fonts_mut(|f| f.row_height(&egui::FontId::new(size, font.family)))
}

/// The value as the room reads it, with its unit and the band it is in.
fn value_text(lever: &Lever, value: f64) -> String {
    match lever.band_at(value) {
        Some(band) => format!("{} · {}", lever.value_text(value), band),
        None => lever.value_text(value),
    }
}

/// A value in a slider's box with `unit` (the lever's own, a short one, or none), to the
/// slider's precision as `Lever::value_text` gives it, so a typed 50.73 reads 50.7.
fn box_text(lever: &Lever, v: f64, unit: &str) -> String {
    let places = if lever.step() >= 0.1 { 1 } else { 2 };
    let scale = 10f64.powi(places);
    format::with_unit((v * scale).round() / scale, unit)
}

/// How tall a lever's row is on a laptop, in a panel `label_width` wide: its name and value,
/// wrapped, over the slider. Worked out before drawing, to fold domains to fit.
fn row_height(ui: &Ui, lever: &Lever, value: f64, label_width: f32) -> f32 {
    let style = ui.style();
    let gap = style.spacing.item_spacing.y;
    let body = egui::FontId::new(theme::body_size(style), egui::FontFamily::Proportional);
    let small = TextStyle::Small.resolve(style);
    let mut job = egui::text::LayoutJob::default();
    job.append(
        &lever.label,
        0.0,
        egui::TextFormat::simple(body, Color32::WHITE),
    );
    job.append(
        &value_text(lever, value),
        style.spacing.item_spacing.x,
        egui::TextFormat::simple(small, Color32::WHITE),
    );
    job.wrap.max_width = label_width;
    let text = ui.fonts_mut(|f| f.layout_job(job)).size().y;
    text + gap + style.spacing.interact_size.y + 2.0 * gap + 4.0
}

/// What a projected lever shows on its name's line: the name, and the band it is in when the
/// longest band name fits beside it (so the row never re-wraps as the slider moves).
fn band_fits(ui: &Ui, lever: &Lever, width: f32) -> bool {
    let Some(longest) = lever
        .bands
        .iter()
        .map(|b| b.label.as_str())
        .max_by_key(|l| l.len())
    else {
        return false;
    };
    let size = theme::label_size(ui.style());
    let line = format!("{}  {}", lever.label, longest);
    let galley =
        ui.fonts_mut(|f| f.layout_no_wrap(line, egui::FontId::proportional(size), Color32::WHITE));
    galley.size().x <= width
}

/// The unit in a projected lever's value box: its own, or where that makes the box wider
/// than `most`, its first words (`format::short_unit`); the name says the rest.
fn box_unit<'a>(ui: &Ui, lever: &'a Lever, most: f32) -> &'a str {
    let full = lever.unit.as_str();
    if widest_value(ui, lever, full) <= most {
        return full;
    }
    format::short_unit(full)
}

/// The widest a lever's value box gets across its range, with `unit`.
fn widest_value(ui: &Ui, lever: &Lever, unit: &str) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let steps = 8;
    (0..=steps)
        .map(|k| lever.min + (lever.max - lever.min) * k as f64 / steps as f64)
        .chain([lever.default])
        .map(|v| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(box_text(lever, v, unit), font.clone(), Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(0.0f32, f32::max)
        + 2.0 * ui.spacing().button_padding.x
        + 4.0
}

/// How tall a projected lever is in a column `column_width` wide: its name (wrapped) over the
/// slider and its value.
fn compact_height(ui: &Ui, lever: &Lever, column_width: f32) -> f32 {
    let style = ui.style();
    let gap = style.spacing.item_spacing.y;
    let size = theme::label_size(style);
    let name = ui
        .fonts_mut(|f| {
            f.layout(
                lever.label.clone(),
                egui::FontId::proportional(size),
                Color32::WHITE,
                column_width - LABEL_INDENT,
            )
        })
        .size()
        .y;
    // The value box is a line of button text with its padding, or the slider's height.
    let value_box = text_height(ui, TextStyle::Button, 1.0) + 2.0 * style.spacing.button_padding.y;
    let slider_row = style.spacing.interact_size.y.max(value_box);
    // Three gaps: under the name, under the slider, and after the row's own scope.
    name + slider_row + 3.0 * gap + after_lever(ui)
}

/// A lever on the projector: its name (and its band, where there is room), the slider beneath
/// with its value and unit. No tooltips: on a projector they would cover the chart.
fn compact_row(
    ui: &mut Ui,
    index: usize,
    lever: &Lever,
    value: f64,
    colour: Color32,
    value_width: f32,
    commands: &mut Vec<Command>,
) {
    let size = theme::label_size(ui.style());
    let weak = ui.visuals().weak_text_color();
    let band = band_fits(ui, lever, ui.available_width() - LABEL_INDENT)
        .then(|| lever.band_at(value))
        .flatten();
    let name = ui
        .horizontal_top(|ui| {
            bar(ui, colour, ui.text_style_height(&TextStyle::Small));
            let name =
                ui.add(egui::Label::new(RichText::new(&lever.label).strong().size(size)).wrap());
            if let Some(band) = band {
                ui.label(RichText::new(band).size(size).color(weak));
            }
            name
        })
        .inner;
    ui.horizontal(|ui| {
        ui.add_space(LABEL_INDENT - ui.spacing().item_spacing.x);
        let reset_width = ui.spacing().interact_size.y + ui.spacing().item_spacing.x;
        let width =
            (ui.available_width() - value_width - reset_width - ui.spacing().item_spacing.x)
                .max(60.0);
        let unit = box_unit(ui, lever, value_width);
        slider(
            ui,
            index,
            lever,
            value,
            colour,
            width,
            Some(unit),
            None,
            name.id,
            commands,
        );
        reset_button(ui, index, lever, value, false, commands);
    });
    ui.add_space(after_lever(ui));
}

/// The thin bar in the domain's colour that ties a lever to its group at a glance.
fn bar(ui: &mut Ui, colour: Color32, height: f32) {
    let (bar, _) = ui.allocate_exact_size(vec2(4.0, height), Sense::hover());
    ui.painter().rect_filled(bar, 2.0, colour);
}

/// One lever on a laptop: its name (wrapped, never cut) with its value, unit and band after it,
/// and the slider beneath with the number to type into and a reset.
pub(crate) fn lever_row(
    ui: &mut Ui,
    index: usize,
    lever: &Lever,
    value: f64,
    colour: Color32,
    commands: &mut Vec<Command>,
) {
    let tooltip = t!(
        "lever-tooltip",
        description = lever.description.as_str(),
        min = format::with_unit(lever.min, &lever.unit),
        max = format::with_unit(lever.max, &lever.unit),
        default = format::with_unit(lever.default, &lever.unit)
    );
    let name = ui
        .horizontal_wrapped(|ui| {
            let line = ui.text_style_height(&TextStyle::Body);
            bar(ui, colour, line);
            let name = ui
                .label(RichText::new(&lever.label).strong())
                .on_hover_text(&tooltip);
            ui.label(
                RichText::new(value_text(lever, value))
                    .small()
                    .color(ui.visuals().weak_text_color()),
            );
            name
        })
        .inner;
    ui.horizontal(|ui| {
        ui.add_space(LABEL_INDENT - ui.spacing().item_spacing.x);
        let width = ui.spacing().slider_width.min(ui.available_width() * 0.6);
        slider(
            ui,
            index,
            lever,
            value,
            colour,
            width,
            Some(""),
            Some(&tooltip),
            name.id,
            commands,
        );
        reset_button(ui, index, lever, value, true, commands);
    });
    ui.add_space(4.0);
}

/// The slider itself, `width` points of rail, named by the lever's label for screen readers
/// and tests; the default marked beneath it and the workshop's bands as a strip.
#[allow(clippy::too_many_arguments)]
fn slider(
    ui: &mut Ui,
    index: usize,
    lever: &Lever,
    value: f64,
    colour: Color32,
    width: f32,
    value_unit: Option<&str>,
    tooltip: Option<&str>,
    name: egui::Id,
    commands: &mut Vec<Command>,
) {
    ui.scope(|ui| {
        ui.visuals_mut().selection.bg_fill = colour;
        ui.spacing_mut().slider_width = width;
        let mut v = value;
        let mut response = ui
            .add(
                egui::Slider::new(&mut v, lever.min..=lever.max)
                    .step_by(lever.step())
                    .trailing_fill(true)
                    .show_value(value_unit.is_some())
                    .max_decimals(2)
                    // The value with its unit; type a number (units may be left on or off).
                    .custom_formatter(|v, _| box_text(lever, v, value_unit.unwrap_or_default()))
                    .custom_parser(parse_number),
            )
            .labelled_by(name);
        if let Some(tip) = tooltip {
            response = response.on_hover_text(tip);
        }
        if response.changed() && v != value {
            commands.push(
                LeverCommand::Set {
                    lever: index,
                    value: v,
                    dragging: response.dragged(),
                }
                .into(),
            );
        }
        if response.drag_stopped() {
            commands.push(LeverCommand::EndDrag.into());
        }
        paint_marks(ui, response.rect, width, lever, colour);
    });
}

/// ↺: this lever back to its default. Every one shows the same symbol; its accessible name
/// says which lever.
fn reset_button(
    ui: &mut Ui,
    index: usize,
    lever: &Lever,
    value: f64,
    tips: bool,
    commands: &mut Vec<Command>,
) {
    let at_default = (value - lever.default).abs() < 1e-9;
    let mut reset = ui.add_enabled(!at_default, egui::Button::new("↺").small());
    if tips {
        reset = reset
            .on_hover_text(t!(
                "lever-reset-tip",
                lever = lever.label.as_str(),
                default = format::with_unit(lever.default, &lever.unit)
            ))
            .on_disabled_hover_text(tr("lever-at-default"));
    }
    reset.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            !at_default,
            t!("lever-reset", lever = lever.label.as_str()),
        )
    });
    if reset.clicked() {
        commands.push(LeverCommand::Reset(index).into());
    }
}

/// The number in what someone typed into a value box: "4.5", "£2m a year", "−3%", "1,200".
fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .replace('\u{2212}', "-")
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | '-'))
        .collect();
    cleaned.parse().ok()
}

/// The default marked under the rail, and the workshop's bands as a strip beneath it.
fn paint_marks(ui: &Ui, slider: egui::Rect, width: f32, lever: &Lever, colour: Color32) {
    let radius = slider.height() / 2.5;
    let rail = egui::Rangef::new(slider.left() + radius, slider.left() + width - radius);
    let x_of = |v: f64| rail.min + ((v - lever.min) / (lever.max - lever.min)) as f32 * rail.span();
    let painter = ui.painter();
    let y = slider.bottom() - 1.0;
    let x = x_of(lever.default);
    let mark = ui.visuals().text_color().gamma_multiply(0.8);
    painter.add(egui::Shape::convex_polygon(
        vec![
            egui::pos2(x, y - 5.0),
            egui::pos2(x - 4.0, y + 2.0),
            egui::pos2(x + 4.0, y + 2.0),
        ],
        mark,
        Stroke::NONE,
    ));
    for (n, band) in lever.bands.iter().enumerate() {
        let (a, b) = (x_of(band.from), x_of(band.to));
        let fill = colour.gamma_multiply(if n % 2 == 0 { 0.35 } else { 0.6 });
        painter.rect_filled(
            egui::Rect::from_x_y_ranges(a..=b, y + 3.0..=y + 5.0),
            0.0,
            fill,
        );
    }
}
