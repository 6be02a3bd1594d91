//! What a frame painted, read back from egui's shapes: texts with their size and place, and
//! the plots' frames with what was drawn inside them. Tests measure the room's view with it.

use egui::Rect;
use egui::epaint::{ClippedShape, ColorMode, Shape};
use egui_kittest::Harness;
use jaws::app::AppState;
use jaws::ui::shell::JawsApp;

/// A text as painted.
#[derive(Clone, Debug)]
pub struct Text {
    pub text: String,
    /// The smallest font size (points) of any visible character in it.
    pub size: f32,
    pub rect: Rect,
    pub clip: Rect,
    /// Shortened with an ellipsis to fit.
    pub elided: bool,
}

impl Text {
    /// Whether any of it can be seen: inside its clip rect and the screen.
    pub fn visible(&self, screen: Rect) -> bool {
        self.rect.intersects(self.clip) && self.rect.intersects(screen) && self.clip.is_positive()
    }

    /// Whether all of it can be seen: whole, inside its clip rect and the screen.
    pub fn whole(&self, screen: Rect) -> bool {
        let r = self.rect.shrink(0.5);
        !self.elided && self.clip.contains_rect(r) && screen.contains_rect(r)
    }
}

fn walk(shape: &Shape, clip: Rect, out: &mut Vec<(Shape, Rect)>) {
    match shape {
        Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, clip, out)),
        other => out.push((other.clone(), clip)),
    }
}

/// Every shape of the last frame, flattened, with its clip rect, in painting order.
pub fn shapes(h: &Harness<'_, JawsApp>) -> Vec<(Shape, Rect)> {
    let mut out = Vec::new();
    for ClippedShape {
        clip_rect,
        shape,
        transform_after_tessellation: t,
    } in &h.output().shapes
    {
        // Popups scale into place; everything else is drawn where it is.
        let mut shape = shape.clone();
        shape.transform(*t);
        walk(&shape, *clip_rect, &mut out);
    }
    out
}

/// Every text painted in the last frame.
pub fn texts(h: &Harness<'_, JawsApp>) -> Vec<Text> {
    shapes(h)
        .into_iter()
        .filter_map(|(shape, clip)| match shape {
            Shape::Text(t) => {
                let job = &t.galley.job;
                let size = job
                    .sections
                    .iter()
                    .filter(|s| {
                        !job.text[s.byte_range.start.0..s.byte_range.end.0]
                            .trim()
                            .is_empty()
                    })
                    .map(|s| s.format.font_id.size)
                    .fold(f32::INFINITY, f32::min);
                Some(Text {
                    text: job.text.clone(),
                    size,
                    rect: t.visual_bounding_rect(),
                    clip,
                    elided: t.galley.elided,
                })
            }
            _ => None,
        })
        .filter(|t| !t.text.trim().is_empty())
        .collect()
}

/// A plot as painted: its frame, and the bounding rect of everything drawn clipped to it
/// (curves, fills, markers, labels) other than its own background.
#[derive(Clone, Debug)]
pub struct PlotPaint {
    pub frame: Rect,
    pub drawn: Vec<(Rect, &'static str)>,
}

/// The plots of the last frame. egui_plot paints each plot's background as a rectangle exactly
/// the size of the clip rect it then draws the plot's items in, with corners rounded by 2
/// points (a panel's are square); that is how they are found.
pub fn plots(h: &Harness<'_, JawsApp>) -> Vec<PlotPaint> {
    let all = shapes(h);
    let bg = h.ctx.global_style().visuals.extreme_bg_color;
    let frames: Vec<Rect> = all
        .iter()
        .filter_map(|(s, clip)| match s {
            // (Inside a scroll area the clip is the plot's rect cut to the area's.)
            Shape::Rect(r)
                if r.rect.expand(0.5).contains_rect(*clip)
                    && clip.area() >= r.rect.area() * 0.9
                    && r.fill == bg
                    && r.corner_radius == egui::CornerRadius::same(2) =>
            {
                Some(*clip)
            }
            _ => None,
        })
        .collect();
    frames
        .into_iter()
        .map(|frame| {
            let drawn = all
                .iter()
                .filter(|(_, clip)| *clip == frame)
                .filter_map(|(s, _)| {
                    let kind = match s {
                        Shape::Rect(r) if r.rect.expand(0.5).contains_rect(frame) => return None,
                        Shape::Path(p) if matches!(p.stroke.color, ColorMode::Solid(_)) => "line",
                        Shape::Path(_) => "path",
                        Shape::LineSegment { .. } => "segment",
                        Shape::Mesh(_) => "fill",
                        Shape::Circle(_) => "point",
                        Shape::Text(_) => "text",
                        _ => "other",
                    };
                    Some((s.visual_bounding_rect(), kind))
                })
                .filter(|(r, _)| {
                    r.is_finite() && r.is_positive() || r.width() == 0.0 || r.height() == 0.0
                })
                .collect();
            PlotPaint { frame, drawn }
        })
        .collect()
}

/// The app's state in a harness.
pub fn state<'a>(h: &'a Harness<'_, JawsApp>) -> &'a AppState {
    &h.state().state
}

/// A harness of `size` points (one pixel a point) on `state`.
pub fn harness(state: AppState, size: [f32; 2]) -> Harness<'static, JawsApp> {
    let mut cell = Some(state);
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .build_eframe(move |cc| JawsApp::new(cc, cell.take().unwrap()));
    h.run();
    h
}

/// The projector sizes the room's tests are checked at.
pub const PROJECTORS: [[f32; 2]; 3] = [[1280.0, 720.0], [1920.0, 1080.0], [3840.0, 2160.0]];
