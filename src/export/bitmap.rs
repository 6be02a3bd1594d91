//! The PNG back end: plotters' bitmap back end with text drawn by ab_glyph directly, and the
//! PNG encoder (the `image` crate eframe already brings, not plotters' own, which would build a
//! second `image` and `png`).
//!
//! plotters 0.3.7 draws each glyph of a text from its pen position without the glyph's left
//! side bearing, so letters sit unevenly ("20 40"), and puts the baseline high in the text's
//! box. This wrapper lays glyphs out properly (advance, kerning, bearing, sub-pixel position)
//! within the same box plotters measures, and hands every other drawing call straight on.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, PxScale, ScaleFont, point};
use plotters::prelude::{BitMapBackend, DrawingBackend};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
};

use super::error::ExportError;
use crate::present::fonts::{DEJAVU_SANS, DEJAVU_SANS_BOLD};

/// RGB pixels, row by row, as the bytes of a PNG image.
pub fn encode_png(width: u32, height: u32, rgb: &[u8]) -> Result<Vec<u8>, ExportError> {
    let mut png = Vec::new();
    image::ImageEncoder::write_image(
        image::codecs::png::PngEncoder::new(&mut png),
        rgb,
        width,
        height,
        image::ExtendedColorType::Rgb8,
    )
    .map_err(|e| ExportError::Draw(format!("could not encode the PNG: {e}")))?;
    Ok(png)
}

fn fonts() -> &'static (Option<FontRef<'static>>, Option<FontRef<'static>>) {
    static FONTS: OnceLock<(Option<FontRef<'static>>, Option<FontRef<'static>>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        (
            FontRef::try_from_slice(DEJAVU_SANS).ok(),
            FontRef::try_from_slice(DEJAVU_SANS_BOLD).ok(),
        )
    })
}

/// A bitmap back end whose text is laid out correctly.
pub struct Bitmap<'a> {
    pub inner: BitMapBackend<'a>,
}

type Res<'a> = Result<(), DrawingErrorKind<<BitMapBackend<'a> as DrawingBackend>::ErrorType>>;

impl<'a> DrawingBackend for Bitmap<'a> {
    type ErrorType = <BitMapBackend<'a> as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Res<'a> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Res<'a> {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Res<'a> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Res<'a> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Res<'a> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Res<'a> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Res<'a> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Res<'a> {
        self.inner.fill_polygon(vert, style)
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Res<'a> {
        self.inner.blit_bitmap(pos, size, src)
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Res<'a> {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        let (regular, bold) = fonts();
        let font = match style.style() {
            FontStyle::Bold => bold.as_ref().or(regular.as_ref()),
            _ => regular.as_ref(),
        };
        let Some(font) = font else {
            // No font (cannot happen with the embedded ones): let plotters try.
            return self.inner.draw_text(text, style, pos);
        };
        // The same box plotters measures with (so layout and drawing agree): the width of
        // the advances at this scale, and a height of size / 1.24.
        let size = style.size() as f32;
        let scaled = font.as_scaled(PxScale::from(size));
        let mut width = 0.0f32;
        let mut prev = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = prev {
                width += scaled.kern(p, id);
            }
            width += scaled.h_advance(id);
            prev = Some(id);
        }
        let height = size / 1.24;
        let dx = match style.anchor().h_pos {
            HPos::Left => 0.0,
            HPos::Center => -(width.floor()) / 2.0,
            HPos::Right => -(width.floor()),
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => 0.0,
            VPos::Center => -(height.floor()) / 2.0,
            VPos::Bottom => -(height.floor()),
        };
        // Capitals centred in the box: the baseline sits half a cap height below its middle.
        let cap = font
            .outline_glyph(scaled.scaled_glyph('H'))
            .map_or(size * 0.6, |g| -g.px_bounds().min.y);
        let baseline = (height + cap) / 2.0;

        let transform = style.transform();
        let (w, h) = self.get_size();
        let mut pen = 0.0f32;
        let mut prev = None;
        let mut result = Ok(());
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = prev {
                pen += scaled.kern(p, id);
            }
            prev = Some(id);
            let glyph = id.with_scale_and_position(scaled.scale(), point(pen + dx, baseline + dy));
            pen += scaled.h_advance(id);
            let Some(outline) = font.outline_glyph(glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            let inner = &mut self.inner;
            outline.draw(|gx, gy, coverage| {
                if result.is_err() || coverage <= 0.0 {
                    return;
                }
                let x = bounds.min.x as i32 + gx as i32;
                let y = bounds.min.y as i32 + gy as i32;
                let (x, y) = transform.transform(x, y);
                let (x, y) = (pos.0 + x, pos.1 + y);
                if x >= 0 && y >= 0 && (x as u32) < w && (y as u32) < h {
                    result = inner.draw_pixel(
                        (x, y),
                        BackendColor {
                            alpha: colour.alpha * f64::from(coverage.min(1.0)),
                            rgb: colour.rgb,
                        },
                    );
                }
            });
            if result.is_err() {
                break;
            }
        }
        result
    }
}
