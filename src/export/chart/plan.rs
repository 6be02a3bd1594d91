//! What to draw, worked out once for both back ends: the curves, shaded areas, reference line,
//! markers and legend, in the shared palette and words.

use crate::i18n::tr;
use crate::t;
use plotters::style::RGBColor;

use super::spec::{Chart, ChartKind};
use crate::export::markup::printable;
use crate::model::YearRow;
use crate::present::format::money;
use crate::present::palette::{self, Rgb};

/// A palette colour as plotters' colour.
fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

pub(super) const INK: RGBColor = RGBColor(palette::INK.0, palette::INK.1, palette::INK.2);
pub(super) const GREY: RGBColor = RGBColor(
    palette::MUTED_INK.0,
    palette::MUTED_INK.1,
    palette::MUTED_INK.2,
);

/// The colours of the screen's light theme: a chart pasted into a slide matches the window.
fn demand_colour() -> RGBColor {
    rgb(palette::DEMAND.on_light)
}
fn resources_colour() -> RGBColor {
    rgb(palette::RESOURCES.on_light)
}
fn warning_colour() -> RGBColor {
    rgb(palette::WARNING.on_light)
}

#[derive(Clone, Debug)]
pub(super) struct Curve {
    pub(super) colour: RGBColor,
    pub(super) dashed: bool,
    pub(super) points: Vec<(f64, f64)>,
}

#[derive(Clone, Debug)]
pub(super) enum Swatch {
    Line {
        colour: RGBColor,
        dashed: bool,
    },
    Area(RGBColor),
    Marker(RGBColor),
    /// A point, drawn as a diamond (a council's published gap).
    Point(RGBColor),
}

#[derive(Clone, Debug)]
pub(super) struct Marker {
    pub(super) year: f64,
    pub(super) colour: RGBColor,
    pub(super) label: String,
}

#[derive(Clone, Debug)]
pub(super) struct Plan {
    pub(super) curves: Vec<Curve>,
    pub(super) areas: Vec<(RGBColor, Vec<(f64, f64)>)>,
    /// A horizontal reference line: value, colour, legend text.
    pub(super) reference: Option<(f64, RGBColor)>,
    pub(super) markers: Vec<Marker>,
    /// Points drawn as diamonds, in one colour.
    pub(super) points: Vec<(f64, f64)>,
    pub(super) points_colour: RGBColor,
    pub(super) legend: Vec<(Swatch, String)>,
    pub(super) years: (i32, i32),
    pub(super) y_range: (f64, f64),
}

pub(super) fn plan(chart: &Chart) -> Plan {
    let kind = chart.kind;
    let many = chart.series.len() > 1;
    let mut p = Plan {
        curves: Vec::new(),
        areas: Vec::new(),
        reference: None,
        markers: Vec::new(),
        points: Vec::new(),
        points_colour: demand_colour(),
        legend: Vec::new(),
        years: (0, 1),
        y_range: (0.0, 1.0),
    };
    let mut first_year = i32::MAX;
    let mut last_year = i32::MIN;
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    // Markers come last in the legend, after the curves and any reference line.
    let mut marker_legend = Vec::new();
    for s in chart.series {
        for r in &s.projection.rows {
            first_year = first_year.min(r.year);
            last_year = last_year.max(r.year);
        }
    }
    if first_year > last_year {
        first_year = chart.base_year;
        last_year = chart.base_year + 1;
    }
    p.years = (first_year, last_year.max(first_year + 1));

    for (i, s) in chart.series.iter().enumerate() {
        let rows = &s.projection.rows;
        let colour = rgb(palette::scenario(i));
        // Names come from files and people: nothing in them may break the SVG.
        let s_name = printable(&s.name);
        let name = |what: &str| {
            let what = tr(what);
            if many {
                t!("chart-series-many", scenario = s_name.as_str(), what = what)
            } else {
                t!("chart-series-one", scenario = s_name.as_str(), what = what)
            }
        };
        let points = |f: &dyn Fn(&YearRow) -> f64| -> Vec<(f64, f64)> {
            rows.iter().map(|r| (f64::from(r.year), f(r))).collect()
        };
        match kind {
            ChartKind::Jaws => {
                let (demand_c, resources_c) = if many {
                    (colour, colour)
                } else {
                    (demand_colour(), resources_colour())
                };
                // Several shaded gaps on top of each other turn to mud: with several
                // scenarios only the first one's gap is shaded, and the legend says whose.
                let gap_c = if many { colour } else { warning_colour() };
                if i == 0 {
                    for poly in gap_polygons(rows) {
                        p.areas.push((gap_c, poly));
                    }
                }
                p.curves.push(Curve {
                    colour: demand_c,
                    dashed: false,
                    points: points(&|r| r.demand),
                });
                p.curves.push(Curve {
                    colour: resources_c,
                    dashed: true,
                    points: points(&|r| r.resources),
                });
                p.legend.push((
                    Swatch::Line {
                        colour: demand_c,
                        dashed: false,
                    },
                    name("chart-demand"),
                ));
                p.legend.push((
                    Swatch::Line {
                        colour: resources_c,
                        dashed: true,
                    },
                    name("chart-resources"),
                ));
                if i == 0 {
                    let label = if many {
                        t!("chart-gap-of", scenario = s_name.as_str())
                    } else {
                        tr("chart-gap")
                    };
                    p.legend.push((Swatch::Area(gap_c), label));
                }
                for r in rows {
                    lo = lo.min(r.demand.min(r.resources));
                    hi = hi.max(r.demand.max(r.resources));
                }
            }
            ChartKind::Linked(m) => {
                let v: Vec<(f64, f64)> = rows
                    .iter()
                    .zip(m.values(rows))
                    .map(|(r, v)| (f64::from(r.year), m.plotted(v)))
                    .collect();
                for &(_, y) in &v {
                    lo = lo.min(y);
                    hi = hi.max(y);
                }
                p.curves.push(Curve {
                    colour,
                    dashed: false,
                    points: v,
                });
                p.legend.push((
                    Swatch::Line {
                        colour,
                        dashed: false,
                    },
                    s_name.clone(),
                ));
            }
        }
        if kind.marks_reserves()
            && let Some(year) = s.projection.headlines().reserves_below_minimum
        {
            let marker_c = if many { colour } else { warning_colour() };
            let label = if many {
                t!(
                    "chart-reserves-below-of",
                    scenario = s_name.as_str(),
                    year = year.to_string()
                )
            } else {
                t!("chart-reserves-below", year = year.to_string())
            };
            p.markers.push(Marker {
                year: f64::from(year),
                colour: marker_c,
                label: year.to_string(),
            });
            marker_legend.push((Swatch::Marker(marker_c), label));
        }
    }
    if matches!(kind, ChartKind::Linked(_))
        && kind.marks_reserves()
        && let Some(s) = chart.series.first()
    {
        let min = s.projection.prudent_minimum;
        p.reference = Some((min, GREY));
        p.legend.push((
            Swatch::Line {
                colour: GREY,
                dashed: true,
            },
            t!("chart-prudent-minimum", money = money(min)),
        ));
        lo = lo.min(min);
        hi = hi.max(min);
    }
    // The years the workshop's schedules set (the medium-term financial strategy) end at a
    // grey line, so the room can tell the council's own plan from the model's rates after it.
    if let Some(s) = chart.series.first()
        && s.projection.mtfs_years > 0
        && let Some(last) = s.projection.rows.get(s.projection.mtfs_years - 1)
    {
        p.markers.push(Marker {
            year: f64::from(last.year),
            colour: GREY,
            label: tr("chart-mtfs"),
        });
        marker_legend.push((
            Swatch::Marker(GREY),
            t!("chart-mtfs-legend", year = last.year.to_string()),
        ));
    }
    // The council's own published gaps, on the demand side of the first scenario's resources.
    if kind == ChartKind::Jaws
        && let Some(s) = chart.series.first()
    {
        let colour = if many {
            rgb(palette::scenario(0))
        } else {
            demand_colour()
        };
        p.points = chart
            .published
            .iter()
            .filter_map(|&(year, gap)| {
                let row = s.projection.rows.iter().find(|r| r.year == year)?;
                let y = row.resources + gap;
                y.is_finite().then_some((f64::from(year), y))
            })
            .collect();
        p.points_colour = colour;
        if !p.points.is_empty() {
            for &(_, y) in &p.points {
                lo = lo.min(y);
                hi = hi.max(y);
            }
            p.legend
                .push((Swatch::Point(colour), tr("chart-key-published-gap")));
        }
    }
    p.legend.extend(marker_legend);
    if !lo.is_finite() || !hi.is_finite() {
        lo = 0.0;
        hi = 1.0;
    }
    p.y_range = match kind {
        ChartKind::Jaws => {
            let pad = ((hi - lo) * 0.08).max(10.0);
            ((lo - pad).max(0.0), hi + pad)
        }
        ChartKind::Linked(m) if m.share => (0.0, 100.0_f64.max(hi)),
        ChartKind::Linked(_) => {
            let top = if hi > 0.0 { hi * 1.1 } else { 1.0 };
            let bottom = if lo < 0.0 { lo * 1.1 } else { 0.0 };
            (bottom, top.max(bottom + 1.0))
        }
    };
    p
}

/// Polygons covering the stretches where demand is above resources, with the crossings
/// interpolated so the shading starts and ends exactly where the curves cross.
fn gap_polygons(rows: &[YearRow]) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    let mut upper: Vec<(f64, f64)> = Vec::new();
    let mut lower: Vec<(f64, f64)> = Vec::new();
    let close = |upper: &mut Vec<(f64, f64)>, lower: &mut Vec<(f64, f64)>, out: &mut Vec<_>| {
        if upper.len() >= 2 {
            let mut poly = std::mem::take(upper);
            poly.extend(lower.drain(..).rev());
            out.push(poly);
        }
        upper.clear();
        lower.clear();
    };
    let mut prev: Option<(f64, f64, f64)> = None;
    for r in rows {
        let (x, d, s) = (f64::from(r.year), r.demand, r.resources);
        let g = d - s;
        if let Some((px, pd, ps)) = prev {
            let pg = pd - ps;
            if (pg > 0.0) != (g > 0.0) && pg != g {
                let t = pg / (pg - g);
                let cross = (px + t * (x - px), pd + t * (d - pd));
                upper.push(cross);
                lower.push(cross);
                if pg > 0.0 {
                    close(&mut upper, &mut lower, &mut out);
                }
            }
        }
        if g > 0.0 {
            upper.push((x, d));
            lower.push((x, s));
        }
        prev = Some((x, d, s));
    }
    close(&mut upper, &mut lower, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(year: i32, demand: f64, resources: f64) -> YearRow {
        YearRow {
            year,
            demand,
            resources,
            ..YearRow::default()
        }
    }

    #[test]
    fn the_gap_is_shaded_only_where_demand_is_above_resources() {
        let rows = [
            row(2026, 100.0, 100.0),
            row(2027, 110.0, 100.0),
            row(2028, 90.0, 100.0),
            row(2029, 95.0, 100.0),
            row(2030, 120.0, 100.0),
        ];
        let polys = gap_polygons(&rows);
        assert_eq!(polys.len(), 2);
        // The first stretch opens at 2026 and closes halfway between 2027 and 2028.
        let xs: Vec<f64> = polys[0].iter().map(|p| p.0).collect();
        assert!(xs.iter().all(|&x| (2026.0..=2027.5).contains(&x)), "{xs:?}");
        assert!(xs.iter().any(|&x| (x - 2027.5).abs() < 1e-9));
        // The second opens a fifth of the way from 2029 to 2030.
        assert!(polys[1].iter().any(|p| (p.0 - 2029.2).abs() < 1e-9));
        assert!(gap_polygons(&[row(2026, 1.0, 2.0), row(2027, 1.0, 2.0)]).is_empty());
    }

    #[test]
    fn published_gaps_are_points_above_resources_inside_the_axes() {
        use crate::export::series::Series;
        use crate::model::Projection;
        let series = [Series {
            name: "Ours".into(),
            projection: Projection {
                rows: vec![row(2026, 100.0, 100.0), row(2027, 105.0, 100.0)],
                prudent_minimum: 0.0,
                mtfs_years: 2,
            },
        }];
        // A published gap far above the model's demand: the axis must still hold it.
        let mut chart = Chart::new(ChartKind::Jaws, &series, 2026);
        chart.published = vec![(2027, 400.0), (2031, 5.0)];
        let p = plan(&chart);
        assert_eq!(
            p.points,
            vec![(2027.0, 500.0)],
            "a year off the chart is left out"
        );
        assert!(p.y_range.1 >= 500.0, "{:?}", p.y_range);
        assert!(
            p.legend
                .iter()
                .any(|(sw, _)| matches!(sw, Swatch::Point(_)))
        );
        // Without a council, nothing.
        let p = plan(&Chart::new(ChartKind::Jaws, &series, 2026));
        assert!(p.points.is_empty());
        assert!(
            !p.legend
                .iter()
                .any(|(sw, _)| matches!(sw, Swatch::Point(_)))
        );
    }
}
