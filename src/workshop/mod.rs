//! Workshop, scenario, session and council files: RON, versioned, validated once here at the edge.
//!
//! Reading never panics: every failure becomes a [`Problem`] naming the file, line and column
//! and saying what was expected. Inside the program a [`Workshop`] is always valid.
//!
//! Every kind of file is read through [`read`] (RON with positions) and names things by the
//! rules in [`ids`]; the modules for each kind build on those and not on each other.

pub mod atomic;
mod bundled;
pub mod catalogue;
mod council_file;
pub mod ids;
mod kind;
pub mod legacy;
mod open;
pub mod read;
mod save;
mod scenario_file;
pub mod session;
pub mod stage;
pub mod time;
mod translation;
mod types;
mod untranslated;
mod workshop_file;

pub use bundled::{BUNDLED, BUNDLED_NEW_MODEL, BUNDLED_NEW_MODEL_NAME};
pub use council_file::{
    BUNDLED_COUNCILS, COUNCIL_VERSION, bundled_councils, council_to_string, load_council,
    load_council_named_or_path, parse_council, save_council,
};
pub use kind::{
    COUNCIL_FORMAT, FileKind, OPEN_EXTENSIONS, SCENARIO_FORMAT, SESSION_FORMAT, WORKSHOP_FORMAT,
    has_jaws_extension,
};
pub use open::{OpenedFile, check_file, check_file_against, file_kind, open_file};
pub use read::{MAX_FILE_BYTES, Problem, Problems, read_text, text_from_bytes};
pub use save::{Overwrite, SaveError};
pub use scenario_file::{
    SCENARIO_VERSION, load_scenario_file, parse_scenario_file, save_scenario_file,
    scenario_file_to_string,
};
pub use stage::{Challenge, LeverMask, Stage, StageView};
pub use translation::{LeverWords, ScenarioWords, StageWords, Translation, Words};
pub use types::{MAP_X, MAP_Y, OurCouncil, Scenario, ScenarioFile, Workshop};
pub use untranslated::{untranslated, untranslated_in};
pub use workshop_file::{WORKSHOP_VERSION, parse_workshop};
