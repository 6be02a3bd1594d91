//! Everything a view (or a test, or `main`) may ask of the app, grouped by what it acts on.
//! `AppState::apply` is the one place they take effect. Each group is matched exhaustively,
//! with no catch-all arm, so a new command that nothing handles does not compile.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::presenter::{NotesPlace, Screens};
use super::seeker::SeekForm;
use crate::export::ChartKind;
use crate::model::LeverValues;
use crate::workshop::catalogue::WorkshopSource;
use crate::workshop::session::DealSide;

/// Which screen the window shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    Explore,
    /// The framework map: the four domains and how the drivers act on each other.
    Map,
    /// What matters most (tornado) and what would it take (goal seek).
    Analyse,
    /// Scenarios side by side.
    Compare,
    /// "Our deal": the commitments the room agrees.
    Deal,
}

impl View {
    /// Every view, in the toolbar's order.
    pub const ALL: [View; 5] = [
        View::Explore,
        View::Map,
        View::Analyse,
        View::Compare,
        View::Deal,
    ];
}

/// Something the person asked for, grouped by what it acts on.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum Command {
    Lever(LeverCommand),
    Assumption(AssumptionCommand),
    History(HistoryCommand),
    Scenario(ScenarioCommand),
    Deal(DealCommand),
    Seek(SeekCommand),
    File(FileCommand),
    Map(MapCommand),
    Present(PresentCommand),
    Window(WindowCommand),
    Session(SessionCommand),
}

/// The levers as they stand.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum LeverCommand {
    /// Move a lever. `dragging` marks a change that is part of a slider drag, so that the
    /// whole drag becomes one undo step.
    Set {
        lever: usize,
        value: f64,
        dragging: bool,
    },
    /// A slider drag finished.
    EndDrag,
    /// One lever back to its default.
    Reset(usize),
    /// Every lever back to the workshop's defaults.
    ResetAll,
}

/// The context no lever controls.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum AssumptionCommand {
    /// Set one assumption, by id (`base_year` and `horizon_years` too); refused with the
    /// reason unless `Assumptions::check` accepts it.
    Set { id: String, value: f64 },
    /// Every assumption back to the workshop's own.
    ResetAll,
}

/// Undo, redo and showing the room what moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum HistoryCommand {
    Undo,
    Redo,
    /// Animate the curves from before the last change to after it.
    ReplayLastChange,
}

/// Scenarios: loading, the baseline, capturing, and the compare view's list.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum ScenarioCommand {
    /// Load a scenario's lever values (and remember it for "reset to scenario").
    Load(String),
    /// Back to the values of the scenario last loaded (or the defaults, if none).
    ResetToLoaded,
    /// Draw this scenario faintly behind the current curves; `None` for no baseline.
    SetBaseline(Option<String>),
    /// Keep these lever values as a named scenario of this session.
    Capture {
        name: String,
        note: String,
        levers: LeverValues,
    },
    Rename {
        id: String,
        name: String,
    },
    SetNote {
        id: String,
        note: String,
    },
    Duplicate(String),
    /// Delete a captured scenario (undo brings it back).
    Delete(String),
    /// Add or remove a scenario from the compare view.
    ToggleCompare(String),
    /// Set a council the compare view offers (by its title, as `Council::title` gives it)
    /// beside the one in use, or take it away.
    ToggleCouncil(String),
    /// Open the capture dialog, with a suggested name.
    OpenCaptureDialog,
    /// Change the capture dialog's name and note.
    EditCaptureDialog {
        name: String,
        note: String,
    },
    /// Capture the levers as they stand under the dialog's name and note.
    ConfirmCaptureDialog,
    CancelCaptureDialog,
    /// Open the dialog to type a scenario code (Ctrl+L).
    OpenCodeDialog,
    /// Change the code typed in the dialog.
    EditCodeDialog(String),
    /// Load the levers a scenario code stands for (one undo step). A code that cannot be
    /// read leaves everything as it is and says why (in the dialog, if it is open).
    LoadCode(String),
    /// Add the scenario a code stands for to this session's scenarios and the compare view,
    /// as a facilitator collects the tables' plans from their laptops.
    AddCode(String),
    CancelCodeDialog,
}

/// "Our deal" and the notes for the record.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum DealCommand {
    AddCard {
        side: DealSide,
        text: String,
        levers: Vec<String>,
    },
    RemoveCard(String),
    SetNotes(String),
}

/// "What would it take?"
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum SeekCommand {
    /// Change the question.
    SetForm(SeekForm),
    /// Start looking for the smallest change that meets the question.
    Start,
    Cancel,
    /// Put the levers the search found in place (one undo step).
    ApplyResult,
}

/// The room's work in files. Views never open a dialog: they ask (`Ask`), and the window
/// answers after the frame with the path the person chose (`AppState::answer_file_requests`).
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum FileCommand {
    /// Ask the person for a file or folder, then act on it.
    Ask(FileRequest),
    /// Save the session: to this file, or else where it was last saved (asking if nowhere).
    SaveSession(Option<PathBuf>),
    /// Save one scenario as a scenario file, to carry to another laptop.
    SaveScenario { id: String, path: PathBuf },
    /// Open (or drop) files: sessions, scenario files.
    Open(Vec<PathBuf>),
    /// Export the jaws chart of the compared scenarios (or the current levers) as PNG or SVG.
    ExportChart(PathBuf),
    /// Draw a chart for the clipboard (Ctrl+C, or a chart's context menu): on the compare
    /// view the compared scenarios, elsewhere the levers as they stand and the baseline.
    CopyChart(ChartKind),
    /// Write the HTML and Markdown report of the session into a folder.
    WriteReport(PathBuf),
    /// Start from a council's own figures: a filled template (.xlsx, .ods, .csv) or a council
    /// profile. One undo step; nothing changes unless the whole file is valid.
    UseCouncil(PathBuf),
    /// Set a council's figures (a filled template or a council profile) beside the one in
    /// use on the compare view; nothing changes unless the whole file is valid.
    CompareCouncil(PathBuf),
}

/// What to ask the person for with a file dialog, and what to do with the answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileRequest {
    /// Where to save the session.
    SaveSessionAs,
    /// Where to save this scenario (by id).
    SaveScenario(String),
    /// Sessions or scenario files to open.
    Open,
    /// Where to export the chart.
    ExportChart,
    /// A folder for the report.
    WriteReport,
    /// A workshop file to open in place of this one.
    OpenWorkshop,
    /// A council's figures to start from: a filled template or a council profile.
    ImportCouncil,
    /// A council's figures to set beside the one in use on the compare view.
    CompareCouncil,
}

/// The framework map.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum MapCommand {
    /// The year the map shows (0-based from the base year).
    SetYear(usize),
    /// Select a map node (a lever or stock id) to see its details; `None` to clear.
    SelectNode(Option<String>),
    /// Highlight a feedback loop on the map, by id; the same id again, or `None`, clears it.
    SelectLoop(Option<String>),
}

/// Presenter mode.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum PresentCommand {
    /// Presenter mode on (F5), at the stage the room had reached.
    Start,
    /// Presenter mode off (Esc).
    Stop,
    NextStage,
    PreviousStage,
    /// Jump to a stage, by index (Home and End go to the first and last).
    GoToStage(usize),
    /// Blank the audience screen, or bring it back (B).
    ToggleBlank,
    /// Start or pause the stage timer (T).
    ToggleTimer,
    ToggleFullscreen,
    SetNotesPlace(NotesPlace),
    /// Show what the room was asked to predict (R).
    Reveal,
    /// Show the scenario code of the levers on the stage, large, with a QR code (Q).
    ToggleCode,
    /// With two screens, put the stage on the other one and the notes on this one (S).
    SwapScreens,
    /// A point of the room's prediction sketched on the jaws chart, in (year, £m).
    SketchPoint {
        at: [f64; 2],
        new_stroke: bool,
    },
    ClearSketch,
    /// What the room said it predicted, as the facilitator writes it down.
    SetPredictionSaid(String),
}

/// What the window shows and how; none of it is the room's work.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum WindowCommand {
    SetView(View),
    ToggleAssumptions,
    /// Show or hide the uncertainty bands on the jaws chart.
    SetUncertainty(bool),
    SetDarkMode(bool),
    /// Speak this language from now on, and next time (the Language menu).
    SetLanguage(crate::i18n::Lang),
    /// The stage's own words in Welsh and English together (Welsh first), for mixed rooms.
    SetBilingualStage(bool),
    DismissNotice,
    /// The monitors the window found (it looks when presenting starts and now and then).
    ScreensFound(Screens),
}

/// The session as a whole: recovery after a crash, and which workshop is open.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "a command does nothing until it is applied (AppState::apply)"]
pub enum SessionCommand {
    RestoreAutosave,
    DismissRestore,
    /// List the workshops on offer (bundled, in the folders, recent).
    OpenWorkshopPicker,
    CloseWorkshopPicker,
    /// Open a workshop in place of this one (this session is saved first).
    OpenWorkshop(WorkshopSource),
    /// The final save failed and the person closes the window all the same.
    CloseWithoutSaving,
    /// The final save failed and the person keeps the window open (to save elsewhere, say).
    KeepWorking,
}

impl Command {
    /// Whether this may take effect while "Restore the last session?" waits for an answer.
    /// Only the answer itself and what touches neither the room's work nor its files may:
    /// anything else could change the session, which autosave would then write over the
    /// crashed one, or leave the window before the person has chosen.
    pub fn allowed_while_restore_pending(&self) -> bool {
        match self {
            Command::Session(c) => match c {
                SessionCommand::RestoreAutosave | SessionCommand::DismissRestore => true,
                SessionCommand::OpenWorkshopPicker
                | SessionCommand::CloseWorkshopPicker
                | SessionCommand::OpenWorkshop(_)
                | SessionCommand::CloseWithoutSaving
                | SessionCommand::KeepWorking => false,
            },
            Command::Window(c) => match c {
                WindowCommand::DismissNotice
                | WindowCommand::SetDarkMode(_)
                | WindowCommand::SetLanguage(_)
                | WindowCommand::SetBilingualStage(_)
                | WindowCommand::ScreensFound(_) => true,
                WindowCommand::SetView(_)
                | WindowCommand::ToggleAssumptions
                | WindowCommand::SetUncertainty(_) => false,
            },
            Command::Lever(_)
            | Command::Assumption(_)
            | Command::History(_)
            | Command::Scenario(_)
            | Command::Deal(_)
            | Command::Seek(_)
            | Command::File(_)
            | Command::Map(_)
            | Command::Present(_) => false,
        }
    }
}

macro_rules! into_command {
    ($($group:ident => $variant:ident),* $(,)?) => {
        $(impl From<$group> for Command {
            fn from(c: $group) -> Command {
                Command::$variant(c)
            }
        })*
    };
}

into_command!(
    LeverCommand => Lever,
    AssumptionCommand => Assumption,
    HistoryCommand => History,
    ScenarioCommand => Scenario,
    DealCommand => Deal,
    SeekCommand => Seek,
    FileCommand => File,
    MapCommand => Map,
    PresentCommand => Present,
    WindowCommand => Window,
    SessionCommand => Session,
);

impl From<FileRequest> for Command {
    fn from(r: FileRequest) -> Command {
        Command::File(FileCommand::Ask(r))
    }
}
