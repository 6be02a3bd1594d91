//! Look and feel: the embedded fonts and the shared palette (`present`) as egui uses them,
//! type sizes for a laptop and a projector.
//!
//! Colours come from `present::palette` (Okabe–Ito), the same as the exported charts; each
//! domain keeps its colour everywhere it appears.

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};

use crate::model::Domain;
use crate::present::fonts::{DEJAVU_SANS, DEJAVU_SANS_BOLD};
use crate::present::palette::{self, Rgb, Shade};

/// Bold text, for headline figures and group titles.
pub const BOLD: &str = "bold";

/// Register the embedded fonts. No system font is looked up, so text is identical everywhere.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("dejavu".into(), FontData::from_static(DEJAVU_SANS).into());
    fonts.font_data.insert(
        "dejavu-bold".into(),
        FontData::from_static(DEJAVU_SANS_BOLD).into(),
    );
    // DejaVu first; egui's own fonts stay behind it for emoji and symbols.
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, "dejavu".into());
    let mut bold = vec!["dejavu-bold".to_string()];
    bold.extend(fonts.families[&FontFamily::Proportional].iter().cloned());
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);
}

/// Where the window is seen: on a laptop at arm's length, or projected for a room, where type
/// grows with the window so that it is the same share of the screen at any resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Look {
    Laptop,
    /// Projected; the window's height in points.
    Projector {
        height: f32,
    },
}

impl Look {
    /// How much larger than laptop spacing: 1.2 up to a 720-point-high window, then in
    /// proportion to the height, so a 1080p projector shows what a 720p one does, larger.
    pub fn scale(self) -> f32 {
        match self {
            Look::Laptop => 1.0,
            Look::Projector { height } => 1.2 * (height.max(720.0) / 720.0),
        }
    }

    /// Type sizes: small (labels), body, heading, monospace, title, lead, and the least a label
    /// may shrink to so that it fits. On a projector each
    /// is a share of the window's height (no less than at 720 points), a little above what
    /// the room needs: labels a 48th of the height, the narrative and headline figures a
    /// 36th, the stage title a 20th.
    fn type_sizes(self) -> [f32; 7] {
        match self {
            Look::Laptop => [13.0, 15.5, 22.0, 14.0, 30.8, 18.5, 10.5],
            Look::Projector { height } => {
                let h = height.max(720.0);
                [
                    h / 45.0,
                    h / 38.0,
                    h / 27.0,
                    h / 42.0,
                    h / 19.0,
                    h / 32.0,
                    h / 47.0,
                ]
            }
        }
    }
}

/// The stage's title in presenter mode: at least a twentieth of the window's height.
pub const TITLE: &str = "jaws-title";
/// A stage's narrative and the headline figures: at least a thirty-sixth of the height.
pub const LEAD: &str = "jaws-lead";
/// The least a label may shrink to so that it fits.
pub const LEAST: &str = "jaws-least";

/// Type sizes that read comfortably on a laptop; Ctrl +/- zooms from here.
pub fn install_style(ctx: &egui::Context) {
    install_style_for(ctx, Look::Laptop);
}

/// Laptop type sizes, or larger ones for a projector read from the back of a room.
pub fn install_style_for(ctx: &egui::Context, look: Look) {
    ctx.all_styles_mut(|style| set_sizes(style, look));
}

/// Set one style's type sizes and spacing for a laptop or a projector. On a projector every
/// size grows with the window (`Look::scale`): the smallest type, which axes, legends, map
/// labels and the stage counter use, stays above a forty-eighth of the window's height.
pub fn set_sizes(style: &mut egui::Style, look: Look) {
    let k = look.scale();
    let [small, body, heading, mono, title, lead, least] = look.type_sizes();
    style.text_styles = [
        (TextStyle::Small, FontId::proportional(small)),
        (TextStyle::Body, FontId::proportional(body)),
        (TextStyle::Button, FontId::proportional(body)),
        (TextStyle::Heading, bold(heading)),
        (TextStyle::Monospace, FontId::monospace(mono)),
        (TextStyle::Name(TITLE.into()), bold(title)),
        (TextStyle::Name(LEAD.into()), FontId::proportional(lead)),
        (TextStyle::Name(LEAST.into()), FontId::proportional(least)),
    ]
    .into();
    // Spacing in whole points, so widgets stay on the pixel grid at any scale.
    let r = |v: f32| (v * k).round();
    let s = &mut style.spacing;
    s.item_spacing = egui::vec2(r(8.0), r(6.0));
    s.button_padding = egui::vec2(r(8.0), r(4.0));
    s.indent = r(18.0);
    s.slider_width = r(210.0);
    s.interact_size = egui::vec2(r(40.0), r(24.0));
    s.icon_width = r(14.0);
    s.icon_width_inner = r(8.0);
    s.icon_spacing = r(4.0);
    s.combo_width = r(100.0);
    s.text_edit_width = r(280.0);
    s.tooltip_width = r(500.0);
    s.menu_width = r(400.0);
}

/// The size of a text style in `style`.
pub fn size_of(style: &egui::Style, text: &TextStyle) -> f32 {
    text.resolve(style).size
}

/// The stage title's font.
pub fn title_font(style: &egui::Style) -> FontId {
    bold(size_of(style, &TextStyle::Name(TITLE.into())))
}

/// The size of a narrative and of headline figures.
pub fn lead_size(style: &egui::Style) -> f32 {
    size_of(style, &TextStyle::Name(LEAD.into()))
}

/// The size of the smallest type a room is meant to read: labels on charts and maps.
pub fn label_size(style: &egui::Style) -> f32 {
    size_of(style, &TextStyle::Small)
}

/// The smallest type a label may shrink to so that it fits (on a projector, never under what
/// the room can read).
pub fn min_label_size(style: &egui::Style) -> f32 {
    size_of(style, &TextStyle::Name(LEAST.into()))
}

/// The size of body text.
pub fn body_size(style: &egui::Style) -> f32 {
    size_of(style, &TextStyle::Body)
}

pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD.into()))
}

/// A palette colour as egui's.
pub fn colour(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

fn shade(s: Shade, dark_mode: bool) -> Color32 {
    colour(s.on(dark_mode))
}

/// A domain's colour, darkened on light backgrounds so text in it stays readable.
pub fn domain_colour(domain: Domain, dark_mode: bool) -> Color32 {
    let s = match domain {
        Domain::Cultural => palette::CULTURAL,
        Domain::Structural => palette::STRUCTURAL,
        Domain::Political => palette::POLITICAL,
        Domain::Financial => palette::FINANCIAL,
    };
    shade(s, dark_mode)
}

/// The `i`th compared scenario's colour (from 0), the same as in exported charts.
pub fn scenario_colour(i: usize) -> Color32 {
    colour(palette::scenario(i))
}

/// The `i`th council's colour on the councils chart (from 0, the one in use).
pub fn council_colour(i: usize) -> Color32 {
    colour(palette::council(i))
}

/// Demand: the upper jaw.
pub fn demand_colour(dark_mode: bool) -> Color32 {
    shade(palette::DEMAND, dark_mode)
}

/// Resources: the lower jaw.
pub fn resources_colour(dark_mode: bool) -> Color32 {
    shade(palette::RESOURCES, dark_mode)
}

/// Warnings: reserves below the minimum, invalid input.
pub fn warning_colour(dark_mode: bool) -> Color32 {
    shade(palette::WARNING, dark_mode)
}

/// Good news: a surplus, a target met.
pub fn good_colour(dark_mode: bool) -> Color32 {
    shade(palette::GOOD, dark_mode)
}

/// The look on a projector: pure black on white or white on black, with heavier lines, since
/// projectors wash out greys and thin strokes.
pub fn projector_visuals(dark_mode: bool) -> egui::Visuals {
    let mut v = visuals(dark_mode);
    let (fg, bg) = if dark_mode {
        (Color32::WHITE, Color32::BLACK)
    } else {
        (Color32::BLACK, Color32::WHITE)
    };
    v.override_text_color = Some(fg);
    v.panel_fill = bg;
    v.extreme_bg_color = bg;
    // A text box stands out from the black (or white) around it, with a visible edge, and
    // its text in the foreground colour: never black on black.
    v.text_edit_bg_color = Some(if dark_mode {
        Color32::from_gray(38)
    } else {
        Color32::from_gray(236)
    });
    v.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, Color32::from_gray(140));
    v.widgets.noninteractive.bg_stroke.width = 1.5;
    v.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.5, fg);
    v
}

pub fn visuals(dark_mode: bool) -> egui::Visuals {
    let mut v = if dark_mode {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    if dark_mode {
        // A little more contrast than egui's default for laptops in bright rooms.
        v.override_text_color = Some(Color32::from_gray(235));
        v.panel_fill = Color32::from_gray(24);
        v.window_fill = Color32::from_gray(30);
    } else {
        v.override_text_color = Some(Color32::from_gray(20));
    }
    v
}
