//! One presentation vocabulary for the screen, the files and the command line: how numbers and
//! money are written, the colours, and the fonts. Nothing here knows egui, plotters or the
//! model, so every other module can use it and it uses none of them: `ui` turns its colours
//! into egui's, `export` into plotters' and CSS, and `model` and `cli` write their sentences
//! with its numbers.
//!
//! - [`format`]: money (one function family: true minus, thousands separated, £m, and £bn from
//!   £10bn), numbers with their units, shares, durations.
//! - [`palette`]: the Okabe–Ito colours, scenario colours in one order, and the shades the
//!   app's theme and the exported charts share.
//! - [`axis`]: round steps and ranges for chart axes.
//! - [`fonts`]: the embedded DejaVu Sans, included once for egui, the PNG charts and plotters.

pub mod axis;
pub mod fonts;
pub mod format;
pub mod palette;
