//! Undo and redo of the room's changes: levers, assumptions, captured scenarios, the deal.

use crate::model::{Assumptions, LeverValues};
use crate::workshop::session::DealCard;
use crate::workshop::{OurCouncil, Scenario};

/// What undo restores: everything a change the room makes can touch.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub levers: LeverValues,
    pub assumptions: Assumptions,
    pub scenario: Option<String>,
    pub captured: Vec<Scenario>,
    pub deal: Vec<DealCard>,
    /// The council the assumptions were started from, if any.
    pub council: Option<Box<OurCouncil>>,
}

/// Linear history. A slider drag is one step: the first change of a gesture records the state
/// before it, later changes in the same gesture do not.
#[derive(Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The lever being dragged, while a drag is under way.
    open_gesture: Option<usize>,
}

/// Long enough for a whole workshop; old steps fall off the bottom.
const LIMIT: usize = 500;

impl History {
    /// Record `before` as an undo point, unless this change continues the open gesture.
    /// Returns whether a new step was recorded.
    pub fn record(&mut self, before: &Snapshot, gesture: Option<usize>) -> bool {
        let continuing = gesture.is_some() && gesture == self.open_gesture;
        self.open_gesture = gesture;
        if continuing {
            return false;
        }
        self.undo.push(before.clone());
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        true
    }

    pub fn end_gesture(&mut self) {
        self.open_gesture = None;
    }

    pub fn undo(&mut self, current: &Snapshot) -> Option<Snapshot> {
        self.open_gesture = None;
        let previous = self.undo.pop()?;
        self.redo.push(current.clone());
        Some(previous)
    }

    pub fn redo(&mut self, current: &Snapshot) -> Option<Snapshot> {
        self.open_gesture = None;
        let next = self.redo.pop()?;
        self.undo.push(current.clone());
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The state before the most recent step, for "replay last change".
    pub fn last_before(&self) -> Option<&Snapshot> {
        self.undo.last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(v: f64) -> Snapshot {
        let mut levers = LeverValues::model_defaults();
        levers.0[0] = v;
        Snapshot {
            levers,
            assumptions: Assumptions::default(),
            scenario: None,
            captured: Vec::new(),
            deal: Vec::new(),
            council: None,
        }
    }

    #[test]
    fn a_drag_is_one_step_and_redo_is_cleared_by_new_changes() {
        let mut h = History::default();
        assert!(h.record(&snap(0.0), Some(3)));
        assert!(!h.record(&snap(1.0), Some(3)));
        h.end_gesture();
        assert!(h.record(&snap(2.0), Some(3)));
        assert_eq!(h.undo(&snap(3.0)), Some(snap(2.0)));
        assert_eq!(h.undo(&snap(2.0)), Some(snap(0.0)));
        assert_eq!(h.undo(&snap(0.0)), None);
        assert_eq!(h.redo(&snap(0.0)), Some(snap(2.0)));
        h.record(&snap(2.0), None);
        assert!(!h.can_redo());
    }
}
