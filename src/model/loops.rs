//! Feedback loops, found from the declared links themselves, with names and plain words for
//! the ones a room should know, and a measure of which dominate in a given year.

use serde::Serialize;

use super::links::{LINKS, NODES, Polarity, node_label};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LoopKind {
    /// Change feeds on itself: vicious or virtuous circles.
    Reinforcing,
    /// Change provokes its own correction.
    Balancing,
}

impl LoopKind {
    pub fn label(self) -> &'static str {
        match self {
            LoopKind::Reinforcing => "reinforcing",
            LoopKind::Balancing => "balancing",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FeedbackLoop {
    /// Stable id from the nodes, e.g. "cuts>unmet_need>need>demand>gap".
    pub id: String,
    pub name: String,
    pub kind: LoopKind,
    /// The nodes in order; the loop closes from the last back to the first.
    pub nodes: Vec<&'static str>,
    /// Indexes into `LINKS` of the loop's links, in order.
    pub links: Vec<usize>,
    pub description: String,
    /// The named loop this is, or a longer version of: loops of one family tell one story.
    pub family: Option<String>,
}

/// Names and words for the loops the seed's argument turns on, matched by node set, and the
/// family (story) each belongs to.
const KNOWN: &[(&[&str], &str, &str, &str)] = &[
    (
        &["need", "unmet_need"],
        "Crisis breeds crisis",
        "Where services are cut back or handed over, more need means more of it goes unmet; unmet need turns into crisis, and crisis adds to need.",
        "Crisis breeds crisis",
    ),
    (
        &["expectation", "co_produced", "trust"],
        "Trust lowers expectations",
        "More need arriving at the door means more to co-produce; co-production builds trust; people who trust the council bring less of their need to it.",
        "Trust lowers expectations",
    ),
    (
        &["cuts", "unmet_need", "need", "demand", "gap"],
        "Failure demand",
        "Cuts leave need unmet; unmet need comes back as crisis, which costs more; demand rises, the gap widens, and more must be cut. The vicious circle of the old deal.",
        "Failure demand",
    ),
    (
        &["co_produced", "trust"],
        "Trust and co-production",
        "When people co-produce outcomes with the council they trust it more, and people who trust the council co-produce more. The virtuous circle of the new deal.",
        "Trust and co-production",
    ),
    (
        &["co_produced", "community_capacity"],
        "Capacity grows with use",
        "Doing things together builds people's confidence and ability, and stronger communities can co-produce more.",
        "Capacity grows with use",
    ),
    (
        &["cuts", "trust", "expectation", "demand", "gap"],
        "Broken trust",
        "Cuts made without the community erode trust; people who no longer trust the council bring more of their need to it; demand rises, the gap widens, and more is cut.",
        "Broken trust",
    ),
    (
        &["cuts", "community_capacity", "co_produced", "demand", "gap"],
        "Hollowed-out communities",
        "Sudden cuts knock community groups back; weaker communities co-produce less; more need lands on services, the gap widens, and more is cut.",
        "Hollowed-out communities",
    ),
    (
        &["cuts", "expectation", "demand", "gap"],
        "Escalation",
        "Cuts made without engagement push people to escalate and demand more, which widens the gap and brings more cuts.",
        "Escalation",
    ),
    (
        &[
            "cuts",
            "unmet_need",
            "trust",
            "co_produced",
            "demand",
            "gap",
        ],
        "Let down, then less involved",
        "Need left unmet after cuts erodes trust; people who trust less co-produce less; more lands on services and the gap widens.",
        "Let down, then less involved",
    ),
    (
        &["cuts", "savings", "unmet_need", "need", "demand", "gap"],
        "Failure demand",
        "Cuts leave need unmet, year after year once they are made permanent; unmet need comes back as crisis, which costs more; demand rises, the gap widens, and more must be cut. The vicious circle of the old deal.",
        "Failure demand",
    ),
    (
        &["cuts", "savings"],
        "Savings that recur",
        "What is cut in a year stays cut, so less needs cutting the next: the budget balances, while the need those services met goes unmet.",
        "Savings that recur",
    ),
    (
        &["need", "demand", "cuts", "unmet_need"],
        "Failure demand at the limit",
        "Once cuts are at the most that can be made in a year, more demand means more is cut; more need goes unmet, comes back as crisis, and demand rises again.",
        "Failure demand",
    ),
    (
        &["expectation", "demand", "cuts"],
        "Escalation at the limit",
        "Once cuts are at the most that can be made in a year, more demand means more is cut, and cuts made without engagement push people to ask for more.",
        "Escalation",
    ),
];

fn is_lever(id: &str) -> bool {
    super::levers::lever_index(id).is_some()
}

/// Every elementary cycle among the stocks and flows (levers have no inputs, so none is on a
/// loop). Deterministic order: by length, then by id.
pub fn find_loops() -> Vec<FeedbackLoop> {
    let ids: Vec<&'static str> = NODES
        .iter()
        .map(|n| n.id)
        .filter(|id| !is_lever(id))
        .collect();
    let index = |id: &str| ids.iter().position(|n| *n == id);
    let edges: Vec<Vec<(usize, usize)>> = ids
        .iter()
        .map(|from| {
            LINKS
                .iter()
                .enumerate()
                .filter(|(_, l)| l.from == *from)
                .filter_map(|(li, l)| index(l.to).map(|to| (to, li)))
                .collect()
        })
        .collect();
    let mut found = Vec::new();
    // Each cycle once: start from its smallest node index, visit only larger ones.
    for start in 0..ids.len() {
        let mut path = vec![start];
        let mut via = Vec::new();
        walk(start, start, &edges, &mut path, &mut via, &mut found);
    }
    let mut loops: Vec<FeedbackLoop> = found
        .into_iter()
        .map(|(path, via)| describe(path.iter().map(|&i| ids[i]).collect(), via))
        .collect();
    name_variants(&mut loops);
    loops.sort_by(|a, b| a.nodes.len().cmp(&b.nodes.len()).then(a.id.cmp(&b.id)));
    loops
}

fn walk(
    start: usize,
    here: usize,
    edges: &[Vec<(usize, usize)>],
    path: &mut Vec<usize>,
    via: &mut Vec<usize>,
    found: &mut Vec<(Vec<usize>, Vec<usize>)>,
) {
    for &(next, link) in &edges[here] {
        if next == start {
            let mut links = via.clone();
            links.push(link);
            found.push((path.clone(), links));
        } else if next > start && !path.contains(&next) {
            path.push(next);
            via.push(link);
            walk(start, next, edges, path, via, found);
            path.pop();
            via.pop();
        }
    }
}

fn describe(nodes: Vec<&'static str>, links: Vec<usize>) -> FeedbackLoop {
    let negatives = links
        .iter()
        .filter(|&&l| LINKS[l].polarity == Polarity::Opposite)
        .count();
    let kind = if negatives % 2 == 0 {
        LoopKind::Reinforcing
    } else {
        LoopKind::Balancing
    };
    let id = nodes.join(">");
    let known = KNOWN
        .iter()
        .find(|(set, _, _, _)| set.len() == nodes.len() && set.iter().all(|n| nodes.contains(n)));
    let (name, description, family) = match known {
        Some((_, name, words, family)) => (
            name.to_string(),
            words.to_string(),
            Some(family.to_string()),
        ),
        None => (auto_name(&nodes), auto_words(&nodes, &links, kind), None),
    };
    FeedbackLoop {
        id,
        name,
        kind,
        nodes,
        links,
        description,
        family,
    }
}

/// A loop that runs through all of a named loop's nodes, and acts the same way, is a longer
/// version of it: "Failure demand, through trust".
fn name_variants(loops: &mut [FeedbackLoop]) {
    let named: Vec<(&[&str], String, String, LoopKind, String)> = KNOWN
        .iter()
        .filter_map(|(set, name, words, family)| {
            let kind = loops.iter().find(|l| l.name == *name)?.kind;
            Some((
                *set,
                name.to_string(),
                words.to_string(),
                kind,
                family.to_string(),
            ))
        })
        .collect();
    for l in loops.iter_mut().filter(|l| l.family.is_none()) {
        // The most specific family first: the named loop sharing the most nodes.
        let best = named
            .iter()
            .filter(|(set, _, _, kind, _)| {
                *kind == l.kind && set.iter().all(|n| l.nodes.contains(n))
            })
            .max_by_key(|(set, _, _, _, _)| set.len());
        if let Some((set, name, words, _, family)) = best {
            let extras: Vec<String> = l
                .nodes
                .iter()
                .filter(|n| !set.contains(n))
                .map(|n| label(n).to_lowercase())
                .collect();
            let path = auto_name(&l.nodes);
            l.name = format!("{name}, through {}", extras.join(" and "));
            l.description = format!(
                "{words} This version also runs through {}: {path}.",
                extras.join(" and ")
            );
            l.family = Some(family.clone());
        }
    }
}

/// The strongest member of each family (and every unnamed loop), strongest first.
pub fn strongest_by_family(ranked: &[RankedLoop]) -> Vec<&RankedLoop> {
    let mut seen = std::collections::BTreeSet::new();
    ranked
        .iter()
        .filter(|r| match &r.feedback.family {
            Some(f) => seen.insert(f.clone()),
            None => true,
        })
        .collect()
}

fn label(id: &str) -> String {
    node_label(id).unwrap_or(id).to_string()
}

fn auto_name(nodes: &[&str]) -> String {
    let mut parts: Vec<String> = nodes.iter().map(|n| label(n)).collect();
    parts.push(label(nodes[0]));
    parts.join(" → ")
}

/// "More A means more B, more B means less C, ... : a reinforcing loop."
fn auto_words(nodes: &[&str], links: &[usize], kind: LoopKind) -> String {
    let mut more = true;
    let mut steps = Vec::new();
    for (i, &l) in links.iter().enumerate() {
        let from = label(nodes[i]).to_lowercase();
        let to = label(nodes[(i + 1) % nodes.len()]).to_lowercase();
        let next_more = if LINKS[l].polarity == Polarity::Same {
            more
        } else {
            !more
        };
        steps.push(format!(
            "{} {from} means {} {to}",
            if more { "more" } else { "less" },
            if next_more { "more" } else { "less" }
        ));
        more = next_more;
    }
    let mut text = steps.join(", ");
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    match kind {
        LoopKind::Reinforcing => format!("{text}: the change feeds on itself."),
        LoopKind::Balancing => format!("{text}: the change works against itself."),
    }
}

/// How much a loop is driving things now: the product, along the loop, of each link's share
/// of all the influence on its target (`influence::link_shares`). 1 would mean every link is
/// the only thing moving the next node; a loop with one idle link scores 0.
pub fn loop_strength(l: &FeedbackLoop, shares: &[f64]) -> f64 {
    l.links.iter().map(|&i| shares[i]).product()
}

/// A loop with its strength in one scenario and year.
#[derive(Clone, Debug, Serialize)]
pub struct RankedLoop {
    #[serde(flatten)]
    pub feedback: FeedbackLoop,
    pub strength: f64,
}

/// Every loop, strongest first, for these levers in year `year` (0-based).
pub fn ranked_loops(
    a: &super::assumptions::Assumptions,
    levers: &super::levers::LeverValues,
    year: usize,
) -> Vec<RankedLoop> {
    use super::influence::{Nudge, link_effects, link_shares};
    ranked_loops_with(&link_shares(&link_effects(
        a,
        levers,
        year,
        Nudge::Relative,
    )))
}

/// Every loop, strongest first, given each link's share of the influence on its target.
pub fn ranked_loops_with(shares: &[f64]) -> Vec<RankedLoop> {
    static LOOPS: std::sync::OnceLock<Vec<FeedbackLoop>> = std::sync::OnceLock::new();
    let mut out: Vec<RankedLoop> = LOOPS
        .get_or_init(find_loops)
        .iter()
        .map(|l| RankedLoop {
            strength: loop_strength(l, shares),
            feedback: l.clone(),
        })
        .collect();
    out.sort_by(|a, b| {
        b.strength
            .total_cmp(&a.strength)
            .then(a.feedback.id.cmp(&b.feedback.id))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_loops_are_found_with_the_right_kind() {
        let loops = find_loops();
        let get = |name: &str| {
            loops
                .iter()
                .find(|l| l.name == name)
                .unwrap_or_else(|| panic!("{name} not found"))
        };
        assert_eq!(get("Failure demand").kind, LoopKind::Reinforcing);
        assert_eq!(get("Trust and co-production").kind, LoopKind::Reinforcing);
        assert_eq!(get("Capacity grows with use").kind, LoopKind::Reinforcing);
        // Every named loop exists in the declared links.
        for (set, name, _, _) in KNOWN {
            assert!(
                loops.iter().any(|l| l.name == *name),
                "{name} ({set:?}) is not a loop of the links"
            );
        }
        // Loops close: each link starts where the previous ended.
        for l in &loops {
            for (i, &li) in l.links.iter().enumerate() {
                assert_eq!(LINKS[li].from, l.nodes[i]);
                assert_eq!(LINKS[li].to, l.nodes[(i + 1) % l.nodes.len()]);
            }
        }
        let ids: std::collections::BTreeSet<_> = loops.iter().map(|l| l.id.clone()).collect();
        assert_eq!(ids.len(), loops.len(), "each loop once");
    }
}
