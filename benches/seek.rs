//! Goal seek and tornado speed. Seek must answer well under a second with all 17 levers
//! movable; the tornado (2 × (17 + uncertain) projections) must be quick enough to run live.

// Test code may unwrap: a panic here is a failed run, which is what it should be.
#![allow(clippy::unwrap_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jaws::model::LEVER_COUNT;
use jaws::model::seek::seek;
use jaws::model::sensitivity::tornado;
use jaws::model::target::Goal;
use jaws::workshop::Workshop;

fn seeks(c: &mut Criterion) {
    let w = Workshop::bundled();
    let all: Vec<usize> = (0..LEVER_COUNT).collect();
    let mut g = c.benchmark_group("seek, all 17 levers");
    g.sample_size(20);
    for (scenario, target, by) in [
        ("old-deal", "gap<=0", None),
        ("old-deal", "gap<=0 and reserves>=minimum", Some(2030)),
        (
            "old-deal",
            "council_tax_rise<=2.99 and gap<=0 and reserves>=minimum",
            None,
        ),
        ("old-deal", "trust>=0.99", None),
    ] {
        let start = w.values_for(w.scenario(scenario).unwrap());
        let goal = Goal::parse(target, &w.assumptions, &w.levers, by).unwrap();
        let name = match by {
            Some(y) => format!("{scenario}: {target} --by {y}"),
            None => format!("{scenario}: {target}"),
        };
        g.bench_function(name, |b| {
            b.iter(|| {
                seek(
                    &w.assumptions,
                    black_box(&start),
                    &w.levers,
                    &goal,
                    &all,
                    &mut |_| true,
                )
            })
        });
    }
    g.finish();
}

fn tornados(c: &mut Criterion) {
    let w = Workshop::bundled();
    let old = w.values_for(w.scenario("old-deal").unwrap());
    c.bench_function(
        "tornado old-deal (17 levers + uncertain assumptions)",
        |b| b.iter(|| tornado(&w.assumptions, &w.uncertain, black_box(&old), &w.levers)),
    );
}

criterion_group!(benches, seeks, tornados);
criterion_main!(benches);
