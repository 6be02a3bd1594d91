//! "What would it take?" commands: the question, starting and cancelling the search (which
//! runs on its own thread, see `seeker.rs`), and putting its answer in place.

use crate::app::command::SeekCommand;
use crate::app::seeker::SeekJob;
use crate::app::state::AppState;
use crate::model::target::Goal;

impl AppState {
    pub(super) fn apply_seek(&mut self, command: SeekCommand) {
        match command {
            SeekCommand::SetForm(form) => self.seek_form = form,
            SeekCommand::Start => self.start_seek(),
            SeekCommand::Cancel => {
                if let Some(job) = &self.seek_job {
                    job.cancel();
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
            self.seek_error = Some("Tick at least one thing to aim for, or write a target.".into());
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
                self.seek_job = Some(SeekJob::start(
                    text,
                    goal,
                    self.assumptions.clone(),
                    self.levers,
                    self.workshop.levers.clone(),
                    movable,
                ));
            }
        }
    }

    /// Take a finished search's answer. Returns whether one is still running.
    pub fn collect_seek(&mut self) -> bool {
        if let Some(found) = self.seek_job.as_ref().and_then(|j| j.finished()) {
            let target = self.seek_job.take().map(|j| j.target).unwrap_or_default();
            self.seek_result = Some((target, found));
        }
        self.seek_job.is_some()
    }
}
