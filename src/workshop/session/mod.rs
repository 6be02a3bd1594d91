//! Session files: what a room made in a workshop, kept between runs and carried between
//! laptops.
//!
//! A session file is RON, `format: "jaws-session"`, versioned like workshop files:
//!
//! ```ron
//! (
//!     format: "jaws-session",
//!     version: 1,
//!     workshop: "new-model",
//!     workshop_title: "A new model of public services",
//!     stage: 2,                                  // optional
//!     levers: { "co_production": 35.0 },         // the levers as they stand
//!     assumptions: { "demographic_growth": 2.0 },// changes to the workshop's assumptions
//!     scenarios: [
//!         (id: "table-1", name: "Table 1", note: "", captured: "2026-03-14T10:30:00Z",
//!          levers: { "co_production": 35.0 }),
//!     ],
//!     deal: [
//!         (id: "lunch-clubs", text: "Keep the lunch clubs open", side: community,
//!          levers: ["community_delivery"]),
//!     ],
//!     notes: "Free text.",
//! )
//! ```
//!
//! Reading follows the same rules as workshop files: unknown fields and duplicate keys are
//! refused, and every problem names its file, line and column. Writing is atomic (see
//! [`super::atomic`]) and never replaces a file that Jaws cannot read unless asked to.
//!
//! - `types`: the session as the program holds it ([`Session`]).
//! - `versions`: the file on disk, version by version, and migration to the newest.
//! - `checks`: what a file holds on its own, and against its workshop.
//! - `save`: writing it.

mod checks;
mod save;
mod types;
mod versions;

pub use checks::{load_session, parse_session, read_session_unchecked};
pub use save::{save_session, session_to_string};
pub use types::{
    CapturedScenario, DealCard, DealSide, Prediction, SKETCH_MONEY, SKETCH_YEARS, Session,
    apply_assumption_overrides, assumption_overrides, lever_map, sketch_point_fits,
};
pub use versions::SESSION_VERSION;

// Also here for those who open files from the session's point of view; each lives with its
// own kind of file.
pub use super::kind::SESSION_FORMAT;
pub use super::open::{OpenedFile, open_file};
pub use super::save::{Overwrite, SaveError};
pub use super::scenario_file::{load_scenario_file, save_scenario_file, scenario_file_to_string};
pub use super::time::{is_timestamp, iso8601_utc, now_iso8601};
