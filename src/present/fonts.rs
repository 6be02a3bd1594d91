//! DejaVu Sans, embedded so text never depends on the fonts a machine has: the window, the PNG
//! charts and the SVG charts' layout all use these bytes.

/// DejaVu Sans, regular.
pub static DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
pub static DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Fonts for SVG and HTML viewers, as a CSS `font-family`: DejaVu Sans first (exported charts
/// were laid out with its widths), then fonts of much the same width.
pub const CSS_FONT_STACK: &str = "\"DejaVu Sans\", Verdana, \"Bitstream Vera Sans\", sans-serif";
