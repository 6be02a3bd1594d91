//! What a chart shows, as asked for: which chart ([`ChartKind`]: the jaws, or a linked chart
//! of the metric table), its size, title and scenarios ([`Chart`]).

use crate::i18n::{tr, tr_or};
use crate::t;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use crate::export::series::Series;
use crate::model::metric::{LinkedChart, Metric, linked_charts};

/// Which chart to draw: the jaws, or one of the linked charts of the metric table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Demand and resources over the years, the gap shaded.
    Jaws,
    /// A metric with a linked chart (see `model::metric`).
    Linked(&'static Metric),
}

/// Every chart, the jaws first and then the linked charts left to right.
static ALL: LazyLock<Vec<ChartKind>> = LazyLock::new(|| {
    std::iter::once(ChartKind::Jaws)
        .chain(
            linked_charts()
                .into_iter()
                .map(|(m, _)| ChartKind::Linked(m)),
        )
        .collect()
});

impl ChartKind {
    /// Every chart, the jaws first and then the linked charts left to right.
    pub fn all() -> &'static [ChartKind] {
        &ALL
    }

    /// The linked chart's words; `None` for the jaws.
    pub fn linked(self) -> Option<&'static LinkedChart> {
        match self {
            ChartKind::Jaws => None,
            ChartKind::Linked(m) => m.chart.as_ref(),
        }
    }

    /// As written on the command line and in file names.
    pub fn id(self) -> &'static str {
        match self {
            ChartKind::Jaws => "jaws",
            ChartKind::Linked(m) => self.linked().map_or(m.id, |c| c.id),
        }
    }

    /// The chart's title, in the reader's language.
    pub fn title(self) -> String {
        match self {
            ChartKind::Jaws => tr("chart-jaws-title"),
            ChartKind::Linked(m) => self.linked().map_or_else(
                || m.title.to_owned(),
                |c| tr_or(&format!("chart-{}-heading", c.id), c.heading),
            ),
        }
    }

    /// What the y axis measures, in words.
    pub fn y_axis(self, base_year: i32) -> String {
        let prices = |axis: String| {
            t!(
                "chart-axis-prices",
                axis = axis,
                year = base_year.to_string()
            )
        };
        match self {
            ChartKind::Jaws => prices(tr("chart-jaws-axis")),
            ChartKind::Linked(m) => {
                let axis = self.linked().map_or_else(
                    || m.unit.to_owned(),
                    |c| tr_or(&format!("chart-{}-axis", c.id), c.axis),
                );
                if m.share { axis } else { prices(axis) }
            }
        }
    }

    pub(super) fn is_percent(self) -> bool {
        match self {
            ChartKind::Jaws => false,
            ChartKind::Linked(m) => m.share,
        }
    }

    /// Whether the chart draws the prudent minimum and marks the year reserves fall below it.
    pub fn marks_reserves(self) -> bool {
        match self {
            ChartKind::Jaws => true,
            ChartKind::Linked(m) => m.prudent_minimum,
        }
    }
}

impl fmt::Display for ChartKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl clap::ValueEnum for ChartKind {
    fn value_variants<'a>() -> &'a [Self] {
        ChartKind::all()
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.id()).help(self.title()))
    }
}

/// A chart's size in pixels (SVG user units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartSize {
    pub width: u32,
    pub height: u32,
}

impl ChartSize {
    pub const DEFAULT: ChartSize = ChartSize {
        width: 1600,
        height: 900,
    };
    pub const MIN: u32 = 320;
    pub const MAX: u32 = 8000;
}

impl Default for ChartSize {
    fn default() -> Self {
        ChartSize::DEFAULT
    }
}

impl fmt::Display for ChartSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.width, self.height)
    }
}

impl FromStr for ChartSize {
    type Err = String;

    /// `WIDTHxHEIGHT` in pixels, each 320 to 8000: `1600x900`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            format!(
                "`{s}` is not a size: expected WIDTHxHEIGHT in pixels, each {} to {}, like 1600x900",
                ChartSize::MIN,
                ChartSize::MAX
            )
        };
        let (w, h) = s.trim().split_once(['x', 'X', '×']).ok_or_else(bad)?;
        let w: u32 = w.trim().parse().map_err(|_| bad())?;
        let h: u32 = h.trim().parse().map_err(|_| bad())?;
        let ok = |v: u32| (ChartSize::MIN..=ChartSize::MAX).contains(&v);
        if !ok(w) || !ok(h) {
            return Err(bad());
        }
        Ok(ChartSize {
            width: w,
            height: h,
        })
    }
}

/// Everything needed to draw one chart.
#[derive(Clone, Debug)]
pub struct Chart<'a> {
    pub kind: ChartKind,
    /// The big line at the top; [`Chart::new`] uses the kind's title.
    pub title: String,
    /// A smaller line under it, such as the workshop's title; may be empty.
    pub subtitle: String,
    /// Prices are constant at this year's.
    pub base_year: i32,
    /// One to eight scenarios; more reuse colours.
    pub series: &'a [Series],
    pub size: ChartSize,
    /// A council's published MTFS gaps, `(year, £m at the first year's prices)`: on the jaws
    /// chart, points where demand would be for the first scenario's resources to fall short
    /// by that much, as the window draws them.
    pub published: Vec<(i32, f64)>,
}

impl<'a> Chart<'a> {
    pub fn new(kind: ChartKind, series: &'a [Series], base_year: i32) -> Chart<'a> {
        Chart {
            kind,
            title: kind.title(),
            subtitle: String::new(),
            base_year,
            series,
            size: ChartSize::DEFAULT,
            published: Vec::new(),
        }
    }

    /// Mark a council's published MTFS gaps (see [`Chart::published`]).
    pub fn published(mut self, fits: &[crate::council::MtfsFit]) -> Self {
        self.published = fits.iter().map(|f| (f.year, f.published)).collect();
        self
    }

    pub fn subtitle(mut self, s: impl Into<String>) -> Self {
        self.subtitle = s.into();
        self
    }

    pub fn size(mut self, size: ChartSize) -> Self {
        self.size = size;
        self
    }
}
