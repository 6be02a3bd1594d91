//! The running app without a window: the session's state, the commands that change it, the
//! one place that applies them, and what is worked out from it. No egui here: the window
//! (`ui::shell`) drives it, and tests and benchmarks can drive it headless.
//!
//! - `command.rs`: `Command`, grouped by what it acts on.
//! - `state.rs`: `AppState` and the questions views ask of it.
//! - `apply/`: `AppState::apply` and a handler for each group of commands.
//! - `derived.rs`: `Derived`, results worked out when their inputs change.
//! - `history.rs`, `presenter.rs`, `seeker.rs`, `bands.rs`, `worker.rs`, `autosave.rs`,
//!   `recovery.rs`, `files.rs`: undo, presenter mode's state, goal seek and bands on their own
//!   threads (a panic there comes back as an error), autosave, what an autosave that no
//!   longer fits gives back, file dialogs.

mod apply;
pub mod autosave;
pub mod bands;
pub mod command;
pub mod derived;
pub mod files;
pub mod history;
pub mod presenter;
pub mod recovery;
pub mod seeker;
pub mod state;
pub mod worker;

pub use command::{
    AssumptionCommand, Command, DealCommand, FileCommand, FileRequest, HistoryCommand,
    LeverCommand, MapCommand, PresentCommand, ScenarioCommand, SeekCommand, SessionCommand, View,
    WindowCommand,
};
pub use derived::{Compared, ComparedCouncil, Derived, JudgedChallenge, MapAnalysis};
pub use recovery::PendingRestore;
pub use seeker::SeekForm;
pub use state::{
    AnswerStanding, AppState, ChartImage, CodeDraft, MapState, Notice, Prefs, REPLAY_SECONDS,
    Replay,
};
