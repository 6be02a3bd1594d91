//! Uncertainty bands worked out off the UI thread, so that dragging a slider never waits for
//! hundreds of simulated futures. Requests are coalesced: only the newest is computed. A
//! panic while working them out comes back as an error for that request; the thread waits
//! for the next one, idle.

use std::sync::mpsc::{Receiver, Sender, channel};

use super::worker::{BANDS_THREAD, caught};
use crate::model::sweep::{Bands, Uncertain, bands};
use crate::model::{Assumptions, LeverValues};

/// One request for bands: the futures of these levers and assumptions.
pub struct BandRequest {
    pub generation: u64,
    pub assumptions: Assumptions,
    pub uncertain: Vec<Uncertain>,
    pub levers: LeverValues,
    pub samples: usize,
}

/// The bands for a request, or why they could not be worked out.
pub type BandResult = Result<Bands, String>;

pub struct BandWorker {
    requests: Sender<BandRequest>,
    results: Receiver<(u64, BandResult)>,
}

impl BandWorker {
    pub fn spawn() -> BandWorker {
        BandWorker::spawn_with(|r| bands(&r.assumptions, &r.uncertain, &r.levers, r.samples, 1))
    }

    /// A worker that answers each request with `compute` (tests give one that fails).
    pub fn spawn_with(compute: impl Fn(&BandRequest) -> Bands + Send + 'static) -> BandWorker {
        let (requests, inbox) = channel::<BandRequest>();
        let (outbox, results) = channel();
        std::thread::Builder::new()
            .name(BANDS_THREAD.into())
            .spawn(move || {
                while let Ok(mut req) = inbox.recv() {
                    // Skip to the newest request: the older ones are already out of date.
                    while let Ok(newer) = inbox.try_recv() {
                        req = newer;
                    }
                    let answer = caught(|| compute(&req));
                    if outbox.send((req.generation, answer)).is_err() {
                        return;
                    }
                }
            })
            .expect("start the uncertainty worker thread");
        BandWorker { requests, results }
    }

    /// Ask for bands. Returns false if the worker has gone (then none will come).
    pub fn request(
        &self,
        generation: u64,
        assumptions: &Assumptions,
        uncertain: &[Uncertain],
        levers: &LeverValues,
        samples: usize,
    ) -> bool {
        self.requests
            .send(BandRequest {
                generation,
                assumptions: assumptions.clone(),
                uncertain: uncertain.to_vec(),
                levers: *levers,
                samples,
            })
            .is_ok()
    }

    /// The newest finished answer, if any arrived since the last call.
    pub fn poll(&self) -> Option<(u64, BandResult)> {
        self.results.try_iter().last()
    }
}
