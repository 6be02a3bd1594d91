//! Targets for goal seek ("what would it take?"): a small expression language.
//!
//! ```text
//! target    := condition (("and" | "&&" | ",") condition)*
//! condition := metric op bound ["by" YEAR]
//!            | lever  op number
//! op        := "<=" | ">=" | "≤" | "≥"
//! bound     := number | ("minimum" | "prudent_minimum") [("+" | "-") number]
//! ```
//!
//! Metrics are the rows of [`crate::model::metric::METRICS`] that have a target use; a lever id
//! makes the condition a cap on that lever (`council_tax_rise<=2.99`), a bound the search must
//! keep to. A metric
//! condition holds in every year of its window: from its `by` year (written in the condition,
//! else given by the caller, as `jaws seek --by`) to the end of the horizon. Without one, `gap`,
//! `cumulative_gap`, `unmet_need`, `trust` and `cuts` are judged in the final year only;
//! `reserves` in every year of the horizon (falling below the minimum in any year is the
//! failure a section 114 notice marks), and a caller's `by` does not shorten that.
//!
//! Parsing checks the grammar ([`Target::parse`], in `syntax`); [`Goal::new`] (in `goal`)
//! then checks the target against a workshop (years inside the horizon, caps inside the
//! levers' ranges) and is what the search and [`Goal::assess`] use. `words` says a condition
//! and how it fares in plain English, for people; the syntax is for scripts.

mod goal;
mod syntax;
mod words;

pub use goal::{ConditionOutcome, Goal, GoalCondition, GoalKind};
pub(crate) use syntax::edit_distance;
pub use syntax::{Bound, Condition, Op, Subject, Target, TargetError};
pub use words::join as join_words;
