//! "What would it take?" commands: the question, starting and cancelling the search (which
//! runs on its own thread, see `seeker.rs`), and putting its answer in place.

use crate::app::command::SeekCommand;
use crate::app::seeker::{SeekJob, SeekPoll};
use crate::app::state::{AppState, Notice};
use crate::i18n::tr;
use crate::model::target::Goal;
use crate::t;

impl AppState {
    pub(super) fn apply_seek(&mut self, command: SeekCommand) {
        match command {
            SeekCommand::SetForm(form) => self.seek_form = form,
            SeekCommand::Start => self.start_seek(),
            SeekCommand::Cancel => {
                let now = self.now;
                if let Some(job) = &mut self.seek_job {
                    job.cancel(now);
                }
            }
            SeekCommand::ApplyResult => {
                if let Some((_, found)) = &self.seek_result {
                    let levers = found.levers;
                    self.change(None, |s| {
                        s.levers = levers;
                        s.scenario = None;
                    });
                }
            }
        }
    }

    fn start_seek(&mut self) {
        if self.seek_job.is_some() {
            return;
        }
        let text = self.seek_form.target_text();
        if text.is_empty() {
            self.seek_error = Some(tr("seek-aim"));
            return;
        }
        match Goal::parse(&text, &self.assumptions, &self.workshop.levers, None) {
            Err(e) => self.seek_error = Some(format!("{e}")),
            Ok(goal) => {
                self.seek_error = None;
                let movable: Vec<usize> = (0..self.workshop.levers.len())
                    .filter(|&i| self.seek_form.movable[i])
                    .collect();
                self.seek_asked = Some((self.seek_form.clone(), self.levers));
                // The answer is headed with the question in plain English.
                self.seek_job = Some(SeekJob::start(
                    crate::present::format::capitalise(&goal.words()),
                    goal,
                    self.assumptions.clone(),
                    self.levers,
                    self.workshop.levers.clone(),
                    movable,
                    self.seek_form.allow_off_limits,
                ));
            }
        }
    }

    /// Take a finished search's answer. Returns whether one is still running. A search that
    /// failed says why; one cancelled that does not stop by itself in time is left to stop
    /// on its own, and the window no longer waits for it.
    pub fn collect_seek(&mut self) -> bool {
        let Some(job) = &self.seek_job else {
            return false;
        };
        match job.poll() {
            SeekPoll::Running => {
                if job.overdue(self.now) {
                    self.seek_job = None;
                    self.seek_error = Some(tr("seek-stopped-short"));
                }
            }
            SeekPoll::Finished(found) => {
                let target = self.seek_job.take().map(|j| j.target).unwrap_or_default();
                self.seek_result = Some((target, *found));
            }
            SeekPoll::Failed(why) => {
                self.seek_job = None;
                let message = t!("seek-failed", problem = why);
                self.notice = Some(Notice::error(message.clone()));
                self.seek_error = Some(message);
            }
        }
        self.seek_job.is_some()
    }

    /// The last answer's words again, in the language now spoken: its question, how each
    /// condition fares and the bands off limits it enters are written when it is found, so
    /// without this a room that switches language would read the old one until it asked again.
    pub(super) fn reword_seek_answer(&mut self) {
        let (Some((target, found)), Some((form, _))) = (&mut self.seek_result, &self.seek_asked)
        else {
            return;
        };
        let Ok(goal) = Goal::parse(
            &form.target_text(),
            &self.assumptions,
            &self.workshop.levers,
            None,
        ) else {
            return;
        };
        *target = crate::present::format::capitalise(&goal.words());
        found.outcomes = goal.assess(&found.projection, &found.levers);
        found.off_limits = crate::model::seek::off_limits(&self.workshop.levers, &found.levers);
    }
}
