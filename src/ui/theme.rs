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

/// Type sizes that read comfortably on a laptop; Ctrl +/- zooms from here.
pub fn install_style(ctx: &egui::Context) {
    install_style_for(ctx, false);
}

/// Laptop type sizes, or larger ones for a projector read from the back of a room.
pub fn install_style_for(ctx: &egui::Context, projector: bool) {
    ctx.all_styles_mut(|style| set_sizes(style, projector));
}

/// Set one style's type sizes and spacing for a laptop or a projector.
pub fn set_sizes(style: &mut egui::Style, projector: bool) {
    let k = if projector { 1.3 } else { 1.0 };
    {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(13.0 * k)),
            (TextStyle::Body, FontId::proportional(15.5 * k)),
            (TextStyle::Button, FontId::proportional(15.5 * k)),
            (
                TextStyle::Heading,
                FontId::new(22.0 * k, FontFamily::Name(BOLD.into())),
            ),
            (TextStyle::Monospace, FontId::monospace(14.0 * k)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        style.spacing.slider_width = 210.0;
        style.spacing.interact_size.y = 24.0 * k;
    }
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
