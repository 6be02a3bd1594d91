//! Colours, defined once for the window and the exported charts and report.
//!
//! Data colours come from Okabe and Ito's palette (2008), which stays distinguishable with the
//! common forms of colour blindness. Scenarios take the same colour in the same place on the
//! screen and in a file ([`scenario`]), so a chart pasted into a slide matches what the room
//! saw. Colours that carry text on the screen come as a [`Shade`]: a light one for dark
//! backgrounds and a darker one for light backgrounds (the exported charts are light).

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

/// Scenario colours in the order scenarios take them: the strongest on white first, yellow
/// (faint on white) last. The compare view, the exported charts and the report use this order.
pub const SCENARIOS: [Rgb; 8] = [
    BLUE,
    VERMILLION,
    BLUISH_GREEN,
    REDDISH_PURPLE,
    ORANGE,
    SKY_BLUE,
    GREY,
    YELLOW,
];

/// The colour of the `i`th scenario (counting from 0) on any chart; after eight they repeat.
pub fn scenario(i: usize) -> Rgb {
    SCENARIOS[i % SCENARIOS.len()]
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

/// Demand: the upper jaw.
pub const DEMAND: Shade = Shade {
    on_dark: Rgb(0xF0, 0x6E, 0x2A),
    on_light: Rgb(0xC4, 0x4E, 0x00),
};
/// Resources: the lower jaw.
pub const RESOURCES: Shade = Shade {
    on_dark: Rgb(0x6C, 0xB8, 0xF0),
    on_light: Rgb(0x00, 0x5A, 0x9C),
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

#[cfg(test)]
mod tests {
    use super::*;

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
