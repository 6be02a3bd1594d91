//! "What would it take?" runs off the UI thread: the room sees a progress bar and can cancel,
//! and the window never freezes, even for a target that takes a while to settle.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, channel};

use crate::model::seek::{SeekResult, seek};
use crate::model::target::Goal;
use crate::model::{Assumptions, Lever, LeverValues};

/// A search under way.
pub struct SeekJob {
    /// Share done, 0..1, as f32 bits.
    progress: Arc<AtomicU32>,
    cancel: Arc<AtomicBool>,
    result: Receiver<SeekResult>,
    /// The target as the room wrote it, for the result's heading.
    pub target: String,
}

impl SeekJob {
    pub fn start(
        target: String,
        goal: Goal,
        assumptions: Assumptions,
        start: LeverValues,
        levers: Vec<Lever>,
        movable: Vec<usize>,
    ) -> SeekJob {
        let progress = Arc::new(AtomicU32::new(0f32.to_bits()));
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, result) = channel();
        let (p, c) = (progress.clone(), cancel.clone());
        std::thread::Builder::new()
            .name("jaws-seek".into())
            .spawn(move || {
                let mut report = |share: f32| {
                    p.store(share.to_bits(), Ordering::Relaxed);
                    !c.load(Ordering::Relaxed)
                };
                let found = seek(&assumptions, &start, &levers, &goal, &movable, &mut report);
                let _ = tx.send(found);
            })
            .expect("start the search thread");
        SeekJob {
            progress,
            cancel,
            result,
            target,
        }
    }

    pub fn progress(&self) -> f32 {
        f32::from_bits(self.progress.load(Ordering::Relaxed))
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The answer, once the search has finished.
    pub fn finished(&self) -> Option<SeekResult> {
        self.result.try_recv().ok()
    }
}
