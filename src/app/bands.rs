//! Uncertainty bands worked out off the UI thread, so that dragging a slider never waits for
//! hundreds of simulated futures. Requests are coalesced: only the newest is computed.

use std::sync::mpsc::{Receiver, Sender, channel};

use crate::model::sweep::{Bands, Uncertain, bands};
use crate::model::{Assumptions, LeverValues};

struct Request {
    generation: u64,
    assumptions: Assumptions,
    uncertain: Vec<Uncertain>,
    levers: LeverValues,
    samples: usize,
}

pub struct BandWorker {
    requests: Sender<Request>,
    results: Receiver<(u64, Bands)>,
}

impl BandWorker {
    pub fn spawn() -> BandWorker {
        let (requests, inbox) = channel::<Request>();
        let (outbox, results) = channel();
        std::thread::Builder::new()
            .name("jaws-bands".into())
            .spawn(move || {
                while let Ok(mut req) = inbox.recv() {
                    // Skip to the newest request: the older ones are already out of date.
                    while let Ok(newer) = inbox.try_recv() {
                        req = newer;
                    }
                    let b = bands(
                        &req.assumptions,
                        &req.uncertain,
                        &req.levers,
                        req.samples,
                        1,
                    );
                    if outbox.send((req.generation, b)).is_err() {
                        return;
                    }
                }
            })
            .expect("start the uncertainty worker thread");
        BandWorker { requests, results }
    }

    pub fn request(
        &self,
        generation: u64,
        assumptions: &Assumptions,
        uncertain: &[Uncertain],
        levers: &LeverValues,
        samples: usize,
    ) {
        // If the worker has gone, the bands simply stop updating; nothing else depends on them.
        let _ = self.requests.send(Request {
            generation,
            assumptions: assumptions.clone(),
            uncertain: uncertain.to_vec(),
            levers: *levers,
            samples,
        });
    }

    /// The newest finished bands, if any arrived since the last call.
    pub fn poll(&self) -> Option<(u64, Bands)> {
        self.results.try_iter().last()
    }
}
