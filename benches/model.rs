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

criterion_group!(benches, projection, sweeps);
criterion_main!(benches);
