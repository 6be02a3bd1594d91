//! Model speed: one projection (target under 20 µs) and a sweep (target under 20 µs a future
//! on 2 cores, measured in-process here; the whole-process figure comes from `hyperfine`).

// Test code may unwrap: a panic here is a failed run, which is what it should be.
#![allow(clippy::unwrap_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jaws::model::simulate;
use jaws::model::sweep::sweep;
use jaws::workshop::Workshop;

fn projection(c: &mut Criterion) {
    let w = Workshop::bundled();
    let old = w.values_for(w.scenario("old-deal").unwrap());
    let new = w.values_for(w.scenario("new-deal").unwrap());
    c.bench_function("project old-deal, 15 years", |b| {
        b.iter(|| simulate(black_box(&w.assumptions), black_box(&old)))
    });
    c.bench_function("project new-deal, 15 years", |b| {
        b.iter(|| simulate(black_box(&w.assumptions), black_box(&new)))
    });
}

fn sweeps(c: &mut Criterion) {
    let w = Workshop::bundled();
    let v = w.default_values();
    let mut g = c.benchmark_group("sweep");
    g.sample_size(10);
    g.bench_function("1000 futures", |b| {
        b.iter(|| sweep(&w.assumptions, &w.uncertain, black_box(&v), 1000, 1))
    });
    g.bench_function("20000 futures", |b| {
        b.iter(|| sweep(&w.assumptions, &w.uncertain, black_box(&v), 20_000, 1))
    });
    g.finish();
}

/// Councils side by side: starting from a council's figures (worked out when a council is
/// ticked, a click) and moving a lever with three councils beside the one in use (every frame
/// of a drag), against moving it with none.
fn councils(c: &mut Criterion) {
    use jaws::app::{AppState, LeverCommand, ScenarioCommand};
    use jaws::council::calibrate;
    let w = Workshop::bundled();
    let county = jaws::workshop::bundled_councils().remove(0);
    let defaults = w.default_values();
    c.bench_function("start from a council (calibrate the shire county)", |b| {
        b.iter(|| calibrate(black_box(&county), &w.assumptions, &defaults))
    });
    let lever = &w.levers[0];
    let (lo, hi) = (lever.min, lever.max);
    for others in [0, 3] {
        let mut s = AppState::new(w.clone(), None);
        s.apply(jaws::app::WindowCommand::SetUncertainty(false));
        let titles: Vec<String> = s.known_councils.iter().map(|c| c.title()).collect();
        for t in titles.into_iter().take(others) {
            s.apply(ScenarioCommand::ToggleCouncil(t));
        }
        assert_eq!(
            s.derived.councils.len(),
            if others == 0 { 0 } else { others + 1 }
        );
        let mut up = false;
        c.bench_function(&format!("move a lever, {others} councils beside"), |b| {
            b.iter(|| {
                up = !up;
                s.apply(LeverCommand::Set {
                    lever: 0,
                    value: if up { hi } else { lo },
                    dragging: true,
                });
            })
        });
    }
}

criterion_group!(benches, projection, sweeps, councils);
criterion_main!(benches);
