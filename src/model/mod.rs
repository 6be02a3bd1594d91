//! The pure model: no egui, no files. Assumptions and lever values in, a projection out.

pub mod assumptions;
pub mod docs;
pub mod influence;
pub mod levers;
pub mod lines;
pub mod links;
pub mod loops;
pub mod metric;
pub mod schedule;
pub mod seek;
pub mod sensitivity;
pub mod simulate;
pub mod sweep;
pub mod target;
pub mod validation;

pub use assumptions::{ASSUMPTION_SPECS, AssumptionGroup, AssumptionSpec, Assumptions};
pub use levers::{
    Band, Claim, ClaimMetric, Direction, Domain, LEVER_COUNT, LEVER_SPECS, Lever, LeverKey,
    LeverSpec, LeverValues, lever_index,
};
pub use lines::{LINE_COUNT, Line};
pub use links::{Delay, LINKS, Link, NODES, NodeKind, NodeSpec, Polarity};
pub use metric::{METRICS, Metric};
pub use schedule::Schedule;
pub use simulate::{Headlines, LineYear, Lines, Projection, YearRow, simulate};
