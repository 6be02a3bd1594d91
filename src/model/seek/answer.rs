//! The answer to a seek, and the sentence a person reads about it.

use crate::i18n::tr;
use crate::t;
use serde::Serialize;

use crate::model::levers::LeverValues;
use crate::model::simulate::Projection;
use crate::model::target::ConditionOutcome;
use crate::present::format::count;

/// How the search ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SeekStatus {
    /// The starting levers already meet the target: nothing changes.
    AlreadyMet,
    /// A change that meets the target was found.
    Met,
    /// No change of the movable levers within their ranges was found that meets the target;
    /// the levers are the closest found.
    NotMet,
    /// The caller cancelled; the levers are the best found so far.
    Cancelled,
}

/// One lever the answer moves.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LeverChange {
    pub index: usize,
    pub id: &'static str,
    pub from: f64,
    pub to: f64,
}

/// A lever the answer leaves inside a band of its range marked off limits (the room allowed
/// it, or started there).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OffLimits {
    pub id: &'static str,
    /// "Council tax rise at 6.20% a year is in \"referendum needed\": it needs a referendum."
    pub words: String,
}

/// The answer to a seek.
#[derive(Clone, Debug, PartialEq)]
pub struct SeekResult {
    pub status: SeekStatus,
    /// Every lever: the start with the changes applied.
    pub levers: LeverValues,
    /// The levers that moved, in catalogue order.
    pub changes: Vec<LeverChange>,
    /// √(Σ (change / range)²): 0 is no change, 1 is one lever across its whole range.
    pub distance: f64,
    pub projection: Projection,
    /// How each condition of the target fares with these levers.
    pub outcomes: Vec<ConditionOutcome>,
    /// Projections run.
    pub evaluations: usize,
    /// Every lever the answer leaves in a band marked off limits, in catalogue order.
    pub off_limits: Vec<OffLimits>,
}

impl SeekResult {
    /// Whether the returned levers meet the target (also possible when cancelled).
    pub fn met(&self) -> bool {
        self.outcomes.iter().all(|o| o.met)
    }

    /// A sentence for a person: what was found, or how close it gets, in their language
    /// (each condition as [`ConditionOutcome::sentence`] says it).
    pub fn message(&self) -> String {
        let mut m = self.finding();
        for o in &self.off_limits {
            m.push(' ');
            m.push_str(&o.words);
        }
        m
    }

    /// What was found, before any word on bands off limits.
    fn finding(&self) -> String {
        let unmet: Vec<String> = self
            .outcomes
            .iter()
            .filter(|o| !o.met)
            .map(|o| match o.worst_year {
                Some(_) => o.sentence(),
                None => format!("{} {}", o.sentence(), tr("seek-lever-not-allowed")),
            })
            .collect();
        let unmet = unmet.join(" ");
        match self.status {
            SeekStatus::AlreadyMet => tr("seek-already-met"),
            SeekStatus::Met => t!(
                "seek-met",
                levers = count(self.changes.len(), "count-lever")
            ),
            SeekStatus::NotMet => t!("seek-not-met", closest = unmet),
            SeekStatus::Cancelled => {
                if unmet.is_empty() {
                    tr("seek-cancelled-met")
                } else {
                    t!("seek-cancelled", closest = unmet)
                }
            }
        }
    }
}
