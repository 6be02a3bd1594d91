//! Colours, defined once for the window and the exported charts and report.
//!
//! Data colours start from Okabe and Ito's palette (2008), which stays distinguishable with
//! the common forms of colour blindness. Scenarios take the same colour in the same place on
//! the screen and in a file ([`scenario`]), so a chart pasted into a slide matches what the
//! room saw: each reads at 3:1 or more on white and on the dark chart backgrounds alike, and
//! no two are near neighbours in colour. Colours that carry text or the jaws on the screen
//! come as a [`Shade`]: a light one for dark backgrounds and a darker one for light
//! backgrounds (the exported charts are light). [`contrast`] and [`difference`] measure them.

/// A colour as red, green and blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// As CSS and SVG write it: `#0072b2`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

// Okabe–Ito.
pub const ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
pub const SKY_BLUE: Rgb = Rgb(0x56, 0xB4, 0xE9);
pub const BLUISH_GREEN: Rgb = Rgb(0x00, 0x9E, 0x73);
pub const YELLOW: Rgb = Rgb(0xF0, 0xE4, 0x42);
pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
pub const REDDISH_PURPLE: Rgb = Rgb(0xCC, 0x79, 0xA7);
/// In place of Okabe–Ito's black, a grey that reads on light and dark backgrounds alike.
pub const GREY: Rgb = Rgb(0x80, 0x80, 0x80);
/// Okabe–Ito's orange darkened to read on white, and to stand apart from vermillion.
pub const AMBER: Rgb = Rgb(0x9A, 0x6A, 0x00);
/// A violet in place of sky blue, which is too near blue and too faint on white.
pub const VIOLET: Rgb = Rgb(0x7B, 0x52, 0xAB);
/// An olive green in place of yellow, which is too faint on white.
pub const OLIVE: Rgb = Rgb(0x6B, 0x8E, 0x23);

/// Scenario colours in the order scenarios take them. Each reads at 3:1 or more on white and
/// on the dark charts; every two differ by at least 30 in CIELAB (ΔE), so six scenarios give
/// no two oranges or two blues. The compare view, the exported charts and the report use this
/// order.
pub const SCENARIOS: [Rgb; 8] = [
    BLUE,
    VERMILLION,
    BLUISH_GREEN,
    REDDISH_PURPLE,
    AMBER,
    VIOLET,
    OLIVE,
    GREY,
];

/// The colour of the `i`th scenario (counting from 0) on any chart; after eight they repeat.
pub fn scenario(i: usize) -> Rgb {
    SCENARIOS[i % SCENARIOS.len()]
}

/// Council colours on the compare view's councils chart, the one in use first: the scenario
/// colours taken from the far end, so that beside two or three compared scenarios no council
/// shares a scenario's colour.
pub const COUNCILS: [Rgb; 5] = [VIOLET, AMBER, REDDISH_PURPLE, OLIVE, BLUISH_GREEN];

/// The colour of the `i`th council on the councils chart (counting from 0, the one in use).
pub fn council(i: usize) -> Rgb {
    COUNCILS[i % COUNCILS.len()]
}

/// One colour in two shades, one for each kind of background, so text drawn in it stays
/// readable on either.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shade {
    pub on_dark: Rgb,
    pub on_light: Rgb,
}

impl Shade {
    pub fn on(self, dark_background: bool) -> Rgb {
        if dark_background {
            self.on_dark
        } else {
            self.on_light
        }
    }
}

/// Demand: the upper jaw. On either background it stands at 3:1 or more from the background
/// and from resources, so a washed-out projector still tells the two jaws apart: light amber
/// over mid blue on dark, vermillion over navy on light.
pub const DEMAND: Shade = Shade {
    on_dark: Rgb(0xFF, 0xC2, 0x7F),
    on_light: Rgb(0xD3, 0x54, 0x00),
};
/// Resources: the lower jaw.
pub const RESOURCES: Shade = Shade {
    on_dark: Rgb(0x30, 0x68, 0xCC),
    on_light: Rgb(0x0A, 0x24, 0x63),
};
/// Warnings: the gap, reserves below the minimum, invalid input.
pub const WARNING: Shade = Shade {
    on_dark: Rgb(0xFF, 0x7B, 0x72),
    on_light: Rgb(0xB0, 0x1E, 0x1E),
};
/// Good news: a surplus, a target met.
pub const GOOD: Shade = Shade {
    on_dark: Rgb(0x4F, 0xD1, 0x9B),
    on_light: Rgb(0x00, 0x6E, 0x50),
};

// The four domains of drivers, each in its Okabe–Ito colour (darkened for light backgrounds).
pub const CULTURAL: Shade = Shade {
    on_dark: REDDISH_PURPLE,
    on_light: Rgb(0x9E, 0x3D, 0x78),
};
pub const STRUCTURAL: Shade = Shade {
    on_dark: SKY_BLUE,
    on_light: Rgb(0x1F, 0x6F, 0xA8),
};
pub const POLITICAL: Shade = Shade {
    on_dark: ORANGE,
    on_light: Rgb(0x9A, 0x62, 0x00),
};
pub const FINANCIAL: Shade = Shade {
    on_dark: BLUISH_GREEN,
    on_light: Rgb(0x00, 0x6E, 0x50),
};

/// Text and lines on the white of exported charts and the report.
pub const INK: Rgb = Rgb(0x1A, 0x1A, 0x1A);
/// Secondary text and axes on white: subtitles, the prudent minimum line.
pub const MUTED_INK: Rgb = Rgb(0x59, 0x59, 0x59);
/// Grid lines and rules on white.
pub const RULE: Rgb = Rgb(0xD9, 0xD9, 0xD9);

/// WCAG's relative luminance: 0 for black, 1 for white.
pub fn luminance(c: Rgb) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// WCAG's contrast ratio between two colours, from 1 (the same) to 21 (black on white).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `c` drawn at `alpha` (0..1) over `background`, as the eye sees it.
pub fn over(c: Rgb, alpha: f64, background: Rgb) -> Rgb {
    let mix = |f: u8, b: u8| (f64::from(f) * alpha + f64::from(b) * (1.0 - alpha)).round() as u8;
    Rgb(
        mix(c.0, background.0),
        mix(c.1, background.1),
        mix(c.2, background.2),
    )
}

/// How different two colours look: the distance between them in CIELAB (ΔE*ab, 1976). About
/// 2 is just noticeable; above 30, two colours are not mistaken for each other.
pub fn difference(a: Rgb, b: Rgb) -> f64 {
    let lab = |c: Rgb| {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let (r, g, b) = (lin(c.0), lin(c.1), lin(c.2));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
        let f = |t: f64| {
            if t > 0.008_856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        (
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        )
    };
    let (a, b) = (lab(a), lab(b));
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: Rgb = Rgb(255, 255, 255);
    const BLACK: Rgb = Rgb(0, 0, 0);
    /// The window's dark chart background (egui's darkest grey).
    const DARK_CHART: Rgb = Rgb(10, 10, 10);

    #[test]
    fn contrast_is_wcag_s() {
        assert!((contrast(BLACK, WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(BLUE, BLUE) - 1.0).abs() < 1e-9);
        assert_eq!(over(WHITE, 0.5, BLACK), Rgb(128, 128, 128));
        assert!(
            difference(BLUE, SKY_BLUE) < 30.0,
            "the two blues the room complained of"
        );
    }

    #[test]
    fn every_scenario_reads_on_every_background_and_none_is_a_near_neighbour_of_another() {
        for c in SCENARIOS {
            for bg in [WHITE, BLACK, DARK_CHART] {
                assert!(
                    contrast(c, bg) >= 3.0,
                    "{} on {}: {:.2}",
                    c.hex(),
                    bg.hex(),
                    contrast(c, bg)
                );
            }
        }
        for (i, a) in SCENARIOS.iter().enumerate() {
            for b in &SCENARIOS[i + 1..] {
                assert!(
                    difference(*a, *b) >= 30.0,
                    "{} and {} are too alike: ΔE {:.1}",
                    a.hex(),
                    b.hex(),
                    difference(*a, *b)
                );
            }
        }
    }

    #[test]
    fn the_jaws_stand_apart_from_each_other_and_the_background_on_both_themes() {
        for (dark, backgrounds) in [(true, [BLACK, DARK_CHART]), (false, [WHITE, WHITE])] {
            let (d, r) = (DEMAND.on(dark), RESOURCES.on(dark));
            assert!(
                contrast(d, r) >= 3.0,
                "demand and resources: {:.2}",
                contrast(d, r)
            );
            for bg in backgrounds {
                for c in [d, r, WARNING.on(dark)] {
                    assert!(contrast(c, bg) >= 3.0, "{} on {}", c.hex(), bg.hex());
                }
            }
        }
    }

    #[test]
    fn scenario_colours_are_distinct_and_repeat_after_eight() {
        for (i, a) in SCENARIOS.iter().enumerate() {
            for b in &SCENARIOS[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(scenario(8), scenario(0));
        assert_eq!(BLUE.hex(), "#0072b2");
    }
}
