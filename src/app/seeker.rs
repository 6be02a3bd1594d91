//! "What would it take?": the question as the room sets it (`SeekForm`), and the search, which
//! runs off the UI thread so the room sees a progress bar and can cancel, and the window never
//! freezes, even for a target that takes a while to settle. Its commands are applied in
//! `apply/seek.rs`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::thread::JoinHandle;

use super::worker::{SEEK_THREAD, caught};

use crate::model::seek::{SeekResult, default_movable, seek_allowing};
use crate::model::target::Goal;
use crate::model::{Assumptions, LEVER_COUNT, Lever, LeverValues};

/// The "what would it take?" question as the room sets it.
#[derive(Clone, Debug, PartialEq)]
pub struct SeekForm {
    pub close_gap: bool,
    pub by_year: i32,
    pub keep_reserves: bool,
    pub cap_tax: bool,
    pub tax_cap: f64,
    /// A target written out (see docs/seek.md); used instead of the boxes when not empty.
    pub custom: String,
    /// Which levers the room is willing to move, in catalogue order.
    pub movable: [bool; LEVER_COUNT],
    /// Whether the answer may enter bands the workshop marks as needing a referendum or
    /// unrealistic.
    pub allow_off_limits: bool,
}

impl Default for SeekForm {
    fn default() -> Self {
        SeekForm {
            close_gap: true,
            by_year: 2032,
            keep_reserves: true,
            cap_tax: false,
            tax_cap: 2.99,
            custom: String::new(),
            // The same defaults as `jaws seek`.
            movable: default_movable(),
            allow_off_limits: false,
        }
    }
}

impl SeekForm {
    pub fn uses_custom(&self) -> bool {
        !self.custom.trim().is_empty()
    }

    /// The question in plain English ("The gap closed in every year from 2032 to 2040 and
    /// …"), or the target as written while it cannot be read (a typo: the search says where).
    pub fn words(&self, a: &Assumptions, levers: &[Lever]) -> String {
        let text = self.target_text();
        match Goal::parse(&text, a, levers, None) {
            Ok(goal) => crate::present::format::capitalise(&goal.words()),
            Err(_) => text,
        }
    }

    /// The question as a target expression (docs/seek.md).
    pub fn target_text(&self) -> String {
        if self.uses_custom() {
            return self.custom.trim().to_string();
        }
        let mut parts = Vec::new();
        if self.close_gap {
            parts.push(format!("gap<=0 by {}", self.by_year));
        }
        if self.keep_reserves {
            parts.push("reserves>=minimum".to_string());
        }
        if self.cap_tax {
            parts.push(format!("council_tax_rise<={}", self.tax_cap));
        }
        parts.join(" and ")
    }
}

/// How long after Cancel the search has to stop by itself (it normally stops at once, with
/// the best found so far) before the window stops waiting for it, in seconds.
pub const CANCEL_GRACE_SECONDS: f64 = 1.0;

/// What the search thread sends back: the answer, or why there is none (it panicked).
type Answer = Result<SeekResult, String>;

/// A search under way.
pub struct SeekJob {
    /// Share done, 0..1, as f32 bits.
    progress: Arc<AtomicU32>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Answer>,
    thread: JoinHandle<()>,
    /// When Cancel was pressed (app time), if it was.
    cancelled_at: Option<f64>,
    /// The question in plain English, for the result's heading.
    pub target: String,
}

/// How a search stands when the window looks.
#[derive(Debug)]
pub enum SeekPoll {
    Running,
    Finished(Box<SeekResult>),
    /// It stopped without an answer: why.
    Failed(String),
}

impl SeekJob {
    pub fn start(
        target: String,
        goal: Goal,
        assumptions: Assumptions,
        start: LeverValues,
        levers: Vec<Lever>,
        movable: Vec<usize>,
        allow_off_limits: bool,
    ) -> SeekJob {
        SeekJob::spawn(target, move |report| {
            seek_allowing(
                &assumptions,
                &start,
                &levers,
                &goal,
                &movable,
                allow_off_limits,
                report,
            )
        })
    }

    /// Run `search` on its own thread. It reports progress (0..1) through the function it is
    /// given, which answers false once the search should stop. A panic in it ends the job
    /// with the panic's message.
    pub fn spawn(
        target: String,
        search: impl FnOnce(&mut dyn FnMut(f32) -> bool) -> SeekResult + Send + 'static,
    ) -> SeekJob {
        let progress = Arc::new(AtomicU32::new(0f32.to_bits()));
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, result) = channel();
        let (p, c) = (progress.clone(), cancel.clone());
        // The answer's words are written there: in the window's language.
        let lang = crate::i18n::lang();
        let thread = std::thread::Builder::new()
            .name(SEEK_THREAD.into())
            .spawn(move || {
                crate::i18n::set_lang(lang);
                let mut report = |share: f32| {
                    p.store(share.to_bits(), Ordering::Relaxed);
                    !c.load(Ordering::Relaxed)
                };
                let _ = tx.send(caught(|| search(&mut report)));
            })
            .expect("start the search thread");
        SeekJob {
            progress,
            cancel,
            result,
            thread,
            cancelled_at: None,
            target,
        }
    }

    pub fn progress(&self) -> f32 {
        f32::from_bits(self.progress.load(Ordering::Relaxed))
    }

    /// Ask the search to stop (at `now`, app time).
    pub fn cancel(&mut self, now: f64) {
        self.cancel.store(true, Ordering::Relaxed);
        self.cancelled_at.get_or_insert(now);
    }

    /// Whether Cancel was pressed long enough ago that the window should stop waiting.
    pub fn overdue(&self, now: f64) -> bool {
        self.cancelled_at
            .is_some_and(|t| now - t >= CANCEL_GRACE_SECONDS)
    }

    /// How the search stands.
    pub fn poll(&self) -> SeekPoll {
        match self.result.try_recv() {
            Ok(Ok(found)) => SeekPoll::Finished(Box::new(found)),
            Ok(Err(why)) => SeekPoll::Failed(why),
            Err(TryRecvError::Empty) => SeekPoll::Running,
            Err(TryRecvError::Disconnected) => {
                SeekPoll::Failed("the search stopped without an answer".into())
            }
        }
    }

    /// Whether the search's thread has ended (and no longer uses the CPU).
    pub fn thread_finished(&self) -> bool {
        self.thread.is_finished()
    }
}
