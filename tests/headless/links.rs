//! The declared causal links are the model's real structure: each one acts, in its declared
//! direction, and nothing acts that is not declared.

use jaws::model::influence::{
    ALL_NODES, Nudge, Situation, Source, link_effects, node_of, source_of,
};
use jaws::model::{Assumptions, LEVER_SPECS, LINKS, NODES, simulate};
use jaws::workshop::Workshop;

/// Scenarios and years that between them put every mechanism to work.
fn situations(w: &Workshop) -> Vec<(String, Assumptions, jaws::model::LeverValues, usize)> {
    let mut out = Vec::new();
    // Cuts able to close any gap: reserves then sit at the prudent minimum for years.
    let mut deep_cuts = w.assumptions.clone();
    deep_cuts.max_in_year_cuts = 30.0;
    let old = w.values_for(w.scenario("old-deal").unwrap());
    for year in [6, 10] {
        out.push((
            format!("old deal, deep cuts possible, year {year}"),
            deep_cuts.clone(),
            old,
            year,
        ));
    }
    // A budget that cannot be balanced: the shortfall and what is left of reserves act.
    let mut broke = w.assumptions.clone();
    broke.max_in_year_cuts = 1.0;
    let mut squeezed = old;
    squeezed.0[jaws::model::lever_index("grant_change").unwrap()] = -10.0;
    for year in [2, 4, 6, 10] {
        out.push((
            format!("old deal, grant cut hard, little can be cut, year {year}"),
            broke.clone(),
            squeezed,
            year,
        ));
    }
    // Reserves used first, so that they sit at the prudent minimum and cuts take over.
    let mut spend_reserves = old;
    spend_reserves.0[jaws::model::lever_index("reserves_use").unwrap()] = 100.0;
    for year in [8, 12] {
        out.push((
            format!("old deal, reserves used first, year {year}"),
            w.assumptions.clone(),
            spend_reserves,
            year,
        ));
    }
    for s in &w.scenarios {
        for year in [0, 2, 5, 9, 14] {
            out.push((
                format!("{} year {year}", s.id),
                w.assumptions.clone(),
                w.values_for(s),
                year,
            ));
        }
    }
    // Levers at their maxima too, so that effects which need a lever above zero show.
    let mut high = w.default_values();
    for (i, l) in w.levers.iter().enumerate() {
        high.0[i] = l.min + 0.6 * (l.max - l.min);
    }
    for year in [0, 5, 12] {
        out.push((
            format!("levers high, year {year}"),
            w.assumptions.clone(),
            high,
            year,
        ));
    }
    out
}

#[test]
fn every_link_acts_in_its_declared_direction() {
    let w = Workshop::bundled();
    let situations = situations(&w);
    let mut strongest = vec![0.0f64; LINKS.len()];
    for (name, a, levers, year) in &situations {
        let effects = link_effects(a, levers, *year, Nudge::Absolute);
        for ((link, effect), best) in LINKS.iter().zip(&effects).zip(strongest.iter_mut()) {
            let signed = effect * link.polarity.sign();
            assert!(
                signed > -1e-9,
                "{} -> {} should be {}, but nudging {} moved {} by {effect} in {name}",
                link.from,
                link.to,
                link.polarity.symbol(),
                link.from,
                link.to
            );
            *best = best.max(signed);
        }
    }
    for (link, best) in LINKS.iter().zip(strongest) {
        assert!(
            best > 1e-6,
            "{} -> {} never acts in any situation tried",
            link.from,
            link.to
        );
    }
}

#[test]
fn no_direct_influence_is_undeclared() {
    let w = Workshop::bundled();
    let sources: Vec<(&str, Source)> = LEVER_SPECS
        .iter()
        .map(|s| s.id)
        .chain(NODES.iter().map(|n| n.id))
        .map(|id| (id, source_of(id).unwrap()))
        .collect();
    for (name, a, levers, year) in situations(&w) {
        let situation = Situation::new(&a, &levers, year);
        for (from, source) in &sources {
            for (to, target) in NODES.iter().map(|n| (n.id, node_of(n.id).unwrap())) {
                if *from == to || LINKS.iter().any(|l| l.from == *from && l.to == to) {
                    continue;
                }
                let effect = situation.effect(*source, target, Nudge::Absolute);
                assert!(
                    effect.abs() < 1e-6,
                    "undeclared influence: nudging {from} moves {to} by {effect} in {name}"
                );
            }
        }
    }
    assert_eq!(ALL_NODES.len(), NODES.len());
}

/// Whenever moving a lever changes a stock, the declared links hold a path between them.
#[test]
fn every_lever_reaches_what_it_moves_through_declared_links() {
    let w = Workshop::bundled();
    let reachable = |from: &str| {
        let mut seen = vec![from.to_string()];
        let mut i = 0;
        while i < seen.len() {
            let here = seen[i].clone();
            for l in LINKS.iter().filter(|l| l.from == here) {
                if !seen.iter().any(|s| s == l.to) {
                    seen.push(l.to.to_string());
                }
            }
            i += 1;
        }
        seen
    };
    let base = w.default_values();
    for (i, lever) in w.levers.iter().enumerate() {
        let mut lo = base;
        lo.0[i] = lever.min;
        let mut hi = base;
        hi.0[i] = lever.max;
        let (a, b) = (simulate(&w.assumptions, &lo), simulate(&w.assumptions, &hi));
        let reach = reachable(&lever.id);
        for node in NODES {
            let moved =
                a.rows.iter().zip(&b.rows).any(|(x, y)| {
                    (x.node(node.id).unwrap() - y.node(node.id).unwrap()).abs() > 1e-9
                });
            if moved {
                assert!(
                    reach.iter().any(|r| r == node.id),
                    "{} moves {} but no declared path joins them",
                    lever.id,
                    node.id
                );
            }
        }
    }
}
