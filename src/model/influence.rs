//! How strongly each declared link is acting, measured from the equations themselves.
//!
//! At the start of a chosen year the model is evaluated once as it stands, then once for each
//! link with only that link's source nudged and every other flow held at its value, so that
//! the change in the target (its rate of change, for a stock) is the link's direct effect.
//! The framework map draws arrows by these effects; tests use them to check that every
//! declared link is real and points the declared way, and that no influence is undeclared.

use super::assumptions::Assumptions;
use super::levers::{LEVER_SPECS, LeverValues, lever_index};
use super::links::{LINKS, NODES};
use super::simulate::{Model, NODE_COUNT, Node, Pins, State, Step};

/// How to nudge a link's source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nudge {
    /// By a small fraction of its current value: a source at zero is not acting at all.
    /// Effects are then "per unit of relative change", comparable across links into a target.
    Relative,
    /// By a small fixed amount: every link that could act shows, whatever its source's level.
    Absolute,
}

const RELATIVE: f64 = 1e-3;

/// A node of the map: a lever (index into the catalogue) or a stock or flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Lever(usize),
    Node(Node),
}

pub fn node_of(id: &str) -> Option<Node> {
    let i = NODES.iter().position(|n| n.id == id)?;
    Some(ALL_NODES[i])
}

pub const ALL_NODES: [Node; NODE_COUNT] = [
    Node::Need,
    Node::Expectation,
    Node::CommunityCapacity,
    Node::Trust,
    Node::Adoption,
    Node::UnmetNeed,
    Node::Prevention,
    Node::StructuralSavings,
    Node::Savings,
    Node::Reserves,
    Node::CoProduced,
    Node::Cuts,
    Node::Demand,
    Node::Resources,
    Node::Gap,
];

pub fn source_of(id: &str) -> Option<Source> {
    lever_index(id)
        .map(Source::Lever)
        .or_else(|| node_of(id).map(Source::Node))
}

fn is_flow(n: Node) -> bool {
    matches!(
        n,
        Node::CoProduced | Node::Cuts | Node::Demand | Node::Resources | Node::Gap
    )
}

/// The model and its state at the start of `year` (0-based, clamped to the horizon).
pub struct Situation<'a> {
    a: &'a Assumptions,
    levers: LeverValues,
    model: Model,
    state: State,
    base: Step,
    months: u32,
}

impl<'a> Situation<'a> {
    pub fn new(a: &'a Assumptions, levers: &LeverValues, year: usize) -> Situation<'a> {
        let model = Model::new(a, levers);
        let last = a.horizon_years.clamp(1, 100) as usize - 1;
        let year = year.min(last);
        let mut state = model.opening_state();
        model.run(|y, s| {
            if y == year {
                state = *s;
            }
        });
        let base = model.evaluate(&state, None);
        Situation {
            a,
            levers: *levers,
            model,
            state,
            base,
            months: (year * super::simulate::STEPS_PER_YEAR) as u32,
        }
    }

    pub fn base(&self) -> &Step {
        &self.base
    }

    /// Every flow held at its value except `free`.
    fn pins_except(&self, free: Node) -> Pins {
        let mut pins = [f64::NAN; NODE_COUNT];
        for n in ALL_NODES {
            if is_flow(n) && n != free {
                pins[n as usize] = self.base.values[n as usize];
            }
        }
        pins
    }

    /// Scale of a node's values, for absolute nudges: money by the budget, shares by one.
    fn scale(&self, n: Node) -> f64 {
        match n {
            Node::Expectation | Node::Trust | Node::Adoption => 1.0,
            _ => self.model.budget(),
        }
    }

    /// The direct effect on `target` of nudging `source`, everything else held.
    /// Relative: change in the target's rate per unit relative change of the source.
    /// Absolute: change per unit of the source (levers: per unit of their own scale).
    pub fn effect(&self, source: Source, target: Node, nudge: Nudge) -> f64 {
        let mut pins = self.pins_except(target);
        let after = match source {
            Source::Lever(i) => {
                let v = self.levers.0[i];
                let span = LEVER_SPECS[i].max - LEVER_SPECS[i].min;
                let d = match nudge {
                    Nudge::Relative => v * RELATIVE,
                    Nudge::Absolute => span * RELATIVE,
                };
                if d == 0.0 {
                    return 0.0;
                }
                let mut levers = self.levers;
                levers.0[i] = v + d;
                let other = Model::new(self.a, &levers);
                // Levers that set growth rates act through the trajectory so far.
                let state = other.restate(&self.model, &self.state, self.months);
                let step = other.evaluate(&state, Some(&pins));
                let delta = step.rates[target as usize] - self.base.rates[target as usize];
                return match nudge {
                    Nudge::Relative => delta / RELATIVE,
                    Nudge::Absolute => delta / d * span,
                };
            }
            Source::Node(n) if is_flow(n) => {
                let v = self.base.values[n as usize];
                let d = self.nudge_size(n, v, nudge);
                if d == 0.0 {
                    return 0.0;
                }
                pins[n as usize] = v + d;
                (self.model.evaluate(&self.state, Some(&pins)), d, v)
            }
            Source::Node(n) => {
                let mut state = self.state;
                let Some(v) = state.stock(n) else {
                    return 0.0;
                };
                let d = self.nudge_size(n, v, nudge);
                if d == 0.0 || !state.nudge(n, d) {
                    return 0.0;
                }
                (self.model.evaluate(&state, Some(&pins)), d, v)
            }
        };
        let (step, d, v) = after;
        let delta = step.rates[target as usize] - self.base.rates[target as usize];
        match nudge {
            Nudge::Relative => delta * v / d,
            Nudge::Absolute => {
                delta / d
                    * self.scale(match source {
                        Source::Node(n) => n,
                        Source::Lever(_) => target,
                    })
            }
        }
    }

    fn nudge_size(&self, n: Node, v: f64, nudge: Nudge) -> f64 {
        match nudge {
            Nudge::Relative => v * RELATIVE,
            Nudge::Absolute => self.scale(n) * RELATIVE,
        }
    }
}

/// The effect of every declared link (in `LINKS` order) in one situation.
pub fn link_effects(a: &Assumptions, levers: &LeverValues, year: usize, nudge: Nudge) -> Vec<f64> {
    let situation = Situation::new(a, levers, year);
    LINKS
        .iter()
        .map(|l| match (source_of(l.from), node_of(l.to)) {
            (Some(src), Some(to)) => situation.effect(src, to, nudge),
            _ => 0.0,
        })
        .collect()
}

/// Each link's share of all the influence on its target (0..1), from relative effects: how
/// much of what is moving the target this link accounts for.
pub fn link_shares(effects: &[f64]) -> Vec<f64> {
    LINKS
        .iter()
        .zip(effects)
        .map(|(l, e)| {
            let total: f64 = LINKS
                .iter()
                .zip(effects)
                .filter(|(m, _)| m.to == l.to)
                .map(|(_, x)| x.abs())
                .sum();
            if total > 0.0 { e.abs() / total } else { 0.0 }
        })
        .collect()
}
