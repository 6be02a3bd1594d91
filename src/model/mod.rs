//! The pure model: no egui, no files. Assumptions and lever values in, a projection out.

pub mod assumptions;
pub mod docs;
pub mod influence;
pub mod levers;
pub mod links;
pub mod loops;
pub mod metric;
pub mod seek;
pub mod sensitivity;
pub mod simulate;
pub mod sweep;
pub mod target;

pub use assumptions::{ASSUMPTION_SPECS, AssumptionGroup, AssumptionSpec, Assumptions};
pub use levers::{
    Band, Domain, LEVER_COUNT, LEVER_SPECS, Lever, LeverKey, LeverSpec, LeverValues, lever_index,
};
pub use links::{Delay, LINKS, Link, NODES, NodeKind, NodeSpec, Polarity};
pub use metric::{METRICS, Metric};
pub use simulate::{Headlines, Projection, YearRow, simulate};
