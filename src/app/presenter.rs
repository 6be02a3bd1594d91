//! Presenter mode's state: a workshop's stages on the projector, stepped with a keyboard or a
//! clicker, with the facilitator's notes on their own screen. Its commands are applied in
//! `apply/present.rs`.

use crate::model::metric::{Metric, linked_charts};

/// How long the reveal of a prediction takes: the curves draw themselves left to right.
pub const REVEAL_SECONDS: f64 = 2.5;

/// Where the facilitator's notes are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotesPlace {
    /// A second window (egui viewport), to drag onto the laptop's own screen.
    Window,
    /// A panel beside the stage, for a single screen; hidden while the stage is full screen.
    Panel,
    Hidden,
}

impl NotesPlace {
    pub fn next(self) -> NotesPlace {
        match self {
            NotesPlace::Window => NotesPlace::Panel,
            NotesPlace::Panel => NotesPlace::Hidden,
            NotesPlace::Hidden => NotesPlace::Window,
        }
    }
}

/// One monitor, in the window system's points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Screen {
    /// Its top left corner.
    pub position: [f32; 2],
    pub size: [f32; 2],
}

/// The monitors the window can see, and which one the window is on (the laptop's own screen,
/// where the facilitator started Jaws). The window finds them; the app decides which shows
/// what.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Screens {
    /// In the platform's order (the index is what `SetMonitor` takes).
    pub monitors: Vec<Screen>,
    /// The monitor the window is on, if the platform says.
    pub current: Option<usize>,
}

impl Screens {
    /// Where the stage and the notes go when presenting starts: the stage full screen on a
    /// monitor other than the one the window is on (the projector), the notes on the
    /// window's own (the laptop). `None` with a single monitor.
    pub fn placement(&self) -> Option<(usize, usize)> {
        if self.monitors.len() < 2 {
            return None;
        }
        let laptop = self.current.unwrap_or(0).min(self.monitors.len() - 1);
        let projector = (0..self.monitors.len()).find(|&i| i != laptop)?;
        Some((projector, laptop))
    }
}

/// A stopwatch for the stage: the facilitator starts and pauses it with T.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageTimer {
    /// Seconds counted before the current run.
    pub banked: f64,
    /// When the current run started (egui time), while running.
    pub since: Option<f64>,
}

impl StageTimer {
    pub fn running(&self) -> bool {
        self.since.is_some()
    }

    pub fn elapsed(&self, now: f64) -> f64 {
        self.banked + self.since.map_or(0.0, |s| (now - s).max(0.0))
    }

    pub(crate) fn toggle(&mut self, now: f64) {
        match self.since.take() {
            Some(s) => self.banked += (now - s).max(0.0),
            None => self.since = Some(now),
        }
    }

    /// Back to zero, still running if it was.
    pub(crate) fn restart(&mut self, now: f64) {
        self.banked = 0.0;
        if self.since.is_some() {
            self.since = Some(now);
        }
    }
}

/// Where the reveal of a "predict, then reveal" stage has got to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reveal {
    /// The stage does not ask for a prediction, or its change has been revealed.
    Shown,
    /// The room is predicting: the chart shows only the first year.
    Hidden,
    /// Revealing since this time (egui time).
    Revealing(f64),
}

/// The state of presenter mode, while it is on.
#[derive(Clone, Debug, PartialEq)]
pub struct Presenter {
    pub blank: bool,
    pub fullscreen: bool,
    pub notes: NotesPlace,
    pub timer: StageTimer,
    /// When presenting started, for the whole session's elapsed time.
    pub started: f64,
    pub reveal: Reveal,
    /// Whether the stage shows the levers' scenario code, large, with a QR code (Q).
    pub show_code: bool,
    /// With two screens or more: the monitor the stage fills and the one the notes go to
    /// (indices into `Screens::monitors`); swapped with S.
    pub screens: Option<(usize, usize)>,
}

impl Presenter {
    /// Finish a reveal whose animation has run its course.
    pub fn settle_reveal(&mut self, now: f64) {
        if let Reveal::Revealing(since) = self.reveal
            && now - since >= REVEAL_SECONDS
        {
            self.reveal = Reveal::Shown;
        }
    }
}

/// The chart a "predict, then reveal" question is about, so the room sketches on the chart
/// of the quantity it is asked to predict: one of the linked charts (reserves, unmet need,
/// community capacity, trust, adoption, social care's share) when the question names it,
/// else the jaws (demand,
/// resources and the gap between them).
///
/// Read from the question's words, as a workshop writes them ("…in which year will our
/// reserves fall below the prudent minimum?"). A stage could one day name its chart in the
/// workshop file; this is the one place that would read it.
pub fn asked_about(question: &str) -> Option<&'static Metric> {
    let question = question.to_lowercase();
    linked_charts()
        .into_iter()
        .map(|(m, _)| m)
        .find(|m| question.contains(&m.title.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::asked_about;
    use crate::workshop::Workshop;

    #[test]
    fn a_question_about_reserves_is_sketched_on_reserves_and_one_about_the_gap_on_the_jaws() {
        let reserves = asked_about(
            "If we carry on as we are, in which year will our reserves fall below the prudent minimum?",
        );
        assert_eq!(reserves.map(|m| m.id), Some("reserves"));
        let gap = asked_about("What happens to the gap after five years?");
        assert!(gap.is_none());
        // Every shipped question lands on a chart that has its quantity.
        for w in Workshop::bundled_all() {
            for s in w.stages.iter().filter_map(|s| s.predict.as_deref()) {
                let asked = asked_about(s);
                if s.contains("reserves") {
                    assert_eq!(asked.map(|m| m.id), Some("reserves"), "{s}");
                } else if s.contains("social care's share") {
                    assert_eq!(asked.map(|m| m.id), Some("social_care_share"), "{s}");
                } else {
                    assert!(asked.is_none(), "{s}: {:?}", asked.map(|m| m.id));
                }
            }
        }
    }
}
