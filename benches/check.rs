//! Checking files: a file of about 5 MB of any content is accepted or refused in under a second
//! (release build), however many problems it holds; only the first 100 are listed.
//!
//! Each file is made in memory at about 5 MB (the limit is 8 MiB) from one repeated entry,
//! then read as `jaws check` and the window read it: parsed, checked and its problems placed.

// Test code may unwrap: a panic here is a failed run, which is what it should be.
#![allow(clippy::unwrap_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use jaws::workshop::session::parse_session;
use jaws::workshop::{Workshop, parse_workshop};

const SIZE: usize = 5_000_000;

/// As many `entry(i)` as fill about `SIZE` bytes, one a line, and how many.
fn entries(entry: impl Fn(usize) -> String) -> (String, usize) {
    let mut out = String::with_capacity(SIZE + 1000);
    let mut n = 0;
    while out.len() < SIZE {
        out.push_str("        ");
        out.push_str(&entry(n));
        out.push_str(",\n");
        n += 1;
    }
    (out, n)
}

fn workshop(scenarios: &str, stages: &str) -> String {
    format!(
        "(\n    format: \"jaws-workshop\",\n    version: 2,\n    id: \"big\",\n    title: \"Big\",\n    scenarios: [\n        (id: \"old-deal\", name: \"Old\"),\n{scenarios}    ],\n    stages: [\n{stages}    ],\n)\n"
    )
}

fn session(scenarios: &str, extra: &str) -> String {
    format!(
        "(\n    format: \"jaws-session\",\n    version: 1,\n    workshop: \"new-model\",\n    scenarios: [\n{scenarios}    ],\n{extra})\n"
    )
}

/// Every file the benchmark checks: (name, text, whether it is valid).
fn files() -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    let (stages, n) = entries(|i| {
        format!(
            "(id: \"s{i}\", title: \"T\", scenario: \"nope{i}\", minutes: 500, visible: [\"zzz{i}\"], challenge: (target: \"gap<=0 by 1900\", wording: \"w\"))"
        )
    });
    out.push((format!("{n} bad stages"), workshop("", &stages), false));

    let (stages, n) = entries(|i| format!("(id: \"s{i}\", title: \"T\", minutes: 5)"));
    out.push((format!("{n} valid stages"), workshop("", &stages), true));

    let (stages, n) = entries(|i| {
        format!(
            "(id: \"s{i}\", title: \"Stage\", narrative: \"Words.\", visible: [\"financial\", \"co_production\"], unlocked: [\"co_production\"], scenario: \"old-deal\", challenge: (target: \"gap<=0 and reserves>=minimum\", wording: \"Close it\"), minutes: 5)"
        )
    });
    out.push((
        format!("{n} valid stages with challenges"),
        workshop("", &stages),
        true,
    ));

    let (scenarios, n) = entries(|i| format!("(id: \"s{i}\", name: \"S\")"));
    out.push((format!("{n} scenarios"), workshop(&scenarios, ""), true));

    // Every stage names a scenario the workshop lacks, among thousands: a close name is
    // looked for only for the problems listed. Half the file scenarios, half stages.
    let (scenarios, n) = entries(|i| format!("(id: \"scenario-{i}\", name: \"S\")"));
    let half = |lines: &str| -> String {
        let keep = lines.lines().count() / 2;
        lines.lines().take(keep).map(|l| format!("{l}\n")).collect()
    };
    let stages: String = (0..n)
        .map(|i| {
            format!(
                "        (id: \"s{i}\", title: \"T\", scenario: \"scenario-{i}x\", minutes: 5),\n"
            )
        })
        .collect();
    let (scenarios, stages) = (half(&scenarios), half(&stages));
    out.push((
        format!("{} stages naming unknown scenarios among {}", n / 2, n / 2),
        workshop(&scenarios, &stages),
        false,
    ));

    let (names, n) = entries(|i| format!("(id: \"s{i}\", name: \"a\\u{{1b}}\")"));
    out.push((
        format!("{n} names with a control character"),
        workshop(&names, ""),
        false,
    ));

    let description = "All work and no play. ".repeat(SIZE / 22);
    out.push((
        "one 5 MB description".into(),
        workshop("", "").replacen(
            "title: \"Big\",",
            &format!("title: \"Big\", description: \"{description}\","),
            1,
        ),
        true,
    ));

    let (captured, n) = entries(|i| {
        format!(
            "(id: \"t{i}\", name: \"T\", captured: \"2026-03-14T10:30:00Z\", levers: {{\"co_production\": 1.0}})"
        )
    });
    out.push((
        format!("a session of {n} captured scenarios"),
        session(&captured, ""),
        true,
    ));

    let (points, n) = entries(|i| format!("({}.0, 800.0)", 2026 + i % 15));
    out.push((
        format!("a session sketch of {n} points"),
        session(
            "",
            &format!("    predictions: [ (stage: \"the-old-deal\", strokes: [[\n{points}]]) ],\n"),
        ),
        true,
    ));
    out
}

fn check(c: &mut Criterion) {
    let bundled = Workshop::bundled();
    let mut g = c.benchmark_group("check a 5 MB file");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(5));
    for (name, text, valid) in files() {
        assert!(text.len() < 8 * 1024 * 1024, "{name}: {} bytes", text.len());
        let is_session = text.contains("\"jaws-session\"");
        let run = |text: &str| {
            if is_session {
                parse_session("big.ron", text, &bundled).map(drop)
            } else {
                parse_workshop("big.ron", text).map(drop)
            }
        };
        let result = run(&text);
        assert_eq!(result.is_ok(), valid, "{name}: {result:?}");
        if let Err(p) = &result {
            assert!(p.0.len() <= 101, "{name}: {} problems listed", p.0.len());
        }
        g.bench_function(format!("{name} ({:.1} MB)", text.len() as f64 / 1e6), |b| {
            b.iter(|| run(black_box(&text)))
        });
    }
    g.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
